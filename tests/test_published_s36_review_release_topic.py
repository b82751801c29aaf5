"""A German title opening on a release's word dates the page only when it names no topic: "Information zum …",
"Mitteilung zur …" with a town, day and hour, or a second title after a colon before "vom … um", give the event's
day, not the page's. A release's own title still does. Titles written for the test (a music school, a canton)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

BODY = "\n\nDie Gemeinde lädt alle Einwohnerinnen und Einwohner herzlich ein. Anmeldung bis Freitag.\n"


@pytest.mark.parametrize(
    "title",
    [
        "Information zum Sommerfest der Musikschule, Thun, 21. Juli 2018, 14.00 Uhr",
        "Mitteilung zur Bürgerversammlung, Chur, 3. Mai 2018, 19.30 Uhr",
        "Information der Schulleitung: Projektwoche vom 9. April 2018 um 08:15",
    ],
)
def test_a_titles_topic_day_is_not_the_pages(tmp_path: Path, title: str) -> None:
    assert published_of(tmp_path, title + BODY)[0] is None


def test_a_releases_own_title_still_dates_the_page(tmp_path: Path) -> None:
    title = "Medienmitteilung der Stadtpolizei, Winterthur, 11. März 2018, 16.45 Uhr"
    assert published_of(tmp_path, title + BODY) == ("2018-03-11", "header")
