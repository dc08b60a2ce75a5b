"""Actor edits: the user's renames, merges, hides and aliases, and what they amount to.

Edits are stored as an ordered log (table ``actor_edits``) and never applied to the stored
analyses. Replaying the log through ``analysis.identity`` (the one naming rule, which the
pipeline also applies an actors file through) gives two things: the read-time ``ActorView``
(stored name -> name shown, and which shown names are hidden) that frames, the reader and
corrections apply, and the ``ActorConfig`` that the pipeline uses when an article is
(re-)analysed; a property test checks that both name every actor alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.identity import EditKind, Identity, replay
from analysis.types import Actor, ActorKind
from store.db import Connection, Database, now, open_db, write_transaction
from store.search import like_contains

if TYPE_CHECKING:
    from analysis.actors import ActorConfig


@dataclass(frozen=True, slots=True)
class ActorEdit:
    id: int
    kind: EditKind
    args: tuple[str, ...]
    created: str  # ISO timestamp, UTC


# --- the log ---------------------------------------------------------------------------------

def record_edits(db: Database, edits: Sequence[tuple[EditKind, Sequence[str]]]) -> None:
    """Record edits in one transaction, in order.

    Exclusive (see ``write_transaction``) because a correction is stored under the names the edits
    give when it is made: edits and corrections must not interleave.
    """
    rows = []
    for kind, args in edits:
        if any(not a.strip() for a in args):
            raise ValueError(f"{kind} needs non-empty names")
        rows.append((str(kind), json.dumps([a.strip() for a in args], ensure_ascii=False),
                     now()))
    with open_db(db) as conn, write_transaction(conn, exclusive=True):
        conn.executemany("INSERT INTO actor_edits (kind, args, created) VALUES (?, ?, ?)",
                         rows)


def load_edits(conn: Connection) -> list[ActorEdit]:
    """Every actor edit, oldest first (on ``conn``, so a caller's snapshot includes them)."""
    return [ActorEdit(int(i), EditKind(k), tuple(json.loads(a)), c)
            for i, k, a, c in conn.execute(
                "SELECT id, kind, args, created FROM actor_edits ORDER BY id")]


def undo_edit(db: Database, edit_id: int) -> None:
    with open_db(db) as conn, write_transaction(conn):
        conn.execute("DELETE FROM actor_edits WHERE id = ?", (edit_id,))


def _articles_containing(conn: Connection, alias: str) -> set[int]:
    """The ids of the articles whose text contains ``alias`` (any case, wildcards literal)."""
    like = conn.dialect.like  # a keyword from a fixed pair, never user text
    return {int(r[0]) for r in conn.execute(
        f"SELECT id FROM articles WHERE text {like} ? ESCAPE '\\'",
        (like_contains(alias.strip()),))}


def undo_last(db: Database, count: int = 1) -> tuple[list[ActorEdit], list[int]]:
    """Forget the ``count`` newest edits in one transaction; return them (newest first) and the
    ids of the articles to re-analyse: those a merge or an alias undone had changed.

    Renames, hides and unhides undone show at once (they apply when reading). A merge undone
    touches the articles that mention either side under its stored names; an alias undone, the
    articles whose text contains it (as ``add_alias`` found them).
    """
    # exclusive: it reads the log before it writes (see ``record_edits``)
    with open_db(db) as conn, write_transaction(conn, exclusive=True):
        edits = load_edits(conn)
        undone = edits[len(edits) - max(0, count):] if count > 0 else []
        identity = replay_log(edits)
        names: set[str] = set()
        aliases: list[str] = []
        for edit in undone:
            if edit.kind == EditKind.MERGE:
                names |= identity.stored_as(edit.args[0]) | identity.stored_as(edit.args[1])
            elif edit.kind == EditKind.ALIAS:
                names |= identity.stored_as(edit.args[0])
                aliases.append(edit.args[1])
        conn.executemany("DELETE FROM actor_edits WHERE id = ?", [(e.id,) for e in undone])
        ids: set[int] = set()
        if names:
            marks = ", ".join("?" * len(names))
            ids |= {int(r[0]) for r in conn.execute(
                f"SELECT DISTINCT article_id FROM mentions WHERE actor IN ({marks})",
                tuple(sorted(names)))}
        for alias in aliases:
            ids |= _articles_containing(conn, alias)
    return undone[::-1], sorted(ids)


# --- the read-time view ----------------------------------------------------------------------

#: What the edits do to stored actor names when reading: ``analysis.identity.Identity``, the one
#: mapping the pipeline also applies an actors file through.
ActorView = Identity


def replay_log(edits: Iterable[ActorEdit]) -> Identity:
    """The stored edit log replayed in order (``analysis.identity.replay``)."""
    return replay((edit.kind, edit.args) for edit in edits)


def actor_view(edits: Sequence[ActorEdit], names: Iterable[str] = ()) -> ActorView:
    """Replay ``edits`` in order (``analysis.identity``'s rules).

    ``names`` (the stored actor names) are accepted for the callers' convenience; the view is
    the same for any names: a name that no edit touches is shown as itself.
    """
    del names
    return replay_log(edits)


# --- edits that need re-analysis: which articles they touch -----------------------------------

def merge_actors(db: Database, source: str, into: str) -> list[int]:
    """Record the merge of ``source`` into ``into``; return the ids of the articles to re-analyse.

    Those are the articles that mention any stored name shown as ``source`` before the merge.
    """
    with open_db(db) as conn:
        edits = load_edits(conn)
    stored = tuple(sorted(replay_log(edits).stored_as(source.strip())))  # before this merge
    record_edits(db, [(EditKind.MERGE, (source, into))])
    if not stored:  # no stored name is shown as the source (renamed or merged away): no article
        return []
    with open_db(db) as conn:
        marks = ", ".join("?" * len(stored))
        return [int(r[0]) for r in conn.execute(
            f"SELECT DISTINCT article_id FROM mentions WHERE actor IN ({marks})"
            " ORDER BY article_id", stored)]


def add_alias(db: Database, actor: str, alias: str, *, kind: ActorKind | str) -> list[int]:
    """Record ``alias`` of ``actor``; return the ids of the articles whose text contains it.

    The match is case-insensitive (SQLite's LIKE, PostgreSQL's ILIKE), with LIKE's wildcards in
    the alias escaped.
    """
    kind = ActorKind(kind)
    record_edits(db, [(EditKind.ALIAS, (actor, alias, str(kind)))])
    with open_db(db) as conn:
        return sorted(_articles_containing(conn, alias))


# --- to and from ActorConfig -----------------------------------------------------------------

def edits_of_config(config: ActorConfig) -> list[tuple[EditKind, Sequence[str]]]:
    """An actors file (``ActorConfig``) as the edits that record it, in replay order."""
    edits: list[tuple[EditKind, Sequence[str]]] = []
    for actor in config.actors:
        edits.append((EditKind.ACTOR, (actor.name, str(actor.kind))))
        edits.extend((EditKind.ALIAS, (actor.name, alias, str(actor.kind)))
                     for alias in actor.aliases)
    edits.extend((EditKind.MERGE, pair) for pair in config.merges)
    edits.extend((EditKind.RENAME, pair) for pair in config.renames)
    edits.extend((EditKind.HIDE, (name,)) for name in sorted(config.hidden))
    return edits


def actor_config(edits: Sequence[ActorEdit]) -> ActorConfig:
    """The ``ActorConfig`` the ``edits`` amount to (for analysis and for export).

    Names the user typed are shown names; they are translated back to the names the pipeline
    produces, so merges and aliases given after a rename still apply.
    """
    from analysis.actors import ActorConfig

    kinds: dict[str, ActorKind] = {}
    aliases: dict[str, list[str]] = {}
    merges: dict[str, str] = {}  # stored name -> the stored name it is folded into
    identity = Identity()
    for edit in edits:
        if edit.kind in (EditKind.ALIAS, EditKind.ACTOR):
            name = identity.stored_name(edit.args[0])
            kinds[name] = ActorKind(edit.args[-1])  # the latest kind given wins
            known = aliases.setdefault(name, [])
            if edit.kind == EditKind.ALIAS and edit.args[1] not in known:
                known.append(edit.args[1])
        elif edit.kind == EditKind.MERGE:
            into = identity.stored_name(edit.args[1])
            sources = identity.stored_as(edit.args[0])
            if into == edit.args[1] and into in identity.shown and into not in sources:
                # no stored name is shown as the target (it was renamed away, and the merge
                # does not bring it back): the merge names the sources anew, which the final
                # renames below carry
                identity = identity.apply(edit.kind, edit.args)
                continue
            merges.pop(into, None)  # the target is a root now: A->B then B->A is no circle
            for source in sorted(sources - {into}):
                merges[source] = into
        identity = identity.apply(edit.kind, edit.args)
    renames = tuple((s, shown) for s, shown in identity.shown.items() if s not in merges)
    hidden = {s for s, shown in identity.shown.items() if shown in identity.hidden}
    # a hidden shown name hides the stored name of that name only if it is still shown as itself
    hidden |= {h for h in identity.hidden if h not in identity.shown}
    return ActorConfig(
        actors=tuple(Actor(n, k, tuple(aliases[n])) for n, k in kinds.items()),
        merges=tuple(merges.items()),
        renames=renames,
        hidden=frozenset(hidden),
    )
