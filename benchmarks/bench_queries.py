"""How long the Overview's aggregations take in the database, on an existing store.

    .venv/bin/python -m benchmarks.bench_queries --db PATH_OR_URL [--repeat 3] [--rows]

Opens the store (timed: a store made before migration 6 gets its indexes and the ``stance_days``
summary here, once), then times, best of ``--repeat``, each aggregation the Overview's first
screen needs (``store.aggregates``) for the default view and for one outlet and a date range.
Then the views that are not the first screen's: the actor x article and actor x outlet
heatmaps and the articles or outlets under them, and the counts and actor summary for chosen
articles and for a selective search.
``--rows`` also times the row path (every stance row read, no summary), for comparison.
``--columns`` builds the column mirror (``store.columns``, in a child process, timed) and then
times every query with it, as a dashboard has it once its mirror is ready.
Nothing is written but the migration: fill a store first (``benchmarks.synthetic``,
``benchmarks.bench_store``).
"""

from __future__ import annotations

import argparse
import resource
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from store import aggregates, columns
from store.aggregates import StanceQuery
from store.core import Store
from store.db import open_db
from store.schema import Col
from store.search import search_terms

QUERIES = {
    "default": StanceQuery(),
    "outlet+dates": StanceQuery(outlets=("Harbour Gazette",), date_from=date(2024, 3, 1),
                                date_to=date(2024, 5, 31)),
    # one common actor picked (~750,000 stance rows at 10^5 articles)
    "actor": StanceQuery(actors=("Russia",)),
    # several: their paragraphs are the union per article (stance_articles' paragraph sets)
    "3 actors": StanceQuery(actors=("Russia", "Ukraine", "United States")),
    # a stance range on the slider's grid: the sums from stance_bands, the counts from the rows
    "stance range": StanceQuery(stance=(0.2, 1.0)),
    # a sentiment range on the grid: the sums from sentiment_bands, the counts' paragraphs from
    # the paragraphs
    "sentiment range": StanceQuery(sentiment=(-0.5, 0.25)),
    # a paragraph position range on the grid: the sums from position_bands
    "position range": StanceQuery(position=(0.0, 0.25)),
    # two ranges on the grid: the actor summary and the busiest from actor_range_bands, the
    # counts' paragraphs, the timeline and the heatmaps from the rows
    "sentiment+position": StanceQuery(sentiment=(-1.0, 0.8), position=(0.0, 0.9)),
    # and with a date range or an outlet: everything from the rows
    "2 ranges+dates": StanceQuery(stance=(0.2, 1.0), sentiment=(-0.5, 0.25),
                                  date_from=date(2024, 3, 1), date_to=date(2024, 5, 31)),
    "2 ranges+outlet": StanceQuery(stance=(0.2, 1.0), sentiment=(-0.5, 0.25),
                                   outlets=("Harbour Gazette",)),
}
#: Narrow queries: a few chosen articles, and a search few paragraphs match (the synthetic
#: articles' first paragraph ends in the article's number).
NARROW = {
    "articles": StanceQuery(articles=(11, 2_000, 35_000, 70_001, 99_999)),
    "search": StanceQuery(search=search_terms('"(4711)"')),
}

#: Actors on the timeline when none is picked, as the Overview has it.
TIMELINE_ACTORS = 5


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return min(times), out


def time_queries(store: Store, repeat: int) -> list[tuple[str, float, str]]:
    """(what, seconds, what came back) for each aggregation and query."""
    out = []
    for name, query in QUERIES.items():
        seconds, summary = best(lambda q=query: aggregates.actor_summary(store.db, q), repeat)
        out.append((f"{name} actor_summary", seconds, f"{len(summary)} actors"))
        seconds, counts = best(lambda q=query: aggregates.overview_counts(store.db, q), repeat)
        out.append((f"{name} overview_counts", seconds,
                    f"{counts.articles_kept}/{counts.articles_stored} articles, "
                    f"{counts.paragraphs_kept} paragraphs"))
        seconds, actors = best(lambda q=query: aggregates.busiest(
            store.db, q, TIMELINE_ACTORS), repeat)
        out.append((f"{name} busiest", seconds, ", ".join(actors)))
        seconds, timeline = best(lambda q=query, a=actors: aggregates.stance_timeline(
            store.db, q, actors=list(q.actors) or a), repeat)
        out.append((f"{name} stance_timeline", seconds,
                    f"{len(timeline.frame)} points per {timeline.period}"))
        out.extend(time_heatmap(store, name, query, repeat))
    for name, query in NARROW.items():
        seconds, summary = best(lambda q=query: aggregates.actor_summary(store.db, q), repeat)
        out.append((f"{name} actor_summary", seconds, f"{len(summary)} actors"))
        seconds, counts = best(lambda q=query: aggregates.overview_counts(store.db, q), repeat)
        out.append((f"{name} overview_counts", seconds,
                    f"{counts.articles_kept} articles, {counts.paragraphs_kept} paragraphs"))
        out.extend(time_heatmap(store, name, query, repeat))
    return out


def time_heatmap(store: Store, name: str, query: StanceQuery,
                 repeat: int) -> list[tuple[str, float, str]]:
    """The "by article" and "by outlet" views: the actor x article and actor x outlet heatmaps,
    and how many articles or outlets they cap."""
    out = []
    for by, what in ((Col.TITLE, "articles"), (Col.OUTLET, "outlets")):
        seconds, shown = best(lambda b=by: aggregates.heatmap(store.db, query, by=b), repeat)
        out.append((f"{name} heatmap({by})", seconds,
                    f"{len(shown.cells)} cells of {shown.columns_kept} {what}"))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_queries")
    parser.add_argument("--db", required=True, help="a SQLite path or a postgresql:// URL")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--rows", action="store_true", help="also time the row path")
    parser.add_argument("--columns", action="store_true",
                        help="build the column mirror first and read through it")
    args = parser.parse_args(argv)
    start = time.perf_counter()
    store = Store(args.db)
    print(f"{'open (and migrate)':34s} {time.perf_counter() - start:8.3f} s"
          f"   schema {store.schema_version}, {store.count_articles()} articles")
    if args.columns:
        start = time.perf_counter()
        built = columns.MIRRORS.start(store.db)
        if built is None:
            parser.error("a store in memory has no column mirror")
        built.join()
        with open_db(store.db) as conn:
            mirror = columns.MIRRORS.find(conn)
        if mirror is None:
            parser.error("the column mirror was not built (see the log above)")
        size = mirror.path.stat().st_size / 2**20
        print(f"{'column mirror built':34s} {time.perf_counter() - start:8.3f} s"
              f"   {size:.0f} MiB on disk")
    for what, seconds, said in time_queries(store, args.repeat):
        print(f"{what:34s} {seconds:8.3f} s   {said}")
    if args.rows:
        aggregates.use_summary = lambda query: False  # every query on the stance rows
        aggregates.use_days = lambda query, **_: False
        for what, seconds, said in time_queries(store, 1):
            print(f"{'rows: ' + what:34s} {seconds:8.3f} s   {said}")
    # the process's peak: the store's caches, and with --columns the mirror's working memory
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory':34s} {peak:8.0f} MB")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
