"""How good the numbers are: the one place the dashboard reads accuracy figures from.

The development-set scores below are copied by hand from
``analysis/stance/weights/MODEL_CARD.md`` (``benchmarks/bench_stance.py`` prints them); update
``STANCE_DEV_SCORES`` when the shipped model changes. The label thresholds are read from
``analysis.stance.base``, the one place they are set.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.stance.base import ARTICLE_CONTEXT, NEGATIVE_FROM, POSITIVE_FROM

__all__ = ["ARTICLE_CONTEXT", "NEGATIVE_FROM", "POSITIVE_FROM", "STANCE_DEV_SCORES", "DevScore"]


@dataclass(frozen=True, slots=True)
class DevScore:
    scorer: str
    split: str  # a NewsMTSC development split, or PerSenT's paragraphs
    targets: int
    macro_f1: float
    accuracy: float


#: Stance on development data with the labels users see (the shipped label rule), as in
#: MODEL_CARD.md. The rule's thresholds were chosen on these same splits, so the transformer's
#: figures are tuned ones; the card also gives the untuned figures.
STANCE_DEV_SCORES: tuple[DevScore, ...] = (
    DevScore("transformer", "NewsMTSC dev_rw (real-world)", 343, 0.794, 0.810),
    DevScore("transformer", "NewsMTSC dev_mt (multi-target)", 442, 0.721, 0.738),
    DevScore("transformer", "PerSenT dev (paragraphs, whole pipeline)", 4169, 0.429, 0.468),
    DevScore("linear", "NewsMTSC dev_rw (real-world)", 343, 0.613, 0.627),
    DevScore("linear", "NewsMTSC dev_mt (multi-target)", 442, 0.646, 0.676),
    DevScore("rules", "NewsMTSC dev_rw (real-world)", 343, 0.462, 0.513),
    DevScore("rules", "NewsMTSC dev_mt (multi-target)", 442, 0.473, 0.566),
)
