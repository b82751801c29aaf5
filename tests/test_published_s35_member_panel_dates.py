"""A forum's member panel prints the day the member signed up beside the post: phpBB's German panel as
"Registriert: 12. Jan 2018, 19:08", Chinese boards as "注册:2005/3/17" at the end of one row of fields ("帖子:917
积分:7577 … 注册:2005/3/17 11:37:00"). That date is when the member joined, never when the page went up. The bare
words are no label ("registriert" is a verb, "注册" a sign-up link), and a line that is one label and its date is
left to the label lists, so "Online seit: 16.12.2021" and a row with a single field are read as before. Pages written
for the test (a bee-keeping forum)."""

from __future__ import annotations

from pathlib import Path

from briefing.published_lines import ends_panel_row_with_other_date
from conftest import published_of

BODY_DE = (
    "Die Bienen fliegen schon bei zwölf Grad, und die ersten Völker tragen Pollen ein. Wer jetzt füttert, sollte "
    "nur wenig Zuckerwasser geben."
)
BODY_ZH = "今年春天蜂群发展很快，很多蜂友提前加了巢框。有经验的蜂友建议注意保温，不要过早取蜜。"


def test_a_german_panels_sign_up_date_is_not_the_pages(tmp_path: Path) -> None:
    page = "Frühjahrsfütterung\n\nImkerin\nBeiträge: 88\nRegistriert: 3. Mär 2016, 08:15\n"
    assert published_of(tmp_path, f"{page}\n{BODY_DE}\n")[0] != "2016-03-03"


def test_a_chinese_panel_rows_last_field_is_the_members_sign_up(tmp_path: Path) -> None:
    page = "蜂友论坛 → 春季管理\n\n主题:春季管理\n\n老蜂农\n  1楼 个性首页 | 信息\n\n"
    page += "等级:会员 帖子:120 积分:560 注册:2009/4/2 10:20:00\n"
    assert published_of(tmp_path, f"{page}\n{BODY_ZH}\n")[0] != "2009-04-02"


def test_the_row_rule_needs_fields_before_the_label() -> None:
    assert ends_panel_row_with_other_date("等级:会员 帖子:120 积分:560 注册:2009/4/2 10:20:00")
    assert ends_panel_row_with_other_date("Posts: 12 Rep: 3 Joined: 2009-01-02")


def test_a_single_label_and_date_is_no_panel_row() -> None:
    assert not ends_panel_row_with_other_date("Online seit: 16.12.2021")
    assert not ends_panel_row_with_other_date("注册:2009/4/2")


def test_a_stamp_after_fields_without_a_label_is_kept() -> None:
    assert not ends_panel_row_with_other_date("Aufrufe: 120 Antworten: 4 Verfasst: 2016-03-03")
    assert not ends_panel_row_with_other_date("浏览:120 回复:4 发表于:2016/3/3 09:00")


def test_the_verb_is_no_label(tmp_path: Path) -> None:
    page = "Neue Imkerei registriert\n\n3. März 2016\n"
    assert published_of(tmp_path, f"{page}\n{BODY_DE}\n")[0] == "2016-03-03"
