"""Chinese: a day in Chinese numerals with no month before it ("十日", "二十日") closes a date, and the day's 日 is
no Japan, neither Japan's one-character short form nor the first of 日本; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def found(text: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, "zh")]


def test_a_day_in_numerals_before_a_ministry_is_no_japan() -> None:
    # the ministry with no state before it, the news' own state's (test_actors_s27_bare_ministries.py): no Japan's
    assert found("十日外交部发言人表示将继续谈判。") == [("Ministry of Foreign Affairs", "organisation")]
    assert found("廿三日外交部发言人回答记者提问。") == [("Ministry of Foreign Affairs", "organisation")]


def test_a_day_before_this_session_is_no_japan() -> None:
    assert found("二十日本届峰会在北京开幕。") == []
    assert found("18日本周例会照常举行。") == []


def test_japan_stays_japan_without_a_day_before_it() -> None:
    assert found("日外交部发言人表示。") == [("Ministry of Foreign Affairs (Japan)", "organisation")]
    assert found("六日日本政府宣布新措施。") == [("Japan Government", "organisation")]
    assert ("Japan Government", "organisation") in found("周二日本政府宣布新措施。")
