"""Analysis as jobs: the ``jobs`` table and its state machine.

A job is one input to analyse (a file's bytes, a pasted text, a corpus row) or one stored article
to re-analyse. It moves ``queued -> running -> done | failed`` and never back:

- ``enqueue`` adds queued jobs, all of one batch in one transaction;
- ``claim`` takes the oldest queued job for one worker, atomically (one ``UPDATE ... RETURNING``
  inside a write transaction: two workers never get the same job);
- ``heartbeat`` moves a running job's deadline (a worker does it before each article);
- ``finish`` records the outcome (``done``, or ``failed`` when nothing of it went in);
- ``fail_running`` fails the running jobs of a worker that died or was killed, with a reason.

Job writes do not bump ``meta.version``: the pages cache their frames on it, and a job's state
is not part of them (the articles a job adds bump it through ``Store.add_article``).
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from analysis.types import Document
from store.db import Database, now, open_db, read_snapshot, write_transaction


class JobKind(StrEnum):
    FILE = "file"  # payload: the file's bytes
    PASTE = "paste"  # payload: the pasted text, UTF-8
    DOCUMENT = "document"  # payload: an already-read Document as JSON (a corpus row)
    RESCORE = "rescore"  # payload: the id of a stored article, as text


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


FINISHED = (JobState.DONE, JobState.FAILED)


@dataclass(frozen=True, slots=True)
class JobOptions:
    """How to analyse a job: the scorer, and metadata the user gave for the whole batch."""

    scorer: str | None = None  # None: the default scorer (rescore: the article's own)
    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD
    title: str | None = None  # pasted text only

    def to_json(self) -> str:
        return json.dumps({k: getattr(self, k) for k in self.__slots__})

    @classmethod
    def from_json(cls, text: str) -> JobOptions:
        data = json.loads(text or "{}")
        return cls(**{k: data.get(k) for k in cls.__slots__})


DEFAULT_OPTIONS = JobOptions()


@dataclass(frozen=True, slots=True)
class NewJob:
    name: str  # what the user calls it: the file name, "pasted text", the article's name
    kind: JobKind
    payload: bytes
    options: JobOptions = DEFAULT_OPTIONS


@dataclass(frozen=True, slots=True)
class Job:
    """A claimed job, with its payload: what a worker needs."""

    id: int
    batch: str
    name: str
    kind: JobKind
    payload: bytes
    options: JobOptions


@dataclass(frozen=True, slots=True)
class JobView:
    """A job as a page or the CLI shows it (no payload)."""

    id: int
    batch: str
    name: str
    kind: JobKind
    state: JobState
    outcome: str  # added, duplicate or error once finished (store.ingest.Status), else ""
    message: str
    article_ids: tuple[int, ...]
    created: str
    finished: str | None


def file_job(name: str, data: bytes, options: JobOptions = DEFAULT_OPTIONS) -> NewJob:
    return NewJob(name, JobKind.FILE, data, options)


def paste_job(text: str, options: JobOptions = DEFAULT_OPTIONS, *,
              name: str = "pasted text") -> NewJob:
    return NewJob(name, JobKind.PASTE, text.encode("utf-8", "surrogatepass"), options)


def document_job(document: Document, options: JobOptions = DEFAULT_OPTIONS) -> NewJob:
    """An article already read (a corpus row): the worker analyses it as it is."""
    fields = {k: getattr(document, k) for k in Document.__slots__}
    return NewJob(document.name, JobKind.DOCUMENT, json.dumps(fields).encode("utf-8"), options)


def rescore_job(article_id: int, *, name: str | None = None) -> NewJob:
    return NewJob(name or f"article {article_id}", JobKind.RESCORE, str(article_id).encode())


def new_batch() -> str:
    """A fresh batch id (random: it may travel in a page's URL)."""
    return uuid.uuid4().hex


def enqueue(db: Database, batch: str, jobs: Sequence[NewJob]) -> list[int]:
    """Queue ``jobs`` under ``batch`` in one transaction; their ids, in order."""
    created = now()
    with open_db(db) as conn, write_transaction(conn, bump=False):
        return [
            int(conn.execute(
                "INSERT INTO jobs (batch, name, kind, payload, options, created)"
                " VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                (batch, job.name, str(job.kind), job.payload, job.options.to_json(), created),
            ).fetchone()[0])
            for job in jobs
        ]


def claim(db: Database, *, worker_pid: int, deadline_s: float,
          batch: str | None = None) -> Job | None:
    """Take the oldest queued job (of ``batch``, if given) for ``worker_pid``; None when none.

    The job's deadline is ``deadline_s`` from now until the worker's first ``heartbeat``.
    """
    where = "state = 'queued'" + (" AND batch = ?" if batch is not None else "")
    args: tuple[object, ...] = (batch,) if batch is not None else ()
    with open_db(db) as conn, write_transaction(conn, bump=False):
        row = conn.execute(
            # ``state = 'queued'`` again outside the subquery: where two claims can race (a
            # server database without a write lock), the loser updates nothing and polls again.
            "UPDATE jobs SET state = 'running', worker_pid = ?, started = ?, deadline = ?"
            # On PostgreSQL a job another claim has locked is skipped rather than waited for.
            f" WHERE id = (SELECT id FROM jobs WHERE {where} ORDER BY id LIMIT 1"
            f"{conn.dialect.skip_locked})"
            " AND state = 'queued' RETURNING id, batch, name, kind, payload, options",
            (worker_pid, now(), time.time() + deadline_s, *args),
        ).fetchone()
    if row is None:
        return None
    return Job(id=int(row[0]), batch=str(row[1]), name=str(row[2]), kind=JobKind(row[3]),
               payload=bytes(row[4]), options=JobOptions.from_json(row[5]))


def heartbeat(db: Database, job_id: int, *, deadline_s: float, progress: str = "") -> None:
    """The running job may take ``deadline_s`` more seconds (set before each article);
    ``progress`` ("article 3 of 40") is shown as its message until it finishes."""
    with open_db(db) as conn, write_transaction(conn, bump=False):
        conn.execute(
            "UPDATE jobs SET deadline = ?, message = ? WHERE id = ? AND state = 'running'",
            (time.time() + deadline_s, progress, job_id))


def finish(db: Database, job_id: int, *, outcome: str, message: str,
           article_ids: Sequence[int] = ()) -> bool:
    """Record a running job's outcome: ``failed`` when it is ``"error"``, else ``done``.

    False when the job was no longer running (the pool failed it meanwhile): nothing changes.
    """
    state = JobState.FAILED if outcome == "error" else JobState.DONE
    with open_db(db) as conn, write_transaction(conn, bump=False):
        row = conn.execute(
            "UPDATE jobs SET state = ?, outcome = ?, message = ?, article_ids = ?, finished = ?,"
            " payload = ? WHERE id = ? AND state = 'running' RETURNING id",
            # the payload is not needed any more: a 20 MB upload should not stay in the table
            (str(state), outcome, message, json.dumps(list(article_ids)), now(), b"", job_id),
        ).fetchone()
    return row is not None


def fail_running(db: Database, *, worker_pid: int, reason: str) -> list[int]:
    """Fail the running jobs of ``worker_pid`` (it died, or was stopped); their ids.

    Each job's message is ``"NAME: reason"``. Nothing of the article being analysed was stored:
    a worker writes an article in one transaction, and a killed one rolls back.
    """
    from analysis.errors import printable

    with open_db(db) as conn, write_transaction(conn, bump=False):
        rows = conn.execute(
            "SELECT id, name FROM jobs WHERE state = 'running' AND worker_pid = ?",
            (worker_pid,)).fetchall()
        for job_id, name in rows:
            conn.execute(
                "UPDATE jobs SET state = 'failed', outcome = 'error', message = ?, finished = ?,"
                " payload = ? WHERE id = ?",
                (printable(f"{name}: {reason}"), now(), b"", job_id))
    return [int(r[0]) for r in rows]


def overdue(db: Database, *, worker_pids: Sequence[int]) -> list[int]:
    """Which of ``worker_pids`` run a job past its deadline (stuck where no timer reaches)."""
    if not worker_pids:
        return []
    marks = ", ".join("?" for _ in worker_pids)
    with open_db(db) as conn:
        rows = conn.execute(
            f"SELECT DISTINCT worker_pid FROM jobs WHERE state = 'running' AND deadline < ?"
            f" AND worker_pid IN ({marks})", (time.time(), *worker_pids)).fetchall()
    return [int(r[0]) for r in rows]


def _view(row: Sequence[object]) -> JobView:
    return JobView(id=int(row[0]), batch=str(row[1]), name=str(row[2]), kind=JobKind(row[3]),
                   state=JobState(row[4]), outcome=str(row[5]), message=str(row[6]),
                   article_ids=tuple(json.loads(str(row[7]))), created=str(row[8]),
                   finished=None if row[9] is None else str(row[9]))


_VIEW = "id, batch, name, kind, state, outcome, message, article_ids, created, finished"


def batch_jobs(db: Database, batch: str) -> list[JobView]:
    """Every job of ``batch``, in the order queued."""
    with open_db(db) as conn:
        rows = conn.execute(f"SELECT {_VIEW} FROM jobs WHERE batch = ? ORDER BY id",
                            (batch,)).fetchall()
    return [_view(r) for r in rows]


def recent_jobs(db: Database, *, limit: int = 50) -> list[JobView]:
    """The latest ``limit`` jobs of every batch, newest first ("recent uploads")."""
    with open_db(db) as conn:
        rows = conn.execute(f"SELECT {_VIEW} FROM jobs ORDER BY id DESC LIMIT ?",
                            (limit,)).fetchall()
    return [_view(r) for r in rows]


def counts(db: Database, batch: str) -> dict[JobState, int]:
    """How many jobs of ``batch`` are in each state (all four keys)."""
    with open_db(db) as conn, read_snapshot(conn):
        rows = conn.execute("SELECT state, COUNT(*) FROM jobs WHERE batch = ? GROUP BY state",
                            (batch,)).fetchall()
    found = {JobState(state): int(n) for state, n in rows}
    return {state: found.get(state, 0) for state in JobState}


def pending(db: Database, *, batch: str | None = None) -> int:
    """Jobs queued or running (of ``batch``, if given)."""
    where = "state IN ('queued', 'running')" + (" AND batch = ?" if batch is not None else "")
    with open_db(db) as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM jobs WHERE {where}",
                                (batch,) if batch is not None else ()).fetchone()[0])
