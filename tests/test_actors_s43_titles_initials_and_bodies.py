"""People after an office's title the news writes before names (a prefect, a prosecutor, a driver), a given name
run together as initials, a ministry's field joined by "and", a given name that is also a month's; bodies: a Chinese
province's and city's court, a legislature's chamber, two bodies each with its article; parties and monitors the
base knowledge holds. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("it", "Il prefetto di Napoli Claudio Palomba ha specificato sabato che tre persone sono vive.", "Claudio Palomba"),
        ("it", "Il presidente della regione Toscana Eugenio Giani ha riferito dell'esplosione.", "Eugenio Giani"),
        ("fr", "La procureure Laure Beccuau a ouvert une enquête.", "Laure Beccuau"),
        ("en", "Nepalese Prime Minister KP Sharma Oli stepped down on Tuesday.", "KP Sharma Oli"),
        ("en", "Chief Minister MK Stalin said the state would appeal.", "MK Stalin"),
        ("en", "Health and Population Minister Pradip Poudel resigned on Tuesday.", "Pradip Poudel"),
        ("es", "Según Julio Pérez, la erupción ha terminado.", "Julio Pérez"),
        ("zh", "肇事司机樊维秋星期一被执行死刑。", "樊维秋"),
        ("zh", "法院对被告樊维秋以危险方法危害公共安全罪判处死刑。", "樊维秋"),
        ("ru", "Об этом сообщил министр здравоохранения Мурашко.", "Murashko"),
        ("uk", "Про це повідомив міністр охорони здоров'я Ляшко.", "Lyashko"),
    ],
)
def test_a_person_is_found(language: str, text: str, person: str) -> None:
    assert ("person", person) in names(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Foreign Minister UN Affairs said nothing."),  # capitals the data lists as an acronym
        ("es", "En Julio de 2023 la erupción terminó."),  # a month, then no name
        ("es", "El Domingo Santo fue tranquilo."),
        ("tr", "Eylemcilerin bugün Cuma Namazı'ndan sonra olay çıkarabileceği öğrenildi."),  # months capitalised: a term
    ],
)
def test_no_person_from_initials_or_months_otherwise(language: str, text: str) -> None:
    assert not [name for kind, name in names(text, language) if kind == "person"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("据新华社报道,广东省珠海市中级法院星期一执行死刑。", "广东省珠海市中级法院"),
        ("案件已审结。珠海中级人民法院今日宣布判决。", "珠海中级人民法院"),
    ],
)
def test_a_chinese_city_office_is_a_body(text: str, body: str) -> None:
    assert ("organisation", body) in names(text, "zh")


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("en", "Nepal's House of Representatives was dissolved.", "Nepal House of Representatives"),
        ("it", "I militari e la Guardia di Finanza hanno arrestato due persone.", "Guardia di Finanza"),
        ("it", "I dati dell'Osservatorio Vesuviano indicano una frana.", "Osservatorio Vesuviano"),
        ("tr", "Protokol, AKP’li Cumhurbaşkanı tarafından imzalandı.", "Justice and Development Party (Turkey)"),
        ("ru", "Депутаты от Единой России и КПРФ проголосовали.", "United Russia"),
        ("it", "L'Osservatorio siriano per i diritti umani ha contato 20 morti.", "Syrian Observatory for Human Rights"),
        ("fr", "Il a répondu à une question de Fox News.", "Fox News"),
    ],
)
def test_a_body_is_found(language: str, text: str, body: str) -> None:
    assert ("organisation", body) in names(text, language)


def test_two_bodies_each_with_its_article_are_two() -> None:
    found = names("La Policía Nacional y la Guardia Civil detuvieron a dos personas.", "es")
    assert ("organisation", "Guardia Civil") in found
    assert not any("y la" in name for _, name in found)


def test_a_common_word_that_names_a_party_elsewhere_is_none() -> None:
    assert not [n for k, n in names("Chega de promessas, disse ele ao povo.", "pt") if k == "organisation"]


def test_an_office_and_its_field_are_no_body() -> None:
    text = "Hanno firmato Donatella Catalfamo (Assessore ai Trasporti della Regione Calabria) e Marco Rossi."
    found = names(text, "it")
    assert ("person", "Donatella Catalfamo") in found
    assert not [n for k, n in found if k == "organisation" and n.startswith("Trasporti")]
