"""Speed of ``ingest`` through jobs and worker processes (1 and 2), and on a Dask LocalCluster.

    .venv/bin/python -m benchmarks.bench_ingest [--articles 2000] [--workers 1 2] [--dask 2]
                                                [--scorer transformer|linear|rules] [--json]

A JSONL corpus of synthetic articles (``benchmarks.synthetic``: the same seed, the same texts) is
queued one job per row, as ``python -m analysis ingest`` does (``store.batch.queue_paths``), and
run by a ``WorkerPool`` of each size into a fresh store. Reports articles a second over the whole
run (the workers' start and model loading included) and over the steady part (from the first
finished job to the last), the speed-up of 2 workers over 1 (target: at least 1.8, on a machine
with 2 idle cores), the same batch through ``--scheduler`` on a LocalCluster of 2 worker
processes against the 2 local workers (target: at least 0.85, i.e. within 15%), and the peak
resident memory (VmHWM) of each worker.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from analysis.stance import DEFAULT_SCORER, SCORERS
from benchmarks.synthetic import synthetic_articles
from store import jobs
from store.batch import queue_paths
from store.core import Store
from store.db import open_db
from store.jobs import JobOptions
from store.pool import WorkerPool

TARGETS = {"speedup_2_workers_min": 1.8, "dask_2_vs_local_2_min": 0.85}


def write_corpus(path: Path, n_articles: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for analysis, raw_text in synthetic_articles(n_articles, seed=11):
            out.write(json.dumps({"title": analysis.title, "text": raw_text}) + "\n")


def peak_rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def finished_span(store: Store, batch: str) -> float:
    """Seconds from the first job of ``batch`` finished to the last (the steady part)."""
    with open_db(store.db) as conn:
        first, last = conn.execute("SELECT MIN(finished), MAX(finished) FROM jobs WHERE batch = ?",
                                   (batch,)).fetchone()
    from datetime import datetime

    return (datetime.fromisoformat(last) - datetime.fromisoformat(first)).total_seconds()


def _queued(db: Path, corpus: Path, *, scorer: str) -> tuple[Store, str, int]:
    """A fresh store at ``db`` with the corpus queued as one batch: (store, batch, jobs)."""
    store = Store(db)
    batch = jobs.new_batch()
    queued, _ = queue_paths(store, batch, [corpus], options=JobOptions(scorer=scorer))
    return store, batch, queued


def _sample(peaks: dict[int, float], pids: Iterable[int]) -> None:
    """Record each worker's peak RSS so far (VmHWM only grows while the process lives)."""
    for pid in pids:
        peaks[pid] = max(peaks.get(pid, 0.0), peak_rss_mb(pid))


def run(corpus: Path, workers: int, *, scorer: str, tmp: Path) -> dict[str, object]:
    store, batch, queued = _queued(tmp / f"bench-{workers}.sqlite3", corpus, scorer=scorer)
    peaks: dict[int, float] = {}
    started = time.perf_counter()
    with WorkerPool(store.location, workers, batch=batch, exit_when_idle=True) as pool:
        while store.pending_jobs(batch=batch):
            _sample(peaks, pool.pids)
            time.sleep(0.5)
    wall = time.perf_counter() - started
    return _result(store, batch, workers, queued=queued, wall=wall, peaks=peaks)


def run_on_dask(corpus: Path, workers: int, *, scorer: str, tmp: Path) -> dict[str, object]:
    """The same batch through ``--scheduler``: a LocalCluster of ``workers`` processes."""
    import os
    import threading

    from distributed import Client, LocalCluster

    from store.cluster import run_dask

    store, batch, queued = _queued(tmp / f"bench-dask-{workers}.sqlite3", corpus,
                                   scorer=scorer)
    peaks: dict[int, float] = {}
    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        pids = list(client.run(os.getpid).values())
        done = threading.Event()

        def watch() -> None:
            while not done.wait(0.5):
                _sample(peaks, pids)

        watcher = threading.Thread(target=watch, daemon=True)
        watcher.start()
        run_dask(store, batch, workers, lambda done_, total: None,
                 scheduler=cluster.scheduler_address)
        _sample(peaks, pids)
        done.set()
    wall = time.perf_counter() - started
    return _result(store, batch, f"dask-{workers}", queued=queued, wall=wall, peaks=peaks)


def _result(store: Store, batch: str, workers: object, *, queued: int, wall: float,
            peaks: dict[int, float]) -> dict[str, object]:
    steady = finished_span(store, batch)
    added = store.count_articles()
    failures = [v.message for v in store.batch_jobs(batch) if v.state is jobs.JobState.FAILED]
    return {"workers": workers, "articles": added, "queued": queued, "wall_s": round(wall, 1),
            "failed": len(failures), "first_failures": failures[:3],
            "articles_per_s": round(added / wall, 2),
            "steady_articles_per_s": round((added - 1) / steady, 2) if steady else 0.0,
            "peak_rss_mb_per_worker": round(max(peaks.values(), default=0.0))}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_ingest")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--scorer", choices=SCORERS, default=DEFAULT_SCORER)
    parser.add_argument("--dask", type=int, nargs="*", default=[2], metavar="WORKERS",
                        help="also run on a LocalCluster of this many workers (none: skip)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        corpus = tmp / "corpus.jsonl"
        write_corpus(corpus, args.articles)
        results = [run(corpus, w, scorer=args.scorer, tmp=tmp) for w in args.workers]
        results += [run_on_dask(corpus, w, scorer=args.scorer, tmp=tmp) for w in args.dask]
    by_workers: dict[object, dict[str, object]] = {r["workers"]: r for r in results}
    report: dict[str, object] = {"scorer": args.scorer, "runs": results, "targets": TARGETS}
    if 1 in by_workers and 2 in by_workers:
        one, two = (float(by_workers[n]["steady_articles_per_s"]) for n in (1, 2))  # type: ignore[arg-type]
        report["speedup_2_workers"] = round(two / one, 2) if one else 0.0
    if 2 in by_workers and "dask-2" in by_workers:
        local, dask = (float(by_workers[n]["steady_articles_per_s"])  # type: ignore[arg-type]
                       for n in (2, "dask-2"))
        report["dask_2_vs_local_2"] = round(dask / local, 2) if local else 0.0
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for r in results:
            print(f"{r['workers']} worker(s): {r['articles']} articles ({r['failed']} failed) "
                  f"in {r['wall_s']} s, "
                  f"{r['articles_per_s']} articles/s ({r['steady_articles_per_s']} steady), "
                  f"peak RSS {r['peak_rss_mb_per_worker']} MB per worker")
        if "speedup_2_workers" in report:
            print(f"speed-up with 2 workers: {report['speedup_2_workers']}x "
                  f"(target >= {TARGETS['speedup_2_workers_min']})")
        if "dask_2_vs_local_2" in report:
            print(f"Dask LocalCluster of 2 against 2 local workers: {report['dask_2_vs_local_2']}x"
                  f" (target >= {TARGETS['dask_2_vs_local_2_min']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
