"""From uploaded bytes (or pasted text) to stored analyses: the upload page's and the seed's path.

Each file is read, analysed and stored on its own: a file that fails gives its outcome a plain
one-line message (the ``ReadError`` text, which names the file) and the others still go in. Nothing
here shows a traceback to a user; unexpected errors are logged and reported generically.

Articles are analysed with the store's actor config minus its renames and hides: those are applied
when reading (``Store.stances_frame``), so undoing one needs no re-analysis.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Literal

from analysis.errors import ReadError, printable
from analysis.limits import DEFAULT_LIMITS, Limits
from analysis.stance import DEFAULT_SCORER
from analysis.types import Document

if TYPE_CHECKING:
    from analysis.actors import ActorConfig
    from store.core import Store

log = logging.getLogger(__name__)

Status = Literal["added", "duplicate", "error"]

#: The message for an error nobody anticipated; details go to the log, not to the user.
UNEXPECTED = "could not be analysed"


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    name: str  # the file name (or "pasted text")
    status: Status  # "added" when at least one article was added
    article_ids: tuple[int, ...] = ()  # added or already-stored articles
    message: str = ""  # one plain line for the user


def storage_config(config: ActorConfig) -> ActorConfig:
    """``config`` without renames and hides: the store applies those when reading."""
    return dataclasses.replace(config, renames=(), hidden=frozenset())


def _analyse_and_store(store: Store, document: Document, *, config: ActorConfig,
                       scorer: str) -> tuple[int, bool]:
    from analysis.pipeline import analyze

    analysis = analyze(document, actors=config, scorer=scorer)
    result = store.add_article(analysis, raw_text=document.text)
    return result.article_id, result.created


def _line(name: str, said: str) -> str:
    """One outcome line: the input's name (control characters escaped, as in ``ReadError``)."""
    return printable(f"{name}: {said}")


def _summary(name: str, added: list[int], duplicates: list[int],
             errors: list[str]) -> IngestOutcome:
    ids = tuple(added + duplicates)
    status: Status = "added" if added else "duplicate" if duplicates else "error"
    if len(ids) == 1 and not errors:
        said = "added" if added else f"already stored (article {ids[0]})"
        return IngestOutcome(name=name, status=status, article_ids=ids, message=_line(name, said))
    parts = []
    if added:
        parts.append(f"{len(added)} article{'s' if len(added) != 1 else ''} added")
    if duplicates:
        parts.append(f"{len(duplicates)} already stored")
    if errors:
        shown = "; ".join(errors[:3]) + (f"; and {len(errors) - 3} more" if len(errors) > 3 else "")
        parts.append(f"{len(errors)} not added ({shown})")
    message = _line(name, ", ".join(parts) if parts else "no articles found")
    return IngestOutcome(name=name, status=status, article_ids=ids, message=message)


def ingest_documents(store: Store, name: str, documents: Sequence[Document], *,
                     config: ActorConfig, scorer: str = DEFAULT_SCORER,
                     errors: Sequence[str] = ()) -> IngestOutcome:
    """Analyse and store documents that came from one input called ``name``."""
    added: list[int] = []
    duplicates: list[int] = []
    problems = list(errors)
    for document in documents:
        try:
            article_id, created = _analyse_and_store(store, document, config=config, scorer=scorer)
        except ReadError as error:
            problems.append(error.reason if len(documents) == 1 else str(error))
            continue
        except Exception:
            log.exception("analysing %s failed", document.name)
            problems.append(
                UNEXPECTED if len(documents) == 1 else _line(document.name, UNEXPECTED))
            continue
        (added if created else duplicates).append(article_id)
    if len(documents) == 1 and not added and not duplicates and problems:
        return IngestOutcome(name=name, status="error", message=_line(name, problems[0]))
    return _summary(name, added, duplicates, problems)


def ingest_bytes(
    store: Store,
    files: Sequence[tuple[str, bytes]],
    *,
    config: ActorConfig | None = None,
    scorer: str = DEFAULT_SCORER,
    limits: Limits = DEFAULT_LIMITS,
    on_progress: Callable[[IngestOutcome], None] | None = None,
) -> list[IngestOutcome]:
    """Read, analyse and store each ``(name, data)`` file; one outcome per file, in order.

    The type is found from the content (``analysis.read.read_bytes``). A CSV/JSONL corpus adds one
    article per row (bad rows are named in the message, good rows still go in). ``config``
    defaults to the store's ``actor_config()``; only its actors, aliases and merges shape what is
    stored: to have an uploaded actors file's renames and hides shown, record it with
    ``Store.import_actor_config`` (then leave ``config`` as None). ``on_progress`` is called
    after each file.
    """
    from analysis.read import read_bytes

    config = storage_config(config if config is not None else store.actor_config())
    outcomes: list[IngestOutcome] = []
    for name, data in files:
        try:
            result = read_bytes(data, name=name, limits=limits)
            outcome = ingest_documents(store, name, result.documents, config=config,
                                       scorer=scorer, errors=[str(e) for e in result.errors])
            if result.notes:  # e.g. a PDF read only up to the page cap
                notes = "; ".join(n.removeprefix(f"{name}: ") for n in result.notes)
                message = printable(f"{outcome.message} ({notes})")
                outcome = dataclasses.replace(outcome, message=message)
        except ReadError as error:
            outcome = IngestOutcome(name=name, status="error", message=str(error))
        except Exception:
            log.exception("ingesting %s failed", name)
            outcome = IngestOutcome(name=name, status="error", message=_line(name, UNEXPECTED))
        outcomes.append(outcome)
        if on_progress is not None:
            on_progress(outcome)
    return outcomes


def ingest_pasted(
    store: Store,
    text: str,
    *,
    title: str | None = None,
    outlet: str | None = None,
    published: str | date | None = None,
    config: ActorConfig | None = None,
    scorer: str = DEFAULT_SCORER,
    limits: Limits = DEFAULT_LIMITS,
) -> IngestOutcome:
    """Analyse and store text pasted into the upload page (the same size limit as a file).

    ``published`` is a ``datetime.date`` (what ``st.date_input`` gives) or a YYYY-MM-DD string.
    """
    if isinstance(published, date):
        published = published.isoformat()
    from analysis.read import read_pasted

    name = "pasted text"
    try:
        document = read_pasted(text, title=title or None, source=outlet or None,
                               published=published or None, name=name, limits=limits)
        config = storage_config(config if config is not None else store.actor_config())
        return ingest_documents(store, name, [document], config=config, scorer=scorer)
    except ReadError as error:
        return IngestOutcome(name=name, status="error", message=str(error))
    except Exception:
        log.exception("ingesting pasted text failed")
        return IngestOutcome(name=name, status="error", message=_line(name, UNEXPECTED))


def rescore(
    store: Store,
    *,
    article_ids: Sequence[int] | None = None,
    config: ActorConfig | None = None,
    scorer: str | None = None,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[IngestOutcome]:
    """Re-analyse stored articles from their raw text with the current actor config.

    ``article_ids=None`` means all. Each article is replaced in its own transaction (same id,
    corrections kept). ``scorer=None`` keeps the scorer each article was analysed with.
    ``on_progress(done, total)`` is called after each article.
    """
    from analysis.pipeline import analyze

    config = storage_config(config if config is not None else store.actor_config())
    ids = list(article_ids) if article_ids is not None else store.article_ids()
    outcomes: list[IngestOutcome] = []
    for done, article_id in enumerate(ids, start=1):
        name = f"article {article_id}"
        try:
            raw = store.raw_article(article_id)
            name = str(raw["name"])
            document = Document(name=name, text=str(raw["raw_text"]), fmt=str(raw["fmt"]),
                                title=raw["title"], source=raw["outlet"],
                                published=raw["published"], url=raw["url"])
            analysis = analyze(document, actors=config,
                               scorer=scorer or str(raw["scorer"] or DEFAULT_SCORER),
                               clean_text=bool(raw["cleaned"]))
            store.replace_article(article_id, analysis)
            outcomes.append(IngestOutcome(name=name, status="added", article_ids=(article_id,),
                                          message=_line(name, "re-analysed")))
        except KeyError:
            outcomes.append(IngestOutcome(name=name, status="error",
                                          message=_line(name, "no longer stored")))
        except Exception:
            log.exception("re-analysing article %s failed", article_id)
            outcomes.append(IngestOutcome(name=name, status="error",
                                          message=_line(name, UNEXPECTED)))
        if on_progress is not None:
            on_progress(done, len(ids))
    return outcomes
