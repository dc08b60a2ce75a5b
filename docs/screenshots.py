"""Screenshots of every dashboard page, for the README: ``python docs/screenshots.py``.

Fills a fresh store (in a temporary folder) with the sample articles, starts the dashboard on it
the way the browser test does (``benchmarks.bench_dashboard.serve``), opens each page in Debian's
Chromium, headless, and saves ``docs/screenshots/<page>.png`` (and the Overview once more in the
dark theme). The PNGs are reduced to a 256-colour palette so the repository stays small; run the
script again after changing a page.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from typing import TYPE_CHECKING  # noqa: E402

from benchmarks.bench_dashboard import launch, serve, wait_for_charts, wait_idle  # noqa: E402

if TYPE_CHECKING:
    from playwright.sync_api import Page

OUT = ROOT / "docs" / "screenshots"

#: (file name, URL path, page heading, charts to wait for, an element the page ends with)
PAGES: tuple[tuple[str, str, str, int, str], ...] = (
    ("overview", "", "Overview", 2, '[data-testid="stDataFrame"]'),
    ("article", "article", "Article", 2, '[data-testid="stRadio"]'),
    ("upload", "upload", "Upload", 0, '[data-testid="stForm"]'),
    ("actors", "actors", "Actors", 0, '[data-testid="stForm"]'),
    ("corrections", "corrections", "Corrections", 0, '[data-testid="stDownloadButton"]'),
    ("about", "about", "About the numbers", 0, '[data-testid="stDataFrame"]'),
)
#: The sidebar is drawn when its last control is: wait for it too, not for its placeholders.
SIDEBAR_END = '[data-testid="stSidebar"] [data-testid="stNumberInput"]'


def wait_drawn(page: Page, ready: str, charts: int) -> None:
    """Wait until the page is drawn for good: its last element and the sidebar's are there,
    no element is left from an earlier run, and the charts have their marks."""
    wait_idle(page)
    page.locator(ready).first.wait_for()
    page.locator(SIDEBAR_END).last.wait_for()
    if charts:
        wait_for_charts(page, count=charts)
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')")
    page.wait_for_timeout(1000)  # let Vega finish its transitions


def small_png(raw: bytes, path: Path) -> int:
    """Save a screenshot as a palette PNG (a fraction of the size, no visible loss for a UI)."""
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(raw)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)

    from playwright.sync_api import sync_playwright

    from dashboard.seed import ensure_samples
    from store.core import Store

    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "screenshots.sqlite3"
        ensure_samples(Store(db))
        with serve(db, timeout=90) as url, sync_playwright() as playwright:
            browser = launch(playwright)
            try:
                shots = [(*page, "light") for page in PAGES]
                shots.append(("overview_dark", *PAGES[0][1:], "dark"))
                for name, path, heading, charts, ready, scheme in shots:
                    page = browser.new_page(viewport={"width": args.width,
                                                      "height": args.height},
                                            color_scheme=scheme)
                    page.set_default_timeout(120_000)
                    page.goto(f"{url}/{path}")
                    page.get_by_role("heading", name=heading, exact=True).wait_for()
                    wait_drawn(page, ready, charts)
                    size = small_png(page.screenshot(), args.out / f"{name}.png")
                    print(f"{name}.png: {size / 1024:.0f} KB")
                    page.close()
            finally:
                browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
