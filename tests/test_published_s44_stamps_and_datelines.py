"""Publication dates the forty-fourth round of real text showed read wrongly: a stamp whose time has "PM" before its
dash ("1:03 PM – Thursday, …"), a dateline whose city has no comma and whose full stop the scraper glued to the text
("Lisbonne 3 mars 2024.Le …"), an Arabic dateline joined by "في" to its weekday, date and time before the byline, a
Chinese "published at" label over a day with no year, and a Portuguese stamp with its day padded by a zero before a
dash. Each text is written for the test, on a topic of its own (a library, a tram line, a market, a marathon, a
school)."""

from __future__ import annotations

import pytest
from conftest import published_of

LIBRARY_EN = "The city library will open on Sunday afternoons from next month, the council said.\n"
TRAM_FR = "Le conseil municipal a voté la prolongation de la ligne de tramway vers le port.\n"


def test_a_stamp_whose_time_says_pm_before_the_dash(tmp_path) -> None:
    head = "Library opens on Sundays\n\nStaff Reporter Jane Doe\n\n1:03 PM – Thursday, September 11, 2025\n\n"
    assert published_of(tmp_path, head + LIBRARY_EN) == ("2025-09-11", "header")


def test_a_period_of_days_before_a_date_stays_a_period(tmp_path) -> None:
    head = "Library opens on Sundays\n\nExhibition 20 April – 19 September 2025\n\n"
    assert published_of(tmp_path, head + LIBRARY_EN)[0] != "2025-09-19"


def test_a_citys_dateline_without_its_comma_glued_to_the_text(tmp_path) -> None:
    text = "Lisbonne 3 mars 2024.Le conseil municipal a voté la prolongation de la ligne de tramway vers le port.\n"
    assert published_of(tmp_path, "Le tramway ira au port\n\n" + text) == ("2024-03-03", "dateline")


def test_a_word_that_is_no_city_before_a_date_makes_no_dateline(tmp_path) -> None:
    text = "Vote 3 mars 2024. Le conseil municipal a voté la prolongation de la ligne de tramway vers le port.\n"
    assert published_of(tmp_path, "Le tramway ira au port\n\n" + text)[1] != "dateline"


def test_an_arabic_dateline_joined_to_its_stamp_before_the_byline(tmp_path) -> None:
    text = (
        "السوق الجديد في المدينة\n\n"
        "القاهرة في الخميس 6 مارس 2025 10:15 صباحاً كتب أحمد علي - افتتحت المحافظة اليوم سوقا جديدا للخضروات في وسط "
        "المدينة بعد عامين من العمل.\n"
    )
    assert published_of(tmp_path, text)[0] == "2025-03-06"


def test_a_chinese_published_at_label_over_a_day_without_its_year(tmp_path) -> None:
    text = (
        "马拉松赛事通知\n\n体育新闻\n\n更新於 03月06日10:15 • 發布於 03月06日10:15 • 王小明\n\n"
        "市政府宣布,今年的城市马拉松将改在河边举行,报名人数已经超过两万人。\n"
    )
    assert published_of(tmp_path, text) == ("--03-06", "header")


@pytest.mark.parametrize(("day", "stated"), [("06", "2025-03-06"), ("6", None)])
def test_a_padded_day_and_a_dash_open_the_text_as_its_stamp(tmp_path, day: str, stated: str | None) -> None:
    text = f"{day} de março de 2025 — A prefeitura anunciou que a nova escola abrirá as portas em agosto.\n"
    assert published_of(tmp_path, "Nova escola no bairro\n\n" + text)[0] == stated
