"""The catalogue of user-facing error messages.

Every message a user can see for bad input is a member of ``Msg``, so wording stays consistent
between the CLI and the dashboard and tests can assert on the reason rather than on prose.
A ``ReadError`` carries the name of the input and one ``Msg`` (with its details filled in);
``str(error)`` is the single line the CLI prints and the dashboard shows.
"""

from __future__ import annotations

from enum import StrEnum


class Msg(StrEnum):
    EMPTY = "the file is empty"
    NO_TEXT = "no article text was found in it"
    TOO_LARGE = "it is {size_mb:.1f} MB, over the {limit_mb:.0f} MB limit"
    BINARY = "it looks like a binary file, not text"
    UNDECODABLE = "its text encoding could not be recognised"
    UNSUPPORTED = "files of type '{suffix}' are not supported (use {supported})"
    TYPE_MISMATCH = "its content is {actual}, not the {expected} its name says"
    NOT_FOUND = "no such file"
    NOT_READABLE = "it could not be opened: {detail}"
    PDF_ENCRYPTED = "the PDF is encrypted"
    PDF_MALFORMED = "the PDF is damaged or not a PDF: {detail}"
    DOCX_NOT_ZIP = "the .docx is not a valid Word document (not a zip archive)"
    DOCX_BOMB = "the .docx expands to more than {limit_mb:.0f} MB; refusing to open it"
    DOCX_MALFORMED = "the .docx is damaged: {detail}"
    PARSE_TIMEOUT = "reading it took longer than {seconds:.0f} s; stopped"
    PARSE_MEMORY = "reading it needed more than {limit_mb:.0f} MB of memory; stopped"
    PARSE_FAILED = "it could not be parsed: {detail}"
    # Notes: the file was read, but not all of it.
    PDF_PAGES_CAPPED = "only the first {read} of its {pages} pages were read"
    CORPUS_NO_TEXT_COLUMN = "no text column (expected one of: {columns})"
    CORPUS_BAD_ROW = "row {row} is not valid: {detail}"
    CORPUS_BINARY_ROW = "row {row} was left out: it holds binary data, not text"
    CORPUS_TOO_MANY_ROWS = "it has more than {limit} rows"
    ACTORS_INVALID = "the actors file is not valid: {detail}"


class StancemapError(Exception):
    """Base class of the errors stancemap reports to a user."""


class ReadError(StancemapError):
    """An input that could not be read: names the input and says why, in one line."""

    def __init__(self, name: str, msg: Msg, **details: object) -> None:
        self.name = name
        self.msg = msg
        self.reason = msg.value.format(**details) if details else msg.value
        super().__init__(f"{name}: {self.reason}")


class ActorsFileError(StancemapError):
    def __init__(self, name: str, detail: str) -> None:
        self.name = name
        self.reason = Msg.ACTORS_INVALID.value.format(detail=detail)
        super().__init__(f"{name}: {self.reason}")
