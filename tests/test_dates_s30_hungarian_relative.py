"""Hungarian last, this and next week, month and year: the locale data's "előző hét" with the case ending a
sentence gives its unit ("az előző héten", in the previous week), the synonym "múlt" ("a múlt héten", last week)
and the one-word "tavaly" (last year), "idén" (this year), "jövőre" (next year). Each sentence is written for the
test, on a topic of its own (a town's swimming pool)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text", "kind"),
    [
        ("A múlt héten bezárt a városi uszoda.", "múlt héten", "week-1"),
        ("Az előző hónapban bezárt a városi uszoda.", "előző hónapban", "month-1"),
        ("A következő héten nyit újra a városi uszoda.", "következő héten", "week+1"),
        ("Tavaly bezárt a városi uszoda.", "Tavaly", "year-1"),
        ("Idén felújítják a városi uszodát.", "Idén", "year+0"),
        ("Jövőre nyit újra a városi uszoda.", "Jövőre", "year+1"),
    ],
)
def test_hungarian_relative_phrases(sentence: str, text: str, kind: str) -> None:
    assert dates_read(sentence, "hu") == [(text, kind)]


def test_the_past_as_a_noun_is_no_date() -> None:
    # "a múlt" alone is "the past", no week, month or year of it
    assert dates_read("A városi uszoda a múlt emléke.", "hu") == []
