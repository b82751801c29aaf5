"""Review of the Turkic lower-case bodies (s34): "own", a pronoun, a title after a given name, a kinship noun with
its possessive ending and a word in the locative are no part of a body's name; a walk back from a head-word is
capped, so a text repeating a body's name is read in time linear in its length. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import cpu_seconds


def organisations(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kk", "Бүгін Дәурен өз қызметін аяқтады."),  # his own work
        ("uz", "Bugun Sardor o'z xizmatini boshladi."),
        ("ky", "Бүгүн Нурлан өз кызматын баштады."),
        ("ky", "Бүгүн Гүлзат эжесинин кызматы тууралуу сүйлөдү."),  # her sister's work
        ("az", "Bu gün Rəşad öz xidmətini bitirdi."),
        ("az", "Keçən ay Aysel xanım məhkəməsinə yazdı."),  # Ms Aysel
        ("kk", "Мен Шымкент қаласында көп жыл қызметін көрдім."),  # in Shymkent city, a pronoun opening
        ("uz", "Men Samarqandda ko'p yillar sudi haqida o'qidim."),
        ("az", "Mən Gəncədə çox illər xidmətində oldum."),
    ],
)
def test_no_body(language: str, text: str) -> None:
    assert organisations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("kk", "Облыстық денсаулық басқармасы жаңа емхана ашты.", "Облыстық денсаулық басқармасы"),
        ("uz", "Kecha Tashqi ishlar vazirligi bayonot berdi.", "Tashqi ishlar vazirligi"),
        ("kk", "Кеше Сауда министрлігі жаңа ереже жариялады.", "Сауда министрлігі"),
    ],
)
def test_bodies_still_found(language: str, text: str, body: str) -> None:
    assert body in organisations(text, language)


def test_a_repeated_name_is_read_in_linear_time() -> None:
    find_actors("Bakı", "az")
    short = cpu_seconds(lambda: find_actors("Gəncə Şəhər Qaz İdarəsi " * 100, "az"))
    assert cpu_seconds(lambda: find_actors("Gəncə Şəhər Qaz İdarəsi " * 800, "az")) < 8 * short * 2.5 + 1
