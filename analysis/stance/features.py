"""Named features of one target span in a parsed spaCy ``Doc``, for the trained stance model.

Each feature name starts with its group prefix so the model card's ablation can switch groups
on and off and the explanations can say where a weight came from:

* ``s:`` words of the target's sentence, the target masked as ``<t>`` and other targets as
  ``<o>`` (so "X criticised Y" reads differently for X and for Y);
* ``b:`` bigrams of that masked sentence (``<t> said``, ``against <t>``);
* ``w:`` words in a small window left (``wl:``) and right (``wr:``) of the target;
* ``n:`` words near the target in the dependency tree (at most two arcs away);
* ``d:`` the target's role: its dependency label, the verb that governs it (and whether that
  verb is negated), the preposition it hangs from (``by`` marks a passive agent), adjectives and
  appositions describing it, whether it is the speaker of a reporting verb, whether it sits
  inside a quotation or inside reported speech;
* ``v:`` VADER: the sentence's compound score, and lexicon valence summed over the target's
  clause and over its left and right windows (negation flips a word's valence, as VADER does);
* ``c:`` cue-lexicon weights (accusation, threat, praise, cooperation, conflict, insult) from
  ``analysis.stance.cues`` summed over the target's clause, words describing the target, and
  the push of the governing verb on the target's role (``ROLE_WEIGHTS``: agent or patient);
* ``k:`` words of the target's clause (the subtree of its governing verb);
* ``a:`` the target's syntactic ancestors: lemmas on the path to the root, with the arc label;
* ``x:`` the target's role crossed with the sign of the sentence's VADER score;
* ``p:`` words of the sentence weighted by closeness to the target (e^-distance/5);
* ``q:`` polar words split by whether they sit nearer (in the tree) this target or another;
* ``r:`` the rule scorer's verdict on the target (``analysis.stance.rules.RuleScorer``): its
  three probabilities ``r:p_neg``, ``r:p_neu``, ``r:p_pos``. These carry no source tokens: the
  rules' own cues overlap the ``c``/``d``/``v`` evidence and a probability has no one word
  behind it, so ``r`` moves the score but highlights nothing.

The shipped model uses some of these groups only (see ``train.DEFAULT_GROUPS`` and the
ablation in ``weights/MODEL_CARD.md``); the model file records which.

``extract`` also records which tokens produced each feature, so the model can turn
coefficient × value back into highlighted words.
"""

from __future__ import annotations

import math
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from analysis.resources import load_vader
from analysis.sentiment import vader_scores
from analysis.stance.base import Target
from analysis.stance.rules import RuleScorer

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

import itertools

from analysis.stance.cues import CUE_LEXICON, REPORTING_VERBS, ROLE_WEIGHTS

#: Every group ``extract`` knows; the shipped model records the ones it was trained with.
GROUPS: tuple[str, ...] = ("s", "b", "w", "n", "d", "v", "c", "k", "x", "p", "a", "q", "r")
#: Names of the ``r`` features, in the order of ``MentionScore.probs`` (neg, neu, pos).
RULE_FEATURES: tuple[str, str, str] = ("r:p_neg", "r:p_neu", "r:p_pos")

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
VALENCE_SCALE = 4.0  # VADER's lexicon runs -4..4; features are kept near -1..1

_WORD = re.compile(r"[a-z][a-z'\-]*|[!?]")
_QUOTES = frozenset({'"', "“", "”", "«", "»"})
_NEGATIONS = frozenset({"not", "n't", "never", "no", "nobody", "nothing", "neither", "nor",
                        "without", "cannot"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_CONTENT_POS = frozenset({"VERB", "ADJ", "NOUN", "ADV", "INTJ", "PROPN"})


@dataclass(frozen=True, slots=True)
class Features:
    """Feature values of one target, and the token indices (of the doc) behind each."""

    values: dict[str, float]
    sources: dict[str, tuple[int, ...]] = field(default_factory=dict)


def group_of(name: str) -> str:
    """The group of a feature name: ``"wl:said"`` -> ``"w"``, ``"s:<t>"`` -> ``"s"``."""
    prefix = name.split(":", 1)[0]
    return prefix if prefix in ("bias",) else prefix[:1]


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


def _lemma(token: Token) -> str:
    return PERSON if token.ent_type_ == "PERSON" else token.lemma_.lower()


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


def _governing_verb(token: Token) -> Token | None:
    current = token
    for _ in range(8):  # parse trees are shallow; the bound guards against odd parses
        if current.pos_ in ("VERB", "AUX") and current is not token:
            return current
        if current.head.i == current.i:
            return current if current.pos_ in ("VERB", "AUX") else None
        current = current.head
    return None


def _is_negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in _NEGATIONS for c in token.children)


def _valence(token: Token) -> float:
    value = _valence_lexicon().get(token.lower_, 0.0)
    if not value:
        return 0.0
    # A negation among the three words before, or on the word's head, flips it like VADER does.
    doc = token.doc
    before = doc[max(token.i - 3, token.sent.start) : token.i]
    if any(t.lower_ in _NEGATIONS for t in before) or _is_negated(token.head):
        value *= NEGATION_SCALAR
    return value / VALENCE_SCALE


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


def extract(
    doc: Doc,
    start: int,
    end: int,
    *,
    others: Sequence[tuple[int, int]] = (),
    groups: Collection[str] = GROUPS,
    sentence_compound: float | None = None,
    rule_probs: RuleProbs | None = None,
) -> Features:
    """Features of the target at ``doc.text[start:end]``; ``others`` are the other targets.

    ``sentence_compound`` lets a caller that scores several targets of one sentence pass the
    sentence's VADER compound once instead of recomputing it for each target. ``rule_probs``
    does the same for the ``r`` group: the rule scorer's probabilities for this target, as
    ``rule_probabilities`` returns them for all of a doc's targets in one call. Without it the
    rules are run here for this target and ``others``.
    """
    target = _target_tokens(doc, start, end)
    if not target:
        return Features(values={NO_TARGET: 1.0})
    target_set = set(target)
    other_set = {i for s, e in others for i in _target_tokens(doc, s, e)} - target_set
    sent = doc[target[0]].sent
    out = _Builder()
    if sentence_compound is None and ("v" in groups or "x" in groups):
        sentence_compound = vader_scores(sent.text).compound

    masked = _masked_sentence(sent, target_set, other_set)
    if "s" in groups:
        for word, toks in masked:
            out.set(f"s:{word}", 1.0, toks)
    if "b" in groups:
        for (w1, t1), (w2, t2) in itertools.pairwise(masked):
            out.set(f"b:{w1} {w2}", 1.0, (*t1, *t2))
    if "w" in groups or "v" in groups:
        _window_features(doc, sent, target, other_set, out, groups)
    if "n" in groups:
        for i, distance in _near(doc, target, TREE_DISTANCE).items():
            if i in other_set:
                out.set(f"n:{OTHER}", 1.0 / distance)
                continue
            tok = doc[i]
            word = _word(tok)
            if word is not None and tok.pos_ in _CONTENT_POS:
                out.set(f"n:{_lemma(tok)}", 1.0 / distance, (i,))
    head = _head_of(doc, target)
    verb = _governing_verb(head)
    if "d" in groups:
        _role_features(doc, sent, head, verb, target, other_set, out)
    if "v" in groups and sentence_compound is not None:
        out.set("v:sentence", sentence_compound)
        clause = _clause(head, verb)
        valence = [(i, _valence(doc[i])) for i in clause if i not in target_set]
        out.set("v:clause_pos", sum(v for _, v in valence if v > 0),
                [i for i, v in valence if v > 0])
        out.set("v:clause_neg", sum(v for _, v in valence if v < 0),
                [i for i, v in valence if v < 0])
    if "c" in groups:
        _cue_features(doc, head, verb, target_set, out)
    if "k" in groups:
        for i in _clause(head, verb):
            if i in target_set or i in other_set:
                continue
            word = _word(doc[i])
            if word is not None:
                out.set(f"k:{word}", 1.0, (i,))
    if "p" in groups:
        for word, toks in masked:
            if word in (TARGET, OTHER):
                continue
            distance = min(abs(toks[0] - target[0]), abs(toks[0] - target[-1]))
            out.set(f"p:{word}", math.exp(-distance / PROXIMITY_SCALE), toks)
    if "a" in groups:
        node = head
        for _ in range(6):
            if node.head.i == node.i:
                break
            parent = node.head
            if parent.i not in target_set and _word(parent) is not None:
                out.set(f"a:{node.dep_}>{_lemma(parent)}", 1.0, (parent.i,))
                out.set(f"a:{_lemma(parent)}", 1.0, (parent.i,))
            node = parent
    if "q" in groups:
        _attribution_features(doc, sent, target, other_set, out)
    if "r" in groups:
        if rule_probs is None:
            spans = [Target("", start, end), *(Target("", s, e) for s, e in others)]
            rule_probs = rule_probabilities(doc, spans)[0]
        for name, value in zip(RULE_FEATURES, rule_probs, strict=True):
            out.set(name, value)
    if "x" in groups and sentence_compound is not None:
        # The sentence's tone matters differently to its subject, its object, its speaker.
        sign = "+" if sentence_compound >= SIGN_THRESHOLD else (
            "-" if sentence_compound <= -SIGN_THRESHOLD else "0")
        out.set(f"x:{_role_name(head.dep_)}|{sign}", 1.0)
        out.set(f"x:quote{int(_inside_quote(sent, target[0]))}|{sign}", 1.0)
    return Features(values=out.values, sources=out.sources)


def _cue_features(
    doc: Doc, head: Token, verb: Token | None, target_set: set[int], out: _Builder
) -> None:
    """Cue-lexicon counts in the clause, and the push of the governing verb on the target's role.

    The role push is what makes the lexicon target-dependent: in "A accused B" the accusation
    costs B, not A; in the passive "B was accused by A" the grammatical subject is the patient.
    """
    for i in _clause(head, verb):
        if i in target_set:
            continue
        entry = CUE_LEXICON.get(doc[i].lemma_.lower())
        if entry is not None:
            kind, weight = entry
            out.add(f"c:{kind}", weight, (i,))
    for child in head.children:
        if child.i not in target_set and child.dep_ in ("amod", "appos", "acl", "relcl"):
            entry = CUE_LEXICON.get(child.lemma_.lower())
            if entry is not None:
                out.add("c:described", entry[1], (child.i,))
    if verb is None:
        return
    lemma = verb.lemma_.lower()
    agent, patient = ROLE_WEIGHTS.get(lemma, (0.0, 0.0))
    if not (agent or patient):
        if head.dep_ in _SUBJECT_DEPS and head.dep_ != "nsubjpass":
            for child in verb.children:  # "X is corrupt", "X is a hero"
                if child.dep_ in ("acomp", "attr", "oprd") and child.i not in target_set:
                    entry = CUE_LEXICON.get(child.lemma_.lower())
                    if entry is not None:
                        out.add("c:described", entry[1], (child.i,))
        return
    dep = head.dep_
    is_agent = (dep in _SUBJECT_DEPS and dep != "nsubjpass") or (
        dep == "pobj" and head.head.dep_ == "agent"
    )
    is_patient = dep in ("dobj", "nsubjpass", "dative") or (
        dep == "pobj" and head.head.dep_ != "agent"
    )
    sign = NEGATION_SCALAR if _is_negated(verb) else 1.0
    if is_agent and agent:
        out.set("c:role_agent", agent * sign, (verb.i,))
    elif is_patient and patient:
        out.set("c:role_patient", patient * sign, (verb.i,))


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
        out.add(f"q:{side}_{sign}", value * weight, (i,) if own else ())


def _role_name(dep: str) -> str:
    return "subj" if dep in _SUBJECT_DEPS else "obj" if dep in ("dobj", "dative") else dep


def _clause(head: Token, verb: Token | None) -> list[int]:
    """Token indices of the target's clause: the subtree of its verb, else its own sentence."""
    root = verb if verb is not None else head.sent.root
    return [t.i for t in root.subtree]


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
    for side, indices in (("l", left), ("r", right)):
        for i in indices:
            if i in other_set:
                if "w" in groups:
                    out.set(f"w{side}:{OTHER}", 1.0)
                continue
            word = _word(doc[i])
            if word is None:
                continue
            if "w" in groups:
                out.set(f"w{side}:{word}", 1.0, (i,))
            if "v" in groups:
                value = _valence(doc[i])
                if value > 0:
                    out.add(f"v:{side}_pos", value, (i,))
                elif value < 0:
                    out.add(f"v:{side}_neg", value, (i,))


def _role_features(
    doc: Doc,
    sent: Span,
    head: Token,
    verb: Token | None,
    target: Sequence[int],
    other_set: set[int],
    out: _Builder,
) -> None:
    dep = head.dep_
    out.set(f"d:dep={dep}", 1.0)
    if dep == "pobj":
        prep = head.head
        out.set(f"d:prep={prep.lower_}", 1.0, (prep.i,))
        if prep.lower_ == "by" and prep.dep_ == "agent":
            out.set("d:passive_agent", 1.0, (prep.i,))
    if dep == "poss":
        owner = head.head
        if _word(owner) is not None:
            out.set(f"d:poss_of={_lemma(owner)}", 1.0, (owner.i,))
    for child in head.children:
        if child.i in target:
            continue
        if child.dep_ in ("amod", "appos", "compound") and _word(child) is not None:
            out.set(f"d:{child.dep_}={_lemma(child)}", 1.0, (child.i,))
    if verb is not None:
        lemma = verb.lemma_.lower()
        negated = _is_negated(verb)
        role = _role_name(dep)
        out.set(f"d:verb={lemma}", 1.0, (verb.i,))
        out.set(f"d:{role}_of={'not ' if negated else ''}{lemma}", 1.0, (verb.i,))
        if negated:
            out.set("d:negated_verb", 1.0, (verb.i,))
        if dep in _SUBJECT_DEPS:
            for child in verb.children:
                if child.dep_ in ("acomp", "attr", "dobj", "oprd") and child.i not in target:
                    if child.i in other_set:
                        out.set(f"d:subj_{child.dep_}={OTHER}", 1.0)
                    elif _word(child) is not None:
                        out.set(f"d:subj_{child.dep_}={_lemma(child)}", 1.0, (child.i,))
            if lemma in REPORTING_VERBS:
                out.set("d:speaker", 1.0, (verb.i,))
        # Reported speech: the target sits in the complement of someone else's reporting verb.
        above = verb
        for _ in range(6):
            if above.dep_ in ("ccomp", "xcomp") and above.head.lemma_.lower() in REPORTING_VERBS:
                out.set("d:reported", 1.0, (above.head.i,))
                break
            if above.head.i == above.i:
                break
            above = above.head
    else:
        out.set("d:no_verb", 1.0)
    if _inside_quote(sent, target[0]):
        out.set("d:in_quote", 1.0)
    if other_set:
        out.set("d:multi_target", 1.0)
