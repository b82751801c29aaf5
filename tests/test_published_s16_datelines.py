"""The publication date a page states in datelines of forms the sixteenth session's open sets showed: a dateline
printed twice (over the text and again opening it), a month's name between slashes in a site's stamp, a Spanish-
language agency's dateline closed by a full stop and a hyphen, and a colon after the place or the date. Each page
is written for the test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("dateline", "language"),
    [
        ("LOMÉ, 04.03.2024 /Agence/.", "fr"),
        ("ЛОМЕ, 04.03.2024 /Агентство/.", "ru"),
    ],
)
def test_a_dateline_printed_twice_is_the_pages_date(tmp_path: Path, dateline: str, language: str) -> None:
    # the site prints the dateline under the headline and again at the head of the text
    text = f"Accord de pêche à Lomé\n{dateline}\n\n{dateline} {LEDE[language]}\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "dateline")


def test_a_date_heading_a_chronicle_is_still_no_pages_date(tmp_path: Path) -> None:
    # a chronicle's heading restated inside the lede's sentence is the day of what it reports
    text = "Chronologie\n4 mars 2024\n\nLe 4 mars 2024, le gouvernement a approuvé l'accord de pêche avec ses voisins.\n"
    assert published_of(tmp_path, text)[0] is None


@pytest.mark.parametrize(
    ("stamp", "language"),
    [
        ("الاثنين 04/مارس/2024 - 10:05 ص", "ar"),
        ("Monday 04/Mar/2024 - 10:05", "en"),
    ],
)
def test_a_month_name_between_slashes_is_read(tmp_path: Path, stamp: str, language: str) -> None:
    text = f"Lomé\n\nFisheries deal signed\n\n{stamp}\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_slashed_month_stamp_under_the_sites_clock_gives_the_earlier_date(tmp_path: Path) -> None:
    # the site's clock above the headline shows today; the article's stamp under it is older
    text = f"الخميس 10 أبريل 2025\n\nاتفاق الصيد في لومي\n\nالاثنين 04/مارس/2024 - 10:05 ص\n{LEDE['ar']}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    "opening",
    [
        "Ciudad de México 04/03/2024.- El gobierno aprobó el acuerdo de pesca tras una larga noche de negociaciones.",
        "Santa Cruz de la Sierra 4 de marzo de 2024.- El gobierno aprobó el acuerdo de pesca tras una larga noche.",
    ],
)
def test_a_full_stop_and_hyphen_close_a_spanish_dateline(tmp_path: Path, opening: str) -> None:
    text = f"Acuerdo de pesca firmado\n\n{opening}\n\n{LEDE['es']}"
    assert published_of(tmp_path, text) == ("2024-03-04", "dateline")


@pytest.mark.parametrize(
    "opening",
    [
        "Hasta el 04/03/2024.- El gobierno aprobó el acuerdo de pesca tras una larga noche de negociaciones.",
        "El 04/03/2024.- El gobierno aprobó el acuerdo de pesca tras una larga noche de negociaciones.",
    ],
)
def test_a_clause_before_a_full_stop_and_hyphen_is_no_place(tmp_path: Path, opening: str) -> None:
    text = f"Acuerdo de pesca firmado\n\n{opening}\n\n{LEDE['es']}"
    assert published_of(tmp_path, text)[1] != "dateline"


@pytest.mark.parametrize(
    ("opening", "language", "expected"),
    [
        ("LOMÉ: March 4, 2024 — The government approved the fisheries agreement after a long night.", "en", "2024-03-04"),
        ("Lomé : 4 mars 2024 — Le gouvernement a approuvé l'accord de pêche après une longue nuit.", "fr", "2024-03-04"),
    ],
)
def test_a_colon_after_the_place_opens_a_dateline(tmp_path: Path, opening: str, language: str, expected: str) -> None:
    text = f"Fisheries deal signed\n\n{opening}\n\n{LEDE[language]}"
    assert published_of(tmp_path, text) == (expected, "dateline")


def test_a_dateline_alone_closed_by_a_colon(tmp_path: Path) -> None:
    # the dateline on a line of its own, its text below: the day without its year
    text = f"Fisheries deal signed\n\nLOMÉ, Mar 4:\n\n{LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


@pytest.mark.parametrize(
    "opening",
    [
        # a photo agency's caption writes its colon before the caption's words, on the same line
        "LOMÉ, TOGO, MARCH 4: Fishermen gather on the beach after the agreement was signed.",
        # a stamp's label is no place
        "Updated: March 4, 2024 — The government approved the fisheries agreement after a long night.",
    ],
)
def test_a_caption_or_a_label_before_a_colon_is_no_dateline(tmp_path: Path, opening: str) -> None:
    text = f"Fisheries deal signed\n\n{opening}\n\n{LEDE['en']}"
    assert published_of(tmp_path, text)[1] != "dateline"


@pytest.mark.parametrize("widget", ["76 %", "31,96 -0,29%", "12:21"])
def test_a_widgets_figures_open_no_text(tmp_path: Path, widget: str) -> None:
    # a weather or exchange-rate widget's figures the loader took for the first paragraph: the dateline opens the next
    text = f"+12°\n{widget}\nFisheries deal signed\n\nLOMÉ, March 4 (Agency) — {LEDE['en']}\n{LEDE['en']}"
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


@pytest.mark.parametrize(
    ("widgets", "under_lede"),
    [
        # an exchange-rate widget above the headline, the site's labelled stamp under the lede
        (
            "Markets 100\n8.991,6 0%\nDOLLAR\n31,96 -0,29%\nEURO\n34,49 -0,2%\nGOLD\n2.322,44 -0,7%",
            "\nYayın Tarihi: 04.03.2024 10:05\n",
        ),
        # the headline again under the lede, then the stamp with its time
        ("Dollar (USD)\n34.57\nEuro (EUR)\n36.00\nGold\n3017.21", "Fisheries deal signed in Lomé\n4 March 2024 10:05:00\n"),
    ],
)
def test_a_stamp_on_a_short_line_under_the_lede(tmp_path: Path, widgets: str, under_lede: str) -> None:
    lede = LEDE["en"]
    text = f"{widgets}\n\nFisheries deal signed in Lomé\n\n{lede}{under_lede}\n{lede}\n{lede}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_byline_with_its_date_under_the_lede(tmp_path: Path) -> None:
    lede = LEDE["en"]
    text = f"Fisheries deal signed in Lomé\n\n{lede}\nby Lomé Weekly, Lomé Mar 4, 2024\n\n{lede}\n{lede}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(("stamp", "expected"), [("/2024.3.4/", "2024-03-04"), ("/04.03.2024/", "2024-03-04")])
def test_a_date_alone_between_slashes_opens_the_text(tmp_path: Path, stamp: str, expected: str) -> None:
    lede = LEDE["en"]
    text = f"Fisheries deal signed in Lomé\n\n{stamp} {lede}\n{lede}"
    assert published_of(tmp_path, text) == (expected, "header")


def test_an_agency_between_slashes_is_no_date(tmp_path: Path) -> None:
    lede = LEDE["en"]
    text = f"Fisheries deal signed in Lomé\n\n/Agency News/ {lede}\n{lede}"
    assert published_of(tmp_path, text)[0] is None
