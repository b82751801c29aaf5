"""A Vietnamese birth year labelled "SN" (sinh năm, born in the year) beside a name stands for an age, no date
(`birth_year_before`); a year with its cue is still one. Each sentence is written for the test, on a topic of its own
(a town's book fair)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Lê Văn Bình (SN 1975) mở hội chợ sách của thị trấn.",
        "Bà Trần Thị Hoa, SN 1988, trú tại thị trấn, bán sách cũ ở hội chợ.",
    ],
)
def test_a_birth_year_beside_a_name_is_no_date(sentence: str) -> None:
    assert dates_read(sentence, "vi") == []


def test_a_year_with_its_cue_is_still_one() -> None:
    assert [value for _, value in dates_read("Hội chợ sách của thị trấn mở lần đầu vào năm 1998.", "vi")] == [(1998, None, None)]
