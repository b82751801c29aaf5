"""Publication dates in the openings of pages from outlets nobody tuned for (tests/data/realtext-openings), and
how the evaluator scores an opening alone: each page is written for the test, on a topic of its own (a town
council's vote on a new footbridge)."""

from __future__ import annotations

from pathlib import Path

import yaml
from briefing import realtext


def _opening_report(tmp_path: Path, header: str, published: str | None, sentences: list[dict]) -> realtext.Report:
    article = {"url": "https://example.org/a", "topic": "t", "header": header, "published": published, "sentences": sentences}
    path = tmp_path / "de.yaml"
    path.write_text(yaml.safe_dump({"language": "de", "articles": [article]}, allow_unicode=True), encoding="utf-8")
    return realtext.score([path], realtext.Report(), baseline=False)


BRIDGE_HEADER = "Startseite\nNavigation\n\nStadtrat stimmt der neuen Fußgängerbrücke zu\n\n12.03.2019\n"


def test_an_opening_alone_of_header_lines_is_scored_not_refused(tmp_path: Path) -> None:
    # every line is header or furniture: the build would refuse the page, whose text the set leaves out
    report = _opening_report(tmp_path, BRIDGE_HEADER, "2019-03-12", [])
    assert report.refused == []
    assert report.published["de"] == [1, 1, 0]


def test_an_opening_alone_claims_no_date_its_header_does_not_state(tmp_path: Path) -> None:
    report = _opening_report(tmp_path, "Startseite\nNavigation\n\nStadtrat stimmt der neuen Fußgängerbrücke zu\n", None, [])
    assert report.refused == [] and report.published["de"] == [0, 0, 0]


def test_an_article_with_sentences_and_no_text_left_is_still_refused(tmp_path: Path) -> None:
    sentences = [{"text": "Navigation", "dates": []}]
    report = _opening_report(tmp_path, BRIDGE_HEADER, "2019-03-12", sentences)
    assert len(report.refused) == 1
