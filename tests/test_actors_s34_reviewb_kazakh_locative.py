"""A Kazakh place whose name ends as a locative does ("Қызылорда") opens a body's name before its relational
adjective ("облыстық", regional): the body is found, no person. A word in the locative before another word still
stops the name. Sentences written for the test."""

from __future__ import annotations

from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, "kk")]


def test_a_place_ending_as_a_locative_opens_the_body() -> None:
    actors = found("Өткен жұма Қызылорда облыстық соты жаңа шешім қабылдады.")
    assert ("organisation", "Қызылорда облыстық соты") in actors
    assert not any(kind == "person" for kind, _ in actors)


def test_a_locative_still_stops_a_name() -> None:
    assert not any(kind == "organisation" for kind, _ in found("Мен Шымкент қаласында көп жыл қызметін көрдім."))
