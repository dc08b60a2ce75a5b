"""Bytes to the one text form every reader returns.

The order is BOM, then a declared charset, then strict UTF-8, then a guess (charset-normalizer
for non-Latin scripts, cp1252 for the rest). Text is repaired before it is judged: UTF-8 that was
once decoded as cp1252 or Latin-1 and saved again (mojibake, "â€™" for "’") is undone with ftfy.
Only a text with a real share of NULs or control characters is binary (``looks_binary``); a
stray one is dropped. ``normalise`` gives every text the repair, ``\\n`` newlines, NFC and no
stray control characters, so offsets computed later mean the same thing whatever the input
format was.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from analysis.errors import Msg, ReadError
from analysis.readers.sniff import BOMS, sniff

if TYPE_CHECKING:
    from ftfy import TextFixerConfig

#: Share of decoded characters that may be control characters before a file counts as binary.
_MAX_CONTROL_SHARE = 0.01
#: Share of NULs from which a text is binary. Prose never needs one and binary formats are full
#: of them, so one NUL in a short text is binary; one in a 10 KB article is a glitch to drop.
_MAX_NUL_SHARE = 0.01
#: A UTF-8 lead byte read as cp1252/Latin-1 (Â..ô) followed by a continuation byte read the same
#: way, or a C1 control: the mark of mojibake. Text without one skips ftfy, which is slow on
#: megabytes of clean accented prose.
_MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192"
    "\u02c6\u02dc\u2013\u2014\u2018\u2019\u201a\u201c-\u201e\u2020-\u2022\u2026"
    "\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]"
)
#: Unicode's control characters (category Cc) except the whitespace ones.
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_BINARY_CONTROL_BYTES = bytes((*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F))
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


def decode_text(
    data: bytes, *, name: str, declared: str | None = None, keep_controls: bool = False
) -> str:
    """Bytes to normalised text: BOM, then ``declared``, then strict UTF-8, then a guess.

    ``keep_controls`` is for corpora: their control characters stay so that each row can be
    judged by itself (``looks_binary``) and a damaged row dropped, not the whole file.
    Raises ``ReadError`` with ``BINARY`` for bytes that are not text, ``UNDECODABLE`` when no
    encoding fits and ``EMPTY`` for nothing but whitespace.
    """
    text = repair_mojibake(_decode(data, name=name, declared=declared))
    # Judged after the repair: the C1 controls of mojibake are encoding damage, not binary data.
    if looks_binary(text):
        raise ReadError(name, Msg.BINARY)
    text = _tidy(text, keep_controls=keep_controls)
    if not text.strip():
        raise ReadError(name, Msg.EMPTY)
    return text


def looks_binary(text: str) -> bool:
    """Whether decoded text is really binary data: NULs or other controls past their share.

    The one rule for a whole file and for one row of a corpus. A single stray control character
    in a short text is forgiven (it is dropped later), a single NUL only in a long one.
    """
    controls = len(_BINARY_CONTROL.findall(text))
    return controls > 0 and _too_many(text.count("\x00"), controls, len(text))


def _bytes_look_binary(data: bytes) -> bool:
    """``looks_binary`` on raw bytes, C0 controls only (0x80-0x9F are UTF-8 continuation bytes)."""
    controls = len(data) - len(data.translate(None, _BINARY_CONTROL_BYTES))
    return controls > 0 and _too_many(data.count(0), controls, len(data))


def _too_many(nuls: int, controls: int, length: int) -> bool:
    """The rule: NULs (part of ``controls``) past their share, or controls past theirs."""
    return (nuls > 0 and nuls >= _MAX_NUL_SHARE * length) or controls >= max(
        2, _MAX_CONTROL_SHARE * length
    )


def _decode(data: bytes, *, name: str, declared: str | None) -> str:
    kind = sniff(data)
    if kind is not None and kind.startswith("utf-"):
        try:
            return data.decode(kind)
        except UnicodeDecodeError:
            if data.startswith(tuple(bom for bom, _ in BOMS)):
                raise ReadError(name, Msg.UNDECODABLE) from None
            # A UTF-16 guess without a BOM that does not decode: carry on with the other checks.
    if _bytes_look_binary(data):
        # Decided on the bytes already: guessing an encoding for binary data is slow and moot.
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
    """The one text form every reader returns: repaired, ``\\n`` newlines, NFC, no controls."""
    return _tidy(repair_mojibake(text))


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 that was decoded as a single-byte code page (cp1252, Latin-1...) and re-saved.

    ftfy's ``fix_text`` is used for its line-by-line segments (a clean line next to a broken
    one is left alone), but with only its encoding steps on: its other fixes would rewrite text
    that is not broken (curly quotes to straight ones, full-width letters, HTML entities), and
    the quotes are evidence for the stance scorer. Newlines, controls and NFC are ``_tidy``'s.
    """
    if _MOJIBAKE_HINT.search(text):
        import ftfy  # lazily: the sandbox's child imports this module and must start fast

        # A lone surrogate (pasted text) cannot be re-encoded by ftfy; it becomes U+FFFD anyway.
        text = ftfy.fix_text(_SURROGATE.sub("\ufffd", text), _ftfy_config())
    return _restore_stripped_punctuation(text)


#: What ftfy cannot see: a curly quote, an apostrophe or a dash (UTF-8 E2 80 xx) decoded as
#: Latin-1 and its two C1 controls then stripped by a corpus, leaving a bare "â" ("Stateâs",
#: "wasnât", "âWe", "Oreskes â at the time"); the mojibake hint needs the second byte. A text is
#: read so only where "â" stands in a contraction or a possessive, which no word writes (a
#: French "pâté" or "château" is left alone, and so is a Romanian "cât": a "t" after it counts
#: only after an "n", as in "wasnât").
_STRIPPED_APOSTROPHE = re.compile(
    r"(?<=[A-Za-z])\u00e2(?=(?:s|re|ve|ll|d|m)\b)|(?<=n)\u00e2(?=t\b)")
#: "â" between spaces: a dash; before a word at its start: an opening quote; after a word or its
#: mark and before no letter: a closing one. "â¦" kept its last byte: an ellipsis.
_STRIPPED_DASH = re.compile(r"(?<= )\u00e2(?= )")
_STRIPPED_OPENING = re.compile(r"(?<![^\s(\[])\u00e2(?=[A-Za-z0-9])")
_STRIPPED_CLOSING = re.compile(r"(?<=[A-Za-z0-9.,!?])\u00e2(?![A-Za-z0-9])")
_STRIPPED_ELLIPSIS = "\u00e2\u00a6"


def _restore_stripped_punctuation(text: str) -> str:
    """Put back the punctuation a bare "â" stands for (``_STRIPPED_APOSTROPHE``), in a text that
    shows it in a contraction or a possessive; any other text comes back as it was."""
    if "\u00e2" not in text or not _STRIPPED_APOSTROPHE.search(text):
        return text
    text = _STRIPPED_APOSTROPHE.sub("\u2019", text.replace(_STRIPPED_ELLIPSIS, "\u2026"))
    text = _STRIPPED_DASH.sub("\u2014", text)
    text = _STRIPPED_OPENING.sub("\u201c", text)
    return _STRIPPED_CLOSING.sub("\u201d", text)


def _ftfy_config() -> TextFixerConfig:
    from ftfy import TextFixerConfig

    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=False,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def _tidy(text: str, *, keep_controls: bool = False) -> str:
    """``\\n`` newlines, no surrogates, no stray controls, NFC; the steps after the repair."""
    text = text.removeprefix("\ufeff")
    text = _NEWLINE.sub("\n", text)
    text = _SURROGATE.sub("\ufffd", text)
    if not keep_controls:
        text = _CONTROL.sub("", text)
    return unicodedata.normalize("NFC", text)
