"""Base knowledge of space news: Europe's and Canada's space agencies, Roscosmos, Europe's launch company, and the
Belgian news agency that reports launches from Kourou; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("The European Space Agency will fly the probe on a rocket built by Arianespace.", "en", "European Space Agency"),
        ("The European Space Agency will fly the probe on a rocket built by Arianespace.", "en", "Arianespace"),
        ("L'Agence spatiale européenne a confirmé la date du tir.", "fr", "European Space Agency"),
        ("Представители ЕКА сообщили о переносе запуска.", "ru", "European Space Agency"),
        ("وقالت وكالة الفضاء الأوروبية إن الإطلاق تأجل.", "ar", "European Space Agency"),
        ("Le ministre a démenti l'information, rapporte l'agence Belga.", "fr", "Belga News Agency"),
    ],
)
def test_space_agencies_and_agencies_of_news(text: str, language: str, body: str) -> None:
    assert body in names(text, language)


def test_roscosmos_in_russian() -> None:
    assert "Roscosmos" in names("Роскосмос сообщил, что запуск перенесен на пятницу.", "ru", "organisation")


def test_mexico_city_standing_for_its_government() -> None:
    """Mexico's capital is listed with the capitals that stand for their state ("talks with Mexico City")."""
    assert "Mexico" in names("Washington held talks with Mexico City on tariffs this week.", "en", "state")
