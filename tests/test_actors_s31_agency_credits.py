"""National news agencies a statement's dateline credits in parentheses (`data/knowledge/outlets.yaml`): Morocco's
MAP, Iraq's INA ("واع"), Jordan's Petra ("بترا"), Sudan's SUNA, Oman's ONA, Belarus's BelTA, Kazakhstan's Kazinform,
Kyrgyzstan's Kabar; a short name that is also a word or a place names the agency only as such a credit. Texts
written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "agency"),
    [
        ("Rabat, le 3 mai 2022 (MAP) – Le gouvernement a adopté un projet de loi.", "fr", "Maghreb Arabe Presse"),
        ("بغداد (واع) - أعلنت الحكومة موعد الامتحانات.", "ar", "Iraqi News Agency"),
        ("الخرطوم (سونا) - وصل الوفد صباح اليوم.", "ar", "Sudan News Agency"),
        ("Минск, 5 мая /БелТА/. Совещание прошло в правительстве.", "ru", "Belarusian Telegraph Agency"),
        ("Астана, 5 мая, Казинформ. Совещание прошло в правительстве.", "ru", "Kazinform"),
    ],
)
def test_a_credited_agency_is_named(text: str, language: str, agency: str) -> None:
    assert agency in names(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Le MAP de la région indique les routes fermées.", "fr"),  # a map's acronym, no credit
        ("قال إنه واع لخطورة الموقف.", "ar"),  # "aware"
        ("زار السياح مدينة بترا الأثرية.", "ar"),  # Petra, the city
    ],
)
def test_a_short_name_outside_a_credit_is_no_agency(text: str, language: str) -> None:
    assert names(text, language) == []


def test_an_international_agencys_kind_is_no_body() -> None:
    """ "МИА" (an international news agency) before the agency's name is its kind, not a second body."""
    assert names("Об этом передает МИА «Казинформ».", "ru") == ["Kazinform"]


def test_german_news_names_the_rapid_support_forces_by_acronym() -> None:
    assert names("Die paramilitärische Gruppe RSF lehnte eine Waffenruhe ab.", "de") == ["Rapid Support Forces"]
