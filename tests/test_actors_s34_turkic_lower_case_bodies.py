"""Turkic languages of the former Soviet Union capitalise a body's first word only and close its name with the
head-word and its possessive ending ("Tashqi ishlar vazirligi", "Сырдария аудандық сотының", the Syrdariya district
court's); Azerbaijani capitalises the head-word too ("Təhlükəsizlik Şurası"). Courts, services, directorates,
embassies and cabinets are head-words as commissions and ministries were. The state right after such a name is no
part of it. A pronoun opening a sentence, a surname as the subject, lower-case words alone and a head-word used as
a common noun name no body. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("uz", "Bu haqda Toshkent shahar suv ta’minoti, Tashqi ishlar vazirligi xabar berdi.", "Tashqi ishlar vazirligi"),
        ("kk", "Жаңа үкімді Сырдария аудандық сотының судьясы жариялады.", "Сырдария аудандық соты"),
        ("kk", "Облыстық мәдениет басқармасының хабарлауынша, театр жабылады.", "Облыстық мәдениет басқармасы"),
        ("ky", "Бул тууралуу Талас облустук ички иштер башкармалыгынын маалыматы бар.", "Талас облустук ички иштер башкармалыгы"),
        ("az", "Bu barədə Bakı Şəhər Su İdarəsi məlumat yayıb.", "Bakı Şəhər Su İdarəsi"),
        ("az", "Yeni qaydalar Mərkəzi Seçki Komissiyasından açıqlanıb.", "Mərkəzi Seçki Komissiyası"),
    ],
)
def test_a_head_word_closes_a_body_capitalised_at_its_start(language: str, text: str, body: str) -> None:
    assert ("organisation", body) in found(text, language)


def test_the_state_after_the_name_is_still_mentioned() -> None:
    actors = found("Кеше Алматының Медеу аудандық соты Қытайдың екі азаматын қамауға алды.", "kk")
    assert ("organisation", "Алматының Медеу аудандық соты") in actors
    assert ("state", "China") in actors


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ky", "Анын кызматы ушул жылы аяктайт."),  # "his work": a pronoun opening the sentence
        ("kk", "Кеше Ахметов аудандық сотының шешіміне шағым түсірді."),  # the surname is the subject
        ("kk", "Ол аудандық білім бөлімінің маманы болып істейді."),  # lower-case words alone
        ("uz", "Toshkent, bugun yangi xizmati ishga tushdi."),  # a comma ends the name's words
        ("az", "Nazirliyin işçisi Bakıda yaşayır."),  # the head-word opening the sentence, a common noun
    ],
)
def test_no_body(language: str, text: str) -> None:
    assert not any(kind == "organisation" for kind, _ in found(text, language))
