"""The publication date a page states, in layouts of issue 14's fourteenth held-out set: each header is written for
the test, on a topic of its own (a fisheries agreement signed in Lomé), in at least three languages per rule, and
the rules that need no data file in languages of none of the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of

# Ledes of languages of none of the evaluation sets, for the rules that need no date-words file
OTHER_LEDE = {
    "hy": "Կառավարությունը հարևանների հետ երկար գիշերային բանակցություններից հետո հաստատեց ձկնորսության համաձայնագիրը։\n",
    "kk": "Үкімет көршілерімен ұзақ түнгі келіссөздерден кейін балық аулау туралы келісімді мақұлдады.\n",
    "el": "Η κυβέρνηση ενέκρινε τη συμφωνία αλιείας μετά από μια μακριά νύχτα διαπραγματεύσεων με τους γείτονες.\n",
}


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # an event's fact sheet: its place, then its date as a "Date:" field
        ("Lieu : Lomé, Togo\nDate : 4 mars 2024\n", "fr"),
        ("Location: Lomé, Togo\nDate: 4 March 2024\n", "en"),
        ("Место: Ломе, Того\nDate: 4 марта 2024\n", "ru"),
    ],
)
def test_an_events_date_field_under_its_place_is_not_the_pages_date(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, "Fisheries summit\n" + header + "\n" + LEDE[language]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        ("Published: 4 and 5 March 2024\n", "en"),
        ("Date : 4 et 5 mars 2024\n", "fr"),
        ("Date: 4 y 5 de marzo de 2024\n", "es"),
    ],
)
def test_a_range_after_a_published_label_is_no_pages_date(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + "\n" + LEDE[language]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # an encyclopedia's infobox of an event in a language with no date-words file: its place, then its date
        ("Ձկնորսական համաձայնագիր\nՎայր Լոմե, Տոգո\n4 մարտի 2024, 10:00\n", "hy"),
        ("Балық аулау келісімі\nОрны Ломе, Того\n4 наурыз 2024, 10:00\n", "kk"),
        ("Αλιευτική συμφωνία\nΤοποθεσία Λομέ, Τόγκο\n4 Μαρτίου 2024, 10:00\n", "el"),
    ],
)
def test_an_infobox_place_in_a_language_with_no_data_file(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + "\n" + OTHER_LEDE[language]) == (None, "not-stated")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # the printed edition the text appeared in
        ("Aus: Ausgabe vom 04.03.2024, Seite 2 / Ausland\nFischereiabkommen unterzeichnet\n", "de"),
        ("Paru dans : Édition du 04/03/2024, page 2 / Monde\nL'accord de pêche signé\n", "fr"),
        ("Uscito su: Edizione del 04/03/2024, pagina 2 / Mondo\nFirmato l'accordo sulla pesca\n", "it"),
        ("Вышло в: Выпуск от 04.03.2024, страница 2 / Мир\nСоглашение о рыболовстве подписано\n", "ru"),
    ],
)
def test_the_printed_editions_date_is_the_pages(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + "\n" + LEDE[language]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # the "updated" label glued by the scraper to the time of the first stamp: the first one is the page's
        ("4 marzo 2024 alle 10:05aggiornato il 6 marzo 2024 alle 18:40\nFirmato l'accordo sulla pesca\n", "it"),
        ("4 mars 2024 à 10:05mis à jour le 6 mars 2024 à 18:40\nL'accord de pêche signé\n", "fr"),
        ("4. März 2024 um 10:05aktualisiert am 6. März 2024 um 18:40\nFischereiabkommen unterzeichnet\n", "de"),
    ],
)
def test_an_updated_label_glued_to_the_time_before_it(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + "\n" + LEDE[language]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("header", "language"),
    [
        # sections glued to the stamp, its time after the date
        ("НовостиВ мире4 марта 2024 10:05\n\nСоглашение о рыболовстве подписано\n", "ru"),
        ("NachrichtenAus aller welt 4. März 2024 10:05\n\nFischereiabkommen unterzeichnet\n", "de"),
        ("NotizieDal mondo 4 marzo 2024 10:05\n\nFirmato l'accordo sulla pesca\n", "it"),
    ],
)
def test_a_section_name_before_a_timed_stamp(tmp_path: Path, header: str, language: str) -> None:
    assert published_of(tmp_path, header + "\n" + LEDE[language]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("lede", "label", "language"),
    [
        # the lede states the day again, the stamp's label on the line above it
        ("4 Mart 2024 tarihli anlaşma Lome'de imzalandı.", "GİRİŞ:", "tr"),
        ("4 March 2024 marked the signing of the agreement in Lomé.", "Published:", "en"),
        ("4 марта 2024 года соглашение подписали в Ломе.", "Опубликовано:", "ru"),
    ],
)
def test_a_labelled_stamp_on_its_own_line_under_a_lede_that_restates_it(
    tmp_path: Path, lede: str, label: str, language: str
) -> None:
    text = f"Fisheries deal\n\n{lede}\n\nSOURCE:\n|\n{label}\n04.03.2024\n\n{LEDE[language]}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("credit", "language"),
    [
        # an aggregator's credit line under the headline: the source's name, its numeric stamp, then the agencies
        ("Lomé Weekly 04.03.2024 | Coastal Press/Agencies", "en"),
        ("Вечірні новини 04.03.2024 | Новини Онлайн/Агенції", "uk"),
        ("Երեկոյան լուրեր 04.03.2024 | Լուրեր Առցանց/Գործակալություններ", "hy"),
        ("Кешкі жаңалықтар 04.03.2024 | Жаңалықтар Онлайн/Агенттіктер", "kk"),
    ],
)
def test_a_sources_name_before_its_numeric_stamp(tmp_path: Path, credit: str, language: str) -> None:
    lede = LEDE.get(language) or OTHER_LEDE[language]
    text = f"Fisheries deal signed in Lomé after a long night of talks\n{credit}\n\n{lede}"
    assert published_of(tmp_path, text) == ("2024-03-04", "header")


def test_a_phrase_running_into_a_numeric_date_is_no_credit(tmp_path: Path) -> None:
    credit = "Signed on 04.03.2024 | Coastal Press/Agencies"
    text = f"Fisheries deal signed in Lomé after a long night of talks\n{credit}\n\n{LEDE['en']}"
    assert published_of(tmp_path, text) == (None, "not-stated")
