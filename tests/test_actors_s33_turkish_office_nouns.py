"""Turkish: one capitalised word set off by a comma before a sentence a verb of speech closes is a surname ("Yılmaz,
… açıkladı"), unless it ends as an office's or a body's noun in "-lık" with its possessive does ("Cumhurbaşkanlığı",
the presidency; "Valiliği", "Müdürlüğü"): no one's name. Texts written for the test (a ferry timetable)."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    "text",
    [
        "Cumhurbaşkanlığı, yapılan görüşmelerin ardından feribot seferlerinin süreceğini açıkladı.",
        "Valiliği, yeni feribot tarifesini kamuoyuna duyurdu.",
        "Müdürlüğü, feribot seferlerinin hava nedeniyle iptal edildiğini bildirdi.",
    ],
)
def test_an_office_noun_opening_the_sentence_is_no_surname(text: str) -> None:
    assert people_in(text, "tr") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Kaya, yapılan görüşmelerin ardından feribot seferlerinin süreceğini açıkladı.", "Kaya"),
        ("Karaoğlu, yeni feribot tarifesini kamuoyuna duyurdu.", "Karaoğlu"),
    ],
)
def test_a_surname_opening_the_sentence_stays_a_person(text: str, person: str) -> None:
    assert people_in(text, "tr") == {person}
