"""The sidebar filters as one frozen record, and the pure functions that apply them to frames.

Every chart and table on every page goes through ``apply_paragraphs`` / ``apply_stances``, so a
filter means the same thing everywhere. An empty selection (no articles, outlets or actors
picked) means "all"; a range equal to the full scale means "no limit".
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from store.aggregates import StanceQuery
from store.chart_rules import UNKNOWN_OUTLET as UNKNOWN_OUTLET  # pages import it from here
from store.schema import Col
from store.search import python_pattern, search_terms

#: Full scales of the range filters; a range equal to these filters nothing out.
POSITION_SCALE: tuple[float, float] = (0.0, 1.0)
SENTIMENT_SCALE: tuple[float, float] = (-1.0, 1.0)
STANCE_SCALE: tuple[float, float] = (-1.0, 1.0)

_KEY = [Col.ARTICLE_ID, Col.PARAGRAPH]


@dataclass(frozen=True, slots=True)
class Filters:
    articles: tuple[Hashable, ...] = ()  # article ids; empty means every article
    outlets: tuple[str, ...] = ()
    date_from: date | None = None  # inclusive; None means open
    date_to: date | None = None
    include_undated: bool = True  # articles without a date pass a date range
    actors: tuple[str, ...] = ()
    position: tuple[float, float] = POSITION_SCALE
    sentiment: tuple[float, float] = SENTIMENT_SCALE
    stance: tuple[float, float] = STANCE_SCALE
    min_mentions: int = 1  # an actor needs this many mentions in the filtered rows
    search: str = ""  # words or "quoted phrases" every kept paragraph contains (search_patterns)

    @property
    def limits_stances(self) -> bool:
        """True when the stance-side filters drop rows (so paragraphs must follow them)."""
        return bool(self.actors) or self.stance != STANCE_SCALE or self.min_mentions > 1

    @property
    def limits_sentiment(self) -> bool:
        return self.sentiment != SENTIMENT_SCALE

    @property
    def limits_paragraphs(self) -> bool:
        """True when the paragraph-side filters (sentiment, search) drop rows, so stance rows
        must follow them."""
        return self.limits_sentiment or bool(search_patterns(self.search))


def search_patterns(query: str) -> tuple[re.Pattern[str], ...]:
    """The search box's query as patterns a paragraph must all match (rule: ``store.search``)."""
    return tuple(re.compile(python_pattern(words), re.IGNORECASE)
                 for words in search_terms(query))


def stance_query(filters: Filters) -> StanceQuery:
    """The filters as the store's SQL aggregations take them (``Store.actor_summary``)."""
    return StanceQuery(
        articles=tuple(int(a) for a in filters.articles), outlets=filters.outlets,
        date_from=filters.date_from, date_to=filters.date_to,
        include_undated=filters.include_undated, actors=filters.actors,
        position=filters.position, sentiment=filters.sentiment, stance=filters.stance,
        min_mentions=filters.min_mentions, search=search_terms(filters.search))


def for_some_articles(filters: Filters, *, busy: Sequence[str]) -> Filters | None:
    """``filters`` for the rows of some articles only (a frame read with ``article_ids=``).

    The minimum of mentions counts an actor's mentions over all the rows the filters keep, not
    those of a few articles, so it is replaced by ``busy``, the actors that meet it over all
    (``store.reads.busy_actors``). None when none does: then no stance row passes.
    """
    if filters.min_mentions <= 1:
        return filters
    if not busy:
        return None
    picked = [a for a in busy if not filters.actors or a in filters.actors]
    if not picked:
        return None
    return dataclasses.replace(filters, actors=tuple(picked), min_mentions=1)


def search_mask(text: pd.Series, query: str) -> pd.Series:
    """True for the texts that match every term of ``query`` (all True for an empty query)."""
    mask = pd.Series(True, index=text.index)
    for pattern in search_patterns(query):
        mask &= text.fillna("").str.contains(pattern, regex=True)
    return mask


def as_date(value: object) -> date | None:
    """A stored publication date (ISO text, a timestamp, or nothing) as a ``date``, or None."""
    stamp = pd.to_datetime(value, errors="coerce")
    return None if pd.isna(stamp) else stamp.date()


def _article_mask(frame: pd.DataFrame, filters: Filters) -> pd.Series:
    """The filters shared by both frames: article, outlet, date and paragraph position."""
    mask = pd.Series(True, index=frame.index)
    if filters.articles:
        mask &= frame[Col.ARTICLE_ID].isin(filters.articles)
    if filters.outlets:
        mask &= frame[Col.OUTLET].isin(filters.outlets)
    if filters.date_from is not None or filters.date_to is not None:
        published = pd.to_datetime(frame[Col.PUBLISHED], errors="coerce")
        in_range = pd.Series(True, index=frame.index)
        if filters.date_from is not None:
            in_range &= published >= pd.Timestamp(filters.date_from)
        if filters.date_to is not None:
            # the end date is inclusive: anything before the next midnight
            in_range &= published < pd.Timestamp(filters.date_to) + pd.Timedelta(days=1)
        undated = published.isna()
        mask &= in_range | (undated if filters.include_undated else False)
    low, high = filters.position
    if (low, high) != POSITION_SCALE and Col.POSITION in frame:
        mask &= frame[Col.POSITION].between(low, high)
    return mask


def _paragraph_mask(frame: pd.DataFrame, filters: Filters) -> pd.Series:
    """The filters on paragraph properties: the sentiment range and the search."""
    mask = search_mask(frame[Col.TEXT], filters.search)
    low, high = filters.sentiment
    if (low, high) != SENTIMENT_SCALE:
        mask &= frame[Col.SENTIMENT].between(low, high)
    return mask


def apply_articles(frame: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """Article rows that pass the article, outlet and date filters."""
    return frame[_article_mask(frame, filters)]


def _keys(frame: pd.DataFrame) -> pd.MultiIndex:
    return pd.MultiIndex.from_frame(frame[_KEY])


def apply_stances(
    frame: pd.DataFrame, filters: Filters, *, paragraphs: pd.DataFrame
) -> pd.DataFrame:
    """Stance rows (paragraph x actor) that pass the filters.

    The sentiment range and the search are paragraph properties, so ``paragraphs`` (the
    paragraphs frame, filtered or not) is required: when either is set, only stance rows of
    paragraphs passing them are kept. It was optional once, and a page that left it out
    silently ignored the sentiment filter.
    """
    mask = _article_mask(frame, filters)
    if filters.actors:
        mask &= frame[Col.ACTOR].isin(filters.actors)
    low, high = filters.stance
    if (low, high) != STANCE_SCALE:
        mask &= frame[Col.STANCE].between(low, high)
    out = frame[mask]
    if filters.limits_paragraphs:
        kept = paragraphs[_paragraph_mask(paragraphs, filters)]
        out = out[_keys(out).isin(_keys(kept))]
    if filters.min_mentions > 1 and not out.empty:
        totals = out.groupby(Col.ACTOR, observed=True)[Col.MENTIONS].transform("sum")
        out = out[totals >= filters.min_mentions]
    return out


def apply_paragraphs(
    frame: pd.DataFrame, filters: Filters, *, stances: pd.DataFrame
) -> pd.DataFrame:
    """Paragraph rows that pass the filters.

    The actor, stance and mention filters are stance properties, so ``stances`` is required
    (the same trap as ``apply_stances``' paragraphs): when one of them is set, only paragraphs
    with at least one stance row passing them are kept.
    """
    out = frame[_article_mask(frame, filters) & _paragraph_mask(frame, filters)]
    if filters.limits_stances:
        kept = apply_stances(stances, filters, paragraphs=frame)
        out = out[_keys(out).isin(_keys(kept))]
    return out


def with_text(stances: pd.DataFrame, paragraphs: pd.DataFrame) -> pd.DataFrame:
    """Stance rows with their paragraph's text and sentiment (the paragraphs behind a chart)."""
    extra = paragraphs[[*_KEY, Col.TEXT, Col.SENTIMENT]]
    return stances.merge(extra, on=_KEY, how="inner")


def select_rows(frame: pd.DataFrame, picks: Sequence[Mapping[str, Any]]) -> pd.DataFrame:
    """Rows matching any of ``picks`` (each a field -> value mapping from a chart click).

    Fields the frame lacks are ignored; a pick of ``UNKNOWN_OUTLET`` matches a missing outlet.
    """
    if not picks:
        return frame.iloc[0:0]
    mask = pd.Series(False, index=frame.index)
    for pick in picks:
        one = pd.Series(True, index=frame.index)
        for field, value in pick.items():
            if field not in frame:
                continue
            if field == Col.OUTLET and value == UNKNOWN_OUTLET:
                one &= frame[field].isna()
            else:
                one &= frame[field] == value
        mask |= one
    return frame[mask]
