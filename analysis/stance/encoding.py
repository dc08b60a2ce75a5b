"""How a (sentence, target) pair becomes the transformer's input: one function for training and
for scoring, so the two can never drift apart.

The target is marked in its sentence (``<< Kesler >>``) and, when ``mark_others`` is on, the
other targets of the sentence are marked differently (``[ Odum ]``), so "X accused Y" reads
differently for X and for Y. The marked sentence is the first segment and the target's own text
the second (``[CLS] sentence [SEP] target [SEP]``). ``target_mask`` flags the word pieces of the
target inside the first segment: the model pools them apart from the whole sentence.

A sentence longer than ``max_chars`` is cut to a window around the target at word boundaries,
so the target always survives truncation to ``max_length`` word pieces.

Nothing here imports torch: the run time needs ``tokenizers`` and numpy only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from tokenizers import Tokenizer

TARGET_OPEN, TARGET_CLOSE = "<< ", " >>"
OTHER_OPEN, OTHER_CLOSE = "[ ", " ]"
#: The names of the model's inputs, in the order the exported graph takes them.
INPUT_NAMES: tuple[str, ...] = ("input_ids", "attention_mask", "token_type_ids", "target_mask")


@dataclass(frozen=True, slots=True)
class EncodingOptions:
    max_length: int = 128  # word pieces, both segments together
    max_chars: int = 480  # a longer sentence is cut to a window around the target
    mark_others: bool = True


@dataclass(frozen=True, slots=True)
class MarkedInput:
    text: str  # the (possibly cut) sentence with the target and the others marked
    target: str  # the target's own words, the second segment
    start: int  # the target's span inside ``text``, markers excluded
    end: int


def _window(text: str, start: int, end: int, max_chars: int) -> tuple[int, int]:
    """A span of ``text`` at most ``max_chars`` long that holds [start, end), cut at spaces."""
    if len(text) <= max_chars:
        return 0, len(text)
    room = max(0, max_chars - (end - start))
    left = max(0, start - room // 2)
    right = min(len(text), end + (room - (start - left)))
    left = max(0, min(left, right - max_chars))
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space >= 0 else right
    return left, right


def mark(
    text: str,
    target: tuple[int, int],
    others: Sequence[tuple[int, int]] = (),
    *,
    options: EncodingOptions = EncodingOptions(),
) -> MarkedInput:
    """The sentence with ``target`` (and, if asked, ``others``) marked, as the model reads it."""
    start, end = target
    left, right = _window(text, start, end, options.max_chars)
    spans = [(start, end, TARGET_OPEN, TARGET_CLOSE)]
    if options.mark_others:
        spans.extend(
            (s, e, OTHER_OPEN, OTHER_CLOSE)
            for s, e in others
            if left <= s and e <= right and (e <= start or s >= end)  # no overlap with target
        )
    spans.sort()
    pieces: list[str] = []
    cursor = left
    new_start = new_end = 0
    last_end = left
    for s, e, opening, closing in spans:
        if s < last_end:  # overlapping others: keep the first
            continue
        pieces.append(text[cursor:s])
        pieces.append(opening)
        begin = sum(len(p) for p in pieces)
        pieces.append(text[s:e])
        if (s, e) == (start, end):
            new_start, new_end = begin, begin + (e - s)
        pieces.append(closing)
        cursor = last_end = e
    pieces.append(text[cursor:right])
    marked = "".join(pieces)
    return MarkedInput(text=marked, target=text[start:end], start=new_start, end=new_end)


@dataclass(frozen=True, slots=True)
class Batch:
    """The model's inputs for a batch, padded to its longest row (int64, shape (n, length))."""

    input_ids: np.ndarray
    attention_mask: np.ndarray
    token_type_ids: np.ndarray
    target_mask: np.ndarray
    offsets: tuple[tuple[tuple[int, int], ...], ...]  # per row: each piece's span in ``text``

    def feeds(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in INPUT_NAMES}


def configure(tokenizer: Tokenizer, *, options: EncodingOptions = EncodingOptions()) -> Tokenizer:
    """Set truncation (sentence first, never the target) and padding to the batch's longest."""
    tokenizer.enable_truncation(max_length=options.max_length, strategy="only_first")
    tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
    return tokenizer


def encode(tokenizer: Tokenizer, items: Sequence[MarkedInput]) -> Batch:
    """Tokenise marked inputs in one call; ``tokenizer`` must have gone through ``configure``."""
    encodings = tokenizer.encode_batch([(item.text, item.target) for item in items])
    n = len(encodings)
    length = len(encodings[0].ids) if n else 0
    ids = np.zeros((n, length), dtype=np.int64)
    attention = np.zeros((n, length), dtype=np.int64)
    types = np.zeros((n, length), dtype=np.int64)
    target = np.zeros((n, length), dtype=np.int64)
    offsets: list[tuple[tuple[int, int], ...]] = []
    for row, (item, enc) in enumerate(zip(items, encodings, strict=True)):
        ids[row] = enc.ids
        attention[row] = enc.attention_mask
        types[row] = enc.type_ids
        spans = tuple((int(a), int(b)) for a, b in enc.offsets)
        offsets.append(spans)
        for col, (seq, (a, b)) in enumerate(zip(enc.sequence_ids, spans, strict=True)):
            if seq == 0 and b > a and a < item.end and b > item.start:
                target[row, col] = 1
    return Batch(ids, attention, types, target, tuple(offsets))
