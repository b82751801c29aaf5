"""Publication dates a page's head does not state: a note of a statement's issue printed in a later report, a
heading naming a day's statements by their subject's date, a list of related items above the headline, and a
cookie banner told apart from an article's sentence about cookies. Each text is written for the test."""

from __future__ import annotations

import pytest
from briefing.clean import furniture_reason
from conftest import published_of


@pytest.mark.parametrize(
    "text",
    [
        "World news\n\nWAR: Twenty years on\n\nThe statement issued by the White House on 20 March 2003.\n\n"
        "Twenty years on, the veterans met again in Washington. They spoke about the war. The museum opened its doors.\n",
        "Europe\n\nThe treaty at thirty\n\nThe communiqué released by the Council on 7 February 1992.\n\n"
        "Thirty years on, the negotiators met again in Maastricht. They spoke about the night. The town hall was full.\n",
    ],
)
def test_a_note_of_a_past_statements_issue_in_a_report_does_not_date_the_page(tmp_path, text: str) -> None:
    assert published_of(tmp_path, text)[0] is None


def test_a_note_of_this_statements_issue_dates_the_page(tmp_path) -> None:
    text = (
        "Harbour news\n\nFERRY: A new service links the two quays\n\nThis statement was released on 12 June 2023.\n\n"
        "The Harbour Board welcomes the first ferry between the two quays. It will run every hour from Monday.\n"
    )
    assert published_of(tmp_path, text)[0] == "2023-06-12"


def test_a_note_of_issue_on_a_press_releases_own_page_dates_it(tmp_path) -> None:
    text = (
        "Tag: Harbour Board\n\nPRESS RELEASE : New ferry links the two quays\n\n"
        "The press release issued by the Harbour Board on 4 March 2024.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-03-04"


@pytest.mark.parametrize(
    "heading",
    [
        "Déclarations des rescapés de l'attentat du 13 novembre 2015",
        "Declaraciones de las víctimas del atentado del 11 de marzo de 2004",
        "Statements from survivors of the flood of 4 March 2014",
    ],
)
def test_a_heading_naming_a_subjects_day_does_not_date_the_page(tmp_path, heading: str) -> None:
    text = (
        f"Recherche dans les archives\n\n- choisir une date\n\n{heading}\n\nSommaire\n\n"
        "1. Navette du port - La navette relie les deux quais depuis lundi. Elle circule toutes les heures.\n"
    )
    assert published_of(tmp_path, text)[0] is None


def test_a_heading_of_one_days_statements_still_dates_the_page(tmp_path) -> None:
    text = (
        "Recherche dans les archives\n\n- choisir une date\n\n"
        "Déclarations officielles de politique maritime du 3 mai 2024\n\nSommaire\n\n"
        "1. Navette du port - La navette relie les deux quais depuis lundi. Elle circule toutes les heures.\n"
    )
    assert published_of(tmp_path, text)[0] == "2024-05-03"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Похожие статьи\n\nВ Казани открыли новый мост через Волгу\n\n3 апреля 2025\n\n"
            "В Самаре прошёл весенний фестиваль\n\n1 апреля 2025\n\n"
            "В Москве запустили новый маршрут речного трамвая\n\n10 мая 2025\n\n"
            "Новый маршрут речного трамвая связал два берега. Он ходит каждый час. Билеты продают на борту.\n\n"
            "Первый рейс прошёл в понедельник. Пассажиров было много.\n",
            "2025-05-10",
        ),
        (
            "Similar documents\n\nThe town opens a new footbridge\n\nApril 3, 2025\n\n"
            "The harbour market returns for the summer\n\nApril 1, 2025\n\n"
            "The river ferry gets a new evening timetable\n\nMay 10, 2025\n\n"
            "The ferry will run every hour until midnight. Tickets are sold on board. The first boat leaves at six.\n",
            "2025-05-10",
        ),
    ],
)
def test_related_items_above_the_headline_do_not_date_the_page(tmp_path, text: str, expected: str) -> None:
    assert published_of(tmp_path, text)[0] == expected


@pytest.mark.parametrize(
    "line",
    [
        "Diese Website verwendet Cookies ohne echte Wahl, rügten die Verbraucherschützer, weil sie den Nutzern nichts erklärt.",
        "Diese Seite verwendet Cookies ohne Hinweis, kritisierte der Datenschützer, da sie nichts erklärt.",
        "We use cookies to follow readers, the publisher told you in its letter to the regulator, a spokesman said.",
    ],
)
def test_a_reported_sentence_about_cookies_is_text(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies and similar technologies to personalise content and ads, to provide social media features and "
        "to analyse our traffic. We also share information about your use of our site with our social media, "
        "advertising and analytics partners, who may combine it with other information that you have provided to "
        "them or that they have collected from your use of their services. You consent to our cookies if you "
        "continue to use our website. Accept all | Manage settings",
        "We use cookies to give you the best experience on our site. By clicking Accept you agree to our Cookie "
        "Policy (updated 1 May 2024).",
        "Wir verwenden Cookies. Mit Klick auf Akzeptieren stimmen Sie unserer Cookie-Richtlinie (Stand: 2. Mai 2024) zu.",
    ],
)
def test_a_cookie_banner_is_furniture(line: str) -> None:
    assert furniture_reason(line) == "cookie notice"
