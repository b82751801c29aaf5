"""An official document's own date in its heading: an act's title whose number follows its date, as Russian and
Ukrainian titles write it ("Постановление Администрации … от 16.03.2024 № 112-а"), an act's title that is the
text's first paragraph under a masthead the loader read as the headline, and a gazette's issue named with its date
("Diario Oficial de la Provincia de … del 5/3/2024"). A headline that reports an act, or an act's title with other
words after its date or number, dates no page. Every title and text is written for the test (a town's library)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.published import _act_title
from conftest import published_of


@pytest.mark.parametrize(
    ("title", "language", "date"),
    [
        ("Постановление Администрации Заречного района от 16.03.2024 № 112-а", "ru", "2024-03-16"),
        ("Рішення Заріченської міської ради від 16 березня 2024 року № 837-42/8", "uk", "2024-03-16"),
        ("Постановление Администрации Заречного района от 16.03.2024", "ru", "2024-03-16"),
    ],
)
def test_an_acts_title_dates_it_with_its_number_after_the_date(title: str, language: str, date: str) -> None:
    found = _act_title(title, language)
    assert found is not None and found.date == date


@pytest.mark.parametrize(
    ("title", "language"),
    [
        # words after the act's number: a headline about it, not its title
        ("Постановление Администрации от 16.03.2024 № 112-а о работе библиотеки", "ru"),
        # a number with no number sign is a count of the text, no act's number
        ("Рішення міської ради від 16 березня 2024 року 837 бібліотек", "uk"),
    ],
)
def test_other_words_after_the_date_make_no_acts_title(title: str, language: str) -> None:
    assert _act_title(title, language) is None


def test_an_acts_title_opening_the_text_under_a_masthead_dates_the_page(tmp_path: Path) -> None:
    page = (
        "Município de Rio Claro\nEstado de São Paulo\n\nRESOLUÇÃO Nº 4/24, DE 12 DE MARÇO DE 2024.\n\n"
        "(Dispõe sobre o horário da biblioteca municipal).\n\n"
        "A biblioteca municipal passa a abrir também aos sábados, das nove às treze horas.\n"
    )
    assert published_of(tmp_path, page) == ("2024-03-12", "header")


def test_a_paragraph_reporting_an_act_dates_no_page(tmp_path: Path) -> None:
    page = (
        "Município de Rio Claro\nEstado de São Paulo\n\nResolução amplia o horário da biblioteca de 12 de março de 2024.\n\n"
        "A biblioteca municipal passa a abrir também aos sábados, das nove às treze horas.\n"
    )
    assert published_of(tmp_path, page)[0] is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Diario Oficial de la Provincia de Teruel del 5/3/2024", "2024-03-05"),
        ("Boletín Oficial de la Provincia de Teruel - 5 de marzo de 2024", "2024-03-05"),
    ],
)
def test_a_gazettes_issue_dates_the_page(tmp_path: Path, line: str, date: str) -> None:
    page = f"{line}\n\nLa biblioteca municipal abrirá también los sábados desde la próxima semana.\n"
    assert published_of(tmp_path, page)[0] == date
