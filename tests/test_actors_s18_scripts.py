"""Actors outside European scripts, with an empty topic registry, on made-up sentences: a Cyrillic state's name in
some case right after a common given name is that person's surname ("Ашраф Гані" is no Ghana)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ашраф Гані виїхав із країни вночі.", "uk"),
        ("Опозиція критикувала Ашрафа Гані за втечу.", "uk"),
        ("Вчера Ашраф Гани покинул страну.", "ru"),
    ],
)
def test_cyrillic_state_name_after_a_given_name_is_a_surname(text: str, language: str) -> None:
    assert names(text, language, "state") == set()
    assert len(names(text, language, "person")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вибори в Гані пройшли спокійно.", "uk"),
        ("Мітингувальники вигукували «Слава Україні» біля посольства.", "uk"),
    ],
)
def test_cyrillic_state_name_after_no_given_name_stays_a_state(text: str, language: str) -> None:
    assert names(text, language, "state")


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        ("DIŞİŞLERİ BAKANLIĞI dün bir açıklama yaptı.", "Ministry of Foreign Affairs"),
        ("İÇİŞLERİ BAKANLIĞI yeni bir karar açıkladı.", "Ministry of Interior"),
    ],
)
def test_turkish_ministry_all_in_capitals_is_found(text: str, ministry: str) -> None:
    assert names(text, "tr", "organisation") == {ministry}


def test_turkish_acronym_in_capitals_keeps_its_dotted_letters() -> None:
    assert names("IŞİD bölgede yeni bir saldırı düzenledi.", "tr", "organisation") == {"Islamic State"}
