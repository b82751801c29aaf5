"""Actors with an empty topic registry (issue 15), fifteenth session: the political parties of the national
parliaments of Germany, France, the United Kingdom and Italy as built-in knowledge (their acronyms in every
language, their names in each), a party's one-word name in lower case being the common noun, and an abbreviated
title's full stop ("M.", "Mr.", "Sra.") before a surname. Made-up sentences, through the public `find_actors`."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {f.name: f.surfaces for f in find_actors(text, language)}


def test_a_partys_acronym_names_it_in_any_language() -> None:
    found = names("Les élus de la CDU et du SPD ont voté contre la motion.", "fr")
    assert found == {"Christian Democratic Union of Germany": ("CDU",), "Social Democratic Party of Germany": ("SPD",)}
    assert "Alternative for Germany" in names("La AfD obtuvo el segundo lugar.", "es")


def test_a_party_named_in_translation_is_the_party() -> None:
    found = names("L'Union chrétienne-démocrate devance l'Alternative pour l'Allemagne.", "fr")
    assert {"Christian Democratic Union of Germany", "Alternative for Germany"} <= set(found)
    assert "Five Star Movement" in names("O Movimento 5 Estrelas deixou a coligação.", "pt")
    assert "Brothers of Italy" in names("Les Frères d'Italie ont gagné les élections.", "fr")


def test_a_partys_one_word_name_in_lower_case_is_the_common_noun() -> None:
    assert "Labour Party (UK)" in names("Labour won the seat on Thursday.", "en")
    assert "Labour Party (UK)" not in names("The firm said labour costs rose on Thursday.", "en")
    assert "Lega (political party)" in names("The Lega left the coalition on Thursday.", "en")
    assert "Lega (political party)" not in names("La lega de Salvini a quitté la coalition.", "fr")


def test_a_surname_after_an_abbreviated_title_with_its_full_stop_is_a_person() -> None:
    assert "Dalmar" in names("M. Dalmar a déclaré que la réforme serait retirée.", "fr")
    assert "Dalmar" in names("« Rien ne changera », avait réaffirmé M. Dalmar le 27 mai.", "fr")
    assert "Okonvo" in names("Mr. Okonvo visited the port on Monday.", "en")
    assert "Velardi" in names("La Sra. Velardi dijo que no renunciaría.", "es")
