"""Actor identity (``analysis.identity``): one mapping for the CLI's actors file and the store's
edit log. The property: replaying an edit log (the dashboard's read-time view) and applying the
``ActorConfig`` those edits amount to (what the CLI and re-analysis use) name every actor alike.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.actors import ActorConfig
from analysis.identity import EditKind, Identity, of_config, replay
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
