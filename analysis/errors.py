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
    DOCX_TOO_MANY_PARTS = "the .docx has more than {limit} parts; refusing to open it"
    DOCX_MALFORMED = "the .docx is damaged: {detail}"
    PARSE_TIMEOUT = "reading it took longer than {seconds:.0f} s; stopped"
    PARSE_MEMORY = "reading it needed more than {limit_mb:.0f} MB of memory; stopped"
    PARSE_FAILED = "it could not be parsed: {detail}"
    # Analysing one article (a worker's limits; see analysis.limits).
    ARTICLE_TOO_LONG = "it has more than {limit:,} words and marks, the limit for one article"
    ARTICLE_TIMEOUT = ("analysing it took longer than {seconds:.0f} s, the limit for its size; "
                       "stopped")
    ARTICLE_MEMORY = ("analysing it needed more than the worker's {limit_mb:.0f} MB of memory; "
                      "stopped")
    WORKER_STOPPED = ("the worker analysing it stopped (memory ceiling or killed); "
                      "nothing of it was stored")
    JOB_OVERDUE = ("analysing it went past its time limit, so its worker was stopped; "
                   "nothing of it was stored")
    UNEXPECTED = "could not be analysed"
    NO_LONGER_STORED = "no longer stored"
    # Notes: the file was read, but not all of it.
    PDF_PAGES_CAPPED = "only the first {read} of its {pages} pages were read"
    CORPUS_NO_TEXT_COLUMN = "no text column (expected one of: {columns})"
    CORPUS_BAD_ROW = "row {row} is not valid: {detail}"
    CORPUS_BINARY_ROW = "row {row} was left out: it holds binary data, not text"
    CORPUS_TOO_MANY_ROWS = "it has more than {limit} rows"
    ACTORS_INVALID = "the actors file is not valid: {detail}"
    # The shipped stance model's files (a broken install, not the user's input).
    MODEL_MISSING = "the stance model file is missing; reinstall stancemap"
    MODEL_CHANGED = ("the stance model file does not match its recorded sha256 "
                     "(changed or damaged); reinstall stancemap")
    MODEL_SETTINGS = "the stance model's settings are not valid: {detail}"
    # The dashboard's article page: warnings and refusals about one stored article.
    MOSTLY_CLEANED = ("cleaning removed {share:.0%} of this article's text as page junk "
                      "(photo credits, menus, repeated lines); see what it removed below")
    EMPTY_TITLE = "an article needs a title"
    NOT_RESTORED = "the article could not be put back: {detail}"
    # Details of ACTORS_INVALID (and reasons a YAML block is not read as front matter).
    YAML_ALIASES = "YAML anchors and aliases (& and *) are not allowed"
    NESTED_TOO_DEEP = "it is nested too deeply"
    YAML_BAD_VALUE = "a value in it is out of range (a date or a number)"


#: Longest piece of a user's value repeated in a message; the rest is cut (with "…").
MAX_SHOWN_CHARS = 40


def printable(text: str) -> str:
    """``text`` as one line that cannot forge terminal output.

    Control characters (a newline, an escape sequence) and invisible format characters (bidi
    overrides) in a file name would let the name start a fake message line or recolour or
    reorder the terminal; they are written as Python escapes (``\\n``, ``\\x1b``, ``\\u202e``).
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in text)


def shown(value: object) -> str:
    """A value from the user's file for a message: short, one line, quoted when it is text.

    Containers are named, never printed: their repr can be enormous (or, with YAML aliases,
    practically endless).
    """
    if isinstance(value, str):
        cut = value if len(value) <= MAX_SHOWN_CHARS else value[:MAX_SHOWN_CHARS] + "…"
        return "'" + printable(cut) + "'"
    if value is None or isinstance(value, bool | int | float):
        try:
            return printable(repr(value)[:MAX_SHOWN_CHARS])
        except ValueError:  # an int past Python's digit limit for str()
            return "a very long number"
    return f"a {type(value).__name__}"


class StancemapError(Exception):
    """Base class of the errors stancemap reports to a user."""


class NamedError(StancemapError):
    """A file that could not be used: names it and says why (a ``Msg``), in one line."""

    def __init__(self, name: str, msg: Msg, **details: object) -> None:
        self.name = name
        self.msg = msg
        self.reason = msg.value.format(**details) if details else msg.value
        # ``name`` stays as given (callers match on it); the message a person reads is escaped.
        super().__init__(printable(f"{name}: {self.reason}"))


class ReadError(NamedError):
    """An input that could not be read."""


class ModelFileError(NamedError):
    """A stance model file that is missing, changed or unreadable (a broken install)."""


class ActorsFileError(StancemapError):
    def __init__(self, name: str, detail: str) -> None:
        self.name = name
        self.reason = Msg.ACTORS_INVALID.value.format(detail=detail)
        super().__init__(printable(f"{name}: {self.reason}"))
