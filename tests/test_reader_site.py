"""What the built site gives readers beyond the briefing pages: feed, tags, edit links, home page,
print view, search configuration, offline safety. Read from the real `mkdocs build --strict` output."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import feedparser
import pytest
import yaml
from conftest import ROOT, build_project, make_project, read_json
from lxml import html as lxml_html

CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
SITE_URL = CONFIG["site_url"]
REPO = CONFIG["repo_url"].rstrip("/")


def page(site: Path, url: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring((site / url / "index.html").read_text(encoding="utf-8"))


def briefings(site: Path) -> list[dict]:
    return read_json(site, "api/briefings.json")  # type: ignore[return-value]


def test_feed_is_valid_and_lists_every_briefing_newest_first(seed_site: Path) -> None:
    feed = feedparser.parse((seed_site / "feed.xml").read_bytes())
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert feed.feed.link == SITE_URL
    expected = briefings(seed_site)  # the site's own order: newest first, undated last by estimate
    assert [e.title for e in feed.entries] == [b["title"] for b in expected]
    assert [e.link for e in feed.entries] == [SITE_URL + b["path"] for b in expected]
    arabic = next(e for e in feed.entries if e.title == next(b["title"] for b in expected if b["language"] == "ar"))
    assert "Joe Biden" in [t.term for t in arabic.tags]  # actors travel as categories, in English


def test_every_page_announces_the_feed(seed_site: Path) -> None:
    for path in seed_site.rglob("index.html"):
        doc = lxml_html.fromstring(path.read_text(encoding="utf-8"))
        links = doc.xpath('//head/link[@rel="alternate"][@type="application/rss+xml"]')
        assert links, path
        target = urljoin(path.relative_to(seed_site).as_posix(), links[0].get("href"))
        assert (seed_site / target).is_file(), (path, target)


def test_feed_dates_order_and_escaping(tmp_path: Path) -> None:
    """Stated dates become pubDate and order the feed; markup in a source stays text, never HTML."""
    hostile = "<script>alert(1)</script> Qatar & <b>NATO</b>"
    sources = {
        "old.md": "---\ntitle: Older talks in Doha\npublished: 2019-03-04\nlanguage: en\n---\nQatar and NATO met in Doha.\n",
        "new.md": f"---\ntitle: '{hostile}'\npublished: 2021-05-06\nlanguage: en\n"
        "summary: '<img src=x onerror=alert(1)> ties & more'\n---\nQatar and NATO signed an agreement.\n",
    }
    site = build_project(make_project(tmp_path, sources), tmp_path / "site")
    raw = (site / "feed.xml").read_text(encoding="utf-8")
    assert "<script" not in raw and "<img" not in raw
    feed = feedparser.parse(raw)
    assert not feed.bozo
    assert [e.title for e in feed.entries] == [hostile, "Older talks in Doha"]
    assert [e.published_parsed[:3] for e in feed.entries] == [(2021, 5, 6), (2019, 3, 4)]
    summary = lxml_html.fragment_fromstring(feed.entries[0].summary, create_parent="div")
    assert [child.tag for child in summary] == []  # no element at all: the source's markup is text
    assert summary.text_content() == "<img src=x onerror=alert(1)> ties & more"


def test_edit_link_points_at_the_source_file(seed_site: Path) -> None:
    for b in briefings(seed_site):
        edit = page(seed_site, b["path"]).xpath('//a[@rel="edit"]/@href')
        assert edit == [f"{REPO}/edit/main/{b['source']}"]
        assert (ROOT / b["source"]).is_file()
    assert page(seed_site, "method/").xpath('//a[@rel="edit"]/@href') == [f"{REPO}/edit/main/docs/method.md"]


def test_briefings_are_tagged_with_their_actors_and_listed_on_the_tags_page(seed_site: Path) -> None:
    names = {a["id"]: a["name"] for a in read_json(seed_site, "api/actors.json")}  # type: ignore[union-attr]
    tags_page = page(seed_site, "tags/")
    capped = 0
    for b in briefings(seed_site):
        doc = page(seed_site, b["path"])
        chips = doc.xpath('//nav[contains(@class, "md-tags")]/a[not(contains(@class, "md-tag-more"))]/text()')
        shown = [t.strip() for t in chips]
        more = doc.xpath('//nav[contains(@class, "md-tags")]/a[contains(@class, "md-tag-more")]')
        everything = {names[a] for a in b["actors"]} | set(b.get("tags", []))
        if more:  # six chips, then "+N" to the page's full list of actors
            capped += 1
            assert len(shown) == 6 and more[0].text.strip() == f"+{len(everything) - 6}", b["id"]
            assert more[0].get("href") == "#briefing-actors"
            listed = doc.xpath('//dd[@id="briefing-actors"]/a/text()')
            assert {names[a] for a in b["actors"]} == set(listed), b["id"]
        else:
            assert {names[a] for a in b["actors"]} <= set(shown), b["id"]
    assert capped  # the Arabic source names 22 actors
    arabic = next(b for b in briefings(seed_site) if b["language"] == "ar")
    section = tags_page.xpath('//*[@id="tag:joe-biden"]/following-sibling::ul[1]//a/text()')
    assert [t.strip() for t in section] == [arabic["title"]]


def test_home_page_states_the_bottom_line_first(seed_site: Path) -> None:
    home = page(seed_site, "")
    content = home.xpath('//article[contains(@class, "md-content__inner")]')[0]
    sections = [h.text_content().strip("¶ ") for h in content.xpath(".//h2")]
    assert sections == [
        "Key judgments",
        "Latest events",
        "Dates in dispute, awaiting review",
        "Sources to read with most care",
        "Not yet graded",
    ]
    # The editors' file, sanitised Markdown: its first judgment is on the page, its HTML comment is not.
    judgments = content.xpath('.//div[@class="key-judgments"]')[0]
    first = (ROOT / "key-judgments.md").read_text(encoding="utf-8").split("**")[1]
    assert judgments.xpath(".//li[1]/strong")[0].text_content() == first
    assert "pull request" not in judgments.text_content()
    # No repetition of the navigation: no card grid, no list of the sections.
    assert not content.xpath('.//div[contains(@class, "cards")]') and not content.xpath('.//a[@href="tags/"]')
    latest = content.xpath('.//ul[@class="home-events"]')[0]
    dates = [d.text_content() for d in latest.xpath('./li/strong[@class="date"]')]
    assert dates and dates[0] == "18 December 2023"  # the latest event first
    for href in latest.xpath(".//a/@href"):  # each entry is on the chronology
        path, _, anchor = href.partition("#")
        assert page(seed_site, path).xpath(f'//*[@id="{anchor}"]'), href
    records = {b["path"]: b for b in briefings(seed_site)}
    careful = content.xpath('.//ul[@class="home-sources"]/li')
    suggested = [int(li.xpath('./span[contains(@class, "credibility-badge")]')[0].text_content()) for li in careful]
    assert suggested and suggested[0] == 4 and all(3 <= n <= 6 for n in suggested)  # never a confirmed source
    ungraded = content.xpath('.//ul[@class="home-not-graded"]/li/a')
    assert len(ungraded) == len(records)  # no seed is graded
    assert {a.get("href").removesuffix("#reliability") for a in ungraded} == set(records)


def test_home_page_key_judgments_are_optional_sanitised_and_checked(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    source = "---\ntitle: One source\npublished: 2018-02-01\n---\nQatar and NATO signed a security agreement in January 2018.\n"
    root = make_project(tmp_path, {"a.md": source})
    (root / "key-judgments.md").unlink()
    site = build_project(root, tmp_path / "site")
    assert "have not written key judgments yet" in page(site, "").text_content()
    (root / "key-judgments.md").write_text("- Judged <script>alert(1)</script> [here](javascript:alert(2))\n", encoding="utf-8")
    site = build_project(root, tmp_path / "site2")
    raw = (site / "index.html").read_text(encoding="utf-8")
    assert "Judged" in raw and "<script>alert(1)" not in raw and "javascript:" not in raw
    (root / "key-judgments.md").write_bytes(b"- caf\xe9\n")
    with pytest.raises(Exception, match="Aborted"):
        build_project(root, tmp_path / "site3")
    assert "key-judgments.md: error: not UTF-8 text (byte 5): save it as UTF-8" in caplog.text


def test_print_view_holds_every_briefing_once_with_working_links(seed_site: Path) -> None:
    view = page(seed_site, "print/")
    sections = view.xpath('//section[contains(@class, "print-briefing")]')
    assert [s.get("id") for s in sections] == [b["id"] for b in briefings(seed_site)]
    for section, b in zip(sections, briefings(seed_site), strict=True):
        assert section.xpath(".//h2")[0].text_content().strip() == b["title"]
        assert section.xpath('.//div[contains(@class, "source-text")]'), b["id"]
    ids = view.xpath("//@id")
    assert len(ids) == len(set(ids)), "duplicate ids on the print view"
    for href in view.xpath("//article//a/@href"):
        parts = urlsplit(href)
        if parts.scheme:
            continue
        if not parts.path:
            assert parts.fragment in ids, href
        else:
            assert (seed_site / "print" / parts.path / "index.html").resolve().is_file(), href
    index = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d for d in index["docs"] if d["location"].startswith("print/")], "the print view duplicates every result"


def test_print_stylesheet_and_search_languages_are_configured(seed_site: Path) -> None:
    home = (seed_site / "index.html").read_text(encoding="utf-8")
    assert 'href="assets/print.css"' in home
    css = (seed_site / "assets" / "print.css").read_text(encoding="utf-8")
    assert "@media print" in css and "attr(href)" in css
    config = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))["config"]
    assert config["lang"] == ["en"]  # one language: two would strip other scripts from the index (mkdocs.yml)
    separator = re.compile(config["separator"])  # Python reads this JavaScript pattern the same way
    assert [t for t in separator.split("(الناتو)، والكويت Trump’s") if t] == ["ناتو", "كويت", "Trump", "s"]


@pytest.mark.parametrize("pattern", ["*.html", "*.css"])
def test_nothing_loads_from_other_hosts(seed_site: Path, pattern: str) -> None:
    """Offline-safe: no page pulls a script, stylesheet, font or image from elsewhere (links are fine).
    The browser tests also watch the requests pages make at view time."""
    for path in seed_site.rglob(pattern):
        text = path.read_text(encoding="utf-8", errors="replace")
        if pattern == "*.html":
            loaded = lxml_html.fromstring(text).xpath(
                "//script/@src | //link[not(@rel='alternate' or @rel='canonical')]/@href | //img/@src | //iframe/@src"
            )
            assert not [u for u in loaded if urlsplit(u).netloc], path
        else:
            assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", text), path


def test_search_indexes_text_where_it_is_written_not_where_it_is_repeated(seed_site: Path) -> None:
    """Quotes in reliability notes, related titles and the tags page are copies: search finds the original."""
    docs = json.loads((seed_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d for d in docs if d["location"].startswith("tags/")]
    found = {d["location"]: d["text"] for d in docs}
    everything = list(briefings(seed_site))
    quoted = 0
    for b in everything:
        own_page = " ".join(text for location, text in found.items() if location.startswith(b["path"]))
        quotes = [q for n in b["reliability"]["notes"] for q in n["evidence"] if not q.startswith("registry/")]
        checks = found[b["path"]].partition("Checks made by the build")[2]  # the top section, after its lede
        for quote in quotes:
            assert quote[:80] not in checks, f"{b['id']}: the reliability note's quote is indexed"
        quoted += sum(quote[:80] in own_page for quote in quotes)  # in the source text (furniture is not indexed)
        shown = page(seed_site, b["path"]).xpath('//ul[contains(@class, "related-briefings")]//a/text()')
        others = [o["title"] for o in everything if o["id"] != b["id"] and o["title"] in shown]
        assert all(title not in own_page for title in others), f"{b['id']}: related titles are indexed on it"
        quoted += len(others)
    assert quoted > 10  # the seeds have both: the checks above checked something


ARABIC_GLOSSED = """---
title: قطر وحلف شمال الأطلسي يوقعان اتفاقية أمنية
language: ar
published: 2018-01-20
gloss:
  title: Qatar and NATO sign a security agreement
  events:
    e1: Qatar and NATO signed a security agreement in Doha.
---
وقعت قطر وحلف شمال الأطلسي اتفاقية أمنية في الدوحة في 16 يناير 2018.
"""


def test_an_editors_english_gloss_is_shown_beside_the_original(tmp_path: Path) -> None:
    site = build_project(make_project(tmp_path, {"ar.md": ARABIC_GLOSSED}), tmp_path / "site")
    (record,) = briefings(site)
    doc = page(site, record["path"])
    title = doc.xpath('//p[contains(@class, "gloss-title")]')[0]
    assert title.get("lang") == "en" and title.text_content().endswith("Qatar and NATO sign a security agreement")
    assert title.getprevious().tag == "h1" and "قطر" in title.getprevious().text_content()
    (row,) = doc.xpath("//table[contains(@class, 'events')]/tbody/tr")
    cell = row.xpath("./td[3]")[0]
    assert "وقعت قطر" in cell.text_content() and cell.xpath('.//*[@class="gloss"][@lang="en"]')
    assert "Qatar and NATO signed a security agreement in Doha." in cell.text_content()
    assert row.xpath('.//*[@class="event-number"]/text()') == ["e1"]
    chronology = page(site, "chronology")
    reports = chronology.xpath('//ul[@class="entry-reports"]')[0].text_content()
    assert "Qatar and NATO signed a security agreement in Doha." in reports


@pytest.mark.parametrize(
    ("gloss", "message"),
    [
        ("gloss:\n  headline: x\n", "field 'gloss': unknown key 'headline' (known: title, summary, events)"),
        ("gloss:\n  events:\n    3: x\n", "field 'gloss': event '3' is not an event number such as e1"),
        ("gloss:\n  events:\n    e9: x\n", "gloss for event 'e9': its events are e1 to e1"),
        ("gloss: a title\n", "field 'gloss' must be a mapping with title, summary, events, not str"),
    ],
)
def test_a_wrong_gloss_is_an_error_naming_the_file_and_line(tmp_path: Path, gloss: str, message: str) -> None:
    from briefing.pipeline import Project, build_site

    text = "وقعت قطر وحلف شمال الأطلسي اتفاقية أمنية في الدوحة في 16 يناير 2018."
    source = "---\ntitle: Glossed\nlanguage: ar\n" + gloss + "---\n" + text + "\n"
    site = build_site(Project(make_project(tmp_path, {"g.md": source})))
    errors = [str(p) for p in site.errors]
    assert any(e.startswith("sources/g.md:4: error: " + message) for e in errors), errors


def test_every_briefing_page_opens_with_its_key_facts(seed_site: Path) -> None:
    for b in briefings(seed_site):
        doc = page(seed_site, b["path"])
        (facts,) = doc.xpath('//p[@class="key-facts"]')
        heading = facts.getprevious()
        while heading.tag != "h1":  # only an editor's gloss may stand between the title and the facts
            assert "gloss" in heading.get("class", ""), b["id"]
            heading = heading.getprevious()
        date = facts.xpath('./span[contains(@class, "fact-date")]')[0]
        if b["published"]:
            assert date.xpath("./time/@datetime") == [b["published"]]
        else:  # an estimate is marked as one
            estimate = date.xpath('./span[@class="estimate"]')
            assert estimate and estimate[0].text_content().startswith("undated; estimated not before"), b["id"]
        text = facts.text_content()
        assert (b["publisher"] or "outlet not stated") in text
        assert (f"by {b['author']}" if b["author"] else "author not named") in text
        assert {"en": "English", "ar": "Arabic"}[b["language"]] in text
        grade = facts.xpath('./a[contains(@class, "grade-badge")]')[0]
        assert grade.text_content() == "Not yet graded" and "grade-none" in grade.get("class")
        credibility = facts.xpath('./a[contains(@class, "credibility-badge")]')[0]
        number = b["reliability"]["suggested_credibility"]
        assert credibility.text_content() == f"Suggested credibility {number}"
        assert f"credibility-{number}" in credibility.get("class")
        assert credibility.get("title") == b["reliability"]["suggested_reason"]  # why, in words
        count = len(b["events"])
        events = facts.xpath('./a[contains(@class, "fact-events")]')[0].text_content()
        assert events == f"{count} event{'s' if count != 1 else ''}"
        # Evidence quotes are folded under their note.
        assert all(d.get("open") is None for d in doc.xpath('//details[contains(@class, "evidence-quotes")]'))


def test_the_briefings_index_shows_the_estimates_it_promises(seed_site: Path) -> None:
    index = page(seed_site, "briefings")
    for b in briefings(seed_site):
        (item,) = [li for li in index.xpath('//ul[@class="briefing-list"]/li') if li.xpath("./a")[0].text == b["title"]]
        if not b["published"] and b["published_estimate"]:
            assert item.xpath('.//span[@class="estimate"]')[0].text_content().startswith("undated; estimated not before")
