"""Actors in Hebrew, whose script has no capitals: a person is told by the words around the name (a title of office
or an honorific before it, a minister's title and its field, a given name the language's list knows), with the
one-letter words the script glues before a word looked past; the words after a title are a name when a listed
given name opens them or a verb of saying follows them; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "he") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("ראש הממשלה אהרון כהנוביץ ביקר אתמול בנמל אשדוד.", "אהרון כהנוביץ"),  # the prime minister
        ("פרופ' עדנה שפירו ציינה כי התוצאות מעודדות מאוד.", "עדנה שפירו"),  # Prof., before "noted"
        ('ד"ר נילי ברקוביץ מסרה כי המחקר הושלם.', "נילי ברקוביץ"),  # Dr, with gershayim, before "reported"
        ("השופטת רינה אלמוג כתבה בהחלטתה כי הטענה נדחית.", "רינה אלמוג"),  # the judge, before "wrote"
        ("שר החקלאות עמוס דגני הבהיר כי התמיכה תימשך.", "עמוס דגני"),  # a minister's title and his field
        ("הנשיא הנבחר אליאור מזרחי הודיע כי ייכנס לתפקידו בחודש הבא.", "אליאור מזרחי"),  # president-elect
    ],
)
def test_a_name_after_a_title(text: str, person: str) -> None:
    found = people(text)
    assert person in found
    assert all(p == person or p in person or person in p for p in found)


def test_a_given_name_the_list_knows_opens_a_name() -> None:
    assert "איתמר שלזינגר" in people("איתמר שלזינגר סיפר כי הבקיע שני שערים.")


def test_a_glued_word_before_a_given_name_is_no_part_of_it() -> None:
    """ "ויונתן", and Jonathan: the name starts after the glued "and"."""
    assert "יונתן גבאי" in people("נציגי העירייה ויונתן גבאי מסרו כי הפגישה נדחתה.")


@pytest.mark.parametrize(
    "text",
    [
        "ראש העיר הודה לתושבים על סבלנותם.",  # the mayor thanked: a verb after the title, no name
        "ראש הממשלה אמר כי ההחלטה תתקבל בקרוב.",  # the prime minister said
        "הדור הצעיר עוזב את הכפר בהדרגה.",  # "דור", generation: no given name on the list
    ],
)
def test_no_name_without_one(text: str) -> None:
    assert people(text) == []
