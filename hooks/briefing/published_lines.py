"""What a line of a page's head is, for the publication date: a date line or a stamp, a label
("Updated:", "Published on", "Опубликовано"), a clock, a byline with its stamp, and the furniture whose dates are
not the page's (a site's "today", a panel of related items, a top bar, an infobox, a table row, a file's name);
the helpers the readings of the header and of the opening share.
"""

from __future__ import annotations

import calendar
import datetime as dt
import mimetypes
import re
import zoneinfo
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import replace
from functools import cache
from pathlib import Path

import regex
from babel import Locale, localedata

from . import safeyaml
from .calendars import own_calendar_names
from .dates import ascii_digits, cable_words, find_dates, ideographic_years
from .dates_grammar import DIGITS, MINGUO_DAY_WORDS, OTHER_YEAR, DateMention
from .datewords import fold, key, known_languages, today_and_tomorrow, words
from .eras import has_era_year
from .prefilter import Needs, comparable, may_match, needed
from .scripts import ARABIC_FOLD, ARABIC_MARKS, UNSPACED_SCRIPTS

DATA = Path(__file__).parent / "data" / "publication.yaml"
# a time of day in figures, as software stamps it: hours and minutes by a colon or an "h" ("19:23", "9h30")
CLOCK = r"\d{1,2}[:h]\d{2}"

WORD = re.compile(r"[^\W\d_]{3,}")  # words beside a date; "de", "le", "à" do not count
DAY_MONTH = re.compile(r"(?<![\d/.:,])(\d{1,2}/\d{1,2}|\d\d\.\d\d)(?![\d/.:,])")  # "11/11", "05.11", no year
SLASHED_FIGURES = re.compile(r"\d{1,2}/\d{1,2}")  # a day and month in figures alone: "16/07"


def found_in_head(text: str, language: str) -> list[DateMention]:
    """The dates of a header's text as `find_dates` reads a sentence's, but a day and month in figures alone
    ("16/07" before a time): a sentence's stamp, which this module reads by its own rules (`day_and_month`,
    `_numeric_day_month`: "05/06" beside a time could be either order, so it gives no page date)."""
    return [m for m in find_dates(text, language) if not SLASHED_FIGURES.fullmatch(m.text.translate(DIGITS))]


# a time glued to the date after it, as a scraper joins two elements ("16:209/05/2023"): minutes take two figures
GLUED_TIME = re.compile(r"(?<![\d:])(\d{1,2}:\d{2})(?=\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?!\d))")
# a year glued to the time after it, as a scraper joins a date's element to its time's ("08 Jun 201718:37 PM")
GLUED_YEAR_TIME = re.compile(r"(?<![\d:,])((?:1[5-9]|20)\d\d)(?=(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:.,]))")


def unglued(line: str) -> str:
    """A header line with a time glued to its date set apart by a space, before or after it."""
    return GLUED_YEAR_TIME.sub(r"\1 ", GLUED_TIME.sub(r"\1 ", line))


# MediaWiki's date-and-age templates print a date, a semicolon and its age ("15 September 2021; vor 11 Monaten")
AGE_AFTER = re.compile(r"\s*;\s*")
# parts of a header line: "Reuters • 10/11/2020", "date · snippet", "21.07.2024 / A. Writer, site.de" (a spaced
# slash before a short last field: a byline, not a dateline's text, "باريس 14 مايو 2017 / أدى …"); a teaser cut
# short, then the page's date ("… de la provincia de Kivu del... 27.01.2025"); an icon before a field ("✍ A. Writer
# ◷ 2024-03-04 10:05"), and the tags that close the line ("… #fisheries #Lomé"); a rule drawn in dashes between
# fields ("Site 25 دی 1389 ساعت 1:43 ------ عنوان : …")
ICON = "\u2300-\u23ff\u25a0-\u27bf\U0001f300-\U0001faff"  # clocks, pens, calendars: technical symbols, dingbats, emoji
SEPARATOR = re.compile(
    rf"\s+(?:[|·•]|[-_=]{{3,}})\s+|\s+/\s+(?=[^\n]{{0,60}}$)|(?<=[^\W\d_])(?:\.{{3}}|…)\s+(?=\d)|(?:^|\s+)[{ICON}]\ufe0f?\s+|\s+(?=#[^\s#]+(?:\s+#[^\s#]+)*\s*$)"
)
# a byline glued to the day of its date: "Lily Waddell11 July 2022", or a name's closing initial glued to it after the
# name's lower-case letters ("A. WagnerD3 Oktoba 2013"); a code writes capitals before its figures ("MH17 July 2014")
GLUED_DAY = regex.compile(r"(\p{Ll}|(?<=\p{Ll})\p{Lu})(?=[0-3]?\d\s+\p{L})")
# a date that a colon closes, ending its line, heads what follows (a chronicle's entry, "24 janvier 2025 :"): no
# page's stamp ("2023-04-18 富美财经 浏览量:" is one, its colon a label's)
HEADING_COLON = re.compile(r"\s*[:：]\s*$")
CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Chinese and Japanese characters
CJK_RUN = re.compile(f"[{CJK}]+")
CJK_MONTH_DAY = re.compile(r"(?<!\d)\d{1,2}月\d{1,2}日")  # "09月25日": a day and month in Chinese or Japanese
# a character's reading in pinyin, its tone marked, in parentheses after it, as some mirrors print pages ("中新網(wǎng)")
PINYIN = re.compile(f"(?<=[{CJK}])\\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\\)")
CJK_WORD = re.compile(f"[{CJK}]{{2,20}}")  # an agency's name and its place, as a Chinese dateline writes them
# the agency and its reporter in brackets before the place, and places a slash joins: "【某报记者】耶路撒冷/贝鲁特 "
CJK_SOURCE_PLACES = re.compile(f"(?:【[{CJK}]{{2,20}}】)?[{CJK}]{{2,20}}(?:/[{CJK}]{{2,20}}){{0,2}}\\s?")
# Chinese and Japanese write no spaces: in a header line that is no sentence, spaces part its fields
# ("来源:某报 2024-03-04 10:00 评论"), and so does a Latin comma before a space, which their prose does not write
# ("某某社, 1920, 05.08.2024").
CJK_FIELDS = re.compile(rf"(?<=[{CJK}:：])\s+|\s+(?=[{CJK}])|,\s+")
CJK_SENTENCE_END = re.compile(r"[。！？]")
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.I)  # a site prints its address beside its date
SITE_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?(?:[\w-]+\.)+[^\W\d_]{2,}/?", re.I)  # "example.com": a masthead
ORDINAL_COMMA = re.compile(r"(?<=\d)(?:st|nd|rd|th),(?=\s)", re.I)  # "8th, August 2024"
# a place glued to its numeric date by a dash ("Addis-06-10-2022"), not a range's ("8 mai-1er juin")
PLACE_DASH = re.compile(r"(?<=[^\W\d_])[-–](?=\d{1,4}[-./]\d{1,2}[-./]\d{1,4})")
# a numeric date with a two-digit year, as sites stamp their pages: "08/12/24", "Domingo 08/12/24 - 8h08", "09|12|24"
SHORT_YEAR = re.compile(r"(?<![\d/.:-])(\d{1,2})([/.|])(\d{1,2})\2(\d\d)(?![\d/-]|[.,:]\d)")
# a month's name between a day and a year, slashes parting them, as a site's template writes its stamp
# ("23/Jul/2021", "الجمعة 23/يوليو/2021 - 01:30 م"), or hyphens with the stamp's time after them ("19-Aug-2025 5:40
# PM", "09-Octubre-2025 11:24"; without a time the words may be a page name's: "accadde-oggi-20-ottobre-2011"): the
# date grammar reads it with spaces
SLASHED_MONTH = re.compile(
    r"(?<![\w/-])\d{1,2}(?:(/)[^\W\d_]{3,}\.?/\d{4}(?![\w/])|(-)[^\W\d_]{3,}\.?-\d{4}(?=,?\s+\d{1,2}:\d\d))"
)
# a day and names (month, weekday) and nothing else: "16 Dezember", "Mardi 3 mars", "Dec. 16"
DAY_AND_NAMES = re.compile(r"(?:[^\W\d_]+\.?,?\s+)*\d{1,2}\.?(?:\s+[^\W\d_]+\.?,?)*")
# a numeric date spaced around its separators, as some sites print it: "10 - 05 - 2025"
SPACED_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})\s+([-./])\s+(\d{1,2})\s+\2\s+(\d{4})(?!\d)")
# a year, month and day parted by single spaces, in ISO order, as some sites stamp their pages: "2013 08 15"
# an infobox's row as a scraper joins its cells, the label (one or two words) glued to a figure: "Tarih12 Ağustos
# 2000", "Zaman11:29:34", "Morti12"; not a code ("MH17": a capital before the figure) nor Chinese, which writes no spaces
GLUED_FIELD = re.compile(r"[^\W\d_]+(?:\s[^\W\d_]+)?(?<=[^\W\d_])(?<![A-ZÀ-ÞА-ЯЁІЇЄҐ])\d")
MONTH_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s+$")  # the word before a year: "August 2001", "Aug. 2001"
MONTH_REACH = 30  # characters before a year where its month's name stands
SPACED_ISO = re.compile(r"(?<![\d.,])((?:1[5-9]|20)\d\d) (0?[1-9]|1[0-2]) (0?[1-9]|[12]\d|3[01])(?![\d.,])")
PATH_SEGMENT = re.compile(r"([^\W\d_]+)/\d")  # a word, a slash and a figure: a path's or page name's segments
# a day and a month, then a dash right before the date: the range "20 April - 19 September 2010", in a language whose
# grammar reads its second part only
RANGE_OPENED = re.compile(r"(?<![\d:])\d{1,2}\.?\s*[^\W\d_]+\.?\s*[-–—]\s*$")
# the regions of the IANA time zone database's zones named by a city ("Asia/Tehran"), not its aliases ("US/East")
REGIONS = frozenset(("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"))
CLOCK_TIME = re.compile(rf"(?<!\d){CLOCK}(?!\d)")  # the time a clock shows first: "China Time 15:22 …"
# a numeric date of the Hijri or Solar Hijri calendar with its year last, as Iranian sites stamp pages
# ("۰۳-۰۶-۱۳۹۹"): no Gregorian year of a web page is 13xx or 14xx
OTHER_YEAR_LAST = re.compile(rf"(?<![\d.,/:-])(\d{{1,2}})([-./])(\d{{1,2}})\2({OTHER_YEAR})(?![\d.,/:-]\d|\d)")
# a source's name of one to three words, then a numeric stamp: "Lomé Weekly 04.03.2024 10:05" (`credited_stamp`
# checks that it opens with a capital and holds no label)
NAMED_STAMP = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s+(?P<stamp>\d{1,2}([./])\d{1,2}\2\d{4}(?:\s+\d{1,2}:\d{2})?)")
MAX_PREPOSITION = 3  # letters of the word that runs a phrase into its date: "on", "am", "le", "в", "від"
YEAR_LAST = re.compile(r"(\d{1,2})([-./])(\d{1,2})\2(\d{4})")  # "01.08.2023", "05-08-2024", "8/5/2024"
# CLDR's short date format of a locale with the year last: its first field and separator ("dd.MM.y", "M/d/yy")
CLDR_YEAR_LAST = re.compile(r"'?([dM])+'?([-./])'?[dM]+'?\2'?y+'?")
QUOTING = re.compile(r"[^:：\"“«„.]{0,40}[:：]\s*[\"“«„]")  # after an encyclopedia's name: a colon, then its words quoted
# "2014 (2014-03-16)", "12 Enero 2010 (UTC) (2010-01-12T21:53:09Z)": the time's zone, then ISO's date and time
TEMPLATE_DATE = re.compile(
    r"(?<!\d)(?:1[5-9]|20)\d\d\s+(?:\([A-Z]{2,5}\)\s+)?\((?:1[5-9]|20)\d\d-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?Z?)?\)"
)
PREPOSITION_THEN_NAME = re.compile(r",?\s+([^\W\d_]{1,4})\s+([^\W\d_]+)")  # " à Berlin", " in Lomé"
PARAGRAPH_END = re.compile(r"[^\W\d_]{2}[\"'”’»)]*[.!?]\s*$")  # a sentence's last word and its full stop
CREDIT_YEAR_END = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d[\s.)]*$")  # a credit line closed by its date's year
TABLE_ROW = re.compile(r"^\s*\|.*\||\|.*\|\s*$")  # "Start date | 24 September 2023 |"
# a date in figures, its time after it: "31.08.2022", "2022-08-31 10:05"
NUMERIC_CELL = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?")
LABELLED_FIELD = re.compile(r"[^\W\d_][^|:：]{0,20}[:：]\s*\S")  # "时间: 2018-05-09", a header's field with its label
PADDED_MONTH = re.compile(r"(?<!\d)0[1-9]\.?\s+([^\W\d_]+)")  # "06 Diciembre", "08 декабря"
MAX_STAMP_FIELDS = 5  # words of a stamp's fields beside a software's date: a byline's two or three, the site's name
PADDED_DAY = re.compile(r"(?<!\d)0[1-9](?!\d)")  # "08 декабря 2024": a day as software writes it
# a series' box of the one before and the one after ("←  2015 9. August 2020 Weiter  →", an election's infobox)
SERIES_ARROWS = re.compile(r"[←◄⟵⇐].*[→►⟶⇒]")
STAMP_TIME_AFTER = re.compile(rf"\s*[-–—|,]?\s*{CLOCK}(?!\d)")  # a time right after the date: "08/12/24 - 8h08"
NO_SPACES = re.compile(f"[{CJK}{UNSPACED_SCRIPTS}]")  # scripts that write no spaces
SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?]\s")  # a word of two letters or more, then a full stop
# What may follow a headline's date line to the end of its paragraph: a time, an age in parentheses.
STAMP_REST = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*)?(?:\([^()]{0,40}\))?\s*")
MIN_STEM, MAX_ENDING = 3, 2  # a unit's word with a case or possessive ending: "günü", "yılı", "дня"
STAMP_REACH = 120  # characters of a paragraph where a stamp's label or a notice's words stand
MAX_PLACE_WORDS = 5  # names and particles of a place: "Santa Cruz de la Sierra"
MAX_PARTICLE = 3  # letters of a particle inside a place's name: "de", "la", "del"
MAX_INFOBOX_FIELD = 8  # words of an infobox's place field, label and value ("Location Salisbury, United Kingdom")
AM_PM = r"(?:\s?[aApP][mM])?"  # "7:14 am": a forum's English clock ("p.m." may close a sentence with its full stop)
CLOSING_REST = re.compile(rf"\s*[,|–—-]?\s*(?:\d{{1,2}}[:.]\d{{2}}{AM_PM})?\s*")  # after it, a time at most
STAMP_DASH = re.compile(r"\s[—–-]{1,2}\s")  # the dash between a stamp and the text


def language_words(key: str, language: str) -> list[str]:
    """A per-language list of data/publication.yaml (`key`: meeting, issued, …): the language's words, none
    where it lists none."""
    return (safeyaml.shipped(DATA).get(key) or {}).get(language.split("-")[0].casefold(), [])


@cache
def labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = safeyaml.shipped(DATA)

    def alternation(words: list[str]) -> re.Pattern[str]:
        body = written_alternation(words)
        # at a word's start, or glued by the scraper to the byline or the time before it: "John SmithUpdated: Nov
        # 5, 2024", "4 marzo 2024 alle 10:05aggiornato il …" (not in Chinese, where "4日期间" is a day and a word)
        start = rf"(?:(?<!\w)|(?<=[^\W\d_])(?-i:(?=[A-ZÀ-ÞА-ЯЁІЇЄҐ]))|(?<=\d)(?![{CJK}]))"
        # then a word for "on" or "of" ("Updated on", "aggiornamento del"), and a colon, CJK's too
        return re.compile(rf"{start}(?:{body})(?:\s+(?:on|of|le|du|el|del|de|em|am|vom|il|في|в|от|від))?\s*[:：]?", re.I)

    # a clock time with the zone a site's own locale writes after it, CLDR's short metazone names ("20:43 WIB", the
    # Western Indonesian Time; "10:05 MEZ"): first, so that the zone goes with the time and is no byline's word
    zoned = rf"(?<![\d:])\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?-i:{'|'.join(zone_abbreviations())})(?!\w)"
    return alternation(data["published"]), alternation(data["updated"]), re.compile(f"{zoned}|{data['time']}", re.I)


@cache
def zone_abbreviations() -> list[str]:
    """The short names CLDR gives time zones that are a word of capitals ("WIB", "WITA", "MEZ", "HNE"), longest
    first: data/zone_names.yaml, which tools/zone_names.py makes from Babel's CLDR (loading every locale here
    would cost seconds on each build)."""
    names = safeyaml.shipped(Path(__file__).parent / "data" / "zone_names.yaml")["zones"]
    return sorted(names, key=lambda n: (-len(n), n))


def written_alternation(words: Iterable[str]) -> str:
    """An alternation of the words as they are written, longest first: a word that opens a longer one ("Updated",
    "Updated on") is tried after it."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def listed_alternation(entry: str) -> str:
    """An alternation of the words of a list of `data/publication.yaml`, longest first."""
    return written_alternation(safeyaml.shipped(DATA)[entry])


@cache
def source_label() -> re.Pattern[str]:
    """A label naming where the page's text comes from, with that name ("来源:央视新闻客户端", "Source: AFP"): a
    site prints it beside its date, and it makes the line no sentence."""
    body = listed_alternation("source")
    return re.compile(rf"(?<!\w)(?:{body})\s*[:：]\s*[^\s|·•]+", re.I)


@cache
def _dateline_this() -> frozenset[str]:
    """The demonstratives a dateline sets before its date (`dateline_this`: "ce 12 juin 2025")."""
    return frozenset(key(w) for w in safeyaml.shipped(DATA)["dateline_this"])


def place_then_this(before: str) -> bool:
    """A place's name, then a dateline's demonstrative right before the date ("Ahmedabad en Inde ce", "Paris,
    ce"): capitalised words and particles only; "Le festival ouvre ce" is a sentence's."""
    names = re.findall(r"[^\W\d_]+", before)
    if len(names) < 2 or key(names[-1]) not in _dateline_this() or not before.rstrip().endswith(names[-1]):
        return False
    return all(w[:1].isupper() or len(w) <= MAX_PARTICLE for w in names[:-1]) and names[0][:1].isupper()


def _without_dateline_this(others: list[str], before: str) -> list[str]:
    """The words beside a date less a dateline's demonstrative, where a place's name and it come before the date
    ("Ahmedabad en Inde ce 12 juin 2025": the dateline's word, no field of a stamp)."""
    if not place_then_this(before):
        return others
    this = next((i for i, w in enumerate(others) if key(w) in _dateline_this()), None)
    return others if this is None else others[:this] + others[this + 1 :]


@cache
def _site_chrome() -> re.Pattern[str]:
    body = listed_alternation("site_chrome")
    return re.compile(rf"(?:{body})(?!\w)", re.I)


@cache
def _infobox_place() -> re.Pattern[str]:
    body = listed_alternation("infobox_place")
    return re.compile(rf"(?:{body})\s*[:：]?(?:\s+\w|\s*$)", re.I)


def is_infobox_place(line: str) -> bool:
    """An infobox's field naming where an event took place ("Location Salisbury, United Kingdom", "Місце
    Солсбері"), or its label alone, the place on the next line: the date line beside it is the event's."""
    return bool(_infobox_place().match(line.strip())) and len(line.split()) <= MAX_INFOBOX_FIELD


@cache
def _other_date_label() -> re.Pattern[str]:
    body, bare = listed_alternation("other_date_labels"), listed_alternation("other_date_labels_with_colon")
    return re.compile(rf"[-•·*\s]*(?:(?:{body})\s*[:：]?|(?:{bare})\s*[:：])", re.I)


def is_other_date_label(line: str) -> bool:
    """A label alone on its line naming a date that is not the page's (`data/publication.yaml`'s
    `other_date_labels`): a forum member's "注册时间" or "Joined", a "Deadline", a "Valid until"; also as a scraped
    table's cell, its bar after it ("发生日期: |")."""
    return bool(_other_date_label().fullmatch(line.strip().rstrip("|").strip()))


def opens_with_other_date_label(line: str) -> bool:
    """A date line that such a label opens ("Joined: 2 Jan 2007", "Deadline 01-04-2026", "最后登录 2019-1-16")."""
    label = _other_date_label().match(line.strip())
    return bool(label) and not line.strip()[label.end() : label.end() + 1].isalpha()


# a field of a member panel's row: a short name, its colon and a value with no space ("帖子:917", "Posts: 4,147")
PANEL_FIELD = re.compile(r"[^\W\d_][^\s:：]{0,15}\s?[:：]\s?[^\s:：]+")
# a numeric date and time that ends its line, nothing but digits and their separators ("2005/3/17 11:37:00")
NUMERIC_DATE_END = re.compile(r"\s*[:：]\s*(\d[\d/.\-]*\d(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)\s*$")
PANEL_FIELDS_BEFORE = 2


@cache
def _signup_label() -> re.Pattern[str]:
    return re.compile(rf"[-•·*\s]*(?:{listed_alternation('signup_labels_with_colon')})\s*[:：]", re.I)


def ends_panel_row_with_other_date(line: str) -> bool:
    """A member panel printed as one row of fields ("等级:版主 帖子:917 积分:7577 … 注册:2005/3/17 11:37:00") whose
    last field is a sign-up label (`signup_labels_with_colon`) and its numeric date: the day the member signed up,
    never the page's (a deadline's label ends a byline's row too: "Veröffentlicht: … Bewerbungsfrist: …"). At least two
    fields stand before it, so a line that is one label and its date ("Online seit: 16.12.2021") is left to
    `opens_with_other_date_label`'s own lists."""
    for label in _signup_label().finditer(line):
        start = label.start() + len(label.group()) - len(label.group().lstrip("-•·* \t\u3000"))
        if start == 0 or not line[start - 1].isspace():
            continue
        date = NUMERIC_DATE_END.match(line, label.end() - (1 if line[label.end() - 1] in ":：" else 0))
        if date and len(PANEL_FIELD.findall(line[:start])) >= PANEL_FIELDS_BEFORE:
            return True
    return False


@cache
def _today_label() -> re.Pattern[str]:
    return re.compile(rf"[-•·*\s]*(?:{listed_alternation('today_labels')})\s*[:：]", re.I)


def is_today_label(line: str, alone: bool = False) -> bool:
    """A line that "Today:" with its colon opens (`data/publication.yaml`'s `today_labels`: "Сегодня: 5 мая 2024"),
    or (`alone`) that is the label alone, or a word for today or tomorrow alone in lower case ("dnes", "zítra", as a
    weather box prints them over its days; a capital may open a name, "Leo" over a byline's date): above the
    headline, a masthead's clock of the day the page was viewed, or the day a forecast is for."""
    if alone:
        word = line.strip(" •·*-:：")
        return bool(_today_label().fullmatch(line.strip())) or (word.islower() and fold(word) in _day_words())
    label = _today_label().match(line.strip())
    return bool(label) and not line.strip()[label.end() : label.end() + 1].isalpha()


@cache
def _day_words() -> frozenset[str]:
    """dateparser's words for today and tomorrow in CLDR's languages, folded (the header is read before the language
    is known)."""
    languages = {code for code in localedata.locale_identifiers() if "_" not in code}
    return frozenset(fold(w) for language in languages for w in today_and_tomorrow(language))


def is_related_items(line: str) -> bool:
    """A heading of a list of other items ("Documenti analoghi", "Similar documents"): the date lines under it are
    theirs (`data/publication.yaml`'s `related_items`). Compared without Arabic's short vowels and tanwin, in
    whichever order they stand, and with its alef and hamza forms as one (`_heading_key`): "اقرأ أيضًا", "اقرأ ايضا"
    and "أقرأ أيضاً" are the same heading as sites write it."""
    return _heading_key(line.strip(" -–—•|:：")) in _related_headings()


def _heading_key(text: str) -> str:
    return ARABIC_MARKS.sub("", text.casefold()).translate(ARABIC_FOLD)


@cache
def _related_headings() -> frozenset[str]:
    return frozenset(_heading_key(heading) for heading in safeyaml.shipped(DATA)["related_items"])


@cache
def top_bar_labels() -> frozenset[str]:
    return frozenset(word.casefold() for word in safeyaml.shipped(DATA)["top_bar_labels"])


def is_top_bar_label(line: str) -> bool:
    """A label of a site's top bar alone on its line, an advertising slot's or the bar's own link ("-
    Advertisement -", "Реклама", "Connect with us"): a date line above it, before the headline, is the site's clock."""
    return line.strip(" -–—•|*()[]").casefold() in top_bar_labels()


def is_site_chrome(line: str) -> bool:
    """A short heading of the site's own furniture ("More news", "Today's paper: 1 2 3"): a date line above it,
    before any text, is the site's clock."""
    return bool(_site_chrome().match(line.strip(" -–—•|"))) and len(re.findall(r"[^\W\d_]+", line)) <= 6


@cache
def _reference_marks() -> tuple[re.Pattern[str], Needs | None]:
    marks = safeyaml.shipped(DATA)["reference_work"]
    pattern = re.compile("|".join(re.escape(m) for m in marks), re.I)
    return pattern, needed(pattern)


@cache
def _photo_credit() -> re.Pattern[str]:
    return re.compile(rf"(?:{listed_alternation('photo_credit')})\s*[:：]", re.I)


def is_reference_work(line: str) -> bool:
    """A line saying the page is an encyclopedia's ("Da Wikipedia, l'enciclopedia libera."), or an infobox's
    date as MediaWiki's date templates print it, its ISO form after it for machines ("March 16, 2014
    (2014-03-16)"): a mirror may drop the encyclopedia's name, not its markup. Not a page quoting it, a colon and
    a quotation after its name ("… - Wikipedia, the free encyclopedia: "On 7 July …""): a blog's post citing it."""
    if _photo_credit().match(line.strip()):  # "Фото: A. Author / wikipedia.org.": where the picture comes from
        return False
    pattern, needs = _reference_marks()  # a first line may be a long paragraph: `in` first, then the pattern
    marks = pattern.finditer(line) if may_match(needs, comparable(line)) else iter(())
    # the template's date is in brackets: a line without one is not searched (from every character of it)
    return any(not QUOTING.match(line, m.end()) for m in marks) or ("(" in line and bool(TEMPLATE_DATE.search(line)))


def is_table_row(line: str) -> bool:
    """A table's row ("Start date | 24 September 2023 |"): its dates are those of what the table is about. A
    row of one cell that a published label opens ("| Date: Dec 8, 2024 |") is the page's own date line, and so
    is a row whose every cell holds its own label ("Editor: A. Writer | Time: 2024-03-04 10:05 | Source: Agency |"):
    a table gives its labels cells of their own."""
    if not TABLE_ROW.search(line):
        return False
    cells = [cell.strip() for cell in line.split("|") if cell.strip()]
    fields = len(cells) > 1 and all(LABELLED_FIELD.match(cell) for cell in cells)
    return not (fields or (len(cells) == 1 and labels()[0].match(cells[0])) or _stamps_row(cells) or _lone_stamp(line, cells))


def _lone_stamp(line: str, cells: list[str]) -> bool:
    """A date line opening the line, then only the bars of a template's empty fields ("01 Jul, 2025 | |": no author,
    no section): the site's stamp; a table's row opens on its bar."""
    return len(cells) == 1 and line.lstrip().startswith(cells[0]) and is_date_line(cells[0])


def _stamps_row(cells: list[str]) -> bool:
    """A row that a date in figures opens, every cell a date line: a site's stamps closed by a bar ("31.08.2022 |
    Stand 01.09.2022, 15:42 Uhr |"), no table's row, whose first cell names what the dates after it are. The
    site's address may open it, as a site prints its name beside its stamp ("example.com| 2022-12-19 03:20:45|")."""
    stamps = [cell for cell in cells if not is_site_address(cell)]
    return bool(stamps) and bool(NUMERIC_CELL.fullmatch(stamps[0])) and all(is_date_line(cell) for cell in stamps)


def header_parts(line: str) -> list[str]:
    """The parts of a header line between separators ("Reuters • 10/11/2020 à 00:00", "✍ A. Writer ◷
    2024-03-04"), without the tags closing it; in a Chinese or Japanese line that is no sentence, spaces separate
    them too ("来源:某报 2024-03-04 10:00 评论")."""
    parts = SEPARATOR.split(line)
    if CJK_RUN.search(line) and not CJK_SENTENCE_END.search(line):
        parts = [field for part in parts for field in CJK_FIELDS.split(part)]
    return [part for part in parts if part.strip() and not part.startswith("#")]  # a tag is no field


# a byline's name right before its label: two capitalised words or more ("Árni Sæberg skrifar …")
BYLINE_NAME = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){2,}$")
BYLINE_REACH = 40  # characters from a byline's label to the end of its stamp's time: a date and a clock time
# CLOCK's times and an "h" spaced as a byline writes it ("12:28", "12h28", "12 h 28"): figures only, a zone's
# name ("IST") opens words
BYLINE_CLOCK = re.compile(r"(?<![\d:.])\d{1,2}(?::|\s?h\s?)\d{2}(?![\d:])")


def byline_stamp(line: str) -> str | None:
    """A byline's stamp run into a longer header line, between the headline and a photo's caption ("Tók … sýknaður
    Árni Sæberg skrifar 2. mars 2026 12:28 Héraðsdómur …"): a published label after a capitalised name, then a
    date closed by its clock time, as a news site's template prints them. The label, date and time; None where the
    label follows no name (a sentence's verb: "Hann skrifar bók um …") or no time closes the date."""
    published, _, _ = labels()
    needs, _ = _label_needs()
    if not may_match(needs, comparable(line)):
        return None
    for m in published.finditer(line):
        clock = BYLINE_CLOCK.search(line, m.end(), m.end() + BYLINE_REACH)
        end = m.start() + len(m.group().rstrip())  # the match may hold the space after the label
        if line[end : end + 1].isalpha():  # the label opens a longer word: Turkish "Giriş" in "Girişim"
            continue
        if not m.start() or not clock or not BYLINE_NAME.search(line[max(0, m.start() - NAME_REACH) : m.start()]):
            continue
        stamp = line[m.start() : clock.end()]
        if is_date_line(stamp) and _date_opens(line[m.end() :]):
            return stamp
    return None


def _date_opens(after: str) -> bool:
    """Whether a stamp's date opens the text after its label: a figure or a month's or weekday's name first
    ("skrifar 2. mars 2026 12:28"); a verb's particle there ("skrifar undir 12. mars …", signs on 12 March) makes the
    label a sentence's verb."""
    first = re.match(r"\s*(\d|[^\W\d_]+)", after)
    return bool(first) and (first[1].isdigit() or key(first[1]) in calendar_words())


NAME_REACH = 60  # characters before a byline's label in which its writer's name is read


def credited_stamp(part: str) -> str:
    """A part of a header line that names its source before a numeric stamp ("Lomé Weekly 04.03.2024 | Agency,
    Agency"): the stamp, from its date on; a phrase runs into a date through a word of its own ("signed on 4
    March"), a source's name is its own field."""
    stamp = NAMED_STAMP.fullmatch(part.strip())
    if not stamp or not part.strip()[0].isupper():
        return part
    name = part[: part.index(stamp["stamp"])].split()
    preposition = len(name[-1]) <= MAX_PREPOSITION and name[-1].islower()  # "Signed on 04.03.2024": a phrase
    if preposition or any(label.search(" ".join(name)) for label in labels()[:2]):
        return part  # "Updated 04.03.2024": a label says what the stamp is, it is no source's name
    return part[part.index(stamp["stamp"]) :]


def is_site_address(line: str) -> bool:
    """A line that is the site's address alone ("example.com"), as a masthead shows it: a date line above it is
    the site's clock (today's date over its name), not the page's."""
    return bool(SITE_ADDRESS.fullmatch(line.strip()))


def is_glued_field(line: str) -> bool:
    """An infobox's row, its label glued to its value's figure by the scraper ("Tarih12 Ağustos 2000",
    "Zaman11:29:34"): one alone may be a byline glued to its date ("Lily Waddell11 July 2022"), two or more in the
    header are a table of facts about the page's subject (`clean`)."""
    glued = GLUED_FIELD.match(line.strip())
    return bool(glued) and not NO_SPACES.search(glued[0])


def is_file_name(line: str) -> bool:
    """A line that is a media file's name ("Kursk wreck.jpg", "Storm 2005-08-28 1700Z.jpg"), as a scraper keeps an
    infobox's image: its figures are the file's, no date the page states. The types are the standard library's.
    Without its extension, the name a phone or an app gives the picture it saves, the day and time it was taken
    after it (`data/publication.yaml`'s `media_file_names`: "WhatsApp Image 2023-12-21 at 10.53.53_46459c56"), or
    any name without spaces that glues such a date between words (`GLUED_FILE_STAMP`)."""
    tail = line.strip().rsplit(".", 1)
    kind = mimetypes.guess_type(f"file.{tail[1]}")[0] if len(tail) == 2 and " " not in tail[1] else None
    named = bool(kind) and str(kind).split("/")[0] in ("image", "video", "audio")
    return named or bool(_media_file_name().match(line)) or bool(GLUED_FILE_STAMP.fullmatch(line.strip()))


# a name without spaces that glues a date in ISO's order between words by "-" or "_" ("vlcsnap-2017-04-01-16h46m54s71",
# "scan_2019-05-02_p3"): a file's name, as a player or a scanner gives its frame or page; prose spaces a date
GLUED_FILE_STAMP = re.compile(r"[^\W\d_]+[-_](?:19|20)\d\d[-_]?[01]\d[-_]?[0-3]\d[-_]\w[\w.-]*")


# the day and the time a device names its file after: "2023-12-21 at 10.53.53", "20231221_105353", "2023-12-21_10-53-53"
MEDIA_STAMP = r"(?:19|20)\d\d-?[01]\d-?[0-3]\d(?:\s+at\s+|[\s_-])[0-2]?\d[.:_-]?[0-5]\d[.:_-]?[0-5]\d"


@cache
def _media_file_name() -> re.Pattern[str]:
    """An app's name and its stamp after a space, "_" or "-" ("WhatsApp Image 2023-12-21 at 10.53.53"), or a device's
    short word glued to it by one "_" ("IMG_20231221_105353")."""
    named, glued = listed_alternation("media_file_names"), listed_alternation("media_file_prefixes")
    return re.compile(rf"\s*(?:(?:{named})[\s_-]*|(?:{glued})_){MEDIA_STAMP}", re.I)


# a Minguo day with no era's name on a line ("113年06月21日", `dates_grammar.MINGUO_DAY_WORDS`): a year the line states
MINGUO_DAY = re.compile(rf"(?<!\d){MINGUO_DAY_WORDS}")


def is_date_line(line: str) -> bool:
    """A short header line that may state a date (a label, or a number that could be a year or a date):
    read once the language is known (`from_header`)."""
    published, updated, time = labels()
    line = unglued(ideographic_years(ascii_digits(line)))  # "二○○七年九月十八日", a Chinese signature's date: its year in figures
    digits = any(map(str.isdigit, line))  # a time of day, a path's figure and a date all need one
    if is_table_row(line) or SERIES_ARROWS.search(line) or (digits and told_hour().search(line)) or is_file_name(line):
        return False
    if digits and _in_path(line):
        return False
    if published.fullmatch(line.strip()) or updated.fullmatch(line.strip()):
        return True  # "Published" alone: the date is on the next line
    if not digits:
        return False
    unlabelled = _unlabelled(line)
    if len(unlabelled.split()) > 14:  # labels do not count
        return False
    if source_label().match(line.strip()) and CREDIT_YEAR_END.search(line):
        return True  # "Source: Headline – The Weekly December 22, 2017": when the source published it
    rest = source_label().sub(" ", time.sub(" ", WEB_ADDRESS.sub(" ", unlabelled)))
    if time.search(unlabelled) and (_day_month_stamp(rest) or (unlabelled != line and CJK_MONTH_DAY.search(rest))):
        return True  # "16 Dezember 07:41", "發布於 09月25日14:14": a site's stamp without its year
    year = re.search(r"(?<!\d)(?:1[3-9]|20)\d\d(?!\d)|\d[./|-]\d", rest) or MINGUO_DAY.search(rest)
    if not year and not has_era_year(rest):  # or "令和5年", or a Minguo day with no era's name ("113年06月21日")
        return False
    # a label, or a date and little else: besides month and weekday names, a place ("The Hague, 24 November
    # 2015") or a time zone; "Kuwait opened an embassy in 1950." is a sentence
    named = other_calendar_dates().sub(" ", fold(rest))  # "… 24 جمادى أول 1444 هـ": the same day in another calendar
    others = [w for w in re.findall(r"[^\W\d_]{2,}", named) if key(w) not in calendar_words() and not _hour_word(w)]
    others = _without_dateline_this(others, re.split(r"\d", rest, maxsplit=1)[0])
    # a day padded with a zero before its month's name ("06 Diciembre 2013"), as software stamps a page and prose
    # never writes it: the words around it are the stamp's fields, a byline's name and the site's ("Jesús Agudo 06
    # Diciembre 2013 en Bekia")
    padded = _padded_month(rest) or _software_figures(unlabelled)
    return unlabelled != line or words_counted(others) <= (MAX_STAMP_FIELDS if padded else 3)


def _padded_month(text: str) -> bool:
    """A day padded with a zero before its month's name ("06 Diciembre 2013", "04 février 2010"): software's."""
    return any(key(m[1]) in month_words() for m in PADDED_MONTH.finditer(text))


# a date in figures as software writes it, which prose does not: in ISO's order, its month and day padded with
# zeros ("2020/09/15"), or with its time after a comma or space ("16/4/2015, 11:33"); or any date's year with its
# time after a comma ("14 сентября 2023, 00:48 — Agency — A"), as a template prints the two
SOFTWARE_FIGURES = re.compile(
    r"(?<![\d/.-])(?:(?:19|20)\d\d([./-])[01]\d\1[0-3]\d|\d{1,2}([./-])\d{1,2}\2(?:19|20)\d\d,?\s+\d{1,2}:\d{2})(?![\d/.-])"
    r"|(?<!\d)(?:19|20)\d\d,\s+\d{1,2}:\d{2}(?![\d:])"
)


def _software_figures(text: str) -> bool:
    """A date in figures as software stamps a page (`SOFTWARE_FIGURES`): the words around it are the stamp's
    fields (a section's name, the sources, a weekday), up to `MAX_STAMP_FIELDS` of them."""
    return bool(SOFTWARE_FIGURES.search(text.translate(DIGITS)))


# a site's stamp its template prints over short lines: the month and day, then the time and the year ("Ekim 25" over
# "09:57 2021", "Апрел 04" over "12:21" over "2020")
MONTH_DAY_LINE = re.compile(r"(?P<month>[^\W\d_]{3,}\.?)\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\.?\s+(?P<month2>[^\W\d_]{3,}\.?)")
TIME_OR_YEAR = re.compile(r"\d{1,2}:\d{2}|(?:19|20)\d\d")
STAMP_LINES = 2  # the lines under the month and day that hold the stamp's time and year


def split_stamp(lines: list[str]) -> tuple[str, int] | None:
    """A stamp printed over two or three short lines, opening `lines`: a month's name and a day alone ("Ekim 25"),
    then its time and its year alone on the lines under it ("09:57 2021", or "12:21" over "2020"). The stamp in
    one line, its date first ("Ekim 25 2021 09:57"), and how many lines it took; prose writes no line of a time
    and a year alone. The month's name is CLDR's, in any locale: the page's language is not yet known."""
    day_month = MONTH_DAY_LINE.fullmatch(ascii_digits(lines[0]))
    if not day_month:
        return None
    found: list[str] = []
    for taken, line in enumerate(lines[1 : 1 + STAMP_LINES], start=2):
        fields = ascii_digits(line).split()
        if not fields or not all(TIME_OR_YEAR.fullmatch(f) for f in fields):
            break
        found += fields
        times, years = ([f for f in found if (":" in f) == timed] for timed in (True, False))
        if len(times) == 1 and len(years) == 1 and len(found) == 2:
            month = day_month["month"] or day_month["month2"]
            return (f"{lines[0]} {years[0]} {times[0]}", taken) if month.rstrip(".").casefold() in cldr_month_names() else None
    return None


@cache
def cldr_month_names() -> frozenset[str]:
    """Month names of every CLDR locale, wide and abbreviated, folded in case, without a closing full stop."""
    names: set[str] = set()
    for code in localedata.locale_identifiers():
        with suppress(ValueError, LookupError):
            months = Locale.parse(code).months
            widths = (width for context in months.values() for width in context.values())
            names |= {n.casefold().rstrip(".") for width in widths for n in width.values()}
    return frozenset(names)


def is_stamp(line: str) -> bool:
    """A date line as software stamps a page: a whole date with a time of day beside it, or a figure padded with a
    zero ("6 Sep 2019 ساعة 19:02", "• 06 de Março de 2013", "04.03.2024"); prose writes neither."""
    line = line.translate(DIGITS)
    timed = CLOCK_TIME.search(line) or PADDED_DAY.search(line)
    return bool(timed) and bool(re.search(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)", line)) and is_date_line(line)


def _in_path(line: str) -> bool:
    """A date that a word and a slash open with no space, as a path or a wiki page's name writes it
    ("Template:Events/2012-12-12", "news/2024-03-04"): part of a name, not a date the page states. Not a month's
    name before it ("12/Jan/2024" is a date)."""
    return "/" in line and any(key(m[1]) not in month_words() for m in PATH_SEGMENT.finditer(line))


def _unlabelled(line: str) -> str:
    """The line with its published and updated labels blanked out. Each label pattern opens with a lookbehind, so
    `re` tries it at every character of a long line: it is tried only on a line holding one of its words."""
    published, updated, _ = labels()
    published_needs, updated_needs = _label_needs()
    if may_match(published_needs, comparable(line)):
        line = published.sub(" ", line)
    return updated.sub(" ", line) if may_match(updated_needs, comparable(line)) else line


@cache
def _label_needs() -> tuple[Needs | None, Needs | None]:
    published, updated, _ = labels()
    return needed(published), needed(updated)


@cache
def told_hour() -> re.Pattern[str]:
    """A time, then CLDR's word for the part of the day ("du matin", "in the evening", "вечера"), closing a sentence
    with its full stop: "1er juin 2009, 2h14 du matin." tells the hour of what happened. A site's stamp writes a
    24-hour time or the locale's AM and PM markers (left out here: "上午" is zh's AM and its morning too)."""
    found: set[str] = set()
    for language in sorted(known_languages() | {"en"}):
        periods = Locale.parse(language).day_periods
        names = [(kind, name) for context in periods.values() for width in context.values() for kind, name in width.items()]
        markers = {name for kind, name in names if kind in ("am", "pm")}
        found |= {name for kind, name in names if kind not in ("am", "pm") and name not in markers and len(name) > 1}
    body = written_alternation(found)
    return re.compile(rf"(?<!\d)\d{{1,2}}(?:[:h.]\d{{2}}|h)\s*(?:{body})\s*[.!?]\s*$", re.I)


def _day_month_stamp(rest: str) -> bool:
    """What is left of a stamp once its time is taken out is a day and a month's name, a weekday's at most."""
    day = DAY_AND_NAMES.fullmatch(rest.strip(" ,.-–|"))
    names = re.findall(r"[^\W\d_]+", rest)
    return bool(day) and any(key(n) in calendar_words() for n in names) and all(key(n) in calendar_words() for n in names)


def _hour_word(word: str) -> bool:
    """CLDR's word for "hour" in a covered language, which a stamp writes before its time ("ساعت 22:26", "saat
    18:12", "alle ore 13:16"): no more a word of a sentence than the time itself."""
    return word.casefold() in covered_unit_words("duration-hour")


@cache
def covered_unit_words(unit: str) -> frozenset[str]:
    """CLDR's words for a unit of time ("duration-hour", "duration-day") of the languages with a date-words file
    and English (`unit_words`)."""
    return frozenset(w for language in known_languages() | {"en"} for w in unit_words(language, unit))


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names of every language with a date-words file (the header is read before the
    language is known)."""
    names: set[str] = set()
    for language in known_languages():
        names |= {*words(language).months, *words(language).weekdays}
    return frozenset(names)


@cache
def other_calendar_dates() -> re.Pattern[str]:
    """A month of another calendar of a language with a date-words file, its year and era after it ("24 جمادى أول
    1444 هـ", "۲۷ مهر ۱۴۰۳"), folded, its figures in ASCII: a site prints it beside the Gregorian date of its stamp, and its
    words are no sentence's."""
    names, eras = set(), set()
    for language in known_languages():
        extra = words(language).extra
        names |= {n for table in ("hijri_months", "persian_months") for ns in (extra.get(table) or {}).values() for n in ns}
        eras |= {*(extra.get("hijri_marker") or []), *(extra.get("persian_marker") or [])}
    own_names, own_markers = own_calendar_names()  # of languages with no date-words file: Pashto's, Nepali's
    unread = safeyaml.shipped(DATA)["unread_calendars"]  # calendars no locale data has: Bangladesh's
    names, eras = names | own_names | set(unread["months"]), eras | own_markers | set(unread["eras"])
    months, era = (written_alternation(fold(n) for n in found) for found in (names, eras))
    # its month and year apart by a space, or by the dashes a site's template sets between them ("١٦-جمادى الثانية-١٤٤٧")
    return re.compile(rf"(?<!\w)(?:{months})(?:\s+|\s*-\s*)\d{{4}}(?:\s*(?:{era})(?!\w))?")


def day_and_month(text: str, language: str) -> str | None:
    """A day and month with no year after a label ("mise à jour à 09h59 le 11/11", "Updated: Nov 5"), year-less
    ("--11-11"), when it is the only date there; numbers in the language's order of day and month."""
    named = [m for m in found_in_head(text, language) if m.month and m.day and not (m.year or m.relative or m.last)]
    numbers = DAY_MONTH.findall(text.translate(DIGITS))
    if len(named) + len(numbers) != 1:
        return None
    if named:
        month, day = named[0].month, named[0].day
    else:
        first, second = (int(n) for n in re.split(r"[/.]", numbers[0]))
        day, month = (first, second) if words(language).date_order.startswith("D") else (second, first)
    if not (month and day and month <= 12 and day <= calendar.monthrange(2000, month)[1]):
        return None
    return f"--{month:02d}-{day:02d}"


def words_counted(words: list[str]) -> int:
    """How many words, two Chinese or Japanese characters counting as one: they write no spaces."""
    return sum(max(1, len(w) // 2) if CJK_RUN.fullmatch(w) else 1 for w in words)


def whole_iso(mention: DateMention) -> str | None:
    """The ISO date of a whole stated date; a range ("19-20 September 2023", an infobox's dates of an event)
    is never the date a page was published."""
    if mention.relative or mention.invalid or mention.last or not (mention.year and mention.month and mention.day):
        return None
    return f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"


def header_dates(text: str, language: str) -> list[DateMention]:
    """The dates of a header line, read as sites write them: a web address states none, an ordinal's comma
    ("8th, August 2024") and a dash gluing the place ("Addis-06-10-2022") do not break the date, and a dotted or
    dashed numeric date is day first whatever the language ("01.08.2023" is 1 August, `day_first_separators`)."""
    text = WEB_ADDRESS.sub(lambda m: " " * len(m[0]), text)  # the same length: offsets stay the line's
    text = PLACE_DASH.sub(" ", ORDINAL_COMMA.sub(lambda m: m[0][:-1] + " ", text))
    text = SPACED_NUMERIC.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[2]}{m[4]}".ljust(len(m[0])), text)
    text = SPACED_ISO.sub(lambda m: m[0] if _after_month(text, m.start()) else f"{m[1]}-{m[2]}-{m[3]}", text)  # same length
    text = SLASHED_MONTH.sub(lambda m: m[0].replace(m[1] or m[2], " "), text)  # same length
    text = _year_first(text)
    return [as_day_first(m) for m in found_in_head(text, language)]


def _after_month(text: str, at: int) -> bool:
    """A month's name right before: the year closes that date ("Sunday 5 August 2001 03 10") and the figures
    after it are a time, not a month and a day in ISO order."""
    last = MONTH_BEFORE.search(text, max(0, at - MONTH_REACH), at)
    return bool(last) and key(last[1]) in month_words()


@cache
def month_words() -> frozenset[str]:
    """Month names of every language with a date-words file (the header is read before the language is known)."""
    return frozenset(name for language in known_languages() for name in words(language).months)


def _year_first(text: str) -> str:
    """A Hijri or Solar Hijri numeric date with its year last ("۰۳-۰۶-۱۳۹۹") written year first, of the same
    length, as the date grammar reads it ("1399-06-03"). Built in one pass: a line of many stamps stays linear."""
    parts, at = [], 0
    for m in OTHER_YEAR_LAST.finditer(text.translate(DIGITS)):  # DIGITS is one for one: offsets hold
        parts += [text[at : m.start()], f"{m[4]}{m[2]}{m[3]}{m[2]}{m[1]}"]
        at = m.end()
    return "".join([*parts, text[at:]])


def as_day_first(mention: DateMention) -> DateMention:
    numeric = YEAR_LAST.fullmatch(mention.text)
    if not numeric or mention.relative or numeric[2] not in day_first_separators():
        return mention
    iso = day_first_iso(mention.text)
    if not iso:
        return replace(mention, invalid=True)
    year, month, day = (int(n) for n in iso.split("-"))
    return replace(mention, year=year, month=month, day=day, invalid=False)  # "13.05.2024" read month first


def day_first_iso(text: str) -> str | None:
    """The ISO date of a dotted or dashed numeric date with the year last, day first ("05-08-2024": 5 August)."""
    numeric = YEAR_LAST.fullmatch(text)
    if not numeric or numeric[2] not in day_first_separators():
        return None
    day, month, year = int(numeric[1]), int(numeric[3]), int(numeric[4])
    if not (year and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


@cache
def day_first_separators() -> frozenset[str]:
    """The separators of a numeric date with the year last that every locale of the covered languages writes
    day first, by CLDR's short date formats ("dd.MM.y" in de, "dd-MM-y" in nl, "dd-MM-yy" in en_IN): "." and
    "-". Not "/": en_US writes "M/d/yy", so "05/08/2024" is read in the language's own order."""
    firsts: dict[str, set[str]] = {}
    for code in localedata.locale_identifiers():
        if code.split("_")[0] in known_languages():
            layout = CLDR_YEAR_LAST.fullmatch(Locale.parse(code).date_formats["short"].pattern)
            if layout:
                firsts.setdefault(layout[2], set()).add(layout[1])
    return frozenset(separator for separator, first in firsts.items() if first == {"d"})


REPEATED = re.compile(r"(?<!\w)(\w[^\n]{5,40}?\d)\1(?=\W*$)")  # the same date twice, glued, closing the text


def date_alone(text: str, language: str, labelled: bool = False) -> str | None:
    """The one whole date a line states, when the rest of it is labels, times and punctuation; after a label
    ("Published Nov 17, 2022 4:21 PM by The Maritime Executive") the first whole date. Sites often write their
    own dates in English whatever the article's language ("Sat, 26 Apr 2025 22:39"), or in the language of the
    country they publish from (a Russian page of a Ukrainian site: "31 Серпня 2023 12:28")."""
    _, _, time = labels()
    text = REPEATED.sub(r"\1", text)  # "13 Apr 202413 Apr 2024": the scraper kept a stamp's two copies glued
    text = GLUED_DAY.sub(r"\1 ", full_years(text))
    read = (header_dates(text, lang) for lang in site_languages(language))
    mentions = next((ds for ds in read if any(whole_iso(d) or d.last for d in ds)), [])
    if any(d.last for d in mentions):  # a range ("28 december 2004 - 14 juli 2005"), not a part of it in another language
        return None
    dates = [d for d in mentions if whole_iso(d)]
    if labelled and dates:
        return whole_iso(next((d for d in dates if not d.calendar), dates[0]))
    stated = [d for d in dates if not d.calendar] or dates  # the Gregorian date of "12 أغسطس 2025 … 18 صفر 1447 هـ"
    if len({whole_iso(d) for d in stated}) != 1 or RANGE_OPENED.search(text[: stated[0].start]):
        return None
    rest = text
    for d in sorted(dates, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = source_label().sub(" ", time.sub(" ", WEB_ADDRESS.sub(" ", rest)))
    attached = _attached(text[: stated[0].start]) and not (padded_day(stated[0]) or _timed(text, stated[0]))
    heading = HEADING_COLON.match(text, stated[0].end) and not padded_day(stated[0])  # "03 January 2007 :" is a stamp
    aged = _aged(text, stated[0], language) or bool(FOOTNOTE_MARK.match(text, stated[0].end))
    after = text[stated[0].end :]
    if attached or heading or aged or _place_of(after) or _clause_after(after, language) or _captioned(text, stated[0]):
        return None  # "Officials met on Monday, 4 March 2024": the date of what a phrase reports
    others = [w for w in WORD.findall(CJK_RUN.sub(" ", rest)) if not _hour_word(w)]
    others = _without_dateline_this(others, text[: stated[0].start])
    # "러시아 The Moscow Times, Bloomberg 2020/09/15", "Section | Rubrique Par | 04 février 2010": software's stamp
    fields = MAX_STAMP_FIELDS if _software_figures(text) or _padded_month(text) else 3
    return whole_iso(stated[0]) if words_counted(others + CJK_RUN.findall(rest)) <= fields else None


# a wiki's footnote marks glued to what they source ("15 ноябрь 1917[1][2]"): an encyclopedia's fact, no page's stamp
FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")


def _aged(text: str, mention: DateMention, language: str) -> bool:
    """The date then its age after a semicolon ("15 September 2021; vor 11 Monaten", "…; 2 years ago"), as
    MediaWiki's date-and-age templates print an infobox's date: the date of what the page is about."""
    gap = AGE_AFTER.match(text, mention.end)
    age = next(iter(found_in_head(text[gap.end() :], language)), None) if gap else None
    return bool(age and age.start == 0 and age.relative)


CAPTION_PLACE = re.compile(r"\s*[A-ZÀ-ÞА-ЯЁІЇЄҐЎ][^\W\d_]+(?:[\s-][^\W\d_]+){0,2}\.\s*")  # "Суджа. ", "Lomé. "


def _captioned(text: str, mention: DateMention) -> bool:
    """A place, a full stop, then the date closed by a full stop and nothing else: a photo's caption saying where
    and when it was taken ("Суджа. 2024-жылдын 6-августу."), which a page prints under its picture; a dateline
    sets its place off by a comma, and a stamp closes with no full stop."""
    return bool(CAPTION_PLACE.fullmatch(text[: mention.start])) and text[mention.end :].strip() == "."


def _clause_after(after: str, language: str) -> bool:
    """After the date, a comma and words in lower case only, two or more: a headline saying what happened that day
    ("14 janvier 2011, ce qui s'est passé..."). A stamp's words after its date are a time, a weekday, a zone, a
    place or a name, which a cased script capitalises; a script without case is not read so."""
    clause = re.match(r"\s*,\s*(\D+)$", after)
    names = re.findall(r"[^\W\d_]{2,}", clause[1]) if clause else []
    others = [w for w in names if key(w) not in calendar_words() and not _hour_word(w)]
    years = unit_words(language, "duration-year")
    others = [w for w in others if not any(is_unit_word(w.casefold(), y) for y in years)]
    return len(others) >= 2 and all(w.islower() for w in names)


def padded_day(mention: DateMention) -> bool:
    """A day written with a zero before it ("03 ottobre 2015"), as software stamps a page and prose never writes
    it: the words before it are a section's name ("Paese estero 03 ottobre 2015"), not a phrase running into it."""
    return bool(PADDED_DAY.match(mention.text.translate(DIGITS)))


def _timed(text: str, mention: DateMention) -> bool:
    """A time right after the date ("В мире 18 ноября 2019 10:19"), as software stamps a page and prose never
    writes it: the words before it are a section's name, not a phrase running into it."""
    return bool(STAMP_TIME_AFTER.match(text, mention.end))


def _place_of(after: str) -> bool:
    """After the date, a preposition and a place's name, closed by a full stop: a caption saying when and where
    what its photo shows happened ("4 March 2024 in Lomé (Togo)."). A page's stamp puts its place first ("Lomé,
    4 March 2024")."""
    place = PREPOSITION_THEN_NAME.match(after)
    return bool(place) and place[1].islower() and place[2][:1].isupper() and bool(PARAGRAPH_END.search(after))


def full_years(text: str) -> str:
    """A page's stamp with a two-digit year ("08/12/24") written with its century (this one), for the date
    grammar, which reads four-digit years only. Only in a header line or a stamp opening the text: elsewhere
    "8/12/24" may be a score or a reference."""
    # pipes as a date's separators are slashes to the grammar, of the same length: offsets stay
    return SHORT_YEAR.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[2]}{_century(m[4])}{m[4]}".replace("|", "/"), text)


def _century(year: str) -> str:
    """The century of a two-digit year: this one, unless that would date the page after this year ("Publié le
    11/11/89" is 1989: no page is published in the future)."""
    return "20" if 2000 + int(year) <= dt.date.today().year else "19"


def date_start(text: str) -> int | None:
    """Where the whole date that ends a byline starts ("By A. Writer in Lomé March 4, 2024"): read before the
    language is known, in any site language, as `is_date_line` reads the header."""
    if not any(c.isdigit() for c in text.translate(DIGITS)):  # no year, no whole date: spare the twelve grammars
        return None
    for language in site_languages("en"):
        dates = [d for d in header_dates(text, language) if whole_iso(d)]
        if dates and is_date_line(text[dates[-1].start :]):
            return dates[-1].start
    return None


def site_languages(language: str) -> list[str]:
    """The languages a site may write its own dates in, the article's first: its header lines are read as date
    lines by the month and weekday names of any of them (`is_date_line`)."""
    return [language, "en", *sorted(known_languages() - {language, "en"})]


def _attached(before: str) -> bool:
    """A phrase runs into the date: a lower-case word (not a month or weekday name) right before it, after
    another word ("met on", "signé le"); "Paris, le 4 mars 2024" is a date line, and so is a dateline's
    demonstrative ("Ahmedabad en Inde ce 12 juin 2025", `dateline_this`)."""
    last = re.search(r"[^\W\d_]\s+([^\W\d_]+)\s+$", before)
    return bool(last) and last[1][:1].islower() and key(last[1]) not in calendar_words() and not place_then_this(before)


def names_weekday(line: str, language: str) -> bool:
    """A line that names a day of the week in the page's language (CLDR's names): "Sunday, 8 June 2025"."""
    return any(key(word.strip(",،;.:|-–—()")) in words(language).weekdays for word in line.split())


@cache
def meeting_words(language: str, key: str = "meeting") -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The words of `data/publication.yaml`'s `meeting` list (or the `key` list, `concert`) for the language: a
    pattern of the whole words (a word written with a capital matched only so or in capitals, the others in any
    case), and the endings that close a compound (the words marked "-")."""
    words = language_words(key, language)
    unspaced = [re.escape(w) for w in words if NO_SPACES.search(w)]  # Chinese and Japanese: no word boundaries
    spaced = [w for w in words if not w.startswith("-") and not NO_SPACES.search(w)]
    exact = [re.escape(v) for w in spaced if w != w.casefold() for v in (w, w.upper())]
    folded = [re.escape(w) for w in spaced if w == w.casefold()]
    whole = [*exact, *([f"(?i:{'|'.join(folded)})"] if folded else [])]
    parts = [*([rf"(?<![^\W\d_])(?:{'|'.join(whole)})(?![^\W\d_])"] if whole else []), *unspaced]
    closing = tuple(w[1:].casefold() for w in words if w.startswith("-"))
    return (re.compile("|".join(parts)) if parts else None), closing


LETTERS = re.compile(r"[^\W\d_]+")


def meeting_spans(text: str, language: str, key: str = "meeting") -> list[tuple[int, int]]:
    """Where the text names a meeting (or the `key` list's thing, a concert) in the language's words, each match's
    start and end. A compound's closing word is found by taking each word whole, then testing its ending: linear in
    the text's length."""
    pattern, closing = meeting_words(language, key)
    spans = [m.span() for m in pattern.finditer(text)] if pattern else []
    if closing:
        spans += [w.span() for w in LETTERS.finditer(text) if w[0].casefold().endswith(closing)]
    return sorted(spans)


def only_year_words(rest: str, language: str) -> bool:
    """Nothing but punctuation and the language's word for "year" ("15 апреля 2013 год", "2013 yılı")."""
    years = unit_words(language, "duration-year")
    return all(any(is_unit_word(w.casefold(), y) for y in years) for w in re.findall(r"[^\W\d_]+\.?", rest))


@cache
def unit_words(language: str, unit: str) -> frozenset[str]:
    """CLDR's words for a unit of time in the language, of its counts and display names in every width ("год",
    "года", "лет", "г."; "gün"; "Tag", "Tage"), folded; not one letter alone ("y", "J")."""
    with suppress(ValueError, LookupError, OSError):
        own = localedata.load(language)
        counts = ((own.get("unit_patterns") or {}).get(unit) or {}).values()
        names = ((own.get("unit_display_names") or {}).get(unit) or {}).values()
        texts = [p for width in counts for category, p in width.items() if category != "per"] + [str(n) for n in names]
        found = {w.casefold() for text in texts for w in text.replace("{0}", " ").split()}
        return frozenset(w for w in found if len(w.rstrip(".")) > 1 or NO_SPACES.match(w))
    return frozenset()


def is_unit_word(token: str, unit: str) -> bool:
    """The word for a unit (a day, a year), or it with an ending of up to two letters ("günü", "yılı"; not
    "diario" for "día"); a Chinese or Japanese character inside a run."""
    ending = len(unit) >= MIN_STEM and token.startswith(unit) and len(token) - len(unit) <= MAX_ENDING
    return token == unit or ending or (bool(NO_SPACES.match(unit)) and unit in token)


@cache
def statement_words(language: str, key: str = "statement_heading") -> re.Pattern[str] | None:
    """The words of `data/publication.yaml`'s `statement_heading` list for the language that name a statement,
    briefing, press release or message (or of another list, `key`: `release_heading`): whole words in any case, a
    stem (marked "-") with any ending."""
    words = language_words(key, language)
    forms = [re.escape(w[:-1]) + r"[^\W\d_]*" if w.endswith("-") else re.escape(w) for w in words]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(forms)})(?![^\W\d_])", re.I) if forms else None


# a time of day in figures, as a stamp or a schedule writes it: a CLOCK time, or Japanese "11時", "11時50分"
DAY_TIME = rf"(?:{CLOCK}|\d{{1,2}}時(?:\d{{1,2}}分)?)"
# from one time to another, a dash or a wave dash between: "19:23~20:08", "午前11時~11時50分", "10h00 – 12h30"
TIME_SPAN = re.compile(rf"(?<![\d:]){DAY_TIME}\s*[~〜～–—-]\s*(?:午前|午後)?{DAY_TIME}(?![\d:])")


UNSPACED_WORD = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")  # kana and Han: words with no spaces


@cache
def _worded_time_span() -> re.Pattern[str]:
    """From one time to another, a word between them (`data/publication.yaml`'s `time_span_words`): "von 19:33 bis
    19:54", "de 9h00 à 12h00", "de 9h à 12h", "von 8 bis 10 Uhr", "с 10:00 до 12:00", "19時から20時"."""
    listed = safeyaml.shipped(DATA)["time_span_words"]
    unspaced = "|".join(re.escape(w) for w in listed if UNSPACED_WORD.fullmatch(w))  # 至, から: no spaces around
    spaced = written_alternation(w for w in listed if not UNSPACED_WORD.fullmatch(w))
    joining = rf"(?:\s+(?:{spaced})\s+|\s*(?:{unspaced})\s*)"
    # whole hours too: "de 9h à 12h", "das 9h às 12h"; "von 8 bis 10 Uhr", the word for hours after the last only
    # (`time_span_hour_words`)
    hour = rf"(?:{DAY_TIME}|\d{{1,2}}h(?![\w:]))"
    hours = "|".join(re.escape(w) for w in safeyaml.shipped(DATA)["time_span_hour_words"])
    bare = rf"\d{{1,2}}{joining}\d{{1,2}}\s*(?:{hours})(?!\w)"
    return re.compile(rf"(?<![\d:])(?:{hour}{joining}(?:午前|午後)?{hour}(?![\d:])|{bare})", re.I)


def is_time_span(line: str) -> bool:
    """A line with the hours something lasts ("• 日時:令和2年5月29日(金)19:23~20:08", "Freitag, 29.07.2005 von 19:33
    bis 19:54"): the date of a meeting, a press conference or a call-out, as its notice or report gives it; a page's
    stamp gives the one time it went up."""
    line = line.translate(DIGITS)
    return bool(TIME_SPAN.search(line) or _worded_time_span().search(line))


@cache
def zone_cities() -> frozenset[str]:
    """CLDR's cities that name a time zone ("Tehran", "تهران", "Москва") in the covered languages, folded: a clock
    names its city before the time it shows; a page's stamp gives its place before its date, if at all. English
    names are the zones' own (`Asia/Tehran`)."""
    zones = [zone.split("/") for zone in zoneinfo.available_timezones()]  # a region's, not "Etc/UTC", "US/East"
    cities = {z[-1].replace("_", " ").casefold() for z in zones if z[0] in REGIONS and not z[-1].isupper()}
    for language in known_languages() | {"en"}:
        cities |= {zone["city"].casefold() for zone in Locale.parse(language).time_zones.values() if "city" in zone}
    return frozenset(cities)


def labels_joined(lines: list[str]) -> list[str]:
    """A label alone on its line ("Published") belongs to the date on the next."""
    published, updated, _ = labels()
    out: list[str] = []
    for line in lines:
        if out and any(label.fullmatch(out[-1].strip()) for label in (published, updated)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


ABSTRACT_MARK = re.compile(r"^<[^<>\s]{1,4}>")  # "<正>": a Chinese journal database's mark opening an abstract's body


def is_cable_dateline(place: str, after: str) -> bool:
    """A Chinese agency's dateline: its name and place in characters, the date, then the word for a cable or
    news (`cable`), in brackets or not: "新华社北京3月6日电", "中新社北京9月9日电 …", "【某某网2024年3月4日讯】", the
    agency in brackets before places a slash joins: "【某报】耶路撒冷/贝鲁特 9 月 28 日消息"."""
    place = ABSTRACT_MARK.sub("", place)
    name = place.removeprefix("【").removeprefix("（").removeprefix("(")  # "【某某网2024年3月4日讯】"
    name = PINYIN.sub("", name)  # "中新網(wǎng)": a mirror's reading of a character, no part of the name
    cited_words, cable = cable_labels()
    cited = any(word in name for word in cited_words)  # "据某某社…": another's report
    shaped = CJK_WORD.fullmatch(name) or CJK_SOURCE_PLACES.fullmatch(place)
    # "【某国某某网站2021年11月22日报道】": the outlet whose report the page carries, in brackets
    reported = place.startswith("【") and any(after.startswith(f"{word}】") for word in _bracket_report())
    return bool(shaped) and not cited and (after.startswith(cable) or reported)


@cache
def _bracket_report() -> tuple[str, ...]:
    return tuple(safeyaml.shipped(DATA)["bracket_report"])


@cache
def cable_labels() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`cable_cited` and `cable` of `data/publication.yaml`, each read once (the file is large: parsing it cost
    more than the rest of reading a Chinese page); `cable` is the date grammar's (dates.cable_words)."""
    return tuple(safeyaml.shipped(DATA)["cable_cited"]), cable_words()


def starts_as_sentence(text: str) -> bool:
    """A sentence starts: a word with a capital initial, or a word in a script without capitals."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    initial = word[:1]
    uncased = initial.lower() == initial.upper()
    return initial.isalpha() and (uncased or (initial.isupper() and any(c.islower() for c in word[1:])))


MAX_DAY_HEADING = 12  # words of a heading that names a day's statements


def has_weekday(mention: DateMention, language: str) -> bool:
    first = mention.text.split(maxsplit=1)[0].strip(",،")
    return key(first) in words(language).weekdays


def ends_headline(before: str) -> bool:
    """Text before the date that is a headline: no sentence in it, and no lower-case word (a preposition:
    "agreed on") right before the date."""
    last = before.split()[-1:] or [""]
    return bool(before.strip()) and not SENTENCE_END.search(before) and not last[0][:1].islower()
