"""A publication label agrees with the noun it follows: Italian "Interrogazione scritta pubblicata Lunedì 9 febbraio 2026"
(a written question, feminine), French "Note publiée le 4 mars 2024", as "pubblicato" and "publié" did. A day a sentence
names after the verb in prose is no label. Each page is written for the test (a library's opening hours)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

TEXT = {
    "it": "La biblioteca comunale amplia gli orari di apertura. I lettori potranno studiare anche la sera.\n",
    "fr": "La bibliothèque municipale élargit ses horaires. Les lecteurs pourront étudier aussi le soir.\n",
}


@pytest.mark.parametrize(
    ("stamp", "language", "date"),
    [
        ("Interrogazione scritta pubblicata Lunedì 9 febbraio 2026", "it", "2026-02-09"),
        ("Nota pubblicata il 4 marzo 2024", "it", "2024-03-04"),
        ("Note publiée le 4 mars 2024", "fr", "2024-03-04"),
    ],
)
def test_a_feminine_label_dates_the_page(tmp_path: Path, stamp: str, language: str, date: str) -> None:
    page = f"Orari della biblioteca\n\n{stamp}\n\n{TEXT[language]}"
    assert published_of(tmp_path, page) == (date, "header")


@pytest.mark.parametrize(
    "sentence",
    [
        "La guida, pubblicata nel 1998 dal comune, resta in uso fino al 26 giugno 2019 e oltre per tutti i lettori.",
        "La relazione fu pubblicata dopo la riunione del consiglio comunale sui nuovi orari della sede centrale.",
        "Una nuova guida sarà pubblicata a breve per tutti i lettori iscritti della biblioteca comunale.",
    ],
)
def test_the_verb_in_a_sentence_dates_nothing(tmp_path: Path, sentence: str) -> None:
    page = f"{sentence} {TEXT['it']}"
    assert published_of(tmp_path, page) == (None, "not-stated")
