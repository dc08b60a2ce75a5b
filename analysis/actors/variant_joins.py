"""Other names of one actor: a name it is also known by ("Pope Francis" and
"Bergoglio"), a birth name, a name in another language, a variant written in capitals or with a
hyphen, a misspelt surname, a surname that is also a demonym or a body's alias, a
transliteration, and the two halves of a well-known name."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from analysis import gazetteer, names
from analysis.actors.person_joins import _skeleton
from analysis.actors.places import _named_as_a_town
from analysis.actors.spans import (
    _BODY_KINDS,
    _P_CONFIG,
    _POSSESSIVE_ENDS,
    _before_spaces,
    _mention_counts,
    _one_line,
    _Para,
)
from analysis.identity import surname as _surname  # one rule with the store's joins
from analysis.types import ActorKind

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


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


#: The words between a person's name and the other name the story gives ("Joseph Irungu, alias
#: Jowie", "Robert Kyagulanyi aka Bobi Wine"), with a quotation mark before the other name.
_ALIAS_BETWEEN = re.compile(
    r",?\s+(?:alias|aka|a\.k\.a\.?|(?:also|better|popularly) known as)\s+[\"“']?", re.I)


def _join_aliases(paras: list[_Para]) -> None:
    """A person's name and the other name written right after it with "alias", "aka" or "also
    known as" ("Joseph Irungu, alias Jowie", "Robert Kyagulanyi aka Bobi Wine") are one
    person, whatever spaCy tagged the other name: the one of the two the article names more
    often, else the first."""
    pairs: list[tuple[str, str]] = []
    for para in paras:
        text = para.paragraph.text
        live = sorted((c for c in para.cands if not c.noise), key=lambda c: c.start)
        pairs.extend((name.actor, other.actor) for name, other in itertools.pairwise(live)
                     if name.kind is ActorKind.PERSON and name.actor != other.actor
                     and _ALIAS_BETWEEN.fullmatch(text, name.end, other.start))
    if not pairs:
        return
    count = _mention_counts(paras)
    joined: dict[str, str] = {}
    for name, other in pairs:
        keep, gone = (other, name) if count[other] > count[name] else (name, other)
        joined[gone] = keep
    for para in paras:
        for c in para.cands:
            if not c.noise and c.actor in joined:
                c.actor = c.person = joined[c.actor]
                c.kind, c.via = ActorKind.PERSON, "alias"
            elif not c.noise and c.actor in joined.values():
                c.kind = ActorKind.PERSON


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
#: "of" or "on" between the words of a body's name, which writers swap ("the Council of Foreign
#: Relations" for the Council on Foreign Relations): one key for both, inside a name only.
_OF_OR_ON = re.compile(r"(?<=\S) o[fn] (?=\S)")


def _variant_key(name: str) -> str:
    """What two written variants of one name share: the name without capitals, accents and
    hyphens, with "of" for "on" inside it."""
    return _OF_OR_ON.sub(" of ", _WORD_BREAKS.sub(" ", names.without_accents(name)).casefold())


def _join_written_variants(paras: list[_Para]) -> None:
    """Names that differ only in capitals, in accents, in a hyphen for a space or in "of" for
    "on" inside them (``_variant_key``: "MILAN" of a dateline and "Milan", "POLITICO" and
    "Politico", "Sinn Féin" and "Sinn Fein", "Ji-Hyeon-A" and "Ji Hyeon-A", "Council of
    Foreign Relations" and "Council on Foreign Relations") are one actor, the one not in
    capitals throughout, else the one named most, else the first. Short names are left apart
    ("WHO" is not "Who") unless one is a known body's (``gazetteer.NAMED_BODIES``: "ANC"),
    which is then the name kept."""
    by_key: dict[str, list[str]] = {}
    count: dict[str, int] = {}
    for para in paras:
        for c in para.cands:
            if c.noise:
                continue
            if c.actor not in count:
                by_key.setdefault(_variant_key(c.actor), []).append(c.actor)
            count[c.actor] = count.get(c.actor, 0) + 1
    joined: dict[str, str] = {}
    for key, written in by_key.items():
        if len(written) < 2 or (sum(ch.isalpha() for ch in key) < _MIN_VARIANT_LETTERS
                                and not any(n in gazetteer.NAMED_BODIES for n in written)):
            continue  # "WHO" and "Who" stay two; "ANC" and "Anc", a known body's, are one
        keep = min(written, key=lambda n: (n not in gazetteer.NAMED_BODIES, n.isupper(),
                                           -count[n], written.index(n)))
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
    count = _mention_counts(paras)
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


#: The vowels a place's name may lose before its people's ending ("Puerto Rico", "Puerto Rican").
_LAST_VOWELS = "aeiouy"


def _is_demonym_of(people: str, place: str) -> bool:
    """``people`` names the people of ``place`` by an ending (names.json demonym_endings) added
    to its whole name or to it short of its last vowel ("Gazans", "Shanghainese", "Puerto
    Rican")."""
    stems = [place] + ([place[:-1]] if place[-1:] in _LAST_VOWELS else [])
    return any(people == stem + ending for stem in stems for ending in names.DEMONYM_ENDINGS)


def _join_members(paras: list[_Para]) -> None:
    """A people or a party's members named as a group, beside the one place or party the
    article names that they belong to, are that actor, as a country's demonym is the country:
    "a native Puerto Rican" beside "Puerto Rico", "Gazans" beside "Gaza" (``_is_demonym_of``),
    "a Chinese Communist" beside "the Chinese Communist Party" (a party word, names.json
    party_words, inside the one party's name; "the Greens" beside "the Green Party", the
    party named by the word alone); so is the party word alone beside its plural
    ("the Liberal minority" beside "the Liberals"). Where the article names no such place or
    two such parties, the group stays as it is."""
    places: set[str] = set()
    parties: set[str] = set()
    groups: set[str] = set()
    for para in paras:
        for c in para.cands:
            if c.noise:
                continue
            if c.kind is ActorKind.PLACE:
                places.add(c.actor)
            elif c.kind is ActorKind.ORGANIZATION and c.actor.endswith(" Party"):
                parties.add(c.actor)
            elif c.kind is ActorKind.GROUP and c.from_entity:
                groups.add(c.actor)
    joined: dict[str, tuple[str, str]] = {}  # the group -> the actor, and the way it names it
    for group in groups:
        found = {(p, "demonym") for p in places if _is_demonym_of(group, p)}
        member = group.removesuffix("s")
        if member in names.PARTY_WORDS:
            found |= {(p, "alias") for p in parties if member in p.split()[:-1]}
        else:  # "the Greens" beside "the Green Party": the party named by that word alone
            found |= {(p, "alias") for p in parties if p.split()[:-1] == [member]}
        if len(found) == 1:
            (joined[group],) = found
    # "the Liberal minority" beside "the Liberals": the party's word alone, tagged a body, is
    # the party its members' plural names (or the party that plural joined)
    singular = {group.removesuffix("s"): joined.get(group, (group, "alias")) for group in groups
                if group.removesuffix("s") in names.PARTY_WORDS}
    if not joined and not singular:
        return
    for para in paras:
        for c in para.cands:
            if not c.noise and c.actor in joined and c.kind is ActorKind.GROUP:
                c.actor, c.via = joined[c.actor]
                c.kind = ActorKind.PLACE if c.via == "demonym" else ActorKind.ORGANIZATION
            elif not c.noise and c.actor in singular and c.kind in _BODY_KINDS:
                c.actor, c.via = singular[c.actor]


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
