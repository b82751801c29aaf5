"""A page's own stamp in forms the header reader did not know: published labels in more languages (Slovak and Czech
"zverejnené" / "zveřejněn", Swedish "Publicerat", the noun "date" with its colon, "TARİH:" and "Дата:"), Finnish's
update note ("Päivitys"), a labelled stamp under a headline and a one-sentence lede that the loader read as two
paragraphs, and a software stamp that joins the day, the month's name and the year with hyphens and gives its time
("19-Aug-2025 5:40 PM"). And two site clocks that are no page's date: a theme's clock in English order whose weekday
is the page's language ("Çərşənbə , May 29 2024"), and a date line over a blog's list of its newest posts ("Latest
Posts"). Every page is written for the test (a town library's new opening hours)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import published_of

LIBRARY = {
    "sk": "Mestská knižnica bude od budúceho týždňa otvorená aj v sobotu. Knihovníci pripravili nové čitateľské kútiky.",
    "cs": "Městská knihovna bude od příštího týdne otevřená i v sobotu. Knihovníci připravili nové čtenářské koutky.",
    "sv": "Stadsbiblioteket håller öppet även på lördagar från nästa vecka. Bibliotekarierna har ordnat nya läshörnor.",
    "tr": "Belediye, ilçe kütüphanesinin gelecek haftadan itibaren cumartesi günleri de açık olacağını duyurdu.",
    "uk": "Міська бібліотека з наступного тижня працюватиме й у суботу. Бібліотекарі облаштували нові читацькі куточки.",
    "fi": "Kaupunginkirjasto on ensi viikosta alkaen auki myös lauantaisin. Kirjastoon on rakennettu uusia lukunurkkia.",
    "en": "The town library will open on Saturdays from next week. The librarians have set up new reading corners for children.",
    "es": "La biblioteca municipal abrirá también los sábados desde la próxima semana. Hay nuevos rincones de lectura.",
    "az": "Şəhər kitabxanası gələn həftədən şənbə günləri də açıq olacaq. Uşaqlar üçün yeni oxu guşələri hazırlanıb.",
}


@pytest.mark.parametrize(
    ("stamp", "language", "date"),
    [
        ("Zverejnené 12. marca 2024", "sk", "2024-03-12"),
        ("schválené dňa 20.2.2024, zverejnené 12.3.2024", "sk", "2024-03-12"),
        ("schválen dne 20.2.2024, zveřejněn od 12.3.2024", "cs", "2024-03-12"),
        ("Publicerat tisdag 12 mars 2024", "sv", "2024-03-12"),
        ("TARİH: 12.03.2024 10:15", "tr", "2024-03-12"),
        ("Дата: 12.03.2024 10:15", "uk", "2024-03-12"),
    ],
)
def test_a_published_label_in_the_pages_language_dates_it(tmp_path: Path, stamp: str, language: str, date: str) -> None:
    """Over an earlier date line with no label (a day the notice speaks of), the labelled one is the page's."""
    page = f"Library opens on Saturdays\n20.02.2024\n{stamp}\n\n{LIBRARY[language]}\n"
    assert published_of(tmp_path, page) == (date, "header")


def test_without_a_label_the_earlier_date_line_stands(tmp_path: Path) -> None:
    page = f"Library opens on Saturdays\n20.02.2024\n12. marca 2024\n\n{LIBRARY['sk']}\n"
    assert published_of(tmp_path, page)[0] == "2024-02-20"


def test_a_finnish_update_note_dates_the_page_as_an_update(tmp_path: Path) -> None:
    page = f"Kirjasto auki lauantaisin\n\nPäivitys 12.3.2024:\n\n{LIBRARY['fi']}\n"
    assert published_of(tmp_path, page) == ("2024-03-12", "updated-line")


def test_the_noun_date_without_its_colon_is_no_label(tmp_path: Path) -> None:
    """ "Tarihi" (history) opens with the word: only "Tarih:" with its colon labels a stamp, so a headline naming the
    town's history over a stamp leaves that stamp the page's, not the headline's years."""
    page = f"Kütüphane Tarihi 1950 ile başlar\n12 Mart 2024\n\n{LIBRARY['tr']}\n"
    assert published_of(tmp_path, page)[0] == "2024-03-12"


@pytest.mark.parametrize(
    ("stamp", "language"),
    [("TARİH: 12.03.2024 10:15", "tr"), ("Дата: 12.03.2024 10:15", "uk"), ("Updated: 12 March 2024, 10:15", "en")],
)
def test_a_labelled_stamp_under_a_headline_and_a_lede_read_as_paragraphs_is_the_pages(
    tmp_path: Path, stamp: str, language: str
) -> None:
    page = f"Library opens on Saturdays.\n\n{LIBRARY[language].split('. ')[0]}.\n\n{stamp}\n\n{LIBRARY[language]}\n"
    assert published_of(tmp_path, page)[0] == "2024-03-12"


def test_a_labelled_stamp_under_two_long_paragraphs_is_inside_the_text(tmp_path: Path) -> None:
    """The first paragraph is no headline: the text has begun, and a stamp further down is not read as the page's."""
    long_paragraph = LIBRARY["tr"] + " Kütüphane müdürü, yeni düzenlemenin öğrencilerin sınav dönemine denk geldiğini söyledi."
    page = f"{long_paragraph}\n\n{LIBRARY['tr']}\n\nTARİH: 12.03.2024 10:15\n\n{LIBRARY['tr']}\n"
    assert published_of(tmp_path, page)[0] is None


@pytest.mark.parametrize(
    ("stamp", "language", "date"),
    [
        ("19-Aug-2025 5:40 PM", "en", "2025-08-19"),
        ("09-Octubre-2025 11:24", "es", "2025-10-09"),
        ("12/Mar/2024", "en", "2024-03-12"),
    ],
)
def test_a_stamp_joining_its_day_month_and_year_is_read(tmp_path: Path, stamp: str, language: str, date: str) -> None:
    page = f"Library opens on Saturdays\n{stamp}\n\n{LIBRARY[language]}\n"
    assert published_of(tmp_path, page)[0] == date


def test_hyphens_without_a_time_are_a_page_names_words(tmp_path: Path) -> None:
    page = f"on-this-day-12-march-2024\n\n{LIBRARY['en']}\n"
    assert published_of(tmp_path, page)[0] is None


def test_a_clock_in_english_order_with_the_languages_weekday_is_the_sites(tmp_path: Path) -> None:
    page = f"Çərşənbə , May 29 2024\nKitabxana şənbə günləri də açıqdır\n\n{LIBRARY['az']}\n"
    assert published_of(tmp_path, page)[0] is None


def test_a_stamp_in_english_words_on_such_a_page_stays_the_pages(tmp_path: Path) -> None:
    page = f"Wednesday, May 29, 2024\nKitabxana şənbə günləri də açıqdır\n\n{LIBRARY['az']}\n"
    assert published_of(tmp_path, page)[0] == "2024-05-29"


def test_a_date_over_a_list_of_the_newest_posts_is_the_sites_clock(tmp_path: Path) -> None:
    page = f"Thursday, 4 July 2024\nLatest Posts\nLibrary opens on Saturdays\n\n{LIBRARY['en']}\n"
    assert published_of(tmp_path, page)[0] is None


def test_a_date_under_the_list_heading_stays_the_pages(tmp_path: Path) -> None:
    page = f"Recent Posts\nThursday, 4 July 2024\nLibrary opens on Saturdays\n\n{LIBRARY['en']}\n"
    assert published_of(tmp_path, page)[0] == "2024-07-04"
