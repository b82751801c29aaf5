"""A street named after a date in an address that gives no house number ("Plaza 30 de agosto s/n", sin número;
"Rua 7 de setembro, s/n"): the street's name, not a day, also where the name writes its month in lower case.
Sentences written for the test, on a topic of their own (a clinic)."""

from __future__ import annotations

from conftest import dates_read


def test_an_address_with_no_house_number_is_no_day() -> None:
    assert dates_read("Clínica central: Plaza 30 de agosto s/n, Lima", "es") == []
    assert dates_read("Dirección: Avenida 28 de julio S/N", "es") == []
    assert dates_read("Posto de saúde: Rua 7 de setembro, s/n, Centro", "pt") == []


def test_a_day_beside_a_square_or_with_its_year_stays_a_day() -> None:
    assert dates_read("La clínica abrió en la plaza el 30 de agosto.", "es") == [("30 de agosto", (None, 8, 30))]
    assert dates_read("La Plaza 30 de agosto de 2019 se llenó de vecinos.", "es") == [("30 de agosto de 2019", (2019, 8, 30))]
    assert dates_read("La clínica cerró el 30 de agosto.", "es") == [("30 de agosto", (None, 8, 30))]
