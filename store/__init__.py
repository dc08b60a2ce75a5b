"""Persistence for stancemap: analysed articles, actor edits, corrections and their frames.

Dependencies run one way: ``analysis`` (the pure core) <- ``store`` <- the CLI's store commands
and ``dashboard``. Nothing here imports Streamlit or the dashboard.

* ``store.db``: connections, transactions, schema migrations.
* ``store.schema``: the column names every frame uses.
* ``store.articles``: one article's rows, written and read back.
* ``store.actor_edits``: the edit log (renames, merges, hides) and the read-time actor view.
* ``store.folding``: merged actors' stance rows folded with the one aggregation rule.
* ``store.corrections``: users' corrected labels.
* ``store.frames``: the stored analyses as typed pandas DataFrames.
* ``store.ingest``: read, analyse and write articles (what uploads and ``ingest`` call).
* ``store.core``: ``Store``, the façade over all of the above.
"""

from store.core import DB_ENV, Store

__all__ = ["DB_ENV", "Store"]
