"""From a Document to its ArticleAnalysis: the one public analysis function.

Steps, each a pure function from records to records:
clean -> split paragraphs -> spaCy (the only heavy step: each paragraph parsed once, in batches)
-> sentences -> actors and their mentions -> VADER sentiment -> stance per (paragraph, actor).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from analysis.actors import ActorConfig, resolve_mentions
from analysis.clean import clean, content_hash
from analysis.resources import load_nlp
from analysis.segment import sentences_from_doc, split_paragraphs, with_sentences
from analysis.sentiment import paragraph_sentiment
from analysis.stance import DEFAULT_SCORER, get_scorer
from analysis.stance.base import MentionScore, StanceScorer, Target, aggregate, mean_probs
from analysis.types import (
    ArticleAnalysis,
    Cleaned,
    Document,
    Mention,
    Paragraph,
    ParagraphAnalysis,
    Stance,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A "paragraph" longer than this is a text without paragraph breaks (a PDF, a scrape): it is
#: cut at sentence ends so that one parse never holds a whole book and memory stays bounded.
MAX_PARAGRAPH_CHARS = 6_000
#: Paragraphs parsed together (``nlp.pipe``'s batch): bounds the parser's working memory.
PIPE_BATCH = 64
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]?\s+")
TITLE_CHARS = 120
NO_TITLE = "(untitled)"


def analyze(
    document: Document,
    *,
    actors: ActorConfig | None = None,
    scorer: str | StanceScorer = DEFAULT_SCORER,
    clean_text: bool = True,
) -> ArticleAnalysis:
    """Analyse one article: paragraph sentiment and the stance toward each actor it mentions.

    ``clean_text=False`` analyses the text as given, with nothing removed: for an article the
    user chose to keep whole after cleaning removed most of it.
    """
    return next(analyze_many([document], actors=actors, scorer=scorer, clean_text=clean_text))


def analyze_many(
    documents: Iterable[Document],
    *,
    actors: ActorConfig | None = None,
    scorer: str | StanceScorer = DEFAULT_SCORER,
    clean_text: bool = True,
) -> Iterator[ArticleAnalysis]:
    """Analyse articles one after another, loading the heavy resources once."""
    config = actors or ActorConfig()
    stance_scorer = get_scorer(scorer) if isinstance(scorer, str) else scorer
    for document in documents:
        yield _analyze_one(document, config=config, scorer=stance_scorer, clean_text=clean_text)


def bounded_paragraphs(paragraphs: Sequence[Paragraph], text: str) -> tuple[Paragraph, ...]:
    """Cut paragraphs over ``MAX_PARAGRAPH_CHARS`` at sentence ends (or whitespace) and renumber."""
    out: list[Paragraph] = []
    for p in paragraphs:
        if p.end - p.start <= MAX_PARAGRAPH_CHARS:
            out.append(replace(p, index=len(out)))
            continue
        start = p.start
        while start < p.end:
            stop = min(p.end, start + MAX_PARAGRAPH_CHARS)
            if stop < p.end:
                window = text[start:stop]
                ends = SENTENCE_END.finditer(window, MAX_PARAGRAPH_CHARS // 2)
                cut = max((m.end() for m in ends), default=0) or window.rfind(" ") + 1
                stop = start + cut if cut > 0 else stop
            piece = text[start:stop].strip()
            if piece:
                lead = len(text[start:stop]) - len(text[start:stop].lstrip())
                s = start + lead
                out.append(Paragraph(index=len(out), start=s, end=s + len(piece), text=piece))
            start = stop
    return tuple(out)


def _analyze_one(
    document: Document, *, config: ActorConfig, scorer: StanceScorer, clean_text: bool = True
) -> ArticleAnalysis:
    cleaned = clean(document.text) if clean_text else Cleaned(text=document.text.strip())
    text = cleaned.text
    paragraphs = bounded_paragraphs(split_paragraphs(text), text)
    # Parsed as a stream in small batches: a parsed Doc is small, but the parser's working memory
    # grows with the batch (spaCy's default of 256 paragraphs peaked near 400 MB on one article).
    parsed = load_nlp().pipe((p.text for p in paragraphs), batch_size=PIPE_BATCH)

    docs: list[Doc] = []
    with_sents: list[Paragraph] = []
    next_sentence = 0
    for paragraph, doc in zip(paragraphs, parsed, strict=True):
        docs.append(doc)  # resolve_mentions joins names across paragraphs: it needs them all
        sentences = sentences_from_doc(doc, paragraph, first_index=next_sentence)
        next_sentence += len(sentences)
        with_sents.append(with_sentences(paragraph, sentences))

    resolution = resolve_mentions(docs, with_sents, config=config)
    stances, scored_mentions = _stances(docs, with_sents, resolution.mentions, scorer=scorer)
    results = tuple(
        ParagraphAnalysis(
            paragraph=paragraph,
            sentiment=paragraph_sentiment([s.text for s in paragraph.sentences]),
            mentions=mentions,
            stances=paragraph_stances,
        )
        for paragraph, mentions, paragraph_stances in zip(
            with_sents, scored_mentions, stances, strict=True)
    )
    return ArticleAnalysis(
        name=document.name,
        title=document.title or _title_from(paragraphs) or document.name or NO_TITLE,
        source=document.source,
        published=document.published,
        url=document.url,
        fmt=document.fmt,
        content_hash=content_hash(text),
        text=text,
        removed=cleaned.removed,
        paragraphs=results,
        actors=resolution.actors,
    )


def _stances(
    docs: Sequence[Doc],
    paragraphs: Sequence[Paragraph],
    mentions: Sequence[Sequence[Mention]],
    *,
    scorer: StanceScorer,
) -> tuple[list[tuple[Stance, ...]], list[tuple[Mention, ...]]]:
    """Score every mention of the article in one call, then aggregate per paragraph and actor.

    Also returns the mentions with their probabilities (``Mention.probs``), so the store keeps
    what ``aggregate`` needs to combine actors that a later merge joins.
    """
    targets = [
        [Target(m.actor, m.start - p.start, m.end - p.start) for m in paragraph_mentions]
        for p, paragraph_mentions in zip(paragraphs, mentions, strict=True)
    ]
    scored = scorer.score_many([(doc, t) for doc, t in zip(docs, targets, strict=True) if t])
    article_wide: dict[str, list[MentionScore]] = {}
    for mention in (m for paragraph_scores in scored for m in paragraph_scores):
        article_wide.setdefault(mention.target.actor, []).append(mention)
    context = {actor: mean_probs(actor_scores) for actor, actor_scores in article_wide.items()}
    per_paragraph = iter(scored)
    out: list[tuple[Stance, ...]] = []
    with_probs: list[tuple[Mention, ...]] = []
    for paragraph, paragraph_targets, paragraph_mentions in zip(
            paragraphs, targets, mentions, strict=True):
        if not paragraph_targets:
            out.append(())
            with_probs.append(tuple(paragraph_mentions))
            continue
        paragraph_scores = next(per_paragraph)
        # one score per target, in order (the scorer contract): the i-th is the i-th mention's
        with_probs.append(tuple(replace(m, probs=s.probs) for m, s in zip(
            paragraph_mentions, paragraph_scores, strict=True)))
        by_actor: dict[str, list[MentionScore]] = {}
        for s in paragraph_scores:
            by_actor.setdefault(s.target.actor, []).append(s)
        first_sentence = paragraph.sentences[0].index if paragraph.sentences else 0
        out.append(tuple(
            aggregate(actor, actor_scores, scorer=scorer.name, char_offset=paragraph.start,
                      sentence_offset=first_sentence, context=context[actor])
            for actor, actor_scores in by_actor.items()
        ))
    return out, with_probs


def _title_from(paragraphs: Sequence[Paragraph]) -> str | None:
    if not paragraphs:
        return None
    first = " ".join(paragraphs[0].text.split())
    return first if len(first) <= TITLE_CHARS else first[: TITLE_CHARS - 1].rstrip() + "…"
