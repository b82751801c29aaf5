"""Event-date rules the seventeenth held-out set (and what the sixteenth left over) showed once it was opened for
tuning (issue 14), one test case per general rule. Every sentence is written for the tests, on a lighthouse and
its keepers; the accuracy on real articles is measured by `python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
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
    return [(e.date_text, e.iso_date, e.date_basis, e.date_end) for e in briefing.events]


@pytest.mark.parametrize(
    ("sentence", "years"),
    [
        # "and became", "to his son": a conjunction or preposition glued to the next word, no noun the number counts
        ("أُطفئ المنار في 1990 وأصبح متحفا في 1994.", [1990, 1994]),
        ("سلم الحارس المفاتيح في 2006 لابنه الأكبر، بعد أن عمل فيه منذ افتتاحه في 1965، قبل أن يتقاعد.", [2006, 1965]),
        ("بُني المنار فى 1952 لحماية السفن.", [1952]),  # "فى", as Egyptian texts write "في"
    ],
)
def test_an_arabic_year_after_in_before_a_word_glued_to_a_clitic(sentence: str, years: list[int]) -> None:
    assert [value[0] for _, value in read(sentence, "ar")] == years
    # a noun that opens with a clitic's letter, or none, is counted: no year
    assert read("تسبب الإعصار في 2000 وفاة على الساحل.", "ar") == []
    assert read("وصل الحارس في 1500 سفينة.", "ar") == []


def test_an_arabic_count_back_may_open_with_a_glued_conjunction() -> None:
    assert read("فقبل 5 سنوات، أُطفئ المنار.", "ar") == [("فقبل 5 سنوات", "year-5")]


def test_an_arabic_count_after_since_is_a_date_only_on_such_a_day() -> None:
    found = read("أُطفئ المنار في مثل هذا اليوم منذ خمس سنوات.", "ar")
    assert found == [("في مثل هذا اليوم منذ خمس سنوات", "anniversary-5")]
    assert read("المنار مطفأ منذ خمس سنوات.", "ar") == []  # for five years: a span, no date


def test_an_arabic_range_joined_by_and_until() -> None:
    found = read("عمل الحارس في المنار من 3 مارس 2010 وحتي 5 أبريل 2011.", "ar")
    assert found == [("3 مارس 2010 وحتي 5 أبريل 2011", (2010, 3, 3), (2011, 4, 5))]


@pytest.mark.parametrize(
    ("language", "sentence", "kind"),
    [
        ("it", "Vent'anni fa il faro si spense.", "year-20"),  # the count's last vowel elided before "anni"
        ("it", "Trent’anni fa il faro si spense.", "year-30"),
        ("fr", "Il y a maintenant 12 ans, le phare s'éteignait.", "year-12"),  # an adverb before the count
        ("fr", "Il y a déjà trois ans que le phare s'est éteint.", "year-3"),
        ("fr", "Il y a très précisément un an, le phare s'éteignait.", "anniversary-1"),
        ("pt", "O farol apagou-se 20 anos atrás.", "year-20"),  # "atrás" after the count
        ("pt", "O farol apagou-se três meses atras.", "month-3"),
    ],
)
def test_counts_back_from_the_time_of_writing(language: str, sentence: str, kind: str) -> None:
    assert [value for _, value in read(sentence, language)] == [kind]


def test_an_italian_elided_count_and_a_count_in_figures() -> None:
    assert [value for _, value in read("Quarant'anni fa, 3 anni fa e 4 mesi fa il faro si spense.", "it")] == [
        "year-40",
        "year-3",
        "month-4",
    ]


@pytest.mark.parametrize(
    ("language", "sentence", "found"),
    [
        ("it", "Questa notte il faro si è spento.", [("Questa notte", "day+0")]),
        ("tr", "Deniz feneri 1952 senesinde yapıldı.", [("1952", (1952, None, None))]),  # "sene", year
        ("fa", "نگهبان پس از «کودتای آگوست» فانوس را خاموش کرد.", [("آگوست", (None, 8, None))]),
    ],
)
def test_words_for_a_part_of_today_a_year_and_a_month(language: str, sentence: str, found: list) -> None:
    assert read(sentence, language) == found


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("ru", "На сегодняшний день маяк посетили 430 человек."),  # "to date"
        ("uk", "На сьогоднішній день маяк відвідали 430 людей."),
    ],
)
def test_to_date_names_no_day(language: str, sentence: str) -> None:
    assert read(sentence, language) == []
    # today's session, after the same preposition, is today
    assert read("Смотритель выступил на сегодняшнем заседании.", "ru") == [("сегодняшнем", "day+0")]


def test_a_range_is_another_event_than_its_first_year_alone(tmp_path: Path) -> None:
    text = "Маяк\n\nУ 1990 році маяк закрили, після чого з 1990 до 1991 року його ремонтували.\n\nТепер він світить.\n"
    assert _events(tmp_path, text) == [("1990", "1990", "stated", None), ("1990 до 1991", "1990", "stated", "1991")]


def test_a_year_opening_a_sentence_after_a_long_words_full_stop_is_that_sentences(tmp_path: Path) -> None:
    (tmp_path / "sources").mkdir()
    path = tmp_path / "sources" / "lighthouse.txt"
    text = "Leuchtturm\n\nDer Wärter blieb fünfzig Jahre, bis er die Lampe abgab. 1953 war der Turm zum ersten Mal dunkel.\n"
    path.write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    events = extract(load_source(path, tmp_path), registry).events
    assert [(e.date_text, e.quote) for e in events] == [("1953", "1953 war der Turm zum ersten Mal dunkel.")]


@pytest.mark.parametrize(
    ("language", "sentence", "found"),
    [
        ("it", "Il faro fu acceso il 2 aprile 2005, vigilia della Domenica della Divina Misericordia.", ["2 aprile 2005"]),
        ("es", "El faro se encendió el Domingo de Ramos.", []),
        # in lower case, the day of the week
        ("it", "Il faro si spense sabato, vigilia della Domenica di Pasqua.", ["sabato"]),
    ],
)
def test_a_capitalised_weekday_before_a_name_is_a_feast(language: str, sentence: str, found: list[str]) -> None:
    assert [text for text, *_ in read(sentence, language)] == found


def test_a_right_to_left_lines_comma_moved_before_a_year() -> None:
    assert read("أُطفئ المنار في عام ,1929 وبقي مطفأ.", "ar") == [("1929", (1929, None, None))]


def test_arabic_today_before_a_title_is_today_not_a_day_it_describes() -> None:
    assert read("ووصل صباح اليوم الرئيس إلى المنار.", "ar") == [("صباح اليوم", "day+0")]
    assert read("وصل الحارس في صباح اليوم التالي.", "ar") == []  # "the next day": an adjective of the day


def test_a_whole_date_with_a_clock_time_before_the_pages_address_is_a_stamp(tmp_path: Path) -> None:
    stamp = "روزنامه 25 دی 1389 ساعت 1:43 https://www.example.ir/a.html"
    text = f"فانوس دریایی\n\n{stamp} متن : نگهبان در سوم سپتامبر 1936 به دنیا آمد.\n"
    assert [e[:2] for e in _events(tmp_path, text)] == [("سوم سپتامبر 1936", "1936-09-03")]
