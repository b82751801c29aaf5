"""Event- and publication-date forms the fifth held-out set showed once it was opened for tuning (issue 14), one
test case per general rule, each in more languages than the one it was seen in. Every sentence is written for the
tests, on a ferry line opened across Lake Victoria; the accuracy on real articles is measured by
`python -m briefing.realtext`."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import dates_read as read
from conftest import published_of


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # a comma between month and year, also the Arabic one
        ("ar", "افتتح خط العبارة في 14 مارس، 2022 في كيسومو.", [("14 مارس، 2022", (2022, 3, 14))]),
        ("fa", "خط کشتی در ۱۴ مارس، ۲۰۲۲ افتتاح شد.", [("۱۴ مارس، ۲۰۲۲", (2022, 3, 14))]),
        ("en", "The ferry line opened on 14 March, 2022 in Kisumu.", [("14 March, 2022", (2022, 3, 14))]),
        # a Solar Hijri date in figures, year first, as Iranian sites stamp their pages
        ("fa", "خط کشتی در ۱۴۰۱/۰۶/۲۵ افتتاح شد.", [("۱۴۰۱/۰۶/۲۵", (2022, 9, 16))]),
        ("fa", "بند ۳/ ۴۹ قانون اساسی اجرا شد.", []),
    ],
)
def test_date_forms_of_the_fifth_held_out_set(language: str, sentence: str, expected: list) -> None:
    assert read(sentence, language) == expected


BODY = {
    "ar": "افتتح خط العبارة الجديد عبر بحيرة فيكتوريا، وقالت الحكومة إنه سيخدم ألف راكب يوميا.",
    "fa": "خط کشتی تازه در دریاچه ویکتوریا افتتاح شد و دولت گفت که روزانه هزار مسافر را جابجا می‌کند.",
    "zh": "维多利亚湖上的新渡轮航线当天正式开通,由三国政府共同出资建设,预计每天运送乘客一千人。",
    "ru": "Новую паромную линию через озеро Виктория открыли в субботу, сообщили власти трёх стран.",
    "fr": "La nouvelle ligne de ferry sur le lac Victoria a été ouverte samedi, ont annoncé les trois gouvernements.",
    "en": "The new ferry line across Lake Victoria opened on Saturday, the three governments said in Kisumu.",
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a date line with the Arabic comma between month and year, then its time
        (f"عبارة جديدة في بحيرة فيكتوريا\n\n14 مارس، 2022 - 10:15am\n\n{BODY['ar']}\n", ("2022-03-14", "header")),
        # a Solar Hijri date line in figures
        (f"1401/06/25\nخط کشتی تازه\n\n{BODY['fa']}\n", ("2022-09-16", "header")),
        # a date line with the source's name after a label: "来源:", "Source:"
        (f"维多利亚湖渡轮开通\n\n2022-03-14 10:15:00 来源:某某日报客户端\n\n{BODY['zh']}\n", ("2022-03-14", "header")),
        (f"Ferry line opens\n\nMarch 14, 2022 10:15 Source: Lakeside\n\n{BODY['en']}\n", ("2022-03-14", "header")),
        # a dateline with no place, the site's address before the dash
        (f"14 марта. Primer-novosti.ru — {BODY['ru']}\n", ("--03-14", "dateline")),
        (f"14 mars 2022. Exemple.fr — {BODY['fr']}\n", ("2022-03-14", "dateline")),
        # a date a sentence runs into is no dateline: no address, no dash
        (f"14 mars 2022. {BODY['fr']}\n", (None, "not-stated")),
    ],
)
def test_publication_dates_of_the_fifth_held_out_set(tmp_path: Path, text: str, expected: tuple) -> None:
    assert published_of(tmp_path, text) == expected
