"""Review faults in dates (sentences written for the test). Kazakh "N жылдан астам" (more than N years) counts
years: no year, though "N жылдан бастап" (since N) names one. Icelandic "annað kvöld" may be the second evening."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    "sentence",
    [
        "Бұл мешіттің 1500 жылдан астам тарихы бар.",
        "Ескі емен 2000 жылдан аса өсіп тұр.",
        "Қорғанның жасы 1200 жылдан артық деп саналады.",
    ],
)
def test_more_than_n_years_is_no_year(sentence: str) -> None:
    assert dates_read(sentence, "kk") == []


def test_since_a_year_is_still_a_year() -> None:
    found = dates_read("Мектеп 2011 жылдан бастап жұмыс істейді.", "kk")
    assert [value for _, value in found] == [(2011, None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tónleikarnir hófust annað kvöld hátíðarinnar með nýrri hljómsveit.",
        "Hann sagði að annað kvöld ferðarinnar hefði verið kaldara en það fyrsta.",
        "Á annað kvöld keppninnar mættu færri gestir.",
    ],
)
def test_icelandic_second_evening_is_no_relative_day(sentence: str) -> None:
    """Icelandic "annað kvöld" is "tomorrow evening" but also "the second evening" (of a festival, a trip): the
    additions list it no more."""
    assert dates_read(sentence, "is") == []
