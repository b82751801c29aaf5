"""Pashto "طالبان"/"طالبانو" is the Taliban, and also the plural of "طالب", student: right after a word for a school,
a madrasa or a university ("د دیني مدرسې طالبانو", the religious school's students) it is the common noun, no actor
(`data/knowledge/student_names.yaml`). Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "ps")}


@pytest.mark.parametrize(
    "text",
    [
        "د دیني مدرسې طالبانو امتحان ورکړ.",  # the religious school's students took the exam
        "د پوهنتون طالبان د کتابتون مخې ته ودرېدل.",  # the university's students stood before the library
        "د ښوونځي طالبانو ته نوي کتابونه ورکړل شول.",  # the school's students were given new books
    ],
)
def test_students_after_a_school_are_no_actor(text: str) -> None:
    assert "Taliban" not in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "طالبانو د ولایت نوی والي وټاکه.",  # the Taliban named the province's new governor
        "د طالبانو ویاند وویل چې مدرسې به پرانیستل شي.",  # the Taliban's spokesman said the madrasas would open
        "په کندهار کې طالبان غونډه وکړه.",  # in Kandahar the Taliban held a meeting
    ],
)
def test_the_taliban_elsewhere(text: str) -> None:
    assert "Taliban" in names(text)
