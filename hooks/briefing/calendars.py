"""The month names of the calendars a language's own country keeps beside the Gregorian one, for a language with
no date-words file, and the Bikram Sambat calendar of Nepal: Nepali pages date themselves "७ बैशाख २०८१", Afghan
ones "۱۴ چنګاښ ۱۴۰۴", Malay ones "21 Muharram 1442H". Names come from CLDR through ICU (its persian, islamic and
indian calendars' month and era names) and from the `nepali` package (the Nepali names as the press writes them,
"बैशाख", "चैत"); Bikram Sambat days are converted with that package's tables.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from contextlib import suppress
from functools import cache
from typing import Any

import hijridate
import jdatetime
from babel.core import get_global
from icu4py.messageformat import MessageFormat
from nepali.constants import NEPALI_MONTHS_NE
from nepali.date_converter import converter

from .scripts import script_code

BIKRAM_SAMBAT = "bikram-sambat"
ETHIOPIC = "ethiopic"
# the countries where CLDR's calendar preferences (supplementalData.xml, calendarPreferenceData) list the Ethiopian
# calendar beside the Gregorian one ("ET": "gregorian ethiopic"): their press dates a page "ነሐሴ 7፣ 2016"
ETHIOPIC_COUNTRIES = frozenset({"ET"})
# an Ethiopian year of the last two centuries (2016 is 2023-24): figures a Gregorian year may share, so only a day
# and month of the calendar beside it make it one
ETHIOPIC_YEAR = r"(?:19|20)\d\d"
# the day before the Ethiopian calendar's first (1 Meskerem of year 1 is 27 August 8 CE, Julian), as Python's
# proleptic Gregorian ordinals count days (Reingold and Dershowitz, Calendrical Calculations: ethiopic-epoch 2796)
ETHIOPIC_EPOCH = 2795
ETHIOPIC_MONTH_DAYS = 30
PAGUME = 13  # the thirteenth month: five days, six in a year before a Gregorian leap year (year % 4 == 3)
# the Ethiopic syllabary's letters that spell one sound, which Amharic writes either way ("ነሐሴ", "ነሃሴ"; "ኅዳር",
# "ህዳር"): the first letter of each row (ሀ ሐ ኀ: h; ሰ ሠ: s; አ ዐ: the glottal stop; ጸ ፀ: ts'), its orders' rows
ETHIOPIC_HOMOPHONES = {"\u1210": "\u1200", "\u1280": "\u1200", "\u1220": "\u1230", "\u12d0": "\u12a0", "\u1340": "\u1338"}
ETHIOPIC_SYLLABLES = range(0x1200, 0x1380)
ETHIOPIC_ORDERS = 8  # each consonant's row: its seven vowel orders and a labialised form
# a Bikram Sambat year of the converter's tables (2000 to 2099, 1943 to 2043 in the Gregorian calendar)
BIKRAM_YEAR = r"20\d\d"
# the share of years a Bikram Sambat day must fall on one Gregorian day for its year-less form to name that day:
# its months run 29 to 32 days, so most days move by one between years and their year-less form names none
USUAL_SHARE = 0.75
NEPAL = "NP"


def _likely_territory(language: str) -> str:
    """The country CLDR's likely subtags give the language ("ps": ps_Arab_AF: "AF")."""
    return str(get_global("likely_subtags").get(language, "")).split("_")[-1]


@cache
def _icu_month_names(locale: str, calendar: str, width: str = "MMMM") -> dict[int, str]:
    """The month names ICU (CLDR) writes for the locale in that calendar, by month number; none where ICU has
    none of the locale's own and writes the root's (English's)."""
    months = {}
    with suppress(Exception):  # a locale or calendar ICU does not know
        write = MessageFormat(f"{{d, date, ::{width}}}", f"{locale}@calendar={calendar}")
        for month in range(1, 13):
            day = _first_day(calendar, month)
            months[month] = str(write.format({"d": dt.datetime(day.year, day.month, day.day, 12)}))
    return months if months and (locale == "en" or months != _icu_month_names("en", calendar, width)) else {}


def _first_day(calendar: str, month: int) -> dt.date:
    """A Gregorian day in the calendar's month: the 10th of the Solar Hijri month in 1403, of the Hijri month in
    1446; the Indian national calendar's months open between the 21st and the 23rd of a Gregorian month, whose
    28th they hold."""
    if calendar == "persian":
        return jdatetime.date(1403, month, 10).togregorian()
    if calendar == "islamic":
        return hijridate.Hijri(1446, month, 10).to_gregorian()
    if calendar == ETHIOPIC:
        return ethiopic_to_gregorian(2016, month, 10)
    return dt.date(2024, (month + 1) % 12 + 1, 28)  # Indian month 1 (Chaitra) holds 28 March


def _uses_persian(language: str) -> bool:
    """ICU writes the language's dates in the Solar Hijri calendar by default: CLDR's calendar preference for its
    country (Iran, Afghanistan) puts that calendar first."""
    with suppress(Exception):
        day = {"d": dt.datetime(2024, 5, 15, 12)}
        own, gregorian = (MessageFormat("{d, date, ::MMMM}", loc) for loc in (language, f"{language}@calendar=gregorian"))
        return own.format(day) != gregorian.format(day) and own.format(day) == MessageFormat(
            "{d, date, ::MMMM}", f"{language}@calendar=persian"
        ).format(day)
    return False


def _official_locales(territory: str) -> list[str]:
    """The locales of the country's official languages ("fa_AF", "ps_AF"): its press writes the months of either."""
    languages = get_global("territory_languages").get(territory, {})
    return [f"{code}_{territory}" for code, facts in languages.items() if facts.get("official_status") == "official"]


@cache
def own_calendar_months(language: str) -> dict[str, Any]:
    """The month names of the calendar the language's country keeps beside the Gregorian one, as a date-words file
    lists them: `persian_months` for a language whose dates ICU writes in the Solar Hijri calendar (Pashto: its own
    names, "وری", "چنګاښ", and Dari's of the same country, "حمل", "سنبله"), `hijri_months` where the country's
    press also writes Hijri dates, `bikram_months` for Nepal's official language."""
    territory = _likely_territory(language)
    if _uses_persian(language):
        months = _merged([_icu_month_names(loc, "persian") for loc in [language, *_official_locales(territory)]])
        facts = {"persian_months": months, "persian_marker": SOLAR_MARKER.get(language, [])}
        return facts | ({"month_genitive": GENITIVE[language]} if language in GENITIVE else {})
    if territory in HIJRI_COUNTRIES:
        return _hijri_facts(language)
    if territory == NEPAL and language in {loc.split("_")[0] for loc in _official_locales(territory)}:
        return {"bikram_months": bikram_month_names(language)}
    return _ethiopic_facts(language, territory)


def _merged(tables: list[dict[int, str]]) -> dict[int, list[str]]:
    merged: dict[int, list[str]] = {}
    for table in tables:
        for month, name in table.items():
            for spelled in _spellings(name):
                if spelled not in merged.setdefault(month, []):
                    merged[month].append(spelled)
    return merged


# the words after a Solar Hijri year that say which calendar it is in, where CLDR names the era by its letters only
# ("AP"): Pashto's "solar year" ("۱۴۰۴ لمریز کال", of "لمر", the sun, and "کال", year), as Afghan pages write it
SOLAR_MARKER = {"ps": ["لمریز کال", "لمریز"]}
# the countries whose own calendar is no Gregorian one: Solar Hijri in Afghanistan and Iran (CLDR's calendar
# preferences put "persian" first there), Bikram Sambat in Nepal
OWN_CALENDAR_COUNTRIES = ("AF", "IR", NEPAL)
# the countries where CLDR's calendar preferences (supplementalData.xml, calendarPreferenceData) list the Hijri
# calendar after the Gregorian one: their press dates a page in both ("21 Muharram 1442H, Rabu")
HIJRI_COUNTRIES = frozenset(
    {"BD", "DJ", "DZ", "EH", "ER", "ID", "IQ", "JO", "KM", "LB", "LY", "MA", "MR", "MY", "NE", "OM", "PK", "PS", "SD", "SY"}
    | {"TD", "TN", "YE", "AE", "BH", "KW", "QA", "SA"}
)
# the genitive a language puts before a month named before its day: Pashto's "د" ("د سنبلې ۱", the first of Sonbola)
GENITIVE = {"ps": "د"}
# Pashto writes its gaf with a ring ("ګ"), where CLDR spells its month names with the Persian letter ("چنگاښ"); a
# feminine noun in "ه" ends in "ې" after the preposition "د" ("د سنبلې ۱": Pashto grammar's oblique case)
PASHTO_GAF = str.maketrans({"گ": "ګ"})
OBLIQUE_ENDING = ("ه", "ې")


def _spellings(name: str) -> list[str]:
    """The name as CLDR writes it, with the Persian ezafe's hamza dropped ("سنبلهٔ"), and as Pashto spells it."""
    bare = name.replace("\u0654", "")
    spelled = [bare, bare.translate(PASHTO_GAF)]
    spelled += [s[: -len(OBLIQUE_ENDING[0])] + OBLIQUE_ENDING[1] for s in spelled if s.endswith(OBLIQUE_ENDING[0])]
    return list(dict.fromkeys(spelled))


def ethiopic_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of an Ethiopian day (12 months of 30 days and Pagume); ValueError for a day it lacks."""
    pagume = 5 + (year % 4 == 3)
    if not (1 <= month <= PAGUME and 1 <= day <= (pagume if month == PAGUME else ETHIOPIC_MONTH_DAYS)):
        raise ValueError(f"no Ethiopian day {year}-{month}-{day}")
    return dt.date.fromordinal(ETHIOPIC_EPOCH + 365 * (year - 1) + year // 4 + ETHIOPIC_MONTH_DAYS * (month - 1) + day)


def ethiopic_consonant(letter: str) -> str:
    """The first letter of the row of an Ethiopic syllable's consonant, one of its homophones' rows: the letter
    whatever vowel the syllable writes ("ዚ", "ዝ": "ዘ"); any other character as it is."""
    if ord(letter) not in ETHIOPIC_SYLLABLES:
        return letter
    row = chr(0x1200 + (ord(letter) - 0x1200) // ETHIOPIC_ORDERS * ETHIOPIC_ORDERS)
    return ETHIOPIC_HOMOPHONES.get(row, row)


def ethiopic_skeleton(text: str) -> str:
    """The text's consonants: Amharic spells a month's vowels and homophones several ways ("ሚያዚያ", "ሚያዝያ")."""
    return "".join(map(ethiopic_consonant, text))


def ethiopic_name_pattern(name: str) -> str:
    """A regular expression of the name in any of its spellings: each syllable any of its consonant's letters."""
    return "".join(_ethiopic_letter_class(letter) for letter in name)


def _ethiopic_letter_class(letter: str) -> str:
    """A character class of every letter of the syllable's consonant and its homophones' ("ሐ": ሀ-ሇ, ሐ-ሗ, ኀ-ኇ)."""
    if ord(letter) not in ETHIOPIC_SYLLABLES:
        return re.escape(letter)
    consonant = ethiopic_consonant(letter)
    first_letters = range(ETHIOPIC_SYLLABLES.start, ETHIOPIC_SYLLABLES.stop, ETHIOPIC_ORDERS)
    rows = [r for r in first_letters if ethiopic_consonant(chr(r)) == consonant]
    return "[" + "".join(f"{chr(r)}-{chr(r + ETHIOPIC_ORDERS - 1)}" for r in rows) + "]"


def _ethiopic_facts(language: str, territory: str) -> dict[str, Any]:
    """`ethiopic_months` for a language of Ethiopia written in its own script (Amharic): ICU's names of the
    Ethiopian calendar's months; none where ICU writes another script's for it, nor where the language names the
    Gregorian months with them (Tigrinya's "ጥቅምቲ" is October too, as Eritrea writes it): a date could be either."""
    if territory not in ETHIOPIC_COUNTRIES or script_code(language) != "Ethi":
        return {}
    names = _icu_month_names(language, ETHIOPIC)
    gregorian = set(map(ethiopic_skeleton, _icu_month_names(language, "gregorian").values()))
    if gregorian & set(map(ethiopic_skeleton, names.values())):
        return {}
    return {"ethiopic_months": {month: [name] for month, name in names.items()}} if names else {}


def bikram_month_names(language: str) -> dict[int, list[str]]:
    """Bikram Sambat month names by number (1 = Baishakh): the `nepali` package's, as the press writes them
    ("बैशाख", "चैत"), and CLDR's for the Indian national calendar in the languages of Nepal written in the same
    script (Nepali, Maithili, Hindi), whose months bear the same names, learned ("चैत्र", "श्रावण") or spoken
    ("चैत", "सउन"), and start one month earlier (its first is Chaitra, the twelfth here)."""
    names: dict[int, list[str]] = {month: [name] for month, name in enumerate(NEPALI_MONTHS_NE, 1)}
    spoken = [code for code in get_global("territory_languages").get(NEPAL, {}) if script_code(code) == script_code(language)]
    for code in dict.fromkeys([language, *spoken]):
        for month, name in _icu_month_names(code, "indian").items():
            own = (month - 2) % 12 + 1
            if name not in names[own]:
                names[own].append(name)
    return names


def bikram_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian day of a Bikram Sambat day; ValueError for a day its month does not have."""
    try:
        return dt.date(*converter.nepali_to_english(year, month, day))
    except Exception as exc:  # the package raises its own errors for a day or year outside its tables
        raise ValueError(f"no Bikram Sambat day {year}-{month}-{day}") from exc


@cache
def usual_bikram_day(month: int, day: int) -> tuple[int, int] | None:
    """The Gregorian (month, day) a Bikram Sambat day falls on in at least three years of four around now
    (2070 to 2089 BS); None where it moves more ("चैत १९" is 1 or 2 April)."""
    days: Counter[tuple[int, int]] = Counter()
    years = range(2070, 2090)
    for year in years:
        with suppress(ValueError):
            gregorian = bikram_to_gregorian(year, month, day)
            days[(gregorian.month, gregorian.day)] += 1
    usual = days.most_common(1)
    return usual[0][0] if usual and usual[0][1] >= USUAL_SHARE * len(years) else None


@cache
def own_calendar_names() -> tuple[frozenset[str], frozenset[str]]:
    """The month names and year markers of the own calendars of every official language of the countries that
    keep one (`OWN_CALENDAR_COUNTRIES`): a header line is judged a date line before its language is known."""
    names: set[str] = set()
    markers: set[str] = set()
    for territory in OWN_CALENDAR_COUNTRIES:
        for locale in _official_locales(territory):
            facts = own_calendar_months(locale.split("_")[0])
            names |= {n for table in ("persian_months", "bikram_months") for ns in facts.get(table, {}).values() for n in ns}
            markers |= set(facts.get("persian_marker", []))
    return frozenset(names), frozenset(markers)


def _hijri_facts(language: str) -> dict[str, object]:
    """The Hijri month names ICU writes for the language, each also with a consonant doubled where Arabic's
    shadda stands and a Latin transliteration may write it or not ("Muharam", "Muharram"), and the era's names
    that mark a Hijri year ("1442H", "1442 AH")."""
    names = _icu_month_names(language, "islamic")
    if not names:
        return {}
    months = {month: _with_shadda(name) for month, name in names.items()}
    day = {"d": dt.datetime(2020, 9, 9, 12)}
    eras = set()
    for width in ("G", "GGGG"):
        with suppress(Exception):
            eras.add(str(MessageFormat(f"{{d, date, ::{width}}}", f"{language}@calendar=islamic").format(day)))
    return {"hijri_months": months, "hijri_marker": sorted(eras)}


LATIN_SINGLE_CONSONANT = re.compile(r"(?<=[aeiou])([b-df-hj-np-tv-z])(?=[aeiou])")


def _with_shadda(name: str) -> list[str]:
    """The name, and in Latin letters the name with one consonant between vowels doubled ("Muharram")."""
    if not name.isascii():
        return [name]
    return [name] + [name[: m.start()] + m[1] + name[m.start() :] for m in LATIN_SINGLE_CONSONANT.finditer(name)]
