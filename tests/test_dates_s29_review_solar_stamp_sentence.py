"""A Solar Hijri day written year first after "on the date" is the text's in a notice's prose, but not where the
sentence speaks of the page itself (`page_itself_words` of data/dates/fa.yaml: "این خبر", this news; "به‌روزرسانی",
update): "این خبر در تاریخ … منتشر شده است" is the site's stamp written as a sentence, no event. Each text is
written for the test, on a topic of its own (a town's swimming pool)."""

from __future__ import annotations

import pytest
from conftest import make_project

LEDE = (
    "استخر سرپوشیده شهر پس از دو سال بازسازی با سه حوضچه تازه از هفته آینده به روی همه شناگران باز می‌شود و"
    " ساعات کار آن اعلام شد.\n\n"
)


def events_of(tmp_path, text: str) -> list[str | None]:
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return [e.date for e in extract(load_source(root / "sources/page.txt", root), registry).events]


@pytest.mark.parametrize(
    "closing",
    [
        "این خبر در تاریخ ۱۴۰۳/۰۳/۱۰ منتشر شده است.",  # this news was published on 10 Khordad 1403
        "این گزارش در تاریخ ۱۴۰۳/۰۳/۱۰ در سایت شهرداری منتشر شد.",
    ],
)
def test_a_sentence_stamping_the_page_itself_is_no_event(tmp_path, closing: str) -> None:
    assert "2024-05-30" not in events_of(tmp_path, "استخر شهر\n\n" + LEDE + closing + "\n")


def test_a_day_after_on_the_date_in_a_notices_prose_is_still_the_texts(tmp_path) -> None:
    text = "استخر شهر\n\n" + LEDE + "بازگشایی استخر در تاریخ ۱۴۰۳/۰۳/۱۰ از ساعت ۸ صبح انجام می‌شود.\n"
    assert "2024-05-30" in events_of(tmp_path, text)
