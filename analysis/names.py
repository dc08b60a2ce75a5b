"""What part of an entity is the name, and what a name says about who bears it.

spaCy's entities on news text often carry more than a name: a verb glued on ("Victoria told"), a
credit or an agency in front ("Courtesy Jane Doe", "Associated Press Rodchenkov"), a function
word in front ("Among Heaphy"), a title behind ("Ajit Pai Chairman"), brackets as a corpus writes
them ("-RRB-"), a spaced possessive ("Odinga ' s"), or two names run together where the commas
were lost ("Federer and Nadal", "Tiger Woods Phil Mickelson"). ``name_parts`` cuts an entity's
token range into the names it holds (a credit word in front makes the whole entity a credit,
which the caller checks with ``COURTESY_WORDS`` first); ``given_name_gender``,
``looks_personal`` and ``is_place_or_event`` read the word tables in
``analysis/data/names.json`` and ``analysis/data/first_names.json`` (loaded once, at import).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from importlib.resources import files
from typing import TYPE_CHECKING

from analysis import gazetteer
from analysis.gazetteer import without_accents
from analysis.resources import lexicon_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _load(name: str) -> dict:
    return json.loads(files("analysis").joinpath("data", name).read_text(encoding="utf-8"))


_NAMES = _load("names.json")
_FIRST = _load("first_names.json")

#: Lower-case prepositions inside no body's name: an entity holding one is two names ("Medicaid
#: under Obamacare").
BETWEEN_NAMES: frozenset[str] = frozenset(_NAMES["between_names"])
#: Lower-case words that may sit inside a person's name ("von der Leyen", "bin Salman").
PARTICLES: frozenset[str] = frozenset(_NAMES["particles"])
#: Words that make "WORD: Name" a credit, not an actor ("Photo: Jane Doe").
CREDIT_WORDS: frozenset[str] = frozenset(_NAMES["credit_words"])
#: Words that make the name right after them a credit ("Courtesy Jane Doe").
COURTESY_WORDS: frozenset[str] = frozenset(_NAMES["courtesy_words"])
#: A web page's furniture glued to a name ("CLOSE Jane Doe", "Report Enlarge"): no name's word.
FURNITURE_WORDS: frozenset[str] = frozenset(_NAMES["furniture_words"])
#: Words after a surname that are not the surname ("Martin Luther King Jr.").
SUFFIXES: frozenset[str] = frozenset(_NAMES["suffixes"])
#: Brackets as some corpora write them ("-LRB-").
BRACKETS: frozenset[str] = frozenset(_NAMES["bracket_tokens"])
#: Last words that keep a name an organisation or a place ("Victoria Falls").
ORG_WORDS: frozenset[str] = frozenset(_NAMES["org_words"])
#: Last words of streets and buildings: where something is, not who acts.
STREET_WORDS: frozenset[str] = frozenset(_NAMES["street_words"])
#: Last words of halls and grounds that are also surnames ("Symphony Hall"; "Sally Field").
VENUE_WORDS: frozenset[str] = frozenset(_NAMES["venue_words"])
#: Words that make "X Hall" a government's seat, which stands for it ("City Hall said").
SEAT_WORDS: frozenset[str] = frozenset(_NAMES["seat_words"])
#: Last words of holidays, festivals and prizes ("Mother's Day").
EVENT_WORDS: frozenset[str] = frozenset(_NAMES["event_words"])
#: Lower-case prefixes that make "PREFIX-Name" a leaning, a period or a description ("anti-Trump",
#: "post-Soviet", "a non-Jew"), not an actor.
MODIFIER_PREFIXES: tuple[str, ...] = tuple(_NAMES["modifier_prefixes"])
#: Words behind a hyphen that make a name a description ("Marrow-led"), no syllable of it.
MODIFIER_SUFFIXES: frozenset[str] = frozenset(_NAMES["modifier_suffixes"])
#: Last words of meetings that also end bodies' names ("a Barclays Conference"; "the
#: Southeastern Conference"): a meeting only where the sentence makes it one.
MEETING_WORDS: frozenset[str] = frozenset(_NAMES["meeting_words"])
#: Event words that are also surnames: after a given name, a person's ("Doris Day").
SURNAME_EVENT_WORDS: frozenset[str] = frozenset(_NAMES["surname_event_words"])
#: Last words of laws and treaties ("Affordable Care Act", "Paris Accord").
LAW_WORDS: frozenset[str] = frozenset(_NAMES["law_words"])
#: Last words of towns' names ("Beverly Hills", "Saratoga Springs"): a place, not a person.
PLACE_WORDS: frozenset[str] = frozenset(_NAMES["place_words"])
#: Last words of a region's name that make it a place where the words before them name a
#: region the gazetteer knows ("Borno State", "Jajarkot District"); after other words they may
#: end a university's or a body's name ("Ohio State", "Islamic State", "School District").
DIVISION_WORDS: frozenset[str] = frozenset(_NAMES["division_words"])
#: Verbs of playing a part ("who plays Sam Tarly").
ROLE_VERBS: frozenset[str] = frozenset(_NAMES["role_verbs"])
#: Words of acting that make the name after a role verb in their sentence a character.
STAGE_WORDS: frozenset[str] = frozenset(_NAMES["stage_words"])
#: Nouns that make the name after them a work or a product ("the play Hamlet").
WORK_NOUNS: frozenset[str] = frozenset(_NAMES["work_nouns"])
EPONYM_NOUNS: frozenset[str] = frozenset(_NAMES["eponym_nouns"])
#: Nouns after a name that make it a feast's: "Carnival celebrations".
FEAST_NOUNS: frozenset[str] = frozenset(_NAMES["feast_nouns"])
#: Short words a title-case heading leaves in lower case ("Lula Meets With the Presidents of the
#: House"): the other words of a heading are all capitalised.
HEADING_SMALL_WORDS: frozenset[str] = frozenset(_NAMES["heading_small_words"])
#: Last words of an office's name ("National Security Adviser"): a role, no body.
OFFICE_WORDS: frozenset[str] = frozenset(_NAMES["office_words"])
#: Titles whose "of" names the staff they head ("Chief of Air Staff"): part of the title.
OFFICE_HEADS: frozenset[str] = frozenset(_NAMES["office_heads"])
#: Lower-case nouns of an event a region or a city before them describes ("an Asia-Pacific
#: economic summit").
EVENT_NOUNS: frozenset[str] = frozenset(_NAMES["event_nouns"])
#: Nouns whose "of" names a character ("the role of Tosca").
ROLE_NOUNS: frozenset[str] = frozenset(_NAMES["role_nouns"])
#: Holidays and named periods written as one name ("the Epiphany", "the Troubles").
NAMED_TIMES: frozenset[str] = frozenset(_NAMES["named_times"])
#: Words opening a phase's name with its number ("Phase One", "Stage 2").
PHASE_WORDS: frozenset[str] = frozenset(_NAMES["phase_words"])
#: Given names that are also a verb opening a question: "Will" of "Will Doe win?".
MODAL_NAMES: frozenset[str] = frozenset(_NAMES["modal_names"])
#: First words of a military base's name: "Camp Lejeune", "Fort Hood".
BASE_WORDS: frozenset[str] = frozenset(_NAMES["base_words"])
#: Books of the Bible named like a person: "Mark" of "Mark 1:40".
SCRIPTURE_BOOKS: frozenset[str] = frozenset(_NAMES["scripture_books"])
#: Nouns of an animal that make the name they introduce an animal's ("a cat named Rex").
ANIMAL_NOUNS: frozenset[str] = frozenset(_NAMES["animal_nouns"])
#: Nouns after a maker's name that make the mention its product ("the Xerox machine").
PRODUCT_NOUNS: frozenset[str] = frozenset(_NAMES["product_nouns"])
#: Nouns after a demonym adjective that make the pair a food or a way of speaking ("American
#: cheese", "a British accent"): no country acts there.
DEMONYM_THINGS: frozenset[str] = frozenset(_NAMES["demonym_things"])
#: Nouns of a family tie ("his brother Bob Weinstein"): the full name after one is a relative.
KIN_NOUNS: frozenset[str] = frozenset(_NAMES["kin_nouns"])
#: Words that name a storm by the name after them ("Hurricane Maria"): no actor.
STORM_WORDS: frozenset[str] = frozenset(_NAMES["storm_words"])
#: Ranks spaCy leaves glued to the end of a body's name ("Coast Guard Rear" of "Coast Guard Rear
#: Adm. Jane Doe"): the start of the next person's title, not part of the body.
RANK_WORDS: frozenset[str] = frozenset(_NAMES["rank_words"])
#: A party's member as a word glued in front of a name ("Libertarian Jane Doe"): not the name.
PARTY_WORDS: frozenset[str] = frozenset(_NAMES["party_words"])
#: What a family calls a parent ("Dad", "Mom"): a relative's role, no name, alone.
ADDRESS_WORDS: frozenset[str] = frozenset(_NAMES["address_words"])
#: Endings of a place's people added to its name ("Gazans", "Shanghainese", "Puerto Rican").
DEMONYM_ENDINGS: tuple[str, ...] = tuple(_NAMES["demonym_endings"])
#: Nouns only a person has: a one-word name in front of one or owning one is a person's
#: ("the Trump presidency", "Trump's campaign"), though spaCy tags it an organisation.
PERSON_NOUNS: frozenset[str] = frozenset(_NAMES["person_nouns"])
#: Last words of a company's name: written after a full name ("Walt Disney Co"), they make the
#: surname alone the company's ("Disney said").
COMPANY_WORDS: frozenset[str] = frozenset(_NAMES["company_words"])
#: A name as written ("Pope Francis", "Metropolitan Opera") -> other names of the same actor
#: ("Bergoglio", "Met"), that actor only where the article writes the name this way too.
OTHER_NAMES: dict[str, frozenset[str]] = {
    name: frozenset(others) for name, others in _NAMES["other_names"].items()
}
#: Titles of a monarch or a royal: "Prince Harry of England", tagged a body, is a person.
ROYAL_TITLES: frozenset[str] = frozenset(_NAMES["royal_titles"])
#: Words that make a longer body's name a part of the body its first word names ("House
#: Ethics Committee", "AFC North"): the first word alone is not the longer body.
PART_WORDS: frozenset[str] = frozenset(_NAMES["part_words"])
#: Last words of a programme named after a place ("Merida Initiative"): the place's name alone
#: beside it is the programme (``actors.body_joins._join_short_org_names``).
PROGRAMME_WORDS: frozenset[str] = frozenset(_NAMES["programme_words"])
#: Function words of other languages news pages quote or caption in ("sa", "ng", "del"), none
#: an English word: where they outnumber the English ones, the sentence is in that language
#: (``actors.drops._drop_foreign_words``).
FOREIGN_FUNCTION_WORDS: frozenset[str] = frozenset(_NAMES["foreign_function_words"])
#: Plurals of a faith's members written after a people's name ("Rohingya Muslims"): that
#: group is the people named alone (``actors.body_joins._join_group_plurals``).
FAITHFUL_NOUNS: frozenset[str] = frozenset(_NAMES["faithful_nouns"])
#: First words of a body only a place has ("City Council", "District 203"): such a short name
#: ending one longer body's name in the article is that body
#: (``actors.body_joins._join_short_org_names``).
LOCAL_WORDS: frozenset[str] = frozenset(_NAMES["local_words"])
#: Prefixes that open one written word made of two ("Counterterrorism"), which a body's
#: initialism spells as two letters ("NCTC" of "National Counterterrorism Center").
WORD_PREFIXES: tuple[str, ...] = tuple(_NAMES["word_prefixes"])
#: A body's last word -> the word its initialism keeps though a story leaves it out ("FSU" of
#: "Florida State", for Florida State University).
IMPLIED_WORDS: dict[str, str] = dict(_NAMES["implied_words"])


class _AccentBlind(dict[str, str]):
    """A table of names that finds a name written with its accents under the name written
    without them ("José" as "Jose", "Efraín" as "Efrain"): the data lists most names once."""

    def __missing__(self, key: str) -> str:
        bare = without_accents(key)
        if bare != key and dict.__contains__(self, bare):
            return dict.__getitem__(self, bare)
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or (
            isinstance(key, str) and not key.isascii()
            and dict.__contains__(self, without_accents(key)))

    def get(self, key: str, default: str | None = None) -> str | None:  # type: ignore[override]
        try:
            return self[key]
        except KeyError:
            return default


#: Given name -> "m", "f", or "" for a name borne by men and women alike ("Alex", "Taylor"):
#: a person's name either way, but no gender for the pronouns; found with or without accents.
GIVEN_NAMES: dict[str, str] = _AccentBlind({
    **{n: "" for n in _FIRST["unisex"]},
    **{n: "f" for n in _FIRST["female"]}, **{n: "m" for n in _FIRST["male"]},
})
#: A short form of a given name -> the given names it shortens ("Steve" of Stephen or Steven).
SHORT_FORMS: dict[str, tuple[str, ...]] = {
    short: tuple(full) for short, full in _FIRST["short_forms"].items()}
#: The name news writes alone for a well-known person ("Erdogan") -> the full name: a person
#: whatever spaCy tags it, where the article says nothing else of the name.
WELL_KNOWN: dict[str, str] = dict(_FIRST["well_known"])

#: Parts of speech of a capitalised word that opens a sentence, not a name ("Among", "Some").
_FUNCTION_POS: frozenset[str] = frozenset(
    {"DET", "ADP", "PRON", "SCONJ", "CCONJ", "AUX", "VERB", "ADV", "PART"}
)
#: Words that join two names in one entity: "Federer and Nadal".
_JOINERS: frozenset[str] = frozenset({"and", "&", ",", ";", "or", "with"})
#: Brackets that end a name where they open inside an entity ("AT&T Inc (T.N", a stock code).
_OPEN_BRACKETS: frozenset[str] = frozenset({"(", "[", "{"}) | frozenset(
    b for b in BRACKETS if b.startswith("-L"))
#: Quotation marks that end a name where they open inside an entity ("Tchaikovsky’s “Eugene
#: Onegin": a title after the name).
_OPEN_QUOTES: frozenset[str] = frozenset({"“", '"'})
#: Marks that may sit inside a name between its words ("Cook-Jong", "O'Neil", "J. Smith").
_INNER_MARKS: frozenset[str] = frozenset({"-", ".", "'", "’"})


def _given_part(word: str) -> str:
    """The part of ``word`` to look up as a given name: a hyphenated given name is read by its
    first part ("Jean-Yves" as "Jean", "Hans-Georg" as "Hans"), which the table holds where the
    whole is too rare to list; a lower-case part after the hyphen is no second name."""
    head, hyphen, tail = word.partition("-")
    return head if hyphen and tail[:1].isupper() and word not in GIVEN_NAMES else word


def is_given_name(word: str) -> bool:
    """A given name in the table, or a hyphenated one that opens with one ("Jean-Yves")."""
    return _given_part(word) in GIVEN_NAMES


def given_name_gender(name: str) -> str:
    """"m" or "f" from the first word of a person's name, "" when the table does not say."""
    words = name.split()
    return GIVEN_NAMES.get(_given_part(words[0]), "") if words else ""


def looks_personal(name: str) -> bool:
    """Two or three capitalised words opening with a given name, name particles between them
    aside ("Staffan de Mistura"), and not ending like an organisation, a town, a street or an
    event: "Keith Urban" is a person even when tagged ORG, "Beverly Hills" is not."""
    words = name.split()
    if len(words) < 2:
        return False
    # "Staffan de Mistura", "Ursula von der Leyen": particles inside the name are no words of
    # their own, and not capitalised
    named = [w for w in words[1:-1] if w not in PARTICLES]
    return (len(named) <= 1 and is_given_name(words[0])
            and all(w[:1].isupper() for w in (words[0], *named, words[-1]))
            and not is_place_or_event(name)
            and words[-1] not in ORG_WORDS and words[-1] not in PLACE_WORDS)


def is_place_or_event(name: str) -> bool:
    """A street, a building, a holiday or a law: "Chris Christie Drive", "Mother's Day", "the
    Affordable Care Act"; lower-case words spaCy glued behind are no part of the name ("BCS
    National Championship under")."""
    words = name.split()
    while words and not words[-1][:1].isupper():
        words.pop()
    if len(words) > 1 and words[-1] in SURNAME_EVENT_WORDS and is_given_name(words[-2]):
        return False  # "Doris Day", "Tom Masters": a person; "Labor Day" an event
    return len(words) > 1 and (words[-1] in STREET_WORDS or words[-1] in EVENT_WORDS
                               or words[-1] in LAW_WORDS)


def is_venue(name: str, *, tagged_person: bool) -> bool:
    """A hall or a ground whose last word is also a surname: "Symphony Hall", "Heinz Field",
    "Billy Minardi Hall". A given name before that word makes it a person's name ("Sally Field",
    "Anthony Michael Hall"); so does spaCy's person tag on two words, whose first may be a given
    name the table lacks ("Monty Hall"); a government's seat stands for it ("City Hall")."""
    words = name.split()
    if len(words) < 2 or words[-1] not in VENUE_WORDS or (tagged_person and len(words) < 3):
        return False
    return not is_given_name(words[-2]) and words[-2] not in SEAT_WORDS


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper() and tok.text not in BRACKETS


def _function_word(tok: Token) -> bool:
    """A capitalised function word ("Inside", "Among", "Some"), which no name contains."""
    return tok.text not in GIVEN_NAMES and not tok.text.isupper() and (
        tok.pos_ in _FUNCTION_POS - {"VERB", "ADV"} or (tok.is_stop and tok.pos_ in _FUNCTION_POS))


def _edge_junk(tok: Token) -> bool:
    return tok.is_space or tok.is_punct or tok.text in BRACKETS or not tok.text.strip()


def name_parts(doc: Doc, first: int, last: int, *, person: bool,
               is_credit: Callable[[str], bool],
               glued: Callable[[Token], bool] | None = None) -> list[tuple[int, int]]:
    """The token ranges of the names inside entity tokens ``[first, last)``.

    Every entity ends where a bracket or a quotation mark opens inside it ("AT&T Inc (T.N",
    "Tchaikovsky’s “Eugene Onegin"), loses edge spaces, punctuation and brackets, a leading
    agency or outlet (``is_credit``), a capitalised function word in front, lower-case words
    behind, and a second copy of itself ("Toy Story Toy Story"); a body or a place loses the
    ranks glued behind it ("Coast Guard Rear Adm."; a rank alone is no name at all), ends before
    a modal verb (a headline's: "Kenya Opposition Coalition Will 'Not Be Party'") and is cut
    at a comma a person's name follows ("the Coalition for Changes, Nika Melia"). A person's
    entity is also cut at "and" or a comma into several names, ends at the first word that
    cannot be part of a name, loses trailing titles, keeps only what follows an organisation word
    inside it ("Carmel Police Mathis") or a known team or company in front of a given name
    ("Bulls Fred Hoiberg"), and is split before a given name that opens a second
    name ("Tiger Woods Phil Mickelson").
    """
    first, last = _strip(doc, first, last, is_credit=is_credit)
    if first >= last:
        return []
    half = first + (last - first) // 2
    if (last - first) % 2 == 0 and [t.text for t in doc[first:half]] == [
            t.text for t in doc[half:last]]:
        last = half  # "Toy Story Toy Story": a name written twice, as a page's heading does
    if not person:
        # "Kenya Opposition Coalition Will 'Not Be Party'" tagged one body: a headline's modal
        # verb ends the body's name
        last = next((i for i in range(first + 1, last) if doc[i].tag_ == "MD"), last)
        first, last = _strip(doc, first, last, is_credit=is_credit)
        while last > first and doc[last - 1].text in RANK_WORDS:
            last -= 1  # "Coast Guard Rear", "Air Force Col": a rank glued to the body
        comma = next((i for i in range(first + 1, last - 1) if doc[i].text == ","
                      and looks_personal(doc[i + 1:last].text)), None)
        if comma is not None:
            # "the Coalition for Changes, Nika Melia": the body and its leader set off after it
            return (stripped_comma_runs(doc, first, comma, glued=glued)
                    + stripped_comma_runs(doc, comma + 1, last, glued=glued))
        return stripped_comma_runs(doc, first, last, glued=glued)
    parts: list[tuple[int, int]] = []
    start = first
    for i in range(first, last + 1):
        if i == last or doc[i].lower_ in _JOINERS:
            if start < i:
                parts.extend(_person_runs(doc, start, i, is_credit=is_credit))
            start = i + 1
    return parts


def _strip(doc: Doc, first: int, last: int, *, is_credit: Callable[[str], bool]
           ) -> tuple[int, int]:
    last = _opening_mark(doc, first, last)
    while first < last and _edge_junk(doc[first]):
        first += 1
    while last > first and not _hyphen_tail(doc, first, last - 1) and (
            _edge_junk(doc[last - 1]) or (not _capitalised(doc[last - 1])
                                          and not doc[last - 1].text[:1].isdigit())):
        last -= 1
    changed = True
    while changed and first < last - 1:
        changed = False
        tok = doc[first]
        if tok.text[:1].isupper() and _function_word(tok):
            first += 1
            changed = True
            continue
        for n in range(min(3, last - first - 1), 0, -1):  # "Associated Press Rodchenkov"
            if is_credit(doc[first:first + n].text):
                first += n
                changed = True
                break
        while first < last and _edge_junk(doc[first]):
            first += 1
    return first, last


def stripped_comma_runs(doc: Doc, first: int, last: int, *,
                        glued: Callable[[Token], bool] | None = None) -> list[tuple[int, int]]:
    """A body's or a place's entity at tokens ``[first, last)`` cut at the run of spaces a
    corpus leaves where it stripped a comma between two capitalised words: two names of a list
    run together ("the Illinois State Rifle Association  Ducks Unlimited", "Purdue  North
    Carolina"), and at a preposition no body's name holds (``BETWEEN_NAMES``: "Medicaid under
    Obamacare"). No one name is written with a double space inside it; a line break inside one
    ("United\\nStates") is no such run and stays, and so does one word each side. A list inside
    a name's "of" phrase ("American Federation of State  County and Municipal Employees",
    "University of California  Berkeley"), a state's short form after its place, as an address
    writes it ("Madison County  Miss."), and a word ``glued`` says is glued on, not a name (a
    headline's verb: "Steele  Publicly Admitted"), are not cut off either."""
    parts: list[tuple[int, int]] = []
    start = first
    by_word = False  # cut at a preposition, which no headline verb is glued on by
    for i in range(first + 1, last - 1):
        if not (_capitalised(doc[i - 1]) and _capitalised(doc[i + 1])):
            continue
        if doc[i].text in BETWEEN_NAMES:
            by_word = True
        elif (not doc[i].is_space or "\n" in doc[i].text
              or any(t.lower_ == "of" for t in doc[start:i])
              or (glued is not None and glued(doc[i + 1]))
              or _state_short_form(doc, i + 1, last)):
            continue
        parts.append((start, i))
        start = i + 1
    parts.append((start, last))
    out: list[tuple[int, int]] = []
    for a, b in parts:
        while b > a and doc[b - 1].is_space:
            b -= 1  # "Purdue  North Carolina  ": the spaces after the last name
        if a < b:
            out.append((a, b))
    if not by_word and all(b - a == 1 for a, b in out):
        # one word each side ("Varga  Reiterates"): a headline's verb glued on, cut apart by
        # the caller, not two names
        return [(first, last)]
    return out


def _state_short_form(doc: Doc, i: int, last: int) -> bool:
    """The entity's tokens from ``i`` to ``last`` are one short form ending with a full stop
    ("Calif.", "N.Y.", "Miss."), which only an address writes after a place: a state's, the
    gazetteer's or one it leaves out for being a title too."""
    words = [t for t in doc[i:last] if not t.is_space]
    if len(words) != 1:
        return False
    word = words[0].text
    entry = gazetteer.lookup(word)
    return (entry is not None and entry.abbreviation) or (
        word.endswith(".") and len(word) <= _MAX_SHORT_FORM and word[:1].isupper())


#: The most characters of a state's short form with its full stop ("Calif.", "W.Va.").
_MAX_SHORT_FORM = 6


#: The most letters of each half of a hyphenated given name read as one even where the small
#: half is also an English word ("Se-won", "Ching-hua", "Lung-bin").
_MAX_SYLLABLE = 5


def _hyphen_tail(doc: Doc, first: int, i: int) -> bool:
    """Token ``i`` is the small-letter half of a hyphenated name written without spaces after a
    capitalised half inside the entity ("Dong-yeon" of "Kim Dong-yeon"), which the tokenizer
    splits in three: part of the name, not a lower-case word behind it. A word that makes the
    name a description is behind it ("the Ilse Marrow-led group"; ``MODIFIER_SUFFIXES``), and
    so is another English word, unless both halves are a syllable or two ("Jeon Se-won", "Huang
    Kuo-chang", whose halves the English lexicon holds too)."""
    if not (i - 2 > first and doc[i].text.isalpha() and doc[i].text.islower()
            and doc[i - 1].text == "-" and not doc[i - 1].whitespace_
            and not doc[i - 2].whitespace_ and _capitalised(doc[i - 2])):
        return False
    word = doc[i].text
    return word not in MODIFIER_SUFFIXES and (
        word not in lexicon_words()
        or (len(word) <= _MAX_SYLLABLE and len(doc[i - 2].text) <= _MAX_SYLLABLE))


def _opening_mark(doc: Doc, first: int, last: int) -> int:
    """Where a bracket or a quotation mark opens inside entity tokens ``[first, last)`` after
    its first token: the name ends there. ``last`` when none does."""
    return next((i for i in range(first + 1, last)
                 if doc[i].text in _OPEN_BRACKETS or doc[i].text in _OPEN_QUOTES), last)


def _person_runs(doc: Doc, first: int, last: int, *, is_credit: Callable[[str], bool]
                 ) -> list[tuple[int, int]]:
    first, last = _strip(doc, first, last, is_credit=is_credit)
    end = first
    while end < last:  # the name ends at the first word that cannot be in one
        tok = doc[end]
        if not ((_capitalised(tok) and not (end > first and _function_word(tok)))
                or tok.text in PARTICLES or tok.text in _INNER_MARKS
                or _hyphen_tail(doc, first, end)):
            break  # "Kelly Inside the West Wing": a heading glued to the name
        end += 1
    while end > first and (doc[end - 1].text in _INNER_MARKS - {"."}
                           or doc[end - 1].text in PARTICLES
                           or (end - first > 1 and doc[end - 1].text in gazetteer.TITLES)):
        end -= 1  # "Ajit Pai Chairman": a title after the name is not part of it
    for i in range(end - 2, first, -1):  # "Carmel Police Mathis": the name after the body
        if doc[i].text in ORG_WORDS:
            first = i + 1
            break
    if (end - first > 2 and doc[first].text in gazetteer.NAMED_BODIES
            and doc[first + 1].text in GIVEN_NAMES):
        first += 1  # "coach Bulls Fred Hoiberg": a team glued in front of its coach's name
    if first >= end:
        return []
    for i in range(first + 2, end - 1):  # "Tiger Woods Phil Mickelson": two names
        # "Sven-Erik Olsson" is one name: only a given name after a space opens a second, and
        # not after a particle ("Mansoor bin Mohammed Al Maktoum": the father's name)
        if doc[i].text in GIVEN_NAMES and _capitalised(doc[i + 1]) and doc[i - 1].whitespace_ \
                and doc[i - 1].text not in PARTICLES:
            return [(first, i), (i, end)]
    return [(first, end)]
