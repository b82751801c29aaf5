"""Actors on a language's first day: names with a prefix glued to their capital (Bantu noun-class, locative and
possessive prefixes, an honorific joined to a name), and surnames a text also writes alone where nouns are
lower-case; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.otherlang import glued_prefix


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Vashandi vakadzoka kubva kuMozambique nezuro.", "sn", "Mozambique"),  # "from Mozambique": ku-
        ("Hurumende yeZambia yakazivisa mutemo mutsva.", "sn", "Zambia"),  # "Zambia's government": ye-
        ("Mutambo wakaitirwa muKenya svondo rapera.", "sn", "Kenya"),  # "in Kenya": mu-
        ("Umongameli uvakashele eKenya izolo.", "zu", "Kenya"),  # Zulu's locative e-
    ],
)
def test_a_state_under_a_glued_prefix(text: str, language: str, state: str) -> None:
    assert state in names(text, language, "state")


def test_the_state_is_named_by_its_own_letters() -> None:
    found = [f for f in find_actors("Vashandi vakadzoka kubva kuMozambique nezuro.", "sn") if f.kind == "state"]
    assert found[0].surfaces == ("Mozambique",)


def test_an_honorific_glued_to_a_full_name() -> None:
    """Shona's "Va" joined to a name ("VaJohn Banda"): the person is John Banda."""
    assert "John Banda" in names("Mukuru webazi VaJohn Banda vati basa richapera.", "sn", "person")


@pytest.mark.parametrize(
    "word", ["McDonald", "DeSantis", "MacArthur", "UNESCO", "iPhone", "Zimbabwe", "eBay", "ChatGPT", "OpenAI"]
)
def test_no_glued_prefix(word: str) -> None:
    """A surname's own capitalised prefix, a word in capitals, a capitalised word, and a prefix before a name that
    is too short are no prefix glued to a name (or the name left is too short to be one)."""
    assert glued_prefix(word) == (1 if word in ("iPhone", "eBay") else 0)


def test_a_brand_under_a_lower_case_letter_names_no_state() -> None:
    assert names("Vakatenga iPhone nyowani muguta.", "sn", "state") == []


def test_a_surname_the_text_writes_alone_makes_a_full_name() -> None:
    """Where nouns are lower-case, two capitalised words inside a sentence whose last the text writes alone elsewhere
    are a person, though the list of given names has no "Tawanda"."""
    text = "Mutungamiri webato Tawanda Chikore vakasvika nezuro. Vanhu vakaudza Chikore kuti basa rakanaka."
    assert "Tawanda Chikore" in names(text, "sn", "person")


def test_not_where_every_noun_is_capitalised() -> None:
    """Luxembourgish capitalises its nouns: a noun written alone elsewhere makes no person of two capitalised words."""
    text = "Si hunn eng nei Schoul Kanner opgemaach. D'Kanner si frou."
    assert names(text, "lb", "person") == []


@pytest.mark.parametrize(
    ("text", "language", "organisation"),
    [
        ("Nthumwi za African Union zinafika mawa.", "ny", "African Union"),
        ("Misangano yeSouthern African Development Community yakapera.", "sn", "Southern African Development Community"),
    ],
)
def test_an_organisations_english_name_of_several_words(text: str, language: str, organisation: str) -> None:
    assert organisation in names(text, language, "organisation")


def test_a_head_word_closes_a_body_not_a_person() -> None:
    """ "Union" closes a body's name in three or more covered languages: "Kenya Teachers Union" is a body, though a
    run of capitalised words after a given name would otherwise be a person."""
    found = find_actors("Vakuru veGrace Teachers Union vakataura nezuro.", "sn")
    assert [(f.name, f.kind) for f in found if f.kind != "state"] == [("Grace Teachers Union", "organisation")]


def test_a_peoples_name_written_alone_is_no_surname() -> None:
    """ "Malagasy" is written alone ("ny Malagasy rehetra", all Malagasy): a people's name, so "Filoha Malagasy" (the
    Malagasy president) is no person's full name."""
    text = "Nitsidika an'i Frantsa ny Filoha Malagasy omaly. Faly ny Malagasy rehetra."
    assert names(text, "mg", "person") == []


def test_a_capitalised_prefix_inside_a_sentence_is_an_honorific() -> None:
    """Shona writes its locative and possessive prefixes in lower case ("muHarare"); "Va" glued to a capital inside a
    sentence is the honorific, and the name after it a person's, though no list has "Tonderai" or "Mhofu"."""
    text = "Mukuru webazi rezvemari, VaTonderai Mhofu, vati mari ichawanikwa. Vakati VaMhofu vachauya."
    assert "Tonderai Mhofu" in names(text, "sn", "person")


def test_a_capitalised_prefix_opening_a_sentence_is_no_honorific() -> None:
    """ "MuMarondera" opens a sentence: its capital is the sentence's, so the prefix is a locative's."""
    assert names("MuMarondera vanhu vakawanda vakasvika nezuro.", "sn", "person") == []


def test_a_places_own_locative_prefix_is_no_honorific() -> None:
    """ "KwaZulu-Natal" keeps its locative "Kwa" inside a sentence: a province, no person."""
    assert names("Die span het in KwaZulu-Natal gespeel.", "af", "person") == []
