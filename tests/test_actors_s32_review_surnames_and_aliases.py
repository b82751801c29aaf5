"""Faults a review proved in this session's actor rules, each with a sentence written for the test: "Herzog" is a
common German surname, not only a duke's title; Persian "مجاهد" may end a name; "جنبش مقاومت اسلامی" (Islamic
resistance movement) without "فلسطین" names other movements than Hamas."""

from __future__ import annotations

from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.name, f.kind) for f in find_actors(text, language)]


def test_herzog_after_a_given_name_is_a_surname() -> None:
    assert ("Roman Herzog", "person") in found("Bundespräsident Roman Herzog eröffnete am Montag die Ausstellung.", "de")
    assert ("Werner Herzog", "person") in found("Der Regisseur Werner Herzog stellte am Abend seinen Film vor.", "de")


def test_a_persian_name_ending_in_mujahid_is_not_cut() -> None:
    people = [n for n, kind in found("سخنگوی طالبان ذبیح الله مجاهد گفت که مذاکرات ادامه دارد.", "fa") if kind == "person"]
    assert "ذبیح الله" not in people


def test_only_the_full_persian_name_is_hamas() -> None:
    assert ("Hamas", "organisation") not in found("جنبش مقاومت اسلامی نجباء در بیانیه‌ای حمله را محکوم کرد.", "fa")
    assert found("جنبش مقاومت اسلامی عراق مسئولیت حمله را بر عهده گرفت.", "fa") == [("Iraq", "state")]
    assert ("Hamas", "organisation") in found("جنبش مقاومت اسلامی فلسطین بیانیه‌ای صادر کرد.", "fa")
