"""Overview: how each actor is treated across the filtered articles, and the paragraphs behind.

Every number comes from the database (``store.aggregates`` through ``data.aggregate``, cached
per data version and query) and the paragraphs behind a click from ``store.reads``: the page
never loads the stored rows themselves.
"""

import streamlit as st

from dashboard import charts, data, exports, render
from dashboard.filters import stance_query
from dashboard.picks import as_picks
from dashboard.render import md_literal
from dashboard.state import OVERVIEW_VIEWS, Key, current_filters, keep_valid
from store.schema import Col

BY_ARTICLE, BY_OUTLET, OUTLETS, SENTIMENT, MENTIONS = OVERVIEW_VIEWS

store = data.get_store()
filters = current_filters()
query = stance_query(filters)

st.title("Overview")
if not data.load_options(store).n_articles:
    st.info("No articles are stored yet. Add some on the Upload page, or load the samples.")
    st.page_link("views/upload.py", label="Upload articles", icon=":material/upload_file:")
    if st.button("Load the sample articles", key=Key.LOAD_SAMPLES, icon=":material/library_add:"):
        # queued for the workers; the Upload page shows them as they are analysed
        st.session_state[Key.UPLOAD_BATCH] = data.add_samples(store)
        st.switch_page("views/upload.py")
    st.stop()

# The counts go above the chart but are read beside it, in a reader thread, and shown once
# the timeline is drawn: under stance filters at 10^5 articles they take longer than the actor
# summary, and neither chart needs them.
counts_line = st.empty()
pending_counts = data.aggregate_soon(store, "overview_counts", query)
summary = data.aggregate(store, "actor_summary", query,
                         max_actors=int(st.session_state[Key.MAX_ACTORS]))
if summary.empty:
    render.show_counts(counts_line, pending_counts.result())
    st.warning("No actor is mentioned in the paragraphs the filters keep.")
    st.stop()

event = render.show_chart(charts.actor_comparison, summary, key=Key.CHART_ACTORS,
                          name="actor_comparison")
note_line = st.empty()
clicked = charts.picked(event, charts.ACTOR_PICK)
keep_valid(Key.FOCUS_ACTOR, summary[Col.ACTOR].tolist())
st.selectbox("Show the paragraphs about", options=summary[Col.ACTOR].tolist(),
             key=Key.FOCUS_ACTOR, placeholder="Pick an actor, or click a bar")
focus_actor = st.session_state[Key.FOCUS_ACTOR]
focus = [{Col.ACTOR: focus_actor}] if focus_actor else []
picks = clicked or focus
if picks:
    behind = data.stances_behind(store, query, as_picks(picks))
    names = ", ".join(str(p[Col.ACTOR]) for p in picks)
    render.show_behind(behind, heading=f"{behind.total} paragraphs about {names}",
                       search=filters.search)

st.dataframe(summary, hide_index=True, width="stretch")

st.subheader("Stance over time")
timeline_actors = list(filters.actors) or data.timeline_actors(
    store, query, summary, max_actors=int(st.session_state[Key.MAX_ACTORS]))
timeline = data.aggregate(store, "stance_timeline", query, actors=tuple(timeline_actors))
which = ("the actors picked in the sidebar" if filters.actors else
         f"the {render.count(len(timeline_actors), 'most discussed actor')} "
         "(pick actors in the sidebar to choose others)")
undated = (f" {render.count(timeline.undated_articles, 'undated article')} "
           f"({render.count(timeline.undated_paragraphs, 'paragraph')}) "
           "about them cannot be placed in time and are left out."
           if timeline.undated_articles else "")
st.caption(f"Mean stance per {timeline.period} toward {which}. A bigger point has more "
           f"paragraphs behind it; lines join consecutive {timeline.period}s only.{undated}")
if timeline.frame.empty:
    st.info("None of these paragraphs has a publication date.")
else:
    event = render.show_chart(charts.stance_timeline, timeline, key=Key.CHART_TIMELINE,
                              name="stance_over_time")
    render.show_behind(data.stances_behind(store, query, as_picks(
        charts.picked(event, charts.TIME_PICK), period=timeline.period)), search=filters.search)

counts = pending_counts.result()
render.show_counts(counts_line, counts)
n_actors = counts.actors_kept
note = charts.top_note(len(summary), n_actors)
if note:
    note_line.caption(f"{note}; change the number under Display in the sidebar.")

# One secondary chart at a time: hidden tabs would still be drawn on every rerun.
view = st.segmented_control("More charts", options=OVERVIEW_VIEWS, key=Key.OVERVIEW_VIEW)
if view in (BY_ARTICLE, BY_OUTLET):
    by, key = ((Col.TITLE, Key.CHART_BY_ARTICLE) if view == BY_ARTICLE
               else (Col.OUTLET, Key.CHART_BY_OUTLET))
    shown = data.aggregate(store, "heatmap", query, by=by)
    cells = shown.cells
    column, what = (Col.ARTICLE_ID, "articles") if by == Col.TITLE else (Col.OUTLET, "outlets")
    notes = [charts.top_note(cells[Col.ACTOR].nunique(), n_actors),
             charts.top_note(cells[column].nunique(), shown.columns_kept, what)]
    if any(notes):
        st.caption("Showing " + " and ".join(n for n in notes if n) + ".")
    event = render.show_chart(charts.stance_heatmap, cells, by=by, key=key,
                              name=f"actor_by_{by}")
    render.show_behind(data.stances_behind(
        store, query, as_picks(charts.picked(event, charts.CELL_PICK))), search=filters.search)
elif view == OUTLETS:
    outlets = data.aggregate(store, "busiest", query, by=Col.OUTLET)
    keep_valid(Key.COMPARE_OUTLETS, outlets)
    st.multiselect("Outlets to compare", options=outlets, key=Key.COMPARE_OUTLETS,
                   placeholder="The two outlets with the most paragraphs")
    compared = st.session_state[Key.COMPARE_OUTLETS]
    if len(compared) < 2:
        compared = outlets[:2]
    side = data.aggregate(store, "outlet_comparison", query, tuple(compared))
    if side.empty:
        st.info("Pick two or more outlets that write about at least one same actor "
                "(the sidebar's outlet filter may leave fewer than two).")
    else:
        difference = ("the second outlet's mean minus the first's" if len(compared) == 2
                      else "the largest outlet mean minus the smallest")
        st.caption(md_literal(
            f"{side[Col.ACTOR].nunique()} actors written about by all of "
            f"{', '.join(compared)}. Point: mean stance; line: mean ± {charts.Z_95}·sd/√n "
            f"(the whole scale when an outlet has one paragraph). Sorted by the difference, "
            f"{difference}."))
        event = render.show_chart(charts.outlet_comparison_chart, side, key=Key.CHART_OUTLETS,
                                  name="outlets_side_by_side")
        st.dataframe(side, hide_index=True, width="stretch")
        render.show_behind(data.stances_behind(
            store, query, as_picks(charts.picked(event, charts.ACTOR_PICK))),
            search=filters.search)
elif view == SENTIMENT:
    sentiment = data.aggregate(store, "outlet_sentiment", query)
    event = render.show_chart(charts.outlet_sentiment_chart, sentiment,
                              key=Key.CHART_OUTLET_SENTIMENT, name="sentiment_by_outlet")
    render.show_behind(data.paragraphs_behind(
        store, query, as_picks(charts.picked(event, charts.OUTLET_PICK))), search=filters.search)
elif view == MENTIONS:
    event = render.show_chart(charts.mentions_vs_stance, summary, key=Key.CHART_MENTIONS,
                              name="mentions_vs_stance")
    render.show_behind(data.stances_behind(
        store, query, as_picks(charts.picked(event, charts.ACTOR_PICK))), search=filters.search)

st.subheader("Export the filtered data")
titles = data.titles_of(store, filters.articles)
max_actors = int(st.session_state[Key.MAX_ACTORS])
# Deferred: each file is read from the store and built only when its button is clicked
# (outside this run, so the callables get plain values, never session state or cached calls).
st.download_button(
    "Download a report of this view (HTML)", icon=":material/summarize:",
    data=lambda: exports.report_html(store, filters, titles=titles, max_actors=max_actors),
    file_name="stancemap-report.html", mime="text/html", key=Key.REPORT, on_click="ignore",
    help="One file to share: the filters, the charts, the top tables and how good the "
         "numbers are. It opens in any browser, offline.")
for rows, key in (("stances", Key.EXPORT_STANCES), ("paragraphs", Key.EXPORT_PARAGRAPHS)):
    render.download_buttons(
        csv=lambda rows=rows: exports.export(store, filters, rows=rows, fmt="csv"),
        json=lambda rows=rows: exports.export(store, filters, rows=rows, fmt="json"),
        key=key, name=rows, disabled=False)
