"""Start the dashboard: ``python -m dashboard [streamlit options]``.

The same as ``streamlit run dashboard/app.py [options]``, plus a warm-up: while the server starts
and the first browser loads Streamlit's frontend, a background thread imports the page modules
(pandas, Altair) and loads the stored frames into their ``st.cache_resource`` cache, so the first
visitor's page run finds them ready instead of spending about a second on them.
"""

from __future__ import annotations

import logging
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
        from dashboard import charts, data, filters, render, state  # noqa: F401

        data.load_frames(data.get_store())
    except Exception:  # the page run will load them (and report any error) itself
        log.warning("dashboard warm-up failed", exc_info=True)


def main(argv: Sequence[str] | None = None) -> None:
    from streamlit.web import cli

    logging.getLogger(_CONTEXT_LOGGER).addFilter(_not_from_warm_up)
    threading.Thread(target=warm_up, name=_THREAD, daemon=True).start()
    sys.argv = ["streamlit", "run", str(APP), *(sys.argv[1:] if argv is None else argv)]
    cli.main()


if __name__ == "__main__":
    main()
