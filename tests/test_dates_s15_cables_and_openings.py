"""Dates of events where a sentence opens with its day and a month its language writes in lower case (ICU read
the sentence before as going on, and gave it that date), and days of the month alone under a Chinese agency's
cable (days of the cable's month, a statement of their own beside it: since the thirty-sixth session). Each text is written
for the test, on a topic of its own (a ferry across the Mono river)."""

from __future__ import annotations

from pathlib import Path

from briefing.extract import extract, split_sentences
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read, make_project


def _events(tmp_path: Path, text: str) -> list[tuple[str, str | None, str, str]]:
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    return [(e.date_text, e.iso_date, e.date_basis, e.quote.strip()) for e in briefing.events]


def _sentences(text: str, language: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, language)]


def test_a_sentence_opening_with_its_day_and_lower_case_month() -> None:
    ru = "Паром через Моно закрыли по решению властей Того. 21 ноября 2017 года его открыли снова."
    assert _sentences(ru, "ru") == ["Паром через Моно закрыли по решению властей Того.", "21 ноября 2017 года его открыли снова."]
    uk = "Пором через Моно закрили біля міста Атакпаме. 10 липня міністр оголосив про ремонт."
    assert _sentences(uk, "uk")[1] == "10 липня міністр оголосив про ремонт."
    tr = "Mono nehrinde feribot seferleri duruyor. 25 mayıs günü bakanlık açıklama yaptı."
    assert _sentences(tr, "tr")[1] == "25 mayıs günü bakanlık açıklama yaptı."


def test_an_abbreviation_before_a_day_keeps_the_sentence() -> None:
    # "нар." (born) and "г." are abbreviations of the language: the date goes on the sentence
    assert len(_sentences("Капитан парома (нар. 12 липня 1970, Ломе) вийшов у рейс.", "uk")) == 1
    assert len(_sentences("Паром построили в 2017 г. 21 ноября его спустили на воду.", "ru")) == 1


def test_the_opening_date_is_the_next_sentences(tmp_path: Path) -> None:
    text = (
        "Паром через Моно\n\n"
        "В 2016 году паром через Моно закрыли по решению властей Того. "
        "21 ноября 2017 года его открыли снова, сообщили в министерстве.\n"
    )
    events = _events(tmp_path, text)
    reopened = next(e for e in events if e[1] == "2017-11-21")
    assert reopened[3].startswith("21 ноября 2017 года")
    closed = next(e for e in events if e[1] == "2016")
    assert "21 ноября" not in closed[3]


def test_a_day_alone_under_a_cable_is_of_its_month() -> None:
    # under "…11月16日电" the 16th is the day of writing, stated again as the day of the event: the cable's month
    found = dates_read("新华社洛美11月16日电 多哥交通部16日宣布,莫诺河渡轮恢复运营。", "zh")
    assert found == [("11月16日", (None, 11, 16)), ("16日", (None, 11, 16))]
    # after any other date of the sentence the day stays one of its month
    found = dates_read("6月9日,多哥宣布渡轮停运,期限从10日至11日。", "zh")
    assert [(text, value) for text, value, *_ in found][:1] == [("6月9日", (None, 6, 9))]
    assert all(value != "day-of-month" for _, value, *_ in found)


def test_a_day_under_a_cable_resolves_from_the_publication_date(tmp_path: Path) -> None:
    text = (
        "---\npublished: 2017-11-16\n---\n"
        "多哥渡轮恢复运营\n\n"
        "新华社洛美11月16日电 多哥交通部16日宣布,莫诺河渡轮恢复运营,此前该渡轮于14日停运。\n"
    )
    events = {(e[0], e[1], e[2]) for e in _events(tmp_path, text)}
    assert ("16日", "2017-11-16", "inferred-year") in events  # beside the cable's own "11月16日"
    assert ("14日", "2017-11-14", "inferred-year") in events


def test_a_dateline_over_a_lede_said_again_is_no_date_of_the_event(tmp_path: Path) -> None:
    # the teaser carries the agency's dateline, the text says the lede again without it: 14 March is the page's date
    text = (
        "Traghetto sul Mono, riapertura rinviata\n\n"
        "(ANSA) - LOMÉ, 14 MAR - Il governo del Togo ha rinviato la riapertura del traghetto sul fiume Mono.\n\n"
        "Il governo del Togo ha rinviato la riapertura del traghetto sul fiume Mono. Lo ha deciso il 12 marzo.\n"
    )
    events = _events(tmp_path, text)
    assert [e[0] for e in events] == ["12 marzo"]


def test_a_dateline_kept_with_its_lede_stays_a_date(tmp_path: Path) -> None:
    text = "Mono ferry\n\nLOMÉ, March 14 (Reuters) - Togo's government delayed the reopening of the Mono ferry on Monday.\n"
    events = _events(tmp_path, text)
    assert "March 14" in [e[0] for e in events]
