"""Russian initials after a title or a body's genitive whose surname follows in capitals or after a title: the word
before the initials is no surname ("Директор В.И. ИВАНОВ" is В.И. ИВАНОВ). Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [s for f in find_actors(text, "ru") if f.kind == "person" for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Распоряжение утвердил Начальник Г.П. СМИРНОВ.", "Начальник Г.П."),
        ("Директор Д.К. ОРЛОВ открыл новую библиотеку.", "Директор Д.К."),
        ("Мэр Твери А.Н. БЕЛОВ вручил ключи новоселам.", "Твери А.Н."),
        ("Заявление подписал Министр О.С.\nКоролев", "Министр О.С."),
    ],
)
def test_a_title_or_a_genitive_before_initials_is_no_surname(text: str, wrong: str) -> None:
    assert wrong not in people(text)


def test_the_surname_in_capitals_keeps_its_initials() -> None:
    assert "Г.П. СМИРНОВ" in people("Распоряжение утвердил Директор Г.П. СМИРНОВ.")


def test_a_surname_before_initials_is_still_read() -> None:
    assert "Морозов Е.В." in people("Акт подписал Морозов Е.В. после проверки склада.")
