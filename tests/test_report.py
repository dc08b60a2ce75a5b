"""The shareable report: filters stated, charts as SVG images, tables, accuracy, all escaped."""

from __future__ import annotations

import base64
import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser

import pandas as pd
import pytest

from dashboard import charts, report
from dashboard.filters import Filters
from dashboard.model_figures import STANCE_DEV_SCORES
from store.schema import PARAGRAPH_COLUMNS, STANCE_COLUMNS, Col

SCRIPT = "<script>window.__xss=1</script>"
IMG = '<img src=x onerror="window.__xss=2">'


def frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    """Two articles, one with markup in its title and text; stances toward two actors."""
    titles = {1: f"Harbour {SCRIPT}", 2: "Quiet week"}
    texts = {(1, 0): f"Norway praised Canada {IMG}.", (1, 1): "Canada condemned Norway.",
             (2, 0): "Norway waited."}
    paragraphs = pd.DataFrame([
        {Col.ARTICLE_ID: a, Col.TITLE: titles[a], Col.OUTLET: "Ledger" if a == 1 else None,
         Col.PUBLISHED: pd.Timestamp("2026-03-0" + str(a)), Col.PARAGRAPH: p,
         Col.POSITION: float(p), Col.TEXT: text, Col.SENTIMENT: 0.2 * (p - 0.5),
         Col.SENTIMENT_LABEL: "neutral"}
        for (a, p), text in texts.items()], columns=list(PARAGRAPH_COLUMNS))
    rows = [(1, 0, "Canada", 0.7, None), (1, 1, "Norway", -0.8, None), (1, 0, "Norway", 0.1, None),
            (2, 0, "Norway", 0.0, "negative")]
    stances = pd.DataFrame([
        {Col.ARTICLE_ID: a, Col.TITLE: titles[a], Col.OUTLET: "Ledger" if a == 1 else None,
         Col.PUBLISHED: pd.Timestamp("2026-03-0" + str(a)), Col.PARAGRAPH: p,
         Col.POSITION: float(p), Col.ACTOR: actor, Col.ACTOR_KIND: "country", Col.STANCE: s,
         Col.STANCE_LABEL: "neutral", Col.CONFIDENCE: 0.6, Col.MENTIONS: 1,
         Col.CORRECTED_LABEL: fixed, Col.MODEL_STANCE: s, Col.MODEL_LABEL: "neutral"}
        for a, p, actor, s, fixed in rows], columns=list(STANCE_COLUMNS))
    return stances, paragraphs


def fake_svg(chart: object) -> str:
    return '<svg xmlns="http://www.w3.org/2000/svg"><text>chart</text></svg>'


NO_FILTERS = Filters()


def build(filters: Filters = NO_FILTERS, **kwargs: object) -> str:
    kwargs.setdefault("svg", fake_svg)
    stances, paragraphs = frames()
    return report.build_report(
        stances=stances, paragraphs=paragraphs, n_articles_stored=3, filters=filters,
        titles={1: f"Harbour {SCRIPT}", 2: "Quiet week"}, max_actors=30,
        created=datetime(2026, 3, 4, 12, 30, tzinfo=UTC), **kwargs)


class Tags(HTMLParser):
    """Every start tag and its attributes, as a browser's parser would see them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


def test_markup_in_titles_and_text_stays_text() -> None:
    out = build(Filters(search="<b>bold</b>", articles=(1,)))
    tags = tags_of(out)
    assert "script" not in {t for t, _ in tags}
    assert not any(k.startswith("on") for _, attrs in tags for k in attrs)
    assert [a["src"][:26] for t, a in tags if t == "img"] == ["data:image/svg+xml;base64,"] * 3
    assert "Harbour &lt;script&gt;window.__xss=1&lt;/script&gt;" in out  # title in the tables
    assert "&lt;img src=x onerror=&#34;window.__xss=2&#34;&gt;" in out  # text in a table
    assert "&lt;b&gt;bold&lt;/b&gt;" in out  # the search, stated as text


def test_filters_are_stated() -> None:
    assert report.describe_filters(Filters(), {}) == ()
    lines = dict(report.describe_filters(Filters(
        articles=(2,), outlets=("Ledger",), date_from=date(2026, 3, 1), date_to=None,
        include_undated=False, actors=("Norway",), stance=(-0.5, 1.0), min_mentions=2,
        search='"a phrase"'), {2: "Quiet week"}))
    assert lines == {
        "Search": '"a phrase"', "Articles": "Quiet week", "Outlets": "Ledger",
        "Published": "2026-03-01 to any date (articles without a date left out)",
        "Actors": "Norway", "Stance": "-0.50 to +1.00", "Minimum mentions per actor": "2"}
    out = build(Filters(outlets=("Ledger",)))
    assert "<dt>Outlets</dt><dd>Ledger</dd>" in out
    assert "None: every stored article" in build()


def test_report_has_the_tables_and_the_accuracy_figures() -> None:
    out = build()
    headings = re.findall(r"<h2>(.*?)</h2>", out)
    assert headings == ["Filters", "Charts", "Actors", "Articles",
                        "Paragraphs most against an actor", "Paragraphs most for an actor",
                        "How good the stance scores are"]
    assert "2 of 3 stored articles, 3 paragraphs, 2 actors" in out
    assert "4 Mar 2026, 12:30 UTC" in out
    # the accuracy table is model_figures' own, every row
    for score in STANCE_DEV_SCORES:
        assert f"{score.macro_f1:.3f}" in out
    assert out.count("<tr>") >= len(STANCE_DEV_SCORES)
    # the corrected paragraph counts in the actors table
    actors = out[out.index("<h2>Actors</h2>"):out.index("<h2>Articles</h2>")]
    assert "corrected by users" in actors
    assert "(unknown outlet)" in out[out.index("<h2>Articles</h2>"):]


def test_an_empty_view_still_makes_a_report() -> None:
    stances, paragraphs = frames()
    out = report.build_report(stances=stances.iloc[0:0], paragraphs=paragraphs.iloc[0:0],
                              n_articles_stored=3, filters=Filters(search="nothing"), titles={},
                              max_actors=30, svg=fake_svg)
    assert "No chart: nothing passes the filters." in out
    assert "0 of 3 stored articles" in out


@pytest.mark.slow
def test_charts_are_real_svg_drawn_offline() -> None:
    out = build(svg=charts.chart_svg)
    sources = [a["src"] for t, a in tags_of(out) if t == "img"]
    assert len(sources) == 3
    for src in sources:
        svg = base64.b64decode(src.removeprefix("data:image/svg+xml;base64,")).decode()
        assert svg.startswith("<svg") and "</svg>" in svg
    first = base64.b64decode(sources[0].split(",", 1)[1]).decode()
    assert "Norway" in first and "Canada" in first  # the actor comparison's axis labels
    assert "http://" not in out.replace("http://www.w3.org", "")  # nothing fetched


def test_report_chart_titles_come_from_the_charts() -> None:
    out = build(svg=fake_svg)
    alts = [a["alt"] for t, a in tags_of(out) if t == "img"]
    assert alts[0] == charts.actor_comparison(charts.actor_summary(frames()[0])).to_dict()[
        "title"]
