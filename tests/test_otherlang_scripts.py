"""A language with no data file written in a script without capital letters: words that carry combining marks,
names with case endings or particles glued to them, dates in the locale's own digits and forms; on made-up
sentences in languages of no evaluation set."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("সৌদি আরব ও তুরস্ক আলোচনা করেছে।", "bn", {"Saudi Arabia", "Turkey"}),  # Bengali vowel signs
        ("சவுதி அரேபியா மற்றும் ஜெர்மனி பேச்சுவார்த்தை நடத்தின.", "ta", {"Saudi Arabia", "Germany"}),  # Tamil
        ("සෞදි අරාබිය සහ ජර්මනිය සාකච්ඡා කළේය.", "si", {"Saudi Arabia", "Germany"}),  # Sinhala
    ],
)
def test_a_name_whose_letters_carry_vowel_signs_is_one_word(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("საქართველოში და თურქეთში მოლაპარაკებები გაიმართა.", "ka", {"Georgia", "Turkey"}),  # Georgian "in"
        ("இந்தியாவில் ஜெர்மனியின் அமைச்சர் பேசினார்.", "ta", {"India", "Germany"}),  # Tamil "in", "of"
        ("ভারতের প্রধানমন্ত্রী জার্মানিতে গেছেন।", "bn", {"India", "Germany"}),  # Bengali "of", "to"
    ],
)
def test_a_name_with_a_case_ending_its_script_glues_to_it(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


def test_a_vowel_sign_after_a_name_in_a_script_that_writes_its_postpositions_apart_makes_an_adjective() -> None:
    assert states("रूसी सेनाले आक्रमण गर्‍यो।", "ne") == set()  # Nepali: "Russian", not Russia
