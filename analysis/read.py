"""Read untrusted article files into ``Document``s.

One entry point per kind of input: ``read_path`` (a file on disk), ``read_bytes`` (an upload;
the name gives the suffix) and ``read_pasted`` (text typed or pasted into the dashboard).
A file that cannot be read raises ``ReadError`` with a ``Msg`` from the catalogue; a CSV or JSONL
corpus returns its good rows and lists its bad ones in ``ReadResult.errors``.

The name only says what a file claims to be: ``sniff`` looks at the bytes, so a PDF renamed
``.txt`` is reported rather than decoded as noise. PDF and DOCX parsing, and HTML parsing of big
pages, runs in a child process under time and memory limits (``analysis.sandbox``); the functions
it runs there are the ``_parse_*_child`` functions below, which is why this module imports its
heavy libraries (pypdf, python-docx, BeautifulSoup, charset-normalizer, PyYAML) lazily.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import json
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from analysis.errors import Msg, ReadError
from analysis.limits import DEFAULT_LIMITS, MB, Limits
from analysis.sandbox import ParseFailure, run_limited
from analysis.types import Document

SUPPORTED_SUFFIXES: tuple[str, ...] = (
    ".txt", ".md", ".html", ".htm", ".pdf", ".docx", ".csv", ".jsonl",
)

#: What each suffix is read as (``Document.fmt``), and how a mismatch names it to the user.
_FORMATS: Mapping[str, str] = {
    ".txt": "txt", ".md": "md", ".html": "html", ".htm": "html",
    ".pdf": "pdf", ".docx": "docx", ".csv": "csv", ".jsonl": "jsonl",
}
_EXPECTED: Mapping[str, str] = {
    "txt": "plain text", "md": "Markdown text", "html": "HTML page",
    "csv": "CSV table", "jsonl": "JSON Lines file",
}

#: Kinds ``sniff`` can report and how a user is told about them.
SNIFF_KINDS: Mapping[str, str] = {
    "pdf": "a PDF",
    "zip": "a zip archive (such as a .docx)",
    "gzip": "a gzip archive",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "html": "an HTML page",
    "utf-8-sig": "UTF-8 text",
    "utf-16-le": "UTF-16 text",
    "utf-16-be": "UTF-16 text",
    "utf-32-le": "UTF-32 text",
    "utf-32-be": "UTF-32 text",
}
_TEXT_KINDS = frozenset({"html", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})

# Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # an empty zip archive
    (b"\x1f\x8b", "gzip"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)
_SNIFF_WINDOW = 4096
#: PDF readers accept junk before the header, so the marker may sit a little way in.
_PDF_HEADER_WINDOW = 1024
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_SAFE_DECLARED_CODEC = re.compile(
    r"^(?:utf-8|ascii|cp\d+|iso8859-\d+|koi8-\w+|mac-\w+|shift_jis\w*|euc_\w+|gb\w+|big5\w*|tis-620)$"
)
#: Pages above this size are parsed in the sandbox (see ``_read_html``).
_HTML_IN_PROCESS_BYTES = 1 * MB
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]+)", re.IGNORECASE)

#: Share of decoded characters that may be control characters before a file counts as binary.
_MAX_CONTROL_SHARE = 0.01
#: Unicode's control characters (category Cc) except the whitespace ones.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: Dropped from every text: a stray control character is never prose (tab, newline, form feed stay).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NEWLINE = re.compile(r"\r\n?|[\u2028\u2029\x85]")
_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")
#: Scripts whose legacy encodings charset-normalizer tells apart well; for Latin-script text its
#: guesses among the many Latin code pages are unreliable, and cp1252 is what such files really are.
_NON_LATIN_ALPHABETS = (
    "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "CJK", "Hangul", "Hiragana", "Katakana",
    "Devanagari", "Armenian", "Georgian",
)
#: Below this, charset-normalizer recognised no language: a few bytes, a guess at random.
_MIN_COHERENCE = 0.1

#: A first line counts as a headline when it is short and reads like one.
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 25
_HEADLINE_BAD_ENDINGS = (".", ",", ";", ":")
_MAX_TITLE_CHARS = 300

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_MD_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_MD_ATX_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MD_BARE_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*$")
_MD_RULE_OR_UNDERLINE = re.compile(r"^[ \t]{0,3}(?:[-*_=][ \t]*){3,}$")
_MD_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$")
_MD_QUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+")
_MD_LIST_MARKER = re.compile(r"^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+")
_MD_REFERENCE_DEF = re.compile(r"^[ \t]{0,3}\[[^\]]+\]:[ \t]*\S+.*$")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)|\[([^\]]+)\]\[[^\]]*\]")
_MD_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_MD_INLINE_HTML = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_MD_CODE_SPAN = re.compile(r"(`+)(.+?)\1")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EMPHASIS_STAR = re.compile(r"(?<![*\w])\*(?=\S)(.+?)(?<=\S)\*(?![*\w])")
_MD_EMPHASIS_UNDERSCORE = re.compile(r"(?<![_\w])_(?=\S)(.+?)(?<=\S)_(?![_\w])")
_MD_STRIKE = re.compile(r"~~(?=\S)(.+?)(?<=\S)~~")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_MD_PARKED_BASE = 0xF0000
_MD_PARKED = re.compile("[\U000F0000-\U000F007F]")

#: Elements whose content is never article prose.
_HTML_DROP = frozenset((
    "head", "title", "script", "style", "noscript", "template", "iframe", "svg", "nav",
    "header", "footer", "aside", "form", "button", "select", "object", "embed", "canvas",
))
#: Elements that start a new paragraph.
_HTML_BLOCKS = frozenset((
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
    "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "td", "th", "figure",
    "figcaption", "address", "hr", "details", "summary", "caption",
))
# Private-use characters mark block edges and <br> while the tree is flattened to text.
_BLOCK_MARK = "\ue000"
_BREAK_MARK = "\ue001"
_MARKS = re.compile("[\ue000\ue001]")
_SPACES = re.compile(r"\s+")
_HTML_TITLE_META = ("og:title", "twitter:title")
_HTML_SOURCE_META = ("og:site_name", "publisher", "application-name")
_HTML_DATE_META = (
    "article:published_time", "date", "pubdate", "publish-date", "publishdate",
    "dc.date", "dc.date.issued", "dcterms.created", "datepublished", "og:published_time",
)
_HTML_URL_META = ("og:url",)

_ISO_DATE = re.compile(r"^\s*(?:D:)?(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:\b|T|\d|$)")
_LOOSE_ISO_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_WEB_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)

#: Corpus columns, matched case-insensitively; the first present one wins.
TEXT_COLUMNS: tuple[str, ...] = ("text", "content", "body", "article")
_TITLE_COLUMNS = ("title", "headline")
_SOURCE_COLUMNS = ("source", "outlet", "publisher")
_DATE_COLUMNS = ("published", "date")
_URL_COLUMNS = ("url", "link")
_CSV_DELIMITERS = (",", ";", "\t", "|")

#: More members than any real Word document has; thousands of tiny members are a zip bomb too.
_MAX_DOCX_MEMBERS = 2000
_ZIP_DIRECTORY_ENTRY = b"PK\x01\x02"


@dataclass(frozen=True, slots=True)
class ReadResult:
    documents: tuple[Document, ...]
    errors: tuple[ReadError, ...] = ()


# --- entry points ----------------------------------------------------------------------------


def read_path(path: str | Path, *, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
    """Read one file from disk. Raises ``ReadError`` when the file as a whole cannot be read."""
    path = Path(path)
    name = path.name or str(path)
    _check_suffix(name)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ReadError(name, Msg.NOT_READABLE, detail="it is not a regular file")
        _check_size(name, size, limits=limits)
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = handle.read(limits.max_bytes + 1)
    except FileNotFoundError:
        raise ReadError(name, Msg.NOT_FOUND) from None
    except OSError as error:
        detail = error.strerror or type(error).__name__
        raise ReadError(name, Msg.NOT_READABLE, detail=detail) from None
    return read_bytes(data, name=name, limits=limits)


def read_bytes(data: bytes, *, name: str, limits: Limits = DEFAULT_LIMITS) -> ReadResult:
    """Read an upload; ``name`` (a file name) says which format it claims to be."""
    suffix = _check_suffix(name)
    _check_size(name, len(data), limits=limits)
    if not data.strip():
        raise ReadError(name, Msg.EMPTY)
    fmt = _FORMATS[suffix]
    kind = sniff(data)
    if fmt == "pdf":
        return ReadResult((_read_pdf(data, name=name, kind=kind, limits=limits),))
    if fmt == "docx":
        return ReadResult((_read_docx(data, name=name, kind=kind, limits=limits),))
    if kind is not None and kind not in _TEXT_KINDS:
        raise ReadError(name, Msg.TYPE_MISMATCH, actual=SNIFF_KINDS[kind], expected=_EXPECTED[fmt])
    if fmt == "html" or (fmt == "txt" and kind == "html"):
        # A saved web page named .txt is still a web page: read its prose, not its markup.
        return ReadResult((_read_html(data, name=name, limits=limits),))
    text = decode_text(data, name=name)
    if fmt == "md":
        return ReadResult((_read_markdown(text, name=name),))
    if fmt == "csv":
        return _read_csv(text, name=name, limits=limits)
    if fmt == "jsonl":
        return _read_jsonl(text, name=name, limits=limits)
    return ReadResult((Document(name=name, text=text, fmt="txt", title=headline(text)),))


def read_pasted(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    name: str = "pasted text",
) -> Document:
    """A Document from text typed or pasted in; without a title, a headline first line is one."""
    text = _normalise(text)
    if not text.strip():
        raise ReadError(name, Msg.EMPTY)
    return Document(
        name=name,
        text=text,
        fmt="pasted",
        title=_clean_field(title) or headline(text),
        source=_clean_field(source),
        published=iso_date(published),
    )


def _check_suffix(name: str) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix not in _FORMATS:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise ReadError(name, Msg.UNSUPPORTED, suffix=suffix or "(none)", supported=supported)
    return suffix


def _check_size(name: str, size: int, *, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise ReadError(name, Msg.TOO_LARGE, size_mb=size / MB, limit_mb=limits.max_bytes / MB)


# --- content type and text decoding -----------------------------------------------------------


def sniff(data: bytes) -> str | None:
    """What the bytes are, by content: a key of ``SNIFF_KINDS``, or None for unmarked text."""
    head = data[:_SNIFF_WINDOW]
    for bom, kind in _BOMS:
        if head.startswith(bom):
            return kind
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _PDF_HEADER.search(head[:_PDF_HEADER_WINDOW]):
        return "pdf"
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return utf16
    if _HTML_START.match(head):
        return "html"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 of mostly-Latin text has a NUL in every other byte, on one side only."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    zeros_even = head[0 : pairs * 2 : 2].count(0)
    zeros_odd = head[1 : pairs * 2 : 2].count(0)
    if zeros_odd >= 0.4 * pairs and zeros_even <= 0.05 * pairs:
        return "utf-16-le"
    if zeros_even >= 0.4 * pairs and zeros_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def decode_text(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Bytes to normalised text: BOM, then ``declared``, then strict UTF-8, then a guess.

    Raises ``ReadError`` with ``BINARY`` for bytes that are not text, ``UNDECODABLE`` when no
    encoding fits and ``EMPTY`` for nothing but whitespace.
    """
    text = _decode(data, name=name, declared=declared)
    controls = len(_BINARY_CONTROL.findall(text))
    if controls and controls >= max(2, _MAX_CONTROL_SHARE * len(text)):
        raise ReadError(name, Msg.BINARY)
    text = _normalise(text)
    if not text.strip():
        raise ReadError(name, Msg.EMPTY)
    return text


def _decode(data: bytes, *, name: str, declared: str | None) -> str:
    kind = sniff(data)
    if kind is not None and kind.startswith("utf-"):
        try:
            return data.decode(kind)
        except UnicodeDecodeError:
            if data.startswith(tuple(bom for bom, _ in _BOMS)):
                raise ReadError(name, Msg.UNDECODABLE) from None
            # A UTF-16 guess without a BOM that does not decode: carry on with the other checks.
    if b"\x00" in data:
        raise ReadError(name, Msg.BINARY)
    if declared is not None:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to looking at the bytes
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name=name)


def _decode_legacy(data: bytes, *, name: str) -> str:
    from charset_normalizer import from_bytes

    # Its UTF-16/32 guesses for bytes without NULs are CJK noise; real UTF-16 was caught above.
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    best = matches[0] if matches else None
    if (
        best is not None
        and best.coherence >= _MIN_COHERENCE
        and any(script in a for a in best.alphabets for script in _NON_LATIN_ALPHABETS)
    ):
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if best is not None:
        return str(best)
    raise ReadError(name, Msg.UNDECODABLE)


def _normalise(text: str) -> str:
    """The one text form every reader returns: ``\\n`` newlines, NFC, no stray controls."""
    text = text.removeprefix("\ufeff")
    text = _NEWLINE.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)


# --- small field helpers ----------------------------------------------------------------------


def headline(text: str) -> str | None:
    """The first line when it reads like a headline: short, no final period, more text after."""
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = first.strip()
    if not newline or not rest.strip() or not first:
        return None
    if len(first) > _HEADLINE_MAX_CHARS or len(first.split()) > _HEADLINE_MAX_WORDS:
        return None
    if first.endswith(_HEADLINE_BAD_ENDINGS) or not any(ch.isalpha() for ch in first):
        return None
    return first


def iso_date(value: object) -> str | None:
    """A date as ``YYYY-MM-DD``, from ISO strings, PDF dates, '5 March 2024' or date objects."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str | int):
        return None
    text = str(value).strip()
    candidates: list[tuple[str, str, str]] = []
    for pattern in (_ISO_DATE, _LOOSE_ISO_DATE):
        match = pattern.match(text)
        if match:
            candidates.append((match[1], match[2], match[3]))
    match = _DAY_MONTH_YEAR.search(text)
    if match and match[2].lower() in _MONTHS:
        candidates.append((match[3], str(_MONTHS[match[2].lower()]), match[1]))
    match = _MONTH_DAY_YEAR.search(text)
    if match and match[1].lower() in _MONTHS:
        candidates.append((match[3], str(_MONTHS[match[1].lower()]), match[2]))
    for year, month, day in candidates:
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None


def _clean_field(value: object) -> str | None:
    """A metadata value as one trimmed line, or None when there is nothing in it."""
    if value is None or isinstance(value, dict | list | bool):
        return None
    text = _SPACES.sub(" ", _normalise(str(value))).strip()
    return text[:_MAX_TITLE_CHARS] or None


def _web_url(value: object) -> str | None:
    """Only http(s) addresses are kept: a ``javascript:`` URL must never reach a link."""
    text = _clean_field(value)
    return text if text is not None and _WEB_URL.match(text) else None


# --- Markdown ---------------------------------------------------------------------------------


def _read_markdown(text: str, *, name: str) -> Document:
    meta: Mapping[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        loaded = _load_front_matter(match[1])
        if loaded is not None:
            meta = {str(key).lower(): value for key, value in loaded.items()}
            text = text[match.end() :]
    prose, first_heading = markdown_to_prose(text)
    if not prose.strip():
        raise ReadError(name, Msg.NO_TEXT)
    return Document(
        name=name,
        text=prose,
        fmt="md",
        title=_clean_field(_first_of(meta, ("title", "headline"))) or first_heading
        or headline(prose),
        source=_clean_field(_first_of(meta, _SOURCE_COLUMNS)),
        published=iso_date(_first_of(meta, _DATE_COLUMNS)),
        url=_web_url(_first_of(meta, _URL_COLUMNS)),
    )


def _load_front_matter(block: str) -> Mapping[Any, Any] | None:
    import yaml

    try:
        loaded = yaml.safe_load(block)
    except (yaml.YAMLError, RecursionError):
        return None  # not front matter after all (or broken): keep it as text
    return loaded if isinstance(loaded, dict) else None


def _first_of(row: Mapping[str, Any], keys: Iterable[str]) -> Any:
    for key in keys:
        value = row.get(key)
        if value is not None and value != "":
            return value
    return None


def markdown_to_prose(text: str) -> tuple[str, str | None]:
    """Markdown to plain paragraphs, and the text of its first level-one heading."""
    lines: list[str] = []
    first_heading: str | None = None
    fence: str | None = None
    for line in text.split("\n"):
        if fence is not None:
            if line.strip().startswith(fence):
                fence = None
            continue
        opening = _MD_FENCE.match(line)
        if opening:
            fence = opening[1][0] * 3
            continue
        heading = _MD_ATX_HEADING.match(line)
        if heading:
            line = heading[2]
            if first_heading is None and len(heading[1]) == 1:
                first_heading = _clean_field(_md_inline(line))
        elif (
            _MD_BARE_HEADING.match(line)
            or _MD_RULE_OR_UNDERLINE.match(line)
            or _MD_TABLE_RULE.match(line)
            or _MD_REFERENCE_DEF.match(line)
        ):
            line = ""
        line = _MD_QUOTE.sub("", line)
        line = _MD_LIST_MARKER.sub(r"\1", line)
        lines.append(_md_inline(line).rstrip())
    prose = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n")
    return prose, first_heading


def _md_inline(line: str) -> str:
    # Escaped punctuation is parked in the private-use plane so emphasis rules cannot see it.
    line = _MD_ESCAPE.sub(lambda m: chr(_MD_PARKED_BASE + ord(m[1])), line)
    line = _MD_IMAGE.sub("", line)
    line = _MD_LINK.sub(lambda m: m[1] if m[1] is not None else m[2], line)
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_CODE_SPAN.sub(lambda m: m[2].strip(), line)
    line = _MD_INLINE_HTML.sub("", line)
    line = _MD_STRONG.sub(r"\2", line)
    line = _MD_EMPHASIS_STAR.sub(r"\1", line)
    line = _MD_EMPHASIS_UNDERSCORE.sub(r"\1", line)
    line = _MD_STRIKE.sub(r"\1", line)
    return _MD_PARKED.sub(lambda m: chr(ord(m[0]) - _MD_PARKED_BASE), line)


# --- HTML -------------------------------------------------------------------------------------


def _read_html(data: bytes, *, name: str, limits: Limits) -> Document:
    declared = _declared_charset(data)
    text = decode_text(data, name=name, declared=declared)
    payload = text.encode("utf-8", "surrogatepass")
    if len(data) > _HTML_IN_PROCESS_BYTES:
        # html.parser needs about a second and much memory per megabyte: big pages get the
        # sandbox's limits, small ones (nearly every article) skip its start-up cost.
        fields = _parse_in_child(_parse_html_child, payload, name=name, limits=limits)
    else:
        fields = _child_fields(_parse_html_child(payload), name=name)
    prose = fields.get("text")
    if not isinstance(prose, str) or not prose:
        raise ReadError(name, Msg.NO_TEXT)
    return Document(
        name=name,
        text=_normalise(prose),
        fmt="html",
        title=_clean_field(fields.get("title")),
        source=_clean_field(fields.get("source")),
        published=iso_date(fields.get("published")),
        url=_web_url(fields.get("url")),
    )


def _declared_charset(data: bytes) -> str | None:
    """A ``<meta charset>`` worth trying: an ASCII-compatible codec Python knows."""
    match = _META_CHARSET.search(data[:_SNIFF_WINDOW])
    if match is None:
        return None
    try:
        codec = codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None
    # Browsers ignore UTF-16 declared inside a page, and codecs such as unicode-escape or idna
    # would rewrite the text rather than decode it.
    return codec if _SAFE_DECLARED_CODEC.match(codec) else None


def _parse_html_child(payload: bytes) -> dict[str, str | None]:
    """Page text (UTF-8) to its prose and metadata; may run in the sandbox."""
    from bs4 import BeautifulSoup

    text = _MARKS.sub("", payload.decode("utf-8", "surrogatepass"))
    soup = BeautifulSoup(text, "html.parser")
    meta = _html_meta(soup)
    title_tag = soup.find("title")
    time_tag = soup.find("time", attrs={"datetime": True})
    canonical = soup.find("link", rel="canonical", href=True)
    url = _first_of(meta, _HTML_URL_META)
    return {
        "text": html_to_prose(soup.body or soup),
        "title": _clean_field(_first_of(meta, _HTML_TITLE_META))
        or _clean_field(title_tag.get_text() if title_tag else None)
        or _clean_field(_first_text(soup, "h1")),
        "source": _clean_field(_first_of(meta, _HTML_SOURCE_META)),
        "published": iso_date(_first_of(meta, _HTML_DATE_META))
        or iso_date(time_tag.get("datetime") if time_tag else None),
        "url": _web_url(url) or _web_url(canonical.get("href") if canonical else None),
    }


def _html_meta(soup: Any) -> dict[str, str]:
    """``<meta>`` values by lower-cased property, name or itemprop; the first one of each wins."""
    meta: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        content = tag.get("content")
        if not isinstance(content, str):
            continue
        for attribute in ("property", "name", "itemprop"):
            key = tag.get(attribute)
            if isinstance(key, str):
                meta.setdefault(key.strip().lower(), content)
    return meta


def _first_text(soup: Any, tag_name: str) -> str | None:
    tag = soup.find(tag_name)
    return tag.get_text(" ") if tag is not None else None


def html_to_prose(root: Any) -> str:
    """The readable prose under a parsed element: one paragraph per block, blank-line separated.

    One iterative pass with an explicit stack: a page nested ten thousand deep neither recurses
    nor, as inserting markers into the tree would, walks each subtree again (quadratic).
    """
    from bs4 import Comment, Declaration, Doctype, NavigableString, ProcessingInstruction, Tag

    skipped = (Comment, Declaration, Doctype, ProcessingInstruction)
    pieces: list[str] = []
    stack: list[Any] = [root]
    while stack:
        node = stack.pop()
        if node is _BLOCK_MARK:
            pieces.append(_BLOCK_MARK)
        elif isinstance(node, NavigableString):
            if not isinstance(node, skipped):
                pieces.append(str(node))
        elif isinstance(node, Tag) and node.name not in _HTML_DROP:
            if node.name == "br":
                pieces.append(_BREAK_MARK)
            elif node.name in _HTML_BLOCKS:
                pieces.append(_BLOCK_MARK)
                stack.append(_BLOCK_MARK)  # closes the block once its children are done
                stack.extend(reversed(node.contents))
            else:
                stack.extend(reversed(node.contents))
    paragraphs: list[str] = []
    for chunk in "".join(pieces).split(_BLOCK_MARK):
        lines = (_SPACES.sub(" ", part).strip() for part in chunk.split(_BREAK_MARK))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


# --- PDF and DOCX (parsed in the sandbox) -----------------------------------------------------


#: A line ending like this may end a paragraph; a line ending otherwise never does.
_PARAGRAPH_END = re.compile(r"[.!?:…][\"'”’)]*$")
#: "gov-" at a line end, followed by a lowercase word part: a word the layout hyphenated.
_HYPHENATED = re.compile(r"(?<=[a-z])-$")
#: A line shorter than this share of the page's typical full line ends its paragraph.
SHORT_LINE_SHARE = 0.8


def unwrap_page(text: str) -> str:
    """Rebuild paragraphs from a PDF page's hard-wrapped lines.

    PDF text comes out one layout line per line, with no blank line between paragraphs. A line
    ends a paragraph when it ends a sentence and is visibly shorter than the page's full lines
    (the classic last line of a paragraph); other lines join the next with a space, and a word
    hyphenated across lines is rejoined.
    """
    lines = [line.strip() for line in text.split("\n")]
    lengths = sorted(len(line) for line in lines if line)
    if not lengths:
        return ""
    full = lengths[int(0.9 * (len(lengths) - 1))]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if not line:
            if current:
                paragraphs.append(current)
                current = ""
            continue
        if current and _HYPHENATED.search(current) and line[:1].islower():
            current = current[:-1] + line
        else:
            current = f"{current} {line}" if current else line
        if _PARAGRAPH_END.search(line) and len(line) < SHORT_LINE_SHARE * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return "\n\n".join(paragraphs)


def _parse_in_child(
    func: Callable[..., dict[str, Any]], data: bytes, *, name: str, limits: Limits,
    **options: Any,
) -> Mapping[str, Any]:
    """Run a parser on untrusted bytes in the sandbox, under the time and memory limits."""
    return _child_fields(
        run_limited(func, data, seconds=limits.parse_seconds, memory=limits.parse_memory,
                    name=name, options=options),
        name=name,
    )


def _read_pdf(data: bytes, *, name: str, kind: str | None, limits: Limits) -> Document:
    if kind != "pdf":
        actual = SNIFF_KINDS.get(kind or "", "something else")
        raise ReadError(name, Msg.PDF_MALFORMED, detail=f"its content is {actual}")
    parsed = _parse_in_child(_parse_pdf_child, data, name=name, limits=limits,
                             max_pages=limits.max_pdf_pages, max_chars=limits.max_bytes)
    pages = [unwrap_page(page) for page in _strings(parsed.get("pages")) if page.strip()]
    text = _normalise("\n\n".join(pages)).strip("\n")
    if not text.strip():
        raise ReadError(name, Msg.NO_TEXT)
    return Document(
        name=name,
        text=text,
        fmt="pdf",
        title=_clean_field(parsed.get("title")) or headline(text),
        published=iso_date(parsed.get("created")),
    )


def _read_docx(data: bytes, *, name: str, kind: str | None, limits: Limits) -> Document:
    if kind != "zip":
        raise ReadError(name, Msg.DOCX_NOT_ZIP)
    _check_docx_archive(data, name=name, limits=limits)
    parsed = _parse_in_child(_parse_docx_child, data, name=name, limits=limits,
                             max_chars=limits.max_bytes)
    paragraphs = [p.strip() for p in _strings(parsed.get("paragraphs")) if p.strip()]
    text = _normalise("\n\n".join(paragraphs))
    if not text.strip():
        raise ReadError(name, Msg.NO_TEXT)
    return Document(
        name=name,
        text=text,
        fmt="docx",
        title=_clean_field(parsed.get("title")) or headline(text),
        published=iso_date(parsed.get("created")),
    )


def _check_docx_archive(data: bytes, *, name: str, limits: Limits) -> None:
    """Refuse a zip bomb from its central directory alone, before anything is decompressed.

    The declared sizes bound the output: ``zipfile`` stops a member at its declared size and
    fails its CRC check if the data says otherwise.
    """
    limit_mb = limits.max_docx_uncompressed / MB
    # Counting directory entries first spares building hundreds of thousands of ZipInfos.
    if data.count(_ZIP_DIRECTORY_ENTRY) > _MAX_DOCX_MEMBERS:
        raise ReadError(name, Msg.DOCX_BOMB, limit_mb=limit_mb)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ReadError(name, Msg.DOCX_NOT_ZIP) from None
    if len(members) > _MAX_DOCX_MEMBERS:
        raise ReadError(name, Msg.DOCX_BOMB, limit_mb=limit_mb)
    if sum(member.file_size for member in members) > limits.max_docx_uncompressed:
        raise ReadError(name, Msg.DOCX_BOMB, limit_mb=limit_mb)
    if "word/document.xml" not in {member.filename for member in members}:
        raise ReadError(name, Msg.DOCX_MALFORMED, detail="it has no word/document.xml")


def _child_fields(value: object, *, name: str) -> Mapping[str, Any]:
    """A parse function's result, checked: whatever came back from a child is only data."""
    if not isinstance(value, dict):
        raise ReadError(name, Msg.PARSE_FAILED, detail="the parser returned no fields")
    return value


def _strings(value: object) -> list[str]:
    """The strings of a child's list; anything else in it is dropped."""
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []


def _parse_pdf_child(payload: bytes, *, max_pages: int, max_chars: int) -> dict[str, Any]:
    """Runs in the sandbox: page texts (up to ``max_pages``), page count, title, creation date."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PyPdfError

    # A hostile file can trip any exception deep inside the parser; each means a damaged file.
    # MemoryError is the exception: the sandbox reports it as the memory limit.
    try:
        reader = PdfReader(io.BytesIO(payload), strict=False)
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")
            except (DependencyError, PyPdfError, NotImplementedError):
                opened = 0  # e.g. AES without a crypto library: as good as locked
            if not opened:
                raise ParseFailure(Msg.PDF_ENCRYPTED)
        page_count = len(reader.pages)
    except (ParseFailure, MemoryError):
        raise
    except Exception as error:
        raise ParseFailure(Msg.PDF_MALFORMED, detail=_error_detail(error)) from None
    pages: list[str] = []
    total = 0
    failures = 0
    for number in range(min(page_count, max_pages)):
        try:
            page_text = reader.pages[number].extract_text() or ""
        except MemoryError:
            raise
        except Exception:
            failures += 1  # one damaged page should not lose the others
            continue
        pages.append(page_text[: max_chars - total])
        total += len(pages[-1])
        if total >= max_chars:
            break
    if failures and not pages:
        raise ParseFailure(Msg.PDF_MALFORMED, detail="no page could be read")
    title, created = _pdf_metadata(reader)
    return {"pages": pages, "page_count": page_count, "title": title, "created": created}


def _pdf_metadata(reader: Any) -> tuple[str | None, str | None]:
    try:
        info = reader.metadata
        if info is None:
            return None, None
        title = info.get("/Title")
        created = info.get("/CreationDate")
    except MemoryError:
        raise
    except Exception:  # metadata is a nicety; a broken info dictionary must not cost the text
        return None, None
    return (
        str(title) if isinstance(title, str) else None,
        str(created) if isinstance(created, str) else None,
    )


def _parse_docx_child(payload: bytes, *, max_chars: int) -> dict[str, Any]:
    """Runs in the sandbox: the paragraphs (table cells included, in order), title, created."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(payload))
        paragraphs: list[str] = []
        total = 0
        for block in document.iter_inner_content():
            texts = _table_texts(block) if isinstance(block, Table) else [block.text]
            for text in texts:
                paragraphs.append(text[: max_chars - total])
                total += len(paragraphs[-1])
            if total >= max_chars:
                break
        properties = document.core_properties
        title = properties.title or None
        created = properties.created.date().isoformat() if properties.created else None
    except MemoryError:
        raise
    except PackageNotFoundError:
        raise ParseFailure(Msg.DOCX_MALFORMED, detail="it is not a Word document") from None
    except Exception as error:  # lxml's XMLSyntaxError, a missing part...: a damaged file
        raise ParseFailure(Msg.DOCX_MALFORMED, detail=_error_detail(error)) from None
    return {"paragraphs": paragraphs, "title": title, "created": created}


def _table_texts(table: Any) -> list[str]:
    """Each cell's text once (merged cells repeat in python-docx's rows)."""
    seen: set[int] = set()
    texts: list[str] = []
    for row in table.rows:
        for cell in row.cells:
            if id(cell._tc) not in seen:
                seen.add(id(cell._tc))
                texts.append(cell.text)
    return texts


def _error_detail(error: BaseException) -> str:
    detail = str(error).strip() or type(error).__name__
    return detail if len(detail) <= 120 else detail[:119] + "…"


# --- corpora: one article a row ----------------------------------------------------------------


def _read_csv(text: str, *, name: str, limits: Limits) -> ReadResult:
    # Articles are long fields; the default 128 KiB cap would reject real ones. The cap is
    # process-wide, so it is only ever raised, and never past what a C long can hold.
    if csv.field_size_limit() < limits.max_bytes:
        csv.field_size_limit(min(limits.max_bytes, 2**31 - 1))
    first_line = text.split("\n", 1)[0]
    delimiter = max(_CSV_DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ReadError(name, Msg.NO_TEXT) from None
    columns = [column.strip().lower() for column in header]
    if not any(column in TEXT_COLUMNS for column in columns):
        raise ReadError(name, Msg.CORPUS_NO_TEXT_COLUMN, columns=", ".join(TEXT_COLUMNS))

    def rows() -> Iterator[tuple[int, Mapping[str, Any] | str]]:
        number = 0
        while True:
            number += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield number, f"it cannot be parsed as CSV ({error})"
                continue
            if not any(value.strip() for value in values):
                continue  # a blank line between records is not an article, nor an error
            if len(values) != len(columns):
                yield number, f"it has {len(values)} fields, the header has {len(columns)}"
                continue
            row: dict[str, Any] = {}
            for column, value in zip(columns, values, strict=True):
                row.setdefault(column, value)
            yield number, row

    return _corpus(rows(), name=name, fmt="csv", limits=limits)


def _read_jsonl(text: str, *, name: str, limits: Limits) -> ReadResult:
    # JSON Lines has no header: the text column is missing when no object has one.
    objects_seen = text_keys_seen = False

    def rows() -> Iterator[tuple[int, Mapping[str, Any] | str]]:
        nonlocal objects_seen, text_keys_seen
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except (ValueError, RecursionError) as error:
                yield number, f"it is not valid JSON ({type(error).__name__})"
                continue
            if not isinstance(value, dict):
                yield number, "it is not a JSON object"
                continue
            row: dict[str, Any] = {}
            for key, item in value.items():
                row.setdefault(key.strip().lower(), item)
            objects_seen = True
            text_keys_seen = text_keys_seen or any(key in row for key in TEXT_COLUMNS)
            yield number, row

    result = _corpus(rows(), name=name, fmt="jsonl", limits=limits)
    if objects_seen and not text_keys_seen:
        raise ReadError(name, Msg.CORPUS_NO_TEXT_COLUMN, columns=", ".join(TEXT_COLUMNS))
    return result


def _corpus(
    rows: Iterator[tuple[int, Mapping[str, Any] | str]], *, name: str, fmt: str, limits: Limits
) -> ReadResult:
    """Documents from parsed rows (a row is a mapping, or the reason it could not be parsed)."""
    documents: list[Document] = []
    errors: list[ReadError] = []
    for count, (number, row) in enumerate(rows, start=1):
        if count > limits.max_rows:
            errors.append(ReadError(name, Msg.CORPUS_TOO_MANY_ROWS, limit=limits.max_rows))
            break
        if isinstance(row, str):
            errors.append(ReadError(name, Msg.CORPUS_BAD_ROW, row=number, detail=row))
            continue
        text_value = _first_of(row, TEXT_COLUMNS)
        if not isinstance(text_value, str) or not text_value.strip():
            detail = "its text is not a string" if text_value is not None else "it has no text"
            errors.append(ReadError(name, Msg.CORPUS_BAD_ROW, row=number, detail=detail))
            continue
        documents.append(
            Document(
                name=f"{name}#row={number}",
                text=_normalise(text_value).strip(),
                fmt=fmt,
                title=_clean_field(_first_of(row, _TITLE_COLUMNS)),
                source=_clean_field(_first_of(row, _SOURCE_COLUMNS)),
                published=iso_date(_first_of(row, _DATE_COLUMNS)),
                url=_web_url(_first_of(row, _URL_COLUMNS)),
            )
        )
    if not documents and not errors:
        raise ReadError(name, Msg.NO_TEXT)
    return ReadResult(tuple(documents), tuple(errors))
