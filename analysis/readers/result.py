"""``ReadResult``: what reading one file gives, the documents and the rows that failed.

Its own module so that every reader (the corpus readers build one) and the public façade
``analysis.read`` share it without importing each other.
"""

from __future__ import annotations

from dataclasses import dataclass

from analysis.errors import ReadError
from analysis.types import Document


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The documents read from one file, the errors of the rows that could not be read, and
    notes on what was left out."""

    documents: tuple[Document, ...]
    errors: tuple[ReadError, ...] = ()
    #: What a user should know about a file that was read, but not all of it ("x.pdf: only the
    #: first 300 of its 3,000 pages were read"). Not errors: the file went in.
    notes: tuple[str, ...] = ()
