"""Chart aggregations computed in the database: only the numbers a chart shows reach Python.

Each function here gives what its namesake in ``dashboard.charts`` gives for the frames the
sidebar filters keep (``dashboard.filters.apply_stances`` / ``apply_paragraphs``), without loading
the stance rows first. The filters arrive as a ``StanceQuery`` (``dashboard.filters.stance_query``
makes one); which rows they keep is ``store.stance_rows``' one rule, in SQL. The database groups;
what follows a grouping (caps, ties, titles, periods, intervals) is ``store.chart_rules``, which
the pandas charts use too. Tests check each against the pandas path on both databases.

A query that filters only by outlet, date, actor and mentions (``use_summary``: the default view)
is counted from the ``stance_days`` summary instead of the stance rows (``store.stance_days``);
the actor summary, the counts, the busiest actors and outlets, the timeline and the outlet
comparison have that fast path, and give the same numbers either way. The per-article summary
(``store.stance_articles``) gives both heatmaps and the counts under picked actors (several
through the union of their paragraph sets). Under a stance range on the slider's grid
(``use_days``) the actor summary, the busiest, the timeline and the outlet comparison are
counted from ``stance_bands``, under a sentiment range on the grid from ``sentiment_bands`` and
under a paragraph position range from ``position_bands``; under two or three of these ranges
the actor summary and the busiest actors from ``actor_range_bands`` (the timeline and the
outlet comparison, by day or outlet, from the stance rows; on a big store the column mirror,
``store.columns``, sums these ranges itself, by day too). The counts then take their actors
from the bands; their paragraphs under a stance range from ``paragraph_bands`` (each
paragraph's stance bands as bits; with no outlet or date filter from its rows counted per bit
pattern, ``band_patterns``, and ORed per article, ``article_bands``), under a sentiment range
from the paragraphs (with no outlet or date filter: counted per sentiment band,
``sentiment_paragraphs``, and their bands ORed per article, ``article_sentiments``), and under
a position range from the articles. The heatmaps take their rows from ``busiest`` and read only
those actors' cells; their articles are ranked from the per-article summary, under a sentiment
or position range on the grid from the rows per article and paragraph bands
(``article_band_rows``), else from the stance rows.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

import pandas as pd

from store.chart_rules import (
    MAX_ACTORS,
    MAX_HEATMAP_ACTORS,
    MAX_HEATMAP_COLUMNS,
    OUTLET_COMPARISON_COLUMNS,
    PERIOD,
    SD,
    TIMELINE_COLUMNS,
    UNKNOWN_OUTLET,
    Timeline,
    busiest_first,
    compare_outlets,
    period_alias,
    pick_period,
    unique_titles,
    with_segments,
)
from store.columns import DUCKDB, MIRRORS, PARAGRAPH_BANDS, ColumnMirror
from store.db import Connection, Database, Dialect, open_db, read_snapshot
from store.frames import to_date
from store.schema import Col
from store.stance_articles import pairs_sql
from store.stance_days import (
    ACTOR,
    DAY,
    OUTLET,
    SHOWN_ACTOR,
    articles_cover,
    articles_sql,
    banded_articles_sql,
    banded_paragraphs_sql,
    days_cover,
    days_deltas_sql,
    days_sql,
    days_summaries,
    few_hidden_rows,
    paragraphs_cover,
    patterns_cover,
    rows_days_sql,
    sentiment_counts_cover,
    sentiment_counts_sql,
    summary_covers,
    undated_sql,
)
from store.stance_rows import (
    FULL_POSITION,
    FULL_SCALE,
    ReadEdits,
    StanceQuery,
    kept_sql,
    marks,
    paragraphs_sql,
    read_edits,
)
from store.summary_sql import ACTOR_TOTALS, ARTICLE_BAND_ROWS, BITS_PARAGRAPHS

__all__ = [
    "ACTOR_SUMMARY_COLUMNS", "FULL_POSITION", "FULL_SCALE", "Heatmap", "OverviewCounts",
    "StanceQuery", "Timeline", "actor_summary", "busiest", "heatmap", "outlet_comparison",
    "outlet_sentiment", "overview_counts", "pair_summary", "stance_timeline",
]

#: Columns of ``actor_summary``, as ``dashboard.charts.actor_summary`` makes them.
ACTOR_SUMMARY_COLUMNS = (Col.ACTOR, Col.MEAN_STANCE, Col.STD_STANCE, Col.N, Col.MENTIONS,
                         Col.CORRECTED)
#: Columns of ``pair_summary`` by outlet and by article title.
PAIR_COLUMNS = {Col.OUTLET: (Col.ACTOR, Col.OUTLET, Col.MEAN_STANCE, Col.N),
                Col.TITLE: (Col.ACTOR, Col.ARTICLE_ID, Col.TITLE, Col.MEAN_STANCE, Col.N)}

# The column a ``busiest``/``pair_summary`` groups by: fixed SQL for each allowed ``by``.
_GROUP_COLUMN = {Col.ACTOR: "actor", Col.OUTLET: "outlet"}


@dataclass(frozen=True, slots=True, kw_only=True)
class OverviewCounts:
    """The Overview's caption: what is stored and what the filters keep."""

    articles_stored: int
    articles_kept: int  # articles with a paragraph kept
    paragraphs_kept: int  # ``apply_paragraphs``' rows
    actors_kept: int  # shown actors with a stance row kept


def use_summary(query: StanceQuery) -> bool:
    """Whether ``query``'s stance rows are counted from the summaries (``stance_days``, and
    ``stance_articles`` by article)."""
    return summary_covers(query)


def use_days(query: StanceQuery, *, by: str = OUTLET) -> bool:
    """Whether ``query``'s sums for a SELECT grouped ``by`` a level (``ACTOR``, ``DAY`` or
    ``OUTLET``) are counted from the summaries: ``stance_days`` or (under a stance, a sentiment
    or a position range on the sliders' grid) ``stance_bands``, ``sentiment_bands`` or
    ``position_bands``, or those per actor (and day); per actor alone, under two or three such
    ranges, ``actor_range_bands``."""
    return days_cover(query, by=by)


def _days_for(conn: Connection, query: StanceQuery, *, by: str) -> bool:
    """``use_days``, or the column mirror's summaries cover ``query`` (two or three ranges by
    day) and it is ready: should it not answer after all, ``_run`` groups the rows instead."""
    if use_days(query, by=by):
        return True
    if query.articles or query.search or not days_cover(query, by=by, mirrored=True):
        return False
    return _mirror_making(conn, days_summaries(query, by=by)) is not None


def use_paragraph_bands(query: StanceQuery) -> bool:
    """Whether the paragraphs ``query`` keeps are counted off ``paragraph_bands`` (a stance
    range on the grid over every actor)."""
    return paragraphs_cover(query)


def use_article_bands(query: StanceQuery) -> bool:
    """Whether the articles ``query`` keeps rows in are ranked off the rows per article and
    paragraph bands (``article_band_rows``): a sentiment or position range on the grid over
    every actor."""
    return articles_cover(query)


def use_sentiment_counts(query: StanceQuery) -> bool:
    """Whether the counts line's paragraphs and articles are counted off the paragraphs per
    sentiment band and each article's sentiment bands (a sentiment range on the grid, alone)."""
    return sentiment_counts_cover(query)


@dataclass(frozen=True, slots=True)
class _Snapshot:
    """A connection in one read snapshot and the edits read in it: the reads behind one chart
    (a heatmap's rows, columns and cells) see one state of the store, whatever writers do
    between them."""

    conn: Connection
    edits: ReadEdits

    def rows(self, query: StanceQuery, select: str, *, extra: Sequence[Any] = (),
             source: str = "kept", by: str = OUTLET) -> list[tuple[Any, ...]]:
        return _run(self.conn, query, select, extra=extra, source=source, edits=self.edits,
                    by=by)


@contextmanager
def _snapshot(db: Database) -> Iterator[_Snapshot]:
    with open_db(db) as conn, read_snapshot(conn):
        yield _Snapshot(conn, read_edits(conn))


def _rows(db: Database, query: StanceQuery, select: str, *, extra: Sequence[Any] = (),
          source: str = "kept", by: str = OUTLET) -> list[tuple[Any, ...]]:
    """Run ``select`` on ``source`` (``kept``, ``kept_paragraphs``, ``kept_days`` or
    ``kept_pieces`` or ``kept_pairs``); ``by``: the finest level ``select`` groups
    ``kept_days`` by (``store.stance_days.days_sql``)."""
    with _snapshot(db) as snapshot:
        return snapshot.rows(query, select, extra=extra, source=source, by=by)


def _run(conn: Connection, query: StanceQuery, select: str, *, extra: Sequence[Any],
         source: str, edits: ReadEdits, by: str = OUTLET, only: Sequence[str] | None = None,
         keyed: bool = False) -> list[tuple[Any, ...]]:
    """``_rows`` on an open connection; ``only``: the shown actors ``select`` reads from
    ``kept_days`` (``store.stance_days.days_sql``), when it reads no other; ``keyed``:
    ``select`` narrows the rows to a few articles the store finds by key (the undated ones),
    so the store answers, not the column mirror."""
    # the column mirror first, where one is ready (a big store), for what it is fast at: scans,
    # and the sums under two or three ranges it holds. A search reads the store (the mirror
    # holds no text; the word index finds the few paragraphs), and so do chosen articles, read
    # by key (a heatmap's cells in its top 25 articles: 0.16 -> 0.02 s at 10^5 articles; the
    # mirror scans for them)
    mirror = None if query.search or query.articles or keyed else MIRRORS.find(conn)
    build: Callable[[StanceQuery, Dialect, ReadEdits], tuple[str, list[Any]]]
    mirror_build = None
    if source == "kept_days":
        build = partial(days_sql, by=by, only=only)
        if mirror is not None and mirror.holds(days_summaries(query, by=by)):
            # the corrections' and a merge's few delta rows found by key in the store
            deltas = days_deltas_sql(query, conn.dialect, edits, by=by)
            rows = [] if deltas is None else conn.execute(*deltas).fetchall()
            mirror_build = partial(days_sql, by=by, only=only, deltas=rows)
        else:
            mirror = None
    elif source in ("kept_pieces", "kept_pairs"):
        build, mirror = pairs_sql, None
    else:
        build = paragraphs_sql if source == "kept_paragraphs" else kept_sql
    if mirror is not None:
        prefix, params = (mirror_build or build)(query, DUCKDB, edits)
        rows = mirror.rows(conn, f"{prefix} {select}", [*params, *extra])
        if rows is not None:
            return rows
    if source == "kept_days" and not days_cover(query, by=by):
        build = rows_days_sql  # summed by the mirror alone, which cannot answer now
    prefix, params = build(query, conn.dialect, edits)
    return conn.execute(f"{prefix} {select}", [*params, *extra]).fetchall()


def _spread(n: int, total: float, squares: float, *, ddof: int) -> float:
    """Standard deviation from the count, sum and sum of squares (SQLite has no STDDEV)."""
    if n - ddof <= 0:
        return 0.0 if ddof == 0 else math.nan
    return math.sqrt(max(0.0, (float(squares) - float(total) ** 2 / n) / (n - ddof)))


def summary_frame(rows: Sequence[tuple[Any, ...]], *, max_actors: int | None) -> pd.DataFrame:
    """``actor_summary`` from (actor, n, sum, sum of squares, mentions, corrected) per actor."""
    # PostgreSQL sums integers as numeric (Decimal): every number is converted first
    records = [(str(actor), float(total) / int(n), _spread(int(n), total, squares, ddof=0),
                int(n), int(mentions), int(corrected))
               for actor, n, total, squares, mentions, corrected in sorted(rows) if n]
    frame = pd.DataFrame.from_records(records, columns=list(ACTOR_SUMMARY_COLUMNS))
    frame = frame.astype({Col.ACTOR: "str", Col.MEAN_STANCE: "float64",
                          Col.STD_STANCE: "float64", Col.N: "int64", Col.MENTIONS: "int64",
                          Col.CORRECTED: "int64"})
    if max_actors is not None:
        # rows sorted by name, as pandas' groupby gives them: nlargest keeps the first of ties
        frame = frame.nlargest(max_actors, Col.N, keep="first")
    return frame.sort_values([Col.MEAN_STANCE, Col.ACTOR], ascending=[False, True],
                             ignore_index=True)


def actor_summary(db: Database, query: StanceQuery, *,
                  max_actors: int | None = None) -> pd.DataFrame:
    """One row per actor over the rows ``query`` keeps: mean and spread (population standard
    deviation) of stance, paragraphs (``n``), mentions and corrected paragraphs; the
    ``max_actors`` (None: all) with the most paragraphs, sorted by mean stance, then name."""
    if use_days(query, by=ACTOR):
        sums, source = ("SUM(n), SUM(total), SUM(squares), SUM(mentions), SUM(corrected)",
                        "kept_days")
        n, having = "SUM(n)", " HAVING SUM(n) > 0"
    else:
        sums, source = ("COUNT(*), SUM(score), SUM(score * score), SUM(mentions),"
                        " SUM(corrected)", "kept")
        n, having = "COUNT(*)", ""
    select, extra = _busiest_only(f"SELECT actor, {sums}", f"FROM {source} GROUP BY actor{having}",
                                  n=n, columns=6, keep=max_actors)
    with _snapshot(db) as snapshot:
        rows = _busiest_rows(snapshot, query, select, extra=extra, source=source,
                             keep=max_actors)
    return summary_frame(rows, max_actors=max_actors)


#: The busiest actors are looked for first among this many stored actors per actor kept (and
#: this many more), those with the most stance rows of all (``_busiest_rows``).
CANDIDATES_PER_KEPT, MORE_CANDIDATES = 4, 50


def _busiest_rows(snapshot: _Snapshot, query: StanceQuery, select: str, *,
                  extra: Sequence[Any], source: str, keep: int | None) -> list[tuple[Any, ...]]:
    """``select`` on ``source`` grouped by actor and narrowed to the ``keep`` busiest
    (``_busiest_only``; each row's second column its stance rows), run first on the
    candidates alone: the stored actors with the most rows of all (``actor_totals``) and every
    shown name the edits gather stored names under, read by key (``days_sql``' ``only``).

    No other actor has more rows under any filter than the last candidate has in all (a read-
    time merge only folds rows together, a correction moves none), so when the candidates'
    last kept count is above that, they are the answer; else the query runs on every actor. At
    a long tail of actors (168,000 at 10^5 articles) every actor's sums were grouped to keep
    thirty; the busiest have most rows, and the first run is most often the answer."""
    conn, edits = snapshot.conn, snapshot.edits
    if keep and source == "kept_days" and not query.actors:
        limit = keep * CANDIDATES_PER_KEPT + MORE_CANDIDATES
        top = conn.execute(f"SELECT actor, n FROM {ACTOR_TOTALS.table}"
                           " ORDER BY n DESC LIMIT ?", (limit + 1,)).fetchall()
        if len(top) > limit:
            shown = dict(edits.shown)
            candidates = ({shown.get(actor, actor) for actor, _ in top[:limit]}
                          | set(shown.values()))
            rows = _run(conn, query, select, extra=extra, source=source, edits=edits,
                        by=ACTOR, only=sorted(candidates))
            counts = sorted((int(row[1]) for row in rows), reverse=True)
            if len(counts) >= keep and counts[keep - 1] > int(top[-1][1]):
                return rows
    return _run(conn, query, select, extra=extra, source=source, edits=edits, by=ACTOR)


def _busiest_only(select: str, rest: str, *, n: str, columns: int, keep: int | None
                  ) -> tuple[str, tuple[Any, ...]]:
    """``select rest`` (grouped rows whose count is ``n``) narrowed to the ``keep`` busiest,
    the ties at the last place with them (callers break ties by name, as pandas does): at a
    long tail of actors every actor's row crossed into Python to keep thirty (168,000 rows at
    10^5 articles). ``RANK`` gives tied rows one rank: cheaper than a threshold found from the
    same groups (0.48 s against 1.3 s, SQLite, 10^5 articles)."""
    if keep is None:
        return f"{select} {rest}", ()
    names = ", ".join(f"c{i}" for i in range(columns))
    # a CTE after the query's own (``_rows`` puts them first): SQLite names no subquery's columns
    return (f", ranked ({names}, place) AS ({select}, RANK() OVER (ORDER BY {n} DESC) {rest})"
            f" SELECT {names} FROM ranked WHERE place <= ?", (max(keep, 1),))


def _shown_actors(conn: Connection, query: StanceQuery, edits: ReadEdits) -> int:
    """The actors with a kept row, counted from ``kept_days`` (per actor where it can be)."""
    (actors,), = _run(conn, query, "SELECT COUNT(*) FROM (SELECT actor FROM kept_days"
                      " GROUP BY actor HAVING SUM(n) > 0) AS shown_actors", extra=(),
                      source="kept_days", edits=edits, by=ACTOR)
    return int(actors)


def overview_counts(db: Database, query: StanceQuery) -> OverviewCounts:
    """Articles stored, and the articles, paragraphs and actors the filters keep."""
    # every kept paragraph counted off the articles: no filter, or only outlets, dates and
    # (``use_days``) a position range
    fast = not query.limits_stances and (use_summary(query) or (
        use_days(query) and query.stance == FULL_SCALE and query.sentiment == FULL_SCALE))
    with open_db(db) as conn, read_snapshot(conn):
        edits = read_edits(conn)
        stored = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        if fast:  # the articles' kept paragraphs: counted from the articles' index
            sql, params = articles_sql(query)
            (articles, paragraphs), = conn.execute(sql, params).fetchall()
            actors = _shown_actors(conn, query, edits)
        elif use_summary(query) and len(query.actors) == 1:
            # one shown actor: each kept row is a paragraph of its own (one row per paragraph
            # and shown actor), so its articles' row counts add up to the paragraphs exactly
            (articles, paragraphs, actors), = _run(
                conn, query, "SELECT COUNT(DISTINCT article_id), COALESCE(SUM(n), 0),"
                " COUNT(DISTINCT actor) FROM kept_pieces WHERE n > 0", extra=(),
                source="kept_pieces", edits=edits)
        elif use_summary(query):
            (articles, paragraphs, actors) = _paragraphs_of_actors(conn, query, edits)
        elif use_paragraph_bands(query) and few_hidden_rows(conn, edits):
            # a stance range on the grid over every actor: the paragraphs off their bands
            # (the edited ones from their rows), the actors from the stance bands
            paragraphs, articles = _banded_paragraphs(conn, query, edits)
            actors = _shown_actors(conn, query, edits)
        elif use_days(query, by=ACTOR) and query.limits_stances and not query.actors:
            # over every actor, a mention minimum (with or without a stance range on the
            # grid), or a stance range with many rows hidden: the actors from the bands; the
            # paragraphs from the rows, grouped (a streamed GROUP BY, where COUNT(DISTINCT)
            # of 2 * 10^6 paragraphs sorted them all: 5.4 -> 2.3 s at 10^5 articles, SQLite)
            (paragraphs, articles), = _run(
                conn, query, "SELECT COUNT(*), COUNT(DISTINCT article_id) FROM (SELECT"
                " article_id, paragraph FROM kept GROUP BY article_id, paragraph) AS kept_keys",
                extra=(), source="kept", edits=edits)
            actors = _shown_actors(conn, query, edits)
        elif use_sentiment_counts(query):  # the paragraphs per band, the articles' band bits
            (paragraphs, articles), = conn.execute(*sentiment_counts_sql(query)).fetchall()
            actors = _shown_actors(conn, query, edits)
        elif query.limits_stances:
            # ``kept`` has every filter, the paragraph ones too: one pass over its rows (read
            # through the index on the actor when actors are picked), not a scan of every
            # paragraph for those with a kept row; a paragraph is < 10^6 in its article
            (paragraphs, articles, actors), = _run(
                conn, query, "SELECT COUNT(DISTINCT article_id * 1000000 + paragraph),"
                " COUNT(DISTINCT article_id), COUNT(DISTINCT actor) FROM kept", extra=(),
                source="kept", edits=edits)
        else:
            (paragraphs, articles), = _run(
                conn, query, "SELECT COUNT(*), COUNT(DISTINCT article_id) FROM kept_paragraphs",
                extra=(), source="kept_paragraphs", edits=edits)
            if use_days(query, by=ACTOR):  # the actors from the ranges' bands
                actors = _shown_actors(conn, query, edits)
            else:
                (actors,), = _run(conn, query, "SELECT COUNT(DISTINCT actor) FROM kept",
                                  extra=(), source="kept", edits=edits)
    return OverviewCounts(articles_stored=int(stored), articles_kept=int(articles),
                          paragraphs_kept=int(paragraphs), actors_kept=int(actors))


def _banded_paragraphs(conn: Connection, query: StanceQuery, edits: ReadEdits) -> tuple[Any, Any]:
    """``banded_paragraphs_sql``' paragraphs and articles: on the column mirror where it is ready
    and the bands are read paragraph by paragraph (a sentiment or position range too: 2.0-2.3
    -> 0.23-0.6 s at 10^5 articles), else on the store (which also counts them per pattern)."""
    rows = None if patterns_cover(query) else _on_mirror(
        conn, query, edits, banded_paragraphs_sql, made=PARAGRAPH_BANDS)
    if rows is None:
        rows = conn.execute(*banded_paragraphs_sql(query, conn.dialect, edits)).fetchall()
    (paragraphs, articles), = rows
    return paragraphs, articles


def _on_mirror(conn: Connection, query: StanceQuery, edits: ReadEdits,
               build: Callable[[StanceQuery, Dialect, ReadEdits], tuple[str, list[Any]]], *,
               made: str) -> list[tuple[Any, ...]] | None:
    """The rows of ``build``'s SQL (in ``DUCKDB``'s dialect) on the column mirror, where one is
    ready and makes the table ``made`` from its rows; None where none is, or it cannot answer
    for ``conn``'s snapshot (the caller then asks the store)."""
    mirror = _mirror_making(conn, frozenset({made}))
    return None if mirror is None else mirror.rows(conn, *build(query, DUCKDB, edits))


def _mirror_making(conn: Connection, tables: frozenset[str]) -> ColumnMirror | None:
    """The column mirror of ``conn``'s store, where one is ready and makes every one of
    ``tables`` from its rows."""
    mirror = MIRRORS.find(conn)
    return mirror if mirror is not None and mirror.holds(tables) else None


def _paragraphs_of_actors(conn: Connection, query: StanceQuery,
                          edits: ReadEdits) -> tuple[int, int, int]:
    """Articles, paragraphs and actors kept under several picked actors, from the summary.

    A paragraph may have rows of more than one picked actor, so an article's paragraphs are the
    union of its pairs' paragraph sets (``store.summary_sql``: a bit per paragraph), counted
    in the database; the rare paragraphs past the bits are read from their stance rows.
    """
    (union,), = _run(conn, query, conn.dialect.paragraph_union, extra=(), source="kept_pairs",
                     edits=edits)
    articles, paragraphs, late = json.loads(union)
    # a statement of its own: a second reading of ``kept_pairs`` in one makes SQLite store it
    (actors,), = _run(conn, query, "SELECT COUNT(DISTINCT actor) FROM kept_pairs", extra=(),
                      source="kept_pairs", edits=edits)
    if late:
        (later,), = _run(
            conn, query, "SELECT COUNT(*) FROM (SELECT DISTINCT s.article_id, s.paragraph FROM"
            " kept_pairs AS k CROSS JOIN stances AS s LEFT JOIN shown AS m ON m.stored = s.actor"
            f" WHERE k.late > 0 AND s.article_id = k.article_id AND s.paragraph >= ?"
            f" AND {SHOWN_ACTOR} = k.actor) AS late_paragraphs", extra=(BITS_PARAGRAPHS,),
            source="kept_pairs", edits=edits)
        paragraphs = int(paragraphs) + int(later)
    return int(articles), int(paragraphs), int(actors)


def _ordered_names(rows: Sequence[tuple[Any, ...]], n: int | None) -> list[str]:
    return busiest_first(((str(name), count) for name, count in rows if name is not None), n)


def busiest_in(summary: pd.DataFrame, n: int | None = None) -> list[str]:
    """``busiest`` read off an ``actor_summary`` frame (no query): where ``n`` is no more than
    the summary's ``max_actors``, the same names, since the summary keeps the busiest by the
    same rule. Under a stance, sentiment or position range each aggregation reads every
    kept stance row (1.6 s for ``busiest`` at 10^5 articles), so the Overview reads it here."""
    return _ordered_names(list(zip(summary[Col.ACTOR], summary[Col.N], strict=True)), n)


def busiest(db: Database, query: StanceQuery, n: int | None = None, *,
            by: str = Col.ACTOR) -> list[str]:
    """The ``n`` (or all) actors, or outlets with ``by=Col.OUTLET``, with the most kept stance
    rows, busiest first, ties by name; a missing outlet is not one."""
    with _snapshot(db) as snapshot:
        return _busiest(snapshot, query, n, by=by)


def _busiest(snapshot: _Snapshot, query: StanceQuery, n: int | None, *,
             by: str) -> list[str]:
    column = _GROUP_COLUMN[by]
    if use_days(query, by=ACTOR if by == Col.ACTOR else OUTLET):
        count, source, having = "SUM(n)", "kept_days", " HAVING SUM(n) > 0"
    else:
        count, source, having = "COUNT(*)", "kept", ""
    select, extra = _busiest_only(f"SELECT {column}, {count}",
                                  f"FROM {source} WHERE {column} IS NOT NULL"
                                  f" GROUP BY {column}{having}", n=count, columns=2, keep=n)
    if by == Col.ACTOR:
        return _ordered_names(_busiest_rows(snapshot, query, select, extra=extra, source=source,
                                            keep=n), n)
    return _ordered_names(snapshot.rows(query, select, extra=extra, source=source, by=OUTLET),
                          n)


def stance_timeline(db: Database, query: StanceQuery, *, actors: Sequence[str] | None = None,
                    period: str | None = None) -> Timeline:
    """Each actor's mean stance per period, as ``dashboard.charts.stance_over_time``: the period
    is ``pick_period``'s for the dated rows; with ``actors`` only their rows count."""
    only, shown_only, extra = "", "", []
    if actors is not None:
        only = f" AND actor IN ({marks(actors)})" if actors else " AND 1 = 0"
        shown_only = f" AND {SHOWN_ACTOR} IN ({marks(actors)})" if actors else " AND 1 = 0"
        extra = list(actors)
    undated = "(published IS NULL OR published = '')"
    with open_db(db) as conn, read_snapshot(conn):
        edits = read_edits(conn)
        if _days_for(conn, query, by=DAY):
            days = _run(conn, query, "SELECT actor, published, SUM(n), SUM(total) FROM kept_days"
                        f" WHERE published <> ''{only} GROUP BY actor, published"
                        " HAVING SUM(n) > 0", extra=extra, source="kept_days", edits=edits,
                        by=DAY, only=actors)
        else:
            days = _run(conn, query, "SELECT actor, published, COUNT(*), SUM(score) FROM kept"
                        f" WHERE NOT {undated}{only} GROUP BY actor, published",
                        extra=extra, source="kept", edits=edits)
        if use_summary(query):
            select, params = undated_sql(query, only=shown_only)
            (articles, paragraphs), = _run(conn, query, select, extra=[*params, *extra],
                                           source="kept_days", edits=edits, by=ACTOR,
                                           only=actors)
        else:
            # which undated paragraphs a stance range keeps depends on each row's score. The
            # rows are read from the undated articles (the date index, then the rows' key):
            # filtered on the article's date, SQLite read every row of the picked actors
            # through their index instead (1.3 s at 10^5 articles, for two undated ones). The
            # column mirror scans every row for them (0.03-0.12 s): the store reads them by key
            # (0.001 s), but under a sentiment range, whose paragraphs it tests one by one
            # (0.8 s)
            (articles, paragraphs), = _run(
                conn, query, "SELECT COUNT(DISTINCT article_id), COUNT(*) FROM (SELECT"
                " DISTINCT article_id, paragraph FROM kept WHERE article_id IN (SELECT id"
                f" FROM articles WHERE {undated}){only}) AS undated", extra=extra,
                source="kept", edits=edits, keyed=query.sentiment == FULL_SCALE)
    return timeline_from_days(days, period=period, undated_articles=int(articles),
                              undated_paragraphs=int(paragraphs))


def timeline_from_days(days: Sequence[tuple[Any, ...]], *, period: str | None,
                       undated_articles: int, undated_paragraphs: int) -> Timeline:
    """The timeline from (actor, publication date, rows, sum of scores) per actor and date."""
    frame = pd.DataFrame.from_records([(a, p, int(n), float(t)) for a, p, n, t in days],
                                      columns=[Col.ACTOR, Col.PUBLISHED, Col.N, "total"])
    published = to_date(frame[Col.PUBLISHED])
    frame = frame[published.notna()]
    published = published[published.notna()]
    name = period or pick_period(published)
    counts = {"period": name, "undated_articles": undated_articles,
              "undated_paragraphs": undated_paragraphs}
    if frame.empty:
        return Timeline(frame=pd.DataFrame(columns=TIMELINE_COLUMNS), **counts)
    frame = frame.assign(**{PERIOD: published.dt.to_period(period_alias(name))})
    sums = frame.groupby([Col.ACTOR, PERIOD], observed=True)[[Col.N, "total"]].sum()
    out = sums.reset_index()
    out[Col.MEAN_STANCE] = out["total"] / out[Col.N]
    out[Col.N] = out[Col.N].astype("int64")
    return Timeline(frame=with_segments(out), **counts)


@dataclass(frozen=True, slots=True)
class Heatmap:
    """An actor x article or actor x outlet heatmap: its cells (``PAIR_COLUMNS``) and how many
    columns its cap chose from (the note under it): the articles with a kept stance row; the
    outlets with one (the missing one ``UNKNOWN_OUTLET``) where the store has more outlets than
    the cap, else the outlets shown, since the cap then leaves none out."""

    cells: pd.DataFrame
    columns_kept: int


def heatmap(db: Database, query: StanceQuery, *, by: str,
            max_actors: int = MAX_HEATMAP_ACTORS,
            max_columns: int = MAX_HEATMAP_COLUMNS) -> Heatmap:
    """Mean stance per actor x ``by`` (``Col.TITLE`` for articles, or ``Col.OUTLET``), for the
    ``max_actors`` actors and ``max_columns`` columns with the most rows (``busiest_first``),
    as ``dashboard.charts.pair_summary``; and the columns kept in all.

    The rows are the ``busiest`` actors (read off the summaries, under a range on the grid
    too), the columns ranked apart (counted in the same pass), and only the cells of those
    rows and columns are read: the cells of every actor were grouped to keep twenty (10 s
    under a stance range at 5 * 10^4 articles with the actor tail, SQLite), and the articles
    were counted in a pass of their own (4.6-5.9 s under a sentiment or position range at
    7.5 * 10^4)."""
    columns = list(PAIR_COLUMNS[by])
    with _snapshot(db) as snapshot:
        if by == Col.TITLE:
            top, kept = _ranked_articles(snapshot, query, max_columns=max_columns)
        else:
            outlets, kept = _ranked_outlets(snapshot, query, max_columns=max_columns)
        actors = _busiest(snapshot, query, max_actors, by=Col.ACTOR) if kept != 0 else []
        if not actors:
            return Heatmap(cells=pd.DataFrame(columns=columns), columns_kept=kept or 0)
        # the picked actors' rows are read by key; each actor keeps its own rows, so a mention
        # minimum (per actor) keeps what it kept
        shown = replace(query, actors=tuple(actors))
        if by == Col.TITLE:
            cells = _article_cells(snapshot, query, shown, top)
        else:
            cells = _outlet_cells(snapshot, shown, outlets)
            if kept is None:
                kept = cells[Col.OUTLET].nunique()
    if cells.empty:
        return Heatmap(cells=pd.DataFrame(columns=columns), columns_kept=kept)
    cells = cells.sort_values([Col.ACTOR, columns[1]], ignore_index=True)
    cells[Col.MEAN_STANCE] = cells["total"] / cells[Col.N]
    cells[Col.N] = cells[Col.N].astype("int64")
    if by == Col.TITLE:
        cells[Col.TITLE] = cells[Col.TITLE].fillna("(untitled)")
        per_article = cells.drop_duplicates(Col.ARTICLE_ID)[[Col.ARTICLE_ID, Col.TITLE]].copy()
        per_article[Col.TITLE] = unique_titles(per_article)
        cells = cells.drop(columns=Col.TITLE).merge(per_article, on=Col.ARTICLE_ID)
    return Heatmap(cells=cells[columns], columns_kept=kept)


def pair_summary(db: Database, query: StanceQuery, *, by: str,
                 max_actors: int = MAX_HEATMAP_ACTORS,
                 max_columns: int = MAX_HEATMAP_COLUMNS) -> pd.DataFrame:
    """``heatmap``'s cells alone: what ``dashboard.charts.pair_summary`` gives."""
    return heatmap(db, query, by=by, max_actors=max_actors, max_columns=max_columns).cells


def _ranked_articles(snapshot: _Snapshot, query: StanceQuery, *,
                     max_columns: int) -> tuple[list[int], int]:
    """The ``max_columns`` articles with the most rows ``query`` keeps (ties: the oldest id
    first), and how many articles have a kept row: one grouped pass, its groups counted; under
    a sentiment or position range on the grid off the rows per article and band, on the column
    mirror where it is ready (under both at once too: 0.36-0.41 -> 0.07 s at 10^5 articles, a
    range alone 0.19-0.36 -> 0.05-0.1 s; 0.1-0.3 s with a correction stored, whose paragraph is
    read from its rows)."""
    source, count = ("kept_pairs", "SUM(n)") if use_summary(query) else ("kept", "COUNT(*)")
    select = (f"SELECT article_id, COUNT(*) OVER () FROM {source} GROUP BY article_id"
              f" HAVING {count} > 0 ORDER BY {count} DESC, article_id LIMIT ?")
    conn, edits = snapshot.conn, snapshot.edits
    banded = partial(banded_articles_sql, limit=max_columns)
    rows = None
    # (a query the store's bands cover, ``use_article_bands``, the mirror's cover too)
    if articles_cover(query, mirrored=True) and few_hidden_rows(conn, edits):
        rows = _on_mirror(conn, query, edits, banded, made=ARTICLE_BAND_ROWS.table)
        if rows is None and use_article_bands(query):
            rows = conn.execute(*banded(query, conn.dialect, edits)).fetchall()
    if rows is None:
        rows = snapshot.rows(query, select, extra=(max_columns,), source=source)
    return [int(a) for a, _ in rows], int(rows[0][1]) if rows else 0


def _ranked_outlets(snapshot: _Snapshot, query: StanceQuery, *,
                    max_columns: int) -> tuple[list[str] | None, int | None]:
    """The ``max_columns`` outlets with the most rows ``query`` keeps (``busiest_first``), the
    missing one named ``UNKNOWN_OUTLET``, and how many outlets have a kept row; (None, None)
    where the store has no more outlets than that: every outlet is a column, and the ranking
    grouped every kept row by outlet (0.09 -> 0.3 s with no filter, 1.2 -> 2.1 s under a
    sentiment range, at 7.5 * 10^4 articles with the actor tail, SQLite)."""
    stored = snapshot.conn.execute("SELECT COUNT(*) FROM (SELECT DISTINCT outlet FROM articles)"
                                   " AS stored_outlets").fetchone()[0]
    if int(stored) <= max_columns:
        return None, None
    if use_days(query):
        select, source = "SELECT outlet, SUM(n) FROM kept_days GROUP BY outlet", "kept_days"
    else:
        select, source = "SELECT outlet, COUNT(*) FROM kept GROUP BY outlet", "kept"
    totals = [(UNKNOWN_OUTLET if o is None else str(o), int(n))
              for o, n in snapshot.rows(query, select, source=source) if int(n) > 0]
    return busiest_first(totals, max_columns), len(totals)


#: Columns of ``_article_cells``: the actor, the article's id and title, rows and their sum.
_ARTICLE_CELLS = [Col.ACTOR, Col.ARTICLE_ID, Col.TITLE, Col.N, "total"]


def _article_cells(snapshot: _Snapshot, query: StanceQuery, shown: StanceQuery,
                   top: list[int]) -> pd.DataFrame:
    """The cells (actor, article id, title, rows, sum) of ``shown``'s actors in the articles
    ``top``."""
    summary = use_summary(query)
    source = "kept_pairs" if summary else "kept"
    # narrowed to the top articles too, read through the stance rows' key, where the mention
    # minimum (over an actor's kept rows) allows it
    narrowed = replace(shown, articles=tuple(top)) if query.min_mentions <= 1 else shown
    select = ("SELECT c.actor, c.article_id, a.title, c.n, c.total FROM kept_pairs AS c"
              if summary else
              "SELECT c.actor, c.article_id, a.title, c.n, c.total FROM (SELECT actor,"
              " article_id, COUNT(*) AS n, SUM(score) AS total FROM kept GROUP BY actor,"
              " article_id) AS c")
    rows = snapshot.rows(narrowed, f"{select} JOIN articles AS a ON a.id = c.article_id"
                         f" WHERE c.n > 0 AND c.article_id IN ({marks(top)})", extra=top,
                         source=source)
    return pd.DataFrame.from_records([(a, int(k), t, int(n), s) for a, k, t, n, s in rows],
                                     columns=_ARTICLE_CELLS)


def _outlet_cells(snapshot: _Snapshot, shown: StanceQuery,
                  top: list[str] | None) -> pd.DataFrame:
    """The cells (actor, outlet, rows, sum) of ``shown``'s actors in the outlets ``top`` (None:
    in every outlet), the missing outlet named ``UNKNOWN_OUTLET``."""
    if use_days(shown):
        select, source = "SELECT actor, outlet, SUM(n), SUM(total) FROM kept_days", "kept_days"
        grouped = " GROUP BY actor, outlet HAVING SUM(n) > 0"
    else:
        select, source = "SELECT actor, outlet, COUNT(*), SUM(score) FROM kept", "kept"
        grouped = " GROUP BY actor, outlet"
    rows = snapshot.rows(shown, f"{select}{grouped}", source=source)
    cells = pd.DataFrame.from_records(
        [(a, UNKNOWN_OUTLET if o is None else str(o), int(n), s) for a, o, n, s in rows],
        columns=[Col.ACTOR, Col.OUTLET, Col.N, "total"])
    return cells if top is None else cells[cells[Col.OUTLET].isin(top)]


def outlet_comparison(db: Database, query: StanceQuery, outlets: Sequence[str], *,
                      max_actors: int = MAX_ACTORS) -> pd.DataFrame:
    """Mean stance toward each actor that every one of ``outlets`` writes about, per outlet,
    with its interval and the outlets' difference, as ``dashboard.charts.outlet_comparison``."""
    outlets = list(outlets)
    if len(outlets) < 2:
        return pd.DataFrame(columns=OUTLET_COMPARISON_COLUMNS)
    if use_days(query):
        rows = _rows(db, query, "SELECT actor, outlet, SUM(n), SUM(total), SUM(squares)"
                     f" FROM kept_days WHERE outlet IN ({marks(outlets)})"
                     " GROUP BY actor, outlet HAVING SUM(n) > 0", extra=outlets,
                     source="kept_days")
    else:
        rows = _rows(db, query, "SELECT actor, outlet, COUNT(*), SUM(score),"
                     f" SUM(score * score) FROM kept WHERE outlet IN ({marks(outlets)})"
                     " GROUP BY actor, outlet", extra=outlets)
    return outlet_comparison_from(rows, outlets, max_actors=max_actors)


def outlet_comparison_from(rows: Sequence[tuple[Any, ...]], outlets: list[str], *,
                           max_actors: int) -> pd.DataFrame:
    """``outlet_comparison`` from (actor, outlet, rows, sum, sum of squares) per pair."""
    records = [(str(a), str(o), float(t) / int(n), int(n), _spread(int(n), t, sq, ddof=1))
               for a, o, n, t, sq in sorted(rows) if n]
    if not records:
        return pd.DataFrame(columns=OUTLET_COMPARISON_COLUMNS)
    groups = pd.DataFrame.from_records(records, columns=[Col.ACTOR, Col.OUTLET,
                                                         Col.MEAN_STANCE, Col.N, SD])
    return compare_outlets(groups, outlets, max_actors=max_actors)


def outlet_sentiment(db: Database, query: StanceQuery) -> pd.DataFrame:
    """Mean paragraph sentiment per outlet over the kept paragraphs, and how many there are,
    as ``dashboard.charts.outlet_sentiment``."""
    rows = _rows(db, query, "SELECT outlet, AVG(compound), COUNT(*) FROM kept_paragraphs"
                 " GROUP BY outlet", source="kept_paragraphs")
    columns = [Col.OUTLET, Col.SENTIMENT, Col.N]
    if not rows:
        return pd.DataFrame(columns=columns)
    named = sorted((UNKNOWN_OUTLET if o is None else str(o), float(m), int(n))
                   for o, m, n in rows)
    out = pd.DataFrame.from_records(named, columns=columns)
    return out.sort_values(Col.SENTIMENT, ascending=False)
