"""Actor identity: which name an extracted (stored) actor name is shown under, and whether hidden.

One pure mapping, ``Identity``, for everyone who names actors: the pipeline applies an actors
file through it (``analysis.actors``), and the store replays the user's edit log into it for
reading (``store.actor_edits``). It is built two ways, which a property test keeps equal on the
names they cover:

* ``replay(edits)``: the ordered edit log (rename, merge, hide, unhide, alias, actor, split). A
  rename or merge moves every name currently shown under the old name; hide and unhide act on the
  name shown at the time, and a later rename carries the hidden mark along; a split shows one
  stored name as itself again and keeps it out of the automatic joins.
* ``of_config(merges=, renames=, hidden=)``: an actors file, which is declarative, not ordered:
  merges are followed to their root, the root's rename applies once, and a hidden name hides the
  name shown for it (so what is stored or merged under it, and what is shown as it).

Across a store, ``join_short_names`` adds the automatic joins: a one-word person name ("Trump")
is shown as the one full person name it fits ("Donald Trump"), by the rule the pipeline joins a
lone surname or first name to a full name within one article (``short_name_fits``; the
pipeline's ``analysis.actors.person_joins._join_persons`` shares ``surname``). The edits come
first: a name the user renamed, merged, hid or split is never joined automatically.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from analysis import gazetteer, names


class EditKind(StrEnum):
    RENAME = "rename"  # args: (old, new)
    MERGE = "merge"  # args: (source, into)
    HIDE = "hide"  # args: (name,)
    UNHIDE = "unhide"  # args: (name,)
    ALIAS = "alias"  # args: (actor, alias, kind)
    ACTOR = "actor"  # args: (name, kind): an actor to look for, with no alias yet
    SPLIT = "split"  # args: (name, actor): show stored name (or alias) apart from actor again


#: How a stored name came to be shown under another (``Identity.via``) when no edit moved it:
#: the automatic join of a one-word person name to the one full name it fits.
JOINED = "surname"


def _frozen(mapping: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Identity:
    """Stored name -> name shown, and the shown names that are hidden."""

    shown: Mapping[str, str] = field(default_factory=lambda: _frozen({}))  # only names that change
    hidden: frozenset[str] = frozenset()  # shown names
    apart: frozenset[str] = frozenset()  # stored names split off: never joined automatically
    # stored name (a key of ``shown``) -> what moved it: an ``EditKind`` value or ``JOINED``;
    # for the Actors page only, so not part of what makes two identities name actors alike
    via: Mapping[str, str] = field(default_factory=lambda: _frozen({}), compare=False)

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
            via = dict(self.via)
            if kind == EditKind.MERGE:  # a merge joins what was shown as the source: all of it
                via.update((s, str(kind)) for s, c in self.shown.items() if c == old)
            if old not in self.shown:  # the name stored as itself, shown as itself until now
                moved[old] = new
                via[old] = str(kind)
            hidden = set(self.hidden)
            if old in hidden:
                hidden.discard(old)
                if kind == EditKind.RENAME:  # a merge's source takes its target's mark instead
                    hidden.add(new)
            shown = {s: c for s, c in moved.items() if s != c}
            return Identity(_frozen(shown), frozenset(hidden), self.apart,
                            _frozen({s: v for s, v in via.items() if s in shown}))
        if kind == EditKind.HIDE:
            return Identity(self.shown, self.hidden | {args[0]}, self.apart, self.via)
        if kind == EditKind.UNHIDE:
            return Identity(self.shown, self.hidden - {args[0]}, self.apart, self.via)
        if kind == EditKind.SPLIT:  # only the stored name itself comes back, not what it carried
            name = args[0]
            return Identity(_frozen({s: c for s, c in self.shown.items() if s != name}),
                            self.hidden, self.apart | {name},
                            _frozen({s: v for s, v in self.via.items() if s != name}))
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


# --- automatic joins across a store ----------------------------------------------------------

def surname(words: Sequence[str]) -> str:
    """The last word of a name that is not "Jr." or "III"."""
    for word in reversed(words):
        if word not in names.SUFFIXES:
            return word
    return words[-1]


def short_name_fits(persons: Iterable[str]) -> dict[str, frozenset[str]]:
    """One-word person name -> the full person names among ``persons`` it fits.

    The pipeline's rule within an article: a surname fits the full names that end with it; a
    first word fits the full names that open with it, when no full name ends with it and it is
    no title. Who wins among several is the caller's business (here: nobody).
    """
    split = [(name, name.split()) for name in persons]
    short = [name for name, _ in split if one_word(name)]
    # only the full names a short name could fit are indexed: a store's persons are mostly
    # full names no short one fits (168,000 stored names at 10^5 articles)
    wanted = set(short)
    by_surname: dict[str, set[str]] = {}
    by_first: dict[str, set[str]] = {}
    for name, words in split:
        if len(words) < 2:
            continue
        if (last := surname(words)) in wanted:
            by_surname.setdefault(last, set()).add(name)
        if words[0] in wanted:
            by_first.setdefault(words[0], set()).add(name)
    out = {}
    for word in short:
        fit = by_surname.get(word) or (
            by_first.get(word) if word not in gazetteer.TITLES else None)
        if fit:
            out[word] = frozenset(fit)
    return out


def one_word(name: str) -> bool:
    """Whether ``short_name_fits`` takes ``name`` for a one-word name (a surname or a first
    name alone)."""
    return len(name.split()) == 1


def may_fit(name: str, short: AbstractSet[str]) -> bool:
    """Whether one of the one-word names ``short`` may fit the full name ``name`` in
    ``short_name_fits``: never False where one does, so a store reads only these of its names
    (its persons are mostly full names no short one fits), and cheaper than splitting the name
    into words: its first and last words on single spaces, and any name whose words a split on
    single spaces would not give (other white space, spaces doubled or at an end)."""
    first, space, _ = name.partition(" ")
    if not name.isprintable():  # tabs, line breaks and spaces other than " " split words too
        return True
    if not space:
        return False
    if not first or name.endswith(" ") or "  " in name:
        return True
    last = name.rpartition(" ")[2]
    return first in short or last in short or last in names.SUFFIXES


def join_short_names(identity: Identity, persons: Iterable[str]) -> Identity:
    """``identity`` with each one-word stored person name it leaves alone shown as the one full
    person name it fits, among the stored ``persons`` (names whose kind is person).

    "Fits one" counts shown names, so two stored spellings the user merged are one. A name the
    edits moved, hid or split (``Identity.apart``) keeps what the user said; so does a name that
    is itself the target of a join (no chains). What was merged into a joined name follows it.
    """
    return join_fitting(identity, short_name_fits(persons))


def join_fitting(identity: Identity, fits: Mapping[str, frozenset[str]]) -> Identity:
    """``join_short_names`` from the persons' ``short_name_fits``, which a store reads once per
    data version: computing them again for every query took 40 ms at 19,000 actors."""
    joins: dict[str, str] = {}
    for short, full in fits.items():
        if short in identity.shown or short in identity.apart or short in identity.hidden:
            continue
        targets = {identity.show(f) for f in full}
        if len(targets) == 1:
            joins[short] = next(iter(targets))
    joins = {s: t for s, t in joins.items() if t != s and t not in joins}
    if not joins:
        return identity
    shown = {s: joins.get(c, c) for s, c in identity.shown.items()}
    shown.update(joins)
    via = dict(identity.via)
    via.update((s, JOINED) for s in joins)
    return Identity(_frozen(shown), identity.hidden, identity.apart, _frozen(via))
