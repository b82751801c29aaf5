"""Russian and Ukrainian write other languages' given names with their own sounds: Turkish "c" as "дж" ("Реджеп",
Recep), Spanish "g" as "х" ("Серхио", Sergio), English "w" as "в" and a final "y" as "и" ("Венди", Wendy), and
Ukrainian opens "Yevgen" with "Є" ("Євген"). Read back, a common given name of the list opens a full name, also where
its surname stands alone in another paragraph (which alone leaves an unknown first word no given name). A word that
only reads as a rare name so ("Вену", Vienna; Ukrainian "Вона", she) opens none. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import actor_mentions, base_registry
from briefing.detect_words import cyrillic_given_name
from briefing.model import Block


def people(language: str, *paragraphs: str) -> set[str]:
    mentions, detected = actor_mentions(tuple(Block("paragraph", p) for p in paragraphs), base_registry(), language)
    persons = {d.id for d in detected if d.kind == "person"}
    return {m.text for m in mentions if m.actor in persons}


@pytest.mark.parametrize(
    ("language", "paragraphs", "name"),
    [
        ("ru", ("Акдаг выступил в парламенте.", "Реджеп Акдаг возглавляет партию с 2001 года."), "Реджеп Акдаг"),
        ("ru", ("Масса признал поражение.", "Серхио Масса поздравил соперника."), "Серхио Масса"),
        ("ru", ("Мортон ушла в отставку.", "Венди Мортон возглавляла комитет."), "Венди Мортон"),
        ("uk", ("Марчук очолював уряд.", "Євген Марчук помер у 2021 році."), "Євген Марчук"),
        ("uk", ("Акдаг виступив у парламенті.", "Реджеп Акдаг очолює партію з 2001 року."), "Реджеп Акдаг"),
    ],
)
def test_a_foreign_given_name_opens_the_full_name(language: str, paragraphs: tuple[str, ...], name: str) -> None:
    assert name in people(language, *paragraphs)


@pytest.mark.parametrize(
    ("word", "given"),
    [("Реджепа", "recep"), ("Серхио", "sergio"), ("Венди", "wendy"), ("Євгеній", "evgeni"), ("Сергей", "sergey")],
)
def test_the_given_name_read_back(word: str, given: str) -> None:
    assert cyrillic_given_name(word) == given


@pytest.mark.parametrize("word", ["Вену", "Вона", "Кореи", "Сирии", "Баку", "Хоча"])
def test_words_that_read_only_as_rare_names_are_none(word: str) -> None:
    assert cyrillic_given_name(word) is None
