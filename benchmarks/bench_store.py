"""How long the store takes to answer the Overview, on SQLite or PostgreSQL: frames against SQL.

    .venv/bin/python -m benchmarks.bench_store --articles 10000 --db PATH_OR_URL [--repeat 3]
        [--actor-tail]

Fills the store with synthetic articles up to ``--articles`` (bulk path; a store that has them
already is reused), then reports, best of ``--repeat``: loading the stances and paragraphs
frames (what the dashboard does today before any chart), and ``Store.actor_summary`` (the actor
comparison computed in the database) with no filter, an actor filter, a date range and a search.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from datetime import date
from typing import Any

from benchmarks.synthetic import fill_up_to
from store.aggregates import StanceQuery
from store.core import Store
from store.search import search_terms

QUERIES = {
    "summary_all": StanceQuery(),
    "summary_3_actors": StanceQuery(actors=("Russia", "Ukraine", "NATO")),
    "summary_one_month": StanceQuery(date_from=date(2024, 5, 1), date_to=date(2024, 5, 31),
                                     include_undated=False),
    "summary_search": StanceQuery(search=search_terms("sanctions")),
}


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t0)
    return min(times), out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_store")
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--db", required=True, help="a SQLite path or a postgresql:// URL")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--actor-tail", action="store_true",
                        help="fill with a long tail of actors (benchmarks.synthetic)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    store = Store(args.db)
    report: dict[str, Any] = {"db": store.db.dialect.name}
    t0 = time.perf_counter()
    report["articles"] = fill_up_to(store, args.articles, tail=args.actor_tail)
    report["fill_s"] = round(time.perf_counter() - t0, 2)
    seconds, frame = best(store.stances_frame, args.repeat)
    report["stances_frame_s"], report["stance_rows"] = round(seconds, 3), len(frame)
    del frame
    seconds, frame = best(store.paragraphs_frame, args.repeat)
    report["paragraphs_frame_s"], report["paragraph_rows"] = round(seconds, 3), len(frame)
    del frame
    for name, query in QUERIES.items():
        seconds, summary = best(lambda q=query: store.actor_summary(q), args.repeat)
        report[f"{name}_s"] = round(seconds, 3)
        report[f"{name}_actors"] = len(summary)
    store.close()
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:28s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
