"""Turkish people named after an occupation in its possessive form, the form that follows what the person serves
(a club's player, a league's referee, a paper's journalist), with given names no list holds, and bodies that open
with the bare noun; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from conftest import people_in


def organisations(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Bölgesel lig hakemi Yalçınbey Doğanay maçı yönetemedi.", "Yalçınbey Doğanay"),
        ("Kulübün kadın futbolcusu Gülbeyaz Tunabay sezonu kapattı.", "Gülbeyaz Tunabay"),
        ("Yerel gazetenin gazetecisi Oğuzalp Berksoy haberi doğruladı.", "Oğuzalp Berksoy"),
        ("Takımın kaleci antrenörü Kutalmış Ergüder istifa etti.", "Kutalmış Ergüder"),
        ("Şehir kulübünün teknik direktörü Erdinçcan Sıdıkoğlu görevden alındı.", "Erdinçcan Sıdıkoğlu"),
    ],
)
def test_a_person_after_an_occupation_in_the_possessive(text: str, person: str) -> None:
    assert person in people_in(text, "tr")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Merkez Hakem Kurulu yeni listeyi açıkladı.", "Merkez Hakem Kurulu"),
        ("Gazeteci Yazarlar Derneği ödül töreni düzenledi.", "Gazeteci Yazarlar Derneği"),
    ],
)
def test_a_body_named_with_the_bare_noun_stays_a_body(text: str, body: str) -> None:
    assert body in organisations(text, "tr")
    assert not people_in(text, "tr")
