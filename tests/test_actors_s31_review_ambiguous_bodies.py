"""Names that are also common words or another body's acronym name a body only where their context says so: Arabic
"الدعم السريع" (rapid support) is the Rapid Support Forces only after a militia's noun ("ميليشيا", "عناصر") or
"قوات"; German "RSF" is also Reporters Without Borders' acronym, so the forces only after "Miliz" or "Gruppe";
"جهاز مكافحة" / "وحدة مكافحة" name a state's service only against what such services combat, not a device against
fire or mines. Each sentence is written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language)]


@pytest.mark.parametrize(
    "text",
    [
        "دعت المنظمة إلى تقديم الدعم السريع لضحايا الزلزال.",  # rapid aid to the victims
        "وعدت الحكومة بتوفير الدعم السريع للتجار الصغار.",  # rapid support to small traders
    ],
)
def test_rapid_support_as_words_is_no_militia(text: str) -> None:
    assert "Rapid Support Forces" not in names(text, "ar")


def test_the_militia_by_its_two_words_after_its_noun() -> None:
    assert names("اقتحمت عناصر الدعم السريع سوقا في نيالا.", "ar") == ["Rapid Support Forces"]


@pytest.mark.parametrize(
    "text",
    [
        "Die Journalistenorganisation Reporter ohne Grenzen (RSF) kritisierte das neue Mediengesetz.",
        "Im jährlichen Bericht von RSF rutschte das Land um zehn Plätze ab.",
    ],
)
def test_german_rsf_as_the_press_freedom_body_is_no_militia(text: str) -> None:
    assert "Rapid Support Forces" not in names(text, "de")


def test_german_rsf_after_a_militias_noun() -> None:
    assert names("Kämpfer der Miliz RSF besetzten eine Brücke.", "de") == ["Rapid Support Forces"]


@pytest.mark.parametrize(
    "text",
    [
        "اشترى المصنع جهاز مكافحة الحرائق الآلي.",  # a fire-fighting device
        "وصلت إلى الميناء وحدة مكافحة التلوث البحري العائمة.",  # an anti-pollution vessel
    ],
)
def test_a_device_against_a_thing_is_no_body(text: str) -> None:
    assert [f.name for f in find_actors(text, "ar") if f.kind == "organisation"] == []


def test_a_service_against_drugs_is_a_body() -> None:
    found = [f.name for f in find_actors("ضبطت وحدة مكافحة المخدرات كمية من الحبوب.", "ar") if f.kind == "organisation"]
    assert found == ["وحدة مكافحة المخدرات"]
