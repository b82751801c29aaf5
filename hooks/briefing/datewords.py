"""The words of dates in one language, gathered from locale data, never listed in code.

Month and weekday names come from CLDR (Babel) for every regional variant of the language (so Arabic has
the Levantine "تشرين الأول" and the Maghrebi "جانفي" beside "أكتوبر") and from dateparser's locale files
(which add abbreviations and genitive forms); the words for "yesterday", "last week", "next month" come from
dateparser's `relative-type` table. What no locale file has (cue words before a bare year, inflected forms,
range joiners, day ordinals in words) lives in `data/dates/<language>.yaml`, one file per language.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import babel.dates
from anyascii import anyascii
from babel import Locale, UnknownLocaleError, localedata
from babel.core import get_global
from dateparser.languages.loader import default_loader
from icu4py.messageformat import MessageFormat
from num2words import num2words

from . import mutations, safeyaml
from .calendars import own_calendar_months
from .knowledge import cldr_locale, cldr_own_data
from .scripts import (
    ARABIC_MARKS,
    HAN,
    LETTER,
    MARKS,
    SCRIPT_DIGIT,
    WORD_END,
    WORD_START,
    format_glued_endings,
    glued_articles,
    glued_case_endings,
    glued_endings,
    own_glued_endings,
    proclitics,
    script_code,
    script_facts,
    short_month_endings,
    spaceless,
)

DATA = Path(__file__).parent / "data" / "dates"
MONTH_KEYS = (
    *("january", "february", "march", "april", "may", "june"),
    *("july", "august", "september", "october", "november", "december"),
)
WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# dateparser's relative-type keys that name a day, week, month or year ("1 day ago", "in 1 week", "0 year ago").
COUNTED_KEY = re.compile(r"^(?:\\1 (?P<unit>day|week|month|year) ago|in \\1 (?P<unit2>day|week|month|year))$")
# CLDR's fields of the weekdays, by number (0: Monday), and the units whose words no weekday name may be
WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DURATIONS = ("duration-day", "duration-week", "duration-month", "duration-year", "duration-hour")
PLAIN_MONTH_YEAR = re.compile(r"MONTH(?:\\s\*)?YEAR")  # "MMMM y": the grammar's own month and year
GLUED_YEAR = re.compile(r"YEAR(?:\(\?:[^\W\d_]+\)\?)?([^\W\d_])")  # a year, a letter glued: "YEAR(?:e)?ko"
PLAIN_DAY_MONTH = re.compile(r"DAY(?:\\\.\?)?\\s\*MONTH")  # "d MMMM", "d. MMMM"
PLAIN_ORDER = re.compile(r"DAY(?:\\\.\?)?\\s\*MONTH(?:[,.]\?)?\(\?:\\s\*YEAR\)\?")  # "d MMMM y", "d. MMMM y"
# CLDR's date fields (letter, written as a name) -> the placeholder of `locale_formats`
FORMAT_FIELDS = {("d", False): "DAY", ("y", False): "YEAR", ("y", True): "YEAR", ("M", True): "MONTH", ("L", True): "MONTH"}
# a word CLDR abbreviates with a dot in a date's format, quoted or in letters of another script: "y 'ж'.", "y թ.",
# "d 'd'."; the dot may be U+2024 ("y թ․ LLLL")
ABBREVIATION = r"'([^\W\d_]+)'[.\u2024]|([^\W\d_a-zA-Z]+)[.\u2024]"
# the weekday of a full format with the word that goes with it: "EEEE 'den' d. MMMM y", "… d, EEEE 'гараг'"
WEEKDAY_FIELD = re.compile(r"^E+(?:\s*'[^']*')?[,\s]*|[,\s]*E+(?:\s*'[^']*')?$")
MAX_DAY_ENDING = 4  # "21|ean", "1|etik": the case endings a format's glued ending after a day stands for
MIN_ENDED_MONTH = 5  # "juni|or", "mars|ch": a shorter month's name opens other words
MIN_DAY_ENDED_MONTH = 3  # after a day: "mai|s" (Estonian, in May) but not "मे|जां" (Konkani, tables)
MIN_ARTICLE_PHRASE = 5  # "היום" (today) keeps its article under another word: "ביום" is "on the day of"
MAX_ARTICLE = 2  # "e", "të": the article of a weekday's name; "יום" (day) is a noun
MIN_WEEKDAY_STEM = 4  # "środ|ę", "sobot|u"; a shorter stem opens too many words
# "otrdien", "piektdien": a stem alone is the weekday; this rule makes no weekday of "střed" (middle), though
# another path still reads "Střed města" (the town centre) as Wednesday
MIN_BARE_WEEKDAY_STEM = 6
PLAIN_VOWELS = frozenset("aeiou")  # anyascii's spelling of a vowel of another alphabet; its "y" is as often a glide
VOWEL_LETTERS = frozenset("aeiouyáéíóúýàèìòùâêîôûäëïöüőűąęěůаеиоуыэюяіїєαεηιουω")
DAY_KEYS = ("1 day ago", "0 day ago", "in 1 day")  # dateparser's keys of yesterday, today and tomorrow
MAX_IN_WORD = 3  # "i", "í": a preposition is short; "dette" (this) is not one
CALENDAR_PROBE = dt.date(2020, 1, 8)  # a day whose month and day no other calendar of CLDR shares
MIN_MUTATED = 4  # letters of a mutated month's name: Welsh "Fai" (Mai) is also a word ("more")
MIN_DAY_CUE = 3  # "ngày", "hôm"; not CLDR's abbreviation "d"
MIN_GENITIVE_STEM = 4  # "marc|i"; "máj|i", "júl|i" open other words
DOTTED_DAY_MONTH = re.compile(r"d{1,2}\.\s?M{1,2}\.")  # CLDR's short "d. M. y", "dd.MM.y": "14. 8." is a day
COUNT_GROUP = r"(\d++[.,]?\d*+)"  # the count in dateparser's relative-type-regex patterns, which dates_grammar.COUNT reads
RELATIVE_KEY = re.compile(r"^(?:(?P<ago>\d) (?P<unit>day|week|month|year) ago|in (?P<ahead>\d) (?P<unit2>day|week|month|year))$")


@dataclass(frozen=True)
class Words:
    language: str
    months: dict[str, int]  # lower-case name without a final dot -> 1..12
    full_months: dict[str, int]  # the same, wide names only ("March", "марте"; not "Mar")
    weekdays: dict[str, int]  # lower-case name -> 0 (Monday) .. 6
    relative: dict[str, tuple[str, int]]  # lower-case phrase -> (unit, offset): "hier" -> ("day", -1)
    counted: tuple[tuple[str, int, str], ...]  # (unit, direction, regex with the count as its group): "hace (\d+) años"
    date_order: str  # "DMY", "MDY" or "YMD", for numeric dates
    extra: dict[str, Any]  # the language's data file
    numbers: tuple[tuple[str, int], ...] = ()  # (regex, value): counts in words ("cuatro", "две"), for "hace cuatro años"
    day_parts: tuple[tuple[str, str], ...] = ()  # (regex, kind): a part of a day, "tonight" -> "day+0", "last night" -> "day-1"


# Persian and Arabic write some letters differently ("ک"/"ك", "ی"/"ي"), Arabic text often drops the hamza of
# an alef ("ايلول" for "أيلول"), Afghan Dari writes an alef with madda where CLDR has none ("آکتوبر", "آگست"),
# and a curly apostrophe is a straight one ("aujourd’hui"): names and text are compared folded.
# Persian writes the ezafe after a final "ه" as "ۀ" ("هفتۀ گذشته", "چهارشنبۀ"): the word is the same.
# Romanian's "ș" and "ț" (comma below, as CLDR spells them) are often typed with a cedilla ("marţi"), as Unicode
# had only those before 3.0: one letter each.
# Khmer writes the subscript of "ដ" and of "ត" alike, and texts type either ("សប្តាហ៍" and CLDR's "សប្ដាហ៍", week):
# the two letters are one in a date's words.
# Gujarati and Devanagari write the open O of English loans with a candra ("ઑગસ્ટ", "ऑक्टोबर", as CLDR spells the
# months), which texts as often type as a plain O ("ઓગસ્ટ", "ओक्टोबर"): the two are one.
LETTER_FOLD = str.maketrans(
    {"ک": "ك", "ی": "ي", "ى": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "’": "'", "ۀ": "ه"}
    | {"ș": "ş", "ț": "ţ", "Ș": "Ş", "Ț": "Ţ"}
    | {"ដ": "ត"}
    | {"ە": "ه", "ھ": "ه", "ڕ": "ر"}  # Sorani Kurdish's letters as older pages write them ("دووهم", "رابردوو")
    | {"ઑ": "ઓ", "ૉ": "ો", "ऑ": "ओ", "ॉ": "ो"}  # the candra O of English loans, often typed as a plain O ("ઓગસ્ટ")
)


def unmarked(text: str) -> str:
    """The text without Arabic-script vowel marks and the tatweel, which texts write or leave out at will ("غدٍ",
    "غدًا", "هـ"): the text is read without them (dates.find_dates), and so are the words it is compared with."""
    return ARABIC_MARKS.sub("", text)


# the letters LETTER_FOLD changes, none of them ASCII: most texts hold none, and a search for them costs far less
# than translating every character
FOLDED = re.compile(f"[{''.join(map(re.escape, map(chr, LETTER_FOLD)))}]")


def fold(text: str) -> str:
    """The same text with the Persian and Arabic forms of a letter made one (same length: offsets hold)."""
    return text if text.isascii() or not FOLDED.search(text) else text.translate(LETTER_FOLD)


def _space(name: str) -> str:
    # CLDR writes a zero-width space between the words of a phrase in a script without spaces ("ថ្ងៃ\u200bនេះ",
    # today), which texts leave out; in NFC, as the loader reads texts: dateparser writes some letters with a dot
    # below as one character that NFC splits in two (Bengali "য়" in "জানুয়ারি", Hindi "फ़" in "फ़रवरी")
    name = unicodedata.normalize("NFC", name)
    return fold(unmarked(" ".join(name.replace("\u00a0", " ").replace("\u200c", " ").replace("\u200b", "").split())))


def locales(language: str) -> list[str]:
    """CLDR's locales of the language: its own and each of its regions' ("pt", "pt_AO", "pt_BR", …)."""
    return [i for i in localedata.locale_identifiers() if i == language or i.startswith(language + "_")]


@cache
def data_file(language: str) -> dict[str, Any]:
    path = DATA / f"{language}.yaml"
    return safeyaml.shipped(path) or {} if path.is_file() else {}


def _dateparser_info(language: str) -> dict[str, Any]:
    for code in dateparser_codes(language):
        with suppress(Exception):  # dateparser has no locale file under this code
            return default_loader.get_locale(code).info
    return {}


def dateparser_codes(language: str) -> list[str]:
    """The codes dateparser may file the language under: its own, CLDR's alias of it ("tl": "fil"), then the locales
    CLDR makes inherit from it, the one that states least of its own first ("no": Bokmål "nb", before "nn")."""
    alias = str(get_global("language_aliases").get(language, ""))
    children = [child for child, parent in get_global("parent_exceptions").items() if parent == language]
    return [language, *filter(None, [alias]), *sorted(children, key=lambda child: len(cldr_own_data(child)))]


@cache
def dateparser_skipped(language: str) -> frozenset[str]:
    """The words dateparser skips beside a date in this language ("noong", "noon": when, of the past), lettered;
    also under a code CLDR files the language by ("tl" for "fil", whose words dateparser keeps under "tl")."""
    aliases = [code for code, alias in get_global("language_aliases").items() if alias == language]
    infos = [_dateparser_info(code) for code in (language, *aliases)]
    return frozenset(str(s).lower() for info in infos for s in info.get("skip", []) if str(s).isalpha())


def cldr_alias(language: str) -> str | None:
    """The code CLDR files a language's data under where it knows the language only by an alias ("tl": "fil"), for
    a language with no data file of ours; else None. Without it the language would have no weekdays and no
    relative times of CLDR."""
    alias = str(get_global("language_aliases").get(language, ""))
    known = alias and localedata.exists(alias) and not localedata.exists(language)
    return alias if known and not data_file(language) else None


KEY_SPACES = re.compile(r"[\s\u200c]+")
# The nukta of the Indic scripts, a combining dot under a letter ("फ़" in CLDR's "फ़रवरी"), which many texts leave
# out ("फरवरी"): a name is the same word with or without it. Every script's, from Unicode's character names.
NUKTAS = "".join(c for c in map(chr, range(0x900, 0xE00)) if unicodedata.name(c, "").endswith("SIGN NUKTA"))
NUKTA = re.compile(f"[{NUKTAS}]")


def key(name: str) -> str:
    """How a name is looked up: folded, lower-case, without spaces, nuktas or a final dot ("Sept." -> "sept",
    "سه‌شنبه" and "سه شنبه" -> "سهشنبه", "फ़रवरी" and "फरवरी" -> "फरवरी")."""
    name = name if name.isascii() else NUKTA.sub("", unicodedata.normalize("NFC", name))  # NFC splits "फ़" in two
    return KEY_SPACES.sub("", fold(name)).lower().rstrip(".")


def nukta_optional(pattern: str) -> str:
    """A name's pattern that matches the name written with or without its nuktas."""
    return NUKTA.sub(lambda m: m.group() + "?", pattern)


def _add(names: dict[str, int], name: str, number: int, minimum: int) -> None:
    spaced = _space(name).rstrip(".")
    if len(spaced) >= minimum and not spaced.isdigit() and key(spaced) not in names:
        names[key(spaced)] = number
        names.setdefault(spaced.lower(), number)  # the spelling itself, for the patterns' alternations


@cache
def words(language: str) -> Words:
    """Every date word of one language (cached: built once per process)."""
    if alias := cldr_alias(language):  # "tl": CLDR's data is filed under "fil" only, its weekdays and relative times
        return words(alias)
    info = _dateparser_info(language)
    own = data_file(language) or _with_additions(_locale_extra(language, info), language)  # a file, else the locale data's
    extra = _years_in_words(language, _cardinal_days(language, _days_in_words(language, _folded(own))))
    months, full_months, weekdays = _names(language, info, extra)
    _add_misdecoded((months, full_months, weekdays), extra.get("misdecoded") or {})
    relative = _relative_words(info, extra)
    if not data_file(language):  # what dateparser lacks where no file of ours says more: shared modifiers, CLDR's relative times
        relative = _script_relative_words(language) | relative
        relative = _shared_modifiers(relative) | relative
        relative |= _cldr_relative_words(language, relative)
        relative |= _without_glued_article(relative, hyphened_articles(language))  # "illum": "il-lum", "lum"
    if script_code(language) == "Latn" and not reads_toneless(language):
        relative = relative | _unaccented_phrases(relative, extra.get("unaccented_words", []))
    order = info.get("date_order") or "DMY"
    counted = _counted(info, extra)
    if not data_file(language):
        counted += _cldr_counted(language) + _other_ago_counts(info, spaceless(language))
    return Words(
        language,
        *(months, full_months, weekdays, relative, counted, extra.get("date_order", order), extra),
        _numbers(language, info, extra),
        _day_parts(info, relative),
    )


ADDITIONS = DATA / "additions"
USE_ADDITIONS = True  # False: the locale data alone, a language's first day (`realtext --without-additions`)


def use_additions(on: bool) -> None:
    """Switch the hand additions on or off for this process. The grammars built from them are cached in several
    modules, so every cache of the package is dropped: what is read next is built as the switch says."""
    global USE_ADDITIONS
    USE_ADDITIONS = on
    for name, module in list(sys.modules.items()):
        if name == __package__ or name.startswith(__package__ + "."):
            for value in list(vars(module).values()):
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()


@cache
def additions(language: str) -> dict[str, Any]:
    """Hand-typed words a language with no data file of its own takes beside what its locale data states
    (`data/dates/additions/<language>.yaml`): general word lists, each file naming its source."""
    path = ADDITIONS / f"{language}.yaml"
    if not USE_ADDITIONS or not path.is_file():
        return {}
    return safeyaml.shipped(path) or {}


def has_own_words(language: str) -> bool:
    """Whether the project's files give the language's date words (a data file, or additions to CLDR's names): a
    language dateparser lacks is then one the build reads, and language detection may choose it."""
    return bool(additions(language)) or bool(data_file(language))


def _with_additions(extra: dict[str, Any], language: str) -> dict[str, Any]:
    """The locale data's facts with the language's additions: a list joins the list of the same key."""
    merged = dict(extra)
    for name, value in additions(language).items():
        merged[name] = _joined_list(merged.get(name) or [], value) if isinstance(value, list) else value
        if name == "inflections" and isinstance(extra.get(name), dict):  # the locale data's forms stay beside them
            merged[name] = {**extra[name], **value}
        if name == "weekdays" and extra.get(name):  # `_weekday_forms` read them beside CLDR's, with their endings
            merged[name] = extra[name]
    cues = additions(language).get("year_before_uncounted")
    if cues:  # "el 2020", not "el 1500 metres"; a cue is no unit's word ("en 2010 en la urbo", CLDR's "{0} en …")
        units = merged.get("unit_words") or _unit_words(cldr_own_data(language))
        merged["unit_words"] = [w for w in units if w not in cues]
    return merged


def _joined_list(own: list[Any], added: list[Any]) -> list[Any]:
    """A list of the locale data joined to the additions' of the same key: words as a sorted set, entries of
    another kind (`counted`'s patterns) one after the other."""
    if all(isinstance(item, str) for item in (*own, *added)):
        return sorted({*own, *added})
    return [*own, *added]


def _locale_extra(language: str, info: dict[str, Any]) -> dict[str, Any]:
    """What a data file would say, for a language with none, read from its locale data: the mark after a day's
    number that CLDR's long date format writes ("d. MMMM y": "15. července"), the month names CLDR writes in a date
    and not alone (`genitive_months`: "prosince", "of December", beside "prosinec"), and the language's words for
    "year" (`year_words`: dateparser's, CLDR's unit names) with the words it counts years with, by CLDR's plural
    category (`year_counts`: Polish "2015 lat" is a count, "w 2015 roku" a year)."""
    own = cldr_own_data(language)
    long_format = str((own.get("date_formats") or {}).get("long", ""))
    extra: dict[str, Any] = {"range_any_word": True}  # no range joiner is known ("16 och 17 april")
    extra["short_year_ranges"] = True  # "1990-91", "1985-91": the years from 1990 to 1991, from 1985 to 1991
    extra["clause_end_years"] = True  # "yn 2019.": a recent year closing a clause (`dates_forms._year_ending_clause`)
    if re.search(r"(?<!d)d\.", long_format):
        extra["day_suffix"] = ["."]
    if ordinals := ordinal_suffixes(language):  # "26:e december", "1r de juny", "2-ри декември"
        extra["day_suffix"] = sorted({*extra.get("day_suffix", []), *ordinals})
    # an ordinal's or a case's ending after a hyphen, which ICU may not know: "24-уми феврал", "5-нчи май", "5-go maja"
    extra["hyphened_day_endings"] = True
    extra["day_range"] = DAY_DASHES  # CLDR's intervals join two days with a dash ("d–d MMM"): "14–16 сентябр"
    months = own.get("months") or {}
    named, alone = ((months.get(context) or {}).get("wide") or {} for context in ("format", "stand-alone"))
    genitive = [name for number, name in named.items() if alone and name != alone.get(number)]
    if genitive:  # a name only a date's context gives ("prosince" beside "prosinec"): a month even alone
        extra["genitive_months"] = genitive
        extra["genitive_stems"] = _genitive_stems(named, alone)
    if all(name.lower() == str(alone.get(number, name)).lower() for number, name in named.items()):
        # CLDR gives no date's case of the name (a capital aside: "Октябрь"), which a date may still decline
        # ("novembar", "25. novembra"; "қазан", "14 қазанда")
        extra["month_stems"] = _month_stems(language)
    bases = alone or named
    if all(name.lower().startswith(bases.get(number, name).lower()) for number, name in named.items()):
        # a date's name is the name itself or it with an ending ("tammikuu|ta"): the language glues its cases to
        # the name, which alone with one is a month ("januárban", "syyskuussa"; not "prosinec", "prosince")
        # a name of letters, and vowel signs where the language glues its postpositions ("अप्रिल|मा": in April)
        # a name of several words too where CLDR's format glues an ending to it ("MMMM'ын'": "аравдугаар сар|д")
        spaced = _format_glues_month(language)
        lettered = [
            n
            for n in bases.values()
            if n.isalpha() or (glued_case_endings(language) and _lettered_name(n)) or (spaced and n.replace(" ", "").isalpha())
        ]
        lettered += figured_months(language)  # "10 дугаар сар|ын": the figures of a name of several words
        extra["ended_months"] = sorted({n.lower() for n in lettered if len(n) >= MIN_ENDED_MONTH})
        extra |= _day_ended_months(language, lettered)
    extra |= _weekday_forms(language, own)
    # a case ending or article hyphenated to a year makes it one: dateparser skips "-án", "-ig" of Hungarian; and
    # "2020-ųjų" (of 2020), "2012-kii" (the 2012) read so in a language with no file, unless it glues its cases to
    # any noun, a count's too ("1700-ден астам адам": more than 1700 people)
    hyphened = any(re.fullmatch(r"-[^\W\d_]+", str(w)) for w in info.get("skip", []))
    extra["hyphen_endings"] = hyphened or not glued_case_endings(language)
    extra |= _year_and_month_facts(language, info, long_format)
    extra["locale_formats"] = locale_formats(language) + unit_word_formats(language, own)
    extra["locale_formats"] += _unglued_month_formats(language, extra)
    # a case ending the format glues to the year ("y('e')'ko'": "2010eko"), which a year takes alone too
    extra["year_glued"] = any(m[1].islower() for t in extra["locale_formats"] for m in GLUED_YEAR.finditer(t))
    extra["day_prefix"] = ordinal_prefixes(language) if spaceless(language) else []  # "ថ្ងៃទី២២": the 22nd day
    extra["day_cues"] = _day_cues(own, info)
    extra["day_units"] = day_unit_names(language)  # of those, the words for a day itself ("ngày")
    extra["day_nouns"] = sorted({str(n).lower() for n in info.get("day") or [] if _lettered(str(n))})  # "beaivi"
    extra["day_phrases"] = _day_phrases(info)
    extra["this_day_parts"] = _this_day_parts(own, info, proclitics(language))
    extra["compound_time_words"] = _compound_time_words(own, info)
    extra |= _day_period_words(own)
    extra["ended_relative"] = _ended_relative_words(language, info, own)
    extra |= _enclitic_endings(language)
    if any(DOTTED_DAY_MONTH.match(_date_format(language, width)) for width in ("short", "medium")):
        extra["dotted_day_month"] = True  # "d. M. y": a day and month alone are written "14. 8."
    extra |= _glued_words(language, extra["locale_formats"])
    extra["figure_proclitics"] = _figure_proclitics(language, info)
    extra |= _lettered_fields(language, info, own)
    extra["relative"] = [*extra.get("relative", []), *_singular_times(language), *_day_adjectives(language, info)]
    extra["inflections"] = _relative_word_forms(info, _unit_word_forms(own), _calendar_names(own))
    extra["not_relative"] = _unit_nouns_as_relative(info, _unit_word_forms(own))
    extra["year_after_name"] = script_code(language) in CASED_SCRIPTS  # "Olimpik Paris 2024"
    # a year takes the article as a noun does, glued by a hyphen to it or to a preposition: "fl-2017", "mill-2013"
    extra["year_articles"] = hyphened_articles(language)
    if capitalises_nouns(own):  # "2018 war …", "Finanzkris 2008 beweist": no lower-case word is a counted noun
        extra["bare_year_before_lowercase"] = True
    extra["year_endings"] = year_endings(language)  # "1959ൽ", "1990లో", "१९५२ मध्ये": in 1959, in 1990, in 1952
    # with their marks and without: the press may drop a macron ("pe" for Tongan "pē", or), no joiner of a range either
    extra["function_words"] = _unmarked_too(_list_words(own, ("standard", "or")))
    extra |= _spelled_day_facts(language)  # "दो अक्टूबर", "चार मार्च": a day in words, read before a month's name only
    extra |= own_calendar_months(language)  # "۱۴ چنګاښ ۱۴۰۴", "७ बैशाख २०८१": the months of the country's own calendar
    extra["range_and"] = _list_words(own, ("standard",))  # "1986 na 1991", "4 ja 5 mai"
    counts = _unit_counts(own, "duration-year")
    glue = {w for ws in _unit_counts(own, "duration-month").values() for w in ws}  # Romanian "{0} de ani": "de"
    names = ((own.get("unit_display_names") or {}).get("duration-year") or {}).values()
    year_words = {*info.get("year", []), *(w for ws in counts.values() for w in ws if w not in glue), *names}
    year_words = year_words or _field_unit_words(own, "year")  # "{0} сол пеш": "сол"; "соли 2023", the year 2023
    if year_words:
        extra["year_words"] = sorted({w.lower().rstrip(".") for w in year_words if w.strip(".")})
        extra["year_counts"] = {category: sorted(ws) for category, ws in counts.items()}
        # the word for "year" between a date's month and its year: "4 Februari mwaka 1954"
        extra["month_year"] = [w for w in extra["year_words"] if len(w) >= MIN_UNIT_WORD]
        cues = sorted({*_in_words(info, extra["year_words"]), *_plain_in(language, info), *_point_in_time(own)})
        if cues:  # "i 2005", "i oktober"; not "i 1500 meters dybde"
            extra |= {"year_before_uncounted": cues, "month_before": cues, "unit_words": _unit_words(own)}
    facts = _month_word_and_glue_facts(language, own, extra.get("month_before", []))
    # no short word is known to cue a month: the language's "in" is unknown ("in Mei", "en decembro")
    extra["month_after_short_word"] = not any(len(c) <= MAX_IN_WORD for c in extra.get("month_before", []))
    extra["case_months"] = _case_months(language, info)
    return extra | facts | _format_year_words(language, extra.get("year_words", []))


ROMAN_MONTH = re.compile(r"[ivx]+")
MIN_CASE_MONTH = 4  # letters of a month's case form read alone ("maju"); a shorter one is an abbreviation


def _case_months(language: str, info: dict[str, Any]) -> list[str]:
    """The forms of a month's name dateparser's locale file lists and CLDR writes nowhere, nor opens with (an
    abbreviation: "lut" of "luty"): the name in another case, as a sentence declines it after its preposition
    ("w maju", "w lutym", "w listopadzie", in May, February, November). Alone after a short word, such a form is
    the month, as CLDR's wide names are (`dates_grammar._short_word_months`)."""
    cldr = {
        name.lower()
        for locale in locales(language)
        for width in ("wide", "abbreviated", "narrow")
        for context in ("format", "stand-alone")
        for name in babel.dates.get_month_names(width, context, locale).values()
    }
    forms = {str(form).lower() for key_ in MONTH_KEYS for form in info.get(key_) or []}
    return sorted(
        form
        for form in forms - cldr
        if len(form) >= MIN_CASE_MONTH
        and form.isalpha()
        and not ROMAN_MONTH.fullmatch(form)  # "viii": a month in Roman figures, no name
        and not any(name.startswith(form) for name in cldr | forms if name != form)
    )


DAY_DASHES = ["-", "–", "—"]  # CLDR's dash of intervals, and the others texts type for it
FIELD_UNITS = ("year", "month", "week", "day", "hour", "minute")
MIN_YEAR_WORD = 2  # "ел", Tatar's year; a two-letter one takes an ending only before a year (`short_year_words`)


def _field_unit_words(own: dict[str, Any], unit: str) -> set[str]:
    """The words of CLDR's relative times of a unit (`date_fields`: "{0} сол пеш", "пас аз {0} сол") that no other
    unit's write: the unit's noun, for a locale that names it nowhere else; of its forms, the bare one (Tatar "{0}
    ел элек", "{0} елдан": "ел")."""
    fields = own.get("date_fields") or {}

    def words_of(field: str) -> set[str]:
        tenses = (fields.get(field) or {}).values()
        return {w.lower() for t in tenses if isinstance(t, dict) for p in t.values() for w in str(p).replace("{0}", " ").split()}

    others = set().union(*(words_of(f) for f in FIELD_UNITS if f != unit))
    own_words = {w for w in words_of(unit) - others if len(w) >= MIN_YEAR_WORD and w.isalpha()}
    return {w for w in own_words if not any(w != o and w.startswith(o) for o in own_words)}  # "ел", not "елдан"


def year_endings(language: str) -> list[str]:
    """Where the language glues its case endings to a noun (`scripts.glued_case_endings`), its locative ending or
    postposition, which a year in figures takes for "in" ("1959ൽ", "1990లో", "1990-இல்", "2008-ში", "१९५२ मध्ये"):
    read from CLDR's relative times to come, "in {0} days … years" ("{0} വർഷത്തിൽ", "{0} సంవత్సరాల్లో"), as the
    ending every unit's form shares ("ിൽ", "లో"; "ில்" of "ஆண்டுகளில்" and "ஆண்டில்"), or the one word after every
    unit ("{0} ਸਾਲਾਂ ਵਿੱਚ": "ਵਿੱਚ"), where the script's languages write their postpositions apart (`postpositions_apart`
    in `data/scripts.yaml`: Punjabi "2016 ਵਿੱਚ", Urdu "2016 میں": in 2016). A figure carries no vowel sign, so the
    ending is written without the vowel signs opening it, or with the vowel they stand for ("ൽ", "இல்", Bengali
    "-এ" of "ে"). A regular expression each; none where the forms share less than two characters or a lone vowel
    sign (Armenian "ց" of "օրից", "տարուց")."""
    if not glued_case_endings(language) and not script_facts(language).get("postpositions_apart"):
        return []
    times = _cldr_relative_times(language)
    after = [p.split("{0}", 1)[1] for _, direction, _, p in times if direction > 0 and p.count("{0}") == 1]
    if not after or not all(after):
        return []
    shared = _shared_end(after)
    ending = shared.strip()
    opening = ending[: len(ending) - len(ending.lstrip(MARK_CHARACTERS))]
    if not ending or " " in ending or (len(ending) < 2 and not opening) or ending in after:  # not a word of its own
        return []
    if shared.startswith(" "):  # a postposition, a word of its own
        return [re.escape(ending)] if len(set(after)) > 1 else []  # one unit's word alone is no postposition
    if not glued_case_endings(language):  # a script's postposition apart, but none here
        return []
    core = ending[len(opening) :]
    forms = {_loose_final(core)} if core else set()
    if opening and (vowel := _independent_vowel(opening[0])):
        forms.add(re.escape(vowel) + (_loose_final(core) if core else ""))
    return sorted(forms)


def _lettered_name(name: str) -> bool:
    """A word of letters and the vowel signs written on them ("अप्रिल"), which `str.isalpha` refuses."""
    return name.isalpha() or (name[:1].isalpha() and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in name))


def _shared_end(texts: list[str]) -> str:
    """The longest ending every text shares."""
    end = min(texts, key=len)
    while end and not all(t.endswith(end) for t in texts):
        end = end[1:]
    return end


MARK_CHARACTERS = "".join(c for c in map(chr, range(0x900, 0xE00)) if unicodedata.category(c).startswith("M"))


def _independent_vowel(sign: str) -> str:
    """The vowel letter a vowel sign stands for ("ി": "ഇ", "ে": "এ"), written where no consonant carries it."""
    with suppress(KeyError, ValueError):
        return unicodedata.lookup(unicodedata.name(sign).replace(" VOWEL SIGN ", " LETTER "))
    return ""


def _loose_final(core: str) -> str:
    """An ending as a regular expression whose last consonant, written without its vowel (a virama after it, or
    Malayalam's chillu, "ൽ" as "ല്"), may also take a vowel sign where another particle follows ("ലെ": of; "ലും": also in)."""
    last = core[-1]
    name = unicodedata.name(last, "")
    if " LETTER CHILLU " in name:
        script, letter = name.split(" LETTER CHILLU ")
        with suppress(KeyError):
            base = unicodedata.lookup(f"{script} LETTER {letter}A")
            return f"{re.escape(core[:-1])}(?:{re.escape(last)}|{re.escape(base)}[{MARKS}]*)"
    if len(core) > 1 and unicodedata.name(last, "").endswith("SIGN VIRAMA"):
        return f"{re.escape(core[:-1])}[{MARKS}]*"
    return re.escape(core)


MIN_SPELLED_DAY = 2  # "one" is also an article ("en mars-dag", "ett april-skämt"), not a day


@cache
def spelled_days(language: str) -> dict[str, int]:
    """The days 2 to 31 as CLDR's rule-based spell-out writes them in the language through ICU ("दो", "इकतीस";
    "tveir"), for a language with no data file, where a day may be written in words before its month ("दो
    अक्टूबर"); none where ICU has no spell-out of the language and writes English's ("two")."""
    found = {}
    with suppress(Exception):  # a locale ICU does not know
        spell, english = MessageFormat("{n, spellout}", language), MessageFormat("{n, spellout}", "en")
        for n in range(MIN_SPELLED_DAY, MAX_DAY + 1):
            written = fold(" ".join(str(spell.format({"n": n})).replace("\xad", "").split()))
            if written == str(english.format({"n": n})) or not all(map(_letter_or_mark, written.replace(" ", ""))):
                return {}
            found[written.lower()] = n
    return found


def _spelled_day_facts(language: str) -> dict[str, Any]:
    """The days in words (`spelled_days`) as a data file lists them: `day_words`, and `spelled_days`, which the
    grammar reads before a month's name only."""
    days = spelled_days(language)
    return {"day_words": days, "spelled_days": sorted(days)} if days else {}


def _letter_or_mark(c: str) -> bool:
    """A letter or a mark written on one ("दो"), or a hyphen or apostrophe inside a word ("labíng-isá")."""
    return c.isalpha() or unicodedata.category(c)[0] == "M" or c in "-’'"


ROOT_ORDINALS = frozenset({"st", "nd", "rd", "th"})  # what ICU writes for a locale with no ordinal rules of its own
MAX_DAY = 31


@cache
def ordinal_suffixes(language: str) -> list[str]:
    """What ICU's ordinal numbering (CLDR's rule-based "digits-ordinal") writes after a day's figures in the language:
    Swedish "26:e", "1:a"; Catalan "1r", "11è"; Bulgarian "2-ри"; none where it writes a word before the figures
    (Indonesian "ke-1") or falls back to the root's English endings."""
    found = set()
    with suppress(Exception):  # a locale ICU does not know
        ordinal = MessageFormat("{n, ordinal}", language)
        for n in range(1, MAX_DAY + 1):
            written = str(ordinal.format({"n": n}))
            figures = next((k for k, c in enumerate(written) if not c.isdigit()), len(written))  # any script's digits
            suffix = written[figures:]
            if not figures or not suffix or suffix[:1].isspace():
                return []
            found.add(suffix)
    return sorted(found) if found and not found <= ROOT_ORDINALS else []


@cache
def ordinal_prefixes(language: str) -> list[str]:
    """What ICU's ordinal numbering writes before a day's figures in the language (Khmer "ទី1", Thai "ที่ 1"): a word
    that may stand glued before a day of the month ("ថ្ងៃទី២២": the 22nd day)."""
    found = set()
    with suppress(Exception):  # a locale ICU does not know
        ordinal = MessageFormat("{n, ordinal}", language)
        for n in range(1, MAX_DAY + 1):
            written = str(ordinal.format({"n": n}))
            opening = written[: next((k for k, c in enumerate(written) if c.isdigit()), 0)].strip(" \u00a0")
            if not opening or not all(map(_letter_or_mark, opening)):
                return []
            found.add(opening)
    return sorted(found)


def unit_word_formats(language: str, own: dict[str, Any]) -> list[str]:
    """In a script that writes no space between words (Khmer, Burmese, Thai, Lao), CLDR's long date format and its
    month and year with the names of the units (CLDR's "day", "month", "year") beside each field, glued or spaced,
    before or after it, and the ordinal word before the day (`ordinal_prefixes`): Khmer names a date "ថ្ងៃទី២២
    ខែមិថុនា ឆ្នាំ២០២២" (day the 22nd, month June, year 2022), Burmese "မေလ ၂၅ ရက်" (May-month 25 day)."""
    if not spaceless(language):
        return []
    units = own.get("unit_display_names") or {}
    names = {}
    for field, unit in (("DAY", "duration-day"), ("MONTH", "duration-month"), ("YEAR", "duration-year")):
        written = [str(n) for n in (units.get(unit) or {}).values() if str(n).strip()]
        if not written or not all(map(_letter_or_mark, written[0])):
            return []
        names[field] = re.escape(written[0])
    prefixes = _plain_alt(ordinal_prefixes(language)) if ordinal_prefixes(language) else ""
    found = []
    templates = [_format_template(WEEKDAY_FIELD.sub("", _date_format(language, "long")).strip(" ,"))]
    with suppress(Exception):  # a locale CLDR does not know
        templates.append(_format_template(str(Locale.parse(language).datetime_skeletons["yMMMM"]), {"MONTH", "YEAR"}))
    for template in filter(None, templates):
        for field, name in names.items():
            opening = rf"(?:{name}\s*)?" + (rf"(?:(?:{prefixes})\s*)?" if field == "DAY" and prefixes else "")
            template = template.replace(field, rf"{opening}{field}(?:\s*{name})?")
        found.append(template)
    return found


def _month_word_and_glue_facts(language: str, own: dict[str, Any], month_before: list[str]) -> dict[str, Any]:
    """The words for "month" as cues beside a month's name (`month_before`, `month_after`: "செப்டம்பர் மாதம்",
    "bulan September"), and the endings a script glues to a relative word (`relative_glued`: "நேற்று|ைய", yesterday's)."""
    # also where CLDR's date format glues a case ending to a month or a year ("gaur|ko": today's, Basque)
    glued = glued_endings(language) or format_glued_endings(language)
    facts: dict[str, Any] = {"relative_glued": glued} if glued else {}
    if month_words := _month_words(own):
        facts |= {"month_before": sorted({*month_before, *month_words}), "month_after": month_words}
    if named := _names_month_word(own):  # "yn mis Genver": the name's own word for "month" cues it
        facts["month_before"] = sorted({*facts.get("month_before", month_before), named})
    if postposition := _postposed_in(language, own):  # "अक्टूबर में": in October
        facts["month_after"] = sorted({*facts.get("month_after", []), postposition})
    return facts


def _postposed_in(language: str, own: dict[str, Any]) -> str:
    """The language's postposition "in", which follows a month's name as it follows a count of time: the one word
    CLDR writes after the unit's word in every pattern of a day, week, month and year to come ("{0} दिन में",
    "{0} वर्ष में": in so many days, years) that dateparser also lists as the language's "in" ("में"); not a word
    for "after" ("{0} gün sonra" is "after", which dateparser lists too, but no text writes it for "in October")."""
    fields = own.get("date_fields") or {}
    last = set()
    for unit in ("day", "week", "month", "year"):
        pattern = str(((fields.get(unit) or {}).get("future") or {}).get("other", ""))
        after = pattern.split("{0}", 1)[1].split() if "{0}" in pattern else []
        last.add(after[-1] if len(after) == 2 else "")
    ins = {str(w).lower() for w in _dateparser_info(language).get("in", [])}
    word = last.pop() if len(last) == 1 else ""
    return word if word and word in ins and _lettered(word) else ""


def _names_month_word(own: dict[str, Any]) -> str:
    """The word every one of CLDR's wide month names opens with, in a date's case, the language's word for
    "month": Cornish "mis" ("mis Genver", "mis Hedra"), Vietnamese "tháng". The name written whole is then a month
    with its own cue, as "bulan September" is ("yn mis Genver", in January); not a preposition some names open
    with (Catalan "de gener", "d'abril")."""
    names = [str(n) for n in ((own.get("months") or {}).get("format") or {}).get("wide", {}).values()]
    firsts = {n.split()[0].lower() if len(n.split()) > 1 else "" for n in names}
    word = firsts.pop() if len(names) == 12 and len(firsts) == 1 else ""
    return word if _lettered(word) else ""


def _month_words(own: dict[str, Any]) -> list[str]:
    """The language's words for "month", CLDR's beside its counts of months and its unit's names ("mēnesis",
    "மாதம்", "bulan"), words of letters only, which stand beside a month's name to name it."""
    names = ((own.get("unit_display_names") or {}).get("duration-month") or {}).values()
    counted = {w for ws in _unit_counts(own, "duration-month").values() for w in ws}
    return sorted({w.lower() for w in (*counted, *map(str, names)) if _lettered(w)})


def _year_and_month_facts(language: str, info: dict[str, Any], long_format: str) -> dict[str, Any]:
    """A year CLDR writes as an ordinal (`year_dot`: "d. MMMM y.", "2009. godine", "1997. i 1998."), the era of
    the calendar it gives the language (`year_offset`), and months named with the word for "month" (`named_months`)."""
    facts: dict[str, Any] = {"year_dot": True} if "y." in long_format else {}
    if offset := calendar_offset(language):
        facts["year_offset"] = offset
    if named := _named_months(info):
        facts["named_months"] = named
    return facts


GLUED_MONTH = re.compile(r"MMMM'[^\W\d_]")  # CLDR's format glues an ending to the month's name: "MMMM'ын'"


def _format_glues_month(language: str) -> bool:
    """Whether CLDR's long or full date format glues a case ending to the month's wide name (Mongolian "MMMM'ын'")."""
    return any(GLUED_MONTH.search(_date_format(language, width)) for width in ("long", "full"))


GLUED_TEMPLATE = re.compile(r"MONTH[^\W\d_]+")  # a format's ending glued to the month: "MONTHын"


def _unglued_month_formats(language: str, extra: dict[str, Any]) -> list[str]:
    """Where CLDR's format glues a case ending to the month's name ("MMMM'ын' d") and the language's months take
    any case ending (`ended_months`: "сар|д", "сар|ын"), the format's templates with the month taking any: the
    ending is one case of several, which the month's own pattern reads."""
    if not (extra.get("ended_months") and _format_glues_month(language)):
        return []
    formats = extra["locale_formats"]
    return [t for t in dict.fromkeys(GLUED_TEMPLATE.sub("MONTH", f) for f in formats) if t not in formats]


FORMAT_YEAR_WORD = re.compile(r"y\s+'([^\W\d_]+)'")  # a word CLDR quotes after a year and a space: "y 'оны'"


def _format_year_words(language: str, year_words: list[str]) -> dict[str, list[str]]:
    """The words CLDR's long and full date formats write after the year, where they are no word for "year" known
    already (Mongolian "y 'оны' MMMM'ын' d": "оны", of the year; not Bulgarian's "г", a year word): the year's own
    word, which makes a year of a number alone too ("2024 оны сонгууль": the 2024 election)."""
    patterns = [_date_format(language, width) for width in ("long", "full")]
    found = {m[1].lower() for pattern in patterns for m in FORMAT_YEAR_WORD.finditer(pattern)}
    after = sorted(word for word in found if word not in year_words and len(word) >= MIN_UNIT_WORD)
    return {"year_after": after} if after else {}


def _named_months(info: dict[str, Any]) -> list[str]:
    """dateparser's names of a month that are the language's word for "month" and the month's own name
    ("เดือนเมษายน": the month of April): a month even alone, as a cue and a month are elsewhere ("in April")."""
    unit_words = [u.lower() for u in info.get("month", []) if len(u) >= MIN_UNIT_WORD]
    names = {str(n).lower() for k in MONTH_KEYS for n in info.get(k, [])}
    return sorted(n for n in names for u in unit_words if n.startswith(u) and n[len(u) :].strip() in names)


def calendar_offset(language: str) -> int:
    """How many years the calendar CLDR gives the language by default (through ICU) counts ahead of the
    Gregorian one where its months and days are the Gregorian ones: 543 for Thai's Buddhist era (2563 is 2020);
    0 for the Gregorian calendar and for one with months of its own (Persian's), which needs a data file."""
    with suppress(Exception):  # a locale ICU does not know
        stamp = MessageFormat("{d, date, ::y}|{d, date, ::M}|{d, date, ::d}", language).format({"d": CALENDAR_PROBE})
        year, month, day = (int("".join(str(unicodedata.digit(c)) for c in part if c.isdigit())) for part in stamp.split("|"))
        if (month, day) == (CALENDAR_PROBE.month, CALENDAR_PROBE.day):
            return year - CALENDAR_PROBE.year
    return 0


MIN_UNIT_WORD = 3
MIN_NOUNS = 3  # unit words CLDR's relative times capitalise, at least, to say the language capitalises nouns
MIN_ENGLISH_MONTH = 4  # not "May", a word of other languages (Tagalog "may": there is)
UNITS = ("duration-day", "duration-week", "duration-month", "duration-year")


def _unit_word_forms(own: dict[str, Any]) -> dict[str, str]:
    """Each word CLDR has for a unit (its long and short names, the words beside its counts) -> an alternation of them
    all: dateparser's relative phrases write one ("इस माह": this month), a text another ("इस महीने"); not a word beside
    the counts of two units (Romanian "de" of "{0} de ani")."""
    words = {unit: {w for ws in _unit_counts(own, unit).values() for w in ws if _lettered(w)} for unit in UNITS}
    shared = {w for unit in UNITS for w in words[unit] if sum(w in words[other] for other in UNITS) > 1}
    forms = {}
    for unit in UNITS:
        names = {str(n).lower() for n in ((own.get("unit_display_names") or {}).get(unit) or {}).values() if _lettered(str(n))}
        spelled = sorted((names | words[unit]) - shared, key=len, reverse=True)
        if spelled:  # one spelling too (Hungarian "hét"): `_relative_word_forms` gives it its case endings
            forms |= dict.fromkeys(spelled, "|".join(re.escape(w) for w in spelled))
    return forms


def _list_words(own: dict[str, Any], kinds: tuple[str, ...]) -> list[str]:
    """The words CLDR's list patterns of these kinds join items with ("{0} na {1}", "{0} või {1}"): the language's
    "and" ("standard") and "or", function words, not a noun a count of years would name ("1986 na 1991")."""
    patterns = own.get("list_patterns") or {}
    found = {
        word.lower()
        for kind in kinds
        for pattern in (patterns.get(kind) or {}).values()
        for spelled in optional_letters(str(pattern))
        for word in spelled.replace("{0}", " ").replace("{1}", " ").split()
        if word[0].isalpha()
    }
    return sorted(found)


def _unmarked_too(words: list[str]) -> list[str]:
    """The words and their forms without combining marks ("pē", "pe")."""
    bare = ("".join(c for c in unicodedata.normalize("NFD", w) if not unicodedata.combining(c)) for w in words)
    return sorted({*words, *(unicodedata.normalize("NFC", b) for b in bare if b)})


OPTIONAL = re.compile(r"(?<=[^\W\d_])\(([^\W\d_]{1,3})\)")  # "a(n)", "viru(n)": CLDR's letters a word may drop


def optional_letters(pattern: str) -> list[str]:
    """A CLDR pattern written with letters in parentheses that a word takes or drops (Luxembourgish "a(n) {0}
    Deeg", "viru(n)": the n the next word's first letter decides), as each spelling a text writes: "a", "an"."""
    if not OPTIONAL.search(pattern):
        return [pattern]
    return sorted({OPTIONAL.sub("", pattern), OPTIONAL.sub(r"\1", pattern)})


def capitalises_nouns(own: dict[str, Any]) -> bool:
    """Whether the language writes its nouns with a capital, as German and Luxembourgish do: CLDR's relative times
    capitalise every unit's word after the count and no word before it ("vor {0} Jahren", "virun {0} Joer"). Then
    a number before a lower-case word counts nothing ("2018 war …": in 2018)."""
    fields = own.get("date_fields") or {}
    patterns = [str(p) for unit in CLDR_UNITS for tense in (fields.get(unit) or {}).values() for p in tense.values()]
    spaced = [p.split("{0}", 1) for p in patterns if "{0}" in p]
    nouns = {after.split()[0] for _, after in spaced if after.split() and after.split()[0].isalpha()}
    before = {w for opening, _ in spaced for w in opening.split() if w[:1].isalpha()}
    return len(nouns) >= MIN_NOUNS and all(w[0].isupper() for w in nouns) and bool(before) and all(w.islower() for w in before)


CASED_SCRIPTS = ("Latn", "Cyrl", "Grek", "Armn")  # scripts with capitals, which mark a name
MIN_SIGNED_MODIFIER = 4  # "ਪਿਛਲਾ", "आवता": letters and a vowel sign, an adjective's ending; not "ગયા" (gone)
MIN_MODIFIER = 6  # "järgmine", "prejšnji": a word before the unit long enough to take a case ending on a stem


def _relative_word_forms(info: dict[str, Any], units: dict[str, str], names: frozenset[str] = frozenset()) -> dict[str, str]:
    """The unit words' forms (`_unit_word_forms`), and where dateparser's phrases for last, this or next week,
    month or year are of two words or more, their words with the case endings a sentence gives them: "järgmine
    nädal" is also "järgmisel nädalal", "prejšnji teden" "prejšnjega tedna" (a unit's word in a form CLDR has, with
    up to three letters more; a longer word, its stem less two letters with up to four). Both words must be there.
    A unit's word so ended is never a month's or a weekday's name (`names`): Dutch "vorige maandag" is last Monday,
    not "vorige maand" (last month) with an ending."""
    forms = dict(units)
    for key_, phrases in info.get("relative-type", {}).items():
        if not RELATIVE_KEY.match(key_):
            continue
        for phrase in phrases:
            spelled = _space(phrase).lower().split()
            for word in spelled if len(spelled) > 1 else ():
                if word in units:
                    clash = sorted(n for n in names if n != word and re.match(rf"(?:{units[word]}){LETTER}{{1,3}}$", n))
                    guard = f"(?!(?:{'|'.join(map(re.escape, clash))}){WORD_END})" if clash else ""
                    forms[word] = f"{guard}(?:{units[word]}){LETTER}{{0,3}}"
                elif len(word) >= MIN_MODIFIER and _lettered(word):
                    forms[word] = f"{re.escape(word[:-2])}{LETTER}{{0,4}}"
                elif len(word) >= MIN_SIGNED_MODIFIER and _lettered(word) and unicodedata.category(word[-1]) == "Mc":
                    # an adjective ending in a vowel sign takes another in its oblique or feminine form: "ਪਿਛਲਾ
                    # ਸਾਲ" (last year) is "ਪਿਛਲੇ ਸਾਲ" after a postposition or none, as Hindi "पिछला" is "पिछले"
                    forms[word] = f"{re.escape(word[:-1])}[{MARKS}]"
    return forms


def _day_ended_months(language: str, lettered: list[str]) -> dict[str, Any]:
    """The months' names that take a case ending after a day: any of three letters or more, as a shorter one opens
    too many nouns ("मे|जां": tables, not May), unless with one of the endings the language's data lists ("मे|ला")."""
    facts: dict[str, Any] = {"day_ended_months": sorted({n.lower() for n in lettered if len(n) >= MIN_DAY_ENDED_MONTH})}
    if endings := short_month_endings(language):
        facts["short_ended_months"] = sorted({n.lower() for n in lettered if len(n) < MIN_DAY_ENDED_MONTH})
        facts["short_month_endings"] = endings
    return facts


def _unit_nouns_as_relative(info: dict[str, Any], units: dict[str, str]) -> list[str]:
    """dateparser's one-word phrases for this, last or next day, week, month or year that are one of CLDR's words
    for a unit itself (Upper Sorbian "lět", this year, is also the count's "years": "25 lět"; its forms "lěće",
    "lěta" are the noun "year" in "w lěće 1912"): the unit's noun names no date. Albanian "vjet" (last year, and the
    count's "years": "tre vjet") goes too: a count read as last year would be a date invented."""
    return sorted(
        phrase.lower()
        for key_, phrases in (info.get("relative-type") or {}).items()
        if RELATIVE_KEY.match(key_)
        for phrase in phrases
        if " " not in phrase.strip() and phrase.lower() in units
    )


def _calendar_names(own: dict[str, Any]) -> frozenset[str]:
    """CLDR's names of the months and weekdays, every width and context, lower-case."""
    names = {
        str(name).lower()
        for field in ("months", "days")
        for context in (own.get(field) or {}).values()
        for table in (context or {}).values()
        for name in (table or {}).values()
    }
    return frozenset(names)


def _lettered(word: str) -> bool:
    """Letters and the vowel signs written on them ("महीने"), three or more: a word, not an abbreviation ("д")."""
    letters = len(word) >= MIN_UNIT_WORD and word[0].isalpha()
    return letters and all(c.isalpha() or unicodedata.category(c)[0] == "M" for c in word)


def _skeleton(language: str, fields: str) -> str:
    """CLDR's pattern for a skeleton ("d": "d日", "y": "y년", "yMMMd": "y년 MMM d일"), or "" where it has none."""
    locale = cldr_locale(language)  # None for a code CLDR does not know
    return str(locale.datetime_skeletons.get(fields) or "") if locale else ""


def _field_word(pattern: str, field: str) -> str:
    """The word CLDR glues after a field written alone ("d日": 日, "y년": 년), or "" when it writes the number bare."""
    m = re.fullmatch(rf"{field}+(?:'([^\W\d_]+)'|([^\W\d_a-zA-Z]+))", pattern)  # a Latin letter is quoted
    return (m[1] or m[2]) if m else ""


def _lettered_fields(language: str, info: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """Where CLDR writes a day or a year alone with a word glued after it ("15日", "15일"; "2018年", "2018년"): the
    year's word as a year's cue (`year_after`), the day alone as a day of the month of writing, of the month before
    after the phrase for "last month" ("지난달 20일", "先月20日"), of the month of writing after the phrase for "this
    month" ("今月3日", "이번 달 3일"), and where CLDR writes the year before the month,
    a month (and day) after the phrases for last, this and next year ("昨年9月", "내년 3월 5일"). A day so written
    and followed by a word of a count ("23日間", "3일 동안") counts days; a year followed by the script's ending
    of a decade ("1980년대") opens a decade."""
    day, year = _field_word(_skeleton(language, "d"), "d"), _field_word(_skeleton(language, "y"), "y")
    decades = [year + ending for ending in script_facts(language).get("decade_endings", [])] if year else []
    extra: dict[str, Any] = ({"year_after": [year]} if year else {}) | ({"decade_after": decades} if decades else {})
    if not day:
        return extra
    phrases = _with_added_phrases(info.get("relative-type") or {}, language)
    counts = _count_words(language, own)
    day_alone = rf"{{day}}\s*{re.escape(day)}" + (rf"(?!\s*(?:{_plain_alt(counts)}))" if counts else "")
    # not a day after a month's word ("同月18日": of the month just named) nor the last of a range ("3~4日")
    month_word = _field_word(re.sub(r"d+.*", "", _skeleton(language, "MMMd")).strip(), "M")
    after = re.escape(month_word) if month_word else ""
    relative = [{"pattern": rf"(?<![\d~〜～\-–{after}]){day_alone}", "kind": "day-of-month"}]
    if phrases.get("1 month ago"):
        relative.append({"pattern": rf"(?:{_plain_alt(phrases['1 month ago'])})\s*{day_alone}", "kind": "last-month-day"})
    if phrases.get("0 month ago"):  # "今月3日", "이번 달 3일": a day of the month of writing
        relative.append({"pattern": rf"(?:{_plain_alt(phrases['0 month ago'])})\s*{day_alone}", "kind": "this-month-day"})
    if _skeleton(language, "yMMMd").startswith("y"):
        for key_, kind in (
            ("1 year ago", "last-year-month"),
            ("0 year ago", "this-year-month"),
            ("in 1 year", "next-year-month"),
        ):
            if phrases.get(key_):
                month = rf"(?:{_plain_alt(phrases[key_])})\s*{{month}}(?:\s*{day_alone})?"
                relative.append({"pattern": month, "kind": kind})
    return extra | {"relative": relative}


def _with_added_phrases(phrases: dict[str, list[str]], language: str) -> dict[str, list[str]]:
    """dateparser's phrases by their key ("1 year ago": ["작년"]) with the additions' `relative_words` of the same
    time ("지난해": [year, -1]), so that the month and day after them are read as after dateparser's ("지난해 9월")."""
    merged = {key: list(found) for key, found in phrases.items()}
    for phrase, (unit, offset) in (additions(language).get("relative_words") or {}).items():
        key_ = f"{-int(offset)} {unit} ago" if int(offset) <= 0 else f"in {int(offset)} {unit}"
        merged.setdefault(key_, []).append(str(phrase))
    return merged


def _count_words(language: str, own: dict[str, Any]) -> list[str]:
    """The words after a count of days that make it one: the ending CLDR glues to its word for an hour to count
    hours ("H時" and "{0} 時間": 間, so "3日間"; "H시" and "{0}시간": 간), and the script's words after a count
    of any unit (`count_after`: "23일 만에", "3일 동안")."""
    hour = _field_word(_skeleton(language, "H"), "H")
    counted = {w for ws in _unit_counts(own, "duration-hour").values() for w in ws} if hour else set()
    endings = {w[len(hour) :] for w in counted if w.startswith(hour) and len(w) > len(hour)}
    return sorted(endings | set(script_facts(language).get("count_after", [])))


def _unit_words(own: dict[str, Any]) -> list[str]:
    """The words CLDR writes after a count of any unit ("{0} meter", "{0} kilometer"): after one, a number is a count."""
    units = own.get("unit_patterns") or {}
    return sorted({w for unit in units for ws in _unit_counts(own, unit).values() for w in ws if w.isalpha()})


def _in_words(info: dict[str, Any], year_words: list[str]) -> list[str]:
    """The language's word for "in" before a year or a month, read from its relative phrases: a short word that
    opens its phrase for "this year" before a word for year ("i år") and phrases of other times too, before and
    after ("i går", "i morgen", "i fjor"): a preposition, where a word for "this" opens phrases of the present
    only ("dit jaar", "deze maand")."""
    phrases = {(p.lower(), k) for k, found in (info.get("relative-type") or {}).items() for p in found}
    offsets: dict[str, set[int]] = {}
    for phrase, k in phrases:
        m = RELATIVE_KEY.match(k)
        if m:
            offsets.setdefault(phrase.split()[0], set()).add(-int(m["ago"]) if m["ago"] is not None else int(m["ahead"]))
    this_year = [p.split() for p, k in phrases if k == "0 year ago"]
    return sorted(
        {
            words[0]
            for words in this_year
            if len(words) == 2 and len(words[0]) <= MAX_IN_WORD and year_form(words[1], year_words) and len(offsets[words[0]]) > 1
        }
    )


def _point_in_time(own: dict[str, Any]) -> list[str]:
    """The word CLDR writes before every weekday's count to come where it writes another before every unit's
    ("pada {0} Isnin" beside "dalam {0} hari"): a preposition of a point in time, not of a span, which a year takes
    too ("pada 2017": in 2017). Malay; where both are the same word ("za {0} pondělí", "za {0} dní") it says "in so
    many", a count's ("za 2000 korun": for 2000 crowns)."""
    fields = own.get("date_fields") or {}
    units = {_first_word(fields, unit) for unit in ("day", "week", "month", "year")}
    days = {_first_word(fields, day) for day in WEEKDAY_FIELDS}
    if len(days) != 1 or len(units) != 1 or days == units:
        return []
    word = days.pop()
    return [word] if word.isalpha() and word.islower() else []


def _first_word(fields: dict[str, Any], field: str) -> str:
    """The one word before the count of CLDR's pattern of a field to come ("pada" of "pada {0} Isnin"), else ""."""
    pattern = str(((fields.get(field) or {}).get("future") or {}).get("other", ""))
    before = pattern.split("{0}")[0].split() if "{0}" in pattern else []
    return before[0] if len(before) == 1 else ""


def _plain_in(language: str, info: dict[str, Any]) -> list[str]:
    """dateparser's one word for "in" where none of the language's relative phrases uses it, which say "in three
    years" with another ("over 3 jaar", "peste 3 ani"): the plain preposition ("in 1992", "în 2017", "u 2015"), a
    cue before a year or a month; short, as a preposition is ("עוד", more, and "อีก", another, come with another
    word for "in"). Where the script has accents, also without them, as scraped text writes it ("in 2014")."""
    ins = [str(w).lower() for w in info.get("in", [])]
    tables = [info.get(table) or {} for table in ("relative-type", "relative-type-regex")]
    used = {w.lower() for table in tables for phrases in table.values() for p in phrases for w in p.split()}
    if len(ins) != 1 or ins[0] in used or len(ins[0]) > MAX_IN_WORD or not ins[0].isalpha():
        return []
    return sorted({ins[0], unaccented(ins[0])} if script_code(language) == "Latn" else {ins[0]})


def _genitive_stems(named: dict[int, str], alone: dict[int, str]) -> dict[str, int]:
    """Stem -> month: a date's month name that differs from the name alone, less its final vowel, of four letters or
    more ("marc|a", "březn|a", "października"), which the language's other cases end otherwise ("v marci", "w marcu",
    "v březnu"): with such an ending the stem is the month alone."""
    return {
        name[:-1].lower(): number
        for number, name in named.items()
        if name != alone.get(number) and name.isalpha() and name[-1:].lower() in VOWEL_LETTERS and len(name) > MIN_GENITIVE_STEM
    }


MAX_STEM_CUT = 2  # "novemb|ar" -> "novemb|ra", "decembr|is" -> "decembr|ī": the letters a case ending replaces


def _month_stems(language: str) -> dict[str, int]:
    """Stem -> month: CLDR's wide names of every locale of the language (both scripts of Serbian) less their last
    one or two letters, a stem of four letters or more that no other month shares. After a day, such a stem with a
    case ending is the month ("25. novembra", "17.augustā", "19. децембра"), where CLDR writes no date's case;
    a stem of four letters only with an ending that opens with a vowel ("maij|ā"; not "қаза|қ", Kazakh)."""
    stems: dict[str, set[int]] = {}
    for locale in locales(language):
        for context in ("format", "stand-alone"):
            for number, name in babel.dates.get_month_names("wide", context, locale).items():
                for stem in [_space(name).lower()[:-cut] for cut in range(1, MAX_STEM_CUT + 1)] + _fleeting(name):
                    if len(stem) >= MIN_GENITIVE_STEM and stem.isalpha():
                        stems.setdefault(stem, set()).add(number)
    return {stem: numbers.pop() for stem, numbers in stems.items() if len(numbers) == 1}


FLEETING_E = re.compile(r"^(.*[^\W\d_aeiou])e([^\W\d_aeiouy])$")  # "mar|e|c": a last syllable's e before a consonant


def _fleeting(name: str) -> list[str]:
    """A name less the e of its last syllable, which a Slavic case ending drops: "marec" -> "marc|a", "srpen" ->
    "srpn|a" (of March, of August); a stem as `_month_stems` reads it."""
    m = FLEETING_E.match(_space(name).lower())
    return [m[1] + m[2]] if m else []


def _day_cues(own: dict[str, Any], info: dict[str, Any]) -> list[str]:
    """CLDR's words for a day and for the parts of a day, which stand before a day and month in figures ("ngày
    13/3", "sáng 10.3": on the 13th of March, on the morning of the 10th), the phrases for yesterday, today and
    tomorrow ("hôm qua (13/3)"), and a word two of those phrases share, the word for "day" in them ("hôm")."""
    units = ((own.get("unit_display_names") or {}).get("duration-day") or {}).values()
    periods = [
        name
        for context in ("format", "stand-alone")
        for period, name in (((own.get("day_periods") or {}).get(context) or {}).get("wide") or {}).items()
        if period not in ("am", "pm")
    ]
    days = [p for k, phrases in (info.get("relative-type") or {}).items() if k in DAY_KEYS for p in phrases]
    shared = Counter(w for phrase in days for w in set(phrase.lower().split()) if " " in phrase)
    cues = {*units, *periods, *days, *(w for w, n in shared.items() if n > 1)}
    return sorted({c.lower() for c in cues if len(c) >= MIN_DAY_CUE and c.replace(" ", "").isalpha()})


def today_and_tomorrow(language: str) -> list[str]:
    """dateparser's words for today and tomorrow in `language`, lower-case ("dnes", "zítra"; "утре"): alone on a
    line over a date, they name the day a masthead's clock or a weather box shows, and the day its forecast is for."""
    return relative_days(language, ("0 day ago", "in 1 day"))


def relative_days(language: str, keys: tuple[str, ...]) -> list[str]:
    """dateparser's words for the days its `relative-type` keys name ("1 day ago", "in 1 day"), lower-case."""
    table = _dateparser_info(language).get("relative-type") or {}
    return sorted({p.lower() for k in keys for p in table.get(k, [])})


def _day_phrases(info: dict[str, Any]) -> list[str]:
    """dateparser's phrases for yesterday, today and tomorrow, lower-case ("hôm qua", "hôm nay"): a day and month in
    figures after one of them is that day's date set beside it, which a comma, a bracket or the clause's end closes
    ("hôm nay 3/6, …"), not a fraction before its noun ("hôm nay 2/3 số hộ", today two thirds of the households)."""
    return sorted({p.lower() for k, phrases in (info.get("relative-type") or {}).items() if k in DAY_KEYS for p in phrases})


# CLDR's parts of a day that a "this" names; not the one after noon, whose name is noon's ("צהריים", "migdia"), a
# time ("until noon") more than a day, and a word of another part's name ("אחר הצהריים", afternoon)
DAY_PARTS = ("morning1", "morning2", "evening1", "night1")


def day_part_names(own: dict[str, Any]) -> set[str]:
    """CLDR's names of the parts of a day (morning, afternoon, evening, night), lower-case: the stand-alone wide
    name, else the abbreviated one the wide inherits ("ochtend", "avond"), else a format name of one word ("matí";
    not "’s ochtends", "om morgenen")."""
    periods = own.get("day_periods") or {}
    tables = [
        ((periods.get(context) or {}).get(width) or {}, context == "format")
        for context in ("stand-alone", "format")
        for width in ("wide", "abbreviated")
    ]
    found = set()
    for part in DAY_PARTS:
        names = [str(t[part]) for t, one_word in tables if t.get(part) and (not one_word or str(t[part]).isalpha())]
        found |= {names[0].lower()} if names else set()
    return found


def _day_period_words(own: dict[str, Any]) -> dict[str, Any]:
    """CLDR's stand-alone names of the parts of a day of one word ("mañá", the morning, also "tomorrow"), and the
    words its format names put before one ("da mañá": "da")."""
    periods = own.get("day_periods") or {}
    names, before = set(), set()
    for context, words_before in (("stand-alone", False), ("format", True)):
        for table in (periods.get(context) or {}).values():
            for name in map(str, (table or {}).values()):
                words = name.lower().split()
                if words_before and len(words) == 2 and words[1].isalpha():
                    before.add(words[0])
                elif not words_before and len(words) == 1 and words[0].isalpha():
                    names.add(words[0])
    return {"day_period_words": sorted(names), "day_period_before": sorted(before)}


MIN_ENDED_RELATIVE = 5  # letters of a relative word that takes an ending: "danas", "šiandien"; not "ma", "sot"
MAX_RELATIVE_ENDING = 3  # letters of a case or adjective ending glued to it: "šiandien|os", "денес|ка", "tegnap|i"


def _ended_relative_words(language: str, info: dict[str, Any], own: dict[str, Any]) -> list[str]:
    """dateparser's relative words of one word for a day (today, yesterday, tomorrow) that a text may write with a
    case or adjective ending (`MAX_RELATIVE_ENDING` letters: Lithuanian "šiandienos", of today; Macedonian "денеска";
    Hungarian "tegnapi"), in a script with capitals whose words the language writes apart. Not a word that another
    word of the locale data opens (Latvian "vakar", yesterday, opens "vakars", evening): the ending would make that
    word. Lower-case."""
    if script_code(language) not in CASED_SCRIPTS or glued_endings(language):
        return []
    days = [p.lower() for k, phrases in (info.get("relative-type") or {}).items() if k in DAY_KEYS for p in phrases]
    stems = {p for p in days if p.isalpha() and len(p) >= MIN_ENDED_RELATIVE}
    others = _locale_words(own, info) - stems
    return sorted(s for s in stems if not any(w.startswith(s) for w in others))


def _locale_words(own: dict[str, Any], info: dict[str, Any]) -> set[str]:
    """Every word of the language's CLDR names of months, weekdays and parts of a day, and of dateparser's relative
    phrases, lower-case."""
    names: list[str] = []
    for field in ("months", "days", "day_periods"):
        for context in (own.get(field) or {}).values():
            for table in (context or {}).values():
                names += map(str, (table or {}).values())
    names += [str(p) for phrases in (info.get("relative-type") or {}).values() for p in phrases]
    return {w for name in names for w in name.lower().split() if w.isalpha()}


def _this_day_parts(own: dict[str, Any], info: dict[str, Any], clitics: frozenset[str]) -> list[str]:
    """The parts of today as the language says "this week", "this month" and "this year" (dateparser's phrases of
    the present) with CLDR's names of the parts of a day (stand-alone) in place of the unit's word: "הערב",
    "הבוקר" (this evening, this morning: as "החודש", this month, an article the script glues), "denna kväll" (as
    "denna månad"), "asubuhi hii"."""
    names = day_part_names(own)
    templates = set()
    for unit in ("week", "month", "year"):
        units = {str(u).lower() for u in info.get(unit, []) if str(u).isalpha()}  # "år" too
        for phrase in (info.get("relative-type") or {}).get(f"0 {unit} ago", []):
            spelled = _space(phrase).lower()
            for word in units:
                parts = spelled.split()
                if len(parts) == 2 and word in parts:  # "aquest mes", "mwezi huu"
                    templates.add(" ".join("{}" if p == word else p for p in parts))
                elif " " not in spelled and spelled != word and spelled.endswith(word) and set(spelled[: -len(word)]) <= clitics:
                    templates.add(spelled[: -len(word)] + "{}")  # "החודש"
    return sorted(t.replace("{}", name) for t in templates for name in names)


MAX_ENCLITICS = 2  # "ትናንት|ና|ው": the conjunction's syllable, then the article


def _enclitic_endings(language: str) -> dict[str, str]:
    """`relative_endings` of the words the script glues after a noun (`enclitics`): "በትናንትና|ው", "በዛሬ|ው"."""
    enclitics = script_facts(language).get("enclitics")
    return {"relative_endings": f"(?:{'|'.join(map(re.escape, enclitics))}){{1,{MAX_ENCLITICS}}}"} if enclitics else {}


MAX_THIS_WORD = 3  # "van", "i", "í", "šo": the word or prefix of "this" that makes "today" of the word for day
MAX_NOUN_ENDING_CUT = 2  # "dien|a", "dag|ur": the ending a noun drops in such a phrase


def _compound_time_words(own: dict[str, Any], info: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """Phrases the language builds as it builds "today" of its word for day (dateparser's): Afrikaans "vandag" is
    "van" and "dag", so "vanjaar" is this year and "vanaand" this evening (CLDR's parts of a day); Latvian "šodien"
    is "šo" and "dien(a)", the noun without its ending, so "šogad(s)" is this year and "šovakar(s)" this evening;
    Danish "i dag" gives "i aften", Icelandic "í dag(ur)" "í ár", Swedish "idag" "ikväll". Yesterday and tomorrow
    take a part of the day the same way, glued where "today" is ("gisteraand", "igårkväll": last night) or spaced
    ("i går aften"). Never a phrase the locale data has ("i morgen" is tomorrow), nor another word of it; a year's
    word only in its plainest form ("år", not "året", the year). (phrase, (unit, offset))."""
    table = info.get("relative-type") or {}
    years = {str(y).lower() for y in info.get("year", []) if str(y).isalpha() and len(str(y)) >= MIN_YEAR_WORD}
    years = {y for y in years if not any(y != other and y.startswith(other) for other in years)}
    periods = day_part_names(own)
    known = {_space(p).lower() for phrases in table.values() for p in phrases} | _locale_words(own, info)
    found: dict[str, tuple[str, int]] = {}
    for today in map(str.lower, table.get("0 day ago", [])):
        this, cut = _this_of_today(today, info)
        if not this:
            continue
        glued = not this.endswith(" ")
        nouns = [*((p, ("day", 0)) for p in periods), *((y, ("year", 0)) for y in years)]
        for noun, value in nouns:
            for form in _noun_forms(noun, cut):
                found.setdefault(this + form, value)
        for key_, offset in (("1 day ago", -1), ("in 1 day", 1)):
            for other in map(str.lower, table.get(key_, [])):
                if (" " not in other) == glued:
                    found.update({other + ("" if glued else " ") + p: ("day", offset) for p in periods})
    return {p: v for p, v in found.items() if p not in known and _space(p) == p}


def _this_of_today(today: str, info: dict[str, Any]) -> tuple[str, int]:
    """The word or prefix of "this" that opens "today" before the word for day, whole or without the last letters
    of its ending ("šo|dien(a)", "í |dag(ur)"), and how many letters the ending had; ("", 0) where none does."""
    days = [str(d).lower() for d in info.get("day", []) if str(d).isalpha()]
    for cut in range(MAX_NOUN_ENDING_CUT + 1):
        for day in days:
            stem = day[: len(day) - cut]
            if len(stem) >= MIN_UNIT_WORD and today.endswith(stem) and len(today) > len(stem):
                this = today[: -len(stem)]
                if this.rstrip().isalpha() and len(this.rstrip()) <= MAX_THIS_WORD:
                    return this, cut
    return "", 0


def _noun_forms(noun: str, cut: int) -> list[str]:
    """A noun as a phrase of "this" takes it: whole, and without as many last letters as the day's word lost."""
    return [noun] + ([noun[:-cut]] if cut and len(noun) - cut >= MIN_UNIT_WORD else [])


def _date_format(language: str, width: str) -> str:
    """CLDR's date format of this width ("short", "medium", "long"), or "" for a locale CLDR does not know."""
    with suppress(Exception):  # a locale CLDR does not know
        return babel.dates.get_date_format(width, locale=language).pattern
    return ""


def _glued_words(language: str, formats: list[str]) -> dict[str, Any]:
    """In a script that glues one-letter words to the next (`scripts.proclitics`), those letters, which may
    stand before a day with a hyphen ("מה-28 באוקטובר": from the 28th of October), and the ones CLDR's format
    glues before a month, its "in", as a cue before a year: "ב-2015", "ב־2015" (in 2015)."""
    clitics = proclitics(language)
    if not clitics:
        return {}
    glued = {c for template in formats for c in re.findall(r"(\w)\??MONTH", template) if c in clitics}
    return {"proclitics": sorted(clitics), "year_before": sorted(glued)}


def _figure_proclitics(language: str, info: dict[str, Any]) -> list[str]:
    """The one-letter words (`scripts.proclitics`) dateparser's relative patterns glue to a count's figures: the
    script writes them so before a number ("ከ(\\d+) ቀን በፊት", "በ(\\d+) ቀናት ውስጥ": Amharic "from", "in"), a year too."""
    patterns = [p for ps in (info.get("relative-type-regex") or {}).values() for p in ps]
    return sorted(c for c in proclitics(language) if any(p.startswith(f"{c}(") for p in patterns))


def locale_formats(language: str) -> list[str]:
    """CLDR's long and medium date formats with a month's name, as regular expressions with the placeholders
    DAY, MONTH and YEAR: the language's own order and the words and marks between the fields ("y. MMMM d.":
    "2016. július 15."; "y 'm'. MMMM d 'd'.": "2016 m. liepos 15 d."; "d בMMMM y": "15 ביולי 2016"). A year that
    closes the format may be left out ("15 ביולי"). The plain "d MMMM y" the grammar reads already is left out."""
    found = []
    for width in ("full", "long", "medium"):
        # the full format less its weekday, which a date in a sentence leaves out: "y թ. MMMM d" ("2024 թվականի
        # մարտի 22-ին"), where the long one is "dd MMMM, y թ."
        template = _format_template(WEEKDAY_FIELD.sub("", _date_format(language, width)).strip(" ,"))
        if template and template not in found and not PLAIN_ORDER.fullmatch(template):  # the grammar's own
            found.append(template)
    with suppress(Exception):  # the month and year as CLDR writes them together: "tháng 3 năm 2019", "març del 2015"
        month_year = _format_template(str(Locale.parse(language).datetime_skeletons["yMMMM"]), {"MONTH", "YEAR"})
        if month_year and not PLAIN_MONTH_YEAR.fullmatch(month_year):
            found.append(month_year)
    for dayless in filter(None, map(_without_opening_day, list(found))):
        if dayless not in found:
            found.append(dayless)
    for unworded in filter(None, map(_without_year_word, list(found))):
        if unworded not in found:
            found.append(unworded)
    for yearless in filter(None, map(_without_opening_year, list(found))):
        if yearless not in found:
            found.append(yearless)
    return found


DAY_OPENING = re.compile(r"^DAY(?:(?!MONTH).)*?\\s\*")  # a format's day and what is glued to it, to the first spacing
CLOSING_YEAR = re.compile(r"\(\?:(?P<glue>(?:(?!YEAR).)*)YEAR\)\?$")  # a closing year left out, and its words


def _without_opening_day(template: str) -> str:
    """A format opening with its day, without it, its year then required: the month and year with what the format
    glues to the month before the year (Sorani's izafe, "dی MMMMی y": "ئابی 2013", August 2013)."""
    opening = DAY_OPENING.match(template)
    # the closing year after the day's part: an ending glued to the day is an optional group too ("d'mh' MMMM y")
    closing = CLOSING_YEAR.search(template, opening.end()) if opening else None
    if not closing:
        return ""
    dayless = template[opening.end() : closing.start()] + closing["glue"] + "YEAR"
    return "" if PLAIN_MONTH_YEAR.fullmatch(dayless) or dayless.startswith("MONTH\\s*YEAR") else dayless


def _without_year_word(template: str) -> str:
    """A format whose closing year follows a word ("d 'di' MMMM 'dal' y"), with the year right after the month, as
    a date is also written: "28 di Setembar 2015" beside "28 di Setembar dal 2015", "9 de maig 2022"."""
    closing = WORDED_CLOSING_YEAR.search(template)
    if not closing or "DAY" not in template[: closing.start()] or not re.search(r"[^\W\d_]", closing["glue"].replace("\\s", " ")):
        return ""
    return template[: closing.start()] + r"\s+YEAR" + BARE_YEAR_END


# a bare number after the month is no year before a word in lower case of three letters or more, which it counts
# ("9 de maio 1500 persoas", "28 di Setembar 1500 personis"); a short word may follow a year ("2015 a Udin")
BARE_YEAR_END = r"(?!\s+(?-i:[a-zß-öø-ÿ])\w{2})"
WORDED_CLOSING_YEAR = re.compile(r"(?<=MONTH)\(\?:(?P<glue>[^()]*)YEAR\)\?$")  # right after the month, with its words


# a format's opening year and the words and marks after it, to its next field ("y-'ж'., d-MMMM": "y-ж., ")
YEAR_OPENING = re.compile(r"^YEAR(?:(?!MONTH|DAY).)*(?=(?:(?!YEAR).)*DAY)(?!.*YEAR)")


def _without_opening_year(template: str) -> str:
    """A format opening with its year, without it: the month and day a sentence writes without a year, as the
    format writes them ("y('e')'ko' MMMM'ren' d('a')": "apirilaren 21ean", on 21 April; "y-'ж'., d-MMMM":
    "7-августта", on 7 August), as a format closing with its year may leave it out ("15 ביולי")."""
    yearless = YEAR_OPENING.sub("", template) if YEAR_OPENING.match(template) else ""
    return "" if PLAIN_DAY_MONTH.fullmatch(yearless) else yearless  # "d. MMMM": the grammar's own


def _format_template(pattern: str, fields: frozenset[str] | set[str] = frozenset({"DAY", "MONTH", "YEAR"})) -> str | None:
    """A CLDR date pattern as a regular expression (see `locale_formats`): a quoted word as it is, a space as any
    spacing, a mark as optional; None without the `fields` (a day, a month's name and a year), or with another."""
    parts, seen = [], set()
    for m in re.finditer(rf"{ABBREVIATION}|'([^']*)'|([a-zA-Z])\4*|(\s+)|\('([^']*)'\)|([^a-zA-Z'\s])", pattern):
        abbreviation, letters, quoted, field, space, optional, mark = m.groups()
        if quoted is not None or optional is not None:
            # an ending hyphened to the day is the day's too ("d-'a'": "11-a", "11-an", Esperanto's accusative)
            hyphened = parts[-2:] == ["DAY", r"\-?"]
            parts.append(_quoted_part(quoted, optional, "DAY" if hyphened else parts[-1] if parts else ""))
        elif abbreviation or letters:  # an abbreviation may be written out: "2008 жылдың", "2024 թվականի", "15 dieną"
            full = rf"{re.escape(abbreviation or letters)}(?:[.\u2024]|[^\W\d_]+)?"
            parts.append(full if abbreviation else f"(?:{full})?")  # a letter CLDR leaves unquoted is optional
        elif space:
            parts.append(r"\s*")
        elif mark:
            parts.append(re.escape(mark) + "?")
        elif FORMAT_FIELDS.get((field, len(m.group()) >= 3)):
            parts.append(FORMAT_FIELDS[(field, len(m.group()) >= 3)])
            seen.add(parts[-1])
        else:
            return None
    if seen != set(fields):
        return None
    if parts[1:3] == [r"\s*", "DAY"] and parts[0] not in FORMAT_FIELDS.values():  # "'la' d-'a'": "3-an kaj 4-an de …"
        parts[:2] = [f"(?:{parts[0]}\\s*)?"]  # the article before the day, which a list or a preposition drops
    return "".join(_optional_closing_year(parts) if parts[-1] == "YEAR" and "DAY" in seen else parts)


def _quoted_part(quoted: str | None, optional: str | None, previous: str) -> str:
    """A word the format quotes, as it is; a letter CLDR writes in parentheses, only after some numbers, optional
    ("y('e')'ko'": "2010eko", "2023ko"); and a case ending glued to the day ("d('a')": "21a"), any ending the
    language glues there ("apirilaren 21ean", "9an", "16ra")."""
    word = quoted if quoted is not None else str(optional)
    if previous == "DAY" and word.isalpha():
        return rf"(?:[^\W\d_]{{1,{MAX_DAY_ENDING}}}(?![^\W\d_]))?"
    return re.escape(word) if quoted is not None else f"(?:{re.escape(word)})?"


def _optional_closing_year(parts: list[str]) -> list[str]:
    """A closing year may be left out after a day ("15 ביולי"), with the words that join it to the month ("d 'de'
    MMMM 'de' y": "26 de marzo", "26 de marzo de 2024")."""
    start = len(parts) - 1
    while start > 0 and parts[start - 1] not in ("DAY", "MONTH"):
        start -= 1
    if not any(p.replace("\\", "").isalpha() for p in parts[start:-1]):  # no word: the spacing only
        start = len(parts) - 2 if parts[-2] == r"\s*" else len(parts) - 1
    return [*parts[:start], "(?:" + "".join(parts[start:]) + ")?"]


def _weekday_forms(language: str, own: dict[str, Any]) -> dict[str, Any]:
    """A weekday named alone as the date of an event, for a language with no file: "kedden", "w środę",
    "tiistaina", "v sobotu". The forms are CLDR's wide names in both contexts, those its counts of weekdays
    inflect ("{0} sobotę temu"), each with an ending of up to three letters ("kedd|en"), and a name less its final
    vowel with another letter ("sobot|u", "środ|ę"); a name of two words ("יום שני") as it is. A weekday with a
    name that is also a number or a unit's word (Romanian "luni", Mondays and months) is left out, and so is one
    after a number (a count). Where CLDR capitalises the names ("Senin", "Τρίτη") only the name as written counts:
    the lower-case word is another ("minggu", a week; "τρίτη", third), a longer capitalised one a name."""
    if not own:
        return {}  # a language CLDR does not know ("zz-Latn"): no names to read
    names = _wide_weekdays(language, own)
    if not names:
        return {}
    ambiguous = _number_words(language) | {w for unit in DURATIONS for ws in _unit_counts(own, unit).values() for w in ws}
    capitalised = all(name[:1].isupper() for name in babel.dates.get_day_names("wide", "format", language).values())
    unsure = {n for name, n in names.items() if name.lower() in ambiguous}
    # a name the additions list is kept where CLDR's own for that day is ambiguous (Pashto's Saturday "اونۍ", a week)
    added = {name: n for name, n in _added_weekdays(language).items() if name.lower() not in ambiguous}
    kept = {name: n for name, n in names.items() if n not in unsure} | added
    stems = {name[:-1]: n for name, n in kept.items() if _vowel(name[-1:]) and len(name) > MIN_WEEKDAY_STEM}
    lengthened = _lengthened(kept)
    # "יום שני": no ending ("שניים" is "two"); but an article and a name, which takes the case's ("të martën")
    spaced = {name: n for name, n in kept.items() if " " in name and not _article(name)}
    single = {k: n for k, n in kept.items() if k not in spaced}
    # a short name in a script without capitals takes an ending only where the script glues them ("월요일에"):
    # Urdu "پیر|س" is Paris; Romanian "joi|a" is Thursday
    bare = {k: n for k, n in single.items() if len(k) < MIN_WEEKDAY_STEM and k.upper() == k.lower()}
    bare = {} if glued_endings(language) else bare
    whole, cut = _plain_alt({k: n for k, n in single.items() if k not in bare}), _plain_alt(stems)
    if capitalised:  # as written, whole: "Khamisah" is a name
        # unless CLDR's counts of weekdays glue an ending to the whole name ("Isniin|ood", Mondays): then the language
        # glues its articles too ("Isniin|tii", on Monday; "Sabti|dii")
        ended = f"{LETTER}{{0,{glued_articles(language)}}}" if glued_articles(language) else ""
        pattern = rf"(?-i:(?<!\d\s)(?P<weekday>{_plain_alt(kept)}){ended})"
        if hyphened := _after_hyphened_article(kept):  # "t-Tnejn", "il-Ħadd", "Sat-Tlieta" (until Tuesday)
            pattern = rf"(?:{pattern}|(?-i:(?<=[^\W\d_]-)(?P<weekday2>{_plain_alt(hyphened)})))"
            kept |= hyphened
    else:
        glued = "".join(sorted(proclitics(language)))  # "ביום שלישי": on Tuesday
        # a glued "on" makes a weekday of the name after a number too ("1,085,000 ביום שישי": 1,085,000 on Friday)
        alone = f"(?:[{glued}]{{1,2}}|(?<!\\d\\s))" if glued else r"(?<!\d\s)"
        short = _without_day_word(spaced, own)
        # a name less the word for "day" that is no number ("שבת", Saturday; not "שני", second) is the weekday alone,
        # after a letter the language glues to a date (dateparser's skipped "ב-"): "בשבת", not "ערב שבת" (Friday
        # evening), "חילול שבת" (the Sabbath) or "לשבת" (to sit)
        lone = {name: n for name, n in short.items() if name.lower() not in ambiguous}
        on = "".join(sorted({str(p)[:-1] for p in _dateparser_info(language).get("skip", []) if str(p)[:-1] in glued}))
        lone = lone if on else {}
        named = _plain_alt({**spaced, **bare})
        alone += f"(?P<weekday3>{named}|(?<=[{on}])(?:{_plain_alt(lone)}))" if lone else f"(?P<weekday3>{named})"
        kept |= lone
        if short:  # "היום (שלישי)": today, Tuesday
            alone += rf"|\((?P<weekday4>{_plain_alt(short)})\)"
            kept |= short
        # a script that glues its case endings takes as many as it glues ("ოთხშაბათ|ამდე", "திங்கள்|கிழமை"); a
        # long stem is also a form alone ("otrdien", on Tuesday)
        glue = glued_endings(language) or format_glued_endings(language)  # "ostegun|era": to Thursday
        letter = rf"[^\W\d_][{MARKS}]*"
        long_cut = _plain_alt({s: n for s, n in stems.items() if len(s) >= MIN_BARE_WEEKDAY_STEM})
        # a part of the day glued to the name makes one word of a compounding language ("donderdag|ochtend")
        parts = _plain_alt({part: 0 for part in day_part_names(own) if part.isalpha()})
        pattern = (
            rf"(?:(?<!\d\s)(?:(?P<weekday6>{whole})(?:{parts}){WORD_END}|(?P<weekday>{whole})(?:{letter}){{0,{max(3, glue)}}}"
            rf"|(?P<weekday2>{cut})(?:{letter}){{1,{max(1, glue)}}}|(?P<weekday5>{long_cut})"
            rf"|(?P<weekday7>{_plain_alt(lengthened)})(?:{letter}){{1,{MAX_WEEKDAY_ENDING}}})|{alone})"
        )
    if lookalikes := additions(language).get("weekday_lookalikes"):  # Slovenian "sredi" (amid), no "sreda|i"
        pattern = rf"(?!(?:{_plain_alt(lookalikes)}){WORD_END}){pattern}"
    return {
        "weekdays": {n: sorted(f for f, m in {**kept, **stems, **lengthened}.items() if m == n) for n in set(kept.values())},
        "relative": [{"pattern": pattern, "kind": "weekday"}],
    }


MAX_WEEKDAY_ENDING = 3  # "szerdá|ra", "szerdá|n"


def _lengthened(names: dict[str, int]) -> dict[str, int]:
    """Names whose final vowel a case ending lengthens, written with its acute ("szerda" -> "szerdá|n", on
    Wednesday; "szerdá|ra", for Wednesday), as a form that takes an ending: only where such a letter exists."""
    forms = {}
    for name, n in names.items():
        long = unicodedata.normalize("NFC", name[-1:] + "\u0301")
        if len(name) > MIN_WEEKDAY_STEM and _vowel(name[-1:]) and len(long) == 1:
            forms[name[:-1] + long] = n
    return forms


@cache
def hyphened_articles(language: str) -> list[str]:
    """The articles CLDR joins by a hyphen to every weekday's name (Maltese "Il-Ħadd", "It-Tnejn", "L-Erbgħa":
    "il", "it", "l"), in lower case; none where a name has no such article."""
    with suppress(ValueError, UnknownLocaleError):  # a language CLDR does not know
        names = babel.dates.get_day_names("wide", "format", language).values()
        split = [name.partition("-") for name in names]
        if split and all(h and 0 < len(a) <= MAX_ARTICLE and rest for a, h, rest in split):
            return sorted({a.lower() for a, _, _ in split})
    return []


def _without_glued_article(relative: dict[str, tuple[str, int]], articles: list[str]) -> dict[str, tuple[str, int]]:
    """A relative word written with one of the language's hyphened articles glued to it (dateparser's Maltese
    "illum", "ilbieraħ": today, yesterday) also without it, as a text writes it after its own article or a
    preposition glued to one ("il-lum", "għal-lum", "mill-bieraħ") or alone ("bieraħ")."""
    found: dict[str, tuple[str, int]] = {}
    for phrase, value in relative.items():
        for article in sorted(articles, key=len, reverse=True):
            rest = phrase[len(article) :]
            if " " not in phrase and phrase.startswith(article) and len(rest) >= MIN_UNIT_WORD and rest.isalpha():
                found.setdefault(rest, value)
                break
    return {phrase: value for phrase, value in found.items() if phrase not in relative}


def _after_hyphened_article(names: dict[str, int]) -> dict[str, int]:
    """Where CLDR writes every weekday's name with an article joined by a hyphen (Maltese "It-Tnejn", "Il-Ħadd"), the
    name after it: the article changes with the word before it ("t-Tnejn" after a vowel, "Sat-Tlieta": until
    Tuesday), so the name counts after any letters and a hyphen."""
    split = {name: name.partition("-") for name in names}
    if len(split) < len(WEEKDAY_FIELDS) or not all(h and 0 < len(a) <= MAX_ARTICLE and rest for a, h, rest in split.values()):
        return {}
    return {rest: names[name] for name, (_, _, rest) in split.items()}


def _without_day_word(spaced: dict[str, int], own: dict[str, Any]) -> dict[str, int]:
    """Names of two words that all open with the word for "day" (CLDR's, of its day unit: "יום שלישי"), without it:
    a weekday's name alone, as a text writes it in parentheses after "today" ("היום (שלישי)")."""
    firsts = {name.split(" ", 1)[0] for name in spaced}
    day_words = {w for ws in _unit_counts(own, "duration-day").values() for w in ws}
    day_words |= {str(n).lower() for n in ((own.get("unit_display_names") or {}).get("duration-day") or {}).values()}
    if len(spaced) < len(WEEKDAY_FIELDS) or len(firsts) != 1 or firsts.pop().lower() not in day_words:
        return {}
    return {name.split(" ", 1)[1]: n for name, n in spaced.items()}


def _named_weekdays(language: str) -> dict[str, int]:
    """Name -> 0 (Monday) .. 6: CLDR's wide weekday names in both contexts, and the additions' names CLDR lacks
    (`weekdays`: Bengali "রোববার", Sunday as newspapers write it beside "রবিবার")."""
    found: dict[str, int] = {}
    for names in (babel.dates.get_day_names("wide", "format", language), _stand_alone(language, "days", "wide")):
        for number, name in names.items():
            found.setdefault(name, number)
    for number, spoken in (additions(language).get("weekdays") or {}).items():
        for name in spoken:
            found.setdefault(str(name), int(number))
    return found


def _wide_weekdays(language: str, own: dict[str, Any]) -> dict[str, int]:
    """Name -> 0 (Monday) .. 6: CLDR's wide weekday names in both contexts and the forms its counts of
    weekdays write that share all but the name's last two letters ("sobotę" of "{0} sobotę temu", beside "sobota";
    "šeštadienį" beside "šeštadienis")."""
    found = _named_weekdays(language)
    fields = own.get("date_fields") or {}
    for name, number in list(found.items()):
        stem = name[: max(MIN_WEEKDAY_STEM, len(name) - 2)]
        second = name.rpartition(" ")[2]
        # an article before the name ("e martë"), which a case changes with the name's ending ("të martë")
        second_stem = re.escape(second[: max(MIN_WEEKDAY_STEM - 1, len(second) - 2)])
        inflected = re.compile(rf"{WORD_START}{LETTER}{{1,{MAX_ARTICLE}}} {second_stem}{LETTER}{{0,3}}{WORD_END}")
        for tense in ("past", "future"):
            for pattern in ((fields.get(WEEKDAY_FIELDS[number]) or {}).get(tense) or {}).values():
                for word in pattern.replace("{0}", " ").replace(",", " ").split():
                    if word.startswith(stem) and len(word) - len(stem) <= 2:
                        found.setdefault(word, number)
                if _article(name) and len(second) >= MIN_WEEKDAY_STEM:
                    for form in inflected.findall(pattern):
                        found.setdefault(form, number)
    return found | _running_forms(found, language) | _day_part_weekdays(found, language) | _added_weekdays(language)


def _added_weekdays(language: str) -> dict[str, int]:
    """Weekday names a language writes beside CLDR's (`weekday_names` of its additions: Pashto's "دوشنبه" and its
    oblique "دوشنبې", where CLDR lists "دونۍ"), name -> 0 (Monday) .. 6."""
    added = additions(language).get("weekday_names") or {}
    return {name: int(number) for number, names in added.items() for name in names}


def _day_part_weekdays(names: dict[str, int], language: str) -> dict[str, int]:
    """Weekdays named by a part of the day in place of the word for day (`weekday_day_parts`: Welsh "nos Lun",
    Monday night; "fore Mawrth", Tuesday morning): the part in each of its mutations, the name in each of its
    own, as the soft mutation after a feminine noun writes it ("nos Fercher"; "Mawrth" alone stays March)."""
    parts = additions(language).get("weekday_day_parts") or []
    found = {}
    for name, number in names.items():
        _first, space, rest = name.partition(" ")
        if not space or not rest[:1].isupper():  # "Dydd Llun": the word for day, then the name
            continue
        for part in parts:
            for opening in (part, *mutations.forms(part, language)):
                found.update({f"{opening} {form}": number for form in (rest, *mutations.forms(rest, language))})
    return found


def _running_forms(names: dict[str, int], language: str) -> dict[str, int]:
    """Weekdays' names as running text writes them: a name of two capitalised words ("Dydd Llun") with its first in
    lower case ("dydd Llun"), the second's capital kept, and its first word in each initial mutation of the
    language ("ddydd Iau": on Thursday; `mutations`)."""
    found = {}
    for name, number in names.items():
        first, space, rest = name.partition(" ")
        openings = [first, first.lower()] if rest[:1].isupper() else [first]
        opened = [*openings, *(form for word in openings for form in mutations.forms(word, language))]
        found.update({form + space + rest: number for form in opened if form + space + rest not in names})
    return found


def _vowel(letter: str) -> bool:
    """Whether a letter is a vowel, in any alphabet anyascii spells ("ი" is "i"): a weekday's name less its final
    vowel is a stem its cases end otherwise ("ოთხშაბათი", "ოთხშაბათს"). Not a glide anyascii spells "i", "u" or
    "y" ("й", "ў", Armenian "յ": Unicode names them SHORT or anyascii spells them "y"), nor a sign ("ª", "µ")."""
    if letter.lower() in VOWEL_LETTERS:
        return True
    name = unicodedata.name(letter, "")
    return letter.isalpha() and "LETTER" in name and "SHORT" not in name and anyascii(letter).lower() in PLAIN_VOWELS


@cache
def vowel_letters() -> str:
    """Every lower-case vowel of the alphabets below Arabic (Latin, Greek, Cyrillic, Armenian), as anyascii spells
    them ("ā", "ы", "ա"): for a character class."""
    return "".join(c for c in map(chr, range(0x61, 0x600)) if c.islower() and _vowel(c))


def _article(name: str) -> bool:
    """A weekday's name of two words opening with an article ("e martë"): not a word for "day" ("יום שני")."""
    first, _, rest = name.partition(" ")
    return bool(rest) and " " not in rest and len(first) <= MAX_ARTICLE


@cache
def _number_words(language: str) -> frozenset[str]:
    """num2words' cardinals and ordinals 1 to 12 in the language, where it has them ("שני" is Monday and second)."""
    found = set()
    for n in range(1, 13):
        for to in ("cardinal", "ordinal"):
            with suppress(NotImplementedError, KeyError, AttributeError):
                found.add(str(num2words(n, lang=language, to=to)).lower())
    return frozenset(found)


def _plain_alt(names: Iterable[str]) -> str:
    """An alternation of the names (or a dict's keys) as written, longest first; one that never matches for none."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"


def year_count_words(language: str, count: int) -> list[str]:
    """The words a language counts this many years with (`year_counts`, by CLDR's plural rules: Polish 2015 -> "lat")."""
    plural = cldr_own_data(language).get("plural_form")
    return words(language).extra.get("year_counts", {}).get(plural(count) if plural else "other", [])


def year_form(word: str, year_words: list[str], before_year: bool = False) -> bool:
    """Whether a lower-case word is a form of one of the language's words for "year": the word, or its stem (less
    its last letter, which inflection may change: Czech "rok" -> "v roce", Hebrew "שנה" -> "בשנת") with an ending of
    up to two letters. A word of one or two letters ("år", "r") only as it is; but `before_year`, right before a
    year's number, a noun of two letters with the article or case ending it takes (`short_year_forms`)."""
    return any(word == base or (len(base) > 2 and _inflected(word, base)) for base in year_words) or (
        before_year
        and any((word.startswith(base) and _ended_year_form(word, base)) or _elided_onto(word, base) for base in year_words)
    )


def _elided_onto(word: str, base: str) -> bool:
    """A word for "year" of MIN_ELIDED_ONTO letters or more that opens with a vowel, with the one consonant left of
    a short word elided onto it: Yoruba "lọdún", "tọdún" (ní ọdún, ti ọdún: in the year, of the year)."""
    return len(base) >= MIN_ELIDED_ONTO and base[0] in OPENING_VOWELS and word[1:] == base and word[0] not in VOWEL_LETTERS


MIN_ELIDED_ONTO = 4  # "odun"; a shorter word with a consonant before it is as often another word (Romanian "bani")
OPENING_VOWELS = VOWEL_LETTERS - {"y"}  # a "y" opening a word is a glide: "yil", "year"


MAX_SHORT_NOUN_ENDING = 3  # "ár|ið", "ár|inu", "år|et", "an|ul", "έτ|ους": a definite article or a case ending


def _short_year_form(word: str, base: str) -> bool:
    """A two-letter word for "year" with an ending glued to it (Icelandic "árið", "árinu"; Swedish "året"; Romanian
    "anul"; Greek "έτους"): read only where a year's number follows, as a count's noun never stands before it."""
    return len(base) == 2 and 0 < len(word) - 2 <= MAX_SHORT_NOUN_ENDING and word.isalpha()


def _ended_year_form(word: str, base: str) -> bool:
    """Right before a year's number, the word for "year" with an article or case ending of up to three letters
    glued to it: a two-letter word's (`_short_year_form`), or a longer one's (Somali "sannad|kii": the year)."""
    ended = 0 < len(word) - len(base) <= MAX_SHORT_NOUN_ENDING and word.isalpha()
    return _short_year_form(word, base) or (len(base) > 2 and ended)


def short_year_words(year_words: list[str]) -> list[str]:
    """The two-letter words for "year" (`_short_year_form`), which take an ending before a date's year."""
    return [base for base in year_words if len(base) == 2 and base.isalpha()]


def _inflected(word: str, base: str) -> bool:
    return any(word.startswith(stem) and 0 < len(word) - len(stem) <= 2 for stem in (base, base[:-1]))


MIN_DAY_WORD = 3  # CLDR's short units ("j", "d", "дн.") are no words


@cache
def day_unit_words(language: str) -> list[str]:
    """CLDR's word for one day ("dia", "jour", "giorno", "день"), lower-case: before a day and month in figures it
    says they are a date ("no dia 24/10", on the 24th of October)."""
    found = _unit_counts(cldr_own_data(language), "duration-day").get("one", set())
    return sorted(w for w in found if len(w) >= MIN_DAY_WORD and w.isalpha())


@cache
def day_unit_names(language: str) -> list[str]:
    """CLDR's words for a day in every plural form and its display name ("ngày", "jour", "jours"), lower-case."""
    own = cldr_own_data(language)
    found = {w for words in _unit_counts(own, "duration-day").values() for w in words}
    found |= {str(n).lower() for n in ((own.get("unit_display_names") or {}).get("duration-day") or {}).values()}
    return sorted(w for w in found if len(w) >= MIN_DAY_WORD and w.isalpha())


def _unit_counts(own: dict[str, Any], unit: str) -> dict[str, set[str]]:
    """The words CLDR writes beside a count of a unit, by plural category ("{0} lat": many -> {"lat"})."""
    counts: dict[str, set[str]] = {}
    for width in ("long", "short"):
        for category, pattern in (((own.get("unit_patterns") or {}).get(unit) or {}).get(width) or {}).items():
            if category != "per":
                counts.setdefault(category, set()).update(w.lower() for w in pattern.replace("{0}", " ").split())
    return counts


def _days_in_words(language: str, extra: dict[str, Any]) -> dict[str, Any]:
    """The data file with, where the language writes a day of the month in words before its month
    (`days_in_words`: "primo ottobre", "um de julho", "premier octobre"), num2words' numbers 1 to 31 and its
    ordinal "first" among its `day_words` (listed as `spelled_days`): read only before a month's name, never after
    it ("fin septembre une offensive"). Chinese writes
    numerals between a month and the word for day ("六月十二日"): `numeral_days`, read only there."""
    spelled = extra.get("days_in_words")
    if not spelled:
        return extra
    if isinstance(spelled, str):  # Chinese: the numerals of num2words' Japanese, the same characters ("十二")
        return {**extra, "numeral_days": {num2words(n, lang=spelled): n for n in range(1, 32)}}
    named = {fold(num2words(n, lang=language)): n for n in range(1, 32)}
    named[fold(num2words(1, lang=language, to="ordinal"))] = 1
    return {**extra, "day_words": {**named, **(extra.get("day_words") or {})}, "spelled_days": sorted(named)}


def _cardinal_days(language: str, extra: dict[str, Any]) -> dict[str, Any]:
    """The data file with, beside its days in words (ordinals: "هشتم"), where the language also writes a day as a plain
    number in words ("سی اردیبهشت", "بیست و دو بهمن"), num2words' numbers from `cardinal_days` (the lowest: "one"
    before a noun is more often a count) to 31, as `cardinal_day_words`: read before the names of the language's
    own calendar only ("می ده" is a verb, not "10 May")."""
    if not extra.get("cardinal_days"):
        return extra
    cardinals = {fold(num2words(n, lang=language)): n for n in range(int(extra["cardinal_days"]), 32)}
    return {
        **extra,
        "cardinal_day_words": {word: n for word, n in cardinals.items() if word not in (extra.get("day_words") or {})},
    }


def _years_in_words(language: str, extra: dict[str, Any]) -> dict[str, Any]:
    """The data file with, where the language writes a year in words after its cue ("عام ألفين وخمسة عشر"),
    num2words' years of `years_in_words` (`from`, `to`) in every spelling its `variants` give (a word and the
    other forms it takes: the genitive "ألفين" of "ألفان", "و" glued to the next word), as `spelled_years` (spelling -> year)."""
    spec = extra.get("years_in_words")
    if not spec:
        return extra
    spelled: dict[str, int] = {}
    for year in range(int(spec["from"]), int(spec["to"]) + 1):
        forms = {fold(num2words(year, lang=language))}
        for word, others in (spec.get("variants") or {}).items():
            forms |= {form.replace(word, other) for form in forms for other in others}
        spelled |= dict.fromkeys(forms, year)
    return {**extra, "spelled_years": spelled}


def _add_misdecoded(tables: tuple[dict[str, int], ...], letters: dict[str, str]) -> None:
    """Names as a page decoded with the wrong code page spells them (the data file's `misdecoded` letters)."""
    wrong = str.maketrans(letters)
    for names in tables:
        for name, number in list(names.items()):
            _add(names, name.translate(wrong), number, 3)


def _names(language: str, info: dict[str, Any], extra: dict[str, Any]) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Month names (all, and wide only) and weekday names: the data file's, CLDR's for every regional variant,
    dateparser's."""
    months: dict[str, int] = {}
    full_months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for number, name in sorted(_flatten(extra.get("months", {}))):
        _add(months, name, number, 1)
        _add(full_months, name, number, 1)
    for number, name in sorted(_flatten(extra.get("weekdays", {})) + _flatten(extra.get("short_weekdays", {}))):
        _add(weekdays, name, number, 1)
    for locale in locales(language):
        _cldr_names(locale, months, full_months, weekdays)
    if not data_file(language):
        _add_other_forms(months, full_months, language)
    _add_prefixed((months, full_months, weekdays), extra.get("noun_prefixes", []))
    for number, month_key in enumerate(MONTH_KEYS, start=1):
        for name in info.get(month_key, []):
            _add(months, name, number, 3 if not re.search(r"\d", name) else 2)
            if re.search(r"\d", name):  # "7月": a whole name in Chinese and Japanese
                _add(full_months, name, number, 2)
    if script_code(language) == "Latn":
        _add_unaccented(months, extra.get("unaccented_words", []))
    _add_stem_cases(months, extra.get("genitive_stems") or {})
    for name, number in _figured_with_wide_words(language).items():
        _add(months, name, number, 1)
        _add(full_months, name, number, 1)
    _add_figured((months, full_months))
    return months, full_months, weekdays


def _figured_with_wide_words(language: str) -> dict[str, int]:
    """Where CLDR's abbreviated month is the figure after the first word of the wide names (Tibetan "ཟླ་༥" beside
    "ཟླ་བ་ལྔ་པ", the fifth month), the figure also written with the wide names' whole opening ("ཟླ་བ་༥") and with the
    ordinal's ending that most wide names close with ("ཟླ་༥པ", "ཟླ་བ་༥པ"), as a text mixes the two."""
    with suppress(ValueError, UnknownLocaleError):  # a language CLDR does not know
        wide = babel.dates.get_month_names("wide", "format", language)
        short = babel.dates.get_month_names("abbreviated", "format", language)
        figures = {n: SCRIPT_OR_ASCII_FIGURES.search(str(short.get(n, ""))) for n in wide}
        if not all(f and f.end() == len(short[n]) and f.start() > 0 for n, f in figures.items()):
            return {}
        word = {short[n][: f.start()] for n, f in figures.items() if f}
        opening = _shared_start(list(wide.values()))
        if len(word) != 1 or not opening.startswith(next(iter(word))):
            return {}
        endings = Counter(name[-1] for name in wide.values())
        ending, count = endings.most_common(1)[0]
        closing = [ending] if count >= len(wide) - MIN_ORDINALS and ending.isalpha() else []
        out: dict[str, int] = {}
        for n, f in figures.items():
            for start in {next(iter(word)), opening}:
                for end in ["", *closing]:
                    out[start + f.group() + end] = n
        return out
    return {}


SCRIPT_OR_ASCII_FIGURES = re.compile(r"\d+$")


def _shared_start(names: list[str]) -> str:
    """The letters every name opens with."""
    start = names[0] if names else ""
    for name in names[1:]:
        while not name.startswith(start):
            start = start[:-1]
    return start


def _add_figured(tables: tuple[dict[str, int], ...]) -> None:
    """A month's name that CLDR writes with its script's figures ("ཟླ་༡༢", Tibetan's twelfth month) as the dates
    read a sentence, its figures as ASCII ones ("ཟླ་12"): the figures of the sentence are so read. A month of one
    figure also with a zero before it, as a date writes it in two ("ཟླ་༠༤", "ཟླ་04": April)."""
    for names in tables:
        for name, number in list(names.items()):
            if SCRIPT_DIGIT.search(name):
                ascii_name = "".join(str(unicodedata.decimal(c, c)) for c in name)
                names.setdefault(ascii_name, number)
                if number < 10 and re.search(rf"(?<!\d){number}(?!\d)", ascii_name):
                    names.setdefault(re.sub(rf"(?<!\d){number}(?!\d)", f"0{number}", ascii_name, count=1), number)


MIN_ORDINALS = 3  # months whose names share an ordinal's ending, to read it as one


@cache
def figured_months(language: str) -> dict[str, int]:
    """Where CLDR names the months by ordinals and writes figures for them in the abbreviated names (Mongolian
    "аравдугаар сар", "10-р сар": the tenth month), the wide names with figures for the number and the ordinal's
    ending kept: "10 дугаар сар", "10-дугаар сар". The ending is the one that three wide names or more share
    before the word for "month" (vowel harmony makes two: "дугаар", "дүгээр")."""
    with suppress(ValueError, UnknownLocaleError):  # a language CLDR does not know
        wide = babel.dates.get_month_names("wide", "format", language)
        short = babel.dates.get_month_names("abbreviated", "format", language)
        if not all(str(short.get(n, "")).split("-")[0].isdigit() and " " in wide[n] for n in wide):
            return {}
        firsts = {n: name.split(" ", 1) for n, name in wide.items()}
        groups: dict[str, list[str]] = {}
        for first, _ in firsts.values():
            groups.setdefault(first[-3:], []).append(first)
        endings = [_shared_end(group) for group in groups.values() if len(group) >= MIN_ORDINALS]
        found = {}
        for n, (first, rest) in firsts.items():
            ending = next((e for e in endings if first.endswith(e) and len(first) > len(e)), "")
            found |= {f"{n}{joined}{ending} {rest}".lower(): n for joined in (" ", "-") if ending}
        return found
    return {}


def _add_other_forms(months: dict[str, int], full_months: dict[str, int], language: str) -> None:
    """A language with no file's months named with figures (`figured_months`: "10 дугаар сар"), whole names, and
    in each initial mutation (`mutations`: "ar Fawrth 30", "yng Ngorffennaf 2019"), read beside a day or a year."""
    if script_code(language) == "Latn":
        # a text in a Latin-script language with no file may write a date as English does ("June 7, 2012"): the
        # wide English names, read beside a day or a year only (they are no `full_months`, which a cue reads alone)
        for number, name in babel.dates.get_month_names("wide", "format", "en").items():
            _add(months, name, number, MIN_ENGLISH_MONTH)
    for name, number in [*figured_months(language).items(), *_without_shared_opening(language).items()]:
        _add(months, name, number, 1)
        _add(full_months, name, number, 1)
    for name, number in list(full_months.items()):
        for form in mutations.forms(name, language):
            _add(months, form, number, MIN_MUTATED)


MONTHS = 12
MAX_OPENING = 4  # letters of an article or preposition every month's CLDR name opens with ("An", "Am", "dhen")
MIN_BARE_MONTH = 3  # letters of a name without its opening word: not Cornish "Du" (November), also "black"
MAX_OPENINGS = 2  # different such words: an article's forms before a vowel, a labial or another consonant


def _without_shared_opening(language: str) -> dict[str, int]:
    """Name -> month: where every wide name of a context opens with a short word of its own, an article or a
    preposition (Scottish Gaelic "An Dàmhair", "Am Màrt" alone; "dhen Dàmhair", of October, in a date), the names
    without it ("Dàmhair", "Màrt"), as a sentence writes them after its own preposition ("san Dàmhair", in
    October; "sa Mhàrt", in March, mutated as `mutations` says) or before a day ("Dùbhlachd 7"); a name the article
    glues its "t-" to is also read without it ("An t-Sultain": "Sultain")."""
    out: dict[str, int] = {}
    # the locale's own file: Babel's merged names depend on the locales read before (Manx's read as Cornish's)
    for context in (cldr_own_data(language).get("months") or {}).values():
        split = {number: str(name).split(" ", 1) for number, name in (context.get("wide") or {}).items()}
        openings = {parts[0].lower() for parts in split.values()}
        if len(split) != MONTHS or any(len(parts) != 2 for parts in split.values()):
            continue
        if len(openings) > MAX_OPENINGS or any(len(w) > MAX_OPENING or not w.isalpha() for w in openings):
            continue
        for number, (_, rest) in split.items():
            for name in (rest, rest[2:] if re.match(r"[^\W\d_]-[^\W\d_]{3}", rest) else ""):  # "t-Sultain"
                if len(name) >= MIN_BARE_MONTH:
                    out[name] = number
    return out


def _add_prefixed(tables: tuple[dict[str, int], ...], prefixes: list[str]) -> None:
    """Month and weekday names with a noun-class or preposition prefix glued before them (`noun_prefixes`), as the
    Bantu languages write a noun: isiXhosa "kweyeNkanga" (in November), "ngoMvulo" and "ngo-Mvulo" (on Monday),
    "kaCanzibe" (of May). Each form is a name of the same month or day, in every place the name stands."""
    for names in tables:
        for name, number in list(names.items()):
            if " " in name or not name[:1].isalpha():
                continue
            for prefix in prefixes:
                for form in (prefix + name, f"{prefix}-{name}"):
                    _add(names, form, number, len(form))


def _add_stem_cases(months: dict[str, int], stems: dict[str, int]) -> None:
    """A month's genitive stem (`_genitive_stems`) with another case's vowel, as a name beside a day or a year (no
    `full_months`): the locative before a year ("у сакавіку 2011 года", "w marcu 2011"), which the month alone with
    a cue reads already ("у сакавіку")."""
    for stem, number in stems.items():
        script = unicodedata.name(stem[-1], "").split(" ")[0]
        for vowel in VOWEL_LETTERS:
            if unicodedata.name(vowel).split(" ")[0] == script:
                _add(months, stem + vowel, number, len(stem) + 1)


def _add_unaccented(months: dict[str, int], other_words: list[str]) -> None:
    """Month names as text typed or scraped without accents writes them ("17 aout 2017"), read beside a day or a
    year (no `full_months`), unless that is another word of the language ("um marco": a landmark)."""
    for name, number in list(months.items()):
        if unaccented(name) not in other_words:
            _add(months, unaccented(name), number, 3)


def _unaccented_phrases(relative: dict[str, tuple[str, int]], other_words: list[str]) -> dict[str, tuple[str, int]]:
    """Relative phrases as text typed or scraped without accents writes them, as `_add_unaccented` reads month
    names ("Saptamana trecuta", "astazi"): only a text without any of the phrase's marks matches, so the marked
    forms stay as they were; not where that is another word of the language (`unaccented_words`)."""
    out: dict[str, tuple[str, int]] = {}
    for phrase, value in relative.items():
        bare = unaccented(phrase)
        if bare != phrase and len(bare) >= 3 and bare not in relative and bare not in other_words:
            out.setdefault(bare, value)
    return out


TONE_MARKS = frozenset("\u0323")  # the dot below of Yoruba's "ọ", Igbo's "ụ", Vietnamese's "ạ"


@cache
def reads_toneless(language: str) -> bool:
    """Whether the language's dates are read with every mark on a letter left out, the text's and the names'.
    Where CLDR's names of months and weekdays, in Latin letters, stack marks on a letter or put a dot below one
    (Yoruba "Ọjọ́ Ẹtì", Igbo "Ọgọọst", Vietnamese "Thứ Sáu"), the language marks tones or vowels that texts write
    in part or not at all: "lọjọ Ẹti", "ojo Eti", "Ogoost" name the same day and month."""
    if script_code(language) != "Latn":
        return False
    with suppress(ValueError, UnknownLocaleError):  # a language CLDR does not know
        names = [*babel.dates.get_month_names("wide", "format", language).values()]
        names += babel.dates.get_day_names("wide", "format", language).values()
        return any(_stacked_or_dotted(name) for name in names)
    return False


@cache
def toneless_words(language: str) -> Words:
    """The language's date words without their letters' marks, read in a text without them (`reads_toneless`):
    names, phrases, patterns and the data they are built from."""
    w = words(language)
    return Words(
        language,
        *(_unmarked_all(table) for table in (w.months, w.full_months, w.weekdays, w.relative, w.counted)),
        w.date_order,
        _unmarked_all(w.extra),
        _unmarked_all(w.numbers),
        _unmarked_all(w.day_parts),
    )


def _unmarked_all(value: Any) -> Any:
    """Every string of a value, at any depth, `unaccented`; of two keys that become one, the first stays."""
    if isinstance(value, str):
        return unaccented(value)
    if isinstance(value, dict):
        out: dict[Any, Any] = {}
        for k, v in value.items():
            out.setdefault(_unmarked_all(k), _unmarked_all(v))
        return out
    if isinstance(value, list | tuple):
        return type(value)(_unmarked_all(v) for v in value)
    return value


def _stacked_or_dotted(name: str) -> bool:
    marks_in_a_row = 0
    for c in unicodedata.normalize("NFD", name):
        marks_in_a_row = marks_in_a_row + 1 if unicodedata.combining(c) else 0
        if marks_in_a_row >= 2 or c in TONE_MARKS:
            return True
    return False


def unaccented(name: str) -> str:
    """A Latin name without its diacritics: "août" -> "aout", "Şubat" -> "Subat"."""
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))


def _cldr_names(locale: str, months: dict[str, int], full_months: dict[str, int], weekdays: dict[str, int]) -> None:
    """One CLDR locale's month names (wide and abbreviated, format and stand-alone) and wide weekday names."""
    for width in ("wide", "abbreviated"):
        for names in (babel.dates.get_month_names(width, "format", locale), _stand_alone(locale, "months", width)):
            for number, name in names.items():
                _add(months, name, number, 3 if width == "abbreviated" else 2)
                if width == "wide":  # two ideographs are a whole name ("十月"), two letters are not
                    _add(full_months, name, number, 2 if HAN.search(name) else 3)
    # wide weekday names only: "lu", "mo", "пн" are too short to trust
    for names in (babel.dates.get_day_names("wide", "format", locale), _stand_alone(locale, "days", "wide")):
        for number, name in names.items():
            _add(weekdays, name, number, 3)


def _stand_alone(locale: str, field: str, width: str) -> dict[int, str]:
    """The stand-alone names ("styczeń" beside "stycznia") that the locale or a parent short of the root states;
    one it inherits from the root is the format name. Read from the locales' own files (`cldr_own_data`), or
    the date words would depend on the order sources are read."""
    parts = locale.split("_")
    for size in range(len(parts), 0, -1):
        names = cldr_own_data("_".join(parts[:size])).get(field, {}).get("stand-alone", {}).get(width)
        if isinstance(names, dict) and names:
            return dict(names)
    return {}


def _relative_words(info: dict[str, Any], extra: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """Phrases for a day, week, month or year from the time of writing: dateparser's, less the data file's
    `not_relative`, with its `relative_words`, parts of a day and weekends."""
    relative: dict[str, tuple[str, int]] = {}
    for key, phrases in info.get("relative-type", {}).items():
        m = RELATIVE_KEY.match(key)
        if not m:
            continue
        unit = m["unit"] or m["unit2"]
        offset = -int(m["ago"]) if m["ago"] is not None else int(m["ahead"])
        for phrase in phrases:
            if len(phrase) >= 2 and "/" not in phrase and not phrase.isdigit():
                relative.setdefault(_space(phrase).lower(), (unit, offset))
    for phrase in extra.get("not_relative", []):
        relative.pop(phrase.lower(), None)
    # a part of the day with a glued article takes no clitics: "הערב" is this evening, but "בערב", "בבוקר" (the
    # "in" swallows the article) are in the evening, the morning of any day; "وهذا المساء" keeps its "and"
    parts = {phrase: ("day", 0) for phrase in extra.get("this_day_parts", [])}
    relative = {p: v for p, v in parts.items() if " " in p} | relative  # never another phrase ("i morgen")
    for phrase, (unit, offset) in (extra.get("relative_words") or {}).items():
        relative[phrase.lower()] = (unit, int(offset))
    relative |= _under_proclitics(relative, extra.get("proclitics", []))
    relative = {p: v for p, v in parts.items() if " " not in p} | relative
    # "vanjaar", "gisteraand"; after the clitics, as parts of a day: "הבוקר" is this morning, "בבוקר" in the morning
    for phrase, value in (extra.get("compound_time_words") or {}).items():
        relative.setdefault(phrase, value)
    for table, unit in (("day_part_words", "day"), ("weekend_words", "weekend")):  # "ce matin", "am Wochenende"
        for phrase, offset in (extra.get(table) or {}).items():  # a null offset: the text does not say which
            relative[_space(phrase).lower()] = (unit, int(offset)) if offset is not None else ("some-" + unit, 0)
    return relative


def _script_relative_words(language: str) -> dict[str, tuple[str, int]]:
    """dateparser's relative words of the language written in its other scripts, which CLDR files as locales of the
    language ("sr_Latn": Serbian in Latin letters, "juče" beside "јуче"; "uz_Cyrl": "кеча" beside "kecha")."""
    found: dict[str, tuple[str, int]] = {}
    for locale in locales(language):
        parts = locale.split("_")
        if len(parts) == 2 and len(parts[1]) == 4 and parts[1].istitle():
            with suppress(Exception):  # dateparser has no locale file in this script
                found = _relative_words(default_loader.get_locale(f"{parts[0]}-{parts[1]}").info, {}) | found
    return found


SPREAD_UNITS = ("week", "month", "year")  # a day's phrases are words of their own ("yesterday")


def _shared_modifiers(relative: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """The phrases of two words for a week, month or year from now, each modifier with every unit's word, as
    the language combines them where the locale data lists one pair only: Armenian "անցյալ ամիս" (last month)
    gives "անցյալ տարի" (last year). A unit's word is the word its phrases of different offsets share, in the
    same place ("այս ամիս", "նախորդ ամիս"; Vietnamese "tháng này", "tháng trước")."""
    pairs = [(phrase.split(), value) for phrase, value in relative.items() if len(phrase.split()) == 2]
    nouns: dict[tuple[str, int], str] = {}  # (unit, place of its word) -> the word
    for unit in SPREAD_UNITS:
        for place in (0, 1):
            shared = {words[place] for words, (u, _) in pairs if u == unit}
            offsets = {o for words, (u, o) in pairs if u == unit}
            if len(shared) == 1 and len(offsets) > 1:
                nouns[(unit, place)] = shared.pop()
    found: dict[str, tuple[str, int]] = {}
    for words, (unit, offset) in pairs:
        for (other, place), noun in nouns.items():
            if other != unit and (unit, place) in nouns and words[place] == nouns[(unit, place)]:
                modifier = words[1 - place]
                phrase = f"{modifier} {noun}" if place == 1 else f"{noun} {modifier}"
                found.setdefault(phrase, (other, offset))
    return found


def _under_proclitics(relative: dict[str, tuple[str, int]], clitics: list[str]) -> dict[str, tuple[str, int]]:
    """The phrases with a one-letter word glued before them, which takes the place of an article that opens them
    ("השבוע שעבר", last week: "בשבוע שעבר"; "היום", today: "להיום")."""
    found: dict[str, tuple[str, int]] = {}
    for phrase, value in relative.items():
        for clitic in clitics:
            found.setdefault(clitic + phrase, value)
            if phrase[:1] in clitics and len(phrase) >= MIN_ARTICLE_PHRASE:
                found.setdefault(clitic + phrase[1:], value)
    return {phrase: value for phrase, value in found.items() if phrase not in relative}


def _counted(info: dict[str, Any], extra: dict[str, Any]) -> tuple[tuple[str, int, str], ...]:
    """(unit, direction, regex with the count as its group): dateparser's "hace (\\d+) años", and the data file's."""
    counted = []
    for key_, patterns in info.get("relative-type-regex", {}).items():
        m = COUNTED_KEY.match(key_)
        if m:
            unit = m["unit"] or m["unit2"]
            counted += [(unit, -1 if m["unit"] else 1, fold(p)) for p in patterns if "(" in p]
    for entry in extra.get("counted", []):  # what dateparser lacks: Persian "دو سال قبل" beside its "دو سال پیش"
        counted.append((entry["unit"], int(entry["direction"]), entry["pattern"].replace("{count}", r"(\d++[.,]?\d*+)")))
    return tuple(counted)


# what may follow an "ago" word that is also "before": a clause's end, never a noun it governs ("3 วันก่อนการเลือกตั้ง",
# 3 days before the election; "30 दिन पूर्व सूचना", 30 days' prior notice); a spaceless script ends a clause with a space
CLAUSE_END = r"(?=\s*(?:[\u0964\u0965]|[^\w\s\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e]|$))"  # a danda too
SPACELESS_CLAUSE_END = r"(?=\s|[^\w\u0900-\u0dff\u0e31-\u0e4e\u0eb1-\u0ecd\u1000-\u109f\u17b4-\u17dd]|$)"


def _other_ago_counts(info: dict[str, Any], unspaced: bool = False) -> tuple[tuple[str, int, str], ...]:
    """dateparser's counts of time ago written with each of the language's other words for "ago" after the count
    ("(\\d+) เดือนที่ผ่านมา", so many months past, also "(\\d+) เดือนก่อน": before): dateparser lists them all as the
    language's "ago" but writes its patterns with one or two. A word that opens one of its patterns ("cách đây (\\d+)
    ngày") is no word after a count. Such a word may also be "before" a noun: it reads only at a clause's end."""
    patterns = [(key_, p) for key_, ps in info.get("relative-type-regex", {}).items() for p in ps if "(" in p]
    opening = {str(w) for w in info.get("ago") or [] if any(p.startswith(str(w)) for _, p in patterns)}
    after = sorted({str(w) for w in info.get("ago") or [] if str(w).strip()} - opening, key=len, reverse=True)
    found = set()
    for key_, p in patterns:
        m = COUNTED_KEY.match(key_)
        end = next((w for w in after if p.endswith(w)), None)
        if m and m["unit"] and end:
            ended = SPACELESS_CLAUSE_END if unspaced else CLAUSE_END
            found |= {(m["unit"], -1, fold(p[: -len(end)] + other) + ended) for other in after if other != end}
    return tuple(sorted(found))


CLDR_UNITS = ("day", "week", "month", "year")  # CLDR's date fields whose relative times count days … years
MAX_FIXED_COUNT = 100  # counts searched for the one a plural category without a figure stands for


def _cldr_relative_times(language: str) -> list[tuple[str, int, str, str]]:
    """(unit, direction, plural category, pattern) of CLDR's relative times of every locale of the language, long
    names only ("acum {0} ani", "pre {0} godina" of Serbian in Latin letters, "לפני חודש"): the forms of every plural
    category, where dateparser's tables lack some (Romanian "acum {0} ani" beside its "acum {0} de ani")."""
    found = []
    for locale in locales(language):
        fields = cldr_own_data(locale).get("date_fields") or {}
        for unit in CLDR_UNITS:
            for tense, direction in (("past", -1), ("future", 1)):
                for category, pattern in ((fields.get(unit) or {}).get(tense) or {}).items():
                    for spelled in optional_letters(str(pattern)):  # "viru(n) {0} Joer": "viru", "virun"
                        found.append((unit, direction, str(category), _space(spelled).lower()))
    return found


def _cldr_counted(language: str) -> tuple[tuple[str, int, str], ...]:
    """CLDR's relative times with a count (`_cldr_relative_times`) as (unit, direction, regex with the count as its
    group), read beside dateparser's: "acum {0} ani" -> "acum (\\d+) ani"."""
    # where the language glues its postpositions, a text may glue the one CLDR writes apart ("२० वर्षअघि"); in a
    # script without spaces, the count too ("១១១ឆ្នាំមុន": 111 years ago)
    between = " ?" if own_glued_endings(language) or spaceless(language) else " "
    beside = r"\s?" if spaceless(language) else " "
    found = {
        (unit, direction, fold(COUNT_GROUP.join(_spaced_side(side, between, beside) for side in pattern.split("{0}"))))
        for unit, direction, _, pattern in _cldr_relative_times(language)
        if pattern.count("{0}") == 1
    }
    return tuple(sorted(found))


def _spaced_side(side: str, between: str, beside: str) -> str:
    """A side of a relative time's pattern as a regular expression: a space next to the count as `beside`, those
    between its words as `between`."""
    inner = side.strip(" ")
    opening, closing = (beside if side[:1] == " " else ""), (beside if side[-1:] == " " else "")
    return opening + between.join(re.escape(word) for word in inner.split(" ")) + closing if inner else side


def _cldr_relative_words(language: str, known: dict[str, tuple[str, int]]) -> dict[str, tuple[str, int]]:
    """CLDR's relative times written without a figure, for the one count their plural category holds ("לפני חודש",
    a month ago; "לפני שנתיים", two years ago), unless dateparser reads the phrase already."""
    plural = cldr_own_data(language).get("plural_form")
    found: dict[str, tuple[str, int]] = {}
    for unit, direction, category, pattern in _cldr_relative_times(language) if plural else ():
        counts = [n for n in range(1, MAX_FIXED_COUNT + 1) if plural(n) == category]
        if "{0}" not in pattern and len(counts) == 1 and pattern not in known and len(pattern) >= MIN_UNIT_WORD:
            found.setdefault(pattern, (unit, direction * counts[0]))
    return found


def _singular_times(language: str) -> list[dict[str, str]]:
    """CLDR's relative times of the past in the plural category of one, written without the figure, where the unit's
    word is written so for one alone ("{0} miesiąc temu", "{0} miesiące temu": "miesiąc temu", a month ago; Czech
    "před rokem", a year ago; Icelandic "fyrir ári"), as `relative` patterns of the data file's kind. In a script
    with capitals whose words the language writes apart; not before a figure ("před rokem 1989": before 1989)."""
    if script_code(language) not in CASED_SCRIPTS or glued_endings(language):
        return []
    by_time: dict[tuple[str, int], dict[str, str]] = {}
    for unit, direction, category, pattern in _cldr_relative_times(language):
        if direction < 0:
            by_time.setdefault((unit, direction), {})[category] = pattern
    found = []
    for (unit, direction), patterns in sorted(by_time.items()):
        one = patterns.get("one", "")
        others = {p for category, p in patterns.items() if category != "one"}
        if re.fullmatch(r"(?:\S+ )?\{0\} \S+(?: \S+)?", one) and one not in others:
            phrase = re.escape(one.replace("{0} ", "")).replace(r"\ ", r"\s+")
            found.append({"pattern": rf"{phrase}(?!\s*\d)", "kind": f"{unit}{direction:+d}"})
    return found


# the suffix Slavic languages make adjectives of their adverbs of time with, a final "s" turned to "š" (Czech "dnes",
# "dnešní"; Croatian "danas", "današnji"; Russian "сегодня", "сегодняшний"; Bulgarian "днес", "днешен"; Serbian
# "данас", "данашњи"): its letters in each script, with the vowel a short form puts before the "n"
ADJECTIVE_SUFFIX = {"Latn": ("š", "e", "nň"), "Cyrl": ("ш", "е", "нњ")}
ADVERB_S = "sс"  # the adverb's final "s" the suffix's "š" takes the place of
MAX_ADJECTIVE_ENDING = 4  # "dnešn|ého", "сегодняшн|ему"
DAY_OFFSETS = {"1 day ago": -1, "0 day ago": 0, "in 1 day": 1}


def _day_adjectives(language: str, info: dict[str, Any]) -> list[dict[str, str]]:
    """The adjectives of dateparser's one-word today, yesterday and tomorrow with that suffix ("dnešní",
    "сегодняшний", "вчерашний": today's, yesterday's), as `relative` patterns: the adverb ending in a vowel takes
    it, or in "s" turned to it. Another language's adverb with these letters after it makes no word."""
    script = script_code(language)
    if script not in ADJECTIVE_SUFFIX:
        return []
    sh, vowel, n = ADJECTIVE_SUFFIX[script]
    found = []
    for key_, offset in DAY_OFFSETS.items():
        for adverb in map(str.lower, (info.get("relative-type") or {}).get(key_, [])):
            if not adverb.isalpha() or len(adverb) < MIN_ENDED_RELATIVE - 1:
                continue
            stem = adverb[:-1] if adverb[-1] in ADVERB_S else adverb if adverb[-1] in VOWEL_LETTERS else ""
            if stem:
                pattern = rf"{re.escape(stem)}{sh}{vowel}?[{n}][^\W\d_]{{0,{MAX_ADJECTIVE_ENDING}}}"
                found.append({"pattern": pattern, "kind": f"day{offset:+d}"})
    return found


def _noncapturing(pattern: str) -> str:
    return re.sub(r"(?<!\\)\((?!\?)", "(?:", pattern)


def _day_parts(info: dict[str, Any], relative: dict[str, tuple[str, int]]) -> tuple[tuple[str, str], ...]:
    """dateparser's simplifications that rewrite a part of a day as a relative day ("tonight" -> "today night",
    "esta madrugada" -> "hoy madrugada"), as patterns of that day."""
    found = []
    for table in info.get("simplifications", []):
        for pattern, value in table.items():
            day = next((relative[p] for p in relative if str(value).lower().startswith(p + " ")), None)
            if day and day[0] == "day" and "(?<" not in str(pattern) and "\\d" not in str(pattern):
                found.append((fold(_noncapturing(str(pattern))), f"day{day[1]:+d}"))
    return tuple(found)


def _numbers(language: str, info: dict[str, Any], extra: dict[str, Any]) -> tuple[tuple[str, int], ...]:
    """Counts written in words: the data file's (`number_words`: Chinese "两" -> 2), dateparser's simplifications
    that stand for a number ("une" -> 1, Russian "дв(а|е|ух)" -> 2) and num2words' words for 1 to 60 ("cuatro",
    "due", "oito"), or those of the language whose numerals it shares (`numerals_of`: Chinese writes Japanese's
    "二十一")."""
    found: dict[str, int] = {re.escape(word): int(n) for word, n in (extra.get("number_words") or {}).items()}
    for table in info.get("simplifications", []):
        for pattern, value in table.items():
            if str(value).isdigit() and "(?" not in str(pattern):  # lookarounds are the regex module's, not re's
                found.setdefault(fold(_noncapturing(str(pattern))), int(value))
    try:
        for n in range(1, 61):
            found.setdefault(re.escape(fold(num2words(n, lang=extra.get("numerals_of", language)))), n)
    except NotImplementedError:  # num2words has no words for this language: ICU's spell-out, if it has the language's
        for word, n in spelled_counts(language).items():  # "ચાર વર્ષ પહેલાં": four years ago
            found.setdefault(re.escape(word), n)
    return tuple(sorted(found.items(), key=lambda item: len(item[0]), reverse=True))


MAX_SPELLED_COUNT = 12  # counts back in words beyond a dozen are rare, and each is one more alternation


@cache
def spelled_counts(language: str) -> dict[str, int]:
    """The counts 2 to 12 as ICU's spell-out writes them in the language (`spelled_days`' words), for a count back
    or forward in words where num2words has no words for the language ("ચાર વર્ષ પહેલાં", "ਦੋ ਸਾਲ ਪਹਿਲਾਂ"). Not
    one, which is also an article ("એક")."""
    return {word: n for word, n in spelled_days(language).items() if n <= MAX_SPELLED_COUNT}


def _folded(value: Any) -> Any:
    """A data file's strings folded as the text is (keys and values, at any depth)."""
    if isinstance(value, str):
        return fold(unmarked(value))
    if isinstance(value, dict):
        return {_folded(k): _folded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_folded(v) for v in value]
    return value


def _flatten(table: dict[int, list[str]]) -> list[tuple[int, str]]:
    return [(int(number), name) for number, names in table.items() for name in names]


@cache
def known_languages() -> frozenset[str]:
    """Languages whose dates this module reads with their own words (a data file or a dateparser locale)."""
    files = {p.stem for p in DATA.glob("*.yaml")}
    return frozenset(files)


MIN_RESPELLED_MONTH = 7  # letters of a month's full name, and of the word, read with a letter more or less


@cache
def _respellable_months(language: str) -> tuple[dict[str, int], dict[str, str]]:
    """The language's full month names of MIN_RESPELLED_MONTH letters or more, and each of them with one letter
    left out -> the name (a spelling two months' names share so names neither)."""
    names = {n: m for n, m in words(language).full_months.items() if len(n) >= MIN_RESPELLED_MONTH and n.isalpha()}
    shortened: dict[str, str] = {}
    for name in sorted(names):
        for cut in {name[:i] + name[i + 1 :] for i in range(len(name))}:
            other = shortened.setdefault(cut, name)
            if other and names[other] != names[name]:
                shortened[cut] = ""
    return names, shortened


def respelled_month(word: str, language: str) -> str | None:
    """The full month name a word of MIN_RESPELLED_MONTH letters or more spells with one letter more or less
    (Cebuano texts write "Nobiyembre", CLDR "Nobyembre"), where the language has no data file of its own and the
    word names no month as it is; the name as `words(language).full_months` has it."""
    folded = key(word)
    if len(folded) < MIN_RESPELLED_MONTH or data_file(language) or folded in words(language).months:
        return None
    names, shortened = _respellable_months(language)
    found = {n for n in (folded[:i] + folded[i + 1 :] for i in range(len(folded))) if n in names}
    found |= {shortened[folded]} if shortened.get(folded) else set()
    return min(found) if len({names[n] for n in found}) == 1 else None


def cldr_code(language: str) -> str:
    """The code CLDR files the language under ("tl": "fil")."""
    return next((code for code in dateparser_codes(language) if localedata.exists(code)), language)


MIN_WORD_LETTERS = 4  # shorter words are a few languages' function words as often as one's date words


@cache
def date_words(language: str) -> frozenset[str]:
    """The words of the language's dates that its data knows (`key`s of `MIN_WORD_LETTERS` letters or more): CLDR's
    and dateparser's (`DATE_WORDS`, `computed_date_words`) with the project's files' (`_own_file_words`)."""
    shipped = _shipped_date_words()
    known = {*shipped.get(language, ()), *shipped.get(cldr_code(language), ())}
    return frozenset(known | _own_file_words(language))


@cache
def date_word_index() -> dict[str, frozenset[str]]:
    """Each date word and the languages whose data knows it, of every language `date_words` has words for."""
    shipped = _shipped_date_words()
    languages = set(shipped) | {path.stem for path in (DATA / "additions").glob("*.yaml")}
    index: dict[str, set[str]] = {}
    for language in languages:
        for word in date_words(language):
            index.setdefault(word, set()).add(language)
    return {word: frozenset(languages) for word, languages in index.items()}


# the keys of a date file that hold the language's words: names by number, phrases as keys, lists of cues
NAMED_BY_NUMBER, PHRASE_KEYS = ("months", "weekday_names"), ("relative_words",)
WORD_LISTS = ("month_before", "year_before", "year_before_uncounted", "year_after")


@cache
def _own_file_words(language: str) -> frozenset[str]:
    """The words of the project's date files of the language (`NAMED_BY_NUMBER`, `PHRASE_KEYS`, `WORD_LISTS`)."""
    found: set[str] = set()
    for facts in (additions(language), data_file(language)):
        named = [names for name in NAMED_BY_NUMBER for names in (facts.get(name) or {}).values()]
        phrases = [p for names in named for p in (names if isinstance(names, list) else [names])]
        phrases += [p for name in PHRASE_KEYS for p in facts.get(name) or {}]
        phrases += [p for name in WORD_LISTS for p in facts.get(name) or []]
        for phrase in phrases:
            found |= _lettered_keys(str(phrase))
    return frozenset(found)


def _lettered_keys(phrase: str) -> set[str]:
    return {key(word) for word in re.findall(r"[^\W\d_]+", phrase) if len(word) >= MIN_WORD_LETTERS}


# `computed_date_words()` written out: loading every CLDR locale to compute it costs each build two seconds
DATE_WORDS = DATA / "date_words.json"


@cache
def _shipped_date_words() -> dict[str, list[str]]:
    return json.loads(DATE_WORDS.read_text(encoding="utf-8"))


def computed_date_words() -> dict[str, list[str]]:
    """The date words of every base language of CLDR (`date_words`, the project's files aside): CLDR's wide month
    and weekday names and dateparser's words of the language (its months, weekdays, units and relative words but
    those it gives in English). Regenerate the shipped file with
    `python -c "from briefing.datewords import write_date_words; write_date_words()"` (PYTHONPATH=hooks)."""
    english = _dateparser_words("en")
    table = {}
    for code in sorted(c for c in localedata.locale_identifiers() if "_" not in c):
        own = _dateparser_words(code)  # less the English words dateparser gives where it lacks the language's
        words = _cldr_date_words(code) | (own if code == "en" else own - english)
        if words:
            table[code] = sorted(words)
    return table


def write_date_words() -> None:
    """Write `computed_date_words()` to the shipped file."""
    DATE_WORDS.write_text(
        json.dumps(computed_date_words(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )


def _cldr_date_words(code: str) -> set[str]:
    """CLDR's wide month and weekday names of the language, as its own file states them (Babel's merged tables of
    one locale change once another's are read: `knowledge.cldr_own_data`); a context that is an alias is skipped."""
    found: set[str] = set()
    own = cldr_own_data(code)
    for table in ("months", "days"):
        for context in ("format", "stand-alone"):
            wide = ((own.get(table) or {}).get(context) or {}).get("wide")
            for name in wide.values() if isinstance(wide, dict) else ():
                found |= _lettered_keys(str(name))
    return found


DATEPARSER_KEYS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "year",
    "month",
    "week",
    "day",
    "relative-type",
)


def _dateparser_words(code: str) -> set[str]:
    """dateparser's words of the language (`DATEPARSER_KEYS`), from its first locale file among the language's codes."""
    found: set[str] = set()
    for dateparser_code in dateparser_codes(code):
        with suppress(Exception):  # dateparser has no locale file under this code
            info = default_loader.get_locale(dateparser_code).info
            for name in DATEPARSER_KEYS:
                value = info.get(name) or []
                phrases = [p for v in value.values() for p in v] if isinstance(value, dict) else value
                for phrase in phrases:
                    found |= _lettered_keys(str(phrase))
            break
    return found
