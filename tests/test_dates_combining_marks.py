"""A word of a script with vowel signs keeps them: CLDR's month and relative words are read whole, never ended
before a final vowel sign nor begun after one inside another word; on made-up sentences."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates


def read(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.year, d.month, d.day, d.relative)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "phrase", "relative"),
    [
        ("bn", "গত মাসে নতুন সেতুটি খুলে দেওয়া হয়।", "গত মাসে", "month-1"),  # the vowel sign ends the word
        ("bn", "আগামী মাসে নির্বাচন হবে।", "আগামী মাসে", "month+1"),
        ("si", "පසුගිය මාසයේ පාලම විවෘත කළා.", "පසුගිය මාසයේ", "month-1"),
        ("si", "ඊළඟ සතියේ රැස්වීම පැවැත්වේ.", "ඊළඟ සතියේ", "week+1"),
        ("ta", "நேற்று பாலம் திறக்கப்பட்டது.", "நேற்று", "day-1"),
    ],
)
def test_a_relative_word_is_read_with_its_vowel_signs(language: str, sentence: str, phrase: str, relative: str) -> None:
    assert read(sentence, language) == [(phrase, (None, None, None, relative))]


def test_a_month_is_read_whole_with_its_final_virama() -> None:
    assert read("மார்ச் 15 அன்று பாலம் திறக்கப்பட்டது.", "ta") == [("மார்ச் 15", (None, 3, 15, None))]


def test_a_month_name_ending_another_word_is_no_month() -> None:
    # "कामे" (works) ends in "मे" (May) after a vowel sign: the day is the May that follows it
    assert read("कामे 15 मे रोजी संपली.", "mr") == [("15 मे", (None, 5, 15, None))]


def test_a_visarga_typed_for_a_colon_ends_a_datelines_date() -> None:
    assert read("पुणे, 19 ऑक्टोबरःपुलाचे उद्घाटन झाले.", "mr") == [("19 ऑक्टोबर", (None, 10, 19, None))]
