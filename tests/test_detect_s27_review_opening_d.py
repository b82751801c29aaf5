"""Detection (review of the capital "D'"): a capital "D'" after a word is a surname's particle ("Massimo
D'Alema"); where a sentence opens with it, it is the elided "de" before a person's name ("D'Emmanuel Macron à …");
texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


def test_an_opening_d_before_a_name_is_the_elided_de() -> None:
    assert people("D'Emmanuel Macron à Olaf Scholz, tous ont répondu.", "fr") == ["Emmanuel Macron", "Olaf Scholz"]
    assert people("D'Ursula von der Leyen à Charles Michel, tous ont salué le texte.", "fr")[0] == "Ursula von der Leyen"


def test_a_title_cased_d_apres_before_a_name() -> None:
    assert people("D'Après Emmanuel Macron, le sommet aura lieu en mai.", "fr") == ["Emmanuel Macron"]


def test_a_d_after_a_given_name_is_the_surname_s() -> None:
    assert people("Massimo D'Alema ha parlato ieri a Roma.", "it") == ["Massimo D'Alema"]


def test_a_d_after_a_word_still_reads_the_state() -> None:
    assert [f.name for f in find_actors("Il governatore della Banca D'Italia ha parlato.", "it")] == ["Italy"]
