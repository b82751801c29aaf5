"""Vietnamese tone marks tell words apart: "tối qua", "đêm qua" (last night) are not "tôi qua" (I go over), "đem qua"
(bring over), "đem quà" (bring gifts), "tối quá" (too dark), "đêm quá" (the night is too ...).
Each sentence is written for the test, on a topic of its own (a river ferry)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "Tôi qua sông bằng phà mỗi sáng.",
        "Chúng tôi qua bến phà để đón khách.",
        "Người lái phà đem qua sông ba chiếc xe máy.",
        "Khách đem quà cho người lái phà.",
        "Trời tối quá nên phà ngừng chạy.",
        "Đêm quá lạnh với những người chờ phà.",
    ],
)
def test_other_marks_are_other_words(sentence: str) -> None:
    assert dates_read(sentence, "vi") == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Tối qua phà ngừng chạy vì nước lớn.", "Tối qua"),
        ("Đêm qua bến phà đông khách.", "Đêm qua"),
    ],
)
def test_last_night_as_written(sentence: str, text: str) -> None:
    assert dates_read(sentence, "vi") == [(text, "day-1")]
