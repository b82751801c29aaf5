"""Publication dates of statements and press releases: a release's title closing on its day and the hour it was
issued at ("Medienmitteilung der …, 14. Juni 2019, 12.30 Uhr"), its statement's word one of `data/publication.yaml`'s
(Swiss "Medienmitteilung", Austrian "Presseaussendung"). Each text is written for the test, on a topic of its own (a
town's new library)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    ("title", "found"),
    [
        ("Medienmitteilung der Bibliothekskommission Thun, 14. Juni 2019, 12.30 Uhr", "2019-06-14"),
        ("Medienmitteilung der Bibliothekskommission Thun, 3 März 2021, 09:15 Uhr", "2021-03-03"),  # no dot after the day
        ("Presseaussendung des Vereins der Leserinnen Graz, 5. Mai 2022, 10:00", "2022-05-05"),
    ],
)
def test_a_release_title_closing_on_its_day_and_hour_dates_the_page(tmp_path, title: str, found: str) -> None:
    text = (
        f"{title}\n\nDie neue Stadtbibliothek öffnet ihre Türen für alle Leserinnen und Leser. Der Umbau hat zwei Jahre"
        " gedauert und bietet nun Platz für 40 000 Bücher.\n"
    )
    assert published_of(tmp_path, text)[0] == found


def test_the_spanish_release_title_dates_the_page(tmp_path) -> None:
    text = (
        "Comunicado de la Biblioteca Municipal de Tandil, 8 de abril de 2023, 11:00 horas\n\nLa nueva biblioteca abre"
        " sus puertas a todos los lectores. La obra duró dos años y ofrece lugar para 40 000 libros.\n"
    )
    assert published_of(tmp_path, text)[0] == "2023-04-08"


def test_a_headline_about_a_day_and_its_hour_names_no_release(tmp_path) -> None:
    """No statement's word opens it: the night a library burned, told with its hour, is no stamp."""
    text = (
        "Die Nacht des Feuers in der alten Bibliothek, 9. November 1989, 23.30 Uhr, als die Flammen das Dach"
        " erreichten\n\nDie neue Stadtbibliothek öffnet ihre Türen für alle Leserinnen und Leser.\n"
    )
    assert published_of(tmp_path, text)[0] is None
