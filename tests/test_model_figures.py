"""The accuracy figures the About page shows: one module, the thresholds from the label rule."""

from __future__ import annotations

from analysis.stance import SCORERS, base
from dashboard import model_figures


def test_dev_scores_are_proportions_on_named_splits() -> None:
    assert model_figures.STANCE_DEV_SCORES
    for score in model_figures.STANCE_DEV_SCORES:
        assert 0 < score.macro_f1 < 1 and 0 < score.accuracy < 1 and score.targets > 0
        assert score.scorer in SCORERS
    assert {s.scorer for s in model_figures.STANCE_DEV_SCORES} == set(SCORERS)


def test_thresholds_are_the_label_rules_own() -> None:
    assert model_figures.POSITIVE_FROM == base.POSITIVE_FROM
    assert model_figures.NEGATIVE_FROM == base.NEGATIVE_FROM
    assert model_figures.ARTICLE_CONTEXT == base.ARTICLE_CONTEXT
