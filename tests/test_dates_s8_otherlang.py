"""Date forms of languages with no data file, read from CLDR's formats, that the az/hy/kk/uz set showed once it
was opened for tuning (issue 14). Every sentence is written for the tests, on a treaty and its signing; the
accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # CLDR: "y 'ж'. d MMMM" (Kazakh), "y թ. MMMM d, EEEE" (Armenian), "y 'm'. MMMM d 'd'." (Lithuanian)
        ("kk", "Келісім 2019 жылдың 14 қазанында жасалды.", [("2019 жылдың 14 қазанында", (2019, 10, 14))]),
        ("hy", "Պայմանագիրը կնքվել է 2019 թվականի հոկտեմբերի 14-ին:", [("2019 թվականի հոկտեմբերի 14-ին", (2019, 10, 14))]),
        ("hy", "Պայմանագիրը կնքվել է 2019 թվականի հոկտեմբերին:", [("2019 թվականի հոկտեմբերին", (2019, 10, None))]),
        ("lt", "Sutartis pasirašyta 2019 metų spalio 14 dieną.", [("2019 metų spalio 14 dieną", (2019, 10, 14))]),
        ("bg", "Договорът е подписан на 14 октомври 2019 година.", [("14 октомври 2019 година", (2019, 10, 14))]),
    ],
)
def test_a_word_cldr_abbreviates_in_a_date_may_be_written_out(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("az", "Müqavilə oktyabrın 14-də imzalandı.", [("oktyabrın 14-də", (None, 10, 14))]),
        ("az", "Müqavilə 14 oktyabrda imzalandı.", [("14 oktyabrda", (None, 10, 14))]),
        ("az", "Müqavilə 5 mayda imzalandı.", [("5 mayda", (None, 5, 5))]),  # a short name, after its day only
        ("az", "Müqavilə martın 3-də imzalandı.", [("martın 3-də", (None, 3, 3))]),
    ],
)
def test_a_month_with_a_case_ending_beside_its_day_is_that_month(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_short_month_name_with_an_ending_and_no_day_is_no_date() -> None:
    assert read("Onlar martda bir daha görüşdülər, 22 nəfər gəldi.", "az") == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the locale data lists "անցյալ ամիս" (last month) and "նախորդ տարի" (last year), not "անցյալ տարի"
        ("hy", "Պայմանագիրը կնքվել է անցյալ տարի:", [("անցյալ տարի", "year-1")]),
        ("vi", "Hiệp ước được ký tuần ngoái.", [("tuần ngoái", "week-1")]),  # "tháng ngoái" (last month)
    ],
)
def test_a_modifier_of_one_unit_of_time_goes_with_the_others(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
