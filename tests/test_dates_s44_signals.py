"""A typhoon signal's number before 号风球 ("8号风球": signal No. 8, as Hong Kong and Macao name their warnings) is no
day of the month; a day before 号 and anything else still is. Sentences written for the test."""

from __future__ import annotations

from briefing.dates import find_dates


def test_a_typhoon_signals_number_is_no_day() -> None:
    assert find_dates("天文台发出8号风球,学校停课。", "zh") == []
    assert find_dates("天文臺發出10號風球,學校停課。", "zh") == []


def test_a_day_before_hao_is_still_a_day() -> None:
    assert [(m.month, m.day) for m in find_dates("学校将于3月8号复课。", "zh")] == [(3, 8)]
