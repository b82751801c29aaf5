"""The chronology's timeline and filters, and an actor page, in a real browser (Debian Chromium)."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser import chromium, serve  # noqa: F401
from conftest import read_json

pytestmark = pytest.mark.browser


def test_timeline_marks_are_points_or_ranges_and_a_mark_scrolls_to_its_entry(chromium, serve) -> None:  # noqa: F811
    page = chromium.new_page(viewport={"width": 1280, "height": 800})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(serve + "chronology/")
    marks = page.locator(".tl-mark")
    assert marks.count() >= 5
    # An exact date is a point, a month or a year a range over its period: never the widest mark for the vaguest date.
    kinds = page.eval_on_selector_all(".tl-mark", "ms => ms.map(m => [m.dataset.date, m.classList.contains('tl-point')])")
    assert all(point == (len(date) == 10) for date, point in kinds)
    year = page.locator('.tl-range[data-date$="-"]')
    assert year.count() == 0
    for box in (m.bounding_box() for m in marks.all()):  # touch targets
        assert box and box["width"] >= 24 and box["height"] >= 24
    last = marks.last  # the latest entry: far down the page, below the fold
    href = last.get_attribute("href") or ""
    target = "#" + href.partition("#")[2]
    assert target.startswith("#entry-")
    assert page.locator(f'article[id="{target[1:]}"]').bounding_box()["y"] > 800
    last.click()
    page.wait_for_function(f"location.hash === {target!r}")
    top = f"document.getElementById({target[1:]!r}).getBoundingClientRect().top"
    page.wait_for_function(f"{top} >= 0 && {top} < 600")  # scrolled to, below the sticky header
    assert errors == []
    page.close()


def test_keyboard_reaches_timeline_marks_and_shows_their_labels(chromium, serve) -> None:  # noqa: F811
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    page.goto(serve + "chronology/")
    for _ in range(200):  # Tab from the top until a mark has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('tl-mark')"):
            break
    else:
        pytest.fail("Tab never reached a timeline mark")
    dates = page.eval_on_selector_all(".tl-mark", "ms => ms.map(m => m.dataset.date)")
    seen = []
    for _ in range(3):
        focused = page.evaluate("document.activeElement.dataset.date")
        seen.append(focused)
        label = page.locator(".tl-mark:focus .tl-label")
        assert label.is_visible() and focused[:4] in label.inner_text()  # the label is the link's own text
        assert page.evaluate("document.activeElement.textContent") == label.inner_text()
        box = label.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= 390  # readable on the phone's screen
        page.keyboard.press("ArrowRight")
    assert seen == dates[:3]
    page.keyboard.press("End")
    assert page.evaluate("document.activeElement.dataset.date") == dates[-1]
    # Zoom: the strip grows inside its box (the page does not), and "Whole period" brings it back.
    width = "document.querySelector('.tl-strip').getBoundingClientRect().width"
    before = page.evaluate(width)
    page.click(".tl-controls button[data-zoom=in]")
    page.click(".tl-controls button[data-zoom=in]")
    assert abs(page.evaluate(width) - 4 * before) < 2
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    scroller = page.locator(".tl-scroll").bounding_box()
    left = "document.querySelector('.tl-scroll').scrollLeft"
    start = page.evaluate(left)
    page.mouse.move(scroller["x"] + 200, scroller["y"] + 20)  # the label band: no mark under the pointer
    page.mouse.down()
    page.mouse.move(scroller["x"] + 100, scroller["y"] + 20, steps=5)
    page.mouse.up()
    assert abs(page.evaluate(left) - start - 100) < 3  # dragged 100 px to the left: the strip pans right
    page.click(".tl-controls button[data-zoom=reset]")
    assert abs(page.evaluate(width) - before) < 2
    page.locator(".tl-mark").last.focus()
    page.keyboard.press("ArrowLeft")
    assert page.evaluate("document.activeElement.dataset.date") == dates[-2]
    page.close()


def test_filters_change_what_the_chronology_shows(chromium, serve, seed_site: Path) -> None:  # noqa: F811
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(serve + "chronology/")
    entries = page.locator(".chronology .entry")
    total = entries.count()
    visible = page.locator(".chronology .entry:visible")
    assert visible.count() == total and page.locator("form[data-filters]").is_visible()
    arabic = next(b for b in read_json(seed_site, "api/briefings.json") if b["language"] == "ar")
    page.select_option("form[data-filters] select[name=source]", arabic["id"])
    shown = visible.count()
    assert 0 < shown < total
    assert all(arabic["id"] in (e.get_attribute("data-source") or "").split() for e in visible.all())
    assert page.inner_text("[data-filter-box] summary output") == f"{shown} of {total} entries shown"
    marks = page.locator(".tl-mark:visible")
    assert 0 < marks.count() <= shown  # the timeline follows the filter
    page.select_option("form[data-filters] select[name=source]", "")
    page.select_option("form[data-filters] select[name=agreement]", "corroborated")
    assert all(e.get_attribute("data-agreement") == "corroborated" for e in visible.all()) and visible.count() >= 1
    page.select_option("form[data-filters] select[name=agreement]", "")
    page.fill("form[data-filters] input[name=from]", "2018-01-01")
    page.fill("form[data-filters] input[name=to]", "2018-12-31")
    dates = [e.get_attribute("data-date") or "" for e in visible.all()]
    assert dates and all(d.startswith("2018") for d in dates)
    assert page.locator("h2:visible", has_text="2015").count() == 0  # empty years lose their heading
    page.click("form[data-filters] button[type=reset]")
    page.wait_for_function(f"document.querySelectorAll('.chronology .entry:not([hidden])').length === {total}")
    basis = page.eval_on_selector_all("form[data-filters] select[name=basis] option", "os => os.map(o => o.value)")
    assert "stated" in basis
    page.close()


def test_without_javascript_the_chronology_is_the_whole_list(chromium, serve) -> None:  # noqa: F811
    context = chromium.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(serve + "chronology/")
    assert not page.locator("[data-filter-box]").is_visible() and not page.locator(".tl-controls").is_visible()
    assert page.locator(".chronology .entry:visible").count() == page.locator(".chronology .entry").count() > 5
    assert page.locator(".tl-mark:visible").count() >= 5
    context.close()


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


def test_on_a_phone_the_filters_are_folded_under_their_count(chromium, serve) -> None:  # noqa: F811
    page = chromium.new_page(viewport={"width": 390, "height": 844})
    page.goto(serve + "chronology/")
    box = page.locator("[data-filter-box]")
    assert box.is_visible() and box.get_attribute("open") is None and not page.locator("form[data-filters]").is_visible()
    total = page.locator(".chronology .entry").count()
    assert page.inner_text("[data-filter-box] summary output") == f"{total} entries"
    page.click("[data-filter-box] summary")
    assert page.locator("form[data-filters] select[name=actor]").is_visible()
    page.close()
