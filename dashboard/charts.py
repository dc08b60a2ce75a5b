"""Altair charts of the dashboard: pure functions from a frame to an ``alt.Chart``.

Two kinds of function live here:

* ``*_summary`` aggregate in pandas (a chart never receives raw rows: 10,000 stance rows become
  one row per actor, or per actor x article cell, capped to the busiest ones);
* chart builders take that summary and return a chart with explicit field types, a tooltip on
  every mark, a colour legend and one named point selection, so a click on a bar, cell or point
  comes back from ``st.altair_chart(..., on_select="rerun")`` under the selection's name.

Colours: red is negative, grey neutral, blue positive, both for labels and for the continuous
stance scale (``redblue`` centred on 0 with ``domainMid=0``).
"""

from __future__ import annotations

import json
from typing import Any

import altair as alt
import pandas as pd

from analysis import export
from analysis.types import LABELS
from store.chart_rules import (
    DIFFERENCE,
    HIGH,
    LOW,
    MAX_ACTORS,
    MAX_HEATMAP_ACTORS,
    MAX_HEATMAP_COLUMNS,
    OUTLET_COMPARISON_COLUMNS,
    PERIOD,
    SD,
    SEGMENT,
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
from store.chart_rules import (
    Z_95 as Z_95,
)
from store.schema import Col

#: Names of the selections; pages read ``event.selection[NAME]``.
ACTOR_PICK = "actor_pick"
CELL_PICK = "cell_pick"
OUTLET_PICK = "outlet_pick"
PARAGRAPH_PICK = "paragraph_pick"
TIME_PICK = "time_pick"

LABEL_DOMAIN: list[str] = [label.value for label in LABELS]
LABEL_RANGE: list[str] = ["#d6604d", "#9e9e9e", "#4393c3"]  # negative, neutral, positive
STANCE_SCHEME = "redblue"  # low (negative) red, high (positive) blue

ROW_PX = 22  # height of one bar / heatmap row, so labels never overlap
HEATMAP_LABEL_PX = 240  # longest heatmap column label before "…"

_STANCE_DOMAIN = [-1.0, 1.0]

# Z_95 is re-exported for the Overview's caption (``charts.Z_95``).
#: Columns of the frames made here for charts only (the store's columns are in ``schema.Col``;
#: PERIOD, SEGMENT, LOW, HIGH and DIFFERENCE in ``store.chart_rules``, which the SQL shares).
CORRECTED = Col.CORRECTED  # paragraphs whose label a user corrected (actor_summary)
LABEL_FROM = "label_from"  # "model" or "corrected": who gave a point's label (stance_along)
FROM_MODEL, FROM_USER = "model", "corrected"

_PERIOD_FORMAT = {"day": "%d %b %Y", "week": "week of %d %b %Y", "month": "%B %Y"}

#: Actors on the stance-over-time chart when none is picked in the sidebar.
MAX_TIMELINE_ACTORS = 5


def _fit_width() -> alt.AutoSizeParams:
    # Streamlit defaults to autosize "fit", which squeezes axes, title and legend into the
    # height: a bar chart of 11 actors came out 40 px tall. Fit the width only; the height is
    # the plot's own (one row per actor).
    return alt.AutoSizeParams(type="fit-x", contains="padding")


#: Legends' title and label widths, px (Vega's defaults, 180 and 160, cut longer titles).
LEGEND_TITLE_PX = 400
LEGEND_LABEL_PX = 300


def _legend(title: str, **kwargs: Any) -> alt.Legend:
    return alt.Legend(title=title, titleLimit=LEGEND_TITLE_PX, labelLimit=LEGEND_LABEL_PX,
                      **kwargs)


def _label_scale() -> alt.Scale:
    return alt.Scale(domain=LABEL_DOMAIN, range=LABEL_RANGE)


def _stance_scale() -> alt.Scale:
    return alt.Scale(scheme=STANCE_SCHEME, domain=_STANCE_DOMAIN, domainMid=0)


def _q(col: str) -> str:
    return f"{col}:Q"


def _n(col: str) -> str:
    return f"{col}:N"


# --- aggregation -------------------------------------------------------------------------------


def actor_summary(stances: pd.DataFrame, *, max_actors: int = MAX_ACTORS) -> pd.DataFrame:
    """One row per actor: mean and spread of stance, paragraphs (``n``), mentions, and how many
    of the paragraphs have a label a user corrected (``CORRECTED``).

    Keeps the ``max_actors`` actors with the most paragraphs, sorted by mean stance.
    """
    columns = [Col.ACTOR, Col.MEAN_STANCE, Col.STD_STANCE, Col.N, Col.MENTIONS, CORRECTED]
    if stances.empty:
        return pd.DataFrame(columns=columns)
    grouped = stances.groupby(Col.ACTOR, observed=True)
    out = pd.DataFrame(
        {
            Col.MEAN_STANCE: grouped[Col.STANCE].mean(),
            # one paragraph has no spread: 0, not NaN, so the error bar still draws
            Col.STD_STANCE: grouped[Col.STANCE].std(ddof=0).fillna(0.0),
            Col.N: grouped.size(),
            Col.MENTIONS: grouped[Col.MENTIONS].sum(),
            # the corrections are already counted in the stance (store.frames.LABEL_SCORES)
            CORRECTED: grouped[Col.CORRECTED_LABEL].count(),
        }
    ).reset_index()
    out = out.nlargest(max_actors, Col.N, keep="first")
    return out.sort_values([Col.MEAN_STANCE, Col.ACTOR], ascending=[False, True])[columns]


def pair_summary(
    stances: pd.DataFrame,
    *,
    by: str,
    max_actors: int = MAX_HEATMAP_ACTORS,
    max_columns: int = MAX_HEATMAP_COLUMNS,
) -> pd.DataFrame:
    """Mean stance per actor x ``by`` (``Col.TITLE`` for articles, or ``Col.OUTLET``).

    Only the busiest ``max_actors`` actors and ``max_columns`` columns are kept, so the cell
    count is bounded whatever the number of stored articles. Article cells carry
    ``Col.ARTICLE_ID`` so a click names the article, not just its title.
    """
    keys = [Col.ARTICLE_ID, Col.TITLE] if by == Col.TITLE else [by]
    columns = [Col.ACTOR, *keys, Col.MEAN_STANCE, Col.N]
    if stances.empty:
        return pd.DataFrame(columns=columns)
    frame = stances
    if by == Col.OUTLET:
        frame = frame.assign(**{Col.OUTLET: frame[Col.OUTLET].fillna(UNKNOWN_OUTLET)})
    top_actors = busiest_first(frame[Col.ACTOR].value_counts().items(), max_actors)
    top_columns = busiest_first(frame[keys[0]].value_counts().items(), max_columns)
    frame = frame[frame[Col.ACTOR].isin(top_actors) & frame[keys[0]].isin(top_columns)]
    if by == Col.TITLE:
        # one title per article id (the title column is per article)
        frame = frame.assign(**{Col.TITLE: frame[Col.TITLE].fillna("(untitled)")})
    grouped = frame.groupby([Col.ACTOR, *keys], observed=True, dropna=False)[Col.STANCE]
    out = grouped.agg(**{Col.MEAN_STANCE: "mean", Col.N: "size"}).reset_index()
    if by == Col.TITLE:
        per_article = out.drop_duplicates(Col.ARTICLE_ID)[[Col.ARTICLE_ID, Col.TITLE]].copy()
        per_article[Col.TITLE] = unique_titles(per_article)
        out = out.drop(columns=Col.TITLE).merge(per_article, on=Col.ARTICLE_ID)
    return out[columns]


def outlet_sentiment(paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Mean paragraph sentiment per outlet and the number of paragraphs behind it."""
    if paragraphs.empty:
        return pd.DataFrame(columns=[Col.OUTLET, Col.SENTIMENT, Col.N])
    outlets = paragraphs[Col.OUTLET].fillna(UNKNOWN_OUTLET).rename(Col.OUTLET)
    grouped = paragraphs.groupby(outlets, observed=True)[Col.SENTIMENT]
    out = grouped.agg(**{Col.SENTIMENT: "mean", Col.N: "size"}).reset_index()
    return out.sort_values(Col.SENTIMENT, ascending=False)


def top_note(shown: int, total: int, what: str = "actors") -> str | None:
    """The note under a capped chart ("30 of 259 actors, those with the most paragraphs"), or
    None when nothing was left out."""
    if shown >= total:
        return None
    return f"{shown} of {total} {what}, those with the most paragraphs"


def busiest(stances: pd.DataFrame, n: int | None = None, *, by: str = Col.ACTOR) -> list[str]:
    """The ``n`` (or all) actors, or outlets with ``by=Col.OUTLET``, with the most stance rows,
    busiest first, ties by name; a missing outlet is not one."""
    if stances.empty:
        return []
    counts = stances.groupby(by, observed=True).size().reset_index(name=Col.N)
    counts = counts.sort_values([Col.N, by], ascending=[False, True])
    return counts[by].tolist()[:n]


def stance_over_time(stances: pd.DataFrame, *, actors: list[str] | None = None,
                     period: str | None = None) -> Timeline:
    """Each actor's mean stance per period (``pick_period`` when not given), with the number of
    paragraphs behind each point. Rows without a date are counted, not placed. With ``actors``,
    only their rows count (the undated ones included).

    A period with no paragraph about an actor has no row; ``SEGMENT`` numbers the runs of
    consecutive periods, so a line drawn per segment never crosses a gap.
    """
    if actors is not None:
        stances = stances[stances[Col.ACTOR].isin(actors)]
    published = pd.to_datetime(stances[Col.PUBLISHED], errors="coerce")
    undated = stances[published.isna()]
    dated = stances[published.notna()]
    name = period or pick_period(published)
    alias = period_alias(name)
    counts = {
        "period": name,
        "undated_articles": int(undated[Col.ARTICLE_ID].nunique()),
        "undated_paragraphs": len(undated.drop_duplicates([Col.ARTICLE_ID, Col.PARAGRAPH])),
    }
    if dated.empty:
        return Timeline(frame=pd.DataFrame(columns=TIMELINE_COLUMNS), **counts)
    periods = published[published.notna()].dt.to_period(alias)
    grouped = dated.groupby([dated[Col.ACTOR], periods.rename(PERIOD)], observed=True)
    out = grouped[Col.STANCE].agg(**{Col.MEAN_STANCE: "mean", Col.N: "size"}).reset_index()
    return Timeline(frame=with_segments(out), **counts)


def outlet_comparison(stances: pd.DataFrame, outlets: list[str], *,
                      max_actors: int = MAX_ACTORS) -> pd.DataFrame:
    """Mean stance toward each actor that every one of ``outlets`` writes about, per outlet.

    Each mean has an interval ``mean ± Z_95·sd/√n`` (sd with ``ddof=1``, clipped to [-1, 1]); an
    outlet with one paragraph about the actor gets the whole scale, since one paragraph says
    nothing of the spread. ``DIFFERENCE`` is, for two outlets, the second's mean minus the first's
    (in the order given); for more, the largest mean minus the smallest. Rows are sorted by it,
    largest first, and the ``max_actors`` shared actors with the most paragraphs are kept.
    """
    frame = stances[stances[Col.OUTLET].isin(outlets)]
    if len(outlets) < 2 or frame.empty:
        return pd.DataFrame(columns=OUTLET_COMPARISON_COLUMNS)
    grouped = frame.groupby([Col.ACTOR, Col.OUTLET], observed=True)[Col.STANCE]
    out = grouped.agg(**{Col.MEAN_STANCE: "mean", Col.N: "size", SD: "std"}).reset_index()
    return compare_outlets(out, outlets, max_actors=max_actors)


def rows_in_periods(stances: pd.DataFrame, picks: list[dict[str, Any]], period: str
                    ) -> pd.DataFrame:
    """Stance rows behind clicked points of ``stance_timeline``: the pick's actor, published
    within the pick's period (Vega hands a temporal value back as epoch milliseconds)."""
    alias = period_alias(period)
    published = pd.to_datetime(stances[Col.PUBLISHED], errors="coerce")
    mask = pd.Series(False, index=stances.index)
    for pick in picks:
        value = pick.get(PERIOD)
        if value is None or Col.ACTOR not in pick:
            continue
        start = pd.Timestamp(value, unit="ms") if isinstance(value, int | float) else \
            pd.Timestamp(value)
        start = start.tz_localize(None) if start.tzinfo else start
        first = start.to_period(alias)
        mask |= ((stances[Col.ACTOR] == pick[Col.ACTOR])
                 & (published >= first.start_time) & (published < (first + 1).start_time))
    return stances[mask]


# --- charts ------------------------------------------------------------------------------------


def actor_comparison(summary: pd.DataFrame) -> alt.LayerChart:
    """Mean stance per actor (bar), mean ± one standard deviation (rule), sorted, clickable."""
    pick = alt.selection_point(name=ACTOR_PICK, fields=[Col.ACTOR])
    # The rows' own order (sort None) and a height per row: a spec that does not depend on
    # the rows, which the dashboard then sends unchanged on a filter change (``render``).
    y = alt.Y(_n(Col.ACTOR), sort=None, title=None, axis=alt.Axis(labelLimit=220))
    tooltip = [
        alt.Tooltip(_n(Col.ACTOR), title="actor"),
        alt.Tooltip(_q(Col.MEAN_STANCE), title="mean stance", format="+.2f"),
        alt.Tooltip(_q(Col.STD_STANCE), title="spread (sd)", format=".2f"),
        alt.Tooltip(_q(Col.N), title="paragraphs"),
        alt.Tooltip(_q(Col.MENTIONS), title="mentions"),
        alt.Tooltip(_q(CORRECTED), title="paragraphs corrected by users"),
    ]
    base = alt.Chart(summary).encode(y=y, tooltip=tooltip)
    # a thin outline keeps near-zero (near-white) bars visible
    bars = base.mark_bar(stroke="#777777", strokeWidth=0.5, fillOpacity=0.85).encode(
        x=alt.X(
            _q(Col.MEAN_STANCE),
            title="mean stance (−1 against … +1 for)",
            scale=alt.Scale(domain=_STANCE_DOMAIN),
        ),
        color=alt.Color(
            _q(Col.MEAN_STANCE),
            scale=_stance_scale(),
            legend=_legend("mean stance", orient="bottom"),
        ),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.35)),
    ).add_params(pick)
    spread = base.transform_calculate(
        low=f"max(-1, datum.{Col.MEAN_STANCE} - datum.{Col.STD_STANCE})",
        high=f"min(1, datum.{Col.MEAN_STANCE} + datum.{Col.STD_STANCE})",
    ).mark_rule(color="#888888").encode(x="low:Q", x2="high:Q")
    # the rule is drawn first, under its bar, so a click on the bar reaches the bar
    return (spread + bars).properties(
        height=alt.Step(ROW_PX), title="Stance toward each actor (bar: mean, line: ± 1 sd)",
        autosize=_fit_width(),
    )


def stance_timeline(timeline: Timeline) -> alt.LayerChart:
    """Mean stance per period, one colour per actor; the point's size is the paragraphs behind it.

    Lines join consecutive periods only (``detail`` on the segment), so a gap stays a gap.
    """
    frame = timeline.frame
    when = _PERIOD_FORMAT[timeline.period]
    x = alt.X(f"{PERIOD}:T", title=timeline.period, axis=alt.Axis(labelOverlap=True))
    y = alt.Y(_q(Col.MEAN_STANCE), title="mean stance (−1 against … +1 for)",
              scale=alt.Scale(domain=_STANCE_DOMAIN))
    color = alt.Color(_n(Col.ACTOR), title="actor", legend=_legend("actor"))
    tooltip = [
        alt.Tooltip(_n(Col.ACTOR), title="actor"),
        alt.Tooltip(f"{PERIOD}:T", title=timeline.period, format=when),
        alt.Tooltip(_q(Col.MEAN_STANCE), title="mean stance", format="+.2f"),
        alt.Tooltip(_q(Col.N), title="paragraphs"),
    ]
    pick = alt.selection_point(name=TIME_PICK, fields=[Col.ACTOR, PERIOD])
    base = alt.Chart(frame).encode(x=x, y=y, color=color, tooltip=tooltip)
    lines = base.mark_line(strokeWidth=1.5, opacity=0.7).encode(detail=_n(SEGMENT))
    points = base.mark_circle().encode(
        size=alt.Size(_q(Col.N), title="paragraphs", scale=alt.Scale(range=[20, 400]),
                      legend=_legend("paragraphs")),
        opacity=alt.condition(pick, alt.value(0.9), alt.value(0.3)),
    ).add_params(pick)
    return (lines + points).properties(
        height=300, title=f"Mean stance per {timeline.period}", autosize=_fit_width())


def outlet_comparison_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Each outlet's mean stance (point) and interval (rule) per shared actor, one row per actor
    in the frame's order (by the difference), outlets side by side within the row."""
    pick = alt.selection_point(name=ACTOR_PICK, fields=[Col.ACTOR, Col.OUTLET])
    order = list(dict.fromkeys(frame[Col.ACTOR].tolist()))
    tooltip = [
        alt.Tooltip(_n(Col.ACTOR), title="actor"),
        alt.Tooltip(_n(Col.OUTLET), title="outlet"),
        alt.Tooltip(_q(Col.MEAN_STANCE), title="mean stance", format="+.2f"),
        alt.Tooltip(_q(LOW), title="interval from", format="+.2f"),
        alt.Tooltip(_q(HIGH), title="interval to", format="+.2f"),
        alt.Tooltip(_q(Col.N), title="paragraphs"),
        alt.Tooltip(_q(DIFFERENCE), title="difference", format="+.2f"),
    ]
    base = alt.Chart(frame).encode(
        y=alt.Y(_n(Col.ACTOR), sort=order, title=None, axis=alt.Axis(labelLimit=220)),
        yOffset=alt.YOffset(_n(Col.OUTLET)),
        color=alt.Color(_n(Col.OUTLET), legend=_legend("outlet", orient="bottom")),
        tooltip=tooltip,
    )
    x = alt.X(_q(Col.MEAN_STANCE), title="mean stance (−1 against … +1 for)",
              scale=alt.Scale(domain=_STANCE_DOMAIN))
    interval = base.mark_rule(strokeWidth=2).encode(
        x=alt.X(_q(LOW), title=x.to_dict()["title"], scale=alt.Scale(domain=_STANCE_DOMAIN)),
        x2=_q(HIGH))
    means = base.mark_circle(size=80).encode(
        x=x, opacity=alt.condition(pick, alt.value(1.0), alt.value(0.35))).add_params(pick)
    n_outlets = max(frame[Col.OUTLET].nunique(), 1)
    return (interval + means).properties(
        height=max(80, ROW_PX * len(order) * max(1, n_outlets // 2 + 1)),
        title="Mean stance by outlet (line: 95 % interval)",
        autosize=_fit_width())


def stance_heatmap(summary: pd.DataFrame, *, by: str) -> alt.Chart:
    """Actor x article (``by=Col.TITLE``) or actor x outlet cells coloured by mean stance."""
    fields = [Col.ACTOR, Col.ARTICLE_ID] if by == Col.TITLE else [Col.ACTOR, by]
    pick = alt.selection_point(name=CELL_PICK, fields=fields)
    what = "article" if by == Col.TITLE else "outlet"
    tooltip = [
        alt.Tooltip(_n(Col.ACTOR), title="actor"),
        alt.Tooltip(_n(by), title=what),
        alt.Tooltip(_q(Col.MEAN_STANCE), title="mean stance", format="+.2f"),
        alt.Tooltip(_q(Col.N), title="paragraphs"),
    ]
    n_rows = summary[Col.ACTOR].nunique() if not summary.empty else 1
    return (
        alt.Chart(summary)
        .mark_rect(stroke="white", strokeWidth=0.5)
        .encode(
            # long titles: steep labels, cut at HEATMAP_LABEL_PX (the cell's tooltip has all)
            x=alt.X(_n(by), title=what, axis=alt.Axis(
                labelAngle=-45, labelLimit=HEATMAP_LABEL_PX, labelAlign="right")),
            y=alt.Y(_n(Col.ACTOR), title=None, axis=alt.Axis(labelLimit=200)),
            color=alt.Color(
                _q(Col.MEAN_STANCE),
                scale=_stance_scale(),
                legend=_legend("mean stance (red against, blue for)"),
            ),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.4)),
            tooltip=tooltip,
        )
        .add_params(pick)
        .properties(height=max(80, ROW_PX * n_rows), title=f"Mean stance, actor × {what}",
                    autosize=_fit_width())
    )


def outlet_sentiment_chart(summary: pd.DataFrame) -> alt.Chart:
    """Mean paragraph sentiment per outlet."""
    pick = alt.selection_point(name=OUTLET_PICK, fields=[Col.OUTLET])
    return (
        alt.Chart(summary)
        .mark_bar(stroke="#777777", strokeWidth=0.5)
        .encode(
            y=alt.Y(_n(Col.OUTLET), sort="-x", title=None, axis=alt.Axis(labelLimit=200)),
            x=alt.X(
                _q(Col.SENTIMENT),
                title="mean sentiment (VADER compound)",
                scale=alt.Scale(domain=_STANCE_DOMAIN),
            ),
            color=alt.Color(
                _q(Col.SENTIMENT),
                scale=_stance_scale(),
                legend=_legend("mean sentiment", orient="bottom"),
            ),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.35)),
            tooltip=[
                alt.Tooltip(_n(Col.OUTLET), title="outlet"),
                alt.Tooltip(_q(Col.SENTIMENT), title="mean sentiment", format="+.2f"),
                alt.Tooltip(_q(Col.N), title="paragraphs"),
            ],
        )
        .add_params(pick)
        .properties(height=max(80, ROW_PX * len(summary)), title="Sentiment by outlet",
                    autosize=_fit_width())
    )


def mentions_vs_stance(summary: pd.DataFrame) -> alt.Chart:
    """One point per actor: how often it is mentioned against its mean stance."""
    pick = alt.selection_point(name=ACTOR_PICK, fields=[Col.ACTOR])
    return (
        alt.Chart(summary)
        .mark_circle(size=90)
        .encode(
            x=alt.X(_q(Col.MENTIONS), title="mentions", scale=alt.Scale(type="symlog")),
            y=alt.Y(
                _q(Col.MEAN_STANCE), title="mean stance", scale=alt.Scale(domain=_STANCE_DOMAIN)
            ),
            color=alt.Color(
                _q(Col.MEAN_STANCE),
                scale=_stance_scale(),
                legend=_legend("mean stance"),
            ),
            size=alt.Size(_q(Col.N), title="paragraphs"),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.35)),
            tooltip=[
                alt.Tooltip(_n(Col.ACTOR), title="actor"),
                alt.Tooltip(_q(Col.MENTIONS), title="mentions"),
                alt.Tooltip(_q(Col.MEAN_STANCE), title="mean stance", format="+.2f"),
                alt.Tooltip(_q(Col.N), title="paragraphs"),
            ],
        )
        .add_params(pick)
        .properties(height=320, title="Mentions vs stance per actor", autosize=_fit_width())
    )


def sentiment_along(paragraphs: pd.DataFrame) -> alt.Chart:
    """Sentiment of each paragraph of one article, in reading order, coloured by label."""
    pick = alt.selection_point(name=PARAGRAPH_PICK, fields=[Col.PARAGRAPH])
    frame = paragraphs[[Col.PARAGRAPH, Col.SENTIMENT, Col.SENTIMENT_LABEL]]
    return (
        alt.Chart(frame)
        .mark_bar()
        .encode(
            # ordinal: one band per paragraph, no half-paragraph ticks
            x=alt.X(f"{Col.PARAGRAPH}:O", title="paragraph", axis=alt.Axis(labelOverlap=True)),
            y=alt.Y(_q(Col.SENTIMENT), title="sentiment", scale=alt.Scale(domain=_STANCE_DOMAIN)),
            color=alt.Color(
                _n(Col.SENTIMENT_LABEL),
                scale=_label_scale(),
                legend=_legend("sentiment label"),
            ),
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.4)),
            tooltip=[
                alt.Tooltip(f"{Col.PARAGRAPH}:O", title="paragraph"),
                alt.Tooltip(_q(Col.SENTIMENT), title="sentiment", format="+.2f"),
                alt.Tooltip(_n(Col.SENTIMENT_LABEL), title="label"),
            ],
        )
        .add_params(pick)
        .properties(height=220, title="Sentiment along the article", autosize=_fit_width())
    )


def stance_along(stances: pd.DataFrame) -> alt.LayerChart:
    """One actor's stance paragraph by paragraph (a line through labelled points).

    A point whose label a user corrected is a diamond (``LABEL_FROM``), placed at the corrected
    label's score; its tooltip also gives what the model said.
    """
    pick = alt.selection_point(name=PARAGRAPH_PICK, fields=[Col.PARAGRAPH])
    frame = stances[[Col.PARAGRAPH, Col.ACTOR, Col.STANCE, Col.STANCE_LABEL, Col.MENTIONS,
                     Col.MODEL_STANCE, Col.MODEL_LABEL]].assign(**{
        LABEL_FROM: stances[Col.CORRECTED_LABEL].notna().map({True: FROM_USER,
                                                              False: FROM_MODEL})})
    base = alt.Chart(frame).encode(
        x=alt.X(_q(Col.PARAGRAPH), title="paragraph", axis=alt.Axis(tickMinStep=1)),
        y=alt.Y(_q(Col.STANCE), title="stance", scale=alt.Scale(domain=_STANCE_DOMAIN)),
        tooltip=[
            alt.Tooltip(_n(Col.ACTOR), title="actor"),
            alt.Tooltip(_q(Col.PARAGRAPH), title="paragraph"),
            alt.Tooltip(_q(Col.STANCE), title="stance", format="+.2f"),
            alt.Tooltip(_n(Col.STANCE_LABEL), title="label"),
            alt.Tooltip(_n(LABEL_FROM), title="label from"),
            alt.Tooltip(_q(Col.MODEL_STANCE), title="model's stance", format="+.2f"),
            alt.Tooltip(_n(Col.MODEL_LABEL), title="model's label"),
            alt.Tooltip(_q(Col.MENTIONS), title="mentions"),
        ],
    )
    line = base.mark_line(color="#888888")
    points = base.mark_point(size=110, filled=True).encode(
        color=alt.Color(
            _n(Col.STANCE_LABEL), scale=_label_scale(), legend=_legend("stance label")
        ),
        shape=alt.Shape(_n(LABEL_FROM), scale=alt.Scale(
            domain=[FROM_MODEL, FROM_USER], range=["circle", "diamond"]),
            legend=_legend("label from")),
        opacity=alt.condition(pick, alt.value(1.0), alt.value(0.4)),
    ).add_params(pick)
    return (line + points).properties(height=220, title="Stance along the article",
                                      autosize=_fit_width())


# --- selections and export ---------------------------------------------------------------------


def picked(event: Any, name: str) -> list[dict[str, Any]]:
    """The rows a point selection named ``name`` holds in an ``st.altair_chart`` event.

    Streamlit returns ``{"selection": {name: [{field: value, ...}, ...]}}``; anything else
    (no event, an empty or an interval selection) gives an empty list.
    """
    try:
        value = event["selection"][name]
    except (KeyError, TypeError, IndexError):
        return []
    if isinstance(value, list):
        return [dict(item) for item in value if isinstance(item, dict)]
    return []


def chart_png(chart: alt.TopLevelMixin, *, scale: float = 2.0) -> bytes:
    """The chart as PNG, rendered offline by vl-convert (no remote data is fetched)."""
    import vl_convert

    spec = json.dumps(chart.to_dict())
    return vl_convert.vegalite_to_png(spec, scale=scale, allowed_base_urls=[])


def chart_svg(chart: alt.TopLevelMixin) -> str:
    import vl_convert

    return vl_convert.vegalite_to_svg(json.dumps(chart.to_dict()), allowed_base_urls=[])


def frame_csv(frame: pd.DataFrame) -> bytes:
    """The frame as CSV for spreadsheets, through the one CSV writer (formula-like text inert)."""
    # Missing values (NaN, NA, NaT) become empty cells, as pandas' own to_csv writes them.
    cells = frame.astype(object).where(frame.notna(), None)
    return export.csv_text([str(c) for c in frame.columns], cells.to_dict("records")).encode()


def frame_json(frame: pd.DataFrame) -> bytes:
    return frame.to_json(orient="records", date_format="iso", force_ascii=False).encode("utf-8")
