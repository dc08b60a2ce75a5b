"""Cached access to the store, shared by every page and session.

The ``Store`` (a path or URL; it borrows a connection per call) is a ``st.cache_resource`` keyed
on ``STANCEMAP_DB``, so tests that point it somewhere else get their own store. What pages read
is small (sidebar options, bounded article choices, chart aggregates, the first rows behind a
click: ``store.reads`` and ``store.aggregates``), and cached with ``st.cache_data`` keyed on the
store's location, its ``data_version()`` (which every write bumps: an upload, an actor edit or a
correction invalidates them, nothing else does) and the query, a frozen dataclass of plain
values: a rerun that changes no filter reads nothing from the store.

No page reads a whole table: at 10^5 articles (~9 million stance rows) they do not fit the
dashboard (``tests/test_app.py`` makes whole-table reads fail under every page).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Collection, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd
import streamlit as st
from streamlit.runtime.scriptrunner import add_script_run_ctx, get_script_run_ctx

from analysis.types import ArticleAnalysis
from dashboard.filters import Filters, for_some_articles, stance_query
from store import aggregates, columns, reads
from store.aggregates import StanceQuery
from store.core import DB_ENV, Store


@dataclass(frozen=True, slots=True)
class Options:
    """What the sidebar filters offer: a few small queries (``store.reads``), so every run can
    read it cheaply. Articles are not among them: see ``article_choices``."""

    outlets: list[str]
    n_actors: int  # how many actor names are shown (actor edits applied, hidden ones out)
    first_date: date | None
    last_date: date | None
    undated: int  # articles without a publication date
    n_articles: int


@st.cache_resource(show_spinner=False)
def _store_at(db_env: str) -> Store:
    # the argument is only the cache key: Store.from_env reads the same variable
    del db_env
    store = Store.from_env()
    if columns.wanted(store.db):
        # a big store: the charts under two or three ranges read a column mirror once a child
        # process has built it (half a minute at 10^5 articles); the store answers until then
        columns.MIRRORS.start(store.db)
    return store


def get_store() -> Store:
    return _store_at(os.environ.get(DB_ENV, "").strip())


def add_samples(store: Store) -> str:
    """Queue the illustrative sample articles for the workers; the batch id (for the Upload
    page, which shows their progress)."""
    from dashboard.seed import queue_samples
    from store.jobs import new_batch

    batch = new_batch()
    queue_samples(store, batch)
    return batch


@st.cache_data(show_spinner=False, max_entries=4)
def _options(_store: Store, location: str, version: int) -> Options:
    span = reads.date_span(_store.db)
    return Options(outlets=reads.outlets(_store.db), n_actors=reads.shown_actor_count(_store.db),
                   first_date=span.first, last_date=span.last, undated=span.undated,
                   n_articles=_store.count_articles())


def load_options(store: Store) -> Options:
    """The sidebar's options as of the store's current data version."""
    return _options(store, store.location, store.data_version())


@st.cache_data(show_spinner=False, max_entries=32)
def _actors_named(_store: Store, location: str, version: int, name: str) -> list[str]:
    return reads.shown_actors_named(_store.db, name, limit=reads.ACTOR_CHOICES)


def actor_choices(store: Store, *, name: str = "") -> list[str]:
    """The shown actors an actor widget offers, in alphabetical order: those with every word
    of ``name`` when words are typed; else all of them, or where there are more than
    ``store.reads.ACTOR_CHOICES`` (a browser would receive every name on every run), the ones
    with the most paragraphs."""
    name = name.strip()
    if name or load_options(store).n_actors <= reads.ACTOR_CHOICES:
        return _actors_named(store, store.location, store.data_version(), name)
    return sorted(aggregate(store, "busiest", stance_query(Filters()), reads.ACTOR_CHOICES))


@st.cache_data(show_spinner=False, max_entries=32)
def _still_shown(_store: Store, location: str, version: int, names: tuple[str, ...]
                 ) -> frozenset[str]:
    return frozenset(reads.shown_among(_store.db, names))


def still_shown(store: Store, names: Collection[str]) -> frozenset[str]:
    """Which of the actor names a widget holds are shown now (not renamed, merged or hidden
    away since it was picked)."""
    if not names:
        return frozenset()
    return _still_shown(store, store.location, store.data_version(), tuple(sorted(names)))


def timeline_actors(store: Store, query: StanceQuery, summary: pd.DataFrame, *,
                    max_actors: int) -> list[str]:
    """The Overview's timeline actors where none are picked: the ``MAX_TIMELINE_ACTORS`` with
    the most kept paragraphs, read off the actor ``summary`` (of ``max_actors``) when it holds
    them, else from the store."""
    from dashboard.charts import MAX_TIMELINE_ACTORS

    if max_actors >= MAX_TIMELINE_ACTORS:
        return aggregates.busiest_in(summary, MAX_TIMELINE_ACTORS)
    return aggregate(store, "busiest", query, MAX_TIMELINE_ACTORS)


def warm_overview(store: Store) -> None:
    """Read what a first visitor's Overview shows into the caches: the sidebar's options and
    articles, then the Overview's counts, actor summary and timeline for the default filters,
    and its two charts' specs.

    ``python -m dashboard`` runs it in a thread while the server starts and the first browser
    loads Streamlit's frontend, so the first page run finds them ready. It makes the calls that
    ``app.py`` and ``views/overview.py`` make in a new session (``tests/test_app.py`` checks that
    such a run then reads none of them from the store).
    """
    from dashboard import charts, render
    from dashboard.state import DEFAULTS, Key

    load_options(store)
    actor_choices(store)
    titles_of(store, [])  # the sidebar's article widget holds none yet
    article_choices(store, None, title="")
    query = stance_query(Filters())
    aggregate(store, "overview_counts", query)
    summary = aggregate(store, "actor_summary", query, max_actors=int(DEFAULTS[Key.MAX_ACTORS]))
    if summary.empty:
        return
    render.chart_spec(charts.actor_comparison, summary)
    busiest = timeline_actors(store, query, summary, max_actors=int(DEFAULTS[Key.MAX_ACTORS]))
    timeline = aggregate(store, "stance_timeline", query, actors=tuple(busiest))
    if not timeline.frame.empty:
        render.chart_spec(charts.stance_timeline, timeline)


# The small reads below are cached keyed on the store, its data version and the query (frozen
# dataclasses of plain values): a rerun that changed no filter reads nothing.

@st.cache_data(show_spinner=False, max_entries=64)
def _article_choices(_store: Store, location: str, version: int, query: StanceQuery | None,
                     title: str) -> dict[int, str]:
    return reads.article_choices(_store.db, query, title=title)


def article_choices(store: Store, query: StanceQuery | None = None, *,
                    title: str = "") -> dict[int, str]:
    """At most ``store.reads.ARTICLE_CHOICES`` articles (id -> title), newest first, passing
    the article filters of ``query`` and with ``title`` in their title."""
    return _article_choices(store, store.location, store.data_version(), query, title.strip())


@st.cache_data(show_spinner=False, max_entries=64)
def _titles(_store: Store, location: str, version: int, ids: tuple[int, ...]) -> dict[int, str]:
    return reads.titles_of(_store.db, ids)


def titles_of(store: Store, article_ids: Sequence[int]) -> dict[int, str]:
    """The titles of the stored ones of ``article_ids`` (the others are not stored any more)."""
    return _titles(store, store.location, store.data_version(),
                   tuple(sorted({int(i) for i in article_ids})))


@st.cache_data(show_spinner=False, max_entries=128)
def _aggregate(_store: Store, location: str, version: int, name: str, query: StanceQuery,
               args: tuple[Any, ...], options: tuple[tuple[str, Any], ...]) -> Any:
    return getattr(aggregates, name)(_store.db, query, *args, **dict(options))


def aggregate(store: Store, name: str, query: StanceQuery, *args: Any, **options: Any) -> Any:
    """``store.aggregates.<name>(db, query, *args, **options)``: a chart's numbers computed in
    the database, cached per store, data version, query and arguments (hashable values)."""
    if name not in aggregates.__all__:
        raise ValueError(f"not an aggregation: {name!r}")
    return _aggregate(store, store.location, store.data_version(), name, query,
                      tuple(args), tuple(sorted(options.items())))


#: Threads reading aggregates beside a page run (``aggregate_soon``), shared by all sessions.
READER_THREADS = 2
#: Where a session keeps its last ``aggregate_soon`` read, to drop it if it has not started.
_PENDING_READ = "_pending_read"


@st.cache_resource(show_spinner=False)
def _readers() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=READER_THREADS, thread_name_prefix="stancemap-read")


def aggregate_soon(store: Store, name: str, query: StanceQuery, *args: Any,
                   **options: Any) -> Future[Any]:
    """``aggregate``, for numbers the page shows further down: where ``query`` reads stance
    rows (no summary covers its filters), started now in a reader thread, so the query runs
    while the page reads and draws what comes first (sqlite3 and psycopg let the other threads
    run while a query does). Under a stance range the Overview's counts read the stance rows
    (1.8 s at 10^5 articles on SQLite; 0.3-0.5 s since migration 13 counts them off
    ``paragraph_bands``) while the actor summary and the timeline are summed from
    ``stance_bands`` (0.3 s each). Over the summaries it runs at once, in the page's thread:
    there the counting is in Python (several picked actors' paragraph union), and a thread only
    slowed the page (0.33 to 0.36 s a pick).

    The session's read from the run before is dropped if it has not started yet, so a
    slider dragged along leaves no queue of stale reads ahead of the last one."""
    if aggregates.use_summary(query):
        done: Future[Any] = Future()
        done.set_result(aggregate(store, name, query, *args, **options))
        return done
    ctx = get_script_run_ctx(suppress_warning=True)

    def read() -> Any:
        if ctx is not None:  # the cache looks for the page's context in the calling thread
            add_script_run_ctx(threading.current_thread(), ctx)
        return aggregate(store, name, query, *args, **options)

    earlier = st.session_state.get(_PENDING_READ)
    if isinstance(earlier, Future):
        earlier.cancel()  # nothing happens to one already running
    st.session_state[_PENDING_READ] = future = _readers().submit(read)
    return future


@st.cache_data(show_spinner=False, max_entries=16)
def _busy(_store: Store, location: str, version: int, query: StanceQuery) -> list[str]:
    return reads.busy_actors(_store.db, query)


def subset_filters(store: Store, filters: Filters) -> Filters | None:
    """``filters`` for reading some articles' rows (``filters.for_some_articles``), the actors
    that meet the minimum of mentions read in SQL and cached."""
    busy = (_busy(store, store.location, store.data_version(), stance_query(filters))
            if filters.min_mentions > 1 else [])
    return for_some_articles(filters, busy=busy)


@st.cache_data(show_spinner="Finding the paragraphs…", max_entries=32)
def _behind(_store: Store, location: str, version: int, query: StanceQuery,
            picks: tuple[reads.Pick, ...], stances: bool) -> reads.Behind:
    read = reads.stances_behind if stances else reads.paragraphs_behind
    return read(_store.db, query, picks)


def stances_behind(store: Store, query: StanceQuery, picks: Sequence[reads.Pick]
                   ) -> reads.Behind:
    """The first stance rows (with text) behind a chart's picks, and how many in all."""
    return _behind(store, store.location, store.data_version(), query, tuple(picks), True)


def paragraphs_behind(store: Store, query: StanceQuery, picks: Sequence[reads.Pick]
                      ) -> reads.Behind:
    """The first paragraphs behind a chart's picks (articles, outlets, dates), and how many."""
    return _behind(store, store.location, store.data_version(), query, tuple(picks), False)


@st.cache_data(show_spinner="Finding the words that move the stance…", max_entries=16)
def _explained(_store: Store, location: str, version: int, article_id: int, actor: str,
               paragraphs: tuple[int, ...]) -> ArticleAnalysis:
    from analysis.stance import TRANSFORMER, get_scorer
    from analysis.stance.explain import explain_article

    return explain_article(_store.article(article_id), scorer=get_scorer(TRANSFORMER),
                           actor=actor, paragraphs=paragraphs)


def explained_article(store: Store, article_id: int, *, actor: str,
                      paragraphs: tuple[int, ...]) -> ArticleAnalysis:
    """The stored article with model-true evidence (occlusion) for ``actor`` in ``paragraphs``.

    One model run per word of the actor's sentences, so only what the reader looks at is
    explained, and the result is cached until the store changes.
    """
    return _explained(store, store.location, store.data_version(), int(article_id), actor,
                      tuple(sorted(paragraphs)))
