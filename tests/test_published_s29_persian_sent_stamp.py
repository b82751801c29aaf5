"""Publication dates: a Persian site's stamp of when a post was sent ("تاریخ ارسال", "تاریخ و زمان ارسال: …"), a
label of `data/publication.yaml`. The text is written for the test, on a topic of its own (a town's new library)."""

from __future__ import annotations

from conftest import published_of


def test_a_persian_sent_stamp_dates_the_page(tmp_path) -> None:
    text = (
        "کتابخانه جدید شهر افتتاح شد\n- شناسه خبر: 1234\n- تاریخ و زمان ارسال: 12 مهر 1402 ساعت 09:30\n\n"
        "کتابخانه جدید شهر با ظرفیت چهل هزار جلد کتاب از فردا به روی همه خوانندگان باز می‌شود.\n"
    )
    assert published_of(tmp_path, text)[0] == "2023-10-04"  # 12 Mehr 1402
