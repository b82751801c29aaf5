"""Event-date forms the ninth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule. Every sentence is written for the tests, on a bridge over a river; the accuracy on real articles is
measured by `python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import build_project, make_project, read_json
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the day before a month named relative to the time of writing is that month's
        ("ru", "Мост открыли 16 июля прошлого года.", [("16 июля прошлого года", "last-year-month")]),
        ("uk", "Міст відкрили 16 липня минулого року.", [("16 липня минулого року", "last-year-month")]),
        ("ar", "افتتح الجسر في 16 يوليو من العام الماضي.", [("16 يوليو من العام الماضي", "last-year-month")]),
        ("ru", "Мост открыли в июле прошлого года.", [("в июле прошлого года", "last-year-month")]),
        (
            "ar",
            "أغلق الجسر ليلة 15 إلى 16 يوليو/تموز من العام الماضي.",
            [("15 إلى 16 يوليو/تموز من العام الماضي", "last-year-month", (None, 7, 16))],
        ),
        # the night from one day to the next is a range of the two days
        (
            "de",
            "In der Nacht vom 3. auf den 4. Mai 2019 stürzte die Brücke ein.",
            [("3. auf den 4. Mai 2019", (2019, 5, 3), (2019, 5, 4))],
        ),
        ("ru", "В ночь с 3 на 4 мая мост обрушился.", [("3 на 4 мая", (None, 5, 3), (None, 5, 4))]),
        ("uk", "У ніч з 3 на 4 травня міст обвалився.", [("3 на 4 травня", (None, 5, 3), (None, 5, 4))]),
        ("fa", "شب ۳ به ۴ مه پل فرو ریخت.", [("۳ به ۴ مه", (None, 5, 3), (None, 5, 4))]),
        # a count forward in the words that also say "later" counts from the event told, not from now
        ("tr", "Köprü çöktükten 9 gün sonra yeniden açıldı.", []),
        ("fa", "پل ۹ روز بعد دوباره باز شد.", []),
        ("zh", "大桥9天后重新开放。", []),
        ("fa", "پل ۹ روز دیگر باز می‌شود.", [("۹ روز دیگر", "day+9")]),
        ("ru", "Мост откроют через 3 дня.", [("через 3 дня", "day+3")]),
        # early, mid- or late in a month of another calendar: the Gregorian month that part falls in
        ("fa", "پل اواسط اردیبهشت ماه سال ۱۳۹۰ باز شد.", [("اردیبهشت ماه سال ۱۳۹۰", (2011, 5, None))]),
        ("fa", "پل اوایل اردیبهشت ۱۳۹۰ باز شد.", [("اردیبهشت ۱۳۹۰", (2011, 4, None))]),
        ("ar", "افتتح الجسر في منتصف رمضان 1445 هـ.", [("رمضان 1445 هـ", (2024, 3, None))]),
        # the whole month: the Gregorian month covering most of it (21 April to 21 May 2011)
        ("fa", "پل در اردیبهشت ۱۳۹۰ باز شد.", [("اردیبهشت ۱۳۹۰", (2011, 5, None))]),
        # a whole date, then a later day and month without a year: a range within that year
        ("zh", "从2010年4月20日到7月15日之间,大桥封闭。", [("2010年4月20日到7月15日", (2010, 4, 20), (None, 7, 15))]),
        (
            "en",
            "The bridge was shut from 20 April 2010 to 15 July.",
            [("20 April 2010 to 15 July", (2010, 4, 20), (None, 7, 15))],
        ),
        (
            "fr",
            "Le pont a été fermé du 20 avril 2010 au 15 juillet.",
            [("20 avril 2010 au 15 juillet", (2010, 4, 20), (None, 7, 15))],
        ),
        (
            "en",
            "The bridge was shut from 20 July 2010 to 15 April.",
            [("20 July 2010", (2010, 7, 20)), ("15 April", (None, 4, 15))],
        ),
        # two days in words joined as a range before their month
        (
            "it",
            "Tra il primo e il due maggio 2011 il ponte crollò.",
            [("primo e il due maggio 2011", (2011, 5, 1), (2011, 5, 2))],
        ),
        ("es", "El puente cayó entre el uno y el dos de mayo.", [("uno y el dos de mayo", (None, 5, 1), (None, 5, 2))]),
        ("fr", "Le pont est tombé entre le premier et le deux mai.", [("premier et le deux mai", (None, 5, 1), (None, 5, 2))]),
        # two months' names joined by a dash are a range of months, with no year too
        ("uk", "Міст ремонтували протягом березня — червня.", [("березня — червня", (None, 3, None), (None, 6, None))]),
        ("en", "The bridge was repaired in March–June.", [("March–June", (None, 3, None), (None, 6, None))]),
        ("tr", "Köprü mart-haziran döneminde onarıldı.", [("mart-haziran", (None, 3, None), (None, 6, None))]),
        # Arabic names a month by both its names side by side
        ("ar", "افتتح الجسر في 11 سبتمبر ايلول 2001.", [("11 سبتمبر ايلول 2001", (2001, 9, 11))]),
        # Persian spellings of July besides CLDR's and dateparser's
        ("fa", "پل ۱۵ ژولای ۲۰۱۶ باز شد.", [("۱۵ ژولای ۲۰۱۶", (2016, 7, 15))]),
        ("fa", "پل ۱۵ ژوییه ۲۰۱۶ باز شد.", [("۱۵ ژوییه ۲۰۱۶", (2016, 7, 15))]),
        # Persian "the years of" a year is its decade
        ("fa", "پل در سال‌های ۱۹۶۰ میلادی ساخته شد.", []),
        ("fa", "پل در سال ۱۹۶۰ میلادی ساخته شد.", [("۱۹۶۰", (1960, None, None))]),
    ],
)
def test_heldout9_forms(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a count of years back with the words that say "to the day" is the day of writing, that many years before
        ("ru", "Ровно год назад мост обрушился.", [("Ровно год назад", "anniversary-1")]),
        ("fa", "هشت سال پیش در چنین روزی پل فرو ریخت.", [("هشت سال پیش در چنین روزی", "anniversary-8")]),
        ("en", "The bridge fell five years ago today.", [("five years ago today", "anniversary-5")]),
        ("tr", "Köprü tam 5 yıl önce çöktü.", [("tam 5 yıl önce", "anniversary-5")]),
        ("zh", "5年前的今天,大桥倒塌。", [("5年前的今天", "anniversary-5")]),
        ("en", "The bridge fell five years ago.", [("five years ago", "year-5")]),
    ],
)
def test_years_back_to_the_day(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_years_back_to_the_day_is_a_day_in_the_export(tmp_path: Path) -> None:
    """ "Exactly a year ago" on a page of 17 July 2015 is 17 July 2014; on 29 February, no day of the year before."""
    sources = {
        "ru.md": "---\ntitle: Мост\npublished: 2015-07-17\nlanguage: ru\n---\nРовно год назад мост обрушился в реку.\n",
        "en.md": "---\ntitle: Bridge\npublished: 2024-02-29\nlanguage: en\n---\nExactly one year ago the bridge fell.\n",
    }
    site = build_project(make_project(tmp_path, sources), tmp_path / "site")
    events = {e["date_text"]: (e["date"], e["date_basis"]) for e in read_json(site, "api/events.json")}
    assert events == {"Ровно год назад": ("2014-07-17", "relative"), "Exactly one year ago": (None, "unresolved")}
