"""Putting things on screen: escaped HTML for article text, and the chart/table helpers pages use.

Article text is untrusted (anyone can upload a file). Every piece of it (paragraph text, titles,
actor names, cue words, removed junk) goes through ``html.escape`` before it is placed in markup,
and the markup is shown with ``st.html``, which also sanitises with DOMPurify and, unlike
``st.markdown``, does not read the text as Markdown (so ``[x](javascript:...)`` stays text).
The ``*_html`` functions are pure and tested on golden cases; the ``show_*`` functions draw.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pandas as pd

from analysis.types import ParagraphAnalysis, Removal
from dashboard import charts
from dashboard.filters import search_patterns
from store.schema import Col

if TYPE_CHECKING:
    import altair as alt

    from store.core import Store
    from store.reads import Behind

CSS = """<style>
.sm-par{border-left:4px solid #ccc;padding:.3rem .7rem;margin:.5rem 0;line-height:1.6}
.sm-par.sm-negative{border-color:#d6604d}.sm-par.sm-positive{border-color:#4393c3}
.sm-meta{font-size:.8rem;opacity:.75;margin-bottom:.2rem}
.sm-actor{background:#fff1a8;color:#222;border-radius:3px;padding:0 2px}
.sm-cue{text-decoration:underline 2px}
.sm-cue.sm-neg{text-decoration-color:#d6604d}.sm-cue.sm-pos{text-decoration-color:#4393c3}
.sm-tag{display:inline-block;border-radius:3px;padding:0 4px;margin-right:4px;color:#fff}
.sm-tag.sm-negative{background:#d6604d}.sm-tag.sm-neutral{background:#9e9e9e}
.sm-tag.sm-positive{background:#4393c3}
.sm-hit{background:#ffd54f;color:#222;border-radius:2px;font-weight:600}
.sm-removed{font-family:monospace;white-space:pre-wrap;background:#f6f6f6;color:#222;
padding:.2rem .4rem}
.sm-legend td{padding:.2rem .6rem;vertical-align:top}
</style>"""

#: Paragraphs shown under a chart selection; the full list is in the table and the exports.
MAX_SHOWN_PARAGRAPHS = 50
EVIDENCE_HELP = ("For each paragraph, the model scores the actor's sentences again with one word "
                 "left out at a time. The (at most five) words whose removal changes the stance "
                 "most are underlined: blue where the word pushed the stance toward positive, "
                 "red where it pushed toward negative. Hover a word for its weight.")


def esc(value: object) -> str:
    """Escaped text for HTML content and quoted attribute values."""
    return html.escape("" if value is None else str(value), quote=True)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a text to mark up: offsets into that text, a CSS class and a tooltip."""

    start: int
    end: int
    css: str
    title: str = ""


def highlight(text: str, spans: Iterable[Span]) -> str:
    """``text`` escaped, with non-overlapping ``spans`` wrapped in ``<span>`` (first one wins)."""
    out: list[str] = []
    cursor = 0
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        start, end = max(span.start, 0), min(span.end, len(text))
        if start < cursor or start >= end:
            continue  # overlaps a span already placed, or empty after clipping
        out.append(esc(text[cursor:start]))
        out.append(
            f'<span class="{esc(span.css)}" title="{esc(span.title)}">{esc(text[start:end])}</span>'
        )
        cursor = end
    out.append(esc(text[cursor:]))
    return "".join(out)


def search_spans(text: str, query: str) -> list[Span]:
    """Where the search box's terms (``filters.search_patterns``) match ``text``."""
    return [Span(m.start(), m.end(), "sm-hit", "search match")
            for pattern in search_patterns(query) for m in pattern.finditer(text)]


def _tag(label: str, body: str) -> str:
    return f'<span class="sm-tag sm-{esc(label)}">{body}</span>'


def paragraph_spans(pa: ParagraphAnalysis, *, actor: str | None = None) -> list[Span]:
    """Mentions (all, or of ``actor``) and evidence cues, as offsets into the paragraph text."""
    base = pa.paragraph.start
    spans = [
        Span(m.start - base, m.end - base, "sm-actor", f"{m.actor} ({m.via})")
        for m in pa.mentions
        if actor is None or m.actor == actor
    ]
    for stance in pa.stances:
        if actor is not None and stance.actor != actor:
            continue
        for cue in stance.evidence.cues:
            css = "sm-cue sm-neg" if cue.weight < 0 else "sm-cue sm-pos"
            title = f"{cue.kind} {cue.weight:+.2f} toward {stance.actor}"
            spans.append(Span(cue.start - base, cue.end - base, css, title))
    return spans


def paragraph_html(pa: ParagraphAnalysis, *, actor: str | None = None,
                   corrections: dict[str, str] | None = None, search: str = "") -> str:
    """One paragraph: its number, sentiment and stances, then its text with mentions marked
    (and the ``search`` terms' matches, where they do not overlap a mention or a cue)."""
    corrections = corrections or {}
    sentiment = pa.sentiment
    tags = [_tag(sentiment.label.value, f"sentiment {sentiment.compound:+.2f}")]
    for stance in pa.stances:
        if actor is not None and stance.actor != actor:
            continue
        fixed = corrections.get(stance.actor)
        note = f" → corrected: {esc(fixed)}" if fixed else ""
        text = f"{esc(stance.actor)} {stance.score:+.2f} {esc(stance.label.value)}{note}"
        tags.append(_tag(stance.label.value, text))
    text = pa.paragraph.text
    body = highlight(text, paragraph_spans(pa, actor=actor) + search_spans(text, search))
    return (
        f'<div class="sm-par sm-{esc(sentiment.label.value)}">'
        f'<div class="sm-meta">¶ {pa.paragraph.index} {"".join(tags)}</div>{body}</div>'
    )


def article_html(paragraphs: Sequence[ParagraphAnalysis], *, actor: str | None = None,
                 corrections: dict[int, dict[str, str]] | None = None, search: str = "") -> str:
    corrections = corrections or {}
    return "".join(
        paragraph_html(pa, actor=actor, corrections=corrections.get(pa.paragraph.index),
                       search=search)
        for pa in paragraphs
    )


def corrections_of(stances: pd.DataFrame) -> dict[int, dict[str, str]]:
    """The user's corrections among stance rows: paragraph -> actor -> corrected label."""
    out: dict[int, dict[str, str]] = {}
    fixed = stances[stances[Col.CORRECTED_LABEL].notna()]
    for row in fixed[[Col.PARAGRAPH, Col.ACTOR, Col.CORRECTED_LABEL]].itertuples(index=False):
        out.setdefault(int(row[0]), {})[str(row[1])] = str(row[2])
    return out


def removals_html(removed: Sequence[Removal]) -> str:
    """What cleaning dropped and why, one item per removal, in text order."""
    if not removed:
        return "<p>Cleaning removed nothing from this article.</p>"
    items = "".join(
        f"<li><b>{esc(r.reason)}</b> (characters {r.start}–{r.end})"
        f'<div class="sm-removed">{esc(r.text)}</div></li>'
        for r in sorted(removed, key=lambda r: r.start)
    )
    return f"<ul>{items}</ul>"


def _first_label(*values: object) -> str:
    for value in values:
        if isinstance(value, str) and value:
            return value
    return "neutral"


def rows_html(frame: pd.DataFrame, *, limit: int = MAX_SHOWN_PARAGRAPHS, search: str = "") -> str:
    """Paragraph rows (from the paragraphs or stances frame joined with text) as escaped cards,
    the ``search`` terms' matches highlighted."""
    parts = []
    for row in frame.head(limit).itertuples(index=False):
        values = row._asdict()
        label = _first_label(values.get(Col.STANCE_LABEL), values.get(Col.SENTIMENT_LABEL))
        meta = [f"{esc(values.get(Col.TITLE))} ¶ {esc(values.get(Col.PARAGRAPH))}"]
        if isinstance(values.get(Col.OUTLET), str):
            meta.append(esc(values[Col.OUTLET]))
        if isinstance(values.get(Col.ACTOR), str):
            fixed = " (corrected)" if isinstance(values.get(Col.CORRECTED_LABEL), str) else ""
            meta.append(_tag(str(label), f"{esc(values[Col.ACTOR])} "
                                         f"{float(values[Col.STANCE]):+.2f}{fixed}"))
        if Col.SENTIMENT in values and pd.notna(values[Col.SENTIMENT]):
            meta.append(f"sentiment {float(values[Col.SENTIMENT]):+.2f}")
        text = values.get(Col.TEXT)
        body = highlight(text, search_spans(text, search)) if isinstance(text, str) else esc(text)
        parts.append(
            f'<div class="sm-par sm-{esc(label)}"><div class="sm-meta">{" · ".join(meta)}</div>'
            f"{body}</div>"
        )
    more = len(frame) - limit
    if more > 0:
        parts.append(f"<p>… and {more} more (see the table and the exports).</p>")
    return "".join(parts)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:])")


def md_literal(text: object) -> str:
    """``text`` with every Markdown (and Streamlit directive) character backslash-escaped.

    For user text shown by Markdown-reading elements (``st.error``, ``st.caption``): a file name
    like ``[x](javascript:...)`` or ``:red[...]`` stays literal.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", "" if text is None else str(text))


def count(n: int, singular: str, plural: str | None = None) -> str:
    """``n`` and the noun agreeing with it: "1 article", "2 articles", "0 articles"."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def corrections_line(*, shown: int, kept: int, total: int) -> str:
    """What the Corrections page lists: "3 of 7 corrections pass the filters.", and when it
    lists fewer than pass, which ones ("the newest 500 are listed; ...")."""
    line = f"{kept} of {count(total, 'correction')} pass the filters."
    if shown < kept:
        line += (f" The newest {shown} are listed; narrow the filters to find the others "
                 "(the downloads below hold them all).")
    return line


def upload_summary(statuses: Sequence[str]) -> str:
    """One line for a batch of uploads: "2 files added, 1 already stored (duplicate), ..."."""
    added = sum(s == "added" for s in statuses)
    duplicate = sum(s == "duplicate" for s in statuses)
    failed = len(statuses) - added - duplicate
    parts = [f"{count(added, 'file')} added"]
    if duplicate:
        parts.append(f"{duplicate} already stored (duplicate)")
    if failed:
        parts.append(f"{failed} could not be read")
    return ", ".join(parts)


def when(iso: object) -> str:
    """A stored ISO timestamp (UTC) as people read it: "30 Nov 2026, 05:12 UTC"."""
    stamp = pd.to_datetime(iso, errors="coerce", utc=True)
    return "" if pd.isna(stamp) else f"{stamp:%d %b %Y, %H:%M} UTC"


def edit_line(kind: str, args: Sequence[str]) -> str:
    """One actor edit as a sentence ("Merged Ilse Odum into Karesh"), plain text (escape it)."""
    match (kind, *args):
        case ("rename", old, new):
            return f"Renamed {old} to {new}"
        case ("merge", source, into):
            return f"Merged {source} into {into}"
        case ("hide", name):
            return f"Hid {name}"
        case ("unhide", name):
            return f"Showed {name} again"
        case ("alias", actor, alias, kind_name):
            return f"“{alias}” counts as {actor} ({kind_name})"
        case ("actor", name, kind_name):
            return f"Looking for {name} ({kind_name})"
        case ("split", name, actor):
            return f"Split {name} off {actor}"
    return f"{kind}: {' → '.join(args)}"


def label_now(stances: pd.DataFrame, paragraph: object, actor: object) -> str | None:
    """The label an actor has in a paragraph now: the user's correction, else the model's."""
    row = stances[(stances[Col.PARAGRAPH] == paragraph) & (stances[Col.ACTOR] == actor)]
    if row.empty:
        return None
    fixed = row[Col.CORRECTED_LABEL].iloc[0]
    return str(fixed) if isinstance(fixed, str) and fixed else str(row[Col.STANCE_LABEL].iloc[0])


def text_html(text: object, *, tag: str = "p") -> str:
    """One piece of user text (a title, an outlet) as an escaped element."""
    return f"<{tag}>{esc(text)}</{tag}>"


# --- drawing -----------------------------------------------------------------------------------


def show_html(body: str) -> None:
    """Draw markup built by the ``*_html`` functions above (already escaped) with the CSS."""
    import streamlit as st

    st.html(CSS + body)


def show_rows(frame: pd.DataFrame, *, heading: str | None = None, search: str = "") -> None:
    """The paragraphs behind a chart click (nothing when nothing is picked), the ``search``
    terms' matches highlighted."""
    if frame.empty:
        return
    title = heading or f"{count(len(frame), 'paragraph')} behind your selection"
    show_html(text_html(title, tag="h4") + rows_html(frame, search=search))


def show_behind(behind: Behind, *, heading: str | None = None, search: str = "") -> None:
    """The first paragraphs behind a chart click, as ``store.reads`` read them, and how many
    there are in all (nothing when nothing is picked)."""
    if behind.rows.empty:
        return
    title = heading or f"{count(behind.total, 'paragraph')} behind your selection"
    more = behind.total - len(behind.rows)
    note = (text_html(f"Showing {len(behind.rows)} of {behind.total}, the newest articles "
                      "first; the exports below have them all.") if more > 0 else "")
    show_html(text_html(title, tag="h4") + note
              + rows_html(behind.rows, limit=len(behind.rows), search=search))


@dataclass(frozen=True)
class _Unvalidated:
    """``chart`` whose ``to_dict`` skips the check against the Vega-Lite schema: the charts are
    ours, and ``tests/test_charts.py`` checks each one's spec (validated) already."""

    chart: alt.TopLevelMixin

    def to_dict(self) -> dict[str, Any]:
        return self.chart.to_dict(validate=False)


def _vega_lite_spec(chart: alt.TopLevelMixin) -> dict[str, Any] | None:
    """What ``st.altair_chart`` sends for ``chart`` (its Vega-Lite spec, the data as Arrow
    datasets), or None where this Streamlit has no such converter."""
    try:
        from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec
    except ImportError:
        return None
    return _convert_altair_to_vega_lite_spec(_Unvalidated(chart))  # type: ignore[arg-type]


def named_by_position(spec: dict[str, Any], *, prefix: str) -> dict[str, Any]:
    """``spec`` with its datasets renamed ``{prefix}_0``, ``{prefix}_1``, … in order.

    Streamlit names each dataset by a hash of its rows, so new rows made a new spec, and the
    browser built a new Vega view for it on every filter change. With names that stay, a spec
    that does not depend on its rows (``dashboard.charts`` builds them so) is the last run's,
    and the browser only swaps the rows into the view it has: about 15% less renderer time
    per filter change on the Overview (``benchmarks/bench_dashboard.py``, 10^5 articles).
    """
    names = {old: f"{prefix}_{i}" for i, old in enumerate(spec.get("datasets", {}))}

    def rename(node: Any) -> Any:  # the references: {"data": {"name": ...}} at any depth
        if isinstance(node, dict):
            return {key: (names.get(value, value) if key == "name" and isinstance(value, str)
                          else rename(value))
                    for key, value in node.items()}
        if isinstance(node, list):
            return [rename(item) for item in node]
        return node

    renamed = {key: rename(value) for key, value in spec.items() if key != "datasets"}
    if names:
        renamed["datasets"] = {names[old]: rows for old, rows in spec["datasets"].items()}
    return renamed


def _chart_spec(builder: str, args: tuple[Any, ...], options: tuple[tuple[str, Any], ...]
                ) -> dict[str, Any] | None:
    spec = _vega_lite_spec(getattr(charts, builder)(*args, **dict(options)))
    return None if spec is None else named_by_position(spec, prefix=builder)


@functools.cache
def _cached_spec() -> Callable[..., dict[str, Any] | None]:
    """``_chart_spec`` under ``st.cache_data`` (made on first use: Streamlit is imported late)."""
    import streamlit as st

    return st.cache_data(show_spinner=False, max_entries=64)(_chart_spec)


def chart_spec(builder: Callable[..., alt.TopLevelMixin], *args: Any, **options: Any
               ) -> dict[str, Any] | None:
    """The Vega-Lite spec ``show_chart`` sends for ``builder(*args, **options)``, cached."""
    call = (builder.__name__, args, tuple(sorted(options.items())))
    if getattr(charts, call[0], None) is not builder:
        raise ValueError(f"not a dashboard.charts function: {builder!r}")
    return _cached_spec()(*call)


def show_chart(builder: Callable[..., alt.TopLevelMixin], *args: Any, key: str, name: str,
               **options: Any) -> Any:
    """Draw ``builder(*args, **options)`` (a ``dashboard.charts`` function) with click
    selections on, plus PNG/SVG downloads; return the event.

    The chart's Vega-Lite spec is cached per builder and arguments (the numbers a page shows
    are cached already): building an Altair chart and validating it against the Vega-Lite
    schema took most of a rerun's time in the web process (~0.3 s for the Overview's two
    charts), for the same spec as the last run's whenever the filter change did not touch it.
    """
    import streamlit as st

    spec = chart_spec(builder, *args, **options)
    if spec is None:  # no converter in this Streamlit: the chart itself
        event = st.altair_chart(builder(*args, **options), key=key, on_select="rerun",
                                width="stretch")
    else:
        event = st.vega_lite_chart(spec=spec, key=key, on_select="rerun", width="stretch")
    left, right, _ = st.columns([1, 1, 4])
    # Deferred (callable) data: the chart is built and vl-convert runs only when a button is
    # clicked.
    left.download_button("PNG", data=lambda: charts.chart_png(builder(*args, **options)),
                         file_name=f"{name}.png", mime="image/png", key=f"{key}_png",
                         on_click="ignore")
    right.download_button("SVG", data=lambda: charts.chart_svg(builder(*args, **options)),
                          file_name=f"{name}.svg", mime="image/svg+xml", key=f"{key}_svg",
                          on_click="ignore")
    return event


def show_counts(slot: Any, counts: Any) -> None:
    """The Overview's line of what the filters keep (``aggregates.overview_counts``), in
    ``slot`` (an ``st.empty`` placed above the chart before the counts were read)."""
    slot.caption(f"{counts.articles_kept} of {counts.articles_stored} articles · "
                 f"{counts.paragraphs_kept} paragraphs · {counts.actors_kept} actors, after "
                 "the filters")


def reanalyse(store: Store, article_ids: list[int] | None, *, why: str) -> str:
    """Queue stored articles' re-analysis (``None``: all) as jobs for the worker processes (the
    web process analyses nothing); return a one-line notice.

    Every page that re-analyses (actor merges, aliases and undos, "keep the original text") goes
    through here, so the jobs and the notice are the same everywhere.
    """
    from store import jobs

    ids = article_ids if article_ids is not None else store.article_ids()
    store.enqueue(jobs.new_batch(), [jobs.rescore_job(i) for i in ids])
    return (f"{why}: {count(len(ids), 'article')} queued to be re-analysed; "
            "the charts follow as each one is done")


def show_downloads(frame: pd.DataFrame, *, key: str, name: str) -> None:
    """CSV and JSON downloads of a (filtered) frame; disabled when it has no rows."""
    download_buttons(csv=lambda: charts.frame_csv(frame), json=lambda: charts.frame_json(frame),
                     key=key, name=name, disabled=frame.empty)


def download_buttons(*, csv: Callable[[], bytes], json: Callable[[], bytes], key: str,
                     name: str, disabled: bool) -> None:
    """CSV and JSON download buttons; ``csv`` and ``json`` run only when one is clicked."""
    import streamlit as st

    left, right, _ = st.columns([1, 1, 4])
    left.download_button(f"{name}.csv", data=csv, file_name=f"{name}.csv", mime="text/csv",
                         key=f"{key}_csv", on_click="ignore", disabled=disabled)
    right.download_button(f"{name}.json", data=json, file_name=f"{name}.json",
                          mime="application/json", key=f"{key}_json", on_click="ignore",
                          disabled=disabled)


def legend_html() -> str:
    """A key to the marks on paragraphs, drawn with the very classes the paragraphs use."""
    rows = [
        ('<span class="sm-actor">Norway</span>',
         "a mention of an actor (hover: the actor, and how the mention was found)"),
        ('<span class="sm-cue sm-neg">condemned</span>',
         "a word that pushed the stance toward an actor down (hover: its kind and weight)"),
        ('<span class="sm-cue sm-pos">praised</span>', "a word that pushed it up"),
        ('<span class="sm-hit">harbour</span>', "matches the search in the sidebar"),
        (_tag("negative", "sentiment −0.40") + _tag("neutral", "Canada +0.02 neutral")
         + _tag("positive", "Norway +0.61 positive"),
         "a paragraph's sentiment, then each actor's stance score and label; "
         "“→ corrected” when a user fixed the label"),
        ('<div class="sm-par sm-negative" style="margin:0">…</div>',
         "the bar on the left: the paragraph's sentiment label (red negative, grey neutral, "
         "blue positive)"),
    ]
    items = "".join(f"<tr><td>{mark}</td><td>{esc(meaning)}</td></tr>" for mark, meaning in rows)
    return f'<table class="sm-legend">{items}</table>'


def delete_article(store: Store, article_id: int, *, keep: int = 5) -> None:
    """Delete an article and keep its rows in the session (the last ``keep``) for an undo."""
    import streamlit as st

    from dashboard.state import Key

    gone = store.delete_article(article_id)
    if gone is not None:
        st.session_state[Key.DELETED] = [*st.session_state.get(Key.DELETED, []), gone][-keep:]
