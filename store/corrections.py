"""Corrections: the user's own stance labels for an actor in a paragraph.

Corrections are keyed by the stored actor name, so they survive renames and re-analysis; they are
shown under the name the actor edits give (``store.actor_edits``). They feed the
corrections page (``corrections_frame``) and stance training (``corrections_csv``, the input of
``python -m analysis train-stance --csv``).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.export import csv_text
from analysis.types import Label
from store.actor_edits import ActorView, current_view
from store.db import Database, Dialect, now, open_db, read_snapshot, write_transaction
from store.frames import records_frame, to_time, typed
from store.schema import Col
from store.stance_rows import StanceQuery, article_filters, paragraph_filters

#: Columns of ``corrections_frame``; ADDED is when the correction was made.
CORRECTION_COLUMNS = (Col.ARTICLE_ID, Col.TITLE, Col.PARAGRAPH, Col.ACTOR, Col.TEXT, Col.STANCE,
                      Col.STANCE_LABEL, Col.CORRECTED_LABEL, Col.ADDED)

#: Columns of ``corrections_csv``: what ``python -m analysis train-stance --csv`` reads.
CORRECTIONS_CSV_COLUMNS = ("text", "actor", "label")

_CORRECTIONS_CSV_SQL = """
    SELECT p.text, c.actor, c.label,
           (SELECT m.text FROM mentions AS m
            WHERE m.article_id = c.article_id AND m.paragraph = c.paragraph AND m.actor = c.actor
            ORDER BY m.via = 'pronoun', m.idx LIMIT 1)
    FROM corrections AS c
    JOIN paragraphs AS p ON p.article_id = c.article_id AND p.paragraph = c.paragraph
    ORDER BY c.created, c.article_id, c.paragraph, c.actor
"""


def add_correction(db: Database, article_id: int, paragraph: int, actor: str,
                   label: Label | str) -> None:
    """Record the user's label for ``actor``'s stance in one paragraph (replacing any earlier).

    ``actor`` is the name shown; it is stored under the name the analysis uses.
    """
    label = Label(label)
    with open_db(db) as conn, write_transaction(conn, exclusive=True):
        found = conn.execute("SELECT 1 FROM paragraphs WHERE article_id = ? AND paragraph = ?",
                             (article_id, paragraph)).fetchone()
        if found is None:
            raise KeyError(f"no paragraph {paragraph} in article {article_id}")
        stored = [r[0] for r in conn.execute(
            "SELECT actor FROM stances WHERE article_id = ? AND paragraph = ?",
            (article_id, paragraph))]
        view = current_view(conn)
        names = [s for s in stored if view.show(s) == actor] or [actor]
        conn.executemany(
            "INSERT INTO corrections (article_id, paragraph, actor, label, created)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (article_id, paragraph, actor)"
            " DO UPDATE SET label = excluded.label, created = excluded.created",
            [(article_id, paragraph, name, str(label), now()) for name in names],
        )

def corrections_for(db: Database, article_id: int) -> dict[int, dict[str, str]]:
    """One article's corrections: paragraph -> {shown actor name: label} (for the reader)."""
    with open_db(db) as conn, read_snapshot(conn):
        rows = conn.execute(
            "SELECT paragraph, actor, label FROM corrections WHERE article_id = ?"
            " ORDER BY created", (article_id,)).fetchall()
        view = current_view(conn)
    out: dict[int, dict[str, str]] = {}
    for paragraph, actor, label in rows:
        out.setdefault(paragraph, {})[view.show(actor)] = label
    return out

def delete_correction(db: Database, article_id: int, paragraph: int, actor: str) -> None:
    with open_db(db) as conn, write_transaction(conn, exclusive=True):
        stored = [r[0] for r in conn.execute(
            "SELECT actor FROM corrections WHERE article_id = ? AND paragraph = ?",
            (article_id, paragraph))]
        view = current_view(conn)
        conn.executemany(
            "DELETE FROM corrections WHERE article_id = ? AND paragraph = ? AND actor = ?",
            [(article_id, paragraph, s) for s in stored if view.show(s) == actor])

# Each correction (``s``) with its article (``a``) and paragraph (``p``): the rows the filters of
# ``_kept_corrections`` read, named as ``store.stance_rows`` names them.
_CORRECTED_PARAGRAPHS = (
    "corrections AS s JOIN articles AS a ON a.id = s.article_id"
    " JOIN paragraphs AS p ON p.article_id = s.article_id AND p.paragraph = s.paragraph")
# Oldest first is the export's order; a page lists the newest first, under a cap.
_OLDEST_FIRST = "s.created, s.article_id, s.paragraph, s.actor"
_NEWEST_FIRST = "s.created DESC, s.article_id DESC, s.paragraph DESC, s.actor DESC"


def corrections_frame(db: Database, *, query: StanceQuery | None = None,
                      latest: int | None = None) -> pd.DataFrame:
    """One row per correction, columns ``CORRECTION_COLUMNS``, with the paragraph text.

    STANCE and STANCE_LABEL are what the analysis said (missing if the actor has no stance
    there any more); CORRECTED_LABEL is the user's label; ADDED when it was made. Oldest
    first; with ``latest``, only the ``latest`` newest, newest first (what a page lists).

    With ``query``, only the corrections its filters keep, in SQL: the article's id, outlet and
    date, the actors (shown names) and the search in the paragraph's text. The paragraph's
    position and sentiment and the stance range are not applied: a correction is the user's
    label, listed so it can be found and deleted.
    """
    with open_db(db) as conn, read_snapshot(conn):
        view = current_view(conn)
        where, params = _kept_corrections(query, conn.dialect, view)
        order = _OLDEST_FIRST
        if latest is not None:
            order = f"{_NEWEST_FIRST} LIMIT ?"
            params.append(latest)
        frame = records_frame(conn.execute(
            "SELECT s.article_id, a.title, s.paragraph, s.actor, p.text, st.score, st.label,"
            f" s.label, s.created FROM {_CORRECTED_PARAGRAPHS}"
            " LEFT JOIN stances AS st ON st.article_id = s.article_id"
            "  AND st.paragraph = s.paragraph AND st.actor = s.actor"
            f" WHERE {' AND '.join(where) or '1 = 1'}"
            f" ORDER BY {order}", params),
            CORRECTION_COLUMNS)
    if view.shown and len(frame):
        frame[Col.ACTOR] = frame[Col.ACTOR].replace(dict(view.shown))
    frame[Col.ADDED] = to_time(frame[Col.ADDED])
    return typed(frame, CORRECTION_COLUMNS)


def _kept_corrections(query: StanceQuery | None, dialect: Dialect, view: ActorView
                      ) -> tuple[list[str], list[Any]]:
    if query is None:
        return [], []
    where, params = article_filters(StanceQuery(
        articles=query.articles, outlets=query.outlets, date_from=query.date_from,
        date_to=query.date_to, include_undated=query.include_undated), row="s")
    searched, more = paragraph_filters(StanceQuery(search=query.search), dialect)
    where.extend(searched)
    params.extend(more)
    if query.actors:  # stored under the names shown as the picked ones
        stored = sorted({n for a in query.actors for n in view.stored_as(a)})
        where.append(f"s.actor IN ({', '.join('?' * len(stored))})")
        params.extend(stored)
    return where, params


def count_corrections(db: Database, *, query: StanceQuery | None = None) -> int:
    """How many corrections there are; with ``query``, how many its filters keep."""
    with open_db(db) as conn, read_snapshot(conn):
        where, params = _kept_corrections(query, conn.dialect, current_view(conn))
        if not where:
            return int(conn.execute("SELECT COUNT(*) FROM corrections").fetchone()[0])
        return int(conn.execute(f"SELECT COUNT(*) FROM {_CORRECTED_PARAGRAPHS}"
                                f" WHERE {' AND '.join(where)}", params).fetchone()[0])


def corrections_csv(db: Database) -> str:
    """The corrections as CSV ``text,actor,label``, the input of ``train-stance --csv``.

    ``text`` is the paragraph; ``actor`` is how the paragraph names the actor (its first
    mention that is not a pronoun), because training finds the actor in the text by that
    string; the actor's name is used when no mention is stored.
    """
    with open_db(db) as conn:
        rows = conn.execute(_CORRECTIONS_CSV_SQL).fetchall()
    records = [dict(zip(CORRECTIONS_CSV_COLUMNS, (text, surface or actor, label), strict=True))
               for text, actor, label, surface in rows]
    return csv_text(CORRECTIONS_CSV_COLUMNS, records)
