"""SQLite: the store in one file, for one user (the default).

Connections have the same pragmas every time: WAL so readers never wait for the writer, a busy
timeout so a second writer waits instead of failing, foreign keys on, ``REGEXP`` (Python's
``re``, case-insensitive) and the aggregate ``PARAGRAPH_UNION`` defined. ``PRAGMA
user_version`` counts the migrations applied.

Each operation borrows a connection and gives it back; each thread keeps the one it gave back
last (one idle connection per thread and database, none shared between threads), so a page's
dozen store calls do not each open the file anew: a new connection parses the whole schema on
its first statement, and the summaries' triggers make that some 17 ms (258 KB of SQL). A
connection given back inside a transaction (an error between BEGIN and its end) is closed, not
kept; a nested operation gets a connection of its own; a forked child forgets what it
inherited.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from store.db import (
    BUSY_TIMEOUT_MS,
    MIGRATIONS,
    SCHEMA_VERSION,
    SQLITE,
    Connection,
    Database,
    newer_schema,
)


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def regexp(pattern: str, text: str | None) -> bool:
    """SQLite's ``text REGEXP pattern``, which SQLite leaves for the application to define."""
    return text is not None and _compiled(pattern).search(text) is not None


class ParagraphUnion:
    """``PARAGRAPH_UNION(article_id, bits, late)`` over (article, paragraph set) pairs: the JSON
    array [articles, paragraphs in the union of each article's sets, articles with late rows].

    SQLite has no OR aggregate (PostgreSQL's ``bit_or`` and ``bit_count`` do the same in a
    GROUP BY, ``store.db.POSTGRESQL``). One instance reads every row, keyed by article, instead of
    a Python aggregate per article group: the GROUP BY's sort and an object per group doubled the
    time (2 x 10^5 pairs: 0.56 s against 0.34 s). It holds one integer per kept article while
    it runs: about 10 MB at 10^5 articles.
    """

    def __init__(self) -> None:
        self.unions: dict[int, int] = {}
        self.late: set[int] = set()

    def step(self, article_id: int, bits: int | None, late: int | None) -> None:
        self.unions[article_id] = self.unions.get(article_id, 0) | (bits or 0)
        if late:
            self.late.add(article_id)

    def finalize(self) -> str:
        paragraphs = sum(union.bit_count() for union in self.unions.values())
        return json.dumps([len(self.unions), paragraphs, len(self.late)])


def connect(path: Path) -> sqlite3.Connection:
    # isolation_level=None: no implicit transactions; every write says BEGIN IMMEDIATE itself.
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    # NORMAL is safe with WAL: a power cut may lose the last commits, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.create_function("regexp", 2, regexp, deterministic=True)
    conn.create_aggregate("paragraph_union", 3, ParagraphUnion)
    return conn


#: Every open database, so a forked child can drop the idle connections it inherited.
_OPEN: weakref.WeakSet[SqliteDatabase] = weakref.WeakSet()


def _forget_idle_in_child() -> None:
    # the child shares the parent's file handles and locks: it opens its own connections
    for db in list(_OPEN):
        db._idle = threading.local()


os.register_at_fork(after_in_child=_forget_idle_in_child)


class SqliteDatabase(Database):
    dialect = SQLITE

    def __init__(self, path: Path) -> None:
        self.path = path
        self.location = str(path)
        self._idle = threading.local()  # this thread's idle connection, if any
        _OPEN.add(self)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        raw = getattr(self._idle, "raw", None)
        self._idle.raw = None
        if raw is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            raw = connect(self.path)
        try:
            yield Connection(raw, SQLITE)
        finally:
            if raw.in_transaction or getattr(self._idle, "raw", None) is not None:
                raw.close()  # left mid-transaction, or a nested connection gave one back first
            else:
                self._idle.raw = raw

    def close(self) -> None:
        """Close this thread's idle connection (other threads' close with their thread)."""
        raw = getattr(self._idle, "raw", None)
        self._idle.raw = None
        if raw is not None:
            raw.close()

    def migrate(self) -> int:
        with self.connect() as wrapped:
            conn = wrapped.raw
            conn.execute("PRAGMA journal_mode = WAL")  # persistent; runs outside a transaction
            found = conn.execute("PRAGMA user_version").fetchone()[0]
            if found > SCHEMA_VERSION:
                raise newer_schema(found)
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
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
