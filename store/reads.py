"""Small reads for the dashboard's pages: what a page shows, never a whole table.

At 10^5 articles and ~10^7 stance rows a page cannot load the frames (``store.frames``) to draw
a sidebar or show the paragraphs behind a click. So:

* the sidebar's choices (outlets, shown actor names, the date span) are a few aggregate queries;
* article choices are a bounded list: the newest ``limit`` articles passing the article
  filters, or those whose title contains what the user typed, plus titles looked up by id;
* the paragraphs behind a chart click are found in SQL (the sidebar's ``StanceQuery`` through
  ``store.aggregates._row_filters``, the one filter-to-SQL rule, plus the picks), counted, and
  only the first ``limit`` are read, through the frames' own functions for those few articles,
  so a row shows exactly what the frames would show (edits, folding, corrections applied).

Every value is a parameter; SQL text is put together from the fixed fragments below only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd

from store import frames
from store.actor_edits import ActorView, actor_view, load_edits
from store.aggregates import FULL_SCALE, StanceQuery, _refolded_rows, _row_filters
from store.db import Connection, Database, open_db, read_snapshot
from store.frames import LABEL_SCORES
from store.schema import STANCE_COLUMNS, Col
from store.search import like_contains

#: Article choices offered at once (the newest, or the titles matching what was typed).
ARTICLE_CHOICES = 100
#: Paragraphs read for one drill-down (the caption says how many there are in all).
ROWS_BEHIND = 50


@dataclass(frozen=True, slots=True)
class DateSpan:
    first: date | None
    last: date | None
    undated: int  # articles without a publication date


@dataclass(frozen=True, slots=True, kw_only=True)
class Pick:
    """One clicked mark: the rows it stands for. Unset fields match anything."""

    actor: str | None = None  # a shown name
    article_id: int | None = None
    outlet: str | None = None
    no_outlet: bool = False  # the articles without an outlet
    published_from: date | None = None  # inclusive
    published_before: date | None = None  # exclusive


@dataclass(frozen=True, slots=True)
class Behind:
    """The first rows behind a selection, and how many there are in all."""

    rows: pd.DataFrame
    total: int


def _marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


def _undated_sql(alias: str) -> str:
    return f"({alias}.published IS NULL OR {alias}.published = '')"


def _as_date(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10])
    except ValueError:
        return None


# --- the sidebar -------------------------------------------------------------------------------

def outlets(db: Database) -> list[str]:
    """The stored outlets, sorted (articles without one are not an outlet)."""
    with open_db(db) as conn:
        rows = conn.execute("SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL")
        return sorted(str(r[0]) for r in rows.fetchall())


def shown_actors(db: Database) -> list[str]:
    """The actor names the frames show (actor edits applied, hidden ones out), sorted."""
    with open_db(db) as conn, read_snapshot(conn):
        stored = [str(r[0]) for r in conn.execute("SELECT DISTINCT actor FROM stances")]
        view = actor_view(load_edits(conn), stored)
    return sorted({view.show(n) for n in stored} - view.hidden)


def date_span(db: Database) -> DateSpan:
    """The first and last publication date, and how many articles have none."""
    with open_db(db) as conn, read_snapshot(conn):
        first, last = conn.execute(
            "SELECT MIN(published), MAX(published) FROM articles AS a"
            f" WHERE NOT {_undated_sql('a')}").fetchone()
        undated = conn.execute(
            f"SELECT COUNT(*) FROM articles AS a WHERE {_undated_sql('a')}").fetchone()[0]
    return DateSpan(first=_as_date(first) if first else None,
                    last=_as_date(last) if last else None, undated=int(undated))


# --- article choices ---------------------------------------------------------------------------

def _article_level(query: StanceQuery) -> StanceQuery:
    """Only the filters an article passes or fails as a whole (its id, outlet and date)."""
    return StanceQuery(articles=query.articles, outlets=query.outlets, date_from=query.date_from,
                       date_to=query.date_to, include_undated=query.include_undated)


# The articles as the stance rows of ``_row_filters`` see them: ``s`` holds the article id.
_ARTICLES_AS_ROWS = "(SELECT id AS article_id FROM articles) AS s JOIN articles AS a" \
                    " ON a.id = s.article_id"


def article_choices(db: Database, query: StanceQuery | None = None, *, title: str = "",
                    limit: int = ARTICLE_CHOICES) -> dict[int, str]:
    """Up to ``limit`` articles (id -> title), newest first, that pass the article filters of
    ``query`` (its ids, outlets and dates) and whose title contains ``title`` (any case)."""
    with open_db(db) as conn:
        where, params = _row_filters(_article_level(query or StanceQuery()), conn.dialect)
        if title.strip():
            where.append(f"a.title {conn.dialect.like} ? ESCAPE '\\'")
            params.append(like_contains(title.strip()))
        rows = conn.execute(
            f"SELECT a.id, a.title FROM {_ARTICLES_AS_ROWS}"
            f" WHERE {' AND '.join(where) or '1 = 1'} ORDER BY a.id DESC LIMIT ?",
            [*params, int(limit)]).fetchall()
    return {int(i): str(t) for i, t in rows}


def titles_of(db: Database, article_ids: Sequence[int]) -> dict[int, str]:
    """The titles of those of ``article_ids`` that are stored (id -> title, in id order)."""
    ids = sorted({int(i) for i in article_ids})
    if not ids:
        return {}
    with open_db(db) as conn:
        rows = conn.execute(f"SELECT id, title FROM articles WHERE id IN ({_marks(ids)})"
                            " ORDER BY id", ids).fetchall()
    return {int(i): str(t) for i, t in rows}


def article_ids(db: Database, query: StanceQuery | None = None) -> list[int]:
    """The ids of the articles passing the article filters of ``query``, in id order (ints
    only: for reading the filtered rows an article batch at a time)."""
    with open_db(db) as conn:
        where, params = _row_filters(_article_level(query or StanceQuery()), conn.dialect)
        rows = conn.execute(f"SELECT a.id FROM {_ARTICLES_AS_ROWS}"
                            f" WHERE {' AND '.join(where) or '1 = 1'} ORDER BY a.id", params)
        return [int(r[0]) for r in rows.fetchall()]


# --- the rows behind a chart click -------------------------------------------------------------

def _kept_stances(conn: Connection, query: StanceQuery, view: ActorView
                  ) -> tuple[str, list[Any]]:
    """CTEs ending in ``kept``: one row per stance row the filters keep, under its shown name
    (``article_id, paragraph, actor, mentions, outlet, published``), and the parameters.

    As in the frames, a corrected row's score is its label's (``store.frames.LABEL_SCORES``),
    and the rows ``store.folding`` re-aggregates for a read-time merge stand in for the stored
    rows of their article and shown name (``store.aggregates._refolded_rows``).
    """
    params: list[Any] = []  # in the order of their ``?`` in the text
    pairs = sorted(view.shown.items())
    # a first row that matches nothing: VALUES needs one, and it fixes the columns' type
    values = ", ".join(["(CAST(NULL AS TEXT), CAST(NULL AS TEXT))",
                        *["(CAST(? AS TEXT), CAST(? AS TEXT))"] * len(pairs)])
    for stored, name in pairs:
        params.extend((stored, name))
    refolded = _refolded_rows(conn, view)
    refold_cte = ""
    if refolded:
        row = ("(CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS TEXT),"
               " CAST(? AS DOUBLE PRECISION), CAST(? AS INTEGER))")
        refold_cte = (" refolded (article_id, paragraph, actor, score, mentions) AS"
                      f" (VALUES {', '.join([row] * len(refolded))}),")
        for values_row in refolded:
            params.extend(values_row)
    scores = " ".join("WHEN ? THEN CAST(? AS DOUBLE PRECISION)" for _ in LABEL_SCORES)
    for label, score in sorted(LABEL_SCORES.items()):
        params.extend((label, score))
    source = (" src AS (SELECT s.article_id, s.paragraph, COALESCE(m.name, s.actor) AS actor,"
              f" s.mentions, CASE c.label {scores} ELSE s.score END AS score"
              " FROM stances AS s LEFT JOIN shown AS m ON m.stored = s.actor"
              " LEFT JOIN corrections AS c ON c.article_id = s.article_id"
              " AND c.paragraph = s.paragraph AND c.actor = s.actor")
    if refolded:
        source += (" WHERE NOT EXISTS (SELECT 1 FROM refolded AS r"
                   " WHERE r.article_id = s.article_id AND r.actor = COALESCE(m.name, s.actor))"
                   " UNION ALL SELECT article_id, paragraph, actor, mentions, score"
                   " FROM refolded")
    source += "),"
    where, row_params = _row_filters(query, conn.dialect)
    params.extend(row_params)
    after: list[str] = []
    if view.hidden:
        after.append(f"actor NOT IN ({_marks(sorted(view.hidden))})")
        params.extend(sorted(view.hidden))
    if query.actors:
        after.append(f"actor IN ({_marks(query.actors)})")
        params.extend(query.actors)
    if query.stance != FULL_SCALE:
        after.append("score BETWEEN ? AND ?")
        params.extend(query.stance)
    sql = (
        f"shown (stored, name) AS (VALUES {values}),{refold_cte}{source}"
        " scored AS (SELECT s.article_id, s.paragraph, s.actor, s.mentions, s.score,"
        " a.outlet, a.published FROM src AS s JOIN articles AS a ON a.id = s.article_id"
        f" WHERE {' AND '.join(where) or '1 = 1'}),"
        " kept AS (SELECT article_id, paragraph, actor, mentions, outlet, published FROM scored"
        f" WHERE {' AND '.join(after) or '1 = 1'})")
    if query.min_mentions > 1:  # an actor's mentions over all the kept rows, as the frames count
        sql += ", busy AS (SELECT actor FROM kept GROUP BY actor HAVING SUM(mentions) >= ?)"
        params.append(query.min_mentions)
    return sql, params


def _pick_sql(pick: Pick, *, stances: bool) -> tuple[str, list[Any]]:
    """One pick as a condition on ``kept``'s columns (``k``), and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if pick.actor is not None and stances:
        parts.append("k.actor = ?")
        params.append(pick.actor)
    if pick.article_id is not None:
        parts.append("k.article_id = ?")
        params.append(int(pick.article_id))
    if pick.no_outlet:
        parts.append("k.outlet IS NULL")
    elif pick.outlet is not None:
        parts.append("k.outlet = ?")
        params.append(pick.outlet)
    if pick.published_from is not None:
        parts.append("k.published >= ?")
        params.append(pick.published_from.isoformat())
    if pick.published_before is not None:
        parts.append("k.published < ?")
        params.append(pick.published_before.isoformat())
    return f"({' AND '.join(parts) or '1 = 1'})", params


def _picked(picks: Sequence[Pick], *, stances: bool) -> tuple[str, list[Any]]:
    sqls, params = [], []
    for pick in picks:
        sql, more = _pick_sql(pick, stances=stances)
        sqls.append(sql)
        params.extend(more)
    return f"({' OR '.join(sqls)})", params


def _first_keys(conn: Connection, sql: str, params: list[Any], limit: int
                ) -> tuple[list[tuple[Any, ...]], int]:
    """The first ``limit`` rows of ``sql`` (keys, then a total column), and the total."""
    rows = conn.execute(f"{sql} LIMIT ?", [*params, int(limit)]).fetchall()
    return [tuple(r[:-1]) for r in rows], (int(rows[0][-1]) if rows else 0)


def stances_behind(db: Database, query: StanceQuery, picks: Sequence[Pick], *,
                   limit: int = ROWS_BEHIND) -> Behind:
    """The stance rows behind ``picks`` (any of them) among those ``query`` keeps, with their
    paragraph's text and sentiment: the newest articles' first, at most ``limit``, and the
    number of rows in all. Columns: ``STANCE_COLUMNS`` + TEXT + SENTIMENT."""
    if not picks:
        return Behind(_empty_behind(), 0)
    with open_db(db) as conn, read_snapshot(conn):
        view = actor_view(load_edits(conn), ())
        kept, params = _kept_stances(conn, query, view)
        condition, pick_params = _picked(picks, stances=True)
        busy = " AND k.actor IN (SELECT actor FROM busy)" if query.min_mentions > 1 else ""
        keys, total = _first_keys(
            conn,
            f"WITH {kept}, hit AS (SELECT DISTINCT k.article_id, k.paragraph, k.actor"
            f" FROM kept AS k WHERE {condition}{busy})"
            " SELECT article_id, paragraph, actor, COUNT(*) OVER () FROM hit"
            " ORDER BY article_id DESC, paragraph, actor",
            [*params, *pick_params], limit)
    if not keys:
        return Behind(_empty_behind(), total)
    ids = sorted({int(k[0]) for k in keys})
    stances = frames.stances_frame(db, article_ids=ids)
    paragraphs = frames.paragraphs_frame(db, article_ids=ids)
    wanted = pd.DataFrame(keys, columns=[Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR]).astype(
        {Col.ARTICLE_ID: "int64", Col.PARAGRAPH: "int64", Col.ACTOR: "str"})
    rows = wanted.merge(stances, on=[Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR], how="inner")
    rows = rows.merge(paragraphs[[Col.ARTICLE_ID, Col.PARAGRAPH, Col.TEXT, Col.SENTIMENT]],
                      on=[Col.ARTICLE_ID, Col.PARAGRAPH], how="inner")
    return Behind(rows[[*stances.columns, Col.TEXT, Col.SENTIMENT]], total)


def paragraphs_behind(db: Database, query: StanceQuery, picks: Sequence[Pick], *,
                      limit: int = ROWS_BEHIND) -> Behind:
    """The paragraphs behind ``picks`` (their article, outlet or dates; actors are stance rows'
    and ignored here) among those ``query`` keeps: the newest articles' first, at most
    ``limit``, and how many in all. Columns: ``PARAGRAPH_COLUMNS``.

    When the actor, stance or mention filters are set, a paragraph needs a stance row they
    keep, as ``dashboard.filters.apply_paragraphs`` has it.
    """
    if not picks:
        return Behind(frames.paragraphs_frame(db, article_ids=()), 0)
    limits_stances = bool(query.actors) or query.stance != FULL_SCALE or query.min_mentions > 1
    with open_db(db) as conn, read_snapshot(conn):
        condition, pick_params = _picked(picks, stances=False)
        if limits_stances:
            view = actor_view(load_edits(conn), ())
            kept, params = _kept_stances(conn, query, view)
            busy = " AND k.actor IN (SELECT actor FROM busy)" if query.min_mentions > 1 else ""
            sql = (f"WITH {kept}, hit AS (SELECT DISTINCT k.article_id, k.paragraph"
                   f" FROM kept AS k WHERE {condition}{busy})")
        else:  # the paragraphs of any stance row are those of ``paragraphs``: read them whole
            where, params = _row_filters(query, conn.dialect)
            sql = ("WITH hit AS (SELECT s.article_id, s.paragraph FROM (SELECT article_id,"
                   " paragraph FROM paragraphs) AS s JOIN (SELECT id AS article_id, outlet,"
                   " published FROM articles) AS k ON k.article_id = s.article_id"
                   " JOIN articles AS a ON a.id = s.article_id"
                   f" WHERE {' AND '.join(where) or '1 = 1'} AND {condition})")
        keys, total = _first_keys(
            conn, f"{sql} SELECT article_id, paragraph, COUNT(*) OVER () FROM hit"
                  " ORDER BY article_id DESC, paragraph", [*params, *pick_params], limit)
    ids = sorted({int(k[0]) for k in keys})
    paragraphs = frames.paragraphs_frame(db, article_ids=ids)
    wanted = pd.DataFrame(keys, columns=[Col.ARTICLE_ID, Col.PARAGRAPH]).astype("int64")
    rows = wanted.merge(paragraphs, on=[Col.ARTICLE_ID, Col.PARAGRAPH], how="inner")
    return Behind(rows[list(paragraphs.columns)], total)


def _empty_behind() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=frames.DTYPES[c])
                         for c in (*STANCE_COLUMNS, Col.TEXT, Col.SENTIMENT)})


def busy_actors(db: Database, query: StanceQuery) -> list[str]:
    """The shown actors with at least ``query.min_mentions`` mentions over the rows ``query``
    keeps (the minimum counts all of them, so a reader of a few articles needs this list)."""
    with open_db(db) as conn, read_snapshot(conn):
        kept, params = _kept_stances(conn, replace(query, min_mentions=1), view=actor_view(
            load_edits(conn), ()))
        rows = conn.execute(f"WITH {kept} SELECT actor FROM kept GROUP BY actor"
                            " HAVING SUM(mentions) >= ? ORDER BY actor",
                            [*params, query.min_mentions]).fetchall()
    return [str(r[0]) for r in rows]
