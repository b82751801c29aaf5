"""The publication date a page states, or none, in header layouts the twenty-second held-out set showed and other
sets share (a stamp beside its Hijri date, a site's address in a stamp's row, a place a full stop closes, a month
glued to the headline, a credit closing the lede, a dateline under a photo's credit, a stamp in parentheses), and a
date of Arabic prose that is none: each header is written for the test, on a topic of its own (a fisheries agreement
signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of

NOT_STATED = (None, "not-stated")


def test_a_stamp_beside_its_hijri_date_is_the_pages_under_the_sites_clock(tmp_path: Path) -> None:
    # the site's clock above its name, then the headline and the article's stamp, the Hijri day beside it (20
    # Jumada al-Awwal 1445 is 4 December 2023), written without the ordinal's article as sites stamp it
    text = (
        "الخميس 31 يوليو 2025 10:05 مـ 5 صفر 1447 هـ\nجريدة الساحل\n\n"
        "الحكومة توافق على اتفاق الصيد البحري مع الجيران في لومي\n\n"
        "الإثنين 4 ديسمبر 2023 10:05 صـ 20 جمادى أول 1445 هـ\n\n" + LEDE["ar"]
    )
    assert published_of(tmp_path, text) == ("2023-12-04", "header")


def test_a_date_in_figures_inside_arabic_prose_is_no_stamp(tmp_path: Path) -> None:
    # a preposition glued to the date ("ف2024/3/4"), words of a sentence before it: what the text reports
    text = "أعلنت الحكومة في لومي ف2024/3/4 موافقتها على اتفاق الصيد البحري مع الجيران بعد ليلة طويلة من المفاوضات.\n"
    assert published_of(tmp_path, text) == NOT_STATED


def test_a_date_in_figures_after_an_arabic_datelines_place_is_the_pages(tmp_path: Path) -> None:
    text = "لومي 04-03-2024 وافقت الحكومة على المرسوم الخاص بالصيد البحري بعد ليلة طويلة من المفاوضات مع الشركاء.\n"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_sites_address_before_its_stamp_is_no_tables_row(tmp_path: Path) -> None:
    # the stamp wins over the agency's dateline of the day before, in the text
    text = (
        "El gobierno firma el acuerdo de pesca en Lomé\n\nexample.com| 2024-03-04 10:05:00|\n\n"
        "LOMÉ, 3 mar (Agencia) -- El gobierno aprobó el acuerdo de pesca tras una larga noche de negociaciones.\n"
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Lomé. 4 de marzo de 2024. El gobierno aprobó el acuerdo de pesca tras una larga noche de negociaciones.", "es"),
        ("Lomé. 4 mars 2024. Le gouvernement a approuvé l'accord de pêche après une longue nuit de négociations.", "fr"),
    ],
)
def test_a_place_a_full_stop_closes_then_a_date_of_its_own_is_a_dateline(tmp_path: Path, text: str, language: str) -> None:
    assert published_of(tmp_path, text + "\n") == ("2024-03-04", "dateline")


@pytest.mark.parametrize(
    ("headline", "language"),
    [
        ("Fisheries agreement signed in LoméMarch 4, 2024 10:05", "en"),
        ("Fisheries agreement signed in LoméMonday, March 4, 2024", "en"),
        ("Accordo sulla pesca firmato a Lomé4 marzo 2024 10:05", "it"),
        ("Balıkçılık anlaşması Lomé'de imzalandı4 Mart 2024 10:05", "tr"),
        ("Соглашение о рыболовстве подписано в Ломе4 марта 2024, 10:05", "ru"),
    ],
)
def test_a_stamp_glued_to_the_headline_is_the_pages(tmp_path: Path, headline: str, language: str) -> None:
    # the scraper joined the headline and the stamp under it: a lower-case letter, then a month's, a weekday's name
    # or the day's figures
    assert published_of(tmp_path, f"{headline}\n\n{LEDE[language]}") == ("2024-03-04", "header")


def test_a_code_before_a_month_is_no_glued_stamp(tmp_path: Path) -> None:
    # "MH17": a capital before the figures, a name's
    assert published_of(tmp_path, "Remembering the downing of MH17 July 2014\n\n" + LEDE["en"]) == NOT_STATED


def test_a_headline_that_reports_a_date_is_no_stamp(tmp_path: Path) -> None:
    # set apart by a space, the date is what the headline tells
    text = "Fisheries agreement to be signed in Lomé on March 4, 2024\n\n" + LEDE["en"]
    assert published_of(tmp_path, text) != ("2024-03-04", "header")


def test_a_numeric_date_and_the_outlets_name_closing_the_lede_are_its_credit(tmp_path: Path) -> None:
    text = (
        "Accord de pêche à Lomé\n\nLe port de Lomé le jour de la signature, selon les images d'un correspondant de "
        "l'agence. 04.03.2024, Agence Lomé\n\n" + LEDE["fr"]
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_date_in_figures_inside_the_ledes_sentence_is_no_credit(tmp_path: Path) -> None:
    text = "Accord de pêche à Lomé\n\nLe gouvernement a signé l'accord le 04.03.2024, à Lomé, avec ses voisins.\n"
    assert published_of(tmp_path, text) == NOT_STATED


def test_a_dateline_under_a_photos_credit_is_the_pages(tmp_path: Path) -> None:
    # the scraper glued the caption and its credit over the agency's dateline, which states no year
    text = (
        "The harbour of Lomé on the day the agreement was signed. Photo courtesy FAO March 4 (AP) -- The government "
        "approved the fisheries agreement after a long night of talks with its neighbours.\n"
    )
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


def test_a_stamp_in_parentheses_under_a_teaser_is_the_pages(tmp_path: Path) -> None:
    # the site's teaser, cut short, then the stamp opening the next paragraph
    text = (
        "Il governo ha approvato l'accordo sulla pesca dopo una lunga notte di trattative con i vicini. Lo riportano "
        "i media locali, citando il ministero della pesca e le associazioni dei pescatori del\n\n"
        "(Di lunedì 4 marzo 2024) Lomé, 4 marzo 2024 - Il governo ha approvato l'accordo.\n\n" + LEDE["it"]
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_stamp_in_parentheses_after_a_headline_with_a_full_stop_is_the_pages(tmp_path: Path) -> None:
    text = (
        "Accordo sulla pesca a Lomé. Il ministro: «Una giornata storica» (Di lunedì 4 marzo 2024) Il governo ha "
        "approvato l'accordo sulla pesca dopo una lunga notte di trattative con i vicini.\n"
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_date_in_parentheses_inside_a_sentence_is_no_stamp(tmp_path: Path) -> None:
    text = (
        "Il ministro ha parlato ai giornalisti. Il governo ha firmato l'accordo (lunedì 4 marzo 2024) e ha parlato "
        "di una giornata storica per la pesca.\n"
    )
    assert published_of(tmp_path, text) == NOT_STATED
