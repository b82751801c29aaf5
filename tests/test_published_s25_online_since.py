"""A content system's stamp of when the page went online ("Online seit", "Online since") dates the page, as
`data/publication.yaml`'s published labels do. Each text is written for the test (a town library's new hours)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("head", "text", "found"),
    [
        (
            "Stadtbücherei Mühlbach\n\nNeue Öffnungszeiten ab dem 2. Mai\n\n[Online seit 28.04.2024]",
            "Die Bücherei öffnet künftig auch am Samstag. Dienstags bleibt sie geschlossen. Die Rückgabe ist jederzeit möglich.",
            "2024-04-28",
        ),
        (
            "Millbrook Library\n\nNew opening hours from 2 May\n\nOnline since 28 April 2024",
            "The library will also open on Saturdays. It stays closed on Tuesdays. Returns are possible at any time.",
            "2024-04-28",
        ),
    ],
)
def test_the_online_since_stamp_dates_the_page(tmp_path, head: str, text: str, found: str) -> None:
    assert published_of(tmp_path, f"{head}\n\n{text}\n")[0] == found
