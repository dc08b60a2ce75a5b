"""Actor edits: the user's renames, merges, hides and aliases, and what they amount to.

Edits are stored as an ordered log (table ``actor_edits``) and never applied to the stored
analyses. Replaying the log gives two things: the read-time ``ActorView`` (stored name -> name
shown, and which shown names are hidden) that frames, the reader and corrections apply, and the
``ActorConfig`` that the pipeline uses when an article is (re-)analysed. Keeping the log, the
replay and both results in one module keeps their rules from drifting apart.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from analysis.types import Actor, ActorKind
from store.db import Connection, Database, now, open_db, write_transaction
from store.search import like_contains

if TYPE_CHECKING:
    from analysis.actors import ActorConfig


class EditKind(StrEnum):
    RENAME = "rename"  # args: (old, new)
    MERGE = "merge"  # args: (source, into)
    HIDE = "hide"  # args: (name,)
    UNHIDE = "unhide"  # args: (name,)
    ALIAS = "alias"  # args: (actor, alias, kind)
    ACTOR = "actor"  # args: (name, kind): an actor to look for, with no alias yet


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
        replay = _Replay(())
        for edit in edits:
            replay.apply(edit)
        names: set[str] = set()
        aliases: list[str] = []
        for edit in undone:
            if edit.kind == EditKind.MERGE:
                names |= replay.stored_as(edit.args[0]) | replay.stored_as(edit.args[1])
            elif edit.kind == EditKind.ALIAS:
                names |= replay.stored_as(edit.args[0])
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

@dataclass(frozen=True, slots=True)
class ActorView:
    """What the edits do to stored actor names when reading: shown name, and hidden or not."""

    shown: dict[str, str]  # stored name -> name shown (only names that change)
    hidden: frozenset[str]  # shown names that are hidden

    def show(self, name: str) -> str:
        return self.shown.get(name, name)

    def is_hidden(self, name: str) -> bool:
        return self.show(name) in self.hidden


class _Replay:
    """The actor edits replayed one at a time (see ``actor_view``)."""

    def __init__(self, names: Iterable[str]) -> None:
        self.shown = {n: n for n in names}  # stored name -> name shown now
        self.hidden: set[str] = set()  # shown names

    def apply(self, edit: ActorEdit) -> None:
        if edit.kind in (EditKind.RENAME, EditKind.MERGE):
            old, new = edit.args[0], edit.args[1]
            if old == new:
                return
            self.shown.setdefault(old, old)  # an edit may name an actor not stored yet
            for stored, current in self.shown.items():
                if current == old:
                    self.shown[stored] = new
            if old in self.hidden:
                self.hidden.discard(old)
                if edit.kind == EditKind.RENAME:
                    self.hidden.add(new)
        elif edit.kind == EditKind.HIDE:
            self.hidden.add(edit.args[0])
        elif edit.kind == EditKind.UNHIDE:
            self.hidden.discard(edit.args[0])

    def stored_as(self, shown_name: str) -> set[str]:
        """The stored names shown as ``shown_name`` now, and the name itself."""
        return {s for s, c in self.shown.items() if c == shown_name} | {shown_name}

    def stored_name(self, shown_name: str) -> str:
        """The stored name behind a shown one (the first found when a merge made several)."""
        for stored, current in self.shown.items():
            if current == shown_name and stored != current:
                return stored
        return shown_name

    def view(self) -> ActorView:
        return ActorView(shown={k: v for k, v in self.shown.items() if k != v},
                         hidden=frozenset(self.hidden))


def actor_view(edits: Sequence[ActorEdit], names: Iterable[str]) -> ActorView:
    """Replay ``edits`` in order over the stored actor ``names``.

    A rename or merge moves every actor currently shown under the old name; hide and unhide act on
    the name shown at the time, and a later rename carries the hidden mark along. Renaming onto a
    name in use shows both actors under it, like a merge.
    """
    replay = _Replay(names)
    for edit in edits:
        replay.apply(edit)
    return replay.view()


# --- edits that need re-analysis: which articles they touch -----------------------------------

def merge_actors(db: Database, source: str, into: str) -> list[int]:
    """Record the merge of ``source`` into ``into``; return the ids of the articles to re-analyse.

    Those are the articles that mention any stored name shown as ``source`` before the merge.
    """
    with open_db(db) as conn:
        edits = load_edits(conn)
    replay = _Replay(())
    for edit in edits:
        replay.apply(edit)
    stored = tuple(sorted(replay.stored_as(source.strip())))  # names before this merge
    record_edits(db, [(EditKind.MERGE, (source, into))])
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
    replay = _Replay(())
    for edit in edits:
        if edit.kind in (EditKind.ALIAS, EditKind.ACTOR):
            name = replay.stored_name(edit.args[0])
            kinds[name] = ActorKind(edit.args[-1])  # the latest kind given wins
            known = aliases.setdefault(name, [])
            if edit.kind == EditKind.ALIAS and edit.args[1] not in known:
                known.append(edit.args[1])
        elif edit.kind == EditKind.MERGE:
            into = replay.stored_name(edit.args[1])
            merges.pop(into, None)  # the target is a root now: A->B then B->A is no circle
            for source in sorted(replay.stored_as(edit.args[0]) - {into}):
                merges[source] = into
        replay.apply(edit)
    final = replay.view()
    renames = tuple((s, shown) for s, shown in final.shown.items() if s not in merges)
    hidden = {s for s, shown in final.shown.items() if shown in final.hidden}
    hidden |= final.hidden
    return ActorConfig(
        actors=tuple(Actor(n, k, tuple(aliases[n])) for n, k in kinds.items()),
        merges=tuple(merges.items()),
        renames=renames,
        hidden=frozenset(hidden),
    )
