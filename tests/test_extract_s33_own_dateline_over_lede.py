"""The words a page's publication date was read from, glued above a lede the text says again without them
("【某報2021年3月4日訊】3月2日，…" over "3月2日，…"; "Video … Veröffentlicht: Bonn, 03.05.19: - Der Stadtrat …"
over "Der Stadtrat …"): the page's date, no date of an event, wherever the date stands in its line. A dateline the
text does not say again without it stays a date of its sentence. Pages written for the test (a city's parks)."""

from __future__ import annotations

from pathlib import Path


def events_of(tmp_path: Path, header: str, paragraphs: list[str]) -> tuple[str | None, list[tuple[str, str | None]]]:
    """The publication date and each event's (words, date) the extractor reads in a page whose first lines
    (`header`: a headline, a video's credits, a dateline glued to the lede on one line) stand above its paragraphs."""
    from briefing.realtext import Project, load_registry, read_article

    (tmp_path / "sources").mkdir()
    registry, _ = load_registry(Project(tmp_path))
    page = {"header": header, "sentences": [{"text": p} for p in paragraphs], "url": "x"}
    briefing = read_article(page, "und", tmp_path, registry, 0)
    return briefing.published.date, [(e.date_text, e.date) for e in briefing.events]


ZH_LEDE = "3月2日，市政府宣布全市公园延长开放时间，并增加夜间巡逻人员。"
ZH_MORE = "市民对新的安排表示欢迎。公园管理处说，夏季还将举办音乐会。\n"
DE_LEDE = "Der Stadtrat hat am Dienstag längere Öffnungszeiten für alle Parks der Stadt beschlossen."
DE_MORE = "Die Verwaltung will im Sommer zusätzliche Kräfte für die Pflege der Anlagen einstellen.\n"


def test_the_dateline_over_a_lede_said_again_dates_the_page_not_an_event(tmp_path: Path) -> None:
    published, events = events_of(tmp_path, f"公园延长开放 【新报2021年3月4日讯】{ZH_LEDE}", [ZH_LEDE, ZH_MORE])
    assert published == "2021-03-04"
    assert all(date != "2021-03-04" for _, date in events)
    assert ("3月2日", "2021-03-02") in events


def test_the_page_date_deep_in_a_video_line_over_the_lede_is_no_event(tmp_path: Path) -> None:
    header = f"Parks länger geöffnet vor 3 Stunden Quelle: dpa - Länge: 00:41s - Veröffentlicht: Bonn, 03.05.19: - {DE_LEDE}"
    published, events = events_of(tmp_path, header, [DE_LEDE, DE_MORE])
    assert published == "2019-05-03"
    assert all(date != "2019-05-03" for _, date in events)


def test_a_dateline_the_text_does_not_say_again_stays_a_date_of_its_sentence(tmp_path: Path) -> None:
    published, events = events_of(tmp_path, f"公园延长开放 【新报2021年3月4日讯】{ZH_LEDE}", [ZH_MORE])
    assert published == "2021-03-04"
    assert any(date == "2021-03-04" for _, date in events)


def test_another_date_over_a_repeated_lede_is_still_a_date(tmp_path: Path) -> None:
    lede = "Am 3. Mai 2019 hat der Stadtrat längere Öffnungszeiten für alle Parks der Stadt beschlossen."
    published, events = events_of(tmp_path, f"Parks länger geöffnet Veröffentlicht: Bonn, 04.05.19: - {lede}", [lede, DE_MORE])
    assert published == "2019-05-04"
    assert ("3. Mai 2019", "2019-05-03") in events
