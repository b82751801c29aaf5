"""Publication dates of statements and press releases: a stamp in padded figures over a release that writes the
same day in words. Each text is written for the test, on a topic of its own (a new tram depot)."""

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
