"""Review B 2: "سيدي" (Sidi) before a listed given name makes a Maghreb place's name ("سيدي يونس", as Sidi
Bouzid), no person; a given name opening a person's name elsewhere still does. Sentences written for the test
(a delegation's visit)."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "ar") if f.kind == "person"]


def test_sidi_before_a_given_name_is_a_place() -> None:
    assert people("توقفت القافلة في قرية سيدي يونس الجبلية.") == []
    assert people("وصل المسعفون إلى سيدي يونس صباحا.") == []


def test_the_given_name_still_opens_a_person() -> None:
    assert "يونس الخطيب" in people("قال يونس الخطيب إن القافلة وصلت.")
