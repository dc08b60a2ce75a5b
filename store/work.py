"""One input's analysis, without the store: the step a worker process (or a Dask task) runs.

``analyse_input(name, data, ...)`` reads a file's bytes and analyses each article in it;
``analyse_document(document, ...)`` analyses one already-read article (a pasted text, a corpus
row, a stored article being re-analysed). Both return an ``InputResult``: a frozen, picklable
record of plain items, in order. Nothing here touches the database, so the result can be made in
any process and written by another: ``store.ingest.write_result`` stores it, one transaction per
article.

Limits per article (``analysis.limits.Limits``): a cap on words and marks, checked before any
parse; a wall time that grows with the text's size (a ``SIGALRM`` timer, only in a process's main
thread: a worker's; a page thread calling this has no timer); and a ``MemoryError`` (the worker's
``RLIMIT_AS`` ceiling) turned into a message. An article over a limit gets one catalogue line that
names it, and nothing of it is stored.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import signal
import threading
from collections.abc import Container, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice

from analysis.actors import ActorConfig
from analysis.errors import Msg, ReadError, printable
from analysis.limits import DEFAULT_LIMITS, MB, Limits
from analysis.stance import DEFAULT_SCORER
from analysis.types import ArticleAnalysis, Document
from store.jobs import Job, JobKind

log = logging.getLogger(__name__)

#: What spaCy's English tokenizer makes a token of, near enough to count them cheaply.
_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class Analysed:
    """One article analysed, with the text it came from (kept so it can be re-analysed)."""

    analysis: ArticleAnalysis
    raw_text: str


@dataclass(frozen=True, slots=True)
class Stored:
    """An article whose content hash is already stored: not analysed again."""

    name: str
    content_hash: str


@dataclass(frozen=True, slots=True)
class Problem:
    """An article (or the whole input) that was not analysed: one printable line naming it."""

    line: str


Item = Analysed | Stored | Problem


@dataclass(frozen=True, slots=True)
class Overrides:
    """Metadata a user gave for a whole batch, applied to every article of it."""

    outlet: str | None = None
    published: str | None = None  # YYYY-MM-DD

    def apply(self, document: Document) -> Document:
        if self.outlet is None and self.published is None:
            return document
        return dataclasses.replace(document, source=self.outlet or document.source,
                                   published=self.published or document.published)


NO_OVERRIDES = Overrides()


@dataclass(frozen=True, slots=True)
class InputResult:
    """What analysing one input gave, item by item in input order (picklable, no store)."""

    name: str
    items: tuple[Item, ...] = ()
    notes: tuple[str, ...] = ()  # read, but not all of it ("only the first 300 pages")
    documents: int = 0  # articles the input held (1 for a single article; a corpus: its rows)


class ArticleTimeout(Exception):
    """Raised in the main thread by the per-article timer."""


def estimated_tokens(text: str, *, stop_after: int) -> int:
    """Words and marks in ``text``, counted no further than ``stop_after`` + 1 (cheap)."""
    if len(text) <= stop_after:  # every token is at least one character
        return len(text)
    return sum(1 for _ in islice(_TOKEN.finditer(text), stop_after + 1))


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in this block after ``seconds`` (main thread only; else no limit).

    Python runs a signal handler between bytecodes, and spaCy and the scorers return to Python
    between paragraphs, so the article stops within one paragraph's work; a parse stuck in C is
    the pool's to kill (it watches each job's deadline). Where the handler runs inside a
    finaliser or a garbage collector's callback, Python prints its exception and goes on: the
    expiry is also noted, and the block raises ``ArticleTimeout`` when it ends.
    """
    if threading.current_thread() is not threading.main_thread() or not hasattr(
            signal, "setitimer"):
        yield
        return
    expired: list[bool] = []

    def expire(signum: int, frame: object) -> None:
        expired.append(True)
        raise ArticleTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    if expired:
        raise ArticleTimeout


def analyse_text(document: Document, *, config: ActorConfig, scorer: str,
                 limits: Limits, clean_text: bool = True) -> ArticleAnalysis:
    """``analysis.pipeline.analyze`` under the per-article limits; raises ``ReadError``.

    ``clean_text=False``: the text as given (an article whose user kept the original text)."""
    from analysis.pipeline import analyze
    from analysis.resources import load_nlp
    from analysis.stance import get_scorer

    tokens = estimated_tokens(document.text, stop_after=limits.article_tokens)
    if tokens > limits.article_tokens:
        raise ReadError(document.name, Msg.ARTICLE_TOO_LONG, limit=limits.article_tokens)
    load_nlp()  # loaded (once) outside the timer: the limit is the article's own
    stance_scorer = get_scorer(scorer)
    seconds = limits.article_deadline(len(document.text))
    try:
        with time_limit(seconds):
            return analyze(document, actors=config, scorer=stance_scorer, clean_text=clean_text)
    except ArticleTimeout:
        raise ReadError(document.name, Msg.ARTICLE_TIMEOUT, seconds=seconds) from None
    except MemoryError:
        raise ReadError(document.name, Msg.ARTICLE_MEMORY,
                        limit_mb=limits.worker_memory / MB) from None


def _item(document: Document, *, config: ActorConfig, scorer: str, limits: Limits,
          known: Container[str]) -> Item:
    from analysis.clean import clean, content_hash

    try:
        if known:  # resuming: an article already stored is not analysed again
            digest = content_hash(clean(document.text).text)
            if digest in known:
                return Stored(document.name, digest)
        analysis = analyse_text(document, config=config, scorer=scorer, limits=limits)
    except ReadError as error:
        return Problem(str(error))
    except Exception:
        log.exception("analysing %s failed", printable(document.name))
        return Problem(printable(f"{document.name}: {Msg.UNEXPECTED.value}"))
    return Analysed(analysis, document.text)


def iter_documents(documents: Iterable[Document], *,
                   config: ActorConfig, scorer: str = DEFAULT_SCORER,
                   limits: Limits = DEFAULT_LIMITS, overrides: Overrides = NO_OVERRIDES,
                   known: Container[str] = frozenset()) -> Iterator[Item]:
    """One item per document, analysed one after another (a worker writes each as it comes)."""
    for document in documents:
        yield _item(overrides.apply(document), config=config, scorer=scorer, limits=limits,
                    known=known)


def read_input(name: str, data: bytes, *, limits: Limits = DEFAULT_LIMITS
               ) -> tuple[tuple[Document, ...], tuple[Problem, ...], tuple[str, ...]]:
    """Read a file's bytes: its documents, its rows that failed, its notes (raises ReadError)."""
    from analysis.read import read_bytes

    seconds = limits.article_deadline(len(data))
    try:
        with time_limit(seconds):
            result = read_bytes(data, name=name, limits=limits)
    except ArticleTimeout:
        raise ReadError(name, Msg.PARSE_TIMEOUT, seconds=seconds) from None
    except MemoryError:
        raise ReadError(name, Msg.PARSE_MEMORY, limit_mb=limits.worker_memory / MB) from None
    notes = tuple(n.removeprefix(f"{name}: ") for n in result.notes)
    return result.documents, tuple(Problem(str(e)) for e in result.errors), notes


def analyse_input(
    name: str,
    data: bytes,
    *,
    config: ActorConfig,
    scorer: str = DEFAULT_SCORER,
    limits: Limits = DEFAULT_LIMITS,
    overrides: Overrides = NO_OVERRIDES,
    known: Container[str] = frozenset(),
) -> InputResult:
    """Read the file ``name`` (its bytes ``data``) and analyse every article in it.

    ``config`` should be a storage config (``store.ingest.storage_config``). ``known`` holds
    content hashes already stored: those articles come back as ``Stored``, not analysed again.
    A file that cannot be read gives one ``Problem``; in a corpus, each bad row gives one and
    the good rows are analysed.
    """
    try:
        documents, problems, notes = read_input(name, data, limits=limits)
    except ReadError as error:
        return InputResult(name, (Problem(str(error)),), documents=1)
    except Exception:
        log.exception("reading %s failed", printable(name))
        return InputResult(name, (Problem(printable(f"{name}: {Msg.UNEXPECTED.value}")),),
                           documents=1)
    items = (*problems, *iter_documents(documents, config=config, scorer=scorer, limits=limits,
                                        overrides=overrides, known=known))
    return InputResult(name, items, notes, documents=len(documents) + len(problems))


def analyse_document(
    document: Document,
    *,
    config: ActorConfig,
    scorer: str = DEFAULT_SCORER,
    limits: Limits = DEFAULT_LIMITS,
    overrides: Overrides = NO_OVERRIDES,
    known: Container[str] = frozenset(),
) -> InputResult:
    """Analyse one article already read (pasted text, a corpus row, a stored article)."""
    items = tuple(iter_documents((document,), config=config, scorer=scorer, limits=limits,
                                 overrides=overrides, known=known))
    return InputResult(document.name, items, documents=1)


def job_overrides(job: Job) -> Overrides:
    """The batch's outlet and date a job carries, cleaned as any metadata field is."""
    from analysis.readers.fields import clean_field, iso_date

    return Overrides(outlet=clean_field(job.options.outlet),
                     published=iso_date(job.options.published))


def job_documents(job: Job, *, limits: Limits = DEFAULT_LIMITS
                  ) -> tuple[tuple[Document, ...], tuple[Problem, ...], tuple[str, ...]]:
    """A file, paste or corpus-row job's documents, its rows that failed, and notes.

    Raises ``ReadError`` when the input as a whole cannot be read.
    """
    from analysis.read import read_pasted

    if job.kind is JobKind.FILE:
        return read_input(job.name, job.payload, limits=limits)
    if job.kind is JobKind.PASTE:
        document = read_pasted(job.payload.decode("utf-8", "replace"), title=job.options.title,
                               source=job.options.outlet, published=job.options.published,
                               name=job.name, limits=limits)
        return (document,), (), ()
    if job.kind is JobKind.DOCUMENT:
        fields = json.loads(job.payload)
        return (Document(**{k: fields.get(k) for k in Document.__slots__}),), (), ()
    raise ValueError(f"a {job.kind} job has no input to read")


def analyse_job(job: Job, *, config: ActorConfig, limits: Limits = DEFAULT_LIMITS,
                known: Container[str] = frozenset()) -> InputResult:
    """A file, paste or corpus-row job's analysis, without the store (e.g. a Dask task).

    The result goes to ``store.ingest.write_result`` and the outcome to ``jobs.finish``. A
    rescore job needs the stored text, so it is not one of these (``ingest.rescore_one``).
    """
    try:
        documents, problems, notes = job_documents(job, limits=limits)
    except ReadError as error:
        return InputResult(job.name, (Problem(str(error)),), documents=1)
    items = (*problems, *iter_documents(documents, config=config,
                                        scorer=job.options.scorer or DEFAULT_SCORER,
                                        limits=limits, overrides=job_overrides(job),
                                        known=known))
    return InputResult(job.name, items, notes, documents=len(documents) + len(problems))
