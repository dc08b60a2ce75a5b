"""The one contract every stance scorer follows, and the aggregation to the paragraph.

A scorer sees a parsed spaCy ``Doc`` (a paragraph in the pipeline, a single sentence in the
NewsMTSC evaluation) and the targets in it as character spans of ``doc.text``. It returns one
``MentionScore`` per target, in order: probabilities over (negative, neutral, positive) and the
cues that drove them, with offsets relative to ``doc.text``. The pipeline shifts those offsets
into the article and aggregates the mentions of one actor in one paragraph with ``aggregate``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from analysis.types import Cue, Evidence, Label, Stance

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

    def score_many(
        self, batches: Sequence[tuple[Doc, Sequence[Target]]]
    ) -> list[list[MentionScore]]: ...


class PerDocScorer:
    """For scorers that gain nothing from batching: ``score_many`` is one ``score`` per doc."""

    def score(self, doc: Doc, targets: Sequence[Target]) -> list[MentionScore]:
        raise NotImplementedError

    def score_many(
        self, batches: Sequence[tuple[Doc, Sequence[Target]]]
    ) -> list[list[MentionScore]]:
        return [self.score(doc, targets) for doc, targets in batches]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Each sentence of ``doc`` as (start, end) character offsets into ``doc.text``."""
    return [(s.start_char, s.end_char) for s in doc.sents]


def sentence_of(starts: Sequence[int], char: int) -> int:
    """The index of the sentence holding ``char``, given the sentences' sorted start offsets."""
    return max(0, bisect_right(starts, char) - 1)


#: The one rule from probabilities to a label. The score is P(positive) - P(negative); a score at
#: or above ``POSITIVE_FROM`` is positive, at or below ``NEGATIVE_FROM`` negative, neutral between,
#: so a more negative score never carries a less negative label. The thresholds are uneven on
#: purpose: news paragraphs are more often kind to a person than hostile, and readers call a
#: paragraph negative far less often than a sentence model does (PerSenT dev: 388 negative
#: paragraphs of 4,169). Both were chosen on development data only (PerSenT dev paragraphs and
#: NewsMTSC dev_rw and dev_mt, their macro-F1 summed), never on a test split: see the model card.
POSITIVE_FROM = 0.2
NEGATIVE_FROM = -0.6


def score_of(probs: Sequence[float]) -> float:
    return probs[2] - probs[0]


def label_for(score: float) -> Label:
    """The label of a stance score under the one rule (see ``POSITIVE_FROM``)."""
    if score > 0 and score >= POSITIVE_FROM:
        return Label.POSITIVE
    if score < 0 and score <= NEGATIVE_FROM:
        return Label.NEGATIVE
    return Label.NEUTRAL


def label_of(probs: Sequence[float]) -> Label:
    """The label of a probability triple: ``label_for`` its score."""
    return label_for(score_of(probs))


#: How much of an actor's article-wide stance goes into its stance in each paragraph. Readers
#: judge a paragraph in the light of the whole article (PerSenT's labels follow the author's
#: view of the person across it), and one sentence's bad news should not flip an actor whom the
#: article treats well. Chosen with the label thresholds (see ``POSITIVE_FROM``): 0.5 was the
#: best of 0, 0.25 and 0.5, and more would let the rest of the article outweigh the paragraph.
ARTICLE_CONTEXT = 0.5


def mean_probs(scores: Sequence[MentionScore]) -> tuple[float, float, float]:
    """The confidence-weighted mean of mention probabilities: one clear accusation outweighs
    two neutral asides."""
    weights = [s.confidence for s in scores]
    total = sum(weights)
    p = [sum(w * s.probs[i] for w, s in zip(weights, scores, strict=True)) / total
         for i in range(3)]
    return (p[0], p[1], p[2])


def aggregate(
    actor: str,
    scores: Sequence[MentionScore],
    *,
    scorer: str,
    char_offset: int = 0,
    sentence_offset: int = 0,
    context: Sequence[float] | None = None,
    context_weight: float = ARTICLE_CONTEXT,
) -> Stance:
    """Combine one actor's mention scores in one paragraph into its stance.

    The paragraph's probabilities are ``mean_probs`` of its mentions, mixed with ``context``
    (the actor's ``mean_probs`` over the whole article) at ``context_weight``; the label then
    follows the score by the one rule (``label_of``). ``char_offset`` and ``sentence_offset``
    move doc-relative positions into the article.
    """
    if not scores:
        raise ValueError("aggregate needs at least one mention score")
    probs = mean_probs(scores)
    if context is not None and context_weight:
        probs = (
            (1 - context_weight) * probs[0] + context_weight * context[0],
            (1 - context_weight) * probs[1] + context_weight * context[1],
            (1 - context_weight) * probs[2] + context_weight * context[2],
        )
    cues = tuple(
        Cue(c.start + char_offset, c.end + char_offset, c.text, c.weight, c.kind)
        for s in scores
        for c in s.cues
    )
    sentences = tuple(sorted({s.sentence + sentence_offset for s in scores}))
    return Stance(
        actor=actor,
        score=round(score_of(probs), 4),
        label=label_of(probs),
        confidence=round(max(probs), 4),
        evidence=Evidence(sentences=sentences, cues=cues),
        mentions=len(scores),
        scorer=scorer,
    )
