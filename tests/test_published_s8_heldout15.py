"""The publication date a page states, or none, in layouts of issue 14's fifteenth held-out set (wiki mirrors, "on
this day" pages, blog posts): each header is written for the test, on a topic of its own (a fisheries agreement
signed in Lomé), in at least three languages per rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Monday 4 March 2024 10 05\n", "en"),
        ("Lundi 4 mars 2024 10 05\n", "fr"),
        ("Monday 4 March 2024 10 05\n", "ar"),
    ],
)
def test_a_time_in_spaced_figures_after_a_whole_date_is_no_iso_date(tmp_path: Path, header: str, language: str) -> None:
    # the year closes "4 March 2024": "2024 10 05" is not 5 October
    assert published_of(tmp_path, "Fisheries deal signed\n" + header + LEDE[language]) == ("2024-03-04", "header")


def test_a_stamp_in_spaced_iso_figures_is_still_read(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Fisheries deal signed\n2024 03 04\n" + LEDE["en"]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("opening", "language"),
    [
        ("4 mars 2024, 5h20 du matin.\n", "fr"),
        ("4 March 2024, 5:20 in the morning.\n", "en"),
        ("4 marzo 2024, 5:20 di mattina.\n", "it"),
        ("4 марта 2024 года, 5:20 утра.\n", "ru"),
    ],
)
def test_the_hour_of_what_happened_is_no_stamp(tmp_path: Path, opening: str, language: str) -> None:
    # a time with the part of the day and a full stop tells when the story happened, alone on its line or opening
    # the paragraph
    for name, text in (("line", opening), ("paragraph", opening.strip() + " ")):
        (tmp_path / name).mkdir()
        assert published_of(tmp_path / name, "Fisheries\n" + text + LEDE[language]) == (None, "not-stated")


def test_a_stamps_time_is_still_a_stamp(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Fisheries deal signed\n4 March 2024, 05:20\n" + LEDE["en"]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Balıkçılık anlaşması\nTarih4 Mart 2024\nZaman10:05 - 11:30\n", "tr"),
        ("Accordo sulla pesca\nData4 marzo 2024\nFirmatari12\n", "it"),
        ("Fisheries agreement\nDate4 March 2024\nTime10:05 - 11:30\n", "en"),
        ("توافق ماهیگیری\nتاریخ4 مارس 2024\nزمان10:05 - 11:30\n", "fa"),
    ],
)
def test_glued_infobox_rows_date_the_subject_not_the_page(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == (None, "not-stated")


def test_one_byline_glued_to_its_date_is_still_the_pages(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Fisheries deal signed\nAma Mensah4 March 2024\n" + LEDE["en"]) == ("2024-03-04", "header")


@pytest.mark.parametrize("name", ["Lomé harbour 2024-03-04 0600Z.jpg", "Port de Lomé 2024-03-04.png", "Лом 2024-03-04.svg"])
def test_a_media_files_name_states_no_date(tmp_path: Path, name: str) -> None:
    assert published_of(tmp_path, f"Fisheries agreement\n{name}\n" + LEDE["en"]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Back to the index\n4 March 2024 Lomé fisheries agreement\n", "en"),
        ("Retour au sommaire\n4 mars 2024 accord de pêche de Lomé\n", "fr"),
        ("Torna all'indice\n4 marzo 2024 accordo sulla pesca di Lomé\n", "it"),
    ],
)
def test_a_heading_the_lede_repeats_names_the_subject(tmp_path: Path, header: str, language: str) -> None:
    lede = {
        "en": "The 4 March 2024 Lomé fisheries agreement was signed by four coastal states after a long night.\n",
        "fr": "Le 4 mars 2024 accord de pêche de Lomé a été signé par quatre États côtiers après une longue nuit.\n",
        "it": "Il 4 marzo 2024 accordo sulla pesca di Lomé è stato firmato da quattro Stati costieri dopo una notte.\n",
    }[language]
    assert published_of(tmp_path, header + lede) == (None, "not-stated")


def test_a_post_quoting_an_encyclopedia_keeps_its_date(tmp_path: Path) -> None:
    text = (
        "Monday, March 04, 2024\n\nLomé fisheries agreement\n\n"
        'Lomé fisheries agreement - Wikipedia, the free encyclopedia: "The Lomé fisheries agreement was signed by '
        'four coastal states after a long night of talks."\n' + LEDE["en"]
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_an_encyclopedias_own_tagline_still_states_no_date(tmp_path: Path) -> None:
    text = "Lomé fisheries agreement\nFrom Wikipedia, the free encyclopedia\nMonday, March 04, 2024\n" + LEDE["en"]
    assert published_of(tmp_path, text) == (None, "not-stated")


@pytest.mark.parametrize(
    ("lede", "language"),
    [
        ("Уряд схвалив угоду про рибальство після довгої ночі переговорів із сусідами.Mar 4, 2024\n", "uk"),
        ("Правительство одобрило соглашение о рыболовстве после долгой ночи переговоров.Mar 4, 2024\n", "ru"),
        ("The government approved the fisheries agreement after a long night of talks.March 4, 2024\n", "en"),
    ],
)
def test_a_date_glued_to_the_ledes_full_stop_is_the_pages(tmp_path: Path, lede: str, language: str) -> None:
    text = "Fisheries\n" + lede + "\n" + LEDE[language]
    assert published_of(tmp_path, text) == ("2024-03-04", "header")
