"""Actors: rename, merge, hide or unhide actors and give them aliases.

Renames and hides apply when the store is read (instant, nothing re-analysed). Merges and aliases
change which mentions count for an actor, so the affected stored articles are re-analysed here,
from their stored text: nothing has to be uploaded again.
"""

import streamlit as st

from analysis.types import ActorKind
from dashboard import charts, data, render
from dashboard.filters import apply_stances
from dashboard.state import Key, current_filters, keep_valid
from store.core import actor_view
from store.schema import Col

store = data.get_store()
frames = data.load_frames(store)
edits = store.actor_edits()
hidden = sorted(actor_view(edits, ()).hidden)
actors = sorted(frames.stances[Col.ACTOR].unique().tolist())


def reanalyse(article_ids: list[int] | None, *, why: str) -> None:
    """Re-analyse articles with a progress bar; remember a one-line notice for the next run."""
    st.session_state[Key.NOTICE] = render.reanalyse(store, article_ids, why=why)


st.title("Actors")
if frames.articles.empty:
    st.info("No articles are stored yet, so there are no actors to edit.")
    st.page_link("views/upload.py", label="Upload articles", icon=":material/upload_file:")
    st.stop()
if st.session_state[Key.NOTICE]:
    st.success(render.md_literal(st.session_state[Key.NOTICE]))
    st.session_state[Key.NOTICE] = None

summary = charts.actor_summary(
    apply_stances(frames.stances, current_filters(), paragraphs=frames.paragraphs),
    max_actors=len(actors) or 1)
st.caption(f"{render.count(len(actors), 'actor')} shown, {len(hidden)} hidden. "
           "The table follows the filters.")
st.dataframe(summary, hide_index=True, width="stretch")

for key in (Key.RENAME_FROM, Key.MERGE_FROM, Key.MERGE_INTO, Key.HIDE, Key.ALIAS_ACTOR):
    keep_valid(key, actors)
keep_valid(Key.UNHIDE, hidden)
rename, merge, hide, alias = st.columns(4)
with rename, st.form(Key.RENAME_FORM, clear_on_submit=True):
    st.markdown("**Rename**")
    st.selectbox("Actor", options=actors, key=Key.RENAME_FROM)
    st.text_input("New name", key=Key.RENAME_TO)
    if st.form_submit_button("Rename"):
        old, new = st.session_state[Key.RENAME_FROM], st.session_state[Key.RENAME_TO].strip()
        if old and new:
            store.rename_actor(old, new)
            st.session_state[Key.NOTICE] = f"{old} is now shown as {new}"
            st.rerun()
        st.error("Pick an actor and type its new name.")
with merge, st.form(Key.MERGE_FORM, clear_on_submit=True):
    st.markdown("**Merge**")
    st.selectbox("Fold this actor…", options=actors, key=Key.MERGE_FROM)
    st.selectbox("…into this one", options=actors, key=Key.MERGE_INTO)
    if st.form_submit_button("Merge and re-analyse"):
        source, into = st.session_state[Key.MERGE_FROM], st.session_state[Key.MERGE_INTO]
        if source and into and source != into:
            reanalyse(store.merge_actors(source, into), why=f"{source} merged into {into}")
            st.rerun()
        st.error("Pick two different actors.")
with hide, st.form(Key.HIDE_FORM):
    st.markdown("**Hide / unhide**")
    st.selectbox("Hide", options=actors, key=Key.HIDE)
    st.selectbox("Unhide", options=hidden, key=Key.UNHIDE)
    if st.form_submit_button("Apply"):
        if st.session_state[Key.HIDE]:
            store.hide_actor(st.session_state[Key.HIDE])
        if st.session_state[Key.UNHIDE]:
            store.unhide_actor(st.session_state[Key.UNHIDE])
        st.session_state[Key.NOTICE] = "Hidden actors updated"
        st.rerun()
with alias, st.form(Key.ALIAS_FORM, clear_on_submit=True):
    st.markdown("**Add an alias**")
    st.selectbox("Actor", options=actors, key=Key.ALIAS_ACTOR, accept_new_options=True,
                 help="Pick an actor, or type a new one")
    st.text_input("Alias (another name in the text)", key=Key.ALIAS_TEXT)
    st.selectbox("Kind", options=[k.value for k in ActorKind], key=Key.ALIAS_KIND)
    if st.form_submit_button("Add and re-analyse"):
        actor = st.session_state[Key.ALIAS_ACTOR]
        text = st.session_state[Key.ALIAS_TEXT].strip()
        if actor and text:
            ids = store.add_alias(actor, text, kind=st.session_state[Key.ALIAS_KIND])
            reanalyse(ids, why=f"“{text}” now counts as {actor}")
            st.rerun()
        st.error("Pick an actor and type the alias.")

if st.button("Re-analyse every stored article", key=Key.RESCORE_ALL):
    reanalyse(None, why="every article")
    st.rerun()

if edits:
    st.subheader("Edits so far")
    render.show_html("<ol>" + "".join(
        render.text_html(f"{e.kind}: {' → '.join(e.args)} ({render.when(e.created)})", tag="li")
        for e in edits
    ) + "</ol>")
