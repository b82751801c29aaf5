"""A review proved that the word before Konkani's respectful pronoun ("हांणी", by) was taken for a person even when
it is a group, a body or a place. Sentences written for the test."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "kok") if f.kind == "person"]


def test_a_group_a_body_or_a_place_before_the_pronoun_is_no_person() -> None:
    assert people("गांवांतल्या ग्रामस्थ हांणी सभेंत विरोध केलो.") == []
    assert people("गोंय विद्यापीठ हांणी नवो अभ्यासक्रम सुरू केला.") == []
    assert people("जिल्हाधिकारी उत्तर गोंय हांणी आदेश काडलो.") == []


def test_a_name_before_the_pronoun_is_still_a_person() -> None:
    assert people("मुख्यमंत्री प्रमोद सावंत हांणी उद्घाटन केलें.") == ["प्रमोद सावंत"]
