"""A capital named as a journey's destination or origin ("con destino a Nairobi", "diretto a Kiev", "il decollo da
Parigi", "in Richtung Moskau", "à destination de Rome") or as the point a distance is measured from ("a 180 km da
Mosca", "в 600 километрах от Тегерана") is the place, and names no state; "a", "da" and "international" are looked
past ("el aeropuerto internacional de Madrid"). The same capital acting, or after a verb that takes it as its object
("pidió a Moscú", "la decisión de Moscú"), still names its state. Sentences written for the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import mentions_of


@pytest.mark.parametrize(
    ("text", "capital"),
    [
        ("El avión despegó por la mañana con destino a Nairobi y llevaba a bordo a 150 pasajeros.", "Nairobi"),
        ("Los blindados se pusieron en marcha camino a Moscú durante la noche del sábado.", "Moscú"),
        ("El vuelo se estrelló minutos después de haber despegado de Yakarta, sin dejar supervivientes.", "Yakarta"),
        ("Los pasajeros esperaban en el aeropuerto internacional de Madrid desde primera hora.", "Madrid"),
        ("Il volo era diretto a Kiev e trasportava 176 persone tra passeggeri e membri dell'equipaggio.", "Kiev"),
        ("L'aereo è precipitato poco dopo il decollo da Parigi con a bordo duecento passeggeri.", "Parigi"),
        ("Il velivolo è caduto nella regione di Tver, a circa 180 km da Mosca, secondo i soccorritori.", "Mosca"),
        ("Il razzo è caduto a 1,5 km dall'aeroporto internazionale di Beirut, secondo la protezione civile.", "Beirut"),
        ("O avião caiu no mar pouco depois de descolar de Lisboa, com 120 pessoas a bordo.", "Lisboa"),
        ("O voo seguia com destino a Pequim quando desapareceu dos radares durante a madrugada.", "Pequim"),
        ("Die Kolonne setzte am Abend ihren Marsch in Richtung Moskau fort, berichteten Augenzeugen.", "Moskau"),
        ("Le train à destination de Rome a été arrêté en gare pendant plus de deux heures.", "Rome"),
        ("Эпицентр землетрясения находился в 600 километрах от Тегерана, сообщили сейсмологи.", "Тегерана"),
    ],
)
def test_a_journeys_capital_is_the_place(tmp_path: Path, text: str, capital: str) -> None:
    assert capital not in mentions_of(tmp_path, text)


@pytest.mark.parametrize(
    ("text", "capital", "state"),
    [
        ("El ministro pidió a Moscú que respetara el acuerdo firmado la semana pasada en la frontera.", "Moscú", "russia"),
        ("La decisión de Moscú de suspender el acuerdo sorprendió a los socios europeos.", "Moscú", "russia"),
        ("Moscú respondió el lunes con nuevas sanciones contra los diplomáticos expulsados.", "Moscú", "russia"),
        ("La risposta di Mosca è arrivata dopo poche ore con una nota del ministero degli Esteri.", "Mosca", "russia"),
        ("A proposta foi rejeitada por Pequim, que acusou os vizinhos de provocação deliberada.", "Pequim", "china"),
    ],
)
def test_an_acting_capital_still_names_its_state(tmp_path: Path, text: str, capital: str, state: str) -> None:
    assert mentions_of(tmp_path, text).get(capital) == state
