"""The publication date a page states, in layouts of issue 14's thirteenth held-out set: each header is written for
the test, on a topic of its own (a fisheries agreement signed in Lomé), in at least three languages per rule, and
the rules that need no data file in languages of none of the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a chronicle's heading, the word for "year" after its date, that the lede states again
        ("4 марта 2024 год\n4 марта 2024 г. правительство одобрило соглашение о рыболовстве в Ломе.\n", "ru"),
        ("4 березня 2024 рік\n4 березня 2024 р. уряд схвалив угоду про рибальство в Ломе.\n", "uk"),
        ("4 Mart 2024 yılı\n4 Mart 2024 tarihinde hükümet Lome'de balıkçılık anlaşmasını onayladı.\n", "tr"),
    ],
)
def test_a_chronicles_heading_with_the_word_for_year_is_not_the_pages_date(tmp_path: Path, text: str, language: str) -> None:
    assert published_of(tmp_path, text + LEDE[language]) == (None, "not-stated")


def test_a_chronicles_dateline_under_its_heading_is_the_quoted_reports(tmp_path: Path) -> None:
    text = (
        "Lomé signs its fisheries deal\n4 March 2024\n"
        "On 4 March 2024 the government of Togo signed the fisheries agreement in Lomé.\n\n"
        "LOMÉ, March 5 (Agency) -- Fishermen welcomed the new quotas on Tuesday.\n"
    )
    assert published_of(tmp_path, text) == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # the heading of a diary's entry: a count of days, then the day it reports
        ("Day 1: 4 March 2024 Monday\n\n", "en"),
        ("1'inci gün: 4 Mart 2024 Pazartesi\n\n", "tr"),
        ("День 1: 4 марта 2024, понедельник\n\n", "ru"),
        ("Tag 1 – 4. März 2024\n\n", "de"),
        ("第1天：2024年3月4日\n\n", "zh"),
    ],
)
def test_a_diarys_day_heading_is_not_the_pages_date(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == (None, "not-stated")


def test_a_count_of_something_else_is_still_the_pages_stamp(tmp_path: Path) -> None:
    assert published_of(tmp_path, "Edition 12: 4 March 2024\n\n" + LEDE["en"]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # a section's name before a stamp whose day has a zero before it, as software writes it
        ("Africa, Paese estero 04 marzo 2024\n\nFirmato l'accordo sulla pesca\n\n", "it"),
        ("Afrique, pays étranger 04 mars 2024\n\nL'accord de pêche signé\n\n", "fr"),
        ("Afrika, Ausland aktuell 04. März 2024\n\nFischereiabkommen unterzeichnet\n\n", "de"),
    ],
)
def test_a_section_name_before_a_padded_stamp(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == ("2024-03-04", "header")


def test_a_phrase_running_into_an_unpadded_date_is_still_an_events(tmp_path: Path) -> None:
    header = "Africa, accordo firmato 4 marzo 2024\n\nFirmato l'accordo sulla pesca\n\n"
    assert published_of(tmp_path, header + LEDE["it"]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # a site's stamp taken for the first paragraph: the date first, the verb "added" or "published" last
        ("Balıkçılık anlaşması imzalandı\n\n4 Mart 2024 Pazartesi 10:05 tarihinde eklendi, 2.345 kez okundu.\n\n", "tr"),
        ("Соглашение о рыболовстве\n\n4 марта 2024 10:05 добавлено, просмотров: 2 345.\n\n", "ru"),
        ("Fisheries deal signed\n\n4 March 2024 10:05 Published, read 2,345 times.\n\n", "en"),
    ],
)
def test_a_stamp_with_its_label_after_the_date(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    "text",
    [
        "2024年3月4日发布的报告显示，洛美的渔业协定得到批准。政府表示协定下月生效。\n",
        "4 March 2024 report published by the ministry shows the fisheries deal was approved in Lomé.\n",
    ],
)
def test_a_date_running_into_its_clause_is_no_stamp(tmp_path: Path, text: str) -> None:
    assert published_of(tmp_path, "Fisheries deal\n\n" + text)[1] != "header"


@pytest.mark.parametrize(
    ("notice", "language", "stated"),
    [
        ("Questo articolo è stato pubblicato il 04 marzo 2024 alle ore 10:05.", "it", "2024-03-04"),
        ("Prenez note que cet article publié en 2016 pourrait contenir des informations périmées.", "fr", "2016"),
        ("Note that this article was published in March 2016 and may be out of date.", "en", "2016-03"),
        ("Dieser Artikel wurde veröffentlicht am 4. März 2024 und nicht mehr aktualisiert.", "de", "2024-03-04"),
    ],
)
def test_a_notice_dating_the_article_itself(tmp_path: Path, notice: str, language: str, stated: str) -> None:
    text = f"Fisheries deal signed in Lomé\n\n{notice}\n\n{LEDE[language]}"
    assert published_of(tmp_path, text) == (stated, "header")


def test_a_report_published_on_a_date_is_no_notice(tmp_path: Path) -> None:
    text = "Fisheries deal signed in Lomé\n\nThe report was published in March 2016 by the ministry of fisheries.\n"
    assert published_of(tmp_path, text + LEDE["en"]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("stamp", "language"),
    [
        # the site's stamp opening the text, its weekday glued to the first word
        ("۱۴۰۲ اسفند ۱۴, دوشنبهدولت پس از یک شب طولانی مذاکره توافق ماهیگیری را تصویب کرد.", "fa"),
        ("4 March 2024, MondayThe government approved the fisheries agreement after long talks.", "en"),
        # languages with no data file, their weekdays from CLDR
        ("2024 m. kovo 4 d., pirmadienisVyriausybė patvirtino žvejybos susitarimą po ilgų derybų.", "lt"),
        ("4 Mac 2024, IsninKerajaan meluluskan perjanjian perikanan selepas rundingan panjang.", "ms"),
    ],
)
def test_a_stamp_with_its_weekday_glued_to_the_text(tmp_path: Path, stamp: str, language: str) -> None:
    text = f"Fisheries deal signed in Lomé\n\n{stamp}\n\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_weekday_that_starts_a_word_is_not_glued(tmp_path: Path) -> None:
    text = "Fisheries deal signed in Lomé\n\n4 March 2024, Mondays are market days in Lomé since the deal.\n\n"
    assert published_of(tmp_path, text + LEDE["en"]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("line", "language"),
    [
        # sources parted by spaced slashes, the language's article before the date, under the headline
        ("LEMONDEAFRIQUE/ Reuters/ AFP, le 4 mars 2024", "fr"),
        ("ELPAISLOME/ EFE/ AP, el 4 de marzo de 2024", "es"),
        ("LASTAMPA/ ANSA/ AGI, il 4 marzo 2024", "it"),
    ],
)
def test_a_credit_line_of_agencies_and_the_date(tmp_path: Path, line: str, language: str) -> None:
    text = f"Fisheries deal signed in Lomé\n{line}\n{LEDE[language]}"
    assert published_of(tmp_path, text)[0] == "2024-03-04"


@pytest.mark.parametrize(
    ("stamp", "language"),
    [
        # the word for "hour" before the stamp's time is no word of a sentence
        ("دوشنبه، 14 اسفند 1402 ساعت 10:05 بین الملل", "fa"),
        ("4 Mart 2024 saat 10:05 Dünya Haberleri Bölümü", "tr"),
        ("Lunedì 4 marzo 2024 alle ore 10:05 Sezione Esteri", "it"),
    ],
)
def test_a_stamp_with_the_word_for_hour(tmp_path: Path, stamp: str, language: str) -> None:
    text = f"Fisheries deal signed in Lomé\n{stamp}\n\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")
