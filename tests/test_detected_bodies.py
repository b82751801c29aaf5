"""One actor page per detected body across the forms and languages its sources name it in, when the names say
the same body of the same state; bodies of two states, or a name that says no state, stay apart. Made-up texts,
a real `briefing new` project and a real MkDocs build."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from briefing.actors import find_actors
from briefing.cli import main
from briefing.detected_bodies import body_of
from click.testing import CliRunner

SOURCES = {
    "en-vote.txt": "The vote\n\nThe Tunisian Parliament met on Sunday to debate the budget, officials said.\n",
    "en-session.txt": "The session\n\nThe Parliament of Tunisia adjourned its session on Monday after a long debate.\n",
    "fr-seance.txt": "La séance\n\nLe Parlement tunisien a suspendu sa séance mardi après un long débat.\n",
    "en-egypt.txt": "Cairo votes\n\nThe Egyptian Parliament approved the law on Wednesday after a short debate.\n",
    "en-drills.txt": "Drills\n\nThe Russian Defence Ministry said on Thursday that the drills were over.\n",
    "ru-drills.txt": "Учения\n\nМинистерство обороны России сообщило в пятницу, что учения завершены.\n",
    "fr-bare.txt": "Les exercices\n\nLe ministère de la Défense a annoncé samedi la fin des exercices en Russie.\n",
    "en-egypt-health.txt": "Aid\n\nThe Egyptian Health Ministry said on Sunday that the aid had arrived.\n",
    "en-jordan-health.txt": "More aid\n\nThe Jordanian Health Ministry said on Monday that more aid was on its way.\n",
    "en-health.txt": "Aid arrives\n\nThe Ministry of Health said on Tuesday that Egypt and Jordan had sent doctors.\n",
}


@pytest.fixture(scope="module")
def actors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    project = tmp_path_factory.mktemp("bodies") / "bodies"
    result = CliRunner().invoke(main, ["new", str(project), "--title", "Bodies", "--language", "en"])
    assert result.exit_code == 0, result.output
    for name, text in SOURCES.items():
        (project / "sources" / name).write_text(text, encoding="utf-8")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, capture_output=True, text=True, timeout=600
    )
    assert built.returncode == 0, built.stderr[-3000:]
    found = json.loads((project / "site" / "api" / "actors.json").read_text(encoding="utf-8"))
    return {a["name"]: a for a in found if a["detected"] and a["kind"] == "organisation"}


def test_one_body_of_one_state_whatever_form_or_language_names_it(actors: dict[str, dict[str, Any]]) -> None:
    tunisian = [name for name in actors if "Tunisia" in name]
    assert len(tunisian) == 1, sorted(actors)
    aliases = {n for names in actors[tunisian[0]]["aliases"].values() for n in names}
    assert "Parlement" in aliases and "Parliament of Tunisia" in aliases


def test_the_same_body_of_another_state_stays_apart(actors: dict[str, dict[str, Any]]) -> None:
    parliaments = [name for name in actors if "Parliament" in name]
    assert len(parliaments) == 2 and any("Egypt" in name for name in parliaments), parliaments


def test_a_body_whose_name_says_no_state_is_that_of_the_state_its_source_names(actors: dict[str, dict[str, Any]]) -> None:
    assert "Ministry of Defence" not in actors
    aliases = {n for names in actors["Ministry of Defence (Russia)"]["aliases"].values() for n in names}
    assert "ministère de la Défense" in aliases


def test_a_body_whose_name_says_no_state_and_whose_source_names_two_stays_apart(actors: dict[str, dict[str, Any]]) -> None:
    assert {"Ministry of Health (Egypt)", "Ministry of Health (Jordan)", "Ministry of Health"} <= set(actors)


@pytest.mark.parametrize(
    ("name", "words", "state"),
    [
        ("Tunisian Parliament", {"parliament"}, "tunisia"),
        ("Parliament of Tunisia", {"parliament"}, "tunisia"),
        ("Turkey's Grand National Assembly", {"grand", "national", "assembly"}, "turkey"),
        ("Grand National Assembly of Turkey", {"grand", "national", "assembly"}, "turkey"),
        ("Ministry of Defence (Russia)", {"ministry", "defence"}, "russia"),
        ("Ministry of Defence", {"ministry", "defence"}, None),
        ("Russian-Turkish Commission", {"commission"}, None),  # two states: neither
    ],
)
def test_what_a_bodys_name_says(name: str, words: set[str], state: str | None) -> None:
    assert body_of(name, ("en",)) == (frozenset(words), state)


def _bodies(text: str, language: str) -> dict[str, tuple[str, ...]]:
    return {a.name: a.surfaces for a in find_actors(text, language) if a.kind == "organisation"}


@pytest.mark.parametrize(
    ("text", "language", "body", "surface"),
    [
        ("Supporters of Chile's former president marched to Congress on Sunday.", "en", "Chile Congress", "Congress"),
        ("Au Sénégal, le Parlement a adopté la loi mardi.", "fr", "Senegal Parliament", "Parlement"),
        ("In Ecuador stimmte das Parlament am Montag ab.", "de", "Ecuador Parliament", "Parlament"),
        ("En Bolivia, el Senado rechazó el proyecto.", "es", "Bolivia Senate", "Senado"),
    ],
)
def test_a_states_legislature_named_by_its_head_word_alone(text: str, language: str, body: str, surface: str) -> None:
    assert surface in _bodies(text, language)[body]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Leaders of Chile and Peru addressed Congress on Sunday.", "en"),  # two states: whose?
        # none (a legislature alone, "Congress", is the body named by its word in en and fr: `bodies_alone_unnamed`)
        ("The protesters marched to the Ministry on Sunday.", "en"),
        ("En Bolivia, agredieron al portavoz del Senado.", "es"),  # the body completes a title: an office
    ],
)
def test_a_head_word_alone_names_no_body_when_the_paragraph_does_not_say_whose(text: str, language: str) -> None:
    assert not _bodies(text, language)


def test_the_head_word_alone_after_the_bodys_full_name_is_that_body() -> None:
    text = "El Congreso de la República votó el lunes en Lima.\n\nEn Perú, el Congreso aprobó la moción."
    assert _bodies(text, "es") == {"Congreso de la República": ("Congreso de la República", "Congreso")}
