"""A page collecting a city's or an agency's releases of one day, titled with them and the day ("Press Releases for
Thursday, November 14, 2019", `data/publication.yaml`'s `statements_of_day`): the day is the page's date, also when the
heading is the page's first line, which the header reads as a date line over no title. A heading naming releases on a
subject of a day ("about the storm of …") dates no page. Each text is written for the test (a town's ferry)."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT = "Ferry Service Resumes\n\nThe town's ferry resumed its crossings on Monday after repairs to the landing stage.\n"


@pytest.mark.parametrize(
    ("heading", "found"),
    [
        ("Press Releases for Thursday, November 14, 2019", "2019-11-14"),
        ("Media Releases for 4 March 2024", "2024-03-04"),
        ("Press releases of 5 June 2023", "2023-06-05"),
    ],
)
def test_the_day_of_the_releases_dates_the_page(tmp_path, heading: str, found: str) -> None:
    assert published_of(tmp_path, f"{heading}\n\n{TEXT}")[0] == found


@pytest.mark.parametrize(
    "heading",
    [
        "News releases about the storm of August 23, 2022",  # the releases' subject is dated, not the page
        "Press release on the crossing of 4 March 2024",  # one release, singular: no day's collection
    ],
)
def test_a_heading_naming_a_subject_dates_no_page(tmp_path, heading: str) -> None:
    assert published_of(tmp_path, f"{heading}\n\n{TEXT}")[0] is None
