"""Publication dates of a press release that opens its text with its date, then its place and a dash, as NGOs and
UN agencies write it ("4 March 2024, Lomé, Togo – The ministry …"): each text is written for the test, on a topic
of its own (a town's new water pumps)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("dateline", "found"),
    [
        ("12 September 2022, Kisumu, Kenya – ", "2022-09-12"),
        ("March 3, 2021, Lusaka - ", "2021-03-03"),
    ],
)
def test_a_date_first_dateline_dates_the_page(tmp_path, dateline: str, found: str) -> None:
    text = (
        "Relief groups repair water pumps in the lake towns\n"
        "Joint statement of the aid groups on the water supply\n"
        f"{dateline}Four relief groups said they had repaired twelve water pumps. More repairs are planned.\n"
    )
    assert published_of(tmp_path, text)[0] == found


def test_a_date_then_a_clause_dates_no_page(tmp_path) -> None:
    text = (
        "Water pumps repaired\n\n"
        "12 September 2022, Kisumu: four relief groups said they had repaired twelve water pumps that day, and more"
        " repairs are planned in the lake towns.\n"
    )
    assert published_of(tmp_path, text)[0] is None


def test_a_date_then_a_sentence_with_no_place_dates_no_page(tmp_path) -> None:
    text = (
        "Water pumps repaired\n\n"
        "On 12 September 2022, Kisumu - the lake town - got twelve repaired water pumps from four relief groups."
        " More repairs are planned.\n"
    )
    assert published_of(tmp_path, text)[0] is None
