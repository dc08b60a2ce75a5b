"""Cached access to the store and its frames, shared by every page and session.

The ``Store`` (a path or URL; it borrows a connection per call) is a ``st.cache_resource`` keyed
on ``STANCEMAP_DB``, so tests that point it somewhere else get their own store. Frames are
cached keyed on the store's location and its ``data_version()``, which every write bumps: an upload,
an actor edit or a correction invalidates them, nothing else does.

The frames are a ``st.cache_resource``, not ``st.cache_data``: with 2,000 articles they are ~50 MB,
and ``cache_data`` pickles them when stored and unpickles a copy on every read (the first page
load went from 1.3 s to 0.9 s of script time without it). The price is that they are shared:
pages and the functions they call must never modify a frame in place (``filters`` and ``charts``
only build new frames). The sidebar's small ``Options`` stay ``cache_data``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from analysis.types import ArticleAnalysis
from store.core import DB_ENV, Store
from store.schema import Col


@dataclass(frozen=True, slots=True)
class Frames:
    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    stances: pd.DataFrame
    version: int


@dataclass(frozen=True, slots=True)
class Options:
    """What the sidebar filters offer: small, so every run can read it cheaply."""

    titles: dict[int, str]  # article id -> title, in store order
    outlets: list[str]
    actors: list[str]
    first_date: date | None
    last_date: date | None
    undated: int  # articles without a publication date


@st.cache_resource(show_spinner=False)
def _store_at(db_env: str) -> Store:
    # the argument is only the cache key: Store.from_env reads the same variable
    del db_env
    return Store.from_env()


def get_store() -> Store:
    return _store_at(os.environ.get(DB_ENV, "").strip())


@st.cache_resource(show_spinner="Loading the stored articles…", max_entries=2)
def _frames(_store: Store, location: str, version: int) -> Frames:
    # ``_store`` is not hashed (leading underscore); ``location`` and ``version`` are the key
    return Frames(
        articles=_store.articles_frame(),
        paragraphs=_store.paragraphs_frame(),
        stances=_store.stances_frame(),
        version=version,
    )


def add_samples(store: Store) -> str:
    """Queue the illustrative sample articles for the workers; the batch id (for the Upload
    page, which shows their progress)."""
    from dashboard.seed import queue_samples
    from store.jobs import new_batch

    batch = new_batch()
    queue_samples(store, batch)
    return batch


def load_frames(store: Store) -> Frames:
    """The three frames of ``store`` as of its current data version."""
    return _frames(store, store.location, store.data_version())


@st.cache_data(show_spinner=False, max_entries=4)
def _options(_store: Store, location: str, version: int) -> Options:
    frames = _frames(_store, location, version)
    articles = frames.articles
    all_published = pd.to_datetime(articles[Col.PUBLISHED], errors="coerce")
    published = all_published.dropna()
    return Options(
        titles=dict(zip(articles[Col.ARTICLE_ID].tolist(), articles[Col.TITLE].tolist(),
                        strict=True)),
        outlets=sorted(articles[Col.OUTLET].dropna().unique().tolist()),
        actors=sorted(frames.stances[Col.ACTOR].unique().tolist()),
        first_date=published.min().date() if len(published) else None,
        last_date=published.max().date() if len(published) else None,
        undated=int(all_published.isna().sum()),
    )


def load_options(store: Store) -> Options:
    """The sidebar's options, without copying the frames (they are cached separately)."""
    return _options(store, store.location, store.data_version())


@st.cache_data(show_spinner="Finding the words that move the stance…", max_entries=16)
def _explained(_store: Store, location: str, version: int, article_id: int, actor: str,
               paragraphs: tuple[int, ...]) -> ArticleAnalysis:
    from analysis.stance import TRANSFORMER, get_scorer
    from analysis.stance.explain import explain_article

    return explain_article(_store.article(article_id), scorer=get_scorer(TRANSFORMER),
                           actor=actor, paragraphs=paragraphs)


def explained_article(store: Store, article_id: int, *, actor: str,
                      paragraphs: tuple[int, ...]) -> ArticleAnalysis:
    """The stored article with model-true evidence (occlusion) for ``actor`` in ``paragraphs``.

    One model run per word of the actor's sentences, so only what the reader looks at is
    explained, and the result is cached until the store changes.
    """
    return _explained(store, store.location, store.data_version(), int(article_id), actor,
                      tuple(sorted(paragraphs)))
