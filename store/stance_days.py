"""The fast path: the model's stances summed per stored actor, outlet and publication day.

With 10^5 articles the stances table holds ~10^7 rows, and reading them all is seconds whatever
the query. The Overview's default view (no filter, or only outlets, dates, actors and a mention
minimum) needs only sums over them, so migration 6 keeps those sums in ``stance_days``: per
stored actor, outlet ('' for none) and publication date as stored ('' when undated), the rows,
the sum of their scores and of their squared scores, and their mentions (~10^4 rows).

Triggers keep it current, not application code: every write path then counts, including the ones
written later and plain SQL, and the rule lives in one migration. What was checked:

* SQLite has row triggers only: one upsert per stance row, about 5 microseconds, made a bulk
  ``add_many`` of 1,000 synthetic articles (90,000 stance rows) some 6 % slower.
* PostgreSQL runs statement-level triggers with transition tables, and COPY fires them: a bulk
  ``add_many`` costs one grouped upsert per batch (no measurable difference at 1,500
  articles). Upserts are sorted, so a statement locks the days it shares with another writer
  in one order; a re-analysis's two statements (rows out, rows in) could still deadlock with
  another's, so the shown writes run one at a time (``store.db.write_transaction``).
* The backfill is one INSERT ... SELECT ... GROUP BY: 36 s at 100,000 articles on SQLite, once.
* A deleted article's stances go by cascade after the article's row, on both databases, so the
  stance trigger can no longer see the outlet and date: a BEFORE DELETE trigger on ``articles``
  takes them out first, and the stance trigger skips rows whose article is gone.
* Changing an article's outlet or date (``set_article_metadata``, re-analysis) moves its rows
  between days; re-analysis and restore delete and insert stance rows, which the triggers see.

The summary holds the model's scores. Queries read it plus small delta rows for what the frames
change at read time: a correction adds its label's score minus the model's score where it
falls, and a read-time merge's stored rows are taken out and ``store.folding``'s refolded rows
(``store.stance_rows.ReadEdits``) put in. Filters the summary cannot see (articles, paragraph
position, sentiment, search) take the row path (``store.stance_rows``).

A stance range on the slider's grid is counted from ``stance_bands`` (migration 10): the same
sums with each row's stance band in the key (``store.summary_sql.BAND``), a correction or a
merge moving its row between bands (``days_cover``, ``band_range``). A sentiment range on the
grid is counted from ``sentiment_bands`` (migration 11), keyed by the band of the row's
paragraph's sentiment (``SENTIMENT_BAND``): a correction changes a row's score but not its band.
A paragraph position range on the grid is counted from ``position_bands`` (migration 12), keyed
by the band of the row's position in its article (``POSITION_BAND``). Two or three of these
ranges together are counted per actor alone from ``actor_range_bands`` (migration 18: each row's
three bands in one key), for the SELECTs grouped by actor with no outlet or date filter (the
actor summary, the busiest, the counts line's actors); by day or outlet, and a range off the
grid, take the row path.

The counts line's paragraphs and articles under a stance range over every actor are counted off
``paragraph_bands`` (migration 13: each paragraph's bands as bits), and with no outlet or date
filter off ``band_patterns`` and ``article_bands`` (migration 15: those bits counted per
pattern and ORed per article): ``banded_paragraphs_sql``. The actor x article heatmap's
articles under a sentiment or position range on the grid are ranked and counted off
``article_band_rows`` (migration 16: the rows per article and their paragraph's bands):
``banded_articles_sql``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from typing import Any

from store.db import Connection, Dialect
from store.stance_rows import (
    FULL_POSITION,
    FULL_SCALE,
    ReadEdits,
    StanceQuery,
    article_filters,
    date_filter,
    edits_ctes,
    kept_sql,
    marks,
    min_mentions_cte,
    paragraph_filters,
    stored_names,
    summary_kept_cte,
)
from store.summary_sql import (
    ACTOR_BANDS,
    ACTOR_DAY_BANDS,
    ACTOR_DAY_POSITION_BANDS,
    ACTOR_DAY_RANGE_BANDS,
    ACTOR_DAY_SENTIMENT_BANDS,
    ACTOR_DAYS,
    ACTOR_POSITION_BANDS,
    ACTOR_RANGE_BANDS,
    ACTOR_SENTIMENT_BANDS,
    ACTOR_TOTALS,
    ARTICLE_BAND_ROWS,
    BAND_STEPS,
    POSITION_BANDS,
    SENTIMENT_BANDS,
    STANCE_BANDS,
    STANCE_DAYS,
    Summary,
    band_masks,
    position_of,
)

#: The shown name of a stance row ``s`` (with ``shown`` joined as ``m``).
SHOWN_ACTOR = "COALESCE(m.name, s.actor)"


def summary_covers(query: StanceQuery) -> bool:
    """True when ``query`` filters only by outlet, date, actor and mentions (the summary's
    keys): its rows can be counted from ``stance_days`` (and ``stance_articles``)."""
    return not (query.articles or query.search or query.position != FULL_POSITION
                or query.sentiment != FULL_SCALE or query.stance != FULL_SCALE)


def to_grid(value: float) -> float:
    """The range sliders' grid value nearest ``value`` (``k / BAND_STEPS``): a browser's
    slider may send a step's value a hair off it (``-1 + 7 * 0.05`` is -0.6499999999999999)."""
    return round(value * BAND_STEPS) / BAND_STEPS


def on_grid(value: float) -> bool:
    """Whether ``value`` is a value of the sliders' grid (``k / BAND_STEPS``)."""
    return value == to_grid(value)


#: Which bands a ranged query reads: its stance range's (``stance_bands``), its sentiment
#: range's (``sentiment_bands``) or its position range's (``position_bands``); each is also
#: the query's field.
STANCE, SENTIMENT, POSITION = "stance", "sentiment", "position"
#: The summary each kind of range is counted from.
_BANDS: dict[str, Summary] = {STANCE: STANCE_BANDS, SENTIMENT: SENTIMENT_BANDS,
                              POSITION: POSITION_BANDS}
#: Two or three kinds of range at once: counted per actor alone, from ``actor_range_bands``
#: (migration 18), whose key has each row's band of every kind, in these columns.
RANGES = "ranges"
_RANGE_COLUMNS: dict[str, str] = {STANCE: "band", SENTIMENT: "sentiment_band",
                                  POSITION: "position_band"}


#: What a SELECT on ``days_sql``' ``kept_days`` groups by, coarsest first: the shown actor
#: alone (``ACTOR``), and the day (``DAY``), and the outlet (``OUTLET``: anything).
ACTOR, DAY, OUTLET = "actor", "day", "outlet"
_LEVELS = (ACTOR, DAY, OUTLET)


def _ranged(query: StanceQuery) -> list[str]:
    return [name for name, value, full in ((STANCE, query.stance, FULL_SCALE),
                                           (SENTIMENT, query.sentiment, FULL_SCALE),
                                           (POSITION, query.position, FULL_POSITION))
            if value != full]


def days_cover(query: StanceQuery, *, by: str = OUTLET, mirrored: bool = False) -> bool:
    """True when ``query``'s rows can be counted by day (``days_sql``) for a SELECT grouped
    ``by`` a level (``level_for``): ``summary_covers`` it, or it adds only a stance range
    (``stance_bands``), only a sentiment range (``sentiment_bands``) or only a position range
    (``position_bands``) on the sliders' grid; or, where the SELECT and the filters need no
    outlet or day (``level_for`` is ``ACTOR``), two or three of those ranges
    (``actor_range_bands``). ``mirrored``: on the column mirror, which also sums two or three
    ranges by day (``actor_day_range_bands``)."""
    if not _banded(query):
        return False
    level = level_for(query, by=by)
    return len(_ranged(query)) <= 1 or level == ACTOR or (mirrored and level == DAY)


def _banded(query: StanceQuery) -> bool:
    """Whether ``query`` filters by outlet, date, actor and mentions, and by ranges on the
    sliders' grid (the summaries' bands), only."""
    bare = dataclasses.replace(query, stance=FULL_SCALE, sentiment=FULL_SCALE,
                               position=FULL_POSITION)
    return summary_covers(bare) and all(on_grid(value) for name in _ranged(query)
                                        for value in getattr(query, name))


def _kind(ranged: Sequence[str]) -> str | None:
    """The bands a query with ``ranged`` ranges reads (None: no band)."""
    if not ranged:
        return None
    return ranged[0] if len(ranged) == 1 else RANGES


def _left_out(query: StanceQuery, kind: str | None) -> bool:
    """Whether ``days_sql`` sums ``query``'s rows as every row less the bands left out."""
    return kind not in (None, RANGES) and reads_left_out(kind, band_range(getattr(query, kind)))


def days_summaries(query: StanceQuery, *, by: str = OUTLET) -> frozenset[str]:
    """The summary tables ``days_sql`` reads for ``query`` and ``by`` (besides the stance rows,
    their articles and paragraphs and the corrections, for the edits' delta rows)."""
    level = level_for(query, by=by)
    kind = _kind(_ranged(query))
    tables = {_SUMMARIES[(level, kind)].table}
    if _left_out(query, kind):
        tables.add(_SUMMARIES[(level, None)].table)
    return frozenset(tables)


#: The levels ``level_for`` may pick (the tests narrow them to read finer summaries).
SUMMARY_LEVELS: tuple[str, ...] = _LEVELS
#: The summary of each level, for every row (``None``) or by the bands of a range.
_SUMMARIES: dict[tuple[str, str | None], Summary] = {
    (ACTOR, None): ACTOR_TOTALS, (ACTOR, STANCE): ACTOR_BANDS,
    (ACTOR, SENTIMENT): ACTOR_SENTIMENT_BANDS, (ACTOR, POSITION): ACTOR_POSITION_BANDS,
    (DAY, None): ACTOR_DAYS, (DAY, STANCE): ACTOR_DAY_BANDS,
    (DAY, SENTIMENT): ACTOR_DAY_SENTIMENT_BANDS, (DAY, POSITION): ACTOR_DAY_POSITION_BANDS,
    (OUTLET, None): STANCE_DAYS, **{(OUTLET, by): summary for by, summary in _BANDS.items()},
    (ACTOR, RANGES): ACTOR_RANGE_BANDS,
    # the column mirror's alone (``days_cover``'s ``mirrored``)
    (DAY, RANGES): ACTOR_DAY_RANGE_BANDS,
}


def level_for(query: StanceQuery, *, by: str) -> str:
    """The level of the summaries ``days_sql`` reads for ``query`` (one that ``days_cover``)
    and a SELECT grouped ``by`` a level: the coarsest that keeps the keys the SELECT and the
    query's filters read (a date filter reads the day, an outlet filter the outlet). Every level
    has the bands of each kind of range (``_SUMMARIES``; migration 16 made the sentiment and
    position ones per actor and per actor and day)."""
    dated = query.date_from is not None or query.date_to is not None
    needed = max((by, DAY if dated else ACTOR, OUTLET if query.outlets else ACTOR),
                 key=_LEVELS.index)
    return next(level for level in _LEVELS[_LEVELS.index(needed):] if level in SUMMARY_LEVELS)


def band_range(stance: tuple[float, float]) -> tuple[int, int]:
    """The bands (``store.summary_sql.BAND``, ``SENTIMENT_BAND``, ``POSITION_BAND``) of the
    values a grid range keeps."""
    low, high = stance
    return 2 * round(low * BAND_STEPS), 2 * round(high * BAND_STEPS)


#: Every band of each kind of range: the bands its full scale keeps.
_EVERY_BAND: dict[str, tuple[int, int]] = {STANCE: band_range(FULL_SCALE),
                                           SENTIMENT: band_range(FULL_SCALE),
                                           POSITION: band_range(FULL_POSITION)}


def reads_left_out(by: str, kept: tuple[int, int]) -> bool:
    """Whether a range on ``by``'s grid keeping the bands ``kept`` is summed as every row less
    the bands it leaves out (``days_sql``): when it leaves out fewer bands than it keeps. A
    slider narrowed from its ends keeps most bands, and summing the few left out read 0.12 s
    where summing the kept ones read 0.44 s (the actor summary under -0.8..0.7, 10^5 articles,
    SQLite): the rows read are what costs."""
    first, last = _EVERY_BAND[by]
    low, high = kept
    return (last - first + 1) - (high - low + 1) < high - low + 1


def _parts(edits: ReadEdits, *, banded: str | None, stored: Summary,
           stored_only: tuple[str, ...] | None) -> list[str]:
    """The SELECTs whose rows, added up, are the frames' stances per shown actor and day (and,
    ``banded``, by ``STANCE`` band: then a row moved by a correction or a merge leaves its band;
    by ``SENTIMENT`` band: the band of the row's paragraph, read by joining it; or by
    ``POSITION`` band: the band of the row's place in its article). The model's sums are read
    from ``stored`` (``level_for``'s): where it has no outlet (or day) its rows have none (or
    are undated), and the delta rows keep theirs, which only a SELECT by outlet or day would
    tell apart. ``stored_only``: the model's sums of these stored names only (one ``?`` each,
    in the first SELECT), read by the summary's key.

    The few delta rows are found from their small tables first: ``CROSS JOIN`` keeps that order
    on SQLite, which without statistics would scan every stance row instead.
    """
    day = "COALESCE(a.published, '')"
    folded = ""
    if edits.refolded:
        folded = (" AND NOT EXISTS (SELECT 1 FROM folded_keys AS k"
                  f" WHERE k.article_id = s.article_id AND k.actor = {SHOWN_ACTOR})")

    summary = _banded_summary(banded)
    band_keys = _band_keys(banded)
    keys = dict(stored.keys)
    outlet = "NULLIF(d.outlet, '')" if "outlet" in keys else "CAST(NULL AS TEXT)"
    published = "d.published" if "published" in keys else "''"
    # the key column of the row's stance band, which a correction moves to its label's
    scored_column = "band" if banded in (STANCE, RANGES) else None

    def band(row: str, scored: str | None = None) -> str:
        # the summary's own band keys on the delta row ``row``, its article ``a`` and paragraph
        # ``p``; ``scored``: the row whose score the stance band reads (a correction's label)
        return "".join(", " + e.format(s=scored if c == scored_column and scored else row,
                                       a="a", p="p") for c, e in band_keys)

    def paragraph(row: str) -> str:
        return summary.join(row) if summary else ""  # a band read off the row's paragraph

    corrected = (" FROM corrections AS c CROSS JOIN stances AS s CROSS JOIN label_scores AS l"
                 f" JOIN articles AS a ON a.id = s.article_id{paragraph('s')} LEFT JOIN shown AS m"
                 " ON m.stored = s.actor WHERE s.article_id = c.article_id"
                 " AND s.paragraph = c.paragraph AND s.actor = c.actor AND l.label = c.label"
                 f"{folded}")
    parts = [
        f"SELECT COALESCE(m.name, d.actor), {outlet}, {published}, d.n, d.total,"
        f" d.squares, d.mentions, 0{''.join(f', d.{c}' for c, _ in band_keys)}"
        f" FROM {stored.table} AS d LEFT JOIN shown AS m ON m.stored = d.actor"
        f"{_where_stored(stored_only)}",
    ]
    # with no correction stored there is no delta row for one (the SELECTs are left out: DuckDB
    # scanned every stance row for none)
    if edits.corrected and banded:
        # a correction takes its row out of the model's band and puts it in its label's (a
        # sentiment or a position band is the paragraph's: the row keeps it)
        parts += [f"SELECT {SHOWN_ACTOR}, a.outlet, {day}, -1, -s.score, -s.score * s.score,"
                  f" -s.mentions, 0{band('s')}{corrected}",
                  f"SELECT {SHOWN_ACTOR}, a.outlet, {day}, 1, l.score, l.score * l.score,"
                  f" s.mentions, 1{band('s', scored='l')}{corrected}"]
    elif edits.corrected:
        # a correction counts its label's score instead of the model's, where the row falls
        parts.append(f"SELECT {SHOWN_ACTOR}, a.outlet, {day}, 0, l.score - s.score,"
                     f" l.score * l.score - s.score * s.score, 0, 1{corrected}")
    if edits.refolded:
        parts += [
            # a read-time merge: its stored rows out (their corrections with them) ...
            f"SELECT k.actor, a.outlet, {day}, -1, -s.score, -s.score * s.score, -s.mentions,"
            f" 0{band('s')} FROM folded_keys AS k CROSS JOIN stances AS s"
            f" JOIN articles AS a ON a.id = s.article_id{paragraph('s')} LEFT JOIN shown AS m"
            f" ON m.stored = s.actor WHERE s.article_id = k.article_id AND {SHOWN_ACTOR} = k.actor",
            # ... and the rows store.folding re-aggregated in
            f"SELECT r.actor, a.outlet, {day}, 1, r.score, r.score * r.score, r.mentions,"
            f" r.corrected{band('r')} FROM refolded AS r CROSS JOIN articles AS a"
            f"{paragraph('r')} WHERE a.id = r.article_id",
        ]
    return parts


def _banded_summary(banded: str | None) -> Summary | None:
    """The summary by outlet and day of the bands ``banded`` reads (``actor_range_bands``, per
    actor alone, for ``RANGES``), or None."""
    if banded is None:
        return None
    return ACTOR_RANGE_BANDS if banded == RANGES else _BANDS[banded]


def _band_keys(banded: str | None) -> list[tuple[str, str]]:
    """The band columns (and their expressions) of the summaries read for ``banded``."""
    summary = _banded_summary(banded)
    if summary is None:
        return []
    return [(c, e) for c, e in summary.keys if c not in ("actor", "outlet", "published")]


def _summed(edits: ReadEdits, *, banded: str | None, stored: Summary,
            stored_only: tuple[str, ...] | None, dialect: Dialect,
            deltas: Sequence[Sequence[Any]] | None = None) -> tuple[str, list[Any]]:
    """``_parts`` as one UNION ALL, with its parameters (``stored_only``'s names); with
    ``deltas``, the delta rows (``days_deltas_sql``' rows) are read from them, one JSON
    parameter, instead of from the tables."""
    parts = _parts(edits, banded=banded, stored=stored, stored_only=stored_only)
    params: list[Any] = list(stored_only or ())
    if deltas is not None:
        parts = parts[:1]
        if deltas:
            types = (*_DELTA_TYPES, *(["INTEGER"] * len(_band_keys(banded))))
            item = dialect.json_item.format
            columns = ", ".join(f"CAST({item(i=i)} AS {kind})" for i, kind in enumerate(types))
            parts.append(f"SELECT {columns} FROM {dialect.json_rows}")
            params.append(json.dumps([list(row) for row in deltas]))
    return " UNION ALL ".join(parts), params


#: The SQL types of a delta row's columns before its bands (``_parts``).
_DELTA_TYPES = ("TEXT", "TEXT", "TEXT", "INTEGER", "DOUBLE PRECISION", "DOUBLE PRECISION",
                "INTEGER", "INTEGER")


def days_deltas_sql(query: StanceQuery, dialect: Dialect, edits: ReadEdits, *,
                    by: str = OUTLET) -> tuple[str, list[Any]] | None:
    """The delta rows ``days_sql`` adds to the summary's sums for the corrections and a
    read-time merge (``_parts``), as a SELECT of their own; None where there are none. For the
    column mirror, whose summaries hold the sums under two or three ranges: the store finds
    these few rows by key, where DuckDB scanned every stance row for them (0.3-0.5 s at 10^5
    articles); they go to ``days_sql`` as its ``deltas``."""
    level = level_for(query, by=by)
    kind = _kind(_ranged(query))
    if _left_out(query, kind):
        raise ValueError("days_deltas_sql: a single range summed as every row less the bands"
                         " left out reads two summaries' deltas")
    parts = _parts(edits, banded=kind, stored=_SUMMARIES[(level, kind)], stored_only=None)[1:]
    if not parts:
        return None
    params: list[Any] = []
    ctes = edits_ctes(edits, dialect, params)
    if edits.refolded:
        ctes.append("folded_keys AS (SELECT DISTINCT article_id, actor FROM refolded)")
    return f"WITH {', '.join(ctes)} {' UNION ALL '.join(parts)}", params


def _stored_only(picked: Sequence[str], only: Sequence[str] | None,
                 edits: ReadEdits) -> tuple[str, ...] | None:
    """The stored names whose summed rows a query can keep: those shown as a picked actor, and
    as one the caller reads ``only``; None when any actor may be kept."""
    wanted: set[str] | None = set(picked) if picked else None
    if only is not None:
        wanted = set(only) if wanted is None else wanted & set(only)
    return None if wanted is None else stored_names(tuple(sorted(wanted)), edits)


def _where_stored(names: tuple[str, ...] | None) -> str:
    if names is None:
        return ""
    return f" WHERE d.actor IN ({marks(names)})" if names else " WHERE 1 = 0"


_DAYS = "days (actor, outlet, published, n, total, squares, mentions, corrected)"


def days_sql(query: StanceQuery, dialect: Dialect, edits: ReadEdits, *, by: str = OUTLET,
             only: Sequence[str] | None = None,
             deltas: Sequence[Sequence[Any]] | None = None) -> tuple[str, list[Any]]:
    """``WITH ...`` ending in ``kept_days (actor, outlet, published, n, total, squares,
    mentions, corrected)``: sums whose totals per actor (and outlet, and day) are those of the
    rows the row path keeps. Only for a query ``days_cover``; under a stance or a sentiment
    range, from the bands the range keeps. ``by``: the finest level the SELECT that follows
    groups by (``ACTOR``, ``DAY`` or ``OUTLET``); its sums are right at that level, not finer
    (``level_for``). ``only``: the shown actors the caller reads (as the picked ones,
    ``query.actors``, are the only ones kept): the summary's rows of their stored names are
    read by key, not every actor's. ``deltas``: the rows of ``days_deltas_sql``, read
    beforehand (the column mirror's)."""
    params: list[Any] = []
    ctes = edits_ctes(edits, dialect, params)
    if edits.refolded:
        ctes.append("folded_keys AS (SELECT DISTINCT article_id, actor FROM refolded)")
    ranged = _ranged(query)
    level = level_for(query, by=by)
    stored_only = _stored_only(query.actors, only, edits)
    kind = _kind(ranged)
    if deltas is not None and _left_out(query, kind):
        raise ValueError("days_sql: deltas for a single range summed as every row less the"
                         " bands left out")
    every_day, every_params = _summed(edits, banded=None, stored=_SUMMARIES[(level, None)],
                                      stored_only=stored_only, dialect=dialect,
                                      deltas=deltas if kind is None else None)
    if not ranged:
        ctes.append(f"{_DAYS} AS ({every_day})")
        params.extend(every_params)
    else:
        banded, banded_params = _summed(edits, banded=kind, stored=_SUMMARIES[(level, kind)],
                                        stored_only=stored_only, dialect=dialect,
                                        deltas=deltas)
        columns = ", ".join(c for c, _ in _band_keys(kind))
        ctes.append("banded (actor, outlet, published, n, total, squares, mentions, corrected,"
                    f" {columns}) AS ({banded})")
        params.extend(banded_params)
        if _left_out(query, kind):
            params.extend(every_params)
            # every row's sums less those of the bands the range leaves out: the banded rows
            # summed over all bands are the unbanded ones, so the difference is exact
            ctes.append(f"{_DAYS} AS ({every_day} UNION ALL SELECT actor, outlet, published,"
                        " -n, -total, -squares, -mentions, -corrected FROM banded"
                        " WHERE band NOT BETWEEN ? AND ?)")
        else:  # the rows in the bands every range keeps (a single range's column is ``band``)
            ctes.append(f"{_DAYS} AS (SELECT actor, outlet, published, n, total, squares,"
                        " mentions, corrected FROM banded WHERE " + " AND ".join(
                            f"{_RANGE_COLUMNS[k] if kind == RANGES else 'band'} BETWEEN ? AND ?"
                            for k in ranged) + ")")
        for k in ranged:
            params.extend(band_range(getattr(query, k)))
    ctes.append(summary_kept_cte("filtered_days", "days", query, edits, params))
    ctes.append(min_mentions_cte("kept_days", "filtered_days", query.min_mentions, params))
    return f"WITH {', '.join(ctes)}", params


def rows_days_sql(query: StanceQuery, dialect: Dialect, edits: ReadEdits) -> tuple[str, list[Any]]:
    """``days_sql``' ``kept_days`` grouped from the rows ``kept_sql`` keeps: for a query that
    only the column mirror's summaries cover (``days_cover``'s ``mirrored``), read from the
    store where the mirror cannot answer (rebuilt, or ahead of the caller's snapshot)."""
    prefix, params = kept_sql(query, dialect, edits)
    return (f"{prefix}, kept_days AS (SELECT actor, outlet, COALESCE(published, '') AS"
            " published, COUNT(*) AS n, SUM(score) AS total, SUM(score * score) AS squares,"
            " SUM(mentions) AS mentions, SUM(corrected) AS corrected FROM kept"
            " GROUP BY actor, outlet, COALESCE(published, ''))"), params


def articles_sql(query: StanceQuery) -> tuple[str, list[Any]]:
    """Articles with a kept paragraph, and their kept paragraphs, under the outlet and date
    filters and a position range: the paragraphs the Overview keeps when no stance filter
    applies, read off the articles alone (an index) for a query ``days_cover`` with no other
    range. Without a position range an article keeps its ``n_paragraphs``."""
    where, params = date_filter(query, column="a.published")
    if query.outlets:
        where.append(f"a.outlet IN ({marks(query.outlets)})")
        params.extend(query.outlets)
    filters = "".join(" AND " + w for w in where)
    if query.position == FULL_POSITION:
        return ("SELECT COUNT(*), COALESCE(SUM(a.n_paragraphs), 0) FROM articles AS a"
                f" WHERE a.n_paragraphs > 0{filters}"), params
    # the paragraphs kept are a run of numbers, first to last, found among the few candidates
    # around the range's ends times the article's divisor (CAST truncates on SQLite, rounds on
    # PostgreSQL), each tested with the position filter's own expression. The run depends on
    # the article's length alone, so the articles are counted per length first and each
    # length's run found once (a few dozen lengths: 0.26-0.31 -> 0.03 s at 10^5 articles,
    # SQLite, where every article's run was found)
    divisor = "CASE WHEN a.n_paragraphs > 2 THEN a.n_paragraphs - 1 ELSE 1 END"
    low, high = f"CAST(r.lo * {divisor} AS INTEGER)", f"CAST(r.hi * {divisor} AS INTEGER)"
    first = "CASE " + " ".join(
        f"WHEN {position_of(f'{low} {shift}', 'a')} >= r.lo THEN {low} {shift}"
        for shift in ("- 1", "+ 0", "+ 1")) + f" ELSE {low} + 2 END"
    last = "CASE " + " ".join(
        f"WHEN {position_of(f'{high} {shift}', 'a')} <= r.hi THEN {high} {shift}"
        for shift in ("+ 1", "+ 0")) + f" ELSE {high} - 1 END"
    return ("WITH r (lo, hi) AS (SELECT CAST(? AS DOUBLE PRECISION), CAST(? AS DOUBLE"
            " PRECISION)), lengths (n_paragraphs, articles) AS (SELECT a.n_paragraphs, COUNT(*)"
            f" FROM articles AS a WHERE a.n_paragraphs > 0{filters} GROUP BY a.n_paragraphs),"
            " ends (n, articles, first, last) AS (SELECT a.n_paragraphs, a.articles,"
            f" {first}, {last} FROM lengths AS a CROSS JOIN r), runs (articles, k) AS (SELECT"
            " articles, CASE WHEN last > n - 1 THEN n - 1 ELSE last END - first + 1 FROM ends)"
            " SELECT COALESCE(SUM(articles), 0), COALESCE(SUM(k * articles), 0) FROM runs"
            " WHERE k > 0"), [
                *query.position, *params]


def paragraphs_cover(query: StanceQuery) -> bool:
    """True when the paragraphs ``query`` keeps can be counted off ``paragraph_bands``
    (``banded_paragraphs_sql``) and its actors off the bands (``days_cover`` per actor): a
    stance range on the grid and no other stance-side filter (no actor picked, no mention
    minimum), beside outlets and dates, or beside a sentiment or position range on the grid
    (whose paragraphs are tested one by one)."""
    return (days_cover(query, by=ACTOR) and query.stance != FULL_SCALE and not query.actors
            and query.min_mentions <= 1)


#: The share of the stance rows hidden above which ``few_hidden_rows`` says no: a hidden
#: actor's paragraphs are counted from their rows, read by key, and at 10^5 articles (SQLite)
#: hiding an actor with 8 % of the rows took 4.0 s that way against 2.6 s from the rows.
MOST_HIDDEN_SHARE = 0.02


def few_hidden_rows(conn: Connection, edits: ReadEdits) -> bool:
    """Whether the hidden actors have few enough stance rows (``MOST_HIDDEN_SHARE``, counted
    off ``stance_days``) for ``banded_paragraphs_sql`` to beat the row path."""
    if not edits.hidden:
        return True
    hidden = stored_names(tuple(sorted(edits.hidden)), edits)
    (hidden_rows, rows), = conn.execute(
        f"SELECT COALESCE(SUM(CASE WHEN actor IN ({marks(hidden)}) THEN n ELSE 0 END), 0),"
        " COALESCE(SUM(n), 0) FROM stance_days", hidden).fetchall()
    return int(hidden_rows) <= MOST_HIDDEN_SHARE * int(rows)


def patterns_cover(query: StanceQuery) -> bool:
    """Whether ``banded_paragraphs_sql`` counts ``query``'s paragraphs per band pattern
    (``band_patterns``, ``article_bands``): no filter on the articles or the paragraphs (a
    pattern has neither)."""
    return not article_filters(query, row="b")[0] and query.sentiment == FULL_SCALE


def _in_bands(row: str) -> str:
    """SQL true for a ``paragraph_bands``, ``band_patterns`` or ``article_bands`` row ``row``
    with a band in the range whose masks (``band_masks``) are the next two parameters."""
    return (f"(({row}.low_bands & CAST(? AS BIGINT)) <> 0"
            f" OR ({row}.high_bands & CAST(? AS BIGINT)) <> 0)")


def banded_paragraphs_sql(query: StanceQuery, dialect: Dialect,
                          edits: ReadEdits) -> tuple[str, list[Any]]:
    """SELECT the paragraphs and the articles with a row in ``query``'s stance range (for a
    query ``paragraphs_cover``), counted off each paragraph's bands (``paragraph_bands``).

    The bands hold the model's scores of every stored row. The paragraphs the edits change
    (a correction's, a hidden actor's, every paragraph of an article a read-time merge
    refolds) are counted from their rows instead, read by key through the row path
    (``kept_sql``, narrowed to them): a paragraph is counted one way or the other, never both.

    With no outlet, date, sentiment or position filter the bands are not read paragraph by
    paragraph (each tested for those filters, its article and paragraph joined) but counted
    per pattern (``band_patterns``) and per article (``article_bands``): the touched
    paragraphs' own bands are then taken back out, read by key (``_patterned_counts``).
    """
    prefix, params = kept_sql(query, dialect, edits, within=_touched(edits))
    masks = list(band_masks(*band_range(query.stance)))
    if patterns_cover(query):
        select, more = _patterned_counts(masks)
        return f"{prefix} {select}", [*params, *more]
    where, filter_params = article_filters(query, row="b")  # the position range among them
    by_paragraph, paragraph_params = paragraph_filters(query, dialect)  # the sentiment range
    where += by_paragraph
    filter_params += paragraph_params
    paragraph = (" JOIN paragraphs AS p ON p.article_id = b.article_id"
                 " AND p.paragraph = b.paragraph" if by_paragraph else "")
    # the touched paragraphs left out: on DuckDB as a join against them (its NOT EXISTS grouped
    # every banded paragraph first: 0.5 s of 0.6 at 10^5 articles)
    untouched = ("k.article_id IS NULL" if dialect.small_right else
                 "NOT EXISTS (SELECT 1 FROM within_keys AS k WHERE k.article_id = b.article_id"
                 " AND k.paragraph = b.paragraph)")
    touched = (" LEFT JOIN within_keys AS k ON k.article_id = b.article_id"
               " AND k.paragraph = b.paragraph" if dialect.small_right else "")
    banded = ("SELECT b.article_id, b.paragraph FROM paragraph_bands AS b"
              f" JOIN articles AS a ON a.id = b.article_id{paragraph}{touched}"
              f" WHERE {_in_bands('b')}{''.join(' AND ' + w for w in where)} AND {untouched}")
    return (f"{prefix} SELECT COUNT(*), COUNT(DISTINCT article_id) FROM ({banded}"
            " UNION ALL SELECT article_id, paragraph FROM kept GROUP BY article_id, paragraph)"
            " AS counted"), [*params, *masks, *filter_params]


def _touches(edits: ReadEdits) -> bool:
    """Whether any edit changes a paragraph's rows (``_touched`` selects some)."""
    return bool(edits.corrected or edits.hidden or edits.refolded)


def _touched(edits: ReadEdits) -> tuple[str, list[Any]]:
    """SELECT the paragraphs (article_id, paragraph) whose rows the edits change, with its
    parameters: a correction's, a hidden actor's, every paragraph of an article a read-time
    merge refolds. A summary of the model's rows counts the others."""
    touched: list[str] = []
    more: list[Any] = []
    if edits.corrected:
        touched.append("SELECT article_id, paragraph FROM corrections")
    hidden = stored_names(tuple(sorted(edits.hidden)), edits) if edits.hidden else ()
    if hidden:
        touched.append("SELECT article_id, paragraph FROM stances"
                       f" WHERE actor IN ({marks(hidden)})")
        more.extend(hidden)
    if edits.refolded:
        touched.append("SELECT article_id, paragraph FROM stances WHERE article_id IN"
                       " (SELECT article_id FROM refolded)")
        touched.append("SELECT article_id, paragraph FROM refolded")
    # a first row that matches nothing: the set may be empty, and it fixes the columns' type
    touched.insert(0, "SELECT CAST(NULL AS INTEGER), CAST(NULL AS INTEGER)")
    return " UNION ".join(touched), more


def articles_cover(query: StanceQuery, *, mirrored: bool = False) -> bool:
    """True when the articles with a row ``query`` keeps can be ranked and counted off
    ``article_band_rows`` (``banded_articles_sql``): a sentiment or a position range on the
    grid and no stance-side filter (no actor picked, no mention minimum), beside outlets and
    dates. ``mirrored``: on the column mirror, which also reads both ranges at once (the store
    reads one range's bands of its copy in a scan of every row)."""
    kinds = ([SENTIMENT], [POSITION], [SENTIMENT, POSITION]) if mirrored else (
        [SENTIMENT], [POSITION])
    return (_banded(query) and _ranged(query) in kinds and not query.actors
            and query.min_mentions <= 1)


def sentiment_counts_cover(query: StanceQuery) -> bool:
    """True when the paragraphs and articles ``query`` keeps are counted off
    ``sentiment_paragraphs`` and ``article_sentiments`` (``sentiment_counts_sql``): a sentiment
    range on the grid and no other filter (none on the stances, the outlets or the dates)."""
    return (days_cover(query) and _ranged(query) == [SENTIMENT] and not query.limits_stances
            and not (query.outlets or query.date_from or query.date_to))


def sentiment_counts_sql(query: StanceQuery) -> tuple[str, list[Any]]:
    """One row: the paragraphs whose sentiment is in ``query``'s range, and the articles with
    one (``sentiment_counts_cover``)."""
    low, high = band_range(query.sentiment)
    return ("SELECT (SELECT COALESCE(SUM(paragraphs), 0) FROM sentiment_paragraphs"
            " WHERE band BETWEEN ? AND ?), (SELECT COUNT(*) FROM article_sentiments"
            " WHERE (low_bands & ?) <> 0 OR (high_bands & ?) <> 0)",
            [low, high, *band_masks(low, high)])


#: The ``article_band_rows`` key each kind of range reads (``banded_articles_sql``).
_ARTICLE_BAND = {SENTIMENT: "sentiment_band", POSITION: "position_band"}


def banded_articles_sql(query: StanceQuery, dialect: Dialect, edits: ReadEdits, *,
                        limit: int) -> tuple[str, list[Any]]:
    """SELECT (article_id, articles) for the ``limit`` articles with the most stance rows
    ``query`` keeps, most first, ties by id, ``articles`` the number with a kept row in all
    (for a query ``articles_cover``): counted off the rows per article and the bands of their
    paragraph (``article_band_rows``, about one key a paragraph where the stance rows are some
    five).

    As ``banded_paragraphs_sql`` does, the paragraphs the edits change (``_touched``) are
    counted from their rows (``kept_sql`` narrowed to them), and their stored rows in range
    taken back out of their article's count, read by key."""
    kinds = _ranged(query)
    bands = [band for kind in kinds for band in band_range(getattr(query, kind))]
    where, filter_params = article_filters(
        dataclasses.replace(query, position=FULL_POSITION), row="s")
    on_articles = "".join(f" AND {w}" for w in where)
    # the articles are joined only for an outlet or date filter: a lookup per summary row
    joined = " JOIN articles AS a ON a.id = d.article_id" if where else ""
    in_summary = " AND ".join(f"d.{_ARTICLE_BAND[kind]} BETWEEN ? AND ?" for kind in kinds)
    in_rows = " AND ".join(
        dict(ARTICLE_BAND_ROWS.keys)[_ARTICLE_BAND[kind]].format(s="s", a="a", p="p")
        + " BETWEEN ? AND ?" for kind in kinds)
    touched = ("stances AS s CROSS JOIN within_keys AS k" if dialect.small_right
               else "within_keys AS k CROSS JOIN stances AS s")
    counted = (f"SELECT d.article_id, SUM(d.n) AS n FROM {ARTICLE_BAND_ROWS.table} AS d{joined}"
               f" WHERE {in_summary}{on_articles} GROUP BY d.article_id")
    select = ("SELECT article_id, COUNT(*) OVER () FROM ({counted}) AS counted GROUP BY"
              " article_id HAVING SUM(n) > 0 ORDER BY SUM(n) DESC, article_id LIMIT ?")
    if not _touches(edits):  # the summary alone (DuckDB joined every paragraph for none)
        return select.format(counted=counted), [*bands, *filter_params, limit]
    prefix, params = kept_sql(query, dialect, edits, within=_touched(edits))
    counted += (
        f" UNION ALL SELECT s.article_id, -COUNT(*) FROM {touched}"
        f" JOIN articles AS a ON a.id = s.article_id{ARTICLE_BAND_ROWS.join('s')}"
        " WHERE s.article_id = k.article_id AND s.paragraph = k.paragraph"
        f" AND {in_rows}{on_articles} GROUP BY s.article_id"
        " UNION ALL SELECT article_id, COUNT(*) FROM kept GROUP BY article_id")
    return f"{prefix} {select.format(counted=counted)}", [
        *params, *bands, *filter_params, *bands, *filter_params, limit]


def _patterned_counts(masks: list[int]) -> tuple[str, list[Any]]:
    """SELECT (to follow ``kept_sql``'s prefix, narrowed to the touched paragraphs
    ``within_keys``) the paragraphs and articles kept over every article, with its parameters
    (the range's ``masks`` at each test).

    Paragraphs: the patterns in range, less the touched paragraphs' own bands in range, plus
    the touched paragraphs with a kept row. Articles: those whose bands are in range, less the
    touched articles among them, plus the touched articles with an untouched paragraph in range
    (read by key) or a kept row. About 4 * 10^5 patterns and 10^5 articles at 10^5 articles,
    where ``paragraph_bands`` holds 2 * 10^6 paragraphs.
    """
    params: list[Any] = []

    def in_bands(row: str) -> str:  # called in the order the SQL reads its parameters
        params.extend(masks)
        return _in_bands(row)

    kept_keys = "SELECT article_id, paragraph FROM kept GROUP BY article_id, paragraph"
    # the touched articles first, their bands looked up by key (CROSS JOIN keeps that order on
    # SQLite; PostgreSQL's planner weighs it against one pass over article_bands)
    touched = "SELECT DISTINCT article_id FROM within_keys WHERE article_id IS NOT NULL"
    paragraphs = (
        f"(SELECT COALESCE(SUM(d.paragraphs), 0) FROM band_patterns AS d WHERE {in_bands('d')})"
        " - (SELECT COUNT(*) FROM within_keys AS k CROSS JOIN paragraph_bands AS b"
        " WHERE b.article_id = k.article_id AND b.paragraph = k.paragraph"
        f" AND {in_bands('b')}) + (SELECT COUNT(*) FROM ({kept_keys}) AS kept_keys)")
    articles = (
        f"(SELECT COUNT(*) FROM article_bands AS d WHERE {in_bands('d')})"
        f" - (SELECT COUNT(*) FROM ({touched}) AS t CROSS JOIN article_bands AS d"
        f" WHERE d.article_id = t.article_id AND {in_bands('d')})"
        f" + (SELECT COUNT(*) FROM ({touched}) AS t WHERE EXISTS (SELECT 1"
        " FROM paragraph_bands AS b"
        f" WHERE b.article_id = t.article_id AND {in_bands('b')} AND NOT EXISTS (SELECT 1"
        " FROM within_keys AS k WHERE k.article_id = b.article_id"
        " AND k.paragraph = b.paragraph)) OR EXISTS (SELECT 1 FROM kept"
        " WHERE kept.article_id = t.article_id))")
    return f"SELECT {paragraphs}, {articles}", params


def undated_sql(query: StanceQuery, *, only: str) -> tuple[str, list[Any]]:
    """SELECT (to follow ``days_sql``' prefix) of the undated articles and paragraphs with a
    kept row (``only`` narrows the shown actors, on ``SHOWN_ACTOR``): the few rows a day
    cannot count, read through the date index."""
    where, params = date_filter(query, column="a.published")
    if query.outlets:
        where.append(f"a.outlet IN ({marks(query.outlets)})")
        params.extend(query.outlets)
    return ("SELECT COUNT(DISTINCT article_id), COUNT(*) FROM (SELECT DISTINCT s.article_id,"
            " s.paragraph FROM articles AS a JOIN stances AS s ON s.article_id = a.id"
            " LEFT JOIN shown AS m ON m.stored = s.actor"
            " WHERE (a.published IS NULL OR a.published = '')"
            f"{''.join(' AND ' + w for w in where)}"
            f" AND {SHOWN_ACTOR} IN (SELECT actor FROM kept_days GROUP BY actor"
            f" HAVING SUM(n) > 0){only}) AS undated"), params
