"""The SQLite database under the store: connections, transactions, schema and migrations.

Everything that decides how a connection behaves lives here, so every module that reads or writes
the database gets the same pragmas (WAL, busy timeout, foreign keys) and the same transaction
rules: writes take the write lock at once (``BEGIN IMMEDIATE``) and bump ``meta.version``; reads
that need several SELECTs take one snapshot. The schema is the ordered list of ``MIGRATIONS``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

BUSY_TIMEOUT_MS = 5000

# Migrations, applied in order at open; ``PRAGMA user_version`` is the number applied so far.
# Append new ones, never edit a released one.
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
        # 1 = analysed from the cleaned text (the default), 0 = the user chose to keep the
        # original text (cleaning removed most of it): re-analysis must not clean it again.
        "ALTER TABLE articles ADD COLUMN cleaned INTEGER NOT NULL DEFAULT 1",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)


def now() -> str:
    """The current time as stored in every ``created``/``added`` column: ISO, UTC, seconds."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write says BEGIN IMMEDIATE itself.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # NORMAL is safe with WAL: a power cut may lose the last commits, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")
    return conn


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations this database lacks; return the schema version it ends at."""
    conn.execute("PRAGMA journal_mode = WAL")  # persistent; has to run outside a transaction
    found = conn.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        # Running old code on a newer schema could write rows the newer code misreads.
        raise RuntimeError(f"the database has schema version {found}, newer than this "
                           f"stancemap's {SCHEMA_VERSION}; update stancemap")
    for number, statements in enumerate(MIGRATIONS, start=1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the write lock: another process may have just migrated.
            if conn.execute("PRAGMA user_version").fetchone()[0] >= number:
                conn.execute("ROLLBACK")
                continue
            for statement in statements:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return conn.execute("PRAGMA user_version").fetchone()[0]


@contextmanager
def write_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction: all of it is committed, or (on any error) none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("UPDATE meta SET version = version + 1 WHERE id = 1")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


@contextmanager
def read_snapshot(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read snapshot: several SELECTs see the same state, whatever writers do meanwhile."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


@contextmanager
def open_db(path: Path) -> Iterator[sqlite3.Connection]:
    """A short-lived connection to ``path``, closed on leaving: no connection crosses a thread."""
    conn = connect(path)
    try:
        yield conn
    finally:
        conn.close()
