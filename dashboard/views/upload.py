"""Upload: queue files (dragged in, several at once) or pasted text for the worker processes.

This page never reads or analyses anything itself: each file becomes a job in the store
(``store.jobs``), the workers that ``python -m dashboard`` starts run it, and the page shows each
job's state until it is done. The batch id is kept in the URL (``?batch=...``), so a refresh or a
later visit shows the same files, and the user may leave the page while they are analysed.
"""

import re

import streamlit as st

from analysis.errors import printable
from analysis.read import SUPPORTED_SUFFIXES
from dashboard import data, render
from dashboard.render import md_literal
from dashboard.state import Key
from store import jobs
from store.jobs import JobOptions, JobState, JobView

#: Seconds between looks at the jobs while some are queued or running.
POLL_S = 1.0
BATCH_PARAM = "batch"
_BATCH_ID = re.compile(r"[0-9a-f]{32}")

store = data.get_store()


def current_batch() -> str:
    """This session's batch: from the URL after a refresh, else new (and put in the URL)."""
    from_url = st.query_params.get(BATCH_PARAM, "")
    if st.session_state[Key.UPLOAD_BATCH] is None and _BATCH_ID.fullmatch(from_url):
        st.session_state[Key.UPLOAD_BATCH] = from_url
    if st.session_state[Key.UPLOAD_BATCH] is None:
        st.session_state[Key.UPLOAD_BATCH] = jobs.new_batch()
    return st.session_state[Key.UPLOAD_BATCH]


def batch_options() -> JobOptions:
    published = st.session_state[Key.UPLOAD_DATE]
    return JobOptions(outlet=st.session_state[Key.UPLOAD_OUTLET].strip() or None,
                      published=published.isoformat() if published else None)


def show_job(job: JobView) -> None:
    # the file's name as the finished job's message writes it: a bidi override or a newline
    # in it shows as an escape, not reordered text ("invoice_\u202efdp.txt")
    shown = printable(job.name)
    name = md_literal(shown)
    message = md_literal(job.message or f"{shown}: {job.state}")
    if job.state is JobState.QUEUED:
        st.markdown(f":material/hourglass_empty: {name}: waiting for a worker")
    elif job.state is JobState.RUNNING:
        progress = f" ({job.message})" if job.message else ""
        st.markdown(f":material/progress_activity: {name}: being analysed"
                    f"{md_literal(progress)}…")
    elif job.outcome == "added":
        st.success(message, icon=":material/check:")
    elif job.outcome == "duplicate":
        st.info(message, icon=":material/content_copy:")
    else:
        st.error(message, icon=":material/error:")


def show_batch(batch: str, *, polling: bool) -> None:
    """The batch's jobs; while some are unfinished this re-runs itself every ``POLL_S``."""
    views = store.batch_jobs(batch)
    if not views:
        return
    unfinished = sum(v.state not in jobs.FINISHED for v in views)
    if unfinished:
        st.caption(f"{render.count(unfinished, 'file')} still to analyse; you may leave this "
                   "page, the analysis goes on.")
    else:
        st.caption(render.upload_summary([v.outcome for v in views]))
    for view in views:
        show_job(view)
    if polling and not unfinished:
        st.rerun()  # the whole page: the article count and the other pages' data change


batch = current_batch()
st.title("Upload")
st.caption(
    "Drop news articles here: "
    + ", ".join(SUPPORTED_SUFFIXES)
    + ". A CSV or JSONL file adds one article per row. Each file is read and analysed on its "
    "own, by a worker process: one that cannot be read is named with the reason, the others "
    "still go in."
)
left, right = st.columns(2)
left.text_input("Outlet of these files (optional)", key=Key.UPLOAD_OUTLET,
                help="Given to every article of the files dropped from now on")
right.date_input("Published (optional)", key=Key.UPLOAD_DATE, format="YYYY-MM-DD",
                 help="Given to every article of the files dropped from now on")
files = st.file_uploader("Article files", type=[s.lstrip(".") for s in SUPPORTED_SUFFIXES],
                         accept_multiple_files=True, key=Key.UPLOADER)
# The uploader keeps its files across reruns: remember which ones were already queued.
done: list[str] = st.session_state[Key.DONE_UPLOADS]
new = [f for f in files or [] if f.file_id not in done]
if new:
    options = batch_options()
    store.enqueue(batch, [jobs.file_job(f.name, f.getvalue(), options) for f in new])
    done.extend(f.file_id for f in new)

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
    options = JobOptions(title=st.session_state[Key.PASTE_TITLE].strip() or None,
                         outlet=st.session_state[Key.PASTE_OUTLET].strip() or None,
                         published=published.isoformat() if published else None)
    store.enqueue(batch, [jobs.paste_job(st.session_state[Key.PASTE_TEXT], options)])

if store.batch_jobs(batch):
    st.query_params[BATCH_PARAM] = batch  # a refresh, or the link, shows this batch again
    st.subheader("This batch")
    pending = store.pending_jobs(batch=batch) > 0
    st.fragment(show_batch, run_every=POLL_S if pending else None)(batch, polling=pending)

st.caption(f"{render.count(store.count_articles(), 'article')} stored.")
