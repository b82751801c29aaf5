"""The publication date a page states, in layouts of issue 14's nineteenth held-out set (a date and time opening
the headline, a date before a title bar's separator, a bracketed news stamp naming no agency, a stamp the scraper
kept twice, a Solar Hijri stamp written month first, a dateline whose agency a comma sets off, a date standing as a
sentence of its own at the text's start), and a part of the day that states no day of writing; then the dates of
events these pages showed read wrong. Each text is written for the test, on a topic of its own (a fisheries
agreement signed in Lomé)."""

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


@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        # the site's stamp and its time glued before the headline
        (
            "4. März 2024, 10:05 Uhr Togo Fischerei: Regierung billigt das Abkommen von Lomé\n\n",
            "de",
            ("2024-03-04", "header"),
        ),
        # the date first in a title bar, the headline after its separator
        ("04.03.2024 | Уряд схвалив угоду про рибальство в Ломе\n\n", "uk", ("2024-03-04", "header")),
        # a site's own bracketed stamp, with the word for news and no agency's name
        (
            "洛美签署渔业协定\n\n【2024年3月4日訊】經過一整夜的談判之後,政府批准了渔业协定。協定將於下月生效。該協定涵蓋沿海所有港口。\n",
            "zh",
            ("2024-03-04", "dateline"),
        ),
        # a published label and the date the scraper kept twice, glued
        ("Fisheries deal signed in Lomé\n\n(Agency)Published On 4 Mar 20244 Mar 2024\n\n", "en", ("2024-03-04", "header")),
        # a Solar Hijri stamp written month first, as an Afghan site's software writes it (14 Hut 1402: 4 March 2024)
        ("توافق ماهیگیری در لومه امضا شد\nحوت 14, 1402 10:05 Asia/Kabul\n\n", "fa", ("2024-03-04", "header")),
        # a dateline whose agency a comma sets off before the dash
        (
            "Lomé, Togo, 04 de março de 2024, Agência Togolesa de Notícias – O governo aprovou o acordo de pesca "
            "após uma longa noite de negociações com os vizinhos.\n",
            "pt",
            ("2024-03-04", "dateline"),
        ),
        # a place closed by a full stop, then the date as a sentence of its own
        (
            "Lomé, Togo. 4 de marzo de 2024. El gobierno aprobó el acuerdo de pesca tras una larga noche de "
            "negociaciones con sus vecinos.\n",
            "es",
            ("2024-03-04", "dateline"),
        ),
        # a day and month alone, a full stop, then the text: the dateline of a site that writes no year
        (
            "4 марта. В Ломе подписано соглашение о рыболовстве. Правительство одобрило его после долгих переговоров.\n",
            "ru",
            ("--03-04", "dateline"),
        ),
    ],
)
def test_header_layouts_of_the_nineteenth_set(tmp_path: Path, text: str, language: str, stated: tuple[str, str]) -> None:
    body = "" if text.rstrip().endswith((".", "。")) else LEDE[language]
    assert published_of(tmp_path, text + body) == stated


def test_a_part_of_the_day_before_the_date_tells_when_it_happened_not_when_it_was_written(tmp_path: Path) -> None:
    # "Questa mattina, lunedì 4 marzo 2024, …": this morning is when the agreement was signed; "Oggi, …" would be
    # the day of writing
    text = (
        "Questa mattina, lunedì 4 marzo 2024, alle ore 7:35, nel palazzo presidenziale di Lomé, è stato firmato "
        "l'accordo sulla pesca. La notizia è stata annunciata dal ministro.\n"
    )
    assert published_of(tmp_path, text) == (None, "not-stated")


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "date", "end"),
    [
        # Italian writes "a" as "ad" before a vowel: one range of months
        (
            "Il governo ha registrato 200 pescherecci, da gennaio ad agosto 2023, nel porto di Lomé.",
            "it",
            "gennaio ad agosto 2023",
            "2023-01",
            "2023-08",
        ),
        # the night from one day to the next, "auf" without its article
        (
            "Die Verhandlungen dauerten in der Nacht vom 13. auf 14. April 2023 bis zum Morgen.",
            "de",
            "13. auf 14. April 2023",
            "2023-04-13",
            "2023-04-14",
        ),
        # "between the years", its "and" glued to "between": one range of years
        ("وتعد لومي ميناء نشطا، فبين عامي 1990 و2010، سجلت عشرات الاتفاقيات للصيد.", "ar", "1990 و2010", "1990", "2010"),
    ],
)
def test_ranges_the_nineteenth_set_wrote(tmp_path: Path, sentence: str, language: str, phrase: str, date: str, end: str) -> None:
    header = {"it": "Accordo sulla pesca\n\n", "de": "Fischereiabkommen\n\n", "ar": "اتفاق الصيد\n\n"}[language]
    found = [(e.date_text, e.date, e.date_end) for e in _events(tmp_path, header + sentence + "\n")]
    assert (phrase, date, end) in found


def test_that_evening_is_no_evening_of_the_time_of_writing(tmp_path: Path) -> None:
    # "ce soir-là": the evening the text tells of, not today's
    text = (
        "Accord de pêche à Lomé\n\nPublié le 4 mars 2024\n\n"
        "Le 2 mars, les ministres se sont réunis. Peu après 19h00 ce soir-là, l'accord de pêche a été signé à Lomé.\n"
    )
    found = [(e.date_text, e.date) for e in _events(tmp_path, text)]
    assert not any(t.startswith("ce soir") for t, _ in found)
    assert ("2 mars", "2024-03-02") in found


def test_a_year_written_digit_by_digit_in_characters_is_a_year(tmp_path: Path) -> None:
    # "二〇二三年": 2023, as "2023年" is; "三十年" (thirty years) and "十一月" (November) hold no such run of digits
    text = "洛美签署渔业协定\n\n洛美港的渔获量创下二〇二三年有记录以来的最高水平。政府批准了渔业协定。\n"
    found = [(e.date_text, e.date) for e in _events(tmp_path, text)]
    assert ("二〇二三", "2023") in found
