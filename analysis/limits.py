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
    # Analysing one article (store.work, in a worker process). Real prose runs at about 1 MB per
    # 50 s on one core, so the time allowed grows with the text; the token cap refuses a text
    # that would take minutes before any of it is parsed.
    article_tokens: int = 50_000  # words and marks in one article (a long report: ~15,000)
    article_seconds: float = 60.0  # wall time for any article (a loaded machine is slow) ...
    article_seconds_per_mb: float = 90.0  # ... plus this much per MB of its text
    worker_memory: int = 2048 * MB  # address-space ceiling of each worker process (RLIMIT_AS)

    def article_deadline(self, chars: int) -> float:
        """Seconds allowed to analyse an article of ``chars`` characters."""
        return self.article_seconds + self.article_seconds_per_mb * chars / MB


DEFAULT_LIMITS = Limits()
