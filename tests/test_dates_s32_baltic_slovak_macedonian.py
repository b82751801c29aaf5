"""Dates of Estonian, Lithuanian, Slovak and Macedonian in the forms their sentences give them: Estonian "next
year" in the genitive and adessive and its synonym "tulev", Lithuanian years written as ordinals ("2020-ieji") and
months in the accusative ("lapkritį"), Slovak "this year" in its cases and as an adjective ("tohtoročný") and its
ranges joined by "do", Macedonian parts of the day and weekends. Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_estonian_year_and_week_in_their_cases() -> None:
    assert dates_read("Tuleva aasta eelarve on suurem.", "et") == [("Tuleva aasta", "year+1")]
    assert dates_read("Tuleval aastal avatakse uus kool.", "et") == [("Tuleval aastal", "year+1")]
    assert dates_read("Sel aastal valiti uus volikogu.", "et") == [("Sel aastal", "year+0")]
    assert dates_read("Möödunud nädalal toimus istung.", "et") == [("Möödunud nädalal", "week-1")]
    assert dates_read("Mullu suleti raamatukogu.", "et") == [("Mullu", "year-1")]
    assert dates_read("Nädalavahetusel peeti kaks mängu.", "et") == [("Nädalavahetusel", "some-weekend+0")]


def test_estonian_words_that_are_no_such_date() -> None:
    assert dates_read("Tulevased õpetajad õpivad Tartus.", "et") == []
    assert dates_read("Selle maja ehitas vald.", "et") == []
    assert dates_read("Sel korral ei tulnud keegi.", "et") == []


def test_lithuanian_ordinal_years_and_accusative_months() -> None:
    assert dates_read("2019-ieji buvo sunkūs.", "lt") == [("2019", (2019, None, None))]
    assert dates_read("Tai įvyko 1995-aisiais metais.", "lt") == [("1995", (1995, None, None))]
    assert dates_read("Pasitinkame 2024-uosius su viltimi.", "lt") == [("2024", (2024, None, None))]
    assert dates_read("Tiltas atidarytas 2017 m. spalį.", "lt") == [("2017 m. spalį", (2017, 10, None))]
    assert dates_read("Šie metai buvo sėkmingi.", "lt") == [("Šie metai", "year+0")]
    assert dates_read("Šįryt lijo.", "lt") == [("Šįryt", "day+0")]


def test_lithuanian_ordinals_and_nouns_that_are_no_dates() -> None:
    assert dates_read("Tai jau 150-asis laikraščio numeris.", "lt") == []
    assert dates_read("Į 5000-ąjį bėgimą susirinko daug žmonių.", "lt") == []
    assert dates_read("Darbininkai tęsia kovą už algas.", "lt") == []


def test_slovak_this_year_in_its_cases_and_ranges() -> None:
    assert dates_read("V tomto roku zastupiteľstvo zasadalo dvakrát.", "sk") == [("tomto roku", "year+0")]
    assert dates_read("Poslanci upravili tohtoročný rozpočet.", "sk") == [("tohtoročný", "year+0")]
    assert dates_read("Zmeny prerokujú počas nadchádzajúceho roku.", "sk") == [("nadchádzajúceho roku", "year+1")]
    assert dates_read("Minulý víkend pršalo.", "sk") == [("Minulý víkend", "weekend-1")]
    assert dates_read("Výstava trvala od 3. do 9. októbra.", "sk") == [("3. do 9. októbra", (None, 10, 3), (None, 10, 9))]


def test_slovak_words_that_are_no_such_date() -> None:
    assert dates_read("Tento dom je starý.", "sk") == []
    assert dates_read("Prišli 2. do mesta.", "sk") == []
    assert dates_read("Úrad pracoval do 9. októbra.", "sk") == [("9. októbra", (None, 10, 9))]


def test_macedonian_parts_of_the_day_and_weekends() -> None:
    assert dates_read("Попладнево тимот победи на домашен терен.", "mk") == [("Попладнево", "day+0")]
    assert dates_read("Пожарот избувна ноќеска.", "mk") == [("ноќеска", "day+0")]
    assert dates_read("Овој викенд ќе има дожд.", "mk") == [("Овој викенд", "weekend+0")]
    assert dates_read("За време на викендот ќе биде топло.", "mk") == [("викендот", "some-weekend+0")]
    assert dates_read("Саемот трае од 4 до 9 мај.", "mk") == [("4 до 9 мај", (None, 5, 4), (None, 5, 9))]


def test_macedonian_words_that_are_no_such_date() -> None:
    assert dates_read("Викенд куќата е продадена.", "mk") == []
    assert dates_read("Вечерната смена работи до полноќ.", "mk") == []
    assert dates_read("Состанокот трае од 5 до 10 часот.", "mk") == []
    assert dates_read("Продавницата работи до 9 мај.", "mk") == [("9 мај", (None, 5, 9))]
