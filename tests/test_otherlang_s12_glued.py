"""Languages with no data file, read with rules made from locale data, as the lt/mk/ne/so set showed once it was
opened for tuning (issues 14 and 15): a postposition that CLDR's relative times glue to every unit's word ("{0}
वर्षमा", in 0 years) is glued to months, years and names too (Nepali, Gujarati, Odia); a phrase CLDR writes apart
may be written glued ("५ वर्षअघि"); capitalised weekdays to which CLDR's counts glue endings take the article
("Sabtidii", Somali), and so do states' names ("Faransiiska"); a year takes a hyphenated ending ("2018-ųjų",
"2015-kii") unless the language glues cases to any number; a nominative's "s" is cut before another case
("Irako", of "Irakas"). Every sentence is written for the tests, on a bridge and its opening; the accuracy on real
articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # Nepali glues "मा" (in) and "को" (of) to a month's name as to any noun
        ("पुल २२ जुलाईमा खोलियो।", "ne", [("२२ जुलाईमा", (None, 7, 22))]),
        ("पुल अक्टोबरमा खोलियो।", "ne", [("अक्टोबरमा", (None, 10, None))]),
        ("पुल २०१८मा बनेको थियो।", "ne", [("२०१८", (2018, None, None))]),
        # CLDR's "{0} वर्ष अघि" (0 years ago), written glued
        ("पुल ५ वर्षअघि बनेको थियो।", "ne", [("५ वर्षअघि", "year-5")]),
        # in a script without spaces, CLDR's "{0} ឆ្នាំ\u200bមុន" (0 years ago) glued to its count too
        ("ស្ពាននេះត្រូវបានសាងសង់១១១ឆ្នាំមុន។", "km", [("១១១ឆ្នាំមុន", "year-111")]),
    ],
)
def test_a_glued_postposition_after_a_date(sentence: str, language: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        # Somali's article glued to a weekday's name (CLDR: "{0} Sabtiyood kahor") and to the word for "year"
        ("Buundada waxaa la furay Sabtidii.", "so", [("Sabtidii", "weekday")]),
        ("Buundada waxaa la dhisay sannadkii 2015.", "so", [("2015", (2015, None, None))]),
        ("Buundada waxaa la furay bishii Oktoobar ee sannadkii 2015.", "so", [("Oktoobar ee sannadkii 2015", (2015, 10, None))]),
        # a year with a hyphenated ending: Somali's article, Lithuanian's ordinal genitive
        ("Buundada waxaa la furay 2015-kii.", "so", [("2015", (2015, None, None))]),
        ("Tilto statyba baigta 2018-ųjų pabaigoje.", "lt", [("2018", (2018, None, None))]),
    ],
)
def test_an_article_or_ending_glued_to_a_weekday_or_a_year(sentence: str, language: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "state"),
    [
        ("प्रधानमन्त्री भारतमा पुग्नुभयो।", "ne", "India"),  # "भारत|मा": in India
        ("Madaxweynaha Faransiiska ayaa booqday buundada.", "so", "France"),  # "Faransiis|ka": France, the article
        ("Ministras lankėsi Irako sostinėje.", "lt", "Iraq"),  # "Irak|o" of CLDR's "Irakas"
        # CLDR's "Maraykanka" (the United States) with another spelling of its vowels
        ("Dowladda Mareykanka ayaa dhistay buundada.", "so", "United States"),
        # CLDR's "កូរ៉េ\u200bខាង\u200bត្បូង" (South Korea) as texts write it, with no zero-width space
        ("រដ្ឋាភិបាលកូរ៉េខាងត្បូងបានបើកស្ពាន។", "km", "South Korea"),
    ],
)
def test_a_state_named_with_a_glued_ending(sentence: str, language: str, state: str) -> None:
    assert state in [a.name for a in find_actors(sentence, language)]


def test_a_weekday_with_its_article_ends_no_persons_name() -> None:
    # "Paris Sabtidii": in Paris on Saturday, a given name's run stopping before the date
    actors = find_actors("Buundada cusub ee magaalada Paris Sabtidii ayaa la furay.", "so")
    assert not [a.name for a in actors if a.kind == "person"]


def test_a_months_name_with_a_glued_ending_is_heard_as_no_state() -> None:
    # "मार्चको" (March's) sounds like "Marokko"; a month's name opens it
    assert "Morocco" not in [a.name for a in find_actors("गत मार्चको भूकम्पले पुल भत्कियो।", "ne")]
