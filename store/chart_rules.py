"""The rules a chart's numbers follow after grouping, shared by both ways of computing them.

``dashboard.charts`` groups stance rows in pandas; ``store.aggregates`` groups them in SQL. What
comes after the grouping (which time step a date range gets, where a timeline's line breaks, how
two articles with one title are told apart, which outlets' means are compared) is decided here
once and imported by both, so the two paths cannot drift apart. Everything is pure pandas.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from store.schema import Col

#: How charts and selections name a missing outlet.
UNKNOWN_OUTLET = "(unknown outlet)"

#: Caps on what one chart shows: the actors / columns with the most rows behind them.
MAX_ACTORS = 30
MAX_HEATMAP_ACTORS = 20
MAX_HEATMAP_COLUMNS = 25

#: Time steps of stance over time: (name, pandas period alias, longest date range it suits, days).
PERIODS: tuple[tuple[str, str, int | None], ...] = (
    ("day", "D", 62), ("week", "W", 366), ("month", "M", None))

#: Columns of the frames made for charts only (the store's columns are in ``schema.Col``).
PERIOD = "period"  # start of a day, week or month
SEGMENT = "segment"  # a run of consecutive periods: a line is drawn within one, never across
LOW = "low"  # ends of an interval around a mean stance
HIGH = "high"
DIFFERENCE = "difference"  # between outlets' mean stances toward one actor
SD = "sd"  # sample standard deviation (ddof=1) of a group's stances, NaN for one row

#: Width of the interval around an outlet's mean stance, in standard errors (95 % if normal).
Z_95 = 1.96


def busiest_first(counts: Iterable[tuple[Any, int]], n: int | None = None) -> list[Any]:
    """The values of (value, rows) pairs with the most rows first, ties by value, the first
    ``n`` (None: all), values with no rows left out: the one order of every "busiest" cap
    (the actor rankings, the busiest outlets, a heatmap's rows and columns), so each cap keeps
    the same values on every path."""
    ranked = sorted(((value, int(rows)) for value, rows in counts if rows > 0),
                    key=lambda pair: (-pair[1], pair[0]))
    return [value for value, _ in ranked][:n]


def period_alias(name: str) -> str:
    return dict((n, a) for n, a, _ in PERIODS)[name]


def pick_period(published: pd.Series) -> str:
    """The time step that suits the dates' range: day up to two months, week up to a year,
    month beyond (so a chart has tens of points, not thousands or two)."""
    dates = pd.to_datetime(published, errors="coerce").dropna()
    days = (dates.max() - dates.min()).days if len(dates) else 0
    for name, _, longest in PERIODS:
        if longest is None or days <= longest:
            return name
    return PERIODS[-1][0]


@dataclass(frozen=True, slots=True)
class Timeline:
    """Mean stance per actor and period, and what could not be placed in time."""

    frame: pd.DataFrame  # actor, period, mean_stance, n, segment
    period: str  # "day", "week" or "month"
    undated_articles: int
    undated_paragraphs: int


TIMELINE_COLUMNS = [Col.ACTOR, PERIOD, Col.MEAN_STANCE, Col.N, SEGMENT]


def with_segments(out: pd.DataFrame) -> pd.DataFrame:
    """``out`` (actor, PERIOD as pandas periods, ...) sorted, with ``SEGMENT`` numbering each run
    of consecutive periods of one actor, and PERIOD as each period's start time."""
    out = out.sort_values([Col.ACTOR, PERIOD], ignore_index=True)
    ordinal = out[PERIOD].map(lambda p: p.ordinal)
    new_run = (ordinal.diff() != 1) | (out[Col.ACTOR] != out[Col.ACTOR].shift())
    out[SEGMENT] = new_run.cumsum().astype(int)
    out[PERIOD] = out[PERIOD].map(lambda p: p.start_time)
    return out[TIMELINE_COLUMNS]


def unique_titles(frame: pd.DataFrame) -> pd.Series:
    """Titles made unique per article id, so two articles with one title get two columns."""
    titles = frame[Col.TITLE].fillna("(untitled)").astype(str)
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        seen[title] = seen.get(title, 0) + 1
        out.append(title if seen[title] == 1 else f"{title} ({seen[title]})")
    return pd.Series(out, index=frame.index)


OUTLET_COMPARISON_COLUMNS = [Col.ACTOR, Col.OUTLET, Col.MEAN_STANCE, LOW, HIGH, Col.N,
                             DIFFERENCE]


def compare_outlets(groups: pd.DataFrame, outlets: list[str], *,
                    max_actors: int) -> pd.DataFrame:
    """``outlet_comparison`` from its groups: one row per actor x outlet (sorted so), with
    MEAN_STANCE, N and ``SD``. Keeps the actors every outlet writes about, adds the interval
    and the difference, sorts by it and keeps the ``max_actors`` busiest shared actors."""
    shared = groups.groupby(Col.ACTOR)[Col.OUTLET].transform("nunique") == len(set(outlets))
    out = groups[shared].copy()
    if out.empty:
        return pd.DataFrame(columns=OUTLET_COMPARISON_COLUMNS)
    half = Z_95 * out[SD] / out[Col.N].pow(0.5)
    single = out[Col.N] < 2
    out[LOW] = (out[Col.MEAN_STANCE] - half).clip(-1, 1).where(~single, -1.0)
    out[HIGH] = (out[Col.MEAN_STANCE] + half).clip(-1, 1).where(~single, 1.0)
    means = out.pivot(index=Col.ACTOR, columns=Col.OUTLET, values=Col.MEAN_STANCE)
    if len(outlets) == 2:
        difference = means[outlets[1]] - means[outlets[0]]
    else:
        difference = means.max(axis=1) - means.min(axis=1)
    out[DIFFERENCE] = out[Col.ACTOR].map(difference)
    busiest_shared = out.groupby(Col.ACTOR)[Col.N].sum().nlargest(max_actors, keep="first")
    out = out[out[Col.ACTOR].isin(busiest_shared.index)]
    order = {o: i for i, o in enumerate(outlets)}
    out = out.assign(_order=out[Col.OUTLET].map(order)).sort_values(
        [DIFFERENCE, Col.ACTOR, "_order"], ascending=[False, True, True])
    return out[OUTLET_COMPARISON_COLUMNS].reset_index(drop=True)
