"""YAML from files a user hands us: safe types only, and no anchors or aliases.

``yaml.safe_load`` still expands aliases: a few hundred bytes of nested aliases ("billion
laughs") stand for billions of values, and anything that walks or prints them runs for minutes
and runs out of memory. Actors files and Markdown front matter have no use for anchors, so the
loader refuses them while composing, before any value is built. Deep nesting makes PyYAML's
composer recurse past Python's limit, and a value PyYAML recognises but cannot build (the date
2024-02-30) raises ``ValueError``; both are reported here too, never as a traceback.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from analysis.errors import Msg


class UnsafeYamlError(ValueError):
    """YAML that was not loaded: ``detail`` is one line for the user, ``line`` 1-based or None."""

    def __init__(self, detail: str, *, line: int | None = None) -> None:
        self.detail = detail
        self.line = line
        super().__init__(detail)


def load_yaml(text: str) -> Any:
    """``text`` as plain YAML data; raise ``UnsafeYamlError`` when it is broken or hostile."""
    import yaml

    loader = _loader_class()(text)
    try:
        return loader.get_single_data()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or "not valid YAML"
        raise UnsafeYamlError(problem, line=line) from None
    except RecursionError:
        raise UnsafeYamlError(Msg.NESTED_TOO_DEEP.value) from None
    except (ValueError, OverflowError):  # a date like 2024-02-30, an int of 5,000 digits
        raise UnsafeYamlError(Msg.YAML_BAD_VALUE.value) from None
    finally:
        loader.dispose()


@cache
def _loader_class() -> type:
    import yaml

    class NoAliasLoader(yaml.SafeLoader):
        """A ``SafeLoader`` that stops at the first alias (``*name``), before expanding it."""

        def compose_node(self, parent: Any, index: Any) -> Any:
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise yaml.composer.ComposerError(
                    None, None, Msg.YAML_ALIASES.value, event.start_mark)
            return super().compose_node(parent, index)

    return NoAliasLoader
