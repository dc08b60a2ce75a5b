"""The jobs table's state machine: queued -> running -> done | failed, one worker per job.

No analysis runs here (the jobs are claimed and finished by hand), so these are fast. Each test
runs on a SQLite file and on a PostgreSQL database (``target`` in ``tests/conftest.py``), except
the migration of an old SQLite file.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from analysis.errors import Msg
from analysis.types import Document
from store import jobs
from store.core import SCHEMA_VERSION, Store
from store.db import MIGRATIONS, open_db
from store.jobs import JobKind, JobOptions, JobState


@pytest.fixture()
def store(target: str | Path, opened: Callable[[str | Path], Store]) -> Store:
    return opened(target)


def queue(store: Store, n: int, *, batch: str | None = None) -> tuple[str, list[int]]:
    batch = batch or jobs.new_batch()
    ids = store.enqueue(batch, [jobs.file_job(f"f{i}.txt", f"text {i}".encode())
                                for i in range(n)])
    return batch, ids


def test_a_job_goes_from_queued_to_running_to_done(store: Store) -> None:
    options = JobOptions(scorer="rules", outlet="Lunmouth Gazette", published="2024-03-05")
    batch = jobs.new_batch()
    (job_id,) = store.enqueue(batch, [jobs.file_job("a.txt", b"\x00raw bytes\xff", options)])
    assert [v.state for v in store.batch_jobs(batch)] == [JobState.QUEUED]
    job = jobs.claim(store.db, worker_pid=4242, deadline_s=60)
    assert job is not None
    assert (job.id, job.batch, job.name, job.kind) == (job_id, batch, "a.txt", JobKind.FILE)
    assert job.payload == b"\x00raw bytes\xff" and job.options == options
    assert [v.state for v in store.batch_jobs(batch)] == [JobState.RUNNING]
    assert jobs.claim(store.db, worker_pid=4243, deadline_s=60) is None  # nothing else queued
    assert jobs.finish(store.db, job_id, outcome="added", message="a.txt: added",
                       article_ids=[7])
    (view,) = store.batch_jobs(batch)
    assert (view.state, view.outcome, view.message, view.article_ids) == (
        JobState.DONE, "added", "a.txt: added", (7,))
    assert view.finished is not None
    # finished is final: a second finish (or a late failure) changes nothing
    assert not jobs.finish(store.db, job_id, outcome="error", message="late")
    assert jobs.fail_running(store.db, worker_pid=4242, reason="gone") == []
    assert store.batch_jobs(batch)[0].state is JobState.DONE
    with open_db(store.db) as conn:  # the payload is dropped once it is done
        assert bytes(conn.execute("SELECT payload FROM jobs").fetchone()[0]) == b""


def test_an_error_outcome_fails_the_job(store: Store) -> None:
    batch, (job_id,) = queue(store, 1)
    assert jobs.claim(store.db, worker_pid=1, deadline_s=60) is not None
    jobs.finish(store.db, job_id, outcome="error", message="f0.txt: the file is empty")
    assert jobs.counts(store.db, batch) == {
        JobState.QUEUED: 0, JobState.RUNNING: 0, JobState.DONE: 0, JobState.FAILED: 1}
    assert store.pending_jobs(batch=batch) == 0


def test_jobs_are_claimed_oldest_first_and_by_batch(store: Store) -> None:
    first, first_ids = queue(store, 2)
    second, second_ids = queue(store, 2)
    job = jobs.claim(store.db, worker_pid=1, deadline_s=60, batch=second)
    assert job is not None and job.id == second_ids[0]
    job = jobs.claim(store.db, worker_pid=1, deadline_s=60)
    assert job is not None and job.id == first_ids[0]
    assert store.pending_jobs() == 4 and store.pending_jobs(batch=first) == 2


def test_concurrent_workers_never_get_the_same_job(store: Store) -> None:
    _, ids = queue(store, 60)
    claimed: list[list[int]] = [[] for _ in range(6)]
    start = threading.Barrier(6)

    def worker(number: int) -> None:
        start.wait()  # all at once: a claim takes about a millisecond
        while (job := jobs.claim(store.db, worker_pid=number, deadline_s=60)) is not None:
            claimed[number].append(job.id)
            time.sleep(0.002)  # the job's work, during which the others claim

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    every = sorted(i for ids_ in claimed for i in ids_)
    assert every == ids  # each job once, none lost
    assert sum(bool(c) for c in claimed) >= 2  # and the claims really were concurrent


def test_a_dead_workers_running_jobs_fail_with_the_reason_and_others_stay(store: Store) -> None:
    batch, ids = queue(store, 3)
    odd = jobs.new_batch()
    store.enqueue(odd, [jobs.file_job("evil\n\x1b[1m.txt", b"x")])
    mine = jobs.claim(store.db, worker_pid=111, deadline_s=60)
    other = jobs.claim(store.db, worker_pid=222, deadline_s=60)
    assert mine is not None and other is not None
    failed = jobs.fail_running(store.db, worker_pid=111, reason=Msg.WORKER_STOPPED.value)
    assert failed == [mine.id]
    views = {v.id: v for v in store.batch_jobs(batch)}
    assert views[mine.id].state is JobState.FAILED
    assert views[mine.id].message == f"f0.txt: {Msg.WORKER_STOPPED.value}"
    assert views[other.id].state is JobState.RUNNING
    assert views[ids[2]].state is JobState.QUEUED
    # a name with control characters is escaped in the message
    rogue = jobs.claim(store.db, worker_pid=333, deadline_s=60, batch=odd)
    assert rogue is not None and rogue.name == "evil\n\x1b[1m.txt"
    jobs.fail_running(store.db, worker_pid=333, reason="stopped")
    assert store.batch_jobs(odd)[0].message == "evil\\n\\x1b[1m.txt: stopped"


def test_a_job_past_its_deadline_names_its_worker(store: Store) -> None:
    _, (late_id, _on_time) = queue(store, 2)
    jobs.claim(store.db, worker_pid=10, deadline_s=60)
    jobs.claim(store.db, worker_pid=20, deadline_s=60)
    assert jobs.overdue(store.db, worker_pids=[10, 20]) == []
    jobs.heartbeat(store.db, late_id, deadline_s=-1)
    assert jobs.overdue(store.db, worker_pids=[10, 20]) == [10]
    assert jobs.overdue(store.db, worker_pids=[20]) == []  # only this pool's workers
    jobs.heartbeat(store.db, late_id, deadline_s=60)
    assert jobs.overdue(store.db, worker_pids=[10, 20]) == []


def test_a_running_job_shows_its_progress_until_it_finishes(store: Store) -> None:
    batch, (job_id,) = queue(store, 1)
    jobs.claim(store.db, worker_pid=1, deadline_s=60)
    jobs.heartbeat(store.db, job_id, deadline_s=60, progress="article 3 of 40")
    assert store.batch_jobs(batch)[0].message == "article 3 of 40"
    jobs.finish(store.db, job_id, outcome="added", message="rows.csv: 40 articles added")
    assert store.batch_jobs(batch)[0].message == "rows.csv: 40 articles added"


def test_job_writes_leave_the_pages_cache_key_alone(store: Store) -> None:
    before = store.data_version()
    batch, (job_id,) = queue(store, 1)
    jobs.claim(store.db, worker_pid=1, deadline_s=60)
    jobs.heartbeat(store.db, job_id, deadline_s=60)
    jobs.finish(store.db, job_id, outcome="error", message="x")
    assert store.data_version() == before
    assert store.batch_jobs(batch)[0].state is JobState.FAILED


def test_every_kind_of_job_round_trips(store: Store) -> None:
    document = Document(name="corpus.csv#row=2", text="Text ünïcode", fmt="csv",
                        title="T", source="S", published="2024-01-02", url="http://x")
    batch = jobs.new_batch()
    store.enqueue(batch, [jobs.paste_job("pasted \u202e text", JobOptions(title="Mine")),
                          jobs.document_job(document), jobs.rescore_job(12)])
    claimed = [jobs.claim(store.db, worker_pid=1, deadline_s=60) for _ in range(3)]
    paste, row, rescore = claimed
    assert paste is not None and paste.kind is JobKind.PASTE
    assert paste.payload.decode() == "pasted \u202e text" and paste.options.title == "Mine"
    assert row is not None and row.kind is JobKind.DOCUMENT and row.name == document.name
    assert rescore is not None and rescore.kind is JobKind.RESCORE
    assert int(rescore.payload) == 12 and rescore.name == "article 12"
    recent = store.recent_jobs(limit=2)
    assert [v.kind for v in recent] == [JobKind.RESCORE, JobKind.DOCUMENT]


def test_an_older_store_gets_the_jobs_table(tmp_path: Path) -> None:
    """SQLite only: a file made before the jobs migration (``PRAGMA user_version`` 1)."""
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:  # as a store made before the jobs migration
        for statement in MIGRATIONS[0]:
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 1")
    store = Store(path)
    assert store.schema_version == SCHEMA_VERSION
    batch, _ = queue(store, 1)
    assert store.pending_jobs(batch=batch) == 1
