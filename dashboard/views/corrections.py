"""Corrections: the stance labels users fixed, downloadable as training data."""

import streamlit as st

from dashboard import data, render
from dashboard.filters import apply_articles, search_mask
from dashboard.state import Key, current_filters
from store.schema import Col

store = data.get_store()

st.title("Corrections")
st.caption(
    "Labels corrected on the Article page. The CSV has the columns text, actor, label: "
    "the format `python -m analysis train-stance --csv` reads."
)
corrections = store.corrections_frame()
filters = current_filters()
# corrections follow the article, actor and search filters, like every table
shown = corrections[corrections[Col.ARTICLE_ID].isin(
    apply_articles(data.load_frames(store).articles, filters)[Col.ARTICLE_ID])]
if filters.actors:
    shown = shown[shown[Col.ACTOR].isin(filters.actors)]
shown = shown[search_mask(shown[Col.TEXT], filters.search)]
if corrections.empty:
    st.info("No corrections yet: fix a stance label under a paragraph on the Article page.")
    st.page_link("views/article.py", label="Go to the Article page", icon=":material/article:")
else:
    st.write(f"{len(shown)} of {len(corrections)} corrections pass the filters.")
    st.dataframe(shown, hide_index=True, width="stretch")
st.download_button("Download all corrections (text, actor, label CSV)",
                   data=store.corrections_csv(), file_name="corrections.csv", mime="text/csv",
                   key=Key.CORRECTIONS_CSV, on_click="ignore", disabled=corrections.empty)
render.show_downloads(shown, key=Key.EXPORT_CORRECTIONS, name="corrections_filtered")
