"""Stance scorers on the NewsMTSC development splits and PerSenT dev: macro-F1, accuracy, speed.

    .venv/bin/python benchmarks/bench_stance.py --newsmtsc ../shared/datasets/newsmtsc \
        [--persent ../shared/datasets/persent/dev.csv] [--fp32 DIR] [--threads 1 2]
    .venv/bin/python benchmarks/bench_stance.py --newsmtsc PATH --ablation   # + linear groups

Prints Markdown tables (the ones in analysis/stance/weights/MODEL_CARD.md). Each sentence is
parsed once, and the parse time is reported on its own; "targets/s" is the scoring speed on
parsed docs (single process; the transformer on 2 threads unless ``--threads`` says otherwise,
all of a split's targets in one ``score_many`` call, as the pipeline hands over an article).
Scorers: VADER on the whole sentence (the same label for every target), the rules, the linear
model, the shipped transformer (int8) and, with ``--fp32 DIR``, a float32 export of it.
PerSenT paragraphs go through the whole pipeline (``evaluate --dataset persent``).

The ablation re-trains the model with one feature group left out at a time: 5-fold
cross-validated macro-F1 on train (folds split by sentence) and the two dev scores.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from analysis.resources import load_nlp, load_vader
from analysis.stance.base import MentionScore, PerDocScorer, StanceScorer, Target, label_of
from analysis.stance.datasets import read_newsmtsc
from analysis.stance.evaluate import report

if TYPE_CHECKING:
    from spacy.tokens import Doc

SPLITS = ("dev_rw", "dev_mt")
REPEATS = 3  # scoring passes timed; the fastest counts (the machine is shared)


class VaderSentenceScorer(PerDocScorer):
    """Baseline: VADER's compound on the target's sentence, the same for every target in it."""

    name = "vader-sentence"

    def score(self, doc: Doc, targets: Sequence[Target]) -> list[MentionScore]:
        sents = list(doc.sents)
        out = []
        for target in targets:
            index = max((i for i, s in enumerate(sents) if s.start_char <= target.start),
                        default=0)
            compound = load_vader().polarity_scores(sents[index].text)["compound"]
            probs = (0.0, 1.0, 0.0)
            if compound >= 0.05:
                probs = (0.0, 0.0, 1.0)
            elif compound <= -0.05:
                probs = (1.0, 0.0, 0.0)
            out.append(MentionScore(target=target, probs=probs, sentence=index))
        return out


def _scorers(fp32: Path | None, threads: int) -> list[tuple[str, StanceScorer]]:
    from analysis.stance import LINEAR, RULES, get_scorer
    from analysis.stance.transformer import DEFAULT_DIR, load_transformer

    scorers: list[tuple[str, StanceScorer]] = [
        ("VADER (sentence)", VaderSentenceScorer()),
        (RULES, get_scorer(RULES)),
        (LINEAR, get_scorer(LINEAR)),
        (f"transformer int8 ({threads} threads)", load_transformer(DEFAULT_DIR, threads=threads)),
    ]
    if fp32 is not None:
        scorers.append((f"transformer fp32 ({threads} threads)",
                        load_transformer(fp32, threads=threads)))
    return scorers


def results_table(folder: Path, *, persent: Path | None, fp32: Path | None,
                  threads: int) -> str:
    nlp = load_nlp()
    rows = ["| scorer | data | targets | macro-F1 | accuracy | targets/s |",
            "|---|---|---:|---:|---:|---:|"]
    parse_notes = []
    scorers = _scorers(fp32, threads)
    for split in SPLITS:
        sentences = read_newsmtsc(folder / f"{split}.jsonl")
        started = time.perf_counter()
        docs = list(nlp.pipe(s.text for s in sentences))
        parse = time.perf_counter() - started
        n = sum(len(s.targets) for s in sentences)
        parse_notes.append(f"{split}: {len(docs)} sentences parsed in {parse:.2f} s "
                           f"({len(docs) / parse:.0f} sentences/s)")
        truth = [t.label for s in sentences for t in s.targets]
        batches = [(doc, [Target(t.actor, t.start, t.end) for t in sentence.targets])
                   for sentence, doc in zip(sentences, docs, strict=True)]
        for name, scorer in scorers:
            best = float("inf")
            predicted = []
            for _ in range(REPEATS):
                started = time.perf_counter()
                scored = scorer.score_many(batches)
                best = min(best, time.perf_counter() - started)
                predicted = [label_of(m.probs) for mentions in scored for m in mentions]
            r = report(truth, predicted)
            rows.append(f"| {name} | {split} | {n} | {r.f1_macro:.3f} | "
                        f"{r.accuracy:.3f} | {n / best:,.0f} |")
    if persent is not None:
        from analysis.stance.datasets import read_persent
        from analysis.stance.evaluate import evaluate_persent

        documents = read_persent(persent)
        for name, scorer in scorers[1:]:  # VADER has no actor to follow through a document
            started = time.perf_counter()
            r = evaluate_persent(documents, scorer, level="paragraph")
            took = time.perf_counter() - started
            rows.append(f"| {name} | PerSenT dev paragraphs | {r.n} | {r.f1_macro:.3f} | "
                        f"{r.accuracy:.3f} | (whole pipeline: {took:.0f} s) |")
            print(rows[-1], file=sys.stderr, flush=True)
    return "\n".join(rows) + "\n\nParse cost (spaCy, separate): " + "; ".join(parse_notes)


def ablation_table(folder: Path) -> str:
    from analysis.stance.features import GROUPS, Group, group_of
    from analysis.stance.train import (
        CV_FOLDS,
        DEFAULT_C,
        DEFAULT_GROUPS,
        DEFAULT_LEARNER,
        LEXICAL_GROUPS,
        Examples,
        _fit_linear,
        cross_validated_logits,
        featurize,
        vectorize,
    )

    train = featurize(read_newsmtsc(folder / "train.jsonl"), groups=GROUPS)
    dev = {split: featurize(read_newsmtsc(folder / f"{split}.jsonl"), groups=GROUPS)
           for split in SPLITS}

    def only(examples: Examples, groups: set[str]) -> Examples:
        values = tuple({k: v for k, v in row.items() if group_of(k) in groups | {"bias"}}
                       for row in examples.values)
        return Examples(values, examples.labels, examples.groups)

    def scores(groups: set[str], learner: str) -> list[float]:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.metrics import f1_score

        subset = only(train, groups)
        matrix, names = vectorize(subset)
        labels = np.asarray(subset.labels)
        lexical = np.array([group_of(n) in LEXICAL_GROUPS for n in names], dtype=bool)
        logits = cross_validated_logits(matrix, labels, np.asarray(subset.groups), lexical,
                                        c=DEFAULT_C, learner=learner, folds=CV_FOLDS)
        out = [float(f1_score(labels, logits.argmax(axis=1), average="macro"))]
        coef, intercept = _fit_linear(matrix, labels, lexical, c=DEFAULT_C, learner=learner)
        vectorizer = DictVectorizer(sort=True).fit([dict.fromkeys(names, 1.0)])
        for split in SPLITS:
            d = only(dev[split], groups)
            predicted = (vectorizer.transform(d.values) @ coef + intercept).argmax(axis=1)
            out.append(float(f1_score(d.labels, predicted, average="macro")))
        return out

    shipped = set(DEFAULT_GROUPS)
    configs: list[tuple[str, set[str], str]] = [
        ("shipped: " + "".join(DEFAULT_GROUPS) + f" ({DEFAULT_LEARNER})", shipped,
         DEFAULT_LEARNER),
        ("same groups, multinomial LR", shipped, "multinomial"),
        ("s only (masked bag of words)", {Group.SENTENCE_WORDS}, DEFAULT_LEARNER),
    ]
    for group in GROUPS:
        if group in shipped:
            configs.append((f"without {group}", shipped - {group}, DEFAULT_LEARNER))
        else:
            configs.append((f"with {group} added", shipped | {group}, DEFAULT_LEARNER))
    rows = ["| features | CV macro-F1 (train) | dev_rw macro-F1 | dev_mt macro-F1 |",
            "|---|---:|---:|---:|"]
    for label, groups, learner in configs:
        cv, rw, mt = scores(groups, learner)
        rows.append(f"| {label} | {cv:.3f} | {rw:.3f} | {mt:.3f} |")
        print(rows[-1], file=sys.stderr, flush=True)
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--newsmtsc", required=True, type=Path,
                        help="folder with train.jsonl, dev_rw.jsonl, dev_mt.jsonl")
    parser.add_argument("--persent", type=Path, help="PerSenT dev.csv: paragraphs too (minutes)")
    parser.add_argument("--fp32", type=Path, help="a float32 transformer folder to compare")
    parser.add_argument("--threads", type=int, default=2, help="transformer threads")
    parser.add_argument("--ablation", action="store_true",
                        help="also re-train the linear model with each feature group on/off")
    args = parser.parse_args(argv)
    print(results_table(args.newsmtsc, persent=args.persent, fp32=args.fp32,
                        threads=args.threads))
    if args.ablation:
        print()
        print(ablation_table(args.newsmtsc))
    return 0


if __name__ == "__main__":
    sys.exit(main())
