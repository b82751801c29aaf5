"""German "Bundesregierung" (a federal government) qualified by another state names that state, not Germany: its
adjective ("die österreichische Bundesregierung"), the invariable adjective German makes of a place's name with -er
("die Schweizer Bundesregierung"), or its capital after a preposition of place ("die Bundesregierung in Wien", "in
Bern", Switzerland's federal city). Alone or after Germany's own adjective it is still Germany. Sentences written for
the test (a rail timetable)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "de") if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Die Schweizer Bundesregierung hat den neuen Bahnfahrplan gebilligt.", "Switzerland"),
        ("Die Bundesregierung in Bern hat den neuen Bahnfahrplan gebilligt.", "Switzerland"),
        ("Die Bundesregierung in Wien hat den neuen Bahnfahrplan gebilligt.", "Austria"),
        ("Die österreichische Bundesregierung hat den neuen Bahnfahrplan gebilligt.", "Austria"),
    ],
)
def test_another_state_s_federal_government(text: str, state: str) -> None:
    assert states(text) == [state]


@pytest.mark.parametrize(
    "text",
    [
        "Die Bundesregierung hat den neuen Bahnfahrplan gebilligt.",
        "Die deutsche Bundesregierung hat den neuen Bahnfahrplan gebilligt.",
        "Die Bundesregierung in Berlin hat den neuen Bahnfahrplan gebilligt.",
        "Die Bundesregierung hat in Hamburg den neuen Bahnfahrplan vorgestellt.",
    ],
)
def test_germany_s_own(text: str) -> None:
    assert states(text) == ["Germany"]
