"""The trained stance model: features, deterministic training, safe loading, scores and cues.

Fixtures under tests/fixtures/stance/ are invented sentences written for these tests.
"""

from __future__ import annotations

import functools
import json
import math
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from analysis.resources import load_nlp
from analysis.stance.base import Target, label_of
from analysis.stance.datasets import read_labelled_csv, read_newsmtsc
from analysis.stance.features import (
    GROUPS,
    OTHER,
    PERSON,
    RULE_FEATURES,
    TARGET,
    Group,
    extract,
    for_targets,
    group_of,
)
from analysis.stance.model import (
    DEFAULT_MODEL,
    ModelScorer,
    arrays_path,
    load_model,
    read_model,
)
from analysis.stance.rules import RuleScorer
from analysis.stance.train import DEFAULT_GROUPS, featurize, fit, train, write_model
from analysis.types import Label

FIXTURES = Path(__file__).parent / "fixtures" / "stance"
TINY_JSONL = FIXTURES / "newsmtsc_tiny.jsonl"
TINY_CSV = FIXTURES / "labelled.csv"

pytestmark = pytest.mark.slow  # loads the spaCy pipeline


def _target(text: str, name: str, actor: str | None = None) -> Target:
    start = text.index(name)
    return Target(actor or name, start, start + len(name))


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("model") / "tiny.json"
    train(read_newsmtsc(TINY_JSONL), out=out, min_df=1)
    return out


# --- features ---------------------------------------------------------------------------------


def test_features_mask_target_and_other_targets() -> None:
    text = "Governor Ada Flint condemned Colonel Jarek Vos for the attack."
    doc = load_nlp()(text)
    ada, vos = _target(text, "Ada Flint"), _target(text, "Jarek Vos")
    feats = extract(doc, ada.start, ada.end, others=[(vos.start, vos.end)])
    assert f"s:{TARGET}" in feats.values
    assert f"s:{OTHER}" in feats.values
    # The names themselves never become word features: the model must not learn people.
    assert not any(name.endswith((":ada", ":flint", ":jarek", ":vos")) for name in feats.values)
    assert feats.values["d:verb=condemn"] == 1.0


def test_features_replace_other_peoples_names() -> None:
    # A name that is not a target must not carry a learned opinion of that person.
    text = "Senator Ada Flint met Karl Brandt in Oslo."
    doc = load_nlp()(text)
    name = text.index("Karl Brandt")
    doc.ents = [doc.char_span(name, name + len("Karl Brandt"), label="PERSON")]  # not NER's call
    ada = _target(text, "Ada Flint")
    feats = extract(doc, ada.start, ada.end)
    assert f"s:{PERSON}" in feats.values
    assert "s:karl" not in feats.values and "s:brandt" not in feats.values


GROUP_NAMES: tuple[tuple[str, str], ...] = (
    ("s:said", "s"), ("wl:said", "w"), ("wr:<o>", "w"), ("d:dep=nsubj", "d"),
    ("bias:no_target", "bias"), ("b:<t> said", "b"), ("c:role_agent", "c"),
    ("r:p_neg", "r"), ("r:p_pos", "r"),
)


@pytest.mark.parametrize(("name", "group"), GROUP_NAMES)
def test_group_of_feature_names(name: str, group: str) -> None:
    assert group_of(name) == group


def test_features_role_differs_between_agent_and_patient() -> None:
    text = "Critics accused Bram Holloway of lying, and Holloway denied it."
    doc = load_nlp()(text)
    patient = _target(text, "Bram Holloway")
    feats = extract(doc, patient.start, patient.end)
    assert feats.values.get("c:role_patient", 0.0) < 0  # accused: the patient is blamed
    assert "c:role_agent" not in feats.values


def test_feature_sources_point_at_real_tokens_outside_the_target() -> None:
    text = "Neighbours described Omar Pell as a generous and brave doctor."
    doc = load_nlp()(text)
    target = _target(text, "Omar Pell")
    feats = extract(doc, target.start, target.end)
    target_tokens = {t.i for t in doc if t.idx < target.end and t.idx + len(t) > target.start}
    assert feats.sources
    for name, tokens in feats.sources.items():
        assert name in feats.values
        assert all(0 <= i < len(doc) for i in tokens)
        if name.startswith(("s:", "w", "n:", "v:")):
            assert not set(tokens) & target_tokens, name


def test_feature_groups_switch_off() -> None:
    text = "Fans cheered as coach Ines Varga celebrated a wonderful victory."
    doc = load_nlp()(text)
    target = _target(text, "Ines Varga")
    only_words = extract(doc, target.start, target.end, groups=("s",))
    assert only_words.values
    assert all(name.startswith("s:") for name in only_words.values)
    everything = extract(doc, target.start, target.end, groups=GROUPS)
    assert {name.split(":")[0] for name in everything.values} > {"s"}


def test_rule_features_equal_the_rule_scorers_probabilities() -> None:
    text = "Rebels accused Mayor Ilse Dorn of fraud, while Judge Omar Tal praised her courage."
    doc = load_nlp()(text)
    dorn, tal = _target(text, "Ilse Dorn"), _target(text, "Omar Tal")
    expected = RuleScorer().score(doc, [dorn, tal])
    for number, (target, other) in enumerate(((dorn, tal), (tal, dorn))):
        feats = extract(doc, target.start, target.end, others=[(other.start, other.end)],
                        groups=("r",))
        assert set(feats.values) == set(RULE_FEATURES)
        got = tuple(feats.values[name] for name in RULE_FEATURES)
        assert got == pytest.approx(expected[number].probs, abs=1e-12)
        assert not any(name.startswith("r:") for name in feats.sources)  # highlights nothing
    # The two targets' verdicts differ, so the values really are per target.
    assert expected[0].probs != expected[1].probs
    # A caller that ran the rules already passes the probabilities in.
    given = extract(doc, dorn.start, dorn.end, groups=("r",), rule_probs=(0.2, 0.3, 0.5))
    assert given.values == {"r:p_neg": 0.2, "r:p_neu": 0.3, "r:p_pos": 0.5}


def test_target_outside_any_token_gets_only_the_bias_feature() -> None:
    doc = load_nlp()("Short text.")
    assert extract(doc, 40, 45).values == {"bias:no_target": 1.0}


# --- training ---------------------------------------------------------------------------------


def test_training_twice_gives_identical_files(tmp_path: Path) -> None:
    sentences = read_newsmtsc(TINY_JSONL) + read_labelled_csv(TINY_CSV)[0]
    first, second = tmp_path / "a" / "m.json", tmp_path / "b" / "m.json"
    train(sentences, out=first, min_df=1)
    train(sentences, out=second, min_df=1)
    assert first.read_bytes() == second.read_bytes()
    assert arrays_path(first).read_bytes() == arrays_path(second).read_bytes()


def test_training_needs_all_three_labels() -> None:
    positives = [s for s in read_newsmtsc(TINY_JSONL)
                 if all(t.label is Label.POSITIVE for t in s.targets)]
    with pytest.raises(ValueError, match="three labels"):
        fit(featurize(positives), min_df=1)


def test_write_then_read_round_trips(tmp_path: Path) -> None:
    model, _ = fit(featurize(read_newsmtsc(TINY_JSONL)), min_df=1, calibrate=False)
    path = tmp_path / "m.json"
    write_model(model, path, info={"note": "round trip"})
    back = read_model(path)
    assert back.features == model.features
    assert back.groups == model.groups
    assert np.allclose(back.coef, model.coef)
    assert back.intercept == pytest.approx(model.intercept, abs=1e-6)
    assert dict(back.info) == {"note": "round trip"}


def test_read_model_rejects_mismatched_coefficients(tmp_path: Path) -> None:
    model, _ = fit(featurize(read_newsmtsc(TINY_JSONL)), min_df=1, calibrate=False)
    path = tmp_path / "m.json"
    write_model(model, path)
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta["features"] = meta["features"][:-1]
    path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="do not match"):
        read_model(path)


def test_read_model_names_the_stored_group_codes_and_rejects_unknown_ones(tmp_path: Path) -> None:
    model, _ = fit(featurize(read_newsmtsc(TINY_JSONL)), min_df=1, calibrate=False)
    path = tmp_path / "m.json"
    write_model(model, path)
    meta = json.loads(path.read_text(encoding="utf-8"))
    assert meta["groups"] == [str(g) for g in DEFAULT_GROUPS] == list("sndvckar")
    assert read_model(path).groups[0] is Group.SENTENCE_WORDS
    meta["groups"] = [*meta["groups"], "z"]
    path.write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown feature group"):
        read_model(path)


def test_training_builds_the_features_scoring_builds() -> None:
    """featurize and ModelScorer.score both go through ``for_targets``: same doc, same values."""
    sentences = read_newsmtsc(TINY_JSONL)[:3]
    trained = featurize(sentences).values
    scored = [
        feats.values
        for s in sentences
        for feats in for_targets(load_nlp()(s.text),
                                 [Target(t.actor, t.start, t.end) for t in s.targets],
                                 groups=DEFAULT_GROUPS)
    ]
    assert list(trained) == scored


# --- scoring ----------------------------------------------------------------------------------


def test_tiny_model_probs_sum_to_one_and_cues_have_offsets(tiny_model: Path) -> None:
    scorer = ModelScorer(read_model(tiny_model))
    text = "Judge Paul Crane thanked Officer Mia Stone for her brave rescue. Crane left."
    doc = load_nlp()(text)
    targets = [_target(text, "Paul Crane"), _target(text, "Mia Stone"),
               Target("Paul Crane", text.rindex("Crane"), text.rindex("Crane") + 5)]
    scores = scorer.score(doc, targets)
    assert [s.target for s in scores] == targets
    assert [s.sentence for s in scores] == [0, 0, 1]
    for s in scores:
        assert math.isclose(sum(s.probs), 1.0, abs_tol=1e-9)
        assert all(0.0 <= p <= 1.0 for p in s.probs)
        for cue in s.cues:
            assert text[cue.start : cue.end] == cue.text
            assert cue.weight != 0
            assert not (cue.start < s.target.end and cue.end > s.target.start)


@pytest.fixture
def rule_calls(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Spy on ``RuleScorer.score``: the number of targets of each call, in order."""
    calls: list[int] = []
    real_score = RuleScorer.score

    def spy(self: RuleScorer, doc: Doc, targets: list[Target]) -> object:
        calls.append(len(targets))
        return real_score(self, doc, targets)

    monkeypatch.setattr(RuleScorer, "score", spy)
    return calls


def test_rule_scorer_runs_once_per_doc_however_many_targets(rule_calls: list[int]) -> None:
    """The ``r`` group must not cost one rule-scorer pass per target (quadratic in mentions)."""
    names = ["Ada Flint", "Jarek Vos", "Mia Stone", "Paul Crane", "Omar Tal", "Ilse Dorn"]
    text = (f"{names[0]} thanked {names[1]}, and {names[2]} blamed {names[3]}. "
            f"{names[4]} met {names[5]} in Oslo.")
    doc = load_nlp()(text)
    targets = [_target(text, name) for name in names]
    scores = load_model().score(doc, targets)
    assert rule_calls == [len(targets)]
    # Each target's ``r`` values are the ones the single call gave it.
    expected = RuleScorer().score(doc, targets)
    for target, rule in zip(targets, expected, strict=True):
        others = [(t.start, t.end) for t in targets if t is not target]
        alone = extract(doc, target.start, target.end, others=others, groups=("r",))
        assert tuple(alone.values[n] for n in RULE_FEATURES) == pytest.approx(rule.probs)
    assert [s.target for s in scores] == targets


def test_featurize_runs_the_rules_once_per_sentence(rule_calls: list[int]) -> None:
    sentences = read_newsmtsc(TINY_JSONL)
    examples = featurize(sentences)
    assert rule_calls == [len(s.targets) for s in sentences]
    assert all(set(RULE_FEATURES) <= set(v) for v in examples.values)


# --- the shipped model ------------------------------------------------------------------------


def test_shipped_model_uses_the_rule_group() -> None:
    model = load_model().model
    assert model.groups == DEFAULT_GROUPS
    assert "r" in model.groups
    assert set(RULE_FEATURES) <= set(model.features)


def test_shipped_model_is_plain_json_and_npz_without_pickle(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    weights = DEFAULT_MODEL.parent
    suffixes = {p.suffix for p in weights.iterdir() if p.is_file()}
    assert suffixes <= {".json", ".npz", ".md"}, suffixes
    json.loads(DEFAULT_MODEL.read_text(encoding="utf-8"))  # plain JSON
    with zipfile.ZipFile(arrays_path(DEFAULT_MODEL)) as archive:
        assert all(name.endswith(".npy") for name in archive.namelist())
    calls: list[object] = []
    real_load = np.load

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(kwargs.get("allow_pickle"))
        return real_load(*args, **kwargs)

    monkeypatch.setattr(np, "load", spy)
    model = read_model(DEFAULT_MODEL)
    assert calls == [False]
    assert model.coef.dtype != object
    assert model.coef.shape == (len(model.features), 3)


def test_shipped_model_is_small() -> None:
    total = DEFAULT_MODEL.stat().st_size + arrays_path(DEFAULT_MODEL).stat().st_size
    assert total < 5 * 1024 * 1024


def test_load_model_is_cached() -> None:
    assert load_model() is load_model()
    assert load_model().name == "linear"


# Invented sentences whose stance any reader would agree on.
OBVIOUS: tuple[tuple[str, str, Label], ...] = (
    ("Everyone praised Maria Lind for her brilliant, generous and honest work.", "Maria Lind",
     Label.POSITIVE),
    ("Police arrested Karl Brandt and charged him with murder, fraud and corruption.",
     "Karl Brandt", Label.NEGATIVE),
    ("Anna Berg will travel to Oslo on Tuesday.", "Anna Berg", Label.NEUTRAL),
    ("Critics slammed Tom Reed as a corrupt liar who betrayed voters.", "Tom Reed",
     Label.NEGATIVE),
    ("Supporters celebrated Lucy Hart, a wonderful and beloved hero.", "Lucy Hart",
     Label.POSITIVE),
)


@pytest.mark.parametrize(("text", "name", "expected"), OBVIOUS)
def test_shipped_model_classifies_obvious_sentences(text: str, name: str, expected: Label) -> None:
    doc = load_nlp()(text)
    (score,) = load_model().score(doc, [_target(text, name)])
    assert label_of(score.probs) is expected, score.probs
    for cue in score.cues:
        assert text[cue.start : cue.end] == cue.text


def test_shipped_model_highlights_the_accusation() -> None:
    text = "Critics slammed Tom Reed as a corrupt liar who betrayed voters."
    doc = load_nlp()(text)
    (score,) = load_model().score(doc, [_target(text, "Tom Reed")])
    negative = {c.text.lower() for c in score.cues if c.weight < 0}
    assert negative & {"corrupt", "liar", "betrayed", "slammed"}, score.cues


def test_highlighted_evidence_is_content_words() -> None:
    """Regression: 'of', 'to' and "'s" were highlighted as the words that drove a stance."""
    text = ("Voters in the capital of Ardenia said on Monday that the talks between Mr Oster "
            "and the rebels were a disgrace to the country's name.")
    doc = load_nlp()(text)
    (score,) = load_model().score(doc, [_target(text, "Oster")])
    assert score.cues
    for cue in score.cues:
        token = doc.char_span(cue.start, cue.end)
        assert token is not None and token[0].is_alpha
        assert not token[0].is_stop or cue.kind != "word", cue


_SPAN_DOC_TEXT = ("The U.S. and Ardenia's envoy met in Pell.  "
                  "Mr Oster said: “Talks matter.” He left\n\n.")


@settings(max_examples=300, deadline=None)
@given(st.integers(0, len(_SPAN_DOC_TEXT)), st.integers(0, len(_SPAN_DOC_TEXT)))
def test_target_tokens_by_binary_search_match_a_full_scan(a: int, b: int) -> None:
    """Regression: target tokens were found by scanning the whole doc for every target and every
    other target, which made scoring quadratic in a paragraph's mentions."""
    from analysis.stance.features import _target_tokens

    doc = _span_doc()
    start, end = min(a, b), max(a, b)
    scan = [t.i for t in doc if t.idx < end and t.idx + len(t.text) > start]
    assert _target_tokens(doc, start, end) == scan


@functools.cache
def _span_doc() -> Doc:
    return load_nlp()(_SPAN_DOC_TEXT)
