"""The Dask backend: a real LocalCluster of two worker processes, not a mock.

The corpus is written here: short articles as files, a CSV corpus with a bad row, and an empty
file. ``run_dask`` is given the address of a cluster the test started, so the test can kill one
of its workers mid-batch and check that Dask's retry loses and duplicates nothing.
"""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path

import dask
import pytest

from store import jobs
from store.batch import choose_executor, queue_paths, summarise
from store.cluster import LOCAL, STORED_HASHES, run_dask
from store.core import Store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent

PEOPLE = ("Ada Lindqvist", "Tomas Brenner", "Mara Okonjo", "Ilse Varga", "Pavel Kostin",
          "Noor Haddad")
COUNTRIES = ("Norway", "Canada", "Chile", "Kenya", "Japan", "Peru")


def article(i: int) -> str:
    person, country = PEOPLE[i % len(PEOPLE)], COUNTRIES[i % len(COUNTRIES)]
    other = COUNTRIES[(i + 1) % len(COUNTRIES)]
    return (f"Harbour accord number {i} signed\n\n"
            f"{person} praised {country} on Monday for a generous accord number {i}.\n\n"
            f"Critics accused {other} of hiding the costs of deal {i}, and {person} "
            f"said the talks would go on.\n")


def write_corpus(folder: Path, *, files: int, rows: int) -> int:
    """``files`` article files, a CSV of ``rows`` good rows and one bad row, an empty file.

    Returns how many articles should be stored.
    """
    folder.mkdir()
    for i in range(files):
        (folder / f"article-{i:02d}.txt").write_text(article(i), encoding="utf-8")
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["title", "text", "source", "published"])
    for i in range(files, files + rows):
        writer.writerow([f"Row {i}", article(i), "Valley Post", "2026-03-01"])
    writer.writerow(["Row without text", "", "Valley Post", "2026-03-02"])
    (folder / "corpus.csv").write_text(out.getvalue(), encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return files + rows


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    from distributed import LocalCluster

    # Regression: an AppTest earlier in the session leaves Streamlit's script module (its
    # ``__file__`` is dashboard/app.py) as ``__main__``, and a spawned worker process re-runs
    # ``__main__``'s file: the page ran in each new worker, which failed to start when the page's
    # store was locked. The workers are spawned under a bare ``__main__`` (nothing to re-run).
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        # Dask's memory manager drops the extra copies of data no task waits for every 2 s by
        # default; every 50 ms here, so that the kill test below meets it on any machine.
        with dask.config.set({"distributed.scheduler.active-memory-manager.interval": "50ms"}), \
                LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                          dashboard_address=None) as local:
            yield local.scheduler_address
    finally:
        sys.modules["__main__"] = main


def ingest(store: Store, folder: Path, *, scheduler: str,
           on_progress=None) -> tuple[int, object]:
    batch = jobs.new_batch()
    queued, failures = queue_paths(store, batch, [folder])
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if on_progress is not None:
            on_progress(done, total)

    run_dask(store, batch, 2, progress, scheduler=scheduler)
    assert seen[-1] == (queued, queued)
    return queued, summarise(store, batch, failures=failures)


def test_a_corpus_goes_in_on_a_local_dask_cluster_and_a_rerun_skips_it(
        tmp_path: Path, cluster: str, target: str | Path,
        opened: Callable[[str | Path], Store]) -> None:
    # on a SQLite file and on a PostgreSQL database (``target``)
    expected = write_corpus(tmp_path / "corpus", files=4, rows=3)
    store = opened(target)
    _, summary = ingest(store, tmp_path / "corpus", scheduler=cluster)
    assert (summary.added, summary.stored) == (expected, 0)
    # The CSV's empty row and the empty file: one line each, naming where they came from.
    assert summary.failed == 2
    assert any("corpus.csv" in line for line in summary.failures)
    assert any("empty.txt" in line and "empty" in line for line in summary.failures)
    assert store.count_articles() == expected
    assert {store.raw_article(i)["outlet"] for i in store.article_ids()} >= {"Valley Post"}

    _, again = ingest(store, tmp_path / "corpus", scheduler=cluster)
    assert (again.added, again.stored) == (0, expected)
    assert store.count_articles() == expected


def test_a_worker_killed_mid_batch_loses_and_duplicates_nothing(
        tmp_path: Path, cluster: str) -> None:
    # Regression (a CI run under load): the stored hashes were scattered to every worker, Dask's
    # memory manager kept one copy, and killing that worker failed every job still queued with
    # "lost data". The worker killed here is the one holding the hashes.
    from distributed import Client

    expected = write_corpus(tmp_path / "corpus", files=8, rows=0)
    store = Store(tmp_path / "store.sqlite3")
    with Client(cluster) as client:
        pids = client.run(os.getpid)
        killed: list[int] = []

        def kill_the_holders(done: int, total: int) -> None:
            if done == 1 and not killed:  # the other jobs are in flight on both workers
                holders = {worker for key, workers in client.who_has().items()
                           if str(key).startswith(STORED_HASHES) for worker in workers}
                for worker in holders:
                    os.kill(pids[worker], signal.SIGKILL)
                    killed.append(pids[worker])

        _, summary = ingest(store, tmp_path / "corpus", scheduler=cluster,
                            on_progress=kill_the_holders)
    assert killed
    assert (summary.added, summary.stored) == (expected, 0)
    assert summary.failed == 2  # only the empty file and the empty CSV row
    assert store.count_articles() == expected
    assert len(store.content_hashes()) == expected


def test_the_scheduler_option_takes_local_or_an_address_and_refuses_the_rest() -> None:
    assert choose_executor(None).__name__ == "run_local"
    assert choose_executor(LOCAL).func is run_dask  # type: ignore[attr-defined]
    assert choose_executor("tcp://10.0.0.5:8786").keywords == {"scheduler": "tcp://10.0.0.5:8786"}
    with pytest.raises(ValueError, match="give 'local' or a scheduler address"):
        choose_executor("10.0.0.5")


def test_ingest_with_scheduler_local_from_the_command_line(tmp_path: Path) -> None:
    expected = write_corpus(tmp_path / "corpus", files=2, rows=1)
    db = tmp_path / "cli.sqlite3"
    done = subprocess.run(
        [sys.executable, "-m", "analysis", "ingest", str(tmp_path / "corpus"), "--db", str(db),
         "--workers", "2", "--scheduler", "local"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr  # the empty file and the empty row failed
    assert done.stdout.strip().splitlines()[-1] == f"{expected} added, 0 already stored, 2 failed"
    assert Store(db).count_articles() == expected
