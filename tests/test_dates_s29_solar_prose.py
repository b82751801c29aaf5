"""Iran's offices write a Solar Hijri day year first after "on the date" in a notice's prose ("در تاریخ
۱۴۰۰/۰۴/۱۵"): that is the text's date, not a stamp the site put on the page; after a label's colon it still is one.
Each text is written for the test, on a topic of its own (a town's library)."""

from __future__ import annotations

from conftest import make_project


def events_of(tmp_path, text: str) -> list[str | None]:
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return [e.date for e in extract(load_source(root / "sources/page.txt", root), registry).events]


def test_a_solar_day_year_first_after_on_the_date_is_the_texts(tmp_path) -> None:
    text = (
        "اطلاعیه کتابخانه شهر\n\nکتابخانه شهر به دلیل تعمیرات ساختمان چند روز تعطیل خواهد بود و خدمات امانت کتاب"
        " متوقف می‌شود.\n\nبازگشایی کتابخانه در تاریخ ۱۴۰۲/۰۷/۱۲ از ساعت ۸ صبح انجام می‌شود.\n"
    )
    assert "2023-10-04" in events_of(tmp_path, text)  # 12 Mehr 1402


def test_a_solar_day_year_first_after_its_labels_colon_is_still_a_stamp(tmp_path) -> None:
    text = (
        "اطلاعیه کتابخانه شهر\n\nکتابخانه شهر به دلیل تعمیرات ساختمان چند روز تعطیل خواهد بود و خدمات امانت کتاب"
        " متوقف می‌شود.\n\nبازگشایی کتابخانه پس از پایان تعمیرات به اطلاع همه اعضا خواهد رسید. تاریخ: ۱۴۰۲/۰۷/۱۲\n"
    )
    assert "2023-10-04" not in events_of(tmp_path, text)
