"""A date in padded figures over a lede that restates its day in words heads a chronicle's entry or announces an event:
it does not date the page. Texts written for these tests."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    "text",
    [
        "Этот день в истории\n04.10.1957\n4 октября 1957 года в СССР был запущен первый искусственный спутник Земли.\n",
        "Chronologie\n14/07/1789\nLe 14 juillet 1789, les Parisiens ont pris la Bastille après plusieurs heures de combat.\n",
        "Geschichte der Stadt\n03.10.1990\nAm 3. Oktober 1990 trat die DDR der Bundesrepublik bei, die Stadt feierte.\n",
        "Upcoming events\n18/04/2026\nOn 18 April 2026 the town museum will open an exhibition of old maps.\n",
    ],
)
def test_figures_over_a_chronicle_or_an_announcement_date_no_page(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] is None
