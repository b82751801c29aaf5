"""Five page openings and the publication date they give. A Pakistani agency's dateline: a place, then in one
parenthesis the agency's name and the whole date, its year closed by the Urdu year sign "ء", the text right after
("لندن (Agency 12 يوليو 2025ء) …"); without the sign, a date in parentheses is prose's aside. A date line followed
only by the bars of a template's empty fields ("01 Jul, 2025 | |"): the site's stamp, no table's row. A date line
above a site's list of its most read articles ("Most read", "الأكثر قراءة"), before any text: the site's clock. A
source's label and name before a date and its time inside one line that runs the title into the text ("… 来源:某台
2025-11-28 08:59 据…"): the site's stamp. A French dateline with a demonstrative before its date after a place
("Lyon en France ce 12 juin 2025", "Lyon, ce 12 juin 2025"): the day of writing, where a sentence's "ce" after a verb
("Le festival ouvre ce 12 juin 2025") is the date of what it reports. Each text is written for the test."""

from __future__ import annotations

import pytest
from conftest import published_of

TEXT_AR = "أعلنت الحكومة عن خطة جديدة لإصلاح الموانئ وتطوير الطرق في المناطق الساحلية خلال العام المقبل.\n"
TEXT_UK = "Уряд схвалив нову програму ремонту портових споруд і розширення прибережної дороги наступного року.\n"
TEXT_FR = "Le conseil a approuvé un nouveau plan pour réparer les digues du port et élargir la route côtière.\n"
TEXT_EN = "The council approved a new plan to repair the harbour walls and widen the coastal road next year.\n"


@pytest.mark.parametrize("agency", ["خبر رسان نیوز", "ایجنسی"])
def test_a_pakistani_dateline_with_the_urdu_year_sign(tmp_path, agency: str) -> None:
    text = f"عنوان الخبر عن الموانئ\n\nكراتشي ({agency}  4 مارس 2024ء) {TEXT_AR}"
    assert published_of(tmp_path, text) == ("2024-03-04", "dateline")


def test_a_date_in_parentheses_without_the_sign_is_an_aside(tmp_path) -> None:
    text = f"عنوان الخبر عن الموانئ\n\nالرئيس (المولود 4 مارس 1960) {TEXT_AR}"
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize("stamp", ["04 Mar, 2024 | |", "04 Mar, 2024 |  |  |", "4 березня 2024 | |"])
def test_a_stamp_before_empty_bars(tmp_path, stamp: str) -> None:
    assert published_of(tmp_path, f"Заголовок новини про порт\n\n{stamp}\n\n{TEXT_UK}")[0] == "2024-03-04"


def test_a_table_row_opening_on_its_bar_is_no_stamp(tmp_path) -> None:
    assert published_of(tmp_path, f"Заголовок новини про порт\n\n| 4 березня 2024 | |\n\n{TEXT_UK}")[0] is None


@pytest.mark.parametrize(
    ("language_text", "chrome"),
    [(TEXT_AR, "الأكثر قراءة"), (TEXT_EN, "Most read"), (TEXT_FR, "Les plus lus")],
)
def test_a_date_line_above_a_most_read_list_is_the_sites_clock(tmp_path, language_text: str, chrome: str) -> None:
    text = f"Harbour plan approved\n\nTuesday 5 March 2024 10:48\n\n{chrome}\n\nOther headline of the site\n\n{language_text}"
    assert published_of(tmp_path, text)[0] is None


def test_a_source_and_its_stamp_inside_the_title_line(tmp_path) -> None:
    text = "港口改造计划获批 来源:新闻频道 2024-03-04 10:48 据市政府3月4日通报,港口改造计划已获批准。工程将于明年开工。\n"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize("line", ["Lyon en France ce 4 mars 2024", "Lyon, ce 4 mars 2024", "Lyon ce 4 mars 2024"])
def test_a_french_dateline_with_ce(tmp_path, line: str) -> None:
    assert published_of(tmp_path, f"{line}\n\n{TEXT_FR}") == ("2024-03-04", "header")


@pytest.mark.parametrize("line", ["Le festival ouvre ce 4 mars 2024", "Le ministre viendra ce 4 mars 2024"])
def test_a_sentence_with_ce_before_its_date_is_no_dateline(tmp_path, line: str) -> None:
    assert published_of(tmp_path, f"{line}\n\n{TEXT_FR}")[0] is None
