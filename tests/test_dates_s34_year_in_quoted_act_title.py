"""A year inside the guillemets of an act's title, the act's word shortly before them ("Указу Президента … «… на
период 2023–2025 годы»", "le décret « portant plan 2021-2025 »"), is a word of the act's name, as a number is: no
date. A day there, a year outside the title, or a year in a quotation of speech, stays a date. Sentences written
for the test, on a topic of their own (a library)."""

from __future__ import annotations

from conftest import dates_read


def test_a_year_inside_an_act_s_quoted_title_is_no_date() -> None:
    text = "Библиотека работает согласно постановлению мэрии «О программе развития библиотек на 2024–2026 годы»."
    assert dates_read(text, "ru") == []
    text = "Бібліотека працює згідно з Указом Президента «Про стратегію розвитку бібліотек на 2021–2025 роки»."
    assert dates_read(text, "uk") == []
    assert dates_read("La bibliothèque applique le décret « portant plan des lectures 2021-2025 ».", "fr") == []


def test_a_day_or_a_year_outside_the_title_stays_a_date() -> None:
    text = "Закон «О библиотеках на 2024 год» принят 5 мая 2023 года."
    assert dates_read(text, "ru") == [("5 мая 2023", (2023, 5, 5))]
    assert dates_read("Указ «О библиотеке» подписан в 2023 году.", "ru") == [("2023", (2023, None, None))]


def test_a_year_in_a_quotation_of_speech_stays_a_date() -> None:
    assert dates_read("Директор сказал: «В 2023 году библиотека откроется».", "ru") == [("2023", (2023, None, None))]
    assert dates_read("Le maire a dit « en 2021 la bibliothèque a ouvert ».", "fr") == [("2021", (2021, None, None))]


def test_straight_quotes_close_the_title_too() -> None:
    text = 'Библиотека работает в рамках Указа Президента "О программе чтения на 2023–2025 годы".'
    assert dates_read(text, "ru") == []
    text = 'Директор сказал: "В 2023 году библиотека откроется", и Указ "О библиотеке" подписан в 2024 году.'
    assert dates_read(text, "ru") == [("2023", (2023, None, None)), ("2024", (2024, None, None))]
