"""The trained stance scorer: a linear model over the named features of ``features.py``.

The model is stored as plain data, never pickled: ``stance_model.json`` holds the feature names,
the feature groups, the intercepts and the calibration temperature; ``stance_model.npz`` holds
the coefficient matrix (one row per feature, one column per label), read with
``allow_pickle=False``. Scoring is a sparse dot product and a softmax, so no scikit-learn object
is rebuilt from the files. Every feature knows the tokens that produced it, so the words behind a
score come back as ``Cue``s weighted by coefficient × value.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from analysis.stance.base import MentionScore, PerDocScorer, Target, sentence_of
from analysis.stance.cues import cue_kind
from analysis.stance.features import Group, for_targets
from analysis.types import Cue

if TYPE_CHECKING:
    from spacy.tokens import Doc

WEIGHTS_DIR = Path(__file__).parent / "weights"
DEFAULT_MODEL = WEIGHTS_DIR / "stance_model.json"
FORMAT_VERSION = 1
MAX_CUES = 6  # words highlighted per mention
MIN_CUE_WEIGHT = 0.05  # smaller pushes are noise, not evidence


def arrays_path(meta_path: Path) -> Path:
    """The ``.npz`` that goes with a model's ``.json``."""
    return meta_path.with_suffix(".npz")


@dataclass(frozen=True, slots=True)
class LinearModel:
    """The plain-data form of the trained model, as stored on disk."""

    features: tuple[str, ...]
    groups: tuple[Group, ...]  # stored as their one-letter codes
    coef: np.ndarray  # shape (len(features), 3): columns negative, neutral, positive
    intercept: tuple[float, float, float]
    temperature: float = 1.0
    info: tuple[tuple[str, str], ...] = ()  # training command, data, scores, for the card


def read_model(path: Path) -> LinearModel:
    """Load a model from its JSON file and the ``.npz`` beside it, without unpickling."""
    meta = json.loads(Path(path).read_text(encoding="utf-8"))
    if meta.get("format") != FORMAT_VERSION:
        raise ValueError(f"{path}: unsupported stance model format {meta.get('format')!r}")
    with np.load(arrays_path(Path(path)), allow_pickle=False) as arrays:
        coef = np.asarray(arrays["coef"], dtype=np.float64)
    features = tuple(str(f) for f in meta["features"])
    if coef.shape != (len(features), 3):
        raise ValueError(f"{path}: coefficients {coef.shape} do not match {len(features)} features")
    intercept = tuple(float(x) for x in meta["intercept"])
    if len(intercept) != 3:
        raise ValueError(f"{path}: expected three intercepts")
    try:
        groups = tuple(Group(str(g)) for g in meta["groups"])
    except ValueError as error:
        raise ValueError(f"{path}: unknown feature group: {error}") from error
    return LinearModel(
        features=features,
        groups=groups,
        coef=coef,
        intercept=(intercept[0], intercept[1], intercept[2]),
        temperature=float(meta.get("temperature", 1.0)),
        info=tuple((str(k), str(v)) for k, v in sorted(meta.get("info", {}).items())),
    )


def _softmax(logits: Sequence[float]) -> tuple[float, float, float]:
    top = max(logits)
    exps = [math.exp(x - top) for x in logits]
    total = sum(exps)
    return (exps[0] / total, exps[1] / total, exps[2] / total)


class ModelScorer(PerDocScorer):
    """``StanceScorer`` backed by a ``LinearModel``."""

    name = "linear"

    def __init__(self, model: LinearModel) -> None:
        self.model = model
        self._index = {name: i for i, name in enumerate(model.features)}
        # Rows as plain tuples: per-feature look-ups in Python beat numpy indexing at this size.
        self._rows = [tuple(float(x) for x in row) for row in model.coef]

    def score(self, doc: Doc, targets: Sequence[Target]) -> list[MentionScore]:
        starts = [s.start_char for s in doc.sents]
        results: list[MentionScore] = []
        # The same features training saw: ``for_targets`` is the one way both build them.
        for target, feats in zip(
            targets, for_targets(doc, targets, groups=self.model.groups), strict=True
        ):
            probs, pushes = self._predict(feats.values, feats.sources)
            results.append(
                MentionScore(
                    target=target,
                    probs=probs,
                    sentence=sentence_of(starts, target.start),
                    cues=_cues(doc, pushes, target),
                )
            )
        return results

    def _predict(
        self, values: dict[str, float], sources: dict[str, tuple[int, ...]]
    ) -> tuple[tuple[float, float, float], dict[int, float]]:
        logits = list(self.model.intercept)
        pushes: dict[int, float] = {}
        temperature = self.model.temperature
        for name, value in values.items():
            i = self._index.get(name)
            if i is None or not value:
                continue
            row = self._rows[i]
            logits[0] += row[0] * value
            logits[1] += row[1] * value
            logits[2] += row[2] * value
            tokens = sources.get(name)
            if tokens:
                # The push on the score P(pos) - P(neg), shared by the tokens behind the feature.
                push = (row[2] - row[0]) * value / temperature / len(tokens)
                for tok in tokens:
                    pushes[tok] = pushes.get(tok, 0.0) + push
        probs = _softmax([x / temperature for x in logits])
        return probs, pushes


def _cues(doc: Doc, pushes: dict[int, float], target: Target) -> tuple[Cue, ...]:
    ranked = sorted(pushes.items(), key=lambda item: (-abs(item[1]), item[0]))
    cues: list[Cue] = []
    for i, weight in ranked:
        if len(cues) == MAX_CUES or abs(weight) < MIN_CUE_WEIGHT:
            break
        token = doc[i]
        start = token.idx
        end = start + len(token.text)
        if start < target.end and end > target.start:
            continue  # the target's own words are masked; never highlight them as evidence
        kind = cue_kind(token.lemma_.lower())
        if kind is None and (token.is_stop or not token.is_alpha):
            # "of", "to", "'s" carry weight inside n-grams, but as highlighted evidence they
            # explain nothing to a reader; a listed cue word ("not", "against") still shows.
            continue
        kind = kind or "word"
        cues.append(Cue(start, end, token.text, round(weight, 4), kind))
    return tuple(sorted(cues, key=lambda c: c.start))


@cache
def load_model(path: Path = DEFAULT_MODEL) -> ModelScorer:
    """The scorer for the model at ``path`` (the shipped one by default), loaded once."""
    return ModelScorer(read_model(Path(path)))
