"""Event-date forms the ninth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule. Every sentence is written for the tests, on a bridge over a river; the accuracy on real articles is
measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
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
        ("fa", "پل در اردیبهشت ۱۳۹۰ باز شد.", [("اردیبهشت ۱۳۹۰", (2011, 4, 21), (2011, 5, 21))]),
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
        # Persian "the years of" a year is its decade
        ("fa", "پل در سال‌های ۱۹۶۰ میلادی ساخته شد.", []),
        ("fa", "پل در سال ۱۹۶۰ میلادی ساخته شد.", [("۱۹۶۰", (1960, None, None))]),
    ],
)
def test_heldout9_forms(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
