"""A language the package has no data file for, read the first day a source in it arrives: states in their case
forms and initials, acronyms, people with inflected given names; on made-up sentences."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefing.actors import find_actors
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from briefing.registry_edit import RegistryEdit
from conftest import build_project, make_project


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "states"),
    [
        (
            "Delegacja Rosji spotkała się z przedstawicielami Ukrainy i Stanów Zjednoczonych.",
            "pl",
            {"Russia", "Ukraine", "United States"},
        ),
        (
            "Guvernul Ucrainei a cerut ajutorul Suediei și al Statelor Unite ale Americii.",
            "ro",
            {"Ukraine", "Sweden", "United States"},
        ),
        ("Zástupci Polska a Maďarska jednali o dodávkách plynu.", "cs", {"Poland", "Hungary"}),
        ("Regeringen i Norges grannland Finland svarade snabbt.", "sv", {"Norway", "Finland"}),
        ("Delegacja Nigerii przyjechała wczoraj.", "pl", {"Nigeria"}),  # the longest stem: Nigeria's, not Niger's
        ("Rysslands krig och Finlands svar dominerade debatten.", "sv", {"Russia", "Finland"}),  # the genitive "s"
        # endings opening with a consonant where adjectives are written in lower case
        ("A miniszter Görögországban járt, majd Kínával és Németországgal egyeztetett.", "hu", {"Greece", "China", "Germany"}),
        ("Ministeri vieraili Kuubassa ja palasi Ranskasta torstaina.", "fi", {"Cuba", "France"}),
    ],
)
def test_states_in_their_case_forms(text: str, language: str, states: set[str]) -> None:
    found = names(text, language)
    assert {name for name, (kind, _) in found.items() if kind == "state"} == states


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Veertig Nederlanders en de Nederlandse ambassade hielpen mee.", "nl"),  # a demonym and an adjective
        ("Polski Sejm przyjął ustawę w czwartek.", "pl"),  # an adjective opening a body's name
        ("Het Nederlands elftal speelde gisteren.", "nl"),  # the language's name, capitalised by the locale
        ("De top vond plaats in Parijs, waar de ministers bijeenkwamen.", "nl"),  # a capital is the place
        ("Nava a ajuns în Marea Neagră după trei zile.", "ro"),  # a sea, no person ("Mare" is a given name)
    ],
)
def test_adjectives_demonyms_capitals_and_seas_name_no_state_or_person(text: str, language: str) -> None:
    assert names(text, language) == {}


def test_names_under_the_proclitics_of_a_script_with_no_capitals() -> None:
    found = names("השר נסע לטורקיה ומשם לצרפת, ואחר כך נפגש באיחוד האירופי עם נציגי ביוון.", "he")
    assert found == {
        "Turkey": ("state", ("טורקיה",)),  # "to Turkey": the name starts after the proclitic
        "France": ("state", ("צרפת",)),  # "and from there to France"
        "European Union": ("organisation", ("איחוד האירופי",)),  # "in the", taking the article's place
        "Greece": ("state", ("יוון",)),
    }
    assert names("מכיוון שהישיבה נדחתה, השרים חזרו הביתה.", "he") == {}  # "because": no short name under two
    assert names("השגריר הצרפתי דיבר צרפתית.", "he") == {}  # "French": an ending makes an adjective here


def test_acronyms_marked_by_the_script_spell_a_known_name_of_several_words() -> None:
    found = names('שגריר ארה"ב בירך את החלטת האו״ם, ובארה"ב שתקו.', "he")
    assert found == {
        "United States": ("state", ('ארה"ב',)),  # the openings of "ארצות הברית"
        "United Nations": ("organisation", ("האו״ם",)),  # of "האומות המאוחדות", with the mark CLDR writes
    }
    assert names('יו"ר הוועדה ומנכ"ל החברה נפגשו.', "he") == {}  # chairman, director: no name they spell


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Przedstawiciele ONZ i NATO przybyli na rozmowy.", "pl", {"United Nations": "ONZ", "NATO": "NATO"}),
        ("De VN en de VS steunen het plan.", "nl", {"United Nations": "VN", "United States": "VS"}),
        ("SUA și UE au salutat acordul.", "ro", {"United States": "SUA", "European Union": "UE"}),
        ("AS dan PBB menyerukan gencatan senjata.", "id", {"United States": "AS", "United Nations": "PBB"}),  # Bangsa-Bangsa
        ("FN og EU holdt møde i går.", "da", {"United Nations": "FN", "European Union": "EU"}),  # no article: "De", "Den"
        ("Το ΝΑΤΟ και η ΕΕ συμφώνησαν.", "el", {"NATO": "ΝΑΤΟ", "European Union": "ΕΕ"}),  # Greek letters; "Ένωση": Ε
        ("YK ja EU vaativat tulitaukoa.", "fi", {"United Nations": "YK", "European Union": "EU"}),  # "Yhdistyneet kansakunnat"
        ("Zástupci OSN dorazili v pondělí.", "cs", {"United Nations": "OSN"}),  # but a state's: "Spojené státy", no "SS"
    ],
)
def test_the_initials_of_a_known_name_in_the_language_and_international_acronyms(
    text: str, language: str, expected: dict[str, str]
) -> None:
    assert {name: surfaces[0] for name, (_, surfaces) in names(text, language).items()} == expected


def test_an_acronym_the_knowledge_also_writes_as_a_word_is_inflected_as_one() -> None:
    assert names("Landet är med i Nato, och Natos chef kom i går.", "sv") == {"NATO": ("organisation", ("Nato", "Natos"))}


def test_a_body_defined_by_its_acronym_and_an_acronym_alone_but_no_currency() -> None:
    found = names("Krajowa Rada Sądownictwa (KRS) ogłosiła konkurs, a w piątek KRS wybrała kandydatów.", "pl")
    assert found == {"Krajowa Rada Sądownictwa": ("organisation", ("Krajowa Rada Sądownictwa", "KRS"))}
    assert names("Volgens het KNMI kost een nieuwe meetpost 20 000 EUR per jaar.", "nl") == {"KNMI": ("organisation", ("KNMI",))}
    assert names("PILNE WIADOMOŚCI z kraju i ze świata.", "pl") == {}  # a line in capitals
    assert names("The RIVM building stands in Bilthoven.", "en") == {}  # a covered language keeps its own rules


def test_people_after_an_unknown_title_and_with_inflected_given_names() -> None:
    assert names("Minister Karel de Vries zei dat de dijken sterk genoeg zijn.", "nl") == {
        "Karel de Vries": ("person", ("Karel de Vries",))
    }
    found = names("Minister rozmawiał z Piotrem Nowakiem i Marią Kowalską o budżecie.", "pl")
    assert found == {
        "Piotrem Nowakiem": ("person", ("Piotrem Nowakiem",)),
        "Marią Kowalską": ("person", ("Marią Kowalską",)),
    }


def test_a_surname_alone_in_another_case_is_the_person_named_in_full() -> None:
    found = names("Pogrzeb Lecha Kaczyńskiego odbył się w piątek. Kaczyński spoczął w katedrze.", "pl")
    assert found == {"Lecha Kaczyńskiego": ("person", ("Lecha Kaczyńskiego", "Kaczyński"))}
    assert names("Rozmowa z Janem Nowakiem. Nowy rząd powstał.", "pl") == {"Janem Nowakiem": ("person", ("Janem Nowakiem",))}


def test_a_registry_edit_reextracts_a_source_whose_language_has_no_file(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"pl.txt": "Rozmowy z Marii Kowalskiej trwały do wieczora w Genewie.\n"})
    old, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/pl.txt", root), old)
    entry = "  - id: maria-kowalska\n    name: Maria Kowalska\n    kind: person\n    aliases:\n      pl: [Maria Kowalska]\n"
    actors = root / "registry/actors.yaml"
    actors.write_text(actors.read_text(encoding="utf-8") + "\n" + entry, encoding="utf-8")
    new, problems = load_registry(Project(root))
    assert briefing.language == "pl" and not problems
    # "Marii Kowalskiej" is a form of the new name, though neither of its words is in the text as written
    assert RegistryEdit(old, new).touches(briefing)
    assert "maria-kowalska" in {m.actor for m in extract(load_source(root / "sources/pl.txt", root), new).mentions}


def test_a_polish_source_builds_with_its_states_people_and_date(tmp_path: Path) -> None:
    text = (
        "Rozmowy w Genewie\n\n"
        "Opublikowano: 4 marca 2024\n\n"
        "W środę prezydent Andrzej Nowak spotkał się z przedstawicielami Rosji i Ukrainy, a we wtorek ONZ wezwała "
        "obie strony do rozejmu. Jan Kowalski, doradca prezydenta, potwierdził, że rozmowy potrwają do piątku.\n"
    )
    root = make_project(tmp_path, {"rozmowy.txt": text})
    site = build_project(root, tmp_path / "site")
    briefing = next(b for b in json.loads((site / "api/briefings.json").read_text(encoding="utf-8")) if b["language"] == "pl")
    actors = {a["id"]: a for a in json.loads((site / "api/actors.json").read_text(encoding="utf-8"))}
    named = {actors[i]["name"] for i in briefing["actors"]}
    assert {"Russia", "Ukraine", "United Nations", "Andrzej Nowak", "Jan Kowalski"} <= named
    assert actors["andrzej-nowak"]["detected"]
    assert briefing["published"] == "2024-03-04"  # CLDR's genitive month after a label no file lists


def test_people_in_another_case_where_only_cldrs_counts_of_weekdays_decline() -> None:
    # Bosnian's month names are the same in a date and alone; its counts of weekdays decline ("{0} ponedjeljka")
    found = names("Sastanak sa Harisom Silajdžićem trajao je dugo. Silajdžić je rekao da je zadovoljan.", "bs")
    assert found == {"Harisom Silajdžićem": ("person", ("Harisom Silajdžićem", "Silajdžić"))}
    assert names("Ministar je razgovarao sa Markom Petrovićem o budžetu.", "bs") == {
        "Markom Petrovićem": ("person", ("Markom Petrovićem",))
    }
