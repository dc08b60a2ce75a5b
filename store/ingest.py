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
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from typing import TYPE_CHECKING, Literal

from analysis.errors import Msg, ReadError, printable
from analysis.limits import DEFAULT_LIMITS, Limits
from analysis.stance import DEFAULT_SCORER
from analysis.types import Document
from store.work import (
    NO_OVERRIDES,
    Analysed,
    InputResult,
    Item,
    Overrides,
    Problem,
    Stored,
    analyse_input,
    analyse_text,
    iter_documents,
)

if TYPE_CHECKING:
    from analysis.actors import ActorConfig
    from store.core import Store

log = logging.getLogger(__name__)

Status = Literal["added", "duplicate", "error"]

#: The message for an error nobody anticipated; details go to the log, not to the user.
UNEXPECTED = Msg.UNEXPECTED.value


@dataclass(frozen=True, slots=True)
class IngestOutcome:
    name: str  # the file name (or "pasted text")
    status: Status  # "added" when at least one article was added
    article_ids: tuple[int, ...] = ()  # added or already-stored articles
    message: str = ""  # one plain line for the user


def storage_config(config: ActorConfig) -> ActorConfig:
    """``config`` without renames and hides: the store applies those when reading."""
    return dataclasses.replace(config, renames=(), hidden=frozenset())


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


class StoredHashes:
    """The content hashes ``store`` holds, as a container asked one hash at a time (resuming)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def __contains__(self, digest: object) -> bool:
        return isinstance(digest, str) and self.store.article_id_for_hash(digest) is not None

    def __bool__(self) -> bool:  # "something to look in", however many it holds
        return True


def write_items(store: Store, name: str, items: Iterable[Item], *, documents: int,
                notes: Sequence[str] = ()) -> IngestOutcome:
    """Store each analysed item as it comes (one transaction per article); one outcome line.

    A duplicate (same content hash) is not stored again: its stored id is reported.
    """
    added: list[int] = []
    duplicates: list[int] = []
    problems: list[str] = []
    for item in items:
        if isinstance(item, Analysed):
            result = store.add_article(item.analysis, raw_text=item.raw_text)
            (added if result.created else duplicates).append(result.article_id)
        elif isinstance(item, Stored):
            article_id = store.article_id_for_hash(item.content_hash)
            if article_id is None:  # deleted since it was looked up
                problems.append(_line(item.name, Msg.NO_LONGER_STORED.value))
            else:
                duplicates.append(article_id)
        else:
            problems.append(item.line)
    if documents == 1 and not added and not duplicates and problems:
        return IngestOutcome(name=name, status="error", message=problems[0])
    outcome = _summary(name, added, duplicates, problems)
    if notes:  # e.g. a PDF read only up to the page cap
        outcome = dataclasses.replace(
            outcome, message=printable(f"{outcome.message} ({'; '.join(notes)})"))
    return outcome


def write_result(store: Store, result: InputResult) -> IngestOutcome:
    """Store what ``store.work.analyse_input`` (or ``analyse_document``) gave."""
    return write_items(store, result.name, result.items, documents=result.documents,
                       notes=result.notes)


def ingest_documents(store: Store, name: str, documents: Sequence[Document], *,
                     config: ActorConfig, scorer: str = DEFAULT_SCORER,
                     limits: Limits = DEFAULT_LIMITS, overrides: Overrides = NO_OVERRIDES,
                     errors: Sequence[str] = ()) -> IngestOutcome:
    """Analyse and store documents that came from one input called ``name``."""
    items = iter_documents(documents, config=config, scorer=scorer, limits=limits,
                           overrides=overrides, known=StoredHashes(store))
    return write_items(store, name, chain((Problem(e) for e in errors), items),
                       documents=len(documents) + len(errors))


def ingest_bytes(
    store: Store,
    files: Sequence[tuple[str, bytes]],
    *,
    config: ActorConfig | None = None,
    scorer: str = DEFAULT_SCORER,
    limits: Limits = DEFAULT_LIMITS,
    overrides: Overrides = NO_OVERRIDES,
    on_progress: Callable[[IngestOutcome], None] | None = None,
) -> list[IngestOutcome]:
    """Read, analyse and store each ``(name, data)`` file; one outcome per file, in order.

    The type is found from the content (``analysis.read.read_bytes``). A CSV/JSONL corpus adds one
    article per row (bad rows are named in the message, good rows still go in). ``config``
    defaults to the store's ``actor_config()``; only its actors, aliases and merges shape what is
    stored: to have an uploaded actors file's renames and hides shown, record it with
    ``Store.import_actor_config`` (then leave ``config`` as None). ``on_progress`` is called
    after each file. The same two steps as a worker: ``analyse_input``, then ``write_result``.
    """
    config = storage_config(config if config is not None else store.actor_config())
    outcomes: list[IngestOutcome] = []
    for name, data in files:
        try:
            result = analyse_input(name, data, config=config, scorer=scorer, limits=limits,
                                   overrides=overrides, known=StoredHashes(store))
            outcome = write_result(store, result)
        except Exception:
            log.exception("ingesting %s failed", printable(name))
            outcome = IngestOutcome(name=name, status="error",
                                    message=_line(name, Msg.UNEXPECTED.value))
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
        return ingest_documents(store, name, [document], config=config, scorer=scorer,
                                limits=limits)
    except ReadError as error:
        return IngestOutcome(name=name, status="error", message=str(error))
    except Exception:
        log.exception("ingesting pasted text failed")
        return IngestOutcome(name=name, status="error", message=_line(name, UNEXPECTED))


def rescore_one(store: Store, article_id: int, *, config: ActorConfig,
                scorer: str | None = None, limits: Limits = DEFAULT_LIMITS) -> IngestOutcome:
    """Re-analyse one stored article (``config``: a storage config) and replace it in place."""
    name = f"article {article_id}"
    try:
        raw = store.raw_article(article_id)
        name = str(raw["name"])
        document = Document(name=name, text=str(raw["raw_text"]), fmt=str(raw["fmt"]),
                            title=raw["title"], source=raw["outlet"],
                            published=raw["published"], url=raw["url"])
        analysis = analyse_text(document, config=config, limits=limits,
                                scorer=scorer or str(raw["scorer"] or DEFAULT_SCORER),
                                clean_text=bool(raw["cleaned"]))
        store.replace_article(article_id, analysis)
    except KeyError:
        return IngestOutcome(name=name, status="error",
                             message=_line(name, Msg.NO_LONGER_STORED.value))
    except ReadError as error:
        return IngestOutcome(name=name, status="error", message=str(error))
    except Exception:
        log.exception("re-analysing article %s failed", article_id)
        return IngestOutcome(name=name, status="error", message=_line(name, UNEXPECTED))
    return IngestOutcome(name=name, status="added", article_ids=(article_id,),
                         message=_line(name, "re-analysed"))


def rescore(
    store: Store,
    *,
    article_ids: Sequence[int] | None = None,
    config: ActorConfig | None = None,
    scorer: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    on_progress: Callable[[int, int], None] | None = None,
) -> list[IngestOutcome]:
    """Re-analyse stored articles from their raw text with the current actor config.

    ``article_ids=None`` means all. Each article is replaced in its own transaction (same id,
    corrections kept). ``scorer=None`` keeps the scorer each article was analysed with.
    ``on_progress(done, total)`` is called after each article.
    """
    config = storage_config(config if config is not None else store.actor_config())
    ids = list(article_ids) if article_ids is not None else store.article_ids()
    outcomes: list[IngestOutcome] = []
    for done, article_id in enumerate(ids, start=1):
        outcomes.append(rescore_one(store, article_id, config=config, scorer=scorer,
                                    limits=limits))
        if on_progress is not None:
            on_progress(done, len(ids))
    return outcomes
