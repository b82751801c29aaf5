"""A count of days that is an ordinal or a rate, in languages with no data file (`count_after` in
data/scripts.yaml): Japanese "目" after a count makes it an ordinal ("5日目": the fifth day) and "あたり"/"当たり" a
rate ("1日あたり": per day); Korean "평균" follows the span an average is taken over ("1일 평균"). Such a day is no
day of the month, while the same day alone still is. Each sentence is written for the test (a flower show)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("花の展示会は開幕5日目に来場者が1万人を超えた。", "ja"),  # on the fifth day
        ("展示会の来場者は1日あたり800人だった。", "ja"),  # 800 a day
        ("展示会の来場者は1日当たり800人だった。", "ja"),
        ("꽃 전시회에는 1일 평균 900명이 찾았다.", "ko"),  # 900 a day on average
    ],
)
def test_a_counted_day_is_no_date(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("花の展示会は12日に開幕した。", "ja"),
        ("꽃 전시회는 12일 개막했다.", "ko"),
    ],
)
def test_a_day_alone_is_still_a_day_of_the_month(sentence: str, language: str) -> None:
    assert [text for text, _ in dates_read(sentence, language)] == [sentence[sentence.index("12") :][:3]]


@pytest.mark.parametrize(
    "sentence",
    ["花展进入第3日，游客仍然很多。", "花展第12日的游客超过两万人。"],  # the third day, the twelfth day
)
def test_a_chinese_ordinal_day_is_no_date(sentence: str) -> None:
    """Chinese "第" (zh.yaml's `days_counted_after`) before a count makes it an ordinal: no day of the month."""
    assert dates_read(sentence, "zh") == []


def test_a_chinese_day_alone_is_still_a_day_of_the_month() -> None:
    assert [text for text, _ in dates_read("花展12日开幕。", "zh")] == ["12日"]
