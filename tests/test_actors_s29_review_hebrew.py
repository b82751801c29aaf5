"""Hebrew people after a title or a given name, narrowed after a review: the words after a title are a person's
name only when a listed given name opens them or a verb of saying follows them, a listed given name alone only
before a verb of saying, and no place (CLDR's, or a word with a glued preposition of place) is a name; texts
written for these tests."""

from __future__ import annotations

import time

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "he") if f.kind == "person"]


@pytest.mark.parametrize(
    "text",
    [
        "ראש הממשלה מתכוון להגיש את ההצעה.",  # a verb after the title (intends to submit)
        "ראש הממשלה מתכוונת לפרסם את התוכנית.",  # a near variant, another verb form
        "הנשיא ירצה לפגוש את המנהיגים.",
        "ראש הממשלה טס הלילה לוושינגטון.",  # a verb and an adverb of time
        'הרמטכ"ל סייר בגבול הצפון.',
        'ראש הממשלה נמצא כעת בביקור בחו"ל.',
        "נשיא המדינה נשא דברים בטקס.",
        "ראש האופוזיציה מתח ביקורת חריפה על הממשלה.",
        "ראש האופוזיציה הפנה ביקורת לשרים.",  # a near variant
    ],
)
def test_a_verb_after_a_title_is_no_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "ראש העיר תל אביב הגיע לאירוע.",  # the mayor of Tel Aviv
        "ראש העירייה באר שבע פתח את הכביש.",
        "השגריר בלונדון זומן לשיחת נזיפה.",  # in London: a glued preposition of place
        "השגריר בלונדון אמר כי השיחות נמשכות.",  # even before a verb of saying
        "ראש העיר ירושלים אמר כי העבודות יסתיימו.",  # a city CLDR names, before a verb of saying
        'ד"ר בכלכלה מאוניברסיטת תל אביב.',
    ],
)
def test_a_place_after_a_title_is_no_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    "text",
    [
        'אורי פרסם את הדו"ח.',  # a given name and a verb that is no verb of saying
        "יעל הרים נראו באזור הצפון.",  # ibexes
        "אסתר המלכה היא דמות מקראית.",
        "משה רבנו הוציא את העם ממצרים.",
    ],
)
def test_a_given_name_alone_before_any_word_is_no_name(text: str) -> None:
    assert people(text) == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("ראש הממשלה אהרון כהנוביץ ביקר אתמול בנמל אשדוד.", "אהרון כהנוביץ"),  # a listed given name after the title
        ("פרופ' עדנה שפירו אמרה כי התוצאות מעודדות.", "עדנה שפירו"),  # a verb of saying after the name
        ("שר החקלאות עמוס דגני הודיע על התוכנית.", "עמוס דגני"),  # a minister's title, his field, a verb of saying
        ('אורי כהן אמר כי הדו"ח מוכן.', "אורי כהן"),  # a given name, a surname, a verb of saying
        ("לדברי הוועד, יונתן ואמר כי הפגישה נדחתה.", "יונתן"),  # a given name right before "and said"
    ],
)
def test_a_name_told_by_a_given_name_or_a_verb_of_saying(text: str, person: str) -> None:
    assert people(text) == [person]


def test_fifty_thousand_characters_take_no_scan_of_every_title() -> None:
    base = "ראש הממשלה אהרון כהנוביץ ביקר אתמול בנמל אשדוד, והשופטת רינה אלמוג אמרה כי ראש העיר הודה לתושבים. "
    text = (base * (50000 // len(base) + 1))[:50000]
    started = time.process_time()
    found = people(text)
    assert "אהרון כהנוביץ" in found and "רינה אלמוג" in found
    assert time.process_time() - started < 20  # a loaded machine; the titles are looked up by their first word
