"""A corpus into the store through jobs: what ``python -m analysis ingest`` does.

``queue_paths`` turns files and folders into jobs of one batch: a CSV/JSONL corpus is read here
(reading is fast and bounded) and each row becomes its own job, so the rows are spread over the
workers; any other file is one job with its bytes, read by the worker (PDF and DOCX in the
sandbox). An executor then runs the batch (``choose_executor``: local worker processes today;
a Dask cluster is the seam for ``--scheduler``), and ``summarise`` counts the outcomes.

Resuming is by content hash: a worker does not analyse an article the store already holds, so a
rerun after a crash analyses only what is missing and reports the rest as already stored.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from analysis.errors import ReadError, printable
from analysis.limits import DEFAULT_LIMITS, Limits
from store import jobs
from store.core import Store
from store.jobs import DEFAULT_OPTIONS, JobKind, JobOptions, JobState, NewJob
from store.pool import WorkerPool

#: Suffixes read in this process and split into one job per row.
CORPUS_SUFFIXES = (".csv", ".jsonl")

#: progress(done, total) after each finished job.
Progress = Callable[[int, int], None]
#: Runs every job of a batch to the end: (store, batch, workers, progress) -> None.
Executor = Callable[[Store, str, int, Progress], None]


@dataclass(frozen=True, slots=True)
class Summary:
    added: int
    stored: int  # already stored before (same content hash)
    failed: int
    failures: tuple[str, ...] = ()  # one line each, naming the input and the reason
    reanalysed: int = 0  # stored articles analysed again (for an actors file given)

    def line(self) -> str:
        again = f", {self.reanalysed} re-analysed" if self.reanalysed else ""
        return f"{self.added} added, {self.stored} already stored{again}, {self.failed} failed"


def input_files(paths: Sequence[str | Path]) -> Iterator[Path]:
    """Each path, with folders walked recursively for supported files (in name order)."""
    from analysis.read import SUPPORTED_SUFFIXES

    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from (p for p in sorted(path.rglob("*"))
                        if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path  # a missing or unsupported file is reported by whoever reads it


def _jobs_of(path: Path, *, options: JobOptions, limits: Limits) -> tuple[list[NewJob], list[str]]:
    from analysis.read import read_path

    if path.suffix.lower() in CORPUS_SUFFIXES:
        try:
            result = read_path(path, limits=limits)
        except ReadError as error:
            return [], [str(error)]
        return ([jobs.document_job(d, options) for d in result.documents],
                [str(e) for e in result.errors])
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.max_bytes + 1)  # the worker reports one that is too large
    except OSError:
        try:  # read_path words the reason (no such file, not a regular file, ...)
            read_path(path, limits=limits)
        except ReadError as error:
            return [], [str(error)]
        raise
    return [jobs.file_job(path.name, data, options)], []


def queue_paths(store: Store, batch: str, paths: Sequence[str | Path], *,
                options: JobOptions = DEFAULT_OPTIONS,
                limits: Limits = DEFAULT_LIMITS) -> tuple[int, list[str]]:
    """Queue a job per file (per row of a corpus) under ``batch``; (jobs queued, failures)."""
    queued = 0
    failures: list[str] = []
    for path in input_files(paths):
        new, problems = _jobs_of(path, options=options, limits=limits)
        failures += problems
        if new:
            queued += len(store.enqueue(batch, new))
    return queued, failures


def run_local(store: Store, batch: str, workers: int, progress: Progress) -> None:
    """Run the batch on ``workers`` local worker processes (replaced if one dies)."""
    total = sum(jobs.counts(store.db, batch).values())
    with WorkerPool(store.location, workers, batch=batch, exit_when_idle=True):
        while True:
            counts = jobs.counts(store.db, batch)
            done = counts[JobState.DONE] + counts[JobState.FAILED]
            progress(done, total)
            if done >= total:
                return
            time.sleep(0.25)


def choose_executor(scheduler: str | None) -> Executor:
    """The one place that picks how a batch runs: local processes, or (``--scheduler``) Dask."""
    if scheduler is None:
        return run_local
    from store.cluster import LOCAL, SCHEDULER_ADDRESS, run_dask

    if scheduler != LOCAL and not SCHEDULER_ADDRESS.match(scheduler):
        raise ValueError(f"--scheduler {printable(scheduler)}: give 'local' or a scheduler "
                         "address such as tcp://10.0.0.5:8786")
    return partial(run_dask, scheduler=scheduler)


def summarise(store: Store, batch: str, *, failures: Sequence[str] = ()) -> Summary:
    """Count the batch's outcomes (one article per job); ``failures`` found before queuing. A
    re-analysis is "added" again as a job's outcome: counted apart, by the job's kind."""
    views = store.batch_jobs(batch)
    done = [v for v in views if v.outcome == "added"]
    again = sum(len(v.article_ids) for v in done if v.kind is JobKind.RESCORE)
    added = sum(len(v.article_ids) for v in done) - again
    stored = sum(len(v.article_ids) for v in views if v.outcome == "duplicate")
    lines = [*failures, *(v.message for v in views if v.state is JobState.FAILED)]
    return Summary(added=added, stored=stored, failed=len(lines), failures=tuple(lines),
                   reanalysed=again)
