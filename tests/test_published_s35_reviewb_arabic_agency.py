"""An Arabic-script dateline closed by a word after the date and an Arabic comma dates the page only when that word
is a known news agency (`arabic_script_agencies`): "مزار شریف، ۳ سرطان، پژواک" (Pajhwok). Any other word there is the
text's own (a march, an anniversary, rain, floods), and the date is no dateline's. Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.published_opening import from_dateline_title
from conftest import published_of

BODY = "د ښار شاروالۍ د سړکونو د پاکولو نوی پروګرام پیل کړ او اوسېدونکو یې هرکلی وکړ.\n"


@pytest.mark.parametrize(
    ("dateline", "day"),
    [
        ("مزار شریف، ۳ سرطان، پژواک", "--06-24"),
        ("هرات، ۲ جون، باختر", "--06-02"),
    ],
)
def test_a_known_agency_closes_the_dateline(tmp_path, dateline: str, day: str) -> None:
    assert published_of(tmp_path, f"{dateline}\n{BODY}")[0] == day


@pytest.mark.parametrize(
    "dateline",
    [
        "شیراز، ۱۴ مهر، همایش",  # Shiraz, 14 Mehr, the conference
        "الموصل، ٩ آب، ذكرى التحرير",  # Mosul, 9 August, the liberation's anniversary
        "په هرات کې، د سرطان ۳مه، واوره ووریده",  # in Herat on 3 Saratan it snowed
        "تهران، ۲۲ بهمن، راهپیمایی",  # Tehran, 22 Bahman, the march
        "بغداد، ١٤ تموز، ذكرى الثورة",  # Baghdad, 14 July, the revolution's anniversary
    ],
)
def test_another_word_after_the_comma_is_no_dateline(tmp_path, dateline: str) -> None:
    assert published_of(tmp_path, f"{dateline}\n{BODY}")[0] is None


def test_a_headline_naming_no_agency_is_no_dateline() -> None:
    assert from_dateline_title("کندهار، د سرطان ۳مه، زلزله", "ps") is None  # Kandahar, 3 Saratan, earthquake
    assert from_dateline_title("کندهار، د سرطان ۳مه، باختر", "ps") is not None
