"""States in Sinhala, Odia and Amharic: Odia's short name of Russia and Amharic's names of England, with the endings
those languages glue; a Sinhala state's name less its ending of definiteness is its adjective ("ජපාන ආහාර", Japanese
food), no state; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("කැනඩා රජය නව නීතියක් ගෙන ආවේය.", "si", "Canada"),  # the Canadian government
        ("ରୁଷର ସେନା ସୀମାରେ ପହଞ୍ଚିଛି ।", "or", "Russia"),  # Russia's army
        ("ቡድኑ ከእንግሊዝ ጋር ይጫወታል።", "am", "England"),  # with England
    ],
)
def test_the_state_is_found(text: str, language: str, state: str) -> None:
    assert states(text, language) == [state]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("චීන ආහාර ඉතා රසවත්ය.", "si"),  # Chinese food: the adjective, no state
        ("ඔහු ගමට ගියේය.", "si"),  # no state
    ],
)
def test_no_state(text: str, language: str) -> None:
    assert states(text, language) == []
