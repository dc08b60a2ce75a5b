"""Passes that hold candidates as noise or cut them: storms, animals, books of scripture,
streets named as groups, case names, lone abbreviations, words the article also writes in lower
case (``_drop_common_words``), and names spaCy joined into one (``_split_joined_names``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from analysis import gazetteer, names
from analysis.actors.candidates import _headline_word
from analysis.actors.places import _is_street_corner
from analysis.actors.spans import (
    _P_CONFIG,
    _P_ENTITY,
    _P_GAZETTEER,
    _THE_BEFORE,
    _Cand,
    _mention_counts,
    _one_line,
    _Para,
    listed_names,
)
from analysis.identity import surname as _surname  # one rule with the store's joins
from analysis.resources import lexicon_words
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


#: A storm's name after its word, and a second storm's name joined to it: "Hurricane Maria",
#: "Hurricanes Harvey and Irma", "Typhoons Lan, Saola" (``names.STORM_WORDS``).
_STORM_NAMES = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, names.STORM_WORDS), key=len, reverse=True))
    + r")\s+([A-Z][a-z]+)(?:\s*(?:,|and|&)\s*([A-Z][a-z]+)\b)?")


def _drop_storms(paras: Sequence[_Para]) -> None:
    """A storm is no actor: a name opening with a storm's word ("Hurricanes Harvey", tagged a
    person) and the storm's name alone anywhere in the article ("Harvey was blamed for the
    decline", "because of Irma", tagged a person or a place) are held as noise."""
    storms = {name for para in paras for m in _STORM_NAMES.finditer(para.paragraph.text)
              for name in m.groups() if name}
    if not storms:
        return
    for para in paras:
        for c in para.cands:
            if c.priority != _P_CONFIG and (c.actor in storms
                                            or c.actor.split()[0] in names.STORM_WORDS):
                c.noise, c.person = True, ""  # no surname of it is looked for either


def _drop_cut_off_names(paras: Sequence[_Para]) -> None:
    """A name the article's text ends in with no mark after it ("... was brought down by Motho",
    "The Warri"): the page was cut off there, mid-sentence, and the word may be the first
    letters of any name ("Mothobi", "Warriors"). No mention; where the name is whole, its
    mentions before stay. A name the gazetteer knows ("... ties with Russia") is kept, and so is
    one the article writes whole before (a related story's line: "... against Harvey
    Weinstein")."""
    if not paras:
        return
    text = paras[-1].paragraph.text.rstrip()
    if not text or not text[-1].isalnum():
        return
    for c in paras[-1].cands:
        if c.end != len(text):
            continue
        name = text[c.start:c.end]
        before = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        if gazetteer.lookup(name) is None and not any(
                before.search(para.paragraph.text) for para in paras[:-1]) and not before.search(
                    text, 0, c.start):
            c.noise = True


def _drop_animals(paras: Sequence[_Para]) -> None:
    """An animal named as one ("a cat named Rex", ``_names_an_animal``) is no actor, and its
    name alone elsewhere in the article ("rescued Rex from the trash") is held as noise too."""
    animals = {c.actor for para in paras for c in para.cands if c.animal}
    for para in paras:
        for c in para.cands:
            if c.actor in animals and c.priority != _P_CONFIG:
                c.noise, c.person = True, ""


#: A book of the Bible cited: "Mark 1:40", "the Gospel according to John", "the Gospel of Luke".
_BOOK_CITED = re.compile(
    r"\b(?:(?P<cited>[A-Z][a-z]+) \d{1,3}:\d{1,3}\b"
    r"|Gospels? (?:of|according to) (?P<gospel>[A-Z][a-z]+))")


def _drop_scripture_books(paras: Sequence[_Para]) -> None:
    """A book of the Bible named like a person (``names.SCRIPTURE_BOOKS``) that the article cites
    with a chapter and a verse or as a gospel ("Mark 1:40", "the Gospel according to John") is
    the book wherever the article names it alone ("the roughest of the Gospels is Mark"): held
    as noise. A full name ("Mark Twain") is read as a name."""
    books = {name for para in paras for m in _BOOK_CITED.finditer(para.paragraph.text)
             if (name := m.group("cited") or m.group("gospel")) in names.SCRIPTURE_BOOKS}
    for para in paras:
        for c in para.cands:
            if c.actor in books and c.priority != _P_CONFIG:
                c.noise, c.person = True, ""


def _drop_streets_as_groups(paras: Sequence[_Para]) -> None:
    """A name the article gives a street at a corner ("the corner of Kedzie and Montrose",
    ``_is_street_corner``) that spaCy tags a group or a body elsewhere ("the Kedzie building",
    "the collapse at Kedzie") is that street there too, no actor: held as noise. Tagged a
    person or a place elsewhere it is left alone (a street may be named for a person, and a
    place is read as where); a longer body's name ("Kedzie Holdings") is another actor."""
    streets = {_one_line(doc[ent.start:ent.end].text) for para in paras
               for doc in (para.doc,) for ent in doc.ents
               if _is_street_corner(doc, ent.start, ent.end)}
    if not streets:
        return
    for para in paras:
        for c in para.cands:
            if c.actor in streets and c.kind in (ActorKind.GROUP, ActorKind.ORGANIZATION) \
                    and c.priority != _P_CONFIG:
                c.noise, c.person = True, ""


#: A court case named by its parties: "Roe v. Wade", "Miranda v. Arizona" ("v." as lawyers
#: write it; "vs." also names matches and shows, so it is not read).
_CASE_NAME = re.compile(r"\b([A-Z][a-z][\w'’-]*) v\. ([A-Z][a-z][\w'’-]*)\b")


def _drop_case_names(paras: Sequence[_Para]) -> None:
    """A court case is no actor, and a story names it by its first party alone ("overturning
    Roe", "let Roe stand" after "Roe v. Wade"): each one-word party of a case the article names
    is held as noise wherever it stands alone, unless the article names a person in full with
    that surname ("Jane Roe"), whose surname it may then be."""
    parties = {name for para in paras for m in _CASE_NAME.finditer(para.paragraph.text)
               for name in m.groups()}
    if not parties:
        return
    parties -= {_surname(c.person.split()) for para in paras for c in para.cands
                if len(c.person.split()) > 1}
    for para in paras:
        for c in para.cands:
            if c.priority != _P_CONFIG and c.actor in parties:
                c.noise, c.person = True, ""  # no surname of it is looked for either


#: A heading has at most this many words: a headline, a section's title, a related story's link.
HEADING_MAX_WORDS = 16
#: The end of a sentence, closing quotation marks and brackets after it: no heading ends so.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
#: Punctuation around a heading's word ("‘Bolsonaro", "Brazil:"), which says nothing of its case.
_WORD_EDGES = "\"'“”‘’()[]:;,"


def _is_heading(text: str) -> bool:
    """The paragraph is a short title-case line with no full stop: a headline, a section's title,
    a related story's link ("Mayor Defends Budget Plan", "Brazil: Lula Meets With the Presidents
    of the House"). Every word that opens with a letter is capitalised but the short words a
    heading leaves in lower case (``names.HEADING_SMALL_WORDS``); a sentence has lower-case
    words, or ends with a stop."""
    words = text.split()
    if not words or len(words) > HEADING_MAX_WORDS or _SENTENCE_END.search(text.rstrip()):
        return False
    content = [w for w in (w.strip(_WORD_EDGES) for w in words)
               if w[:1].isalpha() and w.lower() not in names.HEADING_SMALL_WORDS]
    return len(content) >= 2 and all(w[0].isupper() for w in content)


def _written_in(text: str, name: str) -> bool:
    """``name`` is written, as a whole word or words and in the same case, in ``text``."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def _line_at(text: str, start: int, end: int) -> str:
    """The line of ``text`` that holds the span ``[start, end)``."""
    return text[text.rfind("\n", 0, start) + 1:(text.find("\n", end) + 1 or len(text) + 1) - 1]


def _drop_heading_names(paras: Sequence[_Para]) -> None:
    """A name the tagger found only in headings (``_is_heading``; a line of its own, alone or in
    a paragraph with other lines) that the article's other lines never write is no actor of
    the story: headline words glued into a name ("Mayor Defends Budget Plan" tagged a body,
    "Oil Majors" of "US Oil Majors' Profits Seen Up" beside "oil majors" below), a menu's or a
    banner's words ("Asia Headline News World News": an outlet named only so is a banner's, a
    known outlet's name too, the site's own, which the gazetteer finds),
    or someone only a related story's link names. It is held as noise before any join, so that
    no short name joins it. Where the name opens with words the other lines write ("Lula Meets"
    beside "Lula said", "Varga Publicly Admitted" beside "Ilse Varga"), the rest is the
    headline's glued predicate: the mention is cut to those words, the gazetteer's actor where
    it knows them ("Abuja Downplays Warnings": the capital). A person's name whose surname the
    other lines write stays whole ("Fumio Kishida" in the headline, "Kishida" below); so do the
    gazetteer's names, the known bodies, the user's actors (not tagged), and every name of an
    article that is all headings."""
    lines = [line for p in paras for line in p.paragraph.text.split("\n")]
    heading = {line for line in lines if _is_heading(line)}
    body = "\n".join(line for line in lines if line not in heading)
    if not heading or not body.strip():
        return
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            name = c.actor
            if (not c.noise and c.priority != _P_CONFIG and gazetteer.is_media(name)
                    and _line_at(text, c.start, c.end) in heading and not _written_in(body, name)):
                c.noise, c.person = True, ""  # the site's own banner: "Kelby Telegraph"
                continue
            if (c.noise or not c.from_entity or c.priority != _P_ENTITY
                    or _line_at(text, c.start, c.end) not in heading
                    or gazetteer.lookup(name) is not None or name in gazetteer.NAMED_BODIES
                    or _written_in(body, name)):
                continue
            words = c.person.split()
            if len(words) > 1 and _written_in(body, _surname(words)):
                continue
            _cut_to_written_words(c, para.doc, body)


#: The fewest function words of another language (``names.FOREIGN_FUNCTION_WORDS``) that make
#: a sentence one written in it, where they also outnumber the English function words; the
#: particles inside names ("de", "la", "del": "Juan de la Cruz") do not count.
_MIN_FOREIGN_WORDS = 2


def _is_foreign_sentence(sent: Span) -> bool:
    """``sent`` is written in another language: a quotation in Tagalog, a Spanish caption.
    spaCy's English model reads such words as names ("Maawa ka naman sa akin" tags a place),
    so its function words are counted against the English ones (spaCy's stop words)."""
    foreign = sum(1 for t in sent if t.lower_ in names.FOREIGN_FUNCTION_WORDS
                  and t.lower_ not in names.PARTICLES and not t.is_stop)
    english = sum(1 for t in sent if t.is_stop)
    return foreign >= _MIN_FOREIGN_WORDS and foreign > english


def _outside(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with the character ``spans`` (in order, apart) left out."""
    kept, at = [], 0
    for start, end in spans:
        kept.append(text[at:start])
        at = end
    return "\n".join([*kept, text[at:]])


def _drop_foreign_words(paras: Sequence[_Para]) -> None:
    """A name the tagger found only in sentences written in another language
    (``_is_foreign_sentence``) is no actor: the English model takes that language's capitalised
    verbs, pronouns and titles for names ("Papatayin ako ni ...", "junto al Canciller de ...").
    A name the article's English sentences write too stays (the person a quotation names, by
    the surname of his full name too), as do
    the gazetteer's names, the known bodies, the user's actors and a person's full name of
    capitalised words, none of that language's function words ("Si Bongbong" is not one)."""
    foreign: list[list[tuple[int, int]]] = [
        [(s.start_char, s.end_char) for s in p.doc.sents if _is_foreign_sentence(s)]
        for p in paras]
    if not any(foreign):
        return

    def inside(i: int, c: _Cand) -> bool:
        return any(start <= c.start < end for start, end in foreign[i])

    english = "\n".join(_outside(p.paragraph.text, spans) for p, spans in zip(paras, foreign,
                                                                              strict=True))
    for i, para in enumerate(paras):
        for c in para.cands:
            if (c.noise or c.priority != _P_ENTITY or not c.from_entity or not inside(i, c)
                    or _written_in(english, c.actor) or c.actor in gazetteer.NAMED_BODIES):
                continue
            words = c.actor.split()
            if c.kind is ActorKind.PERSON and len(words) > 1 and all(
                    w[0].isupper() and w.lower() not in names.FOREIGN_FUNCTION_WORDS
                    for w in words):
                continue  # a person a caption names in full ("Ramiro Solis junto al ...")
            c.noise, c.person = True, ""


def _written_opening(words: list[str], body: str) -> str | None:
    """The longest opening words of a name, not all of them, that ``body`` writes."""
    return next((part for k in range(len(words) - 1, 0, -1)
                 if _written_in(body, part := " ".join(words[:k]))), None)


def _cut_to_written_words(c: _Cand, doc: Doc, body: str) -> None:
    """Cut the heading's candidate ``c`` to its opening words that ``body`` writes, where a
    headline's verb or adverb follows them (``_headline_word``: "Lula Meets"; "Varga Controls",
    a firm's name, is left whole) or where the tagger took the span for a person's name
    ("Jane Doe Hate Speech Trials": the person the sentences name); hold it as noise where no
    opening words are written."""
    text = doc.text
    part = _written_opening(c.actor.split(), body)
    found = None if part is None else re.match(r"\s+".join(map(re.escape, part.split())),
                                               text[c.start:c.end])
    if part is None or found is None:
        c.noise, c.person = True, ""  # nothing of it is written: no surname is looked for
        return
    end = c.start + found.end()
    after = next((t for t in doc if t.idx >= end and not t.is_space), None)
    if c.kind is not ActorKind.PERSON and (after is None or not _headline_word(after)):
        return
    c.end, c.actor, c.bare, c.titled = end, part, None, False
    if (entry := gazetteer.lookup(part)) is not None:
        # a known place or body in the gazetteer's terms: "Abuja" is Nigeria's capital
        c.actor, c.kind, c.via, c.priority = entry.actor, entry.kind, entry.via, _P_GAZETTEER
        c.from_entity, c.person, c.abbreviation = False, "", entry.abbreviation
    elif c.kind is ActorKind.PERSON:
        c.person = part


def _drop_lone_abbreviations(paras: Sequence[_Para]) -> None:
    """A state's short form ("Calif.") is the state where the article names the state another
    way too ("California", "Sacramento"); alone it is part of an address or a dateline
    ("Portland, Ore.", "WEST PALM BEACH, Fla. —"), where, not who: no actor. A party label's
    ("(D-Calif.)") never counts (``_PARTY_LABEL``)."""
    named = {c.actor for para in paras for c in para.cands if not c.noise and not c.abbreviation}
    for para in paras:
        for c in para.cands:
            if c.abbreviation and c.actor not in named:
                c.noise = True


#: Two one-word names spaCy tagged as one body or place: "Federer and Nadal", "Bulls and Jazz".
_JOINED_NAMES = re.compile(r"([A-Z][\w'’.-]*) and ([A-Z][\w'’.-]*)")
#: Two one-word names run together across the two spaces a corpus leaves for a comma it
#: stripped: "sent messages to Woods  Mickelson said", "by his collaborator Anjani  Canongate
#: said" (the end of one clause, then the subject of the next).
_SPACED_NAMES = re.compile(r"([A-Z][\w'’.-]*) {2,}([A-Z][\w'’.-]*)")
#: Two groups' words joined by a hyphen: "Latino-Muslim unity", "Sunni-Shia violence".
_GROUP_PAIR = re.compile(r"([A-Z][a-z]+)-([A-Z][a-z]+)")
#: Tags of a finite verb: the one after two names run together has the second for its subject.
_FINITE_TAGS: frozenset[str] = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _named_apart(paras: Sequence[_Para], *, joined: Callable[[str], bool]
                 ) -> dict[str, ActorKind]:
    """The kind of each name the article gives an actor (the first), and a person's for the
    surname of each full name a person is given, leaving out the names ``joined`` says are two
    or more run together: what a name inside such a run may be named apart as."""
    kinds: dict[str, ActorKind] = {}
    for para in paras:
        for c in para.cands:
            if not c.noise and not joined(c.actor):
                kinds.setdefault(c.actor, c.kind)
                if len(words := c.person.split()) > 1:
                    kinds.setdefault(_surname(words), ActorKind.PERSON)
    return kinds


def _split_joined_names(paras: Sequence[_Para]) -> None:
    """A body or a place spaCy tagged as "X and Y", two one-word names, is two actors where one of
    them is named apart elsewhere in the article (as an actor or as the surname of a full name)
    or is a known company, network or team: "Federer and Nadal" beside "Roger Federer" and
    "Nadal", "Alphabet and Facebook". A firm named for two people ("Barnes & Noble", "Procter
    and Gamble") never names its halves apart, and a country in it is left to the gazetteer.
    So are two names written with the two spaces of a stripped comma between them
    (``_SPACED_NAMES``): where both are named apart ("Woods  Mickelson" beside "Tiger Woods"
    and "Phil Mickelson"), or one is and a finite verb follows, whose subject is the second
    ("Anjani  Canongate said" beside "the publisher Canongate"). A firm's name has no comma.
    Two places the gazetteer knows, tagged as one body ("Vava'u and Ha'apai"), are the two.
    Two groups' words joined by a hyphen ("Latino-Muslim unity") are the two groups where the
    article names both apart in the plural ("Latinos", "Muslims"): mentions of each."""
    kinds = _named_apart(paras, joined=lambda actor: _JOINED_NAMES.fullmatch(actor) is not None)
    for para in paras:
        text = para.paragraph.text
        kept: list[_Cand] = []
        for c in para.cands:
            tagged = c.from_entity and not c.noise and c.kind is not ActorKind.PERSON
            joined = (_JOINED_NAMES.fullmatch(c.actor) if tagged and text[c.start:c.end] == c.actor
                      else None)
            spaced = (_SPACED_NAMES.fullmatch(text, c.start, c.end)
                      if tagged and joined is None else None)
            if spaced is not None:
                joined = spaced
                if sum(s in kinds for s in spaced.groups()) < (
                        1 if _finite_verb_after(para.doc, c.end) else 2):
                    joined = None
            pair = (_GROUP_PAIR.fullmatch(text, c.start, c.end)
                    if tagged and joined is None and spaced is None else None)
            if pair is not None and all(f"{s}s" in kinds for s in pair.groups()):
                kept.extend(_Cand(pair.start(g), pair.end(g), f"{side}s", kinds[f"{side}s"],
                                  "alias", c.priority, from_entity=True)
                            for g, side in enumerate(pair.groups(), start=1))
                continue
            sides = joined.groups() if joined is not None else ()
            places = [gazetteer.lookup(s) for s in sides]
            if sides and joined is not spaced and all(
                    e is not None and e.kind is ActorKind.PLACE for e in places):
                # "Vava'u and Ha'apai" tagged one body: two places the gazetteer knows
                kept.extend(_Cand(c.start + joined.start(g), c.start + joined.end(g), e.actor,
                                  ActorKind.PLACE, e.via, c.priority, from_entity=True)
                            for g, e in enumerate(places, start=1) if e is not None)
                continue
            if (not sides or all(s not in kinds and s not in gazetteer.NAMED_BODIES for s in sides)
                    or any(e is not None for e in places)):
                kept.append(c)
                continue
            shift = 0 if joined is spaced else c.start  # the spaced pattern ran on the text
            for g, side in enumerate(sides, start=1):
                kind = kinds.get(side, c.kind)
                kept.append(_Cand(shift + joined.start(g), shift + joined.end(g), side, kind,
                                  "name", c.priority, from_entity=True,
                                  person=side if kind is ActorKind.PERSON else ""))
        para.cands = kept


#: The fewest names of a list that is split whatever the article says of them: a firm's name
#: holds a comma or two ("Skadden, Arps, Slate" has an ampersand too, which no list here has).
_MIN_LISTED = 3


def _split_listed_names(paras: Sequence[_Para]) -> None:
    """A body or a place spaCy tagged as a list of names joined by commas is its names where it
    has three or more ("the departments of Amazonas, Ancash, Arequipa, Ayacucho"), or where one
    of them is named apart in the article or known to the gazetteer ("Mizan, Motaleb and Noor"
    beside "Mohammad Mizan"; "Marcos, University of Santo Tomas Department of Political
    Science" beside "Ferdinand Marcos Jr"): each name takes its own kind where the article or
    the gazetteer gives one, the entity's otherwise."""
    kinds = _named_apart(paras, joined=lambda actor: "," in actor)
    for para in paras:
        text = para.paragraph.text
        kept: list[_Cand] = []
        for c in para.cands:
            parts = (listed_names(text, c.start, c.end)
                     if c.from_entity and not c.noise and c.kind is not ActorKind.PERSON else [])
            names_ = [text[a:b] for a, b in parts]
            known = [gazetteer.lookup(n) for n in names_]
            if not parts or (len(parts) < _MIN_LISTED and not any(
                    n in kinds or e is not None for n, e in zip(names_, known, strict=True))):
                kept.append(c)
                continue
            for (a, b), name, entry in zip(parts, names_, known, strict=True):
                kind = kinds.get(name) or (entry.kind if entry is not None else c.kind)
                kept.append(_Cand(a, b, entry.actor if entry is not None else name, kind,
                                  entry.via if entry is not None else "name", c.priority,
                                  from_entity=True,
                                  person=name if kind is ActorKind.PERSON else ""))
        para.cands = kept


#: What joins the two halves of one firm's name: "Kamaaina Termite and Pest Control".
_FIRM_JOINERS: tuple[str, ...] = (" and ", " & ")


def _join_firm_halves(paras: Sequence[_Para]) -> None:
    """A body spaCy tagged as two, "Acme Termite" and "Pest Control" of "Acme Termite and Pest
    Control", is one firm where the second half is only capitalised English common nouns, no
    name ("Pest Control", "Lawn Care"), neither half is named anywhere else, and the pair is
    the object of a preposition ("president of Acme Termite and Pest Control", "toward Sunrise
    Hospital and Medical Center"): the first mention takes the whole name, the second is part
    of it. A second half that is a name ("Apple and Google") or a known body, either named
    apart, or two that act ("Harbour Philharmonic and Kestrel Tech backed ...") are left two."""
    count = _mention_counts(paras)
    nouns = lexicon_words("noun")
    for para in paras:
        text = para.paragraph.text
        cands = sorted((c for c in para.cands if not c.noise), key=lambda c: c.start)
        for first, second in pairwise(cands):
            words = second.actor.split()
            if (first.kind is ActorKind.ORGANIZATION and second.kind is ActorKind.ORGANIZATION
                    and first.from_entity and second.from_entity
                    and " " in first.actor and len(words) > 1
                    and text[first.end:second.start] in _FIRM_JOINERS
                    and _after_a_preposition(para.doc, first.start)
                    and count[first.actor] == 1 and count[second.actor] == 1
                    and all(w[:1].isupper() and w.lower() in nouns for w in words)
                    and gazetteer.lookup(second.actor) is None
                    and second.actor not in gazetteer.NAMED_BODIES):
                first.end, first.actor = second.end, _one_line(text[first.start:second.end])
                second.noise, second.person = True, ""


def _after_a_preposition(doc: Doc, start: int) -> bool:
    """The word before the character offset ``start``, past an article and spaces, is a
    preposition: "of Acme", "before a Senate Appropriations ..."."""
    before = [t for t in doc if t.idx < start and not t.is_space]
    while before and before[-1].pos_ == "DET":
        before.pop()
    return bool(before) and before[-1].pos_ == "ADP"


def _finite_verb_after(doc: Doc, end: int) -> bool:
    """The first word after the character offset ``end`` is a finite verb ("said", "turned")."""
    tok = next((t for t in doc if t.idx >= end and not t.is_space), None)
    return tok is not None and tok.pos_ in ("VERB", "AUX") and tok.tag_ in _FINITE_TAGS


def _lower_case_words(paras: Sequence[_Para]) -> frozenset[str]:
    """The words the article writes in lower case somewhere: "white" makes "White" a word, not
    a name, in the rules that take untagged words for names."""
    return frozenset(t.text for para in paras for t in para.doc if t.text.islower())


def _drop_common_words(paras: list[_Para], *, common: frozenset[str],
                       personal: frozenset[str]) -> None:
    """A one-word name spaCy tagged that the article also writes in lower case ("String" beside
    "a string quartet", "Magazine" cut from a heading beside "the magazine") is a word the
    tagger took for a name, not an actor: all its mentions are held as noise; so is one named
    only once, as the first word of a sentence, which the tagger reads as an adjective, a common
    noun or a verb ("Broken windows were seen", "Extra tickets"). A given name, a
    name the gazetteer, the outlets or the known bodies hold, a name in capitals, one a title or
    a clause with "his" or "her" makes a person's (``personal``), and a name also written
    another way (joined to a full name, an alias) are left alone. So is a span of capitalised
    plural common nouns a title-cased headline lists with its commas stripped ("Coworkers
    Friends  Acquaintances", ``_lists_plural_nouns``)."""
    plain: dict[str, bool] = {}  # actor -> every mention is the bare word itself
    outlets: set[str] = set()  # "the Post", "the Times": an outlet named by its last word
    opener: dict[str, bool] = {}  # actor -> named once, as a word that opens a sentence
    plural_lists: dict[str, bool] = {}  # actor -> always a headline's list of plural nouns
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if not c.noise:
                plural_lists[c.actor] = plural_lists.get(c.actor, True) and _lists_plural_nouns(
                    text[c.start:c.end])
                plain[c.actor] = plain.get(c.actor, True) and c.via == "name" and not c.titled \
                    and text[c.start:c.end] == c.actor
                opener[c.actor] = c.actor not in opener and _opens_sentence_as_word(para.doc, c)
                if c.actor in gazetteer.MEDIA_WORDS and _THE_BEFORE.search(text, 0, c.start):
                    outlets.add(c.actor)
    words = {a for a, listed in plural_lists.items() if listed}
    words |= {a for a, bare in plain.items()
             if bare and " " not in a and (a.lower() in common or opener[a]) and not a.isupper()
             and a not in personal and a not in outlets and a not in names.GIVEN_NAMES
             and gazetteer.lookup(a) is None and not gazetteer.is_media(a)
             and a not in gazetteer.NAMED_BODIES}
    for para in paras:
        for c in para.cands:
            if c.actor in words:
                c.noise = True
    _brands_opened_by_a_word(paras, plain, personal)


#: A possessive and a capitalised word after a name: "'s Bounty" of "Nature's Bounty".
_BRAND_TAIL = re.compile(r"['’]s (?P<word>[A-Z][a-z]+)\b")


def _brands_opened_by_a_word(paras: list[_Para], plain: dict[str, bool],
                             personal: frozenset[str]) -> None:
    """A common noun named once and tagged alone before its possessive and a second common noun
    that nothing else takes ("vitamin maker Nature's Bounty" tagged "Nature" a person) is cut
    from the brand written right there: the mention is the brand's, an organisation. A name
    named more than once, a given name, one a clause makes a person's, and a known name are
    left alone ("Trump's Cabinet")."""
    count = _mention_counts(paras)
    nouns = lexicon_words("noun")
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            a = c.actor
            if (c.noise or count.get(a) != 1 or not plain.get(a) or " " in a
                    or a.lower() not in nouns or a in personal or a in names.GIVEN_NAMES
                    or gazetteer.lookup(a) is not None or a in gazetteer.NAMED_BODIES
                    or (tail := _BRAND_TAIL.match(text, c.end)) is None
                    or tail.group("word").lower() not in nouns
                    or para.taken.find(1, c.end, tail.end()) != -1):
                continue
            para.taken[c.end:tail.end()] = b"\x01" * (tail.end() - c.end)
            c.end, c.actor, c.person = tail.end(), text[c.start:tail.end()], ""
            c.kind = ActorKind.ORGANIZATION


#: The two or more spaces a corpus leaves for a comma it stripped.
_STRIPPED_COMMA = re.compile(r" {2,}")


def _lists_plural_nouns(written: str) -> bool:
    """The span lists, across stripped commas, one-word plurals of English common nouns none of
    which is a known name: "Friends  Acquaintances" of a headline's "Coworkers, Friends,
    Acquaintances"; not "Eagles  Giants" (teams) nor "Apple  Amazon"."""
    parts = _STRIPPED_COMMA.split(written)
    nouns = lexicon_words("noun")
    return len(parts) > 1 and all(
        p.isalpha() and p[:1].isupper() and p.endswith("s") and p[:-1].lower() in nouns
        and p not in gazetteer.NAMED_BODIES and gazetteer.lookup(p) is None for p in parts)


#: Parts of speech of a capitalised word that opens a sentence as a word, not a name
#: ("Broken windows", "Extra tickets", "Trains whistled").
_WORD_POS: frozenset[str] = frozenset({"ADJ", "NOUN", "VERB"})


def _opens_sentence_as_word(doc: Doc, c: _Cand) -> bool:
    """The candidate is one word that opens a sentence, where a capital says nothing, that the
    tagger reads as an adjective, a common noun or a verb, not a proper noun, and that the
    English lexicon lists (an unknown name the tagger calls a noun is still a name)."""
    span = doc.char_span(c.start, c.end)
    if span is None or len(span) != 1:
        return False
    tok = span[0]
    words = lexicon_words()
    if not tok.is_sent_start:
        # "CLOSE Reports say ...": a page's furniture word opens the video's caption, and the
        # tagger reads the word after it as part of a name; a plural common noun there
        # ("Reports", "Officials") opens the sentence as a word
        before = doc[tok.sent.start:tok.i]
        nouns = lexicon_words("noun")
        return (c.kind is not ActorKind.GROUP  # "CLOSE Catholics in Myanmar prepare"
                and any(t.text in names.FURNITURE_WORDS for t in before)
                and all(t.is_space or t.text in names.FURNITURE_WORDS for t in before)
                and tok.text.endswith("s") and tok.lower_[:-1] in nouns)
    return tok.pos_ in _WORD_POS and (tok.lower_ in words or tok.lemma_.lower() in words)
