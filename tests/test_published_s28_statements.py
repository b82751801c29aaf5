"""Publication dates of statements and press releases: a date in figures or words over a text that restates its day
stays a heading, and an Arabic site's "loading" lines over a statement. Each text is written for the test, on
topics of its own (a new tram depot, a regional court's rulings)."""

from __future__ import annotations

from conftest import published_of


def test_a_day_in_words_over_a_text_that_restates_it_stays_a_chronicles_heading(tmp_path) -> None:
    text = (
        "Хроника города\n14 марта 2019 года\n14 марта 2019 года в Зареченске открылось новое трамвайное депо."
        " Депо рассчитано на сорок вагонов.\n"
    )
    assert published_of(tmp_path, text)[0] is None


def test_a_page_still_loading_does_not_hide_the_statement_under_it(tmp_path) -> None:
    """An Arabic site's "loading" and "skip to the main content" lines over a text that opens with today's date."""
    text = (
        "جارٍ التحميل...\nالتخطي إلى المحتوى الرئيسي.\n\n"
        "اليوم الثلاثاء 11-3-2025، أعلنت محكمة الاستئناف الإقليمية عن إرجاء النظر في ثلاث قضايا."
        " وقالت المحكمة إن الجلسة المقبلة ستعقد في الربيع.\n"
    )
    assert published_of(tmp_path, text)[0] == "2025-03-11"
