"""Upload: add articles from files (dragged in, several at once) or from pasted text."""

import streamlit as st

from analysis.read import SUPPORTED_SUFFIXES
from dashboard import data, render
from dashboard.render import md_literal
from dashboard.state import Key
from store.ingest import IngestOutcome, ingest_bytes, ingest_pasted

store = data.get_store()

st.title("Upload")
st.caption(
    "Drop news articles here: "
    + ", ".join(SUPPORTED_SUFFIXES)
    + ". A CSV or JSONL file adds one article per row. Each file is read and analysed on its "
    "own: one that cannot be read is named with the reason, the others still go in."
)
files = st.file_uploader("Article files", type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
                         accept_multiple_files=True, key=Key.UPLOADER)
# The uploader keeps its files across reruns: remember which ones were already analysed.
done: list[str] = st.session_state[Key.DONE_UPLOADS]
new = [f for f in files or [] if f.file_id not in done]
if new:
    config = store.actor_config()
    outcomes: list[IngestOutcome] = []
    with st.status(f"Analysing {render.count(len(new), 'file')}…", expanded=True) as status:
        bar = st.progress(0.0)
        for number, upload in enumerate(new, start=1):
            bar.progress((number - 1) / len(new), text=md_literal(f"Reading {upload.name}…"))
            outcomes += ingest_bytes(store, [(upload.name, upload.getvalue())], config=config)
            done.append(upload.file_id)
        bar.progress(1.0, text="Done")
        failed = sum(o.status == "error" for o in outcomes)
        status.update(label=render.upload_summary([o.status for o in outcomes]),
                      state="error" if failed == len(outcomes) else "complete")
    st.session_state[Key.LAST_OUTCOMES] = outcomes

for outcome in st.session_state[Key.LAST_OUTCOMES]:
    message = md_literal(outcome.message or f"{outcome.name}: {outcome.status}")
    if outcome.status == "added":
        st.success(message, icon=":material/check:")
    elif outcome.status == "duplicate":
        st.info(message, icon=":material/content_copy:")
    else:
        st.error(message, icon=":material/error:")

st.subheader("Or paste an article")
with st.form(Key.PASTE_FORM, clear_on_submit=True):
    st.text_area("Article text", key=Key.PASTE_TEXT, height=220)
    left, middle, right = st.columns(3)
    left.text_input("Title", key=Key.PASTE_TITLE)
    middle.text_input("Outlet", key=Key.PASTE_OUTLET)
    right.date_input("Published", key=Key.PASTE_DATE, format="YYYY-MM-DD")
    submitted = st.form_submit_button("Analyse and add")
if submitted:
    published = st.session_state[Key.PASTE_DATE]
    with st.spinner("Analysing the pasted text…"):
        outcome = ingest_pasted(
            store,
            st.session_state[Key.PASTE_TEXT],
            title=st.session_state[Key.PASTE_TITLE].strip() or None,
            outlet=st.session_state[Key.PASTE_OUTLET].strip() or None,
            published=published.isoformat() if published else None,
        )
    show = st.success if outcome.status == "added" else (
        st.info if outcome.status == "duplicate" else st.error)
    show(md_literal(outcome.message))

st.caption(f"{render.count(store.count_articles(), 'article')} stored.")
