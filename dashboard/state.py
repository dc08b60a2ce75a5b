"""Session state: the one place that names widget keys and sets their defaults.

The sidebar filters are drawn by ``app.py`` on every run, before the page, so their values live in
``st.session_state`` under the keys below and persist as the user moves between pages. Widgets are
created with ``key=`` only (never ``value=`` as well), so the default set here is the only one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Collection, Hashable, Sequence
from datetime import date
from typing import Any

import streamlit as st

from dashboard import data
from dashboard.data import Options
from dashboard.filters import POSITION_SCALE, SENTIMENT_SCALE, STANCE_SCALE, Filters
from dashboard.render import count
from store import reads
from store.aggregates import StanceQuery
from store.chart_rules import MAX_ACTORS
from store.core import Store
from store.stance_days import to_grid
from store.summary_sql import BAND_STEPS

#: The stance, sentiment and position sliders' step: the grid the store sums stances by, in
#: stance bands and in their paragraphs' sentiment and position bands (``store.stance_days``).
BAND_STEP = 1 / BAND_STEPS
#: The sidebar's range sliders' labels, by the filter each sets (the browser benchmark finds
#: a slider by its label).
RANGE_LABELS = {"position": "Paragraph position (0 = start, 1 = end)", "sentiment": "Sentiment",
                "stance": "Stance"}
#: The secondary charts of the Overview, one shown at a time.
OVERVIEW_VIEWS: tuple[str, ...] = (
    "Actor × article", "Actor × outlet", "Outlets side by side", "Sentiment by outlet",
    "Mentions vs stance")


class Key:
    # sidebar filters
    ARTICLES = "filter_articles"
    FIND_ARTICLES = "filter_find_articles"  # words of a title: which articles ARTICLES offers
    FIND_ACTORS = "filter_find_actors"  # words of a name: which actors ACTORS offers
    OUTLETS = "filter_outlets"
    USE_DATES = "filter_use_dates"
    DATES = "filter_dates"
    INCLUDE_UNDATED = "filter_include_undated"
    ACTORS = "filter_actors"
    POSITION = "filter_position"
    SENTIMENT = "filter_sentiment"
    STANCE = "filter_stance"
    MIN_MENTIONS = "filter_min_mentions"
    SEARCH = "filter_search"
    # sidebar display settings
    MAX_ACTORS = "display_max_actors"
    # pages
    FOCUS_ACTOR = "overview_focus_actor"
    ARTICLE = "article_pick"
    FIND_ARTICLE = "article_find"  # words of a title: which articles ARTICLE offers
    ARTICLE_ACTOR = "article_actor"
    SHOW_REMOVED = "article_show_removed"
    EXPLAIN = "article_explain"
    FIX_PARAGRAPH = "article_fix_paragraph"
    FIX_ACTOR = "article_fix_actor"
    FIX_LABEL = "article_fix_label"
    META_TITLE = "article_meta_title"
    META_OUTLET = "article_meta_outlet"
    META_DATE = "article_meta_date"
    DELETED = "article_deleted"  # the session's deleted articles (DeletedArticle), newest last
    DONE_UPLOADS = "upload_done_ids"
    UPLOAD_BATCH = "upload_batch"  # the batch id of this session's uploads (also in the URL)
    UPLOAD_OUTLET = "upload_outlet"
    UPLOAD_DATE = "upload_date"
    UPLOADER = "upload_files"
    PASTE_TEXT = "paste_text"
    PASTE_TITLE = "paste_title"
    PASTE_OUTLET = "paste_outlet"
    PASTE_DATE = "paste_date"
    NOTICE = "notice"
    OVERVIEW_VIEW = "overview_view"
    COMPARE_OUTLETS = "overview_compare_outlets"
    FIND_EDITED = "actors_find"  # words of a name: which actors the edit forms offer
    RENAME_FROM = "actors_rename_from"
    RENAME_TO = "actors_rename_to"
    MERGE_FROM = "actors_merge_from"
    MERGE_INTO = "actors_merge_into"
    HIDE = "actors_hide"
    UNHIDE = "actors_unhide"
    ALIAS_ACTOR = "actors_alias_actor"
    ALIAS_TEXT = "actors_alias_text"
    ALIAS_KIND = "actors_alias_kind"
    UNDO_COUNT = "actors_undo_count"
    CORRECTIONS_PICK = "corrections_pick"
    # buttons and forms (no state of their own to default, but named here all the same)
    LOAD_SAMPLES = "load_samples"
    RESCORE_ALL = "actors_rescore_all"
    UNDO_EDITS = "actors_undo_edits"
    CORRECTIONS_DELETE = "corrections_delete"
    FIX_SAVE = "article_fix_save"
    FIX_DELETE = "article_fix_delete"
    META_FORM = "article_meta_form"
    META_SAVE = "article_meta_save"
    DELETE = "article_delete"
    UNDO_DELETE = "article_undo_delete"
    KEEP_ORIGINAL = "article_keep_original"
    CLEAN_AGAIN = "article_clean_again"
    CORRECTIONS_CSV = "corrections_csv"
    RENAME_FORM = "rename_form"
    MERGE_FORM = "merge_form"
    HIDE_FORM = "hide_form"
    ALIAS_FORM = "alias_form"
    SPLIT_FORM = "actors_split_form"
    SPLIT_PICK = "actors_split_pick"
    PASTE_FORM = "paste_form"
    # charts (their click selections live under these keys) and downloads
    CHART_ACTORS = "chart_actors"
    CHART_TIMELINE = "chart_timeline"
    CHART_BY_ARTICLE = "chart_actor_title"
    CHART_BY_OUTLET = "chart_actor_outlet"
    CHART_OUTLETS = "chart_outlets_side_by_side"
    CHART_OUTLET_SENTIMENT = "chart_outlet_sentiment"
    CHART_MENTIONS = "chart_mentions"
    CHART_SENTIMENT_ALONG = "chart_sentiment_along"  # + the article id, see per_article
    CHART_STANCE_ALONG = "chart_stance_along"
    EXPORT_STANCES = "export_stances"
    EXPORT_PARAGRAPHS = "export_paragraphs"
    EXPORT_ARTICLE_PARAGRAPHS = "export_article_paragraphs"
    EXPORT_ARTICLE_STANCES = "export_article_stances"
    EXPORT_CORRECTIONS = "export_corrections"
    REPORT = "export_report"

    @staticmethod
    def per_article(key: str, article_id: object) -> str:
        """A key made per article, so a click on one article's chart does not carry over."""
        return f"{key}_{article_id}"


DEFAULTS: dict[str, Any] = {
    Key.ARTICLES: [],
    Key.FIND_ARTICLES: "",
    Key.FIND_ACTORS: "",
    Key.OUTLETS: [],
    Key.USE_DATES: False,
    Key.INCLUDE_UNDATED: True,
    Key.ACTORS: [],
    Key.POSITION: POSITION_SCALE,
    Key.SENTIMENT: SENTIMENT_SCALE,
    Key.STANCE: STANCE_SCALE,
    Key.MIN_MENTIONS: 1,
    Key.SEARCH: "",
    Key.MAX_ACTORS: MAX_ACTORS,
    Key.FOCUS_ACTOR: None,
    Key.ARTICLE: None,
    Key.FIND_ARTICLE: "",
    Key.ARTICLE_ACTOR: None,
    Key.SHOW_REMOVED: False,
    Key.FIX_PARAGRAPH: None,
    Key.FIX_ACTOR: None,
    Key.FIX_LABEL: "neutral",
    Key.META_TITLE: "",
    Key.META_OUTLET: "",
    Key.META_DATE: None,
    Key.DELETED: [],
    Key.DONE_UPLOADS: [],
    Key.UPLOAD_BATCH: None,
    Key.UPLOAD_OUTLET: "",
    Key.UPLOAD_DATE: None,
    Key.PASTE_TEXT: "",
    Key.PASTE_TITLE: "",
    Key.PASTE_OUTLET: "",
    Key.PASTE_DATE: None,
    Key.NOTICE: None,
    # none until asked for: the actor x article and x outlet cells are counted over the stance
    # rows themselves (no summary holds them), 25 s at 10^5 articles on the first view
    Key.OVERVIEW_VIEW: None,
    Key.COMPARE_OUTLETS: [],
    Key.FIND_EDITED: "",
    Key.RENAME_FROM: None,
    Key.RENAME_TO: "",
    Key.MERGE_FROM: [],
    Key.MERGE_INTO: None,
    Key.HIDE: [],
    Key.UNHIDE: [],
    Key.ALIAS_ACTOR: None,
    Key.ALIAS_TEXT: "",
    Key.ALIAS_KIND: "person",
    Key.UNDO_COUNT: 1,
    Key.CORRECTIONS_PICK: [],
}


def init_state() -> None:
    """Set every default that is not set yet (call once per run, before any widget)."""
    for key, value in DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = list(value) if isinstance(value, list) else value


def keep_valid(key: str, options: Collection[Hashable], *, first: bool = False) -> None:
    """Drop values of a widget's state that are no longer among its options.

    An article deleted, or an actor renamed, would otherwise make the widget raise. With
    ``first``, a single-choice widget left empty falls back to the first option.
    """
    value = st.session_state.get(key)
    allowed = options if isinstance(options, set | frozenset) else set(options)
    if isinstance(value, list):
        kept = [v for v in value if v in allowed]
        if kept != value:
            st.session_state[key] = kept
    elif value is not None and value not in allowed:
        st.session_state[key] = None
    if first and st.session_state.get(key) is None and options:
        st.session_state[key] = next(iter(options))


def start_at(key: str, value: Any, *, source: Hashable) -> None:
    """Set widget ``key`` to ``value`` when ``source`` (what the widget is about) changed since
    the last run, and leave the user's choice alone while it stays the same. Call before the
    widget is drawn."""
    marker = f"{key}__source"
    if st.session_state.get(marker) != source:
        st.session_state[marker] = source
        if value is not None:
            st.session_state[key] = value


def start_values(values: dict[str, Any], *, source: Hashable) -> None:
    """``start_at`` for a group of widgets (a form): set every one of ``values``, None included,
    when ``source`` changed since the last run."""
    marker = f"{'+'.join(values)}__source"
    if st.session_state.get(marker) != source:
        st.session_state[marker] = source
        st.session_state.update(values)


def pop_notice() -> str | None:
    """The one-line notice an action left for the next run (then forgotten)."""
    notice = st.session_state.get(Key.NOTICE)
    st.session_state[Key.NOTICE] = None
    return notice


def article_options(store: Store, key: str, find_key: str, *,
                    query: StanceQuery | None = None) -> dict[int, str]:
    """The articles (id -> title) that the article widget ``key`` offers: the ones it holds,
    then the newest that pass ``query``'s article filters, or those whose title has the words
    typed under ``find_key``. With ``query``, only articles passing its article filters.

    At 10^5 articles one widget cannot list them all (the browser would receive every title on
    every run), and a reader looks for an article by its title or came from a recent upload:
    so at most ``store.reads.ARTICLE_CHOICES`` are offered, and the search finds any other.
    A chosen article stays offered whatever is typed, and leaves only when it is deleted.
    """
    held = st.session_state.get(key)
    held_ids = held if isinstance(held, list) else ([] if held is None else [held])
    if query is None:
        chosen = data.titles_of(store, held_ids)
    else:  # a held article stays only while it passes the filters
        ids = tuple(int(i) for i in held_ids if not query.articles or i in query.articles)
        chosen = data.article_choices(store, dataclasses.replace(query, articles=ids)) \
            if ids else {}
    keep_valid(key, list(chosen))
    found = data.article_choices(store, query, title=str(st.session_state.get(find_key) or ""))
    return {**chosen, **found}


def actor_options(store: Store, keys: Sequence[str], find_key: str) -> list[str]:
    """The actors that the actor widgets ``keys`` offer: ``data.actor_choices`` for the words
    typed under ``find_key``, and the ones the widgets hold. A chosen actor stays offered
    whatever is typed, and leaves only when it is no longer shown (renamed, merged, hidden)."""
    def held_in(key: str) -> list[str]:
        value = st.session_state.get(key)
        return value if isinstance(value, list) else [] if value is None else [value]

    shown = data.still_shown(store, {name for key in keys for name in held_in(key)})
    held: set[str] = set()
    for key in keys:
        keep_valid(key, shown)
        held.update(held_in(key))
    typed = str(st.session_state.get(find_key) or "")
    return sorted(held | set(data.actor_choices(store, name=typed)))


def find_actors_box(container: Any, options: Options, find_key: str, *,
                    more: int = 0) -> None:
    """Where there are more actors (or ``more`` other names) than the widgets list at once, a
    box to find the others."""
    if max(options.n_actors, more) <= reads.ACTOR_CHOICES:
        return
    container.text_input("Find actors by name", key=find_key, placeholder="words of a name",
                         help=f"The actor lists offer the {reads.ACTOR_CHOICES} actors with the "
                              "most paragraphs, or those whose name contains these words.")
    if not st.session_state[find_key] and options.n_actors > reads.ACTOR_CHOICES:
        container.caption(f"The {reads.ACTOR_CHOICES} most discussed of "
                          f"{options.n_actors} actors are listed; find others by name.")


def sidebar_filters(options: Options, store: Store) -> Filters:
    """Draw the filters in the sidebar (options from the stored data); return their values."""
    titles = article_options(store, Key.ARTICLES, Key.FIND_ARTICLES)
    keep_valid(Key.OUTLETS, options.outlets)
    actors = actor_options(store, [Key.ACTORS], Key.FIND_ACTORS)
    bar = st.sidebar
    bar.header("Filters")
    bar.text_input("Search the paragraphs", key=Key.SEARCH, placeholder='words or "a phrase"',
                   help='Keeps paragraphs containing every word (at the start of a word, so '
                        '"sanction" finds "sanctions") or the exact "quoted phrase". '
                        "Not case-sensitive.")
    bar.text_input("Find articles by title", key=Key.FIND_ARTICLES,
                   placeholder="words of a title",
                   help=f"The Article filter lists the newest {reads.ARTICLE_CHOICES} articles, or "
                        "those whose title contains these words.")
    bar.multiselect("Article", options=list(titles), key=Key.ARTICLES,
                    format_func=lambda i: str(titles.get(i, i)), placeholder="All articles")
    if options.n_articles > reads.ARTICLE_CHOICES and not st.session_state[Key.FIND_ARTICLES]:
        bar.caption(f"The newest {reads.ARTICLE_CHOICES} of {options.n_articles} articles "
                    "are listed; find others by their title.")
    bar.multiselect("Outlet", options=options.outlets, key=Key.OUTLETS,
                    placeholder="All outlets")
    find_actors_box(bar, options, Key.FIND_ACTORS)
    bar.multiselect("Actor", options=actors, key=Key.ACTORS, placeholder="All actors",
                    help="Type to search")
    bar.checkbox("Limit by date", key=Key.USE_DATES)
    if st.session_state[Key.USE_DATES]:
        if Key.DATES not in st.session_state:
            today = date.today()
            st.session_state[Key.DATES] = (options.first_date or today,
                                           options.last_date or today)
        bar.date_input("Published between", key=Key.DATES)
        bar.checkbox("Include undated articles", key=Key.INCLUDE_UNDATED,
                     help="Articles without a publication date cannot be placed in the range: "
                          "keep them, or leave them out.")
        if options.undated:
            bar.caption(f"{count(options.undated, 'stored article')} without a date.")
    bar.slider(RANGE_LABELS["position"], 0.0, 1.0, step=BAND_STEP, key=Key.POSITION)
    bar.slider(RANGE_LABELS["sentiment"], -1.0, 1.0, step=BAND_STEP, key=Key.SENTIMENT)
    bar.slider(RANGE_LABELS["stance"], -1.0, 1.0, step=BAND_STEP, key=Key.STANCE)
    bar.number_input("Minimum mentions per actor", min_value=1, step=1, key=Key.MIN_MENTIONS)
    bar.header("Display")
    bar.number_input("Actors on the charts", min_value=1, step=5, key=Key.MAX_ACTORS,
                     help="The actors with the most paragraphs are shown; the others are "
                          "counted in the note under the chart.")
    return current_filters()


def _dates() -> tuple[date | None, date | None]:
    if not st.session_state.get(Key.USE_DATES):
        return None, None
    picked = st.session_state.get(Key.DATES)
    # while the user is picking, the range has one end only
    if not isinstance(picked, tuple | list) or not picked:
        return None, None
    return picked[0], (picked[1] if len(picked) > 1 else None)


def current_filters() -> Filters:
    """The filters as the session state holds them."""
    state = st.session_state
    date_from, date_to = _dates()
    return Filters(
        articles=tuple(state.get(Key.ARTICLES, ())),
        outlets=tuple(state.get(Key.OUTLETS, ())),
        date_from=date_from,
        date_to=date_to,
        include_undated=bool(state.get(Key.INCLUDE_UNDATED, True)),
        actors=tuple(state.get(Key.ACTORS, ())),
        # on the grid the store's bands are counted by (store.stance_days)
        position=tuple(to_grid(value) for value in state.get(Key.POSITION, POSITION_SCALE)),
        sentiment=tuple(to_grid(value) for value in state.get(Key.SENTIMENT, SENTIMENT_SCALE)),
        stance=tuple(to_grid(value) for value in state.get(Key.STANCE, STANCE_SCALE)),
        min_mentions=int(state.get(Key.MIN_MENTIONS, 1)),
        search=str(state.get(Key.SEARCH) or "").strip(),
    )
