"""A whole date with an English month's full name in a text of another language ("Palazzo Pubblico, 02 September
2023" on an Italian page), as a site's English template stamps its pages: read as English where the language reads
none of it. A month's name without a day and a year, or the language's own month, stays as the language reads it.
Sentences written for the test (a bridge's reopening)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dates_read, published_of


@pytest.mark.parametrize(
    ("sentence", "language", "phrase", "day"),
    [
        ("Palazzo Comunale, Sala del Consiglio, 02 September 2023", "it", "02 September 2023", (2023, 9, 2)),
        ("A ponte foi reaberta em September 4, 2023.", "pt", "September 4, 2023", (2023, 9, 4)),
        ("Köprü 12 May 2024 tarihinde açıldı.", "tr", "12 May 2024", (2024, 5, 12)),
        ("Міст відкрили 12 May 2024 після ремонту.", "uk", "12 May 2024", (2024, 5, 12)),
    ],
)
def test_an_english_whole_date_is_read(sentence: str, language: str, phrase: str, day: tuple[int, int, int]) -> None:
    assert dates_read(sentence, language) == [(phrase, day)]


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        ("Il ponte ha riaperto il 2 settembre 2023.", "it", [("2 settembre 2023", (2023, 9, 2))]),
        ("Il progetto September resta sospeso da 12 mesi.", "it", []),  # a name, no day nor year
        ("Il ponte, versione 2 May 20245, è chiuso.", "it", []),  # no year of four figures
    ],
)
def test_the_language_s_own_reading_stays(sentence: str, language: str, expected: list[tuple[str, object]]) -> None:
    assert dates_read(sentence, language) == expected


def test_an_english_stamp_alone_under_the_byline_still_dates_the_page(tmp_path: Path) -> None:
    """The stamp alone on its line ("December 05, 2021" under a byline) is the header's to read, as before."""
    page = (
        "Notizie\n\nIl ponte riapre dopo i lavori\n\nDi Mario Rossi\n\nDecember 05, 2021\n\n"
        "Il ponte sul fiume riapre al traffico dopo due anni di lavori. I pendolari potranno di nuovo attraversarlo.\n"
    )
    assert published_of(tmp_path, page) == ("2021-12-05", "header")
