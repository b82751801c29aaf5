"""Actors on a language's first day (no detection file, an empty topic registry): states named with other spellings
than CLDR's; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("አልጀሪያ አዲስ ፕሬዚዳንት መረጠች።", "Algeria"),  # CLDR "አልጄሪያ": another vowel, the same consonants
        ("ሚኒስትሩ በአውስትራሊያ ጉብኝት አደረጉ።", "Australia"),  # "in Australia"; CLDR "አውስትራልያ"
        ("የቡርኪናፋሶ ወታደሮች ስልጣን ያዙ።", "Burkina Faso"),  # "of Burkina Faso", its two words joined
        ("ቡድኑ አልጀሪያን አሸነፈ።", "Algeria"),  # the accusative "-ን" glued after the name
    ],
)
def test_an_ethiopic_state_name_read_by_its_consonants(text: str, state: str) -> None:
    assert state in states(text, "am")


def test_an_ejective_is_another_consonant() -> None:
    """ "የቀረቡት" (those presented) is ye + k'-r-b-t: its ejective "ቀ" (k') is no "ኪ" (k) of "ኪሪባቲ" (Kiribati)."""
    assert states("የቀረቡት ሀሳቦች ተቀባይነት አገኙ።", "am") == []
