"""Run a parser over untrusted bytes in a child process, under a time and a memory limit.

PDF and DOCX parsers are large libraries fed with bytes a stranger wrote: a crafted file can loop
for ever or expand to gigabytes. Each parse therefore runs in a fresh interpreter started with
``subprocess`` (not ``fork``: the dashboard runs Streamlit threads, and forking a threaded process
can deadlock the child), under ``RLIMIT_AS``, and is killed after a wall-clock timeout.

The result travels back as JSON, never pickle, so a child that a hostile file managed to subvert
can at worst send wrong plain data, not code. The function to run is named by module and
qualified name, so it must be a module-level function taking ``(payload: bytes, **options)`` and
returning plain data (dicts, lists, strings, numbers, booleans, None).

A parse function reports a known failure by raising ``ParseFailure(Msg.X, **details)``; the parent
turns it into ``ReadError(name, Msg.X, **details)``.
"""

from __future__ import annotations

import json
import math
import signal
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from analysis.errors import Msg, ReadError
from analysis.limits import MB

#: The child's entry point. ``-I`` (isolated) keeps PYTHON* variables, the user site and the
#: working directory out of the child; the project root is put on ``sys.path`` by hand. The
#: ``analysis`` package is registered without running its ``__init__``, which imports the whole
#: pipeline (spaCy): a parse only needs the reader module, and spawn time matters per file.
_BOOTSTRAP = """\
import sys, types
sys.path.insert(0, sys.argv[1])
_pkg = types.ModuleType("analysis")
_pkg.__path__ = [sys.argv[2]]
sys.modules["analysis"] = _pkg
from analysis.sandbox import _child_main
sys.exit(_child_main())
"""

_PACKAGE_DIR = Path(__file__).resolve().parent
_PROJECT_ROOT = _PACKAGE_DIR.parent

#: Longest exception text passed on to a user; parser messages can quote the hostile bytes.
_MAX_DETAIL_CHARS = 160

#: Signals a killed child can die of, and what that most likely means.
_SIGNAL_MEANING: Mapping[int, Msg] = {
    signal.SIGKILL: Msg.PARSE_MEMORY,  # the kernel's OOM killer (our own kill is the timeout)
    signal.SIGXCPU: Msg.PARSE_TIMEOUT,  # RLIMIT_CPU, the backstop of the wall-clock timeout
}


class ParseFailure(Exception):
    """Raised inside the child by a parse function for a failure with a catalogued message."""

    def __init__(self, msg: Msg, **details: str | int | float) -> None:
        self.msg = msg
        self.details = details
        super().__init__(msg.name)


def run_limited(
    func: Callable[..., Any],
    payload: bytes,
    *,
    seconds: float,
    memory: int,
    name: str = "input",
    options: Mapping[str, Any] | None = None,
) -> Any:
    """Run ``func(payload, **options)`` in a child process and return its plain-data result.

    Raises ``ReadError(name, ...)``: ``PARSE_TIMEOUT`` after ``seconds`` of wall time,
    ``PARSE_MEMORY`` when the child ran out of its ``memory`` bytes of address space, the
    function's own ``ParseFailure`` message, or ``PARSE_FAILED`` for anything else.
    """
    qualname = func.__qualname__
    if "<" in qualname:
        raise ValueError(f"{qualname} is not a module-level function; the child cannot import it")
    module = sys.modules.get(func.__module__)
    job = {
        "module": func.__module__,
        "file": getattr(module, "__file__", None),
        "qualname": qualname,
        "options": dict(options or {}),
        "memory": int(memory),
        "cpu_seconds": math.ceil(seconds) + 1,
    }
    stdin = json.dumps(job).encode("utf-8") + b"\n" + payload
    command = [
        sys.executable, "-I", "-B", "-c", _BOOTSTRAP, str(_PROJECT_ROOT), str(_PACKAGE_DIR),
    ]
    try:
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            timeout=seconds,
            close_fds=True,
            start_new_session=True,  # a Ctrl-C meant for the dashboard is not the child's
            check=False,
        )
    except subprocess.TimeoutExpired:
        # subprocess.run has already killed and reaped the child.
        raise ReadError(name, Msg.PARSE_TIMEOUT, seconds=seconds) from None
    return _outcome(done, name=name, seconds=seconds, memory=memory)


def _outcome(
    done: subprocess.CompletedProcess[bytes], *, name: str, seconds: float, memory: int
) -> Any:
    if done.returncode < 0:
        meaning = _SIGNAL_MEANING.get(-done.returncode)
        if meaning is Msg.PARSE_MEMORY:
            raise ReadError(name, Msg.PARSE_MEMORY, limit_mb=memory / MB)
        if meaning is Msg.PARSE_TIMEOUT:
            raise ReadError(name, Msg.PARSE_TIMEOUT, seconds=seconds)
        detail = f"the parser crashed ({signal.Signals(-done.returncode).name})"
        raise ReadError(name, Msg.PARSE_FAILED, detail=detail)
    try:
        report = json.loads(done.stdout)
    except ValueError:
        report = None
    if not isinstance(report, dict):
        # The child died before it could report, e.g. out of memory while starting up.
        if b"MemoryError" in done.stderr:
            raise ReadError(name, Msg.PARSE_MEMORY, limit_mb=memory / MB)
        last_line = done.stderr.decode("utf-8", "replace").strip().rpartition("\n")[2]
        detail = _shorten(last_line or f"exit status {done.returncode}")
        raise ReadError(name, Msg.PARSE_FAILED, detail=detail)
    if "ok" in report:
        return report["ok"]
    error = report.get("error")
    if error == Msg.PARSE_MEMORY.name:
        raise ReadError(name, Msg.PARSE_MEMORY, limit_mb=memory / MB)
    raise _read_error(name, error, report.get("details"))


def _read_error(name: str, error: object, details: object) -> ReadError:
    """The ReadError a child's report names, checked: the report is data, not trusted code."""
    msg = Msg.__members__.get(error) if isinstance(error, str) else None
    clean = {
        key: _shorten(value) if isinstance(value, str) else value
        for key, value in (details.items() if isinstance(details, dict) else ())
        if isinstance(key, str) and isinstance(value, str | int | float)
    }
    if msg is None:
        return ReadError(name, Msg.PARSE_FAILED, detail="the parser sent an unknown report")
    try:
        return ReadError(name, msg, **clean)
    except (KeyError, IndexError, ValueError):
        return ReadError(name, Msg.PARSE_FAILED, detail=msg.name.lower())


def _shorten(text: str) -> str:
    """One printable line of at most ``_MAX_DETAIL_CHARS`` characters."""
    head = text[: _MAX_DETAIL_CHARS * 2]  # a hostile detail may be megabytes long
    line = "".join(ch if ch.isprintable() else " " for ch in head).strip()
    return line if len(line) <= _MAX_DETAIL_CHARS else line[: _MAX_DETAIL_CHARS - 1] + "…"


# --- the child side --------------------------------------------------------------------------


def _child_main() -> int:
    """Read a job and the payload from stdin, run it under limits, write one JSON report."""
    stdin = sys.stdin.buffer
    job = json.loads(stdin.readline())
    _set_limits(memory=job["memory"], cpu_seconds=job["cpu_seconds"])
    try:
        payload = stdin.read()
        func = _load_function(job["module"], job["file"], job["qualname"])
        report: dict[str, Any] = {"ok": func(payload, **job["options"])}
        text = json.dumps(report)
    except ParseFailure as failure:
        text = json.dumps({"error": failure.msg.name, "details": failure.details})
    except MemoryError:
        report = {}  # free what we can before building the answer
        text = json.dumps({"error": Msg.PARSE_MEMORY.name})
    except Exception as error:
        # A result json cannot encode lands here too: the parent must only get plain data.
        text = json.dumps({"error": Msg.PARSE_FAILED.name, "details": {"detail": _describe(error)}})
    sys.stdout.write(text)
    sys.stdout.flush()
    return 0


def _describe(error: BaseException) -> str:
    return _shorten(f"{type(error).__name__}: {error}")


def _set_limits(*, memory: int, cpu_seconds: int) -> None:
    try:
        import resource
    except ModuleNotFoundError:  # not POSIX: only the wall-clock timeout applies
        return
    for which, soft in (
        (resource.RLIMIT_AS, memory),
        (resource.RLIMIT_CPU, cpu_seconds),
        (resource.RLIMIT_CORE, 0),
    ):
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
        resource.setrlimit(which, (soft, soft if which != resource.RLIMIT_CPU else hard))


def _load_function(module_name: str, file: str | None, qualname: str) -> Callable[..., Any]:
    import importlib
    import importlib.util

    if module_name.startswith("analysis.") or file is None:
        module = importlib.import_module(module_name)
    else:
        # A module outside the package (a test's helpers): import it from its file.
        spec = importlib.util.spec_from_file_location(module_name, file)
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot import {module_name} from {file}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[module_name] = module
        spec.loader.exec_module(module)
    target: Any = module
    for part in qualname.split("."):
        target = getattr(target, part)
    return target
