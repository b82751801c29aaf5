"""A forum member's panel in Arabic prints the member's sign-up date under the label "التسجيل :" (registration) alone
on its line, the date on the next ("التسجيل :" / "2011-03-14"): that date is when the member joined, never when the
post went up, so the thread's own stamp ("المشاهدات : 210   الردود : 2    2016-09-05") dates the page. The label
counts only with its colon: "التسجيل" alone is a top bar's sign-up link, and a registration the text reports
("موعد التسجيل ...") is no member's panel. Pages written for the test (a gardening forum)."""

from __future__ import annotations

from pathlib import Path

from conftest import published_of

BODY = (
    "يسأل الأعضاء عن أفضل وقت لزراعة الطماطم في الحديقة المنزلية. ينصح المزارعون بالزراعة بعد انتهاء موجات البرد "
    "وتجهيز التربة جيدا قبل ذلك."
)

THREAD = "زراعة الطماطم في البيت\n\nالكاتب : سالم   المشاهدات : 210   الردود : 2    2016-09-05\n"


def test_a_date_under_the_registration_label_is_the_members_not_the_pages(tmp_path: Path) -> None:
    panel = "    سالم\n\n    التسجيل :\n    2011-03-14\n    المشاركات:\n    1,204\n"
    assert published_of(tmp_path, f"{THREAD}{panel}\n{BODY}\n")[0] != "2011-03-14"


def test_the_panel_alone_gives_the_page_no_date(tmp_path: Path) -> None:
    page = "زراعة الطماطم في البيت\n\n    التسجيل :\n    2011-03-14\n"
    assert published_of(tmp_path, f"{page}\n{BODY}\n")[0] != "2011-03-14"


def test_the_bare_word_as_a_top_bar_link_is_no_label(tmp_path: Path) -> None:
    page = "التسجيل\n\nزراعة الطماطم في البيت\n\n2016-09-05\n"
    assert published_of(tmp_path, f"{page}\n{BODY}\n")[0] == "2016-09-05"


def test_a_registration_the_page_announces_is_no_members_panel(tmp_path: Path) -> None:
    page = "دورة الزراعة المنزلية\n\n2016-09-05\n"
    body = "يبدأ التسجيل في الدورة يوم 2016-10-01 في مقر الجمعية. " + BODY
    assert published_of(tmp_path, f"{page}\n{body}\n")[0] == "2016-09-05"


def test_the_label_with_its_colon_and_the_date_on_one_line(tmp_path: Path) -> None:
    page = f"{THREAD}    التسجيل : 2011-03-14\n"
    assert published_of(tmp_path, f"{page}\n{BODY}\n")[0] != "2011-03-14"
