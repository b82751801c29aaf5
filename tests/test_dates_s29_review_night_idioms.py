"""Set phrases around a word for last night that name no day: Vietnamese "mỗi tối qua …" (every evening, via …),
"đêm qua đêm" (night after night); Indonesian "sehari semalam" (a day and a night, 24 hours), "dua hari semalam",
and "ribu semalam" (a price per night). Each sentence is written for the test, on a topic of its own (a lighthouse)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Người gác hải đăng báo tin mỗi tối qua bộ đàm.", "vi"),
        ("Ông gửi thư cho vợ hằng đêm qua đường bưu điện.", "vi"),
        ("Đêm qua đêm, ngọn hải đăng vẫn sáng.", "vi"),
        ("Lampu mercusuar menyala sehari semalam tanpa padam.", "id"),
        ("Petugas menjaga mercusuar tiga hari semalam.", "id"),
        ("Kamar di dekat mercusuar disewakan Rp250 ribu semalam.", "id"),
    ],
)
def test_the_set_phrase_names_no_day(sentence: str, language: str) -> None:
    assert dates_read(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language", "text"),
    [
        ("Tối qua ngọn hải đăng bị mất điện.", "vi", "Tối qua"),
        ("Ngọn hải đăng bị mất điện đêm qua.", "vi", "đêm qua"),
        ("Lampu mercusuar padam semalam karena badai.", "id", "semalam"),
    ],
)
def test_last_night_alone_is_the_day_before(sentence: str, language: str, text: str) -> None:
    assert dates_read(sentence, language) == [(text, "day-1")]
