"""The real `mkdocs build --strict` of the example briefing: pages, metadata, exports."""

from __future__ import annotations

import json
import re
from pathlib import Path
from types import SimpleNamespace

import jsonschema
import pytest
from briefing import export
from briefing.model import Candidate
from conftest import ROOT, read_json

SCHEMAS = ROOT / "hooks/briefing/schemas"


def briefing_pages(site: Path) -> list[Path]:
    return sorted(p for p in (site / "briefings").glob("*/index.html"))


def test_one_page_per_source(seed_site: Path) -> None:
    sources = sorted(p.name for p in (ROOT / "sources").iterdir() if not p.name.startswith("."))
    pages = briefing_pages(seed_site)
    assert len(pages) == len(sources) == 5
    shown = {re.search(r"<code>(sources/[^<]+)</code>", p.read_text(encoding="utf-8")).group(1) for p in pages}
    assert shown == {f"sources/{name}" for name in sources}


def test_generated_pages_are_not_written_into_docs(seed_site: Path) -> None:
    assert not (ROOT / "docs/briefings").exists()


def page_for(site: Path, source: str) -> str:
    for page in briefing_pages(site):
        html = page.read_text(encoding="utf-8")
        if f"<code>{source}</code>" in html:
            return html
    raise AssertionError(f"no page for {source}")


def test_titles_metadata_and_events_are_shown(seed_site: Path) -> None:
    html = page_for(seed_site, "sources/001_41d93de783722341.txt")
    assert "<title>Trump’s Bold NATO-Style Security Guarantee for Qatar" in html
    assert "David H. Johnson" in html
    assert "publication date not stated" in html
    html = page_for(seed_site, "sources/003_108a99c07e05f4ec.txt")
    assert "18 December 2023" in html
    assert "estimate: not before 18 December 2023" in html
    assert 'class="planned"' in html
    # A summary cut short is followed by the whole quoted sentence.
    quote = "The meeting took place in Doha on December 18, 2023, according to a statement"
    assert f'<q class="event-quote" lang="en" data-search-exclude>{quote}' in html  # search finds it in the text, once


def test_lede_is_labelled_when_there_is_no_summary(seed_site: Path) -> None:
    html = page_for(seed_site, "sources/000_07f242bde5745d7c.txt")
    assert "Lede: the article&#39;s first paragraph" in html or "Lede: the article's first paragraph" in html


def test_arabic_text_is_marked_right_to_left(seed_site: Path) -> None:
    html = page_for(seed_site, "sources/002_b0a928a5e2f97daf.txt")
    assert '<div class="source-text" lang="ar" dir="rtl">' in html
    assert "انضمت قطر رسميًا إلى مبادرة" in html
    english = page_for(seed_site, "sources/000_07f242bde5745d7c.txt")
    assert '<div class="source-text" lang="en" dir="ltr">' in english


def test_furniture_is_shown_collapsed_for_audit(seed_site: Path) -> None:
    html = page_for(seed_site, "sources/004_57f534bcb96b7756.txt")
    block = html[html.index('<details class="furniture"') :]
    assert "Removed as page furniture" in block
    assert "log in or register" in block and "Заголовок открываемого материала" in block
    text = html[html.index('<div class="source-text"') : html.index('<details class="furniture"')]
    assert "log in or register" not in text


def test_events_are_anchored_in_the_text(seed_site: Path) -> None:
    events = read_json(seed_site, "api/events.json")
    june = next(e for e in events if e["date"] == "2017-06-05")
    assert june["date_basis"] == "inferred-year" and june["precision"] == "day"
    html = (seed_site / "briefings" / june["briefing"] / "index.html").read_text(encoding="utf-8")
    assert f'id="{june["id"]}"' in html


@pytest.mark.parametrize("name", ["briefings", "events", "actors", "candidates"])
def test_exports_validate_against_their_schemas(seed_site: Path, name: str) -> None:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    data = read_json(seed_site, f"api/{name}.json")
    jsonschema.validate(data, schema)
    assert data, f"{name}.json is empty"


def test_candidates_export_lists_each_source_once_in_order_of_its_occurrences() -> None:
    def briefing(path: str, *names: str) -> SimpleNamespace:
        return SimpleNamespace(id=path, source=SimpleNamespace(path=path), candidates=[Candidate(n, f"{n} said.") for n in names])

    site = SimpleNamespace(briefings=[briefing("a", "X", "Y", "X"), briefing("b", "X"), briefing("c", "Y", "Y", "Y")])
    found = [(c["name"], c["sources"], len(c["occurrences"])) for c in export.candidate_records(site)]
    assert found == [("X", ["a", "b"], 3), ("Y", ["a", "c"], 4)]


def test_briefings_export_carries_the_inferred_facts(seed_site: Path) -> None:
    briefings = {b["source"]: b for b in read_json(seed_site, "api/briefings.json")}
    arabic = briefings["sources/002_b0a928a5e2f97daf.txt"]
    assert arabic["language"] == "ar"
    assert arabic["publisher"] == "Doha News"
    assert {"qatar", "nato", "joe-biden"} <= set(arabic["actors"])
    sputnik = briefings["sources/004_57f534bcb96b7756.txt"]
    assert sputnik["publisher"] == "Sputnik International"
    assert sputnik["published"] is None and sputnik["published_estimate"] == "2017-06-05"
