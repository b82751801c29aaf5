"""A heading of related items ("Похожие статьи", "Documenti simili") discards the date lines of its own list only:
printed above the page's headline, its list ends at that headline, and the stamp under the headline still dates
the page. Each text is written for the test (a footbridge over a river, a town's rules for its parks, a library's
new reading room)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Похожие статьи\n\nНовый мост через реку\n\n3 апреля 2025\n\n"
            "В городе открыли новый пешеходный мост через реку после двух лет работ.\n",
            "2025-04-03",
        ),
        (
            "Documenti simili\n\nRegolamento dei parchi comunali\n\n3 marzo 2021\n\n"
            "Il presente regolamento disciplina l'uso dei parchi comunali e dei giardini pubblici della città.\n",
            "2021-03-03",
        ),
        (
            "Similar documents\n\nThe library opens a new reading room\n\nMay 12, 2022\n\n"
            "The town library opened a reading room for children on its ground floor this week.\n",
            "2022-05-12",
        ),
    ],
)
def test_the_stamp_under_the_headline_below_such_a_heading_dates_the_page(tmp_path, text: str, expected: str) -> None:
    assert published_of(tmp_path, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the date line right under the heading, above the headline: an item of its list
        "Documenti simili\n12 maggio 2022\n\nLa biblioteca apre una nuova sala di lettura\n\n"
        "La biblioteca comunale ha aperto questa settimana una sala di lettura per i bambini.\n",
        # the heading under the headline: its list runs on to the text
        "The library opens a new reading room\n\nSimilar documents\nMay 12, 2022\n\n"
        "The town library opened a reading room for children on its ground floor this week.\n",
    ],
)
def test_a_date_line_of_the_headings_own_list_is_not_the_pages(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] is None
