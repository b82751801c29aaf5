"""An act's or communiqué's title that names its own date ("COMUNICADO DO CONSELHO DE MINISTROS DE 5 DE MARÇO DE
2019", "Ordinanza n. 7 del 12 aprile 2022", "Рішення № 40 від 3 травня 2021 року"): the title opens on the act's
word, the language's "of" joins it to a whole date that closes it, and that date is the page's. A headline
reporting an act names it after other words, and a related document's title further down is not the page's. And a
date line over the title that carries the clock time it was posted at is the page's stamp, even when the text
restates the day ("Сьогодні, 3 травня 2021 року, …"). Each text is written for the test."""

from __future__ import annotations

import pytest
from conftest import published_of

COUNCIL_PT = "O Conselho aprovou hoje o regulamento das feiras municipais. A medida entra em vigor no próximo mês.\n"
ORDER_IT = "Il sindaco dispone la chiusura del parco comunale per lavori di manutenzione straordinaria.\n"
DECISION_UK = "Міська рада ухвалила програму ремонту доріг. Роботи розпочнуться влітку.\n"


@pytest.mark.parametrize(
    ("title", "text", "date"),
    [
        ("COMUNICADO DO CONSELHO DE MINISTROS DE 5 DE MARÇO DE 2019", COUNCIL_PT, "2019-03-05"),
        ("EDITAL Nº 3/2019, DE 5 DE MARÇO DE 2019", COUNCIL_PT, "2019-03-05"),
        ("Ordinanza n. 7 del 12 aprile 2022", ORDER_IT, "2022-04-12"),
        ("Рішення № 40 від 3 травня 2021 року", DECISION_UK, "2021-05-03"),
    ],
)
def test_an_acts_title_with_its_own_date_dates_the_page(tmp_path, title: str, text: str, date: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] == date


@pytest.mark.parametrize(
    ("title", "text"),
    [
        ("Governo aprova decreto de 5 de março de 2019", COUNCIL_PT),  # a headline reporting an act
        ("Decreto de 5 de março de 2019 muda as regras das feiras", COUNCIL_PT),  # the date does not close it
        ("Ordinanza n. 7", ORDER_IT),  # no date
    ],
)
def test_a_headline_reporting_an_act_gives_no_date(tmp_path, title: str, text: str) -> None:
    assert published_of(tmp_path, f"{title}\n\n{text}")[0] is None


def test_a_posted_stamp_over_the_title_dates_the_page_though_the_text_restates_the_day(tmp_path) -> None:
    head = "3 травня 2021, 14:05\n\nЗаява пресслужби\n\n"
    text = "Сьогодні, 3 травня 2021 року, міська рада ухвалила програму ремонту доріг. Роботи розпочнуться влітку.\n"
    assert published_of(tmp_path, head + text)[0] == "2021-05-03"


def test_a_chronicles_day_over_its_event_is_still_no_stamp(tmp_path) -> None:
    head = "3 травня 2021\n\nДень міста\n\n"
    text = "3 травня 2021 року в місті пройшло свято. Гості приїхали з усієї області.\n"
    assert published_of(tmp_path, head + text)[0] is None
