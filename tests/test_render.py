"""Rendering of untrusted article text: everything escaped, highlights at the right offsets."""

from __future__ import annotations

import html
import re

import pandas as pd
import pytest

from analysis.types import (
    Cue,
    Evidence,
    Label,
    Mention,
    Paragraph,
    ParagraphAnalysis,
    Removal,
    Sentiment,
    Stance,
)
from dashboard import render
from store.schema import Col

# Golden cases: user text -> exactly what goes into the markup.
ESCAPE_CASES = [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    ('<img src=x onerror="alert(2)">', "&lt;img src=x onerror=&quot;alert(2)&quot;&gt;"),
    ("Tom & Jerry's", "Tom &amp; Jerry&#x27;s"),
    ("&lt;already escaped&gt;", "&amp;lt;already escaped&amp;gt;"),
    ("plain words", "plain words"),
    (None, ""),
]


@pytest.mark.parametrize(("text", "expected"), ESCAPE_CASES)
def test_esc_golden(text: str | None, expected: str) -> None:
    assert render.esc(text) == expected


def _paragraph(text: str, *, start: int = 10) -> ParagraphAnalysis:
    """A paragraph at article offset ``start`` mentioning 'Alpha' with one cue, offsets real."""
    alpha = text.index("Alpha")
    cue_word = "praised" if "praised" in text else text.split()[0]
    cue = text.index(cue_word)
    return ParagraphAnalysis(
        paragraph=Paragraph(0, start, start + len(text), text),
        sentiment=Sentiment(0.5, 0.3, 0.7, 0.0, Label.POSITIVE),
        mentions=(Mention("Alpha", start + alpha, start + alpha + 5, "Alpha", 0, 0),),
        stances=(Stance("Alpha", 0.6, Label.POSITIVE, 0.7,
                        Evidence(cues=(Cue(start + cue, start + cue + len(cue_word), cue_word,
                                           0.8, "praise"),)), mentions=1, scorer="rules"),),
    )


XSS_TEXTS = [
    "Alpha praised <script>window.__xss=1</script> the deal.",
    'Alpha praised <img src=x onerror="window.__xss=2"> the deal.',
    "Alpha praised <a href=\"javascript:alert(3)\">this</a>.",
    "Alpha praised <svg onload=alert(4)>.",
    "Alpha praised <iframe src=//evil.example></iframe>.",
]


@pytest.mark.parametrize("text", XSS_TEXTS)
def test_paragraph_html_never_contains_a_tag_from_the_text(text: str) -> None:
    out = render.paragraph_html(_paragraph(text))
    for tag in ("script", "img", "a ", "svg", "iframe"):
        assert f"<{tag}" not in out
    assert "onerror=" not in out.replace("onerror=&quot;", "")
    # the text is all there, as text
    visible = html.unescape(re.sub(r"<[^>]+>", "", out))
    assert text in visible


def test_highlight_wraps_spans_at_their_offsets() -> None:
    text = "Alpha met <b>Beta</b>."
    spans = [render.Span(0, 5, "sm-actor", "Alpha"), render.Span(13, 17, "sm-actor", "Beta")]
    assert render.highlight(text, spans) == (
        '<span class="sm-actor" title="Alpha">Alpha</span> met &lt;b&gt;'
        '<span class="sm-actor" title="Beta">Beta</span>&lt;/b&gt;.'
    )


def test_highlight_escapes_tooltips() -> None:
    out = render.highlight("Alpha", [render.Span(0, 5, "sm-actor", '"><script>x</script>')])
    assert out == ('<span class="sm-actor" title="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">'
                   "Alpha</span>")


def test_highlight_skips_overlaps_and_clips_out_of_range_spans() -> None:
    text = "Alpha Beta"
    spans = [render.Span(0, 10, "a"), render.Span(6, 10, "b"), render.Span(8, 99, "c"),
             render.Span(20, 30, "d")]
    assert render.highlight(text, spans) == '<span class="a" title="">Alpha Beta</span>'


def test_paragraph_spans_point_into_the_paragraph_text() -> None:
    pa = _paragraph("Then Alpha praised the plan.", start=40)
    for span in render.paragraph_spans(pa):
        piece = pa.paragraph.text[span.start:span.end]
        assert piece in {"Alpha", "praised"}


def test_paragraph_html_shows_labels_scores_and_corrections() -> None:
    out = render.paragraph_html(_paragraph("Alpha praised it."),
                                corrections={"Alpha": "negative"})
    assert "sentiment +0.50" in out
    assert "Alpha +0.60 positive → corrected: negative" in out
    assert 'class="sm-cue sm-pos"' in out and 'title="praise +0.80 toward Alpha"' in out


def test_paragraph_html_for_one_actor_leaves_other_actors_out() -> None:
    out = render.paragraph_html(_paragraph("Alpha praised it."), actor="Beta")
    assert "sm-actor" not in out and "+0.60" not in out


def test_removals_html_escapes_and_gives_reasons() -> None:
    removed = (Removal(50, 70, "<b>Oops!</b> Something went wrong.", "ui_chrome"),
               Removal(0, 10, "Photo & credit", "caption_credit"))
    out = render.removals_html(removed)
    assert "&lt;b&gt;Oops!&lt;/b&gt;" in out and "<b>Oops" not in out
    assert out.index("caption_credit") < out.index("ui_chrome")  # in text order
    assert render.removals_html(()) == "<p>Cleaning removed nothing from this article.</p>"


def test_rows_html_escapes_every_field_and_caps_the_list() -> None:
    frame = pd.DataFrame({
        Col.TITLE: ["<i>T</i>"] * 3, Col.OUTLET: ["<b>O</b>"] * 3, Col.PARAGRAPH: [0, 1, 2],
        Col.ACTOR: ["<u>A</u>"] * 3, Col.STANCE: [0.5, -0.5, 0.0],
        Col.STANCE_LABEL: ["positive", "negative", "neutral"],
        Col.TEXT: ["<script>x</script>"] * 3, Col.SENTIMENT: [0.1, 0.2, 0.3],
    })
    out = render.rows_html(frame, limit=2)
    assert "<i>" not in out and "<b>O" not in out and "<u>" not in out and "<script" not in out
    assert out.count("&lt;script&gt;x&lt;/script&gt;") == 2
    assert "… and 1 more" in out


HIT = '<span class="sm-hit" title="search match">'


def test_rows_html_highlights_search_matches_and_still_escapes() -> None:
    frame = pd.DataFrame({
        Col.TITLE: ["T"], Col.PARAGRAPH: [0],
        Col.TEXT: ['<b onclick="x">Sanctions</b> on <Harbour> & the harbour deal'],
    })
    out = render.rows_html(frame, search='sanction "the harbour"')
    assert f"&lt;b onclick=&quot;x&quot;&gt;{HIT}Sanction</span>s&lt;/b&gt;" in out
    assert f"&amp; {HIT}the harbour</span> deal" in out
    assert "&lt;Harbour&gt;" in out and "<b" not in out and "<Harbour" not in out
    assert HIT not in render.rows_html(frame)


def test_search_text_with_markup_is_escaped_in_the_highlight() -> None:
    frame = pd.DataFrame({Col.TITLE: ["T"], Col.PARAGRAPH: [0],
                          Col.TEXT: ["a <script>x</script> b"]})
    out = render.rows_html(frame, search='"<script>x</script>"')
    assert f"{HIT}&lt;script&gt;x&lt;/script&gt;</span>" in out and "<script" not in out


def test_paragraph_html_highlights_search_matches_beside_mentions() -> None:
    out = render.paragraph_html(_paragraph("Alpha praised the harbour plan."), search="harbour")
    assert f"{HIT}harbour</span>" in out and 'class="sm-actor"' in out
    # a match on a mention leaves the mention's mark alone (the first span wins)
    out = render.paragraph_html(_paragraph("Alpha praised it."), search="alpha")
    assert '<span class="sm-actor" title="Alpha (name)">Alpha</span>' in out and HIT not in out


def test_count_agrees_with_the_number() -> None:
    assert [render.count(n, "article") for n in (0, 1, 2)] == [
        "0 articles", "1 article", "2 articles"]
    assert render.count(2, "file went", "files went") == "2 files went"


@pytest.mark.parametrize(("shown", "kept", "total", "expected"), [
    (3, 3, 7, "3 of 7 corrections pass the filters."),
    (0, 0, 1, "0 of 1 correction pass the filters."),
    (500, 812, 900, "812 of 900 corrections pass the filters. The newest 500 are listed; narrow "
                    "the filters to find the others (the downloads below hold them all)."),
])
def test_the_corrections_line_says_when_the_list_is_cut(shown: int, kept: int, total: int,
                                                         expected: str) -> None:
    assert render.corrections_line(shown=shown, kept=kept, total=total) == expected


@pytest.mark.parametrize(("statuses", "expected"), [
    (["added"], "1 file added"),
    (["added", "added", "duplicate", "error", "error"],
     "2 files added, 1 already stored (duplicate), 2 could not be read"),
    (["duplicate"], "0 files added, 1 already stored (duplicate)"),
])
def test_upload_summary_names_duplicates(statuses: list[str], expected: str) -> None:
    assert render.upload_summary(statuses) == expected


def test_when_reads_stored_timestamps() -> None:
    assert render.when("2026-11-30T05:12:44+00:00") == "30 Nov 2026, 05:12 UTC"
    assert render.when("not a time") == "" and render.when(None) == ""


def test_label_now_prefers_the_users_correction() -> None:
    frame = pd.DataFrame({Col.PARAGRAPH: [0, 0, 1], Col.ACTOR: ["A", "B", "A"],
                          Col.STANCE_LABEL: ["positive", "neutral", "negative"],
                          Col.CORRECTED_LABEL: [None, "negative", None]})
    assert render.label_now(frame, 0, "A") == "positive"
    assert render.label_now(frame, 0, "B") == "negative"
    assert render.label_now(frame, 2, "A") is None


def test_legend_uses_the_classes_of_the_paragraphs() -> None:
    out = render.legend_html()
    for css in ("sm-actor", "sm-cue sm-neg", "sm-cue sm-pos", "sm-hit", "sm-tag sm-negative",
                "sm-tag sm-neutral", "sm-tag sm-positive", "sm-par sm-negative"):
        assert f'class="{css}"' in out
        assert f".{css.split()[-1]}" in render.CSS  # every class is styled


def test_corrections_of_groups_by_paragraph_and_actor() -> None:
    frame = pd.DataFrame({Col.PARAGRAPH: [0, 0, 3], Col.ACTOR: ["A", "B", "A"],
                          Col.CORRECTED_LABEL: ["negative", None, "positive"]})
    assert render.corrections_of(frame) == {0: {"A": "negative"}, 3: {"A": "positive"}}


MARKDOWN_CASES = [
    ("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)"),
    (":red[alarm]", r"\:red\[alarm\]"),
    ("report_2024.txt", r"report\_2024\.txt"),
    ("$x$ and *y*", r"\$x\$ and \*y\*"),
]


@pytest.mark.parametrize(("text", "expected"), MARKDOWN_CASES)
def test_md_literal_golden(text: str, expected: str) -> None:
    assert render.md_literal(text) == expected


@pytest.mark.parametrize(("kind", "args", "line"), [
    ("rename", ("Veldora", "Republic of Veldora"), "Renamed Veldora to Republic of Veldora"),
    ("merge", ("Ilse Odum", "Karesh"), "Merged Ilse Odum into Karesh"),
    ("hide", ("UN",), "Hid UN"),
    ("unhide", ("UN",), "Showed UN again"),
    ("alias", ("Karesh", "Kareshi", "country"), "“Kareshi” counts as Karesh (country)"),
    ("actor", ("Dock Board", "organization"), "Looking for Dock Board (organization)"),
    ("future", ("a", "b"), "future: a → b"),
])
def test_edit_line_reads_as_a_sentence(kind: str, args: tuple[str, ...], line: str) -> None:
    assert render.edit_line(kind, args) == line


def test_rows_html_marks_a_corrected_stance() -> None:
    frame = pd.DataFrame({Col.TITLE: ["T", "T"], Col.PARAGRAPH: [0, 1], Col.ACTOR: ["A", "B"],
                          Col.STANCE: [1.0, 0.3], Col.STANCE_LABEL: ["positive", "positive"],
                          Col.CORRECTED_LABEL: ["positive", None], Col.TEXT: ["x", "y"]})
    out = render.rows_html(frame)
    assert out.count("(corrected)") == 1
    assert "A +1.00 (corrected)" in out and "B +0.30<" in out
