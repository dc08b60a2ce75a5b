"""The whole analysis on one Document: offsets, records, and stance that is not just sentiment."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.actors import ActorConfig
from analysis.pipeline import MAX_PARAGRAPH_CHARS, analyze, bounded_paragraphs
from analysis.segment import split_paragraphs
from analysis.types import Actor, ActorKind, ArticleAnalysis, Document, Label

ARTICLE = """\
Ministers trade blame over the river dam

Tovaria's defence minister, Ilse Brandt, accused Morvania of shelling border villages overnight.

"Morvania attacked our farms without warning," Ms Brandt said in Lenholm.

The United Nations praised local volunteers who evacuated the villages.

Morvanian officials denied the claims.
"""


def check_offsets(a: ArticleAnalysis) -> None:
    text = a.text
    for p in a.paragraphs:
        par = p.paragraph
        assert text[par.start:par.end] == par.text
        for s in par.sentences:
            assert text[s.start:s.end] == s.text
            assert par.start <= s.start <= s.end <= par.end
        for m in p.mentions:
            assert text[m.start:m.end] == m.text
            assert par.start <= m.start < m.end <= par.end
        for stance in p.stances:
            for c in stance.evidence.cues:
                assert text[c.start:c.end] == c.text


@pytest.fixture(scope="module", params=["rules", "linear", "transformer"])
def analysed(request: pytest.FixtureRequest) -> ArticleAnalysis:
    return analyze(Document(name="dam.txt", text=ARTICLE, fmt="txt"), scorer=request.param)


def test_records_and_offsets(analysed: ArticleAnalysis) -> None:
    check_offsets(analysed)
    assert analysed.title == "Ministers trade blame over the river dam"
    assert [p.paragraph.index for p in analysed.paragraphs] == list(range(5))
    assert len(analysed.content_hash) == 64


def test_every_mentioned_actor_gets_a_stance(analysed: ArticleAnalysis) -> None:
    for p in analysed.paragraphs:
        assert {m.actor for m in p.mentions} == {s.actor for s in p.stances}
        for s in p.stances:
            assert -1.0 <= s.score <= 1.0 and 0.0 <= s.confidence <= 1.0
            assert s.evidence.sentences, "a stance names the sentences behind it"


def test_stance_is_per_actor_not_the_paragraph_sentiment() -> None:
    """The accuser and the accused in one sentence must not get the same stance."""
    a = analyze(Document(name="dam.txt", text=ARTICLE, fmt="txt"), scorer="rules")
    p1 = {s.actor: s for s in a.paragraphs[1].stances}
    assert "Morvania" in p1 and "Ilse Brandt" in p1
    assert p1["Morvania"].label is Label.NEGATIVE
    assert p1["Ilse Brandt"].score > p1["Morvania"].score


def test_config_actor_is_found_and_hidden_actor_is_not() -> None:
    config = ActorConfig(
        actors=(Actor("Village Volunteers", ActorKind.GROUP, aliases=("local volunteers",)),),
        hidden=frozenset({"United Nations"}),
    )
    a = analyze(Document(name="dam.txt", text=ARTICLE, fmt="txt"), actors=config,
                scorer="rules")
    actors = {s.actor for p in a.paragraphs for s in p.stances}
    assert "Village Volunteers" in actors
    assert "United Nations" not in actors
    check_offsets(a)


def test_empty_after_cleaning_gives_no_paragraphs() -> None:
    a = analyze(Document(name="junk.txt", text="Oops!\nSomething went wrong.\n", fmt="txt"),
                scorer="rules")
    assert a.paragraphs == ()


def test_oversized_paragraph_is_cut_at_sentence_ends() -> None:
    """Regression: a PDF without blank lines became one 'paragraph' the size of the file."""
    sentence = "The council met again and the talks went on for hours. "
    text = (sentence * (3 * MAX_PARAGRAPH_CHARS // len(sentence))).strip()
    pieces = bounded_paragraphs(split_paragraphs(text), text)
    assert len(pieces) >= 3
    assert [p.index for p in pieces] == list(range(len(pieces)))
    for p in pieces:
        assert len(p.text) <= MAX_PARAGRAPH_CHARS
        assert text[p.start:p.end] == p.text
        assert p.text.endswith(".")


WORDS = st.sampled_from([
    "Norland", "the Kremlin", "U.S.", "President", "Anna Berg", "said", "he", "attacked",
    "praised", "Oops!", "•", "the", "talks", "and", "“quoted”", "—", "Mr Berg", "'s", "\n",
    "\n\n", ".", ",", "  ", "é", "Photo: AFP",
])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=80))
def test_offsets_hold_on_arbitrary_text(words: list[str]) -> None:
    text = " ".join(words)
    for scorer in ("rules", "linear", "transformer"):
        check_offsets(analyze(Document(name="x.txt", text=text, fmt="txt"), scorer=scorer))
