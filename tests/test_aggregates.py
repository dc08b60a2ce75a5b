"""The chart aggregations computed in the database (``store.aggregates``), on both databases.

Each is checked against the pandas path the dashboard takes today (the frames, then
``dashboard.filters`` and ``dashboard.charts``), for filters of every kind and with actor edits
that rename, merge (folding two actors of one paragraph) and hide, so the two cannot drift.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synthetic import fill_store, synthetic_articles
from dashboard.charts import actor_summary as pandas_actor_summary
from dashboard.filters import Filters, apply_stances, stance_query
from store.aggregates import ACTOR_SUMMARY_COLUMNS, StanceQuery
from store.core import Store
from store.schema import Col

FILTERS = {
    "none": Filters(),
    "articles": Filters(articles=(2, 5, 7, 11)),
    "outlets": Filters(outlets=("Harbour Gazette", "Valley Post")),
    "dates": Filters(date_from=date(2024, 3, 1), date_to=date(2024, 6, 30)),
    "dates, no undated": Filters(date_from=date(2024, 3, 1), include_undated=False),
    "actors": Filters(actors=("Russia", "EU bloc", "Ukraine")),
    "position": Filters(position=(0.25, 0.5)),
    "sentiment": Filters(sentiment=(0.1, 1.0)),
    "stance": Filters(stance=(-1.0, -0.2)),
    "min mentions": Filters(min_mentions=40),
    "search word": Filters(search="sanction"),
    "search phrase": Filters(search='"at odds" grain'),
    "search nothing": Filters(search="anction"),
    "everything": Filters(outlets=("Harbour Gazette", "Northern Ledger", "Metro Daily"),
                          date_from=date(2024, 2, 1), date_to=date(2024, 11, 30),
                          position=(0.1, 0.9), sentiment=(-0.5, 0.8), stance=(-0.9, 0.9),
                          min_mentions=3, search="over"),
}


@pytest.fixture()
def edited(target: str | Path, opened: Callable[[str | Path], Store]) -> Store:
    """40 synthetic articles, one undated, with a rename, a merge and a hide recorded."""
    store = opened(target)
    fill_store(store, 39, seed=21)
    analysis, raw = next(synthetic_articles(1, seed=22))
    store.add_article(dataclasses.replace(analysis, published=None), raw_text=raw)
    store.rename_actor("European Union", "EU bloc")
    store.merge_actors("NATO", "EU bloc")  # paragraphs with both now fold into one row
    store.hide_actor("rebels")
    return store


def expected(store: Store, filters: Filters) -> pd.DataFrame:
    stances = apply_stances(store.stances_frame(), filters, paragraphs=store.paragraphs_frame())
    out = pandas_actor_summary(stances, max_actors=10**6)
    if out.empty:
        return pd.DataFrame(columns=list(ACTOR_SUMMARY_COLUMNS))
    return out.reset_index(drop=True)


def same_summary(store: Store, filters: Filters) -> None:
    got = store.actor_summary(stance_query(filters))
    want = expected(store, filters)
    assert tuple(got.columns) == ACTOR_SUMMARY_COLUMNS
    assert got[Col.ACTOR].tolist() == want[Col.ACTOR].tolist()
    assert got[Col.N].tolist() == [int(n) for n in want[Col.N]]
    assert got[Col.MENTIONS].tolist() == [int(n) for n in want[Col.MENTIONS]]
    assert got[Col.MEAN_STANCE].to_numpy() == pytest.approx(
        want[Col.MEAN_STANCE].to_numpy(dtype=float), abs=1e-9)
    assert got[Col.STD_STANCE].to_numpy() == pytest.approx(
        want[Col.STD_STANCE].to_numpy(dtype=float), abs=1e-6)


@pytest.mark.parametrize("name", list(FILTERS))
def test_actor_summary_in_sql_equals_the_pandas_path(edited: Store, name: str) -> None:
    same_summary(edited, FILTERS[name])


@pytest.mark.parametrize("name", ["none", "actors", "everything"])
def test_without_edits_nothing_is_folded_and_the_numbers_agree(
        target: str | Path, opened: Callable[[str | Path], Store], name: str) -> None:
    store = opened(target)
    fill_store(store, 20, seed=23)
    same_summary(store, FILTERS[name])


def test_the_fixture_exercises_what_it_claims(edited: Store) -> None:
    # the edits show, the merge folds rows, one article is undated, and filters keep something
    summary = edited.actor_summary()
    assert "EU bloc" in set(summary[Col.ACTOR])
    assert not {"European Union", "NATO", "rebels"} & set(summary[Col.ACTOR])
    frame = edited.stances_frame()
    with edited.db.connect() as conn:
        stored_rows = conn.execute("SELECT COUNT(*) FROM stances WHERE actor <> 'rebels'"
                                   ).fetchone()[0]
    assert len(frame) < stored_rows  # folded by the merge
    assert edited.articles_frame()[Col.PUBLISHED].isna().sum() == 1
    for name in ("articles", "dates", "position", "sentiment", "search word", "everything"):
        assert len(expected(edited, FILTERS[name])) > 0, name
    assert expected(edited, FILTERS["search nothing"]).empty


def test_filter_values_are_parameters_never_sql(edited: Store) -> None:
    hostile = "x') OR 1=1; DROP TABLE stances; --"
    query = StanceQuery(outlets=(hostile,), actors=(hostile,), search=((hostile,),))
    assert edited.actor_summary(query).empty
    assert len(edited.actor_summary()) > 0  # the table is still there
