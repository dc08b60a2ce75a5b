"""The default stance scorer: a fine-tuned compact transformer, run with ONNX Runtime.

The run time needs ``onnxruntime`` and ``tokenizers`` only (no torch). A model is a folder:

* ``settings.json``: the labels' order, the encoding options (``encoding.EncodingOptions``),
  the file names with their sha256, and what training measured (for the model card);
* the ONNX graph (input: ``encoding.INPUT_NAMES``; output: logits over ``LABELS``);
* ``tokenizer.json``: the encoder's word-piece tokenizer.

Every file's sha256 is checked when the model loads, so a changed or truncated file is refused
with a clear message instead of scoring quietly wrong. The model is loaded once per process.

Each target is scored in its own sentence with itself marked and the sentence's other targets
marked as others (``encoding.mark``). The targets handed over in one call go through the model
in length-sorted batches of ``batch_size``, one target each by default: the int8 model quantizes
its activations dynamically, with one scale over the whole batch tensor, so in a batch a target's
score depended on the texts beside it (NewsMTSC dev, batches of 32 against one by one: mean
0.029, p95 0.094, max 0.29 apart; 8 of 216 labels changed), and the same paragraph scored
differently in an upload and in a corpus. One at a time costs nothing measurable on two cores
(785 NewsMTSC targets evaluated in 16.9 s against 17.8 s).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from analysis.errors import ModelFileError, Msg
from analysis.stance.base import MentionScore, Target, sentence_of, sentence_spans
from analysis.stance.encoding import EncodingOptions, MarkedInput, configure, encode, mark
from analysis.types import LABELS

if TYPE_CHECKING:
    from spacy.tokens import Doc

DEFAULT_DIR = Path(__file__).parent / "weights" / "transformer"
SETTINGS = "settings.json"
#: One target a run: a score then never depends on the other targets of the call (see above).
DEFAULT_BATCH_SIZE = 1
DEFAULT_THREADS = 2
#: Environment variable that sets the default thread count. A pool of N worker processes on C
#: cores sets it to C // N in each worker, so N workers do not oversubscribe the cores.
THREADS_ENV = "STANCEMAP_MODEL_THREADS"
#: Softmax temperature written into a trained model's settings. Below 1 it sharpens the
#: probabilities, so the score P(pos) - P(neg) of a clearly neutral mention stays near 0 and the
#: one label rule (``base.label_for``) loses little against the model's own argmax. Chosen with
#: the label thresholds on development data (model card); it costs calibration, which the card
#: reports.
DEFAULT_TEMPERATURE = 0.5


@dataclass(frozen=True, slots=True)
class TransformerSettings:
    model_file: str
    tokenizer_file: str
    sha256: tuple[tuple[str, str], ...]  # (file name, digest) for every file the model reads
    encoding: EncodingOptions
    info: dict[str, Any]  # training command, data and scores, for the model card
    temperature: float = 1.0


@dataclass(frozen=True, slots=True)
class SentenceTarget:
    """One target to score: its sentence, its span there, the other targets' spans."""

    text: str
    start: int
    end: int
    others: tuple[tuple[int, int], ...] = ()


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def read_settings(folder: Path) -> TransformerSettings:
    """The model's settings, after checking every file against its recorded sha256."""
    path = folder / SETTINGS
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        labels = tuple(raw["labels"])
        files = {str(k): str(v) for k, v in raw["sha256"].items()}
        settings = TransformerSettings(
            model_file=str(raw["model_file"]),
            tokenizer_file=str(raw["tokenizer_file"]),
            sha256=tuple(sorted(files.items())),
            encoding=EncodingOptions(**raw["encoding"]),
            info=dict(raw.get("info", {})),
            temperature=float(raw.get("temperature", 1.0)),
        )
    except FileNotFoundError as error:
        raise ModelFileError(str(path), Msg.MODEL_MISSING) from error
    except (ValueError, KeyError, TypeError) as error:
        raise ModelFileError(str(path), Msg.MODEL_SETTINGS, detail=type(error).__name__) from error
    if not settings.temperature > 0:
        raise ModelFileError(str(path), Msg.MODEL_SETTINGS, detail="temperature must be > 0")
    if labels != tuple(str(label) for label in LABELS):
        raise ModelFileError(str(path), Msg.MODEL_SETTINGS, detail=f"labels {list(labels)}")
    for name in (settings.model_file, settings.tokenizer_file):
        if name not in files:
            raise ModelFileError(str(path), Msg.MODEL_SETTINGS, detail=f"no sha256 for {name}")
    for name, expected in settings.sha256:
        file = folder / name
        if not file.is_file():
            raise ModelFileError(str(file), Msg.MODEL_MISSING)
        if sha256_of(file) != expected:
            raise ModelFileError(str(file), Msg.MODEL_CHANGED)
    return settings


def softmax(logits: np.ndarray) -> np.ndarray:
    shifted = logits - logits.max(axis=1, keepdims=True)
    exps = np.exp(shifted)
    return exps / exps.sum(axis=1, keepdims=True)


class TransformerScorer:
    """``StanceScorer`` backed by the ONNX model in ``folder``."""

    name = "transformer"

    def __init__(self, folder: Path, *, threads: int = DEFAULT_THREADS,
                 batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer

        self.folder = Path(folder)
        self.settings = read_settings(self.folder)
        self.batch_size = batch_size
        self.tokenizer = configure(
            Tokenizer.from_file(str(self.folder / self.settings.tokenizer_file)),
            options=self.settings.encoding,
        )
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        self.session = ort.InferenceSession(str(self.folder / self.settings.model_file),
                                            options, providers=["CPUExecutionProvider"])

    def marked(self, item: SentenceTarget) -> MarkedInput:
        return mark(item.text, (item.start, item.end), item.others,
                    options=self.settings.encoding)

    def probabilities(self, items: Sequence[SentenceTarget], *,
                      temperature: float | None = None) -> np.ndarray:
        """P(negative, neutral, positive) per item, shape (len(items), 3).

        ``temperature`` overrides the model's (``explain`` reads the untempered probabilities,
        which a single word can still move when the tempered ones are saturated).
        """
        marked = [self.marked(item) for item in items]
        return self.probabilities_of(marked, temperature=temperature)

    def probabilities_of(self, marked: Sequence[MarkedInput], *,
                         temperature: float | None = None) -> np.ndarray:
        # Identical inputs (a name repeated in a quote, a pasted duplicate) are run once.
        distinct = list(dict.fromkeys(marked))
        slot = {m: i for i, m in enumerate(distinct)}
        order = sorted(range(len(distinct)), key=lambda i: len(distinct[i].text))
        probs = np.zeros((len(distinct), len(LABELS)), dtype=np.float64)
        for first in range(0, len(order), self.batch_size):
            rows = order[first:first + self.batch_size]
            batch = encode(self.tokenizer, [distinct[i] for i in rows])
            (logits,) = self.session.run(["logits"], batch.feeds())
            probs[rows] = softmax(np.asarray(logits, dtype=np.float64)
                                  / (temperature or self.settings.temperature))
        return probs[[slot[m] for m in marked]].reshape(len(marked), len(LABELS))

    def score(self, doc: Doc, targets: Sequence[Target]) -> list[MentionScore]:
        return self.score_many([(doc, targets)])[0]

    def score_many(
        self, batches: Sequence[tuple[Doc, Sequence[Target]]]
    ) -> list[list[MentionScore]]:
        """Score the targets of many docs (an article's paragraphs) in one set of batches."""
        items: list[SentenceTarget] = []
        where: list[tuple[int, Target, int]] = []
        for number, (doc, targets) in enumerate(batches):
            spans = sentence_spans(doc)
            starts = [s for s, _ in spans]
            for target in targets:
                sentence = sentence_of(starts, target.start)
                start, end = spans[sentence]
                others = tuple(
                    (t.start - start, t.end - start)
                    for t in targets
                    if t.actor != target.actor and start <= t.start and t.end <= end
                )
                items.append(SentenceTarget(doc.text[start:end], target.start - start,
                                            min(target.end, end) - start, others))
                where.append((number, target, sentence))
        probs = self.probabilities(items)
        out: list[list[MentionScore]] = [[] for _ in batches]
        for (number, target, sentence), p in zip(where, probs, strict=True):
            out[number].append(MentionScore(target=target, probs=(float(p[0]), float(p[1]),
                                                                  float(p[2])),
                                             sentence=sentence))
        return out


def default_threads() -> int:
    """``STANCEMAP_MODEL_THREADS`` when it is a positive whole number, else ``DEFAULT_THREADS``."""
    value = os.environ.get(THREADS_ENV, "")
    return int(value) if value.isdigit() and int(value) > 0 else DEFAULT_THREADS


def threads_per_worker(workers: int) -> int:
    """Model threads for each of ``workers`` processes sharing this machine's cores."""
    return max(1, (os.cpu_count() or 1) // max(1, workers))


@cache
def load_transformer(folder: Path = DEFAULT_DIR, *, threads: int | None = None,
                     batch_size: int = DEFAULT_BATCH_SIZE) -> TransformerScorer:
    """The scorer for the model in ``folder`` (the shipped one by default), loaded once.

    ``threads=None`` takes ``default_threads()``.
    """
    return TransformerScorer(Path(folder), threads=threads or default_threads(),
                             batch_size=batch_size)
