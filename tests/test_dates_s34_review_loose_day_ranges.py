"""Review of 'two days of the next two months joined by an unknown word are a range' (s34): the joiner is a short
word ("i", "ĝis"); a longer one also says "then" or "as well as", two dates. Sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ms", "Mesyuarat diadakan pada 28 Mac kemudian 3 April."),  # then
        ("ms", "Cuti diberi pada 28 Mac serta 3 April."),  # as well as
        ("cy", "Bydd y cyfarfod cyntaf 28 Mawrth wedyn 3 Ebrill."),  # then
    ],
)
def test_then_or_as_well_as_join_two_dates(language: str, text: str) -> None:
    assert all(len(found) == 2 for found in dates_read(text, language))
    assert len(dates_read(text, language)) == 2


def test_a_short_to_still_joins_a_range() -> None:
    assert dates_read("Bydd yr ŵyl o 28 Mawrth i 3 Ebrill.", "cy") == [("28 Mawrth i 3 Ebrill", (None, 3, 28), (None, 4, 3))]
