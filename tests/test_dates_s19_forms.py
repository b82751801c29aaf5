"""Dates of events the open sets showed missed: Catalan's "de" between a month and its year beside CLDR's "del"
("5 de maig de 2015"), while "des de"/"des del" (since) before a year is no December; Welsh weekdays named by a
part of the day in place of "dydd", mutated ("nos Lun", "fore Mawrth"), while "Mawrth" alone stays March. Each
text is written for the test, on a topic of its own (a town library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("La biblioteca va obrir el 5 de maig de 2015 al centre.", "5 de maig de 2015", (2015, 5, 5)),
        ("Va tancar el 3 d'octubre de 2019 per obres.", "3 d'octubre de 2019", (2019, 10, 3)),
        ("Les obres van començar el maig de 2015.", "maig de 2015", (2015, 5, None)),
        ("Va obrir el 5 de maig del 2015.", "5 de maig del 2015", (2015, 5, 5)),
    ],
)
def test_a_catalan_month_and_its_year_joined_by_de(sentence: str, phrase: str, date: tuple) -> None:
    assert dates_read(sentence, "ca") == [(phrase, date)]


@pytest.mark.parametrize(
    "sentence",
    [
        "La biblioteca funciona des de 2015 al barri.",
        "Hi ha set de 2015 llibres nous.",
    ],
)
def test_catalan_des_or_set_before_de_and_a_number_is_no_month(sentence: str) -> None:
    assert all(value[1] is None for _, value in dates_read(sentence, "ca") if isinstance(value, tuple))


def test_catalan_des_del_stays_a_range_of_years() -> None:
    found = dates_read("La biblioteca funciona des del 1977 fins al 2015.", "ca")
    assert found == [("1977 fins al 2015", (1977, None, None), (2015, None, None))]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Agorodd y llyfrgell nos Lun ar ôl blynyddoedd.", "nos Lun"),
        ("Bydd y llyfrgell yn cau nos Fercher.", "nos Fercher"),
        ("Agorodd y llyfrgell fore Mawrth.", "fore Mawrth"),
        ("Bydd y llyfrgell ar agor brynhawn Sul.", "brynhawn Sul"),
        ("Agorodd y llyfrgell ddydd Mawrth.", "ddydd Mawrth"),
    ],
)
def test_a_welsh_weekday_named_by_a_part_of_the_day(sentence: str, phrase: str) -> None:
    assert dates_read(sentence, "cy") == [(phrase, "weekday")]


def test_welsh_mawrth_alone_stays_march() -> None:
    assert dates_read("Agorodd y llyfrgell ym mis Mawrth.", "cy") == [("Mawrth", (None, 3, None))]
    assert dates_read("Mae'r llyfrgell ar agor bob nos.", "cy") == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("Η βιβλιοθήκη άνοιξε τον Μάρτιο του 2014 στην πόλη.", "Μάρτιο του 2014", (2014, 3, None)),
        ("Η βιβλιοθήκη έκλεισε στις 8 Μαρτίου του 2014.", "8 Μαρτίου του 2014", (2014, 3, 8)),
        ("Τα έργα άρχισαν τον Ιανουάριο του 2017.", "Ιανουάριο του 2017", (2017, 1, None)),
    ],
)
def test_a_greek_month_in_the_accusative_or_before_tou_and_its_year(sentence: str, phrase: str, date: tuple) -> None:
    assert dates_read(sentence, "el") == [(phrase, date)]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("کتابتون د دوشنبې په ورځ پرانیستل شو.", "دوشنبې"),
        ("کتابتون د چهارشنبې په ورځ پرانیستل شو.", "چهارشنبې"),
        ("کتابتون د چهار شنبې په ورځ وتړل شو.", "چهار شنبې"),
        ("کتابتون د جمعې په ورځ پرانیستل شو.", "جمعې"),
        ("کتابتون د شنبې په ورځ پرانیستل شو.", "شنبې"),
    ],
)
def test_a_pashto_weekday_by_its_persian_name_in_the_oblique(sentence: str, phrase: str) -> None:
    assert dates_read(sentence, "ps") == [(phrase, "weekday")]


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("کتابتون د اپرېل پر ۱۹مه پرانیستل شو.", "اپرېل پر ۱۹مه", (None, 4, 19)),
        ("کتابتون د جولای د ۲۵ نېټې پرانیستل شو.", "جولای د ۲۵", (None, 7, 25)),
        ("کتابتون د سېپټېمبر پر ۷مه پرانیستل شو.", "سېپټېمبر پر ۷مه", (None, 9, 7)),
    ],
)
def test_a_pashto_month_joined_to_its_ordinal_day(sentence: str, phrase: str, date: tuple) -> None:
    assert dates_read(sentence, "ps") == [(phrase, date)]


def test_a_pashto_month_before_a_count_is_no_day() -> None:
    assert dates_read("د جون د ۲۵ کتابونو لېږد.", "ps") == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "year"),
    [
        ("Ẹgbẹ agbabọọlu naa kopa ninu idije Brazil 2014 to kọja.", "2014", 2014),
        ("Orílẹ̀-èdè Brazil gba Ife ẹyẹ agbaye 2002 nigba naa.", "2002", 2002),
    ],
)
def test_a_yoruba_year_after_the_name_of_an_event(sentence: str, phrase: str, year: int) -> None:
    assert dates_read(sentence, "yo") == [(phrase, (year, None, None))]


def test_a_yoruba_count_with_no_event_before_it_is_no_year() -> None:
    assert dates_read("Awọn eniyan 2018 lo wa nibi idije naa.", "yo") == []


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        ("Biblioteca a fost deschisă în urmă cu cinci ani.", "în urmă cu cinci ani", "year-5"),
        ("Biblioteca a fost deschisă in urma cu 34 de ani.", "in urma cu 34 de ani", "year-34"),
    ],
)
def test_a_romanian_count_back_after_in_urma_cu(sentence: str, phrase: str, kind: str) -> None:
    assert dates_read(sentence, "ro") == [(phrase, kind)]


def test_a_romanian_month_after_luna() -> None:
    assert dates_read("Biblioteca a fost deschisă în luna iulie.", "ro") == [("iulie", (None, 7, None))]


@pytest.mark.parametrize(
    ("sentence", "phrase", "value"),
    [
        ("Номын сан өнгөрсөн сард нээгдсэн.", "өнгөрсөн сард", "month-1"),
        ("Номын сан өнгөрсөн долоо хоногт нээгдсэн.", "өнгөрсөн долоо хоногт", "week-1"),
        ("Номын сан 1980 онд нээгдсэн.", "1980", (1980, None, None)),
    ],
)
def test_a_mongolian_relative_phrase_or_year_with_its_case_ending(sentence: str, phrase: str, value: object) -> None:
    assert dates_read(sentence, "mn") == [(phrase, value)]


@pytest.mark.parametrize(
    ("sentence", "phrase", "kind"),
    [
        ("Biblioteka šiemet buvo atidaryta.", "šiemet", "year+0"),
        ("Pernai biblioteka buvo uždaryta.", "Pernai", "year-1"),
    ],
)
def test_a_lithuanian_year_adverb(sentence: str, phrase: str, kind: str) -> None:
    assert dates_read(sentence, "lt") == [(phrase, kind)]


@pytest.mark.parametrize(
    ("sentence", "phrase", "month"),
    [
        ("U junu je biblioteka otvorena.", "junu", 6),
        ("Biblioteka je otvorena u septembru.", "septembru", 9),
    ],
)
def test_a_bosnian_month_in_the_locative_after_u(sentence: str, phrase: str, month: int) -> None:
    assert dates_read(sentence, "bs") == [(phrase, (None, month, None))]


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "kind"),
    [
        ("Китобхона соли гузашта кушода шуд.", "tg", "соли гузашта", "year-1"),
        ("Китобхона дирӯз кушода шуд.", "tg", "дирӯз", "day-1"),
        ("D'Bibliothéik gouf zejoert opgemaach.", "lb", "zejoert", "year-1"),
    ],
)
def test_a_relative_word_the_locale_data_lacks(sentence: str, language: str, phrase: str, kind: str) -> None:
    assert dates_read(sentence, language) == [(phrase, kind)]


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("පුස්තකාලය නොවැම්බර් මස 16 වැනිදා විවෘත විය.", "නොවැම්බර් මස 16", (None, 11, 16)),
        ("පුස්තකාලය 2021 මැයි මස 19වැනිදා විවෘත විය.", "2021 මැයි මස 19වැනිදා", (2021, 5, 19)),
    ],
)
def test_a_sinhala_month_joined_by_mas_to_its_ordinal_day(sentence: str, phrase: str, date: tuple) -> None:
    assert dates_read(sentence, "si") == [(phrase, date)]
