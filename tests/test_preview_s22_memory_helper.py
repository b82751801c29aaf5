"""Under `mkdocs serve` the serving process lives on: what extraction loads (date grammars, locale data, language
models: about 130 MB at 1,000 sources) stayed in it from the first edit on, beneath every later build's peak (issue
18: the serving process's peak memory is the target). A preview's misses are made in one kept helper process
instead (cache.KeptHelper): the same briefings, none extracted in the serving process."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import cache, pipeline
from briefing.site import Project
from conftest import make_project

TEXTS = {
    "talks.txt": "Talks in Doha\n\nQatar and NATO officials met in Doha on 4 March 2024 to discuss training.\n",
    "visit.txt": "A visit\n\nOn 9 May 2023 Qatar hosted NATO officers for a week of exercises.\n",
}


def _events(site: object) -> list[tuple[str, str, tuple[str, ...]]]:
    return sorted((b.id, e.date or "", tuple(e.actors)) for b in site.briefings for e in b.events)


@pytest.fixture
def helper(monkeypatch: pytest.MonkeyPatch) -> cache.KeptHelper:
    kept = cache.KeptHelper()
    monkeypatch.setattr(pipeline, "PREVIEW_HELPER", kept)
    yield kept
    kept.stop()


def test_a_preview_extracts_its_misses_in_the_helper_not_in_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: cache.KeptHelper
) -> None:
    (tmp_path / "built").mkdir()
    (tmp_path / "served").mkdir()
    built = pipeline.build_site(Project(make_project(tmp_path / "built", TEXTS)))  # a build: extracted here
    cache.forget()
    here: list[object] = []
    real = cache._make_one
    monkeypatch.setattr(cache, "_make_one", lambda make, folder, job: here.append(job) or real(make, folder, job))
    root = make_project(tmp_path / "served", TEXTS)
    served = pipeline.build_site(Project(root), last={})
    assert here == []  # not one source extracted in this process
    assert helper.process is not None and helper.process.is_alive()
    assert _events(served) == _events(built)
    assert ("2024-03-04" in {iso for _, iso, _ in _events(served)}) and served.stats["extracted"] == 2

    # an edit: one miss, in the same helper
    (root / "sources" / "visit.txt").write_text(TEXTS["visit.txt"] + "\nOn 2 June 2023 NATO left Qatar.\n", encoding="utf-8")
    cache.forget()
    edited = pipeline.build_site(Project(root), last={})
    assert here == []
    assert "2023-06-02" in {iso for _, iso, _ in _events(edited)}


def test_a_build_still_extracts_in_this_process(tmp_path: Path, helper: cache.KeptHelper) -> None:
    site = pipeline.build_site(Project(make_project(tmp_path, TEXTS)))
    assert helper.process is None
    assert {iso for _, iso, _ in _events(site)} >= {"2024-03-04", "2023-05-09"}


def test_a_helper_that_stopped_leaves_the_misses_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: cache.KeptHelper
) -> None:
    root = make_project(tmp_path, TEXTS)
    pipeline.build_site(Project(root), last={})
    assert helper.process is not None
    helper.process.kill()
    helper.process.join()
    here: list[object] = []
    real = cache._make_one
    monkeypatch.setattr(cache, "_make_one", lambda make, folder, job: here.append(job) or real(make, folder, job))
    (root / "sources" / "talks.txt").write_text(TEXTS["talks.txt"] + "\nOn 8 March 2024 they met again.\n", encoding="utf-8")
    cache.forget()
    edited = pipeline.build_site(Project(root), last={})
    assert len(here) == 1  # the edited source, here
    assert "2024-03-08" in {iso for _, iso, _ in _events(edited)}


def test_a_preview_with_many_misses_extracts_them_all_in_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, helper: cache.KeptHelper
) -> None:
    texts = {**TEXTS, "third.txt": "A third\n\nOn 1 July 2022 NATO ministers met in Brussels.\n"}
    (tmp_path / "built").mkdir()
    (tmp_path / "served").mkdir()
    built = pipeline.build_site(Project(make_project(tmp_path / "built", texts)))
    cache.forget()
    monkeypatch.setattr(cache, "PARALLEL_MIN", 1)  # as many misses as a cold first build has, in workers
    monkeypatch.setattr(cache, "os", _TwoCores())
    here: list[object] = []
    real = cache._make_one
    monkeypatch.setattr(cache, "_make_one", lambda make, folder, job: here.append(job) or real(make, folder, job))
    served = pipeline.build_site(Project(make_project(tmp_path / "served", texts)), last={})
    assert here == []  # no warm-up in this process: every miss in the workers
    assert _events(served) == _events(built)
    assert served.stats["extracted"] == 3 and "2022-07-01" in {iso for _, iso, _ in _events(served)}


class _TwoCores:
    """`os` as seen by cache.py, with two cores whatever the machine has."""

    def __getattr__(self, name: str) -> object:
        import os

        return (lambda: 2) if name == "cpu_count" else getattr(os, name)
