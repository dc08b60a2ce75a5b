"""The stancemap dashboard: ``streamlit run dashboard/app.py``.

Thin on purpose: it sets the defaults of the session state, draws the sidebar filters (here, so
they exist on every page and keep their values across pages) and hands over to the page that
``st.navigation`` picked. Page scripts live in ``dashboard/views/``.

Not ``dashboard/pages/``: Streamlit treats a ``pages/`` folder next to the entry script as the old
multipage layout, and until some session has called ``st.navigation`` it would run a page script
directly (without this file: no sidebar, no ``sys.path`` fix) for a deep link like ``/article``.
"""

import sys
from pathlib import Path

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repo root that holds the
# `analysis` and `dashboard` packages.
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import streamlit as st  # noqa: E402

from dashboard import data, state  # noqa: E402

VIEWS = Path(__file__).resolve().parent / "views"

# The dashboard makes no request off the machine. A ":material/..." page icon is fetched by the
# browser from fonts.gstatic.com as the favicon; an emoji is drawn into an inline data: SVG.
# Set before st.navigation: a page's own (material) icon becomes the favicon when none is set.
st.set_page_config(page_title="stancemap", page_icon="📰", layout="wide")
state.init_state()
page = st.navigation([
    st.Page(VIEWS / "overview.py", title="Overview", icon=":material/bar_chart:", default=True),
    st.Page(VIEWS / "article.py", title="Article", icon=":material/article:"),
    st.Page(VIEWS / "upload.py", title="Upload", icon=":material/upload_file:"),
    st.Page(VIEWS / "actors.py", title="Actors", icon=":material/group:"),
    st.Page(VIEWS / "corrections.py", title="Corrections", icon=":material/rule:"),
    st.Page(VIEWS / "about.py", title="About the numbers", icon=":material/help:"),
])
state.sidebar_filters(data.load_options(data.get_store()), data.get_store())
page.run()
