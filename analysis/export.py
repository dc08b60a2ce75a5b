"""Renderings of ArticleAnalysis records for other tools and for people: JSON, CSV, a text table."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict
from typing import Any

from analysis.types import ArticleAnalysis, Stance

#: Columns of the CSV export: one row per (paragraph, actor); a paragraph without actors has one
#: row with the actor columns empty, so paragraph sentiment is never lost.
CSV_COLUMNS: tuple[str, ...] = (
    "article", "title", "source", "published", "paragraph", "sentiment", "sentiment_label",
    "actor", "stance", "stance_label", "confidence", "mentions", "evidence", "text",
)
TABLE_TEXT_CHARS = 60

#: A cell starting with one of these is run as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def inert(value: object) -> object:
    """Article text is untrusted: a paragraph starting with "=HYPERLINK(...)" must open in a
    spreadsheet as text, not run. A leading apostrophe is the usual, visible defence."""
    return f"'{value}" if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def csv_text(columns: Sequence[str], rows: Iterable[Mapping[str, object]]) -> str:
    """Every CSV stancemap writes (CLI, chart data, corrections) is written here.

    Formula-like text cells are made ``inert``; numbers stay numbers. Rows end in CRLF
    (RFC 4180): the csv writer quotes a field holding any line-terminator character, so a stray
    "\\r" in a title cannot split a row. ``None`` is an empty cell.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(columns), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({key: inert(value) for key, value in row.items()} for row in rows)
    return out.getvalue()


def stance_dict(stance: Stance) -> dict[str, Any]:
    return {
        "actor": stance.actor,
        "score": stance.score,
        "label": stance.label.value,
        "confidence": stance.confidence,
        "mentions": stance.mentions,
        "scorer": stance.scorer,
        "evidence": {
            "sentences": list(stance.evidence.sentences),
            "cues": [asdict(c) for c in stance.evidence.cues],
        },
    }


def article_dict(article: ArticleAnalysis) -> dict[str, Any]:
    return {
        "name": article.name,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "url": article.url,
        "format": article.fmt,
        "content_hash": article.content_hash,
        "actors": [{"name": a.name, "kind": a.kind.value, "aliases": list(a.aliases)}
                   for a in article.actors],
        "removed": [asdict(r) for r in article.removed],
        "paragraphs": [
            {
                "index": p.paragraph.index,
                "start": p.paragraph.start,
                "end": p.paragraph.end,
                "text": p.paragraph.text,
                "sentiment": {**asdict(p.sentiment), "label": p.sentiment.label.value},
                "mentions": [asdict(m) for m in p.mentions],
                "stances": [stance_dict(s) for s in p.stances],
            }
            for p in article.paragraphs
        ],
    }


def to_json(articles: Sequence[ArticleAnalysis], *, errors: Sequence[str] = ()) -> str:
    payload: dict[str, Any] = {"articles": [article_dict(a) for a in articles]}
    if errors:
        payload["errors"] = list(errors)
    return json.dumps(payload, ensure_ascii=False, indent=2)


def _evidence_words(stance: Stance) -> str:
    return "; ".join(f"{c.text} ({c.weight:+.2f})" for c in stance.evidence.cues)


def csv_rows(articles: Sequence[ArticleAnalysis]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for a in articles:
        for p in a.paragraphs:
            base = {
                "article": a.name, "title": a.title, "source": a.source or "",
                "published": a.published or "", "paragraph": p.paragraph.index,
                "sentiment": p.sentiment.compound, "sentiment_label": p.sentiment.label.value,
                "text": p.paragraph.text,
            }
            if not p.stances:
                rows.append({**base, "actor": "", "stance": "", "stance_label": "",
                             "confidence": "", "mentions": 0, "evidence": ""})
            for s in p.stances:
                rows.append({**base, "actor": s.actor, "stance": s.score,
                             "stance_label": s.label.value, "confidence": s.confidence,
                             "mentions": s.mentions, "evidence": _evidence_words(s)})
    return rows


def to_csv(articles: Sequence[ArticleAnalysis]) -> str:
    return csv_text(CSV_COLUMNS, csv_rows(articles))


def _short(text: str, n: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= n else flat[: n - 1] + "…"


def to_table(articles: Sequence[ArticleAnalysis]) -> str:
    """A plain-text report for the terminal: per article, per paragraph, sentiment and stances."""
    lines: list[str] = []
    for a in articles:
        meta = " · ".join(x for x in (a.source, a.published) if x)
        lines.append(f"== {a.title}" + (f"  ({meta})" if meta else "") + f"  [{a.name}]")
        if a.removed:
            lines.append(f"   cleaning removed {len(a.removed)} piece(s) of page junk")
        for p in a.paragraphs:
            s = p.sentiment
            lines.append(f"  ¶{p.paragraph.index:<3} sentiment {s.compound:+.2f} {s.label.value:<8}"
                         f" {_short(p.paragraph.text, TABLE_TEXT_CHARS)}")
            for st in sorted(p.stances, key=lambda x: x.score):
                lines.append(f"        {st.actor:<28} {st.score:+.2f} {st.label.value:<8}"
                             f" conf {st.confidence:.2f}  {_short(_evidence_words(st), 50)}")
        lines.append("")
    return "\n".join(lines)
