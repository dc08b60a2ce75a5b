"""Start the dashboard: ``python -m dashboard [--workers N] [streamlit options]``.

The same as ``streamlit run dashboard/app.py [options]``, plus a pool of worker processes and a
warm-up. The pool (``store.pool.WorkerPool``, ``--workers N`` or ``$STANCEMAP_WORKERS``, default
the number of cores; 0 from either for none) runs the analysis jobs the pages queue, so the web
process never parses or analyses; its workers start when the first job is queued (an upload,
the samples), not with the server, and stop with it. The warm-up: while the server starts
and the first browser loads Streamlit's frontend, a background thread imports the page modules
(pandas, Altair) and reads the sidebar's options and the default Overview's numbers and chart
specs into their caches (``data.warm_overview``; it also opens the store, which runs any pending
migration), so the first visitor's page run finds them ready.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

APP = Path(__file__).resolve().parent / "app.py"
log = logging.getLogger("stancemap")


#: Streamlit warns that a cached function ran outside a page run; for the warm-up that is the
#: point. A filter (not a level: Streamlit resets levels when it reads its config) drops it.
_CONTEXT_LOGGER = "streamlit.runtime.scriptrunner_utils.script_run_context"
_THREAD = "stancemap-warm-up"


def _not_from_warm_up(record: logging.LogRecord) -> bool:
    return record.threadName != _THREAD


def warm_up() -> None:
    try:
        # set_page_config's emoji icon is checked against this table (0.2 s to import)
        import streamlit.emojis  # noqa: F401

        from dashboard import charts, data, filters, render, state  # noqa: F401

        # the sidebar's queries, the default Overview's numbers and charts, and the imports
        data.warm_overview(data.get_store())
    except Exception:  # the page run will load them (and report any error) itself
        log.warning("dashboard warm-up failed", exc_info=True)


def split_workers(argv: Sequence[str]) -> tuple[int | None, list[str]]:
    """``--workers N`` (or ``--workers=N``) taken out of ``argv``; the rest is Streamlit's."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--workers", type=int, default=None)
    known, rest = parser.parse_known_args(list(argv))
    return known.workers, rest


def pool_size(workers: int | None) -> int | None:
    """Workers to start beside the server: ``--workers N``, else ``$STANCEMAP_WORKERS``; 0 (from
    either) for none; None for the pool's default (the cores)."""
    from store.pool import WORKERS_ENV

    if workers is None:
        configured = os.environ.get(WORKERS_ENV, "").strip()
        workers = int(configured) if configured.isdigit() else None
    return workers


def main(argv: Sequence[str] | None = None) -> None:
    from streamlit.web import cli

    # store.db, not store.core: the server starts without waiting for pandas (the warm-up
    # thread imports it while the browser loads the frontend)
    from store.db import configured_target, migrate, open_database
    from store.pool import WorkerPool

    workers, rest = split_workers(sys.argv[1:] if argv is None else argv)
    workers = pool_size(workers)
    logging.getLogger(_CONTEXT_LOGGER).addFilter(_not_from_warm_up)
    db = open_database(configured_target())
    migrate(db)  # the store is created and migrated before any worker opens it
    db.close()
    # workers are started when the first job is queued, not beside the server's start
    pool = WorkerPool(db.location, workers, on_demand=True) if workers != 0 else None
    if pool is not None:
        pool.start()
    threading.Thread(target=warm_up, name=_THREAD, daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *rest]
    try:
        cli.main()
    finally:  # cli.main ends with SystemExit, also when the server is stopped by a signal
        if pool is not None:
            pool.stop()


if __name__ == "__main__":
    main()
