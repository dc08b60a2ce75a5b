"""The one contract every stance scorer follows, and the aggregation to the paragraph.

A scorer sees a parsed spaCy ``Doc`` (a paragraph in the pipeline, a single sentence in the
NewsMTSC evaluation) and the targets in it as character spans of ``doc.text``. It returns one
``MentionScore`` per target, in order: probabilities over (negative, neutral, positive) and the
cues that drove them, with offsets relative to ``doc.text``. The pipeline shifts those offsets
into the article and aggregates the mentions of one actor in one paragraph with ``aggregate``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from analysis.types import LABELS, Cue, Evidence, Label, Stance

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass(frozen=True, slots=True)
class Target:
    actor: str
    start: int  # character offsets into doc.text
    end: int


@dataclass(frozen=True, slots=True)
class MentionScore:
    target: Target
    probs: tuple[float, float, float]  # P(negative), P(neutral), P(positive); sums to 1
    sentence: int  # index of the target's sentence among doc.sents
    cues: tuple[Cue, ...] = ()  # offsets into doc.text

    @property
    def score(self) -> float:
        return self.probs[2] - self.probs[0]

    @property
    def confidence(self) -> float:
        return max(self.probs)


class StanceScorer(Protocol):
    name: str

    def score(self, doc: Doc, targets: Sequence[Target]) -> list[MentionScore]: ...


def label_of(probs: Sequence[float]) -> Label:
    return LABELS[max(range(3), key=lambda i: probs[i])]


def aggregate(
    actor: str,
    scores: Sequence[MentionScore],
    *,
    scorer: str,
    char_offset: int = 0,
    sentence_offset: int = 0,
) -> Stance:
    """Combine one actor's mention scores in one paragraph into its stance.

    Mentions are weighted by confidence, so one clear accusation outweighs two neutral asides.
    ``char_offset`` and ``sentence_offset`` move doc-relative positions into the article.
    """
    if not scores:
        raise ValueError("aggregate needs at least one mention score")
    weights = [s.confidence for s in scores]
    total = sum(weights)
    probs = tuple(sum(w * s.probs[i] for w, s in zip(weights, scores, strict=True)) / total
                  for i in range(3))
    cues = tuple(
        Cue(c.start + char_offset, c.end + char_offset, c.text, c.weight, c.kind)
        for s in scores
        for c in s.cues
    )
    sentences = tuple(sorted({s.sentence + sentence_offset for s in scores}))
    return Stance(
        actor=actor,
        score=round(probs[2] - probs[0], 4),
        label=label_of(probs),
        confidence=round(max(probs), 4),
        evidence=Evidence(sentences=sentences, cues=cues),
        mentions=len(scores),
        scorer=scorer,
    )
