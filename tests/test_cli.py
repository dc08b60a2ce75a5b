"""The CLI as a user runs it: a subprocess, its exit code, stdout and stderr."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from analysis.errors import Msg
from tests.conftest import run_cli

ARTICLE = """\
Harbour talks stall as Norland accuses Sudmark of stalling

  • Oops!
    Something went wrong.
    Please try again later.

Norland's foreign minister, Petra Valsund, accused Sudmark of breaking the fishing accord on Monday.

"They sent warships into our waters," Ms Valsund said. "That is a provocation."

Sudmark's government praised the mediators and said it wanted a fair settlement.
"""


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "harbour.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_json_output_has_the_documented_shape(article: Path) -> None:
    result = run_cli("analyze", str(article), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    [a] = data["articles"]
    assert a["title"].startswith("Harbour talks stall")
    assert "source" in a
    assert a["paragraphs"], "no paragraphs"
    for p in a["paragraphs"]:
        assert {"index", "text", "sentiment", "stances"} <= p.keys()
        assert {"compound", "label"} <= p["sentiment"].keys()
        for s in p["stances"]:
            assert {"actor", "score", "label", "confidence", "evidence"} <= s.keys()
            assert -1.0 <= s["score"] <= 1.0
            assert s["label"] in {"negative", "neutral", "positive"}
    actors = {s["actor"] for p in a["paragraphs"] for s in p["stances"]}
    assert "Petra Valsund" in actors
    texts = " ".join(p["text"] for p in a["paragraphs"])
    assert "Oops" not in texts and "try again later" not in texts


def test_csv_and_table_formats(article: Path) -> None:
    as_csv = run_cli("analyze", str(article), "--format", "csv")
    assert as_csv.returncode == 0, as_csv.stderr
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert rows and {"paragraph", "sentiment", "actor", "stance", "text"} <= rows[0].keys()
    table = run_cli("analyze", str(article), "--format", "table", "--scorer", "rules")
    assert table.returncode == 0, table.stderr
    assert "Harbour talks stall" in table.stdout and "sentiment" in table.stdout


def test_csv_format_makes_formula_like_text_inert(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text('=HYPERLINK("http://evil.example","Norland")\n\n'
                    "-1 said Norland's minister, Petra Valsund.\n", encoding="utf-8")
    result = run_cli("analyze", str(path), "--format", "csv", "--scorer", "rules")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    texts = {row["text"] for row in rows}
    assert texts == {'\'=HYPERLINK("http://evil.example","Norland")',
                     "'-1 said Norland's minister, Petra Valsund."}
    text_columns = ("article", "title", "source", "actor", "evidence", "text")
    assert all(not row[c].startswith(("=", "+", "-", "@")) for row in rows for c in text_columns)
    assert rows[0]["title"] == '\'=HYPERLINK("http://evil.example","Norland")'


def test_output_file(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run_cli("analyze", str(article), "--format", "json", "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))["articles"]


def test_bad_file_is_reported_and_the_others_still_analysed(article: Path,
                                                            tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    missing = tmp_path / "missing.html"
    result = run_cli("analyze", str(empty), str(article), str(binary), str(missing),
                     "--format", "json")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3, result.stderr
    for name, line in zip(("empty.txt", "photo.txt", "missing.html"), lines, strict=True):
        assert name in line
    assert "Traceback" not in result.stderr
    data = json.loads(result.stdout)
    assert [a["name"] for a in data["articles"]] == [article.name]


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Word " * 300_000, encoding="utf-8")
    result = run_cli("analyze", str(big), "--max-mb", "1")
    assert result.returncode == 1
    assert "big.txt" in result.stderr and "MB" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [(), ("analyze",), ("analyze", "x.txt", "--format", "xml"), ("frobnicate",)],
    ids=["no-command", "no-files", "bad-format", "unknown-command"],
)
def test_usage_errors_exit_2_without_traceback(args: tuple[str, ...]) -> None:
    result = run_cli(*args)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_actors_file_is_a_usage_error(article: Path, tmp_path: Path) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors: [unclosed\n", encoding="utf-8")
    result = run_cli("analyze", str(article), "--actors", str(actors))
    assert result.returncode == 2
    assert "actors.yaml" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(("content", "reason"), [
    ("a: &a [x, x, x]\nactors: *a\n", f"YAML syntax error at line 2: {Msg.YAML_ALIASES.value}"),
    ("actors: " + "[" * 100_000 + "]" * 100_000 + "\n", Msg.NESTED_TOO_DEEP.value),
], ids=["aliases", "deep"])
def test_hostile_actors_file_is_one_line_and_exit_2(
    article: Path, tmp_path: Path, content: str, reason: str
) -> None:
    actors = tmp_path / "actors.yaml"
    actors.write_text(content, encoding="utf-8")
    result = run_cli("analyze", str(article), "--actors", str(actors))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        f"stancemap: actors.yaml: the actors file is not valid: {reason}"]


def test_file_name_with_a_newline_cannot_forge_a_stderr_line(tmp_path: Path) -> None:
    forged = tmp_path / "x.txt\nstancemap: all 3 files analysed\x1b[0m.txt"
    forged.write_bytes(b"")
    result = run_cli("analyze", str(forged), "--scorer", "rules")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "stancemap: x.txt\\nstancemap: all 3 files analysed\\x1b[0m.txt: the file is empty"]


def test_actors_file_adds_an_actor(article: Path, tmp_path: Path) -> None:
    actors = tmp_path / "actors.json"
    actors.write_text(json.dumps({"actors": [
        {"name": "Harbour Mediators", "kind": "group", "aliases": ["the mediators"]}]}),
        encoding="utf-8")
    result = run_cli("analyze", str(article), "--actors", str(actors), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    actors_seen = {s["actor"] for p in data["articles"][0]["paragraphs"] for s in p["stances"]}
    assert "Harbour Mediators" in actors_seen


def test_a_folder_stands_for_its_supported_files(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "two.md").write_text("# Second\n\nNorland thanked Sudmark for the help.\n",
                                     encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    result = run_cli("analyze", str(tmp_path), "--format", "json", "--scorer", "rules")
    assert result.returncode == 0, result.stderr
    names = [a["name"] for a in json.loads(result.stdout)["articles"]]
    assert names == ["one.txt", "two.md"]


def test_a_pdf_past_the_page_cap_is_analysed_with_a_note(tmp_path: Path) -> None:
    from fixtures_read import make_pdf

    pdf = tmp_path / "minutes.pdf"
    pdf.write_bytes(make_pdf([f"The council met for session {n}." for n in range(305)]))
    result = run_cli("analyze", str(pdf), "--format", "json", "--scorer", "rules")
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip() == (
        "stancemap: note: minutes.pdf: only the first 300 of its 305 pages were read")
    assert len(json.loads(result.stdout)["articles"][0]["paragraphs"]) == 300
