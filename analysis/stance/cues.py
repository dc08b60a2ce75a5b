"""Lexicons of stance cues: the words that say who attacks, accuses, praises or helps whom.

Written for this project from general English knowledge; every key is a lowercase spaCy lemma.
Both stance scorers read them: the rule scorer (``analysis.stance.rules``) walks the dependency
parse with them, and the trained model (``analysis.stance.features``) turns them into features.

Public API (stable):

* ``KINDS``: the cue kinds a ``Cue.kind`` may take.
* ``CUE_LEXICON: Mapping[str, tuple[str, float]]``: lemma -> (kind, weight). ``weight`` in
  [-1, 1] is the push on the party the word is *about*: the accused for an accusation, the
  praised for praise, the attacker for an attack, the described one for an insult or an
  adjective ("corrupt", "brave"), both parties for cooperation.
* ``ROLE_WEIGHTS: Mapping[str, tuple[float, float]]``: for verbs and event nouns only,
  lemma -> (push on the agent, push on the patient). "A accused B": A gets ``[0]``, B ``[1]``.
  In the passive ("B was accused by A") the grammatical subject is the patient.
* ``REPORTING_VERBS``: say, tell, warn, claim...: their subject is a speaker, whose stance does
  not follow from the content of the quote.
* ``LABELLING_VERBS``: call, brand, label...: "A called B a killer" describes B.
* ``UNDERGOING_VERBS``: face, receive, draw...: "B faced criticism" makes B the patient of the
  event noun, where "A launched an attack" makes A its agent.
* ``NEGATING_VERBS``: refuse, fail, deny...: "X refused to help" negates the help.
* ``ATTITUDE_ADJECTIVES: Mapping[str, float]``: "critical of B", "grateful to B": lemma -> push
  on B, the one the attitude is aimed at (its holder is left nearly neutral).
* ``PHRASAL_VERBS: Mapping[tuple[str, str], str]``: (verb lemma, particle) -> the lemma that
  stands for the phrase in the tables above ("hit out" -> "criticize", "shoot back" -> "reply").
* ``NEWS_NEUTRAL``: words VADER scores that are names of things in political news ("party",
  "united", "special counsel", "health care", "security"); a fallback should skip them.
* ``PATIENT_POSSESSOR_NOUNS``: event nouns whose possessor is the one it happens to ("Sato's
  arrest"), where "Russia's invasion" makes the possessor the agent.
* ``HEDGES``: words that soften a cue of their clause (the words that negate one are
  ``analysis.stance.parse.NEGATIONS``, shared with the linear model's features).
* ``COPULAS``: verbs whose subject is described by their complement ("X is/seems corrupt").
* ``TITLES``: titles and offices that precede or stand for a name ("President", "minister").
* ``cue_kind(lemma)``, ``cue_weight(lemma)``, ``role_weights(lemma)``: look-ups with defaults.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

ACCUSATION = "accusation"
THREAT = "threat"
PRAISE = "praise"
COOPERATION = "cooperation"
CONFLICT = "conflict"
INSULT = "insult"
QUOTE = "quote"
WORD = "word"

KINDS: frozenset[str] = frozenset(
    {ACCUSATION, THREAT, PRAISE, COOPERATION, CONFLICT, INSULT, QUOTE, WORD}
)

# Verbs and event nouns, grouped by what they do to each party: (kind, agent push, patient push,
# lemmas). The agent of an accusation is mostly neutral (reporting a criticism is not a stance
# against the critic); the victim of an attack is neutral to slightly sympathetic; both sides of
# cooperation come out positive; a symmetric clash puts both in a bad light.
_ROLE_GROUPS: tuple[tuple[str, float, float, str], ...] = (
    # accusing, criticising, prosecuting: the patient is blamed
    (ACCUSATION, 0.0, -0.8,
     "accuse blame criticize criticise condemn denounce slam blast fault rebuke reproach lambast "
     "lambaste castigate chastise censure decry deplore excoriate berate scold admonish reprimand "
     "assail pillory vilify demonize demonise scapegoat impeach indict convict charge allege "
     "accusation allegation criticism condemnation indictment impeachment rebuke reprimand "
     "denunciation censure conviction blame grill bash hammer skewer savage pan trash"),
    (ACCUSATION, 0.0, -0.45,
     "sanction question investigate probe sue prosecute arrest expose distrust reject "
     "dismiss disown disavow oust sack depose topple investigation probe lawsuit prosecution "
     "arrest ouster detention backlash outrage protest boycott"),
    # insulting and mocking: a small cost to the insulter, a larger one to the insulted
    (INSULT, -0.15, -0.7,
     "insult mock ridicule deride disparage belittle humiliate smear taunt lampoon sneer scorn "
     "disrespect insult ridicule mockery"),
    # threatening and coercing: the agent is hostile, the patient is its target
    (THREAT, -0.75, 0.1,
     "threaten blackmail intimidate coerce menace bully extort pressure mass ultimatum threat "
     "blackmail intimidation coercion extortion"),
    # hostile acts: attacks and violence; the patient is a victim
    (CONFLICT, -0.85, 0.15,
     "attack invade shell bomb bombard kill murder assassinate massacre slaughter torture abduct "
     "kidnap annex raid storm besiege shoot assault rape loot destroy ambush execute "
     "persecute oppress repress terrorize terrorise massacre strafe gas poison hack "
     "attack invasion aggression bombing shelling killing murder assassination occupation "
     "annexation raid assault massacre atrocity persecution oppression repression crackdown "
     "abduction kidnapping execution torture"),
    (CONFLICT, -0.6, 0.05,
     "seize detain imprison jail deport expel violate breach harass abuse exploit cheat steal "
     "defraud deceive mislead betray bribe rig sabotage undermine obstruct destabilize "
     "destabilise provoke meddle interfere spy censor silence "
     "violation breach harassment abuse exploitation theft fraud deception betrayal bribery "
     "sabotage meddling interference provocation"),
    # symmetric conflict: both sides look bad
    (CONFLICT, -0.35, -0.35,
     "clash fight feud battle quarrel dispute spar wrangle confront war conflict clash feud "
     "tension rift standoff hostility confrontation row spat"),
    (CONFLICT, -0.15, -0.25, "oppose resist disagree split oppose opposition rivalry"),
    # contests: the winner comes out ahead, the loser behind
    (WORD, 0.3, -0.3, "defeat beat trounce rout outpoll outperform outscore win victory defeat"),
    (WORD, -0.3, 0.0, "lose"),
    # praise: the patient is praised; the praiser comes out slightly warm
    (PRAISE, 0.1, 0.8,
     "praise hail laud applaud commend congratulate celebrate honor honour salute admire "
     "compliment acclaim extol thank credit reward exonerate acquit vindicate acquittal "
     "exoneration "
     "praise tribute acclaim applause accolade admiration gratitude congratulation"),
    (PRAISE, 0.1, 0.5,
     "endorse champion defend back respect trust love like appreciate cheer embrace "
     "endorsement respect trust confidence"),
    (PRAISE, 0.05, 0.3, "promote recommend forgive welcome"),
    (PRAISE, 0.05, 0.15, "elect reelect re-elect nominate appoint election nomination appointment"),
    # cooperation and help: both parties come out positive
    (COOPERATION, 0.45, 0.4,
     "help support aid assist cooperate collaborate partner ally unite reconcile befriend "
     "rescue save protect free liberate mediate donate fund finance sponsor supply "
     "support aid assistance help cooperation collaboration partnership alliance friendship "
     "reconciliation rescue"),
    (COOPERATION, 0.3, 0.2,
     "sign agree join ratify agreement deal treaty pact accord ceasefire truce peace"),
    (COOPERATION, 0.15, 0.15, "negotiate host invite visit meet talks summit"),
)

# Words that describe a party directly: nouns used as a label ("called B a killer", "B, a
# dictator") and adjectives ("corrupt X", "X is brave"). VADER knows the everyday ones; these are
# the political words it misses or under-weights.
_DESCRIPTIVE_GROUPS: tuple[tuple[str, float, str], ...] = (
    (INSULT, -0.85,
     "killer murderer liar criminal thug dictator tyrant terrorist fascist nazi traitor crook "
     "butcher despot warmonger monster racist bigot hypocrite villain"),
    (INSULT, -0.6,
     "idiot fool moron coward clown puppet bully extremist demagogue autocrat aggressor invader "
     "occupier enemy rogue pariah menace disgrace embarrassment failure loser fraudster"),
    (INSULT, -0.6, "lie lying falsehood scandal corruption wrongdoing misconduct incompetence"),
    (INSULT, -0.35, "strongman oligarch adversary radical hardliner provocateur"),
    (INSULT, -0.7,
     "corrupt crooked dishonest disgraced notorious infamous ruthless brutal reckless "
     "incompetent despotic tyrannical murderous criminal treacherous authoritarian autocratic "
     "belligerent"),
    (INSULT, -0.35,
     "embattled beleaguered controversial erratic divisive polarizing polarising hostile "
     "aggressive hawkish extremist scandal-hit discredited unpopular"),
    (PRAISE, 0.8,
     "hero champion saviour savior genius statesman visionary icon legend peacemaker patriot"),
    (PRAISE, 0.45, "friend ally partner reformer defender"),
    (PRAISE, 0.6,
     "brave courageous heroic honest competent principled respected beloved revered admired "
     "popular decisive steadfast visionary wise"),
    (PRAISE, 0.3, "pragmatic moderate charismatic experienced capable"),
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


ROLE_WEIGHTS: Mapping[str, tuple[float, float]] = MappingProxyType({
    lemma: (agent, patient)
    for _kind, agent, patient, lemmas in _ROLE_GROUPS
    for lemma in lemmas.split()
})


def _lexicon() -> dict[str, tuple[str, float]]:
    entries: dict[str, tuple[str, float]] = {}
    for kind, agent, patient, lemmas in _ROLE_GROUPS:
        # The weight of an event word is its push on the party it is about: the stronger side.
        weight = agent if abs(agent) > abs(patient) else patient
        for lemma in lemmas.split():
            entries.setdefault(lemma, (kind, weight))
    for kind, weight, lemmas in _DESCRIPTIVE_GROUPS:
        for lemma in lemmas.split():
            entries.setdefault(lemma.replace("_", " "), (kind, weight))
    return entries


CUE_LEXICON: Mapping[str, tuple[str, float]] = MappingProxyType(_lexicon())

ATTITUDE_ADJECTIVES: Mapping[str, float] = MappingProxyType({
    **dict.fromkeys(_words("critical contemptuous scathing"), -0.7),
    **dict.fromkeys(_words("hostile furious dismissive scornful disgusted"), -0.6),
    **dict.fromkeys(_words("angry skeptical sceptical suspicious opposed disappointed"), -0.4),
    **dict.fromkeys(_words("wary cautious"), -0.25),
    **dict.fromkeys(_words("supportive grateful proud appreciative admiring loyal"), 0.6),
    **dict.fromkeys(_words("friendly sympathetic fond impressed warm"), 0.45),
})

PHRASAL_VERBS: Mapping[tuple[str, str], str] = MappingProxyType({
    ("hit", "out"): "criticize",
    ("lash", "out"): "criticize",
    ("speak", "out"): "criticize",
    ("call", "out"): "criticize",
    ("single", "out"): "criticize",
    ("crack", "down"): "repress",
    ("clamp", "down"): "repress",
    ("gun", "down"): "kill",
    ("shoot", "down"): "attack",
    ("beat", "up"): "assault",
    ("blow", "up"): "bomb",
    ("wipe", "out"): "destroy",
    ("kick", "out"): "expel",
    ("throw", "out"): "expel",
    ("sell", "out"): "betray",
    ("cover", "up"): "deceive",
    ("bring", "down"): "topple",
    ("shut", "out"): "reject",
    ("team", "up"): "cooperate",
    ("back", "up"): "support",
    ("prop", "up"): "support",
    ("stand", "by"): "support",
    ("bail", "out"): "rescue",
    ("reach", "out"): "meet",
    ("shoot", "back"): "reply",
    ("fire", "back"): "reply",
    ("hit", "back"): "reply",
    ("push", "back"): "reply",
    ("point", "out"): "note",
})

PATIENT_POSSESSOR_NOUNS: frozenset[str] = _words(
    "arrest abduction kidnapping killing murder assassination execution impeachment indictment "
    "conviction detention persecution rescue election nomination prosecution ouster torture "
    "acquittal exoneration"
)

NEWS_NEUTRAL: frozenset[str] = _words(
    "party parties united special top care number kind security interest interests share shares "
    "well pretty please ready want justice defense defence grand god chance "
    "die died dies dying death deaths dead certainly clearly surely"
)

REPORTING_VERBS: frozenset[str] = _words(
    "say tell state claim add note warn argue insist announce declare explain write tweet post "
    "report reply respond answer ask suggest acknowledge admit confirm assert contend maintain "
    "stress emphasize emphasise remark comment observe recall predict vow pledge promise urge "
    "reveal concede boast quip joke mention testify repeat reiterate indicate hint signal "
    "believe think describe allege charge complain caution estimate fear hope express voice deny "
    "laugh"
)

LABELLING_VERBS: frozenset[str] = _words(
    "call brand label dub describe name deem consider term portray paint characterize "
    "characterise"
)

UNDERGOING_VERBS: frozenset[str] = _words(
    "face receive draw win earn get attract garner suffer endure undergo weather survive meet"
)

NEGATING_VERBS: frozenset[str] = _words(
    "refuse fail deny decline reject avoid stop cease halt abandon"
)

HEDGES: frozenset[str] = _words(
    "allegedly reportedly apparently purportedly supposedly possibly perhaps maybe may might "
    "could seem appear alleged suspected"
)

COPULAS: frozenset[str] = _words("be seem appear remain become look sound prove")

TITLES: frozenset[str] = _words(
    "president prime minister chancellor king queen prince princess senator governor secretary "
    "general ambassador spokesman spokeswoman spokesperson leader chief chairman chairwoman "
    "ceo mayor judge lawmaker official commander mr mrs ms dr sir lord pope representative rep "
    "sen gov gen speaker director head premier envoy diplomat congressman congresswoman "
    "candidate nominee"
)


def cue_kind(lemma: str) -> str | None:
    """The kind of cue ``lemma`` is, or None when it is not in ``CUE_LEXICON``."""
    entry = CUE_LEXICON.get(lemma)
    return entry[0] if entry else None


def cue_weight(lemma: str) -> float:
    """The push of ``lemma`` on the party it is about; 0.0 for a word outside the lexicon."""
    entry = CUE_LEXICON.get(lemma)
    return entry[1] if entry else 0.0


def role_weights(lemma: str) -> tuple[float, float]:
    """(push on the agent, push on the patient) of a verb or event noun; (0, 0) when unknown."""
    return ROLE_WEIGHTS.get(lemma, (0.0, 0.0))
