"""Stamps that software prints over or beside a post, read as the page's date: a date written month first, as a theme
made for English prints it, in a language that puts the day first ("mars 4, 2024" on a French page) is no chronicle's
heading even where the lede restates the day; a forum's stamp with an English clock ("9:12 pm") closing the post's
first line; a day padded with a zero before its month's name, beside a stamp's fields (a section, a rubric, an empty
byline); a French blog's "Rédigé par" (written by) beside its post's date. The same dates written as a person writes
them, or without the stamp's marks, stay what they were. Texts written for the test (a new quay in a port), none from
an evaluation set."""

from __future__ import annotations

import pytest
from conftest import published_of

LEDE_FR = "Les pêcheurs ont inauguré le nouveau quai du port, après deux ans de travaux et de longues négociations.\n"
RESTATED_FR = (
    "Les pêcheurs ont inauguré le 4 mars 2024 le nouveau quai du port, après deux ans de travaux et de longues "
    "négociations avec la région.\n"
)
RESTATED_IT = "I pescatori hanno inaugurato il 4 marzo 2024 il nuovo molo del porto, dopo due anni di lavori.\n"
LEDE_EN = "The fishermen opened the new quay at the port after two years of works and long talks with the region.\n"
HEAD_FR = "Le port de Lomé\n\nUn nouveau quai pour les pêcheurs\n\n"
HEAD_AR = "منتدى الصيادين\n\nالميناء الجديد\n\n"
LEDE_AR = "افتتح الصيادون الرصيف الجديد في الميناء بعد عامين من الأشغال والمفاوضات الطويلة مع السلطات.\n"


@pytest.mark.parametrize(
    ("page", "day"),
    [
        # a theme's "F j, Y" in French words, the lede restating the day
        (f"Ciel gris sur le port\n\nUn nouveau quai ouvert aux pêcheurs\n\nmars 4, 2024\n\n{RESTATED_FR}", "2024-03-04"),
        (f"Cielo grigio sul porto\n\nUn nuovo molo per i pescatori\n\nmarzo 4, 2024\n\n{RESTATED_IT}", "2024-03-04"),
        # a forum's post stamp: who posted, then the day and an English clock, as the post's first line
        (f"{HEAD_AR}مشاركة من طرف أبو سالم في الإثنين مارس 4, 2024 9:12 pm\n\n{LEDE_AR}", "2024-03-04"),
        # a padded day before its month's name, after a section, a rubric and a byline with no name
        (f"{HEAD_FR}Economie | Vie locale Par | 04 mars 2024\n\n{LEDE_FR}", "2024-03-04"),
        (f"{HEAD_FR}Economie Vie locale Par 04 mars 2024\n\n{LEDE_FR}", "2024-03-04"),
        # a blog's stamp, its writer and its category after it
        (
            f"{HEAD_FR}4 mars 2024 , Rédigé par Anne Marie Dupont Publié dans #Economie\n\n{LEDE_FR}",
            "2024-03-04",
        ),
    ],
)
def test_a_software_stamp_dates_the_page(tmp_path, page: str, day: str) -> None:
    assert published_of(tmp_path, page)[0] == day


@pytest.mark.parametrize(
    "page",
    [
        # the day in the language's own order, restated by the lede: the heading of what it reports
        f"Ciel gris sur le port\n\nUn nouveau quai ouvert aux pêcheurs\n\n4 mars 2024\n\n{RESTATED_FR}",
        # the same fields with an unpadded day, as a person writes it
        f"{HEAD_FR}Economie Vie locale Par 4 mars 2024\n\n{LEDE_FR}",
        # a sentence closing on a day and its hour, then its full stop: when the ferry leaves
        f"Port news\n\nThe new quay\n\nThe first ferry to the new quay leaves on Monday, March 4, 2024, 9:12 pm.\n\n{LEDE_EN}",
    ],
)
def test_a_date_as_a_person_writes_it_is_no_stamp(tmp_path, page: str) -> None:
    assert published_of(tmp_path, page)[0] is None
