"""Hindi "हफ़्ता" (week, also typed without the nukta), the synonym of the locale data's "सप्ताह", after "अगले",
"पिछले", "इस" (next, last, this); and a month's name before the postposition "में" (in), which CLDR writes after
every count of time to come ("{0} वर्ष में"). Each sentence is written for the test, on a topic of its own (a
village school's exams)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("गाँव के स्कूल की परीक्षा अगले हफ्ते होगी।", "अगले हफ्ते", "week+1"),
        ("गाँव के स्कूल की परीक्षा पिछले हफ़्ते हुई।", "पिछले हफ़्ते", "week-1"),
        ("गाँव के स्कूल की परीक्षा इस हफ्ते होगी।", "इस हफ्ते", "week+0"),
        ("गाँव के स्कूल की परीक्षा अगले सप्ताह होगी।", "अगले सप्ताह", "week+1"),
    ],
)
def test_hindi_weeks(sentence: str, text: str, kind: str) -> None:
    assert dates_read(sentence, "hi") == [(text, kind)]


def test_a_month_before_in() -> None:
    assert dates_read("गाँव के स्कूल की परीक्षा अक्टूबर में होगी।", "hi") == [("अक्टूबर", (None, 10, None))]


def test_a_month_word_without_in_is_no_date() -> None:
    # "एक हफ्ता" (for one week) is a span, no date
    assert dates_read("गाँव के स्कूल में परीक्षा एक हफ्ता चली।", "hi") == []
