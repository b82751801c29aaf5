"""A page's own stamp under labels of other dates (review): a deadline's date far below in the body does not erase
the header's stamp of the same day (lines are compared by position); a bare word that a site also prints as a link
or a name ("Регистрация", "Реєстрація" in a top bar, the news site "Deadline", "Seit … online") is a label only with
its colon. Each text is written for the test, on a topic of its own (a warehouse fire, a film shoot, a festival)."""

from __future__ import annotations

import pytest
from conftest import published_of

LEDE_EN = "The production moved to a studio outside the city, where the crew of two hundred began work on Monday.\n"
LEDE_DE = "Ein Nachbar meldete Rauch aus dem Dach, die Feuerwehr löschte den Brand nach zwei Stunden.\n"
LEDE_RU = "Пожарные потушили огонь на площади в двести квадратных метров, никто не пострадал.\n"
LEDE_UK = "Пожежники загасили вогонь на площі двісті квадратних метрів, ніхто не постраждав.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Sequel starts shooting in Atlanta\n\nMarch 14, 2022\n\n"
        + LEDE_EN
        + "\nDeadline\nMarch 14, 2022\n\nEntries for the festival close at midnight.\n",
        "Festival opens its gates\n\nMarch 14, 2022\n\n"
        + LEDE_EN
        + "\nClosing date\nMarch 14, 2022\n\nEntries for the short film prize close at midnight.\n",
        "Brand in Lagerhalle\n\n14.03.2022\n\n"
        + LEDE_DE
        + "\nBewerbungsfrist\n14.03.2022\n\nDie Stadt sucht neue Freiwillige für die Feuerwehr.\n",
    ],
)
def test_a_deadline_in_the_body_leaves_the_headers_stamp(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] == "2022-03-14"


@pytest.mark.parametrize(
    "text",
    [
        "Войти\nРегистрация\n14 марта 2022, 10:30\n\nПожар на складе в Твери\n\n" + LEDE_RU,
        "Вхід\nРеєстрація\n14 березня 2022, 10:30\n\nПожежа на складі у Вінниці\n\n" + LEDE_UK,
        "Deadline\nMarch 14, 2022 10:30am\n\nSequel starts shooting in Atlanta\n\n" + LEDE_EN,
        "Brand in Lagerhalle\n\nSeit 14.03.2022 online\n\n" + LEDE_DE,
        "Brand in Lagerhalle\n\nFrist\n14.03.2022\n\n" + LEDE_DE,
    ],
)
def test_a_bare_nav_or_masthead_word_is_no_label(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] == "2022-03-14"


def test_a_bare_word_with_its_colon_is_still_a_label(tmp_path) -> None:
    text = "Call for volunteers\n\nDeadline: 01-04-2026\n\n" + LEDE_EN
    assert published_of(tmp_path, text)[0] is None
