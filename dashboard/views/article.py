"""Article: one article paragraph by paragraph, its sentiment and an actor's stance along it.

Also where one article is looked after: its title, outlet and date edited, the article deleted
(with an undo for the rest of the session), its text kept whole when cleaning removed most of
it, and stance labels corrected.
"""

from datetime import date

import streamlit as st

from analysis.clean import MOSTLY_REMOVED, removed_share
from analysis.errors import Msg
from analysis.types import LABELS
from dashboard import charts, data, render
from dashboard.filters import apply_paragraphs, apply_stances, as_date, stance_query
from dashboard.render import md_literal
from dashboard.state import (
    Key,
    article_options,
    current_filters,
    keep_valid,
    pop_notice,
    start_at,
    start_values,
)
from store import reads
from store.schema import Col

#: Deleted articles kept for undo per session: each holds all of its article's rows.
MAX_UNDO = 5

store = data.get_store()
filters = current_filters()

st.title("Article")
notice = pop_notice()
if notice:
    st.success(md_literal(notice))
deleted = st.session_state[Key.DELETED]
if deleted:
    last = deleted[-1]
    said, undo = st.columns([4, 1], vertical_alignment="center")
    said.info(md_literal(f"Deleted “{last.title}”."))
    if undo.button("Undo the delete", key=Key.UNDO_DELETE, icon=":material/undo:"):
        deleted.pop()
        try:
            restored = store.restore_article(last)
        except ValueError as error:
            st.error(md_literal(Msg.NOT_RESTORED.format(detail=error)))
        else:
            st.session_state[Key.ARTICLE] = restored
            st.session_state[Key.NOTICE] = f"“{last.title}” is back."
            st.rerun()

if not data.load_options(store).n_articles:
    st.info("No articles are stored yet.")
    st.page_link("views/upload.py", label="Upload articles", icon=":material/upload_file:")
    st.stop()
# a bounded list of choices (the newest, or the titles found), never every article
titles = article_options(store, Key.ARTICLE, Key.FIND_ARTICLE, query=stance_query(filters))
find, pick = st.columns([1, 2])
find.text_input("Find an article by title", key=Key.FIND_ARTICLE,
                placeholder="words of a title",
                help=f"The list shows the newest {reads.ARTICLE_CHOICES} articles that pass the "
                     "filters, or those whose title contains these words.")
if not titles:
    st.info("No stored article passes the filters." if not st.session_state[Key.FIND_ARTICLE]
            else "No article that passes the filters has those words in its title.")
    st.stop()
keep_valid(Key.ARTICLE, list(titles), first=True)
article_id = pick.selectbox("Article", options=list(titles), key=Key.ARTICLE,
                            format_func=lambda i: f"{titles.get(i, i)} (#{i})")
try:
    analysis = store.article(article_id)
    cleaned = bool(store.raw_article(article_id)["cleaned"])
except KeyError:
    st.error("That article is no longer stored.")
    st.stop()

# this article's rows only, read so in SQL
all_paragraphs = store.paragraphs_frame(article_ids=[int(article_id)])
all_stances = store.stances_frame(article_ids=[int(article_id)])
kept = data.subset_filters(store, filters)
if kept is None:  # no actor has the minimum of mentions: no stance row, so no paragraph
    paragraphs, stances = all_paragraphs.iloc[0:0], all_stances.iloc[0:0]
else:
    paragraphs = apply_paragraphs(all_paragraphs, kept, stances=all_stances)
    stances = apply_stances(all_stances, kept, paragraphs=all_paragraphs)
meta = " · ".join(str(x) for x in (analysis.source, analysis.published, analysis.url) if x)
render.show_html(render.text_html(analysis.title, tag="h3") + render.text_html(meta, tag="p"))

share = removed_share(analysis.text, analysis.removed)
if not cleaned:
    st.caption("This article is analysed from its text as uploaded: you chose to keep the "
               "original text, so cleaning is off for it.")
    if st.button("Clean it again and re-analyse", key=Key.CLEAN_AGAIN):
        store.keep_original_text(int(article_id), keep=False)
        st.session_state[Key.NOTICE] = render.reanalyse(store, [int(article_id)],
                                                        why="cleaned again")
        st.rerun()
elif share > MOSTLY_REMOVED:
    st.warning(md_literal(Msg.MOSTLY_CLEANED.format(share=share)))
    if st.button("Keep the original text and re-analyse", key=Key.KEEP_ORIGINAL,
                 help="Analyse the text as uploaded, nothing removed. You can switch "
                      "cleaning back on here."):
        store.keep_original_text(int(article_id))
        st.session_state[Key.NOTICE] = render.reanalyse(store, [int(article_id)],
                                                        why="original text kept")
        st.rerun()

with st.expander("Edit or delete this article", icon=":material/edit:"):
    # the form starts from the stored values, again whenever the article or the store changes
    start_values({Key.META_TITLE: analysis.title, Key.META_OUTLET: analysis.source or "",
                  Key.META_DATE: as_date(analysis.published)},
                 source=(int(article_id), store.data_version()))
    with st.form(Key.META_FORM):
        st.text_input("Title", key=Key.META_TITLE)
        st.text_input("Outlet", key=Key.META_OUTLET, help="Leave empty if it is not known.")
        st.date_input("Published", key=Key.META_DATE, min_value=date(1800, 1, 1),
                      max_value=date(2200, 12, 31), help="Clear it if the date is not known.")
        if st.form_submit_button("Save the details", key=Key.META_SAVE):
            picked = st.session_state[Key.META_DATE]
            try:
                store.set_article_metadata(
                    int(article_id), title=st.session_state[Key.META_TITLE],
                    outlet=st.session_state[Key.META_OUTLET],
                    published=picked if isinstance(picked, date) else "")
            except ValueError as error:
                st.error(md_literal(error))
            else:
                st.session_state[Key.NOTICE] = "The article's details are saved."
                st.rerun()
    # A callback, not `if st.button(...)`: it runs as the click arrives, so a rerun that
    # interrupts the page (a redrawn chart sends one) cannot drop the delete.
    st.button("Delete this article", key=Key.DELETE, icon=":material/delete:",
              help="Removes it, its analysis and its corrections. You can undo it while "
                   "this browser tab stays open.",
              on_click=render.delete_article, args=(store, int(article_id)),
              kwargs={"keep": MAX_UNDO})

# keyed per article, so a click on one article's chart does not carry over to the next
event = render.show_chart(charts.sentiment_along, paragraphs,
                          key=Key.per_article(Key.CHART_SENTIMENT_ALONG, article_id),
                          name=f"sentiment_article_{article_id}")
picked = {int(p[Col.PARAGRAPH]) for p in charts.picked(event, charts.PARAGRAPH_PICK)}

by_mentions = stances.groupby(Col.ACTOR)[Col.MENTIONS].sum().sort_values(ascending=False)
actors = by_mentions.index.tolist()
if actors:
    keep_valid(Key.ARTICLE_ACTOR, actors, first=True)
    actor = st.selectbox("Actor", options=actors, key=Key.ARTICLE_ACTOR)
    one = stances[stances[Col.ACTOR] == actor]
    if one[Col.CORRECTED_LABEL].notna().any():
        st.caption("◆ A diamond is a paragraph whose label you corrected: it is placed at "
                   "the corrected label (−1, 0 or +1); hover it for what the model said.")
    event = render.show_chart(charts.stance_along, one,
                              key=Key.per_article(Key.CHART_STANCE_ALONG, article_id),
                              name=f"stance_article_{article_id}")
    picked |= {int(p[Col.PARAGRAPH]) for p in charts.picked(event, charts.PARAGRAPH_PICK)}
else:
    st.info("No actor is mentioned in the paragraphs the filters keep.")

if st.toggle("Show what cleaning removed", key=Key.SHOW_REMOVED):
    render.show_html(render.removals_html(analysis.removed))

visible = set(paragraphs[Col.PARAGRAPH].tolist())
if picked:
    st.caption(f"Showing the paragraphs you clicked: {', '.join(map(str, sorted(picked)))}")
    visible &= picked
if actors and st.toggle("Underline the words that move the stance toward the chosen actor",
                        key=Key.EXPLAIN, help=render.EVIDENCE_HELP):
    analysis = data.explained_article(store, article_id, actor=actor,
                                      paragraphs=tuple(visible))
    render.show_html(render.legend_html())
shown = [pa for pa in analysis.paragraphs if pa.paragraph.index in visible]
st.subheader(f"Paragraphs ({len(shown)} of {len(analysis.paragraphs)})")
corrections = render.corrections_of(stances)
render.show_html(render.article_html(shown, corrections=corrections, search=filters.search))

st.subheader("Correct a stance label")
scored = sorted(set(stances[Col.PARAGRAPH].tolist()))
if scored:
    keep_valid(Key.FIX_PARAGRAPH, scored, first=True)
    left, middle, right = st.columns(3)
    paragraph = left.selectbox("Paragraph", options=scored, key=Key.FIX_PARAGRAPH)
    in_paragraph = stances[stances[Col.PARAGRAPH] == paragraph][Col.ACTOR].tolist()
    keep_valid(Key.FIX_ACTOR, in_paragraph, first=True)
    fix_actor = middle.selectbox("Actor", options=in_paragraph, key=Key.FIX_ACTOR)
    # the radio starts at the label the actor has now, and again when that label changes
    now = render.label_now(stances, paragraph, fix_actor)
    start_at(Key.FIX_LABEL, now, source=(article_id, paragraph, fix_actor, now))
    label = right.radio("Correct label", options=[x.value for x in LABELS], key=Key.FIX_LABEL,
                        horizontal=True)
    fixed = corrections.get(int(paragraph), {}).get(str(fix_actor))
    save, remove, _ = st.columns([1, 1, 2])
    if save.button("Save the correction", key=Key.FIX_SAVE):
        store.add_correction(int(article_id), int(paragraph), str(fix_actor), label)
        # rerun at once, so every chart and table shows the correction on this very click
        st.session_state[Key.NOTICE] = (f"Saved: paragraph {paragraph} is {label} toward "
                                        f"{fix_actor}.")
        st.rerun()
    if fixed is not None:
        model = stances[(stances[Col.PARAGRAPH] == paragraph)
                        & (stances[Col.ACTOR] == fix_actor)][Col.MODEL_LABEL].iloc[0]
        st.caption(md_literal(f"You corrected this label to {fixed}; the model said {model}."))
        if remove.button("Delete the correction", key=Key.FIX_DELETE):
            store.delete_correction(int(article_id), int(paragraph), str(fix_actor))
            st.session_state[Key.NOTICE] = (f"Deleted the correction of paragraph {paragraph} "
                                            f"toward {fix_actor}: the model's label is back.")
            st.rerun()
else:
    st.caption("No stance in the shown paragraphs to correct.")

st.subheader("Export this article's filtered data")
render.show_downloads(paragraphs, key=Key.EXPORT_ARTICLE_PARAGRAPHS, name=f"article_{article_id}")
render.show_downloads(stances, key=Key.EXPORT_ARTICLE_STANCES, name=f"article_{article_id}_stances")
