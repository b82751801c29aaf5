"""Two ways Arabic official letters and warnings write a day: the Gregorian month's name between slashes ("24/تشرين
الثاني/2017", and a range whose first day keeps its slash, "14/ – 23/تشرين الثاني/2017"), and a Hijri day in figures
with the era's word after it ("19/7/1440هـ", "١٤٤٣/٣/٢١هـ"). Sentences written for the test, on a topic of their own (a
library)."""

from __future__ import annotations

from conftest import dates_read


def test_a_month_name_between_slashes_is_a_day() -> None:
    assert dates_read("افتتحت المكتبة بتاريخ 12/آذار/2019 في بغداد.", "ar") == [("12/آذار/2019", (2019, 3, 12))]
    assert dates_read("La bibliothèque a ouvert le 3/mars/2020.", "fr") == [("3/mars/2020", (2020, 3, 3))]


def test_a_range_whose_first_day_keeps_its_slash() -> None:
    found = dates_read("أغلقت المكتبة للفترة من 5/ – 9/أيار/2018 للصيانة.", "ar")
    assert found == [("5/ – 9/أيار/2018", (2018, 5, 5), (2018, 5, 9))]


def test_hijri_figures_with_the_era_word_year_first_or_last() -> None:
    assert dates_read("صدر قرار المكتبة بتاريخ 19/7/1440هـ.", "ar") == [("19/7/1440", (2019, 3, 26))]
    assert dates_read("تفتح المكتبة يوم ١٤٤٣/٣/٢١ هـ للزوار.", "ar") == [("١٤٤٣/٣/٢١", (2021, 10, 27))]


def test_figures_without_the_era_word_or_a_month_name_are_no_hijri_day() -> None:
    assert dates_read("صدر القرار رقم 1440/7/19 عن إدارة المكتبة.", "ar") == []
    assert dates_read("المكتبة في المبنى 12/ب/2019 من المجمع.", "ar") == []
    assert dates_read("Il a lu 3/4 des livres en 2020/2021.", "fr") == [("2020/2021", (2020, None, None), (2021, None, None))]
