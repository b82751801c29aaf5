"""Names of states that name something else, and names that are not bodies. "Georgia" beside another US state's name
("Baltimore, Maryland") and none of the country's own places or adjective ("Tbilisi", "Georgian") is the US state, a
place (ISO 3166-2 through pycountry gives the subdivisions); a text naming only a city or capital of the same name as
a state ("New York", "Washington") keeps the country. A seat of government quoted whole («Белый дом» stormed in
Bishkek) is a nickname of a building, no government; unquoted it still stands for its state. A capital hyphenated to
a year names the games held there ("чемпион Лондона-2012"). Russian legal forms before a quoted name ("ФГУП «…»",
"ГБУ «…»") are no bodies of their own; a Latin acronym a Russian text writes twice is a body (as in English or
French), once it is not. French "indépendant(e)" closes an institution's name before its acronym. Sentences written
for the test (a cargo ship's fire, a protest, a rowing case, a repair crew, an electoral commission)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language)}


def test_georgia_beside_another_us_state_is_the_us_state() -> None:
    text = "Crews searched off the coast of Georgia after a fire aboard the cargo ship, which was due in Baltimore, Maryland."
    assert "Georgia (country)" not in names(text, "en")


@pytest.mark.parametrize(
    "text",
    [
        # the country's own capital or adjective keeps it the country, whatever US state is named
        "Georgia's prime minister met the American envoy in Tbilisi before flying to Texas.",
        "Georgian troops left for exercises in North Carolina alongside Georgia's partners.",
        # a city or capital that shares a US state's name is no sign of the US state
        "Georgia's envoy spoke at the United Nations in New York and later in Washington.",
    ],
)
def test_georgia_the_country_stays_the_country(text: str) -> None:
    assert "Georgia (country)" in names(text, "en")


def test_a_quoted_seat_of_government_is_a_building() -> None:
    assert names("В ночь на 6 октября протестующие захватили «Белый дом» и здание мэрии.", "ru") == set()


def test_an_unquoted_seat_of_government_is_its_state() -> None:
    assert names("Белый дом объявил о новых санкциях.", "ru") == {"United States"}


@pytest.mark.parametrize(
    "text",
    ["Александр Дьяченко, олимпийский чемпион Лондона-2012, завершил карьеру.", "Он стал чемпионом Токио-2020 и Пекина-2008."],
)
def test_a_capital_hyphenated_to_a_year_is_its_games(text: str) -> None:
    assert not names(text, "ru") & {"United Kingdom", "Japan", "China"}


def test_a_capital_alone_still_stands_for_its_state() -> None:
    assert names("Лондон выразил протест послу.", "ru") == {"United Kingdom"}


def test_legal_forms_before_a_quoted_name_are_no_bodies() -> None:
    found = names("Специалисты ФГУП «Морсвязь» приступили к ремонту, сообщили в ГБУ «Жилищник».", "ru")
    assert not found & {"ФГУП", "ГБУ"}


def test_a_cyrillic_acronym_alone_is_still_a_body() -> None:
    assert names("ФСБ сообщила о задержании.", "ru") == {"ФСБ"}


def test_a_latin_acronym_written_twice_in_russian_is_a_body() -> None:
    text = "Дело гребцов позволит WADA открыть новые дела. Гендиректор WADA Оливье Ниггли призвал к этому."
    assert "WADA" in names(text, "ru")


def test_a_latin_acronym_written_once_is_none() -> None:
    assert names("Дело гребцов позволит WADA открыть новые дела.", "ru") == set()


def test_an_independent_commission_keeps_its_whole_name() -> None:
    found = find_actors("La Commission électorale nationale indépendante (CENI) a publié les résultats.", "fr")
    assert [(a.name, a.surfaces) for a in found] == [
        ("Commission électorale nationale indépendante", ("Commission électorale nationale indépendante", "CENI"))
    ]
