"""Chinese sets no space around a Latin word, so a weekday's short name in Latin letters that the
locale data lists beside the language's own ("mon", "sat") is read only as a whole Latin word: the start of a name
in brackets ("（Rixi Moncada）", "Saturn") is no weekday. Sentences written for the test (an election count)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("候選人蒙卡達（Rixi Moncada）位居第三名。", "zh"),
        ("探测器（Saturn V）发射成功。", "zh"),
        ("歌手（Sunny Wang）登台演唱。", "zh"),
    ],
)
def test_a_latin_name_is_no_weekday(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


def test_a_weekday_in_chinese_is_still_read() -> None:
    assert dates_read("选委会本周三公布结果。", "zh") == [("本周三", "weekday-of-week+0")]
