"""A Portuguese year set against another after a comparison's "to" ("maior se comparado a 2015", "em comparação com
2019", "em relação a 2020") is a year: Portuguese writes a count of thousands with a dot ("2.015 casos"), so four
figures alone after the cue name no count. A year with no cue, or a dotted count after the cue, is still no date.
Sentences written for the test (a harvest's figures)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("A colheita foi 9% maior se comparada a 2015.", 2015),
        ("A colheita caiu 4% em comparação com 2019 (1.200 toneladas).", 2019),
        ("O preço subiu em relação a 2020, segundo a cooperativa.", 2020),
    ],
)
def test_a_year_after_a_comparison(sentence: str, year: int) -> None:
    assert dates_read(sentence, "pt") == [(str(year), (year, None, None))]


@pytest.mark.parametrize(
    "sentence",
    [
        "A cooperativa vendeu 2015 sacas na feira.",  # no cue: a count
        "A colheita foi maior se comparada a 2.015 sacas do ano anterior.",  # a dotted count
    ],
)
def test_no_year_without_the_cue_or_with_a_dotted_count(sentence: str) -> None:
    assert dates_read(sentence, "pt") == []
