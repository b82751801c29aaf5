"""Punjabi writes "this year, month, week" with the oblique demonstrative ("ਇਸ ਸਾਲ", "ਇਸ ਮਹੀਨੇ", "ਇਸ ਹਫ਼ਤੇ"), which
dateparser lacks (`additions/pa.yaml`); "ਇਸ ਸਾਲਾਨਾ ਮੇਲੇ" (this annual fair) is no date. Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_this_year_month_week_in_the_oblique_are_relative() -> None:
    assert dates_read("ਇਸ ਸਾਲ ਫ਼ਸਲ ਚੰਗੀ ਹੋਈ।", "pa") == [("ਇਸ ਸਾਲ", "year+0")]
    assert dates_read("ਇਸ ਮਹੀਨੇ ਸਕੂਲ ਖੁੱਲ੍ਹਣਗੇ।", "pa") == [("ਇਸ ਮਹੀਨੇ", "month+0")]
    assert dates_read("ਇਸ ਹਫ਼ਤੇ ਮੀਂਹ ਪਵੇਗਾ।", "pa") == [("ਇਸ ਹਫ਼ਤੇ", "week+0")]


def test_an_annual_event_is_no_date() -> None:
    assert dates_read("ਇਸ ਸਾਲਾਨਾ ਮੇਲੇ ਵਿੱਚ ਲੋਕ ਆਏ।", "pa") == []
    assert dates_read("ਉਹ ਇਸ ਮਹੀਨਾਵਾਰ ਰਸਾਲੇ ਦਾ ਸੰਪਾਦਕ ਹੈ।", "pa") == []
