"""Run a reader's parse function on untrusted bytes in the sandbox, and check what comes back.

The one place the readers call ``analysis.sandbox.run_limited``: PDF, DOCX, big HTML and Markdown
are parsed in a child process under the time and memory limits of ``Limits``. Whatever the child
returns is only data, so it is checked to be a mapping before any reader looks inside.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from analysis.errors import Msg, ReadError
from analysis.limits import Limits
from analysis.sandbox import run_limited


def parse_in_child(
    func: Callable[..., dict[str, Any]], data: bytes, *, name: str, limits: Limits,
    **options: Any,
) -> Mapping[str, Any]:
    """Run a parser on untrusted bytes in the sandbox, under the time and memory limits."""
    return child_fields(
        run_limited(func, data, seconds=limits.parse_seconds, memory=limits.parse_memory,
                    name=name, options=options),
        name=name,
    )


def child_fields(value: object, *, name: str) -> Mapping[str, Any]:
    """A parse function's result, checked: whatever came back from a child is only data."""
    if not isinstance(value, dict):
        raise ReadError(name, Msg.PARSE_FAILED, detail="the parser returned no fields")
    return value
