"""Limits applied to untrusted input. One frozen record, passed as ``limits=`` to readers."""

from __future__ import annotations

from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 20 * MB  # any single input file
    max_pdf_pages: int = 300  # pages read from a PDF; the rest are ignored (and reported)
    max_docx_uncompressed: int = 100 * MB  # sum of member sizes of a .docx zip
    parse_seconds: float = 30.0  # wall time for parsing one PDF or DOCX in its own process
    parse_memory: int = 768 * MB  # address-space limit of that process
    max_rows: int = 100_000  # articles in one CSV/JSONL corpus


DEFAULT_LIMITS = Limits()
