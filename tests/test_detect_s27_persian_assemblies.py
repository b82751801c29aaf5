"""Detection: Persian names an assembly with the words after its head-word "مجلس" ("مجلس خبرگان رهبری", "مجلس
ملی"), up to a stop word or a state's name, as it names a party or a ministry; a chamber by its rank ("مجلس سفلی",
the lower house) is no name; texts written for these tests."""

from __future__ import annotations

from briefing.actors import find_actors


def bodies(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "fa") if f.kind == "organisation"]


def test_an_assembly_named_by_the_words_after_its_head_word() -> None:
    assert bodies("نشست فوق‌العاده مجلس خبرگان رهبری در قم برگزار شد.") == ["مجلس خبرگان رهبری"]


def test_the_name_ends_at_a_stop_word() -> None:
    assert bodies("لایحه بودجه دیروز در مجلس ملی به تصویب رسید.") == ["مجلس ملی"]


def test_a_chamber_by_its_rank_is_no_name() -> None:
    assert bodies("مجلس سفلی این طرح را با اکثریت آرا رد کرد.") == []
