"""Stance scorers behind one interface (``analysis.stance.base.StanceScorer``).

* ``transformer`` (the default): the fine-tuned compact encoder run with ONNX Runtime
  (``transformer.py``, files in ``weights/transformer/``);
* ``linear``: the linear model over parse features (``model.py``, ``weights/stance_model.*``),
  about ten times faster, for very large corpora;
* ``rules``: the target-dependent rules (``rules.py``), no training data behind it.

Each is built once per process.
"""

from __future__ import annotations

from functools import cache

from analysis.stance.base import StanceScorer

TRANSFORMER, LINEAR, RULES = "transformer", "linear", "rules"
SCORERS: tuple[str, ...] = (TRANSFORMER, LINEAR, RULES)
DEFAULT_SCORER = TRANSFORMER
#: Names stored by earlier versions (a store's articles remember their scorer).
LEGACY_NAMES: dict[str, str] = {"model": LINEAR}


@cache
def get_scorer(name: str = DEFAULT_SCORER) -> StanceScorer:
    name = LEGACY_NAMES.get(name, name)
    if name == RULES:
        from analysis.stance.rules import RuleScorer

        return RuleScorer()
    if name == LINEAR:
        from analysis.stance.model import load_model

        return load_model()
    if name == TRANSFORMER:
        from analysis.stance.transformer import load_transformer

        return load_transformer()
    raise ValueError(f"unknown stance scorer {name!r} (choose from {', '.join(SCORERS)})")
