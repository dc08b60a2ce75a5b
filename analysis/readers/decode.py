"""Bytes to the one text form every reader returns.

The order is BOM, then a declared charset, then strict UTF-8, then a guess (charset-normalizer
for non-Latin scripts, cp1252 for the rest). Bytes that decode to control characters are binary,
not text. ``normalise`` gives every text ``\\n`` newlines, NFC and no stray control characters,
so offsets computed later mean the same thing whatever the input format was.
"""

from __future__ import annotations

import re
import unicodedata

from analysis.errors import Msg, ReadError
from analysis.readers.sniff import BOMS, sniff

#: Share of decoded characters that may be control characters before a file counts as binary.
_MAX_CONTROL_SHARE = 0.01
#: Unicode's control characters (category Cc) except the whitespace ones.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
#: Dropped from every text: a stray control character is never prose (tab, newline, form feed stay).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_NEWLINE = re.compile(r"\r\n?|[\u2028\u2029\x85]")
#: Scripts whose legacy encodings charset-normalizer tells apart well; for Latin-script text its
#: guesses among the many Latin code pages are unreliable, and cp1252 is what such files really are.
_NON_LATIN_ALPHABETS = (
    "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai", "CJK", "Hangul", "Hiragana", "Katakana",
    "Devanagari", "Armenian", "Georgian",
)
#: Below this, charset-normalizer recognised no language: a few bytes, a guess at random.
_MIN_COHERENCE = 0.1


def decode_text(data: bytes, *, name: str, declared: str | None = None) -> str:
    """Bytes to normalised text: BOM, then ``declared``, then strict UTF-8, then a guess.

    Raises ``ReadError`` with ``BINARY`` for bytes that are not text, ``UNDECODABLE`` when no
    encoding fits and ``EMPTY`` for nothing but whitespace.
    """
    text = _decode(data, name=name, declared=declared)
    controls = len(_BINARY_CONTROL.findall(text))
    if controls and controls >= max(2, _MAX_CONTROL_SHARE * len(text)):
        raise ReadError(name, Msg.BINARY)
    text = normalise(text)
    if not text.strip():
        raise ReadError(name, Msg.EMPTY)
    return text


def _decode(data: bytes, *, name: str, declared: str | None) -> str:
    kind = sniff(data)
    if kind is not None and kind.startswith("utf-"):
        try:
            return data.decode(kind)
        except UnicodeDecodeError:
            if data.startswith(tuple(bom for bom, _ in BOMS)):
                raise ReadError(name, Msg.UNDECODABLE) from None
            # A UTF-16 guess without a BOM that does not decode: carry on with the other checks.
    if b"\x00" in data:
        raise ReadError(name, Msg.BINARY)
    if declared is not None:
        try:
            return data.decode(declared)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: fall back to looking at the bytes
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name=name)


def _decode_legacy(data: bytes, *, name: str) -> str:
    from charset_normalizer import from_bytes

    # Its UTF-16/32 guesses for bytes without NULs are CJK noise; real UTF-16 was caught above.
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    best = matches[0] if matches else None
    if (
        best is not None
        and best.coherence >= _MIN_COHERENCE
        and any(script in a for a in best.alphabets for script in _NON_LATIN_ALPHABETS)
    ):
        return str(best)
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        pass
    if best is not None:
        return str(best)
    raise ReadError(name, Msg.UNDECODABLE)


def normalise(text: str) -> str:
    """The one text form every reader returns: ``\\n`` newlines, NFC, no stray controls."""
    text = text.removeprefix("\ufeff")
    text = _NEWLINE.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)
