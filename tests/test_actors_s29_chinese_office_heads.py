"""Actors: the heads of government offices by their titles, "局长" (a bureau's director), "司长" (a department's
secretary), "处长", "署长", "厅长": the Chinese name right after one is a person ("交通局局长黄德明", "政務司司長張建宗",
read in simplified characters); a name ends before "举行" (holds), as before "说". Texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "zh") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("工务局局长黄德明说,新桥下月通车。", "黄德明"),
        ("財政司司長王建華表示,預算將用於興建圖書館。", "王建華"),
        ("卫生署署长周立新宣布,新诊所本周开放。", "周立新"),
        ("教育厅厅长吴明远表示,学校将增加图书经费。", "吴明远"),
    ],
)
def test_the_name_after_an_office_heads_title_is_a_person(text: str, person: str) -> None:
    assert people(text) == [person]


def test_a_name_ends_before_it_holds_a_meeting() -> None:
    assert people("工务局局长黄德明举行记者会,说明新桥工程进度。") == ["黄德明"]


def test_an_office_heads_title_with_no_name_is_no_person() -> None:
    assert people("公安局局长办公室位于三楼。") == []
    assert people("署长一职目前空缺。") == []
