"""Odia writes a full date with a word after each part ("୨୦୧୮ ମସିହା ମାର୍ଚ୍ଚ ମାସ ୧୫ ତାରିଖ": year, month, day), a day of
the month alone before "ତାରିଖ" ("୧୫ ତାରିଖରେ") and February as "ଫେବ୍ରୁଆରି" (`additions/or.yaml`; `month_day`'s
`year_words` in `dates_grammar._month_joined_day`). A day ending a range ("୧୩ରୁ ୨୯ ତାରିଖ") is no day alone.
Sentences written for the test (a school, a fair, a bridge)."""

from __future__ import annotations

from conftest import dates_read


def test_a_date_written_with_its_words_is_that_day() -> None:
    found = dates_read("ସ୍କୁଲ ୨୦୧୮ ମସିହା ମାର୍ଚ୍ଚ ମାସ ୧୫ ତାରିଖରେ ଖୋଲିଥିଲା ।", "or")
    assert found == [("୨୦୧୮ ମସିହା ମାର୍ଚ୍ଚ ମାସ ୧୫", (2018, 3, 15))]
    assert dates_read("ପୋଲ 5 ଫେବ୍ରୁଆରି 2021ରେ ଖୋଲିଲା ।", "or") == [("5 ଫେବ୍ରୁଆରି 2021", (2021, 2, 5))]


def test_a_day_before_the_word_for_date_is_relative() -> None:
    assert dates_read("ମେଳା ୧୫ ତାରିଖରେ ଆରମ୍ଭ ହେବ ।", "or") == [("୧୫ ତାରିଖରେ", "day-of-month")]
    assert dates_read("ଆସନ୍ତା ୨୦ ତାରିଖ ସଭା ହେବ ।", "or") == [("ଆସନ୍ତା ୨୦ ତାରିଖ", "day-of-month-next")]


def test_a_count_or_a_recurring_day_is_no_date() -> None:
    assert dates_read("ପ୍ରତି ମାସ ୧୦ ତାରିଖ ଦରମା ମିଳେ ।", "or") == []
    assert dates_read("ଆଜିଠାରୁ ୨୦ ତାରିଖ ଯାଏଁ ମେଳା ଚାଲିବ ।", "or") == []
    assert dates_read("୧୫ ଜଣ ଆହତ ହୋଇଛନ୍ତି ।", "or") == []
    assert dates_read("ସ୍କୁଲରେ ୨୦୧୮ ଛାତ୍ର ପଢନ୍ତି ।", "or") == []
