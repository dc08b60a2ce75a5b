"""Actors: rename, merge, hide or unhide actors, give them aliases, and split a wrong join.

Renames and hides apply when the store is read (instant, nothing re-analysed). Merges and aliases
change which mentions count for an actor, so the affected stored articles are re-analysed from
their stored text, as jobs the worker processes run: nothing has to be uploaded again. A surname
or first name alone is shown as the one stored full name it fits (``analysis.identity``); the
aliases table says how each name came under its actor, and a split takes one back out.

The actor list and table come from the sidebar's options and the store's SQL aggregation
(``store.aggregates.actor_summary``, cached per data version and filters), so the page never
loads the stance rows.
"""

import streamlit as st

from analysis.identity import JOINED
from analysis.types import ActorKind
from dashboard import data, render
from dashboard.filters import stance_query
from dashboard.state import (
    Key,
    actor_options,
    current_filters,
    find_actors_box,
    keep_valid,
    pop_notice,
)
from store import reads
from store.core import EditKind, actor_view

#: The edit forms' actor widgets, which offer the same actors.
EDITED_ACTORS = (Key.RENAME_FROM, Key.MERGE_FROM, Key.MERGE_INTO, Key.HIDE, Key.ALIAS_ACTOR)
#: How a name came under its actor, as the aliases table says it.
HOW = {JOINED: "surname or first name, joined automatically", str(EditKind.MERGE): "merged",
       str(EditKind.RENAME): "renamed", str(EditKind.ALIAS): "alias found in the text"}

store = data.get_store()
edits = store.actor_edits()
hidden = sorted(actor_view(edits, ()).hidden)
options = data.load_options(store)
aliases = store.actor_aliases()


def reanalyse(article_ids: list[int] | None, *, why: str) -> None:
    """Queue the articles' re-analysis for the workers; remember a notice for the next run."""
    st.session_state[Key.NOTICE] = render.reanalyse(store, article_ids, why=why)


st.title("Actors")
if store.count_articles() == 0:
    st.info("No articles are stored yet, so there are no actors to edit.")
    st.page_link("views/upload.py", label="Upload articles", icon=":material/upload_file:")
    st.stop()
notice = pop_notice()
if notice:
    st.success(render.md_literal(notice))

summary = data.aggregate(store, "actor_summary", stance_query(current_filters()))
st.caption(f"{render.count(options.n_actors, 'actor')} shown, {len(hidden)} hidden. "
           "The table follows the filters.")
st.dataframe(summary, hide_index=True, width="stretch")

find_actors_box(st, options, Key.FIND_EDITED,
                more=sum(len(group) for group in aliases.values()))
# shown names, hidden ones out
actors = actor_options(store, EDITED_ACTORS, Key.FIND_EDITED)
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
    st.multiselect("Fold these actors…", options=actors, key=Key.MERGE_FROM)
    st.selectbox("…into this one", options=actors, key=Key.MERGE_INTO)
    if st.form_submit_button("Merge and re-analyse"):
        into = st.session_state[Key.MERGE_INTO]
        sources = [a for a in st.session_state[Key.MERGE_FROM] if a != into]
        if sources and into:
            ids = sorted({i for source in sources for i in store.merge_actors(source, into)})
            reanalyse(ids, why=f"{', '.join(sources)} merged into {into}")
            st.rerun()
        st.error("Pick one or more actors, and another one to fold them into.")
with hide, st.form(Key.HIDE_FORM, clear_on_submit=True):
    st.markdown("**Hide / unhide**")
    st.multiselect("Hide", options=actors, key=Key.HIDE)
    st.multiselect("Unhide", options=hidden, key=Key.UNHIDE)
    if st.form_submit_button("Apply"):
        to_hide, to_show = st.session_state[Key.HIDE], st.session_state[Key.UNHIDE]
        store.set_hidden(to_hide)
        store.set_hidden(to_show, hidden=False)
        st.session_state[Key.NOTICE] = (
            f"{render.count(len(to_hide), 'actor')} hidden, {len(to_show)} shown again")
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

# every name shown under another, hidden actors' too: a wrong join may be why one was hidden
joins = {f"{a.name} → {actor}": (a.name, actor)
         for actor, group in aliases.items() for a in group}
if joins:
    st.subheader("Aliases")
    st.caption("The names each actor stands for, and how each came under it. Split one off "
               "when it is someone else.")
    st.dataframe({"Actor": [actor for actor, group in aliases.items() for _ in group],
                  "Also named": [a.name for group in aliases.values() for a in group],
                  "How": [HOW.get(a.via, a.via) for group in aliases.values() for a in group]},
                 hide_index=True, width="stretch")
    keep_valid(Key.SPLIT_PICK, joins)
    # as many as the actor lists, the ones with the words typed to find actors (either name)
    held = st.session_state.get(Key.SPLIT_PICK)
    offered = reads.names_with(list(joins), str(st.session_state.get(Key.FIND_EDITED) or ""),
                               limit=reads.ACTOR_CHOICES)
    if held and held not in offered:
        offered.insert(0, held)
    if len(offered) < len(joins):
        st.caption(f"{len(offered)} of {len(joins)} names are offered to split off; "
                   "find others by name above.")
    with st.form(Key.SPLIT_FORM, clear_on_submit=True):
        st.selectbox("Split off", options=offered, key=Key.SPLIT_PICK)
        if st.form_submit_button("Split"):
            picked = st.session_state[Key.SPLIT_PICK]
            if picked in joins:
                name, actor = joins[picked]
                ids = store.split_actor(name, actor)
                why = f"{name} is shown apart from {actor}"
                if ids:
                    reanalyse(ids, why=why)
                else:
                    st.session_state[Key.NOTICE] = why
                st.rerun()
            st.error("Pick a name to split off.")

if st.button("Re-analyse every stored article", key=Key.RESCORE_ALL):
    reanalyse(None, why="every article")
    st.rerun()

if edits:
    st.subheader("Edits so far")
    keep, undo, _ = st.columns([1, 1, 2], vertical_alignment="bottom")
    if st.session_state[Key.UNDO_COUNT] > len(edits):
        st.session_state[Key.UNDO_COUNT] = len(edits)
    count = keep.number_input("Edits to undo", min_value=1, max_value=len(edits), step=1,
                              key=Key.UNDO_COUNT, help="The newest first.")
    if undo.button(f"Undo the last {render.count(int(count), 'edit')}", key=Key.UNDO_EDITS,
                   icon=":material/undo:"):
        undone, ids = store.undo_last_edits(int(count))
        why = "undone: " + "; ".join(render.edit_line(e.kind, e.args) for e in undone)
        if ids:
            reanalyse(ids, why=why)
        else:
            st.session_state[Key.NOTICE] = why
        st.rerun()
    # newest first: the ones an undo takes back are at the top
    render.show_html("<ol reversed>" + "".join(
        render.text_html(f"{render.edit_line(e.kind, e.args)} ({render.when(e.created)})",
                         tag="li")
        for e in reversed(edits)
    ) + "</ol>")
