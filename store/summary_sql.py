"""The triggers that keep a stance summary current, for both databases from one builder.

A summary (``stance_days``, migration 6; ``stance_articles``, migration 7) holds, per key made
of a stance row's and its article's columns, the rows, the sum of their scores and of their
squared scores, and their mentions. The same steps keep each current, on both databases:

* stance rows added are summed in (``sign`` ''), rows removed summed out ('-'); a row whose
  article is gone (a cascade: its article's row is deleted first) is skipped;
* keys left with no row are dropped;
* an article deleted, or moved to another outlet or date, takes all its rows out first
  (under its old columns) and, when moved, puts them back under its new ones.

What differs is how the database fires triggers, so each builder takes ``postgres``: SQLite
runs row triggers (the step reads ``NEW``/``OLD`` and sums one row), PostgreSQL statement
triggers with transition tables (the step groups the statement's rows, sorted, so two writers
upserting the same keys lock them in one order: no deadlock within a statement).

Every name here is a fixed fragment of the store's own schema: nothing comes from user input.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The summed columns, each a value of one stance row ``{s}``.
_SUMS = (("n", "1"), ("total", "{s}.score"), ("squares", "{s}.score * {s}.score"),
         ("mentions", "{s}.mentions"))

#: Paragraphs below this have a bit in ``paragraph_bits`` (bits 0..61: a sum of distinct bits
#: stays below 2^62, so no 64-bit sum or negation can overflow on either database).
BITS_PARAGRAPHS = 62
#: The paragraph set of a key as sums (``Summary.paragraph_bits``): a key has one row per
#: paragraph (the stances' primary key), so the sum of the rows' distinct bits is their bitwise
#: OR, and a row taken out subtracts exactly its bit; rows of later paragraphs are counted.
_PARAGRAPH_SUMS = (
    ("paragraph_bits", f"CASE WHEN {{s}}.paragraph < {BITS_PARAGRAPHS}"
                       " THEN CAST(1 AS BIGINT) << {s}.paragraph ELSE 0 END"),
    ("late_rows", f"CASE WHEN {{s}}.paragraph < {BITS_PARAGRAPHS} THEN 0 ELSE 1 END"))


def paragraph_bit(s: str) -> str:
    """The bit of stance row ``s``'s paragraph in ``paragraph_bits`` (0 for a later one)."""
    return _PARAGRAPH_SUMS[0][1].format(s=s)


def late_row(s: str) -> str:
    """1 when stance row ``s``'s paragraph has no bit in ``paragraph_bits``, else 0."""
    return _PARAGRAPH_SUMS[1][1].format(s=s)


@dataclass(frozen=True, slots=True, kw_only=True)
class Summary:
    """A summary table: its key and copied columns as expressions on a stance row ``{s}``, its
    article ``{a}`` and (``paragraph``) its paragraph ``{p}``, and whether it keeps the first
    paragraph of its rows."""

    table: str
    keys: tuple[tuple[str, str], ...]  # (column, expression): the primary key, in order
    copied: tuple[tuple[str, str], ...] = ()  # (column, expression) that follow from the key
    first: bool = False  # a column ``first``: the smallest paragraph among the key's rows
    paragraph_bits: bool = False  # columns ``paragraph_bits`` and ``late_rows`` (_PARAGRAPH_SUMS)
    #: The key reads the stance row's paragraph ``{p}``, joined by article and paragraph. A row
    #: whose paragraph is gone is then skipped like one whose article is gone, so a paragraph
    #: must outlive its stance rows (``Store.replace_article`` deletes the stances first).
    paragraph: bool = False
    #: The article's columns the keys read: an UPDATE that changes one moves its rows.
    article_columns: tuple[str, ...] = ("outlet", "published")

    def join(self, s: str) -> str:
        """The paragraph join (``paragraph``) for stance row ``s``, else nothing."""
        return (f" JOIN paragraphs AS p ON p.article_id = {s}.article_id"
                f" AND p.paragraph = {s}.paragraph") if self.paragraph else ""

    @property
    def sums(self) -> tuple[tuple[str, str], ...]:
        return (*_SUMS, *_PARAGRAPH_SUMS) if self.paragraph_bits else _SUMS

    def _columns(self) -> list[str]:
        return [c for c, _ in (*self.keys, *self.copied, *self.sums)] + (
            ["first"] if self.first else [])


#: The stance and sentiment sliders' step is 1 / ``BAND_STEPS``: their values are the grid
#: ``k / BAND_STEPS``.
BAND_STEPS = 20


def _band_sql(value: str) -> str:
    """The band of ``value``, a number of a row in [-1, 1] (a template: ``{s}.score``)."""
    cast = f"CAST({value} * {BAND_STEPS} AS INTEGER)"

    def band_at(k: str) -> str:
        return f"2 * ({k}) + CASE WHEN {value} = ({k}) / {BAND_STEPS}.0 THEN 0 ELSE 1 END"

    reached = " ".join(f"WHEN {value} >= ({cast} {shift}) / {BAND_STEPS}.0"
                       f" THEN {band_at(f'{cast} {shift}')}" for shift in ("+ 1", "+ 0", "- 1"))
    return f"CASE {reached} ELSE {band_at(f'{cast} - 2')} END"


#: The band of stance row ``{s}``'s score: ``2k`` when the score is the grid value
#: ``k / BAND_STEPS`` itself, ``2k + 1`` when it lies between that and the next one up, so a
#: range ``[i / BAND_STEPS, j / BAND_STEPS]`` keeps a score exactly when its band is in
#: ``[2i, 2j]`` (``store.stance_days.band_range``). Each grid value is an exact integer over
#: an exact number, correctly rounded to the nearest double on both databases, as Python's
#: ``k / 20`` and the slider's two decimals are. ``CAST`` truncates on SQLite and rounds on
#: PostgreSQL, and the product may round across a grid line, so the band's ``k`` lies from one
#: below the cast to two above: the highest candidate the score reaches is it.
BAND = _band_sql("{s}.score")
#: The band of paragraph ``{p}``'s sentiment (VADER's compound), as ``BAND`` bands a score.
SENTIMENT_BAND = _band_sql("{p}.compound")
#: A stance row ``{s}``'s paragraph's position in its article ``{a}``, from 0 (the first) to 1
#: (the last): the one expression the position filter (``store.stance_rows``) and
#: ``POSITION_BAND`` read.
def position_of(paragraph: str, article: str) -> str:
    """The position of paragraph number ``paragraph`` (an SQL expression) in ``article``."""
    return (f"(CAST({paragraph} AS DOUBLE PRECISION) / CASE WHEN {article}.n_paragraphs > 2"
            f" THEN {article}.n_paragraphs - 1 ELSE 1 END)")


POSITION = position_of("{s}.paragraph", "{a}")
#: The band of that position, as ``BAND`` bands a score.
POSITION_BAND = _band_sql(POSITION)

STANCE_DAYS = Summary(table="stance_days", keys=(
    ("actor", "{s}.actor"), ("outlet", "COALESCE({a}.outlet, '')"),
    ("published", "COALESCE({a}.published, '')")))
#: ``stance_days`` with each row's stance band in the key (migration 10): the sums under a
#: stance range on the slider's grid (``store.stance_days``).
STANCE_BANDS = Summary(table="stance_bands", keys=(*STANCE_DAYS.keys, ("band", BAND)))
#: ``stance_days`` with each row's paragraph's sentiment band in the key (migration 11): the
#: sums under a sentiment range on the slider's grid.
SENTIMENT_BANDS = Summary(table="sentiment_bands", keys=(*STANCE_DAYS.keys,
                                                         ("band", SENTIMENT_BAND)),
                          paragraph=True)
#: ``stance_days`` with each row's position band in the key (migration 12): the sums under a
#: position range on the slider's grid. The key reads the article's ``n_paragraphs``, so a
#: change of it moves the article's rows (``Summary.article_columns``).
POSITION_BANDS = Summary(table="position_bands", keys=(*STANCE_DAYS.keys, ("band", POSITION_BAND)),
                         article_columns=("outlet", "published", "n_paragraphs"))
# Migration 14: ``stance_days`` and ``stance_bands`` summed over the keys most queries do not
# tell apart (``store.stance_days.level_for``). At a long tail of actors (168,000 at 10^5
# articles) every ranking grouped a row per actor and day; the timeline read each of its actors'
# rows once per outlet. Their keys read no outlet: an article moved to another outlet moves
# nothing in them (its "article moved" trigger takes the rows out and puts them back alike).
#: Per stored actor and day: the sums under a date filter but no outlet filter.
ACTOR_DAYS = Summary(table="actor_days", keys=(("actor", "{s}.actor"),
                                               ("published", "COALESCE({a}.published, '')")),
                     article_columns=("published",))
#: ``ACTOR_DAYS`` by stance band (5.4 times fewer rows than ``stance_bands`` for one actor of
#: the synthetic corpus: six outlets).
ACTOR_DAY_BANDS = Summary(table="actor_day_bands", keys=(*ACTOR_DAYS.keys, ("band", BAND)),
                          article_columns=("published",))
#: Per stored actor alone: the sums with no outlet or date filter (one row per actor).
ACTOR_TOTALS = Summary(table="actor_totals", keys=(("actor", "{s}.actor"),),
                       article_columns=())
#: ``ACTOR_TOTALS`` by stance band: 836 rows where ``stance_bands`` has 895,547 at 10^5
#: articles of the synthetic corpus (515,278 of 1,761,363 with its long tail of actors).
ACTOR_BANDS = Summary(table="actor_bands", keys=(("actor", "{s}.actor"), ("band", BAND)),
                      article_columns=())
_ARTICLE_KEYS = (("actor", "{s}.actor"), ("article_id", "{s}.article_id"))
_ARTICLE_COPIED = (("outlet", "{a}.outlet"), ("published", "{a}.published"))
#: ``stance_articles`` as migration 7 made it (its triggers must stay what old stores ran).
STANCE_ARTICLES_7 = Summary(table="stance_articles", keys=_ARTICLE_KEYS, copied=_ARTICLE_COPIED,
                            first=True)
#: ``stance_articles`` since migration 8: with its paragraph set.
STANCE_ARTICLES = Summary(table="stance_articles", keys=_ARTICLE_KEYS, copied=_ARTICLE_COPIED,
                          first=True, paragraph_bits=True)

# Migration 16: the stance rows per article and the sentiment and position bands of their
# paragraph (no actor in the key: about one key a paragraph, where the stance rows are some
# five). Under a sentiment or position range the actor x article heatmap ranks its articles by
# their kept rows, which no summary by actor, outlet and day holds: every kept stance row was
# grouped by article (3.8 s at 7.5 * 10^4 articles, SQLite). One table for both ranges, so one
# trigger step a stance row (two tables cost a bulk add a third more time on SQLite, one about
# half that). ``store.stance_days.banded_articles_sql`` reads it.
ARTICLE_BAND_ROWS = Summary(table="article_band_rows", keys=(
    ("article_id", "{s}.article_id"), ("sentiment_band", SENTIMENT_BAND),
    ("position_band", POSITION_BAND)), paragraph=True, article_columns=("n_paragraphs",))
# And ``sentiment_bands`` and ``position_bands`` summed per actor (and day), as ``actor_bands``
# and ``actor_day_bands`` sum ``stance_bands``: under a sentiment or position range the actor
# summary, the busiest actors and the counts line's actors grouped a row per actor, outlet, day
# and band (0.55-0.77 s each at 7.5 * 10^4 articles with the actor tail, SQLite).
#: Per stored actor and its rows' paragraphs' sentiment band.
ACTOR_SENTIMENT_BANDS = Summary(table="actor_sentiment_bands",
                                keys=(("actor", "{s}.actor"), ("band", SENTIMENT_BAND)),
                                paragraph=True, article_columns=())
#: Per stored actor and its rows' position band.
ACTOR_POSITION_BANDS = Summary(table="actor_position_bands",
                               keys=(("actor", "{s}.actor"), ("band", POSITION_BAND)),
                               article_columns=("n_paragraphs",))
#: Per stored actor, day and sentiment band: the timeline under a sentiment range read each of
#: its actors' rows once per outlet (0.56 s at 7.5 * 10^4 articles with the actor tail).
ACTOR_DAY_SENTIMENT_BANDS = Summary(table="actor_day_sentiment_bands",
                                    keys=(*ACTOR_DAYS.keys, ("band", SENTIMENT_BAND)),
                                    paragraph=True, article_columns=("published",))
#: Per stored actor, day and position band.
ACTOR_DAY_POSITION_BANDS = Summary(table="actor_day_position_bands",
                                   keys=(*ACTOR_DAYS.keys, ("band", POSITION_BAND)),
                                   article_columns=("published", "n_paragraphs"))

# Migration 18: per stored actor, the stance band of each row, its paragraph's sentiment band
# and its position band in one key. Two or three ranges at once were summed from every stance
# row, its paragraph and its article (4.6-22 s a store call at 7.5 * 10^4 articles, SQLite);
# this key has 1.3 * 10^6 rows there, the stance rows 7.2 * 10^6 (the actor x sentiment x
# position pairs alone are 6.2 * 10^5: a summary per pair would be smaller, but three of them
# cost three trigger steps a stance row where this is one).
#: Per stored actor and the three bands of its rows: the sums under several ranges at once.
ACTOR_RANGE_BANDS = Summary(table="actor_range_bands", keys=(
    ("actor", "{s}.actor"), ("band", BAND), ("sentiment_band", SENTIMENT_BAND),
    ("position_band", POSITION_BAND)), paragraph=True, article_columns=("n_paragraphs",))

#: Per stored actor, day and the three bands of its rows: held by the column mirror alone
#: (``store.columns``). It has about a key per stance row (8.5 * 10^6 of 8.9 * 10^6 at 10^5
#: articles): too big for the store's triggers to keep, but its columns are small and need no
#: join, so DuckDB sums a timeline's actors under two ranges in 0.1-0.2 s where the rows with
#: their paragraphs and articles took 0.36-0.55 s.
ACTOR_DAY_RANGE_BANDS = Summary(table="actor_day_range_bands",
                                keys=(*ACTOR_DAYS.keys, *ACTOR_RANGE_BANDS.keys[1:]),
                                paragraph=True, article_columns=("published", "n_paragraphs"))


def paragraph_sums(s: str) -> str:
    """``bits`` and ``late``: ``paragraph_bits`` and ``late_rows`` summed over the stance rows
    ``s`` of a group (a backfill's)."""
    return ", ".join(f"SUM({expression.format(s=s)}) AS {alias}" for (_, expression), alias
                     in zip(_PARAGRAPH_SUMS, ("bits", "late"), strict=True))


def _values(summary: Summary, sign: str, *, s: str, a: str, grouped: bool) -> str:
    keys = [e.format(s=s, a=a, p="p") for _, e in (*summary.keys, *summary.copied)]
    if grouped:
        sums = [("COUNT(*)" if c == "n" else f"SUM({e.format(s=s)})") for c, e in summary.sums]
    else:
        sums = [e.format(s=s) for _, e in summary.sums]
    first = [(f"MIN({s}.paragraph)" if grouped else f"{s}.paragraph")] if summary.first else []
    return ", ".join([*keys, *[sign + x for x in sums], *first])


def _on_conflict(summary: Summary, *, postgres: bool) -> str:
    table = "d" if postgres else summary.table
    keys = ", ".join(c for c, _ in summary.keys)
    sets = [f"{c} = {table}.{c} + excluded.{c}" for c, _ in summary.sums]
    if summary.first:  # a row taken out is never below the smallest: only an added one lowers it
        least = "LEAST" if postgres else "MIN"
        sets.append(f"first = {least}({table}.first, excluded.first)")
    order = f" ORDER BY {', '.join(str(i + 1) for i in range(len(summary.keys)))}" \
        if postgres else ""
    return f"{order} ON CONFLICT ({keys}) DO UPDATE SET {', '.join(sets)}"


def _into(summary: Summary, *, postgres: bool) -> str:
    alias = " AS d" if postgres else ""
    return f"INSERT INTO {summary.table}{alias} ({', '.join(summary._columns())})"


def _group_by(summary: Summary) -> str:
    return f" GROUP BY {', '.join(str(i + 1) for i in range(len(summary.keys)))}"


def rows_changed(summary: Summary, sign: str, *, postgres: bool, rows: str) -> str:
    """Trigger step: the stance ``rows`` (``NEW``/``OLD`` on SQLite, a transition table on
    PostgreSQL) summed into (``sign`` '') or out of ('-') their keys; a row whose article is
    gone is skipped (the join finds nothing)."""
    if postgres:
        return (f"{_into(summary, postgres=True)} SELECT"
                f" {_values(summary, sign, s='s', a='a', grouped=True)} FROM {rows} AS s"
                f" JOIN articles AS a ON a.id = s.article_id{summary.join('s')}"
                f"{_group_by(summary)}"
                f"{_copied_group(summary)}{_on_conflict(summary, postgres=True)}")
    return (f"{_into(summary, postgres=False)} SELECT"
            f" {_values(summary, sign, s=rows, a='a', grouped=False)} FROM articles AS a"
            f"{summary.join(rows)} WHERE a.id = {rows}.article_id"
            f"{_on_conflict(summary, postgres=False)}")


def _copied_group(summary: Summary) -> str:
    # the copied columns follow from the key, but PostgreSQL wants every selected column grouped
    first = len(summary.keys) + 1
    return "".join(f", {first + i}" for i in range(len(summary.copied)))


def rows_forgotten(summary: Summary, *, postgres: bool, rows: str) -> str:
    """Trigger step: drop the keys of the removed stance ``rows`` that have no row left."""
    keys = ", ".join(c for c, _ in summary.keys)
    if postgres:
        source = f"{rows} AS s JOIN articles AS a ON a.id = s.article_id{summary.join('s')}"
        exprs = ", ".join(e.format(s="s", a="a", p="p") for _, e in summary.keys)
    else:
        source = f"articles AS a{summary.join(rows)} WHERE a.id = {rows}.article_id"
        exprs = ", ".join(e.format(s=rows, a="a", p="p") for _, e in summary.keys)
    return (f"DELETE FROM {summary.table} WHERE n = 0 AND ({keys}) IN"
            f" (SELECT {exprs} FROM {source})")


def first_recounted(summary: Summary, *, postgres: bool, rows: str) -> str:
    """Trigger step (summaries with ``first``): the first paragraph of the keys the removed
    ``rows`` left, counted again from the stance rows (a MIN cannot be taken back)."""
    match = " AND ".join(f"x.{c} = {summary.table}.{c}" for c, _ in summary.keys)
    recount = (f"UPDATE {summary.table} SET first = (SELECT MIN(x.paragraph) FROM stances AS x"
               f" WHERE {match})")
    if postgres:  # a statement counts every key it left again
        keys = ", ".join(c for c, _ in summary.keys)
        exprs = ", ".join(e.format(s="s", a="a") for _, e in summary.keys)
        return f"{recount} WHERE ({keys}) IN (SELECT {exprs} FROM {rows} AS s)"
    # a row trigger knows whether the row was the first: a lookup by key, most often nothing
    # (not a subquery: one that names ``first`` is correlated, a scan of the table per row)
    equal = " AND ".join(f"{c} = {e.format(s=rows, a='a')}" for c, e in summary.keys)
    return f"{recount} WHERE {equal} AND first = {rows}.paragraph"


def article_rows(summary: Summary, sign: str, *, postgres: bool, row: str) -> str:
    """Trigger step: every stance row of article ``row`` (``OLD``/``NEW``) summed into or out
    of its keys, under the article's columns as ``row`` has them."""
    return (f"{_into(summary, postgres=postgres)} SELECT"
            f" {_values(summary, sign, s='s', a=row, grouped=True)} FROM stances AS s"
            f"{summary.join('s')} WHERE s.article_id = {row}.id{_group_by(summary)}"
            f"{_copied_group(summary) if postgres else ''}"
            f"{_on_conflict(summary, postgres=postgres)}")


def article_forgotten(summary: Summary, *, row: str) -> str:
    """Trigger step: drop the keys that article ``row`` (``OLD``) emptied."""
    keys = ", ".join(c for c, _ in summary.keys)
    exprs = ", ".join(e.format(s="s", a=row, p="p") for _, e in summary.keys)
    return (f"DELETE FROM {summary.table} WHERE n = 0 AND ({keys}) IN"
            f" (SELECT {exprs} FROM stances AS s{summary.join('s')}"
            f" WHERE s.article_id = {row}.id)")


#: The SQL type of each summary key column.
_KEY_TYPES = {"actor": "TEXT", "outlet": "TEXT", "published": "TEXT", "band": "INTEGER",
              "article_id": "BIGINT", "sentiment_band": "INTEGER", "position_band": "INTEGER"}
#: The summaries of migration 14, each with the finer summary it is backfilled from.
REGROUPED = ((ACTOR_DAYS, STANCE_DAYS), (ACTOR_DAY_BANDS, STANCE_BANDS),
             (ACTOR_TOTALS, STANCE_DAYS), (ACTOR_BANDS, STANCE_BANDS))
#: The summaries per actor of migration 16, each with the finer summary it is backfilled from.
REGROUPED_16 = ((ACTOR_SENTIMENT_BANDS, SENTIMENT_BANDS), (ACTOR_POSITION_BANDS, POSITION_BANDS),
                (ACTOR_DAY_SENTIMENT_BANDS, SENTIMENT_BANDS),
                (ACTOR_DAY_POSITION_BANDS, POSITION_BANDS))


def summary_table(summary: Summary, *, postgres: bool, keyed: bool = True) -> str:
    """The CREATE TABLE of a summary with no copied column (migrations 14 and 16); not
    ``keyed``: with no primary key, a key's sums spread over rows that add up (the column
    mirror's, ``store.columns``, in PostgreSQL's types, which DuckDB reads too)."""
    real = "DOUBLE PRECISION" if postgres else "REAL"
    types = {"n": "INTEGER", "total": real, "squares": real, "mentions": "INTEGER"}
    columns = [f"{c} {_KEY_TYPES[c]} NOT NULL" for c, _ in summary.keys]
    columns += [f"{c} {types[c]} NOT NULL" for c, _ in summary.sums]
    keys = ", ".join(c for c, _ in summary.keys)
    primary = f", PRIMARY KEY ({keys})" if keyed else ""
    return (f"CREATE TABLE {summary.table} ({', '.join(columns)}{primary})"
            f"{'' if postgres else ' WITHOUT ROWID'}")


def regrouped_backfill(summary: Summary, source: Summary) -> str:
    """The INSERT that fills ``summary`` from ``source``, a summary of the same rows with more
    keys (``actor_totals`` from ``stance_days``, ``actor_bands`` from ``stance_bands``):
    ``source``'s sums added up over the keys ``summary`` leaves out."""
    keys = ", ".join(c for c, _ in summary.keys)
    sums = ", ".join(f"SUM({c})" for c, _ in summary.sums)
    return (f"INSERT INTO {summary.table} ({', '.join(summary._columns())})"
            f" SELECT {keys}, {sums} FROM {source.table} GROUP BY {keys}")


def rows_backfill(summary: Summary, *, sign: str = "", where: str = "") -> str:
    """The INSERT that fills ``summary`` (no copied column) from the stance rows (migration
    16), each row's article and, for a key that reads it, its paragraph joined; ``where`` (on
    the stance row ``s``) narrows the rows, and ``sign`` '-' sums them out (the column
    mirror's catch-up, ``store.columns``, whose summaries have no key to upsert on)."""
    return (f"{_into(summary, postgres=False)} SELECT"
            f" {_values(summary, sign, s='s', a='a', grouped=True)} FROM stances AS s"
            f" JOIN articles AS a ON a.id = s.article_id{summary.join('s')}"
            f"{f' WHERE {where}' if where else ''}{_group_by(summary)}")


def bands_backfill(summary: Summary) -> str:
    """The INSERT that fills ``summary``, ``stance_bands`` (migration 10) or ``sentiment_bands``
    (11), from the stance rows, summed per article first, as ``stance_days``' backfill: one
    article lookup per actor, article and band."""
    template = dict(summary.keys)["band"]
    band = template.format(s="stances", p="p", a="ar")
    # a band read off the article (``POSITION_BAND``) joins it in the inner grouping
    article = (" JOIN articles AS ar ON ar.id = stances.article_id" if "{a}" in template
               else "")
    return (f"INSERT INTO {summary.table} ({', '.join(summary._columns())})"
            " SELECT s.actor, COALESCE(a.outlet, ''), COALESCE(a.published, ''), s.band,"
            " SUM(s.n), SUM(s.total), SUM(s.squares), SUM(s.mentions)"
            f" FROM (SELECT stances.article_id, actor, {band} AS band,"
            " COUNT(*) AS n, SUM(score) AS total, SUM(score * score) AS squares,"
            f" SUM(mentions) AS mentions FROM stances{summary.join('stances')}{article}"
            " GROUP BY stances.article_id, actor, band) AS s"
            " JOIN articles AS a ON a.id = s.article_id"
            " GROUP BY s.actor, COALESCE(a.outlet, ''), COALESCE(a.published, ''), s.band")


# ``paragraph_bands`` (migration 13): per paragraph with a stance row, the stance bands of its
# rows as bits, so a stance range's paragraphs are counted without reading the rows. Not a
# ``Summary``: a set of bands is no sum, and a row taken out cannot be subtracted from it (two
# rows may share a band), so a paragraph a row leaves is counted again from its rows.

#: The bands (``BAND``: ``-2 * BAND_STEPS`` to ``2 * BAND_STEPS``, 81 of them) do not fit one
#: 64-bit integer: a band up to 0 is bit ``band + 2 * BAND_STEPS`` of ``low_bands``, one above
#: 0 bit ``band - 1`` of ``high_bands`` (each below 2^41, far from either database's sign bit).
_TOP_BAND = 2 * BAND_STEPS


def _band_bit_columns(band: str) -> list[str]:
    """``low_bands`` and ``high_bands`` of the one band ``band`` (a column or expression)."""
    return [f"CASE WHEN {band} <= 0 THEN CAST(1 AS BIGINT) << ({band} + {_TOP_BAND}) ELSE 0 END",
            f"CASE WHEN {band} > 0 THEN CAST(1 AS BIGINT) << ({band} - 1) ELSE 0 END"]


PARAGRAPH_BAND_BITS = tuple(zip(("low_bands", "high_bands"), _band_bit_columns(f"({BAND})"),
                                strict=True))


def band_masks(low: int, high: int) -> tuple[int, int]:
    """The ``low_bands`` and ``high_bands`` bits of the bands ``low`` to ``high`` (both kept;
    ``store.stance_days.band_range``)."""
    return (sum(1 << (b + _TOP_BAND) for b in range(max(low, -_TOP_BAND), min(high, 0) + 1)),
            sum(1 << (b - 1) for b in range(max(low, 1), min(high, _TOP_BAND) + 1)))


def _band_bits(s: str, *, grouped: bool, postgres: bool) -> list[str]:
    """The two bit columns of stance row ``s``, or ORed over a group of rows (``grouped``):
    distinct bits summed are their OR, as SQLite, with no ``bit_or``, takes it."""
    def one(bits: str) -> str:
        if not grouped:
            return bits
        return f"bit_or({bits})" if postgres else f"SUM(DISTINCT {bits})"
    return [one(e.format(s=s)) for _, e in PARAGRAPH_BAND_BITS]


def paragraph_bands_added(*, postgres: bool, rows: str) -> str:
    """Trigger step: the bands of the added stance ``rows`` (``NEW`` on SQLite, a transition
    table on PostgreSQL, grouped and sorted so writers lock in one order) ORed in."""
    table = "b" if postgres else "paragraph_bands"
    alias = " AS b" if postgres else ""
    into = f"INSERT INTO paragraph_bands{alias} (article_id, paragraph, low_bands, high_bands)"
    merge = (" ON CONFLICT (article_id, paragraph) DO UPDATE SET"
             f" low_bands = {table}.low_bands | excluded.low_bands,"
             f" high_bands = {table}.high_bands | excluded.high_bands")
    if postgres:
        return (f"{into} SELECT s.article_id, s.paragraph,"
                f" {', '.join(_band_bits('s', grouped=True, postgres=True))}"
                f" FROM {rows} AS s GROUP BY 1, 2 ORDER BY 1, 2{merge}")
    return (f"{into} VALUES ({rows}.article_id, {rows}.paragraph,"
            f" {', '.join(_band_bits(rows, grouped=False, postgres=False))}){merge}")


def paragraph_bands_recounted(*, postgres: bool, rows: str) -> str:
    """Trigger steps: the paragraphs the removed stance ``rows`` (``OLD`` on SQLite, a
    transition table on PostgreSQL) were in, their bands counted again from the rows they
    have left, and dropped when none is left. A paragraph whose article is gone (a cascade)
    is no longer there to update."""
    if postgres:
        bits = ", ".join(_band_bits("s", grouped=True, postgres=True))
        recount = (f"SELECT t.article_id, t.paragraph, {bits} FROM (SELECT DISTINCT"
                   f" article_id, paragraph FROM {rows}) AS t LEFT JOIN stances AS s"
                   " ON s.article_id = t.article_id AND s.paragraph = t.paragraph GROUP BY 1, 2")
        return ("UPDATE paragraph_bands AS b SET low_bands = COALESCE(r.low, 0),"
                f" high_bands = COALESCE(r.high, 0) FROM ({recount}) AS r (article_id,"
                " paragraph, low, high) WHERE b.article_id = r.article_id"
                " AND b.paragraph = r.paragraph; DELETE FROM paragraph_bands AS b"
                " WHERE b.low_bands = 0 AND b.high_bands = 0 AND (b.article_id, b.paragraph)"
                f" IN (SELECT article_id, paragraph FROM {rows})")
    here = f"article_id = {rows}.article_id AND paragraph = {rows}.paragraph"
    left = ", ".join(f"COALESCE({bits}, 0)"
                     for bits in _band_bits("s", grouped=True, postgres=False))
    return (f"UPDATE paragraph_bands SET (low_bands, high_bands) = (SELECT {left}"
            f" FROM stances AS s WHERE s.article_id = {rows}.article_id"
            f" AND s.paragraph = {rows}.paragraph) WHERE {here};"
            f" DELETE FROM paragraph_bands WHERE {here} AND low_bands = 0 AND high_bands = 0")


def paragraph_bands_backfill(*, postgres: bool, where: str = "") -> str:
    """The INSERT that fills ``paragraph_bands`` from the stance rows (migration 13); ``where``
    (on the stance row ``s``) narrows them (the column mirror's catch-up)."""
    return ("INSERT INTO paragraph_bands (article_id, paragraph, low_bands, high_bands)"
            " SELECT s.article_id, s.paragraph,"
            f" {', '.join(_band_bits('s', grouped=True, postgres=postgres))}"
            f" FROM stances AS s{f' WHERE {where}' if where else ''} GROUP BY 1, 2")


# ``actor_kinds`` (migration 14): per stored actor name and kind, the articles that name it so
# (``actors`` has a row per article and actor). The automatic joins choose among the names
# whose kind is person in most of their articles (``store.actor_edits.stored_fits``), found
# again after every write: a grouped scan of every ``actors`` row took 0.36 s at 10^5 articles
# with a long tail of actors (924,000 rows), this table has one row per name and kind.


def actor_kinds_changed(sign: str, *, postgres: bool, rows: str) -> str:
    """Trigger step: the ``actors`` rows ``rows`` (``NEW``/``OLD`` on SQLite, a transition
    table on PostgreSQL, grouped and sorted so writers lock in one order) counted in (``sign``
    '') or out ('-'); the names and kinds left with no article are dropped after."""
    alias = " AS k" if postgres else ""
    table = "k" if postgres else "actor_kinds"
    merge = (" ON CONFLICT (name, kind) DO UPDATE SET"
             f" articles = {table}.articles + excluded.articles")
    if postgres:
        return (f"INSERT INTO actor_kinds{alias} (name, kind, articles) SELECT name, kind,"
                f" {sign}COUNT(*) FROM {rows} GROUP BY 1, 2 ORDER BY 1, 2{merge}")
    return (f"INSERT INTO actor_kinds (name, kind, articles) VALUES ({rows}.name, {rows}.kind,"
            f" {sign}1){merge}")


def actor_kinds_forgotten(*, postgres: bool, rows: str) -> str:
    """Trigger step: drop the names and kinds the removed ``actors`` rows left with none."""
    return _emptied("actor_kinds", ("name", "kind"), "articles", postgres=postgres, rows=rows)


def _emptied(table: str, keys: tuple[str, ...], count: str, *, postgres: bool,
             rows: str) -> str:
    """Trigger step: drop the rows of ``table`` whose ``count`` fell to 0, looked up by the
    ``keys`` of the removed ``rows`` (``OLD`` on SQLite, a transition table on PostgreSQL)."""
    if postgres:
        columns = ", ".join(keys)
        return (f"DELETE FROM {table} WHERE {count} = 0 AND ({columns}) IN"
                f" (SELECT {columns} FROM {rows})")
    match = " AND ".join(f"{key} = {rows}.{key}" for key in keys)
    return f"DELETE FROM {table} WHERE {match} AND {count} = 0"


#: The INSERT that fills ``actor_kinds`` from the ``actors`` rows (migration 14).
ACTOR_KINDS_BACKFILL = ("INSERT INTO actor_kinds (name, kind, articles)"
                        " SELECT name, kind, COUNT(*) FROM actors GROUP BY name, kind")
# ``band_patterns`` and ``article_bands`` (migration 15): ``paragraph_bands`` counted per bit
# pattern, and ORed per article, so the counts line under a stance range reads ~4 * 10^5
# patterns and 10^5 articles instead of testing ~2 * 10^6 paragraphs (with no outlet or date
# filter: a pattern has no article). Kept by triggers on ``paragraph_bands`` itself, whose rows
# the stance triggers write: a trigger step's writes fire triggers on both databases.

#: The ``paragraph_bands`` columns, each with the bits it may hold (``PARAGRAPH_BAND_BITS``).
_BAND_COLUMNS = (("low_bands", _TOP_BAND + 1), ("high_bands", _TOP_BAND))


def _ored(row: str, *, postgres: bool) -> list[str]:
    """``low_bands`` and ``high_bands`` of the ``paragraph_bands`` rows ``row`` of a group,
    ORed. SQLite has no ``bit_or``, and a sum of distinct values ORs single bits only (a
    pattern has several): there each bit's MAX, summed (0.4 s for 2 * 10^5 rows grouped by
    article, where joining every row to its 41 bits took 0.8 s)."""
    if postgres:
        return [f"bit_or({row}.{column})" for column, _ in _BAND_COLUMNS]
    return [" + ".join(f"MAX({row}.{column} & {1 << bit})" for bit in range(bits))
            for column, bits in _BAND_COLUMNS]


def band_patterns_counted(*, postgres: bool, added: str | None = None,
                          removed: str | None = None) -> str:
    """Trigger step: the ``paragraph_bands`` rows ``added`` counted into their patterns and the
    ``removed`` ones out (``NEW``/``OLD`` on SQLite, transition tables on PostgreSQL, grouped
    and sorted there so writers lock the patterns they share in one order)."""
    sides = [(rows, sign) for rows, sign in ((removed, "-"), (added, "")) if rows]
    if postgres:
        rows = " UNION ALL ".join(f"SELECT low_bands, high_bands, {sign}1 AS n FROM {rows}"
                                  for rows, sign in sides)
        return ("INSERT INTO band_patterns AS d (low_bands, high_bands, paragraphs)"
                f" SELECT low_bands, high_bands, SUM(n) FROM ({rows}) AS r GROUP BY 1, 2"
                " ORDER BY 1, 2 ON CONFLICT (low_bands, high_bands) DO UPDATE SET"
                " paragraphs = d.paragraphs + excluded.paragraphs")
    return "; ".join(
        "INSERT INTO band_patterns (low_bands, high_bands, paragraphs) VALUES"
        f" ({rows}.low_bands, {rows}.high_bands, {sign}1) ON CONFLICT (low_bands, high_bands)"
        " DO UPDATE SET paragraphs = band_patterns.paragraphs + excluded.paragraphs"
        for rows, sign in sides)


def band_patterns_forgotten(*, postgres: bool, rows: str) -> str:
    """Trigger step: drop the patterns of the removed ``paragraph_bands`` ``rows`` that no
    paragraph has any more."""
    return _emptied("band_patterns", ("low_bands", "high_bands"), "paragraphs",
                    postgres=postgres, rows=rows)


def article_bands_added(*, postgres: bool, rows: str) -> str:
    """Trigger step: the bits of the added ``paragraph_bands`` ``rows`` ORed into their
    articles' (a paragraph whose bits only grew adds no other)."""
    table = "d" if postgres else "article_bands"
    alias = " AS d" if postgres else ""
    merge = (" ON CONFLICT (article_id) DO UPDATE SET "
             + ", ".join(f"{c} = {table}.{c} | excluded.{c}" for c, _ in _BAND_COLUMNS))
    into = f"INSERT INTO article_bands{alias} (article_id, low_bands, high_bands)"
    if postgres:
        return (f"{into} SELECT r.article_id, {', '.join(_ored('r', postgres=True))}"
                f" FROM {rows} AS r GROUP BY 1 ORDER BY 1{merge}")
    return f"{into} VALUES ({rows}.article_id, {rows}.low_bands, {rows}.high_bands){merge}"


def article_bands_recounted(*, postgres: bool, articles: str) -> str:
    """Trigger steps: the ``articles`` (a SELECT of article ids; a transition table's on
    PostgreSQL, sorted there) whose ``paragraph_bands`` rows left or lost bits, ORed again from
    the rows they have left; an article with none left is dropped (a bit cannot be taken back
    out of an OR: another paragraph may have it too)."""
    order = " ORDER BY 1" if postgres else ""
    return ("INSERT INTO article_bands (article_id, low_bands, high_bands)"
            f" SELECT b.article_id, {', '.join(_ored('b', postgres=postgres))}"
            f" FROM paragraph_bands AS b WHERE b.article_id IN ({articles})"
            f" GROUP BY b.article_id{order} ON CONFLICT (article_id) DO UPDATE SET "
            + ", ".join(f"{c} = excluded.{c}" for c, _ in _BAND_COLUMNS)
            + f"; DELETE FROM article_bands WHERE article_id IN ({articles}) AND NOT EXISTS"
            " (SELECT 1 FROM paragraph_bands AS b"
            " WHERE b.article_id = article_bands.article_id)")


def band_patterns_backfill() -> str:
    """The INSERT that fills ``band_patterns`` from ``paragraph_bands`` (migration 15)."""
    return ("INSERT INTO band_patterns (low_bands, high_bands, paragraphs)"
            " SELECT low_bands, high_bands, COUNT(*) FROM paragraph_bands GROUP BY 1, 2")


def article_bands_backfill(*, postgres: bool) -> str:
    """The INSERT that fills ``article_bands`` from ``paragraph_bands`` (migration 15)."""
    return ("INSERT INTO article_bands (article_id, low_bands, high_bands)"
            f" SELECT b.article_id, {', '.join(_ored('b', postgres=postgres))}"
            " FROM paragraph_bands AS b GROUP BY b.article_id")


# ``sentiment_paragraphs`` and ``article_sentiments`` (migration 17): the paragraphs per
# sentiment band (``SENTIMENT_BAND``), and each article's bands as bits (laid out as
# ``paragraph_bands``' are), so the counts line under a sentiment range with no outlet or date
# filter reads 81 bands and the articles' bits instead of every paragraph's sentiment (0.47 s
# at 7.5 * 10^4 articles: most of a sentiment slider move). Kept by triggers on ``paragraphs``.

def _sentiment_banded(rows: str, *, postgres: bool) -> str:
    """A FROM item: ``article_id`` and the sentiment ``band`` of the paragraph rows ``rows``
    (``NEW``/``OLD`` on SQLite, a table or transition table on PostgreSQL and in backfills);
    the band is worked out once a row, the bits read it."""
    if rows in ("NEW", "OLD"):
        return f"(SELECT {rows}.article_id AS article_id, {SENTIMENT_BAND.format(p=rows)} AS band)"
    return f"(SELECT p.article_id, {SENTIMENT_BAND.format(p='p')} AS band FROM {rows} AS p)"


def sentiment_paragraphs_counted(*, postgres: bool, added: str | None = None,
                                 removed: str | None = None) -> str:
    """Trigger steps: the ``paragraphs`` rows ``added`` counted into their sentiment bands and
    the ``removed`` ones out (``NEW``/``OLD`` on SQLite, transition tables on PostgreSQL,
    grouped and sorted there so writers lock the bands in one order); emptied bands dropped."""
    table = "d" if postgres else "sentiment_paragraphs"
    alias = " AS d" if postgres else ""
    counted = " UNION ALL ".join(
        f"SELECT b.band, {sign}1 AS n FROM {_sentiment_banded(rows, postgres=postgres)} AS b"
        for rows, sign in ((removed, "-"), (added, "")) if rows)
    return (f"INSERT INTO sentiment_paragraphs{alias} (band, paragraphs) SELECT band, SUM(n)"
            f" FROM ({counted}) AS c WHERE true GROUP BY band ORDER BY band"
            f" ON CONFLICT (band) DO UPDATE SET paragraphs = {table}.paragraphs"
            " + excluded.paragraphs; DELETE FROM sentiment_paragraphs WHERE paragraphs = 0")


def _sentiment_bits(rows: str, *, postgres: bool) -> str:
    """The SELECT of each article's sentiment bits ORed over the paragraph rows ``rows``."""
    ored = ", ".join(f"bit_or({bits})" if postgres else f"SUM(DISTINCT {bits})"
                     for bits in _band_bit_columns("b.band"))  # one bit each: a sum ORs them
    return (f"SELECT b.article_id, {ored} FROM {_sentiment_banded(rows, postgres=postgres)}"
            " AS b WHERE true GROUP BY b.article_id")


def article_sentiments_added(*, postgres: bool, rows: str) -> str:
    """Trigger step: the sentiment bits of the added ``paragraphs`` ``rows`` ORed into their
    articles'."""
    table = "d" if postgres else "article_sentiments"
    alias = " AS d" if postgres else ""
    order = " ORDER BY 1" if postgres else ""
    return (f"INSERT INTO article_sentiments{alias} (article_id, low_bands, high_bands)"
            f" {_sentiment_bits(rows, postgres=postgres)}{order} ON CONFLICT (article_id)"
            " DO UPDATE SET " + ", ".join(f"{c} = {table}.{c} | excluded.{c}"
                                          for c, _ in _BAND_COLUMNS))


def article_sentiments_recounted(*, postgres: bool, articles: str) -> str:
    """Trigger steps: the ``articles`` (a SELECT of article ids) whose paragraphs left or
    changed, their bits ORed again from the paragraphs they have left; an article with none
    left is dropped."""
    order = " ORDER BY 1" if postgres else ""
    left = f"(SELECT * FROM paragraphs WHERE article_id IN ({articles}))"
    return (f"INSERT INTO article_sentiments (article_id, low_bands, high_bands)"
            f" {_sentiment_bits(left, postgres=postgres)}{order} ON CONFLICT (article_id)"
            " DO UPDATE SET " + ", ".join(f"{c} = excluded.{c}" for c, _ in _BAND_COLUMNS)
            + f"; DELETE FROM article_sentiments WHERE article_id IN ({articles})"
            " AND NOT EXISTS (SELECT 1 FROM paragraphs AS p"
            " WHERE p.article_id = article_sentiments.article_id)")


def sentiment_paragraphs_backfill() -> str:
    """The INSERT that fills ``sentiment_paragraphs`` from the paragraphs (migration 17)."""
    return ("INSERT INTO sentiment_paragraphs (band, paragraphs) SELECT b.band, COUNT(*)"
            f" FROM {_sentiment_banded('paragraphs', postgres=False)} AS b WHERE true"
            " GROUP BY b.band")


def article_sentiments_backfill(*, postgres: bool) -> str:
    """The INSERT that fills ``article_sentiments`` from the paragraphs (migration 17)."""
    return ("INSERT INTO article_sentiments (article_id, low_bands, high_bands)"
            f" {_sentiment_bits('paragraphs', postgres=postgres)}")


#: The tables whose rows the column mirror copies (``store.columns``), each with the column
#: naming its article: a write to any of them stamps that article in ``article_changes``.
MIRRORED_TABLES = (("articles", "id"), ("paragraphs", "article_id"), ("stances", "article_id"),
                   ("corrections", "article_id"))


def articles_changed(key: str, *, postgres: bool, rows: str) -> str:
    """Trigger step: the articles of rows ``rows`` (``NEW``/``OLD`` on SQLite, a transition
    table on PostgreSQL, sorted so writers lock in one order), their article named by column
    ``key``, stamped in ``article_changes`` with the version the write is bumping from: the
    column mirror re-reads the articles stamped at or after the version it holds."""
    merge = " ON CONFLICT (article_id) DO UPDATE SET version = excluded.version"
    if postgres:
        return (f"INSERT INTO article_changes (article_id, version) SELECT DISTINCT {key},"
                f" (SELECT version FROM meta WHERE id = 1) FROM {rows} ORDER BY 1{merge}")
    # WHERE before ON CONFLICT: SQLite's parser needs it to tell the upsert from a join
    return (f"INSERT INTO article_changes (article_id, version) SELECT {rows}.{key}, version"
            f" FROM meta WHERE id = 1{merge}")
