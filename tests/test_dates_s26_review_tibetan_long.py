"""A long Tibetan sentence is read in time linear in its length: the spaces beside its figures are found in one scan
of the sentence, not one scan for each of its characters. The sentences are written for the test, on a topic of
their own (a village's harvest)."""

from __future__ import annotations

import re
import time

from briefing import dates
from conftest import dates_read

OPENING = "ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༩ ཚེས་ ༡༥ ཉིན་"  # the fifteenth of September 2024
HARVEST = "གྲོང་གསེབ་ཀྱི་ཞིང་པ་ཚོས་སོ་ནམ་ ༣ བསྡུས་ཡོད་"  # the farmers brought in three crops (a spaced figure)


def long_sentence(repeats: int) -> str:
    return OPENING + HARVEST * repeats + "།"


class CountedPattern:
    """The pattern of the spaced figures, counting how often the whole sentence is scanned with it."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.scans = 0

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        self.scans += 1
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args: int):
        self.scans += 1
        return self.pattern.finditer(text, *args)


def test_a_long_sentence_is_scanned_a_few_times_not_once_per_character(monkeypatch) -> None:
    counted = CountedPattern(dates.TIBETAN_SPACED_FIGURE)
    monkeypatch.setattr(dates, "TIBETAN_SPACED_FIGURE", counted)
    sentence = long_sentence(1000)
    assert len(sentence) > 40_000
    assert dates_read(sentence, "bo")[:1] == [("ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༩ ཚེས་ ༡༥", (2024, 9, 15))]
    assert counted.scans < 10


def test_a_long_sentence_is_read_in_a_few_seconds() -> None:
    sentence = long_sentence(1000)
    started = time.monotonic()
    found = dates_read(sentence, "bo")
    assert time.monotonic() - started < 10
    assert found[:1] == [("ཕྱི་ལོ་ ༢༠༢༤ ཟླ་ ༩ ཚེས་ ༡༥", (2024, 9, 15))]
