"""Turkish dates in the forms news write them that the data file had missed (issue 14): case endings on years, a
weekday's name alone, the dative of relative words, counts back as adjectives and after an event's ablative. Each
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


def test_a_birthplace_of_two_words_before_born_keeps_the_year() -> None:
    """A province and its district: "1975 Muğla Bodrum doğumlu"."""
    assert dates_read("Yeni müdür 1975 Muğla Bodrum doğumlu bir yazar.", "tr") == [("1975", (1975, None, None))]


def test_a_year_joined_before_a_year_with_its_ending_is_a_year() -> None:
    """ "1998 ve 2004'te", in 1998 and 2004: the ending the last year carries is the cue of both."""
    assert dates_read("Kütüphane 1998 ve 2004'te yenilendi.", "tr") == [
        ("1998", (1998, None, None)),
        ("2004", (2004, None, None)),
    ]


def test_a_count_joined_to_a_year_far_from_it_stays_a_count() -> None:
    assert dates_read("Kütüphane 1500 ve 1999'da gelen kitapları ayırdı.", "tr") == [("1999", (1999, None, None))]


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("Kütüphane salı yeniden açıldı.", "salı"),
        ("Pazartesi, öğleden önce kütüphanede tören yapıldı.", "Pazartesi"),
        ("Okuma saati perşembe başlıyor.", "perşembe"),
    ],
)
def test_a_weekday_alone_is_a_day(sentence: str, phrase: str) -> None:
    assert dates_read(sentence, "tr") == [(phrase, "weekday")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kütüphane pazar yerinin yanında.",  # "pazar" is also a market
        "Cuma Bey kütüphaneyi ziyaret etti.",  # "Cuma" is also a name
        "Cumartesi Anneleri kütüphanenin önünde toplandı.",  # the Saturday Mothers, a group
    ],
)
def test_a_weekday_that_is_another_word_needs_its_day(sentence: str) -> None:
    assert dates_read(sentence, "tr") == []


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Ziyaretçi sayısı geçen yıla göre arttı.", ("geçen yıla", "year-1")),  # compared with last year
        ("Kütüphane geçen aya oranla daha kalabalık.", ("geçen aya", "month-1")),
        ("Bina düne kadar kapalıydı.", ("düne", "day-1")),  # until yesterday
    ],
)
def test_a_relative_word_in_the_dative_is_a_date(sentence: str, found: tuple[str, str]) -> None:
    assert dates_read(sentence, "tr") == [found]


def test_so_far_is_no_today() -> None:
    """ "bugüne kadar" (until today) says "so far"."""
    assert dates_read("Kütüphane bugüne kadar bin kitap topladı.", "tr") == []


def test_a_count_back_as_an_adjective_is_a_date() -> None:
    assert dates_read("Kütüphane 3 yıl önceki selde zarar gördü.", "tr") == [("3 yıl önceki", "year-3")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kütüphane açılıştan 2 yıl önce tasarlandı.",  # two years before the opening
        "Kitaplar selden iki gün önce taşındı.",  # two days before the flood
        "Açılıştan 3 yıl önceki planlar değişti.",
    ],
)
def test_a_count_back_from_an_event_in_the_ablative_is_no_date(sentence: str) -> None:
    assert dates_read(sentence, "tr") == []


def test_a_count_back_from_this_is_from_now() -> None:
    """ "bundan 2 yıl önce", two years ago (from this)."""
    assert dates_read("Kütüphane bundan 2 yıl önce açıldı.", "tr") == [("2 yıl önce", "year-2")]


def test_the_end_of_last_year_is_last_year() -> None:
    """ "geçen yılın sonunda" (at the end of last year): not this year's end."""
    assert dates_read("Kütüphane geçen yılın sonunda kapandı.", "tr") == [("geçen yılın", "year-1")]
    assert dates_read("Kütüphane yılın sonunda açılacak.", "tr") == [("yılın sonunda", "this-year")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Kütüphane Kasım ayının 12'sinde açıldı.", ("Kasım ayının 12'sinde", (None, 11, 12))),
        ("Kayıtlar Şubat ayının 4'ünden itibaren başlıyor.", ("Şubat ayının 4'ünden", (None, 2, 4))),
    ],
)
def test_a_day_after_its_month_of_the_month_is_that_day(sentence: str, found: tuple[str, object]) -> None:
    assert dates_read(sentence, "tr") == [found]


def test_the_day_of_the_month_alone_is_of_the_month_of_writing() -> None:
    assert dates_read("Kütüphane ayın 12'sinde açılacak.", "tr") == [("ayın 12'sinde", "this-month-day")]
    assert dates_read("Kütüphane geçen ayın 12'sinde açıldı.", "tr") == [("geçen ayın", "month-1")]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Kütüphane cumartesi ve pazar günleri açık.", [("cumartesi", "weekday"), ("pazar günleri", "weekday")]),
        ("Salı günkü okuma saatine çocuklar katıldı.", [("Salı günkü", "weekday")]),
        ("Okuyucu sayısı geçen seneye göre arttı.", [("geçen seneye", "year-1")]),
    ],
)
def test_more_forms_of_weekdays_and_years(sentence: str, found: list[tuple[str, str]]) -> None:
    assert dates_read(sentence, "tr") == found
