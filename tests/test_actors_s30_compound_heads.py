"""Actors in a language that glues a body's head-word into a compound and a case ending after it (Hungarian
"Pécsi Járásbíróság", "Pécsi Járásbíróságnak"): the capitalised words and the head-word are the body, named without
the ending; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Győri Járásbíróság tegnap hozott ítéletet a csalási ügyben.", "Győri Járásbíróság"),
        ("A vádiratot a Győri Járásbíróságnak küldték meg a múlt héten.", "Győri Járásbíróság"),
        ("Az ügyet a Pécsi Közigazgatási és Munkaügyi Bíróságon tárgyalják.", "Pécsi Közigazgatási és Munkaügyi Bíróság"),
        ("A helyszínre a Rendőrség munkatársai is kiérkeztek este.", "Rendőrség"),
    ],
)
def test_a_body_closed_by_a_glued_head_word(text: str, name: str) -> None:
    assert name in bodies(text, "hu")


def test_both_cases_are_one_body() -> None:
    found = bodies("A Győri Járásbíróság ítélt, a Győri Járásbíróságon pedig nagy volt a tömeg.", "hu")
    assert found == ["Győri Járásbíróság"]


@pytest.mark.parametrize(
    "text",
    [
        "A bíróság szerint a vádlott bűnös volt a csalásban.",  # the common noun, in lower case
        "Bíróság elé állították a férfit hétfőn reggel.",  # a common noun opening a sentence
        "A hatóságok lezárták az utat a baleset után.",  # a plural, no case ending of a name
    ],
)
def test_no_body_without_a_capitalised_name(text: str) -> None:
    assert bodies(text, "hu") == []


def test_a_language_with_no_compound_heads_is_untouched() -> None:
    assert "Szolnoki Bíróságnak" not in bodies("Ieri Szolnoki Bíróságnak a vorbit la ședință.", "ro")
