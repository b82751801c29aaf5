"""Names that open a clause, with an empty topic registry, on made-up sentences: Persian writes a person's title after
the name with no comma ("جان اسمیت رئیس جمهور کانادا"), the title completed by a state's name or "former"; a noun or
an ordinal before such a title names nobody."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("جان اسمیت رئیس جمهور کانادا روز شنبه به تهران رفت.", "جان اسمیت"),
        ("در این نشست، پیتر مولر نخست وزیر سوئد از توافق سخن گفت.", "پیتر مولر"),
        ("گزارش شد که کارلا نوواک نخست‌وزیر سابق به زودی بازمی‌گردد.", "کارلا نوواک"),
    ],
)
def test_persian_name_before_its_completed_title_is_a_person(text: str, name: str) -> None:
    assert people(text, "fa") == {name}


@pytest.mark.parametrize(
    "text",
    [
        "او برای یک دوره دیگر رئیس جمهور کانادا ماند.",  # "another term": no name
        "او به‌عنوان نهمین صدراعظم آلمان انتخاب شد.",  # "as the ninth": an ordinal
        "اعتراض به سیاست‌های دولت رئیس جمهور را نگران کرد.",  # the title not completed
    ],
)
def test_persian_no_person_before_a_title_without_a_name(text: str) -> None:
    assert people(text, "fa") == set()
