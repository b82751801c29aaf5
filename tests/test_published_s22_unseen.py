"""Publication dates on pages of outlets nobody tuned for (issue 14, item 5): each text is written for the test, on
a topic of its own (a town's new bridge)."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates
from conftest import published_of


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("Köprü 17 NİSAN 2024 günü açıldı.", "tr", (2024, 4, 17)),  # "İ" is i's capital
        ("Köprü 7 MAYIS 2024 günü açıldı.", "tr", (2024, 5, 7)),  # "I" is ı's capital
        ("Körpü 3 İYUN 2024 tarixində açıldı.", "az", (2024, 6, 3)),
    ],
)
def test_a_month_in_capitals_is_read_as_a_dotless_i_language_pairs_its_letters(text: str, language: str, found) -> None:
    assert [(d.year, d.month, d.day) for d in find_dates(text, language)] == [found]


def test_an_update_line_in_turkish_capitals_dates_the_page(tmp_path) -> None:
    text = (
        "Yeni köprü açıldı\nSon Güncelleme: 9 EKİM 2024 - TSİ 10:15\n"
        "Belediye yeni köprüyü törenle açtı. Köprü iki mahalleyi birbirine bağlıyor.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-10-09"
