"""A dateline whose place a spaced dash sets off from its date, the date a sentence of its own ("Yaoundé, Cameroon –
October 22, 2025. The council …"), also after the site's name and a bar: the page's date. A title closed by a dash
before a date is no dateline. Texts written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

LEDE = "The electoral council has announced that it will proclaim the results on Monday."


@pytest.mark.parametrize(
    "opening",
    ["Yaoundé, Cameroon – October 22, 2025. ", "DailyNews.ORG | Yaoundé, Cameroon – October 22, 2025. "],
)
def test_a_place_a_dash_then_the_date_and_a_full_stop(tmp_path: Path, opening: str) -> None:
    assert published_of(tmp_path, f"Results awaited in Cameroon\n\n{opening}{LEDE}\n") == ("2025-10-22", "dateline")


def test_a_title_and_a_dash_before_a_date_is_no_dateline(tmp_path: Path) -> None:
    text = f"Results awaited in Cameroon\n\nThe vote in Yaoundé – October 22, 2025. {LEDE}\n"
    assert published_of(tmp_path, text)[1] != "dateline"
