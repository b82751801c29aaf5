"""Arabic bodies named by head-words the list lacked: a general directorate and a national centre with their name
after them ("المديرية العامة للمكتبات", "المركز الوطني للمخطوطات"), never alone (every state has one); a university in
construct before its name with the article ("جامعة الموصل"); the security forces with their name ("قوى الأمن
الداخلي"); "هيأة", the spelling of "هيئة" Iraqi bodies write. Texts written for the test (a library)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> dict[str, str]:
    return {surface: a.kind for a in find_actors(text, "ar") for surface in a.surfaces}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("أعلنت المديرية العامة للمكتبات افتتاح القاعة الجديدة.", "المديرية العامة للمكتبات"),
        ("وتسلم المركز الوطني للمخطوطات مجموعة الكتب النادرة.", "المركز الوطني للمخطوطات"),
        ("وقعت جامعة الموصل اتفاقاً مع المكتبة.", "جامعة الموصل"),
        ("وحرست قوى الأمن الداخلي مبنى المكتبة.", "قوى الأمن الداخلي"),
        ("وأحالت هيأة النزاهة ملف المكتبة إلى القضاء.", "هيأة النزاهة"),
    ],
)
def test_the_body_is_an_organisation(text: str, body: str) -> None:
    assert found(text).get(body) == "organisation"


@pytest.mark.parametrize(
    "text",
    [
        "وزار الطلاب المركز الوطني في وسط المدينة.",  # the national centre alone: no name
        "وقالت قوى الأمن إن المكتبة آمنة.",  # the security forces alone
        "وقالت المديرية العامة في بيان إن المكتبة مغلقة.",  # a directorate alone
        "تقع الجامعة قرب المكتبة وهي جامعة كبيرة.",  # a university of a kind, no name after it
    ],
)
def test_a_head_word_alone_is_no_body(text: str) -> None:
    assert "organisation" not in found(text).values()
