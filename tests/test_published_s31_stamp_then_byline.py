"""A page's first line that is its stamp and then a byline or a section after a bar ("4. svibanj 2019. | Autor:
…", "12 March 2024 | Politics") dates the page, and the headline under it is the title; a headline that names a
year before the site's name ("Summit of Paris 2024 | The Weekly") is still the title and dates nothing. Each page
is written for the test."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

TEXT = (
    "Gradski vijećnici raspravljali su o prijedlogu proračuna za iduću godinu. Gradonačelnik je rekao da će se "
    "tisuću kuna više izdvojiti za ceste i vrtiće, a oporba je tražila više novca za škole."
)


def test_a_stamp_then_its_byline_dates_the_page(tmp_path: Path) -> None:
    page = f"4. svibanj 2019. | Autor: Ivana Kovač\n\nGradsko vijeće raspravljalo o proračunu\n\n{TEXT}\n"
    assert published_of(tmp_path, page) == ("2019-05-04", "header")


def test_a_stamp_then_a_section_dates_the_page(tmp_path: Path) -> None:
    text = "The council met on the budget and on new roads in the town. The meeting lasted two hours."
    page = f"12 March 2024 | Politics\n\nCouncil debates the budget\n\n{text}\n"
    assert published_of(tmp_path, page) == ("2024-03-12", "header")


def test_a_headline_with_a_year_is_no_stamp(tmp_path: Path) -> None:
    text = "Leaders met to talk about trade and roads between the towns. The meeting lasted two hours."
    page = f"Summit of Paris 2024 | The Weekly\n\n{text}\n"
    assert published_of(tmp_path, page)[0] is None
