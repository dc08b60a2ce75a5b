"""Small reads for the dashboard's pages: what a page shows, never a whole table.

At 10^5 articles and ~10^7 stance rows a page cannot load the frames (``store.frames``) to draw
a sidebar or show the paragraphs behind a click. So:

* the sidebar's choices (outlets, the date span, how many actors are shown, the names holding
  the words typed) are a few aggregate queries;
* article choices are a bounded list: the newest ``limit`` articles passing the article
  filters, or those whose title contains what the user typed, plus titles looked up by id;
* the paragraphs behind a chart click are found in SQL (the sidebar's ``StanceQuery`` through
  ``store.stance_rows``, the one rule for which rows the filters keep, plus the picks), counted,
  and only the first ``limit`` are read, through the frames' own functions for those few
  articles, so a row shows exactly what the frames show (edits, folding, corrections applied).

Every value is a parameter; SQL text is put together from the fixed fragments below only.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

import pandas as pd

from store import frames
from store.actor_edits import ActorView, current_view
from store.db import Connection, Database, in_chunks, open_db, read_snapshot
from store.schema import STANCE_COLUMNS, Col
from store.search import like_contains
from store.stance_rows import (
    StanceQuery,
    article_filters,
    kept_sql,
    marks,
    paragraphs_sql,
    read_edits,
)
from store.summary_sql import ACTOR_TOTALS

#: Article choices offered at once (the newest, or the titles matching what was typed).
ARTICLE_CHOICES = 100
#: Actor choices offered at once (the busiest, or the names matching what was typed).
ACTOR_CHOICES = 200
#: Corrections listed (and offered for deletion) at once: the newest that pass the filters.
CORRECTIONS_SHOWN = 500
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


# The sidebar offers the busiest actors, or those whose name holds the words typed; it needs how
# many actors are shown and whether those its widgets hold still are. Each is a count or a search
# in SQL plus the view's few moved and hidden names: every shown name, read, mapped and sorted
# for each data version (126,784 names at 7.5 * 10^4 articles), cost 0.2 s warm and 0.8 s cold,
# before the first chart and after every write, and was pickled in and out of the page's cache.

_STORED_ACTORS = f"SELECT actor FROM {ACTOR_TOTALS.table} WHERE n > 0"


def names_with(names: Iterable[str], words: str, *, limit: int) -> list[str]:
    """The first ``limit`` of ``names`` holding every word of ``words``, in any case, anywhere
    (so "lind" finds "Ada Lindqvist")."""
    wanted = words.casefold().split()
    return [n for n in names if all(w in n.casefold() for w in wanted)][:limit]


def _stored_among(conn: Connection, names: Iterable[str]) -> set[str]:
    """Those of ``names`` that are stored actor names with a stance row."""
    found = set()
    for part in in_chunks(sorted(set(names))):
        found.update(str(r[0]) for r in conn.execute(
            f"{_STORED_ACTORS} AND actor IN ({marks(part)})", part).fetchall())
    return found


def _shown_of(conn: Connection, view: ActorView, names: Iterable[str]) -> set[str]:
    """Those of the shown ``names`` the frames show: a stored name with a stance row is shown as
    itself unless ``view`` moves it, else as where it moves it; hidden names are not shown."""
    wanted = set(names) - view.hidden
    moved_in = [s for s, shown in view.shown.items() if shown in wanted]
    present = _stored_among(conn, wanted | set(moved_in))
    return ({n for n in wanted if n in present and n not in view.shown}
            | {view.shown[s] for s in moved_in if s in present})


def shown_actor_count(db: Database) -> int:
    """How many actor names the frames show (actor edits applied, hidden ones out)."""
    with open_db(db) as conn, read_snapshot(conn):
        stored = int(conn.execute(f"SELECT COUNT(*) FROM ({_STORED_ACTORS}) AS stored")
                     .fetchone()[0])
        view = current_view(conn)
        present = _stored_among(conn, {*view.shown, *view.shown.values(), *view.hidden})
    moved = {s for s in view.shown if s in present}  # stored names shown under another name

    def as_itself(name: str) -> bool:
        return name in present and name not in view.shown

    targets = {view.shown[s] for s in moved}
    shown = stored - len(moved) + sum(1 for t in targets if not as_itself(t))
    return shown - sum(1 for h in view.hidden if as_itself(h) or h in targets)


def shown_actors_named(db: Database, words: str, *, limit: int) -> list[str]:
    """The first ``limit`` shown actor names, sorted, holding every word of ``words``
    (``names_with``). The database narrows the stored names by each word (its case-insensitive
    LIKE: on SQLite, letters outside ASCII match only in the case typed)."""
    with open_db(db) as conn, read_snapshot(conn):
        where, params = [], []
        for word in words.split():
            where.append(f"actor {conn.dialect.like} ? ESCAPE '\\'")
            params.append(like_contains(word))
        matched = [str(r[0]) for r in conn.execute(
            " AND ".join([_STORED_ACTORS, *where]), params).fetchall()]
        view = current_view(conn)
        # a name moved under one with the words is found whatever its own name says
        into = names_with(sorted(set(view.shown.values())), words, limit=len(view.shown))
        shown = {view.show(n) for n in matched} - view.hidden | _shown_of(conn, view, into)
    return names_with(sorted(shown), words, limit=limit)


def shown_among(db: Database, names: Collection[str]) -> set[str]:
    """Which of ``names`` (shown names, the ones a widget holds) the frames show now."""
    if not names:
        return set()
    with open_db(db) as conn, read_snapshot(conn):
        return _shown_of(conn, current_view(conn), names)


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


# The articles as ``store.stance_rows.article_filters`` sees rows: ``s`` holds the article id.
_ARTICLES_AS_ROWS = "(SELECT id AS article_id FROM articles) AS s JOIN articles AS a" \
                    " ON a.id = s.article_id"


def article_choices(db: Database, query: StanceQuery | None = None, *, title: str = "",
                    limit: int | None = None) -> dict[int, str]:
    """Up to ``limit`` (``ARTICLE_CHOICES``) articles (id -> title), newest first, that pass the
    article filters of ``query`` (its ids, outlets and dates) and whose title contains
    ``title`` (any case)."""
    limit = limit or ARTICLE_CHOICES
    with open_db(db) as conn:
        where, params = article_filters(_article_level(query or StanceQuery()), row="s")
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
        rows = conn.execute(f"SELECT id, title FROM articles WHERE id IN ({marks(ids)})"
                            " ORDER BY id", ids).fetchall()
    return {int(i): str(t) for i, t in rows}


def article_ids(db: Database, query: StanceQuery | None = None) -> list[int]:
    """The ids of the articles passing the article filters of ``query``, in id order (ints
    only: for reading the filtered rows an article batch at a time)."""
    with open_db(db) as conn:
        where, params = article_filters(_article_level(query or StanceQuery()), row="s")
        rows = conn.execute(f"SELECT a.id FROM {_ARTICLES_AS_ROWS}"
                            f" WHERE {' AND '.join(where) or '1 = 1'} ORDER BY a.id", params)
        return [int(r[0]) for r in rows.fetchall()]


# --- the rows behind a chart click -------------------------------------------------------------

def _pick_sql(pick: Pick, *, stances: bool) -> tuple[str, list[Any]]:
    """One pick as a condition on the row (``k``) and its article (``a``), and its parameters."""
    parts: list[str] = []
    params: list[Any] = []
    if pick.actor is not None and stances:
        parts.append("k.actor = ?")
        params.append(pick.actor)
    if pick.article_id is not None:
        parts.append("k.article_id = ?")
        params.append(int(pick.article_id))
    if pick.no_outlet:
        parts.append("a.outlet IS NULL")
    elif pick.outlet is not None:
        parts.append("a.outlet = ?")
        params.append(pick.outlet)
    if pick.published_from is not None:
        parts.append("a.published >= ?")
        params.append(pick.published_from.isoformat())
    if pick.published_before is not None:
        parts.append("a.published < ?")
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


def _narrowed(query: StanceQuery, picks: Sequence[Pick]) -> StanceQuery | None:
    """``query`` kept to the picks' actors when every pick names one: the same rows behind
    them (an actor's minimum mentions are its own sum), read through the index on the
    actor instead of a scan of every stance row; None when no picked actor passes."""
    actors = {p.actor for p in picks}
    if None in actors:
        return query
    kept = tuple(sorted(a for a in actors if a is not None
                        and (not query.actors or a in query.actors)))
    return replace(query, actors=kept) if kept else None


def stances_behind(db: Database, query: StanceQuery, picks: Sequence[Pick], *,
                   limit: int = ROWS_BEHIND) -> Behind:
    """The stance rows behind ``picks`` (any of them) among those ``query`` keeps
    (``store.stance_rows.kept_sql``), with their paragraph's text and sentiment: the newest
    articles' first, at most ``limit``, and the number of rows in all. Columns:
    ``STANCE_COLUMNS`` + TEXT + SENTIMENT."""
    narrowed = _narrowed(query, picks)
    if narrowed is None:
        return Behind(_empty_behind(), 0)
    with open_db(db) as conn, read_snapshot(conn):
        prefix, params = kept_sql(narrowed, conn.dialect, read_edits(conn))
        condition, pick_params = _picked(picks, stances=True)
        keys, total = _first_keys(
            conn,
            f"{prefix} SELECT k.article_id, k.paragraph, k.actor, COUNT(*) OVER ()"
            f" FROM kept AS k JOIN articles AS a ON a.id = k.article_id WHERE {condition}"
            " ORDER BY k.article_id DESC, k.paragraph, k.actor",
            [*params, *pick_params], limit)
    return Behind(_stance_rows(db, keys), total)


def _stance_rows(db: Database, keys: Sequence[tuple[Any, ...]]) -> pd.DataFrame:
    """The stance rows of ``keys`` (article id, paragraph, shown actor), in their order, with
    their paragraph's text and sentiment, as the frames show them (edits, folding and
    corrections applied): read for those few articles only."""
    if not keys:
        return _empty_behind()
    ids = sorted({int(k[0]) for k in keys})
    stances = frames.stances_frame(db, article_ids=ids)
    paragraphs = frames.paragraphs_frame(db, article_ids=ids)
    wanted = pd.DataFrame(list(keys), columns=[Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR]).astype(
        {Col.ARTICLE_ID: "int64", Col.PARAGRAPH: "int64", Col.ACTOR: "str"})
    rows = wanted.merge(stances, on=[Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR], how="inner")
    rows = rows.merge(paragraphs[[Col.ARTICLE_ID, Col.PARAGRAPH, Col.TEXT, Col.SENTIMENT]],
                      on=[Col.ARTICLE_ID, Col.PARAGRAPH], how="inner")
    return rows[[*stances.columns, Col.TEXT, Col.SENTIMENT]]


def paragraphs_behind(db: Database, query: StanceQuery, picks: Sequence[Pick], *,
                      limit: int = ROWS_BEHIND) -> Behind:
    """The paragraphs behind ``picks`` (their article, outlet or dates; a pick's actor is a
    stance row's, ignored here) among those ``query`` keeps (``store.stance_rows.paragraphs_sql``,
    so with the stance filters set, a paragraph needs a kept stance row): the newest articles'
    first, at most ``limit``, and how many in all. Columns: ``PARAGRAPH_COLUMNS``."""
    if not picks:
        return Behind(frames.paragraphs_frame(db, article_ids=()), 0)
    with open_db(db) as conn, read_snapshot(conn):
        prefix, params = paragraphs_sql(query, conn.dialect, read_edits(conn))
        condition, pick_params = _picked(picks, stances=False)
        keys, total = _first_keys(
            conn,
            f"{prefix} SELECT k.article_id, k.paragraph, COUNT(*) OVER ()"
            " FROM kept_paragraphs AS k JOIN articles AS a ON a.id = k.article_id"
            f" WHERE {condition} ORDER BY k.article_id DESC, k.paragraph",
            [*params, *pick_params], limit)
    paragraphs = frames.paragraphs_frame(db, article_ids=sorted({int(k[0]) for k in keys}))
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
        prefix, params = kept_sql(replace(query, min_mentions=1), conn.dialect,
                                  read_edits(conn))
        rows = conn.execute(f"{prefix} SELECT actor FROM kept GROUP BY actor"
                            " HAVING SUM(mentions) >= ? ORDER BY actor",
                            [*params, query.min_mentions]).fetchall()
    return [str(r[0]) for r in rows]


# --- the report ----------------------------------------------------------------------------------

def extreme_stances(db: Database, query: StanceQuery, *, n: int, lowest: bool) -> pd.DataFrame:
    """The ``n`` kept stance rows with the lowest (or highest) stance, with their text; ties
    in row order (article, paragraph, actor), as pandas' ``nsmallest``/``nlargest`` keep them."""
    order = "ASC" if lowest else "DESC"  # one of two fixed words
    with open_db(db) as conn, read_snapshot(conn):
        prefix, params = kept_sql(query, conn.dialect, read_edits(conn))
        keys = conn.execute(f"{prefix} SELECT article_id, paragraph, actor FROM kept"
                            f" ORDER BY score {order}, article_id, paragraph, actor LIMIT ?",
                            [*params, int(n)]).fetchall()
    return _stance_rows(db, [tuple(k) for k in keys]).reset_index(drop=True)


def articles_in_view(db: Database, query: StanceQuery, *, limit: int) -> pd.DataFrame:
    """The first ``limit`` articles (in id order) with a paragraph ``query`` keeps: TITLE,
    OUTLET, PUBLISHED (datetime64) and N, their kept paragraphs."""
    with open_db(db) as conn, read_snapshot(conn):
        prefix, params = paragraphs_sql(query, conn.dialect, read_edits(conn))
        rows = conn.execute(
            f"{prefix}, counted AS (SELECT article_id, COUNT(*) AS n FROM kept_paragraphs"
            " GROUP BY article_id ORDER BY article_id LIMIT ?)"
            " SELECT c.article_id, a.title, a.outlet, a.published, c.n FROM counted AS c"
            " JOIN articles AS a ON a.id = c.article_id ORDER BY c.article_id",
            [*params, int(limit)]).fetchall()
    frame = pd.DataFrame.from_records(rows, columns=[Col.ARTICLE_ID, Col.TITLE, Col.OUTLET,
                                                     Col.PUBLISHED, Col.N])
    frame[Col.PUBLISHED] = frames.to_date(frame[Col.PUBLISHED])
    return frame.astype({Col.ARTICLE_ID: "int64", Col.N: "int64"})
