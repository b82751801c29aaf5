"""Dates in three languages with their particles between the day and the month and the month names their press
writes beside CLDR's (`data/dates/additions/to.yaml`, `haw.yaml`, `kab.yaml`): Tongan "ʻaho 18 ʻo Sānuali 2023"
(the glottal stop typed as a quotation mark too) and the definitive accent on a month ending a phrase ("Siulaí");
Hawaiian "ka lā 14 o Iune" and the 19th-century "Maraki"; Kabyle "14 deg tuber 2018", "27 deg waggur n cutember
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
    assert dates_read("Ua wehe ʻia ka hale waihona puke i ka lā 14 o Iune.", "haw") == [("14 o Iune", (None, 6, 14))]
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


def test_the_okina_typed_as_a_quotation_mark() -> None:
    # CLDR's Tongan names write the ʻokina (U+02BB); pages type it as ‘, ’ or '
    assert dates_read("Naʻe fakaava ʻa e laipelí (‘Aho 11 ‘Okatopa, 2019).", "to") == [("11 ‘Okatopa, 2019", (2019, 10, 11))]
    assert dates_read("Naʻe fakaava ʻa e laipelí ʻi he Tu’apulelulu.", "to") == [("Tu’apulelulu", "weekday")]
    assert dates_read("Naʻe fakaava ʻa e laipelí ʻi he Tu'apulelulu.", "to") == [("Tu'apulelulu", "weekday")]


def test_a_quotation_mark_elsewhere_or_in_another_language_changes_nothing() -> None:
    assert dates_read("L'ouvrage d’avril 2015.", "fr") == [("avril 2015", (2015, 4, None))]
    assert dates_read("Naʻe lea ‘a e faiako ʻo pehē ‘oku lelei.", "to") == []


def test_tongan_and_hawaiian_words_counted_from_now() -> None:
    assert dates_read("Naʻe fakaava ʻa e laipelí ʻi he ‘aho ni.", "to") == [("‘aho ni", "day+0")]
    assert dates_read("Naʻe fakaava ʻa e laipelí ʻi he taʻu kuo ʻosi.", "to") == [("taʻu kuo ʻosi", "year-1")]
    assert dates_read("Naʻe langa ʻa e laipelí kimuʻa ʻi he 1875.", "to") == [("1875", (1875, None, None))]
    assert dates_read("Ua wehe ʻia ka hale waihona puke i kēia lā.", "haw") == [("kēia lā", "day+0")]
    assert dates_read("Ua wehe ʻia ka hale waihona puke i ka makahiki i hala.", "haw") == [("ka makahiki i hala", "year-1")]


def test_counts_and_other_days_are_no_dates() -> None:
    assert dates_read("Naʻe ʻi ai ʻa e kakai ʻe 2000 ʻi he fonua.", "to") == []
    assert dates_read("Ua hele mākou i ka lā nui.", "haw") == []
    assert dates_read("Ua kūʻai ʻia he 1500 puke.", "haw") == []


def test_a_weekday_and_the_word_for_day_before_its_date_are_one_date() -> None:
    assert dates_read("Naʻe fakaava ʻa e laipelí ʻi he efiafi Falaite, ʻAho 6 ʻo Sepitema, 2019.", "to") == [
        ("Falaite, ʻAho 6 ʻo Sepitema, 2019", (2019, 9, 6))
    ]
    assert dates_read("Ua pani ʻia ke kula i kēia lā, ka lā 14 o Iune.", "haw") == [("kēia lā, ka lā 14 o Iune", (None, 6, 14))]


def test_a_weekday_apart_from_a_date_stays_a_weekday() -> None:
    assert dates_read("Naʻe ʻalu ʻi he Tokonaki, pea ʻi he ʻaho 3 ʻo Siulai naʻe foki.", "to") == [
        ("Tokonaki", "weekday"),
        ("3 ʻo Siulai", (None, 7, 3)),
    ]
