"""The sources a build lists: a flat `sources/` folder is listed in one pass (`pipeline._flat_sources`), and gives the
very list, in the same order, that the general listing and its checks give (`load.source_files`, `_plainly_inside`);
any folder it cannot vouch for is left to the general listing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from briefing import pipeline
from briefing.load import source_files
from briefing.site import Project


def _general(project: Project) -> list[tuple[Path, str]]:
    return [(path, project.rel(path)) for path in source_files(project.sources)]


def _project(tmp_path: Path, names: list[str]) -> Project:
    sources = tmp_path / "sources"
    sources.mkdir()
    for name in names:
        (sources / name).write_text("Talks in Doha\n\nQatar and NATO officials met in Doha on 4 March 2024.\n", encoding="utf-8")
    return Project(root=tmp_path)


def test_a_flat_folder_is_listed_as_the_general_listing_lists_it(tmp_path: Path) -> None:
    # names whose order as strings and as paths could differ if either sorted otherwise: digits, dashes, capitals, dots
    names = ["b.txt", "a-b.txt", "a.b.md", "A.txt", "a_b.txt", "10.txt", "9.txt", "é.txt", ".hidden", "c.md"]
    project = _project(tmp_path, names)
    (project.sources / ".git").mkdir()  # a dot-folder and what it holds are no sources
    (project.sources / ".git" / "config").write_text("x", encoding="utf-8")
    listed = pipeline._flat_sources(project)
    assert listed is not None
    assert listed == _general(project)
    assert [rel for _, rel in listed][:3] == ["sources/10.txt", "sources/9.txt", "sources/A.txt"]
    assert all(str(path) == str(project.sources / rel.removeprefix("sources/")) for path, rel in listed)


def test_a_folder_with_a_subfolder_is_left_to_the_general_listing(tmp_path: Path) -> None:
    project = _project(tmp_path, ["a.txt"])
    (project.sources / "a").mkdir()  # "a/b.txt" sorts before "a-b.txt" as a path, after it as a string
    (project.sources / "a" / "b.txt").write_text("Qatar and NATO met on 4 March 2024.\n", encoding="utf-8")
    assert pipeline._flat_sources(project) is None


@pytest.mark.parametrize("kind", ["link", "fifo", "control character", "empty"])
def test_what_the_general_path_checks_is_left_to_it(tmp_path: Path, kind: str) -> None:
    project = _project(tmp_path, [] if kind == "empty" else ["a.txt"])
    if kind == "link":
        (project.sources / "b.txt").symlink_to(project.sources / "a.txt")
    elif kind == "fifo":
        os.mkfifo(project.sources / "pipe.txt")
    elif kind == "control character":
        (project.sources / "bad\x07name.txt").write_text("Qatar met NATO on 4 March 2024.\n", encoding="utf-8")
    assert pipeline._flat_sources(project) is None


def test_no_sources_folder_is_left_to_the_general_listing(tmp_path: Path) -> None:
    assert pipeline._flat_sources(Project(root=tmp_path)) is None


def test_a_build_of_a_flat_folder_is_the_general_listings_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = _project(tmp_path, ["one.txt", "two.txt"])
    (project.sources / "two.txt").write_text("Envoys in Oman\n\nOman and Iran met in Muscat on 2 May 2023.\n", encoding="utf-8")
    (tmp_path / "registry").mkdir()
    for name in ("actors.yaml", "outlets.yaml"):
        (tmp_path / "registry" / name).write_text("{}\n", encoding="utf-8")
    fast = pipeline.build_site(project)
    monkeypatch.setattr(pipeline, "_flat_sources", lambda project: None)
    general = pipeline.build_site(project)
    assert fast.stats["files"] == general.stats["files"] == 2
    assert fast.briefings == general.briefings
    assert fast.problems == general.problems
