"""Evidence that is true to the model: the words whose removal moves a stance most.

For one actor in one paragraph, each of its mentions is scored again with one content word of
its sentence removed at a time (occlusion). A word's weight is how much the mention's score
P(pos) - P(neg) drops when the word is gone, read on the model's own probabilities: positive
weight, the word pushed the stance toward positive; negative, toward negative. The paragraph's
stance is a confidence-weighted mean of its mentions (``base.aggregate``), so each mention's
change counts with that mention's share. Where the model is sure, no one word moves it much
(three accusations each carry the sentence alone), so the weights are small but still ranked.
Words of any actor's mention are never candidates: they are what is judged, not evidence.

This costs one model run per word, so it runs on demand, for what a user reads (the Article
page, ``analyze --explain``), never for every paragraph of a bulk run; those keep the sentences
as evidence. It needs a scorer that scores plain sentences (``TransformerScorer``); the linear
model and the rules bring their own cue words and are left as they are.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import replace
from functools import cache
from typing import Protocol

import numpy as np

from analysis.stance.base import score_of
from analysis.stance.transformer import SentenceTarget
from analysis.types import ArticleAnalysis, Cue, Mention, ParagraphAnalysis, Sentence, Stance

MAX_EVIDENCE_WORDS = 5
MIN_EVIDENCE_WEIGHT = 0.002  # a smaller change of the score is noise, not evidence
WORD = re.compile(r"\w+(?:['’]\w+)*")


#: Occlusion reads the model's own probabilities (temperature 1), not the sharpened ones the
#: labels use: sharpened, a sentence with three accusations sits at -1.0 and no single word
#: moves it, though each one is evidence.
MODEL_TEMPERATURE = 1.0


class SentenceScorer(Protocol):
    name: str

    def probabilities(self, items: Sequence[SentenceTarget], *,
                      temperature: float | None = None) -> np.ndarray: ...


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    # Negations and contrasts carry stance ("did not help"); they stay candidates.
    return frozenset(STOP_WORDS) - {"not", "no", "never", "nor", "against", "without", "n't"}


def _candidates(item: SentenceTarget, stop: Collection[str],
                exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    spans = [(item.start, item.end), *item.others, *exclude]
    return [
        (m.start(), m.end())
        for m in WORD.finditer(item.text)
        if m.group().lower() not in stop
        and not m.group().isdigit()
        and all(m.end() <= s or m.start() >= e for s, e in spans)
    ]


def _without(item: SentenceTarget, start: int, end: int) -> SentenceTarget:
    """``item`` with text[start:end] (and one space beside it) removed, offsets shifted."""
    if end < len(item.text) and item.text[end] == " ":
        end += 1
    elif start > 0 and item.text[start - 1] == " ":
        start -= 1
    cut = end - start

    def shift(a: int, b: int) -> tuple[int, int]:
        return (a - cut, b - cut) if a >= end else (a, b)

    target = shift(item.start, item.end)
    return SentenceTarget(item.text[:start] + item.text[end:], target[0], target[1],
                          tuple(shift(a, b) for a, b in item.others))


def occlusion(
    scorer: SentenceScorer, items: Sequence[SentenceTarget],
    exclude: Sequence[Sequence[tuple[int, int]]] | None = None,
) -> tuple[np.ndarray, list[tuple[int, int, int, float]]]:
    """The items' own probabilities, and (item, start, end, change of its score) for every
    candidate word of every item: one model call for all of them.

    ``exclude`` lists, per item, spans that are never candidates (the mentions).
    """
    stop = _stop_words()
    variants: list[SentenceTarget] = list(items)
    where: list[tuple[int, int, int]] = []
    for number, item in enumerate(items):
        for start, end in _candidates(item, stop, exclude[number] if exclude else ()):
            variants.append(_without(item, start, end))
            where.append((number, start, end))
    probs = scorer.probabilities(variants, temperature=MODEL_TEMPERATURE)
    base = [score_of(p) for p in probs[: len(items)]]
    return probs[: len(items)], [
        (number, start, end, base[number] - score_of(p))
        for (number, start, end), p in zip(where, probs[len(items):], strict=True)
    ]


def _sentence_target(sentence: Sentence, mention: Mention,
                     others: Sequence[Mention]) -> SentenceTarget:
    return SentenceTarget(
        sentence.text,
        mention.start - sentence.start,
        min(mention.end, sentence.end) - sentence.start,
        tuple((o.start - sentence.start, o.end - sentence.start) for o in others
              if o.actor != mention.actor and sentence.start <= o.start and o.end <= sentence.end),
    )


def _mention_spans(sentence: Sentence, mentions: Sequence[Mention]) -> tuple[tuple[int, int], ...]:
    """Every mention in ``sentence`` (the actor's own included), offsets into the sentence."""
    return tuple((m.start - sentence.start, m.end - sentence.start) for m in mentions
                 if sentence.start <= m.start and m.end <= sentence.end)


def explain_stance(
    paragraph: ParagraphAnalysis, stance: Stance, *, scorer: SentenceScorer,
    limit: int = MAX_EVIDENCE_WORDS,
) -> Stance:
    """``stance`` with its cues replaced by the ``limit`` words that move it most."""
    sentences = {s.index: s for s in paragraph.paragraph.sentences}
    mentions = [m for m in paragraph.mentions
                if m.actor == stance.actor and m.sentence in sentences]
    if not mentions:
        return stance
    items = [_sentence_target(sentences[m.sentence], m, paragraph.mentions) for m in mentions]
    exclude = [_mention_spans(sentences[m.sentence], paragraph.mentions) for m in mentions]
    probs, changes = occlusion(scorer, items, exclude)
    # each mention's change counts with its share of the paragraph's aggregate (confidence)
    confidence = probs.max(axis=1)
    shares = confidence / confidence.sum()
    totals: dict[tuple[int, int], float] = {}
    texts: dict[tuple[int, int], str] = {}
    for number, start, end, change in changes:
        weight = float(shares[number]) * change
        sentence = sentences[mentions[number].sentence]
        key = (sentence.start + start, sentence.start + end)
        totals[key] = totals.get(key, 0.0) + weight
        texts[key] = sentence.text[start:end]
    ranked = sorted(totals.items(), key=lambda kv: (-abs(kv[1]), kv[0]))
    cues = tuple(sorted(
        (Cue(start, end, texts[(start, end)], round(float(weight), 4), "occlusion")
         for (start, end), weight in ranked[:limit] if abs(weight) >= MIN_EVIDENCE_WEIGHT),
        key=lambda c: c.start,
    ))
    return replace(stance, evidence=replace(stance.evidence, cues=cues))


def explain_article(
    article: ArticleAnalysis, *, scorer: SentenceScorer, actor: str | None = None,
    paragraphs: Collection[int] | None = None,
) -> ArticleAnalysis:
    """The article with occlusion evidence on the stances asked for (all by default).

    Only stances that the ``scorer`` produced are explained; ``actor`` and ``paragraphs``
    (indices) narrow the work to what the reader is looking at.
    """
    out: list[ParagraphAnalysis] = []
    for pa in article.paragraphs:
        if paragraphs is not None and pa.paragraph.index not in paragraphs:
            out.append(pa)
            continue
        stances = tuple(
            explain_stance(pa, s, scorer=scorer)
            if s.scorer == scorer.name and (actor is None or s.actor == actor) else s
            for s in pa.stances
        )
        out.append(replace(pa, stances=stances))
    return replace(article, paragraphs=tuple(out))
