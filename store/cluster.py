"""A batch on a Dask cluster: the local workers' per-job function, run as Dask tasks.

``python -m analysis ingest ... --scheduler local`` starts a ``LocalCluster`` of N worker
processes (one thread each); ``--scheduler tcp://HOST:PORT`` joins a running cluster whose
workers have stancemap installed (see the README). Either way the client (this process) is the
only one that touches the store: it claims each job of the batch, sends the job to the cluster
(``store.work.analyse_job``, the same analysis a local worker runs), and writes what comes back
with ``store.ingest.write_result``, one transaction per article. So a
SQLite store needs no network, and a worker that dies loses nothing: Dask runs its task again
on another worker (``RETRIES``), and a task that keeps killing workers fails its job with a
reason. The stored hashes a resumed batch skips are tasks too (``STORED_HASHES``), so they are
computed again when the worker holding them dies. Only a bounded number of jobs is in flight at
once, so a big corpus never sits in the scheduler's memory.

Limits on a Dask worker: the input size and token caps as everywhere, PDF and DOCX parsed in
the sandbox; the memory ceiling is the worker's ``memory_limit`` (its nanny restarts a worker
that passes it). The per-article wall-time timer needs a process's main thread, which a Dask
task does not run in, so there the token cap is what bounds an article's time.

Untrusted input travels to the workers as bytes; what comes back is built by this project's own
code on the project's own workers (Dask serialises it between them).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from analysis.errors import Msg, printable
from analysis.limits import DEFAULT_LIMITS, Limits
from analysis.stance.transformer import THREADS_ENV
from store import jobs
from store.core import Store
from store.ingest import IngestOutcome, storage_config, write_result
from store.pool import model_threads_env
from store.work import analyse_job
from store.worker import GRACE_S

if TYPE_CHECKING:
    from distributed import Client

#: ``--scheduler local``: a LocalCluster in this process's machine.
LOCAL = "local"
#: What else ``--scheduler`` takes: a scheduler's address.
SCHEDULER_ADDRESS = re.compile(r"(tcp|tls|ucx)://\S+\Z")
#: Seconds to wait for a remote scheduler to answer.
CONNECT_TIMEOUT_S = 10
#: Times Dask re-runs a task whose worker died, before the job fails.
RETRIES = 2
#: The key that names a batch's stored hashes on the cluster (its prefix; the batch id follows).
#: The hashes go as a task, not as scattered data: a worker fetches them once from a peer, not
#: once per job, and when the worker holding them dies the scheduler computes them again.
#: (Scattered data cannot be recomputed, and Dask's memory manager keeps one copy of data no task
#: is waiting for, so a broadcast did not survive the loss of that worker.)
STORED_HASHES = "stored-hashes-"
#: Hashes per task that carries them: ~3 MB, under Dask's 10 MB large-graph warning at any size.
HASHES_PER_TASK = 50_000
#: Jobs in flight per worker: enough to keep each busy, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 2


class SchedulerUnreachable(Exception):
    """``--scheduler ADDRESS`` did not answer: a usage problem, said in one line."""


@contextmanager
def connect(scheduler: str, *, workers: int, limits: Limits) -> Iterator[Client]:
    """A client of a new LocalCluster (``scheduler == "local"``) or of a running scheduler."""
    from distributed import Client, LocalCluster

    if scheduler != LOCAL:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT_S)
        except (OSError, TimeoutError) as error:
            raise SchedulerUnreachable(printable(
                f"--scheduler {scheduler}: no Dask scheduler answered there "
                f"within {CONNECT_TIMEOUT_S} s")) from error
        with client:
            yield client
        return
    env = {**model_threads_env(workers), **os.environ}
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      memory_limit=limits.worker_memory, dashboard_address=None,
                      env={k: v for k, v in env.items() if k == THREADS_ENV}) as cluster, \
            Client(cluster) as client:
        yield client


def run_dask(store: Store, batch: str, workers: int, progress: Callable[[int, int], None], *,
             scheduler: str, limits: Limits = DEFAULT_LIMITS) -> None:
    """Run every queued job of ``batch`` on a Dask cluster; write each result as it comes."""
    from distributed import as_completed

    total = sum(jobs.counts(store.db, batch).values())
    config = storage_config(store.actor_config())
    with connect(scheduler, workers=workers, limits=limits) as client:
        known = _send_hashes(client, sorted(store.content_hashes()), key=f"{STORED_HASHES}{batch}")
        window = max(1, IN_FLIGHT_PER_WORKER * len(client.scheduler_info()["workers"]))
        running: dict[str, jobs.Job] = {}
        pending = as_completed()

        def submit_next() -> bool:
            job = jobs.claim(store.db, worker_pid=os.getpid(), batch=batch,
                             deadline_s=limits.article_deadline(limits.max_bytes) + GRACE_S)
            if job is None:
                return False
            future = client.submit(analyse_job, job, config=config, limits=limits, known=known,
                                   pure=False, retries=RETRIES)
            running[future.key] = job
            pending.add(future)
            return True

        while len(running) < window and submit_next():
            pass
        done = total - jobs.pending(store.db, batch=batch)  # pending counts running ones
        progress(done, total)
        for future in pending:
            job = running.pop(future.key)
            outcome = _write(store, job, future)
            jobs.finish(store.db, job.id, outcome=outcome.status, message=outcome.message,
                        article_ids=outcome.article_ids)
            done += 1
            progress(done, total)
            submit_next()


def _send_hashes(client: Client, hashes: list[str], *, key: str) -> object:
    """A future of ``frozenset(hashes)`` on the cluster, sent in parts of ``HASHES_PER_TASK``."""
    parts = [client.submit(frozenset, hashes[at:at + HASHES_PER_TASK], key=f"{key}-part-{at}")
             for at in range(0, len(hashes), HASHES_PER_TASK)]
    return client.submit(_union, *parts, key=key)


def _union(*parts: frozenset[str]) -> frozenset[str]:
    return frozenset().union(*parts)


def _write(store: Store, job: jobs.Job, future: object) -> IngestOutcome:
    try:
        result = future.result()  # type: ignore[attr-defined]
    except Exception:  # KilledWorker after the retries, or a lost connection
        return IngestOutcome(name=job.name, status="error",
                             message=printable(f"{job.name}: {Msg.WORKER_STOPPED.value}"))
    return write_result(store, result)
