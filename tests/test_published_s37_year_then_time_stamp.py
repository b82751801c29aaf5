"""A page's stamp whose date's year is followed by its time after a comma ("14 мая 2024, 09:12 — Агентство
городских новостей — АГН"), under a rubric and a headline, as a template prints it: the site's fields after it (a
few words) make it no sentence, as they do beside a software's date in figures. Without the time, or with more
words than a stamp's fields, the line is no stamp. Headers written for the test (a city's transport news)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import opening_date


@pytest.mark.parametrize(
    "stamp",
    [
        "14 мая 2024, 09:12 — Агентство городских новостей — АГН",
        "May 14, 2024, 09:12 — City News Agency — CNA",
    ],
)
def test_a_stamp_with_its_time_after_the_year(tmp_path: Path, stamp: str) -> None:
    header = f"Город\n\nТрамваи вернутся на мост к лету\n\n{stamp}"
    assert opening_date(tmp_path, header) == "2024-05-14"


@pytest.mark.parametrize(
    "stamp",
    [
        "14 мая 2024 — Агентство городских новостей — АГН",  # no time: the fields are too many for a date alone
        # more words than a stamp's fields
        "14 мая 2024, 09:12 — Агентство городских новостей и сводок погоды — АГН",
    ],
)
def test_no_stamp_without_the_time_or_with_a_sentence(tmp_path: Path, stamp: str) -> None:
    header = f"Город\n\nТрамваи вернутся на мост к лету\n\n{stamp}"
    assert opening_date(tmp_path, header) is None
