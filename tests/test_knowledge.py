"""The built-in knowledge: international bodies in every covered language, state names and adjectives, the
seats of government that stand for a state, and the data files themselves."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from babel import Locale, UnknownLocaleError
from briefing import safeyaml
from briefing.actors import find_actors
from briefing.cli import main
from briefing.knowledge import MAIN_LANGUAGES, names_in
from click.testing import CliRunner
from conftest import ROOT

KNOWLEDGE = ROOT / "hooks" / "briefing" / "data" / "knowledge"


def names(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


ECOWAS = "Economic Community of West African States"


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("The Economic Community of West African States (ECOWAS) met in Abuja.", "en", "ECOWAS"),
        ("La Cédéao a imposé des sanctions au Niger.", "fr", "Cédéao"),
        ("Die Westafrikanische Wirtschaftsgemeinschaft Ecowas drohte mit Gewalt.", "de", "Ecowas"),
        ("Лидеры ЭКОВАС собрались на саммит.", "ru", "ЭКОВАС"),
        ("ECOWAS liderleri olağanüstü zirvede bir araya geldi.", "tr", "ECOWAS"),  # the acronym in any language
        ("عقد قادة إيكواس قمة طارئة.", "ar", "إيكواس"),
        ("西共体领导人举行特别峰会。", "zh", "西共体"),
    ],
)
def test_ecowas_in_every_language_without_a_registry(text: str, language: str, surface: str) -> None:
    found = names(text, language)
    assert found[ECOWAS][0] == "organisation" and surface in found[ECOWAS][1]


def test_regional_un_and_humanitarian_bodies() -> None:
    found = names(
        "Médecins Sans Frontières, Human Rights Watch and the International Organization for Migration said the "
        "UN Human Rights Council and IGAD must act; the OAS and Mercosur met, and the Wagner Group left.",
        "en",
    )
    assert {
        "Médecins Sans Frontières",
        "Human Rights Watch",
        "International Organization for Migration",
        "United Nations Human Rights Council",
        "Intergovernmental Authority on Development",
        "Organization of American States",
        "Mercosur",
        "Wagner Group",
    } <= set(found)
    assert all(kind == "organisation" for kind, _ in found.values())


def test_a_body_whose_name_is_part_of_a_persons_is_named_only_as_a_body() -> None:
    found = names("O general Abdel Fatah al Durhan recebeu o movimento Fatah.", "pt")
    assert found["Fatah"] == ("organisation", ("movimento Fatah",))


def test_the_osce_keeps_its_names_beside_its_minsk_group() -> None:
    found = names("The OSCE said its Minsk Group would meet.", "en")
    assert found["Organization for Security and Co-operation in Europe"][1] == ("OSCE",)
    assert found["OSCE Minsk Group"][1] == ("Minsk Group",)


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Nach zwei Jahren Krieg hat die äthiopische Regierung einen Waffenstillstand vereinbart.", "de", "Ethiopia"),
        ("Il governo etiope ha firmato l'accordo.", "it", "Ethiopia"),
        ("Суданские власти заявили о перемирии.", "ru", "Sudan"),
        ("Le gouvernement vénézuélien a rejeté la demande.", "fr", "Venezuela"),
        ("وقالت السعودية إن المحادثات مستمرة.", "ar", "Saudi Arabia"),  # the short name CLDR lacks
        ("沙特和美国发表联合声明。", "zh", "Saudi Arabia"),
        ("Senegal, Fildişi Sahili ve Benin destek verdi.", "tr", "Ivory Coast"),
    ],
)
def test_states_by_their_adjective_beside_a_government_and_by_short_names(text: str, language: str, state: str) -> None:
    assert names(text, language)[state][0] == "state"


def test_german_names_in_their_other_cases() -> None:
    found = names("Die Regierung Chinas widersprach den Vereinten Nationen und dem Internationalen Währungsfonds.", "de")
    assert found["China"] == ("state", ("Chinas",))
    assert found["United Nations"][1] == ("Vereinten Nationen",)
    assert found["International Monetary Fund"][1] == ("Internationalen Währungsfonds",)
    neighbours = names("Die Türkei und Äthiopiens Nachbarn.", "de")
    assert neighbours == {"Turkey": ("state", ("Türkei",)), "Ethiopia": ("state", ("Äthiopiens",))}


def test_persian_names_as_scraped_text_writes_them() -> None:
    # the zero-width non-joiner of "بین‌المللی" lost, and the Arabic yeh and kaf of older sites
    found = names("به گزارش سازمان بینالمللی مهاجرت، مقامات ايران و كانادا اعلام کردند.", "fa")
    assert found["International Organization for Migration"][1] == ("سازمان بینالمللی مهاجرت",)
    assert found["Iran"][0] == found["Canada"][0] == "state"


def test_an_army_named_by_its_states_adjective_is_that_states_army() -> None:
    for text, language in [("El ejército sudanés y el gobierno etíope.", "es"), ("Суданская армия заявила.", "ru")]:
        assert names(text, language)["Sudan Army"][0] == "organisation"


def test_seats_of_government_and_capitals_cldr_writes_as_their_zone() -> None:
    assert names("O Itamaraty disse que acompanha o processo.", "pt")["Brazil"] == ("state", ("Itamaraty",))
    assert names("Baku ha respinto la proposta.", "it")["Azerbaijan"] == ("state", ("Baku",))
    assert names("La delegazione è partita verso Baku.", "it") == {}  # the capital as a place


def test_the_knowledge_files_have_no_key_twice_and_every_body_its_source() -> None:
    for path in sorted(KNOWLEDGE.rglob("*.yaml")):
        safeyaml.load(path.read_text(encoding="utf-8"))  # raises on a key written twice (YAML keeps the last)
    organisations = yaml.safe_load((KNOWLEDGE / "organisations.yaml").read_text(encoding="utf-8"))["organisations"]
    assert len(organisations) >= 90
    for organisation in organisations:
        assert organisation["source"].startswith("https://"), organisation["id"]
        for code in organisation["aliases"]:  # "und" (any language), else a language CLDR knows
            assert code == "und" or _cldr_knows(code), (organisation["id"], code)
        for words in organisation["aliases"].values():  # "casques bleus" matches either case; "Casques bleus" would hide it
            assert not [w for w in words if w[:1].isupper() and w[:1].lower() + w[1:] in words], (organisation["id"], words)


def _cldr_knows(code: str) -> bool:
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return False
    return True


def test_no_name_belongs_to_two_built_in_actors_in_one_language() -> None:
    for language in MAIN_LANGUAGES:
        owners: dict[str, str] = {}
        for actor_id, words in names_in(language).items():
            for word in words:
                assert owners.setdefault(word, actor_id) == actor_id, (language, word, owners[word], actor_id)


def test_a_new_french_briefing_names_the_bodies_of_a_new_topic(tmp_path: Path) -> None:
    """A new topic with no registry: the built site names ECOWAS, Amnesty International and the states."""
    project = tmp_path / "niger"
    result = CliRunner().invoke(main, ["new", str(project), "--title", "Coup au Niger", "--language", "fr"])
    assert result.exit_code == 0, result.output
    (project / "sources" / "cedeao.txt").write_text(
        "La Cédéao menace le Niger\n\nLa Communauté économique des États de l'Afrique de l'Ouest (Cédéao) a donné "
        "une semaine aux militaires. Le gouvernement nigérian a soutenu la Cédéao, et Amnesty International a "
        "demandé la libération du président. Les casques bleus ne sont pas concernés.\n",
        encoding="utf-8",
    )
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"]
    built = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=600)
    assert built.returncode == 0, built.stderr[-3000:]
    actors = {a["id"]: a for a in json.loads((project / "site" / "api" / "actors.json").read_text(encoding="utf-8"))}
    assert {"ecowas", "nigeria", "amnesty-international", "un-peacekeeping"} <= set(actors)
    assert actors["ecowas"]["name"] == "Cédéao" and actors["ecowas"]["detected"] is False
    assert "ECOWAS" in actors["ecowas"]["aliases"]["ru"]  # written alike in every language
    page = (project / "site" / "actors" / "ecowas" / "index.html").read_text(encoding="utf-8")
    assert "Cédéao" in page and "Detected, not yet reviewed" not in page


@pytest.mark.parametrize(
    ("text", "language", "state", "surface"),
    [
        ("Die Wahl in Rumanien wurde annulliert.", "de", "Romania", "Rumanien"),  # the umlaut lost by a scraper
        ("Die Wahl in Rumaenien wurde annulliert.", "de", "Romania", "Rumaenien"),  # written without an umlaut key
        ("Les élections au Perou ont eu lieu.", "fr", "Peru", "Perou"),
        ("La delegación llegó a Mexico ayer.", "es", "Mexico", "Mexico"),
    ],
)
def test_state_names_written_without_their_accents(text: str, language: str, state: str, surface: str) -> None:
    found = {a.name: a.surfaces for a in find_actors(text, language)}
    assert found[state] == (surface,)


@pytest.mark.parametrize(
    ("text", "actor", "surface"),
    [
        ("Secondo l'Oms i casi sono in calo.", "World Health Organization", "Oms"),
        ("Gli Usa hanno risposto subito.", "United States", "Usa"),
        ("Il vertice della Nato si è chiuso.", "NATO", "Nato"),
    ],
)
def test_italian_acronyms_written_with_one_capital(text: str, actor: str, surface: str) -> None:
    assert {a.name: a.surfaces for a in find_actors(text, "it")}[actor] == (surface,)


@pytest.mark.parametrize(
    ("text", "language", "surface"),
    [
        ("Власти Южной Кореи ответили.", "ru", "Южной Кореи"),  # the usual name; CLDR's is "Республика Корея"
        ("Посол Северной Кореи выступил.", "ru", "Северной Кореи"),
        ("The Africa CDC said cases were rising.", "en", "Africa CDC"),
    ],
)
def test_usual_names_beside_cldrs_official_ones(text: str, language: str, surface: str) -> None:
    assert any(surface in a.surfaces for a in find_actors(text, language))


@pytest.mark.parametrize(
    ("text", "language", "state"),
    [
        ("Die rumänische Regierung trat zurück.", "de", "Romania"),
        ("Die rumanische Regierung trat zurück.", "de", "Romania"),  # the umlaut lost by a scraper
        ("Le gouvernement birman a répondu.", "fr", "Myanmar"),
        ("El gobierno húngaro respondió.", "es", "Hungary"),
        ("Il governo ungherese ha risposto.", "it", "Hungary"),
        ("O governo tailandês respondeu.", "pt", "Thailand"),
        ("Румынские власти ответили.", "ru", "Romania"),
        ("Угорський уряд відповів.", "uk", "Hungary"),
        ("الحكومة الرومانية ردت.", "ar", "Romania"),
        ("The Ugandan government replied.", "en", "Uganda"),
    ],
)
def test_states_by_their_adjective_in_more_languages(text: str, language: str, state: str) -> None:
    assert state in {a.name for a in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language", "actor", "surface"),
    [
        ("طبق اعلام WHO این بیماری گسترش یافت.", "fa", "World Health Organization", "WHO"),  # Latin letters in Persian
        ("По данным WHO, число случаев выросло.", "ru", "World Health Organization", "WHO"),
        ("Генсек NATO выступил.", "ru", "NATO", "NATO"),
        ("رئیس‌جمهور کرهجنوبی بازداشت شد.", "fa", "South Korea", "کرهجنوبی"),  # two words joined, the space lost
        ("سازمان بهداشت جهانی هشدار داد.", "fa", "World Health Organization", "سازمان بهداشت جهانی"),
    ],
)
def test_names_as_texts_in_other_scripts_write_them(text: str, language: str, actor: str, surface: str) -> None:
    assert surface in {a.name: a.surfaces for a in find_actors(text, language)}[actor]


@pytest.mark.parametrize(
    ("text", "language", "actor", "surface"),
    [
        (
            "La Organización del Tratado del Atlántico Norte (OTAN) se reunió.",
            "es",
            "NATO",
            "Organización del Tratado del Atlántico Norte",
        ),
        (
            "La Organización Mundial de la Salud (OMS) dio la alerta.",
            "es",
            "World Health Organization",
            "OMS",
        ),  # not another body
        ("Die OSZE hat Beobachter entsandt.", "de", "Organization for Security and Co-operation in Europe", "OSZE"),
        ("Il Consiglio europeo ha deciso.", "it", "European Council", "Consiglio europeo"),
    ],
)
def test_organisations_spelled_out_in_more_languages(text: str, language: str, actor: str, surface: str) -> None:
    found = {a.name: (a.surfaces, a.detected) for a in find_actors(text, language)}
    assert surface in found[actor][0] and not found[actor][1]
