"""Bodies Arabic statements name by head-words the detection lacked (`data/detect/ar.yaml`): a syndicate ("نقابة"), the
gendarmerie ("الدرك") with a kingdom's adjective ("الملكي"), a security or civil-defence directorate ("مديرية الأمن",
"مديرية الدفاع"), a body named for what it combats ("جهاز مكافحة الإرهاب"); the Rapid Support Forces by their two
words after a militia's noun; and a dateline "عمان-" that is Amman, where the text was written, not Oman. Texts
written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "ar") if f.kind == "organisation"]


def states(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "ar") if f.kind == "state"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("طالبت نقابة المعلمين بزيادة الرواتب.", "نقابة المعلمين"),  # the teachers' syndicate
        ("وأوقف الدرك الملكي سائق الشاحنة قرب الطريق السيار.", "الدرك الملكي"),  # the royal gendarmerie
        ("وقالت مديرية الأمن العام إن الطريق أغلق بسبب الثلوج.", "مديرية الأمن العام"),  # the security directorate
        ("وتمكنت فرق مديرية الدفاع المدني من إخماد الحريق.", "مديرية الدفاع المدني"),  # civil defence
        ("وأعلن جهاز مكافحة الإرهاب اعتقال خمسة مطلوبين.", "جهاز مكافحة الإرهاب"),  # the counter-terrorism service
        ("وأحالت هيئة مكافحة الفساد ملفات إلى القضاء.", "هيئة مكافحة الفساد"),  # the anti-corruption commission
    ],
)
def test_a_statements_body_is_named(text: str, body: str) -> None:
    assert bodies(text) == [body]


def test_the_other_closes_the_name() -> None:
    """ "والآخر" (and the other), after a body's name, is no word of it."""
    assert bodies("سقط صاروخ قرب مقر جهاز مكافحة الإرهاب والآخر في ساحة فارغة.") == ["جهاز مكافحة الإرهاب"]


@pytest.mark.parametrize(
    "text",
    [
        "اندلعت اشتباكات في شمال مديرية الزهرة أمس.",  # Yemen's district, "مديرية" alone
        "وضع الأطباء المريض على جهاز التنفس الصناعي.",  # a device: "جهاز" alone
        "وانتشرت قوات مكافحة الشغب في الساحة.",  # riot police, a kind of unit
    ],
)
def test_no_body_in_a_common_noun(text: str) -> None:
    assert bodies(text) == []


def test_the_rapid_support_forces_by_two_words_after_a_militias_noun() -> None:
    assert bodies("هاجمت ميليشيا الدعم السريع قرية قرب الفاشر.") == ["Rapid Support Forces"]


def test_a_dateline_spelled_as_a_state_is_the_capital() -> None:
    """ "عمان" is Oman and Amman, Jordan's capital: opening a dateline it is the city the text was written in."""
    assert states("عمان- أعلنت الحكومة إغلاق المدارس يوم غد.") == []
    assert states("وصل الوفد إلى عمان قادما من مسقط.") == ["Oman"]
