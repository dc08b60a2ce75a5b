"""The candidate mentions of one paragraph (``_candidates``): the user's actors (the
matcher), the gazetteer's places and spaCy's entities cut to the names they hold
(``_entity_candidates``, ``_name_candidate``: titles, possessives, credits and glued words off,
a state's formal name to its short name's country), overlaps settled by priority (``_select``)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from analysis import gazetteer, names, references
from analysis.actors.matcher import _Matcher
from analysis.actors.noise import (
    _credits_nothing,
    _is_credit_name,
    _is_noise,
    _is_phrase_title,
    _is_work_or_thing,
    _names_an_animal,
    _no_credit,
    _outlet_with_its_tail,
)
from analysis.actors.places import (
    _FEATURE_NOUNS,
    _before_its_state,
    _ends_a_seas_name,
    _epithet_of_a_person,
    _gazetteer_candidates,
    _is_center_venue,
    _is_named_place,
    _is_street_corner,
    _is_venue,
)
from analysis.actors.spans import (
    _ADJECTIVE_DEPS,
    _ARTICLES,
    _OPEN_QUOTES,
    _P_CONFIG,
    _P_ENTITY,
    _P_GAZETTEER,
    _P_NOISE,
    _PAPER_NOUNS,
    _POSSESSIVE,
    _POSSESSIVE_ENDS,
    _SURNAME_TITLES,
    _TITLE_JOINERS,
    ENTITY_KINDS,
    _Cand,
    _is_title_or_demonym,
    _name_word,
    _next_word,
    _one_line,
    _Para,
    _title_run,
)
from analysis.resources import lexicon_words
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


#: One word naming a doctrine or a movement ("Marxism", "Zionism", "anti-Semitism" with its
#: prefix): an idea, not an actor.
_IDEA = re.compile(r"(?:[a-z]+-)?[A-Z][a-z]+ism")
#: A name behind a lower-case prefix and a hyphen (``names.MODIFIER_PREFIXES``): "anti-Trump"
#: Republicans, "post-Soviet" states, "a non-Jew": a leaning, a period or a description.
_PREFIXED = re.compile(rf"(?:{'|'.join(names.MODIFIER_PREFIXES)})-[A-Z][^\s]*")
#: A name that opens with lower-case name particles before a capitalised word, joined by a
#: hyphen or a space: a surname as written alone ("al-Maliki said", "el-Sissi", "de Gaulle",
#: "von der Leyen"), not a lower-case word.
_PARTICLE_OPENING = re.compile(
    rf"(?:(?:{'|'.join(sorted(names.PARTICLES, key=len, reverse=True))})[-\s])+[A-Z]")
#: A possessive and the capitalised word after it, as printed or spaced by a corpus ("'s
#: Attorney", " ' s Attorney").
_POSSESSIVE_AFTER = re.compile(r" ?[’'] ?s\s+(?P<word>[A-Z]\w+)")


def _candidates(doc: Doc, text: str, matcher: _Matcher) -> list[_Cand]:
    # ``text`` is ``doc.text``, passed along because spaCy rebuilds that string on every access
    cands: list[_Cand] = []
    if matcher.pattern is not None:
        for m in matcher.pattern.finditer(text):
            actor, kind, via = matcher.surface[m.group()]
            cands.append(_Cand(m.start(), m.end(), actor, kind, via, _P_CONFIG,
                               person=actor if kind is ActorKind.PERSON else ""))
    # token index -> (first, last+1) of its entity's name part and the entity label
    ent_span: dict[int, tuple[int, int, str]] = {}
    for ent in _entities(doc):
        found, first, last = _entity_candidates(doc, text, ent)
        cands.extend(found)
        for i in range(ent.start, ent.end):
            ent_span[i] = (first, last, ent.label_)
        if ent.label_ != "PERSON" and ent.label_ in ENTITY_KINDS and first < last:
            # two names of a list run together ("Purdue  North Carolina"): each is its own
            # name, and a place the gazetteer knows among them is found as that place; a
            # building's or a work's entity (FAC, WORK_OF_ART) still holds its places
            for a, b in names.stripped_comma_runs(doc, first, last, glued=_headline_word):
                for i in range(a, b):
                    ent_span[i] = (a, b, ent.label_)
    cands.extend(_gazetteer_candidates(doc, text, ent_span))
    return cands


def _entities(doc: Doc) -> list[Span]:
    """spaCy's entities, where two places tagged one space apart, neither known to the
    gazetteer, are one place cut in two ("San Luis" and "Obispo County"); a comma, or the
    double space a corpus leaves where it stripped one ("Fayetteville  North Carolina"), keeps
    two places apart. A person's name that ends with a particle ("Ursula von der") and the
    entity right after it ("Leyen", tagged a place) are one person's name cut in two."""
    out: list[Span] = []
    for ent in doc.ents:
        prev = out[-1] if out else None
        label = ""  # the label of one entity cut in two, glued back
        if prev is not None and prev.end == ent.start:
            if (ent.label_ == prev.label_ == "GPE" and gazetteer.lookup(prev.text) is None
                    and gazetteer.lookup(ent.text) is None):
                label = "GPE"
            elif (prev.label_ == "PERSON" and doc[prev.end - 1].text in names.PARTICLES
                  and _name_word(doc[ent.start])):
                label = "PERSON"
        if prev is not None and label and (
                glued := doc.char_span(prev.start_char, ent.end_char, label=label)) is not None:
            out[-1] = glued
        else:
            out.append(ent)
    return out


def _select(para: _Para, cands: list[_Cand]) -> None:
    """Keep non-overlapping candidates: by priority, then longest, then first."""
    taken = para.taken
    kept: list[_Cand] = []
    for c in sorted(cands, key=lambda c: (c.priority, c.start - c.end, c.start)):
        if taken.find(1, c.start, c.end) != -1:
            if c.bare is None or taken.find(1, *c.bare) != -1:
                continue
            c.start, c.end = c.bare
            c.titled = False
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    para.cands = sorted(kept, key=lambda c: c.start)


def _entity_candidates(doc: Doc, text: str, ent: Span) -> tuple[list[_Cand], int, int]:
    """The candidates for one spaCy entity (two where it runs two names together), and the token
    range of its name part."""
    label = ent.label_
    first, last = ent.start, ent.end
    # a page's furniture glued on is no part of the name: "CLOSE Jane Doe", "Report Enlarge";
    # nor is a quotation mark opening the entity ("the “Thinking Man’s Guerrilla”"), which
    # left inside hid that the name is quoted, a nickname's or a title's (_is_work_or_thing)
    while first < last and (doc[first].text in _ARTICLES
                            or doc[first].text in names.FURNITURE_WORDS
                            or (doc[first].text in _OPEN_QUOTES and last - first > 1)):
        first += 1
    while last > first and (doc[last - 1].text in _POSSESSIVE
                            or doc[last - 1].text in names.FURNITURE_WORDS
                            or doc[last - 1].is_space):
        # nor are the spaces a corpus leaves where it stripped a comma: "Hoffman Estates  "
        # ends with its place word, as "Hoffman Estates" does
        last -= 1
    # a count set off by a spaced dash is no part of the name: "Confederation - 13" (its seats)
    while last - first > 2 and doc[last - 1].like_num and doc[last - 2].text in _DASHES \
            and doc[last - 3].whitespace_:
        last -= 2
    if label not in ENTITY_KINDS or first == last:
        return [], first, last
    if label == "PERSON" and _ends_with_a_capitalised_small_word(doc, last):
        last += 1  # "Liu He and", "Moon Jae In,": the name's last syllable, no pronoun
    last = _cut_before_a_dashed_outlet(doc, first, last, place=label in ("GPE", "LOC"))
    if label == "ORG" and (of := _number_after_of(doc, last)):
        last += of  # "the Group of 20 summit" tagged "Group of": the body's whole name
    if (formal := _formal_name(doc, text, first, last)) is not None:
        return [formal], first, last
    if (label == "PERSON" and last - first == 2 and doc[last - 1].text in gazetteer.TITLES
            and _INITIALISM.fullmatch(doc[first].text)):
        # "DPVA Chairwoman Susan Swecker" with "DPVA Chairwoman" tagged PERSON: the initialism
        # is the body the title belongs to, not a person (nor a credit in capitals); one the
        # gazetteer knows ("NATO Secretary") is its actor
        body = doc[first]
        start, end = body.idx, body.idx + len(body)
        if (entry := gazetteer.lookup(body.text)) is not None:
            return [_Cand(start, end, entry.actor, entry.kind, entry.via, _P_GAZETTEER)], \
                first, last
        return [_Cand(start, end, body.text, ActorKind.ORGANIZATION, "name", _P_ENTITY,
                      from_entity=True)], first, last
    if last - first > 1 and doc[first].text in gazetteer.HONORIFICS:
        label = "PERSON"  # "Ms Ansel" tagged as a place is still a person
    elif label != "PERSON" and _royal_of_realm(doc, first, last):
        label = "PERSON"  # "Prince Harry of England" tagged ORG
    elif label != "PERSON" and (titled := _title_inside(doc, first, last)) is not None:
        first, label = titled, "PERSON"  # "Hawaii Congresswoman Tulsi Gabbard" tagged ORG
    elif label != "PERSON" and (named := _person_after_noun(doc, first, last)) is not None:
        first, label = named, "PERSON"  # "Nationals fan Lewis Shea" tagged ORG
    elif label != "PERSON" and (owned := _owned_person(doc, first, last)) is not None:
        # "Golden State's Klay Thompson" tagged ORG: the team, and the person it owns
        owner = _name_candidate(doc, text, label, first, owned - 1)
        person = _name_candidate(doc, text, "PERSON", owned, last)
        return [c for c in (owner, person) if c is not None], first, last
    elif label == "ORG" and _race_for_a_seat(doc, first, last):
        return [], first, last  # "the Alabama Senate candidate": a race, not the chamber
    elif label == "ORG" and (body := _owned_body(doc, first, last)) is not None:
        first = body  # "Bolivia’s Constitutional Court": the court; Bolivia is found apart
    elif label == "ORG" and (owner_end := _owner_of_a_place(doc, first, last)) is not None:
        # "ZANU-PF’s Harare headquarters" tagged "ZANU-PF’s Harare": the body; the place is
        # where its office stands, not who acts
        owner = _name_candidate(doc, text, label, first, owner_end)
        return ([] if owner is None else [owner]), first, last
    whole = _one_line(text[doc[first].idx:doc[last - 1].idx + len(doc[last - 1])])
    if (label == "PERSON" or last - first == 1) and _names_an_animal(doc, first, last):
        # held as noise, with the name alone elsewhere in the article (_drop_animals)
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        return [_Cand(start, end, whole, ActorKind.ORGANIZATION, "name", _P_NOISE,
                      noise=True, animal=True)], first, last
    if _is_noise(doc, text, ent, first, last, whole) or (
            gazetteer.lookup(whole) is None and (
                _is_work_or_thing(doc, text, first, last, whole)
                or _is_center_venue(doc, first, last)
                or (label in ("ORG", "PERSON") and _is_phrase_title(whole.split()))
                or names.is_venue(whole, tagged_person=ent.label_ == "PERSON"
                                  and not _opens_hall_of_fame(doc, last)))):
        # held as noise, so no word of it is read as a name later ("Christie" of a road)
        start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
        return [_Cand(start, end, whole, ActorKind.ORGANIZATION, "name", _P_NOISE,
                      noise=True)], first, last
    untitled = first
    while last - untitled > 2 and _is_title_or_demonym(doc[untitled].text):
        untitled += 1
    rest = _one_line(text[doc[untitled].idx:doc[last - 1].idx + len(doc[last - 1])])
    if label != "PERSON" and gazetteer.lookup(whole) is None and names.looks_personal(rest):
        label = "PERSON"  # "Keith Urban" tagged ORG, "Rear Admiral Gregory Smith" tagged ORG
    elif label == "PERSON" and last - first > 1 and (
            doc[last - 1].text in names.ORG_WORDS or _is_country_code(doc[last - 1].text)
            or _opens_with_plural_org_word(doc[first].text)
            or (gazetteer.is_media(whole) and not names.looks_personal(whole))
            or whole in gazetteer.NAMED_BODIES):
        # "Kaspersky Lab", "Edwin Hawkins Singers", "Huffington Post", "Sport Appeals UK",
        # "Bitcoin Cash", the band "Brothers Osborne" tagged PERSON; but "Emily Post" opens
        # with a given name
        label = "ORG"
    elif (label == "PERSON" and last < len(doc) and doc[last].lower_ in _PAPER_NOUNS
          and not names.looks_personal(whole)):
        label = "ORG"  # "a poll for Handelsblatt newspaper" tagged PERSON
    elif label in ("PERSON", "NORP", "ORG") and last - first > 1 and doc[last - 1].text in \
            names.PLACE_WORDS and gazetteer.lookup(whole) is None \
            and not gazetteer.is_media(whole) and whole not in gazetteer.NAMED_BODIES:
        # "Beverly Hills" tagged PERSON, "West Point" tagged NORP, the golf course "Torrey
        # Pines" tagged ORG; a body the word lists know keeps its kind
        label = "GPE"
    elif (label in ("PERSON", "ORG") and last - first > 1 and doc[first].text in names.BASE_WORDS
          and gazetteer.lookup(whole) is None):
        label = "GPE"  # "toured Camp Lejeune" tagged ORG: a military base, a place
    elif label in ("PERSON", "NORP", "ORG") and _names_a_division(whole):
        label = "GPE"  # "Governor Jane Doe of Borno State" tagged PERSON: a region
    elif (label == "NORP" and gazetteer.lookup(whole) is None
          and _before_a_feature_noun(doc, first, last)):
        label = "GPE"  # "the Ganges river", "a Ginza landmark" tagged NORP: a place
    elif (label == "ORG" or (label == "PERSON" and last - first == 1)) and _before_its_state(
            doc, last) and gazetteer.lookup(whole) is None:
        label = "GPE"  # "Mesquite, Nevada" tagged ORG: a town, named with its state
    name_first = first
    if label == "PERSON":
        # "Dr Smith", "Ukrainian President Zelensky": the name is what follows titles/demonyms
        while last - name_first > 1 and (
                _is_title_or_demonym(doc[name_first].text)
                or doc[name_first].lower_ in references.PERSON_ROLES
                or doc[name_first].text in gazetteer.ROLE_INITIALS  # "GM Jane Doe"
                or doc[name_first].text in _TITLE_JOINERS
                or (doc[name_first].text in names.PARTY_WORDS and last - name_first > 2)
                or (gazetteer.lookup(doc[name_first].text) is not None
                    and doc[name_first + 1].text in gazetteer.TITLES)):
            # "Filmmaker Kevin Smith": a role is not a given name; "Virginia Governor-Elect":
            # the place of a title is not either; "Libertarian Jane Doe": nor is a party word
            name_first += 1
    # an outlet's own name keeps its first word: "ABC News" is not "News" credited to ABC
    if _outlet_with_its_tail(whole) and doc[last - 1].text == whole.rpartition(" ")[2]:
        # "the Fox News Channel": the outlet "Fox News" named longer, not "Fox News" glued as a
        # credit before a "Channel"; the mention is the outlet's name
        last -= 1
        whole = whole.rpartition(" ")[0]
    parts = names.name_parts(doc, name_first, last, person=label == "PERSON",
                             is_credit=_no_credit if _credits_nothing(whole)
                             else _is_credit_name, glued=_headline_word)
    cands = [c for a, b in parts if (c := _name_candidate(doc, text, label, a, b)) is not None]
    return cands, first, last


def _race_for_a_seat(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens ``[first, last)`` is a place the gazetteer knows and a legislature's
    word, before a lower-case noun of an election ("the Alabama Senate candidate", "the Ohio
    Senate race"; ``gazetteer.RACE_NOUNS``): the words name the race for a seat of that place,
    mostly in Congress, not the state's own chamber, which acts in "the Alabama Senate voted"."""
    if last - first < 2 or doc[last - 1].text not in gazetteer.LEGISLATURES:
        return False
    after = _next_word(doc, last)
    return (after is not None and after.text.islower()
            and after.lower_ in gazetteer.RACE_NOUNS
            and gazetteer.lookup(doc[first:last - 1].text) is not None)


def _before_a_feature_noun(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens ``[first, last)`` is a compound of a lower-case feature noun right
    after it (``_FEATURE_NOUNS``): "the Ganges river" names a place, whatever spaCy tags it."""
    root = doc[first:last].root
    return (last < len(doc) and root.dep_ == "compound" and root.head.i == last
            and doc[last].lower_ in _FEATURE_NOUNS)


#: Words between a title and what it is the title of: "Minister of Finance", "Secretary to the
#: Cabinet".
_OFFICE_JOINERS: frozenset[str] = frozenset({"of", "to"})


def _is_title_word(word: str) -> bool:
    """A person's title, or a title written with a hyphen ("Inspector-General")."""
    return word in gazetteer.TITLES or word.rpartition("-")[2] in gazetteer.TITLES


def _names_an_office(doc: Doc, first: int, name: str) -> bool:
    """The name, tagged a body or a place, is an office: a title and what it is the title of
    ("Minister of Police Affairs", "Inspector-General of Police"), capitalised words ending
    with an office's word (``names.OFFICE_WORDS``: "National Security Adviser"), or the staff
    or the portfolio a title heads (``names.OFFICE_HEADS``), or what it serves, right after it
    ("Chief of [Air Staff]", "Minister of [Harbour Affairs]", "Secretary to the [Government of
    the Federation]"): a role, whose holder the article names, no body. A body or a place the
    gazetteer or the word lists know stays ("Ambassador to the [United Nations]"), and so does
    a body an organisation's word names ("Secretary of the [Communist Party]"), or one after
    another title ("the president of the [Chamber of Deputies]")."""
    if gazetteer.lookup(name) is not None or name in gazetteer.NAMED_BODIES:
        return False
    words = name.split()
    if len(words) > 2 and words[1] in _OFFICE_JOINERS and _is_title_word(words[0]):
        return True
    if len(words) > 1 and words[-1] in names.OFFICE_WORDS and all(
            w[:1].isupper() for w in words):
        return True
    j = first - 1
    if j >= 0 and doc[j].lower_ == "the":
        j -= 1
    if j < 1 or doc[j].text not in _OFFICE_JOINERS:
        return False
    title = doc[j - 1].text
    if any(w in names.ORG_WORDS for w in words):
        return False  # "Secretary of the Communist Party": the party's post, and the party
    return title in names.OFFICE_HEADS if doc[j].text == "of" else _is_title_word(title)


#: Words that may sit inside an office's name between its capitalised words.
_OFFICE_INNER: frozenset[str] = frozenset({"of", "to", "the", "-", "–"})


def _acronym_of_an_office(doc: Doc, first: int, last: int) -> bool:
    """The one word at token ``first``, in brackets right after capitalised words, is the
    acronym of an office they name (``_names_an_office``: "the Inspector-General of Police
    (IGP)"): a role, no body, as the office's name is."""
    if last - first != 1 or first < 2 or doc[first - 1].text != "(" or (
            last < len(doc) and doc[last].text != ")"):
        return False
    i = first - 1
    while i > 0 and (doc[i - 1].text[:1].isupper() or doc[i - 1].text in _OFFICE_INNER):
        i -= 1
    while i < first - 1 and not doc[i].text[:1].isupper():
        i += 1  # the office opens with a capitalised word, not "the" or "of"
    if i >= first - 1:
        return False
    office = _one_line(doc[i:first - 1].text)
    return _names_an_office(doc, i, office)


#: The most words of a name after a title inside another entity.
_MAX_NAME_WORDS = 3


def _opens_with_plural_org_word(word: str) -> bool:
    """``word``, the first of a name, is a plural organisation word ("Brothers Osborne",
    "Services Administration"; names.json org_words): a band's or a body's name, never a
    person's, which may open with a singular one as a surname ("Park Geun-hye")."""
    return word in names.ORG_WORDS and word.endswith("s") and not word.endswith("ss")


def _is_country_code(word: str) -> bool:
    """A country's code in capitals ("UK", "USA"): the last word of a body's name ("Sport
    Appeals UK"), never of a person's."""
    entry = gazetteer.lookup(word)
    return (word.isupper() and entry is not None and entry.kind is ActorKind.COUNTRY
            and not entry.adjective)


def _title_inside(doc: Doc, first: int, last: int) -> int | None:
    """The title token of a place or body entity that ends in a title and a person's name
    ("Hawaii Congresswoman Tulsi Gabbard", "Transport Minister Dario Fenn"), or None: the name
    is capitalised proper nouns, not a known place or body, and not ending like an organisation
    ("Prime Minister Office")."""
    title = next((t for t in range(last - 2, first - 1, -1)
                  if doc[t].text in gazetteer.TITLES or doc[t].text in gazetteer.ROLE_INITIALS),
                 None)
    if title is None:
        return None
    words = [t.text for t in doc[title + 1:last]]
    if not 1 <= len(words) <= _MAX_NAME_WORDS or (
            len(words) == 1 and doc[title].text not in _SURNAME_TITLES):
        return None
    if any(not _name_word(t) or t.text in gazetteer.TITLES for t in doc[title + 1:last]):
        return None
    if (doc[title].text in gazetteer.ADJECTIVE_TITLES and len(words) > 1
            and not names.is_given_name(words[0])):
        return None  # "General Services Administration", "Major League Baseball": a body
    name = " ".join(words)
    if words[-1] in names.ORG_WORDS or gazetteer.lookup(name) is not None:
        return None
    return title


#: The most words of a realm's name after "of" in a royal's name ("of Saudi Arabia").
_MAX_REALM_WORDS = 3


def _royal_of_realm(doc: Doc, first: int, last: int) -> bool:
    """The entity is a royal title, a given name, "of" and a realm's capitalised name ("Prince
    Harry of England", "Queen Rania of Jordan"; ``names.ROYAL_TITLES``): a person, which spaCy
    tags a body or a place for the realm in it. "King Center of Atlanta" opens with no given
    name."""
    words = doc[first:last]
    return (3 < len(words) <= 3 + _MAX_REALM_WORDS and words[0].text in names.ROYAL_TITLES
            and names.is_given_name(words[1].text) and words[2].text == "of"
            and all(_name_word(t) for t in words[3:]))


def _person_after_noun(doc: Doc, first: int, last: int) -> int | None:
    """Where a person's full name starts in a place or body entity that runs a noun in lower
    case into it ("Nationals fan Lewis Shea"), or None: the two or three capitalised words after
    the noun end the entity and open with a given name (``names.looks_personal``)."""
    for start in (last - 2, last - 3):
        noun = doc[start - 1] if start - 1 > first else None
        if noun is not None and noun.pos_ == "NOUN" and noun.text.islower():
            words = doc[start:last]
            if all(_name_word(t) for t in words) and names.looks_personal(words.text):
                return start
    return None


def _owned_person(doc: Doc, first: int, last: int) -> int | None:
    """Where the person's name starts in a body entity that ends "'s" and a full name ("Golden
    State's Klay Thompson", "the Cato Institute's Alex Nowrasteh"), or None. The name is two or
    three capitalised proper nouns not ending like an organisation, so "McDonald's Corporation"
    stays whole."""
    k = next((t for t in range(last - 3, first, -1) if doc[t].text in _POSSESSIVE), None)
    if k is None or not 2 <= last - k - 1 <= _MAX_NAME_WORDS:
        return None
    words = doc[k + 1:last]
    if any(not _name_word(t) or _is_title_or_demonym(t.text) for t in words):
        return None
    name = " ".join(t.text for t in words)
    if (words[-1].text in names.ORG_WORDS or names.is_place_or_event(name)
            or gazetteer.lookup(name) is not None):
        return None  # "Kestrel's Billionaires Index": what the body owns is no person
    return k + 1


def _owned_body(doc: Doc, first: int, last: int) -> int | None:
    """Where the body's own name starts in an organisation entity that opens with a place or a
    body the gazetteer knows and its possessive ("Bolivia’s Constitutional Court", "Bavaria’s
    CSU"), or None. The owner is an actor of its own, which the gazetteer finds; names whose
    possessive is part of them ("the People’s Court", "Carol’s Pub") have no known owner."""
    k = next((t for t in range(first + 1, last - 1) if doc[t].text in _POSSESSIVE), None)
    if k is None or not doc[k + 1].text[:1].isupper():
        return None
    return k + 1 if gazetteer.lookup(_one_line(doc[first:k].text)) is not None else None


def _owner_of_a_place(doc: Doc, first: int, last: int) -> int | None:
    """Where the owner's name ends in an organisation entity that is a name, its possessive and
    a place the gazetteer knows ("ZANU-PF’s Harare" of "ZANU-PF’s Harare headquarters",
    "Acme’s London office"): the owner is the body, the place no part of its name. None where
    the owner is itself a place or a body the gazetteer knows (``_owned_body``) or what
    follows the possessive is no known place ("the People’s Court")."""
    k = next((t for t in range(first + 1, last - 1) if doc[t].text in _POSSESSIVE), None)
    if k is None or gazetteer.lookup(_one_line(doc[first:k].text)) is not None:
        return None
    place = gazetteer.lookup(_one_line(doc[k + 1:last].text))
    if place is None or place.adjective or place.kind not in (ActorKind.PLACE,
                                                              ActorKind.COUNTRY):
        return None
    return k


#: What follows the hall of a hall of fame: "Hockey Hall of Famer Jane Doe".
_FAME_WORDS: frozenset[str] = frozenset({"Fame", "Famer", "Famers"})


def _opens_hall_of_fame(doc: Doc, last: int) -> bool:
    """The entity ending before token ``last`` is the start of a hall of fame cut before "of"
    ("Hockey Hall" of "Hockey Hall of Famer Jane Doe", which spaCy tags a person): a venue,
    however few its words."""
    return (last + 1 < len(doc) and doc[last].lower_ == "of"
            and doc[last + 1].text in _FAME_WORDS)


def _formal_name(doc: Doc, text: str, first: int, last: int) -> _Cand | None:
    """An entity at tokens ``[first, last)`` that is a state's formal name the gazetteer does not
    list ("the Republic of Veldora", whatever spaCy tags it): the country of its short name,
    found as the gazetteer finds the formal names it lists ("State of Israel";
    ``gazetteer.formal_name``). Not where a word of the short name is a common noun, in the
    singular or the plural ("the Kingdom of Heaven", "the Federation of Students"), a title's,
    a body's name's or a known place's ("Federation of Korean Industries")."""
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    entry = gazetteer.formal_name(_one_line(text[start:end]))
    if entry is None:
        return None
    nouns = lexicon_words("noun")
    if any(w.lower() in nouns or w.lower().removesuffix("s") in nouns
           or w in gazetteer.TITLES or w in gazetteer.TITLE_MODIFIERS or w in names.ORG_WORDS
           or gazetteer.lookup(w) is not None for w in entry.actor.split()):
        return None
    return _Cand(start, end, entry.actor, entry.kind, entry.via, _P_GAZETTEER, formal=True)


#: A name printed twice with nothing between: "Gordon BrownGordon Brown", "CalderonCalderon".
_RUN_TWICE = re.compile(r"(?P<name>[A-Z][^\n]*[a-z.])(?P<again>(?P=name))")

#: Honorifics that make the one word after them a person's surname, whatever it is tagged or
#: the gazetteer knows ("Mr. Jordan"); not "Miss", which also opens a pageant's title ("Miss
#: Jamaica", the country's winner).
_PERSON_HONORIFICS: frozenset[str] = gazetteer.HONORIFICS - {"Miss"}


def _after_honorific(doc: Doc, first: int) -> bool:
    """Token ``first`` comes right after a person's honorific: "Ms. Romans", "Mr. Wagner"."""
    return first > 0 and doc[first - 1].text in _PERSON_HONORIFICS


#: Organisation words that are part of a cabinet title's words ("Interior Cabinet Secretary").
_TITLE_BODY_WORDS: frozenset[str] = frozenset({"Cabinet"})


#: Dashes that set a site's name off a caption or a dateline: "... in Kelby - Acme News".
_DASHES: frozenset[str] = frozenset({"-", "–", "—"})


def _cut_before_a_dashed_outlet(doc: Doc, first: int, last: int, *, place: bool = False) -> int:
    """The end of the entity at tokens ``[first, last)`` short of a dash and a news outlet's or
    an agency's name after it ("New York - Acme International" tagged one place: the caption's
    place, then the site's own name, a credit). A place's name holds no spaced dash at all:
    "Kelby Province - Hundreds of ..." tagged one place is a dateline and the story's first
    word."""
    for i in range(first + 1, last - 1):
        if doc[i].text in _DASHES and doc[i - 1].whitespace_ and (
                (place and doc[i].whitespace_)
                or gazetteer.is_media(doc[i + 1].text) or gazetteer.is_agency(doc[i + 1].text)):
            return i
    return last


def _number_after_of(doc: Doc, last: int) -> int:
    """How many tokens after a body's entity ending at ``last`` carry on its name with "of" and
    a number ("Group of" tagged before "20"): 1 after an "of" left inside, 2 for "of 20", else 0."""
    if last < len(doc) and doc[last - 1].lower_ == "of" and doc[last].like_num:
        return 1
    if last + 1 < len(doc) and doc[last].lower_ == "of" and doc[last + 1].like_num \
            and doc[last - 1].text[:1].isupper():
        return 2
    return 0


#: The longest small word that may end an East Asian name ("He", "In", "An").
_MAX_SMALL_NAME_WORD = 3


def _ends_with_a_capitalised_small_word(doc: Doc, last: int) -> bool:
    """The token right after a person's name spaCy tagged, ``doc[last]``, is a short English
    function word written with a capital inside a sentence of prose, with no mark before it
    and no capitalised word after it ("Vice Premier Liu He and ...", "Moon Jae In, over ..."):
    English writes such a word so only opening a sentence or in a headline, so it is the
    name's last syllable that spaCy took for the pronoun or the preposition. Not in a
    title-case line, which leaves only its small words in lower case ("Dorin In Talks With
    the Board")."""
    if last >= len(doc) or last == 0 or not doc[last - 1].whitespace_:
        return False
    tok = doc[last]
    if (not tok.is_stop or len(tok.text) > _MAX_SMALL_NAME_WORD or not tok.text.istitle()
            or tok.i == tok.sent.start):
        return False
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and after.is_alpha and after.text[0].isupper():
        return False
    # a headline leaves only its small words in lower case ("Dorin In Talks With the Board")
    return any(t.is_alpha and t.text[0].islower() and t.lower_ not in names.HEADING_SMALL_WORDS
               for t in tok.sent)


#: US states' names: "Ohio State" or "Washington State" is as often a university as the state.
_US_STATE_NAMES: frozenset[str] = frozenset(c.name for c in gazetteer.US_STATES)


def _names_a_division(whole: str) -> bool:
    """``whole`` is a region (or a country's name) the gazetteer knows and a division's word
    ("Borno State", "Niger State", "Sagaing Region"; ``names.DIVISION_WORDS``), which the
    gazetteer does not list whole: a place, whatever spaCy tags it. Not after a US state's name
    ("Ohio State")."""
    region, _, word = whole.rpartition(" ")
    entry = gazetteer.lookup(region)
    return (word in names.DIVISION_WORDS and entry is not None
            and entry.kind in (ActorKind.PLACE, ActorKind.COUNTRY)
            and entry.actor not in _US_STATE_NAMES
            and gazetteer.lookup(whole) is None and whole not in gazetteer.NAMED_BODIES)


def _name_candidate(doc: Doc, text: str, label: str, first: int, last: int) -> _Cand | None:
    """The candidate for the name at tokens ``[first, last)`` of an entity labelled ``label``."""
    title_first = first
    if label == "PERSON":
        # a lone surname keeps its title ("Mr Biden"), inside the entity or just before it;
        # a full name is enough by itself
        title_first = _title_run(doc, first) if last - first == 1 else first
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    name = _one_line(text[start:end])
    if name.endswith(_POSSESSIVE_ENDS):  # a token spaCy left whole: "Zelensky’s"
        end -= 2
        name = name[:-2]
    if (doubled := _RUN_TWICE.fullmatch(text, start, end)) is not None:
        # "Gordon BrownGordon Brown": a name printed twice and run together (a link's text
        # beside its caption) is the name once, one mention over the whole span
        name = _one_line(doubled.group("again"))
    if not name or name in gazetteer.TITLES or name in gazetteer.TITLE_MODIFIERS:
        return None  # "State" cut out of "Secretary of State": part of a title
    if label != "PERSON" and (_names_an_office(doc, first, name)
                              or _acronym_of_an_office(doc, first, last)):
        # "Minister of Police Affairs", "Chief of [Air Staff]", the "(IGP)" after "the
        # Inspector-General of Police": a role, no body
        return None
    if _CONTRACTION.fullmatch(name):
        return None  # "I‘m bowing out": a pronoun and its verb, left whole by the tokenizer
    if (owned := _POSSESSIVE_AFTER.match(text, end)) is not None and (
            (whole := f"{name}'s {owned.group('word')}") in gazetteer.POSSESSIVE_TITLES
            or whole in gazetteer.NOT_ACTORS):
        # "Commonwealth's Attorney Jane Doe": a prosecutor's title; "Time's Up" (tagged "Time"):
        # a movement, no actor, as "MeToo" is
        return None
    if (after := _next_word(doc, last)) is not None and (
            f"{name} {after.text}" in gazetteer.NOT_ACTORS):
        return None  # "Marine" of "Marine One" tagged a group: the helicopter, no actor
    addressed = last - first == 1 and _after_honorific(doc, first)
    if addressed:  # "Ms. Romans" tagged a group, "Mr. Wagner" a name the gazetteer knows
        label, title_first = "PERSON", _title_run(doc, first)
    if (label != "PERSON" and last - first == 1 and last < len(doc)
            and doc[last].text in gazetteer.TITLES):
        return None  # "Transport" of "Transport Minister Dario Fenn"
    if (label != "PERSON" and last - first > 1 and last < len(doc)
            and doc[last].text in gazetteer.CABINET_TITLES
            and not any(t.text in names.ORG_WORDS and t.text not in _TITLE_BODY_WORDS
                        for t in doc[first:last])):
        # "International Development" of "International Development Secretary Priti Patel": a
        # portfolio, part of the title; "Communist Party Secretary" keeps its party (an org word)
        # but "Interior Cabinet Secretary" is Kenya's title
        return None
    if (last - first == 1 and name + "s" in gazetteer.TEAMS and first > 0
            and doc[first - 1].lower_ in _ONE_PLAYER_WORDS and doc[first].dep_ != "compound"):
        return None  # "no Ranger had touched the puck": one player, no actor ("a Falcon fan": team)
    if name in gazetteer.ROLE_INITIALS and first > 0 and (
            doc[first - 1].lower_ in _INDEFINITE
            or (doc[first - 1].pos_ == "NOUN" and doc[first - 1].text.islower())):
        return None  # "hiring a GM", "assistant GM": a general manager; "loans to GM" is a body
    if (gazetteer.lookup(name) is not None and not addressed) or label == "LOC":
        return None  # the gazetteer pass finds known places; other LOCs are not actors
    if label == "GPE" and name not in gazetteer.TEAMS and _is_venue(doc, first, last):
        return None  # "the talks in Halden": where, not who; "lost to the Eagles" is who
    if label == "GPE" and _ends_a_seas_name(doc, first):
        return None  # "sank in the Bay of Bengal": a sea, where
    if label in ("GPE", "LOC") and _epithet_of_a_person(doc, first):
        return None  # "Francis of Assisi": the home in a person's name, no actor of its own
    if label == "GPE" and _hyphen_joined_name(doc, first, last):
        return None  # "Dunbar" of "Dunbar-Ramer principal Jane Doe": a school's name
    if label in ("PERSON", "ORG") and _is_named_place(doc, first, last):
        # spaCy reads an unknown village as a person, "the city of Krasnodar" as a body: where,
        # as a place tagged so is (_is_venue)
        return None
    if _is_street_corner(doc, first, last):
        return None  # "the corner of Kedzie and Montrose": streets, where and not who
    if ((label != "NORP" and not name[0].isupper() and not _PARTICLE_OPENING.match(name))
            or name in gazetteer.NOT_ACTORS or name in gazetteer.CALENDAR):
        # "Jun" cut out of a date tagged as a person ("Jun 5  2016"); a lower-case word is no
        # name, but a particle opening a surname is ("al-Maliki said")
        return None
    if _IDEA.fullmatch(name) or _PREFIXED.fullmatch(name) or (last - first == 1 and (
            name.lower() in references.PERSON_ROLES or name in names.ADDRESS_WORDS
            or (doc[first].pos_ == "VERB" and doc[first].dep_ == "ROOT"))):
        # "Rapper" opening a sentence, "Marxism": a role or an idea; "Dad" on a sign: a
        # parent's role, whose name the article gives if anyone's; "anti-Trump": a leaning;
        # "Add  Jane Doe as an interest" tagged as one person: the verb of the sentence; none
        # is a name
        return None
    if label == "PERSON" and last - first == 1 and _common_noun_after_a(doc, first):
        return None  # "A living Liturgy for a living Church": a slogan's noun, no person
    if (label == "ORG" and last - first == 1 and name not in gazetteer.NAMED_BODIES
            and _common_noun_after_a(doc, first, described=not _CAPS_WORD.fullmatch(name))
            and not (doc[first].dep_ == "compound" and doc[first].head.text.islower())):
        # "a good Samaritan": a noun capitalised by custom, no body; "an ongoing Senate
        # inquiry" names the body's inquiry, the body's mention; "A MAN accused of ...": a
        # lede's opening words in capitals, the noun after "a" alone
        return None
    if _PATHOGEN.fullmatch(name):
        return None  # "an outbreak of the Human Metapneumovirus" tagged a body: a virus
    if label == "ORG" and last - first == 1 and _counted_plural(doc, first):
        return None  # "the assault in both Chambers": a common noun capitalised by custom
    if label == "GPE" and last - first == 1 and first > 0 and doc[first - 1].lower_ == "ethnic":
        label = "NORP"  # "residents are ethnic Vandari" tagged a place: a people
    if label == "PERSON" and _pluralised_person(doc, first, last):
        return None  # "the Harvey Weinsteins of the world": a kind of man, no one person
    if label in ("NORP", "GPE") and last - first == 1 and _describes_a_thing(doc, first):
        return None  # "the Keynesian beauty contest", "a Hawaiian shirt": a description
    if label == "NORP" and last - first == 1 and _describes_a_named_body(doc, first):
        return None  # "the Communist Kelby union": the named union's description
    if label == "NORP" and last - first == 1 and _labels_a_person(doc, first):
        return None  # "Democrat Hillary Clinton": the person's party, said of her
    if label == "NORP" and last - first == 1 and _one_of_a_group(doc, first):
        return None  # "she is a Spartan to the core": one person, a description, no group
    if label == "ORG" and last - first == 1 and _adjective_before_a_noun(doc, first):
        return None  # "a Revolutionary leader", "Confederate monuments": a description
    if label in ("PERSON", "GPE") and last - first == 1 and _plural_after_the(doc, first):
        label = "NORP"  # "the Eagles" tagged a place, "the Browns" a person: a team, a group
    kind = ENTITY_KINDS[label]
    cand = _Cand(start, end, name, kind, "name", _P_ENTITY, from_entity=True)
    if kind is ActorKind.PERSON:
        cand.person = name
        if title_first < first:
            cand.start = doc[title_first].idx
            cand.titled = True
            cand.bare = (start, end)
    return cand


#: The most words between a party's word and the person's name it labels ("Alabama Republican
#: Senate candidate Roy Moore": "Senate candidate Roy").
_MAX_LABEL_WORDS = 4


def _labels_a_person(doc: Doc, i: int) -> bool:
    """Token ``i``, a party's word (``names.PARTY_WORDS``), is a modifier in front of a person's
    name spaCy tagged, directly or through the words of a role ("Democrat Hillary Clinton",
    "Republican Senate candidate Roy Moore"): the person's party, said of the person, not the
    party as an actor. A party's word before a body or a plain noun ("Republican leaders",
    "the Democratic Party") is not read here."""
    tok = doc[i]
    if tok.text not in names.PARTY_WORDS:
        return False
    for _ in range(_MAX_LABEL_WORDS):
        if tok.dep_ not in _ADJECTIVE_DEPS or tok.head.i <= tok.i:
            return False
        tok = tok.head
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN":
            return True
    return False


#: An adjective made of a name or a region the gazetteer does not know ("Keynesian",
#: "Chestertonian", "Kafkaesque", "Hawaiian", "Marxist", "Sandinista"): singular, so it names no
#: group itself.
_NAME_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|esque|ist|ista)")
#: The adjectives of ``_NAME_ADJECTIVE`` that spaCy tags a place ("the Sandinista leader"),
#: which no place's name ends so.
_MOVEMENT_ADJECTIVE = re.compile(r"[A-Z][a-z]+ista")


def _describes_a_named_body(doc: Doc, i: int) -> bool:
    """Token ``i``, a group's word spaCy tagged (NORP) that the gazetteer does not know, stands
    before another capitalised name and both modify the same lower-case noun of a body ("the
    Communist Kelby union", ``references.BODY_ROLES``): the word describes the body the other
    name names, no group of its own."""
    tok = doc[i]
    if i + 1 >= len(doc) or gazetteer.lookup(tok.text) is not None:
        return False
    name = doc[i + 1]
    head = name.head  # spaCy hangs the word on the noun or on the name before it
    return (tok.dep_ in ("amod", "compound") and tok.head.i in (name.i, head.i)
            and name.pos_ == "PROPN" and name.text[:1].isupper() and head.i > i + 1
            and head.pos_ == "NOUN" and head.text.islower()
            and head.lemma_.lower() in references.BODY_ROLES)


def _describes_a_thing(doc: Doc, i: int) -> bool:
    """Token ``i``, a group's word spaCy tagged (NORP) that the gazetteer does not know and that
    reads as an adjective of a name or a region (``_NAME_ADJECTIVE``), describes the noun it
    modifies, which is no person and no body ("the Keynesian beauty contest", "a Chestertonian
    note", "a Hawaiian shirt"): a description, no actor, as a singular faith word before a
    thing is ("Catholic schools", words.json not_actors). So it does before a person's role
    that a name explains ("the Persian king, Darius", "the Persian king Darius"): the named
    person is the actor, the word his description. Before a role alone or a body's role ("the
    Persian king sent his army", "the Bavarian government") or a plural ("Bavarian voters")
    it stays a group."""
    tok = doc[i]
    head = tok.head
    if (_NAME_ADJECTIVE.fullmatch(tok.text) is None or tok.dep_ not in ("amod", "compound")
            or head.i <= i or head.pos_ != "NOUN"):
        return False
    if tok.ent_type_ == "GPE" or _MOVEMENT_ADJECTIVE.fullmatch(tok.text):
        # tagged a place, or a movement's adjective: before any noun, a description ("the
        # Sandinista leader" is a person the story names otherwise)
        return _MOVEMENT_ADJECTIVE.fullmatch(tok.text) is not None
    lemma = head.lemma_.lower()
    if head.tag_ == "NN" and lemma in references.PERSON_ROLES and (
            any(t.dep_ == "appos" and t.pos_ == "PROPN" for t in head.children)
            or (head.dep_ == "compound" and head.head.pos_ == "PROPN")):
        return True
    # a plural may be people ("Bavarian voters"): left alone, as are roles and state organs
    return (head.tag_ != "NNS" and lemma not in references.PERSON_ROLES
            and lemma not in references.BODY_ROLES and lemma not in references.GOVERNMENT_NOUNS
            and head.text.capitalize() not in gazetteer.STATE_ORGANS)


def _one_of_a_group(doc: Doc, i: int) -> bool:
    """Token ``i``, a group's word spaCy tagged (NORP) that the gazetteer does not know, is a
    singular noun after "a" or "an" heading its own phrase ("she is a Spartan to the core"):
    one member, which describes a person and names no group, as the singular demonyms of
    words.json not_actors do ("a Spaniard"). Not a word before a noun ("a Hamas leader"
    names the body), a plural, nor a party's word ("a Democrat", the party's member)."""
    tok = doc[i]
    return (i > 0 and doc[i - 1].lower_ in _INDEFINITE and tok.tag_ == "NNP"
            and tok.dep_ not in ("compound", "amod", "nmod") and not tok.text.endswith("s")
            and tok.text not in names.PARTY_WORDS and gazetteer.lookup(tok.text) is None)


def _adjective_before_a_noun(doc: Doc, i: int) -> bool:
    """Token ``i``, one capitalised word spaCy tagged a body, is an English adjective
    (``resources.lexicon_words``) that modifies a lower-case noun after it: "a Revolutionary
    leader", "Confederate monuments", "Christlike compassion" describe, they name no body. A
    party's word ("Democratic leaders", ``names.PARTY_WORDS``), a word the gazetteer or the word
    lists know ("Green" aside, no party of that name is listed), and a word before a body's
    or an outlet's noun ("the Federal government", "an Independent commission", "Ebony
    magazine") stay as spaCy tags them."""
    tok = doc[i]
    head = tok.head
    word = tok.text
    if (tok.dep_ not in ("amod", "compound") or head.i <= i or head.pos_ != "NOUN"
            or not head.text.islower() or tok.lower_ not in lexicon_words("adj")):
        return False
    lemma = head.lemma_.lower()
    # a government's noun that is no one person's role ("government", "officials") is a body's
    government = lemma in references.GOVERNMENT_NOUNS and lemma not in references.PERSON_ROLES
    return (word not in names.PARTY_WORDS and word not in gazetteer.NAMED_BODIES
            and gazetteer.lookup(word) is None and lemma not in references.BODY_ROLES
            and lemma not in _PAPER_NOUNS and not government)


def _pluralised_person(doc: Doc, first: int, last: int) -> bool:
    """The full name at tokens ``[first, last)`` is a person's made plural after "the" and
    ending its phrase ("the Harvey Weinsteins of the world"): a kind of person, no one person.
    A family is named by its surname alone ("the Obamas"), a full name before a noun is
    that person's thing ("the Bernie Sanders campaign"), and a surname ending so is kept
    ("the Harvey Ross", "Mr Jones")."""
    if last - first < 2 or first == 0 or doc[first - 1].lower_ != "the":
        return False
    surname = doc[last - 1].text
    after = doc[last] if last < len(doc) else None
    return (names.is_given_name(doc[first].text) and surname.endswith("s")
            and not surname.endswith(("ss", "us", "is", "ys", "es"))
            and (after is None or after.pos_ not in ("NOUN", "PROPN")))


#: A word in capitals, as a lede opens ("A MAN accused of"): after "a" a common noun is no
#: body's acronym, which takes the article only before a noun ("a BBC report").
_CAPS_WORD = re.compile(r"[A-Z]{2,}")
#: The indefinite article, which a person's name never takes on its own.
_INDEFINITE: frozenset[str] = frozenset({"a", "an"})
#: Words before the singular of a team's nickname that make it one player ("no Ranger", "every
#: Eagle"), not the team.
_ONE_PLAYER_WORDS: frozenset[str] = frozenset(
    {"a", "an", "no", "every", "each", "any", "another", "one"})


def _common_noun_after_a(doc: Doc, i: int, *, described: bool = False) -> bool:
    """Token ``i`` is an English common noun (``resources.lexicon_words``) capitalised after
    "a" or "an" and any lower-case adjectives: "A living Liturgy for a living Church", a title's
    or a slogan's noun spaCy tags a person; a one-word name takes no "a". So is one between
    a possessive pronoun and the lower-case noun it modifies ("his Bird rights", a contract's
    term). ``described``: at
    least one adjective must come between ("a good Samaritan"), as a body's name after "a"
    alone may still be the body's ("a Target store")."""
    if doc[i].lower_ not in lexicon_words("noun"):
        return False
    tok = doc[i]
    if (not described and tok.dep_ == "compound" and tok.head.i > i
            and tok.head.pos_ == "NOUN" and tok.head.text.islower()
            and any(t.dep_ == "poss" and t.pos_ == "PRON" and t.i < i for t in tok.head.children)):
        return True  # "his Bird rights": a kind of the thing he owns, named by custom
    j = i - 1
    while j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].dep_ == "amod") and doc[j].text.islower():
        j -= 1
    return j >= 0 and doc[j].lower_ in _INDEFINITE and (not described or j < i - 1)


#: A name for a virus or a germ, which spaCy may tag a body: "the Human Metapneumovirus".
_PATHOGEN = re.compile(r".*(?:virus|viruses|bacterium|bacteria)", re.IGNORECASE)
#: Words that count a plural noun: "both Chambers", "the two Houses".
_COUNTING_WORDS: frozenset[str] = frozenset({"both", "two", "three", "all"})


def _counted_plural(doc: Doc, i: int) -> bool:
    """Token ``i``, one capitalised word tagged a body, is a plural counted by the word before
    it ("both Chambers", "the two Houses"): a common noun written with a capital by custom,
    which names no one body."""
    tok = doc[i]
    return (i > 0 and doc[i - 1].lower_ in _COUNTING_WORDS and tok.tag_ in ("NNS", "NNPS")
            and tok.text.endswith("s") and gazetteer.lookup(tok.text) is None
            and tok.text not in gazetteer.NAMED_BODIES)


def _plural_after_the(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised plural after "the" that ends its phrase ("the Eagles", "the
    Browns", not "the Williams sisters"): a team or a family, never one person or a place."""
    tok = doc[i]
    return (i > 0 and doc[i - 1].lower_ == "the" and tok.text.endswith("s")
            and not tok.text.endswith("ss") and tok.dep_ != "compound"
            and gazetteer.lookup(tok.text) is None)


def _hyphen_joined_name(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens [first, last) is written joined by a hyphen, with no spaces, to a
    capitalised word before or after it: part of one longer name ("Dunbar-Ramer School").
    Read only for places the gazetteer does not know: known ones so joined are each named
    ("the US-China talks")."""
    after = (last + 1 < len(doc) and doc[last].text == "-" and not doc[last - 1].whitespace_
             and not doc[last].whitespace_ and doc[last + 1].text[:1].isupper())
    before = (first >= 2 and doc[first - 1].text == "-" and not doc[first - 1].whitespace_
              and not doc[first - 2].whitespace_ and doc[first - 2].text[:1].isupper())
    return after or before


#: A pronoun and its verb written as one word with an opening quotation mark for the
#: apostrophe ("I‘m", "We‘ll"), which the tokenizer leaves whole and spaCy may tag as a name.
_CONTRACTION = re.compile(r"(?:I|You|We|They|He|She|It)[’'‘](?:m|re|ve|ll|d|s)")

#: Parts of speech of the headline words glued after a name ("Franken Reiterates").
_HEADLINE_POS: frozenset[str] = frozenset({"VERB", "AUX", "ADV", "ADP"})
#: Endings of a verb's inflected forms and what restores its base form ("admitted" → "admit",
#: "reiterates" → "reiterate", "denies" → "deny").
_VERB_ENDINGS: tuple[tuple[str, str], ...] = (
    ("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", "e"), ("ed", ""), ("d", ""))


def _headline_word(tok: Token) -> bool:
    """Token ``tok``, capitalised in a title-case headline, is a verb or an adverb there
    ("Reiterates", "Publicly Admitted"): spaCy tags such a word a proper noun, so its lower-case
    form is looked up among the English verbs that are no noun too ("Controls" of "Johnson
    Controls" is also a noun: left as a name) and the adverbs."""
    if tok.pos_ in _HEADLINE_POS:
        return True
    word = tok.lower_
    if not tok.text[:1].isupper() or word in lexicon_words("noun"):
        return False
    if word in lexicon_words("adv") or word in lexicon_words("verb"):
        return True
    verbs, nouns = lexicon_words("verb"), lexicon_words("noun")
    bases = {word[:-len(end)] + add for end, add in _VERB_ENDINGS if word.endswith(end)}
    if word.endswith("ed") and len(word) > 4 and word[-3] == word[-4]:
        bases.add(word[:-3])  # "admitted": a doubled consonant
    return any(b in verbs and b not in nouns for b in bases)


#: An initialism of a body's name as stories write it: "NHL", "AFSCME", "DOJ"; two letters
#: are too often something else ("AJ", a given name) to join by spelling alone.
_INITIALISM = re.compile(r"[A-Z]{3,7}")
