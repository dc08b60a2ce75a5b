"""Upload -> analysis -> store: each file on its own, plain messages, re-analysis after edits.

These run the real pipeline (spaCy), so they are marked slow; texts are written here, invented.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from analysis.errors import Msg
from analysis.limits import MB, Limits
from analysis.types import ActorKind
from dashboard.seed import ensure_samples, sample_files
from store import work as work_module
from store.core import Store
from store.ingest import (
    UNEXPECTED,
    IngestOutcome,
    ingest_bytes,
    ingest_pasted,
    rescore,
    storage_config,
)
from store.schema import Col

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

GOOD = (
    b"Harbour workers end strike at Calden port\n\n"
    b"The Harbour Union praised the port authority on Tuesday for agreeing to a new wage deal "
    b"after a week of talks.\n\n"
    b"Shipping firms welcomed the end of the strike, which had left dozens of vessels waiting "
    b"outside the harbour.\n"
)

RIVER = (
    "Council backs dam plan\n\n"
    "The river council backed the Harbour Union plan to share the water on Monday.\n\n"
    "Farmers said the plan was fair, and the river council promised a vote next month.\n"
)


def good_text(n: int) -> bytes:
    return GOOD.replace(b"Tuesday", f"day {n}".encode())


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "ingest.sqlite3")


def integrity(store: Store) -> str:
    with sqlite3.connect(store.path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


def test_a_bad_file_gets_a_plain_message_and_the_good_one_is_stored(store: Store) -> None:
    files = [("disguised.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"),
             ("strike.txt", GOOD),
             ("empty.md", b"  \n"),
             ("notes.exe", b"MZ\x90\x00")]
    outcomes = ingest_bytes(store, files, scorer="rules")
    assert [o.name for o in outcomes] == [name for name, _ in files]
    assert [o.status for o in outcomes] == ["error", "added", "error", "error"]
    for outcome in (outcomes[0], outcomes[2], outcomes[3]):
        assert outcome.message.startswith(f"{outcome.name}: ")
        assert "Traceback" not in outcome.message and "\n" not in outcome.message
    assert "PDF" in outcomes[0].message
    assert "empty" in outcomes[2].message
    (article_id,) = outcomes[1].article_ids
    assert store.article_ids() == [article_id]
    stored = store.article(article_id)
    assert stored.title == "Harbour workers end strike at Calden port"
    assert store.raw_article(article_id)["raw_text"] == GOOD.decode()
    assert integrity(store) == "ok"


def test_an_unexpected_error_is_reported_generically_and_the_rest_go_in(
        store: Store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    real = work_module.analyse_text

    def flaky(document, **kwargs):  # type: ignore[no-untyped-def]
        if document.name == "boom.txt":
            raise RuntimeError("internal detail /home/secret/path")
        return real(document, **kwargs)

    monkeypatch.setattr(work_module, "analyse_text", flaky)
    outcomes = ingest_bytes(store, [("boom.txt", good_text(1)), ("fine.txt", good_text(2))],
                            scorer="rules")
    assert outcomes[0] == IngestOutcome("boom.txt", "error", (), f"boom.txt: {UNEXPECTED}")
    assert outcomes[1].status == "added"
    assert store.count_articles() == 1
    assert "internal detail" in caplog.text  # logged for the developer, not shown to the user


def test_control_characters_in_upload_names_are_escaped_in_every_outcome(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(document, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("not shown")

    monkeypatch.setattr(work_module, "analyse_text", broken)
    names = ["empty\nfine.txt: added.txt", "\x1b[1mboom\u202e.txt"]
    outcomes = ingest_bytes(store, [(names[0], b""), (names[1], good_text(1))], scorer="rules")
    assert [o.message for o in outcomes] == [
        "empty\\nfine.txt: added.txt: the file is empty",
        f"\\x1b[1mboom\\u202e.txt: {UNEXPECTED}",
    ]
    assert [o.name for o in outcomes] == names  # the names themselves are kept


def test_the_same_file_twice_is_a_duplicate_with_the_stored_id(store: Store) -> None:
    (first,) = ingest_bytes(store, [("strike.txt", GOOD)], scorer="rules")
    (second,) = ingest_bytes(store, [("copy of strike.txt", GOOD)], scorer="rules")
    assert second.status == "duplicate"
    assert second.article_ids == first.article_ids
    assert "already stored" in second.message
    assert store.count_articles() == 1


def test_a_corpus_adds_one_article_per_row_and_names_bad_rows(store: Store) -> None:
    rows = [{"text": RIVER, "title": "Council backs dam plan", "source": "Valley Post",
             "published": "2026-03-03"},
            {"title": "no text here"},
            {"text": good_text(3).decode(), "source": "Metro Daily"}]
    data = "\n".join(json.dumps(r) for r in rows).encode()
    seen: list[IngestOutcome] = []
    (outcome,) = ingest_bytes(store, [("bulk.jsonl", data)], scorer="rules",
                              on_progress=seen.append)
    assert seen == [outcome]
    assert outcome.status == "added" and len(outcome.article_ids) == 2
    assert "2 articles added" in outcome.message and "row 2" in outcome.message
    articles = store.articles_frame()
    assert sorted(articles[Col.OUTLET].tolist()) == ["Metro Daily", "Valley Post"]
    assert str(articles[Col.PUBLISHED].dropna().iloc[0].date()) == "2026-03-03"


def test_on_progress_is_called_once_per_file_in_order(store: Store) -> None:
    seen: list[str] = []
    ingest_bytes(store, [("a.txt", good_text(4)), ("b.txt", b""), ("c.txt", good_text(5))],
                 scorer="rules", on_progress=lambda o: seen.append(f"{o.name}:{o.status}"))
    assert seen == ["a.txt:added", "b.txt:error", "c.txt:added"]


def test_pasted_text_is_stored_with_its_fields(store: Store) -> None:
    outcome = ingest_pasted(store, RIVER, title="My title", outlet="Valley Post",
                            published=date(2026, 3, 9), scorer="rules")
    assert outcome.status == "added"
    (row,) = store.articles_frame().to_dict("records")
    assert (row[Col.TITLE], row[Col.OUTLET], str(row[Col.PUBLISHED].date())) == (
        "My title", "Valley Post", "2026-03-09")
    empty = ingest_pasted(store, "   \n ", scorer="rules")
    assert empty.status == "error" and empty.message == "pasted text: the file is empty"


def test_pasted_text_over_the_size_limit_is_refused_with_the_catalogue_message(
        store: Store) -> None:
    outcome = ingest_pasted(store, "Word. " * 200_000, scorer="rules",
                            limits=Limits(max_bytes=MB))
    assert outcome.status == "error"
    assert outcome.message == "pasted text: " + Msg.TOO_LARGE.value.format(
        size_mb=1_200_000 / MB, limit_mb=1)
    assert store.count_articles() == 0


def test_renames_and_hides_are_left_to_read_time() -> None:
    from analysis.actors import ActorConfig
    from analysis.types import Actor

    config = ActorConfig(actors=(Actor("River Council", ActorKind.ORGANIZATION),),
                         merges=(("A", "B"),), renames=(("B", "C"),), hidden=frozenset({"D"}))
    assert storage_config(config) == ActorConfig(actors=config.actors, merges=(("A", "B"),))


def test_add_alias_then_rescore_finds_the_new_actor(store: Store) -> None:
    (outcome,) = ingest_bytes(store, [("river.txt", RIVER.encode())], scorer="rules")
    (article_id,) = outcome.article_ids
    assert "River Council" not in set(store.stances_frame()[Col.ACTOR])
    version = store.data_version()
    ids = store.add_alias("River Council", "river council", kind=ActorKind.ORGANIZATION)
    assert ids == [article_id]
    (done,) = rescore(store, article_ids=ids)
    assert done.status == "added" and done.article_ids == (article_id,)
    stances = store.stances_frame()
    council = stances[stances[Col.ACTOR] == "River Council"]
    assert sorted(council[Col.PARAGRAPH]) == [1, 2]
    assert set(council[Col.ACTOR_KIND]) == {"organization"}
    assert store.article_ids() == [article_id]
    assert store.data_version() != version
    mentions = [m for p in store.article(article_id).paragraphs for m in p.mentions
                if m.actor == "River Council"]
    assert [m.text for m in mentions] == ["river council", "river council"]


def test_merge_then_rescore_scores_the_merged_actor_once(store: Store) -> None:
    store.add_actor("Harbour Union", kind="organization")
    store.add_alias("River Council", "river council", kind="organization")
    (outcome,) = ingest_bytes(store, [("river.txt", RIVER.encode())], scorer="rules")
    (article_id,) = outcome.article_ids
    store.add_correction(article_id, 1, "River Council", "positive")
    before = store.stances_frame()
    assert {"River Council", "Harbour Union"} <= set(before[Col.ACTOR])
    ids = store.merge_actors("Harbour Union", "River Council")
    assert ids == [article_id]
    rescore(store, article_ids=ids)
    stored = store.article(article_id, apply_edits=False)
    assert "Harbour Union" not in {a.name for a in stored.actors}
    first = {s.actor: s for s in stored.paragraphs[1].stances}
    assert first["River Council"].mentions == 2
    after = store.stances_frame()
    row = after[(after[Col.PARAGRAPH] == 1) & (after[Col.ACTOR] == "River Council")]
    assert row[Col.MENTIONS].tolist() == [2]
    assert row[Col.CORRECTED_LABEL].tolist() == ["positive"]  # kept across the re-analysis


def test_rescore_reports_a_deleted_article(store: Store) -> None:
    (outcome,) = ingest_bytes(store, [("strike.txt", GOOD)], scorer="rules")
    store.delete_article(outcome.article_ids[0])
    (done,) = rescore(store, article_ids=outcome.article_ids)
    assert done.status == "error" and "no longer stored" in done.message


# --- seed ------------------------------------------------------------------------------------

@pytest.fixture()
def sample_folder(tmp_path: Path) -> tuple[Path, Path]:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_bytes(GOOD)
    (folder / "two.md").write_text("---\ntitle: Council backs dam plan\nsource: Valley Post\n"
                                   "published: 2026-03-04\n---\n\n" + RIVER, encoding="utf-8")
    (folder / ".hidden.txt").write_bytes(GOOD)
    (folder / "notes.odt").write_bytes(b"PK\x03\x04")
    actors = tmp_path / "actors.yaml"
    actors.write_text("actors:\n  - name: River Council\n    kind: organization\n"
                      "    aliases: [river council]\nrename:\n  River Council: The Council\n",
                      encoding="utf-8")
    return folder, actors


def test_ensure_samples_fills_an_empty_store_once(store: Store,
                                                  sample_folder: tuple[Path, Path]) -> None:
    folder, actors = sample_folder
    assert [p.name for p in sample_files(folder)] == ["one.txt", "two.md"]
    outcomes = ensure_samples(store, folder=folder, actors_file=actors, scorer="rules")
    assert [o.status for o in outcomes] == ["added", "added"]
    assert "The Council" in set(store.stances_frame()[Col.ACTOR])  # the file's rename applies
    edits, version = store.actor_edits(), store.data_version()
    assert ensure_samples(store, folder=folder, actors_file=actors, scorer="rules") == []
    assert store.count_articles() == 2
    assert store.actor_edits() == edits and store.data_version() == version


def test_seed_command_fills_the_store_from_the_shell(tmp_path: Path,
                                                     sample_folder: tuple[Path, Path]) -> None:
    folder, actors = sample_folder
    db = tmp_path / "cli.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "STANCEMAP_DB": str(db)}
    command = [sys.executable, "-m", "dashboard.seed", "--folder", str(folder),
               "--actors", str(actors), "--scorer", "rules"]
    first = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=300)
    assert first.returncode == 0, first.stderr
    assert "2 articles stored" in first.stdout
    again = subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True,
                           timeout=300)
    assert again.returncode == 0 and "nothing to do" in again.stdout
    assert Store(db).count_articles() == 2


def test_the_shipped_samples_all_go_in(store: Store) -> None:
    outcomes = ensure_samples(store)
    assert outcomes, "sample_data/articles has no readable files"
    assert [o.message for o in outcomes if o.status != "added"] == []
    assert store.count_articles() == len(outcomes)
    assert len(store.stances_frame()) > 0


def test_a_pdf_past_the_page_cap_goes_in_and_says_so(store: Store) -> None:
    from fixtures_read import make_pdf

    from analysis.limits import Limits

    pages = [f"The harbour council met for session {n} and agreed the budget." for n in range(6)]
    [outcome] = ingest_bytes(store, [("minutes.pdf", make_pdf(pages))], scorer="rules",
                             limits=Limits(max_pdf_pages=4))
    assert outcome.status == "added"
    assert outcome.message == ("minutes.pdf: added (only the first 4 of its 6 pages were read)")
    [article_id] = outcome.article_ids
    assert len(store.article(article_id).paragraphs) == 4


# Every line of prose is followed by a photo credit: cleaning takes most of the article.
CREDITED = (
    "Calden port reopens\n\n"
    "The Harbour Union praised the port.\n"
    "Dockers gather at the gate at dawn, waiting for the first ship of the season to come in "
    "- MIRA SOLANO/AFP via Getty Images\n"
    "Officials welcomed the deal.\n"
    "The harbour master signs the agreement in the port office on a grey Tuesday morning "
    "- JON ADE/Reuters via Getty Images\n"
)


def test_keep_original_text_re_analyses_without_cleaning_and_back(store: Store) -> None:
    from analysis.clean import MOSTLY_REMOVED, removed_share

    (outcome,) = ingest_bytes(store, [("credited.txt", CREDITED.encode())], scorer="rules")
    (article_id,) = outcome.article_ids
    cleaned = store.article(article_id)
    assert removed_share(cleaned.text, cleaned.removed) > MOSTLY_REMOVED
    assert "Getty Images" not in cleaned.text
    store.set_article_metadata(article_id, title="Kept title", outlet="Port Gazette")
    store.keep_original_text(article_id)
    (done,) = rescore(store, article_ids=[article_id])
    assert done.status == "added"
    kept = store.article(article_id)
    assert kept.removed == () and "MIRA SOLANO/AFP via Getty Images" in kept.text
    # the user's details survive the re-analysis
    assert (kept.title, kept.source) == ("Kept title", "Port Gazette")
    store.keep_original_text(article_id, keep=False)
    rescore(store, article_ids=[article_id])
    again = store.article(article_id)
    assert again.text == cleaned.text and len(again.removed) == len(cleaned.removed)
