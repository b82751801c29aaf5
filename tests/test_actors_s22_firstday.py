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


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Ndị isi Ijipt kwuru okwu taa.", "Egypt"),  # Igbo: Egypt as English says it, "g" soft
        ("Onye isi ala Fransị gara Abuja.", "France"),  # "c" soft, the final vowel another
        ("Ụlọ ọrụ Chaịna ga-ewu ụzọ.", "China"),
        ("Ndị ọchịchị Briten zitere ozi.", "United Kingdom"),  # the knowledge's English "Britain"
    ],
)
def test_an_english_state_name_spelled_as_it_sounds(text: str, state: str) -> None:
    assert state in states(text, "ig")


def test_a_word_sounding_like_no_english_name_is_no_state() -> None:
    """ "Jamani" (Germany, from German) sounds like no English name of a state: nothing is guessed."""
    assert states("Ndị Jamani bịara ebe a.", "ig") == []


def test_only_where_cldr_names_the_states_in_english() -> None:
    """Malay's CLDR has names of its own ("Mesir", Egypt): a word sounding like an English name is not read so."""
    assert states("Ijipt bukan nama di sini.", "ms") == []


def test_an_h_is_a_sound() -> None:
    """Tagalog "Hindi" (not) opening a sentence is no "India": its "h" is said."""
    assert states("Hindi siya pumunta sa palengke kahapon.", "tl") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("సోవియట్ యూనియన్ 1991లో విడిపోయింది.", "te"),  # Telugu: "soviyat yuniyan", the English name as said
        ("സോവിയറ്റ് യൂണിയന്റെ നേതാവ് സംസാരിച്ചു.", "ml"),  # Malayalam, the genitive glued: the Soviet Union's leader
    ],
)
def test_a_state_of_two_words_heard_in_a_script_with_no_capitals(text: str, language: str) -> None:
    assert "Soviet Union" in states(text, language)


def test_two_words_heard_apart_are_no_state() -> None:
    """Two Telugu words that together sound like no Latin name of a state ("ప్రభుత్వం ప్రకటించింది": the government
    announced) name none."""
    assert states("ప్రభుత్వం ప్రకటించింది.", "te") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("XXXI Олимпия уеннары Рио-де-Жанейрода узды.", "tt"),  # the 31st Olympic Games
        ("XXXIII съезд партыі адбыўся ў Мінску.", "be"),  # the 33rd congress
    ],
)
def test_a_roman_ordinal_is_no_body(text: str, language: str) -> None:
    assert [f.name for f in find_actors(text, language) if f.kind == "organisation"] == []


def test_an_acronym_of_other_capitals_is_still_a_body() -> None:
    assert "MASSOB" in [f.name for f in find_actors("Ndị MASSOB kwuru okwu taa.", "ig")]


def test_a_given_name_and_a_roman_number_are_a_person() -> None:
    """A pope or a monarch by a given name, even inflected, and a regnal number: Lithuanian "Benediktas XVI"."""
    found = [(f.name, f.kind) for f in find_actors("Popiežius Benediktas XVI atsistatydino vasarį.", "lt")]
    assert ("Benediktas XVI", "person") in found


def test_a_noun_and_a_roman_number_are_no_person() -> None:
    """Basque "Laguntzeko III" (aid programme III) opens as no given name does: no one."""
    assert [f.name for f in find_actors("Laguntzeko III programa onartu zuten.", "eu") if f.kind == "person"] == []
