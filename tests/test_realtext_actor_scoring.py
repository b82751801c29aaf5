"""The evaluator's actor scoring (`python -m briefing.realtext`): what it counts as found, on a small set of our own."""

from __future__ import annotations

from pathlib import Path

import yaml
from briefing import realtext


def _score(tmp_path: Path, language: str, sentences: list[dict]) -> realtext.Report:
    article = {"url": "https://example.org/a", "topic": "t", "header": "", "published": None, "sentences": sentences}
    path = tmp_path / f"{language}.yaml"
    path.write_text(yaml.safe_dump({"language": language, "articles": [article]}, allow_unicode=True), encoding="utf-8")
    return realtext.score([path], realtext.Report(), baseline=False)


def test_a_body_named_with_a_states_adjective_does_not_take_the_state_found_by_its_name(tmp_path: Path) -> None:
    # the gold body's words ("Turkish …") overlap the state's mention "Turkish": the state, found under its own
    # name, is matched to the gold state first, so it is not scored missed
    sentences = [
        {
            "text": "The Turkish authorities said on Monday that rescue teams from Turkey reached the city.",
            "actors": [
                {"name": "Disaster and Emergency Management Presidency", "kind": "organisation", "as": "Turkish authorities"},
                {"name": "Turkey", "kind": "state", "as": "Turkey"},
            ],
        }
    ]
    report = _score(tmp_path, "en", sentences)
    assert report.actors["en"].true_positive == 1
    assert report.missed_actors == ["en: disaster and emergency management presidency (turkish authorities)"]
