"""A language with no data file written in a script without capital letters: words that carry combining marks,
names with case endings or particles glued to them, dates in the locale's own digits and forms; on made-up
sentences in languages of no evaluation set."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.actors import find_actors
from briefing.dates import find_dates
from conftest import build_project, make_project, read_json


def states(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == "state"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("সৌদি আরব ও তুরস্ক আলোচনা করেছে।", "bn", {"Saudi Arabia", "Turkey"}),  # Bengali vowel signs
        ("சவுதி அரேபியா மற்றும் ஜெர்மனி பேச்சுவார்த்தை நடத்தின.", "ta", {"Saudi Arabia", "Germany"}),  # Tamil
        ("සෞදි අරාබිය සහ ජර්මනිය සාකච්ඡා කළේය.", "si", {"Saudi Arabia", "Germany"}),  # Sinhala
    ],
)
def test_a_name_whose_letters_carry_vowel_signs_is_one_word(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("საქართველოში და თურქეთში მოლაპარაკებები გაიმართა.", "ka", {"Georgia (country)", "Turkey"}),  # Georgian "in"
        ("இந்தியாவில் ஜெர்மனியின் அமைச்சர் பேசினார்.", "ta", {"India", "Germany"}),  # Tamil "in", "of"
        ("ভারতের প্রধানমন্ত্রী জার্মানিতে গেছেন।", "bn", {"India", "Germany"}),  # Bengali "of", "to"
    ],
)
def test_a_name_with_a_case_ending_its_script_glues_to_it(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


def test_a_vowel_sign_after_a_name_in_a_script_that_writes_its_postpositions_apart_makes_an_adjective() -> None:
    assert states("रूसी सेनाले आक्रमण गर्‍यो।", "ne") == set()  # Nepali: "Russian", not Russia


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("আমেরিকা ও ব্রিটেন আলোচনা করেছে।", "bn", {"United States", "United Kingdom"}),  # CLDR: মার্কিন যুক্তরাষ্ট্র
        ("अमेरिका आणि ब्रिटन यांच्यात चर्चा झाली.", "mr", {"United States", "United Kingdom"}),  # Marathi
        ("আমেরিকান কর্মকর্তারা বৈঠক করেছেন।", "bn", set()),  # "American": the ending is another
        ("মার্চ মাসে বৈঠক হয়।", "bn", set()),  # "March": a short word sounds like too many names ("Maroc")
    ],
)
def test_a_states_common_name_heard_as_its_latin_name_sounds(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("รัฐบาลไทยและจีนได้ลงนามข้อตกลงกับสหรัฐอเมริกาเมื่อวันจันทร์", "th", {"Thailand", "China", "United States"}),
        ("ប្រទេសកម្ពុជានិងថៃបានចុះហត្ថលេខា", "km", {"Cambodia", "Thailand"}),  # Khmer
        ("ລາວແລະຫວຽດນາມໄດ້ລົງນາມ", "lo", {"Laos", "Vietnam"}),  # Lao
    ],
)
def test_names_inside_a_run_of_a_script_that_writes_no_spaces_between_words(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ambasada e Mbretërisë së Bashkuar u mbyll dje.", "sq", {"United Kingdom"}),  # CLDR: "Mbretëria e Bashkuar"
        ("Institucionet në Zelandën e Re nisën një hetim.", "sq", {"New Zealand"}),  # CLDR: "Zelandë e Re"
    ],
)
def test_a_names_joining_article_in_the_case_the_words_around_it_take(text: str, language: str, expected: set[str]) -> None:
    assert states(text, language) == expected


def read(sentence: str, language: str) -> list[tuple[str, str | None, tuple]]:
    return [(d.text, d.relative, (d.year, d.month, d.day)) for d in find_dates(sentence, language)]


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        ("bn", "তিনি ১৫ মার্চ ২০১৯ তারিখে ঢাকায় এসেছিলেন।", [("১৫ মার্চ ২০১৯", None, (2019, 3, 15))]),  # Bengali digits
        ("mr", "ते १५ मार्च २०१९ रोजी मुंबईत आले.", [("१५ मार्च २०१९", None, (2019, 3, 15))]),  # Marathi, Devanagari
    ],
)
def test_a_date_in_the_digits_of_the_languages_script(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("佢哋15日喺香港公佈結果。", [("15日", "day-of-month", (None, None, 15))]),  # CLDR's "d日": a day alone
        ("佢哋上個月20日公佈結果。", [("上個月20日", "last-month-day", (None, None, 20))]),  # after "last month"
        ("佢舊年9月辭職。", [("舊年9月", "last-year-month", (None, 9, None))]),  # a month after "last year"
        ("呢個計劃喺2018年開始。", [("2018", None, (2018, None, None))]),  # CLDR's "y年": a year
        ("同月18日佢哋再開會。", []),  # a day of the month just named, not of the month of writing
    ],
)
def test_days_and_years_written_with_the_word_cldr_glues_to_them(sentence: str, expected: list) -> None:
    assert read(sentence, "yue") == expected  # Cantonese: no data file, CLDR's patterns only


def test_a_bengali_source_builds_with_its_states_and_its_date(tmp_path: Path) -> None:
    text = (
        "ঢাকায় নতুন চুক্তি\n\n"
        "ভারতের প্রধানমন্ত্রী ১৫ মার্চ ২০১৯ তারিখে জার্মানিতে গিয়েছিলেন এবং সৌদি আরবের প্রতিনিধিদের সঙ্গে আলোচনা করেন। "
        "তুরস্ক এই চুক্তিকে স্বাগত জানিয়েছে এবং আগামী মাসে আরও আলোচনা হবে বলে জানিয়েছে।\n"
    )
    root = make_project(tmp_path, {"chukti.md": "---\nlanguage: bn\n---\n" + text})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    actors = {a["id"] for a in read_json(site, "api/actors.json")}
    assert {"india", "germany", "saudi-arabia", "turkey"} <= actors
    assert "2019-03-15" in {e["date"] for e in read_json(site, "api/events.json")}
    assert briefing["language"] == "bn"


@pytest.mark.parametrize(
    ("sentence", "weekday"),
    [("Ministri foli të martën në Tiranë.", 1), ("Të dielën u mblodhën qindra njerëz.", 6)],
)
def test_a_weekday_whose_name_opens_with_an_article_in_the_case_cldr_writes_it(sentence: str, weekday: int) -> None:
    # CLDR's "e martë" (Tuesday) and, in its phrases for past Tuesdays, "të martë"; the text's "të martën"
    assert [(d.relative, d.weekday) for d in find_dates(sentence, "sq")] == [("weekday", weekday)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("اس مہینے کے آخر میں اجلاس ہوا۔", [("اس مہینے", "month+0")]),  # dateparser: "اس مہینہ"; CLDR: "{0} مہینے"
        ("پچھلے مہینے اجلاس ہوا۔", [("پچھلے مہینے", "month-1")]),
    ],
)
def test_this_and_last_month_with_any_word_cldr_has_for_a_month(sentence: str, expected: list) -> None:
    assert [(d.text, d.relative) for d in find_dates(sentence, "ur")] == expected  # Urdu
