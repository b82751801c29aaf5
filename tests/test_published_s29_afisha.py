"""A city's programme of the day's concerts and shows, headed "Афиша" / "Афіша" and the day it lists ("Афиша Казани
5 июня 2024"): that day is the shows', not the page's, as a concert's name running into its date is the concert's.
A programme page with a labelled stamp of its own is still dated by the stamp. Each text is written for the test
(a theatre's evening, a park's festival, a museum night)."""

from __future__ import annotations

import pytest
from conftest import published_of

THEATRE_RU = "В театре драмы покажут новую постановку по пьесе Островского. Билеты продаются в кассе театра.\n"
FESTIVAL_RU = "В субботу в парке пройдет праздник цветов. Вход свободный, ждем всех жителей города.\n"
MUSEUM_UK = "Музей історії міста відкриє двері для відвідувачів уночі. Вхід вільний для школярів.\n"


@pytest.mark.parametrize(
    ("head", "text"),
    [
        ("Афиша Казани 5 июня 2024 (12)\n19.00 Спектакль «Гроза» 12+\nТеатр драмы\n\n", THEATRE_RU),
        ("Афиша Самары 14 августа 2023\n\n", FESTIVAL_RU),
        ("Афіша Полтави 18 травня 2024\n\n", MUSEUM_UK),
    ],
)
def test_a_citys_programme_of_the_day_dates_its_shows_not_the_page(tmp_path, head: str, text: str) -> None:
    assert published_of(tmp_path, head + text)[0] is None


def test_a_programme_page_with_its_own_stamp_is_dated_by_the_stamp(tmp_path) -> None:
    head = "Афиша\nОпубликовано 12.03.2024\n\n"
    assert published_of(tmp_path, head + FESTIVAL_RU)[0] == "2024-03-12"


def test_the_word_alone_in_a_sentence_leaves_a_stamp_under_a_headline(tmp_path) -> None:
    head = "Городская афиша пополнилась новыми событиями\n12.03.2024 10:15\n\n"
    assert published_of(tmp_path, head + FESTIVAL_RU)[0] == "2024-03-12"
