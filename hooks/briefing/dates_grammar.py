"""The date grammar of a language (`grammar`), built from its words (`datewords`: CLDR's month and
weekday names, dateparser's relative words, the hand-written data under `data/dates/`): the patterns of every form
a date takes in it (day month year, month day year, numeric dates in its order, CJK 年月日, ranges, Hijri and
Persian dates, a bare year with a cue, relative dates), and what a date found is (`DateMention`), with the helpers
the readings share.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

import babel
import babel.dates
import jdatetime

from . import safeyaml
from .calendars import (
    BIKRAM_SAMBAT,
    BIKRAM_YEAR,
    ETHIOPIC,
    ETHIOPIC_SYLLABLES,
    ETHIOPIC_YEAR,
    ethiopic_name_pattern,
    ethiopic_skeleton,
)
from .datewords import (
    DATA,
    MAX_SHORT_NOUN_ENDING,
    MIN_GENITIVE_STEM,
    VOWEL_LETTERS,
    Words,
    day_unit_words,
    fold,
    key,
    nukta_optional,
    reads_toneless,
    short_year_words,
    toneless_words,
    vowel_letters,
    words,
    year_form,
)
from .knowledge import cldr_locale, names_in, state_codes
from .scripts import (
    HAN,
    LETTER,
    VISARGAS,
    WORD_END,
    WORD_START,
    genitive_endings,
    glued_case_endings,
    script_code,
    spaceless,
)
from .scripts import MARKS as WORD_MARKS  # every script's combining marks; Arabic's are read apart

# every script's decimal digits as ASCII ones ("١٥", "۱۵", "१५", "১৫", "၁၅", fullwidth "１５"), one for one: offsets hold
DIGITS = str.maketrans(
    {c: str(unicodedata.decimal(chr(c))) for c in range(0x660, 0x20000) if unicodedata.category(chr(c)) == "Nd"}
)


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


YEAR = r"(?:1[5-9]|20)\d\d"
SHORT_YEAR = r"\.(?P<yy>\d\d)(?![\d.,:/-]?\d)"  # ".23" after "6.fev": a stamp's two-digit year
OWN_ERA_SHORT_YEAR = r"(?:\.\s?|(?<=\.)\s)(?P<yy>\d\d)(?![\d.,:/-]?\d)"  # Thai "พ.ค. 62": a space after the month's stop
# a bare year may be older, read under stricter rules (`_old_year`): "since Gregory XII in 1415"
BARE_YEAR = r"(?:1[0-9]|20)\d\d"
MAX_LINKER = 2  # letters of a word linking a noun to its complement ("shekara ta 2013": the year of 2013)
OTHER_YEAR = r"1[34]\d\d"  # Hijri and Solar Hijri years of the last two centuries
# Solar Hijri years since Iran's parliament made the calendar the country's own (1304, 1925) up to 1429 (2050), a
# deadline a generation ahead at most: a day-first year outside them ("29/05/1453") is a Gregorian one
SOLAR_HIJRI_MODERN = r"130[4-9]|13[1-9]\d|14[0-2]\d"
BUDDHIST_YEAR = r"2[45]\d\d"  # years of the Buddhist era since 1457: 2568 is 2025
CJK_SCRIPTS = {"Hans", "Hant", "Hani", "Jpan", "Kore"}  # CLDR's likely scripts of Chinese, Japanese and Korean


@cache
def cjk(language: str) -> bool:
    """A language written in Chinese characters, kana or Hangul ("zh", "ja", "ko", "yue"), which glues the words
    around a date to it ("15日に", "2018년에")."""
    return script_code(language) in CJK_SCRIPTS


ANY_DIGIT = re.compile(r"\d")
COUNT = r"(\d++[.,]?\d*+)"  # the count in dateparser's relative-type-regex patterns ("hace (\d++[.,]?\d*+) años")
COUNTED = r"(?<![\d.,])\d{1,3}+(?:[.,]\d++)?(?!\d)"  # the count we read there: "3", "2,5"; not "2021," ("em 2021, sem")
MAX_DAY_HYPHEN_ENDING = 4  # "24-уми", "5-нчи", "5-chi": an ordinal's ending after a day's figures
MAX_LOOSE_JOINER = 8  # letters of an unknown word joining two years: "hangtud", "ngadto", "iki"
YEARS_BACK = re.compile(r"year-(\d+)$")  # a count of years back from the time of writing
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
    # year, month and day inferred from the Gregorian day stated with it (`hijri_as_stated`), which it is
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


def alt(names: object, capital: bool = False, latin_whole: bool = False) -> str:
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
    if spaceless(language):  # a word in Thai may touch the next, not a figure; its edges are ICU's (`on_word_edges`)
        edge_before, edge_after = "", r"(?!\d)"
    if x.get("ezafe_after_he"):  # Persian's ezafe after a final "ه" ("گذشته‌ی"): the word ends after it
        edge_after = rf"(?:(?<=ه)\u200c?{re.escape(fold(x['ezafe_after_he']))})?{edge_after}"
    return edge_before, edge_after


def words_alt(items: list[str]) -> str:
    return alt(items) if items else "(?!)"


@cache
def grammar(language: str) -> Grammar:
    w = toneless_words(language) if reads_toneless(language) else words(language)  # "lọjọ Ẹti" read as "lojo Eti"
    x = w.extra
    edge_before, edge_after = _word_edges(language, x)
    names = alt(w.months, capital=language == "en")
    # a second name for the same month: "سبتمبر/أيلول", "تموز / يوليو", "يناير (كانون الثاني)", "Juli/Juillet"
    # or a misspelt one, when the year follows it ("يوليو/نموز 2024": the dots of a letter misplaced)
    # or, where the language writes both names side by side, after a space: "11 سبتمبر ايلول 2001" (`two_names`)
    spaced = rf"|\s+{names}" if x.get("two_names") else ""
    month = rf"(?P<month>{names})\.?(?:\s*/\s*{names}\.?|\s*\(\s*{names}\s*\)|\s*/\s*[^\W\d_]{{3,8}}(?=\s+{YEAR}){spaced})?"
    suffix = f"(?:{words_alt(x.get('day_suffix', []))})?"
    # the data file's days in words ("29th" aside: "twenty-ninth", "بیست و هفتم"); num2words' (`spelled_days`) have a
    # form of their own, read before a month only ("primo ottobre", never "septembre un")
    spelled = x.get("spelled_days", [])
    ordinals = [d for d in x.get("day_words", {}) if d not in spelled]
    day_words = f"|{edge_before}(?P<dayword>{alt(ordinals)}){edge_after}" if ordinals else ""  # not "هشتمین"
    # a day's figures may take the prefixes the language glues to them (`day_prefixes`: isiXhosa "wama30", "we-18":
    # "of the 30th"), with a hyphen or none
    day_glued = "".join(rf"|(?<={WORD_START}{re.escape(p)})|(?<={WORD_START}{re.escape(p)}-)" for p in x.get("day_prefixes", []))
    day2 = rf"(?P<day2>[0-3]?\d)(?!\d){suffix}"
    # before its month, a day with an ordinal's ending after a hyphen that ICU may not know: "24-уми феврал"
    day_ending = rf"(?:-{LETTER}{{1,{MAX_DAY_HYPHEN_ENDING}}}(?!{LETTER}))?" if x.get("hyphened_day_endings") else ""
    glued = rf"(?:{edge_before}|(?<=\d))"  # a month's name right after its day's figures
    joins = words_alt(x.get("range", []))
    short = {key(n) for names in x.get("short_weekdays", {}).values() for n in names}  # "segunda" is also "second"
    latin_whole = cjk(language) or spaceless(language)
    weekday_names = alt([n for n in w.weekdays if key(n) not in short], capital=language == "en", latin_whole=latin_whole)
    # joiners of two days only, never of months ("vom 13. auf 14. April", but "von Februar auf Dezember" moves a date)
    day_joins = words_alt([*x.get("range", []), *x.get("day_range", [])])
    # a figure after a comma makes a decimal ("3,4 milhões"), unless a list of days goes on after it: "3,4 e 5 de
    # março" (the 3rd, 4th and 5th, typed without a space)
    listed = rf",(?=[0-3]?\d(?!\d)\s*(?:[,،]|{day_joins})\s*[0-3]?\d(?!\d))"
    day = rf"(?:(?:{NO_WORD_BEFORE}{day_glued})(?P<day>[0-3]?\d)(?!\d|[.:]\d|(?!{listed}),\d){suffix}{day_words})"
    # days between the first and the last, by the same joiners or commas: "15 و16 و17 مارس", "les 5, 6 et 7 mai": one range
    middle = rf"(?:\s*(?:[,،]|{day_joins})\s*[0-3]?\d(?!\d){suffix})*"
    rng = rf"(?:{middle}{_between_days(x, day_joins, weekday_names)}{day2})?"
    gregorian = f"(?:\\s*{words_alt(x.get('gregorian_marker', []))}{edge_after})?"
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
    day_month = rf"(?:\s+(?:{words_alt(x.get('day_month', []))}){hyphened})?"
    # a comma, also the Arabic one ("06 فبراير، 2023"), may stand between month and year
    year_named = _year_named(x)
    # or a slash, as Spanish and Portuguese write a month and its year ("13 de abril/2025", "em abril/2025")
    month_year = rf"(?:[,،]?\s+(?:{year_named})\s+|\s+[-–]\s+|\s*/\s*(?={YEAR}(?!\d))|[,،]?\s*)"
    frm = words_alt(x.get("range_from", []))
    # "between" alone opens a range an "and" closes: "de 2013 e 2021" (of 2013 and 2021) is two years, "de 1999 a
    # 2013" and "entre 2013 e 2021" are ranges (`range_from_to`: the words for "from", which take a "to")
    between = words_alt([f for f in x.get("range_from", []) if f not in x.get("range_from_to", [])])
    wide = alt(w.full_months, capital=language == "en")  # wide names only: "Mar" alone is no month
    then_year = rf"(?:{month_year}{year})?"  # "from January to March 2024"
    # the word for "year" after a date's year, before a range's joiner: "с июля 2022 года по 11 мая 2023 года"
    year_word = rf"(?:\s*(?:{words_alt(x['year_word'])})\s*)?" if x.get("year_word") else ""
    no_decade = rf"(?!\s*(?:{words_alt(x['decade_after'])}))" if x.get("decade_after") else ""
    years_after = words_alt([s for s in x.get("year_after", []) if len(s) > 2 and s[:1].isalpha()])  # not "г."
    to_words = words_alt([r for r in x.get("range", []) if r[:1].isalpha() and r not in x.get("range_and", [])])
    years_noun = rf"(?P<noun>(?:{words_alt(x['years_noun'])})\s+)?" if x.get("years_noun") else ""
    # a conjunction the language glues to the next word may open the "from": "فبين عامي 1930 و1956" (and between)
    glued_clitic = f"(?:{alt(x['clitics'])})?" if x.get("clitics") else ""
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
        # a space may stand before its comma, as careless pages type it: "August 16 , 2025"
        ("month-day", rf"{edge_before}{month}\s*{day}{no_count}{rng}(?:(?:\s?[,،])?\s+(?:(?:{year_named})\s+)?{year})?"),
        ("month-year", rf"{edge_before}{month}{month_year}{year}"),
        # a range of months after a "from": "من يناير إلى مارس", "from January to March 2024"
        (
            "months",
            rf"{edge_before}(?:{frm})\s+(?P<month>{wide})\s+(?:{joins}\s+{glued_and})(?P<month2>{wide}){edge_after}{then_year}",
        ),
        # or two months joined by a dash, their year after them ("March–June 2019", "mart-haziran 2019"), or none: a
        # dash between two months' names joins nothing else ("протягом березня — червня")
        ("months", rf"{edge_before}{months_dashed}(?:{month_year}{year}|(?![\s.,-]*\d))"),
        # a day and month in figures right after a weekday: "domingo (28/7)", "Sunday, 7/28", "الثلاثاء (26|8)", also
        # with spaces inside the parentheses ("terça-feira ( 28/10 )")
        (
            "weekday-numeric",
            rf"{edge_before}(?:{weekday_names})(?:\s*\(\s*|,\s*)(?P<a>[0-3]?\d)[/.|](?P<b>[0-3]?\d)(?!\d|[/.|]\d)(?:\s*\))?",
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
        bare = alt(w.full_months, capital=language == "en")  # wide names only: "Mar" alone is no month
        # before a postposed cue, not a month's name that is also a common word ("कैंडल मार्च में": in a candle march)
        word_months = {key(n) for n in x.get("word_months", [])}
        postposed = alt([n for n in w.full_months if key(n) not in word_months], capital=language == "en")
        before = words_alt(x.get("month_before", []))
        after = words_alt(x.get("month_after", []))
        # no day or year after it; a count after a comma is none ("since mid-June, 499 of them children")
        alone = rf"(?![\s.]*\d|,\s*(?:[0-3]?\d|{YEAR})(?![\d,.]))"
        and_month = re.compile(rf"\s+(?:{words_alt(x.get('range_and', []))})\s+(?P<month>{bare}){edge_after}{alone}", re.I)
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
                rf"|(?P<month6>{bare})(?=\s+(?:{words_alt(x.get('range_and', []))})\s+(?:{bare})\s*(?:{after}){edge_after}))",
            )
        )
    absolute += _short_word_months(w, (edge_before, edge_after))
    if x.get("cardinal_day_months") and x.get("cardinal_day_words"):  # a day in words before a month: "هفت ژوئیه"
        cardinal = rf"{edge_before}(?P<dayword>{alt(list(x['cardinal_day_words']))})"
        gregorian_month = rf"(?P<month>{alt(x['cardinal_day_months'])}){edge_after}"
        absolute.append(("day-month", rf"{cardinal}\s+{gregorian_month}(?:{month_year}{year})?"))
    if spelled:  # a day in words before its month: "primo ottobre", "um de julho"
        edges = (edge_before, edge_after)
        absolute += _spelled_day_forms(x, spelled, edges, rf"(?:{joins})", day_month, month, rf"(?:{month_year}{year})")
    if x.get("numeral_days"):  # a day in numerals between its month and the word for day: "六月十二日"
        ideographic = alt([n for n in w.full_months if HAN.search(n) and not ANY_DIGIT.search(n)])
        # its year before it, in figures or characters (read as figures above): "二〇〇七年九月十八日", a signature's date
        year_before = rf"(?:(?<![\d.])(?P<year>{YEAR})\s*年\s*)?"
        absolute.append(("spelled-day", rf"{year_before}(?P<month>{ideographic})(?P<dayword>{alt(x['numeral_days'])})\s*[日号]"))
    absolute += _word_forms(x, edge_before, edge_after)
    dotted = alt([n for n in w.months if n not in w.full_months])  # an abbreviation with its dot: "jan.", "des."
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
        absolute.append(("easter", rf"{edge_before}(?:{alt(x['easter'])}){edge_after}{month_year}(?P<year>{YEAR})(?!\d)"))
    if x.get("feasts"):  # a feast kept on the same day every year is that day: "Nochevieja", "New Year's Eve 2019"
        feasts = alt([n for names in x["feasts"].values() for n in names])
        # its year before it where the language writes a year so: "2019年圣诞节"
        after_year = rf"(?:{month_year}{year})?"
        feast_year = rf"(?:{year}\s*年\s*)?(?P<feast>{feasts})" if cjk(language) else rf"(?P<feast>{feasts}){after_year}"
        absolute.append(("feast", rf"{edge_before}{feast_year}{edge_after}"))
    if x.get("month_alone"):  # a month named in figures needs no cue where a count of months is written otherwise
        # "9月", "十月"; nine months are "9个月", "九个月"
        figures = alt([n for n in w.full_months if ANY_DIGIT.search(n) or HAN.search(n)])
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
    any_month = alt(w.months, capital=language == "en")
    # or after a space, where the language writes both names side by side ("كانون الثاني يناير من العام الجاري")
    beside = rf"|\s+{any_month}{WORD_END}" if x.get("two_names") else ""
    months = rf"{any_month}(?:\s*/\s*(?:{any_month}|{LETTER}{{3,12}}){WORD_END}{beside})?"
    relative = _relative_patterns(w, months, (weekday_names, words_alt(sorted(short))), edges)
    # words for "exactly" (an anniversary) or "just" ("il y a à peine dix jours") the language puts before a count
    before_count = [*(x.get("anniversary") or {}).get("inside", []), *x.get("count_adverbs", [])]
    # a conjunction the language glues to the next word may open it: "فقبل 5 سنوات" (and so, five years ago)
    counted_edges = (edge_before + (f"(?:{alt(x['clitics'])})?" if x.get("clitics") else ""), edge_after)
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
    glued_and += r"|(?<=\s,)" if right_to_left(language) else ""
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
            rf"^\s*{year_word}(?:{words_alt(x.get('day_part_after', []))})?\s*"
            rf"(?:{joins}|[-–—]|,\s*(?:{to_words}){_to_hour(x)})\s*$",
            re.I,
        ),
        frozenset({"month", "months", "spelled-day", "spelled-year", "feast", *worded_day}),
        tuple(worded),
        re.compile(f"{edge_before}(?:{'|'.join(f'(?:{b})' for b in sorted(beside) if b) or '(?!)'}){edge_after}", re.I),
        re.compile(rf"^\s*{year_word}(?:{words_alt(x.get('range_and', []))})\s*$", re.I),
        re.compile(rf"{edge_before}(?:{between})\s*$", re.I),
        re.compile(rf"\s*(?:{words_alt(x.get('same_day', []))})\s*", re.I),
        _year_to(language, x),
        re.compile(rf"{edge_before}(?:{words_alt(x.get('moved', []))})\w*[^.;!?]{{0,60}}$", re.I),
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
    year_named = words_alt(x.get("month_year", []))
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
    abbreviated = rf"(?:{words_alt(short)})(?![^\W\d_])" if short else "(?!)"
    if x.get("year_glued"):  # a case ending glued as CLDR's format glues one: "2010eko", "2011n"
        abbreviated += f"|{GLUED_YEAR_ENDING.pattern}"
    return f"{abbreviated}|{ending_alt(x)}" if x.get("year_endings") else abbreviated


def ending_alt(x: dict) -> str:
    """The language's locative ending or postposition after a year (`year_endings`: "1959ൽ", "1990లో") to its word's end,
    glued also after the one consonant of a number's oblique stem (Kannada "2018ರಲ್ಲಿ": in 2018)."""
    return rf"(?:[^\W\d_][{WORD_MARKS}]*)?(?:{'|'.join(x['year_endings'])}){WORD_END}"


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
    listed = words_alt([*x.get("range_and", []), *x.get("function_words", [])])
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
    second = rf"(?:\s+{joins}\s+{edge_before}(?P<dayword2>{alt(spelled)}){edge_after})?"
    spelled_day = rf"{edge_before}(?P<dayword>{alt(spelled)}){edge_after}{second}{day_month}\s*"
    year_or_none = rf"(?:{dated}|(?!\s*(?:{alt(spelled)})))"
    forms = [
        ("spelled-day", rf"{_no_word_month(x, spelled, edges, dated)}{spelled_day}{edge_before}{month}{edge_after}{year_or_none}")
    ]
    if x.get("ended_months"):
        ended = rf"(?P<month>{alt(x['ended_months'])}){_ending_letters(MAX_MONTH_ENDING)}{edge_after}"
        forms.append(("spelled-day", rf"{spelled_day}{edge_before}{ended}{year_or_none}"))
    return forms


def _no_word_month(x: dict, spelled: list[str], edges: tuple[str, str], dated: str) -> str:
    """A lookahead that keeps a count in words before a month's name that is also a common word (`word_months`:
    Urdu "مارچ", Marathi "मार्च", a protest march) from reading as a day, unless a year or a word that dates it
    (`word_month_cues`: "کو", "रोजी": on) follows: "تین مارچ کرنے" is three marches."""
    if not x.get("word_months"):
        return ""
    edge_before, edge_after = edges
    cues = rf"|\s*(?:{words_alt(x.get('word_month_cues', []))}){edge_after}" if x.get("word_month_cues") else ""
    month = rf"(?:{alt(x['word_months'])}){edge_after}"
    unnamed = re.sub(r"\(\?P<\w+>", "(?:", dated)  # the year's groups are the form's own
    return rf"(?!{edge_before}(?:{alt(spelled)}){edge_after}\s+{month}(?!{unnamed}{cues}))"


def _ended_day_month(x: dict, day: str, year: str, edge_after: str) -> list[tuple[str, str]]:
    """Where CLDR's date names are the names with case endings (`ended_months`), a day before a month's wide name
    with one: "26. aprillil", "14 apreldə"; not an abbreviation opening another word ("4 jungle"), nor a visarga
    typed for a dateline's colon ("19 अक्टूबरःसऊदी")."""
    if not x.get("ended_months"):
        return []
    names = alt(x.get("day_ended_months") or x["ended_months"])
    # no month with an ending spells the word for "year" with one: Chuvash "8 ҫул", "8 ҫулта" (8 years, in 8 years)
    # is no "ҫу" (May) with "-л", "-лта"
    words_for_year = words_alt(x.get("year_words", []))
    no_year = rf"(?!(?:{words_for_year}){LETTER}{{0,{MAX_MONTH_ENDING}}}{edge_after})" if x.get("year_words") else ""
    ended = rf"{no_year}(?P<month>{alt(x['ended_months'])})(?![{VISARGAS}]){_ending_letters(MAX_MONTH_ENDING)}{edge_after}"
    # after a day, a short name takes endings of two letters at most ("22 martda", "5 mayda"; not "4 jungle")
    short = rf"{no_year}(?P<month>{names})(?![{VISARGAS}]){LETTER}{{1,{SHORT_MONTH_ENDING}}}{edge_after}"
    # and the month with a case ending before a day with one after a hyphen, as Turkic languages write a date
    # ("martın 22-də", of March its 22nd): the hyphen's ending makes the number an ordinal, no count
    month_first = rf"{WORD_START}(?P<month>{names}){LETTER}{{0,3}}\s+(?P<day>[0-3]?\d)-{LETTER}{{1,3}}{WORD_END}"
    forms = [("day-month", f"{day}{ended}{year}")]
    if x.get("short_ended_months"):  # "१ मे|ला": a name of two letters with a listed ending only
        listed = rf"(?P<month>{alt(x['short_ended_months'])})(?:{alt(x['short_month_endings'])}){edge_after}"
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
    stems = rf"{alt(middle)}|{alt(short)}{ending}"
    stem = rf"(?P<month>{stems}){LETTER}{{1,{MAX_STEM_ENDING}}}{edge_after}"
    # a long stem also takes a possessive's and a case's endings together: "24 феврал|ендә" (Tatar)
    longer = rf"(?P<month>{words_alt(long)}){LETTER}{{1,{MAX_MONTH_ENDING}}}{edge_after}"
    return [("day-month", f"{day}{stem}{year}"), ("day-month", f"{day}{longer}{year}")]


def _hyphened_year_month(x: dict, year: str, month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A year with a case hyphenated to it, then its month (`year_month_hyphen_endings`: Armenian "2021-ի
    հունվարի", of January 2021), where that ending alone would end a count as often ("1500-ի մոտ", about 1500)."""
    if not (hyphened := x.get("year_month_hyphen_endings")):
        return []
    ending = rf"-(?:{alt(hyphened)})"
    return [("year-month", rf"(?<![\w{WORD_MARKS}.,-]){year}{ending}\s+{edges[0]}{month}{edges[1]}")]


def _year_first(x: dict, day: str, month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A year and the word for "year" (`year_words`, in any case: "წლის", "жылы") before its day and month, in
    a language with no file: "2016 წლის 28 ივნისს", "2016 жылы 14 қазанда"; the word ties the year to the date."""
    if not x.get("year_words"):
        return []
    year_word = rf"(?:{words_alt(x['year_words'])}){LETTER}{{0,{MAX_SHORT_NOUN_ENDING}}}"  # "2022 елның"
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
    names = alt([n for n in w.full_months if len(n) >= MIN_DECLINED_MONTH and not re.search(r"\d", n)])
    ending = rf"(?:{alt(genitives)})(?!{LETTER})"
    day = rf"(?P<day>[0-3]?\d)(?=-{LETTER}{{1,{MAX_DECLINED_DAY_ENDING}}}(?!{LETTER}))"
    year = ""
    if w.extra.get("year_words"):  # its year before it, with the word for "year" and its ending: "2020 ҫулхи"
        year_word = rf"(?:{words_alt(w.extra['year_words'])}){LETTER}{{0,{MAX_SHORT_NOUN_ENDING}}}"
        year = rf"(?:(?<![\d.,/:-])(?P<year>{YEAR})\s*{year_word}\s+)?"
    return [("month-day", rf"{year}{edge_before}(?P<month>{names}){ending}\s+{day}")]


def _month_joined_day(x: dict, month: str, edge_before: str) -> list[tuple[str, str]]:
    """A month, then a word joining it to its day, as Pashto and Sinhala write a date (`month_day`): "د اپرېل پر
    ۱۹مه" (on the 19th of April), "د جولای د ۲۵ نېټې", "(2021) මැයි මස 19වැනිදා"; the day only with an ordinal's
    ending or before the word for "date", since after "پر", "د" a number may count something else."""
    joined = x.get("month_day")
    if not joined:
        return []
    joiners = words_alt(joined.get("joiners", []))
    ordinal = rf"(?:{words_alt(joined.get('endings', []))}){WORD_END}"
    dated = rf"(?=\s+(?:{words_alt(joined.get('date_words', []))}){WORD_END})"
    day = rf"(?P<day>[0-3]?\d)(?!\d)(?:{ordinal}|{dated})"
    if x.get("day_words"):  # or the ordinal in words (`day_words`): "د جون پر لومړۍ", "د ډسمبر په څوارلسمه نېټه"
        day = rf"(?:{day}|(?P<dayword>{words_alt(list(x['day_words']))}){WORD_END})"
    # a year before, as Sinhala writes it ("2021 මැයි මස 19වැනිදා"), or with a word for "year" after it (`month_day`'s
    # `year_words`) as Odia does ("୨୦୧୯ ମସିହା ଅଗଷ୍ଟ ମାସ ୭ ତାରିଖ")
    year_words = joined.get("year_words", [])
    named = rf"(?:(?:{words_alt(year_words)})\s+)?" if year_words else ""
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
        months.append(rf"(?P<month>{alt(list(x['month_stems']))}){LETTER}{{1,{MAX_STEM_ENDING + 1}}}{WORD_END}")
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
                forms.append(("weekday-numeric", rf"{edge_before}(?:{words_alt(cues)})(?:\s+|\s*\()(?-i:{figures}){after}"))
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
            forms.append(("weekday-numeric", rf"{edge_before}{counts}(?:{words_alt(units)})\s+(?-i:{hyphened}){ends}"))
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
        genitive = rf"(?-i:(?P<month5>{alt(x['genitive_months'])})){edge_after}(?![\s.]*\d)"
        forms.append(("month", rf"{edge_before}{genitive}"))
    if x.get("genitive_stems"):  # a month's genitive stem with another case's vowel ending: "v marci", "w marcu"
        stems, vowels = alt(list(x["genitive_stems"])), "".join(sorted(VOWEL_LETTERS))
        forms.append(("month", rf"{edge_before}(?-i:(?P<month9>(?:{stems})[{vowels}]{{1,2}})){edge_after}(?![\s.]*\d)"))
    if x.get("named_months"):  # the word for "month" and a month's name: "เดือนเมษายน", the month of April
        forms.append(("month", rf"{edge_before}(?P<month6>{alt(x['named_months'])}){edge_after}(?![\s.]*\d)"))
    if x.get("ended_months"):  # a month's name with a case ending glued to it: "januárban", "syyskuussa"
        lower, capital = alt(x["ended_months"]), alt([n.capitalize() for n in x["ended_months"]])
        ending = rf"{_ending_letters(MAX_MONTH_ENDING)}{edge_after}(?![\s.]*\d)"
        # capitalised only opening the sentence: inside it, a name ("Augustin")
        forms.append(("month", rf"{edge_before}(?-i:(?P<month7>{lower}){ending}|^(?P<month8>{capital}){ending})"))
    if x.get("spelled_years"):  # a year in words after its cue: "عام ألفين وخمسة عشر"
        cue = words_alt([c for c in x.get("year_before", []) if c[:1].isalpha()])
        prefix = re.escape(_common_start(list(x["spelled_years"])))  # "ألف": the long alternation is tried only then
        spelled_year = rf"(?=\s+{prefix})\s+(?P<yearword>{alt(list(x['spelled_years']))}){edge_after}"
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
    every = alt([n for names in x["persian_months"].values() for n in names])
    return re.compile(rf"\s+{day}\s*(?P<month>{every}){WORD_END}", re.I)


def _native_before(x: dict) -> re.Pattern[str] | None:
    """A Solar Hijri day, any of its month's names, then a comma or a slash: looked for only right before a
    Gregorian day ("۱۵ میزان، ۷ اکتبر", "۲۳ میزان/۱۵ اکتبر")."""
    if not x.get("persian_months"):
        return None
    every = alt([n for names in x["persian_months"].values() for n in names])
    return re.compile(rf"(?<![\d{WORD_MARKS}\w])(?P<day>[0-3]?\d)\s*(?P<month>{every}){WORD_END}\s*[،,/]\s*$", re.I)


def _calendar_forms(x: dict, suffix: str, day_month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """(form, pattern) of the dates of the language's other calendars: Hijri and Solar Hijri days and months with
    their year, years alone, Solar Hijri days without a year. Before their months a day may also be a plain number
    in words ("سی اردیبهشت")."""
    edge_before, edge_after = edges
    every_day_word = [*x.get("day_words", {}), *x.get("cardinal_day_words", {})]
    words = f"|{edge_before}(?P<dayword>{alt(every_day_word)}){edge_after}" if every_day_word else ""
    day = rf"(?:{NO_WORD_BEFORE}(?P<day>[0-3]?\d)(?!\d|[.,:]\d){suffix}{words})"
    forms = []
    for form, table, marker in (("hijri", "hijri_months", "hijri_marker"), ("persian", "persian_months", "persian_marker")):
        if x.get(table):
            names = alt([n for names in x[table].values() for n in names])
            # its day may be glued to the month's name, as scraped text has it ("18دی 1398")
            forms.append(
                (
                    form,
                    rf"(?:{day}{day_month}\s*)?(?P<month>{names})(?:[\s\u200c]*ماه)?(?:\s+سال)?\s+(?P<year>{OTHER_YEAR})(?!\d)"
                    rf"(?:\s*{words_alt(x.get(marker, []))}{edge_after})?",
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
                forms += _hijri_figures(words_alt(x[marker]), edge_after)
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
    rng = rf"(?:\s*(?:{words_alt(x.get('range', []))})\s*(?P<day2>[0-3]?\d)(?!\d|[.,:]\d))?"  # "۸ و ۹ ثور"
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


def _minguo_forms(x: dict) -> list[tuple[str, str]]:
    """A day of the Republic of China's calendar, as Taiwan's offices date their pages: its year of two or three
    figures after the era's name ("民國111年11月23日"), or in figures after a label for the date (`minguo_labels`:
    "日期:111-11-23"), where a year so short is no Gregorian one."""
    if not x.get("minguo_labels"):
        return []
    era = words_alt(x.get("minguo_era", []))
    said = words_alt(x["minguo_labels"])
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
    names = alt([n for names in x["bikram_months"].values() for n in names])
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
        cue = f"{WORD_START}(?:{words_alt(x.get('year_before', []))})\\s+" if x.get("own_calendar") == form[:-5] else "(?!)"
        if x.get(marker):
            said = rf"\s*(?:{words_alt(x[marker])}){edge_after}"
            year = rf"(?<![\d.,/:-])(?P<year>{OTHER_YEAR})(?!\d){said}"
            forms.append((form, rf"(?:{year}|{cue}(?P<year2>{OTHER_YEAR})(?![\d%]|[.,/]\d)(?:{said})?)"))
    if x.get("buddhist_marker"):  # a year of the Buddhist era after its abbreviation: Lao "ພ.ສ 2568" (2025)
        said = words_alt(x["buddhist_marker"])
        forms.append(("buddhist-year", rf"(?<![^\W\d_])(?:{said})\.?\s*(?P<year>{BUDDHIST_YEAR})(?!\d)"))
    return forms


def _short_solar_year(x: dict, edge_after: str) -> str:
    """A Solar Hijri year in two figures, as Iranian texts shorten it ("۲۶ فروردین ۹۸"), before punctuation or a
    function word: not a count ("۲۶ فروردین ۹۸ نفر")."""
    return rf"(?P<solar_yy>\d\d)(?=\s*(?:[.,،:;)]|$|(?:{words_alt(x.get('function_words', []))}){edge_after}))"


def _persian_yearless_forms(x: dict, day: str, rng: str, day_month: str, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A Solar Hijri day whose year is not stated, or days of one month (`rng`): "۴ مرداد", "چهارم مردادماه جاری",
    "۸ و ۹ ثور"."""
    if not x.get("persian_months"):
        return []
    edge_before, edge_after = edges
    every = [n for names in x["persian_months"].values() for n in names]
    plain = [n for n in every if n not in x.get("persian_ambiguous", [])]  # "تیر" is also a shot: it needs "ماه"
    current = words_alt(x.get("persian_current", []))
    short_year = rf"(?:\s+{_short_solar_year(x, edge_after)})?"
    # a month with its year in two figures ("مهر ماه 95"); "تیر" (a shot) only before "ماه"
    month = rf"(?:(?P<month>{alt(plain)})(?:[\s\u200c]*ماه)?|(?P<month2>{alt(every)})[\s\u200c]*ماه){edge_after}"
    forms = [
        ("persian", rf"{edge_before}{month}\s+{_short_solar_year(x, edge_after)}"),
        (
            "persian",
            rf"{day}{rng}{day_month}\s*(?:(?P<month>{alt(plain)})(?:[\s\u200c]*ماه)?"
            rf"|(?P<month2>{alt(every)})[\s\u200c]*ماه){edge_after}(?:\s+{current}{edge_after}|{short_year})",
        ),
    ]
    # after a day's ordinal in words, any name is the month's: "هشتم تیر" (a shot would be "هشتمین تیر")
    if x.get("day_words"):
        ordinal = rf"{edge_before}(?P<dayword>{alt(list(x['day_words']))})"
        forms.append(("persian", rf"{ordinal}\s+(?P<month>{alt(every)}){edge_after}(?:\s+{current}{edge_after})?"))
    # after the word for "day" ("صبح روز ۱۵ میزان", the morning of the day 15 Mizan), any name is the month's
    for cue in x.get("persian_day_before", []):
        forms.append(("persian", rf"(?<={re.escape(fold(cue))}\s){day}{day_month}\s*(?P<month>{alt(every)}){edge_after}"))
    # alone in parentheses, after the Gregorian day it is ("۱۵ جنوری (۲۵ جدی)"), any name is the month's
    forms.append(("persian", rf"(?<=\()\s*{day}{day_month}\s*(?P<month>{alt(every)})(?=\s*\))"))
    # or after a slash that follows the Gregorian date ("۳۰ ژوئن / ۱۰ تیر")
    ends = (r"[^\W\d_]", r"\d\d\d\d")  # the month's name or a year: not "بند ۳/ ۴ تیر" (clause 3/4, a shot)
    after_date = "|".join(f"(?<={end}{slash})" for end in ends for slash in (r"\s/\s", r"/\s", r"\s/", "/"))
    forms.append(("persian", rf"(?:{after_date}){day}{day_month}\s*(?P<month>{alt(every)}){edge_after}"))
    if x.get("month_day"):  # the month first, then its day with an ordinal's ending or in words, as `month_day`
        # writes a Gregorian one: "لړم ۱۶مه" (16 Aqrab), "د میزان د شپږمې نېټې" (of the sixth of Mizan)
        joined = x["month_day"]
        joiners = words_alt(joined.get("joiners", []))
        ordinal = rf"(?P<day>[0-3]?\d)(?!\d)(?:{words_alt(joined.get('endings', []))}){WORD_END}"
        worded = rf"|(?P<dayword>{alt(list(x['day_words']))}){WORD_END}" if x.get("day_words") else ""
        forms.append(("persian", rf"{edge_before}(?P<month>{alt(every)})\s*(?:(?:{joiners})\s+)?(?:{ordinal}{worded})"))
    if x.get("month_genitive"):  # the month, then its day, after the genitive: "د سنبلې ۱", the first of Sonbola
        genitive = re.escape(x["month_genitive"])
        forms.append(("persian", rf"{edge_before}{genitive}\s+(?P<month>{alt(every)})\s+(?P<day>[0-3]?\d)(?!\d|[.,:/]\d)"))
        # or the day first, then the genitive and its month: "۱۶ د غویی", the 16th of Ghwayay; only before a stop,
        # a year or a word for the day, since Pashto's names are also nouns ("۲۰ د کب ونیول", caught 20 of the fish)
        # (not before a comma or a bracket: "۳ د عقرب، ۲ د مار", "۱۵ د سرطان (کینسر)" count scorpions and patients)
        closed = r"(?=\s*(?:[/.؛:«»]|$|\d|(?:نېټ|نیټ|کال|لمریز|په ورځ)))"
        forms.append(("persian", rf"{day}\s+{genitive}\s+(?P<month>{alt(every)}){edge_after}{closed}"))
        # or set off by commas on both sides, as an apposition after a weekday ("د سهشنبې، ۱۶ د غویی، وکړه")
        forms.append(("persian", rf"(?<=[،,]\s){day}\s+{genitive}\s+(?P<month>{alt(every)}){edge_after}(?=\s*[،,])"))
    return forms


def _case_ended(w: Words, bare: str, edge_after: str) -> str:
    """A month's name with a case ending glued to it (`month_endings`): "kasımda", "Ekim'de". A month that is also
    a common noun (`noun_months`: "aralıkta" is "in the gap") only as a name, with the apostrophe of a name."""
    endings = w.extra.get("month_endings")
    if not endings:
        return ""
    nouns = {key(n) for n in w.extra.get("noun_months", [])}
    plain = alt([n for n in w.full_months if key(n) not in nouns])
    alone = r"(?<!\d\s)(?<!\d)"  # after a day it is that day's month: "4 Mayıs'ta"
    return rf"|{alone}(?:(?P<month3>{plain})(?:{endings})|(?P<month4>{bare})['’](?:{endings})){edge_after}"


def _year_to(language: str, x: dict) -> re.Pattern[str]:
    """What joins a year to the last of its range: a dash, and in CJK, which glues the word for year to it, that
    word and a range joiner that means no "and" ("1996年至2001年")."""
    if not cjk(language):
        return YEAR_RANGE
    joins = words_alt([j for j in x.get("range", []) if j not in x.get("range_and", [])])
    return re.compile(rf"(?:{words_alt(x.get('year_after', []))})?\s*(?:{joins})\s*(?P<year>{YEAR})(?![\d%])")


def _relative_patterns(
    w: Words, months: str, weekdays: tuple[str, str], edges: tuple[str, str]
) -> list[tuple[str, re.Pattern[str]]]:
    """(kind, pattern) of the dates a language states relative to another: the data file's patterns (with
    {month}, {weekday} and {short_weekday}, a weekday's short name that is also another word), parts of a day
    ("tonight"), then its words ("hier", "вчера")."""
    before, after = edges
    if w.extra.get("distal_after"):  # "ce soir-là", "cette nuit là": that evening, of the days the text tells
        after += rf"(?![\s-]*(?:{words_alt(w.extra['distal_after'])})(?![\w-]))"  # not "là-bas"
    relative = []
    for entry in w.extra.get("relative", []):
        pattern = _numbered(_numbered(entry["pattern"], "month", months), "weekday", weekdays[0])
        pattern = _numbered(pattern, "short_weekday", weekdays[1])
        pattern = pattern.replace("{day}", r"(?P<day>[0-3]?\d)").replace("{day2}", r"(?P<day2>[0-3]?\d)")
        pattern = pattern.replace("{dayword}", rf"(?P<dayword>{words_alt(list(w.extra.get('day_words', {})))})")
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
            not_named = rf"(?!{re.escape(p)}(?:{words_alt(named[p.lower()])}))"
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
    clitics = f"(?:{alt(x['clitics'])})?" if x.get("clitics") else ""  # Arabic "والأسبوع الماضي": "and last week"
    if not forms:
        return f"{clitics}(?:{glued}{alt(phrases)}){endings}"
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
    exact = rf"(?:(?:{alt(before_count)})\s+)?" if before_count else ""
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


def _overlap(a: DateMention, b: DateMention) -> bool:
    return a.start < b.end and b.start < a.end


LETTERS = re.compile(r"[^\W\d_]+")


@cache
def state_names(language: str) -> re.Pattern[str]:
    """The base knowledge's names of states in the language and in English ("USA" among them), as one pattern."""
    states = set(state_codes().values())
    names = {fold(n) for each in {language, "en"} for key, found in names_in(each).items() if key in states for n in found}
    end = "" if cjk(language) else "$"
    return re.compile(f"(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))}){end}", re.I)


def _own_era_years(offset: int) -> str:
    """The years of the news, 1900 to 2099, as the language's own era writes them where CLDR's calendar for it
    counts ahead of the Gregorian (`year_offset`: Thai "พฤศจิกายน 2566" is November 2023): an alternation after
    the Gregorian years, "" where the calendar is the Gregorian one."""
    if not offset:
        return ""
    decades = range((NEWS_YEARS.start + offset) // 10, (NEWS_YEARS.stop - 1 + offset) // 10 + 1)
    return "|" + "|".join(rf"{decade}\d" for decade in decades)


NEWS_YEARS = range(1900, 2100)
SHORT_YEAR_PAIR = re.compile(rf"(?P<year>{YEAR})[-–/](?P<yy2>\d\d)(?![\d%])")  # "2024-25", "2024/25"


def named_year_of_two(text: str, at: int, w: Words) -> bool:
    """The language's word for "year" right before two years in a row, the second written short, at `at` ("वर्ष
    2024-25", "वित्तीय वर्ष 2025-26": the year 2024-25, the financial year): one year of accounts, a school's or a
    season's, that runs across the two, named by them, and no date of either."""
    m = SHORT_YEAR_PAIR.match(text, at)
    if not m or int(m["year"]) - int(m["year"]) % 100 + int(m["yy2"]) != int(m["year"]) + 1:
        return False
    before = text[:at].rstrip().rsplit(maxsplit=1)
    return bool(before) and before[-1].lower() in {str(y).lower() for y in w.extra.get("year_words") or []}


@cache
def right_to_left(language: str) -> bool:
    """CLDR writes the language right to left (Arabic, Persian, Hebrew, Urdu)."""
    try:
        return babel.Locale.parse(language).character_order == "right-to-left"
    except (ValueError, babel.UnknownLocaleError):
        return False


def _short_word_months(w: Words, edges: tuple[str, str]) -> list[tuple[str, str]]:
    """A month's wide name alone after a short word, where no word for "in" is known: "in Mei", "En decembro"."""
    known = any(len(cue) <= MAX_PREPOSITION for cue in w.extra.get("month_before", []))  # an addition's "in"
    if not w.extra.get("month_after_short_word") or known:
        return []
    short = rf"(?P<cue10>[^\W\d_]{{1,{MAX_PREPOSITION}}})"
    names = alt([*w.full_months, *w.extra.get("case_months", [])])  # "in Mei"; "w maju", a case of the name
    return [("month", rf"{edges[0]}{short}\s+(?P<month10>{names}){edges[1]}(?![\s.]*\d|,\s*\d)")]


@cache
def name_particles(language: str) -> frozenset[str]:
    """The particles inside a name that the language's detection file lists ("de", "da", "do"): only they stand
    between a name's words. Read from the file itself: detection sits above the date grammar."""
    path = DATA.parent / "detect" / f"{language}.yaml"
    listed = ((safeyaml.shipped(path) or {}).get("particles") or []) if path.is_file() else []
    return frozenset(str(w).lower().replace("’", "'") for w in listed)


@cache
def lowercase_months(language: str) -> bool:
    locale = cldr_locale(language)
    return bool(locale) and babel.dates.get_month_names("wide", "format", locale)[3].islower()


def month_number(name: str, table: dict | object) -> int | None:
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


def persian_yearless(m: re.Match[str], text: str, month: int, day: int | None) -> DateMention:
    """A Solar Hijri day without its year, with the Gregorian day it falls on in most years."""
    usual = usual_gregorian(month, day or 1)
    if usual is None or day is None:
        return DateMention(m.start(), m.end(), text, invalid=True)
    return DateMention(m.start(), m.end(), text, None, usual[0], usual[1], calendar="persian", native=(month, day))


@cache
def gregorian_by_year(month: int, day: int) -> dict[int, tuple[int, int]]:
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
def solar_gregorian_days(month: int, day: int) -> tuple[tuple[int, int], ...]:
    """The Gregorian (month, day) of a Solar Hijri day in each year of one 33-year leap cycle."""
    return tuple(gregorian_by_year(month, day).values())


def usual_gregorian(month: int, day: int) -> tuple[int, int] | None:
    """The Gregorian (month, day) a Solar Hijri day falls on in most years: the others are a day off, so
    extract.py converts exactly once a year is known."""
    days = solar_gregorian_days(month, day)
    return max(set(days), key=days.count) if days else None


def count_in_words(text: str, w: Words) -> int | None:
    """A whole count in digits or words ("3", "trois"); None for "2,5"."""
    number = text.replace(",", ".")
    if number.replace(".", "").isdigit():
        return int(float(number)) if float(number) == int(float(number)) else None
    return next((n for pattern, n in w.numbers if re.fullmatch(pattern, text, re.I)), None)


MAX_PREPOSITION = 3  # "yn", "sa", "ers": a longer word may be a noun the number names ("cefn 1922", the committee)


def is_unit_word(word: str, w: Words) -> bool:
    """A word of CLDR's units (`unit_words`): "km 2019." is a measure."""
    return year_form(word, w.extra.get("unit_words") or [])


YEAR_RANGE = re.compile(rf"\s*[-–—]\s*(?P<year>{YEAR})(?![\d%])")
