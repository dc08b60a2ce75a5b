"""Which names are one body: an acronym defined in brackets, a short name of a longer
body (``_join_short_org_names``), a firm named by its first word, an initialism, a state's formal
name and its short name, a group named in the plural, a shop called by its possessive ("Carol's"
for "Carol's Pub"), a mention cut short of a known body's longer name."""

from __future__ import annotations

import re
from collections.abc import Container, Iterable, Mapping, Sequence

from analysis import gazetteer, names
from analysis.actors.candidates import _INITIALISM
from analysis.actors.spans import (
    _BODY_KINDS,
    _P_CONFIG,
    _P_GAZETTEER,
    _POSSESSIVE_ENDS,
    _Cand,
    _next_word,
    _one_line,
    _Para,
)
from analysis.types import ActorKind

#: An acronym as a story defines it in brackets: "NRA", "IDEA", "CDU", "AfD".
#: An acronym, also of a party and its faction joined by a hyphen ("CPN-UML").
_ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,5}(?:-[A-Z][A-Za-z]{0,4})?")
_BRACKET_BEFORE = re.compile(r"\(\s*$")
_BRACKET_AFTER = re.compile(r"\s*\)")
#: The rest of a body's name after the part spaCy tagged, up to a bracket that defines its
#: acronym: capitalised words and the small words a name holds (" and Border Patrol").
_NAME_GOES_ON = re.compile(r"(?:(?:\s+|-)(?:and|of|for|&|[A-Z][a-z]+))+")
#: Entity labels of things that are no actor: a law, a work, an event, a product.
_THING_ENT_TYPES: frozenset[str] = frozenset({"LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})


#: An acronym in brackets right after a name: " (EC)".
_BRACKETED_ACRONYM = re.compile(r"\s*\(\s*(" + _ACRONYM.pattern + r")\s*\)")


def _untagged_acronym(text: str, c: _Cand, cands: Sequence[_Cand]) -> str | None:
    """The acronym in brackets right after the body ``c`` that spaCy did not tag, as where the
    page glued the next sentence to the bracket ("the Electoral Commission (EC).In the ..."),
    whether or not it spells the name in English ("the National Congress for Timorese
    Reconstruction (CNRT)", initials of its Portuguese name); a known body's or an outlet's
    acronym is its own."""
    m = _BRACKETED_ACRONYM.match(text, c.end)
    if (m is None or c.noise or c.kind is not ActorKind.ORGANIZATION
            or any(o.start == m.start(1) for o in cands)):
        return None
    acronym = m.group(1)
    if gazetteer.lookup(acronym) is not None or gazetteer.is_media(acronym):
        return None
    return acronym


#: A person's surname and its possessive opening a body's entity: "Besigye's Forum for
#: Democratic Change".
_OWNER_OPENING = re.compile(r"([A-Z][\w-]+)['’]s\s+(?=[A-Z])")


def _cut_owners_off_bodies(paras: Sequence[_Para]) -> None:
    """A body's entity that opens with the surname and possessive of a person the article names
    in full ("Besigye's Forum for Democratic Change" beside "Kizza Besigye", "Kristersson's
    Moderates") is the body without its owner: the person is named apart. A place's
    possessive ("Veldora's Ministry of Water") is no surname; a possessive that is the body's
    own ("McDonald's Corporation", "Moody's Investors Service") names no person of the article,
    and stays."""
    # any word of a full name: a surname may come first ("Yoon's People Power Party" beside
    # "Yoon Suk Yeol")
    surnames = {word for para in paras for c in para.cands
                if not c.noise and c.kind is ActorKind.PERSON and " " in c.actor
                for word in c.actor.split() if gazetteer.lookup(word) is None}
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise or not c.from_entity or c.kind not in _BODY_KINDS:
                continue
            owner = _OWNER_OPENING.match(text, c.start)
            if owner is not None and owner.group(1) in surnames and owner.end() < c.end:
                c.start = owner.end()
                c.actor = _one_line(text[c.start:c.end])


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
    renamed: dict[str, str] = {}  # a body's name spaCy cut -> the whole name its acronym spells
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
                      and c.actor.replace("-", "") in _initialisms(
                          text[before.start:name_end].replace("-", " "))):
                    # "Customs and Border Patrol (CBP)" with "Customs" alone tagged: the name
                    # the acronym spells opens with the body, which stands for it, and is that
                    # body's whole name where no other name is inside it ("Communist Party of
                    # Nepal-Unified Marxist Leninist (CPN-UML)" tagged "Communist Party")
                    if not any(o is not before and not o.noise and before.end <= o.start < name_end
                               for o in para.cands):
                        whole = _one_line(text[before.start:name_end])
                        renamed[before.actor] = whole  # "Customs did not ..." is the body too
                        before.end, before.actor = name_end, whole
                    defined[c.actor] = before
                else:
                    span = doc.char_span(name_end - 1, name_end, alignment_mode="expand")
                    if span is not None and span[-1].ent_type_ in _THING_ENT_TYPES:
                        defined[c.actor] = None
            if (acronym := _untagged_acronym(text, c, para.cands)) is not None \
                    and acronym not in defined:
                defined[acronym] = c  # "the Electoral Commission (EC).In": spaCy missed "EC"
            before = c
    if not defined:
        return
    for para in paras:
        for c in para.cands:
            if c.actor in renamed and not c.noise and c.priority != _P_CONFIG:
                c.actor, c.via = renamed[c.actor], "alias"
            if c.actor in defined and not c.noise and c.priority != _P_CONFIG:
                body = defined[c.actor]
                if body is None:
                    c.noise = True
                else:
                    c.actor, c.kind, c.via = body.actor, body.kind, "alias"


#: Parts of speech of a word a possessive owns ("Dina's husband", "Dina's 40th birthday"): there
#: the name is its owner's, not a shop named for her; an adjective owned only before one of
#: these ("Dina's new car", not "run Dina's similar to before").
_OWNED_POS: frozenset[str] = frozenset({"NOUN", "PROPN", "NUM"})


def _join_possessive_shop_names(paras: list[_Para]) -> None:
    """"Dina's would reopen", "you live near Dina's" after "Dina's Tavern": a one-word name
    written with its possessive that owns nothing after it is the one organisation of the
    article whose name opens with that name and possessive, as a shop, a pub or a firm is
    called in speech; whatever spaCy tagged the name (a person, a place). Where the possessive
    owns a word ("Dina's husband") or the article names no such body, nothing changes."""
    shops: dict[str, set[str]] = {}
    for para in paras:
        for c in para.cands:
            first = c.actor.split()[0]
            if not c.noise and c.kind is ActorKind.ORGANIZATION and " " in c.actor \
                    and first.endswith(_POSSESSIVE_ENDS):
                shops.setdefault(first[:-2].rstrip("'’\u00e2"), set()).add(c.actor)
    if not shops:
        return
    for para in paras:
        text, doc = para.paragraph.text, para.doc
        for c in para.cands:
            found = shops.get(c.actor)
            if c.noise or found is None or len(found) != 1 or " " in c.actor \
                    or not text.startswith(_POSSESSIVE_ENDS, c.end):
                continue
            span = doc.char_span(c.start, c.end, alignment_mode="expand")
            after = None if span is None else _next_word(doc, span.end)
            if after is not None and not after.text.startswith(("'", "’", "\u00e2")):
                continue  # the possessive is not the token right after the name
            owned = None if after is None else _next_word(doc, after.i + 1)
            if owned is not None and owned.pos_ == "ADJ":
                owned = _next_word(doc, owned.i + 1)
            if owned is not None and owned.pos_ in _OWNED_POS:
                continue
            (c.actor,) = found
            c.kind, c.via, c.person = ActorKind.ORGANIZATION, "alias", ""


#: A company's legal forms, and the "&" between two of them ("& Co. Inc."), which close its
#: name after the name a story also writes alone.
_LEGAL_FORMS: frozenset[str] = frozenset(
    {"&", "Co", "Co.", "Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC"})


def _without_legal_forms(words: list[str]) -> list[str]:
    """``words`` without the legal forms that close them ("Merrill Lynch & Co. Inc.": "Merrill
    Lynch"); empty where nothing else is left."""
    end = len(words)
    while end > 0 and words[end - 1] in _LEGAL_FORMS:
        end -= 1
    return words[:end]


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
    a person whose name is that name behind the founder's given name, or an agency's behind
    its country's ("Capitol Police" after "US Capitol Police", "Security Service" after "the
    Ukrainian Security Service"). "District 203" or "City
    Council" after "Naperville Unit District 203", "Chicago City Council": the one body whose
    name ends with that local body's name (names.json local_words); a national body's short
    name ("Supreme Court") is left apart from a state's longer one. "Merrill Lynch" after
    "Merrill Lynch & Co. Inc.": the one whose name is that name and legal forms."""
    longer: dict[str, set[str]] = {}
    opened: dict[str, set[str]] = {}
    personal: set[str] = set()
    single: set[str] = set()  # one-word bodies, for the compounds ending with a short name
    named_first: dict[str, set[str]] = {}  # organisations by their first word
    # organisations by their name behind a given name or a country's ("US Capitol Police")
    after_given: dict[str, set[str]] = {}
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
                        and (names.is_given_name(words[0]) or _names_a_country(words[0]))):
                    after_given.setdefault(" ".join(words[1:]), set()).add(c.actor)
                if words[-1] in names.ORG_WORDS:
                    opened.setdefault(" ".join(words[:-1]), set()).add(c.actor)
                if (bare := _without_legal_forms(words)) and len(bare) < len(words) - 1:
                    # "Merrill Lynch & Co. Inc.": the name before its company forms
                    opened.setdefault(" ".join(bare), set()).add(c.actor)
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


def _names_a_country(word: str) -> bool:
    """The word is a country's name, short form or adjective ("US", "Ukrainian"), as an
    agency's name may open with ("US Capitol Police", "the Ukrainian Security Service")."""
    entry = gazetteer.lookup(word)
    return entry is not None and entry.kind is ActorKind.COUNTRY


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
    the initialism (a place, a person), and two capitals a body of two words ("GM", "General
    Motors"); "Justice Department" is the "Department of Justice"
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
                                                      and _PLACE_INITIALISM.fullmatch(c.actor)) \
                        or (bodies[body] in _BODY_KINDS and _PLACE_INITIALISM.fullmatch(c.actor)
                            and len(body.split()) == 2):
                    # two capitals spell a body of two words the article names: "GM" beside
                    # "General Motors"
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


#: A name that goes on at a position: a word character, or spaces and a capitalised word.
_NAME_GOES_ON_AT = re.compile(r"\w|[ \t]+[A-Z]")


def _by_first_word(names_: Iterable[str]) -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for name in sorted(names_):
        out[name.split()[0]] = (*out.get(name.split()[0], ()), name)
    return out


#: The known bodies' names of several words (``gazetteer.NAMED_BODIES``) by their first word:
#: "Law" opens "Law and Justice".
_LONG_BODIES: Mapping[str, tuple[str, ...]] = _by_first_word(
    name for name in gazetteer.NAMED_BODIES if " " in name)


def _extend_to_named_bodies(paras: list[_Para]) -> None:
    """A mention cut short of a body's longer name that the article names ("Bitcoin" of an
    untagged "Bitcoin Gold uses ...", found as the one-word "Bitcoin"; "NBA" of an "NBA 2K
    League" spaCy split into "NBA" and "K League" where the article names the league whole
    elsewhere) is that body: the mention takes the whole name, and the fragments of it spaCy
    tagged after it ("K League") go with it. The longer name is one spaCy tagged an
    organisation of several words, or a known body's (``_LONG_BODIES``), found whole or not:
    "Law and Justice", tagged as "Law" and "Justice"."""
    longer = {c.actor for para in paras for c in para.cands
              if not c.noise and " " in c.actor and (c.actor in gazetteer.NAMED_BODIES or (
                  c.from_entity and c.kind is ActorKind.ORGANIZATION))}
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise or c.priority == _P_CONFIG:
                continue
            known = _LONG_BODIES.get(c.actor.split()[0], ()) if c.actor else ()
            if not longer and not known:
                continue
            for name in sorted(longer.union(known), key=len, reverse=True):
                end = c.start + len(name)
                if name == c.actor or not name.startswith(c.actor + " ") or _one_line(
                        text[c.start:end]) != name or _NAME_GOES_ON_AT.match(text, end):
                    continue  # "Leicester City Council" is no "Leicester City" and more
                inside = [d for d in para.cands if d is not c and not d.noise
                          and c.end <= d.start and d.end <= end]
                held = bytearray(para.taken[c.end:end])
                for d in inside:
                    held[d.start - c.end:d.end - c.end] = bytes(d.end - d.start)
                if held.find(1) != -1 or any(d.kind is ActorKind.PERSON for d in inside):
                    continue
                for d in inside:  # "K League" of "NBA 2K League": a piece of the name
                    d.noise, d.person = True, ""
                para.taken[c.end:end] = b"\x01" * (end - c.end)
                c.end, c.actor, c.person = end, name, ""
                c.kind = ActorKind.ORGANIZATION
                break
