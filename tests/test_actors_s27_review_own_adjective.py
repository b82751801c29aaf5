"""Review of fixact: a state's own adjective before its common-noun capital names that state ("die deutsche
Bundesregierung" is Germany); another state's adjective, or another state's name beside it, still qualifies it
away; an actor beside it that is no state does not."""

from briefing.actors import find_actors


def _states(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "state"]


def test_own_adjective_is_the_state() -> None:
    assert _states("Die deutsche Bundesregierung hat neue Hilfen für Landwirte beschlossen.") == ["Germany"]
    assert "Germany" in _states("Kritik an der deutschen Bundesregierung wächst.")


def test_an_organisation_beside_does_not_block() -> None:
    assert "Germany" in _states("Die EU Bundesregierung Gespräche")


def test_another_states_adjective_still_qualifies() -> None:
    assert "Germany" not in _states("Die österreichische Bundesregierung hat neue Hilfen beschlossen.")
