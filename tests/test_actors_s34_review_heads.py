"""Review of s34 head-words: the Arabic adjective "جامعة" (comprehensive) after a noun it agrees with or before a
"for" complement, an open head-word an ordinal follows, "Limited" in title case and Russian "Департамент" before a
territory's capitalised name name no body; the bodies they were added for still do. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str, language: str) -> list[str]:
    return [s for f in find_actors(text, language) if f.kind == "organisation" for s in (f.name, *f.surfaces)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ar", "طرحت الحكومة خطة جامعة للتنمية الريفية."),  # a comprehensive plan
        ("ar", "كانت رسالة جامعة المعاني."),  # a message rich in meaning
        ("ar", "نال الطالب المركز الوطني الثاني في الرياضيات."),  # second national place
        ("en", "Tickets Are Limited, the museum said."),
        ("en", "Parking Limited: Visitors Urged To Take The Bus"),
        ("ru", "Департамент Дордонь славится замками."),  # a French department, a territory
    ],
)
def test_no_body(language: str, text: str) -> None:
    assert organisations(text, language) == []


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("ar", "قال رئيس جامعة الموصل إن الامتحانات تأجلت.", "جامعة الموصل"),
        ("ar", "أصدر المركز الوطني للأرصاد تحذيرا.", "المركز الوطني للأرصاد"),
        ("ru", "Департамент финансов сообщил о новых правилах.", "Департамент финансов"),
    ],
)
def test_bodies_still_found(language: str, text: str, body: str) -> None:
    assert body in organisations(text, language)
