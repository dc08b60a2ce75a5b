"""Markdown to a ``Document``: YAML front matter for the metadata, the rest to plain prose.

The analysis reads prose, so the markup goes: headings keep their words, links their text,
emphasis its content, table rows their cells; code blocks, images, rules, HTML tags and
reference definitions are dropped. Markdown is parsed with markdown-it-py, a CommonMark parser
that runs in linear time: hand-written emphasis regexes took quadratic time on a hostile line
(``*a `` repeated), long enough to hang a read. Linear is not cheap everywhere, though: a run of
``[`` costs markdown-it about 40 µs a character (each one opens a link label to look for), so a
big file is parsed in the sandbox, under its time limit, like a big web page. Front matter is
parsed by ``load_yaml`` (no aliases), and a block that is not a mapping stays part of the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from analysis.errors import Msg, ReadError
from analysis.limits import Limits
from analysis.readers.fields import (
    DATE_COLUMNS,
    SOURCE_COLUMNS,
    URL_COLUMNS,
    clean_field,
    first_of,
    headline,
    iso_date,
    web_url,
)
from analysis.readers.isolated import child_fields, parse_in_child
from analysis.types import Document

#: Markdown above this size is parsed in the sandbox: at worst (a file of "[") about 5 s here,
#: while nearly every article is far smaller and skips the child's start-up cost.
_MD_IN_PROCESS_CHARS = 128 * 1024

# Anchored at the start, with one lazy group that stops at the first closing line: linear.
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")
#: Raw HTML blocks whose content is not prose (scripts, styles, comments, declarations).
_NON_PROSE_HTML = re.compile(r"\s*<(?:script|style|textarea|!|\?)", re.IGNORECASE)
#: Inline tokens that carry words; everything else (markup, images, HTML tags) is dropped.
_TEXT_TOKENS = frozenset({"text", "code_inline"})
_BREAK_TOKENS = frozenset({"softbreak", "hardbreak"})


def read_markdown(text: str, *, name: str, limits: Limits) -> Document:
    """A decoded Markdown file: front matter (when it is a mapping) for fields, prose for text."""
    meta: Mapping[str, Any] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        loaded = _load_front_matter(match[1])
        if loaded is not None:
            meta = {str(key).lower(): value for key, value in loaded.items()}
            text = text[match.end() :]
    if len(text) > _MD_IN_PROCESS_CHARS:
        payload = text.encode("utf-8", "surrogatepass")
        fields = parse_in_child(_parse_markdown_child, payload, name=name, limits=limits)
    else:
        fields = child_fields(_parse_markdown_child(text), name=name)
    prose, first_heading = fields.get("text"), fields.get("heading")
    if not isinstance(prose, str) or not prose.strip():
        raise ReadError(name, Msg.NO_TEXT)
    return Document(
        name=name,
        text=prose,
        fmt="md",
        title=clean_field(first_of(meta, ("title", "headline"))) or clean_field(first_heading)
        or headline(prose),
        source=clean_field(first_of(meta, SOURCE_COLUMNS)),
        published=iso_date(first_of(meta, DATE_COLUMNS)),
        url=web_url(first_of(meta, URL_COLUMNS)),
    )


def _load_front_matter(block: str) -> Mapping[Any, Any] | None:
    from analysis.safe_yaml import UnsafeYamlError, load_yaml

    try:
        loaded = load_yaml(block)
    except UnsafeYamlError:
        return None  # not front matter after all (or broken, or hostile): keep it as text
    return loaded if isinstance(loaded, dict) else None


def _parse_markdown_child(payload: bytes | str) -> dict[str, str | None]:
    """Markdown to prose: runs in the sandbox for a big file (bytes), in process for the rest."""
    text = payload if isinstance(payload, str) else payload.decode("utf-8", "surrogatepass")
    prose, first_heading = markdown_to_prose(text)
    return {"text": prose, "heading": first_heading}


@cache
def _parser() -> Any:
    from markdown_it import MarkdownIt

    # Indented code is off: an article indented by four spaces is still prose, not code.
    return (
        MarkdownIt("commonmark", {"html": True})
        .enable(["table", "strikethrough"])
        .disable("code")
    )


def markdown_to_prose(text: str) -> tuple[str, str | None]:
    """Markdown to plain paragraphs, and the text of its first level-one heading."""
    parser = _parser()
    pieces: list[tuple[int, int, str]] = []  # (first line, line after, text) of each block
    first_heading: str | None = None
    row: list[str] | None = None
    row_lines = (0, 0)
    tokens = parser.parse(text)
    for index, token in enumerate(tokens):
        if token.type == "tr_open":
            row, row_lines = [], _lines(token)
        elif token.type == "tr_close" and row is not None:
            pieces.append((*row_lines, "| " + " | ".join(row) + " |"))
            row = None
        elif token.type == "inline":
            words = _inline_text(token.children or ())
            if row is not None:
                row.append(words.strip())
                continue
            opener = tokens[index - 1]
            if opener.type == "heading_open" and opener.tag == "h1" and first_heading is None:
                first_heading = clean_field(words)
            pieces.append((*_lines(token), words))
        elif token.type == "html_block" and not _NON_PROSE_HTML.match(token.content):
            inline = parser.parseInline(token.content)
            pieces.append((*_lines(token), _inline_text(inline[0].children or ())))
    return _join(pieces), first_heading


def _inline_text(children: Sequence[Any]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in _TEXT_TOKENS:
            parts.append(child.content)
        elif child.type in _BREAK_TOKENS:
            parts.append("\n")
    return "".join(parts)


def _lines(token: Any) -> tuple[int, int]:
    return (token.map[0], token.map[1]) if token.map else (-1, -1)


def _join(pieces: Sequence[tuple[int, int, str]]) -> str:
    # Blocks on consecutive source lines (a list, a heading over its text) stay one line apart,
    # as they were written; a blank line between blocks stays a paragraph break.
    out: list[str] = []
    previous_end: int | None = None
    for start, end, words in pieces:
        block = "\n".join(line.rstrip() for line in words.split("\n")).strip("\n")
        if not block.strip():
            continue
        if previous_end is not None:
            out.append("\n" if start == previous_end and start >= 0 else "\n\n")
        out.append(block)
        previous_end = end
    return _EXTRA_BLANK_LINES.sub("\n\n", "".join(out))
