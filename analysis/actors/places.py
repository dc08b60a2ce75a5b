"""The gazetteer's candidates in a paragraph (``_gazetteer_candidates``) and when a
country, capital, city or state word stands for its actor (``_accept_place``): not as a venue
("talks in Vienna"), a city named for itself ("the Moscow skyline"), a town with its state, a
street, a caption's address or a person's epithet; and the place phrases other modules read
(``_named_as_where``, ``_named_as_a_town``, ``_is_named_place``, ``_is_street_corner``)."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping
from typing import TYPE_CHECKING

from analysis import gazetteer, names, references
from analysis.actors.noise import (
    _CALL_SIGN,
    _SENTENCE_ENDS,
    _closes_a_named_title,
    _ends_quoted_title,
    _is_dateline_credit,
    _is_marked_dateline,
    _is_source,
    _opens_event_name,
    _opens_quoted_title,
)
from analysis.actors.spans import (
    _ADJECTIVE_DEPS,
    _ARTICLES,
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    _P_GAZETTEER,
    _PAPER_NOUNS,
    _POSSESSIVE,
    _SUBJECT_DEPS,
    _SURNAME_TITLES,
    _TITLE_JOINERS,
    _after_spaces,
    _before_spaces,
    _Cand,
    _first_conjunct,
    _name_word,
    _next_word,
    _one_line,
    _word_before,
)
from analysis.resources import lexicon_words
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


#: Entity labels whose longer name beats a capital inside it ("Washington Post").
NAME_LABELS: frozenset[str] = frozenset(
    {"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
)
#: Prepositions that make a city the venue: "in Vienna", "flew to Kyiv".
_VENUE_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "at", "near", "outside", "around", "inside", "into", "across", "throughout", "to",
     "toward", "towards", "via", "through", "within"}
)
#: Nouns a city names the venue of ("the Vienna talks").
_EVENT_NOUNS: frozenset[str] = frozenset(
    {"talk", "talks", "summit", "meeting", "conference", "agreement", "deal", "accord", "process",
     "format", "negotiation", "round", "forum", "airport", "station", "mayor", "university",
     "hotel", "office", "bureau", "correspondent", "marathon", "declaration", "protocol",
     # what happened there ("the Charlottesville rally", "the Las Vegas shooting")
     "rally", "march", "parade", "protest", "riot", "shooting", "bombing", "attack", "massacre"}
)
#: Nouns that make "X" in "the N of X" a place: "the village of Eskar", "residents of Brask".
_PLACE_NOUNS: frozenset[str] = frozenset(
    {"town", "village", "city", "region", "province", "district", "county", "area", "valley",
     "suburb", "outskirts", "street", "port", "harbour", "harbor", "resident", "people",
     "inhabitant", "mayor", "centre", "center", "edge", "heart", "municipality"}
)
#: Nouns of a natural feature or a landmark that make the name right before them a place's: "the
#: Ganges river", "a Ginza landmark". No noun of a people's quarter ("a Rohingya neighborhood")
#: nor of its people ("the Rohingya people"), where the name is the group's.
_FEATURE_NOUNS: frozenset[str] = frozenset(
    {"river", "lake", "landmark", "delta", "canal", "glacier", "desert", "peninsula", "volcano"})
#: Parts and features of a city besides ``_PLACE_NOUNS``: "Tokyo's most expensive real estate",
#: "the Moscow skyline" name the city, not the state it is the capital of.
_CITY_PARTS: frozenset[str] = frozenset(
    {"estate", "neighborhood", "neighbourhood", "quarter", "skyline", "downtown", "landmark",
     "restaurant", "shop", "store", "building", "park", "subway", "metro", "traffic", "airport",
     "cafe", "café", "cemetery", "square", "hotel", "visit"}
)
#: Bodies of a city that are not its country's government: "a Washington think tank", "a Paris
#: law firm", "London's Royal Philharmonic Orchestra" (lower-cased, the noun a capital names or
#: the last word of the body its possessive owns). A ministry, an embassy or an agency is left
#: out: "the Moscow ministry" speaks for Russia.
_CITY_BODIES: frozenset[str] = frozenset(
    {"tank", "firm", "museum", "gallery", "orchestra", "philharmonic", "symphony", "opera",
     "ballet", "theater", "theatre", "zoo", "hospital", "club"}
)
#: Topics after a capital that make the pair a treaty's short name: "the Paris climate decision"
#: is about the Paris climate agreement, not what France decided.
_TREATY_TOPICS: frozenset[str] = frozenset({"climate"})
#: A year right after a city's name, as the Games and fairs held there are named ("Tokyo 2020",
#: "London 2012"): the event, not the country.
_EVENT_YEAR = re.compile(r"\s*(?:19|20)\d\d(?![\d-])")
#: The words after a host city's name that make it the body running its Games ("the London
#: organizing committee"): a body of the city's event, not its country's government.
_ORGANIZING_COMMITTEE = re.compile(r"\s+organi[sz]ing\s+committee\b", re.IGNORECASE)
#: "D.C." after "Washington", however a corpus spaces it ("Washington, D.C.", "Washington   D . C
#: .", "Washington DC"): the city's address, not the government.
_DISTRICT_AFTER = re.compile(r",?\s*D\s*\.?\s*C\b")
#: Words before a city's name that name a part of it: "downtown Bangkok", "central Moscow".
_CITY_QUALIFIERS: frozenset[str] = frozenset(
    {"downtown", "central", "northern", "southern", "eastern", "western", "suburban", "greater",
     "inner", "outer", "uptown", "midtown"}
)
#: Bearings whose "of" names a place by a city: "south of Tokyo", "northwest of Moscow".
_BEARINGS: frozenset[str] = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
#: Verbs of going and coming: "flew back from Kyiv" names a place.
_TRAVEL_VERBS: frozenset[str] = frozenset(
    {"return", "fly", "travel", "arrive", "come", "leave", "flee", "drive", "report", "move",
     "depart", "escape", "evacuate", "head"}
)
#: Entities that name a thing (a company, a theatre, a team, a law): a country word inside one
#: does not make the country an actor ("the Americans With Disabilities Act"), unless the thing
#: is part of its state (``_speaks_for_the_state``).
_THING_LABELS: frozenset[str] = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "LAW"})
#: Prefixes that turn a demonym into a leaning ("pro-Russian", "anti-American").
_STANCE_PREFIXES: frozenset[str] = frozenset({"pro", "anti"})

#: A lawmaker's party in front of the place they represent: "Sen. Jane Doe (D-Calif.)",
#: "R-Wis.", "R-Texas", "D-Ann Arbor".
_PARTY_LABEL = re.compile(r"\b[DRI]-$")


def _named_as_where(doc: Doc, c: _Cand) -> bool:
    """The place of candidate ``c`` is named as where something is: after a preposition of
    place ("the crowd in Pittsburgh", "a fan from Dallas") or in front of a noun
    ("Portland lore")."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ in _VENUE_PREPOSITIONS | {"from", "of"}) \
        or root.dep_ in ("compound", "amod", "nmod")


#: Prepositions that make the name after them a town or a district, never a person ("in
#: Irving"); not "to" or "from", which take people too ("a letter to Erdogan").
_TOWN_PREPOSITIONS: frozenset[str] = frozenset(
    {"in", "near", "outside", "inside", "around", "across", "throughout", "within"})


def _named_as_a_town(doc: Doc, c: _Cand) -> bool:
    """Candidate ``c`` is named as a town: after a preposition of place ("in Irving") or
    before its state ("Irving, Texas"), so a well-known person's name there is not the person
    (``names.WELL_KNOWN``)."""
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return True
    root = span.root
    return (root.dep_ == "pobj" and root.head.lower_ in _TOWN_PREPOSITIONS) \
        or _before_its_state(doc, span.end)


#: Titles that make a place's one-word name right after them a person's surname ("Sheriff
#: Israel", "Mr. Jordan"); not "Miss" ("Miss Jamaica" is the country's winner).
_TITLES_BEFORE_A_SURNAME: frozenset[str] = _SURNAME_TITLES - {"Miss"}

#: The US states' names: a name written before one, set off by a comma, is a town in it.
_US_STATE_NAMES: frozenset[str] = frozenset(state.name for state in gazetteer.US_STATES)


def _before_its_state(doc: Doc, last: int) -> bool:
    """The entity ending before token ``last`` is followed by a US state (its name or short
    form: "Nevada", "Colo.") set off by a comma, or by the spaces a corpus leaves where it
    stripped one ("Mesquite  Nevada"), and the state ends there (a mark, spaces, a lower-case
    word or the paragraph's end follow; not "Nevada's" or "Nevada Gaming Commission"): the
    name is a town's, as datelines and addresses write it."""
    return _before_in_address(doc, last, _US_STATE_NAMES)


def _before_in_address(doc: Doc, last: int, actors: Container[str]) -> bool:
    """The name ending before token ``last`` is followed, as an address writes it, by a name
    of one of ``actors`` (``_before_its_state``; "Nairobi, Kenya", "Lansing, Mich.")."""
    if last >= len(doc) or not (doc[last].text == "," or doc[last].is_space):
        return False
    i = _after_spaces(doc, last + 1)
    for n in range(min(3, len(doc) - i), 0, -1):
        if doc[i + n - 1].is_space:
            continue  # "Germany  February": the spaces after the name are not part of it
        entry = gazetteer.lookup(_one_line(doc[i:i + n].text))
        if entry is not None and entry.actor in actors:
            after = doc[i + n] if i + n < len(doc) else None
            # a caption's date may follow at once: "in Beijing, China January 3"
            return after is None or (after.text not in _POSSESSIVE and (
                after.is_space or after.is_punct or after.text.islower()
                or after.text in gazetteer.CALENDAR))
    return False


#: Last words of a centre's, a hotel's or a house's name, a body ("the Pew Research Center", "the
#: Kestrel Hotel said", "Chatham House") or a venue ("Lincoln Center", "at the Kestrel Hotel",
#: "sat in the chamber at Parliament House"): which one, the words around it say.
_CENTER_WORDS: frozenset[str] = frozenset({"Center", "Centre", "Hotel", "Casino", "House"})
#: Last words of a centre's that name a building only with its town after it ("Parliament House
#: in Canberra"); alone they are as often a body's other name ("the Metropolitan Opera House").
_HOUSE_WORDS: frozenset[str] = frozenset({"House"})
#: Verbs whose object is a building attacked or cleared: "attacked the Kestrel Center in Vale".
_ASSAULT_VERBS: frozenset[str] = frozenset({"attack", "storm", "bomb", "evacuate"})
#: Prepositions that make a centre where something happens: "a concert at Lincoln Center".
_CENTER_VENUE_PREPOSITIONS: frozenset[str] = frozenset({"at", "inside", "outside", "near", "in"})
#: Verbs of working somewhere: "worked at Montefiore Medical Center" names the employer.
_WORK_VERBS: frozenset[str] = frozenset(
    {"work", "teach", "study", "serve", "research", "lecture", "train", "intern", "volunteer",
     "employ"}
)

#: Nouns of a post held at a body beside the role nouns of ``references.PERSON_ROLES``: "a
#: fellow at the Wilson Center".
_POST_NOUNS: frozenset[str] = frozenset(
    {"fellow", "scholar", "researcher", "student", "physician", "nurse", "analyst", "economist",
     "expert", "official"}
)


def _is_center_venue(doc: Doc, first: int, last: int) -> bool:
    """A centre, a hotel or a house named as where something happens ("with the Philharmonic at
    Lincoln Center", "at the city's Symphony Center", "depth inside Moda Center", "a photo call
    at the Kestrel Hotel", "sits in the chamber at Parliament House") or as the building
    attacked ("attacked the Kestrel Center"): a venue, where and not who.
    Not where someone works at it or holds a post at it ("worked at Montefiore Medical Center",
    "a fellow at the Wilson Center"), nor where it acts or is named otherwise ("the Pew
    Research Center said")."""
    if doc[last - 1].text not in _CENTER_WORDS or last - first < 2:
        return False  # "the House" alone is a chamber, not a building
    if doc[last - 1].text in _HOUSE_WORDS and not _with_its_town(doc, last):
        # "sang at the Metropolitan Opera House": the company's other name; "at Parliament
        # House in Canberra", a house named with its town, is the building
        return False
    root = doc[first:last].root
    prep = root.head
    if root.dep_ == "dobj" and prep.lemma_.lower() in _ASSAULT_VERBS:
        return True  # "gunmen attacked the Kestrel Center": the building, where
    if root.dep_ != "pobj" or prep.lower_ not in _CENTER_VENUE_PREPOSITIONS:
        return False
    governor = prep.head.lemma_.lower()
    return (governor not in _WORK_VERBS and governor not in _POST_NOUNS
            and governor not in references.PERSON_ROLES)


def _with_its_town(doc: Doc, last: int) -> bool:
    """The name ending before token ``last`` is followed by "in" and a capitalised name, as a
    building is written with its town ("Parliament House in Canberra")."""
    prep = _next_word(doc, last)
    town = _next_word(doc, prep.i + 1) if prep is not None and prep.lower_ == "in" else None
    return town is not None and town.text[:1].isupper()


def _body_after(doc: Doc, last: int, entry: gazetteer.Entry) -> Token | None:
    """The last word of a body whose name the place ``entry`` (ending before token ``last``)
    opens: a legislature ("United States Senate": the chamber, not the country), a public
    office ("the Manhattan District Attorney's Office": the office, not the borough) or a team
    ("the Dallas Cowboys": the team, not the city); None if it opens none."""
    for after in (_legislature_after, _office_after, _team_after):
        if (word := after(doc, last, entry)) is not None:
            return word
    return None


def _gazetteer_candidates(doc: Doc, text: str, ent_span: Mapping[int, tuple[int, int, str]]
                          ) -> Iterable[_Cand]:
    n_tokens = len(doc)
    i = 0
    while i < n_tokens:
        tok = doc[i]
        if not gazetteer.may_open_a_form(tok.text):
            i += 1
            continue
        found = None
        for n in range(min(gazetteer.MAX_TOKENS, n_tokens - i), 0, -1):
            end_tok = doc[i + n - 1]
            if end_tok.is_space:
                continue  # "Italy  ": the spaces after a name are not part of it
            surface = text[tok.idx:end_tok.idx + len(end_tok)]
            entry = gazetteer.lookup(surface if n == 1 else _one_line(surface))
            if entry is not None:
                found = (n, surface, entry)
                break
        if found is None:
            i += 1
            continue
        n, surface, entry = found
        if (state := _state_after_town(doc, i, i + n, surface, entry)) is not None:
            entry = state  # "Marietta, Georgia": the US state, not the country
        opposition = _opposition(doc, i, i + n, entry)
        if opposition is not None:  # "the Cambodian opposition": a group of its own
            end = opposition.idx + len(opposition)
            yield _Cand(tok.idx, end, _one_line(text[tok.idx:end]), ActorKind.GROUP, "name",
                        _P_GAZETTEER)
            i = opposition.i + 1
        elif (outlet := _outlet_after(doc, i + n, surface, entry)) is not None:
            # "Vatican Radio", "USA TODAY": the outlet, not the state; as an agency, a
            # dateline's or a caption's credit or the source of a report, no actor, as an
            # outlet spaCy tags is not (_is_noise)
            end = outlet.idx + len(outlet)
            yield _Cand(tok.idx, end, _one_line(text[tok.idx:end]), ActorKind.ORGANIZATION,
                        "name", _P_GAZETTEER,
                        noise=gazetteer.is_agency(_one_line(text[tok.idx:end]))
                        or _is_dateline_credit(doc, i, outlet.i + 1)
                        or _is_source(doc, i, outlet.i + 1)
                        or _closes_caption(doc, i, outlet.i + 1))
            i = outlet.i + 1
        elif (last := _body_after(doc, i + n, entry)) is not None:
            end = last.idx + len(last)  # the body the place's name opens, not the place
            yield _Cand(tok.idx, end, _one_line(text[tok.idx:end]), ActorKind.ORGANIZATION,
                        "name", _P_GAZETTEER)
            i = last.i + 1
        elif _accept_place(doc, i, i + n, surface, entry, ent_span):
            yield _Cand(tok.idx, tok.idx + len(surface), entry.actor, entry.kind, entry.via,
                        _P_GAZETTEER, abbreviation=entry.abbreviation,
                        # "(D-Calif.)", "D-Ann Arbor", "R-Texas": a lawmaker's district
                        # in a party label, where, not who, however the place is written
                        noise=_PARTY_LABEL.search(text, 0, tok.idx) is not None)
            i += n
        else:
            i += 1


def _state_after_town(doc: Doc, first: int, last: int, surface: str, entry: gazetteer.Entry
                      ) -> gazetteer.Entry | None:
    """The US state a country's name also names ("Georgia"; ``gazetteer.STATES_NAMED_AS_COUNTRIES``)
    where the name, at tokens ``[first, last)``, is written after a town and a comma, or the
    spaces a corpus leaves where it stripped one, and ends there, as an address names a state:
    "Marietta, Georgia", "Atlanta  Georgia." The town is one spaCy tags a place or the gazetteer
    knows as a city; a seat of the country itself ("Tbilisi, Georgia") keeps the country, and so
    does a list of countries ("Ukraine, Georgia and Moldova") or "Saakashvili, Georgia's
    president"."""
    state = gazetteer.STATES_NAMED_AS_COUNTRIES.get(surface)
    if state is None or entry.adjective or first == 0:
        return None
    i = _before_spaces(doc, first - 1)
    if i >= 0 and doc[i].text == ",":
        i = _before_spaces(doc, i - 1)
    elif i == first - 1:
        return None  # neither a comma nor a stripped one: "in Georgia"
    if i < 0 or not _name_word(doc[i]):
        return None
    town = gazetteer.lookup(doc[i].text)
    if town is None and doc[i].ent_type_ != "GPE":
        return None
    if town is not None and (not town.city or town.actor == entry.actor):
        return None
    after = doc[last] if last < len(doc) else None
    ends = after is None or (after.text not in _POSSESSIVE and (
        after.is_space or after.is_punct or after.text.islower()))
    return state if ends else None


def _outlet_after(doc: Doc, last: int, surface: str, entry: gazetteer.Entry) -> Token | None:
    """The last word of an outlet or an agency named after a place the gazetteer knows, right
    after it: the place and one word that marks an outlet (``gazetteer.MEDIA_WORDS``: "Vatican
    Radio", "Kyiv Post"), or an outlet or agency the word lists name ("USA TODAY", "USA TODAY
    Sports"), the longest that fits. The place is then the first word of the outlet's name, not
    an actor. A demonym is left alone ("Russian TV" may be the state's), and so is a word that
    runs on into a title ("White House Press Secretary") or a longer name ("Las Vegas
    Review-Journal"). None where no such word follows."""
    if last >= len(doc) or entry.adjective:
        return None
    place = _one_line(surface)
    for n in range(min(_MAX_OUTLET_WORDS, len(doc) - last), 0, -1):
        words = doc[last:last + n]
        if any(t.is_space for t in words):
            continue
        name = f"{place} {words.text}"
        if not (gazetteer.is_media(name) or gazetteer.is_agency(name)):
            continue
        word = words[-1]
        after = doc[word.i + 1] if word.i + 1 < len(doc) else None
        if after is not None and (after.text in gazetteer.TITLES
                                  or (after.text in _TITLE_JOINERS and not word.whitespace_)):
            return None
        return word
    return None


#: The most words of an outlet's or an agency's name after the place it opens with ("USA
#: TODAY Sports").
_MAX_OUTLET_WORDS = 2


def _closes_caption(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens [first, last) stands alone after a sentence and closes its paragraph,
    as a caption's credit does ("... felt uncomfortable.' USA TODAY")."""
    before = _before_spaces(doc, first - 1)
    return (before >= 0 and doc[before].text in _SENTENCE_ENDS
            and all(t.is_space for t in doc[last:]))


def _closes_caption_address(doc: Doc, first: int, last: int) -> bool:
    """The country at tokens [first, last), written in capitals, closes a photo caption's
    address: after a state's two-letter code and before the semicolon that ends the address
    ("Oct 15, 2017; Kansas City, MO, USA; Steelers receiver ..."). Where the photo was taken,
    no actor; "USA" in prose ("USA Gymnastics", "the USA won") is not so placed."""
    code = _word_before(doc, first)
    if code is not None and code.text == ",":
        code = _word_before(doc, code.i)
    after = _next_word(doc, last)
    return (doc[first:last].text.isupper() and code is not None and len(code.text) == 2
            and code.text.isupper() and after is not None and after.text == ";")


def _team_after(doc: Doc, last: int, entry: gazetteer.Entry) -> Token | None:
    """The nickname of a team right after a city, a state or a capital ("the Dallas Cowboys",
    "the Tennessee Titans", "Washington Nationals"; ``gazetteer.TEAMS``), which spaCy often tags
    apart from the place: the place is then the first words of the team's name, not an actor.
    None where no team's nickname follows."""
    if last >= len(doc) or not (entry.kind is ActorKind.PLACE or entry.via == "capital"):
        return None
    nickname = doc[last]
    return nickname if nickname.text in gazetteer.TEAMS else None


#: The most words of an office's name after the place it opens with ("District Attorney's
#: Office": four tokens with the possessive).
_MAX_OFFICE_TOKENS = 5


#: Kinds of place whose name may open an office's name (``_office_after``).
_OFFICE_PLACE_KINDS: frozenset[ActorKind] = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})


def _office_after(doc: Doc, last: int, entry: gazetteer.Entry) -> Token | None:
    """The last word of a public office's name that opens with a city, a state or a region
    and ends with a state organ's word (``gazetteer.STATE_ORGANS``): "the Manhattan District
    Attorney's Office", "the Dallas Police Department", which spaCy leaves untagged. The place
    is then the first word of the office's name, not an actor. Capitalised words and
    possessives only, one space apart, but for a lower-case "office" after a possessive ("the
    US Attorney's office"). After a country only an official's office so named counts, a
    title and its possessive ("US Attorney's Office", a prosecutor's); its other organs speak
    for it ("U.S. Army", "US Capitol Police"). None where no such word closes them."""
    if last >= len(doc) or entry.adjective or entry.kind not in _OFFICE_PLACE_KINDS \
            or doc[last - 1].whitespace_ != " ":
        return None
    found, titled = None, False
    for i in range(last, min(last + _MAX_OFFICE_TOKENS, len(doc))):
        word = doc[i]
        if word.text in _POSSESSIVE and i > last:
            titled = titled or doc[i - 1].text in gazetteer.TITLES
            continue
        if doc[i - 1].text in _POSSESSIVE and word.lower_ == "office":
            found = word  # "the US Attorney's office", written in lower case
            break
        if not word.text[:1].isupper() or not word.is_alpha:
            break
        if word.text in gazetteer.STATE_ORGANS and word.text not in gazetteer.LEGISLATURES:
            found = word  # the longest: "Dallas Police Department", not "Dallas Police"
        if not word.whitespace_ and not (i + 1 < len(doc) and doc[i + 1].text in _POSSESSIVE):
            break
    if found is not None and (after := _next_word(doc, found.i + 1)) is not None \
            and (after.lower_ == "of" or (after.text[:1].isupper() and after.is_alpha
                                          and after.text not in gazetteer.TITLES)):
        # "the Chicago Office of Tourism", "the Chicago Police Board": a longer name, which
        # spaCy tags as it is; a person's title may follow ("Dallas Police Department Lt.")
        return None
    if entry.kind is ActorKind.COUNTRY and not titled:
        return None  # "U.S. Army", "US Capitol Police": the state's organs speak for it
    return found


def _legislature_after(doc: Doc, last: int, entry: gazetteer.Entry) -> Token | None:
    """The word of a legislature (``gazetteer.LEGISLATURES``) right after a country's name, one
    space apart ("United States Senate", "U.S. Congress"), which spaCy often tags apart from
    the country: the country is then the first words of the chamber's name, which is its own
    body, not the country (as ``_accept_place`` reads it inside one entity). A demonym is left
    alone ("the Russian parliament"), and so is a state organ that speaks for the country ("U.S.
    Army"). None where no such word follows."""
    if (last >= len(doc) or entry.adjective or entry.kind is not ActorKind.COUNTRY
            or doc[last - 1].whitespace_ != " "):
        return None
    house = doc[last]
    return house if house.text in gazetteer.LEGISLATURES else None


def _opposition(doc: Doc, first: int, last: int, entry: gazetteer.Entry) -> Token | None:
    """The noun of "Cambodian opposition", "Syrian rebels" right after a demonym, or None.

    Such a group is its own actor, not the country: the stance toward a country's opposition
    or rebels usually runs against the stance toward its government, so folding one into the
    other would cancel both out. Every other demonym + noun ("Russian troops") is the country,
    and so is one in a person's title ("Cambodian opposition leader Sam Rainsy").
    """
    if not entry.adjective or entry.kind is not ActorKind.COUNTRY or last >= len(doc):
        return None
    if first >= 2 and doc[first - 1].text == "-" and doc[first - 2].lower_ in _STANCE_PREFIXES:
        return None  # "pro-Russian separatists" are not Russia's own separatists
    noun = doc[last]
    if last + 1 < len(doc) and doc[last + 1].lower_ in references.PERSON_ROLES:
        return None  # "Israeli opposition leader Shimon Peres": a title, the person's
    return noun if noun.lower_ in references.OPPOSITION_NOUNS and noun.pos_ == "NOUN" else None


#: A year written right after a country's name, as a tournament's is ("Qatar 2022").
_EVENT_YEAR = re.compile(r"(?:19|20)\d\d")


def _accept_place(doc: Doc, first: int, last: int, surface: str, entry: gazetteer.Entry,
                  ent_span: Mapping[int, tuple[int, int, str]]) -> bool:
    if last + 1 < len(doc) and doc[last].text == "-" and doc[last + 1].lower_ == "based":
        return False  # "Paris-based Sam Rainsy": where someone lives, not France
    if entry.city and _is_venue(doc, first, last):
        return False
    if entry.via == "capital" and entry.city and _names_the_city(doc, first, last, entry.actor):
        return False  # "Tokyo's Ginza district": the city, a place, not its country's government
    if entry.via == "capital" and not entry.city and _names_the_office(doc, first, last):
        return False  # "winning the White House": the presidency, an office, not the state
    if entry.kind is ActorKind.PLACE and (before := _before_spaces(doc, first - 1)) >= 0 \
            and _CALL_SIGN.fullmatch(doc[before].text):
        return False  # "KTTV Los Angeles": a station's name and its city of licence, not the city
    if last - first == 1 and first > 0 and doc[first - 1].text in _TITLES_BEFORE_A_SURNAME:
        # "Mr. Jordan", "Mr. Wagner", "Sheriff Israel": a person's surname, found as a name
        # ("Miss Jamaica" is the country's winner)
        return False
    if _is_marked_dateline(doc, first, last):
        return False
    if entry.kind is ActorKind.COUNTRY and last < len(doc) and _EVENT_YEAR.fullmatch(
            doc[last].text) and not doc[last - 1].text.endswith(","):
        return False  # "Qatar 2022", "Brazil 2014": the tournament held there that year
    if entry.kind is ActorKind.COUNTRY and first > 0 and doc[first - 1].text in \
            gazetteer.COMPANIES and not doc[first - 1].whitespace_.count("\n"):
        return False  # "Samsung Vietnam", "Unilever Pakistan": the company's arm there, no state
    if _epithet_of_a_person(doc, first):
        return False  # "Hippolytus of Rome", "Clement of Alexandria": part of a person's name
    if entry.kind is ActorKind.COUNTRY and _closes_caption_address(doc, first, last):
        return False  # "; Kansas City, MO, USA;": where a photo was taken, no actor
    if entry.via == "capital" and entry.kind is ActorKind.COUNTRY and (
            _before_its_state(doc, last) or _county_after(doc, last)):
        return False  # "San Jose, California", "Nassau County": an American town or county
    blocked = gazetteer.NOT_AFTER.get(surface)
    if blocked and _word_over_hyphen(doc, first) in blocked:
        return False  # "Latin America", "All-American": another place, or no place
    if entry.kind is ActorKind.COUNTRY and (after := _next_word(doc, last)) is not None \
            and after.text in names.EVENT_WORDS and after.text[:1].isupper():
        return False  # "in U.S. Open history", spaCy tagging "U.S." alone: the event's name
    if _ends_a_seas_name(doc, first):
        return False  # "the Bay of Bengal", "the Gulf of Mexico": a sea's name, no actor
    if entry.kind is ActorKind.COUNTRY and _opens_hyphenated_name(doc, last):
        return False  # "Israel-Premier Tech", a cycling team: the team's name, not the state
    if not entry.adjective and (thing := _next_word(doc, last)) is not None \
            and thing.lower_ in names.DEMONYM_THINGS:
        return False  # "the US dollar", "Hong Kong dollars": a thing named for it, no actor
    if _in_quoted_title(doc, first, last) or _closes_a_named_title(doc, first):
        # ("“Brooklyn Nine-Nine”"), "a book called Tales of Old Vienna": a title, no place in it
        return False
    if _opens_event_name(doc, first, last, nouns=entry.kind is ActorKind.PLACE):
        # "the Vancouver Olympics", "an Asia-Pacific economic summit": the host names the event
        # (a country before a lower-case "summit" is a party to it: "a U.S.-China summit")
        return False
    span = ent_span.get(first)
    if span is not None:
        e_first, e_last, label = span
        longer = e_first <= first and last <= e_last and e_last - e_first > last - first
        # "Jordan Peterson", "Washington Post": a longer name wins over a place inside it
        if longer and (label == "PERSON" or (entry.via == "capital" and label in NAME_LABELS)):
            return False
        # "USA Gymnastics", "Japan Airlines": the body acts, not the country; but "the Russian
        # Foreign Ministry" speaks for Russia; a legislature ("the U.S. Senate") does not, its
        # members voting apart: it is the body the article also names alone ("the Senate")
        if (longer and label in _THING_LABELS and entry.kind is ActorKind.COUNTRY
                and not _speaks_for_the_state(doc, last, e_last)):
            return False
        # "the U.S. Open", "the Australian Open", "the Mexican Grand Prix": an event named
        # with the country is no mention of it (names.EVENT_WORDS: its last word says so)
        if longer and entry.kind is ActorKind.COUNTRY and doc[e_last - 1].text in names.EVENT_WORDS:
            return False
        # "the Vietnam War", "Good Morning America": an event or a show spaCy tags as one,
        # written as a proper name, is no mention of the country in it; "the Syrian civil war"
        # with its lower-case words still names Syria
        if longer and entry.kind is ActorKind.COUNTRY and label == "EVENT" and all(
                doc[i].text[:1].isupper() or doc[i].text in _ARTICLES or not doc[i].is_alpha
                for i in range(e_first, e_last)):
            return False
        # "Ohio State University", "the Texas Rangers", "Navi Mumbai": a state or a city inside
        # a longer name is part of that name
        if longer and entry.kind is ActorKind.PLACE:
            return False
    if entry.adjective:
        return _adjective_is_actor(doc, first, last)
    return True


def _speaks_for_the_state(doc: Doc, last: int, e_last: int) -> bool:
    """A body whose name a country opens, its words after the country ending before token
    ``e_last``, is an organ that speaks for the state (``gazetteer.STATE_ORGANS``): "the
    Russian Foreign Ministry", "the U.S. Army"; not a legislature ("the U.S. Senate"), whose
    members vote apart, nor an agency named by its remit ("the Russian Space Agency", "US
    Capitol Police", ``gazetteer.REMIT_ORGANS``), which acts for itself."""
    return any(doc[i].text in gazetteer.STATE_ORGANS and doc[i].text not in gazetteer.LEGISLATURES
               and not (doc[i].text in gazetteer.REMIT_ORGANS and i > last)
               for i in range(last, e_last))


def _in_quoted_title(doc: Doc, first: int, last: int) -> bool:
    """The place at tokens [first, last) opens or ends a title in quotation marks, the rest of
    it capitalised words ("the actor Jane Doe (“Brooklyn Nine-Nine”)", "“Tales of Old
    Vienna”"): a work's name, where the place names no actor. A place quoted alone, or in a
    quoted sentence ("“Vienna is lovely”"), is left alone."""
    before, after = _word_before(doc, first), _next_word(doc, last)
    opens = (before is not None and before.text in _OPEN_QUOTES
             and _opens_quoted_title(doc, last))
    return opens or (after is not None and after.text in _CLOSE_QUOTES
                     and _ends_quoted_title(doc, first))


#: Words before a given name and its home that leave it one person's name ("St. Clement of
#: Alexandria").
_SAINT_WORDS: frozenset[str] = frozenset({"St.", "St", "Saint"})


def _epithet_of_a_person(doc: Doc, first: int) -> bool:
    """The place at token ``first`` closes a person's name made of one name, "of" and his home,
    as saints and early writers are named ("Hippolytus of Rome", "Francis of Assisi", "St.
    Clement of Alexandria"): the name before "of" is no title, even tagged with the person
    before it ("Cardinal Jane Doe, Archbishop of Toronto"), but a given name, a word tagged a
    person, or an untagged capitalised word that is no English noun ("Bishop of Rome", "Bank
    of England" are not), and no other name runs into it from before ("Prince Harry of
    England" is ``_royal_of_realm``'s; "Pope Francis of Rome" is left alone). The place names
    no actor of its own there."""
    of = _word_before(doc, first)
    if of is None or of.lower_ != "of" or doc[first].head.i != of.i:
        return False
    name = _word_before(doc, of.i)
    if name is None or name.pos_ != "PROPN" or not name.text.istitle() or of.head.i != name.i:
        return False
    # a title names an office, whose seat the place is ("Archbishop of Toronto"), even where
    # spaCy tags it with the person before it
    if name.text in gazetteer.TITLES or not (
            names.is_given_name(name.text) or name.ent_type_ == "PERSON"
            or (name.ent_type_ == "" and name.lower_ not in lexicon_words("noun"))):
        return False
    before = _word_before(doc, name.i)
    return before is None or not before.text[:1].isupper() or before.text in _SAINT_WORDS \
        or before.is_punct


#: Words after a town's name that make it an American county's ("Nassau County").
_COUNTY_WORDS: frozenset[str] = frozenset({"County", "Parish"})


def _county_after(doc: Doc, last: int) -> bool:
    """The name ending before token ``last`` is followed by a county's word: "Nassau County",
    a county, not the capital it shares its name with."""
    return last < len(doc) and doc[last].text in _COUNTY_WORDS


#: Words of a sea's or a strait's name before "of" and a place: "the Bay of Bengal".
_WATER_WORDS: frozenset[str] = frozenset({"Bay", "Gulf", "Sea", "Strait", "Straits"})


def _ends_a_seas_name(doc: Doc, first: int) -> bool:
    """The place at token ``first`` ends a sea's or a strait's name ("the Bay of Bengal", "the
    Gulf of Mexico"): where, no actor."""
    return first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].text in _WATER_WORDS


def _opens_hyphenated_name(doc: Doc, last: int) -> bool:
    """The place ending before token ``last`` is glued by a hyphen to a capitalised word no
    table knows as a place or a people ("Israel-Premier Tech"): the two open one other name.
    Two places so joined ("Russia-Ukraine talks", "US-China") each stay."""
    if last + 1 >= len(doc) or doc[last].text != "-" or doc[last - 1].whitespace_ \
            or doc[last].whitespace_:
        return False
    word = doc[last + 1]
    return word.is_alpha and word.text[:1].isupper() and gazetteer.lookup(word.text) is None \
        and not word.text.isupper()


def _word_over_hyphen(doc: Doc, first: int) -> str:
    """The word before token ``first``, over a hyphen that joins the two ("All" of
    "All-American", "African" of "African-American"); "" at the start."""
    i = first - 1
    if (i > 0 and doc[i].text in _TITLE_JOINERS and not doc[i - 1].whitespace_
            and not doc[i].whitespace_):
        i -= 1
    return doc[i].text if i >= 0 else ""


def _is_venue(doc: Doc, first: int, last: int) -> bool:
    """A place named as where something happens ("met in Vienna"), not as who acts."""
    root = doc[first:last].root
    head = root.head
    if root.dep_ in ("compound", "nmod"):
        # "the Vienna talks", "a Minsk summit"; "the Charlottesville “Unite the Right” rally",
        # where a quoted name between makes the parse an nmod
        return head.lemma_.lower() in _EVENT_NOUNS
    if root.dep_ != "pobj":
        return False
    if head.head.lower_ in references.GOVERNMENT_NOUNS:
        return False  # "officials in Ankara", "ambassador to Washington": the government
    if head.lower_ == "from":  # "returned from Vienna", but "a warning from Moscow"
        return head.head.lemma_ in _TRAVEL_VERBS
    if head.lower_ == "of":
        return _is_named_place(doc, first, last)
    if head.lower_ == "to" and head.head.pos_ == "NOUN":
        # "a message to Moscow", "loans to Kyiv": the recipient; "a visit to Kyiv": a place
        return head.head.lemma_.lower() in references.MOVEMENT_NOUNS
    return head.lower_ in _VENUE_PREPOSITIONS


def _names_the_city(doc: Doc, first: int, last: int, actor: str) -> bool:
    """A capital of ``actor`` at tokens [first, last) named as the city itself, not as its
    country's government ("Berlin said", "Moscow's decision"): the owner of a part of it
    ("Tokyo's Ginza district", "Tokyo's most expensive real estate"), the first word of one
    ("the Tokyo area", "a Caracas cemetery"), a bureau there ("the Washington bureau chief", two
    words before the noun they name), a name after a word for a city ("the holy city,
    Jerusalem", "the capital Harare"), with a word for its part before it ("downtown Bangkok"),
    or after a bearing ("south of Tokyo"), or written as an address with its country or state
    after it ("Nairobi, Kenya", "Lansing, Mich.", "Washington D.C."), or a caption's date
    ("in Washington February 26, 2015"), or with a year after it
    as its Games are named ("Tokyo 2020"), or before the words of the body that runs them
    ("the London organizing committee", ``_ORGANIZING_COMMITTEE``), or naming a body of the
    city ("a Washington think tank", "London's Royal Philharmonic Orchestra",
    ``_CITY_BODIES``) or a treaty signed there ("the Paris climate decision",
    ``_TREATY_TOPICS``), or joined to a venue ("in Lahore or
    Islamabad"; "relations between Moscow and Washington" are the governments'). Only capitals
    are read: another city named so is a place already."""
    root = doc[first:last].root
    head = root.head
    city_words = _PLACE_NOUNS | _CITY_PARTS
    if _before_in_address(doc, last, (actor,)):
        return True
    end = doc[last - 1].idx + len(doc[last - 1])
    if _DISTRICT_AFTER.match(doc.text, end) or _EVENT_YEAR.match(doc.text, end) \
            or _ORGANIZING_COMMITTEE.match(doc.text, end):
        return True
    # a caption's place and date: "the hearing in Washington February 26, 2015"
    if (month := _next_word(doc, last)) is not None and month.text in gazetteer.CALENDAR \
            and (day := _next_word(doc, month.i + 1)) is not None and day.like_num:
        return True
    if root.dep_ == "conj" and head.i < root.i:
        first_of = _first_conjunct(head)
        # "in Lahore or Islamabad": the venue the first of the names is
        if _is_venue(doc, first_of.i, first_of.i + 1):
            return True
    if any(child.lower_ in _CITY_QUALIFIERS for child in root.children):
        return True
    if root.dep_ == "poss" and head.i != root.i:
        # "London's Royal Philharmonic Orchestra": a body of the city, named
        return head.lemma_.lower() in city_words or (
            head.pos_ == "PROPN" and head.lower_ in _CITY_BODIES)
    if root.dep_ in ("compound", "nmod") and head.i > root.i:
        if head.lemma_.lower() in city_words | _CITY_BODIES:
            return True
        after = doc[last] if last < len(doc) else None
        # "Washington bureau chief": the city names the bureau, whose chief the noun is; "the
        # Paris climate decision": the city and the topic name the treaty
        return (after is not None and after.i < head.i and after.dep_ == "compound"
                and after.head.i == head.i
                and after.lemma_.lower() in _EVENT_NOUNS | _TREATY_TOPICS)
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _BEARINGS:
        return True
    before = _before_spaces(doc, first - 1)
    if before >= 1 and doc[before].text == ",":
        before = _before_spaces(doc, before - 1)
    noun = doc[before] if before >= 0 else None
    return (noun is not None and noun.pos_ == "NOUN"
            and noun.lemma_.lower() in _PLACE_NOUNS | {"capital"})


def _names_the_office(doc: Doc, first: int, last: int) -> bool:
    """A seat of government that is a building, at tokens [first, last), named as the office it
    houses: the object of a verb of winning it ("winning the White House",
    ``references.OFFICE_VERBS``) or after "for" or "to" a noun of seeking it ("a bid for the White
    House", ``references.OFFICE_NOUNS``). Elsewhere the building is the government ("the White
    House said")."""
    root = doc[first:last].root
    head = root.head
    if root.dep_ == "dobj":
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in references.OFFICE_VERBS
    return (root.dep_ == "pobj" and head.lower_ in ("for", "to")
            and head.head.lemma_.lower() in references.OFFICE_NOUNS)


def _is_named_place(doc: Doc, first: int, last: int) -> bool:
    """"the village of Eskar", "residents of Brask", "the areas of Velno and Las Brask"; not
    "the government of Karesh"."""
    root = _first_conjunct(doc[first:last].root)  # "... and Las Brask"
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in _PLACE_NOUNS)


#: Nouns whose "of" names streets: "the corner of Kedzie and Montrose".
_CORNER_NOUNS: frozenset[str] = frozenset({"corner", "intersection"})


def _is_street_corner(doc: Doc, first: int, last: int) -> bool:
    """The name is a street at a corner: "the corner of Kedzie and Montrose", "the intersection
    of Elm and Main" (spaCy tags such streets as people or groups)."""
    root = _first_conjunct(doc[first:last].root)  # "... and Montrose"
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in _CORNER_NOUNS)


def _adjective_is_actor(doc: Doc, first: int, last: int) -> bool:
    """"Russian troops", "the Chinese said", "Russian-backed": yes; "speaks Russian", "American
    cheese" (``names.DEMONYM_THINGS``): no."""
    if last < len(doc) and doc[last].text == "-":
        return True
    tail = _first_conjunct(doc[last - 1])  # "British and French officials"
    if tail.dep_ in _ADJECTIVE_DEPS and tail.head.pos_ in ("NOUN", "PROPN") \
            and tail.head.i != tail.i:
        # "American cheese", "a British accent": a food, a way of speaking; no country acts;
        # nor in "French news agency AFP", "a Lebanese newspaper": an outlet's home, a source
        head = tail.head
        news_agency = head.lemma_.lower() == "agency" and any(
            t.lower_ == "news" for t in head.children)
        return not (head.lower_ in names.DEMONYM_THINGS or head.lower_ in _PAPER_NOUNS
                    or news_agency)
    if tail.ent_type_ != "NORP":
        return False
    # a demonym standing alone is the people ("the Chinese") as a subject or after "the";
    # as a bare object it is usually the language ("in French")
    return tail.dep_ in _SUBJECT_DEPS or (first > 0 and doc[first - 1].lower_ == "the")
