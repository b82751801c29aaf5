"""Bodies and people in Welsh, Irish and Scottish Gaelic (`data/detection_words.yaml`): head-words read in their
mutated forms too (`data/mutations.yaml`: "Plaid", "ei Blaid"; "Comann", "a' Chomainn"), a sentence's opening verb
read as no name's word, and a person's full name after a head-word alone read as the person. Texts written for
these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        (
            "Mae arweinydd y Blaid Werdd wedi ymddiswyddo.",
            "cy",
            "Plaid Werdd",
        ),  # "Plaid", mutated after "y", named in its own form
        ("Dúirt Roinn Oideachais na hAlban go raibh athrú ag teacht.", "ga", "Roinn Oideachais"),
        ("Tha Bòrd na Sgoiltean a’ cur fàilte air an naidheachd.", "gd", "Bòrd na Sgoiltean"),
    ],
)
def test_a_head_word_opens_a_bodys_name(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in found(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Tha Bòrd a’ coinneachadh a-màireach.", "gd"),  # the verb "is" opens the sentence; a head-word alone
        ("Bhí Roinn mhór den airgead caite.", "ga"),  # "roinn", a share, capitalised after the opening verb
        ("Mae plaid ar y gwely yn y llofft.", "cy"),  # "plaid", a blanket, in lower case
    ],
)
def test_an_opening_verb_or_a_common_noun_names_no_body(text: str, language: str) -> None:
    assert found(text, language) == []


def test_a_full_name_after_a_head_word_alone_is_the_persons() -> None:
    """Irish names a government by its leader with no "of" ("Rialtas Boris Johnson"): the person is read."""
    assert found("D’éirigh beirt de Rialtas Seán Ó Briain as a bpostanna.", "ga") == [("Seán Ó Briain", "person")]
