"""The shared parse helpers (analysis/stance/parse.py), on the cases where the rule scorer's
and the linear model's old copies disagreed. Each test says which reading was kept.

The sentences are invented for these tests.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

import pytest

from analysis.resources import load_nlp, load_vader
from analysis.stance import parse
from analysis.stance.features import RULE_FEATURES, Group, extract, group_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

pytestmark = pytest.mark.slow  # loads the spaCy pipeline


@cache
def _doc(text: str) -> Doc:
    return load_nlp()(text)


def _token(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def _features(text: str, name: str) -> dict[str, float]:
    start = text.index(name)
    return extract(_doc(text), start, start + len(name)).values


def test_verbless_root_governing_verb_is_none_but_stands_for_the_clause() -> None:
    """rules meant a verbless root to be "the governing verb" (its check, ``head is node``,
    never held for spaCy tokens); features: None. Kept: None (it is no verb), and
    ``clause_root`` does what the rules meant: the root stands for the clause."""
    doc = _doc("Russia, a country at war.")
    russia = doc[0]
    assert parse.governing_verb(russia) is None
    assert parse.clause_root(russia).i == russia.i
    assert "d:no_verb" in _features(doc.text, "Russia")


def test_governing_verb_climb_bound_reaches_a_verb_more_than_eight_arcs_up() -> None:
    """rules climbed 12 arcs, features 8. Kept: 12; a verb far up still governs."""
    text = "The attack of the leader of the party of the friends of Russia happened."
    doc = _doc(text)
    russia = _token(doc, "Russia")
    depth = next(n for n, a in enumerate(russia.ancestors, 1) if a.text == "happened")
    assert 8 <= depth < parse.MAX_CLIMB
    verb = parse.governing_verb(russia)
    assert verb is not None and verb.i == _token(doc, "happened").i
    assert "d:verb=happen" in _features(text, "Russia")


def test_subject_sets_passive_subject_is_not_an_active_subject() -> None:
    """features counted nsubjpass as a subject and patched it out in some places only: "Pell
    was told" made Pell a speaker and "subj_of=tell". Kept: the rules' split sets."""
    assert "nsubjpass" not in parse.SUBJECT_DEPS
    assert parse.PASSIVE_SUBJECT_DEPS <= parse.ALL_SUBJECT_DEPS
    values = _features("Pell was told to leave by the judge.", "Pell")
    assert "d:speaker" not in values
    assert "d:passive_subj_of=tell" in values
    accused = _features("Dorn was accused of fraud.", "Dorn")
    assert accused["c:role_patient"] < 0
    assert "c:role_agent" not in accused


def test_negation_lists_nothing_but_contempt_is_no_negation() -> None:
    """features' list had "nothing" and "nobody": "nothing but contempt for Dorn" flipped the
    contempt into praise. Kept: the rules' list (which also has "hardly" and "barely")."""
    assert {"nothing", "nobody"}.isdisjoint(parse.NEGATIONS)
    assert {"hardly", "barely"} <= parse.NEGATIONS
    text = "They had nothing but contempt for Mayor Dorn."
    doc = _doc(text)
    assert not parse.is_negated(_token(doc, "had"))
    values = _features(text, "Dorn")
    assert values.get("v:clause_neg", 0.0) < 0
    assert values.get("v:clause_pos", 0.0) == 0


def test_negation_lists_cannot_is_split_and_negates_by_its_arc() -> None:
    """features' list had "cannot"; spaCy splits it, and the ``neg`` arc carries it."""
    doc = _doc("She cannot praise Vos.")
    assert parse.is_negated(_token(doc, "praise"))


def test_lemma_phrasal_verbs_reach_the_features_too() -> None:
    """features used the bare lemma ("hit"); rules the phrasal one. Kept: the phrasal one, the
    form the cue lexicons are keyed by."""
    text = "Critics hit out at Vos on Monday."
    assert parse.lemma(_token(_doc(text), "hit")) == "criticize"
    values = _features(text, "Vos")
    assert "d:verb=criticize" in values
    assert values["c:role_patient"] < 0


def test_valence_news_neutral_words_and_lemma_fallback() -> None:
    """features read VADER by the word form only and scored "party"; rules skipped news-neutral
    words and fell back to the lemma. Kept: the rules' reading."""
    lexicon = load_vader().lexicon
    assert lexicon.get("party", 0.0) > 0
    doc = _doc("The party embraced the guns it lacked.")
    assert parse.word_valence(_token(doc, "party"), lexicon) == 0.0
    assert "guns" not in lexicon and lexicon["gun"] < 0
    assert parse.word_valence(_token(doc, "guns"), lexicon) == lexicon["gun"] / 4


def test_group_codes_are_the_stored_name_prefixes() -> None:
    """Model files store names like "s:said" and groups as codes: the enum keeps them."""
    assert f"{Group.SENTENCE_WORDS}:said" == "s:said"
    assert group_of("wl:said") is Group.WINDOW_WORDS
    assert group_of("bias:no_target") == "bias"
    assert RULE_FEATURES == ("r:p_neg", "r:p_neu", "r:p_pos")
    assert [str(g) for g in Group] == list("sbwndvckxpaqr")
