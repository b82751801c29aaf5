"""Dates in three languages with their particles between the day and the month and the month names their press
writes beside CLDR's (`data/dates/additions/to.yaml`, `haw.yaml`, `kab.yaml`): Tongan "ʻaho 18 ʻo Sānuali 2023"
(the glottal stop typed as a quotation mark too) and the definitive accent on a month ending a phrase ("Siulaí");
Hawaiian "ka lā 9 o ʻApelila" and the 19th-century "Maraki"; Kabyle "14 deg tuber 2018", "27 deg waggur n cutember
2018" and the weekdays named from Arabic ("ass n ttlata"). Sentences written for the test (a library)."""

from __future__ import annotations

from conftest import dates_read


def test_tongan_day_of_month() -> None:
    assert dates_read("Naʻe fakaava ʻa e laipelí ʻi he ʻaho 18 ʻo Sānuali 2023.", "to") == [("18 ʻo Sānuali 2023", (2023, 1, 18))]
    assert dates_read("Naʻe fakaava ʻa e laipelí he ‘aho 4 ‘o Ma’asi, 2021.", "to") == [("4 ‘o Ma’asi, 2021", (2021, 3, 4))]
    assert dates_read("ʻE fakaava ʻa e laipelí ʻi he ʻaho 2 ʻo Siulaí.", "to") == [("2 ʻo Siulaí", (None, 7, 2))]


def test_tongan_counts_before_the_particle_are_no_dates() -> None:
    assert dates_read("Ko e tohi ʻe 3 ʻo e laipelí.", "to") == []
    assert dates_read("Naʻe ʻi ai ʻa e kakai ʻe 20 ʻo e kolo.", "to") == []
    assert dates_read("Ko e 5 ʻo ʻOtu Haʻapai.", "to") == []


def test_hawaiian_day_of_month_and_the_old_spelling() -> None:
    assert dates_read("Ua wehe ʻia ka hale waihona puke i ka lā 9 o ʻApelila.", "haw") == [("9 o ʻApelila", (None, 4, 9))]
    assert dates_read("Ua wehe ia ka hale waihona buke ma ka la Maraki 26, 1896.", "haw") == [("Maraki 26, 1896", (1896, 3, 26))]


def test_hawaiian_counts_before_the_particle_are_no_dates() -> None:
    assert dates_read("Ua hele mai he 5 o nā keiki.", "haw") == []
    assert dates_read("He 12 o lākou i ka hale waihona puke.", "haw") == []
    assert dates_read("Aia he 30 o nā puke ma luna o ka papa.", "haw") == []


def test_kabyle_day_in_the_month() -> None:
    assert dates_read("Teldi temkarḍit ass n 14 deg tuber 2018.", "kab") == [("14 deg tuber 2018", (2018, 10, 14))]
    assert dates_read("Teldi temkarḍit ass n 27 deg waggur n cutember 2018.", "kab") == [
        ("27 deg waggur n cutember 2018", (2018, 9, 27))
    ]
    assert dates_read("Temlilit tella-d ass n ttlata deg temkarḍit.", "kab") == [("ttlata", "weekday")]


def test_kabyle_counts_in_a_place_are_no_dates() -> None:
    assert dates_read("Llan 12 deg yiɣerbazen n temdint.", "kab") == []
    assert dates_read("Ufan-d 30 deg yidlisen deg temkarḍit.", "kab") == []
    assert dates_read("Yella 1 deg waggur n tmeddit.", "kab") == []
