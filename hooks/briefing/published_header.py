"""The publication date a page's header states: its date lines and the label before each (a
date a label says is another's is none), a stamp among the short lines above the text, one glued to the headline,
the revision an encyclopedia's notice states.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

import regex
from anyascii import anyascii
from babel import Locale

from . import safeyaml
from .dates_grammar import DIGITS, DateMention
from .datewords import key, known_languages, words
from .model import Published
from .published_lines import (
    CJK_RUN,
    CJK_SENTENCE_END,
    CLOCK_TIME,
    CLOSING_REST,
    DATA,
    DAY_MONTH,
    STAMP_REST,
    STAMP_TIME_AFTER,
    TABLE_ROW,
    WORD,
    calendar_words,
    date_alone,
    day_and_month,
    ends_headline,
    found_in_head,
    has_weekday,
    header_dates,
    header_parts,
    is_table_row,
    is_time_span,
    labels,
    labels_joined,
    language_words,
    listed_alternation,
    names_weekday,
    only_year_words,
    source_label,
    statement_words,
    unglued,
    whole_iso,
    zone_cities,
)
from .published_opening import from_closing_stamp

BYLINE_OPENING = re.compile(r"^(?:(?:updated|written|reported|posted)\s+)?by\s*:?\s+", re.I)  # as clean.BYLINE reads
# a social post quoted in the page, signed with its author's handle and its own date: "— A. Writer (@awriter)
# March 4, 2024", as an embedded post prints it; the date is the post's, not the page's
QUOTED_POST = re.compile(r"\(@\w{1,30}\)")
CITY_TIME = re.compile(r"(?<!\w)([^\W\d_]+(?:\s[^\W\d_]+){0,2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")  # "… Tehran 11:31"
# a lower-case letter, then a capitalised word or a day's figures: two fields of a page glued ("presidentJuly 22",
# "Lomé4 marzo")
GLUED_START = regex.compile(r"(?<=\p{Ll})(?:\p{Lu}\p{L}+|[0-3]?\d(?=\.?\s))")


@cache
def revision_label() -> re.Pattern[str]:
    """A wiki's words that date the revision shown ("zuletzt bearbeitet am", "last edited on")."""
    body = listed_alternation("revision")
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.I)


def _stamp_without_year(line: str, language: str) -> str | None:
    """A site's stamp of a day and month with its time and nothing else ("16 Dezember 07:41"): the day the page
    states, its year unknown ("--12-16"). Without the time, a day alone above the headline may head what the page
    is about."""
    _, _, time = labels()
    if not time.search(line):
        return None
    mentions = found_in_head(line, language)
    if not mentions:  # "04/22 01:38": figures alone, taken only when one order of day and month alone is a date
        return _numeric_day_month(time.sub(" ", line))
    if len(mentions) != 1:
        return None
    rest = time.sub(" ", line.replace(mentions[0].text, " "))
    return day_and_month(mentions[0].text, language) if not WORD.search(rest) and not any(c.isdigit() for c in rest) else None


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


WEEKDAY_AFTER = re.compile(r"[\s,]+([^\W\d_]+)")  # a weekday's name after a date: "01 Mart 2026 Pazar - 10:22"


def _time_after(text: str, mention: DateMention) -> re.Match[str] | None:
    """The time right after a date, or after the weekday's name that follows it ("01 Mart 2026 Pazar - 10:22")."""
    weekday = WEEKDAY_AFTER.match(text, mention.end)
    named = weekday and key(weekday[1]) in calendar_words()
    return STAMP_TIME_AFTER.match(text, mention.end) or (STAMP_TIME_AFTER.match(text, weekday.end()) if named else None)


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


def from_revision(line: str | None, language: str) -> Published | None:
    """The first whole date after a wiki's words dating its revision ("Dies ist eine alte Version dieser Seite,
    zuletzt bearbeitet am 24. Juni 2016 um 13:18 Uhr durch …"): the date its text was last edited."""
    label = revision_label().search(line) if line else None
    if label is None:
        return None
    dates = ((m, whole_iso(m)) for m in header_dates(label.string[label.end() : label.end() + 80], language))
    mention, date = next(((m, d) for m, d in dates if d), (None, None))
    if mention is None:
        return None
    return Published(date, "updated-line", stated_as=label.string[label.start() : label.end() + mention.end])


def from_headline(line: str, language: str) -> Published | None:
    """A date the scraper glued to the end of the headline or of the line under it: after a separator ("… •
    04/03/2024 à 10:00"; in Chinese a space: "某某 2024-03-04 10:05") or before one ("14.03.2013 | Headline"), a
    date and its time opening it ("17. Juni 2019, 18:13 Uhr Ägypten: …"), a weekday and date ("… Monday, 4 March
    2024 (2 hours ago)"), or a time and date ("… Live Lomé 7:15 4 March 2024")."""
    parts = header_parts(line)
    # the end of a period the headline names ("… în perioada 27.05.2024 – 25.06.2024") is no stamp glued to it
    between = line[line.rfind(parts[-2]) + len(parts[-2]) : line.rfind(parts[-1])] if len(parts) > 1 else ""
    span = bool(SPAN_DASH.fullmatch(between)) and _ends_with_date(parts[-2], language)
    date = date_alone(parts[-1], language) if len(parts) > 1 and not span else None
    if date:
        return Published(date, "header", stated_as=parts[-1])
    # a Chinese line of fields that spaces part, as its prose writes none: a date alone between two fields is the
    # page's stamp ("某某被逮捕 2023年05月10日  作者", headline, date, author)
    fields = parts[1:-1] if CJK_RUN.search(line) and not CJK_SENTENCE_END.search(line) else []
    stamp = next((f for f in fields if date_alone(f, language)), None)
    if stamp:
        return Published(date_alone(stamp, language), "header", stated_as=stamp)
    opening = next(iter(header_dates(parts[0], language)), None) if len(parts) > 1 else None
    date = date_alone(parts[0], language) if opening and not parts[0][: opening.start].strip() else None
    if date:  # "14.03.2013 | Headline": the stamp first, nothing before it ("Signed on 04.03.2024 | …" is a credit)
        return Published(date, "header", stated_as=parts[0])
    first = next(iter(found_in_head(line, language)), None)  # "17. Juni 2019, 18:13 Uhr Ägypten: …": a stamp and its time
    if first and not line[: first.start].strip() and whole_iso(first) and (stamp := _time_after(line, first)):
        return Published(whole_iso(first), "header", stated_as=line[: stamp.end()].strip())
    mention = next((m for m in found_in_head(line, language) if whole_iso(m) and has_weekday(m, language)), None)
    if mention and ends_headline(line[: mention.start]) and STAMP_REST.fullmatch(line[mention.end :]):
        return Published(whole_iso(mention), "header", stated_as=line[mention.start :].strip())
    return from_closing_stamp(line, language) or _glued_stamp(line, language) or _closing_dateline(line, language)


SPAN_DASH = re.compile(r"\s*[-–—]\s*")  # the dash between a period's start and its end, and nothing else


def _ends_with_date(part: str, language: str) -> bool:
    """A part of a line that closes on a whole date: the start of a period when a dash and its end follow."""
    mentions = found_in_head(part, language)
    return bool(mentions) and whole_iso(mentions[-1]) is not None and not part[mentions[-1].end :].strip()


def _closing_dateline(line: str, language: str) -> Published | None:
    """A statement's dateline closing its heading: the place and day it was given, each set off by a comma
    ("Briefing by the Foreign Ministry Spokesperson …, Moscow, October 12, 2017", "Брифинг официального
    представителя …, Москва, 3 ноября 2016 года"), as ministries and UN bodies head their briefings and
    statements. The place is a city that names a time zone in CLDR, the date a whole one with nothing after it but
    the language's word for "year": a headline reporting a day names no city between commas before it. Or a
    release's title that opens on the statement's word and closes on its day and the hour it was issued at, the
    issuer's name before them ("Medienmitteilung der Frauenstreik-Koordination Bern, 14 Juni 2019, 12.30 Uhr")."""
    mentions = found_in_head(line, language)
    last = mentions[-1] if mentions else None
    date = whole_iso(last) if last else None
    if not last or not date:
        return None
    # the hour it was issued at after the day ("Medienmitteilung der … Bern, 14 Juni 2019, 12.30 Uhr"), as a
    # release's own title stamps it; a headline reporting a day gives no clock time after it
    timed = bool(issued_hour().fullmatch(line, last.end))
    at_hour = bool(_issued_at_hour(language) and _issued_at_hour(language).fullmatch(line, last.end))  # type: ignore[union-attr]
    if not (timed or at_hour) and not only_year_words(line[last.end :].strip(" ."), language):
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
        mention = next(iter(header_dates(tail, language)), None)
        date = whole_iso(mention) if mention and mention.start == 0 else None
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
    for line in labels_joined(lines):
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
    named = all(names_weekday(line, language) for _, line in pairs)
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
        date = _forum_post_stamp(line) or date_alone(line, language)
        date = date or _stamp_without_year(line, language) or _credit_date(line, language)
        if not date and TABLE_ROW.search(line) and not is_table_row(line):
            # a row of stamps ("31.08.2022 | Stand 01.09.2022, 15:42 Uhr |"): each cell's, the earliest taken
            dates = (date_alone(cell, language) for cell in line.split("|"))
            return [("unlabelled", d) for d in dates if d]
        return [("unlabelled", date)] if date else []
    # before the first label, the line's own date: "15:38 30.07.2023 (Updated: 13:27 01.08.2023)"
    first = date_alone(line[: parts[0][0]], language) if parts[0][0] else None
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
        date = date_alone(line[end:stop], language, labelled=True) or day_and_month(line[end:stop], language)
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
    return re.compile(rf"(?:{listed_alternation('sentence_date_openers')})\s+", re.I)


def _opens_sentence(line: str, language: str) -> bool:
    """A line that opens a sentence with the date of what it reports (`sentence_date_openers`): the opening word
    right before the date, then a comma and a word ("On December 25, 2024, Azerbaijan"), where a stamp after a
    preposition ends with its date or its time ("Le 25/12/2024 à 10:30")."""
    opener = _sentence_date_opener().match(line.lstrip())
    if not opener:
        return False
    rest = line.lstrip()[opener.end() :]
    mention = next(iter(found_in_head(rest, language)), None)
    return bool(mention and mention.start == 0 and re.match(r",\s*[^\W\d_]{2,}", rest[mention.end :]))


HEADLINE_AFTER_DATE = 4  # words after a label's date, at least, that make its line a headline when words open it


def _headline_reports(line: str, begin: int, after: str, language: str) -> bool:
    """A headline reporting an act's publication ("Circolare pubblicata il 3 marzo 2021: cosa cambia per le
    famiglie", "Décret publié le 3 mars 2021 au Journal officiel : ce qui change"): words open the line before the
    label, and the date is followed by `HEADLINE_AFTER_DATE` words or more, where a stamp ends with its date, its
    time, at most a section ("Nota pubblicata il 4 marzo 2024", "Anna Rossi pubblicato il 4 marzo 2024 in Cronaca")."""
    if not re.search(r"[^\W\d_]", line[:begin]):
        return False
    mentions = found_in_head(after, language)
    rest = labels()[2].sub(" ", after[mentions[0].end :]) if mentions else ""
    return len(re.findall(r"[^\W\d_]{2,}", rest)) >= HEADLINE_AFTER_DATE


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
    return re.compile(rf"[\d日일年년]\s*(?:{listed_alternation('founding_words')})\s*[.。]?$")


def is_founding_date(line: str) -> bool:
    """A date line that ends with a word for a site's or a paper's founding right after its date ("1997年5月6日開設",
    "2001年創刊"): when the site or the periodical began, printed in its masthead, not when the page went up."""
    return bool(_founding_words().search(line.translate(DIGITS).strip()))


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
    last = next(reversed(header_dates(line, language)), None)
    return whole_iso(last) if last and not line[last.end :].strip(" .)") else None
