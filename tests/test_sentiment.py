"""Paragraph sentiment: VADER per sentence, word-weighted mean, thresholds at +-0.05."""

from __future__ import annotations

import pytest

from analysis.sentiment import (
    MAX_WINDOW_WORDS,
    aggregate_sentiments,
    label_compound,
    paragraph_sentiment,
    score_text,
)
from analysis.types import Label, Sentiment


@pytest.mark.parametrize(
    ("compound", "label"),
    [(0.05, Label.POSITIVE), (0.0499, Label.NEUTRAL), (0.0, Label.NEUTRAL),
     (-0.0499, Label.NEUTRAL), (-0.05, Label.NEGATIVE), (0.9, Label.POSITIVE),
     (-0.9, Label.NEGATIVE)],
)
def test_label_thresholds(compound: float, label: Label) -> None:
    assert label_compound(compound) is label


@pytest.mark.parametrize(
    ("sentences", "label"),
    [
        (["The harbour reopened and traders celebrated a wonderful, peaceful week."],
         Label.POSITIVE),
        (["The shelling killed four people and destroyed the hospital."], Label.NEGATIVE),
        (["The committee meets on Tuesday.", "It has nine members."], Label.NEUTRAL),
    ],
)
def test_paragraph_labels(sentences: list[str], label: Label) -> None:
    assert paragraph_sentiment(sentences).label is label


def test_scores_are_bounded_and_shares_sum_to_one() -> None:
    s = paragraph_sentiment(["A terrible, cruel attack.", "A brave and generous rescue."])
    assert -1.0 <= s.compound <= 1.0
    assert s.pos + s.neu + s.neg == pytest.approx(1.0, abs=0.01)


def test_long_paragraph_does_not_saturate() -> None:
    """Regression: VADER on a paragraph of mild criticism gives almost -1; per sentence not."""
    sentence = "Critics said the plan was a mistake."
    whole = score_text(" ".join([sentence] * 12))
    per_sentence = paragraph_sentiment([sentence] * 12)
    assert whole.compound < -0.95
    assert per_sentence.compound == pytest.approx(score_text(sentence).compound, abs=1e-3)
    assert per_sentence.compound > -0.6


def test_weighting_by_words() -> None:
    short = Sentiment(compound=1.0, pos=1.0, neu=0.0, neg=0.0, label=Label.POSITIVE)
    long = Sentiment(compound=-1.0, pos=0.0, neu=0.0, neg=1.0, label=Label.NEGATIVE)
    mixed = aggregate_sentiments([short, long], weights=[1, 3])
    assert mixed.compound == pytest.approx(-0.5)
    assert mixed.label is Label.NEGATIVE


def test_run_on_sentence_is_windowed() -> None:
    """A 'sentence' of thousands of words (a PDF without punctuation) is scored in windows."""
    words = ("the table stood " * (MAX_WINDOW_WORDS * 20)).strip()
    s = score_text(words + " disaster")
    assert s.label is Label.NEUTRAL  # one bad word in 3,000 does not make it negative


def test_empty_paragraph_is_neutral() -> None:
    assert paragraph_sentiment([]).label is Label.NEUTRAL
