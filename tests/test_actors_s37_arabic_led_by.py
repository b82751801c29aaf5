"""Arabic: a body's head-word glued to "by" is the verbal noun of leading (`led_by`: "وفد برئاسة الأخت …", a
delegation headed by the sister …; "بإدارة الجمعية", run by the charity), what follows is who leads, no body; and the
premiership named by its words ("رئاسة الحكومة", "رئاسة الوزراء": `common_bodies`) is an office held, no body, unless a
state's adjective names whose ("رئاسة الحكومة التونسية"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> set[str]:
    return {a.name for a in find_actors(text, "ar") if a.kind == "organisation"}


@pytest.mark.parametrize(
    "text",
    [
        "وصل وفد برئاسة الأخت منى العلي إلى المقر صباح اليوم.",
        "تعمل المدرسة بإدارة الجمعية الخيرية منذ عامين.",
        "استقال بعد عامين من وصوله إلى رئاسة الحكومة في البلاد.",
        "ودعا الحزب إلى استقالته فورا من رئاسة الحكومة.",
    ],
)
def test_no_body_there(text: str) -> None:
    assert not any(name.startswith(("رئاسة", "إدارة")) for name in bodies(text))


def test_the_government_presidency_a_state_names_stays() -> None:
    assert bodies("أعلنت رئاسة الحكومة التونسية أن الاجتماع تأجل.") == {"رئاسة الحكومة"}
