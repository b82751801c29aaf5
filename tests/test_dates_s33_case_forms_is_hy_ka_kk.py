"""Dates in the case forms of four languages with few sets, from their additions (Wiktionary's declension tables):
Kazakh years with the longer cases of "жыл" ("2020 жылдың", "2011 жылдан") and "биыл", "былтыр" (this year, last
year); Armenian years with "թվական" or a hyphenated case ("2008 թվականի", "2020-ին", "2021-ի հունվարի") and
"ընթացիկ տարի" (the current year); Georgian relative years in the genitive ("გასული წლის", last year's); Icelandic
"morgundagur" (tomorrow), parts of a day ("í gærkvöldi", last night), weekdays in the dative
("þriðjudegi") and "20. þessa mánaðar" (the 20th of this month). Sentences written for the test, on a
topic of their own (a library)."""

from __future__ import annotations

from conftest import dates_read


def test_kazakh_years_in_the_genitive_and_ablative() -> None:
    assert dates_read("Кітапхана 2020 жылдың соңында жабылды.", "kk") == [("2020", (2020, None, None))]
    assert dates_read("Кітапхана 2011 жылдан бастап жұмыс істейді.", "kk") == [("2011", (2011, None, None))]
    assert dates_read("Биыл кітапхана жөнделді.", "kk") == [("Биыл", "year+0")]
    assert dates_read("Былтыр кітапхана жөнделді.", "kk") == [("Былтыр", "year-1")]
    assert dates_read("биылғы жөндеу аяқталды.", "kk") == [("биылғы", "year+0")]


def test_kazakh_counts_and_lengths_are_no_years() -> None:
    assert dates_read("Бұл 2000 жылдық тарихы бар кітапхана.", "kk") == []
    assert dates_read("Кітапханада 2500 кітап бар.", "kk") == []
    assert dates_read("Биылау ауылындағы кітапхана.", "kk") == []


def test_armenian_years_with_their_word_or_a_hyphenated_case() -> None:
    assert dates_read("Գրադարանը բացվել է 2008 թվականին։", "hy") == [("2008", (2008, None, None))]
    assert dates_read("Գրադարանը վերանորոգվել է 2020-ին։", "hy") == [("2020", (2020, None, None))]
    assert dates_read("Գրադարանը կբացվի 2021-ի հունվարի կեսին։", "hy") == [("2021-ի հունվարի", (2021, 1, None))]
    assert dates_read("Գրադարանը ընթացիկ տարում կվերանորոգվի։", "hy") == [("ընթացիկ տարում", "year+0")]


def test_armenian_counts_with_a_case_are_no_years() -> None:
    assert dates_read("Գրադարան է եկել 1500-ի մոտ ընթերցող։", "hy") == []
    assert dates_read("Գրադարանում կա 1500-ից ավելի գիրք։", "hy") == []
    assert dates_read("Գրադարանում կա 2500 գիրք։", "hy") == []


def test_georgian_relative_years_in_the_genitive() -> None:
    assert dates_read("ბიბლიოთეკის გასული წლის ბიუჯეტი.", "ka") == [("გასული წლის", "year-1")]
    assert dates_read("ბიბლიოთეკის მომავალი წლის ბიუჯეტი.", "ka") == [("მომავალი წლის", "year+1")]
    assert dates_read("ბიბლიოთეკაში 2500 წიგნია.", "ka") == []


def test_icelandic_tomorrow_and_parts_of_a_day() -> None:
    assert dates_read("Dagskráin fyrir morgundaginn er tilbúin.", "is") == [("morgundaginn", "day+1")]
    assert dates_read("Bókasafnið var opnað í gærkvöldi.", "is") == [("í gærkvöldi", "day-1")]
    assert dates_read("Bókasafnið var opnað í morgun.", "is") == [("í morgun", "day+0")]
    assert dates_read("Hún fékk sér morgunmat í bókasafninu.", "is") == []
    assert dates_read("Bókasafnið opnar á morgun.", "is") == [("á morgun", "day+1")]


def test_icelandic_weekdays_in_the_dative_beside_the_accusative() -> None:
    assert dates_read("Bókasafnið var opnað á þessum þriðjudegi.", "is") == [("þriðjudegi", "weekday")]
    assert dates_read("Bókasafnið var opnað á sunnudeginum.", "is") == [("sunnudeginum", "weekday")]
    assert dates_read("Bókasafnið var opnað á þriðjudaginn.", "is") == [("þriðjudaginn", "weekday")]
    assert dates_read("Bókasafnið var opnað í Degi.", "is") == []


def test_icelandic_day_of_this_month() -> None:
    assert dates_read("Bókasafnið opnar 20. þessa mánaðar.", "is") == [("20. þessa mánaðar", "this-month-day")]
    assert dates_read("Í þessum mánuði komu 20 gestir.", "is") == [("Í þessum mánuði", "month+0")]
