"""Paragraphs and sentences, with character offsets into the cleaned article text.

A paragraph is a block of non-blank lines; blocks are separated by blank (whitespace-only)
lines. A text that is a single block of several lines has no paragraph breaks to go by, so each
of its lines is a paragraph: pasted and scraped text often uses one newline per paragraph.
``clean`` uses the same reading of blocks (``text_blocks``), so its output splits the same way.

Lines are split on ``\\n`` only (readers normalise newlines); "blank" and "trimmed" follow
``str.isspace``, so offsets stay exact for any Unicode whitespace.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.types import Paragraph, Sentence

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A line as ``(start, end)`` offsets, ``end`` exclusive and before its ``\n``.
LineSpan = tuple[int, int]


def line_spans(text: str) -> list[LineSpan]:
    """Every line of ``text`` as ``(start, end)``, newline excluded; linear in ``len(text)``."""
    spans: list[LineSpan] = []
    start = 0
    while True:
        stop = text.find("\n", start)
        if stop < 0:
            spans.append((start, len(text)))
            return spans
        spans.append((start, stop))
        start = stop + 1


def text_blocks(text: str) -> list[list[LineSpan]]:
    """The non-blank lines of ``text`` grouped into paragraph blocks.

    Blocks are runs of non-blank lines between blank lines; a lone block of several lines is
    split into one block per line (see the module docstring).
    """
    blocks: list[list[LineSpan]] = []
    current: list[LineSpan] = []
    for start, end in line_spans(text):
        if text[start:end].isspace() or start == end:
            if current:
                blocks.append(current)
                current = []
        else:
            current.append((start, end))
    if current:
        blocks.append(current)
    if len(blocks) == 1 and len(blocks[0]) > 1:
        return [[line] for line in blocks[0]]
    return blocks


def trimmed_span(text: str, start: int, end: int) -> LineSpan:
    """``(start, end)`` narrowed past leading and trailing whitespace (``str.isspace``)."""
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return start, start
    lead = len(piece) - len(piece.lstrip())
    return start + lead, start + lead + len(stripped)


def split_paragraphs(text: str) -> tuple[Paragraph, ...]:
    """The paragraphs of ``text``, trimmed, indexed from 0, with no sentences yet."""
    paragraphs: list[Paragraph] = []
    for block in text_blocks(text):
        start, end = trimmed_span(text, block[0][0], block[-1][1])
        paragraphs.append(Paragraph(index=len(paragraphs), start=start, end=end,
                                    text=text[start:end]))
    return tuple(paragraphs)


def sentences_from_doc(doc: Doc, paragraph: Paragraph, *, first_index: int) -> tuple[Sentence, ...]:
    """The sentences spaCy found in ``doc`` (parsed from ``paragraph.text``), in article offsets.

    Each sentence is trimmed of surrounding whitespace; whitespace-only ones are skipped, so
    indices run on without gaps from ``first_index``.
    """
    if doc.text != paragraph.text:
        # Offsets would silently point at the wrong characters; fail loudly instead.
        raise ValueError(f"doc was not parsed from paragraph {paragraph.index}'s text")
    sentences: list[Sentence] = []
    for sent in doc.sents:
        start, end = trimmed_span(paragraph.text, sent.start_char, sent.end_char)
        if start == end:
            continue
        sentences.append(Sentence(
            index=first_index + len(sentences),
            start=paragraph.start + start,
            end=paragraph.start + end,
            text=paragraph.text[start:end],
        ))
    return tuple(sentences)


def with_sentences(paragraph: Paragraph, sentences: Iterable[Sentence]) -> Paragraph:
    """A copy of ``paragraph`` carrying ``sentences``."""
    return replace(paragraph, sentences=tuple(sentences))
