"""Chinese names across paragraphs, with an empty topic registry, on made-up paragraphs: a person a paragraph names
after a title (in full, or by a dotted name) is the same person where a later paragraph writes the name, or a dotted
name's last part, alone; a name no paragraph titled stays unread."""

from __future__ import annotations

from briefing.actors import actor_mentions, base_registry
from briefing.model import Block


def people_by_paragraph(*paragraphs: str) -> list[tuple[int, str, str]]:
    mentions, detected = actor_mentions(tuple(Block("paragraph", p) for p in paragraphs), base_registry(), "zh")
    people = {d.id: d.name for d in detected if d.kind == "person"}
    return [(m.block, m.text, people[m.actor]) for m in mentions if m.actor in people]


def test_a_titled_name_is_found_alone_in_a_later_paragraph() -> None:
    found = people_by_paragraph("瓦尔达总统卡萨诺娃周一抵达。", "会谈结束后，卡萨诺娃返回首都。")
    assert found == [(0, "卡萨诺娃", "卡萨诺娃"), (1, "卡萨诺娃", "卡萨诺娃")]


def test_a_dotted_names_last_part_in_a_later_paragraph_is_the_same_person() -> None:
    found = people_by_paragraph("候选人亚历山大·武契奇胜出。", "武契奇的得票率约为73%。")
    assert [(block, text) for block, text, _ in found] == [(0, "亚历山大·武契奇"), (1, "武契奇")]
    assert {name for _, _, name in found} == {"亚历山大·武契奇"}


def test_a_name_no_paragraph_titled_is_not_read() -> None:
    assert people_by_paragraph("会议周一开幕。", "卡萨诺娃的得票率约为73%。") == []


def test_a_japanese_dotted_names_last_part_in_a_later_paragraph_is_the_same_person() -> None:
    blocks = (Block("paragraph", "マリア・ゴンサレス氏は会談した。"), Block("paragraph", "ゴンサレス氏は満足を示した。"))
    mentions, detected = actor_mentions(blocks, base_registry(), "ja")
    assert [(m.block, m.text) for m in mentions] == [(0, "マリア・ゴンサレス"), (1, "ゴンサレス")]
    assert [d.name for d in detected] == ["マリア・ゴンサレス"]
