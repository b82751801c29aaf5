"""Header dates whose line says they are the date of something else, not the page's: a newspaper masthead's line of its
latest issue and the date lines right under it (its founding, today's date); an encyclopedia's fact with a wiki's
footnote marks glued to it ("12 mars 1968[1][2]"); the day of an event a notice says is cancelled or put off
("Absage Hafenfest 14.09.2024"). A page's stamp in two calendars that a publication label opens ("تاريخ النشر: …
-الموافق: …") is the page's, not a masthead's clock. An issue line without "latest", a bare date, an event's day
without the cancellation and a labelled stamp over a cancellation keep dating the page. Texts written for the test
(a new quay in a port, a harbour festival), none from an evaluation set."""

from __future__ import annotations

import pytest
from conftest import published_of

LEDE_RU = "Рыбаки открыли новый причал в порту после двух лет работ и долгих переговоров с областью.\n"
LEDE_FR = "Le port de Lomé est le principal port du Togo, sur le golfe de Guinée, ouvert aux pêcheurs comme aux navires.\n"
LEDE_DE = "Der Gemeinderat hat entschieden, in diesem Jahr auf das Hafenfest zu verzichten, weil die Arbeiten am Steg andauern.\n"
LEDE_AR = "افتتح الصيادون الرصيف الجديد في الميناء بعد عامين من الأشغال والمفاوضات الطويلة مع السلطات.\n"
DECREE_AR = "يُنشر هذا القرار في الجريدة الرسمية، ويُعمل به من اليوم التالي لتاريخ نشره في الموانئ.\n"


@pytest.mark.parametrize(
    "page",
    [
        # the paper's latest issue, its founding and today's date, over an author's or a section's page
        f"Газета Приморья\nСвежий выпуск: №12 (1020) от 4 марта 2024 года\nВыходит с 1 мая 1950 года\n11 марта 2024,\n\n"
        f"Рыбаки открыли новый причал\n\n{LEDE_RU}",
        f"La Gazette du port\nDernier numéro : édition du 4 mars 2024\n\nLe nouveau quai\n\n{LEDE_FR}",
        # an encyclopedia's infobox: the founding date and its footnotes
        f"Lomé\n\nPort autonome de Lomé\n\nFondation\n\n12 mars 1968[1][2]\n\n{LEDE_FR}",
        # a notice of a cancelled festival, titled by the day it was set for
        f"Absage Hafenfest 14.09.2024\n\nGemeindekanzlei\n\n{LEDE_DE}",
        f"Hafenfest 14.09.2024 abgesagt\n\nGemeindekanzlei\n\n{LEDE_DE}",
    ],
)
def test_the_date_of_something_else_is_not_the_page_s(tmp_path, page: str) -> None:
    assert published_of(tmp_path, page)[0] is None


@pytest.mark.parametrize(
    ("page", "day"),
    [
        # an issue's line with no word for "latest": the edition the page is of
        (f"Газета Приморья\nВыпуск: №12 (1020) от 4 марта 2024 года\n\nРыбаки открыли новый причал\n\n{LEDE_RU}", "2024-03-04"),
        # a date alone over the text, no footnote
        (f"Lomé\n\nPort autonome de Lomé\n\n12 mars 1968\n\n{LEDE_FR}", "1968-03-12"),
        # an event's title with its day, nothing cancelled
        (f"Hafenfest 14.09.2024\n\nGemeindekanzlei\n\n{LEDE_DE}", "2024-09-14"),
        # the page's labelled stamp over a cancellation's headline
        (f"Veröffentlicht am 02.09.2024 – Absage Hafenfest\n\n{LEDE_DE}", "2024-09-02"),
        # a published label opening a stamp in the Hijri and the Gregorian calendars
        (
            "تاريخ النشر: 22 شعبان 1445هـ -الموافق: 3 مارس 2024م\nتاريخ الصدور: 10 شعبان 1445هـ -الموافق: 20 فبراير 2024م\n\n"
            f"{DECREE_AR}",
            "2024-03-03",
        ),
    ],
)
def test_the_page_s_own_date_stays(tmp_path, page: str, day: str) -> None:
    assert published_of(tmp_path, page)[0] == day


def test_an_unlabelled_two_calendar_line_over_the_headline_stays_a_clock(tmp_path) -> None:
    page = f"الأحد 3 مارس 2024 - 22 شعبان 1445 هـ\n\nافتتاح رصيف جديد للصيادين\n\n{LEDE_AR}"
    assert published_of(tmp_path, page)[0] is None
