"""How good the numbers are: the one place the dashboard reads accuracy figures from.

The development-set scores below are copied by hand from
``analysis/stance/weights/MODEL_CARD.md`` (``benchmarks/bench_stance.py`` prints them); update
``STANCE_DEV_SCORES`` when the shipped model changes. The cross-validated figure is read from the
shipped model's own JSON (``info.cv_f1_macro``), so it follows a retrained model by itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

#: The shipped stance model's JSON (feature names, intercepts and the training ``info``).
MODEL_JSON = Path(__file__).resolve().parents[1] / "analysis" / "stance" / "weights" / (
    "stance_model.json")


@dataclass(frozen=True, slots=True)
class DevScore:
    scorer: str
    split: str  # a NewsMTSC development split
    targets: int
    macro_f1: float
    accuracy: float


#: Stance on NewsMTSC's development splits (political news; one target per sentence), as in
#: MODEL_CARD.md. Selection-biased for the model: one feature group was kept on this evidence.
STANCE_DEV_SCORES: tuple[DevScore, ...] = (
    DevScore("model", "dev_rw (real-world)", 343, 0.707, 0.732),
    DevScore("model", "dev_mt (multi-target)", 442, 0.628, 0.633),
    DevScore("rules", "dev_rw (real-world)", 343, 0.554, 0.595),
    DevScore("rules", "dev_mt (multi-target)", 442, 0.511, 0.581),
)


@lru_cache(maxsize=4)
def _model_info(path: Path, mtime: float) -> dict[str, str]:
    del mtime  # the cache key: a retrained model is read again
    try:
        info = json.loads(path.read_text(encoding="utf-8")).get("info", {})
    except (OSError, ValueError, AttributeError):
        return {}
    return {str(k): str(v) for k, v in info.items()} if isinstance(info, dict) else {}


def model_info(path: Path = MODEL_JSON) -> dict[str, str]:
    """The ``info`` the training command wrote into the model JSON; empty when unreadable."""
    try:
        mtime = path.stat().st_mtime
    except OSError:
        return {}
    return _model_info(path, mtime)


def cv_macro_f1(path: Path = MODEL_JSON) -> float | None:
    """The model's cross-validated macro-F1 on its training data, or None when not recorded."""
    try:
        return float(model_info(path)["cv_f1_macro"])
    except (KeyError, ValueError):
        return None
