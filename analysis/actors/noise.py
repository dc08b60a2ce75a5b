"""What is no actor though spaCy tags it as one (``_is_noise``): photo and closing credits,
datelines, bylines, an outlet named as the source of a report, all-caps lines, story codes,
numbered districts, the title of a work, a product, an animal, a medium or a meeting
(``_is_work_or_thing``, ``_names_an_animal``), and the quoted titles they are read from."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis import gazetteer, names
from analysis.actors.spans import (
    _ARTICLES,
    _CLOSE_QUOTES,
    _OPEN_QUOTES,
    _POSSESSIVE,
    _SUBJECT_DEPS,
    _TITLE_JOINERS,
    _after_spaces,
    _before_spaces,
    _first_conjunct,
    _next_word,
    _one_line,
    _word_before,
)
from analysis.resources import lexicon_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


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
        "commissioned by", "first reported", "polled by", "surveyed by", "poll by",
        "survey by", "reported", "per",
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
#: A bar before the site's name that closes a page's title line ("Headline | Kelby Times").
_SITE_AFTER_BAR = re.compile(r"\S[ \t]+\|[ \t]+$")
#: Nothing but spaces to the end of the line.
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: Dashes that close a dateline ("KYIV —", "WASHINGTON ―").
_DATELINE_DASHES: frozenset[str] = frozenset({"—", "–", "―", "-", "--"})
#: What follows the place name of a dateline ("KYIV —").
_DATELINE_MARKS: frozenset[str] = _DATELINE_DASHES | {"(", ",", ":"}
#: What stands between the names of a byline: "By Jane Doe, John Roe and Ann Poe".
_BYLINE_JOINERS: frozenset[str] = frozenset({"and", "&", ",", "AND"})
#: Entity labels of the names a byline lists, as spaCy may tag them.
_BYLINE_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP"})
#: A wire story's code printed with the story ("L2N1PK1N5"): capitals and digits, no name.
_STORY_CODE = re.compile(r"(?=[A-Z\d]{8,}$)[A-Z]\d[A-Z\d]*[A-Z][A-Z\d]*")
#: An encoded string a page leaves in its text (an image's base64 name): one run of twenty
#: letters and digits or more, in both cases and with a digit, no word of any language.
_ENCODED = re.compile(r"(?=[^\s]*\d)(?=[^\s]*[a-z])(?=[^\s]*[A-Z])[A-Za-z\d+/=]{20,}")
#: A chapter and a verse right after a name's first word: "Matthew 25:13" cites a book.
_CHAPTER_VERSE = re.compile(r" ?\d{1,3}:\d{1,3}\b")
#: A psalm cited by its number: "Psalm 137", "Psalms 23".
_PSALM = re.compile(r"Psalms? \d{1,3}")
#: A number written as an ordinal ("32nd", "14th"): the name after it is a numbered district,
#: a ward or a precinct ("the 32nd Ward"), never a person.
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
#: The most characters read past a name for its quotation marks (the marks and the spaces).
_QUOTE_SPACES = 6
#: A possessive after a name, spaced or not ("’s", "’ s"): its apostrophe closes no quotation.
_SPACED_POSSESSIVE = re.compile(r"[’']\s?s\b")
#: A copyright notice: "Copyright © 2017", "© 2019" (the sign alone is also a mojibake's byte).
_COPYRIGHT = re.compile(r"(?:Copyright\s*)?©\s*(?:19|20)\d\d\b")
#: What follows a credit word: "Photo / Jane Doe", "Credit: Jane Doe".
_CREDIT_MARKS: frozenset[str] = frozenset({"/", ":", "|"})


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


def _credits_nothing(name: str) -> bool:
    """The name's first word is no credit glued in front of it: the name is a known outlet's
    ("ABC News"), or an outlet's and then words that end with a word for an outlet, the outlet's
    own programme or service ("NBC Nightly News", "CBS Evening News"), not "Nightly News"
    credited to NBC, or with an organisation's word ("Independent National Electoral
    Commission": an outlet's name that is a word too opens a body's; an agency's stays a credit,
    "Reuters Foundation")."""
    words = name.split()
    return name in gazetteer.MEDIA or (
        len(words) > 2 and words[0] in gazetteer.MEDIA and (
            words[-1] in gazetteer.MEDIA_WORDS
            or (words[-1] in names.ORG_WORDS and not gazetteer.is_agency(words[0]))))


def _is_work_or_thing(doc: Doc, text: str, first: int, last: int, name: str) -> bool:
    """A street, a holiday, a named period, a phase, the title of a work, a product or a thing
    named for a currency: "Chris Christie Drive", "Mother's Day", "the Troubles", "Phase One",
    "Carnival celebrations", "the play Hamlet", a character and what it is ("plays Finn, a
    former Stormtrooper"), the front of an event's name ("the Ford EcoBoost 400"), a title with
    its year ("Flowers for Hitler (1964)"), a name in quotation marks of its own (spaced or not,
    a headline's single marks too), "the Xerox machine", "a Bitcoin ATM"."""
    if names.is_place_or_event(name) or name in names.NAMED_TIMES:
        return True  # "Mother's Day", and a holiday or a period named alone ("the Troubles")
    if _BILL_OR_SUMMIT.fullmatch(name) or _in_case_name(doc, first, last):
        return True  # "Bill C-21", "COP26", "Roe v. Wade": a law, a summit, a court case
    words = name.split()
    if len(words) == 2 and words[0] in names.PHASE_WORDS and doc[last - 1].like_num:
        return True  # "no deal on Phase One": a step of talks, no actor
    if (len(words) > 1 and words[0] in gazetteer.CURRENCIES and name not in gazetteer.CURRENCIES
            and words[-1] not in names.ORG_WORDS and all(w[:1].isupper() for w in words)):
        return True  # "Bitcoin ATM": a thing of the currency ("Bitcoin Cash to" is cut later)
    if _after_a_work_noun(doc, first, last):
        return True
    if (_plays_a_role(doc, first, last)
            and any(t.lower_ in names.STAGE_WORDS for t in doc[first].sent)):
        return True  # "the actor who plays Sam Tarly": a character; "plays Federer": a person
    if _opens_event_name(doc, first, last) or _dated_work(doc, text, last):
        return True
    if _owned_title(doc, first, last) or _in_subtitle(doc, first, last):
        return True
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
    if (before[-1:] == "'" and not before[-2:-1].isalnum() and after[:1] == "'"
            and not after[1:2].isalnum() and _SPACED_POSSESSIVE.match(after) is None):
        return True  # "' Kindness Diaries ' author": a headline's single marks quote a title
    return (before[-1:] in _OPEN_QUOTES and closes
            and _SPACED_POSSESSIVE.match(after) is None)  # “Marquez’s hit”: not a title


#: A bill named by its number ("Bill C-21", "Bill 96") and a climate summit by its session
#: ("COP26"), which spaCy tags as people, bodies or places.
_BILL_OR_SUMMIT = re.compile(r"Bill [A-Z]{0,2}-?\d{1,4}|COP ?\d{1,2}")
#: The word between the parties of a court case: "Roe v. Wade" (sports write "v" bare, and
#: "vs." names matches and shows too), a headline's "V." as well.
_CASE_VERSUS: frozenset[str] = frozenset({"v."})


def _in_case_name(doc: Doc, first: int, last: int) -> bool:
    """The name is a party in a court case's name, right before or after "v.", or holds it
    (a headline's "Roe V. Wade Ruling" tagged a person): "Roe v. Wade",
    "Acme Health v. Dorn" name the case; a party of more than one word acts in the story where
    it is named otherwise, and a one-word party alone is the case's short name
    (``drops._drop_case_names``). A place the gazetteer knows is left to it."""
    if gazetteer.lookup(doc[first:last].text) is not None:
        return False
    return any(t.lower_ in _CASE_VERSUS for t in doc[max(first - 1, 0):last + 1])


def _after_a_work_noun(doc: Doc, first: int, last: int) -> bool:
    """The name right after a noun of works ("the play Hamlet"), or set off after it as the
    corpus's doubled spaces set off a stripped comma ("a 2017 EP   Cinco De Kestrel ."): then
    followed by a stop or a preposition ("the album   Late Nights   in 2015"), not by what the
    next clause's subject does, who speaks of the work or made it ("In his video   Jane Doe
    said", "an album   Jane Doe and her band made"); the corpus spaces names so too."""
    noun = _word_before(doc, first)
    if noun is None or noun.lower_ not in names.WORK_NOUNS or _names_the_subject(doc, first, last):
        return False
    if noun.i == first - 1:
        return True
    after = _next_word(doc, last)
    return after is None or after.is_punct or after.pos_ == "ADP"


def _owned_title(doc: Doc, first: int, last: int) -> bool:
    """The name follows an owner's possessive and a capitalised "The" that spaCy left out of
    it: "PRI's The World", "HBO's The Wire", a show's or a work's title (no person is called
    "The" and a name), unless it is an outlet, known or quoted as a source ("Ireland's The
    Journal reported", "Tuesday's The New Yorker report", a day's possessive)."""
    the = _word_before(doc, first)
    if the is None or the.text != "The" or the.i != first - 1 or the.i < 2:
        return False
    owner = _word_before(doc, the.i)
    if owner is None or owner.text not in _POSSESSIVE or owner.i != the.i - 1:
        return False
    after = _next_word(doc, last)
    return (doc[owner.i - 1].text not in gazetteer.CALENDAR
            and not gazetteer.is_media(doc[first:last].text)
            and (after is None or after.lower_ not in _REPORT_NOUNS)
            and not _is_source(doc, first, last))


#: Words that open a work's subtitle after its colon: "Dad: A Year of Hope".
_SUBTITLE_OPENERS: frozenset[str] = frozenset({"A", "An", "The"})
#: Marks a list inside a subtitle holds between its words ("Hope, Hardship and Purpose").
_SUBTITLE_MARKS: frozenset[str] = frozenset({",", ";"})


def _in_subtitle(doc: Doc, first: int, last: int) -> bool:
    """The name ends a work's subtitle: after a capitalised word and a colon, an article
    opening the subtitle, then only capitalised words, small title words and a list's commas
    or a corpus's doubled spaces up to the name, and a stop or a mark after it ("Promise Me,
    Dad: A Year of Hope, Hardship, and Purpose."). Not a speaker's line going on past the name
    ("PELL: The board and Jane Doe will meet")."""
    after = _next_word(doc, last)
    if after is not None and not after.is_punct:
        return False
    words = 0
    for tok in reversed(doc[max(first - 3 * _MAX_TITLE_WORDS, 0):first]):
        if tok.text == ":":
            opener = _next_word(doc, tok.i + 1)
            title = _word_before(doc, tok.i)
            return (words > 1 and opener is not None and opener.text in _SUBTITLE_OPENERS
                    and title is not None and title.text[:1].isupper())
        if not (tok.is_space or tok.text in _SUBTITLE_MARKS or tok.text[:1].isupper()
                or tok.text in _TITLE_SMALL_WORDS):
            return False
        words += not (tok.is_space or tok.text in _SUBTITLE_MARKS)
    return False


def _plays_a_role(doc: Doc, first: int, last: int) -> bool:
    """The name is the part a role verb plays, right after it ("who plays Sam Tarly") or in
    apposition to that part ("plays Finn, a former Stormtrooper", spaCy reading the second
    noun as another object of the verb or an apposition), or what a role noun's "of" names
    ("sang the role of Tosca")."""
    before = _word_before(doc, first)
    if before is not None and before.lower_ in names.ROLE_VERBS:
        return True
    root = doc[first:last].root
    if (root.dep_ == "pobj" and root.head.lower_ == "of"
            and root.head.head.lemma_.lower() in names.ROLE_NOUNS
            and not any(t.text in _POSSESSIVE for t in doc[first:last + 1])):
        # not the maker owning the work the part is in: "the title part of Tchaikovsky's opera"
        # "the role of Jane Doe in the scandal" is her part in it: a word of the stage, other
        # than the role noun, must make it a character's ("sang the role of Tosca")
        return any(t.lower_ in names.STAGE_WORDS and t.lemma_.lower() not in names.ROLE_NOUNS
                   for t in doc[first].sent)
    while root.dep_ in ("appos", "conj") and root.head.i < root.i:
        root = root.head
    return root.dep_ == "dobj" and root.head.lower_ in names.ROLE_VERBS


#: A race named with its distance ("the Kestrel 500"): three digits ending an event's name.
_RACE_NUMBER = re.compile(r"[1-9]\d\d")
#: Lower-case words an event's name may hold between its capitalised ones ("the Global Media
#: and Communications Conference"); no article, which opens a second name ("Pell and the Open").
_EVENT_NAME_JOINERS: frozenset[str] = frozenset({"and", "&", "of", "for", "de"})
#: Parts of speech of a verb's object right after it ("Show their support"): after an event
#: word they make the word a headline's verb.
_OBJECT_POS: frozenset[str] = frozenset({"DET", "PRON"})


def _opens_event_name(doc: Doc, first: int, last: int, *, nouns: bool = False) -> bool:
    """spaCy tagged the name alone at the front of a longer event's name: capitalised words
    after it end in an event or a meeting word on which the name hangs ("the Vancouver
    Olympics", "the Global Media and Communications Conference"), or in a race's number ("the
    Ford EcoBoost 400"); with ``nouns``, a lower-case event noun after at most one adjective
    ("an Asia-Pacific economic summit"). A host, a sponsor or a topic in the event's name, no
    actor there. Not a headline's subject before its verb ("Pell Wins Kestrel Open"), which
    does not hang on the event word."""
    root = doc[first:last].root
    heads = {t.i for t in root.ancestors}
    run: list[Token] = []
    for tok in doc[last:last + _MAX_TITLE_WORDS + 1]:
        if tok.text in names.EVENT_WORDS or tok.text in names.MEETING_WORDS:
            # "Pell and Varro Show their support": the word a headline's verb, taking an object
            after = _next_word(doc, tok.i + 1)
            return tok.i in heads and (after is None or after.pos_ not in _OBJECT_POS)
        if nouns and tok.lower_ in names.EVENT_NOUNS:
            return tok.i in heads and len(run) <= 1 and all(t.pos_ == "ADJ" for t in run)
        if _RACE_NUMBER.fullmatch(tok.text):
            # the race's name is one run of capitals: "the Ford EcoBoost 400"; not a second
            # name joined on ("the Police Department and Unit District 203"), nor a body's
            # numbered unit, a common noun before its number ("Kestrel Unit District 203")
            held = {t.i for t in run}
            return (bool(run) and not any(t.text in _EVENT_NAME_JOINERS for t in run)
                    and run[-1].lower_ not in lexicon_words("noun")
                    and tok.head.i in held and root.head.i in held)
        if nouns and tok.pos_ == "ADJ" and tok.text.islower():
            run.append(tok)
            continue
        if not (tok.text[:1].isupper() or tok.text in _EVENT_NAME_JOINERS):
            return False
        run.append(tok)
    return False


#: A work's year in brackets after its title: "Flowers for Tomorrow (1964)".
_YEAR_IN_BRACKETS = re.compile(r"\s*\((?:1[5-9]|20)\d\d\)")


def _dated_work(doc: Doc, text: str, last: int) -> bool:
    """The name ends, or opens, a title followed by its year in brackets, as books, films and
    albums are listed ("The Spice-Box of Earth (1961)", "Flowers for Hitler (1964)", spaCy
    tagging "Flowers" and "Hitler" apart): a work, no actor. A person's dates are a range
    ("(1920-2001)") or say "born"."""
    end = last
    for tok in doc[last:last + _MAX_TITLE_WORDS]:
        if not (tok.text[:1].isupper() or tok.text in _TITLE_SMALL_WORDS):
            break
        end = tok.i + 1
    if not doc[end - 1].text[:1].isupper():
        return False  # "Jane Doe and (1964)"
    return _YEAR_IN_BRACKETS.match(text, doc[end - 1].idx + len(doc[end - 1])) is not None


def _names_the_subject(doc: Doc, first: int, last: int) -> bool:
    """A person's full name opening a work's title before a colon ("the documentary Jane Doe:
    A Life in Music"): the title names its subject, who is an actor (and often the only place
    the article writes the full name); a title of one word before a colon ("the film Frost:
    ...") may be the work's own name and is not read so."""
    return (last - first > 1 and last < len(doc) and doc[last].text == ":"
            and all(t.ent_type_ == "PERSON" for t in doc[first:last]))


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
    {"a", "an", "and", "at", "for", "from", "in", "of", "on", "the", "to", "with", "&", "into",
     "onto", "upon", "over", "under", "through", "by", "or", "as", "about", "without"})
#: The most words read after a name for the end of the quoted title it opens.
_MAX_TITLE_WORDS = 6


def _in_list_of_works(doc: Doc, first: int, last: int) -> bool:
    """The name is one of the examples of a noun of works: "hits such as Frozen and Moana",
    "films including Zootopia", "movies like Harbour Lights" (spaCy tags such titles as people
    or places)."""
    root = _first_conjunct(doc[first:last].root)  # "Frozen and Moana"
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
    root = _first_conjunct(doc[first:last].root)  # "Blackish or Living Single"
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
        if tok.is_space or (tok.text in _TITLE_JOINERS and not tok.whitespace_
                            and tok.i > 0 and not doc[tok.i - 1].whitespace_):
            continue  # "“Brooklyn Nine-Nine”": a hyphen inside a word of the title
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


#: Participles that give a work its title after its noun: "a book called ...", "one titled ...".
_TITLE_VERBS: frozenset[str] = _NAMING_VERBS | {"titled", "entitled"}


def _closes_a_named_title(doc: Doc, first: int) -> bool:
    """The name at token ``first`` closes a title of two words or more given after a noun by a
    participle ("and one called Jewels of Mountains and Snowlines of New Zealand", "a film
    titled Escape from Old Vienna"): capitalised words and small title words from the
    participle to the name, the first no person's; the title's, not the place's. A name right
    after the participle is the thing's own ("a town called Springfield")."""
    words: list[Token] = []
    for tok in reversed(doc[max(first - _MAX_TITLE_WORDS - 1, 0):first]):
        if tok.is_space:
            continue
        if tok.lower_ in _TITLE_VERBS and tok.dep_ == "acl":
            return (len(words) > 1 and words[-1].text[:1].isupper()
                    and words[-1].ent_type_ != "PERSON")
        if not (tok.text[:1].isupper() or tok.text in _TITLE_SMALL_WORDS):
            return False
        words.append(tok)
    return False


def _opens_quoted_title(doc: Doc, last: int) -> bool:
    """The words after a name that follows an opening quotation mark are the rest of a title,
    ending with a capitalised word: “Shakespeare in Love”."""
    words = _quoted_title_words(doc, last, forward=True)
    return bool(words) and words[-1].text[:1].isupper()


#: A file's name (an underscore, an image's or a document's extension), an amount of money or
#: a figure with decimals or thousands: no name, however spaCy tags it.
_FILE_OR_AMOUNT = re.compile(
    r"_|\.(?:jpe?g|png|gif|webp|pdf|docx?|mp4)\b|[$€£¥₹]\s?\d|\bRs\.?\s?\d|\d[.,]\d", re.I)


#: Lower-case words after an outlet's or an agency's name that say what it is ("AFP news
#: agency", "Acme TV channel"), which spaCy may tag with the name.
_OUTLET_TAIL = re.compile(r"(?:\s+(?:news|agency|wire|service|tv|television|channel|radio))+$")


def _is_noise(doc: Doc, text: str, ent: Span, first: int, last: int, name: str) -> bool:
    if name in gazetteer.CALENDAR or gazetteer.is_agency(name) or len(name) < 2:
        return True
    if gazetteer.is_agency(_OUTLET_TAIL.sub("", name)):
        return True  # "told AFP news agency" tagged whole: the agency, a source or a credit
    if not any(ch.isalpha() for ch in name) or _STORY_CODE.fullmatch(name) \
            or _ENCODED.fullmatch(name):
        return True  # "1,200", a wire story's code ("L2N1PK1N5"), "YQKktkpTURBXy9hMDcz..."
    if _FILE_OR_AMOUNT.search(name):
        return True  # "RAW_1503_Pureza_09.jpg", "S$660,000", "Rs.75", "CFR of 0.39"
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
    if _SITE_AFTER_BAR.search(text, 0, start) and _LINE_END.match(text, end):
        return True  # "Court upholds conviction | Kelby Star-Advertiser": the page's site name
    if _in_sources_line(text, start, end):
        return True  # "... was garbage. Reuters and CNN and Tass (Moscow)": the story's sources
    if _COPYRIGHT.search(text, 0, start):
        # "Copyright © 2017 NPR. ... transcripts are created by Acme Inc": the page's notice
        # and the furniture after it, which closes the story
        return True
    if _is_spaced_credit(text, start, end, name, person=ent.label_ == "PERSON"):
        return True
    if ent.label_ in _BYLINE_LABELS and _is_byline(
            doc, first, last, credited=ent.label_ not in ("PERSON", "ORG")):
        return True
    if ent.label_ == "PERSON" and _is_video_credit(doc, first, last):
        return True
    if before == "#":
        return True  # "#BoycottAcme": a hashtag, a slogan and not who
    if _names_an_operation(doc, first):
        return True  # "a mission codenamed Barkhane", "Operation Kelby Shield": no actor
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
    if ent.label_ in _PLACE_LABELS and (_is_marked_dateline(doc, first, last)
                                        or _is_mixed_case_dateline(doc, first, last)):
        return True
    if ent.label_ == "PERSON" and _is_author_note(doc, first, last):
        return True
    if ent.label_ in _NAME_LABELS and any(t.is_digit for t in doc[:first]) \
            and _is_dateline_credit(doc, first, last):
        return True  # "Seoul, Dec 7 (NationPress) The ...": an outlet no list knows, dated
    if (ent.label_ in ("ORG", "PERSON", "WORK_OF_ART") and (
            gazetteer.is_media(name) or _outlet_noun_after(doc, last))) or (
            _outlet_noun_before(doc, first) and ent.label_ in _NAME_LABELS):
        return (_is_source(doc, first, last) or _is_dateline_credit(doc, first, last)
                or _is_banner(doc, first, last))
    if ent.label_ == "ORG" and _CALL_SIGN.fullmatch(name):
        return _is_source(doc, first, last)  # "told KTVL": a station, named as a source
    if name in gazetteer.PLATFORMS:
        return _names_a_medium(doc, first, last)
    # "Twitter @janedoe" tagged with the "@", or with the whole handle: a handle given, the
    # medium
    handle = _PLATFORM_HANDLE.fullmatch(name)
    return handle is not None and handle.group(1) in gazetteer.PLATFORMS


#: Words that name a military or police operation after them ("codenamed Barkhane"), or open
#: its name ("Operation Kelby Shield").
_OPERATION_WORDS: frozenset[str] = frozenset({"codenamed", "code-named", "Operation"})


def _names_an_operation(doc: Doc, first: int) -> bool:
    """The entity at token ``first`` is an operation's name: it opens with "Operation", or
    "codenamed" comes right before it (a quotation mark between)."""
    if doc[first].text == "Operation":
        return True
    i = first - 1
    while i >= 0 and (doc[i].is_quote or doc[i].is_space):
        i -= 1
    if i >= 2 and doc[i].text == "named" and doc[i - 1].text == "-" and doc[i - 2].lower_ == "code":
        return True  # "code-named" split in three
    return i >= 0 and doc[i].text in _OPERATION_WORDS


#: A network's name and a handle on it, tagged as one name: "Twitter @", "Twitter @janedoe".
_PLATFORM_HANDLE = re.compile(r"(.+?)\s*@\w*")


#: A broadcaster's call sign ("KTVL", "WPIX"): four capitals opening with K or W, as American
#: stations are named; shorter ones are too often something else ("WHO").
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}")

#: Nouns right after a name that make it an outlet the table does not know: "GMTV television",
#: "the Augsburger Allgemeine newspaper".
_OUTLET_NOUNS: frozenset[str] = frozenset(
    {"broadcaster", "channel", "daily", "magazine", "network", "newspaper", "radio", "station",
     "television", "tv", "website", "weekly"}
)


def _outlet_noun_after(doc: Doc, last: int) -> bool:
    """The name ending before token ``last`` is followed by a noun for an outlet ("told GMTV
    television"): an outlet, dropped like the known ones where only named as a source."""
    return last < len(doc) and doc[last].lower_ in _OUTLET_NOUNS


#: Nouns a social network names the medium of: "a Twitter user", "his Facebook post", "its
#: official Weibo microblog".
_MEDIUM_NOUNS: frozenset[str] = frozenset(
    {"account", "feed", "follower", "handle", "live", "message", "microblog", "page", "post",
     "profile", "story", "thread", "user", "video"}
)
#: Possessive pronouns that make a social network someone's own account: "using his Twitter".
_OWNER_PRONOUNS: frozenset[str] = frozenset({"his", "her", "its", "their", "my", "our", "your"})
#: Prepositions that make a social network where something was said: "wrote on Twitter".
_MEDIUM_PREPOSITIONS: frozenset[str] = frozenset({"on", "via"})
#: Nouns of a message posted on a network ("a statement on Twitter", "a video on Facebook"),
#: whose "on" makes it the medium; other nouns are done to it ("a ban on Twitter").
_MESSAGE_NOUNS: frozenset[str] = frozenset(
    {"announcement", "apology", "comment", "letter", "message", "note", "photo", "picture",
     "post", "remark", "reply", "response", "statement", "tweet", "video"}
)
#: The preposition and the verbs of going to a network to say something: "took to Twitter".
_TURN_TO = frozenset({"to"})
_TURN_TO_VERBS: frozenset[str] = frozenset({"take", "turn"})


def _names_a_medium(doc: Doc, first: int, last: int) -> bool:
    """The social network at tokens [first, last) is only where something was said or shown,
    as an outlet named as a source is ("told Vogue"): "wrote on Twitter", "said on Facebook",
    "a Twitter user", "his Instagram account", someone's own ("using his Twitter"), a handle
    given ("Twitter @janedoe", a byline's), or one of a list of networks ("be on Pinterest,
    Twitter, Instagram"). Not where it acts or is acted on ("Twitter said it removed the
    posts", "a ban on Twitter")."""
    after = _after_spaces(doc, last)
    if after < len(doc) and doc[after].text.startswith("@"):
        return True  # "Twitter @janedoe": the author's handle on it
    root = own = doc[first:last].root
    # a network listed with others ("Pinterest, Twitter, Instagram") hangs on the next one
    while root.dep_ in ("compound", "conj") and root.head.text in gazetteer.PLATFORMS:
        root = root.head
    before = _before_spaces(doc, first - 1)
    if root is not own and before >= 0 and doc[before].lower_ in _MEDIUM_PREPOSITIONS:
        return True  # "be on Pinterest  Twitter  Instagram": the list itself is where
    if any(t.dep_ == "poss" and t.lower_ in _OWNER_PRONOUNS
           for t in (*root.children, *root.head.children)):
        return True  # "using his Twitter", "his Twitter and other socials": his own account
    if root.dep_ == "pobj" and root.head.lower_ in _TURN_TO and \
            root.head.head.lemma_.lower() in _TURN_TO_VERBS:
        return True  # "took to Twitter to explain": where he said it
    prep = _word_before(doc, first)
    if prep is not None and prep.lower_ in _MEDIUM_PREPOSITIONS:
        # "said on Twitter", "a statement on Twitter"; spaCy may hang "on" on the person before
        # it ("said of Jane Doe on Twitter") or read the network as a subject ("a statement on
        # Twitter explaining"): what "on" hangs on decides, and a common noun other than a
        # message's is what is done to the network ("a ban on Twitter")
        governor = prep.head
        # "via" says how a message went, whatever it hangs on ("his teammates via FaceTime")
        return prep.lower_ == "via" or governor.pos_ in ("VERB", "AUX", "PROPN") or (
            governor.pos_ == "NOUN" and governor.lemma_.lower() in _MESSAGE_NOUNS)
    return root.dep_ in ("compound", "nmod") and root.head.lemma_.lower() in _MEDIUM_NOUNS


#: What a page may print after a caption's bracketed credit: the credit's name again behind
#: markup ("(Acme Photo) ==Acme Photo"), which closes the line as the credit does.
_CREDIT_ECHO = re.compile(r"\)\s*[=|\-–—]*\s*(?P<name>[^()]*)$")


def _is_closing_credit(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is inside brackets that close its line and hold a slash,
    as a caption's credit does: "... walk to the hospital. (Jane Doe/The Post)", or that open
    right after the end of a sentence or another bracketed credit, as a caption's credit without
    a slash does ("... in the 1980s. (Montefiore Health System)", "(Pool photo) (Acme)"), the
    credit's name printed again after it or not ("(Acme) ==Acme": that echo is the credit too).
    Brackets in a sentence ("(D-Texas)") are left alone."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    left = text[line_start:start]
    right = text[end:len(text) if line_end == -1 else line_end].rstrip()
    name = text[start:end]
    credit_end = start - len(echo.group()) if (echo := _CREDIT_ECHO.search(left)) else start
    if echo is not None and not echo["name"] and not right \
            and text[credit_end - len(name):credit_end] == name \
            and _is_closing_credit(text, credit_end - len(name), credit_end):
        return True  # the echo "==Acme" after "(Acme)"
    if (echo := _CREDIT_ECHO.search(right)) is not None and echo["name"].strip() == name:
        right = right[:echo.start() + 1]
    opened = left.rfind("(")
    if opened == -1 or ")" in left[opened:] or not right.endswith(")") or "(" in right:
        return False
    inside = left[opened:] + text[start:end] + right
    if inside.count(")") != 1:
        return False
    if "/" in inside or _credits_an_agency(inside):
        return True  # "(Jane Doe/The Post)", "(Jane Doe, PA)": a photographer and the agency
    # a sentence of its own in brackets ("(Nadal is 5-2 in those meetings.)") is no credit;
    # brackets alone on their line ("(The Kelby Times)" closing a story) are its source's
    opens = left[:opened].rstrip()
    return ((not opens or opens[-1:] in (*_SENTENCE_ENDS, ")"))
            and inside[:-1].rstrip()[-1:] not in _SENTENCE_ENDS
            and len(inside.split()) <= _MAX_CREDIT_WORDS)


def _credits_an_agency(inside: str) -> bool:
    """A bracket's text ends with an agency after a comma: "(Jane Doe, PA)", a photo's credit."""
    head, comma, tail = inside.strip("() ").rpartition(",")
    return bool(comma and head.strip()) and gazetteer.is_agency(tail.strip())


def _in_sources_line(text: str, start: int, end: int) -> bool:
    """The name at ``text[start:end]`` is one of the outlets and agencies that close their line
    after its last sentence, joined by "and", "&" or commas and with the place they wrote from
    in brackets or not: "... was over. Reuters and CNN and Tass (Moscow)", a blog's list of the
    sources it drew on, no actor. Two outlets at least, or one with its place: an outlet alone
    after a sentence may open a headline."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start:len(text) if line_end == -1 else line_end].rstrip()
    opened = max(line.rfind(mark + " ", 0, start - line_start) for mark in _SENTENCE_ENDS)
    tail = line[opened + 1:] if opened >= 0 else ""
    place = _SOURCES_PLACE.search(tail)
    if place is not None:
        tail = tail[:place.start()]
    parts = [p for p in _SOURCE_JOINERS.split(tail.strip()) if p]
    return (len(parts) > 1 or (place is not None and len(parts) == 1)) and all(
        gazetteer.is_media(p) or gazetteer.is_agency(p) for p in parts)


#: What joins the outlets of a line of sources: "Reuters and CNN", "AP, AFP & Tass".
_SOURCE_JOINERS = re.compile(r"\s*(?:,|&|\band\b)\s*")
#: The place a line of sources wrote from, in brackets at its end: "Tass (Moscow)".
_SOURCES_PLACE = re.compile(r"\s*\([A-Z][\w .'’-]*\)$")


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


#: The most words in capitals after the first of a dateline's place ("KUALA LUMPUR", "PORT OF
#: SPAIN").
_MAX_CAPITAL_WORDS = 3


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
    rest = 0
    while i < len(doc) and doc[i].is_alpha and doc[i].is_upper and rest < _MAX_CAPITAL_WORDS:
        i = _after_spaces(doc, i + 1)  # "LUMPUR" of "KUALA LUMPUR -", spaCy tagging "KUALA"
        rest += 1
    if i < len(doc) and doc[i].text not in _DATELINE_MARKS and not glued:
        # the country or state after the city, written without the comma
        i = next((_after_spaces(doc, i + n) for n in range(3, 0, -1)
                  if i + n <= len(doc) and gazetteer.lookup(doc[i:i + n].text) is not None),
                 len(doc))
    return i < len(doc) and doc[i].text in _DATELINE_MARKS


#: Entity labels spaCy may give an outlet's name it does not know ("channel Acme" a place).
_NAME_LABELS: frozenset[str] = frozenset({"ORG", "PERSON", "GPE", "LOC", "WORK_OF_ART"})
#: Entity labels of places, which may open a dateline.
_PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC"})
#: The most tokens of the agency's or outlet's name in a dateline's brackets ("( AP )").
_MAX_SOURCE_TOKENS = 4


def _opens_dateline(doc: Doc, first: int) -> bool:
    """Only spaces, or the first words of a dateline's place in capitals, come before token
    ``first`` on its paragraph: "LUCIE" of "PORT ST. LUCIE –", "Peru" of "LIMA  Peru —"; a
    page may print its date first ("date 2021-03-04 KELBY —"), which is no sentence either."""
    start = _PAGE_DATE.match(doc.text)
    return all(t.is_space or t.is_upper or t.text in (".", ",")
               or (start is not None and t.idx < start.end()) for t in doc[:first])


#: The date a page prints before its first paragraph's words: "date 2021-03-04 ".
_PAGE_DATE = re.compile(r"\s*(?:date|published|updated)?:?\s*\d{4}-\d\d-\d\d\s", re.IGNORECASE)


def _is_banner(doc: Doc, first: int, last: int) -> bool:
    """The outlet at tokens [first, last) opens its paragraph with a dash after it, as the
    site's banner before the first sentence does ("Kelby Times - The mayor said ..."): the
    page's own name, no actor."""
    i = _after_spaces(doc, last)
    return _opens_dateline(doc, first) and i < len(doc) and doc[i].text in _DATELINE_DASHES


def _is_mixed_case_dateline(doc: Doc, first: int, last: int) -> bool:
    """A place written in mixed case opening its paragraph, then a spaced dash and a sentence
    opening with a capital ("Kelby - The mayor said ..."): the dateline of the story, where it
    was filed. A place that starts a sentence is set off with a dash and a lower-case clause
    ("Veldora - which ... -"), and a name glued to the dash ("Kelby-based") is one word."""
    i = _after_spaces(doc, last)
    if not _opens_dateline(doc, first) or i + 1 >= len(doc) or doc[i].text not in \
            _DATELINE_DASHES or not doc[i - 1].whitespace_:
        return False
    nxt = _after_spaces(doc, i + 1)
    return nxt < len(doc) and doc[nxt].text[:1].isupper()


#: What follows a dateline's place when the dateline gives the day: a comma, the month and the
#: day (a year perhaps), then a colon, a dash or the outlet in brackets ("New Delhi, Aug 30:",
#: "Seoul, Dec 7 (NationPress)"); or, without the day, a colon and the sentence's first word
#: ("Colombo: Sri Lankan President ..."). A sentence opening with a place has neither.
_DATED = re.compile(
    r"\s*(?:,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
    r"(?:,?\s+\d{4})?\s*(?::|\(|—|–|―|--|-\s)|:\s+[A-Z])")


def _is_marked_dateline(doc: Doc, first: int, last: int) -> bool:
    """A place (the gazetteer's or spaCy's) named as the dateline opening its paragraph: where
    the story was filed, not who acts, however it is written. An agency or an outlet in
    brackets follows it ("Sydney (AFP) –", "Erbil (CNN)"), or its day and a mark (``_DATED``),
    or a dash where the place is written in capitals or after the city of the dateline
    ("WASHINGTON ―", "LIMA  Peru —"); "Russia — which ... —" opening a sentence is the
    actor."""
    if not _opens_dateline(doc, first):
        return False
    if _DATED.match(doc.text, doc[last - 1].idx + len(doc[last - 1])) is not None:
        return True  # "New Delhi, Aug 30: The court ...", "Seoul, Dec 7 (NationPress) The ..."
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


def _is_byline(doc: Doc, first: int, last: int, *, credited: bool = False) -> bool:
    """A name in a byline or credit: "By Jane Doe and John Roe", "(Reporting by Jane Doe; ...)".

    Walks back over the names and "and"s before it to the "by"; that "by" must open its line
    (or a bracket), or follow a credit word ("Reporting", "Editing"), so "was won by Jane Doe"
    in a sentence is not a byline. ``credited``: only the credit word will do, for a name
    spaCy tagged a place or a people ("By London standards" opens a sentence).
    """
    if last < len(doc) and doc[last].text in _POSSESSIVE:
        return False  # "By Jane Doe's account, ..." opens a sentence
    i = first - 1
    # the names are walked over whatever spaCy tagged them ("Additional reporting by Hudheifa
    # Aden, Mugambi Mutegi and ...": the first tagged a place)
    while i >= 0 and (doc[i].text in _BYLINE_JOINERS or doc[i].ent_type_ in _BYLINE_LABELS):
        i -= 1
    if i < 0 or doc[i].lower_ != "by":
        return False
    if not credited and (i == 0 or doc[i - 1].is_space or doc[i - 1].text in ("(", "[", "|")):
        return True
    return i > 0 and doc[i - 1].lower_ in gazetteer.BYLINE_WORDS


#: The most tokens of an agency's name read before a name it owns ("USA TODAY Sports'").
_MAX_AGENCY_TOKENS = 3


def _is_video_credit(doc: Doc, first: int, last: int) -> bool:
    """The person at tokens [first, last) is the reporter a video's caption credits, no actor:
    owned by an agency or a video service ("USA TODAY Sports' Jane Doe previews the race"), or
    given with a handle in brackets in a caption that closes with the service's name ("Jane Doe
    (@janedoe) has the story. Buzz60")."""
    i = _before_spaces(doc, first - 1)
    if i > 0 and doc[i].text in _POSSESSIVE and any(
            gazetteer.is_agency(doc[j:i].text.strip())
            for j in range(max(i - _MAX_AGENCY_TOKENS, 0), i)):
        return True
    j = _after_spaces(doc, last)
    if j + 1 >= len(doc) or doc[j].text != "(" or not doc[j + 1].text.startswith("@"):
        return False
    tail = [t for t in doc if not t.is_space and not t.is_punct][-_MAX_AGENCY_TOKENS:]
    return any(gazetteer.is_agency(doc[t.i:len(doc)].text.strip()) for t in tail)


def _is_source(doc: Doc, first: int, last: int) -> bool:
    """Whether the outlet at tokens [first, last) is only named as the source of a report:
    after words of a source ("according to", "told", "reported by the state television channel
    Acme", the words saying what the outlet is passed over), as what a report's verb has say
    or a report's noun is owned by, the employer its reporter is named with ("Acme News’ Jane
    Doe, reporting from ..."; "a reporter with Acme News" of an author's note)."""
    i = first
    while i > 0 and _describes_an_outlet(doc[i - 1]):
        i -= 1
    before = tuple(t.lower_ for t in doc[max(i - 3, 0):i])
    if any(before[-len(p):] == p for p in _SOURCE_BEFORE if len(p) <= len(before)):
        return True
    if before[-1:] and before[-1] in _EMPLOYER_PREPOSITIONS and any(
            t.lemma_.lower() in _JOURNALIST_NOUNS for t in doc[max(i - _MAX_TITLE_GAP, 0):i - 1]):
        return True  # "a reporter and writer with Acme News": whom the author writes for
    root = doc[first:last].root
    if root.dep_ in _SUBJECT_DEPS and root.head.lemma_ in _REPORT_VERBS:
        return True
    return root.dep_ == "poss" and (root.head.lemma_ in _REPORT_NOUNS
                                    or root.head.ent_type_ == "PERSON")


#: Prepositions that name a journalist's employer: "a reporter with", "an editor at".
_EMPLOYER_PREPOSITIONS: frozenset[str] = frozenset({"with", "at", "for"})
#: Nouns of the people who write for an outlet, as an author's note gives them ("an anchor for
#: KTTV" is a face on screen, more often the story's own subject).
_JOURNALIST_NOUNS: frozenset[str] = frozenset(
    {"reporter", "writer", "correspondent", "journalist", "editor", "columnist", "contributor"})
#: The most words between a journalist's noun and the preposition naming the employer ("a
#: senior reporter and writer with").
_MAX_TITLE_GAP = 5
#: Lower-case words that say what an outlet is, between a source's words and its name ("told
#: the state news agency Acme", "the private television channel Acme").
_OUTLET_DESCRIPTORS: frozenset[str] = frozenset(
    {"news", "agency", "state", "state-run", "state-owned", "official", "private", "public",
     "local", "national"})


def _describes_an_outlet(tok: Token) -> bool:
    """The token, before an outlet's name, is an article, a word saying what the outlet is
    ("the state television channel"), or the demonym of its country ("the Kelish channel")."""
    return (tok.text in _ARTICLES or tok.lower_ in _OUTLET_DESCRIPTORS
            or tok.lower_ in _OUTLET_NOUNS or tok.ent_type_ == "NORP")


def _outlet_noun_before(doc: Doc, first: int) -> bool:
    """The name opening at token ``first`` comes right after a noun for an outlet ("the
    television channel Acme"): an outlet, as one followed by such a noun is."""
    return first > 0 and doc[first - 1].lower_ in _OUTLET_NOUNS and doc[first - 1].is_lower


def _is_author_note(doc: Doc, first: int, last: int) -> bool:
    """The person at tokens [first, last) opens an author's note: "Jane Doe is a reporter with
    Acme News", the name, "is", a journalist's noun within a few words, then the employer's
    preposition; the writer of the page, no actor. A story about a journalist says more than
    this of her ("is a reporter who was jailed")."""
    if not _opens_dateline(doc, first) or last + 1 >= len(doc) or doc[last].lemma_ != "be":
        return False
    window = doc[last + 1:min(last + 1 + _MAX_TITLE_GAP + 2, len(doc))]
    noun = next((t for t in window if t.lemma_.lower() in _JOURNALIST_NOUNS), None)
    return noun is not None and any(
        t.lower_ in _EMPLOYER_PREPOSITIONS for t in doc[noun.i + 1:noun.i + _MAX_TITLE_GAP])


#: Marks that end a sentence, quoted or not.
_SENTENCE_ENDS: frozenset[str] = frozenset({".", "!", "?", "'", '"', "’", "”"})
