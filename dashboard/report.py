"""A report to share: the current view of the dashboard as one self-contained HTML file.

``build_report`` takes the filtered frames (what the Overview shows), states the filters, draws the
charts as SVG (vl-convert, offline, as the charts' own SVG downloads do), adds the top tables and
the model's accuracy figures, and renders ``templates/report.html.j2`` with Jinja2, autoescape on.

Article text is untrusted, and a report travels: it must be safe to open anywhere. So nothing
is marked safe in the template; each chart is an ``<img>`` of a base64 ``data:`` URI (a browser
never runs script in an SVG drawn as an image, whatever text the chart's labels hold); and the
file loads nothing from the network.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import altair as alt
import jinja2
import pandas as pd

from dashboard import charts
from dashboard.charts import Timeline
from dashboard.filters import (
    POSITION_SCALE,
    SENTIMENT_SCALE,
    STANCE_SCALE,
    UNKNOWN_OUTLET,
    Filters,
    with_text,
)
from dashboard.model_figures import NEGATIVE_FROM, POSITIVE_FROM, STANCE_DEV_SCORES, DevScore
from store.schema import Col

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = "report.html.j2"

#: Rows of the articles table, and paragraphs in each of the most-for / most-against tables.
MAX_ARTICLE_ROWS = 50
MAX_EXTREME_PARAGRAPHS = 5
#: Longest paragraph text in a table before "…".
MAX_TEXT_CHARS = 400

ACCURACY_NOTE = (
    "Figures measured on development data labelled by people, with the labels the dashboard "
    f"shows: positive from a score of {POSITIVE_FROM:+.1f}, negative from {NEGATIVE_FROM:+.1f}. "
    "Macro-F1 is the mean over the three labels of how well each is found (1 is perfect). "
    "Whole paragraphs are harder than single sentences, and text unlike that data may score "
    "lower: any single paragraph may be wrong. A label a user corrected counts as that label "
    "(score −1, 0 or +1).")


@dataclass(frozen=True, slots=True)
class ReportChart:
    title: str
    caption: str
    svg_base64: str


@dataclass(frozen=True, slots=True)
class Cell:
    text: str
    number: bool = False


@dataclass(frozen=True, slots=True)
class ReportTable:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""


@dataclass(frozen=True, slots=True)
class Report:
    title: str
    created: str
    scope: str
    filters: tuple[tuple[str, str], ...]
    charts: tuple[ReportChart, ...]
    tables: tuple[ReportTable, ...]
    accuracy: tuple[DevScore, ...] = STANCE_DEV_SCORES
    accuracy_note: str = ACCURACY_NOTE


def _range(name: str, value: tuple[float, float], scale: tuple[float, float],
           fmt: str) -> list[tuple[str, str]]:
    low, high = value
    if (low, high) == scale:
        return []
    return [(name, f"{low:{fmt}} to {high:{fmt}}")]


def describe_filters(filters: Filters, titles: Mapping[object, str]) -> tuple[tuple[str, str], ...]:
    """The filters that limit the view, as (name, value) lines; none for the default view."""
    lines: list[tuple[str, str]] = []
    if filters.search:
        lines.append(("Search", filters.search))
    if filters.articles:
        lines.append(("Articles", "; ".join(str(titles.get(a, f"article {a}"))
                                            for a in filters.articles)))
    if filters.outlets:
        lines.append(("Outlets", ", ".join(filters.outlets)))
    if filters.date_from is not None or filters.date_to is not None:
        start = filters.date_from.isoformat() if filters.date_from else "any date"
        end = filters.date_to.isoformat() if filters.date_to else "any date"
        undated = "included" if filters.include_undated else "left out"
        lines.append(("Published", f"{start} to {end} (articles without a date {undated})"))
    if filters.actors:
        lines.append(("Actors", ", ".join(filters.actors)))
    lines += _range("Paragraph position", filters.position, POSITION_SCALE, ".2f")
    lines += _range("Sentiment", filters.sentiment, SENTIMENT_SCALE, "+.2f")
    lines += _range("Stance", filters.stance, STANCE_SCALE, "+.2f")
    if filters.min_mentions > 1:
        lines.append(("Minimum mentions per actor", str(filters.min_mentions)))
    return tuple(lines)


def _cell(value: object, fmt: str = "") -> Cell:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return Cell("")
    if isinstance(value, pd.Timestamp):
        return Cell(value.date().isoformat())
    if isinstance(value, int | float) and not isinstance(value, bool):
        return Cell(format(value, fmt), number=True)
    text = str(value)
    return Cell(text if len(text) <= MAX_TEXT_CHARS else text[:MAX_TEXT_CHARS] + "…")


def table_of(frame: pd.DataFrame, title: str, columns: Mapping[str, tuple[str, str]], *,
             note: str = "") -> ReportTable:
    """``frame``'s ``columns`` (column -> (header, number format)) as a table of text cells."""
    rows = tuple(
        tuple(_cell(value, fmt) for value, (_, fmt) in zip(row, columns.values(), strict=True))
        for row in frame[list(columns)].itertuples(index=False, name=None))
    return ReportTable(title=title, columns=tuple(h for h, _ in columns.values()), rows=rows,
                       note=note)


def _chart(chart: alt.TopLevelMixin, caption: str, svg: Callable[[alt.TopLevelMixin], str]
           ) -> ReportChart:
    title = chart.to_dict().get("title", "")
    drawn = svg(chart).encode("utf-8")
    return ReportChart(title=str(title), caption=caption,
                       svg_base64=base64.b64encode(drawn).decode("ascii"))


def render_report(report: Report) -> str:
    """The report as HTML (Jinja2, autoescape on: every value is escaped)."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    return env.get_template(TEMPLATE).render(report=report)


_ACTOR_COLUMNS = {
    Col.ACTOR: ("actor", ""), Col.MEAN_STANCE: ("mean stance", "+.2f"),
    Col.STD_STANCE: ("spread (sd)", ".2f"), Col.N: ("paragraphs", "d"),
    Col.MENTIONS: ("mentions", "d"), charts.CORRECTED: ("corrected by users", "d"),
}
_ARTICLE_COLUMNS = {
    Col.TITLE: ("title", ""), Col.OUTLET: ("outlet", ""), Col.PUBLISHED: ("published", ""),
    Col.N: ("paragraphs in view", "d"),
}
_PARAGRAPH_COLUMNS = {
    Col.ACTOR: ("actor", ""), Col.STANCE: ("stance", "+.2f"), Col.STANCE_LABEL: ("label", ""),
    Col.TITLE: ("article", ""), Col.PARAGRAPH: ("¶", "d"), Col.TEXT: ("paragraph", ""),
}


@dataclass(frozen=True, slots=True, kw_only=True)
class ReportData:
    """The numbers and rows a report shows, however they were computed: from filtered frames
    (``report_data``) or by the database (``dashboard.exports.report_html``)."""

    summary: pd.DataFrame  # ``charts.actor_summary``, capped at the report's actors
    all_actors: int  # actors with a row in the view
    timeline: Timeline | None  # of the busiest actors; None when there is no actor
    sentiment: pd.DataFrame  # ``charts.outlet_sentiment``
    articles: pd.DataFrame  # the first MAX_ARTICLE_ROWS: TITLE, OUTLET, PUBLISHED, N
    n_articles: int  # articles with a paragraph in the view
    n_paragraphs: int
    most_against: pd.DataFrame  # the MAX_EXTREME_PARAGRAPHS stance rows (with text) lowest
    most_for: pd.DataFrame  # and highest
    n_articles_stored: int


def report_data(*, stances: pd.DataFrame, paragraphs: pd.DataFrame, n_articles_stored: int,
                max_actors: int) -> ReportData:
    """What the report of the view that ``stances`` and ``paragraphs`` (filtered) make shows."""
    summary = charts.actor_summary(stances, max_actors=max_actors)
    timeline = None if summary.empty else charts.stance_over_time(
        stances, actors=charts.busiest(stances, charts.MAX_TIMELINE_ACTORS))
    per_article = (paragraphs.groupby(Col.ARTICLE_ID, sort=False)
                   .agg(**{Col.TITLE: (Col.TITLE, "first"), Col.OUTLET: (Col.OUTLET, "first"),
                           Col.PUBLISHED: (Col.PUBLISHED, "first"), Col.N: (Col.TEXT, "size")})
                   .reset_index())
    behind = with_text(stances, paragraphs)
    return ReportData(
        summary=summary, all_actors=stances[Col.ACTOR].nunique(), timeline=timeline,
        sentiment=charts.outlet_sentiment(paragraphs),
        articles=per_article.head(MAX_ARTICLE_ROWS), n_articles=len(per_article),
        n_paragraphs=len(paragraphs),
        most_against=behind.nsmallest(MAX_EXTREME_PARAGRAPHS, Col.STANCE),
        most_for=behind.nlargest(MAX_EXTREME_PARAGRAPHS, Col.STANCE),
        n_articles_stored=n_articles_stored)


def build_report(*, stances: pd.DataFrame, paragraphs: pd.DataFrame, n_articles_stored: int,
                 filters: Filters, titles: Mapping[object, str], max_actors: int,
                 created: datetime | None = None,
                 svg: Callable[[alt.TopLevelMixin], str] = charts.chart_svg) -> str:
    """The report of the view that ``stances`` and ``paragraphs`` (already filtered) make.

    ``svg`` draws a chart (``charts.chart_svg``; tests may pass a cheaper one).
    """
    return render_view(report_data(stances=stances, paragraphs=paragraphs,
                                   n_articles_stored=n_articles_stored, max_actors=max_actors),
                       filters=filters, titles=titles, created=created, svg=svg)


def render_view(data: ReportData, *, filters: Filters, titles: Mapping[object, str],
                created: datetime | None = None,
                svg: Callable[[alt.TopLevelMixin], str] = charts.chart_svg) -> str:
    """The report of ``data`` as one HTML file."""
    created = created or datetime.now(UTC)
    summary, all_actors, timeline = data.summary, data.all_actors, data.timeline
    drawn: list[ReportChart] = []
    if not summary.empty:
        note = charts.top_note(len(summary), all_actors) or f"all {all_actors} actors"
        drawn.append(_chart(charts.actor_comparison(summary),
                            f"Mean stance per actor ({note}).", svg))
        if timeline is not None and not timeline.frame.empty:
            drawn.append(_chart(
                charts.stance_timeline(timeline),
                f"Mean stance per {timeline.period} toward the "
                f"{len(timeline.frame[Col.ACTOR].unique())} most discussed actors; "
                f"{timeline.undated_articles} undated articles left out.", svg))
    if data.n_paragraphs:
        drawn.append(_chart(charts.outlet_sentiment_chart(data.sentiment),
                            "Mean paragraph sentiment per outlet.", svg))

    per_article = data.articles.copy()
    per_article[Col.OUTLET] = per_article[Col.OUTLET].fillna(UNKNOWN_OUTLET)
    more = data.n_articles - MAX_ARTICLE_ROWS
    tables = [
        table_of(summary, "Actors", _ACTOR_COLUMNS,
                 note=charts.top_note(len(summary), all_actors) or ""),
        table_of(per_article, "Articles", _ARTICLE_COLUMNS,
                 note=f"The first {MAX_ARTICLE_ROWS}; {more} more." if more > 0 else ""),
    ]
    if not data.most_against.empty:
        tables += [
            table_of(data.most_against, "Paragraphs most against an actor", _PARAGRAPH_COLUMNS),
            table_of(data.most_for, "Paragraphs most for an actor", _PARAGRAPH_COLUMNS),
        ]
    scope = (f"{data.n_articles} of {data.n_articles_stored} stored articles, "
             f"{data.n_paragraphs} paragraphs, {all_actors} actors")
    report = Report(title="stancemap report", created=f"{created:%d %b %Y, %H:%M} UTC",
                    scope=scope, filters=describe_filters(filters, titles),
                    charts=tuple(drawn), tables=tuple(tables))
    return render_report(report)
