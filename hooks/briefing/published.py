"""The publication date a page states about itself: a date line in its header ("Updated: Tuesday Mar 5,
2024", "3 апреля 2023, 09:40"), an agency dateline opening its text ("DOHA, Nov. 4 (QNA) —",
"Paris, 2 avril (AFP)."), or a date line the scraper glued to the text or the headline. Only a whole date
(day, month and year) counts, and never one the page states as the date of an event; a date that only an
"updated" label gives is taken when nothing else is, and says so. When unsure, no date is claimed: a wrong
publication date misleads more than a missing one.

This module chooses among the readings: the header's date lines (`published_header`), the opening's
datelines and stamps (`published_opening`), the lines' furniture (`published_lines`); and checks a date taken
against the text's own events (a meeting's date, a stale update).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import replace
from functools import cache
from typing import Any

from babel import Locale
from babel.dates import format_date

from . import safeyaml
from .dates import ascii_digits
from .dates_grammar import DIGITS, DateMention
from .datewords import fold, key, locales, words
from .model import Event, Published
from .published_header import from_head_stamp, from_header, from_headline, from_revision
from .published_lines import (
    CLOCK,
    DATA,
    MAX_DAY_HEADING,
    MAX_PLACE_WORDS,
    MAX_PREPOSITION,
    PADDED_DAY,
    SENTENCE_END,
    SEPARATOR,
    STAMP_DASH,
    STAMP_REACH,
    WORD,
    calendar_words,
    covered_unit_words,
    date_alone,
    day_first_iso,
    found_in_head,
    has_weekday,
    header_dates,
    header_parts,
    is_cable_dateline,
    is_date_line,
    is_time_span,
    is_unit_word,
    labels,
    labels_joined,
    language_words,
    listed_alternation,
    meeting_spans,
    month_words,
    names_weekday,
    only_year_words,
    other_calendar_dates,
    place_then_this,
    starts_as_sentence,
    statement_words,
    top_bar_labels,
    whole_iso,
    zone_cities,
)
from .published_opening import (
    from_closing_label,
    from_closing_stamp,
    from_danda_dateline,
    from_dateline,
    from_dateline_alone,
    from_dateline_title,
    from_day_of_statements,
    from_day_title,
    from_field,
    from_glued_dateline,
    from_inline_stamp,
    from_labelled_opening,
    from_narrow_dateline,
    from_notice,
    from_opening,
    from_parenthesised,
    from_press_time,
    from_release_note,
    from_slashed,
    from_source_and_date,
    from_source_parenthesis,
    from_spaced_cable,
    from_stamp_label,
    from_today,
)
from .scripts import letter_script

TEXT_SENTENCE_END = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)|[。！？]")  # "… said. The", "…三天。"; not "a.m."
MIN_TEXT_SENTENCES = 3  # sentences of a paragraph that is the text itself, no lede or caption
HEADING_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word of a heading, with no comma or colon after it
LEDE_REACH = 200  # characters of the lede under a date line where it may state that date again
ISO_DATE = re.compile(r"(?:1[5-9]|20)\d\d-\d\d-\d\d")  # ISO 8601's order and padding: a machine's, not a heading's
# "Lima, 4 de marzo", "LIMA, Mar. 4"; Arabic writes no comma: "ليبرفيل 30 أغسطس 2023 (شينخوا)"
PLACE_THEN_DATE = re.compile(r"[^\d,،]{2,60}[,،]\s*(?:[^\W\d_]+\.?\s+)?\d|[\u0600-\u06ff]{3,20}\s+\d")
DAY_HEADING_END = re.compile(r"\s*[:：]\s*|\s+[—–-]\s+")  # the colon or dash after a day's count


@cache
def _latest_issue() -> re.Pattern[str]:
    return re.compile(rf"(?:{listed_alternation('latest_issue')})(?!\w)", re.I)


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


def ends_with_top_bar_label(line: str) -> bool:
    """A date line with a top bar's label glued after its date ("Friday, 4 June 2024 Advertise With Us"): the
    bar's clock and its link, read as one line."""
    folded = line.strip().casefold()
    return any(folded.endswith(f" {label}") and is_date_line(line[: -len(label)]) for label in top_bar_labels())


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
        and published.date in (event.date, day_first_iso(event.date_text))  # "05-08-2024" as the header reads it
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
    date_lines = labels_joined(header.get("date_lines", []))  # a label on the line above makes a date line no heading
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


def _under_masthead(stated: Published | None, head: list[str], language: str) -> Published | None:
    """The page's stamp under its headline over the date a masthead prints: a header date line naming its weekday
    ("Sunday, 8 June 2025") that is later than a stamp with its hour on a short line of the page's head, under
    the headline ("Agency | Section | Saturday, 13 November 2021 - 16:53"), is the site's clock of the day the
    page was viewed, never earlier than its publication; the stamp below is the page's own."""
    if not (stated and stated.date and stated.basis == "header" and names_weekday(stated.stated_as, language)):
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
    mentions = found_in_head(line, language)
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
    for m in found_in_head(line, language):
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
        mentions = [m for line in opening for m in found_in_head(line, language) if whole_iso(m)]
        gregorian = [dt.date.fromisoformat(str(whole_iso(m))) for m in mentions if not m.calendar]
        other = [dt.date.fromisoformat(str(whole_iso(m))) for m in mentions if m.calendar]
        # a Hijri day runs from sunset to sunset, and its reckoning varies by a day between countries
        same_day = any(abs((g - o).days) <= 1 for g in gregorian for o in other)
        if same_day and all(date_alone(line, language) for line in opening):
            return opening
    # a line giving a Gregorian date and a date of a calendar the parser does not read, or writes with dashes
    # ("সোমবার, ২৮ এপ্রিল ২০২৫ ।। ১৫ই বৈশাখ ১৪৩২ বঙ্গাব্দ", "الإثنين - ٠٨ ديسمبر, ٢٠٢٥ ١٦-جمادى الثانية-١٤٤٧"): the same clock
    return [line for line in lines[:1] if date_alone(line, language) and _gregorian_and_other(line, language)]


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
    gregorian = any(whole_iso(m) and not m.calendar for reading in readings for m in found_in_head(line, reading))
    return gregorian and bool(other_calendar_dates().search(fold(ascii_digits(line))))


def _date_then_headline(line: str, title: str | None, language: str) -> Published | None:
    """A whole date, a dash, then the page's headline again, word for word ("Dec 19, 2011 – North Korea's Leader
    Is Dead" under that headline): the site's stamp over its article, not a date the text reports."""
    said = _letters_and_figures(title) if title else ""
    if not said or not _letters_and_figures(line).endswith(said):  # first, the cheap test: the headline again
        return None
    mention = next(iter(header_dates(line, language)), None)
    date = whole_iso(mention) if mention and not line[: mention.start].strip() else None
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
    mention = next(iter(header_dates(line[mark.end() :][:STAMP_REACH], language)), None)
    date = whole_iso(mention) if mention and mention.start == 0 else None
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
    mentions = found_in_head(line, language)
    rest = line.replace(mentions[0].text, "") if len(mentions) == 1 else line
    if len(mentions) != 1 or has_weekday(mentions[0], language) or ISO_DATE.fullmatch(mentions[0].text.translate(DIGITS)):
        return False  # a weekday, or ISO's figures ("2016-11-26"), as software stamps a page: no heading of an event
    if _month_first(mentions[0], language):
        return False  # "novembre 12, 2017" on a French page: a theme's format made for English, no heading of an event
    # a schedule under the date ("日時 令和3年6月28日 午前11時~11時50分"), the hours of what the page announces, is no
    # chronicle's sentence: the date over it is the notice's own
    lede = " ".join(_without(line, text)[:LEDE_REACH] for text in below if not is_time_span(text))
    clock = labels()[2].search(rest)
    if clock and not _hour_repeated(clock.group(), lede):
        return False  # the clock time it was posted at ("05 лютого 2024, 17:51"): a stamp, no heading
    if only_year_words(rest, language):
        return whole_iso(mentions[0]) in {whole_iso(m) for m in found_in_head(lede, language)} - {None}
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


def _day_heading(line: str) -> bool:
    """A date line a count of days opens, the heading of a diary's or chronicle's entry ("Day 3: 9 July 2014",
    "1'inci gün: 7 Temmuz 2014", "День 2 — 8 июля 2014", "第3天：2014年7月9日"): the day it reports, not the page's.
    Read before the language is known, with the day's words of every covered language."""
    head = DAY_HEADING_END.split(line.translate(DIGITS), maxsplit=1)
    if len(head) < 2 or not re.search(r"\d", head[0]) or len(head[0]) > MAX_DAY_HEADING:
        return False
    tokens = [t.casefold() for t in re.findall(r"[^\W\d_]+", head[0])]
    return any(is_unit_word(token, day) for token in tokens for day in covered_unit_words("duration-day"))


def _without(line: str, text: str) -> str:
    """A paragraph without the date line the scraper glued to it, one of its parts between separators ("… Kivu
    del... 27.01.2025", "14 January 2016 | Liberia - …"); a sentence stating the date keeps it."""
    return " ".join(part for part in header_parts(text) if part.strip() != line.strip())


MIN_RUN_ON = 3  # words after a cut paragraph's dateline, outside parentheses: the text's first words


def _runs_on(line: str, language: str) -> bool:
    """Words of the text after the line's first date, outside parentheses: a paragraph cut short, not a heading
    that closes with its date and a gloss ("من ذاكرة تاريخ الـ 12 من يناير (جانفي – كانون الثاني)")."""
    mention = next(iter(found_in_head(line, language)), None)
    rest = re.sub(r"\([^()]*\)", " ", line[mention.end :]) if mention else ""
    return len(re.findall(r"[^\W\d_]{2,}", rest)) > MIN_RUN_ON


def _dateline_under_headline(header: dict[str, Any], language: str) -> Published | None:
    """A dateline the loader took for the headline or for the line under it ("Lomé, March 4"), or opening the
    paragraph it took for that line ("Lomé, 4 mars (Agence) – Le gouvernement …")."""
    title, subtitle = header.get("title"), header.get("subtitle")
    under = (from_dateline_alone(subtitle, language) or from_dateline(subtitle, language)) if subtitle else None
    return from_dateline_title(title, language) or under


def _bare(line: str, language: str) -> bool:
    """A date written out in words and nothing else, no weekday, time or label, or closing a heading's words
    with no comma before it: above the headline it heads what the page is about (an encyclopedia's chronicle:
    "12 juillet 2016" over the event; "Attentats à Lomé 12 juillet 2016"). A page's own date line carries more,
    or is a site's stamp in numbers, with the month abbreviated ("16 jul 2023") or with a zero before the day, as
    software writes it and people do not ("08 декабря 2024")."""
    mentions = found_in_head(line, language)
    closing = len(mentions) == 1 and not line[mentions[0].end :].strip(" .,")
    alone = closing and _heading_words(line[: mentions[0].start].lstrip(" .,"))
    stamped = bool(PADDED_DAY.search(mentions[0].text.translate(DIGITS))) if alone else False
    if not alone or stamped or has_weekday(mentions[0], language) or not _month_in_full(mentions[0], language):
        return False
    return _as_prose_writes(mentions[0], language)


def _whole_day(line: str, language: str) -> bool:
    """A line that states one whole day."""
    mentions = found_in_head(line, language)
    return len(mentions) == 1 and whole_iso(mentions[0]) is not None


def _heading_words(before: str) -> bool:
    """Nothing, or words of a heading before its date: no comma setting off a place ("Lomé, 12 juillet 2016"),
    no label, time or weekday, and more than a section's name ("Europe 12 juillet 2016" is a site's stamp)."""
    published, updated, _ = labels()
    names = before.split()
    if len(names) == 1 or (before and not before[-1:].isspace()):  # a section's name: "Europe 16 mars 2014"
        return False
    if place_then_this(before):  # "Ahmedabad en Inde ce 12 juin 2025": the day of writing
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
    mentions = found_in_head(line, language)
    date = whole_iso(mentions[-1]) if mentions else None
    if not date or not only_year_words(_without_act_number(line[mentions[-1].end :]), language):
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


def is_text_paragraph(paragraph: str) -> bool:
    """A paragraph of three sentences or more: the text itself, no lede or caption of a sentence or two."""
    return len(TEXT_SENTENCE_END.findall(paragraph)) >= MIN_TEXT_SENTENCES


def _opens_with_cable(paragraph: str, language: str) -> bool:
    """A paragraph that a Chinese agency's dateline opens (`is_cable_dateline`), its first date."""
    mention = next(iter(found_in_head(paragraph[:80], language)), None)
    return bool(mention) and is_cable_dateline(paragraph[: mention.start], paragraph[mention.end : mention.end + 2])


# a place, then an agency's name and the whole date closing one parenthesis, the year closed by the Urdu year sign
# "ء", the text right after it: Pakistani agencies' dateline ("لندن (Agency Name 12 يوليو 2025ء) كشف …"); prose's
# asides carry no such sign ("الرئيس (المولود 12 يوليو 1960) قال")
SOURCE_DATE_PARENTHESIS = re.compile(r"^\s*[^\W\d_][^()\d\n]{0,30}?\s?\(([^()\d\n]{2,40}?)\s*(\d[^()\n]{5,29})ء\)\s*(?=\S)")


def from_source_date_parenthesis(paragraph: str, language: str) -> Published | None:
    """The dateline of `SOURCE_DATE_PARENTHESIS`: a name in the parenthesis, then its whole date, a sentence after."""
    opened = SOURCE_DATE_PARENTHESIS.match(paragraph)
    if not opened or len(paragraph[: opened.start(1)].split()) > MAX_PLACE_WORDS or not re.search(r"[^\W\d_]{2}", opened[1]):
        return None
    mention = next(iter(header_dates(opened[2], language)), None)
    if not (mention and mention.text.strip() == opened[2].strip() and whole_iso(mention)):
        return None
    if not starts_as_sentence(paragraph[opened.end() :]):
        return None
    return Published(whole_iso(mention), "dateline", stated_as=paragraph[: opened.end()].strip())


def _statement_page(headlines: Iterable[str | None], language: str) -> bool:
    """A headline of the page opens with the language's word for a statement, briefing or press release
    (`statement_words`), past any bullet or mark before it ("• PRESS RELEASE : …", "Communiqué de presse – …"): the
    page is that statement's."""
    names = statement_words(language)
    return bool(names) and any(names.match(LEADING_MARKS.sub("", line)) for line in headlines if line)


LEADING_MARKS = re.compile(r"^[\W\d_]*")


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
    mentions = found_in_head(line, language)
    if len(mentions) != 1 or ":" not in line or not (date := whole_iso(mentions[0])):
        return None
    m = mentions[0]
    rest = STAMP_CLOCK_REST.fullmatch(line[: m.start] + " " + line[m.end :])
    minutes = (rest.group("minutes") or rest.group("minutes24")) if rest else None
    scheduled = minutes is not None and int(minutes) % SCHEDULED_MINUTES == 0
    return Published(date, "header", stated_as=line.strip()) if rest and not scheduled else None
