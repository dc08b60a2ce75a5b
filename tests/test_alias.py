"""Across the store: a surname (or first name) alone in one article is the one full name in
another that it fits (``analysis.identity.join_short_names``, applied at read time by
``store.actor_edits.current_view``), and the user can split a wrong join (the ``split`` edit).

Golden cases on the pure mapping first, then the store on both databases: frames, the reader
and the SQL ``actor_summary`` agree after automatic joins, a paragraph naming both is folded by
the one rule, and a split (and its undo) shows at once without re-analysis.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from unittest.mock import patch

import pytest
from streamlit.testing.v1 import AppTest

from analysis.identity import (
    JOINED,
    EditKind,
    Identity,
    join_short_names,
    replay,
    short_name_fits,
)
from analysis.stance.base import MentionScore, Target, aggregate, mean_probs
from analysis.types import ActorKind, ArticleAnalysis
from dashboard.filters import Filters
from dashboard.state import Key
from store import reads
from store.actor_edits import Alias, actor_aliases
from store.core import Store
from store.schema import Col
from tests import test_store as store_tests
from tests.test_aggregates import same_summary
from tests.test_app import no_exception, open_app, submit
from tests.test_reads import same_shown_actors
from tests.test_store import make_analysis, mention_probs, raw_of

P, ORG, PLACE = ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.PLACE


# --- the pure rule -----------------------------------------------------------------------------

def test_a_surname_alone_is_the_one_full_name_it_fits() -> None:
    view = join_short_names(Identity(), {"Trump", "Donald Trump", "Ilse Odum"})
    assert view.show("Trump") == "Donald Trump" and view.via["Trump"] == JOINED
    assert view.stored_as("Donald Trump") == {"Trump", "Donald Trump"}


def test_a_surname_two_full_names_fit_stays_apart() -> None:
    view = join_short_names(Identity(), {"Smith", "John Smith", "Anna Smith"})
    assert view.show("Smith") == "Smith"


def test_a_first_name_joins_only_where_no_full_name_ends_with_it() -> None:
    assert join_short_names(Identity(), {"Donald", "Donald Trump"}).show("Donald") == \
        "Donald Trump"
    # "Lee" ends "Ann Lee": the surname rule wins over "Lee Cook-Jong"'s first name
    assert join_short_names(Identity(), {"Lee", "Lee Cook-Jong", "Ann Lee"}).show("Lee") == \
        "Ann Lee"


def test_only_person_names_take_part() -> None:
    """The caller passes the names whose kind is person: an organisation named like a surname
    ("Ford") is not among them, so it is not joined (the store test checks the kinds)."""
    assert join_short_names(Identity(), {"Harrison Ford"}).show("Ford") == "Ford"


def test_two_spellings_the_user_merged_count_as_one_fit() -> None:
    edits = [(EditKind.MERGE, ("Joe Biden", "Joseph Biden"))]
    view = join_short_names(replay(edits), {"Biden", "Joe Biden", "Joseph Biden"})
    assert view.show("Biden") == "Joseph Biden"


def test_the_user_s_edits_of_a_short_name_win() -> None:
    persons = {"Trump", "Donald Trump"}
    renamed = join_short_names(replay([(EditKind.RENAME, ("Trump", "The Donald"))]), persons)
    assert renamed.show("Trump") == "The Donald"
    hidden = join_short_names(replay([(EditKind.HIDE, ("Trump",))]), persons)
    assert hidden.show("Trump") == "Trump" and hidden.is_hidden("Trump")
    # a rename of the full name carries the join along
    moved = join_short_names(replay([(EditKind.RENAME, ("Donald Trump", "D. Trump"))]), persons)
    assert moved.show("Trump") == "D. Trump"


def test_a_split_keeps_the_name_apart_and_its_undo_joins_it_again() -> None:
    persons = {"Trump", "Donald Trump"}
    split = [(EditKind.SPLIT, ("Trump", "Donald Trump"))]
    assert join_short_names(replay(split), persons).show("Trump") == "Trump"
    assert join_short_names(replay([]), persons).show("Trump") == "Donald Trump"  # undone
    # a split also takes back a merge the user made, and only the name split
    merged = [(EditKind.MERGE, ("I. Odum", "Odum")), (EditKind.MERGE, ("Odum", "Ilse Odum"))]
    view = replay([*merged, (EditKind.SPLIT, ("Odum", "Ilse Odum"))])
    assert view.show("Odum") == "Odum" and view.show("I. Odum") == "Ilse Odum"


def test_aliases_say_how_each_name_came_under_its_actor() -> None:
    from store.actor_edits import ActorEdit

    log = [ActorEdit(1, EditKind.RENAME, ("Ilse Odum", "Dr Odum"), ""),
           ActorEdit(2, EditKind.MERGE, ("Ilse", "Dr Odum"), ""),
           ActorEdit(3, EditKind.ALIAS, ("Dr Odum", "the harbour chief", "person"), "")]
    view = join_short_names(replay((e.kind, e.args) for e in log), {"Odum", "Ilse Odum"})
    assert actor_aliases(view, log) == {"Dr Odum": (
        Alias("Ilse", "merge"), Alias("Ilse Odum", "rename"), Alias("Odum", JOINED),
        Alias("the harbour chief", "alias"))}


# --- the store, on both databases --------------------------------------------------------------

def analysis_of(title: str, paragraphs: list[str], stances: dict[int, dict[str, float]],
                kinds: dict[str, ActorKind]) -> ArticleAnalysis:
    """``make_analysis`` with these actors and kinds (it knows only its own actors' kinds)."""
    with patch.dict(store_tests.KINDS, kinds):
        return make_analysis(title, paragraphs, stances)


ARTICLES = [
    ("Port deal", ["Trump praised the port deal.", "Weather delayed ships."],
     {0: {"Trump": 0.6}}, {"Trump": P}),
    ("Tariffs", ["Donald Trump attacked the tariffs.", "Ford welcomed the ruling.",
                 "Smith doubted it."],
     {0: {"Donald Trump": -0.7}, 1: {"Ford": 0.4}, 2: {"Smith": -0.2}},
     {"Donald Trump": P, "Ford": ORG, "Smith": P}),
    ("Film", ["Harrison Ford opened the festival.", "John Smith and Anna Smith argued."],
     {0: {"Harrison Ford": 0.5}, 1: {"John Smith": -0.3, "Anna Smith": 0.3}},
     {"Harrison Ford": P, "John Smith": P, "Anna Smith": P}),
]
# one article stored with both names apart in one paragraph (as an older analysis, or another
# tool's import, may have stored them): the join must fold them by the one rule
BOTH = ("Summit", ["Donald Trump met the envoy, and Trump smiled.", "Trump left early."],
        {0: {"Donald Trump": 0.8, "Trump": -0.2}, 1: {"Trump": 0.4}},
        {"Donald Trump": P, "Trump": P})


@pytest.fixture()
def joined(target: str | Path, opened: Callable[[str | Path], Store]) -> Store:
    store = opened(target)
    for title, paragraphs, stances, kinds in ARTICLES:
        analysis = analysis_of(title, paragraphs, stances, kinds)
        store.add_article(analysis, raw_text=raw_of(analysis))
    return store


def test_a_surname_in_one_article_shows_as_the_full_name_of_another(joined: Store) -> None:
    stances = joined.stances_frame()
    actors = set(stances[Col.ACTOR])
    assert "Trump" not in actors and "Donald Trump" in actors
    assert {"Ford", "Harrison Ford"} <= actors  # an organisation is no surname
    assert {"Smith", "John Smith", "Anna Smith"} <= actors  # two fit: apart
    # the reader shows the same name, and the score as stored (nothing to fold there)
    port = joined.article(1)
    assert [(s.actor, s.score) for s in port.paragraphs[0].stances] == [("Donald Trump", 0.6)]
    assert joined.actor_aliases() == {"Donald Trump": (Alias("Trump", JOINED),)}


def add(store: Store, title: str, paragraphs: list[str], stances: dict[int, dict[str, float]],
        kinds: dict[str, ActorKind]) -> int:
    analysis = analysis_of(title, paragraphs, stances, kinds)
    return store.add_article(analysis, raw_text=raw_of(analysis)).article_id


def test_a_name_s_kind_is_its_kind_in_most_articles(joined: Store) -> None:
    add(joined, "Ford one", ["Ford spoke first."], {0: {"Ford": 0.1}}, {"Ford": P})
    assert "Ford" in set(joined.stances_frame()[Col.ACTOR])  # one person, one body: a tie
    add(joined, "Ford two", ["Ford spoke again."], {0: {"Ford": 0.2}}, {"Ford": P})
    actors = set(joined.stances_frame()[Col.ACTOR])
    assert "Ford" not in actors and "Harrison Ford" in actors  # a person in most: joined


def test_a_name_s_kind_beats_each_other_kind_not_all_of_them(joined: Store) -> None:
    # "Ford" is a body in one article of the fixture; here a place in two, a person in two
    for n, kind in enumerate((PLACE, PLACE, P, P)):
        add(joined, f"Ford {n}", [f"Ford waited {n}."], {0: {"Ford": 0.1}}, {"Ford": kind})
    assert "Ford" in set(joined.stances_frame()[Col.ACTOR])  # as many places as persons
    add(joined, "Ford 4", ["Ford waited 4."], {0: {"Ford": 0.1}}, {"Ford": P})
    # a person in three articles, a place in two, a body in one: the person's kind wins,
    # though the other kinds together name it as often
    actors = set(joined.stances_frame()[Col.ACTOR])
    assert "Ford" not in actors and "Harrison Ford" in actors


def test_a_second_full_name_that_fits_undoes_the_join(joined: Store) -> None:
    assert "Trump" not in set(joined.stances_frame()[Col.ACTOR])
    add(joined, "Family", ["Ivana Trump wrote a book."], {0: {"Ivana Trump": 0.3}},
        {"Ivana Trump": P})
    assert {"Trump", "Donald Trump", "Ivana Trump"} <= set(joined.stances_frame()[Col.ACTOR])
    assert joined.actor_aliases() == {}


def test_the_fits_are_found_once_per_data_version(joined: Store) -> None:
    # regression: short_name_fits ran for every query (40 ms at 19,000 actors): now once per
    # version of the store's data, and again after a write changes it
    calls = []

    def counted(persons: object) -> dict[str, frozenset[str]]:
        calls.append(1)
        return short_name_fits(persons)

    with patch("store.actor_edits.short_name_fits", counted):
        joined.actor_aliases()
        joined.stances_frame()
        assert len(calls) <= 1  # the fixture's last read may have found them already
        before = len(calls)
        add(joined, "Family", ["Ivana Trump wrote a book."], {0: {"Ivana Trump": 0.3}},
            {"Ivana Trump": P})
        assert joined.actor_aliases() == {}  # the new full name undoes the join at once
        joined.stances_frame()
        assert len(calls) == before + 1


def test_frames_and_the_sql_summary_agree_after_automatic_joins(joined: Store) -> None:
    title, paragraphs, stances, kinds = BOTH
    analysis = analysis_of(title, paragraphs, stances, kinds)
    joined.add_article(analysis, raw_text=raw_of(analysis))
    for filters in (Filters(), Filters(actors=("Donald Trump", "Smith")),
                    Filters(min_mentions=2)):
        same_summary(joined, filters)
    summary = joined.actor_summary().set_index(Col.ACTOR)
    assert "Trump" not in summary.index and summary.loc["Donald Trump", Col.N] == 4


def test_the_sidebar_counts_and_finds_actors_as_the_automatic_joins_show_them(
        joined: Store) -> None:
    # "Trump" is shown as "Donald Trump", which a search for "trump" finds once; a hidden
    # join target takes the joined name out with it
    same_shown_actors(joined, sorted(joined.stances_frame()[Col.ACTOR].unique()))
    assert reads.shown_actors_named(joined.db, "trump", limit=5) == ["Donald Trump"]
    assert reads.shown_among(joined.db, {"Trump", "Donald Trump"}) == {"Donald Trump"}
    joined.set_hidden(["Donald Trump"])
    same_shown_actors(joined, sorted(joined.stances_frame()[Col.ACTOR].unique()))
    assert reads.shown_actors_named(joined.db, "trump", limit=5) == []


def test_a_paragraph_with_both_names_folds_by_the_one_rule(joined: Store) -> None:
    title, paragraphs, stances, kinds = BOTH
    analysis = analysis_of(title, paragraphs, stances, kinds)
    article_id = joined.add_article(analysis, raw_text=raw_of(analysis)).article_id
    mentions = [(0, 0.8), (0, -0.2), (1, 0.4)]  # (paragraph, score), in stored order
    scores = [(p, MentionScore(Target("Donald Trump", 0, 1), mention_probs(x), p))
              for p, x in mentions]
    context = mean_probs([m for _, m in scores])
    want = {p: aggregate("Donald Trump", [m for q, m in scores if q == p], scorer="rules",
                         context=context) for p in (0, 1)}
    frame = joined.stances_frame().set_index([Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR])
    reader = joined.article(article_id)
    for p, stance in want.items():
        row = frame.loc[(article_id, p, "Donald Trump")]
        assert (row[Col.STANCE], row[Col.MENTIONS]) == (stance.score, stance.mentions)
        (got,) = reader.paragraphs[p].stances
        assert (got.actor, got.score, got.mentions) == ("Donald Trump", stance.score,
                                                         stance.mentions)


def test_a_split_shows_at_once_and_its_undo_joins_again(joined: Store) -> None:
    assert joined.split_actor("Trump", "Donald Trump") == []  # read-time: nothing to redo
    assert "Trump" in set(joined.stances_frame()[Col.ACTOR])
    assert "Trump" in set(joined.actor_summary()[Col.ACTOR])
    assert joined.actor_aliases() == {}
    assert joined.actor_edits()[-1].kind == EditKind.SPLIT
    undone, ids = joined.undo_last_edits(1)
    assert [e.kind for e in undone] == [EditKind.SPLIT] and ids == []
    assert "Trump" not in set(joined.stances_frame()[Col.ACTOR])


def test_splitting_a_merge_or_an_alias_re_analyses_what_it_changed(joined: Store) -> None:
    assert joined.merge_actors("Ford", "Harrison Ford") == [2]
    assert joined.split_actor("Ford", "Harrison Ford") == [2, 3]  # both hold it after rescore
    assert "Ford" in set(joined.stances_frame()[Col.ACTOR])
    joined.add_alias("Anna Smith", "the director", kind=P)
    assert joined.split_actor("the director", "Anna Smith") == []  # no text contains it
    assert all(a.name != "the director" for a in joined.actor_aliases().get("Anna Smith", ()))
    assert not any(a.aliases for a in joined.actor_config().actors)


def test_a_corrections_actor_is_shown_under_the_join(joined: Store) -> None:
    joined.add_correction(1, 0, "Donald Trump", "negative")
    assert joined.corrections_for(1) == {0: {"Donald Trump": "negative"}}
    assert joined.corrections_frame()[Col.ACTOR].tolist() == ["Donald Trump"]


# --- the Actors page ---------------------------------------------------------------------------

@pytest.fixture()
def dashboard_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setenv("STANCEMAP_DB", str(tmp_path / "dash.sqlite3"))
    store = Store.from_env()
    for title, paragraphs, stances, kinds in ARTICLES:
        analysis = analysis_of(title, paragraphs, stances, kinds)
        store.add_article(analysis, raw_text=raw_of(analysis))
    return store


def aliases_table(at: AppTest) -> list[tuple[str, str]]:
    tables = [d.value for d in at.dataframe if "Also named" in d.value.columns]
    return [(a, n) for t in tables for a, n in zip(t["Actor"], t["Also named"], strict=True)]


def test_actors_page_lists_an_alias_and_a_split_removes_it(dashboard_store: Store) -> None:
    at = open_app("Actors")
    no_exception(at)
    assert aliases_table(at) == [("Donald Trump", "Trump")]
    assert "Trump" not in set(at.dataframe[0].value[Col.ACTOR])  # the actors table
    at.selectbox(key=Key.SPLIT_PICK).set_value("Trump → Donald Trump")
    submit(at, "Split").run()
    no_exception(at)
    assert aliases_table(at) == []
    assert "Trump" in set(at.dataframe[0].value[Col.ACTOR])
    assert any("Trump is shown apart from Donald Trump" in s.value for s in at.success)
    assert dashboard_store.actor_edits()[-1].args == ("Trump", "Donald Trump")
    assert "Split Trump off Donald Trump (" in "".join(h.value for h in at.html)  # the history


def test_a_schema_4_file_keeps_its_edits_and_takes_splits(tmp_path: Path) -> None:
    """SQLite only: migration 5 copies the edit log into a table whose CHECK allows 'split'."""
    from store.db import MIGRATIONS

    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as conn:
        for statement in (s for migration in MIGRATIONS[:4] for s in migration):
            conn.execute(statement)
        conn.execute("PRAGMA user_version = 4")
        conn.execute("INSERT INTO actor_edits (kind, args, created)"
                     " VALUES ('rename', ?, 'then')", ('["A", "B"]',))
    store = Store(path)
    assert store.schema_version == len(MIGRATIONS)  # 5 and every later one
    assert [(e.id, e.kind, e.args) for e in store.actor_edits()] == [
        (1, EditKind.RENAME, ("A", "B"))]
    store.split_actor("A", "B")
    assert [e.kind for e in store.actor_edits()] == [EditKind.RENAME, EditKind.SPLIT]
