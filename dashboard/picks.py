"""Chart clicks as the store's ``Pick``: which rows a clicked bar, cell or point stands for.

A Vega selection hands back the clicked mark's fields (``dashboard.charts.picked``); the store
reads the rows behind them in SQL (``store.reads``), so the fields are translated here, once: a
missing outlet's label means "no outlet", and a timeline point (an actor and the start of its
period, as epoch milliseconds) means that actor's rows published within the period.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from store.chart_rules import PERIOD, UNKNOWN_OUTLET, period_alias
from store.reads import Pick
from store.schema import Col


def _period(value: Any, period: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The first instant of the period holding ``value`` and of the next one."""
    start = (pd.Timestamp(value, unit="ms") if isinstance(value, int | float)
             else pd.Timestamp(value))
    start = start.tz_localize(None) if start.tzinfo else start
    first = start.to_period(period_alias(period))
    return first.start_time, (first + 1).start_time


def as_picks(clicked: Sequence[Mapping[str, Any]], *, period: str | None = None
             ) -> tuple[Pick, ...]:
    """The picks of a chart's selection (fields it lacks match anything). With ``period``
    (a timeline's), a pick is an actor within the clicked period; one without both is dropped,
    as ``dashboard.charts.rows_in_periods`` drops it."""
    picks = []
    for one in clicked:
        outlet = one.get(Col.OUTLET)
        fields: dict[str, Any] = {
            "actor": one.get(Col.ACTOR),
            "article_id": int(one[Col.ARTICLE_ID]) if one.get(Col.ARTICLE_ID) is not None
            else None,
            "outlet": None if outlet == UNKNOWN_OUTLET else outlet,
            "no_outlet": outlet == UNKNOWN_OUTLET,
        }
        if period is not None:
            if one.get(PERIOD) is None or Col.ACTOR not in one:
                continue
            start, end = _period(one[PERIOD], period)
            fields.update(published_from=start.date(), published_before=end.date())
        picks.append(Pick(**fields))
    return tuple(picks)
