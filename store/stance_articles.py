"""The by-article fast path: the model's stances summed per stored actor and article.

Migration 7 keeps ``stance_articles``: per stored actor and article, the rows (one per paragraph
that has the actor, so also its paragraphs), the sum of their scores and of their squared scores,
their mentions, the first paragraph with a row, and the article's outlet and date copied in (the
filters then read no article row: at 10^5 articles a common actor has ~5 * 10^4 of them). The
same triggers as ``stance_days`` keep it current (``store.summary_sql``), and it is read the
same way: a query that ``store.stance_days.summary_covers`` counts from it plus delta rows for
what the frames change at read time (a correction's score, and a read-time merge's refolded rows
in place of its stored ones, ``store.stance_rows.ReadEdits``).

What it answers that ``stance_days`` cannot: how many articles have a kept row (an article is
counted once however many actors it has), the actor x article heatmap, and, with one actor
picked, the paragraphs kept (that actor's rows: one per paragraph).
"""

from __future__ import annotations

from typing import Any

from store.db import Dialect
from store.stance_days import SHOWN_ACTOR
from store.stance_rows import (
    ReadEdits,
    StanceQuery,
    edits_ctes,
    marks,
    min_mentions_cte,
    not_refolded,
    stored_names,
    summary_kept_cte,
)
from store.summary_sql import late_row, paragraph_bit


def _parts(query: StanceQuery, edits: ReadEdits, params: list[Any]) -> list[str]:
    """The SELECTs whose rows, added up per shown actor and article, are the frames' stances.

    The few delta rows are found from their small tables first (``CROSS JOIN`` keeps that order
    on SQLite, as in ``store.stance_days``). A merge's refolded keys replace their stored rows
    outright, not by subtraction: the first paragraph is a minimum, which cannot be taken back.
    """
    # the shown names' join only where edits change names: a lookup per summary row
    actor, join = ("COALESCE(m.name, t.actor)", " LEFT JOIN shown AS m ON m.stored = t.actor"
                   ) if edits.shown else ("t.actor", "")
    stored = (f"SELECT {actor}, t.article_id, t.outlet, t.published, t.n, t.total, t.squares,"
              f" t.mentions, t.first, 0, t.paragraph_bits, t.late_rows"
              f" FROM stance_articles AS t{join}")
    where = []
    if query.actors:
        # the stored names shown as the picked actors: read through the index on the actor
        names = stored_names(query.actors, edits)
        where.append(f"t.actor IN ({marks(names)})" if names else "1 = 0")
        params.extend(names)
    folded = ""
    if edits.refolded:
        where.append(not_refolded("t.article_id", actor))
        folded = (" AND NOT EXISTS (SELECT 1 FROM refolded AS k WHERE k.article_id ="
                  f" s.article_id AND k.actor = {SHOWN_ACTOR})")
    parts = [f"{stored} WHERE {' AND '.join(where)}" if where else stored]
    if edits.corrected:
        # a correction counts its label's score instead of the model's
        parts.append(
            f"SELECT {SHOWN_ACTOR}, s.article_id, a.outlet, a.published, 0, l.score - s.score,"
            " l.score * l.score - s.score * s.score, 0, NULL, 1, 0, 0 FROM corrections AS c"
            " CROSS JOIN stances AS s CROSS JOIN label_scores AS l JOIN articles AS a"
            " ON a.id = s.article_id LEFT JOIN shown AS m ON m.stored = s.actor"
            " WHERE s.article_id = c.article_id AND s.paragraph = c.paragraph"
            f" AND s.actor = c.actor AND l.label = c.label{folded}")
    if edits.refolded:
        parts.append(
            "SELECT r.actor, r.article_id, a.outlet, a.published, 1, r.score,"
            f" r.score * r.score, r.mentions, r.paragraph, r.corrected, {paragraph_bit('r')},"
            f" {late_row('r')} FROM refolded AS r CROSS JOIN articles AS a"
            " WHERE a.id = r.article_id")
    return parts


def pairs_sql(query: StanceQuery, dialect: Dialect, edits: ReadEdits) -> tuple[str, list[Any]]:
    """``WITH ...`` ending in ``kept_pieces`` and ``kept_pairs``, for a query ``summary_covers``.

    ``kept_pieces (actor, article_id, outlet, published, n, total, squares, mentions, first,
    corrected, bits, late)``: rows that, added up per shown actor and article, are the sums of
    the rows the row path keeps; a pair has a kept row exactly when one of its pieces has
    ``n > 0`` (a correction's piece, with ``n`` 0, comes with its stored row's). Counts of
    articles need no more. ``kept_pairs (actor, article_id, n, total, first, bits, late)``: one
    row per pair (``first``: the first paragraph; ``bits`` and ``late``: its paragraph set, as
    ``store.summary_sql`` keeps it).
    """
    params: list[Any] = []
    ctes = edits_ctes(edits, dialect, params)
    ctes.append("pieces (actor, article_id, outlet, published, n, total, squares, mentions,"
                " first, corrected, bits, late) AS"
                f" ({' UNION ALL '.join(_parts(query, edits, params))})")
    ctes.append(summary_kept_cte("filtered_pieces", "pieces", query, edits, params))
    ctes.append(min_mentions_cte("kept_pieces", "filtered_pieces", query.min_mentions, params))
    if edits.shown or edits.refolded or edits.corrected:
        ctes.append("kept_pairs AS (SELECT actor, article_id, SUM(n) AS n, SUM(total) AS total,"
                    " MIN(first) AS first, CAST(SUM(bits) AS BIGINT) AS bits, SUM(late) AS late"
                    " FROM kept_pieces GROUP BY actor, article_id HAVING SUM(n) > 0)")
    else:
        # without edits each stored row is a pair already: grouping 10^6 of them costs seconds
        ctes.append("kept_pairs AS (SELECT actor, article_id, n, total, first, bits, late"
                    " FROM kept_pieces)")
    return f"WITH {', '.join(ctes)}", params
