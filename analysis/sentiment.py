"""Paragraph sentiment with VADER: score each sentence, then aggregate to the paragraph.

VADER's compound score saturates as text grows (a long paragraph of mildly negative sentences
reads as -0.99) and its cost grows faster than linearly with input length, so it only ever sees
one sentence, and a run-on "sentence" (a PDF with no punctuation) is cut into word windows.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from analysis.resources import load_vader
from analysis.types import Label, Sentiment

#: Thresholds of VADER's authors for the compound score.
POSITIVE_AT = 0.05
NEGATIVE_AT = -0.05
#: Longest run of words VADER scores at once.
MAX_WINDOW_WORDS = 60

NEUTRAL = Sentiment(compound=0.0, pos=0.0, neu=1.0, neg=0.0, label=Label.NEUTRAL)


def label_compound(compound: float) -> Label:
    if compound >= POSITIVE_AT:
        return Label.POSITIVE
    if compound <= NEGATIVE_AT:
        return Label.NEGATIVE
    return Label.NEUTRAL


def _windows(text: str, *, size: int) -> list[tuple[str, int]]:
    """The text as (window, n_words) pieces of at most ``size`` words."""
    words = text.split()
    if len(words) <= size:
        return [(text, len(words))]
    return [(" ".join(words[i:i + size]), len(words[i:i + size]))
            for i in range(0, len(words), size)]


def score_text(text: str) -> Sentiment:
    """VADER on one sentence (windowed when it is a run-on)."""
    windows = _windows(text, size=MAX_WINDOW_WORDS)
    if len(windows) == 1:
        return vader_scores(text)
    return aggregate_sentiments([vader_scores(w) for w, _ in windows],
                                weights=[n for _, n in windows])


@lru_cache(maxsize=4096)
def vader_scores(text: str) -> Sentiment:
    """VADER on ``text`` as it is, cached: the stance model reads the same sentences' compound
    score that paragraph sentiment has just computed."""
    s = load_vader().polarity_scores(text)
    return Sentiment(compound=s["compound"], pos=s["pos"], neu=s["neu"], neg=s["neg"],
                     label=label_compound(s["compound"]))


def aggregate_sentiments(
    parts: Sequence[Sentiment], *, weights: Sequence[float] | None = None
) -> Sentiment:
    """Word-weighted mean of sentence scores: a one-word aside counts less than a long sentence."""
    if not parts:
        return NEUTRAL
    w = list(weights) if weights is not None else [1.0] * len(parts)
    total = sum(w)
    if total <= 0:
        w, total = [1.0] * len(parts), float(len(parts))

    def mean(attr: str) -> float:
        return round(sum(getattr(p, attr) * x for p, x in zip(parts, w, strict=True)) / total, 4)

    compound = mean("compound")
    return Sentiment(compound=compound, pos=mean("pos"), neu=mean("neu"), neg=mean("neg"),
                     label=label_compound(compound))


def paragraph_sentiment(sentences: Sequence[str]) -> Sentiment:
    """Sentiment of a paragraph from the texts of its sentences."""
    return aggregate_sentiments([score_text(s) for s in sentences],
                                weights=[max(1, len(s.split())) for s in sentences])
