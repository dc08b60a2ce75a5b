"""The column mirror (``store.columns``): it follows every write, and answers only for the state
the caller's snapshot sees. ``tests/test_aggregates.py`` runs every aggregation on it (the
``columns`` path) against the pandas path; here the mirror is built first and the store written
after, on both databases."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from analysis.types import ArticleAnalysis
from benchmarks.synthetic import fill_store, synthetic_articles
from dashboard.filters import Filters, stance_query
from store import aggregates, columns
from store.core import Store
from store.db import DB_ENV, open_db, read_snapshot
from tests.test_aggregates import (
    FILTERS,
    World,
    check_every_aggregation,
    fill_edited,
    mirrored,
    want_counts,
)

#: What the mirror is for: two and three ranges, with the edits' names and picked actors.
RANGES = ("sentiment and stance", "three ranges", "two ranges, actors, min mentions",
          "position and sentiment")


@pytest.fixture(autouse=True)
def cache_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The mirrors kept between runs go to the test's folder; none is left open after."""
    monkeypatch.setenv(columns.COLUMNS_DIR_ENV, str(tmp_path / "cache"))
    yield tmp_path / "cache"
    columns.MIRRORS.close()


@pytest.fixture()
def rows_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every aggregation from the stance rows (where the mirror stands in for the store)."""
    for name in ("use_summary", "use_paragraph_bands", "use_article_bands",
                 "use_sentiment_counts"):
        monkeypatch.setattr(aggregates, name, lambda query: False)
    monkeypatch.setattr(aggregates, "use_days", lambda query, **_: False)


@pytest.fixture()
def mirror_of(tmp_path: Path) -> Iterator[Callable[[Store], columns.ColumnMirror]]:
    """Build a store's mirror in this process (``mirrored``) and use it until the test ends."""
    with ExitStack() as stack:
        yield lambda store: stack.enter_context(mirrored(store, tmp_path))


def same_as_pandas(store: Store) -> None:
    world = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    for name in RANGES:
        check_every_aggregation(world, FILTERS[name])


def stamped(store: Store) -> dict[int, int]:
    with open_db(store.db) as conn:
        return {int(a): int(v) for a, v in conn.execute(
            "SELECT article_id, version FROM article_changes")}


def test_every_write_stamps_its_article_with_the_version_it_bumped_from(
        target: str | Path, opened: Callable[[str | Path], Store]) -> None:
    store = opened(target)
    first, second = fill_store(store, 2, seed=5)
    before = store.data_version()
    assert stamped(store) == {first: before - 1, second: before - 1}  # one batch, one write
    writes: list[tuple[str, Callable[[], object]]] = [
        ("metadata", lambda: store.set_article_metadata(first, outlet="Quay Herald")),
        ("correction", lambda: store.add_correction(first, *one_row(store, first), "positive")),
        ("re-analysis", lambda: store.replace_article(second, analysis_of(second))),
        ("delete", lambda: store.delete_article(first)),
    ]
    for what, write in writes:
        version = store.data_version()
        write()
        changed = {a for a, v in stamped(store).items() if v == version}
        assert changed == ({second} if what == "re-analysis" else {first}), what
    version = store.data_version()
    store.rename_actor("Russia", "Russian Federation")  # no article's rows change
    assert all(v < version for v in stamped(store).values())


def one_row(store: Store, article_id: int) -> tuple[int, str]:
    with open_db(store.db) as conn:
        paragraph, actor = conn.execute("SELECT paragraph, actor FROM stances WHERE article_id"
                                        " = ? ORDER BY paragraph, actor", (article_id,)).fetchone()
    return int(paragraph), str(actor)


def analysis_of(article_id: int) -> ArticleAnalysis:
    """Another synthetic article's analysis, to replace ``article_id``'s with."""
    analysis, _ = next(synthetic_articles(1, seed=article_id + 77))
    return analysis


def summed(mirror: columns.ColumnMirror, store: Store) -> dict[str, dict[tuple, tuple]]:
    """Each of the mirror's summaries as key -> (n, total, squares, mentions), its rows added
    up per key (a catch-up appends rows), the keys with no row left out."""
    out = {}
    with open_db(store.db) as conn:
        for summary in columns.SUMMARIES:
            keys = ", ".join(c for c, _ in summary.keys)
            rows = mirror.rows(conn, f"SELECT {keys}, SUM(n), SUM(total), SUM(squares),"
                               f" SUM(mentions) FROM {summary.table} GROUP BY {keys}"
                               " HAVING SUM(n) > 0", ())
            assert rows is not None
            width = len(summary.keys)
            out[summary.table] = {tuple(r[:width]): tuple(r[width:]) for r in rows}
        bands = mirror.rows(conn, "SELECT article_id, paragraph, low_bands, high_bands"
                            f" FROM {columns.PARAGRAPH_BANDS}", ())
        assert bands is not None
        out[columns.PARAGRAPH_BANDS] = {(int(a), int(p)): (int(low), int(high))
                                        for a, p, low, high in bands}
    return out


def same_sums(got: dict[tuple, tuple], want: dict[tuple, tuple]) -> None:
    assert got.keys() == want.keys()
    for key, sums in want.items():
        assert got[key] == pytest.approx(sums, abs=1e-9), key


def test_the_mirrors_summaries_are_the_stores_own_rule(
        target: str | Path, opened: Callable[[str | Path], Store],
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """DuckDB bands each row as the store does (the band's SQL rounds on one database and
    truncates on another): the mirror's ``actor_range_bands``, ``article_band_rows`` and
    ``paragraph_bands``, made from its own rows, hold the store's, which its triggers keep; and
    its sums by day add up to them."""
    store = fill_edited(opened(target))
    mirror = mirror_of(store)
    with open_db(store.db) as conn:
        stored = {(a, int(b), int(s), int(p)): (int(n), float(t), float(q), int(m))
                  for a, b, s, p, n, t, q, m in conn.execute(
                      "SELECT actor, band, sentiment_band, position_band, n, total, squares,"
                      " mentions FROM actor_range_bands")}
        bands = {(int(a), int(p)): (int(low), int(high)) for a, p, low, high in conn.execute(
            "SELECT article_id, paragraph, low_bands, high_bands FROM paragraph_bands")}
        by_article = {(int(a), int(s), int(p)): (int(n), float(t), float(q), int(m))
                      for a, s, p, n, t, q, m in conn.execute(
                          "SELECT article_id, sentiment_band, position_band, n, total, squares,"
                          " mentions FROM article_band_rows")}
    sums = summed(mirror, store)
    same_sums(sums["actor_range_bands"], stored)
    same_sums(sums["article_band_rows"], by_article)
    assert sums[columns.PARAGRAPH_BANDS] == bands
    by_actor: dict[tuple, list[float]] = {}
    for (actor, _day, *bands), values in sums["actor_day_range_bands"].items():
        totals = by_actor.setdefault((actor, *bands), [0, 0.0, 0.0, 0])
        for i, value in enumerate(values):
            totals[i] += value
    same_sums({k: tuple(v) for k, v in by_actor.items()}, stored)


@pytest.mark.parametrize("routing", ["rows", "summaries"])
def test_the_mirror_follows_every_kind_of_write(
        target: str | Path, opened: Callable[[str | Path], Store], routing: str,
        request: pytest.FixtureRequest, tmp_path: Path,
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """Built first, then the store written every way a user can: each aggregation under two
    and three ranges still equals the pandas path on the store's frames read afresh, from the
    mirror's rows and from its summaries; and the summaries a catch-up added to are those a
    new build makes."""
    if routing == "rows":
        request.getfixturevalue("rows_path")
    store = fill_edited(opened(target))
    mirror = mirror_of(store)
    same_as_pandas(store)
    fill_store(store, 3, seed=40)  # added
    ids = store.article_ids()
    store.replace_article(ids[0], analysis_of(ids[0]))  # re-analysed
    deleted = store.delete_article(ids[1])
    assert deleted is not None
    store.set_article_metadata(ids[2], outlet="Quay Herald", published="2024-05-02")
    store.add_correction(ids[3], *one_row(store, ids[3]), "negative")
    store.rename_actor("Ukraine", "Kyiv")
    same_as_pandas(store)
    store.restore_article(deleted)
    store.delete_correction(ids[3], *one_row(store, ids[3]))
    answered = mirror.answered
    same_as_pandas(store)
    assert mirror.answered > answered
    assert mirror.version == store.data_version() and not mirror.stale
    if routing == "summaries":
        got = summed(mirror, store)
        fresh = tmp_path / "fresh"  # (``mirrored`` closes every mirror as it ends)
        fresh.mkdir()
        with mirrored(store, fresh) as built:
            want = summed(built, store)
        for table, sums in want.items():
            same_sums(got[table], sums)  # (the bands compare as sums too: exact integers)


def test_catch_ups_that_grew_the_summaries_by_half_make_the_mirror_rebuilt(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """Past ``REBUILD_SHARE`` of rows added by catch-ups the mirror still answers the query
    that caught up, then is stale and rebuilt by a child process, whose summaries hold one row
    per key again; the store answers meanwhile, the same numbers."""
    store = fill_edited(Store(tmp_path / "s.sqlite3"))
    mirror = mirror_of(store)
    monkeypatch.setattr(columns, "REBUILD_SHARE", 0.0)
    ids = store.article_ids()
    store.replace_article(ids[1], analysis_of(ids[1]))
    with open_db(store.db) as conn:
        assert mirror.rows(conn, "SELECT COUNT(*) FROM articles", ()) == [(len(ids),)]
    assert mirror.stale
    same_as_pandas(store)  # the store answers, and the rebuild starts
    rebuilt = waited_for(store, not_this=mirror)
    with open_db(store.db) as conn:
        for summary in columns.SUMMARIES:
            keys = ", ".join(c for c, _ in summary.keys)
            (rows, distinct), = rebuilt.rows(conn, f"SELECT COUNT(*), COUNT(DISTINCT ({keys}))"
                                             f" FROM {summary.table}", ())
            assert rows == distinct, summary.table
    answered = rebuilt.answered
    same_as_pandas(store)
    assert rebuilt.answered > answered and not rebuilt.stale
    store.close()


@pytest.fixture()
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The SQL put to a mirror (``ColumnMirror.rows``) from now on, in order."""
    sqls: list[str] = []
    real = columns.ColumnMirror.rows

    def recorded(self: columns.ColumnMirror, conn: object, sql: str, params: object) -> object:
        sqls.append(sql)
        return real(self, conn, sql, params)  # type: ignore[arg-type]

    monkeypatch.setattr(columns.ColumnMirror, "rows", recorded)
    return sqls


def test_the_heatmaps_articles_under_sentiment_and_position_ranges_come_off_the_mirrors_bands(
        tmp_path: Path, asked: list[str],
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """Ranked off the mirror's ``article_band_rows`` under both ranges at once, which the store
    reads one at a time; a corrected paragraph from its rows."""
    store = Store(tmp_path / "s.sqlite3")
    first, *_ = fill_store(store, 30, seed=4)
    store.add_correction(first, *one_row(store, first), "negative")
    mirror_of(store)
    want = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    for filters in (FILTERS["position and sentiment"], Filters(sentiment=(-0.5, 0.5))):
        asked.clear()
        check_every_aggregation(want, filters)
        assert any("FROM article_band_rows" in sql for sql in asked), filters
    store.close()


#: Two ranges, neither of them a sentiment range.
STANCE_AND_POSITION = Filters(stance=(-0.5, 1.0), position=(0.1, 0.9))


def test_a_timeline_under_two_ranges_reads_the_rows_where_the_mirror_cannot_answer(
        target: str | Path, opened: Callable[[str | Path], Store],
        monkeypatch: pytest.MonkeyPatch, asked: list[str],
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """The sums by day under two ranges are the mirror's alone: when it turns a query down
    (a snapshot older than it, or stale) the store groups its rows into the same days."""
    store = fill_edited(opened(target))
    mirror = mirror_of(store)
    want = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    for filters in (FILTERS["position and sentiment"], STANCE_AND_POSITION):
        asked.clear()
        check_every_aggregation(want, filters)
        assert any("actor_day_range_bands" in sql for sql in asked)
        # the undated articles' paragraphs are read by key from the store (the mirror would
        # scan), but under a sentiment range, which the store tests paragraph by paragraph
        undated = any("AS undated" in sql for sql in asked)
        assert undated == (filters.sentiment != Filters().sentiment)
        assert mirror.answered >= len(asked) > 0
    monkeypatch.setattr(columns.ColumnMirror, "rows", lambda self, conn, sql, params: None)
    for filters in (FILTERS["position and sentiment"], STANCE_AND_POSITION):
        check_every_aggregation(want, filters)
    store.close()


def test_the_counts_under_a_stance_range_and_another_read_the_mirrors_paragraph_bands(
        tmp_path: Path, asked: list[str],
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """The paragraphs off the bands, and a corrected one from its rows. (No hidden actor: one
    with many rows has its paragraphs counted from the rows, ``few_hidden_rows``.)"""
    store = Store(tmp_path / "s.sqlite3")
    first, *_ = fill_store(store, 30, seed=3)
    store.add_correction(first, *one_row(store, first), "negative")
    mirror_of(store)
    want = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    for name in ("sentiment and stance", "three ranges"):
        asked.clear()
        query = stance_query(FILTERS[name])
        assert aggregates.overview_counts(store.db, query) == want_counts(want, FILTERS[name])
        assert any("paragraph_bands" in sql for sql in asked), name
    store.close()


def test_a_snapshot_older_than_the_mirror_reads_the_store(
        tmp_path: Path, mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """A reader thread whose snapshot began before a write the mirror has caught up with gets
    None from the mirror: it answers for one state, the newest it has read."""
    store = Store(tmp_path / "s.sqlite3")
    fill_store(store, 3, seed=1)
    mirror = mirror_of(store)
    with open_db(store.db) as old, read_snapshot(old):
        old.execute("SELECT COUNT(*) FROM articles").fetchone()  # the snapshot begins here
        fill_store(store, 1, seed=9)
        with open_db(store.db) as new:
            assert mirror.rows(new, "SELECT COUNT(*) FROM articles", ()) == [(4,)]
        assert mirror.rows(old, "SELECT COUNT(*) FROM articles", ()) is None
    store.close()


def test_past_the_catch_up_limit_it_is_stale_and_rebuilt_in_a_child_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows_path: None,
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """More articles written than ``CATCH_UP_MAX``: the store answers (the same numbers), and a
    mirror built anew by ``python -m store.columns`` takes over."""
    store = fill_edited(Store(tmp_path / "s.sqlite3"))
    mirror = mirror_of(store)
    monkeypatch.setattr(columns, "CATCH_UP_MAX", 2)
    fill_store(store, 3, seed=50)
    want = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    with open_db(store.db) as conn:
        assert mirror.rows(conn, "SELECT 1", ()) is None
    assert mirror.stale
    with open_db(store.db) as conn:  # a chart asks: the stale one is not used, and rebuilt
        assert columns.MIRRORS.find(conn) is None
    rebuilt = waited_for(store, not_this=mirror)
    assert rebuilt.version == store.data_version()
    check_every_aggregation(want, FILTERS["three ranges"])
    assert rebuilt.answered > 0
    store.close()


def waited_for(store: Store, *, not_this: columns.ColumnMirror) -> columns.ColumnMirror:
    """The mirror that replaces ``not_this`` (built in the background), once it is ready."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        with open_db(store.db) as conn:
            mirror = columns.MIRRORS.find(conn)
        if mirror is not None and mirror is not not_this:
            return mirror
        time.sleep(0.2)
    raise AssertionError("no mirror was rebuilt in 120 s")


def ready(store: Store, *, rebuild: bool = False) -> columns.ColumnMirror:
    """``MIRRORS.start`` for ``store``, waited for; the mirror it made ready."""
    started = columns.MIRRORS.start(store.db, rebuild=rebuild)
    assert started is not None
    started.join(timeout=120)
    with open_db(store.db) as conn:
        mirror = columns.MIRRORS.find(conn)
    assert mirror is not None
    return mirror


@pytest.fixture()
def builds(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The paths ``build_in_child`` builds at (it still builds)."""
    built: list[Path] = []
    real = columns.build_in_child

    def counted(db: object, path: Path) -> int:
        built.append(path)
        return real(db, path)  # type: ignore[arg-type]

    monkeypatch.setattr(columns, "build_in_child", counted)
    return built


def test_a_new_process_reopens_the_kept_mirror_and_catches_up(
        tmp_path: Path, rows_path: None, builds: list[Path]) -> None:
    """The mirror is kept in the cache folder: a dashboard started again reopens it and reads
    only the articles written meanwhile, with no build."""
    store = fill_edited(Store(tmp_path / "s.sqlite3"))
    first = ready(store)
    assert first.path.parent == tmp_path / "cache" and len(builds) == 1
    columns.MIRRORS.close()  # the process ends
    fill_store(store, 2, seed=60)
    store.rename_actor("China", "PRC")
    again = ready(store)
    assert len(builds) == 1 and again.path == first.path
    assert again.version == store.data_version()
    same_as_pandas(store)
    assert again.answered > 0
    columns.MIRRORS.close()
    store.close()


def test_a_kept_mirror_unused_for_a_month_is_removed_when_a_dashboard_starts_one(
        tmp_path: Path, cache_folder: Path) -> None:
    """A store deleted for good leaves its mirror in the cache folder: one untouched for
    ``FORGET_AFTER_DAYS`` goes when another is started; a recent one, and the one reopened
    (touched as it is), stay."""
    store = fill_edited(Store(tmp_path / "s.sqlite3"))
    kept = ready(store).path
    columns.MIRRORS.close()
    cache_folder.mkdir(exist_ok=True)
    month = time.time() - (columns.FORGET_AFTER_DAYS + 1) * 86_400
    old, recent = cache_folder / "old.duckdb", cache_folder / "recent.duckdb"
    for path in (old, recent, old.with_name("old.duckdb.wal")):
        path.write_bytes(b"not a mirror")
    os.utime(old, (month, month))
    os.utime(kept, (month, month))  # unused for a month too, but reopened now
    assert ready(store).path == kept
    assert not old.exists() and not old.with_name("old.duckdb.wal").exists()
    assert recent.exists() and kept.exists() and kept.stat().st_mtime > month
    columns.MIRRORS.close()
    store.close()


def test_a_kept_mirror_of_another_store_or_of_a_later_state_is_built_again(
        tmp_path: Path, rows_path: None, builds: list[Path]) -> None:
    """A store put back from a backup (older than the mirror), or made anew at the same path
    (another store id), gets a mirror built from it, not the one on disk."""
    location = tmp_path / "s.sqlite3"
    store = fill_edited(Store(location))
    store.close()
    backup = tmp_path / "backup.sqlite3"
    backup.write_bytes(location.read_bytes())
    store = Store(location)
    fill_store(store, 2, seed=70)
    ready(store)
    columns.MIRRORS.close()
    store.close()
    location.write_bytes(backup.read_bytes())  # put back: the state before the two articles
    store = Store(location)
    assert ready(store).version == store.data_version()
    assert len(builds) == 2
    same_as_pandas(store)
    columns.MIRRORS.close()
    store.close()
    for path in tmp_path.glob("s.sqlite3*"):
        path.unlink()
    store = fill_edited(Store(location))  # another store, at the same path
    fill_store(store, 3, seed=71)  # past the kept mirror's version
    ready(store)
    assert len(builds) == 3
    same_as_pandas(store)
    columns.MIRRORS.close()
    store.close()


def test_a_mirror_another_process_holds_gives_this_one_its_own(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows_path: None) -> None:
    """DuckDB lets one process write a file: a second dashboard on the same store builds a
    private mirror in a temporary folder, removed when it closes."""
    store = fill_edited(Store(tmp_path / "s.sqlite3"))
    monkeypatch.setattr(columns, "_reopen", lambda path, db: (None, True))
    mirror = ready(store)
    assert mirror.path.parent.name.startswith("stancemap-columns-")
    same_as_pandas(store)
    folder = mirror.path.parent
    columns.MIRRORS.close()
    assert not folder.exists()
    store.close()


def test_a_failed_build_leaves_the_store_answering(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
        ) -> None:
    store = Store(tmp_path / "s.sqlite3")
    fill_store(store, 2, seed=3)
    monkeypatch.setattr(columns, "build_in_child", _fails)
    started = columns.MIRRORS.start(store.db)
    assert started is not None
    started.join(timeout=60)
    with open_db(store.db) as conn:
        assert columns.MIRRORS.find(conn) is None
    assert "column mirror of" in caplog.text and "not built" in caplog.text
    store.close()


def _fails(db: object, path: Path) -> int:
    raise RuntimeError("building the column mirror failed: no room")


@pytest.mark.parametrize(("setting", "articles", "want"), [
    ("", 3, False), ("auto", 3, False), ("on", 3, True), ("off", 3, False), ("ON ", 3, True),
    ("sometimes", 3, False), ("", 12, True), ("off", 12, False)])
def test_wanted_by_setting_and_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    setting: str, articles: int, want: bool) -> None:
    monkeypatch.setattr(columns, "MIN_ARTICLES", 10)
    monkeypatch.setenv(columns.COLUMNS_ENV, setting)
    store = Store(tmp_path / "s.sqlite3")
    fill_store(store, articles, seed=2)
    assert columns.wanted(store.db) is want
    store.close()


def test_the_child_build_takes_the_store_from_the_environment_not_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A PostgreSQL URL's password would show in the process list."""
    seen: dict[str, object] = {}

    def run(args: list[str], **options: object) -> object:
        seen.update(args=args, env=options["env"])
        return dataclasses.make_dataclass("Done", ["returncode", "stdout", "stderr"])(0, "7\n", "")

    monkeypatch.setattr(columns.subprocess, "run", run)
    db = dataclasses.make_dataclass("Db", ["location"])("postgresql://u:secret@h/db")
    assert columns.build_in_child(db, tmp_path / "m.duckdb") == 7  # type: ignore[arg-type]
    assert not any("secret" in a for a in seen["args"])  # type: ignore[union-attr]
    assert seen["env"][columns.DB_ENV] == "postgresql://u:secret@h/db"  # type: ignore[index]


@pytest.mark.parametrize("filters", [
    Filters(sentiment=(-0.5, 0.5), stance=(-0.5, 1.0), search="over"),
    Filters(sentiment=(-0.5, 0.5), stance=(-0.5, 1.0), articles=(2, 5, 7))],
    ids=["search", "chosen articles"])
def test_a_search_and_chosen_articles_read_the_store(
        tmp_path: Path, rows_path: None, filters: Filters,
        mirror_of: Callable[[Store], columns.ColumnMirror]) -> None:
    """The mirror holds no text, and scans where the store reads chosen articles by key."""
    store = fill_edited(Store(tmp_path / "s.sqlite3"))
    mirror = mirror_of(store)
    world = World(store, store.stances_frame(), store.paragraphs_frame(), store.articles_frame())
    check_every_aggregation(world, filters)
    assert mirror.answered == 0
    store.close()


@pytest.mark.parametrize(("setting", "started"), [("on", True), ("off", False)])
def test_the_dashboards_store_starts_its_mirror_when_wanted(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, setting: str, started: bool) -> None:
    from dashboard import data

    location = tmp_path / "s.sqlite3"
    fill_store(Store(location), 2, seed=4)
    monkeypatch.setenv(columns.COLUMNS_ENV, setting)
    monkeypatch.setenv(DB_ENV, str(location))
    calls: list[str] = []
    monkeypatch.setattr(columns.MIRRORS, "start", lambda db: calls.append(db.location))
    data._store_at.clear()
    try:
        store = data.get_store()
        assert calls == ([store.db.location] if started else [])
    finally:
        data._store_at.clear()


def test_a_build_whose_dashboard_stopped_stops_and_leaves_no_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``python -m store.columns`` asks between chunks whether its parent is still there."""
    location = tmp_path / "s.sqlite3"
    fill_store(Store(location), 2, seed=8)
    monkeypatch.setenv(DB_ENV, str(location))
    parents = iter([100])  # the dashboard at the start; then init: the dashboard is gone
    monkeypatch.setattr(columns.os, "getppid", lambda: next(parents, 1))
    monkeypatch.setattr(columns.os, "nice", lambda increment: 0)  # not this test process
    out = tmp_path / "mirror.duckdb"
    assert columns.main([str(out)]) == 1
    assert not out.exists()
    parents = iter([100] * 1000)  # the dashboard stays
    assert columns.main([str(out)]) == 0
    mirror, store = columns.ColumnMirror(out, threads=1), Store(location)
    assert mirror.version == store.data_version()
    mirror.close()
    store.close()


def test_half_built_files_of_processes_gone_are_removed(tmp_path: Path) -> None:
    """A build killed mid-way leaves its ``.part`` file; the next build in that folder removes
    it, but not one a running process is still writing."""
    path = tmp_path / "abc.duckdb"
    dead = tmp_path / "abc.999999999.part"
    alive = tmp_path / f"abc.{os.getpid()}.part"
    other = tmp_path / "xyz.999999999.part"
    for file in (dead, alive, other):
        file.write_bytes(b"half")
    columns._forget_parts(path)
    assert not dead.exists() and alive.exists() and other.exists()
