"""Publication dates under a German page's label of the article or post it heads ("Artikel vom", "Beitrag vom"):
each text is written for the test, on a topic of its own (a village's new bridge)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("label", "found"),
    [("Artikel vom 19.12.2014", "2014-12-19"), ("Beitrag vom 3. März 2024", "2024-03-03")],
)
def test_the_label_of_the_article_dates_the_page(tmp_path, label: str, found: str) -> None:
    text = (
        "Gemeinde Brückdorf (Druckversion)\nAutor: Gemeinde Brückdorf\n"
        f"{label}\n\nDie neue Brücke wurde am 6. November eröffnet. Sie verbindet zwei Ortsteile.\n"
    )
    assert published_of(tmp_path, text)[0] == found


def test_an_article_of_a_day_the_text_cites_dates_no_page(tmp_path) -> None:
    text = (
        "Neue Brücke eröffnet\n\nDie neue Brücke wurde am Montag eröffnet. Im Beitrag vom 3. März 2024 hatte die"
        " Zeitung darüber berichtet. Sie verbindet zwei Ortsteile.\n"
    )
    assert published_of(tmp_path, text)[0] is None
