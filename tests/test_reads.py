"""The pages' small reads (``store.reads``, the frames' ``article_ids``, the filtered corrections
and the on-click exports), on both databases, each against the pandas path over whole frames.

The store is ``tests.test_aggregates``' edited one (a rename, a merge that folds rows, a hide,
corrections, an undated article) and the filters are its ``FILTERS``, so the drill-downs are
checked on the same ground as the charts they drill into.
"""

# ruff: noqa: F811  (``world`` is test_aggregates' fixture, imported: tests name it as a parameter)
from __future__ import annotations

import io
import json
from datetime import UTC, date, datetime

import pandas as pd
import pytest

from dashboard import charts, exports, report
from dashboard.filters import (
    Filters,
    apply_articles,
    for_some_articles,
    search_mask,
    select_rows,
    stance_query,
    with_text,
)
from dashboard.picks import as_picks
from store import aggregates, reads
from store.chart_rules import PERIOD, UNKNOWN_OUTLET
from store.core import Store
from store.reads import Pick
from store.schema import PARAGRAPH_COLUMNS, STANCE_COLUMNS, Col
from tests.test_aggregates import FILTERS, World, world  # noqa: F401

STANCE_KEY = [Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR]
PARAGRAPH_KEY = [Col.ARTICLE_ID, Col.PARAGRAPH]


def newest_first(frame: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    """The order the reads give: newest article first, then paragraph (then actor)."""
    ascending = [False, *[True] * (len(key) - 1)]
    return frame.sort_values(key, ascending=ascending, ignore_index=True)


# --- the sidebar ---------------------------------------------------------------------------------

def test_sidebar_options_are_what_the_frames_hold(world: World) -> None:
    db = world.store.db
    assert reads.outlets(db) == sorted(world.articles[Col.OUTLET].dropna().unique())
    shown = sorted(world.stances[Col.ACTOR].unique())
    assert "EU bloc" in shown and "rebels" not in shown  # a rename, a merge and a hide
    same_shown_actors(world.store, shown)
    published = world.articles[Col.PUBLISHED]
    span = reads.date_span(db)
    assert (span.first, span.last) == (published.min().date(), published.max().date())
    assert span.undated == int(published.isna().sum()) == 1


def same_shown_actors(store: Store, shown: list[str]) -> None:
    """The sidebar's actor reads agree with ``shown``, every actor name the frames show: how
    many, the names holding some words (each word narrowed in SQL), which of some names are."""
    db = store.db
    assert reads.shown_actor_count(db) == len(shown)
    for words in ("", "u", "EU", "eu BLOC", "e u", "%", "_", "nobody"):
        for limit in (1, 3, 10**6):
            assert reads.shown_actors_named(db, words, limit=limit) == reads.names_with(
                shown, words, limit=limit), (words, limit)
    with store.db.connect() as conn:
        stored = {str(r[0]) for r in conn.execute("SELECT DISTINCT actor FROM stances")}
    asked = {*shown[::2], *stored, "nobody"}
    assert reads.shown_among(db, asked) == asked & set(shown)


def test_names_looked_up_in_several_in_lists_are_found_alike(
        world: World, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import db as store_db

    monkeypatch.setattr(store_db, "IN_LIST_MAX", 2)  # every lookup split at 2 names
    assert [list(part) for part in store_db.in_chunks("abcde")] == [["a", "b"], ["c", "d"], ["e"]]
    same_shown_actors(world.store, sorted(world.stances[Col.ACTOR].unique()))


@pytest.mark.parametrize("name", ["none", "articles", "outlets", "dates", "dates, no undated"])
def test_article_choices_are_the_newest_that_pass_the_article_filters(world: World,
                                                                      name: str) -> None:
    filters = FILTERS[name]
    passing = apply_articles(world.articles, filters).sort_values(Col.ARTICLE_ID,
                                                                  ascending=False)
    want = dict(zip(passing[Col.ARTICLE_ID], passing[Col.TITLE], strict=True))
    assert reads.article_choices(world.store.db, stance_query(filters), limit=7) == dict(
        list(want.items())[:7])
    assert reads.article_choices(world.store.db, stance_query(filters)) == want
    assert reads.article_ids(world.store.db, stance_query(filters)) == sorted(want)


def test_article_choices_find_titles_by_their_words_literally(world: World) -> None:
    titles = world.articles.set_index(Col.ARTICLE_ID)[Col.TITLE]
    word = "AID PACKAGE"
    want = {int(i): t for i, t in titles.items() if word.lower() in t.lower()}
    assert want and len(want) < len(titles)
    found = reads.article_choices(world.store.db, title=word)
    assert found == dict(sorted(want.items(), reverse=True))
    # LIKE's wildcards and quotes are text here, never patterns or SQL
    assert reads.article_choices(world.store.db, title="%") == {}
    assert reads.article_choices(world.store.db, title="_' OR 1=1 --") == {}


def test_titles_are_looked_up_by_id_and_deleted_ones_dropped(world: World) -> None:
    titles = world.articles.set_index(Col.ARTICLE_ID)[Col.TITLE]
    first, last = int(titles.index.min()), int(titles.index.max())
    assert reads.titles_of(world.store.db, [last, first, 10**9]) == {
        first: titles[first], last: titles[last]}
    assert reads.titles_of(world.store.db, []) == {}


# --- one article's rows --------------------------------------------------------------------------

def test_frames_of_some_articles_are_those_rows_of_the_whole_frames(world: World) -> None:
    ids = [3, 9, 12, 40]  # folded merges among them, and the undated article
    for read, whole in ((world.store.stances_frame, world.stances),
                        (world.store.paragraphs_frame, world.paragraphs),
                        (world.store.articles_frame, world.articles)):
        some = read(article_ids=ids)
        want = whole[whole[Col.ARTICLE_ID].isin(ids)].reset_index(drop=True)
        pd.testing.assert_frame_equal(some, want)
        assert read(article_ids=[]).empty
        assert list(read(article_ids=[]).dtypes) == list(whole.dtypes)


# --- the rows behind a click ---------------------------------------------------------------------

def picks_of(world: World) -> dict[str, list[dict[str, object]]]:
    """Chart selections of every kind, as Vega hands them back."""
    some = world.stances.iloc[len(world.stances) // 2]
    march = int(pd.Timestamp("2024-03-01").timestamp() * 1000)
    return {
        "actor": [{Col.ACTOR: "EU bloc"}],
        "two actors": [{Col.ACTOR: "Russia"}, {Col.ACTOR: "Ukraine"}],
        "cell by article": [{Col.ACTOR: str(some[Col.ACTOR]),
                             Col.ARTICLE_ID: int(some[Col.ARTICLE_ID])}],
        "cell by outlet": [{Col.ACTOR: "Russia", Col.OUTLET: "Valley Post"}],
        "time": [{Col.ACTOR: "EU bloc", PERIOD: march}],
    }


def expected_stances(world: World, filters: Filters, clicked: list[dict[str, object]],
                     ) -> pd.DataFrame:
    kept = world.stances_for(filters)
    if PERIOD in clicked[0]:
        rows = charts.rows_in_periods(kept, clicked, "month")
    else:
        rows = select_rows(kept, clicked)
    return newest_first(with_text(rows, world.paragraphs), STANCE_KEY)


@pytest.mark.parametrize("pick", ["actor", "two actors", "cell by article", "cell by outlet",
                                  "time"])
@pytest.mark.parametrize("name", ["none", "dates", "actors", "position", "sentiment", "stance",
                                  "min mentions", "search word", "everything"])
def test_stances_behind_a_click_are_the_pandas_rows(world: World, name: str, pick: str) -> None:
    filters = FILTERS[name]
    clicked = picks_of(world)[pick]
    want = expected_stances(world, filters, clicked)
    period = "month" if pick == "time" else None
    got = reads.stances_behind(world.store.db, stance_query(filters),
                               as_picks(clicked, period=period), limit=10**6)
    assert got.total == len(want)
    assert list(got.rows.columns) == [*STANCE_COLUMNS, Col.TEXT, Col.SENTIMENT]
    pd.testing.assert_frame_equal(got.rows.reset_index(drop=True), want[got.rows.columns],
                                  check_dtype=False)


def test_stances_behind_are_limited_and_counted(world: World) -> None:
    want = expected_stances(world, Filters(), [{Col.ACTOR: "EU bloc"}])
    got = reads.stances_behind(world.store.db, stance_query(Filters()),
                               [Pick(actor="EU bloc")], limit=5)
    assert got.total == len(want) > 5
    assert got.rows[STANCE_KEY].values.tolist() == want.head(5)[STANCE_KEY].values.tolist()
    assert reads.stances_behind(world.store.db, stance_query(Filters()), []).total == 0


@pytest.mark.parametrize("name", ["none", "outlets", "actors", "stance", "min mentions",
                                  "search word", "everything"])
def test_paragraphs_behind_an_outlet_are_the_pandas_rows(world: World, name: str) -> None:
    filters = FILTERS[name]
    kept = world.paragraphs_for(filters)
    for outlet in ("Valley Post", UNKNOWN_OUTLET):
        clicked = [{Col.OUTLET: outlet}]
        if outlet == UNKNOWN_OUTLET:
            want = kept[kept[Col.OUTLET].isna()]
        else:
            want = select_rows(kept, clicked)
        want = newest_first(want, PARAGRAPH_KEY)
        got = reads.paragraphs_behind(world.store.db, stance_query(filters),
                                      as_picks(clicked), limit=10**6)
        assert got.total == len(want)
        assert list(got.rows.columns) == list(PARAGRAPH_COLUMNS)
        pd.testing.assert_frame_equal(got.rows.reset_index(drop=True), want,
                                      check_dtype=False)


def test_picks_are_parameters_never_sql(world: World) -> None:
    hostile = "x') OR 1=1; DROP TABLE stances; --"
    query = stance_query(Filters())
    assert reads.stances_behind(world.store.db, query, [Pick(actor=hostile)]).total == 0
    assert reads.paragraphs_behind(world.store.db, query, [Pick(outlet=hostile)]).total == 0
    assert reads.stances_behind(world.store.db, query, [Pick(actor="EU bloc")]).total > 0


def test_a_minimum_of_mentions_counts_every_kept_row(world: World) -> None:
    filters = FILTERS["everything"]
    kept = world.stances_for(filters)
    busy = reads.busy_actors(world.store.db, stance_query(filters))
    assert busy == sorted(kept[Col.ACTOR].unique())
    assert aggregates.heatmap(world.store.db, stance_query(filters),
                              by=Col.TITLE).columns_kept == kept[Col.ARTICLE_ID].nunique()
    assert for_some_articles(Filters(min_mentions=10**6), busy=[]) is None


# --- corrections ---------------------------------------------------------------------------------

@pytest.mark.parametrize("filters", [
    Filters(), Filters(outlets=("Valley Post",)), Filters(actors=("EU bloc", "Russia")),
    Filters(date_from=date(2024, 3, 1), include_undated=False), Filters(search="the"),
], ids=["none", "outlet", "actors", "dates", "search"])
def test_corrections_are_filtered_in_sql_as_the_page_filtered_them(world: World,
                                                                  filters: Filters) -> None:
    every = world.store.corrections_frame()
    want = every[every[Col.ARTICLE_ID].isin(
        apply_articles(world.articles, filters)[Col.ARTICLE_ID])]
    if filters.actors:
        want = want[want[Col.ACTOR].isin(filters.actors)]
    want = want[search_mask(want[Col.TEXT], filters.search)].reset_index(drop=True)
    got = world.store.corrections_frame(query=stance_query(filters))
    pd.testing.assert_frame_equal(got, want)
    assert world.store.count_corrections() == len(every)
    assert world.store.count_corrections(query=stance_query(filters)) == len(want)
    # the page's list: the newest two, newest first
    newest = world.store.corrections_frame(query=stance_query(filters), latest=2)
    pd.testing.assert_frame_equal(newest, want.iloc[::-1].head(2).reset_index(drop=True))


# --- exports -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["none", "min mentions", "everything"])
def test_exports_read_on_click_equal_the_whole_frames_path(world: World, name: str) -> None:
    filters = FILTERS[name]
    for rows, kept in (("stances", world.stances_for(filters)),
                       ("paragraphs", world.paragraphs_for(filters))):
        got_csv = exports.export(world.store, filters, rows=rows, fmt="csv")
        assert got_csv == (charts.frame_csv(kept.reset_index(drop=True)) if len(kept) else b"")
        got_json = json.loads(exports.export(world.store, filters, rows=rows, fmt="json"))
        assert got_json == json.loads(charts.frame_json(kept.reset_index(drop=True)))


def test_exports_join_their_batches_seamlessly(world: World,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(exports, "ARTICLE_BATCH", 7)
    filters = FILTERS["everything"]
    kept = world.stances_for(filters).reset_index(drop=True)
    got = exports.export(world.store, filters, rows="stances", fmt="csv")
    pd.testing.assert_frame_equal(pd.read_csv(io.BytesIO(got)),
                                  pd.read_csv(io.BytesIO(charts.frame_csv(kept))))
    assert json.loads(exports.export(world.store, filters, rows="stances", fmt="json")) == \
        json.loads(charts.frame_json(kept))


@pytest.mark.parametrize("name", ["none", "actors", "min mentions", "search nothing",
                                  "everything"])
def test_the_report_from_the_database_is_the_report_from_the_frames(world: World,
                                                                   name: str) -> None:
    filters = FILTERS[name]
    stamp = datetime(2025, 1, 2, 3, 4, tzinfo=UTC)
    got = exports.report_data(world.store, filters, max_actors=10)
    want = report.report_data(stances=world.stances_for(filters),
                              paragraphs=world.paragraphs_for(filters),
                              n_articles_stored=len(world.articles), max_actors=10)
    for field in ("most_against", "most_for"):
        pd.testing.assert_frame_equal(
            getattr(got, field)[STANCE_KEY].reset_index(drop=True),
            getattr(want, field)[STANCE_KEY].reset_index(drop=True))
    pd.testing.assert_frame_equal(got.articles.reset_index(drop=True),
                                  want.articles.reset_index(drop=True), check_dtype=False)
    assert (got.n_articles, got.n_paragraphs, got.all_actors) == (
        want.n_articles, want.n_paragraphs, want.all_actors)

    def no_svg(chart: object) -> str:
        return ""

    def html(data: report.ReportData) -> str:
        return report.render_view(data, filters=filters, titles={}, created=stamp, svg=no_svg)

    assert html(got) == html(want)
    if name == "everything":  # once with the real charts (drawing SVG takes seconds)
        assert exports.report_html(world.store, filters, titles={}, max_actors=10).count(
            "<img") == html(want).count("<img") > 0


@pytest.mark.parametrize(("shown", "expected"), [
    (("Russia",), ("Russia",)),  # not edited: itself
    # a rename and a merge into it, and the name itself (a stored actor may be called so)
    (("EU bloc",), ("EU bloc", "European Union", "NATO")),
    (("European Union",), ()),  # renamed away: no stored name is shown so
    (("Russia", "EU bloc"), ("EU bloc", "European Union", "NATO", "Russia")),
])
def test_stored_names_are_those_the_edits_show_as_the_actors(
        shown: tuple[str, ...], expected: tuple[str, ...]) -> None:
    from store.stance_rows import ReadEdits, stored_names

    edits = ReadEdits(shown=(("European Union", "EU bloc"), ("NATO", "EU bloc")),
                      hidden=frozenset(), refolded=(), corrected=False)
    assert stored_names(shown, edits) == expected


def test_a_drill_down_on_an_actor_reads_only_its_stored_rows(world: World) -> None:
    """Regression: the rows behind one actor were found by a scan of every stance row (about
    20 s at 10^5 articles); the picked actor now narrows the query to its stored names."""
    from store.reads import _narrowed

    query = stance_query(Filters())
    assert _narrowed(query, [Pick(actor="EU bloc")]).actors == ("EU bloc",)
    assert _narrowed(query, [Pick(actor="EU bloc"), Pick(outlet="Valley Post")]) == query
    picked_out = stance_query(Filters(actors=("Russia",)))
    assert _narrowed(picked_out, [Pick(actor="EU bloc")]) is None
    assert reads.stances_behind(world.store.db, picked_out, [Pick(actor="EU bloc")]).total == 0
