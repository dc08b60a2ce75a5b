"""The dashboard driven through Streamlit's AppTest: every page, the filters, uploads, edits.

Each test points ``STANCEMAP_DB`` at its own temporary SQLite file (one test at a database on the
throwaway PostgreSQL server of ``tests/pg.py`` instead). Most use a store filled with
synthetic articles (``benchmarks.synthetic.fill_store``, no model); the upload tests run the real
pipeline (spaCy, VADER, the stance model) on small texts written here, so they are marked slow.
AppTest supports ``st.file_uploader`` in this Streamlit (``FileUploader.set_value``), so uploads
go through the real widget.
"""

from __future__ import annotations

import ast
import dataclasses
import html
import inspect
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from benchmarks.synthetic import fill_store, synthetic_articles
from dashboard import data, seed
from dashboard.model_figures import STANCE_DEV_SCORES
from dashboard.render import esc
from dashboard.state import OVERVIEW_VIEWS, Key
from store import reads
from store.chart_rules import MAX_HEATMAP_COLUMNS
from store.core import Store
from store.jobs import JobKind, JobState
from store.schema import Col
from store.worker import run_pending
from tests.texts import HARBOUR_ARTICLE

APP = Path(__file__).resolve().parent.parent / "dashboard" / "app.py"
PAGES = {
    "Overview": "views/overview.py",
    "Article": "views/article.py",
    "Upload": "views/upload.py",
    "Actors": "views/actors.py",
    "Corrections": "views/corrections.py",
    "About the numbers": "views/about.py",
}
TIMEOUT = 120  # the first upload loads spaCy and the stance model

XSS_ARTICLE = """Quarrel over the lighthouse

Canada condemned Norway over the lighthouse dispute <script>window.__xss=1</script> on Friday.

Norway rejected the claim <img src=x onerror="window.__xss=2"> and blamed Canada for the delay.
"""


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Store:
    monkeypatch.setenv("STANCEMAP_DB", str(tmp_path / "dash.sqlite3"))
    return Store.from_env()


@pytest.fixture
def filled(store: Store) -> Store:
    fill_store(store, 30, seed=3)
    return store


def open_app(page: str = "Overview") -> AppTest:
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    if page != "Overview":
        at.switch_page(PAGES[page]).run()
    return at


def no_exception(at: AppTest) -> None:
    assert not at.exception, [e.message for e in at.exception]


def submit(at: AppTest, label: str) -> AppTest:
    """Click the form submit button called ``label``."""
    (button,) = [b for b in at.form_submit_button if b.label == label]
    return button.click()


def summary_actors(at: AppTest) -> set[str]:
    """The actors in the Overview's actor comparison table."""
    return set(at.dataframe[0].value[Col.ACTOR])


def work(at: AppTest) -> AppTest:
    """Run the jobs the page queued, here (as the dashboard's workers would), then rerun."""
    run_pending(Store.from_env())
    return at.run()


def upload(at: AppTest, *files: tuple[str, bytes]) -> AppTest:
    at.file_uploader(key=Key.UPLOADER).set_value(
        [(name, data, "application/octet-stream") for name, data in files]).run()
    return work(at)


def test_views_name_widget_keys_only_through_key() -> None:
    # dashboard/state.py is the one place widget keys are spelled: a literal in a view would
    # be a second, unchecked spelling
    literals = []
    for path in sorted((APP.parent / "views").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                args = [k.value for k in node.keywords if k.arg == "key"]
                if getattr(node.func, "attr", None) == "form" and node.args:
                    args.append(node.args[0])
                literals += [f"{path.name}:{a.lineno}" for a in args
                             if isinstance(a, ast.Constant | ast.JoinedStr)]
    assert not literals


def test_widget_keys_are_unique() -> None:
    keys = [v for k, v in vars(Key).items() if k.isupper()]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_loads_on_a_filled_store(filled: Store, page: str) -> None:
    at = open_app(page)
    no_exception(at)
    assert at.title[0].value == page
    # the sidebar filters are on every page
    assert at.sidebar.multiselect(key=Key.ACTORS).options


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_loads_on_an_empty_store(store: Store, page: str) -> None:
    at = open_app(page)
    no_exception(at)
    assert at.title[0].value == page


def test_page_icon_is_drawn_locally_not_fetched(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page load fetched the material favicon from fonts.gstatic.com."""
    from streamlit.commands import page_config

    sent: list[str] = []
    real = page_config._get_favicon_string

    def spy(page_icon: object) -> str:
        sent.append(real(page_icon))  # type: ignore[arg-type]
        return sent[-1]

    monkeypatch.setattr(page_config, "_get_favicon_string", spy)
    at = open_app()
    assert not at.exception
    # Streamlit 1.67's frontend turns "emoji:X" into a data: URL; ":material/..." into a
    # fonts.gstatic.com address.
    assert sent and all(favicon.startswith("emoji:") for favicon in sent), sent
    config = (APP.parent.parent / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert "http://" not in config and "https://" not in config  # no remote theme fonts


@pytest.mark.parametrize("page", ["Overview", "Article", "Actors"])
def test_empty_pages_point_to_upload(store: Store, page: str) -> None:
    at = open_app(page)
    assert "upload" in [link.proto.page for link in at.get("page_link")]


def test_empty_corrections_page_disables_its_downloads(store: Store) -> None:
    at = open_app("Corrections")
    assert at.download_button(key=Key.CORRECTIONS_CSV).proto.disabled
    assert at.download_button(key=f"{Key.EXPORT_CORRECTIONS}_csv").proto.disabled
    assert "article" in [link.proto.page for link in at.get("page_link")]


def test_upload_page_counts_articles_in_words(store: Store) -> None:
    fill_store(store, 1, seed=5)
    at = open_app("Upload")
    assert "1 article stored." in [c.value for c in at.caption]


def test_empty_overview_loads_the_sample_articles(store: Store,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # two of the samples: that every one goes in is test_ingest's, and analysing all of them
    # here with the transformer took 20 s
    every = seed.sample_files()
    monkeypatch.setattr(seed, "sample_files", lambda folder: every[:2])
    at = open_app()
    at.button(key=Key.LOAD_SAMPLES).click().run()
    no_exception(at)
    assert store.count_articles() == 0  # queued for the workers, shown on the Upload page
    assert at.title[0].value == "Upload"
    work(at)
    assert store.count_articles() == 2
    at.switch_page(PAGES["Overview"]).run()
    assert "Veldora" in summary_actors(at)


def test_about_page_explains_the_numbers_with_the_figures_and_a_legend(store: Store) -> None:
    at = open_app("About the numbers")
    no_exception(at)
    headings = [h.value for h in at.subheader]
    assert {"Sentiment (of a paragraph)", "Stance (toward an actor, in a paragraph)"} <= set(
        headings)
    figures = at.dataframe[0].value
    assert figures["macro-F1"].tolist() == [s.macro_f1 for s in STANCE_DEV_SCORES]
    shown = "".join(h.value for h in at.html)
    assert 'class="sm-actor"' in shown and 'class="sm-cue sm-neg"' in shown


def test_overview_draws_its_charts_with_data(filled: Store) -> None:
    at = open_app()
    # the actor comparison and stance over time; a secondary chart only when picked
    assert [c.key for c in at.get("vega_lite_chart")] == [Key.CHART_ACTORS, Key.CHART_TIMELINE]
    actors = set(filled.stances_frame()[Col.ACTOR])
    assert summary_actors(at) == actors


@pytest.mark.parametrize(("view", "key"), list(zip(OVERVIEW_VIEWS, [
    Key.CHART_BY_ARTICLE, Key.CHART_BY_OUTLET, Key.CHART_OUTLETS, Key.CHART_OUTLET_SENTIMENT,
    Key.CHART_MENTIONS],
    strict=True)))
def test_overview_shows_each_secondary_chart(filled: Store, view: str, key: str) -> None:
    at = open_app()
    at.segmented_control(key=Key.OVERVIEW_VIEW).set_value(view).run()
    no_exception(at)
    assert [c.key for c in at.get("vega_lite_chart")] == [Key.CHART_ACTORS, Key.CHART_TIMELINE,
                                                          key]


def test_the_article_heatmap_says_how_many_articles_it_leaves_out(filled: Store) -> None:
    # 30 articles, 25 columns: the note counts the articles with a kept stance row (taken from
    # the heatmap's own ranking pass, where a read of its own counted them again)
    at = open_app()
    at.segmented_control(key=Key.OVERVIEW_VIEW).set_value(OVERVIEW_VIEWS[0]).run()
    no_exception(at)
    kept = filled.stances_frame()[Col.ARTICLE_ID].nunique()
    assert kept > MAX_HEATMAP_COLUMNS
    assert any(f"{MAX_HEATMAP_COLUMNS} of {kept} articles" in c.value for c in at.caption)


def test_overview_shows_stance_over_time_for_the_picked_actors(filled: Store) -> None:
    at = open_app()
    assert "Stance over time" in [h.value for h in at.subheader]
    assert any("most discussed" in c.value for c in at.caption)
    picked = sorted(summary_actors(at))[:2]
    at.sidebar.multiselect(key=Key.ACTORS).set_value(picked).run()
    no_exception(at)
    assert Key.CHART_TIMELINE in [c.key for c in at.get("vega_lite_chart")]
    assert any("picked in the sidebar" in c.value for c in at.caption)
    # synthetic articles span a year: weekly points
    assert any("per week" in c.value for c in at.caption)


def test_a_filter_change_rebuilt_the_browser_charts_because_their_rows_named_the_spec(
        filled: Store) -> None:
    # Streamlit named each dataset by a hash of its rows, so every filter change sent a new
    # spec and the browser built a new Vega view instead of swapping the rows into the last one
    def sent(at: AppTest) -> dict[str, tuple[str, list[bytes]]]:
        return {c.key: (c.proto.spec, [d.data.data for d in c.proto.datasets])
                for c in at.get("vega_lite_chart")}

    at = open_app()
    before = sent(at)
    at.sidebar.multiselect(key=Key.ACTORS).set_value(sorted(summary_actors(at))[:2]).run()
    no_exception(at)
    after = sent(at)
    for key in (Key.CHART_ACTORS, Key.CHART_TIMELINE):
        assert after[key][0] == before[key][0]  # the same spec ...
        assert after[key][1] != before[key][1]  # ... with other rows


@pytest.mark.parametrize("change", ["none", "stance range", "actors"])
def test_the_counts_line_says_what_the_filters_keep(filled: Store, change: str) -> None:
    # read beside the page in a reader thread where no summary covers the filters (the stance
    # range), at once otherwise; shown above the chart either way, with the note under it
    from dashboard.filters import Filters, stance_query
    from store import aggregates

    at = open_app()
    filters = Filters()
    if change == "stance range":
        at.sidebar.slider(key=Key.STANCE).set_range(0.2, 1.0).run()
        filters = Filters(stance=(0.2, 1.0))
    elif change == "actors":
        picked = sorted(summary_actors(at))[:2]
        at.sidebar.multiselect(key=Key.ACTORS).set_value(picked).run()
        filters = Filters(actors=tuple(picked))
    at.sidebar.number_input(key=Key.MAX_ACTORS).set_value(1).run()
    no_exception(at)
    counts = aggregates.overview_counts(filled.db, stance_query(filters))
    assert at.caption[0].value == (
        f"{counts.articles_kept} of {counts.articles_stored} articles · "
        f"{counts.paragraphs_kept} paragraphs · {counts.actors_kept} actors, after the filters")
    assert counts.paragraphs_kept < sum(len(filled.article(i).paragraphs)
                                        for i in filled.article_ids()) or change == "none"
    assert any("under Display" in c.value for c in at.caption[1:3])


def test_outlets_side_by_side_compares_the_picked_outlets(filled: Store) -> None:
    at = open_app()
    at.segmented_control(key=Key.OVERVIEW_VIEW).set_value(OVERVIEW_VIEWS[2]).run()
    no_exception(at)
    outlets = at.multiselect(key=Key.COMPARE_OUTLETS).options
    # nothing picked: the two busiest outlets
    assert set(at.dataframe[1].value[Col.OUTLET]) == set(outlets[:2])
    at.multiselect(key=Key.COMPARE_OUTLETS).set_value(outlets[-3:]).run()
    no_exception(at)
    side = at.dataframe[1].value
    assert set(side[Col.OUTLET]) == set(outlets[-3:])
    # only actors every picked outlet writes about, sorted by the difference
    assert (side.groupby(Col.ACTOR)[Col.OUTLET].nunique() == 3).all()
    assert side["difference"].is_monotonic_decreasing


def test_actor_filter_changes_the_table(filled: Store) -> None:
    at = open_app()
    everyone = summary_actors(at)
    picked = sorted(everyone)[:2]
    at.sidebar.multiselect(key=Key.ACTORS).set_value(picked).run()
    no_exception(at)
    assert summary_actors(at) == set(picked)


def test_stance_filter_changes_the_numbers(filled: Store) -> None:
    at = open_app()
    before = at.dataframe[0].value.set_index(Col.ACTOR)
    at.slider(key=Key.STANCE).set_value((0.2, 1.0)).run()
    no_exception(at)
    after = at.dataframe[0].value.set_index(Col.ACTOR)
    assert (after[Col.MEAN_STANCE] >= 0.2).all()
    assert after[Col.N].sum() < before[Col.N].sum()


Setter = Callable[[AppTest], object]
FILTER_CASES: list[tuple[str, Setter]] = [
    ("outlet", lambda at: at.sidebar.multiselect(key=Key.OUTLETS).set_value(
        at.sidebar.multiselect(key=Key.OUTLETS).options[:1])),
    ("article", lambda at: at.sidebar.multiselect(key=Key.ARTICLES).set_value(
        at.sidebar.multiselect(key=Key.ARTICLES).options[:1])),
    ("position", lambda at: at.slider(key=Key.POSITION).set_value((0.0, 0.2))),
    ("sentiment", lambda at: at.slider(key=Key.SENTIMENT).set_value((0.3, 1.0))),
    ("minimum mentions", lambda at: at.number_input(key=Key.MIN_MENTIONS).set_value(10**6)),
]


@pytest.mark.parametrize(("name", "change"), FILTER_CASES, ids=[c[0] for c in FILTER_CASES])
def test_each_filter_narrows_the_table(filled: Store, name: str, change: Setter) -> None:
    at = open_app()
    before = int(at.dataframe[0].value[Col.N].sum())
    change(at)
    at.run()
    no_exception(at)
    after = int(at.dataframe[0].value[Col.N].sum()) if at.dataframe else 0
    assert after < before


def test_search_narrows_every_table_and_highlights_the_drill_down(filled: Store) -> None:
    paragraphs = filled.paragraphs_frame()
    word = paragraphs[Col.TEXT].iloc[0].split()[0].strip(".,;:").lower()
    hits = paragraphs[paragraphs[Col.TEXT].str.contains(rf"(?<!\w){re.escape(word)}", case=False)]
    assert 0 < len(hits) < len(paragraphs)
    at = open_app()
    at.sidebar.text_input(key=Key.SEARCH).input(word.upper()).run()
    no_exception(at)
    stances = filled.stances_frame().merge(hits[[Col.ARTICLE_ID, Col.PARAGRAPH]])
    assert int(at.dataframe[0].value[Col.N].sum()) == len(stances)
    actor = at.dataframe[0].value[Col.ACTOR].iloc[0]
    at.selectbox(key=Key.FOCUS_ACTOR).set_value(actor).run()
    shown = "".join(h.value for h in at.html)
    assert 'class="sm-hit"' in shown
    at.switch_page(PAGES["Actors"]).run()  # the search is a filter like the others
    assert int(at.dataframe[0].value[Col.N].sum()) == len(stances)


def test_date_filter_keeps_articles_in_the_range(filled: Store) -> None:
    at = open_app()
    at.sidebar.checkbox(key=Key.USE_DATES).check().run()
    low, high = at.session_state[Key.DATES]
    assert low < high  # synthetic articles are spread over time
    at.date_input(key=Key.DATES).set_value((low, low)).run()
    no_exception(at)
    articles = filled.articles_frame()
    on_day = articles[articles[Col.PUBLISHED].dt.date == low]
    kept = filled.stances_frame()
    kept = kept[kept[Col.ARTICLE_ID].isin(on_day[Col.ARTICLE_ID])]
    assert int(at.dataframe[0].value[Col.N].sum()) == len(kept)


def add_undated(store: Store) -> int:
    """One more synthetic article, without a publication date; its id."""
    ((analysis, raw_text),) = synthetic_articles(1, seed=77)
    return store.add_article(dataclasses.replace(analysis, published=None),
                             raw_text=raw_text).article_id


def test_date_filter_can_leave_out_undated_articles(filled: Store) -> None:
    undated = add_undated(filled)
    at = open_app()
    at.sidebar.checkbox(key=Key.USE_DATES).check().run()
    assert at.sidebar.checkbox(key=Key.INCLUDE_UNDATED).value  # kept by default, but visible
    assert any("1 stored article without a date" in c.value for c in at.sidebar.caption)
    with_undated = int(at.dataframe[0].value[Col.N].sum())
    at.sidebar.checkbox(key=Key.INCLUDE_UNDATED).uncheck().run()
    no_exception(at)
    stances = filled.stances_frame()
    assert with_undated - int(at.dataframe[0].value[Col.N].sum()) == int(
        stances[Col.PUBLISHED].isna().sum())
    assert undated in set(stances[Col.ARTICLE_ID])


def test_overview_offers_the_report_of_its_view(filled: Store) -> None:
    at = open_app()
    button = at.get("download_button")
    (report_button,) = [b for b in button if b.proto.id and "report" in b.proto.label]
    assert report_button.proto.label == "Download a report of this view (HTML)"
    assert not report_button.proto.disabled


def test_top_n_note_and_setting(filled: Store) -> None:
    at = open_app()
    n_actors = filled.stances_frame()[Col.ACTOR].nunique()
    at.sidebar.number_input(key=Key.MAX_ACTORS).set_value(3).run()
    no_exception(at)
    assert len(at.dataframe[0].value) == 3
    assert any(f"3 of {n_actors} actors" in c.value and "sidebar" in c.value
               for c in at.caption)


def test_filters_persist_across_pages(filled: Store) -> None:
    at = open_app()
    actor = sorted(summary_actors(at))[0]
    at.sidebar.multiselect(key=Key.ACTORS).set_value([actor]).run()
    at.switch_page(PAGES["Article"]).run()
    no_exception(at)
    assert at.sidebar.multiselect(key=Key.ACTORS).value == [actor]
    assert at.selectbox(key=Key.ARTICLE_ACTOR).options == [actor]
    at.switch_page(PAGES["Overview"]).run()
    assert summary_actors(at) == {actor}


def test_overview_actor_pick_shows_its_paragraphs(filled: Store) -> None:
    at = open_app()
    actor = sorted(summary_actors(at))[0]
    at.selectbox(key=Key.FOCUS_ACTOR).set_value(actor).run()
    no_exception(at)
    shown = "".join(h.value for h in at.html)
    stances = filled.stances_frame()
    n = int((stances[Col.ACTOR] == actor).sum())
    assert f"{n} paragraphs about {actor}" in shown
    assert shown.count('class="sm-par') >= min(n, 50)


def test_article_page_shows_the_chosen_article(filled: Store) -> None:
    at = open_app("Article")
    articles = filled.articles_frame()
    second = int(articles[Col.ARTICLE_ID].iloc[1])
    at.selectbox(key=Key.ARTICLE).set_value(second).run()
    no_exception(at)
    analysis = filled.article(second)
    shown = "".join(h.value for h in at.html)
    assert esc(analysis.paragraphs[0].paragraph.text) in shown
    assert shown.count('class="sm-par') == len(analysis.paragraphs)
    assert len(at.get("vega_lite_chart")) == 2


def test_article_page_toggle_shows_what_cleaning_removed(filled: Store) -> None:
    at = open_app("Article")
    at.toggle(key=Key.SHOW_REMOVED).set_value(True).run()
    no_exception(at)
    article_id = at.selectbox(key=Key.ARTICLE).value
    removed = filled.article(article_id).removed
    shown = "".join(h.value for h in at.html)
    if removed:
        assert removed[0].reason in shown
    else:
        assert "Cleaning removed nothing" in shown


def test_correction_saved_on_article_page_appears_in_corrections(filled: Store) -> None:
    at = open_app("Article")
    at.radio(key=Key.FIX_LABEL).set_value("negative")
    at.button(key=Key.FIX_SAVE).click().run()
    no_exception(at)
    corrections = filled.corrections_frame()
    assert len(corrections) == 1
    assert corrections[Col.CORRECTED_LABEL].tolist() == ["negative"]
    at.switch_page(PAGES["Corrections"]).run()
    no_exception(at)
    assert len(at.dataframe[0].value) == 1
    assert at.download_button(key=Key.CORRECTIONS_CSV).proto.label.startswith("Download")


def test_corrections_are_deleted_on_the_corrections_page(filled: Store) -> None:
    rows = filled.stances_frame().drop_duplicates([Col.ARTICLE_ID]).head(3)
    for row in rows.itertuples(index=False):
        filled.add_correction(int(getattr(row, Col.ARTICLE_ID)), int(getattr(row, Col.PARAGRAPH)),
                              str(getattr(row, Col.ACTOR)), "positive")
    at = open_app("Corrections")
    assert at.button(key=Key.CORRECTIONS_DELETE).disabled  # nothing picked yet
    options = at.multiselect(key=Key.CORRECTIONS_PICK).options
    assert len(options) == 3 and all("→ positive" in o for o in options)
    at.multiselect(key=Key.CORRECTIONS_PICK).select(options[0]).select(options[2]).run()
    at.button(key=Key.CORRECTIONS_DELETE).click().run()
    no_exception(at)
    assert len(filled.corrections_frame()) == 1
    assert len(at.dataframe[0].value) == 1
    assert at.multiselect(key=Key.CORRECTIONS_PICK).value == []
    assert any("2 corrections deleted" in s.value for s in at.success)


def test_a_team_s_many_corrections_list_the_newest_and_count_them_all(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # every correction went to the browser twice (the table and the delete picks); a page lists
    # the newest ``CORRECTIONS_SHOWN`` (2 here) of those that pass the filters
    monkeypatch.setattr(reads, "CORRECTIONS_SHOWN", 2)
    rows = filled.stances_frame().drop_duplicates([Col.ARTICLE_ID]).head(3)
    for row in rows.itertuples(index=False):
        filled.add_correction(int(getattr(row, Col.ARTICLE_ID)), int(getattr(row, Col.PARAGRAPH)),
                              str(getattr(row, Col.ACTOR)), "positive")
    newest = filled.corrections_frame().tail(2)
    at = open_app("Corrections")
    no_exception(at)
    listed = at.dataframe[0].value
    assert listed[Col.ARTICLE_ID].tolist() == newest[Col.ARTICLE_ID].tolist()[::-1]
    assert len(at.multiselect(key=Key.CORRECTIONS_PICK).options) == 2
    assert any("3 of 3 corrections pass the filters. The newest 2 are listed" in m.value
               for m in at.markdown)


def test_actors_table_ignored_the_sentiment_filter(filled: Store) -> None:
    # regression: the Actors table followed every filter but the sentiment range
    at = open_app("Actors")
    at.slider(key=Key.SENTIMENT).set_value((0.3, 1.0)).run()
    no_exception(at)
    paragraphs = filled.paragraphs_frame()
    positive = paragraphs[paragraphs[Col.SENTIMENT].between(0.3, 1.0)]
    stances = filled.stances_frame().merge(positive[[Col.ARTICLE_ID, Col.PARAGRAPH]])
    assert 0 < len(stances) < len(filled.stances_frame())
    table = at.dataframe[0].value
    assert int(table[Col.N].sum()) == len(stances)


def test_correction_radio_starts_at_the_current_label(filled: Store) -> None:
    at = open_app("Article")
    stances = filled.stances_frame()

    def label_of(paragraph: int, actor: str) -> str:
        article = at.selectbox(key=Key.ARTICLE).value
        row = stances[(stances[Col.ARTICLE_ID] == article) & (stances[Col.PARAGRAPH] == paragraph)
                      & (stances[Col.ACTOR] == actor)]
        return str(row[Col.STANCE_LABEL].iloc[0])

    paragraphs = at.selectbox(key=Key.FIX_PARAGRAPH).options
    labels = []
    for paragraph in paragraphs:
        at.selectbox(key=Key.FIX_PARAGRAPH).set_value(paragraph).run()
        actor = at.selectbox(key=Key.FIX_ACTOR).value
        labels.append(label_of(int(paragraph), actor))
        assert at.radio(key=Key.FIX_LABEL).value == labels[-1]
    assert len(set(labels)) > 1  # the radio moved, it did not sit on one default
    # a choice the user makes stays while the paragraph and actor stay
    other = next(x for x in ("negative", "neutral", "positive") if x != labels[-1])
    at.radio(key=Key.FIX_LABEL).set_value(other).run()
    assert at.radio(key=Key.FIX_LABEL).value == other


def chart_rows(at: AppTest, key: str) -> pd.DataFrame:
    """The rows a drawn chart was given (Streamlit sends them as Arrow)."""
    import pyarrow as pa

    (chart,) = [c for c in at.get("vega_lite_chart") if c.key == key]
    (dataset,) = chart.proto.datasets
    return pa.ipc.open_stream(dataset.data.data).read_pandas()


def stance_chart_key(at: AppTest) -> str:
    return Key.per_article(Key.CHART_STANCE_ALONG, at.selectbox(key=Key.ARTICLE).value)


def test_a_saved_correction_shows_in_the_chart_on_the_same_click(filled: Store) -> None:
    at = open_app("Article")
    paragraph = at.selectbox(key=Key.FIX_PARAGRAPH).value
    actor = at.selectbox(key=Key.FIX_ACTOR).value
    at.selectbox(key=Key.ARTICLE_ACTOR).set_value(actor).run()
    before = chart_rows(at, stance_chart_key(at)).set_index(Col.PARAGRAPH)
    assert before.loc[paragraph, "label_from"] == "model"
    other = next(x for x in ("negative", "neutral", "positive")
                 if x != before.loc[paragraph, Col.STANCE_LABEL])
    at.radio(key=Key.FIX_LABEL).set_value(other)
    at.button(key=Key.FIX_SAVE).click().run()
    no_exception(at)
    # no second refresh: the very run after the click draws the corrected point
    after = chart_rows(at, stance_chart_key(at)).set_index(Col.PARAGRAPH)
    assert after.loc[paragraph, Col.STANCE_LABEL] == other
    assert after.loc[paragraph, "label_from"] == "corrected"
    assert after.loc[paragraph, Col.MODEL_LABEL] == before.loc[paragraph, Col.STANCE_LABEL]
    assert at.radio(key=Key.FIX_LABEL).value == other  # the form starts from the label now
    assert any(s.value.startswith("Saved") for s in at.success)
    # the Overview counts it too
    at.switch_page(PAGES["Overview"]).run()
    table = at.dataframe[0].value.set_index(Col.ACTOR)
    assert table.loc[actor, "corrected"] == 1


def test_a_correction_can_be_deleted_from_the_article_page(filled: Store) -> None:
    at = open_app("Article")
    assert not [b for b in at.button if b.key == Key.FIX_DELETE]  # nothing to delete yet
    at.radio(key=Key.FIX_LABEL).set_value("negative")
    at.button(key=Key.FIX_SAVE).click().run()
    assert len(filled.corrections_frame()) == 1
    at.button(key=Key.FIX_DELETE).click().run()
    no_exception(at)
    assert filled.corrections_frame().empty
    assert any("the model's label is back" in s.value for s in at.success)
    assert not [b for b in at.button if b.key == Key.FIX_DELETE]


def test_article_details_are_edited_on_the_article_page(filled: Store) -> None:
    at = open_app("Article")
    article_id = at.selectbox(key=Key.ARTICLE).value
    stored = filled.articles_frame().set_index(Col.ARTICLE_ID).loc[article_id]
    # the form starts from the stored values
    assert at.text_input(key=Key.META_TITLE).value == stored[Col.TITLE]
    assert at.text_input(key=Key.META_OUTLET).value == (stored[Col.OUTLET] or "")
    at.text_input(key=Key.META_TITLE).input("A better title")
    at.text_input(key=Key.META_OUTLET).input("Port Gazette")
    at.date_input(key=Key.META_DATE).set_value(date(2020, 5, 17))
    submit(at, "Save the details").run()
    no_exception(at)
    row = filled.articles_frame().set_index(Col.ARTICLE_ID).loc[article_id]
    assert (row[Col.TITLE], row[Col.OUTLET]) == ("A better title", "Port Gazette")
    assert row[Col.PUBLISHED] == pd.Timestamp("2020-05-17")
    # the new outlet is one the sidebar filter can pick at once
    assert "Port Gazette" in at.sidebar.multiselect(key=Key.OUTLETS).options
    at.date_input(key=Key.META_DATE).set_value(None)
    at.text_input(key=Key.META_TITLE).input("  ")
    submit(at, "Save the details").run()
    assert [e.value for e in at.error] == [esc_md("an article needs a title")]
    assert filled.articles_frame().set_index(Col.ARTICLE_ID).loc[article_id, Col.TITLE] == (
        "A better title")


def esc_md(text: str) -> str:
    from dashboard.render import md_literal

    return md_literal(text)


def test_an_article_is_deleted_and_the_delete_undone(filled: Store) -> None:
    at = open_app("Article")
    article_id = at.selectbox(key=Key.ARTICLE).value
    title = filled.article(article_id).title
    first = filled.stances_frame().query(f"{Col.ARTICLE_ID} == {article_id}").iloc[0]
    filled.add_correction(int(article_id), int(first[Col.PARAGRAPH]), str(first[Col.ACTOR]),
                          "positive")
    n = filled.count_articles()
    at.run()
    at.button(key=Key.DELETE).click().run()
    no_exception(at)
    assert article_id not in filled.article_ids() and filled.count_articles() == n - 1
    assert at.selectbox(key=Key.ARTICLE).value != article_id
    assert article_id not in at.sidebar.multiselect(key=Key.ARTICLES).options
    assert any(esc_md(title) in i.value for i in at.info)
    at.button(key=Key.UNDO_DELETE).click().run()
    no_exception(at)
    assert article_id in filled.article_ids() and len(filled.corrections_frame()) == 1
    assert at.selectbox(key=Key.ARTICLE).value == article_id
    assert not [b for b in at.button if b.key == Key.UNDO_DELETE]


def add_mostly_cleaned(store: Store) -> int:
    """A synthetic article that cleaning cut to a quarter: three times its text removed."""
    from analysis.types import Removal

    ((analysis, raw_text),) = synthetic_articles(1, seed=91)
    junk = "Photo: Getty Images " * (3 * len(analysis.text) // 20)
    removed = (Removal(0, len(junk), junk, "credit"),)
    return store.add_article(dataclasses.replace(analysis, removed=removed, title="Mostly junk"),
                             raw_text=junk + "\n" + raw_text).article_id


def test_mostly_cleaned_article_warns_and_can_keep_its_original_text(filled: Store) -> None:
    article_id = add_mostly_cleaned(filled)
    at = open_app("Article")
    assert at.selectbox(key=Key.ARTICLE).value == article_id  # the newest comes first
    at.selectbox(key=Key.ARTICLE).set_value(min(filled.article_ids())).run()
    assert not [b for b in at.button if b.key == Key.KEEP_ORIGINAL]  # the others are fine
    at.selectbox(key=Key.ARTICLE).set_value(article_id).run()
    (warning,) = at.warning
    assert "cleaning removed 7" in warning.value  # 75 %, with its % escaped
    at.button(key=Key.KEEP_ORIGINAL).click().run()
    no_exception(at)
    # the page queues the article's re-analysis for the workers (it analyses nothing itself)
    (job,) = filled.recent_jobs(limit=1)
    assert (job.kind, job.name, job.state) == (JobKind.RESCORE, f"article {article_id}",
                                               JobState.QUEUED)
    assert filled.raw_article(article_id)["cleaned"] is False
    assert at.button(key=Key.CLEAN_AGAIN)  # and the way back
    at.button(key=Key.CLEAN_AGAIN).click().run()
    assert filled.raw_article(article_id)["cleaned"] is True


def test_edits_so_far_shows_readable_times(filled: Store) -> None:
    at = open_app("Actors")
    at.multiselect(key=Key.HIDE).set_value(sorted(set(filled.stances_frame()[Col.ACTOR]))[:1])
    submit(at, "Apply").run()
    shown = "".join(h.value for h in at.html)
    assert " UTC)" in shown and not re.search(r"\d{4}-\d\d-\d\dT\d", shown)


def test_several_actors_are_hidden_at_once_and_the_edits_undone(filled: Store) -> None:
    at = open_app("Actors")
    actors = sorted(set(filled.stances_frame()[Col.ACTOR]))
    at.multiselect(key=Key.HIDE).set_value(actors[:3])
    submit(at, "Apply").run()
    no_exception(at)
    assert not set(actors[:3]) & set(filled.stances_frame()[Col.ACTOR])
    assert set(at.multiselect(key=Key.UNHIDE).options) == set(actors[:3])
    # the history reads as sentences, newest first
    shown = "".join(h.value for h in at.html)
    assert f"Hid {esc(actors[2])} (" in shown and "hide:" not in shown
    assert shown.index(f"Hid {esc(actors[2])}") < shown.index(f"Hid {esc(actors[0])}")
    at.multiselect(key=Key.UNHIDE).set_value([actors[1]])
    submit(at, "Apply").run()
    assert actors[1] in set(filled.stances_frame()[Col.ACTOR])
    # undo the unhide and one hide: actors[1] hidden again, actors[2] shown again
    at.number_input(key=Key.UNDO_COUNT).set_value(2)
    at.button(key=Key.UNDO_EDITS).click().run()
    no_exception(at)
    shown_now = set(filled.stances_frame()[Col.ACTOR])
    assert actors[1] not in shown_now and actors[2] in shown_now and actors[0] not in shown_now
    assert [e.kind for e in filled.actor_edits()] == ["hide", "hide"]
    assert any("undone" in s.value for s in at.success)


def test_rename_and_hide_on_actors_page_change_the_overview(filled: Store) -> None:
    at = open_app("Actors")
    actors = sorted(set(filled.stances_frame()[Col.ACTOR]))
    at.selectbox(key=Key.RENAME_FROM).set_value(actors[0])
    at.text_input(key=Key.RENAME_TO).input("Renamed Actor")
    submit(at, "Rename").run()
    no_exception(at)
    at.multiselect(key=Key.HIDE).set_value([actors[1]])
    submit(at, "Apply").run()
    no_exception(at)
    shown = set(filled.stances_frame()[Col.ACTOR])
    assert "Renamed Actor" in shown and actors[0] not in shown and actors[1] not in shown
    at.switch_page(PAGES["Overview"]).run()
    assert "Renamed Actor" in summary_actors(at) and actors[1] not in summary_actors(at)


def test_the_dashboard_reads_and_writes_a_postgres_store(
        postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STANCEMAP_DB", postgres_url)
    store = Store.from_env()
    try:
        fill_store(store, 30, seed=3)
        at = open_app()
        no_exception(at)
        assert [c.key for c in at.get("vega_lite_chart")] == [
            Key.CHART_ACTORS, Key.CHART_TIMELINE]
        actors = sorted(set(store.stances_frame()[Col.ACTOR]))
        assert summary_actors(at) == set(actors)
        at.switch_page(PAGES["Actors"]).run()
        at.selectbox(key=Key.RENAME_FROM).set_value(actors[0])
        at.text_input(key=Key.RENAME_TO).input("Renamed Actor")
        submit(at, "Rename").run()
        no_exception(at)
        at.switch_page(PAGES["Overview"]).run()
        assert summary_actors(at) == {"Renamed Actor", *actors[1:]}
        assert [e.args for e in store.actor_edits()] == [(actors[0], "Renamed Actor")]
        # the counts of a stance range are read in a reader thread, on a pooled connection
        at.sidebar.slider(key=Key.STANCE).set_range(0.2, 1.0).run()
        no_exception(at)
        assert at.caption[0].value.endswith(" actors, after the filters")
    finally:
        store.close()
        data.get_store().close()  # the dashboard's own store, cached for this STANCEMAP_DB


# --- uploads: the real pipeline ---


@pytest.mark.slow
def test_upload_adds_an_article_and_its_actors(store: Store) -> None:
    at = open_app("Upload")
    upload(at, ("harbour.txt", HARBOUR_ARTICLE.encode()))
    no_exception(at)
    assert store.count_articles() == 1
    assert any("harbour" in s.value and "added" in s.value for s in at.success)
    assert not at.error
    at.switch_page(PAGES["Overview"]).run()
    no_exception(at)
    assert {"Norway", "Canada"} <= summary_actors(at)
    # the junk was cleaned away, not stored as paragraphs
    text = store.article(store.article_ids()[0]).text
    assert "Oops!" not in text and "Getty Images" not in text


@pytest.mark.slow
def test_bad_file_shows_an_error_and_changes_nothing(filled: Store) -> None:
    before = (filled.count_articles(), filled.data_version())
    at = open_app("Upload")
    upload(at, ("broken.pdf", b"this is not a PDF"), ("empty.txt", b""))
    no_exception(at)
    errors = [e.value for e in at.error]
    assert len(errors) == 2
    assert any("broken" in e for e in errors) and any("empty" in e for e in errors)
    assert (filled.count_articles(), filled.data_version()) == before


@pytest.mark.slow
def test_good_file_goes_in_when_another_fails(store: Store) -> None:
    at = open_app("Upload")
    upload(at, ("broken.docx", b"PK not really a zip"), ("harbour.md", HARBOUR_ARTICLE.encode()))
    no_exception(at)
    assert store.count_articles() == 1
    assert len(at.error) == 1 and len(at.success) == 1
    # a rerun does not analyse the same upload again
    at.run()
    assert store.count_articles() == 1 and len(at.success) == 1


@pytest.mark.slow
def test_uploaded_markup_is_shown_as_text(store: Store) -> None:
    at = open_app("Upload")
    upload(at, ("lighthouse.html.txt", XSS_ARTICLE.encode()))
    assert store.count_articles() == 1
    at.switch_page(PAGES["Article"]).run()
    no_exception(at)
    shown = "".join(h.value for h in at.html)
    assert "<script" not in shown and "<img" not in shown
    # cue highlights may split the words, but the visible text is the literal markup
    visible = html.unescape(re.sub(r"<[^>]+>", "", shown))
    assert "<script>window.__xss=1</script>" in visible
    assert '<img src=x onerror="window.__xss=2">' in visible


@pytest.mark.slow
def test_a_queued_file_name_with_a_bidi_override_shows_as_an_escape(store: Store) -> None:
    # "invoice_<U+202E>fdp.txt" read "invoice_txt.pdf" in the queue's line while the finished
    # job's message, written with analysis.errors.printable, showed the escape
    at = open_app("Upload")
    at.file_uploader(key=Key.UPLOADER).set_value(
        [("invoice_\u202efdp.txt", HARBOUR_ARTICLE.encode(), "text/plain")]).run()
    no_exception(at)
    queued = [m.value for m in at.markdown if "waiting for a worker" in m.value]
    assert len(queued) == 1
    assert "\u202e" not in queued[0] and "invoice" in queued[0] and "u202efdp" in queued[0]


@pytest.mark.slow
def test_upload_queues_jobs_with_the_batch_outlet_and_date_and_survives_a_refresh(
        store: Store) -> None:
    from datetime import date

    at = open_app("Upload")
    at.text_input(key=Key.UPLOAD_OUTLET).input("Lunmouth Gazette")
    at.date_input(key=Key.UPLOAD_DATE).set_value(date(2024, 3, 5))
    at.file_uploader(key=Key.UPLOADER).set_value(
        [("harbour.txt", HARBOUR_ARTICLE.encode(), "text/plain")]).run()
    no_exception(at)
    assert store.count_articles() == 0  # the page only queued it
    assert any("waiting for a worker" in m.value for m in at.markdown)
    batch = at.query_params["batch"]
    work(at)
    articles = store.articles_frame()
    assert articles[Col.OUTLET].tolist() == ["Lunmouth Gazette"]
    assert articles[Col.PUBLISHED].dt.date.tolist() == [date(2024, 3, 5)]
    # a new session (a browser refresh) with the batch in its URL shows the outcome again
    again = AppTest.from_file(str(APP), default_timeout=TIMEOUT).run()
    again.switch_page(PAGES["Upload"])
    again.query_params["batch"] = batch
    again.run()
    no_exception(again)
    assert any("harbour" in s.value and "added" in s.value for s in again.success)


@pytest.mark.slow
def test_pasted_text_is_added(store: Store) -> None:
    at = open_app("Upload")
    at.text_area(key=Key.PASTE_TEXT).input(HARBOUR_ARTICLE)
    at.text_input(key=Key.PASTE_TITLE).input("Harbour accord")
    at.text_input(key=Key.PASTE_OUTLET).input("Lunmouth Gazette")
    submit(at, "Analyse and add").run()
    no_exception(at)
    assert store.count_articles() == 0  # queued: the page itself analyses nothing
    work(at)
    no_exception(at)
    assert store.count_articles() == 1
    articles = store.articles_frame()
    assert articles[Col.OUTLET].tolist() == ["Lunmouth Gazette"]


@pytest.mark.slow
def test_merge_and_alias_re_analyse_stored_articles(store: Store) -> None:
    at = open_app("Upload")
    upload(at, ("harbour.txt", HARBOUR_ARTICLE.encode()))
    assert store.count_articles() == 1
    mentions_before = store.stances_frame().groupby(Col.ACTOR)[Col.MENTIONS].sum()
    at.switch_page(PAGES["Actors"]).run()
    at.selectbox(key=Key.ALIAS_ACTOR).set_value("Norway")
    at.text_input(key=Key.ALIAS_TEXT).input("the northern waters")
    at.selectbox(key=Key.ALIAS_KIND).set_value("country")
    submit(at, "Add and re-analyse").run()
    no_exception(at)
    assert any("analysed" in s.value for s in at.success)
    work(at)  # (shown with Markdown escapes)
    mentions_after = store.stances_frame().groupby(Col.ACTOR)[Col.MENTIONS].sum()
    assert mentions_after["Norway"] > mentions_before["Norway"]
    at.multiselect(key=Key.MERGE_FROM).set_value(["Canada"])
    at.selectbox(key=Key.MERGE_INTO).set_value("Norway")
    submit(at, "Merge and re-analyse").run()
    no_exception(at)
    work(at)
    assert "Canada" not in set(store.stances_frame()[Col.ACTOR])
    assert store.count_articles() == 1  # re-analysed in place, nothing uploaded again
    at.switch_page(PAGES["Overview"]).run()
    assert "Canada" not in summary_actors(at) and "Norway" in summary_actors(at)


# --- scale: no page loads whole tables -------------------------------------------


def only_some_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every whole-table frame read raise: a page may read some articles' rows only."""
    from store import frames

    for name in ("articles_frame", "paragraphs_frame", "stances_frame"):
        whole = getattr(frames, name)

        def read(db: object, *, article_ids: object = None, _whole: Callable = whole,
                 _name: str = name) -> pd.DataFrame:
            if article_ids is None:
                raise AssertionError(f"{_name} read a whole table")
            return _whole(db, article_ids=article_ids)

        monkeypatch.setattr(frames, name, read)


def test_pages_never_load_a_whole_table(filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    article_id = min(filled.article_ids())
    filled.add_correction(article_id, 0, str(filled.stances_frame(
        article_ids=[article_id])[Col.ACTOR].iloc[0]), "negative")
    only_some_articles(monkeypatch)
    at = open_app()
    no_exception(at)
    actors = sorted(summary_actors(at))
    at.selectbox(key=Key.FOCUS_ACTOR).set_value(actors[0]).run()  # a drill-down
    no_exception(at)
    assert any("paragraphs about" in h.value for h in at.html)
    for view in OVERVIEW_VIEWS:
        at.segmented_control(key=Key.OVERVIEW_VIEW).set_value(view).run()
        no_exception(at)
    at.number_input(key=Key.MIN_MENTIONS).set_value(3)
    at.text_input(key=Key.SEARCH).input("over").run()
    no_exception(at)
    for page in ("Article", "Actors", "Corrections", "Upload", "About the numbers"):
        at.switch_page(PAGES[page]).run()
        no_exception(at)
    at.switch_page(PAGES["Article"]).run()
    at.selectbox(key=Key.ARTICLE).set_value(article_id).run()
    no_exception(at)
    assert len(at.get("vega_lite_chart")) == 2


def test_after_the_warm_up_a_first_overview_run_reads_nothing_from_the_store(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # python -m dashboard runs data.warm_overview while the server starts: it must make the very
    # calls (same cache keys) that a new session's first run makes, or it warms nothing
    from dashboard import render
    from store import aggregates, reads

    data.warm_overview(filled)

    def no_read(*args: object, **kwargs: object) -> None:
        raise AssertionError("read from the store (or a chart built) after the warm-up")

    for name in aggregates.__all__:  # the functions (their results' classes are unpickled)
        if inspect.isfunction(getattr(aggregates, name)):
            monkeypatch.setattr(aggregates, name, no_read)
    for name in ("outlets", "shown_actor_count", "shown_actors_named", "shown_among",
                 "date_span", "article_choices", "titles_of"):
        monkeypatch.setattr(reads, name, no_read)
    monkeypatch.setattr(Store, "count_articles", no_read)
    monkeypatch.setattr(render, "_vega_lite_spec", no_read)
    at = open_app()
    no_exception(at)
    assert [c.key for c in at.get("vega_lite_chart")] == [Key.CHART_ACTORS, Key.CHART_TIMELINE]


def test_the_article_filter_offers_the_newest_and_finds_the_others(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import reads

    monkeypatch.setattr(reads, "ARTICLE_CHOICES", 5)
    ids = sorted(filled.article_ids())
    at = open_app()
    picker = at.sidebar.multiselect(key=Key.ARTICLES)
    assert picker.options == [str(filled.article(i).title) for i in ids[::-1][:5]]
    assert any("newest 5 of 30 articles" in c.value for c in at.sidebar.caption)
    oldest = filled.article(ids[0]).title
    number = oldest.rsplit("(", 1)[1].rstrip(")")  # each synthetic title ends in its own number
    at.sidebar.text_input(key=Key.FIND_ARTICLES).input(number).run()
    no_exception(at)
    assert at.sidebar.multiselect(key=Key.ARTICLES).options == [oldest]
    at.sidebar.multiselect(key=Key.ARTICLES).set_value([ids[0]]).run()
    at.sidebar.text_input(key=Key.FIND_ARTICLES).input("").run()
    no_exception(at)
    # the chosen article stays offered (and chosen) among the newest
    assert at.session_state[Key.ARTICLES] == [ids[0]]
    assert oldest in at.sidebar.multiselect(key=Key.ARTICLES).options
    assert summary_actors(at) == set(filled.stances_frame(article_ids=[ids[0]])[Col.ACTOR])


def busiest_actors(store: Store) -> list[str]:
    """Every shown actor, the most paragraphs first (the rule the actor widgets list by)."""
    from dashboard.filters import Filters, stance_query
    from store import aggregates

    return aggregates.busiest(store.db, stance_query(Filters()))


def test_the_actor_filter_offers_the_busiest_and_finds_the_others(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    # at 10^5 articles a store holds some 10^5 actor names: the sidebar sent them all to the
    # browser on every run (200,000 options: +1.9 s to open a page, +0.3 s a run)
    from store import reads

    monkeypatch.setattr(reads, "ACTOR_CHOICES", 4)
    ranked = busiest_actors(filled)
    assert len(ranked) > 4
    at = open_app()
    assert at.sidebar.multiselect(key=Key.ACTORS).options == sorted(ranked[:4])
    assert any(f"4 most discussed of {len(ranked)} actors" in c.value for c in at.sidebar.caption)
    quiet = ranked[-1]
    at.sidebar.text_input(key=Key.FIND_ACTORS).input(quiet.upper()).run()
    no_exception(at)
    offered = at.sidebar.multiselect(key=Key.ACTORS).options
    assert quiet in offered and all(quiet.casefold() in o.casefold() for o in offered)
    at.sidebar.multiselect(key=Key.ACTORS).set_value([quiet]).run()
    at.sidebar.text_input(key=Key.FIND_ACTORS).input("").run()
    no_exception(at)
    # the chosen actor stays offered (and chosen) beside the busiest
    assert at.session_state[Key.ACTORS] == [quiet]
    assert at.sidebar.multiselect(key=Key.ACTORS).options == sorted({quiet, *ranked[:4]})
    assert summary_actors(at) == {quiet}


def test_the_actor_edit_forms_offer_the_busiest_and_find_the_others(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import reads

    monkeypatch.setattr(reads, "ACTOR_CHOICES", 3)
    ranked = busiest_actors(filled)
    at = open_app("Actors")
    assert at.selectbox(key=Key.RENAME_FROM).options == sorted(ranked[:3])
    assert at.multiselect(key=Key.MERGE_FROM).options == sorted(ranked[:3])
    at.text_input(key=Key.FIND_EDITED).input(ranked[-1]).run()
    no_exception(at)
    assert ranked[-1] in at.selectbox(key=Key.ALIAS_ACTOR).options


def test_the_split_form_offers_the_joins_with_the_words_typed(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import reads

    for _ in range(3):  # three names joined to one actor
        filled.merge_actors(busiest_actors(filled)[-1], busiest_actors(filled)[0])
    monkeypatch.setattr(reads, "ACTOR_CHOICES", 1)
    at = open_app("Actors")
    joins = [f"{a.name} → {actor}" for actor, group in filled.actor_aliases().items()
             for a in group]
    assert len(joins) == 3
    assert len(at.selectbox(key=Key.SPLIT_PICK).options) == 1
    assert any("1 of 3 names are offered" in c.value for c in at.caption)
    wanted = joins[-1].split(" → ")[0]
    at.text_input(key=Key.FIND_EDITED).input(wanted).run()
    no_exception(at)
    # the one found, beside the one the box holds
    offered = at.selectbox(key=Key.SPLIT_PICK).options
    assert joins[-1] in offered and len(offered) <= 2


def test_a_few_actors_are_all_offered_with_no_find_box(filled: Store) -> None:
    at = open_app()
    assert at.sidebar.multiselect(key=Key.ACTORS).options == sorted(busiest_actors(filled))
    assert Key.FIND_ACTORS not in [t.key for t in at.sidebar.text_input]


def test_the_article_page_finds_an_article_by_its_title(
        filled: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from store import reads

    monkeypatch.setattr(reads, "ARTICLE_CHOICES", 3)
    ids = sorted(filled.article_ids())
    at = open_app("Article")
    assert at.selectbox(key=Key.ARTICLE).value == ids[-1]  # the newest first
    assert len(at.selectbox(key=Key.ARTICLE).options) == 3
    oldest = filled.article(ids[0]).title
    at.text_input(key=Key.FIND_ARTICLE).input(oldest.rsplit("(", 1)[1].rstrip(")")).run()
    no_exception(at)
    # what was shown stays offered; the one found is offered too
    at.selectbox(key=Key.ARTICLE).set_value(ids[0]).run()
    no_exception(at)
    assert esc(oldest) in "".join(h.value for h in at.html)
    at.text_input(key=Key.FIND_ARTICLE).input("no title has these words").run()
    assert at.selectbox(key=Key.ARTICLE).value == ids[0]
