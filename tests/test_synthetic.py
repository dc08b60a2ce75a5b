"""The benchmarks' synthetic corpus (``benchmarks.synthetic``): well-formed analyses, and with
``tail=True`` a long tail of actors beside the core cast, as real news has."""

from __future__ import annotations

from collections import Counter

from analysis.types import ActorKind
from benchmarks.synthetic import ACTORS, TAIL_PEOPLE, synthetic_articles

CORE = {a.name for a in ACTORS}


def test_every_span_of_a_tail_article_is_its_text() -> None:
    for analysis, _ in synthetic_articles(20, seed=4, tail=True):
        text = analysis.text
        for p in analysis.paragraphs:
            assert text[p.paragraph.start:p.paragraph.end] == p.paragraph.text
            for m in p.mentions:
                assert text[m.start:m.end] == m.text
        scored = {s.actor for p in analysis.paragraphs for s in p.stances}
        assert scored <= {a.name for a in analysis.actors}  # every scored actor is listed


def test_the_tail_adds_people_named_once_and_recurring_names() -> None:
    counts: Counter[str] = Counter()
    extra = []
    for analysis, _ in synthetic_articles(300, seed=5, tail=True):
        people = [a for a in analysis.actors if a.name not in CORE]
        assert len(people) <= TAIL_PEOPLE[1]
        assert all(a.kind is ActorKind.PERSON for a in people)
        extra.append(len(people))
        counts.update(a.name for a in people)
    assert sum(extra) / len(extra) > 1.5  # most of each article's tail people are scored
    recurring = [n for n, c in counts.items() if c > 1]
    once = [n for n, c in counts.items() if c == 1]
    assert recurring and len(once) > len(recurring)  # a long tail: most named once
    assert max(counts.values()) >= 5  # the Zipf pool's head recurs


def test_no_tail_leaves_the_corpus_as_it_was() -> None:
    # the tail draws its random numbers only when asked: every seed's plain corpus is unchanged,
    # so the stores and tests built on it are too
    plain = list(synthetic_articles(5, seed=8))
    assert plain == list(synthetic_articles(5, seed=8, tail=False))
    # pinned from the corpus as it was before the tail existed (c3c0315): titles and row count
    assert [a.title for a, _ in plain[:2]] == [
        "United States and China at odds over a trade deal (8000000)",
        "farmers' unions and rebels at odds over a trade deal (8000001)"]
    assert sum(len(p.stances) for a, _ in plain for p in a.paragraphs) == 465
    assert all({a.name for a in analysis.actors} <= CORE for analysis, _ in plain)
    tailed = list(synthetic_articles(5, seed=8, tail=True))
    assert any({a.name for a in analysis.actors} - CORE for analysis, _ in tailed)
