"""A period a headline names, two dates in figures either side of a dash ("… from 03.02.2025 – 28.02.2025"): its
end is neither a site's name the title bar closes on nor a stamp glued to the headline, so it is no publication
date; a single date after the dash still is. Each text is written for the test (a school's enrolment notice)."""

from __future__ import annotations

from conftest import published_of

ENROLMENT_RO = "Școala Gimnazială din oraș primește cererile de înscriere pentru clasa pregătitoare la secretariat.\n"


def test_the_end_of_a_period_in_the_headline_is_no_publication_date(tmp_path) -> None:
    head = "ANUNȚ privind înscrierea copiilor în clasa pregătitoare, în perioada 03.02.2025 – 28.02.2025\n\n"
    assert published_of(tmp_path, head + ENROLMENT_RO)[0] is None


def test_a_single_date_after_the_headlines_dash_stays_the_pages(tmp_path) -> None:
    head = "ANUNȚ privind înscrierea copiilor în clasa pregătitoare – 03.02.2025\n\n"
    assert published_of(tmp_path, head + ENROLMENT_RO)[0] == "2025-02-03"
