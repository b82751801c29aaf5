"""Screenshots of every page type for the README: build the site, serve it on 127.0.0.1 and shoot it
with Debian's Chromium through Playwright. Run by `make screenshots`; writes docs/assets/screenshots/.

Page types are found in the build (tests/browser.py: page_types), so new sections get a picture too.
"""

from __future__ import annotations

import re
import sys
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "assets" / "screenshots"
sys.path.insert(0, str(ROOT / "tests"))  # the browser helpers are shared with the browser tests

from browser import CHROMIUM, CHROMIUM_ARGS, page_types, start_server  # noqa: E402

VIEWPORT = {"width": 1280, "height": 860}
PHONE = {"width": 390, "height": 844}
PHONE_PAGES = ("home", "briefing (ar)", "chronology", "reliability", "actors entry")  # the pages most changed by width
ARABIC_QUERY = "ناتو"  # without the article: still finds "الناتو"


def name(kind: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", kind.lower()).strip("-")


def shoot(page: Page, path: Path) -> None:
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(path))
    print(f"  {path.relative_to(ROOT)}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(load_config(str(ROOT / "mkdocs.yml"), site_dir=str(site), strict=True))
        server, base = start_server(site)
        types = page_types(site)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page(viewport=VIEWPORT)
            for kind, url in types.items():
                page.goto(base + url)
                shoot(page, OUT / f"{name(kind)}.png")
            arabic = types["briefing (ar)"]
            page.goto(base + arabic)
            page.evaluate("document.querySelector('.source-text').scrollIntoView({block: 'start'}); scrollBy(0, -80)")
            shoot(page, OUT / "briefing-ar-text.png")
            page.goto(base)
            page.keyboard.press("/")
            page.keyboard.type(ARABIC_QUERY)
            page.keyboard.press("End")  # Material searches on keyup; typed Arabic sends none in Playwright
            page.wait_for_selector(".md-search-result__item")
            shoot(page, OUT / "search-arabic.png")
            page.emulate_media(media="print")
            page.goto(base + types["briefing (en)"])
            shoot(page, OUT / "briefing-print.png")
            # A fresh context: Material remembers the palette of earlier visits in localStorage.
            dark = browser.new_context(viewport=VIEWPORT, color_scheme="dark").new_page()
            dark.goto(base + arabic)
            shoot(dark, OUT / "briefing-ar-dark.png")
            dark.goto(base + types["reliability"])
            shoot(dark, OUT / "reliability-dark.png")
            phone = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
            for kind in PHONE_PAGES:
                phone.goto(base + types[kind])
                shoot(phone, OUT / f"phone-{name(kind)}.png")
            # The chronology filtered by a source, and a timeline mark with the keyboard focus and its label.
            page.emulate_media(media="screen")
            page.goto(base + types["chronology"])
            page.select_option("form[data-filters] select[name=agreement]", "single-source")
            page.locator(".tl-mark:visible").nth(2).focus()
            page.evaluate("document.querySelector('form[data-filters]').scrollIntoView(); scrollBy(0, -70)")
            shoot(page, OUT / "chronology-filtered.png")
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
