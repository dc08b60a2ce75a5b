"""Named features of one target span in a parsed spaCy ``Doc``, for the trained stance model.

Features come in groups (``Group``), switched on and off as a whole so the model card's ablation
can compare them and the explanations can say where a weight came from. Each feature name starts
with its group's one-letter code, the form model files store:

* ``SENTENCE_WORDS`` (``s:``): words of the target's sentence, the target masked as ``<t>`` and
  other targets as ``<o>`` (so "X criticised Y" reads differently for X and for Y);
* ``BIGRAMS`` (``b:``): bigrams of that masked sentence (``<t> said``, ``against <t>``);
* ``WINDOW_WORDS`` (``wl:``, ``wr:``): words in a small window left and right of the target;
* ``NEAR_WORDS`` (``n:``): words near the target in the dependency tree (at most two arcs away);
* ``ROLE`` (``d:``): the target's role: its dependency label, the verb that governs it (and
  whether that verb is negated), the preposition it hangs from (``by`` marks a passive agent),
  adjectives and appositions describing it, whether it is the speaker of a reporting verb,
  whether it sits inside a quotation or inside reported speech;
* ``VADER`` (``v:``): the sentence's compound score, and lexicon valence summed over the
  target's clause and over its left and right windows (negation flips a word's valence, as
  VADER does);
* ``CUES`` (``c:``): cue-lexicon weights (accusation, threat, praise, cooperation, conflict,
  insult) from ``analysis.stance.cues`` summed over the target's clause, words describing the
  target, and the push of the governing verb on the target's role (``ROLE_WEIGHTS``: agent or
  patient);
* ``CLAUSE_WORDS`` (``k:``): words of the target's clause (``parse.clause_root``'s subtree);
* ``ANCESTORS`` (``a:``): the target's syntactic ancestors: lemmas on the path to the root,
  with the arc label;
* ``ROLE_TONE`` (``x:``): the target's role crossed with the sign of the sentence's VADER score;
* ``PROXIMITY_WORDS`` (``p:``): words of the sentence weighted by closeness to the target
  (e^-distance/5);
* ``ATTRIBUTION`` (``q:``): polar words split by whether they sit nearer (in the tree) this
  target or another;
* ``RULES`` (``r:``): the rule scorer's verdict on the target
  (``analysis.stance.rules.RuleScorer``): its three probabilities ``r:p_neg``, ``r:p_neu``,
  ``r:p_pos``. These carry no source tokens: the rules' own cues overlap the ``c``/``d``/``v``
  evidence and a probability has no one word behind it, so ``r`` moves the score but highlights
  nothing.

How the parse is read (governing verb, negation, lemma, valence, subject arcs) is
``analysis.stance.parse``, shared with the rule scorer. The shipped model uses some groups only
(see ``train.DEFAULT_GROUPS`` and the ablation in ``weights/MODEL_CARD.md``); the model file
records which.

``for_targets`` builds the features of all of a doc's targets; training and scoring both call
it, so the model is scored on features built exactly as in training. It also records which
tokens produced each feature, so the model can turn coefficient × value back into highlighted
words.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING

from analysis.resources import load_vader
from analysis.sentiment import vader_scores
from analysis.stance import parse
from analysis.stance.base import Target
from analysis.stance.cues import CUE_LEXICON, REPORTING_VERBS, ROLE_WEIGHTS
from analysis.stance.rules import RuleScorer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


class Group(StrEnum):
    """The feature groups. A member's value is the prefix of its features' names.

    Model files store feature names ("s:said", "d:dep=nsubj") and the groups a model was trained
    with as these one-letter codes, so the values must not change; code names the members.
    """

    SENTENCE_WORDS = "s"
    BIGRAMS = "b"
    WINDOW_WORDS = "w"
    NEAR_WORDS = "n"
    ROLE = "d"
    VADER = "v"
    CUES = "c"
    CLAUSE_WORDS = "k"
    ROLE_TONE = "x"
    PROXIMITY_WORDS = "p"
    ANCESTORS = "a"
    ATTRIBUTION = "q"
    RULES = "r"


#: Every group ``extract`` knows; the shipped model records the ones it was trained with.
GROUPS: tuple[Group, ...] = tuple(Group)
#: Names of the ``r`` features, in the order of ``MentionScore.probs`` (neg, neu, pos).
RULE_FEATURES: tuple[str, str, str] = (
    f"{Group.RULES}:p_neg", f"{Group.RULES}:p_neu", f"{Group.RULES}:p_pos"
)

RuleProbs = tuple[float, float, float]

NO_TARGET = "bias:no_target"  # the one feature of a target that covers no token
TARGET = "<t>"
PERSON = "<person>"
OTHER = "<o>"

PROXIMITY_SCALE = 5.0  # tokens; a word this far from the target counts e^-1 as much
SIGN_THRESHOLD = 0.05  # VADER's usual cut between neutral and polar compound scores
WINDOW = 4  # tokens each side of the target for the ``w:`` and window valence features
TREE_DISTANCE = 2  # arcs from the target for ``n:`` features
NEGATION_SCALAR = -0.74  # VADER's own factor for a negated word

_WORD = re.compile(r"[a-z][a-z'\-]*|[!?]")
_QUOTES = frozenset({'"', "“", "”", "«", "»"})
_CONTENT_POS = frozenset({"VERB", "ADJ", "NOUN", "ADV", "INTJ", "PROPN"})


@dataclass(frozen=True, slots=True)
class Features:
    """Feature values of one target, and the token indices (of the doc) behind each."""

    values: dict[str, float]
    sources: dict[str, tuple[int, ...]] = field(default_factory=dict)


def group_of(name: str) -> str:
    """The group of a feature name: ``"wl:said"`` -> ``Group.WINDOW_WORDS``, ``"bias:..."`` ->
    ``"bias"`` (the no-target feature, in no switchable group)."""
    prefix = name.split(":", 1)[0]
    return prefix if prefix == "bias" else Group(prefix[:1])


@cache
def _rule_scorer() -> RuleScorer:
    return RuleScorer()


def rule_probabilities(doc: Doc, targets: Sequence[Target]) -> list[RuleProbs]:
    """The rule scorer's (P(neg), P(neu), P(pos)) for each target, from ONE call per doc.

    The rules look at every target of the doc at once (a target's tokens are never another's
    evidence), so callers with many targets pass them all here rather than one at a time: the
    cost stays linear in the targets.
    """
    return [score.probs for score in _rule_scorer().score(doc, targets)]


@cache
def _valence_lexicon() -> dict[str, float]:
    return dict(load_vader().lexicon)


def _word(token: Token) -> str | None:
    """The lowercase form used in lexical features, or None for punctuation and numbers.

    Names of people become ``<person>``: the model should learn how a sentence treats its
    target, not which politicians the training data liked.
    """
    if token.ent_type_ == "PERSON":
        return PERSON
    text = token.lower_
    return text if _WORD.fullmatch(text) else None


def _name_lemma(token: Token) -> str:
    """``parse.lemma`` for a feature name; people's names become ``<person>`` (see ``_word``)."""
    return PERSON if token.ent_type_ == "PERSON" else parse.lemma(token)


def _target_tokens(doc: Doc, start: int, end: int) -> list[int]:
    """Indices of the tokens overlapping ``doc.text[start:end]``.

    ``char_span`` finds the covering tokens by binary search; a scan of the whole doc per target
    (and per other target) made scoring quadratic in the mentions of a paragraph.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t.i for t in span if t.idx < end and t.idx + len(t.text) > start]


def _masked_sentence(
    sent: Span, target: set[int], others: set[int]
) -> list[tuple[str, tuple[int, ...]]]:
    """The sentence's words with the target and other targets replaced (runs collapsed)."""
    out: list[tuple[str, tuple[int, ...]]] = []
    for token in sent:
        if token.i in target or token.i in others:
            # Masks carry no source tokens: a name is never highlighted as evidence.
            mask = TARGET if token.i in target else OTHER
            if not out or out[-1][0] != mask:
                out.append((mask, ()))
            continue
        word = _word(token)
        if word is not None:
            out.append((word, (token.i,)))
    return out


def _head_of(doc: Doc, indices: Sequence[int]) -> Token:
    """The token of the span whose head lies outside it (the span's syntactic root)."""
    inside = set(indices)
    for i in indices:
        if doc[i].head.i not in inside or doc[i].head.i == i:
            return doc[i]
    return doc[indices[0]]


def _valence(token: Token) -> float:
    """The word's valence as VADER reads it in context: ``parse.word_valence``, flipped and
    damped by VADER's own factor when a negation stands among the three words before it or
    hangs from its head."""
    value = parse.word_valence(token, _valence_lexicon())
    if not value:
        return 0.0
    doc = token.doc
    before = doc[max(token.i - 3, token.sent.start) : token.i]
    if any(t.lower_ in parse.NEGATIONS for t in before) or parse.is_negated(token.head):
        value *= NEGATION_SCALAR
    return value


def _inside_quote(sent: Span, first: int) -> bool:
    """True when an odd number of quotation marks precede the target in its sentence."""
    count = sum(1 for t in sent if t.i < first and t.text in _QUOTES)
    return count % 2 == 1


def _near(doc: Doc, target: Sequence[int], distance: int) -> dict[int, int]:
    """Token index -> arcs from the target, for tokens within ``distance`` arcs."""
    seen = {i: 0 for i in target}
    frontier = list(target)
    for step in range(1, distance + 1):
        nxt: list[int] = []
        for i in frontier:
            tok = doc[i]
            for other in (tok.head, *tok.children):
                if other.i not in seen:
                    seen[other.i] = step
                    nxt.append(other.i)
        frontier = nxt
        if not frontier:
            break
    return {i: d for i, d in seen.items() if d > 0}


class _Builder:
    """Collects feature values and their source tokens."""

    __slots__ = ("sources", "values")

    def __init__(self) -> None:
        self.values: dict[str, float] = {}
        self.sources: dict[str, tuple[int, ...]] = {}

    def add(self, name: str, value: float, tokens: Iterable[int] = ()) -> None:
        self.values[name] = self.values.get(name, 0.0) + value
        tokens = tuple(tokens)
        if tokens:
            self.sources[name] = self.sources.get(name, ()) + tokens

    def set(self, name: str, value: float, tokens: Iterable[int] = ()) -> None:
        self.values[name] = value
        tokens = tuple(tokens)
        if tokens:
            self.sources[name] = tokens


def for_targets(
    doc: Doc, targets: Sequence[Target], *, groups: Collection[str] = GROUPS
) -> list[Features]:
    """Features of each of ``doc``'s targets: the one way training and scoring build them.

    A target's "others" are the targets of other actors (a second mention of the same actor is
    not someone else). The rule scorer runs once for all targets (``rule_probabilities``) and
    each sentence's VADER compound is computed once, however many targets it holds.
    """
    if not targets:
        return []
    rules = rule_probabilities(doc, targets) if Group.RULES in groups else None
    compounds: dict[int, float] = {}
    return [
        _extract(
            doc,
            target.start,
            target.end,
            others=[(t.start, t.end) for t in targets if t.actor != target.actor],
            groups=groups,
            compounds=compounds,
            rule_probs=None if rules is None else rules[number],
        )
        for number, target in enumerate(targets)
    ]


def extract(
    doc: Doc,
    start: int,
    end: int,
    *,
    others: Sequence[tuple[int, int]] = (),
    groups: Collection[str] = GROUPS,
    rule_probs: RuleProbs | None = None,
) -> Features:
    """Features of the one target at ``doc.text[start:end]``; ``others`` are the other targets.

    ``rule_probs`` are the rule scorer's probabilities for this target, when the caller has
    them; without them the rules run here for this target and ``others``. Callers with all of
    a doc's targets use ``for_targets``.
    """
    return _extract(doc, start, end, others=others, groups=groups, compounds={},
                    rule_probs=rule_probs)


def _extract(
    doc: Doc,
    start: int,
    end: int,
    *,
    others: Sequence[tuple[int, int]],
    groups: Collection[str],
    compounds: dict[int, float],
    rule_probs: RuleProbs | None,
) -> Features:
    """``extract``, with ``compounds`` (sentence start -> VADER compound) shared by the caller."""
    target = _target_tokens(doc, start, end)
    if not target:
        return Features(values={NO_TARGET: 1.0})
    target_set = set(target)
    other_set = {i for s, e in others for i in _target_tokens(doc, s, e)} - target_set
    sent = doc[target[0]].sent
    out = _Builder()
    compound: float | None = None
    if Group.VADER in groups or Group.ROLE_TONE in groups:
        if sent.start not in compounds:
            compounds[sent.start] = vader_scores(sent.text).compound
        compound = compounds[sent.start]

    masked = _masked_sentence(sent, target_set, other_set)
    if Group.SENTENCE_WORDS in groups:
        for word, toks in masked:
            out.set(f"{Group.SENTENCE_WORDS}:{word}", 1.0, toks)
    if Group.BIGRAMS in groups:
        for (w1, t1), (w2, t2) in itertools.pairwise(masked):
            out.set(f"{Group.BIGRAMS}:{w1} {w2}", 1.0, (*t1, *t2))
    if Group.WINDOW_WORDS in groups or Group.VADER in groups:
        _window_features(doc, sent, target, other_set, out, groups)
    if Group.NEAR_WORDS in groups:
        for i, distance in _near(doc, target, TREE_DISTANCE).items():
            if i in other_set:
                out.set(f"{Group.NEAR_WORDS}:{OTHER}", 1.0 / distance)
                continue
            tok = doc[i]
            word = _word(tok)
            if word is not None and tok.pos_ in _CONTENT_POS:
                out.set(f"{Group.NEAR_WORDS}:{_name_lemma(tok)}", 1.0 / distance, (i,))
    head = _head_of(doc, target)
    verb = parse.governing_verb(head)
    clause = [t.i for t in parse.clause_root(head).subtree]
    if Group.ROLE in groups:
        _role_features(doc, sent, head, verb, target, other_set, out)
    if Group.VADER in groups and compound is not None:
        out.set(f"{Group.VADER}:sentence", compound)
        valence = [(i, _valence(doc[i])) for i in clause if i not in target_set]
        out.set(f"{Group.VADER}:clause_pos", sum(v for _, v in valence if v > 0),
                [i for i, v in valence if v > 0])
        out.set(f"{Group.VADER}:clause_neg", sum(v for _, v in valence if v < 0),
                [i for i, v in valence if v < 0])
    if Group.CUES in groups:
        _cue_features(doc, head, verb, clause, target_set, out)
    if Group.CLAUSE_WORDS in groups:
        for i in clause:
            if i in target_set or i in other_set:
                continue
            word = _word(doc[i])
            if word is not None:
                out.set(f"{Group.CLAUSE_WORDS}:{word}", 1.0, (i,))
    if Group.PROXIMITY_WORDS in groups:
        for word, toks in masked:
            if word in (TARGET, OTHER):
                continue
            distance = min(abs(toks[0] - target[0]), abs(toks[0] - target[-1]))
            out.set(f"{Group.PROXIMITY_WORDS}:{word}", math.exp(-distance / PROXIMITY_SCALE),
                    toks)
    if Group.ANCESTORS in groups:
        node = head
        for _ in range(6):
            if node.head.i == node.i:
                break
            parent = node.head
            if parent.i not in target_set and _word(parent) is not None:
                lemma = _name_lemma(parent)
                out.set(f"{Group.ANCESTORS}:{node.dep_}>{lemma}", 1.0, (parent.i,))
                out.set(f"{Group.ANCESTORS}:{lemma}", 1.0, (parent.i,))
            node = parent
    if Group.ATTRIBUTION in groups:
        _attribution_features(doc, sent, target, other_set, out)
    if Group.RULES in groups:
        if rule_probs is None:
            spans = [Target("", start, end), *(Target("", s, e) for s, e in others)]
            rule_probs = rule_probabilities(doc, spans)[0]
        for name, value in zip(RULE_FEATURES, rule_probs, strict=True):
            out.set(name, value)
    if Group.ROLE_TONE in groups and compound is not None:
        # The sentence's tone matters differently to its subject, its object, its speaker.
        sign = "+" if compound >= SIGN_THRESHOLD else (
            "-" if compound <= -SIGN_THRESHOLD else "0")
        out.set(f"{Group.ROLE_TONE}:{_role_name(head.dep_)}|{sign}", 1.0)
        out.set(f"{Group.ROLE_TONE}:quote{int(_inside_quote(sent, target[0]))}|{sign}", 1.0)
    return Features(values=out.values, sources=out.sources)


def _cue_features(
    doc: Doc,
    head: Token,
    verb: Token | None,
    clause: Sequence[int],
    target_set: set[int],
    out: _Builder,
) -> None:
    """Cue-lexicon counts in the clause, and the push of the governing verb on the target's role.

    The role push is what makes the lexicon target-dependent: in "A accused B" the accusation
    costs B, not A; in the passive "B was accused by A" the grammatical subject is the patient.
    """
    for i in clause:
        if i in target_set:
            continue
        entry = CUE_LEXICON.get(parse.lemma(doc[i]))
        if entry is not None:
            kind, weight = entry
            out.add(f"{Group.CUES}:{kind}", weight, (i,))
    for child in head.children:
        if child.i not in target_set and child.dep_ in ("amod", "appos", "acl", "relcl"):
            entry = CUE_LEXICON.get(parse.lemma(child))
            if entry is not None:
                out.add(f"{Group.CUES}:described", entry[1], (child.i,))
    if verb is None:
        return
    lemma = parse.lemma(verb)
    agent, patient = ROLE_WEIGHTS.get(lemma, (0.0, 0.0))
    dep = head.dep_
    if not (agent or patient):
        if dep in parse.SUBJECT_DEPS:
            for child in verb.children:  # "X is corrupt", "X is a hero"
                if child.dep_ in ("acomp", "attr", "oprd") and child.i not in target_set:
                    entry = CUE_LEXICON.get(parse.lemma(child))
                    if entry is not None:
                        out.add(f"{Group.CUES}:described", entry[1], (child.i,))
        return
    is_agent = dep in parse.SUBJECT_DEPS or (dep == "pobj" and head.head.dep_ == "agent")
    is_patient = (
        dep in parse.OBJECT_DEPS
        or dep in parse.PASSIVE_SUBJECT_DEPS
        or (dep == "pobj" and head.head.dep_ != "agent")
    )
    sign = NEGATION_SCALAR if parse.is_negated(verb) else 1.0
    if is_agent and agent:
        out.set(f"{Group.CUES}:role_agent", agent * sign, (verb.i,))
    elif is_patient and patient:
        out.set(f"{Group.CUES}:role_patient", patient * sign, (verb.i,))


def _attribution_features(
    doc: Doc, sent: Span, target: Sequence[int], other_set: set[int], out: _Builder
) -> None:
    """Polar words split by whom they are nearer to in the tree: this target or another one.

    In "A praised B, whom C had attacked" the praise is nearer B and the attack nearer C; a
    sentence-wide score gives all three the same tone.
    """
    mine = _near(doc, target, len(sent))
    theirs: dict[int, int] = {}
    if other_set:
        theirs = _near(doc, sorted(other_set), len(sent))
    own_tokens = set(target)
    for i in range(sent.start, sent.end):
        if i in own_tokens or i in other_set:
            continue
        value = _valence(doc[i])
        if not value:
            continue
        far = len(sent) + 1  # farther than any arc path inside the sentence
        own = mine.get(i, far) <= theirs.get(i, far)
        side = "own" if own else "other"
        sign = "pos" if value > 0 else "neg"
        weight = 1.0 / (1 + mine.get(i, far)) if own else 1.0
        out.add(f"{Group.ATTRIBUTION}:{side}_{sign}", value * weight, (i,) if own else ())


def _role_name(dep: str) -> str:
    """The target's role in a feature name. A passive subject is named apart from an active
    one: "B was accused" makes B the accused, where "A accused" makes A the accuser."""
    if dep in parse.SUBJECT_DEPS:
        return "subj"
    if dep in parse.PASSIVE_SUBJECT_DEPS:
        return "passive_subj"
    return "obj" if dep in ("dobj", "dative") else dep


def _window_features(
    doc: Doc,
    sent: Span,
    target: Sequence[int],
    other_set: set[int],
    out: _Builder,
    groups: Collection[str],
) -> None:
    left = range(max(sent.start, target[0] - WINDOW), target[0])
    right = range(target[-1] + 1, min(sent.end, target[-1] + 1 + WINDOW))
    words, vader = Group.WINDOW_WORDS in groups, Group.VADER in groups
    for side, indices in (("l", left), ("r", right)):
        for i in indices:
            if i in other_set:
                if words:
                    out.set(f"{Group.WINDOW_WORDS}{side}:{OTHER}", 1.0)
                continue
            word = _word(doc[i])
            if word is None:
                continue
            if words:
                out.set(f"{Group.WINDOW_WORDS}{side}:{word}", 1.0, (i,))
            if vader:
                value = _valence(doc[i])
                if value > 0:
                    out.add(f"{Group.VADER}:{side}_pos", value, (i,))
                elif value < 0:
                    out.add(f"{Group.VADER}:{side}_neg", value, (i,))


def _role_features(
    doc: Doc,
    sent: Span,
    head: Token,
    verb: Token | None,
    target: Sequence[int],
    other_set: set[int],
    out: _Builder,
) -> None:
    role = Group.ROLE
    dep = head.dep_
    out.set(f"{role}:dep={dep}", 1.0)
    if dep == "pobj":
        prep = head.head
        out.set(f"{role}:prep={prep.lower_}", 1.0, (prep.i,))
        if prep.lower_ == "by" and prep.dep_ == "agent":
            out.set(f"{role}:passive_agent", 1.0, (prep.i,))
    if dep == "poss":
        owner = head.head
        if _word(owner) is not None:
            out.set(f"{role}:poss_of={_name_lemma(owner)}", 1.0, (owner.i,))
    for child in head.children:
        if child.i in target:
            continue
        if child.dep_ in ("amod", "appos", "compound") and _word(child) is not None:
            out.set(f"{role}:{child.dep_}={_name_lemma(child)}", 1.0, (child.i,))
    if verb is not None:
        lemma = parse.lemma(verb)
        negated = parse.is_negated(verb)
        out.set(f"{role}:verb={lemma}", 1.0, (verb.i,))
        out.set(f"{role}:{_role_name(dep)}_of={'not ' if negated else ''}{lemma}", 1.0, (verb.i,))
        if negated:
            out.set(f"{role}:negated_verb", 1.0, (verb.i,))
        if dep in parse.ALL_SUBJECT_DEPS:
            # What the verb says of its subject, in either voice: "X is a hero", "X was
            # branded a traitor".
            for child in verb.children:
                if child.dep_ in ("acomp", "attr", "dobj", "oprd") and child.i not in target:
                    if child.i in other_set:
                        out.set(f"{role}:subj_{child.dep_}={OTHER}", 1.0)
                    elif _word(child) is not None:
                        out.set(f"{role}:subj_{child.dep_}={_name_lemma(child)}", 1.0,
                                (child.i,))
        if dep in parse.SUBJECT_DEPS and lemma in REPORTING_VERBS:
            out.set(f"{role}:speaker", 1.0, (verb.i,))  # "B was told" makes B no speaker
        # Reported speech: the target sits in the complement of someone else's reporting verb.
        above = verb
        for _ in range(6):
            if above.dep_ in ("ccomp", "xcomp") and parse.lemma(above.head) in REPORTING_VERBS:
                out.set(f"{role}:reported", 1.0, (above.head.i,))
                break
            if above.head.i == above.i:
                break
            above = above.head
    else:
        out.set(f"{role}:no_verb", 1.0)
    if _inside_quote(sent, target[0]):
        out.set(f"{role}:in_quote", 1.0)
    if other_set:
        out.set(f"{role}:multi_target", 1.0)
