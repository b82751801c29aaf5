"""An agency credited in parentheses in a Turkish dateline, before its dash ("ANKARA (AA) -"), is an organisation, as
in English ("TAIPEI (Site News) —"). Made-up sentences, empty topic registry."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("SEUL (AA) – Güney Kore'de bir feribot battı.", "AA"),
        ("LİZBON (ABC) - Portekiz hükümeti yeni bir karar aldı.", "ABC"),
    ],
)
def test_an_agency_in_parentheses_in_a_dateline_is_an_organisation(text: str, agency: str) -> None:
    assert any(f.kind == "organisation" and agency in f.surfaces for f in find_actors(text, "tr"))


def test_a_word_in_parentheses_before_a_dash_inside_a_sentence_is_no_agency() -> None:
    assert [f for f in find_actors("Bakan Ahmet Yılmaz (sağda) - konuştu.", "tr") if f.kind == "organisation"] == []
