"""Who a paragraph talks about: mentions of people, countries, organisations and groups.

``resolve_mentions`` reads the spaCy parses of an article's paragraphs and returns, per
paragraph, the ``Mention``s of each actor with article offsets. It works in two passes over the
whole article:

1. collect candidates in each paragraph: the user's actors and aliases (a regex built once per
   config), the gazetteer (countries, capitals, demonyms, international bodies, US states), and
   spaCy's PERSON / GPE / ORG / NORP entities cut to the names they hold (``analysis.names``:
   "Victoria told" is "Victoria", "Federer and Nadal" two people), minus noise (photo credits,
   datelines, news outlets named as the source of a report, days, all-caps credits, streets,
   holidays, titles of works) and minus cities named as a venue ("talks in Vienna"; but
   "officials in Ankara" is Turkey). A GPE the gazetteer does not know is a place, but a state's
   formal name it does not list ("the Republic of Veldora") is the country of its short name, as
   the formal names it lists are ("State of Israel" is Israel). Overlaps are
   settled by priority (user config, then noise, then gazetteer, then spaCy), longest first.
   A body tagged "Federer and Nadal" is two actors where either is named apart, and an acronym
   defined in brackets ("the National Rifle Association (NRA)") is the name before it.
2. resolve: a surname alone or with a title joins the one full name in the article that has it,
   and a lone first word the one full name that opens with it (also where spaCy missed the word
   as an entity, or tagged the full name as a place); "the Front" joins the one "... Front"
   named; "Republican" joins "Republicans"; a bare "Veldora" is the country the article names
   formally; each actor's kind is the gazetteer's, a person's for
   a one-word name that is the subject of a clause saying "his" or "her" ("Paladino held his
   nose"), the speaker named right after a quotation ("“…,” Gordenker said") or a body joined
   by "and" to a person ("Bryant and Phil Jackson"), a person's for a name that carries a
   person's title once, or the majority of its mentions'; descriptions ("the Ukrainian
   president") and pronouns that agree in gender and number join the person or group they
   refer to (``analysis.references``); then the user's merges, hides and renames apply through
   ``analysis.identity`` (the mapping the store's read-time edits use too).

Public API: ``resolve_mentions`` -> ``Resolution``; ``ActorConfig`` and ``load_actor_config``
(defined in ``analysis.actor_config``) are re-exported here.

Everything is a token or dictionary lookup, linear in the article; spaCy is never re-run.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from analysis import gazetteer, names, references
from analysis.actor_config import ActorConfig, load_actor_config
from analysis.identity import Identity, follow, of_config
from analysis.identity import surname as _surname  # one rule with the store's joins
from analysis.references import Named
from analysis.resources import lexicon_words
from analysis.types import Actor, ActorKind, Mention, Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["ActorConfig", "Resolution", "load_actor_config", "resolve_mentions"]

#: The default: no user actors, merges, renames or hides (frozen, so one instance serves all).
NO_CONFIG = ActorConfig()

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
#: Entity labels whose longer name beats a capital inside it ("Washington Post").
NAME_LABELS: frozenset[str] = frozenset(
    {"PERSON", "ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"}
)

_ARTICLES: frozenset[str] = frozenset({"the", "The", "THE"})
_POSSESSIVE: frozenset[str] = frozenset({"'s", "’s", "'", "’", "'S", "’S"})
#: Words before an outlet that make it the source of a report ("according to the BBC").
_SOURCE_BEFORE: tuple[tuple[str, ...], ...] = tuple(
    tuple(p.split())
    for p in (
        "according to", "told", "tell", "tells", "speaking to", "spoke to", "talking to",
        "talked to",
        "interview with", "interviewed by", "reported by", "quoted by", "cited by", "said to",
        "statement to", "report by", "report in", "reported in", "reports in", "writing in",
        "wrote in", "published by", "published in", "obtained by", "seen by", "confirmed to",
        "said on", "appearing on", "appeared on", "broadcast by", "op-ed in", "column in",
        "commissioned by", "first reported",
    )
)
#: Verbs an outlet does as a source ("Politico reported").
_REPORT_VERBS: frozenset[str] = frozenset(
    {"report", "reveal", "say", "write", "publish", "learn", "cite", "quote", "obtain",
     "broadcast", "air", "state", "add", "tell"}
)
#: Nouns an outlet owns as a source ("the Times' investigation").
_REPORT_NOUNS: frozenset[str] = frozenset(
    {"report", "reporting", "analysis", "investigation", "interview", "survey", "poll", "tally",
     "count", "reporter", "correspondent", "journalist", "editor", "article", "story", "review",
     "estimate", "reports", "source", "sources"}
)
#: Entity types a missed surname never carries.
_NUMBER_ENT_TYPES: frozenset[str] = frozenset(
    {"CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "TIME"}
)
#: Dashes that close a dateline ("KYIV —", "WASHINGTON ―").
_DATELINE_DASHES: frozenset[str] = frozenset({"—", "–", "―", "-"})
#: What follows the place name of a dateline ("KYIV —").
_DATELINE_MARKS: frozenset[str] = _DATELINE_DASHES | {"(", ",", ":"}
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
#: "âs" is a possessive whose apostrophe is mojibake the reader could not repair ("Kellyâs":
#: UTF-8 "’" read as cp1252, its two control bytes dropped); no name ends so.
_POSSESSIVE_ENDS: tuple[str, ...] = ("'s", "’s", "\u00e2s")
#: What stands between the names of a byline: "By Jane Doe, John Roe and Ann Poe".
_BYLINE_JOINERS: frozenset[str] = frozenset({"and", "&", ",", "AND"})
#: Entities that name a thing (a company, a theatre, a team): a country word inside one does not
#: make the country an actor, unless the thing is part of its state (``gazetteer.STATE_ORGANS``).
_THING_LABELS: frozenset[str] = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT"})
_BODY_KINDS: frozenset[ActorKind] = frozenset({ActorKind.ORGANIZATION, ActorKind.GROUP})
#: Prefixes that turn a demonym into a leaning ("pro-Russian", "anti-American").
_STANCE_PREFIXES: frozenset[str] = frozenset({"pro", "anti"})
_ADJECTIVE_DEPS: frozenset[str] = frozenset({"amod", "compound", "nmod", "npadvmod"})
_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})
#: A wire story's code printed with the story ("L2N1PK1N5"): capitals and digits, no name.
_STORY_CODE = re.compile(r"(?=[A-Z\d]{8,}$)[A-Z]\d[A-Z\d]*[A-Z][A-Z\d]*")
#: A chapter and a verse right after a name's first word: "Matthew 25:13" cites a book.
_CHAPTER_VERSE = re.compile(r" ?\d{1,3}:\d{1,3}\b")
#: A psalm cited by its number: "Psalm 137", "Psalms 23".
_PSALM = re.compile(r"Psalms? \d{1,3}")
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
#: A number written as an ordinal ("32nd", "14th"): the name after it is a numbered district,
#: a ward or a precinct ("the 32nd Ward"), never a person.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: Quotation marks around a name: the title of a work ("“Hamilton”"), not an actor.
_OPEN_QUOTES: frozenset[str] = frozenset({"“", '"', "‘"})
_CLOSE_QUOTES: frozenset[str] = frozenset({"”", '"', "’"})
#: The most characters read past a name for its quotation marks (the marks and the spaces).
_QUOTE_SPACES = 6
#: A possessive after a name, spaced or not ("’s", "’ s"): its apostrophe closes no quotation.
_SPACED_POSSESSIVE = re.compile(r"[’']\s?s\b")

# Candidate priorities: lower wins an overlap.
_P_CONFIG = 0
_P_NOISE = 1
_P_GAZETTEER = 2
_P_ENTITY = 3


@dataclass(frozen=True, slots=True)
class _Matcher:
    """What a config needs at match time, built once per config."""

    pattern: re.Pattern[str] | None
    surface: dict[str, tuple[str, ActorKind, str]]  # matched text -> (actor, kind, via)
    merges: dict[str, str]  # each source -> the root it folds into (for the kind only)
    identity: Identity  # the config's merges, renames and hides: the names shown
    kinds: dict[str, ActorKind]
    persons: dict[str, str]  # surname -> full name, config persons only


def _matcher(config: ActorConfig) -> _Matcher:
    try:
        return _cached_matcher(config)
    except TypeError:  # built with lists or a set instead of tuples: fine, just not cached
        return _build_matcher(config)


@lru_cache(maxsize=32)
def _cached_matcher(config: ActorConfig) -> _Matcher:
    return _build_matcher(config)


def _build_matcher(config: ActorConfig) -> _Matcher:
    surface: dict[str, tuple[str, ActorKind, str]] = {}
    for actor in config.actors:
        surface[actor.name] = (actor.name, actor.kind, "name")
        for alias in actor.aliases:
            surface.setdefault(alias, (actor.name, actor.kind, "alias"))
    pattern = None
    if surface:
        # longest first, so "Ukrainian president" wins over "Ukrainian"
        forms = sorted(surface, key=lambda s: (-len(s), s))
        pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")
    merges = dict(config.merges)
    resolved = {k: follow(k, merges) for k in merges}
    persons: dict[str, str] = {}
    ambiguous: set[str] = set()
    for actor in config.actors:
        words = actor.name.split()
        if (actor.kind is ActorKind.PERSON and len(words) > 1
                and persons.setdefault(words[-1], actor.name) != actor.name):
            ambiguous.add(words[-1])
    for surname in ambiguous:
        del persons[surname]
    return _Matcher(
        pattern=pattern,
        surface=surface,
        merges=resolved,
        identity=of_config(merges=config.merges, renames=config.renames, hidden=config.hidden),
        kinds={a.name: a.kind for a in config.actors},
        persons=persons,
    )


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class Resolution:
    mentions: tuple[tuple[Mention, ...], ...]  # one tuple per paragraph, sorted by start
    actors: tuple[Actor, ...]  # visible actors mentioned, first mention first


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


def resolve_mentions(
    docs: Sequence[Doc],
    paragraphs: Sequence[Paragraph],
    *,
    config: ActorConfig = NO_CONFIG,
) -> Resolution:
    """Find and resolve the actor mentions of one article (``docs[i]`` parses ``paragraphs[i]``)."""
    if len(docs) != len(paragraphs):
        raise ValueError(f"{len(docs)} parses for {len(paragraphs)} paragraphs")
    matcher = _matcher(config)
    paras: list[_Para] = []
    for doc, paragraph in zip(docs, paragraphs, strict=True):
        if doc.text != paragraph.text:
            raise ValueError(f"paragraph {paragraph.index}: the parse is of a different text")
        para = _Para(paragraph, doc, taken=bytearray(len(paragraph.text)))
        _select(para, _candidates(doc, paragraph.text, matcher))
        paras.append(para)

    _drop_storms(paras)
    _drop_animals(paras)
    _drop_scripture_books(paras)
    _drop_streets_as_groups(paras)
    _drop_case_names(paras)
    _split_joined_names(paras)
    _join_defined_acronyms(paras)
    _drop_lone_abbreviations(paras)
    states = _join_formal_names(paras)
    common = _lower_case_words(paras)
    _complete_lone_names(paras, common=common)
    _complete_given_names(paras, common=common)
    personal = _persons_by_clause(paras) | _persons_by_role(paras)
    companies = _companies_named_for_people(paras)
    _join_persons(paras, matcher, personal=personal, common=common)
    _extend_to_named_bodies(paras)
    _join_group_plurals(paras)
    _join_team_singulars(paras)
    colleges = _join_college_nicknames(paras)
    _join_short_org_names(paras)
    _join_initialisms(paras)
    _join_other_names(paras)
    _join_birth_names(paras)
    _join_names_in_other_languages(paras)
    _join_surname_demonyms(paras)
    _join_surname_aliases(paras)
    _join_written_variants(paras)
    _join_misspelt_surnames(paras)
    _join_transliterations(paras)
    _join_well_known_halves(paras)
    _drop_common_words(paras, common=common, personal=personal)
    teams = _places_as_teams(paras) | _state_colleges(paras) | colleges | _alma_maters(paras)
    kinds = _decide_kinds(paras, by_clause=personal, companies=companies, states=states,
                          places=_places_by_phrase(paras),
                          bodies=_bodies_by_pronoun(paras) | _bodies_by_noun(paras),
                          teams=teams)
    kinds.update(matcher.kinds)
    for para in paras:
        for c in para.cands:
            c.kind = kinds.get(c.actor, c.kind)
    _join_firms_by_first_word(paras, kinds)
    profiles = references.build_profiles([p.doc for p in paras], _named(paras))
    _add_descriptions(paras, profiles)
    _add_country_references(paras)
    pronouns = references.resolve_pronouns(
        [p.doc for p in paras], [p.paragraph.text for p in paras], _named(paras),
        profiles=profiles)
    raw: list[list[Mention]] = []
    for para, found in zip(paras, pronouns, strict=True):
        offset, p = para.paragraph.start, para.paragraph
        starts = [s.start for s in p.sentences]
        mentions = [_mention(c.actor, offset + c.start, offset + c.end, p, starts, c.via)
                    for c in para.cands if not c.noise]
        mentions.extend(_mention(n.actor, offset + n.start, offset + n.end, p, starts, "pronoun")
                        for n in found)
        raw.append(sorted(mentions, key=lambda m: m.start))
    return _apply_config(raw, kinds, matcher)


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


#: A lawmaker's party in front of the place they represent: "Sen. Jane Doe (D-Calif.)",
#: "R-Wis.", "R-Texas", "D-Ann Arbor".
_PARTY_LABEL = re.compile(r"\b[DRI]-$")


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


def _split_joined_names(paras: Sequence[_Para]) -> None:
    """A body or a place spaCy tagged as "X and Y", two one-word names, is two actors where one of
    them is named apart elsewhere in the article (as an actor or as the surname of a full name)
    or is a known company, network or team: "Federer and Nadal" beside "Roger Federer" and
    "Nadal", "Alphabet and Facebook". A firm named for two people ("Barnes & Noble", "Procter
    and Gamble") never names its halves apart, and a country in it is left to the gazetteer."""
    kinds: dict[str, ActorKind] = {}
    for para in paras:
        for c in para.cands:
            if not c.noise and _JOINED_NAMES.fullmatch(c.actor) is None:
                kinds.setdefault(c.actor, c.kind)
                if len(words := c.person.split()) > 1:
                    kinds.setdefault(_surname(words), ActorKind.PERSON)
    for para in paras:
        text = para.paragraph.text
        kept: list[_Cand] = []
        for c in para.cands:
            joined = (_JOINED_NAMES.fullmatch(c.actor) if c.from_entity and not c.noise
                      and c.kind is not ActorKind.PERSON and text[c.start:c.end] == c.actor
                      else None)
            sides = joined.groups() if joined is not None else ()
            if (not sides or all(s not in kinds and s not in gazetteer.NAMED_BODIES for s in sides)
                    or any(gazetteer.lookup(s) is not None for s in sides)):
                kept.append(c)
                continue
            for g, side in enumerate(sides, start=1):
                kind = kinds.get(side, c.kind)
                kept.append(_Cand(c.start + joined.start(g), c.start + joined.end(g), side, kind,
                                  "name", c.priority, from_entity=True,
                                  person=side if kind is ActorKind.PERSON else ""))
        para.cands = kept


#: An acronym as a story defines it in brackets: "NRA", "IDEA", "CDU", "AfD".
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,5}")
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BRACKET_AFTER = re.compile(r"\s*\)")
#: The rest of a body's name after the part spaCy tagged, up to a bracket that defines its
#: acronym: capitalised words and the small words a name holds (" and Border Patrol").
_NAME_GOES_ON = re.compile(r"(?:\s+(?:and|of|for|&|[A-Z][a-z]+))+")
#: Entity labels of things that are no actor: a law, a work, an event, a product.
_THING_ENT_TYPES: frozenset[str] = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})


def _join_defined_acronyms(paras: Sequence[_Para]) -> None:
    """An acronym defined in brackets right after a name is that name all through the article:
    "the National Rifle Association (NRA)" makes every "NRA" the association, whatever spaCy
    tags it (a place, a person); "the Individuals with Disabilities Education Act (IDEA)", a
    law, makes every "IDEA" the law, no actor. Where spaCy tagged only the first words of the
    name ("Customs" of "Customs and Border Patrol (CBP)"), the acronym is that body when the
    whole name spells it. Acronyms the gazetteer knows are its own, and a
    place before the bracket ("WASHINGTON (CNN)", a dateline) defines nothing; nor does a known
    outlet's, which in brackets is a dateline's source, whatever came before it (a dateline
    taken as noise)."""
    defined: dict[str, _Cand | None] = {}  # acronym -> the body it stands for, None for a thing
    for para in paras:
        text, doc = para.paragraph.text, para.doc
        before: _Cand | None = None
        for c in para.cands:
            opening = _BRACKET_BEFORE.search(text, 0, c.start)
            if (c.from_entity and not c.noise and _ACRONYM.fullmatch(c.actor)
                    and c.actor not in defined and gazetteer.lookup(c.actor) is None
                    and not gazetteer.is_media(c.actor) and opening is not None
                    and _BRACKET_AFTER.match(text, c.end)):
                name_end = len(text[:opening.start()].rstrip())
                if before is not None and before.end == name_end and (
                        before.noise or before.kind is ActorKind.ORGANIZATION):
                    defined[c.actor] = None if before.noise else before
                elif (before is not None and before.kind is ActorKind.ORGANIZATION
                      and not before.noise and before.end < name_end
                      and _NAME_GOES_ON.fullmatch(text, before.end, name_end)
                      and c.actor in _initialisms(text[before.start:name_end])):
                    # "Customs and Border Patrol (CBP)" with "Customs" alone tagged: the name
                    # the acronym spells opens with the body, which stands for it
                    defined[c.actor] = before
                else:
                    span = doc.char_span(name_end - 1, name_end, alignment_mode="expand")
                    if span is not None and span[-1].ent_type_ in _THING_ENT_TYPES:
                        defined[c.actor] = None
            before = c
    if not defined:
        return
    for para in paras:
        for c in para.cands:
            if c.actor in defined and not c.noise and c.priority != _P_CONFIG:
                body = defined[c.actor]
                if body is None:
                    c.noise = True
                else:
                    c.actor, c.kind, c.via = body.actor, body.kind, "alias"


def _named(paras: Sequence[_Para]) -> list[list[Named]]:
    return [[Named(c.start, c.end, c.actor, c.kind) for c in para.cands if not c.noise]
            for para in paras]


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
    or one "and his" or "and her" follows ("Kibaki and his rival"; ``_and_his``): people,
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
                    or _takes_who(tok) or _and_his(tok)):
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


def _bodies_by_noun(paras: Sequence[_Para]) -> frozenset[str]:
    """Names written once right after a body's or an outlet's noun in lower case, in a noun
    phrase opened by an article ("the financial magazine Caixin", "the poetry team Slam Nuba";
    ``references.BODY_ROLES``, ``_PAPER_NOUNS``): where spaCy took the name for a person's, it
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
            if span is None or span.start == 0:
                continue
            noun = doc[span.start - 1]
            # a noun, not an adjective: "a giant Lite - Brite game" is no "retail giant Walmart"
            if not noun.text.islower() or noun.pos_ != "NOUN" or (
                    noun.lower_ not in references.BODY_ROLES
                    and noun.lower_ not in _PAPER_NOUNS):
                continue
            i = noun.i - 1
            while i >= 0 and noun.i - i <= _MAX_BODY_NOUN_MODIFIERS and not doc[i].is_space \
                    and doc[i].lower_ not in _BODY_NOUN_OPENERS \
                    and doc[i].pos_ in ("ADJ", "NOUN", "PROPN", "VERB", "PUNCT"):
                i -= 1
            if i >= 0 and doc[i].lower_ in _BODY_NOUN_OPENERS:
                out.add(c.actor)
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


def _persons_by_role(paras: Sequence[_Para]) -> frozenset[str]:
    """Names spaCy did not take for a person that a person's role describes, in front or in
    apposition ("rookie Malik Hooker", "Alta Charo, a professor of law", "the king, Ataxerxes"):
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
            if any(t.text.islower() and t.lower_ in references.PERSON_ROLES
                   and ((t.dep_ == "appos" and t.i >= span.end)
                        or (t.dep_ == "compound" and t.i == span.start - 1))
                   for t in head.children) or _role_set_off(para.doc, span.end) or (
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
    j += 1
    while (j < len(doc) and j - i - 2 < _MAX_APPOSITION_MODIFIERS
           and doc[j].pos_ in _APPOSITION_MODIFIERS and doc[j].text.islower()):
        j += 1
    if j >= len(doc) or not doc[j].text.islower() or doc[j].lower_ not in references.PERSON_ROLES:
        return False
    return j + 1 == len(doc) or doc[j + 1].text == "," or doc[j + 1].is_space


#: One word run together from capitalised words, the first of four letters or more
#: ("ContextMedia", "GrowthLab"): a company's or a brand's name, never a person's. Surnames
#: written so open with a particle ("VanderMeer", "FitzGerald", "DellaVolpe", "MacKenzie").
_RUN_TOGETHER = re.compile(r"(?!Van|Fitz|Della|Mac)[A-Z][a-z]{3,}(?:[A-Z][a-z]+)+")


#: A one-word name opening with "O'" ("O'Malley", "O’Neill-Byrne"): an Irish surname, a
#: person's, though spaCy tags it an organisation ("O'Malley rebuked the pope").
_O_SURNAME = re.compile(r"O['’][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


#: The fewest sports words (``gazetteer.SPORTS_WORDS``, a known team's nickname) that make an
#: article a sports report, where a team's home place may stand for the team.
_MIN_SPORTS_WORDS = 2
#: A team's record or a score (spaCy may cut "0-16" in three): the text right after a team's
#: place, its possessive, "is" or a bracket ("Oakland is 0-16", "North Carolina (12-4"), and
#: the text right before it ("11-2 Pittsburgh").
_RECORD = re.compile(r"\s*\(?\s*\d{1,3}-\d{1,3}\b")
#: A score written right after a team's place, with no bracket: "Iowa 55-24".
_SCORE = re.compile(r"\d{1,3}-\d{1,3}\b(?!-)")
_RECORD_BEFORE = re.compile(r"\b\d{1,3}-\d{1,3}(?:-\d{1,3})?\s+$")
#: How far before a place its record is looked for, in characters.
_RECORD_WINDOW = 12
#: Words before a team's rank: "No. 12 North Carolina".
_RANK_WORDS: frozenset[str] = frozenset({"No.", "No", "#"})
#: How a place is named where it may stand for its team: by its name, not its demonym.
_TEAM_VIAS: frozenset[str] = frozenset({"name", "alias", "capital"})
#: Kinds of actor a team's home place is taken for.
_PLACE_KINDS: frozenset[ActorKind] = frozenset({ActorKind.PLACE, ActorKind.COUNTRY})


def _is_sports_report(paras: Sequence[_Para]) -> bool:
    """The article reports on sport: it uses at least ``_MIN_SPORTS_WORDS`` sports words
    ("quarterback", "innings", "playoff"), a known team's nickname (a college team's too:
    "the Buckeyes") counting as one."""
    seen: set[str] = set()
    for para in paras:
        for tok in para.doc:
            lemma = tok.lemma_.lower()
            if tok.lower_ in gazetteer.SPORTS_WORDS or lemma in gazetteer.SPORTS_WORDS:
                seen.add(lemma)
            elif tok.text in gazetteer.TEAMS or tok.text in gazetteer.COLLEGE_TEAMS:
                seen.add(tok.text)
            if len(seen) >= _MIN_SPORTS_WORDS:
                return True
    return False


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


def _plays_as_team(doc: Doc, first: int, last: int) -> bool:
    """The place at tokens ``[first, last)`` of a sports report stands for its team: a player's or a
    team's noun follows it ("Arkansas quarterback", "Oakland head coach", "Virginia players",
    "the Jacksonville lead"), as a match's noun does after "the" ("the Tennessee game"); its
    possessive owns a player or a result ("Philadelphia's Carson Wentz", "Arkansas' 33-10
    loss"); a record or a rank comes before it ("11-2 Pittsburgh", "No. 12 North Carolina") or
    after it ("Oakland is 0-16"), as its score does ("crushed by Iowa 55-24"); it stands beside
    "v" or "vs." ("Swansea City v Leicester City"); it follows a result or a play and a
    preposition ("a loss to Seattle", "victory at Atlanta", "scored for Philadelphia", "played
    against Miami", "the game between Alabama and Georgia", "his arrival from Miami"), a team
    noun or a career noun and "at" or "for" ("the head coach at Minnesota", "his stint at
    Utah"), or it is listed after such a career noun ("stops at Purdue, Texas and Minnesota",
    ``_in_list_of_stops``); it is the subject or the object of a verb of the match ("Portland
    outscored Washington", "Stanford and California play", the second of two joined
    subjects), the
    subject of a verb whose object is a known team ("Sacramento held off the Knicks"), or the
    subject of a plural verb as British reports write a team ("England seek a batsman") or of a
    verb with "themselves" ("England helped themselves to 38"); or it stands in brackets after a
    player's name, as a squad lists his club ("Joe Root (captain, Yorkshire)")."""
    after, before = _next_word(doc, last), _word_before(doc, first)
    head = doc[first:last].root
    if after is not None:
        noun = after
        if after.text.islower() and after.pos_ in ("ADJ", "NOUN") \
                and after.lower_ not in gazetteer.TEAM_NOUNS:
            noun = _next_word(doc, after.i + 1)  # "Arkansas head coach"
        if noun is not None and noun.lower_ in gazetteer.TEAM_NOUNS and (
                head.head.i == noun.i or (noun.i == after.i and before is not None
                                          and before.lower_ == "the")
                or (noun.head.i == head.head.i and head.head.ent_type_ == "PERSON")):
            # the place modifies the noun: not "In Arizona fewer fans care"; spaCy may take
            # "cut the Jacksonville lead" with the place as the object, "the" says it is not;
            # before a player's name spaCy hangs both on the name ("Washington defensive
            # tackle Ziggy Hood")
            return True
        if after.lemma_.lower() in gazetteer.MATCH_NOUNS and before is not None \
                and before.lower_ == "the":
            return True  # "after the Tennessee game", "the Miami win": the team's match
        if after.text in _POSSESSIVE and (owned := _next_word(doc, after.i + 1)) is not None \
                and (owned.ent_type_ == "PERSON" or owned.text in names.GIVEN_NAMES
                     or _RECORD.match(doc.text, owned.idx)
                     or owned.lemma_.lower() in gazetteer.MATCH_NOUNS):
            return True
        if after.text in gazetteer.VERSUS_WORDS:
            return True
        if after.text == "(" and _RECORD.match(doc.text, after.idx):
            return True  # "North Carolina (12-4, 1-2)"
        if after.lemma_ == "be" and _RECORD.match(doc.text, after.idx + len(after)):
            return True
        if after.like_num and _SCORE.match(doc.text, after.idx):
            return True  # "crushed by Iowa 55-24", "after throttling Wisconsin 59-0"
    if before is not None:
        start = doc[first].idx
        if before.text in gazetteer.VERSUS_WORDS or _RECORD_BEFORE.search(
                doc.text, max(start - _RECORD_WINDOW, 0), start):
            return True
        if before.like_num and (rank := _word_before(doc, before.i)) is not None and (
                rank.text in _RANK_WORDS or (rank.text == "." and rank.i > 0
                                             and doc[rank.i - 1].text in _RANK_WORDS)):
            return True
        if before.text == "(" and (player := _word_before(doc, before.i)) is not None \
                and player.ent_type_ == "PERSON":
            return True
        if before.lower_ in gazetteer.TEAM_NOUNS and (bracket := _word_before(doc, before.i)) \
                is not None and bracket.text == "(":
            return True  # "(captain  Yorkshire)", "(wicketkeeper  Surrey)"
    if head.dep_ == "poss" and (head.head.lower_ in gazetteer.TEAM_NOUNS or (
            head.head.pos_ == "PROPN" and head.head.ent_type_ in ("", "PERSON"))):
        return True  # "Philadelphia's second-year quarterback", "Virginia's De'Andre Hunter"
    # "the game between Alabama and Georgia": the second of two joined places is the object
    # of the same preposition; "Stanford and California play": the subject of the same verb
    obj = head.head if head.dep_ == "conj" and head.head.dep_ in ("pobj", "nsubj") else head
    if obj.dep_ == "pobj":
        prep = obj.head.lower_
        governor = obj.head.head.lemma_.lower()
        if prep in ("at", "for") and (governor in gazetteer.TEAM_NOUNS
                                      or governor in gazetteer.CAREER_NOUNS):
            return True  # "the head coach at Minnesota", "his stint at Utah"
        if prep in ("to", "at", "over", "of", "with", "between") \
                and governor in gazetteer.MATCH_NOUNS:
            return True
        if prep == "from" and governor in gazetteer.TRANSFER_WORDS:
            return True  # "Stanton's arrival from Miami": the club he left
        if prep in ("for", "with", "against") and (governor in gazetteer.PLAY_VERBS
                                                   or governor in gazetteer.MATCH_NOUNS
                                                   or governor in gazetteer.MATCH_VERBS):
            return True
    if obj.dep_ in ("nsubj", "dobj") and obj.head.lemma_.lower() in gazetteer.MATCH_VERBS:
        return True
    if _in_list_of_stops(head):
        return True
    if head.dep_ == "nsubj" and any(
            t.dep_ == "dobj" and t.text in gazetteer.CLUB_HOMES for t in head.head.children):
        return True  # "Sacramento held off the New York Knicks": a team's opponent is a team
    if head.dep_ != "nsubj":
        return False
    # "England seek": a singular name, a plural verb; "England helped themselves"
    return (head.head.tag_ == "VBP" and head.tag_ == "NNP") or any(
        t.lower_ == "themselves" for t in head.head.children)


def _in_list_of_stops(head: Token) -> bool:
    """The place is one of a list of clubs after a career noun and "at" ("after stops at
    Purdue, North Carolina and Texas"): spaCy hangs the list's names on its last one, the
    object of "at", as compounds, modifiers or conjuncts, so the place's head is walked up
    through those, name by name, to that object."""
    tok = head
    while tok.dep_ in ("compound", "nmod", "conj", "appos") and tok.head.pos_ == "PROPN" \
            and tok.head.i != tok.i:
        tok = tok.head
    return tok.i != head.i and tok.dep_ == "pobj" and tok.head.lower_ == "at" \
        and tok.head.head.lemma_.lower() in gazetteer.CAREER_NOUNS


def _places_as_teams(paras: Sequence[_Para]) -> frozenset[str]:
    """In a sports report, a place (a city, a state, a county or a country) that stands for its
    team (``_plays_as_team``) in at least a third of its mentions is the team:
    those mentions become an organisation named as written ("Florida fired its coach",
    "Philadelphia beat Atlanta", "England seek a batsman"), or the one team the article names
    after the place ("the Dallas Cowboys" for "Dallas"), else the one team the article names
    whose home it is (``gazetteer.CLUB_HOMES``: "the Eagles" for "Philadelphia", "the Kings"
    for "Sacramento"); returned are
    the names of the teams
    so found and named as the place, whose kind is an organisation's whatever the gazetteer
    says. A capital so used is its team, not its country ("Portland outscored Washington").
    Outside sports reports, and where the place is named more often as a place, nothing
    changes."""
    if not _is_sports_report(paras):
        return frozenset()
    cued: dict[str, list[_Cand]] = {}
    other: Counter[str] = Counter()
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise:
                continue
            # a seat that is a building ("clashed with the Kremlin") is its government, never
            # a team
            if c.kind in _PLACE_KINDS and c.via in _TEAM_VIAS \
                    and _one_line(text[c.start:c.end]) not in gazetteer.BUILDINGS:
                span = para.doc.char_span(c.start, c.end, alignment_mode="expand")
                if span is not None and _plays_as_team(para.doc, span.start, span.end):
                    cued.setdefault(_one_line(text[c.start:c.end]), []).append(c)
                    continue
            # a capital's other mentions count by its name ("Washington"), not its country's
            other[_one_line(text[c.start:c.end]) if c.via == "capital" else c.actor] += 1
    teams = frozenset(name for name, found in cued.items() if 2 * len(found) >= other[name])
    # "Dallas" beside "the Dallas Cowboys": the one team of the article named after the place
    clubs = {c.actor for para in paras for c in para.cands
             if not c.noise and c.actor.split()[-1] in gazetteer.CLUB_HOMES}
    joined = set()
    for name in teams:
        named = [club for club in clubs if club.startswith(name + " ")] or [
            club for club in clubs if name in gazetteer.CLUB_HOMES.get(club, ())]
        club, via = (named[0], "alias") if len(named) == 1 else (name, "name")
        capital = any(c.via == "capital" for c in cued[name])
        for c in cued[name]:
            c.actor, c.kind, c.via = club, ActorKind.ORGANIZATION, via
        if club == name:
            if capital:
                _capital_as_team(paras, name)
            continue
        joined.add(name)
        # the place's other mentions are the team too ("but Virginia bumped the margin"),
        # all but where it is named as where ("the crowd in Pittsburgh"), which stay the place
        for para in paras:
            for c in para.cands:
                if c.actor == name and not c.noise and not _named_as_where(para.doc, c):
                    c.actor, c.kind, c.via = club, ActorKind.ORGANIZATION, via
    return teams - joined


def _capital_as_team(paras: Sequence[_Para], name: str) -> None:
    """A capital that plays as its team in a sports report, with no team of the article named
    after it ("Washington's 30-22 loss", for the college): its other mentions by that name
    are the team too ("Washington should know after kicking off"), not its country's
    government, all but where it is named as where ("the crowd in Washington")."""
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.via == "capital" and not c.noise and _one_line(text[c.start:c.end]) == name \
                    and not _named_as_where(para.doc, c):
                c.actor, c.kind, c.via = name, ActorKind.ORGANIZATION, "name"


#: Verbs whose place after "from" is the college one leaves with a degree ("graduated from
#: Princeton"): the university, a body, not the town.
_GRADUATE_VERBS: frozenset[str] = frozenset({"graduate"})


def _alma_maters(paras: Sequence[_Para]) -> frozenset[str]:
    """A place named only after "graduated from" ("after graduating from Princeton") is the
    college there, an organisation, in any article; a place the article also names as a place
    ("a house in Princeton") is left as it is, its name being one actor with one kind."""
    cued: set[str] = set()
    other: set[str] = set()
    for para in paras:
        for c in para.cands:
            if c.noise or c.kind not in _PLACE_KINDS:
                continue
            span = para.doc.char_span(c.start, c.end, alignment_mode="expand")
            root = span.root if span is not None else None
            if root is not None and root.dep_ == "pobj" and root.head.lower_ == "from" \
                    and root.head.head.lemma_.lower() in _GRADUATE_VERBS:
                cued.add(c.actor)
            else:
                other.add(c.actor)
    return frozenset(cued - other)


#: A US state's short name followed by "State", as a sports report names the state's
#: university and its team ("Mississippi State", "North Dakota State", "Washington State").
_STATE_COLLEGE = re.compile(r"(?P<state>[A-Z][A-Za-z. ]+) State")
#: The US states' short names: "Georgia" for "Georgia (U.S. state)", "New York" for "New York
#: State".
_US_STATE_SHORT_NAMES: frozenset[str] = frozenset(
    state.name.removesuffix(" (U.S. state)").removesuffix(" State")
    for state in gazetteer.US_STATES)


def _state_colleges(paras: Sequence[_Para]) -> frozenset[str]:
    """In a sports report, a US state's name and "State", written so with a capital and taken
    for a place ("out of North Dakota State", "stops at Purdue and Mississippi State"), is the
    state university's team: such mentions become that team, named as written, and the names
    returned are organisations whatever the gazetteer says. "Washington state", written in
    lower case, stays the state; outside sports reports nothing changes. So, whatever spaCy
    tags it, is a college known by one word that is no common person's name
    (``gazetteer.COLLEGES``: "we beat Clemson", "Vanderbilt's starting quarterback")."""
    if not _is_sports_report(paras):
        return frozenset()
    out: set[str] = set()
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if not c.noise and c.actor in gazetteer.COLLEGES:
                c.kind, c.person = ActorKind.ORGANIZATION, ""
                out.add(c.actor)
                continue
            written = _one_line(text[c.start:c.end])
            if c.noise or c.kind not in _PLACE_KINDS \
                    or (m := _STATE_COLLEGE.fullmatch(written)) is None \
                    or m["state"] not in _US_STATE_SHORT_NAMES:
                continue
            c.actor, c.kind, c.person, c.via = written, ActorKind.ORGANIZATION, "", "name"
            out.add(written)
    return frozenset(out)


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


def _places_by_phrase(paras: Sequence[_Para]) -> frozenset[str]:
    """Names the article calls a place once ("the district of Altun Kupri", "the city of
    Krasnodar"; ``_is_named_place``; "the capital, Nay Pyi Taw"; ``_place_set_off``; "living in
    Juarez"; ``_lived_or_held_in``), whatever
    spaCy tags them there: the same name elsewhere in the article ("advanced on Altun Kupri",
    tagged a person) is that place."""
    out: set[str] = set()
    for para in paras:
        doc = para.doc
        for ent in doc.ents:
            if ent.label_ in ENTITY_KINDS and (_is_named_place(doc, ent.start, ent.end)
                                               or _place_set_off(doc, ent.start, ent.end)
                                               or _lived_or_held_in(doc, ent.start, ent.end)):
                first = ent.start + (doc[ent.start].text in _ARTICLES)
                out.add(_one_line(doc[first:ent.end].text))
    return frozenset(out)


#: Verbs of living somewhere: "has been living in Juarez", "was born in Deerfield".
_HOME_VERBS: frozenset[str] = frozenset({"live", "reside", "bear", "raise", "grow", "settle"})


def _lived_or_held_in(doc: Doc, first: int, last: int) -> bool:
    """The one-word name at tokens ``[first, last)`` follows "in" after a verb of living or a
    noun of what happened there ("living in Juarez", "a parade in Deerfield"; ``_HOME_VERBS``,
    ``_EVENT_NOUNS``): a town, whatever spaCy tags it. A longer name is left to the gazetteer
    and the tagger, as "a player in Kendrick Nunn" (a parse's slip) shows it must be."""
    if last - first != 1:
        return False
    root = doc[first]
    if root.dep_ != "pobj" or root.head.lower_ != "in":
        return False
    governor = root.head.head
    lemma = governor.lemma_.lower()
    return (governor.pos_ == "VERB" and lemma in _HOME_VERBS) or (
        governor.pos_ in ("NOUN", "PROPN") and lemma in _EVENT_NOUNS)


#: Nouns of a town or a region that a name set off after them is the name of ("the political
#: capital, Nay Pyi Taw"); not nouns of people ("the mayor, Jane Doe").
_PLACE_APPOSITION_NOUNS: frozenset[str] = frozenset(
    {"capital", "city", "town", "village", "province", "region", "district", "county", "port",
     "suburb", "municipality"})


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
    i -= 1
    modifiers = 0
    while i >= 0 and modifiers < _MAX_APPOSITION_MODIFIERS and doc[i].pos_ == "ADJ" \
            and doc[i].text.islower():
        i -= 1
        modifiers += 1
    return i >= 0 and doc[i].lower_ == "the"


def _decide_kinds(paras: Sequence[_Para], *, by_clause: frozenset[str] = frozenset(),
                  companies: frozenset[str] = frozenset(),
                  states: frozenset[str] = frozenset(),
                  places: frozenset[str] = frozenset(),
                  bodies: frozenset[str] = frozenset(),
                  teams: frozenset[str] = frozenset()) -> dict[str, ActorKind]:
    """An actor's kind: an organisation's for a place standing for its team (``teams``), the
    gazetteer's when it knows the actor, an organisation's for a
    cryptocurrency or a known team's nickname, a country's for the short name
    of a state the article names formally (``states``), a place for a name it calls one once
    (``places``: "the town of Altun Kupri"; ``_places_by_phrase``), an organisation for a full name
    the article also writes as a company's (``companies``) or for an outlet's noun after "the"
    ("told the Tribune", ``gazetteer.MEDIA_WORDS``), a person when one of its names
    is the subject of a clause with "his" or "her" (``by_clause``) or carries a person's title
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
                              or _ends_with_team_nickname(actor)):
            # "Bitcoin" tagged a person or a group; "the Eagles" tagged NORP is the club, a
            # body, as "Eagles" tagged ORG in the next story is, and "OKC Thunder" tagged a
            # person
            known = ActorKind.ORGANIZATION
        if known is None and (actor in gazetteer.NAMED_BODIES or actor in gazetteer.MEDIA
                              or actor in outlets):
            # "Aftonbladet", "Twitter" or "Pixar" tagged as a person, "Netflix" as a place: a
            # body; a party a group where spaCy said so (its members: "the Likud"), but a
            # company or an outlet has no members to be ("Experian" tagged NORP)
            known = next((k for k in sorted(tally, key=tally.__getitem__, reverse=True)
                          if k in _BODY_KINDS), ActorKind.ORGANIZATION) \
                if actor in gazetteer.PARTIES else ActorKind.ORGANIZATION
        if known is None and actor in companies:
            known = ActorKind.ORGANIZATION  # "Walt Disney" beside "Walt Disney Co"
        if known is None and actor in places:
            known = ActorKind.PLACE  # "Altun Kupri" tagged a person beside "the town of ..."
        if known is None and (actor in by_clause or actor in titled):
            known = ActorKind.PERSON
        if known is None and actor in gazetteer.HOUSES:
            # "designed by Armani", "Volkswagen and Porsche": the house; its founder or an heir
            # is a full name the surname joins, or carries a title or "his" above
            known = ActorKind.ORGANIZATION
        if known is None and actor in places:
            known = ActorKind.PLACE  # "Altun Kupri" tagged a person beside "the town of ..."
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


def _ends_with_team_nickname(actor: str) -> bool:
    """A name of two or three words whose last is a major-league team's nickname ("OKC
    Thunder", "Buffalo Bills"): the club named with its home, whatever spaCy tags it. The list
    leaves out the nicknames that also end people's names (``gazetteer.TEAMS``); a given name
    first keeps a person's name ("Howard Hawks")."""
    words = actor.split()
    return (1 < len(words) <= _MAX_TEAM_NAME_WORDS and words[-1] in gazetteer.TEAMS
            and not names.is_given_name(words[0]))


#: The most words of a team's name with its home ("Golden State Warriors").
_MAX_TEAM_NAME_WORDS = 3


def _add_descriptions(paras: Sequence[_Para], profiles: Mapping[str, references.Profile]
                      ) -> None:
    """"The Ukrainian president" after "President Volodymyr Zelensky": the person, not the
    country of the demonym inside it (which the description replaces)."""
    known: dict[str, ActorKind] = {}
    by_role = references.roles_index(profiles)
    for para in paras:
        here = [Named(c.start, c.end, c.actor, c.kind) for c in para.cands if not c.noise]
        names_at = bytearray(len(para.paragraph.text))
        for c in para.cands:
            if c.via != "demonym":
                names_at[c.start:c.end] = b"\x02" * (c.end - c.start)
        found = references.find_descriptions(para.doc, profiles=profiles, by_role=by_role,
                                             known=known, here=here, taken=names_at)
        known.update((n.actor, n.kind) for n in here)
        if not found:
            continue
        kept = [c for c in para.cands
                if not any(c.start < d.end and d.start < c.end for d in found)]
        kept.extend(_Cand(d.start, d.end, d.actor, d.kind, "description", _P_ENTITY)
                    for d in found)
        para.cands = sorted(kept, key=lambda c: c.start)


#: Nouns a story uses for a country it has named: "the country's east".
_COUNTRY_NOUNS: frozenset[str] = frozenset({"country", "nation"})
#: Paragraphs read for the country "the country" refers to: this one and the ones before it.
_COUNTRY_WINDOW = 4


def _names_country(para: _Para, c: _Cand) -> bool:
    """``c`` names a country as a noun: "Ukraine", "Kyiv", "the Russians"; not the adjective
    of "pro-Russian separatists", which says little about which country a story means."""
    if c.noise or c.kind is not ActorKind.COUNTRY:
        return False
    entry = gazetteer.lookup(para.paragraph.text[c.start:c.end])
    return entry is None or not entry.adjective


def _add_country_references(paras: list[_Para]) -> None:
    """"The country" (or "the nation") is the one country named as a noun before it in its
    sentence; else the country named most often in the last few paragraphs, when one is named
    more often than any other ("recommended he leave the country" after Moscow and the Russian
    government). Where nothing decides, it stays unresolved."""
    for i, para in enumerate(paras):
        doc, taken = para.doc, para.taken
        added = []
        for tok in doc:
            if (tok.lower_ not in _COUNTRY_NOUNS or tok.i == 0 or doc[tok.i - 1].lower_ != "the"
                    or tok.dep_ == "compound"):
                continue  # "the country music": not a country
            start, end = doc[tok.i - 1].idx, tok.idx + len(tok)
            if taken.find(1, start, end) != -1:
                continue
            sentence = tok.sent.start_char
            named = {c.actor for c in para.cands
                     if sentence <= c.start < start and _names_country(para, c)}
            if len(named) == 1:
                (actor,) = named
            else:
                counts = Counter(c.actor for p in paras[max(0, i - _COUNTRY_WINDOW + 1):i + 1]
                                 for c in p.cands
                                 if not c.noise and c.kind is ActorKind.COUNTRY
                                 and (p is not para or c.start < start))
                top = counts.most_common(2)
                if not top or (len(top) == 2 and top[0][1] == top[1][1]):
                    continue
                actor = top[0][0]
            added.append(_Cand(start, end, actor, ActorKind.COUNTRY, "description", _P_ENTITY))
            taken[start:end] = b"\x01" * (end - start)
        if added:
            para.cands = sorted([*para.cands, *added], key=lambda c: c.start)


def _mention(actor: str, start: int, end: int, p: Paragraph, starts: list[int],
             via: str) -> Mention:
    # sentence by character offset; -1 only when the paragraph came without sentences
    sentence = p.sentences[max(bisect.bisect_right(starts, start) - 1, 0)].index if starts else -1
    return Mention(actor=actor, start=start, end=end, text=p.text[start - p.start:end - p.start],
                   paragraph=p.index, sentence=sentence, via=via)


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
    if label not in ENTITY_KINDS or first == last:
        return [], first, last
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
    elif label in ("PERSON", "NORP") and last - first > 1 and doc[last - 1].text in \
            names.PLACE_WORDS:
        label = "GPE"  # "Beverly Hills" tagged PERSON, "West Point" tagged NORP
    elif (label in ("PERSON", "ORG") and last - first > 1 and doc[first].text in names.BASE_WORDS
          and gazetteer.lookup(whole) is None):
        label = "GPE"  # "toured Camp Lejeune" tagged ORG: a military base, a place
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
                             is_credit=_no_credit if whole in gazetteer.MEDIA
                             else _is_credit_name, glued=_headline_word)
    cands = [c for a, b in parts if (c := _name_candidate(doc, text, label, a, b)) is not None]
    return cands, first, last


#: Nouns of a natural feature or a landmark that make the name right before them a place's: "the
#: Ganges river", "a Ginza landmark". No noun of a people's quarter ("a Rohingya neighborhood")
#: nor of its people ("the Rohingya people"), where the name is the group's.
_FEATURE_NOUNS: frozenset[str] = frozenset(
    {"river", "lake", "landmark", "delta", "canal", "glacier", "desert", "peninsula", "volcano"})


def _before_a_feature_noun(doc: Doc, first: int, last: int) -> bool:
    """The name at tokens ``[first, last)`` is a compound of a lower-case feature noun right
    after it (``_FEATURE_NOUNS``): "the Ganges river" names a place, whatever spaCy tags it."""
    root = doc[first:last].root
    return (last < len(doc) and root.dep_ == "compound" and root.head.i == last
            and doc[last].lower_ in _FEATURE_NOUNS)


#: Titles that make one capitalised word after them a person's surname even inside another
#: entity ("Congresswoman Gabbard" tagged ORG); other titles also open names of things
#: ("General Electric", "King Kong"), so after them only a full name counts.
_SURNAME_TITLES: frozenset[str] = gazetteer.HONORIFICS | frozenset(
    {"Congressman", "Congresswoman", "Senator", "Sen", "Sen.", "Rep", "Rep.", "Representative",
     "Governor", "Gov", "Gov.", "Mayor", "President", "Minister", "Premier", "Chancellor",
     "Ambassador", "Secretary", "Spokesman", "Spokeswoman", "Speaker", "Ayatollah", "Sheikh",
     "Sheriff"})
#: Titles that make a place's one-word name right after them a person's surname ("Sheriff
#: Israel", "Mr. Jordan"); not "Miss" ("Miss Jamaica" is the country's winner).
_TITLES_BEFORE_A_SURNAME: frozenset[str] = _SURNAME_TITLES - {"Miss"}
#: What follows a credit word: "Photo / Jane Doe", "Credit: Jane Doe".
_CREDIT_MARKS: frozenset[str] = frozenset({"/", ":", "|"})
#: Marks inside a title: "Governor-Elect".
_TITLE_JOINERS: frozenset[str] = frozenset({"-", "–"})
#: The most words of a name after a title inside another entity.
_MAX_NAME_WORDS = 3


#: The US states' names: a name written before one, set off by a comma, is a town in it.
_US_STATE_NAMES: frozenset[str] = frozenset(state.name for state in gazetteer.US_STATES)


def _opens_with_plural_org_word(word: str) -> bool:
    """``word``, the first of a name, is a plural organisation word ("Brothers Osborne",
    "Services Administration"; names.json org_words): a band's or a body's name, never a
    person's, which may open with a singular one as a surname ("Park Geun-hye")."""
    return word in names.ORG_WORDS and word.endswith("s") and not word.endswith("ss")


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


def _is_country_code(word: str) -> bool:
    """A country's code in capitals ("UK", "USA"): the last word of a body's name ("Sport
    Appeals UK"), never of a person's."""
    entry = gazetteer.lookup(word)
    return (word.isupper() and entry is not None and entry.kind is ActorKind.COUNTRY
            and not entry.adjective)


def _name_word(tok: Token) -> bool:
    """A word that can be part of a name: a capitalised proper noun, not in capitals throughout
    (credits and datelines are)."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper()


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


def _no_credit(name: str) -> bool:
    return False


def _outlet_with_its_tail(name: str) -> bool:
    """A known outlet's name and one word that keeps it the outlet's longer name ("Fox News
    Channel"): no credit glued before the name of something else. Not a media word ("NBC
    News" is a listed outlet of its own, and "Sun Times" no "Sun")."""
    head, _, tail = name.rpartition(" ")
    return head in gazetteer.MEDIA and tail in gazetteer.OUTLET_TAILS


def _is_credit_name(name: str) -> bool:
    """An agency or an outlet glued in front of a name ("Associated Press Rodchenkov")."""
    return gazetteer.is_agency(name) or name in gazetteer.MEDIA


def _is_work_or_thing(doc: Doc, text: str, first: int, last: int, name: str) -> bool:
    """A street, a holiday, the title of a work, a product or a thing named for a currency:
    "Chris Christie Drive", "Mother's Day", "Carnival celebrations", "the play Hamlet", a name in
    quotation marks of its own (spaced or not), "the Xerox machine", "a Bitcoin ATM"."""
    if names.is_place_or_event(name):
        return True
    words = name.split()
    if (len(words) > 1 and words[0] in gazetteer.CURRENCIES and name not in gazetteer.CURRENCIES
            and words[-1] not in names.ORG_WORDS and all(w[:1].isupper() for w in words)):
        return True  # "Bitcoin ATM": a thing of the currency ("Bitcoin Cash to" is cut later)
    if first > 0 and doc[first - 1].lower_ in names.WORK_NOUNS and not _names_the_subject(
            doc, first, last):
        return True
    if (first > 0 and doc[first - 1].lower_ in names.ROLE_VERBS
            and any(t.lower_ in names.STAGE_WORDS for t in doc[first].sent)):
        return True  # "the actor who plays Sam Tarly": a character; "plays Federer": a person
    if _names_an_eponym(doc, last) or _names_a_product(doc, first, last):
        return True
    if last < len(doc) and doc[last].lower_ in names.FEAST_NOUNS:
        return True  # "in the middle of Carnival celebrations": a feast, a time, no actor
    if _is_meeting(doc, first, last):
        return True
    if _in_list_of_works(doc, first, last) or _part_of_a_work(doc, first, last):
        return True
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1])
    # a corpus that spaces its quotation marks writes “Don Giovanni ”
    before = text[max(start - _QUOTE_SPACES, 0):start].rstrip(" ")
    after = text[end:end + _QUOTE_SPACES].lstrip(" ")
    if before[-1:] in _OPEN_QUOTES and _opens_quoted_title(doc, last):
        return True  # “Shakespeare in Love”: the name opens the title
    # a comma or a full stop a house style prints inside the closing mark: “Zootopia.”
    closes = after[:1] in _CLOSE_QUOTES or (after[:1] in _STOPS_INSIDE_QUOTES
                                            and after[1:2] in _CLOSE_QUOTES)
    if closes and _ends_quoted_title(doc, first):
        return True  # “Lord of the Rings”: the name ends the title
    return (before[-1:] in _OPEN_QUOTES and closes
            and _SPACED_POSSESSIVE.match(after) is None)  # “Marquez’s hit”: not a title


def _names_the_subject(doc: Doc, first: int, last: int) -> bool:
    """A person's full name opening a work's title before a colon ("the documentary Jane Doe:
    A Life in Music"): the title names its subject, who is an actor (and often the only place
    the article writes the full name); a title of one word before a colon ("the film Frost:
    ...") may be the work's own name and is not read so."""
    return (last - first > 1 and last < len(doc) and doc[last].text == ":"
            and all(t.ent_type_ == "PERSON" for t in doc[first:last]))


#: Last words of a centre's or a hotel's name, a body ("the Pew Research Center", "the Kestrel
#: Hotel said") or a venue ("Lincoln Center", "at the Kestrel Hotel"): which one, the words
#: around it say.
_CENTER_WORDS: frozenset[str] = frozenset({"Center", "Centre", "Hotel", "Casino"})
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
    """A centre or a hotel named as where something happens ("with the Philharmonic at Lincoln
    Center", "at the city's Symphony Center", "depth inside Moda Center", "a photo call at the
    Kestrel Hotel"): a venue, where and not who.
    Not where someone works at it or holds a post at it ("worked at Montefiore Medical Center",
    "a fellow at the Wilson Center"), nor where it acts or is named otherwise ("the Pew
    Research Center said")."""
    if doc[last - 1].text not in _CENTER_WORDS:
        return False
    root = doc[first:last].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _CENTER_VENUE_PREPOSITIONS:
        return False
    governor = prep.head.lemma_.lower()
    return (governor not in _WORK_VERBS and governor not in _POST_NOUNS
            and governor not in references.PERSON_ROLES)


def _is_phrase_title(words: Sequence[str]) -> bool:
    """A name tagged as a person or a body of two words or more that are all adverbs or
    adjectives and none a noun ("Politically Incorrect"): a title made of a phrase, the name of a
    show or a book, never of a person or a body, which would hold a noun or a proper name. A
    group's name may be so made ("Eastern Orthodox", tagged NORP) and is not read so."""
    if len(words) < 2:
        return False
    modifiers, nouns = lexicon_words("adj", "adv"), lexicon_words("noun")
    return all(w.lower() in modifiers and w.lower() not in nouns for w in words)


def _names_a_product(doc: Doc, first: int, last: int) -> bool:
    """The name is a maker's or a brand's in front of a noun for its product ("running the Xerox
    machine", "a Boeing jet"): the mention names the product, not the maker (who stays an actor
    where the article names it otherwise)."""
    root = doc[first:last].root
    if (root.dep_ == "compound" and root.head.i == last
            and root.head.lemma_.lower() in names.PRODUCT_NOUNS):
        return True
    # "the Fitbit and Weight Watchers apps": the brand joined to another before the noun, read
    # by the words, since spaCy hangs the first brand on the second's name as often as on the
    # noun: "and" or "or", then only capitalised words, then the noun
    if last >= len(doc) or doc[last].lower_ not in _BRAND_JOINERS:
        return False
    i = last + 1
    while i < len(doc) and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper():
        i += 1
    return (last + 1 < i < len(doc) and doc[i].text.islower()
            and doc[i].lemma_.lower() in names.PRODUCT_NOUNS)


#: Words that join two brands before their product noun: "the Fitbit and Acme apps".
_BRAND_JOINERS: frozenset[str] = frozenset({"and", "or", "&"})


#: Verbs that give a name to what comes before them: "a cat named Rex", "the puppy called Rex".
_NAMING_VERBS: frozenset[str] = frozenset({"named", "called", "dubbed", "nicknamed"})


def _is_animal_noun(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in names.ANIMAL_NOUNS


def _names_an_animal(doc: Doc, first: int, last: int) -> bool:
    """The name is an animal's (``names.ANIMAL_NOUNS``): right after the noun ("the puppy Rex"),
    after it and "named" or "called" ("a cat named Rex"), set off beside it by a comma ("her
    dog, Rex,") or followed by "the" and the noun ("Rex the dog"). Animals are not actors. Not
    a speaker after a comma ("bought a horse, Jane Doe said") nor the subject of a clause on the
    animal ("the horse Jane Doe rode")."""
    root = doc[first:last].root
    before = _word_before(doc, first)  # a corpus's doubled spaces are tokens
    if before is not None and before.lower_ in _NAMING_VERBS:
        before = _word_before(doc, before.i)
    elif before is not None and before.text == "," and root.dep_ != "appos":
        return False  # "he bought a horse, Jane Doe said": the speaker, not the horse's name
    elif before is not None and before.text == ",":
        before = _word_before(doc, before.i)
    elif root.dep_ in ("nsubj", "nsubjpass"):
        return False  # "the horse Jane Doe rode": who rode it
    if before is not None and _is_animal_noun(before):
        return True
    the = _next_word(doc, last)
    noun = _next_word(doc, the.i + 1) if the is not None else None
    return the is not None and the.lower_ == "the" and noun is not None and _is_animal_noun(noun)


#: Prepositions that make a meeting's name where something happens ("said at a Barclays
#: Conference", "during the Republican National Convention").
_MEETING_PREPOSITIONS: frozenset[str] = frozenset({"at", "during"})
#: Verbs whose object is a meeting, never a body ("attended the Tarn Conference").
_MEETING_VERBS: frozenset[str] = frozenset({"attend", "hold", "host", "address", "organize",
                                            "organise"})


def _is_meeting(doc: Doc, first: int, last: int) -> bool:
    """A name ending in a meeting word (``names.MEETING_WORDS``: "Conference") where the sentence
    makes it a meeting: the object of "at" or "during", or of attending or holding it. Bodies
    end so too ("the Southeastern Conference said"), so nothing else decides it."""
    if doc[last - 1].text not in names.MEETING_WORDS:
        return False
    root = doc[first:last].root
    if root.dep_ == "pobj":
        return root.head.lower_ in _MEETING_PREPOSITIONS
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _MEETING_VERBS


def _names_an_eponym(doc: Doc, last: int) -> bool:
    """The name owns or opens a condition, a gene or a scan called after someone or written
    with letters ("Bell's palsy", "Lynch syndrome", "the MLH1 gene", "CAT scans"): the name of
    the thing, not who acts (spaCy tags the name alone)."""
    if last < len(doc) and doc[last].text in _POSSESSIVE:
        last += 1
    return last < len(doc) and doc[last].lower_ in names.EPONYM_NOUNS


#: Nouns whose examples ("films such as Frozen", "hits like Moana") are works: the work nouns
#: and "hit", which before a name alone may be the verb ("hit Florida"), so only counts here.
_WORK_LIST_NOUNS: frozenset[str] = names.WORK_NOUNS | {"hit"}
#: Words that introduce the examples of a noun: "such as", "like", "including".
_EXAMPLE_WORDS: frozenset[str] = frozenset({"as", "like", "including"})
#: Lower-case words a title may hold between its capitalised ones ("Shakespeare in Love").
_TITLE_SMALL_WORDS: frozenset[str] = frozenset(
    {"a", "an", "and", "at", "for", "from", "in", "of", "on", "the", "to", "with", "&"})
#: The most words read after a name for the end of the quoted title it opens.
_MAX_TITLE_WORDS = 6


def _in_list_of_works(doc: Doc, first: int, last: int) -> bool:
    """The name is one of the examples of a noun of works: "hits such as Frozen and Moana",
    "films including Zootopia", "movies like Harbour Lights" (spaCy tags such titles as people
    or places)."""
    root = doc[first:last].root
    while root.dep_ == "conj" and root.head.i < root.i:  # "Frozen and Moana"
        root = root.head
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _EXAMPLE_WORDS:
        return False
    if prep.lower_ == "as" and (prep.i == 0 or doc[prep.i - 1].lower_ != "such"):
        return False
    noun = prep.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _WORK_LIST_NOUNS


#: Nouns for a part or a showing of a work, whose "of" names the work: "episodes of Living
#: Single", "the finale of Harbour Lights" (not "a portrait of Lincoln", who is an actor).
_WORK_PART_NOUNS: frozenset[str] = frozenset(
    {"episode", "finale", "premiere", "rerun", "sequel", "remake", "reboot", "trailer"})


def _part_of_a_work(doc: Doc, first: int, last: int) -> bool:
    """The name is the work a part or a showing of it is "of", alone or in a list: "binge on
    episodes of Blackish or Living Single" (spaCy tags such titles as people)."""
    root = doc[first:last].root
    while root.dep_ == "conj" and root.head.i < root.i:  # "Blackish or Living Single"
        root = root.head
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lemma_.lower() in _WORK_PART_NOUNS)


#: Marks a house style prints inside a closing quotation mark: “Zootopia.”, “Frozen,”.
_STOPS_INSIDE_QUOTES: frozenset[str] = frozenset({".", ","})


def _quoted_title_words(doc: Doc, i: int, *, forward: bool) -> list[Token] | None:
    """The words from token ``i`` to the quotation mark that closes (``forward``) or opens
    (backward) a title around a name, nearest first, when each is capitalised or a small title
    word ("of", "the"); None where another lower-case word comes first, a quoted sentence's
    ("“Nobody asked Varga”"), or no mark within ``_MAX_TITLE_WORDS``."""
    marks = _CLOSE_QUOTES if forward else _OPEN_QUOTES
    span = (doc[i:i + _MAX_TITLE_WORDS + 1] if forward
            else reversed(doc[max(i - _MAX_TITLE_WORDS - 1, 0):i]))
    words: list[Token] = []
    for tok in span:
        if tok.is_space:
            continue
        if tok.text in marks:
            return words
        if not (tok.text[:1].isupper() or tok.text in _TITLE_SMALL_WORDS):
            return None
        words.append(tok)
    return None


def _ends_quoted_title(doc: Doc, first: int) -> bool:
    """The words before a name that a closing quotation mark follows are the start of a title,
    opening with a capitalised word: “Lord of the Rings”. A name quoted with its title (“Dr.
    Jane Doe”) has a title word before a capitalised one, and is no title."""
    words = _quoted_title_words(doc, first, forward=False)
    if not words or not words[-1].text[:1].isupper():
        return False
    return not any((tok.text in gazetteer.TITLES or tok.text in gazetteer.HONORIFICS)
                   and (after := _next_word(doc, tok.i + 1)) is not None
                   and after.text[:1].isupper() for tok in words)


def _opens_quoted_title(doc: Doc, last: int) -> bool:
    """The words after a name that follows an opening quotation mark are the rest of a title,
    ending with a capitalised word: “Shakespeare in Love”."""
    words = _quoted_title_words(doc, last, forward=True)
    return bool(words) and words[-1].text[:1].isupper()


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
            and not any(t.text in names.ORG_WORDS for t in doc[first:last])):
        # "International Development" of "International Development Secretary Priti Patel": a
        # portfolio, part of the title; "Communist Party Secretary" keeps its party (an org word)
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
            name.lower() in references.PERSON_ROLES
            or (doc[first].pos_ == "VERB" and doc[first].dep_ == "ROOT"))):
        # "Rapper" opening a sentence, "Marxism": a role or an idea; "anti-Trump": a leaning;
        # "Add  Jane Doe as an interest" tagged as one person: the verb of the sentence; none
        # is a name
        return None
    if label == "PERSON" and last - first == 1 and _common_noun_after_a(doc, first):
        return None  # "A living Liturgy for a living Church": a slogan's noun, no person
    if label == "PERSON" and _pluralised_person(doc, first, last):
        return None  # "the Harvey Weinsteins of the world": a kind of man, no one person
    if label == "NORP" and last - first == 1 and _describes_a_thing(doc, first):
        return None  # "the Keynesian beauty contest", "a Hawaiian shirt": a description
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
#: "Chestertonian", "Kafkaesque", "Hawaiian", "Marxist"): singular, so it names no group itself.
_NAME_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:ian|ean|esque|ist)")


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


#: The indefinite article, which a person's name never takes on its own.
_INDEFINITE: frozenset[str] = frozenset({"a", "an"})
#: Words before the singular of a team's nickname that make it one player ("no Ranger", "every
#: Eagle"), not the team.
_ONE_PLAYER_WORDS: frozenset[str] = frozenset(
    {"a", "an", "no", "every", "each", "any", "another", "one"})


def _common_noun_after_a(doc: Doc, i: int) -> bool:
    """Token ``i`` is an English common noun (``resources.lexicon_words``) capitalised after
    "a" or "an" and any lower-case adjectives: "A living Liturgy for a living Church", a title's
    or a slogan's noun spaCy tags a person; a one-word name takes no "a"."""
    if doc[i].lower_ not in lexicon_words("noun"):
        return False
    j = i - 1
    while j >= 0 and (doc[j].pos_ == "ADJ" or doc[j].dep_ == "amod") and doc[j].text.islower():
        j -= 1
    return j >= 0 and doc[j].lower_ in _INDEFINITE


def _plural_after_the(doc: Doc, i: int) -> bool:
    """Token ``i`` is a capitalised plural after "the" that ends its phrase ("the Eagles", "the
    Browns", not "the Williams sisters"): a team or a family, never one person or a place."""
    tok = doc[i]
    return (i > 0 and doc[i - 1].lower_ == "the" and tok.text.endswith("s")
            and not tok.text.endswith("ss") and tok.dep_ != "compound"
            and gazetteer.lookup(tok.text) is None)


def _one_line(name: str) -> str:
    """A name as written on one line: a line break inside "United\nStates" is a space."""
    return " ".join(name.split()) if ("\n" in name or "  " in name or "\t" in name) else name


def _is_title_or_demonym(word: str) -> bool:
    if word in gazetteer.TITLES or word in gazetteer.TITLE_MODIFIERS:
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


def _is_noise(doc: Doc, text: str, ent: Span, first: int, last: int, name: str) -> bool:
    if name in gazetteer.CALENDAR or gazetteer.is_agency(name) or len(name) < 2:
        return True
    if not any(ch.isalpha() for ch in name) or _STORY_CODE.fullmatch(name):
        return True  # "1,200", a wire story's code ("L2N1PK1N5")
    start = doc[first].idx
    end = doc[last - 1].idx + len(doc[last - 1])
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before == "/" or after == "/" or name[:1] == "/" or name[-1:] == "/":
        # "JOHN SMITH/AFP", "Jane Doe/Reuters", and spaCy's "Jane Doe/" of "Jane Doe/The Post"
        return True
    parts = [part.strip() for part in name.split("/")]
    if len(parts) > 1 and any(
            gazetteer.is_agency(part) or gazetteer.is_media(part) or names.looks_personal(part)
            or all(w in names.CREDIT_WORDS for w in part.split()) for part in parts):
        # "Jane Doe/USA Today Sports", "Sputnik/Jane Doe/Kremlin", "Daily Register/Wochit",
        # "Jane Doe/File Photo" as one entity: a credit
        return True
    if _is_closing_credit(text, start, end):
        return True  # "(Jane Doe/The Post)" closing a caption, "(Town Museum/State Archive)"
    if _is_spaced_credit(text, start, end, name, person=ent.label_ == "PERSON"):
        return True
    if ent.label_ in ("PERSON", "ORG") and _is_byline(doc, first, last):
        return True
    if before == "#":
        return True  # "#BoycottAcme": a hashtag, a slogan and not who
    if ent.label_ == "PERSON" and _CHAPTER_VERSE.match(text, doc[first].idx + len(doc[first])):
        # "(Matthew 25:13 NLT)", "Mark 1:40–41", tagged whole or not: a book of scripture
        # cited, not who
        return True
    if _PSALM.fullmatch(name):
        return True  # "the verse of Psalm 137": a psalm cited, tagged a place or a person
    if ent.label_ == "PERSON" and first > 0 and _ORDINAL.fullmatch(doc[first - 1].text):
        return True  # "32nd Ward Ald. Jane Doe" tagged "Ward Ald": a numbered district
    if doc[first].text in names.COURTESY_WORDS or (
            first >= 1 and doc[first - 1].text in names.COURTESY_WORDS):
        return True  # "Courtesy Jane Doe"
    if first >= 2 and doc[first - 1].text == ":" and doc[first - 2].text in names.CREDIT_WORDS:
        return True
    word = first + 1 if gazetteer.is_agency(doc[first].text) else first  # "AP Photo / ..."
    if (last - word > 2 and doc[word].text in names.CREDIT_WORDS
            and doc[word + 1].text in _CREDIT_MARKS):
        return True  # "Photo / Jane Doe File", "Credit: Jane Doe" tagged as one entity
    words = [w for w in name.split() if any(ch.isalpha() for ch in w)]
    if words and all(w.isupper() for w in words) and (
            ent.label_ == "PERSON" or len(words) > 1 or _in_capitals(doc)):
        # all-caps names are photo credits, not how a story names people; and in a headline
        # written in capitals ("... SAYS SECURITY FIRM") a word in capitals is no acronym
        return True
    if _is_dateline(doc, first, last):
        return True
    if ent.label_ in _PLACE_LABELS and _is_marked_dateline(doc, first, last):
        return True
    if ent.label_ in ("ORG", "PERSON", "WORK_OF_ART") and (
            gazetteer.is_media(name) or _outlet_noun_after(doc, last)):
        return _is_source(doc, first, last) or _is_dateline_credit(doc, first, last)
    if ent.label_ == "ORG" and _CALL_SIGN.fullmatch(name):
        return _is_source(doc, first, last)  # "told KTVL": a station, named as a source
    if name in gazetteer.PLATFORMS:
        return _names_a_medium(doc, first, last)
    return False


#: A broadcaster's call sign ("KTVL", "WPIX"): four capitals opening with K or W, as American
#: stations are named; shorter ones are too often something else ("WHO").
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")


#: Nouns right after a name that make it an outlet the table does not know: "GMTV television",
#: "the Augsburger Allgemeine newspaper".
_OUTLET_NOUNS: frozenset[str] = frozenset(
    {"broadcaster", "channel", "daily", "magazine", "network", "newspaper", "radio", "station",
     "television", "tv", "website", "weekly"}
)

#: The outlet nouns no person's name comes before ("Handelsblatt newspaper"; "the Soros network"
#: and "a Trump channel" may be a person's): the name is the outlet's, whatever spaCy tags it.
_PAPER_NOUNS: frozenset[str] = frozenset({"newspaper", "magazine", "broadcaster", "tabloid"})


def _outlet_noun_after(doc: Doc, last: int) -> bool:
    """The name ending before token ``last`` is followed by a noun for an outlet ("told GMTV
    television"): an outlet, dropped like the known ones where only named as a source."""
    return last < len(doc) and doc[last].lower_ in _OUTLET_NOUNS


#: Nouns a social network names the medium of: "a Twitter user", "his Facebook post".
_MEDIUM_NOUNS: frozenset[str] = frozenset(
    {"account", "feed", "follower", "handle", "live", "message", "page", "post", "profile",
     "story", "thread", "user", "video"}
)
#: Prepositions that make a social network where something was said: "wrote on Twitter".
_MEDIUM_PREPOSITIONS: frozenset[str] = frozenset({"on", "via"})


def _names_a_medium(doc: Doc, first: int, last: int) -> bool:
    """The social network at tokens [first, last) is only where something was said or shown,
    as an outlet named as a source is ("told Vogue"): "wrote on Twitter", "said on Facebook",
    "a Twitter user", "his Instagram account". Not where it acts or is acted on ("Twitter
    said it removed the posts", "a ban on Twitter")."""
    root = doc[first:last].root
    if root.dep_ == "pobj" and root.head.lower_ in _MEDIUM_PREPOSITIONS:
        return root.head.head.pos_ in ("VERB", "AUX")
    return root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _MEDIUM_NOUNS


def _is_closing_credit(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is inside brackets that close its line and hold a slash,
    as a caption's credit does: "... walk to the hospital. (Jane Doe/The Post)", or that open
    right after the end of a sentence, as a caption's credit without a slash does ("... in the
    1980s. (Montefiore Health System)"). Brackets in a sentence ("(D-Texas)") are left alone."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    left = text[line_start:start]
    right = text[end:len(text) if line_end == -1 else line_end].rstrip()
    opened = left.rfind("(")
    if opened == -1 or ")" in left[opened:] or not right.endswith(")") or "(" in right:
        return False
    inside = left[opened:] + text[start:end] + right
    if inside.count(")") != 1:
        return False
    # a sentence of its own in brackets ("(Nadal is 5-2 in those meetings.)") is no credit
    return "/" in inside or (left[:opened].rstrip()[-1:] in _SENTENCE_ENDS
                             and inside[:-1].rstrip()[-1:] not in _SENTENCE_ENDS
                             and len(inside.split()) <= _MAX_CREDIT_WORDS)


#: The most words of a caption's credit in brackets without a slash ("(Family photo)").
_MAX_CREDIT_WORDS = 6
#: The share of a paragraph's words in capitals that makes it a headline written in capitals.
_CAPITALS_SHARE = 0.6
#: The fewest words a paragraph needs to be judged written in capitals.
_CAPITALS_MIN_WORDS = 4


def _in_capitals(doc: Doc) -> bool:
    """The paragraph is written in capitals, as a headline or a banner."""
    words = [t for t in doc if t.is_alpha]
    return (len(words) >= _CAPITALS_MIN_WORDS
            and sum(t.is_upper for t in words) > _CAPITALS_SHARE * len(words))


def _is_dateline(doc: Doc, first: int, last: int) -> bool:
    """The place of a dateline opening a paragraph: one word in capitals the gazetteer does not
    know ("NATO, ..." it does), perhaps with its country or state, then a mark: "KYIV —",
    "WASHINGTON (Reuters) -", and without the comma, "NAIROBI  Kenya ( AP ) —", where spaCy
    tags the city alone or with the country glued on."""
    head = doc[first]
    if (not _opens_dateline(doc, first) or not head.is_alpha or not head.is_upper
            or gazetteer.lookup(head.text) is not None):
        return False
    glued = doc[first + 1:last].text.strip()
    if glued and gazetteer.lookup(_one_line(glued)) is None:
        return False
    i = _after_spaces(doc, last)
    if i < len(doc) and doc[i].text not in _DATELINE_MARKS and not glued:
        # the country or state after the city, written without the comma
        i = next((_after_spaces(doc, i + n) for n in range(3, 0, -1)
                  if i + n <= len(doc) and gazetteer.lookup(doc[i:i + n].text) is not None),
                 len(doc))
    return i < len(doc) and doc[i].text in _DATELINE_MARKS


#: Entity labels of places, which may open a dateline.
_PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
#: The most tokens of the agency's or outlet's name in a dateline's brackets ("( AP )").
_MAX_SOURCE_TOKENS = 4


def _opens_dateline(doc: Doc, first: int) -> bool:
    """Only spaces, or the first words of a dateline's place in capitals, come before token
    ``first`` on its paragraph: "LUCIE" of "PORT ST. LUCIE –", "Peru" of "LIMA  Peru —"."""
    return all(t.is_space or t.is_upper or t.text in (".", ",") for t in doc[:first])


def _is_marked_dateline(doc: Doc, first: int, last: int) -> bool:
    """A place (the gazetteer's or spaCy's) named as the dateline opening its paragraph: where
    the story was filed, not who acts, however it is written. An agency or an outlet in
    brackets follows it ("Sydney (AFP) –", "Erbil (CNN)"), or a dash where the place is written
    in capitals or after the city of the dateline ("WASHINGTON ―", "LIMA  Peru —"); "Russia —
    which ... —" opening a sentence is the actor."""
    if not _opens_dateline(doc, first):
        return False
    i = _after_spaces(doc, last)
    if i >= len(doc):
        return False
    if doc[i].text == "(":
        close = next((j for j in range(i + 1, min(i + _MAX_SOURCE_TOKENS + 2, len(doc)))
                      if doc[j].text == ")"), None)
        source = doc[i + 1:close].text.strip() if close is not None else ""
        return gazetteer.is_agency(source) or gazetteer.is_media(source)
    in_capitals = all(t.is_upper for t in doc[first:last] if t.is_alpha)
    after_city = any(not t.is_space for t in doc[:first])
    return doc[i].text in _DATELINE_DASHES and (in_capitals or after_city)


#: Brackets around the outlet of a dateline's credit, as printed and as some corpora write them.
_OPEN_BRACKETS: frozenset[str] = frozenset({"(", "-LRB-"})
_CLOSE_BRACKETS: frozenset[str] = frozenset({")", "-RRB-"})
#: The most tokens of a dateline before its credit's brackets ("ABU DHABI  United Arab Emirates",
#: "Feb. 27").
_MAX_DATELINE_TOKENS = 6


def _is_dateline_credit(doc: Doc, first: int, last: int) -> bool:
    """The outlet at tokens [first, last) is the credit of the dateline opening its paragraph:
    in brackets after nothing but the dateline's place or date ("Erbil (CNN)", "Feb. 27 (UPI)",
    "(CNN)" alone, "-LRB- Vatican Radio -RRB-"). The outlet filed the story; it is not an actor
    of it. The dateline is capitalised words, numbers and marks, no sentence ("Ivo Tamber told
    (CNN) ..." is none)."""
    opened = _before_spaces(doc, first - 1)
    closed = _after_spaces(doc, last)
    if (opened < 0 or doc[opened].text not in _OPEN_BRACKETS or closed >= len(doc)
            or doc[closed].text not in _CLOSE_BRACKETS):
        return False
    head = [t for t in doc[:opened] if not t.is_space]
    return len(head) <= _MAX_DATELINE_TOKENS and all(
        t.text[:1].isupper() or t.text[:1].isdigit() or t.is_punct for t in head)


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


def _is_spaced_credit(text: str, start: int, end: int, name: str, *, person: bool) -> bool:
    """A photo credit written with a spaced slash: "REUTERS / Jane Doe", "Jane Doe / Getty".

    spaCy may keep the whole credit as one entity, or split it at the slash. A spaced slash in
    prose ("Paris / Berlin") is rare, so it marks a credit only next to an agency or a person.
    """
    if "/" in name:
        return any(gazetteer.is_agency(part.strip()) for part in name.split("/"))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    left = text[line_start:start].rstrip(" ")
    right = text[end:len(text) if line_end == -1 else line_end].lstrip(" ")
    if right.startswith("/"):
        other = right[1:].strip()
    elif left.endswith("/"):
        other = left[:-1].strip()
    else:
        return False
    return person or gazetteer.is_agency(name) or gazetteer.is_agency(other)


def _is_byline(doc: Doc, first: int, last: int) -> bool:
    """A name in a byline or credit: "By Jane Doe and John Roe", "(Reporting by Jane Doe; ...)".

    Walks back over the names and "and"s before it to the "by"; that "by" must open its line
    (or a bracket), or follow a credit word ("Reporting", "Editing"), so "was won by Jane Doe"
    in a sentence is not a byline.
    """
    if last < len(doc) and doc[last].text in _POSSESSIVE:
        return False  # "By Jane Doe's account, ..." opens a sentence
    i = first - 1
    while i >= 0 and (doc[i].text in _BYLINE_JOINERS or doc[i].ent_type_ in ("PERSON", "ORG")):
        i -= 1
    if i < 0 or doc[i].lower_ != "by":
        return False
    if i == 0 or doc[i - 1].is_space or doc[i - 1].text in ("(", "[", "|"):
        return True
    return doc[i - 1].lower_ in gazetteer.BYLINE_WORDS


def _is_source(doc: Doc, first: int, last: int) -> bool:
    """Whether the outlet at tokens [first, last) is only named as the source of a report."""
    i = first
    while i > 0 and doc[i - 1].text in _ARTICLES:
        i -= 1
    before = tuple(t.lower_ for t in doc[max(i - 3, 0):i])
    if any(before[-len(p):] == p for p in _SOURCE_BEFORE if len(p) <= len(before)):
        return True
    root = doc[first:last].root
    if root.dep_ in _SUBJECT_DEPS and root.head.lemma_ in _REPORT_VERBS:
        return True
    return root.dep_ == "poss" and root.head.lemma_ in _REPORT_NOUNS


def _gazetteer_candidates(doc: Doc, text: str, ent_span: Mapping[int, tuple[int, int, str]]
                          ) -> Iterable[_Cand]:
    n_tokens = len(doc)
    first_words = gazetteer.FIRST_WORDS
    i = 0
    while i < n_tokens:
        tok = doc[i]
        if tok.text not in first_words:
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
        elif (house := _legislature_after(doc, i + n, entry)) is not None:
            end = house.idx + len(house)  # "United States Senate": the chamber, not the country
            yield _Cand(tok.idx, end, _one_line(text[tok.idx:end]), ActorKind.ORGANIZATION,
                        "name", _P_GAZETTEER)
            i = house.i + 1
        elif (team := _team_after(doc, i + n, entry)) is not None:
            end = team.idx + len(team)  # "the Dallas Cowboys": the team, not the city
            yield _Cand(tok.idx, end, _one_line(text[tok.idx:end]), ActorKind.ORGANIZATION,
                        "name", _P_GAZETTEER)
            i = team.i + 1
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


#: Marks that end a sentence, quoted or not.
_SENTENCE_ENDS: frozenset[str] = frozenset({".", "!", "?", "'", '"', "’", "”"})


def _team_after(doc: Doc, last: int, entry: gazetteer.Entry) -> Token | None:
    """The nickname of a team right after a city, a state or a capital ("the Dallas Cowboys",
    "the Tennessee Titans", "Washington Nationals"; ``gazetteer.TEAMS``), which spaCy often tags
    apart from the place: the place is then the first words of the team's name, not an actor.
    None where no team's nickname follows."""
    if last >= len(doc) or not (entry.kind is ActorKind.PLACE or entry.via == "capital"):
        return None
    nickname = doc[last]
    return nickname if nickname.text in gazetteer.TEAMS else None


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
                and not any(doc[i].text in gazetteer.STATE_ORGANS
                            and doc[i].text not in gazetteer.LEGISLATURES
                            for i in range(e_first, e_last))):
            return False
        # "the U.S. Open", "the Australian Open", "the Mexican Grand Prix": an event named
        # with the country is no mention of it (names.EVENT_WORDS: its last word says so)
        if longer and entry.kind is ActorKind.COUNTRY and doc[e_last - 1].text in names.EVENT_WORDS:
            return False
        # "Ohio State University", "the Texas Rangers", "Navi Mumbai": a state or a city inside
        # a longer name is part of that name
        if longer and entry.kind is ActorKind.PLACE:
            return False
    if entry.adjective:
        return _adjective_is_actor(doc, first, last)
    return True


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
        first_of = head
        while first_of.dep_ == "conj" and first_of.head.i < first_of.i:
            first_of = first_of.head
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
    """"the village of Eskar", "residents of Brask"; not "the government of Karesh"."""
    root = doc[first:last].root
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in _PLACE_NOUNS)


#: Nouns whose "of" names streets: "the corner of Kedzie and Montrose".
_CORNER_NOUNS: frozenset[str] = frozenset({"corner", "intersection"})


def _is_street_corner(doc: Doc, first: int, last: int) -> bool:
    """The name is a street at a corner: "the corner of Kedzie and Montrose", "the intersection
    of Elm and Main" (spaCy tags such streets as people or groups)."""
    root = doc[first:last].root
    while root.dep_ == "conj" and root.head.i < root.i:  # "... and Montrose"
        root = root.head
    return (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in _CORNER_NOUNS)


def _adjective_is_actor(doc: Doc, first: int, last: int) -> bool:
    """"Russian troops", "the Chinese said", "Russian-backed": yes; "speaks Russian", "American
    cheese" (``names.DEMONYM_THINGS``): no."""
    if last < len(doc) and doc[last].text == "-":
        return True
    tail = doc[last - 1]
    while tail.dep_ == "conj" and tail.head.i < tail.i:  # "British and French officials"
        tail = tail.head
    if tail.dep_ in _ADJECTIVE_DEPS and tail.head.pos_ in ("NOUN", "PROPN") \
            and tail.head.i != tail.i:
        # "American cheese", "a British accent": a food, a way of speaking; no country acts
        return tail.head.lower_ not in names.DEMONYM_THINGS
    if tail.ent_type_ != "NORP":
        return False
    # a demonym standing alone is the people ("the Chinese") as a subject or after "the";
    # as a bare object it is usually the language ("in French")
    return tail.dep_ in _SUBJECT_DEPS or (first > 0 and doc[first - 1].lower_ == "the")


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


def _lower_case_words(paras: Sequence[_Para]) -> frozenset[str]:
    """The words the article writes in lower case somewhere: "white" makes "White" a word, not
    a name, in the rules that take untagged words for names."""
    return frozenset(t.text for para in paras for t in para.doc if t.text.islower())


#: "the " right before a name: "the Post" is an outlet, "a Times Magazine article" is not.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _drop_common_words(paras: list[_Para], *, common: frozenset[str],
                       personal: frozenset[str]) -> None:
    """A one-word name spaCy tagged that the article also writes in lower case ("String" beside
    "a string quartet", "Magazine" cut from a heading beside "the magazine") is a word the
    tagger took for a name, not an actor: all its mentions are held as noise; so is one named
    only once, as the first word of a sentence, which the tagger reads as an adjective, a common
    noun or a verb ("Broken windows were seen", "Extra tickets"). A given name, a
    name the gazetteer, the outlets or the known bodies hold, a name in capitals, one a title or
    a clause with "his" or "her" makes a person's (``personal``), and a name also written
    another way (joined to a full name, an alias) are left alone."""
    plain: dict[str, bool] = {}  # actor -> every mention is the bare word itself
    outlets: set[str] = set()  # "the Post", "the Times": an outlet named by its last word
    opener: dict[str, bool] = {}  # actor -> named once, as a word that opens a sentence
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if not c.noise:
                plain[c.actor] = plain.get(c.actor, True) and c.via == "name" and not c.titled \
                    and text[c.start:c.end] == c.actor
                opener[c.actor] = c.actor not in opener and _opens_sentence_as_word(para.doc, c)
                if c.actor in gazetteer.MEDIA_WORDS and _THE_BEFORE.search(text, 0, c.start):
                    outlets.add(c.actor)
    words = {a for a, bare in plain.items()
             if bare and " " not in a and (a.lower() in common or opener[a]) and not a.isupper()
             and a not in personal and a not in outlets and a not in names.GIVEN_NAMES
             and gazetteer.lookup(a) is None and not gazetteer.is_media(a)
             and a not in gazetteer.NAMED_BODIES}
    for para in paras:
        for c in para.cands:
            if c.actor in words:
                c.noise = True


#: A pronoun and its verb written as one word with an opening quotation mark for the
#: apostrophe ("I‘m", "We‘ll"), which the tokenizer leaves whole and spaCy may tag as a name.
_CONTRACTION = re.compile(r"(?:I|You|We|They|He|She|It)[’'‘](?:m|re|ve|ll|d|s)")


#: Parts of speech of a capitalised word that opens a sentence as a word, not a name
#: ("Broken windows", "Extra tickets", "Trains whistled").
_WORD_POS: frozenset[str] = frozenset({"ADJ", "NOUN", "VERB"})


def _opens_sentence_as_word(doc: Doc, c: _Cand) -> bool:
    """The candidate is one word that opens a sentence, where a capital says nothing, that the
    tagger reads as an adjective, a common noun or a verb, not a proper noun, and that the
    English lexicon lists (an unknown name the tagger calls a noun is still a name)."""
    span = doc.char_span(c.start, c.end)
    if span is None or len(span) != 1 or not span[0].is_sent_start:
        return False
    tok = span[0]
    words = lexicon_words()
    return tok.pos_ in _WORD_POS and (tok.lower_ in words or tok.lemma_.lower() in words)


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
    for people in full.values():
        for name in people:
            words = name.split()
            openers.setdefault(words[0], set()).add(name)
            for k in range(1, len(words) - 1):  # "La Canfora" of "Jason La Canfora"
                tails.setdefault(" ".join(words[k:]), set()).add(name)
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
_CAPITAL_PARTICLE = re.compile(r"([A-Z][a-z]{1,2})-(?=[A-Z])")


def _particle_lowered(name: str) -> str:
    """The name with its opening particle in lower case, as the full name writes it
    ("Al-Khazali" -> "al-Khazali"); the name itself where it opens with none."""
    m = _CAPITAL_PARTICLE.match(name)
    if m is None or m.group(1).lower() not in names.PARTICLES:
        return name
    return name[0].lower() + name[1:]


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
    count: dict[str, int] = {}
    for para in paras:
        for c in para.cands:
            if not c.noise:
                count[c.actor] = count.get(c.actor, 0) + 1
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


def _join_short_org_names(paras: list[_Para]) -> None:
    """"The Front denies it" after "the Highland Liberation Front": the one organisation or group
    in the article whose name ends with that word. "Cato" after "the Cato Institute", "Ohio
    State" after "Ohio State University": the one whose name is that name and an organisation
    word ("Bentley Motors"), unless a person carries the one word ("Harvey Weinstein" beside
    "Weinstein Company"). "Hawks" after "Blackhawks": the one body written as one word that
    ends with it (``_compounds_ending_with``). "Fidelity" after "Fidelity Investments": the one
    organisation whose name opens with it, unless that name is a part of it or a thing it runs
    ("Senate Ethics Committee", "AFC North"; names.json part_words) or names two ("Fox &
    Friends"); a word in capitals is an initialism, joined by ``_join_initialisms``. "Disney
    Animation Studios" after "Walt Disney Animation Studios": the one organisation named after
    a person whose name is that name behind the founder's given name. "District 203" or "City
    Council" after "Naperville Unit District 203", "Chicago City Council": the one body whose
    name ends with that local body's name (names.json local_words); a national body's short
    name ("Supreme Court") is left apart from a state's longer one."""
    longer: dict[str, set[str]] = {}
    opened: dict[str, set[str]] = {}
    personal: set[str] = set()
    single: set[str] = set()  # one-word bodies, for the compounds ending with a short name
    named_first: dict[str, set[str]] = {}  # organisations by their first word
    after_given: dict[str, set[str]] = {}  # organisations by their name behind a given name
    ended: dict[str, set[str]] = {}  # bodies by a local body's name they end with
    for para in paras:
        for c in para.cands:
            words = c.actor.split()
            if c.kind is ActorKind.PERSON:
                personal.update(words)
            elif c.kind in _BODY_KINDS and not c.noise and len(words) > 1:
                if words[-2] != "of":
                    # "Congress" is not short for "the Library of Congress": a name after
                    # "of" is what the body is of, not its head
                    longer.setdefault(words[-1], set()).add(c.actor)
                if (c.kind is ActorKind.ORGANIZATION and not names.PART_WORDS & set(words)
                        and not _PAIR_WORDS & set(words)):
                    named_first.setdefault(words[0], set()).add(c.actor)
                if (c.kind is ActorKind.ORGANIZATION and len(words) > 2
                        and names.is_given_name(words[0])):
                    after_given.setdefault(" ".join(words[1:]), set()).add(c.actor)
                if words[-1] in names.ORG_WORDS:
                    opened.setdefault(" ".join(words[:-1]), set()).add(c.actor)
                for k in range(1, len(words) - 1):
                    if words[k] in names.LOCAL_WORDS:  # "Chicago City Council": "City Council"
                        ended.setdefault(" ".join(words[k:]), set()).add(c.actor)
            elif c.kind in _BODY_KINDS and not c.noise:
                single.add(c.actor)
    bodies = {b for found in longer.values() for b in found}
    for para in paras:
        for c in para.cands:
            if (c.from_entity and c.kind is ActorKind.PLACE and " " not in c.actor
                    and gazetteer.lookup(c.actor) is None):
                # "Merida's aid" beside "the Merida Initiative": a place spaCy found, named
                # for the one programme named after it (names.json programme_words)
                found = {b for b in named_first.get(c.actor, ())
                         if b.split()[-1] in names.PROGRAMME_WORDS}
                if len(found) == 1:
                    (c.actor,) = found
                    c.kind, c.via = ActorKind.ORGANIZATION, "alias"
                continue
            if not c.from_entity or c.kind not in _BODY_KINDS:
                continue
            if " " not in c.actor:
                # "Muslims" alone are the faith's, not the "Rohingya Muslims" named beside them
                found = longer.get(c.actor) if c.actor not in names.FAITHFUL_NOUNS else None
                if (found is None or len(found) != 1) and c.actor not in personal:
                    found = opened.get(c.actor)
                if found is None or len(found) != 1:
                    found = _compounds_ending_with(c.actor, single)
                if found is None or len(found) != 1:
                    # "Cavs" after "the Cleveland Cavaliers": a team's nickname clipped
                    found = _teams_clipped_to(c.actor, single | {b for bs in longer.values()
                                                                 for b in bs})
                if ((found is None or len(found) != 1) and c.kind is ActorKind.ORGANIZATION
                        and c.actor not in personal and c.actor[1:].islower()
                        and c.actor not in gazetteer.STATE_ORGANS):
                    # "Fidelity" after "Fidelity Investments", "Pixar" after "Pixar Animation
                    # Studios": the one organisation whose name opens with it
                    found = named_first.get(c.actor)
            else:  # a longer name joins only the name it opens: "Ohio State" its University
                found = opened.get(c.actor)
                if found is None or len(found) != 1:
                    # "District 203" after "Naperville Unit District 203": a local body's name
                    found = ended.get(c.actor)
                if (found is None or len(found) != 1) and c.kind is ActorKind.ORGANIZATION:
                    # or the name it closes behind the founder's given name ("Walt")
                    found = after_given.get(c.actor)
                elif found is not None and len(found) == 1 and len(
                        fuller := after_given.get(next(iter(found)), set())) == 1:
                    # "Disney Animation" opens "Disney Animation Studios", itself the one
                    # "Walt Disney Animation Studios" closes: the longest name, one actor
                    found = fuller
                if found is None or len(found) != 1:
                    found = _owned_or_plural(para.paragraph.text, c, bodies)
            if found is not None and len(found) == 1:
                (c.actor,) = found
                c.via = "alias"


#: An owner's name and its possessive right before a name: "Walt Disney's " of "Walt Disney's
#: Animation Studios" (a corpus may leave the apostrophe a bare "â").
_OWNER_BEFORE = re.compile(r"((?:[A-Z][\w.&-]*\s)*[A-Z][\w.&-]*)(?:['’]s|â)\s+$")


def _owned_or_plural(text: str, c: _Cand, bodies: Container[str]) -> set[str] | None:
    """The one body of ``bodies`` that the name of candidate ``c`` is cut from: with its
    owner's possessive before it ("Walt Disney's Animation Studios", spaCy tagging the name
    behind it: the "Walt Disney Animation Studios" named in full), or with its organisation word
    written in the plural ("the Cato Institutes' report" beside "the Cato Institute"; names.json
    org_words). None where neither is named."""
    if (m := _OWNER_BEFORE.search(text, 0, c.start)) is not None:
        owner = m.group(1).split()
        for k in range(len(owner)):
            if (whole := " ".join([*owner[k:], c.actor])) in bodies:
                return {whole}
    words = c.actor.split()
    if words[-1].endswith("s") and words[-1][:-1] in names.ORG_WORDS \
            and (single := c.actor[:-1]) in bodies:
        return {single}
    return None


def _join_firms_by_first_word(paras: list[_Para], kinds: Mapping[str, ActorKind]) -> None:
    """A one-word name the article makes an organisation ("Sandell, which holds a stake",
    ``kinds``: decided from all its mentions), where spaCy read some of its mentions as a
    surname, is the one organisation named in the article whose name opens with it and ends
    with an organisation word ("Sandell Asset Management"; names.json org_words), as
    ``_join_short_org_names`` joins the mentions spaCy tagged a body before the kinds are
    known. A word a person's full name carries, one the article makes a person's ("Kestrel
    sold his house"), and a body the word lists know ("Bitcoin" beside the "Bitcoin
    Foundation") are left alone."""
    carried = {w for para in paras for c in para.cands
               if c.kind is ActorKind.PERSON and " " in c.actor for w in c.actor.split()}
    firms: dict[str, set[str]] = {}
    for para in paras:
        for c in para.cands:
            words = c.actor.split()
            if (not c.noise and c.kind is ActorKind.ORGANIZATION and len(words) > 1
                    and words[-1] in names.ORG_WORDS
                    and not (names.PART_WORDS | _PAIR_WORDS) & set(words)):
                firms.setdefault(words[0], set()).add(c.actor)
    for para in paras:
        for c in para.cands:
            if (c.noise or c.priority == _P_CONFIG or " " in c.actor or c.actor in carried
                    or kinds.get(c.actor) is not ActorKind.ORGANIZATION
                    or not c.actor[1:].islower() or c.actor in gazetteer.NAMED_BODIES
                    or gazetteer.lookup(c.actor) is not None):
                continue
            if len(found := firms.get(c.actor, ())) == 1:
                (c.actor,) = found
                c.kind, c.person, c.via = ActorKind.ORGANIZATION, "", "alias"


#: Words that make a name two bodies' ("Fox & Friends" is a show, not Fox).
_PAIR_WORDS: frozenset[str] = frozenset({"&", "and", "of"})
#: The fewest letters of a short name found as the end of a one-word name ("Hawks").
_MIN_TAIL_LETTERS = 4


def _compounds_ending_with(name: str, bodies: set[str]) -> set[str]:
    """The one-word bodies written as one word ending with ``name`` in small letters:
    "Blackhawks" for "Hawks", a team's nickname cut short. Not "NYPost" for "Post", where the
    capital says "Post" is a word of its own that other outlets' names end with too."""
    if len(name) < _MIN_TAIL_LETTERS:
        return set()
    tail = name[0].lower() + name[1:]
    return {b for b in bodies if b != name and b.endswith(tail) and b[-len(tail) - 1].isalpha()}


def _teams_clipped_to(name: str, bodies: set[str]) -> set[str]:
    """The teams in ``bodies`` whose nickname ``name`` clips, as fans and headlines shorten it:
    "Cavs" of the "Cleveland Cavaliers", "Bucs" of the "Buccaneers": both nicknames of one home
    place (``gazetteer.CLUB_HOMES``), the short one the long one's opening letters and a plural
    "s" ("Eagles" and "Phillies" share a home, and are two clubs)."""
    stem = name.removesuffix("s")
    homes = gazetteer.CLUB_HOMES.get(name)
    if stem == name or not homes:
        return set()
    return {b for b in bodies if (nickname := b.split()[-1]) != name
            and nickname.startswith(stem) and homes & gazetteer.CLUB_HOMES.get(nickname, set())}


#: An initialism of a body's name as stories write it: "NHL", "AFSCME", "DOJ"; two letters
#: are too often something else ("AJ", a given name) to join by spelling alone.
_INITIALISM = re.compile(r"[A-Z]{3,7}")
#: A place's initials: two capitals ("NY" of "New York").
_PLACE_INITIALISM = re.compile(r"[A-Z]{2}")
#: A word of a name in capitals, an initialism of its own, which an initialism of the whole
#: name keeps whole ("USA" of "USA Gymnastics", shortened "USAG").
_CAPITALS_WORD = re.compile(r"[A-Z]{2,4}")
#: A name's words, split at spaces and hyphens ("Self-Defense" is two).
_NAME_WORDS = re.compile(r"[^\s-]+")
#: Words an initialism leaves out ("the", "and"; "of" it may keep: "DOJ").
_NOT_SPELT: frozenset[str] = frozenset({"the", "and", "&"})
#: A department or ministry named before its subject ("Justice Department") or after it
#: ("Department of Justice"): one body.
_DEPARTMENT_FIRST = re.compile(r"(Department|Ministry) of ([A-Z]\w+)")


#: The fewest letters left after a prefix for a word to be read as two ("Counter-terrorism").
_MIN_AFTER_PREFIX = 4


def _initialisms(name: str) -> frozenset[str]:
    """The initialisms of a body's name of two words or more: the first letters of its
    capitalised words ("American Federation of State County and Municipal Employees" ->
    "AFSCME"), and of all its words but "the" and "and" ("Department of Justice" -> "DOJ");
    each also with a word made of a prefix and a word spelt as two ("National Counterterrorism
    Center" -> "NCTC"; ``names.WORD_PREFIXES``), with a last word the story leaves out
    ("Florida State" -> "FSU"; ``names.IMPLIED_WORDS``), and with a word in capitals spelt
    whole, as stories shorten a name that holds an initialism ("USA Gymnastics" -> "USAG")."""
    words = [w for w in _NAME_WORDS.findall(name) if w not in _NOT_SPELT]
    if len(words) < 2:
        return frozenset()
    split: list[str] = []
    for w in words:
        prefix = next((p for p in names.WORD_PREFIXES
                       if w.startswith(p) and len(w) - len(p) >= _MIN_AFTER_PREFIX), None)
        split.extend((prefix, w[len(prefix):].capitalize()) if prefix else (w,))
    variants = [words, split]
    if (implied := names.IMPLIED_WORDS.get(words[-1])) is not None:
        variants += [[*v, implied] for v in variants]
    out: set[str] = set()
    for v in variants:
        out.add("".join(w[0] for w in v if w[0].isupper()))
        out.add("".join(w[0].upper() for w in v))
        if any(_CAPITALS_WORD.fullmatch(w) for w in v):
            out.add("".join(w if _CAPITALS_WORD.fullmatch(w) else w[0]
                            for w in v if w[0].isupper()))
    return frozenset(out)


def _join_initialisms(paras: list[_Para]) -> None:
    """Two names of one body in one article: an initialism ("NHL") is the organisation or group
    whose name it spells ("National Hockey League"), where exactly one does, whatever spaCy tags
    the initialism (a place, a person); "Justice Department" is the "Department of Justice"
    named beside it. A place's two capitals ("NY", "LA") are the place of two words or more
    named in the article that they spell ("New York"); longer initialisms of places spell
    bodies as often ("NYPD" is no place). Initialisms the gazetteer knows are its own, and a
    person's initials ("JFK") join nothing. An initialism that spells only a law, a programme
    or an event the article names ("Temporary Protected Status", "TPS";
    ``names.is_place_or_event``) is that text or event, no actor either."""
    spelt: dict[str, set[str]] = {}
    bodies: dict[str, ActorKind] = {}
    texts: set[str] = set()  # the initialisms of the laws, programmes and events named
    for para in paras:
        for c in para.cands:
            if c.noise and " " in c.actor and names.is_place_or_event(c.actor):
                texts.update(_initialisms(c.actor))
            if c.noise or " " not in c.actor:
                continue
            if c.kind in _BODY_KINDS:
                bodies[c.actor] = c.kind
                for initials in _initialisms(c.actor):
                    spelt.setdefault(initials, set()).add(c.actor)
            elif c.kind is ActorKind.PLACE:
                bodies[c.actor] = c.kind
                for initials in _initialisms(c.actor):
                    if _PLACE_INITIALISM.fullmatch(initials):
                        spelt.setdefault(initials, set()).add(c.actor)
    turned = {f"{m.group(2)} {m.group(1)}": name for name in bodies
              if (m := _DEPARTMENT_FIRST.fullmatch(name)) is not None}
    headed: dict[str, set[str]] = {}  # "LA Times" -> {"Los Angeles Times"}
    for name, kind in bodies.items():
        if kind in _BODY_KINDS:
            for short in _initialled_heads(name):
                headed.setdefault(short, set()).add(name)
    for para in paras:
        for c in para.cands:
            if not c.from_entity or c.noise or c.priority == _P_CONFIG:
                continue
            if c.actor in turned and c.kind in _BODY_KINDS:
                c.actor, c.via = turned[c.actor], "alias"
                continue
            if len(whole := headed.get(c.actor, ())) == 1:
                (body,) = whole
                c.actor, c.kind, c.via = body, bodies[body], "alias"
                continue
            found = spelt.get(c.actor)
            if (found is None and c.actor in texts and _INITIALISM.fullmatch(c.actor)
                    and gazetteer.lookup(c.actor) is None):
                c.noise = True
                continue
            if (found is not None and len(found) == 1 and gazetteer.lookup(c.actor) is None
                    and not names.is_given_name(c.actor)):
                (body,) = found
                if _INITIALISM.fullmatch(c.actor) or (bodies[body] is ActorKind.PLACE
                                                      and _PLACE_INITIALISM.fullmatch(c.actor)):
                    c.actor, c.kind, c.via = body, bodies[body], "alias"


def _initialled_heads(name: str) -> list[str]:
    """A body's name of three words or more with its first capitalised words written as their
    initials, as stories shorten a place or a name inside it: "LA Times" of "Los Angeles Times",
    "UN General Assembly" of "United Nations General Assembly"; at least two words go to
    initials and one stays whole."""
    words = name.split()
    out: list[str] = []
    for k in range(2, len(words)):
        head = words[:k]
        if not all(w[:1].isupper() and w[1:].islower() for w in head):
            break
        out.append(" ".join(["".join(w[0] for w in head), *words[k:]]))
    return out


def _join_formal_names(paras: list[_Para]) -> frozenset[str]:
    """A state named formally in the article ("the Republic of Veldora", ``_formal_name``) is
    named by its short name alone too: a bare "Veldora", whatever spaCy tagged it (a person, an
    organisation, a place), is that country, as a bare name the gazetteer knows is ("Jordan"
    beside "Michael Jordan"); a titled one ("Ms Veldora") stays a person's. Returns the short
    names, whose kind is the country's. Only within the article: a bare name alone is what
    spaCy says (a person may bear it), and its demonyms are not guessed."""
    states = frozenset(c.actor for para in paras for c in para.cands if c.formal and not c.noise)
    if not states:
        return states
    for para in paras:
        for c in para.cands:
            if c.from_entity and not c.noise and not c.titled and c.actor in states:
                # a gazetteer name's candidate now: no surname, first-name or body join takes it
                c.kind, c.person, c.from_entity, c.priority = (ActorKind.COUNTRY, "", False,
                                                               _P_GAZETTEER)
    return states


#: The capitalised word right before a name, and the space after it: "Social " of "Social
#: Democrats" where spaCy tagged "Democrats" alone.
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+) $")


def _join_other_names(paras: list[_Para]) -> None:
    """Two names of one actor that share no word ("Pope Francis" and "Bergoglio", "Metropolitan
    Opera" and "Met"; names.json 'other_names'): the other name joins the actor the article
    gives the name written the first way ("Francis", the title cut off), where it writes it so;
    alone, the other name stays as written ("the Met" may be the museum). An other name of two
    words spaCy cut to its last ("the Christian Democrats" tagged "Democrats") joins with the
    word before it."""
    joined: dict[str, str] = {}
    for para in paras:
        for c in para.cands:
            written = _one_line(para.paragraph.text[c.start:c.end])
            if not c.noise and (others := names.OTHER_NAMES.get(written)) is not None:
                joined.update((other, c.actor) for other in others if other != c.actor)
    if not joined:
        return
    for para in paras:
        for c in para.cands:
            if c.noise or c.priority == _P_CONFIG:
                continue
            text = para.paragraph.text
            # the word before first: "Democrats" of "Christian Democrats" may have joined the
            # "Social Democrats" named in full elsewhere
            if ((m := _WORD_BEFORE.search(text, 0, c.start)) is not None
                    and (longer := f"{m.group(1)} {_one_line(text[c.start:c.end])}") in joined):
                c.start, c.actor, c.via = m.start(1), joined[longer], "alias"
            elif c.actor in joined:
                c.actor, c.via = joined[c.actor], "alias"


#: Dependencies of a name after "born" that is what the person was born as ("born Jane Doe").
_BORN_AS_DEPS: frozenset[str] = frozenset({"dobj", "oprd", "attr"})
#: Dependencies of the subject of a clause, active or passive.
_ANY_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})


def _born_as_whom(doc: Doc, start: int, end: int) -> Token | None:
    """The token of the person a name at ``start:end`` is the birth name of: "Tova Lind, born
    Ilse Marrow" (the name "born" hangs on), "Born Ilse Marrow in 1931, Tova Lind sang" and
    "Tova Lind was born Ilse Marrow" (the subject of the clause); None for any other name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span) or span.root.dep_ not in _BORN_AS_DEPS:
        return None
    born = span.root.head
    if born.lower_ != "born":
        return None
    if born.dep_ == "acl":
        return born.head
    clause = born.head if born.dep_ == "advcl" else born
    return next((t for t in clause.children if t.dep_ in _ANY_SUBJECT_DEPS), None)


def _join_birth_names(paras: list[_Para]) -> None:
    """A birth name ("Lewis, born Joseph Levitch", "Born Joseph Levitch in Newark, Lewis
    rose") is the person it was given to, named in the same sentence: one actor, not two."""
    for para in paras:
        for c in para.cands:
            if c.noise or c.kind is not ActorKind.PERSON or c.priority == _P_CONFIG:
                continue
            whom = _born_as_whom(para.doc, c.start, c.end)
            if whom is None:
                continue
            owner = next((o for o in para.cands if o is not c and not o.noise
                          and o.kind is ActorKind.PERSON and o.start <= whom.idx < o.end), None)
            if owner is not None:
                c.actor, c.person, c.via = owner.actor, owner.person, "alias"


#: Entity labels of a language's name ("in Kurdish", "in Arabic"; spaCy may tag "Turkish" a GPE).
_LANGUAGE_LABELS: frozenset[str] = frozenset({"NORP", "LANGUAGE", "GPE"})


def _in_a_language(doc: Doc, i: int) -> bool:
    """Tokens from ``i`` read "in LANGUAGE" and end there ("in Kurdish,", "in Arabic)", or the
    spaces a corpus leaves for a stripped comma), as an other language's name is glossed;
    "in Turkish hands" goes on and is no gloss."""
    if i + 1 >= len(doc) or doc[i].lower_ != "in":
        return False
    lang = doc[i + 1]
    entry = gazetteer.lookup(lang.text)
    if not lang.text[:1].isupper() or not (lang.ent_type_ in _LANGUAGE_LABELS
                                           or (entry is not None and entry.adjective)):
        return False
    return i + 2 >= len(doc) or doc[i + 2].is_space or doc[i + 2].is_punct


def _join_names_in_other_languages(paras: list[_Para]) -> None:
    """A name glossed as another language's name for the one right before it ("the district of
    Altun Kupri, or Perde in Kurdish", "Eskar (Eskari in Arabic)") is that actor, whatever spaCy
    tagged it (the other name of a town as a person)."""
    for para in paras:
        doc = para.doc
        ends = {c.end: c for c in para.cands if not c.noise}
        for c in para.cands:
            if c.noise or c.priority == _P_CONFIG:
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            if span is None or not len(span) or not _in_a_language(doc, span.end):
                continue
            i = _before_spaces(doc, span.start - 1)
            if i >= 0 and doc[i].lower_ == "or":
                i = _before_spaces(doc, i - 1)
                if i >= 0 and doc[i].text == ",":
                    i = _before_spaces(doc, i - 1)
            elif i >= 1 and doc[i].text == "(":
                i = _before_spaces(doc, i - 1)
            else:
                continue
            first = ends.get(doc[i].idx + len(doc[i])) if i >= 0 else None
            if first is not None and first is not c:
                c.actor, c.kind, c.person, c.via = first.actor, first.kind, first.person, "alias"


#: What may part the words of one name, written either way: "Ji Hyeon-A" and "Ji-Hyeon-A".
_WORD_BREAKS = re.compile(r"[\s\-‐–]+")
#: The fewest letters of a name joined with its variants: "WHO" and "Who" are two names.
_MIN_VARIANT_LETTERS = 4


def _join_written_variants(paras: list[_Para]) -> None:
    """Names that differ only in capitals or in a hyphen for a space ("MILAN" of a dateline and
    "Milan", "POLITICO" and "Politico", "Ji-Hyeon-A" and "Ji Hyeon-A") are one actor, the one
    not in capitals throughout, else the one named most, else the first. Short names are left
    apart ("WHO" is not "Who")."""
    by_key: dict[str, list[str]] = {}
    count: dict[str, int] = {}
    for para in paras:
        for c in para.cands:
            if c.noise:
                continue
            if c.actor not in count:
                key = _WORD_BREAKS.sub(" ", c.actor).casefold()
                by_key.setdefault(key, []).append(c.actor)
            count[c.actor] = count.get(c.actor, 0) + 1
    joined: dict[str, str] = {}
    for key, written in by_key.items():
        if len(written) < 2 or sum(ch.isalpha() for ch in key) < _MIN_VARIANT_LETTERS:
            continue
        keep = min(written, key=lambda n: (n.isupper(), -count[n], written.index(n)))
        joined.update((n, keep) for n in written if n != keep)
    if not joined:
        return
    for para in paras:
        for c in para.cands:
            if not c.noise and c.actor in joined:
                c.actor = joined[c.actor]
                c.person = c.actor if c.person else ""
                c.via = "alias"


#: The fewest letters of a surname whose slips are joined to it ("Boies" and "Boeis"): shorter
#: surnames are other people's too often ("Rice" and "Rich").
_MIN_SLIP_LETTERS = 5


def _one_slip(written: str, surname: str) -> bool:
    """``written`` is ``surname`` but for its capitals or one slip of the keys: a letter changed,
    dropped or added inside it, or two next letters swapped. The first letter stays ("Morris"
    is not "Norris"), and a letter added at the end is no slip: a family or a plural ("the
    Walgrens"), a nickname ("Klossy")."""
    a, b = written.casefold(), surname.casefold()
    if a[:1] != b[:1]:
        return False
    if a == b:
        return written != surname
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    # a letter added at the end is a nickname or a form of the name ("Klossy" of "Kloss")
    return len(long_) - len(short) == 1 and any(
        long_[:i] + long_[i + 1:] == short for i in range(len(long_) - 1))


def _join_misspelt_surnames(paras: list[_Para]) -> None:
    """A name whose last word is one slip from the surname of the one person the article names
    in full with it ("Fraken" beside "Al Franken", "David Boeis" beside "David Boies", "Devos"
    beside "Betsy DeVos") is that person, misspelt: a lone word, or the same given names. So is
    a lone word written with a possessive that is a surname in -s without its s ("Sander's"
    beside "Sarah Sanders", the possessive "Sanders'" written wrong), unless it is a given name
    ("William's" beside "Serena Williams"). The person must be named more often than the slip;
    where two people fit, it is left alone."""
    count: dict[str, int] = {}
    for para in paras:
        for c in para.cands:
            if not c.noise:
                count[c.actor] = count.get(c.actor, 0) + 1
    people = {c.actor for para in paras for c in para.cands
              if not c.noise and c.kind is ActorKind.PERSON and " " in c.actor}
    # a lone word written with a possessive: "Sander's" for the "Sanders'" of a surname in -s
    possessed = {c.actor for para in paras for c in para.cands
                 if not c.noise and " " not in c.actor
                 and para.paragraph.text.startswith(_POSSESSIVE_ENDS, c.end)}
    joined: dict[str, str] = {}
    for name in count:
        words = name.split()
        if len(words[-1]) < _MIN_SLIP_LETTERS or gazetteer.lookup(name) is not None:
            continue
        fits = [p for p in people if p != name and (
            (_one_slip(words[-1], _surname(p.split()))
             and (len(words) == 1 or words[:-1] == p.split()[:-1]))
            or (name in possessed and _surname(p.split()) == f"{name}s"
                and not names.is_given_name(name)))]
        if len(fits) == 1 and count[fits[0]] > count[name]:
            joined[name] = fits[0]
    if not joined:
        return
    for para in paras:
        for c in para.cands:
            if not c.noise and c.actor in joined:
                lone = " " not in c.actor
                c.actor = c.person = joined[c.actor]
                c.kind, c.via = ActorKind.PERSON, "surname" if lone else "alias"


#: Dependencies of a demonym that modifies a noun ("Cuban officials"): the country's adjective.
_MODIFIER_DEPS: frozenset[str] = frozenset({"amod", "compound"})


def _join_surname_demonyms(paras: list[_Para]) -> None:
    """A demonym that is the surname of the one person the article names in full with it
    ("Mark Cuban"), used as a name ("said Cuban", "Cuban lent the plane"), is that person, not
    the country. The demonym in front of a noun ("Cuban officials") or after an article ("a
    Cuban") stays the country's."""
    full: dict[str, set[str]] = {}
    for para in paras:
        for c in para.cands:
            words = c.actor.split()
            if not c.noise and c.kind is ActorKind.PERSON and len(words) > 1:
                full.setdefault(_surname(words), set()).add(c.actor)
    if not full:
        return
    for para in paras:
        for c in para.cands:
            if c.noise or c.via != "demonym":
                continue
            people = full.get(para.paragraph.text[c.start:c.end], set())
            span = para.doc.char_span(c.start, c.end)
            if len(people) != 1 or span is None or len(span) != 1:
                continue
            tok = span[0]
            if tok.dep_ in _MODIFIER_DEPS or any(w.dep_ == "det" for w in tok.children):
                continue
            (person,) = people
            c.actor = c.person = person
            c.kind, c.via = ActorKind.PERSON, "surname"


def _join_surname_aliases(paras: list[_Para]) -> None:
    """A body the gazetteer knows, named in the article only by a one-word alias that is the
    surname of the one person the article names in full ("Wagner" of the Wagner Group beside
    "Robert Wagner"), is that person. A body also named in full ("Walt Disney Co" beside "Walt
    Disney", then "Disney") keeps its alias."""
    full: dict[str, set[str]] = {}
    named_in_full: set[str] = set()  # bodies named otherwise than by a one-word alias
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise:
                continue
            words = c.actor.split()
            if c.kind is ActorKind.PERSON and len(words) > 1:
                full.setdefault(_surname(words), set()).add(c.actor)
            if c.kind is not ActorKind.PERSON and (c.via != "alias"
                                                    or " " in text[c.start:c.end]):
                named_in_full.add(c.actor)
    if not full:
        return
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if (c.noise or c.via != "alias" or c.kind is ActorKind.PERSON
                    or c.actor in named_in_full):
                continue
            people = full.get(text[c.start:c.end], set())
            if len(people) == 1:
                (person,) = people
                c.actor = c.person = person
                c.kind, c.via = ActorKind.PERSON, "surname"


#: Endings of a group's adjective that its noun drops: "Kurdish" of "Kurds", "Jewish" of
#: "Jews", "Democratic" of "Democrats".
_ADJECTIVE_ENDS: tuple[str, ...] = ("ish", "ic")


def _group_noun(name: str, groups: set[str]) -> str | None:
    """The name of the group in ``groups`` that ``name`` is the adjective or the singular of:
    its plural ("Republicans" for "Republican", "Kurds" for "Kurdish"), else the singular of its
    adjective ("Democrat" for "Democratic")."""
    stems = [name] + [name.removesuffix(end) for end in _ADJECTIVE_ENDS
                      if name.endswith(end) and len(name) > len(end) + 2]
    for stem in stems:
        if stem + "s" in groups:
            return stem + "s"
    return next((stem for stem in stems[1:] if stem in groups), None)


def _join_group_plurals(paras: list[_Para]) -> None:
    """"Republican senators" and "the Republicans" are one group, named in the plural; so are
    "Kurdish fighters" and "the Kurds", and "Democratic" and "Democrat" are one party. A group
    the gazetteer names is a plural to join too ("Republicans", which the "GOP" is). A people
    named with its faith ("Rohingya Muslims"; names.json faithful_nouns) is the people the
    article names alone ("the Rohingya"); "Muslims" alone stays the faith's."""
    groups = {c.actor for para in paras for c in para.cands
              if (c.from_entity or c.priority == _P_GAZETTEER) and not c.noise
              and c.kind is ActorKind.GROUP}
    for para in paras:
        for c in para.cands:
            if not c.from_entity or c.kind is not ActorKind.GROUP:
                continue
            people, _, faith = c.actor.rpartition(" ")
            if faith in names.FAITHFUL_NOUNS and people in groups:
                c.actor = people
            elif (noun := _group_noun(c.actor, groups)) is not None:
                c.actor = noun


def _extend_to_named_bodies(paras: list[_Para]) -> None:
    """A mention cut short of a known body's longer name that the article names ("Bitcoin" of
    an untagged "Bitcoin Gold uses ...", found as the one-word "Bitcoin") is that body: the
    mention takes the whole name."""
    longer = {c.actor for para in paras for c in para.cands
              if not c.noise and " " in c.actor and c.actor in gazetteer.NAMED_BODIES}
    if not longer:
        return
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise or c.priority == _P_CONFIG:
                continue
            for name in longer:
                end = c.start + len(name)
                if (name != c.actor and name.startswith(c.actor + " ")
                        and _one_line(text[c.start:end]) == name
                        and para.taken.find(1, c.end, end) == -1):
                    para.taken[c.end:end] = b"\x01" * (end - c.end)
                    c.end, c.actor, c.person = end, name, ""
                    c.kind = ActorKind.ORGANIZATION
                    break


def _transliteration_key(name: str) -> tuple[str, ...]:
    """A full name as its transliterations share it: each word without its inner vowels, "kh"
    read "h" and "k" read "g" ("Gurbanguly Berdimuhamedov" and "Kurbanguly Berdymukhamedov")."""
    return tuple(_skeleton(w.lower().replace("kh", "h").replace("k", "g")) for w in name.split())


def _join_transliterations(paras: list[_Para]) -> None:
    """Two full names of a person that are two transliterations of one name, word by word
    ("Kurbanguly Berdymukhamedov" in a quote, "Gurbanguly Berdimuhamedov" in a caption), are one
    person: the one named first. Names that differ in a consonant ("Kim Jong Un", "Kim Jong Il")
    stay apart."""
    first: dict[tuple[str, ...], str] = {}
    same: dict[str, str] = {}
    for para in paras:
        for c in para.cands:
            if c.noise or c.kind is not ActorKind.PERSON or " " not in c.actor:
                continue
            name = first.setdefault(_transliteration_key(c.actor), c.actor)
            if name != c.actor:
                same[c.actor] = name
    for para in paras:
        for c in para.cands:
            if c.actor in same:
                c.actor = c.person = same[c.actor]
                c.via = "alias"


def _join_well_known_halves(paras: list[_Para]) -> None:
    """A lone given name and a lone surname that the table of well-known people says make one
    full name ("Kyrie" and "Irving" of Kyrie Irving; ``names.WELL_KNOWN`` keys either half) are
    that one person, named by the full name, though the article never writes the two together.
    Two people are worse than one duplicate, so the halves stay apart where the article names
    any other person in full who has either of them ("LeBron" beside "James Harden"), or where
    either is named as a town ("in Irving"; ``_named_as_a_town``). A one-word name in the table
    that is a full name too ("Neymar") has no halves."""
    lone: set[str] = set()
    full_names: set[str] = set()
    towns: set[str] = set()
    for para in paras:
        for c in para.cands:
            if c.noise:
                continue
            if " " in c.actor:
                if c.kind is ActorKind.PERSON:
                    full_names.add(c.actor)
                continue
            lone.add(c.actor)
            if _named_as_a_town(para.doc, c):
                towns.add(c.actor)
    halves: dict[str, str] = {}
    for name in lone - towns:
        words = names.WELL_KNOWN.get(name, "").split()
        if len(words) < 2 or name not in (words[0], words[-1]):
            continue
        other = words[-1] if name == words[0] else words[0]
        full = " ".join(words)
        if other not in lone or other in towns or any(
                person != full and {person.split()[0], _surname(person.split())} & {name, other}
                for person in full_names):
            continue
        halves[name] = halves[other] = full
    for para in paras:
        for c in para.cands:
            if not c.noise and c.actor in halves:
                full = halves[c.actor]
                c.via = "first_name" if c.actor == full.split()[0] else "surname"
                c.actor = c.person = full
                c.kind = ActorKind.PERSON


def _join_team_singulars(paras: list[_Para]) -> None:
    """"Falcon fans" beside "the Falcons": the singular of a known team's nickname that the
    article names is that team."""
    teams = {c.actor for para in paras for c in para.cands
             if not c.noise and c.actor in gazetteer.TEAMS}
    for para in paras:
        for c in para.cands:
            if c.from_entity and not c.noise and c.actor + "s" in teams:
                c.actor, c.kind, c.person = c.actor + "s", ActorKind.ORGANIZATION, ""


def _join_college_nicknames(paras: list[_Para]) -> frozenset[str]:
    """A college team's nickname (``gazetteer.COLLEGE_TEAMS``) after the college ("Miami
    Hurricanes", tagged a person) is the team; so is the nickname alone ("the Buckeyes") where
    the article names the college too. The nickname's mentions join the college where its
    name is no known place ("Ohio State", whatever spaCy tags it) or the article names it as a
    body, not where it names it as a place ("Iowa", which may be the state as well:
    ``_places_as_teams`` decides that); the names returned are the
    nicknames kept as their own actors, whose kind is an organisation's. A nickname alone in
    an article that names none of its colleges stays as spaCy tags it (the Seminoles, a people)."""
    full = {f"{college} {nickname}": nickname
            for nickname, colleges in gazetteer.COLLEGE_TEAMS.items() for college in colleges}
    named: dict[str, set[ActorKind]] = {}
    for para in paras:
        for c in para.cands:
            if not c.noise:
                named.setdefault(c.actor, set()).add(c.kind)
    kept: set[str] = set()
    for para in paras:
        for c in para.cands:
            nickname = full.get(c.actor, c.actor)
            colleges = [n for n in gazetteer.COLLEGE_TEAMS.get(nickname, ()) if n in named]
            if c.noise or (c.actor == nickname and not colleges):
                continue
            bodies = [n for n in colleges
                      if gazetteer.lookup(n) is None or not named[n] & _PLACE_KINDS]
            if bodies:
                c.actor, c.kind, c.person, c.via = bodies[0], ActorKind.ORGANIZATION, "", "alias"
            else:
                c.kind, c.person = ActorKind.ORGANIZATION, ""
                kept.add(c.actor)
    return frozenset(kept)


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


def _apply_config(raw: list[list[Mention]], kinds: Mapping[str, ActorKind], matcher: _Matcher,
                  ) -> Resolution:
    merges, identity = matcher.merges, matcher.identity
    out: list[tuple[Mention, ...]] = []
    seen: dict[str, tuple[ActorKind, dict[str, None]]] = {}
    for mentions in raw:
        kept = []
        for m in mentions:
            original = m.actor
            if identity.is_hidden(original):
                continue
            merged = merges.get(original, original)
            shown = identity.show(original)
            if shown != original:
                m = Mention(shown, m.start, m.end, m.text, m.paragraph, m.sentence, m.via)
            kept.append(m)
            kind = (kinds.get(merged) or gazetteer.KINDS.get(merged) or kinds.get(original)
                    or ActorKind.ORGANIZATION)
            _, aliases = seen.setdefault(shown, (kind, {}))
            alias = _one_line(m.text)
            if m.via != "pronoun" and alias != shown:
                aliases.setdefault(alias, None)
        out.append(tuple(kept))
    actors = tuple(Actor(name, kind, tuple(aliases)) for name, (kind, aliases) in seen.items())
    return Resolution(mentions=tuple(out), actors=actors)
