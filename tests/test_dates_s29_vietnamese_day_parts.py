"""Vietnamese this afternoon and this noon ("chiều nay", "trưa nay"), the day of writing, also beside its date in
figures, and last night ("đêm qua", "tối qua"), the day before. Each sentence is written for the test, on a topic of
its own (a town's book fair)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Chiều nay, hội chợ sách của thị trấn mở thêm hai gian hàng.", "day+0"),
        ("Trưa nay các em học sinh đến hội chợ sách.", "day+0"),
        ("Đêm qua mưa lớn làm ướt nhiều gian hàng sách.", "day-1"),
    ],
)
def test_parts_of_today_and_last_night(sentence: str, kind: str) -> None:
    assert [value for _, value in dates_read(sentence, "vi")] == [kind]


def test_this_afternoon_beside_its_date_is_that_date() -> None:
    found = dates_read("Chiều nay 14/9, hội chợ sách của thị trấn bế mạc.", "vi")
    assert [value for _, value in found] == [(None, 9, 14)]
