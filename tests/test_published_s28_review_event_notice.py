"""Review of the weekday's date before a word in capitals: only an act's formula ("VISTO", "WHEREAS") makes it the
page's stamp; a notice's headline in capitals after its event's date ("GRANDE FESTA", "CHARITY CONCERT") leaves the
publication date not stated. Texts written for the test (a village fête)."""

from __future__ import annotations

import pytest
from conftest import published_of


@pytest.mark.parametrize(
    "text",
    [
        "Sabato 12 ottobre 2024 GRANDE FESTA in piazza con musica e cibo per tutti. Ingresso libero.\n\n"
        "Il comune invita tutti i cittadini alla festa del paese.\n",
        "Domenica 3 agosto 2025 SAGRA DEL PESCE sul lungomare con musica dal vivo.\n\nLa pro loco vi aspetta.\n",
        "Saturday 12 October 2024 CHARITY CONCERT at the town hall, doors open at 7pm.\n\n"
        "The council invites every resident to the village fête.\n",
    ],
)
def test_an_event_notice_s_date_is_no_stamp(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text) == (None, "not-stated")


def test_an_act_s_formula_still_makes_the_stamp(tmp_path) -> None:
    text = "sabato 12 ottobre 2024 CONSIDERATO il programma della festa del paese;\n\nSI ORDINA la chiusura della piazza.\n"
    assert published_of(tmp_path, text)[0] == "2024-10-12"
