"""Train the stance model on NewsMTSC (plus optional user-labelled rows) and write it as data.

Steps: parse each sentence once with spaCy -> named features per target
(``features.for_targets``, the same function the scorer uses)
-> ``DictVectorizer`` -> drop features seen fewer than ``min_df`` times -> one
``LogisticRegression`` per label against the rest, on word columns scaled by Naive-Bayes
log-count ratios (NBSVM-style; the scale is folded into the coefficients) -> a softmax
temperature fitted on cross-validated logits (so the probabilities are calibrated on data the
model did not see) -> coefficients written as JSON + ``.npz`` (``model.read_model`` loads them
without pickle). ``learner="multinomial"`` fits one softmax regression instead (the ablation
compares the two).

Everything is deterministic: fixed folds and solver, sorted feature names, and an ``.npz``
written with fixed zip timestamps, so the same data gives byte-identical files.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy import sparse

from analysis.resources import load_nlp
from analysis.stance.base import Target
from analysis.stance.datasets import LabelledSentence
from analysis.stance.features import Group, for_targets, group_of
from analysis.stance.model import DEFAULT_MODEL, FORMAT_VERSION, LinearModel, arrays_path
from analysis.types import LABELS

#: Feature groups of the shipped model (see the ablation in weights/MODEL_CARD.md).
DEFAULT_GROUPS: tuple[Group, ...] = (
    Group.SENTENCE_WORDS,
    Group.NEAR_WORDS,
    Group.ROLE,
    Group.VADER,
    Group.CUES,
    Group.CLAUSE_WORDS,
    Group.ANCESTORS,
    Group.RULES,
)
DEFAULT_C = 0.1
#: "nb": one-vs-rest logistic regressions on NB-scaled lexical columns (the shipped model);
#: "multinomial": one softmax regression on the raw columns.
LEARNERS: tuple[str, ...] = ("nb", "multinomial")
DEFAULT_LEARNER = "nb"
NB_ALPHA = 1.0  # add-one smoothing of the NB counts
#: Groups whose columns are word indicators, scaled by NB ratios.
LEXICAL_GROUPS: frozenset[Group] = frozenset({
    Group.SENTENCE_WORDS,
    Group.BIGRAMS,
    Group.CLAUSE_WORDS,
    Group.WINDOW_WORDS,
    Group.NEAR_WORDS,
    Group.ANCESTORS,
    Group.PROXIMITY_WORDS,
})
DEFAULT_MIN_DF = 2
CV_FOLDS = 5
RANDOM_STATE = 0
PRUNE_BELOW = 1e-4  # coefficients this small change no probability; dropping them shrinks the file
_TEMPERATURES = tuple(round(0.5 + 0.05 * i, 2) for i in range(41))  # 0.5 .. 2.5
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True, slots=True)
class Examples:
    values: tuple[dict[str, float], ...]
    labels: tuple[int, ...]  # index into LABELS
    groups: tuple[int, ...]  # sentence number, so folds never split one sentence's targets


def featurize(
    sentences: Sequence[LabelledSentence],
    *,
    groups: Collection[str] = DEFAULT_GROUPS,
    batch_size: int = 256,
) -> Examples:
    """Parse every sentence once and extract the features of each of its targets."""
    nlp = load_nlp()
    values: list[dict[str, float]] = []
    labels: list[int] = []
    sentence_ids: list[int] = []
    docs = nlp.pipe((s.text for s in sentences), batch_size=batch_size)
    for number, (sentence, doc) in enumerate(zip(sentences, docs, strict=True)):
        targets = [Target(t.actor, t.start, t.end) for t in sentence.targets]
        # The scorer's own feature function, so the model is trained on what it will see.
        feats_of = for_targets(doc, targets, groups=groups)
        for target, feats in zip(sentence.targets, feats_of, strict=True):
            values.append(feats.values)
            labels.append(LABELS.index(target.label))
            sentence_ids.append(number)
    return Examples(tuple(values), tuple(labels), tuple(sentence_ids))


def _log_loss(logits: np.ndarray, labels: np.ndarray, temperature: float) -> float:
    scaled = logits / temperature
    scaled = scaled - scaled.max(axis=1, keepdims=True)
    log_probs = scaled - np.log(np.exp(scaled).sum(axis=1, keepdims=True))
    return float(-log_probs[np.arange(len(labels)), labels].mean())


def _nb_scale(binary: sparse.csr_matrix, positive: np.ndarray, lexical: np.ndarray) -> np.ndarray:
    """Naive-Bayes log-count ratios of one class against the rest, for the lexical columns.

    As in NBSVM (Wang & Manning, 2012): a word's column is scaled by how much more often it
    occurs with the class than without it, so the regularised fit starts from a sensible prior
    for rare words. Other columns keep scale 1. Only the magnitude matters to a linear model.
    """
    with_class = NB_ALPHA + np.asarray(binary[positive].sum(axis=0)).ravel()
    without = NB_ALPHA + np.asarray(binary[~positive].sum(axis=0)).ravel()
    ratio = np.abs(np.log((with_class / with_class.sum()) / (without / without.sum())))
    return np.where(lexical, ratio, 1.0)


def _fit_linear(
    matrix: sparse.csr_matrix, labels: np.ndarray, lexical: np.ndarray, *, c: float, learner: str
) -> tuple[np.ndarray, np.ndarray]:
    """Coefficients (features × 3) and intercepts (3) of one fit, whatever the learner."""
    from sklearn.linear_model import LogisticRegression

    if learner == "multinomial":
        model = LogisticRegression(C=c, max_iter=3000, random_state=RANDOM_STATE)
        model.fit(matrix, labels)
        order = [list(model.classes_).index(k) for k in range(3)]
        return model.coef_[order].T.copy(), model.intercept_[order].copy()
    binary = (matrix != 0).astype(np.float64).tocsr()
    coef = np.zeros((matrix.shape[1], 3))
    intercept = np.zeros(3)
    for k in range(3):
        positive = labels == k
        scale = _nb_scale(binary, positive, lexical)
        model = LogisticRegression(C=c, max_iter=3000, random_state=RANDOM_STATE)
        model.fit(matrix @ sparse.diags(scale), positive.astype(int))
        coef[:, k] = model.coef_[0] * scale  # folded: inference needs no scaling step
        intercept[k] = model.intercept_[0]
    return coef, intercept


def cross_validated_logits(
    matrix: sparse.csr_matrix,
    labels: np.ndarray,
    sentence_ids: np.ndarray,
    lexical: np.ndarray,
    *,
    c: float,
    learner: str,
    folds: int = CV_FOLDS,
) -> np.ndarray:
    """Out-of-fold logits; folds split by sentence, so one sentence's targets stay together."""
    from sklearn.model_selection import GroupKFold

    logits = np.zeros((len(labels), 3))
    for train_rows, test_rows in GroupKFold(n_splits=folds).split(matrix, labels, sentence_ids):
        coef, intercept = _fit_linear(matrix[train_rows], labels[train_rows], lexical,
                                      c=c, learner=learner)
        logits[test_rows] = matrix[test_rows] @ coef + intercept
    return logits


def vectorize(
    examples: Examples, *, min_df: int = DEFAULT_MIN_DF
) -> tuple[sparse.csr_matrix, list[str]]:
    """The feature matrix, without features seen in fewer than ``min_df`` examples."""
    from sklearn.feature_extraction import DictVectorizer

    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(examples.values).tocsr()
    seen = np.asarray((matrix != 0).sum(axis=0)).ravel()
    keep = np.flatnonzero(seen >= min_df)
    names = [str(n) for n in vectorizer.get_feature_names_out()[keep]]
    return matrix[:, keep].tocsr(), names


def fit(
    examples: Examples,
    *,
    groups: Sequence[str] = DEFAULT_GROUPS,
    c: float = DEFAULT_C,
    min_df: int = DEFAULT_MIN_DF,
    learner: str = DEFAULT_LEARNER,
    calibrate: bool = True,
) -> tuple[LinearModel, float | None]:
    """Fit the model; returns it and the cross-validated macro-F1 (None without calibration)."""
    from sklearn.metrics import f1_score

    if learner not in LEARNERS:
        raise ValueError(f"unknown learner {learner!r}")
    labels = np.asarray(examples.labels)
    if len(set(examples.labels)) != 3:
        raise ValueError("training needs examples of all three labels")
    matrix, names = vectorize(examples, min_df=min_df)
    lexical = np.array([group_of(n) in LEXICAL_GROUPS for n in names], dtype=bool)

    temperature = 1.0
    cv_f1: float | None = None
    folds = min(CV_FOLDS, len(set(examples.groups)))
    if calibrate and folds >= 2:
        logits = cross_validated_logits(matrix, labels, np.asarray(examples.groups), lexical,
                                        c=c, learner=learner, folds=folds)
        cv_f1 = float(f1_score(labels, logits.argmax(axis=1), average="macro"))
        temperature = min(_TEMPERATURES, key=lambda t: _log_loss(logits, labels, t))

    coef, intercept = _fit_linear(matrix, labels, lexical, c=c, learner=learner)
    keep_rows = np.flatnonzero(np.abs(coef).max(axis=1) >= PRUNE_BELOW)
    linear = LinearModel(
        features=tuple(names[i] for i in keep_rows),
        groups=tuple(Group(g) for g in groups),
        coef=coef[keep_rows].astype(np.float32),
        intercept=(float(intercept[0]), float(intercept[1]), float(intercept[2])),
        temperature=temperature,
    )
    return linear, cv_f1


def write_model(model: LinearModel, path: Path, *, info: dict[str, str] | None = None) -> None:
    """Write ``path`` (JSON) and the ``.npz`` beside it, byte-identical for the same model."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    meta = {
        "format": FORMAT_VERSION,
        "labels": [str(label) for label in LABELS],
        "groups": [str(g) for g in model.groups],  # one-letter codes, the names' prefixes
        "intercept": [round(x, 6) for x in model.intercept],
        "temperature": model.temperature,
        "info": dict(sorted((info or {}).items())),
        "features": list(model.features),
    }
    path.write_text(json.dumps(meta, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    with zipfile.ZipFile(arrays_path(path), "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entry = zipfile.ZipInfo("coef.npy", date_time=_ZIP_DATE)
        entry.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(entry, "w") as handle:
            np.lib.format.write_array(handle, np.ascontiguousarray(model.coef, dtype="<f4"),
                                      allow_pickle=False)


def train(
    sentences: Sequence[LabelledSentence],
    *,
    out: Path = DEFAULT_MODEL,
    groups: Sequence[str] = DEFAULT_GROUPS,
    c: float = DEFAULT_C,
    min_df: int = DEFAULT_MIN_DF,
    learner: str = DEFAULT_LEARNER,
    info: dict[str, str] | None = None,
) -> tuple[LinearModel, float | None]:
    """Featurize, fit and write; returns the model and its cross-validated macro-F1."""
    examples = featurize(sentences, groups=groups)
    model, cv_f1 = fit(examples, groups=groups, c=c, min_df=min_df, learner=learner)
    details = {
        "targets": str(len(examples.labels)),
        "sentences": str(len(sentences)),
        "C": str(c),
        "min_df": str(min_df),
        "learner": learner,
        "cv_f1_macro": "" if cv_f1 is None else f"{cv_f1:.4f}",
        **(info or {}),
    }
    write_model(model, out, info=details)
    return model, cv_f1
