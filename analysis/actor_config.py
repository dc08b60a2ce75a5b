"""The user's actors file: actors and aliases to add, and actors to merge, rename or hide.

``load_actor_config(path)`` reads a YAML or JSON file (``--actors FILE``; see
``sample_data/actors.yaml``) into a frozen ``ActorConfig``; ``ActorConfig.from_mapping`` does the
same for data the dashboard stores. Every problem is an ``ActorsFileError`` naming the file and
the reason in plain words. ``analysis.actors`` applies the config while resolving mentions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis import gazetteer
from analysis.errors import ActorsFileError, Msg, shown
from analysis.types import Actor, ActorKind

#: Largest actors file read; a longer one is a mistake, not a list of actors.
MAX_ACTORS_FILE_BYTES = 1024 * 1024

FILE_KEYS: tuple[str, ...] = ("actors", "merge", "rename", "hide")
ACTOR_KEYS: tuple[str, ...] = ("name", "kind", "aliases")


@dataclass(frozen=True, slots=True)
class ActorConfig:
    """The user's actors file: extra actors and aliases, merges, renames and hidden actors."""

    actors: tuple[Actor, ...] = ()
    merges: tuple[tuple[str, str], ...] = ()  # (actor, the actor it is folded into)
    renames: tuple[tuple[str, str], ...] = ()  # (canonical name, name shown)
    hidden: frozenset[str] = frozenset()

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], *, name: str) -> ActorConfig:
        """Validate a parsed actors file; raise ``ActorsFileError(name, reason)`` if it is wrong."""
        if data is None:
            raise ActorsFileError(name, "it is empty")
        if not isinstance(data, Mapping):
            raise ActorsFileError(
                name, f"expected a mapping with keys {', '.join(FILE_KEYS)}, "
                f"got {_type_name(data)}")
        unknown = [k for k in data if k not in FILE_KEYS]
        if unknown:
            raise ActorsFileError(
                name, f"unknown key {_listed(unknown)} (allowed: {', '.join(FILE_KEYS)})")
        actors = _parse_actors(data.get("actors"), name=name)
        merges = _parse_pairs(data.get("merge"), key="merge", name=name)
        renames = _parse_pairs(data.get("rename"), key="rename", name=name)
        hidden = frozenset(_parse_names(data.get("hide"), key="hide", name=name))
        config = cls(actors=actors, merges=merges, renames=renames, hidden=hidden)
        _check_merges(config.merges, name=name)
        return config

    def overlay(self, other: ActorConfig) -> ActorConfig:
        """This config with ``other`` layered on top (the dashboard's edits over a file).

        Actors with the same name are combined (aliases joined, ``other``'s kind wins); a merge or
        rename of the same actor in ``other`` replaces this one's; hidden sets are joined.
        """
        by_name: dict[str, Actor] = {a.name: a for a in self.actors}
        for actor in other.actors:
            old = by_name.get(actor.name)
            if old is None:
                by_name[actor.name] = actor
            else:
                aliases = tuple(dict.fromkeys((*old.aliases, *actor.aliases)))
                by_name[actor.name] = Actor(actor.name, actor.kind, aliases)
        merges = {**dict(self.merges), **dict(other.merges)}
        renames = {**dict(self.renames), **dict(other.renames)}
        return ActorConfig(
            actors=tuple(by_name.values()),
            merges=tuple(merges.items()),
            renames=tuple(renames.items()),
            hidden=self.hidden | other.hidden,
        )

    def to_mapping(self) -> dict[str, Any]:
        """The actors-file form of this config; ``from_mapping(to_mapping())`` gives it back."""
        return {
            "actors": [
                {"name": a.name, "kind": a.kind.value, "aliases": list(a.aliases)}
                for a in self.actors
            ],
            "merge": dict(self.merges),
            "rename": dict(self.renames),
            "hide": sorted(self.hidden),
        }


def load_actor_config(path: str | Path) -> ActorConfig:
    """Read an actors file (``.yaml``/``.yml`` or ``.json``); raise ``ActorsFileError`` if bad."""
    path = Path(path)
    name = path.name
    suffix = path.suffix.lower()
    if suffix not in (".yaml", ".yml", ".json"):
        raise ActorsFileError(name, f"files of type '{suffix or path.name}' are not supported "
                                    "(use .yaml, .yml or .json)")
    try:
        size = path.stat().st_size
        if size > MAX_ACTORS_FILE_BYTES:
            raise ActorsFileError(name, f"it is {size / 1024:.0f} KB, over the "
                                        f"{MAX_ACTORS_FILE_BYTES // 1024} KB limit")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ActorsFileError(name, "no such file") from None
    except OSError as exc:
        raise ActorsFileError(name, f"it could not be opened: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ActorsFileError(name, "it is not UTF-8 text") from None
    return ActorConfig.from_mapping(_parse_text(text, suffix=suffix, name=name), name=name)


def _parse_text(text: str, *, suffix: str, name: str) -> Any:
    if suffix == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ActorsFileError(
                name, f"JSON syntax error at line {exc.lineno}: {exc.msg}") from None
        except RecursionError:  # thousands of nested brackets
            raise ActorsFileError(name, Msg.NESTED_TOO_DEEP.value) from None
    from analysis.safe_yaml import UnsafeYamlError, load_yaml

    try:
        return load_yaml(text)
    except UnsafeYamlError as exc:
        if exc.line is None:  # not a syntax error: nesting, or a value out of range
            raise ActorsFileError(name, exc.detail) from None
        where = f" at line {exc.line}" if exc.line is not None else ""
        raise ActorsFileError(name, f"YAML syntax error{where}: {exc.detail}") from None


def _listed(values: list[Any], *, most: int = 3) -> str:
    """A few of the user's values for a message, each cut short (``shown``), then a count."""
    listed = ", ".join(shown(v) for v in values[:most])
    return listed + (f" and {len(values) - most} more" if len(values) > most else "")


def _type_name(value: object) -> str:
    return {list: "a list", str: "a string", int: "a number", float: "a number",
            bool: "true/false"}.get(type(value), type(value).__name__)


def _text(value: object, *, what: str, name: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ActorsFileError(name, f"{what} must be a non-empty text, got {shown(value)}")
    return value.strip()


def _parse_names(value: object, *, key: str, name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ActorsFileError(name, f"'{key}' must be a list of names, got {_type_name(value)}")
    return [_text(v, what=f"each entry of '{key}'", name=name) for v in value]


def _parse_pairs(value: object, *, key: str, name: str) -> tuple[tuple[str, str], ...]:
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        raise ActorsFileError(
            name, f"'{key}' must map names to names (old: new), got {_type_name(value)}")
    pairs = []
    for k, v in value.items():
        source = _text(k, what=f"a name in '{key}'", name=name)
        target = _text(v, what=f"the target of {shown(source)} in '{key}'", name=name)
        if source == target:
            raise ActorsFileError(name, f"'{key}' maps {shown(source)} to itself")
        pairs.append((source, target))
    return tuple(pairs)


def _parse_actors(value: object, *, name: str) -> tuple[Actor, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ActorsFileError(name, f"'actors' must be a list, got {_type_name(value)}")
    actors: dict[str, Actor] = {}
    owner: dict[str, str] = {}  # alias -> actor, to refuse one alias for two actors
    kinds = ", ".join(k.value for k in ActorKind)
    for number, item in enumerate(value, start=1):
        if not isinstance(item, Mapping):
            raise ActorsFileError(
                name, f"actor #{number} must be a mapping with 'name', 'kind' and 'aliases'")
        unknown = [k for k in item if k not in ACTOR_KEYS]
        if unknown:
            raise ActorsFileError(
                name, f"actor #{number} has unknown key {_listed(unknown)} "
                f"(allowed: {', '.join(ACTOR_KEYS)})")
        actor_name = _text(item.get("name"), what=f"the name of actor #{number}", name=name)
        raw_kind = item.get("kind")
        if raw_kind is None:
            kind = gazetteer.KINDS.get(actor_name)
            if kind is None:
                raise ActorsFileError(name, f"actor {shown(actor_name)} needs a kind ({kinds})")
        else:
            try:
                kind = ActorKind(str(raw_kind).strip().lower())
            except ValueError:
                raise ActorsFileError(
                    name,
                    f"actor {shown(actor_name)} has kind {shown(raw_kind)}; use one of {kinds}",
                ) from None
        aliases = _parse_names(
            item.get("aliases"), key=f"aliases of {shown(actor_name)[1:-1]}", name=name)
        if actor_name in actors:
            old = actors[actor_name]
            aliases = [*old.aliases, *aliases]
        for surface in (actor_name, *aliases):
            first = owner.setdefault(surface, actor_name)
            if first != actor_name:
                raise ActorsFileError(
                    name, f"{shown(surface)} is given to both {shown(first)} and "
                    f"{shown(actor_name)}")
        unique = tuple(dict.fromkeys(a for a in aliases if a != actor_name))
        actors[actor_name] = Actor(actor_name, kind, unique)
    return tuple(actors.values())


def _check_merges(merges: Iterable[tuple[str, str]], *, name: str) -> None:
    target = dict(merges)
    for start in target:
        seen = [start]
        current = start
        while current in target:
            current = target[current]
            if current in seen:
                circle = [*seen, current]
                loop = " -> ".join(shown(n) for n in circle[:4]) + (
                    " -> …" if len(circle) > 4 else "")
                raise ActorsFileError(name, f"'merge' goes round in a circle: {loop}")
            seen.append(current)
