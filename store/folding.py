"""Folding: one rule for combining the stances that a read-time merge shows under one name.

A merge recorded after an article was analysed shows two stored actors of one paragraph under
one name until ``ingest.rescore`` re-analyses the article. Until then both the reader (``Stance``
objects) and the frames (rows) combine them the same way: the score is the mention-weighted mean
and its label follows the one label rule of ``analysis.stance.base.label_for``; confidence is
the maximum, mentions and evidence are pooled. Both shapes live here so the two cannot disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.stance.base import label_for
from analysis.types import Evidence, Stance
from store.actor_edits import ActorView
from store.schema import Col


def _label_of_score(scores: pd.Series) -> np.ndarray:
    # Only used when a read-time merge folds two actors of one paragraph into one row.
    return np.array([label_for(float(s)).value for s in scores], dtype=object)


def fold_stances(stances: Sequence[Stance]) -> tuple[Stance, ...]:
    """Stances of one paragraph that a read-time merge gave the same name, combined as one.

    Same rule as the frames: the score is the mention-weighted mean, the rest is pooled.
    """
    groups: dict[str, list[Stance]] = {}
    for stance in stances:
        groups.setdefault(stance.actor, []).append(stance)
    folded = []
    for actor, group in groups.items():
        if len(group) == 1:
            folded.append(group[0])
            continue
        weights = [max(1, s.mentions) for s in group]
        score = round(sum(w * s.score for w, s in zip(weights, group, strict=True))
                      / sum(weights), 4)
        label = label_for(score)
        folded.append(Stance(
            actor=actor, score=score, label=label,
            confidence=max(s.confidence for s in group),
            evidence=Evidence(
                sentences=tuple(sorted({i for s in group for i in s.evidence.sentences})),
                cues=tuple(c for s in group for c in s.evidence.cues)),
            mentions=sum(s.mentions for s in group), scorer=group[0].scorer))
    return tuple(folded)


def fold_duplicates(frame: pd.DataFrame) -> pd.DataFrame:
    """Rows that a read-time merge made share (article, paragraph, actor): combine them."""
    keys = [Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR]
    dup = frame.duplicated(keys, keep=False)
    if not dup.any():
        return frame
    part = frame[dup].copy()
    part["_w"] = part[Col.MENTIONS].clip(lower=1)
    part["_ws"] = part[Col.STANCE] * part["_w"]
    grouped = part.groupby(keys, sort=False, as_index=False).agg(
        **{
            Col.ACTOR_KIND: (Col.ACTOR_KIND, "first"),
            "_ws": ("_ws", "sum"),
            "_w": ("_w", "sum"),
            Col.CONFIDENCE: (Col.CONFIDENCE, "max"),
            Col.MENTIONS: (Col.MENTIONS, "sum"),
            Col.CORRECTED_LABEL: (Col.CORRECTED_LABEL, "first"),
        }
    )
    grouped[Col.STANCE] = (grouped["_ws"] / grouped["_w"]).round(4)
    grouped[Col.STANCE_LABEL] = _label_of_score(grouped[Col.STANCE])
    grouped = grouped.drop(columns=["_ws", "_w"])
    out = pd.concat([frame[~dup], grouped[frame.columns]], ignore_index=True)
    return out.sort_values([Col.ARTICLE_ID, Col.PARAGRAPH, Col.ACTOR], ignore_index=True)



def shares_names(view: ActorView, names: Iterable[str]) -> bool:
    """Whether the edits show two stored actors under one name (only then can rows collide)."""
    shown = [view.show(n) for n in names]
    return len(set(shown)) < len(shown)
