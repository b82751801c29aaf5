"""Arabic names an event by its year written after it ("انتخابات 2022", "محاولة انقلاب 2016", "هجمات برشلونة 2017"),
where English writes the year before ("the 2022 elections"): that year is a date. The nouns are also counted in
Arabic, the count after them ("قتل في الهجمات 2000 شخص", "فاز في الانتخابات 2014 مقعدا"), so the year is read only
where nothing counted follows it: a mark, the end of the sentence, a function word or a word a conjunction or
preposition is glued to (`counted_event_year_before`). Sentences written for the test (a harbour town's news)."""

from __future__ import annotations

import pytest
from conftest import dates_read


@pytest.mark.parametrize(
    ("sentence", "year"),
    [
        ("خسر رئيس البلدية مقعده في انتخابات 2022.", 2022),
        ("اعتقلت الشرطة عشرة أشخاص بتهمة المشاركة في محاولة انقلاب 2016.", 2016),
        ("هجمات الميناء 2017: قتل ثلاثة بحارة.", 2017),
        ("جرت انتخابات 2022 في موعدها في المدينة الساحلية.", 2022),
        ("تغيرت المدينة كثيرا بعد ثورة 2011، كما يقول سكانها.", 2011),
    ],
)
def test_the_year_of_an_event(sentence: str, year: int) -> None:
    assert dates_read(sentence, "ar") == [(str(year), (year, None, None))]


@pytest.mark.parametrize(
    "sentence",
    [
        "قتل في الهجمات 2000 شخص في المدينة الساحلية.",
        "فاز الحزب في الانتخابات 2014 مقعدا في المجلس.",
        "شارك في انتخابات 2022 مرشحا من الأحزاب.",
    ],
)
def test_a_count_after_the_noun_is_no_year(sentence: str) -> None:
    assert dates_read(sentence, "ar") == []
