"""Article: one article paragraph by paragraph, its sentiment and an actor's stance along it."""

import streamlit as st

from analysis.types import LABELS
from dashboard import charts, data, render
from dashboard.filters import apply_articles, apply_paragraphs, apply_stances
from dashboard.state import Key, current_filters, keep_valid, start_at
from store.schema import Col

store = data.get_store()
frames = data.load_frames(store)
filters = current_filters()

st.title("Article")
if frames.articles.empty:
    st.info("No articles are stored yet.")
    st.page_link("views/upload.py", label="Upload articles", icon=":material/upload_file:")
    st.stop()
articles = apply_articles(frames.articles, filters)
if articles.empty:
    st.info("No stored article passes the filters.")
    st.stop()
titles = dict(zip(articles[Col.ARTICLE_ID], articles[Col.TITLE], strict=True))
keep_valid(Key.ARTICLE, list(titles), first=True)
article_id = st.selectbox("Article", options=list(titles), key=Key.ARTICLE,
                          format_func=lambda i: f"{titles.get(i, i)} (#{i})")
try:
    analysis = store.article(article_id)
except KeyError:
    st.error("That article is no longer stored.")
    st.stop()

paragraphs = apply_paragraphs(frames.paragraphs[frames.paragraphs[Col.ARTICLE_ID] == article_id],
                              filters, stances=frames.stances)
stances = apply_stances(frames.stances[frames.stances[Col.ARTICLE_ID] == article_id], filters,
                        paragraphs=frames.paragraphs)
meta = " · ".join(str(x) for x in (analysis.source, analysis.published, analysis.url) if x)
render.show_html(render.text_html(analysis.title, tag="h3") + render.text_html(meta, tag="p"))

# keyed per article, so a click on one article's chart does not carry over to the next
event = render.show_chart(charts.sentiment_along(paragraphs),
                          key=Key.per_article(Key.CHART_SENTIMENT_ALONG, article_id),
                          name=f"sentiment_article_{article_id}")
picked = {int(p[Col.PARAGRAPH]) for p in charts.picked(event, charts.PARAGRAPH_PICK)}

by_mentions = stances.groupby(Col.ACTOR)[Col.MENTIONS].sum().sort_values(ascending=False)
actors = by_mentions.index.tolist()
if actors:
    keep_valid(Key.ARTICLE_ACTOR, actors, first=True)
    actor = st.selectbox("Actor", options=actors, key=Key.ARTICLE_ACTOR)
    one = stances[stances[Col.ACTOR] == actor]
    event = render.show_chart(charts.stance_along(one),
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
render.show_html(render.article_html(shown, corrections=render.corrections_of(stances),
                                     search=filters.search))

st.subheader("Correct a stance label")
scored = sorted(set(stances[Col.PARAGRAPH].tolist()))
if scored:
    keep_valid(Key.FIX_PARAGRAPH, scored, first=True)
    left, middle, right = st.columns(3)
    paragraph = left.selectbox("Paragraph", options=scored, key=Key.FIX_PARAGRAPH)
    in_paragraph = stances[stances[Col.PARAGRAPH] == paragraph][Col.ACTOR].tolist()
    keep_valid(Key.FIX_ACTOR, in_paragraph, first=True)
    fix_actor = middle.selectbox("Actor", options=in_paragraph, key=Key.FIX_ACTOR)
    # the radio starts at the label the actor has now, and again for each paragraph/actor
    start_at(Key.FIX_LABEL, render.label_now(stances, paragraph, fix_actor),
             source=(article_id, paragraph, fix_actor))
    label = right.radio("Correct label", options=[x.value for x in LABELS], key=Key.FIX_LABEL,
                        horizontal=True)
    if st.button("Save the correction", key=Key.FIX_SAVE):
        store.add_correction(int(article_id), int(paragraph), str(fix_actor), label)
        st.success(f"Saved: paragraph {paragraph} is {label} toward the chosen actor.")
else:
    st.caption("No stance in the shown paragraphs to correct.")

st.subheader("Export this article's filtered data")
render.show_downloads(paragraphs, key=Key.EXPORT_ARTICLE_PARAGRAPHS, name=f"article_{article_id}")
render.show_downloads(stances, key=Key.EXPORT_ARTICLE_STANCES, name=f"article_{article_id}_stances")
