"""A release's stamp printed alone under its summary and photo credit: a whole date and its clock time and nothing
else on the line ("9 de marzo de 2024 - 11:47 a. m."), the page's publication date. A line under the lede that
is a sentence with a date and an hour in it is the text's, no stamp. Pages written for the test (a museum)."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

HEADLINE = "Museo Nacional amplía su horario de atención al público”"
LEDE = "Nota de prensaLa ministra pidió a la ciudadanía que visite las nuevas salas, y aseguró que habrá más visitas guiadas."
BODY = (
    "La ministra de Cultura, Ana Torres, anunció que el museo abrirá también los domingos en favor de las familias "
    "que no pueden visitarlo entre semana. Las nuevas salas reúnen piezas de la costa norte."
)


def test_the_date_and_time_alone_under_the_lede_date_the_page(tmp_path: Path) -> None:
    page = f"{HEADLINE}\n\n{LEDE}\n\nFotos: Mincul\n\n9 de marzo de 2024 - 11:47 a. m.\n\n{BODY}\n"
    assert published_of(tmp_path, page) == ("2024-03-09", "header")


def test_a_sentence_with_a_date_and_an_hour_under_the_lede_is_no_stamp(tmp_path: Path) -> None:
    sentence = "La inauguración será el 9 de marzo de 2024 a las 11:47 a. m. en la sala principal del museo."
    page = f"{HEADLINE}\n\n{LEDE}\n\nFotos: Mincul\n\n{sentence}\n\n{BODY}\n"
    assert published_of(tmp_path, page)[0] != "2024-03-09"
