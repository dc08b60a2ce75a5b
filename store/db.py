"""The database under the store: SQLite or PostgreSQL, one set of calls for both.

``STANCEMAP_DB`` (or ``--db``) names a file (SQLite, the default, for one user) or a
``postgresql://`` URL (a server a team and its ingest workers share). Both speak the same SQL
here through a thin dialect layer rather than an ORM:

* ``open_database(target)`` gives a ``Database`` (``store.sqlite.SqliteDatabase`` or
  ``store.postgres.PostgresDatabase``); ``open_db(db)`` lends one ``Connection`` of it, closed
  (SQLite) or returned to its pool (PostgreSQL, ``psycopg_pool.ConnectionPool``) on leaving.
* ``Connection.execute``/``executemany`` take the store's SQL with ``?`` placeholders, as
  sqlite3 does; for psycopg 3 they become ``%s`` (``store.postgres.placeholders``). Values are
  always parameters, never spliced into the SQL text.
* ``write_transaction`` takes the write lock at once on SQLite (``BEGIN IMMEDIATE``: one writer
  at a time) and opens a READ COMMITTED transaction on PostgreSQL under a transaction-scoped
  advisory lock for every write the pages show (and the exclusive ones): those run one at a
  time there too, while the jobs table's writes and every reader run side by side. Duplicates
  by content hash are settled by the unique index (``ON CONFLICT DO NOTHING``). Every shown
  write bumps ``meta.version``; ``read_snapshot`` gives several SELECTs one snapshot
  (REPEATABLE READ on PostgreSQL).
* The schema is ``MIGRATIONS`` (SQLite DDL, ``PRAGMA user_version`` counts them) and
  ``store.postgres.POSTGRES_MIGRATIONS`` (the same tables in PostgreSQL's DDL, counted in its
  ``schema_version`` table); the two lists have one entry per migration, and a test compares
  the tables and columns they make.

Why not SQLAlchemy Core: every query is already plain SQL that both databases accept (quoting the
column ``"end"``, a reserved word in PostgreSQL, is the only change), so an expression layer would
mean rewriting every query for no gain; what differs is connections, transactions, DDL and bulk
reads, which a page of code covers. psycopg 3 is the maintained PostgreSQL driver, with a pool,
COPY and pipelined ``executemany`` for bulk loads.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Generic, TypeVar

from store.summary_sql import (
    ACTOR_KINDS_BACKFILL,
    ACTOR_RANGE_BANDS,
    ARTICLE_BAND_ROWS,
    MIRRORED_TABLES,
    POSITION_BANDS,
    REGROUPED,
    REGROUPED_16,
    SENTIMENT_BANDS,
    STANCE_ARTICLES,
    STANCE_ARTICLES_7,
    STANCE_BANDS,
    STANCE_DAYS,
    Summary,
    actor_kinds_changed,
    actor_kinds_forgotten,
    article_bands_added,
    article_bands_backfill,
    article_bands_recounted,
    article_forgotten,
    article_rows,
    article_sentiments_added,
    article_sentiments_backfill,
    article_sentiments_recounted,
    articles_changed,
    band_patterns_backfill,
    band_patterns_counted,
    band_patterns_forgotten,
    bands_backfill,
    first_recounted,
    paragraph_bands_added,
    paragraph_bands_backfill,
    paragraph_bands_recounted,
    paragraph_sums,
    regrouped_backfill,
    rows_backfill,
    rows_changed,
    rows_forgotten,
    sentiment_paragraphs_backfill,
    sentiment_paragraphs_counted,
    summary_table,
)

BUSY_TIMEOUT_MS = 5000

REPO_ROOT = Path(__file__).resolve().parents[1]
#: The environment variable naming the store: a SQLite path or a ``postgresql://`` URL.
DB_ENV = "STANCEMAP_DB"
DEFAULT_DB = Path("data") / "stancemap.sqlite3"  # relative to the repo root


def configured_target() -> str | Path:
    """The store ``$STANCEMAP_DB`` names, or else ``data/stancemap.sqlite3`` under the repo."""
    configured = os.environ.get(DB_ENV, "").strip()
    return configured if configured else REPO_ROOT / DEFAULT_DB

#: The names of stance_articles' triggers (migration 7 made them; 8 makes them again).
STANCE_ARTICLES_TRIGGERS = ("stance_articles_added", "stance_articles_removed",
                            "stance_articles_changed", "stance_articles_article_deleted",
                            "stance_articles_article_moved")


#: A paragraph's number in the search index (``paragraphs_fts``, migration 9): its article's id
#: times this, plus its index in the article (always below it).
FTS_ROWID_STRIDE = 1_000_000
_FTS_ROWID = "{row}.article_id * " + str(FTS_ROWID_STRIDE) + " + {row}.paragraph"


def _fts_added(row: str) -> str:
    return (f"INSERT INTO paragraphs_fts (rowid, text) VALUES ({_FTS_ROWID.format(row=row)},"
            f" {row}.text)")


def _fts_removed(row: str) -> str:
    # a contentless FTS5 table forgets a row when given the text it was indexed with
    return ("INSERT INTO paragraphs_fts (paragraphs_fts, rowid, text) VALUES ('delete',"
            f" {_FTS_ROWID.format(row=row)}, {row}.text)")


def _days_triggers(summary: Summary) -> tuple[str, ...]:
    """The SQLite triggers keeping a summary keyed by actor, outlet and day (``stance_days``,
    ``stance_bands``, ``sentiment_bands``, ``position_bands``), by actor and day
    (``actor_days``, ``actor_day_bands``) or by actor alone (``actor_totals``, ``actor_bands``),
    as ``summary`` defines it current. A deleted
    article's stances go by cascade, after its row: the stances' own trigger no longer finds
    the article, so they are taken out before. A summary whose keys read no article column
    (``Summary.article_columns``) has no trigger for an article moved."""
    # the columns a row's key reads: its paragraph too where the key is the paragraph's
    columns = ("article_id, paragraph, actor, score, mentions" if summary.paragraph
               else "article_id, actor, score, mentions")
    # the article's columns the keys read, beyond its outlet and date (``n_paragraphs``)
    moved_by = ", ".join(summary.article_columns)
    moved_too = "".join(f" OR OLD.{c} IS NOT NEW.{c}" for c in summary.article_columns
                        if c not in ("outlet", "published"))
    moved = (f"""CREATE TRIGGER {summary.table}_article_moved AFTER UPDATE OF {moved_by}
            ON articles WHEN OLD.outlet IS NOT NEW.outlet
                OR COALESCE(OLD.published, '') IS NOT COALESCE(NEW.published, ''){moved_too} BEGIN
            {article_rows(summary, "-", postgres=False, row="OLD")};
            {article_forgotten(summary, row="OLD")};
            {article_rows(summary, "", postgres=False, row="NEW")};
        END""",) if summary.article_columns else ()
    return (
        f"""CREATE TRIGGER {summary.table}_added AFTER INSERT ON stances BEGIN
            {rows_changed(summary, "", postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER {summary.table}_removed AFTER DELETE ON stances BEGIN
            {rows_changed(summary, "-", postgres=False, rows="OLD")};
            {rows_forgotten(summary, postgres=False, rows="OLD")};
        END""",
        f"""CREATE TRIGGER {summary.table}_changed
            AFTER UPDATE OF {columns} ON stances BEGIN
            {rows_changed(summary, "-", postgres=False, rows="OLD")};
            {rows_forgotten(summary, postgres=False, rows="OLD")};
            {rows_changed(summary, "", postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER {summary.table}_article_deleted BEFORE DELETE ON articles BEGIN
            {article_rows(summary, "-", postgres=False, row="OLD")};
            {article_forgotten(summary, row="OLD")};
        END""",
        *moved,
    )


#: A ``paragraph_bands`` row updated in its article with no bit taken out (migration 15).
_GROWN = ("NEW.article_id = OLD.article_id AND (NEW.low_bands & OLD.low_bands) = OLD.low_bands"
          " AND (NEW.high_bands & OLD.high_bands) = OLD.high_bands")


def _bands_migration(summary: Summary, band: str) -> tuple[str, ...]:
    """A bands summary's migration (10, 11, 12): its table (``band`` says what its band is
    of), its backfill and its triggers."""
    return (f"""CREATE TABLE {summary.table} (
            actor TEXT NOT NULL,
            outlet TEXT NOT NULL,
            published TEXT NOT NULL,
            band INTEGER NOT NULL,  -- {band}
            n INTEGER NOT NULL,
            total REAL NOT NULL,
            squares REAL NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (actor, outlet, published, band)
        ) WITHOUT ROWID""", bands_backfill(summary), *_days_triggers(summary))


def _stance_articles_triggers(summary: Summary) -> tuple[str, ...]:
    """The SQLite triggers keeping ``stance_articles`` as ``summary`` defines it current."""
    return (
        f"""CREATE TRIGGER stance_articles_added AFTER INSERT ON stances BEGIN
            {rows_changed(summary, "", postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER stance_articles_removed AFTER DELETE ON stances BEGIN
            {rows_changed(summary, "-", postgres=False, rows="OLD")};
            {rows_forgotten(summary, postgres=False, rows="OLD")};
            {first_recounted(summary, postgres=False, rows="OLD")};
        END""",
        f"""CREATE TRIGGER stance_articles_changed
            AFTER UPDATE OF article_id, paragraph, actor, score, mentions ON stances BEGIN
            {rows_changed(summary, "-", postgres=False, rows="OLD")};
            {rows_forgotten(summary, postgres=False, rows="OLD")};
            {first_recounted(summary, postgres=False, rows="OLD")};
            {rows_changed(summary, "", postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER stance_articles_article_deleted BEFORE DELETE ON articles BEGIN
            {article_rows(summary, "-", postgres=False, row="OLD")};
            {article_forgotten(summary, row="OLD")};
        END""",
        f"""CREATE TRIGGER stance_articles_article_moved AFTER UPDATE OF outlet, published
            ON articles WHEN OLD.outlet IS NOT NEW.outlet OR OLD.published IS NOT NEW.published
            BEGIN
            {article_rows(summary, "-", postgres=False, row="OLD")};
            {article_forgotten(summary, row="OLD")};
            {article_rows(summary, "", postgres=False, row="NEW")};
        END""",
    )


def _change_triggers() -> tuple[str, ...]:
    """The row triggers stamping in ``article_changes`` the article of every row written to
    a table the column mirror copies (``MIRRORED_TABLES``)."""
    triggers = []
    for table, key in MIRRORED_TABLES:
        for event, rows in (("INSERT", ("NEW",)), ("DELETE", ("OLD",)),
                            ("UPDATE", ("OLD", "NEW"))):
            steps = "".join(f"{articles_changed(key, postgres=False, rows=r)}; " for r in rows)
            triggers.append(f"CREATE TRIGGER {table}_stamped_{event.lower()} AFTER {event}"
                            f" ON {table} BEGIN {steps}END")
    return tuple(triggers)


# Migrations (SQLite DDL), applied in order at open; ``PRAGMA user_version`` is the number applied
# so far. Append new ones, never edit a released one, and append the same tables in PostgreSQL's
# DDL to ``store.postgres.POSTGRES_MIGRATIONS``.
MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            content_hash TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            title TEXT NOT NULL,
            outlet TEXT,
            published TEXT,
            url TEXT,
            fmt TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            text TEXT NOT NULL,
            n_paragraphs INTEGER NOT NULL,
            scorer TEXT NOT NULL DEFAULT '',
            added TEXT NOT NULL
        )""",
        """CREATE TABLE removals (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE paragraphs (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            compound REAL NOT NULL,
            pos REAL NOT NULL,
            neu REAL NOT NULL,
            neg REAL NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph)
        ) WITHOUT ROWID""",
        """CREATE TABLE sentences (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, sentence)
        ) WITHOUT ROWID""",
        """CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            actor TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            via TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph, idx)
        ) WITHOUT ROWID""",
        "CREATE INDEX mentions_actor ON mentions (actor)",
        """CREATE TABLE stances (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            actor TEXT NOT NULL,
            score REAL NOT NULL,
            label TEXT NOT NULL,
            confidence REAL NOT NULL,
            mentions INTEGER NOT NULL,
            scorer TEXT NOT NULL,
            evidence TEXT NOT NULL,
            idx INTEGER NOT NULL,  -- order within the paragraph, as the analysis gave it
            PRIMARY KEY (article_id, paragraph, actor)
        ) WITHOUT ROWID""",
        """CREATE TABLE actors (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            aliases TEXT NOT NULL,
            idx INTEGER NOT NULL,  -- order of first mention
            PRIMARY KEY (article_id, name)
        ) WITHOUT ROWID""",
        """CREATE TABLE actor_edits (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL
                CHECK (kind IN ('rename', 'merge', 'hide', 'unhide', 'alias', 'actor')),
            args TEXT NOT NULL,
            created TEXT NOT NULL
        )""",
        """CREATE TABLE corrections (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            actor TEXT NOT NULL,
            label TEXT NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
            created TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph, actor)
        ) WITHOUT ROWID""",
        # One row: bumped by every write transaction, read by data_version().
        "CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)",
        "INSERT INTO meta (id, version) VALUES (1, 0)",
    ),
    (
        # 2: analysis as jobs (store.jobs): what an upload, a paste or an actor edit asks a worker
        # process to do, and how it went. payload: a file's bytes, a text, or an article id.
        """CREATE TABLE jobs (
            id INTEGER PRIMARY KEY,
            batch TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('file', 'paste', 'document', 'rescore')),
            payload BLOB NOT NULL,
            options TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'running', 'done', 'failed')),
            outcome TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            article_ids TEXT NOT NULL DEFAULT '[]',
            worker_pid INTEGER,
            deadline REAL,
            created TEXT NOT NULL,
            started TEXT,
            finished TEXT
        )""",
        "CREATE INDEX jobs_state ON jobs (state, id)",
        "CREATE INDEX jobs_batch ON jobs (batch, id)",
    ),
    (
        # 3: 1 = analysed from the cleaned text (the default), 0 = the user chose to keep the
        # original text (cleaning removed most of it): re-analysis must not clean it again.
        "ALTER TABLE articles ADD COLUMN cleaned INTEGER NOT NULL DEFAULT 1",
    ),
    (
        # 4: each mention's stance probabilities (P(negative), P(neutral), P(positive)), so a
        # read-time merge re-aggregates with analysis.stance.base.aggregate (store.folding).
        # NULL for mentions stored before this migration: re-analysis fills them.
        "ALTER TABLE mentions ADD COLUMN p_neg REAL",
        "ALTER TABLE mentions ADD COLUMN p_neu REAL",
        "ALTER TABLE mentions ADD COLUMN p_pos REAL",
    ),
    (
        # 5: the 'split' edit (keep a stored name apart from the actor it was joined to).
        # SQLite cannot change a CHECK, so the log is copied into a table that allows it.
        """CREATE TABLE actor_edits_5 (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL
                CHECK (kind IN ('rename', 'merge', 'hide', 'unhide', 'alias', 'actor', 'split')),
            args TEXT NOT NULL,
            created TEXT NOT NULL
        )""",
        "INSERT INTO actor_edits_5 (id, kind, args, created)"
        " SELECT id, kind, args, created FROM actor_edits",
        "DROP TABLE actor_edits",
        "ALTER TABLE actor_edits_5 RENAME TO actor_edits",
        # the automatic joins read every stored actor's kinds (actor_edits.stored_fits):
        # a covering index makes that a scan of two short columns
        "CREATE INDEX actors_name_kind ON actors (name, kind)",
    ),
    (
        # 6: the Overview's aggregations in the database (store.stance_days): indexes for the
        # article filters, and the model's stances summed per stored actor, outlet and
        # publication day, kept current by triggers on every write and backfilled here.
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_outlet ON articles (outlet, published, n_paragraphs)",
        # the rows behind one actor (a drill-down, a filter on actors) without a scan of all
        "CREATE INDEX stances_actor ON stances (actor, article_id)",
        """CREATE TABLE stance_days (
            actor TEXT NOT NULL,  -- the stored name
            outlet TEXT NOT NULL,  -- '' for none (a stored outlet is never empty)
            published TEXT NOT NULL,  -- the article's date as stored, '' when undated
            n INTEGER NOT NULL,  -- stance rows
            total REAL NOT NULL,  -- sum of their scores
            squares REAL NOT NULL,  -- sum of their squared scores
            mentions INTEGER NOT NULL,
            PRIMARY KEY (actor, outlet, published)
        ) WITHOUT ROWID""",
        # summed per article first: one article lookup per actor and article, not per row
        # (a sixth faster at 10^7 rows)
        """INSERT INTO stance_days (actor, outlet, published, n, total, squares, mentions)
            SELECT s.actor, COALESCE(a.outlet, ''), COALESCE(a.published, ''), SUM(s.n),
                   SUM(s.total), SUM(s.squares), SUM(s.mentions)
            FROM (SELECT article_id, actor, COUNT(*) AS n, SUM(score) AS total,
                         SUM(score * score) AS squares, SUM(mentions) AS mentions
                  FROM stances GROUP BY article_id, actor) AS s
            JOIN articles AS a ON a.id = s.article_id
            GROUP BY s.actor, COALESCE(a.outlet, ''), COALESCE(a.published, '')""",
        *_days_triggers(STANCE_DAYS),
    ),
    (
        # 7: the model's stances summed per stored actor and article (store.stance_articles):
        # the by-article views and the article counts under an actor filter, without reading
        # every stance row. ``n`` is also the actor's paragraphs in the article (one stance row
        # per paragraph and stored actor). Kept by the same triggers as stance_days.
        """CREATE TABLE stance_articles (
            actor TEXT NOT NULL,  -- the stored name
            article_id INTEGER NOT NULL,  -- no foreign key: the triggers drop a deleted one's
            outlet TEXT,  -- the article's, as stored (copied: the filters read no article row)
            published TEXT,
            n INTEGER NOT NULL,  -- stance rows (= paragraphs)
            total REAL NOT NULL,
            squares REAL NOT NULL,
            mentions INTEGER NOT NULL,
            first INTEGER NOT NULL,  -- the first paragraph with a row: the frames' row order
            -- by actor first: one actor's articles are a range (an actor filter), and no
            -- second index to update with every upsert (a covering one made bulk adds ~30 %
            -- slower); an article's keys are found from its stance rows
            PRIMARY KEY (actor, article_id)
        ) WITHOUT ROWID""",
        """INSERT INTO stance_articles (actor, article_id, outlet, published, n, total, squares,
                                        mentions, first)
            SELECT s.actor, s.article_id, a.outlet, a.published, COUNT(*), SUM(s.score),
                   SUM(s.score * s.score), SUM(s.mentions), MIN(s.paragraph)
            FROM stances AS s JOIN articles AS a ON a.id = s.article_id
            GROUP BY s.actor, s.article_id""",
        *_stance_articles_triggers(STANCE_ARTICLES_7),
    ),
    (
        # 8: each stance_articles key's paragraph set (a bit per paragraph below 62, and a
        # count of later rows): the paragraphs under several picked actors are the union of
        # their sets per article, counted without reading every stance row. And the rows'
        # scores by actor in an index that covers what the row path reads (the primary key's
        # columns are in every index of a WITHOUT ROWID table): the table's rows carry their
        # evidence text, so a pass over them read ~5 GB at 10^5 articles (a stance range
        # over every actor took 26 s, 5 s from this index). It replaces (actor, article_id).
        "CREATE INDEX stances_actor_scores ON stances (actor, article_id, score, mentions)",
        "DROP INDEX stances_actor",
        "ALTER TABLE stance_articles ADD COLUMN paragraph_bits INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE stance_articles ADD COLUMN late_rows INTEGER NOT NULL DEFAULT 0",
        f"""UPDATE stance_articles SET paragraph_bits = g.bits, late_rows = g.late
            FROM (SELECT actor, article_id, {paragraph_sums("s")} FROM stances AS s
                  GROUP BY actor, article_id) AS g
            WHERE g.actor = stance_articles.actor AND g.article_id = stance_articles.article_id""",
        *[f"DROP TRIGGER {name}" for name in STANCE_ARTICLES_TRIGGERS],
        *_stance_articles_triggers(STANCE_ARTICLES),
    ),
    (
        # 9: a full-text index of the paragraphs (FTS5, contentless: the text stays in
        # ``paragraphs`` alone) that narrows a search before its pattern runs (store.search)
        "CREATE VIRTUAL TABLE paragraphs_fts USING fts5(text, content='')",
        f"""INSERT INTO paragraphs_fts (rowid, text)
            SELECT {_FTS_ROWID.format(row="p")}, p.text FROM paragraphs AS p""",
        f"""CREATE TRIGGER paragraphs_fts_added AFTER INSERT ON paragraphs BEGIN
            {_fts_added("NEW")};
        END""",
        f"""CREATE TRIGGER paragraphs_fts_removed AFTER DELETE ON paragraphs BEGIN
            {_fts_removed("OLD")};
        END""",
        f"""CREATE TRIGGER paragraphs_fts_changed AFTER UPDATE OF article_id, paragraph, text
            ON paragraphs BEGIN
            {_fts_removed("OLD")};
            {_fts_added("NEW")};
        END""",
    ),
    (
        # 10: stance_days with each row's stance band in the key (store.stance_days): the
        # Overview's sums under a stance range on the slider's grid, without reading every
        # stance row. Kept by the same triggers as stance_days.
        *_bands_migration(STANCE_BANDS, "store.summary_sql.BAND of the rows' score"),
    ),
    (
        # 11: stance_days with the sentiment band of each row's paragraph in the key
        # (store.stance_days): the Overview's sums under a sentiment range on the slider's grid.
        # Its triggers join the stance row's paragraph (Summary.paragraph).
        *_bands_migration(SENTIMENT_BANDS,
                          "store.summary_sql.SENTIMENT_BAND of the rows' paragraph"),
    ),
    (
        # 12: stance_days with the position band of each row's paragraph in its article in the
        # key: the Overview's sums under a paragraph position range on the slider's grid. Its
        # keys read the article's n_paragraphs, so its "article moved" trigger fires on it too.
        *_bands_migration(POSITION_BANDS,
                          "store.summary_sql.POSITION_BAND of the rows' paragraph"),
    ),
    (
        # 13: per paragraph with a stance row, the stance bands of its rows as bits
        # (store.summary_sql.PARAGRAPH_BAND_BITS): the Overview's counts line under a stance
        # range on the slider's grid counts paragraphs without grouping every row in the range.
        """CREATE TABLE paragraph_bands (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            low_bands INTEGER NOT NULL,  -- bands -40..0 of the rows' scores, as bits 0..40
            high_bands INTEGER NOT NULL,  -- bands 1..40, as bits 0..39
            PRIMARY KEY (article_id, paragraph)
        ) WITHOUT ROWID""",
        paragraph_bands_backfill(postgres=False),
        f"""CREATE TRIGGER paragraph_bands_added AFTER INSERT ON stances BEGIN
            {paragraph_bands_added(postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER paragraph_bands_removed AFTER DELETE ON stances BEGIN
            {paragraph_bands_recounted(postgres=False, rows="OLD")};
        END""",
        f"""CREATE TRIGGER paragraph_bands_changed
            AFTER UPDATE OF article_id, paragraph, score ON stances BEGIN
            {paragraph_bands_recounted(postgres=False, rows="OLD")};
            {paragraph_bands_added(postgres=False, rows="NEW")};
        END""",
    ),
    (
        # 14: stance_days and stance_bands summed per stored actor and day, and per actor
        # alone (store.summary_sql.REGROUPED; store.stance_days.level_for): the actor
        # rankings and the timeline read a row per actor (and day), not one per actor, outlet
        # and day. Backfilled from the finer summaries.
        *[statement for summary, source in REGROUPED for statement in (
            summary_table(summary, postgres=False), regrouped_backfill(summary, source),
            *_days_triggers(summary))],
        # and per stored actor name and kind, its articles (store.summary_sql.actor_kinds_*):
        # the automatic joins' persons, found after every write, read off it
        """CREATE TABLE actor_kinds (
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            articles INTEGER NOT NULL,  -- the articles naming the actor with this kind
            PRIMARY KEY (name, kind)
        ) WITHOUT ROWID""",
        ACTOR_KINDS_BACKFILL,
        f"""CREATE TRIGGER actor_kinds_added AFTER INSERT ON actors BEGIN
            {actor_kinds_changed("", postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER actor_kinds_removed AFTER DELETE ON actors BEGIN
            {actor_kinds_changed("-", postgres=False, rows="OLD")};
            {actor_kinds_forgotten(postgres=False, rows="OLD")};
        END""",
        f"""CREATE TRIGGER actor_kinds_changed AFTER UPDATE OF name, kind ON actors BEGIN
            {actor_kinds_changed("-", postgres=False, rows="OLD")};
            {actor_kinds_forgotten(postgres=False, rows="OLD")};
            {actor_kinds_changed("", postgres=False, rows="NEW")};
        END""",
    ),
    (
        # 15: paragraph_bands counted per bit pattern, and ORed per article
        # (store.summary_sql): the counts line under a stance range with no outlet or date
        # filter reads the patterns and the articles, not every paragraph. Kept by triggers on
        # paragraph_bands, which the stance triggers' steps fire.
        """CREATE TABLE band_patterns (
            low_bands INTEGER NOT NULL,  -- a paragraph_bands pattern
            high_bands INTEGER NOT NULL,
            paragraphs INTEGER NOT NULL,  -- the paragraph_bands rows with it
            PRIMARY KEY (low_bands, high_bands)
        ) WITHOUT ROWID""",
        """CREATE TABLE article_bands (
            article_id INTEGER PRIMARY KEY,  -- no foreign key: the triggers drop a deleted one's
            low_bands INTEGER NOT NULL,  -- the OR of its paragraph_bands rows
            high_bands INTEGER NOT NULL
        )""",
        band_patterns_backfill(),
        article_bands_backfill(postgres=False),
        f"""CREATE TRIGGER band_patterns_added AFTER INSERT ON paragraph_bands BEGIN
            {band_patterns_counted(postgres=False, added="NEW")};
            {article_bands_added(postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER band_patterns_removed AFTER DELETE ON paragraph_bands BEGIN
            {band_patterns_counted(postgres=False, removed="OLD")};
            {band_patterns_forgotten(postgres=False, rows="OLD")};
            {article_bands_recounted(postgres=False, articles="OLD.article_id")};
        END""",
        # a paragraph's bits that only grew are ORed into its article's (the stance rows added
        # to a paragraph); any other change counts its article, or both, again
        f"""CREATE TRIGGER band_patterns_grown AFTER UPDATE ON paragraph_bands
            WHEN {_GROWN} AND (NEW.low_bands <> OLD.low_bands OR NEW.high_bands <> OLD.high_bands)
            BEGIN
            {band_patterns_counted(postgres=False, added="NEW", removed="OLD")};
            {band_patterns_forgotten(postgres=False, rows="OLD")};
            {article_bands_added(postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER band_patterns_changed AFTER UPDATE ON paragraph_bands
            WHEN NOT ({_GROWN}) BEGIN
            {band_patterns_counted(postgres=False, added="NEW", removed="OLD")};
            {band_patterns_forgotten(postgres=False, rows="OLD")};
            {article_bands_recounted(postgres=False, articles="OLD.article_id, NEW.article_id")};
        END""",
    ),
    (
        # 16: the stance rows per article and the sentiment and position bands of their
        # paragraph (store.summary_sql.ARTICLE_BAND_ROWS): the actor x article heatmap under a
        # sentiment or position range on the grid ranks and counts its articles without
        # grouping every kept stance row (store.stance_days.banded_articles_sql); and
        # sentiment_bands and position_bands summed per actor (REGROUPED_16), as migration 14
        # sums stance_bands. Kept by the same triggers as stance_days.
        summary_table(ARTICLE_BAND_ROWS, postgres=False), rows_backfill(ARTICLE_BAND_ROWS),
        *_days_triggers(ARTICLE_BAND_ROWS),
        *[statement for summary, source in REGROUPED_16 for statement in (
            summary_table(summary, postgres=False), regrouped_backfill(summary, source),
            *_days_triggers(summary))],
        # and the paragraphs' sentiment by article, an index without their text: the counts
        # line under a sentiment range read every paragraph's row, text and all (0.43 ->
        # 0.23 s warm at 7.5 * 10^4 articles, and most of 3-13 s when the table was not cached)
        "CREATE INDEX paragraphs_sentiment ON paragraphs (article_id, compound)",
    ),
    (
        # 17: the paragraphs per sentiment band, and each article's sentiment bands as bits
        # (store.summary_sql): the counts line under a sentiment range with no outlet or date
        # filter (store.stance_days.sentiment_counts_sql) reads them, not every paragraph
        """CREATE TABLE sentiment_paragraphs (
            band INTEGER PRIMARY KEY,  -- store.summary_sql.SENTIMENT_BAND of a compound
            paragraphs INTEGER NOT NULL  -- the paragraphs whose compound is in it
        )""",
        """CREATE TABLE article_sentiments (
            article_id INTEGER PRIMARY KEY,  -- no foreign key: the triggers drop a deleted one's
            low_bands INTEGER NOT NULL,  -- its paragraphs' sentiment bands -40..0, as bits 0..40
            high_bands INTEGER NOT NULL  -- bands 1..40, as bits 0..39
        )""",
        sentiment_paragraphs_backfill(),
        article_sentiments_backfill(postgres=False),
        f"""CREATE TRIGGER sentiment_paragraphs_added AFTER INSERT ON paragraphs BEGIN
            {sentiment_paragraphs_counted(postgres=False, added="NEW")};
            {article_sentiments_added(postgres=False, rows="NEW")};
        END""",
        f"""CREATE TRIGGER sentiment_paragraphs_removed AFTER DELETE ON paragraphs BEGIN
            {sentiment_paragraphs_counted(postgres=False, removed="OLD")};
            {article_sentiments_recounted(postgres=False, articles="OLD.article_id")};
        END""",
        f"""CREATE TRIGGER sentiment_paragraphs_changed
            AFTER UPDATE OF article_id, compound ON paragraphs BEGIN
            {sentiment_paragraphs_counted(postgres=False, added="NEW", removed="OLD")};
            {article_sentiments_recounted(postgres=False,
                                          articles="OLD.article_id, NEW.article_id")};
        END""",
    ),
    (
        # 18: the sums per actor by stance band, sentiment band and position band at once
        # (store.summary_sql.ACTOR_RANGE_BANDS): the actor summary, the busiest actors and the
        # counts line's actors under two or three ranges on the grid, without reading every
        # stance row. Kept by the same triggers as stance_days.
        summary_table(ACTOR_RANGE_BANDS, postgres=False), rows_backfill(ACTOR_RANGE_BANDS),
        *_days_triggers(ACTOR_RANGE_BANDS),
    ),
    (
        # 19: which articles each write changed, stamped with the version it bumped from
        # (store.columns): the column mirror re-reads the articles stamped since the version
        # it holds, so it follows every write without reading the whole store again
        """CREATE TABLE article_changes (
            article_id INTEGER PRIMARY KEY,  -- no foreign key: a deleted article stays stamped
            version INTEGER NOT NULL  -- meta.version when the write that changed it began
        )""",
        "CREATE INDEX article_changes_version ON article_changes (version)",
        *_change_triggers(),
        # and an id for the store, made at random: a mirror kept on disk between runs is
        # reopened only by the store it was made from
        "ALTER TABLE meta ADD COLUMN store_id TEXT",
        "UPDATE meta SET store_id = lower(hex(randomblob(16)))",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)

#: The URL schemes that name a PostgreSQL server rather than a SQLite file.
POSTGRES_SCHEMES = ("postgresql://", "postgres://")


#: Values bound in one IN list at most: under SQLite's limit on a statement's parameters
#: (32,766), with room for the statement's others.
IN_LIST_MAX = 5000


def in_chunks(values: Sequence[T], size: int | None = None) -> Iterator[Sequence[T]]:
    """``values`` in consecutive parts of at most ``size`` (``IN_LIST_MAX``): one IN list
    each."""
    size = size or IN_LIST_MAX
    for i in range(0, len(values), size):
        yield values[i:i + size]


def now() -> str:
    """The current time as stored in every ``created``/``added`` column: ISO, UTC, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Dialect:
    """What differs between the databases in the SQL the store sends."""

    name: str  # "sqlite" or "postgresql"
    begin_write: str
    begin_read: str
    like: str  # the case-insensitive LIKE: SQLite's LIKE already is, PostgreSQL's ILIKE
    regexp: str  # case-insensitive regular-expression match (``store.search`` makes patterns)
    # a SELECT over ``kept_pairs`` (article_id, bits, late): one row, the JSON array [articles,
    # paragraphs in the union of each article's paragraph sets, articles with late rows]
    paragraph_union: str
    exclusive_lock: str | None  # run first in an ``exclusive`` write transaction, or None
    skip_locked: str  # ends a SELECT whose rows are about to be updated: others skip them
    # FROM items over one JSON parameter: an object's (key, value) text pairs, and an array's
    # elements as ``value``, the ``json_item`` template reading element ``{i}`` of one
    json_pairs: str
    json_rows: str
    json_item: str
    #: Joins build their hash table from the right side (DuckDB with its join reordering off,
    #: ``store.columns``): a small table read first goes on the right, not the left, where it
    #: keeps SQLite's loop order (``CROSS JOIN``).
    small_right: bool = False


# No lock of its own on SQLite: BEGIN IMMEDIATE already admits one writer at a time.
SQLITE = Dialect(name="sqlite", begin_write="BEGIN IMMEDIATE", begin_read="BEGIN", like="LIKE",
                 regexp="REGEXP",
                 # no pairs: Python's sqlite3 gives NULL for an aggregate that never stepped
                 paragraph_union="SELECT COALESCE(PARAGRAPH_UNION(article_id, bits, late),"
                                 " '[0, 0, 0]') FROM kept_pairs",
                 exclusive_lock=None, skip_locked="",
                 json_pairs="json_each(?)", json_rows="json_each(?)",
                 json_item="json_extract(value, '$[{i}]')")
#: Names the advisory lock of exclusive writes (any fixed number that no other lock uses).
WRITE_LOCK_KEY = 7_826_233_627
POSTGRESQL = Dialect(
    name="postgresql", begin_write="BEGIN ISOLATION LEVEL READ COMMITTED",
    begin_read="BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", like="ILIKE", regexp="~*",
    paragraph_union=(
        "SELECT json_build_array(COUNT(*), COALESCE(SUM(p), 0), COUNT(*) FILTER (WHERE late > 0))"
        "::text FROM (SELECT bit_count(bit_or(bits)::bit(64)) AS p, MAX(late) AS late"
        " FROM kept_pairs GROUP BY article_id) AS per_article"),
    exclusive_lock=f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})",
    skip_locked=" FOR UPDATE SKIP LOCKED",
    json_pairs="json_each_text(CAST(? AS json))",
    json_rows="json_array_elements(CAST(? AS json)) AS rows (value)",
    json_item="(value ->> {i})")


class Connection:
    """One connection of either database, with the sqlite3-style calls the store makes."""

    def __init__(self, raw: Any, dialect: Dialect) -> None:
        self.raw = raw  # sqlite3.Connection or psycopg.Connection, for dialect-specific work
        self.dialect = dialect

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement with ``?`` placeholders; return its cursor (fetchone, iteration)."""
        return self.raw.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if not rows:
            return
        if self.dialect is SQLITE:
            self.raw.executemany(sql, rows)
            return
        with self.raw.cursor() as cur:  # psycopg pipelines executemany: one round trip
            cur.executemany(self._sql(sql), rows)

    def insert_rows(self, table: str, rows: Sequence[Sequence[Any]]) -> None:
        """Append ``rows`` (every column, in the table's order) to ``table``, in bulk.

        ``table`` is one of the store's own table names, never user text. SQLite takes one
        executemany; PostgreSQL takes COPY, several times faster than INSERTs for big batches.
        """
        if not rows:
            return
        if not table.isidentifier():
            raise ValueError(f"not a table name: {table!r}")
        if self.dialect is SQLITE:
            marks = ", ".join("?" * len(rows[0]))
            self.raw.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)
            return
        from store.postgres import copy_rows

        copy_rows(self.raw, table, rows)

    def _sql(self, sql: str) -> str:
        if self.dialect is SQLITE:
            return sql
        from store.postgres import placeholders

        return placeholders(sql)


class Database(ABC):
    """Where the store lives: connections, the schema, and how to name it."""

    dialect: Dialect
    location: str  # the path or URL as given: a cache key, and enough to open it again

    @abstractmethod
    def connect(self) -> AbstractContextManager[Connection]:
        """A connection for one operation; closed, or kept for the next, on leaving."""

    @abstractmethod
    def migrate(self) -> int:
        """Apply the migrations this database lacks; return the schema version it ends at."""

    @property
    def display(self) -> str:
        """The location, fit to print (no password)."""
        return self.location

    def close(self) -> None:  # noqa: B027  (a subclass may hold nothing open)
        """Release what the database holds open (a pool; this thread's idle connection)."""


def is_postgres_url(target: str | Path) -> bool:
    return isinstance(target, str) and target.strip().startswith(POSTGRES_SCHEMES)


def open_database(target: str | Path) -> Database:
    """The database named by ``target``: a ``postgresql://`` URL, or else a SQLite file path."""
    if is_postgres_url(target):
        from store.postgres import PostgresDatabase

        return PostgresDatabase(str(target).strip())
    from store.sqlite import SqliteDatabase

    return SqliteDatabase(Path(target))


def open_db(db: Database) -> AbstractContextManager[Connection]:
    """A short-lived connection to ``db``: no connection crosses a thread."""
    return db.connect()


@contextmanager
def write_transaction(conn: Connection, *, exclusive: bool = False, bump: bool = True
                      ) -> Iterator[Connection]:
    """One write transaction: all of it is committed, or (on any error) none of it.

    ``bump=False`` leaves ``meta.version`` alone: for writes the pages' frames do not show (the
    jobs table), so a worker's progress does not throw away every page's cached frames.
    Every other write runs one at a time on PostgreSQL, as every write does on SQLite: the
    summaries' triggers update rows many writers share (an actor's totals, ``meta`` itself),
    and a re-analysis updates them in two statements (its rows out, then in), so two writers
    each holding some and waiting for the other's deadlocked: 67 of 160 re-analyses by four
    processes at once, with the summaries per actor of migration 14 (1 of 160 before them).
    The lock is held for the transaction's few milliseconds, not the analysis before it.
    ``exclusive`` takes it for a write that does not bump (none today; actor edits and
    corrections read the store before they write, and pass it to say so).
    """
    conn.execute(conn.dialect.begin_write)
    try:
        if (exclusive or bump) and conn.dialect.exclusive_lock:
            conn.execute(conn.dialect.exclusive_lock)
        yield conn
        if bump:
            conn.execute("UPDATE meta SET version = version + 1 WHERE id = 1")
        conn.execute("COMMIT")
    except BaseException as error:
        _rollback(conn, error)
        raise


def _rollback(conn: Connection, error: BaseException) -> None:
    """Roll back after ``error``; if the connection is gone too (a server that went away), the
    server has dropped the transaction already: let ``error`` be the one reported."""
    try:
        conn.execute("ROLLBACK")
    except Exception as also:
        if conn.dialect is SQLITE:  # a file connection that cannot roll back is a real fault
            raise also from error


@contextmanager
def read_snapshot(conn: Connection) -> Iterator[Connection]:
    """One read snapshot: several SELECTs see the same state, whatever writers do meanwhile."""
    conn.execute(conn.dialect.begin_read)
    try:
        yield conn
    except BaseException as error:
        _rollback(conn, error)
        raise
    conn.execute("COMMIT")


T = TypeVar("T")


def database_key(conn: Connection) -> str:
    """Which database ``conn`` is on ("" for one that has no lasting name)."""
    if conn.dialect is SQLITE:
        return str(conn.execute("PRAGMA database_list").fetchone()[2] or "")
    info = conn.raw.info
    return f"postgresql://{info.host}:{info.port}/{info.dbname}"


def read_version(conn: Connection) -> int:
    """The store's ``meta.version`` in ``conn``'s snapshot: every write that readers see bumps
    it (``write_transaction``)."""
    return int(conn.execute("SELECT version FROM meta WHERE id = 1").fetchone()[0])


class PerVersion(Generic[T]):
    """Values read from a database's contents, kept per database and ``meta.version``.

    Every write that readers see bumps the version, so an entry is never stale, and the few
    newest are enough: a page's queries all read one version between writes. A database with
    no lasting name (in memory) is not kept. Shared by the dashboard's reader threads: a lock
    guards the entries, and two threads may build one value at once (both right).
    """

    def __init__(self, *, kept: int = 8) -> None:
        self._entries: dict[tuple[str, int], T] = {}
        self._kept = kept
        self._lock = threading.Lock()

    def get(self, conn: Connection, build: Callable[[Connection], T]) -> T:
        """The value ``build(conn)`` gives for ``conn``'s database at its current version."""
        where = database_key(conn)
        # read first, in the caller's snapshot: the value built next is of this version
        version = read_version(conn)
        with self._lock:
            cached = self._entries.get((where, version)) if where else None
        if cached is not None:
            return cached
        value = build(conn)
        if where:
            with self._lock:
                self._entries[(where, version)] = value
                for key in list(self._entries)[:-self._kept]:
                    del self._entries[key]
        return value


def migrate(db: Database) -> int:
    """Apply the migrations ``db`` lacks; return the schema version it ends at."""
    return db.migrate()


def newer_schema(found: int) -> RuntimeError:
    # Running old code on a newer schema could write rows the newer code misreads.
    return RuntimeError(f"the database has schema version {found}, newer than this "
                        f"stancemap's {SCHEMA_VERSION}; update stancemap")

