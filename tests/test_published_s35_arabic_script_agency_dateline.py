"""An agency's dateline in an Arabic-script language that names the agency after the date and an Arabic comma,
closing its line: "جلال آباد، د تلې ۲۰مه، پژواک" (Jalalabad, 20 Tala, Pajhwok) dates the page, also in the solar
calendar (the Gregorian day kept year-less). A line that goes on after the comma with a sentence (farmers said …)
is the text's own date, no dateline. Texts written for the test (a wheat market), none from an evaluation set."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT = "د ولایت بزګرانو د غنمو نوی حاصل بازار ته راووړ او بیې یې د تېر کال په پرتله ټیټې وې.\n"


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("جلال آباد، د تلې ۲۰مه، پژواک", "--10-12"),
        ("غزني، ۵ سپتمبر، پژواک", "--09-05"),
    ],
)
def test_the_agency_after_the_date_closes_a_dateline(tmp_path, dateline: str, day: str) -> None:
    assert published_of(tmp_path, f"{dateline}\n{TEXT}")[0] == day


@pytest.mark.parametrize(
    "line",
    [
        "غزني، ۵ سپتمبر، د کرنې ریاست وویل چې د اوبو لګولو نوي کانالونه به جوړ شي.",
        "غزني، ۵ سپتمبر، پژواک او نورو رسنیو خبر ورکړ چې د غنمو بازار پرانیستل شو.",
    ],
)
def test_a_sentence_after_the_comma_is_no_dateline(tmp_path, line: str) -> None:
    assert published_of(tmp_path, f"{line}\n{TEXT}")[0] is None


def test_a_long_sentence_cut_after_two_words_is_no_dateline(tmp_path) -> None:
    line = "استقبل المحافظ الوفد التجاري في مقر المحافظة، الخميس 4 مارس 2021، قبل أن يتوجه الجميع إلى جولة في الأسواق القديمة."
    assert published_of(tmp_path, f"{line}\nوقال التجار إن الزيارة ستفتح أبوابا جديدة للتصدير.\n")[0] is None
