"""A Spanish weekday with its day of the month after "pasado" or "próximo" ("el pasado martes 10") is that day, as "el
martes 10" is, not a weekday alone; without a day it stays a weekday. Each sentence is written for the test."""

from __future__ import annotations

from conftest import dates_read as read


def test_a_last_weekday_with_its_day_is_that_day() -> None:
    assert read("La feria cerró el pasado martes 10 por la lluvia.", "es") == [("el pasado martes 10", "day-of-month")]
    assert read("La feria abrirá el próximo martes 10 en el centro.", "es") == [("el próximo martes 10", "day-of-month")]


def test_a_last_weekday_alone_stays_a_weekday() -> None:
    assert read("La feria cerró el pasado martes por la lluvia.", "es") == [("el pasado martes", "weekday")]
