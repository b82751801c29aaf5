"""What one match of the grammar states: an absolute date with the precision the text gives it
(its era, century, calendar converted to the Gregorian one), a relative date and what it counts from, a bare year
where the words around it make it one; None where the match is no date (a count, a time of day, a model's code).
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from dataclasses import replace
from functools import cache

import dateutil.easter
import hijridate
import jdatetime
from anyascii import anyascii

from . import safeyaml
from .calendars import (
    BIKRAM_SAMBAT,
    ETHIOPIC,
    bikram_to_gregorian,
    ethiopic_to_gregorian,
    usual_bikram_day,
)
from .dates_grammar import (
    BARE_YEAR,
    DIGITS,
    GLUED_YEAR_ENDING,
    MAX_LINKER,
    MAX_PREPOSITION,
    NEWS_YEARS,
    YEAR,
    YEAR_RANGE,
    YEARS_BACK,
    DateMention,
    Grammar,
    alt,
    cjk,
    count_in_words,
    ending_alt,
    is_unit_word,
    lowercase_months,
    month_number,
    name_particles,
    named_year_of_two,
    persian_yearless,
    right_to_left,
    state_names,
    usual_gregorian,
    words_alt,
)
from .datewords import (
    DATA,
    MAX_SHORT_NOUN_ENDING,
    Words,
    dateparser_skipped,
    fold,
    key,
    short_year_words,
    words,
    year_count_words,
    year_form,
)
from .knowledge import capital_names, cldr_locale, given_names
from .scripts import (
    LETTER,
    WORD_END,
    WORD_START,
    glued_case_endings,
    spaceless,
)
from .scripts import MARKS as WORD_MARKS  # every script's combining marks; Arabic's are read apart

OLD_YEAR = 1500  # before it, a number after a cue is as often a count
BUDDHIST_ERA = 543  # the Buddhist era's years count this many ahead of the Gregorian ones (Thai and Lao reckoning)
COUNTED_UNIT = re.compile(r"(?:week|month|year)[+-]\d+$")  # a word for last or next week, month or year
LOOSE_RANGE = 7  # days at most between the two days of a range joined by an unknown word
COUNT_BEFORE = re.compile(r"(?<![\d.,:/-])\d+\s*$")


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
    """A year's locative ending (`ending_alt`) glued to it, after a hyphen or dash ("1959-ല്", "1999 – ല്") or
    after a space ("1965 ൽ", "१९५२ मध्ये")."""
    x = words(language).extra
    return re.compile(rf"(?:\s?[-–—]\s?|\s)?{ending_alt(x)}") if x.get("year_endings") else None


MINGUO_ERA = 1911  # the Republic of China's years count from 1912: its year 111 is 2022


LISTED = re.compile(r"^\s*[,،]\s*$")  # a year after another in a list: "in 2014, 2018, and 2024", "۲۰۰۵، ۲۰۰۹"


# the marks that open a title of a book, law or document in Chinese ("《…》", "〈…〉"): a year right after one is part
# of the title ("《2010年全市图书馆建设计划》", the plan's name), no date the text states
TITLE_MARKS = ("《", "〈")
HYPHEN_ENDING = re.compile(r"^-[^\W\d_]{1,3}(?![^\W\d_])")


# a number sign, the act's number and a short "of" before the year: "legge n. 213 del 2023", "Lei nº 14.133, de
# 2021", "Decree No. 5 of 2019" name a law by its number and year, no date of an event
NUMBERED_ACT = re.compile(r"(?<!\w)(?:[Nn][º°o]\.?|[Nn]\.|No\.|Nr\.|núm\.?|num\.|№)\s*\d[\d./-]*,?\s+[^\W\d_]{1,4}\s+$")


def bare_years(text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """Four-digit numbers with a cue that makes them years; in a list after a year, the year before is the cue
    ("in 2014, 2018, and 2024"), unless a counted noun follows ("in 2014, 2000 soldiers")."""
    years: list[DateMention] = []
    decade_end = -1  # where the last decade ends: a year joined to it is one too ("décadas de 1980 e 1990")
    left: re.Match[str] | None = None  # the last number read that is no year, nor a decade
    for m in g.year.finditer(text):
        if text[max(0, m.start() - 1) : m.start()] in TITLE_MARKS or NUMBERED_ACT.search(text, max(0, m.start() - 40), m.start()):
            left = None  # "《2010年…图书馆建设计划》", "legge n. 213 del 2023": the year opens a title, ends an act's number
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


def absolute_date(form: str, m: re.Match[str], sentence: str, w: Words) -> DateMention | None:
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
    return rf"(?:^|[^\w.])(?:{alt(words)})\s*$" if words else None


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


def _feast_day(name: str, feasts: dict[str, list[str]]) -> tuple[int, int]:
    """The (month, day) of a feast the data file lists under its "MM-DD"."""
    wanted = key(name)
    day = next(day for day, names in feasts.items() if wanted in {key(n) for n in names})
    month, number = day.split("-")
    return int(month), int(number)


def _solar_century(yy: str | None) -> int | None:
    """A Solar Hijri year in two figures: "۹۸" is 1398 (2019), "۰۲" 1402."""
    return None if yy is None else int(yy) + (1300 if int(yy) >= 50 else 1400)


def _from_own_era(year: int, w: Words) -> int:
    """A four-figure year in the Gregorian calendar: one of the language's own era (`_own_era_years`, no Gregorian
    year of the news) less the years that era counts ahead."""
    offset = w.extra.get("year_offset", 0)
    return year - offset if offset and year >= NEWS_YEARS.stop else year


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
        return None if named_year_of_two(m.string, m.start(), w) else _short_years(m, sentence, year or 0)
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


def _months(m: re.Match[str], sentence: str, w: Words, year: int | None) -> DateMention | None:
    """A range of months from the first named to the second, in the year stated after them if any."""
    first, last = month_number(m["month"], w.months), month_number(m["month2"], w.months)
    if not (first and last and first < last):
        return None
    start = m.start("month")
    return DateMention(start, m.end(), sentence[start : m.end()], year, first, last=(year, last, None))


def _years(m: re.Match[str], sentence: str, w: Words, counted_after: bool, cued: bool = False) -> DateMention | None:
    """A range of years of at most 50 from 1900 on ("1988–1994"), or a life in parentheses, or one the word for
    years follows (`cued`: "1878 ile 1903 yılları arasında"), which may be long ago; in words ("between 1990 and
    1995") unless a counted noun follows ("entre 1990 y 1995 personas")."""
    first, last = _from_own_era(int(m["year"]), w), _from_own_era(int(m["year2"]), w)  # Thai "2563-2565": 2020-2022
    if first > last and _in_parentheses(m) and right_to_left(w.language):
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
    month = month_number(name, table or w.months) or (w.extra.get("month_stems") or {}).get(name.lower())
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
    month = month_number(g[group], w.months) if group != "month9" else _stem_month(g[group], w.extra["genitive_stems"])
    if group == "month8" and anyascii(m.group()).lower() in given_names():  # "Augustin", opening a sentence
        return None
    if _capitalised_inside(m.string, m.start(group), w.language):  # "Rio de Janeiro": a name's word
        return None
    if group == "month10" and not _after_short_word(m, w):
        return None
    return DateMention(m.start(group), m.end(), sentence[m.start(group) : m.end()], None, month) if month else None


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
    if not (text[at : at + 1].isupper() and lowercase_months(language)):
        return False
    word = NAME_WORD_BEFORE.search(text, max(0, at - 40), at)
    if word is None or not word[1][:1].isupper():
        return False
    short_word = word[2]  # between the name's words only a particle: "Rio de Janeiro", not "Lula em Março"
    return short_word is None or short_word.lower().replace("’", "'") in name_particles(language)


@cache
def _person_words(language: str) -> frozenset[str]:
    """The titles, regnal titles and honorifics of the language's detection file ("الرئيس", "الملك", "السيد"):
    nouns of a person, no adjective of the noun before them. Read from the file itself, as `name_particles`."""
    path = DATA.parent / "detect" / f"{language}.yaml"
    data = (safeyaml.shipped(path) or {}) if path.is_file() else {}
    return frozenset(str(w) for k in ("titles", "regnal_titles", "honorifics") for w in data.get(k) or [])


def _stem_month(word: str, stems: dict[str, int]) -> int | None:
    """The month whose genitive stem the word is, with an ending of one or two letters ("marci": "marc", March)."""
    return next((stems[word[:-cut].lower()] for cut in (1, 2) if word[:-cut].lower() in stems), None)


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
    before = re.search(rf"{WORD_START}({words_alt(list(parts))})\s*$", m.string[max(0, m.start() - 20) : m.start()])
    return parts[before[1]] if before else None


def _month_part_gregorian(form: str, m: re.Match[str], text: str, year: int, month: int | None, day: int) -> DateMention:
    """Early, mid- or late in a month of another calendar: the Gregorian month that part falls in, whose days the
    text does not state ("اواسط اردیبهشت ۱۳۹۰", mid-Ordibehesht: May 2011)."""
    try:
        g = _gregorian(form, year, month or 1, day)
    except (ValueError, OverflowError):
        return DateMention(m.start(), m.end(), text, invalid=True)
    return DateMention(m.start(), m.end(), text, g.year, g.month, calendar=form)


def _persian_yearless_days(m: re.Match[str], text: str, month: int, day: int | None, last: int | None) -> DateMention:
    """Solar Hijri days of one month without their year, the first to the last, on the Gregorian days of most years;
    where the last is not after the first, the first alone."""
    first = persian_yearless(m, text, month, day)
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
    (`hijri_as_stated`), or none."""
    return DateMention(m.start(), m.end(), text, calendar="hijri", native=(month, day)) if day else None


def relative_date(kind: str, m: re.Match[str], sentence: str, w: Words) -> DateMention | None:
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
        count = count_in_words(next(v for k, v in g.items() if k.startswith("count") and v), w)
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
    return next((m for n in range(len(first), 0, -1) if (m := month_number(" ".join(first[:n]), months))), None)


def _anniversary(m: re.Match[str], w: Words, years: str) -> tuple[int, int, str] | None:
    """A count of years back with the words that say "to the day" (`anniversary`: "ровно год назад", "five years
    ago today", "هشت سال پیش در چنین روزی") is the day of writing that many years before: (start, end, kind)."""
    cue = w.extra.get("anniversary") or {}
    before = re.search(
        rf"{WORD_START}(?:{words_alt(cue.get('before', []))})[\s,]*$", m.string[max(0, m.start() - 30) : m.start()], re.I
    )
    after = re.match(rf"[\s,]*(?:{words_alt(cue.get('after', []))}){WORD_END}", m.string[m.end() :], re.I)
    inside = re.search(rf"{WORD_START}(?:{words_alt(cue.get('inside', []))}){WORD_END}", m[0], re.I)  # "há exatos dois anos"
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
    if not cue or "-" not in kind or not re.search(rf"{WORD_START}(?:{words_alt(cue['before'])}){WORD_END}", m[0]):
        return False
    return bool(re.match(rf"\s*(?:{words_alt(cue['after'])}){WORD_END}", m.string[m.end() :]))


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
    return re.search(rf"{WORD_START}(?:{words_alt(cue)})\s*$", m.string[max(0, m.start() - 20) : m.start()], re.I) is not None


def _age_after(kind: str, m: re.Match[str], w: Words) -> bool:
    """ "This year" before an age (`age_after`: "今年64岁", "bu yıl 64 yaşında") tells how old someone is, not when
    something happened."""
    age = w.extra.get("age_after")
    return kind in ("year+0", "this-year") and bool(age) and re.match(age, m.string[m.end() : m.end() + 20]) is not None


def _says_later(phrase: str, w: Words) -> bool:
    """A count forward in the words that also say "later" (`later`: "3 gün sonra", "۳ روز بعد", "3天后") counts
    from the event the sentence tells as often as from the time of writing: no date."""
    later = w.extra.get("later")
    return bool(later) and re.search(words_alt(later), phrase, re.I) is not None


def _count_before(m: re.Match[str], w: Words) -> bool:
    """A count of more than one right before the phrase, in figures or in words ("دو سال بعد", "۳ سال بعد"): the
    phrase's unit is counted from the event told, no "following" year of it."""
    before = m.string[max(0, m.start() - 20) : m.start()]
    figures = COUNT_BEFORE.search(before.translate(DIGITS))
    word = re.search(r"([^\W\d_]+)\s+$", before)
    return bool(figures and int(figures[0]) > 1) or bool(word and (count_in_words(word[1], w) or 0) > 1)


def _counted_span(m: re.Match[str], w: Words) -> bool:
    """A count in words right before a word for last week, month or year, where the language counts it so
    (`counted_last`): "دو ماه گذشته" is the past two months."""
    before = re.search(r"([^\W\d_]+)\s+$", m.string[max(0, m.start() - 20) : m.start()])
    return bool(w.extra.get("counted_last") and before and (count_in_words(before[1], w) or 0) > 1)


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
    return bool(cues) and re.search(rf"(?:{words_alt(cues)})\s*$", before) is not None


def _is_bound(m: re.Match[str], w: Words) -> bool:
    """A count back from now with only a bound, the language file's `bound_before` words right before it ("more
    than 30 years ago", "менш ніж два тижні тому"): a vague time, no date."""
    return _cue_ends(fold(m.string[max(0, m.start() - 30) : m.start()]), w.extra.get("bound_before", []))


def _cue_ends(before: str, cues: list[str]) -> bool:
    """Whether one of the cues (regular expressions of a language file) ends the text, a whole word or more."""
    return any(re.search(rf"{WORD_START}(?:{cue})\s*$", before, re.I) for cue in cues)


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
    joins = words_alt([j for j in x.get("range", []) if j not in x.get("range_and", [])])  # "bis", not "und"
    opens = words_alt(x.get("range_from_to", []))  # "von": "zwischen 2013 und 2020 Fischer" counts
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
    return bool(labels) and re.search(rf"(?:^|[\s(,])(?:{words_alt(labels)})[\s.:]*$", before, re.I) is not None


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
    names = words_alt([*x.get("event_year_before", []), *x.get("counted_event_year_before", [])])
    # one or two short words before the place ("Copa Mundial de la FIFA 2022"), and a conjunction or preposition
    # the language glues before the name ("بكأس العالم 2022")
    # a place of several words, capitalised, perhaps with a short word between ("Rio de Janeiro", "Buenos Aires")
    more = r"(?:\s+(?:[^\W\d_]{1,3}\s+)?[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]*){0,2}"
    place = rf"(?:(?:\s+[^\W\d_]{{1,3}}){{1,2}}\s+|\s+[^\W\d_]{{1,2}}['’]|\s+)(?P<place>[^\W\d_][\w'’-]*{more})"
    glued = f"(?:{alt(x['clitics'])})?" if x.get("clitics") else ""
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
    """`state_names` with the names of the states' capitals (the base knowledge's), as one pattern."""
    capitals = {fold(n) for names in capital_names(language).values() for n in names}
    end = "" if cjk(language) else "$"
    alternatives = "|".join(map(re.escape, sorted(capitals, key=len, reverse=True)))
    return re.compile(f"(?:{state_names(language).pattern.removesuffix(end)}|{alternatives}){end}", re.I)


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
    if not word or count_in_words(word[1], w) is not None or is_unit_word(word[1].lower(), w):
        return False
    return len(word[1]) <= MAX_PREPOSITION or word[1][:1].isupper() or word[1].lower() in dateparser_skipped(w.language)


def _list_word_after(text: str, at: int, w: Words) -> bool:
    """A word of CLDR's lists ("and", "or": `function_words`) right after a number: "yn 2015 a bu'n"."""
    after = re.match(rf"\s+({LETTER}+){WORD_END}", text[at : at + 30])
    return bool(after) and after[1].lower() in w.extra.get("function_words", [])


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
    return re.compile(rf"{WORD_START}(?:{words_alt(words_before)})\s+(?:{words_alt(nouns)})\s*$", re.I)


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
    return bool(born) and bool(re.match(rf"\s+(?:{LETTER}+\s+){{0,2}}(?:{words_alt(born)}){WORD_END}", after, re.I))


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
    return not (unit and is_unit_word(unit[1].lower(), w))


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
