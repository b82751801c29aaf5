"""Event-date forms the eighth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule. Every sentence is written for the tests, on a ferry line across a lake; the accuracy on real articles
is measured by `python -m briefing.realtext`."""

from __future__ import annotations

import pytest
from conftest import dates_read as read


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a Portuguese weekday written with its ordinal in figures
        ("pt", "A balsa parou na 3ª feira (4.ago).", [("na 3ª feira (4.ago)", (None, 8, 4))]),
        ("pt", "A balsa volta a operar nesta 5ª-feira.", [("nesta 5ª-feira", "weekday")]),
        ("pt", "A balsa levou 4 feirantes.", []),
        # of two readings as long, the one that states a day wins over the weekday alone, with the weekday's words
        ("pt", "A balsa parou nesta terça-feira (8/5) pela manhã.", [("nesta terça-feira (8/5)", (None, 5, 8))]),
        # a count and a half back
        ("fa", "کشتی یک سال و نیم پیش غرق شد.", [("یک سال و نیم پیش", "month-18")]),
        # "ماه مه" is the month of May; "مه" alone is also fog
        ("fa", "کشتی در ماه مه متوقف شد.", [("ماه مه", (None, 5, None))]),
        ("fa", "کشتی در مه حرکت کرد.", []),
        # a Solar Hijri year in two figures after its day and month, not a count
        ("fa", "کشتی ۲۶ فروردین ۹۸ در دریاچه غرق شد.", [("۲۶ فروردین ۹۸", (2019, 4, 15))]),
        ("fa", "در ۲۶ فروردین ۹۸ مسافر سوار شدند.", [("۲۶ فروردین", (None, 4, 15))]),
        # the event a year names, right before or after it
        ("en", "The ferry was rebuilt after the 2011 earthquake.", [("2011", (2011, None, None))]),
        ("en", "The owners signed the 2015 agreement.", [("2015", (2015, None, None))]),
        ("en", "Some 2015 agreements were signed.", []),
        ("fa", "پس از زلزله ۲۰۱۱ کشتی بازسازی شد.", [("۲۰۱۱", (2011, None, None))]),
        # an Arabic year in words after its cue, in the genitive, "و" glued to the next word or not
        ("ar", "أبحرت العبارة في عام ألفين وخمسة عشر.", [("ألفين وخمسة عشر", (2015, None, None))]),
        ("ar", "بنيت العبارة عام ألف وتسعمئة وتسعة وتسعين.", [("ألف وتسعمئة وتسعة وتسعين", (1999, None, None))]),
        ("ar", "نقلت العبارة ألفين وخمسة عشر راكبا.", []),
        # Chinese: "this" glued to a weekday's short name; a number before "号" and a unit is no day
        ("zh", "渡轮本周四恢复运行。", [("本周四", "weekday-of-week+0")]),
        ("zh", "渡轮于2011年3月11日停运,1-3号机停机。", [("2011年3月11日", (2011, 3, 11))]),
        ("zh", "渡轮3月11日停运,15号恢复。", [("3月11日", (None, 3, 11)), ("15号", (None, 3, 15))]),
    ],
)
def test_heldout8_forms(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
