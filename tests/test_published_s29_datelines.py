"""Publication dates of an Indian paper's dateline whose place touches the paper's name in parentheses
("जबलपुर(नर्मदा समाचार) 14 मार्च।"), as with a space between them. Each text is written for the test, on a topic of
its own (a town's new water tank)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize("place", ["जबलपुर(नर्मदा समाचार)", "जबलपुर (नर्मदा समाचार)"])
def test_a_place_and_the_paper_s_name_before_the_date(tmp_path, place: str) -> None:
    text = (
        "नगर निगम ने नई पानी की टंकी का उद्घाटन किया\n\n"
        f"{place} 14 मार्च। नगर निगम ने शहर की नई पानी की टंकी का उद्घाटन किया। टंकी से दस हजार घरों को पानी मिलेगा।\n"
    )
    assert published_of(tmp_path, text) == ("--03-14", "dateline")


def test_the_paper_s_name_alone_dates_nothing(tmp_path) -> None:
    """No place before the parentheses: a sentence that names a paper, not a dateline, also where the date closes
    the sentence as a dateline's does (the place rule alone tells them apart)."""
    text = (
        "नगर निगम ने नई पानी की टंकी का उद्घाटन किया\n\n"
        "अखबार(नर्मदा समाचार) के अनुसार टंकी का उद्घाटन 14 मार्च। नगर निगम ने शहर की नई पानी की टंकी का"
        " उद्घाटन किया। इससे दस हजार घरों को पानी मिलेगा।\n"
    )
    assert published_of(tmp_path, text)[0] is None
