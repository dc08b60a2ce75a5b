"""The user's actors file at match time: its actors and aliases as one regex (longest
first), their kinds, its persons by surname and its merges, renames and hides (``_Matcher``),
built once per config and cached (``_cached_matcher``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.actor_config import ActorConfig
from analysis.identity import Identity, follow, of_config
from analysis.types import ActorKind


@dataclass(frozen=True, slots=True)
class _Matcher:
    """What a config needs at match time, built once per config."""

    pattern: re.Pattern[str] | None
    surface: dict[str, tuple[str, ActorKind, str]]  # matched text -> (actor, kind, via)
    merges: dict[str, str]  # each source -> the root it folds into (for the kind only)
    identity: Identity  # the config's merges, renames and hides: the names shown
    kinds: dict[str, ActorKind]
    persons: dict[str, str]  # surname -> full name, config persons only


def _matcher(config: ActorConfig) -> _Matcher:
    try:
        return _cached_matcher(config)
    except TypeError:  # built with lists or a set instead of tuples: fine, just not cached
        return _build_matcher(config)


@lru_cache(maxsize=32)
def _cached_matcher(config: ActorConfig) -> _Matcher:
    return _build_matcher(config)


def _build_matcher(config: ActorConfig) -> _Matcher:
    surface: dict[str, tuple[str, ActorKind, str]] = {}
    for actor in config.actors:
        surface[actor.name] = (actor.name, actor.kind, "name")
        for alias in actor.aliases:
            surface.setdefault(alias, (actor.name, actor.kind, "alias"))
    pattern = None
    if surface:
        # longest first, so "Ukrainian president" wins over "Ukrainian"
        forms = sorted(surface, key=lambda s: (-len(s), s))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    merges = dict(config.merges)
    resolved = {k: follow(k, merges) for k in merges}
    persons: dict[str, str] = {}
    ambiguous: set[str] = set()
    for actor in config.actors:
        words = actor.name.split()
        if (actor.kind is ActorKind.PERSON and len(words) > 1
                and persons.setdefault(words[-1], actor.name) != actor.name):
            ambiguous.add(words[-1])
    for surname in ambiguous:
        del persons[surname]
    return _Matcher(
        pattern=pattern,
        surface=surface,
        merges=resolved,
        identity=of_config(merges=config.merges, renames=config.renames, hidden=config.hidden),
        kinds={a.name: a.kind for a in config.actors},
        persons=persons,
    )
