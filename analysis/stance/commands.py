"""The ``train-stance`` and ``evaluate`` subcommands, registered by ``analysis.cli``.

``python -m analysis train-stance --newsmtsc DIR [--csv FILE ...] [--seed N] [--epochs N]
[--out DIR]`` fine-tunes the transformer on ``DIR/train.jsonl`` (plus labelled CSV rows) and
writes its folder (needs ``requirements-train.txt``); ``--scorer linear`` trains the linear
model instead and ``--out`` names its ``.json``.
``python -m analysis evaluate --dataset newsmtsc|persent|csv PATH [--level paragraph|document]
[--scorer transformer|linear|rules] [--model PATH]`` prints one JSON object: n, accuracy,
f1_macro, per_class, confusion. Exit codes: 0 done, 1 unusable data or a missing training
package, 2 usage (argparse).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from analysis.stance import DEFAULT_SCORER, LINEAR, SCORERS, TRANSFORMER
from analysis.stance.base import StanceScorer
from analysis.stance.datasets import (
    NEWSMTSC_TRAIN,
    DatasetError,
    LabelledSentence,
    digest,
    newsmtsc_files,
    read_labelled_csv,
    read_newsmtsc,
    read_persent,
)
from analysis.stance.model import DEFAULT_MODEL

DATASETS = ("newsmtsc", "persent", "csv")
LEVELS = ("paragraph", "document")
TRAINABLE = (TRANSFORMER, LINEAR)


def register(subparsers: argparse._SubParsersAction) -> None:
    train = subparsers.add_parser(
        "train-stance", help="train the stance model on NewsMTSC (and labelled CSV rows)"
    )
    train.add_argument("--newsmtsc", required=True, metavar="PATH",
                       help="NewsMTSC directory (reads train.jsonl) or a .jsonl file")
    train.add_argument("--csv", metavar="PATH", action="append", default=[],
                       help="extra labelled rows: columns text, actor, label (repeatable)")
    train.add_argument("--scorer", choices=TRAINABLE, default=TRANSFORMER,
                       help="which model to train (default: %(default)s)")
    train.add_argument("--seed", type=int, default=13, help="transformer: random seed")
    train.add_argument("--epochs", type=int, default=2, help="transformer: passes over the data")
    train.add_argument("--variant", choices=("int8", "fp32"), default="int8",
                       help="transformer: the ONNX variant written as model.onnx")
    train.add_argument("--out", metavar="PATH",
                       help="transformer: the model folder; linear: the model .json, the .npz "
                            "beside it (default: the shipped model)")
    train.set_defaults(func=run_train)

    evaluate = subparsers.add_parser(
        "evaluate", help="score a stance scorer on labelled data and print JSON metrics"
    )
    evaluate.add_argument("path", metavar="PATH", help="the labelled file (or NewsMTSC folder)")
    evaluate.add_argument("--dataset", required=True, choices=DATASETS)
    evaluate.add_argument("--level", choices=LEVELS, default="paragraph",
                          help="persent only: score paragraphs or whole documents")
    evaluate.add_argument("--scorer", choices=SCORERS, default=DEFAULT_SCORER)
    evaluate.add_argument("--model", metavar="PATH",
                          help="a model other than the shipped one: a folder (transformer) "
                               "or a .json (linear)")
    evaluate.add_argument("--split", metavar="NAME",
                          help="newsmtsc folder only: one split, e.g. dev_rw "
                               "(default: every held-out split present)")
    evaluate.set_defaults(func=run_evaluate)


def _fail(message: str) -> int:
    print(f"stancemap: {message}", file=sys.stderr)
    return 1


def run_train(args: argparse.Namespace) -> int:
    source = Path(args.newsmtsc)
    train_file = source / NEWSMTSC_TRAIN if source.is_dir() else source
    try:
        sentences: list[LabelledSentence] = read_newsmtsc(train_file)
        for csv_path in args.csv:
            rows, skipped = read_labelled_csv(Path(csv_path))
            for message in skipped:
                print(f"skipped {message}", file=sys.stderr)
            sentences.extend(rows)
    except (DatasetError, OSError) as error:
        return _fail(str(error))
    files = [train_file, *(Path(p) for p in args.csv)]
    info = {
        "data": ", ".join(p.name for p in files),
        "data_sha256": digest(files),
    }
    if args.scorer == LINEAR:
        return _train_linear(sentences, out=Path(args.out or DEFAULT_MODEL), info=info)
    dev = {}
    if source.is_dir():
        dev = {f.stem: read_newsmtsc(f) for f in newsmtsc_files(source) if f.stem.startswith("dev")}
    return _train_transformer(sentences, args=args, dev=dev, info=info)


def _train_linear(sentences: list[LabelledSentence], *, out: Path, info: dict[str, str]) -> int:
    from analysis.stance.train import train

    try:
        model, cv_f1 = train(sentences, out=out, info=info)
    except ValueError as error:
        return _fail(str(error))
    cv = "n/a" if cv_f1 is None else f"{cv_f1:.4f}"
    print(f"trained on {len(sentences)} sentences; {len(model.features)} features; "
          f"cross-validated macro-F1 {cv}; wrote {out}", file=sys.stderr)
    return 0


def _train_transformer(sentences: list[LabelledSentence], *, args: argparse.Namespace,
                       dev: dict[str, list[LabelledSentence]], info: dict[str, str]) -> int:
    try:
        from analysis.stance import finetune
        from analysis.stance.transformer import DEFAULT_DIR

        finetune.encoder_dir()
        import torch  # noqa: F401  (checked here so the message names what is missing)
    except ImportError as error:
        return _fail(f"training the transformer needs the training packages ({error.name} is "
                     "missing): pip install -r requirements-train.txt -c constraints-train.txt")
    out = Path(args.out) if args.out else DEFAULT_DIR
    options = finetune.TrainOptions(seed=args.seed, epochs=args.epochs)
    command = (f"python -m analysis train-stance --newsmtsc {Path(args.newsmtsc).name} "
               f"--seed {args.seed} --epochs {args.epochs} --variant {args.variant}")
    try:
        scores = finetune.train_transformer(
            sentences, out=out, dev=dev, options=options, variant=args.variant,
            info={**info, "command": command},
            log=lambda line: print(line, file=sys.stderr, flush=True))
    except ValueError as error:
        return _fail(str(error))
    print(f"trained on {len(sentences)} sentences; {json.dumps(scores)}; wrote {out}",
          file=sys.stderr)
    return 0


def run_evaluate(args: argparse.Namespace) -> int:
    from analysis.stance import evaluate as ev

    scorer = _scorer(args.scorer, args.model)
    try:
        if args.dataset == "newsmtsc":
            sentences = [s for f in newsmtsc_files(Path(args.path), split=args.split)
                         for s in read_newsmtsc(f)]
            result = ev.evaluate_sentences(sentences, scorer)
        elif args.dataset == "csv":
            sentences, skipped = read_labelled_csv(Path(args.path))
            for message in skipped:
                print(f"skipped {message}", file=sys.stderr)
            result = ev.evaluate_sentences(sentences, scorer)
        else:
            result = ev.evaluate_persent(read_persent(Path(args.path)), scorer, level=args.level)
    except (DatasetError, OSError) as error:
        return _fail(str(error))
    print(json.dumps(result.as_dict()))
    return 0


def _scorer(name: str, model_path: str | None) -> StanceScorer:
    if name == LINEAR and model_path:
        from analysis.stance.model import load_model

        return load_model(Path(model_path))
    if name == TRANSFORMER and model_path:
        from analysis.stance.transformer import load_transformer

        return load_transformer(Path(model_path))
    from analysis.stance import get_scorer

    return get_scorer(name)
