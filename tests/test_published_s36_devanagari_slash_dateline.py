"""A Hindi press note's dateline closed by a slash glued to the text's first word ("लखनऊ 4 मार्च/राज्य सरकार …"):
one Devanagari word for the place, a yearless date, the slash. A second month or a weekday after the slash
("29 अक्टूबर/नवंबर", "29 अक्टूबर/शनिवार को") and a phrase before the date ("जिले में", in the district) make
no dateline. Texts written for the test (a district's sports fair), none from an evaluation set."""

from __future__ import annotations

import pytest
from conftest import published_of

REST = "जिला खेल अधिकारी ने बताया कि ग्रामीण खेलकूद प्रतियोगिता का आयोजन स्टेडियम में किया जाएगा।\n"


@pytest.mark.parametrize(
    ("opening", "day"),
    [
        ("गोंडा 12 मार्च/", "--03-12"),
        ("बलिया 3 नवम्बर/", "--11-03"),
    ],
)
def test_a_slash_closes_a_press_note_dateline(tmp_path, opening: str, day: str) -> None:
    assert published_of(tmp_path, opening + REST)[0] == day


@pytest.mark.parametrize(
    "opening",
    [
        "प्रतियोगिता 29 अक्टूबर/नवंबर में होगी और ",  # October or November
        "सम्मेलन 29 अक्टूबर/शनिवार को होगा और ",  # on Saturday
        "जिले में 29 अक्टूबर/",  # in the district: a phrase, no place
    ],
)
def test_a_month_a_weekday_or_a_phrase_makes_no_dateline(tmp_path, opening: str) -> None:
    assert published_of(tmp_path, opening + REST)[0] is None
