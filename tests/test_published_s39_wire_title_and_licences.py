"""A wire's dateline that the loader took for the headline, its lede hard-wrapped after a few words ("Ginevra, 27
gen. (Apcom) – L'epidemia di colera in atto nello" over the rest of the sentence), dates the page: an agency credited
in brackets between a place's date and a dash is no headline's. A headline with brackets after a date and no place
before it ("Élections du 4 mars (second tour) – …") stays a headline. A site's licence lines ("Лицензия №21025302 от
31.08.2021") give the day the licence was granted, printed on every page: never the page's date. A dateline whose
place is in capitals still dates the page when the scraper lost its dash ("MOSCOW, February 7 Court …"); not a
place in lower case, nor a month without its day. Pages written for the test (a cholera outbreak, a skating ruling,
a mine rescue)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

WRAPPED = {
    "it": (
        "Ginevra, 27 gen. (Apcom) – L'epidemia di colera in atto nel\n\n"
        "paese dall'agosto scorso ha causato la morte di 2.900 persone, ha riferito oggi l'Organizzazione mondiale"
        " della sanità. Altre 56.000 persone sono state contagiate.\n"
    ),
    "ru": (
        "Женева, 27 янв. (РИА Новости) – Эпидемия холеры в\n\n"
        "стране с августа унесла жизни 2900 человек, сообщила во вторник Всемирная организация здравоохранения."
        " Заразились ещё 56 тысяч человек.\n"
    ),
}


@pytest.mark.parametrize("language", sorted(WRAPPED))
def test_a_wrapped_wire_dateline_dates_the_page(tmp_path: Path, language: str) -> None:
    assert published_of(tmp_path, WRAPPED[language]) == ("--01-27", "dateline")


@pytest.mark.parametrize(
    "headline",
    [
        "Élections du 4 mars (second tour) – les résultats sont tombés dans la nuit",
        "Le 4 mars (jour J) – tout savoir sur le scrutin régional",
    ],
)
def test_a_headline_with_brackets_after_its_date_is_no_dateline(tmp_path: Path, headline: str) -> None:
    text = f"{headline}\n\nLe scrutin régional a réuni les électeurs de douze départements. Les bureaux ont fermé tard.\n"
    assert published_of(tmp_path, text) == (None, "not-stated")


LICENCES = {
    "ru": "Лицензия №21025302 от 31.08.2021\n\nЛицензия №23019645 от 06.09.2023\n\n",
    "uk": "Ліцензія № 4512 від 02.11.2022\n\n",
    "en": "Licence no. 4512 of 2 November 2022\n\n",
}
BODY = {
    "ru": "Спортивный суд опубликовал решение по делу фигуристки, которая была дисквалифицирована на четыре года.\n",
    "uk": "Спортивний суд оприлюднив рішення у справі фігуристки, яку дискваліфікували на чотири роки.\n",
    "en": "The sports court published its ruling on the skater, who was banned for four years.\n",
}


@pytest.mark.parametrize("language", sorted(LICENCES))
def test_a_sites_licence_line_is_no_date_of_the_page(tmp_path: Path, language: str) -> None:
    assert published_of(tmp_path, LICENCES[language] + BODY[language]) == (None, "not-stated")


def test_a_date_line_without_a_licence_still_dates_the_page(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Суд вынес решение\n\n31.08.2021\n\n" + BODY["ru"]) == ("2021-08-31", "header")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MOSCOW, February 7 Court officials published the ruling on the skater on Wednesday.\n", "--02-07"),
        ("LIMA, 3 March Rescuers reached the miners after two days of digging, officials said.\n", "--03-03"),
        # a place in lower case, or a month without its day: no dateline
        ("Moscow, February 7 Court officials published the ruling on the skater on Wednesday.\n", None),
        ("MOSCOW, February 2024 Court officials published the ruling on the skater on Wednesday.\n", None),
    ],
)
def test_a_dateline_in_capitals_whose_dash_was_lost(tmp_path: Path, text: str, expected: str | None) -> None:
    body = "The court said the ban would run for four years. Lawyers for the skater said they would appeal.\n"
    assert published_of(tmp_path, f"{text}\n{body}")[0] == expected


@pytest.mark.parametrize(
    "opening",
    [
        "(Trend) BAKU, Azerbaijan, January 4. The agency said the explosions killed dozens of people in the city.",
        "(MENAFN- Trend News Agency) BAKU, Azerbaijan, January 4. The agency said the explosions\n\nkilled dozens.",
    ],
)
def test_a_source_in_brackets_before_a_dateline(tmp_path: Path, opening: str) -> None:
    body = "\n\nOfficials said the death toll rose overnight. Rescue teams worked through the night.\n"
    assert published_of(tmp_path, opening + body) == ("--01-04", "dateline")
