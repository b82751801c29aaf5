"""A dotted number right after a number sign or a word that numbers a clause, article, paragraph, resolution or
document is that number, not a date ("п.п. 28.2.23" is no 28 February 2023); a date after another word still is
one ("№ 123 от 28.02.2023"). Sentences written for these tests, on a housing cooperative's rules."""

from __future__ import annotations

import pytest
from conftest import dates_read


def stated(sentence: str, language: str) -> list[str]:
    """The dates a reader is shown: those that name a real day (a clause's number is marked invalid)."""
    from briefing.dates import find_dates

    return [d.text for d in find_dates(sentence, language) if not d.invalid]


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Правление действует согласно п.п. 14.3.21 устава кооператива.", "ru"),
        ("Собрание утвердило положение № 12.4.19 о взносах.", "ru"),
        ("Согласно пункту 3.1.22 правил, взносы платят ежемесячно.", "ru"),
        ("Відповідно до п. 17.2.20 статуту правління звітує щороку.", "uk"),
        ("The board acted under Resolution 14.3.21 of the cooperative.", "en"),
        ("Members must follow paragraph 3.1.12 of the house rules.", "en"),
        ("Fees are set out in item #5.6.18 of the budget.", "en"),
        ("Le conseil applique l'article 12.3.21 du règlement intérieur.", "fr"),
        ("La cotisation relève du paragraphe 4.1.12 des statuts.", "fr"),
        ("يطبق المجلس الفقرة 4.1.12 من النظام الداخلي للجمعية.", "ar"),
    ],
)
def test_a_clause_number_is_no_date(sentence: str, language: str) -> None:
    assert stated(sentence, language) == []


@pytest.mark.parametrize(
    ("sentence", "language", "found"),
    [
        ("Правление подписало договор № 45 от 14.03.2021 с подрядчиком.", "ru", ("14.03.2021", (2021, 3, 14))),
        ("Правление собралось 14.3.21 и утвердило смету.", "ru", ("14.3.21", (2021, 3, 14))),
        ("Contract No. 45 of 14.03.2021 was signed by the board.", "en", ("14.03.2021", (2021, 3, 14))),
        ("Le contrat n° 45 du 14.03.2021 a été signé par le conseil.", "fr", ("14.03.2021", (2021, 3, 14))),
    ],
)
def test_a_date_after_a_number_still_counts(sentence: str, language: str, found: tuple) -> None:
    assert dates_read(sentence, language) == [found]
