"""``python -m analysis ingest``: folders and corpora into the store with worker processes,
one summary line, exit 1 on any failure, and a rerun that resumes by content hash."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.errors import Msg
from store.core import Store
from tests.conftest import run_cli

pytestmark = pytest.mark.slow


def article(n: int) -> str:
    return (f"Calden and Brevia meet for round {n} of the harbour talks\n\n"
            f"The Calden government praised Brevia on day {n} for its offer on the harbour.\n\n"
            f"Brevia's envoy said round {n} had gone well and thanked the mediators.\n")


def ingest(*args: str) -> tuple[int, list[str], list[str]]:
    done = run_cli("ingest", *args, "--workers", "1", "--scorer", "rules", timeout=600)
    return done.returncode, done.stdout.splitlines(), done.stderr.splitlines()


def test_ingest_adds_folders_and_corpora_then_resumes(
        tmp_path: Path, target: str | Path, opened: Callable[[str | Path], Store]) -> None:
    db = target  # a SQLite file, or a PostgreSQL URL (--db PATH_OR_URL)
    corpus = tmp_path / "in"
    (corpus / "march" / "week1").mkdir(parents=True)
    (corpus / "one.txt").write_text(article(1), encoding="utf-8")
    (corpus / "march" / "week1" / "two.md").write_text(article(2), encoding="utf-8")
    (corpus / "march" / "notes.xyz").write_text("not an article", encoding="utf-8")  # skipped

    code, out, err = ingest(str(corpus), "--db", str(db))
    assert (code, out) == (0, ["2 added, 0 already stored, 0 failed"]), err
    assert not any("%|" in line for line in err)  # no progress bar when stderr is not a terminal

    (corpus / "march" / "empty.txt").write_text("  \n", encoding="utf-8")
    rows = "title,text\n" + "".join(
        f"Round {n},\"{article(n).replace(chr(10), ' ')}\"\n" for n in (3, 4)) + "Blank,\n"
    (tmp_path / "rows.csv").write_text(rows, encoding="utf-8")
    code, out, err = ingest(str(corpus), str(tmp_path / "rows.csv"), "--db", str(db))
    assert code == 1
    assert out == ["2 added, 2 already stored, 2 failed"]
    assert sorted(err) == sorted([
        f"stancemap: rows.csv: {Msg.CORPUS_BAD_ROW.value.format(row=3, detail='it has no text')}",
        f"stancemap: empty.txt: {Msg.EMPTY.value}",
    ])
    store = opened(db)
    assert store.count_articles() == 4
    assert {"Round 3", "Round 4"} < set(store.articles_frame()["title"])

    # a rerun after everything went in analyses nothing again
    code, out, _ = ingest(str(corpus), str(tmp_path / "rows.csv"), "--db", str(db))
    assert (code, out) == (1, ["0 added, 4 already stored, 2 failed"])
    assert store.count_articles() == 4


def test_an_unknown_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(article(1), encoding="utf-8")
    done = run_cli("ingest", str(tmp_path / "one.txt"), "--db", str(tmp_path / "s.sqlite3"),
                   "--scheduler", "127.0.0.1:8786")
    assert done.returncode == 2
    assert done.stderr.startswith("stancemap: --scheduler 127.0.0.1:8786: give 'local' or")
    assert done.stdout == ""


def test_regression_an_actors_file_given_after_the_articles_reanalyses_them(
        tmp_path: Path, opened: Callable[[str | Path], Store]) -> None:
    """The sample store showed "Karesh" and "Kareshi" as organisations although the actors file
    that makes them one country was imported: ``ingest --actors`` recorded the file but skipped
    the articles already stored, which kept the analysis made without it (an alias or a kind
    only acts when an article is analysed). Near miss: an article the file does not touch is not
    analysed again."""
    db = tmp_path / "db" / "stancemap.sqlite3"
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "border.txt").write_text(
        "Karesh shuts the border\n\n"
        "Kareshi troops closed the border crossing on Monday, and Karesh said it would stay "
        "shut.\n\nOfficials in Tessaly blamed smugglers for the closure.\n", encoding="utf-8")
    (corpus / "harbour.txt").write_text(article(1), encoding="utf-8")
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n  - name: Karesh\n    kind: country\n"
                      "    aliases: [Kareshi, Tessaly]\n", encoding="utf-8")
    code, out, err = ingest(str(corpus), "--db", str(db))
    assert (code, out) == (0, ["2 added, 0 already stored, 0 failed"]), err

    code, out, err = ingest(str(corpus), "--db", str(db), "--actors", str(actors))
    assert (code, out) == (0, ["0 added, 2 already stored, 1 re-analysed, 0 failed"]), err
    store = opened(db)
    (border,) = (i for i in store.article_ids() if "Karesh" in store.article(i).title)
    kinds = {a.name: a.kind for a in store.article(border).actors}
    assert kinds == {"Karesh": "country"}, kinds
