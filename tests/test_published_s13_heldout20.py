"""The publication date a page states, in layouts of issue 14's twentieth held-out set: a dateline whose place a
comma sets off and whose date is a sentence of its own, a date before its place and its agency in slashes, a time
and date opening the text, a dateline opening a paragraph the header's cut left without its full stop, an agency's
dateline alone on the headline's line closed by its dash, German's "Stand vom" stamp, and a photo's credit naming an
encyclopedia on a news page. Each text is written for the test, on a topic of its own (a fisheries agreement signed
in Lomé)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import LEDE, published_of


@pytest.mark.parametrize(
    ("text", "language", "stated"),
    [
        # a place a comma sets off, the day and month a sentence of their own, then the text
        (
            "Ломе, 4 марта. Правительство одобрило соглашение о рыболовстве после долгой ночи переговоров. "
            "Оно вступит в силу в следующем месяце.\n",
            "ru",
            ("--03-04", "dateline"),
        ),
        # the date first, then its place after a comma and the agency in slashes
        (
            "4 марта, Ломе /Корр. АГЕНТСТВА/. Правительство одобрило соглашение о рыболовстве после долгой ночи "
            "переговоров. Оно вступит в силу в следующем месяце.\n",
            "ru",
            ("--03-04", "dateline"),
        ),
        # the site's time and date opening the text, as its software writes them, then the first sentence
        (
            "Соглашение о рыболовстве подписано в Ломе\n10:05, марта 4, 2024 Правительство одобрило соглашение "
            "о рыболовстве после долгой ночи переговоров. Оно вступит в силу в следующем месяце.\n",
            "ru",
            ("2024-03-04", "header"),
        ),
        # the agency's dateline alone where the headline stands, closed by the dash that opened the text
        ("LOMÉ, 4 Mar. (AGENCIA PRESS) -\n\n", "es", ("--03-04", "dateline")),
        # German's "as of" stamp opening the text, the only date the page gives itself
        (
            "Fischereiabkommen von Lomé\n\nStand vom 4.3.2024 – Am 1. März 2024 unterzeichneten die Minister das "
            "Abkommen in Lomé.\n\n",
            "de",
            ("2024-03-04", "updated-line"),
        ),
    ],
)
def test_header_layouts_of_the_twentieth_set(tmp_path: Path, text: str, language: str, stated: tuple[str, str]) -> None:
    body = "" if text.rstrip().endswith((".", "。")) else LEDE[language]
    assert published_of(tmp_path, text + body) == stated


def test_a_dateline_opening_a_paragraph_cut_short_in_the_header(tmp_path: Path) -> None:
    # the header's last line is the dateline and the text's first words, cut before the sentence's full stop
    text = (
        "![Угода про рибальство](https://example.com/image.jpg)\n"
        "Угода про рибальство: уряд схвалив документ у Ломе\n"
        "ЛОМЕ. 4 березня. АГЕНЦІЯ. Уряд схвалив угоду про рибальство після довгої ночі переговорів із\n\n"
        "Уряд схвалив угоду про рибальство після довгої ночі переговорів із сусідами.\n\n"
        "Угода набуде чинності наступного місяця.\n"
    )
    for folder in ("cut", "heading"):
        (tmp_path / folder).mkdir()
    assert published_of(tmp_path / "cut", text) == ("--03-04", "dateline")
    # a heading that closes with its date and a gloss in parentheses heads an "on this day" page: no dateline
    heading = (
        "من ذاكرة تاريخ الـ 4 من مارس (مارس – آذار)\n"
        "في مثل هذا اليوم من عام 2010 وقعت الحكومة اتفاق الصيد في لومي بعد ليلة طويلة من المفاوضات مع الشركاء.\n"
        "ودخل الاتفاق حيز التنفيذ في الشهر التالي في كل موانئ الساحل.\n"
    )
    assert published_of(tmp_path / "heading", heading) == (None, "not-stated")


def test_a_photo_credited_to_an_encyclopedia_makes_no_encyclopedia_page(tmp_path: Path) -> None:
    # the stamp under the headline is the page's date: the credit names where the picture comes from
    text = (
        "Соглашение о рыболовстве подписано в Ломе\n\n04.03.2024, 10:05\n\nФото: A. Author / wikipedia.org.\n\n"
        "Правительство одобрило соглашение о рыболовстве после долгой ночи переговоров.\n\n"
        "Оно вступит в силу в следующем месяце.\n"
    )
    assert published_of(tmp_path, text) == ("2024-03-04", "header")
