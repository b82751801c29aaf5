"""A capital is the city, not its state, after a word for a part of the city (its centre, stadium, underground,
surroundings, a compass point), a city's games or attacks on it ("el centro de Madrid", "в центре Москвы", "غرب
لندن"), and at the head of a paragraph as a dateline with a date ("Lisboa, 28 de junho.", "Lima 15/07/2018.-").
After a word for a government and a preposition of place it names the state ("die Regierung in Moskau"). The
capital acting, or complementing another noun, stays its state. Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Miles de personas marcharon por el centro de Madrid el domingo.", "es"),
        ("Le Olimpiadi di Roma si aprirono con una cerimonia.", "it"),
        ("Uma avaria parou o metrô de Lisboa durante a manhã.", "pt"),
        ("Um incêndio atingiu um bairro a sudeste de Lisboa.", "pt"),
        ("Der Unfall geschah in der Nähe von Wien am Abend.", "de"),
        ("Die Fans reisten ins Berlin der Nachkriegszeit.", "de"),
        ("Le concert a eu lieu au stade de Bruxelles.", "fr"),
        ("Пробки образовались в центре Москвы утром.", "ru"),
        ("Вибух пролунав у центрі Києва вночі.", "uk"),
        ("برف سنگینی در شمال تهران بارید.", "fa"),
        ("وتعطل مترو أنفاق القاهرة صباح الأحد.", "ar"),
        ("航班從東京起飛。", "zh"),
    ],
)
def test_a_capital_as_part_of_the_city_is_no_state(text: str, language: str) -> None:
    assert states(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lisboa, 28 de junho. A polícia deteve um homem no bairro.", "pt"),
        ("Lima 15/07/2018.- La selección celebró el título en la plaza.", "es"),
        ("القاهرة 30 يونيو 2016 / أعلنت المحكمة قرارها.", "ar"),
        ("Wien. Der frühere Bürgermeister wurde festgenommen.", "de"),
        ("(Agenzia) – ROMA, 12 LUG – La corte ha deciso il ricorso.", "it"),
    ],
)
def test_a_dateline_capital_is_no_state(text: str, language: str) -> None:
    assert states(text, language) == set()


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("La decisión de Madrid sorprendió a sus socios.", "es", "Spain"),  # "of" after no part of a city
        ("La risposta di Roma è arrivata ieri sera.", "it", "Italy"),
        ("Pequim anunciou novas medidas, disse o porta-voz.", "pt", "China"),  # acting, no date after it
        ("Москва, по словам дипломата, готова к переговорам.", "ru", "Russia"),  # a comma, no date
        ("Die Regierung in Wien zog die Zusage zurück.", "de", "Austria"),  # a government in its capital
        ("Власти в Москве заявили протест.", "ru", "Russia"),
        ("The authorities in Cairo denied the report.", "en", "Egypt"),
    ],
)
def test_a_capital_elsewhere_stays_its_state(text: str, language: str, state: str) -> None:
    assert state in states(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Er wohnt seit Jahren in Wien.", "de"),  # a preposition with no government before it
        ("Протестующие собрались в Москве.", "ru"),
        ("The rebels in Cairo said nothing.", "en"),
    ],
)
def test_a_preposition_of_place_without_a_government_keeps_the_place(text: str, language: str) -> None:
    assert states(text, language) == set()


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("هواپیما به مقصد کابل پرواز کرد.", None),  # a journey's destination
        ("قطار بسوی مسکو در حرکت بود.", None),  # "towards", glued
        ("این بیانیه از سوی مسکو منتشر شد.", "Russia"),  # "on the part of": the state
        ("مقصد نهایی این محموله مشخص نیست و مسکو سکوت کرده است.", "Russia"),
    ],
)
def test_persian_destination(text: str, state: str | None) -> None:
    assert states(text, "fa") == ({state} if state else set())
