"""The chronology's timeline and an actor page in a real browser (Debian Chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import chromium, serve  # noqa: F401
from conftest import read_json

pytestmark = pytest.mark.browser


def test_timeline_renders_and_a_mark_scrolls_to_its_entry(chromium, serve) -> None:  # noqa: F811
    page = chromium.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(serve + "chronology/")
    svg = page.locator("svg.timeline-svg").first
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 20
    marks = page.locator(".timeline-picture > a.mark")  # HTML links laid over the SVG's marks
    assert marks.count() >= 5
    last = marks.last  # the latest entry: far down the page, below the fold
    href = last.get_attribute("href") or ""  # Material's instant loading makes hrefs absolute
    target = "#" + href.partition("#")[2]
    assert href.split("#")[0].endswith("/chronology/") and target.startswith("#entry-")
    entry = page.locator(f'article[id="{target[1:]}"]')
    assert entry.bounding_box()["y"] > 800
    last.click()
    page.wait_for_function(f"location.hash === {target!r}")
    top = f"document.getElementById({target[1:]!r}).getBoundingClientRect().top"
    page.wait_for_function(f"{top} >= 0 && {top} < 600")  # scrolled to, below the sticky header
    assert errors == []
    page.close()


def test_an_actor_page_lists_its_briefings(chromium, serve, seed_site: Path) -> None:  # noqa: F811
    actors = {a["id"]: a for a in read_json(seed_site, "api/actors.json")}
    briefings = {b["id"]: b for b in read_json(seed_site, "api/briefings.json")}
    nato = actors["nato"]
    page = chromium.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(serve + "actors/")
    assert page.locator("svg.network-svg circle").count() == page.locator(".network-picture > a.node").count() > 10
    page.locator("ul.actor-index a", has_text="NATO").first.click()
    page.wait_for_selector("ul.actor-briefings")
    assert page.locator("h1").first.inner_text() == nato["name"]
    titles = page.locator("ul.actor-briefings > li > a:first-child").all_inner_texts()
    assert sorted(titles) == sorted(briefings[b]["title"] for b in nato["briefings"])
    page.locator("ul.actor-briefings > li > a:first-child").first.click()
    page.wait_for_selector(".source-text")
    assert "/briefings/" in page.url
    assert errors == []
    page.close()
