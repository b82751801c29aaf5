"""What a sentence's dates become once read together and with the words around them: the longest
of overlapping readings, a weekday beside its day, a range joined from its two ends, a year named after its days,
a Hijri or Persian date beside the Gregorian one it is, and the dates a context shows are none (inside a name, of
every year).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import itertools
import re
from contextlib import suppress
from dataclasses import replace
from functools import cache

import hijridate

from .dates_grammar import (
    LETTERS,
    MAX_DAY_HYPHEN_ENDING,
    YEAR,
    YEARS_BACK,
    DateMention,
    Grammar,
    alt,
    cjk,
    lowercase_months,
    month_number,
    name_particles,
    persian_yearless,
    solar_gregorian_days,
    state_names,
    words_alt,
)
from .datewords import (
    Words,
    fold,
    key,
    unaccented,
    words,
)
from .eras import gregorian_year
from .knowledge import cldr_locale
from .scripts import (
    LETTER,
    UNSPACED_SCRIPTS,
    WORD_END,
    WORD_START,
    word_edges,
)
from .scripts import MARKS as WORD_MARKS  # every script's combining marks; Arabic's are read apart

# what may stand between months and the words for every year after them in one clause (month names, their
# joiners, "of": "يونيو/حزيران حتى أكتوبر/ تشرين الأول من كل عام"), and between the words and months after them
EVERY_YEAR_AFTER = re.compile(r"[^\d.;:!?()\[\]]{0,40}")
EVERY_YEAR_BEFORE = re.compile(r"[^\d.;:!?()\[\]]{0,12}")  # "jedes Jahr von Juni", "chaque année, de juin"


def of_every_year(found: list[DateMention], text: str, w: Words) -> list[DateMention]:
    """Months without a day or year in the same clause as the words for every year (`every_year`:
    "from June to October of every year", "de juin à octobre chaque année", "jedes Jahr von Juni bis Oktober",
    "يونيو حتى أكتوبر من كل عام") name a time of each year, no dated event: they are dropped."""
    cue = w.extra.get("every_year")
    if not cue:
        return found
    phrase = re.compile(rf"{WORD_START}(?:{words_alt(cue)}){WORD_END}", re.I)
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


def with_era_years(found: list[DateMention], text: str, sentence: str, language: str, eras: re.Pattern[str]) -> list[DateMention]:
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


def lives(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
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


def on_word_edges(found: list[DateMention], sentence: str) -> list[DateMention]:
    """In a script that writes no spaces, the dates that start and end where ICU's dictionary puts a word's edge:
    "เมื่อเดือนเมษายน" holds April; a month's abbreviation inside another word is none."""
    edges = word_edges(sentence) if found else frozenset()

    def edge(at: int) -> bool:  # ICU's, or no letter of the script on one side: "ม.ค.|63", "(|8 ม.ค.", "ឆ្នាំ២០២០|នេះ"
        return at in edges or not (SPACELESS_LETTER.match(sentence, at - 1) and SPACELESS_LETTER.match(sentence, at))

    return [d for d in found if edge(d.start) and edge(d.end)]


def with_weekday_words(chosen: DateMention, weekdays: list[DateMention], starts: list[int], sentence: str) -> DateMention:
    """A stated day with the words its weekday's other reading opened with: "nesta terça-feira (8/5)" is one date.
    `weekdays` are the weekday readings sorted by their `starts`; only those opening just before the day are looked
    at, so a sentence of thousands of dates stays linear."""
    if chosen.relative is not None or not weekdays:
        return chosen
    before = bisect.bisect_left(starts, chosen.start)
    near = weekdays[max(0, before - 8) : before]  # a weekday reading overlapping the day opens right before it
    weekday = next((d for d in near if d.start < chosen.start < d.end <= chosen.end), None)
    return replace(chosen, start=weekday.start, text=sentence[weekday.start : chosen.end]) if weekday else chosen


def without_full_stop(d: DateMention, sentence: str, w: Words) -> DateMention:
    """The full stop ending the sentence after a month's whole name is no abbreviation's dot ("26 серпня.")."""
    name = re.search(r"([^\W\d_]+)\.$", d.text)
    if not name or sentence[d.end :].strip() or key(name[1]) not in w.full_months:
        return d
    return replace(d, end=d.end - 1, text=d.text[:-1])


def _name_words(
    language: str, key_before: str = "name_before", key_after: str = "name_after"
) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words beside a date that make it part of a name (`name_before`, `name_after`): "Movimiento 23 de
    Marzo", "March 23 Movement", "حركة « 23 مارس »" name a group, not a day."""
    x = words(language).extra
    quotes = r"[\s«»\"“”„'(),]*"
    before = re.compile(rf"(?:{words_alt(x.get(key_before, []))}){quotes}$", re.I)
    edge = "" if cjk(language) else WORD_END  # CJK writes the next word without a space
    after = re.compile(rf"{quotes}(?:{words_alt(x.get(key_after, []))}){edge}", re.I)
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
    if lowercase_months(language) and not any(w[:1].isupper() for w in LETTERS.findall(mention.text)):
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
    found = [m.end() for m in re.finditer(rf"(?<!\w)(?:{words_alt(acts)})(?!\w)", before, re.I)]
    return bool(found) and "," not in before[found[-1] :]


def _no_house_number(mention: DateMention, text: str, language: str) -> bool:
    """The address's mark of no house number right after a date (`street_number_after`: "s/n", sin número)."""
    marks = words(language).extra.get("street_number_after")
    return bool(marks) and re.match(rf"[\s,]*(?:{words_alt(marks)})(?![\w/])", text[mention.end :], re.I) is not None


@cache
def _rite_words(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words beside a weekday that make it a weekly rite, not a day (`rite_before`, `rite_after`): "during
    Friday prayers", "خلال صلاة الجمعة", "cuma namazı sırasında", "la prière du vendredi"; or every week's day."""
    x = words(language).extra
    # or every week's day: "every Tuesday", "stets am Dienstag" (`every_weekday`)
    rites = [*x.get("rite_before", []), *x.get("every_weekday", [])]
    before = re.compile(rf"{WORD_START}(?:{words_alt(rites)})\s*$", re.I)
    edge = "" if cjk(language) else WORD_END
    after = re.compile(rf"\s*(?:{words_alt(x.get('rite_after', []))}){edge}", re.I)
    return before, after


WORD_BEFORE = re.compile(r"(?<=\S)\s+([^\W\d_]+)\s+$")  # the word before, not the sentence's first
LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")  # the word before, also the sentence's first


def in_name(mention: DateMention, text: str, language: str) -> bool:
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
        if state_names(language).fullmatch(fold(mention.text)):  # Shona's Thursday, "China", is also China
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
    return re.compile(rf"(?:-{LETTER}+)?\s+(?:{words_alt(nouns)}){LETTER}*", re.I) if nouns else None


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
    if not (weekday[:1].isupper() and text[: mention.end - len(weekday)].strip() and lowercase_months(language)):
        return False
    after = NAME_AFTER.match(text, mention.end)
    if after is None or not after[2].isupper():
        return False
    particle = (after[1] or "").strip().lower().replace("’", "'")
    return not particle or particle in name_particles(language)


def _today_and_state(mention: DateMention, text: str, language: str) -> bool:
    """ "Today" beside a state's name (CLDR's, in the language or English) names an outlet: "今日俄罗斯" (Russia
    Today), "Russia Today", "USA Today". CJK writes "today" first and glued ("美国今日宣布" is the US announcing
    today); elsewhere it follows, capitalised."""
    if mention.relative != "day+0":
        return False
    states = state_names(language)
    if cjk(language):
        return states.match(text, mention.end) is not None
    if not text[mention.start : mention.start + 1].isupper():
        return False
    before = LAST_WORD.search(text, max(0, mention.start - 40), mention.start)
    return before is not None and states.fullmatch(before[1]) is not None


FIRST_DAY = re.compile(rf"(?<![\w{WORD_MARKS}.,/:-])(?P<day>[0-3]?\d)(?P<joiner>\D{{1,8}})$")


@cache
def _day_before_pattern(suffixes: tuple[str, ...], joins: tuple[str, ...]) -> re.Pattern[str]:
    """A day number right before a month: its ordinal ending and the words between them ("16 de", "16.")."""
    return re.compile(
        rf"(?<![\w{WORD_MARKS}.,/:-])(?P<day>[0-3]?\d)(?:{words_alt(list(suffixes))})?(?:\s+(?:{words_alt(list(joins))}))?\s*$",
        re.I,
    )


def day_before(mention: DateMention, text: str, sentence: str, w: Words) -> DateMention:
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


def first_day_before(mention: DateMention, text: str, sentence: str, g: Grammar) -> DateMention:
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


def persian_beside(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """A Solar Hijri day without its year right after the Gregorian day it is, a space between them: "(چهارشنبه
    ۱۱ مارچ ۲۱ حوت)". Any of its month's names is the month's there, also those that are common words
    (`persian_ambiguous`), when the two can be the same day: "۱۱ مارچ ۳ تیر" is 11 March and three shots."""
    if g.native_after is None:
        return found
    out = []
    for d in found:
        before = g.native_before.search(text, max(0, d.start - 24), d.start) if d.calendar is None and d.day and d.month else None
        if before and d.relative is None and not any(c.start < d.start and c.end > before.start() for c in found):
            month, day = month_number(before["month"], g.words.extra["persian_months"]), int(before["day"])
            if month and (d.month, d.day) in gregorian_days(month, day):  # "۱۵ میزان، ۷ اکتبر": the same day
                start, end = before.start(), before.end("month")
                out.append(replace(persian_yearless(before, sentence[start:end], month, day), start=start, end=end))
        out.append(d)
        m = g.native_after.match(text, d.end) if d.calendar is None and d.relative is None and d.day and d.month else None
        if not (m and m["day"]) or any(c.start < m.end() and c.end > m.start("day") for c in found):
            continue
        month, day = month_number(m["month"], g.words.extra["persian_months"]), int(m["day"])
        if month and (d.month, d.day) in gregorian_days(month, day):
            start = m.start("day")
            out.append(replace(persian_yearless(m, sentence[start : m.end()], month, day), start=start))
    return out


def paired_gregorian(found: list[DateMention]) -> list[DateMention]:
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


def hijri_as_stated(found: list[DateMention]) -> list[DateMention]:
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
    return re.compile(rf"(?:{alt(list(marker))})\s*$")


# between a Gregorian date and its lunar equivalent: an opening bracket, a comma ("2003年3月20日(农历2003年2月18日)")
LUNAR_OPENS = re.compile(r"^\s*[(（,，、]?\s*$")


def lunar_as_stated(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
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


def in_stated_month(found: list[DateMention], text: str) -> list[DateMention]:
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


def ended_days_of_stated_month(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
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


def feast_beside_its_day(found: list[DateMention], w: Words) -> list[DateMention]:
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


def and_months(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
    """The second of two months joined by "and" after a month read alone: "in July and August", "в июле и августе"
    (looked for only after such a month: a pattern opening with "and" would be tried all through every text)."""
    if g.and_month is None:
        return found
    added = []
    for d in found:
        m = g.and_month.match(text, d.end) if d.month and not (d.day or d.year or d.relative or d.last) else None
        month = month_number(m["month"], g.words.months) if m else None
        if m and month and all(c.end <= m.start("month") or c.start >= m.end() for c in found):
            added.append(DateMention(m.start("month"), m.end(), sentence[m.start("month") : m.end()], None, month))
    return sorted(found + added, key=lambda d: d.start) if added else found


def gregorian_days(month: int, day: int) -> set[tuple[int, int]]:
    """Every Gregorian (month, day) a Solar Hijri day falls on, whatever the year."""
    return set(solar_gregorian_days(month, day))


def longest_readings(found: list[DateMention]) -> list[DateMention]:
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


YEAR_BEFORE = re.compile(rf"(?<![\d/.,:-])(?P<year>{YEAR})(?:\s*[-–—]\s*|/)$")
ADJACENT = re.compile(r"^[\s,،(/)\[\]«»\"“”-]*$")  # "الاثنين «الأول من فبراير 2021»", "sábado [14 de septiembre]"


def absorbed(
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
def day_period_names(language: str) -> re.Pattern[str]:
    """CLDR's names of the parts of a day ("afternoon", "de la tarde", "Nachmittag", "بعد الظهر"), which may
    stand between a weekday and its date, after a short word or two ("on Friday in the afternoon, 22 July")."""
    names: set[str] = set()
    locale = cldr_locale(language)
    for context, width in itertools.product(("format", "stand-alone"), ("wide", "abbreviated")) if locale else ():
        names |= {n for k, n in locale.day_periods[context][width].items() if k not in ("am", "pm") and len(n) > 2}
    short = r"(?:[^\W\d_]{1,5}\s+){0,2}"
    return re.compile(rf"^[\s,]*{short}(?:{words_alt(sorted(names))})[\s,]*$", re.I)


def _weekday_of(weekday: DateMention, date: DateMention, between: str, periods: re.Pattern[str]) -> bool:
    """A weekday a few short words or a part of the day before a whole date that falls on it names that date:
    "يوم الجمعة المقبل في 5 يوليو 2024" (next Friday, on 5 July 2024), "le vendredi suivant, soit le 5 juillet
    2024", "Friday afternoon July 22, 2011"."""
    aside = between.rstrip().endswith("(")  # "el sábado por la noche (24 de noviembre)": the aside says which day
    between = between.rstrip().removesuffix("(") if aside else between
    short = FEW_SHORT_WORDS.match(between.replace(",", " "))
    if weekday.weekday is None or weekday.relative not in ("weekday", "next-weekday") or not (short or periods.match(between)):
        return False
    # a year-less day, whose weekday no year checks, only right after the weekday's part of the day ("vendredi soir 12
    # septembre"), as close as "vendredi 12 septembre"
    named = date.year or aside or periods.match(between)
    if date.relative is not None or date.invalid or date.last or not (date.month and date.day and named):
        return False
    return not date.year or dt.date(date.year, date.month, date.day).weekday() == weekday.weekday


def bracketed_day_then_month(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
    """A weekday with its day in parentheses, then the month, the words of `day_month` between ("quarta-feira (29)
    de Maio", as Portuguese and Brazilian papers write it): one day of that month on that weekday, not a weekday and
    a month alone."""
    joins = words_alt(w.extra.get("day_month", []))
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


def year_named_after(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
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


def and_year_named(found: list[DateMention], text: str, g: Grammar) -> list[DateMention]:
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


def year_beside_relative(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
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


def year_after_aside(found: list[DateMention], text: str) -> list[DateMention]:
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


def year_after_day_word(found: list[DateMention], text: str, sentence: str, w: Words) -> list[DateMention]:
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


def year_in_parentheses(found: list[DateMention], text: str, sentence: str) -> list[DateMention]:
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


def weekday_of_week(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
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


def listed_weekdays(found: list[DateMention], text: str) -> list[DateMention]:
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


def two_weekdays(found: list[DateMention], text: str, sentence: str, language: str) -> list[DateMention]:
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
    opening = re.compile(rf"{WORD_START}(?:{words_alt(sorted({*x.get('range_from', []), *nights}))})\s+(?:\w+\s+)?$", re.I)
    joiner = re.compile(rf"\s*(?:{words_alt(sorted({*x.get('range', []), *x.get('range_and', [])}))})\s*", re.I)
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


def eve_of_stated(found: list[DateMention]) -> list[DateMention]:
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


def joined_ranges(found: list[DateMention], text: str, sentence: str, g: Grammar) -> list[DateMention]:
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
