"""Arabic: Mauritanian (Hassaniya) names join the father's name by "ولد" (son of) and "منت" (daughter of), as other
Arabic names do by "بن" and "بنت"; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "ar") if f.kind == "person"]


def test_son_of_after_a_title_runs_to_the_family_name() -> None:
    """The father's given name and the family name with the article belong to the name."""
    text = "استقبل الرئيس الموريتاني محمد ولد شيخ الغزواني وفدا من رجال الأعمال صباح الأحد."
    assert "محمد ولد شيخ الغزواني" in people(text)


def test_daughter_of_after_a_title() -> None:
    text = "وقالت الأمينة العامة للحزب مريم منت الحسين إن الاجتماع سيعقد قريبا."
    assert "مريم منت الحسين" in people(text)


def test_son_of_without_a_title() -> None:
    """With no title before it, the father's given name and family name make the name a person's."""
    text = "وصل سيدي ولد أحمد المختار إلى نواكشوط أمس للمشاركة في الحملة."
    assert "سيدي ولد أحمد المختار" in people(text)


def test_the_verb_born_joins_no_names() -> None:
    """ "ولد" is also "was born": "طفل ولد ميتا" (a child born dead) names nobody."""
    assert people("وأضافت السلطات إلى الحصيلة طفل ولد ميتا في المستشفى.") == []


def test_son_of_stops_before_a_preposition_glued_to_the_article() -> None:
    """ "للولايات المتحدة" (to the United States) after "بن لادن" is no family name."""
    text = "ونقلت القوات جثة بن لادن للولايات المتحدة بعد العملية."
    assert not any("للولايات" in name for name in people(text))
