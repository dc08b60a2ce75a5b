"""Metadata fields shared by the readers: headline, date, title/source values and URLs.

Every format ends up with the same few fields on a ``Document``; these helpers make each one
look the same whatever it came from (front matter, meta tags, PDF info, a CSV column), and keep
anything unsafe (a ``javascript:`` URL) out of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from analysis.readers.decode import normalise

#: A first line counts as a headline when it is short and reads like one.
_HEADLINE_MAX_CHARS = 160
_HEADLINE_MAX_WORDS = 25
_HEADLINE_BAD_ENDINGS = (".", ",", ";", ":")
_MAX_TITLE_CHARS = 300

SPACES = re.compile(r"\s+")

#: Invisible format characters (Unicode category Cf): bidi overrides and isolates (U+202E
#: turns "txt.exe" into "exe.txt" on screen), marks, zero-width spaces, soft hyphens, tags. In a
#: title or an outlet name they can only disguise it. ZWNJ and ZWJ (U+200C, U+200D) stay: they
#: shape words in Persian and Indic scripts and join emoji. The class covers Unicode 15's Cf;
#: tests check it against the running Python's ``unicodedata``.
INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b\u200e\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]"
)

_ISO_DATE = re.compile(r"^\s*(?:D:)?(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:\b|T|\d|$)")
_LOOSE_ISO_DATE = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b")
_MONTHS = {
    name: number
    for number, names in enumerate(
        (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
         ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
         ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
         ("dec", "december")),
        start=1,
    )
    for name in names
}
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")
_MONTH_DAY_YEAR = re.compile(r"\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")
_WEB_URL = re.compile(r"^https?://[^\s<>\"']+$", re.IGNORECASE)

#: Metadata keys (columns, front-matter keys), matched case-insensitively; the first present
#: one wins.
SOURCE_COLUMNS = ("source", "outlet", "publisher")
DATE_COLUMNS = ("published", "date")
URL_COLUMNS = ("url", "link")


def headline(text: str) -> str | None:
    """The first line when it reads like a headline: short, no final period, more text after."""
    stripped = text.lstrip()
    first, newline, rest = stripped.partition("\n")
    first = INVISIBLE.sub("", first).strip()
    if not newline or not rest.strip() or not first:
        return None
    if len(first) > _HEADLINE_MAX_CHARS or len(first.split()) > _HEADLINE_MAX_WORDS:
        return None
    if first.endswith(_HEADLINE_BAD_ENDINGS) or not any(ch.isalpha() for ch in first):
        return None
    return first


def iso_date(value: object) -> str | None:
    """A date as ``YYYY-MM-DD``, from ISO strings, PDF dates, '5 March 2024' or date objects."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if not isinstance(value, str | int):
        return None
    text = str(value).strip()
    candidates: list[tuple[str, str, str]] = []
    for pattern in (_ISO_DATE, _LOOSE_ISO_DATE):
        match = pattern.match(text)
        if match:
            candidates.append((match[1], match[2], match[3]))
    match = _DAY_MONTH_YEAR.search(text)
    if match and match[2].lower() in _MONTHS:
        candidates.append((match[3], str(_MONTHS[match[2].lower()]), match[1]))
    match = _MONTH_DAY_YEAR.search(text)
    if match and match[1].lower() in _MONTHS:
        candidates.append((match[3], str(_MONTHS[match[1].lower()]), match[2]))
    for year, month, day in candidates:
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            continue
    return None


def clean_field(value: object) -> str | None:
    """A metadata value as one trimmed line without invisible characters, or None if empty."""
    if value is None or isinstance(value, dict | list | bool):
        return None
    text = SPACES.sub(" ", INVISIBLE.sub("", normalise(str(value)))).strip()
    return text[:_MAX_TITLE_CHARS] or None


def web_url(value: object) -> str | None:
    """Only http(s) addresses are kept: a ``javascript:`` URL must never reach a link."""
    text = clean_field(value)
    return text if text is not None and _WEB_URL.match(text) else None


def first_of(row: Mapping[str, Any], keys: Iterable[str]) -> Any:
    """The value of the first of ``keys`` that ``row`` has and is not empty, or None."""
    for key in keys:
        value = row.get(key)
        if value is not None and value != "":
            return value
    return None
