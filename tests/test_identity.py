"""Actor identity (``analysis.identity``): one mapping for the CLI's actors file and the store's
edit log. The property: replaying an edit log (the dashboard's read-time view) and applying the
``ActorConfig`` those edits amount to (what the CLI and re-analysis use) name every actor alike.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.actors import ActorConfig
from analysis.identity import (
    EditKind,
    Identity,
    may_fit,
    of_config,
    one_word,
    replay,
    short_name_fits,
)
from store.actor_edits import ActorEdit, actor_config, actor_view

NAMES = ("A", "B", "C", "D")

edits = st.lists(st.one_of(
    st.tuples(st.sampled_from([EditKind.RENAME, EditKind.MERGE]),
              st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES))),
    st.tuples(st.sampled_from([EditKind.HIDE, EditKind.UNHIDE]),
              st.tuples(st.sampled_from(NAMES))),
    st.tuples(st.just(EditKind.SPLIT),
              st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES))),
), max_size=10)


def of_actor_config(config: ActorConfig) -> Identity:
    return of_config(merges=config.merges, renames=config.renames, hidden=config.hidden)


@settings(max_examples=800, deadline=None)
@given(edits)
def test_cli_path_and_store_path_name_every_actor_alike(
        log: list[tuple[EditKind, tuple[str, ...]]]) -> None:
    stored = [ActorEdit(i, kind, args, "") for i, (kind, args) in enumerate(log)]
    store_path = actor_view(stored)
    cli_path = of_actor_config(actor_config(stored))
    for name in NAMES:
        assert cli_path.is_hidden(name) == store_path.is_hidden(name), (name, log)
        if not store_path.is_hidden(name):
            assert cli_path.show(name) == store_path.show(name), (name, log)


def test_identity_is_pure_and_frozen() -> None:
    start = Identity()
    renamed = start.apply(EditKind.RENAME, ("A", "B"))
    assert start.show("A") == "A" and renamed.show("A") == "B"  # the first is unchanged
    assert replay([(EditKind.MERGE, ("A", "B")), (EditKind.RENAME, ("B", "C"))]).stored_as(
        "C") == {"A", "B", "C"}


def test_a_config_hides_what_is_stored_merged_or_shown_under_a_hidden_name() -> None:
    identity = of_config(merges=[("A", "B")], renames=[("B", "C")], hidden=["B"])
    assert identity.is_hidden("A") and identity.is_hidden("B")
    assert of_config(merges=[("A", "B")], renames=[("B", "C")], hidden=["C"]).is_hidden("A")
    assert not of_config(merges=[("A", "B")], renames=(), hidden=["D"]).is_hidden("A")
    assert of_config(merges=[("A", "B"), ("B", "C")], renames=(), hidden=()).show("A") == "C"


@settings(max_examples=800, deadline=None)
@given(edits)
def test_merging_at_analysis_then_the_view_at_reading_names_like_the_whole_config(
        log: list[tuple[EditKind, tuple[str, ...]]]) -> None:
    """Re-analysis stores merged names (``ingest.storage_config`` keeps only the merges) and
    the read-time view does the rest: together they must name actors as the whole config."""
    stored = [ActorEdit(i, kind, args, "") for i, (kind, args) in enumerate(log)]
    config = actor_config(stored)
    analysed = of_config(merges=config.merges, renames=(), hidden=())  # what the store holds
    view = actor_view(stored)
    whole = of_actor_config(config)
    for name in NAMES:
        kept = analysed.show(name)
        assert view.is_hidden(kept) == whole.is_hidden(name), (name, log)
        if not whole.is_hidden(name):
            assert view.show(kept) == whole.show(name), (name, log)


# --- the store reads only the full names a one-word name may fit ------------------------------

_WORDS = st.sampled_from(["Ada", "Lind", "Okafor", "Jr.", "III", "Mara", "Sen"])
_GAPS = st.sampled_from([" ", " ", " ", "  ", "\t", "\u00a0"])


@st.composite
def _person_names(draw: st.DrawFn) -> str:
    words = draw(st.lists(_WORDS, min_size=1, max_size=4))
    name = words[0]
    for word in words[1:]:
        name += draw(_GAPS) + word
    return draw(st.sampled_from(["", " "])) + name + draw(st.sampled_from(["", "", " "]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_person_names(), max_size=12))
def test_the_names_a_short_name_may_fit_give_the_same_fits_as_every_name(
        persons: list[str]) -> None:
    # store.actor_edits reads the one-word persons, then only the names ``may_fit`` keeps:
    # whatever spaces a stored name holds, the fits must be those of every person
    short = frozenset(p for p in persons if one_word(p))
    kept = [p for p in persons if one_word(p) or may_fit(p, short)]
    assert short_name_fits(kept) == short_name_fits(persons)
