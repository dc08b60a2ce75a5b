"""How fast the dashboard answers, measured in a real browser against a real server.

    .venv/bin/python -m benchmarks.bench_dashboard [--articles 2000] [--db PATH_OR_URL]
        [--actor-tail] [--json]

``--db`` measures a given store (a SQLite path or a ``postgresql://`` URL) instead of a temporary
SQLite file: it is filled with synthetic articles up to ``--articles`` through the bulk path
(``Store.add_many``, COPY on PostgreSQL), or used as it is when it has that many already, and the
upload is measured on it alone.

Reports, each with its target (and the floor: the same steps on a one-chart Streamlit app with
no store, ``floor_``, what this machine and browser cost any Streamlit page):

* server start to first chart: ``python -m dashboard`` launched -> the first Vega chart is drawn in
  Chromium (Playwright, Debian's /usr/bin/chromium); also the same for an already-running server
  (a second browser session), which is what a user opening the page normally sees;
* filter change to re-render: an actor picked in the sidebar -> the page's run has ended and the
  actor comparison chart has been redrawn with the picked actors only (``--filter-changes N``
  picks, one added at a time; median and worst); and the web process's peak resident memory
  after it;
* stance, sentiment and position slider changes to the end of their run: each of the
  sidebar's ranges narrowed and widened
  by keyboard, five ranges (median and worst);
* the position slider moved with the sentiment range narrowed first, and the sentiment slider
  with the stance range narrowed first: two ranges at once, which no summary in the store
  counts for by day (on a store big enough for a column mirror, ``store.columns``, the
  mirror is built before the measures, as a server that has run once keeps it: its seconds are
  ``columns_build_s``);
* upload to charts of a 1,000-word article, with 10 and with 2,000 stored articles: the file set
  in the uploader -> the "added" message, then -> the Overview's charts drawn with its actors.

The helpers (``serve``, ``launch``, ``wait_for_charts``) are also used by ``tests/test_e2e.py``.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Locator, Page, Playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run")
TARGETS = {"first_chart_s": 3.0, "open_warm_s": 1.5, "filter_change_s": 0.5,
           "filter_change_worst_s": 1.0, "added_to_chart_s": 3.0, "server_peak_rss_mb": 1536}
CHART = '[data-testid="stVegaLiteChart"] svg.marks'
ACTOR_MULTISELECT = 2  # sidebar multiselects: article, outlet, actor


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_healthy(url: str, *, timeout: float = 60.0, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with code {proc.returncode} before it was up")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.read().strip() == b"ok":
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise TimeoutError(f"{url} was not healthy after {timeout:.0f} s")


@contextmanager
def serve(db: str | Path, *, port: int | None = None, timeout: float = 60.0,
          pids: list[int] | None = None, script: Path | None = None) -> Iterator[str]:
    """Run the dashboard (``python -m dashboard``) on ``db``; yield its URL; stop it afterwards.

    ``pids``, when given, gets the server's process id (to read its memory while it runs).
    ``script``, when given, is run instead with ``streamlit run`` (the floor app).
    """
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**os.environ, "STANCEMAP_DB": str(db), "PYTHONPATH": str(ROOT)}
    app = ["-m", "dashboard"] if script is None else ["-m", "streamlit", "run", str(script)]
    cmd = [sys.executable, *app, "--server.port", str(port),
           "--server.address", "127.0.0.1", "--server.headless", "true",
           "--browser.gatherUsageStats", "false"]
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        if pids is not None:
            pids.append(proc.pid)
        try:
            wait_healthy(url, timeout=timeout, proc=proc)
            yield url
        except BaseException:
            log.seek(0)
            sys.stderr.write(log.read().decode("utf-8", "replace")[-4000:])
            raise
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def launch(playwright: Playwright) -> Browser:
    """Debian's Chromium, headless; never a downloaded browser."""
    if not CHROMIUM.exists():
        raise FileNotFoundError(
            f"{CHROMIUM} is missing: install Debian's chromium (`make browser`, or "
            "`apt-get install -y chromium`); the browser test and benchmark need it"
        )
    return playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True,
                                      args=list(CHROMIUM_ARGS))


def wait_for_charts(page: Page, *, count: int = 1, timeout_ms: float = 60_000) -> None:
    """Wait until ``count`` Vega charts have drawn their marks."""
    page.wait_for_function(
        "n => document.querySelectorAll('[data-testid=\"stVegaLiteChart\"] svg.marks').length >= n",
        arg=count, timeout=timeout_ms)


def chart_text(page: Page) -> str:
    """All the text Vega drew in the page's charts (axis labels, titles): it renders SVG."""
    return page.evaluate(
        "Array.from(document.querySelectorAll('[data-testid=\"stVegaLiteChart\"] svg text'))"
        ".map(t => t.textContent).join('\\n')")


#: The app's script-run state, as Streamlit's frontend shows it on its root element (its own
#: browser tests wait on it): "running" while a run is under way, "notRunning" once it ended.
NOT_RUNNING = "document.querySelector('[data-testid=\"stApp\"]')?.dataset.testScriptState"


def wait_idle(page: Page, *, timeout_ms: float = 60_000) -> None:
    """Wait until Streamlit has finished its script run: no status widget, and the app's
    script-run state says so (the status widget shows only once a run has taken a while)."""
    page.wait_for_function(
        "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"
        f" && {NOT_RUNNING} === 'notRunning'", timeout=timeout_ms)


def wait_for_actors(page: Page, shown: list[str], hidden: list[str], *,
                    timeout_ms: float = 60_000) -> None:
    """Wait until the page's run has ended and its first chart (the Overview's actor
    comparison) names every actor of ``shown`` and none of ``hidden``."""
    page.wait_for_function(
        "([shown, hidden]) => {"
        f" if ({NOT_RUNNING} !== 'notRunning') return false;"
        " const chart = document.querySelector('[data-testid=\"stVegaLiteChart\"]');"
        " if (!chart) return false;"
        " const texts = new Set(Array.from(chart.querySelectorAll('svg text'))"
        "   .map(t => t.textContent));"
        " return shown.every(a => texts.has(a)) && !hidden.some(a => texts.has(a)); }",
        arg=[shown, hidden], timeout=timeout_ms)


def wait_added(page: Page, name: str, *, timeout_ms: float = 120_000) -> None:
    """Wait for the Upload page's success message about file ``name``."""
    page.get_by_test_id("stAlertContentSuccess").filter(has_text=name).wait_for(
        timeout=timeout_ms)


def type_in_multiselect(page: Page, nth: int, option: str) -> Locator:
    """Type ``option`` into the ``nth`` sidebar multiselect; return the option to click."""
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").nth(nth)
    box.locator("input").click()
    box.locator("input").fill(option)
    choice = page.get_by_role("option", name=option, exact=True)
    choice.wait_for()
    return choice


def article_words(n_words: int) -> str:
    """A ~``n_words`` article about invented actors, built at run time."""
    sentences = [
        "Veldora praised Karesh for the generous harbour agreement signed on Monday.",
        "Officials in Karesh welcomed the support and called the accord a model.",
        "Critics accused Veldora of hiding the costs of the deal from parliament.",
        "The Harbour Union condemned the secret clauses and threatened a strike.",
        "Ilse Odum said the port would reopen within weeks if the talks held.",
    ]
    words: list[str] = []
    paragraphs: list[str] = []
    i = 0
    while len(words) < n_words:
        paragraph = " ".join(sentences[(i + k) % len(sentences)] for k in range(3))
        paragraphs.append(paragraph)
        words += paragraph.split()
        i += 1
    return "Harbour accord between Veldora and Karesh\n\n" + "\n\n".join(paragraphs) + "\n"


# --- measurements ------------------------------------------------------------------------------


def measure_first_chart(db: str | Path, playwright: Playwright, *, script: Path | None = None,
                        pick: list[str] | None = None) -> dict[str, float]:
    """Server launched -> first chart drawn; the browser is started beforehand (not counted).
    Then a second session's open; and with ``pick`` (names offered by the first sidebar
    multiselect, as the floor app's), its first name picked -> the chart showing it alone."""
    browser = launch(playwright)
    try:
        page = browser.new_page()
        start = time.perf_counter()
        with serve(db, script=script) as url:
            healthy = time.perf_counter() - start
            page.goto(url)
            wait_for_charts(page)
            cold = time.perf_counter() - start
            # a second session on the running server: what a user opening the page sees
            page2 = browser.new_page()
            t0 = time.perf_counter()
            page2.goto(url)
            wait_for_charts(page2)
            times = {"server_healthy_s": healthy, "start_to_first_chart_s": cold,
                     "open_to_first_chart_warm_s": time.perf_counter() - t0}
            if pick:
                wait_idle(page2)
                choice = type_in_multiselect(page2, 0, pick[0])
                t0 = time.perf_counter()
                choice.click()
                wait_for_actors(page2, pick[:1], pick[1:])
                times["filter_change_s"] = time.perf_counter() - t0
    finally:
        browser.close()
    return times


#: The floor: the least any Streamlit page with one Altair chart and a sidebar multiselect
#: costs on this machine and browser (no store, no data), to read the dashboard's figures by.
FLOOR_APP = """
import altair as alt
import pandas as pd
import streamlit as st

names = {names!r}
picked = st.sidebar.multiselect("Actors", names) or names
frame = pd.DataFrame({{"actor": picked, "n": range(1, len(picked) + 1)}})
st.altair_chart(alt.Chart(frame).mark_bar().encode(y="actor", x="n"))
"""


def measure_floor(playwright: Playwright, *, names: list[str]) -> dict[str, float]:
    """The floor app's server start, first chart, warm open, and a pick to its chart redrawn."""
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "floor.py"
        script.write_text(FLOOR_APP.format(names=names), encoding="utf-8")
        return measure_first_chart(Path(tmp) / "unused.sqlite3", playwright, script=script,
                                   pick=names)


@contextmanager
def overview_page(db: str | Path, playwright: Playwright, *,
                  pids: list[int] | None = None) -> Iterator[Page]:
    """A browser page on a new server for ``db`` (``serve``), its Overview drawn and its run
    ended; the browser is closed and the server stopped afterwards."""
    with serve(db, pids=pids) as url:
        browser = launch(playwright)
        try:
            page = browser.new_page()
            page.goto(url)
            wait_for_charts(page, count=1)
            wait_idle(page)
            yield page
        finally:
            browser.close()


def measure_filter_change(db: str | Path, playwright: Playwright, *,
                          actors: list[str], others: list[str]) -> dict[str, float]:
    """Pick ``actors`` one after the other in the sidebar (each added to the last ones); time
    each from the click to the end of its run with the actor chart drawn with the picked actors
    (none of ``others``); and the web process's peak resident memory by then (the workers are
    processes of their own)."""
    from benchmarks.bench_ingest import peak_rss_mb

    pids: list[int] = []
    with overview_page(db, playwright, pids=pids) as page:
        times = []
        for number, actor in enumerate(actors, start=1):
            choice = type_in_multiselect(page, ACTOR_MULTISELECT, actor)
            t0 = time.perf_counter()  # from the click that changes the filter
            choice.click()
            # the run for this pick has ended and the chart shows the picked actors only:
            # not any redraw (one left over from the previous pick's run ends it too soon)
            wait_for_actors(page, actors[:number], [*others, *actors[number:]])
            times.append(time.perf_counter() - t0)
            page.keyboard.press("Escape")
        peak_mb = peak_rss_mb(pids[0])
    # each pick's time too: one actor takes other queries than several
    return {"filter_change_s": sorted(times)[len(times) // 2], "filter_change_worst_s": max(times),
            **{f"filter_change_{number}_s": t for number, t in enumerate(times, start=1)},
            "server_peak_rss_mb": peak_mb}


#: A range slider's moves (thumb, key): five ranges, each new to the server's caches.
SLIDER_MOVES = (("high", "PageDown"), ("high", "PageDown"), ("low", "PageUp"), ("low", "PageUp"),
                ("high", "PageDown"))
#: The sidebar's range sliders (``dashboard.state.RANGE_LABELS``), in their order on the page.
SLIDERS = ("position", "sentiment", "stance")
#: Counts the page's script runs that start from now on (a run may end before it is seen):
#: one observer for the page, its count set back to 0 each time.
COUNT_RUNS = (
    "() => { window.__runs = 0; if (window.__runObserver) return;"
    " const app = document.querySelector('[data-testid=\"stApp\"]');"
    " window.__runObserver = new MutationObserver(() => {"
    " if (app.dataset.testScriptState === 'running') window.__runs += 1; });"
    " window.__runObserver.observe(app,"
    " {attributes: true, attributeFilter: ['data-test-script-state']}); }")


def range_slider(page: Page, slider: str) -> Locator:
    """The sidebar's range slider for ``slider`` (one of ``SLIDERS``), found by its label: by
    its place among the sliders, a key press once went to the next one while the page was new,
    and the benchmark timed two ranges at once (10-20 s, off the summaries) as one."""
    from dashboard.state import RANGE_LABELS

    return page.get_by_test_id("stSidebar").get_by_test_id("stSlider").filter(
        has=page.get_by_test_id("stWidgetLabel").get_by_text(RANGE_LABELS[slider], exact=True))


def slider_values(page: Page) -> dict[str, tuple[float, float]]:
    """Each range slider's two values as the page shows them, once both its thumbs are there
    (read before a slider was drawn, its values were none, and the slider counted as moved)."""
    values = {}
    for name in SLIDERS:
        thumbs = range_slider(page, name).get_by_role("slider")  # each an <input type="range">
        thumbs.nth(1).wait_for()
        values[name] = tuple(float(thumb.input_value()) for thumb in thumbs.all())
    return values


def measure_slider_change(db: str | Path, playwright: Playwright, *, slider: str = "stance",
                          narrowed: str | None = None) -> dict[str, float]:
    """Move one of the sidebar's range sliders (``SLIDERS``) by keyboard (a tenth of its scale
    a key press), five times; time each from the key press to the end of the page's run it
    started. With ``narrowed``, that slider's lower end is moved up a step first (not timed):
    two ranges at once, which no summary counts for. Fails when another slider moved: that
    would time another filter."""
    with overview_page(db, playwright) as page:
        before = slider_values(page)
        if narrowed is not None:
            range_slider(page, narrowed).get_by_role("slider").nth(0).focus()
            page.evaluate(COUNT_RUNS)
            page.keyboard.press("PageUp")
            page.wait_for_function(f"window.__runs > 0 && {NOT_RUNNING} === 'notRunning'",
                                   timeout=120_000)
            wait_idle(page)
        handles = range_slider(page, slider).get_by_role("slider")
        thumbs = {"low": handles.nth(0), "high": handles.nth(1)}
        times = []
        for thumb, key in SLIDER_MOVES:
            thumbs[thumb].focus()
            page.evaluate(COUNT_RUNS)
            t0 = time.perf_counter()
            page.keyboard.press(key)
            page.wait_for_function(f"window.__runs > 0 && {NOT_RUNNING} === 'notRunning'",
                                   timeout=120_000)
            wait_idle(page)
            times.append(time.perf_counter() - t0)
        after = slider_values(page)
    moved = sorted(name for name in SLIDERS if after[name] != before[name])
    if moved != sorted({slider, narrowed or slider}):
        raise RuntimeError(f"moving the {slider} slider moved {moved or 'none'}: "
                           f"{before} -> {after}")
    name = slider if narrowed is None else f"{slider}_with_{narrowed}"
    return {f"{name}_change_s": sorted(times)[len(times) // 2],
            f"{name}_change_worst_s": max(times)}


def prepare_mirror(db: str | Path) -> dict[str, float]:
    """Build the store's column mirror (``store.columns``) where a dashboard would keep one, as
    a server that has run once has it; its seconds (0 where the store wants none). Each measure
    starts a server of its own, which then reopens it rather than building it in the
    background while it is measured."""
    from store import columns
    from store.core import Store

    store = Store(db)
    try:
        if not columns.wanted(store.db):
            return {"columns_build_s": 0.0}
        t0 = time.perf_counter()
        started = columns.MIRRORS.start(store.db)
        if started is not None:
            started.join()
        built = time.perf_counter() - t0
        columns.MIRRORS.close()
    finally:
        store.close()
    return {"columns_build_s": built}


def measure_upload(db: str | Path, playwright: Playwright, *,
                   n_words: int = 1000) -> dict[str, float]:
    text = article_words(n_words)
    with serve(db) as url:
        browser = launch(playwright)
        try:
            page = browser.new_page()
            # warm the models first, as a running server would be: one throwaway upload
            results = []
            for round_ in range(2):
                body = text.replace("Monday", f"Monday (round {round_} {time.time_ns()})")
                page.goto(f"{url}/upload")
                page.wait_for_selector('[data-testid="stFileUploaderDropzoneInput"]',
                                       state="attached")
                wait_idle(page)
                t0 = time.perf_counter()
                page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', files=[{
                    "name": f"harbour_{round_}.txt", "mimeType": "text/plain",
                    "buffer": body.encode()}])
                wait_added(page, f"harbour_{round_}.txt", timeout_ms=120_000)
                added = time.perf_counter() - t0
                page.get_by_test_id("stSidebarNavLink").filter(has_text="Overview").click()
                wait_for_charts(page)
                wait_idle(page)
                results.append((added, time.perf_counter() - t0))
        finally:
            browser.close()
    added, charted = results[-1]
    # the target counts from the job's end ("added") to the charts drawn with it
    return {"upload_to_added_s": added, "upload_to_chart_s": charted,
            "added_to_chart_s": charted - added, "first_upload_cold_s": results[0][1]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_dashboard")
    parser.add_argument("--articles", type=int, default=2000, help="articles in the big store")
    parser.add_argument("--db", help="the store to measure: a SQLite path or a postgresql:// "
                        "URL (default: temporary SQLite files)")
    parser.add_argument("--actor-tail", action="store_true",
                        help="fill the big store with a long tail of actors beside the core cast"
                        " (benchmarks.synthetic: ~10^5 actors at 10^5 articles, as real news)")
    parser.add_argument("--filter-changes", type=int, default=5, metavar="N",
                        help="actors picked one after the other (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from benchmarks.synthetic import ACTORS, fill_up_to
    from store import reads
    from store.core import Store

    report: dict[str, float | int | str] = {"articles": args.articles}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        small = Path(tmp) / "small.sqlite3"
        big: str | Path = args.db or Path(tmp) / "big.sqlite3"
        store = Store(big)
        report["db"] = store.db.dialect.name
        t0 = time.perf_counter()
        report["articles"] = fill_up_to(store, args.articles, tail=args.actor_tail)
        report["actors"] = reads.shown_actor_count(store.db)
        report["fill_s"] = time.perf_counter() - t0
        store.close()
        steps = [
            ("floor_", lambda: measure_floor(playwright, names=[a.name for a in ACTORS[:6]])),
            ("big_", lambda: prepare_mirror(big)),
            ("big_", lambda: measure_first_chart(big, playwright)),
            ("big_", lambda: measure_filter_change(
                big, playwright, actors=[a.name for a in ACTORS[:args.filter_changes]],
                others=[a.name for a in ACTORS[args.filter_changes:]])),
            *[("big_", lambda slider=slider: measure_slider_change(big, playwright,
                                                                  slider=slider))
              for slider in SLIDERS[::-1]],
            ("big_", lambda: measure_slider_change(big, playwright, slider="position",
                                                   narrowed="sentiment")),
            ("big_", lambda: measure_slider_change(big, playwright, slider="sentiment",
                                                   narrowed="stance")),
            ("big_", lambda: measure_upload(big, playwright)),
        ]
        if args.db is None:
            fill_up_to(Store(small), 10)
            steps.insert(2, ("small_", lambda: measure_upload(small, playwright)))
        for prefix, step in steps:
            for key, value in step().items():
                report[prefix + key] = value
                if not args.json:
                    print(f"{prefix + key:36s} {value:8.2f}", flush=True)
        if not args.json:
            print(f"{report['db']}: {report['articles']} articles, {report['actors']} actors,"
                  " filled in "
                  f"{report['fill_s']:.1f} s")
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print("targets:", ", ".join(f"{k} <= {v} {'MB' if k.endswith('_mb') else 's'}"
                                for k, v in TARGETS.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
