"""Russian "ИА" and Ukrainian "ІА" (a news agency, "информационное агентство") and "информагентство" before a name
are its kind, no actor of their own: the name after them, quoted or not, is the agency ("ИА «Регнум»", "ІА
Регнум"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


@pytest.mark.parametrize(
    ("sentence", "language", "agency"),
    [
        ("Как сообщает ИА «Регнум», взрывы прогремели в городе.", "ru", "Регнум"),
        ("Об этом сообщило ИА Регнум в среду.", "ru", "Регнум"),
        ("Как передает информагентство «Тренд», взрывы прогремели.", "ru", "Тренд"),
        ("Про це повідомило ІА Регнум у середу.", "uk", "Регнум"),
    ],
)
def test_the_agency_after_its_kind(sentence: str, language: str, agency: str) -> None:
    found = {surface for a in find_actors(sentence, language) for surface in a.surfaces}
    assert found == {agency}
