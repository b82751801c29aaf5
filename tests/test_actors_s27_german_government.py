"""Actors: German names its own state's federal government "die Bundesregierung" (Germany, the state acting, in any
case) and its foreign ministry "das Auswärtige Amt", an adjective and "Amt" inflected as German inflects them
("des Auswärtigen Amts"), a body, no person; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, "de")]


def test_the_federal_government_is_germany() -> None:
    assert ("Germany", "state") in found("Die Bundesregierung hat am Mittwoch neue Hilfen beschlossen.")


def test_the_federal_government_in_the_genitive() -> None:
    assert ("Germany", "state") in found("Eine Sprecherin der Bundesregierung wollte sich dazu nicht äußern.")


def test_the_foreign_office_is_a_body() -> None:
    assert found("Das Auswärtige Amt rät von Reisen in die Region ab.") == [("Federal Foreign Office", "organisation")]


def test_the_foreign_office_in_the_genitive_and_dative() -> None:
    assert ("Federal Foreign Office", "organisation") in found("Ein Sprecher des Auswärtigen Amtes bestätigte den Bericht.")
    assert ("Federal Foreign Office", "organisation") in found(
        "Nach Angaben des Auswärtigen Amts sind alle Deutschen in Sicherheit."
    )
    assert ("Federal Foreign Office", "organisation") in found("Beim Auswärtigen Amt hieß es, man prüfe die Lage.")


def test_an_office_held_is_no_body() -> None:
    assert found("Sie trat ihr Amt im Januar an.") == []
