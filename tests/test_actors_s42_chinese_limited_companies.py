"""Chinese: a company's registered name closes with its legal form ("有限公司", "有限责任公司"): the characters before
it, back to where a clause opens (the text's start, punctuation, a quotation mark) or to the word for a company set
in apposition before the name ("国有公司某某有限公司"), are the company, an organisation named as written. A run that
a word of the sentence opens ("为规范某某有限公司", "最大的矿业有限公司") names none, nor does a run cut by a
word that breaks a phrase ("和"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> set[str]:
    return {surface for f in find_actors(text, "zh") if f.kind == "organisation" for surface in f.surfaces}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("记者从当地获悉,甘肃青石矿业有限公司的一处矿井发生透水事故。", "甘肃青石矿业有限公司"),
        ("据悉,秘鲁国有公司安第斯铁路有限公司此前已宣布停运。", "安第斯铁路有限公司"),
        ("“浙江海澄国际物流有限责任公司”的仓库昨夜起火。", "浙江海澄国际物流有限责任公司"),
        ("湖南山禾高速公路有限公司官方微博发布通报称,路段已封闭。", "湖南山禾高速公路有限公司"),
        ("福建東岸電子有限公司宣布裁員。", "福建東岸電子有限公司"),
    ],
)
def test_a_companys_name_before_its_legal_form(text: str, company: str) -> None:
    assert company in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "为规范江西白鹭液压股份有限公司的经营行为,特制定本章程。",  # a verb opens the run
        "该省最大的矿业有限公司宣布裁员。",  # "的": no name, a description
        "两家公司和某某有限公司宣布合并。",  # "和" breaks the run
        "成立有限公司需要提交哪些材料?",  # the legal form alone, no name
    ],
)
def test_no_company_where_a_sentences_word_opens_the_run(text: str) -> None:
    assert not any(b.endswith(("有限公司", "有限责任公司")) for b in bodies(text))
