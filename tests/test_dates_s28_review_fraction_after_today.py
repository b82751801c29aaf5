"""A phrase naming a day ("sáng nay", this morning; "hôm nay", today) before figures with a slash: the figures are
that day's date when a comma, a bracket or the clause's end closes them ("Sáng nay 3/6, …"), and a fraction when
its noun follows ("Sáng nay 2/3 số hộ", this morning two thirds of the households): then the phrase alone is today.
Each sentence is written for the test, on a topic of its own (a commune's power, a storm's flights)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Sáng nay 2/3 số hộ dân trong xã đã có điện trở lại.", "Sáng nay"),
        ("Tối nay 1/2 số chuyến bay từ sân bay bị hủy do bão.", "Tối nay"),
        ("Hôm nay 3/4 số cửa hàng trong chợ đóng cửa.", "Hôm nay"),
    ],
)
def test_a_fraction_before_its_noun_leaves_the_day_today(sentence: str, text: str) -> None:
    assert dates_read(sentence, "vi") == [(text, "day+0")]


@pytest.mark.parametrize(
    ("sentence", "text", "day"),
    [
        ("Sáng nay 2/3, điện đã trở lại với các hộ dân trong xã.", "Sáng nay 2/3", (None, 3, 2)),
        ("Các chuyến bay bị hủy tối nay 1/2.", "tối nay 1/2", (None, 2, 1)),
        ("Hôm qua (13/3) xã đã có điện trở lại.", "Hôm qua (13/3)", (None, 3, 13)),
    ],
)
def test_a_closed_date_after_the_phrase_is_that_day(sentence: str, text: str, day: tuple) -> None:
    assert dates_read(sentence, "vi") == [(text, day)]
