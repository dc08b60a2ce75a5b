"""The transformer stance scorer: input marking, the shipped ONNX model, the label rule, evidence.

Runs without torch and without ../shared: the shipped model in analysis/stance/weights/transformer
and sentences written for these tests (invented people and places).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.errors import ModelFileError, Msg
from analysis.stance import DEFAULT_SCORER, TRANSFORMER, get_scorer
from analysis.stance.base import (
    NEGATIVE_FROM,
    POSITIVE_FROM,
    MentionScore,
    Target,
    aggregate,
    label_for,
    label_of,
    score_of,
)
from analysis.stance.encoding import (
    OTHER_CLOSE,
    OTHER_OPEN,
    TARGET_CLOSE,
    TARGET_OPEN,
    EncodingOptions,
    encode,
    mark,
)
from analysis.stance.explain import MAX_EVIDENCE_WORDS, MODEL_TEMPERATURE, explain_stance
from analysis.stance.transformer import (
    DEFAULT_DIR,
    SentenceTarget,
    TransformerScorer,
    load_transformer,
    read_settings,
)
from analysis.types import Label
from tests.conftest import run_cli

RANK = {Label.NEGATIVE: 0, Label.NEUTRAL: 1, Label.POSITIVE: 2}


def _span(text: str, name: str) -> tuple[int, int]:
    start = text.index(name)
    return start, start + len(name)


# --- marking the input ------------------------------------------------------------------------

MARKING: tuple[tuple[str, str, tuple[str, ...], str], ...] = (
    ("Odum met Kesler.", "Kesler", (), "Odum met << Kesler >>."),
    ("Odum met Kesler.", "Kesler", ("Odum",), "[ Odum ] met << Kesler >>."),
    ("Odum met Kesler.", "Odum", ("Kesler",), "<< Odum >> met [ Kesler ]."),
    ("Rensik, Odum and Fenn spoke.", "Odum", ("Rensik", "Fenn"),
     "[ Rensik ], << Odum >> and [ Fenn ] spoke."),
)


@pytest.mark.parametrize(("text", "target", "others", "expected"), MARKING)
def test_mark_golden(text: str, target: str, others: tuple[str, ...], expected: str) -> None:
    marked = mark(text, _span(text, target), [_span(text, o) for o in others])
    assert marked.text == expected
    assert marked.text[marked.start:marked.end] == target == marked.target


def test_mark_without_others_option_leaves_them_plain() -> None:
    text = "Odum met Kesler."
    marked = mark(text, _span(text, "Kesler"), [_span(text, "Odum")],
                  options=EncodingOptions(mark_others=False))
    assert marked.text == "Odum met << Kesler >>."


@given(st.text(alphabet="ab .,", min_size=0, max_size=900), st.integers(0, 900),
       st.integers(1, 30))
def test_mark_keeps_the_target_in_a_window(filler: str, where: int, length: int) -> None:
    where = min(where, len(filler))
    text = filler[:where] + "Z" * length + filler[where:]
    options = EncodingOptions(max_chars=200)
    marked = mark(text, (where, where + length), options=options)
    assert marked.text[marked.start:marked.end] == "Z" * length
    body = marked.text.replace(TARGET_OPEN, "").replace(TARGET_CLOSE, "")
    assert len(body) <= max(options.max_chars, length)
    assert OTHER_OPEN not in marked.text and OTHER_CLOSE not in marked.text


def test_encode_flags_only_the_target_pieces() -> None:
    scorer = load_transformer()
    text = "Minister Lena Falk thanked Jonas Weber warmly."
    marked = mark(text, _span(text, "Jonas Weber"), [_span(text, "Lena Falk")])
    batch = encode(scorer.tokenizer, [marked])
    flagged = [marked.text[a:b] for (a, b), on in
               zip(batch.offsets[0], batch.target_mask[0], strict=True) if on]
    assert "".join(flagged).lower() == "jonasweber"
    assert batch.token_type_ids[0].max() == 1  # the target text is the second segment


# --- the shipped files ------------------------------------------------------------------------

def test_default_scorer_is_the_transformer() -> None:
    assert DEFAULT_SCORER == TRANSFORMER
    assert get_scorer() is get_scorer(TRANSFORMER) is load_transformer()
    assert get_scorer().name == TRANSFORMER


def test_settings_record_every_file_and_the_training() -> None:
    settings = read_settings(DEFAULT_DIR)
    names = dict(settings.sha256)
    assert {settings.model_file, settings.tokenizer_file} <= set(names)
    assert all(len(digest) == 64 for digest in names.values())
    assert "command" in settings.info and "scores" in settings.info


def test_a_changed_model_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(DEFAULT_DIR, folder)
    data = bytearray((folder / "model.onnx").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (folder / "model.onnx").write_bytes(bytes(data))
    with pytest.raises(ModelFileError) as caught:
        TransformerScorer(folder)
    assert caught.value.msg is Msg.MODEL_CHANGED
    assert "model.onnx" in str(caught.value) and "\n" not in str(caught.value)


def test_a_missing_model_file_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "model"
    shutil.copytree(DEFAULT_DIR, folder)
    (folder / "tokenizer.json").unlink()
    with pytest.raises(ModelFileError) as caught:
        read_settings(folder)
    assert caught.value.msg is Msg.MODEL_MISSING
    assert "tokenizer.json" in str(caught.value)


def test_no_torch_at_run_time() -> None:
    get_scorer().probabilities([SentenceTarget("Kesler spoke.", 0, 6)])
    assert "torch" not in sys.modules and "transformers" not in sys.modules


# --- the one label rule -----------------------------------------------------------------------

probabilities = st.lists(st.floats(0.0, 1.0), min_size=3, max_size=3).filter(
    lambda p: sum(p) > 1e-6).map(lambda p: tuple(x / sum(p) for x in p))


@given(probabilities, probabilities)
def test_a_more_negative_score_never_has_a_less_negative_label(a: tuple, b: tuple) -> None:
    if score_of(a) < score_of(b):
        assert RANK[label_of(a)] <= RANK[label_of(b)]


@given(st.lists(probabilities, min_size=1, max_size=6))
def test_aggregate_label_follows_its_score(mentions: list[tuple]) -> None:
    scores = [MentionScore(Target("X", 0, 1), (p[0], p[1], p[2]), 0) for p in mentions]
    stance = aggregate("X", scores, scorer="test")
    # the stored score is rounded to 4 places; only a score on a threshold can differ
    assert stance.label is label_for(stance.score) or min(
        abs(stance.score - POSITIVE_FROM), abs(stance.score - NEGATIVE_FROM)) < 1e-3


@pytest.mark.parametrize(("score", "expected"), [
    (0.0, Label.NEUTRAL), (POSITIVE_FROM, Label.POSITIVE), (NEGATIVE_FROM, Label.NEGATIVE),
    (POSITIVE_FROM - 0.01, Label.NEUTRAL), (NEGATIVE_FROM + 0.01, Label.NEUTRAL),
    (-0.3, Label.NEUTRAL), (0.3, Label.POSITIVE),
    (1.0, Label.POSITIVE), (-1.0, Label.NEGATIVE),
])
def test_label_rule_golden(score: float, expected: Label) -> None:
    assert label_for(score) is expected


# --- what the shipped model must get right ----------------------------------------------------

NOT_NEGATIVE = frozenset({Label.NEUTRAL, Label.POSITIVE})
POS, NEG, NEU = frozenset({Label.POSITIVE}), frozenset({Label.NEGATIVE}), frozenset({Label.NEUTRAL})

#: Invented sentences with a clear stance toward the named actor: (text, target, labels allowed).
GOLDEN: tuple[tuple[str, str, frozenset[Label]], ...] = (
    # praise
    ("Volunteers thanked Mara Quist for her tireless and generous work at the shelter.",
     "Mara Quist", POS),
    ("Economists hailed Ilse Brandt's reforms as a remarkable success.", "Ilse Brandt", POS),
    ("The award honours Samir Okoye, whose courage saved hundreds of lives.", "Samir Okoye", POS),
    ("Residents cheered Dana Holt, the mayor who fought for years to build the new hospital.",
     "Dana Holt", POS),
    ("Analysts praised Norland for its calm and skilful handling of the crisis.", "Norland", POS),
    # accusation and blame
    ("Prosecutors charged Viktor Sallas with fraud, bribery and money laundering.",
     "Viktor Sallas", NEG),
    ("Human rights groups accused Karesh of torturing prisoners.", "Karesh", NEG),
    ("Critics called Paul Mercer a liar who cheated his own voters.", "Paul Mercer", NEG),
    ("The inquiry found that Orvel Mining polluted the river and hid the damage for years.",
     "Orvel Mining", NEG),
    ("Protesters condemned General Idris Kaan for ordering the massacre.", "Idris Kaan", NEG),
    ("Auditors said Lena Falk wasted millions of public money on failed projects.",
     "Lena Falk", NEG),
    # speakers and plain facts
    ("Jonas Weber will meet the delegation in Geneva on Thursday.", "Jonas Weber", NEU),
    ("Aiko Tanaka said the talks would resume next week.", "Aiko Tanaka", NEU),
    ("Ruth Adler was invited to speak at the conference in March.", "Ruth Adler", NEU),
    ("Eva Lindqvist, 54, lives in the northern town with her two children.", "Eva Lindqvist",
     NEU),
    # a victim or a bystander of bad news is not blamed for it
    ("Gunmen kidnapped aid worker Sofia Marin in the border region.", "Sofia Marin",
     NOT_NEGATIVE),
    ("Heavy rain flooded the capital on the day Hugo Lanz returned from abroad.", "Hugo Lanz",
     NOT_NEGATIVE),
    # several people in one sentence: each gets their own stance
    ("Lina Odum praised Anton Kesler for his patience.", "Anton Kesler", POS),
    ("Anton Kesler blamed Lina Odum for the collapse of the talks.", "Lina Odum", NEG),
    ("Police arrested Daniel Kroft after Maria Novak reported the theft.", "Daniel Kroft", NEG),
    ("Voters rejected Ivan Petrov and elected the reformer Clara Moss by a landslide.",
     "Ivan Petrov", NEG),
)
#: Clear cases the shipped model gets wrong (see the model card's known limits): it holds bad
#: news against a victim, and against the other person of a sentence with bad news in it.
#: Strict xfail: the day a model gets one right, this table must move it into ``GOLDEN``.
KNOWN_MISSES: tuple[tuple[str, str, frozenset[Label]], ...] = (
    ("Journalist Pavel Orlov was beaten by unknown attackers outside his home.", "Pavel Orlov",
     NOT_NEGATIVE),
    ("Police arrested Daniel Kroft after Maria Novak reported the theft.", "Maria Novak",
     NOT_NEGATIVE),
    ("Voters rejected Ivan Petrov and elected the reformer Clara Moss by a landslide.",
     "Clara Moss", POS),
)
NAMES = ("Mara Quist", "Ilse Brandt", "Samir Okoye", "Dana Holt", "Norland", "Viktor Sallas",
         "Karesh", "Paul Mercer", "Orvel Mining", "Idris Kaan", "Lena Falk", "Jonas Weber",
         "Aiko Tanaka", "Ruth Adler", "Eva Lindqvist", "Pavel Orlov", "Sofia Marin", "Hugo Lanz",
         "Anton Kesler", "Lina Odum", "Daniel Kroft", "Maria Novak", "Ivan Petrov", "Clara Moss")


def _item(text: str, target: str) -> SentenceTarget:
    start, end = _span(text, target)
    others = tuple(_span(text, n) for n in NAMES if n in text and n != target)
    return SentenceTarget(text, start, end, others)


def test_golden_table_is_large_enough() -> None:
    assert len(GOLDEN) >= 20


@pytest.mark.xfail(strict=True, reason="known limit: bad news held against victims and "
                                       "bystanders (model card)")
@pytest.mark.parametrize(("text", "target", "allowed"), KNOWN_MISSES)
def test_known_misses(text: str, target: str, allowed: frozenset[Label]) -> None:
    (probs,) = load_transformer().probabilities([_item(text, target)])
    assert label_of(probs) in allowed


def test_golden_sentences() -> None:
    scorer = load_transformer()
    probs = scorer.probabilities([_item(text, target) for text, target, _ in GOLDEN])
    wrong = [(target, str(label_of(p)), round(score_of(p), 2), text)
             for (text, target, allowed), p in zip(GOLDEN, probs, strict=True)
             if label_of(p) not in allowed]
    assert not wrong, wrong


def test_score_many_matches_one_call_per_doc() -> None:
    from analysis.resources import load_nlp

    scorer = load_transformer()
    texts = ["Lina Odum praised Anton Kesler. Kesler thanked her.",
             "Prosecutors charged Viktor Sallas with fraud."]
    docs = [load_nlp()(t) for t in texts]
    targets = [[Target("Odum", 0, 9), Target("Kesler", 18, 30), Target("Kesler", 32, 38)],
               [Target("Sallas", 19, 32)]]
    together = scorer.score_many(list(zip(docs, targets, strict=True)))
    apart = [scorer.score(doc, t) for doc, t in zip(docs, targets, strict=True)]
    for a, b in zip(together, apart, strict=True):
        assert [m.sentence for m in a] == [m.sentence for m in b]
        # one target a run: the company of other docs moves nothing
        np.testing.assert_allclose([m.probs for m in a], [m.probs for m in b], atol=1e-6)
    assert [m.sentence for m in together[0]] == [0, 0, 1]


# --- evidence true to the model ---------------------------------------------------------------

def _paragraph(text: str, target: str):  # a one-sentence ParagraphAnalysis, built by the pipeline
    from analysis.actors import ActorConfig
    from analysis.pipeline import analyze
    from analysis.types import Actor, ActorKind, Document

    config = ActorConfig(actors=(Actor(target, ActorKind.PERSON),))
    article = analyze(Document(name="t.txt", text=text, fmt="txt"), actors=config)
    (paragraph,) = article.paragraphs
    (stance,) = [s for s in paragraph.stances if s.actor == target]
    return paragraph, stance


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), [
    ("Prosecutors charged Viktor Sallas with fraud, bribery and money laundering.",
     "Viktor Sallas"),
    ("Volunteers thanked Mara Quist for her tireless and generous work at the shelter.",
     "Mara Quist"),
])
def test_removing_the_top_word_moves_the_score_its_way(text: str, target: str) -> None:
    scorer = load_transformer()
    paragraph, stance = _paragraph(text, target)
    explained = explain_stance(paragraph, stance, scorer=scorer)
    cues = explained.evidence.cues
    assert 0 < len(cues) <= MAX_EVIDENCE_WORDS
    for cue in cues:
        assert text[cue.start:cue.end] == cue.text
        assert cue.text not in target and cue.text.lower() not in {"her", "his", "him"}
    top = max(cues, key=lambda c: abs(c.weight))
    start, end = _span(text, target)
    (before,) = scorer.probabilities([SentenceTarget(text, start, end)],
                                     temperature=MODEL_TEMPERATURE)
    cut = text[:top.start] + text[top.end:]
    start, end = _span(cut, target)
    (after,) = scorer.probabilities([SentenceTarget(cut, start, end)],
                                    temperature=MODEL_TEMPERATURE)
    # a positive weight pushed the stance up, so without the word it falls (and the other way)
    assert (score_of(before) - score_of(after)) * top.weight > 0, (top, before, after)
    # by the weight (rounded to 4 places) where the name is the actor's one mention; with more
    # ("her"), the weight adds each mention's drop by its share of the paragraph's stance
    if sum(m.actor == target for m in paragraph.mentions) == 1:
        assert abs(score_of(before) - score_of(after) - top.weight) < 1e-3


@pytest.mark.slow
def test_regression_a_score_does_not_depend_on_the_texts_scored_with_it() -> None:
    # the int8 model quantizes its activations with one scale per batch tensor: in batches of 32
    # "Volunteers thanked Mara Quist ..." scored 0.9758 alone, 0.9737 beside its copy without
    # "generous" and 0.9715 in a batch of four, and the occlusion weight of "generous" (0.068)
    # was 0.041 from its drop scored alone (0.027). The scorer runs one target at a time.
    scorer = load_transformer()
    texts = ["Volunteers thanked Mara Quist for her tireless and generous work at the shelter.",
             "Volunteers thanked Mara Quist for her tireless work at the shelter.",
             "Prosecutors charged Mara Quist with fraud, bribery and money laundering.",
             "Mara Quist spoke."]
    items = [SentenceTarget(t, *_span(t, "Mara Quist")) for t in texts]
    alone = [score_of(scorer.probabilities([item], temperature=MODEL_TEMPERATURE)[0])
             for item in items]
    together = [score_of(p) for p in scorer.probabilities(items, temperature=MODEL_TEMPERATURE)]
    assert together == pytest.approx(alone, abs=1e-6)


@pytest.mark.slow
def test_cli_explain_adds_occlusion_cues(tmp_path: Path) -> None:
    import json

    article = tmp_path / "a.txt"
    article.write_text("Court frees journalist\n\nProsecutors charged Viktor Sallas with fraud, "
                       "bribery and money laundering.\n", encoding="utf-8")
    done = run_cli("analyze", str(article), "--format", "json", "--explain")
    assert done.returncode == 0, done.stderr
    stances = [s for a in json.loads(done.stdout)["articles"] for p in a["paragraphs"]
               for s in p["stances"] if s["actor"] == "Viktor Sallas"]
    assert stances and stances[0]["evidence"]["cues"]
    assert {c["kind"] for c in stances[0]["evidence"]["cues"]} == {"occlusion"}


def test_train_without_torch_says_what_is_missing(monkeypatch: pytest.MonkeyPatch,
                                                   tmp_path: Path,
                                                   capsys: pytest.CaptureFixture) -> None:
    from analysis.cli import main

    monkeypatch.setitem(sys.modules, "torch", None)  # import torch raises ImportError
    data = Path(__file__).parent / "fixtures" / "stance" / "newsmtsc_tiny.jsonl"
    code = main(["train-stance", "--newsmtsc", str(data), "--out", str(tmp_path / "m")])
    assert code == 1
    assert not (tmp_path / "m").exists()
    assert "requirements-train.txt" in capsys.readouterr().err


def test_identical_inputs_run_once_and_come_back_in_place() -> None:
    scorer = load_transformer()
    one = _item("Prosecutors charged Viktor Sallas with fraud.", "Viktor Sallas")
    other = _item("Volunteers thanked Mara Quist.", "Mara Quist")
    probs = scorer.probabilities([one, other, one])
    np.testing.assert_array_equal(probs[0], probs[2])
    assert label_of(probs[0]) is Label.NEGATIVE and label_of(probs[1]) is Label.POSITIVE
    assert scorer.probabilities([]).shape == (0, 3)


@pytest.mark.parametrize(("value", "expected"), [("1", 1), ("4", 4), ("", 2), ("0", 2),
                                                 ("-3", 2), ("two", 2)])
def test_model_threads_come_from_the_environment_when_it_names_a_positive_count(
        monkeypatch: pytest.MonkeyPatch, value: str, expected: int) -> None:
    from analysis.stance.transformer import DEFAULT_THREADS, THREADS_ENV, default_threads

    assert DEFAULT_THREADS == 2
    monkeypatch.setenv(THREADS_ENV, value)
    assert default_threads() == expected


@pytest.mark.parametrize(("cores", "workers", "expected"), [(2, 1, 2), (2, 2, 1), (2, 4, 1),
                                                            (16, 4, 4), (None, 2, 1)])
def test_workers_share_the_cores_without_oversubscribing(
        monkeypatch: pytest.MonkeyPatch, cores: int | None, workers: int, expected: int) -> None:
    from analysis.stance import transformer

    monkeypatch.setattr(transformer.os, "cpu_count", lambda: cores)
    assert transformer.threads_per_worker(workers) == expected
