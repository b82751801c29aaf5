"""Three or more years listed one after the other, each the year after the one before, with commas and the
language's "and" before the last ("pour les années 2021, 2022, 2023 et 2024"): one span from the first to the
last, as a plan's term, not the last years alone. A list with a gap keeps its years, two years stay two, and
numbers the grammar reads as counts stay none. Sentences written for the test (a school building plan)."""

from __future__ import annotations

from conftest import dates_read


def test_consecutive_listed_years_are_one_span() -> None:
    sentence = "Le plan scolaire vaut pour les années 2021, 2022, 2023 et 2024."
    assert dates_read(sentence, "fr") == [("2021, 2022, 2023 et 2024", (2021, None, None), (2024, None, None))]
    sentence = "The school plan covers 2026, 2027, 2028 and 2029."
    assert dates_read(sentence, "en") == [("2026, 2027, 2028 and 2029", (2026, None, None), (2029, None, None))]


def test_a_list_with_a_gap_or_two_years_or_counts_is_no_span() -> None:
    gap = dates_read("A escola foi ampliada em 2000, 2001, 2002, 2009 e 2010.", "pt")
    assert [text for text, *_ in gap] == ["2000", "2001", "2002", "2009", "2010"]
    two = dates_read("L'école a été agrandie en 2021 et 2022.", "fr")
    assert all(len(found) == 2 for found in two)
    assert dates_read("The school printed 2021, 2022 and 2023 leaflets.", "en") == []
