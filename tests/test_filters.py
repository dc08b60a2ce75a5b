"""Filters: each field keeps exactly the rows it should, on small hand-made frames."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.filters import (
    UNKNOWN_OUTLET,
    Filters,
    apply_articles,
    apply_paragraphs,
    apply_stances,
    search_patterns,
    select_rows,
    stance_query,
    with_text,
)
from store.schema import ARTICLE_COLUMNS, PARAGRAPH_COLUMNS, STANCE_COLUMNS, Col

# (article_id, title, outlet, published)
ARTICLES = [
    (1, "Harbour deal", "Northern Post", "2024-03-01"),
    (2, "Border talks", "Daily Ledger", "2024-05-20"),
    (3, "Undated note", None, None),
]
# (article_id, paragraph, position, text, sentiment)
PARAGRAPHS = [
    (1, 0, 0.0, "Alpha praised Beta.", 0.6),
    (1, 1, 0.5, "Beta answered.", 0.0),
    (1, 2, 1.0, "Gamma scolded Alpha.", -0.7),
    (2, 0, 0.0, "Beta met Gamma.", 0.2),
    (2, 1, 1.0, "Alpha was absent.", -0.1),
    (3, 0, 0.0, "Gamma alone.", 0.9),
]
# (article_id, paragraph, actor, stance, mentions)
STANCES = [
    (1, 0, "Alpha", 0.8, 1),
    (1, 0, "Beta", 0.5, 1),
    (1, 1, "Beta", 0.0, 2),
    (1, 2, "Gamma", -0.6, 1),
    (1, 2, "Alpha", -0.9, 1),
    (2, 0, "Beta", 0.1, 1),
    (2, 0, "Gamma", 0.3, 1),
    (2, 1, "Alpha", -0.2, 1),
    (3, 0, "Gamma", 0.7, 1),
]


def _heads() -> dict[int, tuple]:
    return {a[0]: a for a in ARTICLES}


def articles_frame() -> pd.DataFrame:
    rows = [{Col.ARTICLE_ID: i, Col.TITLE: t, Col.OUTLET: o, Col.PUBLISHED: p, Col.URL: None,
             Col.N_PARAGRAPHS: 1, Col.ADDED: None} for i, t, o, p in ARTICLES]
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    frame[Col.PUBLISHED] = pd.to_datetime(frame[Col.PUBLISHED])
    return frame


def paragraphs_frame() -> pd.DataFrame:
    heads = _heads()
    rows = [{Col.ARTICLE_ID: a, Col.TITLE: heads[a][1], Col.OUTLET: heads[a][2],
             Col.PUBLISHED: heads[a][3], Col.PARAGRAPH: p, Col.POSITION: pos, Col.TEXT: text,
             Col.SENTIMENT: s, Col.SENTIMENT_LABEL: "neutral"}
            for a, p, pos, text, s in PARAGRAPHS]
    frame = pd.DataFrame(rows, columns=list(PARAGRAPH_COLUMNS))
    frame[Col.PUBLISHED] = pd.to_datetime(frame[Col.PUBLISHED])
    return frame


def stances_frame() -> pd.DataFrame:
    heads = _heads()
    positions = {(a, p): pos for a, p, pos, _, _ in PARAGRAPHS}
    rows = [{Col.ARTICLE_ID: a, Col.TITLE: heads[a][1], Col.OUTLET: heads[a][2],
             Col.PUBLISHED: heads[a][3], Col.PARAGRAPH: p, Col.POSITION: positions[(a, p)],
             Col.ACTOR: actor, Col.ACTOR_KIND: "person", Col.STANCE: s,
             Col.STANCE_LABEL: "neutral", Col.CONFIDENCE: 0.5, Col.MENTIONS: m,
             Col.CORRECTED_LABEL: None}
            for a, p, actor, s, m in STANCES]
    frame = pd.DataFrame(rows, columns=list(STANCE_COLUMNS))
    frame[Col.PUBLISHED] = pd.to_datetime(frame[Col.PUBLISHED])
    return frame


def keys(frame: pd.DataFrame) -> set[tuple]:
    if Col.ACTOR in frame:
        return set(zip(frame[Col.ARTICLE_ID], frame[Col.PARAGRAPH], frame[Col.ACTOR], strict=True))
    return set(zip(frame[Col.ARTICLE_ID], frame[Col.PARAGRAPH], strict=True))


# Golden table: filters -> the (article, paragraph) keys apply_paragraphs keeps.
PARAGRAPH_CASES = [
    ("no filter", Filters(), {(1, 0), (1, 1), (1, 2), (2, 0), (2, 1), (3, 0)}),
    ("one article", Filters(articles=(2,)), {(2, 0), (2, 1)}),
    ("one outlet", Filters(outlets=("Northern Post",)), {(1, 0), (1, 1), (1, 2)}),
    ("dates, undated kept", Filters(date_from=date(2024, 5, 1), date_to=date(2024, 5, 31)),
     {(2, 0), (2, 1), (3, 0)}),
    ("dates, undated dropped",
     Filters(date_from=date(2024, 5, 1), date_to=date(2024, 5, 20), include_undated=False),
     {(2, 0), (2, 1)}),
    ("end date inclusive", Filters(date_to=date(2024, 3, 1), include_undated=False),
     {(1, 0), (1, 1), (1, 2)}),
    ("start of article", Filters(position=(0.0, 0.4)), {(1, 0), (2, 0), (3, 0)}),
    ("negative paragraphs", Filters(sentiment=(-1.0, -0.05)), {(1, 2), (2, 1)}),
    ("paragraphs about Alpha", Filters(actors=("Alpha",)), {(1, 0), (1, 2), (2, 1)}),
    ("paragraphs with a strong stance", Filters(stance=(0.6, 1.0)), {(1, 0), (3, 0)}),
    ("search, any case", Filters(search="GAMMA"), {(1, 2), (2, 0), (3, 0)}),
    ("search, every word", Filters(search="beta alpha"), {(1, 0)}),
    ("search, a quoted phrase", Filters(search='"met gamma"'), {(2, 0)}),
    ("search, a phrase not in that order", Filters(search='"gamma met"'), set()),
    ("search, start of a word", Filters(search="prais"), {(1, 0)}),
    ("search, not inside a word", Filters(search="lpha"), set()),
    ("search, punctuation is literal", Filters(search="alpha."), {(1, 2)}),
    ("search, blank is no search", Filters(search="   "), {(1, 0), (1, 1), (1, 2), (2, 0),
                                                           (2, 1), (3, 0)}),
]


@pytest.mark.parametrize(("name", "filters", "expected"), PARAGRAPH_CASES,
                         ids=[c[0] for c in PARAGRAPH_CASES])
def test_apply_paragraphs_golden(name: str, filters: Filters, expected: set) -> None:
    out = apply_paragraphs(paragraphs_frame(), filters, stances=stances_frame())
    assert keys(out) == expected


STANCE_CASES = [
    ("no filter", Filters(), {tuple(s[:3]) for s in STANCES}),
    ("two actors", Filters(actors=("Alpha", "Gamma")),
     {(1, 0, "Alpha"), (1, 2, "Gamma"), (1, 2, "Alpha"), (2, 0, "Gamma"), (2, 1, "Alpha"),
      (3, 0, "Gamma")}),
    ("stance range", Filters(stance=(-1.0, -0.5)), {(1, 2, "Gamma"), (1, 2, "Alpha")}),
    # Beta has 4 mentions in all, Alpha 3, Gamma 3
    ("minimum mentions", Filters(min_mentions=4), {(1, 0, "Beta"), (1, 1, "Beta"), (2, 0, "Beta")}),
    ("sentiment goes through the paragraph", Filters(sentiment=(0.5, 1.0)),
     {(1, 0, "Alpha"), (1, 0, "Beta"), (3, 0, "Gamma")}),
    ("outlet and position", Filters(outlets=("Daily Ledger",), position=(0.9, 1.0)),
     {(2, 1, "Alpha")}),
    ("search goes through the paragraph", Filters(search="scolded"),
     {(1, 2, "Gamma"), (1, 2, "Alpha")}),
    ("search and actor", Filters(search="alpha", actors=("Beta",)), {(1, 0, "Beta")}),
]


@pytest.mark.parametrize(("name", "filters", "expected"), STANCE_CASES,
                         ids=[c[0] for c in STANCE_CASES])
def test_apply_stances_golden(name: str, filters: Filters, expected: set) -> None:
    out = apply_stances(stances_frame(), filters, paragraphs=paragraphs_frame())
    assert keys(out) == expected


def test_minimum_mentions_counts_only_rows_left_by_other_filters() -> None:
    # In article 1 alone Beta has 3 mentions and Alpha 2: a minimum of 3 keeps Beta only.
    out = apply_stances(stances_frame(), Filters(articles=(1,), min_mentions=3),
                        paragraphs=paragraphs_frame())
    assert set(out[Col.ACTOR]) == {"Beta"}


def test_filters_do_not_modify_their_input() -> None:
    frame = stances_frame()
    before = frame.copy()
    apply_stances(frame, Filters(actors=("Alpha",), stance=(0.0, 1.0), min_mentions=2),
                  paragraphs=paragraphs_frame())
    pd.testing.assert_frame_equal(frame, before)


def test_apply_articles_ignores_paragraph_filters() -> None:
    out = apply_articles(articles_frame(), Filters(outlets=("Daily Ledger",), position=(0.5, 1.0)))
    assert out[Col.ARTICLE_ID].tolist() == [2]


def test_filters_is_frozen() -> None:
    with pytest.raises(AttributeError):
        Filters().actors = ("Alpha",)  # type: ignore[misc]


def test_default_filters_limit_nothing() -> None:
    assert not Filters().limits_stances and not Filters().limits_sentiment
    assert not Filters().limits_paragraphs and not Filters(search=' "" ').limits_paragraphs
    assert Filters(search="x").limits_paragraphs
    assert Filters(min_mentions=2).limits_stances


def test_select_rows_matches_any_pick_on_every_field_it_names() -> None:
    picks = [{Col.ACTOR: "Alpha", Col.ARTICLE_ID: 1}, {Col.ACTOR: "Gamma", Col.ARTICLE_ID: 3}]
    out = select_rows(stances_frame(), picks)
    assert keys(out) == {(1, 0, "Alpha"), (1, 2, "Alpha"), (3, 0, "Gamma")}


def test_select_rows_with_no_pick_is_empty() -> None:
    assert select_rows(stances_frame(), []).empty


def test_select_rows_unknown_outlet_matches_missing_outlet() -> None:
    out = select_rows(paragraphs_frame(), [{Col.OUTLET: UNKNOWN_OUTLET}])
    assert keys(out) == {(3, 0)}


def test_with_text_joins_paragraph_text_to_stance_rows() -> None:
    out = with_text(stances_frame(), paragraphs_frame())
    row = out[(out[Col.ARTICLE_ID] == 1) & (out[Col.PARAGRAPH] == 2) & (out[Col.ACTOR] == "Gamma")]
    assert row[Col.TEXT].tolist() == ["Gamma scolded Alpha."]
    assert len(out) == len(STANCES)


def test_apply_stances_cannot_be_called_without_the_paragraphs() -> None:
    # the Actors page once left ``paragraphs`` out and its table ignored the sentiment filter
    with pytest.raises(TypeError):
        apply_stances(stances_frame(), Filters(sentiment=(0.5, 1.0)))  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        apply_paragraphs(paragraphs_frame(), Filters(actors=("Alpha",)))  # type: ignore[call-arg]


def test_minimum_mentions_counts_only_paragraphs_in_the_sentiment_range() -> None:
    # Beta has 4 mentions in all, but only 1 in paragraphs with sentiment >= 0.5
    out = apply_stances(stances_frame(), Filters(sentiment=(0.5, 1.0), min_mentions=2),
                        paragraphs=paragraphs_frame())
    assert out.empty


def test_search_terms_are_literal_not_regular_expressions() -> None:
    (pattern,) = search_patterns("a.c")
    assert pattern.search("A.C") and not pattern.search("abc")
    # a stray quote is dropped, not searched for
    assert [p.pattern for p in search_patterns('"unclosed quote')] == [
        r"(?<!\w)unclosed", r"(?<!\w)quote"]
    assert [p.pattern for p in search_patterns('(x "two  words"')] == [
        r"(?<!\w)\(x", r"(?<!\w)two\s+words"]


@pytest.mark.parametrize(("words", "limit", "expected"), [
    ("lind", 5, ["Ada Lindqvist", "Lindsey Brandt"]),
    ("ADA lind", 5, ["Ada Lindqvist"]),
    ("lind", 1, ["Ada Lindqvist"]),
    ("", 2, ["Ada Lindqvist", "Lindsey Brandt"]),
    ("nobody", 5, []),
])
def test_names_with_every_word_in_any_case(words: str, limit: int, expected: list[str]) -> None:
    from store.reads import names_with

    names = ["Ada Lindqvist", "Lindsey Brandt", "Mara Okonjo"]
    assert names_with(names, words, limit=limit) == expected


@pytest.mark.parametrize(("key", "field", "sent", "snapped"), [
    ("STANCE", "stance", (-1 + 7 * 0.05, 0.6000000000000001), (-0.65, 0.6)),
    ("SENTIMENT", "sentiment", (-1 + 7 * 0.05, 0.6000000000000001), (-0.65, 0.6)),
    ("POSITION", "position", (7 * 0.05, 0.6000000000000001), (0.35, 0.6)),
])
def test_a_range_sliders_values_are_snapped_to_its_grid(
        monkeypatch: pytest.MonkeyPatch, key: str, field: str, sent: tuple[float, float],
        snapped: tuple[float, float]) -> None:
    # a browser's slider adds its steps up (-1 + 7 * 0.05 is -0.6499999999999999): snapped,
    # the range is counted from its bands (store.stance_days.days_cover)
    from dashboard import state
    from store.stance_days import days_cover

    assert sent != snapped
    monkeypatch.setattr(state.st, "session_state", {getattr(state.Key, key): sent})
    filters = state.current_filters()
    assert getattr(filters, field) == snapped
    assert days_cover(stance_query(filters))


def test_two_ranges_together_read_the_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    # no summary holds two bands: a sentiment and a stance range read the stance rows
    from dashboard import state
    from store.stance_days import days_cover

    monkeypatch.setattr(state.st, "session_state",
                        {state.Key.SENTIMENT: (-0.65, 0.6), state.Key.STANCE: (0.2, 1.0)})
    assert not days_cover(stance_query(state.current_filters()))
