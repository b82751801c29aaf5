"""A name opening with West Africa's "N'" before a given name ("N'Golo") is a person's with no title before it.
Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [s for f in find_actors(text, "fr") if f.kind == "person" for s in f.surfaces]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("N’Golo Kanté a signé un nouveau contrat de deux ans.", "N’Golo Kanté"),
        ("Selon son entourage, N'Golo Kanté souffre d'une blessure à la cuisse.", "N'Golo Kanté"),
    ],
)
def test_a_given_name_after_n_apostrophe_opens_a_name(text: str, person: str) -> None:
    assert person in people(text)


def test_the_negation_before_a_capital_word_is_still_no_name() -> None:
    assert people("Le club n’a rien dit à Paris jeudi soir.") == []
