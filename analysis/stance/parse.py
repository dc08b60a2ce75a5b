"""How the stance scorers read a spaCy parse: one definition of each rule, shared.

The rule scorer (``rules.py``) and the linear model's features (``features.py``) both ask the
same questions of a parse: which verb governs this word, is that verb negated, what is this
word's lemma and valence, is this arc a subject. Each used to answer them with its own copy,
and the copies had drifted (different climb bounds, negation lists and subject sets), so the
two scorers disagreed about the same sentence for no reason anyone had chosen. The answers live
here now, once; ``tests/test_stance_parse.py`` pins the cases where the old copies disagreed.

The dependency labels are spaCy's English (ClearNLP) scheme.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from analysis.stance.cues import NEWS_NEUTRAL, PHRASAL_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Active subjects: the doer of their verb ("Russia invaded"). Passive subjects are apart
#: because they are the verb's patient ("Ukraine was invaded"); a set that mixes the two makes
#: every caller patch the passive back out, and one that forgets to blames the victim.
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "csubj", "expl"})
#: Passive subjects: the grammatical subject that undergoes the verb.
PASSIVE_SUBJECT_DEPS: frozenset[str] = frozenset({"nsubjpass", "csubjpass"})
#: Any grammatical subject, for questions where voice does not matter ("does it have one?").
ALL_SUBJECT_DEPS: frozenset[str] = SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
#: Objects of a verb: its patient in the active voice ("invaded Ukraine"). ``obj``/``iobj``
#: are the Universal Dependencies names, kept for pipelines that use them.
OBJECT_DEPS: frozenset[str] = frozenset({"dobj", "obj", "dative", "iobj"})
VERB_POS: frozenset[str] = frozenset({"VERB", "AUX"})

#: Words that negate the word they hang from ("did not attack", "never praised", "hardly a
#: success"). Not "nobody"/"nothing": "had nothing but contempt for B" is no negation of the
#: contempt. Not "cannot": spaCy splits it into "can" + "not", so it never is a token.
NEGATIONS: frozenset[str] = frozenset(
    {"not", "n't", "never", "no", "neither", "nor", "without", "hardly", "barely"}
)

#: How far ``governing_verb`` climbs. spaCy's trees have no cycles, so this only guards against
#: an odd parse; it is set well above real depths (a verb twelve arcs up still governs).
MAX_CLIMB = 12
#: VADER's lexicon runs from -4 to 4; valences here run from -1 to 1.
VADER_SCALE = 4.0


def governing_verb(token: Token) -> Token | None:
    """The nearest verb (or auxiliary) above ``token`` in its sentence, or None if there is none.

    A verbal root governs itself when ``token`` is that root. A verbless sentence ("Russia, a
    country at war.") has no governing verb: None, so a caller can tell "no verb" apart from
    "this verb"; ``clause_root`` is the question to ask for the clause's words.
    """
    node = token
    for _ in range(MAX_CLIMB):
        # Compare indices, never identity: spaCy makes a new Token object on every access, so
        # ``node.head is node`` is never true (the rules' old copy missed the root that way).
        if node.pos_ in VERB_POS and node.i != token.i:
            return node
        if node.head.i == node.i:
            return node if node.pos_ in VERB_POS else None
        node = node.head
    return None


def clause_root(token: Token) -> Token:
    """The root of ``token``'s clause: its governing verb, else its sentence's root.

    In a verbless sentence the root stands for the clause, so its subtree is the words that
    speak of ``token``.
    """
    verb = governing_verb(token)
    return verb if verb is not None else token.sent.root


def is_negated(token: Token) -> bool:
    """True when a negation hangs from ``token``: a ``neg`` arc or a word of ``NEGATIONS``."""
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in token.children)


def lemma(token: Token) -> str:
    """The lowercase lemma, or the one a phrasal verb stands for ("hit out" -> "criticize").

    This is the form the cue lexicons (``analysis.stance.cues``) are keyed by.
    """
    base = token.lemma_.lower()
    if token.pos_ == "VERB":
        for child in token.children:
            # the parser files "back" and "out" as particles or as adverbs
            if child.dep_ in {"prt", "advmod"} and (base, child.lower_) in PHRASAL_VERBS:
                return PHRASAL_VERBS[(base, child.lower_)]
    return base


def word_valence(token: Token, lexicon: Mapping[str, float]) -> float:
    """VADER's valence of the word itself, in [-1, 1], before any negation.

    The word form is looked up first, then its lemma (VADER lists "accuse" but not every
    inflection). Words in ``NEWS_NEUTRAL`` ("party", "security", "died") score 0: VADER rates
    them, but in political news they name things rather than judge anyone.
    """
    if token.lower_ in NEWS_NEUTRAL:
        return 0.0
    value = lexicon.get(token.lower_)
    if value is None:
        value = lexicon.get(token.lemma_.lower(), 0.0)
    return value / VADER_SCALE
