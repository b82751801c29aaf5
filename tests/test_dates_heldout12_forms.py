"""Event-date forms the twelfth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule, in several languages where the form is not one language's own. Every sentence is written for the
tests, on a lighthouse and its keeper; the accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from briefing.extract import split_sentences
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Nowruz, 1 Farvardin, is 20 or 21 March depending on the year
        ("فانوس در ۱ فروردین ۱۴۰۳ روشن شد.", [("۱ فروردین ۱۴۰۳", (2024, 3, 20))]),
        ("فانوس در ۱ فروردین ۱۴۰۲ روشن شد.", [("۱ فروردین ۱۴۰۲", (2023, 3, 21))]),
        # year first, as Iranian texts also write it
        ("فانوس در ۱۴۰۳ فروردین ۱ روشن شد.", [("۱۴۰۳ فروردین ۱", (2024, 3, 20))]),
        # the day glued to its month's name, as scraped text has it
        ("صبح ۱فروردین ۱۴۰۳ فانوس روشن شد.", [("۱فروردین ۱۴۰۳", (2024, 3, 20))]),
    ],
)
def test_solar_hijri_days_convert_exactly(sentence: str, expected: list) -> None:
    assert read(sentence, "fa") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Mehr 1399 runs from 22 September to 21 October 2020: mostly October
        ("نگهبان از مهر ماه ۱۳۹۹ در فانوس کار کرد.", [("مهر ماه ۱۳۹۹", (2020, 10, None))]),
        # Esfand 1402 runs from 20 February to 19 March 2024: mostly March
        ("نگهبان در اسفند ۱۴۰۲ بازنشسته شد.", [("اسفند ۱۴۰۲", (2024, 3, None))]),
        # its year in two figures before a function word ...
        ("نگهبان از مهر ماه ۹۹ برای تعمیر فانوس آمد.", [("مهر ماه ۹۹", (2020, 10, None))]),
        # ... but not before a counted noun
        ("در مهر ماه ۹۹ نفر به فانوس آمدند.", []),
    ],
)
def test_a_solar_hijri_month_is_the_gregorian_month_covering_most_of_it(sentence: str, expected: list) -> None:
    assert read(sentence, "fa") == expected


def test_a_hijri_month_stays_the_range_of_its_days() -> None:
    assert read("أضيء المنار في رمضان 1445 هـ.", "ar") == [("رمضان 1445 هـ", (2024, 3, 11), (2024, 4, 9))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the Levantine names without their article, "ثان" for "الثاني", beside the other name after a slash
        ("أضيء المنار فجر 3 كانون ثان/يناير 2020 في الميناء.", [("3 كانون ثان/يناير 2020", (2020, 1, 3))]),
        ("أضيء المنار في تشرين أول 2019.", [("تشرين أول 2019", (2019, 10, None))]),
        # "of the year" between month and year
        ("أضيء المنار في 2 يناير للعام 2020.", [("2 يناير للعام 2020", (2020, 1, 2))]),
        # both names side by side before "of this year": one month
        ("أضيء المنار في كانون الثاني يناير من العام الجاري.", [("كانون الثاني يناير من العام الجاري", "this-year-month")]),
    ],
)
def test_arabic_month_names_as_sites_write_them(sentence: str, expected: list) -> None:
    assert read(sentence, "ar") == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("zh", "2019年圣诞节当天,灯塔看守人点亮了灯。", [("2019年圣诞节", (2019, 12, 25))]),
        ("zh", "元旦那天,灯塔看守人点亮了灯。", [("元旦", (None, 1, 1))]),
        ("fa", "نگهبان شب سال نو میلادی فانوس را روشن کرد.", [("شب سال نو میلادی", (None, 12, 31))]),
        ("ru", "Смотритель зажёг маяк в канун Нового года.", [("канун Нового года", (None, 12, 31))]),
        ("uk", "Доглядач запалив маяк напередодні Нового року.", [("напередодні Нового року", (None, 12, 31))]),
        ("tr", "Fener bekçisi lambayı yılbaşı gecesi yaktı.", [("yılbaşı gecesi", (None, 12, 31))]),
        ("ar", "أضاء الحارس المنار ليلة رأس السنة الميلادية.", [("ليلة رأس السنة الميلادية", (None, 12, 31))]),
        ("it", "Il guardiano accese il faro il giorno di Capodanno.", [("giorno di Capodanno", (None, 1, 1))]),
    ],
)
def test_a_feast_on_a_fixed_day_is_that_day(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # "today" glued before a state's name is an outlet (Russia Today, USA Today) ...
        ("zh", "据今日俄罗斯报道,灯塔2日重新点亮。", [("2日", "day-of-month")]),
        ("zh", "今日美国报道说,灯塔重新点亮。", []),
        ("en", "Russia Today reported that the lighthouse was lit again.", []),
        # ... not a state's news of today
        ("zh", "美国今日宣布,灯塔重新点亮。", [("今日", "day+0")]),
        ("en", "The lighthouse was lit again today, Russia said.", [("today", "day+0")]),
    ],
)
def test_today_beside_a_state_names_an_outlet(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "span"),
    [
        ("it", "Nella notte tra martedì e mercoledì il faro si è spento.", "martedì e mercoledì"),
        ("fr", "Dans la nuit de mardi à mercredi, le phare s'est éteint.", "mardi à mercredi"),
        ("es", "La noche del martes al miércoles se apagó el faro.", "martes al miércoles"),
        ("de", "Zwischen Dienstag und Mittwoch erlosch der Leuchtturm.", "Dienstag und Mittwoch"),
        ("en", "The lighthouse went dark between Tuesday and Wednesday.", "Tuesday and Wednesday"),
    ],
)
def test_the_night_between_two_weekdays_is_one_date(language: str, sentence: str, span: str) -> None:
    assert read(sentence, language) == [(span, "weekday")]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The keeper rested on Tuesday and Wednesday."),  # two days, no span opened
        ("it", "Nella notte tra martedì e venerdì il faro si è spento."),  # not two days in a row
    ],
)
def test_other_pairs_of_weekdays_stay_two_dates(language: str, sentence: str) -> None:
    assert len(read(sentence, language)) == 2


def test_a_day_before_its_month_and_a_closing_bracket_ends_no_sentence() -> None:
    text = "Der Wärter sei am Sonntag (29. Dezember) auf den Turm gestiegen. Dann ging das Licht an."
    assert [text[a:b] for a, b in split_sentences(text, "de")] == [
        "Der Wärter sei am Sonntag (29. Dezember) auf den Turm gestiegen.",
        "Dann ging das Licht an.",
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a month after an elided cue, with no space: "d'août", "mois d'avril", "d'agosto"
        ("fr", "Le phare a été repeint après la tempête d'août.", [("août", (None, 8, None))]),
        ("fr", "Le phare a été repeint au mois d’avril.", [("avril", (None, 4, None))]),
        ("it", "Il faro è stato ridipinto dopo la tempesta d'agosto.", [("agosto", (None, 8, None))]),
        ("fr", "Le gardien a parlé de mars à la radio.", []),  # "de mars": the planet, no cue
        # after its day, a month with a case ending glued without an apostrophe
        ("tr", "Fener bekçisi 13 kasımda kuleye çıktı.", [("13 kasım", (None, 11, 13))]),
        ("tr", "Fener bekçisi 2 ekimden beri kulede.", [("2 ekim", (None, 10, 2))]),
    ],
)
def test_months_after_elided_cues_and_with_glued_endings(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the year so far is this year, as "the start of the year" is in French and Italian
        ("es", "En lo que va de año, el faro se apagó dos veces.", [("lo que va de año", "year+0")]),
        ("fr", "Depuis le début de l'année, le phare s'est éteint deux fois.", [("début de l'année", "this-year")]),
        # a year before the word for its start, without 年: "2020開年"
        ("zh", "灯塔在2020開年重新点亮。", [("2020", (2020, None, None))]),
        ("zh", "共有2020人参观灯塔。", []),
    ],
)
def test_the_year_so_far_and_its_start(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
