"""Arabic: a bare year after the weak cue "في" (in) is a year when a particle follows it ("في 2021 أن …", "في 2021
حيث …"), as a counted noun would follow a count ("في 2000 موقع", in 2000 places); a day and month after the name of
a coalition or a street named by its day ("ائتلاف 14 فبراير", "شارع 26 يوليو") is part of that name, no date (a
street's only without a year). Sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "استولى الجيش على السلطة في 2021 أن الوضع تغير كثيرا.",
        "استولى الجيش على السلطة في 2021 حيث بدأت المرحلة الانتقالية.",
        "وقع الانقلاب في 2021 ثم أعلن المجلس العسكري خطته.",
    ],
)
def test_a_year_after_in_before_a_particle(sentence: str) -> None:
    assert dates_read(sentence, "ar") == [("2021", (2021, None, None))]


def test_a_count_after_in_is_no_year() -> None:
    assert dates_read("انتشرت القوات في 2000 موقع في البلاد.", "ar") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "وأعلن ائتلاف 14 فبراير مسؤوليته عن التظاهرة.",
        "سار المتظاهرون في شارع 26 يوليو وسط العاصمة.",
    ],
)
def test_a_day_in_a_name_is_no_date(sentence: str) -> None:
    assert [d for d in dates_read(sentence, "ar") if isinstance(d[1], tuple)] == []


def test_a_day_after_the_words_still_read_elsewhere() -> None:
    assert dates_read("انطلقت المسيرة يوم 14 فبراير من الميدان.", "ar") == [("14 فبراير", (None, 2, 14))]
    assert dates_read("سار المتظاهرون في شارع 26 يوليو 2011.", "ar") == [("26 يوليو 2011", (2011, 7, 26))]
    assert dates_read("أغلق الشارع الثلاثاء والأربعاء.", "ar")[0] == ("الثلاثاء", "weekday")
