"""The search box's rule, in one place: what a query means, for pandas and for either database.

A "quoted phrase" matches as a whole (any run of spaces between its words); an unquoted word is a
term of its own. A term matches at the start of a word, case-insensitively, so "sanction" finds
"Sanctions" but "anction" does not. Everything in a term is literal, never a regular expression
of the user's. The dashboard's pandas filters and the store's SQL use the patterns made here:
Python's ``re`` (also SQLite's REGEXP, which the store defines with ``re``) and PostgreSQL's.
"""

from __future__ import annotations

import re

_TERMS = re.compile(r'"([^"]*)"|(\S+)')


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
