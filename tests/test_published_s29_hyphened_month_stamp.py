"""Publication dates of a page stamp that writes a month's name between its day and year, hyphens parting them
("12-Mar-2024 3:15 PM"), the "d-M-Y" format of server templates, as with slashes ("12/Mar/2024"); in English words
on a page in Hindi too. Each text is written for the test, on a topic of its own (a town's new water tank)."""

from __future__ import annotations

import pytest
from conftest import published_of

HINDI = "नगर निगम ने शहर की नई पानी की टंकी का उद्घाटन किया। टंकी से दस हजार घरों को पानी मिलेगा।\n"
ENGLISH = "The city opened its new water tank on Monday. It will serve ten thousand homes.\n"


@pytest.mark.parametrize("stamp", ["12-Mar-2024 3:15 PM", "12-Mar-2024", "12/Mar/2024"])
def test_a_hyphened_stamp_in_english_words_on_a_hindi_page(tmp_path, stamp: str) -> None:
    text = f"नगर निगम ने नई पानी की टंकी का उद्घाटन किया\n{stamp}\n\n{HINDI}"
    assert published_of(tmp_path, text) == ("2024-03-12", "header")


def test_the_stamp_gives_the_year_a_dateline_leaves_out(tmp_path) -> None:
    """The dateline below ("रायपुर, 12 मार्च।") states no year: the stamp above states the whole date."""
    text = f"नगर निगम ने नई पानी की टंकी का उद्घाटन किया\n12-Mar-2024 3:15 PM\n\nरायपुर, 12 मार्च। {HINDI}"
    assert published_of(tmp_path, text) == ("2024-03-12", "header")


def test_a_hyphened_stamp_on_an_english_page(tmp_path) -> None:
    text = f"New water tank opens\n05-Sep-2023 11:02 AM\n\n{ENGLISH}"
    assert published_of(tmp_path, text) == ("2023-09-05", "header")


def test_a_hyphened_word_that_is_no_month_dates_nothing(tmp_path) -> None:
    """A code with a word between figures ("12-Tank-2024") is no date."""
    text = f"New water tank opens\nProject 12-Tank-2024\n\n{ENGLISH}"
    assert published_of(tmp_path, text)[0] is None


def test_a_slug_in_lower_case_is_no_stamp(tmp_path) -> None:
    """A tag or an address's slug over an "on this day" page ("12-marzo-2024", the month's name in full, lower case)
    is no stamp of the page."""
    text = (
        "12-marzo-2024\n\nIl 12 marzo 2024 la città inaugura il nuovo serbatoio\n\n"
        "Il 12 marzo del 2024 la città inaugurava il nuovo serbatoio dell'acqua, che serve diecimila case.\n"
    )
    assert published_of(tmp_path, text)[0] is None
