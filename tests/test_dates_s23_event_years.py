"""Years named by the events held in them (issue 14): the football European Championship by its name in each
language ("Euro 2024"), a host city of several words between an event's name and its year, and a city whose name
holds a month's. Each text is written for the test, on a topic of its own (a town's football museum)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("The museum shows the ball of Euro 2008 in its hall.", "en"),
        ("El museo muestra el balón de la Eurocopa 2008 en su sala.", "es"),
        ("Le musée montre le ballon de l'Euro 2008 dans sa salle.", "fr"),
        ("Il museo espone il pallone degli Europei 2008 nella sala.", "it"),
        ("O museu mostra a bola da Eurocopa 2008 na sala.", "pt"),
        ("Das Museum zeigt den Ball der Europameisterschaft 2008 im Saal.", "de"),
        ("Музей показывает мяч чемпионата Европы 2008 года в зале.", "ru"),
        ("Музей показує м'яч чемпіонату Європи — 2008 у залі.", "uk"),
        ("يعرض المتحف كرة يورو 2008 في قاعته.", "ar"),
        ("Müze, Avrupa Şampiyonası 2008 topunu salonunda sergiliyor.", "tr"),
    ],
)
def test_the_european_championship_names_its_year(sentence: str, language: str) -> None:
    assert [value for _text, value in dates_read(sentence, language)] == [(2008, None, None)]


def test_an_amount_of_euros_is_no_year() -> None:
    assert dates_read("The museum paid 2000 euros for the ball.", "en") == []


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("El museo guarda la antorcha de los Juegos Olímpicos de Buenos Aires 2018.", "es"),
        ("O museu guarda a tocha dos Jogos Olímpicos do Rio de Janeiro 2016.", "pt"),
        ("El museo guarda la antorcha de los Juegos Olímpicos de Río de Janeiro 2016.", "es"),
    ],
)
def test_a_host_city_of_several_words_keeps_the_year_of_the_games(sentence: str, language: str) -> None:
    year = int(sentence.rstrip(".")[-4:])
    assert [value for _text, value in dates_read(sentence, language)] == [(year, None, None)]


def test_rio_de_janeiro_names_no_january() -> None:
    """Portuguese "Rio de Janeiro" holds "janeiro" (January): before a year it is the city, no month."""
    assert dates_read("O museu do Rio de Janeiro 2016 abriu cedo.", "pt") == []
    assert dates_read("O museu abriu em janeiro de 2016.", "pt") == [("janeiro de 2016", (2016, 1, None))]


def test_a_name_holding_a_day_keeps_no_part_of_it() -> None:
    """The group "Movimento 23 de Março" names no March; a year of the sentence stays."""
    assert dates_read("O Movimento 23 de Março visitou o museu em 2012.", "pt") == [("2012", (2012, None, None))]


def test_a_common_noun_before_the_place_keeps_the_name() -> None:
    """ "Mondiali di calcio di Russia 2018." names the championship, a name the sentence ends on (as before)."""
    assert dates_read("Il museo ricorda i Mondiali di calcio di Russia 2018.", "it") == []
