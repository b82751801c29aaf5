"""An agency's dateline in an Arabic-script language that names the agency after the date and an Arabic comma,
closing its line: "کابل، د زمري ۱۶مه، باختر" (Kabul, 16 Asad, Bakhtar) dates the page, also in the solar calendar
(the Gregorian day kept year-less). A line that goes on after the comma with a sentence (a ministry said …) is the
text's own date, no dateline. Texts written for the test (a health ministry's visit)."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT = "د عامې روغتیا وزارت سرپرست د ولایتي روغتون څخه لیدنه وکړه او د ناروغانو ستونزې یې واورېدې.\n"


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("کابل، د زمري ۱۶مه، باختر", "--08-07"),
        ("کابل، ۷ اګست، باختر", "--08-07"),
    ],
)
def test_the_agency_after_the_date_closes_a_dateline(tmp_path, dateline: str, day: str) -> None:
    assert published_of(tmp_path, f"{dateline}\n{TEXT}")[0] == day


@pytest.mark.parametrize(
    "line",
    [
        "کابل، ۷ اګست، د روغتیا وزارت وویل چې نوې روغتیايي ځالې به جوړې شي.",
        "کابل، ۷ اګست، باختر او نورو رسنیو خبر ورکړ چې روغتون پرانیستل شو.",
    ],
)
def test_a_sentence_after_the_comma_is_no_dateline(tmp_path, line: str) -> None:
    assert published_of(tmp_path, f"{line}\n{TEXT}")[0] is None


def test_a_long_sentence_cut_after_two_words_is_no_dateline(tmp_path) -> None:
    line = "اغتيل السفير في العاصمة بعد ظهر اليوم، الاثنين 19 ديسمبر 2016، بعدما تعرض لإطلاق نار خلال افتتاح معرض فني."
    assert published_of(tmp_path, f"{line}\nوقال شهود إن المسلح كان يرتدي بدلة رسمية.\n")[0] is None
