"""The publication date a page states, or none, in layouts of issue 14's seventeenth held-out set (a site's stamps
closed by a bar, fields parted by a rule of dashes, ISO dates over a lede that restates them, Chinese agencies'
cables under a caption or annotated in pinyin by a mirror, a headline that opens with its date, a wiki's revision
line, a stamp under the text's first paragraph, a byline beside a software's date): each header is written for the
test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("stamps", "language"),
    [
        ("04.03.2024 | Stand 05.03.2024, 10:05 Uhr |", "de"),
        ("04.03.2024 | 05.03.2024, 10:05 |", "fr"),
        ("2024-03-04 10:05 | Обновлено 2024-03-05 |", "ru"),
    ],
)
def test_a_row_of_stamps_closed_by_a_bar_is_no_table(tmp_path: Path, stamps: str, language: str) -> None:
    # the date the page went up and a later revision, each in its cell: the earliest is the page's
    text = f"Lomé\n\nFischereiabkommen unterzeichnet\n\n{stamps}\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        (
            "خبرگزاری ساحل 14 اسفند 1402 ساعت 10:05 -------------------- عنوان : توافق ماهیگیری -------------------- "
            "متن : دولت پس از یک شب طولانی مذاکره با همسایگان، توافق ماهیگیری را تصویب کرد.",
            "fa",
        ),
        (
            "Lomé Weekly 4 March 2024 10:05 ---------- Title : Fisheries deal signed ---------- Text : The government "
            "approved the fisheries agreement after a long night of talks with its neighbours.",
            "en",
        ),
    ],
)
def test_a_rule_of_dashes_parts_a_headers_fields(tmp_path: Path, header: str, language: str) -> None:
    # 14 Esfand 1402 is 4 March 2024
    assert published_of(tmp_path, f"{header}\n\n{LEDE[language]}") == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("lede", "language"),
    [
        ("Il 4 marzo 2024 il governo ha approvato l'accordo sulla pesca dopo una lunga notte di trattative.", "it"),
        ("Hükümet 4 Mart 2024 günü balıkçılık anlaşmasını uzun bir müzakere gecesinin ardından onayladı.", "tr"),
    ],
)
def test_an_iso_date_line_is_a_stamp_though_the_lede_restates_it(tmp_path: Path, lede: str, language: str) -> None:
    # ISO's figures are software's: no heading of an event, which writes its date as prose does
    text = f"Accordo sulla pesca\n\n2024-03-04\n{lede}\n"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_cable_whose_agency_a_mirror_annotates_in_pinyin(tmp_path: Path) -> None:
    text = "渔业协定在洛美签署\n中新網(wǎng)3月4日電 政府在一整夜的谈判后批准了渔业协定,該協(xié)定下月生效。\n"
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


def test_a_cable_under_a_photos_caption(tmp_path: Path) -> None:
    text = (
        "渔业协定在洛美签署\n"
        "政府官员在洛美签署渔业协定,协定将在下月生效,港口的渔民对此表示欢迎。这是2024年2月3日的资料照片。新华社发\n"
        "新华网洛美3月4日电(记者某某)政府在一整夜的谈判后批准了渔业协定。该协定下月生效。\n"
    )
    assert published_of(tmp_path, text) == ("--03-04", "dateline")


@pytest.mark.parametrize(
    ("headline", "language"),
    [("4 mars 2024, ce qui a changé...", "fr"), ("4 March 2024, what happened", "en"), ("4 marzo 2024, cosa è successo", "it")],
)
def test_a_headline_that_opens_with_its_date_is_no_stamp(tmp_path: Path, headline: str, language: str) -> None:
    assert published_of(tmp_path, f"Menu\n\n{headline}\n\n{LEDE[language]}") == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Fisheries in Lomé: difference between revisions\nRevision as of 07:23, 7 October 2023", "en"),
        ("Рибальство в Ломе: відмінності між версіями\nПоточна версія на 07:23, 7 жовтня 2023", "uk"),
    ],
)
def test_a_wikis_revision_line_of_an_older_text_is_not_its_date(tmp_path: Path, header: str, language: str) -> None:
    text = {
        "en": "The fisheries agreement was signed in Lomé on 4 March 2014 after a long night of talks.",
        "uk": "Угоду про рибальство підписали в Ломе 4 березня 2014 року після довгої ночі переговорів.",
    }[language]
    assert published_of(tmp_path, f"{header}\n{text}\n") == (None, "not-stated")


def test_a_ukrainian_last_update_line(tmp_path: Path) -> None:
    text = f"Угоду про рибальство підписано\nОстаннє поновлення: понеділок, 04 березня 2024 р., 10:05 GMT\n{LEDE['uk']}"
    assert published_of(tmp_path, text) == ("2024-03-04", "updated-line")


@pytest.mark.parametrize("language", ["zh", "en"])
def test_a_bare_stamp_under_the_texts_paragraph_is_not_the_pages(tmp_path: Path, language: str) -> None:
    paragraph = {
        "zh": "政府在一整夜的谈判后批准了渔业协定。该协定下月生效。渔民对此表示欢迎。港口将扩建。",
        "en": "The government approved the fisheries deal. It takes effect next month. Fishermen welcomed it. The port grows.",
    }[language]
    assert published_of(tmp_path, f"{paragraph}\n\n2024-03-04 10:05\n{LEDE[language]}") == (None, "not-stated")


@pytest.mark.parametrize(
    ("byline", "language"),
    [("María López 04 Marzo 2024 en Diario", "es"), ("Maria Rossi 04 Marzo 2024 su Gazzetta", "it")],
)
def test_a_byline_beside_a_softwares_date(tmp_path: Path, byline: str, language: str) -> None:
    # a day padded with a zero before its month's name is software's stamp: the words around it are its fields
    text = f"Acuerdo de pesca firmado en Lomé\n\nLos pescadores celebran el acuerdo.\n\n{byline}\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")
