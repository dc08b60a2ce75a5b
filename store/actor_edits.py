"""Actor edits: the user's renames, merges, hides, aliases and splits, and what they amount to.

Edits are stored as an ordered log (table ``actor_edits``) and never applied to the stored
analyses. Replaying the log through ``analysis.identity`` (the one naming rule, which the
pipeline also applies an actors file through) gives two things: the read-time ``ActorView``
(stored name -> name shown, and which shown names are hidden) that frames, the reader and
corrections apply, and the ``ActorConfig`` that the pipeline uses when an article is
(re-)analysed; a property test checks that both name every actor alike.

Every reader takes its view from ``current_view``: the replayed edits plus the automatic joins
across the store (a one-word person name shown as the one stored full name it fits,
``analysis.identity.join_short_names``). Those joins are read-time only, like a merge before
re-analysis: they are not part of the ``ActorConfig`` (one article cannot know the store), so a
split of one needs no re-analysis, and ``store.folding`` re-aggregates where both names occur.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING

from analysis.identity import (
    EditKind,
    Identity,
    join_fitting,
    may_fit,
    one_word,
    replay,
    short_name_fits,
)
from analysis.types import Actor, ActorKind
from store.db import (
    Connection,
    Database,
    PerVersion,
    in_chunks,
    now,
    open_db,
    read_snapshot,
    write_transaction,
)
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


def _articles_mentioning(conn: Connection, stored: Iterable[str]) -> set[int]:
    """The ids of the articles with a mention of any of the ``stored`` names."""
    names = tuple(sorted(set(stored)))
    if not names:
        return set()
    return {int(r[0]) for r in conn.execute(
        f"SELECT DISTINCT article_id FROM mentions WHERE actor IN ({', '.join('?' * len(names))})",
        names)}


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
            elif edit.kind == EditKind.SPLIT:  # what the split took apart is joined again
                reach_names, reach_aliases = split_reach(
                    [e for e in edits if e.id < edit.id], edit.args[0], edit.args[1])
                names |= reach_names
                aliases.extend(reach_aliases)
        conn.executemany("DELETE FROM actor_edits WHERE id = ?", [(e.id,) for e in undone])
        ids = _articles_mentioning(conn, names)
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


#: ``stored_fits`` per database and data version. The scan takes a fraction of a second at
#: 10^5 articles and every reader (one article, one correction) needs it.
_FITS: PerVersion[Mapping[str, frozenset[str]]] = PerVersion()


def stored_fits(conn: Connection) -> Mapping[str, frozenset[str]]:
    """``analysis.identity.short_name_fits`` of the stored actor names whose kind is person in
    most of the articles that name them: the names the automatic joins choose from.

    One scan of ``actor_kinds`` (the articles per name and kind), kept per data version with
    the fits found in it (40 ms of Python at 19,000 actors, for every query otherwise). A tie
    between kinds is no majority: such a name is not joined.
    """
    return _FITS.get(conn, lambda c: MappingProxyType(short_name_fits(_scan_persons(c))))


#: The names whose kind is person in more articles than any other kind gives them (a tie is
#: no majority), grouped in the database: at 10^5 articles with a long tail of actors the
#: rows of every name and kind cost more to send to Python and count there than the fits.
_PERSONS_SQL = """SELECT name FROM actor_kinds{where} GROUP BY name
    HAVING SUM(CASE WHEN kind = ? THEN articles ELSE 0 END)
         > MAX(CASE WHEN kind = ? THEN 0 ELSE articles END)"""


def _persons(conn: Connection, where: str = "", params: Sequence[str] = ()) -> list[str]:
    person = str(ActorKind.PERSON)
    return [str(row[0]) for row in conn.execute(_PERSONS_SQL.format(where=where),
                                                [*params, person, person])]


def _scan_persons(conn: Connection) -> list[str]:
    """The persons ``short_name_fits`` needs: the one-word ones, and the full names one of them
    may fit (``may_fit``). Grouping every name's kinds and splitting every person's name took
    0.3-0.4 s a data version at 7.5 * 10^4 articles (126,776 persons, most of them full names
    no short one fits); the one-word names are few, and grouped alone."""
    # one row per stored name and kind (migration 14, kept by triggers on ``actors``); a name
    # without a space inside is all a one-word name can be
    short = [name for name in _persons(conn, " WHERE TRIM(name) NOT LIKE ?", ["% %"])
             if one_word(name)]
    if not short:
        return []
    wanted = frozenset(short)
    names = [str(row[0]) for row in conn.execute("SELECT DISTINCT name FROM actor_kinds")]
    full = sorted(name for name in names if may_fit(name, wanted))
    for part in in_chunks(full):
        short.extend(_persons(conn, f" WHERE name IN ({', '.join('?' * len(part))})", part))
    return short


def current_view(conn: Connection, *, edits: Sequence[ActorEdit] | None = None) -> ActorView:
    """The view every reader applies, read on ``conn`` (the caller's snapshot): the edit log
    replayed, then the automatic joins of one-word person names across the store.

    ``edits`` saves reading the log again when the caller has it from the same snapshot.
    """
    if edits is None:
        edits = load_edits(conn)
    return join_fitting(replay_log(edits), stored_fits(conn))


@dataclass(frozen=True, slots=True)
class Alias:
    """A name an actor is also known by, and how it came to be: ``via`` is
    ``analysis.identity.JOINED`` (the automatic join), "merge", "rename" or "alias"."""

    name: str  # a stored name shown under the actor, or an alias the pipeline looks for
    via: str


def actor_aliases(view: ActorView, edits: Sequence[ActorEdit]) -> dict[str, tuple[Alias, ...]]:
    """Shown name -> its aliases (stored names shown under it, then the configured aliases
    the ``edits`` still give it), each group sorted by name; hidden actors included."""
    out: dict[str, list[Alias]] = {}
    for stored, shown in view.shown.items():
        out.setdefault(shown, []).append(Alias(stored, view.via.get(stored, str(EditKind.MERGE))))
    for actor in actor_config(edits).actors:
        for alias in actor.aliases:
            out.setdefault(view.show(actor.name), []).append(Alias(alias, str(EditKind.ALIAS)))
    return {shown: tuple(sorted(group, key=lambda a: (a.name, a.via)))
            for shown, group in sorted(out.items())}


def stored_aliases(db: Database) -> dict[str, tuple[Alias, ...]]:
    """``actor_aliases`` of the store as every reader shows it now (one snapshot)."""
    with open_db(db) as conn, read_snapshot(conn):
        edits = load_edits(conn)
        view = current_view(conn, edits=edits)
    return actor_aliases(view, edits)


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
        return sorted(_articles_mentioning(conn, stored))


def add_alias(db: Database, actor: str, alias: str, *, kind: ActorKind | str) -> list[int]:
    """Record ``alias`` of ``actor``; return the ids of the articles whose text contains it.

    The match is case-insensitive (SQLite's LIKE, PostgreSQL's ILIKE), with LIKE's wildcards in
    the alias escaped.
    """
    kind = ActorKind(kind)
    record_edits(db, [(EditKind.ALIAS, (actor, alias, str(kind)))])
    with open_db(db) as conn:
        return sorted(_articles_containing(conn, alias))


def split_reach(edits: Sequence[ActorEdit], name: str, actor: str,
                ) -> tuple[frozenset[str], tuple[str, ...]]:
    """What splitting ``name`` off ``actor`` after ``edits`` changes in stored analyses: the
    stored names whose articles hold it folded in (a merge the pipeline applied), and the alias
    texts whose articles found it as the actor. A rename or an automatic join changes nothing
    stored: both apply at read time."""
    config = actor_config(edits)
    identity = replay_log(edits)
    names = (identity.stored_as(identity.show(name)) if name in dict(config.merges)
             else frozenset())
    aliases = tuple(alias for a in config.actors
                    if identity.show(a.name) == actor for alias in a.aliases if alias == name)
    return names, aliases


def split_actor(db: Database, name: str, actor: str) -> list[int]:
    """Record that ``name`` (a stored name or an alias shown under ``actor``) is not ``actor``:
    it is shown as itself again and never joined automatically. Return the ids of the articles
    to re-analyse: those whose stored analysis the join had changed (see ``split_reach``)."""
    with open_db(db) as conn:
        edits = load_edits(conn)
    names, aliases = split_reach(edits, name.strip(), actor.strip())
    record_edits(db, [(EditKind.SPLIT, (name, actor))])
    with open_db(db) as conn:
        ids = _articles_mentioning(conn, names)
        for alias in aliases:
            ids |= _articles_containing(conn, alias)
    return sorted(ids)


def import_config(db: Database, config: ActorConfig) -> list[int]:
    """Record an actors file as edits (``edits_of_config``), in one transaction; return the ids
    of the stored articles to re-analyse for it to show: those whose text contains an actor's
    name or alias it gives (as ``add_alias`` finds them: a kind or an alias only acts when an
    article is analysed), and those that mention a stored name its merges move (as
    ``merge_actors``). Its renames and hides apply when reading: no article for them."""
    with open_db(db) as conn:
        identity = replay_log(load_edits(conn))  # before this file's edits
    moved = {s for source, _ in config.merges for s in identity.stored_as(source)}
    record_edits(db, edits_of_config(config))
    with open_db(db) as conn:
        ids = _articles_mentioning(conn, moved)
        for text in {t for a in config.actors for t in (a.name, *a.aliases)}:
            ids |= _articles_containing(conn, text)
    return sorted(ids)


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
        elif edit.kind == EditKind.SPLIT:
            name = edit.args[0]
            owner = identity.stored_name(edit.args[1])
            if name in aliases.get(owner, []):
                aliases[owner].remove(name)
            if name in identity.shown:  # moved by a rename or a merge: back to itself
                merges.pop(name, None)
                orphans = sorted(s for s, into in merges.items() if into == name)
                after = identity.apply(edit.kind, edit.args)
                if orphans:  # merged into it before it moved: they stay where it was shown
                    roots = sorted(s for s in after.stored_as(after.show(orphans[0]))
                                   if s not in merges and s != name)
                    root = roots[0] if roots else orphans[0]
                    merges.pop(root, None)
                    merges.update((s, root) for s in orphans if s != root)
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
