"""A date line under a heading of a list of other items near the page's top ("Documenti analoghi", "Similar
documents" on a document site) is another item's date, not the page's. Each text is written for the test,
on a topic of its own (a town's rules for its parks)."""

from __future__ import annotations

import pytest
from conftest import published_of

RULES_IT = "\n\nIl presente regolamento disciplina l'uso dei parchi comunali e dei giardini pubblici della città.\n"
RULES_EN = "\n\nThese rules govern the use of the town's parks and public gardens by residents and visitors.\n"


@pytest.mark.parametrize(
    "text",
    [
        "Regolamento dei parchi comunali\n\nDocumenti analoghi\n3 marzo 2021" + RULES_IT,
        "Rules for the town's parks\n\nSimilar documents:\nMarch 3, 2021" + RULES_EN,
    ],
)
def test_a_date_under_a_heading_of_related_items_is_not_the_pages(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize(
    "text",
    [
        "Regolamento dei parchi comunali\n\n3 marzo 2021" + RULES_IT,
        "Rules for the town's parks\n\nMarch 3, 2021" + RULES_EN,
    ],
)
def test_the_same_date_line_without_that_heading_dates_the_page(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] == "2021-03-03"
