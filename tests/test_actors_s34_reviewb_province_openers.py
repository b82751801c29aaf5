"""Only compass, size and kind words (`data/knowledge/name_openers.yaml`) name no province alone after a word for a
government; a real province whose name opens a longer one's ("Kasai", "Delta", "Almaty") keeps its government.
Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("fr", "Le gouvernement du Kasaï a fermé les écoles.", "gouvernement du Kasaï"),
        ("en", "The government of Delta will pay teachers in May.", "government of Delta"),
        ("en", "The government of Almaty cut bus fares.", "government of Almaty"),
    ],
)
def test_a_real_province_keeps_its_government(language: str, text: str, body: str) -> None:
    assert body in organisations(text, language)


def test_a_compass_word_alone_is_no_province() -> None:
    assert not any(n.startswith("government") for n in organisations("The government of Northern towns fell.", "en"))
