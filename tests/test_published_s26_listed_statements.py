"""Publication dates of a listing of releases whose entry opens the text with its date, a dash, then the heading of
a statement, briefing or press release ("• 4 Mar 2024 - Statement by …"): each text is written for the test, on a
topic of its own (a harbour's new ferry service)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("entry", "found"),
    [
        ("• 4 Mar 2024 - Statement by the Harbour Board on the new ferry service", "2024-03-04"),
        ("12 June 2023 – Press release: the ferry service opens to cyclists", "2023-06-12"),
    ],
)
def test_the_date_over_a_statement_dates_the_page(tmp_path, entry: str, found: str) -> None:
    text = (
        f"News and releases\n\n{entry} The Harbour Board welcomes the first ferry between the two quays. It will"
        " run every hour from Monday. Tickets are sold on board.\n"
    )
    assert published_of(tmp_path, text)[0] == found


def test_the_french_listing_of_a_communique(tmp_path) -> None:
    text = (
        "Actualités\n\n• 3 mai 2024 – Communiqué du Conseil portuaire sur la nouvelle navette La navette relie les deux"
        " quais depuis lundi. Elle circule toutes les heures. Les billets sont vendus à bord.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-05-03"


def test_a_date_before_a_heading_that_reports_a_day_dates_no_page(tmp_path) -> None:
    text = (
        "History of the harbour\n\n4 Mar 1924 - The first ferry crossed the bay in a storm. The crossing took three"
        " hours. Its captain kept a log of the journey.\n"
    )
    assert published_of(tmp_path, text)[0] is None
