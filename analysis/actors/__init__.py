"""Who a paragraph talks about: mentions of people, countries, organisations and groups.

``resolve_mentions`` reads the spaCy parses of an article's paragraphs and returns, per
paragraph, the ``Mention``s of each actor with article offsets. It works in two passes over the
whole article:

1. collect candidates in each paragraph: the user's actors and aliases (a regex built once per
   config), the gazetteer (countries, capitals, demonyms, international bodies, US states), and
   spaCy's PERSON / GPE / ORG / NORP entities cut to the names they hold (``analysis.names``:
   "Victoria told" is "Victoria", "Federer and Nadal" two people), minus noise (photo credits,
   datelines, news outlets named as the source of a report, days, all-caps credits, streets,
   holidays, titles of works) and minus cities named as a venue ("talks in Vienna"; but
   "officials in Ankara" is Turkey). A GPE the gazetteer does not know is a place, but a state's
   formal name it does not list ("the Republic of Veldora") is the country of its short name, as
   the formal names it lists are ("State of Israel" is Israel). Overlaps are
   settled by priority (user config, then noise, then gazetteer, then spaCy), longest first.
   A body tagged "Federer and Nadal" is two actors where either is named apart, and an acronym
   defined in brackets ("the National Rifle Association (NRA)") is the name before it.
2. resolve: a surname alone or with a title joins the one full name in the article that has it,
   and a lone first word the one full name that opens with it (also where spaCy missed the word
   as an entity, or tagged the full name as a place); "the Front" joins the one "... Front"
   named; "Republican" joins "Republicans"; a bare "Veldora" is the country the article names
   formally; each actor's kind is the gazetteer's, a person's for
   a one-word name that is the subject of a clause saying "his" or "her" ("Paladino held his
   nose"), the speaker named right after a quotation ("“…,” Gordenker said") or a body joined
   by "and" to a person ("Bryant and Phil Jackson"), a person's for a name that carries a
   person's title once, or the majority of its mentions'; descriptions ("the Ukrainian
   president") and pronouns that agree in gender and number join the person or group they
   refer to (``analysis.references``); then the user's merges, hides and renames apply through
   ``analysis.identity`` (the mapping the store's read-time edits use too).

Public API: ``resolve_mentions`` -> ``Resolution``; ``ActorConfig`` and ``load_actor_config``
(defined in ``analysis.actor_config``) are re-exported here, and ``VIAS``, the ways a mention
is found.

Everything is a token or dictionary lookup, linear in the article; spaCy is never re-run.

Modules, each importing only those above it:

- ``spans``: the shared types (``_Cand``, ``_Para``), priorities, token helpers and word lists;
- ``matcher``: the user's actors file as one regex, built once per config;
- ``noise``: credits, datelines, bylines, sources, titles of works, products, animals;
- ``places``: the gazetteer's candidates, and a place as a venue, a city, a street;
- ``sports``: places, colleges and nicknames standing for teams;
- ``candidates``: one paragraph's candidates from the config, the gazetteer and spaCy;
- ``kinds``: each actor's kind and the evidence for it;
- ``drops``: passes that hold candidates as noise or split them;
- ``body_joins``, ``person_joins``, ``variant_joins``: names joined to one body, one person, one
  actor under another name;
- ``resolve``: ``resolve_mentions``, the passes in their order, and the user's config applied.
"""

from analysis.actor_config import ActorConfig, load_actor_config
from analysis.actors.resolve import Resolution, resolve_mentions
from analysis.actors.spans import VIAS

__all__ = ["VIAS", "ActorConfig", "Resolution", "load_actor_config", "resolve_mentions"]
