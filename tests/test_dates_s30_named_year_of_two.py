"""The word for "year" right before two years in a row, the second written short ("वर्ष 2024-25", "वित्तीय वर्ष
2025-26": the financial year 2025-26) names one year of accounts that runs across the two, no date of either; the
same figures without that word ("2019-20 में", in 2019-20) stay a range of years. Each sentence is written for the
test, on a topic of its own (a town's water board)."""

from __future__ import annotations

from conftest import dates_read


def test_a_financial_year_is_no_date() -> None:
    assert dates_read("जल बोर्ड ने वित्तीय वर्ष 2025-26 का बजट पास किया।", "hi") == []
    assert dates_read("जल बोर्ड ने वर्ष 2024-25 का हिसाब रखा।", "hi") == []


def test_two_years_without_the_word_stay_a_range() -> None:
    assert dates_read("जल बोर्ड ने 2019-20 में नई पाइपलाइन बिछाई।", "hi") == [("2019-20", (2019, None, None), (2020, None, None))]


def test_a_year_after_the_word_stays_a_year() -> None:
    assert dates_read("जल बोर्ड ने वर्ष 2024 में नई पाइपलाइन बिछाई।", "hi") == [("2024", (2024, None, None))]
