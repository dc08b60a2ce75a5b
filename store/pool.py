"""A pool of worker processes beside the dashboard or the ``ingest`` command.

``WorkerPool(location, size)`` (a SQLite path or a ``postgresql://`` URL) starts ``size`` processes
of ``python -m store.worker`` with ``subprocess`` (never ``fork``: the dashboard runs Streamlit's
threads, and forking a threaded process can deadlock the child). A supervisor thread checks them
twice a second:

- a worker that exited (killed, out of memory, crashed) has its running job marked failed with
  a reason (``Msg.WORKER_STOPPED``) and is replaced by a fresh one;
- a worker whose job is past its deadline (stuck where its own timer cannot reach) is killed,
  and the same happens.

Nothing is half-written either way: workers store each article in one transaction.

``on_demand=True`` (the dashboard's pool) starts no worker until a job is queued: the supervisor
looks for one at each check, then starts them all and keeps them. A dashboard that is only
read never pays for them (each loads spaCy and the stance model, a few seconds of CPU and some
300 MB), and a server start is not slowed by workers importing their models beside it.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from pathlib import Path
from types import TracebackType

from analysis.errors import Msg
from analysis.limits import DEFAULT_LIMITS, MB, Limits
from store import jobs
from store.db import open_database

log = logging.getLogger(__name__)

ROOT = Path(__file__).resolve().parents[1]
WORKERS_ENV = "STANCEMAP_WORKERS"
CHECK_S = 0.5
STOP_WAIT_S = 5.0


def default_size() -> int:
    """Workers to start: ``$STANCEMAP_WORKERS``, else the number of cores this process may use."""
    configured = os.environ.get(WORKERS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def model_threads_env(workers: int) -> dict[str, str]:
    """The model's thread count for each of ``workers`` processes, so they share the cores
    rather than oversubscribe them (a user's own ``STANCEMAP_MODEL_THREADS`` wins)."""
    from analysis.stance.transformer import THREADS_ENV, threads_per_worker

    return {THREADS_ENV: str(threads_per_worker(workers))}


class WorkerPool:
    """``size`` worker processes on the store at ``location``, kept at that size until ``stop``.

    The workers open the store themselves from ``location`` (``Store.location``); the pool's own
    connections (supervision, ``wait_idle``) are released by ``stop``.
    """

    def __init__(self, location: str | Path, size: int | None = None, *,
                 limits: Limits = DEFAULT_LIMITS, batch: str | None = None,
                 exit_when_idle: bool = False, on_demand: bool = False) -> None:
        self.location = str(location)
        self.db = open_database(location)
        self.size = size if size is not None and size > 0 else default_size()
        self.limits = limits
        self.batch = batch
        self.exit_when_idle = exit_when_idle
        self.on_demand = on_demand
        self.procs: list[subprocess.Popen[bytes]] = []
        self.replaced = 0  # workers started after one died
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    def __enter__(self) -> WorkerPool:
        self.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def _spawn(self) -> subprocess.Popen[bytes]:
        command = [sys.executable, "-m", "store.worker", "--db", self.location,
                   "--memory-mb", str(self.limits.worker_memory // MB)]
        if self.batch is not None:
            command += ["--batch", self.batch]
        if self.exit_when_idle:
            command.append("--exit-when-idle")
        env = {**model_threads_env(self.size), **os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
        return subprocess.Popen(command, cwd=ROOT, env=env, stdin=subprocess.DEVNULL,
                                close_fds=True)

    def start(self) -> None:
        if not self.on_demand:
            with self._lock:
                self.procs = [self._spawn() for _ in range(self.size)]
        self._thread = threading.Thread(target=self._supervise, name="stancemap-pool",
                                        daemon=True)
        self._thread.start()

    @property
    def pids(self) -> list[int]:
        with self._lock:
            return [p.pid for p in self.procs]

    def alive(self) -> int:
        with self._lock:
            return sum(p.poll() is None for p in self.procs)

    def check(self) -> None:
        """One round of supervision (the thread calls it; a test may too)."""
        with self._lock:
            if not self.procs:  # on demand: started when the first job is queued
                if self._stop.is_set() or not jobs.pending(self.db, batch=self.batch):
                    return
                self.procs = [self._spawn() for _ in range(self.size)]
            running = [p for p in self.procs if p.poll() is None]
            late = set(jobs.overdue(self.db, worker_pids=[p.pid for p in running]))
            for proc in running:
                if proc.pid in late:
                    log.warning("worker %s is past its job's deadline: stopping it", proc.pid)
                    proc.kill()
                    proc.wait()
            for number, proc in enumerate(self.procs):
                code = proc.poll()
                if code is None:
                    continue
                reason = Msg.JOB_OVERDUE if proc.pid in late else Msg.WORKER_STOPPED
                failed = jobs.fail_running(self.db, worker_pid=proc.pid, reason=reason.value)
                if failed:
                    log.warning("worker %s stopped (exit %s); failed job(s) %s",
                                proc.pid, code, failed)
                if self._stop.is_set() or (
                        self.exit_when_idle and code == 0
                        and not jobs.pending(self.db, batch=self.batch)):
                    continue
                self.procs[number] = self._spawn()
                self.replaced += 1

    def _supervise(self) -> None:
        while not self._stop.wait(CHECK_S):
            try:
                self.check()
            except Exception:  # a locked database for a moment: try again next round
                log.warning("worker pool check failed", exc_info=True)

    def wait_idle(self, *, batch: str, timeout: float | None = None) -> bool:
        """Block until no job of ``batch`` is queued or running; False on timeout."""
        waited = 0.0
        while jobs.pending(self.db, batch=batch):
            if timeout is not None and waited >= timeout:
                return False
            self._stop.wait(CHECK_S / 2)
            waited += CHECK_S / 2
        return True

    def stop(self) -> None:
        """Stop every worker (a running job is failed: nothing of its article is stored)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        with self._lock:
            for proc in self.procs:
                if proc.poll() is None:
                    proc.terminate()
            for proc in self.procs:
                try:
                    proc.wait(STOP_WAIT_S)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                jobs.fail_running(self.db, worker_pid=proc.pid, reason=Msg.WORKER_STOPPED.value)
        self.db.close()
