"""Event-date rules the sixteenth held-out set showed once it was opened for tuning (issue 14), one test case per
general rule. Every sentence is written for the tests, on a lighthouse and its keepers; the accuracy on real
articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry
from conftest import dates_read as read


def _events(tmp_path: Path, text: str) -> list[tuple[str, str | None, str, str | None]]:
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "lighthouse.txt"
    path.write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    briefing = extract(load_source(path, tmp_path), registry)
    return [(e.date_text, e.iso_date, e.date_basis, e.calendar) for e in briefing.events]


@pytest.mark.parametrize(
    "sentence",
    [
        "1999年5月10日(农历1999年3月25日),灯塔重新点亮。",
        "1999年5月10日（農曆1999年3月25日），燈塔重新點亮。",
    ],
)
def test_a_chinese_lunar_date_is_the_gregorian_day_it_follows(sentence: str) -> None:
    found = find_dates(sentence, "zh")
    assert [(d.year, d.month, d.day, d.calendar) for d in found] == [(1999, 5, 10, None), (1999, 5, 10, "chinese")]
    assert found[1].text.startswith(("农历", "農曆"))


def test_a_chinese_lunar_date_alone_is_no_gregorian_date() -> None:
    assert read("灯塔看守人生于农历1950年8月15日。", "zh") == []


def test_a_lunar_date_is_exported_as_a_second_labelled_statement_of_the_day(tmp_path: Path) -> None:
    text = "灯塔\n\n1999年5月10日(农历1999年3月25日),灯塔重新点亮,数百人前来观看。\n\n此后它一直亮着。\n"
    assert _events(tmp_path, text) == [
        ("1999年5月10日", "1999-05-10", "stated", None),
        ("农历1999年3月25日", "1999-05-10", "stated", "chinese"),
    ]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("zh", "灯塔重新点亮 2019-05-10 21:47:46 作者: 编辑部 据报道,看守人5月9日离开灯塔。"),
        ("en", "Lighthouse relit 2019-05-10 08:15:02 By the desk The keeper left the lighthouse on 9 May 2019."),
    ],
)
def test_a_whole_date_with_its_time_to_the_second_is_a_stamp_not_an_event(tmp_path: Path, language: str, text: str) -> None:
    events = _events(tmp_path, f"{text}\n\nIt stays dark now.\n")
    assert "2019-05-10" not in [e[1] for e in events]
    assert [e[1] for e in events][-1:] == ["2019-05-09"]


def test_a_date_with_its_time_to_the_minute_is_still_an_event(tmp_path: Path) -> None:
    text = "Lighthouse\n\nThe lamp failed on 2019-05-10 21:47 and the keeper relit it by hand.\n\nIt stays lit.\n"
    assert [e[1] for e in _events(tmp_path, text)] == ["2019-05-10"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after the word for "day", "میزان" (also "amount") is the month: 15 Mizan is 7 October
        ("نگهبان فانوس دریایی صبح روز ۱۵ میزان آن را خاموش کرد.", [("۱۵ میزان", (None, 10, 7))]),
        # right before the Gregorian day it is, a comma between
        (
            "نگهبان روز سه‌شنبه، ۱۵ میزان، ۷ اکتبر فانوس را خاموش کرد.",
            [("روز سه\u200cشنبه", "weekday"), ("۱۵ میزان", (None, 10, 7)), ("۷ اکتبر", (None, 10, 7))],
        ),
    ],
)
def test_an_afghan_solar_month_that_is_also_a_word_is_the_month_beside_a_day(sentence: str, expected: list) -> None:
    assert read(sentence, "fa") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "نگهبان ۱۵ میزان نفت را به فانوس برد.",  # 15 measures (no day, no Gregorian date beside it)
        "نگهبان ۱۰ تیر، ۵ اکتبر را شلیک کرد.",  # 10 Tir is never 5 October: ten shots
    ],
)
def test_an_ambiguous_solar_month_without_such_a_cue_is_no_date(sentence: str) -> None:
    assert all(d.calendar != "persian" for d in find_dates(sentence, "fa"))


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("fa", "نگهبان فانوس (۱۹۷۹ تا ۲۰۰۳) آنجا بود.", [("۱۹۷۹ تا ۲۰۰۳", (1979, None, None), (2003, None, None))]),
        ("en", "The keeper (1979 to 2003) lived there.", [("1979 to 2003", (1979, None, None), (2003, None, None))]),
    ],
)
def test_two_years_alone_in_parentheses_joined_by_to_are_a_range(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_two_years_in_parentheses_joined_by_and_are_no_range() -> None:
    assert all(d.last is None for d in find_dates("نگهبان فانوس (۱۹۷۹ و ۲۰۰۳) آنجا بود.", "fa"))


@pytest.mark.parametrize("language", ["fa", "ar"])
def test_a_right_to_left_range_of_years_typed_backwards_in_parentheses_is_read_forwards(language: str) -> None:
    sentence = {"fa": "جنگ فانوس (۱۹۸۸–۱۹۸۰) طول کشید.", "ar": "حرب المنارة (1988–1980) طالت."}[language]
    assert [(d.year, d.last) for d in find_dates(sentence, language)] == [(1980, (1988, None, None))]


def test_a_left_to_right_range_of_years_typed_backwards_is_no_range() -> None:
    assert all(d.last is None for d in find_dates("The lighthouse war (1988–1980) was long.", "en"))


def test_arabic_today_inside_on_such_a_day_as_that_is_no_date_of_its_own() -> None:
    assert read("أطفئ الفنار في مثل ذلك اليوم.", "ar") == []  # on such a day as that


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Der Sturm über Island 2010, der den Leuchtturm traf, war schwer."),
        ("de", "Der Sturm über Island 2010 (auch: Märzsturm) war schwer."),
        ("en", "The storm in Iceland 2010, which hit the lighthouse, was severe."),
    ],
)
def test_a_year_after_a_states_name_before_a_mark_is_a_year(language: str, sentence: str) -> None:
    assert read(sentence, language)[0] == ("2010", (2010, None, None))


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Die Marine schickte nach Island 2000 Soldaten."),  # a count, its noun after it
        ("en", "The Somali 2010, a ship, sank."),  # no state's name: "Mali" inside another word
    ],
)
def test_a_number_after_a_states_name_before_a_noun_or_inside_a_word_is_no_year(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


def test_a_persian_day_of_the_same_year_takes_the_year_stated_before(tmp_path: Path) -> None:
    text = "فانوس\n\nفانوس در سال ۲۰۰۳ ساخته شد و در ۱۳ دسامبر همان سال روشن شد.\n\nاکنون خاموش است.\n"
    assert _events(tmp_path, text) == [
        ("۲۰۰۳", "2003", "stated", None),
        ("۱۳ دسامبر همان سال", "2003-12-13", "inferred-year", None),
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "en",
            "The keeper (3 May 1901 – 4 June 1980) lived there.",
            [("3 May 1901", (1901, 5, 3)), ("4 June 1980", (1980, 6, 4))],
        ),
        (
            "ar",
            "وعاش الحارس (3 أيار 1901 – 4 حزيران 1980) هناك.",
            [("3 أيار 1901", (1901, 5, 3)), ("4 حزيران 1980", (1980, 6, 4))],
        ),
    ],
)
def test_a_life_in_parentheses_is_two_days_not_a_period(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_short_span_of_whole_days_in_parentheses_stays_a_range() -> None:
    assert read("The works (3 May 1990 – 4 June 1992) were long.", "en") == [
        ("3 May 1990 – 4 June 1992", (1990, 5, 3), (1992, 6, 4))
    ]


def test_halloween_is_the_last_day_of_october() -> None:
    assert read("The lighthouse was relit on Halloween.", "en") == [("Halloween", (None, 10, 31))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Fenerin kurbanları bu sene de unutulmadı.", [("bu sene", "year+0")]),
        ("Fener geçen sene yıkıldı.", [("geçen sene", "year-1")]),
    ],
)
def test_turkish_sene_is_a_year_as_yil_is(sentence: str, expected: list) -> None:
    assert read(sentence, "tr") == expected
