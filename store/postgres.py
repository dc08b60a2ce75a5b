"""PostgreSQL: one store shared by a team, its dashboards and its ingest workers.

psycopg 3 connections come from a ``psycopg_pool.ConnectionPool`` (one per ``Database``, opened on
first use), in autocommit mode so that ``store.db.write_transaction``/``read_snapshot`` say
BEGIN and COMMIT themselves, as they do on SQLite. The schema is ``POSTGRES_MIGRATIONS``: the same
tables as ``store.db.MIGRATIONS``, in PostgreSQL's DDL (identity keys, double precision, no
WITHOUT ROWID, the column ``"end"`` quoted), counted in the ``schema_version`` table and applied
under an advisory lock so two processes opening a new store do not both migrate it.
"""

from __future__ import annotations

import os
import re
import threading
import weakref
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from store.db import MIGRATIONS, POSTGRESQL, SCHEMA_VERSION, Connection, Database, newer_schema
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

if TYPE_CHECKING:
    import psycopg
    from psycopg_pool import ConnectionPool

#: Connections a store's pool keeps at most (a dashboard's sessions and threads share them).
POOL_MAX = 8
#: Seconds to wait for the server when opening a store, before failing with its message.
CONNECT_TIMEOUT_S = 10
#: Names the advisory lock held while migrating (any fixed number that no other lock uses).
MIGRATE_LOCK_KEY = 6_446_872_834

def _function(name: str, body: str, *, returns: str = "NULL") -> str:
    """A trigger function running ``body`` (statements without ``?`` or ``%``)."""
    return (f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body};"
            f" RETURN {returns}; END $$")


def _days_triggers(summary: Summary) -> tuple[str, ...]:
    """The trigger functions and triggers keeping a summary keyed by actor, outlet and day
    (``stance_days``, ``stance_bands``, ``sentiment_bands``, ``position_bands``), or by actor
    alone (``actor_totals``, ``actor_bands``: no trigger for an article moved), as ``summary``
    defines it current."""
    # the article's columns the keys read, beyond its outlet and date (``n_paragraphs``)
    moved_too = "".join(f" OR OLD.{c} IS DISTINCT FROM NEW.{c}" for c in summary.article_columns
                        if c not in ("outlet", "published"))
    moved = (
        _function(f"{summary.table}_article_moved", "; ".join([
            article_rows(summary, "-", postgres=True, row="OLD"),
            article_forgotten(summary, row="OLD"),
            article_rows(summary, "", postgres=True, row="NEW")]), returns="NEW"),
        f"CREATE TRIGGER {summary.table}_article_moved AFTER UPDATE OF"
        f" {', '.join(summary.article_columns)} ON articles"
        " FOR EACH ROW WHEN (OLD.outlet IS DISTINCT FROM NEW.outlet"
        " OR COALESCE(OLD.published, '') IS DISTINCT FROM COALESCE(NEW.published, '')"
        f"{moved_too})"
        f" EXECUTE FUNCTION {summary.table}_article_moved()",
    ) if summary.article_columns else ()
    return (
        _function(f"{summary.table}_add", rows_changed(summary, "", postgres=True,
                                                       rows="added")),
        _function(f"{summary.table}_remove", "; ".join([
            rows_changed(summary, "-", postgres=True, rows="removed"),
            rows_forgotten(summary, postgres=True, rows="removed")])),
        _function(f"{summary.table}_change", "; ".join([
            rows_changed(summary, "-", postgres=True, rows="removed"),
            rows_changed(summary, "", postgres=True, rows="added"),
            rows_forgotten(summary, postgres=True, rows="removed")])),
        f"CREATE TRIGGER {summary.table}_added AFTER INSERT ON stances"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
        f" EXECUTE FUNCTION {summary.table}_add()",
        f"CREATE TRIGGER {summary.table}_removed AFTER DELETE ON stances"
        " REFERENCING OLD TABLE AS removed FOR EACH STATEMENT"
        f" EXECUTE FUNCTION {summary.table}_remove()",
        f"CREATE TRIGGER {summary.table}_changed AFTER UPDATE ON stances"
        " REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT"
        f" EXECUTE FUNCTION {summary.table}_change()",
        # A deleted article's stances go by cascade, after its row: the stances' own trigger no
        # longer finds the article's outlet and date, so they are taken out before.
        _function(f"{summary.table}_article_gone", "; ".join([
            article_rows(summary, "-", postgres=True, row="OLD"),
            article_forgotten(summary, row="OLD")]), returns="OLD"),
        f"CREATE TRIGGER {summary.table}_article_deleted BEFORE DELETE ON articles"
        f" FOR EACH ROW EXECUTE FUNCTION {summary.table}_article_gone()",
        *moved,
    )


def _change_triggers() -> tuple[str, ...]:
    """The statement triggers stamping in ``article_changes`` the articles of the rows a
    statement writes to a table the column mirror copies (``MIRRORED_TABLES``)."""
    triggers: list[str] = []
    for table, key in MIRRORED_TABLES:
        triggers.append(_function(f"{table}_stamp_added",
                                  articles_changed(key, postgres=True, rows="added")))
        triggers.append(_function(f"{table}_stamp_removed",
                                  articles_changed(key, postgres=True, rows="removed")))
        triggers.append(_function(f"{table}_stamp_changed", "; ".join([
            articles_changed(key, postgres=True, rows="removed"),
            articles_changed(key, postgres=True, rows="added")])))
        for event, tables, step in (
                ("INSERT", "NEW TABLE AS added", "added"),
                ("DELETE", "OLD TABLE AS removed", "removed"),
                ("UPDATE", "OLD TABLE AS removed NEW TABLE AS added", "changed")):
            triggers.append(f"CREATE TRIGGER {table}_stamped_{event.lower()} AFTER {event}"
                            f" ON {table} REFERENCING {tables} FOR EACH STATEMENT"
                            f" EXECUTE FUNCTION {table}_stamp_{step}()")
    return tuple(triggers)


def _bands_migration(summary: Summary) -> tuple[str, ...]:
    """A bands summary's migration (10, 11, 12): its table, its backfill and its triggers."""
    return (f"""CREATE TABLE {summary.table} (
            actor TEXT NOT NULL,
            outlet TEXT NOT NULL,
            published TEXT NOT NULL,
            band INTEGER NOT NULL,
            n INTEGER NOT NULL,
            total DOUBLE PRECISION NOT NULL,
            squares DOUBLE PRECISION NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (actor, outlet, published, band)
        )""", bands_backfill(summary), *_days_triggers(summary))


#: stance_articles' trigger functions (migration 7 made them; 8 makes them again).
STANCE_ARTICLES_FUNCTIONS = ("stance_articles_add", "stance_articles_remove",
                              "stance_articles_change", "stance_articles_article_gone",
                              "stance_articles_article_moved")


def _stance_articles_triggers(summary: Summary) -> tuple[str, ...]:
    """The trigger functions and triggers keeping ``stance_articles`` as ``summary`` defines it
    current."""
    return (
        _function("stance_articles_add", rows_changed(summary, "", postgres=True,
                                                      rows="added")),
        _function("stance_articles_remove", "; ".join([
            rows_changed(summary, "-", postgres=True, rows="removed"),
            rows_forgotten(summary, postgres=True, rows="removed"),
            first_recounted(summary, postgres=True, rows="removed")])),
        _function("stance_articles_change", "; ".join([
            rows_changed(summary, "-", postgres=True, rows="removed"),
            rows_changed(summary, "", postgres=True, rows="added"),
            rows_forgotten(summary, postgres=True, rows="removed"),
            first_recounted(summary, postgres=True, rows="removed")])),
        "CREATE TRIGGER stance_articles_added AFTER INSERT ON stances"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION stance_articles_add()",
        "CREATE TRIGGER stance_articles_removed AFTER DELETE ON stances"
        " REFERENCING OLD TABLE AS removed FOR EACH STATEMENT"
        " EXECUTE FUNCTION stance_articles_remove()",
        "CREATE TRIGGER stance_articles_changed AFTER UPDATE ON stances"
        " REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION stance_articles_change()",
        _function("stance_articles_article_gone", "; ".join([
            article_rows(summary, "-", postgres=True, row="OLD"),
            article_forgotten(summary, row="OLD")]), returns="OLD"),
        _function("stance_articles_article_moved", "; ".join([
            article_rows(summary, "-", postgres=True, row="OLD"),
            article_forgotten(summary, row="OLD"),
            article_rows(summary, "", postgres=True, row="NEW")]), returns="NEW"),
        "CREATE TRIGGER stance_articles_article_deleted BEFORE DELETE ON articles"
        " FOR EACH ROW EXECUTE FUNCTION stance_articles_article_gone()",
        "CREATE TRIGGER stance_articles_article_moved AFTER UPDATE OF outlet, published"
        " ON articles FOR EACH ROW WHEN (OLD.outlet IS DISTINCT FROM NEW.outlet"
        " OR OLD.published IS DISTINCT FROM NEW.published)"
        " EXECUTE FUNCTION stance_articles_article_moved()",
    )


# One entry per entry of ``store.db.MIGRATIONS``, making the same tables and columns.
POSTGRES_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        """CREATE TABLE articles (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
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
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, idx)
        )""",
        """CREATE TABLE paragraphs (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            compound DOUBLE PRECISION NOT NULL,
            pos DOUBLE PRECISION NOT NULL,
            neu DOUBLE PRECISION NOT NULL,
            neg DOUBLE PRECISION NOT NULL,
            label TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph)
        )""",
        """CREATE TABLE sentences (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            sentence INTEGER NOT NULL,
            paragraph INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, sentence)
        )""",
        """CREATE TABLE mentions (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            actor TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            sentence INTEGER NOT NULL,
            via TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph, idx)
        )""",
        "CREATE INDEX mentions_actor ON mentions (actor)",
        """CREATE TABLE stances (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            actor TEXT NOT NULL,
            score DOUBLE PRECISION NOT NULL,
            label TEXT NOT NULL,
            confidence DOUBLE PRECISION NOT NULL,
            mentions INTEGER NOT NULL,
            scorer TEXT NOT NULL,
            evidence TEXT NOT NULL,
            idx INTEGER NOT NULL,
            PRIMARY KEY (article_id, paragraph, actor)
        )""",
        """CREATE TABLE actors (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            aliases TEXT NOT NULL,
            idx INTEGER NOT NULL,
            PRIMARY KEY (article_id, name)
        )""",
        """CREATE TABLE actor_edits (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            kind TEXT NOT NULL
                CHECK (kind IN ('rename', 'merge', 'hide', 'unhide', 'alias', 'actor')),
            args TEXT NOT NULL,
            created TEXT NOT NULL
        )""",
        """CREATE TABLE corrections (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            actor TEXT NOT NULL,
            label TEXT NOT NULL CHECK (label IN ('negative', 'neutral', 'positive')),
            created TEXT NOT NULL,
            PRIMARY KEY (article_id, paragraph, actor)
        )""",
        "CREATE TABLE meta (id INTEGER PRIMARY KEY CHECK (id = 1), version BIGINT NOT NULL)",
        "INSERT INTO meta (id, version) VALUES (1, 0)",
    ),
    (
        # 2: analysis as jobs (store.jobs)
        """CREATE TABLE jobs (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            batch TEXT NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('file', 'paste', 'document', 'rescore')),
            payload BYTEA NOT NULL,
            options TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'queued'
                CHECK (state IN ('queued', 'running', 'done', 'failed')),
            outcome TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            article_ids TEXT NOT NULL DEFAULT '[]',
            worker_pid INTEGER,
            deadline DOUBLE PRECISION,
            created TEXT NOT NULL,
            started TEXT,
            finished TEXT
        )""",
        "CREATE INDEX jobs_state ON jobs (state, id)",
        "CREATE INDEX jobs_batch ON jobs (batch, id)",
    ),
    (
        # 3: 1 = analysed from the cleaned text, 0 = the user kept the original text
        "ALTER TABLE articles ADD COLUMN cleaned INTEGER NOT NULL DEFAULT 1",
    ),
    (
        # 4: each mention's stance probabilities; NULL before this migration
        "ALTER TABLE mentions ADD COLUMN p_neg DOUBLE PRECISION",
        "ALTER TABLE mentions ADD COLUMN p_neu DOUBLE PRECISION",
        "ALTER TABLE mentions ADD COLUMN p_pos DOUBLE PRECISION",
    ),
    (
        # 5: the 'split' edit (keep a stored name apart from the actor it was joined to)
        "ALTER TABLE actor_edits DROP CONSTRAINT actor_edits_kind_check",
        "ALTER TABLE actor_edits ADD CONSTRAINT actor_edits_kind_check"
        " CHECK (kind IN ('rename', 'merge', 'hide', 'unhide', 'alias', 'actor', 'split'))",
        "CREATE INDEX actors_name_kind ON actors (name, kind)",
    ),
    (
        # 6: indexes for the article filters and the stance_days summary (store.stance_days),
        # kept current by statement-level triggers: one grouped upsert per INSERT or COPY
        "CREATE INDEX articles_published ON articles (published)",
        "CREATE INDEX articles_outlet ON articles (outlet, published, n_paragraphs)",
        # the rows behind one actor (a drill-down, a filter on actors) without a scan of all
        "CREATE INDEX stances_actor ON stances (actor, article_id)",
        """CREATE TABLE stance_days (
            actor TEXT NOT NULL,
            outlet TEXT NOT NULL,
            published TEXT NOT NULL,
            n INTEGER NOT NULL,
            total DOUBLE PRECISION NOT NULL,
            squares DOUBLE PRECISION NOT NULL,
            mentions INTEGER NOT NULL,
            PRIMARY KEY (actor, outlet, published)
        )""",
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
        # 7: the stances summed per stored actor and article (store.stance_articles), kept by
        # the same statement-level triggers as stance_days
        """CREATE TABLE stance_articles (
            actor TEXT NOT NULL,
            article_id BIGINT NOT NULL,
            outlet TEXT,
            published TEXT,
            n INTEGER NOT NULL,
            total DOUBLE PRECISION NOT NULL,
            squares DOUBLE PRECISION NOT NULL,
            mentions INTEGER NOT NULL,
            first INTEGER NOT NULL,
            PRIMARY KEY (actor, article_id)
        )""",
        """INSERT INTO stance_articles (actor, article_id, outlet, published, n, total, squares,
                                        mentions, first)
            SELECT s.actor, s.article_id, a.outlet, a.published, COUNT(*), SUM(s.score),
                   SUM(s.score * s.score), SUM(s.mentions), MIN(s.paragraph)
            FROM stances AS s JOIN articles AS a ON a.id = s.article_id
            GROUP BY s.actor, s.article_id, a.outlet, a.published""",
        *_stance_articles_triggers(STANCE_ARTICLES_7),
    ),
    (
        # 8: each stance_articles key's paragraph set, and the scores by actor in a covering
        # index (store.db's migration 8); an index-only scan needs the visibility map, which
        # autovacuum keeps
        "CREATE INDEX stances_actor_scores ON stances (actor, article_id)"
        " INCLUDE (paragraph, score, mentions)",
        "DROP INDEX stances_actor",
        "ALTER TABLE stance_articles ADD COLUMN paragraph_bits BIGINT NOT NULL DEFAULT 0",
        "ALTER TABLE stance_articles ADD COLUMN late_rows INTEGER NOT NULL DEFAULT 0",
        f"""UPDATE stance_articles SET paragraph_bits = g.bits, late_rows = g.late
            FROM (SELECT actor, article_id, {paragraph_sums("s")} FROM stances AS s
                  GROUP BY actor, article_id) AS g
            WHERE g.actor = stance_articles.actor AND g.article_id = stance_articles.article_id""",
        # dropping a trigger function drops its triggers
        *[f"DROP FUNCTION {name}() CASCADE" for name in STANCE_ARTICLES_FUNCTIONS],
        *_stance_articles_triggers(STANCE_ARTICLES),
    ),
    (
        # 9: a trigram index of the paragraphs' text, which serves the LIKE that narrows a
        # search (store.search). pg_trgm ships with PostgreSQL and is a trusted extension, but
        # a role without CREATE on the database cannot add it: the store then works without
        # the index (a search reads every paragraph, as before), never fails to open.
        """DO $$ BEGIN
            CREATE EXTENSION IF NOT EXISTS pg_trgm;
        EXCEPTION WHEN insufficient_privilege OR undefined_file THEN
            RAISE NOTICE 'pg_trgm is not available: searches read every paragraph';
        END $$""",
        """DO $$ BEGIN
            IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
                CREATE INDEX paragraphs_text_trigrams ON paragraphs USING gin (text gin_trgm_ops);
            END IF;
        END $$""",
    ),
    (
        # 10: stance_days with each row's stance band in the key (store.db's migration 10)
        *_bands_migration(STANCE_BANDS),
    ),
    (
        # 11: stance_days by the sentiment band of each row's paragraph (store.db's migration 11)
        *_bands_migration(SENTIMENT_BANDS),
    ),
    (
        # 12: stance_days with the position band of each row's paragraph in its article in the
        # key: the Overview's sums under a paragraph position range on the slider's grid. Its
        # keys read the article's n_paragraphs, so its "article moved" trigger fires on it too.
        *_bands_migration(POSITION_BANDS),
    ),
    (
        # 13: per paragraph with a stance row, the stance bands of its rows as bits (store.db's
        # migration 13)
        """CREATE TABLE paragraph_bands (
            article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            paragraph INTEGER NOT NULL,
            low_bands BIGINT NOT NULL,
            high_bands BIGINT NOT NULL,
            PRIMARY KEY (article_id, paragraph)
        )""",
        paragraph_bands_backfill(postgres=True),
        _function("paragraph_bands_add", paragraph_bands_added(postgres=True, rows="added")),
        _function("paragraph_bands_remove",
                  paragraph_bands_recounted(postgres=True, rows="removed")),
        _function("paragraph_bands_change", "; ".join([
            paragraph_bands_recounted(postgres=True, rows="removed"),
            paragraph_bands_added(postgres=True, rows="added")])),
        "CREATE TRIGGER paragraph_bands_added AFTER INSERT ON stances"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION paragraph_bands_add()",
        "CREATE TRIGGER paragraph_bands_removed AFTER DELETE ON stances"
        " REFERENCING OLD TABLE AS removed FOR EACH STATEMENT"
        " EXECUTE FUNCTION paragraph_bands_remove()",
        "CREATE TRIGGER paragraph_bands_changed AFTER UPDATE ON stances"
        " REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION paragraph_bands_change()",
    ),
    (
        # 14: stance_days and stance_bands summed per stored actor and day, and per actor
        # alone (store.db's migration 14)
        *[statement for summary, source in REGROUPED for statement in (
            summary_table(summary, postgres=True), regrouped_backfill(summary, source),
            *_days_triggers(summary))],
        """CREATE TABLE actor_kinds (
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            articles INTEGER NOT NULL,
            PRIMARY KEY (name, kind)
        )""",
        ACTOR_KINDS_BACKFILL,
        _function("actor_kinds_add", actor_kinds_changed("", postgres=True, rows="added")),
        _function("actor_kinds_remove", "; ".join([
            actor_kinds_changed("-", postgres=True, rows="removed"),
            actor_kinds_forgotten(postgres=True, rows="removed")])),
        _function("actor_kinds_change", "; ".join([
            actor_kinds_changed("-", postgres=True, rows="removed"),
            actor_kinds_changed("", postgres=True, rows="added"),
            actor_kinds_forgotten(postgres=True, rows="removed")])),
        "CREATE TRIGGER actor_kinds_added AFTER INSERT ON actors"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION actor_kinds_add()",
        "CREATE TRIGGER actor_kinds_removed AFTER DELETE ON actors"
        " REFERENCING OLD TABLE AS removed FOR EACH STATEMENT"
        " EXECUTE FUNCTION actor_kinds_remove()",
        "CREATE TRIGGER actor_kinds_changed AFTER UPDATE ON actors"
        " REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION actor_kinds_change()",
    ),
    (
        # 15: paragraph_bands counted per bit pattern, and ORed per article (store.db's
        # migration 15), kept by statement triggers on paragraph_bands: the stance triggers'
        # upsert (INSERT ... ON CONFLICT DO UPDATE) fires both its INSERT and its UPDATE
        # triggers, each with the rows it inserted or updated
        """CREATE TABLE band_patterns (
            low_bands BIGINT NOT NULL,
            high_bands BIGINT NOT NULL,
            paragraphs BIGINT NOT NULL,
            PRIMARY KEY (low_bands, high_bands)
        )""",
        """CREATE TABLE article_bands (
            article_id BIGINT PRIMARY KEY,
            low_bands BIGINT NOT NULL,
            high_bands BIGINT NOT NULL
        )""",
        band_patterns_backfill(),
        article_bands_backfill(postgres=True),
        _function("band_patterns_add", "; ".join([
            band_patterns_counted(postgres=True, added="added"),
            article_bands_added(postgres=True, rows="added")])),
        _function("band_patterns_remove", "; ".join([
            band_patterns_counted(postgres=True, removed="removed"),
            band_patterns_forgotten(postgres=True, rows="removed"),
            article_bands_recounted(postgres=True,
                                    articles="SELECT article_id FROM removed")])),
        _function("band_patterns_change", "; ".join([
            band_patterns_counted(postgres=True, added="added", removed="removed"),
            band_patterns_forgotten(postgres=True, rows="removed"),
            article_bands_recounted(postgres=True, articles="SELECT article_id FROM removed"
                                    " UNION SELECT article_id FROM added")])),
        "CREATE TRIGGER band_patterns_added AFTER INSERT ON paragraph_bands"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION band_patterns_add()",
        "CREATE TRIGGER band_patterns_removed AFTER DELETE ON paragraph_bands"
        " REFERENCING OLD TABLE AS removed FOR EACH STATEMENT"
        " EXECUTE FUNCTION band_patterns_remove()",
        "CREATE TRIGGER band_patterns_changed AFTER UPDATE ON paragraph_bands"
        " REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION band_patterns_change()",
    ),
    (
        # 16: the stance rows per article and the sentiment and position bands of their
        # paragraph, and sentiment_bands and position_bands per actor (store.db's migration 16)
        summary_table(ARTICLE_BAND_ROWS, postgres=True), rows_backfill(ARTICLE_BAND_ROWS),
        *_days_triggers(ARTICLE_BAND_ROWS),
        *[statement for summary, source in REGROUPED_16 for statement in (
            summary_table(summary, postgres=True), regrouped_backfill(summary, source),
            *_days_triggers(summary))],
        "CREATE INDEX paragraphs_sentiment ON paragraphs (article_id, compound)",
    ),
    (
        # 17: the paragraphs per sentiment band, and each article's sentiment bands as bits
        # (store.db's migration 17), kept by statement triggers on paragraphs
        """CREATE TABLE sentiment_paragraphs (
            band INTEGER PRIMARY KEY,
            paragraphs BIGINT NOT NULL
        )""",
        """CREATE TABLE article_sentiments (
            article_id BIGINT PRIMARY KEY,
            low_bands BIGINT NOT NULL,
            high_bands BIGINT NOT NULL
        )""",
        sentiment_paragraphs_backfill(),
        article_sentiments_backfill(postgres=True),
        _function("sentiment_paragraphs_add", "; ".join([
            sentiment_paragraphs_counted(postgres=True, added="added"),
            article_sentiments_added(postgres=True, rows="added")])),
        _function("sentiment_paragraphs_remove", "; ".join([
            sentiment_paragraphs_counted(postgres=True, removed="removed"),
            article_sentiments_recounted(postgres=True,
                                         articles="SELECT article_id FROM removed")])),
        _function("sentiment_paragraphs_change", "; ".join([
            sentiment_paragraphs_counted(postgres=True, added="added", removed="removed"),
            article_sentiments_recounted(postgres=True, articles="SELECT article_id FROM removed"
                                         " UNION SELECT article_id FROM added")])),
        "CREATE TRIGGER sentiment_paragraphs_added AFTER INSERT ON paragraphs"
        " REFERENCING NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION sentiment_paragraphs_add()",
        "CREATE TRIGGER sentiment_paragraphs_removed AFTER DELETE ON paragraphs"
        " REFERENCING OLD TABLE AS removed FOR EACH STATEMENT"
        " EXECUTE FUNCTION sentiment_paragraphs_remove()",
        "CREATE TRIGGER sentiment_paragraphs_changed AFTER UPDATE ON paragraphs"
        " REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT"
        " EXECUTE FUNCTION sentiment_paragraphs_change()",
    ),
    (
        # 18: the sums per actor by stance, sentiment and position band at once (store.db's
        # migration 18)
        summary_table(ACTOR_RANGE_BANDS, postgres=True), rows_backfill(ACTOR_RANGE_BANDS),
        *_days_triggers(ACTOR_RANGE_BANDS),
    ),
    (
        # 19: the articles each write changed (store.db's migration 19), stamped by statement
        # triggers on the tables the column mirror copies
        """CREATE TABLE article_changes (
            article_id BIGINT PRIMARY KEY,
            version BIGINT NOT NULL
        )""",
        "CREATE INDEX article_changes_version ON article_changes (version)",
        *_change_triggers(),
        "ALTER TABLE meta ADD COLUMN store_id TEXT",
        "UPDATE meta SET store_id = md5(random()::text || clock_timestamp()::text)",
    ),
)

if len(POSTGRES_MIGRATIONS) != len(MIGRATIONS):  # a migration written for SQLite only
    raise RuntimeError(f"{len(MIGRATIONS)} SQLite migrations but {len(POSTGRES_MIGRATIONS)} "
                       "PostgreSQL ones: write each migration for both (store/postgres.py)")

# Quoted literals and identifiers pass through untouched; placeholders are only outside them.
_QUOTED = re.compile(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")")


@lru_cache(maxsize=512)
def placeholders(sql: str) -> str:
    """The store's SQL (``?`` placeholders, sqlite3's style) in psycopg's (``%s``, ``%%``)."""
    parts = _QUOTED.split(sql)
    for i in range(0, len(parts), 2):  # even parts are outside quotes
        parts[i] = parts[i].replace("%", "%%").replace("?", "%s")
    return "".join(parts)


def copy_rows(raw: psycopg.Connection, table: str, rows: Sequence[Sequence[Any]]) -> None:
    """``rows`` into ``table`` with COPY FROM STDIN (triggers and constraints still apply)."""
    from psycopg import sql

    statement = sql.SQL("COPY {} FROM STDIN").format(sql.Identifier(table))
    with raw.cursor() as cur, cur.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)


def redacted(url: str) -> str:
    """``url`` without its password, fit for logs and pages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[-1]
    user = parts.username or ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}"))


#: Every open database, so a forked child (a worker process) can drop the pools it inherited.
_OPEN: weakref.WeakSet[PostgresDatabase] = weakref.WeakSet()


def _forget_pools_in_child() -> None:
    # The child shares the parent's sockets: using or closing them would break the parent's
    # connections. Forget them; the child's first query opens a pool of its own.
    for db in list(_OPEN):
        db._pool = None
        db._lock = threading.Lock()


os.register_at_fork(after_in_child=_forget_pools_in_child)


class PostgresDatabase(Database):
    dialect = POSTGRESQL

    def __init__(self, url: str, *, pool_max: int = POOL_MAX) -> None:
        self.location = url
        self._pool_max = pool_max
        self._pool: ConnectionPool | None = None
        self._lock = threading.Lock()
        _OPEN.add(self)

    @property
    def display(self) -> str:
        return redacted(self.location)

    def _get_pool(self) -> ConnectionPool:
        with self._lock:
            if self._pool is None:
                from psycopg_pool import ConnectionPool

                self._pool = ConnectionPool(
                    self.location, min_size=1, max_size=self._pool_max, open=True,
                    kwargs={"autocommit": True}, name=f"stancemap {self.display}")
            return self._pool

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        with self._get_pool().connection() as raw:
            yield Connection(raw, POSTGRESQL)

    def migrate(self) -> int:
        import psycopg

        # A direct connection, not the pool: a wrong URL or a server that is down fails here at
        # once, with the server's own message, instead of after the pool's retries.
        with psycopg.connect(self.location, autocommit=True,
                             connect_timeout=CONNECT_TIMEOUT_S) as raw:
            conn = Connection(raw, POSTGRESQL)
            conn.execute("BEGIN")
            try:
                conn.execute("SELECT pg_advisory_xact_lock(?)", (MIGRATE_LOCK_KEY,))
                conn.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                             "id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)")
                conn.execute("INSERT INTO schema_version (id, version) VALUES (1, 0)"
                             " ON CONFLICT (id) DO NOTHING")
                found = int(conn.execute(
                    "SELECT version FROM schema_version WHERE id = 1").fetchone()[0])
                if found > SCHEMA_VERSION:
                    raise newer_schema(found)
                # DDL is transactional in PostgreSQL: all missing migrations land, or none.
                for statements in POSTGRES_MIGRATIONS[found:]:
                    for statement in statements:
                        conn.execute(statement)
                conn.execute("UPDATE schema_version SET version = ? WHERE id = 1",
                             (SCHEMA_VERSION,))
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return SCHEMA_VERSION

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.close()
                self._pool = None
