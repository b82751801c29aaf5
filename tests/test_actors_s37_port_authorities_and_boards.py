"""Arabic names a port's authority by its head-word and the port in construct, without the article, before the
port's name ("هيئة موانئ البحر الأبيض", "سلطات ميناء العقبة"): a body, as "هيئة الموانئ" is; "السلطات" alone stays a
state's authorities. Traffic at sea or on the roads ("حركة الملاحة", "حركة المرور") and weapons with the nouns "and"
joins to them ("السلاح والذخيرة") are common nouns, no body; an arm's name stays one ("سلاح الجو الملكي"). Russian
names a body's board or chair, capitalised, before the body's capitalised adjective inside a sentence ("Правление
Национального банка Казахстана", "Председатель Верховного суда"): the body is named from its adjective, as at a
sentence's start. Sentences written for the test (a port's closure, a central bank's decision)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> set[tuple[str, str]]:
    return {(a.kind, s) for a in find_actors(text, language) for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("أعلنت هيئة موانئ البحر الأبيض إغلاق ثلاثة موانئ بسبب الطقس.", "هيئة موانئ البحر الأبيض"),
        ("قالت سلطات ميناء العقبة إن الحركة عادت إلى طبيعتها.", "سلطات ميناء العقبة"),
        ("أعلن سلاح الجو الملكي عن تمرين جديد.", "سلاح الجو الملكي"),
    ],
)
def test_a_ports_authority_is_a_body(text: str, body: str) -> None:
    assert found(text, "ar") == {("organisation", body)}


@pytest.mark.parametrize(
    "text",
    ["توقفت حركة الملاحة في القناة بسبب الرياح.", "تعطلت حركة المرور في وسط المدينة.", "ضبطت الشرطة السلاح والذخيرة في المنزل."],
)
def test_traffic_and_weapons_are_no_body(text: str) -> None:
    assert not any(kind == "organisation" and "الشرطة" not in s for kind, s in found(text, "ar"))


def test_a_states_authorities_stay_the_state() -> None:
    assert found("أعلنت السلطات المصرية إغلاق الطريق.", "ar") == {("state", "السلطات المصرية")}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Решение приняло Правление Национального банка Казахстана.", "Национального банка Казахстана"),
        ("В среду Правление Национального банка Республики Казахстан собралось.", "Национального банка Республики Казахстан"),
    ],
)
def test_a_boards_body_is_named_from_its_adjective(text: str, body: str) -> None:
    assert ("organisation", body) in found(text, "ru")


def test_a_chairs_body_and_the_person_after_it() -> None:
    assert found("Отчет подписал Председатель Верховного суда Иван Петров.", "ru") == {
        ("organisation", "Верховного суда"),
        ("person", "Иван Петров"),
    }
