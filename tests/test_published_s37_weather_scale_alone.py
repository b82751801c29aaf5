"""A site's weather box may lose its figure and keep its scale alone ("°C", "°F") above the headline, beside the
site's clock and its currency rates: the date line above it is the day the page was viewed, not the page's date, as
under a temperature with its figure ("14 °C"). A date line over the headline with no weather box stays the page's.
Pages written for the test (a new ferry line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

HEADLINE = "Новый паром начнёт ходить к острову летом"
BODY = (
    "Городская администрация сообщила, что новый паром начнёт ходить к острову в июне. Рейсы будут выполняться "
    "дважды в день, а билеты можно будет купить в порту."
)


@pytest.mark.parametrize("scale", ["°C", "°F", "° C", "14 °C"])
def test_a_date_over_a_weather_box_is_the_sites_clock(tmp_path: Path, scale: str) -> None:
    page = f"12.03.2024\n{scale}\n$ 91.20\n€ 99.05\n\n{HEADLINE}\n\n{BODY}\n"
    assert published_of(tmp_path, page)[0] is None


def test_a_date_over_the_headline_without_weather_stays_the_pages(tmp_path: Path) -> None:
    assert published_of(tmp_path, f"12.03.2024\n\n{HEADLINE}\n\n{BODY}\n")[0] == "2024-03-12"
