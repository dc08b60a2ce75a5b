"""Folding: the stances of actors that a read-time merge shows under one name, re-aggregated.

A merge recorded after an article was analysed shows two stored actors under one name until
``ingest.rescore`` re-analyses the article. Until then the reader (``Stance`` objects) and the
frames (rows) show the merged actor's stance as re-analysis would give it: its mentions' stored
probabilities (``mentions.p_neg``, ``p_neu``, ``p_pos``) go through the one rule,
``analysis.stance.base.aggregate``, with the merged actor's article-wide mean as context. There is
no second rule for merged stances: a score is never averaged from stored scores.

Mentions stored before the store kept probabilities (schema 4) cannot be re-aggregated: for those
the stored stance with the most mentions stands for the merged actor (mentions summed, evidence
pooled), and no score is invented. ``actor_edits.merge_actors`` returns those articles for
re-analysis, which stores their probabilities.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import numpy as np
import pandas as pd

from analysis.stance.base import MentionScore, Target, aggregate, mean_probs
from analysis.types import Evidence, Mention, Stance
from store.actor_edits import ActorView
from store.db import Connection, in_chunks
from store.schema import Col


def joined_names(view: ActorView, names: Iterable[str]) -> dict[str, set[str]]:
    """Shown name -> the stored ``names`` shown under it, for the names that two or more share
    (only their stances change: a rename alone leaves every score as stored)."""
    stored: dict[str, set[str]] = {}
    for name in names:
        stored.setdefault(view.show(name), set()).add(name)
    return {shown: group for shown, group in stored.items() if len(group) > 1}


def reaggregate(mentions: Sequence[Mention], *, scorer: str) -> dict[int, Stance] | None:
    """One actor's stance in each paragraph of one article, from its ``mentions`` (every mention
    of it in the article, under one name): ``aggregate`` with the article-wide context, as the
    pipeline computes it. None when a mention has no stored probabilities.

    Evidence cues are not stored per mention; callers pool them from the stored stances.
    """
    if not mentions or any(m.probs is None for m in mentions):
        return None
    scores = [MentionScore(Target(m.actor, m.start, m.end), m.probs, m.sentence)
              for m in mentions if m.probs is not None]
    context = mean_probs(scores)
    by_paragraph: dict[int, list[MentionScore]] = {}
    for m, s in zip(mentions, scores, strict=True):
        by_paragraph.setdefault(m.paragraph, []).append(s)
    return {p: aggregate(mentions[0].actor, group, scorer=scorer, context=context)
            for p, group in by_paragraph.items()}


def fold_stances(stances: Sequence[Stance], *, paragraph: int,
                 redone: Mapping[str, Mapping[int, Stance] | None]) -> tuple[Stance, ...]:
    """One paragraph's stances (shown names), each actor in ``redone`` (``reaggregate``'s result
    per joined actor, None without probabilities) replaced by its re-aggregated stance and its
    duplicates folded into one, in the order the stances came."""
    groups: dict[str, list[Stance]] = {}
    for stance in stances:
        groups.setdefault(stance.actor, []).append(stance)
    out = []
    for actor, group in groups.items():
        if actor not in redone:
            out.extend(group)  # one stance: no other stored name is shown as this one
            continue
        pooled = Evidence(
            sentences=tuple(sorted({i for s in group for i in s.evidence.sentences})),
            cues=tuple(c for s in group for c in s.evidence.cues))
        again = redone[actor]
        if again is not None and paragraph in again:
            out.append(replace(again[paragraph], evidence=pooled, scorer=group[0].scorer))
        else:
            out.append(replace(stand_in(group), evidence=pooled))
    return tuple(out)


def _stand_in_key(stance: Stance) -> tuple[int, float, float]:
    # most mentions, then the surer, then the lower score: an order that does not depend on
    # which stored name a reader happened to list first
    return (stance.mentions, stance.confidence, -stance.score)


def stand_in(group: Sequence[Stance]) -> Stance:
    """For stances stored without probabilities: the one with the most mentions stands for the
    merged actor (the first on a tie), with the mentions of all."""
    best = max(group, key=_stand_in_key)
    return replace(best, mentions=sum(s.mentions for s in group))


def redo_articles(view: ActorView, mentions: Iterable[tuple[int, Mention]], *, scorer: str = "",
                  ) -> dict[tuple[int, str], dict[int, Stance] | None]:
    """``reaggregate`` for each (article, shown name) whose stored ``mentions`` (article id and
    mention under its stored name) the edits show under one name though stored under several."""
    stored: dict[tuple[int, str], set[str]] = {}
    shown: dict[tuple[int, str], list[Mention]] = {}
    for article_id, m in mentions:
        name = view.show(m.actor)
        if name in view.hidden:
            continue
        stored.setdefault((article_id, name), set()).add(m.actor)
        shown.setdefault((article_id, name), []).append(replace(m, actor=name))
    return {key: reaggregate(shown[key], scorer=scorer)
            for key, names in stored.items() if len(names) > 1}


def fold_rows(frame: pd.DataFrame,
              redone: Mapping[tuple[int, str], Mapping[int, Stance] | None]) -> pd.DataFrame:
    """Stance rows (shown names) with the rows of each (article, actor) in ``redone`` replaced by
    its re-aggregated stances, one row per paragraph; as ``fold_stances`` does for the reader."""
    if not redone:
        return frame
    keys = list(zip(frame[Col.ARTICLE_ID].to_numpy(), frame[Col.ACTOR].to_numpy(), strict=True))
    hit = np.array([(int(a), str(n)) in redone for a, n in keys], dtype=bool)
    if not hit.any():
        return frame
    part = frame[hit].reset_index(drop=True)
    # the rows of each (article, paragraph, actor), in the order they came: a pandas groupby
    # copying each group's first row took 20 s for 44,000 rows (a merge of two busy actors)
    groups: dict[tuple[int, int, str], list[int]] = {}
    for i, (a, p, n) in enumerate(zip(part[Col.ARTICLE_ID].to_numpy(),
                                      part[Col.PARAGRAPH].to_numpy(),
                                      part[Col.ACTOR].to_numpy(), strict=True)):
        groups.setdefault((int(a), int(p), str(n)), []).append(i)
    score, label = part[Col.STANCE].to_numpy(), part[Col.STANCE_LABEL].to_numpy()
    confidence, mentions = part[Col.CONFIDENCE].to_numpy(), part[Col.MENTIONS].to_numpy()
    values: dict[str, list[Any]] = {Col.STANCE: [], Col.STANCE_LABEL: [], Col.CONFIDENCE: [],
                                    Col.MENTIONS: []}
    for (article_id, paragraph, actor), rows in groups.items():
        again = redone[(article_id, actor)]
        if again is not None and paragraph in again:
            stance = again[paragraph]
            got = (stance.score, str(stance.label), stance.confidence, stance.mentions)
        else:  # stored without probabilities: see ``stand_in``
            best = max(rows, key=lambda i: (int(mentions[i]), float(confidence[i]),
                                            -float(score[i])))
            got = (score[best], label[best], confidence[best],
                   int(sum(int(mentions[i]) for i in rows)))
        for column, value in zip(values, got, strict=True):
            values[column].append(value)
    # each group's first row, its stance columns replaced
    folded = part.iloc[[rows[0] for rows in groups.values()]].reset_index(drop=True)
    for column, column_values in values.items():
        folded[column] = pd.Series(column_values, dtype=object)
    folded = folded.astype(frame.dtypes.to_dict())
    out = pd.concat([frame[~hit], folded], ignore_index=True)
    return out.sort_values([Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR], ignore_index=True)


def candidates(view: ActorView) -> set[str]:
    """Every stored name that the edits may show under a name shared with another: the names
    they change and the names those are shown as (which may be stored too)."""
    return set(view.shown) | set(view.shown.values())




def stored_mentions(conn: Connection, names: Iterable[str], *,
                    articles: Iterable[int] | None = None) -> list[tuple[int, Mention]]:
    """The stored mentions of the stored actor ``names`` (article id, mention), with their
    probabilities, in the order the pipeline scored them; only in ``articles`` when given."""
    ordered = tuple(sorted(names))
    if not ordered:
        return []
    marks = ", ".join("?" * len(ordered))
    sql = ('SELECT article_id, paragraph, actor, start, "end", sentence, p_neg, p_neu, p_pos'
           f" FROM mentions WHERE actor IN ({marks})")
    order = " ORDER BY article_id, paragraph, idx"
    if articles is None:
        rows = conn.execute(sql + order, ordered).fetchall()
    else:
        ids = sorted(set(articles))
        rows = []
        for chunk in in_chunks(ids):
            rows.extend(conn.execute(
                f"{sql} AND article_id IN ({', '.join('?' * len(chunk))}){order}",
                (*ordered, *chunk)).fetchall())
    return [(int(a), Mention(actor, start, end, "", p, sentence,
                             probs=None if neg is None else (float(neg), float(neu), float(pos))))
            for a, p, actor, start, end, sentence, neg, neu, pos in rows]


def shared_articles(conn: Connection, view: ActorView, names: Iterable[str]) -> set[int]:
    """The articles in which two or more of the stored actor ``names`` are shown as one: the
    only ones to re-aggregate. Read from ``actors`` (one row per article and name), so an
    automatic join of a name in thousands of articles does not load their mentions."""
    ordered = tuple(sorted(names))
    if not ordered:
        return set()
    first: dict[tuple[int, str], str] = {}
    out: set[int] = set()
    for article_id, name in conn.execute(
            f"SELECT article_id, name FROM actors WHERE name IN ({', '.join('?' * len(ordered))})",
            ordered):
        key = (int(article_id), view.show(name))
        if first.setdefault(key, name) != name:
            out.add(key[0])
    return out


def refold(conn: Connection, view: ActorView,
           ) -> dict[tuple[int, str], dict[int, Stance] | None]:
    """``redo_articles`` for the whole store under ``view``, read on ``conn`` (the caller's
    snapshot): empty unless the view shows two stored names of one article as one."""
    names = candidates(view)
    articles = shared_articles(conn, view, names) if names else set()
    return redo_articles(view, stored_mentions(conn, names, articles=articles)) if articles else {}
