"""Readers for labelled stance data: NewsMTSC (jsonl), a user's CSV, and PerSenT (CSV).

NewsMTSC and the user CSV become ``LabelledSentence``s: a text and its labelled target spans.
PerSenT becomes ``PersentDocument``s: a document, its target person, the document label and one
label per paragraph (the document's lines), scored later through the whole pipeline.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from analysis.types import Label

#: NewsMTSC's polarity codes.
NEWSMTSC_POLARITY: dict[float, Label] = {
    2.0: Label.NEGATIVE, 4.0: Label.NEUTRAL, 6.0: Label.POSITIVE,
}
#: The held-out NewsMTSC file names read when a directory is evaluated.
NEWSMTSC_EVAL_SPLITS: tuple[str, ...] = ("dev_rw", "dev_mt", "test_rw", "test_mt")
NEWSMTSC_TRAIN = "train.jsonl"
PERSENT_PARAGRAPHS = 16  # Paragraph0 .. Paragraph15


class DatasetError(ValueError):
    """A labelled file that cannot be used: says which file and why, in one line."""


@dataclass(frozen=True, slots=True)
class LabelledTarget:
    actor: str
    start: int
    end: int
    label: Label


@dataclass(frozen=True, slots=True)
class LabelledSentence:
    text: str
    targets: tuple[LabelledTarget, ...]
    source: str = ""  # file and line or row, for messages


@dataclass(frozen=True, slots=True)
class PersentDocument:
    entity: str
    text: str
    label: Label | None  # the document label; None when missing
    paragraphs: tuple[Label | None, ...]  # one per line of the document; None = unlabelled
    source: str = ""


def digest(paths: Iterable[Path]) -> str:
    """sha256 over the training files, so the card can say exactly what the model saw."""
    sha = hashlib.sha256()
    for path in paths:
        sha.update(Path(path).read_bytes())
    return sha.hexdigest()


def parse_label(value: str) -> Label | None:
    """``negative``/``neutral``/``positive`` in any case, else None."""
    try:
        return Label(value.strip().lower())
    except ValueError:
        return None


def newsmtsc_files(path: Path, *, split: str | None = None) -> list[Path]:
    """The .jsonl files to read: the file itself, or the held-out splits of a directory."""
    path = Path(path)
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise DatasetError(f"{path}: no such file or directory")
    names = (split,) if split else NEWSMTSC_EVAL_SPLITS
    files = [path / f"{name}.jsonl" for name in names if (path / f"{name}.jsonl").is_file()]
    if not files:
        raise DatasetError(f"{path}: none of {', '.join(n + '.jsonl' for n in names)} found")
    return files


def read_newsmtsc(path: Path) -> list[LabelledSentence]:
    """All sentences of one NewsMTSC .jsonl file; a malformed line stops with its number."""
    path = Path(path)
    sentences: list[LabelledSentence] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["sentence_normalized"]
                targets = tuple(
                    LabelledTarget(
                        actor=str(t.get("mention", "")),
                        start=int(t["from"]),
                        end=int(t["to"]),
                        label=NEWSMTSC_POLARITY[float(t["polarity"])],
                    )
                    for t in record["targets"]
                )
            except (ValueError, KeyError, TypeError) as error:
                raise DatasetError(f"{path}:{number}: not a NewsMTSC record ({error})") from error
            if any(not 0 <= t.start < t.end <= len(text) for t in targets):
                raise DatasetError(f"{path}:{number}: a target's offsets fall outside the text")
            sentences.append(LabelledSentence(text, targets, source=f"{path.name}:{number}"))
    return sentences


def _csv_rows(path: Path, *, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as dicts with their 1-based line number; fails early when a column is missing."""
    with Path(path).open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        columns = {(name or "").strip() for name in reader.fieldnames or ()}
        if not set(required) <= columns:
            raise DatasetError(f"{path}: expected the columns {', '.join(required)}")
        for number, row in enumerate(reader, start=2):  # row 1 is the header
            yield number, {(k or "").strip(): (v or "") for k, v in row.items()}


def read_labelled_csv(path: Path) -> tuple[list[LabelledSentence], list[str]]:
    """Rows ``text, actor, label`` as sentences with one target each, and the skipped rows.

    The actor is found in the text case-insensitively, at its first occurrence; a row whose
    actor is not in its text, or whose label is not negative/neutral/positive, is skipped and
    reported (``"file.csv row 3: ..."``) rather than guessed.
    """
    path = Path(path)
    sentences: list[LabelledSentence] = []
    skipped: list[str] = []
    for number, row in _csv_rows(path, required=("text", "actor", "label")):
        text, actor = row.get("text", ""), row.get("actor", "").strip()
        label = parse_label(row.get("label", ""))
        where = f"{path.name} row {number}"
        if label is None:
            skipped.append(f"{where}: label {row.get('label', '')!r} is not "
                           "negative, neutral or positive")
            continue
        start = text.lower().find(actor.lower()) if actor else -1
        if start < 0:
            skipped.append(f"{where}: actor {actor!r} not found in the text")
            continue
        target = LabelledTarget(actor=actor, start=start, end=start + len(actor), label=label)
        sentences.append(LabelledSentence(text, (target,), source=where))
    return sentences, skipped


def read_persent(path: Path) -> list[PersentDocument]:
    """PerSenT rows: TARGET_ENTITY, DOCUMENT, TRUE_SENTIMENT, Paragraph0..Paragraph15.

    A document's paragraphs are its lines (split on ``\\n``); ``ParagraphN`` labels line N.
    """
    path = Path(path)
    documents: list[PersentDocument] = []
    for number, row in _csv_rows(path, required=("TARGET_ENTITY", "DOCUMENT", "TRUE_SENTIMENT")):
        text = row["DOCUMENT"].replace("\r\n", "\n")
        lines = text.split("\n")
        labels = tuple(
            parse_label(row.get(f"Paragraph{i}", "")) if i < PERSENT_PARAGRAPHS else None
            for i in range(len(lines))
        )
        documents.append(
            PersentDocument(
                entity=row["TARGET_ENTITY"].strip(),
                text=text,
                label=parse_label(row["TRUE_SENTIMENT"]),
                paragraphs=labels,
                source=f"{path.name} row {number}",
            )
        )
    return documents
