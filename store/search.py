"""The search box's rule, in one place: what a query means, for pandas and for either database.

A "quoted phrase" matches as a whole (any run of spaces between its words); an unquoted word is a
term of its own. A term matches at the start of a word, case-insensitively, so "sanction" finds
"Sanctions" but "anction" does not. Everything in a term is literal, never a regular expression
of the user's. The dashboard's pandas filters and the store's SQL use the patterns made here:
Python's ``re`` (also SQLite's REGEXP, which the store defines with ``re``) and PostgreSQL's.

Before the pattern runs, the store narrows the paragraphs with an index: on SQLite the FTS5 table
``paragraphs_fts`` (migration 9) through ``fts_query``, on PostgreSQL a trigram index that serves
the LIKE of ``like_contains``. Both only ever keep more paragraphs than the pattern does.
"""

from __future__ import annotations

import re

_TERMS = re.compile(r'"([^"]*)"|(\S+)')
#: The tokens FTS5's ``unicode61`` tokenizer makes: runs of letters and digits ("_" splits).
_FTS_TOKENS = re.compile(r"[^\W_]+")


def search_terms(query: str) -> tuple[tuple[str, ...], ...]:
    """The query's terms, each the words it must match in a row (a stray quote is dropped)."""
    terms = []
    for phrase, word in _TERMS.findall(query or ""):
        words = tuple((phrase or word.replace('"', "")).split())
        if words:
            terms.append(words)
    return tuple(terms)


def _body(words: tuple[str, ...]) -> str:
    # re.escape backslashes every character that is not a letter, digit or "_": both Python's
    # and PostgreSQL's regular expressions read a backslashed such character as itself.
    return r"\s+".join(re.escape(w) for w in words)


def python_pattern(words: tuple[str, ...]) -> str:
    """The term as a Python pattern (to compile with ``re.IGNORECASE``)."""
    return rf"(?<!\w){_body(words)}"


def postgres_pattern(words: tuple[str, ...]) -> str:
    """The same term for PostgreSQL's ``~*``: no lookbehind there, so a start or a non-word
    character before it, which matches the same texts."""
    return rf"(^|\W){_body(words)}"


def like_contains(text: str) -> str:
    """A LIKE pattern (with ``ESCAPE '\\'``) for "contains ``text``", its wildcards escaped."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def prefilter_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words of a term that a case-insensitive LIKE can test before the pattern runs.

    Every word of a matching text is in it, so a LIKE on each cheaply drops most texts first.
    Only ASCII words: SQLite's LIKE folds the case of ASCII letters alone.
    """
    return tuple(w for w in words if w.isascii())


def fts_query(words: tuple[str, ...]) -> str | None:
    """An FTS5 query that every paragraph the term matches also matches, or None when the term
    has no token to look up (only punctuation).

    Each token of the term's words as a prefix (``"tok"*``), all required: the pattern matches
    a term's words from a word's start, and the last may go on ("sanction" in "sanctions"), so
    each of their tokens begins a token of the text. The index folds case and diacritics,
    which only widens what it keeps; the pattern then decides.
    """
    tokens = [t for w in words for t in _FTS_TOKENS.findall(w)]
    return " AND ".join(f'"{t}"*' for t in tokens) or None
