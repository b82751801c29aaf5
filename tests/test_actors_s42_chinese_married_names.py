"""Chinese: a married woman in Hong Kong and Taiwan often writes her husband's surname before her own surname and
given name ("行政长官某某某某"): after a title, a common surname, a second common surname and two characters are one
person, four characters, where a word that follows a name (a verb of speech, "被", "在") or punctuation closes them.
A three-character name whose second character is also a surname stays three characters ("部长王文斌出席"), and four
characters that run on into more Chinese characters are no name. Sentences written for the test."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("行政长官叶刘淑仪表示,政府会继续推动改革。", "叶刘淑仪"),
        ("特首陈方安生被迫致歉。", "陈方安生"),
        ("議員范徐麗泰在會上發言。", "范徐麗泰"),
        ("主席梁吴美玲,會議延後。", "梁吴美玲"),
    ],
)
def test_a_married_womans_name_after_a_title(text: str, name: str) -> None:
    assert name in people_in(text, "zh")


@pytest.mark.parametrize(
    ("text", "name", "not_name"),
    [
        ("部长王文斌出席会议。", "王文斌", "王文斌出"),  # a three-character name, then its verb
        ("总理李文亮说,会谈很成功。", "李文亮", "李文亮说"),
    ],
)
def test_a_three_character_name_stays_three(text: str, name: str, not_name: str) -> None:
    found = people_in(text, "zh")
    assert name in found and not_name not in found


def test_four_characters_that_run_on_are_no_name() -> None:
    assert not any(p.startswith("陈方") for p in people_in("特首陈方安生活简朴。", "zh"))
