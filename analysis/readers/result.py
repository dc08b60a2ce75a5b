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
    """The documents read from one file, and the errors of the rows that could not be read."""

    documents: tuple[Document, ...]
    errors: tuple[ReadError, ...] = ()
