"""A body's name written in Cyrillic before the Latin acronym it defines in parentheses ("Суданськими збройними
силами (SAF)", "Европейское агентство авиационной безопасности (EASA)"): the initials cannot spell the acronym, so
the name is read from the capitalised word nearest the parenthesis over the lower-case words of its complement,
and the acronym is its. Not a place alone before an agency's credit ("МОСКВА (AFP)"), not a person's party, not
past a name the base knowledge holds ("… на транспорті США (NTSB)"), nor farther back than the acronym's letters
allow. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> list[tuple[str, ...]]:
    return [f.surfaces for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("language", "text", "surfaces"),
    [
        (
            "ru",
            "Об этом сообщило Европейское агентство авиационной безопасности (EASA) в среду.",
            ("Европейское агентство авиационной безопасности", "EASA"),
        ),
        ("uk", "Бої між Суданськими збройними силами (SAF) тривають третій тиждень.", ("Суданськими збройними силами", "SAF")),
        (
            "uk",
            "Звіт оприлюднив Міжнародний консорціум журналістських розслідувань (ICIJ) у понеділок.",
            ("Міжнародний консорціум журналістських розслідувань", "ICIJ"),
        ),
        (
            "ru",
            "Заявление сделала Всемирная метеорологическая организация (WMO) накануне.",
            ("Всемирная метеорологическая организация", "WMO"),
        ),
    ],
)
def test_the_name_before_a_latin_acronym(language: str, text: str, surfaces: tuple[str, ...]) -> None:
    assert surfaces in bodies(text, language)


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        ("ru", "МОСКВА (AFP) Президент подписал указ.", "AFP"),  # a dateline's place, one word
        ("uk", "Як повідомляє Національна рада з безпеки на транспорті США (NTSB), літак впав.", "NTSB"),  # a state's name
        ("ru", "Об этом сказал депутат Иван Петров (KPRF) на заседании.", "KPRF"),  # a person and his party
        # the capitalised word lies farther back than the acronym's two letters allow
        ("ru", "Вчера Москва объявила о новой программе поддержки малого бизнеса (MB).", "MB"),
    ],
)
def test_no_name_given_to_the_acronym(language: str, text: str, acronym: str) -> None:
    assert not any(acronym in surfaces and len(surfaces) > 1 for surfaces in bodies(text, language))


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        ("uk", "Вашингтон вийшов зі Спільного всеосяжного плану дій (JCPOA) у травні.", "JCPOA"),
        ("ru", "Стороны обсудили Совместный всеобъемлющий план действий (JCPOA) в Вене.", "JCPOA"),
        ("ru", "Москва подписала Договор о нераспространении ядерного оружия (NPT) давно.", "NPT"),
    ],
)
def test_a_plan_or_treaty_is_no_body(language: str, text: str, acronym: str) -> None:
    assert not any(acronym in surfaces and len(surfaces) > 1 for surfaces in bodies(text, language))
