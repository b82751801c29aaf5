"""Chinese: a state's one-character short form before a body's head-word ("俄外交部", Russia's foreign ministry) is
no state right after a figure, where the character counts or dates it: "10日警方" is the police on the 10th, "日"
the day, not Japan. Sentences written for the test, on a topic of their own (a flower show)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh")]


@pytest.mark.parametrize(
    "text",
    [
        "花展于5月10日警方加强巡逻后开幕。",  # on 10 May, the police
        "2024年3月6日外交部发言人介绍了花展的情况。",  # on 6 March, the foreign ministry's spokesperson
    ],
)
def test_the_day_after_a_figure_is_no_japan(text: str) -> None:
    assert not any("Japan" in name for name in names(text))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("日外交部发言人对花展表示欢迎。", "Ministry of Foreign Affairs (Japan)"),  # no figure before: Japan
        ("俄外交部当天介绍了花展。", "Ministry of Foreign Affairs (Russia)"),
    ],
)
def test_the_short_form_before_a_body_still_names_its_state(text: str, body: str) -> None:
    assert body in names(text)
