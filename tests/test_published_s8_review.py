"""Fixes of review s8's findings on the publication date (issue 14): header parts written for the tests, on a
harbour's new ferry line."""

from __future__ import annotations

import pytest
from briefing.published_lines import credited_stamp


@pytest.mark.parametrize(
    "part", ["Updated 11.05.2023 08:40", "Aktualisiert 11.05.2023 08:40", "Mis à jour 11.05.2023", "Publicado 11.05.2023"]
)
def test_a_label_before_a_numeric_stamp_is_no_sources_name(part: str) -> None:
    """ "Updated 11.05.2023" keeps its label, which says what the stamp is: it is no source's credit."""
    assert credited_stamp(part) == part


def test_a_sources_name_before_its_numeric_stamp_is_dropped() -> None:
    assert credited_stamp("Harbour Gazette 11.05.2023 08:40") == "11.05.2023 08:40"
