"""A state's name that is also the language's adjective after a noun (Arabic "مالي", Persian "مالی": financial) is
the adjective after a common noun or with the Arabic article glued, and the state opening a phrase, after a
preposition of place, a glued preposition or conjunction, a compass point or a word for a state. Arabic "كيف" is the
everyday "how", not Kyiv. Texts written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def states(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language) if a.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("قدمت الجمعية دعم مالي كبير للمدارس.", "ar"),
        ("يواجه المدير تهمة سوء السلوك المالي في الشركة.", "ar"),
        ("کمک مالی به مدارس روستایی افزایش یافت.", "fa"),
        ("او در کمک مالی به مدارس نقش داشت.", "fa"),  # a preposition two words back: still the adjective
        ("سال مالی جدید از فروردین آغاز می‌شود.", "fa"),
    ],
)
def test_the_adjective_is_no_state(text: str, language: str) -> None:
    assert "Mali" not in states(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("وصلت القوات إلى مالي أمس.", "ar"),
        ("وقع هجوم في شمال مالي ليلا.", "ar"),
        ("وقعت النيجر ومالي اتفاقا للتعاون.", "ar"),
        ("مالي تعلن حالة الطوارئ.", "ar"),
        ("نیروهای خارجی از مالی خارج شدند.", "fa"),
        ("هیئتی از کشور همسایه مالی به نیامی رفت.", "fa"),
    ],
)
def test_the_state_is_found(text: str, language: str) -> None:
    assert "Mali" in states(text, language)


def test_arabic_how_is_no_capital() -> None:
    assert "Ukraine" not in states("لم يوضح المتحدث كيف وصلت الشحنة إلى الميناء.", "ar")
    assert "Ukraine" in states("وأعلنت كييف رفضها للمقترح الجديد.", "ar")
