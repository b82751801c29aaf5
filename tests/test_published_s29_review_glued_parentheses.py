"""An abbreviation in parentheses glued to a word of a Hindi opening sentence ("पार्टी(भाजपा)") makes no dateline of
it: only a place of one word may touch the paper's name in parentheses right before the date ("जबलपुर(नर्मदा समाचार)
14 मार्च।"). Each text is written for the test, on a topic of its own (a town's new bus stand)."""

from __future__ import annotations

import pytest
from conftest import published_of

HEADLINE = "शहर में नया बस अड्डा बनकर तैयार\n\n"
AFTER = " परिवहन विभाग ने तैयारियां पूरी कर ली हैं। यात्रियों को सुविधा मिलेगी।\n"


@pytest.mark.parametrize(
    "opening",
    [
        # the party's (BJP's) founding day is 6 April
        "भारतीय जनता पार्टी(भाजपा) का स्थापना दिवस 6 अप्रैल।",
        # the state transport corporation's (roadways') new bus stand opens on 12 May
        "राज्य परिवहन निगम(रोडवेज) का नया बस अड्डा खुलेगा 12 मई।",
        # according to the paper (Narmada Samachar), the opening is on 14 March
        "अखबार(नर्मदा समाचार) के अनुसार उद्घाटन 14 मार्च।",
    ],
)
def test_an_abbreviation_glued_inside_a_sentence_makes_no_dateline(tmp_path, opening: str) -> None:
    assert published_of(tmp_path, HEADLINE + opening + AFTER)[0] is None


def test_a_place_of_one_word_touching_the_paper_s_name_is_still_a_dateline(tmp_path) -> None:
    assert published_of(tmp_path, HEADLINE + "सतना(विंध्य भारत) 3 जून।" + AFTER) == ("--06-03", "dateline")
