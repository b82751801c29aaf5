"""The publication date a page states in the calendar its country keeps beside the Gregorian one (Nepal's Bikram
Sambat, Afghanistan's Solar Hijri months in Pashto and Dari, the Hijri calendar of a Malay page), and in datelines
of a source's name before its date in parentheses or of an Indian paper's day and month joined by a danda: each
page is written for the test, on a topic of its own (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.calendars import bikram_to_gregorian, own_calendar_months, usual_bikram_day
from briefing.dates import find_dates
from conftest import published_of

NE_TEXT = (
    "सरकारले छिमेकी देशहरूसँग लामो रातको वार्तापछि माछा मार्ने सम्झौतालाई स्वीकृति दिएको छ । सम्झौता अर्को महिनादेखि सबै बन्दरगाहमा लागू हुनेछ ।"
)
PS_TEXT = (
    "حکومت د ګاونډیو هېوادونو سره د اوږدو خبرو وروسته د کب نیولو تړون تصویب کړ. "
    "دا تړون به له راتلونکې میاشتې څخه په ټولو بندرونو کې پلی شي."
)
OR_TEXT = "ସରକାର ପଡ଼ୋଶୀ ଦେଶମାନଙ୍କ ସହ ଦୀର୍ଘ ଆଲୋଚନା ପରେ ମତ୍ସ୍ୟ ଚୁକ୍ତିକୁ ଅନୁମୋଦନ କରିଛନ୍ତି। ଏହି ଚୁକ୍ତି ଆସନ୍ତା ମାସରୁ ସମସ୍ତ ବନ୍ଦରରେ ଲାଗୁ ହେବ।"


def test_a_bikram_sambat_stamp_is_the_gregorian_day_it_names(tmp_path: Path) -> None:
    # 7 Baishakh 2081 is 19 April 2024
    text = f"लोमेमा माछा मार्ने सम्झौतामा हस्ताक्षर\n\nसमाचार सेवा ७ बैशाख २०८१, शुक्रबार ०९:२८ मा प्रकाशित\n\n{NE_TEXT}\n"
    assert published_of(tmp_path, text) == ("2024-04-19", "header")


def test_a_bikram_sambat_date_is_labelled_with_its_calendar() -> None:
    (found,) = find_dates("सम्झौता २०८२ फागुन ४ गते लागू भयो ।", "ne")
    assert (found.year, found.month, found.day, found.calendar) == (2026, 2, 16, "bikram-sambat")


def test_a_nepali_dateline_opens_with_its_date_then_the_place_and_a_danda(tmp_path: Path) -> None:
    # 4 Phalgun falls on 16 February in nearly every year: its year-less day is that one
    text = f"लोमेमा माछा मार्ने सम्झौतामा हस्ताक्षर\n\n४ फागुन, काठमाडौँ । {NE_TEXT}\n"
    assert published_of(tmp_path, text) == ("--02-16", "dateline")


def test_a_bikram_sambat_day_without_its_year_that_moves_between_years_gives_no_date(tmp_path: Path) -> None:
    # 19 Chaitra is 1 April in some years and 2 April in others: no year-less day can be claimed
    assert usual_bikram_day(12, 19) is None
    text = f"लोमेमा माछा मार्ने सम्झौतामा हस्ताक्षर\n\nकाठमाडौँ, चैत १९ । {NE_TEXT}\n"
    assert published_of(tmp_path, text)[0] is None


def test_bikram_sambat_conversion_refuses_a_day_its_month_lacks() -> None:
    assert bikram_to_gregorian(2081, 1, 7).isoformat() == "2024-04-19"
    with pytest.raises(ValueError):
        bikram_to_gregorian(2081, 1, 35)


def test_pashto_reads_its_own_and_the_dari_solar_months() -> None:
    months = own_calendar_months("ps")["persian_months"]
    assert "چنګاښ" in months[4] and "سرطان" in months[4]  # CLDR's Pashto name as Pashto spells its gaf, and Dari's
    assert "سنبلې" in months[6]  # after "د", the oblique of "سنبله"


def test_a_pashto_stamp_in_the_solar_hijri_calendar(tmp_path: Path) -> None:
    # 14 Saratan (Changakh) 1404 is 5 July 2025; "کب" in the text is a fish, no month
    text = f"د کب نیولو تړون لاسلیک شو\n\nخبري اژانس – ۱۴ چنګاښ ۱۴۰۴ لمریز کال\n\n{PS_TEXT}\n"
    assert published_of(tmp_path, text) == ("2025-07-05", "header")


def test_a_sources_dateline_in_parentheses_before_a_dash(tmp_path: Path) -> None:
    # the source's name, its weekday and date in parentheses, a dash, then the text: 1 Sonbola is 23 August
    text = f"د کب نیولو تړون لاسلیک شو\n\nخبري اژانس(دوشنبه، د سنبلې ١)- {PS_TEXT}\n"
    assert published_of(tmp_path, text) == ("--08-23", "dateline")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Lomé Times (Monday, 4 March 2024) – ", ("2024-03-04", "dateline")),
        ("Lomé Times (founded 4 March 2024) – ", (None, "not-stated")),  # words beside the date: no stamp
    ],
)
def test_a_date_alone_in_parentheses_after_a_sources_name(tmp_path: Path, opening: str, expected: tuple) -> None:
    text = (
        "Fisheries agreement signed in Lomé\n\n"
        f"{opening}The government approved the fisheries agreement after a long night of talks with its neighbours. "
        "It takes effect next month in every port.\n"
    )
    assert published_of(tmp_path, text) == expected


def test_a_malay_dateline_in_the_hijri_calendar(tmp_path: Path) -> None:
    # ICU writes "Muharam"; Malay pages also write its shadda: 21 Muharram 1442 is 9 September 2020
    text = (
        "Perjanjian perikanan ditandatangani di Lomé\n\n"
        "LOMÉ, 21 Muharram 1442H, Rabu – Kerajaan meluluskan perjanjian perikanan selepas rundingan panjang dengan "
        "negara jiran. Perjanjian itu akan berkuat kuasa bulan depan di semua pelabuhan.\n"
    )
    assert published_of(tmp_path, text) == ("2020-09-09", "dateline")


@pytest.mark.parametrize(("stamp", "expected"), [("୧୨।୬", "--06-12"), ("୨୯ା୧୨", "--12-29")])
def test_an_odia_dateline_joins_day_and_month_with_a_danda(tmp_path: Path, stamp: str, expected: str) -> None:
    # the danda, or the vowel sign AA that legacy fonts typed for it, between the day and the month
    text = f"ଲୋମେରେ ମତ୍ସ୍ୟ ଚୁକ୍ତି ସ୍ୱାକ୍ଷରିତ\n\nଭୁବନେଶ୍ୱର,{stamp}: {OR_TEXT}\n"
    assert published_of(tmp_path, text) == (expected, "dateline")


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("Lomé Times - LOMÉ, March 4, 2024 - ", ("2024-03-04", "dateline")),  # the site's name, a dash, the dateline
        ("Talks ended - then March 4, 2024 - ", (None, "not-stated")),  # no place after the dash
    ],
)
def test_a_sites_name_before_its_datelines_place(tmp_path: Path, opening: str, expected: tuple) -> None:
    text = (
        "Fisheries agreement signed in Lomé\n\n"
        f"{opening}The government approved the fisheries agreement after a long night of talks with its neighbours. "
        "It takes effect next month in every port.\n"
    )
    assert published_of(tmp_path, text) == expected


def test_a_kannada_dateline_writes_its_month_narrow(tmp_path: Path) -> None:
    # "ಜ." is January: no other month of Kannada's narrow names is "ಜ"
    text = (
        "ಲೋಮೆಯಲ್ಲಿ ಮೀನುಗಾರಿಕೆ ಒಪ್ಪಂದಕ್ಕೆ ಸಹಿ\n\n"
        "ಲೋಮೆ(ಜ.30): ನೆರೆಯ ದೇಶಗಳೊಂದಿಗೆ ದೀರ್ಘ ರಾತ್ರಿಯ ಮಾತುಕತೆಯ ನಂತರ ಸರ್ಕಾರವು ಮೀನುಗಾರಿಕೆ ಒಪ್ಪಂದವನ್ನು ಅನುಮೋದಿಸಿದೆ. "
        "ಒಪ್ಪಂದವು ಮುಂದಿನ ತಿಂಗಳಿನಿಂದ ಎಲ್ಲಾ ಬಂದರುಗಳಲ್ಲಿ ಜಾರಿಗೆ ಬರಲಿದೆ.\n"
    )
    assert published_of(tmp_path, text) == ("--01-30", "dateline")
