"""Three openings of a page and the publication date they give. An agency's dateline in Arabic script alone on its
line, the place, the day and month, then the agency after an Arabic comma ("باكو، 9 أكتوبر، أذرتاج", AZERTAC's
Arabic service): the page's day, its year unknown. A first line that opens a sentence with the date of what it
reports ("On 4 March 2024, the council …", a lede hard-wrapped into short lines): the text's date, no date line. A
date written by software, its month or day padded with a zero ("2024年03月04日"), set off by spaces between a
Chinese headline's fields and the text, on one line: the site's stamp. Each text is written for the test."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT_AR = "أعلنت الحكومة عن خطة جديدة لإصلاح الموانئ وتطوير الطرق في المناطق الساحلية خلال العام المقبل.\n"
TEXT_EN = "The council approved a new plan to repair the harbour walls and widen the coastal road next year.\n"


@pytest.mark.parametrize("agency", ["أذرتاج", "قنا"])
def test_an_arabic_dateline_naming_its_agency_after_a_comma(tmp_path, agency: str) -> None:
    assert published_of(tmp_path, f"باكو، 4 مارس، {agency}\n\n{TEXT_AR}") == ("--03-04", "dateline")


def test_another_word_after_the_comma_is_no_agency(tmp_path) -> None:
    assert published_of(tmp_path, f"باكو، 4 مارس، المؤتمر\n\n{TEXT_AR}")[0] is None


@pytest.mark.parametrize(
    "first",
    [
        "On March 4, 2024, Harbour Council",
        "On 4 March 2024, Harbourtown",
    ],
)
def test_a_sentence_opening_with_its_date_is_no_date_line(tmp_path, first: str) -> None:
    text = f"{first}\n\napproved a new plan to repair the harbour walls and widen\n\nthe coastal road next year.\n"
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize(
    "line",
    [
        "March 4, 2024",  # a date line
        "Posted on March 4, 2024",  # a label before "on"
        "On March 4, 2024 at 10:30",  # a stamp: its time after the date, no comma and word
    ],
)
def test_a_date_line_still_dates_the_page(tmp_path, line: str) -> None:
    assert published_of(tmp_path, f"Harbour plan approved\n\n{line}\n\n{TEXT_EN}")[0] == "2024-03-04"


HEAD_ZH = "港口改造计划获批 沿海道路明年拓宽 本地新闻"
TEXT_ZH = "【某台新闻】市政府批准了港口改造计划,沿海道路将于明年拓宽。 工程预计耗资十亿元,由市交通局负责实施。"


def test_a_padded_stamp_between_headline_and_text_dates_the_page(tmp_path) -> None:
    assert published_of(tmp_path, f"{HEAD_ZH} 2024年03月04日 {TEXT_ZH}\n")[0] == "2024-03-04"


@pytest.mark.parametrize(
    "date",
    [
        "2024年3月4日",  # as prose writes it: no padding
        "2024年03月04日起",  # glued to the words after it
    ],
)
def test_an_unpadded_or_glued_date_there_is_no_stamp(tmp_path, date: str) -> None:
    assert published_of(tmp_path, f"{HEAD_ZH} {date} {TEXT_ZH}\n")[0] is None
