"""Publication dates in the openings of pages from outlets nobody tuned for (issue 14, item 5): each text is
written for the test, on a topic of its own (a district's new water tank)."""

from __future__ import annotations

import pytest
from briefing.dates import find_dates
from conftest import published_of


@pytest.mark.parametrize(
    ("text", "language", "month"),
    [
        ("जिला परिषद ने 9 फरवरी 2025 को नई पानी की टंकी को मंज़ूरी दी।", "hi", 2),  # no nukta, as texts often type it
        ("जिला परिषद ने 9 फ़रवरी 2025 को नई पानी की टंकी को मंज़ूरी दी।", "hi", 2),  # CLDR's spelling, with it
        ("জেলা পরিষদ ৯ জানুযারি ২০২৫ তারিখে নতুন জলের ট্যাংক অনুমোদন করেছে।", "bn", 1),  # "য" without its nukta
    ],
)
def test_a_month_name_is_read_with_or_without_its_nukta(text: str, language: str, month: int) -> None:
    found = [(d.year, d.month, d.day) for d in find_dates(text, language)]
    assert found == [(2025, month, 9)]


def test_a_dateline_with_a_month_written_without_nukta_dates_the_page(tmp_path) -> None:
    text = "नई पानी की टंकी\n\nप्रकाशित: 9 फरवरी 2025\n\nजिला परिषद ने बुधवार को नई पानी की टंकी को मंज़ूरी दी। काम अगले महीने शुरू होगा।\n"
    assert published_of(tmp_path, text) == ("2025-02-09", "header")


def test_a_date_label_naming_another_thing_is_no_publication_date(tmp_path) -> None:
    # "Date of entry into force:": the label's words name what the date is of, not the page's publication
    text = (
        "Water tank bylaw\n\nSection 4 Date of entry into force: 01/03/1998\n\n"
        "The district may build and run tanks for drinking water. The council sets the fees each year.\n"
    )
    assert published_of(tmp_path, text) == (None, "not-stated")


def test_a_plain_date_label_still_dates_the_page(tmp_path) -> None:
    text = "Water tank bylaw\n\nDate: 3 March 2024\n\nThe district may build water tanks. The fees are set yearly.\n"
    assert published_of(tmp_path, text) == ("2024-03-03", "metadata")


def test_a_date_line_over_the_schedule_of_what_the_page_announces_dates_the_page(tmp_path) -> None:
    # the date again in the schedule under it ("日時 … 午前10時~11時") is the hours of the event, no chronicle's lede
    text = (
        "令和5年度 4月定例記者会見\n令和5年4月10日\n- 日時 令和5年4月10日(月曜日)午前10時~11時\n\n"
        "市長は新しい給水塔の建設について説明しました。工事は来月に始まります。費用は市が負担します。\n"
    )
    assert published_of(tmp_path, text) == ("2023-04-10", "header")


def test_a_published_label_then_its_word_for_date_still_dates_the_page(tmp_path) -> None:
    # "Published on date:" (a verb's label, then the word "date" glued to its preposition): the page's date
    text = (
        "خزان المياه الجديد\n\nنشر بتاريخ: 14-05-2023 | محلي\n\n"
        "وافق المجلس البلدي على بناء خزان جديد للمياه. ويبدأ العمل الشهر المقبل. وتتحمل البلدية التكلفة.\n"
    )
    assert published_of(tmp_path, text) == ("2023-05-14", "header")
