"""Spanish and Portuguese notaries and official letters write the year of a date in words after its day and
month ("seis de junio de dos mil veinticuatro"): read there, after the link word "de" only (`dated_years_in_words`),
never after a comma (a count in words opening the next clause), nor a round thousand that is a count, nor after a
year's cue alone. Sentences written for the test (a harbour's lease)."""

from __future__ import annotations

from conftest import dates_read


def test_a_year_in_words_after_a_day_and_month() -> None:
    assert dates_read("Valparaíso, doce de marzo de dos mil veintitrés.", "es") == [
        ("doce de marzo de dos mil veintitrés", (2023, 3, 12))
    ]
    assert dates_read("El contrato se firmó el 12 de Marzo de Dos Mil Veintitrés en el puerto.", "es") == [
        ("12 de Marzo de Dos Mil Veintitrés", (2023, 3, 12))
    ]
    assert dates_read("Lisboa, doze de março de dois mil e vinte e três.", "pt") == [
        ("doze de março de dois mil e vinte e três", (2023, 3, 12))
    ]


def test_a_count_in_words_is_no_year() -> None:
    # after a comma: the next clause's count
    assert dates_read("El 12 de marzo, dos mil veintitrés trabajadores firmaron.", "es") == [("12 de marzo", (None, 3, 12))]
    # a round thousand after "de" is a count: the march of two thousand people
    assert dates_read("La marcha del 12 de marzo de dos mil personas.", "es") == [("12 de marzo", (None, 3, 12))]
    # a year in words without a day and month before it is not read
    assert dates_read("En el puerto trabajan dos mil veintitrés personas.", "es") == []
    assert dates_read("Em 12 de março, dois mil e vinte trabalhadores assinaram.", "pt") == [("12 de março", (None, 3, 12))]
