"""Bodies and people in Tongan, Hawaiian and Kabyle (`data/detection_words.yaml`): a capitalised head-word opens a
body's name ("Potungāue Ako", "Keʻena Hoʻonaʻauao Hawaiʻi", "Tiddukla Tadelsant"), a title before a name opens the
person's (Tongan "Lord Siosaia Vaea", Kabyle "mass Muḥend Ferḥat" in lower case), a sentence's opening
tense marker ("Naʻe", "Ua") opens no name, and a head-word in lower case or alone names no body. Texts written for
these tests (a library)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Naʻe fakaava ʻe he Potungāue Ako ʻa e laipeli foʻou.", "to", "Potungāue Ako"),
        ("Ma ke kula, ua wehe ke Keʻena Hoʻonaʻauao Hawaiʻi i ka hale.", "haw", "Keʻena Hoʻonaʻauao Hawaiʻi"),
        ("Ass-a, Tiddukla Tadelsant teldi-d tamkarḍit tamaynut.", "kab", "Tiddukla Tadelsant"),
    ],
)
def test_a_head_word_opens_a_bodys_name(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in found(text, language)


def test_a_title_before_a_name_opens_the_persons() -> None:
    assert ("Siosaia Vaea", "person") in found("Naʻe fakaava ʻe Lord Siosaia Vaea ʻa e laipeli.", "to")
    assert ("Muḥend Ferḥat", "person") in found("Yenna-d mass Muḥend Ferḥat belli temkarḍit teldi.", "kab")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Naʻe ʻalu ʻa e fānau ki he fale ako.", "to"),  # "fale" (house) in lower case
        ("Kuo lahi ʻa e Fale.", "to"),  # a head-word alone
        ("Ma ke kula, hele ka papa i ka hale waihona puke.", "haw"),  # "papa" (class) in lower case
        ("Teddud tiddukla-nni ɣer temdint.", "kab"),  # "tiddukla" in lower case
        ("Naʻe lele ʻa e kau ako.", "to"),  # the tense marker opens the sentence
    ],
)
def test_no_body_without_a_named_head(text: str, language: str) -> None:
    assert not [kind for _, kind in found(text, language) if kind == "organisation"]
