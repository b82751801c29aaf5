"""Review of 'a word for a government before a province' (s34): the province's name must be all the capitalised run
holds, and a one-word name that opens longer ones ("Western", "Central", "South") names no province alone.
Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "organisation"]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Analysts said the government of Western allies had hesitated."),
        ("en", "The government of South Asia's biggest democracy raised taxes."),
        ("en", "The government of Central Europe's smallest state resigned."),
        ("fr", "Le gouvernement de Nord Pipeline a répondu."),
    ],
)
def test_no_government_of_a_first_word(language: str, text: str) -> None:
    assert not any(name.lower().startswith(("government", "gouvernement")) for name in organisations(text, language))


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("fr", "Hier, le gouvernement du Québec a publié un avis.", "gouvernement du Québec"),
        ("en", "On Monday the government of Western Australia said rents would rise.", "government of Western Australia"),
    ],
)
def test_a_province_government_still_found(language: str, text: str, body: str) -> None:
    assert any(body.lower() in name.lower() for name in organisations(text, language))
