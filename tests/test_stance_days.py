"""The stance summaries stay equal to the stances: ``stance_days`` (migration 6,
``store.stance_days``), ``stance_articles`` (migration 7, its paragraph sets migration 8),
``stance_bands`` (migration 10: ``stance_days`` by stance band), ``sentiment_bands``
(migration 11: by the sentiment band of the row's paragraph), ``position_bands`` (migration
12: by the band of the row's paragraph's position in its article), ``paragraph_bands``
(migration 13: per paragraph, its rows' stance bands as bits), ``actor_days``,
``actor_day_bands``, ``actor_totals`` and ``actor_bands`` (migration 14: ``stance_days`` and
``stance_bands`` per actor and day, and per actor alone; and ``actor_kinds``, the articles per
actor name and kind), ``band_patterns`` and ``article_bands`` (migration 15: the paragraph
bands counted per pattern, and ORed per article), and ``article_band_rows``,
``actor_sentiment_bands``, ``actor_position_bands``, ``actor_day_sentiment_bands`` and
``actor_day_position_bands`` (migration 16: the rows per article and the sentiment and position
bands of their paragraph; ``sentiment_bands`` and ``position_bands`` per actor, and per actor
and day).

After every kind of write (bulk add, single add, delete, restore, re-analysis, metadata that moves
an article to another outlet or day, keeping the original text, a plain UPDATE of stance rows)
each summary must hold exactly what a GROUP BY over the stance rows gives, on both databases; and
a store migrated from before either migration gets it backfilled.
"""

from __future__ import annotations

import dataclasses
import math
import random
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import fill_store, synthetic_articles
from store.core import SCHEMA_VERSION, Store
from store.db import MIGRATIONS, STANCE_ARTICLES_TRIGGERS, Connection
from store.postgres import POSTGRES_MIGRATIONS, STANCE_ARTICLES_FUNCTIONS
from store.stance_days import articles_sql, days_cover, on_grid, to_grid
from store.stance_rows import StanceQuery
from store.summary_sql import BAND, BAND_STEPS, MIRRORED_TABLES, SENTIMENT_BAND, band_masks

FRESH = ("SELECT s.actor, COALESCE(a.outlet, ''), COALESCE(a.published, ''), COUNT(*),"
         " SUM(s.score), SUM(s.score * s.score), SUM(s.mentions)"
         " FROM stances AS s JOIN articles AS a ON a.id = s.article_id GROUP BY 1, 2, 3")
SUMMARY = "SELECT actor, outlet, published, n, total, squares, mentions FROM stance_days"
# keyed by article and actor; the article's outlet and date, and the first paragraph, exact
FRESH_ARTICLES = (
    "SELECT s.article_id, s.actor, a.outlet, a.published, MIN(s.paragraph), COUNT(*),"
    " SUM(s.score), SUM(s.score * s.score), SUM(s.mentions)"
    " FROM stances AS s JOIN articles AS a ON a.id = s.article_id GROUP BY 1, 2, 3, 4")
ARTICLES = ("SELECT article_id, actor, outlet, published, first, n, total, squares, mentions"
            " FROM stance_articles")
BANDS = "SELECT actor, outlet, published, band, n, total, squares, mentions FROM stance_bands"
SENTIMENT_BANDS = ("SELECT actor, outlet, published, band, n, total, squares, mentions"
                   " FROM sentiment_bands")
POSITION_BANDS = ("SELECT actor, outlet, published, band, n, total, squares, mentions"
                  " FROM position_bands")
ACTOR_DAYS = "SELECT actor, published, n, total, squares, mentions FROM actor_days"
ACTOR_DAY_BANDS = ("SELECT actor, published, band, n, total, squares, mentions"
                   " FROM actor_day_bands")
ACTOR_TOTALS = "SELECT actor, n, total, squares, mentions FROM actor_totals"
ACTOR_BANDS = "SELECT actor, band, n, total, squares, mentions FROM actor_bands"
ARTICLE_BAND_ROWS = ("SELECT article_id, sentiment_band, position_band, n, total, squares,"
                     " mentions FROM article_band_rows")
ACTOR_SENTIMENT_BANDS = ("SELECT actor, band, n, total, squares, mentions"
                         " FROM actor_sentiment_bands")
ACTOR_POSITION_BANDS = "SELECT actor, band, n, total, squares, mentions FROM actor_position_bands"
ACTOR_DAY_SENTIMENT_BANDS = ("SELECT actor, published, band, n, total, squares, mentions"
                             " FROM actor_day_sentiment_bands")
ACTOR_DAY_POSITION_BANDS = ("SELECT actor, published, band, n, total, squares, mentions"
                            " FROM actor_day_position_bands")
ACTOR_RANGE_BANDS = ("SELECT actor, band, sentiment_band, position_band, n, total, squares,"
                     " mentions FROM actor_range_bands")


def regrouped(groups: dict[tuple, list[float]], *, day: bool) -> dict[tuple, list[float]]:
    """``groups`` keyed by actor, outlet and day (and band) summed per actor (``day``: and
    day; and band): what the summaries of migration 14 must hold."""
    sums: dict[tuple, list[float]] = {}
    for (actor, _outlet, published, *band_key), values in groups.items():
        key = (actor, published, *band_key) if day else (actor, *band_key)
        row = sums.setdefault(key, [0, 0.0, 0.0, 0])
        for i, value in enumerate(values):
            row[i] += value
    return sums


def band(score: float) -> int:
    """A score's band by its definition: ``2k`` on the grid value ``k / 20``, ``2k + 1`` between
    it and the next one up (the slider's values are those doubles: ``0.35 == 7 / 20``)."""
    k = math.floor(score * BAND_STEPS)
    while (k + 1) / BAND_STEPS <= score:
        k += 1
    while k / BAND_STEPS > score:
        k -= 1
    return 2 * k + (0 if k / BAND_STEPS == score else 1)


#: Each stance row with its article's outlet and day, its score and mentions, and a paragraph
#: column ``p`` of its own paragraph (none, and so no row, where the paragraph is gone).
_BANDED_ROWS = ("SELECT s.actor, COALESCE(a.outlet, ''), COALESCE(a.published, ''), s.score,"
                " s.mentions, {by} FROM stances AS s JOIN articles AS a ON a.id = s.article_id"
                "{join}")


def position(paragraph: int, n_paragraphs: int) -> float:
    """A paragraph's position in its article, as the position filter defines it."""
    return paragraph / (n_paragraphs - 1 if n_paragraphs > 2 else 1)


def summed(keyed: Iterable[tuple[tuple[Any, ...], float, int]]) -> dict[tuple, list[float]]:
    """Per key of the ``(key, score, mentions)`` rows: the rows, and the sums of their scores,
    squared scores and mentions, as a summary holds them."""
    sums: dict[tuple, list[float]] = {}
    for key, score, mentions in keyed:
        row = sums.setdefault(key, [0, 0.0, 0.0, 0])
        row[0] += 1
        row[1] += score
        row[2] += score * score
        row[3] += mentions
    return sums


def bands(conn: Connection, *, by: str = "score"
          ) -> dict[tuple[str, str, str, int], list[float]]:
    """What ``stance_bands`` (``by`` the row's score), ``sentiment_bands`` (by its paragraph's
    compound; a row whose paragraph is gone is in no band) or ``position_bands`` (by its place
    in its article) must hold, grouped here in Python with ``band``."""
    sql = {"score": _BANDED_ROWS.format(by="s.score, 0", join=""),
           "sentiment": _BANDED_ROWS.format(
               by="p.compound, 0", join=" JOIN paragraphs AS p ON p.article_id ="
               " s.article_id AND p.paragraph = s.paragraph"),
           "position": _BANDED_ROWS.format(by="s.paragraph, a.n_paragraphs", join="")}[by]
    return summed(
        ((actor, outlet, published, band(position(value, n) if by == "position" else value)),
         score, mentions)
        for actor, outlet, published, score, mentions, value, n in conn.execute(sql))


#: Each stance row with its paragraph's sentiment and its article's paragraph count (a row
#: whose paragraph is gone is in no sentiment band, so in none of these summaries).
_PARAGRAPHED_ROWS = (
    "SELECT s.article_id, s.actor, s.score, s.mentions, p.compound, s.paragraph, a.n_paragraphs"
    " FROM stances AS s JOIN articles AS a ON a.id = s.article_id JOIN paragraphs AS p"
    " ON p.article_id = s.article_id AND p.paragraph = s.paragraph")


def article_band_rows(conn: Connection) -> dict[tuple[int, int, int], list[float]]:
    """What ``article_band_rows`` must hold: per article and the sentiment and position bands
    of the rows' paragraph, grouped here."""
    return summed(((int(article_id), band(compound), band(position(paragraph, n))), score,
                   mentions)
                  for article_id, _, score, mentions, compound, paragraph, n
                  in conn.execute(_PARAGRAPHED_ROWS))


def range_bands(conn: Connection) -> dict[tuple[str, int, int, int], list[float]]:
    """What ``actor_range_bands`` must hold: per actor and the stance band of each row, the
    sentiment band of its paragraph and its position band, grouped here."""
    return summed(((actor, band(score), band(compound), band(position(paragraph, n))), score,
                   mentions)
                  for _, actor, score, mentions, compound, paragraph, n
                  in conn.execute(_PARAGRAPHED_ROWS))


def paragraph_sets(conn: Connection) -> dict[tuple[int, str], tuple[int, int]]:
    """Per article and actor, what ``stance_articles`` must hold as its paragraph set: a bit
    for each paragraph below 62, and how many rows have a later one (counted here in Python)."""
    sets: dict[tuple[int, str], tuple[int, int]] = {}
    for article_id, actor, paragraph in conn.execute(
            "SELECT article_id, actor, paragraph FROM stances"):
        bits, late = sets.get((int(article_id), actor), (0, 0))
        sets[(int(article_id), actor)] = ((bits | 1 << paragraph, late) if paragraph < 62
                                         else (bits, late + 1))
    return sets


def paragraph_band_bits(conn: Connection) -> dict[tuple[int, int], tuple[int, int]]:
    """Per paragraph with a stance row, what ``paragraph_bands`` must hold: the bits of its
    rows' bands (``band``), set here in Python from each band alone (``band_masks``)."""
    bits: dict[tuple[int, int], tuple[int, int]] = {}
    for article_id, paragraph, score in conn.execute(
            "SELECT article_id, paragraph, score FROM stances"):
        low, high = bits.get((int(article_id), int(paragraph)), (0, 0))
        more_low, more_high = band_masks(band(score), band(score))
        bits[(int(article_id), int(paragraph))] = (low | more_low, high | more_high)
    return bits


def band_patterns(bits: dict[tuple[int, int], tuple[int, int]]
                  ) -> tuple[dict[tuple[int, int], int], dict[int, tuple[int, int]]]:
    """What ``band_patterns`` and ``article_bands`` must hold, from the paragraphs' bits
    (``paragraph_band_bits``): the paragraphs per pattern, and each article's bits ORed."""
    patterns: dict[tuple[int, int], int] = {}
    articles: dict[int, tuple[int, int]] = {}
    for (article_id, _), (low, high) in bits.items():
        patterns[(low, high)] = patterns.get((low, high), 0) + 1
        ored = articles.get(article_id, (0, 0))
        articles[article_id] = (ored[0] | low, ored[1] | high)
    return patterns, articles


def sentiment_counts(conn: Connection) -> tuple[dict[int, int], dict[int, tuple[int, int]]]:
    """What ``sentiment_paragraphs`` and ``article_sentiments`` must hold, from the paragraphs'
    sentiment set here in Python (``band``): the paragraphs per band, and each article's
    bands' bits ORed (``band_masks``)."""
    paragraphs: dict[int, int] = {}
    articles: dict[int, tuple[int, int]] = {}
    for article_id, compound in conn.execute("SELECT article_id, compound FROM paragraphs"):
        at = band(compound)
        paragraphs[at] = paragraphs.get(at, 0) + 1
        low, high = articles.get(int(article_id), (0, 0))
        more_low, more_high = band_masks(at, at)
        articles[int(article_id)] = (low | more_low, high | more_high)
    return paragraphs, articles


def assert_current(store: Store) -> None:
    """Each summary equals a from-scratch GROUP BY: same keys, counts, sums (to rounding), and
    each article's paragraph sets, each paragraph's bands (counted per pattern and ORed per
    article), and each actor name's kinds."""
    with store.db.connect() as conn:
        assert {(name, kind): int(n) for name, kind, n in conn.execute(
            "SELECT name, kind, articles FROM actor_kinds")} == {
                (name, kind): int(n) for name, kind, n in conn.execute(
                    "SELECT name, kind, COUNT(*) FROM actors GROUP BY name, kind")}
        bits = paragraph_band_bits(conn)
        assert {(int(a), int(p)): (int(low), int(high)) for a, p, low, high in conn.execute(
            "SELECT article_id, paragraph, low_bands, high_bands FROM paragraph_bands")
                } == bits
        patterns, articles = band_patterns(bits)
        assert {(int(low), int(high)): int(n) for low, high, n in conn.execute(
            "SELECT low_bands, high_bands, paragraphs FROM band_patterns")} == patterns
        assert {int(a): (int(low), int(high)) for a, low, high in conn.execute(
            "SELECT article_id, low_bands, high_bands FROM article_bands")} == articles
        per_band, article_sentiments = sentiment_counts(conn)
        assert {int(b): int(n) for b, n in conn.execute(
            "SELECT band, paragraphs FROM sentiment_paragraphs")} == per_band
        assert {int(a): (int(low), int(high)) for a, low, high in conn.execute(
            "SELECT article_id, low_bands, high_bands FROM article_sentiments")
                } == article_sentiments
        assert {(int(a), actor): (int(bits), int(late)) for a, actor, bits, late in conn.execute(
            "SELECT article_id, actor, paragraph_bits, late_rows FROM stance_articles")
                } == paragraph_sets(conn)
        days = {tuple(r[:3]): list(r[3:]) for r in conn.execute(FRESH)}
        stance_bands = bands(conn)
        sentiment_bands, position_bands = bands(conn, by="sentiment"), bands(conn, by="position")
        groups = [days, {tuple(r[:5]): r[5:] for r in conn.execute(FRESH_ARTICLES)},
                  stance_bands, sentiment_bands, position_bands,
                  regrouped(days, day=True), regrouped(stance_bands, day=True),
                  regrouped(days, day=False), regrouped(stance_bands, day=False),
                  article_band_rows(conn), regrouped(sentiment_bands, day=False),
                  regrouped(position_bands, day=False), regrouped(sentiment_bands, day=True),
                  regrouped(position_bands, day=True), range_bands(conn)]
        for fresh, summary_sql, exact in zip(
                groups, (SUMMARY, ARTICLES, BANDS, SENTIMENT_BANDS, POSITION_BANDS, ACTOR_DAYS,
                         ACTOR_DAY_BANDS, ACTOR_TOTALS, ACTOR_BANDS, ARTICLE_BAND_ROWS,
                         ACTOR_SENTIMENT_BANDS, ACTOR_POSITION_BANDS, ACTOR_DAY_SENTIMENT_BANDS,
                         ACTOR_DAY_POSITION_BANDS, ACTOR_RANGE_BANDS),
                (3, 5, 4, 4, 4, 2, 3, 1, 2, 3, 2, 2, 3, 3, 4),
                strict=True):
            kept = {tuple(r[:exact]): r[exact:] for r in conn.execute(summary_sql)}
            assert fresh.keys() == kept.keys()  # no key missing, none left empty
            for key, (n, total, squares, mentions) in fresh.items():
                got = kept[key]
                assert (got[0], got[3]) == (n, mentions), key
                assert got[1] == pytest.approx(total, abs=1e-9), key
                assert got[2] == pytest.approx(squares, abs=1e-9), key


@pytest.fixture()
def filled(target: str | Path, opened: Callable[[str | Path], Store]) -> Store:
    store = opened(target)
    fill_store(store, 12, seed=31, batch=5)  # several bulk batches (COPY on PostgreSQL)
    # and a long one: paragraphs past the 62 a paragraph set has bits for
    store.add_many(list(synthetic_articles(1, seed=32, body_paragraphs=(70, 80))))
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


def test_plain_updates_of_stance_rows_are_followed(filled: Store) -> None:
    # no store path updates stance rows in place today: the triggers must follow one that does
    # (a row moved to another paragraph, actor or article, its score and mentions changed)
    with filled.db.connect() as conn:
        (article_id, paragraph, actor), = conn.execute(
            "SELECT article_id, MIN(paragraph), actor FROM stances GROUP BY article_id, actor"
            " ORDER BY article_id, actor LIMIT 1").fetchall()
        other = filled.article_ids()[-1]
        conn.execute("UPDATE stances SET paragraph = 1000, score = score / 2, mentions ="
                     " mentions + 1 WHERE article_id = ? AND paragraph = ? AND actor = ?",
                     (article_id, paragraph, actor))
        conn.execute("UPDATE stances SET actor = 'Somebody Else' WHERE article_id = ?"
                     " AND actor = ?", (article_id, actor))
        conn.execute("UPDATE stances SET article_id = ?, paragraph = paragraph + 5000"
                     " WHERE article_id = ? AND paragraph < 2", (other, article_id))
        conn.execute("DELETE FROM stances WHERE article_id = ? AND paragraph = 2", (other,))
        # scores on the grid and beside it: a band of their own, or the one above
        conn.execute("UPDATE stances SET score = CASE WHEN paragraph % 3 = 0 THEN 0.35"
                     " WHEN paragraph % 3 = 1 THEN -1.0 ELSE 0.35000000000000003 END"
                     " WHERE article_id = ?", (other,))
    assert_current(filled)


def test_plain_updates_of_actor_rows_are_followed(filled: Store) -> None:
    # nor does any update an article's actor rows: actor_kinds must follow a kind changed, a
    # name changed to another stored one and to a new one, and a row deleted
    with filled.db.connect() as conn:
        first, second = filled.article_ids()[:2]
        conn.execute("UPDATE actors SET kind = 'place' WHERE article_id = ? AND idx = 0",
                     (first,))
        conn.execute("UPDATE actors SET name = 'Someone New' WHERE article_id = ? AND idx = 1",
                     (first,))
        conn.execute("UPDATE actors SET name = name || ' Jr.', kind = 'person'"
                     " WHERE article_id = ?", (second,))
        conn.execute("DELETE FROM actors WHERE article_id = ? AND idx = 2", (first,))
    assert_current(filled)


def test_rows_added_to_paragraphs_that_have_rows_grow_their_bits(filled: Store) -> None:
    # a paragraph_bands row updated in place by the stance triggers' upsert: on PostgreSQL its
    # UPDATE (ON CONFLICT DO UPDATE) must reach band_patterns' UPDATE trigger, on SQLite the
    # "grown" trigger; one statement adds rows to paragraphs of two articles, in new bands and
    # in bands they have, and then one row goes again (its paragraph's bits shrink)
    columns = ("article_id, paragraph, actor, score, label, confidence, mentions, scorer,"
               " evidence, idx")
    with filled.db.connect() as conn:
        first, last = filled.article_ids()[0], filled.article_ids()[-1]
        conn.execute(f"INSERT INTO stances ({columns}) SELECT article_id, paragraph,"
                     " 'Added ' || actor, CASE WHEN paragraph % 2 = 0 THEN -0.95 ELSE score END,"
                     " label, confidence, mentions, scorer, evidence, idx FROM stances"
                     " WHERE article_id IN (?, ?)", (first, last))
        assert_current(filled)
        conn.execute("DELETE FROM stances WHERE article_id = ? AND actor LIKE ?"
                     " AND paragraph % 2 = 0", (first, "Added %"))
    assert_current(filled)


def test_deleting_every_article_empties_the_summary(filled: Store) -> None:
    for article_id in filled.article_ids():
        filled.delete_article(article_id)
    with filled.db.connect() as conn:
        assert conn.execute("SELECT COUNT(*) FROM stance_days").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM stance_articles").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM stance_bands").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM paragraph_bands").fetchone()[0] == 0
        for table in ("actor_days", "actor_day_bands", "actor_totals", "actor_bands",
                      "actor_kinds"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM band_patterns").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM article_bands").fetchone()[0] == 0


def _drop_bands(store: Store, table: str, version: int) -> None:
    """Drop a bands summary (``stance_bands``, ``sentiment_bands``), its triggers, and set the
    schema back to ``version``."""
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            for suffix in ("added", "removed", "changed", "article_deleted", "article_moved"):
                conn.execute(f"DROP TRIGGER {table}_{suffix}")
            conn.execute(f"DROP TABLE {table}")
            conn.execute(f"PRAGMA user_version = {version}")
            return
        for suffix in ("add", "remove", "change", "article_gone", "article_moved"):
            conn.execute(f"DROP FUNCTION {table}_{suffix}() CASCADE")
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"UPDATE schema_version SET version = {version}")


def drop_summary(conn: Connection, table: str, *, moved: bool) -> None:
    """Drop a summary that ``_days_triggers`` keeps (``moved``: with an "article moved"
    trigger), its triggers (and their functions on PostgreSQL) first."""
    if conn.dialect.name == "sqlite":
        for suffix in ("added", "removed", "changed", "article_deleted",
                       *(("article_moved",) if moved else ())):
            conn.execute(f"DROP TRIGGER {table}_{suffix}")
    else:
        for suffix in ("add", "remove", "change", "article_gone",
                       *(("article_moved",) if moved else ())):
            conn.execute(f"DROP FUNCTION {table}_{suffix}() CASCADE")
    conn.execute(f"DROP TABLE {table}")


def drop_migration_14(store: Store) -> None:
    """Take a store back to schema 13: no summaries per actor (and day), no actor kinds."""
    drop_migration_15(store)
    with store.db.connect() as conn:
        for table, moved in (("actor_days", True), ("actor_day_bands", True),
                             ("actor_totals", False), ("actor_bands", False)):
            drop_summary(conn, table, moved=moved)
        for trigger, function in (("added", "add"), ("removed", "remove"),
                                  ("changed", "change")):  # actor_kinds'
            conn.execute(f"DROP TRIGGER actor_kinds_{trigger}" if conn.dialect.name == "sqlite"
                         else f"DROP FUNCTION actor_kinds_{function}() CASCADE")
        conn.execute("DROP TABLE actor_kinds")
        conn.execute("PRAGMA user_version = 13" if conn.dialect.name == "sqlite"
                     else "UPDATE schema_version SET version = 13")


def drop_migration_19(store: Store) -> None:
    """Take a store back to schema 18: no change log for the column mirror."""
    with store.db.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        for table, _ in MIRRORED_TABLES:  # dropping a table drops its triggers
            for event in ("insert", "delete", "update"):
                conn.execute(f"DROP TRIGGER {table}_stamped_{event}" if sqlite
                             else f"DROP TRIGGER {table}_stamped_{event} ON {table}")
            if not sqlite:
                for step in ("added", "removed", "changed"):
                    conn.execute(f"DROP FUNCTION {table}_stamp_{step}()")
        conn.execute("DROP TABLE article_changes")
        conn.execute("ALTER TABLE meta DROP COLUMN store_id")
        conn.execute("PRAGMA user_version = 18" if sqlite
                     else "UPDATE schema_version SET version = 18")


def drop_migration_18(store: Store) -> None:
    """Take a store back to schema 17: no sums per actor by the bands of every range."""
    drop_migration_19(store)
    with store.db.connect() as conn:
        drop_summary(conn, "actor_range_bands", moved=True)
        conn.execute("PRAGMA user_version = 17" if conn.dialect.name == "sqlite"
                     else "UPDATE schema_version SET version = 17")


def drop_migration_17(store: Store) -> None:
    """Take a store back to schema 16: no paragraphs per sentiment band, no article sentiment
    bands."""
    drop_migration_18(store)
    with store.db.connect() as conn:
        for trigger, function in (("added", "add"), ("removed", "remove"),
                                  ("changed", "change")):
            conn.execute(f"DROP TRIGGER sentiment_paragraphs_{trigger}"
                         if conn.dialect.name == "sqlite"
                         else f"DROP FUNCTION sentiment_paragraphs_{function}() CASCADE")
        conn.execute("DROP TABLE sentiment_paragraphs")
        conn.execute("DROP TABLE article_sentiments")
        conn.execute("PRAGMA user_version = 16" if conn.dialect.name == "sqlite"
                     else "UPDATE schema_version SET version = 16")


def drop_migration_16(store: Store) -> None:
    """Take a store back to schema 15: no rows per article and paragraph bands, no sentiment or
    position bands per actor (and day), no index of the paragraphs' sentiment."""
    drop_migration_17(store)
    with store.db.connect() as conn:
        for table, moved in (("article_band_rows", True), ("actor_sentiment_bands", False),
                             ("actor_position_bands", True), ("actor_day_sentiment_bands", True),
                             ("actor_day_position_bands", True)):
            drop_summary(conn, table, moved=moved)
        conn.execute("DROP INDEX paragraphs_sentiment")
        conn.execute("PRAGMA user_version = 15" if conn.dialect.name == "sqlite"
                     else "UPDATE schema_version SET version = 15")


def drop_migration_15(store: Store) -> None:
    """Take a store back to schema 14: no band patterns, no article bands."""
    drop_migration_16(store)
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            for suffix in ("added", "removed", "grown", "changed"):
                conn.execute(f"DROP TRIGGER band_patterns_{suffix}")
            conn.execute("PRAGMA user_version = 14")
        else:
            for suffix in ("add", "remove", "change"):
                conn.execute(f"DROP FUNCTION band_patterns_{suffix}() CASCADE")
            conn.execute("UPDATE schema_version SET version = 14")
        conn.execute("DROP TABLE band_patterns")
        conn.execute("DROP TABLE article_bands")


def drop_migration_13(store: Store) -> None:
    """Take a store back to schema 12: no paragraph bands."""
    drop_migration_14(store)
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            for suffix in ("added", "removed", "changed"):
                conn.execute(f"DROP TRIGGER paragraph_bands_{suffix}")
            conn.execute("DROP TABLE paragraph_bands")
            conn.execute("PRAGMA user_version = 12")
            return
        for suffix in ("add", "remove", "change"):
            conn.execute(f"DROP FUNCTION paragraph_bands_{suffix}() CASCADE")
        conn.execute("DROP TABLE paragraph_bands")
        conn.execute("UPDATE schema_version SET version = 12")


def drop_migration_12(store: Store) -> None:
    """Take a store back to schema 11: no position bands."""
    drop_migration_13(store)
    _drop_bands(store, "position_bands", 11)


def drop_migration_11(store: Store) -> None:
    """Take a store back to schema 10: no sentiment bands."""
    drop_migration_12(store)
    _drop_bands(store, "sentiment_bands", 10)


def drop_migration_10(store: Store) -> None:
    """Take a store back to schema 9: no stance bands."""
    drop_migration_11(store)
    _drop_bands(store, "stance_bands", 9)


def drop_migration_9(store: Store) -> None:
    """Take a store back to schema 8: no search index."""
    drop_migration_10(store)
    with store.db.connect() as conn:
        if conn.dialect.name == "sqlite":
            for name in ("paragraphs_fts_added", "paragraphs_fts_removed",
                         "paragraphs_fts_changed"):
                conn.execute(f"DROP TRIGGER {name}")
            conn.execute("DROP TABLE paragraphs_fts")
            conn.execute("PRAGMA user_version = 8")
            return
        conn.execute("DROP INDEX IF EXISTS paragraphs_text_trigrams")
        conn.execute("UPDATE schema_version SET version = 8")


def drop_migration_8(store: Store) -> None:
    """Take a store back to schema 7: stance_articles without paragraph sets, and migration 7's
    triggers."""
    drop_migration_9(store)
    with store.db.connect() as conn:
        sqlite = conn.dialect.name == "sqlite"
        for name in (STANCE_ARTICLES_TRIGGERS if sqlite else STANCE_ARTICLES_FUNCTIONS):
            conn.execute(f"DROP TRIGGER {name}" if sqlite else f"DROP FUNCTION {name}() CASCADE")
        conn.execute("CREATE INDEX stances_actor ON stances (actor, article_id)")
        conn.execute("DROP INDEX stances_actor_scores")
        conn.execute("ALTER TABLE stance_articles DROP COLUMN paragraph_bits")
        conn.execute("ALTER TABLE stance_articles DROP COLUMN late_rows")
        # migration 7 after its table and backfill: its triggers
        for statement in (MIGRATIONS if sqlite else POSTGRES_MIGRATIONS)[6][2:]:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 7" if sqlite
                     else "UPDATE schema_version SET version = 7")


def drop_migration_7(store: Store) -> None:
    """Take a store back to schema 6: what a store made before migration 7 looks like."""
    drop_migration_8(store)
    with store.db.connect() as conn:
        conn.execute("DROP TABLE stance_articles")
        if conn.dialect.name == "sqlite":
            for trigger in STANCE_ARTICLES_TRIGGERS:
                conn.execute(f"DROP TRIGGER {trigger}")
            conn.execute("PRAGMA user_version = 6")
            return
        for function in STANCE_ARTICLES_FUNCTIONS:
            conn.execute(f"DROP FUNCTION {function}() CASCADE")
        conn.execute("UPDATE schema_version SET version = 6")


def drop_migration_6(store: Store) -> None:
    """Take a store back to schema 5: what a store made before this migration looks like."""
    drop_migration_7(store)
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
    assert again.schema_version == SCHEMA_VERSION == 19
    assert_current(again)
    analysis, raw = another(42)
    again.add_article(analysis, raw_text=raw)  # and the triggers are in place
    assert_current(again)


def test_migration_7_backfills_a_store_at_schema_6(
        filled: Store, opened: Callable[[str | Path], Store]) -> None:
    drop_migration_7(filled)
    filled.close()
    again = opened(filled.location)
    assert again.schema_version == SCHEMA_VERSION == 19
    assert_current(again)
    again.delete_article(again.article_ids()[0])  # and the triggers are in place
    assert_current(again)


def test_migration_8_backfills_the_paragraph_sets_of_a_store_at_schema_7(
        filled: Store, opened: Callable[[str | Path], Store]) -> None:
    drop_migration_8(filled)
    analysis, raw = another(43)
    filled.add_article(analysis, raw_text=raw)  # summed by migration 7's triggers
    filled.close()
    again = opened(filled.location)
    assert again.schema_version == SCHEMA_VERSION == 19
    assert_current(again)
    again.delete_article(again.article_ids()[0])  # and the new triggers are in place
    analysis, raw = another(44)
    again.add_article(analysis, raw_text=raw)
    assert_current(again)


@pytest.mark.parametrize(("drop", "seed"), [
    (lambda store: drop_migration_10(store), 45),  # stance_bands (and 11 and 12 with it)
    (lambda store: drop_migration_11(store), 47),  # sentiment_bands (and 12)
    (lambda store: drop_migration_12(store), 50),  # position_bands (and 13)
    (lambda store: drop_migration_13(store), 53),  # paragraph_bands (and 14, 15)
    (lambda store: drop_migration_14(store), 55),  # the summaries per actor (and 15)
    (lambda store: drop_migration_15(store), 56),  # band_patterns, article_bands (16, 17)
    (lambda store: drop_migration_16(store), 58),  # article_band_rows, the bands per actor
    (lambda store: drop_migration_17(store), 60),  # sentiment_paragraphs, article_sentiments
    (lambda store: drop_migration_18(store), 62),  # actor_range_bands
], ids=["10", "11", "12", "13", "14", "15", "16", "17", "18"])
def test_the_band_migrations_backfill_a_store_made_before_them(
        filled: Store, opened: Callable[[str | Path], Store], drop: Callable[[Store], None],
        seed: int) -> None:
    drop(filled)
    analysis, raw = another(seed)
    filled.add_article(analysis, raw_text=raw)  # no bands summed
    filled.close()
    again = opened(filled.location)
    assert again.schema_version == SCHEMA_VERSION == 19
    assert_current(again)
    again.delete_article(again.article_ids()[0])  # and the triggers are in place
    analysis, raw = another(seed + 1)
    again.add_article(analysis, raw_text=raw)
    assert_current(again)


def test_a_changed_paragraph_count_moves_the_rows_between_position_bands(
        filled: Store) -> None:
    # a re-analysis writes the article's new paragraph count before it replaces the rows: the
    # rows summed under the old count must move with it, or the deletes that follow take them
    # out of the wrong bands
    with filled.db.connect() as conn:
        conn.execute("UPDATE articles SET n_paragraphs = n_paragraphs + 3 WHERE id = ?",
                     (filled.article_ids()[2],))
    assert_current(filled)
    analysis, _ = another(52)
    filled.replace_article(filled.article_ids()[3], analysis)
    assert_current(filled)


def test_regression_re_analysis_deletes_the_stances_before_their_paragraphs(
        filled: Store) -> None:
    # sentiment_bands' triggers read a stance row's paragraph: with the paragraphs deleted
    # first (the child tables in order), a re-analysis left the old rows in their bands
    article_id = filled.article_ids()[1]
    with filled.db.connect() as conn:
        before = conn.execute("SELECT SUM(n) FROM sentiment_bands").fetchone()[0]
        rows = conn.execute("SELECT COUNT(*) FROM stances WHERE article_id = ?",
                            (article_id,)).fetchone()[0]
    analysis, _ = another(49, paragraphs=())
    filled.replace_article(article_id, analysis)
    with filled.db.connect() as conn:
        assert conn.execute("SELECT SUM(n) FROM sentiment_bands").fetchone()[0] == before - rows
    assert_current(filled)


def _edge_scores() -> list[float]:
    """Every grid value of the scale, the doubles either side of it, and random scores."""
    rng = random.Random(7)
    scores = [rng.uniform(-1.0, 1.0) for _ in range(300)]
    for k in range(-BAND_STEPS, BAND_STEPS + 1):
        value = k / BAND_STEPS
        scores += [value, math.nextafter(value, -2.0), math.nextafter(value, 2.0),
                   round(value + 1e-12, 12), k * (1 / BAND_STEPS), k * 0.05]
    return scores


def test_the_databases_band_each_score_by_its_definition(target: str | Path,
                                                         opened: Callable[[str | Path], Store]
                                                         ) -> None:
    store = opened(target)
    scores = _edge_scores()
    with store.db.connect() as conn:
        got = [int(conn.execute(f"SELECT {BAND.format(s='t')} FROM (SELECT CAST(? AS"
                                " DOUBLE PRECISION) AS score) AS t", (score,)).fetchone()[0])
               for score in scores]
        sentiment = [int(conn.execute(f"SELECT {SENTIMENT_BAND.format(p='t')} FROM (SELECT"
                                      " CAST(? AS DOUBLE PRECISION) AS compound) AS t",
                                      (score,)).fetchone()[0]) for score in scores]
    assert got == sentiment == [band(score) for score in scores]


def test_a_band_range_keeps_what_the_score_range_keeps() -> None:
    # the property the fast path rests on, for every range of the slider's grid
    scores = _edge_scores()
    for i in range(-BAND_STEPS, BAND_STEPS + 1):
        for j in range(i, BAND_STEPS + 1):
            low, high = round(i / BAND_STEPS, 2), round(j / BAND_STEPS, 2)
            assert [low <= x <= high for x in scores] == [
                2 * i <= band(x) <= 2 * j for x in scores], (low, high)


def test_a_slider_value_a_hair_off_the_grid_is_snapped_to_it() -> None:
    # a browser's slider adds its steps up: seven steps of 0.05 from -1 miss -0.65
    sent = -1 + 7 * 0.05
    assert not on_grid(sent)
    assert to_grid(sent) == -0.65 and on_grid(to_grid(sent))
    assert days_cover(StanceQuery(stance=(to_grid(sent), 0.5)))
    assert not days_cover(StanceQuery(stance=(sent, 0.5)))  # the rows would be read instead


def test_the_paragraphs_a_position_range_keeps_are_counted_off_the_articles(
        target: str | Path, opened: Callable[[str | Path], Store]) -> None:
    # the counts line under a position range reads the articles' paragraph counts only
    # (stance_days.articles_sql): for every range of the slider's grid, and articles of 1 to 43
    # paragraphs (a headline and 0 to 42 more), it keeps what the position filter keeps
    store = opened(target)
    store.add_many(list(synthetic_articles(36, seed=61, body_paragraphs=(0, 42))))
    with store.db.connect() as conn:
        counts = [int(n) for (n,) in conn.execute("SELECT n_paragraphs FROM articles")]
        assert min(counts) <= 2 and max(counts) >= 30
        for i in range(BAND_STEPS + 1):
            for j in range(i, BAND_STEPS + 1, 3):  # every third end: 77 ranges
                low, high = round(i / BAND_STEPS, 2), round(j / BAND_STEPS, 2)
                kept = [sum(low <= position(p, n) <= high for p in range(n)) for n in counts]
                sql, params = articles_sql(StanceQuery(position=(low, high)))
                got = conn.execute(sql, params).fetchone()
                assert (int(got[0]), int(got[1])) == (sum(k > 0 for k in kept), sum(kept)), (
                    low, high)
