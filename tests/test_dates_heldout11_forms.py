"""Event-date forms the eleventh held-out set showed once it was opened for tuning (issue 14), one test case per
general rule, each in several languages. Every sentence is written for the tests, on a lighthouse and its keeper;
the accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a weekday naming a weekly rite is no day: "Friday prayers", "صلاة الجمعة", "cuma namazı"
        ("en", "The keeper met the fishermen after Friday prayers at the harbour mosque."),
        ("ar", "التقى حارس المنارة الصيادين بعد صلاة الجمعة في مسجد الميناء."),
        ("fa", "نگهبان فانوس دریایی پس از نماز جمعه با ماهیگیران دیدار کرد."),
        ("tr", "Fener bekçisi cuma namazından sonra balıkçılarla görüştü."),
        ("fr", "Le gardien du phare a vu les pêcheurs après la prière du vendredi."),
        ("es", "El farero se reunió con los pescadores tras la oración del viernes."),
        ("pt", "O faroleiro encontrou os pescadores depois da oração de sexta-feira."),
        ("it", "Il guardiano del faro ha incontrato i pescatori dopo la preghiera del venerdì."),
        ("zh", "灯塔看守人在周五礼拜后会见了渔民。"),
    ],
)
def test_a_weekly_rite_is_no_date(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "weekday"),
    [
        ("en", "The keeper met the fishermen on Friday at the harbour.", "on Friday"),
        ("ar", "التقى حارس المنارة الصيادين يوم الجمعة في الميناء.", "يوم الجمعة"),
        ("tr", "Fener bekçisi cuma günü balıkçılarla görüştü.", "cuma günü"),
    ],
)
def test_the_same_weekday_without_its_rite_is_a_day(language: str, sentence: str, weekday: str) -> None:
    assert read(sentence, language) == [(weekday, "weekday")]


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        # a part of the day (CLDR's day periods) between a weekday and the date it falls on: one date
        ("en", "Friday afternoon July 22, 2011, the lamp of the lighthouse went out.", "Friday afternoon July 22, 2011"),
        ("fr", "Vendredi après-midi 22 juillet 2011, la lampe du phare s'est éteinte.", "Vendredi après-midi 22 juillet 2011"),
        ("it", "Venerdì pomeriggio, 22 luglio 2011, la lampada del faro si è spenta.", "Venerdì pomeriggio, 22 luglio 2011"),
        ("ar", "مساء الجمعة 22 يوليو 2011 انطفأ مصباح المنارة.", "مساء الجمعة 22 يوليو 2011"),
    ],
)
def test_a_weekday_and_part_of_the_day_before_its_date_are_one_date(language: str, sentence: str, text: str) -> None:
    assert read(sentence, language) == [(text, (2011, 7, 22))]


def test_a_weekday_and_part_of_the_day_before_another_date_stay_apart() -> None:
    # 22 July 2011 was a Friday, not a Thursday
    found = read("On Thursday afternoon, July 22, 2011, the lamp went out.", "en")
    assert found == [("On Thursday", "weekday"), ("July 22, 2011", (2011, 7, 22))]


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        # a month's second name after a slash may be of two words before "last": one date
        ("ar", "أطفئت المنارة منذ أكتوبر/تشرين الأول الماضي.", "أكتوبر/تشرين الأول الماضي"),
        ("ar", "أطفئت المنارة منذ يناير/كانون الثاني الماضي.", "يناير/كانون الثاني الماضي"),
        ("ar", "أطفئت المنارة منذ كانون الثاني/يناير الماضي.", "كانون الثاني/يناير الماضي"),
    ],
)
def test_a_double_month_name_before_last(language: str, sentence: str, text: str) -> None:
    assert read(sentence, language) == [(text, "last-named-month")]


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        # the year glued by the scraper to the month after a day is the date's year
        ("uk", "Маяк згас 22 липня2011 року.", "22 липня2011"),
        ("ru", "Маяк погас 22 июля2011 года.", "22 июля2011"),
        ("en", "The lighthouse went dark on 22 July2011.", "22 July2011"),
        ("fr", "Le phare s'est éteint le 22 juillet2011.", "22 juillet2011"),
    ],
)
def test_a_year_glued_to_its_month(language: str, sentence: str, text: str) -> None:
    assert read(sentence, language) == [(text, (2011, 7, 22))]


@pytest.mark.parametrize(
    ("language", "sentence", "years"),
    [
        # years listed after a cue with the Arabic comma, and "and" glued to the last ("و2014")
        ("fa", "او در سالهای ۲۰۰۵، ۲۰۰۹ و ۲۰۱۴ به نگهبانی فانوس برگزیده شد.", ["۲۰۰۵", "۲۰۰۹", "۲۰۱۴"]),
        ("fa", "او در سال‌های ۲۰۰۵، ۲۰۰۹ و۲۰۱۴ به نگهبانی فانوس برگزیده شد.", ["۲۰۰۵", "۲۰۰۹", "۲۰۱۴"]),
        ("ar", "كان حارسا للمنارة في عام 2005، 2009 و2014.", ["2005", "2009", "2014"]),
        ("en", "He kept the lighthouse in 2005, 2009 and 2014.", ["2005", "2009", "2014"]),
    ],
)
def test_years_listed_after_a_cue(language: str, sentence: str, years: list[str]) -> None:
    assert [text for text, _ in read(sentence, language)] == years


def test_a_count_after_a_listed_year_is_no_year() -> None:
    assert read("في عام 2019، 1500 شخص زاروا المنارة.", "ar") == [("2019", (2019, None, None))]


@pytest.mark.parametrize(
    ("language", "sentence", "text"),
    [
        # a day of the month and the words for the current month: a day of the month of writing
        ("ar", "أطفئت المنارة في الثاني من الشهر الجاري.", "الثاني من الشهر الجاري"),
        ("zh", "灯塔本月2日熄灭。", "本月2日"),
        ("fr", "Le phare s'est éteint le 2 de ce mois.", "le 2 de ce mois"),
        ("en", "The lighthouse went dark on the 2nd of this month.", "the 2nd of this month"),
        ("ru", "Маяк погас 2-го числа этого месяца.", "2-го числа этого месяца"),
        ("tr", "Fener bu ayın 2'sinde söndü.", "bu ayın 2'sinde"),
        ("de", "Der Leuchtturm erlosch am 2. dieses Monats.", "am 2. dieses Monats"),
    ],
)
def test_a_day_of_the_current_month(language: str, sentence: str, text: str) -> None:
    assert read(sentence, language) == [(text, "this-month-day")]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a day's year after what parentheses set aside: its day in another calendar, its weekday
        ("fa", "فانوس روز جمعه ۱۶ ژوئن (۲۶ خرداد) ۲۰۱۷ خاموش شد.", (2017, 6, 16)),
        ("ar", "انطفأت المنارة في 16 يونيو (الجمعة) 2017.", (2017, 6, 16)),
        ("en", "The lighthouse went dark on 16 June (a Friday) 2017.", (2017, 6, 16)),
        ("fr", "Le phare s'est éteint le 16 juin (un vendredi) 2017.", (2017, 6, 16)),
    ],
)
def test_a_year_after_an_aside_in_parentheses(language: str, sentence: str, expected: tuple) -> None:
    assert read(sentence, language)[0][1] == expected


def test_an_aside_holding_a_year_of_its_own_gives_none() -> None:
    assert read("The lamp went out on 16 June (in 2016) 2017.", "en")[0] == ("16 June", (None, 6, 16))


@pytest.mark.parametrize(
    ("language", "sentence", "text", "kind"),
    [
        # the words for last, next and this month, week and year in traditional characters too
        ("zh", "燈塔上個月熄滅。", "上個月", "month-1"),
        ("zh", "燈塔下個月重新開放。", "下個月", "month+1"),
        ("zh", "灯塔上星期熄灭。", "上星期", "week-1"),
        ("zh", "燈塔前年熄滅。", "前年", "year-2"),
        # "this" season without the elision: "questa estate" beside "quest'estate"
        ("it", "Il faro resterà chiuso questa estate.", "questa estate", "season+0"),
        ("it", "Il faro resterà chiuso questo inverno.", "questo inverno", "season+0"),
    ],
)
def test_relative_words_in_other_spellings(language: str, sentence: str, text: str, kind: str) -> None:
    assert read(sentence, language) == [(text, kind)]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # a word for "about" between a cue and a year: a year, unless a counted noun follows
        ("en", "Visits to the lighthouse have grown since about 2015."),
        ("fr", "Les visites du phare augmentent depuis environ 2015."),
        ("de", "Die Besuche am Leuchtturm nehmen seit etwa 2015 zu."),
        ("ar", "تتزايد زيارات المنارة منذ حوالي 2015."),
    ],
)
def test_about_before_a_year(language: str, sentence: str) -> None:
    assert read(sentence, language) == [("2015", (2015, None, None))]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "About 2015 people visited the lighthouse."),
        ("fr", "Environ 2015 personnes ont visité le phare."),
        ("de", "Etwa 2015 Menschen besuchten den Leuchtturm."),
        ("ar", "زار المنارة حوالي 2015 شخصا."),
    ],
)
def test_about_before_a_count(language: str, sentence: str) -> None:
    assert read(sentence, language) == []
