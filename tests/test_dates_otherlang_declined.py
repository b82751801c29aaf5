"""A month or a weekday declined in a language with no data file, where CLDR gives only the name as it stands alone:
a month's stem with a case ending after its day, a weekday's stem alone or with the endings its script glues.
Made-up sentences in languages of no evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from conftest import build_project, make_project, read_json


def dates(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.month, d.day, d.relative)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("bs", "Sastanak je održan 14. oktobra u Sarajevu.", [("14. oktobra", (10, 14, None))]),  # "oktobar"
        ("ky", "Жолугушуу 14 октябрда өттү.", [("14 октябрда", (10, 14, None))]),  # "октябрь", "Октябрь" alone
        ("uz", "Uchrashuv 14 oktabrda o'tdi.", [("14 oktabrda", (10, 14, None))]),
    ],
)
def test_a_month_declined_after_its_day_is_that_month(language: str, sentence: str, expected: list) -> None:
    assert dates(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("kk", "Ол 14 қазақ тілінде сөйледі."),  # "қаза|қ": a short stem takes no ending that opens with a consonant
    ],
)
def test_a_month_stem_without_its_day_or_with_another_ending_is_no_date(language: str, sentence: str) -> None:
    assert [d for d in dates(sentence, language) if d[1][0]] == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("te", "ప్రభుత్వం మంగళవారంనాడు నిర్ణయం తీసుకుంది.", "మంగళవారంనాడు"),  # the endings Telugu glues on
        ("kn", "ಸರ್ಕಾರ ಮಂಗಳವಾರದಂದು ನಿರ್ಧಾರ ಕೈಗೊಂಡಿತು.", "ಮಂಗಳವಾರದಂದು"),
        ("ml", "സർക്കാർ ചൊവ്വാഴ്ചയാണ് തീരുമാനം എടുത്തത്.", "ചൊവ്വാഴ്ചയാണ്"),
    ],
)
def test_a_weekday_takes_the_endings_its_script_glues(language: str, sentence: str, expected: str) -> None:
    assert [text for text, (_, _, relative) in dates(sentence, language) if relative == "weekday"] == [expected]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ltg", "Ministrs ūtardīn pasaceja runu.", [("ūtardīn", 1)]),  # "ūtardīne" less its vowel: on Tuesday
        ("eu", "Astelehen goizean bildu ziren ministroak.", [("Astelehen", 0)]),  # "astelehena": Monday morning
        ("sk", "Stred mesta je zatvorený.", []),  # "streda" less its vowel is a word of its own: the middle
    ],
)
def test_a_long_weekday_stem_alone_is_the_weekday(language: str, sentence: str, expected: list) -> None:
    assert [(d.text, d.weekday) for d in find_dates(sentence, language) if d.relative == "weekday"] == expected


def test_a_declined_date_is_exported_year_less(tmp_path: Path) -> None:
    text = (
        "Vijeće ministara Bosne i Hercegovine sastalo se 14. oktobra u Sarajevu i usvojilo novi zakon o granicama.\n\n"
        "Ministri su se ponovo sastali 2. novembra da razgovaraju o budžetu za iduću godinu.\n"
    )
    root = make_project(tmp_path, {"vijece.txt": text})
    events = read_json(build_project(root, tmp_path / "site"), "api/events.json")
    assert {e["date"] for e in events if e["date_basis"] == "year-unknown"} >= {"--10-14", "--11-02"}


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("te", "నిన్నటి సమావేశంలో మంత్రి మాట్లాడారు.", [("నిన్నటి", "day-1")]),  # yesterday's
        ("kn", "ನಿನ್ನೆಯ ಸಭೆಯಲ್ಲಿ ಸಚಿವರು ಮಾತನಾಡಿದರು.", [("ನಿನ್ನೆಯ", "day-1")]),
        # "ഇന്നലെ" (yesterday) with an ending: not "ഇന്ന്" (today) less its virama
        ("ml", "ഇന്നലത്തെ യോഗത്തിൽ മന്ത്രി സംസാരിച്ചു.", [("ഇന്നലത്തെ", "day-1")]),
    ],
)
def test_a_relative_word_takes_the_endings_its_script_glues(language: str, sentence: str, expected: list) -> None:
    assert [(d.text, d.relative) for d in find_dates(sentence, language)] == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("ms", "Projek itu dilancarkan pada bulan Oktober oleh kerajaan.", [("Oktober", (10, None, None))]),
        ("kn", "ಯೋಜನೆಯನ್ನು ಅಕ್ಟೋಬರ್ ತಿಂಗಳು ಆರಂಭಿಸಲಾಯಿತು.", [("ಅಕ್ಟೋಬರ್", (10, None, None))]),
        ("ms", "Dia bekerja di sana selama tiga bulan.", []),  # the word for month alone names none
    ],
)
def test_a_month_beside_the_word_for_month_is_that_month(language: str, sentence: str, expected: list) -> None:
    assert dates(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("kk", "Келісім 2016 жылы 14 қазанда қол қойылды.", [("2016 жылы 14 қазанда", (2016, 10, 14))]),
        ("uz", "Shartnoma 2016 yil 14 oktabrda imzolandi.", [("2016 yil 14 oktabrda", (2016, 10, 14))]),
        ("kk", "2016 жылы 14 адам қаза болды.", [("2016", (2016, None, None))]),  # a count after the year: no day
    ],
)
def test_a_year_and_the_word_for_year_before_a_day_and_month_is_one_date(language: str, sentence: str, expected: list) -> None:
    assert [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, language)] == expected
