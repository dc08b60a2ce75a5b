"""Which rows a chart aggregates, as SQL: the sidebar filters and the actor edits, in one place.

``kept_sql`` is the row path of every aggregation in ``store.aggregates``: a ``WITH`` prefix whose
last table, ``kept``, holds the stance rows the pandas path keeps (``store.frames.stances_frame``
then ``dashboard.filters.apply_stances``), one per paragraph and shown actor, with the score they
count with. ``paragraphs_sql`` does the same for ``apply_paragraphs``. Every value is a query
parameter: the SQL text is put together only from the fixed fragments below, and how many ``?``
a list needs.

The actor edits are applied as the frames apply them: stored names shown under their new names,
hidden actors left out, and the stances of actors that a read-time merge shows under one name
re-aggregated by ``store.folding`` (in Python, from the stored mention probabilities: few rows)
and given to the query in place of the stored ones. A corrected row counts with its label's
score (``store.frames.LABEL_SCORES``), as the frames count it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pandas as pd

from store.actor_edits import ActorView, current_view
from store.db import FTS_ROWID_STRIDE, SQLITE, Connection, Dialect, PerVersion
from store.folding import candidates, fold_rows, refold
from store.frames import LABEL_SCORES, _apply_corrections
from store.schema import Col
from store.search import (
    fts_query,
    like_contains,
    postgres_pattern,
    prefilter_words,
    python_pattern,
)
from store.summary_sql import POSITION

FULL_POSITION: tuple[float, float] = (0.0, 1.0)
FULL_SCALE: tuple[float, float] = (-1.0, 1.0)


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

    @property
    def limits_stances(self) -> bool:
        """True when stance-side filters drop rows, so the paragraphs kept must follow them
        (as ``dashboard.filters.Filters.limits_stances``)."""
        return bool(self.actors) or self.stance != FULL_SCALE or self.min_mentions > 1


#: A stance row as the query takes it: article id, paragraph, shown name, score (corrected),
#: mentions, and 1 if a user corrected it (else 0).
Row = tuple[int, int, str, float, int, int]


@dataclass(frozen=True, slots=True)
class ReadEdits:
    """The actor edits as the SQL applies them, read in the caller's snapshot."""

    shown: tuple[tuple[str, str], ...]  # stored name -> shown name, for the names edits change
    hidden: frozenset[str]  # shown names left out
    refolded: tuple[Row, ...]  # rows standing for a read-time merge's stored rows
    corrected: bool  # whether any correction is stored (else the row path skips that join)


def marks(values: Sequence[Any]) -> str:
    return ", ".join("?" * len(values))


#: ``read_edits`` per database and data version: a page's aggregations each read them, and a
#: merge not yet re-analysed refolds its rows in Python (3 s for a merge of two busy actors at
#: 10^4 articles), once per version rather than once per chart.
_READ_EDITS: PerVersion[ReadEdits] = PerVersion()


def read_edits(conn: Connection) -> ReadEdits:
    """The actor edits and corrections as the SQL applies them, read on ``conn`` (the caller's
    snapshot)."""
    return _READ_EDITS.get(conn, _read_edits)


def _read_edits(conn: Connection) -> ReadEdits:
    view = current_view(conn)  # the edits replayed and the automatic joins
    corrected = conn.execute("SELECT EXISTS (SELECT 1 FROM corrections)").fetchone()[0]
    return ReadEdits(shown=tuple(sorted(view.shown.items())), hidden=view.hidden,
                     refolded=tuple(refolded_rows(conn, view)), corrected=bool(corrected))


def refolded_rows(conn: Connection, view: ActorView) -> list[Row]:
    """The rows ``store.folding`` re-aggregates for merged actors, as the frames show them:
    a folded row keeps the correction of its first stored row, as ``fold_rows`` keeps it."""
    redone = refold(conn, view)
    if not redone:
        return []
    names = tuple(sorted(candidates(view)))
    stored = pd.DataFrame.from_records(conn.execute(
        "SELECT s.article_id, s.paragraph, s.actor, s.score, s.label, s.confidence, s.mentions,"
        " c.label FROM stances AS s LEFT JOIN corrections AS c ON c.article_id = s.article_id"
        " AND c.paragraph = s.paragraph AND c.actor = s.actor"
        f" WHERE s.actor IN ({marks(names)}) ORDER BY s.article_id, s.paragraph, s.actor",
        names).fetchall(),
        columns=[Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR, Col.STANCE, Col.STANCE_LABEL,
                 Col.CONFIDENCE, Col.MENTIONS, Col.CORRECTED_LABEL])
    stored[Col.ACTOR] = [view.show(n) for n in stored[Col.ACTOR]]
    stored = stored[[(int(a), n) in redone for a, n in zip(
        stored[Col.ARTICLE_ID], stored[Col.ACTOR], strict=True)]]
    folded = fold_rows(stored.reset_index(drop=True), redone)
    _apply_corrections(folded)  # the frames' rule: a corrected row counts its label's score
    return [(int(a), int(p), str(n), float(x), int(m), int(c is not None and c == c))
            for a, p, n, x, m, c in zip(
                folded[Col.ARTICLE_ID], folded[Col.PARAGRAPH], folded[Col.ACTOR],
                folded[Col.STANCE], folded[Col.MENTIONS], folded[Col.CORRECTED_LABEL],
                strict=True)]


def article_filters(query: StanceQuery, *, row: str) -> tuple[list[str], list[Any]]:
    """WHERE parts on the article (alias ``a``) and paragraph position of rows aliased ``row``
    (with article_id and paragraph): ``dashboard.filters._article_mask`` in SQL."""
    where: list[str] = []
    params: list[Any] = []
    if query.articles:
        where.append(f"{row}.article_id IN ({marks(query.articles)})")
        params.extend(query.articles)
    if query.outlets:
        where.append(f"a.outlet IN ({marks(query.outlets)})")
        params.extend(query.outlets)
    date_part, date_params = date_filter(query, column="a.published")
    where.extend(date_part)
    params.extend(date_params)
    if query.position != FULL_POSITION:
        where.append(f"{POSITION.format(s=row, a='a')} BETWEEN ? AND ?")
        params.extend(query.position)
    return where, params


def date_filter(query: StanceQuery, *, column: str) -> tuple[list[str], list[Any]]:
    """The date range on ``column`` (ISO date text; NULL or '' when undated)."""
    if query.date_from is None and query.date_to is None:
        return [], []
    # ISO dates compare as text; the end date is inclusive (before the next midnight)
    in_range, params = [], []
    if query.date_from is not None:
        in_range.append(f"{column} >= ?")
        params.append(query.date_from.isoformat())
    if query.date_to is not None:
        in_range.append(f"{column} < ?")
        params.append((query.date_to + timedelta(days=1)).isoformat())
    undated = f" OR {column} IS NULL OR {column} = ''" if query.include_undated else ""
    return [f"(({' AND '.join(in_range)}){undated})"], params


def paragraph_filters(query: StanceQuery, dialect: Dialect) -> tuple[list[str], list[Any]]:
    """WHERE parts on one paragraph (alias ``p``): the sentiment range and the search."""
    where: list[str] = []
    params: list[Any] = []
    if query.sentiment != FULL_SCALE:
        where.append("p.compound BETWEEN ? AND ?")
        params.extend(query.sentiment)
    pattern = python_pattern if dialect is SQLITE else postgres_pattern
    if dialect is SQLITE:
        # the full-text index first: the paragraphs it keeps are read by their key, not all
        indexed = [q for q in map(fts_query, query.search) if q]
        if indexed:
            where.append(f"(p.article_id, p.paragraph) IN (SELECT rowid / {FTS_ROWID_STRIDE},"
                         f" rowid % {FTS_ROWID_STRIDE} FROM paragraphs_fts"
                         " WHERE paragraphs_fts MATCH ?)")
            params.append(" AND ".join(f"({q})" for q in indexed))
    for words in query.search:
        for word in prefilter_words(words):  # PostgreSQL's trigram index serves these
            where.append(f"p.text {dialect.like} ? ESCAPE '\\'")
            params.append(like_contains(word))
        where.append(f"p.text {dialect.regexp} ?")
        params.append(pattern(words))
    return where, params


def edits_ctes(edits: ReadEdits, dialect: Dialect, params: list[Any]) -> list[str]:
    """The CTEs the edits and corrections need: ``shown (stored, name)``, ``label_scores
    (label, score)`` and, when a merge folds rows, ``refolded`` (a ``Row`` each).

    The shown names and the refolded rows go as one JSON parameter each, however many: with a
    parameter for each value, a merge of two busy actors not yet re-analysed (44,000 refolded
    rows at 10^4 articles) went past SQLite's limit of parameters and failed every chart."""
    params.append(json.dumps(dict(edits.shown)))
    ctes = [f"shown (stored, name) AS (SELECT key, value FROM {dialect.json_pairs})"]
    scores = ", ".join(["(CAST(? AS TEXT), CAST(? AS DOUBLE PRECISION))"] * len(LABEL_SCORES))
    for label, score in sorted(LABEL_SCORES.items()):
        params.extend((label, score))
    ctes.append(f"label_scores (label, score) AS (VALUES {scores})")
    if edits.refolded:
        item = dialect.json_item.format
        columns = ", ".join(f"CAST({item(i=i)} AS {kind})" for i, kind in enumerate(_ROW_TYPES))
        ctes.append("refolded (article_id, paragraph, actor, score, mentions, corrected) AS"
                    f" (SELECT {columns} FROM {dialect.json_rows})")
        params.append(json.dumps(edits.refolded))
    return ctes


#: The SQL types of a ``Row``'s fields.
_ROW_TYPES = ("INTEGER", "INTEGER", "TEXT", "DOUBLE PRECISION", "INTEGER", "INTEGER")


def not_refolded(article: str, actor: str) -> str:
    """SQL true for a row whose (``article``, shown ``actor``) has no refolded rows: the pair as
    one text value in a NOT IN over ``refolded``. Not a correlated NOT EXISTS (SQLite ran that
    once per stance row: 23 s instead of 2.4 s with 150 folded articles in 1,500), and not a
    row-value NOT IN, which SQLite searched row by row (35 s against 0.42 s for the pair, with
    44,000 refolded rows at 10^4 articles); an article id holds no "|"."""
    return (f"CAST({article} AS TEXT) || '|' || {actor} NOT IN"
            " (SELECT CAST(article_id AS TEXT) || '|' || actor FROM refolded)")


def stored_names(shown: Sequence[str], edits: ReadEdits) -> tuple[str, ...]:
    """Every stored name the edits show as one of ``shown``: those mapped to it, and the name
    itself unless the edits show it as another."""
    wanted = set(shown)
    renamed = {stored for stored, _ in edits.shown}
    return tuple(sorted({stored for stored, name in edits.shown if name in wanted}
                        | (wanted - renamed)))


def kept_sql(query: StanceQuery, dialect: Dialect, edits: ReadEdits, *,
             within: tuple[str, Sequence[Any]] | None = None) -> tuple[str, list[Any]]:
    """``WITH ...`` ending in ``kept (article_id, paragraph, actor, score, mentions, corrected,
    outlet, published, title)``: the stance rows ``query`` keeps; append a SELECT on ``kept``.

    ``within``, a SELECT of distinct (article_id, paragraph) pairs and its parameters (it may
    read the edits' CTEs), narrows the rows to those paragraphs, read by the stance rows' key
    from them (``CROSS JOIN`` keeps that order on SQLite: a row-value IN over 10^5 pairs took
    minutes); it is the CTE ``within_keys``."""
    params: list[Any] = []
    ctes = edits_ctes(edits, dialect, params)
    narrowed = ""
    stances = "stances AS s"
    if within is not None:
        ctes.append(f"within_keys (article_id, paragraph) AS ({within[0]})")
        params.extend(within[1])
        stances = ("stances AS s CROSS JOIN within_keys AS w" if dialect.small_right
                   else "within_keys AS w CROSS JOIN stances AS s")
        narrowed = "s.article_id = w.article_id AND s.paragraph = w.paragraph"
    # The joins a store without edits or corrections does not need are left out: each is a
    # lookup per stance row, a third of the query's time at 10^7 rows.
    actor, score, corrected, joins = "s.actor", "s.score", "0", ""
    if edits.shown:
        actor = "COALESCE(m.name, s.actor)"
        joins += " LEFT JOIN shown AS m ON m.stored = s.actor"
    if edits.corrected:
        score = "COALESCE(l.score, s.score)"
        corrected = "CASE WHEN c.label IS NULL THEN 0 ELSE 1 END"
        joins += (" LEFT JOIN corrections AS c ON c.article_id = s.article_id"
                  " AND c.paragraph = s.paragraph AND c.actor = s.actor"
                  " LEFT JOIN label_scores AS l ON l.label = c.label")
    source = (f"SELECT s.article_id, s.paragraph, {actor} AS actor, {score} AS score,"
              f" s.mentions, {corrected} AS corrected FROM {stances}{joins}")
    stored_where: list[str] = [narrowed] if narrowed else []
    if query.actors:
        # the stored names shown as the picked actors, so the index on stances (actor) reads
        # only their rows (a drill-down on one actor, not a scan of every stance row)
        stored = stored_names(query.actors, edits)
        stored_where.append(f"s.actor IN ({marks(stored)})" if stored else "1 = 0")
        params.extend(stored)
    if edits.refolded:
        # the refolded rows replace every stored row of their article shown under their name
        stored_where.append(not_refolded("s.article_id", actor))
    if stored_where:
        source = f"{source} WHERE {' AND '.join(stored_where)}"
    if edits.refolded:
        mine = (" WHERE (article_id, paragraph) IN (SELECT article_id, paragraph FROM"
                " within_keys)" if within is not None else "")
        source = (f"{source} UNION ALL SELECT article_id, paragraph, actor, score, mentions,"
                  f" corrected FROM refolded{mine}")
    ctes.append(f"src AS ({source})")
    where, more = article_filters(query, row="s")
    params.extend(more)
    kept_paragraph, more = paragraph_filters(query, dialect)
    if kept_paragraph and query.articles:
        # chosen articles: only their paragraphs are tested, not every stored one (0.8 s)
        kept_paragraph.insert(0, f"p.article_id IN ({marks(query.articles)})")
        more = [*query.articles, *more]
    if kept_paragraph:
        # paragraphs are picked once, in a subquery: a paragraph has several stance rows, and
        # the search's pattern is the costly part (SQLite runs Python's re per row). A search
        # keeps few, whose rows are best read by key; a sentiment range alone keeps many, and
        # reading theirs by key reads the wide stance rows one by one (31 s over every actor
        # at 10^5 articles): "+" keeps SQLite from using the key for it, so it reads the
        # covering index by actor and tests each row against the kept paragraphs (7.5 s)
        key = "s.article_id, s.paragraph" if query.search else "+s.article_id, +s.paragraph"
        where.append(f"({key}) IN (SELECT p.article_id, p.paragraph"
                     f" FROM paragraphs AS p WHERE {' AND '.join(kept_paragraph)})")
        params.extend(more)
    more_where, more = actor_filters(query, edits, column="s.actor")
    where.extend(more_where)
    params.extend(more)
    if query.stance != FULL_SCALE:
        where.append("s.score BETWEEN ? AND ?")
        params.extend(query.stance)
    ctes.append(
        "filtered AS (SELECT s.article_id, s.paragraph, s.actor, s.score, s.mentions,"
        " s.corrected, a.outlet, a.published, a.title"
        " FROM src AS s JOIN articles AS a ON a.id = s.article_id"
        f" WHERE {' AND '.join(where) or '1 = 1'})")
    ctes.append(min_mentions_cte("kept", "filtered", query.min_mentions, params))
    return f"WITH {', '.join(ctes)}", params


def actor_filters(query: StanceQuery, edits: ReadEdits, *,
                  column: str) -> tuple[list[str], list[Any]]:
    """WHERE parts on a shown actor name ``column`` (stance rows and ``stance_days`` sums alike):
    hidden actors out, and only the picked ones when actors are picked; and their parameters."""
    where: list[str] = []
    params: list[Any] = []
    if edits.hidden:
        where.append(f"{column} NOT IN ({marks(tuple(edits.hidden))})")
        params.extend(sorted(edits.hidden))
    if query.actors:
        where.append(f"{column} IN ({marks(query.actors)})")
        params.extend(query.actors)
    return where, params


def summary_kept_cte(name: str, source: str, query: StanceQuery, edits: ReadEdits,
                     params: list[Any]) -> str:
    """The CTE ``name`` of the summary rows of ``source`` (``stance_days`` or
    ``stance_articles`` pieces, with ``actor``, ``outlet`` and ``published``) that the query's
    outlets, dates and actors keep, the hidden actors out."""
    where, more = date_filter(query, column="published")
    params.extend(more)
    if query.outlets:
        where.append(f"outlet IN ({marks(query.outlets)})")
        params.extend(query.outlets)
    more_where, more = actor_filters(query, edits, column="actor")
    where.extend(more_where)
    params.extend(more)
    return f"{name} AS (SELECT * FROM {source} WHERE {' AND '.join(where) or '1 = 1'})"


def min_mentions_cte(name: str, source: str, min_mentions: int, params: list[Any]) -> str:
    """The CTE ``name`` of the rows of ``source`` whose actor has ``min_mentions`` or more
    mentions in ``source``: an actor's mentions are counted over the rows every other filter
    keeps (stance rows or ``stance_days`` sums alike; both have ``actor`` and ``mentions``)."""
    if min_mentions <= 1:
        return f"{name} AS (SELECT * FROM {source})"
    params.append(min_mentions)
    return (f"{name} AS (SELECT * FROM {source} WHERE actor IN (SELECT actor FROM {source}"
            " GROUP BY actor HAVING SUM(mentions) >= ?))")


def paragraphs_sql(query: StanceQuery, dialect: Dialect,
                   edits: ReadEdits) -> tuple[str, list[Any]]:
    """``WITH ...`` ending in ``kept_paragraphs (article_id, paragraph, compound, outlet)``: the
    paragraphs ``apply_paragraphs`` keeps (with the stance filters, those with a kept row)."""
    params: list[Any] = []
    prefix = "WITH "
    where, more = article_filters(query, row="p")
    if query.limits_stances:
        prefix, params = kept_sql(query, dialect, edits)
        prefix += ", "
        where.append("(p.article_id, p.paragraph) IN (SELECT article_id, paragraph FROM kept)")
    params.extend(more)
    kept_paragraph, more = paragraph_filters(query, dialect)
    where.extend(kept_paragraph)
    params.extend(more)
    return (f"{prefix}kept_paragraphs AS (SELECT p.article_id, p.paragraph, p.compound, a.outlet"
            " FROM paragraphs AS p JOIN articles AS a ON a.id = p.article_id"
            f" WHERE {' AND '.join(where) or '1 = 1'})"), params
