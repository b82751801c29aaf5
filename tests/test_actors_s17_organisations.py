"""Organisations no registry lists, with an empty topic registry, in the European languages, on made-up sentences:
a brand's or company's name written in CamelCase ("NorthLight", "BlueHarbor", names of no data set); an acronym of
four capitals or fewer that the source writes twice or more ("QRX"); and a person's surname alone before a verb of
speech in a compound tense ("Dupontel a déclaré", "Castañeda ha dicho")."""

from __future__ import annotations

import pytest
from briefing.actors import actor_mentions, base_registry, find_actors
from briefing.model import Block


def kinds(text: str, language: str) -> dict[str, str]:
    return {s: a.kind for a in find_actors(text, language) for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("The documents were published by NorthLight on Monday.", "en", "NorthLight"),
        ("Selon BlueHarbor, les documents sont authentiques.", "fr", "BlueHarbor"),
        ("La plataforma NorthLight publicó los documentos.", "es", "NorthLight"),
        ("I documenti sono stati diffusi da BlueHarbor ieri.", "it", "BlueHarbor"),
        ("Die Enthüllungsplattform NorthLight veröffentlichte die Dokumente.", "de", "NorthLight"),
        ("Os documentos foram divulgados pela BlueHarbor.", "pt", "BlueHarbor"),
    ],
)
def test_a_camel_case_name_is_an_organisation(text: str, language: str, surface: str) -> None:
    assert kinds(text, language).get(surface) == "organisation"


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # a surname glued to its prefix is no brand's name
        ("Senator McAllister met the board.", "en", "McAllister"),
        ("The actor LeMarre met DeSoto, a rival.", "en", "DeSoto"),
        # German's gender-inclusive capital I makes no name
        ("Die BewohnerInnen protestierten am Montag.", "de", "BewohnerInnen"),
        # a word in capitals after its first part is a product's as often as a company's
        ("The lab released SkyGPT on Monday.", "en", "SkyGPT"),
        # a part of two letters: a plural acronym, a hashtag's words
        ("The two states signed three MoUs on Monday.", "en", "MoUs"),
    ],
)
def test_no_organisation_from_a_glued_surname_or_a_gendered_noun(text: str, language: str, surface: str) -> None:
    assert kinds(text, language).get(surface) != "organisation"


def kinds_in(paragraphs: list[str], language: str) -> dict[str, str]:
    blocks = tuple(Block("paragraph", p) for p in paragraphs)
    mentions, detected = actor_mentions(blocks, base_registry(), language)
    kind = {d.id: d.kind for d in detected}
    return {m.text: kind[m.actor] for m in mentions if m.actor in kind}


@pytest.mark.parametrize(
    ("paragraphs", "language", "surface"),
    [
        (["The QRX said the talks had failed.", "Later the QRX called a strike."], "en", "QRX"),
        (["Según informó la QRX, el ministro dimitió.", "La QRX convocó una huelga."], "es", "QRX"),
    ],
)
def test_an_acronym_written_twice_is_an_organisation(paragraphs: list[str], language: str, surface: str) -> None:
    assert kinds_in(paragraphs, language).get(surface) == "organisation"


@pytest.mark.parametrize(
    ("paragraphs", "language", "surface"),
    [
        # once only: it may stand for anything
        (["Officials met the QRX on Monday."], "en", "QRX"),
        # a common noun's acronym, a currency's, a code after a hyphen, a ship's prefix before its name
        (["GDP fell.", "GDP rose again."], "en", "GDP"),
        (["Custou US$ 40 milhões.", "Mais US$ 10 milhões."], "pt", "US"),
        (["The jet F-QRXB crashed.", "F-QRXB had flown at dawn."], "en", "QRXB"),
        (["The ship QRX Harmony sailed.", "QRX Harmony docked."], "en", "QRX"),
        # five capitals or more are as often a word in capitals
        (["Le cargo QUARTZO est parti.", "Le QUARTZO est arrivé."], "fr", "QUARTZO"),
    ],
)
def test_no_organisation_from_a_lone_code_or_a_common_acronym(paragraphs: list[str], language: str, surface: str) -> None:
    assert kinds_in(paragraphs, language).get(surface) != "organisation"


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Hier soir, Dupontel a déclaré que la réforme serait retirée.", "fr", "Dupontel"),
        ("Después, Castañeda ha dicho que no habrá elecciones.", "es", "Castañeda"),
        ("Poi, Bernasconi ha detto che il governo andrà avanti.", "it", "Bernasconi"),
    ],
)
def test_one_name_before_a_compound_tense_of_speech_is_a_person(text: str, language: str, surface: str) -> None:
    assert kinds(text, language).get(surface) == "person"


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        # after an article the word is a body's name
        ("La Fiatella ha detto che il governo andrà avanti.", "it", "Fiatella"),
        ("El Grupex ha dicho que no habrá acuerdo.", "es", "Grupex"),
        # a common noun, capitalised as German writes nouns
        ("Die Regierung hat gesagt, dass alles gut sei.", "de", "Regierung"),
    ],
)
def test_no_person_before_a_compound_tense_after_an_article(text: str, language: str, surface: str) -> None:
    assert kinds(text, language).get(surface) != "person"


def test_a_sentence_opening_name_before_a_compound_tense_is_a_person_the_source_also_writes_alone() -> None:
    paragraphs = ["Les élus ont rencontré Dupontel hier.", "Dupontel a déclaré que la réforme serait retirée."]
    assert kinds_in(paragraphs, "fr").get("Dupontel") == "person"


def test_an_adverb_opening_a_sentence_before_a_compound_tense_is_no_person() -> None:
    assert kinds("Come ha detto il ministro, il governo andrà avanti.", "it").get("Come") != "person"
