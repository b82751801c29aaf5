"""Ukrainian official lists write a surname before the initials of its given name and patronymic ("Суддя у 1-й
інстанції - Борис О. Н. Суддя у 2-й інстанції - …"): the initials then stand before the next entry's title
("Суддя"), and are no initials of a person named "Суддя". A judge's and an advocate's titles ("суддя", "адвокат")
stand before a name as an office's do. Texts written for the test (a land-registry case)."""

from __future__ import annotations

import pytest
from conftest import people_in


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Суддя у 1-й інстанції - Коваль О. Н. Суддя у 2-й інстанції - Мельник В. П.", {"Коваль О. Н.", "Мельник В. П."}),
        ("Головуючий суддя Гончар А. В. Директор реєстру подав заяву.", {"Гончар А. В."}),
        ("Від імені позивача діє адвокат Ткач Олена Петрівна.", {"Ткач Олена Петрівна"}),
    ],
)
def test_a_surname_before_initials_then_a_title_is_the_person(text: str, people: set[str]) -> None:
    assert people_in(text, "uk") == people


@pytest.mark.parametrize(
    "text",
    [
        "Суддя у справі про реєстр оголосив перерву.",  # a title alone
        "Рішення ухвалив суд у складі колегії, справа № 212/543/24.",
        "Директор О. Н. Коваленко підписав наказ про реєстр.",  # initials before the surname: "Директор" is a title
    ],
)
def test_no_person_named_by_a_title(text: str) -> None:
    assert not any(surface.endswith(("Суддя", "Директор")) for surface in people_in(text, "uk"))
