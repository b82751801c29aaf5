"""Fixes of review s9's findings on actors (issue 15): each test pins what the extractor returns for a sentence
written for the tests (on a harbour and its fleet), never one of a set."""

from __future__ import annotations

from briefing.actors import find_actors
from briefing.registry import Registry, with_base


def names(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language)}


def test_a_drone_is_no_news_agency() -> None:
    """Turkish "İHA" (insansız hava aracı) is a drone: no agency of that acronym is named."""
    assert names("Liman üzerinde bir İHA ve iki SİHA uçtu.", "tr") == set()


def test_the_drone_word_still_credits_the_agency() -> None:
    """As a credit ("(İHA)") it still names the outlet a source comes from."""
    outlet = Registry(*with_base({}, {}), "").outlet_for("İHA")
    assert outlet is not None and outlet.name == "İhlas News Agency"


def test_a_chinese_regnal_name_is_read_whole() -> None:
    """A monarch's name, its ordinal and 世 after a title is one name, whatever its characters."""
    assert "乔治五世" in names("国王乔治五世视察了港口。", "zh")


def test_a_chinese_lifetime_is_no_regnal_name() -> None:
    """A lifetime ("这一世") after a title names nobody."""
    assert names("船长这一世都在海上。", "zh") == set()


def test_a_turkish_ordinal_after_an_officials_title_makes_no_person() -> None:
    """ "2. Filo" (the Second Fleet) after a governor's title is no person; after a pope's it is the name's ordinal."""
    assert not any(f.kind == "person" for f in find_actors("Vali 2. Filo Komutanı ile limanda görüştü.", "tr"))
    assert "Pius" in names("Papa 12. Pius limanı ziyaret etti.", "tr")


def test_another_corps_is_not_the_revolutionary_guards() -> None:
    """Persian "سپاه" alone is the IRGC, but "سپاه بدر" is the Badr Organization."""
    found = names("سپاه بدر در بندر بصره مستقر شد.", "fa")
    assert "Badr Organization" in found and "Islamic Revolutionary Guard Corps" not in found
    assert "Islamic Revolutionary Guard Corps" in names("سپاه در بندر عباس رزمایش برگزار کرد.", "fa")


def test_a_church_building_is_not_the_catholic_church() -> None:
    """German writes the institution in lower case ("der katholischen Kirche"); after "eine" it is a building."""
    assert "Catholic Church" not in names("Am Hafen steht eine katholische Kirche aus dem Mittelalter.", "de")
    assert "Catholic Church" in names("Der Hafenpfarrer trat aus der katholischen Kirche aus.", "de")


def test_an_airline_named_air_and_a_state_is_no_state_in_english() -> None:
    """ "Air Malta" is an airline: the state's name inside is no actor there."""
    assert "Malta" not in names("Air Malta moved its flights to the new harbour terminal.", "en")


def test_a_line_in_capitals_names_no_person_or_body() -> None:
    """A headline in capitals cut by a state's name ("MINISTER OF MALTA") holds no name besides the state."""
    found = find_actors("THE MINISTER OF MALTA VISITED THE HARBOUR", "en")
    assert {(f.name, f.kind) for f in found} == {("Malta", "state")}


def test_an_arabic_verb_after_a_kings_name_is_no_part_of_it() -> None:
    """After a pope's or king's title one name is a name; a verb after it ("افتتح", opened) is not part of it."""
    people = {f.name for f in find_actors("الملك فيليب افتتح الميناء الجديد.", "ar") if f.kind == "person"}
    assert people == {"فيليب"}
    assert "محمد السادس" in names("وصل الملك محمد السادس إلى الميناء.", "ar")


def test_a_group_named_in_one_lower_case_word_after_des_is_still_the_group() -> None:
    """French "des" is also "of the": "des talibans" names the Taliban."""
    assert "Taliban" in names("Le port est resté aux mains des talibans.", "fr")


def test_the_drone_word_in_a_credit_is_the_agency() -> None:
    assert "İhlas News Agency" in names("İZMİR (İHA) - Limanda yeni bir vinç kuruldu.", "tr")
