"""The store: analysed articles in SQLite (a file) or PostgreSQL (a server), behind ``Store``.

One ``Store`` per database: a file path or a ``postgresql://`` URL (``store.db.open_database``).
Every operation borrows its own connection (a new one for SQLite, one from the pool for
PostgreSQL), so a ``Store`` can be shared by every Streamlit session thread (no connection crosses
a thread) and by several processes (SQLite: WAL mode and a busy timeout let readers and one writer
work at once; PostgreSQL: readers and the jobs table's writers work side by side, and the
writes the pages show one at a time, as ``store.db.write_transaction`` says why).

Articles are stored with the actor names the pipeline produced (after the merges known at analysis
time). Renames and hides are applied when reading, so they cost nothing; a merge is also applied
when reading (rows of the source are shown under the target), and ``ingest.rescore`` re-analyses
the affected articles so their stances are aggregated as one actor. Pages call ``data_version()``
and use it as a cache key: it changes on every write.

This module is the façade the CLI and the dashboard import; the work is done by
``store.db`` (connections, transactions, schema; ``store.sqlite`` and ``store.postgres`` the
two databases), ``store.articles`` (one article's
rows), ``store.frames`` (the DataFrames), ``store.actor_edits`` (the edit log, the
read-time view, ``ActorConfig``), ``store.folding`` and ``store.corrections``. The names
they export that callers use are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

from analysis.errors import Msg
from analysis.readers.fields import clean_field
from analysis.types import ActorKind, ArticleAnalysis, Label
from store import actor_edits as edits_log
from store import corrections, frames, jobs
from store.actor_edits import ActorEdit, ActorView, EditKind, actor_view
from store.aggregates import StanceQuery
from store.articles import (
    CHILD_TABLES,
    DeletedArticle,
    insert_analysis,
    insert_article_row,
    put_rows,
    read_article,
    scorer_of,
    set_metadata,
    take_rows,
)
from store.articles import raw_article as read_raw_article
from store.corrections import CORRECTION_COLUMNS, CORRECTIONS_CSV_COLUMNS
from store.db import (
    BUSY_TIMEOUT_MS,
    DB_ENV,
    DEFAULT_DB,
    MIGRATIONS,
    REPO_ROOT,
    SCHEMA_VERSION,
    Connection,
    Database,
    configured_target,
    migrate,
    open_database,
    open_db,
    read_version,
    write_transaction,
)
from store.frames import DTYPES
from store.jobs import JobView, NewJob

if TYPE_CHECKING:
    from analysis.actors import ActorConfig

__all__ = [
    "BUSY_TIMEOUT_MS",
    "CORRECTIONS_CSV_COLUMNS",
    "CORRECTION_COLUMNS",
    "DB_ENV",
    "DEFAULT_DB",
    "DTYPES",
    "MIGRATIONS",
    "REPO_ROOT",
    "SCHEMA_VERSION",
    "ActorEdit",
    "ActorView",
    "AddResult",
    "DeletedArticle",
    "EditKind",
    "StanceQuery",
    "Store",
    "actor_view",
    "migrate",
]


@dataclass(frozen=True, slots=True)
class AddResult:
    article_id: int
    created: bool  # False when an article with the same content hash was already stored


class Store:
    """Analysed articles in one database, created and migrated when opened.

    ``target`` is a SQLite file path or a ``postgresql://`` URL.
    """

    def __init__(self, target: str | Path) -> None:
        self.db: Database = open_database(target)
        #: The path or URL as given: what ``Store(...)`` needs to open the same store again.
        self.location = self.db.location
        #: The SQLite file, or None for a PostgreSQL store.
        self.path: Path | None = Path(target) if self.db.dialect.name == "sqlite" else None
        self.schema_version = migrate(self.db)

    @classmethod
    def from_env(cls) -> Store:
        """The store at ``$STANCEMAP_DB`` (a path or a ``postgresql://`` URL), or else
        ``data/stancemap.sqlite3`` under the repo root."""
        return cls(configured_target())

    def __repr__(self) -> str:
        return f"Store({self.db.display!r})"

    def close(self) -> None:
        """Release the connection pool (PostgreSQL); the store opens it again when next used."""
        self.db.close()

    def _connection(self) -> AbstractContextManager[Connection]:
        return open_db(self.db)

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
        created: list[tuple[int, ArticleAnalysis]] = []
        with self._connection() as conn, write_transaction(conn):
            for analysis, raw_text in items:
                article_id = insert_article_row(conn, analysis, raw_text)
                if article_id is None:  # stored already (or by a writer that just committed)
                    row = conn.execute("SELECT id FROM articles WHERE content_hash = ?",
                                       (analysis.content_hash,)).fetchone()
                    results.append(AddResult(int(row[0]), created=False))
                    continue
                created.append((article_id, analysis))
                results.append(AddResult(article_id, created=True))
            insert_analysis(conn, created)  # every table once for the whole batch
        return results

    def replace_article(self, article_id: int, analysis: ArticleAnalysis) -> None:
        """Swap a stored article's analysis for a new one (after re-analysis), in one transaction.

        The id, raw text, date added and the user's corrections stay.
        """
        with self._connection() as conn, write_transaction(conn):
            # The UPDATE first: on PostgreSQL it locks the row, so a concurrent delete or replace
            # of the same article waits for this one instead of interleaving with it.
            updated = conn.execute(
                "UPDATE articles SET content_hash = ?, title = ?, outlet = ?, published = ?,"
                " url = ?, text = ?, n_paragraphs = ?, scorer = ? WHERE id = ?",
                (analysis.content_hash, analysis.title, analysis.source, analysis.published,
                 analysis.url, analysis.text, len(analysis.paragraphs), scorer_of(analysis),
                 article_id),
            )
            if updated.rowcount == 0:
                raise KeyError(f"no article {article_id}")
            # children last to first: a stance row's summary triggers read its paragraph
            # (sentiment_bands), so the stances go before the paragraphs
            for table in reversed(CHILD_TABLES):
                conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
            insert_analysis(conn, [(article_id, analysis)])

    def delete_article(self, article_id: int) -> DeletedArticle | None:
        """Remove an article and everything stored about it (paragraphs, stances, corrections).

        Returns every row removed (None when there was no such article): pass it to
        ``restore_article`` to undo the delete. The rows are read in the delete's transaction.
        """
        with self._connection() as conn, write_transaction(conn):
            # The article's row locked first (as replace_article does): on PostgreSQL a
            # concurrent re-analysis of it waits, so the rows read are the rows deleted.
            conn.execute("UPDATE articles SET id = id WHERE id = ?", (article_id,))
            try:
                deleted = take_rows(conn, article_id)
            except KeyError:
                return None
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
        return deleted

    def restore_article(self, deleted: DeletedArticle) -> int:
        """Put a deleted article back, exactly as it was (corrections included); return its id.

        The id is the old one unless an article added since took it. Raises ValueError when
        the same article has been stored again since.
        """
        with self._connection() as conn, write_transaction(conn):
            return put_rows(conn, deleted)

    def set_article_metadata(self, article_id: int, *, title: str | None = None,
                             outlet: str | None = None,
                             published: str | date | None = None) -> None:
        """Set a stored article's title, outlet or publication date (None leaves one as is).

        An empty outlet or date ("") clears it; a title cannot be empty. ``published`` is a
        ``datetime.date`` or a YYYY-MM-DD string. Kept when the article is re-analysed.
        Raises KeyError for an unknown article, ValueError for an empty title or a bad date.
        """
        values: dict[str, str | None] = {}
        # the readers' rule for metadata: one line, no invisible characters (bidi overrides)
        if title is not None:
            values["title"] = clean_field(title)
            if values["title"] is None:
                raise ValueError(Msg.EMPTY_TITLE.value)
        if outlet is not None:
            values["outlet"] = clean_field(outlet)
        if published is not None:
            text = published.isoformat() if isinstance(published, date) else published.strip()
            if text:
                date.fromisoformat(text)  # raises ValueError for anything but YYYY-MM-DD
            values["published"] = text or None
        with self._connection() as conn, write_transaction(conn):
            set_metadata(conn, article_id, values)

    def keep_original_text(self, article_id: int, keep: bool = True) -> None:
        """Record that the article is analysed from its text as uploaded, uncleaned (or, with
        ``keep=False``, cleaned again). Re-analyse it (``ingest.rescore``) for this to show."""
        with self._connection() as conn, write_transaction(conn):
            cur = conn.execute("UPDATE articles SET cleaned = ? WHERE id = ?",
                               (0 if keep else 1, article_id))
            if cur.rowcount == 0:
                raise KeyError(f"no article {article_id}")

    def article_id_for_hash(self, content_hash: str) -> int | None:
        """The id of the stored article with this content hash, or None."""
        with self._connection() as conn:
            row = conn.execute("SELECT id FROM articles WHERE content_hash = ?",
                               (content_hash,)).fetchone()
        return None if row is None else int(row[0])

    def content_hashes(self) -> frozenset[str]:
        """Every stored article's content hash (what a resumed batch skips)."""
        with self._connection() as conn:
            return frozenset(str(r[0]) for r in conn.execute("SELECT content_hash FROM articles"))

    def article_ids(self) -> list[int]:
        with self._connection() as conn:
            return [int(r[0]) for r in conn.execute("SELECT id FROM articles ORDER BY id")]

    def count_articles(self) -> int:
        with self._connection() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def raw_article(self, article_id: int) -> dict[str, str | bool | None]:
        """What re-analysis needs: name, fmt, title, outlet, published, url, raw_text, scorer,
        and ``cleaned`` (False: analyse the raw text uncleaned, the user kept the original)."""
        return read_raw_article(self.db, article_id)

    def article(self, article_id: int, *, apply_edits: bool = True) -> ArticleAnalysis:
        """The stored analysis of one article, rebuilt from the tables (raises KeyError).

        With ``apply_edits`` (the default) actor names are shown as renamed/merged and hidden
        actors are left out, as in the frames; offsets are unchanged.
        """
        return read_article(self.db, article_id, apply_edits=apply_edits)

    def data_version(self) -> int:
        """A number that changes on every write (articles, edits, corrections): a cache key."""
        with self._connection() as conn:
            return read_version(conn)

    # --- frames -----------------------------------------------------------------------------

    def articles_frame(self, *, article_ids: Sequence[int] | None = None) -> pd.DataFrame:
        """One row per article (``ARTICLE_COLUMNS``); PUBLISHED is datetime64, NaT if unknown.
        Each frame has only the rows of ``article_ids`` when given (filtered in SQL)."""
        return frames.articles_frame(self.db, article_ids=article_ids)

    def paragraphs_frame(self, *, article_ids: Sequence[int] | None = None) -> pd.DataFrame:
        """One row per paragraph, columns ``PARAGRAPH_COLUMNS``; SENTIMENT is VADER's compound."""
        return frames.paragraphs_frame(self.db, article_ids=article_ids)

    def stances_frame(self, *, article_ids: Sequence[int] | None = None) -> pd.DataFrame:
        """One row per paragraph x actor, columns ``STANCE_COLUMNS``, actor edits applied.

        Renamed and merged actors appear under their shown name (two merged actors of one
        paragraph are folded into one row until ``ingest.rescore`` re-analyses the article);
        hidden actors are left out. CORRECTED_LABEL is the user's correction, or missing.
        """
        return frames.stances_frame(self.db, article_ids=article_ids)

    def actor_summary(self, query: StanceQuery | None = None) -> pd.DataFrame:
        """Each actor's mean stance, spread, paragraphs and mentions over the rows ``query``
        keeps, computed in the database (``store.aggregates``): the actor comparison's numbers
        without loading the stance rows. Sorted by mean stance, then name."""
        from store.aggregates import actor_summary

        return actor_summary(self.db, query or StanceQuery())

    # --- actor edits ------------------------------------------------------------------------

    def actor_edits(self) -> list[ActorEdit]:
        """Every actor edit, oldest first."""
        with self._connection() as conn:
            return edits_log.load_edits(conn)

    def undo_edit(self, edit_id: int) -> None:
        """Forget one actor edit (a merge or alias undone needs ``ingest.rescore`` to show)."""
        edits_log.undo_edit(self.db, edit_id)

    def rename_actor(self, old: str, new: str) -> None:
        """Show actor ``old`` as ``new`` from now on (applied when reading; no re-analysis)."""
        edits_log.record_edits(self.db, [(EditKind.RENAME, (old, new))])

    def hide_actor(self, name: str) -> None:
        """Leave actor ``name`` out of frames and the reader (applied when reading)."""
        edits_log.record_edits(self.db, [(EditKind.HIDE, (name,))])

    def unhide_actor(self, name: str) -> None:
        edits_log.record_edits(self.db, [(EditKind.UNHIDE, (name,))])

    def set_hidden(self, names: Iterable[str], *, hidden: bool = True) -> None:
        """Hide (or unhide) several actors at once: one edit each, in one transaction."""
        kind = EditKind.HIDE if hidden else EditKind.UNHIDE
        edits_log.record_edits(self.db, [(kind, (name,)) for name in names])

    def undo_last_edits(self, count: int = 1) -> tuple[list[ActorEdit], list[int]]:
        """Forget the ``count`` newest actor edits; return them (newest first) and the ids of
        the articles to re-analyse (``ingest.rescore``) because a merge or alias was undone."""
        return edits_log.undo_last(self.db, count)

    def merge_actors(self, source: str, into: str) -> list[int]:
        """Fold actor ``source`` into ``into``; return the ids of the articles to re-analyse.

        The frames show the merge at once; pass the ids to ``ingest.rescore`` so those articles'
        stances are computed for the merged actor.
        """
        return edits_log.merge_actors(self.db, source, into)

    def add_alias(self, actor: str, alias: str, *, kind: ActorKind | str) -> list[int]:
        """Have ``alias`` count as a mention of ``actor``; return the ids of articles to re-analyse.

        The affected articles are those whose text contains the alias (case-insensitive); pass the
        ids to ``ingest.rescore``.
        """
        return edits_log.add_alias(self.db, actor, alias, kind=kind)

    def actor_aliases(self) -> dict[str, tuple[edits_log.Alias, ...]]:
        """Shown actor name -> the other names it stands for and how each got there: the
        automatic join of a surname or first name, a merge, a rename, or an alias."""
        return edits_log.stored_aliases(self.db)

    def split_actor(self, name: str, actor: str) -> list[int]:
        """Show ``name`` (a stored name or an alias shown under ``actor``) apart from ``actor``
        again; return the ids of the articles to re-analyse (``ingest.rescore``): none for an
        automatic join or a rename, which apply when reading."""
        return edits_log.split_actor(self.db, name, actor)

    def add_actor(self, name: str, *, kind: ActorKind | str) -> None:
        """Look for actor ``name`` (of ``kind``) in articles analysed from now on."""
        edits_log.record_edits(self.db, [(EditKind.ACTOR, (name, str(ActorKind(kind))))])

    def import_actor_config(self, config: ActorConfig) -> list[int]:
        """Record an actors file (``ActorConfig``) as edits, so ``actor_config()`` includes it;
        return the ids of the stored articles to re-analyse (``ingest.rescore``) for its actors,
        aliases and merges to show in them: those were analysed without the file, and the
        read-time view only renames, merges and hides.

        One transaction for the edits; nothing is re-analysed here.
        """
        return edits_log.import_config(self.db, config)

    def actor_config(self) -> ActorConfig:
        """The ``ActorConfig`` the edits amount to (for analysis and for export).

        Names the user typed are shown names; they are translated back to the names the pipeline
        produces, so merges and aliases given after a rename still apply.
        """
        return edits_log.actor_config(self.actor_edits())

    # --- jobs (store.jobs; a worker runs them: store.worker, store.pool) ---------------------

    def enqueue(self, batch: str, new_jobs: Sequence[NewJob]) -> list[int]:
        """Queue analysis jobs under ``batch`` (``jobs.new_batch()``); their ids."""
        return jobs.enqueue(self.db, batch, new_jobs)

    def batch_jobs(self, batch: str) -> list[JobView]:
        return jobs.batch_jobs(self.db, batch)

    def recent_jobs(self, *, limit: int = 50) -> list[JobView]:
        return jobs.recent_jobs(self.db, limit=limit)

    def pending_jobs(self, *, batch: str | None = None) -> int:
        """Jobs queued or running (of ``batch``, if given)."""
        return jobs.pending(self.db, batch=batch)

    # --- corrections ------------------------------------------------------------------------

    def add_correction(self, article_id: int, paragraph: int, actor: str,
                       label: Label | str) -> None:
        """Record the user's label for ``actor``'s stance in one paragraph (replacing any earlier).

        ``actor`` is the name shown; it is stored under the name the analysis uses.
        """
        corrections.add_correction(self.db, article_id, paragraph, actor, label)

    def corrections_for(self, article_id: int) -> dict[int, dict[str, str]]:
        """One article's corrections: paragraph -> {shown actor name: label} (for the reader)."""
        return corrections.corrections_for(self.db, article_id)

    def delete_correction(self, article_id: int, paragraph: int, actor: str) -> None:
        corrections.delete_correction(self.db, article_id, paragraph, actor)

    def corrections_frame(self, *, query: StanceQuery | None = None,
                          latest: int | None = None) -> pd.DataFrame:
        """One row per correction, columns ``CORRECTION_COLUMNS``, with the paragraph text.

        STANCE and STANCE_LABEL are what the analysis said (missing if the actor has no stance
        there any more); CORRECTED_LABEL is the user's label; ADDED when it was made. With
        ``query``, only those its article, actor and search filters keep (in SQL); with
        ``latest``, the ``latest`` newest of them, newest first.
        """
        return corrections.corrections_frame(self.db, query=query, latest=latest)

    def count_corrections(self, *, query: StanceQuery | None = None) -> int:
        return corrections.count_corrections(self.db, query=query)

    def corrections_csv(self) -> str:
        """The corrections as CSV ``text,actor,label``, the input of ``train-stance --csv``.

        ``text`` is the paragraph; ``actor`` is how the paragraph names the actor (its first
        mention that is not a pronoun), because training finds the actor in the text by that
        string; the actor's name is used when no mention is stored.
        """
        return corrections.corrections_csv(self.db)
