"""The publication date a page states, in layouts of issue 14's twelfth held-out set and of the bg/hr/th/ur set:
each header is written for the test, on a topic of its own (a fisheries agreement signed in Lomé), and the rules
for languages with no data file are tried in languages of none of the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Fisheries deal signed in Lomé\n— Lomé Weekly (@lomeweekly) March 4, 2024\n\n", "en"),
        ("Accord de pêche signé à Lomé\n— Hebdo Lomé (@hebdolome) 4 mars 2024\n\n", "fr"),
        ("Fisheries deal signed in Lomé\nLomé Weekly (@lomeweekly) 4 March 2024\n\n", "en"),
    ],
)
def test_a_quoted_posts_signature_is_not_the_pages_date(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == (None, "not-stated")


def test_the_same_line_without_a_handle_is_the_pages_stamp(tmp_path: Path) -> None:
    header = "Fisheries deal signed in Lomé\nLomé Weekly March 4, 2024\n\n"
    assert published_of(tmp_path, header + LEDE["en"]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # a label glued to a range whose first part the grammar of a language with no data file does not read
        ("Ribolovni sporazum\nDatum4. marec - 19. april 2024\n\n", "sl"),
        ("Kalandusleping\nKuupäev4. märts - 19. aprill 2024\n\n", "et"),
        ("Zvejas līgums\nDatums4. marts - 19. aprīlis 2024\n\n", "lv"),
    ],
)
def test_a_ranges_second_part_is_not_the_pages_date(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a heading naming an event and its date, above the headline: what the page is about
        ("Sommet pêche Lomé 4 mars 2024\n\nLes pêcheurs saluent l'accord\n\n", "fr", (None, "not-stated")),
        ("Fisheries summit Lomé 4 March 2024\n\nFishermen welcome the deal\n\n", "en", (None, "not-stated")),
        ("Cumbre de pesca en Lomé 4 de marzo de 2024\n\nLos pescadores celebran el acuerdo\n\n", "es", (None, "not-stated")),
        # a section's name before the site's stamp, or glued to it, is the page's date
        ("Afrique 4 mars 2024\n\nLes pêcheurs saluent l'accord\n\n", "fr", ("2024-03-04", "header")),
        ("Afrique4 mars 2024\n\nLes pêcheurs saluent l'accord\n\n", "fr", ("2024-03-04", "header")),
    ],
)
def test_an_events_heading_above_the_headline_is_not_the_pages_date(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # a date line under the headline that the lede states again as the day of what it reports
        ("渔业协定在洛美签署\n2024年3月4日\n当地时间2024年3月4日，政府批准了渔业协定。该协定下月生效。\n", (None, "not-stated")),
        (
            "Fisheries deal signed in Lomé\n4 March 2024\n"
            "It was on 4 March 2024 that the government approved the fisheries agreement after a long night of talks.\n",
            (None, "not-stated"),
        ),
        (
            "Соглашение о рыболовстве\n4 марта 2024\n"
            "Именно 4 марта 2024 года правительство одобрило соглашение о рыболовстве после долгой ночи переговоров.\n",
            (None, "not-stated"),
        ),
        # the site's stamp over a lede that states no such date is the page's
        ("渔业协定在洛美签署\n2024年3月4日\n政府在一整夜的谈判后批准了渔业协定。该协定下月生效。\n", ("2024-03-04", "header")),
    ],
)
def test_a_date_line_the_lede_restates_heads_the_event(tmp_path: Path, text: str, stated: tuple[str | None, str]) -> None:
    assert published_of(tmp_path, text) == stated


# a dateline opening a lede of under 25 words that no full stop closes (as a script without full stops writes it):
# the loader takes it for the headline
LEDES_AS_HEADLINES = {
    "et": "TALLINN, 4. märts – Valitsus kiitis pärast pikka läbirääkimiste ööd naabritega heaks kalanduslepingu "
    "rannikuvete kohta ning kalurid tervitasid uusi püügikvoote rõõmuga",
    "ms": "KUALA LUMPUR, 4 Mac – Kerajaan meluluskan perjanjian perikanan selepas rundingan sepanjang malam dengan "
    "negara jiran dan para nelayan menyambut baik kuota baharu",
    "sr": "BEOGRAD, 4. mart – Vlada je posle dugotrajnih noćnih pregovora sa susedima potvrdila sporazum o ribolovu "
    "u priobalnim vodama i pozdravila nove ribolovne kvote",
}


@pytest.mark.parametrize("language", ["et", "ms", "sr"])
def test_a_dateline_opening_a_lede_taken_for_the_headline(tmp_path: Path, language: str) -> None:
    text = f"{LEDES_AS_HEADLINES[language]}\n\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


def test_a_headline_that_goes_on_after_its_dateline_is_no_dateline(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Lomé, 4 March – a year on\n\n" + LEDE["en"]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # a published label and a colon closing the date, the verb last
        ("Dieser Artikel wurde am 04.03.2024 veröffentlicht: " + LEDE["de"], ("2024-03-04", "header")),
        ("Bu haber 4 Mart 2024 tarihinde yayınlandı: " + LEDE["tr"], ("2024-03-04", "header")),
        ("این خبر در 4 مارس 2024 منتشر شده: " + LEDE["fa"], ("2024-03-04", "header")),
        # a sentence reporting a publication ends with a full stop
        ("Die Studie zur Fischerei wurde am 04.03.2024 veröffentlicht. " + LEDE["de"], (None, "not-stated")),
    ],
)
def test_a_date_that_a_published_label_closes(tmp_path: Path, text: str, stated: tuple[str | None, str]) -> None:
    assert published_of(tmp_path, text)[0] == stated[0]
