"""Measure a stance scorer on labelled data: NewsMTSC targets, user CSV rows, PerSenT.

* NewsMTSC and CSV: each sentence is parsed once and all its targets are scored together, at
  the offsets the data gives.
* PerSenT: the whole pipeline runs on the document (its lines joined as paragraphs) with the
  target person as the only configured actor (surname as alias); every labelled paragraph is
  compared with the person's stance there, neutral when the person is not found in it. At
  ``level="document"`` the document label is predicted from the paragraph stances: their
  confidence-weighted mean score, positive above ``DOCUMENT_THRESHOLD``, negative below minus it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from analysis.resources import load_nlp
from analysis.stance.base import StanceScorer, Target, label_of
from analysis.stance.datasets import LabelledSentence, PersentDocument
from analysis.types import LABELS, Label

DOCUMENT_THRESHOLD = 0.05  # |mean paragraph score| below this reads as a neutral document


@dataclass(frozen=True, slots=True)
class ClassScores:
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True, slots=True)
class Report:
    n: int
    accuracy: float
    f1_macro: float
    per_class: tuple[ClassScores, ClassScores, ClassScores]  # negative, neutral, positive
    confusion: tuple[tuple[int, int, int], ...]  # rows true, columns predicted

    def as_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "accuracy": round(self.accuracy, 4),
            "f1_macro": round(self.f1_macro, 4),
            "per_class": {
                str(label): {
                    "precision": round(s.precision, 4),
                    "recall": round(s.recall, 4),
                    "f1": round(s.f1, 4),
                }
                for label, s in zip(LABELS, self.per_class, strict=True)
            },
            "confusion": [list(row) for row in self.confusion],
        }


def _ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def report(truth: Sequence[Label], predicted: Sequence[Label]) -> Report:
    """Accuracy, macro-F1, per-class scores and the confusion matrix (order of ``LABELS``).

    The macro-F1 averages over the labels present in the truth or the predictions, like
    ``sklearn.metrics.f1_score(average="macro")``.
    """
    if len(truth) != len(predicted):
        raise ValueError("truth and predictions differ in length")
    confusion = [[0, 0, 0] for _ in LABELS]
    for t, p in zip(truth, predicted, strict=True):
        confusion[LABELS.index(t)][LABELS.index(p)] += 1
    per_class = []
    for k in range(3):
        hit = confusion[k][k]
        precision = _ratio(hit, sum(row[k] for row in confusion))
        recall = _ratio(hit, sum(confusion[k]))
        per_class.append(ClassScores(precision, recall,
                                     _ratio(2 * precision * recall, precision + recall)))
    n = len(truth)
    # As scikit-learn does: the macro average runs over the labels that occur at all.
    present = [k for k in range(3) if sum(confusion[k]) or sum(row[k] for row in confusion)]
    return Report(
        n=n,
        accuracy=_ratio(sum(confusion[k][k] for k in range(3)), n),
        f1_macro=_ratio(sum(per_class[k].f1 for k in present), len(present)),
        per_class=(per_class[0], per_class[1], per_class[2]),
        confusion=tuple((row[0], row[1], row[2]) for row in confusion),
    )


def expected_calibration_error(
    probs: Sequence[Sequence[float]], truth: Sequence[Label], *, bins: int = 10
) -> float:
    """ECE of the top probability: 10 equal-width bins, |accuracy - confidence| weighted by
    the bin's share of the examples."""
    if len(probs) != len(truth):
        raise ValueError("probabilities and truth differ in length")
    if not probs:
        return 0.0
    totals = [[0, 0.0, 0] for _ in range(bins)]  # count, summed confidence, hits
    for p, gold in zip(probs, truth, strict=True):
        top = max(range(3), key=lambda i: p[i])
        confidence = p[top]
        b = totals[min(bins - 1, int(confidence * bins))]
        b[0] += 1
        b[1] += confidence
        b[2] += LABELS[top] == gold
    return sum(abs(hits - conf) for _, conf, hits in totals) / len(probs)


def predict_sentences(
    sentences: Sequence[LabelledSentence], scorer: StanceScorer, *, batch_size: int = 256
) -> list[Label]:
    """The scorer's label for every target, in order; each sentence parsed once."""
    predictions: list[Label] = []
    docs = load_nlp().pipe((s.text for s in sentences), batch_size=batch_size)
    for sentence, doc in zip(sentences, docs, strict=True):
        targets = [Target(t.actor, t.start, t.end) for t in sentence.targets]
        predictions.extend(label_of(m.probs) for m in scorer.score(doc, targets))
    return predictions


def evaluate_sentences(sentences: Sequence[LabelledSentence], scorer: StanceScorer) -> Report:
    truth = [t.label for s in sentences for t in s.targets]
    return report(truth, predict_sentences(sentences, scorer))


def _persent_predictions(
    document: PersentDocument, scorer: StanceScorer
) -> tuple[list[Label | None], list[tuple[float, float]]]:
    """Per line: the person's predicted label (None for an empty line), and (score, weight)s."""
    from analysis.actors import ActorConfig
    from analysis.pipeline import analyze
    from analysis.types import Actor, ActorKind, Document

    lines = document.text.split("\n")
    surname = document.entity.split()[-1] if document.entity.split() else document.entity
    aliases = (surname,) if surname != document.entity else ()
    config = ActorConfig(actors=(Actor(document.entity, ActorKind.PERSON, aliases=aliases),))
    analysis = analyze(
        Document(name=document.source or "persent", text="\n\n".join(lines), fmt="txt"),
        actors=config,
        scorer=scorer,
    )
    # Cleaning may drop or merge lines, so paragraphs are matched back to lines by their text.
    by_text: dict[str, list[tuple[Label, float, float]]] = {}
    for paragraph in analysis.paragraphs:
        stance = next((s for s in paragraph.stances if s.actor == document.entity), None)
        found = (Label.NEUTRAL, 0.0, 0.0) if stance is None else (
            stance.label, stance.score, stance.confidence)
        by_text.setdefault(" ".join(paragraph.paragraph.text.split()), []).append(found)
    labels: list[Label | None] = []
    weighted: list[tuple[float, float]] = []
    for line in lines:
        key = " ".join(line.split())
        if not key:
            labels.append(None)
            continue
        matches = by_text.get(key)
        label, score, confidence = matches.pop(0) if matches else (Label.NEUTRAL, 0.0, 0.0)
        labels.append(label)
        if confidence:
            weighted.append((score, confidence))
    return labels, weighted


def document_label(weighted: Iterable[tuple[float, float]]) -> Label:
    """Confidence-weighted mean of paragraph scores, thresholded at ±``DOCUMENT_THRESHOLD``."""
    pairs = list(weighted)
    total = sum(w for _, w in pairs)
    mean = sum(s * w for s, w in pairs) / total if total else 0.0
    if mean > DOCUMENT_THRESHOLD:
        return Label.POSITIVE
    if mean < -DOCUMENT_THRESHOLD:
        return Label.NEGATIVE
    return Label.NEUTRAL


def evaluate_persent(
    documents: Sequence[PersentDocument], scorer: StanceScorer, *, level: str = "paragraph"
) -> Report:
    """Score PerSenT paragraphs (every labelled line) or documents (``level="document"``)."""
    if level not in ("paragraph", "document"):
        raise ValueError(f"unknown level {level!r}")
    truth: list[Label] = []
    predicted: list[Label] = []
    for document in documents:
        if level == "document" and document.label is None:
            continue
        if level == "paragraph" and not any(document.paragraphs):
            continue
        labels, weighted = _persent_predictions(document, scorer)
        if level == "document":
            assert document.label is not None
            truth.append(document.label)
            predicted.append(document_label(weighted))
            continue
        for gold, guess in zip(document.paragraphs, labels, strict=False):
            if gold is not None:
                truth.append(gold)
                predicted.append(guess or Label.NEUTRAL)
    return report(truth, predicted)
