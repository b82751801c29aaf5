"""Actors in the languages reviewers check most, on topics the extractor was never tuned on: a Chinese name a text
writes twice, read after its title whatever follows it; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def names(text: str, language: str, kind: str | None = None) -> list[str]:
    return [f.name for f in find_actors(text, language) if kind is None or f.kind == kind]


def test_a_chinese_name_the_text_writes_twice_is_read_after_its_title_whatever_follows() -> None:
    """ "创办人周海明签署…" : 签 is a word that follows names; "创办人周海明批准…": 批 is not, yet the text writes
    周海明 again, so the three characters are a name."""
    text = "公司创办人周海明批准了新的计划。周海明昨天在会上解释了原因。"
    assert "周海明" in names(text, "zh", "person")


def test_in_traditional_characters_too() -> None:
    text = "集團創辦人周海明批准了新的計劃。周海明昨天在會上解釋了原因。"
    assert "周海明" in names(text, "zh", "person")


def test_a_name_written_once_before_an_unknown_word_stays_unread() -> None:
    """Written once and followed by a character that follows no name, the title's next three characters may be a
    surname, one character and a word ("主任王明确认…"): not read."""
    assert "王明确" not in names("委员会主任王明确认了这一消息。", "zh", "person")
