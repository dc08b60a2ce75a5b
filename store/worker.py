"""A worker process: takes jobs from the store one at a time and runs them under limits.

``python -m store.worker --db PATH_OR_URL [--batch ID] [--exit-when-idle]``;
``store.pool.WorkerPool`` starts N of them. The worker sets its own memory ceiling (``RLIMIT_AS``,
``Limits.worker_memory``) before loading anything, so a hostile input can exhaust only this
process; each article runs under a time limit that grows with its size and a token cap
(``store.work``), and before each article the job's deadline is pushed forward
(``jobs.heartbeat``), so the pool can kill a worker stuck where no timer reaches. Every article is
written in its own transaction: killed at any point, the worker leaves whole articles or none.

``run_pending(store)`` runs the queued jobs in the calling process, for tests and scripts.
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from collections.abc import Iterator, Sequence
from itertools import chain

from analysis.errors import Msg, ReadError, printable
from analysis.limits import DEFAULT_LIMITS, MB, Limits
from analysis.stance import DEFAULT_SCORER
from analysis.types import Document
from store import jobs
from store.core import Store
from store.db import Database
from store.ingest import (
    IngestOutcome,
    StoredHashes,
    rescore_one,
    storage_config,
    write_items,
)
from store.jobs import Job, JobKind
from store.work import iter_documents, job_documents, job_overrides

log = logging.getLogger(__name__)

#: Seconds past an article's own time limit before the pool kills its worker: the in-process
#: timer should always fire first; this is the backstop for a parse stuck in C code.
GRACE_S = 15.0
#: How often an idle worker looks for a queued job.
POLL_S = 0.2


def _announced(db: Database, job: Job, documents: Sequence[Document], *,
               limits: Limits) -> Iterator[Document]:
    total = len(documents)
    for number, document in enumerate(documents, start=1):
        jobs.heartbeat(db, job.id,
                       deadline_s=limits.article_deadline(len(document.text)) + GRACE_S,
                       progress=f"article {number} of {total}" if total > 1 else "")
        yield document


def run_job(store: Store, job: Job, *, limits: Limits = DEFAULT_LIMITS) -> IngestOutcome:
    """Run one claimed job; its outcome (the caller records it with ``jobs.finish``)."""
    config = storage_config(store.actor_config())
    try:
        if job.kind is JobKind.RESCORE:
            article_id = int(job.payload)
            jobs.heartbeat(store.db, job.id, deadline_s=limits.article_deadline(
                limits.max_bytes) + GRACE_S)
            return rescore_one(store, article_id, config=config, scorer=job.options.scorer,
                               limits=limits)
        jobs.heartbeat(store.db, job.id,
                       deadline_s=limits.article_deadline(len(job.payload)) + GRACE_S)
        documents, problems, notes = job_documents(job, limits=limits)
        items = iter_documents(_announced(store.db, job, documents, limits=limits),
                               config=config, scorer=job.options.scorer or DEFAULT_SCORER,
                               limits=limits, overrides=job_overrides(job),
                               known=StoredHashes(store))
        # chained, not collected: each article is written as soon as it is analysed
        return write_items(store, job.name, chain(problems, items),
                           documents=len(documents) + len(problems), notes=notes)
    except ReadError as error:
        return IngestOutcome(name=job.name, status="error", message=str(error))
    except MemoryError:
        return IngestOutcome(name=job.name, status="error", message=printable(
            f"{job.name}: {Msg.ARTICLE_MEMORY.value.format(limit_mb=limits.worker_memory / MB)}"))
    except Exception:
        log.exception("job %s (%s) failed", job.id, printable(job.name))
        return IngestOutcome(name=job.name, status="error",
                             message=printable(f"{job.name}: {Msg.UNEXPECTED.value}"))


def run_one(store: Store, *, limits: Limits = DEFAULT_LIMITS, batch: str | None = None,
            worker_pid: int | None = None) -> bool:
    """Claim and run one job; False when none was queued."""
    job = jobs.claim(store.db, worker_pid=worker_pid or os.getpid(), batch=batch,
                     deadline_s=limits.article_deadline(limits.max_bytes) + GRACE_S)
    if job is None:
        return False
    outcome = run_job(store, job, limits=limits)
    jobs.finish(store.db, job.id, outcome=outcome.status, message=outcome.message,
                article_ids=outcome.article_ids)
    return True


def run_pending(store: Store, *, limits: Limits = DEFAULT_LIMITS,
                batch: str | None = None) -> int:
    """Run every queued job (of ``batch``) here, one after another; how many ran."""
    ran = 0
    while run_one(store, limits=limits, batch=batch):
        ran += 1
    return ran


def set_memory_ceiling(limit: int) -> None:
    """Cap this process's address space at ``limit`` bytes (POSIX; elsewhere nothing)."""
    try:
        import resource
    except ModuleNotFoundError:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def warm_up() -> None:
    """Load spaCy and the default scorer before the first job, so its time limit is its own."""
    from analysis.resources import load_nlp
    from analysis.stance import get_scorer

    load_nlp()
    get_scorer(DEFAULT_SCORER)


def serve(store: Store, *, limits: Limits, batch: str | None, exit_when_idle: bool) -> int:
    """Run jobs until told to stop, the parent is gone, or (``exit_when_idle``) none is left."""
    parent = os.getppid()
    while os.getppid() == parent:  # an orphaned worker stops: its pool is gone
        if run_one(store, limits=limits, batch=batch):
            continue
        if exit_when_idle:
            return 0
        time.sleep(POLL_S)
    return 0


#: How much lower a worker's CPU priority is than its parent's (``os.nice``).
WORKER_NICENESS = 10


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.worker",
                                     description="Run stancemap's analysis jobs from a store.")
    parser.add_argument("--db", required=True,
                        help="the store: a SQLite file or a postgresql:// URL")
    parser.add_argument("--batch", help="only this batch's jobs")
    parser.add_argument("--memory-mb", type=int, default=DEFAULT_LIMITS.worker_memory // MB,
                        help="address-space ceiling of this process (default: %(default)s)")
    parser.add_argument("--exit-when-idle", action="store_true",
                        help="stop when no job is queued (default: wait for more)")
    args = parser.parse_args(argv)
    # below the web process: a worker loading its models or analysing a batch should not take
    # the cores from the dashboard's page runs (both run on the same machine by default)
    os.nice(WORKER_NICENESS)
    logging.basicConfig(level=logging.WARNING, format="stancemap worker: %(message)s")
    limits = Limits(worker_memory=args.memory_mb * MB)
    set_memory_ceiling(limits.worker_memory)
    store = Store(args.db)
    warm_up()
    return serve(store, limits=limits, batch=args.batch, exit_when_idle=args.exit_when_idle)


if __name__ == "__main__":
    raise SystemExit(main())
