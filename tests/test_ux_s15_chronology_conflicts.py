"""Issue 14 as a reader meets it: a sentence stating two dates ("signed in January 2018 and renewed in March 2019")
made its source stand on both sides of a "date conflict", so a source agreeing with it got a false high note. A
contradiction is judged per event: a source giving only one date against a source giving only another, with both
sides' sentences quoted. Read from a real `mkdocs build` (api/*.json and the briefing page)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import build_project, make_project, read_json
from lxml import html as lxml_html

TWO_DATES = "Qatar and NATO signed a security agreement in January 2018 and renewed the agreement in March 2019."
ONE_DATE = "Qatar and NATO signed a security agreement in January 2018."
OTHER_DATE = "Qatar and NATO signed a security agreement in January 2017."
LATER = "Qatar and NATO signed a security agreement in June 2018."  # months apart: another agreement of the story


def source(title: str, publisher: str, body: str) -> str:
    return f"---\ntitle: {title}\npublished: 2022-05-01\npublisher: {publisher}\nlanguage: en\n---\n{body}\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("conflicts")
    sources = {
        "a.md": source("Two dates", "Alpha Wire", TWO_DATES),
        "b.md": source("One date", "Beta Post", ONE_DATE),
        "c.md": source("Another date", "Gamma Daily", OTHER_DATE),
        "d.md": source("Months later", "Delta News", LATER),
        "e.md": source("Uni Afrika", "Berita", "Uni Afrika resmi menjadi anggota tetap G20 pada Sabtu (9/9/2023).")
        .replace("language: en", "language: id")
        .replace("2022-05-01", "2023-09-10"),
    }
    return build_project(make_project(tmp, sources), tmp / "site")


def briefing(site: Path, title: str) -> dict[str, Any]:
    return next(b for b in read_json(site, "api/briefings.json") if b["title"] == title)  # type: ignore[union-attr]


def notes(record: dict[str, Any], code: str) -> list[dict[str, Any]]:
    return [n for n in record["reliability"]["notes"] if n["code"] == code]


def test_a_second_date_of_one_sentence_is_its_own_entry_not_a_contradiction(site: Path) -> None:
    entries = read_json(site, "api/chronology.json")
    (renewal,) = [e for e in entries if e["date"] == "2019-03"]  # type: ignore[union-attr]
    assert renewal["conflicts"] == [] and len(renewal["sources"]) == 1
    (signing,) = [e for e in entries if e["date"] == "2018-01"]  # type: ignore[union-attr]
    (conflict,) = signing["conflicts"]
    assert sorted(conflict["dates"]) == ["2017-01", "2018-01"]  # the real disagreement stays


def test_a_source_that_agrees_is_never_named_as_contradicting(site: Path) -> None:
    one = briefing(site, "One date")
    (conflict,) = notes(one, "date-conflict")
    assert "“Another date” (Gamma Daily): 2017-01" in conflict["message"]
    assert "Two dates" not in conflict["message"] and "2019" not in conflict["message"]
    assert conflict["evidence"] == [ONE_DATE, OTHER_DATE]  # both sides' sentences
    (corroborated,) = notes(one, "corroborated")
    assert "“Two dates” (Alpha Wire)" in corroborated["message"]


def test_the_briefing_page_shows_the_note_with_both_quotes(site: Path) -> None:
    one = briefing(site, "One date")
    page = lxml_html.fromstring((site / one["path"] / "index.html").read_text(encoding="utf-8"))
    (note,) = page.xpath('//ul[@class="reliability-notes"]/li[@data-code="date-conflict"]')
    assert [q.text_content() for q in note.xpath('.//ul[@class="evidence"]//q')] == [ONE_DATE, OTHER_DATE]
    (box,) = page.xpath('//div[contains(@class, "conflict-note")]')
    assert "2019" not in box.text_content()


def test_dates_months_apart_are_two_happenings_not_a_contradiction(site: Path) -> None:
    """Reports of one moment differ in the year alone, by a day, or by day and month swapped: 22 July and 19
    November of one year are a deal and its renewal, not sources contradicting each other."""
    (later,) = [e for e in read_json(site, "api/chronology.json") if e["date"] == "2018-06"]  # type: ignore[union-attr]
    assert later["conflicts"] == [] and later["sources"] == ["sources/d.md"]
    assert not notes(briefing(site, "Months later"), "date-conflict")


def test_a_single_source_note_says_when_no_kind_word_let_other_languages_confirm_it(site: Path) -> None:
    """Indonesian has no words in data/event_kinds.yaml: "no other source reports it" alone would claim more than
    the build could compare."""
    (single,) = notes(briefing(site, "Uni Afrika"), "single-source")
    assert "sources in other languages cannot confirm them" in single["message"]
    (other,) = notes(briefing(site, "Months later"), "single-source")
    assert "cannot confirm" not in other["message"]  # "signed an agreement": a kind the build knows
