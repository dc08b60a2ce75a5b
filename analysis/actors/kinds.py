"""Each actor's kind (``_decide_kinds``) and the evidence it weighs: persons by clause
("Paladino held his nose", the speaker after a quotation) and by a role set off beside them,
bodies by the pronoun and the noun that refer back to them, companies named for people, and
places by phrase ("the village of Eskar")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis import gazetteer, names, references
from analysis.actors.noise import _PLACE_LABELS
from analysis.actors.places import (
    _EVENT_NOUNS,
    _FEATURE_NOUNS,
    _TOWN_PREPOSITIONS,
    _before_its_state,
    _is_named_place,
    _named_as_a_town,
)
from analysis.actors.spans import (
    _ARTICLES,
    _BODY_KINDS,
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    _P_CONFIG,
    _PAPER_NOUNS,
    _RUN_TOGETHER,
    _SUBJECT_DEPS,
    _THE_BEFORE,
    _TITLE_JOINERS,
    ENTITY_KINDS,
    _after_spaces,
    _first_conjunct,
    _one_line,
    _Para,
    listed_names,
)
from analysis.actors.sports import _ends_with_team_nickname
from analysis.identity import surname as _surname  # one rule with the store's joins
from analysis.resources import lexicon_words
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: A possessive or reflexive that, in the clause its name is the subject of, says the name is
#: a person's: "Paladino held his nose" (a company "held its").
_PERSONAL_BACK: frozenset[str] = frozenset({"his", "her", "himself", "herself"})


def _clause_verb(tok: Token) -> Token | None:
    """The verb of the clause ``tok`` sits in: its nearest verb or auxiliary above it."""
    node = tok
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def _personal_clause(doc: Doc, start: int, end: int) -> bool:
    """The name at ``start:end`` is the subject of a clause that says "his" or "herself" of
    someone, with no other person named in the clause: "Paladino held his nose"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    if root.dep_ not in _SUBJECT_DEPS:
        return False
    verb = root.head
    back = False
    for tok in verb.subtree:
        if tok.ent_type_ == "PERSON" and not span.start <= tok.i < span.end:
            return False
        if (tok.lower_ in _PERSONAL_BACK and tok.tag_ in ("PRP", "PRP$")
                and (clause := _clause_verb(tok)) is not None and clause.i == verb.i):
            back = True
    return back


def _persons_by_clause(paras: Sequence[_Para]) -> frozenset[str]:
    """One-word names spaCy did not take for a person ("Lugo" as a place, "Paladino" as an
    organisation) that are the subject of a clause with "his" or "her" in it, where spaCy
    tagged them or not ("Lugo fired his commanders" with "Lugo" untagged), or the speaker named
    right after a quotation ("“…,” Gordenker said"; ``references.speaks_after_quote``), or in
    front of a noun only a person has ("the Trump presidency"; ``_has_person_noun``), or,
    tagged as an organisation, joined by "and" to a person ("Bryant and Phil Jackson"), or,
    tagged as a place, the subject of a speech verb ("Munoz had asked") or a given name a "she"
    or "he" of its gender points back to ("Rebecca agrees. She leaves"; ``_own_pronoun_back``),
    or, tagged as an
    organisation, the name a following "he" or "his" points back to (``_he_or_she_follows``),
    or the name a relative clause opened by "who" or "whose" describes (``_takes_who``),
    or one "and his" or "and her" follows ("Kibaki and his rival"; ``_and_his``), or the
    subject of a clause whose object is a person's post ("Kan would retain the post of deputy
    prime minister"; ``_holds_a_post``): people,
    so their pronouns and untagged mentions can be followed. A name the gazetteer knows, an
    outlet, a network, a known company or team ("“…,” the Times said"), or one ending in an
    organisation word, is not."""
    words = {c.actor for para in paras for c in para.cands
             if c.from_entity and not c.noise and c.kind is not ActorKind.PERSON
             and " " not in c.actor and c.actor[:1].isupper() and not c.actor.isupper()
             and gazetteer.lookup(c.actor) is None and c.actor not in names.ORG_WORDS
             and not gazetteer.is_media(c.actor) and c.actor not in gazetteer.NAMED_BODIES}
    # a group or a place joined to a person ("Democrats and Pelosi", "Irma and Ventimiglia")
    # stays what it is: only a name tagged as an organisation is read by its partner
    # a house (``gazetteer.HOUSES``) is not read by its partner either: "Hallmark, who worked at
    # Volkswagen and Porsche" is parsed with "Porsche" joined to the man
    bodies = {c.actor for para in paras for c in para.cands
              if c.actor in words and c.kind is ActorKind.ORGANIZATION
              and c.actor not in gazetteer.HOUSES}
    # a place the gazetteer does not know (so no capital speaking for its government) that
    # speaks ("Munoz had asked", "Munoz said") is a person spaCy took for a place
    places = {c.actor for para in paras for c in para.cands
              if c.actor in words and c.kind is ActorKind.PLACE}
    out: set[str] = set()
    if not words:
        return frozenset()
    surnames = frozenset(_surname(c.person.split()) for para in paras for c in para.cands
                         if not c.noise and len(c.person.split()) > 1)
    # a word of a longer body's name is that body's short name ("Fusion" of "Fusion GPS"),
    # whoever it is joined to
    in_bodies = {w for para in paras for c in para.cands
                 if not c.noise and c.kind in _BODY_KINDS and " " in c.actor
                 for w in c.actor.split()}
    for para in paras:
        for tok in para.doc:
            if tok.text in words and tok.text not in out and (
                    _personal_clause(para.doc, tok.idx, tok.idx + len(tok))
                    or references.speaks_after_quote(para.doc, tok.idx, tok.idx + len(tok))
                    or _has_person_noun(tok)
                    or (tok.text in bodies and _conjoined_with_person(
                        tok, frozenset() if tok.text in in_bodies else surnames))
                    or (tok.text in bodies and _he_or_she_follows(tok))
                    or (tok.text in places and (_speaks_alone(tok) or _own_pronoun_back(tok)))
                    or _takes_who(tok) or _and_his(tok) or _holds_a_post(tok)):
                out.add(tok.text)
    return frozenset(out)


#: Pronouns only a person takes ("he", "her"): a name they point back to is a person's.
_GENDERED_PRONOUNS: frozenset[str] = frozenset(
    word for word, (gender, _) in references.PRONOUNS.items() if gender)
#: Pronouns that point back to a body as well as to people ("it", "they"): no evidence either way,
#: and the name they follow is the one they take, so the look stops there.
_OTHER_PRONOUNS: frozenset[str] = frozenset(
    {"it", "its", "itself"} | {word for word, (gender, _) in references.PRONOUNS.items()
                               if not gender})
#: Entity labels of names that cannot be "he" or "she", so a pronoun after them still looks past
#: them to the name before ("Lutz's attack on the Basque family. His words…").
_NOT_PERSONAL_LABELS: frozenset[str] = frozenset(
    {"NORP", "GPE", "LOC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
     "QUANTITY"})
_NAME_OWNER_DEPS: frozenset[str] = _SUBJECT_DEPS | {"poss"}
_PRONOUN_TAGS: frozenset[str] = frozenset({"PRP", "PRP$"})
#: Forms that, tagged PRP, are an object: someone the clause acts on, not its subject.
_OBJECT_PRONOUNS: frozenset[str] = frozenset({"him", "her"})
_REFLEXIVES: frozenset[str] = frozenset({"himself", "herself"})


def _he_or_she_follows(tok: Token) -> bool:
    """A "he" or a "his" points back to ``tok`` (``_pronoun_back``)."""
    return _pronoun_back(tok) is not None


def _pronoun_back(tok: Token) -> str | None:
    """The gendered pronoun ("he", "his", "her") that points back to ``tok``, else None
    (``_first_pronoun_back``)."""
    word = _first_pronoun_back(tok)
    return word if word in _GENDERED_PRONOUNS else None


def _own_pronoun_back(tok: Token) -> bool:
    """``tok`` is a given name with a gender (``names.GIVEN_NAMES``) and a pronoun of that
    gender points back to it (``_pronoun_back``): "Rebecca agrees to wait. She leaves early" is
    a woman, whatever spaCy tagged; a town's name ("Charlotte") is rarely followed so."""
    gender = names.GIVEN_NAMES.get(tok.text, "")
    word = _pronoun_back(tok) if gender else None
    return word is not None and references.PRONOUNS.get(word, ("", ""))[0] == gender


#: Pronouns only a body takes, as an owner ("Clemson, with its new stadium"): "it" alone may
#: be a thing the name did something to ("Varga bought the car and sold it").
_BODY_PRONOUNS: frozenset[str] = frozenset({"its", "itself"})


def _bodies_by_pronoun(paras: Sequence[_Para]) -> frozenset[str]:
    """One-word names an "its" points back to and no "he" or "she" does
    (``_first_pronoun_back``): where spaCy took the name for a person's, it is a body's
    ("Clemson, with its new stadium" is a school). A given name or a titled name is left out.
    """
    found: dict[str, set[str]] = {}
    for para in paras:
        for c in para.cands:
            if (c.noise or not c.from_entity or c.titled or " " in c.actor
                    or c.actor in names.GIVEN_NAMES):
                continue
            span = para.doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and len(span) and (word := _first_pronoun_back(span[-1])):
                found.setdefault(c.actor, set()).add(word)
    return frozenset(a for a, words in found.items()
                     if words & _BODY_PRONOUNS and not words & _GENDERED_PRONOUNS)


#: Words that open the noun phrase a body's noun is in, right before the body's name ("the
#: financial magazine Caixin", "a poetry team Slam Nuba").
_BODY_NOUN_OPENERS: frozenset[str] = frozenset({"the", "a", "an"})
#: The most words between that opening word and the body's noun ("the Denver - based poetry").
_MAX_BODY_NOUN_MODIFIERS = 4


#: Nouns of a party or a union, which a name in front of them names ("the Veldora Unida
#: opposition party", "the Kelby dockers' union"); not "campaign" or "team", which a person's
#: name stands before too ("the Dorin campaign").
_PARTY_NOUNS: frozenset[str] = frozenset(
    {"party", "union", "coalition", "alliance", "militia", "faction", "bloc"})
#: Nouns of a town or a district, and of a place held in one, which a name in front of them
#: names ("the Baruna municipality", "an attack on Kelso prison", "the Pasar Rumput market"):
#: a place.
_PLACE_HEAD_NOUNS: frozenset[str] = frozenset(
    {"town", "village", "city", "province", "region", "district", "county", "suburb",
     "municipality", "prefecture", "governorate", "prison", "jail", "state", "market",
     "bazaar"}) | _FEATURE_NOUNS
#: Nouns of an area that make the name before them a place's where spaCy took it for no people
#: ("the Archives area", "the Rutshuru territory", "the Zamzam camp", "the Escondida mine"; "the
#: Kurdish area", "a Rohingya neighborhood" stay the people's).
_AREA_NOUNS: frozenset[str] = frozenset(
    {"area", "territory", "locality", "constituency", "island", "camp", "settlement", "mine",
     "neighbourhood", "neighborhood"})


def _head_noun_after(doc: Doc, first: int, last: int) -> str | None:
    """The lower-case noun, by its lemma, that the name at tokens ``[first, last)`` modifies
    from in front, with at most lower-case modifiers between ("the Veldora Unida opposition
    party": "party"), or that the first of the names it is joined to modifies ("Rakhine and
    Chin states": "state"), else None."""
    root = _first_conjunct(doc[first:last].root)
    head = root.head
    if (root.dep_ not in ("compound", "nmod", "amod") or head.i < last or head.pos_ != "NOUN"
            or not head.text.islower()):
        return None
    if any(not t.text.islower() for t in doc[last:head.i]):
        return None
    return head.lemma_.lower()


def _bodies_by_noun(paras: Sequence[_Para]) -> frozenset[str]:
    """Names written once right after a body's or an outlet's noun in lower case, in a noun
    phrase opened by an article or a preposition, or by nothing after a list's comma ("the
    financial magazine Caixin", "the poetry team Slam Nuba", "with financial services group
    Orix", "..., chipmaker Rohm";
    ``references.BODY_ROLES``, ``_PAPER_NOUNS``), or in front of a party's noun ("the Veldora
    Unida opposition party"; ``_PARTY_NOUNS``): where spaCy took the name for a person's, it
    is a body's. A given name, a titled name or a name the noun is cut off from (a stripped
    comma's spaces: "formed a coalition  Yanukovych said") is left out."""
    out: set[str] = set()
    for para in paras:
        doc = para.doc
        for c in para.cands:
            if (c.noise or not c.from_entity or c.titled or c.actor in out
                    or c.actor.split()[0] in names.GIVEN_NAMES):
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and _head_noun_after(doc, span.start, span.end) in _PARTY_NOUNS:
                out.add(c.actor)  # "the Veldora Unida opposition party" tagged a person
                continue
            if span is None or span.start == 0:
                continue
            noun = doc[span.start - 1]
            # a noun, not an adjective: "a giant Lite - Brite game" is no "retail giant Walmart"
            if not noun.text.islower() or noun.pos_ != "NOUN" or (
                    noun.lower_ not in references.BODY_ROLES
                    and noun.lower_ not in _PAPER_NOUNS):
                continue
            if noun.i > 0 and (doc[noun.i - 1].text == "," or doc[noun.i - 1].pos_ in (
                    "ADP", "CCONJ")):
                out.add(c.actor)  # "Orix, Chubu Electric, chipmaker Rohm": a list's item
                continue
            i = noun.i - 1
            while i >= 0 and noun.i - i <= _MAX_BODY_NOUN_MODIFIERS and not doc[i].is_space \
                    and doc[i].lower_ not in _BODY_NOUN_OPENERS \
                    and doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "PUNCT"):
                i -= 1
            if i >= 0 and (doc[i].lower_ in _BODY_NOUN_OPENERS
                           or (i + 1 < noun.i and doc[i].pos_ == "ADP")):
                out.add(c.actor)  # "the financial magazine Caixin", "with services group Orix"
    return frozenset(out)


def _first_pronoun_back(tok: Token) -> str | None:
    """The pronoun, in lower case, that points back to ``tok``, else None.

    ``tok``, the subject or the owner in its clause ("Ostrander had lied", "Ostrander's
    attack"), is the nearest name before the pronoun, in its sentence or the next one, with no
    other name, no person's role ("the coach", unless the clause says the name is it: "Brewster
    was the head coach"), and no quotation between: the pronoun points back
    to it: a "he" says it is a person's name, of the pronoun's gender; an "it" or a "they"
    ends the look, and says at most that it may be a body's ("Talbrook said it would appeal").
    An object "him" ends the look with nothing ("Talbrook acted against him and kept his
    car": he is someone else), and so does a reflexive after an owner ("at a Dunmore's shop
    to put himself through school"). A speaker's name is not read (what a body says is about
    others), nor a name after a determiner ("the Dominos", "an Applebaum's store": a band's,
    a shop's)."""
    if tok.dep_ not in _NAME_OWNER_DEPS or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET"):
        return None
    if tok.dep_ in _SUBJECT_DEPS and tok.head.lemma_ in references.SPEECH_VERBS:
        return None  # what a body says is about others: "Norvex said his contract would end"
    doc = tok.doc
    end = tok.sent.end
    if end < len(doc):
        end = doc[end].sent.end
    for t in doc[tok.i + 1:end]:
        if t.text in _OPEN_QUOTES or t.text in _CLOSE_QUOTES:
            return None
        if t.tag_ in _PRONOUN_TAGS:
            word = t.lower_
            if word in _OBJECT_PRONOUNS and t.tag_ == "PRP":
                return None
            if word in _REFLEXIVES:
                return word if tok.dep_ in _SUBJECT_DEPS else None
            if word in _GENDERED_PRONOUNS or word in _OTHER_PRONOUNS:
                return word
            continue
        if t.lower_ in references.PERSON_ROLES and t.pos_ == "NOUN" and not (
                # "Brewster was the head coach ... He": the role is the name itself
                t.dep_ == "attr" and tok.dep_ in _SUBJECT_DEPS and t.head.i == tok.head.i):
            return None
        if t.pos_ == "PROPN" and t.text != tok.text and t.ent_type_ not in _NOT_PERSONAL_LABELS:
            return None
    return None


#: Relative pronouns only a person takes ("Glasser, who knew"; a body is "which"); not
#: "whose", which a company takes too ("Sainsbury, whose stores number thousands").
_PERSONAL_RELATIVES: frozenset[str] = frozenset({"who", "whom"})


def _takes_who(tok: Token) -> bool:
    """A relative clause opened by "who" or "whom" describes ``tok``, one singular name standing
    alone, with no determiner and no words of a longer name before it ("including Glasser, who
    protected him", "with Wooden, whom he called the greatest"): a person's name. A team or a
    band named in the plural ("the Wizards, who lost"), and an English noun the parse hangs the
    clause on ("the Oregon state House, who became", said of a senator), are not read."""
    if tok.tag_ == "NNPS" or (tok.i > 0 and tok.doc[tok.i - 1].pos_ == "DET") \
            or tok.text in gazetteer.TEAMS or tok.lower_ in lexicon_words("noun") \
            or any(child.dep_ == "compound" for child in tok.children):
        return False
    return any(child.dep_ == "relcl" and child.i > tok.i
               and child.left_edge.lower_ in _PERSONAL_RELATIVES for child in tok.children)


#: Possessives that, right after "NAME and", point back to the name: only a person's.
_PERSONAL_OWNERS: frozenset[str] = frozenset({"his", "her"})


def _and_his(tok: Token) -> bool:
    """``tok`` is followed by "and his" or "and her" ("Supporters of Kibaki and his campaign
    rival", "Varga and her lawyers"): the owner is the name before, a person's; a body takes
    "and its"."""
    doc = tok.doc
    i = _after_spaces(doc, tok.i + 1)
    if i >= len(doc) or doc[i].lower_ != "and":
        return False
    j = _after_spaces(doc, i + 1)
    return j < len(doc) and doc[j].lower_ in _PERSONAL_OWNERS and doc[j].tag_ == "PRP$"


#: Nouns of a post that the role after their "of" names ("the post of deputy prime minister").
_POST_NOUNS: frozenset[str] = frozenset({"post", "job", "position", "role", "office", "title"})


def _holds_a_post(tok: Token) -> bool:
    """``tok`` is the subject of a clause whose object is a post of a person's role ("Kan would
    retain the post of deputy prime minister", ``references.PERSON_ROLES``): only a person holds
    one. A country holding a presidency is a name the gazetteer knows, not read here."""
    if tok.dep_ not in _SUBJECT_DEPS:
        return False
    return any(obj.dep_ == "dobj" and obj.lower_ in _POST_NOUNS
               and any(of.dep_ == "prep" and of.lower_ == "of"
                       and any(role.dep_ == "pobj" and role.lower_ in references.PERSON_ROLES
                               for role in of.children)
                       for of in obj.children)
               for obj in tok.head.children)


def _speaks_alone(tok: Token) -> bool:
    """One word that is, by the parse, the subject of a speech verb ("Munoz had asked") and
    not the end of a hyphenated name ("Lorna Amado-Chevlin said")."""
    return (tok.dep_ in _SUBJECT_DEPS and tok.head.lemma_ in references.SPEECH_VERBS
            and (tok.i == 0 or tok.doc[tok.i - 1].text not in _TITLE_JOINERS))


def _companies_named_for_people(paras: Sequence[_Para]) -> frozenset[str]:
    """Full names tagged as people that the article also writes with a company word after them
    ("Walt Disney Co", "Walt Disney's Animation Studios") have a company named after them, and
    their surname alone ("Disney said") is the company, not the person: the company named with
    a corporate ending ("Walt Disney Co") where the article names one, else the surname as an
    organisation. The full name itself stays the person's ("a modern-day Walt Disney").
    Returns the names made organisations, for ``_decide_kinds``, since a name opening with a
    given name otherwise votes for a person."""
    people = {c.actor for para in paras for c in para.cands
              if c.from_entity and not c.noise and c.kind is ActorKind.PERSON
              and len(c.actor.split()) > 1}
    companies: set[str] = set()
    for person in people:
        pattern = re.compile(rf"(?<!\w){re.escape(person)}(?:['’]s)?\s+(\S+)(?:\s+(\S+))?")
        if any(_company_word(m.group(1)) or (m.group(1)[:1].isupper() and m.group(2) is not None
                                             and _company_word(m.group(2)))
               for para in paras for m in pattern.finditer(para.paragraph.text)):
            companies.add(person)
    if not companies:
        return frozenset()
    bodies = {c.actor for para in paras for c in para.cands
              if c.from_entity and not c.noise and c.kind is ActorKind.ORGANIZATION}
    owner: dict[str, str] = {}  # surname -> the company's name
    for person in companies:
        named = [b for b in bodies if b.startswith(person + " ")
                 and b.split()[-1] in names.COMPANY_WORDS - _DIVISION_WORDS]
        owner[person.split()[-1]] = named[0] if len(named) == 1 else person.split()[-1]
    made: set[str] = set()
    for para in paras:
        for c in para.cands:
            if c.noise or c.priority == _P_CONFIG or not c.from_entity:
                continue
            if c.actor in owner:
                c.actor, c.via = owner[c.actor], "alias" if owner[c.actor] != c.actor else c.via
                c.kind, c.person, c.titled, c.bare = ActorKind.ORGANIZATION, "", False, None
                made.add(c.actor)
    return frozenset(made)


#: Company words that name a part of a company ("Walt Disney Animation Studios"), not the
#: company itself ("Walt Disney Co").
_DIVISION_WORDS: frozenset[str] = frozenset({"Pictures", "Studios"})


def _company_word(word: str) -> bool:
    return word.rstrip(",;:") in names.COMPANY_WORDS


def _has_person_noun(tok: Token) -> bool:
    """``tok`` is in front of or owns a noun only a person has ("the Trump presidency",
    "Trump's campaign"; ``names.PERSON_NOUNS``), or owns a family tie ("Nunes's mother";
    ``names.KIN_NOUNS``): only as the head noun, since "Acme's sister company" is a firm's."""
    head = tok.head
    return (tok.dep_ in ("compound", "poss") and head.i != tok.i and head.pos_ == "NOUN"
            and (head.lower_ in names.PERSON_NOUNS
                 or (tok.dep_ == "poss" and head.lower_ in names.KIN_NOUNS)))


def _conjoined_with_person(tok: Token, surnames: frozenset[str] = frozenset()) -> bool:
    """``tok`` is joined by "and", "or" or "nor" to a name spaCy tagged as a person's ("Bryant
    and coach Phil Jackson", "Ludwick and Madrigal"), or to the surname of a full name the
    article gives a person (``surnames``: "Manafort and Kilimnik" after "Paul Manafort", where
    spaCy tagged both bodies); not to a company spaCy took for a person ("Tesco and
    Sainsbury")."""
    partners = [tok.head] if tok.dep_ == "conj" else []
    partners.extend(t for t in tok.children if t.dep_ == "conj")
    return any(((t.ent_type_ == "PERSON" and t.pos_ == "PROPN") or t.text in surnames)
               and t.text not in gazetteer.NAMED_BODIES and gazetteer.lookup(t.text) is None
               for t in partners)


#: The most words of a name a role noun makes a person's.
_MAX_ROLE_NAME_WORDS = 3


#: Roles that make the name right after or beside them a person's ("government official Jebun
#: Nahar") but are too often said of someone unnamed ("the official said") to stand for a named
#: person as a description (``references.PERSON_ROLES``).
_ROLES_BEFORE_A_NAME: frozenset[str] = frozenset(
    {"official", "analyst", "economist", "commissioner", "councillor", "councilor",
     "researcher", "journalist"})


def _persons_by_role(paras: Sequence[_Para]) -> frozenset[str]:
    """Names spaCy did not take for a person that a person's role describes, in front or in
    apposition ("rookie Malik Hooker", "Alta Charo, a professor of law", "the king, Ataxerxes"),
    or that an age set off after them describes ("Mikayden Payne, 16,"; ``_age_set_off``):
    people. A name the
    gazetteer knows, or one ending in an organisation word, is not."""
    out: set[str] = set()
    for para in paras:
        for c in para.cands:
            words = c.actor.split()
            if (not c.from_entity or c.noise or c.kind is ActorKind.PERSON
                    or len(words) > _MAX_ROLE_NAME_WORDS or c.actor in out
                    or gazetteer.lookup(c.actor) is not None or words[-1] in names.ORG_WORDS
                    or not all(w[:1].isupper() for w in words)):
                continue
            span = para.doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None:
                continue
            head = span[-1]
            if any(t.text.islower() and (t.lower_ in references.PERSON_ROLES
                                         or t.lower_ in _ROLES_BEFORE_A_NAME)
                   and ((t.dep_ == "appos" and t.i >= span.end)
                        or (t.dep_ == "compound" and t.i == span.start - 1))
                   for t in head.children) or _role_set_off(para.doc, span.end) \
                    or _age_set_off(para.doc, span.end) or (
                       # "the Persian king, Ataxerxes": the name in apposition to the role
                       head.dep_ == "appos" and head.head.i < span.start
                       and head.head.text.islower()
                       and head.head.lower_ in references.PERSON_ROLES):
                out.add(c.actor)
    return frozenset(out)


#: Words that open an apposition read by its words: an article ("Piette, a junior attorney").
#: Not a possessive ("Brackow, their partner"): a firm is someone's too.
_APPOSITION_OPENERS: frozenset[str] = frozenset({"a", "an", "the"})
#: Parts of speech of the words between an apposition's article and its role noun ("a
#: relatively junior attorney"); a noun there ("a law firm attorney") is not read.
_APPOSITION_MODIFIERS: frozenset[str] = frozenset({"ADJ", "ADV"})
#: The most such words.
_MAX_APPOSITION_MODIFIERS = 3


def _past_modifiers(doc: Doc, i: int, *, step: int = 1,
                    parts: frozenset[str] = frozenset({"ADJ"})) -> int:
    """The token after the lower-case modifiers (parts of speech ``parts``, at most
    ``_MAX_APPOSITION_MODIFIERS``) that start at token ``i``, walking forward (``step`` 1) or
    back (-1): where an apposition's or a description's noun is read."""
    for _ in range(_MAX_APPOSITION_MODIFIERS):
        if not (0 <= i < len(doc) and doc[i].pos_ in parts and doc[i].text.islower()):
            break
        i += step
    return i


def _role_set_off(doc: Doc, i: int) -> bool:
    """The words from token ``i`` on, right after a name, are an apposition giving a person's
    role, set off by a comma or by the spaces a corpus leaves where it stripped one, and closed
    the same way or by the paragraph's end ("Piette  a relatively junior attorney  argued"):
    read by the words, where the parse took the role noun for the verb's subject. Only an
    article, at most a few adjectives or adverbs, then the role noun (``PERSON_ROLES``): "a
    small firm" or "the lawyers' client" says nothing."""
    if i >= len(doc) or not (doc[i].text == "," or doc[i].is_space):
        return False
    j = i + 1
    if j >= len(doc) or doc[j].lower_ not in _APPOSITION_OPENERS:
        return False
    j = _past_modifiers(doc, j + 1, parts=_APPOSITION_MODIFIERS)
    if j >= len(doc) or not doc[j].text.islower() or doc[j].lower_ not in references.PERSON_ROLES:
        return False
    return j + 1 == len(doc) or doc[j + 1].text == "," or doc[j + 1].is_space


#: The oldest age news writes set off after a person's name ("Jane Doe, 104,").
_MAX_AGE = 110
#: Marks that close an age set off after a name: "Jane Doe, 16, of Dayton", "Doe, 16; Roe, 15".
_AGE_CLOSERS: frozenset[str] = frozenset({",", ";", ")"})


def _age_set_off(doc: Doc, i: int) -> bool:
    """The words from token ``i`` on, right after a name, are an age set off by a comma (or by
    the spaces a corpus leaves where it stripped one) and closed the same way, by a semicolon
    or by the paragraph's end: "Mikayden Payne  16; Alexander Miller  15". Only a person is
    written so; a score has no comma between the team and its points ("Velsk 21, Brask 14")."""
    if i >= len(doc) or not (doc[i].text == "," or doc[i].is_space):
        return False
    j = i + 1
    if j >= len(doc) or not doc[j].text.isdigit() or not 0 < int(doc[j].text) <= _MAX_AGE:
        return False
    return j + 1 == len(doc) or doc[j + 1].text in _AGE_CLOSERS or doc[j + 1].is_space


#: Prepositions that, after a person's age set off, give where the person lives or comes from.
_HOME_PREPOSITIONS: frozenset[str] = frozenset({"of", "from"})


def _home_after_an_age(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens ``[first, last)`` follows "of" or "from" right after an age set off
    after a name ("Jane Doe, 41, of Kelso", "Doe, 38, from Juranpur"): where the person lives,
    a town, whatever spaCy tags it. A name ending with an organisation's word ("Doe, 41, of
    Kelso Police") is the person's employer."""
    return (first >= 5 and doc[first - 1].lower_ in _HOME_PREPOSITIONS
            and doc[first - 2].text == "," and _age_set_off(doc, first - 4)
            and doc[first - 5].text[:1].isupper() and doc[last - 1].text not in names.ORG_WORDS)


#: A one-word name opening with "O'" ("O'Malley", "O’Neill-Byrne"): an Irish surname, a
#: person's, though spaCy tags it an organisation ("O'Malley rebuked the pope").
_O_SURNAME = re.compile(r"O['’][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _places_by_phrase(paras: Sequence[_Para]) -> frozenset[str]:
    """Names the article calls a place once ("the district of Altun Kupri", "the city of
    Krasnodar"; ``_is_named_place``; "the capital, Nay Pyi Taw"; ``_place_set_off``;
    "Mbandaka, a city in the northwest"; ``_described_as_place``; "near Sara Khwara", "Sake,
    about 20 kilometers west of Goma"; ``_located``; "living in
    Juarez"; ``_lived_or_held_in``; "Jane Doe, 41, of Kelso"; ``_home_after_an_age``; "the
    Varby Gard subway station"; ``_names_a_stop``; "new
    stores in Hull, Polegate and Rosehill"; ``_places_by_list``; "Bowling Green, Ky.";
    ``_town_with_its_state``; "the Baruna municipality", "Kelso prison", "Rakhine and Chin
    states", "the Fuego volcano", ``_PLACE_HEAD_NOUNS``),
    whatever spaCy tags them there: the same name elsewhere in the
    article ("advanced on Altun Kupri", tagged a person; "a lawyer in Bowling Green", tagged a
    body) is that place."""
    out: set[str] = set()
    for para in paras:
        doc = para.doc
        for ent in doc.ents:
            if ent.label_ not in ENTITY_KINDS:
                continue
            head_noun = _head_noun_after(doc, ent.start, ent.end)
            if (_is_named_place(doc, ent.start, ent.end)
                    or _place_set_off(doc, ent.start, ent.end)
                    or _described_as_place(doc, ent.end)
                    or _located(doc, ent.start, ent.end)
                    or _lived_or_held_in(doc, ent.start, ent.end)
                    or _home_after_an_age(doc, ent.start, ent.end)
                    or _town_with_its_state(ent)
                    or _names_a_stop(doc, ent.start, ent.end)
                    or head_noun in _PLACE_HEAD_NOUNS
                    or (ent.label_ != "NORP" and head_noun in _AREA_NOUNS)):
                first = ent.start + (doc[ent.start].text in _ARTICLES)
                out.add(_one_line(doc[first:ent.end].text))
        out.update(_places_by_list(doc))
    return frozenset(out)


#: Plural nouns of a region that, before a list's "of" or after the list, say its names are
#: places: "the departments of Amazonas, Ancash and Tacna", "Rakhine, Chin and Shan states".
_PLACE_PLURALS: frozenset[str] = frozenset(
    {"departments", "regions", "provinces", "states", "districts", "counties", "areas", "towns",
     "villages", "cities", "municipalities", "prefectures", "governorates", "localities",
     "neighbourhoods", "neighborhoods", "islands", "communes", "upazilas", "oblasts", "bases",
     "camps"})
#: Words that join a list's names; a short aside in brackets may follow a name ("Western
#: Visayas (Region 6)").
_LIST_JOINERS: frozenset[str] = frozenset({",", "and", "or"})
_MAX_ASIDE = 5
#: The fewest names of a list read for its places; two after a town's preposition and a place
#: spaCy tagged ("in Leeds and Kelsby").
_MIN_PLACE_LIST = 3
_MIN_TOWN_LIST = 2
#: How many words before a list's opening word a region's plural noun is looked for ("several
#: areas in Kelso, including A, B and C").
_INCLUDING_WINDOW = 6
#: Words that open a list a region's plural noun shortly before says is of places.
_LIST_OPENERS: frozenset[str] = frozenset({"of", "including", "—", "–", ":", "-"})


def _joined_in_a_list(doc: Doc, end: int, start: int) -> bool:
    """Only list joiners, a short aside in brackets and names spaCy did not tag ("Ayacucho,
    Cajamarca, Huancavelica") stand between tokens ``end`` and ``start``."""
    between = doc[end:start]
    if len(between) > 0 and between[0].text == "(":
        close = next((t.i for t in between if t.text.endswith(")")), None)  # "8)" is one token
        if close is None or close - end > _MAX_ASIDE:
            return False
        between = doc[close + 1:start]
    return (len(between) > 0 and between[0].text in _LIST_JOINERS
            and between[-1].text in _LIST_JOINERS and all(
                t.text in _LIST_JOINERS or (t.pos_ == "PROPN" and t.text[:1].isupper())
                for t in between))


def _list_is_of_places(doc: Doc, first: int, last: int, labels: Sequence[str],
                       names_: Sequence[str]) -> bool:
    """The list of ``names_`` (spaCy's ``labels``) from token ``first`` to ``last`` names
    places: a region's plural noun right after it, or shortly before the "of", "including",
    dash or colon that opens it ("the departments of ...", "the insurgent bases of ...",
    "villages in the district — ..."); or most of its names are places or countries, or half
    of them where a town's preposition opens it (``_TOWN_PREPOSITIONS``: "in Al Musannah,
    Suwaiq, Khaboorah and Saham")."""
    if last < len(doc) and doc[last].lower_ in _PLACE_PLURALS:
        return True
    opener = doc[first - 1].lower_ if first >= 1 else ""
    if opener in _LIST_OPENERS and any(
            t.lower_ in _PLACE_PLURALS for t in doc[max(first - _INCLUDING_WINDOW, 0):first]):
        return True
    if opener in _TOWN_PREPOSITIONS and labels[0] in _PLACE_LABELS:
        return True  # "new stores in Hull, Polegate and Rosehill"
    known = [gazetteer.lookup(n) for n in names_]
    geo = sum(label in _PLACE_LABELS or (e is not None and e.kind in (
        ActorKind.PLACE, ActorKind.COUNTRY)) for label, e in zip(labels, known, strict=True))
    return 2 * geo > len(names_) or (opener in _TOWN_PREPOSITIONS and 2 * geo >= len(names_))


def _verb_after(doc: Doc, last: int) -> bool:
    """A verb comes right after token ``last - 1``: the name before it is a clause's subject a
    parse may join to a list of towns ("sales rose in Leeds and Kelsby said so")."""
    return (after := _after_spaces(doc, last)) < len(doc) and doc[after].pos_ in ("VERB", "AUX")


def _places_by_list(doc: Doc) -> set[str]:
    """The names of a list of three or more (two after a town's preposition and a place spaCy
    tagged), joined by commas and "and", that names places (``_list_is_of_places``), the
    gazetteer does not know, that open with no given name, that news does not write alone for a
    well-known person (``names.WELL_KNOWN``) and that no verb follows (a clause's subject):
    "the departments of Amazonas, Ancash, [...] Huancavelica, Junín and Tacna" (some tagged
    people or bodies), "several areas in Kelso, including Donarchar, Shahapara and
    Sabjikandi". A list spaCy tagged as one entity is read as its names
    (``spans.listed_names``)."""
    items: list[tuple[str, str, int, int]] = []  # name, label, first and last token
    for ent in doc.ents:
        if ent.label_ not in ENTITY_KINDS and ent.label_ not in ("LOC", "PRODUCT", "FAC"):
            continue
        last = ent.end  # "Amazonas, Ancash," tagged one: the list goes on after its comma
        while last > ent.start + 1 and doc[last - 1].is_punct:
            last -= 1
        end = doc[last - 1].idx + len(doc[last - 1])
        parts = listed_names(doc.text, ent.start_char, end) or [(ent.start_char, end)]
        items.extend((doc.text[a:b], ent.label_, ent.start, last) for a, b in parts)
    out: set[str] = set()
    run: list[tuple[str, str, int, int]] = []
    for item in [*items, None]:
        if item is not None and (not run or run[-1][2] == item[2]
                                 or _joined_in_a_list(doc, run[-1][3], item[2])):
            run.append(item)
            continue
        # two names only where "and" joins them: "in Almaty, Tengrinews.kz reports" is a
        # clause's subject after the town
        fewest = _MIN_TOWN_LIST if run and run[0][1] in _PLACE_LABELS and run[0][2] > 0 \
            and doc[run[0][2] - 1].lower_ in _TOWN_PREPOSITIONS and any(
                t.lower_ in ("and", "or") for t in doc[run[0][3]:run[-1][2]]) \
            else _MIN_PLACE_LIST
        if len(run) >= fewest and _list_is_of_places(
                doc, run[0][2], run[-1][3], [r[1] for r in run], [r[0] for r in run]):
            out.update(n for n, _, _, last in run if gazetteer.lookup(n) is None
                       and not names.is_given_name(n.split()[0]) and n not in names.WELL_KNOWN
                       and not _verb_after(doc, last))
        run = [item] if item is not None else []
    return out


def _town_with_its_state(ent: Span) -> bool:
    """``ent`` is written before a US state set off by a comma ("Bowling Green, Ky.";
    ``_before_its_state``) and spaCy took it for a body's or a place's name, or for a person's of
    one word, as the candidates' own relabelling reads it: a town. A person's full name there
    ("Jane Doe, Texas", a caption) keeps its kind."""
    return (ent.label_ != "PERSON" or len(ent) == 1) and _before_its_state(ent.doc, ent.end)


#: Nouns of a stop on a line, which a name in front of them (with a transit noun between) names.
_STOP_NOUNS: frozenset[str] = frozenset({"station", "stop"})
#: Nouns of a line that make "NAME TRANSIT station" a stop ("the Kelby subway station"); a
#: station named by a brand alone ("the Zentro station") may be a fuel station or a broadcaster.
_TRANSIT_NOUNS: frozenset[str] = frozenset(
    {"subway", "metro", "train", "rail", "railway", "railroad", "bus", "tube", "underground",
     "tram"})


def _names_a_stop(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens ``[first, last)`` opens a transit stop's noun phrase: "outside the
    Kelby Gard subway station", where the name is a compound of "station" with a transit noun
    between (``_TRANSIT_NOUNS``): a place, whatever spaCy tags it."""
    root = doc[first:last].root
    head = root.head
    if root.dep_ != "compound" or head.i < last or head.lower_ not in _STOP_NOUNS:
        return False
    between = doc[last:head.i]
    return len(between) > 0 \
        and all(t.dep_ == "compound" and t.head.i == head.i for t in between) \
        and any(t.lower_ in _TRANSIT_NOUNS for t in between)


#: Verbs of living somewhere: "has been living in Juarez", "was born in Deerfield".
_HOME_VERBS: frozenset[str] = frozenset({"live", "reside", "bear", "raise", "grow", "settle"})


#: Verbs of where someone comes from: "believed to be from Kelso", "hails from Kelso".
_FROM_VERBS: frozenset[str] = frozenset({"be", "hail"})


#: A distance and a bearing after a name set off by a comma ("Sake, about 20 kilometers west
#: of Goma") or before it ("30 km north of Kelso"), as a place is located.
_DISTANCE_AFTER = re.compile(
    r",\s+(?:about|some|around|nearly|roughly)?\s*\d[\d,.]*\s*(?:kilometres|kilometers|km|miles)\b")
_DISTANCE_BEFORE = re.compile(
    r"\b\d[\d,.]*\s*(?:kilometres|kilometers|km|miles)\s+(?:\(.{1,20}\)\s+)?"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest|outside|from)"
    r"(?:\s+of)?\s+$")
#: How far before a name its distance is looked for, in characters.
_DISTANCE_WINDOW = 60


def _located(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens ``[first, last)`` is located as a place is: "near" comes right before
    it ("near Sara Khwara"), or a distance and a bearing before or after it ("Sake, about 20
    kilometers west of Goma", "30 km north of Kelso"), whatever spaCy tags it. A name opening
    with a given name, or one news writes alone for a well-known person, is left out: "stood
    near Jane Doe", "near Erdogan" name people."""
    name = doc[first:last].text
    if names.is_given_name(doc[first].text) or name in names.WELL_KNOWN:
        return False
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    before = doc[first - 1] if first > 0 else None
    return ((before is not None and before.lower_ == "near")
            or _DISTANCE_AFTER.match(doc.text, end) is not None
            or _DISTANCE_BEFORE.search(doc.text, max(start - _DISTANCE_WINDOW, 0), start)
            is not None)


def _lived_or_held_in(doc: Doc, first: int, last: int) -> bool:
    """The one-word name at tokens ``[first, last)`` follows "in" after a verb of living or a
    noun of what happened there ("living in Juarez", "a parade in Deerfield"; ``_HOME_VERBS``,
    ``_EVENT_NOUNS``), or "from" after "be" or "hail" ("believed to be from Kelso";
    ``_FROM_VERBS``): a town, whatever spaCy tags it. A longer name is left to the gazetteer
    and the tagger, as "a player in Kendrick Nunn" (a parse's slip) shows it must be."""
    if last - first != 1:
        return False
    root = doc[first]
    if root.dep_ != "pobj":
        return False
    if root.head.lower_ == "from" and root.head.head.lemma_.lower() in _FROM_VERBS:
        return True  # "believed to be from Kelso", "she hails from Kelso"
    governor = root.head.head
    lemma = governor.lemma_.lower()
    return root.head.lower_ == "in" and ((governor.pos_ == "VERB" and lemma in _HOME_VERBS) or (
        governor.pos_ in ("NOUN", "PROPN") and lemma in _EVENT_NOUNS))


#: Nouns of a town or a region that a name set off after them is the name of ("the political
#: capital, Nay Pyi Taw"); not nouns of people ("the mayor, Jane Doe").
_PLACE_APPOSITION_NOUNS: frozenset[str] = frozenset(
    {"capital", "city", "town", "village", "province", "region", "district", "county", "port",
     "suburb", "municipality"})


def _described_as_place(doc: Doc, last: int) -> bool:
    """The name ending before token ``last`` is described right after it, set off by a comma,
    as a place: "Mbandaka, a city in the northwest", "Velno, a small town of 5,000"; read by
    the words. Not "Jane Doe, a city councillor": the place's noun must end the description's
    noun phrase."""
    if last + 2 >= len(doc) or doc[last].text != "," or doc[last + 1].lower_ not in ("a", "an"):
        return False
    i = _past_modifiers(doc, last + 2)
    if i >= len(doc) or not doc[i].text.islower() or doc[i].lower_ not in _PLACE_APPOSITION_NOUNS:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or not (after.pos_ in ("NOUN", "PROPN") or after.text.istitle())


def _place_set_off(doc: Doc, first: int, last: int) -> bool:
    """The name from token ``first`` to ``last`` is set off by commas (or the spaces a corpus
    leaves where it stripped them) right after "the", at most a few adjectives and a place's
    noun: "the political capital, Nay Pyi Taw, on Monday"; read by the words, as
    ``_role_set_off`` reads a role, since the parse does not hang such a name on the noun."""
    if not (last == len(doc) or doc[last].text == "," or doc[last].is_space):
        return False
    i = first - 1
    if i < 2 or not (doc[i].text == "," or doc[i].is_space):
        return False
    i -= 1
    if not doc[i].text.islower() or doc[i].lower_ not in _PLACE_APPOSITION_NOUNS:
        return False
    i = _past_modifiers(doc, i - 1, step=-1)
    return i >= 0 and doc[i].lower_ == "the"


#: The most words of a base's or a fort's name ("Fort Lauderdale", "Camp Lejeune").
_MAX_BASE_WORDS = 3


def _is_base_name(actor: str) -> bool:
    """``actor`` opens with a base's word and is short ("Fort Myers", "Camp David";
    names.json base_words), ending with no organisation word ("Fort Worth Police" is a body):
    a town or a base, where, whatever spaCy tagged the longer name it was cut from ("the CBS
    Fort Myers affiliate")."""
    words = actor.split()
    return (1 < len(words) <= _MAX_BASE_WORDS and words[0] in names.BASE_WORDS
            and words[-1] not in names.ORG_WORDS)


def _decide_kinds(paras: Sequence[_Para], *, by_clause: frozenset[str] = frozenset(),
                  companies: frozenset[str] = frozenset(),
                  states: frozenset[str] = frozenset(),
                  places: frozenset[str] = frozenset(),
                  bodies: frozenset[str] = frozenset(),
                  described: frozenset[str] = frozenset(),
                  teams: frozenset[str] = frozenset()) -> dict[str, ActorKind]:
    """An actor's kind: an organisation's for a place standing for its team (``teams``), the
    gazetteer's when it knows the actor, an organisation's for a
    cryptocurrency, a known team's nickname or a name opening with a club's initials ("FC
    Goa"; ``gazetteer.CLUB_PREFIXES``), a country's for the short name
    of a state the article names formally (``states``), an organisation's for a state organ's
    word alone ("the Government"; ``gazetteer.STATE_ORGANS``), a place for a name it calls one once
    (``places``: "the town of Altun Kupri"; ``_places_by_phrase``) or for a base's or a fort's
    short name ("Fort Myers"; ``_is_base_name``), an organisation for a full name
    the article also writes as a company's (``companies``) or for an outlet's noun after "the"
    ("told the Tribune", ``gazetteer.MEDIA_WORDS``), a person when one of its names
    is the subject of a clause with "his" or "her" (``by_clause``, unless it is written right
    after a body's noun: ``described``, ``_bodies_by_noun``) or carries a person's title
    once ("Trade Minister Okumura" beside two "Okumura" tagged as a body), else an organisation
    for a house's name alone (``gazetteer.HOUSES``: "designed by Armani"), a person for the name
    news writes alone for a well-known person (``names.WELL_KNOWN``: "Erdogan" tagged a place)
    unless the article names it as a town (``_named_as_a_town``), else the majority of
    its mentions, where a joined surname, a given name or an "O'" surname (``_O_SURNAME``)
    votes for a person; a tie goes to the person, then to the first mention's kind; a person's
    kind so voted for one word run together from capitalised words ("ContextMedia"), or for
    one an "its" points back to or written right after a body's noun (``bodies``;
    ``_bodies_by_pronoun``, ``_bodies_by_noun``), is an organisation's."""
    votes: dict[str, dict[ActorKind, int]] = {}
    titled: set[str] = set()  # a title in front is the story saying who the name is
    outlets: set[str] = set()  # "told the Tribune": an outlet named by its noun alone
    where: set[str] = set()  # well-known people's names the article names as a place
    for para in paras:
        for c in para.cands:
            if c.noise:
                continue
            if c.via == "title" or c.titled:
                titled.add(c.actor)
            if c.actor in names.WELL_KNOWN and _named_as_a_town(para.doc, c):
                where.add(c.actor)
            if c.actor in gazetteer.MEDIA_WORDS and _THE_BEFORE.search(para.paragraph.text, 0,
                                                                       c.start):
                outlets.add(c.actor)
            tally = votes.setdefault(c.actor, {})
            # a lone given name tagged as a body is a person ("his daughter Vivian" tagged ORG);
            # a place tagged GPE is not ("Charlotte")
            personal = c.via in ("title", "surname", "first_name") or c.titled \
                or names.looks_personal(c.actor) or _O_SURNAME.fullmatch(c.actor) or (
                    c.from_entity and c.kind is ActorKind.ORGANIZATION
                    and c.actor in names.GIVEN_NAMES)
            kind = ActorKind.PERSON if personal else c.kind
            tally[kind] = tally.get(kind, 0) + 1
    kinds: dict[str, ActorKind] = {}
    for actor, tally in votes.items():
        known = ActorKind.ORGANIZATION if actor in teams else gazetteer.KINDS.get(actor)
        if known is None and actor in states:
            known = ActorKind.COUNTRY  # "Veldora" beside "the Republic of Veldora"
        if known is None and (actor in gazetteer.CURRENCIES or actor in gazetteer.TEAMS
                              or _ends_with_team_nickname(actor)
                              or (" " in actor and actor.split()[0] in gazetteer.CLUB_PREFIXES)):
            # "Bitcoin" tagged a person or a group; "the Eagles" tagged NORP is the club, a
            # body, as "Eagles" tagged ORG in the next story is, and "OKC Thunder" or "FC Goa"
            # tagged a person
            known = ActorKind.ORGANIZATION
        if known is None and (actor in gazetteer.NAMED_BODIES or actor in gazetteer.MEDIA
                              or actor in outlets):
            # "Aftonbladet", "Twitter" or "Pixar" tagged as a person, "Netflix" as a place: a
            # body; a party a group where spaCy said so (its members: "the Likud"), but a
            # company or an outlet has no members to be ("Experian" tagged NORP)
            known = next((k for k in sorted(tally, key=tally.__getitem__, reverse=True)
                          if k in _BODY_KINDS), ActorKind.ORGANIZATION) \
                if actor in gazetteer.PARTIES else ActorKind.ORGANIZATION
        if known is None and actor in gazetteer.STATE_ORGANS:
            known = ActorKind.ORGANIZATION  # "the Government" of a Ghanaian paper tagged PERSON
        if known is None and actor in companies:
            known = ActorKind.ORGANIZATION  # "Walt Disney" beside "Walt Disney Co"
        if known is None and actor in places:
            known = ActorKind.PLACE  # "Altun Kupri" tagged a person beside "the town of ..."
        if known is None and (actor in titled or (actor in by_clause and actor not in described)):
            # a body's noun right before the name outweighs a clause's reading ("with financial
            # services group Orix, Chubu Electric, chipmaker Rohm": a list, not a pair of people)
            known = ActorKind.PERSON
        if known is None and actor in gazetteer.HOUSES:
            # "designed by Armani", "Volkswagen and Porsche": the house; its founder or an heir
            # is a full name the surname joins, or carries a title or "his" above
            known = ActorKind.ORGANIZATION
        if known is None and _is_base_name(actor):
            known = ActorKind.PLACE  # "Fort Meyers" cut from "the CBS Fort Meyers affiliate"
        if known is None and actor in names.WELL_KNOWN and actor not in where:
            known = ActorKind.PERSON  # "Erdogan's party" tagged a place, "Corker" a body
        kind = known if known is not None else max(
            tally, key=lambda k: (tally[k], k is ActorKind.PERSON))
        if kind is ActorKind.PERSON and known is None and (
                _RUN_TOGETHER.fullmatch(actor) or actor in bodies):
            # "ContextMedia said", "Clemson, with its new stadium" tagged PERSON
            kind = ActorKind.ORGANIZATION
        kinds[actor] = kind
    return kinds
