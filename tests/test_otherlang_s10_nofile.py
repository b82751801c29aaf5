"""Languages with no data file, read with rules made from locale data, as the ml/te/ha set showed once it was
opened for tuning (issues 14 and 15): a year with the language's locative ending, the word for "year" linked to its
number, and people heard by their given names in a script with no capitals. Every sentence is written for the
tests, on a treaty and its signing; the accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from conftest import dates_read as read
from conftest import people_in


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # the locative CLDR's relative times to come end with ("{0} വർഷത്തിൽ", "{0} సంవత్సరాల్లో", "{0} ஆண்டில்")
        ("ml", "കരാർ 2019ൽ ഒപ്പുവച്ചു.", [("2019", (2019, None, None))]),
        ("ml", "കരാർ 2019-ല് ഒപ്പുവച്ചു.", [("2019", (2019, None, None))]),
        ("ml", "കരാർ 2019 ൽ ഒപ്പുവച്ചു.", [("2019", (2019, None, None))]),
        ("ml", "2019ലെ കരാർ പ്രധാനമായിരുന്നു.", [("2019", (2019, None, None))]),
        ("te", "ఒప్పందం 2019లో సంతకం చేయబడింది.", [("2019", (2019, None, None))]),
        ("te", "ఒప్పందం 2019 లో సంతకం చేయబడింది.", [("2019", (2019, None, None))]),
        ("ta", "ஒப்பந்தம் 2019-இல் கையெழுத்தானது.", [("2019", (2019, None, None))]),
        # a postposition written apart ("{0} वर्षांमध्ये")
        ("mr", "करार २०१९ मध्ये झाला.", [("२०१९", (2019, None, None))]),
    ],
)
def test_a_year_with_the_locative_ending_is_a_year(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_count_with_more_than_the_ending_glued_is_no_year() -> None:
    # "ലധികം": more than (the locative and "more"): a count of people, beside a year in the locative
    assert read("2019ൽ നടന്ന ചടങ്ങിൽ 1500-ലധികം പേർ പങ്കെടുത്തു.", "ml") == [("2019", (2019, None, None))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("An sanya hannu kan yarjejeniyar a shekara ta 2019.", [("2019", (2019, None, None))]),
        ("An sanya hannu a watan Oktoba na shekara ta 2019.", [("Oktoba na shekara ta 2019", (2019, 10, None))]),
    ],
)
def test_the_word_for_year_linked_to_its_number_is_a_cue(sentence: str, expected: list) -> None:
    assert read(sentence, "ha") == expected


def test_a_list_word_between_the_word_for_year_and_a_number_links_nothing() -> None:
    # "da": and (CLDR's list word), no link
    assert read("A shekara ta 2018 sun ce shekaru da 2019 mutane sun zo.", "ha") == [("2018", (2018, None, None))]


@pytest.mark.parametrize(
    ("language", "text", "person"),
    [
        ("te", "మాజీ అధ్యక్షుడు రోనాల్డ్ రీగన్ ఒప్పందంపై సంతకం చేశారు.", "రోనాల్డ్ రీగన్"),
        ("ml", "മുൻ പ്രസിഡന്റ് റൊണാൾഡ് റീഗൻ കരാറിൽ ഒപ്പുവച്ചു.", "റൊണാൾഡ് റീഗൻ"),
    ],
)
def test_a_word_that_sounds_like_a_given_name_opens_a_person(language: str, text: str, person: str) -> None:
    assert person in people_in(text, language)
