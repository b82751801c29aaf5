"""Date words for a language the package has no data file for (`data/dates/<language>.yaml`), beside what its
locale data gives every language (month and weekday names, "yesterday", "3 days ago"): a weekday named alone is a
date relative to the time of writing ("vrijdag", "w środę"), as every covered language's file says, unless its
name is also one of the language's words for a unit of time (Romanian "luni" is Monday and "months"), also in
another case where the language declines it ("w środę"); a dash
joins the two dates of a range, whatever the language. No cue
makes a bare number a year: which words do ("en 1999", "в 2011 году") needs a person who reads the language.
"""

from __future__ import annotations

import pickle
import unicodedata
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from babel import localedata
from dateparser.languages.loader import default_loader

from .knowledge import cldr_locale

DATA = Path(__file__).parent / "data" / "dates"
CEDILLAS = str.maketrans({"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"})
DASHES = ("-", "–", "—")  # join a range's two dates in every language ("3–5", "28 december 2004 - 14 juli 2005")
UNITS = ("year", "month", "week", "day", "hour", "minute", "second")


def date_data(language: str) -> dict[str, Any]:
    """The entries a data file would give the date grammar, for a language with none (nothing for a regional code
    of a covered language, "pt-BR", which read no file before either)."""
    if (DATA / f"{language.split('-')[0].split('_')[0].lower()}.yaml").exists():
        return {}
    locale = cldr_locale(language)
    return {
        "relative": [{"pattern": "{weekday}", "kind": "weekday"}],
        "range": list(DASHES),
        "short_weekdays": {0: sorted(_unit_words(language))},
        "months": _cedillas(locale.months["format"]["wide"] if locale else {}),
        "weekdays": _merged(_cedillas(locale.days["format"]["wide"] if locale else {}), _cases(language)),
    }


@cache
def declines(language: str) -> bool:
    """Whether the language declines its nouns: its month names take another case in a date than alone (CLDR's
    format and stand-alone forms: "stycznia", "styczeń"). Read from the locale's own data file: Babel's loaded
    data resolves an inherited form through dictionaries it shares between locales, which another locale's
    reading can change (Romanian's stand-alone months read as Chinese ones after a Chinese text)."""
    code = language.split("-")[0].split("_")[0].lower()
    if not localedata.exists(code):
        return False
    with open(localedata.resolve_locale_filename(code), "rb") as data:
        months = pickle.load(data).get("months") or {}  # Babel's own file, shipped with the package
    wide = [(months.get(context) or {}).get("wide") for context in ("format", "stand-alone")]
    return all(isinstance(names, dict) and names for names in wide) and wide[0] != wide[1]


def _cases(language: str) -> dict[int, list[str]]:
    """In a language that declines its nouns, a weekday's name ending in a vowel with another of its vowels in its
    place: the other cases ("środa": "w środę", "sobota": "v sobotu", "neděle": "v neděli")."""
    locale = cldr_locale(language)
    if locale is None or not declines(language):
        return {}
    letters = {c for name in locale.territories.values() for c in name.lower() if c.isalpha()}
    vowels = sorted(c for c in letters if unicodedata.normalize("NFD", c)[0] in "aeiouy")
    names = locale.days["format"]["wide"]
    return {
        number: [name[:-1] + vowel for vowel in vowels if vowel != name[-1]]
        for number, name in names.items()
        if name[-1:] in vowels and len(name) >= 5
    }


def _merged(*tables: dict[int, list[str]]) -> dict[int, list[str]]:
    merged: dict[int, list[str]] = {}
    for table in tables:
        for number, names in table.items():
            merged.setdefault(number, []).extend(names)
    return merged


def _cedillas(names: Mapping[int, str]) -> dict[int, list[str]]:
    """Names with "ș" or "ț" also as typed with a cedilla ("marţi" for "marți"), as many keyboards and sites write
    them, by number (1 = January, 0 = Monday)."""
    return {number: [name.translate(CEDILLAS)] for number, name in names.items() if name.translate(CEDILLAS) != name}


def _unit_words(language: str) -> set[str]:
    """dateparser's words for units of time in the language ("luni", months): a weekday so named is not read alone."""
    try:
        info = default_loader.get_locale(language).info
    except Exception:  # dateparser has no locale file for this language
        return set()
    return {str(word).lower() for unit in UNITS for word in info.get(unit) or []}
