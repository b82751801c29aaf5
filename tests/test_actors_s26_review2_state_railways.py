"""English: a state's name before "Railways" names the state's railway company, as before "Airlines"
(`state_first_heads`), no person whose given name is the state's; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def found(text: str, language: str = "en") -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


def test_a_state_railway_company_is_no_person() -> None:
    assert found("Israel Railways suspended service on Monday.") == [("Israel Railways", "organisation")]
    assert ("Jordan Railways", "person") not in found("Trains of Jordan Railways ran late.")


def test_a_given_name_before_a_surname_stays_a_person() -> None:
    assert found("Israel Katz spoke on Monday.") == [("Israel Katz", "person")]
    assert found("Jordan Bardella a parlé lundi.", "fr") == [("Jordan Bardella", "person")]
