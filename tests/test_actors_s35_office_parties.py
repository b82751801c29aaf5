"""A law office of a jurisdiction that is a party in its own right (`office_parties`: "Attorney General of Ontario",
as a court's case names and lists of interveners write it) is an organisation, office and place together. Not the
office in lower case, nor one a holder's name follows or is apposed to, nor the title alone before a name, nor a
heading in capitals. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "en")]


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("40112 Attorney General of Nova Scotia v. Harbour Freight Lines Ltd.", "Attorney General of Nova Scotia"),
        ("Interveners: Attorney General of Alberta, Attorney General of Yukon", "Attorney General of Alberta"),
        ("The Auditor General of Manitoba found the tender flawed.", "Auditor General of Manitoba"),
    ],
)
def test_an_office_of_a_place_is_an_organisation(text: str, office: str) -> None:
    assert ("organisation", office) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The attorney general of the province said the law stands.",  # lower case: the office as a common noun
        "The Attorney General of Ontario Jane Roe said the law stands.",  # a holder's name follows
        "The Attorney General of Ontario, Jane Roe, said the law stands.",  # an apposed holder
        "Attorney General Jane Roe said the law stands.",  # the title alone before a name
        "ATTORNEY GENERAL OF ONTARIO STATEMENT ON THE RULING",  # a heading in capitals
    ],
)
def test_no_office_of_a_place_otherwise(text: str) -> None:
    assert not any(name.startswith(("Attorney", "ATTORNEY")) and kind == "organisation" for kind, name in found(text))
