"""The dashboard in a real browser: Playwright drives Debian's Chromium against the real server
(``python -m dashboard``, which is ``streamlit run dashboard/app.py`` with a warm-up).

One server (with its own temporary store) serves the whole module. The test uploads an article
with page junk, finds its actors in the actor comparison chart (Vega draws SVG, so the axis labels
are text in the page), picks an actor and reads its paragraphs, clicks another actor's bar and
reads that one's; then uploads an article full of
markup and checks that none of it ran and all of it is shown as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page

from benchmarks.bench_dashboard import (
    CHROMIUM,
    chart_text,
    launch,
    serve,
    wait_added,
    wait_for_charts,
    wait_idle,
)
from tests.texts import HARBOUR_ARTICLE

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

CHART = '[data-testid="stVegaLiteChart"]'
UPLOAD_INPUT = '[data-testid="stFileUploaderDropzoneInput"]'

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=2">'
XSS_ARTICLE = f"""Quarrel over the lighthouse

Canada condemned Norway over the lighthouse dispute {XSS_SCRIPT} on Friday.

Norway rejected the claim {XSS_IMG} and blamed Canada for the delay.
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: the browser test needs Debian's chromium "
                    "(`make browser` or `apt-get install -y chromium`)", pytrace=False)
    db = tmp_path_factory.mktemp("e2e") / "e2e.sqlite3"
    with serve(Path(db), timeout=90) as url:
        yield url


@pytest.fixture(scope="module")
def page(server: str) -> Iterator[Page]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            page = browser.new_page()
            page.set_default_timeout(120_000)
            yield page
        finally:
            browser.close()


def upload_file(page: Page, server: str, name: str, text: str) -> None:
    page.goto(f"{server}/upload")
    page.wait_for_selector(UPLOAD_INPUT, state="attached")
    wait_idle(page)
    page.set_input_files(UPLOAD_INPUT, files=[
        {"name": name, "mimeType": "text/plain", "buffer": text.encode("utf-8")}])
    wait_added(page, name)


def go_to(page: Page, title: str) -> None:
    page.get_by_test_id("stSidebarNavLink").filter(has_text=title).click()
    page.get_by_role("heading", name=title, exact=True).wait_for()
    wait_idle(page)


def choose(page: Page, label: str, option: str | re.Pattern[str]) -> None:
    """Pick ``option`` in the main-area selectbox labelled ``label``."""
    box = page.get_by_test_id("stSelectbox").filter(has_text=label).first
    box.click()
    page.get_by_role("option", name=option, exact=True).first.click()
    wait_idle(page)


def test_upload_then_see_the_actor_and_its_paragraphs(page: Page, server: str) -> None:
    upload_file(page, server, "harbour.txt", HARBOUR_ARTICLE)
    go_to(page, "Overview")
    wait_for_charts(page)
    drawn = chart_text(page)
    assert {"Norway", "Canada"} <= set(drawn.splitlines()), drawn  # axis labels, one per line
    choose(page, "Show the paragraphs about", "Norway")
    page.get_by_text("paragraphs about Norway").wait_for()
    body = page.get_by_test_id("stHtml").all_inner_texts()
    assert any("Critics accused Norway of hiding the costs" in t for t in body), body
    # the page junk was cleaned away before analysis
    assert not any("Oops!" in t for t in body)
    # a click on a bar of the actor comparison shows that actor's paragraphs instead
    bar = page.locator(f'{CHART} path[aria-roledescription="bar"][aria-label*="actor: Canada;"]')
    bar.first.click()
    page.get_by_text("paragraphs about Canada").wait_for()
    body = page.get_by_test_id("stHtml").all_inner_texts()
    assert any("Officials in Canada welcomed the support" in t for t in body), body


def test_uploaded_markup_runs_nothing_and_shows_as_text(page: Page, server: str) -> None:
    upload_file(page, server, "lighthouse.txt", XSS_ARTICLE)
    go_to(page, "Article")
    choose(page, "Article", re.compile(r"^Quarrel over the lighthouse"))
    page.get_by_text(XSS_SCRIPT, exact=False).first.wait_for()
    assert page.get_by_text(XSS_IMG, exact=False).count() >= 1
    assert page.evaluate("typeof window.__xss") == "undefined"
    # no element from the article made it into the page as markup
    assert page.locator('img[src="x"]').count() == 0
