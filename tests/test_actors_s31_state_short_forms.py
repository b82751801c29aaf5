"""States in Sinhala, Odia and Amharic: Sinhala's CLDR names less their ending of definiteness ("-ව", "-ය"), as a
text writes them before a noun; Odia's short name of Russia and Amharic's names of England, with the endings those
languages glue; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("ශ්රී ලංකා කණ්ඩායම ඊයේ ජය ගත්තේය.", "si", "Sri Lanka"),  # the Sri Lankan team: no "-ව"
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
        ("චීන ආහාර ඉතා රසවත්ය.", "si"),  # "චීන" (two letters left): too short a stem to tell China
        ("ඔහු ගමට ගියේය.", "si"),  # no state
    ],
)
def test_no_state(text: str, language: str) -> None:
    assert states(text, language) == []
