"""Amharic marks a Gregorian year with the abbreviation "እ.ኤ.አ." or "እ.ጎ.አ." (according to the Gregorian
reckoning), typed with its dots, with spaces for them or with neither, often with "በ" (in) after it: the
number after it is a year. A cue its dots cut into several words is read whole, as a cue of several words is.
Without the abbreviation a number stays a count. Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read


def test_the_gregorian_abbreviation_in_its_spellings_makes_a_year() -> None:
    assert dates_read("ፕሬዚዳንቱ እኤአ 1989 ወደ ስልጣን መጡ።", "am") == [("1989", (1989, None, None))]
    assert dates_read("ፕሬዚዳንቱ እ.ኤ.አ. 1999 ተመረጡ።", "am") == [("1999", (1999, None, None))]
    assert dates_read("ቡድኑ እ ጎ አ በ 1950 ዋንጫውን አላሸነፈም።", "am") == [("1950", (1950, None, None))]
    assert dates_read("ጥቃቱ እአአ በ 2005 ተፈጸመ።", "am") == [("2005", (2005, None, None))]


def test_a_number_without_the_abbreviation_is_a_count() -> None:
    assert dates_read("በ 1500 ሰዎች ስብሰባው ላይ ተገኝተዋል።", "am") == []
    assert dates_read("ከ 2000 በላይ ተማሪዎች ተመርቀዋል።", "am") == []
    assert dates_read("ከተማዋ 1800 ቤቶች አሏት።", "am") == []
