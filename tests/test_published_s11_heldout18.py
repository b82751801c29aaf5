"""The publication date a page states, in layouts of issue 14's eighteenth held-out set (a title bar's date beside
the site's name, a software's stamp under a headline and a short lede, a drop capital and "today" with its date
opening the text, a date before the headline said again, a Chinese header of section, headline and date): each
header is written for the test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.model import Event
from briefing.pipeline import Project, load_registry
from conftest import LEDE, make_project, published_of


def _events(tmp_path: Path, text: str) -> tuple[Event, ...]:
    (tmp_path / "events").mkdir()
    root = make_project(tmp_path / "events", {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return tuple(extract(load_source(root / "sources/page.txt", root), registry).events)


def test_a_title_bars_date_beside_the_sites_name_wins_over_a_dateline_without_year(tmp_path: Path) -> None:
    # "Headline - 04.03.2024, Site": the date is the page's; the dateline under it states no year
    text = (
        "Рейтинг@Example\nПодписано соглашение о рыболовстве - 04.03.2024, ВЕСТНИК\n\nПодписано соглашение о рыболовстве\n\n"
        "ЛОМЕ, 4 мар - Агентство. Правительство одобрило соглашение о рыболовстве после долгой ночи переговоров.\n"
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            'وقال الوزير: "إنه يوم مهم للصيادين في بلادنا".\nاتفاق الصيد البحري\nوافقت الحكومة على اتفاق الصيد البحري اليوم.\n'
            "وكالة\n4 Mar 2024 ساعة 10:05\n",
            "ar",
        ),
        (
            "Assinado o acordo de pesca em Lomé.\n\nO anúncio foi feito pelo ministro das Pescas.\n\nImage\n"
            "  • 04 de Março de 2024\n  • 241\n",
            "pt",
        ),
    ],
)
def test_a_software_stamp_under_a_headline_and_a_short_lede_dates_the_page(tmp_path: Path, text: str, language: str) -> None:
    # a time beside the date, or a day padded with a zero: a site's stamp, though two short paragraphs stand above it
    assert published_of(tmp_path, text + LEDE[language]) == ("2024-03-04", "header")


def test_a_drop_capital_and_today_with_its_date_opening_the_text(tmp_path: Path) -> None:
    # "O" on a line of its own over "ggi, …": one word, "Oggi", and the text states the day of writing
    text = (
        "Accordo sulla pesca firmato a Lomé\n\nIl porto di Lomé all'alba\n\nO\n\n"
        "ggi, 4 marzo 2024, il governo ha approvato l'accordo sulla pesca dopo una lunga notte di trattative.\n"
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "dateline")


def test_today_and_its_date_opening_the_text(tmp_path: Path) -> None:
    text = "Fisheries deal signed\n\nToday, 4 March 2024, the government approved the fisheries agreement after a long night.\n"
    assert published_of(tmp_path, text) == ("2024-03-04", "dateline")
    # the sentence's date is still the day of what it reports
    assert [(e.date_text, e.date) for e in _events(tmp_path, text)] == [("Today, 4 March 2024", "2024-03-04")]


def test_a_date_before_the_headline_said_again_is_the_sites_stamp(tmp_path: Path) -> None:
    text = "Fisheries Deal Signed in Lomé\n\nThe harbour of Lomé\n\nMar 4, 2024 – Fisheries Deal Signed in Lomé\n\n" + LEDE["en"]
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_chinese_header_of_section_and_headline_before_its_date(tmp_path: Path) -> None:
    # section, headline, date, the photo's caption, then the text: fields parted by spaces, which Chinese prose omits
    text = "新闻 洛美签署渔业协定 2024年3月4日 洛美港口. 政府经过一夜谈判批准了渔业协定。协定将于下月生效。\n"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")
