"""Official style capitalises a state's word and its adjective alike ("o Estado Português", "o Governo Português",
"lo Stato Italiano"): the pair names the state, as its lower-case form does ("o governo português"). A capitalised
adjective after a name that is no state's word stays a name's ("Mário Português"), and "estado de emergência" names
no state. Each text is written for the test."""

from __future__ import annotations

import pytest
from conftest import mentions_of

INTRO = {
    "pt": "Título da nota\n\nA empresa divulgou hoje um comunicado sobre a fábrica e os trabalhadores.\n\n",
    "it": "Titolo della nota\n\nIl gruppo ha diffuso oggi una nota sulla fabbrica e sui lavoratori.\n\n",
}


def mentions(tmp_path, language: str, sentence: str) -> dict[str, str]:
    return mentions_of(tmp_path, INTRO[language] + sentence + "\n")


@pytest.mark.parametrize(
    ("language", "sentence", "text", "state"),
    [
        ("pt", "O contrato será celebrado pelo Estado Português e pela empresa.", "Estado Português", "portugal"),
        ("pt", "O Governo Português aprovou o decreto.", "Governo Português", "portugal"),
        ("it", "Il contratto è firmato dallo Stato Italiano e dalla società.", "Stato Italiano", "italy"),
    ],
)
def test_a_capitalised_states_word_and_adjective_name_the_state(tmp_path, language, sentence, text, state) -> None:
    assert mentions(tmp_path, language, sentence).get(text) == state


def test_a_capitalised_adjective_after_a_given_name_is_no_state(tmp_path) -> None:
    assert "portugal" not in mentions(tmp_path, "pt", "O escritor Mário Português publicou um livro.").values()


def test_a_state_of_emergency_names_no_state(tmp_path) -> None:
    assert mentions(tmp_path, "pt", "O estado de emergência foi prorrogado.") == {}
