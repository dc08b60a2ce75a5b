"""Readers of labelled stance data, the metrics, and the train-stance / evaluate commands.

Fixtures under tests/fixtures/stance/ are invented for these tests; no dataset is needed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.stance.datasets import (
    DatasetError,
    newsmtsc_files,
    read_labelled_csv,
    read_newsmtsc,
    read_persent,
)
from analysis.stance.evaluate import (
    DOCUMENT_THRESHOLD,
    document_label,
    evaluate_persent,
    evaluate_sentences,
    report,
)
from analysis.stance.model import arrays_path
from analysis.types import Label

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).parent / "fixtures" / "stance"
TINY_JSONL = FIXTURES / "newsmtsc_tiny.jsonl"
TINY_CSV = FIXTURES / "labelled.csv"
TINY_PERSENT = FIXTURES / "persent_tiny.csv"
REPORT_KEYS = {"n", "accuracy", "f1_macro", "per_class", "confusion"}

NEG, NEU, POS = Label.NEGATIVE, Label.NEUTRAL, Label.POSITIVE


# --- metrics ----------------------------------------------------------------------------------


def test_report_counts_the_confusion_rows_true_columns_predicted() -> None:
    truth = [NEG, NEG, NEU, POS, POS, POS]
    guess = [NEG, NEU, NEU, POS, NEG, POS]
    r = report(truth, guess)
    assert r.confusion == ((1, 1, 0), (0, 1, 0), (1, 0, 2))
    assert r.n == 6
    assert r.accuracy == pytest.approx(4 / 6)
    neg, neu, pos = r.per_class
    assert (neg.precision, neg.recall) == (pytest.approx(0.5), pytest.approx(0.5))
    assert (neu.precision, neu.recall, neu.f1) == (0.5, 1.0, pytest.approx(2 / 3))
    assert (pos.precision, pos.recall, pos.f1) == (1.0, pytest.approx(2 / 3), pytest.approx(0.8))
    assert r.f1_macro == pytest.approx((0.5 + 2 / 3 + 0.8) / 3)


def test_report_macro_skips_labels_absent_from_truth_and_predictions() -> None:
    r = report([NEG, POS], [NEG, POS])
    assert r.f1_macro == 1.0
    assert r.per_class[1].f1 == 0.0


def test_report_as_dict_has_the_documented_shape() -> None:
    out = report([NEG, NEU, POS], [NEG, NEU, NEU]).as_dict()
    assert set(out) == REPORT_KEYS
    assert set(out["per_class"]) == {"negative", "neutral", "positive"}
    assert all(set(v) == {"precision", "recall", "f1"} for v in out["per_class"].values())
    assert out["confusion"] == [[1, 0, 0], [0, 1, 0], [0, 1, 0]]


DOCUMENT_CASES: tuple[tuple[list[tuple[float, float]], Label], ...] = (
    ([], NEU),
    ([(0.8, 0.9), (0.2, 0.5)], POS),
    ([(-0.6, 0.8), (0.1, 0.4)], NEG),
    ([(DOCUMENT_THRESHOLD / 2, 1.0)], NEU),
    ([(0.9, 0.1), (-0.5, 0.9)], NEG),  # the confident paragraph wins
)


@pytest.mark.parametrize(("weighted", "expected"), DOCUMENT_CASES)
def test_document_label_is_the_confidence_weighted_mean(
    weighted: list[tuple[float, float]], expected: Label
) -> None:
    assert document_label(weighted) is expected


# --- readers ----------------------------------------------------------------------------------


def test_read_newsmtsc_offsets_match_the_mentions() -> None:
    sentences = read_newsmtsc(TINY_JSONL)
    assert len(sentences) == 12
    assert sum(len(s.targets) for s in sentences) == 14
    for s in sentences:
        for t in s.targets:
            assert s.text[t.start : t.end] == t.actor
    assert {t.label for s in sentences for t in s.targets} == {NEG, NEU, POS}


def test_read_newsmtsc_names_the_bad_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(TINY_JSONL.read_text(encoding="utf-8").splitlines()[0] + "\n{oops\n",
                   encoding="utf-8")
    with pytest.raises(DatasetError, match=r"bad\.jsonl:2"):
        read_newsmtsc(bad)


def test_newsmtsc_folder_reads_the_held_out_splits_not_train(tmp_path: Path) -> None:
    for name in ("train", "dev_rw", "dev_mt"):
        (tmp_path / f"{name}.jsonl").write_text("", encoding="utf-8")
    assert [p.name for p in newsmtsc_files(tmp_path)] == ["dev_rw.jsonl", "dev_mt.jsonl"]
    assert [p.name for p in newsmtsc_files(tmp_path, split="dev_mt")] == ["dev_mt.jsonl"]
    with pytest.raises(DatasetError):
        newsmtsc_files(tmp_path / "missing")


def test_read_labelled_csv_finds_actor_case_insensitively_and_reports_skips() -> None:
    sentences, skipped = read_labelled_csv(TINY_CSV)
    assert len(sentences) == 3
    for s in sentences:
        (t,) = s.targets
        assert s.text[t.start : t.end].lower() == t.actor.lower()
    assert [s.targets[0].label for s in sentences] == [POS, NEG, NEU]
    assert len(skipped) == 2
    assert "row 5" in skipped[0] and "not found" in skipped[0]
    assert "row 6" in skipped[1] and "delighted" in skipped[1]


def test_read_labelled_csv_takes_the_first_occurrence(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("text,actor,label\nVOS met Vos and vos.,vos,neutral\n", encoding="utf-8")
    (sentence,), skipped = read_labelled_csv(path)
    assert skipped == []
    assert (sentence.targets[0].start, sentence.targets[0].end) == (0, 3)


def test_read_labelled_csv_without_columns_fails(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("sentence,who\nHello,you\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="text, actor, label"):
        read_labelled_csv(path)


def test_header_only_csv_without_columns_fails(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("sentence,who\n", encoding="utf-8")
    with pytest.raises(DatasetError, match="text, actor, label"):
        read_labelled_csv(path)
    with pytest.raises(DatasetError, match="TARGET_ENTITY"):
        read_persent(path)


def test_read_persent_labels_each_line() -> None:
    first, second = read_persent(TINY_PERSENT)
    assert first.entity == "Ada Flint"
    assert first.label is POS
    assert first.paragraphs == (POS, POS, None)
    assert len(first.text.split("\n")) == 3
    assert second.paragraphs == (NEG, NEG, NEU)


# --- scoring through the scorers (loads spaCy) ------------------------------------------------


@pytest.mark.slow
def test_evaluate_sentences_scores_every_target() -> None:
    from analysis.stance import get_scorer

    sentences = read_newsmtsc(TINY_JSONL)
    r = evaluate_sentences(sentences, get_scorer("linear"))
    assert r.n == 14
    assert sum(map(sum, r.confusion)) == 14
    assert r.accuracy > 0.5  # invented, unambiguous sentences


@pytest.mark.slow
def test_evaluate_persent_paragraph_and_document_levels() -> None:
    from analysis.stance import get_scorer

    documents = read_persent(TINY_PERSENT)
    paragraphs = evaluate_persent(documents, get_scorer("linear"), level="paragraph")
    assert paragraphs.n == 5  # the labelled lines only
    whole = evaluate_persent(documents, get_scorer("linear"), level="document")
    assert whole.n == 2
    with pytest.raises(ValueError):
        evaluate_persent(documents, get_scorer("linear"), level="sentence")


# --- the commands, as a user runs them --------------------------------------------------------


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    ("dataset", "path", "extra"),
    [
        ("newsmtsc", TINY_JSONL, ()),
        ("csv", TINY_CSV, ()),
        ("persent", TINY_PERSENT, ("--level", "document")),
        ("newsmtsc", TINY_JSONL, ("--scorer", "rules")),
    ],
)
def test_evaluate_command_prints_one_json_object(
    dataset: str, path: Path, extra: tuple[str, ...]
) -> None:
    result = _run("evaluate", "--dataset", dataset, str(path), *extra)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert set(out) == REPORT_KEYS
    assert len(out["confusion"]) == 3 and all(len(row) == 3 for row in out["confusion"])
    assert sum(map(sum, out["confusion"])) == out["n"]


@pytest.mark.slow
def test_evaluate_command_reports_a_missing_file() -> None:
    result = _run("evaluate", "--dataset", "newsmtsc", "no/such/place")
    assert result.returncode == 1
    assert "no such file" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_train_stance_command_writes_a_model_that_evaluate_uses(tmp_path: Path) -> None:
    out = tmp_path / "model.json"
    result = _run("train-stance", "--scorer", "linear", "--newsmtsc", str(TINY_JSONL),
                  "--csv", str(TINY_CSV), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "skipped labelled.csv row 5" in result.stderr
    assert out.is_file() and arrays_path(out).is_file()
    info = json.loads(out.read_text(encoding="utf-8"))["info"]
    assert info["targets"] == "17"  # 14 NewsMTSC-style targets + 3 usable CSV rows
    scored = _run("evaluate", "--dataset", "csv", str(TINY_CSV), "--scorer", "linear",
                  "--model", str(out))
    assert scored.returncode == 0, scored.stderr
    assert json.loads(scored.stdout)["n"] == 3


def test_expected_calibration_error_golden() -> None:
    from analysis.stance.evaluate import expected_calibration_error

    # perfectly calibrated: 80% confident and right 4 times in 5
    probs = [(0.1, 0.1, 0.8)] * 5
    truth = [Label.POSITIVE] * 4 + [Label.NEGATIVE]
    assert expected_calibration_error(probs, truth) == pytest.approx(0.0)
    # always 90% confident, always wrong
    assert expected_calibration_error([(0.9, 0.05, 0.05)] * 3, [Label.POSITIVE] * 3) == \
        pytest.approx(0.9)
