"""What a file is, judged from its bytes rather than its name.

An upload's name only says what it claims to be: a PDF renamed ``.txt`` must be reported, not
decoded as noise. ``sniff`` looks for byte-order marks, magic numbers, a PDF header, BOM-less
UTF-16 and the start of an HTML page, in the first few kilobytes only.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping

#: Kinds ``sniff`` can report and how a user is told about them.
SNIFF_KINDS: Mapping[str, str] = {
    "pdf": "a PDF",
    "zip": "a zip archive (such as a .docx)",
    "gzip": "a gzip archive",
    "png": "a PNG image",
    "jpeg": "a JPEG image",
    "gif": "a GIF image",
    "tiff": "a TIFF image",
    "webp": "a WebP image",
    "7z": "a 7-Zip archive",
    "rar": "a RAR archive",
    "xz": "an xz archive",
    "sqlite": "an SQLite database",
    "executable": "a program",
    "mp3": "an MP3 audio file",
    "ogg": "an Ogg media file",
    "flac": "a FLAC audio file",
    "html": "an HTML page",
    "utf-8-sig": "UTF-8 text",
    "utf-16-le": "UTF-16 text",
    "utf-16-be": "UTF-16 text",
    "utf-32-le": "UTF-32 text",
    "utf-32-be": "UTF-32 text",
}
TEXT_KINDS = frozenset({"html", "utf-8-sig", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"})

# Byte-order marks, longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),
    (b"PK\x05\x06", "zip"),  # an empty zip archive
    (b"\x1f\x8b", "gzip"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
    # Binaries with few NULs, which the control-character share could miss. Each magic number is
    # long or odd enough that no article starts with it ("MZ" for Windows programs is not).
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"Rar!\x1a\x07", "rar"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"SQLite format 3\x00", "sqlite"),
    (b"\x7fELF", "executable"),
    (b"\xcf\xfa\xed\xfe", "executable"),  # Mach-O, 64-bit
    (b"ID3\x02", "mp3"),
    (b"ID3\x03", "mp3"),
    (b"ID3\x04", "mp3"),
    (b"OggS\x00", "ogg"),
    (b"fLaC\x00", "flac"),
)
_WEBP = re.compile(rb"RIFF.{4}WEBP", re.DOTALL)
#: Only the start of a file is looked at; ``webpage`` reads ``<meta charset>`` from it too.
SNIFF_WINDOW = 4096
#: PDF readers accept junk before the header, so the marker may sit a little way in.
_PDF_HEADER_WINDOW = 1024
_PDF_HEADER = re.compile(rb"%PDF-\d\.\d")
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b",
    re.IGNORECASE | re.DOTALL,
)


def sniff(data: bytes) -> str | None:
    """What the bytes are, by content: a key of ``SNIFF_KINDS``, or None for unmarked text."""
    head = data[:SNIFF_WINDOW]
    for bom, kind in BOMS:
        if head.startswith(bom):
            return kind
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _WEBP.match(head):
        return "webp"
    if _PDF_HEADER.search(head[:_PDF_HEADER_WINDOW]):
        return "pdf"
    utf16 = _utf16_without_bom(head)
    if utf16 is not None:
        return utf16
    if _HTML_START.match(head):
        return "html"
    return None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 of mostly-Latin text has a NUL in every other byte, on one side only."""
    pairs = len(head) // 2
    if pairs < 2:
        return None
    zeros_even = head[0 : pairs * 2 : 2].count(0)
    zeros_odd = head[1 : pairs * 2 : 2].count(0)
    if zeros_odd >= 0.4 * pairs and zeros_even <= 0.05 * pairs:
        return "utf-16-le"
    if zeros_even >= 0.4 * pairs and zeros_odd <= 0.05 * pairs:
        return "utf-16-be"
    return None
