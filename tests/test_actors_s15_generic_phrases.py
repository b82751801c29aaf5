"""Issue 15 as a reader meets it: generic words got actor pages as detected actors. An acronym of a common noun
("KTT", a summit, in Indonesian: `data/common_acronyms.yaml`) and a body referred to by its kind ("رئاسة المجموعة",
the group's presidency: a head-word and a noun that opens three or more of the knowledge's names of bodies in the
language) name no one. Read from a real `mkdocs build` (api/actors.json and the briefing page)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.actors import find_actors
from conftest import build_project, make_project, read_json

INDONESIAN = (
    "Presiden Joko Widodo menghadiri KTT G20 di Bali pada 15 November 2022.\n\n"
    "KTT tersebut dihadiri para pemimpin dunia dan ditutup dengan deklarasi bersama.\n"
)
ARABIC = "تسلمت الهند رئاسة المجموعة في ديسمبر 2022، وقالت رئاسة المجموعة إن القمة ستعقد في سبتمبر 2023.\n"


def source(title: str, language: str, body: str) -> str:
    return f"---\ntitle: {title}\npublished: 2023-01-05\npublisher: Wire\nlanguage: {language}\n---\n{body}"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("generic")
    sources = {"id.md": source("KTT G20", "id", INDONESIAN), "ar.md": source("رئاسة", "ar", ARABIC)}
    return build_project(make_project(tmp, sources), tmp / "site")


def test_no_actor_page_for_a_summit_or_a_presidency(site: Path) -> None:
    names = {a["name"] for a in read_json(site, "api/actors.json")}  # type: ignore[union-attr]
    assert {"Joko Widodo", "G20", "India"} <= names
    assert "KTT" not in names and "رئاسة المجموعة" not in names
    assert not (site / "actors" / "ktt").exists()


def test_the_named_bodies_are_still_found() -> None:
    # the same head-words with a name stay bodies: "مجموعة العشرين" is the G20, "وزارة الخارجية" a ministry
    found = {a.name for a in find_actors("وقالت وزارة الخارجية الهندية إن مجموعة العشرين ستجتمع.", "ar")}
    assert "G20" in found and any("Foreign Affairs" in n or "وزارة" in n for n in found)
    assert {a.name for a in find_actors("Pernyataan itu disampaikan oleh juru bicara BNPB di Jakarta.", "id")} == {"BNPB"}
