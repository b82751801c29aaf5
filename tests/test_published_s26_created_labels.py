"""Labels of a page's own stamp that say when it was created or which issue it is ("Создано: 5 марта 2024",
"Створено: 5 березня 2024", "Notícia de 05/03/2024.", "Amtsblatt vom 05.03.2024, Seite 2"): the day the page was
published. Each text is written for the test, on a topic of its own (a village's new playground)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    "text",
    [
        "Новая детская площадка\n\nСоздано: 05.03.2024 В селе открыли новую детскую площадку возле школы.\n",
        "Новий дитячий майданчик\n\nСтворено: 05.03.2024 У селі відкрили новий дитячий майданчик біля школи.\n",
        "Novo parquinho na vila\n\nNotícia de 05/03/2024.\n\nA prefeitura inaugurou um novo parquinho ao lado da escola.\n",
        "Amtsblatt vom 05.03.2024, Seite 2\n\nNeuer Spielplatz im Dorf\n\nDie Gemeinde hat neben der Schule einen neuen"
        " Spielplatz eröffnet.\n",
    ],
)
def test_a_label_of_creation_or_issue_dates_the_page(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] == "2024-03-05"


def test_a_sentence_saying_something_was_created_dates_no_page(tmp_path) -> None:
    text = "Новая детская площадка\n\nВ селе открыли площадку. Фонд, создан 5 марта 2024 года, оплатил работы.\n"
    assert published_of(tmp_path, text)[0] is None
