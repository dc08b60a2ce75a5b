"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary folder, a socket.

``PgServer.start()`` runs ``initdb`` into a new temporary folder and starts ``postgres`` listening
only on a Unix socket in that folder (no TCP port, so nothing can clash with another server or
another test run), with durability off (``fsync``; the data is thrown away). Each test gets its own
database (``new_database``) and the server is stopped and its folder removed at the end of the
session. PostgreSQL refuses to run as root, so under root (CI) the server runs as the ``postgres``
user that Debian's package creates, through ``runuser``.

Nothing here skips: a missing binary or a server that does not start is an error that says why
(``make postgres`` installs the server).

``python -m tests.pg`` starts one by hand (for benchmarks): it prints a database URL and keeps
the server until interrupted.
"""

from __future__ import annotations

import itertools
import os
import pwd
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

#: Where Debian puts the server binaries (``postgresql-NN``); overridden by ``STANCEMAP_PG_BIN``.
DEBIAN_BIN_GLOB = "/usr/lib/postgresql/*/bin"
PG_BIN_ENV = "STANCEMAP_PG_BIN"
PORT = 5432  # only names the socket file; the server opens no TCP port
#: Settings for speed: the data is thrown away, so durability buys nothing.
SETTINGS = ("fsync=off", "synchronous_commit=off", "full_page_writes=off",
            "listen_addresses=", "max_connections=200",
            # a backend notices a killed client within this even while it waits (a test kills one)
            "client_connection_check_interval=200ms")
USER = "stancemap"  # the superuser initdb creates


def server_bin() -> Path:
    """The folder with ``initdb`` and ``pg_ctl``: ``$STANCEMAP_PG_BIN``, else Debian's newest."""
    configured = os.environ.get(PG_BIN_ENV, "").strip()
    if configured:
        candidates = [Path(configured)]
    else:
        def version(p: Path) -> int:
            return int(re.sub(r"\D", "", p.parent.name) or 0)

        candidates = sorted(Path("/").glob(DEBIAN_BIN_GLOB.lstrip("/")), key=version,
                            reverse=True)
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise RuntimeError(
        "no PostgreSQL server binaries (initdb, pg_ctl) in "
        f"{configured or DEBIAN_BIN_GLOB}: run `make postgres` (installs Debian's postgresql) "
        f"or set {PG_BIN_ENV}")


class PgServer:
    """One throwaway server; ``url(name)`` is a psycopg URL to database ``name`` on it."""

    def __init__(self) -> None:
        self.bin = server_bin()
        self.root = Path(tempfile.mkdtemp(prefix="stancemap-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._names = itertools.count(1)
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            try:
                owner = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("running as root, and there is no `postgres` user to run "
                                   "the server as (Debian's postgresql package creates it)"
                                   ) from None
            os.chown(self.root, owner.pw_uid, owner.pw_gid)
            self._as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        done = subprocess.run([*self._as_user, *args], capture_output=True, text=True,
                              timeout=120, check=False)
        if done.returncode != 0:
            log = self.log.read_text(errors="replace")[-3000:] if self.log.exists() else ""
            raise RuntimeError(f"{' '.join(args[:2])} failed ({done.returncode}):\n"
                               f"{done.stdout}{done.stderr}{log}")

    def start(self) -> PgServer:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", USER, "--auth=trust",
                  "-E", "UTF8", "--locale=C.UTF-8")
        options = " ".join([f"-k {self.root}", f"-p {PORT}", *(f"-c {s}" for s in SETTINGS)])
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log),
                  "-o", options, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        try:
            if (self.data / "postmaster.pid").exists():
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate",
                          "-w", "stop")
        finally:
            shutil.rmtree(self.root, ignore_errors=True)

    def url(self, database: str) -> str:
        return f"postgresql://{USER}@/{database}?host={self.root}&port={PORT}"

    def new_database(self) -> str:
        """A new, empty database; its URL."""
        import psycopg
        from psycopg import sql

        name = f"test_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} STRATEGY FILE_COPY").format(
                sql.Identifier(name)))
        return self.url(name)

    def drop_database(self, url: str) -> None:
        import psycopg
        from psycopg import sql

        name = url.split("/")[3].split("?")[0]
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            conn.execute(sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name)))


def main() -> None:
    import signal

    # Blocked, then awaited: the server is stopped (and its folder removed) on Ctrl-C or a kill.
    stop = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    server = PgServer()
    try:
        server.start()
        print(server.new_database(), flush=True)
        signal.sigwait(stop)
    finally:
        server.stop()


if __name__ == "__main__":
    main()
