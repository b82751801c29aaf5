"""English news opens sentences with who spoke before a verb of speech ("Okafor said", "Lindqvist stated"): the one
capitalised word there is an actor (`speakers_open_sentences`), as it is inside a sentence. Not a body's head-word
or a title ("Police said", "Spokesman said"), a word for a government, a pronoun or collective noun
(`not_speakers`: "Everyone said"), a plural of people (`people_plural_endings`: "Witnesses said", "Medics said"),
nor a demonym. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str) -> set[str]:
    return {f.name for f in find_actors(text, "en")}


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Amara Okafor spoke first. Okafor said the bridge would reopen in spring.", "Okafor"),
        ("Erik Lindqvist runs the port. Lindqvist stated that the ferry service would resume.", "Lindqvist"),
        ("Tunde Adeyemi chairs the board. Adeyemi says the tender was fair.", "Adeyemi"),
    ],
)
def test_one_word_opening_a_sentence_before_speech_is_an_actor(text: str, speaker: str) -> None:
    assert any(speaker in name for name in names(text))


@pytest.mark.parametrize(
    "text",
    [
        "Police said two men were arrested near the harbour.",  # a body's head-word
        "Spokesman said the talks went well.",  # a title
        "Government said nothing about the delay.",  # a word for a government
        "Everyone said the storm was the worst in years.",  # a pronoun
        "Witnesses said the blast shook the windows.",  # a plural of people
        "Medics said three people were treated.",  # a plural of people
        "Canadians said they were worried about prices.",  # a demonym's plural
    ],
)
def test_no_actor_from_a_common_noun_opening_a_sentence(text: str) -> None:
    assert not names(text)
