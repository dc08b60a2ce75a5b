"""``resolve_mentions``: the passes over one article in their order, then descriptions
and country references joined to actors, pronouns resolved (``analysis.references``) and the
user's config applied (``_apply_config``) into a ``Resolution``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis import gazetteer, references
from analysis.actor_config import ActorConfig
from analysis.actors.body_joins import (
    _cut_owners_off_bodies,
    _extend_to_named_bodies,
    _join_defined_acronyms,
    _join_firms_by_first_word,
    _join_formal_names,
    _join_group_plurals,
    _join_initialisms,
    _join_possessive_shop_names,
    _join_short_org_names,
)
from analysis.actors.candidates import _candidates, _select
from analysis.actors.drops import (
    _drop_animals,
    _drop_case_names,
    _drop_common_words,
    _drop_cut_off_names,
    _drop_foreign_words,
    _drop_heading_names,
    _drop_lone_abbreviations,
    _drop_scripture_books,
    _drop_storms,
    _drop_streets_as_groups,
    _join_firm_halves,
    _lower_case_words,
    _split_joined_names,
    _split_listed_names,
)
from analysis.actors.kinds import (
    _bodies_by_noun,
    _bodies_by_pronoun,
    _companies_named_for_people,
    _decide_kinds,
    _persons_by_clause,
    _persons_by_role,
    _places_by_phrase,
)
from analysis.actors.matcher import _Matcher, _matcher
from analysis.actors.person_joins import (
    _complete_given_names,
    _complete_lone_names,
    _join_given_names_tagged_apart,
    _join_persons,
    _join_quoted_nicknames,
)
from analysis.actors.spans import _P_ENTITY, _Cand, _mention, _named, _one_line, _Para
from analysis.actors.sports import (
    _alma_maters,
    _join_college_nicknames,
    _join_team_singulars,
    _places_as_teams,
    _state_colleges,
)
from analysis.actors.variant_joins import (
    _join_aliases,
    _join_birth_names,
    _join_members,
    _join_misspelt_surnames,
    _join_names_in_other_languages,
    _join_other_names,
    _join_surname_aliases,
    _join_surname_demonyms,
    _join_transliterations,
    _join_well_known_halves,
    _join_written_variants,
)
from analysis.references import Named
from analysis.types import Actor, ActorKind, Mention, Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: The default: no user actors, merges, renames or hides (frozen, so one instance serves all).
NO_CONFIG = ActorConfig()


# --------------------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class Resolution:
    mentions: tuple[tuple[Mention, ...], ...]  # one tuple per paragraph, sorted by start
    actors: tuple[Actor, ...]  # visible actors mentioned, first mention first


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
    _drop_cut_off_names(paras)
    _drop_animals(paras)
    _drop_scripture_books(paras)
    _drop_streets_as_groups(paras)
    _drop_case_names(paras)
    _drop_heading_names(paras)
    _drop_foreign_words(paras)
    _split_joined_names(paras)
    _split_listed_names(paras)
    _cut_owners_off_bodies(paras)
    _join_firm_halves(paras)
    _join_defined_acronyms(paras)
    _drop_lone_abbreviations(paras)
    states = _join_formal_names(paras)
    common = _lower_case_words(paras)
    _complete_lone_names(paras, common=common)
    _complete_given_names(paras, common=common)
    _join_given_names_tagged_apart(paras)
    personal = _persons_by_clause(paras) | _persons_by_role(paras)
    companies = _companies_named_for_people(paras)
    _join_persons(paras, matcher, personal=personal, common=common)
    _join_quoted_nicknames(paras)
    _extend_to_named_bodies(paras)
    _join_group_plurals(paras)
    _join_team_singulars(paras)
    colleges = _join_college_nicknames(paras)
    _join_short_org_names(paras)
    _join_possessive_shop_names(paras)
    _join_initialisms(paras)
    _join_other_names(paras)
    _join_birth_names(paras)
    _join_aliases(paras)
    _join_names_in_other_languages(paras)
    _join_surname_demonyms(paras)
    _join_members(paras)
    _join_surname_aliases(paras)
    _join_written_variants(paras)
    _join_misspelt_surnames(paras)
    _join_transliterations(paras)
    _join_well_known_halves(paras)
    _drop_common_words(paras, common=common, personal=personal)
    teams = _places_as_teams(paras) | _state_colleges(paras) | colleges | _alma_maters(paras)
    described = _bodies_by_noun(paras)
    kinds = _decide_kinds(paras, by_clause=personal, companies=companies, states=states,
                          places=_places_by_phrase(paras),
                          bodies=_bodies_by_pronoun(paras) | described, described=described,
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
