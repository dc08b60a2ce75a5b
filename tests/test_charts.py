"""Charts, checked on their Vega-Lite spec (``chart.to_dict()``), and the aggregation first."""

from __future__ import annotations

import csv
import io
from typing import Any

import numpy as np
import pandas as pd
import pytest

from dashboard import charts
from store.schema import PARAGRAPH_COLUMNS, STANCE_COLUMNS, Col

ACTOR_NAMES = [f"Actor {i:02d}" for i in range(60)]
OUTLETS = ["Northern Post", "Daily Ledger", None, "Evening Star"]


def big_stances(n_rows: int = 10_000, *, seed: int = 1) -> pd.DataFrame:
    """``n_rows`` stance rows over 60 actors and 500 articles, built at run time."""
    rng = np.random.default_rng(seed)
    article = rng.integers(0, 500, n_rows)
    return pd.DataFrame({
        Col.ARTICLE_ID: article,
        Col.TITLE: [f"Story {a}" for a in article],
        Col.OUTLET: [OUTLETS[a % len(OUTLETS)] for a in article],
        Col.PUBLISHED: pd.NaT,
        Col.PARAGRAPH: rng.integers(0, 30, n_rows),
        Col.POSITION: rng.random(n_rows),
        Col.ACTOR: rng.choice(ACTOR_NAMES, n_rows),
        Col.ACTOR_KIND: "person",
        Col.STANCE: rng.uniform(-1, 1, n_rows),
        Col.STANCE_LABEL: rng.choice(["negative", "neutral", "positive"], n_rows),
        Col.CONFIDENCE: rng.random(n_rows),
        Col.MENTIONS: rng.integers(1, 4, n_rows),
        Col.CORRECTED_LABEL: None,
    }, columns=list(STANCE_COLUMNS))


def big_paragraphs(n_rows: int = 10_000, *, seed: int = 2) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    article = rng.integers(0, 500, n_rows)
    return pd.DataFrame({
        Col.ARTICLE_ID: article,
        Col.TITLE: [f"Story {a}" for a in article],
        Col.OUTLET: [OUTLETS[a % len(OUTLETS)] for a in article],
        Col.PUBLISHED: pd.NaT,
        Col.PARAGRAPH: np.arange(n_rows),
        Col.POSITION: rng.random(n_rows),
        Col.TEXT: "some words",
        Col.SENTIMENT: rng.uniform(-1, 1, n_rows),
        Col.SENTIMENT_LABEL: rng.choice(["negative", "neutral", "positive"], n_rows),
    }, columns=list(PARAGRAPH_COLUMNS))


def data_rows(spec: dict[str, Any]) -> int:
    """Rows embedded in a spec (Altair puts inline data in ``datasets``)."""
    return sum(len(rows) for rows in spec.get("datasets", {}).values())


def layers(spec: dict[str, Any]) -> list[dict[str, Any]]:
    return spec.get("layer", [spec])


def mark_type(layer: dict[str, Any]) -> str:
    mark = layer["mark"]
    return mark if isinstance(mark, str) else mark["type"]


def params(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in spec.get("params", [])}


def assert_tooltip_on_every_mark(spec: dict[str, Any]) -> None:
    for layer in layers(spec):
        encoding = {**spec.get("encoding", {}), **layer.get("encoding", {})}
        assert encoding.get("tooltip"), f"no tooltip on {mark_type(layer)}"


@pytest.fixture(scope="module")
def stances() -> pd.DataFrame:
    return big_stances()


@pytest.fixture(scope="module")
def summary(stances: pd.DataFrame) -> pd.DataFrame:
    return charts.actor_summary(stances)


# --- aggregation ---


def test_actor_summary_matches_a_groupby_by_hand() -> None:
    frame = big_stances(200).head(200)
    out = charts.actor_summary(frame, max_actors=100).set_index(Col.ACTOR)
    some = frame[Col.ACTOR].iloc[0]
    rows = frame[frame[Col.ACTOR] == some]
    assert out.loc[some, Col.N] == len(rows)
    assert out.loc[some, Col.MENTIONS] == rows[Col.MENTIONS].sum()
    assert out.loc[some, Col.MEAN_STANCE] == pytest.approx(rows[Col.STANCE].mean())
    assert out.loc[some, Col.STD_STANCE] == pytest.approx(rows[Col.STANCE].std(ddof=0))


def test_actor_summary_is_sorted_by_mean_stance_and_capped(summary: pd.DataFrame) -> None:
    assert len(summary) == charts.MAX_ACTORS
    means = summary[Col.MEAN_STANCE].tolist()
    assert means == sorted(means, reverse=True)


def test_actor_summary_keeps_the_busiest_actors(stances: pd.DataFrame) -> None:
    out = charts.actor_summary(stances, max_actors=5)
    busiest = stances[Col.ACTOR].value_counts().head(5)
    assert set(out[Col.ACTOR]) == set(busiest.index)


def test_single_paragraph_actor_has_zero_spread_not_nan() -> None:
    frame = big_stances(1)
    out = charts.actor_summary(frame)
    assert out[Col.STD_STANCE].tolist() == [0.0]


def test_empty_input_gives_an_empty_summary_and_a_chart() -> None:
    empty = big_stances(0)
    summary = charts.actor_summary(empty)
    assert summary.empty
    assert charts.actor_comparison(summary).to_dict()["layer"]


@pytest.mark.parametrize("by", [Col.TITLE, Col.OUTLET])
def test_pair_summary_caps_the_cells(stances: pd.DataFrame, by: str) -> None:
    cells = charts.pair_summary(stances, by=by)
    assert cells[Col.ACTOR].nunique() <= charts.MAX_HEATMAP_ACTORS
    assert len(cells) <= charts.MAX_HEATMAP_ACTORS * charts.MAX_HEATMAP_COLUMNS
    assert cells[Col.N].sum() <= len(stances)


def test_pair_summary_by_outlet_names_the_missing_outlet(stances: pd.DataFrame) -> None:
    cells = charts.pair_summary(stances, by=Col.OUTLET)
    assert charts.UNKNOWN_OUTLET in set(cells[Col.OUTLET])


@pytest.mark.parametrize("by", [Col.TITLE, Col.OUTLET])
def test_pair_summary_caps_break_ties_by_name_not_by_first_row(by: str) -> None:
    # two actors with two rows each, the later name first in row order, and two columns
    # likewise: a cap of one keeps the first by name (article: the lower id), the order of
    # every "busiest" cap, which the summaries can follow (they keep no row order)
    frame = big_stances(4)
    frame[Col.ACTOR] = ["Zeta", "Alpha", "Zeta", "Alpha"]
    frame[Col.ARTICLE_ID] = [9, 9, 3, 3]
    frame[Col.TITLE] = [f"Story {a}" for a in frame[Col.ARTICLE_ID]]
    frame[Col.OUTLET] = ["Zeta Times", "Zeta Times", "Alpha Post", "Alpha Post"]
    cells = charts.pair_summary(frame, by=by, max_actors=1, max_columns=1)
    column = Col.ARTICLE_ID if by == Col.TITLE else Col.OUTLET
    assert cells[[Col.ACTOR, column]].values.tolist() == [
        ["Alpha", 3 if by == Col.TITLE else "Alpha Post"]]


def test_pair_summary_gives_two_articles_with_one_title_two_columns() -> None:
    frame = big_stances(40)
    frame[Col.TITLE] = "Same headline"
    frame[Col.ARTICLE_ID] = [i % 2 for i in range(40)]
    cells = charts.pair_summary(frame, by=Col.TITLE)
    titles = cells.drop_duplicates(Col.ARTICLE_ID).set_index(Col.ARTICLE_ID)[Col.TITLE]
    assert titles.nunique() == 2


# --- specs ---

CHART_CASES = {
    "actor_comparison": lambda s, p: charts.actor_comparison(charts.actor_summary(s)),
    "heatmap_article": lambda s, p: charts.stance_heatmap(
        charts.pair_summary(s, by=Col.TITLE), by=Col.TITLE),
    "heatmap_outlet": lambda s, p: charts.stance_heatmap(
        charts.pair_summary(s, by=Col.OUTLET), by=Col.OUTLET),
    "outlet_sentiment": lambda s, p: charts.outlet_sentiment_chart(charts.outlet_sentiment(p)),
    "mentions_vs_stance": lambda s, p: charts.mentions_vs_stance(charts.actor_summary(s)),
}


@pytest.mark.parametrize("name", list(CHART_CASES))
def test_ten_thousand_rows_become_a_few_hundred_in_the_spec(name: str) -> None:
    spec = CHART_CASES[name](big_stances(), big_paragraphs()).to_dict()
    assert 0 < data_rows(spec) <= 500


@pytest.mark.parametrize("name", list(CHART_CASES))
def test_every_overview_chart_has_tooltips_and_a_point_selection(name: str) -> None:
    spec = CHART_CASES[name](big_stances(2000), big_paragraphs(2000)).to_dict()
    assert_tooltip_on_every_mark(spec)
    selections = [p for p in spec["params"] if "select" in p]
    assert len(selections) == 1
    assert selections[0]["select"]["type"] == "point"


def test_actor_comparison_spec(summary: pd.DataFrame) -> None:
    spec = charts.actor_comparison(summary).to_dict()
    rule, bar = layers(spec)
    # the spread is under the bar, so clicks reach the bar, which holds the selection
    assert (mark_type(rule), mark_type(bar)) == ("rule", "bar")
    assert params(spec)[charts.ACTOR_PICK]["views"] == [bar["name"]]
    x = bar["encoding"]["x"]
    assert (x["field"], x["type"]) == (Col.MEAN_STANCE, "quantitative")
    y = bar["encoding"]["y"]
    assert (y["field"], y["type"]) == (Col.ACTOR, "nominal")
    # bars keep the order of the summary's rows (sorted by mean stance), one row's height each
    assert y["sort"] is None and spec["height"] == {"step": charts.ROW_PX}
    (rows,) = spec["datasets"].values()
    assert [row[Col.ACTOR] for row in rows] == summary[Col.ACTOR].tolist()
    assert params(spec)[charts.ACTOR_PICK]["select"]["fields"] == [Col.ACTOR]
    color = bar["encoding"]["color"]
    assert color["scale"]["domainMid"] == 0
    assert color["legend"]["title"]
    assert_tooltip_on_every_mark(spec)
    titles = {t.get("title") for t in bar["encoding"]["tooltip"]}
    assert {"actor", "mean stance", "spread (sd)", "paragraphs", "mentions"} <= titles


def test_heatmap_is_diverging_around_zero_with_a_legend(stances: pd.DataFrame) -> None:
    spec = charts.stance_heatmap(charts.pair_summary(stances, by=Col.TITLE), by=Col.TITLE).to_dict()
    assert mark_type(spec) == "rect"
    color = spec["encoding"]["color"]
    assert color["field"] == Col.MEAN_STANCE and color["type"] == "quantitative"
    assert color["scale"]["domainMid"] == 0
    assert color["scale"]["domain"] == [-1.0, 1.0]
    assert color["scale"]["scheme"] == charts.STANCE_SCHEME
    assert "red" in color["legend"]["title"] and "blue" in color["legend"]["title"]
    # a click names the actor and the article id (titles can repeat)
    assert params(spec)[charts.CELL_PICK]["select"]["fields"] == [Col.ACTOR, Col.ARTICLE_ID]
    assert spec["encoding"]["x"]["type"] == spec["encoding"]["y"]["type"] == "nominal"


def test_heatmap_column_labels_are_steep_and_long_enough(stances: pd.DataFrame) -> None:
    spec = charts.stance_heatmap(charts.pair_summary(stances, by=Col.TITLE), by=Col.TITLE).to_dict()
    axis = spec["encoding"]["x"]["axis"]
    assert axis["labelAngle"] == -45 and axis["labelLimit"] >= 240
    # a cut label is still readable in full in the cell's tooltip
    assert Col.TITLE in {t["field"] for t in spec["encoding"]["tooltip"]}


@pytest.mark.parametrize("name", list(CHART_CASES))
def test_every_legend_title_has_room(name: str) -> None:
    spec = CHART_CASES[name](big_stances(500), big_paragraphs(500)).to_dict()
    legends = [enc["legend"] for layer in layers(spec)
               for enc in {**spec.get("encoding", {}), **layer.get("encoding", {})}.values()
               if isinstance(enc, dict) and enc.get("legend")]
    assert legends
    for legend in legends:
        # Vega cuts titles at 180 px by default: "mean stance (red against, blue for)" was cut
        assert legend["titleLimit"] >= 7 * len(legend["title"])


@pytest.mark.parametrize(("shown", "total", "expected"), [
    (30, 259, "30 of 259 actors, those with the most paragraphs"), (5, 5, None), (7, 3, None)])
def test_top_note_says_how_many_were_left_out(shown: int, total: int, expected: str) -> None:
    assert charts.top_note(shown, total) == expected


def test_outlet_heatmap_selection_names_the_outlet(stances: pd.DataFrame) -> None:
    spec = charts.stance_heatmap(charts.pair_summary(stances, by=Col.OUTLET),
                                 by=Col.OUTLET).to_dict()
    assert params(spec)[charts.CELL_PICK]["select"]["fields"] == [Col.ACTOR, Col.OUTLET]


def test_label_colours_are_fixed_and_explained() -> None:
    paragraphs = big_paragraphs(30)
    spec = charts.sentiment_along(paragraphs).to_dict()
    color = spec["encoding"]["color"]
    assert color["type"] == "nominal"
    assert color["scale"]["domain"] == ["negative", "neutral", "positive"]
    assert len(color["scale"]["range"]) == 3
    assert color["legend"]["title"] == "sentiment label"
    assert params(spec)[charts.PARAGRAPH_PICK]["select"]["fields"] == [Col.PARAGRAPH]
    assert data_rows(spec) == 30


def test_stance_along_is_a_line_through_clickable_points() -> None:
    stances = big_stances(25)
    spec = charts.stance_along(stances).to_dict()
    line, points = layers(spec)
    assert (mark_type(line), mark_type(points)) == ("line", "point")
    y = points["encoding"]["y"]
    assert (y["field"], y["type"]) == (Col.STANCE, "quantitative")
    assert points["encoding"]["color"]["field"] == Col.STANCE_LABEL
    assert params(spec)[charts.PARAGRAPH_PICK]["select"]["fields"] == [Col.PARAGRAPH]
    assert_tooltip_on_every_mark(spec)


def test_stance_along_marks_corrected_points_apart() -> None:
    stances = big_stances(4).assign(**{
        Col.MODEL_STANCE: [0.5, -0.7, 0.1, 0.9], Col.MODEL_LABEL: "neutral",
        Col.CORRECTED_LABEL: [None, "positive", None, "negative"]})
    spec = charts.stance_along(stances).to_dict()
    _, points = layers(spec)
    shape = points["encoding"]["shape"]
    assert shape["field"] == charts.LABEL_FROM
    assert shape["scale"] == {"domain": ["model", "corrected"], "range": ["circle", "diamond"]}
    rows = next(iter(spec["datasets"].values()))
    assert [r[charts.LABEL_FROM] for r in rows] == ["model", "corrected", "model", "corrected"]
    titles = {t["title"] for t in points["encoding"]["tooltip"]}
    assert {"label from", "model's stance", "model's label"} <= titles


def test_actor_summary_counts_corrected_paragraphs() -> None:
    frame = big_stances(6).assign(**{
        Col.ACTOR: ["A", "A", "A", "B", "B", "C"],
        Col.CORRECTED_LABEL: ["negative", None, "neutral", None, "positive", None]})
    out = charts.actor_summary(frame).set_index(Col.ACTOR)[charts.CORRECTED]
    assert out.to_dict() == {"A": 2, "B": 1, "C": 0}


def test_mentions_vs_stance_spec(summary: pd.DataFrame) -> None:
    spec = charts.mentions_vs_stance(summary).to_dict()
    assert mark_type(spec) == "circle"
    enc = spec["encoding"]
    assert (enc["x"]["field"], enc["x"]["type"]) == (Col.MENTIONS, "quantitative")
    assert (enc["y"]["field"], enc["y"]["type"]) == (Col.MEAN_STANCE, "quantitative")
    assert enc["size"]["field"] == Col.N


# --- stance over time ---


def dated_stances(rows: list[tuple[str, str | None, float]]) -> pd.DataFrame:
    """Stance rows (actor, published, stance), one paragraph each, one article per date."""
    frame = big_stances(len(rows))
    frame[Col.ACTOR] = [r[0] for r in rows]
    frame[Col.PUBLISHED] = pd.to_datetime([r[1] for r in rows])
    frame[Col.STANCE] = [r[2] for r in rows]
    frame[Col.ARTICLE_ID] = [hash(r[1]) % 1000 for r in rows]
    frame[Col.PARAGRAPH] = range(len(rows))
    return frame


@pytest.mark.parametrize(("days", "period"), [(0, "day"), (62, "day"), (63, "week"),
                                               (366, "week"), (367, "month"), (2000, "month")])
def test_the_time_step_suits_the_date_range(days: int, period: str) -> None:
    start = pd.Timestamp("2024-01-01")
    dates = pd.Series([start, start + pd.Timedelta(days=days)])
    assert charts.pick_period(dates) == period


def test_stance_over_time_means_counts_and_undated() -> None:
    frame = dated_stances([
        ("Alpha", "2024-01-01", 0.5), ("Alpha", "2024-01-01", -0.1), ("Alpha", "2024-01-02", 0.2),
        ("Beta", "2024-01-02", -0.4), ("Alpha", None, 0.9), ("Beta", None, 0.9)])
    timeline = charts.stance_over_time(frame, period="day")
    out = timeline.frame.set_index([Col.ACTOR, charts.PERIOD])
    first = out.loc[("Alpha", pd.Timestamp("2024-01-01"))]
    assert first[Col.MEAN_STANCE] == pytest.approx(0.2) and first[Col.N] == 2
    assert len(out) == 3  # the undated rows are not placed...
    assert (timeline.undated_articles, timeline.undated_paragraphs) == (1, 2)  # ...but counted
    only_beta = charts.stance_over_time(frame, actors=["Beta"], period="day")
    assert set(only_beta.frame[Col.ACTOR]) == {"Beta"} and only_beta.undated_paragraphs == 1


def test_stance_over_time_never_joins_across_a_gap() -> None:
    # Alpha: weeks 1, 2, then nothing until week 5; Beta: week 2 only
    frame = dated_stances([
        ("Alpha", "2024-01-01", 0.1), ("Alpha", "2024-01-08", 0.2), ("Alpha", "2024-01-29", 0.3),
        ("Beta", "2024-01-09", -0.5)])
    out = charts.stance_over_time(frame, period="week").frame
    alpha = out[out[Col.ACTOR] == "Alpha"]
    assert alpha[charts.PERIOD].tolist() == pd.to_datetime(
        ["2024-01-01", "2024-01-08", "2024-01-29"]).tolist()  # weeks start on Monday
    first, second, third = alpha[charts.SEGMENT].tolist()
    assert first == second != third
    assert out[charts.SEGMENT].nunique() == 3  # Beta's week is a segment of its own


def test_stance_over_time_with_no_dates_is_empty_and_counts_everything() -> None:
    frame = dated_stances([("Alpha", None, 0.1), ("Beta", None, 0.2)])
    timeline = charts.stance_over_time(frame)
    assert timeline.frame.empty and timeline.undated_paragraphs == 2


def test_stance_timeline_spec() -> None:
    frame = dated_stances([("Alpha", "2024-01-01", 0.1), ("Alpha", "2024-03-01", 0.2),
                           ("Beta", "2024-02-01", -0.5)])
    timeline = charts.stance_over_time(frame)
    spec = charts.stance_timeline(timeline).to_dict()
    line, points = layers(spec)
    assert (mark_type(line), mark_type(points)) == ("line", "circle")
    # one line per run of consecutive periods, so no line crosses a gap
    assert line["encoding"]["detail"]["field"] == charts.SEGMENT
    x = line["encoding"]["x"]
    assert (x["field"], x["type"], x["title"]) == (charts.PERIOD, "temporal", timeline.period)
    # the paragraphs behind a point: its size and its tooltip
    assert points["encoding"]["size"]["field"] == Col.N
    assert_tooltip_on_every_mark(spec)
    assert "paragraphs" in {t["title"] for t in points["encoding"]["tooltip"]}
    assert points["encoding"]["color"]["legend"]["titleLimit"] >= charts.LEGEND_TITLE_PX
    assert data_rows(spec) == 3
    assert params(spec)[charts.TIME_PICK]["select"]["fields"] == [Col.ACTOR, charts.PERIOD]


def test_a_clicked_timeline_point_gives_the_rows_of_its_actor_and_period() -> None:
    frame = dated_stances([("Alpha", "2024-01-01", 0.1), ("Alpha", "2024-01-07", 0.2),
                           ("Alpha", "2024-01-08", 0.3), ("Beta", "2024-01-02", -0.5)])
    monday_ms = int(pd.Timestamp("2024-01-01").timestamp() * 1000)
    out = charts.rows_in_periods(frame, [{Col.ACTOR: "Alpha", charts.PERIOD: monday_ms}], "week")
    assert out[Col.STANCE].tolist() == [0.1, 0.2]
    assert charts.rows_in_periods(frame, [], "week").empty


# --- outlets side by side ---


def outlet_stances(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    """Stance rows (outlet, actor, stance)."""
    frame = big_stances(len(rows))
    frame[Col.OUTLET] = [r[0] for r in rows]
    frame[Col.ACTOR] = [r[1] for r in rows]
    frame[Col.STANCE] = [r[2] for r in rows]
    return frame


SIDE_ROWS = [
    ("Post", "Alpha", 0.5), ("Post", "Alpha", 0.3), ("Ledger", "Alpha", -0.2),
    ("Ledger", "Alpha", -0.4), ("Post", "Beta", 0.0), ("Ledger", "Beta", 0.6),
    ("Post", "Gamma", 0.9),  # Gamma: one outlet only, so not compared
    ("Star", "Alpha", 0.1),
]


def test_outlet_comparison_keeps_shared_actors_sorted_by_the_difference() -> None:
    out = charts.outlet_comparison(outlet_stances(SIDE_ROWS), ["Post", "Ledger"])
    assert set(out[Col.ACTOR]) == {"Alpha", "Beta"}
    # difference = Ledger's mean minus Post's: Beta +0.6, Alpha -0.7
    assert out[Col.ACTOR].tolist() == ["Beta", "Beta", "Alpha", "Alpha"]
    assert out[Col.OUTLET].tolist() == ["Post", "Ledger", "Post", "Ledger"]
    diff = out.drop_duplicates(Col.ACTOR).set_index(Col.ACTOR)[charts.DIFFERENCE]
    assert diff["Beta"] == pytest.approx(0.6) and diff["Alpha"] == pytest.approx(-0.7)


def test_outlet_comparison_interval_is_mean_plus_minus_z_standard_errors() -> None:
    out = charts.outlet_comparison(outlet_stances(SIDE_ROWS), ["Post", "Ledger"])
    row = out[(out[Col.ACTOR] == "Alpha") & (out[Col.OUTLET] == "Post")].iloc[0]
    half = charts.Z_95 * np.std([0.5, 0.3], ddof=1) / np.sqrt(2)
    assert (row[charts.LOW], row[charts.HIGH]) == pytest.approx((0.4 - half, 0.4 + half))
    assert row[Col.N] == 2
    # one paragraph says nothing of the spread: the whole scale
    single = out[(out[Col.ACTOR] == "Beta") & (out[Col.OUTLET] == "Post")].iloc[0]
    assert (single[charts.LOW], single[charts.HIGH]) == (-1.0, 1.0)


def test_outlet_comparison_of_three_outlets_uses_the_range_of_means() -> None:
    out = charts.outlet_comparison(outlet_stances(SIDE_ROWS), ["Post", "Ledger", "Star"])
    assert set(out[Col.ACTOR]) == {"Alpha"}
    assert out[charts.DIFFERENCE].iloc[0] == pytest.approx(0.4 - (-0.3))


@pytest.mark.parametrize("outlets", [["Post"], ["Post", "Nowhere"], []])
def test_outlet_comparison_needs_two_outlets_with_a_shared_actor(outlets: list[str]) -> None:
    assert charts.outlet_comparison(outlet_stances(SIDE_ROWS), outlets).empty


def test_outlet_comparison_chart_spec() -> None:
    frame = charts.outlet_comparison(outlet_stances(SIDE_ROWS), ["Post", "Ledger"])
    spec = charts.outlet_comparison_chart(frame).to_dict()
    interval, means = layers(spec)
    assert (mark_type(interval), mark_type(means)) == ("rule", "circle")
    assert (interval["encoding"]["x"]["field"], interval["encoding"]["x2"]["field"]) == (
        charts.LOW, charts.HIGH)
    assert means["encoding"]["x"]["field"] == Col.MEAN_STANCE
    y = means["encoding"]["y"]
    assert y["sort"] == ["Beta", "Alpha"]  # by the difference
    assert means["encoding"]["yOffset"]["field"] == Col.OUTLET
    assert means["encoding"]["color"]["field"] == Col.OUTLET
    assert_tooltip_on_every_mark(spec)
    titles = {t["title"] for t in means["encoding"]["tooltip"]}
    assert {"outlet", "mean stance", "paragraphs", "difference"} <= titles
    assert params(spec)[charts.ACTOR_PICK]["select"]["fields"] == [Col.ACTOR, Col.OUTLET]


def test_busiest_outlets_skip_the_missing_one() -> None:
    frame = outlet_stances(SIDE_ROWS)
    frame.loc[0:2, Col.OUTLET] = None
    assert charts.busiest(frame, by=Col.OUTLET) == ["Ledger", "Post", "Star"]


# --- selection events and exports ---

EVENT_CASES = [
    ({"selection": {"actor_pick": [{"actor": "Alpha"}]}}, [{"actor": "Alpha"}]),
    ({"selection": {"actor_pick": []}}, []),
    ({"selection": {}}, []),
    ({"selection": {"actor_pick": {"actor": ["Alpha"]}}}, []),  # interval-shaped: ignored
    (None, []),
]


@pytest.mark.parametrize(("event", "expected"), EVENT_CASES)
def test_picked_reads_point_selections(event: Any, expected: list) -> None:
    assert charts.picked(event, "actor_pick") == expected


def test_chart_exports_render_png_and_svg(summary: pd.DataFrame) -> None:
    chart = charts.actor_comparison(summary.head(5))
    png = charts.chart_png(chart, scale=1.0)
    svg = charts.chart_svg(chart)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert svg.lstrip().startswith("<svg") and summary[Col.ACTOR].iloc[0] in svg


def test_frame_exports_round_trip() -> None:
    frame = big_stances(10)
    back = pd.read_csv(io.BytesIO(charts.frame_csv(frame)))
    assert back[Col.ACTOR].tolist() == frame[Col.ACTOR].tolist()
    records = pd.read_json(io.BytesIO(charts.frame_json(frame)), orient="records")
    assert len(records) == 10


def test_csv_export_writes_missing_values_as_empty_cells() -> None:
    frame = pd.DataFrame({
        Col.TITLE: ["A title", None],
        Col.STANCE: [0.5, float("nan")],
        Col.PARAGRAPH: pd.array([3, None], dtype="Int64"),
    })
    rows = list(csv.reader(io.StringIO(charts.frame_csv(frame).decode("utf-8"), newline="")))
    assert rows == [[Col.TITLE, Col.STANCE, Col.PARAGRAPH], ["A title", "0.5", "3"], ["", "", ""]]


@pytest.mark.parametrize("text", ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)",
                                  "\tindented", "\rreturn"])
def test_csv_export_makes_formula_like_text_inert(text: str) -> None:
    frame = pd.DataFrame({Col.TEXT: [text, "Plain prose."], Col.STANCE: [-0.5, 0.25]})
    rows = list(csv.reader(io.StringIO(charts.frame_csv(frame).decode("utf-8"), newline="")))
    assert rows == [[Col.TEXT, Col.STANCE], [f"'{text}", "-0.5"], ["Plain prose.", "0.25"]]


def test_positional_dataset_names_reach_every_reference() -> None:
    from dashboard import render

    spec = {"datasets": {"h1": [1], "h2": [2]}, "data": {"name": "h1"},
            "layer": [{"data": {"name": "h2"}, "name": "view_1"}, {"mark": "bar"}]}
    assert render.named_by_position(spec, prefix="c") == {
        "datasets": {"c_0": [1], "c_1": [2]}, "data": {"name": "c_0"},
        "layer": [{"data": {"name": "c_1"}, "name": "view_1"}, {"mark": "bar"}]}
    assert render.named_by_position({"mark": "bar"}, prefix="c") == {"mark": "bar"}


def test_the_dashboard_sends_the_spec_streamlit_would_make_of_the_chart(
        summary: pd.DataFrame) -> None:
    # render.show_chart caches the spec (and skips the schema check: the tests above validate)
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

    from dashboard import render

    chart = charts.actor_comparison(summary)
    assert render._vega_lite_spec(chart) == _convert_altair_to_vega_lite_spec(chart)
