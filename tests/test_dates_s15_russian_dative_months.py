"""Russian month names in the dative, after "к" (by) or "по": "к маю 2025 года" is May 2025, not the year alone.
CLDR gives the nominative and the genitive only. The texts are written for the test (a ferry across the Mono river)."""

from __future__ import annotations

from conftest import dates_read


def test_a_month_in_the_dative_with_its_year() -> None:
    assert dates_read("К январю 2023 года паром через Моно перевёз миллион человек.", "ru") == [("январю 2023", (2023, 1, None))]
    assert dates_read("А к маю 2025 года мост через Моно был готов.", "ru") == [("маю 2025", (2025, 5, None))]


def test_a_month_in_the_dative_after_its_cue() -> None:
    assert dates_read("Ремонт парома через Моно завершат к маю.", "ru") == [("маю", (None, 5, None))]


def test_a_name_that_is_a_months_dative_is_no_month() -> None:
    # "Марту" is also the accusative of the name Марта: without a cue or a year it is no month
    assert dates_read("Капитан парома пригласил Марту на борт.", "ru") == []
