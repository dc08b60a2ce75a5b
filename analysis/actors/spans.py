"""What the passes of ``resolve_mentions`` share: a candidate mention (``_Cand``) and a
paragraph with its candidates (``_Para``), the candidate priorities, the token helpers that read
the words around a name, and the word lists and patterns more than one module reads. The words
each pass reads alone stay with it."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from analysis import gazetteer
from analysis.references import Named
from analysis.types import ActorKind, Mention, Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: How a mention was found (``Mention.via``): its name, a configured alias, the surname or the
#: first name of a full name in the article, a titled surname, a demonym, a capital or seat of
#: government, a description ("the Ukrainian president") or a pronoun.
VIAS: tuple[str, ...] = ("name", "alias", "surname", "first_name", "title", "demonym", "capital",
                         "description", "pronoun")

#: What spaCy's label makes an entity the gazetteer does not know: every country is in the
#: gazetteer, so an unknown GPE is a city, a region or a state, a place.
ENTITY_KINDS: dict[str, ActorKind] = {
    "PERSON": ActorKind.PERSON,
    "GPE": ActorKind.PLACE,
    "LOC": ActorKind.PLACE,
    "ORG": ActorKind.ORGANIZATION,
    "NORP": ActorKind.GROUP,
}

_ARTICLES: frozenset[str] = frozenset({"the", "The", "THE"})
_POSSESSIVE: frozenset[str] = frozenset({"'s", "’s", "'", "’", "'S", "’S"})
#: "âs" is a possessive whose apostrophe is mojibake the reader could not repair ("Kellyâs":
#: UTF-8 "’" read as cp1252, its two control bytes dropped); no name ends so.
_POSSESSIVE_ENDS: tuple[str, ...] = ("'s", "’s", "\u00e2s")
_BODY_KINDS: frozenset[ActorKind] = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})
_ADJECTIVE_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod", "npadvmod"})
_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: Quotation marks around a name: the title of a work ("“Hamilton”"), not an actor.
_OPEN_QUOTES: frozenset[str] = frozenset({"“", '"', "‘"})
_CLOSE_QUOTES: frozenset[str] = frozenset({"”", '"', "’"})

# Candidate priorities: lower wins an overlap.
_P_CONFIG = 0
_P_NOISE = 1
_P_GAZETTEER = 2
_P_ENTITY = 3


@dataclass(slots=True)
class _Cand:
    """A candidate mention; offsets relative to the paragraph text."""

    start: int
    end: int
    actor: str
    kind: ActorKind
    via: str
    priority: int
    noise: bool = False
    person: str = ""  # a person's name without title, for the surname join
    titled: bool = False  # a title precedes the name inside the span
    bare: tuple[int, int] | None = None  # the span without its title, if the titled one clashes
    from_entity: bool = False
    abbreviation: bool = False  # a state's short form ("Calif."), kept only beside its name
    formal: bool = False  # a state's formal name ("Republic of Veldora"): the short name's country
    animal: bool = False  # an animal's name ("a cat named Rex"): noise, and so is the name alone


@dataclass(slots=True)
class _Para:
    paragraph: Paragraph
    doc: Doc
    cands: list[_Cand] = field(default_factory=list)
    taken: bytearray = field(default_factory=bytearray)


def _named(paras: Sequence[_Para]) -> list[list[Named]]:
    return [[Named(c.start, c.end, c.actor, c.kind) for c in para.cands if not c.noise]
            for para in paras]


#: One word run together from capitalised words, the first of four letters or more
#: ("ContextMedia", "GrowthLab"): a company's or a brand's name, never a person's. Surnames
#: written so open with a particle ("VanderMeer", "FitzGerald", "DellaVolpe", "MacKenzie").
_RUN_TOGETHER = re.compile(r"(?!Van|Fitz|Della|Mac)[A-Z][a-z]{3,}(?:[A-Z][a-z]+)+")


def _next_word(doc: Doc, i: int) -> Token | None:
    """The first token from ``i`` on that is not a space (a corpus's doubled spaces are)."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return doc[i] if i < len(doc) else None


def _word_before(doc: Doc, i: int) -> Token | None:
    """The last token before ``i`` that is not a space."""
    i -= 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i] if i >= 0 else None


def _mention(actor: str, start: int, end: int, p: Paragraph, starts: list[int],
             via: str) -> Mention:
    # sentence by character offset; -1 only when the paragraph came without sentences
    sentence = p.sentences[max(bisect.bisect_right(starts, start) - 1, 0)].index if starts else -1
    return Mention(actor=actor, start=start, end=end, text=p.text[start - p.start:end - p.start],
                   paragraph=p.index, sentence=sentence, via=via)


#: Titles that make one capitalised word after them a person's surname even inside another
#: entity ("Congresswoman Gabbard" tagged ORG); other titles also open names of things
#: ("General Electric", "King Kong"), so after them only a full name counts.
_SURNAME_TITLES: frozenset[str] = gazetteer.HONORIFICS | frozenset(
    {"Congressman", "Congresswoman", "Senator", "Sen", "Sen.", "Rep", "Rep.", "Representative",
     "Governor", "Gov", "Gov.", "Mayor", "President", "Minister", "Premier", "Chancellor",
     "Ambassador", "Secretary", "Spokesman", "Spokeswoman", "Speaker", "Ayatollah", "Sheikh",
     "Sheriff"})
#: Marks inside a title: "Governor-Elect".
_TITLE_JOINERS: frozenset[str] = frozenset({"-", "–"})


def _name_word(tok: Token) -> bool:
    """A word that can be part of a name: a capitalised proper noun, not in capitals throughout
    (credits and datelines are)."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper()


def _first_conjunct(tok: Token) -> Token:
    """The first of the words ``tok`` is joined to by "and" or "or" ("Kedzie" of "Kedzie and
    Montrose"; spaCy hangs each later conjunct on the one before it), or ``tok`` itself."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    return tok


def _one_line(name: str) -> str:
    """A name as written on one line: a line break inside "United\nStates" is a space."""
    return " ".join(name.split()) if ("\n" in name or "  " in name or "\t" in name) else name


def _is_title_or_demonym(word: str) -> bool:
    if (word in gazetteer.TITLES or word in gazetteer.TITLE_MODIFIERS
            or word in gazetteer.SINGULAR_DEMONYMS):
        return True
    entry = gazetteer.lookup(word)
    return entry is not None and entry.via == "demonym"


def _title_run(doc: Doc, first: int) -> int:
    """Start of the title written just before token ``first`` ("Prime Minister"), or ``first``."""
    i = first
    has_title = False
    while i > 0 and first - i < 4:
        word = doc[i - 1].text
        if word in gazetteer.TITLES:
            has_title = True
        elif word not in gazetteer.TITLE_MODIFIERS:
            break
        i -= 1
    if not has_title:
        return first
    while i < first and not doc[i].text[0].isupper():  # "of" cannot open a title
        i += 1
    return i


#: The outlet nouns no person's name comes before ("Handelsblatt newspaper"; "the Soros network"
#: and "a Trump channel" may be a person's): the name is the outlet's, whatever spaCy tags it.
_PAPER_NOUNS: frozenset[str] = frozenset({"newspaper", "magazine", "broadcaster", "tabloid"})


def _before_spaces(doc: Doc, i: int) -> int:
    """The last token from ``i`` back that is not spaces (-1 when none is)."""
    while i >= 0 and doc[i].is_space:
        i -= 1
    return i


def _after_spaces(doc: Doc, i: int) -> int:
    """The first token from ``i`` on that is not spaces."""
    while i < len(doc) and doc[i].is_space:
        i += 1
    return i


#: "the " right before a name: "the Post" is an outlet, "a Times Magazine article" is not.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _mention_counts(paras: Sequence[_Para]) -> dict[str, int]:
    """How many candidates each actor has in the article, noise left out."""
    count: dict[str, int] = {}
    for para in paras:
        for c in para.cands:
            if not c.noise:
                count[c.actor] = count.get(c.actor, 0) + 1
    return count


#: One name of a list spaCy tagged as one entity: capitalised words, with the small words a
#: body's or a place's name holds between them ("University of Santo Tomas", "La Libertad").
_LIST_ITEM = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|the|de|del|la|da|do)\s+)*[A-Z][\w'’.-]*){0,5}"
#: A list of names joined by commas (and a last "and"): "Amazonas, Ancash, Arequipa",
#: "Mizan, Motaleb and Noor", "Marcos, University of Santo Tomas Department".
LISTED_NAMES = re.compile(
    rf"{_LIST_ITEM}(?:\s*,\s*{_LIST_ITEM})+(?:\s*,?\s+and\s+{_LIST_ITEM})?")
_LIST_PART = re.compile(_LIST_ITEM)


def listed_names(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The names (their offsets) of the list spaCy tagged as one entity at ``text[start:end]``
    (``LISTED_NAMES``), or [] when it is no such list."""
    if "&" in text[start:end] or LISTED_NAMES.fullmatch(text, start, end) is None:
        return []
    return [(m.start(), m.end()) for m in _LIST_PART.finditer(text, start, end)]
