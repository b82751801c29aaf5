"""The evaluator (`python -m briefing.realtext`): what it counts as found, its summary rows, its targets."""

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


def test_the_summary_row_counts_states_apart_and_the_cli_prints_it(tmp_path: Path, capsys) -> None:
    sentences = [
        {
            "text": "Kenya and Uganda signed the accord in Nairobi on 3 March 2021, President Ruto said.",
            "dates": [{"phrase": "3 March 2021", "date": "2021-03-03"}],
            "actors": [
                {"name": "Kenya", "kind": "state", "as": "Kenya"},
                {"name": "Uganda", "kind": "state", "as": "Uganda"},
                {"name": "William Ruto", "kind": "person", "as": "President Ruto"},
            ],
        }
    ]
    article = {"url": "https://example.org/k", "topic": "t", "header": "Accord signed", "published": None, "sentences": sentences}
    path = tmp_path / "en.yaml"
    path.write_text(yaml.safe_dump({"language": "en", "articles": [article]}, allow_unicode=True), encoding="utf-8")
    report = realtext.score([path], realtext.Report(), baseline=False)
    assert report.states["en"].expected == 2 and report.states["en"].true_positive == 2
    row = realtext.summary_row("mine", report)
    assert row.startswith("| mine | 1 | 1.00 / 1.00 | 0 | 0 of 0 (0) |") and row.endswith("| 1.00 |")
    realtext.main([str(tmp_path), "--no-baseline", "--summary"])
    printed = capsys.readouterr().out
    assert "| set | dates | events R / P |" in printed and f"| {tmp_path.name} | 1 |" in printed


def test_without_dateparser_the_table_shows_dashes_in_its_columns_not_zero_scores(tmp_path: Path) -> None:
    sentences = [{"text": "The port reopened on 3 March 2021.", "dates": [{"phrase": "3 March 2021", "date": "2021-03-03"}]}]
    lines = realtext.table(_score(tmp_path, "en", sentences)).splitlines()
    row = next(line for line in lines if line.startswith("en "))
    assert row.split()[:4] == ["en", "1", "1.00", "1.00"] and row.split()[4:6] == ["-", "-"]


def test_a_set_of_page_openings_alone_shows_dashes_where_it_annotates_nothing(tmp_path: Path) -> None:
    header = "Council approves the harbour budget\nPublished on 14 May 2022\nThe council voted on Tuesday."
    article = {"url": "https://example.org/o", "topic": "t", "header": header, "published": "2022-05-14", "sentences": []}
    path = tmp_path / "en.yaml"
    path.write_text(yaml.safe_dump({"language": "en", "articles": [article]}, allow_unicode=True), encoding="utf-8")
    report = realtext.score([path], realtext.Report(), baseline=False)
    assert realtext.summary_row("openings", report) == "| openings | 0 | — | 0 | 1 of 1 (0) | — | — |"


def test_a_publication_date_claimed_wrongly_is_below_target() -> None:
    report = realtext.Report()
    report.published["en"] = [10, 10, 1]  # all found, one claimed where the text states another or none
    assert realtext.failures(report) == ["1 publication dates claimed where the text states another or none"]
    report.published["en"] = [10, 10, 0]
    assert realtext.failures(report) == []


def test_a_weekday_marked_beside_today_is_one_date_with_it(tmp_path: Path) -> None:
    # the build reads "امروز- چهارشنبه" (today, Wednesday) as one date; annotators marking each word apart are
    # scored as one date found, not one found and one missed
    sentences = [
        {
            "text": "کشتی امروز- چهارشنبه- در دریاچه حرکت کرد.",
            "dates": [
                {"phrase": "امروز", "date": None, "relative": True},
                {"phrase": "چهارشنبه", "date": None, "relative": True},
            ],
        }
    ]
    report = _score(tmp_path, "fa", sentences)
    assert report.by_language["fa"].expected == 1 and report.by_language["fa"].true_positive == 1
    assert report.missed == []
