"""The Overview's downloads, built from the store when a download is clicked, never held.

A page run only draws the buttons; Streamlit calls the deferred ``data=`` callable on the click.
The filtered rows are then read an article batch at a time (``Store.stances_frame`` and
``paragraphs_frame`` with ``article_ids``) and filtered by ``dashboard.filters``, the rule every
page uses, so a batch never holds more than ``ARTICLE_BATCH`` articles' rows. The one filter that
needs all the rows, the minimum of mentions per actor, is resolved first in SQL
(``filters.for_some_articles``) and passed to each batch as the actors that meet it.

CSV and JSON are written batch by batch. The HTML report needs no rows at all: its charts and
tables are the database's aggregations (``store.aggregates``) and a few rows (``store.reads``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

import pandas as pd

from dashboard import charts, report
from dashboard.filters import (
    Filters,
    apply_paragraphs,
    apply_stances,
    for_some_articles,
    stance_query,
)
from store import aggregates, reads
from store.core import Store

#: Articles read at once for an export.
ARTICLE_BATCH = 500


def filtered_batches(store: Store, filters: Filters, *, batch: int | None = None
                     ) -> Iterator[tuple[pd.DataFrame, pd.DataFrame]]:
    """The stance rows and paragraphs ``filters`` keep, ``batch`` (``ARTICLE_BATCH``) articles
    at a time."""
    batch = batch or ARTICLE_BATCH
    # no cached call here: Streamlit runs this on the click, outside any page run
    busy = (reads.busy_actors(store.db, stance_query(filters)) if filters.min_mentions > 1
            else [])
    local = for_some_articles(filters, busy=busy)
    if local is None:
        return
    ids = reads.article_ids(store.db, stance_query(filters))
    for start in range(0, len(ids), batch):
        chunk = ids[start:start + batch]
        stances = store.stances_frame(article_ids=chunk)
        paragraphs = store.paragraphs_frame(article_ids=chunk)
        yield (apply_stances(stances, local, paragraphs=paragraphs),
               apply_paragraphs(paragraphs, local, stances=stances))


def _joined(parts: Iterator[pd.DataFrame], encode: Callable[[pd.DataFrame], bytes],
            join: Callable[[list[bytes]], bytes]) -> bytes:
    return join([encode(part) for part in parts if not part.empty])


def _csv_join(parts: list[bytes]) -> bytes:
    # every part starts with the same header line; keep the first one only
    return b"".join([parts[0], *(p.split(b"\r\n", 1)[1] for p in parts[1:])]) if parts else b""


def _json_join(parts: list[bytes]) -> bytes:
    # every part is one JSON array of records; splice them into one
    return b"[" + b",".join(p.strip()[1:-1] for p in parts) + b"]"


def export(store: Store, filters: Filters, *, rows: str, fmt: str) -> bytes:
    """The filtered ``rows`` ("stances" or "paragraphs") as ``fmt`` ("csv" or "json")."""
    which = {"stances": 0, "paragraphs": 1}[rows]
    encode, join = {"csv": (charts.frame_csv, _csv_join),
                    "json": (charts.frame_json, _json_join)}[fmt]
    return _joined((pair[which] for pair in filtered_batches(store, filters)), encode, join)


def report_data(store: Store, filters: Filters, *, max_actors: int) -> report.ReportData:
    """What the report of the view ``filters`` make shows, computed by the database (the
    aggregations the Overview draws, and a few rows): never the view's rows themselves."""
    query = stance_query(filters)
    counts = aggregates.overview_counts(store.db, query)
    summary = aggregates.actor_summary(store.db, query, max_actors=max_actors)
    timeline = None if summary.empty else aggregates.stance_timeline(
        store.db, query, actors=aggregates.busiest(store.db, query, charts.MAX_TIMELINE_ACTORS))
    n = report.MAX_EXTREME_PARAGRAPHS
    return report.ReportData(
        summary=summary, all_actors=counts.actors_kept, timeline=timeline,
        sentiment=aggregates.outlet_sentiment(store.db, query),
        articles=reads.articles_in_view(store.db, query, limit=report.MAX_ARTICLE_ROWS),
        n_articles=counts.articles_kept, n_paragraphs=counts.paragraphs_kept,
        most_against=reads.extreme_stances(store.db, query, n=n, lowest=True),
        most_for=reads.extreme_stances(store.db, query, n=n, lowest=False),
        n_articles_stored=counts.articles_stored)


def report_html(store: Store, filters: Filters, *, titles: Mapping[object, str],
                max_actors: int) -> str:
    """The HTML report (``dashboard.report``) of the view ``filters`` make."""
    return report.render_view(report_data(store, filters, max_actors=max_actors),
                              filters=filters, titles=titles)
