"""A company's legal form closes its registered name ("Pty Ltd", "Inc", "LLC", "PLC"; not "Limited"), as tenders and
contracts name the firms they go to: the name up to it is an organisation. An acronym of a tax ("GST") is none. Texts
written for the test (a library's building works)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> dict[str, str]:
    return {surface: a.kind for a in find_actors(text, "en") for surface in a.surfaces}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Riverbend Builders Pty Ltd was awarded the library's roofing contract.", "Riverbend Builders Pty Ltd"),
        ("Council chose Northgate Lighting Inc for the reading room.", "Northgate Lighting Inc"),
        ("The heating works went to Harbour Climate LLC after a tender.", "Harbour Climate LLC"),
    ],
)
def test_a_name_closed_by_its_legal_form_is_a_company(text: str, company: str) -> None:
    assert found(text).get(company) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "The library's budget is $1.2 million inclusive of GST.",  # a tax's acronym
        "The library sells a Limited Edition of its history.",  # the word as an adjective
        "The firm is a limited company, the council said.",  # lower case, no name
    ],
)
def test_no_company_without_a_name_before_its_form(text: str) -> None:
    assert "organisation" not in found(text).values()
