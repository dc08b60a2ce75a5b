"""Teams in sports reports: a place standing for its team ("Denver won"), a capital
playing as a team, a state college and an alma mater named as a team, a name ending with a
team's nickname, a known team's singular, and a college's nickname beside the college."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from analysis import gazetteer, names
from analysis.actors.places import _named_as_where
from analysis.actors.spans import _POSSESSIVE, _Cand, _next_word, _one_line, _Para, _word_before
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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
#: A side's place in the table written before its town: "fourth-placed Leipzig".
_TABLE_PLACE_BEFORE = re.compile(r"\b[a-z]+-placed\s+$")
#: How far before a place its table place is looked for, in characters.
_TABLE_PLACE_WINDOW = 20
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
    ``_in_list_of_stops``); it is put ahead or behind, or is idle or unbeaten
    (``_ahead_or_idle``); it opens its sentence as "For Chicago," (``_opens_as_for``); it is
    the subject or the object of a verb of the match ("Portland
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
        if before.lower_ in gazetteer.TEAM_EPITHETS or _TABLE_PLACE_BEFORE.search(
                doc.text, max(start - _TABLE_PLACE_WINDOW, 0), start):
            return True  # "leaders Leverkusen", "hosts Bremen", "fourth-placed Leipzig"
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
    if head.dep_ == "poss" and (head.head.lower_ in gazetteer.TEAM_NOUNS
                                or head.head.lemma_.lower() in gazetteer.MATCH_NOUNS or (
            head.head.pos_ == "PROPN" and head.head.ent_type_ in ("", "PERSON"))):
        # "Philadelphia's second-year quarterback", "Virginia's De'Andre Hunter",
        # "Stuttgart's nine-game unbeaten streak"
        return True
    # "the game between Alabama and Georgia": the second of two joined places is the object
    # of the same preposition; "Stanford and California play": the subject of the same verb
    obj = head.head if head.dep_ == "conj" and head.head.dep_ in ("pobj", "nsubj") else head
    if obj.dep_ == "pobj":
        prep = obj.head.lower_
        governor = obj.head.head.lemma_.lower()
        if prep in ("at", "for") and (governor in gazetteer.TEAM_NOUNS
                                      or governor in gazetteer.CAREER_NOUNS):
            return True  # "the head coach at Minnesota", "his stint at Utah"
        if prep in ("to", "at", "over", "of", "with", "between") and (
                governor in gazetteer.MATCH_NOUNS or (
                    obj.head.i > 0 and doc[obj.head.i - 1].lemma_.lower()
                    in gazetteer.MATCH_NOUNS)):
            # "coming off losses to Orlando": spaCy may hang the preposition on the verb
            return True
        if prep == "from" and governor in gazetteer.TRANSFER_WORDS:
            return True  # "Stanton's arrival from Miami": the club he left
        if prep in ("for", "with", "against") and (governor in gazetteer.PLAY_VERBS
                                                   or governor in gazetteer.MATCH_NOUNS
                                                   or governor in gazetteer.MATCH_VERBS):
            return True
        if prep == "against" and obj.head.head.pos_ in ("VERB", "AUX"):
            return True  # "what happened against Tottenham": in a sports report, the opponent
    if obj.dep_ in ("nsubj", "dobj") and obj.head.lemma_.lower() in gazetteer.MATCH_VERBS:
        return True
    if _in_list_of_stops(head):
        return True
    if _ahead_or_idle(obj):
        return True
    if _opens_as_for(doc, first, last):
        return True
    if head.dep_ in ("nsubj", "dobj") and any(
            t.dep_ in ("nsubj", "dobj") and t.dep_ != head.dep_
            and (t.text in gazetteer.CLUB_HOMES or t.ent_type_ == "ORG")
            for t in head.head.children):
        # "Sacramento held off the New York Knicks", "Ashby outbid Kelby for the striker": a
        # team's (or a club's, tagged a body) opponent or rival is a team
        return True
    if head.dep_ != "nsubj":
        return False
    # "England seek": a singular name, a plural verb; "England helped themselves"
    return (head.head.tag_ == "VBP" and head.tag_ == "NNP") or any(
        t.lower_ == "themselves" for t in head.head.children)


#: Nouns of a side's lead that a play gives it: "to give Denver the lead".
_LEAD_NOUNS: frozenset[str] = frozenset({"lead", "edge", "advantage"})


def _ahead_or_idle(name: Token) -> bool:
    """The place's head ``name`` is the subject or the object of a verb that puts it ahead or
    behind on the score ("two free throws put Boston ahead", "Denver fell behind early",
    ``gazetteer.LEAD_ADVERBS``: an adverb, not "behind" as a preposition of "behind schedule",
    nor "ahead of" a date: "the US will practise ahead of the opener"), or given the lead ("to
    give Denver the lead", ``_LEAD_NOUNS``),
    or the subject described by a team's record or week off ("while Alabama was idle", "Ohio
    remained unbeaten", ``gazetteer.TEAM_STATES``)."""
    verb = name.head
    if name.dep_ == "dative" and any(t.dep_ == "dobj" and t.lemma_.lower() in _LEAD_NOUNS
                                     for t in verb.children):
        return True  # "a basket to give Los Angeles the lead"
    if name.dep_ not in ("nsubj", "dobj"):
        return False
    return any((t.dep_ == "advmod" and t.pos_ == "ADV" and t.lower_ in gazetteer.LEAD_ADVERBS
                and not any(w.dep_ == "prep" for w in t.children))
               or (name.dep_ == "nsubj" and t.dep_ == "acomp"
                   and t.lower_ in gazetteer.TEAM_STATES)
               for t in verb.children)


def _opens_as_for(doc: Doc, first: int, last: int) -> bool:
    """The place opens its sentence after "For" and before a comma (or the spaces a corpus
    leaves for one): "For Chicago, questions from fans will persist", a report turning to
    one team's side of the match. Not "For Chicago fans" (the place modifies a noun) nor a
    "for" inside the sentence ("tickets for Chicago")."""
    prep = _word_before(doc, first)
    if prep is None or prep.lower_ != "for" or prep.i != prep.sent.start:
        return False
    # by the words, not the parse: with the comma stripped spaCy reads "For Chicago
    # questions" as one noun phrase
    after = doc[last] if last < len(doc) else None
    return after is not None and (after.text == "," or after.is_space)


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
    says. A capital so used is its team, not its country ("Portland outscored Washington"). A
    place spaCy cut short of its club's name ("Kelby" of "Kelby United manager",
    ``_extend_to_club``) is that club, returned too.
    Outside sports reports, and where the place is named more often as a place, nothing
    changes."""
    if not _is_sports_report(paras):
        return frozenset()
    cued: dict[str, list[_Cand]] = {}
    other: Counter[str] = Counter()
    clubs_named: set[str] = set()
    for para in paras:
        text = para.paragraph.text
        for c in para.cands:
            if c.noise:
                continue
            if c.kind in _PLACE_KINDS and c.via in _TEAM_VIAS and _extend_to_club(para, c):
                clubs_named.add(c.actor)  # "Kelby" of "Kelby United manager": the club
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
    # "Dallas" beside "the Dallas Cowboys", "Bremen" beside "Werder Bremen": the one team of
    # the article named after the place
    clubs = {c.actor for para in paras for c in para.cands
             if not c.noise and _is_club_name(c.actor)}
    # "Bremen ended the streak" beside "Werder Bremen": the one club of the report that ends
    # with the town's name is what the name stands for, cued or not
    teams |= {name for name in other.keys() | cued.keys()
              if sum(club.endswith(" " + name) for club in clubs) == 1}
    joined = set()
    for name in teams:
        named = [club for club in clubs
                 if club.startswith(name + " ") or club.endswith(" " + name)] or [
            club for club in clubs if name in gazetteer.CLUB_HOMES.get(club, ())]
        club, via = (named[0], "alias") if len(named) == 1 else (name, "name")
        capital = any(c.via == "capital" for c in cued.get(name, ()))
        for c in cued.get(name, ()):
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
    return (teams - joined) | clubs_named


def _is_club_name(actor: str) -> bool:
    """``actor`` names a club with its town, or is a nickname whose home a sports report
    writes for it: a major-league nickname last ("Dallas Cowboys", "the Eagles"), a known
    football club ("Werder Bremen", ``gazetteer.CLUBS``), a club's word last ("Leicester City")
    or a club's initials first ("VfB Stuttgart"), where the name is no known place ("Kansas
    City")."""
    words = actor.split()
    return words[-1] in gazetteer.CLUB_HOMES or actor in gazetteer.CLUBS or (
        len(words) > 1 and (words[-1] in gazetteer.CLUB_WORDS
                            or words[0] in gazetteer.CLUB_PREFIXES)
        and gazetteer.lookup(actor) is None)


#: A club's word written right after a town's name, no capitalised word after it ("Kelby United
#: manager"; not "Kelby City Council").
_CLUB_AFTER = re.compile(
    rf"[ \t]+(?:{'|'.join(map(re.escape, sorted(gazetteer.CLUB_WORDS)))})\b(?![ \t]+[A-Z])")


def _extend_to_club(para: _Para, c: _Cand) -> bool:
    """The place ``c`` of a sports report is the first word of a club's name that spaCy cut
    short of its club's word (``gazetteer.CLUB_WORDS``: "Kelby United", "Ashby FC"): the mention
    takes the whole name, an organisation's. Returns whether it did."""
    found = _CLUB_AFTER.match(para.paragraph.text, c.end)
    if found is None or para.taken.find(1, c.end, found.end()) != -1:
        return False
    para.taken[c.end:found.end()] = b"\x01" * (found.end() - c.end)
    c.end = found.end()
    c.actor = _one_line(para.paragraph.text[c.start:c.end])
    c.kind, c.via, c.person = ActorKind.ORGANIZATION, "name", ""
    return True


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
