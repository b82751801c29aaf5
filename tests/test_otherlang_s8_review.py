"""Fixes of review s8's findings on languages with no data file (issue 14)."""

from __future__ import annotations

import pytest
from briefing.otherlang import declines


@pytest.mark.parametrize("language", ["it", "af", "bg", "mk"])
def test_a_plural_weekday_is_no_case(language: str) -> None:
    """Italian "domenica" -> "domeniche", Afrikaans "Maandag" -> "Maandae": a plural, which says nothing of cases."""
    assert not declines(language)


@pytest.mark.parametrize("language", ["lv", "sr", "sl", "hu", "ka", "ta"])
def test_a_weekday_counted_once_in_another_form_is_a_case(language: str) -> None:
    """Latvian "pirms {0} pirmdienas" (of "pirmdiena"), Serbian "пре {0} понедељка": the count of one declines it."""
    assert declines(language)
