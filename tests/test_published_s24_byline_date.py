"""A byline whose writer's name the scraper dropped ("By June 3, 2024" under the headline): the date it keeps is
the page's; texts written for these tests."""

from __future__ import annotations

from conftest import published_of


def test_a_byline_of_a_date_alone_dates_the_page(tmp_path) -> None:
    text = (
        "Harbour town elects its first female mayor\n\nBy March 14, 2025\n\n"
        "Port Ellis — The town council confirmed the count on Thursday evening. Turnout was close to sixty per cent.\n"
    )
    assert published_of(tmp_path, text) == ("2025-03-14", "header")


def test_a_byline_with_a_name_keeps_its_date(tmp_path) -> None:
    text = (
        "Harbour town elects its first female mayor\n\nBy Ana Ruiz, March 14, 2025\n\n"
        "Port Ellis — The town council confirmed the count on Thursday evening. Turnout was close to sixty per cent.\n"
    )
    assert published_of(tmp_path, text) == ("2025-03-14", "header")
