"""The publication date a page states, in layouts of issue 14's twenty-first held-out set: a dateline whose dash is
a minus sign, a place with its country between slashes, a Chinese dateline with its agency in brackets before two
places a slash joins, a date line whose byline a spaced slash sets apart, and the page's date read from a field of
the header line the scraper ran into the text, which is then no event of its lede. Each text is written for the
test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import LEDE, make_project, published_of


@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        # the dash after the date typed as a minus sign, then the agency's name
        (
            "ЛОМЕ, 4 мар − АГЕНТСТВО. Правительство одобрило соглашение о рыболовстве после долгой ночи "
            "переговоров. Оно вступит в силу в следующем месяце.\n",
            "ru",
            ("--03-04", "dateline"),
        ),
        # the place, its country between slashes, the date a sentence of its own
        (
            "LOMÉ /Togo/, March 4. The government approved the fisheries agreement after a long night of talks. "
            "It takes effect next month.\n",
            "en",
            ("--03-04", "dateline"),
        ),
        # the agency and its reporter in brackets, two places a slash joins, a spaced date, the word for news
        (
            "【某某新闻记者】洛美/阿克拉 3 月 4 日消息:政府在经过一整夜的谈判后批准了渔业协定。该协定将于下月生效。\n",
            "zh",
            ("--03-04", "dateline"),
        ),
        # a date line above the headline, its byline and site after a spaced slash
        (
            "04.03.2024 / Max Muster, example.de\n\nFischereiabkommen von Lomé\n\n",
            "de",
            ("2024-03-04", "header"),
        ),
    ],
)
def test_header_layouts_of_the_twenty_first_set(tmp_path: Path, text: str, language: str, stated: tuple[str, str]) -> None:
    body = "" if text.rstrip().endswith((".", "。")) else LEDE[language]
    assert published_of(tmp_path, text + body) == stated


def test_the_date_field_of_a_header_line_run_into_the_text_is_no_event(tmp_path: Path) -> None:
    text = (
        "Fisheries deal signed in Lomé --The ministers agree on quotas | 4 Mar 2024 | The government approved the "
        "fisheries agreement on Sunday after a long night of talks.\n\n"
        "The agreement takes effect next month, officials said.\n"
    )
    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    briefing = extract(load_source(root / "sources/page.txt", root), registry)
    assert (briefing.published.date, briefing.published.basis) == ("2024-03-04", "header")
    events = [(e.date_text, e.date) for e in briefing.events]
    assert ("4 Mar 2024", "2024-03-04") not in events
    assert ("on Sunday", "2024-03-03") in events
