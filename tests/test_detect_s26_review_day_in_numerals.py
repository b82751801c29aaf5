"""Review of Chinese state short forms after a figure: a day written in Chinese numerals after its month ("五月十日",
"三月六日") dates what follows as a figure does, its 日 the day, not Japan. Sentences written for the test, on a
topic of their own (a flower show)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh")]


@pytest.mark.parametrize(
    "text",
    ["花展于五月十日警方加强巡逻后开幕。", "三月六日外交部发言人介绍了花展的情况。", "十二月二十一日外交部发言人介绍了花展。"],
)
def test_a_day_in_numerals_is_no_japan(text: str) -> None:
    assert not any("Japan" in name for name in names(text))


def test_the_short_form_alone_still_names_japan() -> None:
    assert "Ministry of Foreign Affairs (Japan)" in names("日外交部发言人对花展表示欢迎。")
