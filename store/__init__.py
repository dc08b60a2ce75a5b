"""Persistence for stancemap: analysed articles, actor edits, corrections and their frames.

Dependencies run one way: ``analysis`` (the pure core) <- ``store`` <- the CLI's store commands
and ``dashboard``. Nothing here imports Streamlit or the dashboard.

* ``store.db``: connections, transactions, schema migrations.
* ``store.schema``: the column names every frame uses.
* ``store.articles``: one article's rows, written and read back.
* ``store.actor_edits``: the edit log (renames, merges, hides), replayed into the read-time
  actor view through ``analysis.identity``.
* ``store.folding``: merged actors' stances re-aggregated from the stored mention
  probabilities with the one aggregation rule (``analysis.stance.base.aggregate``).
* ``store.corrections``: users' corrected labels.
* ``store.frames``: the stored analyses as typed pandas DataFrames.
* ``store.aggregates``: the Overview's aggregations computed in the database, from the rows
  ``store.stance_rows`` keeps or the ``stance_days`` summary (``store.stance_days``);
  ``store.chart_rules``: what follows a grouping, shared with ``dashboard.charts``.
* ``store.ingest``: read, analyse and write articles (what uploads and ``ingest`` call).
* ``store.work``: one input's analysis under the per-article limits, without the store.
* ``store.jobs``: the jobs table (queued, running, done, failed).
* ``store.worker``: a worker process running jobs (``python -m store.worker``).
* ``store.pool``: a pool of worker processes that replaces dead ones.
* ``store.batch``: files, folders and corpora queued and run as one batch (``ingest``).
* ``store.core``: ``Store``, the façade over all of the above.

Nothing is imported here: ``store.db`` and ``store.pool`` stay light (no pandas) for what starts
before the pages (the dashboard's launcher, a worker), so ``Store`` is ``store.core.Store``.
"""
