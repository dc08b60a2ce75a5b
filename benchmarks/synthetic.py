"""Synthetic but well-formed analyses, to fill a store fast (no spaCy, no VADER).

``fill_store(store, 2000)`` stores 2,000 articles of ~20 paragraphs with ~5 actors each in a few
seconds, for benchmarks and for dashboard tests that need a big store. Every offset is real:
``text[x.start:x.end] == x.text`` holds for paragraphs, sentences, mentions and cues.

With ``tail=True`` each article also names a few actors of a long tail, as real news does
(the sample articles name 12 actors each, half of them once): 2 to 5 more people, each in one
or two sentences, half of them from a pool of ``TAIL_POOL`` recurring names drawn with Zipf
weights and half named in that article alone, so a 10^5-article store holds ~10^5 actors
rather than the core cast's 12.

``python -m benchmarks.synthetic --articles 2000`` fills a temporary store and prints how long
adding and loading each frame took.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from analysis.types import (
    LABELS,
    Actor,
    ActorKind,
    ArticleAnalysis,
    Cue,
    Evidence,
    Label,
    Mention,
    Paragraph,
    ParagraphAnalysis,
    Removal,
    Sentence,
    Sentiment,
    Stance,
)
from store.core import Store

ACTORS: tuple[Actor, ...] = (
    Actor("Ukraine", ActorKind.COUNTRY),
    Actor("Russia", ActorKind.COUNTRY),
    Actor("United States", ActorKind.COUNTRY),
    Actor("China", ActorKind.COUNTRY),
    Actor("European Union", ActorKind.ORGANIZATION),
    Actor("NATO", ActorKind.ORGANIZATION),
    Actor("United Nations", ActorKind.ORGANIZATION),
    Actor("Ada Lindqvist", ActorKind.PERSON),
    Actor("Tomas Brenner", ActorKind.PERSON),
    Actor("Mara Okonjo", ActorKind.PERSON),
    Actor("farmers' unions", ActorKind.GROUP),
    Actor("rebels", ActorKind.GROUP),
)
OUTLETS = ("Harbour Gazette", "Northern Ledger", "Valley Post", "Coastline Wire", "Metro Daily",
           "The Plain Record")
TOPICS = ("grain exports", "energy prices", "the border talks", "sanctions", "the ceasefire",
          "a trade deal", "the aid package", "the summit")
# (phrase, weight): a cue word and how it pushes the stance.
CUES = (("praised", 0.6), ("welcomed", 0.5), ("backed", 0.4), ("met", 0.0), ("criticised", -0.6),
        ("accused", -0.7), ("threatened", -0.8), ("questioned", -0.3))
FILLERS = ("Officials said the talks would continue next week.",
           "Analysts expect little change before the vote.",
           "The figures were published on Monday.",
           "Markets barely moved after the announcement.",
           "Further details were not released.")



#: Given names and surnames the tail's recurring people are made of (``TAIL_POOL`` of them).
_GIVEN = ("Ana", "Bo", "Cyril", "Dana", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana", "Kofi",
          "Lena", "Milo", "Nadia", "Oskar", "Petra", "Quinn", "Rosa", "Stefan", "Tara")
_SURNAMES = tuple(f"{a}{b}" for a in ("Ber", "Dal", "Fen", "Hol", "Kar", "Lun", "Mor", "Nor",
                                      "Pet", "Sal", "Tor", "Vin", "Wes", "Zel", "Ask")
                  for b in ("berg", "sson", "ova", "enko", "ardi", "ström", "ski", "ley",
                            "dottir", "ani", "ez", "ov", "ers", "wick", "ach", "mond", "ue"))
TAIL_POOL = len(_GIVEN) * len(_SURNAMES)
#: Each recurring tail name's weight: the k-th most frequent is named 1/k as often.
_TAIL_WEIGHTS = tuple(1 / (k + 1) for k in range(TAIL_POOL))
#: How many tail people an article names, and the share of its sentences about them.
TAIL_PEOPLE = (2, 5)
TAIL_SHARE = 0.15


def _tail(rng: random.Random, number: int) -> list[Actor]:
    """The long-tail people of article ``number``: recurring names and names of its own."""
    people = []
    for j in range(rng.randint(*TAIL_PEOPLE)):
        if rng.random() < 0.5:
            k, = rng.choices(range(TAIL_POOL), weights=_TAIL_WEIGHTS)
            name = f"{_GIVEN[k % len(_GIVEN)]} {_SURNAMES[k // len(_GIVEN)]}"
        else:
            name = f"{_GIVEN[j % len(_GIVEN)]} Witness-{number}-{j}"
        people.append(Actor(name, ActorKind.PERSON))
    return list(dict.fromkeys(people))


def _probs(weight: float) -> tuple[float, float, float]:
    """Probabilities whose score (P(positive) - P(negative)) is ``weight``, within [-1, 1]."""
    w = max(-1.0, min(1.0, weight))
    return (max(0.0, -w), 1 - abs(w), max(0.0, w))

def _article(rng: random.Random, number: int, start_day: date, *,
             body_paragraphs: tuple[int, int], tail: bool) -> tuple[ArticleAnalysis, str]:
    outlet = rng.choice(OUTLETS)
    topic = rng.choice(TOPICS)
    cast = rng.sample(ACTORS, k=rng.randint(5, 7))
    # drawn only with a tail, so the articles without one stay as they were for every seed
    people = _tail(rng, number) if tail else []
    title = f"{cast[0].name} and {cast[1].name} at odds over {topic} ({number})"
    published = (start_day + timedelta(days=rng.randint(0, 365))).isoformat()
    # the headline is the first paragraph, as readers keep it
    pieces: list[tuple[str, list[tuple[Actor, Actor, str, float] | None]]] = [(title, [None])]
    for _ in range(rng.randint(*body_paragraphs)):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            if rng.random() < 0.9:
                subject, target = rng.sample(cast, k=2)
                if people and rng.random() < TAIL_SHARE:
                    subject = rng.choice(people)
                verb, weight = rng.choice(CUES)
                sentences.append((subject, target, verb, weight))
            else:
                sentences.append(None)
        pieces.append(("", sentences))
    text_parts: list[str] = []
    paragraphs: list[ParagraphAnalysis] = []
    cursor = 0
    sentence_index = 0
    for p_index, (fixed, sentences) in enumerate(pieces):
        if p_index:
            cursor += 2  # the "\n\n" between paragraphs
        p_start = cursor
        p_sentences: list[Sentence] = []
        mentions: list[Mention] = []
        scored: dict[str, list[tuple[float, Cue, int]]] = {}
        chunks: list[str] = []
        for s in sentences:
            if chunks:
                chunks.append(" ")
                cursor += 1
            s_start = cursor
            if fixed:
                s_text = fixed
            elif s is None:
                s_text = rng.choice(FILLERS)
            else:
                subject, target, verb, weight = s
                s_text = f"{subject.name} {verb} {target.name} over {topic}."
                a_end = s_start + len(subject.name)
                v_start = a_end + 1
                t_start = v_start + len(verb) + 1
                # each mention's probabilities carry its weight, as a scorer's would: a merge
                # re-aggregates them (store.folding)
                mentions.append(Mention(subject.name, s_start, a_end, subject.name, p_index,
                                        sentence_index, probs=_probs(weight / 3)))
                mentions.append(Mention(target.name, t_start, t_start + len(target.name),
                                        target.name, p_index, sentence_index,
                                        probs=_probs(weight)))
                cue = Cue(v_start, v_start + len(verb), verb, weight, "word")
                scored.setdefault(target.name, []).append((weight, cue, sentence_index))
                scored.setdefault(subject.name, []).append((weight / 3, cue, sentence_index))
            chunks.append(s_text)
            p_sentences.append(Sentence(sentence_index, s_start, s_start + len(s_text), s_text))
            cursor += len(s_text)
            sentence_index += 1
        p_text = "".join(chunks)
        text_parts.append(p_text)
        compound = max(-1.0, min(1.0, rng.gauss(0.0, 0.4)))
        pos, neg = max(0.0, compound) * 0.5, max(0.0, -compound) * 0.5
        sentiment = Sentiment(round(compound, 4), round(pos, 3), round(1 - pos - neg, 3),
                              round(neg, 3), Label.POSITIVE if compound >= 0.05
                              else Label.NEGATIVE if compound <= -0.05 else Label.NEUTRAL)
        stances = []
        for actor, hits in scored.items():
            score = max(-1.0, min(1.0, sum(w for w, _, _ in hits) / len(hits)
                                  + rng.uniform(-0.15, 0.15)))
            probs = (max(0.0, -score), 1 - abs(score), max(0.0, score))
            stances.append(Stance(
                actor=actor, score=round(score, 4),
                label=LABELS[max(range(3), key=lambda i: probs[i])],
                confidence=round(max(probs), 4),
                evidence=Evidence(sentences=tuple(sorted({i for _, _, i in hits})),
                                  cues=tuple(c for _, c, _ in hits)),
                mentions=len(hits), scorer="synthetic"))
        paragraphs.append(ParagraphAnalysis(
            paragraph=Paragraph(p_index, p_start, p_start + len(p_text), p_text,
                                tuple(p_sentences)),
            sentiment=sentiment, mentions=tuple(mentions), stances=tuple(stances)))
    text = "\n\n".join(text_parts)
    credit = f"Photo: staff photographer / {outlet}"  # page junk that cleaning dropped
    raw_text = credit + "\n" + text
    content_hash = hashlib.sha256(text.encode()).hexdigest()
    scored = {s.actor for p in paragraphs for s in p.stances}  # a tail person may go unscored
    analysis = ArticleAnalysis(
        name=f"synthetic-{number:05d}.txt", title=title, source=outlet, published=published,
        url=f"https://example.org/{number}", fmt="txt", content_hash=content_hash, text=text,
        removed=(Removal(0, len(credit), credit, "credit"),), paragraphs=tuple(paragraphs),
        actors=(*cast, *(p for p in people if p.name in scored)))
    return analysis, raw_text


def synthetic_articles(n_articles: int, *, seed: int = 0,
                       body_paragraphs: tuple[int, int] = (15, 25), tail: bool = False,
                       ) -> Iterator[tuple[ArticleAnalysis, str]]:
    """``(analysis, raw_text)`` pairs with a headline and ``body_paragraphs`` (lowest, highest)
    paragraphs each, and with ``tail`` a long tail of actors; the same ``seed`` gives the same
    articles."""
    rng = random.Random(seed)
    start_day = date(2024, 1, 1)
    for number in range(n_articles):
        yield _article(rng, seed * 1_000_000 + number, start_day,
                       body_paragraphs=body_paragraphs, tail=tail)


def fill_store(store: Store, n_articles: int, *, seed: int = 0, batch: int = 250,
               tail: bool = False) -> list[int]:
    """Add ``n_articles`` synthetic articles (``batch`` per transaction, with ``tail`` a long
    tail of actors); return their ids."""
    ids: list[int] = []
    items = synthetic_articles(n_articles, seed=seed, tail=tail)
    while True:
        chunk = [item for _, item in zip(range(batch), items, strict=False)]
        if not chunk:
            return ids
        ids.extend(r.article_id for r in store.add_many(chunk))


def fill_up_to(store: Store, n_articles: int, *, batch: int = 500, tail: bool = False) -> int:
    """Add synthetic articles (with ``tail`` a long tail of actors) until ``store`` has
    ``n_articles``; return how many it has.

    A store that already has them is used as it is, so a benchmark can be rerun on it.
    """
    have = store.count_articles()
    if have < n_articles:
        # a seed of its own, so the added articles never repeat the stored ones
        fill_store(store, n_articles - have, seed=have, batch=batch, tail=tail)
    return store.count_articles()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synthetic",
                                     description="Time the store's frames on synthetic articles.")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp) / "bench.sqlite3")
        t0 = time.perf_counter()
        fill_store(store, args.articles)
        print(f"fill_store({args.articles}): {time.perf_counter() - t0:.2f} s")
        for frame in ("articles_frame", "paragraphs_frame", "stances_frame"):
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                rows = len(getattr(store, frame)())
                times.append(time.perf_counter() - t0)
            print(f"{frame}: {rows} rows, best {min(times):.3f} s of {args.repeat}")
        store.rename_actor("United States", "USA")
        store.merge_actors("NATO", "European Union")
        store.hide_actor("rebels")
        t0 = time.perf_counter()
        rows = len(store.stances_frame())
        print(f"stances_frame with 3 edits: {rows} rows, {time.perf_counter() - t0:.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
