"""The readers behind ``analysis.read``, one module per job.

``sniff`` (what the bytes are), ``decode`` (bytes to normalised text), ``fields`` (headline,
dates, URLs and other metadata values), ``markdown``, ``webpage`` (HTML), ``documents`` (PDF and
DOCX, parsed in the sandbox through ``isolated``), ``corpus`` (CSV and JSON Lines, one article a
row) and ``result`` (``ReadResult``). Import the public API from ``analysis.read``.

Nothing is imported here: the sandbox's child process imports a single reader module, and must
stay light (no spaCy, no other readers).
"""
