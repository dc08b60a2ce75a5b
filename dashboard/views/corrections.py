"""Corrections: the stance labels users fixed, downloadable as training data."""

import streamlit as st

from dashboard import charts, data, render
from dashboard.filters import stance_query
from dashboard.state import Key, current_filters, keep_valid, pop_notice
from store.reads import CORRECTIONS_SHOWN
from store.schema import Col

store = data.get_store()

st.title("Corrections")
st.caption(
    "Labels corrected on the Article page. The CSV has the columns text, actor, label: "
    "the format `python -m analysis train-stance --csv` reads."
)
query = stance_query(current_filters())
# corrections follow the article, actor and search filters, like every table (read so in SQL);
# a team's thousands are listed the newest first, as many as a page can hold
shown = store.corrections_frame(query=query, latest=CORRECTIONS_SHOWN)
n_corrections = store.count_corrections()
notice = pop_notice()
if notice:
    st.success(render.md_literal(notice))
if not n_corrections:
    st.info("No corrections yet: fix a stance label under a paragraph on the Article page.")
    st.page_link("views/article.py", label="Go to the Article page", icon=":material/article:")
else:
    st.write(render.corrections_line(shown=len(shown), kept=store.count_corrections(query=query),
                                     total=n_corrections))
    st.dataframe(shown, hide_index=True, width="stretch")
    # one correction = (article, paragraph, actor); change one on the Article page
    picks = {(int(r[0]), int(r[1]), str(r[2])): f"{r[3]} ¶ {r[1]} · {r[2]} → {r[4]}"
             for r in shown[[Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR, Col.TITLE,
                             Col.CORRECTED_LABEL]].itertuples(index=False)}
    keep_valid(Key.CORRECTIONS_PICK, list(picks))
    st.multiselect("Corrections to delete", options=list(picks), key=Key.CORRECTIONS_PICK,
                   format_func=lambda k: picks.get(k, str(k)),
                   help="A deleted correction gives the paragraph the model's label again. "
                        "To change a label, correct it again on the Article page.")
    chosen = st.session_state[Key.CORRECTIONS_PICK]
    if st.button("Delete the picked corrections", key=Key.CORRECTIONS_DELETE,
                 disabled=not chosen, icon=":material/delete:"):
        for article_id, paragraph, actor in chosen:
            store.delete_correction(article_id, paragraph, actor)
        # the picks are dropped on the next run by keep_valid: they are no longer options
        st.session_state[Key.NOTICE] = f"{render.count(len(chosen), 'correction')} deleted."
        st.rerun()
st.download_button("Download all corrections (text, actor, label CSV)",
                   data=store.corrections_csv, file_name="corrections.csv", mime="text/csv",
                   key=Key.CORRECTIONS_CSV, on_click="ignore", disabled=not n_corrections)
render.download_buttons(  # every correction that passes the filters, not just those listed
    csv=lambda: charts.frame_csv(store.corrections_frame(query=query)),
    json=lambda: charts.frame_json(store.corrections_frame(query=query)),
    key=Key.EXPORT_CORRECTIONS, name="corrections_filtered", disabled=shown.empty)
