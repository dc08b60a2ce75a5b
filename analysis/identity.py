"""Actor identity: which name an extracted (stored) actor name is shown under, and whether hidden.

One pure mapping, ``Identity``, for everyone who names actors: the pipeline applies an actors
file through it (``analysis.actors``), and the store replays the user's edit log into it for
reading (``store.actor_edits``). It is built two ways, which a property test keeps equal on the
names they cover:

* ``replay(edits)``: the ordered edit log (rename, merge, hide, unhide, alias, actor). A rename
  or merge moves every name currently shown under the old name; hide and unhide act on the name
  shown at the time, and a later rename carries the hidden mark along.
* ``of_config(merges=, renames=, hidden=)``: an actors file, which is declarative, not ordered:
  merges are followed to their root, the root's rename applies once, and a hidden name hides the
  name shown for it (so what is stored or merged under it, and what is shown as it).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class EditKind(StrEnum):
    RENAME = "rename"  # args: (old, new)
    MERGE = "merge"  # args: (source, into)
    HIDE = "hide"  # args: (name,)
    UNHIDE = "unhide"  # args: (name,)
    ALIAS = "alias"  # args: (actor, alias, kind)
    ACTOR = "actor"  # args: (name, kind): an actor to look for, with no alias yet


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Identity:
    """Stored name -> name shown, and the shown names that are hidden."""

    shown: Mapping[str, str] = field(default_factory=lambda: _frozen({}))  # only names that change
    hidden: frozenset[str] = frozenset()  # shown names

    def show(self, name: str) -> str:
        return self.shown.get(name, name)

    def is_hidden(self, name: str) -> bool:
        """Whether the stored ``name`` is hidden (its shown name is)."""
        return self.show(name) in self.hidden

    def stored_as(self, shown_name: str) -> frozenset[str]:
        """The stored names shown as ``shown_name``: those the edits moved there, and the name
        itself unless the edits moved it away (a merge of a renamed-away name moves nothing)."""
        itself = set() if shown_name in self.shown else {shown_name}
        return frozenset({s for s, c in self.shown.items() if c == shown_name} | itself)

    def stored_name(self, shown_name: str) -> str:
        """The stored name behind a shown one (the first found when a merge made several)."""
        return next((s for s, c in self.shown.items() if c == shown_name), shown_name)

    def apply(self, kind: EditKind | str, args: Sequence[str]) -> Identity:
        """This identity after one more edit (see the module's rules)."""
        kind = EditKind(kind)
        if kind in (EditKind.RENAME, EditKind.MERGE):
            old, new = args[0], args[1]
            if old == new:
                return self
            moved = {s: (new if c == old else c) for s, c in self.shown.items()}
            if old not in self.shown:  # the name stored as itself, shown as itself until now
                moved[old] = new
            hidden = set(self.hidden)
            if old in hidden:
                hidden.discard(old)
                if kind == EditKind.RENAME:  # a merge's source takes its target's mark instead
                    hidden.add(new)
            return Identity(_frozen({s: c for s, c in moved.items() if s != c}),
                            frozenset(hidden))
        if kind == EditKind.HIDE:
            return Identity(self.shown, self.hidden | {args[0]})
        if kind == EditKind.UNHIDE:
            return Identity(self.shown, self.hidden - {args[0]})
        return self  # aliases and actors say what to look for, not how to name it


def replay(edits: Iterable[tuple[EditKind | str, Sequence[str]]]) -> Identity:
    """The identity an ordered edit log amounts to."""
    identity = Identity()
    for kind, args in edits:
        identity = identity.apply(kind, args)
    return identity


def follow(name: str, merges: Mapping[str, str]) -> str:
    """Where ``name`` ends after following ``merges`` (source -> target); stops at a circle."""
    seen = {name}
    while name in merges and merges[name] not in seen:
        name = merges[name]
        seen.add(name)
    return name


def of_config(*, merges: Iterable[tuple[str, str]], renames: Iterable[tuple[str, str]],
              hidden: Iterable[str]) -> Identity:
    """The identity an actors file's merges, renames and hides amount to."""
    merged = dict(merges)
    renamed = dict(renames)
    shown = {}
    for name in {*merged, *renamed}:
        root = follow(name, merged)
        shown[name] = renamed.get(root, root)
    # a hidden name hides what is stored or merged under it (whose shown name is its shown
    # name) and what is shown under it, when no rename moves it away
    marks = {shown.get(h, h) for h in hidden}
    return Identity(_frozen({s: c for s, c in shown.items() if s != c}), frozenset(marks))
