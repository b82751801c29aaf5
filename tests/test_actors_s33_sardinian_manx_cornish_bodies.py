"""Bodies and people in Sardinian, Manx and Cornish (`data/detection_words.yaml`): a capitalised head-word opens a
body's name ("Cussìgiu de sa Regione", "Reiltys Vannin", "Bagas Yeth Kernewek"), a title before a name opens the
person's ("Su sìndigu Pedru Canu"), a sentence's opening verb and its elided article ("Ta'n", is the) open no name,
and a head-word alone or in lower case names no body. Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Su Cussìgiu de sa Regione at aprovadu sa lege noa.", "sc", "Cussìgiu de sa Regione"),
        ("Sa Fundatzione de Nùgoro at presentadu su libru.", "sc", "Fundatzione de Nùgoro"),
        ("Va Reiltys Vannin er n'insh dy bee yn lhiabbee noa er ny hogal.", "gv", "Reiltys Vannin"),
        ("Ta'n Cheshaght Ghailckagh cur magh lioar noa.", "gv", "Cheshaght Ghailckagh"),  # not "Ta'n Cheshaght"
        ("Yma Bagas Yeth Kernewek ow kuntell.", "kw", "Bagas Yeth Kernewek"),
    ],
)
def test_a_head_word_opens_a_bodys_name(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in found(text, language)


def test_a_title_before_a_name_opens_the_persons() -> None:
    assert found("Su sìndigu Pedru Canu at nadu chi s'òpera at a cumintzare.", "sc") == [("Pedru Canu", "person")]
    assert found("Konseler Jori Trevithick a leveris bos an towl da.", "kw") == [("Jori Trevithick", "person")]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sa Regione est bella meda in beranu.", "sc"),  # a head-word alone: the region, a place
        ("Su partidu de sa sìndiga at bintu.", "sc"),  # "partidu" in lower case
        ("Partidu dae Casteddu, est lòmpidu a Tàtari.", "sc"),  # "Partidu", having left, opening the sentence
        ("Va Partee ayns y thie-oast riyr.", "gv"),  # the verb opens the sentence, a head-word alone
        ("Yma bagas a dus y'n dre.", "kw"),  # "bagas", a group of people, in lower case
    ],
)
def test_no_body_without_a_named_head(text: str, language: str) -> None:
    assert [k for _, k in found(text, language) if k == "organisation"] == []
