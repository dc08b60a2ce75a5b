"""Records passed between the analysis steps.

Every step takes and returns frozen dataclasses defined here, never dicts, so the contract between
steps is in one place. Offsets are character offsets, ``end`` exclusive:

* ``Document.text`` is the decoded text as read (newlines normalised to ``\\n``);
  ``Removal`` offsets point into it.
* ``Cleaned.text`` is the article after cleaning; ``Paragraph``, ``Sentence``, ``Mention`` and
  ``Cue`` offsets point into it, so ``text[x.start:x.end] == x.text`` for each of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class Label(StrEnum):
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"


#: Order of the probability triples used everywhere (``probs[0]`` is P(negative)).
LABELS: tuple[Label, Label, Label] = (Label.NEGATIVE, Label.NEUTRAL, Label.POSITIVE)


class ActorKind(StrEnum):
    PERSON = "person"
    COUNTRY = "country"
    ORGANIZATION = "organization"
    GROUP = "group"  # NORP-like collectives: rebels, separatists, a party's members
    PLACE = "place"  # a city, a state or province, a region: shown, never folded into a country


@dataclass(frozen=True, slots=True)
class Document:
    """One article as a reader produced it, before cleaning."""

    name: str  # where it came from: a file name, "file.csv#row=3", or "pasted text"
    text: str
    fmt: str  # txt, md, html, pdf, docx, csv, jsonl, pasted
    title: str | None = None
    source: str | None = None  # the outlet
    published: str | None = None  # ISO date, YYYY-MM-DD
    url: str | None = None


@dataclass(frozen=True, slots=True)
class Removal:
    """A stretch of the raw text that cleaning dropped, and why (see ``clean.REASONS``)."""

    start: int
    end: int
    text: str
    reason: str


@dataclass(frozen=True, slots=True)
class Cleaned:
    text: str
    removed: tuple[Removal, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int  # position in the article, from 0
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Paragraph:
    index: int
    start: int
    end: int
    text: str
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True, slots=True)
class Actor:
    name: str  # canonical name, the key every other record uses
    kind: ActorKind
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    actor: str  # canonical name
    start: int
    end: int
    text: str
    paragraph: int
    sentence: int  # article-level sentence index
    via: str = "name"  # how it was found: ``analysis.actors.VIAS``
    #: The stance scorer's (P(negative), P(neutral), P(positive)) for this mention, None before
    #: scoring (and for articles stored before the store kept them). Kept so that stances can be
    #: re-aggregated with ``analysis.stance.base.aggregate`` when a merge joins two actors.
    probs: tuple[float, float, float] | None = None


@dataclass(frozen=True, slots=True)
class Sentiment:
    compound: float
    pos: float
    neu: float
    neg: float
    label: Label


@dataclass(frozen=True, slots=True)
class Cue:
    """A word or phrase that pushed a stance score; ``weight`` < 0 pushes it down."""

    start: int
    end: int
    text: str
    weight: float
    kind: str = "word"  # word, accusation, threat, praise, cooperation, conflict, quote, ...


@dataclass(frozen=True, slots=True)
class Evidence:
    sentences: tuple[int, ...] = ()  # article-level sentence indices
    cues: tuple[Cue, ...] = ()


@dataclass(frozen=True, slots=True)
class Stance:
    actor: str
    score: float  # in [-1, 1]: P(positive) - P(negative)
    label: Label
    confidence: float  # in [0, 1]
    evidence: Evidence = field(default_factory=Evidence)
    mentions: int = 0
    scorer: str = ""


@dataclass(frozen=True, slots=True)
class ParagraphAnalysis:
    paragraph: Paragraph
    sentiment: Sentiment
    mentions: tuple[Mention, ...] = ()
    stances: tuple[Stance, ...] = ()


@dataclass(frozen=True, slots=True)
class ArticleAnalysis:
    name: str
    title: str
    source: str | None
    published: str | None
    url: str | None
    fmt: str
    content_hash: str  # sha256 of the normalised cleaned text, for de-duplication
    text: str  # the cleaned text all offsets point into
    removed: tuple[Removal, ...]
    paragraphs: tuple[ParagraphAnalysis, ...]
    actors: tuple[Actor, ...]  # the actors mentioned, visible ones only
