"""The store on both databases: migrations, atomic writes, frames, actor edits, corrections.

Tests take ``store`` (parametrised: a SQLite file, and a fresh database on the session's
throwaway PostgreSQL server, ``tests/pg.py``); the few about the SQLite file itself take
``sqlite_store`` and say so. Faults are injected from here, as a trigger that raises inside the
store's transaction, the same way on both databases.
"""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import os
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import psycopg
import pytest

from analysis.clean import REASONS
from analysis.stance.base import MentionScore, Target, aggregate, mean_probs
from analysis.stance.datasets import read_labelled_csv
from analysis.types import (
    Actor,
    ActorKind,
    ArticleAnalysis,
    Cue,
    Evidence,
    Label,
    Mention,
    Paragraph,
    ParagraphAnalysis,
    Removal,
    Sentence,
    Sentiment,
    Stance,
)
from benchmarks.synthetic import fill_store, synthetic_articles
from store.core import (
    CORRECTION_COLUMNS,
    SCHEMA_VERSION,
    ActorEdit,
    EditKind,
    Store,
    actor_view,
)
from store.db import open_db
from store.postgres import POSTGRES_MIGRATIONS
from store.schema import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, STANCE_COLUMNS, Col

ROOT = Path(__file__).resolve().parent.parent
TABLES = ("articles", "removals", "paragraphs", "sentences", "mentions", "stances", "actors",
          "corrections")
KINDS = {"Veldora": ActorKind.COUNTRY, "Karesh": ActorKind.COUNTRY,
         "Ilse Odum": ActorKind.PERSON, "Harbour Union": ActorKind.ORGANIZATION}


def make_analysis(title: str, paragraphs: list[str], stances: dict[int, dict[str, float]], *,
                  outlet: str | None = "Harbour Ledger", published: str | None = "2026-03-02",
                  with_probs: bool = True) -> ArticleAnalysis:
    """A hand-built analysis with true offsets: one sentence per paragraph, a cue per stance.

    Each mention's probabilities have the stance's score (``mention_probs``); without
    ``with_probs`` they are missing, as in articles stored before schema 4.
    """
    text = "\n\n".join(paragraphs)
    built = []
    start = 0
    for index, p_text in enumerate(paragraphs):
        sentence = Sentence(index, start, start + len(p_text), p_text)
        mentions, p_stances = [], []
        for actor, score in stances.get(index, {}).items():
            at = start + p_text.index(actor)
            mentions.append(Mention(actor, at, at + len(actor), actor, index, index,
                                    probs=mention_probs(score) if with_probs else None))
            cue_at = start + p_text.index(" ") + 1  # the paragraph's second word
            cue_end = text.index(" ", cue_at) if " " in text[cue_at:] else len(text)
            cue = Cue(cue_at, cue_end, text[cue_at:cue_end], score, "word")
            label = (Label.POSITIVE if score > 0.3 else Label.NEGATIVE if score < -0.3
                     else Label.NEUTRAL)
            p_stances.append(Stance(actor, score, label, 0.5 + abs(score) / 2,
                                    Evidence((index,), (cue,)), mentions=1, scorer="rules"))
        compound = round(sum(stances.get(index, {}).values()) / 2, 4)
        built.append(ParagraphAnalysis(
            paragraph=Paragraph(index, start, start + len(p_text), p_text, (sentence,)),
            sentiment=Sentiment(compound, 0.1, 0.8, 0.1, Label.NEUTRAL),
            mentions=tuple(mentions), stances=tuple(p_stances)))
        start += len(p_text) + 2
    names = dict.fromkeys(a for s in stances.values() for a in s)
    return ArticleAnalysis(
        name=f"{title}.txt", title=title, source=outlet, published=published,
        url="https://example.org/a", fmt="txt",
        content_hash=hashlib.sha256(text.encode()).hexdigest(), text=text,
        removed=(Removal(0, 9, "Advert: x", "ui"),), paragraphs=tuple(built),
        actors=tuple(Actor(n, KINDS[n], ("alias of " + n,)) for n in names))


def mention_probs(score: float) -> tuple[float, float, float]:
    """Probabilities whose score (P(positive) - P(negative)) is ``score``."""
    return (max(0.0, -score), 1 - abs(score), max(0.0, score))


def raw_of(analysis: ArticleAnalysis) -> str:
    return "Advert: x\n" + analysis.text


#: What a failed statement raises, on either database.
DB_ERRORS = (sqlite3.Error, psycopg.Error)


@pytest.fixture()
def store(target: str | Path, opened: Callable[[str | Path], Store]) -> Store:
    return opened(target)


@pytest.fixture()
def sqlite_store(tmp_path: Path) -> Store:
    """For tests about the SQLite file itself (pragmas, integrity after a killed process)."""
    return Store(tmp_path / "db" / "stancemap.sqlite3")


@pytest.fixture()
def veldora() -> ArticleAnalysis:
    return make_analysis("Veldora talks", [
        "Veldora praised Karesh for reopening the port.",
        "Ilse Odum accused Veldora of stalling the talks.",
        "Weather delayed ships.",
        "Karesh welcomed the Harbour Union offer while Veldora hesitated.",
    ], {0: {"Veldora": 0.1, "Karesh": 0.7}, 1: {"Ilse Odum": -0.2, "Veldora": -0.8},
        3: {"Karesh": 0.5, "Harbour Union": 0.6, "Veldora": -0.1}})


@pytest.fixture()
def karesh() -> ArticleAnalysis:
    return make_analysis("Karesh strike", [
        "Karesh condemned the strike.",
        "Harbour Union defended Karesh workers.",
    ], {0: {"Karesh": -0.4}, 1: {"Harbour Union": 0.4, "Karesh": 0.2}},
        outlet="Eastern Courier", published=None)


def row_counts(store: Store) -> dict[str, int]:
    with store.db.connect() as conn:
        return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def fail_inserts(store: Store, table: str, *, article_id: int | None = None) -> Callable[[], None]:
    """Make every INSERT into ``table`` (of ``article_id`` only, if given) raise "disk on fire".

    A trigger, so the fault happens inside the store's own transaction, as a failing disk or a
    constraint would; returns the function that removes it. ``table`` is one of ``TABLES``.
    """
    assert table in TABLES
    when = "" if article_id is None else f"NEW.article_id = {int(article_id)}"
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table}"
                         f" {'WHEN ' + when if when else ''}"
                         " BEGIN SELECT RAISE(ABORT, 'disk on fire'); END")
            drop = f"DROP TRIGGER fail_{table}"
        else:
            conn.execute("CREATE OR REPLACE FUNCTION fail_insert() RETURNS trigger"
                         " LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk on fire'; END $$")
            conn.execute(f"CREATE TRIGGER fail_{table} BEFORE INSERT ON {table} FOR EACH ROW"
                         f" {'WHEN (' + when + ')' if when else ''}"
                         " EXECUTE FUNCTION fail_insert()")
            drop = f"DROP TRIGGER fail_{table} ON {table}"

    def remove() -> None:
        with store.db.connect() as conn:
            conn.execute(drop)

    return remove


def table_columns(store: Store) -> dict[str, list[str]]:
    """Every table of ``store`` and its columns, in order (from the database's own catalogue)."""
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            # the search index's FTS5 table and its shadow tables are SQLite's index, as the
            # trigram index is PostgreSQL's (migration 9)
            names = [r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")
                if not r[0].startswith("paragraphs_fts")]
            return {n: [c[1] for c in conn.execute(f"PRAGMA table_info({n})")] for n in names}
        out: dict[str, list[str]] = {}
        for table, column in conn.execute(
                "SELECT table_name, column_name FROM information_schema.columns"
                " WHERE table_schema = 'public' ORDER BY table_name, ordinal_position"):
            out.setdefault(table, []).append(column)
        out.pop("schema_version")  # PostgreSQL's count of migrations; SQLite's is a pragma
        return out


# --- schema --------------------------------------------------------------------------------

def test_open_creates_and_migrates_a_fresh_sqlite_file(tmp_path: Path) -> None:
    # SQLite only: the file, WAL mode and PRAGMA user_version are the SQLite file's own.
    path = tmp_path / "new" / "folder" / "s.sqlite3"
    store = Store(path)
    assert path.is_file()
    assert store.schema_version == SCHEMA_VERSION
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {*TABLES, "actor_edits", "meta"} <= set(table_columns(store))
    assert all(n == 0 for n in row_counts(store).values())


def test_both_databases_get_the_same_tables_and_columns(
        tmp_path: Path, postgres_url: str, opened: Callable[[str | Path], Store]) -> None:
    assert len(POSTGRES_MIGRATIONS) == SCHEMA_VERSION
    on_sqlite = table_columns(opened(tmp_path / "s.sqlite3"))
    on_postgres = table_columns(opened(postgres_url))
    assert on_postgres == on_sqlite
    assert {*TABLES, "actor_edits", "meta"} <= set(on_postgres)


def test_opening_a_fresh_store_migrates_it(store: Store) -> None:
    assert store.schema_version == SCHEMA_VERSION
    assert {*TABLES, "actor_edits", "meta"} <= set(table_columns(store))
    assert all(n == 0 for n in row_counts(store).values())
    assert store.data_version() == 0


def test_reopening_keeps_the_schema_and_the_data(
        store: Store, veldora: ArticleAnalysis, opened: Callable[[str | Path], Store]) -> None:
    added = store.add_article(veldora, raw_text=raw_of(veldora))
    store.rename_actor("Karesh", "Republic of Karesh")
    store.add_correction(added.article_id, 0, "Republic of Karesh", "neutral")
    again = opened(store.location)
    assert again.schema_version == SCHEMA_VERSION
    assert again.article(added.article_id, apply_edits=False) == veldora
    assert again.actor_edits() == store.actor_edits()
    assert again.stances_frame().equals(store.stances_frame())


def test_a_database_from_a_newer_version_is_refused(
        store: Store, opened: Callable[[str | Path], Store]) -> None:
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        else:
            conn.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    with pytest.raises(RuntimeError, match="newer"):
        opened(store.location)


def test_two_processes_opening_a_new_postgres_store_migrate_it_once(postgres_url: str) -> None:
    script = "import sys\nfrom store.core import Store\nStore(sys.argv[1]).close()\n"
    procs = [subprocess.Popen([sys.executable, "-c", script, postgres_url], cwd=ROOT,
                              env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with psycopg.connect(postgres_url) as conn:
        assert conn.execute("SELECT version FROM schema_version").fetchall() == [
            (SCHEMA_VERSION,)]
        assert conn.execute("SELECT id, version FROM meta").fetchall() == [(1, 0)]


def test_from_env_uses_the_variable_and_creates_the_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "somewhere" / "else.sqlite3"
    monkeypatch.setenv("STANCEMAP_DB", str(path))
    assert Store.from_env().path == path
    assert path.is_file()


def test_from_env_takes_a_postgres_url(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_DB", f"  {postgres_url} ")
    store = Store.from_env()
    try:
        assert (store.location, store.path, store.db.dialect.name) == (
            postgres_url, None, "postgresql")
        assert store.count_articles() == 0
    finally:
        store.close()


def test_a_postgres_password_is_never_shown() -> None:
    from store.postgres import redacted

    assert redacted("postgresql://ana:s3cret@db.example:5432/news") == (
        "postgresql://ana:***@db.example:5432/news")
    assert redacted("postgresql://ana@db.example/news") == "postgresql://ana@db.example/news"


def test_placeholders_become_psycopg_style_outside_quotes_only() -> None:
    from store.postgres import placeholders

    assert placeholders("SELECT a FROM t WHERE b = ? AND c LIKE '%?%' AND \"d?\" = ?") == (
        "SELECT a FROM t WHERE b = %s AND c LIKE '%?%' AND \"d?\" = %s")
    assert placeholders("SELECT 100 % 7, ?") == "SELECT 100 %% 7, %s"


def test_from_env_defaults_to_data_under_the_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("STANCEMAP_DB", raising=False)
    monkeypatch.setattr(Store, "__init__", lambda self, path: setattr(self, "path", Path(path)))
    assert Store.from_env().path == ROOT / "data" / "stancemap.sqlite3"


def test_the_dashboard_launcher_opens_the_store_without_pandas(tmp_path: Path) -> None:
    # Regression: ``store/__init__`` imported ``store.core`` (pandas, ~1 s on two cores), so
    # opening and migrating the store delayed every server start by that much
    code = ("import sys; from store.db import configured_target, migrate, open_database;"
            " import store.pool, store.sqlite; db = open_database(configured_target());"
            " print(migrate(db)); print(sorted(m for m in ('pandas', 'numpy', 'store.core')"
            " if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=False,
                          env={**os.environ, "STANCEMAP_DB": str(tmp_path / "s.sqlite3")})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == [str(SCHEMA_VERSION), "[]"]


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(DB_ERRORS, match=r"(?i)foreign key"), store.db.connect() as conn:
        conn.execute("INSERT INTO paragraphs VALUES (999, 0, 0, 1, 'x', 0, 0, 1, 0, 'neutral')")


# --- add, dedup, delete --------------------------------------------------------------------

def test_an_article_round_trips_exactly(store: Store, veldora: ArticleAnalysis) -> None:
    result = store.add_article(veldora, raw_text=raw_of(veldora))
    assert result.created
    rebuilt = store.article(result.article_id)
    assert rebuilt == veldora
    for pa in rebuilt.paragraphs:
        spans = [pa.paragraph, *pa.paragraph.sentences, *pa.mentions,
                 *(c for s in pa.stances for c in s.evidence.cues)]
        assert all(rebuilt.text[x.start:x.end] == x.text for x in spans)
    assert store.raw_article(result.article_id)["raw_text"] == raw_of(veldora)


def test_the_same_content_again_returns_the_stored_id(
        store: Store, veldora: ArticleAnalysis) -> None:
    first = store.add_article(veldora, raw_text=raw_of(veldora))
    before = row_counts(store)
    second = store.add_article(veldora, raw_text="another raw text")
    assert (second.article_id, second.created) == (first.article_id, False)
    assert row_counts(store) == before


def test_delete_leaves_no_rows_in_any_table(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    kept = store.add_article(karesh, raw_text=raw_of(karesh)).article_id
    kept_counts = row_counts(store)
    gone = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.add_correction(gone, 1, "Veldora", "negative")
    store.delete_article(gone)
    assert row_counts(store) == kept_counts
    assert store.article_ids() == [kept]
    with pytest.raises(KeyError):
        store.article(gone)


@pytest.mark.parametrize("table", ["removals", "paragraphs", "sentences", "mentions",
                                   "stances", "actors"])
def test_a_crash_mid_write_leaves_no_half_article(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis, table: str) -> None:
    store.add_article(karesh, raw_text=raw_of(karesh))
    before, version = row_counts(store), store.data_version()
    remove = fail_inserts(store, table)
    with pytest.raises(DB_ERRORS, match="disk on fire"):
        store.add_article(veldora, raw_text=raw_of(veldora))
    assert row_counts(store) == before
    assert store.data_version() == version
    remove()
    assert store.add_article(veldora, raw_text=raw_of(veldora)).created


def test_a_process_killed_mid_write_leaves_no_half_article(sqlite_store: Store) -> None:
    # SQLite only: the file must be whole after a process dies holding the write lock (a
    # PostgreSQL server rolls back a dead client's transaction itself). The trigger calls die(),
    # a function only the child registers: os._exit skips every except/finally, so no ROLLBACK
    # runs, as when the process is killed.
    store = sqlite_store
    with store.db.connect() as conn:
        conn.execute("CREATE TRIGGER die BEFORE INSERT ON stances BEGIN SELECT die(); END")
    script = (
        "import os, sqlite3, sys\n"
        "connect = sqlite3.connect\n"
        "def dying(*args, **kwargs):\n"
        "    conn = connect(*args, **kwargs)\n"
        "    conn.create_function('die', 0, lambda: os._exit(3))\n"
        "    return conn\n"
        "sqlite3.connect = dying\n"
        "from benchmarks.synthetic import synthetic_articles\n"
        "from store.core import Store\n"
        "analysis, raw = next(synthetic_articles(1, seed=9))\n"
        "Store(sys.argv[1]).add_article(analysis, raw_text=raw)\n"
    )
    done = subprocess.run([sys.executable, "-c", script, str(store.path)], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 3, done.stderr
    again = Store(store.location)
    assert all(n == 0 for n in row_counts(again).values())
    with sqlite3.connect(store.location) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("DROP TRIGGER die")
    assert again.add_many(synthetic_articles(1, seed=9))[0].created


def test_a_client_killed_mid_write_leaves_no_half_article_on_postgres(
        postgres_url: str, opened: Callable[[str | Path], Store]) -> None:
    # The child's INSERTs into stances wait in a trigger; the child is killed there, holding an
    # open transaction, and the server must drop all of it.
    store = opened(postgres_url)
    with store.db.connect() as conn:
        conn.execute("CREATE FUNCTION wait_forever() RETURNS trigger LANGUAGE plpgsql AS"
                     " $$ BEGIN PERFORM pg_sleep(600); RETURN NEW; END $$")
        conn.execute("CREATE TRIGGER wait BEFORE INSERT ON stances FOR EACH ROW"
                     " EXECUTE FUNCTION wait_forever()")
    script = (
        "import sys\n"
        "from benchmarks.synthetic import synthetic_articles\n"
        "from store.core import Store\n"
        "Store(sys.argv[1]).add_many(synthetic_articles(3, seed=9))\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script, postgres_url], cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    sleeping = ("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                " AND wait_event = 'PgSleep'")
    with psycopg.connect(postgres_url, autocommit=True) as watch:
        backend = None
        for _ in range(600):  # until the child's write is inside the trigger (at most a minute)
            row = watch.execute(sleeping).fetchone()
            if row is not None:
                backend = row[0]
                break
            assert child.poll() is None, "the child ended before it reached the trigger"
            time.sleep(0.1)
        assert backend is not None
        with store.db.connect() as conn:  # the child's rows are not visible while it is open
            assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
        child.kill()
        child.wait(timeout=60)
        for _ in range(600):  # until the server has noticed and ended that backend
            if watch.execute("SELECT 1 FROM pg_stat_activity WHERE pid = %s",
                             (backend,)).fetchone() is None:
                break
            time.sleep(0.1)
        else:
            raise AssertionError("the killed client's backend is still there after a minute")
    with store.db.connect() as conn:
        conn.execute("DROP TRIGGER wait ON stances")
    assert all(n == 0 for n in row_counts(store).values())
    assert store.add_many(synthetic_articles(3, seed=9))[0].created


def test_a_connection_lost_mid_write_reports_why_and_the_store_goes_on(
        postgres_url: str, opened: Callable[[str | Path], Store],
        veldora: ArticleAnalysis) -> None:
    # The server ends the connection inside the transaction: the error says so (not that the
    # ROLLBACK after it failed), and the pool replaces the dead connection.
    store = opened(postgres_url)
    with store.db.connect() as conn:
        conn.execute("CREATE FUNCTION hang_up() RETURNS trigger LANGUAGE plpgsql AS"
                     " $$ BEGIN PERFORM pg_terminate_backend(pg_backend_pid()); RETURN NEW; END $$")
        conn.execute("CREATE TRIGGER hang_up BEFORE INSERT ON stances FOR EACH ROW"
                     " EXECUTE FUNCTION hang_up()")
    with pytest.raises(psycopg.OperationalError, match="terminating connection"):
        store.add_article(veldora, raw_text=raw_of(veldora))
    with store.db.connect() as conn:
        conn.execute("DROP TRIGGER hang_up ON stances")
    assert all(n == 0 for n in row_counts(store).values())
    assert store.add_article(veldora, raw_text=raw_of(veldora)).created


def test_a_failed_bulk_add_stores_none_of_it(store: Store) -> None:
    items = list(synthetic_articles(5, seed=3))
    fail_inserts(store, "actors", article_id=3)  # the third article of an empty store
    with pytest.raises(DB_ERRORS, match="disk on fire"):
        store.add_many(items)
    assert all(n == 0 for n in row_counts(store).values())
    assert store.data_version() == 0


def test_two_threads_adding_at_once_both_succeed(store: Store) -> None:
    batches = [list(synthetic_articles(15, seed=s)) for s in (1, 2)]
    start = threading.Barrier(2)
    results: dict[int, list[int]] = {}
    errors: list[BaseException] = []

    def add(n: int) -> None:
        try:
            start.wait()
            results[n] = [store.add_article(a, raw_text=r).article_id for a, r in batches[n]]
        except BaseException as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=add, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(results[0] + results[1]) == store.article_ids()
    assert store.count_articles() == 30


def test_regression_concurrent_re_analyses_deadlocked(store: Store) -> None:
    # a re-analysis takes its rows out of the summaries and puts the new ones in, two
    # statements each locking the shared rows it updates (an actor's totals): writers side by
    # side on PostgreSQL deadlocked, one of them failing, until every shown write ran one at
    # a time there (write_transaction); on SQLite they always have
    ids = [result.article_id for result in store.add_many(synthetic_articles(6, seed=40))]
    fresh = [list(synthetic_articles(8, seed=seed)) for seed in (41, 42, 43, 44)]
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def reanalyse(n: int) -> None:
        try:
            start.wait()
            for i, (analysis, _) in enumerate(fresh[n]):
                store.replace_article(ids[(n + i) % len(ids)], analysis)
        except BaseException as error:  # reported below: a thread's exception is otherwise lost
            errors.append(error)

    threads = [threading.Thread(target=reanalyse, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with store.db.connect() as conn:
        assert dict(conn.execute("SELECT actor, n FROM actor_totals").fetchall()) == dict(
            conn.execute("SELECT actor, COUNT(*) FROM stances GROUP BY actor").fetchall())


def test_two_threads_adding_the_same_article_store_it_once(
        store: Store, veldora: ArticleAnalysis) -> None:
    start = threading.Barrier(4)
    results = []

    def add() -> None:
        start.wait()
        results.append(store.add_article(veldora, raw_text=raw_of(veldora)))

    threads = [threading.Thread(target=add) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({r.article_id for r in results}) == 1
    assert sorted(r.created for r in results) == [False, False, False, True]


def test_two_processes_adding_at_once_both_succeed(store: Store) -> None:
    # On PostgreSQL the two analyse side by side and write one at a time, as on SQLite.
    script = (
        "import sys\n"
        "from benchmarks.synthetic import fill_store\n"
        "from store.core import Store\n"
        "fill_store(Store(sys.argv[1]), 40, seed=int(sys.argv[2]), batch=1)\n"
    )
    procs = [subprocess.Popen([sys.executable, "-c", script, store.location, str(seed)],
                              cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                              stderr=subprocess.PIPE,
                              text=True) for seed in (11, 12)]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    assert store.count_articles() == 80
    counts = row_counts(store)
    expected = {t: 0 for t in TABLES}
    for seed in (11, 12):
        for analysis, _ in synthetic_articles(40, seed=seed):
            expected["articles"] += 1
            expected["removals"] += len(analysis.removed)
            expected["paragraphs"] += len(analysis.paragraphs)
            expected["sentences"] += sum(len(p.paragraph.sentences) for p in analysis.paragraphs)
            expected["mentions"] += sum(len(p.mentions) for p in analysis.paragraphs)
            expected["stances"] += sum(len(p.stances) for p in analysis.paragraphs)
            expected["actors"] += len(analysis.actors)
    assert counts == expected
    assert len(store.stances_frame()) == expected["stances"]


def _add_in_child(store: Store) -> None:
    store.add_many(synthetic_articles(3, seed=31))
    store.close()  # as a worker does at its end: it must close its own connections only


def test_a_forked_worker_uses_a_pool_of_its_own(
        postgres_url: str, opened: Callable[[str | Path], Store]) -> None:
    # Workers (multiprocessing, Dask) fork after the parent has used its pool: sharing its
    # sockets would mix two processes' messages on one connection.
    import multiprocessing

    store = opened(postgres_url)
    store.add_many(synthetic_articles(2, seed=30))
    child = multiprocessing.get_context("fork").Process(target=_add_in_child, args=(store,))
    child.start()
    child.join(timeout=120)
    assert child.exitcode == 0
    assert store.count_articles() == 5  # the parent's pooled connection still works
    store.add_many(synthetic_articles(1, seed=32))
    assert store.count_articles() == 6


# --- frames --------------------------------------------------------------------------------

def test_frames_have_exactly_the_schema_columns(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    def dtypes() -> list[dict[str, str]]:
        return [dict(f.dtypes.astype(str)) for f in (
            store.articles_frame(), store.paragraphs_frame(), store.stances_frame(),
            store.corrections_frame())]

    for frame, columns in ((store.articles_frame(), ARTICLE_COLUMNS),
                           (store.paragraphs_frame(), PARAGRAPH_COLUMNS),
                           (store.stances_frame(), STANCE_COLUMNS),
                           (store.corrections_frame(), CORRECTION_COLUMNS)):
        assert tuple(frame.columns) == columns and frame.empty
    empty = dtypes()
    v_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.add_article(karesh, raw_text=raw_of(karesh))
    store.add_correction(v_id, 0, "Karesh", "neutral")
    assert dtypes() == empty  # an empty store's frames have the same dtypes as a full one's
    articles, paragraphs = store.articles_frame(), store.paragraphs_frame()
    stances = store.stances_frame()
    assert tuple(articles.columns) == ARTICLE_COLUMNS
    assert tuple(paragraphs.columns) == PARAGRAPH_COLUMNS
    assert tuple(stances.columns) == STANCE_COLUMNS
    assert len(articles) == 2 and len(paragraphs) == 6 and len(stances) == 10
    for frame in (articles, paragraphs, stances):
        assert pd.api.types.is_datetime64_any_dtype(frame[Col.PUBLISHED])
    assert articles[Col.PUBLISHED].tolist()[0] == pd.Timestamp("2026-03-02")
    assert pd.isna(articles[Col.PUBLISHED].tolist()[1])
    assert articles[Col.N_PARAGRAPHS].tolist() == [4, 2]


def test_position_is_paragraph_over_last_index(store: Store) -> None:
    one = make_analysis("One", ["Veldora spoke."], {0: {"Veldora": 0.5}})
    four = make_analysis("Four", ["Veldora a.", "Veldora b.", "Veldora c.", "Veldora d."],
                         {i: {"Veldora": 0.0} for i in range(4)})
    store.add_article(one, raw_text=one.text)
    store.add_article(four, raw_text=four.text)
    stances = store.stances_frame()
    assert stances[Col.POSITION].tolist() == [0.0, 0.0, 1 / 3, 2 / 3, 1.0]
    assert store.paragraphs_frame()[Col.POSITION].tolist() == [0.0, 0.0, 1 / 3, 2 / 3, 1.0]


def test_stances_frame_values_come_from_the_analysis(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    stances = store.stances_frame().set_index([Col.PARAGRAPH, Col.ACTOR])
    row = stances.loc[(1, "Veldora")]
    assert (row[Col.ARTICLE_ID], row[Col.STANCE], row[Col.STANCE_LABEL]) == (
        article_id, -0.8, "negative")
    assert row[Col.ACTOR_KIND] == "country" and row[Col.TITLE] == "Veldora talks"
    assert stances.loc[(3, "Harbour Union"), Col.ACTOR_KIND] == "organization"
    assert stances[Col.CORRECTED_LABEL].isna().all()


# --- actor edits ---------------------------------------------------------------------------

def edit(kind: EditKind, *args: str) -> ActorEdit:
    return ActorEdit(0, kind, args, "")


@pytest.mark.parametrize(("edits", "shown", "hidden"), [
    ([], {}, set()),
    ([edit(EditKind.RENAME, "A", "B")], {"A": "B"}, set()),
    ([edit(EditKind.RENAME, "A", "X"), edit(EditKind.RENAME, "X", "Y")], {"A": "Y"}, set()),
    # renaming onto a name in use shows both under it, as a merge would
    ([edit(EditKind.RENAME, "A", "B"), edit(EditKind.RENAME, "B", "C")],
     {"A": "C", "B": "C"}, set()),
    ([edit(EditKind.MERGE, "A", "B")], {"A": "B"}, set()),
    ([edit(EditKind.MERGE, "A", "B"), edit(EditKind.RENAME, "B", "D")],
     {"A": "D", "B": "D"}, set()),
    ([edit(EditKind.HIDE, "A")], {}, {"A"}),
    ([edit(EditKind.HIDE, "A"), edit(EditKind.UNHIDE, "A")], {}, set()),
    ([edit(EditKind.HIDE, "A"), edit(EditKind.RENAME, "A", "X")], {"A": "X"}, {"A"}),
    ([edit(EditKind.RENAME, "A", "X"), edit(EditKind.HIDE, "X")], {"A": "X"}, {"A"}),
    ([edit(EditKind.RENAME, "A", "X"), edit(EditKind.HIDE, "A")], {"A": "X"}, set()),
    ([edit(EditKind.HIDE, "B"), edit(EditKind.MERGE, "A", "B")], {"A": "B"}, {"A", "B"}),
])
def test_actor_view_replays_edits_in_order(edits: list[ActorEdit], shown: dict[str, str],
                                           hidden: set[str]) -> None:
    view = actor_view(edits, ["A", "B", "C"])
    assert {n: view.show(n) for n in "ABC" if view.show(n) != n} == shown
    assert {n for n in "ABC" if view.is_hidden(n)} == hidden


def test_rename_shows_in_stances_frame_and_reader(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    before = store.stances_frame()
    store.rename_actor("Veldora", "Republic of Veldora")
    after = store.stances_frame()
    assert "Veldora" not in set(after[Col.ACTOR])
    renamed = (after[Col.ACTOR] == "Republic of Veldora").sum()
    assert renamed == (before[Col.ACTOR] == "Veldora").sum() == 3
    assert after[Col.STANCE].tolist() == before[Col.STANCE].tolist()
    reader = store.article(article_id)
    assert "Republic of Veldora" in {a.name for a in reader.actors}
    assert {m.actor for p in reader.paragraphs for m in p.mentions} >= {"Republic of Veldora"}


def test_hide_and_unhide_show_in_stances_frame(store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.hide_actor("Karesh")
    stances = store.stances_frame()
    assert "Karesh" not in set(stances[Col.ACTOR]) and len(stances) == 7 - 2
    assert "Karesh" not in {s.actor for p in store.article(article_id).paragraphs
                            for s in p.stances}
    store.unhide_actor("Karesh")
    assert len(store.stances_frame()) == 7


def test_merge_folds_two_actors_of_one_paragraph_into_one_row(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    v_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    k_id = store.add_article(karesh, raw_text=raw_of(karesh)).article_id
    to_rescore = store.merge_actors("Karesh", "Veldora")
    assert to_rescore == [v_id, k_id]
    stances = store.stances_frame()
    assert "Karesh" not in set(stances[Col.ACTOR])
    assert len(stances) == 10 - 2  # paragraphs 0 and 3 of Veldora talks had both actors
    # the one rule (analysis.stance.base.aggregate) over the merged actor's stored mention
    # probabilities, with its article-wide mean as context: as re-analysis would aggregate them
    article = [(0, 0.1), (0, 0.7), (1, -0.8), (3, 0.5), (3, -0.1)]  # (paragraph, score)
    scores = [(p, MentionScore(Target("Veldora", 0, 1), mention_probs(x), p)) for p, x in article]
    context = mean_probs([m for _, m in scores])
    expected = {p: aggregate("Veldora", [m for q, m in scores if q == p], scorer="rules",
                             context=context) for p in (0, 1, 3)}
    frame = stances.set_index([Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR])
    reader = {i: p.stances for i, p in enumerate(store.article(v_id).paragraphs)}
    for p, want in expected.items():
        row = frame.loc[(v_id, p, "Veldora")]
        assert (row[Col.STANCE], row[Col.STANCE_LABEL], row[Col.CONFIDENCE], row[Col.MENTIONS]) \
            == (want.score, str(want.label), want.confidence, want.mentions)
        got = [s for s in reader[p] if s.actor == "Veldora"]  # the reader: the same stance
        assert [(s.score, s.label, s.confidence, s.mentions) for s in got] == [
            (want.score, want.label, want.confidence, want.mentions)]
    assert expected[0].score != pytest.approx((0.1 + 0.7) / 2)  # not the old mean of scores
    assert len(next(s for s in reader[0] if s.actor == "Veldora").evidence.cues) == 2
    # the other article's Karesh rows have no Veldora beside them: renamed, scores as stored
    assert frame.loc[(k_id, slice(None), "Veldora"), Col.STANCE].tolist() == [
        s.score for p in karesh.paragraphs for s in p.stances if s.actor == "Karesh"]


def test_merge_of_mentions_stored_without_probabilities_keeps_a_stored_stance(
        store: Store) -> None:
    """Articles stored before schema 4 have no mention probabilities: the merged actor shows the
    stored stance with the most mentions (no score is invented) until re-analysis."""
    old = make_analysis("Old", ["Veldora met Karesh and Karesh left."],
                        {0: {"Veldora": 0.1, "Karesh": -0.7}}, with_probs=False)
    old = dataclasses.replace(old, paragraphs=(dataclasses.replace(
        old.paragraphs[0], stances=(old.paragraphs[0].stances[0],
                                    dataclasses.replace(old.paragraphs[0].stances[1],
                                                        mentions=2))),))
    article_id = store.add_article(old, raw_text=raw_of(old)).article_id
    assert store.merge_actors("Karesh", "Veldora") == [article_id]
    row = store.stances_frame().set_index([Col.PARAGRAPH, Col.ACTOR]).loc[(0, "Veldora")]
    assert (row[Col.STANCE], row[Col.MENTIONS]) == (-0.7, 3)
    (stance,) = store.article(article_id).paragraphs[0].stances
    assert (stance.actor, stance.score, stance.mentions) == ("Veldora", -0.7, 3)


def test_merge_returns_only_articles_that_mention_the_source(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    store.add_article(veldora, raw_text=raw_of(veldora))
    k_id = store.add_article(karesh, raw_text=raw_of(karesh)).article_id
    assert store.merge_actors("Ilse Odum", "Veldora") == [1]
    assert k_id not in store.merge_actors("Ilse Odum", "Karesh")


def test_add_alias_returns_articles_whose_text_has_it(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    v_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.add_article(karesh, raw_text=raw_of(karesh))
    assert store.add_alias("Veldora", "the PORT", kind="country") == [v_id]
    assert store.add_alias("Veldora", "100%_", kind="country") == []


def test_actor_config_is_built_from_the_edits(store: Store) -> None:
    store.add_actor("Ilse Odum", kind="person")
    store.add_alias("Ilse Odum", "Ms Odum", kind="person")
    store.add_alias("Veldora", "Marrow", kind="country")
    store.rename_actor("Veldora", "Republic of Veldora")
    store.add_alias("Republic of Veldora", "Veldoran", kind="country")  # a shown name
    store.merge_actors("Kremlin", "Republic of Veldora")
    store.hide_actor("Reuters")
    config = store.actor_config()
    assert config.actors == (Actor("Ilse Odum", ActorKind.PERSON, ("Ms Odum",)),
                             Actor("Veldora", ActorKind.COUNTRY, ("Marrow", "Veldoran")))
    assert config.merges == (("Kremlin", "Veldora"),)
    assert config.renames == (("Veldora", "Republic of Veldora"),)
    assert config.hidden == frozenset({"Reuters"})


def test_merging_back_and_forth_makes_no_circle(
        store: Store, veldora: ArticleAnalysis) -> None:
    store.add_article(veldora, raw_text=raw_of(veldora))
    store.merge_actors("Karesh", "Veldora")
    assert store.merge_actors("Veldora", "Karesh") == [1]
    assert store.actor_config().merges == (("Veldora", "Karesh"),)
    assert set(store.stances_frame()[Col.ACTOR]) == {"Karesh", "Ilse Odum", "Harbour Union"}


def test_import_actor_config_round_trips_through_edits(store: Store) -> None:
    from analysis.actors import ActorConfig

    config = ActorConfig(
        actors=(Actor("Veldora", ActorKind.COUNTRY, ("Marrow",)),
                Actor("Harbour Union", ActorKind.ORGANIZATION)),
        merges=(("Kremlin", "Karesh"),), renames=(("Karesh", "Kareshi state"),),
        hidden=frozenset({"Getty Images"}))
    store.import_actor_config(config)
    assert store.actor_config() == config


def test_import_actor_config_names_the_stored_articles_it_touches(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    """An actors file imported after articles were stored: its aliases and kinds only act when
    an article is analysed, so the articles whose text holds its names, and those that mention
    a name its merges move, are the ones to re-analyse; a rename or a hide needs none."""
    from analysis.actors import ActorConfig

    talks = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    strike = store.add_article(karesh, raw_text=raw_of(karesh)).article_id
    assert store.import_actor_config(ActorConfig(renames=(("Karesh", "Kareshi state"),),
                                                 hidden=frozenset({"Veldora"}))) == []
    assert store.import_actor_config(ActorConfig(
        actors=(Actor("Odum Party", ActorKind.GROUP, ("Ilse Odum",)),))) == [talks]
    assert store.import_actor_config(ActorConfig(merges=(("Harbour Union", "Karesh"),))) == sorted(
        [talks, strike])


def test_edits_with_empty_names_are_refused(store: Store) -> None:
    with pytest.raises(ValueError):
        store.rename_actor("Veldora", "  ")
    assert store.actor_edits() == []


# --- corrections ---------------------------------------------------------------------------

def test_corrections_show_in_stances_frame_and_survive_a_rename(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.add_correction(article_id, 1, "Veldora", Label.NEUTRAL)
    store.add_correction(article_id, 1, "Veldora", "positive")  # the latest wins
    store.rename_actor("Veldora", "Republic of Veldora")
    stances = store.stances_frame().set_index([Col.PARAGRAPH, Col.ACTOR])
    assert stances.loc[(1, "Republic of Veldora"), Col.CORRECTED_LABEL] == "positive"
    assert stances[Col.CORRECTED_LABEL].notna().sum() == 1
    frame = store.corrections_frame()
    assert tuple(frame.columns) == CORRECTION_COLUMNS
    assert frame[Col.ACTOR].tolist() == ["Republic of Veldora"]
    assert frame[Col.TEXT].tolist() == [veldora.paragraphs[1].paragraph.text]
    assert frame[Col.STANCE_LABEL].tolist() == ["negative"]
    assert store.corrections_for(article_id) == {1: {"Republic of Veldora": "positive"}}
    store.delete_correction(article_id, 1, "Republic of Veldora")
    assert store.corrections_frame().empty


def test_a_correction_of_a_missing_paragraph_is_refused(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    with pytest.raises(KeyError):
        store.add_correction(article_id, 99, "Veldora", "neutral")
    with pytest.raises(ValueError):
        store.add_correction(article_id, 0, "Veldora", "very positive")


def test_corrections_csv_round_trips_through_the_training_reader(
        store: Store, veldora: ArticleAnalysis, tmp_path: Path) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.rename_actor("Karesh", "Kareshi state")  # a shown name that is not in the text
    store.add_correction(article_id, 0, "Kareshi state", "neutral")
    store.add_correction(article_id, 1, "Veldora", "positive")
    text = store.corrections_csv()
    frame = pd.read_csv(io.StringIO(text))
    assert tuple(frame.columns) == ("text", "actor", "label")
    assert frame["label"].tolist() == ["neutral", "positive"]
    path = tmp_path / "corrections.csv"
    path.write_text(text, encoding="utf-8")
    sentences, skipped = read_labelled_csv(path)
    assert skipped == []
    assert [(s.text, s.targets[0].actor, s.targets[0].label) for s in sentences] == [
        (veldora.paragraphs[0].paragraph.text, "Karesh", "neutral"),
        (veldora.paragraphs[1].paragraph.text, "Veldora", "positive"),
    ]


def test_corrections_csv_makes_formula_like_paragraphs_inert(
        store: Store, tmp_path: Path) -> None:
    hostile = make_analysis("Hostile", [
        '=HYPERLINK("http://evil.example","Veldora wins")',
        "@Veldora said the port would reopen.",
    ], {0: {"Veldora": 0.5}, 1: {"Veldora": 0.2}})
    article_id = store.add_article(hostile, raw_text=raw_of(hostile)).article_id
    store.add_correction(article_id, 0, "Veldora", "positive")
    store.add_correction(article_id, 1, "Veldora", "neutral")
    text = store.corrections_csv()
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows == [
        ["text", "actor", "label"],
        ['\'=HYPERLINK("http://evil.example","Veldora wins")', "Veldora", "positive"],
        ["'@Veldora said the port would reopen.", "Veldora", "neutral"],
    ]
    # Training still finds the actor in the (now inert) text.
    path = tmp_path / "corrections.csv"
    path.write_text(text, encoding="utf-8", newline="")
    sentences, skipped = read_labelled_csv(path)
    assert skipped == [] and len(sentences) == 2


# --- data version --------------------------------------------------------------------------

def test_data_version_changes_on_every_write(
        store: Store, veldora: ArticleAnalysis, opened: Callable[[str | Path], Store]) -> None:
    seen = [store.data_version()]
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    seen.append(store.data_version())
    store.rename_actor("Karesh", "K")
    seen.append(store.data_version())
    store.add_correction(article_id, 0, "K", "neutral")
    seen.append(store.data_version())
    store.replace_article(article_id, veldora)
    seen.append(store.data_version())
    store.delete_article(article_id)
    seen.append(store.data_version())
    assert len(set(seen)) == len(seen)
    assert opened(store.location).data_version() == seen[-1]


def test_replace_article_keeps_id_and_corrections(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.add_correction(article_id, 1, "Veldora", "neutral")
    shorter = make_analysis("Veldora talks", list(p.paragraph.text for p in veldora.paragraphs),
                            {1: {"Veldora": -0.5}})
    store.replace_article(article_id, shorter)
    stances = store.stances_frame()
    assert stances[Col.ACTOR].tolist() == ["Veldora"]
    assert stances[Col.CORRECTED_LABEL].tolist() == ["neutral"]
    assert store.article(article_id) == shorter


# --- synthetic articles ----------------------------------------------------------------------

def test_synthetic_articles_have_true_offsets_and_round_trip(store: Store) -> None:
    items = list(synthetic_articles(6, seed=5))
    assert len({a.content_hash for a, _ in items}) == 6
    assert list(synthetic_articles(6, seed=5)) == items  # the seed decides everything
    for analysis, raw_text in items:
        text = analysis.text
        spans = [x for p in analysis.paragraphs
                 for x in (p.paragraph, *p.paragraph.sentences, *p.mentions,
                           *(c for s in p.stances for c in s.evidence.cues))]
        assert spans and all(text[x.start:x.end] == x.text for x in spans)
        assert all(raw_text[r.start:r.end] == r.text and r.reason in REASONS
                   for r in analysis.removed)
        assert {s.actor for p in analysis.paragraphs for s in p.stances} <= {
            a.name for a in analysis.actors}
        article_id = store.add_article(analysis, raw_text=raw_text).article_id
        assert store.article(article_id) == analysis


# --- a big store ---------------------------------------------------------------------------

def test_frames_of_a_bulk_filled_store_hold_every_row(store: Store) -> None:
    # the bulk path (``fill_store``) at a few hundred articles; how long it and the frames take
    # at 10^4 and more is ``benchmarks/bench_store.py``'s to report, not a test's
    ids = fill_store(store, 300, seed=7)
    frames = {name: getattr(store, name)()
              for name in ("articles_frame", "paragraphs_frame", "stances_frame")}
    assert len(ids) == len(set(ids)) == len(frames["articles_frame"]) == 300
    n_paragraphs = int(frames["articles_frame"][Col.N_PARAGRAPHS].sum())
    assert len(frames["paragraphs_frame"]) == n_paragraphs
    stances = frames["stances_frame"]
    assert stances[Col.POSITION].between(0, 1).all()
    with open_db(store.db) as conn:
        (stored,), = conn.execute("SELECT COUNT(*) FROM stances").fetchall()
    assert len(stances) == stored > 0


def test_store_package_never_imports_the_dashboard_or_streamlit():
    """Dependencies run one way: analysis <- store <- CLI and dashboard."""
    code = (
        "import sys, store, store.core, store.ingest, store.frames\n"
        "import store.jobs, store.work, store.worker, store.pool, store.batch\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in {'dashboard', 'streamlit'})\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.strip()
    assert out == ""


# --- article metadata and lifecycle (issue 11, item 6) ---


def table_rows(store: Store) -> dict[str, list[tuple]]:
    """Every row of every article table, on either database."""
    with open_db(store.db) as conn:
        return {t: sorted((tuple(r) for r in conn.execute(f"SELECT * FROM {t}").fetchall()),
                          key=repr)
                for t in TABLES}


def test_delete_then_restore_puts_every_row_back(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    store.add_article(karesh, raw_text=raw_of(karesh))
    gone = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    store.add_correction(gone, 1, "Veldora", "positive")
    before = table_rows(store)
    deleted = store.delete_article(gone)
    assert deleted is not None and deleted.title == "Veldora talks"
    assert gone not in store.article_ids()
    assert store.restore_article(deleted) == gone
    assert table_rows(store) == before  # same id, date added, corrections: all of it
    assert store.corrections_for(gone) == {1: {"Veldora": "positive"}}


def test_delete_of_an_unknown_article_returns_none(store: Store) -> None:
    assert store.delete_article(404) is None


def test_restore_takes_a_new_id_when_the_old_one_was_given_again(
        sqlite_store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    # SQLite only: PostgreSQL's identity never gives an id twice, so the old id stays free there
    store = sqlite_store
    gone = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    deleted = store.delete_article(gone)
    assert deleted is not None
    # SQLite hands the freed largest id to the next article
    other = store.add_article(karesh, raw_text=raw_of(karesh)).article_id
    assert other == gone
    again = store.restore_article(deleted)
    assert again != other
    assert store.article(again).title == "Veldora talks"
    assert len(store.stances_frame().query(f"{Col.ARTICLE_ID} == {again}")) == 7


def test_restore_refuses_an_article_stored_again(
        store: Store, veldora: ArticleAnalysis) -> None:
    gone = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    deleted = store.delete_article(gone)
    assert deleted is not None
    store.add_article(veldora, raw_text=raw_of(veldora))
    with pytest.raises(ValueError, match="stored again"):
        store.restore_article(deleted)


def test_set_article_metadata_changes_only_the_given_fields(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    version = store.data_version()
    store.set_article_metadata(article_id, outlet="Port Gazette")
    assert store.data_version() > version
    row = store.articles_frame().iloc[0]
    assert (row[Col.TITLE], row[Col.OUTLET]) == ("Veldora talks", "Port Gazette")
    assert row[Col.PUBLISHED] == pd.Timestamp("2026-03-02")
    store.set_article_metadata(article_id, title=" New title ", published="2025-12-31")
    stances = store.stances_frame()
    assert set(stances[Col.TITLE]) == {"New title"}
    assert set(stances[Col.PUBLISHED]) == {pd.Timestamp("2025-12-31")}
    # the readers' rule: one line, bidi overrides and other invisible characters dropped
    store.set_article_metadata(article_id, title="Evil\u202e title\nsplit", outlet="Port\u200b X")
    row = store.articles_frame().iloc[0]
    assert (row[Col.TITLE], row[Col.OUTLET]) == ("Evil title split", "Port X")
    store.set_article_metadata(article_id, outlet="", published="")  # "" clears
    row = store.articles_frame().iloc[0]
    assert pd.isna(row[Col.OUTLET]) and pd.isna(row[Col.PUBLISHED])


@pytest.mark.parametrize("change", [{"title": "  "}, {"published": "31/12/2025"},
                                    {"published": "2025-02-30"}])
def test_set_article_metadata_refuses_bad_values(
        store: Store, veldora: ArticleAnalysis, change: dict[str, str]) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    before = table_rows(store)
    with pytest.raises(ValueError):
        store.set_article_metadata(article_id, **change)
    assert table_rows(store) == before


def test_set_article_metadata_of_an_unknown_article_raises(store: Store) -> None:
    with pytest.raises(KeyError):
        store.set_article_metadata(9, title="x")


def test_keep_original_text_is_recorded_for_re_analysis(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    assert store.raw_article(article_id)["cleaned"] is True
    store.keep_original_text(article_id)
    assert store.raw_article(article_id)["cleaned"] is False
    store.keep_original_text(article_id, keep=False)
    assert store.raw_article(article_id)["cleaned"] is True
    with pytest.raises(KeyError):
        store.keep_original_text(99)


def test_a_first_version_database_gains_the_cleaned_column(tmp_path: Path) -> None:
    """SQLite only: a file made by the first schema (``PRAGMA user_version`` 1) is migrated."""
    from store.db import MIGRATIONS
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
        conn.execute("INSERT INTO articles (content_hash, name, title, fmt, raw_text, text,"
                     " n_paragraphs, added) VALUES ('h', 'n', 't', 'txt', 'r', 'x', 0, 'now')")
    store = Store(path)
    # 2: jobs, 3: cleaned, 4: mention probabilities, 5: the split edit, 6: stance_days,
    # 7: stance_articles, 8: its paragraph sets, 9: the search index, 10: stance_bands, ...,
    # 13: paragraph_bands, 14: the summaries per actor and actor_kinds, 15: band_patterns and
    # article_bands, 16: the rows per article and sentiment or position band
    assert store.schema_version == SCHEMA_VERSION == 19
    assert store.raw_article(1)["cleaned"] is True


def test_mentions_stored_before_schema_4_read_back_without_probabilities(tmp_path: Path,
                                                                          ) -> None:
    from store.db import MIGRATIONS
    old = make_analysis("Old", ["Veldora met Karesh."], {0: {"Veldora": 0.1, "Karesh": -0.7}},
                        with_probs=False)
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        for statement in (s for migration in MIGRATIONS[:3] for s in migration):
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 3")
        conn.execute("INSERT INTO articles (content_hash, name, title, fmt, raw_text, text,"
                     " n_paragraphs, added) VALUES ('h', 'n', 't', 'txt', 'r', ?, 1, 'now')",
                     (old.text,))
        conn.execute("INSERT INTO paragraphs VALUES (1, 0, 0, 19, ?, 0, 0, 1, 0, 'neutral')",
                     (old.text,))
        conn.executemany("INSERT INTO mentions VALUES (1, 0, ?, ?, ?, ?, ?, 0, 'name')",
                         [(i, m.actor, m.start, m.end, m.text)
                          for i, m in enumerate(old.paragraphs[0].mentions)])
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION
    mentions = store.article(1).paragraphs[0].mentions
    assert [(m.actor, m.probs) for m in mentions] == [("Veldora", None), ("Karesh", None)]


def test_a_correction_overrides_the_label_and_score_in_the_frame(
        store: Store, veldora: ArticleAnalysis) -> None:
    article_id = store.add_article(veldora, raw_text=raw_of(veldora)).article_id

    def row() -> pd.Series:
        s = store.stances_frame()
        return s[(s[Col.PARAGRAPH] == 1) & (s[Col.ACTOR] == "Veldora")].iloc[0]

    model = row()
    assert (model[Col.STANCE], model[Col.STANCE_LABEL]) == (-0.8, "negative")
    assert pd.isna(model[Col.CORRECTED_LABEL])
    store.add_correction(article_id, 1, "Veldora", "positive")
    fixed = row()
    assert (fixed[Col.STANCE], fixed[Col.STANCE_LABEL], fixed[Col.CORRECTED_LABEL]) == (
        1.0, "positive", "positive")
    assert (fixed[Col.MODEL_STANCE], fixed[Col.MODEL_LABEL]) == (-0.8, "negative")
    store.add_correction(article_id, 1, "Veldora", "neutral")  # changed
    assert (row()[Col.STANCE], row()[Col.STANCE_LABEL]) == (0.0, "neutral")
    store.delete_correction(article_id, 1, "Veldora")  # deleted: the model's again
    assert (row()[Col.STANCE], row()[Col.STANCE_LABEL]) == (-0.8, "negative")
    assert pd.isna(row()[Col.CORRECTED_LABEL])


def test_set_hidden_hides_and_unhides_several_at_once(
        store: Store, veldora: ArticleAnalysis) -> None:
    store.add_article(veldora, raw_text=raw_of(veldora))
    store.set_hidden(["Karesh", "Ilse Odum"])
    assert set(store.stances_frame()[Col.ACTOR]) == {"Veldora", "Harbour Union"}
    store.set_hidden(["Karesh", "Ilse Odum"], hidden=False)
    assert len(set(store.stances_frame()[Col.ACTOR])) == 4
    assert [e.kind for e in store.actor_edits()] == ["hide", "hide", "unhide", "unhide"]


def test_undo_last_edits_forgets_the_newest_and_names_articles_to_re_analyse(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    first = store.add_article(veldora, raw_text=raw_of(veldora)).article_id
    second = store.add_article(karesh, raw_text=raw_of(karesh)).article_id
    store.rename_actor("Veldora", "Republic of Veldora")
    store.merge_actors("Ilse Odum", "Karesh")
    store.hide_actor("Harbour Union")
    undone, ids = store.undo_last_edits()
    assert [e.kind for e in undone] == ["hide"] and ids == []
    assert "Harbour Union" in set(store.stances_frame()[Col.ACTOR])
    undone, ids = store.undo_last_edits(2)
    assert [e.kind for e in undone] == ["merge", "rename"]  # newest first
    assert ids == sorted({first, second})  # the articles mentioning Ilse Odum or Karesh
    assert store.actor_edits() == []
    assert "Veldora" in set(store.stances_frame()[Col.ACTOR])
    assert store.undo_last_edits() == ([], [])


def test_undoing_an_alias_names_the_articles_that_contain_it(
        store: Store, veldora: ArticleAnalysis, karesh: ArticleAnalysis) -> None:
    store.add_article(veldora, raw_text=raw_of(veldora))
    second = store.add_article(karesh, raw_text=raw_of(karesh)).article_id
    store.add_alias("Dock Board", "strike", kind="organization")
    (edit,), ids = store.undo_last_edits()
    assert (edit.kind, edit.args) == ("alias", ("Dock Board", "strike", "organization"))
    assert ids == [second]


#: Two actors in one paragraph and apart, for the read-time merge against re-analysis.
MERGE_ARTICLE = """\
Ministers trade blame over the river dam

Tovaria's defence minister, Ilse Brandt, accused Morvania of shelling border villages overnight.

"Morvania attacked our farms without warning," Ms Brandt said in Lenholm.

Tovaria praised the volunteers who evacuated the villages, and Morvania denied the claims.
"""


def test_regression_read_time_merge_equals_reanalysed_merge(store: Store) -> None:
    """A merge shown at read time gave a mention-weighted mean of stored scores; re-analysis
    gives ``aggregate`` over the merged actor's mentions. Both must now agree (issue 8, item 7).
    """
    from analysis.pipeline import analyze
    from analysis.types import Document
    from store.ingest import rescore_one, storage_config

    document = Document(name="dam.txt", text=MERGE_ARTICLE, fmt="txt")
    analysed = analyze(document, scorer="rules")
    both = {s.actor for p in analysed.paragraphs for s in p.stances}
    assert {"Tovaria", "Morvania"} <= both
    assert all(m.probs is not None for p in analysed.paragraphs for m in p.mentions)
    article_id = store.add_article(analysed, raw_text=MERGE_ARTICLE).article_id
    assert store.merge_actors("Morvania", "Tovaria") == [article_id]

    def merged() -> tuple[list[tuple], list[tuple]]:
        frame = store.stances_frame()
        rows = frame[frame[Col.ACTOR] == "Tovaria"]
        table = [(int(p), float(x), str(label), float(c), int(m)) for p, x, label, c, m in zip(
            rows[Col.PARAGRAPH], rows[Col.STANCE], rows[Col.STANCE_LABEL], rows[Col.CONFIDENCE],
            rows[Col.MENTIONS], strict=True)]
        reader = [(p.paragraph.index, s.score, str(s.label), s.confidence, s.mentions)
                  for p in store.article(article_id).paragraphs for s in p.stances
                  if s.actor == "Tovaria"]
        return table, reader

    read_time, read_time_reader = merged()
    assert len(read_time) >= 2 and read_time == read_time_reader
    # the deleted rule (mention-weighted mean of the stored scores) gives other numbers here,
    # so this test tells the two apart
    stored = {p.paragraph.index: [s for s in p.stances if s.actor in ("Tovaria", "Morvania")]
              for p in analysed.paragraphs}
    old_rule = {p: round(sum(s.score * s.mentions for s in group)
                         / sum(s.mentions for s in group), 4)
                for p, group in stored.items() if group}
    assert any(score != old_rule[p] for p, score, *_ in read_time)
    assert "Morvania" not in set(store.stances_frame()[Col.ACTOR])
    # the same merge as the CLI applies it: analysed with the merge in the config
    config = store.actor_config()
    again = analyze(document, actors=config, scorer="rules")
    reanalysed = [(p.paragraph.index, s.score, str(s.label), s.confidence, s.mentions)
                  for p in again.paragraphs for s in p.stances if s.actor == "Tovaria"]
    assert read_time == reanalysed
    # and as the dashboard's re-analysis stores it
    assert rescore_one(store, article_id, config=storage_config(config)).status == "added"
    assert merged() == (read_time, read_time)


# --- SQLite's idle connection ----------------------------------------------------------------

def test_sqlite_keeps_one_idle_connection_per_thread_and_never_one_mid_transaction(
        tmp_path: Path) -> None:
    # a new connection parses the whole schema (17 ms with the summaries' triggers): each
    # thread keeps the one it gave back last, but never one left inside a transaction, and a
    # nested operation gets one of its own
    store = Store(tmp_path / "idle.sqlite3")
    with open_db(store.db) as first:
        kept = first.raw
        with open_db(store.db) as nested:
            assert nested.raw is not kept
    with open_db(store.db) as again:
        assert again.raw in (kept, nested.raw)
        reused = again.raw
    with pytest.raises(RuntimeError), open_db(store.db) as failing:
        assert failing.raw is reused
        failing.execute("BEGIN IMMEDIATE")
        raise RuntimeError("between BEGIN and its end")
    with open_db(store.db) as after:
        assert after.raw is not reused and not after.raw.in_transaction
        assert after.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
    seen: list[sqlite3.Connection] = []

    def other_thread() -> None:
        with open_db(store.db) as conn:
            seen.append(conn.raw)

    worker = threading.Thread(target=other_thread)
    worker.start()
    worker.join()
    assert seen and seen[0] is not after.raw
    # the kept connection holds no snapshot between operations: another thread's write shows
    version, count = store.data_version(), store.count_articles()
    writer = threading.Thread(target=lambda: fill_store(store, 1, seed=71))
    writer.start()
    writer.join()
    assert store.data_version() != version and store.count_articles() == count + 1
    store.close()
    with open_db(store.db) as reopened:
        assert reopened.raw is not after.raw
    store.close()
