"""A site's clock over its trail of sections or its "All news" link is forgotten, but a line only a page's own date
carries is not: a publication or update label, or a byline. Pages written for the test (a library's reading room)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

BODY_EN = (
    "The county library reopened its reading room after a winter of repairs. Volunteers moved the local history "
    "shelves upstairs, and the room now stays open until eight on weekdays."
)
BODY_DE = (
    "Die Stadtbibliothek hat ihren Lesesaal nach den Reparaturen im Winter wieder geöffnet. Freiwillige haben die "
    "Regale zur Ortsgeschichte nach oben getragen."
)


@pytest.mark.parametrize(
    ("first", "menu", "body"),
    [
        ("Updated: Tuesday, 11 March 2025", "Home » Town » Library", BODY_EN),
        ("By Ruth Alder, 11 March 2025", "Home » Town » Library", BODY_EN),
        ("Veröffentlicht am 11. März 2025", "Startseite » Lokales » Bibliothek", BODY_DE),
        ("Publication date: 11 March 2025", "All news", BODY_EN),
    ],
)
def test_a_labelled_date_or_a_byline_over_the_menu_stays_the_pages(tmp_path: Path, first: str, menu: str, body: str) -> None:
    page = f"{first}\n{menu}\nThe reading room opens again\n"
    assert published_of(tmp_path, f"{page}\n{body}\n")[0] == "2025-03-11"


def test_a_bare_date_over_the_trail_is_still_the_clock(tmp_path: Path) -> None:
    page = "Tuesday, 11 March 2025\nHome » Town » Library\nThe reading room opens again\n"
    assert published_of(tmp_path, f"{page}\n{BODY_EN}\n")[0] is None
