"""The publication date the opening of a page's text states: an agency dateline ("DOHA, Nov. 4
(QNA) —", "Paris, 2 avril (AFP)."), a source and a date in brackets or after a slash, a press release's or a
notice's stamp, a cable's spaced date, "today" with the date beside it; never a date of an event that opens the
first sentence.
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from babel import UnknownLocaleError
from babel.dates import get_month_names

from . import safeyaml
from .dates import ascii_digits
from .dates_grammar import DateMention
from .datewords import fold, key, relative_days, words
from .model import Published
from .published_lines import (
    AM_PM,
    CJK,
    CJK_RUN,
    CJK_SENTENCE_END,
    CLOCK,
    CLOSING_REST,
    DATA,
    MAX_DAY_HEADING,
    MAX_PARTICLE,
    MAX_PLACE_WORDS,
    MAX_PREPOSITION,
    MIN_STEM,
    NO_SPACES,
    PARAGRAPH_END,
    SENTENCE_END,
    SHORT_YEAR,
    STAMP_DASH,
    STAMP_REACH,
    STAMP_REST,
    STAMP_TIME_AFTER,
    as_day_first,
    cable_labels,
    calendar_words,
    cldr_month_names,
    date_alone,
    day_and_month,
    ends_headline,
    found_in_head,
    full_years,
    has_weekday,
    header_dates,
    is_cable_dateline,
    labels,
    language_words,
    listed_alternation,
    meeting_spans,
    only_year_words,
    padded_day,
    site_languages,
    source_label,
    starts_as_sentence,
    statement_words,
    told_hour,
    whole_iso,
    written_alternation,
    zone_abbreviations,
    zone_cities,
)
from .scripts import without_marks

MAX_CJK_FIELD = 20  # characters of a section's name before a header's date
MIN_FIELDS_AFTER = 3  # the headline, the source, the text: a sentence spacing its date has one part after it
SLASHED_STAMP = re.compile(r"^/([^/\n]{6,30})/\s+(?=\S)")  # "/2023.5.3/ " opening the text: a site's stamp
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
CLAUSE_CUT = re.compile(r"[^\W\d_]{2}[;；]\s*$")  # a clause's last word and its semicolon, where the text was cut
FIELD_REACH = 40  # a field's date stands within a place's length of its label
CONNECTIVE = re.compile(r"\s*(?:[^\W\d_]{1,12}\s+)?")  # one short word between a date and its label: "tarihinde"
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
CAPITALS_PLACE = re.compile(r"^[A-ZÀ-ÞА-ЯЁІЇЄҐ]{3,}\b")  # a dateline's place opening in capitals: "FILIPPINE "
FULL_STOP_THEN_TEXT = re.compile(r"^\.\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ]")
STOP_THEN_TEXT = re.compile(r"^\.\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]")  # the same, or glued by the scraper: "2025.Un puissant"
WEEKDAY_DASH = re.compile(r"\s*[–—-]{1,2}\s")  # the dash after a dateline's weekday and date
DASH_TIME = re.compile(rf"\s+[-–—|]\s*{CLOCK}(?![\d:])")  # "23 gennaio 2020 - 21:13"
SPACED_TIME = re.compile(r"\s+\d{1,2}:\d{2}(?::\d{2})?(?=\s)")  # " 21:47:46 " between a stamp's date and fields
STAMP_TIME = re.compile(rf"\s*(?:\d{{1,2}}[:.]\d{{2}}{AM_PM}\s*[-–—|/]?\s*)?")  # a time before the date: "01:39 - ", "1:03 PM – "
# a clock's time opening the paragraph, then its date: "09:08, мая 16, 2024 Прохожий …", a site's stamp (prose gives
# an hour a preposition)
TIME_THEN_DATE = re.compile(rf"\s*\d{{1,2}}:\d{{2}}{AM_PM}\s*[,|/–—-]?\s*")
GLUED_SENTENCE = re.compile(r"(?:\s?[^\W\d_]{0,4}\.)?(?P<initial>[^\W\d_])")
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
MAX_CONNECTIVE = 12  # letters of the word between a date and its label: "tarihinde"
NOTICE_GAP = 12  # characters between a notice's label and its date: " il ", " en ", " on the "
CLAUSE_END = re.compile(r"\s*(?:[,.;:：|]|$)")  # a label that closes its clause: "… tarihinde eklendi, …"
# a dateline's article before its date ("Paris, le 4 mars 2024") and sources parted by spaced slashes ("AFP/ Reuters, ")
SHORT_WORD_END = re.compile(r"(?<=[,،])\s*[^\W\d_]{1,3}\s+$")
SPACED_SLASH = re.compile(r"\s*/\s*")
MAX_CREDIT_WORDS = 5  # "Photo courtesy IAEA", "Foto: A. Writer/Agency": a credit's words
MAX_PLACE_NAMES = 3  # "Essen/Paríž", "Banská Bystrica"
FULL_STOP_HYPHEN = re.compile(r"^\.-\s+\S")  # "15/07/2018.- Francia": a Spanish-language agency's dateline end
AGENCY_DASH = re.compile(r"^\.?\s*\([^)]{2,40}\)\s*[—–-]{1,2}\s")
CLOSING_TIME = re.compile(rf"(?<![\d:.])\d{{1,2}}[:.]\d{{2}}{AM_PM}\s*$")  # "… Lomé 7:15" before the date closing a paragraph
GLUED_TO_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?]$")  # a sentence's last word and full stop, the date glued to them
CAPITAL_AFTER = re.compile(r"\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ]")  # a sentence's capital after a space
SENTENCE_BEFORE = re.compile(r"[^\W\d_]{2}[\"'”’»)]*[.!?]\s+$")  # a sentence's last word and full stop, then a space
# a comma, then a name of one to three words each opening with a capital, closing the paragraph: "…, Sputnik Afrique"
CREDIT_AFTER = re.compile(r",\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]*(?:\s+[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]*){0,2}\s*")
# what may close a dateline alone on its line: the agency's name in capitals, or its site's address ("INTERFAX.RU")
# and the dash that opened the text under it ("MADRID, 23 Ago. (EUROPA PRESS) -")
AGENCY_ONLY = re.compile(
    r"[.,]?\s*(?:\([^)]{2,40}\)|/[^/]{2,30}/|[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,}(?:[./-][^\W\d_]{2,})*)[.\s]*(?:[—–-]{1,2}\s*)?"
)


@cache
def _language_words_pattern(key: str, language: str) -> re.Pattern[str] | None:
    """Any of the language's words of a `data/publication.yaml` list (`language_words`), a whole word in any case
    (`this_statement`: "This", "Ce", "Le présent"); None where the language has none."""
    words = language_words(key, language)
    return re.compile(rf"(?:{written_alternation(words)})(?![^\W\d_])", re.I) if words else None


def _zone_dropped(text: str) -> str:
    """The text without the zone's short name after the time closing it ("… 20 Februari 2020 | 20:43 WIB"): the
    time's, as a stamp writes it (`zone_abbreviations`)."""
    return re.sub(rf"(?<=\d[:.]\d\d)\s*(?:{'|'.join(zone_abbreviations())})$", "", text)


@cache
def _arabic_agency_line() -> re.Pattern[str]:
    """In an Arabic-script line, a known agency after the date and an Arabic comma, closing the dateline's line:
    "کابل، د زمري ۱۶مه، باختر" (Kabul, 16 Asad, Bakhtar), the day's ordinal ending ("مه") glued to its figures.
    Only the agencies of `arabic_script_agencies`: any word there may be the text's ("…، ذكرى الثورة")."""
    return re.compile(rf"^[^\W\d_]{{0,2}}\s*،\s*(?:{listed_alternation('arabic_script_agencies')})[ \t]*\n")


def from_dateline(paragraph: str, language: str) -> Published | None:
    """An agency dateline that opens the text: a place, a whole date, then the agency or a dash. With no place
    the agency must be named: "July 17, 2023 - Russia has halted …" is the date of what the text reports."""
    head = full_years(paragraph[:80])  # agencies stamp two-digit years: "ROMA 20/6/13."
    mention = next(iter(map(as_day_first, found_in_head(head, language))), None)  # only the first date can be a dateline
    if mention is None and NAMED_AGENCY.search(head):  # "BILBO 25 Abr. (EUROPA PRESS) -" on a page in Basque
        return next(filter(None, (_agency_dateline(paragraph, head, other) for other in site_languages(language)[1:])), None)
    return _agency_dateline(paragraph, head, language, mention)


def _agency_dateline(paragraph: str, head: str, language: str, mention: DateMention | None = None) -> Published | None:
    """The dateline of `from_dateline`, its date read in the language."""
    mention = mention or next(iter(map(as_day_first, found_in_head(head, language))), None)
    if mention is None or not _shaped_after_source(head[: mention.start], head[mention.end :], mention, language):
        return None
    if _date_in_parentheses(head[mention.end :], language):  # "۱۵ جنوری (۲۵ جدی)": the same day in another calendar
        return None
    return _dateline_date(mention, paragraph[: _unexpanded(paragraph, mention.end) + 12].strip())


# a site's name of a few words, then a dash before its dateline's place: "بوابة أوكرانيا -كييف- 22 نوفمبر 2021- …"
SOURCE_DASH = re.compile(r"^[^\W\d_][^\d\n—–|-]{1,40}?\s[—–|-]\s?(?=[^\W\d_])")  # or a bar: "Site.org | Yaoundé, …"
SPACED_DASH_END = re.compile(r"\s[—–-]\s*$")  # a dateline's place closed by a spaced dash: "Yaoundé, Cameroon – "
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
# write in the language of the country it publishes from, not the page's (`site_languages`)
NAMED_AGENCY = re.compile(r"\d[^()\d]{0,15}\([^)]{2,40}\)\s*[—–-]")  # "25 Abr. (EUROPA PRESS) -"


def from_spaced_cable(paragraph: str, language: str) -> Published | None:
    """A Chinese agency's dateline (`is_cable_dateline`) after a space inside the text's first paragraph: Chinese prose writes
    no spaces, so the scraper glued a field before it, a photo's caption and credit ("1月12日,在太子港,人们站在
    倒塌的建筑物旁。某社/某社 某某网某城1月12日电 …")."""
    head = paragraph[:300]
    if not CJK_RUN.search(head):
        return None
    for mention in found_in_head(head, language):
        place = head[: mention.start].rsplit(maxsplit=1)
        if len(place) == 2 and head[: mention.start][-1:] != " " and is_cable_dateline(place[1], head[mention.end :]):
            return _dateline_date(mention, head[mention.start - len(place[1]) : mention.end + 1])
    return None


def _dateline_date(mention: DateMention, stated_as: str) -> Published | None:
    """A dateline's whole date, or its day and month kept year-less."""
    date = whole_iso(mention)
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
        mention = next(iter(header_dates(expanded, language)), None)
        place = expanded[: mention.start] if mention else ""
        if mention and whole_iso(mention) and (not place.strip() or _is_place(place.lstrip())):
            end = label.end() + _unexpanded(field, mention.end)
            return Published(whole_iso(mention), "header", stated_as=head[label.start() : end].strip())
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
        mention = next(reversed([m for m in header_dates(before, language) if whole_iso(m)]), None)
        if mention and CONNECTIVE.fullmatch(before[mention.end :]):
            return Published(whole_iso(mention), "header", stated_as=(before[mention.start :] + label[0]).strip())
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
        date = date_alone(stamp["date"], language, labelled=True) if stamp else None
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
    date = date_alone(stamp, language, labelled=True) or day_and_month(stamp, language)
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
    mention = next(iter(found_in_head(title, language)), None)
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
    return whole and mention.weekday is not None and bool(whole_iso(mention))


def from_dateline_alone(line: str, language: str) -> Published | None:
    """A dateline alone on the line under the headline, a place a comma sets off and its date, nothing else
    ("Lomé, March 4"); a headline may hold as much ("Lomé, 4 March – a year on" less its last part, taken for
    the site's name)."""
    mention = next(iter(found_in_head(line, language)), None)
    place = SPACED_SLASH.sub("/", SHORT_WORD_END.sub("", line[: mention.start])) if mention else ""
    if mention and not line[mention.end :].strip(" .") and place.rstrip().endswith((",", "،")) and _is_place(place):
        return _dateline_date(mention, line)
    return None


def from_glued_dateline(paragraph: str, language: str) -> Published | None:
    """An agency dateline glued to the headline before it, the first date of the paragraph: "Sommet à Lomé
    Lomé, 4 mars (Agence) - Les ministres …". The headline holds no sentence; the agency must be named."""
    mentions = found_in_head(paragraph[:300], language)
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
    return re.compile(rf"(?:{listed_alternation('photo_credit')})(?!\w)", re.I)


def _dateline_shape(place: str, after: str, mention: DateMention, language: str) -> bool:
    """A place (or none), the date, then the agency or a dash: with no place, the agency, a weekday before the
    date and a dash after it ("Monday, July 8, 2024 – "), or a full stop and the text, the date a sentence of its
    own ("9 ноября. В США …"); after a place in capitals or one a full stop closes, a full stop and the text
    ("FILIPPINE Manila 20/6/13. Le Filippine …", "Valencia, España. 30 de octubre de 2024. La …")."""
    if is_cable_dateline(place, after) or (place.strip() == "【" and (BRACKET_AGENCY.match(after) or _bracketed_cable(after))):
        return True
    if not place.strip():  # a time after the dash makes it a site's stamp ("Domingo 08/12/24 - 8h08"): from_opening
        weekday_dash = has_weekday(mention, language) and WEEKDAY_DASH.match(after) and not STAMP_TIME_AFTER.match(after)
        # "9 ноября. В США …": the date a sentence of its own, with no verb (its full stop may be read with it)
        # a site's stamp of the day without its year: with one, the date heads what the text tells ("14 mars 2022. La …")
        alone = not mention.year and (
            FULL_STOP_THEN_TEXT.match(after) or (mention.text.endswith(".") and FULL_STOP_THEN_TEXT.match("." + after))
        )
        # a day padded with a zero, as software writes it, a whole date and a dash before the text: the page's stamp
        # opening its first paragraph ("04 de novembro de 2025 — A cidade de Belém …"); prose writes "4 de novembro"
        padded = padded_day(mention) and mention.year and WEEKDAY_DASH.match(after)
        return bool(AGENCY_END.match(after) or weekday_dash or alone or (padded and not STAMP_TIME_AFTER.match(after)))
    capitals = CAPITALS_PLACE.match(place) and FULL_STOP_THEN_TEXT.match(after)
    # a place closed by a full stop, the date a sentence of its own: "Valencia, España. 30 de octubre de 2024. La …"
    capitals = capitals or (place.rstrip().endswith(".") and FULL_STOP_THEN_TEXT.match(after))
    # a place a comma or a spaced dash sets off, the date a sentence of its own: "Хартум, 25 октября. Военные …",
    # "Yaoundé, Cameroon – October 22, 2025. The council …"
    stop = FULL_STOP_THEN_TEXT.match(after) or (mention.text.endswith(".") and FULL_STOP_THEN_TEXT.match("." + after))
    capitals = capitals or ((place.rstrip().endswith((",", "،")) or SPACED_DASH_END.search(place)) and stop)
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
    # a city that names a time zone in CLDR with no comma, a whole date and its full stop, the text glued or spaced
    # after it: "Moscou 29 juillet 2025.Un puissant séisme …"
    stopped = STOP_THEN_TEXT.match(after) or (mention.text.endswith(".") and STOP_THEN_TEXT.match("." + after))
    if stopped and mention.year and mention.day and _names_only(place) and place.strip().casefold() in zone_cities():
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
    return bool(slash) and one_word and not named and not found_in_head(SENTENCE_OF.match(after)[0], language)


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
    word = next((w for w in cable_labels()[1] if after.startswith(w)), None)
    return bool(word) and after[len(word) :].lstrip().startswith("】")


def _names_only(place: str) -> bool:
    """Up to three capitalised words and nothing else, parted by spaces or slashes: a dateline's place that
    writes no comma before its date when the agency and a dash follow it ("Tokio 9. júla (TASR) - ")."""
    names = re.split(r"[\s/]+", without_marks(place).strip())
    return 0 < len(names) <= MAX_PLACE_NAMES and all(n.isalpha() and n[:1].isupper() for n in names)


def _date_in_parentheses(after: str, language: str) -> bool:
    """Parentheses right after the date that hold a date (its day in another calendar), not an agency."""
    opened = re.match(r"\.?\s*\(([^)]{2,40})\)", after)
    return bool(opened and found_in_head(opened[0], language))


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
    mentions = [as_day_first(m) for m in found_in_head(head, language)]
    if not _latin(head):  # sites write their own dates in English whatever the text's language
        mentions += [m for m in found_in_head(head, "en") if m.text.isascii() and _between_other_script(head, m)]
    mention = min(mentions, key=lambda m: m.start, default=None)
    date = whole_iso(mention) if mention else None
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
        or (
            (_no_words(_without_place_in(before, language), language) or label)
            and _stamp_time(after, language)
            and not _told_hour(after)
        )
        or (_headline(before) and _stamp_then_sentence(after))
        or (_weekday_glued(before, language) and after[:1].isupper())
        or (_capitals_header(before) and _sentence_starts(after))
        or (has_weekday(mention, language) and ends_headline(before) and STAMP_REST.fullmatch(paragraph[mention.end :]))
        or (mention.text.isascii() and not _latin(head) and _between_other_script(head, mention))
        or _cjk_field(before, after)
        or _padded_cjk_stamp(mention.text, before, after)
        or (not before.strip() and _numeric_then_sentence(mention, paragraph[_unexpanded(paragraph, mention.end) :]))
        or (not before.strip() and _weekday_then_glued(after, language))
        or (not before.strip() and has_weekday(mention, language) and _shouted_word(after))
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


# a source's name in parentheses with the whole date, a semicolon or comma between, then a dash before the text:
# "(EBC; April 2, 2019) - President …", "(Agency, 4 March 2024) – The …"
SOURCE_AND_DATE = re.compile(
    r"\(\s*[^\W\d_][\w.&’'-]{1,20}(?:\s+[\w.&’'-]{1,20}){0,2}\s*[;,]\s*([^()\n]{4,40})\)\s*[—–-]{1,2}\s+"
)


def from_source_and_date(paragraph: str, language: str) -> Published | None:
    """A source's name and the date alone in parentheses opening the text, a dash after them: the outlet's stamp
    over its text, as "Place (Agency) –" is over a wire's."""
    opened = SOURCE_AND_DATE.match(paragraph)
    mention = next(iter(header_dates(opened[1], language)), None) if opened else None
    if not (opened and mention and mention.text.strip() == opened[1].strip() and whole_iso(mention)):
        return None
    if not starts_as_sentence(paragraph[opened.end() :]):
        return None
    return Published(whole_iso(mention), "header", stated_as=opened[0].strip())


def from_slashed(paragraph: str, language: str) -> Published | None:
    """A whole date alone between slashes opening the text ("/2023.5.3/ Нийгэмд …"), as agencies set off their
    name ("/Agency/"): a site's stamp, which prose never opens a paragraph with."""
    opened = SLASHED_STAMP.match(paragraph)
    mention = next(iter(header_dates(opened[1], language)), None) if opened else None
    if not (opened and mention and mention.text == opened[1].strip() and whole_iso(mention)):
        return None
    return Published(whole_iso(mention), "header", stated_as=opened[0].strip())


def from_parenthesised(paragraph: str, language: str) -> Published | None:
    """A whole date alone in parentheses opening the paragraph, a short word at most before it ("(Di venerdì 16
    febbraio 2024) Roma, …"): a site's stamp, which prose never opens a paragraph with."""
    opened = LEADING_PARENTHESIS.match(paragraph)
    if not opened or not paragraph.startswith("("):
        return None
    mention = next(iter(header_dates(paragraph[:MAX_HEADLINE], language)), None)
    date = whole_iso(mention) if mention and mention.start == opened.end() else None
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
    mention = next(iter(header_dates(inside, language)), None)
    if mention is None or inside[mention.end :].strip() or not WEEKDAY_COMMA.fullmatch(inside[: mention.start]):
        return None
    return _dateline_date(mention, paragraph[: opened.end()].strip())


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


def _without_place_in(before: str, language: str) -> str:
    """What is before a stamp less a dateline's place of one word and the word joining it to the stamp
    ("الدمام في ", `dateline_in`)."""
    place = re.match(r"\s*[^\W\d_]+\s+([^\W\d_]+)\s", before)
    return before[place.end() :] if place and place[1] in language_words("dateline_in", language) else before


def _no_words(before: str, language: str) -> bool:
    """Nothing before the date but a weekday's name and what has no letters: an image's empty markup, a count of
    views ("![]() 2134 Суббота, 10 Сентября, 2022 года, 21:42 Похороны …")."""
    return all(key(w) in words(language).weekdays for w in re.findall(r"[^\W\d_]+", before))


def _stamp_time(after: str, language: str) -> bool:
    """A time right after the date, or after the language's word for "year" ("2022 года, 21:42")."""
    year = re.match(r"\s*([^\W\d_]+\.?)", after)
    if year and only_year_words(year[1], language):
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
    mention = next(iter(header_dates(before, language)), None)
    date = whole_iso(mention) if mention and not before[: mention.start].strip() else None
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
    body = listed_alternation("self_reference")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def from_notice(paragraph: str, language: str) -> Published | None:
    """A notice by which the page dates itself: the words for "this article" (`self_reference`), a published label
    and its date right after it, at the precision stated ("Questo articolo è stato pubblicato il 11 febbraio 2011
    alle ore 13:16.", "Prenez note que cet article publié en 2016 pourrait contenir …": 2016)."""
    for own in _self_reference().finditer(paragraph[:STAMP_REACH]):
        label = labels()[0].search(paragraph, own.end(), own.end() + FIELD_REACH)
        after = paragraph[label.end() : label.end() + FIELD_REACH] if label else ""
        mention = next(iter(header_dates(after, language)), None)
        if label and mention and mention.start <= NOTICE_GAP and mention.year:
            date = whole_iso(mention) or _stated_part(mention)
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
    body = written_alternation(verbs)
    short = r"[^\W\d_]{1,7}"
    return re.compile(rf"(?:{short}\s+){{0,2}}?{names.pattern}(?:,?\s+{short}){{0,2}}?,?\s+(?:{body})(?![^\W\d_])", re.I)


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
    mentions = header_dates(text[opening.end() :], language) if opening else []
    if len(mentions) != 1 or not (date := whole_iso(mentions[0])):
        return None
    start, end = opening.end() + mentions[0].start, opening.end() + mentions[0].end
    if not NOTE_AGENT.fullmatch(text, opening.end(), start) or not NOTE_END.fullmatch(text, end):
        return None
    return Published(date, "header", stated_as=text)


def from_day_of_statements(line: str, language: str) -> Published | None:
    """A heading of the page that names the statements of one day, as a ministry titles the page collecting them
    ("Déclarations officielles de politique étrangère du 18 août 2017", "Statements of 4 March 2024"): the
    language's plural words for them open it (`statements_of_day`), and a short word and a whole date close it.
    The page is that day's: its date is the page's."""
    words = _language_words_pattern("statements_of_day", language)
    opening = words.match(line.strip()) if words and len(line.split()) <= MAX_DAY_HEADING else None
    mentions = header_dates(line.strip(), language) if opening else []
    if len(mentions) != 1 or not (date := whole_iso(mentions[0])) or not NOTE_END.fullmatch(line.strip(), mentions[0].end):
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
    mentions = found_in_head(text, language)
    if len(mentions) != 1 or text[mentions[0].end :].strip() or not has_weekday(mentions[0], language):
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
    date = whole_iso(mentions[0])
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
    found = found_in_head(paragraph[:80], language)
    named = next((m for m in found if m.start and whole_iso(m)), None)  # "Heute ist Mittwoch, 9. Oktober 2019."
    if named and _today_is(paragraph[: named.start], language):
        return Published(str(whole_iso(named)), "dateline", stated_as=named.text)
    mention = next(iter(found), None)
    date = whole_iso(mention) if mention and mention.start == 0 else None
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
    body = listed_alternation("press_time")
    return re.compile(rf"(?:(?<!\w)|(?<=[{CJK}]))(?:{body})\s*[:：]?\s*", re.I)  # Chinese writes no spaces


def from_press_time(paragraph: str, language: str) -> Published | None:
    """The time an editor's note says the text went to press, the date right after its words (`press_time`):
    "本文截稿时间为3月4日上午11时", "Redaktionsschluss: 4. März 2024". The day alone is kept year-less."""
    for label in _press_time().finditer(paragraph[:400]):
        mention = next(iter(found_in_head(paragraph[label.end() : label.end() + 40], language)), None)
        if mention and mention.start == 0:
            stated_as = paragraph[label.start() : label.end() + mention.end]
            date = whole_iso(mention)
            if date:
                return Published(date, "header", stated_as=stated_as)
            yearless = day_and_month(mention.text, language)
            return Published(None, "header", stated_as=stated_as, yearless=yearless) if yearless else None
    return None


def from_closing_stamp(paragraph: str, language: str) -> Published | None:
    """A time and a whole date closing the text's first paragraph with no full stop: a live page's stamp the
    scraper glued after its lede ("… at the polling station. Live Lomé 7:15 4 March 2024"), or a date glued to the
    lede's full stop with no space ("… were killed.March 4, 2024"); a sentence's date has a full stop after it."""
    tail = full_years(_zone_dropped(paragraph.rstrip())[-80:])
    mentions = header_dates(tail, language)
    if not _latin(tail):  # sites write their own dates in English whatever the text's language
        mentions += [m for m in header_dates(tail, "en") if m.text.isascii()]
    mention = max(mentions, key=lambda m: m.end, default=None)
    if mention and _credited_figures(tail, mention):
        return Published(whole_iso(mention), "header", stated_as=tail[mention.start :].strip()) if whole_iso(mention) else None
    if not mention or not CLOSING_REST.fullmatch(tail[mention.end :]):
        return None
    before = CLOSING_TIME.search(tail[: mention.start])
    glued = GLUED_TO_SENTENCE.search(tail[: mention.start])  # "… 186 дітей.Sep 3, 2022": no space, no sentence's date
    glued = glued or tail[: mention.start].rstrip().endswith("|")  # "… A. Writer|01.01.2026": a byline's field, no prose
    date = whole_iso(mention) if before or glued or CLOSING_TIME.search(tail[mention.end :]) else None
    return Published(date, "header", stated_as=tail[before.start() if before else mention.start :].strip()) if date else None


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
