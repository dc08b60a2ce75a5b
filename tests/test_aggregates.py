"""The chart aggregations computed in the database (``store.aggregates``), on both databases.

Each is checked against the pandas path the dashboard takes today (the frames, then
``dashboard.filters`` and ``dashboard.charts``), for filters of every kind and with actor edits
that rename, merge (folding two actors of one paragraph) and hide, and with users' corrections,
so the two cannot drift.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from benchmarks.synthetic import fill_store, synthetic_articles
from dashboard import charts
from dashboard.filters import Filters, apply_paragraphs, apply_stances, stance_query
from store import aggregates, columns, stance_days
from store.aggregates import ACTOR_SUMMARY_COLUMNS, StanceQuery
from store.chart_rules import MAX_HEATMAP_COLUMNS, UNKNOWN_OUTLET
from store.core import Store
from store.db import database_key, open_db
from store.frames import LABEL_SCORES
from store.schema import Col
from store.stance_rows import ReadEdits, edits_ctes
from tests.pg import PgServer

FILTERS = {
    "none": Filters(),
    "articles": Filters(articles=(2, 5, 7, 11)),
    # the chosen articles narrow the paragraphs a sentiment range and a search test
    "articles, sentiment, search": Filters(articles=(2, 5, 7, 11, 30), sentiment=(-0.5, 1.0),
                                           search="over"),
    "outlets": Filters(outlets=("Harbour Gazette", "Valley Post")),
    "dates": Filters(date_from=date(2024, 3, 1), date_to=date(2024, 6, 30)),
    "dates, no undated": Filters(date_from=date(2024, 3, 1), include_undated=False),
    "actors": Filters(actors=("Russia", "EU bloc", "Ukraine")),
    # one actor, renamed and merged (folded rows), from a date: counted from stance_articles
    "one actor": Filters(actors=("EU bloc",), date_from=date(2024, 2, 1)),
    "position": Filters(position=(0.25, 0.5)),
    "sentiment": Filters(sentiment=(0.1, 1.0)),
    "stance": Filters(stance=(-1.0, -0.2)),
    # on the slider's grid (stance_bands), its ends on corrected rows' label scores (-1, 0, 1)
    "stance from zero": Filters(stance=(0.0, 1.0)),
    "stance to zero, actors, min mentions": Filters(stance=(-1.0, 0.0), min_mentions=5,
                                                    actors=("EU bloc", "Russia", "rebels")),
    "stance, outlets, dates": Filters(stance=(-0.35, 0.6), outlets=("Harbour Gazette",
                                                                     "Valley Post"),
                                      date_from=date(2024, 3, 1)),
    "stance off the grid": Filters(stance=(-0.33, 0.52)),
    # a sentiment range on the slider's grid (sentiment_bands): corrected rows keep their band
    "sentiment to zero, actors, min mentions": Filters(sentiment=(-1.0, 0.0), min_mentions=3,
                                                       actors=("EU bloc", "Russia", "rebels")),
    "sentiment, outlets, dates": Filters(sentiment=(-0.6, 0.25), outlets=("Harbour Gazette",
                                                                           "Valley Post"),
                                         date_from=date(2024, 3, 1)),
    "sentiment off the grid": Filters(sentiment=(-0.33, 0.52)),
    # two or three ranges on the grid: per actor alone from actor_range_bands, by day or
    # outlet from the rows; with picked (merged) actors and a minimum, corrected rows moving
    # to their label's stance band
    "sentiment and stance": Filters(sentiment=(-0.5, 0.5), stance=(-0.5, 1.0)),
    "three ranges": Filters(stance=(-0.5, 0.8), sentiment=(-0.6, 0.7), position=(0.1, 0.9)),
    "two ranges, actors, min mentions": Filters(sentiment=(-0.5, 0.5), stance=(-1.0, 0.0),
                                                actors=("EU bloc", "Russia", "rebels"),
                                                min_mentions=3),
    # a position range on the grid (position_bands), its ends on paragraphs at a grid position
    "position to the middle, actors, min mentions": Filters(position=(0.0, 0.5), min_mentions=3,
                                                            actors=("EU bloc", "Russia",
                                                                    "rebels")),
    "position, outlets, dates": Filters(position=(0.25, 0.75), outlets=("Harbour Gazette",
                                                                         "Valley Post"),
                                        date_from=date(2024, 3, 1)),
    "position off the grid": Filters(position=(0.33, 0.9)),
    "position and sentiment": Filters(position=(0.5, 1.0), sentiment=(0.0, 1.0)),
    "min mentions": Filters(min_mentions=40),
    # one actor stored under one name: the summaries' rows read by its key alone
    "one plain actor": Filters(actors=("Russia",)),
    "one plain actor, stance": Filters(actors=("Ukraine",), stance=(-1.0, 0.0)),
    "search word": Filters(search="sanction"),
    "search phrase": Filters(search='"at odds" grain'),
    "search nothing": Filters(search="anction"),
    "everything": Filters(outlets=("Harbour Gazette", "Northern Ledger", "Metro Daily"),
                          date_from=date(2024, 2, 1), date_to=date(2024, 11, 30),
                          position=(0.1, 0.9), sentiment=(-0.5, 0.8), stance=(-0.9, 0.9),
                          min_mentions=3, search="over"),
}


def fill_edited(store: Store) -> Store:
    """40 synthetic articles, one undated, with a rename, a merge, a hide and corrections."""
    fill_store(store, 39, seed=21)
    analysis, raw = next(synthetic_articles(1, seed=22))
    store.add_article(dataclasses.replace(analysis, published=None), raw_text=raw)
    store.rename_actor("European Union", "EU bloc")
    store.merge_actors("NATO", "EU bloc")  # paragraphs with both now fold into one row
    store.hide_actor("rebels")
    correct(store)
    return store


def correct(store: Store) -> None:
    """Corrections where they test something: a plain row, a folded row, a renamed actor's
    unfolded row, a hidden actor's row, and a row of the undated article."""
    with store.db.connect() as conn:
        stored = conn.execute("SELECT article_id, paragraph, actor FROM stances"
                              " ORDER BY article_id, paragraph, actor").fetchall()
    names: dict[tuple[int, int], set[str]] = {}
    for article_id, paragraph, actor in stored:
        names.setdefault((int(article_id), int(paragraph)), set()).add(actor)
    eu = {"European Union", "NATO"}
    plain = next(k for k, v in names.items() if "Russia" in v)
    folded = next(k for k, v in names.items() if eu <= v)
    renamed = next(k for k, v in names.items() if v & eu == {"European Union"})
    hidden = next(k for k, v in names.items() if "rebels" in v)
    undated = max(names)
    for key, actor, label in [(plain, "Russia", "positive"), (folded, "EU bloc", "negative"),
                              (renamed, "EU bloc", "neutral"), (hidden, "rebels", "positive"),
                              (undated, min(names[undated] - eu - {"rebels"}), "negative")]:
        store.add_correction(*key, actor, label)


@dataclasses.dataclass(frozen=True)
class World:
    """A store and its frames, read once: the pandas path's input."""

    store: Store
    stances: pd.DataFrame
    paragraphs: pd.DataFrame
    articles: pd.DataFrame

    def stances_for(self, filters: Filters) -> pd.DataFrame:
        return apply_stances(self.stances, filters, paragraphs=self.paragraphs)

    def paragraphs_for(self, filters: Filters) -> pd.DataFrame:
        return apply_paragraphs(self.paragraphs, filters, stances=self.stances)


@pytest.fixture(scope="module", params=("sqlite", "postgresql"))
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
          ) -> Iterator[World]:
    """One edited store per database, shared by the read-only parity tests of this module."""
    if request.param == "sqlite":
        location: str | Path = tmp_path_factory.mktemp("agg") / "stancemap.sqlite3"
    else:
        server: PgServer = request.getfixturevalue("postgres_server")
        location = server.new_database()
    store = fill_edited(Store(location))
    yield World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    store.close()


@pytest.fixture(params=("summary", "by day", "by outlet", "rows", "columns"))
def path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
         tmp_path: Path) -> Iterator[str]:
    """Every way to count: from the summaries where the query allows it (the default: the
    coarsest whose keys the query and the SELECT read, ``stance_days.level_for``), from the
    summaries by actor and day at the coarsest, from those by actor, outlet and day only,
    always from the stance rows, and from the stance rows in the column mirror
    (``store.columns``)."""
    if request.param == "by day":
        monkeypatch.setattr(stance_days, "SUMMARY_LEVELS", (stance_days.DAY, stance_days.OUTLET))
    if request.param == "by outlet":
        monkeypatch.setattr(stance_days, "SUMMARY_LEVELS", (stance_days.OUTLET,))
    if request.param in ("rows", "columns"):
        monkeypatch.setattr(aggregates, "use_summary", lambda query: False)
        monkeypatch.setattr(aggregates, "use_days", lambda query, **_: False)
        monkeypatch.setattr(aggregates, "use_paragraph_bands", lambda query: False)
        monkeypatch.setattr(aggregates, "use_article_bands", lambda query: False)
        monkeypatch.setattr(aggregates, "use_sentiment_counts", lambda query: False)
    if request.param != "columns":
        yield str(request.param)
        return
    world: World = request.getfixturevalue("world")
    with mirrored(world.store, tmp_path) as mirror:
        yield str(request.param)
    # each test reads through the mirror, but for a search or chosen articles (the store
    # reads them by key)
    name = request.node.callspec.params.get("name")
    by_key = name in FILTERS and bool(FILTERS[name].search or FILTERS[name].articles)
    assert mirror.answered > 0 or by_key, "the column mirror answered no query"


@contextmanager
def mirrored(store: Store, folder: Path) -> Iterator[columns.ColumnMirror]:
    """``store``'s column mirror, built in this process and used while inside."""
    path = folder / "mirror.duckdb"
    columns.build(store.db, path)
    mirror = columns.ColumnMirror(path, threads=1)
    with open_db(store.db) as conn:
        key = database_key(conn)
    columns.MIRRORS.attach(key, mirror, store.db)
    try:
        yield mirror
    finally:
        columns.MIRRORS.close()


@pytest.fixture()
def edited(target: str | Path, opened: Callable[[str | Path], Store]) -> Store:
    return fill_edited(opened(target))


def same_frame(got: pd.DataFrame, want: pd.DataFrame) -> None:
    """Equal columns, rows in order, integers exactly and floats to rounding."""
    assert list(got.columns) == list(want.columns)
    assert len(got) == len(want)
    for column in want.columns:
        a, b = got[column].tolist(), want[column].tolist()
        if want[column].dtype.kind == "f" or got[column].dtype.kind == "f":
            assert pd.Series(a, dtype=float).to_numpy() == pytest.approx(
                pd.Series(b, dtype=float).to_numpy(), abs=1e-6, nan_ok=True), column
        else:
            assert [str(x) for x in a] == [str(x) for x in b], column


def want_summary(world: World, filters: Filters, max_actors: int = 10**6) -> pd.DataFrame:
    out = charts.actor_summary(world.stances_for(filters), max_actors=max_actors)
    if out.empty:
        return pd.DataFrame(columns=list(ACTOR_SUMMARY_COLUMNS))
    return out.reset_index(drop=True)


def same_summary(store: Store, filters: Filters) -> None:
    """``actor_summary`` on ``store`` equals the pandas path on its frames read now (for stores
    that are not a ``World``: edited by the test itself)."""
    world = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    same_frame(aggregates.actor_summary(store.db, stance_query(filters)),
               want_summary(world, filters))


#: The filter sets also checked on PostgreSQL (every set runs on SQLite): one of each rule the
#: SQL applies (the summary's keys, one and several actors, the row path's article, paragraph
#: and search filters, the mention minimum, all at once), so each dialect's SQL runs for each.
ON_BOTH = ("none", "articles", "articles, sentiment, search", "outlets", "dates, no undated",
           "actors", "one actor", "min mentions", "search phrase", "everything",
           "stance from zero", "stance to zero, actors, min mentions", "stance, outlets, dates",
           "sentiment to zero, actors, min mentions", "sentiment, outlets, dates",
           "position to the middle, actors, min mentions", "position, outlets, dates")
#: The rest, on SQLite only: ``world`` narrowed to its first database. Not a list of
#: (database, set) cases: pytest tells a module fixture's values apart by their place in the
#: list, so a case list rebuilt the store for nearly every test (50 times instead of 2).
SQLITE_ONLY = pytest.mark.parametrize("world", ["sqlite"], indirect=True)


@contextmanager
def checking(what: str) -> Iterator[None]:
    """Name the aggregation an assertion failed in: one test checks several."""
    try:
        yield
    except AssertionError as error:
        raise AssertionError(f"{what}: {error}") from error


@pytest.mark.parametrize("name", ON_BOTH)
def test_every_aggregation_equals_the_pandas_path(world: World, path: str, name: str) -> None:
    """Each of ``store.aggregates`` under one filter set, against the pandas path: the actor
    summary, the caption's counts, the busiest actors and outlets, the timeline as the page
    asks for it, both heatmaps, the outlet comparison of two and three outlets, and the
    outlets' sentiment."""
    check_every_aggregation(world, FILTERS[name])


@SQLITE_ONLY
@pytest.mark.parametrize("name", [name for name in FILTERS if name not in ON_BOTH])
def test_every_aggregation_on_sqlite(world: World, path: str, name: str) -> None:
    check_every_aggregation(world, FILTERS[name])


@pytest.mark.parametrize("patterns", [True, False], ids=["patterns", "paragraphs"])
@pytest.mark.parametrize("share", [1.0, 0.0], ids=["bands", "rows"])
@pytest.mark.parametrize("name", ["stance from zero", "stance, outlets, dates", "stance",
                                  "sentiment and stance", "three ranges"])
def test_the_counts_under_a_stance_range_with_hidden_rows_either_way(
        world: World, monkeypatch: pytest.MonkeyPatch, name: str, share: float,
        patterns: bool) -> None:
    """The counts line under a stance range on the grid, the hidden actor's paragraphs counted
    from their rows beside the others' bands (``few_hidden_rows`` says yes at any share), and
    from the rows alone (it says no): both as the pandas path counts. The bands are counted
    per pattern and per article (``band_patterns``, ``article_bands``) where no outlet, date,
    sentiment or position filter applies, else paragraph by paragraph (a sentiment and a
    position range tested on each); ``patterns=False`` forces the latter."""
    monkeypatch.setattr(stance_days, "MOST_HIDDEN_SHARE", share)
    filters = FILTERS[name]
    assert stance_days.paragraphs_cover(stance_query(filters))
    assert stance_days.patterns_cover(stance_query(filters)) == (name in ("stance from zero",
                                                                           "stance"))
    if not patterns:
        monkeypatch.setattr(stance_days, "patterns_cover", lambda query: False)
    assert aggregates.overview_counts(world.store.db, stance_query(filters)) == want_counts(
        world, filters)


@pytest.mark.parametrize("share", [1.0, 0.0], ids=["bands", "rows"])
@pytest.mark.parametrize("name", ["sentiment", "sentiment, outlets, dates", "position",
                                  "position, outlets, dates"])
def test_the_article_heatmap_under_a_sentiment_or_position_range_either_way(
        world: World, monkeypatch: pytest.MonkeyPatch, name: str, share: float) -> None:
    """The actor x article heatmap under a sentiment or position range on the grid, its
    articles ranked and counted off the rows per article and band, the edited paragraphs (the
    world's correction, merge and hidden actor) from their rows (``few_hidden_rows`` says yes
    at any share), and from the rows alone (it says no): both as the pandas path."""
    monkeypatch.setattr(stance_days, "MOST_HIDDEN_SHARE", share)
    filters = FILTERS[name]
    assert stance_days.articles_cover(stance_query(filters))
    shown = aggregates.heatmap(world.store.db, stance_query(filters), by=Col.TITLE)
    stances = world.stances_for(filters)
    same_frame(shown.cells.reset_index(drop=True),
               charts.pair_summary(stances, by=Col.TITLE).reset_index(drop=True))
    assert shown.columns_kept == heatmap_columns(world, stances, shown.cells, by=Col.TITLE)
    for caps in ((1, 1), (3, 4)):  # the ranking's ties, as the pandas path breaks them
        same_frame(aggregates.pair_summary(world.store.db, stance_query(filters), by=Col.TITLE,
                                           max_actors=caps[0], max_columns=caps[1])
                   .reset_index(drop=True),
                   charts.pair_summary(stances, by=Col.TITLE, max_actors=caps[0],
                                       max_columns=caps[1]).reset_index(drop=True))


@pytest.mark.parametrize("left_out", [False, True], ids=["kept bands", "left-out bands"])
@pytest.mark.parametrize("name", ["stance from zero", "stance, outlets, dates",
                                  "sentiment to zero, actors, min mentions",
                                  "sentiment, outlets, dates", "position, outlets, dates",
                                  "position to the middle, actors, min mentions"])
def test_a_range_sums_the_same_from_the_bands_it_keeps_or_leaves_out(
        world: World, monkeypatch: pytest.MonkeyPatch, name: str, left_out: bool) -> None:
    """Every aggregation summed from the bands a range keeps, and as every row less the bands it
    leaves out (``reads_left_out``; the filter sets pick both ways, this forces each): both as
    the pandas path, with the world's correction, merge and hidden actor moving rows."""
    monkeypatch.setattr(stance_days, "reads_left_out", lambda by, kept: left_out)
    check_every_aggregation(world, FILTERS[name])


def test_a_range_reads_the_fewer_bands() -> None:
    # 81 stance bands: -1..0 keeps 41 (reads the 40 left out), -1..-0.05 keeps 39
    assert stance_days.reads_left_out(stance_days.STANCE, stance_days.band_range((-1.0, 0.0)))
    assert not stance_days.reads_left_out(stance_days.STANCE,
                                          stance_days.band_range((-1.0, -0.05)))
    # 41 position bands: 0..0.5 keeps 21, 0..0.45 keeps 19
    assert stance_days.reads_left_out(stance_days.POSITION, stance_days.band_range((0.0, 0.5)))
    assert not stance_days.reads_left_out(stance_days.POSITION,
                                          stance_days.band_range((0.0, 0.45)))


def test_thousands_of_shown_names_and_refolded_rows_go_as_one_parameter_each(world: World
                                                                              ) -> None:
    # regression: each went as parameters of a VALUES list, and a merge of two busy actors not
    # yet re-analysed (44,000 refolded rows at 10^4 articles) failed every chart on SQLite
    # ("too many SQL variables"); PostgreSQL takes at most 65,535 parameters
    rows = tuple((i // 7, i % 7, f"actor {i % 13}", (i % 201 - 100) / 100.0, 1 + i % 3, i % 2)
                 for i in range(70_000))
    edits = ReadEdits(shown=tuple((f"stored {i}", f"shown {i % 5}") for i in range(40_000)),
                      hidden=frozenset(), refolded=rows, corrected=False)
    with open_db(world.store.db) as conn:
        params: list[Any] = []
        ctes = edits_ctes(edits, conn.dialect, params)
        assert len(params) == 2 + 2 * len(LABEL_SCORES)
        (shown, names), = conn.execute(f"WITH {', '.join(ctes)} SELECT COUNT(*),"
                                       " COUNT(DISTINCT name) FROM shown", params).fetchall()
        got = conn.execute(f"WITH {', '.join(ctes)} SELECT article_id, paragraph, actor, score,"
                           " mentions, corrected FROM refolded", params).fetchall()
    assert (shown, names) == (40_000, 5)
    assert [tuple(r) for r in got] == list(rows)  # every value back, floats exactly


def want_counts(world: World, filters: Filters) -> aggregates.OverviewCounts:
    """The Overview's counts line as the pandas path gives it."""
    paragraphs = world.paragraphs_for(filters)
    return aggregates.OverviewCounts(
        articles_stored=len(world.articles), articles_kept=paragraphs[Col.ARTICLE_ID].nunique(),
        paragraphs_kept=len(paragraphs),
        actors_kept=world.stances_for(filters)[Col.ACTOR].nunique())


def heatmap_columns(world: World, stances: pd.DataFrame, cells: pd.DataFrame, *, by: str,
                    max_columns: int = MAX_HEATMAP_COLUMNS) -> int:
    """The columns a heatmap's cap chose from: the articles with a kept row; the outlets with
    one (a missing one is a column of its own) where the store has more outlets than the cap,
    else those shown."""
    if by == Col.TITLE:
        return stances[Col.ARTICLE_ID].nunique()
    if world.articles[Col.OUTLET].nunique(dropna=False) <= max_columns:
        return cells[Col.OUTLET].nunique()
    return stances[Col.OUTLET].fillna(UNKNOWN_OUTLET).nunique()


def check_every_aggregation(world: World, filters: Filters) -> None:
    query, db = stance_query(filters), world.store.db
    stances, paragraphs = world.stances_for(filters), world.paragraphs_for(filters)
    with checking("actor_summary"):
        got = aggregates.actor_summary(db, query)
        assert tuple(got.columns) == ACTOR_SUMMARY_COLUMNS
        same_frame(got, want_summary(world, filters))
    with checking("overview_counts"):
        assert aggregates.overview_counts(db, query) == want_counts(world, filters)
    for by in (Col.ACTOR, Col.OUTLET):
        with checking(f"busiest by {by}"):
            assert aggregates.busiest(db, query, by=by) == charts.busiest(stances, by=by)
            assert aggregates.busiest(db, query, 3, by=by) == charts.busiest(stances, 3, by=by)
    with checking("stance_timeline"):
        actors = list(filters.actors) or charts.busiest(stances, charts.MAX_TIMELINE_ACTORS)
        same_timeline(aggregates.stance_timeline(db, query, actors=actors),
                      charts.stance_over_time(stances, actors=actors))
    for by in (Col.TITLE, Col.OUTLET):
        with checking(f"heatmap by {by}"):
            shown = aggregates.heatmap(db, query, by=by)
            same_frame(shown.cells.reset_index(drop=True),
                       charts.pair_summary(stances, by=by).reset_index(drop=True))
            assert shown.columns_kept == heatmap_columns(world, stances, shown.cells, by=by)
    for count in (2, 3):
        with checking(f"outlet_comparison of {count}"):
            outlets = charts.busiest(world.stances, by=Col.OUTLET)[:count][::-1]
            same_frame(aggregates.outlet_comparison(db, query, outlets),
                       charts.outlet_comparison(stances, outlets))
    with checking("outlet_sentiment"):  # paragraphs only: the same SQL on either path
        same_frame(aggregates.outlet_sentiment(db, query).reset_index(drop=True),
                   charts.outlet_sentiment(paragraphs).reset_index(drop=True))


@pytest.mark.parametrize("actors", [["Russia"], ["EU bloc"], ["rebels"], [],
                                    ["Ukraine", "nobody"]],
                         ids=["plain", "merged", "hidden", "none", "one unknown"])
@pytest.mark.parametrize("name", ["none", "stance from zero", "dates", "stance"])
def test_the_timeline_of_a_few_actors_as_pandas_draws_it(world: World, path: str, name: str,
                                                         actors: list[str]) -> None:
    # the summaries' rows of the actors the timeline draws are read by their stored names
    # (days_sql's ``only``): one name, a merge's two, a hidden one, none, one not stored
    filters = FILTERS[name]
    same_timeline(aggregates.stance_timeline(world.store.db, stance_query(filters),
                                             actors=actors),
                  charts.stance_over_time(world.stances_for(filters), actors=actors))


@pytest.mark.parametrize("name", ["none", "position, outlets, dates", "stance from zero"])
def test_actor_summary_keeps_the_busiest_as_pandas_does(world: World, path: str,
                                                        name: str) -> None:
    # the database returns only the busiest, with the ties at the last place: with no filter the
    # 7th and 8th busiest have as many paragraphs, under a position range the 4th and 5th, and
    # pandas keeps the first by name
    filters = FILTERS[name]
    counts = world.stances_for(filters)[Col.ACTOR].value_counts().tolist()
    tied = {"none": 7, "position, outlets, dates": 4}.get(name)
    if tied:
        assert counts[tied - 1] == counts[tied]  # the tie this case is here for
    for max_actors in (0, 1, 2, 3, 4, 5, 7, 8, 30):
        with checking(f"max_actors={max_actors}"):
            got = aggregates.actor_summary(world.store.db, stance_query(filters),
                                           max_actors=max_actors)
            same_frame(got, want_summary(world, filters, max_actors))
            assert aggregates.busiest(world.store.db, stance_query(filters), max_actors) == \
                charts.busiest(world.stances_for(filters), max_actors)


@pytest.mark.parametrize("candidates", [(0, 1), (1, 0), (1, 3)],
                         ids=["one candidate", "one per kept", "one per kept and three"])
@pytest.mark.parametrize("name", ["none", "stance from zero", "stance", "min mentions",
                                  "dates", "position, outlets, dates", "sentiment"])
def test_the_busiest_looked_for_among_few_candidates_first(
        world: World, monkeypatch: pytest.MonkeyPatch, name: str,
        candidates: tuple[int, int]) -> None:
    # the busiest are looked for among the stored actors with the most rows of all (and the
    # names edits gather stored names under) before every actor: the world's few actors made
    # fewer candidates, so that the first run is the answer for some counts kept and not for
    # others (under its ranges, never: few rows in range); both ways as pandas has them, with
    # the world's merge, correction and hidden actor
    monkeypatch.setattr(aggregates, "CANDIDATES_PER_KEPT", candidates[0])
    monkeypatch.setattr(aggregates, "MORE_CANDIDATES", candidates[1])
    runs: list[bool] = []
    real_run = aggregates._run

    def counted(*args: Any, **kwargs: Any) -> list[tuple[Any, ...]]:
        runs.append(kwargs.get("only") is not None)
        return real_run(*args, **kwargs)

    monkeypatch.setattr(aggregates, "_run", counted)
    filters, answered = FILTERS[name], []
    for keep in (1, 2, 3, 4, 5, 7, 8):
        with checking(f"keep={keep}"):
            runs.clear()
            same_frame(aggregates.actor_summary(world.store.db, stance_query(filters),
                                                max_actors=keep),
                       want_summary(world, filters, keep))
            answered.append(runs == [True])
            assert aggregates.busiest(world.store.db, stance_query(filters), keep) == \
                charts.busiest(world.stances_for(filters), keep)
    if name in ("none", "min mentions"):  # the busiest actor was among the candidates
        assert answered[0]
        # with one candidate more than kept, or one in all, some counts kept were not
        assert all(answered) == (candidates == (1, 3))


@pytest.mark.parametrize("name", list(FILTERS))
def test_the_busiest_read_off_the_summary_are_the_stores(world: World, path: str,
                                                         name: str) -> None:
    # the Overview takes its timeline's actors from the actor summary: under a stance range a
    # query of their own read every kept stance row again (1.6 s at 10^5 articles)
    query = stance_query(FILTERS[name])
    for max_actors, n in ((30, 5), (5, 5), (3, 2), (30, None)):
        with checking(f"max_actors={max_actors}, n={n}"):
            summary = aggregates.actor_summary(world.store.db, query, max_actors=max_actors)
            expected = aggregates.busiest(world.store.db, query, n)
            assert aggregates.busiest_in(summary, n) == expected[:max_actors]


@pytest.mark.parametrize("name", [name for name in FILTERS
                                  if stance_query(FILTERS[name]).limits_stances])
def test_the_heatmaps_articles_under_stance_filters_are_the_counts_lines(
        world: World, path: str, name: str) -> None:
    # under stance-side filters every kept paragraph has a kept stance row: the article
    # heatmap's note and the counts line name one number, counted two ways
    query = stance_query(FILTERS[name])
    assert aggregates.heatmap(world.store.db, query, by=Col.TITLE).columns_kept == (
        aggregates.overview_counts(world.store.db, query).articles_kept)


def same_timeline(got: charts.Timeline, want: charts.Timeline) -> None:
    assert (got.period, got.undated_articles, got.undated_paragraphs) == (
        want.period, want.undated_articles, want.undated_paragraphs)
    same_frame(got.frame, want.frame)


@pytest.mark.parametrize("actors", [None, [], ["EU bloc"], ["rebels", "Russia"]])
def test_stance_timeline_periods_and_actors(world: World, path: str,
                                            actors: list[str] | None) -> None:
    filters = FILTERS["dates"]
    for period in (None, "day", "week", "month"):
        with checking(f"period={period}"):
            same_timeline(aggregates.stance_timeline(world.store.db, stance_query(filters),
                                                     actors=actors, period=period),
                          charts.stance_over_time(world.stances_for(filters), actors=actors,
                                                  period=period))


@pytest.mark.parametrize("by", [Col.TITLE, Col.OUTLET])
def test_pair_summary_caps_break_ties_as_pandas(world: World, path: str, by: str) -> None:
    for caps in ((1, 1), (3, 4), (5, 2)):
        with checking(f"caps={caps}"):
            got = aggregates.heatmap(world.store.db, StanceQuery(), by=by,
                                     max_actors=caps[0], max_columns=caps[1])
            want = charts.pair_summary(world.stances, by=by, max_actors=caps[0],
                                       max_columns=caps[1])
            same_frame(got.cells.reset_index(drop=True), want.reset_index(drop=True))
            # the store has more outlets than these caps: the outlets are ranked and counted
            assert got.columns_kept == heatmap_columns(world, world.stances, got.cells, by=by,
                                                       max_columns=caps[1])


def test_regression_a_heatmap_read_its_rows_and_its_cells_in_two_snapshots(
        target: str | Path, opened: Callable[[str | Path], Store],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the busiest actors and their cells were read on connections of their own: articles
    # written between the two reads gave the rows cells summed over rows they had not counted
    store = opened(target)
    fill_store(store, 12, seed=61)
    before = aggregates.heatmap(store.db, StanceQuery(), by=Col.OUTLET)
    run, written = aggregates._run, []

    def run_then_write(*args: Any, **options: Any) -> list[tuple[Any, ...]]:
        rows = run(*args, **options)
        if not written:  # after the first read (the busiest actors), from another connection
            written.append(store.add_many(list(synthetic_articles(4, seed=62))))
        return rows

    monkeypatch.setattr(aggregates, "_run", run_then_write)
    during = aggregates.heatmap(store.db, StanceQuery(), by=Col.OUTLET)
    assert written
    same_frame(during.cells, before.cells)
    assert during.columns_kept == before.columns_kept
    monkeypatch.undo()
    after = aggregates.heatmap(store.db, StanceQuery(), by=Col.OUTLET).cells
    assert after[Col.N].sum() > before.cells[Col.N].sum()  # the write did move the cells


@pytest.mark.parametrize("name", ["none", "actors", "everything"])
def test_without_edits_nothing_is_folded_and_the_numbers_agree(
        target: str | Path, opened: Callable[[str | Path], Store], name: str) -> None:
    store = opened(target)
    fill_store(store, 20, seed=23)
    world = World(store, store.stances_frame(), store.paragraphs_frame(),
                  store.articles_frame())
    same_frame(aggregates.actor_summary(store.db, stance_query(FILTERS[name])),
               want_summary(world, FILTERS[name]))


@pytest.mark.parametrize(("pairs", "want"), [
    ([], [0, 0, 0]),
    # an article's paragraph sets are OR-ed (paragraph 1 is in both), not added
    ([(1, 0b011, 0), (1, 0b110, 0)], [1, 3, 0]),
    ([(1, 0b011, 0), (1, 0b110, 0), (2, 0b1, 2), (3, 0, 1), (3, 0b1000, 0)], [3, 5, 2]),
    # the top bit kept (paragraph 61): a BIGINT, not a sign
    ([(4, 1 << 61, 0), (4, 1, 0)], [1, 2, 0]),
])
def test_the_paragraph_union_of_each_dialect(
        target: str | Path, opened: Callable[[str | Path], Store],
        pairs: list[tuple[int, int, int]], want: list[int]) -> None:
    # [articles, paragraphs in each article's union, articles with late rows], as
    # ``Dialect.paragraph_union`` gives it over (article_id, bits, late) pairs. No pairs at all
    # is a regression case: SQLite's aggregate, never stepped, gave NULL.
    store = opened(target)
    rows = " UNION ALL ".join("SELECT ?, CAST(? AS BIGINT), ?" for _ in pairs) or (
        "SELECT 0, CAST(0 AS BIGINT), 0 WHERE 1 = 0")
    with open_db(store.db) as conn:
        (union,), = conn.execute(
            f"WITH kept_pairs (article_id, bits, late) AS ({rows}) {conn.dialect.paragraph_union}",
            [value for pair in pairs for value in pair]).fetchall()
    assert json.loads(union) == want


def test_paragraphs_past_the_bits_count_under_several_actors(
        target: str | Path, opened: Callable[[str | Path], Store]) -> None:
    # Regression guard: several picked actors count paragraphs as the union of their paragraph
    # sets (bits for paragraphs below 62); a long article's later paragraphs, shared by several
    # picked actors and folded by a merge, must be counted once each, from the stance rows.
    store = opened(target)
    fill_store(store, 3, seed=25)
    store.add_many(list(synthetic_articles(2, seed=26, body_paragraphs=(70, 80))))
    store.merge_actors("NATO", "European Union")
    filters = Filters(actors=("Russia", "European Union", "Ukraine"))
    world = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    stances, paragraphs = world.stances_for(filters), world.paragraphs_for(filters)
    late = stances[stances[Col.PARAGRAPH] >= 62]
    assert late.duplicated([Col.ARTICLE_ID, Col.PARAGRAPH]).any()  # shared late paragraphs
    assert aggregates.overview_counts(store.db, stance_query(filters)) == aggregates.OverviewCounts(
        articles_stored=5, articles_kept=paragraphs[Col.ARTICLE_ID].nunique(),
        paragraphs_kept=len(paragraphs), actors_kept=3)
    # and when the other filters leave none of their rows, nothing (not an error)
    nothing = dataclasses.replace(stance_query(filters), date_from=date(2999, 1, 1))
    assert aggregates.overview_counts(store.db, nothing) == aggregates.OverviewCounts(
        articles_stored=5, articles_kept=0, paragraphs_kept=0, actors_kept=0)


def test_a_corrected_row_counts_with_its_labels_score(
        target: str | Path, opened: Callable[[str | Path], Store]) -> None:
    # Regression: the SQL summed the model's score of a corrected row, the frames its label's.
    store = opened(target)
    fill_store(store, 5, seed=24)
    rows = store.stances_frame()
    row = rows[rows[Col.STANCE] < 0].iloc[0]
    actor = str(row[Col.ACTOR])
    before = store.actor_summary().set_index(Col.ACTOR).loc[actor]
    store.add_correction(int(row[Col.ARTICLE_ID]), int(row[Col.PARAGRAPH]), actor, "positive")
    after = store.actor_summary().set_index(Col.ACTOR).loc[actor]
    shift = (LABEL_SCORES["positive"] - float(row[Col.STANCE])) / int(before[Col.N])
    assert after[Col.MEAN_STANCE] == pytest.approx(before[Col.MEAN_STANCE] + shift)
    assert after[Col.CORRECTED] == 1
    # the stance filter sees the corrected score too: the row now counts as positive
    query = StanceQuery(stance=(0.99, 1.0), actors=(actor,))
    assert store.actor_summary(query).set_index(Col.ACTOR).loc[actor, Col.N] == int(
        (rows[Col.ACTOR] == actor).mul(rows[Col.STANCE] >= 0.99).sum()) + 1


def test_the_fixture_exercises_what_it_claims(world: World) -> None:
    # the edits show, the merge folds rows, one article is undated, filters keep something,
    # and corrections fall on plain, folded and hidden rows
    summary = aggregates.actor_summary(world.store.db, StanceQuery())
    assert "EU bloc" in set(summary[Col.ACTOR])
    assert not {"European Union", "NATO", "rebels"} & set(summary[Col.ACTOR])
    with world.store.db.connect() as conn:
        stored_rows = conn.execute("SELECT COUNT(*) FROM stances WHERE actor <> 'rebels'"
                                   ).fetchone()[0]
        corrected = {r[0] for r in conn.execute("SELECT actor FROM corrections")}
    assert len(world.stances) < stored_rows  # folded by the merge
    assert {"NATO", "European Union", "rebels"} <= corrected
    assert world.stances[Col.CORRECTED_LABEL].notna().sum() >= 3
    assert world.articles[Col.PUBLISHED].isna().sum() == 1
    for name in ("articles", "dates", "position", "sentiment", "search word", "everything"):
        assert len(world.stances_for(FILTERS[name])) > 0, name
    assert world.stances_for(FILTERS["search nothing"]).empty
    # the ranges on the sliders' grid are counted from their bands (a stance range's ends on
    # corrected rows: label scores are grid values); off the grid from rows
    for name in ("stance", "stance from zero", "stance to zero, actors, min mentions",
                 "stance, outlets, dates", "sentiment", "sentiment to zero, actors, min mentions",
                 "sentiment, outlets, dates", "position",
                 "position to the middle, actors, min mentions", "position, outlets, dates"):
        query = stance_query(FILTERS[name])
        assert aggregates.use_days(query) and not aggregates.use_summary(query), name
        assert len(world.stances_for(FILTERS[name])) > 0, name
    for name in ("stance off the grid", "sentiment off the grid", "position off the grid"):
        query = stance_query(FILTERS[name])
        assert not aggregates.use_days(query, by=stance_days.ACTOR), name
    # two or three ranges on the grid: the sums per actor alone (migration 18); by day or
    # outlet, or under an outlet or date filter, the rows
    actor, day = stance_days.ACTOR, stance_days.DAY
    for name in ("sentiment and stance", "position and sentiment", "three ranges",
                 "two ranges, actors, min mentions"):
        query = stance_query(FILTERS[name])
        assert aggregates.use_days(query, by=actor), name
        assert not aggregates.use_days(query, by=day) and not aggregates.use_days(query), name
        assert len(world.stances_for(FILTERS[name])) > 0, name
    assert not aggregates.use_days(stance_query(FILTERS["everything"]), by=actor)
    # the rankings read the summaries per actor alone with no outlet or date filter, the
    # timeline per actor and day with no outlet filter (migration 14; under a sentiment or
    # position range migration 16's)
    actor, day, outlet = stance_days.ACTOR, stance_days.DAY, stance_days.OUTLET
    for name, by_actor, by_day in [
            ("none", actor, day), ("actors", actor, day), ("min mentions", actor, day),
            ("stance", actor, day), ("stance to zero, actors, min mentions", actor, day),
            ("dates, no undated", day, day), ("one actor", day, day),
            ("outlets", outlet, outlet), ("stance, outlets, dates", outlet, outlet),
            ("sentiment", actor, day), ("position", actor, day)]:
        query = stance_query(FILTERS[name])
        assert stance_days.level_for(query, by=actor) == by_actor, name
        assert stance_days.level_for(query, by=day) == by_day, name
        assert stance_days.level_for(query, by=outlet) == outlet, name
    corrected = world.stances[world.stances[Col.CORRECTED_LABEL].notna()][Col.STANCE]
    assert {-1.0, 0.0, 1.0} <= set(corrected)


def test_filter_values_are_parameters_never_sql(edited: Store) -> None:
    hostile = "x') OR 1=1; DROP TABLE stances; --"
    query = StanceQuery(outlets=(hostile,), actors=(hostile,), search=((hostile,),))
    assert edited.actor_summary(query).empty
    assert aggregates.busiest(edited.db, query) == []
    assert aggregates.outlet_comparison(edited.db, StanceQuery(), [hostile, "Valley Post"]
                                        ).empty
    assert aggregates.stance_timeline(edited.db, StanceQuery(), actors=[hostile]).frame.empty
    assert len(edited.actor_summary()) > 0  # the table is still there


def test_a_stance_range_in_a_store_with_no_undated_article(
        target: str | Path, opened: Callable[[str | Path], Store],
        monkeypatch: pytest.MonkeyPatch) -> None:
    # the timeline's undated counts read the undated articles' rows only, none here; the
    # counts line reads the actors off the bands: both as the rows give them
    store = opened(target)
    fill_store(store, 6, seed=25)
    query = StanceQuery(stance=(-0.25, 1.0))
    assert aggregates.use_days(query)
    fast = (aggregates.stance_timeline(store.db, query), aggregates.overview_counts(store.db,
                                                                                   query))
    monkeypatch.setattr(aggregates, "use_days", lambda query, **_: False)
    slow = (aggregates.stance_timeline(store.db, query), aggregates.overview_counts(store.db,
                                                                                   query))
    assert (fast[0].undated_articles, fast[0].undated_paragraphs) == (0, 0)
    same_frame(fast[0].frame, slow[0].frame)
    assert fast[1] == slow[1] and fast[1].paragraphs_kept > 0
