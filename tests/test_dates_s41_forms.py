"""Forms of dates in five languages. Arabic "تلك الليلة" (that night) points back at an event's night, where "هذه
الليلة" is tonight: no date of the writing. A Portuguese weekday with its day in parentheses, then "de" and the
month ("quarta-feira (29) de maio"): one day of that month. Russian "накануне" and Ukrainian "напередодні" (the day
before) followed by a subject in the nominative, a title perhaps after its adjective ("накануне президент уволил",
"напередодні сербський президент") or in Russian a name before a verb's past tense ("накануне Иванов заявил"), is
the eve, where a genitive after it says of what ("накануне выборов", "накануне Игр"). German "vorige Woche",
"voriges Jahr", "im vorigen Monat": the week, year, month before the writing, as "vergangene Woche". Solar Hijri
days of one month joined by "و" or "تا" without their year ("۸ و ۹ ثور"): a range of days. Sentences written for
the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "وقال الشاهد إنه سمع انفجارا قويا في تلك الليلة قرب الميناء.",
        "وفي تلك الليلة غادر الوفد المدينة.",
    ],
)
def test_arabic_that_night_is_no_date(sentence: str) -> None:
    assert dates_read(sentence, "ar") == []


def test_arabic_tonight_is_the_day_of_writing() -> None:
    assert dates_read("وسيعلن الوزير القرار هذه الليلة في مؤتمر صحفي.", "ar") == [("هذه الليلة", "day+0")]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("O ataque ocorreu na madrugada de quarta-feira (29) de maio.", "quarta-feira (29) de maio", (None, 5, 29)),
        ("A reunião de sexta-feira (7) de junho foi adiada.", "sexta-feira (7) de junho", (None, 6, 7)),
    ],
)
def test_portuguese_weekday_day_in_parentheses_and_month(sentence: str, text: str, value: object) -> None:
    assert dates_read(sentence, "pt") == [(text, value)]


def test_portuguese_weekday_and_a_month_later_in_the_sentence_stay_apart() -> None:
    found = dates_read("O ataque de quarta-feira (29) repetiu o de maio.", "pt")
    assert found == [("quarta-feira (29)", "weekday"), ("maio", (None, 5, None))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Генерал, которого накануне президент уволил с поста, возглавил мятеж.",
        "Накануне министр заявил о готовности к переговорам.",
        "Накануне Иванов заявил о своей отставке.",
        "Накануне Ярослав приехал в столицу.",  # a name in the nominative, the subject; the genitive is "Ярослава"
    ],
)
def test_russian_eve_before_a_subject(sentence: str) -> None:
    assert [value for _, value in dates_read(sentence, "ru")] == ["eve"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Накануне сербский президент отдал приказ о переброске войск.", "ru"),
        ("Нагадаємо, напередодні сербський президент віддав наказ.", "uk"),
        ("Напередодні уряд ухвалив рішення про ремонт мостів.", "uk"),
    ],
)
def test_eve_before_a_title_and_its_adjective(sentence: str, language: str) -> None:
    assert [value for _, value in dates_read(sentence, language)] == ["eve"]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Накануне сербского президента встретили в аэропорту.", "ru"),  # the genitive: the eve of his (visit)
        ("Напередодні сербського президента зустріли в аеропорту.", "uk"),
        ("Напередодні виборів уряд ухвалив рішення.", "uk"),
    ],
)
def test_eve_before_a_genitive_title_is_no_date(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Накануне выборов прошёл митинг.",
        "Накануне президента посетил министр.",  # the genitive: on the eve of the president('s visit)
        "Накануне Игр открыли новый стадион.",
    ],
)
def test_russian_eve_of_something_is_no_date(sentence: str) -> None:
    assert dates_read(sentence, "ru") == []


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("Das Dorf wurde bereits vorige Woche geräumt.", "vorige Woche", "week-1"),
        ("Das Dorf wurde in der vorigen Woche geräumt.", "in der vorigen Woche", "week-1"),
        ("Die Brücke wurde voriges Jahr gesperrt.", "voriges Jahr", "year-1"),
        ("Die Brücke wurde im vorigen Monat gesperrt.", "vorigen Monat", "month-1"),
    ],
)
def test_german_vorige(sentence: str, text: str, kind: str) -> None:
    assert dates_read(sentence, "de") == [(text, kind)]


def test_german_vorige_before_another_noun_is_no_date() -> None:
    assert dates_read("Wie im vorigen Kapitel beschrieben, wurde die Brücke gesperrt.", "de") == []


@pytest.mark.parametrize(
    ("sentence", "text", "first", "last"),
    [
        ("مهاجران در ۸ و ۹ ثور از مرز برگشتند.", "۸ و ۹ ثور", (None, 4, 28), (None, 4, 29)),
        ("نمایشگاه از ۱۲ تا ۱۵ مهر برگزار می‌شود.", "۱۲ تا ۱۵ مهر", (None, 10, 4), (None, 10, 7)),
    ],
)
def test_persian_days_of_one_month(sentence: str, text: str, first: tuple, last: tuple) -> None:
    assert dates_read(sentence, "fa") == [(text, first, last)]


def test_persian_day_alone_keeps_no_range() -> None:
    assert dates_read("مهاجران در ۸ ثور از مرز برگشتند.", "fa") == [("۸ ثور", (None, 4, 28))]
