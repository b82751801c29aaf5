"""Actors (fa): "کل" (chief) and "انتظامی" (police) complete a title and start no name: "فرمانده کل انتظامی کشور" (the
country's police chief) is an office, no person's name; "وزارت کشور" (the interior ministry) stays a ministry. A name
after a title still is one. Sentences written for the test (a road safety campaign)."""

from __future__ import annotations

from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "fa") if f.kind == "person"]


def test_the_words_of_an_office_are_no_name() -> None:
    assert people("فرمانده کل انتظامی کشور در سفر به شیراز از طرح ایمنی جاده‌ها بازدید کرد.") == []
    assert people("فرمانده کل ارتش گفت که طرح ایمنی جاده‌ها ادامه دارد.") == []
    found = [(f.name, f.kind) for f in find_actors("وزارت کشور اعلام کرد که طرح ایمنی ادامه دارد.", "fa")]
    assert found == [("وزارت کشور", "organisation")]


def test_a_name_after_a_title_stays_a_person() -> None:
    assert people("فرمانده سپاه حسین سلامی گفت: طرح ایمنی ادامه دارد.") == ["حسین سلامی"]


def test_an_epithet_and_a_doctors_title_before_the_name() -> None:
    """ "مجاهد" (fighter) between a title and the name is no name's word; "دکتر" (Dr.) is a title before one."""
    assert people("فرمانده مجاهد دکتر علی رضایی از طرح ایمنی جاده‌ها بازدید کرد.") == ["علی رضایی"]
    assert people("فرمانده مجاهد گفت که طرح ایمنی ادامه دارد.") == []
    assert people("این دکتر گفت که بیمار خوب است.") == []
