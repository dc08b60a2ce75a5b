"""Which mentions are one person: a lone name completed to the full name beside it
(given names spaCy left out put back), a surname, a first name or a titled surname joined to the
one full name that has it (``_join_persons``: glued names cut, spellings and relatives told
apart, full names recovered, surnames spaCy missed found)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from analysis import gazetteer, names, references
from analysis.actors.candidates import _headline_word
from analysis.actors.kinds import _pronoun_back
from analysis.actors.matcher import _Matcher
from analysis.actors.spans import (
    _OPEN_QUOTES,
    _P_CONFIG,
    _P_ENTITY,
    _RUN_TOGETHER,
    _before_spaces,
    _Cand,
    _is_title_or_demonym,
    _mention_counts,
    _name_word,
    _next_word,
    _one_line,
    _Para,
    _title_run,
    _word_before,
)
from analysis.identity import surname as _surname  # one rule with the store's joins
from analysis.resources import lexicon_words
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Entity types a missed surname never carries.
_NUMBER_ENT_TYPES: frozenset[str] = frozenset(
    {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
)

#: How spaCy attaches the given names in front of a surname it tagged alone ("Pep" of "Pep
#: Guardiola"): as compounds of the surname, or of the next given name.
_NAME_DEPS: frozenset[str] = frozenset({"compound", "flat"})
#: Entity labels a given name in front of a surname may carry: none (spaCy tagged the surname
#: alone), the person's, or the product spaCy took the whole name for ("Valtteri Bottas").
_GIVEN_NAME_LABELS: frozenset[str] = frozenset({"", "PERSON", "PRODUCT"})
#: The most given names taken in front of a surname ("Chan Han Choi").
_MAX_GIVEN_NAMES = 2


def _given_names_before(doc: Doc, i: int, *, common: frozenset[str], end: int | None = None
                        ) -> int:
    """Where the given names in front of the name at tokens ``[i, end)`` (``end``: one token)
    start (``i`` when there are none): proper nouns the parser attaches to the name, capitalised
    and not titles, demonyms, known places or bodies, party words ("Libertarian"), organisation
    words, or words the article writes in lower case (``common``)."""
    last = i if end is None else end - 1
    first = i
    while first > 0 and i - first < _MAX_GIVEN_NAMES:
        tok = doc[first - 1]
        word = tok.text
        if (not _name_word(tok) or tok.dep_ not in _NAME_DEPS
                or not first <= tok.head.i <= last or tok.ent_type_ not in _GIVEN_NAME_LABELS
                or not word.replace("-", "").isalpha()
                or _is_title_or_demonym(word) or gazetteer.lookup(word) is not None
                or word in names.PARTY_WORDS or word in names.ORG_WORDS
                or word in gazetteer.CALENDAR
                or word.lower() in common):
            break
        first -= 1
    return first


def _complete_lone_names(paras: list[_Para], *, common: frozenset[str]) -> None:
    """A one-word name spaCy tagged without the given names the parser puts in front of it is
    the full name: "Esteban Loaiza" where only "Loaiza" was tagged, "Pep Guardiola's side" where
    "Guardiola" was tagged an organisation, "Chan Han Choi" where nothing was tagged but "Choi"
    is an actor elsewhere. The full name is a person's, and the lone name's other mentions then
    join it by the surname rule, unless the lone word is an organisation word and no given name
    opens the name ("the Producers Guild" with "Guild" alone tagged a person; names.json
    org_words): a body's name. A name the article also uses as another kind of actor in full ("Man
    City") is left alone, and so is a group's ("Coptic Orthodox" is no person's full name)."""
    lone = {c.actor for para in paras for c in para.cands
            if c.from_entity and not c.noise and " " not in c.actor
            and c.actor not in gazetteer.TITLES and gazetteer.lookup(c.actor) is None}
    lone -= {c.actor for para in paras for c in para.cands if c.kind is ActorKind.GROUP}
    if not lone:
        return
    others = {c.actor for para in paras for c in para.cands if c.kind is not ActorKind.PERSON}
    for para in paras:
        doc, taken = para.doc, para.taken
        at = {c.start: c for c in para.cands if c.end - c.start == len(c.actor)}
        added = []
        for tok in doc:
            if tok.text not in lone:
                continue
            first = _given_names_before(doc, tok.i, common=common)
            start, end = doc[first].idx, tok.idx + len(tok)
            full = _one_line(para.paragraph.text[start:end])
            if first == tok.i or full in others:
                continue
            cand = at.get(tok.idx)
            if cand is not None and cand.actor == tok.text and not cand.noise:
                if taken.find(1, start, tok.idx) != -1:
                    continue
                cand.start, cand.bare, cand.titled = start, None, False
            elif taken.find(1, start, end) == -1:
                cand = _Cand(start, end, full, ActorKind.PERSON, "name", _P_ENTITY,
                             from_entity=True)
                added.append(cand)
            else:
                continue
            # "the Producers Guild" with "Guild" alone tagged a person: a body's word ends it,
            # unless a given name opens the name ("Grace Park", "Ann Church")
            body = tok.text in names.ORG_WORDS and not names.is_given_name(doc[first].text)
            cand.actor, cand.person = full, "" if body else full
            cand.kind = ActorKind.ORGANIZATION if body else ActorKind.PERSON
            taken[start:end] = b"\x01" * (end - start)
        if added:
            para.cands = sorted([*para.cands, *added], key=lambda c: c.start)


def _complete_given_names(paras: list[_Para], *, common: frozenset[str]) -> None:
    """A lone given name spaCy tagged without the surname right after it is the full name:
    "against Jelena Ostapenko" where only "Jelena" was tagged, and as a place. The word after
    must be one the parser hangs the given name on (or a word before the given name's head), a
    capitalised proper noun spaCy left untagged, not itself a given name, a known place or body,
    a title, an organisation word or a word the article writes in lower case (``common``), and
    the last capitalised word there: "Mary Ann" or a longer name ("Ana Lidia Ruiz") is left to
    the tagger. The full name is a person's; the lone names then join it by the name rules."""
    for para in paras:
        doc, taken = para.doc, para.taken
        for c in para.cands:
            if c.noise or not c.from_entity or " " in c.actor or not names.is_given_name(c.actor):
                continue
            span = doc.char_span(c.start, c.end)
            if span is None or len(span) != 1 or span.end >= len(doc):
                continue
            given, tok = span[0], doc[span.end]
            if given.dep_ not in _NAME_DEPS or given.head.i < tok.i:
                continue
            word = tok.text
            after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if (tok.pos_ != "PROPN" or tok.ent_type_ or not _name_word(tok)
                    or not word.isalpha() or not word[1:].islower()
                    or names.is_given_name(word) or _is_title_or_demonym(word)
                    or gazetteer.lookup(word) is not None or word in names.ORG_WORDS
                    or word in names.PLACE_WORDS or word in gazetteer.CALENDAR
                    or word.lower() in common or taken.find(1, tok.idx, tok.idx + len(word)) != -1
                    or (after is not None and after.text[:1].isupper())):
                continue
            c.end = tok.idx + len(word)
            c.actor = c.person = _one_line(para.paragraph.text[c.start:c.end])
            c.kind, c.bare, c.titled = ActorKind.PERSON, None, False
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)


#: The most words of the person's name a given name tagged apart joins ("Chandra Sharma").
_MAX_JOINED_NAME_WORDS = 2


def _join_given_names_tagged_apart(paras: list[_Para]) -> None:
    """A given name spaCy tagged on its own (as a place or a body) right before a person's name
    it tagged apart, one space between, is that name's first word: "Harish" and "Chandra
    Sharma" are "Harish Chandra Sharma", a person. The given name must be no known place or
    body ("Jordan"), no title, and the name after it of one or two words."""
    for para in paras:
        text = para.paragraph.text
        live = sorted((c for c in para.cands if not c.noise), key=lambda c: c.start)
        for given, name in itertools.pairwise(live):
            if (given.noise or not given.from_entity or " " in given.actor
                    or not names.is_given_name(given.actor)
                    or gazetteer.lookup(given.actor) is not None
                    or given.actor in gazetteer.NAMED_BODIES
                    or _is_title_or_demonym(given.actor)
                    or name.kind is not ActorKind.PERSON or not name.from_entity
                    or len(name.actor.split()) > _MAX_JOINED_NAME_WORDS
                    or text[given.end:name.start] != " "):
                continue
            name.start = given.start
            name.actor = name.person = _one_line(text[name.start:name.end])
            given.noise = True


def _join_persons(paras: list[_Para], matcher: _Matcher, *,
                  personal: frozenset[str] = frozenset(),
                  common: frozenset[str]) -> None:
    """Join the short forms of a person's name to the one full name in the article they fit.

    A surname (alone or with a title) or a name's tail ("La Canfora") joins the one full name
    that ends with it; where several do ("Barack Obama", "Michelle Obama"), a gendered title
    ("Mrs Obama") picks the one of that gender, else the one named in an earlier paragraph than
    all the others (a story names its main person first), else the one of the gender of the
    pronouns that point back to the surname (``_pick_by_gender``); where nothing decides, the
    surname is left unresolved, no actor of its own. A lone first word ("Victoria", or
    "Lee" of "Lee Cook-Jong") joins the one full name that opens with it, when no full name
    ends with it. Spellings of one name ("Mikheil" and "Mikhail Saakashvili") are one person.
    """
    _cut_glued_names(paras, common=common)
    full: dict[str, set[str]] = {}
    for para in paras:
        for c in para.cands:
            words = c.person.split()
            if len(words) > 1:
                full.setdefault(_surname(words), set()).add(c.actor)
    _recover_full_names(paras, full)
    first_seen: dict[str, int] = {}
    for i, para in enumerate(paras):
        for c in para.cands:
            if len(c.person.split()) > 1:
                first_seen.setdefault(c.actor, i)
    _join_spellings(paras, full, first_seen)
    surnames: dict[str, str] = {}
    for surname, people in full.items():
        order = sorted(people, key=lambda n: (first_seen.get(n, 0), n))
        if len(order) == 1 or first_seen.get(order[0], 0) < first_seen.get(order[1], 0):
            surnames[surname] = order[0]
    for surname, people in full.items():
        if surname not in surnames and (picked := _pick_by_gender(paras, surname, people)):
            surnames[surname] = picked
    kin_only = _surnames_of_an_earlier_relative(paras, surnames)
    for surname in kin_only:
        del surnames[surname]  # "Weinstein was fired ... with his brother Bob Weinstein"
    for surname, person in matcher.persons.items():
        surnames.setdefault(surname, person)  # config people, where the article has no other
    openers: dict[str, set[str]] = {}
    tails: dict[str, set[str]] = {}
    family: dict[str, set[str]] = {}
    for people in full.values():
        for name in people:
            words = name.split()
            openers.setdefault(words[0], set()).add(name)
            for k in range(1, len(words) - 1):  # "La Canfora" of "Jason La Canfora"
                tails.setdefault(" ".join(words[k:]), set()).add(name)
            for word in _family_name_short_forms(words):  # "Lula", "Sisi"
                family.setdefault(word, set()).add(name)
    # a word that opens another full name too ("Maria" of "Maria Souza" and "Ana Maria de
    # Lima") is either's: left to the rules for shared names
    tails.update((w, people) for w, people in family.items()
                 if openers.get(w, people) == people and w not in tails)
    # a short form of a given name ("Steve") opens the names whose given name it shortens
    # ("Stephen Paddock"), where no full name opens with the short form itself
    shortened: dict[str, set[str]] = {}
    for short, given in names.SHORT_FORMS.items():
        for g in given:
            shortened.setdefault(short, set()).update(openers.get(g, ()))
    for short, people in shortened.items():
        if people and short not in openers:
            openers[short] = people
    # a known body's name opens no person's name: "Bitcoin" is not the given name of a
    # "Bitcoin ATM" spaCy took for a person
    short: dict[str, tuple[str, str]] = {
        w: (next(iter(n)), "first_name") for w, n in openers.items()
        if len(n) == 1 and w not in full and w not in gazetteer.TITLES
        and w not in gazetteer.NAMED_BODIES
    }
    short.update((w, (next(iter(n)), "surname")) for w, n in tails.items() if len(n) == 1)
    short.update((w, (person, "surname")) for w, person in surnames.items())
    short.update(_given_name_named_first(full, openers, first_seen))
    # a surname or a given name several full names share and nothing decides between ("Dana
    # Orlov" and "Petra Orlov"), or a family name written first ("Wang Shuo", "Wang Qishan"):
    # whose it is stays open, so it is no actor of its own
    nouns = lexicon_words("noun")
    shared = {w for w, people in full.items() if len(people) > 1} | {
        w for w, people in openers.items()
        if len(people) > 1 and w not in full and (names.is_given_name(w) or (
            # a family name written first ("Wang Shuo", "Wang Qishan"): "Wang" alone is
            # either; not a thing's name, where the words after it are English words
            # ("Veltrix" beside "Veltrix Cash" and "Veltrix Gold": a coin's)
            w not in gazetteer.NAMED_BODIES and w not in gazetteer.CURRENCIES
            and gazetteer.lookup(w) is None
            and not any(n.split()[-1].lower() in nouns for n in people)))}
    shared -= short.keys()
    # a target that is itself the tail of one longer name ("La" -> "La Cour" of "Michael La
    # Cour") is that longer name
    owner = {t: next(iter(n)) for t, n in tails.items() if len(n) == 1}
    short = {w: (owner.get(person, person), via) for w, (person, via) in short.items()}

    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise or c.priority == _P_CONFIG:
                continue
            single = c.person if c.person else (c.actor if c.from_entity else "")
            if not single or (" " in single and single not in tails):
                continue
            target = short.get(single) or short.get(_particle_lowered(single))
            if c.titled and single in full and single not in kin_only:
                # "Mrs Obama": the full name of her gender
                gender = references.GENDERED_TITLES.get(text[c.start:c.end].split()[0], "")
                fits = [n for n in full[single] if gender
                        and names.given_name_gender(n) == gender]
                if len(fits) == 1:
                    target = (fits[0], "title")
            if target is not None:
                c.actor, c.kind = target[0], ActorKind.PERSON
                c.via = "title" if c.titled else target[1]
            elif single in shared and c.actor == single:
                c.noise = True
            elif c.person and c.titled:
                c.via = "title"
    # a one-word person the article never names in full ("Ovechkin") is looked for too
    for para in paras:
        for c in para.cands:
            if ((c.kind is ActorKind.PERSON or c.actor in personal) and c.from_entity
                    and not c.noise and " " not in c.actor and c.actor not in gazetteer.TITLES):
                short.setdefault(c.actor, (c.actor, "name"))
    for para in paras:
        _find_missed_surnames(para, short, lower_words=common)


def _given_name_named_first(full: Mapping[str, set[str]], openers: Mapping[str, set[str]],
                            first_seen: Mapping[str, int]) -> dict[str, tuple[str, str]]:
    """A lone word that is a given name opening one full name of the article ("Randall" of
    "Randall Pearson") and the surname of one other ("Dudley Randall", a poet named after
    him) is the person the article names first, as a lone surname shared by two people is:
    here the one it opens, named before the other ("Kate, Kevin and Randall Pearson ... named
    for the poet Dudley Randall ... Randall flees"). Named after the other, the surname rule
    stands. Returned: the word and its person, for the table of short names."""
    out: dict[str, tuple[str, str]] = {}
    for word, opened in openers.items():
        owners = full.get(word, set())
        if len(opened) != 1 or len(owners) != 1 or not names.is_given_name(word):
            continue
        person, owner = next(iter(opened)), next(iter(owners))
        if first_seen.get(person, 0) < first_seen.get(owner, 0):
            out[word] = (person, "first_name")
    return out


#: Possessives in front of a family noun that make the name after it someone's relative.
_KIN_OWNERS: frozenset[str] = frozenset({"his", "her", "their"})


def _named_as_relative(doc: Doc, start: int, end: int) -> bool:
    """The full name at ``start:end`` comes right after "his", "her" or "their", any adjectives
    and a family noun (``names.KIN_NOUNS``), set off by a comma or not: "his brother Bob
    Weinstein", "her younger sister, Dana Orlov"."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    j = _before_spaces(doc, span.start - 1)
    if j >= 0 and doc[j].text == ",":
        j = _before_spaces(doc, j - 1)
    if j < 0 or doc[j].lower_ not in names.KIN_NOUNS:
        return False
    j -= 1
    while j >= 0 and doc[j].pos_ == "ADJ":
        j -= 1
    return j >= 0 and doc[j].lower_ in _KIN_OWNERS


def _surnames_of_an_earlier_relative(paras: Sequence[_Para], surnames: Mapping[str, str]
                                     ) -> list[str]:
    """Surnames whose one full name is a relative of someone (``_named_as_relative``: "his
    brother Bob Weinstein") and that the story writes alone before it names that relative
    ("Weinstein was fired from the company he co-founded with his brother Bob Weinstein"):
    the surname alone is the person the relative is related to, whom the story never names in
    full, so it is not given to the relative and stays a person of its own."""
    out: list[str] = []
    for surname, person in surnames.items():
        named: tuple[int, int] | None = None
        relative = False
        alone: tuple[int, int] | None = None
        for i, para in enumerate(paras):
            for c in para.cands:
                if c.noise:
                    continue
                if c.actor == person and c.person == person:
                    named = min(named or (i, c.start), (i, c.start))
                    relative = relative or _named_as_relative(para.doc, c.start, c.end)
                elif (c.person or c.actor) == surname and alone is None:
                    alone = (i, c.start)
        if relative and named is not None and alone is not None and alone < named:
            out.append(surname)
    return out


def _pick_by_gender(paras: Sequence[_Para], surname: str, people: set[str]) -> str | None:
    """Of several full names ending with ``surname`` ("Tony Orlov", "Cammi Orlov"), the one
    whose given name has the gender of the pronouns that point back to the surname alone
    ("Orlov waited for his players"; ``_pronoun_back``), when exactly one has it."""
    genders: set[str] = set()
    for para in paras:
        for c in para.cands:
            if c.noise or (c.person or c.actor) != surname:
                continue
            span = para.doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is not None and len(span) and (word := _pronoun_back(span[-1])):
                genders.add(references.PRONOUNS[word][0])
    if len(genders) != 1:
        return None
    (gender,) = genders
    fits = [n for n in people if names.given_name_gender(n) == gender]
    return fits[0] if len(fits) == 1 else None


#: A particle and a hyphen opening a surname, capitalised where a sentence starts it:
#: "Al-Khazali said" of "Qais al-Khazali", "El-Sayed" of "Amira el-Sayed".
#: A surname opened by a particle and a hyphen ("al-Sisi", "El-Amin"): the name after it.
_HYPHENED_PARTICLE = re.compile(r"(?P<particle>[A-Za-z]{1,4})-(?P<name>[A-Z][\w'’]+)")


def _family_name_short_forms(words: Sequence[str]) -> list[str]:
    """The one-word forms a story shortens a full name's family name to, beyond its last word:
    a surname opened by a particle and a hyphen without them ("Sisi" of "Abdel Fattah
    al-Sisi"), and the word, after the given names, that opens a family name going on with
    particles ("Lula" of "Luiz Inácio Lula da Silva"). A given name opening the full name is
    no such word ("Ursula" of "Ursula von der Leyen")."""
    out = []
    last = _surname(words)
    if (m := _HYPHENED_PARTICLE.fullmatch(last)) and m.group("particle").lower() in names.PARTICLES:
        out.append(m.group("name"))
    out.extend(words[k] for k in range(1, len(words) - 2)
               if words[k + 1] in names.PARTICLES and words[k] not in names.PARTICLES
               and words[k][:1].isupper())
    return out


_CAPITAL_PARTICLE = re.compile(r"([A-Z][a-z]{1,2})-(?=[A-Z])")


def _particle_lowered(name: str) -> str:
    """The name with its opening particle in lower case, as the full name writes it
    ("Al-Khazali" -> "al-Khazali"); the name itself where it opens with none."""
    m = _CAPITAL_PARTICLE.match(name)
    if m is None or m.group(1).lower() not in names.PARTICLES:
        return name
    return name[0].lower() + name[1:]


def _cut_glued_names(paras: list[_Para], *, common: frozenset[str]) -> None:
    """A span that glues other words to a person's name is cut to the name.

    The person's full name must be named on its own elsewhere in the article, and the glued
    span only once: "Add Harvey Weinstein" (a verb before), "Rida Hamida Rida Hamida" (the
    name twice); a span ending with an organisation word is a body named after the person
    ("Walt Disney Animation Studios"). A body or place that ends with the surname of such a
    person, and not with an
    organisation word, is that person ("Carmel Police Mathis", "Woods Mickelson"); one that
    starts with it and goes on with a verb is a headline ("Franken Reiterates"). A word run
    into the front of the name is cut off too ("SydneyJos Buttler").
    """
    count = _mention_counts(paras)
    people = {c.person for para in paras for c in para.cands if len(c.person.split()) > 1}
    by_surname: dict[str, set[str]] = {}
    for person in people:
        by_surname.setdefault(_surname(person.split()), set()).add(person)
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise or not c.from_entity or count.get(c.actor, 0) != 1:
                continue
            words = c.actor.split()
            if (cut := _run_into(words[0], words[1:], people)) is not None and text.startswith(
                    words[0], c.start):
                # "SydneyJos Buttler": a dateline's place run into the name after it
                c.start += cut
                c.actor = c.person = " ".join([words[0][cut:], *words[1:]])
                c.kind, c.via, c.titled, c.bare = ActorKind.PERSON, "name", False, None
                continue
            inner = {sub for k in range(2, len(words)) for i in range(len(words) - k + 1)
                     if (sub := " ".join(words[i:i + k])) in people}  # a few words: linear
            if len(inner) == 1 and words[-1] not in names.ORG_WORDS:
                # "Walt Disney Animation Studios" is the studio, not Walt Disney
                (person,) = inner
                extra = f" {c.actor} ".replace(f" {person} ", " ", 1).split()
                if not any(w in names.GIVEN_NAMES for w in extra) and (
                        _opens_with_a_word(para.doc, c, extra)
                        or not _given_names_glued(para.doc, c, person, common=common)):
                    _point_to(c, text, person, person, "name")
                continue
            last = by_surname.get(words[-1], set()) - {c.actor}
            if len(words) == 2 and len(last) == 1 and _opens_a_question(para.doc, c):
                # "Will Doe win?" beside "Jane Doe": the verb opening a question, then Doe
                _point_to(c, text, words[-1], next(iter(last)), "surname")
                continue
            if c.kind is ActorKind.PERSON or len(words) < 2:
                continue
            if len(last) == 1 and words[-1] not in names.ORG_WORDS:
                _point_to(c, text, words[-1], next(iter(last)), "surname")
                continue
            head = by_surname.get(words[0], set())
            span = para.doc.char_span(c.start, c.end, alignment_mode="expand")
            # a corpus that spaces its names ("Franken  Reiterates") has a space token between
            toks = [t for t in span if not t.is_space] if span is not None else []
            if len(head) == 1 and len(toks) > 1 and _headline_word(toks[1]):
                # "Franken Reiterates", "Steele Publicly Admitted In Court": the verb opens
                # the headline's predicate after its subject, whatever follows it
                _point_to(c, text, words[0], next(iter(head)), "surname")


def _opens_a_question(doc: Doc, c: _Cand) -> bool:
    """Candidate ``c`` opens with a given name that is also a modal verb (``names.MODAL_NAMES``:
    "Will") at the start of its sentence or of a quotation, right before a verb's bare form, in
    a sentence that asks a question ("Will Doe take the state?"); not a person addressed ("Will
    Doe, did you win?")."""
    span = doc.char_span(c.start, c.end)
    if span is None or span[0].text not in names.MODAL_NAMES:
        return False
    before, verb = _word_before(doc, span.start), _next_word(doc, span.end)
    opens = span[0].is_sent_start or (before is not None and before.text in _OPEN_QUOTES)
    return (opens and verb is not None and verb.tag_ == "VB"
            and any(t.text == "?" for t in doc[span.end:span.sent.end]))


def _run_into(first: str, rest: list[str], people: set[str]) -> int | None:
    """Where, inside the first word of a name ("SydneyJos" of "SydneyJos Buttler"), a capital
    after a small letter opens a full name named elsewhere in the article ("Jos Buttler"):
    the words before it are run into the name. None when no such name is found, or when the
    word is no run of capitalised words (``_RUN_TOGETHER``: "DeShawn" beside "Shawn Orr" is a
    name of its own)."""
    if not _RUN_TOGETHER.fullmatch(first):
        return None
    for k in range(1, len(first)):
        if (first[k].isupper() and first[k - 1].islower()
                and " ".join([first[k:], *rest]) in people):
            return k
    return None


def _opens_with_a_word(doc: Doc, c: _Cand, extra: list[str]) -> bool:
    """The one word glued to a person's name in candidate ``c`` opens the sentence and is an
    English word ("Backup Ian Book added ..."): capitalised for its place, not a given name the
    parser joined to the name."""
    span = doc.char_span(c.start, c.end)
    return (len(extra) == 1 and span is not None and bool(span[0].is_sent_start)
            and span[0].text == extra[0] and extra[0].lower() in lexicon_words())


def _given_names_glued(doc: Doc, c: _Cand, person: str, *, common: frozenset[str]) -> bool:
    """True when candidate ``c`` is ``person`` with given names in front ("Michel La Vey" of
    "La Vey"): a longer name of the person, not words glued to it ("Add La Vey")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None or not c.actor.endswith(" " + person):
        return False
    n_person = len(person.split())
    return _given_names_before(doc, span.end - n_person, common=common,
                               end=span.end) == span.start


def _point_to(c: _Cand, text: str, part: str, person: str, via: str) -> None:
    """Narrow candidate ``c`` to the words ``part`` inside it and give it to ``person``."""
    pattern = r"\s+".join(map(re.escape, part.split()))
    found = re.search(rf"(?<!\w){pattern}(?!\w)", text[c.start:c.end])
    if found is None:
        return
    c.start, c.end = c.start + found.start(), c.start + found.end()
    c.actor, c.person, c.kind, c.via = person, person, ActorKind.PERSON, via
    c.titled, c.bare = False, None


def _skeleton(word: str) -> str:
    """A first name without its inner vowels: "Mikheil" and "Mikhail" are both "mkhl"."""
    low = word.lower()
    return low[:1] + "".join(ch for ch in low[1:] if ch not in "aeiouy")


def _join_spellings(paras: list[_Para], full: dict[str, set[str]],
                    first_seen: Mapping[str, int]) -> None:
    """Full names with one surname whose first names differ only in vowels, or by a middle
    initial ("George W. Bush", "George Bush"), are one person: the one named first."""
    same: dict[str, str] = {}
    for surname, people in full.items():
        keep: dict[str, str] = {}
        for name in sorted(people, key=lambda n: (first_seen.get(n, 0), n)):
            key = _skeleton(name.split()[0])
            if key in keep:
                same[name] = keep[key]
            else:
                keep[key] = name
        # "F. C. Meyer" is the one "Frederick Charles Meyer" named: initials of its given names
        for name in list(keep.values()):
            given = _initials(name)
            if given is None:
                continue
            fits = [n for n in keep.values() if n != name and _initials(n) is None
                    and "".join(w[0] for w in n.split()[:-1]) == given]
            if len(fits) == 1:
                same[name] = fits[0]
                del keep[next(k for k, v in keep.items() if v == name)]
        full[surname] = set(keep.values())
    if not same:
        return
    for para in paras:
        for c in para.cands:
            if c.actor in same:
                c.actor = c.person = same[c.actor]
                c.via = "alias"


#: A given name written as initials: "F.", "C", "J.J.".
_INITIALS = re.compile(r"(?:[A-Z]\.?)+")


def _initials(name: str) -> str | None:
    """The letters of a name's given names when all are initials ("F. C. Meyer" -> "FC")."""
    given = name.split()[:-1]
    if not given or not all(_INITIALS.fullmatch(w) for w in given):
        return None
    return "".join(ch for w in given for ch in w if ch.isalpha())


def _recover_full_names(paras: list[_Para], full: dict[str, set[str]]) -> None:
    """A two- or three-word name spaCy tagged as a place or organisation ("Amara Okafor" as GPE)
    is a person when its last word stands alone elsewhere in the article ("Mr Okafor", or
    "Okafor" tagged as anything): a person is shortened to the surname, a body to its first
    word ("Lockheed" of "Lockheed Martin"), so a name ending in an organisation word is kept,
    and so is an outlet, which is shortened to its last word ("the Post" of "New York Post"),
    and a state organ ("the Senate" of "the U.S. Senate");
    a team is shortened to its plural ("Jaguars"), so a plural alone only counts when it is
    tagged as a person."""
    lone = {c.person or c.actor for para in paras for c in para.cands
            if (c.person or (c.from_entity and not c.actor.endswith("s")))
            and " " not in (c.person or c.actor) and (c.person or c.actor) not in full}
    if not lone:
        return
    for para in paras:
        for c in para.cands:
            if not c.from_entity or c.kind in (ActorKind.PERSON, ActorKind.GROUP):
                continue  # a group is shortened to its last word too ("Eastern Orthodox")
            words = c.actor.split()
            # a state organ's word is no surname either: "the Senate" of "the U.S. Senate"
            if (1 < len(words) <= 3 and words[-1] in lone and words[-1] not in names.ORG_WORDS
                    and words[-1] not in gazetteer.STATE_ORGANS
                    and not gazetteer.is_media(c.actor) and all(w[0].isupper() for w in words)):
                c.kind, c.person = ActorKind.PERSON, c.actor
                full.setdefault(words[-1], set()).add(c.actor)


#: The parts of speech of a function word that ends a name ("He" of "Liu He", "In" of "Moon
#: Jae In"), which written alone is the pronoun or the preposition.
_FUNCTION_POS: frozenset[str] = frozenset({"PRON", "ADP", "DET", "CCONJ", "SCONJ", "AUX", "PART"})


def _find_missed_surnames(para: _Para, surnames: Mapping[str, tuple[str, str]], *,
                          lower_words: frozenset[str]) -> None:
    """Surnames (and first words) of known people that spaCy did not tag ("Sunak then flew to
    Kyiv"); ``surnames`` maps the word to the full name and the via.

    A proper noun is taken; on text spaCy tags badly (names padded with spaces) a surname is
    often tagged a noun, so any part of speech is taken when the article never writes the word
    in lower case (``lower_words``): "White" is a surname only where "white" is not a word.
    """
    if not surnames:
        return
    doc, taken = para.doc, para.taken
    added = []
    for tok in doc:
        found = surnames.get(tok.text)
        if found is None or not tok.text[0].isupper():
            continue
        person, via = found
        # "in May" is a month, not Theresa May; numbers and amounts are not names
        if tok.text in gazetteer.CALENDAR or tok.ent_type_ in _NUMBER_ENT_TYPES:
            continue
        if tok.pos_ != "PROPN" and (tok.lower_ in lower_words or tok.ent_type_ == "DATE"):
            continue
        if tok.is_stop and tok.pos_ in _FUNCTION_POS:
            continue  # "He then ..." is the pronoun, not the "He" of "Liu He"
        start, end = tok.idx, tok.idx + len(tok)
        if taken.find(1, start, end) != -1:
            continue
        title_first = _title_run(doc, tok.i)
        t_start = doc[title_first].idx
        if title_first < tok.i and taken.find(1, t_start, start) == -1:
            cand = _Cand(t_start, end, person, ActorKind.PERSON, "title", _P_ENTITY, person=person)
        else:
            cand = _Cand(start, end, person, ActorKind.PERSON, via, _P_ENTITY, person=person)
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        added.append(cand)
    if added:
        para.cands = sorted([*para.cands, *added], key=lambda c: c.start)


#: A given name, a nickname in quotation marks and the rest of the name: 'Ferdinand “Bongbong”'
#: before "Marcos Jr.", which spaCy tags as two people or a person and a work.
_QUOTED_NICKNAME = re.compile(
    r"(?P<given>[A-Z][\w'’-]+)\s*[“\"](?P<nick>[A-Z][\w'’-]+)[”\"]\s*")


def _join_quoted_nicknames(paras: Sequence[_Para]) -> None:
    """A person named with a nickname in quotation marks between the given name and the
    surname ('President Dario “Dodo” Velez Jr.'), which spaCy cuts into pieces: the given name
    before the quotation joins the full name after it, and so do the nickname alone and the
    nickname with the surname elsewhere in the article ("Dodo", "Dodo Velez"), one person."""
    nicknames: dict[str, str] = {}  # the nickname, and a name written with it -> the person
    for para in paras:
        text = para.paragraph.text
        for m in _QUOTED_NICKNAME.finditer(text):
            after = next((d for d in para.cands if d.start == m.end() and not d.noise
                          and d.kind is ActorKind.PERSON), None)
            if after is None:
                continue
            person = after.actor
            for c in para.cands:
                if c.end == m.end("given") and not c.noise and c.kind is ActorKind.PERSON \
                        and c.actor != person:
                    c.actor, c.via, c.person = person, "first_name", person
            nick = m["nick"]
            nicknames[nick] = person
            for word in person.split():
                if word[:1].isupper() and word.rstrip(".") not in names.SUFFIXES:
                    nicknames[f"{nick} {word}"] = person
    if not nicknames:
        return
    for para in paras:
        for c in para.cands:
            person = nicknames.get(c.actor)
            if person is not None and not c.noise and c.priority != _P_CONFIG \
                    and c.kind is ActorKind.PERSON:
                c.actor, c.via, c.person = person, "alias", person
