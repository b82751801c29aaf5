"""A year-first date is no part of a longer chain of figures: Brazilian case numbers ("NNNNNNN-DD.AAAA.J.TR.OOOO")
and file numbers hold a year, a one-figure field and more figures after it, which read as "2023.5.1" on their own;
a whole year-first date still reads. Sentences written for the test, on a topic of their own (a water utility)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "A companhia de águas juntou o parecer ao processo nº 0801234-55.2023.5.17.0001 na sexta vara.",
        "O recurso da concessionária tramita sob o número 1002345-67.2021.8.26.0100 no tribunal.",
        "Consulte o expediente SEI 0012345-10.2019.4.01.3400 para os anexos do contrato de água.",
    ],
)
def test_no_date_inside_a_case_number(sentence: str) -> None:
    assert dates_read(sentence, "pt") == []


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("A tarifa de água muda em 2024.8.23 para todos os bairros.", "2024.8.23", (2024, 8, 23)),
        ("A obra da adutora terminou em 2023-11-05, segundo a empresa.", "2023-11-05", (2023, 11, 5)),
        ("O reservatório reabriu em 2022/3/9.", "2022/3/9", (2022, 3, 9)),
    ],
)
def test_a_whole_year_first_date_still_reads(sentence: str, text: str, day: tuple) -> None:
    assert dates_read(sentence, "pt") == [(text, day)]
