"""A language with no data file, read from CLDR and ICU alone: a year CLDR writes as an ordinal ("d. MMMM y."),
the era of the calendar CLDR gives a language by default (Thai's Buddhist era), the edges of words in scripts
that write no space between them (ICU's dictionaries), a short weekday's name in a script without capitals, and
two languages the language model can hardly tell apart; on made-up sentences."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.dates import find_dates
from briefing.datewords import calendar_offset
from briefing.extract import detect_language
from conftest import build_project, make_project, read_json


def read(sentence: str, language: str) -> list[tuple[str, tuple]]:
    return [(d.text, (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


YEAR_1996, YEAR_1999 = (1996, None, None), (1999, None, None)


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("bs", "Fabrika je zatvorena krajem 2017. nakon duge krize.", [("2017", (2017, None, None))]),
        ("sr", "Мост је обновљен 1996. и 1999. уз помоћ града.", [("1996", YEAR_1996), ("1999", YEAR_1999)]),
        ("lv", "Tilts tika atjaunots 1996. un 1999. ar pilsētas palīdzību.", [("1996", YEAR_1996), ("1999", YEAR_1999)]),
    ],
)
def test_a_year_with_the_ordinal_dot_cldr_writes_is_a_year(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("bs", "Na skupu je govorio 2017. Ljudi su slušali."),  # a sentence ends after the number
        ("cs", "Továrna byla zavřena koncem 2017. po dlouhé krizi."),  # CLDR writes Czech years without the dot
    ],
)
def test_a_number_and_a_full_stop_is_no_year_without_cldrs_ordinal_year(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


def test_a_two_digit_year_counts_in_the_era_cldr_gives_the_language() -> None:
    # Thai's calendar is the Buddhist era: "64" is 2564, the Gregorian 2021, not 1964
    assert read("ประชุมเมื่อวันที่ 5 มี.ค.64 ที่กรุงเทพฯ", "th") == [("5 มี.ค.64", (2021, 3, 5))]


@pytest.mark.parametrize("language", ["lo", "km", "vi", "fa", "ps"])
def test_other_languages_keep_the_gregorian_years_or_a_calendar_with_months_of_its_own(language: str) -> None:
    assert calendar_offset(language) == 0


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # "in the month of January last year", glued: the month between ICU's word edges
        ("lo", "ລັດຖະບານໄດ້ປະກາດເມື່ອວັນທີ 5 ມັງກອນປີນີ້ ວ່າ", [("5 ມັງກອນປີນີ້", (None, 1, 5))]),
        ("th", "ตั้งแต่วันที่ 19 พฤศจิกายนปีก่อน", [("19 พฤศจิกายน", (None, 11, 19))]),
    ],
)
def test_a_date_glued_to_the_next_word_in_a_script_without_spaces(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("th", "เขามองพระจันทร์บนฟ้า"),  # the moon, "พระจันทร์", holds Monday's name: one word
        ("lo", "ເຂົາເບິ່ງພະຈັນຢູ່ເທິງຟ້າ"),
    ],
)
def test_a_weekdays_name_inside_a_longer_word_is_no_date(language: str, sentence: str) -> None:
    assert read(sentence, language) == []


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("sd", "آچرس شهر ۾ ميلو ٿيو", []),  # a word that opens with Sunday's short name is another word
        ("sd", "آچر تي ميلو ٿيو", [("آچر", (None, None, None))]),
        ("skr", "ٻدھس اوں شہر اچ آیا", []),
    ],
)
def test_a_short_weekday_name_in_a_script_without_capitals_takes_no_ending(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


def test_a_paragraph_in_a_script_without_spaces_is_text_not_a_headline(tmp_path: Path) -> None:
    # a Lao paragraph is a few spaced phrases of many words: no headline, its date an event
    text = (
        "ກະຊວງການເງິນໄດ້ປະກາດໃນວັນທີ 12 ມີນາ 2024 ວ່າ ລັດຖະບານຈະກໍ່ສ້າງຂົວໃໝ່ຂ້າມແມ່ນ້ຳຂອງ "
        "ເພື່ອເຊື່ອມຕໍ່ສອງແຂວງທາງພາກໃຕ້ຂອງປະເທດ ແລະ ຈະເລີ່ມວຽກກໍ່ສ້າງໃນປີໜ້າ ຕາມແຜນການພັດທະນາເສດຖະກິດແຫ່ງຊາດ\n\n"
        "ເຈົ້າໜ້າທີ່ກ່າວວ່າ ໂຄງການນີ້ຈະຊ່ວຍໃຫ້ການຂົນສົ່ງສິນຄ້າສະດວກຂຶ້ນ ແລະ ຫຼຸດຜ່ອນຄ່າໃຊ້ຈ່າຍຂອງປະຊາຊົນ\n"
    )
    root = make_project(tmp_path, {"khua.txt": text})
    site = build_project(root, tmp_path / "site")
    dates = {e["date"] for e in read_json(site, "api/events.json")}
    assert "2024-03-12" in dates


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the model's likeliest is Bosnian, then Serbian, Croatian a close third: the month's name says Croatian
        ("Opština je 28. veljače odlučila da se most zatvori zbog opravke.", "hr"),
        ("Opština je 28. februara odlučila da se most zatvori zbog opravke.", "bs"),
        ("Gradsko vijeće sastalo se i odlučilo da se most zatvori zbog popravka.", "hr"),  # no month: the model's
    ],
)
def test_of_two_close_languages_the_one_whose_month_names_the_text_writes(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("yo", "Ní oṣù ẹrẹ̀nà, ìjọba kéde ètò tuntun.", [("oṣù ẹrẹ̀nà", (None, 3, None))]),
        ("th", "ศาลปล่อยตัวเขาเมื่อเดือนมีนาคม ภายใต้เงื่อนไข", [("เดือนมีนาคม", (None, 3, None))]),
        ("yo", "Ìjọba kéde ètò tuntun ní ẹrẹ̀nà.", []),  # the name without the word for month: no cue
    ],
)
def test_the_word_for_month_with_a_months_name_is_the_month_alone(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected
