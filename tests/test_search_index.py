"""The search's full-text prefilter (``store.search.fts_query``, SQLite's ``paragraphs_fts``,
migration 9) never drops a paragraph the search pattern matches, and the index follows every
write to the paragraphs.
"""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synthetic import fill_store, synthetic_articles
from dashboard.filters import Filters, apply_paragraphs, stance_query
from store import aggregates
from store.core import SCHEMA_VERSION, Store
from store.db import FTS_ROWID_STRIDE
from store.schema import Col
from store.search import fts_query, python_pattern, search_terms
from tests.test_stance_days import drop_migration_9

# words with the characters that make tokenising hard: accents, digits, "_", apostrophes,
# hyphens, dots, brackets, and a non-Latin script
_WORD = st.text(alphabet="abcxyzÉéüß019_'-.()Ωλ", min_size=1, max_size=7)
_SPACE = st.sampled_from([" ", "  ", "\n", " (", ") ", ", "])


def fts_table() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE t USING fts5(text, content='')")
    return conn


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(_WORD, min_size=1, max_size=8), seps=st.lists(_SPACE, min_size=8,
       max_size=8), start=st.integers(0, 7), length=st.integers(1, 3), cut=st.integers(0, 3))
def test_every_text_the_pattern_matches_the_index_keeps(
        words: list[str], seps: list[str], start: int, length: int, cut: int) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    # a term taken from the text itself (so it often matches), its last word maybe cut short
    term = words[start % len(words):][:length]
    term[-1] = term[-1][:max(1, len(term[-1]) - cut)]
    words_ = tuple(term)
    query = fts_query(words_)
    if not re.search(python_pattern(words_), text, re.IGNORECASE) or query is None:
        return
    conn = fts_table()
    conn.execute("INSERT INTO t (rowid, text) VALUES (1, ?)", (text,))
    assert conn.execute("SELECT rowid FROM t WHERE t MATCH ?", (query,)).fetchall() == [(1,)], (
        text, words_, query)


@pytest.mark.parametrize(("search", "text", "kept"), [
    ("sanction", "New Sanctions were announced.", True),  # a word's start, any case
    ("anction", "New Sanctions were announced.", False),  # not inside a word
    ('"at odds"', "They are at\nodds again.", True),
    ("(4711)", "Harbour talks (4711)", True),  # punctuation is not looked up
    ("zurich", "Talks in Zürich", True),  # the index folds accents: kept, the pattern decides
])
def test_the_index_keeps_what_the_golden_cases_need(search: str, text: str, kept: bool) -> None:
    conn = fts_table()
    conn.execute("INSERT INTO t (rowid, text) VALUES (1, ?)", (text,))
    queries = [q for q in map(fts_query, search_terms(search)) if q]
    got = bool(conn.execute("SELECT rowid FROM t WHERE t MATCH ?",
                            (" AND ".join(queries),)).fetchall())
    assert got is kept


def test_a_term_of_punctuation_has_no_index_query() -> None:
    assert fts_query(("—", "...")) is None
    assert fts_query(("ab_cd",)) == '"ab"* AND "cd"*'


def assert_index_current(store: Store) -> None:
    """The index holds exactly the stored paragraphs, and finds what a scan finds."""
    with store.db.connect() as conn:
        paragraphs = {int(a) * FTS_ROWID_STRIDE + int(p): text for a, p, text in conn.execute(
            "SELECT article_id, paragraph, text FROM paragraphs")}
        indexed = {int(r) for r, in conn.execute("SELECT rowid FROM paragraphs_fts")}
        assert indexed == set(paragraphs)
        for word in ("sanction", "grain", "odds", "Harbour"):
            found = {int(r) for r, in conn.execute(
                "SELECT rowid FROM paragraphs_fts WHERE paragraphs_fts MATCH ?",
                (fts_query((word,)),))}
            scanned = {k for k, text in paragraphs.items()
                       if re.search(python_pattern((word,)), text, re.IGNORECASE)}
            assert scanned <= found, word
            assert found == {k for k, text in paragraphs.items()
                             if re.search(rf"(?<![^\W_]){word}", text, re.IGNORECASE)}, word


@pytest.fixture()
def filled(tmp_path: Path) -> Store:
    store = Store(tmp_path / "s.sqlite3")
    fill_store(store, 6, seed=51, batch=3)
    return store


def test_the_index_follows_every_write(filled: Store) -> None:
    assert_index_current(filled)
    ids = filled.article_ids()
    deleted = filled.delete_article(ids[0])  # paragraphs go by cascade
    assert_index_current(filled)
    assert deleted is not None
    filled.restore_article(deleted)
    analysis, _ = next(synthetic_articles(1, seed=52))
    filled.replace_article(ids[1], analysis)  # re-analysis rewrites the paragraphs
    filled.keep_original_text(ids[2])
    assert_index_current(filled)
    with filled.db.connect() as conn:  # a plain UPDATE of a paragraph's text
        conn.execute("UPDATE paragraphs SET text = 'Grain odds' WHERE article_id = ?"
                     " AND paragraph = 1", (ids[3],))
    assert_index_current(filled)


def test_migration_9_indexes_a_store_at_schema_8(
        filled: Store, opened: Callable[[str | Path], Store]) -> None:
    drop_migration_9(filled)
    filled.close()
    again = opened(filled.location)
    assert again.schema_version == SCHEMA_VERSION == 19
    assert_index_current(again)


def test_postgres_gets_a_trigram_index_for_the_search(
        postgres_url: str, opened: Callable[[str | Path], Store]) -> None:
    store = opened(postgres_url)
    fill_store(store, 3, seed=53)
    with store.db.connect() as conn:
        assert conn.execute("SELECT indexdef FROM pg_indexes WHERE indexname ="
                            " 'paragraphs_text_trigrams'").fetchone()[0].endswith(
            "USING gin (text gin_trgm_ops)")
        conn.execute("SET enable_seqscan = off")  # three articles: a scan would be cheaper
        plan = "\n".join(r[0] for r in conn.execute(
            "EXPLAIN SELECT article_id FROM paragraphs WHERE text ILIKE ?", ("%grain%",)))
    assert "paragraphs_text_trigrams" in plan


def test_a_role_that_may_not_add_pg_trgm_still_gets_a_working_store(
        postgres_url: str, opened: Callable[[str | Path], Store]) -> None:
    # the migration's decision: without the extension, no index, and a search that scans
    import psycopg

    role = f"reader_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(postgres_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN")  # no CREATE on the database
        conn.execute(f"GRANT ALL ON SCHEMA public TO {role}")
    store = opened(postgres_url.replace("://stancemap@", f"://{role}@", 1))
    assert store.schema_version == SCHEMA_VERSION
    fill_store(store, 3, seed=54)
    with store.db.connect() as conn:
        assert conn.execute("SELECT COUNT(*) FROM pg_indexes WHERE indexname ="
                            " 'paragraphs_text_trigrams'").fetchone()[0] == 0
    paragraphs = store.paragraphs_frame()
    filters = Filters(search=paragraphs[Col.TEXT].iloc[1].split()[0])
    want = apply_paragraphs(paragraphs, filters, stances=store.stances_frame())
    got = aggregates.overview_counts(store.db, stance_query(filters)).paragraphs_kept
    assert got == len(want) > 0
