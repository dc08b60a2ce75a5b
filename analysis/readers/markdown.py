"""Markdown to a ``Document``: YAML front matter for the metadata, the rest to plain prose.

The analysis reads prose, so the markup goes: headings keep their words, links their text,
emphasis its content; code blocks, images, table rules and reference definitions are dropped.
Front matter is parsed with ``yaml.safe_load`` (imported lazily: the sandbox child does not
need it), and a block that is not a mapping stays part of the text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from analysis.errors import Msg, ReadError
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
from analysis.types import Document

_BLANK_LINES = re.compile(r"\n[ \t]*(?:\n[ \t]*)+\n")

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


def read_markdown(text: str, *, name: str) -> Document:
    """A decoded Markdown file: front matter (when it is a mapping) for fields, prose for text."""
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
        title=clean_field(first_of(meta, ("title", "headline"))) or first_heading
        or headline(prose),
        source=clean_field(first_of(meta, SOURCE_COLUMNS)),
        published=iso_date(first_of(meta, DATE_COLUMNS)),
        url=web_url(first_of(meta, URL_COLUMNS)),
    )


def _load_front_matter(block: str) -> Mapping[Any, Any] | None:
    import yaml

    try:
        loaded = yaml.safe_load(block)
    except (yaml.YAMLError, RecursionError):
        return None  # not front matter after all (or broken): keep it as text
    return loaded if isinstance(loaded, dict) else None


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
                first_heading = clean_field(_md_inline(line))
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
