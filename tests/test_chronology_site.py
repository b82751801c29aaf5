"""The chronology, actor pages and cross-links in the built example site (one `mkdocs build --strict`)."""

from __future__ import annotations

import datetime as dt
import json
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import jsonschema
import lxml.html
import pytest
from briefing import link
from conftest import ROOT, build_project, make_project, read_json
from icalendar import Calendar

SCHEMAS = ROOT / "hooks" / "briefing" / "schemas"


@cache
def page(site: Path, rel: str) -> lxml.html.HtmlElement:
    return lxml.html.fromstring((site / rel).read_bytes())


def event_id(site: Path, source: str, quote_start: str) -> str:
    events = read_json(site, "api/events.json")
    briefings = {b["id"]: b["source"] for b in read_json(site, "api/briefings.json")}
    (found,) = [e["id"] for e in events if briefings[e["briefing"]] == source and e["quote"].startswith(quote_start)]
    return found


def entry_of(site: Path, event: str) -> dict:
    (found,) = [e for e in read_json(site, "api/chronology.json") if event in e["events"]]
    return found


def test_chronology_json_matches_its_schema(seed_site: Path) -> None:
    schema = json.loads((SCHEMAS / "chronology.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(read_json(seed_site, "api/chronology.json"), schema)


def test_the_january_2018_agreement_is_one_entry_from_two_sources(seed_site: Path) -> None:
    english = event_id(seed_site, "sources/000_07f242bde5745d7c.txt", "In January 2018, Qatar and NATO")
    arabic = event_id(seed_site, "sources/002_b0a928a5e2f97daf.txt", "ووقعت اتفاقية أخرى")
    entry = entry_of(seed_site, english)
    assert arabic in entry["events"]
    assert entry["date"] == "2018-01" and entry["corroboration"] == 2 and entry["conflicts"] == []
    assert entry["sources"] == ["sources/000_07f242bde5745d7c.txt", "sources/002_b0a928a5e2f97daf.txt"]
    chronology = page(seed_site, "chronology/index.html")
    assert len(chronology.xpath(f'//*[@id="{entry["id"]}"]')) == 1
    (article,) = chronology.xpath(f'//article[@id="{entry["id"]}"]')
    assert "2 independent sources" in article.text_content()
    assert len(article.xpath('.//ul[@class="entry-reports"]/li')) == 2


def test_the_severing_of_ties_shows_its_inferred_year(seed_site: Path) -> None:
    event = event_id(seed_site, "sources/004_57f534bcb96b7756.txt", "On June 5, Saudi Arabia")
    entry = entry_of(seed_site, event)
    assert entry["date"] == "2017-06-05" and entry["basis"] == "inferred-year"
    (article,) = page(seed_site, "chronology/index.html").xpath(f'//article[@id="{entry["id"]}"]')
    (date,) = article.xpath('.//span[contains(@class, "entry-date")]')
    assert "basis-inferred-year" in date.get("class") and date.text_content() == "5 June 2017"
    assert article.xpath('.//span[contains(@class, "basis-badge")]')[0].text_content() == "year inferred"
    assert "single source" in article.text_content()


def test_year_only_events_are_shown_as_years(seed_site: Path) -> None:
    chronology = page(seed_site, "chronology/index.html")
    years = [e for e in read_json(seed_site, "api/chronology.json") if e["precision"] == "year"]
    assert years
    for entry in years:
        (time,) = chronology.xpath(f'//article[@id="{entry["id"]}"]//time')
        assert time.text_content() == entry["date"] == time.get("datetime")


def test_planned_and_unresolved_events_stand_apart(seed_site: Path) -> None:
    chronology = page(seed_site, "chronology/index.html")
    planned = [e for e in read_json(seed_site, "api/chronology.json") if e["planned"]]
    assert planned
    for entry in planned:
        assert chronology.xpath(f'//div[contains(@class, "planned-events")]/article[@id="{entry["id"]}"]')
    unresolved = [e for e in read_json(seed_site, "api/chronology.json") if e["date"] is None]
    assert len(chronology.xpath('//div[contains(@class, "undated-events")]/article')) == len(unresolved)
    entries = read_json(seed_site, "api/chronology.json")
    assert len(chronology.xpath("//article[contains(@class, 'entry')]")) == len(entries)
    assert sum(len(e["events"]) for e in entries) == len(read_json(seed_site, "api/events.json"))


def test_every_briefing_has_a_related_briefing_with_a_reason(seed_site: Path) -> None:
    for b in read_json(seed_site, "api/briefings.json"):
        html = page(seed_site, b["path"] + "index.html")
        items = html.xpath('//ul[@class="related-briefings"]/li')
        assert items, b["source"]
        for item in items:
            assert item.xpath(".//a/@href") and len(item.xpath('.//small[@class="related-reason"]')[0].text_content()) > 8


def test_related_reasons_name_the_shared_event(seed_site: Path) -> None:
    english = next(b for b in read_json(seed_site, "api/briefings.json") if b["source"] == "sources/000_07f242bde5745d7c.txt")
    html = page(seed_site, english["path"] + "index.html")
    reasons = [r.text_content() for r in html.xpath('//small[@class="related-reason"]')]
    assert reasons[0].startswith("Also reports the January 2018 NATO agreement")


def test_events_on_briefing_pages_link_to_their_entry(seed_site: Path) -> None:
    entries = read_json(seed_site, "api/chronology.json")
    entry_of_event = {ev: e for e in entries for ev in e["events"]}
    for b in read_json(seed_site, "api/briefings.json"):
        html = page(seed_site, b["path"] + "index.html")
        for event in b["events"]:
            (link,) = html.xpath(f'//tr[@id="row-{event}"]//a[@class="chronology-link"]/@href')
            assert link.endswith("chronology/#" + entry_of_event[event]["id"])


def test_every_named_actor_has_a_page_with_its_briefings(seed_site: Path) -> None:
    actors = read_json(seed_site, "api/actors.json")
    assert actors
    for actor in actors:
        html = page(seed_site, actor["path"] + "index.html")
        assert html.xpath("//h1")[0].text_content() == actor["name"]
        links = html.xpath('//ul[@class="actor-briefings"]/li/a[1]/@href')
        assert len(links) == len(actor["briefings"])
    index = page(seed_site, "actors/index.html")
    assert len(index.xpath('//ul[@class="actor-index"]/li')) == len(actors)
    drawn = len(index.xpath("//svg[@class='network-svg']//circle"))
    apart = index.xpath('//figure[contains(@class, "network")]//p[contains(., "Not drawn")]/a')
    assert drawn > 10 and drawn + len(apart) == sum(a["kind"] != "place" for a in actors)


def test_each_actor_page_has_its_one_hop_network_of_shared_events(seed_site: Path) -> None:
    entries = read_json(seed_site, "api/chronology.json")
    actors = {a["id"]: a for a in read_json(seed_site, "api/actors.json")}
    drawn = 0
    for actor in actors.values():
        html = page(seed_site, actor["path"] + "index.html")
        # Linked by a shared chronology entry, not merely by a source that names both.
        partners = {other for e in entries if actor["id"] in e["actors"] for other in e["actors"] if other in actors}
        nodes = html.xpath('//figure[contains(@class, "actor-network")]//a[contains(@class, "node")]/@href')
        if len(partners) < 2:
            assert not nodes, actor["id"]
            continue
        drawn += 1
        targets = {urljoin("/" + actor["path"], href).strip("/").split("/")[-1] for href in nodes}
        assert targets == partners, actor["id"]
        names = html.xpath('//figure[contains(@class, "actor-network")]//svg//text/text()')
        assert actor["name"] in names  # the centre is always labelled
    assert drawn >= 5


def test_the_calendar_is_valid_icalendar(seed_site: Path) -> None:
    calendar = Calendar.from_ical((seed_site / "chronology.ics").read_bytes())
    events = calendar.walk("VEVENT")
    entries = {e["id"]: e for e in read_json(seed_site, "api/chronology.json")}
    # a year-less date ("--09-09") cannot be placed in a calendar
    assert len(events) == sum(1 for e in entries.values() if e["date"] and not e["date"].startswith("--"))
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    for event in events:
        for required in ("UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"):
            assert required in event
        entry = entries[str(event["UID"]).split("@")[0]]
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date  # DATE values, not date-times
        assert start.isoformat().startswith(entry["date"]) or entry["precision"] != "day"
        if entry["precision"] == "year":
            assert (start, end) == (dt.date(int(entry["date"]), 1, 1), dt.date(int(entry["date"]) + 1, 1, 1))
    assert (seed_site / "chronology.ics").read_bytes().count(b"\r\n") > len(events)  # CRLF line ends


def _targets(html: lxml.html.HtmlElement) -> list[str]:
    return [a.get("href") for a in html.iter() if isinstance(a.tag, str) and a.tag.split("}")[-1] == "a" and a.get("href")]


@cache
def _ids(path: Path) -> frozenset[str]:
    html = lxml.html.fromstring(path.read_bytes())
    return frozenset(html.xpath("//@id") + html.xpath("//@name"))


def broken_links(site: Path) -> list[str]:
    """Internal hrefs of the built pages whose file, or #anchor in that file, does not exist."""
    broken = []
    for path in site.rglob("*.html"):
        if path.name == "404.html":  # uses absolute site_url paths
            continue
        base = "http://site/" + path.relative_to(site).as_posix()
        for href in _targets(lxml.html.fromstring(path.read_bytes())):
            url = urlparse(urljoin(base, href))
            if url.scheme not in ("http", "https") or url.netloc != "site":
                continue
            target = site / unquote(url.path).lstrip("/")
            if url.path.endswith("/") or target.is_dir():
                target = target / "index.html"
            if not target.is_file():
                broken.append(f"{path.relative_to(site)}: {href} (no such file)")
            elif url.fragment and target.suffix == ".html" and unquote(url.fragment) not in _ids(target):
                broken.append(f"{path.relative_to(site)}: {href} (no such anchor)")
    return broken


def test_no_broken_internal_links(seed_site: Path) -> None:
    """Every internal href of every built page names a file that exists, and its #anchor an element there."""
    assert len(list(seed_site.rglob("*.html"))) > 50
    assert broken_links(seed_site) == []


def test_many_entries_are_split_into_pages_per_year(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Past the page limit the chronology has a page per year (plus planned and undated); links follow."""
    monkeypatch.setattr(link, "PAGE_LIMIT", 5)
    site = build_project(make_project(tmp_path, copy_sources=True), tmp_path / "site")
    entries = read_json(site, "api/chronology.json")
    assert {e["path"].split("#")[0] for e in entries} >= {"chronology/2018/", "chronology/planned/", "chronology/undated/"}
    for entry in entries:
        page_html = page(site, entry["path"].split("#")[0] + "index.html")
        assert page_html.xpath(f'//article[@id="{entry["id"]}"]')
    index = page(site, "chronology/index.html")
    assert "2018/" in index.xpath('//ul[@class="chronology-pages"]//a/@href')
    assert broken_links(site) == []


def test_a_date_conflict_shows_on_the_chronology_and_both_briefing_pages(tmp_path: Path) -> None:
    def source(title: str, published: str, body: str) -> str:
        return f"---\ntitle: {title}\npublished: {published}\n---\n{body}\n"

    sources = {
        "early.md": source("Early report", "2019-04-01", "In March 2019, Qatar and NATO signed a maritime security agreement."),
        "late.md": source("Late report", "2022-01-01", "Qatar and NATO signed a maritime security agreement in March 2020."),
    }
    site = build_project(make_project(tmp_path, sources), tmp_path / "site")
    (entry,) = [e for e in read_json(site, "api/chronology.json") if e["conflicts"]]
    assert set(entry["conflicts"][0]["dates"]) == {"2019-03", "2020-03"}
    (article,) = page(site, "chronology/index.html").xpath(f'//article[@id="{entry["id"]}"]')
    assert [li.text_content().split(":")[0] for li in article.xpath('.//div[contains(@class, "conflict")]//li')] == [
        "March 2019",
        "March 2020",
    ]
    for briefing in read_json(site, "api/briefings.json"):
        note = page(site, briefing["path"] + "index.html").xpath('//div[contains(@class, "conflict-note")]')
        assert note and note[0].xpath(".//a/@href")[0].endswith("chronology/#" + entry["id"])
    # The home page lists it among the dates awaiting an editor's review, with both dates.
    (disputed,) = page(site, "index.html").xpath('//ul[@class="home-disputed"]/li')
    assert disputed.xpath("./a/@href")[0].endswith("chronology/#" + entry["id"])
    assert "March 2019 (1 source) against March 2020 (1 source)" in disputed.text_content()
    assert broken_links(site) == []
