"""Mentions that do not say the name: pronouns, quote speakers and descriptions.

Given the named mentions of an article (``Named``, paragraph offsets), this module finds:

* **descriptions** ("the Ukrainian president", "the senator", "the ministry"): a role noun after
  "the" goes to the one person (or organisation) the article has already given that role, by a
  title before the name ("President Volodymyr Zelensky", "Russian leader Vladimir Putin"), an
  apposition ("Amara Okafor, the finance minister") or its name ("the Ministry of Energy").
  A demonym in the description must agree with the country named beside the person.
* **pronouns** (he/she/him/his/her, they/them/their): the person named before it in the
  paragraph (or, when none is, in the previous one) whose gender agrees. Gender comes from a
  title ("Mr", "Queen"), the given name (``analysis/data/first_names.json``), a gendered role
  noun, or the first pronoun attached while the person was the only one in reach. "They" goes to
  the one group in reach. Two that agree: the one that is the subject of the pronoun's clause
  ("Lugo said he would stay"; an object pronoun skips its own verb's subject); the subject of a
  speech verb ("…," he said) goes to the last speaker among them (a speaker is also found by
  the words where the parse broke: "… Gregory Smith said"); else the person the story is about,
  when named at least three times and twice as often as the others; else nothing (a person of
  unknown gender agrees with either pronoun). When nobody in reach agrees, the person (or
  group) named most so far takes it, if named at least twice and more often than anyone else
  who agrees. A he/she inside quotation marks speaks of someone other than the speaker: it
  goes to the person the story is about (as above) unless that person speaks the quotation or
  a "he said" outside it leaves the speaker open; other quoted pronouns are skipped.

The word lists live in ``analysis/data/references.json``. Everything is one pass over the tokens,
linear in the article; no coreference model is used (the ones on PyPI need downloads).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources import files
from typing import TYPE_CHECKING

from analysis import gazetteer
from analysis.names import GIVEN_NAMES, given_name_gender
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DATA = json.loads(files("analysis").joinpath("data", "references.json")
                   .read_text(encoding="utf-8"))

#: Pronoun -> (gender "m"/"f"/"", number "sg"/"pl").
PRONOUNS: dict[str, tuple[str, str]] = {k: (v[0], v[1]) for k, v in _DATA["pronouns"].items()}
#: Titles that say a person's gender.
GENDERED_TITLES: dict[str, str] = dict(_DATA["gendered_titles"])
#: Lemmas whose subject speaks.
SPEECH_VERBS: frozenset[str] = frozenset(_DATA["speech_verbs"])
#: Role nouns that describe a person -> the gender the word carries ("" for none).
PERSON_ROLES: dict[str, str] = dict(_DATA["person_roles"])
#: Role nouns that describe an organisation or a group.
BODY_ROLES: frozenset[str] = frozenset(_DATA["body_roles"])
#: Nouns that make a capital after them its government ("officials in Ankara").
GOVERNMENT_NOUNS: frozenset[str] = frozenset(_DATA["government_nouns"])
#: Nouns of going somewhere: "a visit to Kyiv" names a place, "a message to Moscow" the government.
MOVEMENT_NOUNS: frozenset[str] = frozenset(_DATA["movement_nouns"])
#: Verbs whose object, a seat of government that is a building, is the office it houses
#: ("winning the White House"): the presidency, no actor.
OFFICE_VERBS: frozenset[str] = frozenset(_DATA["office_verbs"])
#: Nouns whose building after "for" or "to" is that office ("a bid for the White House").
OFFICE_NOUNS: frozenset[str] = frozenset(_DATA["office_nouns"])
#: Nouns that make a demonym before them a group of its own ("the Cambodian opposition").
OPPOSITION_NOUNS: frozenset[str] = frozenset(_DATA["opposition_nouns"])
#: A quotation, straight or curly: a pronoun inside one speaks of someone else.
QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"")
#: Paragraph openings that continue a quotation from the paragraph before.
_QUOTE_OPENERS: tuple[str, ...] = ("“", '"', "‘")
_PERSONAL_TAGS: frozenset[str] = frozenset({"PRP", "PRP$"})
_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: Modifiers a description may carry between "the" and its noun ("the former Ukrainian ...").
_DESCRIPTION_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod", "npadvmod"})
_TITLE_LOOKBACK = 4  # tokens before a name read for its title and country


@dataclass(frozen=True, slots=True)
class Named:
    """A mention of an actor in one paragraph (offsets into the paragraph text)."""

    start: int
    end: int
    actor: str
    kind: ActorKind


@dataclass(slots=True)
class Profile:
    """What the article says about an actor: its gender, its roles and its countries."""

    gender: str = ""
    roles: set[str] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)


def _span_tokens(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return (span.start, span.end) if span is not None and len(span) else None


def build_profiles(docs: Sequence[Doc], named: Sequence[Sequence[Named]]) -> dict[str, Profile]:
    """Roles, countries and gender of every person and body, from the words around its names."""
    profiles: dict[str, Profile] = {}
    for doc, mentions in zip(docs, named, strict=True):
        for m in mentions:
            if m.kind not in (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GROUP):
                continue
            tokens = _span_tokens(doc, m.start, m.end)
            if tokens is None:
                continue
            profile = profiles.setdefault(m.actor, Profile())
            first, last = tokens
            if m.kind is ActorKind.PERSON:
                _read_person(doc, first, last, m.actor, profile)
            else:
                profile.roles.update(w.lower() for w in m.actor.split()
                                     if w.lower() in BODY_ROLES)
            _read_apposition(doc, first, last, profile)
    return profiles


def _read_person(doc: Doc, first: int, last: int, actor: str, profile: Profile) -> None:
    if not profile.gender:
        profile.gender = given_name_gender(actor)
    lead = first  # the words just before the name, in its sentence, up to a punctuation mark
    while lead > 0 and first - lead < _TITLE_LOOKBACK and not doc[lead].is_sent_start \
            and not doc[lead - 1].is_punct:
        lead -= 1
    for i in range(lead, last):
        tok = doc[i]
        if i >= first and tok.text in GIVEN_NAMES:
            break
        word = tok.text
        if word in GENDERED_TITLES and not profile.gender:
            profile.gender = GENDERED_TITLES[word]
        role = word.lower()
        if role in PERSON_ROLES:
            profile.roles.add(role)
            if PERSON_ROLES[role] and not profile.gender:
                profile.gender = PERSON_ROLES[role]
        entry = gazetteer.lookup(word)
        if entry is not None and entry.kind is ActorKind.COUNTRY:
            profile.countries.add(entry.actor)


def _read_apposition(doc: Doc, first: int, last: int, profile: Profile) -> None:
    """"Amara Okafor, the finance minister," and "the finance minister, Amara Okafor"."""
    root = doc[first:last].root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    for noun in nouns:
        role = noun.lower_
        if role in PERSON_ROLES or role in BODY_ROLES:
            profile.roles.add(role)
        for child in noun.children:
            entry = gazetteer.lookup(child.text)
            if entry is not None and entry.kind is ActorKind.COUNTRY:
                profile.countries.add(entry.actor)


@dataclass(frozen=True, slots=True)
class Description:
    """A description found in a paragraph, and whom it names."""

    start: int
    end: int
    actor: str
    kind: ActorKind


def roles_index(profiles: Mapping[str, Profile]) -> dict[str, frozenset[str]]:
    """Role noun -> the actors the article gave that role, for ``find_descriptions``."""
    index: dict[str, set[str]] = {}
    for actor, profile in profiles.items():
        for role in profile.roles:
            index.setdefault(role, set()).add(actor)
    return {role: frozenset(actors) for role, actors in index.items()}


def find_descriptions(doc: Doc, *, profiles: Mapping[str, Profile],
                      by_role: Mapping[str, frozenset[str]],
                      known: Mapping[str, ActorKind], here: Sequence[Named],
                      taken: bytearray) -> list[Description]:
    """"the Ukrainian president" -> the one person named before with that role and country.

    ``known`` holds the actors named in the paragraphs before, ``here`` the names of this
    paragraph: a description refers back, so only names before it count. ``taken`` marks the
    paragraph's characters held by names (a demonym inside a description is not a name, and the
    description takes it over). ``by_role`` is ``roles_index(profiles)``.
    """
    out: list[Description] = []
    for tok in doc:
        role = tok.lower_
        holders = by_role.get(role)
        if not holders or tok.pos_ != "NOUN" or tok.tag_ == "NNS":
            continue
        is_person = role in PERSON_ROLES
        if tok.dep_ == "appos" or any(c.dep_ == "appos" for c in tok.children):
            continue  # "Amara Okafor, the finance minister,": the name is right there
        first = _description_start(doc, tok)
        if first is None:
            continue
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN":
            continue  # "the president Joe Biden": a title, the name follows
        countries = _qualifiers(doc, first, tok.i)
        here_before = {n.actor: n.kind for n in here if n.end <= doc[first].idx}
        fits = [(a, kind) for a in sorted(holders)
                if (kind := here_before.get(a) or known.get(a)) is not None
                and (kind is ActorKind.PERSON) == is_person
                and kind in (ActorKind.PERSON, ActorKind.ORGANIZATION, ActorKind.GROUP)
                and (not countries or not profiles[a].countries
                     or countries <= profiles[a].countries)]
        if len(fits) != 1:
            continue
        start, end = doc[first].idx, tok.idx + len(tok)
        if any(taken[i] == 2 for i in range(start, end)):
            continue  # a name is in the way
        out.append(Description(start, end, *fits[0]))
    return out


def _description_start(doc: Doc, noun: Token) -> int | None:
    """First token after "the" of "the [modifiers] NOUN", or None when not definite."""
    det = [c for c in noun.lefts if c.dep_ == "det"]
    if len(det) != 1 or det[0].lower_ != "the":
        return None
    mods = [c.i for c in noun.lefts if c.dep_ in _DESCRIPTION_DEPS]
    if any(doc[i].pos_ == "PROPN" and gazetteer.lookup(doc[i].text) is None for i in mods):
        return None  # "the Acme company": a name, not a description
    first = min(mods, default=noun.i)
    return first if first > det[0].i else None


def _qualifiers(doc: Doc, first: int, noun: int) -> set[str]:
    out = set()
    for i in range(first, noun):
        entry = gazetteer.lookup(doc[i].text)
        if entry is not None and entry.kind is ActorKind.COUNTRY:
            out.add(entry.actor)
    return out


def resolve_pronouns(docs: Sequence[Doc], texts: Sequence[str],
                     named: Sequence[Sequence[Named]], *,
                     profiles: Mapping[str, Profile]) -> list[list[Named]]:
    """Per paragraph, the pronouns that refer to a named person or group (see the module)."""
    gender = {a: p.gender for a, p in profiles.items() if p.gender}
    speakers: list[str] = []  # in the order they spoke, last one last
    previous: dict[str, ActorKind] = {}
    seen: dict[str, int] = {}  # mentions of each person or group so far
    kinds: dict[str, ActorKind] = {}
    out: list[list[Named]] = []
    for doc, text, mentions in zip(docs, texts, named, strict=True):
        found: list[Named] = []
        out.append(found)
        here: dict[str, ActorKind] = {}  # insertion order = recency (re-inserted when named)
        if not mentions and not seen:
            continue
        quotes = [(q.start(), q.end()) for q in QUOTED.finditer(text)]
        quoting = _quote_speakers(doc, mentions, quotes, text=text, speakers=speakers)
        ordered = sorted(mentions, key=lambda m: m.start)
        owner: dict[int, str] = {}  # token -> the actor a name or pronoun there refers to
        k = 0
        for tok in doc:
            while k < len(ordered) and ordered[k].start <= tok.idx:
                m = ordered[k]
                tokens = _span_tokens(doc, m.start, m.end)
                if tokens is not None:
                    owner.update(dict.fromkeys(range(*tokens), m.actor))
                here.pop(m.actor, None)
                here[m.actor] = kinds[m.actor] = m.kind
                seen[m.actor] = seen.get(m.actor, 0) + 1
                if m.kind is ActorKind.PERSON and _speaks(doc, m.start, m.end):
                    speakers.append(m.actor)
                k += 1
            form = PRONOUNS.get(tok.lower_)
            if form is None or tok.tag_ not in _PERSONAL_TAGS:
                continue
            speech = tok.dep_ in _SUBJECT_DEPS and tok.head.lemma_ in SPEECH_VERBS
            if any(a <= tok.idx < b for a, b in quotes):
                actor = _quoted(form, quoting, seen, kinds, gender)
                if actor is None:
                    continue
            else:
                actor = _choose(form, here, previous, gender, speakers if speech else [],
                                subject=_clause_subject(tok, owner), seen=seen)
            if actor is None and not any(_agrees(form, k, gender.get(a, ""))
                                         for a, k in (*here.items(), *previous.items())):
                actor = _salient(form, seen, kinds, gender)
            if actor is None:
                continue
            kind = kinds[actor]
            seen[actor] += 1
            if form[0] and actor not in gender and kind is ActorKind.PERSON:
                gender[actor] = form[0]  # the pronouns already attached say the gender
            here.pop(actor, None)
            here[actor] = kind
            if speech:
                speakers.append(actor)
            owner[tok.i] = actor
            found.append(Named(tok.idx, tok.idx + len(tok), actor, kind))
        if here or not text.startswith(_QUOTE_OPENERS):
            previous = here  # a paragraph that only continues a quote keeps the speaker in reach
    return out


def _quote_speakers(doc: Doc, mentions: Sequence[Named], quotes: Sequence[tuple[int, int]], *,
                    text: str, speakers: Sequence[str]) -> tuple[frozenset[str], str] | None:
    """Who speaks the quotations of a paragraph, for ``_quoted``: the people named as the
    subject of a speech verb in it, or, for a paragraph that only continues a quotation, the
    last speaker before it; and the gender of a "he said" / "she said" outside the quotes
    ("m", "f"; "" for none), whose speaker may be anyone. None when there is no quotation."""
    if not quotes:
        return None
    named = {m.actor for m in mentions
             if m.kind is ActorKind.PERSON and _speaks(doc, m.start, m.end)}
    said = ""
    for tok in doc:
        form = PRONOUNS.get(tok.lower_)
        if (form is not None and form[1] == "sg" and tok.dep_ in _SUBJECT_DEPS
                and tok.head.lemma_ in SPEECH_VERBS
                and not any(a <= tok.idx < b for a, b in quotes)):
            said += form[0]
    if not named and not said and speakers and text.startswith(_QUOTE_OPENERS):
        named = {speakers[-1]}
    return frozenset(named), said


def _quoted(form: tuple[str, str], quoting: tuple[frozenset[str], str] | None,
            seen: Mapping[str, int], kinds: Mapping[str, ActorKind],
            gender: Mapping[str, str]) -> str | None:
    """A he/she inside a quotation speaks of someone other than the speaker: the person the
    story is about (``_dominant`` over everyone named so far who agrees), unless that is the
    speaker, or a "he said" outside the quotes leaves the speaker open among that gender
    ("“He played well,” he said": the story's person may be the one speaking)."""
    if quoting is None or form[1] != "sg" or not form[0]:
        return None
    speaking, said = quoting
    if form[0] in said:
        return None
    pool = [a for a in seen if _agrees(form, kinds[a], gender.get(a, ""))]
    if not pool:
        return None
    if len(pool) == 1:
        pool.append("")  # one person named: still has to be named ``_DOMINANT_MIN`` times
    actor = _dominant(pool, seen)
    return None if actor is None or actor in speaking else actor


#: How often the main person must have been named, and ahead of the next, to take a pronoun
#: that nobody in reach agrees with.
_SALIENT_MIN = 2


def _salient(form: tuple[str, str], seen: Mapping[str, int], kinds: Mapping[str, ActorKind],
             gender: Mapping[str, str]) -> str | None:
    """The person (or group) the article has named most so far, when nobody in reach agrees:
    "He said" three paragraphs into a quote is about the story's main person."""
    ranked = sorted(((n, a) for a, n in seen.items()
                     if _agrees(form, kinds[a], gender.get(a, ""))), reverse=True)
    if not ranked or ranked[0][0] < _SALIENT_MIN:
        return None
    if len(ranked) > 1 and ranked[1][0] >= ranked[0][0]:
        return None
    return ranked[0][1]


def _speaks(doc: Doc, start: int, end: int) -> bool:
    """The name is the subject of a speech verb, by the parse or, where the parse broke (commas
    stripped, names padded with spaces), by the words: a finite speech verb right after it
    ("… air support Rear Admiral Gregory Smith said"), or right before it after a quotation
    ("“…” said Smith"; not "Jones said Smith lost", where Smith is the one spoken of)."""
    tokens = _span_tokens(doc, start, end)
    if tokens is None:
        return False
    root = doc[tokens[0]:tokens[1]].root
    if root.dep_ in _SUBJECT_DEPS and root.head.lemma_ in SPEECH_VERBS:
        return True
    after = _next_word(doc, tokens[1], step=1)
    before = _next_word(doc, tokens[0] - 1, step=-1)
    if before is not None:
        quote = _next_word(doc, before.i - 1, step=-1)
        if quote is None or not quote.is_punct:
            before = None
    return any(t is not None and t.tag_ in _FINITE_TAGS and t.lemma_ in SPEECH_VERBS
               for t in (after, before))


def speaks_after_quote(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` is the speaker named right after a quotation, its speech verb
    next to it: "“…,” Okumura said", "“…” said Okumura". A company speaks in quotations too,
    but a story mostly names it in front of what it says ("Netflix said it opposed the rule");
    the speaker named after the quotation is a person's way of speaking. A quotation that ends
    its own sentence (".”") is not attributed by the sentence after it ("… action.” Fidelity
    would not confirm")."""
    tokens = _span_tokens(doc, start, end)
    if tokens is None:
        return False
    text = doc.text
    closed = [q.end() for q in QUOTED.finditer(text, 0, start)]
    if not closed or text[:closed[-1] - 1].rstrip().endswith(_SENTENCE_ENDS):
        return False
    between = [t for t in doc if closed[-1] <= t.idx < start and not (t.is_space or t.is_punct)]
    after = _next_word(doc, tokens[1], step=1)
    verb = between[0] if len(between) == 1 else after if not between else None
    return verb is not None and verb.tag_ in _FINITE_TAGS and verb.lemma_ in SPEECH_VERBS


#: What ends a sentence inside a quotation: "… action.”".
_SENTENCE_ENDS: tuple[str, ...] = (".", "!", "?")


#: Past and present tense verbs: "said", "says", "tells" (not "saying" or "to say").
_FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP"})


def _next_word(doc: Doc, i: int, *, step: int) -> Token | None:
    """The first token from ``i`` (going by ``step``) that is not white space."""
    while 0 <= i < len(doc):
        if not doc[i].is_space:
            return doc[i]
        i += step
    return None


def _agrees(form: tuple[str, str], kind: ActorKind, gender: str) -> bool:
    want, number = form
    if number == "pl":
        return kind is ActorKind.GROUP
    return kind is ActorKind.PERSON and (not want or not gender or gender == want)


#: Pronouns that cannot be the subject of their own clause ("Berg met Ruiz and thanked him":
#: "him" is not Berg); possessives and reflexives can ("Berg thanked his staff").
_OBJECT_FORMS: frozenset[str] = frozenset({"him", "her", "them"})
_OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "iobj", "dative", "pobj", "obj"})


def _clause_subject(tok: Token, owner: Mapping[int, str]) -> str | None:
    """The actor that is the subject of the clause governing the pronoun, when a name (or a
    pronoun already resolved) is that subject: "Lugo fired his commanders" and "Lugo said he
    would stay" are Lugo's. A pronoun that is itself a subject looks to the clause above it; an
    object pronoun ("Berg thanked him") skips its own verb's subject, which it cannot be."""
    skip = tok.dep_ in _SUBJECT_DEPS or (
        tok.lower_ in _OBJECT_FORMS and tok.tag_ == "PRP" and tok.dep_ in _OBJECT_DEPS)
    node = tok.head if tok.dep_ != "pobj" else tok.head.head
    while True:
        if node.pos_ in ("VERB", "AUX"):
            subjects = [c for c in node.children if c.dep_ in _SUBJECT_DEPS and c.i != tok.i]
            if skip:
                skip = False
            elif subjects:
                root = subjects[0]
                return owner.get(root.i)
        if node.head.i == node.i:
            return None
        node = node.head


def _choose(form: tuple[str, str], here: Mapping[str, ActorKind],
            previous: Mapping[str, ActorKind], gender: Mapping[str, str],
            speakers: Sequence[str], *, subject: str | None = None,
            seen: Mapping[str, int] | None = None) -> str | None:
    pool = [a for a, k in here.items() if _agrees(form, k, gender.get(a, ""))]
    if not pool:
        pool = [a for a, k in previous.items() if _agrees(form, k, gender.get(a, ""))]
    if len(pool) == 1:
        return pool[0]
    if len(pool) > 1 and subject in pool:
        return subject  # two agree: the subject of the pronoun's clause is the one
    if len(pool) > 1 and speakers:
        for actor in reversed(speakers):  # "…," he said: the last speaker who agrees
            if actor in pool:
                return actor
    if len(pool) > 1 and seen:
        return _dominant(pool, seen)
    return None


#: How often the story's main person must have been named, and how many times as often as
#: anyone else who agrees, to take a pronoun two or more people in reach agree with.
_DOMINANT_MIN = 3
_DOMINANT_RATIO = 2


def _dominant(pool: Sequence[str], seen: Mapping[str, int]) -> str | None:
    """The one in ``pool`` the article is about: named at least ``_DOMINANT_MIN`` times and
    ``_DOMINANT_RATIO`` times as often as each other one ("Berg" named six times, "Ruiz" once:
    a "he" either could take is Berg's)."""
    ranked = sorted(pool, key=lambda a: seen.get(a, 0), reverse=True)
    top, second = seen.get(ranked[0], 0), seen.get(ranked[1], 0)
    if top >= _DOMINANT_MIN and top >= _DOMINANT_RATIO * second:
        return ranked[0]
    return None
