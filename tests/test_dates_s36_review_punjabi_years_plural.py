"""The plural "ਸਾਲਾਂ" (years) after the oblique demonstrative ("ਇਸ ਸਾਲਾਂ ਪੁਰਾਣੀ ਰੀਤ", this years-old custom) is no
"this year"; the singular still is. Sentences written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_the_plural_of_year_is_no_relative_date() -> None:
    assert dates_read("ਪਿੰਡ ਵਾਲਿਆਂ ਨੇ ਇਸ ਸਾਲਾਂ ਪੁਰਾਣੀ ਰੀਤ ਨੂੰ ਬਦਲ ਦਿੱਤਾ।", "pa") == []


def test_this_year_in_the_singular_still_is() -> None:
    assert dates_read("ਇਸ ਸਾਲ ਪਿੰਡ ਵਿੱਚ ਨਵਾਂ ਸਕੂਲ ਖੁੱਲ੍ਹਿਆ।", "pa") == [("ਇਸ ਸਾਲ", "year+0")]
