"""Actors on a language's first day (no detection file, an empty topic registry), in the scripts of India: a state's
name heard with the vowel its last consonant letter says, and with a case ending glued to it; texts written for
these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ಅಮೆರಿಕ ಮತ್ತು ಭಾರತದ ನಾಯಕರು ಮಾತುಕತೆ ನಡೆಸಿದರು.", "kn"),  # "ಅಮೆರಿಕ": amerika, its last "a" unwritten
        ("ಅಮೆರಿಕದ ಅಧ್ಯಕ್ಷರು ನಿನ್ನೆ ಭಾಷಣ ಮಾಡಿದರು.", "kn"),  # America's
        ("ಅವರು ಹತ್ತು ವರ್ಷ ಅಮೆರಿಕದಲ್ಲಿ ವಾಸಿಸಿದರು.", "kn"),  # in America
    ],
)
def test_a_state_heard_with_its_final_inherent_vowel_and_a_glued_ending(text: str, language: str) -> None:
    assert "United States" in states(text, language)


def test_a_word_heard_so_opens_as_the_name_does() -> None:
    """Malayalam "മരിച്ച" (died) sounds "mricca" with its last vowel: it opens with a consonant, "America" does not."""
    assert "United States" not in states("അപകടത്തിൽ മരിച്ച ആളുകളുടെ എണ്ണം ഉയർന്നു.", "ml")


def test_an_adjectives_dead_consonant_is_no_case_ending() -> None:
    """Telugu "అమెరికన్" (American) ends in a consonant with a virama: the adjective, not the state."""
    assert "United States" not in states("అమెరికన్ కంపెనీ కొత్త కార్యాలయం తెరిచింది.", "te")


def test_hindi_drops_the_final_vowel() -> None:
    """Hindi says no final inherent vowel: "जमाल" is Jamal, a given name, not "jamala" (Jamaica)."""
    assert "Jamaica" not in states("जमाल ने कल दिल्ली में भाषण दिया.", "hi")


def organisations(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind != "state"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("ন্যাটো সম্মেলন আগামী মাসে হবে।", "bn", "NATO"),  # nyato
        ("હમાસ અને ઇઝરાયેલ વચ્ચે યુદ્ધવિરામ થયો.", "gu", "Hamas"),  # hmas
        ("നാസ പുതിയ ദൗത്യം പ്രഖ്യാപിച്ചു.", "ml", "NASA"),  # nas, and its last consonant's "a"
    ],
)
def test_an_organisations_one_word_name_heard_in_a_script_of_india(text: str, language: str, name: str) -> None:
    assert name in organisations(text, language)


def test_a_word_heard_near_an_organisations_name_is_not_it() -> None:
    """Hindi "नेता" (leader, neta) has NATO's consonants and last letter, but not its spelling."""
    assert "NATO" not in organisations("विपक्ष के नेता ने कल भाषण दिया.", "hi")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("امریکا ولسمشر پرون یوه وینا وکړه.", "ps", "United States"),  # Persian's "آمریکا", its madda unwritten
        ("Президенти Россия дирӯз ба Душанбе омад.", "tg", "Russia"),  # Russian's "Россия"; CLDR's Tajik: "Русия"
    ],
)
def test_a_state_by_a_main_language_of_the_same_script(text: str, language: str, name: str) -> None:
    assert name in states(text, language)


def test_a_lower_case_name_is_not_borrowed() -> None:
    """Ukrainian's lower-case "росія" is not borrowed for a Tajik text: a word so written is no name."""
    from briefing.knowledge import names_in

    assert "росія" not in names_in("tg")["russia"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("त्यांचा जन्म पुण्यात झाला.", "mr", "JNIM"),  # "जन्म" (birth): jnm, three letters
        ("ඔහුට ත්‍යාගයක් ලබා දුන්නා.", "si", "ALBA"),  # "ලබා" (given): lba, opening with a consonant
    ],
)
def test_a_short_word_is_not_heard_as_an_organisation(text: str, language: str, name: str) -> None:
    assert name not in organisations(text, language)
