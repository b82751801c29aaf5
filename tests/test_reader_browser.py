"""The built site in headless Debian Chromium: search in English and Arabic, right-to-left text,
offline-safe pages without console errors, accessibility (axe-core) and print styles."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser import chromium, page_types, serve  # noqa: F401
from conftest import ROOT, read_json
from lxml import html as lxml_html

pytestmark = pytest.mark.browser
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
# Page types every build of the example must have; any other section is found and checked on top.
REQUIRED = {"home", "briefing (en)", "briefing (ar)", "briefings", "tags", "print"} | {
    "chronology",
    "actors",
    "actors entry",
    "reliability",
}


@pytest.fixture
def context(chromium) -> Iterator[object]:  # noqa: F811
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    yield context
    context.close()


def test_page_types_found(seed_site: Path) -> None:
    assert page_types(seed_site).keys() >= REQUIRED


PALETTES = {"light": "default", "dark": "slate"}  # prefers-color-scheme -> Material's scheme


@pytest.mark.parametrize("width", [1366, 390])
@pytest.mark.parametrize("palette", PALETTES)
def test_every_page_type_is_offline_safe_error_free_accessible_and_fits(
    seed_site: Path,
    serve: str,  # noqa: F811
    chromium,  # noqa: F811
    palette: str,
    width: int,
) -> None:
    """Every page type, in both palettes, on a desktop and a phone: no console error, nothing fetched from
    another host, no serious or critical axe-core violation, and no page wider than the window."""
    problems: dict[str, list[str]] = {}
    axe = Axe()
    context = chromium.new_context(viewport={"width": width, "height": 900}, color_scheme=palette)
    for kind, url in page_types(seed_site).items():
        found: list[str] = []
        page = context.new_page()
        page.on("console", lambda msg, found=found: found.append(f"console: {msg.text}") if msg.type == "error" else None)
        page.on("pageerror", lambda exc, found=found: found.append(f"page error: {exc}"))
        page.on("requestfailed", lambda req, found=found: found.append(f"failed: {req.url} {req.failure}"))
        page.on(
            "request",
            lambda req, found=found: (
                found.append(f"third-party request: {req.url}")
                if urlsplit(req.url).hostname not in LOCAL_HOSTS and urlsplit(req.url).scheme in ("http", "https")
                else None
            ),
        )
        page.goto(serve + url, wait_until="networkidle")
        assert page.get_attribute("body", "data-md-color-scheme") == PALETTES[palette]
        if (wide := page.evaluate("document.documentElement.scrollWidth")) > width:
            found.append(f"{wide} px wide in a {width} px window")
        # The print view repeats every briefing's markup: its first briefing stands for the others (axe on
        # all of them takes longer than the rest of the site together).
        scope = {"exclude": [[".print-briefing ~ .print-briefing"]]} if kind == "print" else None
        for violation in axe.run(page, context=scope).response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                targets = [node["target"] for node in violation["nodes"]][:3]
                found.append(f"axe {violation['impact']}: {violation['id']} ({violation['help']}) at {targets}")
        page.close()
        if found:
            problems[f"{kind} ({url or '/'})"] = found
    context.close()
    assert problems == {}, "\n".join(f"{kind}: {found}" for kind, found in problems.items())


def search(context, base: str, query: str) -> list[str]:
    """Type `query` into Material's search box and return the titles of the results."""
    page = context.new_page()
    page.goto(base)
    page.keyboard.press("/")  # Material's shortcut to the search box
    page.keyboard.type(query)
    # Playwright enters letters missing from its US layout (Arabic) as text without key events; a real
    # keyboard sends a keyup for every letter, and Material searches on keyup: send one.
    page.keyboard.press("End")
    page.wait_for_function(  # the line above the results says how many there are once the search ran
        "() => !/^(Type to start searching|Initializing search)?$/"
        ".test(document.querySelector('.md-search-result__meta').innerText.trim())"
    )
    items, shown = page.locator(".md-search-result__item"), -1
    while shown != items.count():  # Material renders results in batches as the list scrolls
        shown = items.count()
        page.locator(".md-search__scrollwrap").evaluate("e => e.scrollTo(0, e.scrollHeight)")
        page.wait_for_timeout(150)
    titles = page.locator(".md-search-result__item > a article h1").all_inner_texts()
    page.close()
    return [t.strip() for t in titles]


def arabic_briefing(site: Path) -> dict:
    return next(b for b in read_json(site, "api/briefings.json") if b["language"] == "ar")  # type: ignore[union-attr]


@pytest.mark.parametrize("query", ["الأطلسي", "أطلسي", "الدوحة", "دوحة", "(الناتو)", "ناتو"])
def test_arabic_word_with_or_without_the_article_finds_the_arabic_briefing(
    seed_site: Path,
    serve: str,  # noqa: F811
    context,
    query: str,
) -> None:
    assert arabic_briefing(seed_site)["title"] in search(context, serve, query)


def test_english_actor_name_finds_every_briefing_naming_the_actor(seed_site: Path, serve: str, context) -> None:  # noqa: F811
    briefings = {b["id"]: b for b in read_json(seed_site, "api/briefings.json")}  # type: ignore[union-attr]
    arabic = arabic_briefing(seed_site)["id"]
    # Actors the Arabic briefing shares with English ones: their English name must find all of them.
    shared = [a for a in read_json(seed_site, "api/actors.json") if arabic in a["briefings"] and len(a["briefings"]) > 1]  # type: ignore[union-attr]
    assert shared
    for actor in shared[:3]:
        titles = search(context, serve, actor["name"])
        missing = [briefings[b]["title"] for b in actor["briefings"] if briefings[b]["title"] not in titles]
        assert missing == [], actor["name"]
        assert actor["name"] in titles  # the actor's own page


def test_search_finds_a_word_only_the_reliability_notes_use(seed_site: Path, serve: str, context) -> None:  # noqa: F811
    """A note's code (e.g. "anachronism") that no source contains finds every briefing carrying that note."""
    carrying: dict[str, set[str]] = {}
    for b in read_json(seed_site, "api/briefings.json"):  # type: ignore[union-attr]
        doc = lxml_html.fromstring((seed_site / b["path"] / "index.html").read_text(encoding="utf-8"))
        for code in doc.xpath('//ul[contains(@class, "reliability-notes")]/li/@data-code'):
            carrying.setdefault(code, set()).add(b["title"])
    sources = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "sources").iterdir()).lower()
    words = sorted(code for code in carrying if code.isalpha() and code not in sources)
    assert words, f"no note code is a word absent from the sources: {sorted(carrying)}"
    for word in words[:2]:
        assert carrying[word] <= set(search(context, serve, word)), word


def test_arabic_text_runs_right_to_left_inside_left_to_right_chrome(seed_site: Path, serve: str, context) -> None:  # noqa: F811
    english = next(b for b in read_json(seed_site, "api/briefings.json") if b["language"] == "en")  # type: ignore[union-attr]
    page = context.new_page()
    page.goto(serve + english["path"])
    assert page.eval_on_selector(".source-text", "e => getComputedStyle(e).direction") == "ltr"
    page.goto(serve + arabic_briefing(seed_site)["path"])
    text = page.locator(".source-text")
    assert (text.get_attribute("lang"), text.get_attribute("dir")) == ("ar", "rtl")
    assert page.eval_on_selector(".source-text", "e => getComputedStyle(e).direction") == "rtl"
    assert page.eval_on_selector(".source-text", "e => getComputedStyle(e).fontFamily").startswith('"Noto Naskh Arabic"')
    assert page.eval_on_selector("h1", "e => getComputedStyle(e).direction") == "rtl"
    for chrome in ("html", ".md-header", ".md-sidebar--primary", ".briefing-meta"):
        assert page.eval_on_selector(chrome, "e => getComputedStyle(e).direction") == "ltr", chrome
    # A Latin acronym inside an Arabic sentence: "... (MOD) ويناقش ..." must read right to left around it,
    # the opening bracket (logically first) on the right of MOD and the next Arabic word on its left.
    boxes = page.evaluate(
        """() => {
        const walker = document.createTreeWalker(document.querySelector('.source-text'), NodeFilter.SHOW_TEXT);
        for (let node; (node = walker.nextNode());) {
            const at = node.data.indexOf('(MOD) ويناقش');
            if (at < 0) continue;
            const box = (start, end) => { const r = document.createRange(); r.setStart(node, at + start);
                r.setEnd(node, at + end); return r.getBoundingClientRect().toJSON(); };
            return {open: box(0, 1), latin: box(1, 4), next: box(6, 12)};
        }
        return null;
    }"""
    )
    assert boxes is not None
    assert boxes["open"]["left"] >= boxes["latin"]["right"] - 1
    assert boxes["next"]["right"] <= boxes["latin"]["left"] + 1
    page.close()


def test_print_hides_chrome_keeps_metadata_and_shows_link_addresses(seed_site: Path, serve: str, context) -> None:  # noqa: F811
    page = context.new_page()
    page.emulate_media(media="print")
    page.goto(serve + arabic_briefing(seed_site)["path"])
    for chrome in (".md-header", ".md-sidebar--primary", ".md-footer", ".md-search", ".md-content__button"):
        assert page.eval_on_selector(chrome, "e => getComputedStyle(e).display") == "none", chrome
    for kept in (".briefing-meta", ".source-text", ".briefing-summary"):
        assert page.eval_on_selector(kept, "e => getComputedStyle(e).display") != "none", kept
    for box in page.locator(".admonition").all():  # the reliability box, where the build writes one
        assert box.evaluate("e => getComputedStyle(e).display") != "none"
    # Any page with a link to another site: on paper the link's address follows its text.
    url, href = next(_external_link(seed_site))
    page.goto(serve + url)
    after = page.eval_on_selector(f'.md-content a[href="{href}"]', "e => getComputedStyle(e, '::after').content")
    assert href in after
    page.close()


def _external_link(site: Path) -> Iterator[tuple[str, str]]:
    for path in sorted(site.rglob("index.html")):
        doc = lxml_html.fromstring(path.read_text(encoding="utf-8"))
        for href in doc.xpath('//article//a[starts-with(@href, "http") and not(contains(@class, "md-content__button"))]/@href'):
            yield path.parent.relative_to(site).as_posix() + "/", href


# Text nodes with Arabic letters, shown on the page, whose font is smaller than 15 px (code samples aside).
SMALL_ARABIC = """() => {
    const found = [];
    const walker = document.createTreeWalker(document.querySelector('.md-content'), NodeFilter.SHOW_TEXT);
    for (let node; (node = walker.nextNode());) {
        const element = node.parentElement;
        if (!/[\\u0600-\\u06FF]/.test(node.data) || element.closest('code, [hidden], details:not([open]), .tl-label')) continue;
        const size = parseFloat(getComputedStyle(element).fontSize);
        if (size < 15) found.push(`${size}px: ${node.data.trim().slice(0, 40)}`);
    }
    return found;
}"""


def test_arabic_text_is_never_smaller_than_15_px(seed_site: Path, serve: str, context) -> None:  # noqa: F811
    page = context.new_page()
    small = {}
    for kind, url in page_types(seed_site).items():
        if kind == "print":  # the briefing pages' own markup, checked there
            continue
        page.goto(serve + url)
        if found := page.evaluate(SMALL_ARABIC):
            small[kind] = found[:3]
    assert small == {}
    page.close()


def test_arabic_events_table_is_in_date_order_with_english_labels_isolated(seed_site: Path, serve: str, context) -> None:  # noqa: F811
    page = context.new_page()
    arabic = arabic_briefing(seed_site)
    page.goto(serve + arabic["path"])
    rows = page.eval_on_selector_all("table.events tbody tr", "rows => rows.map(r => r.id)")
    events = {e["id"]: e["date"] for e in read_json(seed_site, "api/events.json") if e["briefing"] == arabic["id"]}  # type: ignore[union-attr]
    shown = [events[row.removeprefix("row-")] for row in rows]
    placed = [d for d in shown if d and d[:1].isdigit()]
    assert placed == sorted(placed) and shown[: len(placed)] == placed  # dated first, oldest first
    # "2 sources · in the chronology" inside a right-to-left cell keeps its English order: isolated, left to right.
    link = page.locator("td .chronology-link").first
    assert link.evaluate("e => e.closest('td').matches(':dir(rtl)')")
    assert link.evaluate("e => getComputedStyle(e.parentElement).direction") == "ltr"
    assert link.evaluate("e => ['isolate', 'isolate-override'].includes(getComputedStyle(e.parentElement).unicodeBidi)")
    page.close()


def test_key_facts_are_on_a_phones_first_screen_and_the_lede_is_clamped(seed_site: Path, serve: str, chromium) -> None:  # noqa: F811
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    for b in read_json(seed_site, "api/briefings.json"):  # type: ignore[union-attr]
        page.goto(serve + b["path"])
        bottom = page.eval_on_selector(".key-facts", "e => e.getBoundingClientRect().bottom")
        assert bottom < 844, b["id"]  # date, outlet, author, language, grade, credibility, events: seen at once
        assert page.locator(".md-tags > a.md-tag").count() <= 7  # six chips and "+N"
        lede = page.locator(".briefing-summary .lede")
        if lede.count():
            height = "e => Math.round(e.getBoundingClientRect().height / parseFloat(getComputedStyle(e).lineHeight))"
            lines = lede.evaluate(height)
            assert lines <= 4, b["id"]
    context.close()
