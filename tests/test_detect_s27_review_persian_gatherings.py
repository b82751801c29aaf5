"""Detection (review of the Persian assemblies): "مجلس" before a gathering's word (a mourning, a celebration) is a
ceremony, no body; an assembly's words up to a state's name are that state's assembly, as before; texts written
for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "fa") if f.kind == "organisation"]


def test_a_mourning_ceremony_is_no_body() -> None:
    assert bodies("مجلس سوگواری قربانیان زلزله در مسجد شهر برگزار شد.") == []
    assert bodies("مجلس ختم پدربزرگش روز جمعه در اصفهان برگزار شد.") == []


def test_a_celebration_is_no_body() -> None:
    assert bodies("مجلس جشن تولد او در یک تالار برگزار شد.") == []


def test_an_assembly_before_a_state_is_that_state_s() -> None:
    assert bodies("مجلس عوام انگلیس این لایحه را رد کرد.") == ["United Kingdom Parliament"]
    assert bodies("مجلس ملی فرانسه روز دوشنبه تشکیل جلسه داد.") == ["France Parliament"]


def test_an_assembly_named_by_its_words_still_reads() -> None:
    assert bodies("نشست مجلس خبرگان رهبری در قم برگزار شد.") == ["مجلس خبرگان رهبری"]
