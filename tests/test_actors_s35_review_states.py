"""Review of states named by an adjective's word and of a government's seat (c0b206b5, cd31e9b3): Arabic 'مالي' and
Persian 'مالی' (financial) are the adjective after a noun such as "centre", after a word for a state two words back,
with the article behind a glued conjunction ("والمالي"), or after "و" that follows another adjective ("فني ومالي");
"the Polish government in London" is Poland's alone. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("این شهر مرکز مالی منطقه است.", "fa"),  # "the region's financial centre"
        ("دولت کمک مالی به کشاورزان را افزایش داد.", "fa"),  # "the government raised financial aid"
        ("قدمت الحكومة دعم مالي للمزارعين.", "ar"),
        ("يعزز الاستقرار السياسي والمالي في المنطقة.", "ar"),  # "political and financial stability"
        ("قدم البنك دعم فني ومالي للشركات.", "ar"),  # "technical and financial support"
    ],
)
def test_the_adjective_is_no_state(text: str, language: str) -> None:
    assert "Mali" not in states(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("زار الوزير النيجر ومالي الأسبوع الماضي.", "ar"),  # "Niger and Mali"
        ("وقعت اشتباكات في شمال مالي.", "ar"),  # "in northern Mali"
        ("سفیر کشور مالی در تهران سخن گفت.", "fa"),  # "the ambassador of the country Mali"
    ],
)
def test_the_state_stays(text: str, language: str) -> None:
    assert "Mali" in states(text, language)


def test_a_government_in_exile_is_its_own_state() -> None:
    assert states("The Polish government in London protested the decision.", "en") == {"Poland"}


def test_a_government_in_its_capital_names_the_state() -> None:
    assert "Afghanistan" in states("Talks with the government in Kabul resumed on Monday.", "en")
