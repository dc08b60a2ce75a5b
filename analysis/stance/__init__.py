"""Stance scorers behind one interface (``analysis.stance.base.StanceScorer``).

``get_scorer("model")`` is the trained scikit-learn scorer shipped in ``weights/``;
``get_scorer("rules")`` the target-dependent rule-based scorer. Both are built once per process.
"""

from __future__ import annotations

from functools import cache

from analysis.stance.base import StanceScorer

SCORERS: tuple[str, ...] = ("model", "rules")
DEFAULT_SCORER = "model"


@cache
def get_scorer(name: str = DEFAULT_SCORER) -> StanceScorer:
    if name == "rules":
        from analysis.stance.rules import RuleScorer

        return RuleScorer()
    if name == "model":
        from analysis.stance.model import load_model

        return load_model()
    raise ValueError(f"unknown stance scorer {name!r} (choose from {', '.join(SCORERS)})")
