"""Shared test helpers. Heavy resources come from analysis.resources, cached per process."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from store.core import Store
from tests.pg import PgServer

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DATA = ROOT / "sample_data"


def run_cli(*args: str, cwd: Path = ROOT, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run ``python -m analysis ARGS`` as a user would, in a subprocess."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "analysis", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[object]:
    """A failed browser test's report also shows what its page showed (address and text):
    a timeout alone ("waiting for get_by_test_id(...)") does not say whether the page was
    elsewhere, reconnecting or showing an error."""
    report = yield
    page = getattr(item, "funcargs", {}).get("page")
    if call.when == "call" and report.failed and page is not None:
        try:
            shown = f"{page.url}\n\n{page.inner_text('body', timeout=5_000)[:4_000]}"
        except Exception as error:  # a dead page is worth saying so too
            shown = f"the page could not be read: {error}"
        report.sections.append(("what the page showed", shown))
    return report


@pytest.fixture(scope="session")
def sample_data() -> Path:
    return SAMPLE_DATA


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PgServer]:
    """A throwaway PostgreSQL server for the whole session (``tests/pg.py``).

    A server that cannot start fails the tests that need it, with the reason; it never skips.
    """
    server = PgServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture()
def postgres_url(postgres_server: PgServer) -> Iterator[str]:
    """The URL of a new, empty database on the session's server, dropped after the test."""
    url = postgres_server.new_database()
    yield url
    postgres_server.drop_database(url)


BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(params=BACKENDS)
def target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a test's store lives: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "db" / "stancemap.sqlite3"
    return request.getfixturevalue("postgres_url")


@pytest.fixture()
def opened() -> Iterator[Callable[[str | Path], Store]]:
    """Open a ``Store``; every store opened this way is closed (its pool released) afterwards."""
    stores: list[Store] = []

    def open_store(target: str | Path) -> Store:
        stores.append(Store(target))
        return stores[-1]

    yield open_store
    for s in stores:
        s.close()
