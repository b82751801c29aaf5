"""German companies named with their legal form after the name ("Siemens AG", "Müller GmbH"): the form ends the
company's name as an English head-word ends one kept in English ("Lehman Brothers"), `final_heads` in the
language's detection data. Sentences written for the test, on a topic of their own (a bakery chain)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("Die Hauptversammlung der Sonnenkorn Backwaren AG billigte die Dividende.", "Sonnenkorn Backwaren AG"),
        ("Der Umsatz der Brotzeit GmbH stieg im vergangenen Jahr deutlich.", "Brotzeit GmbH"),
        ("Die Kornfeld AG eröffnet drei neue Filialen.", "Kornfeld AG"),
    ],
)
def test_a_name_ending_in_its_legal_form_is_a_company(text: str, company: str) -> None:
    assert company in organisations(text)


def test_the_legal_form_alone_is_no_company() -> None:
    assert organisations("Die AG hat den Vorstand entlastet.") == []
