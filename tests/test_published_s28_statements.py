"""Publication dates of statements and press releases: a stamp in padded figures over a release that writes the
same day in words, and an Arabic site's "loading" lines over a statement. Each text is written for the test, on
topics of its own (a new tram depot, a regional court's rulings)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("stamp", "lede"),
    [
        ("14.03.2019", "14 марта 2019 года в Зареченске компания «Трамвайные линии» открыла новое депо."),
        ("14/03/2019", "Le 14 mars 2019, la société des Tramways de Valbourg a ouvert son nouveau dépôt."),
    ],
)
def test_a_stamp_in_figures_over_a_release_of_the_same_day_dates_the_page(tmp_path, stamp: str, lede: str) -> None:
    text = f"Открытие нового трамвайного депо\n{stamp}\n{lede} Депо рассчитано на сорок вагонов.\n"
    if lede.startswith("Le "):
        text = f"Ouverture du nouveau dépôt de tramways\n{stamp}\n{lede} Il peut accueillir quarante rames.\n"
    assert published_of(tmp_path, text)[0] == "2019-03-14"


def test_a_day_in_words_over_a_text_that_restates_it_stays_a_chronicles_heading(tmp_path) -> None:
    text = (
        "Хроника города\n14 марта 2019 года\n14 марта 2019 года в Зареченске открылось новое трамвайное депо."
        " Депо рассчитано на сорок вагонов.\n"
    )
    assert published_of(tmp_path, text)[0] is None


def test_figures_over_a_meetings_record_stay_the_meetings_day(tmp_path) -> None:
    """A council's minutes: the date in figures over the record of the meeting held that day is the meeting's."""
    text = (
        "Protokoll der 12. Sitzung\n\n14.03.2019\n\nüber die 12. Sitzung des Gemeinderates der Gemeinde Talheim am"
        " Donnerstag, dem 14. März 2019, im Gemeindesaal. Der Bürgermeister eröffnete die Sitzung.\n"
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
