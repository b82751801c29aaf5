"""Publication dates from a paragraph of its own that notes a statement's issue ("The press release issued by the
Harbour Board on 4 March 2024."): each text is written for the test, on a topic of its own (a harbour's new ferry
service)."""

from __future__ import annotations

import pytest
from conftest import published_of

LEDE = "The Harbour Board welcomes the first ferry between the two quays. It will run every hour from Monday."


@pytest.mark.parametrize(
    ("note", "found"),
    [
        ("The press release issued by the Harbour Board on 4 March 2024.", "2024-03-04"),
        ("This statement was released on 12 June 2023.", "2023-06-12"),
    ],
)
def test_a_note_of_the_issue_dates_the_page(tmp_path, note: str, found: str) -> None:
    text = f"Harbour news\n\nPRESS RELEASE: A new service links the two quays\n\n{note}\n\n{LEDE} Tickets are sold on board.\n"
    assert published_of(tmp_path, text)[0] == found


def test_a_french_note_of_the_issue(tmp_path) -> None:
    text = (
        "Actualités du port\n\nNAVETTE : un nouveau service relie les deux quais\n\nCe communiqué a été diffusé par la"
        " mairie de Portville le 3 mai 2024.\n\nLa navette relie les deux quais depuis lundi. Elle circule toutes les"
        " heures. Les billets sont vendus à bord.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-05-03"


def test_a_report_of_a_statement_dates_no_page(tmp_path) -> None:
    """A report's sentence runs on after the statement's date: the day of the statement it reports."""
    text = (
        "Harbour news\n\nFERRY: A new service links the two quays\n\nThe statement issued by the Harbour Board on 4 March"
        " 2024 said the ferry would run every hour. Tickets are sold on board. The board met again on Monday.\n"
    )
    assert published_of(tmp_path, text)[0] is None
