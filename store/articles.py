"""One article in the tables: writing an ``ArticleAnalysis`` as rows, and rebuilding it.

An analysis is spread over one table per kind of span (removals, paragraphs, sentences,
mentions, stances, actors); every span keeps its character offsets, so the rebuilt analysis
equals the stored one. Writing builds each table's rows (``child_rows``) and writes them in bulk
(``insert_analysis``), in the transaction ``Store`` opens. Reading rebuilds the analysis and, if
asked, applies the actor edits the way the frames do. The column ``end`` is always written
``"end"``: PostgreSQL reserves the word.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from analysis.types import (
    Actor,
    ActorKind,
    ArticleAnalysis,
    Cue,
    Evidence,
    Label,
    Mention,
    Paragraph,
    ParagraphAnalysis,
    Removal,
    Sentence,
    Sentiment,
    Stance,
)
from store.actor_edits import ActorView, current_view
from store.db import Connection, Database, now, open_db, read_snapshot
from store.folding import fold_stances, joined_names, reaggregate

#: The tables that hold an article's analysis (``corrections`` are the user's, not in here).
CHILD_TABLES = ("removals", "paragraphs", "sentences", "mentions", "stances", "actors")


def scorer_of(a: ArticleAnalysis) -> str:
    """The name of the stance scorer that analysed ``a`` ('' when no paragraph has a stance)."""
    return next((s.scorer for p in a.paragraphs for s in p.stances if s.scorer), "")


# --- writing ---------------------------------------------------------------------------------

def insert_article_row(conn: Connection, a: ArticleAnalysis, raw_text: str) -> int | None:
    """The new article's id, or None when an article with its content hash is stored already.

    The unique index settles duplicates (``ON CONFLICT DO NOTHING``), so two writers adding the
    same text at once store it once on PostgreSQL too, where writers do not wait for each other.
    """
    row = conn.execute(
        "INSERT INTO articles (content_hash, name, title, outlet, published, url, fmt, raw_text,"
        " text, n_paragraphs, scorer, added) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (content_hash) DO NOTHING RETURNING id",
        (a.content_hash, a.name, a.title, a.source, a.published, a.url, a.fmt, raw_text, a.text,
         len(a.paragraphs), scorer_of(a), now()),
    ).fetchone()
    return None if row is None else int(row[0])


def insert_analysis(conn: Connection, items: Sequence[tuple[int, ArticleAnalysis]]) -> None:
    """Every child row of the ``(article_id, analysis)`` pairs, one bulk write per table.

    A table's rows of all the articles go in one ``Connection.insert_rows`` (COPY on
    PostgreSQL), so a bulk load costs a few statements per batch, not a few per article.
    """
    tables: dict[str, list[tuple[Any, ...]]] = {t: [] for t in CHILD_TABLES}
    for article_id, a in items:
        for table, rows in child_rows(article_id, a).items():
            tables[table].extend(rows)
    for table in CHILD_TABLES:
        conn.insert_rows(table, tables[table])


def child_rows(article_id: int, a: ArticleAnalysis) -> dict[str, list[tuple[Any, ...]]]:
    """One article's rows of each child table, in the tables' column order."""
    return {
        "removals": [(article_id, i, r.start, r.end, r.text, r.reason)
                     for i, r in enumerate(a.removed)],
        "paragraphs": [(article_id, p.paragraph.index, p.paragraph.start, p.paragraph.end,
                        p.paragraph.text, p.sentiment.compound, p.sentiment.pos,
                        p.sentiment.neu, p.sentiment.neg, str(p.sentiment.label))
                       for p in a.paragraphs],
        "sentences": [(article_id, s.index, p.paragraph.index, s.start, s.end, s.text)
                      for p in a.paragraphs for s in p.paragraph.sentences],
        "mentions": [(article_id, p.paragraph.index, i, m.actor, m.start, m.end, m.text,
                      m.sentence, m.via, *(m.probs or (None, None, None)))
                     for p in a.paragraphs for i, m in enumerate(p.mentions)],
        "stances": [(article_id, p.paragraph.index, s.actor, s.score, str(s.label), s.confidence,
                     s.mentions, s.scorer, evidence_json(s.evidence), i)
                    for p in a.paragraphs for i, s in enumerate(p.stances)],
        "actors": [(article_id, x.name, str(x.kind),
                    json.dumps(list(x.aliases), ensure_ascii=False), i)
                   for i, x in enumerate(a.actors)],
    }


def evidence_json(evidence: Evidence) -> str:
    return json.dumps({
        "sentences": list(evidence.sentences),
        "cues": [[c.start, c.end, c.text, c.weight, c.kind] for c in evidence.cues],
    }, ensure_ascii=False)


def evidence_from_json(text: str) -> Evidence:
    data = json.loads(text)
    return Evidence(
        sentences=tuple(int(i) for i in data.get("sentences", ())),
        cues=tuple(Cue(int(c[0]), int(c[1]), str(c[2]), float(c[3]), str(c[4]))
                   for c in data.get("cues", ())),
    )


# --- reading ---------------------------------------------------------------------------------

#: One query per child table for ``read_article``, in the order the rows are unpacked there.
_ARTICLE_PARTS_SQL = {
    "removals": 'SELECT start, "end", text, reason FROM removals WHERE article_id = ? ORDER BY idx',
    "paragraphs": 'SELECT paragraph, start, "end", text, compound, pos, neu, neg, label'
                  " FROM paragraphs WHERE article_id = ? ORDER BY paragraph",
    "sentences": 'SELECT paragraph, sentence, start, "end", text FROM sentences'
                 " WHERE article_id = ? ORDER BY sentence",
    "mentions": 'SELECT paragraph, actor, start, "end", text, sentence, via, p_neg, p_neu, p_pos'
                " FROM mentions"
                " WHERE article_id = ? ORDER BY paragraph, idx",
    "stances": "SELECT paragraph, actor, score, label, confidence, mentions, scorer, evidence"
               " FROM stances WHERE article_id = ? ORDER BY paragraph, idx",
    "actors": "SELECT name, kind, aliases FROM actors WHERE article_id = ? ORDER BY idx",
}


def raw_article(db: Database, article_id: int) -> dict[str, str | bool | None]:
    """What re-analysis needs: name, fmt, title, outlet, published, url, raw_text, scorer, and
    ``cleaned`` (False when the user chose to keep the original text: analyse it uncleaned)."""
    with open_db(db) as conn:
        row = conn.execute(
            "SELECT name, fmt, title, outlet, published, url, raw_text, scorer, cleaned"
            " FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(f"no article {article_id}")
    keys = ("name", "fmt", "title", "outlet", "published", "url", "raw_text", "scorer")
    out: dict[str, str | bool | None] = dict(zip(keys, row[:-1], strict=True))
    out["cleaned"] = bool(row[-1])
    return out


# --- metadata, deleting and restoring ----------------------------------------------------------

#: ``set_metadata``'s fields: keyword -> column. Only these can be edited after analysis.
METADATA_COLUMNS = {"title": "title", "outlet": "outlet", "published": "published"}


def set_metadata(conn: Connection, article_id: int,
                 values: dict[str, str | None]) -> None:
    """Set some of an article's title, outlet and date (``values`` keyed as METADATA_COLUMNS)."""
    if not values:
        return
    # column names come from METADATA_COLUMNS, never from the caller's text
    sets = ", ".join(f"{METADATA_COLUMNS[k]} = ?" for k in values)
    cur = conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*values.values(), article_id))
    if cur.rowcount == 0:
        raise KeyError(f"no article {article_id}")


#: Every table holding rows of one article, the article row first, with the column that names
#: the article. Corrections are the user's, but they belong to the article all the same.
ARTICLE_TABLES: tuple[tuple[str, str], ...] = (
    ("articles", "id"), *((t, "article_id") for t in CHILD_TABLES), ("corrections", "article_id"))


@dataclass(frozen=True, slots=True)
class DeletedArticle:
    """Every stored row of a deleted article, table by table: what undoing the delete puts back.

    Rows are kept as the database gave them (columns named by the cursor), so a restore is
    exact (same id, date added, scorer, corrections) without knowing the tables' columns.
    """

    article_id: int
    title: str
    tables: tuple[tuple[str, tuple[str, ...], tuple[tuple[object, ...], ...]], ...]


def take_rows(conn: Connection, article_id: int) -> DeletedArticle:
    """Read every row of one article (raises KeyError when there is none); deletes nothing."""
    tables = []
    for table, column in ARTICLE_TABLES:
        cur = conn.execute(f"SELECT * FROM {table} WHERE {column} = ?", (article_id,))
        rows = tuple(tuple(r) for r in cur.fetchall())
        tables.append((table, tuple(d[0] for d in cur.description), rows))
    head = tables[0]
    if not head[2]:
        raise KeyError(f"no article {article_id}")
    title = head[2][0][head[1].index("title")]
    return DeletedArticle(article_id=article_id, title=str(title), tables=tuple(tables))


def _column_list(columns: Iterable[str]) -> str:
    """Column names as the cursor gave them, each quoted (``end`` is reserved in PostgreSQL)."""
    return ", ".join('"' + c.replace('"', '""') + '"' for c in columns)


def put_rows(conn: Connection, deleted: DeletedArticle) -> int:
    """Insert the rows ``take_rows`` read, the article row first (its children need it); return
    the article's id: its old one, or a new one if an article added since took the old one (an
    id freed by a delete can be given again). Raises ValueError when the same article (same
    content) was stored again meanwhile."""
    (_, head_columns, (head,)), *children = deleted.tables
    row = dict(zip(head_columns, head, strict=True))
    taken = conn.execute("SELECT id FROM articles WHERE content_hash = ?",
                         (row["content_hash"],)).fetchone()
    if taken is not None:
        raise ValueError(f"the same article is stored again, as article {int(taken[0])}")
    if conn.execute("SELECT 1 FROM articles WHERE id = ?", (row["id"],)).fetchone() is not None:
        del row["id"]
    names = _column_list(row)
    marks = ", ".join("?" * len(row))
    article_id = int(conn.execute(f"INSERT INTO articles ({names}) VALUES ({marks}) RETURNING id",
                                  tuple(row.values())).fetchone()[0])
    for table, columns, rows in children:
        if not rows:
            continue
        at = columns.index("article_id")
        fixed = [(*r[:at], article_id, *r[at + 1:]) for r in rows]
        conn.executemany(f"INSERT INTO {table} ({_column_list(columns)})"
                         f" VALUES ({', '.join('?' * len(columns))})", fixed)
    return article_id


def read_article(db: Database, article_id: int, *, apply_edits: bool) -> ArticleAnalysis:
    """The stored analysis of one article, rebuilt from the tables (raises KeyError).

    With ``apply_edits`` actor names are shown as renamed/merged and hidden
    actors are left out, as in the frames; offsets are unchanged.
    """
    with open_db(db) as conn, read_snapshot(conn):
        head = conn.execute(
            "SELECT name, title, outlet, published, url, fmt, content_hash, text, scorer"
            " FROM articles WHERE id = ?", (article_id,)).fetchone()
        if head is None:
            raise KeyError(f"no article {article_id}")
        removals, paragraphs, sentences, mentions, stances, actors = (
            conn.execute(sql, (article_id,)).fetchall() for sql in _ARTICLE_PARTS_SQL.values())
        view = current_view(conn) if apply_edits else ActorView()
    scorer_name = head[8]

    def keep(name: str) -> bool:
        return not (apply_edits and view.is_hidden(name))

    def show(name: str) -> str:
        return view.show(name) if apply_edits else name

    by_paragraph: dict[int, dict[str, list]] = {
        p[0]: {"sentences": [], "mentions": [], "stances": []} for p in paragraphs}
    for p, index, start, end, text in sentences:
        by_paragraph[p]["sentences"].append(Sentence(index, start, end, text))
    shown_mentions: list[Mention] = []
    for p, actor, start, end, text, sentence, via, p_neg, p_neu, p_pos in mentions:
        if keep(actor):
            probs = None if p_neg is None else (float(p_neg), float(p_neu), float(p_pos))
            shown_mentions.append(Mention(show(actor), start, end, text, p, sentence, via, probs))
            by_paragraph[p]["mentions"].append(shown_mentions[-1])
    # actors that the edits show under one name: re-aggregated by the one rule (store.folding)
    joined = joined_names(view, {a[0] for a in actors}) if apply_edits else {}
    redone = {shown: reaggregate([m for m in shown_mentions if m.actor == shown],
                                 scorer=scorer_name)
              for shown in joined if shown not in view.hidden}
    for p, actor, score, label, confidence, n, scorer, evidence in stances:
        if keep(actor):
            by_paragraph[p]["stances"].append(Stance(
                actor=show(actor), score=score, label=Label(label), confidence=confidence,
                evidence=evidence_from_json(evidence), mentions=n, scorer=scorer))
    rebuilt = tuple(
        ParagraphAnalysis(
            paragraph=Paragraph(index, start, end, text,
                                tuple(by_paragraph[index]["sentences"])),
            sentiment=Sentiment(compound, pos, neu, neg, Label(label)),
            mentions=tuple(by_paragraph[index]["mentions"]),
            stances=fold_stances(by_paragraph[index]["stances"], paragraph=index,
                                 redone=redone),
        )
        for index, start, end, text, compound, pos, neu, neg, label in paragraphs
    )
    shown_actors: dict[str, Actor] = {}
    for name, kind, aliases in actors:
        if keep(name):
            shown_actors.setdefault(show(name), Actor(show(name), ActorKind(kind),
                                                      tuple(json.loads(aliases))))
    name, title, outlet, published, url, fmt, content_hash, text, _ = head
    return ArticleAnalysis(
        name=name, title=title, source=outlet, published=published, url=url, fmt=fmt,
        content_hash=content_hash, text=text,
        removed=tuple(Removal(*r) for r in removals),
        paragraphs=rebuilt,
        actors=tuple(shown_actors.values()),
    )
