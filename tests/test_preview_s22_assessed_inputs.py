"""A preview makes an assessment's inputs again only for the briefings whose reads can have changed
(`memo.same_reads`): the edited briefing, and those reporting an entry with it; the others' are the last build's
without being made. The pages are a fresh build's after each change."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import memo as memo_module
from briefing import render
from briefing.memo import PageMemo
from briefing.model import Briefing
from briefing.pipeline import build_site
from briefing.site import Project
from conftest import make_project

PACT = "{} agreed on a fisheries pact in Santiago on 14 June 2022."
PAPER = "Pact on fish stocks"
VISIT = "The Finnish president visited Tallinn on 3 May 2021 for talks on energy."


def _source(title: str, publisher: str, body: str, more: str = "") -> str:
    return f"---\ntitle: {title}\npublisher: {publisher}\n---\n{body}\n\n{more}\n"


def _build(root: Path, memo: PageMemo, last: dict[str, Briefing]) -> dict[str, str]:
    site = build_site(Project(root), last=last)
    return {path: make() for path, make in memo.makers(site, render.page_makers(site)).items()}


def test_only_the_edited_briefing_and_those_sharing_its_entries_are_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(
        tmp_path,
        {
            "wire.md": _source("Fisheries pact agreed", "Reuters", PACT.format("Chile and Norway")),
            "paper.md": _source("Pact on fish stocks", "The Guardian", PACT.format("Norway and Chile")),
            "visit.md": _source("A visit to Tallinn", "Yle", VISIT),
        },
    )
    made: list[str] = []
    original = memo_module.assessment_inputs
    monkeypatch.setattr(memo_module, "assessment_inputs", lambda b, *rest: made.append(b.title) or original(b, *rest))
    memo, last = PageMemo(), {}
    _build(root, memo, last)
    assert sorted(made) == ["A visit to Tallinn", "Fisheries pact agreed", "Pact on fish stocks"]

    changes = [
        ("visit.md", _source("A visit to Tallinn", "Yle", VISIT, "The talks lasted a day."), ["A visit to Tallinn"]),
        ("wire.md", _source("Fisheries pact agreed", "AFP", PACT.format("Chile and Norway")), ["Fisheries pact agreed", PAPER]),
    ]
    for name, text, again in changes:
        (root / "sources" / name).write_text(text, encoding="utf-8")
        made.clear()
        pages = _build(root, memo, last)
        assert sorted(made) == again
        assert pages == _build(root, PageMemo(), {})
    made.clear()
    _build(root, memo, last)  # nothing changed: nothing made again
    assert made == []
