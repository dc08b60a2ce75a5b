"""CSV and JSON Lines corpora: one article a row, read into one ``Document`` each.

A bad row is not a bad file: its reason goes to ``ReadResult.errors`` and the good rows still
come back. The text arrives with its control characters, so a row of binary junk is told apart
from a row with one stray NUL (which ``normalise`` drops) by the same rule as a whole file.
Columns (or JSON keys) are matched case-insensitively and the first present one of each kind
wins; the row count is capped by ``Limits.max_rows``.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import Any

from analysis.errors import Msg, ReadError
from analysis.limits import Limits
from analysis.readers.decode import looks_binary, normalise
from analysis.readers.fields import (
    DATE_COLUMNS,
    SOURCE_COLUMNS,
    URL_COLUMNS,
    clean_field,
    first_of,
    iso_date,
    web_url,
)
from analysis.readers.result import ReadResult
from analysis.types import Document

#: Corpus columns, matched case-insensitively; the first present one wins.
TEXT_COLUMNS: tuple[str, ...] = ("text", "content", "body", "article")
_TITLE_COLUMNS = ("title", "headline")
_CSV_DELIMITERS = (",", ";", "\t", "|")


def read_csv(text: str, *, name: str, limits: Limits) -> ReadResult:
    """A CSV table with a header row; the delimiter is the commonest one in the header."""
    # Articles are long fields; the default 128 KiB cap would reject real ones. The cap is
    # process-wide, so it is only ever raised, and never past what a C long can hold.
    if csv.field_size_limit() < limits.max_bytes:
        csv.field_size_limit(min(limits.max_bytes, 2**31 - 1))
    first_line = text.split("\n", 1)[0]
    delimiter = max(_CSV_DELIMITERS, key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise ReadError(name, Msg.NO_TEXT) from None
    columns = [column.strip().lower() for column in header]
    if not any(column in TEXT_COLUMNS for column in columns):
        raise ReadError(name, Msg.CORPUS_NO_TEXT_COLUMN, columns=", ".join(TEXT_COLUMNS))

    def rows() -> Iterator[tuple[int, Mapping[str, Any] | str]]:
        number = 0
        while True:
            number += 1
            try:
                values = next(reader)
            except StopIteration:
                return
            except csv.Error as error:
                yield number, f"it cannot be parsed as CSV ({error})"
                continue
            if not any(value.strip() for value in values):
                continue  # a blank line between records is not an article, nor an error
            if len(values) != len(columns):
                yield number, f"it has {len(values)} fields, the header has {len(columns)}"
                continue
            row: dict[str, Any] = {}
            for column, value in zip(columns, values, strict=True):
                row.setdefault(column, value)
            yield number, row

    return _corpus(rows(), name=name, fmt="csv", limits=limits)


def read_jsonl(text: str, *, name: str, limits: Limits) -> ReadResult:
    """JSON Lines: one object a line; a line that is not an object is a bad row."""
    # JSON Lines has no header: the text column is missing when no object has one.
    objects_seen = text_keys_seen = False

    def rows() -> Iterator[tuple[int, Mapping[str, Any] | str]]:
        nonlocal objects_seen, text_keys_seen
        for number, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                # Not strict: a control character inside a string is judged with the row's text
                # (``looks_binary``), as in a CSV, rather than failing the whole line.
                value = json.loads(line, strict=False)
            except (ValueError, RecursionError) as error:
                yield number, f"it is not valid JSON ({type(error).__name__})"
                continue
            if not isinstance(value, dict):
                yield number, "it is not a JSON object"
                continue
            row: dict[str, Any] = {}
            for key, item in value.items():
                row.setdefault(key.strip().lower(), item)
            objects_seen = True
            text_keys_seen = text_keys_seen or any(key in row for key in TEXT_COLUMNS)
            yield number, row

    result = _corpus(rows(), name=name, fmt="jsonl", limits=limits)
    if objects_seen and not text_keys_seen:
        raise ReadError(name, Msg.CORPUS_NO_TEXT_COLUMN, columns=", ".join(TEXT_COLUMNS))
    return result


def _corpus(
    rows: Iterator[tuple[int, Mapping[str, Any] | str]], *, name: str, fmt: str, limits: Limits
) -> ReadResult:
    """Documents from parsed rows (a row is a mapping, or the reason it could not be parsed)."""
    documents: list[Document] = []
    errors: list[ReadError] = []
    for count, (number, row) in enumerate(rows, start=1):
        if count > limits.max_rows:
            errors.append(ReadError(name, Msg.CORPUS_TOO_MANY_ROWS, limit=limits.max_rows))
            break
        if isinstance(row, str):
            errors.append(ReadError(name, Msg.CORPUS_BAD_ROW, row=number, detail=row))
            continue
        text_value = first_of(row, TEXT_COLUMNS)
        if not isinstance(text_value, str) or not text_value.strip():
            detail = "its text is not a string" if text_value is not None else "it has no text"
            errors.append(ReadError(name, Msg.CORPUS_BAD_ROW, row=number, detail=detail))
            continue
        if looks_binary(text_value):
            errors.append(ReadError(name, Msg.CORPUS_BINARY_ROW, row=number))
            continue
        documents.append(
            Document(
                name=f"{name}#row={number}",
                text=normalise(text_value).strip(),
                fmt=fmt,
                title=clean_field(first_of(row, _TITLE_COLUMNS)),
                source=clean_field(first_of(row, SOURCE_COLUMNS)),
                published=iso_date(first_of(row, DATE_COLUMNS)),
                url=web_url(first_of(row, URL_COLUMNS)),
            )
        )
    if not documents and not errors:
        raise ReadError(name, Msg.NO_TEXT)
    return ReadResult(tuple(documents), tuple(errors))
