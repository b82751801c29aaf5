"""Find date expressions in a sentence, in any language whose words `datewords` knows.

One grammar for every language (day month year, month day year, month year, numeric dates in the
language's order, CJK 年月日, ranges, Hijri and Persian dates, a bare year with a cue), filled with each
language's words. Each absolute date keeps the precision the text states; a named day that does not exist
("31 February") is marked invalid rather than read.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field, replace
from functools import cache

import babel
import babel.dates
import dateutil.easter
import hijridate
import jdatetime
from anyascii import anyascii
from dateparser.date import DateDataParser

from . import safeyaml
from .calendars import (
    BIKRAM_SAMBAT,
    BIKRAM_YEAR,
    ETHIOPIC,
    ETHIOPIC_SYLLABLES,
    ETHIOPIC_YEAR,
    bikram_to_gregorian,
    ethiopic_name_pattern,
    ethiopic_skeleton,
    ethiopic_to_gregorian,
    usual_bikram_day,
)
from .datewords import (
    DATA,
    MAX_SHORT_NOUN_ENDING,
    MIN_GENITIVE_STEM,
    VOWEL_LETTERS,
    Words,
    data_file,
    dateparser_skipped,
    day_unit_words,
    fold,
    key,
    nukta_optional,
    reads_toneless,
    respelled_month,
    short_year_words,
    toneless_words,
    unaccented,
    vowel_letters,
    words,
    year_count_words,
    year_form,
)
from .eras import era_year_pattern, gregorian_year
from .knowledge import capital_names, cldr_locale, given_names, names_in, state_codes
from .prefilter import Needs, Search, comparable, held_in, needed, search_for
from .scripts import (
    ARABIC_MARKS,
    HAN,
    LETTER,
    SCRIPT_DIGIT,
    UNSPACED_SCRIPTS,
    VISARGAS,
    WORD_END,
    WORD_START,
    genitive_endings,
    glued_case_endings,
    own_letters,
    script_code,
    spaceless,
    word_edges,
)
from .scripts import MARKS as WORD_MARKS  # every script's combining marks; Arabic's are read apart

# every script's decimal digits as ASCII ones ("١٥", "۱۵", "१५", "১৫", "၁၅", fullwidth "１５"), one for one: offsets hold
DIGITS = str.maketrans(
    {c: str(unicodedata.decimal(chr(c))) for c in range(0x660, 0x20000) if unicodedata.category(chr(c)) == "Nd"}
)
# a year written digit by digit in characters before the word for year ("二〇一三年", "二零二四年"): its figures, one
# for one (a count, "三十年", or a month, "十一月", is no run of four such digits). Official documents often type the
# zero as a white circle ("二○○七年"); a run that opens on a zero is a form's blank ("○○○○年"), no year
IDEOGRAPHIC_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
IDEOGRAPHIC_YEAR = re.compile("(?![〇零○])[〇零○一二三四五六七八九]{4}(?=年)")


# a day of Taiwan's Minguo calendar with no era's name, its year of three figures ("113年06月21日"): no Gregorian year
# so short dates a page's line
MINGUO_DAY_WORDS = r"(?P<roc>1[0-2]\d)\s*年\s*(?P<mnum>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日號号]"
HAN_LETTERS = "\u3400-\u9fff"  # Chinese characters: a word, not a sentence's edge, before a figure
# Chinese words for "at", "since", "until" before a Republic of China year in running text: its calendar is Taiwan's,
# written in traditional letters ("於113年3月"), not simplified "于" nor "在", common to both, which also open a year of
# the ancient past ("汉朝在121年4月")
MINGUO_TIME_WORDS = "於自至從到迄"
# the same year and month, the day if any after them ("111年8月", "113年06月21日")
MINGUO_YEAR_MONTH = r"(?P<roc>1[0-2]\d)\s*年\s*(?P<mnum>[01]?\d)\s*月(?:\s*(?P<day>[0-3]?\d)\s*[日號号])?"


def ideographic_years(text: str) -> str:
    """`text` with each year written in characters before the word for year as figures (`IDEOGRAPHIC_YEAR`):
    "二○○七年" as "2007年", one for one (offsets hold)."""
    return IDEOGRAPHIC_YEAR.sub(lambda m: m[0].translate(IDEOGRAPHIC_DIGITS), text) if "年" in text else text


def ascii_digits(text: str) -> str:
    """`text.translate(DIGITS)`: every script's decimal digits as ASCII ones. Most texts hold none of the characters
    DIGITS changes (`SCRIPT_DIGIT`), and a search for one costs far less than translating every character."""
    return text if text.isascii() or not SCRIPT_DIGIT.search(text) else text.translate(DIGITS)


YEAR = r"(?:1[5-9]|20)\d\d"
SHORT_YEAR = r"\.(?P<yy>\d\d)(?![\d.,:/-]?\d)"  # ".23" after "6.fev": a stamp's two-digit year
OWN_ERA_SHORT_YEAR = r"(?:\.\s?|(?<=\.)\s)(?P<yy>\d\d)(?![\d.,:/-]?\d)"  # Thai "พ.ค. 62": a space after the month's stop
# a bare year may be older, read under stricter rules (`_old_year`): "since Gregory XII in 1415"
BARE_YEAR = r"(?:1[0-9]|20)\d\d"
MAX_LINKER = 2  # letters of a word linking a noun to its complement ("shekara ta 2013": the year of 2013)
OLD_YEAR = 1500  # before it, a number after a cue is as often a count
OTHER_YEAR = r"1[34]\d\d"  # Hijri and Solar Hijri years of the last two centuries
# Solar Hijri years since Iran's parliament made the calendar the country's own (1304, 1925) up to 1429 (2050), a
# deadline a generation ahead at most: a day-first year outside them ("29/05/1453") is a Gregorian one
SOLAR_HIJRI_MODERN = r"130[4-9]|13[1-9]\d|14[0-2]\d"
BUDDHIST_YEAR = r"2[45]\d\d"  # years of the Buddhist era since 1457: 2568 is 2025
BUDDHIST_ERA = 543  # the Buddhist era's years count this many ahead of the Gregorian ones (Thai and Lao reckoning)
CJK_SCRIPTS = {"Hans", "Hant", "Hani", "Jpan", "Kore"}  # CLDR's likely scripts of Chinese, Japanese and Korean


@cache
def cjk(language: str) -> bool:
    """A language written in Chinese characters, kana or Hangul ("zh", "ja", "ko", "yue"), which glues the words
    around a date to it ("15日に", "2018년에")."""
    return script_code(language) in CJK_SCRIPTS


ANY_DIGIT = re.compile(r"\d")
COUNT = r"(\d++[.,]?\d*+)"  # the count in dateparser's relative-type-regex patterns ("hace (\d++[.,]?\d*+) años")
COUNTED = r"(?<![\d.,])\d{1,3}+(?:[.,]\d++)?(?!\d)"  # the count we read there: "3", "2,5"; not "2021," ("em 2021, sem")
COUNTED_UNIT = re.compile(r"(?:week|month|year)[+-]\d+$")  # a word for last or next week, month or year
MAX_DAY_HYPHEN_ENDING = 4  # "24-уми", "5-нчи", "5-chi": an ordinal's ending after a day's figures
MAX_LOOSE_JOINER = 8  # letters of an unknown word joining two years: "hangtud", "ngadto", "iki"
LOOSE_RANGE = 7  # days at most between the two days of a range joined by an unknown word
YEARS_BACK = re.compile(r"year-(\d+)$")  # a count of years back from the time of writing
COUNT_BEFORE = re.compile(r"(?<![\d.,:/-])\d+\s*$")
# A digit glued to a word is no day; "الـ9" is, and so is "در22" (Arabic-script text often loses that space).
# and a comma the scraper glued to the day, after a word or a space ("रायपुर ,16 अगस्त"), is no figure's
# a day's figures open no word or number; in Arabic script they may follow a letter, or a slash after a word, the
# other calendar's date they are ("۲۳ میزان/۱۵ اکتبر", "1445هـ/15 أكتوبر"): a slash after figures is a fraction's
NO_WORD_BEFORE = rf"(?:(?<=[\u0600-\u06ff])|(?<=[\u0600-\u06ff]/)|(?<![\w{WORD_MARKS}.,:/-])|(?<=[^\W\d_],)|(?<=\s,))"
YEAR_OPENS = rf"(?<![\w{WORD_MARKS}$€£.,-])"  # a year is no part of a word, a sum or a number
# a year hyphenated to a word of mixed case is part of a code name, not a date: "2019-nCoV"
NO_CODE = r"(?!-[^\W\d_]*[a-z][A-Z])"


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # how it counts from another date (see extract._relative); None: absolute
    invalid: bool = False  # looks like a date but names no real day ("31 February")
    last: tuple[int | None, int | None, int | None] | None = None  # the last day of a range ("3 and 4 October")
    calendar: str | None = None  # "hijri" or "persian" when the text's date was converted to the Gregorian one
    weekday: int | None = None  # 0 (Monday) .. 6: a weekday named relative to the time of writing, or beside a stated day
    last_weekday: int | None = None  # the last weekday of a span of weekdays ("from Friday to Sunday"), its first `weekday`
    # a Solar Hijri or Hijri (month, day) stated without its year: for a Solar Hijri day, month and day above are
    # its usual Gregorian equivalent, and extract.py converts it exactly once it knows the year; kept beside a
    # year, month and day inferred from the Gregorian day stated with it (`_hijri_as_stated`), which it is
    native: tuple[int, int | None] | None = None


@dataclass(frozen=True)
class Grammar:
    words: Words
    absolute: tuple[tuple[str, re.Pattern[str]], ...]  # (form, pattern)
    relative: tuple[tuple[str, re.Pattern[str]], ...]  # (kind, pattern)
    year: re.Pattern[str]
    joiner: re.Pattern[str]  # between the two dates of a range
    wordy: frozenset[str]  # forms that may match without a digit ("in May", "the fourth of May")
    worded: tuple[tuple[str, re.Pattern[str]], ...]  # counted kinds with a count in words ("il y a trois jours")
    beside_count: re.Pattern[str]  # the words of a counted kind beside its count: the worded kinds need them
    conjunction: re.Pattern[str]  # a range joiner that means "and"
    opens_range: re.Pattern[str]  # "between" right before the first date of a range an "and" closes
    same_day: re.Pattern[str]  # words between two names of one day: "الموافق" ("that is")
    year_to: re.Pattern[str]  # from a year to the last of its range: "–1994", CJK's "年至2001"
    moved: re.Pattern[str]  # a word of putting a date off or forward ("reporter", "verschob"), ending the text before
    and_month: re.Pattern[str] | None  # "and" and a month after a month read alone: "in July and August"
    native_after: re.Pattern[str] | None  # a Solar Hijri day right after the Gregorian day it is: "۱۱ مارچ ۲۱ حوت"
    native_before: re.Pattern[str] | None = None  # one right before it, a comma between: "۱۵ میزان، ۷ اکتبر"


def _alt(names: object, capital: bool = False, latin_whole: bool = False) -> str:
    """An alternation of names, longest first, with any run of spaces in a name matching any spacing. With
    `latin_whole`, for a script written without spaces, a name in Latin letters ("mon", "sat" beside "星期一") is a
    whole Latin word: not the start of "Moncada" or "Saturn" in a Chinese sentence, which sets no space around them."""
    # a space in a name also matches a zero-width non-joiner or nothing ("سه شنبه", "سه‌شنبه", "سهشنبه")
    parts = {re.escape(fold(n)).replace(r"\ ", "[\\s\u200c]*") for n in names}  # type: ignore[attr-defined]
    if latin_whole:
        parts = {rf"(?<![A-Za-z]){p}(?![A-Za-z])" if p.isascii() and p.isalpha() else p for p in parts}
    parts = sorted(map(nukta_optional, parts), key=len, reverse=True)  # "फ़रवरी" is also written "फरवरी"
    body = "|".join(parts) or "(?!)"
    return rf"(?-i:(?=[A-Z]))(?:{body})" if capital else f"(?:{body})"


def _word_edges(language: str, x: dict) -> tuple[str, str]:
    """What stands before and after a word of a date in the language's patterns."""
    edge_before, edge_after = ("", "") if cjk(language) else (WORD_START, WORD_END)
    if spaceless(language):  # a word in Thai may touch the next, not a figure; its edges are ICU's (`_on_word_edges`)
        edge_before, edge_after = "", r"(?!\d)"
    if x.get("ezafe_after_he"):  # Persian's ezafe after a final "ه" ("گذشته‌ی"): the word ends after it
        edge_after = rf"(?:(?<=ه)\u200c?{re.escape(fold(x['ezafe_after_he']))})?{edge_after}"
    return edge_before, edge_after


def _words_alt(items: list[str]) -> str:
    return _alt(items) if items else "(?!)"


@cache
def grammar(language: str) -> Grammar:
    w = toneless_words(language) if reads_toneless(language) else words(language)  # "lọjọ Ẹti" read as "lojo Eti"
    x = w.extra
    edge_before, edge_after = _word_edges(language, x)
    names = _alt(w.months, capital=language == "en")
    # a second name for the same month: "سبتمبر/أيلول", "تموز / يوليو", "يناير (كانون الثاني)", "Juli/Juillet"
    # or a misspelt one, when the year follows it ("يوليو/نموز 2024": the dots of a letter misplaced)
    # or, where the language writes both names side by side, after a space: "11 سبتمبر ايلول 2001" (`two_names`)
    spaced = rf"|\s+{names}" if x.get("two_names") else ""
    month = rf"(?P<month>{names})\.?(?:\s*/\s*{names}\.?|\s*\(\s*{names}\s*\)|\s*/\s*[^\W\d_]{{3,8}}(?=\s+{YEAR}){spaced})?"
    suffix = f"(?:{_words_alt(x.get('day_suffix', []))})?"
    # the data file's days in words ("29th" aside: "twenty-ninth", "بیست و هفتم"); num2words' (`spelled_days`) have a
    # form of their own, read before a month only ("primo ottobre", never "septembre un")
    spelled = x.get("spelled_days", [])
    ordinals = [d for d in x.get("day_words", {}) if d not in spelled]
    day_words = f"|{edge_before}(?P<dayword>{_alt(ordinals)}){edge_after}" if ordinals else ""  # not "هشتمین"
    # a day's figures may take the prefixes the language glues to them (`day_prefixes`: isiXhosa "wama30", "we-18":
    # "of the 30th"), with a hyphen or none
    day_glued = "".join(rf"|(?<={WORD_START}{re.escape(p)})|(?<={WORD_START}{re.escape(p)}-)" for p in x.get("day_prefixes", []))
    day2 = rf"(?P<day2>[0-3]?\d)(?!\d){suffix}"
    # before its month, a day with an ordinal's ending after a hyphen that ICU may not know: "24-уми феврал"
    day_ending = rf"(?:-{LETTER}{{1,{MAX_DAY_HYPHEN_ENDING}}}(?!{LETTER}))?" if x.get("hyphened_day_endings") else ""
    glued = rf"(?:{edge_before}|(?<=\d))"  # a month's name right after its day's figures
    joins = _words_alt(x.get("range", []))
    short = {key(n) for names in x.get("short_weekdays", {}).values() for n in names}  # "segunda" is also "second"
    latin_whole = cjk(language) or spaceless(language)
    weekday_names = _alt([n for n in w.weekdays if key(n) not in short], capital=language == "en", latin_whole=latin_whole)
    # joiners of two days only, never of months ("vom 13. auf 14. April", but "von Februar auf Dezember" moves a date)
    day_joins = _words_alt([*x.get("range", []), *x.get("day_range", [])])
    # a figure after a comma makes a decimal ("3,4 milhões"), unless a list of days goes on after it: "3,4 e 5 de
    # março" (the 3rd, 4th and 5th, typed without a space)
    listed = rf",(?=[0-3]?\d(?!\d)\s*(?:[,،]|{day_joins})\s*[0-3]?\d(?!\d))"
    day = rf"(?:(?:{NO_WORD_BEFORE}{day_glued})(?P<day>[0-3]?\d)(?!\d|[.:]\d|(?!{listed}),\d){suffix}{day_words})"
    # days between the first and the last, by the same joiners or commas: "15 و16 و17 مارس", "les 5, 6 et 7 mai": one range
    middle = rf"(?:\s*(?:[,،]|{day_joins})\s*[0-3]?\d(?!\d){suffix})*"
    rng = rf"(?:{middle}{_between_days(x, day_joins, weekday_names)}{day2})?"
    gregorian = f"(?:\\s*{_words_alt(x.get('gregorian_marker', []))}{edge_after})?"
    own_years = _own_era_years(x.get("year_offset", 0))  # Thai "2566": the language's own era's years too
    # where the language counts its own era, its abbreviated months' stop may take a space before the two-digit year
    # ("14 พ.ค. 62", 14 May 2019, as "ส.ค.66")
    # there a number after a month is no year when a counted noun follows it (`count_after`: Thai "เดือนเมษายน 2500
    # ราย", April's 2500 cases; "2 ม.ค. 20 ราย", 20 cases on 2 January), and two figures after the stop are none when
    # a month follows them: they are the next day of a list ("14 ต.ค. 16 ต.ค. และ 18 ต.ค.")
    counted = "|".join(f"(?:{c})" for c in x.get("count_after", []))
    no_count = rf"(?!{counted})" if own_years and counted else ""
    short_year = rf"{OWN_ERA_SHORT_YEAR}{no_count}(?!\s*{names})" if own_years else SHORT_YEAR
    bare_year = rf"{BARE_YEAR}{own_years}"
    year = rf"(?P<year>{YEAR}{own_years})(?!\d){no_count}{gregorian}"
    # a hyphen may join a day to its capitalised month where a date names what happened on it ("le 14-Juillet")
    hyphened = r"|-(?=[^\W\d_])(?-i:(?=[A-Z]))" if x.get("hyphened_day") else ""
    day_month = rf"(?:\s+(?:{_words_alt(x.get('day_month', []))}){hyphened})?"
    # a comma, also the Arabic one ("06 فبراير، 2023"), may stand between month and year
    year_named = _year_named(x)
    # or a slash, as Spanish and Portuguese write a month and its year ("13 de abril/2025", "em abril/2025")
    month_year = rf"(?:[,،]?\s+(?:{year_named})\s+|\s+[-–]\s+|\s*/\s*(?={YEAR}(?!\d))|[,،]?\s*)"
    frm = _words_alt(x.get("range_from", []))
    # "between" alone opens a range an "and" closes: "de 2013 e 2021" (of 2013 and 2021) is two years, "de 1999 a
    # 2013" and "entre 2013 e 2021" are ranges (`range_from_to`: the words for "from", which take a "to")
    between = _words_alt([f for f in x.get("range_from", []) if f not in x.get("range_from_to", [])])
    wide = _alt(w.full_months, capital=language == "en")  # wide names only: "Mar" alone is no month
    then_year = rf"(?:{month_year}{year})?"  # "from January to March 2024"
    # the word for "year" after a date's year, before a range's joiner: "с июля 2022 года по 11 мая 2023 года"
    year_word = rf"(?:\s*(?:{_words_alt(x['year_word'])})\s*)?" if x.get("year_word") else ""
    no_decade = rf"(?!\s*(?:{_words_alt(x['decade_after'])}))" if x.get("decade_after") else ""
    years_after = _words_alt([s for s in x.get("year_after", []) if len(s) > 2 and s[:1].isalpha()])  # not "г."
    to_words = _words_alt([r for r in x.get("range", []) if r[:1].isalpha() and r not in x.get("range_and", [])])
    years_noun = rf"(?P<noun>(?:{_words_alt(x['years_noun'])})\s+)?" if x.get("years_noun") else ""
    # a conjunction the language glues to the next word may open the "from": "فبين عامي 1930 و1956" (and between)
    glued_clitic = f"(?:{_alt(x['clitics'])})?" if x.get("clitics") else ""
    months_dashed = rf"(?P<month>{wide})\s*[-–—]\s*(?P<month2>{wide}){edge_after}"
    # after its day, a month's case ending glued without an apostrophe: "13 kasımda" (`month_endings`)
    case_ending = rf"|(?=(?:{x['month_endings']}){edge_after})" if x.get("month_endings") else ""
    # a joiner that is also a clitic the language glues to the next word: "بين مارس وأكتوبر" (between March and October)
    glued_and = "".join(f"|{re.escape(j)}" for j in x.get("range", []) if j in x.get("clitics", []))
    absolute = [
        # year first, also with a space after each dot ("2020. 11. 24.", as Korean and Hungarian write it); not
        # inside a longer chain of figures, as case and file numbers run ("0004912-46.2024.8.23.8000": no 2 August):
        # the day's last figure is the chain's or the next figure is one of it; after a list's number and its dot, a
        # figure or two opening the text or a word ("1.2024-03-01", "12.2024/05/03"), it reads still
        (
            "iso",
            rf"(?<!\d)(?:(?<!\d\.)|(?<=(?<!\S)\d\.)|(?<=(?<!\S)\d\d\.))(?P<year>{YEAR})(?P<sep>[-/.]|\.\s)(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)(?![.]\d)",
        ),
        # also with a space after each dot, as CLDR's medium format writes it in Czech or Croatian ("3. 5. 2024")
        ("numeric", rf"(?<![\d.,/:-])(?P<a>[0-3]?\d)(?P<sep>[./-]|\.\s)(?P<b>[0-3]?\d)(?P=sep)(?P<year>{YEAR})(?![\d])"),
        # or with spaces beside its slashes, as Arabic letters and notices type them ("5 / 8 /2012م", "12 / 02 / 2023")
        ("numeric", SPACED_NUMERIC),
        # or with a two-digit year, as CLDR's short formats write it ("M/d/yy", "dd.MM.yy": "09/19/23", "7.2.23");
        # not dashed, as scores and counts are ("2-1-0")
        ("numeric", r"(?<![\d.,/:-])(?P<a>[0-3]?\d)(?P<sep>[./])(?P<b>[0-3]?\d)(?P=sep)(?P<yy>\d\d)(?!\d|[.,/:-]\d)"),
        ("cjk", rf"(?P<year>{YEAR})\s*年\s*(?P<mnum>[01]?\d)\s*月(?:\s*(?P<day>[0-3]?\d)\s*[日号])?"),
        ("cjk", r"(?<!\d)(?P<mnum>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日号]"),
        # a two-digit year only after the dots of a stamp: "6.fev.23"
        # scraped text may glue the day to its month ("30ژوئن 2012")
        # and its year to the month ("22 липня2011")
        (
            "day-month",
            rf"{day}{day_ending}{rng}{day_month}\s*{glued}{month}(?:{edge_after}|(?={YEAR}(?!\d)){case_ending})"
            rf"(?:(?:{month_year}|\.){year}|{short_year})?",
        ),
        # the word for "year" may stand before the year: "Februari 4 mwaka 1954" (`month_year`)
        ("month-day", rf"{edge_before}{month}\s*{day}{no_count}{rng}(?:[,،]?\s+(?:(?:{year_named})\s+)?{year})?"),
        ("month-year", rf"{edge_before}{month}{month_year}{year}"),
        # a range of months after a "from": "من يناير إلى مارس", "from January to March 2024"
        (
            "months",
            rf"{edge_before}(?:{frm})\s+(?P<month>{wide})\s+(?:{joins}\s+{glued_and})(?P<month2>{wide}){edge_after}{then_year}",
        ),
        # or two months joined by a dash, their year after them ("March–June 2019", "mart-haziran 2019"), or none: a
        # dash between two months' names joins nothing else ("протягом березня — червня")
        ("months", rf"{edge_before}{months_dashed}(?:{month_year}{year}|(?![\s.,-]*\d))"),
        # a day and month in figures right after a weekday: "domingo (28/7)", "Sunday, 7/28", "الثلاثاء (26|8)"
        (
            "weekday-numeric",
            rf"{edge_before}(?:{weekday_names})(?:\s*\(|,\s*)(?P<a>[0-3]?\d)[/.|](?P<b>[0-3]?\d)(?!\d|[/.|]\d)\)?",
        ),
        # or after a space, dotted as ordinals, day first: "v pátek 27. 1.", "Freitag 27.1."
        ("weekday-numeric", rf"{edge_before}(?:{weekday_names})\s+(?P<a>[0-3]?\d)\.\s?(?P<b>[01]?\d)\.(?!\s?\d)"),
        # a range of years: "2025-2031", or with words after a "from" ("de 1999 a 2013", "zwischen 2013 und 2020")
        # not of decades: "1990-2010-х" (`decade_after`); also of the language's own era ("2563-2565" in Thai)
        (
            "years",
            rf"(?<![\d.-])(?P<year>{YEAR}{own_years})\s*[-–—/]\s*(?P<year2>{YEAR}{own_years})(?![\d%]|[.,]\d){no_count}{no_decade}",
        ),
        # also with the plural noun for years between ("entre les années 2013 et 2016", "بين عامي 2013 و2016")
        (
            "years-worded",
            rf"{edge_before}{glued_clitic}(?:{between})\s+{years_noun}(?P<year>{YEAR})\s+(?:{joins})\s*(?P<year2>{YEAR})(?![\d%]|[.,]\d)",
        ),
        (
            "years-worded",
            rf"{edge_before}{glued_clitic}(?:{frm})\s+{years_noun}(?P<year>{YEAR})\s+(?:{to_words})\s*(?P<year2>{YEAR})(?![\d%]|[.,]\d)",
        ),
        # or alone in parentheses, joined by a word of `range` that is no "and": "(۱۹۷۹ تا ۲۰۰۳)", "(1979 to 2003)"
        ("years-cued", rf"(?<=\()\s*(?P<year>{YEAR})\s+(?:{to_words})\s+(?P<year2>{YEAR})(?=\s*\))"),
        # or with the word for years after them, by a joiner that is no "and": "1989 ile 2010 yılları arasında"
        # ("в 1979 и 1994 годах" is two years)
        ("years-cued", rf"(?<![\w{WORD_MARKS}.-])(?P<year>{YEAR})\s+(?:{to_words})\s+(?P<year2>{YEAR})(?=\s*(?:{years_after}))"),
    ]
    if cjk(language) and to_words != "(?!)":  # unspaced, the word for "year" after the second: "2016至2022年间"
        absolute.append(("years-cued", rf"(?<!\d)(?P<year>{YEAR})\s*(?:{to_words})\s*(?P<year2>{YEAR})(?=\s*年)"))
    absolute += _short_year_ranges(x) + _loose_year_ranges(x)
    absolute += _ended_day_month(x, rf"{day}{day_ending}{rng}\s*{edge_before}", rf"(?:{month_year}{year})?", edge_after)
    absolute += _stem_day_month(x, rf"{day}{day_ending}{rng}\s*{edge_before}", rf"(?:{month_year}{year})?", edge_after)
    absolute += _year_first(x, rf"{day}{day_ending}{rng}\s*", rf"{glued}{month}", (edge_before, edge_after))
    absolute += _declined_month_day(language, w, edge_before)
    and_month = None
    if x.get("month_before") or x.get("month_after"):  # a month alone, with a cue: "in May", "Ende Juli", "Mart ayında"
        bare = _alt(w.full_months, capital=language == "en")  # wide names only: "Mar" alone is no month
        # before a postposed cue, not a month's name that is also a common word ("कैंडल मार्च में": in a candle march)
        word_months = {key(n) for n in x.get("word_months", [])}
        postposed = _alt([n for n in w.full_months if key(n) not in word_months], capital=language == "en")
        before = _words_alt(x.get("month_before", []))
        after = _words_alt(x.get("month_after", []))
        # no day or year after it; a count after a comma is none ("since mid-June, 499 of them children")
        alone = rf"(?![\s.]*\d|,\s*(?:[0-3]?\d|{YEAR})(?![\d,.]))"
        and_month = re.compile(rf"\s+(?:{_words_alt(x.get('range_and', []))})\s+(?P<month>{bare}){edge_after}{alone}", re.I)
        # where the language writes a month's two names, the second after the first: "في تشرين الثاني/نوفمبر", "في ت2
        # نوفمبر" (elsewhere "May/June" is two months)
        names_two = rf"(?:\s*/\s*|\s+)(?:{bare}){edge_after}|\s*\(\s*(?:{bare})\s*\)"
        second = f"(?:{names_two})?" if x.get("two_names") else ""
        absolute.append(
            (
                "month",
                # an elided cue takes no space: "d'août"
                rf"{edge_before}(?:(?P<cue>{before})(?:\s+|-|(?<=['’]))(?P<month>{bare}){edge_after}{second}{alone}"
                rf"|(?P<month2>{postposed})(?=\s*(?:{after}){edge_after}){_case_ended(w, postposed, edge_after)}"
                # and the first of two before a cue that follows them: "Temmuz ve ağustos aylarında"
                rf"|(?P<month6>{bare})(?=\s+(?:{_words_alt(x.get('range_and', []))})\s+(?:{bare})\s*(?:{after}){edge_after}))",
            )
        )
    absolute += _short_word_months(w, (edge_before, edge_after))
    if x.get("cardinal_day_months") and x.get("cardinal_day_words"):  # a day in words before a month: "هفت ژوئیه"
        cardinal = rf"{edge_before}(?P<dayword>{_alt(list(x['cardinal_day_words']))})"
        gregorian_month = rf"(?P<month>{_alt(x['cardinal_day_months'])}){edge_after}"
        absolute.append(("day-month", rf"{cardinal}\s+{gregorian_month}(?:{month_year}{year})?"))
    if spelled:  # a day in words before its month: "primo ottobre", "um de julho"
        edges = (edge_before, edge_after)
        absolute += _spelled_day_forms(x, spelled, edges, rf"(?:{joins})", day_month, month, rf"(?:{month_year}{year})")
    if x.get("numeral_days"):  # a day in numerals between its month and the word for day: "六月十二日"
        ideographic = _alt([n for n in w.full_months if HAN.search(n) and not ANY_DIGIT.search(n)])
        # its year before it, in figures or characters (read as figures above): "二〇〇七年九月十八日", a signature's date
        year_before = rf"(?:(?<![\d.])(?P<year>{YEAR})\s*年\s*)?"
        absolute.append(("spelled-day", rf"{year_before}(?P<month>{ideographic})(?P<dayword>{_alt(x['numeral_days'])})\s*[日号]"))
    absolute += _word_forms(x, edge_before, edge_after)
    dotted = _alt([n for n in w.months if n not in w.full_months])  # an abbreviation with its dot: "jan.", "des."
    # after a day, the month's second name after a slash too: "24ی کانوونی دووەم/یەنایەری 2023"
    absolute += _locale_formats(x, (month, rf"(?:(?P<month>{wide})|(?P<month2>{dotted})\.)"), year)
    absolute += _figures_after_cues(x, w.date_order, edge_before)
    absolute += _month_joined_day(x, month, edge_before)
    absolute += _slashed_day_month(language, w.date_order, edge_before, bool(x.get("day_cues")))
    absolute += _slashed_month_name(wide)
    if x.get("year_month"):  # a year before its month, as Turkish writes it: "2023 Ekim ayında"
        absolute.append(("year-month", rf"(?<![\w{WORD_MARKS}.,-]){year}\s+{edge_before}{month}{edge_after}"))
    absolute += _hyphened_year_month(x, year, month, (edge_before, edge_after))
    if x.get("easter"):  # a feast with its year is a day: "Pascua de 2019", "Easter 2019", "Пасху 2019 года"
        absolute.append(("easter", rf"{edge_before}(?:{_alt(x['easter'])}){edge_after}{month_year}(?P<year>{YEAR})(?!\d)"))
    if x.get("feasts"):  # a feast kept on the same day every year is that day: "Nochevieja", "New Year's Eve 2019"
        feasts = _alt([n for names in x["feasts"].values() for n in names])
        # its year before it where the language writes a year so: "2019年圣诞节"
        after_year = rf"(?:{month_year}{year})?"
        feast_year = rf"(?:{year}\s*年\s*)?(?P<feast>{feasts})" if cjk(language) else rf"(?P<feast>{feasts}){after_year}"
        absolute.append(("feast", rf"{edge_before}{feast_year}{edge_after}"))
    if x.get("month_alone"):  # a month named in figures needs no cue where a count of months is written otherwise
        # "9月", "十月"; nine months are "9个月", "九个月"
        figures = _alt([n for n in w.full_months if ANY_DIGIT.search(n) or HAN.search(n)])
        # scraped Hong Kong and Taiwan texts space the figures: "經過 5 月一系列"
        spaced = r"(?<![\d.]\s)(?:1[0-2]|0?[1-9])\s+月"
        # nor after a year in figures and "年": "共計112年8月" counts years and months (a year's own month is read
        # with it, "2023年8月"); "去年8月" (last August) stays
        counted = r"(?<!\d年)(?<!\d\s年)(?<!\d年\s)(?<!\d\s年\s)"
        month = rf"(?<![\d.〇零一二三四五六七八九十]){counted}(?P<month>{figures}|{spaced})(?![\d日号])"
        absolute.append(("month", month))
    absolute += _calendar_forms(x, suffix, day_month, (edge_before, edge_after))
    edges = (edge_before, edge_after)
    # a month's second name after a slash is part of it ("أبريل/نيسان الماضي": last April); the first says which
    # the second may be a name of two words ("أكتوبر/تشرين الأول الماضي")
    any_month = _alt(w.months, capital=language == "en")
    # or after a space, where the language writes both names side by side ("كانون الثاني يناير من العام الجاري")
    beside = rf"|\s+{any_month}{WORD_END}" if x.get("two_names") else ""
    months = rf"{any_month}(?:\s*/\s*(?:{any_month}|{LETTER}{{3,12}}){WORD_END}{beside})?"
    relative = _relative_patterns(w, months, (weekday_names, _words_alt(sorted(short))), edges)
    # words for "exactly" (an anniversary) or "just" ("il y a à peine dix jours") the language puts before a count
    before_count = [*(x.get("anniversary") or {}).get("inside", []), *x.get("count_adverbs", [])]
    # a conjunction the language glues to the next word may open it: "فقبل 5 سنوات" (and so, five years ago)
    counted_edges = (edge_before + (f"(?:{_alt(x['clitics'])})?" if x.get("clitics") else ""), edge_after)
    relative += _counted_patterns(w.counted, COUNTED, counted_edges, before_count)
    # a count in words, in the past only ("hace cuatro años", "three weeks ago"), looked for only in a sentence
    # with the longer words beside the count ("years ago", "il y a"): a pattern opening with a long
    # alternation of number words is slow to scan
    past = tuple(c for c in w.counted if c[1] < 0)
    counts = "|".join(p for p, _ in w.numbers)
    worded = _counted_patterns(past, counts, counted_edges, before_count) if counts else []
    beside = {max(p.split(COUNT, 1), key=lambda side: len(side.strip())).strip() for _, _, p in past}
    glued_year = _glued_year(x)
    glued_and = "".join(rf"|(?<={WORD_START}{re.escape(a)})" for a in x.get("range_and", []) if len(a) == 1)
    # in a right-to-left line, the comma after a number that scraped text moved before it: "في عام ,1929 وتعتبر"
    glued_and += r"|(?<=\s,)" if _right_to_left(language) else ""
    glued_and += _unspaced_year_words(language, x)
    glued_and += "".join(rf"|(?<={WORD_START}{re.escape(c)})" for c in x.get("figure_proclitics", []))  # "በ1956"
    worded_day = ["day-month", "persian"] if ordinals else []  # forms that may match without a digit: "هشتم تیر"
    worded_day += ["month-day"] if x.get("month_day") and ordinals else []  # "د جون پر لومړۍ"
    return Grammar(
        w,
        tuple((form, re.compile(p, re.I)) for form, p in absolute),
        tuple(relative),
        # CJK writes the word after a year without a space ("2016年"): there, only a digit may not touch it
        re.compile(
            rf"(?<![\d$€£.-])(?<!\d,)(?P<year>{YEAR})(?![\d%]|[.,]\d){NO_CODE}"  # ",2022年" in scraped text, not "1,2022"
            if cjk(language)
            else rf"(?:(?<=[^\W\d_]-)|{YEAR_OPENS}{glued_and})(?P<year>{bare_year})(?:(?={glued_year})|(?![\w%]|[.,]\d)){NO_CODE}"
        ),  # "mid-2024" too; "2007г.", "2007م": a year word's abbreviation glued to it; "و2014": "and" glued before
        # a comma may stand before a joiner that is no "and": "el 31 de octubre, hasta el 12 de noviembre"
        re.compile(
            rf"^\s*{year_word}(?:{_words_alt(x.get('day_part_after', []))})?\s*"
            rf"(?:{joins}|[-–—]|,\s*(?:{to_words}){_to_hour(x)})\s*$",
            re.I,
        ),
        frozenset({"month", "months", "spelled-day", "spelled-year", "feast", *worded_day}),
        tuple(worded),
        re.compile(f"{edge_before}(?:{'|'.join(f'(?:{b})' for b in sorted(beside) if b) or '(?!)'}){edge_after}", re.I),
        re.compile(rf"^\s*{year_word}(?:{_words_alt(x.get('range_and', []))})\s*$", re.I),
        re.compile(rf"{edge_before}(?:{between})\s*$", re.I),
        re.compile(rf"\s*(?:{_words_alt(x.get('same_day', []))})\s*", re.I),
        _year_to(language, x),
        re.compile(rf"{edge_before}(?:{_words_alt(x.get('moved', []))})\w*[^.;!?]{{0,60}}$", re.I),
        and_month,
        _native_after(x, day),
        _native_before(x),
    )


def _unspaced_year_words(language: str, x: dict) -> str:
    """In a script without spaces, the word for "year" glued before a year, as lookbehinds: "ឆ្នាំ១៩៩៧"."""
    return "".join(rf"|(?<={re.escape(w)})" for w in x.get("year_words", [])) if spaceless(language) else ""


def _year_named(x: dict) -> str:
    """The word for "year" a date may write between its month and its year (`month_year`), a two-letter one with
    its article or case ending ("14. desember árið 2003": `datewords.short_year_words`); where no data file says
    more, also linked to both by short words, as a genitive: "Yuli na shekara ta 2011"."""
    year_named = _words_alt(x.get("month_year", []))
    year_named += "".join(
        f"|{re.escape(s)}{LETTER}{{1,{MAX_SHORT_NOUN_ENDING}}}" for s in short_year_words(x.get("year_words", []))
    )
    if x.get("year_words") and year_named:
        link = rf"[^\W\d_]{{1,{MAX_LINKER}}}"
        # the word with an article or case ending glued to it: "February ee sannad|kii 2020"
        year_named = rf"(?:{link}\s+)?(?:{year_named})[^\W\d_]{{0,{MAX_SHORT_NOUN_ENDING}}}(?:\s+{link})?"
    return year_named


def _glued_year(x: dict) -> str:
    """The language's abbreviations for "year" (`year_after` words of one or two letters, with or without a dot),
    which scraped and hurried text glues to the year: "в 2007г.", "у 2007р.", "عام 2007م"."""
    short = [s for s in x.get("year_after", []) if s[:1].isalpha() and len(s.rstrip(".")) <= 2]
    abbreviated = rf"(?:{_words_alt(short)})(?![^\W\d_])" if short else "(?!)"
    if x.get("year_glued"):  # a case ending glued as CLDR's format glues one: "2010eko", "2011n"
        abbreviated += f"|{GLUED_YEAR_ENDING.pattern}"
    return f"{abbreviated}|{_ending_alt(x)}" if x.get("year_endings") else abbreviated


def _ending_alt(x: dict) -> str:
    """The language's locative ending or postposition after a year (`year_endings`: "1959ൽ", "1990లో") to its word's end,
    glued also after the one consonant of a number's oblique stem (Kannada "2018ರಲ್ಲಿ": in 2018)."""
    return rf"(?:[^\W\d_][{WORD_MARKS}]*)?(?:{'|'.join(x['year_endings'])}){WORD_END}"


def _case_ending_after(after: str, w: Words) -> bool:
    """A case ending after a year: hyphenated where dateparser skips such endings ("2015-ben", "2015-ös": in 2015,
    of 2015), or the language's locative (`_year_ending`: "1959ൽ", "1990లో": in 1959, in 1990)."""
    if w.extra.get("hyphen_endings") and HYPHEN_ENDING.match(after):
        return True
    if (ordinal := _ordinal_year_ending(w.language)) and ordinal.match(after):  # "2020-ieji", "2021-uosius"
        return True
    if w.extra.get("year_glued") and GLUED_YEAR_ENDING.match(after):  # "2010eko", "2011n": of 2010, in 2011
        return True
    ending = _year_ending(w.language)
    return bool(ending and ending.match(after))


@cache
def _ordinal_year_ending(language: str) -> re.Pattern[str] | None:
    """A year written as an ordinal adjective, its longer endings hyphenated to the figures (`year_hyphen_endings`
    of the additions: Lithuanian "2020-ieji", "2020-aisiais"), which `HYPHEN_ENDING` (up to three letters) misses."""
    endings = words(language).extra.get("year_hyphen_endings") or []
    return re.compile(rf"-(?:{'|'.join(map(re.escape, endings))}){WORD_END}") if endings else None


@cache
def _year_ending(language: str) -> re.Pattern[str] | None:
    """A year's locative ending (`_ending_alt`) glued to it, after a hyphen or dash ("1959-ല്", "1999 – ല്") or
    after a space ("1965 ൽ", "१९५२ मध्ये")."""
    x = words(language).extra
    return re.compile(rf"(?:\s?[-–—]\s?|\s)?{_ending_alt(x)}") if x.get("year_endings") else None


# a day of a date in CLDR's order, with a case ending after a hyphen ("2016. július 15-én", "július 15-i")
FORMAT_DAY = rf"(?P<day>[0-3]?\d)(?!\d)(?:-{LETTER}{{1,3}}{WORD_END})?"


def _short_year_ranges(x: dict) -> list[tuple[str, str]]:
    """A range of years whose second is written with its last two figures ("1990-91"), where no data file says how
    the language writes ranges (`short_year_ranges`)."""
    if not x.get("short_year_ranges"):
        return []
    return [("years-short", rf"(?<![\d.,/-])(?P<year>{YEAR})[-–](?P<yy2>\d\d)(?![\d%]|[.,/:-]\d)")]


def _loose_year_ranges(x: dict) -> list[tuple[str, str]]:
    """Where no data file gives the language's joiners (`range_any_word`), two years joined by any one short word
    that is no "and" or "or" of CLDR's lists ("2007 hangtud 2010", "1967 iki 1970"): a range, read as one only when
    the second is later, by 50 years at most (`_years`)."""
    if not x.get("range_any_word"):
        return []
    listed = _words_alt([*x.get("range_and", []), *x.get("function_words", [])])
    # a letter or a mark on it: the joiner of an Indic script carries vowel signs ("1985 నుంచి 1991 వరకు")
    word = rf"(?!(?:{listed})\s)(?P<loose>{LETTER}{{2,{MAX_LOOSE_JOINER}}})"
    # the same word after the second year too makes a list, not a range: "1985 ലും 1991 ലും" (in 1985 and in 1991)
    listed_too = rf"(?!\s+(?P=loose)(?!{LETTER}))"
    return [("years", rf"(?<![\w{WORD_MARKS}.,/-])(?P<year>{YEAR})\s+{word}\s+(?P<year2>{YEAR})(?![\d%]|[.,]\d){listed_too}")]


def _spelled_day_forms(
    x: dict, spelled: list[str], edges: tuple[str, str], joins: str, day_month: str, month: str, dated: str
) -> list[tuple[str, str]]:
    """A day in words before its month ("primo ottobre", "پانچ ستمبر"), and two of them joined as a range ("tra il
    primo e il due maggio"); `dated` is the month's year after it. A number in words after the month opens its year
    in words ("تیرہ نومبر دوہزار پندرہ"), which is not read: the day alone would take a wrong year. A long name
    (`ended_months`) may take the case ending the language glues to it, as after figures ("पंधरा ऑगस्ट|पासून")."""
    edge_before, edge_after = edges
    second = rf"(?:\s+{joins}\s+{edge_before}(?P<dayword2>{_alt(spelled)}){edge_after})?"
    spelled_day = rf"{edge_before}(?P<dayword>{_alt(spelled)}){edge_after}{second}{day_month}\s*"
    year_or_none = rf"(?:{dated}|(?!\s*(?:{_alt(spelled)})))"
    forms = [
        ("spelled-day", rf"{_no_word_month(x, spelled, edges, dated)}{spelled_day}{edge_before}{month}{edge_after}{year_or_none}")
    ]
    if x.get("ended_months"):
        ended = rf"(?P<month>{_alt(x['ended_months'])}){_ending_letters(MAX_MONTH_ENDING)}{edge_after}"
        forms.append(("spelled-day", rf"{spelled_day}{edge_before}{ended}{year_or_none}"))
    return forms


def _no_word_month(x: dict, spelled: list[str], edges: tuple[str, str], dated: str) -> str:
    """A lookahead that keeps a count in words before a month's name that is also a common word (`word_months`:
    Urdu "مارچ", Marathi "मार्च", a protest march) from reading as a day, unless a year or a word that dates it
    (`word_month_cues`: "کو", "रोजी": on) follows: "تین مارچ کرنے" is three marches."""
    if not x.get("word_months"):
        return ""
    edge_before, edge_after = edges
    cues = rf"|\s*(?:{_words_alt(x.get('word_month_cues', []))}){edge_after}" if x.get("word_month_cues") else ""
    month = rf"(?:{_alt(x['word_months'])}){edge_after}"
    unnamed = re.sub(r"\(\?P<\w+>", "(?:", dated)  # the year's groups are the form's own
    return rf"(?!{edge_before}(?:{_alt(spelled)}){edge_after}\s+{month}(?!{unnamed}{cues}))"


def _ended_day_month(x: dict, day: str, year: str, edge_after: str) -> list[tuple[str, str]]:
    """Where CLDR's date names are the names with case endings (`ended_months`), a day before a month's wide name
    with one: "26. aprillil", "14 apreldə"; not an abbreviation opening another word ("4 jungle"), nor a visarga
    typed for a dateline's colon ("19 अक्टूबरःसऊदी")."""
    if not x.get("ended_months"):
        return []
    names = _alt(x.get("day_ended_months") or x["ended_months"])
    # no month with an ending spells the word for "year" with one: Chuvash "8 ҫул", "8 ҫулта" (8 years, in 8 years)
    # is no "ҫу" (May) with "-л", "-лта"
    words_for_year = _words_alt(x.get("year_words", []))
    no_year = rf"(?!(?:{words_for_year}){LETTER}{{0,{MAX_MONTH_ENDING}}}{edge_after})" if x.get("year_words") else ""
    ended = rf"{no_year}(?P<month>{_alt(x['ended_months'])})(?![{VISARGAS}]){_ending_letters(MAX_MONTH_ENDING)}{edge_after}"
    # after a day, a short name takes endings of two letters at most ("22 martda", "5 mayda"; not "4 jungle")
    short = rf"{no_year}(?P<month>{names})(?![{VISARGAS}]){LETTER}{{1,{SHORT_MONTH_ENDING}}}{edge_after}"
    # and the month with a case ending before a day with one after a hyphen, as Turkic languages write a date
    # ("martın 22-də", of March its 22nd): the hyphen's ending makes the number an ordinal, no count
    month_first = rf"{WORD_START}(?P<month>{names}){LETTER}{{0,3}}\s+(?P<day>[0-3]?\d)-{LETTER}{{1,3}}{WORD_END}"
    forms = [("day-month", f"{day}{ended}{year}")]
    if x.get("short_ended_months"):  # "१ मे|ला": a name of two letters with a listed ending only
        listed = rf"(?P<month>{_alt(x['short_ended_months'])})(?:{_alt(x['short_month_endings'])}){edge_after}"
        forms.append(("day-month", f"{day}{listed}{year}"))
    if not x.get("day_ended_months"):
        return forms
    return [*forms, ("day-month", f"{day}{short}{year}"), ("day-month", month_first)]


def _stem_day_month(x: dict, day: str, year: str, edge_after: str) -> list[tuple[str, str]]:
    """After its day, a month's stem (`month_stems`) with a case ending in place of the name's last letters:
    "25. novembra", "17.augustā", "19. децембра 2016". Only there: alone, a stem opens other words. A stem of four
    letters takes a vowel's ending of one or two letters ("mart|ie", "maij|ā"): a longer one makes another word
    ("12 martori", twelve witnesses)."""
    if not x.get("month_stems"):
        return []
    short = [s for s in x["month_stems"] if len(s) <= MIN_GENITIVE_STEM]
    ending = rf"(?=[{vowel_letters()}]{LETTER}{{0,{MAX_SHORT_STEM_ENDING - 1}}}{edge_after})"
    long = [s for s in x["month_stems"] if len(s) >= MIN_LONG_STEM]
    middle = [s for s in x["month_stems"] if s not in short and s not in long]
    stems = rf"{_alt(middle)}|{_alt(short)}{ending}"
    stem = rf"(?P<month>{stems}){LETTER}{{1,{MAX_STEM_ENDING}}}{edge_after}"
    # a long stem also takes a possessive's and a case's endings together: "24 феврал|ендә" (Tatar)
    longer = rf"(?P<month>{_words_alt(long)}){LETTER}{{1,{MAX_MONTH_ENDING}}}{edge_after}"
    return [("day-month", f"{day}{stem}{year}"), ("day-month", f"{day}{longer}{year}")]


def _hyphened_year_month(x: dict, year: str, month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A year with a case hyphenated to it, then its month (`year_month_hyphen_endings`: Armenian "2021-ի
    հունվարի", of January 2021), where that ending alone would end a count as often ("1500-ի մոտ", about 1500)."""
    if not (hyphened := x.get("year_month_hyphen_endings")):
        return []
    ending = rf"-(?:{_alt(hyphened)})"
    return [("year-month", rf"(?<![\w{WORD_MARKS}.,-]){year}{ending}\s+{edges[0]}{month}{edges[1]}")]


def _year_first(x: dict, day: str, month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A year and the word for "year" (`year_words`, in any case: "წლის", "жылы") before its day and month, in
    a language with no file: "2016 წლის 28 ივნისს", "2016 жылы 14 қазанда"; the word ties the year to the date."""
    if not x.get("year_words"):
        return []
    year_word = rf"(?:{_words_alt(x['year_words'])}){LETTER}{{0,{MAX_SHORT_NOUN_ENDING}}}"  # "2022 елның"
    year_first = rf"(?<![\d.,/:-])(?P<year>{YEAR})\.?\s*{year_word}\.?\s+{day}"
    day_first = year_first + edges[0]
    ended = [*_ended_day_month(x, day_first, "", edges[1]), *_stem_day_month(x, day_first, "", edges[1])]
    # the month with a case ending of `month_endings` glued to it: Tatar "2010 елның 25 мартында"
    glued = rf"|(?=(?:{x['month_endings']}){edges[1]})" if x.get("month_endings") else ""
    return [("day-month", rf"{year_first}{month}(?:{edges[1]}{glued})"), *ended]


MIN_DECLINED_MONTH = 3  # letters of a month's name that takes a case ending before its day: not Chuvash "ҫу" (May)
MAX_DECLINED_DAY_ENDING = 8  # letters of an ordinal's ending and case after a day's hyphen: "29-мӗшӗнче"


def _declined_month_day(language: str, w: Words, edge_before: str) -> list[tuple[str, str]]:
    """A month's wide name with a case ending glued to it, then its day with an ordinal's ending after a hyphen, in
    a language that glues case endings to a noun (`glued_case_endings`) and writes such a hyphen after a day
    (`hyphened_day_endings`): Chuvash "кӑрлачӑн 29-мӗшӗнче", "юпан 31-мӗшӗнче" (on the 29th of January, the 31st of
    October), the month in the genitive. The hyphened ending makes the figure a day; without it the word after a
    month's name and an ending ("ҫулхи 5 класра") is no date."""
    genitives = genitive_endings(language)  # only the genitive: "Martdakı 3-üncü" (the 3rd one in March) is none
    if not genitives or not glued_case_endings(language) or not w.extra.get("hyphened_day_endings"):
        return []
    names = _alt([n for n in w.full_months if len(n) >= MIN_DECLINED_MONTH and not re.search(r"\d", n)])
    ending = rf"(?:{_alt(genitives)})(?!{LETTER})"
    day = rf"(?P<day>[0-3]?\d)(?=-{LETTER}{{1,{MAX_DECLINED_DAY_ENDING}}}(?!{LETTER}))"
    year = ""
    if w.extra.get("year_words"):  # its year before it, with the word for "year" and its ending: "2020 ҫулхи"
        year_word = rf"(?:{_words_alt(w.extra['year_words'])}){LETTER}{{0,{MAX_SHORT_NOUN_ENDING}}}"
        year = rf"(?:(?<![\d.,/:-])(?P<year>{YEAR})\s*{year_word}\s+)?"
    return [("month-day", rf"{year}{edge_before}(?P<month>{names}){ending}\s+{day}")]


def _month_joined_day(x: dict, month: str, edge_before: str) -> list[tuple[str, str]]:
    """A month, then a word joining it to its day, as Pashto and Sinhala write a date (`month_day`): "د اپرېل پر
    ۱۹مه" (on the 19th of April), "د جولای د ۲۵ نېټې", "(2021) මැයි මස 19වැනිදා"; the day only with an ordinal's
    ending or before the word for "date", since after "پر", "د" a number may count something else."""
    joined = x.get("month_day")
    if not joined:
        return []
    joiners = _words_alt(joined.get("joiners", []))
    ordinal = rf"(?:{_words_alt(joined.get('endings', []))}){WORD_END}"
    dated = rf"(?=\s+(?:{_words_alt(joined.get('date_words', []))}){WORD_END})"
    day = rf"(?P<day>[0-3]?\d)(?!\d)(?:{ordinal}|{dated})"
    if x.get("day_words"):  # or the ordinal in words (`day_words`): "د جون پر لومړۍ", "د ډسمبر په څوارلسمه نېټه"
        day = rf"(?:{day}|(?P<dayword>{_words_alt(list(x['day_words']))}){WORD_END})"
    # a year before, as Sinhala writes it ("2021 මැයි මස 19වැනිදා"), or with a word for "year" after it (`month_day`'s
    # `year_words`) as Odia does ("୨୦୧୯ ମସିହା ଅଗଷ୍ଟ ମାସ ୭ ତାରିଖ")
    year_words = joined.get("year_words", [])
    named = rf"(?:(?:{_words_alt(year_words)})\s+)?" if year_words else ""
    year = rf"(?:(?<![\d.,/:-])(?P<year>{YEAR})\s+{named})?"
    return [("month-day", rf"{year}{edge_before}{month}\s+(?:{joiners})\s+{day}")]


def _locale_formats(x: dict, months: tuple[str, str], year: str) -> list[tuple[str, str]]:
    """Dates in the order and with the words CLDR's formats write them in a language with no file
    (`datewords.locale_formats`): "2016. július 15-én", "2016 m. liepos 15 d.", "15 ביולי 2016"; a day also
    after the one-letter words a script glues with a hyphen ("מה-28 באוקטובר"). A month and year alone take a
    month's whole name or an abbreviation with its dot ("tháng 3 năm 2019", "2018. jan."; Catalan "des" without
    one is "since", not December: "des del 1977")."""
    clitics = "".join(x.get("proclitics", []))
    before = rf"(?:{WORD_START}[{clitics}]{{1,3}}[-\u05be]|{NO_WORD_BEFORE})" if clitics else NO_WORD_BEFORE
    if x.get("day_prefix"):  # the ordinal word glued before a day's figures: "ទី២២", the 22nd
        before = "(?:" + "".join(rf"(?<={re.escape(p)})|" for p in x["day_prefix"]) + before + ")"
    forms = []
    # a month and year alone end at the month's name, or, where the language glues case endings to it
    # (`ended_months`), at one: "2010 februárjában"
    ending = rf"(?:{LETTER}{{1,{MAX_DATED_MONTH_ENDING}}})?{WORD_END}" if x.get("ended_months") else WORD_END
    for template in x.get("locale_formats", []):
        # after its day too, the month may bear a case ending: "2008 жылдың 26 қарашасында"
        month = months[0] + (ending if x.get("ended_months") else "") if "DAY" in template else months[1] + ending
        pattern = template.replace("DAY", before + FORMAT_DAY).replace("MONTH", month).replace("YEAR", year)
        forms.append(("day-month", rf"(?<![\d.,/:-]){pattern}(?!\d)"))
        if template.startswith("MONTH") and "DAY" in template:  # its year before a date written month first
            # ("୨୦୦୭ ଜୁଲାଇ ୨୫": 25 July 2007), where the format closes with it ("MMMM d, y")
            opened = re.sub(r"\(\?:[^()]*YEAR\)\?$", "", template)
            if "YEAR" not in opened:
                pattern = opened.replace("DAY", before + FORMAT_DAY).replace("MONTH", month)
                forms.append(("day-month", rf"(?<![\d.,/:-]){year}[^\S\n]+{pattern}(?!\d)"))
        if "DAY\\-?MONTH" in template:  # the format's hyphen between day and month, as Kyrgyz and Uzbek write it
            forms += _hyphened_day_month(x, template, (before, month, year))
    return forms


def _hyphened_day_month(x: dict, template: str, fields: tuple[str, str, str]) -> list[tuple[str, str]]:
    """A format's day hyphened to its month ("d-MMMM"), also as two days joined by the hyphen ("14-17-сентябрь",
    "13-14-июнь"), and before a month's stem with a case ending in place of its last letters, as `_stem_day_month`
    reads after a space ("24-февралында", "14-17-сентябрында")."""
    before, month, year = fields
    days = r"(?P<day>[0-3]?\d)[-–](?P<day2>[0-3]?\d)(?!\d)"
    months = [month]
    if x.get("month_stems"):
        months.append(rf"(?P<month>{_alt(list(x['month_stems']))}){LETTER}{{1,{MAX_STEM_ENDING + 1}}}{WORD_END}")
    forms = []
    for day, name in ((d, m) for d in (days, FORMAT_DAY) for m in months):
        if (day, name) != (FORMAT_DAY, month):  # the format's own, read already
            pattern = template.replace("DAY", before + day).replace("MONTH", name).replace("YEAR", year)
            forms.append(("day-month", rf"(?<![\d.,/:-]){pattern}(?!\d)"))
    return forms


def _figures_after_cues(x: dict, order: str, edge_before: str) -> list[tuple[str, str]]:
    """A day and month in figures without a year, in a language with no file: after CLDR's words for a day or a
    part of one and its phrases for yesterday, today and tomorrow (`datewords._day_cues`: "ngày 13/3", "sáng 10.3",
    "hôm qua (13/03)"), and in parentheses, dotted as CLDR's short format writes a day and month ("(14.8.)"). The
    month is a month's number; no third number follows ("ngày 16/4/2014" is a whole date, "sáng 10.30" a time)."""
    day, month = r"[0-3]?\d", r"(?:1[0-2]|0?[1-9])"
    first, second = (month, day) if order.startswith("M") else (day, month)
    figures = rf"(?P<a>{first})[/.](?P<b>{second})(?!\d|[/.,]\d)"
    forms = []
    if x.get("day_cues"):  # and a part of this day ("sáng nay 12/5", this morning, the 12th of May): that day's
        # date beside a phrase naming a day (yesterday, today, this morning) is closed by a bracket, a comma or the
        # clause's end ("sáng nay 12/5, …"); before a noun the figures are a fraction ("sáng nay 2/3 số hộ")
        phrases = {*x.get("day_phrases", []), *x.get("this_day_parts", [])}
        words_ = [c for c in x["day_cues"] if c not in phrases]
        closed = r"(?:\)|(?=[^\S\n]*(?:[,;:.)\]\n–—-]|$)))"
        for cues, after in ((words_, r"\)?"), (sorted(phrases), closed)):
            if cues:
                forms.append(("weekday-numeric", rf"{edge_before}(?:{_words_alt(cues)})(?:\s+|\s*\()(?-i:{figures}){after}"))
        # after a word for a day alone, a hyphen may join the figures too, as Vietnamese papers write a day ("ngày
        # 24-12", on 24 December), where the clause ends with them: before a month's word they are a range of days
        # ("ngày 10-11 tháng 5"), before a third number a whole date; only in a language whose data file says its
        # papers write it (`hyphened_day_month`: the words before the day's word that make it a count or "each",
        # "hai ngày 10-11", over two days, "mỗi ngày 2-3", two or three a day; a figure before it counts too)
        hyphened = rf"(?P<a>{first})-(?P<b>{second})(?!\d|[-/.,]\d)"
        units = [c for c in words_ if c in x.get("day_units", [])]
        if units and not order.startswith("M") and "hyphened_day_month" in x:
            ends = r"(?=[^\S\n]*(?:[,;:.)\]\n]|$))"
            counts = "".join(rf"(?<!(?<!\w){re.escape(c)}\s)" for c in x["hyphened_day_month"] or []) + r"(?<!\d\s)"
            forms.append(("weekday-numeric", rf"{edge_before}{counts}(?:{_words_alt(units)})\s+(?-i:{hyphened}){ends}"))
    if x.get("dotted_day_month"):
        forms.append(("weekday-numeric", rf"(?<=\s)\((?P<a>{day})\.\s?(?P<b>{month})\.\)"))
    return forms


# a time of day after a date, with a short word between or none: "26/07 à 23:27", "15/7, às 12h", "05/06 10:05"
TIME_AFTER = r"(?=,?\s+(?:[^\W\d_]{1,3}\s+){0,2}[0-2]?\d(?::[0-5]\d|h(?:[0-5]\d)?)(?![\w:]))"


def _slashed_day_month(language: str, order: str, edge_before: str, cued: bool) -> list[tuple[str, str]]:
    """A day and month in figures with a slash and no year, in any language: before a time of day, as live pages
    and fixtures stamp their entries ("26/07 à 23:27", "15/7, às 12h"), or after CLDR's word for one day ("no dia
    24/10"), where languages without a data file have their day cues already. A fraction or a score has neither."""
    day, month = r"[0-3]?\d", r"(?:1[0-2]|0?[1-9])"
    first, second = (month, day) if order.startswith("M") else (day, month)
    figures = rf"(?<![\d.,/:-])(?P<a>{first})/(?P<b>{second})(?!\d|[/.,]\d)"
    forms = [("weekday-numeric", figures + TIME_AFTER)]
    if not order.startswith("M"):  # a range of days hyphened before the slash and its month, day first: "21-27/8"
        # (the 21st to the 27th of August), as a fraction or a score is never written; the first day before the last;
        # not before another hyphen and figure, as sets' scores are written ("3-6/7-5/6-4")
        days = rf"(?<![\d.,/:-])(?P<a>{day})[-–](?P<day2>{day})/(?P<b>{month})(?:/(?P<year>{YEAR}))?(?!\d|[/.,\-–]\d)"
        forms.append(("days-numeric", days))
    if not cued and (day_words := day_unit_words(language)):
        after_word = "|".join(rf"(?<=\b{re.escape(word)}\s)" for word in day_words)  # the figures alone are the date
        forms.append(("weekday-numeric", rf"(?:{after_word}){figures}"))
    return forms


def _slashed_month_name(wide: str) -> list[tuple[str, str]]:
    """A day, the month's name and the year set apart by slashes, as Iraqi courts and ministries date their letters
    ("بتاريخ 24/تشرين الثاني/2017"); the first day of a range may open it, its slash kept before the dash ("للفترة من
    14/ – 23/تشرين الثاني/2017"). The name between two slashes says the figures are a day and a year."""
    day, last = r"(?<![\d.,/:-])(?P<day>[0-3]?\d)", r"(?:\s*/\s*[-–]\s*(?P<day2>[0-3]?\d))?"
    return [("day-month", rf"{day}{last}\s*/\s*(?P<month>{wide})\s*/\s*(?P<year>{YEAR})(?!\d)")]


HYPHEN_ENDING = re.compile(rf"-{LETTER}{{1,3}}{WORD_END}")
# a case ending glued to a year where CLDR's format glues one (`year_glued`): lower case, up to four letters
GLUED_YEAR_ENDING = re.compile(rf"(?-i:[^\W\d_A-Z]{{1,4}}){WORD_END}")
MAX_STEM_ENDING = 3  # "novemb|ra", "jūnij|ā": a case ending in place of a name's last letters
MIN_LONG_STEM = 6  # "феврал|ендә", "novemb|rom": a stem no other word opens, which takes a longer ending
MAX_SHORT_STEM_ENDING = 2  # after a stem of four letters: "mart|ie", not "mart|ori"
MAX_MONTH_ENDING = 4  # "január|jában", "heinäkuu|sta"
SHORT_MONTH_ENDING = 2  # after a name shorter than the ended months' least: "mart|da", not "jun|gle"
MAX_DATED_MONTH_ENDING = 5  # beside its date's year, a month's longer ending: "2010 február|jában"


def _ending_letters(most: int) -> str:
    """A case ending of one to `most` letters glued to a month's name, each letter with the signs written on it, and
    the vowel sign the name's last letter takes before it: an abugida's ending is counted in letters, not in its vowel
    signs and viramas ("ऑगस्ट|पर्यंत", until August, and "आगस्ट|े", in August: four letters and none). Not after a
    visarga typed for a dateline's colon ("4 मार्चः" glued to the text)."""
    return rf"(?![{VISARGAS}])[{WORD_MARKS}]*(?:[^\W\d_][{WORD_MARKS}]*){{1,{most}}}"


def _word_forms(x: dict, edge_before: str, edge_after: str) -> list[tuple[str, str]]:
    """Forms a language's words alone make a date of: a month in its date-only case, a year in words."""
    forms = []
    if x.get("genitive_months"):  # a month's name in the case only a date gives it is a month, also alone: "ze začátku prosince"
        genitive = rf"(?-i:(?P<month5>{_alt(x['genitive_months'])})){edge_after}(?![\s.]*\d)"
        forms.append(("month", rf"{edge_before}{genitive}"))
    if x.get("genitive_stems"):  # a month's genitive stem with another case's vowel ending: "v marci", "w marcu"
        stems, vowels = _alt(list(x["genitive_stems"])), "".join(sorted(VOWEL_LETTERS))
        forms.append(("month", rf"{edge_before}(?-i:(?P<month9>(?:{stems})[{vowels}]{{1,2}})){edge_after}(?![\s.]*\d)"))
    if x.get("named_months"):  # the word for "month" and a month's name: "เดือนเมษายน", the month of April
        forms.append(("month", rf"{edge_before}(?P<month6>{_alt(x['named_months'])}){edge_after}(?![\s.]*\d)"))
    if x.get("ended_months"):  # a month's name with a case ending glued to it: "januárban", "syyskuussa"
        lower, capital = _alt(x["ended_months"]), _alt([n.capitalize() for n in x["ended_months"]])
        ending = rf"{_ending_letters(MAX_MONTH_ENDING)}{edge_after}(?![\s.]*\d)"
        # capitalised only opening the sentence: inside it, a name ("Augustin")
        forms.append(("month", rf"{edge_before}(?-i:(?P<month7>{lower}){ending}|^(?P<month8>{capital}){ending})"))
    if x.get("spelled_years"):  # a year in words after its cue: "عام ألفين وخمسة عشر"
        cue = _words_alt([c for c in x.get("year_before", []) if c[:1].isalpha()])
        prefix = re.escape(_common_start(list(x["spelled_years"])))  # "ألف": the long alternation is tried only then
        spelled_year = rf"(?=\s+{prefix})\s+(?P<yearword>{_alt(list(x['spelled_years']))}){edge_after}"
        forms.append(("spelled-year", rf"{edge_before}(?:{cue}){spelled_year}"))
    return forms


def _common_start(texts: list[str]) -> str:
    """What every text opens with: that of the first and the last in sorted order."""
    first, last = min(texts), max(texts)
    return first[: next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), len(first))]


# a day, month and year in figures set apart by slashes with a space beside the first slash ("17 / 9 /1433",
# "12 / 02 / 2023"); not after another slash's figure, as a chain of fractions or scores runs
SPACED_SLASHES_OPEN = r"(?<![\d.,/:-])(?<!/\s)"
SPACED_SLASH = r"(?:\s/\s?|/\s)"
SPACED_SLASH_AFTER = r"\s?/\s?"
SPACED_NUMERIC = rf"{SPACED_SLASHES_OPEN}(?P<a>[0-3]?\d){SPACED_SLASH}(?P<b>[0-3]?\d){SPACED_SLASH_AFTER}(?P<year>{YEAR})(?!\d)"


HOUR = r"(?:[01]?\d|2[0-3])(?:[:.hH][0-5]\d|[hH])?"  # an hour of the day: "18", "18h", "12H00", "18:00", "18.30"
MINUTE = r"[0-5]?\d"  # the minutes of an hour written in words: "00" in "до 00 часов 00 минут"


def _to_hour(x: dict) -> str:
    """The phrases that join a range's first date to the hour its last day closes at (`range_to_hour`: "até as
    {hour} de", "alle ore {hour} del", "до {hour}", "до {hour} часов {minute} минут"), as notices state a closure
    or a warning's span ("das 09H00 de 08/04/15 até as 12H00 de 09/04/15", "dalle ore 8 del 3 aprile alle ore 18
    del 15 aprile"): the two dates are one range. An alternative of the joiner's pattern, opening with its bar;
    none where the language lists none."""
    fill = {"{hour}": HOUR, "{minute}": MINUTE}
    phrases = [r"\s+".join(fill.get(w, re.escape(w)) for w in str(p).split()) for p in x.get("range_to_hour", [])]
    return "".join(f"|{p}" for p in sorted(phrases, key=len, reverse=True))


def _between_days(x: dict, joins: str, weekday_names: str) -> str:
    """What joins the two days of a range: a joiner of the language, then perhaps the second day's weekday
    ("sabato 7 e domenica 8 dicembre"); where no joiner is known, any one short word (`range_any_word`), read as a
    range only between days a week apart at most (`_absolute`)."""
    between = rf"\s*(?:{joins})\s*(?:(?:{weekday_names}),?\s+)?"
    return rf"(?:{between}|\s+(?P<loose>[^\W\d_]{{1,7}})\s+)" if x.get("range_any_word") else between


def _native_after(x: dict, day: str) -> re.Pattern[str] | None:
    """A Solar Hijri day after a space, any of its month's names: looked for only right after a Gregorian day."""
    if not x.get("persian_months"):
        return None
    every = _alt([n for names in x["persian_months"].values() for n in names])
    return re.compile(rf"\s+{day}\s*(?P<month>{every}){WORD_END}", re.I)


def _native_before(x: dict) -> re.Pattern[str] | None:
    """A Solar Hijri day, any of its month's names, then a comma or a slash: looked for only right before a
    Gregorian day ("۱۵ میزان، ۷ اکتبر", "۲۳ میزان/۱۵ اکتبر")."""
    if not x.get("persian_months"):
        return None
    every = _alt([n for names in x["persian_months"].values() for n in names])
    return re.compile(rf"(?<![\d{WORD_MARKS}\w])(?P<day>[0-3]?\d)\s*(?P<month>{every}){WORD_END}\s*[،,/]\s*$", re.I)


def _calendar_forms(x: dict, suffix: str, day_month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """(form, pattern) of the dates of the language's other calendars: Hijri and Solar Hijri days and months with
    their year, years alone, Solar Hijri days without a year. Before their months a day may also be a plain number
    in words ("سی اردیبهشت")."""
    edge_before, edge_after = edges
    every_day_word = [*x.get("day_words", {}), *x.get("cardinal_day_words", {})]
    words = f"|{edge_before}(?P<dayword>{_alt(every_day_word)}){edge_after}" if every_day_word else ""
    day = rf"(?:{NO_WORD_BEFORE}(?P<day>[0-3]?\d)(?!\d|[.,:]\d){suffix}{words})"
    forms = []
    for form, table, marker in (("hijri", "hijri_months", "hijri_marker"), ("persian", "persian_months", "persian_marker")):
        if x.get(table):
            names = _alt([n for names in x[table].values() for n in names])
            # its day may be glued to the month's name, as scraped text has it ("18دی 1398")
            forms.append(
                (
                    form,
                    rf"(?:{day}{day_month}\s*)?(?P<month>{names})(?:[\s\u200c]*ماه)?(?:\s+سال)?\s+(?P<year>{OTHER_YEAR})(?!\d)"
                    rf"(?:\s*{_words_alt(x.get(marker, []))}{edge_after})?",
                )
            )
            if form == "persian":  # year first, as Iranian sites stamp their pages: "۱۳۹۹ مرداد ۳۰"
                first = rf"(?<![\d.,/:-])(?P<year>{OTHER_YEAR})\s+(?P<month>{names})\s+(?P<day>[0-3]?\d)(?![\d.,:/]\d|\d)"
                forms.append((form, first))
                # month, day and a comma before the year, as a site's software writes an English stamp ("ثور 01, 1404")
                month_first = rf"{edge_before}(?P<month>{names})\s+(?P<day>[0-3]?\d)\s*[,،]\s*(?P<year>{OTHER_YEAR})"
                month_first += r"(?![\d.,:/]\d|\d)"
                forms.append((form, month_first))
                # day, month's name and year set apart by slashes, as Afghan ministries stamp their statements
                # ("۰۴ /جوزا /۱۴۰۳")
                slashed = rf"(?<![\d.,/:-])(?P<day>[0-3]?\d)\s*/\s*(?P<month>{names})\s*/\s*(?P<year>{OTHER_YEAR})"
                slashed += r"(?![\d.,:/]\d|\d)"
                forms.append((form, slashed))
            if form == "hijri" and x.get(marker):  # in figures, only with the word for the era after them
                forms += _hijri_figures(_words_alt(x[marker]), edge_after)
            if form == "hijri":  # its day without the year: kept only beside the Gregorian day it is
                forms.append((form, rf"{day}{day_month}\s*(?P<month>{names}){edge_after}"))
            # the equivalent in parentheses of a Gregorian day, its spaces lost: "۱۲ دسامبر(21قوس1397)"
            forms.append((form, rf"(?<=\()(?P<day>[0-3]?\d)(?P<month>{names})(?P<year>{OTHER_YEAR})(?=\))"))
    if x.get("own_calendar"):  # in figures, year first, as Iranian sites stamp their pages: "1401/11/17"
        numeric = rf"(?<![\d.,/:-])(?P<year>{OTHER_YEAR})(?P<sep>[/.-])(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d|\.\d)"
        forms.append((x["own_calendar"], numeric))
        # day first, as Iranian notices date their deadlines ("مورخ 21/02/1400"), its year one of the calendar's
        # modern use (SOLAR_HIJRI_MODERN): "29/05/1453" is the Gregorian year the text speaks of, not 2074
        day_first = rf"(?<![\d.,/:-])(?P<day>[0-3]?\d)(?P<sep>[/.-])(?P<mnum>[01]?\d)(?P=sep)(?P<year>{SOLAR_HIJRI_MODERN})"
        day_first += r"(?!\d|[.,/:-]\d)"
        forms.append((x["own_calendar"], day_first))
    rng = rf"(?:\s*(?:{_words_alt(x.get('range', []))})\s*(?P<day2>[0-3]?\d)(?!\d|[.,:]\d))?"  # "۸ و ۹ ثور"
    forms += _other_years(x, edge_after) + _persian_yearless_forms(x, day, rng, day_month, edges) + _bikram_forms(x, day, edges)
    return forms + _ethiopic_forms(x) + _minguo_forms(x)


def _hijri_figures(marker: str, edge_after: str) -> list[tuple[str, str]]:
    """A Hijri day in figures, year first or last, as Saudi bodies date their decisions and warnings ("بتاريخ
    19/7/1440هـ", "يوم الاربعاء ١٤٤٣/٣/٢١هـ", also with spaces beside the slashes: "17 / 9 /1433هـ"): the era's word
    after it says the calendar, without it such figures are another calendar's or a reference number's."""
    era = rf"(?=\s*(?:{marker}){edge_after})"
    sep, month, day = r"(?P<sep>[/.-])", r"(?P<mnum>[01]?\d)", r"(?P<day>[0-3]?\d)"
    first = rf"(?<![\d.,/:-])(?P<year>{OTHER_YEAR}){sep}{month}(?P=sep){day}(?!\d){era}"
    last = rf"(?<![\d.,/:-]){day}{sep}{month}(?P=sep)(?P<year>{OTHER_YEAR})(?!\d){era}"
    spaced = rf"{SPACED_SLASHES_OPEN}{day}{SPACED_SLASH}{month}{SPACED_SLASH_AFTER}(?P<year>{OTHER_YEAR})(?!\d){era}"
    return [("hijri", first), ("hijri", last), ("hijri", spaced)]


MINGUO_ERA = 1911  # the Republic of China's years count from 1912: its year 111 is 2022


def _minguo_forms(x: dict) -> list[tuple[str, str]]:
    """A day of the Republic of China's calendar, as Taiwan's offices date their pages: its year of two or three
    figures after the era's name ("民國111年11月23日"), or in figures after a label for the date (`minguo_labels`:
    "日期:111-11-23"), where a year so short is no Gregorian one."""
    if not x.get("minguo_labels"):
        return []
    era = _words_alt(x.get("minguo_era", []))
    said = _words_alt(x["minguo_labels"])
    figures = r"(?P<roc>{})(?P<sep>[-/.])(?P<mnum>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?![\d.:/-]?\d)"
    worded = rf"(?:{era})\s*(?P<roc>\d{{2,3}})\s*年\s*(?P<mnum>[01]?\d)\s*月\s*(?P<day>[0-3]?\d)\s*[日號号]"
    # or a year of three figures alone in the text with its month and day, a time at most after them: what a
    # header's line leaves when its label is read apart (`published`). Figures that open a sentence
    # ("112-03-05號文物", "98.10.1我们") are no such stamp, nor two figures alone ("98.10.1" may be 1998's)
    three, two_or_three = figures.format(r"1[0-2]\d"), figures.format(r"[89]\d|1[0-2]\d")
    # The same stamp in words, "113年06月21日", alone on its line: no Gregorian year of three figures dates a page
    stamp = MINGUO_DAY_WORDS
    clock = r"(?=(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$)"
    alone, alone_in_words = rf"^[:：]?\s*{three}{clock}", rf"^[:：]?\s*{stamp}{clock}"
    labelled = rf"(?:{said})\s*[:：]?\s*{two_or_three}"
    # in running text, a year of three figures before a month's figures and "月" ("，111年8月即公告"), standing after
    # punctuation, a space or a word of time ("於", "自"), not a Gregorian year nor an era's year ("公元113年", AD 113;
    # "前113年", 113 BC); after another word it may be a count of years and months ("徒刑共計112年8月", a sentence;
    # "通車120年8月", an anniversary), so there only with its day ("裁判日期109 年 01 月 07 日")
    # a space after a word is no edge ("刑期為 112年8月", "創校 100年5月"): Chinese writers may space figures off
    han, time = f"[{HAN_LETTERS}]", f"[{MINGUO_TIME_WORDS}]"
    worded_before = rf"(?<!{han})(?<!{han}\s)(?<!{han}\s\s)"
    edge = rf"(?<![\d./:-])(?<!\d,)(?:{worded_before}|(?<={time})|(?<={time}\s))"
    running = rf"{edge}{MINGUO_YEAR_MONTH}"
    after_word = rf"(?:(?<={han})|(?<={han}\s)|(?<={han}\s\s))(?<!{time})(?<!{time}\s)"
    dated = rf"{after_word}(?<!公元)(?<!西元)(?<!前){MINGUO_DAY_WORDS}"
    forms = [("minguo", labelled), ("minguo", alone), ("minguo", alone_in_words), ("minguo", worded)]
    return [*forms, ("minguo", running), ("minguo", dated)]


# between an Ethiopian day and its year: a comma (Ethiopic "፣" or Latin), a slash, or a short word ("ቀን", day)
ETHIOPIC_DAY_YEAR = r"(?:\s*[\u1200-\u137f]{1,3})?\s*[፣,/]?\s*"


def _ethiopic_forms(x: dict) -> list[tuple[str, str]]:
    """An Ethiopian day with its month and year, as Amharic pages date themselves: "ነሐሴ 7፣ 2016", "ሚያዚያ 3/2011",
    "ሐምሌ 19 ቀን 2016"; the month in any of its spellings, a preposition glued before it ("ከሐምሌ", from Hamle).
    Without its year no day: a year-less one moves between Gregorian days."""
    if not x.get("ethiopic_months"):
        return []
    patterns = {ethiopic_name_pattern(n) for ns in x["ethiopic_months"].values() for n in ns}
    names = "|".join(sorted(patterns, key=len, reverse=True))
    day = r"(?P<day>[0-3]?\d)(?![\d.,:]\d|\d)"
    year = rf"(?P<year>{ETHIOPIC_YEAR})(?![\d.,:/]\d|\d)"
    return [(ETHIOPIC, rf"(?P<month>{names})\s+{day}{ETHIOPIC_DAY_YEAR}{year}")]


# the word Nepali writes after the day of a Bikram Sambat month ("फागुन ४ गते", the 4th of Phalgun)
BIKRAM_DAY_WORD = r"(?:\s*गते)?"


def _bikram_forms(x: dict, day: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A Bikram Sambat day with its year or without, in the orders Nepali writes it: "७ बैशाख २०८१", "२०८१ बैशाख
    ७", "चैत १९", "४ फागुन"."""
    if not x.get("bikram_months"):
        return []
    edge_before, edge_after = edges
    names = _alt([n for names in x["bikram_months"].values() for n in names])
    year = rf"(?P<year>{BIKRAM_YEAR})(?![\d.,:/]\d|\d)"
    plain_day = r"(?<![\d.,/:-])(?P<day>[0-3]?\d)(?![\d.,:/]\d|\d)"
    return [
        (BIKRAM_SAMBAT, rf"{day}\s*(?P<month>{names}){edge_after}{BIKRAM_DAY_WORD}(?:\s*,?\s*{year})?"),
        (BIKRAM_SAMBAT, rf"(?<![\d.,/:-]){year}\s+(?P<month>{names})\s+{plain_day}{BIKRAM_DAY_WORD}"),
        (BIKRAM_SAMBAT, rf"{edge_before}(?P<month>{names})\s+{plain_day}{BIKRAM_DAY_WORD}(?:\s*,\s*{year})?"),
    ]


def _other_years(x: dict, edge_after: str) -> list[tuple[str, str]]:
    """A year of another calendar alone, with the word that says which ("1445 هـ", "۱۴۰۳ خورشیدی"), or after a word
    of `year_before` where it is the language's own calendar ("سال ۱۴۰۳": `own_calendar`)."""
    forms = []
    for form, marker in (("hijri-year", "hijri_marker"), ("persian-year", "persian_marker")):
        cue = f"{WORD_START}(?:{_words_alt(x.get('year_before', []))})\\s+" if x.get("own_calendar") == form[:-5] else "(?!)"
        if x.get(marker):
            said = rf"\s*(?:{_words_alt(x[marker])}){edge_after}"
            year = rf"(?<![\d.,/:-])(?P<year>{OTHER_YEAR})(?!\d){said}"
            forms.append((form, rf"(?:{year}|{cue}(?P<year2>{OTHER_YEAR})(?![\d%]|[.,/]\d)(?:{said})?)"))
    if x.get("buddhist_marker"):  # a year of the Buddhist era after its abbreviation: Lao "ພ.ສ 2568" (2025)
        said = _words_alt(x["buddhist_marker"])
        forms.append(("buddhist-year", rf"(?<![^\W\d_])(?:{said})\.?\s*(?P<year>{BUDDHIST_YEAR})(?!\d)"))
    return forms


def _short_solar_year(x: dict, edge_after: str) -> str:
    """A Solar Hijri year in two figures, as Iranian texts shorten it ("۲۶ فروردین ۹۸"), before punctuation or a
    function word: not a count ("۲۶ فروردین ۹۸ نفر")."""
    return rf"(?P<solar_yy>\d\d)(?=\s*(?:[.,،:;)]|$|(?:{_words_alt(x.get('function_words', []))}){edge_after}))"


def _persian_yearless_forms(x: dict, day: str, rng: str, day_month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A Solar Hijri day whose year is not stated, or days of one month (`rng`): "۴ مرداد", "چهارم مردادماه جاری",
    "۸ و ۹ ثور"."""
    if not x.get("persian_months"):
        return []
    edge_before, edge_after = edges
    every = [n for names in x["persian_months"].values() for n in names]
    plain = [n for n in every if n not in x.get("persian_ambiguous", [])]  # "تیر" is also a shot: it needs "ماه"
    current = _words_alt(x.get("persian_current", []))
    short_year = rf"(?:\s+{_short_solar_year(x, edge_after)})?"
    # a month with its year in two figures ("مهر ماه 95"); "تیر" (a shot) only before "ماه"
    month = rf"(?:(?P<month>{_alt(plain)})(?:[\s\u200c]*ماه)?|(?P<month2>{_alt(every)})[\s\u200c]*ماه){edge_after}"
    forms = [
        ("persian", rf"{edge_before}{month}\s+{_short_solar_year(x, edge_after)}"),
        (
            "persian",
            rf"{day}{rng}{day_month}\s*(?:(?P<month>{_alt(plain)})(?:[\s\u200c]*ماه)?"
            rf"|(?P<month2>{_alt(every)})[\s\u200c]*ماه){edge_after}(?:\s+{current}{edge_after}|{short_year})",
        ),
    ]
    # after a day's ordinal in words, any name is the month's: "هشتم تیر" (a shot would be "هشتمین تیر")
    if x.get("day_words"):
        ordinal = rf"{edge_before}(?P<dayword>{_alt(list(x['day_words']))})"
        forms.append(("persian", rf"{ordinal}\s+(?P<month>{_alt(every)}){edge_after}(?:\s+{current}{edge_after})?"))
    # after the word for "day" ("صبح روز ۱۵ میزان", the morning of the day 15 Mizan), any name is the month's
    for cue in x.get("persian_day_before", []):
        forms.append(("persian", rf"(?<={re.escape(fold(cue))}\s){day}{day_month}\s*(?P<month>{_alt(every)}){edge_after}"))
    # alone in parentheses, after the Gregorian day it is ("۱۵ جنوری (۲۵ جدی)"), any name is the month's
    forms.append(("persian", rf"(?<=\()\s*{day}{day_month}\s*(?P<month>{_alt(every)})(?=\s*\))"))
    # or after a slash that follows the Gregorian date ("۳۰ ژوئن / ۱۰ تیر")
    ends = (r"[^\W\d_]", r"\d\d\d\d")  # the month's name or a year: not "بند ۳/ ۴ تیر" (clause 3/4, a shot)
    after_date = "|".join(f"(?<={end}{slash})" for end in ends for slash in (r"\s/\s", r"/\s", r"\s/", "/"))
    forms.append(("persian", rf"(?:{after_date}){day}{day_month}\s*(?P<month>{_alt(every)}){edge_after}"))
    if x.get("month_day"):  # the month first, then its day with an ordinal's ending or in words, as `month_day`
        # writes a Gregorian one: "لړم ۱۶مه" (16 Aqrab), "د میزان د شپږمې نېټې" (of the sixth of Mizan)
        joined = x["month_day"]
        joiners = _words_alt(joined.get("joiners", []))
        ordinal = rf"(?P<day>[0-3]?\d)(?!\d)(?:{_words_alt(joined.get('endings', []))}){WORD_END}"
        worded = rf"|(?P<dayword>{_alt(list(x['day_words']))}){WORD_END}" if x.get("day_words") else ""
        forms.append(("persian", rf"{edge_before}(?P<month>{_alt(every)})\s*(?:(?:{joiners})\s+)?(?:{ordinal}{worded})"))
    if x.get("month_genitive"):  # the month, then its day, after the genitive: "د سنبلې ۱", the first of Sonbola
        genitive = re.escape(x["month_genitive"])
        forms.append(("persian", rf"{edge_before}{genitive}\s+(?P<month>{_alt(every)})\s+(?P<day>[0-3]?\d)(?!\d|[.,:/]\d)"))
        # or the day first, then the genitive and its month: "۱۶ د غویی", the 16th of Ghwayay; only before a stop,
        # a year or a word for the day, since Pashto's names are also nouns ("۲۰ د کب ونیول", caught 20 of the fish)
        # (not before a comma or a bracket: "۳ د عقرب، ۲ د مار", "۱۵ د سرطان (کینسر)" count scorpions and patients)
        closed = r"(?=\s*(?:[/.؛:«»]|$|\d|(?:نېټ|نیټ|کال|لمریز|په ورځ)))"
        forms.append(("persian", rf"{day}\s+{genitive}\s+(?P<month>{_alt(every)}){edge_after}{closed}"))
        # or set off by commas on both sides, as an apposition after a weekday ("د سهشنبې، ۱۶ د غویی، وکړه")
        forms.append(("persian", rf"(?<=[،,]\s){day}\s+{genitive}\s+(?P<month>{_alt(every)}){edge_after}(?=\s*[،,])"))
    return forms


def _case_ended(w: Words, bare: str, edge_after: str) -> str:
    """A month's name with a case ending glued to it (`month_endings`): "kasımda", "Ekim'de". A month that is also
    a common noun (`noun_months`: "aralıkta" is "in the gap") only as a name, with the apostrophe of a name."""
    endings = w.extra.get("month_endings")
    if not endings:
        return ""
    nouns = {key(n) for n in w.extra.get("noun_months", [])}
    plain = _alt([n for n in w.full_months if key(n) not in nouns])
    alone = r"(?<!\d\s)(?<!\d)"  # after a day it is that day's month: "4 Mayıs'ta"
    return rf"|{alone}(?:(?P<month3>{plain})(?:{endings})|(?P<month4>{bare})['’](?:{endings})){edge_after}"


def _year_to(language: str, x: dict) -> re.Pattern[str]:
    """What joins a year to the last of its range: a dash, and in CJK, which glues the word for year to it, that
    word and a range joiner that means no "and" ("1996年至2001年")."""
    if not cjk(language):
        return YEAR_RANGE
    joins = _words_alt([j for j in x.get("range", []) if j not in x.get("range_and", [])])
    return re.compile(rf"(?:{_words_alt(x.get('year_after', []))})?\s*(?:{joins})\s*(?P<year>{YEAR})(?![\d%])")


def _relative_patterns(
    w: Words, months: str, weekdays: tuple[str, str], edges: tuple[str, str]
) -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) of the dates a language states relative to another: the data file's patterns (with
    {month}, {weekday} and {short_weekday}, a weekday's short name that is also another word), parts of a day
    ("tonight"), then its words ("hier", "вчера")."""
    before, after = edges
    if w.extra.get("distal_after"):  # "ce soir-là", "cette nuit là": that evening, of the days the text tells
        after += rf"(?![\s-]*(?:{_words_alt(w.extra['distal_after'])})(?![\w-]))"  # not "là-bas"
    relative = []
    for entry in w.extra.get("relative", []):
        pattern = _numbered(_numbered(entry["pattern"], "month", months), "weekday", weekdays[0])
        pattern = _numbered(pattern, "short_weekday", weekdays[1])
        pattern = pattern.replace("{day}", r"(?P<day>[0-3]?\d)").replace("{day2}", r"(?P<day2>[0-3]?\d)")
        pattern = pattern.replace("{dayword}", rf"(?P<dayword>{_words_alt(list(w.extra.get('day_words', {})))})")
        relative.append((entry["kind"], re.compile(f"{before}(?:{pattern}){after}", re.I)))
    for day_part, kind in w.day_parts:  # "tonight", "esta madrugada" (dateparser), before the data file's words
        relative.append((kind, re.compile(f"{before}(?:{day_part}){after}", re.I)))
    by_kind: dict[str, list[str]] = {}
    for phrase, (unit, offset) in w.relative.items():
        by_kind.setdefault(f"{unit}{offset:+d}", []).append(phrase)
    periods = set(w.extra.get("day_period_words", []))
    # a word for "tomorrow" or "today" that is also a part of the day's name, after an article or the word CLDR
    # writes before that part ("durante a mañá", "ás 10 da mañá": the morning), is that part of a day
    guard = "".join(rf"(?<!\s{re.escape(p)}\s)(?<!^{re.escape(p)}\s)" for p in w.extra.get("day_period_before", []))
    guard += r"(?<!\s[^\W\d_]\s)(?<!^[^\W\d_]\s)"
    # a relative word that, before a word its language glues to it, names a thing of its month, no date
    # (`relative_not_before`: Korean "이달의 선수", the player of the month, "이달의 소녀", a group's name)
    named = {p.lower(): ws for p, ws in (w.extra.get("relative_not_before") or {}).items()}
    # a relative word as the last word of a set phrase that names no day (`relative_not_in`: Hebrew "כתמול שלשום",
    # as before, as usual; "לא מאתמול ולא משלשום", not new): that phrase's words before it, then its form in it,
    # also joined by a hyphen or Hebrew's maqaf ("כתמול-שלשום", "כתמול־שלשום"), as the phrase is often written
    not_in = _not_in_idioms(w)
    for kind, phrases in sorted(by_kind.items()):
        for p in [p for p in phrases if p.lower() in named]:
            not_named = rf"(?!{re.escape(p)}(?:{_words_alt(named[p.lower()])}))"
            relative.append((kind, re.compile(f"{before}{not_named}{_inflected([p], w.extra)}{after}", re.I)))
        phrases = [p for p in phrases if p.lower() not in named]
        plain = [p for p in phrases if p.lower() not in periods]
        if plain:
            relative.append((kind, re.compile(f"{not_in}{before}{_inflected(plain, w.extra)}{after}", re.I)))
        if len(plain) < len(phrases):
            parts = [p for p in phrases if p.lower() in periods]
            relative.append((kind, re.compile(f"{not_in}{guard}{before}{_inflected(parts, w.extra)}{after}", re.I)))
    return relative


def _not_in_idioms(w: Words) -> str:
    """Lookaheads that keep a relative phrase out of the set phrases that name no day (`relative_not_in`); the
    phrase may be of more words, or stand first ("mỗi tối qua", every evening via; "đêm qua đêm", night after
    night): the words before it are looked behind for, those after it ahead."""
    joint = r"[\s\-\u05be]"
    not_in = ""
    for idiom in w.extra.get("relative_not_in") or []:
        for a, p, b in _idiom_parts(idiom, w.relative):
            behind = rf"(?<={re.escape(a)}{joint})" if a else ""
            ahead = rf"{joint}{re.escape(b)}(?!\w)" if b else r"(?!\w)"
            not_in += rf"(?!{behind}{re.escape(p)}{ahead})"
    return not_in


def _idiom_parts(idiom: str, relative: dict[str, tuple[str, int]]) -> list[tuple[str, str, str]]:
    """A set phrase that names no day (`relative_not_in`) cut around each relative phrase it holds as whole words:
    (the words before, the phrase, the words after); else around its last word ("כתמול שלשום")."""
    words = idiom.split()
    found = []
    for start in range(len(words)):
        for end in range(start + 1, len(words) + 1):
            if " ".join(words[start:end]).lower() in relative and (start or end < len(words)):
                found.append((" ".join(words[:start]), " ".join(words[start:end]), " ".join(words[end:])))
    return found or [(" ".join(words[:-1]), words[-1], "")]


def _inflected(phrases: list[str], x: dict) -> str:
    """An alternation of relative phrases in every form the language's data file gives their words
    (`inflections`: dateparser's "diesen monat" is also "in diesem Monat", "heute" also "die heutige Sitzung",
    "el año pasado" also "del año pasado"), with the clitics and case endings the language glues to them
    (`clitics`: "والأسبوع الماضي"; `relative_endings`: "geçen yılın", "bugünkü")."""
    forms = x.get("inflections") or {}
    glued = "".join(f"{_glued_word(p, x['relative_glued'])}|" for p in phrases if " " not in p) if x.get("relative_glued") else ""
    glued += _ended_words(phrases, x)
    endings = f"(?:{x['relative_endings']})?" if x.get("relative_endings") else ""
    clitics = f"(?:{_alt(x['clitics'])})?" if x.get("clitics") else ""  # Arabic "والأسبوع الماضي": "and last week"
    if not forms:
        return f"{clitics}(?:{glued}{_alt(phrases)}){endings}"
    spelled = {"[\\s\u200c]*".join(f"(?:{forms[w]})" if w in forms else re.escape(w) for w in p.split()) for p in phrases}
    return f"{clitics}(?:{glued}{'|'.join(sorted(spelled, key=len, reverse=True))}){endings}"


def _ended_words(phrases: list[str], x: dict) -> str:
    """The relative words that take a case or adjective ending (`ended_relative`: "šiandien|os", of today), each
    with one, as alternatives ending in "|"."""
    ended = set(x.get("ended_relative") or ())
    return "".join(rf"{re.escape(p)}[^\W\d_]{{1,{MAX_RELATIVE_ENDING}}}|" for p in phrases if p.lower() in ended)


MAX_RELATIVE_ENDING = 3  # as datewords.MAX_RELATIVE_ENDING: "денес|ка", "tegnap|i"


MAX_SWAPPED_ENDING = 2  # letters of an ending that takes the place of a relative word's final vowel sign
VIRAMA = 9  # the canonical combining class of a virama, which kills a vowel where a vowel sign writes one


def _glued_word(word: str, most: int) -> str:
    """A relative word of one word with up to `most` letters of the endings its script glues to it ("გუშინ|დელი"),
    its final vowel sign giving way to the ending's ("நேற்று", yesterday: "நேற்றைய", "நேற்றிரவு"); then a letter
    at least ("இன்றி" is "without", not "இன்று"). A virama gives way to nothing: "ഇന്ന്" (today) less it opens
    "ഇന്നലെ" (yesterday). Without its vowel sign the stem is a shorter word's start: an ending of one or two
    letters only ("இன்றியமையாத", indispensable, and "நாளடைவில்", gradually, are other words)."""
    unit = rf"[^\W\d_][{WORD_MARKS}]*"
    if unicodedata.category(word[-1]).startswith("M") and unicodedata.combining(word[-1]) != VIRAMA:
        stem, swapped = re.escape(word[:-1]), min(most, MAX_SWAPPED_ENDING)
        return rf"{stem}(?:{re.escape(word[-1])}(?:{unit}){{1,{most}}}|[{WORD_MARKS}]?(?:{unit}){{1,{swapped}}})"
    return rf"{re.escape(word)}(?:{unit}){{1,{most}}}"


ELIDED_OR_SPACE = r"(?:\s+|(?<=['’]))"  # after a count, a space, or none after its elided vowel: "trent'anni"


def _counted_patterns(
    counted: tuple[tuple[str, int, str], ...], count: str, edges: tuple[str, str], before_count: list[str]
) -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) of counted dates, the count matching `count`: "il y a 3 jours", "hace cuatro años"; with the
    words for "exactly" or "just" the language puts before the count (`anniversary: inside`: "há exatos dois anos";
    `count_adverbs`: "il y a à peine dix jours")."""
    by_count: dict[str, list[str]] = {}
    for unit, direction, pattern in counted:
        by_count.setdefault(f"{unit}{'-' if direction < 0 else '+'}#", []).append(pattern)
    exact = rf"(?:(?:{_alt(before_count)})\s+)?" if before_count else ""
    out = []
    for kind, patterns in sorted(by_count.items()):
        ordered = sorted(patterns, key=len, reverse=True)  # named count0, count1…: a group name may appear once
        # a count whose last vowel the language elides before the unit's takes no space: "trent'anni fa"
        spelled = []
        for i, p in enumerate(ordered):
            group = f"{exact}(?P<count{i}>{count})"
            spelled.append(f"(?:{p.replace(COUNT + ' ', group + ELIDED_OR_SPACE, 1).replace(COUNT, group, 1)})")
        body = "|".join(spelled)
        out.append((kind, re.compile(f"{edges[0]}(?:{body}){edges[1]}", re.I)))
    return out


def _numbered(pattern: str, name: str, alternation: str) -> str:
    """Each {name} in a pattern as its own group (name, name2, ...): a group name may appear once."""
    parts = pattern.split("{" + name + "}")
    out = parts[0]
    for i, part in enumerate(parts[1:], start=1):
        out += f"(?P<{name}{i if i > 1 else ''}>{alternation}){part}"
    return out


# What `find_dates` found in the texts of the source being read (`forget_found` empties it for each source): one
# source's header lines, title and sentences are read for dates by more than one stage, and the same text always
# holds the same dates (the grammar is fixed for a language; DateMention is frozen, each caller gets its own list).
_FOUND: dict[tuple[str, str], tuple[DateMention, ...]] = {}
FOUND_KEPT = 4096


def forget_found() -> None:
    """Forget the texts `find_dates` read: a new source's texts are read."""
    _FOUND.clear()


def find_dates(sentence: str, language: str) -> list[DateMention]:
    """Date expressions in one sentence, in order, without overlaps (the longest wins)."""
    found = _FOUND.get((sentence, language))
    if found is None:
        if len(_FOUND) >= FOUND_KEPT:
            _FOUND.clear()
        found = _FOUND[(sentence, language)] = tuple(_find_dates(sentence, language))
    return list(found)


def _read_as_written_otherwise(sentence: str, language: str) -> list[DateMention] | None:
    """The dates of a sentence read as the language's words are written otherwise: without Arabic marks or a Latin
    letter's tone marks, with CLDR's spelling of a month's name; None if the sentence needs no such reading."""
    if not sentence.isascii() and ARABIC_MARKS.search(sentence):
        return _read_unmarked(sentence, language)
    if not sentence.isascii() and reads_toneless(language) and unaccented(sentence) != sentence:
        return _read_toneless(sentence, language)
    if (respelled := _respelled_months(sentence, language)) is not None:
        return _read_respelled(sentence, language, respelled)
    if TURKIC_CAPITALS.search(sentence) and writes_dotless_i(language):
        return _read_turkic_capitals(sentence, language)
    if TIBETAN_SPACED_FIGURE.search(sentence):
        return _read_unspaced_figures(sentence, language)
    if not sentence.isascii() and (own := own_letters(sentence)) != sentence:  # "çулта", Chuvash "ҫулта" (in the year)
        return _read_in_place(own, list(range(len(sentence))), sentence, language)
    return None


# A Tibetan text sets a space beside its figures, after the tsheg that closes a syllable and before the next
# syllable ("ཕྱི་ལོ་ ༢༠༢༡ ཟླ་ ༡༢ ཚེས་ ༢༠"), where CLDR's formats of Tibetan and Dzongkha write none ("y ལོའི་MMMཚེས་d",
# "སྤྱི་ལོ་y ཟླ་MMM ཚེས་dd"; the month "ཟླ་༡༢")
TIBETAN_SPACED_FIGURE = re.compile("(?<=\u0f0b) +(?=[\u0f20-\u0f29])|(?<=[\u0f20-\u0f29]) +(?=[\u0f40-\u0f6c])")


def _read_unspaced_figures(sentence: str, language: str) -> list[DateMention]:
    """The dates of a Tibetan-script sentence read without the spaces beside its figures; each keeps the sentence's
    own text, from the start of the syllable it opens in ("ཕྱི་ལོ་", the common era's year: CLDR writes "སྤྱི་ལོ་",
    whose letters a format reads one by one) to its last character."""
    spaced = _spaced_positions(sentence)
    kept = [at for at in range(len(sentence)) if at not in spaced]
    out = []
    for d in find_dates("".join(sentence[at] for at in kept), language):
        start, end = kept[d.start], kept[d.end - 1] + 1
        while start > 0 and sentence[start - 1] not in TIBETAN_SYLLABLE_END and not sentence[start - 1].isspace():
            start -= 1
        out.append(replace(d, start=start, end=end, text=sentence[start:end]))
    return out


TIBETAN_SYLLABLE_END = "\u0f0b\u0f0c\u0f0d\u0f0e"  # the tsheg that closes a syllable, the shad a clause


def _spaced_positions(sentence: str) -> set[int]:
    """The positions of the spaces beside the sentence's figures, found in one scan of it."""
    return {at for m in TIBETAN_SPACED_FIGURE.finditer(sentence) for at in range(m.start(), m.end())}


def _find_dates(sentence: str, language: str) -> list[DateMention]:
    if _writes_okina(language) and OKINA_TYPED.search(sentence):  # "‘Epeleli", "Tu’apulelulu": read with the ʻokina,
        # one character for one, each date keeping the sentence's own text; a whole run of marks at once, as the
        # ʻokina written is itself a letter (recursing once per mark overflowed the stack on long runs)
        typed = OKINA_TYPED.sub(lambda m: "ʻ" * len(m.group()), sentence)
        return [replace(d, text=sentence[d.start : d.end]) for d in _find_typed_dates(typed, language)]
    return _find_typed_dates(sentence, language)


def _find_typed_dates(sentence: str, language: str) -> list[DateMention]:
    if (read := _read_as_written_otherwise(sentence, language)) is not None:
        return read
    found = _found_dates(sentence, language)
    if language != "en" and "(@" in sentence:
        found = _with_tweet_dates(sentence, found)
    # not a stamp alone on its line ("December 05, 2021" under a byline), which the header's reading dates already
    if language != "en" and ENGLISH_WHOLE_DATE.search(sentence) and not ENGLISH_WHOLE_DATE.fullmatch(sentence.strip()):
        found = _with_english_dates(sentence, found, ENGLISH_WHOLE_DATE)
    return _consecutive_years(sentence, found, grammar(language).words)


LISTED_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
MIN_LISTED_YEARS = 3  # "2021 and 2022" is two years as the text states them; three in a row are a span


def _consecutive_years(sentence: str, found: list[DateMention], w: Words) -> list[DateMention]:
    """Three or more years listed one after the other, each the year after the one before, commas between them
    and the language's "and" before the last ("les années 2021, 2022, 2023, 2024 et 2025"): one span, from the
    first to the last, as a plan or a term states it, rather than the last two alone, which read as dates of
    their own. A list with a gap ("2000, 2001, 2002, 2009 and 2010") stays the years it lists, and a list none of
    whose numbers the grammar read as a year stays none."""
    joins = w.extra.get("range_and") or []
    if not joins or "," not in sentence:
        return found
    pattern = (
        rf"(?<![\d.,/-]){LISTED_YEAR}(?:\s*,\s*{LISTED_YEAR})+\s*,?\s+(?:{_words_alt(joins)})\s+{LISTED_YEAR}(?![\d.,/-]?\d)"
    )
    for m in re.finditer(pattern, ascii_digits(sentence), re.I):
        years = [int(y) for y in re.findall(r"\d{4}", m[0])]
        inside = [d for d in found if m.start() <= d.start and d.end <= m.end()]
        follow = all(b == a + 1 for a, b in itertools.pairwise(years))
        # some of them read as years already (not "sold 2021, 2022 and 2023 copies", counts), none with its month
        if len(years) < MIN_LISTED_YEARS or not follow or not inside or any(d.month or d.relative for d in inside):
            continue
        span = DateMention(m.start(), m.end(), sentence[m.start() : m.end()], years[0], last=(years[-1], None, None))
        overlaps = [d for d in found if d.start < m.end() and m.start() < d.end and d not in inside]
        if not overlaps:
            found = sorted([*(d for d in found if d not in inside), span], key=lambda d: d.start)
    return found


# an embedded post's closing line, which X (Twitter) writes in English in a page of any language: "— Name (@handle)
# October 26, 2022"
TWEET_SIGNATURE = re.compile(r"\(@\w{1,15}\)\s+(?P<date>[A-Z][a-z]{2,8} \d{1,2}, \d{4})(?!\d)")


# a whole date with an English month's full name, as a site's English template stamps a page of another language
# ("Palazzo Pubblico, 02 September 2023"): a day, the month and a year of four figures, or the month first
ENGLISH_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ENGLISH_WHOLE_DATE = re.compile(
    rf"(?<![\w.])(?P<date>\d{{1,2}} (?:{ENGLISH_MONTHS}) \d{{4}}|(?:{ENGLISH_MONTHS}) \d{{1,2}}, \d{{4}})(?!\w|[.,]\d)"
)


def _with_tweet_dates(sentence: str, found: list[DateMention]) -> list[DateMention]:
    """The dates found in a sentence of a language other than English, an embedded post's closing date read as
    English where one was found inside it (its year alone) or none."""
    return _with_english_dates(sentence, found, TWEET_SIGNATURE)


def _with_english_dates(sentence: str, found: list[DateMention], pattern: re.Pattern[str]) -> list[DateMention]:
    """The dates found in a sentence of a language other than English, each date of `pattern` read as English
    where the language read only part of it (its year alone) or none of it."""
    for m in pattern.finditer(sentence):
        start, end = m.span("date")
        if any(d.start < end and start < d.end and not (start <= d.start and d.end <= end) for d in found):
            continue  # a date of the sentence's own reaching into it
        read = [replace(d, start=d.start + start, end=d.end + start) for d in find_dates(m["date"], "en")]
        if read:  # "(@handle) Bravo 12, 2020" holds no English month: what the sentence's language read stays
            found = [d for d in found if not (start <= d.start and d.end <= end)] + read
    return sorted(found, key=lambda d: d.start)


OKINA_TYPED = re.compile(r"['‘’`]+(?=[^\W\d_])")  # a run of quotation marks or apostrophes before a letter


@cache
def _writes_okina(language: str) -> bool:
    """Whether the language's month or weekday names (CLDR's: Tongan "ʻEpeleli", "Tuʻapulelulu"; Hawaiian "ʻApelila")
    write the ʻokina (U+02BB), which pages type as a quotation mark or an apostrophe."""
    w = words(language)
    return any("ʻ" in name for name in (*w.months, *w.weekdays))


def _found_dates(sentence: str, language: str) -> list[DateMention]:
    text = sentence if sentence.isascii() else fold(ascii_digits(sentence))  # both change other letters only
    if cjk(language):
        text = ideographic_years(text)
    g, plan, lower = grammar(language), _plan(language), comparable(text)
    # prefilter.may_match inlined (a call per pattern and sentence cost more than the test): no text to filter by,
    # or no needs, and the pattern may match; else it needs one of its strings an ASCII text can hold, or any.
    # The text is searched once for every string the plan's patterns need (`held`): each pattern then asks the set
    side = 0 if lower is None or lower.isascii() else 1
    held = None if lower is None else held_in(plan.search[side], lower)
    found: list[DateMention] = []
    digits = ANY_DIGIT.search(text) is not None
    needs = plan.beside_count
    worded = (needs is None or held is None or not held.isdisjoint(needs[side])) and g.beside_count.search(text) is not None
    absolute, relative = _tried(plan, held, side, digits, worded)
    for form, pattern in absolute:
        found += filter(None, (_absolute(form, m, sentence, g.words) for m in pattern.finditer(text)))
    if digits:
        found += _bare_years(text, sentence, g)
        found = [d for d in found if not (_bare_year(d) and _named_year_of_two(text, d.start, g.words))]
    for kind, pattern in relative:
        found += filter(None, (_relative(kind, m, sentence, g.words) for m in pattern.finditer(text)))
    if spaceless(language):
        found = _on_word_edges(found, sentence)
    if "年" in text and (eras := era_year_pattern(language)):
        found = _with_era_years(found, text, sentence, language, eras)
    if not found:
        return []  # what follows only joins, drops or corrects the dates found (most sentences hold none)
    weekdays = sorted((d for d in found if d.relative == "weekday"), key=lambda d: d.start)
    starts = [d.start for d in weekdays]
    # a date inside a name is dropped before the longest are chosen: a bare year it held stays ("Rio de Janeiro
    # 2016"), not its other parts ("Movimento 23 de Março")
    named = [d for d in found if _in_name(d, text, language)]
    in_named, named_set = _overlaps_any(named), set(named)
    unnamed = [d for d in found if d not in named_set and (_bare_year(d) or not in_named(d))]
    chosen = [_with_weekday_words(c, weekdays, starts, sentence) for c in _longest_first(unnamed) if c.relative != "recurring"]
    chosen = _and_months(chosen, text, sentence, g)
    periods = _day_periods(language)
    found = _in_stated_month(_absorbed(sorted(chosen, key=lambda d: d.start), text, sentence, g.same_day, periods), text)
    found = _ended_days_of_stated_month(found, text, sentence, g.words)
    found = _two_weekdays(_listed_weekdays(_weekday_of_week(found, text, sentence, g), text), text, sentence, language)
    found = _year_in_parentheses(_and_year_named(_year_named_after(found, text, sentence), text, g), text, sentence)
    found = _bracketed_day_then_month(found, text, sentence, g.words)
    found = _eve_of_stated(found)
    found = _year_beside_relative(found, text, sentence)
    found = _year_after_day_word(_year_after_aside(_feast_beside_its_day(found, g.words), text), text, sentence, g.words)
    days = [_first_day_before(_day_before(d, text, sentence, g.words), text, sentence, g) for d in found]
    if days != found:  # a day read before a month named relative to now: its weekday beside it is that day too
        days = _absorbed(days, text, sentence, g.same_day, periods)  # ("в понедельник 30 декабря прошлого года")
    found = _lunar_as_stated(_hijri_as_stated(_persian_beside(days, text, sentence, g)), text, sentence, g.words)
    found = _lives(_ranges(_paired_gregorian(found), text, sentence, g), text, sentence)
    found = _of_every_year(found, text, g.words)
    return [_without_full_stop(d, sentence, g.words) for d in found]


# what may stand between months and the words for every year after them in one clause (month names, their
# joiners, "of": "يونيو/حزيران حتى أكتوبر/ تشرين الأول من كل عام"), and between the words and months after them
EVERY_YEAR_AFTER = re.compile(r"[^\d.;:!?()\[\]]{0,40}")
EVERY_YEAR_BEFORE = re.compile(r"[^\d.;:!?()\[\]]{0,12}")  # "jedes Jahr von Juni", "chaque année, de juin"


def _of_every_year(found: list[DateMention], text: str, w: Words) -> list[DateMention]:
    """Months without a day or year in the same clause as the words for every year (`every_year`:
    "from June to October of every year", "de juin à octobre chaque année", "jedes Jahr von Juni bis Oktober",
    "يونيو حتى أكتوبر من كل عام") name a time of each year, no dated event: they are dropped."""
    cue = w.extra.get("every_year")
    if not cue:
        return found
    phrase = re.compile(rf"{WORD_START}(?:{_words_alt(cue)}){WORD_END}", re.I)
    spans = [m.span() for m in phrase.finditer(text)]
    if not spans:
        return found

    def recurring(d: DateMention) -> bool:
        return any(
            (start >= d.end and EVERY_YEAR_AFTER.fullmatch(text, d.end, start))
            or (end <= d.start and EVERY_YEAR_BEFORE.fullmatch(text, end, d.start))
            for start, end in spans
        )

    out: list[DateMention] = []
    dropped: DateMention | None = None
    for d in found:  # a month joined to a month dropped before it is of every year too ("jedes Jahr von Juni bis Oktober")
        chained = dropped is not None and EVERY_YEAR_BEFORE.fullmatch(text, dropped.end, d.start) is not None
        if _yearless_month(d) and (chained or recurring(d)):
            dropped = d
            continue
        out.append(d)
    return out


def _yearless_month(d: DateMention) -> bool:
    return d.year is None and d.day is None and d.relative is None and d.month is not None


ERA_MONTH = re.compile(r"\s*(?P<month>[01]?\d)\s*月(?!\s*[0-3]?\d\s*[日号])")  # "9月" after "令和2年", no day


def _with_era_years(
    found: list[DateMention], text: str, sentence: str, language: str, eras: re.Pattern[str]
) -> list[DateMention]:
    """An era's year ("令和6年", `eras.era_year_pattern`) is a Gregorian year stated: the day and month read
    right after it take it ("令和6年3月8日"), else it is a month ("令和2年9月") or a year of its own. Each says
    its calendar, converted to the Gregorian one."""
    out = list(found)
    for m in eras.finditer(text):
        year, calendar = gregorian_year(language, m["era"], m["year"])
        out = [d for d in out if not (d.start < m.end() and m.start() < d.end)]
        after = next((d for d in out if d.start >= m.end() and not text[m.end() : d.start].strip()), None)
        if after is not None and after.year is None and after.month and after.relative is None:
            out[out.index(after)] = replace(
                after, start=m.start(), text=sentence[m.start() : after.end], year=year, calendar=calendar
            )
            continue
        month = ERA_MONTH.match(text, m.end())
        end = month.end() if month else m.end()
        out.append(
            DateMention(
                m.start(), end, sentence[m.start() : end], year, int(month["month"]) if month else None, calendar=calendar
            )
        )
    return sorted(out, key=lambda d: d.start)


LIFE_OPENS = re.compile(r"\(\s*(?:[^\W\d_]{1,3}\.?:?\s*)?$")  # "(", "( م: ", "(b. "
LIFE_DASH = re.compile(r"\s*[–—-]\s*")
LIFE_YEARS = 15  # a span of whole days longer than this, alone in parentheses, is a life or a reign


def _lives(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
    """Two whole dates many years apart joined by a dash, alone in parentheses ("(28 April 1937 – 30 December
    2006)"): a birth and a death, two days that happened, not a period something lasted."""
    out: list[DateMention] = []
    for d in found:
        last = d.last
        if not (last and last[0] and last[1] and last[2] and d.year and d.month and d.day and last[0] - d.year > LIFE_YEARS):
            out.append(d)
            continue
        dash = LIFE_DASH.search(text, d.start, d.end)
        inside = LIFE_OPENS.search(text, max(0, d.start - 8), d.start) and re.match(r"\s*\)", text[d.end : d.end + 3])
        if not (dash and inside):
            out.append(d)
            continue
        first, second = (d.start, dash.start()), (dash.end(), d.end)
        out.append(replace(d, end=first[1], text=sentence[first[0] : first[1]], last=None))
        out.append(
            replace(d, start=second[0], text=sentence[second[0] : second[1]], year=last[0], month=last[1], day=last[2], last=None)
        )
    return out


SPACELESS_LETTER = re.compile(rf"(?!\d)[{UNSPACED_SCRIPTS}]")  # a letter or mark, not a digit: "២០២០|នេះ" is an edge


def _on_word_edges(found: list[DateMention], sentence: str) -> list[DateMention]:
    """In a script that writes no spaces, the dates that start and end where ICU's dictionary puts a word's edge:
    "เมื่อเดือนเมษายน" holds April; a month's abbreviation inside another word is none."""
    edges = word_edges(sentence) if found else frozenset()

    def edge(at: int) -> bool:  # ICU's, or no letter of the script on one side: "ม.ค.|63", "(|8 ม.ค.", "ឆ្នាំ២០២០|នេះ"
        return at in edges or not (SPACELESS_LETTER.match(sentence, at - 1) and SPACELESS_LETTER.match(sentence, at))

    return [d for d in found if edge(d.start) and edge(d.end)]


def _with_weekday_words(chosen: DateMention, weekdays: list[DateMention], starts: list[int], sentence: str) -> DateMention:
    """A stated day with the words its weekday's other reading opened with: "nesta terça-feira (8/5)" is one date.
    `weekdays` are the weekday readings sorted by their `starts`; only those opening just before the day are looked
    at, so a sentence of thousands of dates stays linear."""
    if chosen.relative is not None or not weekdays:
        return chosen
    before = bisect.bisect_left(starts, chosen.start)
    near = weekdays[max(0, before - 8) : before]  # a weekday reading overlapping the day opens right before it
    weekday = next((d for d in near if d.start < chosen.start < d.end <= chosen.end), None)
    return replace(chosen, start=weekday.start, text=sentence[weekday.start : chosen.end]) if weekday else chosen


def _without_full_stop(d: DateMention, sentence: str, w: Words) -> DateMention:
    """The full stop ending the sentence after a month's whole name is no abbreviation's dot ("26 серпня.")."""
    name = re.search(r"([^\W\d_]+)\.$", d.text)
    if not name or sentence[d.end :].strip() or key(name[1]) not in w.full_months:
        return d
    return replace(d, end=d.end - 1, text=d.text[:-1])


def _read_unmarked(sentence: str, language: str) -> list[DateMention]:
    """The dates of a sentence written with Arabic-script vowel marks or tatweel ("بعد غدٍ الاثنين"), read
    without them; each keeps the sentence's own text, marks included."""
    found = find_dates(ARABIC_MARKS.sub("", sentence), language)
    removed = [m.start() for m in ARABIC_MARKS.finditer(sentence)] if found else []

    def original(offset: int) -> int:  # the sentence's offset of the unmarked text's character at `offset`
        for mark in removed:
            offset += mark <= offset
        return offset

    out = []
    for d in found:
        start, end = original(d.start), original(d.end - 1) + 1
        while end < len(sentence) and ARABIC_MARKS.match(sentence[end]):
            end += 1
        out.append(replace(d, start=start, end=end, text=sentence[start:end]))
    return out


def _read_toneless(sentence: str, language: str) -> list[DateMention]:
    """The dates of a sentence in a language read without its letters' marks (`datewords.reads_toneless`): "lọjọ
    Ẹti" as "lojo Eti"; each keeps the sentence's own text, marks included."""
    kept: list[int] = []  # the sentence's offset of each character left
    letters: list[str] = []
    for at, c in enumerate(sentence):
        for base in unaccented(c):
            kept.append(at)
            letters.append(base)
    found = _read_in_place("".join(letters), kept, sentence, language)
    return [d for d in found if not _other_marks(d.text, language) and not _marks_no_name_has(d.text, language)]


def _marks_no_name_has(text: str, language: str) -> bool:
    """Whether a word of a date read toneless marks a letter otherwise than the language's name of that word marks
    it: "thắng 4" (won 4) is no "tháng 4" (April), its "ắ" another letter than "á"; a word written with fewer marks
    than the name ("Ẹti" for "Ẹtì", "thang") is the name, and so is one marking a letter the name leaves bare (CLDR's
    Yoruba "Ìsẹ́gun" is written "Iṣẹgun")."""
    names = _marked_names(language)
    for word in LETTERS.findall(unicodedata.normalize("NFC", text.lower())):
        spelled = names.get(unaccented(word))
        if spelled and word not in spelled and not any(_fewer_marks(word, name) for name in spelled):
            return True
    return False


def _fewer_marks(word: str, name: str) -> bool:
    """Whether each letter the name marks carries no mark in the word that the name's letter lacks."""
    a, b = [_lettered_marks(w) for w in (word, name)]
    return len(a) == len(b) and all(x[0] == y[0] and (not y[1] or x[1] <= y[1]) for x, y in zip(a, b, strict=True))


def _lettered_marks(word: str) -> list[tuple[str, frozenset[str]]]:
    out: list[tuple[str, set[str]]] = []
    for c in unicodedata.normalize("NFD", word):
        if unicodedata.combining(c) and out:
            out[-1][1].add(c)
        else:
            out.append((c, set()))
    return [(c, frozenset(m)) for c, m in out]


@cache
def _marked_names(language: str) -> dict[str, frozenset[str]]:
    """The words of the language's month and weekday names and relative phrases that carry marks, by their
    unmarked spelling."""
    w = words(language)
    spelled: dict[str, set[str]] = {}
    for phrase in (*w.months, *w.full_months, *w.weekdays, *w.relative):
        for word in unicodedata.normalize("NFC", str(phrase).lower()).split():
            if unaccented(word) != word:
                spelled.setdefault(unaccented(word), set()).add(word)
    return {k: frozenset(v) for k, v in spelled.items()}


def _other_marks(text: str, language: str) -> bool:
    """Whether a part of the day a data file adds (`day_part_words`, `this_day_parts`), written there with its marks,
    is read without marks where the text writes it with other marks: the marks tell words apart (Vietnamese "tối
    qua", last night, is not "tôi qua", I go over, "tối quá", too dark, nor "đem quà", bring gifts); a phrase written
    with no mark at all is still read toneless, and the locale data's phrases as before (Yoruba "lọdun to kọja")."""
    if text.isascii():
        return False
    extra = words(language).extra
    added = [*(extra.get("day_part_words") or {}), *(extra.get("this_day_parts") or [])]
    as_written = {unicodedata.normalize("NFC", " ".join(str(p).lower().split())) for p in added}
    phrase = unicodedata.normalize("NFC", " ".join(text.lower().split()))
    return unaccented(phrase) in {unaccented(p) for p in as_written} and phrase not in as_written


LONG_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]{7,}(?![^\W\d_])")  # a word long enough to be read respelled
FIGURE_BEFORE = re.compile(r"(?:^|\D)(?:[0-3]?\d|\d{4})\.?,?\s+$")  # a day or a year right before a word
FIGURE_AFTER = re.compile(r"\.?,?\s+(?:[0-3]?\d|\d{4})(?!\d)")  # a day or a year right after a word


def _respelled_months(sentence: str, language: str) -> list[tuple[int, int, str]] | None:
    """Where a long word right beside a day or a year spells a month's full name with a letter more or less
    (`datewords.respelled_month`), in a language with no data file: (start, end, the name as CLDR spells it)."""
    if data_file(language) or not ANY_DIGIT.search(sentence):
        return None
    found = []
    for m in LONG_WORD.finditer(sentence):
        beside = FIGURE_AFTER.match(sentence, m.end()) or FIGURE_BEFORE.search(sentence[max(0, m.start() - 8) : m.start()])
        if beside and (name := respelled_month(m[0], language)):
            found.append((m.start(), m.end(), _cased_as(m[0], name)))
    return found or None


def _cased_as(word: str, name: str) -> str:
    """A lower-case name in the case the word is written in: "NOBYEMBRE", "Nobyembre", "nobyembre"."""
    return name.upper() if word.isupper() else name[:1].upper() + name[1:] if word[:1].isupper() else name


def _read_respelled(sentence: str, language: str, respelled: list[tuple[int, int, str]]) -> list[DateMention]:
    """The dates of a sentence whose respelled month names are read as CLDR spells them ("Nobiyembre 4" as
    "Nobyembre 4"); each keeps the sentence's own text."""
    kept: list[int] = []  # the sentence's offset of each character of the text read
    pieces: list[str] = []
    at = 0
    for start, end, name in respelled:
        pieces += [sentence[at:start], name]
        kept += [*range(at, start), *(start + min(i, end - start - 1) for i in range(len(name)))]
        at = end
    pieces.append(sentence[at:])
    kept += range(at, len(sentence))
    return _read_in_place("".join(pieces), kept, sentence, language)


TURKIC_CAPITALS = re.compile(r"[Iİ]")  # a capital I (dotless ı's) or İ (i's) in Turkish and Azerbaijani
TURKIC_LOWER = str.maketrans({"I": "ı", "İ": "i"})
WORD_WITH_I = re.compile(r"[^\W\d_]*[Iİ][^\W\d_]*")


def _read_turkic_capitals(sentence: str, language: str) -> list[DateMention] | None:
    """The dates of a sentence in a language with a dotless ı whose month or weekday names hold a capital I or İ,
    lowered as the language pairs them: "17 NİSAN 2017", "7 MAYIS 2015" as "17 NiSAN", "7 MAYıS" (Python lowers
    "İ" to "i̇" and "I" to "i", which spell no month); other words ("FIFA") are left as written. Each date keeps
    the sentence's own text; None if no date word holds one."""
    w = words(language)
    names = w.months.keys() | w.weekdays.keys()

    def lowered(m: re.Match[str]) -> str:
        word = m[0].translate(TURKIC_LOWER)
        return word if key(word) in names else m[0]

    read = WORD_WITH_I.sub(lowered, sentence)
    return _read_in_place(read, list(range(len(sentence))), sentence, language) if read != sentence else None


@cache
def writes_dotless_i(language: str) -> bool:
    """Whether the language writes a dotless ı beside i (Turkish, Azerbaijani): CLDR's names of its months or
    weekdays hold one, and its capital I is then ı's, İ is i's."""
    try:
        names = [*babel.dates.get_month_names("wide", "format", language).values()]
        names += babel.dates.get_day_names("wide", "format", language).values()
    except (ValueError, babel.UnknownLocaleError):  # a language CLDR does not know
        return False
    return any("ı" in name for name in names)


def _read_in_place(read: str, kept: list[int], sentence: str, language: str) -> list[DateMention]:
    """The dates of `read`, a sentence written otherwise, each placed back in the sentence (`kept`: the sentence's
    offset of each character of `read`) with the sentence's own text."""
    out = []
    for d in find_dates(read, language):
        start = kept[d.start] if d.start < len(kept) else len(sentence)
        end = kept[d.end] if d.end < len(kept) else len(sentence)
        out.append(replace(d, start=start, end=end, text=sentence[start:end]))
    return out


LISTED = re.compile(r"^\s*[,،]\s*$")  # a year after another in a list: "in 2014, 2018, and 2024", "۲۰۰۵، ۲۰۰۹"


# the marks that open a title of a book, law or document in Chinese ("《…》", "〈…〉"): a year right after one is part
# of the title ("《2010年全市图书馆建设计划》", the plan's name), no date the text states
TITLE_MARKS = ("《", "〈")
HYPHEN_ENDING = re.compile(r"^-[^\W\d_]{1,3}(?![^\W\d_])")


def _bare_years(text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """Four-digit numbers with a cue that makes them years; in a list after a year, the year before is the cue
    ("in 2014, 2018, and 2024"), unless a counted noun follows ("in 2014, 2000 soldiers")."""
    years: list[DateMention] = []
    decade_end = -1  # where the last decade ends: a year joined to it is one too ("décadas de 1980 e 1990")
    left: re.Match[str] | None = None  # the last number read that is no year, nor a decade
    for m in g.year.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] in TITLE_MARKS:
            left = None  # "《2010年…图书馆建设计划》": the year opens a document's title, a name
            continue
        # the year before may end on a hyphenated case ending, left out of its span ("у 2001-му, 2010-му та 2011")
        between = HYPHEN_ENDING.sub("", text[years[-1].end : m.start()], count=1) if years else ""
        joined = bool(years) and _joined_to(between, g)
        value = _from_own_era(int(m["year"]), g.words)  # Thai "2563" is 2020
        listed = joined and abs(value - (years[-1].year or 0)) <= 50  # "in 2019, 1500 were killed": a count
        after_decade = decade_end >= 0 and _joined_to(text[decade_end : m.start()], g)
        if _decade(text[max(0, m.start() - 30) : m.start()].lower(), _after_years(text, m.end()), g.words.extra, m["year"]):
            decade_end, left = m.end(), None
        elif not after_decade and (
            _years_in_parentheses(text, m) or (_old_year if int(m["year"]) < OLD_YEAR else _is_year)(text, m, g.words, listed)
        ):
            if left is not None and _year_joined_before(left, m, text, g):
                years.append(DateMention(left.start(), left.end(), sentence[left.start() : left.end()], int(left["year"])))
            years.append(DateMention(m.start(), m.end(), sentence[m.start() : m.end()], value))
            left = None
        else:
            left = None if after_decade else m
    return years


def _year_joined_before(left: re.Match[str], m: re.Match[str], text: str, g: Grammar) -> bool:
    """A number joined right before a year by "and" or a comma, no word between, is a year too where the language
    puts the year's cue after the last of them ("1940 ve 1944'te", in 1940 and 1944; "1990 и 2000 годах"): the two
    years of a list, within fifty years of each other, as `listed` reads them the other way round."""
    between = text[left.end() : m.start()]
    return (
        _joined_to(between, g)
        and abs(int(left["year"]) - int(m["year"])) <= 50
        and int(left["year"]) >= OLD_YEAR
        and not _decade(text[max(0, left.start() - 30) : left.start()].lower(), between, g.words.extra, left["year"])
    )


# years alone in parentheses, one, a list or an open range: a life, a reign, a title's editions ("(1294)",
# "(1934, 1938)", "(1997-)"); a count in parentheses is a figure beside its noun, not a list of such numbers
YEARS_IN_PARENTHESES = re.compile(rf"\(\s*{BARE_YEAR}(?:\s*[,،–-]\s*(?:{BARE_YEAR})?)*\s*\)")
PARENTHESIS_REACH = 40  # characters back to the opening bracket: a few years and their commas


def _years_in_parentheses(text: str, m: re.Match[str]) -> bool:
    opening = text.rfind("(", max(0, m.start() - PARENTHESIS_REACH), m.start())
    found = YEARS_IN_PARENTHESES.match(text, opening) if opening >= 0 else None
    return found is not None and found.end() > m.start()


def _after_years(text: str, end: int) -> str:
    """What follows a year, or the last year of a range it opens: "1990-2010-х" are decades."""
    to = YEAR_RANGE.match(text, end)
    return text[to.end() if to else end :][:20]


def _joined_to(between: str, g: Grammar) -> bool:
    return bool(LISTED.match(between) or g.conjunction.match(between.replace(",", " ").replace("،", " ")))


@cache
def _bare_year(d: DateMention) -> bool:
    return d.year is not None and d.month is None and d.relative is None and d.last is None


def _overlap(a: DateMention, b: DateMention) -> bool:
    return a.start < b.end and b.start < a.end


def _overlaps_any(spans: list[DateMention]) -> Callable[[DateMention], bool]:
    """Whether a date overlaps any of `spans`, in log time: a long text full of names must not cost the square of them."""
    ordered = sorted(spans, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    reach = list(itertools.accumulate((d.end for d in ordered), max))  # the furthest end among the first i spans

    def overlaps(d: DateMention) -> bool:
        i = bisect.bisect_left(starts, d.end)  # the spans that start before d ends
        return i > 0 and reach[i - 1] > d.start

    return overlaps


def _name_words(
    language: str, key_before: str = "name_before", key_after: str = "name_after"
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words beside a date that make it part of a name (`name_before`, `name_after`): "Movimiento 23 de
    Marzo", "March 23 Movement", "حركة « 23 مارس »" name a group, not a day."""
    x = words(language).extra
    quotes = r"[\s«»\"“”„'(),]*"
    before = re.compile(rf"(?:{_words_alt(x.get(key_before, []))}){quotes}$", re.I)
    edge = "" if cjk(language) else WORD_END  # CJK writes the next word without a space
    after = re.compile(rf"{quotes}(?:{_words_alt(x.get(key_after, []))}){edge}", re.I)
    return before, after


def _street_named(mention: DateMention, text: str, language: str) -> bool:
    """A street, square or bridge named after a date (`street_before`, `street_after`: "улица 8 Марта", "rue du
    4-Septembre", "23rd Street"): a name states no year, and where months are written in lower case, it writes
    its month with a capital; "на площади 9 мая", "plaza 25 de mayo de 2016" are days."""
    if mention.year is not None or mention.month is None:  # a weekday names no street
        return False
    before, after = _name_words(language, "street_before", "street_after")
    if _no_house_number(mention, text, language) and before.search(text, max(0, mention.start - 40), mention.start):
        return True  # "Plaza 30 de agosto s/n": an address, whatever the month's case
    if _lowercase_months(language) and not any(w[:1].isupper() for w in LETTERS.findall(mention.text)):
        return False
    return bool(before.search(text, max(0, mention.start - 40), mention.start) or after.match(text, mention.end))


TITLE_REACH = 80  # characters between an act's word and the guillemet its title opens with ("Указу Президента … «")
TITLE_QUOTES = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))  # the marks a title opens and closes with


def _title_opened(text: str, mention: DateMention) -> int | None:
    """Where the quotation the mention stands in opens, its closing mark after the mention: «…», “…”, „…“, or
    straight quotes, inside when an odd number of them stands before it."""
    for opening, closing in TITLE_QUOTES:
        at = text.rfind(opening, 0, mention.start)
        if at < 0 or closing not in text[mention.end :]:
            continue
        if opening == closing and text.count(opening, 0, mention.start) % 2 == 0:
            continue
        if opening != closing and closing in text[at + 1 : mention.start]:
            continue
        return at
    return None


def _year_of_quoted_title(mention: DateMention, text: str, language: str) -> bool:
    """A year (or years) inside the guillemets of an act's title, its word shortly before them (`quoted_title_before`:
    "Указу Президента Кыргызской Республики «… на период 2023–2025 годы»"): a word of the act's name, no date. A day
    or month there, or a year in a quotation of speech, stays a date."""
    acts = words(language).extra.get("quoted_title_before")
    if not acts or mention.month or mention.day or mention.relative:
        return False
    opened = _title_opened(text, mention)
    if opened is None:
        return False
    before = text[max(0, opened - TITLE_REACH) : opened]
    before = before[max((e.end() for e in re.finditer(r"[.!?;:]\s", before)), default=0) :]
    # the act's word names the quotation only where no comma parts them: "Подписав закон, президент заявил, что
    # «в 2024 году …»" quotes speech after the act was named
    found = [m.end() for m in re.finditer(rf"(?<!\w)(?:{_words_alt(acts)})(?!\w)", before, re.I)]
    return bool(found) and "," not in before[found[-1] :]


def _no_house_number(mention: DateMention, text: str, language: str) -> bool:
    """The address's mark of no house number right after a date (`street_number_after`: "s/n", sin número)."""
    marks = words(language).extra.get("street_number_after")
    return bool(marks) and re.match(rf"[\s,]*(?:{_words_alt(marks)})(?![\w/])", text[mention.end :], re.I) is not None


@cache
def _rite_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words beside a weekday that make it a weekly rite, not a day (`rite_before`, `rite_after`): "during
    Friday prayers", "خلال صلاة الجمعة", "cuma namazı sırasında", "la prière du vendredi"; or every week's day."""
    x = words(language).extra
    # or every week's day: "every Tuesday", "stets am Dienstag" (`every_weekday`)
    rites = [*x.get("rite_before", []), *x.get("every_weekday", [])]
    before = re.compile(rf"{WORD_START}(?:{_words_alt(rites)})\s*$", re.I)
    edge = "" if cjk(language) else WORD_END
    after = re.compile(rf"\s*(?:{_words_alt(x.get('rite_after', []))}){edge}", re.I)
    return before, after


WORD_BEFORE = re.compile(r"(?<=\S)\s+([^\W\d_]+)\s+$")  # the word before, not the sentence's first
LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")  # the word before, also the sentence's first
LETTERS = re.compile(r"[^\W\d_]+")


def _in_name(mention: DateMention, text: str, language: str) -> bool:
    before, after = _name_words(language)
    if before.search(text, max(0, mention.start - 40), mention.start) or after.match(text, mention.end):
        return True
    if _street_named(mention, text, language) or _year_of_quoted_title(mention, text, language):
        return True
    if mention.relative == "weekday":
        rite_before, rite_after = _rite_words(language)
        if rite_before.search(text, max(0, mention.start - 40), mention.start) or rite_after.match(text, mention.end):
            return True
        if _capitalised_feast(mention, text, language):
            return True
        if _state_names(language).fullmatch(fold(mention.text)):  # Shona's Thursday, "China", is also China
            return True
    if _capitalised_unaccented(mention, text, language) or _counting_ordinal(mention, text, language):
        return True
    # a word for a day capitalised after a capitalised word mid-sentence names something: "India Today TV"
    capital = text[mention.start : mention.start + 1].isupper() and (mention.relative or "").startswith("day")
    word = WORD_BEFORE.search(text, max(0, mention.start - 40), mention.start) if capital else None
    return (word is not None and word[1][0].isupper()) or _today_and_state(mention, text, language)


SENTENCE_OPENED = re.compile(r"(?:^|[.!?…:;\"«»“”„(\[–—-])\s*$")  # what a sentence or a quotation opens after


def _capitalised_unaccented(mention: DateMention, text: str, language: str) -> bool:
    """A relative word typed without the marks it has (`_unaccented_phrases`) and capitalised inside a sentence is
    a name: Romanian "mâine" (tomorrow) typed bare is "Maine", the US state ("Senatorul din Maine")."""
    if not mention.relative or not text[mention.start : mention.start + 1].isupper():
        return False
    if SENTENCE_OPENED.search(text, 0, mention.start):
        return False
    typed = mention.text.lower()
    return any(unaccented(p) == typed != p for p in words(language).relative)


@cache
def _ordinal_nouns(language: str) -> re.Pattern[str] | None:
    """A hyphened ordinal's ending, then a noun such an ordinal counts (`ordinal_nouns`), with its case ending."""
    nouns = words(language).extra.get("ordinal_nouns")
    return re.compile(rf"(?:-{LETTER}+)?\s+(?:{_words_alt(nouns)}){LETTER}*", re.I) if nouns else None


def _counting_ordinal(mention: DateMention, text: str, language: str) -> bool:
    """A month's day with a hyphened ordinal that counts the noun after it is no day: Chuvash "ҫурлан 3-мӗш
    эрнинче" (in the 3rd week of August), "ҫурлара 3-мӗш вырӑн" (3rd place in August)."""
    nouns = _ordinal_nouns(language) if mention.day is not None and mention.relative is None else None
    return nouns is not None and nouns.match(text, mention.end) is not None


NAME_AFTER = re.compile(r"\s+(?:([^\W\d_]+(?:['’]|\s+)))?([^\W\d_])")  # a particle perhaps, then a name's first letter


def _capitalised_feast(mention: DateMention, text: str, language: str) -> bool:
    """A weekday alone, capitalised inside a sentence where the language writes weekdays in lower case, before a
    capitalised word or a name's particle and one: a feast's name ("la vigilia della Domenica della Divina
    Misericordia", "el Domingo de Ramos"), no day of the week of writing."""
    weekday = mention.text.split()[-1]  # after an article the weekday reads with: "el Domingo"
    if not (weekday[:1].isupper() and text[: mention.end - len(weekday)].strip() and _lowercase_months(language)):
        return False
    after = NAME_AFTER.match(text, mention.end)
    if after is None or not after[2].isupper():
        return False
    particle = (after[1] or "").strip().lower().replace("’", "'")
    return not particle or particle in _name_particles(language)


def _today_and_state(mention: DateMention, text: str, language: str) -> bool:
    """ "Today" beside a state's name (CLDR's, in the language or English) names an outlet: "今日俄罗斯" (Russia
    Today), "Russia Today", "USA Today". CJK writes "today" first and glued ("美国今日宣布" is the US announcing
    today); elsewhere it follows, capitalised."""
    if mention.relative != "day+0":
        return False
    states = _state_names(language)
    if cjk(language):
        return states.match(text, mention.end) is not None
    if not text[mention.start : mention.start + 1].isupper():
        return False
    before = LAST_WORD.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and states.fullmatch(before[1]) is not None


@cache
def _state_names(language: str) -> re.Pattern[str]:
    """The base knowledge's names of states in the language and in English ("USA" among them), as one pattern."""
    states = set(state_codes().values())
    names = {fold(n) for each in {language, "en"} for key, found in names_in(each).items() if key in states for n in found}
    end = "" if cjk(language) else "$"
    return re.compile(f"(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))}){end}", re.I)


Strings = tuple[tuple[str, ...], tuple[str, ...]]  # a pattern's Needs: (those an ASCII text can hold, all)


@dataclass(frozen=True)
class Plan:
    """A language's patterns in the order `find_dates` tries them, each with the strings one of which its every
    match holds (prefilter's Needs; None: any text may match), read once."""

    absolute: tuple[tuple[str, re.Pattern[str], bool, Strings | None], ...]  # (form, pattern, wordy, needs)
    relative: tuple[tuple[str, re.Pattern[str], Strings | None], ...]  # (kind, pattern, needs)
    undigited: tuple[tuple[str, re.Pattern[str], Strings | None], ...]  # those of relative that need no digit
    worded: tuple[tuple[str, re.Pattern[str], Strings | None], ...]
    beside_count: Strings | None
    every: Strings  # every string any pattern needs, once: a sentence is searched for each of them once
    search: tuple[Search, Search]  # `every` in the order to look for them (prefilter.search_for)
    tried: dict = field(default_factory=dict, compare=False)  # `_tried`'s, by what a sentence holds


def _tried(
    plan: Plan, held: frozenset[str] | None, side: int, digits: bool, worded: bool
) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], tuple[tuple[str, re.Pattern[str]], ...]]:
    """The absolute and relative patterns a sentence may match, in order, by what it holds: the strings of the
    plan it contains (`held`, None: not known), whether it holds a digit and a word beside a count. Worked out
    once for each such sentence: most hold none or the same few strings."""
    key = (held, side, digits, worded)
    tried = plan.tried.get(key)
    if tried is None:
        absolute = tuple(
            (form, p)
            for form, p, wordy, needs in plan.absolute
            if (digits or wordy) and (needs is None or held is None or not held.isdisjoint(needs[side]))
        )
        # "il y a 3 jours" needs a digit: without one, only the kinds that need none
        relative = tuple(
            (kind, p)
            for kind, p, needs in (plan.relative if digits else plan.undigited) + (plan.worded if worded else ())
            if needs is None or held is None or not held.isdisjoint(needs[side])
        )
        if len(plan.tried) >= PLANS_KEPT:
            plan.tried.clear()
        tried = plan.tried[key] = (absolute, relative)
    return tried


PLANS_KEPT = 4096  # sentences' sets of strings whose patterns `_tried` keeps, a language


@cache
def _plan(language: str) -> Plan:
    g, needs = grammar(language), _needs(language)

    def strings(pattern: re.Pattern[str]) -> Strings | None:
        n = needs[id(pattern)]
        return None if n is None else (n.ascii, n.words)

    relative = tuple((kind, p, strings(p)) for kind, p in g.relative)
    every = [n for n in needs.values() if n is not None]
    held = (tuple({s: None for n in every for s in n.ascii}), tuple({s: None for n in every for s in n.words}))
    return Plan(
        tuple((form, p, form in g.wordy, strings(p)) for form, p in g.absolute),
        relative,
        tuple(r for r in relative if not r[0].endswith("#")),
        tuple((kind, p, strings(p)) for kind, p in g.worded),
        strings(g.beside_count),
        held,
        (search_for(held[0]), search_for(held[1])),
    )


@cache
def _needs(language: str) -> dict[int, Needs | None]:
    """The words each pattern of the language's grammar needs (see prefilter), by the pattern's id: hashing a
    pattern hashes its whole compiled code."""
    g = grammar(language)
    return {id(p): needed(p) for p in (*(p for _, p in (*g.absolute, *g.relative, *g.worded)), g.beside_count)}


FIRST_DAY = re.compile(rf"(?<![\w{WORD_MARKS}.,/:-])(?P<day>[0-3]?\d)(?P<joiner>\D{{1,8}})$")


@cache
def _day_before_pattern(suffixes: tuple[str, ...], joins: tuple[str, ...]) -> re.Pattern[str]:
    """A day number right before a month: its ordinal ending and the words between them ("16 de", "16.")."""
    return re.compile(
        rf"(?<![\w{WORD_MARKS}.,/:-])(?P<day>[0-3]?\d)(?:{_words_alt(list(suffixes))})?(?:\s+(?:{_words_alt(list(joins))}))?\s*$",
        re.I,
    )


def _day_before(mention: DateMention, text: str, sentence: str, w: Words) -> DateMention:
    """The day right before a month named relative to the time of writing is that month's: "16 июля прошлого
    года", "16 يوليو من العام الماضي" (patterns that open with the month leave it out)."""
    if not (mention.relative and mention.month and mention.day is None and mention.last is None):
        return mention
    pattern = _day_before_pattern(tuple(w.extra.get("day_suffix", [])), tuple(w.extra.get("day_month", [])))
    before = pattern.search(text, max(0, mention.start - 16), mention.start)
    if not before or not 1 <= int(before["day"]) <= calendar.monthrange(2000, mention.month)[1]:
        return mention
    start = before.start()
    return replace(mention, start=start, text=sentence[start : mention.end], day=int(before["day"]))


def _first_day_before(mention: DateMention, text: str, sentence: str, g: Grammar) -> DateMention:
    """A day and a range joiner before a day named relative to the time of writing make a range of it:
    "du 8 au 27 mars dernier", "من 6 حتى 12 أغسطس الجاري"."""
    if not (mention.relative and mention.day and mention.month and mention.last is None):
        return mention
    before = FIRST_DAY.search(text, max(0, mention.start - 12), mention.start)
    if not before or not g.joiner.match(before["joiner"]) or not 1 <= int(before["day"]) < mention.day:
        return mention
    start = before.start()
    last = (None, mention.month, mention.day)
    return replace(mention, start=start, text=sentence[start : mention.end], day=int(before["day"]), last=last)


def _persian_beside(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """A Solar Hijri day without its year right after the Gregorian day it is, a space between them: "(چهارشنبه
    ۱۱ مارچ ۲۱ حوت)". Any of its month's names is the month's there, also those that are common words
    (`persian_ambiguous`), when the two can be the same day: "۱۱ مارچ ۳ تیر" is 11 March and three shots."""
    if g.native_after is None:
        return found
    out = []
    for d in found:
        before = g.native_before.search(text, max(0, d.start - 24), d.start) if d.calendar is None and d.day and d.month else None
        if before and d.relative is None and not any(c.start < d.start and c.end > before.start() for c in found):
            month, day = _month(before["month"], g.words.extra["persian_months"]), int(before["day"])
            if month and (d.month, d.day) in gregorian_days(month, day):  # "۱۵ میزان، ۷ اکتبر": the same day
                start, end = before.start(), before.end("month")
                out.append(replace(_persian_yearless(before, sentence[start:end], month, day), start=start, end=end))
        out.append(d)
        m = g.native_after.match(text, d.end) if d.calendar is None and d.relative is None and d.day and d.month else None
        if not (m and m["day"]) or any(c.start < m.end() and c.end > m.start("day") for c in found):
            continue
        month, day = _month(m["month"], g.words.extra["persian_months"]), int(m["day"])
        if month and (d.month, d.day) in gregorian_days(month, day):
            start = m.start("day")
            out.append(replace(_persian_yearless(m, sentence[start : m.end()], month, day), start=start))
    return out


def _paired_gregorian(found: list[DateMention]) -> list[DateMention]:
    """A Solar Hijri day without its year beside the Gregorian day it is ("۱۸ اکتبر (۲۷ مهر ماه)"): that day,
    when it is one the Solar Hijri day falls on in some year, rather than the one of most years."""
    stated = {(d.month, d.day) for d in found if d.calendar is None and d.relative is None and d.day}
    out = []
    for mention in found:
        if mention.calendar == "persian" and mention.native and mention.native[1]:
            paired = stated & gregorian_days(*mention.native)
            if len(paired) == 1:
                ((month, day),) = paired
                mention = replace(mention, month=month, day=day)
        out.append(mention)
    return out


HIJRI_SLACK = 2  # days a Hijri day's sighting may fall from the Umm al-Qura tables' day


def _hijri_as_stated(found: list[DateMention]) -> list[DateMention]:
    """A Hijri day beside the Gregorian day the sentence states it is ("الجمعة 25 سبتمبر 2015م الموافق 11 ذي
    الحجة 1436هـ") is that day: months open at the new moon's sighting, a day or two from the tables. A Hijri day
    without its year is kept only so ("العاشر من ذي الحجة، الخميس 24 سبتمبر 2015")."""
    stated = [dt.date(d.year, d.month, d.day) for d in found if _whole_gregorian(d)]
    out = []
    for mention in found:
        if mention.calendar == "hijri" and (mention.native or mention.day):
            near = [g for g in stated if any(abs((g - day).days) <= HIJRI_SLACK for day in _hijri_days(mention, g))]
            if len(set(near)) != 1:
                if mention.native:
                    continue
            else:  # without its year (`native` kept), the year is the Gregorian day's: inferred, not stated
                native = None if mention.year else mention.native
                mention = replace(mention, year=near[0].year, month=near[0].month, day=near[0].day, native=native)
        out.append(mention)
    return out


@cache
def _lunar_marker(marker: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?:{_alt(list(marker))})\s*$")


# between a Gregorian date and its lunar equivalent: an opening bracket, a comma ("2003年3月20日(农历2003年2月18日)")
LUNAR_OPENS = re.compile(r"^\s*[(（,，、]?\s*$")


def _lunar_as_stated(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
    """A date of the Chinese lunar calendar (after `lunar_marker`, "农历2003年2月18日") is the Gregorian date it
    follows ("2003年3月20日(农历…)"), kept as a second statement of that day; alone it is no Gregorian date, and no
    converter is at hand: dropped rather than read as one (the lunar 18 February is 20 March)."""
    marker = tuple(w.extra.get("lunar_marker", ()))
    if not marker or not any(m in sentence for m in marker):
        return found
    out: list[DateMention] = []
    for mention in found:
        said = _lunar_marker(marker).search(text, max(0, mention.start - 8), mention.start)
        if said is None or mention.relative is not None:
            out.append(mention)
            continue
        before = out[-1] if out else None
        if before and _whole_gregorian(before) and LUNAR_OPENS.match(text[before.end : said.start()]):
            start = said.start()
            day = {"year": before.year, "month": before.month, "day": before.day}
            out.append(replace(mention, start=start, text=sentence[start : mention.end], calendar="chinese", last=None, **day))
    return out


def _whole_gregorian(d: DateMention) -> bool:
    return bool(d.year and d.month and d.day) and d.calendar is None and d.relative is None and not d.invalid and d.last is None


def _hijri_days(mention: DateMention, near: dt.date) -> list[dt.date]:
    """The Gregorian day a Hijri mention was converted to, or, without its year, its day in the Hijri years
    around a Gregorian one."""
    if not mention.native:
        return [dt.date(mention.year or 1, mention.month or 1, mention.day or 1)]
    month, day = mention.native
    try:  # the tables cover 1924-2077 only: a day outside them ("24 سبتمبر 1915") anchors no Hijri day
        around = hijridate.Gregorian(near.year, near.month, near.day).to_hijri().year
    except (ValueError, OverflowError):
        return []
    days = []
    for year in (around - 1, around, around + 1):
        try:
            days.append(hijridate.Hijri(year, month, day).to_gregorian())
        except (ValueError, OverflowError):
            continue
    return days


def _in_stated_month(found: list[DateMention], text: str) -> list[DateMention]:
    """A day of the month alone ("5日") after a stated month in the same sentence ("3月6日，…5日宣布") is a day
    of that month: the month is stated, the year is whatever the stated month's is. After an agency's cable
    ("新华社伦敦11月16日电 …16日公布", "中評社香港3月6日電/…5日宣布") too: the cable states the month of the days
    under it, up to its own day or later (a day to come), and the publication date gives only their year (an
    inferred year, as for the cable's own day and month)."""
    out: list[DateMention] = []
    stated: DateMention | None = None  # the last stated month so far
    for mention in found:
        if (mention.relative or "").startswith("day-of-month") and mention.day and stated:
            mention = replace(mention, month=stated.month, relative=None)
            if not 1 <= (mention.day or 0) <= calendar.monthrange(stated.year or 2000, stated.month or 1)[1]:
                mention = replace(mention, invalid=True)
        out.append(mention)
        if mention.month and not mention.invalid:  # a month named relatively ("أبريل الماضي", last April) is
            stated = mention if mention.relative is None else None  # the nearer one: no earlier month's day
    return out


# a day's figures with a hyphened case ending ("23-án", "24-én"), not part of a figure, a range or a date
ENDED_DAY = re.compile(rf"(?<![\w.,/:-])(?P<day>[0-3]?\d)-(?P<ending>{LETTER}{{1,{MAX_DAY_HYPHEN_ENDING}}})(?!{LETTER}|-)")


def _ended_days_of_stated_month(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
    """Where a language glues its case ending to a day's figures with a hyphen (`hyphened_day_endings`: "október
    22-én", on 22 October), the days listed after a stated day and month with the same case ("23-án", "24-én és
    25-én": the same last letter, the case's, whatever vowel harmony puts before it) are days of that month: "a
    4-es busz" (bus number 4) has another ending, an adjective's."""
    if not w.extra.get("hyphened_day_endings"):
        return found
    out = list(found)
    for stated in [d for d in found if d.day and d.month and d.relative is None and not d.invalid]:
        ending = ENDED_DAY.search(text, stated.start, stated.end)
        if not ending or ending.end() != stated.end:
            continue
        following = [d.start for d in found if d.start >= stated.end and d.month]  # up to the next month stated
        stop = min(following, default=len(text))
        for m in ENDED_DAY.finditer(text, stated.end, stop):
            day, last = int(m["day"]), calendar.monthrange(stated.year or 2000, stated.month or 1)[1]
            if _case_shape(m["ending"]) != _case_shape(ending["ending"]) or not 1 <= day <= last:
                continue
            out.append(DateMention(m.start(), m.end(), sentence[m.start() : m.end()], stated.year, stated.month, day))
    return sorted(out, key=lambda d: d.start)


def _case_shape(ending: str) -> str:
    """An ending's consonants as written, each vowel as "V", marked or not: vowel harmony's "-án" and "-én" (on the
    23rd, the 24th) are one case, "-en" ("15-en voltak": there were 15 of them) and "-es" ("a 4-es busz") others."""
    return "".join(("V'" if c != unaccented(c) else "V") if unaccented(c).lower() in "aeiouy" else c.lower() for c in ending)


@cache
def cable_words() -> tuple[str, ...]:
    """The words after the date of a Chinese agency's dateline, "cable" or "news" (`cable` of
    data/publication.yaml: "新华社北京3月6日电", "【某某网2024年3月4日讯】"), read once (the file is large)."""
    return tuple(safeyaml.shipped(DATA.parent / "publication.yaml")["cable"])


# the forms `_spans` reads: ranges of months or years, Easter, a year of another calendar, a year in words
SPAN_FORMS = frozenset(
    {
        *("years", "years-worded", "years-cued", "years-short", "months", "easter"),
        *("hijri-year", "persian-year", "buddhist-year", "spelled-year"),
    }
)


def _days_follow(m: re.Match[str]) -> bool:
    """Days listed between a range's first and last follow one another ("15 و16 و17 مارس"); a list of days
    apart ("3, 10 and 17 March") is no range: its first day is read."""
    if not (m.groupdict().get("day") and m["day2"]):
        return True
    days = [int(m["day"]), *map(int, re.findall(r"\d+", m.string[m.end("day") : m.start("day2")])), int(m["day2"])]
    return len(days) == 2 or all(b == a + 1 for a, b in itertools.pairwise(days))


def _absolute(form: str, m: re.Match[str], sentence: str, w: Words) -> DateMention | None:
    """The date a match states; None when a name matched only by case folding ("Auguſt" with a long s)."""
    g = m.groupdict()
    text = sentence[m.start() : m.end()]
    year = _from_own_era(int(g["year"]), w) if g.get("year") else _century(g.get("yy"), w) or _solar_century(g.get("solar_yy"))
    year = int(g["roc"]) + MINGUO_ERA if g.get("roc") else year  # "111-11-23": the Republic of China's year 111
    if form in SPAN_FORMS:
        return _spans(form, m, sentence, w, year)
    if form == "month":
        return _month_alone(m, sentence, w)
    if form == "numeric" and _clause_number(m, w):
        return DateMention(m.start(), m.end(), text, invalid=True)  # "п.п. 28.2.23": a clause's number, no date
    named = _month_day(form, m, sentence, w, year)
    if not isinstance(named, tuple):
        return named
    month, day = named
    last_day = int(g["day2"]) if g.get("day2") else _day_word(g["dayword2"], w) if g.get("dayword2") else None
    last = (None, month, last_day) if last_day and _days_follow(m) else None
    # a loose pair of days is a range only when the second follows the first closely; else a score or a count
    loose = g.get("loose") and (last is None or not (day or 0) < (last[2] or 0) <= (day or 0) + LOOSE_RANGE)
    # "klockan 10 den 26 december": the 26th; "won 3 to 2 on 2 May": a score, then the day (a range runs forward)
    if loose or (last and g.get("day2") and (day or 0) > (last[2] or 0) and form not in ("days-numeric", "persian")):
        return _second_day(m, sentence, w, year, month)
    if form in ("hijri", "persian", BIKRAM_SAMBAT, ETHIOPIC) and year:
        part = None if day else _part_named_before(m, w)
        return (
            _converted(form, m, text, year, month, day)
            if part is None
            else _month_part_gregorian(form, m, text, year, month, part)
        )
    if form in CALENDAR_MONTHS:  # "۸ و ۹ ثور": Solar Hijri days of one month, their year not stated
        return _calendar_yearless(form, m, text, month, day, last[2] if last else None)
    valid = month is not None and 1 <= month <= 12 and (day is None or 1 <= day <= calendar.monthrange(year or 2000, month)[1])
    if last and valid and not (day or 0) < (last[2] or 0) <= calendar.monthrange(year or 2000, month)[1]:  # type: ignore[arg-type]
        last = None  # "30-31 February" is no range
    if not valid or (form == "days-numeric" and not last):  # "9-3/4" is no range, nor any date
        return DateMention(m.start(), m.end(), text, invalid=True)
    return DateMention(m.start(), m.end(), text, year, month, day, last=(year, month, last[2]) if last else None)


# the signs that number a thing before its number, in every language: Unicode's numero sign and the number sign
NUMBER_SIGNS = ("№", "#")


def _number_words(w: Words) -> str | None:
    """The words that number a clause, article, paragraph, resolution or document before its number
    (`number_before`: "п.п.", "Resolution", "paragraphe", "No."), closing the text read before a number (a
    pattern re's own cache keeps: numbers with dots are rare)."""
    words = w.extra.get("number_before")
    return rf"(?:^|[^\w.])(?:{_alt(words)})\s*$" if words else None


def _clause_number(m: re.Match[str], w: Words) -> bool:
    """A dotted number right after a number sign or a word of the language that numbers a clause or a document is
    that number, no date: "п.п. 28.2.23", "№ 28.2.23", "Resolution 28.2.23", "paragraph 4.1.12". A date after
    another word still is one: "№ 123 от 28.02.2023" (of 28 February 2023)."""
    if "." not in m[0]:
        return False  # "No. 3/4/2021" writes a date as slashes do; only a dotted number is a clause's
    before = m.string[max(0, m.start() - 40) : m.start()].rstrip()
    if before.endswith(NUMBER_SIGNS):
        return True
    words = _number_words(w)
    return bool(words and re.search(words, before, re.IGNORECASE))


MonthDay = tuple[int, int | None] | DateMention | None  # a month and day, or a date of its own, or none


def _month_day(form: str, m: re.Match[str], sentence: str, w: Words, year: int | None) -> MonthDay:
    """The month and day a match names, in figures or by name; a date of its own or None where the name says so."""
    g = m.groupdict()
    if form in ("numeric", "weekday-numeric", "days-numeric"):
        return _numeric(int(g["a"]), int(g["b"]), sentence[m.start() : m.end()], w)
    if g.get("mnum"):
        return int(g["mnum"]), int(g["day"]) if g.get("day") else None
    return _named(form, m, sentence, w, year)


def _numeric(a: int, b: int, text: str, w: Words) -> tuple[int, int]:
    """(month, day) of a numeric date: month first only where the language writes it so, and never with dots:
    "01.08.2023" is 1 August everywhere (month-first countries write slashes)."""
    month_first = w.date_order.startswith("M") and "." not in text
    return (a, b) if (month_first and a <= 12) or b > 12 else (b, a)


def _second_day(m: re.Match[str], sentence: str, w: Words, year: int | None, month: int | None) -> DateMention | None:
    """The second day of a match whose first is no range's ("klockan 10 den 26 december"), alone with its month."""
    day = int(m["day2"])
    if month is None or not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    start = m.start("day2")
    start += len(sentence[start : m.end()]) - len(sentence[start : m.end()].lstrip())
    return DateMention(start, m.end(), sentence[start : m.end()], year, month, day)


def _feast_beside_its_day(found: list[DateMention], w: Words) -> list[DateMention]:
    """A feast's name right before or after its day in figures ("Bastille Day, July 14, 2016", "am französischen
    Nationalfeiertag am 14. Juli 2016") names the day that date states: one date, the stated one."""
    if len(found) < 2:
        return found
    names = _feast_keys(w.language)
    if not names:
        return found
    numeric = [any(c.isdigit() for c in d.text) and d.relative is None and d.day is not None for d in found]

    def beside(i: int, j: int) -> bool:
        a, b = found[i], found[j]
        near = abs(b.start - a.end) <= 12 or abs(a.start - b.end) <= 12
        return near and numeric[j] and (a.month, a.day) == (b.month, b.day)

    def feast(d: DateMention) -> bool:
        if d.relative is not None or d.day is None:
            return False
        text = key(d.text)
        return any(n in text for n in names)

    return [
        d
        for i, d in enumerate(found)
        if not (feast(d) and not numeric[i] and any(beside(i, j) for j in (i - 1, i + 1) if 0 <= j < len(found)))
    ]


@cache
def _feast_keys(language: str) -> tuple[str, ...]:
    """The lookup keys of the language's feasts' names (worked out once: every sentence would ask)."""
    return tuple(key(n) for ns in words(language).extra.get("feasts", {}).values() for n in ns)


def _feast_day(name: str, feasts: dict[str, list[str]]) -> tuple[int, int]:
    """The (month, day) of a feast the data file lists under its "MM-DD"."""
    wanted = key(name)
    day = next(day for day, names in feasts.items() if wanted in {key(n) for n in names})
    month, number = day.split("-")
    return int(month), int(number)


def _solar_century(yy: str | None) -> int | None:
    """A Solar Hijri year in two figures: "۹۸" is 1398 (2019), "۰۲" 1402."""
    return None if yy is None else int(yy) + (1300 if int(yy) >= 50 else 1400)


def _own_era_years(offset: int) -> str:
    """The years of the news, 1900 to 2099, as the language's own era writes them where CLDR's calendar for it
    counts ahead of the Gregorian (`year_offset`: Thai "พฤศจิกายน 2566" is November 2023): an alternation after
    the Gregorian years, "" where the calendar is the Gregorian one."""
    if not offset:
        return ""
    decades = range((NEWS_YEARS.start + offset) // 10, (NEWS_YEARS.stop - 1 + offset) // 10 + 1)
    return "|" + "|".join(rf"{decade}\d" for decade in decades)


def _from_own_era(year: int, w: Words) -> int:
    """A four-figure year in the Gregorian calendar: one of the language's own era (`_own_era_years`, no Gregorian
    year of the news) less the years that era counts ahead."""
    offset = w.extra.get("year_offset", 0)
    return year - offset if offset and year >= NEWS_YEARS.stop else year


NEWS_YEARS = range(1900, 2100)


def _century(yy: str | None, w: Words) -> int | None:
    """A two-digit year with its century: the news' years, 1950 to 2049, counted in the language's own era
    where CLDR's calendar for it counts ahead of the Gregorian (`year_offset`: Thai "ม.ค.63" is 2563, 2020)."""
    if yy is None:
        return None
    offset, short = w.extra.get("year_offset", 0), int(yy)
    centuries = -(-(1950 + offset - short) // 100)  # the fewest that bring it to 1950 or later
    return short + 100 * centuries - offset


def _spans(form: str, m: re.Match[str], sentence: str, w: Words, year: int | None) -> DateMention | None:
    """The dates of forms that name no month and day in figures: ranges of months or years, Easter, a year of
    another calendar, a year in words."""
    if form == "buddhist-year":  # "ພ.ສ 2568": the Gregorian year it falls in most of, 2025
        return DateMention(m.start(), m.end(), sentence[m.start() : m.end()], int(m["year"]) - BUDDHIST_ERA, calendar="buddhist")
    if form in ("hijri-year", "persian-year"):  # the year alone, without the word for a year before it
        group = "year" if m["year"] else "year2"
        if group == "year2" and _refers_back(m.string[: m.start(group)], w):  # "آن سال ۱۴۲۶ زائر": a count
            return None
        converted = _converted(form[: -len("-year")], m, sentence[m.start() : m.end()], int(m[group]), None, None)
        return replace(converted, start=m.start(group), text=sentence[m.start(group) : m.end()])
    if form == "spelled-year":  # "عام ألفين وخمسة عشر": the year without its cue
        start = m.start("yearword")
        spelled = w.extra["spelled_years"].get(" ".join(m["yearword"].split()))
        return DateMention(start, m.end(), sentence[start : m.end()], spelled) if spelled else None
    if form == "easter":  # Western or Orthodox, as the language's churches keep it (`easter_method`)
        method = dateutil.easter.EASTER_ORTHODOX if w.extra.get("easter_method") == "orthodox" else dateutil.easter.EASTER_WESTERN
        day = dateutil.easter.easter(year or 0, method)
        return DateMention(m.start(), m.end(), sentence[m.start() : m.end()], day.year, day.month, day.day)
    if form == "months":
        return _months(m, sentence, w, year)
    if form == "years-short":
        return None if _named_year_of_two(m.string, m.start(), w) else _short_years(m, sentence, year or 0)
    counted_after = form == "years-worded" and not m.groupdict().get("noun")  # "the years": no count
    return _years(m, sentence, w, counted_after, cued=form == "years-cued")


SHORT_RANGE = 10  # years at most from the first to the second of "1990-91"; "1990-45" is no range


def _short_years(m: re.Match[str], sentence: str, first: int) -> DateMention | None:
    """A range of years from 1900 on whose second year is written with its last two figures, a few years later in
    the same century ("1990-91", "1985-91": 1990 to 1991, 1985 to 1991); not a code or a score ("1990-12")."""
    last = first - first % 100 + int(m["yy2"])
    if not (first >= YEAR_RANGE_FROM and first < last <= first + SHORT_RANGE):
        return None
    return DateMention(m.start(), m.end(), sentence[m.start() : m.end()], first, last=(last, None, None))


YEAR_RANGE_FROM = 1900
SHORT_YEAR_PAIR = re.compile(rf"(?P<year>{YEAR})[-–/](?P<yy2>\d\d)(?![\d%])")  # "2024-25", "2024/25"


def _named_year_of_two(text: str, at: int, w: Words) -> bool:
    """The language's word for "year" right before two years in a row, the second written short, at `at` ("वर्ष
    2024-25", "वित्तीय वर्ष 2025-26": the year 2024-25, the financial year): one year of accounts, a school's or a
    season's, that runs across the two, named by them, and no date of either."""
    m = SHORT_YEAR_PAIR.match(text, at)
    if not m or int(m["year"]) - int(m["year"]) % 100 + int(m["yy2"]) != int(m["year"]) + 1:
        return False
    before = text[:at].rstrip().rsplit(maxsplit=1)
    return bool(before) and before[-1].lower() in {str(y).lower() for y in w.extra.get("year_words") or []}


def _months(m: re.Match[str], sentence: str, w: Words, year: int | None) -> DateMention | None:
    """A range of months from the first named to the second, in the year stated after them if any."""
    first, last = _month(m["month"], w.months), _month(m["month2"], w.months)
    if not (first and last and first < last):
        return None
    start = m.start("month")
    return DateMention(start, m.end(), sentence[start : m.end()], year, first, last=(year, last, None))


def _years(m: re.Match[str], sentence: str, w: Words, counted_after: bool, cued: bool = False) -> DateMention | None:
    """A range of years of at most 50 from 1900 on ("1988–1994"), or a life in parentheses, or one the word for
    years follows (`cued`: "1878 ile 1903 yılları arasında"), which may be long ago; in words ("between 1990 and
    1995") unless a counted noun follows ("entre 1990 y 1995 personas")."""
    first, last = _from_own_era(int(m["year"]), w), _from_own_era(int(m["year2"]), w)  # Thai "2563-2565": 2020-2022
    if first > last and _in_parentheses(m) and _right_to_left(w.language):
        first, last = last, first  # typed in the order a left-to-right line shows them: "(۱۹۸۸–۱۹۸۰)" is 1980 to 1988
    earliest, longest = (1500, 110) if cued or _in_parentheses(m) else (1900, 50)
    if not earliest <= first < last <= first + longest and not _short_old_pair(m, first, last):
        return None
    if _decade(m.string[max(0, m.start("year") - 30) : m.start("year")].lower(), "", w.extra, m["year"]):
        return None  # "nas décadas de 1980 e 1990": two decades
    if not counted_after:
        start = m.start("year")
        return DateMention(start, m.end(), sentence[start : m.end()], first, last=(last, None, None))
    after = sentence[m.end() : m.end() + 20]
    follows = re.match(r"\s+(\w+)", after)
    word = follows[1] if follows else ""
    if w.extra.get("bare_year_before_lowercase"):  # German capitalises nouns: "2013 und 2020 Soldaten"
        counted = word[:1].isupper()
    else:  # a lower-case word right after, unless a function word or the word for years ("2025-2031 гг.")
        counted = word[:1] != word[:1].upper() and word.lower() not in w.extra.get("function_words", [])
        counted = counted and not any(after.lower().lstrip().startswith(s.lower()) for s in w.extra.get("year_after", []))
    # two years in a row before an office's noun are a term, not a count: "zwischen 2013 und 2014 Regierungschef"
    office = word.lower().endswith(tuple(w.extra.get("term_noun_endings", ()))) if word else False
    if counted and not (office and last == first + 1 and first % 10 != 0):
        return None
    start = m.start("year")
    return DateMention(start, m.end(), sentence[start : m.end()], first, last=(last, None, None))


SHORT_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-Þ]{2,5}\s+$")  # "van", "ynter", "from": a short lower-case word
VOWEL = re.compile(r"[aeiouyàáâäåæèéêëìíîïòóôöøùúûüýœ]|[^\x00-\u024f]", re.I)  # or a letter of another script


def _short_old_pair(m: re.Match[str], first: int, last: int) -> bool:
    """Two years before 1900 joined by a word ("van 1821 tot 1823", "ynter 1795 ha 1796"): a range when the
    second follows within `SHORT_RANGE` years and neither is a round number, as the figures of a count are ("1500
    to 1600"); not two numbers joined by a dash, which are also pages or a model's numbers."""
    joined = m.groupdict().get("loose") is not None or bool(re.search(r"\d\s+\S+\s+\d", m[0]))
    before = SHORT_WORD_BEFORE.search(m.string, max(0, m.start("year") - 20), m.start("year"))
    # a "from" or "between" before the first ("van", "ynter"), a short lower-case word; not a noun ("de bladzijden
    # 1851 tot 1853", pages; "de kamers 1851 tot 1853", rooms)
    # nor an abbreviation without a vowel ("nrs 1851 tot 1853", lot numbers): a "from" is a word
    if before is None or not VOWEL.search(before[0]):
        return False
    return joined and 1500 <= first < last <= first + SHORT_RANGE and bool(first % 10 and last % 10)


@cache
def _right_to_left(language: str) -> bool:
    """CLDR writes the language right to left (Arabic, Persian, Hebrew, Urdu)."""
    try:
        return babel.Locale.parse(language).character_order == "right-to-left"
    except (ValueError, babel.UnknownLocaleError):
        return False


def _in_parentheses(m: re.Match[str]) -> bool:
    """A range of years alone in parentheses is a life or a reign, which may be long and long ago: "(1951- 2019)"."""
    return bool(re.search(r"\(\s*$", m.string[: m.start()]) and re.match(r"\s*\)", m.string[m.end() :]))


CALENDAR_MONTHS = {  # their names' tables
    "hijri": "hijri_months",
    "persian": "persian_months",
    BIKRAM_SAMBAT: "bikram_months",
    ETHIOPIC: "ethiopic_months",
}


def _named(form: str, m: re.Match[str], sentence: str, w: Words, year: int | None) -> tuple[int, int | None] | DateMention | None:
    """(month, day) of a date with a month name or a feast's; the month alone when its day was the ordinal of a
    part of it."""
    g = m.groupdict()
    if form == "feast":
        return _feast_day(g["feast"], w.extra["feasts"])
    table = w.extra.get(CALENDAR_MONTHS[form]) if form in CALENDAR_MONTHS else None
    name = g.get("month") or g["month2"]
    month = _month(name, table or w.months) or (w.extra.get("month_stems") or {}).get(name.lower())
    if month is None:
        return None
    if g.get("dayword") and _part_of_month(sentence[: m.start()], w):
        return _month_only(form, m, sentence, year, month)
    return month, int(g["day"]) if g.get("day") else _day_word(g.get("dayword") or "", w)


def _part_of_month(before: str, w: Words) -> bool:
    """An ordinal in words after a word for a part of a month counts the part, not the day: "النصف الثاني من
    شهر أغسطس" is the second half of August, "نیمه دوم مرداد" the second half of Mordad (`part_of_month`)."""
    last = re.findall(r"[^\W\d_]+", before[-30:])
    return bool(last) and key(last[-1]) in {key(p) for p in w.extra.get("part_of_month", [])}


def _month_alone(m: re.Match[str], sentence: str, w: Words) -> DateMention | None:
    g = m.groupdict()
    group = next(k for k, v in g.items() if k.startswith("month") and v)
    month = _month(g[group], w.months) if group != "month9" else _stem_month(g[group], w.extra["genitive_stems"])
    if group == "month8" and anyascii(m.group()).lower() in given_names():  # "Augustin", opening a sentence
        return None
    if _capitalised_inside(m.string, m.start(group), w.language):  # "Rio de Janeiro": a name's word
        return None
    if group == "month10" and not _after_short_word(m, w):
        return None
    return DateMention(m.start(group), m.end(), sentence[m.start(group) : m.end()], None, month) if month else None


def _short_word_months(w: Words, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A month's wide name alone after a short word, where no word for "in" is known: "in Mei", "En decembro"."""
    known = any(len(cue) <= MAX_PREPOSITION for cue in w.extra.get("month_before", []))  # an addition's "in"
    if not w.extra.get("month_after_short_word") or known:
        return []
    short = rf"(?P<cue10>[^\W\d_]{{1,{MAX_PREPOSITION}}})"
    names = _alt([*w.full_months, *w.extra.get("case_months", [])])  # "in Mei"; "w maju", a case of the name
    return [("month", rf"{edges[0]}{short}\s+(?P<month10>{names}){edges[1]}(?![\s.]*\d|,\s*\d)")]


MIN_LOWERCASE_MONTH = 5  # "decembro", "iulie"; not "mai", "maj", which are also words ("more", "that")


def _after_short_word(m: re.Match[str], w: Words) -> bool:
    """A month's wide name after a word of three letters at most, where the language's words for "in" are unknown
    (`month_after_short_word`): a preposition, lower-case inside the sentence or capitalised opening it ("in Mei",
    "En decembro"). A capitalised name not before another capitalised word ("Mei Ling" is a name); a lower-case
    one of five letters or more ("mai", "maj" are also words: more, that)."""
    cue, name, before = m["cue10"], m["month10"], m.string[: m.start("cue10")]
    if re.search(r"\d\s*$", before):  # "14 нче сентябрь": an ordinal's word after its day
        return False
    opening = not before.strip(" \"'“‘«(")
    # a capital of one letter opening the sentence only where the language lists it as a preposition
    # (`one_letter_prepositions`: Polish "W maju"), and only before a month's lower-case case form: "A", "I" (and)
    # are no prepositions, and "I Maja" is a given name
    alone = len(cue) == 1 and cue.lower() in w.extra.get("one_letter_prepositions", []) and name.islower()
    if not (cue.islower() or (opening and cue[:1].isupper() and (cue[1:].islower() or alone))):  # "W maju"
        return False
    if name.islower():
        return len(name) >= MIN_LOWERCASE_MONTH or name in w.extra.get("case_months", [])
    after = m.string[m.end("month10") :]
    name_follows = after[:1].isspace() and after.lstrip()[:1].isupper()
    return name[:1].isupper() and name[1:].islower() and not name_follows


# a word inside the sentence (not its first) and the short word after it, perhaps a name's particle ("Rio de")
NAME_WORD_BEFORE = re.compile(r"(?<=[^\W\d_])[\s,]*\s([^\W\d_]+)\s+(?:([^\W\d_]{1,3})\s+)?$")


def _capitalised_inside(text: str, at: int, language: str) -> bool:
    """A month alone written with a capital after a capitalised word inside a sentence, where the language writes
    months in lower case, is a word of a name: "no Rio de Janeiro", "la Plaza de Mayo" (not "desde Junho", as
    European Portuguese wrote months)."""
    if not (text[at : at + 1].isupper() and _lowercase_months(language)):
        return False
    word = NAME_WORD_BEFORE.search(text, max(0, at - 40), at)
    if word is None or not word[1][:1].isupper():
        return False
    short_word = word[2]  # between the name's words only a particle: "Rio de Janeiro", not "Lula em Março"
    return short_word is None or short_word.lower().replace("’", "'") in _name_particles(language)


@cache
def _name_particles(language: str) -> frozenset[str]:
    """The particles inside a name that the language's detection file lists ("de", "da", "do"): only they stand
    between a name's words. Read from the file itself: detection sits above the date grammar."""
    path = DATA.parent / "detect" / f"{language}.yaml"
    listed = ((safeyaml.shipped(path) or {}).get("particles") or []) if path.is_file() else []
    return frozenset(str(w).lower().replace("’", "'") for w in listed)


@cache
def _person_words(language: str) -> frozenset[str]:
    """The titles, regnal titles and honorifics of the language's detection file ("الرئيس", "الملك", "السيد"):
    nouns of a person, no adjective of the noun before them. Read from the file itself, as `_name_particles`."""
    path = DATA.parent / "detect" / f"{language}.yaml"
    data = (safeyaml.shipped(path) or {}) if path.is_file() else {}
    return frozenset(str(w) for k in ("titles", "regnal_titles", "honorifics") for w in data.get(k) or [])


@cache
def _lowercase_months(language: str) -> bool:
    locale = cldr_locale(language)
    return bool(locale) and babel.dates.get_month_names("wide", "format", locale)[3].islower()


def _stem_month(word: str, stems: dict[str, int]) -> int | None:
    """The month whose genitive stem the word is, with an ending of one or two letters ("marci": "marc", March)."""
    return next((stems[word[:-cut].lower()] for cut in (1, 2) if word[:-cut].lower() in stems), None)


def _and_months(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """The second of two months joined by "and" after a month read alone: "in July and August", "в июле и августе"
    (looked for only after such a month: a pattern opening with "and" would be tried all through every text)."""
    if g.and_month is None:
        return found
    added = []
    for d in found:
        m = g.and_month.match(text, d.end) if d.month and not (d.day or d.year or d.relative or d.last) else None
        month = _month(m["month"], g.words.months) if m else None
        if m and month and all(c.end <= m.start("month") or c.start >= m.end() for c in found):
            added.append(DateMention(m.start("month"), m.end(), sentence[m.start("month") : m.end()], None, month))
    return sorted(found + added, key=lambda d: d.start) if added else found


def _month_only(form: str, m: re.Match[str], sentence: str, year: int | None, month: int) -> DateMention | None:
    """The month (and year) of a match whose day was no day; a Solar Hijri month without a year says too little."""
    start = m.start("month") if m.groupdict().get("month") else m.start("month2")
    if form in ("hijri", "persian"):
        return _converted(form, m, sentence[start : m.end()], year, month, None) if year else None
    return DateMention(start, m.end(), sentence[start : m.end()], year, month)


def _day_word(word: str, w: Words) -> int | None:
    wanted = key(word)
    named = {**w.extra.get("day_words", {}), **w.extra.get("cardinal_day_words", {}), **w.extra.get("numeral_days", {})}
    return next((int(n) for name, n in named.items() if key(name) == wanted), None)


def _month(name: str, table: dict | object) -> int | None:
    wanted = key(name)
    if isinstance(table, dict) and all(isinstance(v, int) for v in table.values()):
        return table.get(wanted)
    for number, names in table.items():  # type: ignore[attr-defined]
        if wanted in {key(n) for n in names}:
            return int(number)
    return _ethiopic_month(wanted, table)  # type: ignore[arg-type]


def _ethiopic_month(name: str, table: dict) -> int | None:
    """The month whose name the text spells with other vowels or homophones ("ሚያዚያ" for "ሚያዝያ")."""
    if not any(ord(c) in ETHIOPIC_SYLLABLES for c in name):
        return None
    wanted = ethiopic_skeleton(name)
    return next((int(number) for number, names in table.items() if wanted in {ethiopic_skeleton(key(n)) for n in names}), None)


def _gregorian(form: str, year: int, month: int, day: int) -> dt.date:
    if form == "hijri":
        return hijridate.Hijri(year, month, day).to_gregorian()
    if form == BIKRAM_SAMBAT:
        return bikram_to_gregorian(year, month, day)
    if form == ETHIOPIC:
        return ethiopic_to_gregorian(year, month, day)
    return jdatetime.date(year, month, day).togregorian()


def _converted(form: str, m: re.Match[str], text: str, year: int, month: int | None, day: int | None) -> DateMention:
    """A Hijri (Umm al-Qura) or Solar Hijri date as its Gregorian equivalent, at the precision stated. A month
    (or year) of those calendars spans two Gregorian months (or years): it is the range of Gregorian days it
    covers ("آذر ۱۴۰۳" is 21 November to 20 December 2024; early, mid- or late in it: `_month_part_gregorian`).
    A year alone states no day: it is the Gregorian years it runs across, at a year's precision ("سال ۱۴۰۱": 2022
    to 2023)."""
    try:
        g = _gregorian(form, year, month or 1, day or 1)
        if not month:
            end = _gregorian(form, year + 1, 1, 1) - dt.timedelta(days=1)
            return DateMention(m.start(), m.end(), text, g.year, last=(end.year, None, None), calendar=form)
        if not day:  # a month: "آذر ۱۴۰۳"
            end = _gregorian(form, year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            if form == "persian":  # the Gregorian month covering most of it, as Iranian texts translate one
                most = g if calendar.monthrange(g.year, g.month)[1] - g.day >= end.day else end
                return DateMention(m.start(), m.end(), text, most.year, most.month, calendar=form)
            last = (end.year, end.month, end.day)
            return DateMention(m.start(), m.end(), text, g.year, g.month, g.day, last=last, calendar=form)
    except (ValueError, OverflowError):
        return DateMention(m.start(), m.end(), text, invalid=True)
    return DateMention(m.start(), m.end(), text, g.year, g.month if month else None, g.day if day else None, calendar=form)


def _part_named_before(m: re.Match[str], w: Words) -> int | None:
    """The day of the month that its early, middle or late part before it names (`month_parts`: "اواسط", mid-)."""
    parts = {fold(k): v for k, v in (w.extra.get("month_parts") or {}).items()}
    before = re.search(rf"{WORD_START}({_words_alt(list(parts))})\s*$", m.string[max(0, m.start() - 20) : m.start()])
    return parts[before[1]] if before else None


def _month_part_gregorian(form: str, m: re.Match[str], text: str, year: int, month: int | None, day: int) -> DateMention:
    """Early, mid- or late in a month of another calendar: the Gregorian month that part falls in, whose days the
    text does not state ("اواسط اردیبهشت ۱۳۹۰", mid-Ordibehesht: May 2011)."""
    try:
        g = _gregorian(form, year, month or 1, day)
    except (ValueError, OverflowError):
        return DateMention(m.start(), m.end(), text, invalid=True)
    return DateMention(m.start(), m.end(), text, g.year, g.month, calendar=form)


def _persian_yearless(m: re.Match[str], text: str, month: int, day: int | None) -> DateMention:
    """A Solar Hijri day without its year, with the Gregorian day it falls on in most years."""
    usual = usual_gregorian(month, day or 1)
    if usual is None or day is None:
        return DateMention(m.start(), m.end(), text, invalid=True)
    return DateMention(m.start(), m.end(), text, None, usual[0], usual[1], calendar="persian", native=(month, day))


def _persian_yearless_days(m: re.Match[str], text: str, month: int, day: int | None, last: int | None) -> DateMention:
    """Solar Hijri days of one month without their year, the first to the last, on the Gregorian days of most years;
    where the last is not after the first, the first alone."""
    first = _persian_yearless(m, text, month, day)
    usual = usual_gregorian(month, last) if last and day and day < last else None
    return replace(first, last=(None, *usual)) if usual and not first.invalid else first


def _calendar_yearless(
    form: str, m: re.Match[str], text: str, month: int, day: int | None, last: int | None = None
) -> DateMention | None:
    """A day of another calendar without its year (Solar Hijri days to the `last` of the month too)."""
    if form == "persian":
        return _persian_yearless_days(m, text, month, day, last)
    if form == BIKRAM_SAMBAT:
        return _bikram_yearless(m, text, month, day)
    if form == ETHIOPIC:
        return None
    return _hijri_yearless(m, text, month, day)


def _bikram_yearless(m: re.Match[str], text: str, month: int, day: int | None) -> DateMention | None:
    """A Bikram Sambat day without its year: the Gregorian day it falls on in most years, when nearly every year
    has it there (`usual_bikram_day`); no date where a year-less day could be either of two."""
    usual = usual_bikram_day(month, day) if day else None
    return DateMention(m.start(), m.end(), text, None, usual[0], usual[1], calendar=BIKRAM_SAMBAT) if usual else None


def _hijri_yearless(m: re.Match[str], text: str, month: int, day: int | None) -> DateMention | None:
    """A Hijri day without its year: its Gregorian day is the one the sentence states beside it
    (`_hijri_as_stated`), or none."""
    return DateMention(m.start(), m.end(), text, calendar="hijri", native=(month, day)) if day else None


@cache
def _gregorian_by_year(month: int, day: int) -> dict[int, tuple[int, int]]:
    """The Gregorian (month, day) of a Solar Hijri day in each year of one 33-year leap cycle."""
    days = {}
    for year in range(1390, 1423):
        try:
            g = jdatetime.date(year, month, day).togregorian()
        except ValueError:  # 30 Esfand outside a leap year
            continue
        days[year] = (g.month, g.day)
    return days


@cache
def _gregorian_days(month: int, day: int) -> tuple[tuple[int, int], ...]:
    """The Gregorian (month, day) of a Solar Hijri day in each year of one 33-year leap cycle."""
    return tuple(_gregorian_by_year(month, day).values())


def pinned_solar(found: list[DateMention]) -> list[DateMention]:
    """Solar Hijri days without their year in a text that gives one of them a Gregorian day other than the one
    of most years ("۲۸ ژوئن (هشتم تیر)": 8 Tir on 28 June): the others are of the years where that holds, and take
    the Gregorian day those years give them when it is one (15 Tir on 5 July, not the 6 July of most years). The
    text's days are taken as of one year, as a text with no year states them."""
    yearless = [d for d in found if d.calendar == "persian" and d.native and d.native[1] and not d.year and d.day]
    pins = [d for d in yearless if (d.month, d.day) != usual_gregorian(*d.native)]  # type: ignore[misc]
    if not pins:
        return found
    years: set[int] | None = None
    for pin in pins:
        held = {y for y, day in _gregorian_by_year(*pin.native).items() if day == (pin.month, pin.day)}  # type: ignore[misc]
        years = held if years is None else years & held
    out = []
    for d in found:
        if d in yearless and d not in pins and years:
            days = {_gregorian_by_year(*d.native).get(y) for y in years}  # type: ignore[misc]
            if len(days) == 1 and None not in days:
                ((month, day),) = days  # type: ignore[misc]
                d = replace(d, month=month, day=day)
        out.append(d)
    return out


def gregorian_days(month: int, day: int) -> set[tuple[int, int]]:
    """Every Gregorian (month, day) a Solar Hijri day falls on, whatever the year."""
    return set(_gregorian_days(month, day))


def usual_gregorian(month: int, day: int) -> tuple[int, int] | None:
    """The Gregorian (month, day) a Solar Hijri day falls on in most years: the others are a day off, so
    extract.py converts exactly once a year is known."""
    days = _gregorian_days(month, day)
    return max(set(days), key=days.count) if days else None


def persian_in(year: int, month: int, day: int) -> list[dt.date]:
    """The Gregorian dates in the Gregorian `year` of a Solar Hijri day (month, day): one, or none for 30 Esfand."""
    found = []
    for native in (year - 622, year - 621):  # a Solar Hijri year starts in March
        try:
            found.append(jdatetime.date(native, month, day).togregorian())
        except ValueError:
            continue
    return [d for d in found if d.year == year]


SOLAR_YEAR = re.compile(r"(?<![\d.,/:])(13[5-9]\d|14[0-4]\d)(?![\d.,:]\d|\d)")  # 1350 to 1449: 1971 to 2071


def solar_years(text: str) -> list[int]:
    """The numbers of a text that may be Solar Hijri years of the last and this century ("انتخابات ۱۴۰۳")."""
    return sorted({int(m[1]) for m in SOLAR_YEAR.finditer(text.translate(DIGITS))})


def persian_near(anchor: dt.date, month: int, day: int) -> dt.date | None:
    """The Gregorian date of a Solar Hijri day (month, day) in the Solar Hijri year nearest the anchor."""
    base = jdatetime.date.fromgregorian(date=anchor).year
    found = []
    for year in (base - 1, base, base + 1):
        try:
            found.append(jdatetime.date(year, month, day).togregorian())
        except ValueError:
            continue
    return min(found, key=lambda d: abs((d - anchor).days), default=None)


def _longest_first(found: list[DateMention]) -> list[DateMention]:
    """The mentions that overlap no longer one, longest first; of two readings as long, a stated day wins
    ("nesta terça-feira (8/5)" is 8 May, not a weekday). The kept spans stay sorted, so each new one is checked
    against its two neighbours only: a sentence of thousands of dates stays linear, not quadratic."""
    starts: list[int] = []
    ends: list[int] = []
    chosen: list[DateMention] = []
    for mention in sorted(found, key=lambda d: (-(d.end - d.start), d.relative is not None, d.start)):
        i = bisect.bisect_right(starts, mention.start)
        if (i == 0 or ends[i - 1] <= mention.start) and (i == len(starts) or starts[i] >= mention.end):
            starts.insert(i, mention.start)
            ends.insert(i, mention.end)
            chosen.append(mention)
    return chosen


def _relative(kind: str, m: re.Match[str], sentence: str, w: Words) -> DateMention | None:
    g = m.groupdict()
    month_name = next((v for k, v in g.items() if k.startswith("month") and v), None)
    weekday_name = next((v for k, v in g.items() if "weekday" in k and v), None)
    month = _first_month(month_name, w.months) if month_name else None
    weekday = w.weekdays.get(key(weekday_name)) if weekday_name else None
    if (month_name and month is None) or (weekday_name and weekday is None):
        return None  # a name matched only by case folding ("Frıday" with a dotless ı)
    day = int(g["day"]) if g.get("day") else _day_word(g["dayword"], w) if g.get("dayword") else None
    if day is not None and not 1 <= day <= (calendar.monthrange(2000, month)[1] if month else 31):
        return None
    if (
        _not_from_now(kind, m, w)
        or _up_to_now(kind, m, w)
        or _age_after(kind, m, w)
        or (kind == "day-of-month" and weekday is not None and _noun_after(m, w))
        or (kind.startswith("day-of-month") and _days_counted(m, w))
        or (kind == "day+0" and (_day_as_noun(m, sentence, w) or _in_anniversary(m, w)))
        or (kind in ("weekday", "day+0") and _day_told_before(m, w))
    ):
        return None
    if kind.endswith("#"):  # a counted kind: the count is the pattern's group
        if _is_duration(fold(sentence[max(0, m.start() - DURATION_REACH) : m.start()]), kind, w) or _is_bound(m, w):
            return None
        count = _count(next(v for k, v in g.items() if k.startswith("count") and v), w)
        if count is None:
            return None
        # "three weeks ago" names a day, 21 days back ("last week" names a whole week, and stays unresolved)
        kind = f"day{kind[4]}{7 * count}" if kind.startswith("week") else kind[:-1] + str(count)
    last = (None, month, int(g["day2"])) if g.get("day2") and day and day < int(g["day2"]) <= 31 else None  # "25日至26日"
    start, end = m.start(), m.end()
    years_back = YEARS_BACK.match(kind)
    if years_back:
        start, end, kind = _anniversary(m, w, years_back[1]) or (start, end, kind)
    text = sentence[start:end]
    return DateMention(start, end, text, None, month, day, relative=kind, weekday=weekday, last=last)


def _first_month(names: str, months: dict[str, int]) -> int | None:
    """The month of a month's two names, by the first: "أبريل/نيسان", "كانون الثاني يناير"."""
    first = names.split("/")[0].split()
    return next((m for n in range(len(first), 0, -1) if (m := _month(" ".join(first[:n]), months))), None)


def _anniversary(m: re.Match[str], w: Words, years: str) -> tuple[int, int, str] | None:
    """A count of years back with the words that say "to the day" (`anniversary`: "ровно год назад", "five years
    ago today", "هشت سال پیش در چنین روزی") is the day of writing that many years before: (start, end, kind)."""
    cue = w.extra.get("anniversary") or {}
    before = re.search(
        rf"{WORD_START}(?:{_words_alt(cue.get('before', []))})[\s,]*$", m.string[max(0, m.start() - 30) : m.start()], re.I
    )
    after = re.match(rf"[\s,]*(?:{_words_alt(cue.get('after', []))}){WORD_END}", m.string[m.end() :], re.I)
    inside = re.search(rf"{WORD_START}(?:{_words_alt(cue.get('inside', []))}){WORD_END}", m[0], re.I)  # "há exatos dois anos"
    if not (before or after or inside):
        return None
    start = m.start() - (len(before[0]) if before else 0)
    return start, m.end() + (after.end() if after else 0), f"anniversary-{years}"


def _noun_after(m: re.Match[str], w: Words) -> bool:
    """A word after a weekday's number that is no function word counts it: "el jueves 8 camiones" (8 lorries)."""
    after = re.match(r"\s*([^\W\d_]+)", m.string[m.end() :])
    return bool(after) and len(after[1]) > 2 and after[1].lower() not in w.extra.get("function_words", [])


def _not_from_now(kind: str, m: re.Match[str], w: Words) -> bool:
    """Words for a time before or after now that count from something else: a count forward that also says
    "later", a span ("۴۰ سال گذشته": the past forty
    years), or a count back before an event (`before_event`: "دو روز پیش از برگزاری انتخابات", two days before
    the vote; "قبل يومين من الانتخابات")."""
    if kind.endswith("#") and "+" in kind and _says_later(m[0], w):
        return True
    if kind == "following-year" and _says_later(m[0], w) and _count_before(m, w):  # "دو سال بعد": two years later
        return True
    spans = COUNTED_UNIT.match(kind) and not kind.endswith("+0")  # "12 this week" counts what happened in it
    if spans and (
        (COUNT_BEFORE.search(m.string, max(0, m.start() - 12), m.start()) and not _day_of_month_before(m, w))
        or _counted_span(m, w)
    ):
        return True
    if kind.endswith("-#") and _counted_from_ablative(m, w):
        return True
    cue = w.extra.get("before_event")
    if not cue or "-" not in kind or not re.search(rf"{WORD_START}(?:{_words_alt(cue['before'])}){WORD_END}", m[0]):
        return False
    return bool(re.match(rf"\s*(?:{_words_alt(cue['after'])}){WORD_END}", m.string[m.end() :]))


MONTH_THEN_DAY = re.compile(r"([^\W\d_]+)\.?\s*\d{1,2}\s*$")  # "Sept. 7 " before "last year"


def _day_of_month_before(m: re.Match[str], w: Words) -> bool:
    """The figure before a word for last or next year is the day of the month named right before it ("on Sept. 7
    last year", "September 7 last year"): a day of that year, no count of years."""
    before = MONTH_THEN_DAY.search(m.string, max(0, m.start() - 30), m.start())
    return bool(before) and key(before[1]) in w.months


def _counted_from_ablative(m: re.Match[str], w: Words) -> bool:
    """A count back right after a noun in the ablative counts from what the noun names (`ablative_before_count`:
    Turkish "seçimden 5 yıl önce", five years before the election): no date; not after a word for this, today or
    now (its `now`: "bundan 5 yıl önce", five years ago)."""
    cue = w.extra.get("ablative_before_count")
    if not cue:
        return False
    word = re.search(rf"({LETTER}+)\s+$", m.string[max(0, m.start() - 40) : m.start()])
    if not word or key(word[1]) in {key(n) for n in cue.get("now", [])}:
        return False
    return re.fullmatch(rf"{LETTER}{{2,}}(?:{cue['ending']})", word[1]) is not None


def _day_as_noun(m: re.Match[str], sentence: str, w: Words) -> bool:
    """Where the word for "today" is the noun "the day" (`day_noun_article`: Arabic "اليوم"), an adjective
    after it that bears the article agrees with that noun: "اليوم الرابع" (the fourth day), "اليوم التالي" (the
    next day), "اليوم الوطني" (the national day); a weekday's name there is today's ("اليوم الأربعاء")."""
    article = w.extra.get("day_noun_article")
    # the sentence as written: folding makes a verb's hamza an article ("ألقى" -> "القى")
    after = re.match(rf"\s+({LETTER}+)((?:\s+{LETTER}+){{0,3}})", sentence[m.end() : m.end() + 60]) if article else None
    if not after or not after[1].startswith(article) or len(after[1]) <= len(article) + 1:
        return False
    if key(after[1]) in w.weekdays or after[1] in w.extra.get("same_day", []):
        return False
    if after[1] in _person_words(w.language):  # a title opens the clause's subject: "ووصل صباح اليوم الرئيس …"
        return False
    # an ordinal day before its month is today's date: "اليوم التاسع من مايو 2015"
    return not any(key(word) in w.months for word in after[2].split())


def _day_told_before(m: re.Match[str], w: Words) -> bool:
    """A weekday after a demonstrative that points back at a time the text named (`day_named_before`: "ese
    sábado", "naquele domingo", "jenem Samstag"; not English "that", also a conjunction: "announced that Thursday
    would be …") is the day of an event told before, and after an indefinite article (`indefinite_articles`:
    "c'était un jeudi", "on a Thursday") a kind of day: no date of its own."""
    before = re.search(rf"({LETTER}+)\s+$", m.string[max(0, m.start() - 20) : m.start()])
    words_before = (*w.extra.get("day_named_before", []), *w.extra.get("indefinite_articles", []))
    return bool(before) and before[1].lower() in words_before


def _in_anniversary(m: re.Match[str], w: Words) -> bool:
    """The word for "today" inside a longer phrase for "on this day" of another year (`anniversary`: "في مثل هذا
    اليوم من عام 2000", "un día como hoy de 1995") names no day of its own: the phrase's year or count does."""
    word = m[0].lower()
    for phrase in {fold(p).lower().strip(" ,") for ps in (w.extra.get("anniversary") or {}).values() for p in ps}:
        at = phrase.find(word)
        longer = len(phrase.split()) > len(word.split())  # not "today," of "today, ten years ago"
        if longer and 0 <= at <= m.start() and m.string[m.start() - at : m.start() - at + len(phrase)].lower() == phrase:
            return True
    return False


def _up_to_now(kind: str, m: re.Match[str], w: Words) -> bool:
    """The word for "today" after the language's words for "until" or "still" (`up_to_today`: "bis heute", "até
    hoje", "حتى اليوم", "aún hoy"): a span up to the time of writing, no day; not a part of the day ("bis heute
    Abend") nor an adjective ("до сегодняшнего заседания", until today's session)."""
    cue = w.extra.get("up_to_today")
    if not cue or kind != "day+0" or len(m[0].split()) > 1 or m[0].lower() not in w.relative:
        return False
    return re.search(rf"{WORD_START}(?:{_words_alt(cue)})\s*$", m.string[max(0, m.start() - 20) : m.start()], re.I) is not None


def _age_after(kind: str, m: re.Match[str], w: Words) -> bool:
    """ "This year" before an age (`age_after`: "今年64岁", "bu yıl 64 yaşında") tells how old someone is, not when
    something happened."""
    age = w.extra.get("age_after")
    return kind in ("year+0", "this-year") and bool(age) and re.match(age, m.string[m.end() : m.end() + 20]) is not None


def _says_later(phrase: str, w: Words) -> bool:
    """A count forward in the words that also say "later" (`later`: "3 gün sonra", "۳ روز بعد", "3天后") counts
    from the event the sentence tells as often as from the time of writing: no date."""
    later = w.extra.get("later")
    return bool(later) and re.search(_words_alt(later), phrase, re.I) is not None


def _count_before(m: re.Match[str], w: Words) -> bool:
    """A count of more than one right before the phrase, in figures or in words ("دو سال بعد", "۳ سال بعد"): the
    phrase's unit is counted from the event told, no "following" year of it."""
    before = m.string[max(0, m.start() - 20) : m.start()]
    figures = COUNT_BEFORE.search(before.translate(DIGITS))
    word = re.search(r"([^\W\d_]+)\s+$", before)
    return bool(figures and int(figures[0]) > 1) or bool(word and (_count(word[1], w) or 0) > 1)


def _counted_span(m: re.Match[str], w: Words) -> bool:
    """A count in words right before a word for last week, month or year, where the language counts it so
    (`counted_last`): "دو ماه گذشته" is the past two months."""
    before = re.search(r"([^\W\d_]+)\s+$", m.string[max(0, m.start() - 20) : m.start()])
    return bool(w.extra.get("counted_last") and before and (_count(before[1], w) or 0) > 1)


# how far before a count its `duration_before` words may start (a word and up to eight after it): reading only
# that much keeps a long sentence of counts linear
DURATION_REACH = 300


def _is_duration(before: str, kind: str, w: Words) -> bool:
    """A count from now that says how long something lasts, not when it happens: the language file's
    `duration_before` words right before it ("desde hace 14 años", "está no poder há 14 anos", "برای 60 روز دیگر"),
    or its `span_before` words before a count forward ("the first strike in 12 years"; "12 years ago" is a date)."""
    spans = w.extra.get("span_before", []) if "+" in kind else []
    return _cue_ends(before, [*w.extra.get("duration_before", []), *spans])


def _days_counted(m: re.Match[str], w: Words) -> bool:
    """A day's number after a word saying how long something lasts (`days_counted_after`: "历经 5 日搜救", after five
    days of searching; "为期3日"): a count of days, no day of the month. Chinese writes no space before the number."""
    cues = w.extra.get("days_counted_after")
    before = m.string[max(0, m.start() - 12) : m.start()]
    return bool(cues) and re.search(rf"(?:{_words_alt(cues)})\s*$", before) is not None


def _is_bound(m: re.Match[str], w: Words) -> bool:
    """A count back from now with only a bound, the language file's `bound_before` words right before it ("more
    than 30 years ago", "менш ніж два тижні тому"): a vague time, no date."""
    return _cue_ends(fold(m.string[max(0, m.start() - 30) : m.start()]), w.extra.get("bound_before", []))


def _cue_ends(before: str, cues: list[str]) -> bool:
    """Whether one of the cues (regular expressions of a language file) ends the text, a whole word or more."""
    return any(re.search(rf"{WORD_START}(?:{cue})\s*$", before, re.I) for cue in cues)


def _count(text: str, w: Words) -> int | None:
    """A whole count in digits or words ("3", "trois"); None for "2,5"."""
    number = text.replace(",", ".")
    if number.replace(".", "").isdigit():
        return int(float(number)) if float(number) == int(float(number)) else None
    return next((n for pattern, n in w.numbers if re.fullmatch(pattern, text, re.I)), None)


def _previous_word(text: str, at: int, w: Words) -> str:
    before = re.findall(r"[\w'’\u200c-]+", text[max(0, at - 30) : at])  # "سال‌های": one word with its joiner
    word = before[-1].lower().strip("-") if before else ""
    cues = (*w.extra.get("year_before", []), *w.extra.get("weak_year_before", []))
    for clitic in w.extra.get("clitics", []):
        if word.startswith(clitic) and word[len(clitic) :] in cues:  # "وفي 1992": "and in 1992"
            return word[len(clitic) :]
    return _hyphened_cues(word, cues, w.extra.get("range", []))


def _hyphened_cues(word: str, cues: tuple[str, ...], joins: list[str]) -> str:
    """Cues hyphened into one word by a range's joiner ("early-to-mid 2019", "mid-to-late 2019"): the last cue,
    which stands right before the year; any other hyphened word is itself."""
    parts = word.split("-")
    if len(parts) == 3 and parts[0] in cues and parts[1] in joins and parts[2] in cues:
        return parts[2]
    return word


def _is_year(text: str, m: re.Match[str], w: Words, listed: bool = False) -> bool:
    """A bare four-digit number is a year only with a cue of the language before or after it; `listed` after
    another year, it is one unless a counted noun follows."""
    x = w.extra
    before = text[max(0, m.start() - 30) : m.start()].lower()
    after = text[m.end() : m.end() + 20]
    if _never_year(m["year"], before, after, w) or _count_after(after, w.language) or _birth_year_label(before, w.extra):
        return False
    previous = _previous_word(text, m.start(), w)
    if (
        _cue_before(previous, before, after, x, _cue_opens_sentence(text, m))
        or _unspaced_year_word(before, w)
        or _article_before(m["year"], before, x)
    ):
        return True
    if (x.get("year_words") and _year_word_beside(text, m, w)) or (x.get("year_dot") and _ordinal_year(after)):
        return True
    if _case_ending_after(after, w) or _proclitic_glued(text, m, after, w):
        return True
    if (
        _event_name_before(text, m.start())
        or _after_state_name(text, m, after, w.language)
        or _held_event_before(text, m, w)
        or _year_after_name(text, m, after, w)
    ):
        return True
    ahead = text[m.end() : m.end() + 40]  # a cue's words may run past `after`: "the 2016 presidential election"
    if _year_word_after(ahead, w) or _born_after(ahead, x) or _year_ending_clause(text, m, w):
        return True
    weak = _weak_cue(text[: m.start()], previous, w)  # only a weak cue is left, or none
    if weak is not None:
        return weak
    following = after.lstrip()[:1]
    next_word = (re.findall(r"[^\W\d_]+", after[:20]) or [""])[0].lower()  # "و" of "2009 و2014"
    if listed or previous in x.get("weak_year_before", []):  # "of 2024 dollars", "до 2000 тонн": a counted noun follows
        if x.get("bare_year_before_lowercase"):  # German nouns are capitalised: "von 2000 Soldaten", "von 2012 vorerst"
            return _year_before_noun(text, m, (previous, next_word, following), x)
        return not following.isalpha() or following.isupper() or _uncounted(next_word, x)
    return bool(x.get("bare_year_before_lowercase")) and following.isalpha() and following.islower()


def _year_before_noun(text: str, m: re.Match[str], around: tuple[str, str, str], x: dict) -> bool:
    """After a weak cue or another year, in a language that capitalises nouns: a year unless a noun follows ("von
    2000 Soldaten"), or, beside a range's joiner, as one of a range of years (`_years_span`: "zwischen 2013 und
    2020 Fischer" counts, "von 1985 bis 1991 Generalsekretär" is a term)."""
    previous, next_word, following = around
    if next_word in x.get("range", []):  # the first of a pair: a year only as a range's
        return _years_span(text, m, previous, x)
    if previous in x.get("range", []) and _years_span(text, m, previous, x):  # its last ("bis 2019 zu regieren" too)
        return True
    return not following.isupper()


MAX_YEAR_SPAN = 100  # years from the first of a range to its last: a term, a war, a life


def _years_span(text: str, m: re.Match[str], previous: str, x: dict) -> bool:
    """A number after a range's opening word (`range_from_to`: "von"), a joiner that means no "and" ("bis"), then a
    later number (or that later number itself) make a range of years when the two are not both round (hundreds or
    fifties: "von 1500 bis 2000 Soldaten" counts) and lie less than `MAX_YEAR_SPAN` apart: "von 1985 bis 1991
    Generalsekretär"; not a pair with "zwischen … und" ("zwischen 2013 und 2020 Fischer", a count) or without the
    opening word ("2013 und 2020 Soldaten")."""
    joins = _words_alt([j for j in x.get("range", []) if j not in x.get("range_and", [])])  # "bis", not "und"
    opens = _words_alt(x.get("range_from_to", []))  # "von": "zwischen 2013 und 2020 Fischer" counts
    pair = rf"(?<![\w.,])(?:{opens})\s+(?P<first>{YEAR})\s+(?:{joins})\s+(?P<last>{YEAR})(?![\d.,]\d|\d)"
    start = max(0, m.start() - 40) if previous in x.get("range", []) else m.start() - len(previous) - 1
    found = re.compile(pair, re.I).search(text, max(0, start), m.end() + 40)
    if not found or m.start() not in (found.start("first"), found.start("last")):
        return False
    first, last = int(found["first"]), int(found["last"])
    if _counted_noun(text[found.end() : found.end() + 40], x):  # "von 1980 bis 2040 Euro": a count, not years
        return False
    return 0 < last - first < MAX_YEAR_SPAN and not (first % 50 == 0 and last % 50 == 0)


def _counted_noun(after: str, x: dict) -> bool:
    """The noun after a pair of numbers is one that counts (`range_count_nouns`: a unit, a currency, people; as the
    end of a compound too, "Höhenmeter", "US-Dollar")."""
    word = re.match(r"\s*([^\W\d_][\w-]*)", after)
    nouns = x.get("range_count_nouns", [])
    return bool(word) and any(word[1].lower().endswith(n.lower()) for n in nouns)


def _birth_year_label(before: str, x: dict) -> bool:
    """A label right before a year that gives a person's year of birth beside the name, in place of an age
    (`birth_year_before`: Vietnamese "Nguyễn Văn An (SN 1990)", "SN" for "sinh năm", born in the year): it says how
    old someone is, no dated event. `before` is lower-case."""
    labels = x.get("birth_year_before")
    return bool(labels) and re.search(rf"(?:^|[\s(,])(?:{_words_alt(labels)})[\s.:]*$", before, re.I) is not None


GLUED_REST = 4  # letters at least after a clitic: "وأصبح", "لشقيقه"; not "وفاة", "ليرة" (deaths, pounds: counted nouns)


def _uncounted(word: str, x: dict) -> bool:
    """A word after a number that is no noun it counts: a function word, or, where the language glues its
    conjunctions and prepositions to the next word (`clitics`), a word opening with one ("في 1990 وأصبح", and
    became; "في 2006 لشقيقه", to his brother): a counted noun follows its number bare. Only with a word of four
    letters or more after the clitic, since a noun may open with the clitic's letter ("وفاة", "ليرة")."""
    if word in x.get("function_words", []):
        return True
    return any(word.startswith(c) and len(word) - len(c) >= GLUED_REST for c in x.get("clitics", []))


OLD_YEAR_END = re.compile(rf"\s*(?:[.,;:)]|$)|\s+({LETTER}+)")


def _old_year(text: str, m: re.Match[str], w: Words, _listed: bool = False) -> bool:
    """A year before 1500 right after a cue of `year_before` that nothing counted follows: a mark, the end or a
    function word ("since Gregory XII in 1415 to end", "desde Celestino V, em 1294."; not "in 1200 cases"). Not
    where the language counts years by another calendar, whose years these numbers are ("عام 1415")."""
    x = w.extra
    if x.get("hijri_months") or x.get("persian_months") or _previous_word(text, m.start(), w) not in x.get("year_before", []):
        return False
    end = OLD_YEAR_END.match(text, m.end())
    return bool(end) and (end[1] is None or end[1].lower() in x.get("function_words", []))


NAME_HYPHEN = re.compile(r"(?<![\w-])([^\W\d_]{3,})-$")  # the word a hyphen glues a year to: "Олимпиады-2008"


def _event_name_before(text: str, at: int) -> bool:
    """A year glued by a hyphen to a capitalised word is that of an event so named: "Олимпиады-2008",
    "Евро-2012", "Expo-2020"; not "mid-2024", whose cue is another rule's, nor a model's letters ("Су-2000")."""
    word = NAME_HYPHEN.search(text, max(0, at - 30), at)
    return bool(word) and word[1][0].isupper() and word[1][1:].islower()


EVENT_REACH = 60  # characters before a year where an event's name and its place stand
SHORT_WORD = 3  # letters of the short words between an event's name and its place: "de", "do", "di"


def _held_event_before(text: str, m: re.Match[str], w: Words) -> bool:
    """The name of an event held in a year (`event_year_before`: "Jeux olympiques", "Олімпійських ігор") right
    before the number, or with the name of its place between, after a short word or none ("Juegos Olímpicos de
    París 2024", "أولمبياد باريس 2024"): the event of that year. In a script without capitals the place is one word,
    and nothing counted may follow the number ("زلزال هرات 2023 أو …")."""
    if not (w.extra.get("event_year_before") or w.extra.get("counted_event_year_before")):
        return False
    found = _event_year_pattern(w.language).search(text, max(0, m.start() - EVENT_REACH), m.start())
    if not found:
        return False
    place = found["place"] or ""
    rest = re.match(rf"\s*(?:[.,;:!?()«»\"“”،؛]|$|({LETTER}+))", text[m.end() :])
    uncounted = bool(rest) and (not rest[1] or _uncounted(rest[1].lower(), w.extra))
    if key(found["name"]) in _counted_event_names(w.language):  # "انتخابات 2022." but not "في الهجمات 2000 شخص"
        return uncounted and (not place or place[:1].lower() == place[:1].upper())
    # a place of several words whose first the short words before it took ("de Río de Janeiro 2016": "de Janeiro"),
    # its last capitalised; not a common noun's ("Mondiali di calcio di Russia 2018.")
    parts = place.split()
    if not place or place[:1].isupper() or (len(parts[0]) <= SHORT_WORD and parts[-1][:1].isupper()):
        return True
    return place[:1].lower() == place[:1].upper() and uncounted


@cache
def _counted_event_names(language: str) -> frozenset[str]:
    """`counted_event_year_before`'s names as `key` writes them."""
    return frozenset(map(key, words(language).extra.get("counted_event_year_before", [])))


@cache
def _event_year_pattern(language: str) -> re.Pattern[str]:
    x = words(language).extra
    names = _words_alt([*x.get("event_year_before", []), *x.get("counted_event_year_before", [])])
    # one or two short words before the place ("Copa Mundial de la FIFA 2022"), and a conjunction or preposition
    # the language glues before the name ("بكأس العالم 2022")
    # a place of several words, capitalised, perhaps with a short word between ("Rio de Janeiro", "Buenos Aires")
    more = r"(?:\s+(?:[^\W\d_]{1,3}\s+)?[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*){0,2}"
    place = rf"(?:(?:\s+[^\W\d_]{{1,3}}){{1,2}}\s+|\s+[^\W\d_]{{1,2}}['’]|\s+)(?P<place>[^\W\d_][\w'’-]*{more})"
    glued = f"(?:{_alt(x['clitics'])})?" if x.get("clitics") else ""
    # a dash may join the name to its year ("чемпионата Европы — 2020")
    return re.compile(rf"{WORD_START}{glued}(?i:(?P<name>{names}))(?:{place})?\s*[-–—]?\s*$")


# two capitalised words inside the sentence, then a space: "Olimpik Paris 2024" (not "bishii Agoosto 2021", a
# month's name no locale data spells so)
NAME_THEN_YEAR = re.compile(r"[\w,]\s+([^\W\d_][\w'’-]*)\s+([^\W\d_][\w'’-]*)\s+$")


def _year_after_name(text: str, m: re.Match[str], after: str, w: Words) -> bool:
    """In a language with no data file written with capitals, a year right after two capitalised words that do not
    open the sentence: the year of the event, games, treaty or body the name calls ("Sukan Olimpik Paris 2024",
    "Perjanjian Paris 2015,", "Pengerusi ASEAN 2021"), where a count stands after a verb or a preposition. Not after a
    month's or a weekday's name (a date's own year), nor before another number."""
    if not w.extra.get("year_after_name"):
        return False
    name = NAME_THEN_YEAR.search(text, max(0, m.start() - NAME_REACH), m.start())
    if not name or not (name[1][:1].isupper() and name[2][:1].isupper()) or re.match(r"\s*[\d%]", after):
        return False
    last = key(name[2])  # "Nomor 3 Tahun 2022": the word for year after a count names a law's number, no date
    return last not in w.months and last not in w.weekdays and not year_form(last, w.extra.get("year_words", []))


# a mark after a number, the Arabic script's comma or a closing quotation mark too: nothing it counts (not
# "Mondiali di Russia 2018.", a name whose full stop ends the sentence, as the annotators of some sets did not mark)
CLAUSE_END = re.compile(r"\s*[,;:()،؛”»\"]")


def _after_state_name(text: str, m: re.Match[str], after: str, language: str) -> bool:
    """A year right after the name of a state or of its capital, before a mark that ends the phrase: the event
    the place and year name, or what happened there then ("das Erdbeben in Haiti 2010, das", "der Angriff auf Israel
    2023 (auch …)", "Tokyo 2020, …", "“طوكيو 2020”"); a count would have its noun after it. The name may carry a
    conjunction or preposition the language glues to it (`clitics`: "بطوكيو 2020،", in Tokyo 2020)."""
    if not CLAUSE_END.match(after):
        return False
    end = len(text[: m.start()].rstrip())
    place = _place_names(language).search(text, max(0, end - 40), end) if end < m.start() else None
    if place is None:
        return False
    before, ahead = text[place.start() - 1 : place.start()], text[max(0, place.start() - 2) : max(0, place.start() - 1)]
    glued = before in words(language).extra.get("clitics", []) and not ahead.isalnum()
    return glued or not before.isalnum()  # "Mali", not "Somali"


@cache
def _place_names(language: str) -> re.Pattern[str]:
    """`_state_names` with the names of the states' capitals (the base knowledge's), as one pattern."""
    capitals = {fold(n) for names in capital_names(language).values() for n in names}
    end = "" if cjk(language) else "$"
    alternatives = "|".join(map(re.escape, sorted(capitals, key=len, reverse=True)))
    return re.compile(f"(?:{_state_names(language).pattern.removesuffix(end)}|{alternatives}){end}", re.I)


MAX_PREPOSITION = 3  # "yn", "sa", "ers": a longer word may be a noun the number names ("cefn 1922", the committee)
CLAUSE_END_YEARS = range(1900, 2100)  # the years a text names most; a count this large is rare without its noun
CLAUSE_CLOSED = re.compile(r"\s*(?:[.;:!?)\]]|,(?!\d)|$)")  # a mark closing the clause, not a decimal's comma
YEAR_CUE_BEFORE = re.compile(rf"(?<![\w{WORD_MARKS}\d.,])({LETTER}+)\s+$")


def _year_ending_clause(text: str, m: re.Match[str], w: Words) -> bool:
    """A recent year, not a round hundred, right after a short word or a name and right before a mark that closes
    the clause or a word of CLDR's lists ("and", "or"): no noun follows, which a count would take ("in 2021.",
    "yn 2015 a", "ar ddiwedd 2022."; not "2000 houses"). For a language no data file describes, whose words for
    "in" or "since" nobody has listed: its locale data names no preposition; a longer word only where dateparser
    skips it beside a date ("noong 1982.")."""
    number = int(m["year"])
    if not w.extra.get("clause_end_years") or number not in CLAUSE_END_YEARS or number % 100 == 0:
        return False
    if not CLAUSE_CLOSED.match(text, m.end()) and not _list_word_after(text, m.end(), w):
        return False
    word = YEAR_CUE_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    if not word or _count(word[1], w) is not None or _is_unit_word(word[1].lower(), w):
        return False
    return len(word[1]) <= MAX_PREPOSITION or word[1][:1].isupper() or word[1].lower() in dateparser_skipped(w.language)


TEXT_CUE = re.compile(rf"(?<![\w{WORD_MARKS}])([^\W\d_A-Z]{{1,12}})\s+$")  # a lower-case word right before a date
TEXT_CUED_YEAR = r"(?P<year>(?:19|20)\d\d)(?![\d.,]?\d)"


def years_after_text_cues(texts: list[str], language: str) -> list[tuple[int, DateMention]]:
    """Years a source states after the word it writes before its own dates with a month: where no data file says
    which words are the language's "in" or "since", the text tells ("noong Nobyembre 5, 2006" makes "noong 1952"
    a year, "niadtong Enero 21" "niadtong 2019"). A recent year, not a round hundred, with no unit's word after it
    ("en 2000 metros"), and outside the dates found; (index of the text, the year)."""
    w = words(language)
    if not w.extra.get("clause_end_years"):
        return []
    found = [find_dates(text, language) for text in texts]
    cues = {c for text, dates in zip(texts, found, strict=True) for c in _cues_before_months(text, dates, w)}
    if not cues:
        return []
    pattern = re.compile(rf"(?<![\w{WORD_MARKS}])(?:{_plain_cues(cues)})\s+{TEXT_CUED_YEAR}", re.I)
    years = []
    for n, (text, dates) in enumerate(zip(texts, found, strict=True)):
        for m in pattern.finditer(text):
            start, end = m.span("year")
            if int(m["year"]) % 100 == 0 or any(d.start < end and start < d.end for d in dates):
                continue
            unit = re.match(rf"\s+({LETTER}+)", text[end : end + 30])
            if not (unit and _is_unit_word(unit[1].lower(), w)):
                years.append((n, DateMention(start, end, m["year"], int(m["year"]))))
    return years


def _cues_before_months(text: str, dates: list[DateMention], w: Words) -> set[str]:
    """The lower-case word right before each date of the text with a month and no count of days ("in", "noong")."""
    cues = set()
    for d in dates:
        if d.relative is None and d.month and not d.invalid:
            word = TEXT_CUE.search(text[max(0, d.start - 20) : d.start])
            if word and _count(word[1], w) is None:
                cues.add(word[1].lower())
    return cues


def _plain_cues(cues: set[str]) -> str:
    return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))


def _list_word_after(text: str, at: int, w: Words) -> bool:
    """A word of CLDR's lists ("and", "or": `function_words`) right after a number: "yn 2015 a bu'n"."""
    after = re.match(rf"\s+({LETTER}+){WORD_END}", text[at : at + 30])
    return bool(after) and after[1].lower() in w.extra.get("function_words", [])


def _is_unit_word(word: str, w: Words) -> bool:
    """A word of CLDR's units (`unit_words`): "km 2019." is a measure."""
    return year_form(word, w.extra.get("unit_words") or [])


def _count_after(after: str, language: str) -> bool:
    """A case ending and a word of quantity after a number (`count_after`: Turkish "2000'i aştı", passed 2000;
    "1500'den fazla", more than 1500): a count, whatever ending makes a year of it elsewhere ("2000'de")."""
    found = _count_after_pattern(language)
    return bool(found and found.match(after))


@cache
def _count_after_pattern(language: str) -> re.Pattern[str] | None:
    cues = words(language).extra.get("count_after")
    return re.compile("|".join(f"(?:{c})" for c in cues)) if cues else None


def _never_year(number: str, before: str, after: str, w: Words) -> bool:
    """A decade ("the 1990s", "1990-х", "la década de 1980"), a time of day ("1500 UTC") or a count after the
    word for a year named before ("that year 1600 people")."""
    if after[:1] in ("s", "-х", "'s", "’s") or after.startswith(("-х", "-ї", "-e")) or _decade(before, after, w.extra, number):
        return True
    return _time_of_day(number, after, w.language) or _refers_back(before, w)


@cache
def _time_zones(language: str) -> re.Pattern[str]:
    """Time zones after a time: UTC, GMT, military "Z" glued to it ("1500Z") and CLDR's short names of the
    language's zones ("MEZ", "HNE"); a closed list, as capitals ending in T are as often a name ("IT", "BT", "AT&T",
    "PT Freeport")."""
    locale = cldr_locale(language)
    names = {n for zone in (locale.meta_zones.values() if locale else ()) for n in zone.get("short", {}).values()}
    cldr = "".join(f"|{re.escape(n)}" for n in sorted(names, key=len, reverse=True) if n.isupper() and len(n) > 2)
    return re.compile(rf"(?:\s?(?:UTC|GMT{cldr})|Z)(?![\w&])")


def _time_of_day(number: str, after: str, language: str) -> bool:
    """Four figures before a time zone are hours and minutes: "as of 1500 UTC", "ab 1800 MEZ"."""
    hours, minutes = int(number[:2]), int(number[2:])
    return hours < 24 and minutes < 60 and bool(_time_zones(language).match(after))


# a clause with a count under a thousand and its noun (opening it, or after words without figures: "am 11. März
# kamen 191 Menschen ums Leben"), then, after a comma or a joiner, the number
COUNT_CLAUSE = re.compile(
    rf"(?:^|[.;:!?(]\s*)(?:[^\d.;:!?(]*?\s)??\d{{1,3}}\s+(?P<noun>{LETTER}+)[^\d.;:!?]*?"
    rf"(?:(?P<comma>[,;])\s*|\s)(?:(?P<joiner>{LETTER}+)\s+)?$"
)


def _refers_back(before: str, w: Words) -> bool:
    """The word for "year" (`year_nouns`) after a demonstrative (`year_named_before`: "that year", "آن سال")
    names a year the text stated before: a number after it counts ("in that year 1600 people died", "در آن سال
    ۱۴۲۶ زائر"). Any other word after the demonstrative says nothing ("said that in 2016", "بعد ذلك عام 2016")."""
    pattern = _year_referred_back(w.language)
    return pattern is not None and pattern.search(before) is not None


@cache
def _year_referred_back(language: str) -> re.Pattern[str] | None:
    """`_refers_back`'s pattern, made once a language (it asks it of every four-digit number)."""
    x = words(language).extra
    words_before, nouns = x.get("year_named_before", []), x.get("year_nouns", [])
    if not (words_before and nouns):
        return None
    return re.compile(rf"{WORD_START}(?:{_words_alt(words_before)})\s+(?:{_words_alt(nouns)})\s*$", re.I)


def _year_word_after(after: str, w: Words) -> bool:
    """A word of `year_after` right after the number: "2016年", "2016'da", "the 2008 election"."""
    glued, spaced = _year_after_words(w.language, tuple(w.extra.get("year_after", [])))
    lower = after.lower()  # not matched ignoring case, which makes the dotless ı an i: "1500 kişi" (people), no "kışı"
    return bool(glued and lower.lstrip().startswith(glued)) or bool(spaced and spaced.match(lower))


@cache
def _year_after_words(language: str, year_after: tuple[str, ...]) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """`year_after`'s words as `_year_word_after` reads them, once: those glued to the number (in CJK, "2016年",
    and any not opening with a letter or digit, "'da") as prefixes, the others as whole words in one pattern."""
    glued = cjk(language)  # "2016年": no space, no word boundary
    prefixes = tuple(s for s in year_after if glued or not s[:1].isalnum())
    spaced = [s for s in year_after if not (glued or not s[:1].isalnum())]
    alternatives = "|".join(map(re.escape, spaced))
    return prefixes, re.compile(rf"\s*(?:{alternatives}){WORD_END}") if spaced else None


def _weak_cue(before: str, previous: str, w: Words) -> bool | None:
    """What the sentence before a number says of it where no cue makes it a year: False for a count whose noun
    the sentence states before ("309 Menschen …, 1600 wurden verletzt"; "возросло до 1305 человек, пострадавших
    — до 1832"), True for a weak cue after a name ("de L'Aquila de 2009"); None when it says nothing."""
    if _elliptic_count(before, w):
        return False
    if previous not in w.extra.get("weak_year_before", []):
        return None
    if _counted_before(before, previous, w):
        return False
    return True if _name_before(before, previous, w) else None


NAME_REACH = 80  # a name, its cues and the spaces between: read no further back (a long line stays linear)


def _name_before(before: str, cue: str, w: Words) -> bool:
    """A capitalised word inside the sentence right before a weak cue: "l'attentat de Nice de 2016", "la
    Constitution de 1991", "el atentado de Bengasi de 2012" (the event or the text of a place, of a year). Not a
    place after the cue that names where ("a rally in Moscow of 2000 people", "en Madrid de 2000 personas"), nor a
    name joined to a count ("Wagner and 2000 troops"), nor a capital where every noun takes one (German,
    `bare_year_before_lowercase`)."""
    x = w.extra
    if x.get("bare_year_before_lowercase") or cue in x.get("range_and", []):
        return False
    word = re.search(rf"(?<!\S)(\S+)\s+([^\W\d_][\w'’-]*)\s+{re.escape(cue)}\s+$", before[-NAME_REACH:], re.I)
    if not word or not word[2][:1].isupper():
        return False
    return word[1].lower() not in (*x.get("year_before", []), *x.get("year_before_uncounted", []))


def _born_after(after: str, x: dict) -> bool:
    """The word for "born" after a year, perhaps with the birthplace between, of one or two words (`born_after`:
    "1947 Yozgat doğumlu", "1960 Aydın Söke doğumlu", a province and its district; "1980 doğumlu")."""
    born = x.get("born_after")
    return bool(born) and bool(re.match(rf"\s+(?:{LETTER}+\s+){{0,2}}(?:{_words_alt(born)}){WORD_END}", after, re.I))


# how far back the clause of a count left out may open: reading only that much before each number keeps a long
# line of numbers (a table without full stops) linear
CLAUSE_REACH = 200


def _elliptic_count(before: str, w: Words) -> bool:
    """A number opening the clause after one with a count and its noun counts the same noun left out: "309
    Menschen kamen ums Leben, 1600 wurden verletzt", "309 people died and 1600 were injured", "am 11. März kamen
    191 Menschen ums Leben, rund 1800 wurden verletzt"."""
    window = before[-CLAUSE_REACH:]
    clause = COUNT_CLAUSE.search(window)
    if clause and clause.start() == 0 and len(before) > CLAUSE_REACH and window[:1] not in ".;:!?(":
        return False  # the window opens inside a clause longer than it, not at the sentence's start
    if not clause or key(clause["noun"]) in w.months:  # "27 вересня …": a day, no count
        return False
    joiner = (clause["joiner"] or "").lower()
    # after a comma, a word of approximation opens the next count ("…, rund 1800 wurden verletzt"; not "2 Kriege,
    # zuletzt 2020")
    about = bool(clause["comma"]) and joiner in w.extra.get("approximations", [])
    return not joiner or joiner in w.extra.get("range_and", []) or about


DOT_THEN_LETTER = re.compile(r"\.\s+([^\W\d_])")  # an ordinal's dot and the next word's first letter


def _ordinal_year(after: str) -> bool:
    """Where CLDR writes a year as an ordinal ("d. MMMM y."), its dot before a word in lower case, which no
    sentence opens: "krajem 2018. uhićen", "1997. i 1998."; a count takes no such dot."""
    word = DOT_THEN_LETTER.match(after)
    return bool(word) and word[1].islower()


def _cue_before(previous: str, before: str, after: str, x: dict, opening: bool = False) -> bool:
    """A cue of `year_before` right before a number, or one of `year_before_uncounted` ("i 2005") with no word
    of a unit after the number ("i 1500 meters dybde": a count), nor a noun in lower case ending as the
    language's plurals end (`count_noun_endings`, less the verbs and function words of `not_count_nouns`):
    Afrikaans "in 1500 skole" (in 1,500 schools), not "In 2015 is hy"."""
    # a cue of several words, or an abbreviation its dots cut into several ("እ.ኤ.አ. 1999"), ends what comes before
    cues = x.get("year_before", [])
    if previous in cues or any(before.endswith(f"{c} ") for c in cues if " " in c or "." in c):
        return True
    unit = re.match(r"\s+([^\W\d_]+)", after)
    if previous not in x.get("year_before_uncounted", []):
        return False
    # a recent year after the cue opening a sentence stays a year whatever word ending so follows ("In 2022 moes
    # ...", had to; "In 2021 tree ...", steps): the plural-noun rule reads a count only inside a sentence
    return not (unit and (year_form(unit[1].lower(), x["unit_words"]) or (not opening and _plural_noun(unit[1], x))))


def _cue_opens_sentence(text: str, m: re.Match[str]) -> bool:
    """A recent year whose cue is its sentence's first word ("In 2022 moes …")."""
    head = text[max(0, m.start() - 40) : m.start()]
    word = re.search(r"(?:[.!?\n]\s*|^\s*)[^\W\d_]+\s+$", head)
    return bool(word) and (word[0][:1] in ".!?\n" or m.start() <= 40) and int(m["year"]) in ARTICLE_YEARS


def _plural_noun(word: str, x: dict) -> bool:
    """A word in lower case ending as the language's plural nouns end (`count_noun_endings`) and none of its
    verbs or function words that end so (`not_count_nouns`)."""
    endings = tuple(x.get("count_noun_endings", []))
    return bool(endings) and word.islower() and word.endswith(endings) and word not in x.get("not_count_nouns", [])


def _proclitic_glued(text: str, m: re.Match[str], after: str, w: Words) -> bool:
    """A recent year, not a round hundred, with a preposition glued before it as the language glues it to figures
    (`figure_proclitics`: Amharic "በ1956", in 1956; "ከ2015", from 2015; isiXhosa "ngo1998"), no unit's word after it."""
    proclitics = w.extra.get("figure_proclitics", [])
    before = text[max(0, m.start() - MAX_FIGURE_PROCLITIC - 1) : m.start()]
    glued = m.start() > 0 and text[m.start() - 1] in proclitics  # a letter, after any other ("ከበ2015")
    # a word of more letters, whole: "ngo1998" (in 1998), not "-ngo" ending another word
    glued = glued or any(len(p) > 1 and re.search(rf"{WORD_START}{re.escape(p)}$", before) for p in proclitics)
    if not glued or int(m["year"]) not in ARTICLE_YEARS or int(m["year"]) % 100 == 0:
        return False
    unit = re.match(r"\s+([^\W\d_]+)", after)
    return not (unit and _is_unit_word(unit[1].lower(), w))


MAX_FIGURE_PROCLITIC = 5  # the longest word glued to a year's figures: isiXhosa "ngo1998" (in 1998), Amharic's one letter
ARTICLE_YEARS = range(1900, 2100)  # a count takes the article too ("il-1500 ruħ"): only a recent year's figures tell


def _article_before(number: str, before: str, x: dict) -> bool:
    """A recent year with its article hyphened to it, alone or glued to a preposition ("l-2013", "fl-2017",
    "mill-2013"), where CLDR joins the language's articles so (`datewords.hyphened_articles`)."""
    return int(number) in ARTICLE_YEARS and any(before.endswith(article + "-") for article in x.get("year_articles", []))


def _unspaced_year_word(before: str, w: Words) -> bool:
    """In a script without spaces between words, the word for "year" right before the number, glued or spaced: the
    year it names ("ឆ្នាំ១៩៩៧", "ปี 2563": the year 1997, 2020), where a count puts the word after its number."""
    return spaceless(w.language) and any(before.rstrip().endswith(y) for y in w.extra.get("year_words", []))


def _year_word_beside(text: str, m: re.Match[str], w: Words) -> bool:
    """In a language with no data file, a form of its word for "year" right before the number ("v roce 2023",
    "tahun 2019") or after it ("w 2015 roku", "2005 r."), unless that is the word it counts so many years with
    ("2015 lat", "2004 år": a count)."""
    # after a count, the word counts years and the number is a name's: "Nomor 3 Tahun 2022" (law no. 3 of 2022)
    before = re.search(rf"(?<!\d\s)(?<!\d[.,]\s)(?<![\w{WORD_MARKS}.,])({LETTER}+)\s+$", text[max(0, m.start() - 30) : m.start()])
    if before and year_form(before[1].lower(), w.extra["year_words"], before_year=True):
        return True
    if _linked_year_word(text[max(0, m.start() - 30) : m.start()], w):
        return True
    # the year may bear an ordinal's dot before the word, which then opens no sentence: "2016. aastal", "2016. gadā"
    after = re.match(rf"(\.?)(\s+|-)({LETTER}+)(\.?)", text[m.end() : m.end() + 30])
    if after and after[2] == "-":  # hyphened as CLDR's format writes it, the word with a case ending: "2022-жылдын"
        return _hyphened_year_word(after[3].lower(), w)
    after = re.match(rf"(\.?)\s+({LETTER}+)(\.?)", text[m.end() : m.end() + 30])
    if not after or after[2].lower() in year_count_words(w.language, int(m["year"])) or (after[1] and after[2].istitle()):
        return False
    word = after[2].lower()
    if _year_word_case(word, w):  # "2020 жылдың", "2011 жылдан бастап": of 2020, since 2011
        return True
    return (len(word) > 1 or bool(after[3])) and (year_form(word, w.extra["year_words"]) or _short_year_word_ended(word, w))


def _year_word_case(word: str, w: Words) -> bool:
    """The word for "year" with one of the longer case endings the additions list for it (`year_word_endings`:
    Kazakh "жыл|дың", "жыл|дан", of, from the year), which `year_form`'s two letters miss; not the adjective of a
    count's length ("2000 жылдық тарих", a history of 2000 years), whose ending is not listed."""
    endings = w.extra.get("year_word_endings") or []
    return any(word == base + ending for base in w.extra["year_words"] for ending in endings)


def _short_year_word_ended(word: str, w: Words) -> bool:
    """A two-letter word for "year" with a case ending of up to three letters, after the year as before it: Tatar
    "2019 елда", "2019 елның" (in 2019, of 2019); the bare word is the count's ("2019 ел": 2019 years). Only in a
    language that glues case endings to nouns (`glued_case_endings`): elsewhere the ending is the count's own
    (Icelandic "2000 ára", 2000 years)."""
    if not glued_case_endings(w.language):
        return False
    return word[:2] in short_year_words(w.extra["year_words"]) and 2 < len(word) <= 2 + MAX_SHORT_NOUN_ENDING


def _hyphened_year_word(word: str, w: Words) -> bool:
    """A word for "year" of three letters or more after a hyphen, with the case ending the language glues to a noun
    (`glued_case_endings`, at least two letters): "2022-жылдын", "2023-жылы" (of 2022, in 2023)."""
    reach = max(2, glued_case_endings(w.language))
    return any(len(b) >= 3 and word.startswith(b) and len(word) - len(b) <= reach for b in w.extra["year_words"])


LINKED = re.compile(rf"(?<![\w{WORD_MARKS}])({LETTER}+)\s+([^\W\d_]{{1,{MAX_LINKER}}})\s+$")


def _linked_year_word(before: str, w: Words) -> bool:
    """The word for "year" and a short word linking it to its number, as the language's genitive does: Hausa
    "shekara ta 2013", "shekarar" (`year_form`); not a word of CLDR's lists ("and", "or": "shekaru da 2013")."""
    linked = LINKED.search(before)
    if not linked or linked[2].lower() in w.extra.get("function_words", []):
        return False
    return year_form(linked[1].lower(), w.extra["year_words"], before_year=True)


COUNTED_REACH = 400  # how far back in a sentence the same cue and its count are read


def _counted_before(before: str, cue: str, w: Words) -> bool:
    """The same weak cue earlier in the sentence before a number and the noun it counts ("до 1305 человек")."""
    x = w.extra
    if x.get("bare_year_before_lowercase"):  # German nouns are capitalised: the noun tells (`_is_year`)
        return False
    # a count of three figures or more, as large as a year ("до 1305 человек"), not "de 54 milhões"; read within
    # COUNTED_REACH only, which keeps a long line of counts linear
    cued = re.finditer(rf"{WORD_START}{re.escape(cue)}\s+\d[\d\s.,]*?\d\d\s+({LETTER}+)", before[-COUNTED_REACH:], re.I)
    for m in cued:
        noun = m[1].lower()
        year_word = any(noun.startswith(s.lower()) for s in x.get("year_after", []) if s[:1].isalpha())  # "до 2025 года"
        if not (year_word or _uncounted(noun, x) or key(noun) in w.months):
            return True
    return False


def _decade(before: str, after: str, x: dict, year: str) -> bool:
    """The language's words for a decade before or after a year that opens one: "la década de 1980", "1990'lı
    yıllar"; the same words before another year name years ("entre les années 2013 et 2016", "سال‌های ۲۰۱۳")."""
    cued = any(after.lstrip().startswith(w) for w in x.get("decade_after", [])) or any(
        before.endswith(f"{w} ") for w in x.get("decade_before", [])
    )
    return cued and year.translate(DIGITS).endswith("0")


YEAR_RANGE = re.compile(rf"\s*[-–—]\s*(?P<year>{YEAR})(?![\d%])")
YEAR_BEFORE = re.compile(rf"(?<![\d/.,:-])(?P<year>{YEAR})(?:\s*[-–—]\s*|/)$")
ADJACENT = re.compile(r"^[\s,،(/)\[\]«»\"“”-]*$")  # "الاثنين «الأول من فبراير 2021»", "sábado [14 de septiembre]"


def _absorbed(
    found: list[DateMention], text: str, sentence: str, same_day: re.Pattern[str], periods: re.Pattern[str]
) -> list[DateMention]:
    """Words beside each other that name the same day are one date: "yesterday, 5 August 2023",
    "сегодня, 18 марта", "اليوم (الثلاثاء)", "أمس الأربعاء", or joined by the language's word for "that is"
    ("الثلاثاء الموافق 12 يوليو"). A stated day wins over a relative word, and a word for a day ("today") over a
    weekday."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        between = text[previous.end : mention.start] if previous else ""
        if previous and (
            ADJACENT.match(between) or same_day.fullmatch(between) or _weekday_of(previous, mention, between, periods)
        ):
            keep = _same_day(previous, mention)
            if keep is not None:
                end = mention.end + _closing_bracket(text[previous.end : mention.start], text[mention.end : mention.end + 1])
                weekday = _named_weekday(keep, previous if keep is mention else mention)
                out[-1] = replace(keep, start=previous.start, end=end, text=sentence[previous.start : end], weekday=weekday)
                continue
        out.append(mention)
    return out


def _closing_bracket(between: str, after: str) -> bool:
    """Whether the bracket after the second of two names of a day closes one opened between them."""
    return any(after == close and opening in between for opening, close in ("()", "[]"))


@cache
def _day_periods(language: str) -> re.Pattern[str]:
    """CLDR's names of the parts of a day ("afternoon", "de la tarde", "Nachmittag", "بعد الظهر"), which may
    stand between a weekday and its date, after a short word or two ("on Friday in the afternoon, 22 July")."""
    names: set[str] = set()
    locale = cldr_locale(language)
    for context, width in itertools.product(("format", "stand-alone"), ("wide", "abbreviated")) if locale else ():
        names |= {n for k, n in locale.day_periods[context][width].items() if k not in ("am", "pm") and len(n) > 2}
    short = r"(?:[^\W\d_]{1,5}\s+){0,2}"
    return re.compile(rf"^[\s,]*{short}(?:{_words_alt(sorted(names))})[\s,]*$", re.I)


def _weekday_of(weekday: DateMention, date: DateMention, between: str, periods: re.Pattern[str]) -> bool:
    """A weekday a few short words or a part of the day before a whole date that falls on it names that date:
    "يوم الجمعة المقبل في 5 يوليو 2024" (next Friday, on 5 July 2024), "le vendredi suivant, soit le 5 juillet
    2024", "Friday afternoon July 22, 2011"."""
    aside = between.rstrip().endswith("(")  # "el sábado por la noche (24 de noviembre)": the aside says which day
    between = between.rstrip().removesuffix("(") if aside else between
    short = FEW_SHORT_WORDS.match(between.replace(",", " "))
    if weekday.weekday is None or weekday.relative not in ("weekday", "next-weekday") or not (short or periods.match(between)):
        return False
    if date.relative is not None or date.invalid or date.last or not (date.month and date.day and (date.year or aside)):
        return False
    return not date.year or dt.date(date.year, date.month, date.day).weekday() == weekday.weekday


def _bracketed_day_then_month(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
    """A weekday with its day in parentheses, then the month, the words of `day_month` between ("quarta-feira (29)
    de Maio", as Portuguese and Brazilian papers write it): one day of that month on that weekday, not a weekday and
    a month alone."""
    joins = _words_alt(w.extra.get("day_month", []))
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (
            previous
            and previous.relative == "weekday"
            and previous.day
            and previous.month is None
            and previous.text.rstrip().endswith(")")
            and mention.month
            and mention.day is None
            and mention.relative is None
            and joins
            and re.fullmatch(rf"\s+(?:{joins})\s+", text[previous.end : mention.start], re.I)
        ):
            text_of = sentence[previous.start : mention.end]
            out[-1] = replace(mention, start=previous.start, text=text_of, day=previous.day, weekday=previous.weekday)
            continue
        out.append(mention)
    return out


YEAR_WORDS = {
    "year-1": "last-year-month",
    "year+0": "this-year-month",
    "year+1": "next-year-month",
    "this-year": "this-year-month",
}


def _year_named_after(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
    """A day or month without its year right before the words for last, this or next year is a day of that
    year: "7 August last year", "۷ و ۸ آگوست سال گذشته"; so is one right after them, as Turkish writes it
    ("bu yıl 4 Mayıs'ta", "geçen yıl kasımda")."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        if (
            previous
            and (mention.relative in YEAR_WORDS or YEARS_BACK.match(mention.relative or ""))
            and _yearless(previous)
            and re.fullmatch(r"[\s,،]*", text[previous.end : mention.start])
        ):  # "5. April vor zwei Jahren", "7 August two years ago": that day, counted back in years
            kind = YEAR_WORDS.get(mention.relative or "", mention.relative)
            out[-1] = replace(previous, end=mention.end, text=sentence[previous.start : mention.end], relative=kind)
            continue
        if previous and previous.relative in YEAR_WORDS and _yearless(mention) and text[previous.end : mention.start].isspace():
            kind = YEAR_WORDS[previous.relative]
            out[-1] = replace(mention, start=previous.start, text=sentence[previous.start : mention.end], relative=kind)
            continue
        out.append(mention)
    return out


def _and_year_named(found: list[DateMention], text: str, g: Grammar) -> list[DateMention]:
    """A month, or day and month, without its year joined by "and" to one the words for last, this or next year
    follow ("junio y julio del año pasado", "June and July last year") is of that year too, as "janvier et
    septembre 2022" are both of 2022."""
    out = list(found)
    for n in range(len(out) - 2, -1, -1):  # from the last, so that a chain of "and" takes the year back to its first
        first, mention = out[n], out[n + 1]
        if (
            mention.relative in YEAR_NAMED_KINDS
            and mention.month
            and _yearless(first)
            and (first.day is None) == (mention.day is None)
            and g.conjunction.match(text[first.end : mention.start])
        ):
            out[n] = replace(first, relative=mention.relative)
    return out


YEAR_NAMED_KINDS = frozenset(YEAR_WORDS.values())  # "last-year-month" …: a month of the year words name
YEAR_APPOSED = re.compile(rf"[\s,،]*\(?\s*(?P<year>{YEAR})(?![\d%]|[.,]\d)")  # "السنة الماضية 2012", "last year (2012)"


def _year_beside_relative(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
    """The words for last, this or next year, then the year they are ("أعيد انتخابه السنة الماضية 2012", "last year
    (2012)"): the year is stated, the words only describe it."""
    out: list[DateMention] = []
    for mention in found:
        year = YEAR_APPOSED.match(text, mention.end) if mention.relative in YEAR_WORDS else None
        if year and not any(d.start < year.end("year") and year.start("year") < d.end for d in found if d is not mention):
            start, end = year.span("year")
            out.append(replace(mention, start=start, end=end, text=sentence[start:end], year=int(year["year"]), relative=None))
            continue
        out.append(mention)
    return out


# a date's year after what the parentheses set aside: "۱۶ ژوئن (۲۶ خرداد) ۲۰۱۷", "16 June (Friday) 2017"
YEAR_AFTER_ASIDE = re.compile(rf"\s*\((?P<aside>[^()]{{1,30}})\)\s*(?P<year>{YEAR})(?![\d%]|[.,]\d)")
YEAR_RIGHT_AFTER = re.compile(rf"\s*(?P<aside>)(?P<year>{YEAR})(?![\d%]|[.,]\d)")  # the aside read with the date


def _year_after_aside(found: list[DateMention], text: str) -> list[DateMention]:
    """A day and month without a year, then words in parentheses, then a year: the day's year (the words set
    aside, the equivalent day in another calendar or a weekday, state none of their own)."""
    out = []
    for mention in found:
        aside = YEAR_RIGHT_AFTER if mention.text.endswith(")") else YEAR_AFTER_ASIDE
        after = aside.match(text, mention.end) if _yearless(mention) and mention.day else None
        if after and not re.search(r"\d{4}", after["aside"]):
            mention = replace(mention, year=int(after["year"]))
        out.append(mention)
    return out


MIN_STEMMED_DAY_NOUN = 5  # letters of a word for "day" whose last two may change in its cases ("beaivi", "beaivvi",
# "napja", "napján"), by three letters at most: no compound ("dagen": not "dagblad")


@cache
def _day_word_year(language: str, nouns: tuple[str, ...]) -> re.Pattern[str] | None:
    """The language's word for "day" (dateparser's), in any of its case forms or as its initial with a dot, then a
    year: what may follow a day and month ("golggotmánu 20. beaivvi 2021", "20. b. 2021": of October, the 20th day,
    2021)."""
    if not nouns:
        return None
    forms = "|".join(re.escape(n[:-2]) + r"[^\W\d_]{0,3}" if len(n) >= MIN_STEMMED_DAY_NOUN else re.escape(n) for n in nouns)
    initials = "|".join(sorted({re.escape(n[0]) for n in nouns}))
    return re.compile(rf"\.?\s+(?:(?:{forms})|(?:{initials})\.)\s+(?P<year>{YEAR})(?![\d%]|[.,]\d)", re.I)


def _year_after_day_word(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
    """A day and month without a year, then the word for "day" and a year (`_day_word_year`): the day's year, read
    with the date."""
    pattern = _day_word_year(w.language, tuple(w.extra.get("day_nouns") or ()))
    if pattern is None:
        return found
    out = []
    for mention in found:
        after = pattern.match(text, mention.end) if _yearless(mention) and mention.day and mention.month else None
        if after and int(after["year"]) % 100 == 0 and _counts_next_word(text[after.end() :]):
            after = None  # a round count of what follows, not a year ("14. päivänä 2000 ihmistä": 2000 people)
        if after and not any(d.start < after.end() and after.start("year") < d.end for d in found if d is not mention):
            end = after.end("year")
            mention = replace(mention, end=end, text=sentence[mention.start : end], year=int(after["year"]))
        out.append(mention)
    return out


NEXT_WORD = re.compile(r"\s+([^\W\d_]{3,})")


def _counts_next_word(after: str) -> bool:
    """A word in lower case of three letters or more right after a number, which a round number counts ("2000
    people"); a verb may follow a year too ("2021 dollojuvvui", was held), so only round numbers are asked."""
    word = NEXT_WORD.match(after)
    return bool(word) and word[1].islower()


YEAR_IN_PARENTHESES = re.compile(rf"\s*\(\s*(?P<year>{YEAR})\s*\)")
YEAR_KINDS = {*YEAR_WORDS, *YEAR_WORDS.values()}


def _year_in_parentheses(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
    """Last, this or next year, or a month of it, with the year it is in parentheses right after ("October of last
    year (2018)", "اکتبر سال میلادی گذشته (۲۰۱۸)"): the text states that year."""
    out: list[DateMention] = []
    for mention in found:
        if out and out[-1].end > mention.start:  # the year in parentheses, read with the words before it
            continue
        stated = YEAR_IN_PARENTHESES.match(text, mention.end) if mention.relative in YEAR_KINDS else None
        if stated:
            end, year = stated.end(), int(stated["year"])
            mention = replace(mention, end=end, text=sentence[mention.start : end], year=year, relative=None)
        out.append(mention)
    return out


WEEK = re.compile(r"^week([+-][01])$")  # last, this or next week
FEW_SHORT_WORDS = re.compile(r"^\s*(?:[^\W\d_]{1,5}\s+){0,2}$")  # "", "de la", "della", "of", "on", "من"


def _weekday_of_week(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """A weekday beside the words for last, this or next week names that weekday of that week: "am Sonntag
    vergangener Woche", "چهارشنبۀ هفتۀ گذشته", "mercredi de la semaine dernière", "geçen hafta çarşamba"."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        pair = (previous, mention) if previous else None
        weekday = next((d for d in pair or () if d.relative in ("weekday", "next-weekday") and d.weekday is not None), None)
        week = next((WEEK.match(d.relative or "") for d in pair or () if d is not weekday), None)
        between = text[previous.end : mention.start] if previous else ""
        joined = FEW_SHORT_WORDS.match(between.replace(",", " ")) and not any(g.conjunction.match(w) for w in between.split())
        if previous and weekday and week and joined:
            kind = f"weekday-of-week{week[1]}"
            out[-1] = replace(
                weekday, start=previous.start, end=mention.end, text=sentence[previous.start : mention.end], relative=kind
            )
            continue
        out.append(mention)
    return out


LIST_JOINER = re.compile(r"^\s*(?:[,、，]|[,、，]?\s*(?:and|et|y|e|und|и|і|ve|و|和|及|与|與)\s*)\s*$")


def _listed_weekdays(found: list[DateMention], text: str) -> list[DateMention]:
    """Weekdays listed after one of last, this or next week are of that week: "本週星期一、星期二和星期三", "next week on
    Monday, Tuesday and Wednesday"."""
    out: list[DateMention] = []
    for mention in found:
        previous = out[-1] if out else None
        week = previous and (previous.relative or "").startswith("weekday-of-week") and previous.weekday is not None
        if previous and week and mention.relative == "weekday" and LIST_JOINER.match(text[previous.end : mention.start]):
            mention = replace(mention, relative=previous.relative)
        out.append(mention)
    return out


def _two_weekdays(found: list[DateMention], text: str, sentence: str, language: str) -> list[DateMention]:
    """Two weekdays in a row after "between", "from" or "night" are one span, named by its first day: "nella
    notte tra martedì e mercoledì", "la noche del martes al miércoles", "between Monday and Tuesday"."""
    if sum(m.relative == "weekday" for m in found) < 2:
        return found
    out: list[DateMention] = []
    opening, joiner = _weekday_span_words(language)
    glued = tuple(a for a in words(language).extra.get("range_and", []) if len(a) == 1)  # "بين الثلاثاء والأربعاء"
    for mention in found:
        first = out[-1] if out else None
        between = text[first.end : mention.start] if first else ""
        if (
            first is not None
            and first.relative == mention.relative == "weekday"
            and first.weekday is not None
            and mention.weekday == (first.weekday + 1) % 7
            and (joiner.fullmatch(between) or (between.isspace() and mention.text.startswith(glued)))
            and opening.search(text, max(0, first.start - 30), first.start)
        ):
            out[-1] = replace(first, end=mention.end, text=sentence[first.start : mention.end], last_weekday=mention.weekday)
            continue
        out.append(mention)
    return out


@cache
def _weekday_span_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words before a span of two weekdays (`range_from` and CLDR's names of the night) and between them."""
    x = words(language).extra
    locale = cldr_locale(language)
    nights = {
        name
        for context, width in itertools.product(("format", "stand-alone"), ("wide", "abbreviated"))
        if locale
        for period, name in locale.day_periods[context][width].items()
        if period.startswith("night")
    }
    opening = re.compile(rf"{WORD_START}(?:{_words_alt(sorted({*x.get('range_from', []), *nights}))})\s+(?:\w+\s+)?$", re.I)
    joiner = re.compile(rf"\s*(?:{_words_alt(sorted({*x.get('range', []), *x.get('range_and', [])}))})\s*", re.I)
    return opening, joiner


def _yearless(mention: DateMention) -> bool:
    """A stated month, or day and month, with no year, in the Gregorian calendar."""
    return bool(mention.month) and mention.year is None and mention.relative is None and mention.calendar is None


WEEKDAY_SHIFTS = {"previous-weekday": -1, "following-weekday": 1}  # "le vendredi précédent", "le mardi suivant"


def _weekday_from(mention: DateMention, stated: dt.date) -> DateMention:
    """The weekday before or after a day the sentence states ("ce lundi 27 mai 2024, … le vendredi précédent": 24
    May); the stated day needs its year, which alone says its weekday."""
    sign = WEEKDAY_SHIFTS[mention.relative or ""]
    days = ((mention.weekday or 0) - stated.weekday()) * sign % 7 or 7
    day = stated + dt.timedelta(days=days * sign)
    return replace(mention, year=day.year, month=day.month, day=day.day)


def _eve_of_stated(found: list[DateMention]) -> list[DateMention]:
    """ "The day before" after a day the sentence states is the day before it: "annoncé samedi 28 septembre la
    mort du chef, tué la veille" (27 September). Without a year, the day before 1 March is unknown. So is the
    weekday before or after it (`WEEKDAY_SHIFTS`), known with the stated day's year."""
    out: list[DateMention] = []
    stated: DateMention | None = None  # the last stated day so far
    for mention in found:
        known = stated is not None and stated.calendar is None and (stated.year or (stated.month, stated.day) != (3, 1))
        if mention.relative == "eve" and stated and known:
            before = dt.date(stated.year or 2001, stated.month or 1, stated.day or 1) - dt.timedelta(days=1)
            mention = replace(mention, year=stated.year, month=before.month, day=before.day)
        dated = stated is not None and stated.year is not None and stated.calendar is None
        if mention.relative in WEEKDAY_SHIFTS and mention.weekday is not None and stated and dated:
            mention = _weekday_from(mention, dt.date(stated.year or 1, stated.month or 1, stated.day or 1))
        out.append(mention)
        if mention.relative is None and mention.day and not mention.invalid and mention.last is None:
            stated = mention
    return out


def _named_weekday(kept: DateMention, other: DateMention) -> int | None:
    """The weekday a stated day keeps from the weekday beside it ("روز دوشنبه ۱۵ مرداد"): it can tell which year
    a day without its year is in."""
    if kept.relative is None and other.relative == "weekday":
        return other.weekday
    return kept.weekday


def _same_day(a: DateMention, b: DateMention) -> DateMention | None:
    """Which of two adjacent mentions says the day, when both name the same one; None when they do not."""
    for first, second in ((a, b), (b, a)):  # the second a stated day, or a day of a month named relative to now
        if _same_day_words(first) and second.day and (second.relative is None or second.month is not None):
            return second
    if _same_day_words(a) and (b.relative or "").startswith("day-of-month"):  # "今天(8日)": today, the 8th
        return a
    if _same_day_words(a) and _same_day_words(b) and "weekday" in (a.relative, b.relative) and a.relative != b.relative:
        return a if b.relative == "weekday" else b
    return None


def _same_day_words(m: DateMention) -> bool:
    """A relative mention that names one day: a weekday ("el próximo miércoles" too), 'today', 'yesterday', 'the
    day before'."""
    return m.relative in ("next-weekday", "eve") or (m.relative or "").startswith(("day", "weekday"))


def _year_range(mention: DateMention, text: str, sentence: str, year_to: re.Pattern[str]) -> DateMention:
    """A year joined to another makes a range, and only one of them needs a cue: "1988–1994", "2020-2023",
    "1996年至2001年", "в сезоне 2020/2021 гг." (a season: the year before the slash)."""
    after = year_to.match(text, mention.end)
    if after and int(after["year"]) > (mention.year or 0):
        end = after.end()
        return replace(mention, end=end, text=sentence[mention.start : end], last=(int(after["year"]), None, None))
    before = YEAR_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    if before and int(before["year"]) < (mention.year or 0):
        start, year = before.start(), int(before["year"])
        return replace(mention, start=start, text=sentence[start : mention.end], year=year, last=(mention.year, None, None))
    return mention


def _opens_range(g: Grammar, text: str, start: int) -> bool:
    """Whether "between" stands right before `start`: looked for in the words before it only, so that a sentence of
    many dates costs no square of its length."""
    return bool(g.opens_range.search(text, max(0, start - 60), start))


def _ranges(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """Two dates joined by "to", "au", "–" … make one range; the first takes the year the second states."""
    out: list[DateMention] = []
    for mention in found:
        if mention.year and mention.month is None and not mention.relative:
            mention = _year_range(mention, text, sentence, g.year_to)
        first = out[-1] if out else None
        if first and mention.start < first.end:  # the last year of a range the first year took in ("年至2001")
            continue
        if first and mention.month and mention.day is None and mention.relative is None:
            mention = _day_after_dash(first, mention, text, sentence, g.words)
        if first and (span := _one_span(first, mention, text, sentence, g)):
            out[-1] = span
            continue
        if first and _joinable(first, mention, text, g) and not g.moved.search(text, max(0, first.start - 90), first.start):
            if g.conjunction.match(text[first.end : mention.start]) and not _opens_range(g, text, first.start):
                # "en janvier et septembre 2022": two months of 2022, not the months between
                if first.year is None and first.month and mention.month and (first.day is None) == (mention.day is None):
                    out[-1] = replace(first, year=mention.year)
                out.append(mention)
                continue
            year = first.year or mention.year
            start, end = (year, first.month or 0, first.day or 0), (mention.year or year, mention.month or 0, mention.day or 0)
            if first.calendar == mention.calendar and start < end:
                out[-1] = DateMention(
                    first.start,
                    mention.end,
                    sentence[first.start : mention.end],
                    year,
                    first.month,
                    first.day,
                    last=(mention.year, mention.month, mention.day),
                    calendar=first.calendar,
                )
                continue
        out.append(mention)
    return out


DASH_DAY = re.compile(r"\s*[-–]\s*(?P<day>[0-3]?\d)(?P<suffix>[^\W\d_]{0,3}\.?)\s+")


def _day_after_dash(first: DateMention, mention: DateMention, text: str, sentence: str, w: Words) -> DateMention:
    """The figures glued to the dash after a day and month are the day of the month after them, which was read
    without it: "28 février-1er mars 2014", "30 June-2 July"."""
    m = DASH_DAY.fullmatch(text, first.end, mention.start)
    suffixes = {key(s) for s in w.extra.get("day_suffix", [])}
    if not (m and first.day and first.month and (not m["suffix"] or key(m["suffix"]) in suffixes)):
        return mention
    day = int(m["day"])
    if not 1 <= day <= calendar.monthrange(mention.year or 2000, mention.month or 1)[1]:
        return mention
    start = m.start("day")
    return replace(mention, start=start, text=sentence[start : mention.end], day=day)


def _one_span(first: DateMention, mention: DateMention, text: str, sentence: str, g: Grammar) -> DateMention | None:
    """The two dates as one span, where a day runs on into the range after it or a weekday into the day after it."""
    between = text[first.end : mention.start]
    if _runs_on(first, mention, between):
        year = first.year or mention.year
        return replace(first, end=mention.end, text=sentence[first.start : mention.end], year=year, last=mention.last)
    return _weekday_span(first, mention, sentence) if _weekday_before(first, mention, between, g) else None


def _runs_on(first: DateMention, mention: DateMention, between: str) -> bool:
    """A day listed before a range of days that opens the day after it ("30 сентября и 1-2 октября", "30 September,
    1-2 October 2024"): the days run on, one span from the first. Two single days so listed stay two dates."""
    if first.relative or mention.relative or first.last or not mention.last or first.calendar or mention.calendar:
        return False
    if first.invalid or mention.invalid or not (first.month and first.day and mention.month and mention.day):
        return False
    if not LIST_JOINER.match(between):
        return False
    # without a year, the day after must be the same in a leap year and a common one (28 February)
    years = [first.year or mention.year] if first.year or mention.year else [2000, 2001]
    return all(_day_after(year, first.month, first.day) == (mention.year or year, mention.month, mention.day) for year in years)


def _day_after(year: int | None, month: int, day: int) -> tuple[int, int, int] | None:
    """The year, month and day after a day; None if the day is none of that year."""
    if year is None or day > calendar.monthrange(year, month)[1]:
        return None
    after = dt.date(year, month, day) + dt.timedelta(days=1)
    return after.year, after.month, after.day


def _weekday_span(first: DateMention, mention: DateMention, sentence: str) -> DateMention:
    """A weekday and what the range joins it to: the day the text then states ("tra sabato e domenica 8 dicembre"),
    or a span of weekdays from the first ("ليلة الأحد إلى الاثنين", "من الجمعة إلى الأحد"), to come when its last day
    is the next one ("من يوم الجمعة إلى غاية الأحد المقبل", from Friday until next Sunday)."""
    if mention.relative is not None and mention.relative.endswith("weekday") and mention.weekday is not None:
        return replace(
            first,
            end=mention.end,
            text=sentence[first.start : mention.end],
            relative=mention.relative,
            last_weekday=mention.weekday,
        )
    return replace(mention, start=first.start, text=sentence[first.start : mention.end])


def _weekday_before(first: DateMention, mention: DateMention, between: str, g: Grammar) -> bool:
    """A weekday joined to the day after it names one span with it: "la nuit de samedi à dimanche", "tra sabato
    e domenica 8 dicembre" (the night of, the weekend of: the day the text then states); so does a weekday joined
    to a later one, "next" or not, by a joiner that is no "and" ("du vendredi au dimanche", "من الجمعة إلى الأحد
    المقبل")."""
    if first.relative != "weekday" or first.last is not None:
        return False
    if mention.relative == "weekday" and first.weekday is not None and mention.weekday == (first.weekday + 1) % 7:
        glued_and = any(mention.text.startswith(c) for c in g.words.extra.get("range_and", []))  # "الثلاثاء والأربعاء"
        if re.fullmatch(r"\s*[/-]?\s*", between) and not glued_and:  # "ليل الجمعة السبت", "Friday/Saturday night"
            return True
    if not g.joiner.match(between):
        return False
    stated_day = mention.relative is None and mention.day is not None and not mention.invalid
    return stated_day or (mention.relative in ("weekday", "next-weekday") and not g.conjunction.match(between))


def _same_year(first: DateMention, mention: DateMention) -> bool:
    """A later day of the year a whole date states ("2023年9月19日至20日", "从2010年4月20日到7月15日")."""
    same = first.year is not None and first.day is not None and mention.year is None and mention.day is not None
    later = (first.month or 0, first.day or 0) < (mention.month or 0, mention.day or 0)
    return same and mention.relative is None and later


def _yearless_pair(first: DateMention, mention: DateMention) -> bool:
    """Two days and months, neither with a year ("3月18日至4月16日", "du 3 juillet au 5 août")."""
    return first.year is None and bool(first.month and first.day and mention.month and mention.day)


def _joinable(first: DateMention, mention: DateMention, text: str, g: Grammar) -> bool:
    """Whether two stated dates with a range joiner between them may be one range."""
    return bool(
        first.relative is None
        and mention.relative is None
        and not first.invalid
        and not mention.invalid
        and first.last is None
        and (g.joiner.match(text[first.end : mention.start]) or _loosely_joined(first, mention, text, g.words))
        # a comma before the joiner only between two days: "en décembre 2013, au 24 décembre 2014" lists two dates
        and ("," not in text[first.end : mention.start] or _comma_pair(first, mention))
        and (mention.year or _yearless_pair(first, mention) or _same_year(first, mention))
        and (first.year is None or (first.month is None) == (mention.month is None))
        and (first.month is not None or first.year is not None)
    )


def _comma_pair(first: DateMention, mention: DateMention) -> bool:
    """Two days with a comma before the joiner are a range only within one year, or a short span over the year's end
    ("28 décembre 2013, au 3 janvier 2014"): "Signé le 12 mars 2013, au 5 avril 2014 le contrat…" names two dates."""
    if not (first.day and mention.day):
        return False
    if first.year is None or mention.year is None or first.year == mention.year:
        return True
    if first.month is None or mention.month is None:
        return False
    with suppress(ValueError):
        span = dt.date(mention.year, mention.month, mention.day) - dt.date(first.year, first.month, first.day)
        return 0 < span.days <= LOOSE_SPAN
    return False


LOOSE_SPAN = 31  # days at most from the first to the last day of a range of two months an unknown word joins
# three letters at most: "to" is short ("i", "ĝis", "al"); longer words between two days also say "then" or "as well as"
# ("30 Oktober kemudian 2 November", "30 Tachwedd wedyn 2 Rhagfyr"), two dates
MAX_LOOSE_DAY_JOINER = 3
LOOSE_WORD = re.compile(rf"\s+({LETTER}{{1,{MAX_LOOSE_DAY_JOINER}}})\s+")


def _loosely_joined(first: DateMention, mention: DateMention, text: str, w: Words) -> bool:
    """Where no data file gives the language's joiners (`range_any_word`), two days of the next two months joined
    by one word of `MAX_LOOSE_DAY_JOINER` letters at most that is no "and" or function word ("30 Tachwedd i 12
    Rhagfyr", "31 oktobro ĝis 12 novembro"): a range when the second comes a month at most after the first; a list
    names days further apart."""
    x = w.extra
    if not (x.get("range_any_word") and first.day and first.month and mention.day and mention.month):
        return False
    word = LOOSE_WORD.fullmatch(text, first.end, mention.start)
    if word is None or word[1].lower() in {*x.get("range_and", []), *x.get("function_words", [])}:
        return False
    if mention.month != first.month % 12 + 1:
        return False
    days = calendar.monthrange(first.year or 2001, first.month)[1] - first.day + mention.day
    return 0 < days <= LOOSE_SPAN


@cache
def _parser(language: str) -> DateDataParser:
    try:
        parser = DateDataParser(languages=[language, "en"] if language != "en" else ["en"])
        parser.get_date_data("1 January 2000")  # dateparser rejects an unknown language only when it first parses
        return parser
    except ValueError:
        return DateDataParser(languages=["en"])


def confirm(text: str, language: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) that dateparser reads in `text`, keeping only the parts stated."""
    data = _parser(language).get_date_data(text)
    if data.date_obj is None:
        return None
    parts = set((data["parts"] if isinstance(data, dict) else data.parts) or ())
    d = data.date_obj
    return (d.year if "year" in parts else None, d.month if "month" in parts else None, d.day if "day" in parts else None)
