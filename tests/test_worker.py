"""Workers under limits: hostile inputs refused with one line, a killed worker replaced, the
dashboard answering while a slow job runs.

The hostile inputs are generated here. Jobs run inline (``run_pending``) unless the test is about
processes: then a real ``WorkerPool`` or a real ``python -m dashboard`` runs them, and every wait
is a poll with a bound on a condition the test names.
"""

from __future__ import annotations

import os
import pickle
import signal
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from analysis.actors import ActorConfig
from analysis.errors import Msg
from analysis.limits import MB, Limits
from benchmarks.bench_dashboard import free_port, wait_healthy
from store import jobs
from store.core import Store
from store.db import open_db
from store.ingest import write_result
from store.jobs import Job, JobKind, JobOptions, JobState
from store.pool import CHECK_S, WorkerPool
from store.work import (
    Analysed,
    ArticleTimeout,
    Stored,
    analyse_job,
    estimated_tokens,
    time_limit,
)
from store.worker import WORKER_NICENESS, run_pending

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
GOOD = (b"Calden and Brevia sign a harbour accord\n\n"
        b"The Calden government praised Brevia for the harbour accord on Tuesday.\n")
TOO_LONG = Msg.ARTICLE_TOO_LONG.value.format(limit=Limits().article_tokens)


def long_article(sentences: int) -> bytes:
    """Real-looking prose under the token cap that takes seconds to analyse."""
    return "\n\n".join(
        f"The minister of Calden met the envoy of Brevia on day {i} and said the talks on the "
        f"harbour went well, while the union warned of a strike in week {i % 52}."
        for i in range(sentences)).encode()


def wait_for(condition: Callable[[], bool], *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"not within {timeout:.0f} s: {what}")
        time.sleep(0.05)


def in_article(store: Store, job_id: int) -> bool:
    """The job is running and its worker has started on its input (read, then analysed)."""
    with open_db(store.db) as conn:
        state, deadline = conn.execute("SELECT state, deadline FROM jobs WHERE id = ?",
                                       (job_id,)).fetchone()
    # claimed jobs first get the deadline of a whole maximal file; an article's is far shorter
    return state == "running" and deadline - time.time() < Limits().article_deadline(MB)


def integrity(store: Store) -> str:
    """SQLite's own check of the file (the stores of these tests are SQLite files)."""
    assert store.path is not None
    with sqlite3.connect(store.path) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "work.sqlite3")


def test_hostile_inputs_each_get_one_line_and_the_rest_of_the_batch_goes_in(store: Store) -> None:
    sentence = b"The minister said the talks went well. "
    hostile = {
        "brackets.txt": b"[" * 100 * 1024,
        "page.html": (b"<html><head><title>Long</title></head><body><p>"
                      + sentence * (15 * MB // len(sentence)) + b"</p></body></html>"),
        "stars.md": b"*a " * (210 * 1024 // 3),
    }
    cell = (b"title,text\nHuge," + b"word " * (19 * MB // 5)
            + b"\nSmall,Brevia thanked Calden for the accord on Friday.\n")
    batch = jobs.new_batch()
    store.enqueue(batch, [*(jobs.file_job(n, d) for n, d in hostile.items()),
                          jobs.file_job("cell.csv", cell), jobs.file_job("good.txt", GOOD)])
    assert run_pending(store) == 5
    views = {v.name: v for v in store.batch_jobs(batch)}
    for name in hostile:
        assert views[name].state is JobState.FAILED
        assert views[name].message == f"{name}: {TOO_LONG}"
    # the corpus: the huge cell is named by its row, the small row goes in
    assert views["cell.csv"].state is JobState.DONE
    assert views["cell.csv"].message == (
        f"cell.csv: 1 article added, 1 not added (cell.csv#row=1: {TOO_LONG})")
    assert views["good.txt"].message == "good.txt: added"
    assert store.count_articles() == 2
    assert all("\n" not in v.message and "Traceback" not in v.message for v in views.values())


def test_an_article_past_its_time_limit_is_stopped_and_not_stored(store: Store) -> None:
    limits = Limits(article_seconds=0.05, article_seconds_per_mb=0.0)
    store.enqueue(jobs.new_batch(), [jobs.file_job("good.txt", GOOD, JobOptions(scorer="rules"))])
    run_pending(store)  # loads the pipeline, so the limit below is the article's alone
    assert store.count_articles() == 1
    again = jobs.new_batch()
    store.enqueue(again, [jobs.paste_job(long_article(401).decode(), JobOptions(scorer="rules"))])
    run_pending(store, limits=limits)
    (view,) = store.batch_jobs(again)
    assert view.state is JobState.FAILED
    assert view.message == "pasted text: " + Msg.ARTICLE_TIMEOUT.value.format(seconds=0.05)
    assert store.count_articles() == 1 and integrity(store) == "ok"


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_regression_a_time_limit_expiring_in_a_finaliser_was_lost() -> None:
    # CI: the timer fired inside a garbage collector's callback (hypothesis installs one), where
    # Python prints a handler's exception and goes on: the article ran to its end and was stored
    class Slow:
        def __del__(self) -> None:
            time.sleep(0.3)  # the timer fires in here

    with pytest.raises(ArticleTimeout), time_limit(0.05):
        Slow()


def test_a_jobs_analysis_needs_no_store_and_its_result_pickles(store: Store) -> None:
    options = JobOptions(scorer="rules", outlet=" Lunmouth\u202e Gazette ",
                         published="5 March 2024")
    job = Job(id=1, batch="b", name="good.txt", kind=JobKind.FILE, payload=GOOD, options=options)
    result = analyse_job(job, config=ActorConfig())
    (item,) = result.items
    assert isinstance(item, Analysed)
    assert (item.analysis.source, item.analysis.published) == ("Lunmouth Gazette", "2024-03-05")
    assert pickle.loads(pickle.dumps(result)) == result  # it can travel to another process
    digest = item.analysis.content_hash
    again = analyse_job(job, config=ActorConfig(), known=frozenset({digest}))
    assert again.items == (Stored("good.txt", digest),)  # resuming: not analysed again
    assert write_result(store, result).message == "good.txt: added"
    assert write_result(store, again).message == "good.txt: already stored (article 1)"
    assert store.count_articles() == 1


def test_a_corpus_job_writes_each_article_as_soon_as_it_is_analysed(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import work

    real = work.analyse_text
    stored_before: dict[str, int] = {}

    def watched(document, **kwargs):  # type: ignore[no-untyped-def]
        stored_before[document.name] = store.count_articles()
        return real(document, **kwargs)

    monkeypatch.setattr(work, "analyse_text", watched)
    rows = b"title,text\n" + b"".join(
        b"Row %d,Calden praised Brevia on day %d of the talks.\n" % (n, n) for n in range(3))
    store.enqueue(jobs.new_batch(), [jobs.file_job("rows.csv", rows, JobOptions(scorer="rules"))])
    run_pending(store)
    assert stored_before == {"rows.csv#row=1": 0, "rows.csv#row=2": 1, "rows.csv#row=3": 2}
    assert store.count_articles() == 3


def test_the_token_estimate_counts_words_and_marks_and_stops_early() -> None:
    assert estimated_tokens("Calden, said: no!", stop_after=100) == len("Calden, said: no!")
    assert estimated_tokens("Calden, said: no!" * 10, stop_after=5) == 6
    assert estimated_tokens("[" * 500, stop_after=100) == 101
    assert estimated_tokens("word " * 100, stop_after=99) == 100


def test_the_memory_ceiling_stops_a_runaway_allocation_in_the_worker_process() -> None:
    code = ("from store.worker import set_memory_ceiling\n"
            "set_memory_ceiling(400 * 2**20)\n"
            "try:\n    bytearray(800 * 2**20)\nexcept MemoryError:\n    print('refused')\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.strip() == "refused", done.stderr


def test_a_worker_killed_mid_article_leaves_nothing_and_is_replaced(store: Store) -> None:
    batch = jobs.new_batch()
    (slow_id,) = store.enqueue(batch, [jobs.file_job("slow.txt", long_article(1400))])
    with WorkerPool(store.location, 1) as pool:
        wait_for(lambda: in_article(store, slow_id), timeout=240, what="the worker analyses")
        (victim,) = pool.pids
        # the worker runs below the web process's priority, so page runs win the cores
        assert os.getpriority(os.PRIO_PROCESS, victim) == min(
            19, os.getpriority(os.PRIO_PROCESS, 0) + WORKER_NICENESS)
        os.kill(victim, signal.SIGKILL)
        wait_for(lambda: store.batch_jobs(batch)[0].state is JobState.FAILED, timeout=30,
                 what="the killed worker's job is failed")
        (view,) = store.batch_jobs(batch)
        assert view.message == f"slow.txt: {Msg.WORKER_STOPPED.value}"
        assert store.count_articles() == 0 and integrity(store) == "ok"
        wait_for(lambda: pool.alive() == 1, timeout=30, what="a new worker runs")
        assert victim not in pool.pids and pool.replaced == 1
        # the replacement works: the next job goes in
        store.enqueue(batch, [jobs.file_job("good.txt", GOOD)])
        wait_for(lambda: store.pending_jobs(batch=batch) == 0, timeout=240,
                 what="the replacement runs the next job")
        assert [v.outcome for v in store.batch_jobs(batch)] == ["error", "added"]
        assert store.count_articles() == 1


def test_an_on_demand_pool_starts_its_workers_when_the_first_job_is_queued(
        store: Store) -> None:
    # the dashboard's pool: no worker (and no model loaded) while nothing is queued
    with WorkerPool(store.location, 2, on_demand=True) as pool:
        time.sleep(3 * CHECK_S)
        assert pool.pids == [] and pool.alive() == 0
        batch = jobs.new_batch()
        store.enqueue(batch, [jobs.file_job("good.txt", GOOD)])
        wait_for(lambda: pool.alive() == 2, timeout=30, what="the workers start")
        assert pool.wait_idle(batch=batch, timeout=240), "the workers did not run the job"
        assert [v.outcome for v in store.batch_jobs(batch)] == ["added"]


def test_a_worker_past_its_jobs_deadline_is_killed_and_replaced(store: Store) -> None:
    # A worker stuck where its own timer cannot reach (a parse inside C code) looks, from the
    # pool, like a running job past its deadline: here one is claimed in the worker's name.
    batch = jobs.new_batch()
    (job_id,) = store.enqueue(batch, [jobs.file_job("stuck.txt", GOOD)])
    with WorkerPool(store.location, 1) as pool:
        (stuck,) = pool.pids
        job = jobs.claim(store.db, worker_pid=stuck, deadline_s=-1, batch=batch)
        assert job is not None and job.id == job_id
        wait_for(lambda: store.batch_jobs(batch)[0].state is JobState.FAILED, timeout=30,
                 what="the overdue job is failed")
        assert store.batch_jobs(batch)[0].message == f"stuck.txt: {Msg.JOB_OVERDUE.value}"
        wait_for(lambda: pool.alive() == 1 and stuck not in pool.pids, timeout=30,
                 what="the stuck worker is replaced")


def test_run_pending_and_a_worker_pool_ingest_into_a_postgresql_store(
        postgres_url: str, opened: Callable[[str | Path], Store]) -> None:
    store = opened(postgres_url)
    inline = jobs.new_batch()
    store.enqueue(inline, [jobs.file_job("good.txt", GOOD, JobOptions(scorer="rules"))])
    assert run_pending(store, batch=inline) == 1
    assert [v.message for v in store.batch_jobs(inline)] == ["good.txt: added"]
    # worker processes given the URL (python -m store.worker --db postgresql://...)
    batch = jobs.new_batch()
    rows = b"title,text\n" + b"".join(
        b"Row %d,Calden praised Brevia on day %d of the talks.\n" % (n, n) for n in range(3))
    store.enqueue(batch, [jobs.file_job("rows.csv", rows, JobOptions(scorer="rules")),
                          jobs.file_job("again.txt", GOOD, JobOptions(scorer="rules"))])
    with WorkerPool(store.location, 2, batch=batch, exit_when_idle=True) as pool:
        assert pool.wait_idle(batch=batch, timeout=240), "the workers did not finish the batch"
    views = {v.name: v for v in store.batch_jobs(batch)}
    assert {n: (v.state, v.outcome) for n, v in views.items()} == {
        "rows.csv": (JobState.DONE, "added"), "again.txt": (JobState.DONE, "duplicate")}
    assert len(views["rows.csv"].article_ids) == 3
    assert store.count_articles() == 4
    assert {store.article(i).title for i in views["rows.csv"].article_ids} == {
        "Row 0", "Row 1", "Row 2"}


@pytest.fixture()
def dashboard(tmp_path: Path) -> Iterator[tuple[str, Store, subprocess.Popen[bytes]]]:
    db = tmp_path / "dash.sqlite3"
    store = Store(db)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "STANCEMAP_DB": str(db), "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "dashboard", "--workers", "1", "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        wait_healthy(url, timeout=90, proc=proc)
        yield url, store, proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=30)


#: The typical answer of the health check while a job runs, and the slowest one allowed: far
#: below the seconds a blocked process would take.
_ANSWER_AT_ONCE_S = 0.1
_NEVER_BLOCKED_S = 1.0


def test_the_web_process_answers_at_once_while_a_slow_job_runs(
        dashboard: tuple[str, Store, subprocess.Popen[bytes]]) -> None:
    url, store, proc = dashboard
    batch = jobs.new_batch()
    (slow_id,) = store.enqueue(batch, [jobs.file_job("slow.txt", long_article(1400))])
    wait_for(lambda: in_article(store, slow_id), timeout=240, what="the dashboard's worker runs")
    answers = []
    for _ in range(40):
        started = time.perf_counter()
        with urllib.request.urlopen(f"{url}/_stcore/health", timeout=5) as answer:
            assert answer.read().strip() == b"ok"
        answers.append(time.perf_counter() - started)
        time.sleep(0.05)
    assert in_article(store, slow_id)  # the job was running all along
    # a web process the job blocked would stall for seconds (the job runs longer than the
    # forty answers); one slow answer on a loaded machine (0.25 s once, beside other work in
    # CI) is the machine, so the median says "at once" and the worst "never blocked"
    assert statistics.median(answers) < _ANSWER_AT_ONCE_S, answers
    assert max(answers) < _NEVER_BLOCKED_S, answers
    # the pool stops with the server: its running job is failed, no worker is left behind
    proc.terminate()
    proc.wait(timeout=30)
    (view,) = store.batch_jobs(batch)
    assert view.state is JobState.FAILED and store.count_articles() == 0
