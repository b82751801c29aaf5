"""Actors on a language's first day: a Latin letter typed in a Cyrillic word for the Cyrillic letter of the same
shape (Ossetic pages' "æ" for "ӕ") is read as that letter, for the text's language and for its names; texts
written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors
from briefing.extract import detect_language

OSSETIC_LATIN_AE = (
    "Хуссар Ирыстоны хицауад ныр дыууæ азы кусы Уæрæсейы минæвæрттимæ. Ацы аз уыдон æмбырд кæндзысты "
    "Цхинвалы, æмæ уым ныхас кæндзысты экономикæйы фарстытыл. Уæрæсе æмæ Гуырдзыстон дæр уыдзысты."
)


def test_a_latin_letter_typed_in_cyrillic_words_is_read_as_its_cyrillic_twin() -> None:
    """Ossetic pages type the Latin "æ" for their Cyrillic "ӕ": the text is still Ossetic (Russian writes neither),
    and "Уæрæсейы" is CLDR's "Уӕрӕсе" (Russia) in the genitive."""
    assert detect_language(OSSETIC_LATIN_AE) == "os"
    found = [f for f in find_actors(OSSETIC_LATIN_AE, "os") if f.kind == "state"]
    assert "Russia" in [f.name for f in found]
    assert "Уæрæсейы" in next(f.surfaces for f in found if f.name == "Russia")


def test_a_latin_word_keeps_its_letters() -> None:
    """Only a word with Cyrillic letters takes the Cyrillic twin: a Danish "Færøerne" stays as written."""
    found = {f.name: f.surfaces for f in find_actors("Regeringen på Færøerne og Danmark mødtes i går.", "da")}
    assert found.get("Faroe Islands") == ("Færøerne",)
