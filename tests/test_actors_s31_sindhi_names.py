"""Actors in Sindhi, whose Arabic script has no capitals: a person is told by the words around the name as in Urdu
(`data/caseless_names.yaml`): a title or an honorific before it ("وڏي وزير", the chief minister's; "ڪامريڊ"), a
listed given name opening it before a verb of saying ("چيو", said), up to a function word ("۽", "جي", "کي", "ته").
A title before a common word names no one. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "sd") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("سنڌ جي وڏي وزير محمد اسلم شاهه چيو ته ڪم جاري رهندو.", "محمد اسلم شاهه"),  # the chief minister ... said
        ("ڪامريڊ رحيم بخش چيو ته هڙتال جاري رهندي.", "رحيم بخش"),  # Comrade ... said
        ("اجلاس ۾ ڊاڪٽر نجمه پنهور ۽ ٻين شرڪت ڪئي.", "نجمه پنهور"),  # Dr ... and others took part
    ],
)
def test_a_sindhi_name_told_by_its_context(text: str, person: str) -> None:
    assert people(text) == [person]


def test_a_title_before_common_words_names_no_one() -> None:
    assert people("صوبائي وزير اڄ اجلاس ۾ شرڪت ڪئي.") == []  # the provincial minister today took part
