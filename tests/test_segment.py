"""Paragraph and sentence segmentation: spans, trimming, indices, and exact article offsets."""

from __future__ import annotations

from dataclasses import FrozenInstanceError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language

from analysis.resources import load_nlp
from analysis.segment import (
    line_spans,
    sentences_from_doc,
    split_paragraphs,
    text_blocks,
    trimmed_span,
    with_sentences,
)
from analysis.types import Paragraph, Sentence

#: text -> the paragraph texts expected.
GOLDEN_PARAGRAPHS: list[tuple[str, list[str]]] = [
    ("", []),
    ("   \n\t\n", []),
    ("One paragraph.", ["One paragraph."]),
    ("  padded  ", ["padded"]),
    ("First.\n\nSecond.", ["First.", "Second."]),
    ("First.\n \t \nSecond.", ["First.", "Second."]),  # a whitespace-only line is blank
    ("\n\n\nFirst.\n\n\n\n\nSecond.\n\n", ["First.", "Second."]),
    ("Wrapped line one\nand line two.\n\nNext.", ["Wrapped line one\nand line two.", "Next."]),
    ("Headline\nFirst line.\nSecond line.", ["Headline", "First line.", "Second line."]),
    ("Line one.\nLine two.\n", ["Line one.", "Line two."]),  # a trailing newline changes nothing
    ("  Line one.  \n\tLine two.", ["Line one.", "Line two."]),
    ("A\u00a0\n\u2028\nB", ["A", "B"]),  # Unicode whitespace lines are blank too
    ("A\u2028B", ["A\u2028B"]),  # only \n ends a line
    ("Kyiv — “Quoted,” she said.\n\nÜber café.", ["Kyiv — “Quoted,” she said.", "Über café."]),
]


@pytest.mark.parametrize(("text", "expected"), GOLDEN_PARAGRAPHS)
def test_golden_paragraphs(text: str, expected: list[str]) -> None:
    paragraphs = split_paragraphs(text)
    assert [p.text for p in paragraphs] == expected
    assert [p.index for p in paragraphs] == list(range(len(expected)))
    for p in paragraphs:
        assert text[p.start:p.end] == p.text
        assert p.sentences == ()


def test_paragraph_offsets_are_exact() -> None:
    text = "  Title\n\n\tFirst paragraph here.\n\n\nSecond one.  "
    assert [(p.start, p.end) for p in split_paragraphs(text)] == [(2, 7), (10, 31), (34, 45)]


def test_line_spans_cover_every_line() -> None:
    text = "a\n\nbc\n"
    assert line_spans(text) == [(0, 1), (2, 2), (3, 5), (6, 6)]
    assert [text[s:e] for s, e in line_spans(text)] == text.split("\n")


def test_text_blocks_group_lines() -> None:
    text = "a\nb\n\nc"
    assert text_blocks(text) == [[(0, 1), (2, 3)], [(5, 6)]]


@pytest.mark.parametrize(
    ("text", "span"),
    [("  ab  ", (2, 4)), ("ab", (0, 2)), ("   ", (0, 0)), ("", (0, 0)), ("\u3000x\u2029", (1, 2))],
)
def test_trimmed_span(text: str, span: tuple[int, int]) -> None:
    assert trimmed_span(text, 0, len(text)) == span


def test_records_are_frozen() -> None:
    paragraph = split_paragraphs("Frozen.")[0]
    with pytest.raises(FrozenInstanceError):
        paragraph.text = "changed"  # type: ignore[misc]


ALPHABET = st.sampled_from(["\n", "\n", " ", "\t", "a", "b", ".", "é", "ß", "—", "“", "\u00a0",
                            "\u2028", "\r", "\u3000", "字", "🙂"])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=80) | st.text(max_size=80))
def test_paragraph_spans_property(text: str) -> None:
    paragraphs = split_paragraphs(text)
    previous_end = 0
    for i, p in enumerate(paragraphs):
        assert p.index == i
        assert text[p.start:p.end] == p.text
        assert p.text and p.text == p.text.strip()
        assert p.start >= previous_end
        # Nothing but whitespace, and at least one newline, lies between two paragraphs.
        gap = text[previous_end:p.start]
        assert not gap.strip()
        if i:
            assert "\n" in gap
        previous_end = p.end
    assert not text[previous_end:].strip()


# ----------------------------------------------------------------------------- sentences


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_nlp()


ARTICLE = (
    "Harbour city braces for storm\n\n"
    "The council approved an emergency budget on Monday. Forecasters warned of the strongest "
    "storm in a decade.\n\n"
    "  “We will be ready,” said Mayor Ana Ruiz.   Crews worked through the night.\n\n"
    "Tensions remain high."
)


def _sentences(nlp: Language, text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    next_index = 0
    for paragraph in split_paragraphs(text):
        sentences = sentences_from_doc(nlp(paragraph.text), paragraph, first_index=next_index)
        next_index += len(sentences)
        out.append(with_sentences(paragraph, sentences))
    return out


@pytest.mark.slow
def test_sentences_are_in_article_offsets(nlp: Language) -> None:
    paragraphs = _sentences(nlp, ARTICLE)
    sentences = [s for p in paragraphs for s in p.sentences]
    assert [s.index for s in sentences] == list(range(len(sentences)))
    assert sentences[1].text == "The council approved an emergency budget on Monday."
    assert sentences[-1].text == "Tensions remain high."
    assert sentences[-1].end == len(ARTICLE)
    for p in paragraphs:
        assert p.sentences, p.text
        for s in p.sentences:
            assert ARTICLE[s.start:s.end] == s.text == s.text.strip()
            assert p.start <= s.start < s.end <= p.end


@pytest.mark.slow
def test_first_index_shifts_indices(nlp: Language) -> None:
    paragraph = Paragraph(index=3, start=100, end=131, text="It rained. The harbour flooded.")
    sentences = sentences_from_doc(nlp(paragraph.text), paragraph, first_index=7)
    assert sentences == (
        Sentence(index=7, start=100, end=110, text="It rained."),
        Sentence(index=8, start=111, end=131, text="The harbour flooded."),
    )


@pytest.mark.slow
def test_doc_from_other_text_is_refused(nlp: Language) -> None:
    paragraph = Paragraph(index=0, start=0, end=9, text="It rained")
    with pytest.raises(ValueError, match="paragraph 0"):
        sentences_from_doc(nlp("Something else."), paragraph, first_index=0)


def test_with_sentences_keeps_the_span() -> None:
    paragraph = Paragraph(index=2, start=5, end=15, text="Two words.")
    sentence = Sentence(index=4, start=5, end=15, text="Two words.")
    out = with_sentences(paragraph, [sentence])
    assert out.sentences == (sentence,)
    assert (out.index, out.start, out.end, out.text) == (2, 5, 15, "Two words.")
    assert paragraph.sentences == ()  # the input is untouched


WORDS = ["the", "council", "Kyiv", "said", "“No,”", "Mr.", "U.S.", "rain", "3.5", "—", "ready",
         "Über", "café", "crews", "\u00a0", "  ", "\t"]
ENDS = [".", "!", "?", "…", "”", ".”", ""]
sentence_strategy = st.builds(
    lambda words, end: " ".join(words) + end,
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=8),
    st.sampled_from(ENDS),
)
paragraph_strategy = st.lists(sentence_strategy, min_size=1, max_size=4).map(" ".join)


@pytest.mark.slow
@settings(max_examples=40, deadline=None)
@given(st.lists(paragraph_strategy, min_size=1, max_size=4),
       st.sampled_from(["\n\n", "\n \n", "\n\n\n"]))
def test_sentence_offsets_property(nlp: Language, paragraphs: list[str], sep: str) -> None:
    article = sep.join(paragraphs)
    parsed = _sentences(nlp, article)
    sentences = [s for p in parsed for s in p.sentences]
    assert [s.index for s in sentences] == list(range(len(sentences)))
    previous_end = 0
    for p in parsed:
        for s in p.sentences:
            assert article[s.start:s.end] == s.text
            assert s.text and s.text == s.text.strip()
            assert p.start <= s.start and s.end <= p.end and s.start >= previous_end
            previous_end = s.end
        # Sentences cover every non-space character of their paragraph.
        assert "".join("".join(s.text.split()) for s in p.sentences) == "".join(p.text.split())
