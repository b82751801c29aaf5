"""One actor page per detected person across case endings, spellings, scripts and a surname alone; two people
sharing a surname stay two; a state's name in another case taken for a person is no actor. Made-up texts, a
real `briefing new` project and a real MkDocs build."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from briefing.cli import main
from briefing.detected_identity import sound_keys, unify_detected
from briefing.registry import Actor, Registry
from click.testing import CliRunner

SOURCES = {
    "ru-talks.txt": "Переговоры в Минске\n\nПресс-служба президента Белоруссии сообщила во вторник о звонке. "
    "Президент Белоруссии Александр Лукашенко встретился с Евгением Пригожиным в Минске.\n",
    "ru-column.txt": "Колонна остановилась\n\nОснователь ЧВК «Вагнер» Евгений Пригожин заявил в среду, что колонна "
    "остановилась. Пригожин добавил, что бойцы вернутся.\n",
    "de-turn.txt": "Wagner kehrt um\n\nDer Wagner-Chef Jewgeni Prigoschin sagte am Samstag, seine Truppen seien "
    "umgekehrt. Prigoschin sprach von einem Missverständnis.\n",
    "de-belarus.txt": "Nach Belarus\n\nWagner-Chef Prigoschin sagte am Freitag, er werde nach Belarus gehen.\n",
    "de-kremlin.txt": "Der Kreml\n\nKremlin-Sprecher Peskow sagte am Freitag, der Fall sei abgeschlossen.\n",
    "en-back.txt": "Fighters turn back\n\nWagner chief Yevgeny Prigozhin said on Saturday that his fighters would "
    "turn back. Kremlin spokesman Dmitry Peskov said the case was closed.\n",
    "en-commander.txt": "The plane\n\nWagner commander Dmitry Utkin was on the plane, officials said on Thursday.\n",
    "en-seller.txt": "The seller\n\nLocal businessman Ivan Utkin told reporters on Friday that he had sold the plane in 2019.\n",
    "ru-decree.txt": "Указ\n\nПресс-секретарь Дмитрия Медведева сообщил в понедельник о новом указе.\n",
    "ru-speech.txt": "Обращение\n\nЗампред Совбеза России Дмитрий Медведев выступил в субботу с обращением к гражданам.\n",
}


def _build(project: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("identity") / "wagner"
    result = CliRunner().invoke(main, ["new", str(project), "--title", "Wagner", "--language", "en"])
    assert result.exit_code == 0, result.output
    for name, text in SOURCES.items():
        (project / "sources" / name).write_text(text, encoding="utf-8")
    _build(project)
    return project / "site"


def _people(site: Path) -> dict[str, dict[str, Any]]:
    actors = json.loads((site / "api" / "actors.json").read_text(encoding="utf-8"))
    return {a["id"]: a for a in actors if a["detected"] and a["kind"] == "person"}


def _aliases(actor: dict[str, Any]) -> set[str]:
    return {name for names in actor["aliases"].values() for name in names}


def test_one_person_across_cases_spellings_and_a_surname_alone(site: Path) -> None:
    people = _people(site)
    prigozhin = people["yevgeny-prigozhin"]
    assert prigozhin["name"] == "Yevgeny Prigozhin"  # the English source's spelling on an English site
    assert {"Евгением Пригожиным", "Евгений Пригожин", "Jewgeni Prigoschin", "Prigoschin"} <= _aliases(prigozhin)
    assert len(prigozhin["briefings"]) == 5
    assert not any("Prigo" in a["name"] for key, a in people.items() if key != "yevgeny-prigozhin")
    peskov = next(a for a in people.values() if "Peskow" in _aliases(a))
    assert peskov["name"] == "Dmitry Peskov" and len(peskov["briefings"]) == 2


def test_the_nominative_names_a_person_only_sources_in_another_script_name(site: Path) -> None:
    medvedev = next(a for a in _people(site).values() if "Дмитрия Медведева" in _aliases(a))
    assert (medvedev["id"], medvedev["name"], len(medvedev["briefings"])) == ("dmitriy-medvedev", "Dmitriy Medvedev", 2)
    lukashenko = next(a for a in _people(site).values() if "Lukashenko" in a["name"])
    assert lukashenko["name"] == "Aleksandr Lukashenko"  # "Белоруссии" (of Belarus) before the name is no part of it


def test_two_people_sharing_a_surname_stay_two(site: Path) -> None:
    people = _people(site)
    assert people["dmitry-utkin"]["name"] == "Dmitry Utkin" and people["ivan-utkin"]["name"] == "Ivan Utkin"
    assert len(people["dmitry-utkin"]["briefings"]) == len(people["ivan-utkin"]["briefings"]) == 1


def test_a_state_in_another_case_is_no_person(site: Path) -> None:
    people = _people(site)
    assert not [a for a in people.values() if a["name"] in ("Belorussii", "Белоруссии")]
    briefings = json.loads((site / "api" / "briefings.json").read_text(encoding="utf-8"))
    talks = next(b for b in briefings if b["source"].endswith("ru-talks.txt"))
    # "Белоруссии" is Belarus, the state, since Russian news' name for it is known (states.yaml), no person's word
    assert set(talks["actors"]) == {"aleksandr-lukashenko", "yevgeny-prigozhin", "belarus"}


def test_pages_and_links_go_to_the_one_actor(site: Path) -> None:
    briefings = json.loads((site / "api" / "briefings.json").read_text(encoding="utf-8"))
    naming = {b["source"].removeprefix("sources/"): b["id"] for b in briefings if "yevgeny-prigozhin" in b["actors"]}
    assert set(naming) == {"ru-talks.txt", "ru-column.txt", "de-turn.txt", "de-belarus.txt", "en-back.txt"}
    page = (site / "actors" / "yevgeny-prigozhin" / "index.html").read_text(encoding="utf-8")
    assert all(f'href="../../briefings/{briefing}/"' in page for briefing in naming.values())
    assert not (site / "actors" / "evgeniem-prigozhinym").exists() and not (site / "actors" / "prigoschin").exists()
    talks = (site / "briefings" / naming["ru-talks.txt"] / "index.html").read_text(encoding="utf-8")
    assert 'href="../../actors/yevgeny-prigozhin/"' in talks


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Пригожиным", "Prigoschin"),
        ("Prigojine", "Prigozhin"),
        ("Prigożynem", "Prigozhin"),
        ("Зеленского", "Selenskyj"),
        ("Wladimir", "فلاديمير"),
        ("Jewgeni", "Yevgeniy"),
        ("Lukaschenka", "Лукашенко"),
    ],
)
def test_spellings_of_one_name_sound_alike(one: str, other: str) -> None:
    assert sound_keys(one) & sound_keys(other)


@pytest.mark.parametrize(("one", "other"), [("Utkin", "Utkov"), ("Peskov", "Pesko"), ("Ivan", "Dmitry")])
def test_other_names_do_not(one: str, other: str) -> None:
    assert not sound_keys(one) & sound_keys(other)


def _person(actor_id: str, *names: str) -> Actor:
    return Actor(actor_id, names[0], "person", {"ru": names}, origin="detected")


def test_close_spellings_of_one_foreign_name_are_one_person_and_similar_surnames_are_not() -> None:
    people = [
        _person("mats-lyungkvist", "Матс Люнгквист"),
        _person("mats-yungvist", "Матс Юнгвіст"),
        _person("alexander-lukashenko", "Alexander Lukashenko"),
        _person("alexander-lukashevich", "Alexander Lukashevich"),
        _person("utkin", "Уткин"),  # two Utkins named in full: the surname alone could be either
        _person("dmitry-utkin", "Dmitry Utkin"),
        _person("ivan-utkin", "Ivan Utkin"),
        _person("franco", "Franco"),  # sounds like "France", but the surname of a person named in full
        _person("francisco-franco", "Francisco Franco"),
        _person("belorussii", "Белоруссии"),  # "of Belarus", and no person's surname
    ]
    _, registry = unify_detected([], Registry({p.id: p for p in people}, {}, ""), "en")
    named = sorted(tuple(sorted(n for names in a.aliases.values() for n in names)) for a in registry.actors.values())
    assert named == [
        ("Alexander Lukashenko",),
        ("Alexander Lukashevich",),
        ("Dmitry Utkin",),
        ("Francisco Franco", "Franco"),
        ("Ivan Utkin",),
        ("Матс Люнгквист", "Матс Юнгвіст"),
        ("Уткин",),
    ]


def test_a_page_keeps_the_name_sources_write_in_latin_letters() -> None:
    people = {
        "donald-trump": Actor("donald-trump", "Donald Trump", "person", {"de": ("Donald Trump",), "uk": ("Дональд Трамп",)}),
        "lee-jae-myung": Actor("lee-jae-myung", "Lee Jae-myung", "person", {"tr": ("Lee Jae-myung",)}),
        "lee-min-ho": Actor("lee-min-ho", "Lee Min-ho", "person", {"ko": ("Lee Min-ho",)}),
        "han-duck-soo": Actor("han-duck-soo", "Han Duck-soo", "person", {"it": ("Han Duck-soo",), "uk": ("Хан Док Су",)}),
        "ricky-martin": Actor("ricky-martin", "Ricky Martin", "person", {"es": ("Ricky Martin",)}),
        "martin-luther-king": Actor("martin-luther-king", "Martin Luther King", "person", {"en": ("Martin Luther King",)}),
    }
    detected = {k: replace(a, origin="detected") for k, a in people.items()}
    _, registry = unify_detected([], Registry(detected, {}, ""), "en")
    assert sorted((a.id, a.name) for a in registry.actors.values()) == [
        ("donald-trump", "Donald Trump"),
        ("han-duck-soo", "Han Duck-soo"),
        ("lee-jae-myung", "Lee Jae-myung"),
        ("lee-min-ho", "Lee Min-ho"),
        ("martin-luther-king", "Martin Luther King"),  # a given name before a name is part of it
        ("ricky-martin", "Ricky Martin"),
    ]


def test_names_in_capitals_chinese_characters_and_ambiguous_words_alone_are_read_with_care() -> None:
    people = {
        "blinken": Actor("blinken", "ANTONY J. BLINKEN", "person", {"en": ("ANTONY J. BLINKEN",)}),
        "salome": Actor("salome", "薩洛梅", "person", {"zh": ("薩洛梅",)}),  # Salome: not "Islam", though both read slm
        "nahid-islam": Actor("nahid-islam", "Nahid Islam", "person", {"en": ("Nahid Islam",)}),
        # one word alone that is one person's surname and another's first name could be either
        "abdurrahmane": Actor("abdurrahmane", "Abdurrahmane", "person", {"tr": ("Abdurrahmane",)}),
        "amadou-abdramane": Actor("amadou-abdramane", "Amadou Abdramane", "person", {"fr": ("Amadou Abdramane",)}),
        "tchiani": Actor("tchiani", "Abdourahamane Tchiani", "person", {"fr": ("Abdourahamane Tchiani",)}),
    }
    detected = {k: replace(a, origin="detected") for k, a in people.items()}
    _, registry = unify_detected([], Registry(detected, {}, ""), "en")
    assert sorted(registry.actors) == ["abdurrahmane", "amadou-abdramane", "blinken", "nahid-islam", "salome", "tchiani"]
