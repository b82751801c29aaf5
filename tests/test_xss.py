"""Untrusted input: known XSS payloads in every field an editor or a source controls execute nowhere.

One project carries each payload of `data/xss_payloads.txt` in every frontmatter field, the body, a
.txt and an .html source and the actor and outlet registries. The built site is scanned for markup
that could run (event-handler attributes, script URLs, scripts carrying a payload, frames), the
search index and feed are scanned the same way, and every page is opened in headless Chromium,
listening for dialogs and script errors, including the results of a search for the payloads.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

import lxml.etree
import pytest
import yaml
from browser import chromium, start_server  # noqa: F401
from conftest import ROOT, build_project, make_project, read_json
from icalendar import Calendar
from playwright.sync_api import Dialog, Route

PAYLOADS = [
    line for line in (ROOT / "tests" / "data" / "xss_payloads.txt").read_text(encoding="utf-8").splitlines() if line.strip()
]
URL_ATTRIBUTES = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "data",
    "background",
    "poster",
    "lowsrc",
    "dynsrc",
    "codebase",
}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:text/html")
FORBIDDEN_TAGS = {"iframe", "frame", "frameset", "object", "embed", "applet", "base", "isindex", "keygen"}
SCRIPT_TYPES = {"", "text/javascript", "module", "application/javascript"}
QUERIES = ("alert", "script", "onerror", "javascript", "svg")
TABS = 4


def body_text(p: str, n: int) -> str:
    return (
        f"{p}\n\nQatar and NATO officials met in Doha on {n % 28 + 1} January 2018 to discuss {p} with the alliance.\n\n"
        f"The talks about {p} will continue in Brussels in 2019, Sheikh {p} said in statement {n}.\n"
    )


def payload_sources() -> dict[str, str | bytes]:
    sources: dict[str, str | bytes] = {}
    for n, p in enumerate(PAYLOADS):
        fields = {
            "title": p,
            "summary": p,
            "published": f"2019-02-{n % 28 + 1:02d}",
            "publisher": p,
            "author": p,
            "language": "zz-Latn" if n % 3 == 0 else "en",  # validated (a payload is refused); an unknown code is not
            "url": f"{p}//{n}",  # still the payload; two differing only in case are one address (a duplicate)
            "actors": ["qatar"],  # an id no registry lists is an error: the file would yield no page
            "tags": [p, "xss"],
            "reliability": {"source": "C", "credibility": 3, "notes": [p], "reviewed_by": p},
            "body_format": "markdown" if n % 2 else "text",
        }
        sources[f"md-{n:02d}.md"] = "---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n" + body_text(p, n)
    for n, p in enumerate(PAYLOADS[:4]):  # everything inferred: title, byline and date lines are the payload
        sources[f"txt-{n}.txt"] = f"{p}\nBy {p}\nPublished: {p}\n{body_text(p, 100 + n)}"  # not a copy of md-{n}
    for n, p in enumerate(PAYLOADS[:2]):
        e = html.escape(p)
        sources[f"page-{n}.html"] = (
            f'<html><head><title>{e} (saved)</title><meta name="author" content="{e}">'
            f'<meta property="og:site_name" content="{e}"><meta property="og:url" content="{e}"></head>'
            f"<body><article><h1>{e} (saved)</h1>"
            + "".join(f"<p>{html.escape(line)}</p>" for line in body_text(p, 200 + n).split("\n\n"))
            + f"<p>{p} raw markup in the saved page, and more words to make a paragraph of it.</p></article></body></html>"
        )
    return sources


def registry_entries() -> tuple[str, str]:
    kinds = ("person", "organisation", "state", "place")
    actors = [
        {
            "id": f"xss-{n}",
            "name": p,
            "kind": kinds[n % 4],
            "aliases": {"en": [p, f"Xss Actor {n}"]},
            **({"roles": [{"title": p, "organisation": p, "from": "2018-01", "aliases": {"en": [p]}}]} if n % 4 == 0 else {}),
        }
        for n, p in enumerate(PAYLOADS)
    ]
    outlets = [
        {
            "id": f"xss-outlet-{n}",
            "name": p,
            "aliases": [p],
            "domains": [f"xss{n}.example"],
            "ownership": p,
            "affiliation": "state-affiliated",
            "state": "qatar",
        }
        for n, p in enumerate(PAYLOADS[:12])
    ]
    dump = lambda entries: "\n".join("  " + line for line in yaml.safe_dump(entries, allow_unicode=True).splitlines()) + "\n"  # noqa: E731
    return dump(actors), dump(outlets)


@pytest.fixture(scope="module")
def xss_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("xss")
    root = make_project(tmp, payload_sources())
    actors, outlets = registry_entries()
    with (root / "registry" / "actors.yaml").open("a", encoding="utf-8") as out:
        out.write(actors)
    with (root / "registry" / "outlets.yaml").open("a", encoding="utf-8") as out:
        out.write(outlets)
    return build_project(root, tmp / "site", strict=False)


# Runs in Chromium on a string of HTML: DOMParser parses it as the browser would (no script runs) and
# the walk reports markup that could run script. Python's HTML parsers disagree with browsers on
# cases such as <title> and <noscript>, which is exactly where payloads hide.
DANGERS_JS = (ROOT / "tests" / "data" / "xss_dangers.js").read_text(encoding="utf-8")


def site_files(site: Path, *patterns: str) -> list[Path]:
    return sorted(p for pattern in patterns for p in site.rglob(pattern))


def test_the_payload_list_is_long_enough() -> None:
    assert len(PAYLOADS) >= 50


def test_every_payload_reached_the_site(xss_site: Path) -> None:
    """The payloads are data the site keeps, not inputs that were dropped on the way."""
    records = read_json(xss_site, "api/briefings.json")
    titles = {r["title"] for r in records}  # type: ignore[union-attr]
    assert {p.strip() for p in PAYLOADS} <= titles
    assert len(records) >= len(PAYLOADS) + 4 + 2  # type: ignore[arg-type]


def test_exports_and_feeds_are_well_formed(xss_site: Path) -> None:
    """A payload that broke out of a JSON string or an XML text node would break the file."""
    for path in site_files(xss_site, "*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for path in site_files(xss_site, "*.xml"):
        lxml.etree.parse(str(path))
    for path in site_files(xss_site, "*.ics"):
        Calendar.from_ical(path.read_bytes())


def html_carried_in_feeds(site: Path) -> list[tuple[str, str]]:
    """(file, HTML) for feed fields that readers render as HTML."""
    found = []
    for path in site_files(site, "*.xml"):
        for el in lxml.etree.parse(str(path)).iter("description", "{*}encoded", "{*}content", "{*}summary"):
            if el.text and "<" in el.text:
                found.append((path.name, el.text))
    return found


@pytest.mark.browser
def test_scanner_finds_a_payload_that_got_through(chromium) -> None:  # noqa: F811
    """The scan must be able to fail: the raw payloads, unescaped, are caught."""
    page = chromium.new_page()
    try:
        flagged = [p for p in PAYLOADS if page.evaluate(DANGERS_JS, p)]
        assert len(flagged) >= 40, set(PAYLOADS) - set(flagged)
        assert page.evaluate(DANGERS_JS, "<title></title><script>alert(1)</script></title>")  # the <title> escape
        assert page.evaluate(DANGERS_JS, '<meta name="author" content=""><img src=x onerror=alert(1)>">')
    finally:
        page.close()


@pytest.mark.browser
def test_no_markup_from_any_field_can_run(xss_site: Path, seed_site: Path, chromium) -> None:  # noqa: F811
    page = chromium.new_page()
    try:
        assert {p.name: page.evaluate(DANGERS_JS, p.read_text(encoding="utf-8")) for p in site_files(seed_site, "*.html")} == {
            p.name: [] for p in site_files(seed_site, "*.html")
        }, "the scan flags the theme's own markup"
        report = {}
        for path in site_files(xss_site, "*.html"):
            found = page.evaluate(DANGERS_JS, path.read_text(encoding="utf-8"))
            if found:
                report[path.relative_to(xss_site).as_posix()] = found
        index = read_json(xss_site, "search/search_index.json")
        for doc in index["docs"]:  # type: ignore[index]
            for key in ("title", "text"):  # Material puts both into the results as HTML
                found = page.evaluate(DANGERS_JS, doc.get(key) or "")
                if found:
                    report[f"search index: {doc['location']} {key}"] = found
        for name, fragment in html_carried_in_feeds(xss_site):
            found = page.evaluate(DANGERS_JS, fragment)
            if found:
                report[f"feed {name}"] = found
    finally:
        page.close()
    assert report == {}


@pytest.mark.browser
def test_nothing_executes_in_chromium(xss_site: Path, chromium) -> None:  # noqa: F811
    server, base = start_server(xss_site)
    context = chromium.new_context()
    index = read_json(xss_site, "search/search_index.json")
    empty_index = json.dumps({**index, "docs": []})  # type: ignore[dict-item]
    searching = False

    def route(route: Route) -> None:
        """Offline: nothing leaves the local server. Until the search below, each page gets an empty
        search index: the real one (over a megabyte) would be parsed again on every page of the crawl."""
        url = route.request.url
        if not url.startswith(base):
            route.abort()
        elif url.endswith("search_index.json") and not searching:
            route.fulfill(body=empty_index, content_type="application/json")
        else:
            route.continue_()

    def on_dialog(dialog: Dialog) -> None:
        dialogs.append(f"{dialog.page.url if dialog.page else '?'}: {dialog.type} {dialog.message}")
        dialog.dismiss()

    context.route("**/*", route)
    dialogs: list[str] = []
    errors: list[str] = []
    tabs = [context.new_page() for _ in range(TABS)]
    for tab in tabs:
        tab.on("dialog", on_dialog)
        tab.on("pageerror", lambda exc, tab=tab: errors.append(f"{tab.url}: {exc}"))
    targets = [p.relative_to(xss_site).as_posix() for p in site_files(xss_site, "*.html", "*.json", "*.xml")]
    targets.remove("search/search_index.json")  # scanned above and exercised by the search below
    try:
        for start in range(0, len(targets), TABS):  # a few tabs load at once: the crawl takes a third of the time
            batch = list(zip(tabs, targets[start : start + TABS], strict=False))
            for tab, target in batch:
                tab.goto(base + target, wait_until="commit")
            for tab, _ in batch:
                tab.wait_for_load_state("load")
        searching = True
        page = tabs[0]
        page.goto(base)
        for query in QUERIES:
            page.fill("input.md-search__input", query)
            page.wait_for_selector(".md-search-result__item", timeout=10_000)
            assert page.evaluate(DANGERS_JS, page.inner_html(".md-search-result")) == [], query
        page.wait_for_timeout(300)  # handlers such as ontoggle and onfocus fire after load
    finally:
        context.close()
        server.shutdown()
    assert dialogs == []
    assert errors == []
