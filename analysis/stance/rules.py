"""Target-dependent stance from the dependency parse: who does what to whom.

The sentence sentiment is not copied to every actor. For each target the scorer finds the token
that carries its grammatical role (the *anchor*: the span root, climbed through coordination,
compounds and appositions), reads that role off the parse and looks the governing word up in
``analysis.stance.cues``:

* agent of a verb or event noun ("Russia invaded", "Russia's invasion") -> the agent push;
* patient ("invaded Ukraine", "Ukraine was invaded", "the invasion of Ukraine") -> the patient
  push, so the accused is blamed, the praised is praised and the victim stays neutral;
* speaker of a reporting verb -> neutral, whatever the quote says about others;
* descriptions: adjectives and appositions on the target, copula predicates ("X is corrupt"),
  labels ("called X a killer"), relative and participle clauses ("X, who was accused ...");
* negation flips and damps a cue ("did not attack"), hedging damps it ("allegedly").

When no cue applies, VADER's lexicon over the words of the target's own clause gives a damped
score; when that clause has no scored word either, the rest of the sentence gives a weaker one.
The evidence sum (squashed to s in [-1, 1]) becomes probabilities through a softmax whose
neutral logit shrinks as the evidence grows, so neutral wins when nothing points either way.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analysis.resources import load_nlp, load_vader
from analysis.stance import parse
from analysis.stance.base import MentionScore, PerDocScorer, Target
from analysis.stance.cues import (
    ATTITUDE_ADJECTIVES,
    CONFLICT,
    COPULAS,
    CUE_LEXICON,
    HEDGES,
    INSULT,
    LABELLING_VERBS,
    NEGATING_VERBS,
    PATIENT_POSSESSOR_NOUNS,
    PRAISE,
    QUOTE,
    REPORTING_VERBS,
    ROLE_WEIGHTS,
    UNDERGOING_VERBS,
    WORD,
)
from analysis.types import Cue

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: softmax gain of the evidence score; with ``NEUTRAL_PRIOR`` a score beyond
#: NEUTRAL_PRIOR / (POLAR_GAIN + NEUTRAL_PRIOR) = 0.19 in size leaves neutral behind.
POLAR_GAIN = 3.0
NEUTRAL_PRIOR = 0.7
#: "did not attack" is not praise: a negated cue flips and shrinks to a fifth.
NEGATION_FACTOR = -0.2
#: "allegedly", "may have": the claim counts, but less.
HEDGE_FACTOR = 0.6
#: the VADER fallback is squashed (tanh of the clause's valence sum) before this weight, so even
#: a clause full of strong words stays below what one role cue ("accused B") gives.
VADER_DAMPING = 1.0
#: last resort for a target whose clause says nothing: the rest of its sentence, weakly (at most
#: this much evidence, so only a strongly charged sentence tips it out of neutral).
SENTENCE_FALLBACK = 0.3
#: a cue reached through another noun ("praised B's leadership") counts less than a direct one.
INDIRECT_FACTOR = 0.8
#: "voted against B", "the case against B": opposition with no stronger word for it.
AGAINST_WEIGHT = -0.35
#: "A was critical of B" is about B; A, who holds the attitude, keeps only a fifth of it.
ATTITUDE_HOLDER_FACTOR = 0.2
#: valence of a description found by VADER rather than by the cue lexicon.
VADER_DESCRIPTION_FACTOR = 0.8

_CLIMB_DEPS = frozenset({"compound", "flat", "appos", "nmod"})
_PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})
_LABEL_DEPS = frozenset({"oprd", "attr", "xcomp", "ccomp", "acomp", "dobj"})
#: prepositions whose object is the one the event is aimed at
_PATIENT_PREPS = frozenset(
    {"of", "on", "against", "for", "to", "toward", "towards", "over", "at", "into", "upon"}
)
_AGENT_PREPS = frozenset({"by", "from"})
#: "words for B", "a message to B": prepositions that aim a noun phrase at someone
_AIMED_PREPS = frozenset({"for", "to", "toward", "towards", "against", "at"})
_CO_AGENT_PREPS = frozenset({"with", "alongside"})
#: child clauses with a voice of their own (reported speech, asides, relative clauses about
#: someone else): the VADER fallback does not read into them unless the target is inside
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "relcl", "csubj"})
_CONTENT_POS = frozenset({"ADJ", "ADV", "NOUN", "VERB", "INTJ"})
_PARTY_ENTS = frozenset({"PERSON", "NORP", "ORG", "GPE", "FAC", "LOC"})
_MAX_DEPTH = 4


@dataclass(frozen=True, slots=True)
class _Context:
    """What every target of one doc shares: its sentence numbering and the other targets."""

    doc: Doc
    sentence_of: tuple[int, ...]  # token index -> sentence index
    target_tokens: frozenset[int]  # tokens inside any target span
    vader: Mapping[str, float]
    # noun phrases aimed at a party ("harsh words for B"): (phrase tokens, the party's tokens)
    aimed: tuple[tuple[frozenset[int], frozenset[int]], ...]


class RuleScorer(PerDocScorer):
    """Stance toward each target from its grammatical role and the cue lexicons."""

    name = "rules"

    def __init__(self, *, vader_lexicon: Mapping[str, float] | None = None) -> None:
        self._vader = vader_lexicon if vader_lexicon is not None else load_vader().lexicon

    def score(self, doc: Doc, targets: Sequence[Target]) -> list[MentionScore]:
        if not targets:
            return []
        spans = [_target_span(doc, t) for t in targets]
        target_tokens = frozenset(tok.i for span in spans if span is not None for tok in span)
        ctx = _Context(
            doc=doc,
            sentence_of=_sentence_index(doc),
            target_tokens=target_tokens,
            vader=self._vader,
            aimed=_aimed_phrases(doc, target_tokens),
        )
        return [
            _score_target(ctx, target, span) for target, span in zip(targets, spans, strict=True)
        ]

    def score_text(self, text: str, targets: Sequence[Target]) -> list[MentionScore]:
        """Parse ``text`` with the shared pipeline and score it (for callers without a Doc)."""
        return self.score(load_nlp()(text), targets)


def probabilities(evidence: float) -> tuple[float, float, float]:
    """(P(negative), P(neutral), P(positive)) from the signed evidence sum.

    The sum is squashed to s in (-1, 1); the polar logits are -/+ POLAR_GAIN * s and the neutral
    logit NEUTRAL_PRIOR * (1 - |s|), so with no evidence neutral leads and strong evidence wins.
    """
    s = math.tanh(evidence)
    logits = (-POLAR_GAIN * s, NEUTRAL_PRIOR * (1.0 - abs(s)), POLAR_GAIN * s)
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    neg, neu = exps[0] / total, exps[1] / total
    return (neg, neu, 1.0 - neg - neu)


def _score_target(ctx: _Context, target: Target, span: Span | None) -> MentionScore:
    if span is None:
        return MentionScore(target, probabilities(0.0), _nearest_sentence(ctx, target.start))
    anchor = _anchor(span.root)
    own = frozenset(tok.i for tok in span)
    cues, found = _role_cues(ctx, anchor, own, depth=0)
    cues += _descriptions(ctx, span.root, own)
    if anchor.i != span.root.i:
        cues += _descriptions(ctx, anchor, own)
    if not found and not any(c.weight for c in cues):
        cues += _vader_cues(ctx, anchor, own)
        if not cues and SENTENCE_FALLBACK:
            cues += _vader_cues(ctx, anchor, own, sentence=True)
    kept = tuple(_dedupe(cues))
    return MentionScore(
        target=target,
        probs=probabilities(sum(c.weight for c in kept)),
        sentence=ctx.sentence_of[span.root.i],
        cues=kept,
    )


# --- role in the clause ---------------------------------------------------------------------


def _role_cues(
    ctx: _Context, anchor: Token, own: frozenset[int], *, depth: int
) -> tuple[list[Cue], bool]:
    """Cues from the word that governs ``anchor`` and anchor's role under it.

    Returns the cues and whether a role-bearing word was found at all (an accuser gets no push
    from "accused", but the sentence is then explained and VADER should not second-guess it).
    """
    if depth > _MAX_DEPTH:
        return [], False
    dep = anchor.dep_
    head = anchor.head
    if head.i == anchor.i:  # the root
        return [], False
    if dep in _CLIMB_DEPS and _describes(head):
        # "called Jones a killer" parses Jones as a modifier of the label
        cues = _description_of(ctx, head, own, factor=1.0)
        if head.dep_ in _PREDICATE_DEPS and head.head.pos_ in parse.VERB_POS:
            cues = [_scaled(c, _clause_factor(head.head)) for c in cues]
        return cues, True
    if dep in parse.SUBJECT_DEPS and head.pos_ in parse.VERB_POS:
        if _is_passive(head):
            return _verb_cues(ctx, head, patient=True)
        return _subject_cues(ctx, head, own)
    if dep in parse.PASSIVE_SUBJECT_DEPS:
        cues, found = _verb_cues(ctx, head, patient=True)
        if parse.lemma(head) in LABELLING_VERBS:
            cues += _label_cues(ctx, head, anchor, own)
            found = True
        return cues, found
    if dep in parse.OBJECT_DEPS and head.pos_ in parse.VERB_POS:
        cues, found = _verb_cues(ctx, head, patient=True)
        if parse.lemma(head) in LABELLING_VERBS:
            cues += _label_cues(ctx, head, anchor, own)
            found = True
        return cues, found
    if dep == "pobj":
        return _prep_object_cues(ctx, anchor, own, depth=depth)
    if dep == "poss":
        return _possessor_cues(ctx, head, own, depth=depth)
    return [], False


def _subject_cues(ctx: _Context, verb: Token, own: frozenset[int]) -> tuple[list[Cue], bool]:
    lemma = parse.lemma(verb)
    if lemma in COPULAS or verb.pos_ == "AUX":
        predicate = [c for c in verb.children if c.dep_ in _PREDICATE_DEPS]
        if predicate:
            factor = _clause_factor(verb)
            cues = [
                _scaled(cue, ATTITUDE_HOLDER_FACTOR) if _aimed_at_someone(p) else cue
                for p in predicate
                for cue in _description_of(ctx, p, own, factor=factor)
            ]
            return cues, bool(cues)
    if (lemma in REPORTING_VERBS or lemma in LABELLING_VERBS) and lemma not in ROLE_WEIGHTS:
        # The speaker (or the one who labels): what the quote or label says is about others,
        # so the speaker stays neutral.
        cues = [_cue(verb, 0.0, QUOTE)]
        cues += [c for x in _controlled(verb) for c in _verb_cues(ctx, x, patient=False)[0]]
        return cues, True
    cues, found = _verb_cues(ctx, verb, patient=False)
    for obj in verb.children:
        if (obj.dep_ in parse.OBJECT_DEPS and obj.pos_ == "NOUN"
                and parse.lemma(obj) in ROLE_WEIGHTS):
            # "B faced criticism" vs "A launched an attack": the light verb decides the role.
            role = 1 if lemma in UNDERGOING_VERBS else 0
            cues.append(_event_cue(obj, role, _clause_factor(verb) * INDIRECT_FACTOR))
            found = True
    for x in _controlled(verb):
        more, more_found = _verb_cues(ctx, x, patient=False)
        cues += more
        found = found or more_found
    return cues, found


def _verb_cues(ctx: _Context, verb: Token, *, patient: bool) -> tuple[list[Cue], bool]:
    """The push of ``verb`` on its agent or patient, with negation and hedging applied."""
    lemma = parse.lemma(verb)
    if verb.pos_ not in parse.VERB_POS:
        return [], False
    if lemma in ROLE_WEIGHTS:
        agent_w, patient_w = ROLE_WEIGHTS[lemma]
        weight = patient_w if patient else agent_w
        if not patient and agent_w < 0 and patient_w < 0 and _fights_a_wrong(ctx, verb):
            weight = -agent_w  # "fought corruption" is no quarrel but to one's credit
        return [_cue(verb, weight * _clause_factor(verb), _kind(lemma))], True
    if not patient and lemma in CUE_LEXICON:
        # an intransitive description ("X lied"): the verb describes its subject
        kind, weight = CUE_LEXICON[lemma]
        return [_cue(verb, weight * INDIRECT_FACTOR * _clause_factor(verb), kind)], True
    return [], False


def _controlled(verb: Token) -> Iterator[Token]:
    """Verbs that share ``verb``'s subject: "vowed to invade", "invaded and killed"."""
    for child in verb.children:
        shares_subject = (child.dep_ == "xcomp" and child.pos_ in parse.VERB_POS) or (
            child.dep_ == "conj" and child.pos_ == "VERB" and not _has_subject(child)
        )
        if shares_subject:
            yield child
            yield from _controlled(child)
        elif child.dep_ == "advcl" and child.tag_ == "VBG" and not _has_subject(child):
            yield child  # "attacked the city, killing dozens"


def _prep_object_cues(
    ctx: _Context, anchor: Token, own: frozenset[int], *, depth: int
) -> tuple[list[Cue], bool]:
    prep = anchor.head
    word = prep.lower_
    governor = prep.head
    if prep.dep_ == "agent" or (word == "by" and _is_passive(governor)):
        return _verb_cues(ctx, governor, patient=False)
    if governor.pos_ == "VERB":
        if word in _CO_AGENT_PREPS:
            return _verb_cues(ctx, governor, patient=False)
        agent = word in _AGENT_PREPS
        cues, found = ([], False) if agent else _verb_cues(ctx, governor, patient=True)
        if not found:
            # "imposed sanctions on B", "offered support to B", "received praise from A":
            # the object noun is the event, the preposition says which side B is on
            for obj in governor.children:
                if obj.dep_ in parse.OBJECT_DEPS and parse.lemma(obj) in ROLE_WEIGHTS:
                    factor = _clause_factor(governor) * INDIRECT_FACTOR
                    cues.append(_event_cue(obj, 0 if agent else 1, factor))
                    found = True
        if not found and word in _AIMED_PREPS:
            # "A had harsh words for B" with the preposition on the verb
            for obj in governor.children:
                if obj.dep_ in parse.OBJECT_DEPS and obj.pos_ == "NOUN":
                    cues += _description_of(ctx, obj, own, factor=_clause_factor(governor))
                    found = bool(cues)
        if not found and word == "against":
            # "voted against B", "testified against B": opposition, whatever the verb
            cues.append(_cue(prep, AGAINST_WEIGHT * _clause_factor(governor), CONFLICT))
            found = True
        return cues, found
    if governor.pos_ in {"NOUN", "PROPN"} and parse.lemma(governor) in ROLE_WEIGHTS:
        agent_w, patient_w = ROLE_WEIGHTS[parse.lemma(governor)]
        if word in _AGENT_PREPS:
            weight = agent_w
        elif word in _CO_AGENT_PREPS:
            weight = agent_w if agent_w < 0 and patient_w < 0 else patient_w
        elif word in _PATIENT_PREPS:
            weight = patient_w
        else:
            return [], False
        factor = _clause_factor(governor.head) if governor.head.pos_ in parse.VERB_POS else 1.0
        return [_cue(governor, weight * factor, _kind(parse.lemma(governor)))], True
    if governor.pos_ == "NOUN" and word == "against":
        # "the case against B", "a campaign against B"
        factor = _clause_factor(governor.head) if governor.head.pos_ in parse.VERB_POS else 1.0
        return [_cue(prep, AGAINST_WEIGHT * factor, CONFLICT)], True
    if governor.pos_ == "ADJ" and word in _PATIENT_PREPS | _CO_AGENT_PREPS:
        # "critical of B", "angry with B", "proud of B": the adjective is an attitude toward B
        valence = ATTITUDE_ADJECTIVES.get(parse.lemma(governor))
        if valence is None:
            valence = parse.word_valence(governor, ctx.vader) * VADER_DESCRIPTION_FACTOR
        if valence:
            verb = governor.head
            factor = _clause_factor(verb) if verb.pos_ in parse.VERB_POS else 1.0
            return [_cue(governor, valence * factor, WORD)], True
    if governor.pos_ == "NOUN" and word in _AIMED_PREPS:
        # "harsh words for B", "nothing but contempt for B": the phrase is aimed at B
        verb = governor.head
        factor = _clause_factor(verb) if verb.pos_ in parse.VERB_POS else 1.0
        cues = _description_of(ctx, governor, own, factor=factor)
        if cues:
            return cues, True
    if governor.pos_ in {"NOUN", "PROPN"} and word == "of" and depth < _MAX_DEPTH:
        # "the leader of B" shares the leader's role, less strongly
        cues, found = _role_cues(ctx, _anchor(governor), own, depth=depth + 1)
        return [_scaled(c, INDIRECT_FACTOR * 0.5) for c in cues], found
    return [], False


def _possessor_cues(
    ctx: _Context, noun: Token, own: frozenset[int], *, depth: int
) -> tuple[list[Cue], bool]:
    """"Russia's invasion": the possessor is the agent; "B's leadership" shares its role.

    The possessor also inherits the possessed noun's own role, less strongly: "lauded B's
    leadership" praises B, "Russia's invasion was condemned" blames Russia twice over.
    """
    cues: list[Cue] = []
    found = False
    lemma = parse.lemma(noun)
    if lemma in ROLE_WEIGHTS and noun.pos_ == "NOUN":
        undergoes = lemma in PATIENT_POSSESSOR_NOUNS and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        )
        cues.append(_event_cue(noun, 1 if undergoes else 0, 1.0))
        found = True
    elif lemma in CUE_LEXICON:
        kind, weight = CUE_LEXICON[lemma]
        cues.append(_cue(noun, weight, kind))
        found = True
    cues += _descriptions(ctx, noun, own)
    inherited, inherited_found = _role_cues(ctx, _anchor(noun), own, depth=depth + 1)
    cues += [_scaled(c, INDIRECT_FACTOR) for c in inherited]
    return cues, found or inherited_found


# --- descriptions ---------------------------------------------------------------------------


def _descriptions(ctx: _Context, token: Token, own: frozenset[int]) -> list[Cue]:
    """Adjectives, appositions, relative and participle clauses attached to the target."""
    cues: list[Cue] = []
    for child in token.children:
        dep = child.dep_
        if dep == "amod":
            cues += _description_of(ctx, child, own, factor=1.0, walk=False)
        elif dep == "compound" and child.i not in own:
            # "the heroic journalist Ortiz": the title's own adjectives describe the name
            cues += _description_of(ctx, child, own, factor=1.0)
        elif dep == "appos" and child.i not in own:
            cues += _description_of(ctx, child, own, factor=1.0)
        elif dep == "relcl":
            cues += _relative_clause_cues(ctx, child, own)
        elif dep == "acl" and child.tag_ in {"VBN", "VBG"} and not _has_subject(child):
            # "B, accused of fraud," / "A, attacking B,"
            cues += _verb_cues(ctx, child, patient=child.tag_ == "VBN")[0]
    return cues


def _relative_clause_cues(ctx: _Context, verb: Token, own: frozenset[int]) -> list[Cue]:
    """"B, who was accused ...": B takes the relative pronoun's role in the clause; "B, whose
    fighters ambushed ...": B shares its fighters' role, less strongly."""
    for child in verb.children:
        if child.tag_ in {"WP", "WDT"} and child.dep_ in (
            parse.ALL_SUBJECT_DEPS | parse.OBJECT_DEPS
        ):
            return _role_cues(ctx, child, own, depth=1)[0]
        if any(g.tag_ == "WP$" for g in child.children):
            cues = _role_cues(ctx, child, own, depth=1)[0]
            return [_scaled(c, INDIRECT_FACTOR) for c in cues]
    return []


def _description_of(
    ctx: _Context, token: Token, own: frozenset[int], *, factor: float, walk: bool = True
) -> list[Cue]:
    """What a predicate, label or modifier says about the party it describes.

    With ``walk`` the whole phrase counts ("a husband from hell and a stone cold loser"), up to
    embedded clauses and other targets; without it, the one word.
    """
    tokens = _phrase(ctx, token, own) if walk else (token,)
    cues: list[Cue] = []
    for tok in tokens:
        if tok.i in own or tok.i in ctx.target_tokens or _in_anti_compound(tok):
            continue
        local = factor * (NEGATION_FACTOR if parse.is_negated(tok) else 1.0)
        entry = CUE_LEXICON.get(parse.lemma(tok)) or CUE_LEXICON.get(tok.lower_)
        if entry is not None and (entry[0] in {INSULT, PRAISE} or tok.pos_ in {"ADJ", "NOUN"}):
            cues.append(_cue(tok, entry[1] * local, entry[0]))
        elif tok.pos_ in _CONTENT_POS:
            valence = parse.word_valence(tok, ctx.vader)
            if valence:
                cues.append(_cue(tok, valence * VADER_DESCRIPTION_FACTOR * local, WORD))
    return cues


def _phrase(ctx: _Context, token: Token, own: frozenset[int]) -> list[Token]:
    """``token``'s subtree without embedded clauses and without other targets' subtrees."""
    out: list[Token] = []
    stack = [token]
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(
            child
            for child in node.children
            if child.dep_ not in _CLAUSE_DEPS and child.dep_ not in {"advcl", "acl"}
            and child.i not in ctx.target_tokens and child.i not in own
        )
    return sorted(out, key=lambda t: t.i)


def _label_cues(ctx: _Context, verb: Token, anchor: Token, own: frozenset[int]) -> list[Cue]:
    """"A called B a killer", "B was branded corrupt": the label describes B."""
    factor = _clause_factor(verb)
    return [
        cue
        for child in verb.children
        if child.dep_ in _LABEL_DEPS and child.i != anchor.i and child.i not in own
        for cue in _description_of(ctx, child, own, factor=factor)
    ]


# --- the VADER fallback ---------------------------------------------------------------------


def _vader_cues(
    ctx: _Context, anchor: Token, own: frozenset[int], *, sentence: bool = False
) -> list[Cue]:
    """Damped VADER valence of the words in the target's own clause."""
    root = parse.clause_root(anchor)  # a verbless sentence's root stands for the clause
    aimed_elsewhere = _aimed_elsewhere(ctx, own)
    tokens = (
        [t for t in anchor.sent if t.i not in aimed_elsewhere]
        if sentence
        else _clause_tokens(root, anchor, skip=aimed_elsewhere)
    )
    words = [
        (tok, parse.word_valence(tok, ctx.vader))
        for tok in tokens
        if tok.i not in own and tok.i not in ctx.target_tokens and tok.pos_ in _CONTENT_POS
        and parse.lemma(tok) not in CUE_LEXICON and not _in_anti_compound(tok)
    ]
    words = [(tok, v) for tok, v in words if v]
    if not words:
        return []
    total = sum(v for _, v in words)
    weight = SENTENCE_FALLBACK if sentence else VADER_DAMPING
    scale = weight * math.tanh(total) / total if total else 0.0
    factor = -0.5 if parse.is_negated(root) else 1.0
    return [_cue(tok, v * scale * factor, WORD) for tok, v in words]


def _clause_tokens(root: Token, anchor: Token, *, skip: frozenset[int]) -> Iterator[Token]:
    """The clause under ``root`` without its embedded clauses, unless the anchor is inside one.

    ``skip`` holds phrases aimed at someone else ("A had harsh words for B": B's to carry).
    """
    ancestors = {a.i for a in anchor.ancestors} | {anchor.i}
    stack = [root]
    while stack:
        node = stack.pop()
        yield node
        stack.extend(
            child
            for child in node.children
            if child.i in ancestors or (child.dep_ not in _CLAUSE_DEPS and child.i not in skip)
        )


# --- helpers --------------------------------------------------------------------------------


def _anchor(token: Token) -> Token:
    """Climb from the span root to the token that carries the grammatical role."""
    node = token
    for _ in range(8):
        dep = node.dep_
        head = node.head
        if head.i == node.i:
            break
        coordinated = dep == "conj" and head.pos_ in {"NOUN", "PROPN", "PRON"}
        named = dep in _CLIMB_DEPS and head.pos_ in {"NOUN", "PROPN"} and not _describes(head)
        if not (coordinated or named):
            break
        node = head
    return node


def _in_anti_compound(token: Token) -> bool:
    """"anti-corruption office": neither "anti" nor "corruption" says anything bad of the office."""
    if token.lower_ == "anti":
        return True
    doc, i = token.doc, token.i
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "anti"


def _describes(token: Token) -> bool:
    """A label noun ("a killer") is a description of the name under it, not its role holder."""
    entry = CUE_LEXICON.get(parse.lemma(token))
    return entry is not None and entry[0] in {INSULT, PRAISE}


def _clause_factor(verb: Token) -> float:
    """Negation and hedging on ``verb`` and on the verbs that embed it ("refused to help")."""
    factor = 1.0
    node = verb
    for _ in range(4):
        if parse.is_negated(node):
            factor *= NEGATION_FACTOR
        if _hedged(node):
            factor *= HEDGE_FACTOR
        if node.dep_ in {"xcomp", "pcomp"} or (node.dep_ == "conj" and not _has_subject(node)):
            parent = node.head if node.dep_ != "pcomp" else node.head.head
            if parse.lemma(parent) in NEGATING_VERBS and node.dep_ != "conj":
                factor *= NEGATION_FACTOR
            if node.dep_ == "conj":
                node = parent
                continue
            if parse.lemma(parent) in {"seem", "appear"}:
                factor *= HEDGE_FACTOR
            node = parent
            continue
        break
    return factor


def _hedged(token: Token) -> bool:
    return any(c.lower_ in HEDGES for c in token.children if c.dep_ in {"aux", "advmod", "amod"})


def _is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in parse.ALL_SUBJECT_DEPS for c in verb.children)


def _aimed_at_someone(predicate: Token) -> bool:
    """"critical of B", "angry with B": an adjective with a prepositional object."""
    return predicate.pos_ == "ADJ" and any(
        c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children) for c in predicate.children
    )


def _aimed_phrases(
    doc: Doc, target_tokens: frozenset[int]
) -> tuple[tuple[frozenset[int], frozenset[int]], ...]:
    """Every noun phrase aimed at a party: "words for B", or "had words ... for B"."""
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN":
            continue
        holders = (noun, noun.head) if noun.dep_ in parse.OBJECT_DEPS else (noun,)
        parties = frozenset(
            g.i
            for holder in holders
            for child in holder.children
            if child.dep_ == "prep" and child.lower_ in _AIMED_PREPS
            for g in child.children
            if g.dep_ == "pobj"
            and (g.i in target_tokens or g.pos_ in {"PROPN", "PRON"} or g.ent_type_ in _PARTY_ENTS)
        )
        if parties:
            phrase = frozenset(t.i for t in noun.subtree) - parties
            found.append((phrase, parties))
    return tuple(found)


def _aimed_elsewhere(ctx: _Context, own: frozenset[int]) -> frozenset[int]:
    """Tokens in phrases aimed at someone other than the target."""
    return frozenset(
        i for phrase, parties in ctx.aimed if not parties & own for i in phrase
    )


def _fights_a_wrong(ctx: _Context, verb: Token) -> bool:
    """The thing fought is a wrong, not a party: "fought corruption", "opposed unfair rules"."""
    for child in verb.children:
        obj = child if child.dep_ in parse.OBJECT_DEPS else None
        if child.dep_ == "prep":
            obj = next((g for g in child.children if g.dep_ == "pobj"), None)
        if obj is None or obj.ent_type_ in _PARTY_ENTS or obj.pos_ in {"PROPN", "PRON"}:
            continue
        for word in (obj, *(c for c in obj.children if c.dep_ == "amod")):
            entry = CUE_LEXICON.get(parse.lemma(word))
            valence = entry[1] if entry is not None else parse.word_valence(word, ctx.vader)
            if valence < 0:
                return True
    return False


def _event_cue(noun: Token, role: int, factor: float) -> Cue:
    """The push of an event noun on its agent (``role`` 0) or patient (1)."""
    lemma = parse.lemma(noun)
    return _cue(noun, ROLE_WEIGHTS[lemma][role] * factor, _kind(lemma))


def _kind(lemma: str) -> str:
    entry = CUE_LEXICON.get(lemma)
    return entry[0] if entry else WORD


def _cue(token: Token, weight: float, kind: str) -> Cue:
    return Cue(token.idx, token.idx + len(token.text), token.text, round(weight, 4), kind)


def _scaled(cue: Cue, factor: float) -> Cue:
    return Cue(cue.start, cue.end, cue.text, round(cue.weight * factor, 4), cue.kind)


def _dedupe(cues: Sequence[Cue]) -> Iterator[Cue]:
    """One cue per word (the first reading wins), and no empty pushes except quote marks."""
    seen: set[int] = set()
    for cue in cues:
        if cue.start in seen or (cue.weight == 0.0 and cue.kind != QUOTE):
            continue
        seen.add(cue.start)
        yield cue


def _target_span(doc: Doc, target: Target) -> Span | None:
    if not 0 <= target.start < target.end <= len(doc.text):
        return None
    return doc.char_span(target.start, target.end, alignment_mode="expand")


def _sentence_index(doc: Doc) -> tuple[int, ...]:
    index = [0] * len(doc)
    for n, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = n
    return tuple(index)


def _nearest_sentence(ctx: _Context, char: int) -> int:
    if not ctx.sentence_of:
        return 0
    for tok in ctx.doc:
        if tok.idx + len(tok.text) > char:
            return ctx.sentence_of[tok.i]
    return ctx.sentence_of[-1]
