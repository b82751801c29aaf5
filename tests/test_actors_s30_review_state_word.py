"""Italian "stato" and Portuguese "estado" name a state beside its adjective only capitalised ("lo Stato Italiano",
"o Estado Português"): lower-case they are a verb's forms ("è stato russo", "tem estado francês"), no state. Each
text is written for the test."""

from __future__ import annotations

import pytest
from conftest import mentions_of

INTRO = {
    "pt": "Título da nota\n\nA escola divulgou hoje um texto sobre a história da aviação.\n\n",
    "it": "Titolo della nota\n\nLa scuola ha diffuso oggi un testo sulla storia del volo.\n\n",
}


def mentions(tmp_path, language: str, sentence: str) -> dict[str, str]:
    return mentions_of(tmp_path, INTRO[language] + sentence + "\n")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Il primo pilota del volo di prova è stato tedesco, non inglese."),
        ("pt", "O vinho servido no jantar tem estado francês nas mesas há anos."),
    ],
)
def test_the_lower_case_verb_names_no_state(tmp_path, language: str, sentence: str) -> None:
    assert mentions(tmp_path, language, sentence) == {}


@pytest.mark.parametrize(
    ("language", "sentence", "text", "state"),
    [
        ("it", "Il ponte è stato pagato dallo Stato Tedesco e dalla regione.", "Stato Tedesco", "germany"),
        ("pt", "O museu foi comprado pelo Estado Francês no ano passado.", "Estado Francês", "france"),
    ],
)
def test_the_capitalised_word_still_names_the_state(tmp_path, language: str, sentence: str, text: str, state: str) -> None:
    assert mentions(tmp_path, language, sentence).get(text) == state
