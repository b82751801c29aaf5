"""Relative dates of Slovenian, Croatian, Latvian and Bulgarian in the forms a sentence gives them: a declined "this
week" ("v tem tednu", "ovog tjedna"), the adjectives of today and this year ("na današnji tiskovni", "letošnji",
"тазгодишният"), Croatian clitics between "ove" and "godine", Latvian genitives ("šī gada", "aizvadītās nedēļas")
and weekends. Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_slovenian_declined_week_and_adjectives() -> None:
    assert dates_read("Svet se bo sestal v tem tednu.", "sl") == [("tem tednu", "week+0")]
    assert dates_read("Ob koncu tega tedna bo tekma.", "sl") == [("tega tedna", "week+0")]
    assert dates_read("Na današnji tiskovni konferenci so predstavili načrt.", "sl") == [("današnji", "day+0")]
    assert dates_read("Svetniki so potrdili letošnji proračun.", "sl") == [("letošnji", "year+0")]
    assert dates_read("Minuli teden so odprli šolo.", "sl") == [("Minuli teden", "week-1")]


def test_slovenian_words_that_are_no_such_date() -> None:
    assert dates_read("Ta hiša je stara.", "sl") == []
    assert dates_read("Tem ljudem so pomagali.", "sl") == []


def test_croatian_clitic_between_this_and_year() -> None:
    assert dates_read("Knjižnica je ove je godine kupila dvjesto knjiga.", "hr") == [("ove je godine", "year+0")]
    assert dates_read("Prošle su godine otvorili most.", "hr") == [("Prošle su godine", "year-1")]
    assert dates_read("Ovog tjedna počinje festival.", "hr") == [("Ovog tjedna", "week+0")]
    assert dates_read("Ovogodišnji festival je počeo.", "hr") == [("Ovogodišnji", "year+0")]


def test_croatian_clitic_without_a_year_is_no_date() -> None:
    assert dates_read("Ove je zgrade vlasnik grad.", "hr") == []


def test_latvian_genitives_and_weekend() -> None:
    assert dates_read("Stājies spēkā šī gada spriedums.", "lv") == [("šī gada", "year+0")]
    assert dates_read("Aizvadītās nedēļas nogales spēle bija laba.", "lv") == [("Aizvadītās nedēļas nogales", "weekend-1")]
    assert dates_read("Aizvadītajā nedēļā deputāti tikās.", "lv") == [("Aizvadītajā nedēļā", "week-1")]
    assert dates_read("Pērn skola tika slēgta.", "lv") == [("Pērn", "year-1")]


def test_latvian_this_without_a_unit_is_no_date() -> None:
    assert dates_read("Šī skola tika slēgta.", "lv") == []


def test_bulgarian_year_adjectives_and_week_end() -> None:
    assert dates_read("Тазгодишният фестивал започна.", "bg") == [("Тазгодишният", "year+0")]
    assert dates_read("Миналогодишната кампания беше успешна.", "bg") == [("Миналогодишната", "year-1")]
    assert dates_read("Прогнозата е до края на седмицата.", "bg") == [("края на седмицата", "week+0")]
    assert dates_read("През почивните дни ще вали.", "bg") == [("почивните дни", "some-weekend+0")]


def test_bulgarian_end_of_a_named_thing_is_no_date() -> None:
    assert dates_read("До края на мача остават минути.", "bg") == []


def test_slovenian_amid_is_no_wednesday() -> None:
    assert dates_read("Park leži sredi mesta.", "sl") == []
    assert dates_read("Seja bo v sredo.", "sl") == [("sredo", "weekday")]
