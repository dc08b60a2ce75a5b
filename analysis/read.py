"""Read untrusted article files into ``Document``s: the public entry points.

One entry point per kind of input: ``read_path`` (a file on disk), ``read_bytes`` (an upload;
the name gives the suffix) and ``read_pasted`` (text typed or pasted into the dashboard).
A file that cannot be read raises ``ReadError`` with a ``Msg`` from the catalogue; a CSV or JSONL
corpus returns its good rows and lists its bad ones in ``ReadResult.errors``.

The name only says what a file claims to be: ``sniff`` looks at the bytes, so a PDF renamed
``.txt`` is reported rather than decoded as noise. This module only checks the name and size and
dispatches; each format is read in ``analysis.readers`` (decode, sniff, fields, markdown,
webpage, documents, corpus). PDF and DOCX parsing, and parsing of big HTML and Markdown files,
runs in a child process under time and memory limits (``analysis.readers.isolated``), which is
why the readers import their heavy libraries lazily.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path, PurePath

from analysis.errors import Msg, ReadError
from analysis.limits import DEFAULT_LIMITS, MB, Limits
from analysis.readers.corpus import TEXT_COLUMNS, read_csv, read_jsonl
from analysis.readers.decode import decode_text, normalise
from analysis.readers.documents import SHORT_LINE_SHARE, read_docx, read_pdf, unwrap_page
from analysis.readers.fields import clean_field, headline, iso_date
from analysis.readers.markdown import markdown_to_prose, read_markdown
from analysis.readers.result import ReadResult
from analysis.readers.sniff import SNIFF_KINDS, TEXT_KINDS, sniff
from analysis.readers.webpage import html_to_prose, read_html
from analysis.types import Document

__all__ = [
    "SHORT_LINE_SHARE",
    "SNIFF_KINDS",
    "SUPPORTED_SUFFIXES",
    "TEXT_COLUMNS",
    "Document",
    "ReadResult",
    "decode_text",
    "headline",
    "html_to_prose",
    "iso_date",
    "markdown_to_prose",
    "read_bytes",
    "read_pasted",
    "read_path",
    "sniff",
    "unwrap_page",
]

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
        return read_pdf(data, name=name, kind=kind, limits=limits)
    if fmt == "docx":
        return ReadResult((read_docx(data, name=name, kind=kind, limits=limits),))
    if kind is not None and kind not in TEXT_KINDS:
        raise ReadError(name, Msg.TYPE_MISMATCH, actual=SNIFF_KINDS[kind], expected=_EXPECTED[fmt])
    if fmt == "html" or (fmt == "txt" and kind == "html"):
        # A saved web page named .txt is still a web page: read its prose, not its markup.
        return ReadResult((read_html(data, name=name, limits=limits),))
    if fmt in ("csv", "jsonl"):
        # Control characters stay until the rows are split: a damaged row is dropped, not the file.
        rows = decode_text(data, name=name, keep_controls=True)
        read_rows = read_csv if fmt == "csv" else read_jsonl
        return read_rows(rows, name=name, limits=limits)
    text = decode_text(data, name=name)
    if fmt == "md":
        return ReadResult((read_markdown(text, name=name, limits=limits),))
    return ReadResult((Document(name=name, text=text, fmt="txt", title=headline(text)),))


def read_pasted(
    text: str,
    *,
    title: str | None = None,
    source: str | None = None,
    published: str | None = None,
    name: str = "pasted text",
    limits: Limits = DEFAULT_LIMITS,
) -> Document:
    """A Document from text typed or pasted in; without a title, a headline first line is one.

    Pasted text has the same size limit as a file (its UTF-8 size): it is analysed the same way.
    """
    _check_size(name, _utf8_size(text, limits=limits), limits=limits)
    text = normalise(text)
    if not text.strip():
        raise ReadError(name, Msg.EMPTY)
    return Document(
        name=name,
        text=text,
        fmt="pasted",
        title=clean_field(title) or headline(text),
        source=clean_field(source),
        published=iso_date(published),
    )


def _check_suffix(name: str) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix not in _FORMATS:
        supported = ", ".join(SUPPORTED_SUFFIXES)
        raise ReadError(name, Msg.UNSUPPORTED, suffix=suffix or "(none)", supported=supported)
    return suffix


def _utf8_size(text: str, *, limits: Limits) -> int:
    # Each character is 1 to 4 bytes: only a length between the two bounds needs encoding.
    if len(text) > limits.max_bytes or 4 * len(text) <= limits.max_bytes:
        return len(text)
    return len(text.encode("utf-8", "surrogatepass"))


def _check_size(name: str, size: int, *, limits: Limits) -> None:
    if size > limits.max_bytes:
        raise ReadError(name, Msg.TOO_LARGE, size_mb=size / MB, limit_mb=limits.max_bytes / MB)
