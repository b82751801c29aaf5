"""Armenian "մոտ" (about) after a number with a case ending is a count, not a year: "2000-ին մոտ մարդ" (about 2000
people), as "1500-ի մոտ" was; "2020-ին" (in 2020) alone stays a year, and so does a year before a word that only
opens like "մոտ" ("մոտակա", nearby). From the additions (Wiktionary's Armenian entry "մոտ"). Sentences written for
the test (a rally)."""

from __future__ import annotations

from conftest import dates_read


def test_about_a_number_is_a_count() -> None:
    assert dates_read("Հանրահավաքին մասնակցել է 2000-ին մոտ մարդ։", "hy") == []
    assert dates_read("Հանրահավաքին մասնակցել է 1800-ից մոտ մարդ։", "hy") == []


def test_years_with_a_case_ending_stay_years() -> None:
    assert dates_read("Հանրահավաքը տեղի է ունեցել 2020-ին։", "hy") == [("2020", (2020, None, None))]
    assert dates_read("Հանրահավաքը տեղի է ունեցել 2008-ին մոտակա հրապարակում։", "hy") == [("2008", (2008, None, None))]
