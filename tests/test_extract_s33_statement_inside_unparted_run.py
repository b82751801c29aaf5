"""A statement the page's first lines hold inside a run of sentences they did not part (after "г." or "ел.", an
abbreviation the splitter keeps), then say again alone: its date stated once, where the text says it alone, not
a second time with the run's first sentence. A date said in two different statements stays twice. Pages written
for the test (a city library)."""

from __future__ import annotations

from pathlib import Path


def events_of(tmp_path: Path, header: str, paragraphs: list[str]) -> list[tuple[str, str | None, str]]:
    """Each event's (words, date, sentence) the extractor reads in a page whose first lines (`header`) stand
    above its paragraphs."""
    from briefing.realtext import Project, load_registry, read_article

    (tmp_path / "sources").mkdir()
    registry, _ = load_registry(Project(tmp_path))
    page = {"header": header, "sentences": [{"text": p} for p in paragraphs], "url": "x"}
    briefing = read_article(page, "und", tmp_path, registry, 0)
    return [(e.date_text, e.date, e.quote) for e in briefing.events]


OPENING = "Сегодня городской библиотеке исполняется 30 лет, её открыли в 1994 г."
CHARTER = "Устав библиотеки из 26 статей городской совет утвердил 6 ноября 1993 года."
CLOSING = "Директор пригласила всех читателей на праздник в читальном зале."


def test_a_statement_said_again_alone_is_dated_once_where_it_stands_alone(tmp_path: Path) -> None:
    events = events_of(tmp_path, f"{OPENING} {CHARTER}", [CHARTER, CLOSING])
    assert [quote for text, _, quote in events if text == "6 ноября 1993"] == [CHARTER]
    assert ("1994", "1994") in [(text, date) for text, date, _ in events]


def test_the_same_date_in_another_statement_stays(tmp_path: Path) -> None:
    other = "Городской совет 6 ноября 1993 года также утвердил новый герб района."
    events = events_of(tmp_path, f"{OPENING} {CHARTER}", [other, CLOSING])
    assert len([text for text, _, _ in events if text == "6 ноября 1993"]) == 2


def test_the_statement_with_another_day_stays(tmp_path: Path) -> None:
    corrected = CHARTER.replace("6 ноября", "7 ноября")
    events = events_of(tmp_path, f"{OPENING} {CHARTER}", [corrected, CLOSING])
    assert {(text, date) for text, date, _ in events} >= {("6 ноября 1993", "1993-11-06"), ("7 ноября 1993", "1993-11-07")}
