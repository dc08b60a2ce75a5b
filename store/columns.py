"""A column-store mirror of what the charts' row path reads: two or three ranges at 10^5 articles.

Under a sentiment and a position range (or any two of stance, sentiment and position) no
summary can count for a chart, so it reads the stance rows: three to nine million of them at
10^5 articles, which SQLite and PostgreSQL read as index entries, about a million a second on
the development machine (the timeline 4.7 s, the heatmaps 4.8-16 s). DuckDB scans the same
columns in a fraction of a second. The mirror is a DuckDB database holding the four tables
``store.stance_rows.kept_sql`` reads (``TABLES``: the stance rows' keys and scores, the
paragraphs' sentiment, the articles' outlet, date, title and length, the corrections), under
the same names, so the row path's SQL runs on it unchanged as a third dialect (``DUCKDB``);
the actor edits still come from the store, read in the caller's snapshot and passed as
parameters, as they are to the store itself. From its rows it makes four tables of its own by
the store's own SQL (``SUMMARIES``, ``PARAGRAPH_BANDS``): the sums under two or three ranges, per
actor and per actor and day, the rows per article and band, and each paragraph's stance bands,
which the store's SQL for them (``store.stance_days``) reads here too.

Kept current from the store's change log (migration 19): triggers stamp in
``article_changes`` every article a write changes, with the store's version the write bumped
from. The mirror knows the version it holds; before each query it reads the store's version in
the caller's snapshot and re-reads the articles stamped since (``CATCH_UP_MAX`` at most; past
that it is rebuilt in the background and the store's own SQL answers meanwhile). So it never
answers for a state other than the snapshot the rest of the chart reads.

A mirror is built by a child process (``python -m store.columns OUT``, the store named by
``$STANCEMAP_DB``): reading every row takes half a minute at 10^5 articles, and in the
dashboard's process it would hold the interpreter's lock against the pages. Until it is ready
the pages read the store as before. It is kept between runs (``cache_path``): the next start
reopens it where it is the same store's (``meta.store_id``) and not ahead of it, and catches
it up. ``$STANCEMAP_COLUMNS`` turns it ``on``, ``off`` or (the default) ``auto``: on for a
store of ``MIN_ARTICLES`` or more.
"""

from __future__ import annotations

import atexit
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from store.db import (
    DB_ENV,
    POSTGRESQL,
    Connection,
    Database,
    Dialect,
    database_key,
    in_chunks,
    open_database,
    open_db,
    read_snapshot,
    read_version,
)
from store.summary_sql import (
    ACTOR_DAY_RANGE_BANDS,
    ACTOR_RANGE_BANDS,
    ARTICLE_BAND_ROWS,
    MIRRORED_TABLES,
    Summary,
    paragraph_bands_backfill,
    rows_backfill,
    summary_table,
)

log = logging.getLogger("stancemap")

#: ``on``, ``off`` or ``auto`` (the default): whether the dashboard keeps a column mirror.
COLUMNS_ENV = "STANCEMAP_COLUMNS"
#: The folder the mirrors are kept in between runs (default: the user's cache folder).
COLUMNS_DIR_ENV = "STANCEMAP_COLUMNS_DIR"
#: Under ``auto``, the articles a store needs for a mirror: below them the store's own SQL
#: answers every chart in well under the half second (10^4 articles: 0.5 s at worst).
MIN_ARTICLES = 10_000
#: Articles re-read before a query at most; past them the mirror is rebuilt in the background.
CATCH_UP_MAX = 2_000
#: Rows read from the store and written to the mirror at once while building it.
CHUNK_ROWS = 200_000
#: Seconds a build may take before it is given up (the store's SQL answers meanwhile).
BUILD_TIMEOUT_S = 3_600
#: How much lower than the dashboard a build's child process runs (``os.nice``).
BUILD_NICENESS = 10
#: The mirror's working memory (DuckDB's ``memory_limit``): it spills to its file past it.
MEMORY_LIMIT = "768MB"

#: The row path's SQL on the mirror. DuckDB reads JSON's text with ``->>``; the store's search
#: is not run here (the mirror holds no text), so ``regexp`` is never used.
DUCKDB = Dialect(
    name="duckdb", begin_write="BEGIN", begin_read="BEGIN", like="ILIKE", regexp="~",
    paragraph_union="", exclusive_lock=None, skip_locked="",
    json_pairs="(SELECT key, value ->> '$' AS value FROM json_each(CAST(? AS JSON))) AS pairs",
    json_rows="json_each(CAST(? AS JSON))", json_item="(value ->> {i})", small_right=True)


@dataclass(frozen=True, slots=True)
class Table:
    """A store table as the mirror holds it: its name and the columns the row path reads."""

    name: str
    columns: tuple[tuple[str, str], ...]  # (name, DuckDB type)

    @property
    def key(self) -> str:
        """The column naming the row's article (``store.summary_sql.MIRRORED_TABLES``)."""
        return dict(MIRRORED_TABLES)[self.name]

    @property
    def column_list(self) -> str:
        return ", ".join(name for name, _ in self.columns)


TABLES = (
    # article ids are 64-bit: the counts line keys a paragraph as article_id * 10^6 + paragraph
    Table("stances", (("article_id", "BIGINT"), ("paragraph", "INTEGER"), ("actor", "VARCHAR"),
                      ("score", "DOUBLE"), ("mentions", "INTEGER"))),
    Table("paragraphs", (("article_id", "BIGINT"), ("paragraph", "INTEGER"),
                         ("compound", "DOUBLE"))),
    Table("articles", (("id", "BIGINT"), ("outlet", "VARCHAR"), ("published", "VARCHAR"),
                       ("title", "VARCHAR"), ("n_paragraphs", "INTEGER"))),
    Table("corrections", (("article_id", "BIGINT"), ("paragraph", "INTEGER"),
                          ("actor", "VARCHAR"), ("label", "VARCHAR"))),
)
if {t.name for t in TABLES} != {name for name, _ in MIRRORED_TABLES}:
    raise RuntimeError("store.columns.TABLES and store.summary_sql.MIRRORED_TABLES differ: the"
                       " triggers must stamp every table the mirror copies")

#: The summaries the mirror holds beside the rows, made from its own rows by the store's rule
#: (``store.summary_sql.rows_backfill``), for the sums under two or three ranges
#: (``store.stance_days.days_sql``): per actor (the actor summary, the busiest, the counts
#: line's actors: 0.2-0.4 s on SQLite's copy, 0.01 s here) and per actor and day (the
#: timeline; the store has none); and the rows per article and their paragraph's sentiment and
#: position bands (the heatmap's articles under those ranges, both at once too). They have no
#: key: a catch-up appends the changed articles' old sums negated and their new sums, and
#: ``REBUILD_SHARE`` bounds what that adds.
SUMMARIES: tuple[Summary, ...] = (ACTOR_RANGE_BANDS, ACTOR_DAY_RANGE_BANDS, ARTICLE_BAND_ROWS)
#: Each paragraph's stance bands as bits (``store.summary_sql``'s ``paragraph_bands``), made
#: from the mirror's rows by the store's rule: the counts line's paragraphs under a stance range
#: and a sentiment or position range (``store.stance_days.banded_paragraphs_sql``: 2.0 s on
#: SQLite's copy at 10^5 articles, 0.23-0.6 s here). One row per paragraph: a catch-up makes
#: the changed articles' rows again.
PARAGRAPH_BANDS = "paragraph_bands"
#: A mirror whose catch-ups have added more than this share of the rows its summaries had when
#: built is stale (rebuilt in the background, the store answering meanwhile): about every
#: 12,000 articles changed at 10^5 articles. Grouping the rows again in place took 6.8 s there,
#: holding the mirror from every chart.
REBUILD_SHARE = 0.5
#: The mirror's layout: a file of another layout (an older release's) is built again.
LAYOUT = 4


def _store_state(conn: Connection) -> tuple[str, int]:
    """The store's id (made at random by migration 19) and its version."""
    store_id, version = conn.execute("SELECT store_id, version FROM meta WHERE id = 1").fetchone()
    return str(store_id), int(version)


def _read(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Iterator[list[Any]]:
    """The rows of ``sql`` on ``conn``, ``CHUNK_ROWS`` at a time: on PostgreSQL through a
    server-side cursor, so the millions of stance rows never sit in memory at once."""
    if conn.dialect is POSTGRESQL:
        from store.postgres import placeholders

        with conn.raw.cursor(name="stancemap_mirror") as cursor:
            cursor.itersize = CHUNK_ROWS
            cursor.execute(placeholders(sql), tuple(params))
            while rows := cursor.fetchmany(CHUNK_ROWS):
                yield rows
        return
    cursor = conn.execute(sql, params)
    while rows := cursor.fetchmany(CHUNK_ROWS):
        yield rows


class BuildCancelled(Exception):
    """A build stopped before its end (``build``'s ``cancelled`` said so)."""


def _copy(duck: duckdb.DuckDBPyConnection, table: Table, conn: Connection, where: str = "",
          params: Sequence[Any] = (), *, cancelled: Callable[[], bool] = lambda: False) -> None:
    """``table``'s rows on ``conn`` (``where`` narrows them) appended to the mirror's;
    ``cancelled`` is asked between chunks."""
    names = [name for name, _ in table.columns]
    for rows in _read(conn, f"SELECT {table.column_list} FROM {table.name}{where}", params):
        if cancelled():
            raise BuildCancelled(f"building the mirror of {table.name} stopped")
        chunk = pd.DataFrame.from_records(rows, columns=names)
        duck.register("stancemap_chunk", chunk)
        try:
            duck.execute(f"INSERT INTO {table.name} SELECT * FROM stancemap_chunk")
        finally:
            duck.unregister("stancemap_chunk")


def _summary_rows(duck: duckdb.DuckDBPyConnection) -> int:
    return sum(int(duck.execute(f"SELECT COUNT(*) FROM {summary.table}").fetchone()[0])
               for summary in SUMMARIES)


def build(db: Database, path: Path, *, cancelled: Callable[[], bool] = lambda: False) -> int:
    """Write a new mirror of ``db`` to ``path`` (a DuckDB file, replaced if it exists); return
    the store's version it holds (read in the same snapshot as its rows). ``cancelled``, asked
    between chunks of rows, stops it (``BuildCancelled``)."""
    path.unlink(missing_ok=True)
    duck = duckdb.connect(str(path))
    try:
        for table in TABLES:
            columns = ", ".join(f"{name} {kind}" for name, kind in table.columns)
            duck.execute(f"CREATE TABLE {table.name} ({columns})")
        for summary in SUMMARIES:
            duck.execute(summary_table(summary, postgres=True, keyed=False))
        duck.execute(f"CREATE TABLE {PARAGRAPH_BANDS} (article_id BIGINT NOT NULL, paragraph"
                     " INTEGER NOT NULL, low_bands BIGINT NOT NULL, high_bands BIGINT NOT NULL)")
        # which store, at which version, in which layout: a mirror kept on disk is reopened
        # only by its store; its summaries' rows as built (``REBUILD_SHARE``)
        duck.execute("CREATE TABLE mirror_meta (store_id VARCHAR NOT NULL,"
                     " version BIGINT NOT NULL, layout INTEGER NOT NULL,"
                     " summary_rows BIGINT NOT NULL)")
        with open_db(db) as conn, read_snapshot(conn):
            store_id, version = _store_state(conn)
            for table in TABLES:
                _copy(duck, table, conn, cancelled=cancelled)
        for summary in SUMMARIES:
            if cancelled():
                raise BuildCancelled(f"building the mirror's {summary.table} stopped")
            duck.execute(rows_backfill(summary))
        duck.execute(paragraph_bands_backfill(postgres=True))
        duck.execute("INSERT INTO mirror_meta VALUES (?, ?, ?, ?)",
                     (store_id, version, LAYOUT, _summary_rows(duck)))
        duck.execute("CHECKPOINT")
    finally:
        duck.close()
    return version


class ColumnMirror:
    """An open mirror of one store: the row path's SQL run on it as of a caller's snapshot.

    One query at a time (a lock): a DuckDB connection is not shared between threads, and a
    query uses every core already.
    """

    def __init__(self, path: Path, *, threads: int | None = None,
                 memory_limit: str = MEMORY_LIMIT) -> None:
        self.path = path
        self.stale = False  # too many articles changed to catch up: rebuild it
        self.answered = 0  # queries run on the mirror (for tests and benchmarks)
        self._duck = duckdb.connect(str(path), config={
            "threads": threads or os.cpu_count() or 1, "memory_limit": memory_limit,
            # the row path's SQL names its joins in the order they should run (it is written
            # for SQLite, which keeps that order); DuckDB's reordering built its hash table
            # on eight million stance rows instead of 10^5 articles (1.08 -> 0.46 s)
            "disabled_optimizers": "join_order"})
        self._lock = threading.Lock()
        try:
            store_id, version, layout, summary_rows = self._duck.execute(
                "SELECT store_id, version, layout, summary_rows FROM mirror_meta").fetchone()
            if layout != LAYOUT:
                raise duckdb.CatalogException(f"a mirror of layout {layout}, not {LAYOUT}")
        except BaseException:
            self._duck.close()
            raise
        self.store_id = str(store_id)  # the store it mirrors (``meta.store_id``)
        self.version = int(version)  # the store's version it holds
        self._built_rows = int(summary_rows)  # its summaries' rows as built
        #: the tables it makes from its rows (``store.stance_days.days_summaries``)
        self.made = frozenset({PARAGRAPH_BANDS, *(summary.table for summary in SUMMARIES)})

    def fits(self, conn: Connection) -> bool:
        """Whether this mirror, found on disk, stands for ``conn``'s store (read in one
        snapshot): made from it (its id), not from a later state than the store's (a store put
        back from a backup), and caught up to it with the same articles."""
        store_id, version = _store_state(conn)
        if store_id != self.store_id or version < self.version:
            return False
        with self._lock:
            if version > self.version and not self._catch_up(conn, version):
                return False
            articles = "SELECT COUNT(*), COALESCE(MAX(id), 0) FROM articles"
            return tuple(conn.execute(articles).fetchone()) == tuple(
                self._duck.execute(articles).fetchone())

    def rows(self, conn: Connection, sql: str,
             params: Sequence[Any]) -> list[tuple[Any, ...]] | None:
        """``sql`` (the row path's, in ``DUCKDB``'s dialect) run on the mirror as of ``conn``'s
        snapshot; None where the mirror cannot stand for it: the snapshot is older than the
        mirror (a reader that began before a write the mirror has), or too many articles
        changed since the mirror's version (it is ``stale``)."""
        version = read_version(conn)
        with self._lock:
            if version < self.version or self.stale:
                return None
            if version > self.version and not self._catch_up(conn, version):
                return None
            rows = self._duck.execute(sql, list(params)).fetchall()
            self.answered += 1
            return rows

    def _catch_up(self, conn: Connection, version: int) -> bool:
        """Re-read from ``conn`` the articles written since the mirror's version, and hold
        ``version``; False (and ``stale``) where they are more than ``CATCH_UP_MAX``."""
        changed = [int(a) for a, in conn.execute(
            "SELECT article_id FROM article_changes WHERE version >= ?", (self.version,))]
        if len(changed) > CATCH_UP_MAX:
            self.stale = True
            return False
        if changed:
            self._duck.execute("BEGIN")
            try:
                # the summaries: the changed articles' sums out, as the mirror holds them ...
                self._summed(changed, sign="-")
                for part in in_chunks(changed):
                    marks = ", ".join("?" * len(part))
                    for table in TABLES:
                        self._duck.execute(f"DELETE FROM {table.name} WHERE {table.key}"
                                           f" IN ({marks})", list(part))
                        _copy(self._duck, table, conn, f" WHERE {table.key} IN ({marks})",
                              part)
                    self._duck.execute(f"DELETE FROM {PARAGRAPH_BANDS} WHERE article_id"
                                       f" IN ({marks})", list(part))
                    self._duck.execute(paragraph_bands_backfill(
                        postgres=True, where=f"s.article_id IN ({marks})"), list(part))
                self._summed(changed, sign="")  # ... and in, as the store has them now
                self._duck.execute("UPDATE mirror_meta SET version = ?", (version,))
                self._duck.execute("COMMIT")
                # written through at once: a file kept between runs holds no pending log
                self._duck.execute("CHECKPOINT")
            except BaseException:
                self._duck.execute("ROLLBACK")
                raise
            if _summary_rows(self._duck) > self._built_rows * (1 + REBUILD_SHARE):
                self.stale = True  # rebuilt (``Mirrors.find``); this caller's answer stands
        # with no article changed the version on disk stays: catching up from it later re-reads
        # nothing more, and an actor edit writes nothing to the file
        self.version = version
        return True

    def _summed(self, articles: Sequence[int], *, sign: str) -> None:
        """The sums of ``articles``' stance rows appended to each summary (``sign`` '-': taken
        out)."""
        for part in in_chunks(articles):
            where = f"s.article_id IN ({', '.join('?' * len(part))})"
            for summary in SUMMARIES:
                self._duck.execute(rows_backfill(summary, sign=sign, where=where), list(part))

    def holds(self, tables: frozenset[str]) -> bool:
        """Whether the mirror makes every one of ``tables`` from its rows (``SUMMARIES``,
        ``PARAGRAPH_BANDS``)."""
        return tables <= self.made

    def warm(self) -> None:
        """Read every column once, so the first charts do not wait for the file: a mirror just
        opened took 1.2 s for its first counts line at 10^5 articles, 0.3 s after."""
        with self._lock:
            for table in TABLES:
                sums = ", ".join(f"COUNT(DISTINCT {name})" if kind == "VARCHAR" else f"SUM({name})"
                                 for name, kind in table.columns)
                self._duck.execute(f"SELECT {sums} FROM {table.name}").fetchall()
            for summary in SUMMARIES:
                columns = ", ".join(f"MAX({c})" for c, _ in (*summary.keys, *summary.sums))
                self._duck.execute(f"SELECT {columns} FROM {summary.table}").fetchall()
            self._duck.execute("SELECT MAX(article_id), MAX(paragraph), MAX(low_bands),"
                               f" MAX(high_bands) FROM {PARAGRAPH_BANDS}").fetchall()

    def close(self) -> None:
        with self._lock:
            self._duck.close()


def wanted(db: Database) -> bool:
    """Whether ``$STANCEMAP_COLUMNS`` asks for a mirror of ``db`` (``auto``: a store of
    ``MIN_ARTICLES`` or more)."""
    setting = os.environ.get(COLUMNS_ENV, "auto").strip().lower() or "auto"
    if setting not in ("on", "off", "auto"):
        log.warning("%s=%r is not on, off or auto: taken as auto", COLUMNS_ENV, setting)
        setting = "auto"
    if setting != "auto":
        return setting == "on"
    with open_db(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]) >= MIN_ARTICLES


def build_in_child(db: Database, path: Path) -> int:
    """``build`` in a child process (``python -m store.columns``); the version it holds. The
    store's location goes by the environment, not the command line, where a PostgreSQL URL's
    password would show to every user of the machine."""
    done = subprocess.run([sys.executable, "-m", "store.columns", str(path)],
                          env={**os.environ, DB_ENV: db.location}, capture_output=True,
                          text=True, timeout=BUILD_TIMEOUT_S, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"building the column mirror failed: {done.stderr.strip()[-2000:]}")
    return int(done.stdout.split()[-1])


class Mirrors:
    """The mirrors this process keeps, one per store (keyed as ``store.db.database_key``), and
    their builds under way. A mirror lives in the cache folder (``cache_path``), or, where
    another process holds that file, in a temporary folder of its own, removed with it (when a
    newer one replaces it, or at exit)."""

    def __init__(self) -> None:
        self._mirrors: dict[str, ColumnMirror] = {}
        self._stores: dict[str, Database] = {}
        self._building: set[str] = set()
        self._lock = threading.Lock()

    def find(self, conn: Connection) -> ColumnMirror | None:
        """The mirror of ``conn``'s store, if one is ready; a stale one is rebuilt (in the
        background) and not used meanwhile."""
        if not self._mirrors:  # no mirror in this process: not even the lookup
            return None
        key = database_key(conn)
        with self._lock:
            mirror, db = self._mirrors.get(key), self._stores.get(key)
        if mirror is not None and mirror.stale:
            if db is not None:
                self._start(key, db, rebuild=True)
            return None
        return mirror

    def start(self, db: Database, *, rebuild: bool = False) -> threading.Thread | None:
        """Open ``db``'s mirror kept on disk, caught up, or else build one (a child process)
        and open it, in the background; the thread, or None where that is under way already.
        ``rebuild``: do not reopen the one on disk (it is stale)."""
        with open_db(db) as conn:
            key = database_key(conn)
        if not key:  # a database in memory: no other process can read it
            return None
        return self._start(key, db, rebuild=rebuild)

    def _start(self, key: str, db: Database, *, rebuild: bool) -> threading.Thread | None:
        with self._lock:
            if key in self._building:
                return None
            self._building.add(key)
        thread = threading.Thread(target=self._ready, args=(key, db, rebuild), daemon=True,
                                  name="stancemap-columns")
        thread.start()
        return thread

    def _ready(self, key: str, db: Database, rebuild: bool) -> None:
        try:
            path = cache_path(key)
            _forget_unused(path.parent, keep=path)
            mirror, held = (None, False) if rebuild else _reopen(path, db)
            if mirror is None:
                # another process (a second dashboard) holds the one on disk: one of our own
                mirror = _build_private(db) if held else _build_cached(db, path)
            mirror.warm()  # before it is used: the store answers meanwhile
            self.attach(key, mirror, db)
            log.info("column mirror of %s ready at version %d", db.display, mirror.version)
        except Exception:
            log.exception("column mirror of %s not built; charts read the store", db.display)
        finally:
            with self._lock:
                self._building.discard(key)

    def attach(self, key: str, mirror: ColumnMirror, db: Database) -> None:
        """Use ``mirror`` for ``db``, keyed ``key`` (rebuilt from ``db`` when it goes stale);
        the one it replaces is closed and its folder removed."""
        with self._lock:
            old = self._mirrors.get(key)
            self._mirrors[key] = mirror
            self._stores[key] = db
        if old is not None and old is not mirror:
            _discard(old)

    def close(self) -> None:
        """Close every mirror and remove its folder."""
        with self._lock:
            mirrors = list(self._mirrors.values())
            self._mirrors.clear()
        for mirror in mirrors:
            _discard(mirror)


def _discard(mirror: ColumnMirror) -> None:
    mirror.close()
    if mirror.path.parent.name.startswith(_PRIVATE):  # a private build's folder, not the cache
        shutil.rmtree(mirror.path.parent, ignore_errors=True)


#: The name a private build's temporary folder starts with.
_PRIVATE = "stancemap-columns-"


def cache_path(key: str) -> Path:
    """Where the mirror of the store keyed ``key`` is kept: ``$STANCEMAP_COLUMNS_DIR``, else
    ``stancemap/columns`` in the user's cache folder (``$XDG_CACHE_HOME`` or ``~/.cache``)."""
    folder = os.environ.get(COLUMNS_DIR_ENV, "").strip()
    if not folder:
        cache = os.environ.get("XDG_CACHE_HOME", "").strip() or str(Path.home() / ".cache")
        folder = str(Path(cache) / "stancemap" / "columns")
    return Path(folder) / f"{hashlib.sha256(key.encode()).hexdigest()[:24]}.duckdb"


def _reopen(path: Path, db: Database) -> tuple[ColumnMirror | None, bool]:
    """The mirror kept at ``path``, if it is ``db``'s and catches up; and whether another
    process holds it (DuckDB lets one process write a file)."""
    if not path.exists():
        return None, False
    try:
        mirror = ColumnMirror(path)
    except duckdb.IOException:  # its lock: held by another process
        return None, True
    except duckdb.Error:  # not a mirror this code can read (an older layout, a broken file)
        log.warning("column mirror %s unreadable: built again", path)
        return None, False
    with open_db(db) as conn, read_snapshot(conn):
        fits = mirror.fits(conn)
    if fits:
        os.utime(path)  # in use: not one to forget (``_forget_unused``)
        return mirror, False
    mirror.close()
    return None, False


def _build_cached(db: Database, path: Path) -> ColumnMirror:
    """Build ``db``'s mirror and keep it at ``path`` (written aside, then moved in place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    _forget_parts(path)
    part = path.with_name(f"{path.stem}.{os.getpid()}.part")
    try:
        build_in_child(db, part)
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    # a log left by a process that stopped mid-write belongs to the file being replaced
    path.with_name(path.name + ".wal").unlink(missing_ok=True)
    os.replace(part, path)
    return ColumnMirror(path)


#: Days a kept mirror may go unused before a dashboard starting another removes it: a store
#: deleted for good (or moved) leaves its mirror behind, some 200 MiB at 10^5 articles.
FORGET_AFTER_DAYS = 30


def _forget_unused(folder: Path, *, keep: Path) -> None:
    """Remove the mirrors in ``folder`` (but ``keep``) that no dashboard has opened or caught
    up for ``FORGET_AFTER_DAYS`` (their file's time: ``_reopen`` touches it, a catch-up
    writes it)."""
    oldest = time.time() - FORGET_AFTER_DAYS * 86_400
    for path in folder.glob("*.duckdb"):
        try:
            if path != keep and path.stat().st_mtime < oldest:
                path.unlink()
                path.with_name(path.name + ".wal").unlink(missing_ok=True)
        except OSError:  # gone meanwhile, or not ours to remove: left
            continue


def _forget_parts(path: Path) -> None:
    """Remove the half-built files of ``path`` whose process is gone (killed mid-build)."""
    for part in path.parent.glob(f"{path.stem}.*.part"):
        pid = part.suffixes[-2].lstrip(".") if len(part.suffixes) >= 2 else ""
        if not pid.isdigit() or not _running(int(pid)):
            part.unlink(missing_ok=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal sent: only whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's: running
        return True
    return True


def _build_private(db: Database) -> ColumnMirror:
    """Build ``db``'s mirror in a temporary folder of its own, removed with it."""
    folder = Path(tempfile.mkdtemp(prefix=_PRIVATE))
    try:
        path = folder / "mirror.duckdb"
        build_in_child(db, path)
        return ColumnMirror(path)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


#: The process's mirrors: the row path (``store.aggregates``) looks here.
MIRRORS = Mirrors()
atexit.register(MIRRORS.close)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m store.columns OUT``: build a mirror of ``$STANCEMAP_DB`` at ``OUT``; print
    the store's version it holds."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        print("usage: python -m store.columns OUT (the store: $STANCEMAP_DB)", file=sys.stderr)
        return 2
    target = os.environ.get(DB_ENV, "").strip()
    if not target:
        print(f"${DB_ENV} names no store", file=sys.stderr)
        return 2
    if hasattr(os, "nice"):
        os.nice(BUILD_NICENESS)  # a background job: the pages and their browser go first
    parent, out = os.getppid(), Path(args[0])
    db = open_database(target)
    try:
        # a dashboard stopped mid-build stops its build too: nobody would open the file
        print(build(db, out, cancelled=lambda: os.getppid() != parent))
    except BuildCancelled as stopped:
        out.unlink(missing_ok=True)
        print(stopped, file=sys.stderr)
        return 1
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
