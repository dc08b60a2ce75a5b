"""Word tables for finding actors: countries, US states, international bodies, armed groups, and
the noise (photo agencies, news outlets, titles, days) that must not become an actor.

The knowledge lives in data files under ``analysis/data/`` (JSON, one entry a line, each file
saying what its fields mean), read once when this module is imported: every UN member state and a
few other states, the US states, international organisations and alliances with their acronyms,
armed groups, and the noise word lists. Written from general knowledge for international news.
Every surface form is matched case-sensitively on token boundaries, so "US" is the United States
and "us" is not. ``lookup`` is the one entry point.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from analysis.types import ActorKind


@dataclass(frozen=True, slots=True)
class Country:
    name: str  # canonical name
    names: tuple[str, ...] = ()  # other names and abbreviations
    adjectives: tuple[str, ...] = ()  # count only when they modify a noun or spaCy says NORP
    people: tuple[str, ...] = ()  # plural nouns for the people ("Russians"), always a mention
    seats: tuple[str, ...] = ()  # capital and seat-of-government metonyms, buildings included
    buildings: tuple[str, ...] = ()  # the seats that are buildings or streets ("Kremlin")
    un_member: bool = False
    abbreviations: tuple[str, ...] = ()  # a state's short form ("Calif."): only beside its name


@dataclass(frozen=True, slots=True)
class Body:
    """An organisation or armed group known by several names."""

    name: str
    kind: ActorKind
    names: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Entry:
    """What a surface form stands for. ``via`` is the ``Mention.via`` it produces."""

    actor: str
    kind: ActorKind
    via: str  # name, alias, demonym, capital
    adjective: bool = False  # a demonym adjective: needs a noun head or a NORP tag
    city: bool = False  # a city: "talks in Vienna" is a venue, "Vienna said" an actor
    abbreviation: bool = False  # "Calif.": the state only where the article names it in full


def _load(name: str) -> dict[str, Any]:
    """One data file, from the package (works from the repository and from an installed copy)."""
    return json.loads(files("analysis").joinpath("data", name).read_text(encoding="utf-8"))


def _strings(entry: Mapping[str, Any], key: str, *, source: str) -> tuple[str, ...]:
    values = entry.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) and v for v in values):
        raise ValueError(f"{source}: {entry.get('name')!r}: {key} must be a list of names")
    return tuple(values)


def _checked(entry: Mapping[str, Any], allowed: frozenset[str], *, source: str) -> None:
    # A misspelt key ("adjectves") would silently drop its forms: refuse it instead.
    unknown = set(entry) - allowed
    if unknown or not isinstance(entry.get("name"), str):
        raise ValueError(f"{source}: {entry.get('name')!r}: unknown or missing keys {unknown}")


_POLITY_KEYS = frozenset({"name", "un_member", "names", "adjectives", "people", "seats",
                          "buildings", "capital", "abbreviations"})
_BODY_KEYS = frozenset({"name", "kind", "names", "seats"})


def _polities(data: Mapping[str, Any], key: str, *, source: str) -> tuple[Country, ...]:
    polities = []
    for entry in data[key]:
        _checked(entry, _POLITY_KEYS, source=source)
        buildings = _strings(entry, "buildings", source=source)
        polities.append(Country(
            name=entry["name"],
            names=_strings(entry, "names", source=source),
            adjectives=_strings(entry, "adjectives", source=source),
            people=_strings(entry, "people", source=source),
            seats=_strings(entry, "seats", source=source) + buildings,
            buildings=buildings,
            un_member=bool(entry.get("un_member", False)),
            abbreviations=_strings(entry, "abbreviations", source=source),
        ))
    return tuple(polities)


def _bodies(data: Mapping[str, Any], *, source: str) -> tuple[Body, ...]:
    bodies = []
    for entry in data["organizations"]:
        _checked(entry, _BODY_KEYS, source=source)
        bodies.append(Body(entry["name"], ActorKind(entry["kind"]),
                           _strings(entry, "names", source=source),
                           _strings(entry, "seats", source=source)))
    return tuple(bodies)


_COUNTRY_DATA = _load("countries.json")
_STATE_DATA = _load("us_states.json")
_WORD_DATA = _load("words.json")

#: UN member states (``un_member``) and a few other states in the news, such as Palestine.
COUNTRIES: tuple[Country, ...] = _polities(_COUNTRY_DATA, "countries", source="countries.json")
#: The 50 US states; their actors get the file's ``kind`` ("place": shown, never a country).
US_STATES: tuple[Country, ...] = _polities(_STATE_DATA, "states", source="us_states.json")
US_STATE_KIND = ActorKind(_STATE_DATA["kind"])
ORGANIZATIONS: tuple[Body, ...] = _bodies(_load("organizations.json"),
                                          source="organizations.json")
_PLACE_DATA = _load("places.json")
#: Regions ("the Sahel", "Crimea") and UK counties ("Yorkshire"): places, never a country.
REGIONS: tuple[str, ...] = (_strings(_PLACE_DATA, "regions", source="places.json")
                             + _strings(_PLACE_DATA, "counties", source="places.json"))
#: Large cities that are not capitals ("Chicago", "Aleppo"): places; as a venue, not actors.
CITIES: tuple[str, ...] = _strings(_PLACE_DATA, "cities", source="places.json")
#: Regions' short names and the regions they name ("NSW": "New South Wales").
REGION_SHORT_NAMES: Mapping[str, str] = _PLACE_DATA["short_names"]

#: Seats of government that are buildings or streets, not cities: always the government.
BUILDINGS: frozenset[str] = frozenset(b for c in (*COUNTRIES, *US_STATES) for b in c.buildings)
#: Photo and wire agencies: credits and datelines, never an actor of the story.
AGENCIES: frozenset[str] = frozenset(_WORD_DATA["agencies"])
#: News outlets: dropped when only named as the source of a report, an organisation otherwise.
MEDIA: frozenset[str] = frozenset(_WORD_DATA["media"])
#: Social networks: organisations, though spaCy often tags them as people ("Twitter said").
PLATFORMS: frozenset[str] = frozenset(_WORD_DATA["platforms"])
#: Well-known companies not named after a person: organisations, though spaCy often tags the
#: name alone as a person or a place ("Pixar said", "at Netflix").
COMPANIES: frozenset[str] = frozenset(_WORD_DATA["companies"])
#: Fashion and car houses named after their founders whose surname alone is the house in the
#: news ("designed by Armani"): organisations unless the article makes the name a person's.
HOUSES: frozenset[str] = frozenset(_WORD_DATA["houses"])
#: Major-league team nicknames: organisations, though spaCy tags "Jets" as a person and
#: "Eagles" as a place.
TEAMS: frozenset[str] = frozenset(_WORD_DATA["teams"])
#: Sports leagues known by their initials: organisations, though spaCy tags "MLB" as a person.
LEAGUES: frozenset[str] = frozenset(_WORD_DATA["leagues"])
#: Political parties known by a name that is no party word: organisations, though spaCy tags
#: "Sinn Féin" as a person.
PARTIES: frozenset[str] = frozenset(_WORD_DATA["parties"])
#: Cryptocurrencies: a story may follow one as its main actor ("Bitcoin fell"), so they are
#: actors, organisations being the closest kind, though spaCy tags "Bitcoin Cash" as a person.
CURRENCIES: frozenset[str] = frozenset(_WORD_DATA["currencies"])
#: Football clubs known by a name spaCy often tags as a person or a place ("Werder Bremen").
CLUBS: frozenset[str] = frozenset(_WORD_DATA["clubs"])
#: Names that are an organisation whatever spaCy tags them.
NAMED_BODIES: frozenset[str] = (PLATFORMS | COMPANIES | TEAMS | CLUBS | LEAGUES | PARTIES
                                | CURRENCIES)
#: Words of sports reports, where a team's home place may stand for the team ("Florida fired
#: its coach"), and the words around a place that say it does
#: (``actors.sports._plays_as_team``).
SPORTS_WORDS: frozenset[str] = frozenset(_WORD_DATA["sports_words"])
TEAM_NOUNS: frozenset[str] = frozenset(_WORD_DATA["team_nouns"])
MATCH_VERBS: frozenset[str] = frozenset(_WORD_DATA["match_verbs"])
#: Adverbs of the score and adjectives of a team's record or week off: the place a verb puts
#: there ("put Boston ahead") or one they describe ("Alabama was idle") is its team.
LEAD_ADVERBS: frozenset[str] = frozenset(_WORD_DATA["lead_adverbs"])
TEAM_STATES: frozenset[str] = frozenset(_WORD_DATA["team_states"])
#: Words of a side's place in the table or the match before its town ("leaders Leverkusen").
TEAM_EPITHETS: frozenset[str] = frozenset(_WORD_DATA["team_epithets"])
MATCH_NOUNS: frozenset[str] = frozenset(_WORD_DATA["match_nouns"])
PLAY_VERBS: frozenset[str] = frozenset(_WORD_DATA["play_verbs"])
#: A player's move whose place after "from" is the club he left ("his arrival from Miami").
TRANSFER_WORDS: frozenset[str] = frozenset(_WORD_DATA["transfer_words"])
#: A coach's or a player's spell at a club whose place after "at" is the team ("stops at Texas").
CAREER_NOUNS: frozenset[str] = frozenset(_WORD_DATA["career_nouns"])
VERSUS_WORDS: frozenset[str] = frozenset(_WORD_DATA["versus_words"])
#: Words after a town's name that make it a club's in a sports report ("Kelby United").
CLUB_WORDS: frozenset[str] = frozenset(_WORD_DATA["club_words"])
#: Initials that open a club's name ("FC Goa"): an organisation whatever spaCy tags it.
CLUB_PREFIXES: frozenset[str] = frozenset(_WORD_DATA["club_prefixes"])
#: The home places of the team nicknames: a sports report writes "Philadelphia" for the Eagles.
TEAM_HOMES: dict[str, frozenset[str]] = {
    team: frozenset(homes) for team, homes in _WORD_DATA["team_homes"].items()
}
#: The home places of major-league nicknames that also name people or things ("Kings",
#: "Nationals"): clubs only beside a place standing for its team
#: (``actors.sports._places_as_teams``).
OTHER_TEAM_HOMES: dict[str, frozenset[str]] = {
    team: frozenset(homes) for team, homes in _WORD_DATA["other_team_homes"].items()
}
#: Every major-league nickname's home places.
CLUB_HOMES: dict[str, frozenset[str]] = {**TEAM_HOMES, **OTHER_TEAM_HOMES}
#: Colleges a sports report names by one word that is no common person's name ("Clemson"),
#: which spaCy tags as people: the college's team there (``actors.sports._state_colleges``).
COLLEGES: frozenset[str] = frozenset(_WORD_DATA["colleges"])
#: College teams' nicknames and the names a sports report gives each college: "the Buckeyes"
#: beside "Ohio State" are that team (``actors.sports._join_college_nicknames``).
COLLEGE_TEAMS: dict[str, tuple[str, ...]] = {
    nickname: tuple(colleges) for nickname, colleges in _WORD_DATA["college_teams"].items()
}
#: Last words that mark an unknown organisation name as a news outlet ("the Kyiv Herald").
MEDIA_WORDS: frozenset[str] = frozenset(_WORD_DATA["media_words"])
#: Words after an outlet's name that keep it one longer name of the outlet ("Fox News Channel").
OUTLET_TAILS: frozenset[str] = frozenset(_WORD_DATA["outlet_tails"])
#: Words of a person's title, written just before the name ("Prime Minister Sunak", "Gen. Milley").
TITLES: frozenset[str] = frozenset(_WORD_DATA["titles"])
#: Initials of a job that also name a body ("GM": a general manager, and General Motors): a
#: title before a person's name, no actor after "a" or a lower-case noun ("assistant GM").
ROLE_INITIALS: frozenset[str] = frozenset(_WORD_DATA["role_initials"])
#: Title words of a portfolio ("International Development Secretary"): the capitalised words
#: before one name the portfolio, part of the title, not an actor.
CABINET_TITLES: frozenset[str] = frozenset(_WORD_DATA["cabinet_titles"])
#: Title words that also open a body's name as adjectives ("General Services Administration").
ADJECTIVE_TITLES: frozenset[str] = frozenset(_WORD_DATA["adjective_titles"])
#: Titles that open with a name and its possessive ("Commonwealth's Attorney"): the name is part
#: of the title.
POSSESSIVE_TITLES: frozenset[str] = frozenset(_WORD_DATA["possessive_titles"])
#: Titles that only a person carries: an entity starting with one is a person.
HONORIFICS: frozenset[str] = frozenset(_WORD_DATA["honorifics"])
#: Words that may come before a title word and belong to it ("Prime", "Foreign", "Crown").
TITLE_MODIFIERS: frozenset[str] = frozenset(_WORD_DATA["title_modifiers"])
#: The nouns of one person of a nation ("the Spaniard"): no actor, and no part of a name.
SINGULAR_DEMONYMS: frozenset[str] = frozenset(_WORD_DATA["singular_demonyms"])
#: Broad adjectives spaCy tags NORP that name no actor ("Western allies", "European leaders").
#: Also programmes, laws, products, market indices and awards named alone ("DACA", "Tylenol",
#: "FTSE", "an Oscar"): spaCy tags them as bodies or people, but they are things, not actors.
NOT_ACTORS: frozenset[str] = (frozenset(_WORD_DATA["not_actors"]) | frozenset(_WORD_DATA["things"])
                              | SINGULAR_DEMONYMS)
#: Days and months: spaCy sometimes tags them as PERSON or ORG; they are never actors.
CALENDAR: frozenset[str] = frozenset(_WORD_DATA["calendar"])
#: Words before "by" that make the names after it the article's authors ("Reporting by").
BYLINE_WORDS: frozenset[str] = frozenset(_WORD_DATA["byline_words"])
#: Words that make an organisation named after a country part of that country's state
#: ("Russian Foreign Ministry"); other organisations named after one are not the country.
STATE_ORGANS: frozenset[str] = frozenset(_WORD_DATA["state_organs"])
#: The state organs that are a legislature ("U.S. Senate"): its own body, not the country.
LEGISLATURES: frozenset[str] = frozenset(_WORD_DATA["legislatures"])
#: State organs named by their remit ("the Russian Space Agency", "US Capitol Police"): with a word
#: of the remit between the country and the organ, the agency acts for itself, not the country.
REMIT_ORGANS: frozenset[str] = frozenset(_WORD_DATA["remit_organs"])
#: Nouns of an election after a state and a legislature's word ("the Alabama Senate candidate"):
#: the race for a seat, not the state's chamber.
RACE_NOUNS: frozenset[str] = frozenset(_WORD_DATA["race_nouns"])
#: Agencies in capitals, as credits write them ("REUTERS / NAME").
_AGENCIES_UPPER: frozenset[str] = frozenset(a.upper() for a in AGENCIES)
#: A match of the key right after one of these words is a different place ("New Mexico",
#: "Latin America"): skip it.
NOT_AFTER: dict[str, frozenset[str]] = {
    form: frozenset(words) for form, words in _WORD_DATA["not_after"].items()
}

#: The first "word" of a surface form (tokens split at spaces, hyphens and apostrophes start
#: here), used to skip most tokens with one set lookup.
_FIRST_WORD = re.compile(r"[^\s\-']+")


def _build() -> dict[str, Entry]:
    table: dict[str, Entry] = {}

    def add(surface: str, entry: Entry) -> None:
        # first writer wins, so a country's own name is never overwritten by another's alias
        table.setdefault(surface, entry)

    for c in COUNTRIES:
        add(c.name, Entry(c.name, ActorKind.COUNTRY, "name"))
        for n in c.names:
            add(n, Entry(c.name, ActorKind.COUNTRY, "alias"))
        for s in c.seats:
            add(s, Entry(c.name, ActorKind.COUNTRY, "capital", city=s not in BUILDINGS))
    for c in COUNTRIES:
        for a in c.adjectives:
            add(a, Entry(c.name, ActorKind.COUNTRY, "demonym", adjective=True))
        for p in c.people:
            add(p, Entry(c.name, ActorKind.COUNTRY, "demonym"))
    # After every country's own forms: "Georgia" stays the country, "Washington" its capital.
    for c in US_STATES:
        add(c.name, Entry(c.name, US_STATE_KIND, "name"))
        for n in c.names:
            add(n, Entry(c.name, US_STATE_KIND, "alias"))
        for s in c.seats:
            add(s, Entry(c.name, US_STATE_KIND, "capital", city=s not in BUILDINGS))
        for a in c.adjectives:
            add(a, Entry(c.name, US_STATE_KIND, "demonym", adjective=True))
        for p in c.people:
            add(p, Entry(c.name, US_STATE_KIND, "demonym"))
        for a in c.abbreviations:
            add(a, Entry(c.name, US_STATE_KIND, "alias", abbreviation=True))
    for b in ORGANIZATIONS:
        add(b.name, Entry(b.name, b.kind, "name"))
        for n in b.names:
            add(n, Entry(b.name, b.kind, "alias"))
        for s in b.seats:
            add(s, Entry(b.name, b.kind, "capital", city=s not in BUILDINGS))
    # last: a region or city never takes a form a country, state or body has ("Sacramento")
    for name in REGIONS:
        add(name, Entry(name, ActorKind.PLACE, "name"))
    for name in CITIES:
        add(name, Entry(name, ActorKind.PLACE, "name", city=True))
    for short, name in REGION_SHORT_NAMES.items():
        add(short, Entry(name, ActorKind.PLACE, "alias"))
    return table


#: Letters with a mark that Unicode does not split off (NFKD leaves "ł" whole): their plain
#: letters, as English writes them ("Wrocław" is "Wroclaw").
_PLAIN_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                                "ı": "i", "ħ": "h", "Ħ": "H"})


def without_accents(text: str) -> str:
    """``text`` with its letters' accents taken off ("Efraín" -> "Efrain", "Wrocław" ->
    "Wroclaw"): how a name written with and without them is one name."""
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.translate(_PLAIN_LETTERS))
                   if not unicodedata.combining(ch))


#: Every surface form -> what it stands for.
LOOKUP: dict[str, Entry] = _build()
#: The forms written with accents, by their letters without them, where no form is written so:
#: "Bogota" finds "Bogotá" as "Wroclaw" written "Wrocław" finds "Wroclaw" (``lookup``). Not a
#: short word: "Malé" without its accent is "Male", "Pará" is "Para", words a sentence may open.
_MIN_BARE_WORD = 6
_WITHOUT_ACCENTS: dict[str, Entry] = {
    bare: e for s, e in LOOKUP.items() if (bare := without_accents(s)) != s and bare not in LOOKUP
    and (" " in bare or len(bare) >= _MIN_BARE_WORD)}
#: First words of the surface forms, and of them without their accents; a token not in here
#: (nor without its accents) starts no match.
FIRST_WORDS: frozenset[str] = frozenset(
    m.group() for s in (*LOOKUP, *_WITHOUT_ACCENTS) if (m := _FIRST_WORD.match(s)) is not None
) | frozenset(LOOKUP) | frozenset(_WITHOUT_ACCENTS)  # whole forms too: "Port-au-Prince"
#: Roughly how spaCy splits a form: words, and each punctuation mark ("U.S." stays whole).
_ROUGH_TOKENS = re.compile(r"[\w.]+|[^\w\s]")
#: The most tokens a surface form spans ("Democratic Republic of the Congo", "Quai d'Orsay"),
#: counted generously: a longer window only costs a few more look-ups per candidate token.
MAX_TOKENS = max(len(_ROUGH_TOKENS.findall(s)) for s in LOOKUP)
#: US states whose own name a country holds ("Georgia"), by that name: the state's entry, for a
#: name written after a town and a comma ("Marietta, Georgia"), as addresses name the state.
STATES_NAMED_AS_COUNTRIES: dict[str, Entry] = {
    short: Entry(c.name, US_STATE_KIND, "alias") for c in US_STATES
    if (short := c.name.split(" (")[0]) != c.name
    and (e := LOOKUP.get(short)) is not None and e.kind is ActorKind.COUNTRY}
#: Kinds and canonical names, for actors the gazetteer knows.
KINDS: dict[str, ActorKind] = {e.actor: e.kind for e in LOOKUP.values()}

#: The words a state's formal name opens with before "of" and its short name ("Republic",
#: "Kingdom", "People's Republic"): the formal name is the state of the short name.
STATE_FORMS: tuple[str, ...] = _strings(_COUNTRY_DATA, "state_forms", source="countries.json")
#: A state's formal name: a state form, "of", and a short name of one to three capitalised
#: words (group 1), as "Republic of Veldora"; the longest form first ("Democratic Republic").
_FORMAL_NAME = re.compile(
    "(?:" + "|".join(re.escape(f) for f in sorted(STATE_FORMS, key=len, reverse=True)) + ")"
    r" of ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")


def lookup(surface: str) -> Entry | None:
    """The entry for an exact surface form ("U.S.", "the Kremlin" is looked up as "Kremlin"),
    or for it written with or without accents ("Wrocław", "Bogota")."""
    found = LOOKUP.get(surface)
    if found is None:
        bare = without_accents(surface)
        found = LOOKUP.get(bare) or _WITHOUT_ACCENTS.get(bare)
    return found


def may_open_a_form(word: str) -> bool:
    """Whether a token ``word`` may open a surface form (``FIRST_WORDS``, with or without its
    accents): a token that cannot is looked up no further."""
    return word in FIRST_WORDS or (not word.isascii() and without_accents(word) in FIRST_WORDS)


def formal_name(name: str) -> Entry | None:
    """The country a state's formal name stands for when the table does not know it, named by
    its short form ("Republic of Veldora" is Veldora), as the table's own formal names are
    ("State of Israel" is Israel); None for any other name, and for a short form the table
    knows (its entry decides: "State of Arizona" is the US state, found inside the name)."""
    match = _FORMAL_NAME.fullmatch(name)
    if match is None or lookup(name) is not None or lookup(match.group(1)) is not None:
        return None
    return Entry(match.group(1), ActorKind.COUNTRY, "alias")


def is_agency(name: str) -> bool:
    """Whether a name is a photo or wire agency, however it is capitalised ("REUTERS")."""
    return name in AGENCIES or name.upper() in _AGENCIES_UPPER


def is_media(name: str) -> bool:
    """Whether an organisation name is (probably) a news outlet."""
    if name in MEDIA:
        return True
    words = name.split()
    return len(words) > 1 and words[-1] in MEDIA_WORDS
