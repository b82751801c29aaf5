"""Find date expressions in a sentence with regular expressions built from dateparser's own month
and weekday names, then normalise each absolute one, keeping the precision the text states:
numeric forms are read by dateparser, and a named day that does not exist ("31 February") is
rejected.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import cache

from dateparser.date import DateDataParser
from dateparser.languages.loader import default_loader

MONTHS = (
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
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
YEAR = r"(?:1[5-9]|20)\d\d"
ANY_DIGIT = re.compile(r"\d")
NON_ASCII = re.compile(r"[^\x00-\x7f]")

# Relative expressions: (pattern, kind). Deictic kinds count from the publication date;
# anaphoric kinds ("the same year") count from the last date stated before them.
RELATIVE = {
    "en": [
        (r"\b(?P<month>{months}),? (?:of )?(?:the following|the next|the following) year\b", "following-year"),
        (r"\b(?P<month>{months}),? (?:of )?(?:the same|that same|that) year\b", "same-year"),
        (r"\b(?:earlier|later) this year\b|\bthis year\b", "this-year"),
        (r"\blast year\b|\bthe previous year\b(?!,)", "last-year"),
        (r"\bnext year\b", "next-year"),
        (r"\b(?:in )?the same year\b|\bthat same year\b|\blater that year\b|\bthat year\b", "same-year"),
        (r"\b(?:in )?the following year\b|\ba year later\b", "following-year"),
        (r"\blast month\b", "last-month"),
        (r"\b(?:earlier|later) this month\b|\bthis month\b", "this-month"),
        (r"\bnext month\b", "next-month"),
        (r"\blast (?P<month>{months})\b", "last-named-month"),
        (r"\bnext (?P<month>{months})\b", "next-named-month"),
        (r"\byesterday\b", "yesterday"),
        (r"(?<![A-Za-z])(?:on |last |this )?(?P<weekday>{weekdays})\b", "weekday"),
    ],
    "ar": [
        (r"(?P<month>{months}) (?:من )?(?:العام التالي|السنة التالية)", "following-year"),
        (r"(?P<month>{months}) (?:من )?(?:العام نفسه|نفس العام|السنة نفسها|العام ذاته|ذات العام)", "same-year"),
        (r"في وقت سابق من هذا العام|هذا العام|العام الجاري|العام الحالي", "this-year"),
        (r"العام الماضي|السنة الماضية", "last-year"),
        (r"العام المقبل|العام القادم|السنة المقبلة", "next-year"),
        (r"العام نفسه|نفس العام|السنة نفسها|العام ذاته|ذات العام", "same-year"),
        (r"العام التالي|السنة التالية", "following-year"),
        (r"الشهر الماضي", "last-month"),
        (r"في وقت سابق من هذا الشهر|هذا الشهر|الشهر الجاري|الشهر الحالي", "this-month"),
        (r"الشهر المقبل|الشهر القادم", "next-month"),
        (r"(?P<month>{months}) الماضي", "last-named-month"),
        (r"(?P<month>{months}) المقبل|(?P<month2>{months}) القادم", "next-named-month"),
        (r"يوم (?P<weekday>{weekdays})", "weekday"),
    ],
}
# Words one of which every alternative of every RELATIVE pattern of the language matches, unless it
# matches a month or weekday name: a pattern is skipped for a sentence with none of its cues (find_dates).
RELATIVE_CUES = {"en": ("year", "month", "yesterday")}
# Words before a bare four-digit number that make it a year. Weak cues ("the 2026 World Cup",
# "of 2024 dollars") only count when no lower-case word (a counted noun) follows.
YEAR_CUES = {
    "en": {"in", "since", "by", "from", "until", "till", "during", "early", "late", "mid", "year", "before", "after", "circa"},
    "ar": {"عام", "العام", "سنة", "في", "منذ", "حتى", "بعد", "قبل", "خلال", "عامي"},
}
WEAK_YEAR_CUES = {"en": {"of", "the", "and", "to", "around", "between"}, "ar": {"و"}}


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: str | None = None  # kind from RELATIVE, None for an absolute date
    invalid: bool = False  # looks like a date but names no real day ("31 February")


@dataclass(frozen=True)
class _Patterns:
    absolute: tuple[re.Pattern[str], ...]
    relative: tuple[tuple[re.Pattern[str], str, frozenset[str]], ...]  # pattern, kind, its cue words
    month_number: dict[str, int]
    weekday_number: dict[str, int]
    cues: frozenset[str] | None = None  # every pattern's cues (lower-case ASCII); None: no pattern is skipped


def _names(language: str, keys: tuple[str, ...]) -> dict[str, int]:
    info = default_loader.get_locale(language).info
    names: dict[str, int] = {}
    for number, key in enumerate(keys):
        for name in info.get(key, []):
            if len(name) >= 3 and not name.isdigit():
                names[name.lower()] = number
    return names


@cache
def patterns(language: str) -> _Patterns:
    """Regular expressions for one language (English rules apply to unknown languages)."""
    lang = language if language in RELATIVE else "en"
    months = _names(language, MONTHS) if language in ("en", "ar") else {**_names("en", MONTHS), **_safe_names(language, MONTHS)}
    weekdays = _names(lang, WEEKDAYS)
    alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    # English month names must be capitalised: "may" the verb is not "May" the month.
    month = rf"(?P<month>(?-i:(?=[A-Z]))(?:{alt}))\.?" if lang == "en" else rf"(?P<month>{alt})"
    absolute = (
        rf"\b(?P<year>{YEAR})-(?P<mnum>[01]\d)-(?P<day>[0-3]\d)\b",
        rf"(?<!\w){month}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>{YEAR})\b)?",
        rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?:,?\s+(?:عام\s+)?(?P<year>{YEAR})\b)?",
        rf"(?<!\w){month}(?:\s+of)?,?\s+(?:عام\s+)?(?P<year>{YEAR})\b",
        rf"(?<![\w$€£.,-])(?P<year>{YEAR})(?![\w%]|[.,]\d)",
    )
    walt = "|".join(sorted((re.escape(w) for w in weekdays), key=len, reverse=True))
    relative = tuple(
        (re.compile(p.format(months=alt, weekdays=walt), re.I), kind, _cues_of(p, RELATIVE_CUES.get(lang, ()), months, weekdays))
        for p, kind in RELATIVE[lang]
    )
    cues: frozenset[str] | None = frozenset().union(*(c for _, _, c in relative)) if lang in RELATIVE_CUES else None
    if cues and not all(c.isascii() for c in cues):
        cues = None  # re.I matches some non-ASCII letters to ASCII ones ("ı" to "i"): only ASCII is compared by lower()
    return _Patterns(tuple(re.compile(p, re.I) for p in absolute), relative, months, weekdays, cues)


def _cues_of(pattern: str, words: tuple[str, ...], months: dict[str, int], weekdays: dict[str, int]) -> frozenset[str]:
    """The words one of which every match of a RELATIVE pattern contains (see RELATIVE_CUES)."""
    names = [*(months if "{months}" in pattern else ()), *(weekdays if "{weekdays}" in pattern else ())]
    return frozenset([*(w for w in words if w in pattern), *names])


def _safe_names(language: str, keys: tuple[str, ...]) -> dict[str, int]:
    try:
        return _names(language, keys)
    except Exception:  # dateparser has no locale for this language: English names only
        return {}


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
    parts = set((data.date_obj and (data["parts"] if isinstance(data, dict) else data.parts)) or ())
    d = data.date_obj
    return (d.year if "year" in parts else None, d.month if "month" in parts else None, d.day if "day" in parts else None)


def find_dates(sentence: str, language: str) -> list[DateMention]:
    """Date expressions in one sentence, in order, without overlaps."""
    text = sentence.translate(DIGITS)
    pats = patterns(language)
    lang = language if language in RELATIVE else "en"
    taken: list[tuple[int, int]] = []
    found: list[DateMention] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    absolute = pats.absolute if ANY_DIGIT.search(text) else ()  # every absolute pattern needs a digit
    present = _cues_present(text, pats.cues)
    for pattern, kind, cues in pats.relative:
        if present is not None and present.isdisjoint(cues):
            continue  # no word of the sentence can start a match
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            groups = m.groupdict()
            month_name = groups.get("month") or groups.get("month2")
            month_index = _number(pats.month_number, month_name) if month_name else None
            weekday = groups.get("weekday")
            day = _number(pats.weekday_number, weekday) if weekday else None
            if (month_name and month_index is None) or (weekday and day is None):
                continue  # see _number
            month = month_index + 1 if month_index is not None else None
            if kind == "weekday" and lang == "en" and not weekday[0].isupper():
                continue
            taken.append((m.start(), m.end()))
            found.append(DateMention(m.start(), m.end(), sentence[m.start() : m.end()], None, month, day, kind))
    for index, pattern in enumerate(absolute):
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            if index == len(pats.absolute) - 1 and not _is_year(text, m, lang):
                continue
            if (name := m.groupdict().get("month")) and _number(pats.month_number, name.rstrip(".")) is None:
                continue  # see _number
            parsed = _absolute(m, sentence, language, pats)
            taken.append((m.start(), m.end()))
            if parsed is None:
                found.append(DateMention(m.start(), m.end(), sentence[m.start() : m.end()], invalid=True))
            else:
                found.append(DateMention(m.start(), m.end(), sentence[m.start() : m.end()], *parsed))
    return sorted(found, key=lambda d: d.start)


def _number(names: dict[str, int], name: str) -> int | None:
    """A month's or weekday's number (from 0) by its name, or None for a spelling only case-insensitive
    matching takes for a name ("Frıday" with a dotless ı, "Auguſt" with a long s): not a date."""
    return names.get(name.lower())


def _cues_present(text: str, cues: frozenset[str] | None) -> frozenset[str] | None:
    """The cue words in the sentence, so that a relative pattern none of whose cues is there is skipped;
    None when that cannot be told. The patterns are case-insensitive regular expressions tried at every
    position (most of the time of extraction), and a substring test is cheap. It is exact while the only
    letters are ASCII ones (curly quotes and dashes may be there): re.I then matches an ASCII letter of a
    cue exactly where lower() does, while it also matches some non-ASCII letters to ASCII ones ("ı" to
    "i", "ſ" to "s")."""
    if cues is None or not (text.isascii() or not any(c.isalpha() for c in NON_ASCII.findall(text))):
        return None
    lower = text.lower()
    return frozenset(cue for cue in cues if cue in lower)


def _absolute(
    m: re.Match[str], sentence: str, language: str, pats: _Patterns
) -> tuple[int | None, int | None, int | None] | None:
    groups = m.groupdict()
    if groups.get("mnum"):
        return confirm(m.group(), "en")
    if not groups.get("month"):
        return (int(groups["year"]), None, None)
    month = pats.month_number[groups["month"].lower().rstrip(".")] + 1
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    # "31 February" names no day (without a year, a leap year is assumed). Month names are dateparser's
    # Gregorian ones, so the calendar decides, as dateparser would (checked on every name, day and leap year).
    if day is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        return None
    return (year, month, day)


def _is_year(text: str, m: re.Match[str], lang: str) -> bool:
    """A bare four-digit number is a year only with a cue before it or a name after it."""
    before = re.findall(r"[\w-]+", text[max(0, m.start() - 20) : m.start()])
    previous = before[-1].lower().strip("-") if before else ""
    after = text[m.end() : m.end() + 20].lstrip()
    if previous in YEAR_CUES[lang] or previous.endswith("عام"):
        return True
    if previous in WEAK_YEAR_CUES[lang]:
        return not after[:1].islower()
    return after[:1] in ("", ",", ".", ";", ")", "،") or (lang == "en" and after[:1].isupper())
