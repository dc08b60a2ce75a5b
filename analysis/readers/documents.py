"""PDF and DOCX files to ``Document``s, parsed in the sandbox.

Both formats are parsed by big libraries (pypdf, python-docx) fed bytes a stranger wrote, so the
parse runs in a child process under time and memory limits (``analysis.readers.isolated``). The
``_parse_*_child`` functions are what the child runs: they must stay module-level, take
``(payload, **options)``, return plain data, and import their libraries lazily. A .docx is also
checked for a zip bomb from its central directory before anything is decompressed. PDF text comes
out one layout line per line; ``unwrap_page`` rebuilds the paragraphs.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Mapping
from typing import Any

from analysis.errors import Msg, ReadError
from analysis.limits import MB, Limits
from analysis.readers.decode import normalise
from analysis.readers.fields import clean_field, headline, iso_date
from analysis.readers.isolated import parse_in_child
from analysis.readers.result import ReadResult
from analysis.readers.sniff import SNIFF_KINDS
from analysis.sandbox import ParseFailure
from analysis.types import Document

#: More members than any real Word document has; thousands of tiny members are a zip bomb too.
_MAX_DOCX_MEMBERS = 2000
#: The title python-docx gives a package without core properties (and its own template's).
_DOCX_PLACEHOLDER_TITLE = "Word Document"
#: Paragraph styles whose text is the title when the properties give none, looked for among
#: the first few blocks only (a heading further down names a section, not the article).
_DOCX_HEADING_STYLES = ("Title", "Heading 1")
_DOCX_HEADING_BLOCKS = 20
_ZIP_DIRECTORY_ENTRY = b"PK\x01\x02"

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


def read_pdf(data: bytes, *, name: str, kind: str | None, limits: Limits) -> ReadResult:
    """A PDF (``kind`` is what ``sniff`` made of it) to its unwrapped pages' text."""
    if kind != "pdf":
        actual = SNIFF_KINDS.get(kind or "", "something else")
        raise ReadError(name, Msg.PDF_MALFORMED, detail=f"its content is {actual}")
    parsed = parse_in_child(_parse_pdf_child, data, name=name, limits=limits,
                             max_pages=limits.max_pdf_pages, max_chars=limits.max_bytes)
    pages = [unwrap_page(page) for page in _strings(parsed.get("pages")) if page.strip()]
    document = _document(pages, parsed, name=name, fmt="pdf")
    count = parsed.get("page_count")
    if isinstance(count, int) and count > limits.max_pdf_pages:
        reason = Msg.PDF_PAGES_CAPPED.value.format(read=limits.max_pdf_pages, pages=count)
        return ReadResult((document,), notes=(f"{name}: {reason}",))
    return ReadResult((document,))


def read_docx(data: bytes, *, name: str, kind: str | None, limits: Limits) -> Document:
    """A Word document, checked for a zip bomb first, to its paragraphs and table cells."""
    if kind != "zip":
        raise ReadError(name, Msg.DOCX_NOT_ZIP)
    _check_docx_archive(data, name=name, limits=limits)
    parsed = parse_in_child(_parse_docx_child, data, name=name, limits=limits,
                             max_chars=limits.max_bytes)
    paragraphs = [p.strip() for p in _strings(parsed.get("paragraphs")) if p.strip()]
    return _document(paragraphs, parsed, name=name, fmt="docx")


def _document(
    blocks: list[str], parsed: Mapping[str, Any], *, name: str, fmt: str
) -> Document:
    """Text blocks from a parsed file, as paragraphs, with the file's own title and date."""
    text = normalise("\n\n".join(blocks)).strip("\n")
    if not text.strip():
        raise ReadError(name, Msg.NO_TEXT)
    return Document(
        name=name,
        text=text,
        fmt=fmt,
        title=clean_field(parsed.get("title")) or clean_field(parsed.get("heading"))
        or headline(text),
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
        raise ReadError(name, Msg.DOCX_TOO_MANY_PARTS, limit=_MAX_DOCX_MEMBERS)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ReadError(name, Msg.DOCX_NOT_ZIP) from None
    if len(members) > _MAX_DOCX_MEMBERS:
        raise ReadError(name, Msg.DOCX_TOO_MANY_PARTS, limit=_MAX_DOCX_MEMBERS)
    if sum(member.file_size for member in members) > limits.max_docx_uncompressed:
        raise ReadError(name, Msg.DOCX_BOMB, limit_mb=limit_mb)
    if "word/document.xml" not in {member.filename for member in members}:
        raise ReadError(name, Msg.DOCX_MALFORMED, detail="it has no word/document.xml")


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
    """Runs in the sandbox: the paragraphs (table cells included, in order), title, created,
    and the first heading's text (the title when the properties have none)."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(payload))
        paragraphs: list[str] = []
        heading: str | None = None
        total = 0
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                texts = _table_texts(block)
            else:
                texts = [block.text]
                early = len(paragraphs) < _DOCX_HEADING_BLOCKS
                if heading is None and early and block.text.strip() and _is_heading(block):
                    heading = block.text
            for text in texts:
                paragraphs.append(text[: max_chars - total])
                total += len(paragraphs[-1])
            if total >= max_chars:
                break
        # Without a core-properties part python-docx makes one up (titled "Word Document",
        # modified now): read the properties only when the file has them.
        relations = document.part.package.rels.values()
        title = created = None
        if any(rel.reltype == RELATIONSHIP_TYPE.CORE_PROPERTIES for rel in relations):
            properties = document.core_properties
            if properties.title and properties.title.strip() != _DOCX_PLACEHOLDER_TITLE:
                title = properties.title
            created = properties.created.date().isoformat() if properties.created else None
    except MemoryError:
        raise
    except PackageNotFoundError:
        raise ParseFailure(Msg.DOCX_MALFORMED, detail="it is not a Word document") from None
    except Exception as error:  # lxml's XMLSyntaxError, a missing part...: a damaged file
        raise ParseFailure(Msg.DOCX_MALFORMED, detail=_error_detail(error)) from None
    return {"paragraphs": paragraphs, "title": title, "created": created, "heading": heading}


def _is_heading(paragraph: Any) -> bool:
    try:
        style = paragraph.style.name or ""
    except (KeyError, AttributeError, ValueError):  # a style the file names but lacks
        return False
    return style in _DOCX_HEADING_STYLES


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
