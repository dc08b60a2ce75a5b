"""The frames the dashboard reads: stored analyses loaded as pandas DataFrames, fast and typed.

Pages chart and filter three frames (articles, paragraphs, stances; columns in
``store.schema``). With ~10^5 stance rows the load time is what the user waits for, so the big
tables are read column-wise (``_columnar``: SQLite's group_concat, PostgreSQL's COPY) and the
small ones joined in pandas. Every column has
one dtype (``DTYPES``) whatever the rows, so an empty store gives the same frames. Actor edits are
applied here, at read time (see ``store.actor_edits`` and ``store.folding``).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from store.actor_edits import current_view, load_edits
from store.db import SQLITE, Connection, Database, open_db, read_snapshot
from store.folding import fold_rows, refold
from store.schema import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, STANCE_COLUMNS, Col

#: The dtype of every frame column, whatever the rows (an empty store gives the same dtypes).
DTYPES: dict[str, str] = {
    Col.ARTICLE_ID: "int64", Col.TITLE: "str", Col.OUTLET: "str",
    Col.PUBLISHED: "datetime64[ns]", Col.URL: "str", Col.N_PARAGRAPHS: "int64",
    Col.ADDED: "datetime64[ns, UTC]", Col.PARAGRAPH: "int64", Col.POSITION: "float64",
    Col.TEXT: "str", Col.SENTIMENT: "float64", Col.SENTIMENT_LABEL: "str", Col.ACTOR: "str",
    Col.ACTOR_KIND: "str", Col.STANCE: "float64", Col.STANCE_LABEL: "str",
    Col.CONFIDENCE: "float64", Col.MENTIONS: "int64", Col.CORRECTED_LABEL: "str",
    Col.MODEL_STANCE: "float64", Col.MODEL_LABEL: "str",
}

#: The score a corrected row counts with: its label held with certainty. The score is
#: P(positive) - P(negative), so a sure negative is -1, a sure neutral 0 and a sure positive +1
#: (and ``label_for`` gives each its own label back). Means, filters and charts then count the
#: user's label, not the model's score it overrode; MODEL_STANCE keeps that score.
LABEL_SCORES: dict[str, float] = {"negative": -1.0, "neutral": 0.0, "positive": 1.0}


def typed(frame: pd.DataFrame, columns: Sequence[str]) -> pd.DataFrame:
    """``frame`` with exactly ``columns``, in order, each of its ``DTYPES`` dtype."""
    out = frame[list(columns)]
    return out.astype({c: DTYPES[c] for c in columns if str(out[c].dtype) != DTYPES[c]})


def to_date(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce", format="ISO8601").astype("datetime64[ns]")


def to_time(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values, errors="coerce", format="ISO8601", utc=True)


def records_frame(cur: Any, columns: Sequence[str]) -> pd.DataFrame:
    """The rows of ``cur`` as a frame with ``columns`` (for small queries; see ``_columnar``)."""
    return pd.DataFrame.from_records(cur.fetchall(), columns=list(columns))


#: Separates text values in a group_concat; ASCII "unit separator", replaced in the values.
_SEP = "\x1f"


@dataclass(frozen=True, slots=True)
class _Column:
    name: str
    sql: str  # an expression that is never NULL (group_concat skips NULLs, misaligning columns)
    kind: str  # "int", "float", "str", or "label" (a str from a fixed set, no separator in it)


def _columnar(conn: Connection, columns: Sequence[_Column], source: str,
              order: str, rows: _Where) -> pd.DataFrame:
    """Read a big table column by column, in ``order`` (its primary key), on either database,
    only the rows ``rows`` keeps."""
    if conn.dialect is SQLITE:
        return _group_concat(conn, columns, source, rows)
    return _copy_csv(conn, columns, source, order, rows)


def _empty(columns: Sequence[_Column]) -> pd.DataFrame:
    dtypes = {"int": np.int64, "float": np.float64}
    return pd.DataFrame({c.name: (pd.array([], dtype="str") if c.kind in ("str", "label")
                                  else np.empty(0, dtypes[c.kind])) for c in columns})


def _copy_csv(conn: Connection, columns: Sequence[_Column], source: str,
              order: str, rows: _Where) -> pd.DataFrame:
    """PostgreSQL: ``COPY (SELECT ...) TO STDOUT`` as CSV, parsed by pandas' C reader.

    One stream of bytes instead of a Python object per cell; CSV quoting keeps any text intact.
    """
    select = (f"SELECT {', '.join(c.sql for c in columns)} FROM {source}{rows.sql}"
              f" ORDER BY {order}")
    buffer = io.BytesIO()
    # psycopg binds COPY's parameters on the client; the store's SQL says ``?`` for them
    statement = conn._sql(f"COPY ({select}) TO STDOUT (FORMAT CSV)")
    with conn.raw.cursor() as cur, cur.copy(statement, rows.params or None) as copy:
        for block in copy:
            buffer.write(block)
    if buffer.tell() == 0:
        return _empty(columns)
    buffer.seek(0)
    kinds = {"int": "int64", "float": "float64", "str": "str", "label": "str"}
    return pd.read_csv(buffer, header=None, names=[c.name for c in columns],
                       dtype={c.name: kinds[c.kind] for c in columns}, na_filter=False,
                       encoding="utf-8")


def _group_concat(conn: Connection, columns: Sequence[_Column], source: str,
                  rows: _Where) -> pd.DataFrame:
    """SQLite: one row of group_concat strings, parsed by numpy.

    ``fetchall()`` builds a Python object per cell; for the ~10^5 stance rows that costs more
    than everything else. Here SQLite joins each column into one string and numpy parses numbers
    in C, which loads the frame two to three times faster. Every aggregate of one query sees the
    rows in the same order, so the columns stay aligned.
    """
    parts = ["COUNT(*)"]
    for c in columns:
        if c.kind == "str":
            parts.append(f"group_concat(replace({c.sql}, char(31), ' '), char(31))")
        elif c.kind == "label":
            parts.append(f"group_concat({c.sql}, char(31))")
        else:
            parts.append(f"group_concat({c.sql}, ',')")
    row = conn.execute(f"SELECT {', '.join(parts)} FROM {source}{rows.sql}",
                       rows.params).fetchone()
    n = int(row[0])
    data: dict[str, object] = {}
    for c, joined in zip(columns, row[1:], strict=True):
        if c.kind in ("str", "label"):
            values = joined.split(_SEP) if n else []
            data[c.name] = pd.array(values, dtype="str")
            continue
        dtype = np.int64 if c.kind == "int" else np.float64
        data[c.name] = np.fromstring(joined, sep=",", dtype=dtype) if n else np.empty(0, dtype)
    frame = pd.DataFrame(data)
    if any(len(v) != n for v in data.values()):  # a separator slipped through: never guess
        raise RuntimeError(f"columnar read of {source!r} is misaligned")
    return frame


@dataclass(frozen=True, slots=True)
class _Where:
    """A WHERE clause of fixed text (or none) and its parameters."""

    sql: str = ""
    params: tuple[Any, ...] = ()


def _of_articles(article_ids: Sequence[int] | None, column: str) -> _Where:
    """Only the rows of ``article_ids`` (every row for None). ``column`` is one of the fixed
    column names below, never user text; the ids are parameters."""
    if article_ids is None:
        return _Where()
    ids = tuple(sorted({int(i) for i in article_ids}))
    if not ids:
        return _Where(f" WHERE {column} IS NULL", ())  # no article: matches no row
    return _Where(f" WHERE {column} IN ({', '.join('?' * len(ids))})", ids)


_ARTICLES_SQL = "SELECT id, title, outlet, published, url, n_paragraphs, added FROM articles"

# Titles, outlets, dates, actor kinds and corrections come from small tables and are joined in
# pandas, so the big queries read one table each, in primary-key order.
# A scan of a WITHOUT ROWID table follows its primary key: (article, paragraph[, actor]) order;
# PostgreSQL is told the order.
_PARAGRAPHS_SOURCE = "paragraphs"
_PARAGRAPHS_ORDER = "article_id, paragraph"
_PARAGRAPHS_COLUMNS = (
    _Column(Col.ARTICLE_ID, "article_id", "int"),
    _Column(Col.PARAGRAPH, "paragraph", "int"),
    _Column(Col.TEXT, "text", "str"),
    _Column(Col.SENTIMENT, "compound", "float"),
    _Column(Col.SENTIMENT_LABEL, "label", "label"),
)
_STANCES_SOURCE = "stances"
_STANCES_ORDER = "article_id, paragraph, actor"
_STANCES_COLUMNS = (
    _Column(Col.ARTICLE_ID, "article_id", "int"),
    _Column(Col.PARAGRAPH, "paragraph", "int"),
    _Column(Col.ACTOR, "actor", "str"),
    _Column(Col.STANCE, "score", "float"),
    _Column(Col.STANCE_LABEL, "label", "label"),
    _Column(Col.CONFIDENCE, "confidence", "float"),
    _Column(Col.MENTIONS, "mentions", "int"),
)
_HEADS_SQL = "SELECT id, title, outlet, published, n_paragraphs FROM articles"
_HEADS_COLUMNS = (Col.ARTICLE_ID, Col.TITLE, Col.OUTLET, Col.PUBLISHED, Col.N_PARAGRAPHS)
_KINDS_SQL = "SELECT article_id, name, kind FROM actors"
_KINDS_COLUMNS = (Col.ARTICLE_ID, Col.ACTOR, Col.ACTOR_KIND)
_CORRECTIONS_SQL = "SELECT article_id, paragraph, actor, label FROM corrections"
_CORRECTIONS_COLUMNS = (Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR, Col.CORRECTED_LABEL)


def _add_article_columns(rows: pd.DataFrame, heads: pd.DataFrame) -> None:
    """Add TITLE, OUTLET, PUBLISHED and POSITION to paragraph-level ``rows``, in place."""
    ids = rows[Col.ARTICLE_ID].to_numpy()
    for col in (Col.TITLE, Col.OUTLET):
        rows[col] = heads[col].reindex(ids).array
    # dates parsed once per article, not once per row
    rows[Col.PUBLISHED] = to_date(heads[Col.PUBLISHED]).reindex(ids).to_numpy()
    last = heads[Col.N_PARAGRAPHS].reindex(ids).to_numpy(dtype="int64") - 1
    rows[Col.POSITION] = rows[Col.PARAGRAPH].to_numpy() / np.maximum(last, 1)


def articles_frame(db: Database, *, article_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """One row per article (``ARTICLE_COLUMNS``); PUBLISHED is datetime64, NaT if unknown.

    With ``article_ids``, only those articles (read so in SQL: a page about a few articles
    never loads them all); so for ``paragraphs_frame`` and ``stances_frame``.
    """
    only = _of_articles(article_ids, "id")
    with open_db(db) as conn:
        frame = records_frame(conn.execute(f"{_ARTICLES_SQL}{only.sql} ORDER BY id", only.params),
                              ARTICLE_COLUMNS)
    frame[Col.PUBLISHED] = to_date(frame[Col.PUBLISHED])
    frame[Col.ADDED] = to_time(frame[Col.ADDED])
    return typed(frame, ARTICLE_COLUMNS)


def paragraphs_frame(db: Database, *, article_ids: Sequence[int] | None = None
                     ) -> pd.DataFrame:
    """One row per paragraph, columns ``PARAGRAPH_COLUMNS``; SENTIMENT is VADER's compound.
    Only the paragraphs of ``article_ids`` when given."""
    with open_db(db) as conn, read_snapshot(conn):
        rows = _columnar(conn, _PARAGRAPHS_COLUMNS, _PARAGRAPHS_SOURCE, _PARAGRAPHS_ORDER,
                         _of_articles(article_ids, "article_id"))
        heads = _heads(conn, article_ids)
    _add_article_columns(rows, heads)
    return typed(rows, PARAGRAPH_COLUMNS)


def _heads(conn: Connection, article_ids: Sequence[int] | None) -> pd.DataFrame:
    only = _of_articles(article_ids, "id")
    return records_frame(conn.execute(f"{_HEADS_SQL}{only.sql}", only.params),
                         _HEADS_COLUMNS).set_index(Col.ARTICLE_ID)


def stances_frame(db: Database, *, article_ids: Sequence[int] | None = None) -> pd.DataFrame:
    """One row per paragraph x actor, columns ``STANCE_COLUMNS``, actor edits applied; only the
    rows of ``article_ids`` when given.

    Renamed and merged actors appear under their shown name (two merged actors of one
    paragraph are folded into one row until ``ingest.rescore`` re-analyses the article);
    hidden actors are left out. CORRECTED_LABEL is the user's correction, or missing.
    """
    with open_db(db) as conn, read_snapshot(conn):
        only = _of_articles(article_ids, "article_id")
        rows = _columnar(conn, _STANCES_COLUMNS, _STANCES_SOURCE, _STANCES_ORDER, only)
        heads = _heads(conn, article_ids)
        kinds = records_frame(conn.execute(f"{_KINDS_SQL}{only.sql}", only.params),
                              _KINDS_COLUMNS)
        corrections = records_frame(conn.execute(f"{_CORRECTIONS_SQL}{only.sql}", only.params),
                                    _CORRECTIONS_COLUMNS)
        edits = load_edits(conn)
        view = current_view(conn, edits=edits)
        redone = refold(conn, view) if view is not None else {}
    keys = [Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR]
    rows = rows.merge(kinds.astype({Col.ARTICLE_ID: "int64"}), how="left",
                      on=[Col.ARTICLE_ID, Col.ACTOR])
    rows[Col.ACTOR_KIND] = rows[Col.ACTOR_KIND].fillna("")
    if len(corrections):
        rows = rows.merge(corrections.astype({Col.ARTICLE_ID: "int64", Col.PARAGRAPH: "int64"}),
                          how="left", on=keys)
    else:
        rows[Col.CORRECTED_LABEL] = None
    if view is not None:
        if view.shown:
            rows[Col.ACTOR] = rows[Col.ACTOR].replace(dict(view.shown))
        if view.hidden:
            rows = rows[~rows[Col.ACTOR].isin(view.hidden)].reset_index(drop=True)
        rows = fold_rows(rows, redone)
    _apply_corrections(rows)
    _add_article_columns(rows, heads)
    return typed(rows, STANCE_COLUMNS).reset_index(drop=True)


def _apply_corrections(rows: pd.DataFrame) -> None:
    """Let the user's label override the model's, in place: STANCE_LABEL becomes the corrected
    label and STANCE its ``LABEL_SCORES``; MODEL_STANCE and MODEL_LABEL keep the analysis."""
    rows[Col.MODEL_STANCE] = rows[Col.STANCE].to_numpy()
    rows[Col.MODEL_LABEL] = rows[Col.STANCE_LABEL].array
    fixed = rows[Col.CORRECTED_LABEL].notna().to_numpy()
    if fixed.any():
        corrected = rows.loc[fixed, Col.CORRECTED_LABEL]
        rows.loc[fixed, Col.STANCE_LABEL] = corrected.to_numpy()
        rows.loc[fixed, Col.STANCE] = corrected.map(LABEL_SCORES).to_numpy()
