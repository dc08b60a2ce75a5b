"""The ``stance_days`` summary (migration 6, ``store.stance_days``) stays equal to the stances.

After every kind of write (bulk add, single add, delete, restore, re-analysis, metadata that moves
an article to another outlet or day, keeping the original text) the summary must hold exactly what
a GROUP BY over the stance rows gives, on both databases; and a store migrated from schema 4
gets it backfilled.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import Path

import pytest

from benchmarks.synthetic import fill_store, synthetic_articles
from store.core import SCHEMA_VERSION, Store

FRESH = ("SELECT s.actor, COALESCE(a.outlet, ''), COALESCE(a.published, ''), COUNT(*),"
         " SUM(s.score), SUM(s.score * s.score), SUM(s.mentions)"
         " FROM stances AS s JOIN articles AS a ON a.id = s.article_id GROUP BY 1, 2, 3")
SUMMARY = "SELECT actor, outlet, published, n, total, squares, mentions FROM stance_days"


def assert_current(store: Store) -> None:
    """The summary equals a from-scratch GROUP BY: same days, counts, sums (to rounding)."""
    with store.db.connect() as conn:
        fresh = {tuple(r[:3]): r[3:] for r in conn.execute(FRESH)}
        kept = {tuple(r[:3]): r[3:] for r in conn.execute(SUMMARY)}
    assert fresh.keys() == kept.keys()  # no day missing, none left empty
    for key, (n, total, squares, mentions) in fresh.items():
        got = kept[key]
        assert (got[0], got[3]) == (n, mentions), key
        assert got[1] == pytest.approx(total, abs=1e-9), key
        assert got[2] == pytest.approx(squares, abs=1e-9), key


@pytest.fixture()
def filled(target: str | Path, opened: Callable[[str | Path], Store]) -> Store:
    store = opened(target)
    fill_store(store, 12, seed=31, batch=5)  # several bulk batches (COPY on PostgreSQL)
    return store


def another(seed: int, **changes: object) -> tuple:
    analysis, raw = next(synthetic_articles(1, seed=seed))
    return dataclasses.replace(analysis, **changes), raw


def test_a_bulk_add_is_summed(filled: Store) -> None:
    assert_current(filled)
    with filled.db.connect() as conn:
        assert conn.execute("SELECT COUNT(*) FROM stance_days").fetchone()[0] > 0


def test_a_single_add_and_an_undated_article_are_summed(filled: Store) -> None:
    analysis, raw = another(40, published=None, source=None)
    filled.add_article(analysis, raw_text=raw)
    assert_current(filled)
    filled.add_article(analysis, raw_text=raw)  # a duplicate adds nothing
    assert_current(filled)


def test_delete_and_restore(filled: Store) -> None:
    article_id = filled.article_ids()[3]
    paragraph = next(p for p in filled.article(article_id).paragraphs if p.stances)
    filled.add_correction(article_id, paragraph.paragraph.index, paragraph.stances[0].actor,
                          "positive")
    deleted = filled.delete_article(article_id)
    assert deleted is not None
    assert_current(filled)
    filled.restore_article(deleted)
    assert_current(filled)


def test_re_analysis_replaces_the_rows(filled: Store) -> None:
    analysis, _ = another(41)
    filled.replace_article(filled.article_ids()[0], analysis)
    assert_current(filled)


@pytest.mark.parametrize("change", [
    {"outlet": "A New Outlet"}, {"outlet": ""}, {"published": "2023-12-31"},
    {"published": ""}, {"outlet": "Valley Post", "published": "2024-02-29"}, {"title": "T"}])
def test_metadata_moves_an_article_between_days(filled: Store, change: dict) -> None:
    article_id = filled.article_ids()[2]
    filled.set_article_metadata(article_id, **change)
    assert_current(filled)
    filled.set_article_metadata(article_id, outlet="Metro Daily", published="2024-01-15")
    assert_current(filled)


def test_keeping_the_original_text_changes_nothing_summed(filled: Store) -> None:
    filled.keep_original_text(filled.article_ids()[1])
    assert_current(filled)


def test_deleting_every_article_empties_the_summary(filled: Store) -> None:
    for article_id in filled.article_ids():
        filled.delete_article(article_id)
    with filled.db.connect() as conn:
        assert conn.execute("SELECT COUNT(*) FROM stance_days").fetchone()[0] == 0


def drop_migration_6(store: Store) -> None:
    """Take a store back to schema 5: what a store made before this migration looks like."""
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            for trigger in ("stance_days_added", "stance_days_removed", "stance_days_changed",
                            "stance_days_article_deleted", "stance_days_article_moved"):
                conn.execute(f"DROP TRIGGER {trigger}")
            conn.execute("DROP TABLE stance_days")
            conn.execute("DROP INDEX articles_published")
            conn.execute("DROP INDEX articles_outlet")
            conn.execute("DROP INDEX stances_actor")
            conn.execute("PRAGMA user_version = 5")
            return
        conn.execute("DROP TABLE stance_days")
        for function in ("stance_days_add", "stance_days_remove", "stance_days_change",
                         "stance_days_article_gone", "stance_days_article_moved"):
            conn.execute(f"DROP FUNCTION {function}() CASCADE")
        conn.execute("DROP INDEX articles_published")
        conn.execute("DROP INDEX articles_outlet")
        conn.execute("DROP INDEX stances_actor")
        conn.execute("UPDATE schema_version SET version = 5")


def test_migration_6_backfills_a_store_made_before_it(
        filled: Store, opened: Callable[[str | Path], Store]) -> None:
    drop_migration_6(filled)
    filled.close()
    again = opened(filled.location)
    assert again.schema_version == SCHEMA_VERSION == 6
    assert_current(again)
    analysis, raw = another(42)
    again.add_article(analysis, raw_text=raw)  # and the triggers are in place
    assert_current(again)
