"""Reliability as readers and tools see it: the admonition on each briefing page, the "Sources and
reliability" overview and `reliability` in api/briefings.json, read from real `mkdocs build --strict` output."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from briefing.assess import CODES, SEVERITIES
from browser import chromium, serve  # noqa: F401
from conftest import ROOT, build_project, make_project, read_json
from lxml import html as lxml_html


def page(site: Path, url: str) -> lxml_html.HtmlElement:
    return lxml_html.fromstring((site / url / "index.html").read_text(encoding="utf-8"))


def records(site: Path) -> dict[str, dict[str, Any]]:
    """Each briefing record of api/briefings.json by the number of its seed file ("000" ... "004")."""
    return {b["source"].removeprefix("sources/")[:3]: b for b in read_json(site, "api/briefings.json")}  # type: ignore[union-attr]


def codes(record: dict[str, Any]) -> list[str]:
    return [n["code"] for n in record["reliability"]["notes"]]


def note(record: dict[str, Any], code: str) -> dict[str, Any]:
    return next(n for n in record["reliability"]["notes"] if n["code"] == code)


def test_seed_expectations_in_the_json(seed_site: Path) -> None:
    schema = json.loads((ROOT / "hooks" / "briefing" / "schemas" / "briefings.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(read_json(seed_site, "api/briefings.json"), schema)
    seeds = records(seed_site)
    for record in seeds.values():
        reliability = record["reliability"]
        assert {"source", "credibility", "suggested_credibility", "notes", "editor_notes"} <= set(reliability)
        assert reliability["source"] is None and reliability["credibility"] is None  # not graded: never invented
        assert 1 <= reliability["suggested_credibility"] <= 6
        for n in reliability["notes"]:
            assert set(n) >= {"code", "severity", "message", "evidence"} and n["severity"] == CODES[n["code"]]
        ranks = [SEVERITIES.index(n["severity"]) for n in reliability["notes"]]
        assert ranks == sorted(ranks), "most serious first"
        if record["published"] is None:
            assert "no-date" in codes(record)
    sputnik = note(seeds["004"], "state-affiliated")
    assert "Sputnik" in sputnik["message"] and "Russia" in sputnik["message"]
    noem = note(seeds["003"], "anachronism")
    assert "Kristi Noem" in noem["message"] and "2023-12-18" in noem["message"] and "from 2025-01-25" in noem["message"]
    assert any("Kristi Noem, Secretary of the US Department of Homeland Security" in e for e in noem["evidence"])
    hedged = note(seeds["003"], "hedged")
    assert any("observers anticipate" in e for e in hedged["evidence"])
    assert any("it is widely understood" in e for e in hedged["evidence"])
    assert not any("According to the Department of Homeland Security" in e for e in hedged["evidence"])
    assert "Arabic" in note(seeds["002"], "translated")["message"]
    # The January 2018 agreement: each of its two sources names the other.
    assert seeds["000"]["title"] in note(seeds["002"], "corroborated")["message"]
    assert seeds["002"]["title"] in note(seeds["000"], "corroborated")["message"]
    # 000 is undated and authorless, and only its one dated event is also in another source: not "confirmed" (1).
    assert seeds["000"]["reliability"]["suggested_credibility"] == 2
    assert "Its dated event is confirmed by other outlets" in seeds["000"]["reliability"]["suggested_reason"]
    assert seeds["003"]["reliability"]["suggested_credibility"] == 4
    # No seed names a person in an office they did not hold at the time, apart from 003.
    assert [k for k, r in seeds.items() if "anachronism" in codes(r)] == ["003"]


def test_every_briefing_page_opens_with_its_reliability(seed_site: Path) -> None:
    for record in records(seed_site).values():
        doc = page(seed_site, record["path"])
        content = doc.xpath('//article[contains(@class, "md-content__inner")]')[0]
        box = content.xpath('.//div[contains(@class, "admonition")][@id="reliability"]')
        assert box, record["path"]
        title = box[0].xpath('./p[@class="admonition-title"]')[0].text_content()
        assert "not yet graded" in title and "suggested credibility" in title
        # Right after the title and summary, before "About this source".
        headings = [el for el in content.iter() if el.tag in ("h1", "h2") or el is box[0]]
        assert headings[0].tag == "h1" and headings[1] is box[0], record["path"]
        text = box[0].text_content()
        assert "F: reliability cannot be judged" in text and "6: truth cannot be judged" in text
        shown = [li.get("data-code") for li in box[0].xpath('.//ul[@class="reliability-notes"]/li')]
        assert shown == codes(record)
        for li, n in zip(box[0].xpath('.//ul[@class="reliability-notes"]/li'), record["reliability"]["notes"], strict=True):
            assert [q.text_content() for q in li.xpath(".//q")] == n["evidence"]


def test_overview_page_lists_every_source_and_links_each(seed_site: Path) -> None:
    doc = page(seed_site, "reliability")
    table = doc.xpath('//table[contains(@class, "sortable")]')[0]
    rows = table.xpath("./tbody/tr")
    seeds = records(seed_site)
    assert len(rows) == len(seeds)
    headings = [th.text_content().strip() for th in table.xpath("./thead/tr/th")]
    assert headings == ["Source", "Outlet", "Date", "Language", "Grade", "Suggested", "Notes"]  # counts folded into badges
    by_path = {r["path"]: r for r in seeds.values()}
    for row in rows:
        href = row.xpath("./td[1]/a/@href")[0]
        target = (seed_site / "reliability" / href.split("#")[0] / "index.html").resolve()
        assert target.is_file(), href
        record = by_path[target.parent.relative_to(seed_site.resolve()).as_posix() + "/"]
        cells = dict(zip(headings, (td.text_content().strip() for td in row.xpath("./td")), strict=True))
        assert cells["Grade"] == "not graded" and cells["Suggested"] == str(record["reliability"]["suggested_credibility"])
        badges = row.xpath('./td[@data-label="Notes"]/span[contains(@class, "note-severity")]')
        shown = {b.text_content().split()[1]: int(b.text_content().split()[0]) for b in badges}
        expected = {s: n for s in SEVERITIES if (n := [x["severity"] for x in record["reliability"]["notes"]].count(s))}
        assert shown == expected and list(shown) == [s for s in SEVERITIES if s in shown]  # most serious first
        in_titles = {code.split(" ×")[0] for b in badges for code in b.get("title").split(", ")}
        assert in_titles == set(codes(record))
    script = doc.xpath('//script[contains(@src, "reliability.js")]/@src')[0]
    assert (seed_site / "reliability" / script).resolve().is_file()
    nav = [a.text_content().strip() for a in page(seed_site, "").xpath('//nav[contains(@class, "md-nav--primary")]//a')]
    assert "Sources and reliability" in nav


def test_graded_source_shows_the_grade_beside_the_suggestion(tmp_path: Path) -> None:
    graded = (
        "---\ntitle: Graded source\npublished: 2018-02-01\nauthor: Ann Lee\nlanguage: en\n"
        "reliability:\n  source: B\n  credibility: 3\n  notes: ['<script>alert(1)</script> checked against the text']\n"
        "  reviewed_by: R. Editor\n  reviewed_on: 2024-01-05\n---\n"
        "Qatar and NATO signed a security agreement in January 2018.\n"
    )
    site = build_project(make_project(tmp_path, {"graded.md": graded}), tmp_path / "site")
    (record,) = read_json(site, "api/briefings.json")  # type: ignore[misc]
    reliability = record["reliability"]
    assert (reliability["source"], reliability["credibility"]) == ("B", 3)
    assert reliability["editor_notes"] == ["<script>alert(1)</script> checked against the text"]
    assert (reliability["reviewed_by"], reliability["reviewed_on"]) == ("R. Editor", "2024-01-05")
    raw = (site / record["path"] / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in raw and "&lt;script&gt;alert(1)&lt;/script&gt; checked against the text" in raw
    box = page(site, record["path"]).xpath('//div[@id="reliability"]')[0]
    assert "editor's grade B3" in box.xpath("./p")[0].text_content()
    text = box.text_content()
    assert "B Usually reliable" in text and "3 Possibly true" in text and "R. Editor, 5 January 2024" in text
    assert f"{reliability['suggested_credibility']} " in text and "never in its place" in text
    overview = page(site, "reliability").xpath("//tbody/tr/td")
    assert overview[4].text_content() == "B3"


@pytest.mark.browser
def test_overview_table_sorts_in_the_browser(chromium, serve) -> None:  # noqa: F811
    tab = chromium.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.goto(serve + "reliability/")

    def column(index: int) -> list[str]:
        return tab.eval_on_selector_all(
            "table.sortable tbody tr", f"rows => rows.map(r => r.cells[{index}].dataset.sort ?? r.cells[{index}].textContent)"
        )

    tab.click("table.sortable th:nth-child(6) button")  # Suggested
    first = column(5)
    assert first == sorted(first) and tab.get_attribute("table.sortable th:nth-child(6)", "aria-sort") == "ascending"
    tab.click("table.sortable th:nth-child(6) button")
    assert column(5) == sorted(first, reverse=True)
    tab.click("table.sortable th:nth-child(3) button")  # Date, by its ISO value
    dates = column(2)
    assert dates == sorted(dates)
    assert errors == []
    tab.close()


@pytest.mark.browser
def test_overview_table_filters_and_fits_a_phone(chromium, serve) -> None:  # noqa: F811
    tab = chromium.new_page(viewport={"width": 390, "height": 844})
    tab.goto(serve + "reliability/")
    rows = tab.locator("table.reliability-table tbody tr")
    total = rows.count()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways page scroll
    tab.fill("#reliability-filter", "arabic")  # a language: the Arabic source only
    assert tab.locator("table.reliability-table tbody tr:visible").count() == 1
    assert tab.inner_text(".table-filter output") == f"1 of {total} sources"
    tab.fill("#reliability-filter", "anachronism")  # a note's code, named only in the badge's title
    visible = tab.locator("table.reliability-table tbody tr:visible")
    assert visible.count() == 1 and "anachronism" in (visible.get_attribute("data-codes") or "")
    tab.fill("#reliability-filter", "")
    assert tab.locator("table.reliability-table tbody tr:visible").count() == total
    # Titles wrap between words only: no line of the source column ends inside a word.
    for width in (390, 1366):
        tab.set_viewport_size({"width": width, "height": 900})
        assert tab.evaluate(BROKEN_WORDS) == [], width
    tab.close()


# Words of the table's cells whose letters land on two lines (a word broken in the middle).
BROKEN_WORDS = """() => {
    const broken = [];
    for (const cell of document.querySelectorAll('.reliability-table td')) {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node; (node = walker.nextNode());) {
            for (const match of node.data.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                const tops = new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top)));
                if (tops.size > 1) broken.push(match[0]);
            }
        }
    }
    return broken;
}"""
