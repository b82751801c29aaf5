"""The publication date a page states, in layouts of issue 14's eleventh held-out set and of the ja/ko/hi/sq set:
each header is written for the test, on a topic of its own (a fisheries agreement signed in Lomé), and the rules
for languages with no data file are tried in languages of none of the evaluation sets."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, build_project, make_project, published_of, read_json


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a site's world clock, a time zone's name (CLDR's) opening it: the time the page was viewed
        ("无障碍链接\n\n中国时间 15:22 2024年3月4日 星期一\n\n渔业协定在洛美签署\n\n", "zh", (None, "not-stated")),
        ("Fisheries deal signed in Lomé\nChina Time 15:22 Monday, 4 March 2024\n\n", "en", (None, "not-stated")),
        ("Accord de pêche signé à Lomé\nheure de Moscou 10:05 lundi 4 mars 2024\n\n", "fr", (None, "not-stated")),
        # a stamp naming its zone after the time is the page's, and so is a city's name opening it
        ("Fisheries deal signed in Lomé\n4 March 2024 10:05 Moscow Time\n\n", "en", ("2024-03-04", "header")),
        ("Соглашение о рыболовстве\nМосква, 10:05 4 марта 2024\n\n", "ru", ("2024-03-04", "header")),
    ],
)
def test_a_sites_world_clock_states_no_publication_date(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


# the day's date above the masthead, the update of that day, and the page's own published stamp in Solar Hijri
# figures, day first (14 Esfand 1402 is 4 March 2024)
PERSIAN_STAMPS = "۲۰ فروردین ۱۴۰۳\nبه روز شده در: ۲۰ فروردین ۱۴۰۳ - ۱۴:۵۵\nکد خبر ۱۲۳۴۵\nتاریخ انتشار: ۱۰:۰۵ - {date}\n\n"


@pytest.mark.parametrize("date", ["۱۴-۱۲-۱۴۰۲", "۱۴.۱۲.۱۴۰۲", "14/12/1402"])
def test_a_solar_hijri_published_stamp_day_first_wins_over_the_sites_clock(tmp_path: Path, date: str) -> None:
    assert published_of(tmp_path, PERSIAN_STAMPS.format(date=date) + LEDE["fa"]) == ("2024-03-04", "header")


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a caption's date, then a preposition and the place of what its photo shows, closed by a full stop
        ("Accord de pêche\n\n4 mars 2024 à Lomé (Togo).\n\n", "fr", (None, "not-stated")),
        ("Fisheries deal\n\n4 March 2024 in Lomé (Togo).\n\n", "en", (None, "not-stated")),
        ("Acuerdo de pesca\n\n4 de marzo de 2024 en Lomé (Togo).\n\n", "es", (None, "not-stated")),
        # a stamp's time after the date, or its place before it, is the page's
        ("Accord de pêche\n\n4 mars 2024 à 10h05\n\n", "fr", ("2024-03-04", "header")),
        ("Acuerdo de pesca\n\nLomé, 4 de marzo de 2024\n\n", "es", ("2024-03-04", "header")),
    ],
)
def test_a_captions_date_and_place_is_no_publication_date(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # an event's infobox: its date, then the field naming where it took place
        ("Угода про рибальство в Ломе\nДата 4 березня 2024\nМісце Ломе, Того\n\n", "uk", (None, "not-stated")),
        ("Fisheries agreement of Lomé\nDate 4 March 2024\nLocation Lomé, Togo\n\n", "en", (None, "not-stated")),
        ("Fischereiabkommen von Lomé\nDatum 4. März 2024\nOrt Lomé, Togo\n\n", "de", (None, "not-stated")),
        ("Sporazum o ribolovu v Loméju\nDatum 4. marec 2024\nKraj Lomé, Togo\n\n", "sl", (None, "not-stated")),
        # the labels on lines of their own, the place's field above the date's
        ("Fisheries agreement of Lomé\nLocation\nLomé, Togo\nDate\n4 March 2024\n\n", "en", (None, "not-stated")),
        ("Fischereiabkommen von Lomé\nOrt\nLomé\nDatum\n4. März 2024\n\n", "de", (None, "not-stated")),
        ("Žvejybos susitarimas\nVieta\nLomė\nData\n2024 m. kovo 4 d.\n\n", "lt", (None, "not-stated")),
        # a page's own date line over its text is its publication date
        ("Fisheries agreement of Lomé\nDate 4 March 2024\n\n", "en", ("2024-03-04", "header")),
    ],
)
def test_an_events_infobox_date_is_no_publication_date(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # a dateline alone under the headline: a place a comma sets off and the day, nothing else
        ("Fisheries deal signed in Lomé\nLomé, March 4\n\n", "en", ("--03-04", "dateline")),
        ("Acuerdo de pesca firmado en Lomé\nLomé, 4 de marzo\n\n", "es", ("--03-04", "dateline")),
        ("Соглашение о рыболовстве подписано\nЛоме, 4 марта\n\n", "ru", ("--03-04", "dateline")),
        # in a script without capitals, a place of letters and vowel signs; the dateline closed by a colon, a
        # visarga for one, or a danda glued to the text
        ("মৎস্য চুক্তি স্বাক্ষরিত\n\nঢাকা, ৪ মার্চ।", "bn", ("--03-04", "dateline")),
        ("मासेमारी करार\n\nमुंबई, 4 मार्च: ", "mr", ("--03-04", "dateline")),
        ("मासेमारी करार\n\nमुंबई, 4 मार्चः", "mr", ("--03-04", "dateline")),
        # in Latin letters a colon closes a photo agency's caption too
        ("Fisheries deal\n\nLOMÉ, TOGO, MARCH 4: ", "en", (None, "not-stated")),
    ],
)
def test_a_dateline_under_the_headline(tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # an agency's date in lenticular brackets, the agency after it
        ("漁業協定に署名\n\n【3月4日 AFP】", "ja", ("--03-04", "dateline")),
        ("渔业协定在洛美签署\n\n【3月4日 某某社】", "zh", ("--03-04", "dateline")),
        ("漁業協定在洛美簽署\n\n【3月4日 某某社】", "zh", ("--03-04", "dateline")),
        # a Chinese outlet's "news" of the day; a report it cites, or the local time of what happened, is not it
        ("某某客户端3月4日消息 ", "zh", ("--03-04", "dateline")),
        ("据某某通讯社3月4日消息,", "zh", (None, "not-stated")),
        ("某某台援引某某通讯社当地时间3月4日消息,", "zh", (None, "not-stated")),
    ],
)
def test_an_agencys_bracketed_or_news_dateline(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # labels for "posted" and "edited" in languages with no data file: the posted date wins, an edited date
        # alone says it is an update's
        ("어업 협정 서명\n수정 2024-03-06 11:00\n입력 2024-03-04 10:05\n\n", "ko", ("2024-03-04", "header")),
        ("어업 협정 서명\n수정 2024-03-06 11:00\n\n", "ko", ("2024-03-06", "updated-line")),
        ("Sporazum o ribolovu\nPosodobljeno: 06.03.2024 11:00\n\n", "sl", ("2024-03-06", "updated-line")),
        ("Žvejybos susitarimas\nAtnaujinta 2024-03-06 11:00\n\n", "lt", ("2024-03-06", "updated-line")),
        ("Kalandusleping\nUuendatud: 06.03.2024 11:00\n\n", "et", ("2024-03-06", "updated-line")),
        ("Perjanjian perikanan\nDikemas kini 06.03.2024 11:00\n\n", "ms", ("2024-03-06", "updated-line")),
        ("মৎস্য চুক্তি\nআপডেট: 06.03.2024 11:00\n\n", "bn", ("2024-03-06", "updated-line")),
    ],
)
def test_posted_and_edited_labels_of_languages_without_a_data_file(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated


@pytest.mark.parametrize(
    ("notice", "stamp", "language"),
    [
        (
            "이 사이트의 모든 기능을 쓰려면 브라우저에서 자바스크립트를 활성화해야 합니다.\n"
            "브라우저 설정에서 자바스크립트를 켜는 방법은 도움말 페이지를 참고해 주세요.\n",
            "입력 2024-03-04 10:05",
            "ko",
        ),
        (
            "This site needs JavaScript to work properly in every browser.\n"
            "Please turn on JavaScript in the settings of your browser.\n",
            "Posted on 4 March 2024, 10:05",
            "en",
        ),
        (
            "Spletna stran za pravilno delovanje v vsakem brskalniku potrebuje JavaScript.\n"
            "V nastavitvah svojega brskalnika vklopite JavaScript in znova naložite stran.\n",
            "Objavljeno: 4. 3. 2024, 10:05",
            "sl",
        ),
    ],
)
def test_a_stamp_under_a_sites_javascript_notice_is_the_publication_date(
    tmp_path: Path, notice: str, stamp: str, language: str
) -> None:
    header = f"{notice}\nFisheries deal signed in Lomé\n{stamp}\n\n"
    assert published_of(tmp_path, header + LEDE[language]) == ("2024-03-04", "header")


def test_a_dateline_alone_under_the_headline_is_shown_with_its_basis(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"deal.txt": "Fisheries deal signed in Lomé\nLomé, March 4\n\n" + LEDE["en"]})
    site = build_project(root, tmp_path / "site")
    (briefing,) = read_json(site, "api/briefings.json")
    assert (briefing["published"], briefing["published_basis"]) == ("--03-04", "dateline")
    page = (site / "briefings" / briefing["id"] / "index.html").read_text(encoding="utf-8")
    assert "read from the dateline" in page


@pytest.mark.parametrize(
    ("header", "language", "stated"),
    [
        # Chinese and Japanese space no prose: a date set off by spaces after a section's name, then the headline,
        # the source and the text, is a header's
        ("特集 2024年3月4日 洛美签署渔业协定 【某网】 ", "zh", ("2024-03-04", "header")),
        ("特集 2024年3月4日 洛美簽署漁業協定 【某網】 ", "zh", ("2024-03-04", "header")),
        ("特集 2024年3月4日 漁業協定に署名 【某社】 ", "ja", ("2024-03-04", "header")),
        # a sentence spacing its date goes on after it
        ("政府宣布 2024年3月4日 起实施新的渔业法令。", "zh", (None, "not-stated")),
    ],
)
def test_a_chinese_or_japanese_header_glued_to_the_text(
    tmp_path: Path, header: str, language: str, stated: tuple[str | None, str]
) -> None:
    assert published_of(tmp_path, header + LEDE[language]) == stated
