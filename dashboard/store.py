"""The dashboard's storage: analysed articles in an embedded SQLite database.

One ``Store`` per database file. Every operation opens its own short-lived connection, so a
``Store`` can be shared by every Streamlit session thread (no connection crosses a thread) and by
several processes (WAL mode and a busy timeout let readers and one writer work at once).

Articles are stored with the actor names the pipeline produced (after the merges known at analysis
time). Renames and hides are applied when reading, so they cost nothing; a merge is also applied
when reading (rows of the source are shown under the target), and ``ingest.rescore`` re-analyses
the affected articles so their stances are aggregated as one actor. Pages call ``data_version()``
and use it as a cache key: it changes on every write.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

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
from dashboard.schema import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, STANCE_COLUMNS, Col

if TYPE_CHECKING:
    from analysis.actors import ActorConfig

REPO_ROOT = Path(__file__).resolve().parents[1]
DB_ENV = "STANCEMAP_DB"
DEFAULT_DB = Path("data") / "stancemap.sqlite3"  # relative to the repo root
BUSY_TIMEOUT_MS = 5000

#: Columns of ``corrections_frame``; ADDED is when the correction was made.
CORRECTION_COLUMNS = (Col.ARTICLE_ID, Col.TITLE, Col.PARAGRAPH, Col.ACTOR, Col.TEXT, Col.STANCE,
                      Col.STANCE_LABEL, Col.CORRECTED_LABEL, Col.ADDED)

#: Columns of ``corrections_csv``: what ``python -m analysis train-stance --csv`` reads.
CORRECTIONS_CSV_COLUMNS = ("text", "actor", "label")


class EditKind(StrEnum):
    RENAME = "rename"  # args: (old, new)
    MERGE = "merge"  # args: (source, into)
    HIDE = "hide"  # args: (name,)
    UNHIDE = "unhide"  # args: (name,)
    ALIAS = "alias"  # args: (actor, alias, kind)
    ACTOR = "actor"  # args: (name, kind): an actor to look for, with no alias yet


@dataclass(frozen=True, slots=True)
class AddResult:
    article_id: int
    created: bool  # False when an article with the same content hash was already stored


@dataclass(frozen=True, slots=True)
class ActorEdit:
    id: int
    kind: EditKind
    args: tuple[str, ...]
    created: str  # ISO timestamp, UTC


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
)

SCHEMA_VERSION = len(MIGRATIONS)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _connect(path: Path) -> sqlite3.Connection:
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
def _write(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
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
def _read(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One read snapshot: several SELECTs see the same state, whatever writers do meanwhile."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        conn.execute("COMMIT")


# --- writing one article: one function per table, so a test can make any step fail ----------

def _insert_article_row(conn: sqlite3.Connection, a: ArticleAnalysis, raw_text: str) -> int:
    scorer = next((s.scorer for p in a.paragraphs for s in p.stances if s.scorer), "")
    cur = conn.execute(
        "INSERT INTO articles (content_hash, name, title, outlet, published, url, fmt, raw_text,"
        " text, n_paragraphs, scorer, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (a.content_hash, a.name, a.title, a.source, a.published, a.url, a.fmt, raw_text, a.text,
         len(a.paragraphs), scorer, _now()),
    )
    return int(cur.lastrowid)


def _insert_children(conn: sqlite3.Connection, article_id: int, a: ArticleAnalysis) -> None:
    _insert_removals(conn, article_id, a)
    _insert_paragraphs(conn, article_id, a)
    _insert_mentions(conn, article_id, a)
    _insert_stances(conn, article_id, a)
    _insert_actors(conn, article_id, a)


def _insert_removals(conn: sqlite3.Connection, article_id: int, a: ArticleAnalysis) -> None:
    conn.executemany(
        "INSERT INTO removals VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, i, r.start, r.end, r.text, r.reason) for i, r in enumerate(a.removed)],
    )


def _insert_paragraphs(conn: sqlite3.Connection, article_id: int, a: ArticleAnalysis) -> None:
    conn.executemany(
        "INSERT INTO paragraphs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, p.paragraph.index, p.paragraph.start, p.paragraph.end, p.paragraph.text,
          p.sentiment.compound, p.sentiment.pos, p.sentiment.neu, p.sentiment.neg,
          str(p.sentiment.label)) for p in a.paragraphs],
    )
    conn.executemany(
        "INSERT INTO sentences VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, s.index, p.paragraph.index, s.start, s.end, s.text)
         for p in a.paragraphs for s in p.paragraph.sentences],
    )


def _insert_mentions(conn: sqlite3.Connection, article_id: int, a: ArticleAnalysis) -> None:
    conn.executemany(
        "INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, p.paragraph.index, i, m.actor, m.start, m.end, m.text, m.sentence, m.via)
         for p in a.paragraphs for i, m in enumerate(p.mentions)],
    )


def _evidence_json(evidence: Evidence) -> str:
    return json.dumps({
        "sentences": list(evidence.sentences),
        "cues": [[c.start, c.end, c.text, c.weight, c.kind] for c in evidence.cues],
    }, ensure_ascii=False)


def _evidence_from_json(text: str) -> Evidence:
    data = json.loads(text)
    return Evidence(
        sentences=tuple(int(i) for i in data.get("sentences", ())),
        cues=tuple(Cue(int(c[0]), int(c[1]), str(c[2]), float(c[3]), str(c[4]))
                   for c in data.get("cues", ())),
    )


def _insert_stances(conn: sqlite3.Connection, article_id: int, a: ArticleAnalysis) -> None:
    conn.executemany(
        "INSERT INTO stances VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, p.paragraph.index, s.actor, s.score, str(s.label), s.confidence, s.mentions,
          s.scorer, _evidence_json(s.evidence), i)
         for p in a.paragraphs for i, s in enumerate(p.stances)],
    )


def _insert_actors(conn: sqlite3.Connection, article_id: int, a: ArticleAnalysis) -> None:
    conn.executemany(
        "INSERT INTO actors VALUES (?, ?, ?, ?, ?)",
        [(article_id, x.name, str(x.kind), json.dumps(list(x.aliases), ensure_ascii=False), i)
         for i, x in enumerate(a.actors)],
    )


_CHILD_TABLES = ("removals", "paragraphs", "sentences", "mentions", "stances", "actors")


# --- actor edits: from the ordered list of edits to the names shown -------------------------

@dataclass(frozen=True, slots=True)
class ActorView:
    """What the edits do to stored actor names when reading: shown name, and hidden or not."""

    shown: dict[str, str]  # stored name -> name shown (only names that change)
    hidden: frozenset[str]  # shown names that are hidden

    def show(self, name: str) -> str:
        return self.shown.get(name, name)

    def is_hidden(self, name: str) -> bool:
        return self.show(name) in self.hidden


class _Replay:
    """The actor edits replayed one at a time (see ``actor_view``)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.shown = {n: n for n in names}  # stored name -> name shown now
        self.hidden: set[str] = set()  # shown names

    def apply(self, edit: ActorEdit) -> None:
        if edit.kind in (EditKind.RENAME, EditKind.MERGE):
            old, new = edit.args[0], edit.args[1]
            if old == new:
                return
            self.shown.setdefault(old, old)  # an edit may name an actor not stored yet
            for stored, current in self.shown.items():
                if current == old:
                    self.shown[stored] = new
            if old in self.hidden:
                self.hidden.discard(old)
                if edit.kind == EditKind.RENAME:
                    self.hidden.add(new)
        elif edit.kind == EditKind.HIDE:
            self.hidden.add(edit.args[0])
        elif edit.kind == EditKind.UNHIDE:
            self.hidden.discard(edit.args[0])

    def stored_as(self, shown_name: str) -> set[str]:
        """The stored names shown as ``shown_name`` now, and the name itself."""
        return {s for s, c in self.shown.items() if c == shown_name} | {shown_name}

    def stored_name(self, shown_name: str) -> str:
        """The stored name behind a shown one (the first found when a merge made several)."""
        for stored, current in self.shown.items():
            if current == shown_name and stored != current:
                return stored
        return shown_name

    def view(self) -> ActorView:
        return ActorView(shown={k: v for k, v in self.shown.items() if k != v},
                         hidden=frozenset(self.hidden))


def actor_view(edits: Sequence[ActorEdit], names: Iterable[str]) -> ActorView:
    """Replay ``edits`` in order over the stored actor ``names``.

    A rename or merge moves every actor currently shown under the old name; hide and unhide act on
    the name shown at the time, and a later rename carries the hidden mark along. Renaming onto a
    name in use shows both actors under it, like a merge.
    """
    replay = _Replay(names)
    for edit in edits:
        replay.apply(edit)
    return replay.view()


# --- frames ---------------------------------------------------------------------------------

#: The dtype of every frame column, whatever the rows (an empty store gives the same dtypes).
DTYPES: dict[str, str] = {
    Col.ARTICLE_ID: "int64", Col.TITLE: "str", Col.OUTLET: "str",
    Col.PUBLISHED: "datetime64[ns]", Col.URL: "str", Col.N_PARAGRAPHS: "int64",
    Col.ADDED: "datetime64[ns, UTC]", Col.PARAGRAPH: "int64", Col.POSITION: "float64",
    Col.TEXT: "str", Col.SENTIMENT: "float64", Col.SENTIMENT_LABEL: "str", Col.ACTOR: "str",
    Col.ACTOR_KIND: "str", Col.STANCE: "float64", Col.STANCE_LABEL: "str",
    Col.CONFIDENCE: "float64", Col.MENTIONS: "int64", Col.CORRECTED_LABEL: "str",
}


def _typed(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``frame`` with exactly ``columns``, in order, each of its ``DTYPES`` dtype."""
    out = frame[list(columns)]
    return out.astype({c: DTYPES[c] for c in columns if str(out[c].dtype) != DTYPES[c]})


def _to_date(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce", format="ISO8601").astype("datetime64[ns]")


def _to_time(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce", format="ISO8601", utc=True)


def _frame(cur: sqlite3.Cursor, columns: Sequence[str]) -> pd.DataFrame:
    return pd.DataFrame.from_records(cur.fetchall(), columns=list(columns))


#: Separates text values in a group_concat; ASCII "unit separator", replaced in the values.
_SEP = "\x1f"


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    sql: str  # an expression that is never NULL (group_concat skips NULLs, misaligning columns)
    kind: str  # "int", "float", "str", or "label" (a str from a fixed set, no separator in it)


def _columnar(conn: sqlite3.Connection, columns: Sequence[_Column], source: str) -> pd.DataFrame:
    """Read a big query column by column: one row of group_concat strings, parsed by numpy.

    ``fetchall()`` builds a Python object per cell; for the ~10^5 stance rows that costs more
    than everything else. Here SQLite joins each column into one string and numpy parses numbers
    in C, which loads the frame two to three times faster. Every aggregate of one query sees the
    rows in the same order, so the columns stay aligned.
    """
    parts = ["COUNT(*)"]
    for c in columns:
        if c.kind == "str":
            parts.append(f"group_concat(replace({c.sql}, char(31), ' '), char(31))")
        elif c.kind == "label":
            parts.append(f"group_concat({c.sql}, char(31))")
        else:
            parts.append(f"group_concat({c.sql}, ',')")
    row = conn.execute(f"SELECT {', '.join(parts)} FROM {source}").fetchone()
    n = int(row[0])
    data: dict[str, object] = {}
    for c, joined in zip(columns, row[1:], strict=True):
        if c.kind in ("str", "label"):
            values = joined.split(_SEP) if n else []
            data[c.name] = pd.array(values, dtype="str")
            continue
        dtype = np.int64 if c.kind == "int" else np.float64
        data[c.name] = np.fromstring(joined, sep=",", dtype=dtype) if n else np.empty(0, dtype)
    frame = pd.DataFrame(data)
    if any(len(v) != n for v in data.values()):  # a separator slipped through: never guess
        raise RuntimeError(f"columnar read of {source!r} is misaligned")
    return frame


_ARTICLES_SQL = (
    "SELECT id, title, outlet, published, url, n_paragraphs, added FROM articles ORDER BY id"
)

# Titles, outlets, dates, actor kinds and corrections come from small tables and are joined in
# pandas, so the big queries read one table each, in primary-key order.
# A scan of a WITHOUT ROWID table follows its primary key: (article, paragraph[, actor]) order.
_PARAGRAPHS_SOURCE = "paragraphs"
_PARAGRAPHS_COLUMNS = (
    _Column(Col.ARTICLE_ID, "article_id", "int"),
    _Column(Col.PARAGRAPH, "paragraph", "int"),
    _Column(Col.TEXT, "text", "str"),
    _Column(Col.SENTIMENT, "compound", "float"),
    _Column(Col.SENTIMENT_LABEL, "label", "label"),
)
_STANCES_SOURCE = "stances"
_STANCES_COLUMNS = (
    _Column(Col.ARTICLE_ID, "article_id", "int"),
    _Column(Col.PARAGRAPH, "paragraph", "int"),
    _Column(Col.ACTOR, "actor", "str"),
    _Column(Col.STANCE, "score", "float"),
    _Column(Col.STANCE_LABEL, "label", "label"),
    _Column(Col.CONFIDENCE, "confidence", "float"),
    _Column(Col.MENTIONS, "mentions", "int"),
)
_HEADS_SQL = "SELECT id, title, outlet, published, n_paragraphs FROM articles"
_HEADS_COLUMNS = (Col.ARTICLE_ID, Col.TITLE, Col.OUTLET, Col.PUBLISHED, Col.N_PARAGRAPHS)
_KINDS_SQL = "SELECT article_id, name, kind FROM actors"
_KINDS_COLUMNS = (Col.ARTICLE_ID, Col.ACTOR, Col.ACTOR_KIND)
_CORRECTIONS_SQL = "SELECT article_id, paragraph, actor, label FROM corrections"
_CORRECTIONS_COLUMNS = (Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR, Col.CORRECTED_LABEL)


#: A folded score above this is positive, below its negative negative (read-time merges only).
FOLD_THRESHOLD = 1 / 3


def _label_of_score(scores: pd.Series) -> np.ndarray:
    # Only used when a read-time merge folds two actors of one paragraph into one row.
    return np.where(scores > FOLD_THRESHOLD, Label.POSITIVE.value,
                    np.where(scores < -FOLD_THRESHOLD, Label.NEGATIVE.value, Label.NEUTRAL.value))


def _fold_stances(stances: Sequence[Stance]) -> tuple[Stance, ...]:
    """Stances of one paragraph that a read-time merge gave the same name, combined as one.

    Same rule as the frames: the score is the mention-weighted mean, the rest is pooled.
    """
    groups: dict[str, list[Stance]] = {}
    for stance in stances:
        groups.setdefault(stance.actor, []).append(stance)
    folded = []
    for actor, group in groups.items():
        if len(group) == 1:
            folded.append(group[0])
            continue
        weights = [max(1, s.mentions) for s in group]
        score = round(sum(w * s.score for w, s in zip(weights, group, strict=True))
                      / sum(weights), 4)
        label = (Label.POSITIVE if score > FOLD_THRESHOLD
                 else Label.NEGATIVE if score < -FOLD_THRESHOLD else Label.NEUTRAL)
        folded.append(Stance(
            actor=actor, score=score, label=label,
            confidence=max(s.confidence for s in group),
            evidence=Evidence(
                sentences=tuple(sorted({i for s in group for i in s.evidence.sentences})),
                cues=tuple(c for s in group for c in s.evidence.cues)),
            mentions=sum(s.mentions for s in group), scorer=group[0].scorer))
    return tuple(folded)


def _fold_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows that a read-time merge made share (article, paragraph, actor): combine them."""
    keys = [Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR]
    dup = frame.duplicated(keys, keep=False)
    if not dup.any():
        return frame
    part = frame[dup].copy()
    part["_w"] = part[Col.MENTIONS].clip(lower=1)
    part["_ws"] = part[Col.STANCE] * part["_w"]
    grouped = part.groupby(keys, sort=False, as_index=False).agg(
        **{
            Col.ACTOR_KIND: (Col.ACTOR_KIND, "first"),
            "_ws": ("_ws", "sum"),
            "_w": ("_w", "sum"),
            Col.CONFIDENCE: (Col.CONFIDENCE, "max"),
            Col.MENTIONS: (Col.MENTIONS, "sum"),
            Col.CORRECTED_LABEL: (Col.CORRECTED_LABEL, "first"),
        }
    )
    grouped[Col.STANCE] = (grouped["_ws"] / grouped["_w"]).round(4)
    grouped[Col.STANCE_LABEL] = _label_of_score(grouped[Col.STANCE])
    grouped = grouped.drop(columns=["_ws", "_w"])
    out = pd.concat([frame[~dup], grouped[frame.columns]], ignore_index=True)
    return out.sort_values([Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR], ignore_index=True)


def _shares_names(view: ActorView, names: Iterable[str]) -> bool:
    """Whether the edits show two stored actors under one name (only then can rows collide)."""
    shown = [view.show(n) for n in names]
    return len(set(shown)) < len(shown)


def _add_article_columns(rows: pd.DataFrame, heads: pd.DataFrame) -> None:
    """Add TITLE, OUTLET, PUBLISHED and POSITION to paragraph-level ``rows``, in place."""
    ids = rows[Col.ARTICLE_ID].to_numpy()
    for col in (Col.TITLE, Col.OUTLET):
        rows[col] = heads[col].reindex(ids).array
    # dates parsed once per article, not once per row
    rows[Col.PUBLISHED] = _to_date(heads[Col.PUBLISHED]).reindex(ids).to_numpy()
    last = heads[Col.N_PARAGRAPHS].reindex(ids).to_numpy(dtype="int64") - 1
    rows[Col.POSITION] = rows[Col.PARAGRAPH].to_numpy() / np.maximum(last, 1)


class Store:
    """Analysed articles in one SQLite file, created and migrated when opened."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self._connection() as conn:
            self.schema_version = migrate(conn)

    @classmethod
    def from_env(cls) -> Store:
        """The store at ``$STANCEMAP_DB``, or ``data/stancemap.sqlite3`` under the repo root."""
        configured = os.environ.get(DB_ENV, "").strip()
        path = Path(configured) if configured else REPO_ROOT / DEFAULT_DB
        return cls(path)

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        conn = _connect(self.path)
        try:
            yield conn
        finally:
            conn.close()

    # --- articles ---------------------------------------------------------------------------

    def add_article(self, analysis: ArticleAnalysis, *, raw_text: str) -> AddResult:
        """Store one analysed article in one transaction (all of it or nothing).

        ``raw_text`` is the ``Document.text`` the analysis came from, kept so the article can be
        re-analysed after actor edits. An article whose ``content_hash`` is already stored is not
        added again: its id comes back with ``created=False``.
        """
        return self.add_many([(analysis, raw_text)])[0]

    def add_many(self, items: Iterable[tuple[ArticleAnalysis, str]]) -> list[AddResult]:
        """Store several ``(analysis, raw_text)`` pairs in ONE transaction (bulk loads, benchmarks).

        All or nothing, like ``add_article``; duplicates (also within ``items``) are skipped.
        """
        results: list[AddResult] = []
        with self._connection() as conn, _write(conn):
            for analysis, raw_text in items:
                row = conn.execute("SELECT id FROM articles WHERE content_hash = ?",
                                   (analysis.content_hash,)).fetchone()
                if row is not None:
                    results.append(AddResult(int(row[0]), created=False))
                    continue
                article_id = _insert_article_row(conn, analysis, raw_text)
                _insert_children(conn, article_id, analysis)
                results.append(AddResult(article_id, created=True))
        return results

    def replace_article(self, article_id: int, analysis: ArticleAnalysis) -> None:
        """Swap a stored article's analysis for a new one (after re-analysis), in one transaction.

        The id, raw text, date added and the user's corrections stay.
        """
        with self._connection() as conn, _write(conn):
            found = conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
            if found is None:
                raise KeyError(f"no article {article_id}")
            for table in _CHILD_TABLES:
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            scorer = next((s.scorer for p in analysis.paragraphs for s in p.stances if s.scorer),
                          "")
            conn.execute(
                "UPDATE articles SET content_hash = ?, title = ?, outlet = ?, published = ?,"
                " url = ?, text = ?, n_paragraphs = ?, scorer = ? WHERE id = ?",
                (analysis.content_hash, analysis.title, analysis.source, analysis.published,
                 analysis.url, analysis.text, len(analysis.paragraphs), scorer, article_id),
            )
            _insert_children(conn, article_id, analysis)

    def delete_article(self, article_id: int) -> None:
        """Remove an article and everything stored about it (paragraphs, stances, corrections)."""
        with self._connection() as conn, _write(conn):
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def article_ids(self) -> list[int]:
        with self._connection() as conn:
            return [int(r[0]) for r in conn.execute("SELECT id FROM articles ORDER BY id")]

    def count_articles(self) -> int:
        with self._connection() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def raw_article(self, article_id: int) -> dict[str, str | None]:
        """What re-analysis needs: name, fmt, title, outlet, published, url, raw_text, scorer."""
        with self._connection() as conn:
            row = conn.execute(
                "SELECT name, fmt, title, outlet, published, url, raw_text, scorer"
                " FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(f"no article {article_id}")
        keys = ("name", "fmt", "title", "outlet", "published", "url", "raw_text", "scorer")
        return dict(zip(keys, row, strict=True))

    def article(self, article_id: int, *, apply_edits: bool = True) -> ArticleAnalysis:
        """The stored analysis of one article, rebuilt from the tables (raises KeyError).

        With ``apply_edits`` (the default) actor names are shown as renamed/merged and hidden
        actors are left out, as in the frames; offsets are unchanged.
        """
        with self._connection() as conn, _read(conn):
            head = conn.execute(
                "SELECT name, title, outlet, published, url, fmt, content_hash, text"
                " FROM articles WHERE id = ?", (article_id,)).fetchone()
            if head is None:
                raise KeyError(f"no article {article_id}")
            args = (article_id,)
            removals = conn.execute(
                "SELECT start, end, text, reason FROM removals WHERE article_id = ? ORDER BY idx",
                args).fetchall()
            paragraphs = conn.execute(
                "SELECT paragraph, start, end, text, compound, pos, neu, neg, label"
                " FROM paragraphs WHERE article_id = ? ORDER BY paragraph", args).fetchall()
            sentences = conn.execute(
                "SELECT paragraph, sentence, start, end, text FROM sentences"
                " WHERE article_id = ? ORDER BY sentence", args).fetchall()
            mentions = conn.execute(
                "SELECT paragraph, actor, start, end, text, sentence, via FROM mentions"
                " WHERE article_id = ? ORDER BY paragraph, idx", args).fetchall()
            stances = conn.execute(
                "SELECT paragraph, actor, score, label, confidence, mentions, scorer, evidence"
                " FROM stances WHERE article_id = ? ORDER BY paragraph, idx", args).fetchall()
            actors = conn.execute(
                "SELECT name, kind, aliases FROM actors WHERE article_id = ? ORDER BY idx",
                args).fetchall()
            edits = self._edits(conn) if apply_edits else []
        view = actor_view(edits, [a[0] for a in actors])

        def keep(name: str) -> bool:
            return not (apply_edits and view.is_hidden(name))

        def show(name: str) -> str:
            return view.show(name) if apply_edits else name

        by_paragraph: dict[int, dict[str, list]] = {
            p[0]: {"sentences": [], "mentions": [], "stances": []} for p in paragraphs}
        for p, index, start, end, text in sentences:
            by_paragraph[p]["sentences"].append(Sentence(index, start, end, text))
        for p, actor, start, end, text, sentence, via in mentions:
            if keep(actor):
                by_paragraph[p]["mentions"].append(
                    Mention(show(actor), start, end, text, p, sentence, via))
        for p, actor, score, label, confidence, n, scorer, evidence in stances:
            if keep(actor):
                by_paragraph[p]["stances"].append(Stance(
                    actor=show(actor), score=score, label=Label(label), confidence=confidence,
                    evidence=_evidence_from_json(evidence), mentions=n, scorer=scorer))
        rebuilt = tuple(
            ParagraphAnalysis(
                paragraph=Paragraph(index, start, end, text,
                                    tuple(by_paragraph[index]["sentences"])),
                sentiment=Sentiment(compound, pos, neu, neg, Label(label)),
                mentions=tuple(by_paragraph[index]["mentions"]),
                stances=_fold_stances(by_paragraph[index]["stances"]),
            )
            for index, start, end, text, compound, pos, neu, neg, label in paragraphs
        )
        shown_actors: dict[str, Actor] = {}
        for name, kind, aliases in actors:
            if keep(name):
                shown_actors.setdefault(show(name), Actor(show(name), ActorKind(kind),
                                                          tuple(json.loads(aliases))))
        name, title, outlet, published, url, fmt, content_hash, text = head
        return ArticleAnalysis(
            name=name, title=title, source=outlet, published=published, url=url, fmt=fmt,
            content_hash=content_hash, text=text,
            removed=tuple(Removal(*r) for r in removals),
            paragraphs=rebuilt,
            actors=tuple(shown_actors.values()),
        )

    def data_version(self) -> int:
        """A number that changes on every write (articles, edits, corrections): a cache key."""
        with self._connection() as conn:
            return int(conn.execute("SELECT version FROM meta WHERE id = 1").fetchone()[0])

    # --- frames -----------------------------------------------------------------------------

    def articles_frame(self) -> pd.DataFrame:
        """One row per article (``ARTICLE_COLUMNS``); PUBLISHED is datetime64, NaT if unknown."""
        with self._connection() as conn:
            frame = _frame(conn.execute(_ARTICLES_SQL), ARTICLE_COLUMNS)
        frame[Col.PUBLISHED] = _to_date(frame[Col.PUBLISHED])
        frame[Col.ADDED] = _to_time(frame[Col.ADDED])
        return _typed(frame, ARTICLE_COLUMNS)

    def paragraphs_frame(self) -> pd.DataFrame:
        """One row per paragraph, columns ``PARAGRAPH_COLUMNS``; SENTIMENT is VADER's compound."""
        with self._connection() as conn, _read(conn):
            rows = _columnar(conn, _PARAGRAPHS_COLUMNS, _PARAGRAPHS_SOURCE)
            heads = _frame(conn.execute(_HEADS_SQL), _HEADS_COLUMNS).set_index(Col.ARTICLE_ID)
        _add_article_columns(rows, heads)
        return _typed(rows, PARAGRAPH_COLUMNS)

    def stances_frame(self) -> pd.DataFrame:
        """One row per paragraph x actor, columns ``STANCE_COLUMNS``, actor edits applied.

        Renamed and merged actors appear under their shown name (two merged actors of one
        paragraph are folded into one row until ``ingest.rescore`` re-analyses the article);
        hidden actors are left out. CORRECTED_LABEL is the user's correction, or missing.
        """
        with self._connection() as conn, _read(conn):
            rows = _columnar(conn, _STANCES_COLUMNS, _STANCES_SOURCE)
            heads = _frame(conn.execute(_HEADS_SQL), _HEADS_COLUMNS).set_index(Col.ARTICLE_ID)
            kinds = _frame(conn.execute(_KINDS_SQL), _KINDS_COLUMNS)
            corrections = _frame(conn.execute(_CORRECTIONS_SQL), _CORRECTIONS_COLUMNS)
            edits = self._edits(conn)
        keys = [Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR]
        rows = rows.merge(kinds.astype({Col.ARTICLE_ID: "int64"}), how="left",
                          on=[Col.ARTICLE_ID, Col.ACTOR])
        rows[Col.ACTOR_KIND] = rows[Col.ACTOR_KIND].fillna("")
        if len(corrections):
            rows = rows.merge(corrections.astype({Col.ARTICLE_ID: "int64", Col.PARAGRAPH: "int64"}),
                              how="left", on=keys)
        else:
            rows[Col.CORRECTED_LABEL] = None
        if edits:
            names = rows[Col.ACTOR].unique()
            view = actor_view(edits, names)
            if view.shown:
                rows[Col.ACTOR] = rows[Col.ACTOR].replace(view.shown)
            if view.hidden:
                rows = rows[~rows[Col.ACTOR].isin(view.hidden)].reset_index(drop=True)
            if _shares_names(view, names):
                rows = _fold_duplicates(rows)
        _add_article_columns(rows, heads)
        return _typed(rows, STANCE_COLUMNS).reset_index(drop=True)

    # --- actor edits ------------------------------------------------------------------------

    def _add_edit(self, kind: EditKind, *args: str) -> None:
        self._add_edits([(kind, args)])

    def _add_edits(self, edits: Sequence[tuple[EditKind, Sequence[str]]]) -> None:
        """Record edits in one transaction, in order."""
        rows = []
        for kind, args in edits:
            if any(not a.strip() for a in args):
                raise ValueError(f"{kind} needs non-empty names")
            rows.append((str(kind), json.dumps([a.strip() for a in args], ensure_ascii=False),
                         _now()))
        with self._connection() as conn, _write(conn):
            conn.executemany("INSERT INTO actor_edits (kind, args, created) VALUES (?, ?, ?)",
                             rows)

    def _edits(self, conn: sqlite3.Connection) -> list[ActorEdit]:
        return [ActorEdit(int(i), EditKind(k), tuple(json.loads(a)), c)
                for i, k, a, c in conn.execute(
                    "SELECT id, kind, args, created FROM actor_edits ORDER BY id")]

    def actor_edits(self) -> list[ActorEdit]:
        """Every actor edit, oldest first."""
        with self._connection() as conn:
            return self._edits(conn)

    def undo_edit(self, edit_id: int) -> None:
        """Forget one actor edit (a merge or alias undone needs ``ingest.rescore`` to show)."""
        with self._connection() as conn, _write(conn):
            conn.execute("DELETE FROM actor_edits WHERE id = ?", (edit_id,))

    def rename_actor(self, old: str, new: str) -> None:
        """Show actor ``old`` as ``new`` from now on (applied when reading; no re-analysis)."""
        self._add_edit(EditKind.RENAME, old, new)

    def hide_actor(self, name: str) -> None:
        """Leave actor ``name`` out of frames and the reader (applied when reading)."""
        self._add_edit(EditKind.HIDE, name)

    def unhide_actor(self, name: str) -> None:
        self._add_edit(EditKind.UNHIDE, name)

    def merge_actors(self, source: str, into: str) -> list[int]:
        """Fold actor ``source`` into ``into``; return the ids of the articles to re-analyse.

        The frames show the merge at once; pass the ids to ``ingest.rescore`` so those articles'
        stances are computed for the merged actor.
        """
        replay = _Replay(())
        for edit in self.actor_edits():
            replay.apply(edit)
        stored = tuple(sorted(replay.stored_as(source.strip())))  # names before this merge
        self._add_edit(EditKind.MERGE, source, into)
        with self._connection() as conn:
            marks = ", ".join("?" * len(stored))
            return [int(r[0]) for r in conn.execute(
                f"SELECT DISTINCT article_id FROM mentions WHERE actor IN ({marks})"
                " ORDER BY article_id", stored)]

    def add_alias(self, actor: str, alias: str, *, kind: ActorKind | str) -> list[int]:
        """Have ``alias`` count as a mention of ``actor``; return the ids of articles to re-analyse.

        The affected articles are those whose text contains the alias (case-insensitive); pass the
        ids to ``ingest.rescore``.
        """
        kind = ActorKind(kind)
        self._add_edit(EditKind.ALIAS, actor, alias, str(kind))
        pattern = "%" + alias.strip().replace("\\", "\\\\").replace("%", "\\%").replace(
            "_", "\\_") + "%"
        with self._connection() as conn:
            return [int(r[0]) for r in conn.execute(
                "SELECT id FROM articles WHERE text LIKE ? ESCAPE '\\' ORDER BY id", (pattern,))]

    def add_actor(self, name: str, *, kind: ActorKind | str) -> None:
        """Look for actor ``name`` (of ``kind``) in articles analysed from now on."""
        self._add_edit(EditKind.ACTOR, name, str(ActorKind(kind)))

    def import_actor_config(self, config: ActorConfig) -> None:
        """Record an actors file (``ActorConfig``) as edits, so ``actor_config()`` includes it.

        One transaction; stored articles are not re-analysed (call ``ingest.rescore`` for that).
        """
        edits: list[tuple[EditKind, Sequence[str]]] = []
        for actor in config.actors:
            edits.append((EditKind.ACTOR, (actor.name, str(actor.kind))))
            edits.extend((EditKind.ALIAS, (actor.name, alias, str(actor.kind)))
                         for alias in actor.aliases)
        edits.extend((EditKind.MERGE, pair) for pair in config.merges)
        edits.extend((EditKind.RENAME, pair) for pair in config.renames)
        edits.extend((EditKind.HIDE, (name,)) for name in sorted(config.hidden))
        self._add_edits(edits)

    def actor_config(self) -> ActorConfig:
        """The ``ActorConfig`` the edits amount to (for analysis and for export).

        Names the user typed are shown names; they are translated back to the names the pipeline
        produces, so merges and aliases given after a rename still apply.
        """
        from analysis.actors import ActorConfig

        edits = self.actor_edits()
        kinds: dict[str, ActorKind] = {}
        aliases: dict[str, list[str]] = {}
        merges: dict[str, str] = {}  # stored name -> the stored name it is folded into
        replay = _Replay(())
        for edit in edits:
            if edit.kind in (EditKind.ALIAS, EditKind.ACTOR):
                name = replay.stored_name(edit.args[0])
                kinds[name] = ActorKind(edit.args[-1])  # the latest kind given wins
                known = aliases.setdefault(name, [])
                if edit.kind == EditKind.ALIAS and edit.args[1] not in known:
                    known.append(edit.args[1])
            elif edit.kind == EditKind.MERGE:
                into = replay.stored_name(edit.args[1])
                merges.pop(into, None)  # the target is a root now: A->B then B->A is no circle
                for source in sorted(replay.stored_as(edit.args[0]) - {into}):
                    merges[source] = into
            replay.apply(edit)
        final = replay.view()
        renames = tuple((s, shown) for s, shown in final.shown.items() if s not in merges)
        hidden = {s for s, shown in final.shown.items() if shown in final.hidden}
        hidden |= final.hidden
        return ActorConfig(
            actors=tuple(Actor(n, k, tuple(aliases[n])) for n, k in kinds.items()),
            merges=tuple(merges.items()),
            renames=renames,
            hidden=frozenset(hidden),
        )

    # --- corrections ------------------------------------------------------------------------

    def add_correction(self, article_id: int, paragraph: int, actor: str,
                       label: Label | str) -> None:
        """Record the user's label for ``actor``'s stance in one paragraph (replacing any earlier).

        ``actor`` is the name shown; it is stored under the name the analysis uses.
        """
        label = Label(label)
        with self._connection() as conn, _write(conn):
            found = conn.execute("SELECT 1 FROM paragraphs WHERE article_id = ? AND paragraph = ?",
                                 (article_id, paragraph)).fetchone()
            if found is None:
                raise KeyError(f"no paragraph {paragraph} in article {article_id}")
            stored = [r[0] for r in conn.execute(
                "SELECT actor FROM stances WHERE article_id = ? AND paragraph = ?",
                (article_id, paragraph))]
            view = actor_view(self._edits(conn), stored)
            names = [s for s in stored if view.show(s) == actor] or [actor]
            conn.executemany(
                "INSERT INTO corrections (article_id, paragraph, actor, label, created)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, paragraph, actor)"
                " DO UPDATE SET label = excluded.label, created = excluded.created",
                [(article_id, paragraph, name, str(label), _now()) for name in names],
            )

    def corrections_for(self, article_id: int) -> dict[int, dict[str, str]]:
        """One article's corrections: paragraph -> {shown actor name: label} (for the reader)."""
        with self._connection() as conn, _read(conn):
            rows = conn.execute(
                "SELECT paragraph, actor, label FROM corrections WHERE article_id = ?"
                " ORDER BY created", (article_id,)).fetchall()
            edits = self._edits(conn)
        view = actor_view(edits, {r[1] for r in rows})
        out: dict[int, dict[str, str]] = {}
        for paragraph, actor, label in rows:
            out.setdefault(paragraph, {})[view.show(actor)] = label
        return out

    def delete_correction(self, article_id: int, paragraph: int, actor: str) -> None:
        with self._connection() as conn, _write(conn):
            stored = [r[0] for r in conn.execute(
                "SELECT actor FROM corrections WHERE article_id = ? AND paragraph = ?",
                (article_id, paragraph))]
            view = actor_view(self._edits(conn), stored)
            conn.executemany(
                "DELETE FROM corrections WHERE article_id = ? AND paragraph = ? AND actor = ?",
                [(article_id, paragraph, s) for s in stored if view.show(s) == actor])

    def corrections_frame(self) -> pd.DataFrame:
        """One row per correction, columns ``CORRECTION_COLUMNS``, with the paragraph text.

        STANCE and STANCE_LABEL are what the analysis said (missing if the actor has no stance
        there any more); CORRECTED_LABEL is the user's label; ADDED when it was made.
        """
        with self._connection() as conn:
            frame = _frame(conn.execute(
                "SELECT c.article_id, a.title, c.paragraph, c.actor, p.text, s.score, s.label,"
                " c.label, c.created FROM corrections AS c"
                " JOIN articles AS a ON a.id = c.article_id"
                " JOIN paragraphs AS p ON p.article_id = c.article_id AND p.paragraph = c.paragraph"
                " LEFT JOIN stances AS s ON s.article_id = c.article_id"
                "  AND s.paragraph = c.paragraph AND s.actor = c.actor"
                " ORDER BY c.created, c.article_id, c.paragraph"), CORRECTION_COLUMNS)
            edits = self._edits(conn)
        if edits and len(frame):
            view = actor_view(edits, frame[Col.ACTOR].unique())
            frame[Col.ACTOR] = frame[Col.ACTOR].replace(view.shown)
        frame[Col.ADDED] = _to_time(frame[Col.ADDED])
        return _typed(frame, CORRECTION_COLUMNS)

    def corrections_csv(self) -> str:
        """The corrections as CSV ``text,actor,label``, the input of ``train-stance --csv``.

        ``text`` is the paragraph; ``actor`` is how the paragraph names the actor (its first
        mention that is not a pronoun), because training finds the actor in the text by that
        string; the actor's name is used when no mention is stored.
        """
        with self._connection() as conn:
            rows = conn.execute(_CORRECTIONS_CSV_SQL).fetchall()
        frame = pd.DataFrame.from_records(
            [(text, surface or actor, label) for text, actor, label, surface in rows],
            columns=list(CORRECTIONS_CSV_COLUMNS))
        return frame.to_csv(index=False, lineterminator="\n")


_CORRECTIONS_CSV_SQL = """
    SELECT p.text, c.actor, c.label,
           (SELECT m.text FROM mentions AS m
            WHERE m.article_id = c.article_id AND m.paragraph = c.paragraph AND m.actor = c.actor
            ORDER BY m.via = 'pronoun', m.idx LIMIT 1)
    FROM corrections AS c
    JOIN paragraphs AS p ON p.article_id = c.article_id AND p.paragraph = c.paragraph
    ORDER BY c.created, c.article_id, c.paragraph, c.actor
"""
