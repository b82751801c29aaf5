"""Turkish dates in the forms news write them that the data file had missed (issue 14): case endings on years. Each
text is written for the test, on a topic of its own (a town's new library)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("Kütüphanenin 2021'in sonunda açılması planlanıyor.", 2021),  # genitive after a consonant's sound
        ("Belediye 2019'un bütçesini kütüphaneye ayırdı.", 2019),  # genitive, back vowel
        ("2022'nin kitap fuarı kütüphanede yapıldı.", 2022),  # genitive after a vowel's sound ("iki")
        ("Müdür 2018'i kütüphanenin en iyi yılı olarak andı.", 2018),  # accusative
        ("Kütüphane 2020’yi kapalı geçirdi.", 2020),  # accusative after a vowel, typographic apostrophe
    ],
)
def test_a_year_in_the_genitive_or_accusative_is_a_year(sentence: str, year: int) -> None:
    assert dates_read(sentence, "tr") == [(str(year), (year, None, None))]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kütüphanedeki kitap sayısı 2000'i aştı.",  # passed 2000
        "Okuyucu sayısı 1800'ü buldu.",  # reached 1800
        "Üye sayısı 1500'den fazla.",  # more than 1500
        "Ödünç verilen kitap sayısı 1900'e yükseldi.",  # rose to 1900
        "Kütüphanede 2000'e yakın kitap var.",  # nearly 2000
        "Günlük ziyaretçi 1600'ün üzerinde.",  # above 1600
    ],
)
def test_a_count_with_a_case_ending_before_a_word_of_quantity_is_no_year(sentence: str) -> None:
    assert dates_read(sentence, "tr") == []


def test_a_year_before_a_case_of_world_cup_is_a_year() -> None:
    assert dates_read("Kütüphane 1966 dünya kupasından kalma afişler sergiledi.", "tr") == [("1966", (1966, None, None))]
