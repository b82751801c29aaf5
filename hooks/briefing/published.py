"""The publication date a page states about itself: a date line in its header ("Updated: Tuesday Mar 5,
2024", "3 апреля 2023, 09:40"), an agency dateline opening its text ("DOHA, Nov. 4 (QNA) —",
"Paris, 2 avril (AFP)."), or a date line the scraper glued to the text or the headline. Only a whole date
(day, month and year) counts, and never one the page states as the date of an event; a date that only an
"updated" label gives is taken when nothing else is, and says so. When unsure, no date is claimed: a wrong
publication date misleads more than a missing one.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import mimetypes
import re
import unicodedata
import zoneinfo
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

import regex
from anyascii import anyascii
from babel import Locale, UnknownLocaleError, localedata
from babel.dates import format_date, get_month_names

from . import safeyaml
from .calendars import own_calendar_names
from .dates import (
    DIGITS,
    MINGUO_DAY_WORDS,
    OTHER_YEAR,
    DateMention,
    ascii_digits,
    cable_words,
    find_dates,
    ideographic_years,
)
from .datewords import fold, key, known_languages, locales, relative_days, today_and_tomorrow, words
from .eras import has_era_year
from .model import Event, Published
from .prefilter import Needs, comparable, may_match, needed
from .scripts import ARABIC_FOLD, ARABIC_MARKS, UNSPACED_SCRIPTS, letter_script, without_marks

DATA = Path(__file__).parent / "data" / "publication.yaml"
# a time of day in figures, as software stamps it: hours and minutes by a colon or an "h" ("19:23", "9h30")
CLOCK = r"\d{1,2}[:h]\d{2}"

WORD = re.compile(r"[^\W\d_]{3,}")  # words beside a date; "de", "le", "à" do not count
DAY_MONTH = re.compile(r"(?<![\d/.:,])(\d{1,2}/\d{1,2}|\d\d\.\d\d)(?![\d/.:,])")  # "11/11", "05.11", no year
SLASHED_FIGURES = re.compile(r"\d{1,2}/\d{1,2}")  # a day and month in figures alone: "16/07"


def _found(text: str, language: str) -> list[DateMention]:
    """The dates of a header's text as `find_dates` reads a sentence's, but a day and month in figures alone
    ("16/07" before a time): a sentence's stamp, which this module reads by its own rules (`_day_and_month`,
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
TEXT_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)|[。！？]")  # "… said. The", "…三天。"; not "a.m."
MIN_TEXT_SENTENCES = 3  # sentences of a paragraph that is the text itself, no lede or caption
MAX_CJK_FIELD = 20  # characters of a section's name before a header's date
MIN_FIELDS_AFTER = 3  # the headline, the source, the text: a sentence spacing its date has one part after it
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
BYLINE_OPENING = re.compile(r"^(?:(?:updated|written|reported|posted)\s+)?by\s*:?\s+", re.I)  # as clean.BYLINE reads
SLASHED_STAMP = re.compile(r"^/([^/\n]{6,30})/\s+(?=\S)")  # "/2023.5.3/ " opening the text: a site's stamp
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
# a social post quoted in the page, signed with its author's handle and its own date: "— A. Writer (@awriter)
# March 4, 2024", as an embedded post prints it; the date is the post's, not the page's
QUOTED_POST = re.compile(r"\(@\w{1,30}\)")
PATH_SEGMENT = re.compile(r"([^\W\d_]+)/\d")  # a word, a slash and a figure: a path's or page name's segments
# a day and a month, then a dash right before the date: the range "20 April - 19 September 2010", in a language whose
# grammar reads its second part only
RANGE_OPENED = re.compile(r"(?<!\d)\d{1,2}\.?\s*[^\W\d_]+\.?\s*[-–—]\s*$")
HEADING_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a heading, with no comma or colon after it
# the regions of the IANA time zone database's zones named by a city ("Asia/Tehran"), not its aliases ("US/East")
REGIONS = frozenset(("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific"))
CITY_TIME = re.compile(r"(?<!\w)([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")  # "… Tehran 11:31"
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
# A place of one to six words, with its country in parentheses or other places after slashes (an agency
# before it), then a comma (Arabic's "،", Ethiopic's "፣"), a full stop, a dash or, in Arabic, nothing: "DOHA, ",
# "Paris, ", "Doha, Qatar, ", "አዲስ አበባ፣ ", "МОСКВА, ", "КИЕВ. ", "EREVAN/BAKOU, ", "(ANSA) – ROMA, ", "موسكو ",
# "الدوحة - ", "Lima (Perú), ", "Lima/Quito/Bogotá, ", and its country between slashes, as TASS writes it:
# "JOHANNESBURG /South Africa/, "; the paper's name in parentheses may touch a place of one word right before the
# date, as Indian papers print their datelines: "राजनांदगांव(अमर छत्तीसगढ) " (touching a later word, "पार्टी(भाजपा) का
# स्थापना दिवस", it is an abbreviation a sentence spells out)
DATELINE_PLACE = re.compile(
    r"^(?:\([^)]{2,20}\)\s*[–—-]\s*)?(?:[^\W\d_][\w.'’\-]*(?:\s\([^()\d]{2,30}\)|\s/[^/\d]{2,30}/)?,?[\s/]?){1,6}(?:[,،፣.]|\s[–—-])?\s*$"
    r"|^[^\W\d_][\w.'’\-]*\([^()\d]{2,30}\),?\s*$"
)
QUOTING = re.compile(r"[^:：\"“«„.]{0,40}[:：]\s*[\"“«„]")  # after an encyclopedia's name: a colon, then its words quoted
# "2014 (2014-03-16)", "12 Enero 2010 (UTC) (2010-01-12T21:53:09Z)": the time's zone, then ISO's date and time
TEMPLATE_DATE = re.compile(
    r"(?<!\d)(?:1[5-9]|20)\d\d\s+(?:\([A-Z]{2,5}\)\s+)?\((?:1[5-9]|20)\d\d-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d)?Z?)?\)"
)
PREPOSITION_THEN_NAME = re.compile(r",?\s+([^\W\d_]{1,4})\s+([^\W\d_]+)")  # " à Berlin", " in Lomé"
CLAUSE_CUT = re.compile(r"[^\W\d_]{2}[;；]\s*$")  # a clause's last word and its semicolon, where the text was cut
PARAGRAPH_END = re.compile(r"[^\W\d_]{2}[\"'”’»)]*[.!?]\s*$")  # a sentence's last word and its full stop
FIELD_REACH = 40  # a field's date stands within a place's length of its label
CONNECTIVE = re.compile(r"\s*(?:[^\W\d_]{1,12}\s+)?")  # one short word between a date and its label: "tarihinde"
LEDE_REACH = 200  # characters of the lede under a date line where it may state that date again
CREDIT_YEAR_END = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d[\s.)]*$")  # a credit line closed by its date's year
ISO_DATE = re.compile(r"(?:1[5-9]|20)\d\d-\d\d-\d\d")  # ISO 8601's order and padding: a machine's, not a heading's
TABLE_ROW = re.compile(r"^\s*\|.*\||\|.*\|\s*$")  # "Start date | 24 September 2023 |"
# a date in figures, its time after it: "31.08.2022", "2022-08-31 10:05"
NUMERIC_CELL = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?")
LABELLED_FIELD = re.compile(r"[^\W\d_][^|:：]{0,20}[:：]\s*\S")  # "时间: 2018-05-09", a header's field with its label
# A dateline with no place names its agency or its place after the dash ("(QNA) —", "/ТАСС/", "– (Manila)"), or
# the site's address before a dash ("29 марта. Example.ru — "), or its place and agency after a comma, or closes
# with a full stop and a dash, which no sentence has ("17 de marzo de 2024.- El gobierno …").
AGENCY_END = re.compile(
    r"^\.?\s*(?:\([^)]{2,40}\)|/[^/]{2,30}/|[—–-]{1,2}\s*\([^)]{2,40}\))|^\.[—–-]{1,2}\s"
    r"|^\.?\s*(?:www\.)?(?:[^\W_][\w-]*\.)+[^\W\d_]{2,6}\s*[—–-]{1,2}\s"
    # the place after the date, then the agency: "7 октября, Минск /Корр. БЕЛТА/. "
    r"|^,\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:[\s-][A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+){0,2}\s*(?:\([^)]{2,40}\)|/[^/]{2,30}/)"
    # or the place alone after the date, a full stop closing it, then the text: "26 ліпеня, Мінск. У сталіцы …"
    r"|^,\s*[A-ZÀ-ÞА-ЯЁІЇЄҐЎ][^\W\d_]+(?:[\s-][A-ZÀ-ÞА-ЯЁІЇЄҐЎ][^\W\d_]+){0,2}\s?\.\s+[A-ZÀ-ÞА-ЯЁІЇЄҐЎ]"
    # in a script without capitals, the place of a word or two and the danda, its full stop: "४ फागुन, काठमाडौँ । …"
    r"|^,\s*[^\W\d_][^\s\d,.।]*(?:\s[^\W\d_][^\s\d,.।]*)?\s?।\s"
    # or the place (and its country, set off by a comma) after the date, then a spaced dash and the text, as NGOs and
    # UN agencies open a press release with its date first: "4 March 2024, Lomé, Togo – The ministry …"
    r"|^,\s*[A-ZÀ-ÞА-ЯЁІЇЄҐЎ][^\W\d_]+(?:[\s-][A-ZÀ-ÞА-ЯЁІЇЄҐЎ][^\W\d_]+){0,2}"
    r"(?:,\s*[A-ZÀ-ÞА-ЯЁІЇЄҐЎ][^\W\d_]+(?:[\s-][A-ZÀ-ÞА-ЯЁІЇЄҐЎ][^\W\d_]+){0,2})?\s+[—–-]{1,2}\s+[A-ZÀ-ÞА-ЯЁІЇЄҐЎ]"
)
LEADING_PARENTHESIS = re.compile(r"\s*\(\s*(?:[^\W\d_]{1,3}\s+)?")  # "(" or "(Di "
# "Lima, 4 de marzo", "LIMA, Mar. 4"; Arabic writes no comma: "ليبرفيل 30 أغسطس 2023 (شينخوا)"
PLACE_THEN_DATE = re.compile(r"[^\d,،]{2,60}[,،]\s*(?:[^\W\d_]+\.?\s+)?\d|[\u0600-\u06ff]{3,20}\s+\d")
PADDED_MONTH = re.compile(r"(?<!\d)0[1-9]\.?\s+([^\W\d_]+)")  # "06 Diciembre", "08 декабря"
MAX_STAMP_FIELDS = 5  # words of a stamp's fields beside a software's date: a byline's two or three, the site's name
PADDED_DAY = re.compile(r"(?<!\d)0[1-9](?!\d)")  # "08 декабря 2024": a day as software writes it
CAPITALS_PLACE = re.compile(r"^[A-ZÀ-ÞА-ЯЁІЇЄҐ]{3,}\b")  # a dateline's place opening in capitals: "FILIPPINE "
FULL_STOP_THEN_TEXT = re.compile(r"^\.\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ]")
WEEKDAY_DASH = re.compile(r"\s*[–—-]{1,2}\s")  # the dash after a dateline's weekday and date
# a series' box of the one before and the one after ("←  2015 9. August 2020 Weiter  →", an election's infobox)
SERIES_ARROWS = re.compile(r"[←◄⟵⇐].*[→►⟶⇒]")
STAMP_TIME_AFTER = re.compile(rf"\s*[-–—|,]?\s*{CLOCK}(?!\d)")  # a time right after the date: "08/12/24 - 8h08"
DASH_TIME = re.compile(rf"\s+[-–—|]\s*{CLOCK}(?![\d:])")  # "23 gennaio 2020 - 21:13"
SPACED_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s)")  # " 21:47:46 " between a stamp's date and fields
STAMP_TIME = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*[-–—|/]?\s*)?")  # a time before the date: "01:39 - "
# a clock's time opening the paragraph, then its date: "09:08, мая 16, 2024 Прохожий …", a site's stamp (prose gives
# an hour a preposition)
TIME_THEN_DATE = re.compile(r"\s*\d{1,2}:\d{2}\s*[,|/–—-]?\s*")
NO_SPACES = re.compile(f"[{CJK}{UNSPACED_SCRIPTS}]")  # scripts that write no spaces
GLUED_SENTENCE = re.compile(r"(?:\s?[^\W\d_]{0,4}\.)?(?P<initial>[^\W\d_])")
SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?]\s")  # a word of two letters or more, then a full stop
# What may follow a headline's date line to the end of its paragraph: a time, an age in parentheses.
STAMP_REST = re.compile(r"\s*(?:\d{1,2}[:.]\d{2}\s*)?(?:\([^()]{0,40}\))?\s*")
# The agency or a dash after the date: "(QNA) —", ". /ТАСС/", " (AFP).", " -- ", " / ", ". УНН.", " − РАПСИ." (a minus
# sign for the dash), ", ARMENPRESS." (set off by a comma as the place is); in Devanagari a
# visarga for a colon ("इस्तांबुल, 4 अक्टूबरः") or a danda, its full stop ("4 अक्टूबर।"), glued to the text.
# An agency set off by a comma, its name's words capitalised (short particles between), then the dash: ", Mianmar
# News Agency – ", ", Agência Togolesa de Notícias – ".
DATELINE_END = re.compile(
    r"^\.?\s*(?:\([^)]{2,40}\)|/[^/]{2,30}/|[—–−/-]{1,2}\s)|^[.,]?\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,12}\.|^[ः।]"
    r"|^,\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&’'-]*(?:\s+(?:[^\W\d_]{1,3}\s+)?[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w.&’'-]*){0,4}\s+[—–-]{1,2}\s"
)
MAX_AGENCY_PLACE_WORDS = 3  # a place of a word or three before it: not a sentence's words ("… كارلوف، الاثنين 19 …")
COLON_ALONE = re.compile(r"^\s?[:：]\s*$")  # a colon closing the paragraph: the dateline alone on its line
PLACE_COLON = re.compile(r"^(?P<name>[^\W\d_][^:：]{1,40}?)\s?[:：]\s+$")  # "LONDON: ", "Paris : " before the date
COLON_END = re.compile(r"^\s?[:：]\s")  # in Latin letters a photo agency's caption writes it too: "CITY, COUNTRY, MAY 4: "
# A headline the scraper glued to the dateline under it: the place, one word with a capital initial, then a comma
# ("… si è dimessa Dacca, "), and after the date its agency in parentheses and a dash ("(askanews) - ").
GLUED_PLACE = re.compile(r"(?<=\s)[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+,\s*$")
# the agency closing a dateline in lenticular brackets after its date, as Japanese sites print it: "【3月4日 AFP】"
BRACKET_AGENCY = re.compile(r"\s*[^\W\d_]{2,20}\s*】")
MAX_HEADLINE = 140  # characters after a headline's date: more is a lede the loader took for the headline
DAY_HEADING_END = re.compile(r"\s*[:：]\s*|\s+[—–-]\s+")  # the colon or dash after a day's count
MIN_STEM, MAX_ENDING = 3, 2  # a unit's word with a case or possessive ending: "günü", "yılı", "дня"
MAX_DAY_HEADING = 20  # characters of a count of days before a date: "1'inci gün", "Day 12"
MAX_CONNECTIVE = 12  # letters of the word between a date and its label: "tarihinde"
STAMP_REACH = 120  # characters of a paragraph where a stamp's label or a notice's words stand
NOTICE_GAP = 12  # characters between a notice's label and its date: " il ", " en ", " on the "
CLAUSE_END = re.compile(r"\s*(?:[,.;:：|]|$)")  # a label that closes its clause: "… tarihinde eklendi, …"
# a dateline's article before its date ("Paris, le 4 mars 2024") and sources parted by spaced slashes ("AFP/ Reuters, ")
SHORT_WORD_END = re.compile(r"(?<=[,،])\s*[^\W\d_]{1,3}\s+$")
SPACED_SLASH = re.compile(r"\s*/\s*")
MAX_CREDIT_WORDS = 5  # "Photo courtesy IAEA", "Foto: A. Writer/Agency": a credit's words
MAX_PLACE_NAMES = 3  # "Essen/Paríž", "Banská Bystrica"
MAX_PLACE_WORDS = 5  # names and particles of a place: "Santa Cruz de la Sierra"
MAX_PARTICLE = 3  # letters of a particle inside a place's name: "de", "la", "del"
FULL_STOP_HYPHEN = re.compile(r"^\.-\s+\S")  # "15/07/2018.- Francia": a Spanish-language agency's dateline end
MAX_INFOBOX_FIELD = 8  # words of an infobox's place field, label and value ("Location Salisbury, United Kingdom")
AGENCY_DASH = re.compile(r"^\.?\s*\([^)]{2,40}\)\s*[—–-]{1,2}\s")
AM_PM = r"(?:\s?[aApP][mM])?"  # "7:14 am": a forum's English clock ("p.m." may close a sentence with its full stop)
CLOSING_TIME = re.compile(rf"(?<![\d:.])\d{{1,2}}[:.]\d{{2}}{AM_PM}\s*$")  # "… Lomé 7:15" before the date closing a paragraph
CLOSING_REST = re.compile(rf"\s*[,|–—-]?\s*(?:\d{{1,2}}[:.]\d{{2}}{AM_PM})?\s*")  # after it, a time at most
GLUED_TO_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?]$")  # a sentence's last word and full stop, the date glued to them
STAMP_DASH = re.compile(r"\s[—–-]{1,2}\s")  # the dash between a stamp and the text
CAPITAL_AFTER = re.compile(r"\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ]")  # a sentence's capital after a space
SENTENCE_BEFORE = re.compile(r"[^\W\d_]{2}[\"'”’»)]*[.!?]\s+$")  # a sentence's last word and full stop, then a space
# a comma, then a name of one to three words each opening with a capital, closing the paragraph: "…, Sputnik Afrique"
CREDIT_AFTER = re.compile(r",\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]*(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]*){0,2}\s*")
# a lower-case letter, then a capitalised word or a day's figures: two fields of a page glued ("presidentJuly 22",
# "Lomé4 marzo")
GLUED_START = regex.compile(r"(?<=\p{Ll})(?:\p{Lu}\p{L}+|[0-3]?\d(?=\.?\s))")
# what may close a dateline alone on its line: the agency's name in capitals, or its site's address ("INTERFAX.RU")
# and the dash that opened the text under it ("MADRID, 23 Ago. (EUROPA PRESS) -")
AGENCY_ONLY = re.compile(
    r"[.,]?\s*(?:\([^)]{2,40}\)|/[^/]{2,30}/|[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,}(?:[./-][^\W\d_]{2,})*)[.\s]*(?:[—–-]{1,2}\s*)?"
)


def language_words(key: str, language: str) -> list[str]:
    """A per-language list of data/publication.yaml (`key`: meeting, issued, …): the language's words, none
    where it lists none."""
    return (safeyaml.shipped(DATA).get(key) or {}).get(language.split("-")[0].casefold(), [])


@cache
def _language_words_pattern(key: str, language: str) -> re.Pattern[str] | None:
    """Any of the language's words of a `data/publication.yaml` list (`language_words`), a whole word in any case
    (`this_statement`: "This", "Ce", "Le présent"); None where the language has none."""
    words = language_words(key, language)
    return re.compile(rf"(?:{_longest_first(words)})(?![^\W\d_])", re.I) if words else None


@cache
def labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = safeyaml.shipped(DATA)

    def alternation(words: list[str]) -> re.Pattern[str]:
        body = _longest_first(words)
        # at a word's start, or glued by the scraper to the byline or the time before it: "John SmithUpdated: Nov
        # 5, 2024", "4 marzo 2024 alle 10:05aggiornato il …" (not in Chinese, where "4日期间" is a day and a word)
        start = rf"(?:(?<!\w)|(?<=[^\W\d_])(?-i:(?=[A-ZÀ-ÞА-ЯЁІЇЄҐ]))|(?<=\d)(?![{CJK}]))"
        # then a word for "on" or "of" ("Updated on", "aggiornamento del"), and a colon, CJK's too
        return re.compile(rf"{start}(?:{body})(?:\s+(?:on|of|le|du|el|del|de|em|am|vom|il|في|в|от|від))?\s*[:：]?", re.I)

    # a clock time with the zone a site's own locale writes after it, CLDR's short metazone names ("20:43 WIB", the
    # Western Indonesian Time; "10:05 MEZ"): first, so that the zone goes with the time and is no byline's word
    zoned = rf"(?<![\d:])\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?\s*(?-i:{'|'.join(zone_abbreviations())})(?!\w)"
    return alternation(data["published"]), alternation(data["updated"]), re.compile(f"{zoned}|{data['time']}", re.I)


def _zone_dropped(text: str) -> str:
    """The text without the zone's short name after the time closing it ("… 20 Februari 2020 | 20:43 WIB"): the
    time's, as a stamp writes it (`zone_abbreviations`)."""
    return re.sub(rf"(?<=\d[:.]\d\d)\s*(?:{'|'.join(zone_abbreviations())})$", "", text)


@cache
def zone_abbreviations() -> list[str]:
    """The short names CLDR gives time zones that are a word of capitals ("WIB", "WITA", "MEZ", "HNE"), longest
    first: data/zone_names.yaml, which tools/zone_names.py makes from Babel's CLDR (loading every locale here
    would cost seconds on each build)."""
    names = safeyaml.shipped(Path(__file__).parent / "data" / "zone_names.yaml")["zones"]
    return sorted(names, key=lambda n: (-len(n), n))


def _longest_first(words: Iterable[str]) -> str:
    """An alternation of the words as they are written, longest first: a word that opens a longer one ("Updated",
    "Updated on") is tried after it."""
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _listed(entry: str) -> str:
    """An alternation of the words of a list of `data/publication.yaml`, longest first."""
    return _longest_first(safeyaml.shipped(DATA)[entry])


@cache
def _arabic_agency_line() -> re.Pattern[str]:
    """In an Arabic-script line, a known agency after the date and an Arabic comma, closing the dateline's line:
    "کابل، د زمري ۱۶مه، باختر" (Kabul, 16 Asad, Bakhtar), the day's ordinal ending ("مه") glued to its figures.
    Only the agencies of `arabic_script_agencies`: any word there may be the text's ("…، ذكرى الثورة")."""
    return re.compile(rf"^[^\W\d_]{{0,2}}\s*،\s*(?:{_listed('arabic_script_agencies')})[ \t]*\n")


@cache
def source_label() -> re.Pattern[str]:
    """A label naming where the page's text comes from, with that name ("来源:央视新闻客户端", "Source: AFP"): a
    site prints it beside its date, and it makes the line no sentence."""
    body = _listed("source")
    return re.compile(rf"(?<!\w)(?:{body})\s*[:：]\s*[^\s|·•]+", re.I)


@cache
def _dateline_this() -> frozenset[str]:
    """The demonstratives a dateline sets before its date (`dateline_this`: "ce 12 juin 2025")."""
    return frozenset(key(w) for w in safeyaml.shipped(DATA)["dateline_this"])


def _place_then_this(before: str) -> bool:
    """A place's name, then a dateline's demonstrative right before the date ("Ahmedabad en Inde ce", "Paris,
    ce"): capitalised words and particles only; "Le festival ouvre ce" is a sentence's."""
    names = re.findall(r"[^\W\d_]+", before)
    if len(names) < 2 or key(names[-1]) not in _dateline_this() or not before.rstrip().endswith(names[-1]):
        return False
    return all(w[:1].isupper() or len(w) <= MAX_PARTICLE for w in names[:-1]) and names[0][:1].isupper()


@cache
def _site_chrome() -> re.Pattern[str]:
    body = _listed("site_chrome")
    return re.compile(rf"(?:{body})(?!\w)", re.I)


@cache
def _latest_issue() -> re.Pattern[str]:
    return re.compile(rf"(?:{_listed('latest_issue')})(?!\w)", re.I)


def latest_issue_block(date_lines: list[str], in_a_row: list[str]) -> set[str]:
    """A newspaper masthead's line of its latest issue ("Свежий выпуск: №18 (29164) от 14 мая 2025 года") and the
    date lines read right under it, no line between (its founding, today's date): the paper's, not the page's."""
    block: set[str] = set()
    for line in date_lines:
        if _latest_issue().match(line.strip()) or (block and line in in_a_row):
            block.add(line)
        elif block:
            break
    return block


@cache
def _infobox_place() -> re.Pattern[str]:
    body = _listed("infobox_place")
    return re.compile(rf"(?:{body})\s*[:：]?(?:\s+\w|\s*$)", re.I)


def is_infobox_place(line: str) -> bool:
    """An infobox's field naming where an event took place ("Location Salisbury, United Kingdom", "Місце
    Солсбері"), or its label alone, the place on the next line: the date line beside it is the event's."""
    return bool(_infobox_place().match(line.strip())) and len(line.split()) <= MAX_INFOBOX_FIELD


@cache
def _other_date_label() -> re.Pattern[str]:
    body, bare = _listed("other_date_labels"), _listed("other_date_labels_with_colon")
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
    return re.compile(rf"[-•·*\s]*(?:{_listed('signup_labels_with_colon')})\s*[:：]", re.I)


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
    return re.compile(rf"[-•·*\s]*(?:{_listed('today_labels')})\s*[:：]", re.I)


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
def _top_bar_labels() -> frozenset[str]:
    return frozenset(word.casefold() for word in safeyaml.shipped(DATA)["top_bar_labels"])


def is_top_bar_label(line: str) -> bool:
    """A label of a site's top bar alone on its line, an advertising slot's or the bar's own link ("-
    Advertisement -", "Реклама", "Connect with us"): a date line above it, before the headline, is the site's clock."""
    return line.strip(" -–—•|*()[]").casefold() in _top_bar_labels()


def ends_with_top_bar_label(line: str) -> bool:
    """A date line with a top bar's label glued after its date ("Friday, 4 June 2024 Advertise With Us"): the
    bar's clock and its link, read as one line."""
    folded = line.strip().casefold()
    return any(folded.endswith(f" {label}") and is_date_line(line[: -len(label)]) for label in _top_bar_labels())


def is_site_chrome(line: str) -> bool:
    """A short heading of the site's own furniture ("More news", "Today's paper: 1 2 3"): a date line above it,
    before any text, is the site's clock."""
    return bool(_site_chrome().match(line.strip(" -–—•|"))) and len(re.findall(r"[^\W\d_]+", line)) <= 6


@cache
def revision_label() -> re.Pattern[str]:
    """A wiki's words that date the revision shown ("zuletzt bearbeitet am", "last edited on")."""
    body = _listed("revision")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


@cache
def _reference_marks() -> tuple[re.Pattern[str], Needs | None]:
    marks = safeyaml.shipped(DATA)["reference_work"]
    pattern = re.compile("|".join(re.escape(m) for m in marks), re.I)
    return pattern, needed(pattern)


@cache
def _photo_credit() -> re.Pattern[str]:
    return re.compile(rf"(?:{_listed('photo_credit')})\s*[:：]", re.I)


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
    named, glued = _listed("media_file_names"), _listed("media_file_prefixes")
    return re.compile(rf"\s*(?:(?:{named})[\s_-]*|(?:{glued})_){MEDIA_STAMP}", re.I)


# a Minguo day with no era's name on a line ("113年06月21日", `dates.MINGUO_DAY_WORDS`): a year the line states
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
    if time.search(unlabelled) and _day_month_stamp(rest):
        return True  # "16 Dezember 07:41": a site's stamp without its year
    year = re.search(r"(?<!\d)(?:1[3-9]|20)\d\d(?!\d)|\d[./|-]\d", rest) or MINGUO_DAY.search(rest)
    if not year and not has_era_year(rest):  # or "令和5年", or a Minguo day with no era's name ("113年06月21日")
        return False
    # a label, or a date and little else: besides month and weekday names, a place ("The Hague, 24 November
    # 2015") or a time zone; "Kuwait opened an embassy in 1950." is a sentence
    named = other_calendar_dates().sub(" ", fold(rest))  # "… 24 جمادى أول 1444 هـ": the same day in another calendar
    others = [w for w in re.findall(r"[^\W\d_]{2,}", named) if key(w) not in calendar_words() and not _hour_word(w)]
    if _place_then_this(re.split(r"\d", rest, maxsplit=1)[0]):  # "Ahmedabad en Inde ce 12 juin 2025": the dateline's word
        this = next((i for i, w in enumerate(others) if key(w) in _dateline_this()), None)
        others = others if this is None else others[:this] + others[this + 1 :]
    # a day padded with a zero before its month's name ("06 Diciembre 2013"), as software stamps a page and prose
    # never writes it: the words around it are the stamp's fields, a byline's name and the site's ("Jesús Agudo 06
    # Diciembre 2013 en Bekia")
    padded = _padded_month(rest) or _software_figures(unlabelled)
    return unlabelled != line or _count(others) <= (MAX_STAMP_FIELDS if padded else 3)


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
    body = _longest_first(found)
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
    months, era = (_longest_first(fold(n) for n in found) for found in (names, eras))
    # its month and year apart by a space, or by the dashes a site's template sets between them ("١٦-جمادى الثانية-١٤٤٧")
    return re.compile(rf"(?<!\w)(?:{months})(?:\s+|\s*-\s*)\d{{4}}(?:\s*(?:{era})(?!\w))?")


def is_page_date(event: Event, published: Published, opening: str | None) -> bool:
    """An event that is the page's own date line, glued by the scraper to the start of its text, or a field of
    the header line the scraper ran into it ("Headline | 26 Sept 2022 | The bloc …")."""
    header = published.stated_as or ""
    at = _own_field(opening, header) if published.basis == "header" and opening and header else None
    return (
        at is not None
        and event.sentence.text in (opening or "")
        and event.sentence.start < at + len(header)
        and event.date_text in header
        and published.date in (event.date, _day_first_iso(event.date_text))  # "05-08-2024" as the header reads it
    )


def _own_field(opening: str, header: str) -> int | None:
    """Where the page's date line stands in the text's first paragraph: at its start, or as a field between
    separators (`SEPARATOR`)."""
    if opening.startswith(header):
        return 0
    at = opening.find(header)
    if at < 0:
        return None
    before, after = SEPARATOR.search(opening[max(0, at - 4) : at + 1]), SEPARATOR.match(opening, at + len(header))
    return at if before and after else None


def is_stale_update(published: Published, events: Iterable[Event], header: dict[str, Any]) -> bool:
    """An "updated" stamp, the only date the page states, two years or more after every date its text states:
    the revision of an older text (an archive moved, a reference page edited), not when it was published. An
    encyclopedia's revision (`from_revision`) is the date of the text it shows."""
    if published.basis != "updated-line" or not published.date or header.get("reference_work"):
        return False
    years = [int(e.date[:4]) for e in events if e.date_basis == "stated" and e.date]
    return bool(years) and max(years) < int(published.date[:4]) - 1


# a date in figures whose day and month could swap: "12/06/2014", "06.12.2014"
SWAPPABLE_FIGURES = re.compile(r"(?<![\d/.-])(0?[1-9]|1[0-2])([/.-])(0?[1-9]|1[0-2])\2(\d{4})(?![\d/.-])")


def as_the_text_dates_it(published: Published, events: Iterable[Event]) -> Published | None:
    """The page's date read from figures with its day and month the other way round, when the text states that
    day (in words or figures) and never the one read: a site writes its stamp in its country's order whatever
    the page's language ("12/06/2014" on an English page of a Brazilian site, whose text says "12 June 2014")."""
    figures = SWAPPABLE_FIGURES.search(published.stated_as or "") if published.basis == "header" else None
    if not figures or not published.date or figures[1].lstrip("0") == figures[3].lstrip("0"):
        return None
    first, second, year = int(figures[1]), int(figures[3]), figures[4]
    readings = {f"{year}-{first:02d}-{second:02d}", f"{year}-{second:02d}-{first:02d}"}
    if published.date not in readings:
        return None
    other = (readings - {published.date}).pop()
    # the stamp's own figures, wherever the text repeats them, say nothing of their order
    stated = {e.date for e in events if e.date_basis == "stated" and e.date and figures[0] not in e.date_text}
    return replace(published, date=other) if other in stated and published.date not in stated else None


def _day_and_month(text: str, language: str) -> str | None:
    """A day and month with no year after a label ("mise à jour à 09h59 le 11/11", "Updated: Nov 5"), year-less
    ("--11-11"), when it is the only date there; numbers in the language's order of day and month."""
    named = [m for m in _found(text, language) if m.month and m.day and not (m.year or m.relative or m.last)]
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


def _stamp_without_year(line: str, language: str) -> str | None:
    """A site's stamp of a day and month with its time and nothing else ("16 Dezember 07:41"): the day the page
    states, its year unknown ("--12-16"). Without the time, a day alone above the headline may head what the page
    is about."""
    _, _, time = labels()
    if not time.search(line):
        return None
    mentions = _found(line, language)
    if not mentions:  # "04/22 01:38": figures alone, taken only when one order of day and month alone is a date
        return _numeric_day_month(time.sub(" ", line))
    if len(mentions) != 1:
        return None
    rest = time.sub(" ", line.replace(mentions[0].text, " "))
    return _day_and_month(mentions[0].text, language) if not WORD.search(rest) and not any(c.isdigit() for c in rest) else None


def _numeric_day_month(rest: str) -> str | None:
    """A day and month in figures and nothing else ("04/22"), year-less, when only one of its two orders is a date:
    a site's stamp the reader's order cannot mislead (22 is no month); "05/06" could be either, so it is none."""
    numbers = DAY_MONTH.fullmatch(rest.strip().translate(DIGITS))
    if not numbers:
        return None
    first, second = (int(n) for n in re.split(r"[/.]", numbers[0]))
    orders = ((second, first), (first, second))  # (month, day) read day first, then month first
    readings = {(m, d) for m, d in orders if 1 <= m <= 12 and 1 <= d <= calendar.monthrange(2000, m)[1]}
    if len(readings) != 1:
        return None
    month, day = readings.pop()
    return f"--{month:02d}-{day:02d}"


def _count(words: list[str]) -> int:
    """How many words, two Chinese or Japanese characters counting as one: they write no spaces."""
    return sum(max(1, len(w) // 2) if CJK_RUN.fullmatch(w) else 1 for w in words)


def _whole(mention: DateMention) -> str | None:
    """The ISO date of a whole stated date; a range ("19-20 September 2023", an infobox's dates of an event)
    is never the date a page was published."""
    if mention.relative or mention.invalid or mention.last or not (mention.year and mention.month and mention.day):
        return None
    return f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"


def _header_dates(text: str, language: str) -> list[DateMention]:
    """The dates of a header line, read as sites write them: a web address states none, an ordinal's comma
    ("8th, August 2024") and a dash gluing the place ("Addis-06-10-2022") do not break the date, and a dotted or
    dashed numeric date is day first whatever the language ("01.08.2023" is 1 August, `day_first_separators`)."""
    text = WEB_ADDRESS.sub(lambda m: " " * len(m[0]), text)  # the same length: offsets stay the line's
    text = PLACE_DASH.sub(" ", ORDINAL_COMMA.sub(lambda m: m[0][:-1] + " ", text))
    text = SPACED_NUMERIC.sub(lambda m: f"{m[1]}{m[2]}{m[3]}{m[2]}{m[4]}".ljust(len(m[0])), text)
    text = SPACED_ISO.sub(lambda m: m[0] if _after_month(text, m.start()) else f"{m[1]}-{m[2]}-{m[3]}", text)  # same length
    text = SLASHED_MONTH.sub(lambda m: m[0].replace(m[1] or m[2], " "), text)  # same length
    text = _year_first(text)
    return [_day_first(m) for m in _found(text, language)]


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


def _day_first(mention: DateMention) -> DateMention:
    numeric = YEAR_LAST.fullmatch(mention.text)
    if not numeric or mention.relative or numeric[2] not in day_first_separators():
        return mention
    iso = _day_first_iso(mention.text)
    if not iso:
        return replace(mention, invalid=True)
    year, month, day = (int(n) for n in iso.split("-"))
    return replace(mention, year=year, month=month, day=day, invalid=False)  # "13.05.2024" read month first


def _day_first_iso(text: str) -> str | None:
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


def _date_alone(text: str, language: str, labelled: bool = False) -> str | None:
    """The one whole date a line states, when the rest of it is labels, times and punctuation; after a label
    ("Published Nov 17, 2022 4:21 PM by The Maritime Executive") the first whole date. Sites often write their
    own dates in English whatever the article's language ("Sat, 26 Apr 2025 22:39"), or in the language of the
    country they publish from (a Russian page of a Ukrainian site: "31 Серпня 2023 12:28")."""
    _, _, time = labels()
    text = REPEATED.sub(r"\1", text)  # "13 Apr 202413 Apr 2024": the scraper kept a stamp's two copies glued
    text = GLUED_DAY.sub(r"\1 ", full_years(text))
    read = (_header_dates(text, lang) for lang in _site_languages(language))
    mentions = next((ds for ds in read if any(_whole(d) or d.last for d in ds)), [])
    if any(d.last for d in mentions):  # a range ("28 december 2004 - 14 juli 2005"), not a part of it in another language
        return None
    dates = [d for d in mentions if _whole(d)]
    if labelled and dates:
        return _whole(next((d for d in dates if not d.calendar), dates[0]))
    stated = [d for d in dates if not d.calendar] or dates  # the Gregorian date of "12 أغسطس 2025 … 18 صفر 1447 هـ"
    if len({_whole(d) for d in stated}) != 1 or RANGE_OPENED.search(text[: stated[0].start]):
        return None
    rest = text
    for d in sorted(dates, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = source_label().sub(" ", time.sub(" ", WEB_ADDRESS.sub(" ", rest)))
    attached = _attached(text[: stated[0].start]) and not (_padded(stated[0]) or _timed(text, stated[0]))
    heading = HEADING_COLON.match(text, stated[0].end) and not _padded(stated[0])  # "03 January 2007 :" is a stamp
    aged = _aged(text, stated[0], language) or bool(FOOTNOTE_MARK.match(text, stated[0].end))
    after = text[stated[0].end :]
    if attached or heading or aged or _place_of(after) or _clause_after(after, language) or _captioned(text, stated[0]):
        return None  # "Officials met on Monday, 4 March 2024": the date of what a phrase reports
    others = [w for w in WORD.findall(CJK_RUN.sub(" ", rest)) if not _hour_word(w)]
    if _place_then_this(text[: stated[0].start]):  # "Ahmedabad en Inde ce 12 juin 2025": the dateline's word, no field
        this = next((i for i, w in enumerate(others) if key(w) in _dateline_this()), None)
        others = others if this is None else others[:this] + others[this + 1 :]
    # "러시아 The Moscow Times, Bloomberg 2020/09/15", "Section | Rubrique Par | 04 février 2010": software's stamp
    fields = MAX_STAMP_FIELDS if _software_figures(text) or _padded_month(text) else 3
    return _whole(stated[0]) if _count(others + CJK_RUN.findall(rest)) <= fields else None


# a wiki's footnote marks glued to what they source ("15 ноябрь 1917[1][2]"): an encyclopedia's fact, no page's stamp
FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")


def _aged(text: str, mention: DateMention, language: str) -> bool:
    """The date then its age after a semicolon ("15 September 2021; vor 11 Monaten", "…; 2 years ago"), as
    MediaWiki's date-and-age templates print an infobox's date: the date of what the page is about."""
    gap = AGE_AFTER.match(text, mention.end)
    age = next(iter(_found(text[gap.end() :], language)), None) if gap else None
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
    others = [w for w in others if not any(_is_unit_word(w.casefold(), y) for y in years)]
    return len(others) >= 2 and all(w.islower() for w in names)


def _padded(mention: DateMention) -> bool:
    """A day written with a zero before it ("03 ottobre 2015"), as software stamps a page and prose never writes
    it: the words before it are a section's name ("Paese estero 03 ottobre 2015"), not a phrase running into it."""
    return bool(PADDED_DAY.match(mention.text.translate(DIGITS)))


WEEKDAY_AFTER = re.compile(r"[\s,]+([^\W\d_]+)")  # a weekday's name after a date: "01 Mart 2026 Pazar - 10:22"


def _time_after(text: str, mention: DateMention) -> re.Match[str] | None:
    """The time right after a date, or after the weekday's name that follows it ("01 Mart 2026 Pazar - 10:22")."""
    weekday = WEEKDAY_AFTER.match(text, mention.end)
    named = weekday and key(weekday[1]) in calendar_words()
    return STAMP_TIME_AFTER.match(text, mention.end) or (STAMP_TIME_AFTER.match(text, weekday.end()) if named else None)


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
    for language in _site_languages("en"):
        dates = [d for d in _header_dates(text, language) if _whole(d)]
        if dates and is_date_line(text[dates[-1].start :]):
            return dates[-1].start
    return None


def _site_languages(language: str) -> list[str]:
    """The languages a site may write its own dates in, the article's first: its header lines are read as date
    lines by the month and weekday names of any of them (`is_date_line`)."""
    return [language, "en", *sorted(known_languages() - {language, "en"})]


def _attached(before: str) -> bool:
    """A phrase runs into the date: a lower-case word (not a month or weekday name) right before it, after
    another word ("met on", "signé le"); "Paris, le 4 mars 2024" is a date line, and so is a dateline's
    demonstrative ("Ahmedabad en Inde ce 12 juin 2025", `dateline_this`)."""
    last = re.search(r"[^\W\d_]\s+([^\W\d_]+)\s+$", before)
    return bool(last) and last[1][:1].islower() and key(last[1]) not in calendar_words() and not _place_then_this(before)


def from_text(
    header: dict[str, Any],
    opening: str | None,
    language: str,
    heading: str | None = None,
    head: Iterable[str] = (),
    lower: Iterable[str] | None = None,
) -> Published | None:
    """The publication date the page's text states: a date line of its header, else an agency dateline opening
    its text or its second paragraph (under a lede), else a date line the scraper glued to its first line or to
    its headline, else a stamp among the short lines of its head (`head`, above the text's second paragraph), else
    an "updated" line; a masthead's date over a stamp of the short lines under the headline (`lower`, `head`'s
    and those further down, below a site's blurb) gives way to that stamp. An encyclopedia's page states none,
    its dates are its subject's: only the date of the revision it shows, when a wiki's notice states it."""
    if header.get("reference_work"):
        return from_revision(header.get("revision"), language)
    headings = set(header.get("above_title", [])) if header.get("title") else set()
    below = [text for text in (header.get("subtitle"), opening) if text]
    date_lines = _joined(header.get("date_lines", []))  # a label on the line above makes a date line no heading
    # the dateline printed over the text and again opening it is the text's dateline, read there (`from_dateline`)
    repeated = [line for line in date_lines if _repeated_dateline(line, opening, language)]
    chronicle = [line for line in date_lines if line not in repeated and (_restated(line, below, language) or _day_heading(line))]
    skipped = set(repeated + chronicle)
    # a masthead's lines: above the headline, or under the site's name the header first read as the title
    masthead = {*header.get("above_title", []), *header.get("under_site_name", [])}
    skipped |= set(_two_calendar_clock([line for line in date_lines if line in masthead], language))
    skipped |= latest_issue_block(date_lines, header.get("stamps_in_a_row", []))
    # "New York" over "24 October 2019": a dateline on two lines, its city read as a byline or a section's label
    # (the line is the city alone: "By Sydney" names a writer)
    author = header.get("author") if header.get("byline", header.get("author")) == header.get("author") else None
    placed = any(_place_alone(line) for line in [author, *header.get("categories", [])[-1:]])
    skipped |= {line for line in date_lines if line in header.get("above_title", []) and is_foreign_order_clock(line, language)}
    skipped |= {line for line in date_lines if line in header.get("above_title", []) and ends_with_top_bar_label(line)}
    # a widget's day, date and time run together, its weekday glued to figures, above any headline
    top = set(header.get("above_title", [])) if header.get("title") else set(date_lines)
    skipped |= {line for line in date_lines if line in top and is_glued_clock(line, language)}
    # a whole day over a section's label ("CORRECTION", "Archives") is a bulletin's date line: a chronicle's heading
    # stands right over the event it dates
    labelled = bool(header.get("categories"))
    heads = {line for line in headings if _bare(line, language) and not placed and not (labelled and _whole_day(line, language))}
    lines = [line for line in date_lines if line not in heads and line not in skipped]
    # the first date line under the headline, not above it where a masthead's clock stands
    # ... and the next item's stamp parted from it by its headline: two stamps in a row are one page's
    in_a_row = any(line in header.get("stamps_in_a_row", []) for line in lines[1:])
    under_title = bool(header.get("title") and lines and lines[0] not in header.get("above_title", [])) and not in_a_row
    stated = from_header(lines, language, under_title)
    head = list(head)
    stated = _under_masthead(stated, head if lower is None else list(lower), language)
    if chronicle and stated is None:  # a chronicle's entry: the datelines under its heading are the reports it quotes
        return None
    if (stated is None or stated.basis == "updated-line") and opening:  # a revision's date is the last resort
        after_lede = header.get("after_lede")
        # below a lede, only a place set off by a comma, or a Chinese agency's cable ("新華網華盛頓11月4日電") under a
        # lede or caption of a sentence or two (under three, the paragraph above is a text of its own)
        cable = after_lede and _opens_with_cable(after_lede, language) and not is_text_paragraph(opening)
        marked = after_lede and (PLACE_THEN_DATE.match(after_lede) or cable)
        dateline = from_dateline(opening, language) or (marked and from_dateline(after_lede, language))
        dateline = dateline or from_glued_dateline(opening, language) or from_field(opening, language)
        dateline = dateline or from_spaced_cable(opening, language) or from_source_parenthesis(opening, language)
        dateline = dateline or from_source_date_parenthesis(opening, language)
        dateline = dateline or from_danda_dateline(opening, language) or from_narrow_dateline(opening, language)
        dateline = dateline or from_labelled_opening(opening, language) or from_closing_label(opening, language)
        dateline = dateline or _dateline_under_headline(header, language)
        # a dateline opening a paragraph the header's cut left without its full stop, read as a heading ("КИЇВ. 14
        # грудня. УНН. Церемонія … в"): the text's words run on after it, as a heading's do not
        dateline = dateline or (from_dateline(heading, language) if heading and _runs_on(heading, language) else None)
        stamp = from_opening(opening, language) or from_closing_stamp(opening, language) or from_press_time(opening, language)
        stamp = stamp or from_stamp_label(opening, language) or from_notice(opening, language)
        stamp = stamp or from_today(opening, language) or from_slashed(opening, language)
        stamp = stamp or from_inline_stamp(opening, language)
        stamp = stamp or from_source_and_date(opening, language)
        stamp = stamp or (from_notice(after_lede, language) if after_lede else None)
        stamp = stamp or (_clocked_stamp_alone(after_lede, language) if after_lede else None)
        # a note of a release's issue is the page's stamp where it speaks of this page's statement ("This statement
        # was issued …") or stands on a statement's page, one its headline names as one ("PRESS RELEASE : …"); on a
        # report's page "The statement issued by … on 20 March 2003." notes a statement of the past
        own = _statement_page((header.get("title"), header.get("subtitle"), heading), language)
        stamp = stamp or from_release_note(opening, language, own)
        stamp = stamp or (from_release_note(after_lede, language, own) if after_lede else None)
        # under a lede of a sentence or two, a stamp in parentheses opening the next paragraph: "(Di venerdì 16
        # febbraio 2024) Roma, …" under the teaser the site printed first
        lede = after_lede and not is_text_paragraph(opening)
        stamp = stamp or (from_parenthesised(after_lede, language) if lede else None)
        stated = dateline or stamp or stated
    if stated is None and not opening:  # a page of a headline and a paragraph the loader took for the line under it
        stated = _dateline_under_headline(header, language)
    headlines = (line for line in (header.get("title"), header.get("subtitle"), heading) if line)
    dated = (s for s in (from_headline(line, language) for line in headlines) if s)
    # the page's title naming the act or communiqué it is, with the act's date (a related document's is not)
    # or the text's first paragraph that is that title alone, under a masthead read as the headline ("RESOLUÇÃO Nº
    # 1/15, DE 10 DE FEVEREIRO DE 2015." under "Município de …")
    acts = (_act_title(line, language) for line in (header.get("title"), opening) if line)
    dated = itertools.chain(dated, filter(None, acts))
    if stated and stated.yearless:  # "莫斯科8月5日電" under a headline stamped "05.08.2024": that date gives the year
        return next((s for s in dated if s.date and s.date.endswith(stated.yearless[1:])), stated)
    restamped = (_date_then_headline(line, header.get("title"), language) for line in (heading, opening) if line)
    restamped = itertools.chain(restamped, (_dated_statement(line, language) for line in (heading, opening) if line))
    found = stated or next(dated, None) or next((s for s in restamped if s), None)
    found = found or from_head_stamp(head, language)
    # the day's statements named by the page's title too, or by its first line read as a date line over none
    # ("Press Releases for Thursday, November 14, 2019")
    days = (header.get("title"), *header.get("above_title", []), heading, *head)
    found = found or next(filter(None, (from_day_of_statements(line, language) for line in days if line)), None)
    # a daily page's title naming its day ("Ephéméride du mercredi 15 mars 2023"): the title, the line under or above it
    titles = (header.get("title"), header.get("subtitle"), *header.get("above_title", []), heading)
    found = found or next(filter(None, (from_day_title(line, language) for line in titles if line)), None)
    shown = (header.get("title"), header.get("subtitle"), heading, opening, *head)
    record = [t for t in (header.get("title"), heading, *header.get("categories", []), *head) if t]
    if found and _meeting_record_field(found, record, language):
        return None
    return None if found and is_meeting_date(found, [text for text in shown if text], language) else found


def _names_weekday(line: str, language: str) -> bool:
    """A line that names a day of the week in the page's language (CLDR's names): "Sunday, 8 June 2025"."""
    return any(key(word.strip(",،;.:|-–—()")) in words(language).weekdays for word in line.split())


def _under_masthead(stated: Published | None, head: list[str], language: str) -> Published | None:
    """The page's stamp under its headline over the date a masthead prints: a header date line naming its weekday
    ("Sunday, 8 June 2025") that is later than a stamp with its hour on a short line of the page's head, under
    the headline ("Agency | Section | Saturday, 13 November 2021 - 16:53"), is the site's clock of the day the
    page was viewed, never earlier than its publication; the stamp below is the page's own."""
    if not (stated and stated.date and stated.basis == "header" and _names_weekday(stated.stated_as, language)):
        return stated
    below = from_head_stamp(head, language)
    return below if below and below.date and below.date < stated.date else stated


GLUED_WORD = re.compile(r"(?<=\d)([^\W\d_]+)(?=\d)")  # letters with figures either side, no space between


def is_glued_clock(line: str, language: str) -> bool:
    """A date line whose weekday's name is glued to figures on both sides ("01 Януари 2026четвъртък03:00 ч."): a
    widget's date, day and time, printed in spans of their own that the page's text ran together, the site's clock
    of the day the page was viewed; a stamp a site writes for its page keeps its words apart."""
    return any(key(m[1]) in words(language).weekdays for m in GLUED_WORD.finditer(line.translate(DIGITS)))


# a weekday, then a month's name before the day and the year: "giovedì, Gennaio 23, 2025", "Perşembe, Mayıs 16, 2024"
WEEKDAY_MONTH_DAY = re.compile(r"\s*([^\W\d_]+)\.?\s*[,،]?\s*(?:[-–—]\s*)?([^\W\d_]+)\.?\s+(\d{1,2}),?\s+\d{4}(?!\d)")


def is_foreign_order_clock(line: str, language: str) -> bool:
    """A date line above the headline that writes the language's own weekday and month in English order, the month
    before the day ("giovedì, Gennaio 23, 2025", "Perşembe, Mayıs 16, 2024"), in a language that writes its dates
    day first (its `date_order`, dateparser's): a theme's clock of the day the page was viewed, printed with a
    format string made for English ("l, F j, Y"), no stamp the site wrote for the page; so is one whose month reads
    alike in English ("Çərşənbə , May 29 2024": its weekday is the language's). A page's own stamp is written in the
    language's order, or in English words (weekday and month) where a blog keeps English settings."""
    order = words(language).date_order
    match = WEEKDAY_MONTH_DAY.match(line.translate(DIGITS))
    if not match or order.startswith("M"):
        return False
    weekday, month = key(match[1]), key(match[2])
    own, english = words(language), words("en")
    # in English words both, a blog kept English settings; the language's own weekday or month says it did not
    return weekday in own.weekdays and month in own.months and (month not in english.months or weekday not in english.weekdays)


MIN_RECORD_FIELDS = 2  # the date's field among others: a record's list of fields, not a lone labelled stamp
RECORD_FIELD = re.compile(r"\s*[^\W\d_]{2,20}\s*[:：]\s*")  # "Datum: ", "Date : ": a record's field and its label


def _meeting_record_field(published: Published, lines: list[str], language: str) -> bool:
    """The date is a field of a meeting's record, as a council's information system lists them ("Datum:
    09.03.2022" over "Gremium: Gemeinderat" and "Öffentliche Sitzung, 18:30 Uhr"): a field whose one-word label is
    no publication label, its line the date alone, among two fields more of the record ("Status: …", "Gremium: …")
    on a page whose head lines name a meeting in the language's words (`data/publication.yaml`'s `meeting` list).
    That date is the meeting's, not the page's publication."""
    line = published.stated_as or ""
    field = RECORD_FIELD.match(line)
    if not field or labels()[0].match(line) or not published.date:
        return False
    mentions = _found(line, language)
    if len(mentions) != 1 or line[mentions[0].end :].strip() or mentions[0].start != field.end():
        return False
    others = [text for text in lines if text != line]
    fields = sum(bool(RECORD_FIELD.match(text)) for text in others)
    return fields >= MIN_RECORD_FIELDS and (
        any(meeting_spans(text, language) for text in others) or _callout_fields(others, language) >= MIN_RECORD_FIELDS
    )


def _callout_fields(lines: list[str], language: str) -> int:
    """How many of the lines are fields of a fire brigade's call-out report, each a "Label:" line whose label is one
    of `data/publication.yaml`'s `callout_fields` ("Alarmzeit: 5:27 Uhr", "Einsatzort: Gerätehaus")."""
    names = {word.casefold() for word in language_words("callout_fields", language)}
    fields = (RECORD_FIELD.match(line) for line in lines)
    return sum(bool(f) and f[0].strip().rstrip(":：").strip().casefold() in names for f in fields)


MEETING_BEFORE = 60  # characters before a date where the meeting it dates is named: "Sitzung des Gemeinderates … vom"
MEETING_AFTER = 30  # characters after it: "14.07.2014 Tarihli Meclis Toplantısı"


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


def _same_day(mention: DateMention, day: str) -> bool:
    """The mention states the day `day` ("2022-11-16", or "--11-16" without its year)."""
    full = len(day) == 10 or (len(day) == 7 and day.startswith("--"))  # a year, or a month, states no day
    if not (full and mention.month and mention.day) or mention.relative:
        return False
    year, month, date = day.split("-")[-3:]
    return (mention.month, mention.day) == (int(month), int(date)) and (not year or mention.year in (None, int(year)))


def is_meeting_date(published: Published, texts: list[str], language: str) -> bool:
    """The date read as the page's is the one its line gives a meeting, its minutes or its agenda ("C.R. du
    29/06/2017", "Agenda December 9, 2019", "14.07.2014 Tarihli Meclis Toplantısı"), a timetable of the day's
    prayers ("22 KASIM 2024 CUMA NAMAZI SAATLERİ"), or the end of a meeting's
    heading the loader split off it ("Niederschrift über die Sitzung des Gemeinderates … Nr. 9/2022" over "vom
    16.11.2022"), or the day of an event the line says is cancelled or put off ("Absage Waldumgang 12.09.2020",
    `cancelled`): a page recording a meeting is dated by it, but that is not when it was published. A stamp of its
    own under such a heading ("Pressemitteilung vom 01.11.2000", a bare "27 Nov 2013") still dates the page."""
    day, line = published.date or published.yearless, published.stated_as or ""
    if not day:
        return False
    for m in _found(line, language):
        if not _same_day(m, day):
            continue
        before = line[max(0, m.start - MEETING_BEFORE) : m.start]
        before = before[max((e.end() for e in SENTENCE_END.finditer(before)), default=0) :]
        after = line[m.end : m.end + MEETING_AFTER]
        after = after[: next((e.start() + 3 for e in SENTENCE_END.finditer(after)), len(after))]
        if meeting_spans(before, language) or meeting_spans(after, language):
            return True
        if not labels()[0].match(line) and any(meeting_spans(near, language, "cancelled") for near in (before, after)):
            return True  # the day of an event called off: "Absage Waldumgang 12.09.2020"
        if _heads_its_day(line, m, language, "timetable", after=True):
            return True  # a prayer timetable's day: "22 KASIM 2024 CUMA NAMAZI SAATLERİ"
        if not labels()[0].match(line) and _names_concert(line[: m.start], language):
            return True
        if _heads_its_day(line, m, language, "programme"):
            return True  # a city's programme of the day's shows: "Афиша Казани 5 июня 2024"
        if CONNECTIVE_ALONE.fullmatch(line[: m.start]):  # "vom " and the date: the close of the heading above
            return any(_closes_with_meeting(text, line.strip(), language) for text in texts)
    return False


# the gap between a concert's name and its date: spaces, at most one word ("Koncert okolicznościowy", "Concert du")
CONCERT_GAP = re.compile(r"\s*(?:[^\W\d_]+\.?\s+)?")


def _names_concert(before: str, language: str) -> bool:
    """The text before a date ends on a concert's name (`data/publication.yaml`'s `concert` list) running straight
    into it: "Sinfoniekonzert 16.11.2025", "Konzert am 1.6.2025", not "Concert review, 5 March 2024"."""
    return any(CONCERT_GAP.fullmatch(before[end:]) for _, end in meeting_spans(before, language, "concert"))


# a clock time straight after a date, a comma or spaces between: "12.03.2024 10:15", "12 марта 2024, 10:15"
CLOCK_AFTER = re.compile(rf"[\s,]*{CLOCK}(?!\d)")


def _heads_its_day(line: str, m: DateMention, language: str, key: str, after: bool = False) -> bool:
    """The `key` list's name (`data/publication.yaml`: a prayer timetable, a city's programme of shows) heads the
    date on its line, running into it before it (or, `after`, after it too) with at most one word and spaces between,
    on a line with no publication label and no clock time after the date: "Prayer times 14 March 2024", "22 KASIM
    2024 CUMA NAMAZI SAATLERİ", "Афиша Казани 5 июня 2024". A stamp and its section ("Published: 14 March 2024 |
    Prayer times", "14 March 2024 — Prayer times", "Афиша 12.03.2024 10:15") is the page's date."""
    if labels()[0].match(line) or CLOCK_AFTER.match(line.translate(DIGITS), m.end):
        return False
    before, rest = line[: m.start], line[m.end :]
    if any(_gap_of(before[start:end], before[end:]) for start, end in meeting_spans(before, language, key)):
        return True
    return after and any(_gap_of(rest[start:end], rest[:start]) for start, end in meeting_spans(rest, language, key))


def _gap_of(name: str, gap: str) -> bool:
    """The gap between a name and its date is at most one word and spaces (`CONCERT_GAP`), a word written in the
    name's own script ("Афиша Казани", "NAMAZI … CUMA"): a word of another script is part of a title, a magazine's
    ("Афиша Daily 12 марта 2024")."""
    script = letter_script(name[0]) if name else ""
    return bool(CONCERT_GAP.fullmatch(gap)) and all(letter_script(c) == script for c in gap if c.isalpha())


def _closes_with_meeting(heading: str, fragment: str, language: str) -> bool:
    """A meeting is named in the last words of a heading (before the fragment, when the heading still ends with it)."""
    if heading.endswith(fragment):
        heading = heading[: -len(fragment)]
    return any(end >= len(heading.rstrip()) - MEETING_BEFORE for _, end in meeting_spans(heading, language))


CONNECTIVE_ALONE = re.compile(rf"\s*[^\W\d_]{{1,{MAX_PREPOSITION + 1}}}\s+")  # "vom ", "du ", "of ", "від "


def _place_alone(line: str | None) -> bool:
    """A city's name alone on a line of the header that the loader took for a byline or a section's label: the
    place of a dateline set on two lines, its day on the next ("New York" over "24 October 2019", as the UN heads
    its statements and messages), so a date in words alone above the headline is the day the text was given, no
    chronicle's heading. The city is one that names a time zone in CLDR."""
    return bool(line) and line.strip(" ,.").casefold() in zone_cities()


def _two_calendar_clock(lines: list[str], language: str) -> list[str]:
    """The date lines opening the page above its headline, the first or the first two, that give one day twice, in
    the Gregorian calendar and in another (Hijri): the masthead's clock of today, as Arab sites print it
    ("الأربعاء 7 مايو 2025 09:37 مـ 10 ذو القعدة 1446 هـ"); a page's own stamp in both stands under its headline.
    A line a publication label opens ("تاريخ النشر: 3 صفر 1444هـ -الموافق: 30 أغسطس 2022م") is the page's stamp."""
    lines = list(itertools.takewhile(lambda line: not _opens_with_publication_label(line), lines))
    for opening in (lines[:1], lines[:2]):
        mentions = [m for line in opening for m in _found(line, language) if _whole(m)]
        gregorian = [dt.date.fromisoformat(str(_whole(m))) for m in mentions if not m.calendar]
        other = [dt.date.fromisoformat(str(_whole(m))) for m in mentions if m.calendar]
        # a Hijri day runs from sunset to sunset, and its reckoning varies by a day between countries
        same_day = any(abs((g - o).days) <= 1 for g in gregorian for o in other)
        if same_day and all(_date_alone(line, language) for line in opening):
            return opening
    # a line giving a Gregorian date and a date of a calendar the parser does not read, or writes with dashes
    # ("সোমবার, ২৮ এপ্রিল ২০২৫ ।। ১৫ই বৈশাখ ১৪৩২ বঙ্গাব্দ", "الإثنين - ٠٨ ديسمبر, ٢٠٢٥ ١٦-جمادى الثانية-١٤٤٧"): the same clock
    return [line for line in lines[:1] if _date_alone(line, language) and _gregorian_and_other(line, language)]


def _opens_with_publication_label(line: str) -> bool:
    """A line opening with a label that says the page was published ("Published:", "تاريخ النشر:"), not with the
    bare noun "date" (`date_nouns`), which a site's clock may print too."""
    label = labels()[0].match(line.strip())
    words = label[0].strip(" :：").casefold().split() if label else []
    return bool(words) and " ".join(words) not in safeyaml.shipped(DATA)["date_nouns"]


def _gregorian_and_other(line: str, language: str) -> bool:
    """A line stating a whole Gregorian date and, beside it, a month and year of another calendar. The Gregorian
    date may be in English, as a site of another calendar prints it ("१६ फाल्गुन २०८१, शुक्रबार | Fri Feb 28 2025")."""
    readings = (language, "en") if language != "en" else (language,)
    gregorian = any(_whole(m) and not m.calendar for reading in readings for m in _found(line, reading))
    return gregorian and bool(other_calendar_dates().search(fold(ascii_digits(line))))


def from_head_stamp(lines: Iterable[str], language: str) -> Published | None:
    """A site's stamp on a short line of the page's head the loader read as a heading, under the headline or
    the lede ("Yayın Tarihi: 14.03.2025 20:10", "29 Ekim 2018 15:39:00", "by A. Writer, Lomé Mar 4, 2024"):
    labelled as the publication's, with its time, or a byline's, as no heading of an event is written."""
    published, _, time = labels()
    for line in lines:
        stamped = published.search(line) or time.search(line) or BYLINE_OPENING.match(line)
        stated = from_header([line], language) if stamped else None
        if stated and stated.date and stated.basis == "header":
            return stated
    return None


def _date_then_headline(line: str, title: str | None, language: str) -> Published | None:
    """A whole date, a dash, then the page's headline again, word for word ("Dec 19, 2011 – North Korea's Leader
    Is Dead" under that headline): the site's stamp over its article, not a date the text reports."""
    said = _letters_and_figures(title) if title else ""
    if not said or not _letters_and_figures(line).endswith(said):  # first, the cheap test: the headline again
        return None
    mention = next(iter(_header_dates(line, language)), None)
    date = _whole(mention) if mention and not line[: mention.start].strip() else None
    dash = STAMP_DASH.match(line, mention.end) if mention and date else None
    if not (dash and title and _letters_and_figures(line[dash.end() :]) == _letters_and_figures(title)):
        return None
    return Published(date, "header", stated_as=line[: mention.end].strip())


LISTING_MARK = re.compile(r"\s*[•·▪■►*]?\s*")  # a listing's bullet before its entry


def _dated_statement(line: str, language: str) -> Published | None:
    """A whole date, a dash, then the heading of a statement, briefing or press release (`statement_words`) opening
    the text, as a listing of releases prints its entry ("• 18 Feb 2020 - Statement by the Spokesperson on …", "3
    mai 2024 – Communiqué de presse …"): the date the body issued it. The heading opens on the statement's word;
    one that reports a day ("12 May 2020 – The day the statement came") names what happened then."""
    mark = LISTING_MARK.match(line)
    mention = next(iter(_header_dates(line[mark.end() :][:STAMP_REACH], language)), None)
    date = _whole(mention) if mention and mention.start == 0 else None
    dash = STAMP_DASH.match(line, mark.end() + mention.end) if mention and date else None
    names = statement_words(language) if dash else None
    if not (dash and names and names.match(line, dash.end())):
        return None
    return Published(date, "header", stated_as=line[mark.end() : mark.end() + mention.end].strip())


def _restated(line: str, below: list[str], language: str) -> bool:
    """A date line whose date the lede under it states again as the day of what it reports ("2011年5月1日" over
    "美國時間2011年5月1日，…"): the heading of an event (a chronicle's, "on this day"), not a site's stamp. The line
    holds the date alone, with no time, weekday or label, as a stamp would; or the date and words the lede repeats
    word for word, the name of what the page is about ("7 July 2005 London bombings" over "The 7 July 2005 London
    bombings were …"): a stamp is never part of a sentence."""
    mentions = _found(line, language)
    rest = line.replace(mentions[0].text, "") if len(mentions) == 1 else line
    if len(mentions) != 1 or _has_weekday(mentions[0], language) or ISO_DATE.fullmatch(mentions[0].text.translate(DIGITS)):
        return False  # a weekday, or ISO's figures ("2016-11-26"), as software stamps a page: no heading of an event
    if _month_first(mentions[0], language):
        return False  # "novembre 12, 2017" on a French page: a theme's format made for English, no heading of an event
    # a schedule under the date ("日時 令和3年6月28日 午前11時~11時50分"), the hours of what the page announces, is no
    # chronicle's sentence: the date over it is the notice's own
    lede = " ".join(_without(line, text)[:LEDE_REACH] for text in below if not is_time_span(text))
    clock = labels()[2].search(rest)
    if clock and not _hour_repeated(clock.group(), lede):
        return False  # the clock time it was posted at ("05 лютого 2024, 17:51"): a stamp, no heading
    if _only_year_words(rest, language):
        return _whole(mentions[0]) in {_whole(m) for m in _found(lede, language)} - {None}
    if WORD.search(rest) and not labels()[2].search(line):  # no stamp's time: a heading's words
        return _letters_and_figures(line) in _letters_and_figures(lede)  # "The 7 July 2005 London bombings were …"
    return False


MONTH_THEN_DAY = re.compile(r"([^\W\d_]+)\.?\s+\d{1,2},?\s+\d{4}(?!\d)")  # "novembre 12, 2017", "Nisan 19, 2024"


def _month_first(mention: DateMention, language: str) -> bool:
    """A date written month, day, year, as English writes it, in a language that writes the day first ("novembre
    12, 2017" on a French page, "يوليو 16, 2011" on an Arabic one): printed by software with a format string made
    for English ("F j, Y"), as a blog's theme or a forum stamps its posts; a writer puts the day first."""
    month = MONTH_THEN_DAY.search(mention.text.translate(DIGITS))
    return bool(month) and words(language).date_order.startswith("D") and key(month[1]) in month_words()


def _hour_repeated(clock: str, lede: str) -> bool:
    """The lede names the hour of the line over it ("12 June 2024, 19:00" over "… on 12 June 2024 at 19:00 …"): the
    hour an event starts at, which the page announces, not the hour it was posted at."""
    hour = re.search(r"(\d{1,2})\s*[:.h]\s*(\d{2})", clock.translate(DIGITS))
    if not hour:
        return False
    return bool(re.search(rf"(?<!\d)0?{int(hour[1])}\s*[:.h]\s*{hour[2]}(?!\d)", lede.translate(DIGITS)))


def _repeated_dateline(line: str, opening: str | None, language: str) -> bool:
    """An agency's dateline over the text that opens the text again, word for word ("ДУШАНБЕ, 07.10.2021 /Agency/."
    over "ДУШАНБЕ, 07.10.2021 /Agency/. Имрӯз …"): the page printed its dateline twice, no chronicle's heading, which
    a lede restates inside its sentence."""
    said = _letters_and_figures(line)
    return bool(opening and said and _letters_and_figures(opening).startswith(said) and from_dateline(line, language))


def _only_year_words(rest: str, language: str) -> bool:
    """Nothing but punctuation and the language's word for "year" ("15 апреля 2013 год", "2013 yılı")."""
    years = unit_words(language, "duration-year")
    return all(any(_is_unit_word(w.casefold(), y) for y in years) for w in re.findall(r"[^\W\d_]+\.?", rest))


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


def _day_heading(line: str) -> bool:
    """A date line a count of days opens, the heading of a diary's or chronicle's entry ("Day 3: 9 July 2014",
    "1'inci gün: 7 Temmuz 2014", "День 2 — 8 июля 2014", "第3天：2014年7月9日"): the day it reports, not the page's.
    Read before the language is known, with the day's words of every covered language."""
    head = DAY_HEADING_END.split(line.translate(DIGITS), maxsplit=1)
    if len(head) < 2 or not re.search(r"\d", head[0]) or len(head[0]) > MAX_DAY_HEADING:
        return False
    tokens = [t.casefold() for t in re.findall(r"[^\W\d_]+", head[0])]
    return any(_is_unit_word(token, day) for token in tokens for day in covered_unit_words("duration-day"))


def _is_unit_word(token: str, unit: str) -> bool:
    """The word for a unit (a day, a year), or it with an ending of up to two letters ("günü", "yılı"; not
    "diario" for "día"); a Chinese or Japanese character inside a run."""
    ending = len(unit) >= MIN_STEM and token.startswith(unit) and len(token) - len(unit) <= MAX_ENDING
    return token == unit or ending or (bool(NO_SPACES.match(unit)) and unit in token)


def _without(line: str, text: str) -> str:
    """A paragraph without the date line the scraper glued to it, one of its parts between separators ("… Kivu
    del... 27.01.2025", "14 January 2016 | Liberia - …"); a sentence stating the date keeps it."""
    return " ".join(part for part in header_parts(text) if part.strip() != line.strip())


MIN_RUN_ON = 3  # words after a cut paragraph's dateline, outside parentheses: the text's first words


def _runs_on(line: str, language: str) -> bool:
    """Words of the text after the line's first date, outside parentheses: a paragraph cut short, not a heading
    that closes with its date and a gloss ("من ذاكرة تاريخ الـ 12 من يناير (جانفي – كانون الثاني)")."""
    mention = next(iter(_found(line, language)), None)
    rest = re.sub(r"\([^()]*\)", " ", line[mention.end :]) if mention else ""
    return len(re.findall(r"[^\W\d_]{2,}", rest)) > MIN_RUN_ON


def _dateline_under_headline(header: dict[str, Any], language: str) -> Published | None:
    """A dateline the loader took for the headline or for the line under it ("Lomé, March 4"), or opening the
    paragraph it took for that line ("Lomé, 4 mars (Agence) – Le gouvernement …")."""
    title, subtitle = header.get("title"), header.get("subtitle")
    under = (from_dateline_alone(subtitle, language) or from_dateline(subtitle, language)) if subtitle else None
    return from_dateline_title(title, language) or under


def from_revision(line: str | None, language: str) -> Published | None:
    """The first whole date after a wiki's words dating its revision ("Dies ist eine alte Version dieser Seite,
    zuletzt bearbeitet am 24. Juni 2016 um 13:18 Uhr durch …"): the date its text was last edited."""
    label = revision_label().search(line) if line else None
    if label is None:
        return None
    dates = ((m, _whole(m)) for m in _header_dates(label.string[label.end() : label.end() + 80], language))
    mention, date = next(((m, d) for m, d in dates if d), (None, None))
    if mention is None:
        return None
    return Published(date, "updated-line", stated_as=label.string[label.start() : label.end() + mention.end])


def _bare(line: str, language: str) -> bool:
    """A date written out in words and nothing else, no weekday, time or label, or closing a heading's words
    with no comma before it: above the headline it heads what the page is about (an encyclopedia's chronicle:
    "12 juillet 2016" over the event; "Attentats à Lomé 12 juillet 2016"). A page's own date line carries more,
    or is a site's stamp in numbers, with the month abbreviated ("16 jul 2023") or with a zero before the day, as
    software writes it and people do not ("08 декабря 2024")."""
    mentions = _found(line, language)
    closing = len(mentions) == 1 and not line[mentions[0].end :].strip(" .,")
    alone = closing and _heading_words(line[: mentions[0].start].lstrip(" .,"))
    stamped = bool(PADDED_DAY.search(mentions[0].text.translate(DIGITS))) if alone else False
    if not alone or stamped or _has_weekday(mentions[0], language) or not _month_in_full(mentions[0], language):
        return False
    return _as_prose_writes(mentions[0], language)


def _whole_day(line: str, language: str) -> bool:
    """A line that states one whole day."""
    mentions = _found(line, language)
    return len(mentions) == 1 and _whole(mentions[0]) is not None


def _heading_words(before: str) -> bool:
    """Nothing, or words of a heading before its date: no comma setting off a place ("Lomé, 12 juillet 2016"),
    no label, time or weekday, and more than a section's name ("Europe 12 juillet 2016" is a site's stamp)."""
    published, updated, _ = labels()
    names = before.split()
    if len(names) == 1 or (before and not before[-1:].isspace()):  # a section's name: "Europe 16 mars 2014"
        return False
    if _place_then_this(before):  # "Ahmedabad en Inde ce 12 juin 2025": the day of writing
        return False
    return all(HEADING_WORD.fullmatch(w) and key(w) not in calendar_words() for w in names) and not (
        published.search(before) or updated.search(before)
    )


CLOSING_LITERAL = re.compile(r"\s*'[^']*'\.?$")  # "d MMMM y 'г'." closes with the word for year


def _as_prose_writes(mention: DateMention, language: str) -> bool:
    """A whole date written as CLDR's long format writes it ("12 juillet 2016"), as a chronicle's heading is; a
    site's template writes it otherwise ("14 outubro 2010" for "14 de outubro de 2010", "八月 20, 2014")."""
    if not (mention.year and mention.month and mention.day):
        return True
    day = dt.date(mention.year, mention.month, mention.day)
    written = _letters_and_figures(mention.text)
    return not _long_formats(language) or any(
        _letters_and_figures(format_date(day, pattern, locale=language)) == written for pattern in _long_formats(language)
    )


@cache
def _long_formats(language: str) -> frozenset[str]:
    """CLDR's long date formats of the language in each of its regions ("MMMM d, y" in the US, "d MMMM y" in
    Britain), less a word they close with, which prose leaves out or writes in full ("2024 г.", "2024 года")."""
    found = set()
    for code in locales(language):
        with suppress(ValueError, LookupError):
            found.add(CLOSING_LITERAL.sub("", Locale.parse(code).date_formats["long"].pattern))
    return frozenset(found)


def _letters_and_figures(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.translate(DIGITS)).casefold()


def _month_in_full(mention: DateMention, language: str) -> bool:
    return any(key(word) in words(language).full_months for word in re.findall(r"[^\W\d_]+", mention.text))


def from_headline(line: str, language: str) -> Published | None:
    """A date the scraper glued to the end of the headline or of the line under it: after a separator ("… •
    04/03/2024 à 10:00"; in Chinese a space: "某某 2024-03-04 10:05") or before one ("14.03.2013 | Headline"), a
    date and its time opening it ("17. Juni 2019, 18:13 Uhr Ägypten: …"), a weekday and date ("… Monday, 4 March
    2024 (2 hours ago)"), or a time and date ("… Live Lomé 7:15 4 March 2024")."""
    parts = header_parts(line)
    # the end of a period the headline names ("… în perioada 27.05.2024 – 25.06.2024") is no stamp glued to it
    between = line[line.rfind(parts[-2]) + len(parts[-2]) : line.rfind(parts[-1])] if len(parts) > 1 else ""
    span = bool(SPAN_DASH.fullmatch(between)) and _ends_with_date(parts[-2], language)
    date = _date_alone(parts[-1], language) if len(parts) > 1 and not span else None
    if date:
        return Published(date, "header", stated_as=parts[-1])
    # a Chinese line of fields that spaces part, as its prose writes none: a date alone between two fields is the
    # page's stamp ("某某被逮捕 2023年05月10日  作者", headline, date, author)
    fields = parts[1:-1] if CJK_RUN.search(line) and not CJK_SENTENCE_END.search(line) else []
    stamp = next((f for f in fields if _date_alone(f, language)), None)
    if stamp:
        return Published(_date_alone(stamp, language), "header", stated_as=stamp)
    opening = next(iter(_header_dates(parts[0], language)), None) if len(parts) > 1 else None
    date = _date_alone(parts[0], language) if opening and not parts[0][: opening.start].strip() else None
    if date:  # "14.03.2013 | Headline": the stamp first, nothing before it ("Signed on 04.03.2024 | …" is a credit)
        return Published(date, "header", stated_as=parts[0])
    first = next(iter(_found(line, language)), None)  # "17. Juni 2019, 18:13 Uhr Ägypten: …": a stamp and its time
    if first and not line[: first.start].strip() and _whole(first) and (stamp := _time_after(line, first)):
        return Published(_whole(first), "header", stated_as=line[: stamp.end()].strip())
    mention = next((m for m in _found(line, language) if _whole(m) and _has_weekday(m, language)), None)
    if mention and _ends_headline(line[: mention.start]) and STAMP_REST.fullmatch(line[mention.end :]):
        return Published(_whole(mention), "header", stated_as=line[mention.start :].strip())
    return from_closing_stamp(line, language) or _glued_stamp(line, language) or _closing_dateline(line, language)


MAX_ACT_TITLE = 12  # words of an act's or communiqué's title before its "of" and date: kind, number, issuer


def _act_title(line: str, language: str) -> Published | None:
    """An act's or communiqué's title that names its own date: it opens on the act's word (`act_title` of
    `data/publication.yaml`), its number and issuer follow, then the language's "of" and a whole date close it
    ("COMUNICADO DO CONSELHO DE MINISTROS DE 6 DE DEZEMBRO DE 2006", "RESOLUÇÃO Nº 1/15, DE 10 DE FEVEREIRO DE
    2015."). A headline reporting an act names it later ("Governo aprova decreto de 6 de dezembro de 2006")."""
    kinds = statement_words(language, "act_title")
    joins = {w.casefold() for w in language_words("act_title_of", language)}
    line = line.strip()
    kind = kinds.match(line) if kinds else None
    if not kind:  # first, the cheap test: the act's word opens the line, no date grammar to run over a paragraph
        return None
    mentions = _found(line, language)
    date = _whole(mentions[-1]) if mentions else None
    if not date or not _only_year_words(_without_act_number(line[mentions[-1].end :]), language):
        return None
    words = line[kind.end() : mentions[-1].start].split()
    if not words or words[-1].casefold() not in joins or len(words) > MAX_ACT_TITLE:
        return None
    return Published(date, "header", stated_as=line) if _number_and_issuer(words[:-1], language) else None


def _without_act_number(rest: str) -> str:
    """The words after an act's date less its number closing them, as Russian and Ukrainian titles write it after
    the date ("… от 16.03.2009 № 112-а", "… від 27 липня 2023 року № 837-42/8")."""
    numbers = "|".join(re.escape(n) for n in safeyaml.shipped(DATA)["act_title_number"])
    return re.sub(rf"(?:^|\s)(?:{numbers})\s*\S+$", "", rest.strip(" ."), flags=re.I)


def _number_and_issuer(words: list[str], language: str) -> bool:
    """The words between an act's word and its "of" are its number and its issuer only (`act_title_issuer`): a
    headline's verb or noun there ("prorroga", "sulle iscrizioni") makes the date the act's start or deadline."""
    numbers = {w.casefold() for w in safeyaml.shipped(DATA)["act_title_number"]}
    while words and (words[0].casefold().strip(",") in numbers or any(c.isdigit() for c in words[0])):
        words = words[1:]
    if not words:
        return True
    issuers = {w.casefold() for w in language_words("act_title_issuer", language)}
    if not issuers:  # the issuer's name at once, in the genitive: "Рішення Київради від …"
        return words[0][:1].isupper()
    glued = re.match(r"([^\W\d_]+['’])(.+)", words[0])  # "dell'Interno"
    first, rest = (glued[1].replace("’", "'"), glued[2]) if glued else (words[0], "")
    if first.casefold() not in issuers:
        return False
    name = [rest] if rest else [w for w in words[1:] if not (w.islower() and len(w) <= 3)][:1]  # "de la Secretaría"
    return bool(name) and name[0][:1].isupper()


SPAN_DASH = re.compile(r"\s*[-–—]\s*")  # the dash between a period's start and its end, and nothing else


def _ends_with_date(part: str, language: str) -> bool:
    """A part of a line that closes on a whole date: the start of a period when a dash and its end follow."""
    mentions = _found(part, language)
    return bool(mentions) and _whole(mentions[-1]) is not None and not part[mentions[-1].end :].strip()


def _closing_dateline(line: str, language: str) -> Published | None:
    """A statement's dateline closing its heading: the place and day it was given, each set off by a comma
    ("Briefing by the Foreign Ministry Spokesperson …, Moscow, October 12, 2017", "Брифинг официального
    представителя …, Москва, 3 ноября 2016 года"), as ministries and UN bodies head their briefings and
    statements. The place is a city that names a time zone in CLDR, the date a whole one with nothing after it but
    the language's word for "year": a headline reporting a day names no city between commas before it. Or a
    release's title that opens on the statement's word and closes on its day and the hour it was issued at, the
    issuer's name before them ("Medienmitteilung der Frauenstreik-Koordination Bern, 14 Juni 2019, 12.30 Uhr")."""
    mentions = _found(line, language)
    last = mentions[-1] if mentions else None
    date = _whole(last) if last else None
    if not last or not date:
        return None
    # the hour it was issued at after the day ("Medienmitteilung der … Bern, 14 Juni 2019, 12.30 Uhr"), as a
    # release's own title stamps it; a headline reporting a day gives no clock time after it
    timed = bool(issued_hour().fullmatch(line, last.end))
    at_hour = bool(_issued_at_hour(language) and _issued_at_hour(language).fullmatch(line, last.end))  # type: ignore[union-attr]
    if not (timed or at_hour) and not _only_year_words(line[last.end :].strip(" ."), language):
        return None
    before = line[: last.start].rstrip()
    head, comma, place = before[:-1].rpartition(",") if before.endswith(",") else ("", "", "")
    if not (names := statement_words(language)):
        return None
    released = statement_words(language, "release_heading")  # a written release's word, no speech's or invitation's
    # or its "of" before the day and its "at" before the hour: "Information des … an die Bevölkerung vom 22.
    # Januar 2018 um 11:00", as a notice stamps its own title (`release_day_of`, `release_hour_at`)
    day_of = before.rsplit(None, 1)[-1].casefold() in language_words("release_day_of", language) if before else False
    # the issuer's article straight after the release's word, and no colon or dash opening another title before the
    # day ("Information des Elternrats: Elternabend vom 12. März 2019 um 19:30" dates the evening)
    day_of = day_of and _issuer_follows(line, released, language) and not re.search(r"[:|–—]", before)
    if (
        released
        and released.match(line)
        and ((timed and before.endswith(",") and not _topic_named(line, released, language)) or (at_hour and day_of))
        and len(before.split()) <= 12
    ):
        # a release's title opening on the statement's word, closing on its day and hour: whoever issued it (a
        # body's name, its town within it) stands before the day, a city of a time zone or not
        return Published(date, "header", stated_as=line[last.start :].strip())
    if released and comma and released.match(line) and _speaker(place) and len(before.split()) <= MAX_RELEASE_TITLE:
        # a release's title that names who gave it between commas, then its day ("Dichiarazione del Direttore della
        # Sala Stampa, Matteo Bruni, 31.03.2020"): the name's capitals stand where a dateline's city does
        return Published(date, "header", stated_as=line[last.start :].strip())
    if not comma or not head.strip() or place.strip().casefold() not in zone_cities():
        return None
    if not names.search(head):  # a headline reporting a day
        return None
    return Published(date, "header", stated_as=line[len(head) + 1 :].strip())


MAX_RELEASE_TITLE = 20  # words of a release's title before the day its speaker's name precedes
# a speaker's name between a release title's commas: two to four words, each opening on a capital (no figure)
SPEAKER = re.compile(r"\s*(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]*[.'’-]?\s+){1,3}[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+\s*")


def _speaker(segment: str) -> bool:
    """Whether a title's segment between commas is a person's name as a release credits its speaker ("Matteo
    Bruni"): capitalised words alone, as no clause of a headline is, the first a known given name: a place's
    capitals ("Piazza Fontana", "Via Roma") name no speaker."""
    from .knowledge import given_names  # the names' list loads once, when a title has such a segment

    first = segment.split()[0] if SPEAKER.fullmatch(segment) else ""
    return bool(first) and anyascii(first.rstrip(".'’-")).lower() in given_names()


def _issuer_follows(line: str, released: re.Pattern[str] | None, language: str) -> bool:
    """The release's word is followed by its issuer's article (`act_title_issuer`: "Information des …", "Mitteilung
    der …") and names nothing it is about (`release_topic_words`: "Information zum Unfall vom 22. Januar um 11:00",
    "Mitteilung der Polizei über den Unfall vom …": the accident's day and hour)."""
    opening = released.match(line) if released else None
    after = line[opening.end() :].split() if opening else []
    issuers = {w.casefold() for w in language_words("act_title_issuer", language)}
    return bool(after) and after[0].casefold() in issuers and not _topic_named(line, released, language)


def _topic_named(line: str, released: re.Pattern[str] | None, language: str) -> bool:
    """After the release's word, a word naming what the title is about (`release_topic_words`: "Information zum Tag
    der offenen Tür, Bern, 14. Juni 2019, 10.00 Uhr"): the day and hour are the topic's, an event's, not the
    release's."""
    opening = released.match(line) if released else None
    topics = {w.casefold() for w in language_words("release_topic_words", language)}
    return bool(opening) and any(w.casefold() in topics for w in line[opening.end() :].split())  # type: ignore[union-attr]


@cache
def _issued_at_hour(language: str) -> re.Pattern[str] | None:
    """After a release's day, the language's word for "at" and the clock time it was issued at, and nothing else
    ("… vom 22. Januar 2018 um 11:00", "um 11.00 Uhr"): `release_hour_at` and `time_span_hour_words`."""
    at = language_words("release_hour_at", language)
    if not at:
        return None
    hours = "|".join(map(re.escape, safeyaml.shipped(DATA)["time_span_hour_words"]))
    words = "|".join(map(re.escape, at))
    return re.compile(rf"\s+(?:{words})\s+\d{{1,2}}[:.h]\d{{2}}(?!\d)(?:\s*(?:{hours}))?[\s.]*", re.I)


@cache
def issued_hour() -> re.Pattern[str]:
    """After a release's day, a comma and the clock time it was issued at, with the hours' word or not ("…, 14 Juni
    2019, 12.30 Uhr", "…, 3 mayo 2024, 10:00 horas"), and nothing else: the words of `data/publication.yaml`'s
    `time_span_hour_words`."""
    hours = "|".join(map(re.escape, safeyaml.shipped(DATA)["time_span_hour_words"]))
    return re.compile(rf"\s*,\s*\d{{1,2}}[:.h]\d{{2}}(?!\d)(?:\s*(?:{hours}))?[\s.]*", re.I)


@cache
def statement_words(language: str, key: str = "statement_heading") -> re.Pattern[str] | None:
    """The words of `data/publication.yaml`'s `statement_heading` list for the language that name a statement,
    briefing, press release or message (or of another list, `key`: `release_heading`): whole words in any case, a
    stem (marked "-") with any ending."""
    words = language_words(key, language)
    forms = [re.escape(w[:-1]) + r"[^\W\d_]*" if w.endswith("-") else re.escape(w) for w in words]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(forms)})(?![^\W\d_])", re.I) if forms else None


def _glued_stamp(line: str, language: str) -> Published | None:
    """A whole date closing the headline, glued to its last word by a month's or weekday's name or by the day's
    figures, as a scraper joins two elements of the page ("… for presidentJuly 22, 2024 00:18", "… firmato a
    Lomé4 marzo 2024 10:05"): a lower-case letter then a capital or a figure is no word's spelling ("MH17 July
    2014" is a name's), and a date the headline reports is set apart by a space."""
    for glued in GLUED_START.finditer(line):
        name = glued[0] if glued[0][:1].isalpha() else ""
        if name and key(name) not in words(language).months and key(name) not in words(language).weekdays:
            continue
        tail = line[glued.start() :]
        mention = next(iter(_header_dates(tail, language)), None)
        date = _whole(mention) if mention and mention.start == 0 else None
        if mention and date and CLOSING_REST.fullmatch(tail[mention.end :]):
            return Published(date, "header", stated_as=tail.strip())
    return None


def from_header(lines: list[str], language: str, under_title: bool = False) -> Published | None:
    """The date the header's date lines state: a published line first, then an unlabelled one, then an
    updated one. A line with both ("Published 3 May 2024 | Updated 5 May 2024") gives the published part.
    Of unlabelled lines that disagree the earliest is taken: the others are the site's clock ("today" above
    the masthead) or a later revision, never earlier than the publication; but of lines written alike, a
    listing's stamps, the first (`_written_alike`; `under_title`: the first stands under the headline)."""
    found: dict[str, list[tuple[str, str]]] = {}
    for line in _joined(lines):
        for kind, date in _dates_of(line, language):
            found.setdefault(kind, []).append((date, line))
    for kind, basis in (("published", "header"), ("unlabelled", "header"), ("updated", "updated-line")):
        if kind in found:
            # of unlabelled lines, the earliest whole date; a day without its year only when no line states one;
            # the first where every line is written alike, a listing's stamps or day headers, newest first
            pairs = found[kind]
            alike = kind == "unlabelled" and len({line for _, line in pairs}) > 1 and _written_alike(pairs, language, under_title)
            date, line = min(pairs, key=lambda f: (f[0].startswith("--"), f)) if kind == "unlabelled" and not alike else pairs[0]
            if date.startswith("--"):  # "Posted 9 сентября" over "9 сентября 2023, 19:54": that line gives the year
                date, line = _with_year(date, line, found)
            if date.startswith("--"):  # "Updated at 09:59 on 11/11": the day it states, its year unknown
                return Published(None, basis, stated_as=line, yearless=date)
            return Published(date, basis, stated_as=line)
    return None


def _written_alike(pairs: list[tuple[str, str]], language: str, under_title: bool = False) -> bool:
    """Three header date lines or more with one layout, their figures and words aside ("Čtvrtek, 12. června 2025,
    09:15" over "Úterý, 10. června 2025, 17:02" and "Pátek, 6. června 2025, 08:40"): the stamps of a listing's
    items or a blog's day headers, newest first, not a site's clock over a page's stamp, which a theme writes in a
    layout of its own. Two are enough when the first stands under the headline (`under_title`), where no
    masthead's clock stands: the first item's title and stamp, then the next item's ("Headline" / "Sunday, 8 June
    2025" / "Next headline" / "Wednesday, 4 June 2025")."""
    # a word's vowel signs are marks, no letters of \w: dropped, so that "आइतबार" is one word as "बुधबार" is
    unmarked = ("".join(c for c in line if not unicodedata.category(c).startswith("M")) for _, line in pairs)
    shapes = {" ".join(re.sub(r"[^\W\d_]+", "W", re.sub(r"\d+", "0", line.translate(DIGITS))).split()) for line in unmarked}
    # each naming its weekday, as day headers and item stamps do: without it ("24.04.2024 2:49" over "07.04.2008 12:11",
    # "30 июля 2025 / 18:30" over "19 сентября 2023 / 14:30") a site's clock shares the layout of its stamps
    named = all(_names_weekday(line, language) for _, line in pairs)
    # three at least: two alike may be a site's clock naming its weekday over the article's stamp in the same layout
    listing = len({line for _, line in pairs}) >= (2 if under_title else 3)
    return listing and len(shapes) == 1 and named and all(d[:1].isdigit() for d, _ in pairs)


def _with_year(yearless: str, line: str, found: dict[str, list[tuple[str, str]]]) -> tuple[str, str]:
    """A whole date of any header line on the day a year-less one states, and its line; else the year-less one."""
    whole = (pair for pairs in found.values() for pair in pairs if pair[0].endswith(yearless[1:]) and pair[0][:1].isdigit())
    return next(whole, (yearless, line))


# after a label's word, words then a colon before any figure: the label's phrase names what the date is of ("Date of
# entry into force:", "تاريخ بدء العمل:"), not the page's publication ("Date:", "Published on:" end at their colon)
OTHER_THING = re.compile(r"(?<![:：])(?<=\s)\s*[^\W\d_][^\d:：|]{0,40}(?<=[^\W\d_])[.)]?\s*[:：]")


def _names_another_thing(line: str, start: int, end: int) -> bool:
    """A label that is the noun "date" with words then a colon after it: the date of what those words name."""
    label = line[start:end].strip(" :：").casefold().split()  # "Date of", with its preposition
    return bool(label) and label[0] in safeyaml.shipped(DATA)["date_nouns"] and bool(OTHER_THING.match(line, end))


def _dates_of(line: str, language: str) -> list[tuple[str, str]]:
    """(kind, date) of each part of a header line: after a published or updated label, or the whole line. A
    site's clock states none."""
    published, updated, _ = labels()
    if is_clock(line) or QUOTED_POST.search(line) or is_time_span(line) or is_founding_date(line):
        return []
    line = unglued(line)
    parts = [(m.start(), m.end(), "published") for m in published.finditer(line)]
    parts += [(m.start(), m.end(), "updated") for m in updated.finditer(line)]
    parts.sort()
    if not parts:
        if _opens_sentence(line, language):
            return []
        date = _forum_post_stamp(line) or _date_alone(line, language)
        date = date or _stamp_without_year(line, language) or _credit_date(line, language)
        if not date and TABLE_ROW.search(line) and not is_table_row(line):
            # a row of stamps ("31.08.2022 | Stand 01.09.2022, 15:42 Uhr |"): each cell's, the earliest taken
            dates = (_date_alone(cell, language) for cell in line.split("|"))
            return [("unlabelled", d) for d in dates if d]
        return [("unlabelled", date)] if date else []
    # before the first label, the line's own date: "15:38 30.07.2023 (Updated: 13:27 01.08.2023)"
    first = _date_alone(line[: parts[0][0]], language) if parts[0][0] else None
    found = [("unlabelled", first)] if first else []
    for i, (begin, end, kind) in enumerate(parts):
        stop = parts[i + 1][0] if i + 1 < len(parts) else len(line)
        if _names_another_thing(line, begin, end):  # "تاريخ بدء العمل: 01/01/1963", "Date of the meeting: …": another date
            continue
        # a headline reads on past a published label inside it ("Décret publié le 7 avril 2020 au Journal officiel :
        # …"), to the next updated label only
        reads_to = next((b for b, _, k in parts[i + 1 :] if k == "updated"), len(line))
        if kind == "published" and _headline_reports(line, begin, line[end:reads_to], language):
            continue
        date = _date_alone(line[end:stop], language, labelled=True) or _day_and_month(line[end:stop], language)
        if date:
            found.append((kind, date))
    return found


# a post's stamp as vBulletin forums print it by default, after the alt text of the post's icon ("Old", "New"):
# month first, dashed, with a 12-hour clock ("Old 03-14-2008, 11:30 AM"), where a dashed date is otherwise day first
FORUM_POST_STAMP = re.compile(r"^\s*(?:Old|New)\s+([01]\d)-([0-3]\d)-((?:19|20)\d\d),\s+[01]?\d:\d\d\s*[AP]M\b")


def _forum_post_stamp(line: str) -> str | None:
    """The day of a forum post's stamp (`FORUM_POST_STAMP`), read month first."""
    stamp = FORUM_POST_STAMP.match(line)
    if not stamp:
        return None
    month, day, year = int(stamp[1]), int(stamp[2]), int(stamp[3])
    valid = 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]
    return f"{year:04d}-{month:02d}-{day:02d}" if valid else None


@cache
def _sentence_date_opener() -> re.Pattern[str]:
    return re.compile(rf"(?:{_listed('sentence_date_openers')})\s+", re.I)


def _opens_sentence(line: str, language: str) -> bool:
    """A line that opens a sentence with the date of what it reports (`sentence_date_openers`): the opening word
    right before the date, then a comma and a word ("On December 25, 2024, Azerbaijan"), where a stamp after a
    preposition ends with its date or its time ("Le 25/12/2024 à 10:30")."""
    opener = _sentence_date_opener().match(line.lstrip())
    if not opener:
        return False
    rest = line.lstrip()[opener.end() :]
    mention = next(iter(_found(rest, language)), None)
    return bool(mention and mention.start == 0 and re.match(r",\s*[^\W\d_]{2,}", rest[mention.end :]))


HEADLINE_AFTER_DATE = 4  # words after a label's date, at least, that make its line a headline when words open it


def _headline_reports(line: str, begin: int, after: str, language: str) -> bool:
    """A headline reporting an act's publication ("Circolare pubblicata il 3 marzo 2021: cosa cambia per le
    famiglie", "Décret publié le 3 mars 2021 au Journal officiel : ce qui change"): words open the line before the
    label, and the date is followed by `HEADLINE_AFTER_DATE` words or more, where a stamp ends with its date, its
    time, at most a section ("Nota pubblicata il 4 marzo 2024", "Anna Rossi pubblicato il 4 marzo 2024 in Cronaca")."""
    if not re.search(r"[^\W\d_]", line[:begin]):
        return False
    mentions = _found(after, language)
    rest = labels()[2].sub(" ", after[mentions[0].end :]) if mentions else ""
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= HEADLINE_AFTER_DATE


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
    spaced = _longest_first(w for w in listed if not UNSPACED_WORD.fullmatch(w))
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


def is_clock(line: str) -> bool:
    """A line that a time zone's name opens, its time and date after it ("China Time 15:22 4 March 2024
    Monday", "中国时间 15:22 2024年3月4日"): a site's world clock, the time the page was viewed. A page's stamp
    names its zone after the time, if at all ("09:40 Moscow Time")."""
    head = CLOCK_TIME.split(line.translate(DIGITS), maxsplit=1)
    if len(head) > 1 and head[0].strip(" :：,-–—|").casefold() in zone_names():
        return True
    city = CITY_TIME.search(line.translate(DIGITS))  # "جمعه ۳۱ فروردین ۱۴۰۳ تهران ۱۱:۳۱": the time in Tehran
    names = city[1].casefold().split() if city else []
    return any(" ".join(names[-n:]) in zone_cities() for n in (1, 2, 3))


@cache
def _founding_words() -> re.Pattern[str]:
    return re.compile(rf"[\d日일年년]\s*(?:{_listed('founding_words')})\s*[.。]?$")


def is_founding_date(line: str) -> bool:
    """A date line that ends with a word for a site's or a paper's founding right after its date ("1997年5月6日開設",
    "2001年創刊"): when the site or the periodical began, printed in its masthead, not when the page went up."""
    return bool(_founding_words().search(line.translate(DIGITS).strip()))


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


@cache
def zone_names() -> frozenset[str]:
    """CLDR's long names of the time zones ("China Time", "中国时间", "heure de Moscou", "توقيت موسكو") in the
    covered languages, folded; not those that are a city's name ("Москва"), which opens a dateline."""
    names, cities = set(), set()
    for language in known_languages() | {"en"}:
        locale = Locale.parse(language)
        for zone in locale.meta_zones.values():
            names |= {name.casefold() for name in zone.get("long", {}).values()}
        cities |= {zone["city"].casefold() for zone in locale.time_zones.values() if "city" in zone}
    return frozenset(names - cities)


def _credit_date(line: str, language: str) -> str | None:
    """The whole date closing a line that credits where the text comes from ("Source: Fisheries deal signed –
    The Lomé Weekly March 4, 2024"): the day its source published it. Words between are its title and name."""
    if not source_label().match(line.strip()):
        return None
    last = next(reversed(_header_dates(line, language)), None)
    return _whole(last) if last and not line[last.end :].strip(" .)") else None


def _joined(lines: list[str]) -> list[str]:
    """A label alone on its line ("Published") belongs to the date on the next."""
    published, updated, _ = labels()
    out: list[str] = []
    for line in lines:
        if out and any(label.fullmatch(out[-1].strip()) for label in (published, updated)):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def from_dateline(paragraph: str, language: str) -> Published | None:
    """An agency dateline that opens the text: a place, a whole date, then the agency or a dash. With no place
    the agency must be named: "July 17, 2023 - Russia has halted …" is the date of what the text reports."""
    head = full_years(paragraph[:80])  # agencies stamp two-digit years: "ROMA 20/6/13."
    mention = next(iter(map(_day_first, _found(head, language))), None)  # only the first date can be a dateline
    if mention is None and NAMED_AGENCY.search(head):  # "BILBO 25 Abr. (EUROPA PRESS) -" on a page in Basque
        return next(filter(None, (_agency_dateline(paragraph, head, other) for other in _site_languages(language)[1:])), None)
    return _agency_dateline(paragraph, head, language, mention)


def _agency_dateline(paragraph: str, head: str, language: str, mention: DateMention | None = None) -> Published | None:
    """The dateline of `from_dateline`, its date read in the language."""
    mention = mention or next(iter(map(_day_first, _found(head, language))), None)
    if mention is None or not _shaped_after_source(head[: mention.start], head[mention.end :], mention, language):
        return None
    if _date_in_parentheses(head[mention.end :], language):  # "۱۵ جنوری (۲۵ جدی)": the same day in another calendar
        return None
    return _dateline_date(mention, paragraph[: _unexpanded(paragraph, mention.end) + 12].strip())


# a site's name of a few words, then a dash before its dateline's place: "بوابة أوكرانيا -كييف- 22 نوفمبر 2021- …"
SOURCE_DASH = re.compile(r"^[^\W\d_][^\d\n—–-]{1,40}?\s[—–-]\s?(?=[^\W\d_])")
MAX_SOURCE_WORDS = 3
BRACKETED_SOURCE = re.compile(r"^\([^()\n]{2,40}\)\s*")  # a source credited in brackets before the dateline's place


def _after_bracketed_source(text: str) -> int | None:
    """Where a place in capitals starts after a source credited in brackets ("(MENAFN- Trend News Agency) BAKU, …")."""
    source = BRACKETED_SOURCE.match(text)
    return source.end() if source and CAPITALS_PLACE.match(text[source.end() :]) else None


def _shaped_after_source(place: str, after: str, mention: DateMention, language: str) -> bool:
    """A dateline's shape (`_dateline_shape`), or that shape after the site's name a dash sets off before the place,
    or after a source credited in brackets before a place in capitals ("(MENAFN- Trend News Agency) BAKU, …")."""
    if _dateline_shape(place, after, mention, language):
        return True
    credited = _after_bracketed_source(place)
    if credited is not None:
        return _dateline_shape(place[credited:], after, mention, language)
    source = SOURCE_DASH.match(place)
    if not source or len(source[0].split()) > MAX_SOURCE_WORDS + 1:  # its words and the dash
        return False
    return _dateline_shape(place[source.end() :], after, mention, language)


# a figure and a month's name, then the agency named in parentheses and a dash: an agency's dateline, which it may
# write in the language of the country it publishes from, not the page's (`_site_languages`)
NAMED_AGENCY = re.compile(r"\d[^()\d]{0,15}\([^)]{2,40}\)\s*[—–-]")  # "25 Abr. (EUROPA PRESS) -"


def from_spaced_cable(paragraph: str, language: str) -> Published | None:
    """A Chinese agency's dateline (`_cable`) after a space inside the text's first paragraph: Chinese prose writes
    no spaces, so the scraper glued a field before it, a photo's caption and credit ("1月12日,在太子港,人们站在
    倒塌的建筑物旁。某社/某社 某某网某城1月12日电 …")."""
    head = paragraph[:300]
    if not CJK_RUN.search(head):
        return None
    for mention in _found(head, language):
        place = head[: mention.start].rsplit(maxsplit=1)
        if len(place) == 2 and head[: mention.start][-1:] != " " and _cable(place[1], head[mention.end :]):
            return _dateline_date(mention, head[mention.start - len(place[1]) : mention.end + 1])
    return None


def _dateline_date(mention: DateMention, stated_as: str) -> Published | None:
    """A dateline's whole date, or its day and month kept year-less."""
    date = _whole(mention)
    if date:
        return Published(date, "dateline", stated_as=stated_as)
    if mention.month and mention.day and not mention.year and not mention.relative and not mention.last:
        return Published(None, "dateline", stated_as=stated_as, yearless=f"--{mention.month:02d}-{mention.day:02d}")
    return None


def from_field(paragraph: str, language: str) -> Published | None:
    """A published field of a header the scraper ran into the text's first paragraph, its label capitalised and
    closed by a colon, the date right after it or after a place ("… Source: Agency - Published: Lomé, 04.03.24:
    - The government …"): a sentence's "published on 4 March" has no colon."""
    head = paragraph[:400]
    fields = (m for m in labels()[0].finditer(head) if m[0][:1].isupper() and m[0].rstrip()[-1:] in ":：")
    for label in fields:
        field = head[label.end() : label.end() + FIELD_REACH]
        expanded = full_years(field)  # "04.03.24" as "04.03.2024"
        mention = next(iter(_header_dates(expanded, language)), None)
        place = expanded[: mention.start] if mention else ""
        if mention and _whole(mention) and (not place.strip() or _is_place(place.lstrip())):
            end = label.end() + _unexpanded(field, mention.end)
            return Published(_whole(mention), "header", stated_as=head[label.start() : end].strip())
    return None


def from_closing_label(paragraph: str, language: str) -> Published | None:
    """A whole date that a published label and a colon close, in a language that puts the verb last: a note
    opening the text, or the scraper ran it into the text's first lines ("Dieser Artikel wurde am 04.03.2024
    veröffentlicht: Die Regierung …", "4 Mart 2024 tarihinde yayınlandı:"). A sentence reporting that something
    was published ends with a full stop, not a colon."""
    head = paragraph[:400]
    for label in labels()[0].finditer(head):
        if not label[0].rstrip().endswith((":", "：")):
            continue
        before = head[max(0, label.start() - FIELD_REACH) : label.start()]
        mention = next(reversed([m for m in _header_dates(before, language) if _whole(m)]), None)
        if mention and CONNECTIVE.fullmatch(before[mention.end :]):
            return Published(_whole(mention), "header", stated_as=(before[mention.start :] + label[0]).strip())
    return None


# after a published label, a date in figures as software writes it and its time: "입력 2023-09-18 19:16"
INLINE_STAMP = re.compile(
    r"\s*[:：]?\s*(?P<date>(?:19|20)\d\d([./-])[01]?\d\2[0-3]?\d|[0-3]?\d([./-])[01]?\d\3(?:19|20)\d\d)"
    r"[ ,]+\d{1,2}:\d{2}(?![\d:.])"
)


def from_inline_stamp(paragraph: str, language: str) -> Published | None:
    """A published label, then a date in figures and its time, inside the line of a page's head the loader took
    for its text ("[포토] … 촉구 입력 2023-09-18 19:16 수정 2023-09-18 19:16 지면 …"): a site's stamp, as no
    sentence writes one; the first such label within the paragraph's opening. A source's label and name stand for
    the published label ("香港大埔火灾… 来源:央视新闻 2025-11-28 08:59 据…": the title, source and stamp run into the text)."""
    published, _, _ = labels()
    text = ascii_digits(paragraph[: 2 * STAMP_REACH])
    found = sorted([*published.finditer(text), *source_label().finditer(text)], key=lambda m: m.start())
    for label in found:
        stamp = INLINE_STAMP.match(text, label.end())
        date = _date_alone(stamp["date"], language, labelled=True) if stamp else None
        if date:
            return Published(date, "header", stated_as=paragraph[label.start() : stamp.end()].strip())
    return None


def from_labelled_opening(paragraph: str, language: str) -> Published | None:
    """A published or updated stamp the scraper ran into the text: its label in capitals or capitalised opening
    the paragraph, the date (with no year too) and its time, then a dash and a sentence ("AGGIORNAMENTO DEL 4/3
    ORE 10:05 - Il governo …", "Update 4 March, 10:05 — The government …")."""
    published, updated, _ = labels()
    label = published.match(paragraph)
    basis = "header" if label else "updated-line"
    label = label or updated.match(paragraph)
    dash = STAMP_DASH.search(paragraph, label.end(), label.end() + FIELD_REACH) if label and label[0][:1].isupper() else None
    if not (label and dash and _sentence_starts(paragraph[dash.end() - 1 :])):
        return None
    stamp = paragraph[label.end() : dash.start()]
    date = _date_alone(stamp, language, labelled=True) or _day_and_month(stamp, language)
    if not date:
        return None
    stated_as = paragraph[: dash.start()].strip()
    if date.startswith("--"):
        return Published(None, basis, stated_as=stated_as, yearless=date)
    return Published(date, basis, stated_as=stated_as)


def from_dateline_title(title: str | None, language: str) -> Published | None:
    """A dateline the loader took for the headline, the line holding nothing else: a place, the date, the agency
    ("Москва. 4 марта. INTERFAX.RU", "LOMÉ, March 4 (Agency)"), or opening the lede it took for the headline,
    longer than any headline (a script that ends no sentence with a full stop: "โลเม 4 มี.ค. - รัฐบาล…"), or after
    the agency's name and a dash ("(ANSA) - MOSCA, 09 MAR - Secondo …", a wire hard-wrapped into short lines). A
    headline goes on after its date ("Lomé, 4 March – a year on")."""
    if not title:
        return None
    mention = next(iter(_found(title, language)), None)
    rest = title[mention.end :] if mention else ""
    if mention and _weekday_date_alone(title, mention):
        return _dateline_date(mention, title.strip())
    if mention and _arabic_agency_line().match(rest.rstrip() + "\n"):  # "… ۱۶مه، باختر": the agency after "،" ends it
        return from_dateline(title.rstrip() + "\n", language)
    # an agency's name opening the line, then a dash ("(ANSA) - MOSCA, 09 MAR - …"), or credited in brackets between
    # a place's date and a dash ("Ginevra, 27 gen. (Apcom) – L'epidemia …", a lede hard-wrapped), or in brackets before
    # a place in capitals: a wire's dateline, no headline ("Élections du 4 mars (second tour) – …" names no place)
    place = title[: mention.start] if mention else ""
    credited = AGENCY_DASH.match(rest) and place.rstrip().endswith((",", "،")) and _is_place(place)
    agency_first = AGENCY_DASH.match(title) or credited or _after_bracketed_source(title) is not None
    wire = AGENCY_ONLY.fullmatch(rest) or len(rest) > MAX_HEADLINE or agency_first
    return from_dateline(title, language) if mention and wire else None


def _weekday_date_alone(title: str, mention: DateMention) -> bool:
    """A line the loader took for the headline that is a whole date with its weekday and nothing else, as a blog
    writes its post's day above the title ("dilluns, 9 de maig del 2022", "LUNIS AI 28 DI SETEMBAR 2015"): the
    page's date line. No headline is a weekday and a date alone; a date alone may be an event's ("1 May 1886")."""
    whole = not title[: mention.start].strip() and not title[mention.end :].strip(" .")
    return whole and mention.weekday is not None and bool(_whole(mention))


def from_dateline_alone(line: str, language: str) -> Published | None:
    """A dateline alone on the line under the headline, a place a comma sets off and its date, nothing else
    ("Lomé, March 4"); a headline may hold as much ("Lomé, 4 March – a year on" less its last part, taken for
    the site's name)."""
    mention = next(iter(_found(line, language)), None)
    place = SPACED_SLASH.sub("/", SHORT_WORD_END.sub("", line[: mention.start])) if mention else ""
    if mention and not line[mention.end :].strip(" .") and place.rstrip().endswith((",", "،")) and _is_place(place):
        return _dateline_date(mention, line)
    return None


def from_glued_dateline(paragraph: str, language: str) -> Published | None:
    """An agency dateline glued to the headline before it, the first date of the paragraph: "Sommet à Lomé
    Lomé, 4 mars (Agence) - Les ministres …". The headline holds no sentence; the agency must be named."""
    mentions = _found(paragraph[:300], language)
    for mention in mentions:
        agency = AGENCY_DASH.match(paragraph[mention.end :])
        if agency and _credit_closes(paragraph[: mention.start]):
            return _dateline_date(mention, paragraph[mention.start : mention.end + agency.end()].strip())
    mention = next(iter(mentions), None)
    place = GLUED_PLACE.search(paragraph[: mention.start]) if mention else None
    if not (mention and place and AGENCY_DASH.match(paragraph[mention.end :])):
        return None
    headline = paragraph[: place.start()]
    return None if SENTENCE_END.search(headline) else from_dateline(paragraph[place.start() :], language)


def _credit_closes(before: str) -> bool:
    """A photo's caption and its credit before the date, the credit's words after the caption's last full stop
    ("… into the ocean on Thursday. Photo courtesy IAEA Aug. 22 (UPI) -- Japan …"): the scraper glued the caption
    over the dateline, which names its agency."""
    stop = max((m.end() for m in SENTENCE_END.finditer(before)), default=0)
    credit = before[stop:].strip()
    return bool(stop) and len(credit.split()) <= MAX_CREDIT_WORDS and bool(_photo_word().match(credit))


@cache
def _photo_word() -> re.Pattern[str]:
    return re.compile(rf"(?:{_listed('photo_credit')})(?!\w)", re.I)


def _dateline_shape(place: str, after: str, mention: DateMention, language: str) -> bool:
    """A place (or none), the date, then the agency or a dash: with no place, the agency, a weekday before the
    date and a dash after it ("Monday, July 8, 2024 – "), or a full stop and the text, the date a sentence of its
    own ("9 ноября. В США …"); after a place in capitals or one a full stop closes, a full stop and the text
    ("FILIPPINE Manila 20/6/13. Le Filippine …", "Valencia, España. 30 de octubre de 2024. La …")."""
    if _cable(place, after) or (place.strip() == "【" and (BRACKET_AGENCY.match(after) or _bracketed_cable(after))):
        return True
    if not place.strip():  # a time after the dash makes it a site's stamp ("Domingo 08/12/24 - 8h08"): from_opening
        weekday_dash = _has_weekday(mention, language) and WEEKDAY_DASH.match(after) and not STAMP_TIME_AFTER.match(after)
        # "9 ноября. В США …": the date a sentence of its own, with no verb (its full stop may be read with it)
        # a site's stamp of the day without its year: with one, the date heads what the text tells ("14 mars 2022. La …")
        alone = not mention.year and (
            FULL_STOP_THEN_TEXT.match(after) or (mention.text.endswith(".") and FULL_STOP_THEN_TEXT.match("." + after))
        )
        return bool(AGENCY_END.match(after) or weekday_dash or alone)
    capitals = CAPITALS_PLACE.match(place) and FULL_STOP_THEN_TEXT.match(after)
    # a place closed by a full stop, the date a sentence of its own: "Valencia, España. 30 de octubre de 2024. La …"
    capitals = capitals or (place.rstrip().endswith(".") and FULL_STOP_THEN_TEXT.match(after))
    # a place a comma sets off, the date a sentence of its own: "Хартум, 25 октября. Военные …"
    stop = FULL_STOP_THEN_TEXT.match(after) or (mention.text.endswith(".") and FULL_STOP_THEN_TEXT.match("." + after))
    capitals = capitals or (place.rstrip().endswith((",", "،")) and stop)
    colon = COLON_END.match(after) and not _latin(place)  # "नई दिल्ली, 4 अक्टूबर: "
    colon = colon or _slash_end(place, after, language)  # "सुलतानपुर 29 अक्टूबर/जिला …"
    # in Latin letters, a colon closing a paragraph that holds the dateline alone: "MOSCOW, Mar 18:" over the text
    colon = colon or (COLON_ALONE.match(after) and CAPITALS_PLACE.match(place))
    if _colon_place(place) and DATELINE_END.match(after):  # "LONDON: March 3, 2019 — ", "Paris : 12 mars 2019 — "
        return True
    # a place all in capitals a comma sets off, its day, then the lede at once, its dash lost: "MOSCOW, February 7
    # Court of Arbitration …"
    lost_dash = mention.day and place.rstrip(", ").isupper() and place.rstrip().endswith(",") and CAPITAL_AFTER.match(after)
    if _is_place(place) and bool(DATELINE_END.match(after) or capitals or colon or lost_dash):
        return True
    short = len(place.split()) <= MAX_AGENCY_PLACE_WORDS
    if short and place.rstrip().endswith("،") and _is_place(place) and _arabic_agency_line().match(after):
        return True
    # a place of names alone that a full stop closes, as the date is a sentence of its own ("París. 7 de diciembre de
    # 2024. La catedral …", as Interfax writes "Москва. 18 января. INTERFAX.RU - …")
    if place.rstrip().endswith(".") and _names_only(place.rstrip()[:-1]) and stop:
        return True
    if _names_only(place) and AGENCY_DASH.match(after):  # "Essen/Paríž 24. marca (TASR) - "
        return True
    # Spanish-language agencies close their dateline with a full stop and a hyphen, the place needing no comma:
    # "Ciudad de México 15/07/2018.- Francia …"
    stop_hyphen = FULL_STOP_HYPHEN.match(after) or (mention.text.endswith(".") and FULL_STOP_HYPHEN.match("." + after))
    return bool(stop_hyphen) and _names_with_particles(place)


# a slash glued to the date and the text's first word, as Hindi press notes close their dateline ("लखनऊ 4 मार्च/राज्य …")
SLASH_END = re.compile(r"^/(?P<word>(?!\d)[^\s/]+)")
DEVANAGARI_PLACE = re.compile(r"[\u0900-\u097F]+")  # one word of Devanagari letters and signs: "सुलतानपुर"


def _slash_end(place: str, after: str, language: str) -> bool:
    """A dateline a slash closes, glued to the text's first word, after a place of one Devanagari word, as Hindi
    press notes print it ("सुलतानपुर 29 अक्टूबर/जिला युवा कल्याण अधिकारी …"): no second month after the slash
    ("अक्टूबर/नवंबर", October or November) nor weekday ("29 अक्टूबर/शनिवार को", on Saturday 29 October), no phrase
    before the date ("जिले में 29 अक्टूबर/…", in the district), and no other date in the sentence after it: "मतदान 7
    मई/मतगणना 4 जून को होगी" (polling on 7 May, counting on 4 June) lists a schedule's days, not a dateline."""
    slash = SLASH_END.match(after)
    one_word = bool(DEVANAGARI_PLACE.fullmatch(place.strip()))
    named = slash and (key(slash["word"]) in cldr_month_names() or key(slash["word"]) in words(language).weekdays)
    return bool(slash) and one_word and not named and not _found(SENTENCE_OF.match(after)[0], language)


SENTENCE_OF = re.compile(r"[^।.!?\n]*")  # the rest of the sentence, up to a danda or a full stop


def _colon_place(place: str) -> bool:
    """A dateline's place a colon closes, in capitals or of names alone ("LONDON: ", "Paris : "), no stamp's
    label ("Updated: ", "Mis à jour : ")."""
    opened = PLACE_COLON.match(place)
    name = opened["name"] if opened else ""
    labelled = any(label.search(name) for label in labels()[:2])  # "Updated: ": a stamp's label, from_header's
    return bool(name) and not labelled and (bool(CAPITALS_PLACE.match(name)) or _names_only(name))


def _names_with_particles(place: str) -> bool:
    """Capitalised words, and short lower-case particles between them ("Ciudad de México", "Santa Cruz de la
    Sierra"): a place's name, no clause ("Hasta el 15/07/2018.-"), nor an article alone ("El 15/07/2018.-")."""
    names = without_marks(place).split()
    capitalised = [n for n in names if n[:1].isupper()]
    particles = [n for n in names if n[:1].islower() and len(n) <= MAX_PARTICLE and n.isalpha()]
    shaped = 0 < len(names) <= MAX_PLACE_WORDS and len(capitalised) + len(particles) == len(names)
    named = any(len(n) > MAX_PARTICLE for n in capitalised)  # "El 15/07/2018.-": an article, capitalised
    return shaped and named and names[0][:1].isupper() and names[-1][:1].isupper() and all(n.isalpha() for n in capitalised)


def _bracketed_cable(after: str) -> bool:
    """The word for news or a cable right after the date, closing the bracket: a site's own dateline, which names
    no agency ("【2013年3月13日訊】")."""
    word = next((w for w in _cable_words()[1] if after.startswith(w)), None)
    return bool(word) and after[len(word) :].lstrip().startswith("】")


def _names_only(place: str) -> bool:
    """Up to three capitalised words and nothing else, parted by spaces or slashes: a dateline's place that
    writes no comma before its date when the agency and a dash follow it ("Tokio 9. júla (TASR) - ")."""
    names = re.split(r"[\s/]+", without_marks(place).strip())
    return 0 < len(names) <= MAX_PLACE_NAMES and all(n.isalpha() and n[:1].isupper() for n in names)


ABSTRACT_MARK = re.compile(r"^<[^<>\s]{1,4}>")  # "<正>": a Chinese journal database's mark opening an abstract's body


def _cable(place: str, after: str) -> bool:
    """A Chinese agency's dateline: its name and place in characters, the date, then the word for a cable or
    news (`cable`), in brackets or not: "新华社北京3月6日电", "中新社北京9月9日电 …", "【某某网2024年3月4日讯】", the
    agency in brackets before places a slash joins: "【某报】耶路撒冷/贝鲁特 9 月 28 日消息"."""
    place = ABSTRACT_MARK.sub("", place)
    name = place.removeprefix("【").removeprefix("（").removeprefix("(")  # "【某某网2024年3月4日讯】"
    name = PINYIN.sub("", name)  # "中新網(wǎng)": a mirror's reading of a character, no part of the name
    cited_words, cable = _cable_words()
    cited = any(word in name for word in cited_words)  # "据某某社…": another's report
    shaped = CJK_WORD.fullmatch(name) or CJK_SOURCE_PLACES.fullmatch(place)
    # "【某国某某网站2021年11月22日报道】": the outlet whose report the page carries, in brackets
    reported = place.startswith("【") and any(after.startswith(f"{word}】") for word in _bracket_report())
    return bool(shaped) and not cited and (after.startswith(cable) or reported)


@cache
def _bracket_report() -> tuple[str, ...]:
    return tuple(safeyaml.shipped(DATA)["bracket_report"])


@cache
def _cable_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """`cable_cited` and `cable` of `data/publication.yaml`, each read once (the file is large: parsing it cost
    more than the rest of reading a Chinese page); `cable` is the date grammar's (dates.cable_words)."""
    return tuple(safeyaml.shipped(DATA)["cable_cited"]), cable_words()


def is_text_paragraph(paragraph: str) -> bool:
    """A paragraph of three sentences or more: the text itself, no lede or caption of a sentence or two."""
    return len(TEXT_SENTENCE_END.findall(paragraph)) >= MIN_TEXT_SENTENCES


def _opens_with_cable(paragraph: str, language: str) -> bool:
    """A paragraph that a Chinese agency's dateline opens (`_cable`), its first date."""
    mention = next(iter(_found(paragraph[:80], language)), None)
    return bool(mention) and _cable(paragraph[: mention.start], paragraph[mention.end : mention.end + 2])


def _date_in_parentheses(after: str, language: str) -> bool:
    """Parentheses right after the date that hold a date (its day in another calendar), not an agency."""
    opened = re.match(r"\.?\s*\(([^)]{2,40})\)", after)
    return bool(opened and _found(opened[0], language))


def _is_place(place: str) -> bool:
    """A dateline's place: a capital initial where the script has case, and a comma (or a place in capitals)
    where it is Latin. Of more than four words, every word but short particles is a name ("Lima/Ciudad de
    México/Quito, "): "On the eve of the vote, " opens a sentence."""
    place = without_marks(place)
    head = place.lstrip("(")[:1]
    cased = place.strip()[:1].isupper() or place.startswith("(")
    marked = "," in place or place.split("(")[-1].isupper() or not head.isascii() or bool(CAPITALS_PLACE.match(place))
    names = re.findall(r"[^\W\d_][\w.'’\-]*", place)
    named = len(names) <= 4 or not any(len(w) > 3 and w[0].islower() for w in names)
    return bool(DATELINE_PLACE.match(place)) and named and ((cased and marked) or head.lower() == head.upper())


def from_opening(paragraph: str, language: str) -> Published | None:
    """A date line the scraper glued to the text's first line, told apart from a date the text reports by
    where it stands: in parentheses before the text ("(Di venerdì 6 ottobre 2023) Il 19 settembre …"), with
    no space before the next sentence ("19 вересня 2023 р.Міністерство …"), closing a header in capitals
    ("PRESS STATEMENT … JULY 17, 2023 The United States …"), a weekday and date ending a headline ("… Saturday,
    10 October 2020 (7 minutes ago)") or glued to it and to the text ("… the talksMonday 4 March 2024The
    minister …"), or a site's date in Latin letters inside another script's line."""
    head = full_years(paragraph[:300])
    mentions = [_day_first(m) for m in _found(head, language)]
    if not _latin(head):  # sites write their own dates in English whatever the text's language
        mentions += [m for m in _found(head, "en") if m.text.isascii() and _between_other_script(head, m)]
    mention = min(mentions, key=lambda m: m.start, default=None)
    date = _whole(mention) if mention else None
    if not date or not mention:
        return None
    before, after = head[: mention.start], head[mention.end :]
    lead = before + re.split(r"\d", mention.text, maxsplit=1)[0]  # the words a date's reading may take in ("Утре, 20 …")
    if _day_named(lead, language):  # "Утре, 20 декември 2025 …": the day tomorrow falls on, not the page's
        return None
    label = _label_alone(before)  # "最后更新: 2022-08-29 22:12:14【文/…】受…": the stamp's label, glued to the text
    glued = (
        (_opens_parenthesis(before) and _closes_parenthesis(before, after))
        or (STAMP_TIME.fullmatch(before) and _sentence_glued(after))
        or (TIME_THEN_DATE.fullmatch(before) and _sentence_starts(after))
        or ((_no_words(before, language) or label) and _stamp_time(after, language) and not _told_hour(after))
        or (_headline(before) and _stamp_then_sentence(after))
        or (_weekday_glued(before, language) and after[:1].isupper())
        or (_capitals_header(before) and _sentence_starts(after))
        or (_has_weekday(mention, language) and _ends_headline(before) and STAMP_REST.fullmatch(paragraph[mention.end :]))
        or (mention.text.isascii() and not _latin(head) and _between_other_script(head, mention))
        or _cjk_field(before, after)
        or _padded_cjk_stamp(mention.text, before, after)
        or (not before.strip() and _numeric_then_sentence(mention, paragraph[_unexpanded(paragraph, mention.end) :]))
        or (not before.strip() and _weekday_then_glued(after, language))
        or (not before.strip() and _has_weekday(mention, language) and _shouted_word(after))
    )
    basis = "updated-line" if label == "updated" else "header"
    return Published(date, basis, stated_as=paragraph[: _unexpanded(paragraph, mention.end)].strip()) if glued else None


DAY_NAMED_REACH = 3  # words before a date read for "tomorrow"/"yesterday": the word, then a weekday or "on"
MAX_LINK_WORD = 3  # letters of a word such as "on", "am", "el", "на" between "tomorrow" and its date


def _day_named(before: str, language: str) -> bool:
    """The words before a date name the day it is from the writer's ("Утре, 20 декември", "Вчера, 5 мая": tomorrow,
    yesterday, dateparser's words): a day the text speaks of, which no stamp names so. Only the two words right
    before the date, or before a weekday or a short word such as "on" before it: further back the word may be a
    headline's ("LLUVIAS POR LA MAÑANA EN MADRID 4 DE MARZO", "WAS MORGEN GESCHIEHT 4. MÄRZ")."""
    last = [fold(w).casefold() for w in re.findall(r"[^\W\d_]+", before)[-DAY_NAMED_REACH:]]
    weekdays = {fold(d).casefold() for d in words(language).weekdays}
    while len(last) > 1 and (last[-1] in weekdays or len(last[-1]) <= MAX_LINK_WORD):
        last.pop()  # "Утре, сабота, 20 …", "MORGEN AM 4. MÄRZ", "TOMORROW ON MARCH 4": a weekday or "on" between
    days = relative_days(language, ("1 day ago", "in 1 day"))
    return bool(last) and any(fold(w).casefold() == last[-1] for w in days if " " not in w)


def _starts_as_sentence(text: str) -> bool:
    """A sentence starts: a word with a capital initial, or a word in a script without capitals."""
    word = text.split(maxsplit=1)[0] if text.strip() else ""
    initial = word[:1]
    uncased = initial.lower() == initial.upper()
    return initial.isalpha() and (uncased or (initial.isupper() and any(c.islower() for c in word[1:])))


# a source's name in parentheses with the whole date, a semicolon or comma between, then a dash before the text:
# "(EBC; April 2, 2019) - President …", "(Agency, 4 March 2024) – The …"
SOURCE_AND_DATE = re.compile(
    r"\(\s*[^\W\d_][\w.&’'-]{1,20}(?:\s+[\w.&’'-]{1,20}){0,2}\s*[;,]\s*([^()\n]{4,40})\)\s*[—–-]{1,2}\s+"
)


def from_source_and_date(paragraph: str, language: str) -> Published | None:
    """A source's name and the date alone in parentheses opening the text, a dash after them: the outlet's stamp
    over its text, as "Place (Agency) –" is over a wire's."""
    opened = SOURCE_AND_DATE.match(paragraph)
    mention = next(iter(_header_dates(opened[1], language)), None) if opened else None
    if not (opened and mention and mention.text.strip() == opened[1].strip() and _whole(mention)):
        return None
    if not _starts_as_sentence(paragraph[opened.end() :]):
        return None
    return Published(_whole(mention), "header", stated_as=opened[0].strip())


def from_slashed(paragraph: str, language: str) -> Published | None:
    """A whole date alone between slashes opening the text ("/2023.5.3/ Нийгэмд …"), as agencies set off their
    name ("/Agency/"): a site's stamp, which prose never opens a paragraph with."""
    opened = SLASHED_STAMP.match(paragraph)
    mention = next(iter(_header_dates(opened[1], language)), None) if opened else None
    if not (opened and mention and mention.text == opened[1].strip() and _whole(mention)):
        return None
    return Published(_whole(mention), "header", stated_as=opened[0].strip())


def from_parenthesised(paragraph: str, language: str) -> Published | None:
    """A whole date alone in parentheses opening the paragraph, a short word at most before it ("(Di venerdì 16
    febbraio 2024) Roma, …"): a site's stamp, which prose never opens a paragraph with."""
    opened = LEADING_PARENTHESIS.match(paragraph)
    if not opened or not paragraph.startswith("("):
        return None
    mention = next(iter(_header_dates(paragraph[:MAX_HEADLINE], language)), None)
    date = _whole(mention) if mention and mention.start == opened.end() else None
    if not (mention and date and paragraph[mention.end :].lstrip().startswith(")")):
        return None
    return Published(date, "header", stated_as=paragraph[: paragraph.index(")", mention.end) + 1])


# before the date in them, one word and a comma at most: its weekday ("دوشنبه، ", whose Dari name a Pashto page writes)
WEEKDAY_COMMA = re.compile(r"\s*(?:[^\W\d_]+\s?[,،]\s*)?")
# a source's name, then the text's date in parentheses, perhaps after its weekday, and a dash before the text:
# "تاند(دوشنبه، د سنبلې ۱)- …", "Site (Monday, 4 March) – …"
SOURCE_THEN_PARENTHESIS = re.compile(r"^\s*[^\W\d_][^()\d\n]{0,30}?\s?\(([^()\n]{4,40})\)\s*[—–-]{1,2}\s*(?=\S)")


def from_source_parenthesis(paragraph: str, language: str) -> Published | None:
    """The dateline a source's name opens, its date alone in parentheses (a weekday aside) and a dash after them:
    the agency's stamp over its text, as "Place (Agency) –" is over a wire's."""
    opened = SOURCE_THEN_PARENTHESIS.match(paragraph)
    if not opened or len(paragraph[: opened.start(1)].split()) > MAX_PLACE_WORDS:
        return None
    inside = opened[1]
    mention = next(iter(_header_dates(inside, language)), None)
    if mention is None or inside[mention.end :].strip() or not WEEKDAY_COMMA.fullmatch(inside[: mention.start]):
        return None
    return _dateline_date(mention, paragraph[: opened.end()].strip())


# a place, then an agency's name and the whole date closing one parenthesis, the year closed by the Urdu year sign
# "ء", the text right after it: Pakistani agencies' dateline ("لندن (Agency Name 12 يوليو 2025ء) كشف …"); prose's
# asides carry no such sign ("الرئيس (المولود 12 يوليو 1960) قال")
SOURCE_DATE_PARENTHESIS = re.compile(r"^\s*[^\W\d_][^()\d\n]{0,30}?\s?\(([^()\d\n]{2,40}?)\s*(\d[^()\n]{5,29})ء\)\s*(?=\S)")


def from_source_date_parenthesis(paragraph: str, language: str) -> Published | None:
    """The dateline of `SOURCE_DATE_PARENTHESIS`: a name in the parenthesis, then its whole date, a sentence after."""
    opened = SOURCE_DATE_PARENTHESIS.match(paragraph)
    if not opened or len(paragraph[: opened.start(1)].split()) > MAX_PLACE_WORDS or not re.search(r"[^\W\d_]{2}", opened[1]):
        return None
    mention = next(iter(_header_dates(opened[2], language)), None)
    if not (mention and mention.text.strip() == opened[2].strip() and _whole(mention)):
        return None
    if not _starts_as_sentence(paragraph[opened.end() :]):
        return None
    return Published(_whole(mention), "dateline", stated_as=paragraph[: opened.end()].strip())


# an Indian paper's dateline: its place (a word or a few), a comma or a space, the day and month in figures joined
# by a danda or a slash, then a colon ("ଭୁବନେଶ୍ୱର,୧୨।୬: …", "ଭୁବନେଶ୍ବର, ୦୯/୦୬: …", "ପଟ୍ଟାମୁଣ୍ଡାଇ ୨୩।୧୦ : …");
# legacy fonts type the danda as the vowel sign AA, which looks the same and stands between two figures nowhere
# else ("୧୨ା୬")
DANDA_DATELINE = re.compile(
    r"^[^\W\d_][^\d,:：\n]{1,40}?(?:(?:,\s*|\s)(\d{1,2})[।\u093e\u09be\u0b3e]|,\s*(\d{1,2})/)(\d{1,2})\s?[:：ः]\s+\S"
)
INDIC_LETTER = re.compile(r"[\u0900-\u0dff]")  # a letter of India's scripts (Devanagari to Malayalam, and Sinhala)


def from_danda_dateline(paragraph: str, language: str) -> Published | None:
    """The day and month of an Indian paper's dateline (`DANDA_DATELINE`), day first as India writes them; the
    slash only after a comma and a place in an Indian script ("ଭୁବନେଶ୍ବର, ୦୯/୦୬:"), since "Scores 3/4:" is none."""
    opened = DANDA_DATELINE.match(paragraph)
    day = opened and (opened[1] or opened[2])
    if not opened or not day or len(paragraph[: opened.start(1) if opened[1] else opened.start(2)].split()) > MAX_PLACE_WORDS:
        return None
    if opened[2] and not INDIC_LETTER.match(paragraph):
        return None
    return _yearless_dateline(paragraph, opened, int(opened[3]), int(day))


def _yearless_dateline(paragraph: str, opened: re.Match[str], month: int | None, day: int) -> Published | None:
    """The day and month of the dateline that opens the paragraph (`opened`, up to the first character of its text),
    with no year; None where they are no day of the calendar (a leap year's: "29.2" is one)."""
    if not (month and 1 <= month <= 12 and 1 <= day <= calendar.monthrange(2000, month)[1]):
        return None
    return Published(None, "dateline", stated_as=paragraph[: opened.end() - 1].strip(), yearless=f"--{month:02d}-{day:02d}")


# a dateline's month in CLDR's narrow form and a full stop, then the day, in parentheses after the place and before
# a colon, as Kannada papers write it ("ಬೆಂಗಳೂರು(ಜ.30): …")
NARROW_DATELINE = re.compile(r"^[^\W\d_][^()\d\n]{1,40}?\s?\(([^\W\d_][^\s().\d]{0,3})\.\s?(\d{1,2})\)\s?[:：]\s+\S")


def from_narrow_dateline(paragraph: str, language: str) -> Published | None:
    """The day and month of a dateline whose month is its narrow name (`NARROW_DATELINE`), in a language where no
    two months share that name (Kannada's "ಜ" is January; Hindi's "अ" is April, August and October)."""
    opened = NARROW_DATELINE.match(paragraph)
    if not opened or len(paragraph[: opened.start(1)].split()) > MAX_PLACE_WORDS:
        return None
    return _yearless_dateline(paragraph, opened, narrow_months(language).get(opened[1]), int(opened[2]))


@cache
def narrow_months(language: str) -> dict[str, int]:
    """CLDR's narrow month names of the language, by name, when each names one month only; else none."""
    try:
        tables = [get_month_names("narrow", context, language) for context in ("format", "stand-alone")]
    except (ValueError, LookupError, UnknownLocaleError):
        return {}
    found: dict[str, set[int]] = {}
    for table in tables:
        for number, name in table.items():
            found.setdefault(name, set()).add(number)
    if any(len(numbers) > 1 for numbers in found.values()):
        return {}
    return {name: min(numbers) for name, numbers in found.items()}


def _no_words(before: str, language: str) -> bool:
    """Nothing before the date but a weekday's name and what has no letters: an image's empty markup, a count of
    views ("![]() 2134 Суббота, 10 Сентября, 2022 года, 21:42 Похороны …")."""
    return all(key(w) in words(language).weekdays for w in re.findall(r"[^\W\d_]+", before))


def _stamp_time(after: str, language: str) -> bool:
    """A time right after the date, or after the language's word for "year" ("2022 года, 21:42")."""
    year = re.match(r"\s*([^\W\d_]+\.?)", after)
    if year and _only_year_words(year[1], language):
        after = after[year.end() :]
    return bool(STAMP_TIME_AFTER.match(after))


def from_stamp_label(paragraph: str, language: str) -> Published | None:
    """A site's stamp the loader took for the text's first paragraph: a whole date opening it (with its weekday
    and time), one word at most, then a published or updated label closing the clause, as languages that put the
    verb last write it ("11 Şubat 2011 Cuma 18:12 tarihinde eklendi, 1.877 kez okundu."). A sentence's date runs
    into its clause ("2024年3月4日发布的报告" is a report's)."""
    published, updated, time = labels()
    found = [(m, "header") for m in published.finditer(paragraph[:STAMP_REACH])]
    found += [(m, "updated-line") for m in updated.finditer(paragraph[:STAMP_REACH])]
    label, basis = min(found, key=lambda f: f[0].start(), default=(None, ""))
    if not label or not CLAUSE_END.match(paragraph, label.end()):
        return None
    before = time.sub(" ", paragraph[: label.start()])
    mention = next(iter(_header_dates(before, language)), None)
    date = _whole(mention) if mention and not before[: mention.start].strip() else None
    if not (mention and date and _connective(before[mention.end :])):
        return None
    return Published(date, basis, stated_as=paragraph[: label.end()].strip(" :："))


def _connective(between: str) -> bool:
    """Between a date and its label, a weekday's name and one short word at most ("Cuma tarihinde")."""
    names = re.findall(r"[^\W\d_]+", between)
    others = [n for n in names if key(n) not in calendar_words()]
    return not re.search(r"\d", between) and len(others) <= 1 and all(len(n) <= MAX_CONNECTIVE for n in others)


@cache
def _self_reference() -> re.Pattern[str]:
    body = _listed("self_reference")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def from_notice(paragraph: str, language: str) -> Published | None:
    """A notice by which the page dates itself: the words for "this article" (`self_reference`), a published label
    and its date right after it, at the precision stated ("Questo articolo è stato pubblicato il 11 febbraio 2011
    alle ore 13:16.", "Prenez note que cet article publié en 2016 pourrait contenir …": 2016)."""
    for own in _self_reference().finditer(paragraph[:STAMP_REACH]):
        label = labels()[0].search(paragraph, own.end(), own.end() + FIELD_REACH)
        after = paragraph[label.end() : label.end() + FIELD_REACH] if label else ""
        mention = next(iter(_header_dates(after, language)), None)
        if label and mention and mention.start <= NOTICE_GAP and mention.year:
            date = _whole(mention) or _stated_part(mention)
            if date:
                return Published(date, "header", stated_as=paragraph[own.start() : label.end() + mention.end].strip())
    return None


RELEASE_NOTE_REACH = 200  # characters of a paragraph that notes a release's issue, and nothing else
# who issued it, then the short word that runs the phrase into the date: " by the Harbour Board on ", " par la mairie le "
NOTE_AGENT = re.compile(rf"(?:,?\s+[^\W\d_][\w'’.-]*)*?,?\s+[^\W\d_]{{1,{MAX_PREPOSITION}}}\s+")
NOTE_END = re.compile(r"[\s.]*")


@cache
def _release_note(language: str) -> re.Pattern[str] | None:
    """The opening of a note of a statement's issue in the language: up to two short words ("The", "This", "Le
    présent"), the statement's word (`statement_words`), up to two short words more ("was", "a été") and a verb of
    issuing of `data/publication.yaml`'s `issued` list ("issued", "diffusé"), whole words in any case."""
    names = statement_words(language)
    verbs = language_words("issued", language)
    if not names or not verbs:
        return None
    body = _longest_first(verbs)
    short = r"[^\W\d_]{1,7}"
    return re.compile(rf"(?:{short}\s+){{0,2}}?{names.pattern}(?:,?\s+{short}){{0,2}}?,?\s+(?:{body})(?![^\W\d_])", re.I)


def _statement_page(headlines: Iterable[str | None], language: str) -> bool:
    """A headline of the page opens with the language's word for a statement, briefing or press release
    (`statement_words`), past any bullet or mark before it ("• PRESS RELEASE : …", "Communiqué de presse – …"): the
    page is that statement's."""
    names = statement_words(language)
    return bool(names) and any(names.match(LEADING_MARKS.sub("", line)) for line in headlines if line)


LEADING_MARKS = re.compile(r"^[\W\d_]*")


def from_release_note(paragraph: str, language: str, own: bool = True) -> Published | None:
    """A paragraph of its own that notes the statement's issue, as a site reprinting releases prints one over or
    under each (`_release_note`): the statement's word and a verb of issuing, any words naming who issued it, then a
    short word and a whole date that closes the paragraph ("The press release issued by the Harbour Board on 4 March
    2024.", "Communiqué diffusé par la mairie le 3 mai 2024."): the day the body issued it, the page's. A report's
    sentence on a statement runs on after its date ("The statement issued on 4 March 2024 said …")."""
    text = paragraph.strip()
    this = _language_words_pattern("this_statement", language)  # "This", "Ce", "Le présent"
    if not own and not (this and this.match(text)):  # on a report's page, only a note of "this" statement
        return None
    note = _release_note(language) if len(text) <= RELEASE_NOTE_REACH else None
    opening = note.match(text) if note else None
    mentions = _header_dates(text[opening.end() :], language) if opening else []
    if len(mentions) != 1 or not (date := _whole(mentions[0])):
        return None
    start, end = opening.end() + mentions[0].start, opening.end() + mentions[0].end
    if not NOTE_AGENT.fullmatch(text, opening.end(), start) or not NOTE_END.fullmatch(text, end):
        return None
    return Published(date, "header", stated_as=text)


MAX_DAY_HEADING = 12  # words of a heading that names a day's statements


def from_day_of_statements(line: str, language: str) -> Published | None:
    """A heading of the page that names the statements of one day, as a ministry titles the page collecting them
    ("Déclarations officielles de politique étrangère du 18 août 2017", "Statements of 4 March 2024"): the
    language's plural words for them open it (`statements_of_day`), and a short word and a whole date close it.
    The page is that day's: its date is the page's."""
    words = _language_words_pattern("statements_of_day", language)
    opening = words.match(line.strip()) if words and len(line.split()) <= MAX_DAY_HEADING else None
    mentions = _header_dates(line.strip(), language) if opening else []
    if len(mentions) != 1 or not (date := _whole(mentions[0])) or not NOTE_END.fullmatch(line.strip(), mentions[0].end):
        return None
    if not NOTE_AGENT.fullmatch(line.strip(), opening.end(), mentions[0].start):
        return None
    if _names_subject(line.strip()[opening.end() : mentions[0].start], language):
        return None
    return Published(date, "header", stated_as=line.strip())


MAX_DAY_TITLE_WORDS = 8  # words of a daily page's title before its day: "Les actualités à Madagascar du"


def from_day_title(line: str, language: str) -> Published | None:
    """A page's title naming the day it is for: a few heading words, then the short word for "of" or a comma, then
    a weekday (CLDR's names) and a whole date that close the title ("Les actualités à Madagascar du Lundi 21 Octobre
    2019", "Ephéméride du mercredi 15 mars 2023", "Boletín Nº 105 del miércoles 02 de junio de 2021"): a daily
    page's, and its date the page's, as a diary's day names the day it was written. A sentence, a masthead's clock
    set off by a dash ("Primavera do Leste / MT - Sexta-Feira, …"), a label ("Publié le jeudi …", read as a stamp)
    and an event's or meeting's title (`concert`, `meeting`: "Concert du samedi 12 mars 2022") are none, and so is
    any title without a word of the closed list naming a daily page (`_day_page_words`)."""
    text = line.strip().rstrip(".")
    mentions = _found(text, language)
    if len(mentions) != 1 or text[mentions[0].end :].strip() or not _has_weekday(mentions[0], language):
        return None
    before = text[: mentions[0].start].rstrip()
    words = before.split()
    joined = before.endswith(",") or (
        len(words) > 1 and len(words[-1]) <= MAX_PREPOSITION and words[-1].isalpha() and words[-1].islower()
    )
    joined = joined or _day_page_words(before, language, closing=True)  # "Week ending Saturday, …"
    published, updated, _ = labels()
    if not joined or len(words) > MAX_DAY_TITLE_WORDS or SENTENCE_END.search(before + " ") or not words[0][:1].isupper():
        return None
    if (
        not _day_page_words(before, language)
        or published.search(before)
        or updated.search(before)
        or any(meeting_spans(before, language, key) for key in ("meeting", "concert"))
    ):
        return None
    date = _whole(mentions[0])
    return Published(date, "header", stated_as=text) if date else None


def _day_page_words(heading: str, language: str, closing: bool = False) -> bool:
    """The heading holds a word of the closed list naming a daily page (`day_page_words`: "revue de presse",
    "boletín", "digest"), a whole word: without one, a title naming a day is an event's ("Grève du jeudi …").
    `closing`: the word closes the heading, running into the date after it ("Week ending")."""
    words = _language_words_pattern("day_page_words", language)
    found = [m for m in words.finditer(heading) if not m.start() or not heading[m.start() - 1].isalpha()] if words else []
    return any(m.end() == len(heading) for m in found) if closing else bool(found)


@cache
def _subject_articles(language: str) -> frozenset[str]:
    """The language's articles, and a preposition's forms fused with one (`data/publication.yaml`'s
    `subject_articles`: "the", "des", "l'", "las", "del"), folded."""
    found = language_words("subject_articles", language)
    return frozenset(w.casefold().replace("’", "'") for w in found)


def _names_subject(between: str, language: str) -> bool:
    """The words between a day's statements and their date (the short word before the date aside) name a subject
    with an article: "des rescapés de l'attentat", "of the attack", "de las víctimas del atentado". The date is
    that subject's (the day of the attack), not the page's; adjectives and a bare noun ("officielles de politique
    étrangère") qualify the statements."""
    found = re.findall(r"[^\W\d_]+['’]?", between.replace("’", "'"))[:-1]
    articles = _subject_articles(language)
    return any(w.casefold() in articles for w in found)


def from_today(paragraph: str, language: str) -> Published | None:
    """The text opening with the language's word for "today" and the whole date it is ("Oggi, 19 dicembre 2011, i
    media …", "Today, 4 March 2024, the government …"): the writer states the day of writing, as a dateline does;
    the sentence's date stays an event of it. The words for today are dateparser's (`relative`, a day's offset
    of 0)."""
    today = _today_words(language)
    if not paragraph[:MAX_TODAY].casefold().startswith(today):  # first, the cheap test: no date grammar to run
        return None
    found = _found(paragraph[:80], language)
    named = next((m for m in found if m.start and _whole(m)), None)  # "Heute ist Mittwoch, 9. Oktober 2019."
    if named and _today_is(paragraph[: named.start], language):
        return Published(str(_whole(named)), "dateline", stated_as=named.text)
    mention = next(iter(found), None)
    date = _whole(mention) if mention and mention.start == 0 else None
    if not (mention and date):
        return None
    head = mention.text.casefold()
    if not any(head.startswith(word) and not head[len(word) : len(word) + 1].isalpha() for word in today):
        return None
    if head.startswith(_day_part_words(language)):  # "heute früh, 4. März": a part of the day, when it happened
        return None
    return Published(date, "dateline", stated_as=mention.text)  # the text's own words: its event stays one


MAX_TODAY = 40  # characters of the words for "today" opening a text


def _today_is(words_before: str, language: str) -> bool:
    """The words before the text's first date are "today is" and nothing else ("Heute ist", "Oggi è", "Hoy es"):
    a daily column naming the day it is written for, as a dateline does."""
    found = " ".join(words_before.casefold().replace(",", " ").split())
    return any(found == f"{today} {verb}" for today in _today_words(language) for verb in language_words("today_is", language))


@cache
def _today_words(language: str) -> tuple[str, ...]:
    """dateparser's words for today in the language (a day's offset of 0), folded; not a part of the day ("questa
    mattina", "ce soir", "сегодня утром": the language's `day_part_words` and parts of today), which tells when
    what the text reports happened, not the day of writing ("Questa mattina, lunedì 21 aprile 2025, è morto …")."""
    parts = _day_part_words(language)
    today = (p.casefold() for p, (unit, offset) in words(language).relative.items() if unit == "day" and offset == 0)
    return tuple(p for p in today if p not in parts)


@cache
def _day_part_words(language: str) -> tuple[str, ...]:
    """The language's parts of a day ("questa mattina", "heute früh", "сегодня утром"), folded."""
    extra = words(language).extra
    parts = [*(extra.get("day_part_words") or {}), *(extra.get("this_day_parts") or [])]
    return tuple(" ".join(p.casefold().split()) for p in parts)


def _stated_part(mention: DateMention) -> str | None:
    """A year, or a month of a year, stated alone ("en 2016", "in March 2016"): the page's date at that precision."""
    if mention.relative or mention.invalid or mention.last or mention.day or not mention.year:
        return None
    return f"{mention.year:04d}" + (f"-{mention.month:02d}" if mention.month else "")


@cache
def _press_time() -> re.Pattern[str]:
    body = _listed("press_time")
    return re.compile(rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{body})\s*[:：]?\s*", re.I)  # Chinese writes no spaces


def from_press_time(paragraph: str, language: str) -> Published | None:
    """The time an editor's note says the text went to press, the date right after its words (`press_time`):
    "本文截稿时间为3月4日上午11时", "Redaktionsschluss: 4. März 2024". The day alone is kept year-less."""
    for label in _press_time().finditer(paragraph[:400]):
        mention = next(iter(_found(paragraph[label.end() : label.end() + 40], language)), None)
        if mention and mention.start == 0:
            stated_as = paragraph[label.start() : label.end() + mention.end]
            date = _whole(mention)
            if date:
                return Published(date, "header", stated_as=stated_as)
            yearless = _day_and_month(mention.text, language)
            return Published(None, "header", stated_as=stated_as, yearless=yearless) if yearless else None
    return None


def from_closing_stamp(paragraph: str, language: str) -> Published | None:
    """A time and a whole date closing the text's first paragraph with no full stop: a live page's stamp the
    scraper glued after its lede ("… at the polling station. Live Lomé 7:15 4 March 2024"), or a date glued to the
    lede's full stop with no space ("… were killed.March 4, 2024"); a sentence's date has a full stop after it."""
    tail = full_years(_zone_dropped(paragraph.rstrip())[-80:])
    mentions = _header_dates(tail, language)
    if not _latin(tail):  # sites write their own dates in English whatever the text's language
        mentions += [m for m in _header_dates(tail, "en") if m.text.isascii()]
    mention = max(mentions, key=lambda m: m.end, default=None)
    if mention and _credited_figures(tail, mention):
        return Published(_whole(mention), "header", stated_as=tail[mention.start :].strip()) if _whole(mention) else None
    if not mention or not CLOSING_REST.fullmatch(tail[mention.end :]):
        return None
    before = CLOSING_TIME.search(tail[: mention.start])
    glued = GLUED_TO_SENTENCE.search(tail[: mention.start])  # "… 186 дітей.Sep 3, 2022": no space, no sentence's date
    glued = glued or tail[: mention.start].rstrip().endswith("|")  # "… A. Writer|01.01.2026": a byline's field, no prose
    date = _whole(mention) if before or glued or CLOSING_TIME.search(tail[mention.end :]) else None
    return Published(date, "header", stated_as=tail[before.start() if before else mention.start :].strip()) if date else None


# what a stamp's line holds besides its date: a clock time (with "a. m."/"p. m." or "am"/"pm") and the marks between
STAMP_CLOCK_REST = re.compile(
    r"[\s,|·•–—-]*(?:\d{1,2}[:.](?P<minutes>\d{2})(?:\s*[ap]\.?\s*m\.?)?|\d{1,2}:(?P<minutes24>\d{2})\s*(?:hrs?|h)\.?)?"
    r"[\s,|·•–—-]*",
    re.I,
)
SCHEDULED_MINUTES = 15  # an event is set for the hour or its quarters ("7:00 p. m.", "10:30"); a stamp falls anywhere


def _clocked_stamp_alone(line: str, language: str) -> Published | None:
    """A whole date and its clock time alone on the line under the lede ("9 de marzo de 2024 - 11:47 a. m."), as a
    site prints its stamp under a release's summary and photo credit: prose writes no line of a date and a time and
    nothing else, nor does an event's notice without its label ("Fecha:", read as a field). A time on the hour or a
    quarter is an event's, set ahead ("20 de mayo de 2025 - 7:00 p. m." under a concert's announcement), no stamp."""
    mentions = _found(line, language)
    if len(mentions) != 1 or ":" not in line or not (date := _whole(mentions[0])):
        return None
    m = mentions[0]
    rest = STAMP_CLOCK_REST.fullmatch(line[: m.start] + " " + line[m.end :])
    minutes = (rest.group("minutes") or rest.group("minutes24")) if rest else None
    scheduled = minutes is not None and int(minutes) % SCHEDULED_MINUTES == 0
    return Published(date, "header", stated_as=line.strip()) if rest and not scheduled else None


def _credited_figures(tail: str, mention: DateMention) -> bool:
    """A date in figures after the lede's last full stop, then a comma and the outlet's name closing the paragraph
    with no full stop: the site's credit under its media ("… d'un correspondant de Sputnik. 07.12.2024, Sputnik
    Afrique", as a title bar writes "Headline - 06.03.2013, Agency"); prose writes a date in words or after a word."""
    figures = not re.search(r"[^\W\d_]", mention.text)
    return figures and bool(SENTENCE_BEFORE.search(tail[: mention.start])) and bool(CREDIT_AFTER.fullmatch(tail[mention.end :]))


def _told_hour(after: str) -> bool:
    """The time after a date is the hour of what the sentence tells ("1er juin 2009, 2h14 du matin. Le vol …"),
    not a stamp's (`told_hour`)."""
    end = SENTENCE_END.search(after)
    return bool(told_hour().search(after[: end.end() if end else len(after)]))


def _numeric_then_sentence(mention: DateMention, after: str) -> bool:
    """A date in figures alone, then a space and a whole sentence: a site's stamp opening the text ("04.03.2024
    The government approved …"); prose says "On 04.03.2024". A caption under its photo's date ends in no full
    stop ("04.03.2024 The harbour of Lomé Agency/AP")."""
    figures = not re.search(r"[^\W\d_]", mention.text)
    # the paragraph's end, or the end of a clause where a scraper or a quotation cut it ("… para este viernes;")
    return figures and _sentence_starts(after) and bool(PARAGRAPH_END.search(after) or CLAUSE_CUT.search(after))


def _opens_parenthesis(before: str) -> bool:
    """Before the date, a parenthesis it opens ("(", "(Di " or "(Paris, "), alone or after a headline ("…
    “Limitare la diffusione” (Di giovedì 30 gennaio 2020) L’Oms …"), which may hold a full stop of its own ("…
    attorno a Taiwan. Il ministero: «…» (Di lunedì 15 agosto 2022) Il copione …": `_closes_parenthesis` asks
    that a sentence start right after it, which prose never writes after a date in parentheses)."""
    opened = before.rfind("(")
    if opened < 0:
        return False
    # or a dateline's places in it: "(Paris, Rome, 11.09.2023). Quatre avions …"
    return bool(LEADING_PARENTHESIS.fullmatch(before[opened:])) or _is_place(before[opened + 1 :])


def _closes_parenthesis(before: str, after: str) -> bool:
    """The parenthesis closes right after the date; after a headline, a sentence starts there: "… nesta 2ª feira
    (29.jul.2024)." is a sentence's date."""
    rest = after.lstrip()
    alone = not before[: before.rfind("(")].strip()
    return rest.startswith(")") and (alone or _sentence_starts(rest[1:]))


def _headline(before: str) -> bool:
    """Text before the date that holds no sentence: a headline the scraper glued to the date line."""
    return bool(before.strip()) and not SENTENCE_END.search(before)


def _stamp_then_sentence(after: str) -> bool:
    """After the date, a dash and a time, then a sentence with no full stop between: a site's stamp between the
    headline and the text ("… internazionale 23 gennaio 2020 - 21:13 Secondo l'Organizzazione …"). A time after
    a comma may be the time of what the sentence reports."""
    stamp = DASH_TIME.match(after)
    return bool(stamp) and _sentence_starts(after[stamp.end() :])


def _label_alone(before: str) -> str | None:
    """The kind of label ("published" or "updated") the words before a date are, if they are only that."""
    published, updated, _ = labels()
    kinds = (("published", published), ("updated", updated))
    return next((kind for kind, label in kinds if label.fullmatch(before.strip())), None)


def _unexpanded(text: str, end: int) -> int:
    """An offset in `full_years(text)` as an offset in `text`: each century added before it is two characters."""
    for m in SHORT_YEAR.finditer(text):
        end -= 2 if m.end() + 2 <= end else 0
    return end


def _has_weekday(mention: DateMention, language: str) -> bool:
    first = mention.text.split(maxsplit=1)[0].strip(",،")
    return key(first) in words(language).weekdays


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isascii() for c in letters) * 2 > len(letters)


def _cjk_field(before: str, after: str) -> bool:
    """A date set off by spaces in Chinese or Japanese, which write none in prose, after a short field (a
    section's name), with more fields after it before any sentence ends: a header glued to the text ("特集
    2024年3月4日 洛美签署渔业协定 【某网】 政府…")."""
    field = before.rstrip()
    timed = SPACED_TIME.match(after)  # "… 2022-09-13 21:47:46 作者: …": the stamp's time, then its fields
    after = after[timed.end() :] if timed else after
    spaced = before[-1:].isspace() and after[:1].isspace() and bool(CJK_RUN.match(after.lstrip()))
    after_fields = len(CJK_SENTENCE_END.split(after, maxsplit=1)[0].split())
    # a section's name, or it and the headline ("新聞 某某逝世 2011年12月18日 图片说明. 正文…"): four fields at least
    fields = field.split()
    named = 0 < len(fields) <= 2 and len(fields[0]) <= MAX_CJK_FIELD and all(CJK_RUN.fullmatch(f) for f in fields)
    return spaced and named and len(fields) + after_fields >= 1 + MIN_FIELDS_AFTER and after_fields >= 2


# a date in figures with its month or day padded with a zero, as software writes it and Chinese prose never does:
# "2024年05月02日"
PADDED_CJK_DATE = re.compile(r"\d{4}\s*年\s*(?:0\d\s*月\s*\d{1,2}|\d{1,2}\s*月\s*0\d)\s*日")


def _padded_cjk_stamp(date: str, before: str, after: str) -> bool:
    """A padded date (`PADDED_CJK_DATE`) set off by spaces between a headline's fields, Chinese or Japanese with no
    sentence's end, and the text: a site's stamp on the line of its headline and section ("标题 副标题 栏目
    2024年05月02日 【某台】政府…"), though the text after it has one field only."""
    fields = before.split()
    spaced = before[-1:].isspace() and after[:1].isspace()
    return (
        bool(PADDED_CJK_DATE.fullmatch(date.strip()))
        and spaced
        and bool(fields)
        and all(CJK_RUN.fullmatch(f) for f in fields)
        and bool(re.match(f"[{CJK}【]", after.lstrip()))
    )


def _between_other_script(text: str, mention: DateMention) -> bool:
    """A date in Latin letters with letters of another script on both sides ("…海警船 Feb 6, 2024 中國…"). Arabic
    prose writes its dates in figures ("أصدرت المحكمة الجنائية الدولية ف2023/3/17 مذكرة"): a date in figures counts
    only after a dateline's place or the outlet's name opening the text ("مراكش 9-9-2023 وفا- أعلنت …")."""
    head = text[: mention.start]
    before, after = head.rstrip()[-1:], text[mention.end :].lstrip()[:1]
    if not all(c.isalpha() and not c.isascii() for c in (before, after)):
        return False
    placed = head[-1:].isspace() and len(head.split()) <= MAX_PLACE_NAMES
    return placed or bool(re.search(r"[A-Za-z]", mention.text))


def _sentence_glued(after: str) -> bool:
    """The next sentence starts with no space after the date (or its abbreviated "year"): "2023 р.Міністерство";
    in a script without capitals that spaces its words, a word glued to the year's digits ("2023قال")."""
    glued = GLUED_SENTENCE.match(after)
    if not glued:
        return False
    initial = glued.group("initial")
    uncased = initial.lower() == initial.upper() and not NO_SPACES.match(initial)
    return initial.isupper() or (uncased and bool(re.match(r"[^\W\d_]{2}", after)))


def _weekday_glued(before: str, language: str) -> bool:
    """A weekday glued to the headline's last word, the date after it: "… the talksMonday 4 March 2024"."""
    last = re.search(r"[^\W\d_]([^\W\d_]+),?\s*$", before)
    glued = key(last[1]) if last else ""
    return any(glued.endswith(day) and glued != day for day in words(language).weekdays if len(day) >= 4)


def _weekday_then_glued(after: str, language: str) -> bool:
    """After the date, a comma and its weekday glued to the text's first word: a site's stamp opening the text
    ("۱۳۸۹ بهمن ۲۲, جمعهخبر …", "4 March 2024, MondayThe government …"); in a cased script the glued word
    opens with a capital ("Sundays are …" is a word)."""
    glued = re.match(r"\s*[,،]\s*([^\W\d_]+)", after)
    word = key(glued[1]) if glued else ""
    days = [day for day in words(language).weekdays if len(day) >= MIN_STEM and word.startswith(day) and word != day]
    day = max(days, key=len, default=None)  # "pirmadienis", not "pirmadieni", before "Vyriausybė"
    rest = glued[1][len(day) :] if glued and day else ""
    return bool(rest) and (rest[0].isupper() or rest[0].lower() == rest[0].upper())


SHOUTED_WORD = re.compile(r"\s+([^\W\d_]{5,})(?=[\s,;:]|$)")  # five letters or more: no acronym ("NATO", "ONU")


def _shouted_word(after: str) -> bool:
    """A word in capitals right after a weekday's whole date opening the text: the formula an act opens with
    (`data/publication.yaml`'s `act_formulas`), glued to the stamp above it ("martedì 24 gennaio 2023 VISTO il …",
    "Monday 4 March 2024 WHEREAS the …"); prose after an opening date goes on with a lower-case word or a name
    ("Martedì 24 gennaio 2023 il consiglio …"), and a notice's headline in capitals after its event's date is no
    formula ("Sabato 12 ottobre 2024 GRANDE FESTA in piazza": the festival's day)."""
    word = SHOUTED_WORD.match(after)
    return bool(word) and word[1].isupper() and word[1].casefold() in _act_formulas()


@cache
def _act_formulas() -> frozenset[str]:
    """The words of every language's `act_formulas` (the header may be read before the page's language is known)."""
    lists = (safeyaml.shipped(DATA).get("act_formulas") or {}).values()
    return frozenset(str(w).casefold() for words in lists for w in words)


def _capitals_header(before: str) -> bool:
    """Text before the date opening with words in capitals (a press statement's header) and no sentence."""
    words = before.split()
    return len(words) >= 2 and all(w.isupper() for w in words[:2]) and not SENTENCE_END.search(before)


def _sentence_starts(after: str) -> bool:
    """A sentence starts after the date: a word with a capital initial and lower-case letters after it."""
    word = after.split(maxsplit=1)[0] if after[:1].isspace() and after.strip() else ""
    return word[:1].isupper() and any(c.islower() for c in word[1:])


def _ends_headline(before: str) -> bool:
    """Text before the date that is a headline: no sentence in it, and no lower-case word (a preposition:
    "agreed on") right before the date."""
    last = before.split()[-1:] or [""]
    return bool(before.strip()) and not SENTENCE_END.search(before) and not last[0][:1].islower()
