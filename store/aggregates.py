"""Chart aggregations computed in the database: only the numbers a chart shows reach Python.

``actor_summary`` is the Overview's actor comparison (each actor's mean stance, its spread, the
paragraphs and mentions behind it) over the rows the sidebar filters keep, as one SQL query on
either database, instead of loading every stance row into pandas first. The filters arrive as a
``StanceQuery`` (``dashboard.filters.stance_query`` makes one) and every value in it is a query
parameter: the SQL text is put together only from the fixed fragments below, and how many ``?``
a list needs. The actor edits are applied as the frames apply them (``store.frames``): stored
names shown under their new names, hidden actors left out, and the stances of actors that a
read-time merge shows under one name re-aggregated by ``store.folding`` (in Python, from the
stored mention probabilities: few rows) and given to the query in place of the stored ones.
Tests check the result against the pandas path on both databases.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pandas as pd

from store.actor_edits import ActorView, current_view
from store.db import SQLITE, Connection, Database, Dialect, open_db, read_snapshot
from store.folding import candidates, fold_rows, refold
from store.schema import Col
from store.search import like_contains, postgres_pattern, prefilter_words, python_pattern

FULL_POSITION: tuple[float, float] = (0.0, 1.0)
FULL_SCALE: tuple[float, float] = (-1.0, 1.0)

#: Columns of ``actor_summary``, as ``dashboard.charts.actor_summary`` makes them.
ACTOR_SUMMARY_COLUMNS = (Col.ACTOR, Col.MEAN_STANCE, Col.STD_STANCE, Col.N, Col.MENTIONS)


@dataclass(frozen=True, slots=True, kw_only=True)
class StanceQuery:
    """Which stance rows an aggregation covers; empty selections and full ranges mean "all"."""

    articles: tuple[int, ...] = ()
    outlets: tuple[str, ...] = ()
    date_from: date | None = None  # inclusive
    date_to: date | None = None  # inclusive
    include_undated: bool = True
    actors: tuple[str, ...] = ()  # shown names
    position: tuple[float, float] = FULL_POSITION
    sentiment: tuple[float, float] = FULL_SCALE
    stance: tuple[float, float] = FULL_SCALE
    min_mentions: int = 1  # an actor needs this many mentions in the kept rows
    search: tuple[tuple[str, ...], ...] = ()  # ``store.search.search_terms`` of the query


def _marks(values: tuple[Any, ...]) -> str:
    return ", ".join("?" * len(values))


def _row_filters(query: StanceQuery, dialect: Dialect) -> tuple[list[str], list[Any]]:
    """WHERE parts on one stance row before folding, and their parameters."""
    where: list[str] = []
    params: list[Any] = []
    if query.articles:
        where.append(f"s.article_id IN ({_marks(query.articles)})")
        params.extend(query.articles)
    if query.outlets:
        where.append(f"a.outlet IN ({_marks(query.outlets)})")
        params.extend(query.outlets)
    if query.date_from is not None or query.date_to is not None:
        # ISO dates compare as text; the end date is inclusive (before the next midnight)
        in_range = []
        if query.date_from is not None:
            in_range.append("a.published >= ?")
            params.append(query.date_from.isoformat())
        if query.date_to is not None:
            in_range.append("a.published < ?")
            params.append((query.date_to + timedelta(days=1)).isoformat())
        undated = " OR a.published IS NULL OR a.published = ''" if query.include_undated else ""
        where.append(f"(({' AND '.join(in_range)}){undated})")
    if query.position != FULL_POSITION:
        where.append("CAST(s.paragraph AS DOUBLE PRECISION) / CASE WHEN a.n_paragraphs > 2"
                     " THEN a.n_paragraphs - 1 ELSE 1 END BETWEEN ? AND ?")
        params.extend(query.position)
    # The paragraph filters pick paragraphs once, in a subquery: a paragraph has several stance
    # rows, and the search's pattern is the costly part (SQLite runs Python's re per row).
    kept_paragraph: list[str] = []
    if query.sentiment != FULL_SCALE:
        kept_paragraph.append("p.compound BETWEEN ? AND ?")
        params.extend(query.sentiment)
    pattern = python_pattern if dialect is SQLITE else postgres_pattern
    for words in query.search:
        for word in prefilter_words(words):
            kept_paragraph.append(f"p.text {dialect.like} ? ESCAPE '\\'")
            params.append(like_contains(word))
        kept_paragraph.append(f"p.text {dialect.regexp} ?")
        params.append(pattern(words))
    if kept_paragraph:
        where.append("(s.article_id, s.paragraph) IN (SELECT p.article_id, p.paragraph"
                     f" FROM paragraphs AS p WHERE {' AND '.join(kept_paragraph)})")
    return where, params


def actor_summary_sql(query: StanceQuery, dialect: Dialect, *, shown: dict[str, str],
                      hidden: frozenset[str],
                      refolded: Sequence[tuple[int, int, str, float, int]] = (),
                      ) -> tuple[str, list[Any]]:
    """The query behind ``actor_summary`` and its parameters (SQL text from fixed parts only).

    ``refolded`` rows (article id, paragraph, shown name, score, mentions) replace every stored
    row of their article shown under their name: the merged actors ``store.folding`` re-aggregates.
    """
    params: list[Any] = []
    pairs = sorted(shown.items())
    # a first row that matches nothing: VALUES needs one, and it fixes the columns' type
    values = ", ".join(["(CAST(NULL AS TEXT), CAST(NULL AS TEXT))",
                        *["(CAST(? AS TEXT), CAST(? AS TEXT))"] * len(pairs)])
    for stored, name in pairs:
        params.extend((stored, name))
    source = ("SELECT s.article_id, s.paragraph, COALESCE(m.name, s.actor) AS actor, s.score,"
              " s.mentions FROM stances AS s LEFT JOIN shown AS m ON m.stored = s.actor")
    refold_cte = ""
    if refolded:
        typed_row = ("(CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS TEXT),"
                     " CAST(? AS DOUBLE PRECISION), CAST(? AS INTEGER))")
        refold_cte = (" refolded (article_id, paragraph, actor, score, mentions) AS"
                      f" (VALUES {', '.join([typed_row] * len(refolded))}),")
        for row in refolded:
            params.extend(row)
        source = (
            f"{source} WHERE NOT EXISTS (SELECT 1 FROM refolded AS r"
            " WHERE r.article_id = s.article_id AND r.actor = COALESCE(m.name, s.actor))"
            " UNION ALL SELECT article_id, paragraph, actor, score, mentions FROM refolded")
    where, row_params = _row_filters(query, dialect)
    params.extend(row_params)
    kept_where = " AND ".join(where) or "1 = 1"
    after: list[str] = []  # on the kept rows, which carry the shown name and score
    if hidden:
        after.append(f"actor NOT IN ({_marks(tuple(hidden))})")
        params.extend(sorted(hidden))
    if query.actors:
        after.append(f"actor IN ({_marks(query.actors)})")
        params.extend(query.actors)
    if query.stance != FULL_SCALE:
        after.append("score BETWEEN ? AND ?")
        params.extend(query.stance)
    having = ""
    if query.min_mentions > 1:
        having = " HAVING SUM(mentions) >= ?"
        params.append(query.min_mentions)
    # one row per paragraph and shown actor: the refolded rows stand for a merge's stored rows
    sql = (
        f"WITH shown (stored, name) AS (VALUES {values}),{refold_cte}"
        f" src AS ({source}),"
        " kept AS (SELECT s.actor, s.score, s.mentions"
        " FROM src AS s JOIN articles AS a ON a.id = s.article_id"
        f" WHERE {kept_where})"
        " SELECT actor, AVG(score), AVG(score * score), COUNT(*), SUM(mentions) FROM kept"
        f" WHERE {' AND '.join(after) or '1 = 1'} GROUP BY actor{having}"
    )
    return sql, params


def _refolded_rows(conn: Connection, view: ActorView,
                   ) -> list[tuple[int, int, str, float, int]]:
    """The rows ``store.folding`` re-aggregates for merged actors, as the frames show them."""
    redone = refold(conn, view)
    if not redone:
        return []
    names = tuple(sorted(candidates(view)))
    stored = pd.DataFrame.from_records(conn.execute(
        "SELECT article_id, paragraph, actor, score, label, confidence, mentions FROM stances"
        f" WHERE actor IN ({_marks(names)})", names).fetchall(),
        columns=[Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR, Col.STANCE, Col.STANCE_LABEL,
                 Col.CONFIDENCE, Col.MENTIONS])
    stored[Col.ACTOR] = [view.show(n) for n in stored[Col.ACTOR]]
    stored = stored[[(int(a), n) in redone for a, n in zip(
        stored[Col.ARTICLE_ID], stored[Col.ACTOR], strict=True)]]
    folded = fold_rows(stored.reset_index(drop=True), redone)
    return [(int(a), int(p), str(n), float(x), int(m)) for a, p, n, x, m in zip(
        folded[Col.ARTICLE_ID], folded[Col.PARAGRAPH], folded[Col.ACTOR], folded[Col.STANCE],
        folded[Col.MENTIONS], strict=True)]


def actor_summary(db: Database, query: StanceQuery) -> pd.DataFrame:
    """One row per actor over the rows ``query`` keeps: mean and spread (population standard
    deviation) of stance, paragraphs (``n``) and mentions; sorted by mean stance, then name."""
    with open_db(db) as conn, read_snapshot(conn):
        view = current_view(conn)
        sql, params = actor_summary_sql(query, conn.dialect, shown=dict(view.shown),
                                        hidden=view.hidden,
                                        refolded=_refolded_rows(conn, view))
        rows = conn.execute(sql, params).fetchall()
    records = []
    for actor, mean, mean_square, n, mentions in rows:
        # the variance from two sums (no STDDEV in SQLite); one paragraph has no spread
        spread = 0.0 if n == 1 else math.sqrt(max(0.0, float(mean_square) - float(mean) ** 2))
        records.append((actor, float(mean), spread, int(n), int(mentions)))
    frame = pd.DataFrame.from_records(records, columns=list(ACTOR_SUMMARY_COLUMNS))
    frame = frame.astype({Col.ACTOR: "str", Col.MEAN_STANCE: "float64",
                          Col.STD_STANCE: "float64", Col.N: "int64", Col.MENTIONS: "int64"})
    return frame.sort_values([Col.MEAN_STANCE, Col.ACTOR], ascending=[False, True],
                             ignore_index=True)
