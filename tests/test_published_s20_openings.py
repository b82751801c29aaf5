"""Publication dates in the openings of pages from outlets nobody tuned for (tests/data/realtext-openings), and
how the evaluator scores an opening alone: each page is written for the test, on a topic of its own (a town
council's vote on a new footbridge)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import yaml
from briefing import realtext
from briefing.dates import find_dates
from conftest import published_of


def _opening_report(tmp_path: Path, header: str, published: str | None, sentences: list[dict]) -> realtext.Report:
    article = {"url": "https://example.org/a", "topic": "t", "header": header, "published": published, "sentences": sentences}
    path = tmp_path / "de.yaml"
    path.write_text(yaml.safe_dump({"language": "de", "articles": [article]}, allow_unicode=True), encoding="utf-8")
    return realtext.score([path], realtext.Report(), baseline=False)


BRIDGE_HEADER = "Startseite\nNavigation\n\nStadtrat stimmt der neuen Fußgängerbrücke zu\n\n12.03.2019\n"


def test_an_opening_alone_of_header_lines_is_scored_not_refused(tmp_path: Path) -> None:
    # every line is header or furniture: the build would refuse the page, whose text the set leaves out
    report = _opening_report(tmp_path, BRIDGE_HEADER, "2019-03-12", [])
    assert report.refused == []
    assert report.published["de"] == [1, 1, 0]


def test_an_opening_alone_claims_no_date_its_header_does_not_state(tmp_path: Path) -> None:
    report = _opening_report(tmp_path, "Startseite\nNavigation\n\nStadtrat stimmt der neuen Fußgängerbrücke zu\n", None, [])
    assert report.refused == [] and report.published["de"] == [0, 0, 0]


def test_an_article_with_sentences_and_no_text_left_is_still_refused(tmp_path: Path) -> None:
    sentences = [{"text": "Navigation", "dates": []}]
    report = _opening_report(tmp_path, BRIDGE_HEADER, "2019-03-12", sentences)
    assert len(report.refused) == 1


JA_TEXT = "市議会は本日、川に架かる新しい歩道橋の建設を賛成多数で可決した。工事は来年の春に始まる予定である。"


def test_a_japanese_era_date_is_the_gregorian_day_it_names() -> None:
    (found,) = find_dates("市は令和6年3月8日に歩道橋の計画を発表した。", "ja")
    assert (found.year, found.month, found.day, found.text, found.calendar) == (2024, 3, 8, "令和6年3月8日", "japanese")


def test_an_eras_first_year_its_month_and_a_year_alone_are_read() -> None:
    assert [(d.year, d.month) for d in find_dates("平成元年に計画され、令和2年9月に完成した。", "ja")] == [
        (1989, None),
        (2020, 9),
    ]


def test_a_fiscal_year_of_an_era_is_no_calendar_year() -> None:
    assert [d.year for d in find_dates("令和3年度の予算で歩道橋を建設する。", "ja")] == []


def test_a_minguo_year_is_read_in_chinese() -> None:
    (found,) = find_dates("市議會於民國113年5月20日通過人行橋計畫。", "zh")
    assert (found.year, found.month, found.day, found.calendar) == (2024, 5, 20, "roc")


def test_an_era_date_alone_above_the_headline_is_the_pages_date(tmp_path: Path) -> None:
    text = f"令和5年11月2日(木)午後\n\n歩道橋の建設を可決\n\n{JA_TEXT}\n"
    assert published_of(tmp_path, text) == ("2023-11-02", "header")


BN_TEXT = "পৌরসভা আজ নদীর উপর নতুন পায়ে চলার সেতু নির্মাণের প্রস্তাব অনুমোদন করেছে। আগামী বসন্তে কাজ শুরু হবে।"


def test_a_month_name_dateparser_writes_with_a_precomposed_letter_is_read_in_nfc() -> None:
    # dateparser writes "য়" as one character (U+09DF), which NFC (the loader's form) splits in two
    text = unicodedata.normalize("NFC", "সেতুর প্রস্তাব জানুয়ারি ৬, ২০১৯ তারিখে জমা পড়ে।")
    assert [(d.year, d.month, d.day) for d in find_dates(text, "bn")] == [(2019, 1, 6)]


def test_a_bengali_published_stamp_with_its_time_before_the_date(tmp_path: Path) -> None:
    text = f"পায়ে চলার সেতু অনুমোদিত\n\nপ্রকাশিত: ০৯:১৫ পূর্বাহ্ণ, ফেব্রুয়ারি ১২, ২০২২\n\n{BN_TEXT}\n"
    assert published_of(tmp_path, unicodedata.normalize("NFC", text)) == ("2022-02-12", "header")


def test_a_date_line_with_the_hours_of_a_meeting_is_no_stamp(tmp_path: Path) -> None:
    text = f"歩道橋に関する記者会見\n\n• 日時:令和4年7月8日(金)10:00~11:30\n\n{JA_TEXT}\n"
    assert published_of(tmp_path, text)[0] is None


def test_a_date_line_with_one_time_is_still_a_stamp(tmp_path: Path) -> None:
    text = f"歩道橋に関する記者会見\n\n令和4年7月8日(金)10:00\n\n{JA_TEXT}\n"
    assert published_of(tmp_path, text) == ("2022-07-08", "header")


TR_TEXT = "Belediye meclisi nehir üzerine yeni bir yaya köprüsü yapılmasını oy çokluğuyla kabul etti. İnşaat baharda başlayacak."
ES_TEXT = "El Concejo aprobó la construcción de una pasarela peatonal sobre el río. Las obras empezarán en primavera."


def test_a_stamp_with_its_weekday_and_time_opening_the_headline(tmp_path: Path) -> None:
    # the day's "12" is no counter's figure glued to the headline, and the weekday stands between date and time
    text = f"Yerel Haberler\nİzmit\n12 Nisan 2025 Cumartesi - 09:40 Yaya köprüsü projesi meclisten geçti\n\n{TR_TEXT}\n"
    assert published_of(tmp_path, text) == ("2025-04-12", "header")


def test_a_date_without_a_time_opening_the_headline_may_be_its_subject(tmp_path: Path) -> None:
    body = "Il consiglio comunale ha approvato il nuovo ponte pedonale sul fiume."
    text = f"12 marzo 2021 | Il ponte pedonale, la cronistoria\n\n{body}\n"
    assert published_of(tmp_path, text)[0] is None


def test_a_date_in_figures_alone_after_the_headlines_dash(tmp_path: Path) -> None:
    text = f"BOLETÍN MUNICIPAL Nº 52 ANEXO – 12/05/21\n\n{ES_TEXT}\n"
    assert published_of(tmp_path, text) == ("2021-05-12", "header")


def test_a_stamp_in_figures_opening_a_paragraph_cut_at_a_semicolon(tmp_path: Path) -> None:
    opening = "14-09-2023 El Concejo aprobó la construcción de una pasarela peatonal, que estará lista en primavera;"
    text = f"Nueva pasarela sobre el río\n\n{opening}\n"
    assert published_of(tmp_path, text) == ("2023-09-14", "header")


def test_a_date_after_a_bylines_pipe_closing_the_teaser(tmp_path: Path) -> None:
    teaser = "מועצת העיר אישרה את בניית גשר הולכי הרגל החדש מעל הנחל • העבודות יחלו באביב הבא דנה לוי|15.03.2024"
    text = f"{teaser}\n\nחברי המועצה הצביעו בעד התוכנית ברוב גדול. הגשר יחבר בין שתי השכונות שמעבר לנחל.\n"
    assert published_of(tmp_path, text) == ("2024-03-15", "header")


KO_TEXT = "시의회는 하천 위에 새 보행교를 건설하는 안건을 가결했다. 공사는 내년 봄에 시작된다."
VI_TEXT = "Hội đồng thành phố đã thông qua việc xây dựng cây cầu đi bộ mới bắc qua sông. Công trình sẽ khởi công vào mùa xuân."


def test_a_published_label_and_a_stamp_in_figures_inside_the_heads_line(tmp_path: Path) -> None:
    head = "정치 [포토] 시의회, 보행교 건설 가결 입력 2022-04-11 10:05 수정 2022-04-12 08:30 김기자 구독 공유하기"
    assert published_of(tmp_path, f"{head}\n\n{KO_TEXT}\n") == ("2022-04-11", "header")


def test_a_published_label_before_a_date_of_prose_gives_no_stamp(tmp_path: Path) -> None:
    # no time after the date: a sentence's date, not a site's stamp
    head = "시의회는 보행교 건설 계획을 입력 2022-04-11 기준으로 다시 검토하기로 했다고 밝혔다. 공사는 봄에 시작된다."
    assert published_of(tmp_path, f"보행교 건설 가결\n\n{head}\n\n{KO_TEXT}\n")[0] is None


def test_a_vietnamese_date_posted_label_after_the_section(tmp_path: Path) -> None:
    text = f"Thông qua dự án cầu đi bộ\nXã hội - Ngày đăng : 07:45, 11/04/2022\n\n{VI_TEXT}\n"
    assert published_of(tmp_path, text) == ("2022-04-11", "header")


HI_TEXT = "नगर निगम ने नदी पर नए पैदल पुल के निर्माण को मंजूरी दी। काम अगले वसंत में शुरू होगा।"


def test_a_day_with_the_datelines_comma_glued_to_it() -> None:
    found = find_dates("जयपुर ,9 मार्च 2022 : नगर निगम ने पुल को मंजूरी दी।", "hi")
    assert [(d.year, d.month, d.day) for d in found] == [(2022, 3, 9)]
    assert all(d.day != 16 for d in find_dates("कुल 1,16 मार्च", "hi"))  # a figure's comma


def test_a_dateline_with_its_comma_glued_to_the_day(tmp_path: Path) -> None:
    text = f"पैदल पुल को मंजूरी\n\nजयपुर ,9 मार्च 2022 : {HI_TEXT}\n"
    assert published_of(tmp_path, text) == ("2022-03-09", "dateline")
