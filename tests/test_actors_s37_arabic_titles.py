"""Arabic titles: a state's name that completes a person's title ("رئيس بوليفيا إيفو موراليس", Bolivia's president) is
that state, an actor as anywhere else in a sentence; its capital where the office sits ("السفير الأمريكي بموسكو", the
US ambassador in Moscow) and the adjective a state's name with the article reads as ("الرئيس الملاوي", the Malawian
president) name no state there. A preposition, quantifier or pronoun right after a title ("الوزير أثناء زيارته",
the minister during his visit; "بيد الرئيس بشكل كامل"; "أحد أهم أهدافنا") opens no name. Sentences written for the
test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str) -> set[tuple[str, str]]:
    return {(a.kind, a.name) for a in find_actors(text, "ar")}


@pytest.mark.parametrize(
    ("text", "state", "person"),
    [
        ("وصل رئيس بوليفيا إيفو موراليس إلى المطار مساء أمس.", "Bolivia", "إيفو موراليس"),
        ("وقال وزير خارجية النرويج يوناس ستوره إن المحادثات مستمرة.", "Norway", "يوناس ستوره"),
        ("التقى رئيس وزراء كندا بيار بواليفر بالوفد أمس.", "Canada", "بيار بواليفر"),
    ],
)
def test_the_state_a_title_names_is_an_actor(text: str, state: str, person: str) -> None:
    assert {("state", state), ("person", person)} <= found(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال السفير الأمريكي بموسكو جون سوليفان إن الحوار متوقف.", "جون سوليفان"),
        ("وقال الرئيس الملاوي بيتر موثاريكا إن البلاد تواجه الجفاف.", "بيتر موثاريكا"),
    ],
)
def test_a_capital_or_an_adjective_in_a_title_is_no_state(text: str, person: str) -> None:
    assert {kind for kind, _ in found(text)} == {"person"}
    assert ("person", person) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال الوزير أثناء زيارته للمصنع إن الإنتاج ارتفع.",
        "أصبحت الصلاحيات بيد الرئيس بشكل كامل بعد التعديل.",
        "ولم يطلب الوزير سوى مهلة قصيرة لتقديم الخطة.",
        "افتتح المحافظ بحضور كبار المسؤولين المعرض الجديد.",
        "قال مدير المدرسة ان كل التلاميذ نجحوا هذا العام.",
        "وقال الرئيس أحد أهم أهدافنا هو الأمن.",
    ],
)
def test_no_name_opens_with_a_function_word(text: str) -> None:
    assert not any(kind == "person" for kind, _ in found(text))


def test_a_name_before_the_function_word_stays() -> None:
    assert ("person", "أحمد عطاف") in found("وقال الوزير أحمد عطاف أثناء زيارته للمصنع إن الإنتاج ارتفع.")
