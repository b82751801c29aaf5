"""Years counted in an era calendar kept beside the Gregorian one: Japan's imperial eras ("令和6年3月8日" is 8 March
2024, "平成元年" is 1989) and Taiwan's Minguo years ("民國113年" is 2024). The eras' names and the Gregorian year
each begins in come from CLDR through ICU (its japanese and roc calendars), read by formatting every Gregorian
year in them; an era whose years ICU counts both ways ("民國前", the years before the Republic, counted back) is
left out. A fiscal year ("令和3年度", April to March) is no calendar year.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress
from functools import cache

from icu4py.messageformat import MessageFormat

# the ICU locales of the era calendars CLDR's calendarPreferenceData lists for the countries that write the
# language (supplementalData.xml: JP "gregorian japanese", TW "gregorian roc chinese"); a Japanese page of kanji
# alone is often detected as Chinese, and a Chinese text about Japan writes its eras, so Chinese reads both
ERA_LOCALES = {
    "ja": ("ja@calendar=japanese",),
    "zh": ("zh_Hant_TW@calendar=roc", "zh@calendar=roc", "ja@calendar=japanese"),
}
FIRST_YEAR = 1873  # Japan's first Gregorian year: an era's year before it is a lunisolar one
FIGURES = re.compile(r"\d+")
FIRST_ERA_YEAR = "元"  # "the first year", as an era's first year is written ("令和元年")


def _format(pattern: str, locale: str, year: int) -> str:
    return str(MessageFormat(f"{{d, date, ::{pattern}}}", locale).format({"d": dt.datetime(year, 7, 1, 12)}))


@cache
def era_years(language: str) -> dict[str, tuple[int, str]]:
    """Each era's name the language writes, with the Gregorian year before its first year (its year n is that
    + n) and its calendar's name ("japanese", "roc")."""
    offsets: dict[str, set[tuple[int, str]]] = {}
    for locale in ERA_LOCALES.get(language, ()):
        calendar = locale.split("=")[1]
        numbers = f"en@calendar={calendar}"  # the era's year in plain figures ("6 Reiwa"), not as "元年"
        with suppress(Exception):  # a calendar ICU does not know
            for year in range(FIRST_YEAR, dt.date.today().year + 2):
                name = _format("GGGG", locale, year).strip()
                offsets.setdefault(name, set()).add((year - int(FIGURES.search(_format("y", numbers, year))[0]), calendar))
    return {name: next(iter(seen)) for name, seen in offsets.items() if len(seen) == 1 and name}


@cache
def era_year_pattern(language: str) -> re.Pattern[str] | None:
    """An era's name, its year (in figures, or "元") and the word for year: "令和6年", "民國 113 年"; not a
    fiscal year ("令和3年度")."""
    names = sorted(era_years(language), key=len, reverse=True)
    if not names:
        return None
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"(?P<era>{alternatives})\s*(?P<year>\d{{1,3}}|{FIRST_ERA_YEAR})\s*年(?!度)")


def gregorian_year(language: str, era: str, year: str) -> tuple[int, str]:
    """The Gregorian year of an era's year as the text writes it ("令和", "6"), and the era's calendar."""
    offset, calendar = era_years(language)[era]
    return offset + (1 if year == FIRST_ERA_YEAR else int(year)), calendar


def has_era_year(text: str) -> bool:
    """An era's year in any language that writes one (a header's line is sorted before its language is known)."""
    return any(pattern.search(text) for pattern in map(era_year_pattern, ERA_LOCALES) if pattern)
