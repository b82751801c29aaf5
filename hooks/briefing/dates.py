"""Find date expressions in a sentence, in any language whose words `datewords` knows.

One grammar for every language (day month year, month day year, month year, numeric dates in the
language's order, CJK 年月日, ranges, Hijri and Persian dates, a bare year with a cue), filled with each
language's words. Each absolute date keeps the precision the text states; a named day that does not exist
("31 February") is marked invalid rather than read.

This module reads a sentence: the grammar's patterns (`dates_grammar`) tried in an order planned once per
language, each match read as the date it states (`dates_forms`), the dates found then read together
(`dates_context`); and a sentence written otherwise (without marks, respelled months, Tibetan spacing) read as
its language writes it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

import babel
import babel.dates
import jdatetime
from dateparser.date import DateDataParser

from . import safeyaml
from .dates_context import (
    absorbed,
    and_months,
    and_year_named,
    bracketed_day_then_month,
    day_before,
    day_period_names,
    ended_days_of_stated_month,
    eve_of_stated,
    feast_beside_its_day,
    first_day_before,
    hijri_as_stated,
    in_name,
    in_stated_month,
    joined_ranges,
    listed_weekdays,
    lives,
    longest_readings,
    lunar_as_stated,
    of_every_year,
    on_word_edges,
    paired_gregorian,
    persian_beside,
    two_weekdays,
    weekday_of_week,
    with_era_years,
    with_weekday_words,
    without_full_stop,
    year_after_aside,
    year_after_day_word,
    year_beside_relative,
    year_in_parentheses,
    year_named_after,
)
from .dates_forms import absolute_date, bare_years, relative_date
from .dates_grammar import (
    ANY_DIGIT,
    DIGITS,
    LETTERS,
    DateMention,
    cjk,
    count_in_words,
    grammar,
    gregorian_by_year,
    is_unit_word,
    named_year_of_two,
    usual_gregorian,
    words_alt,
)
from .datewords import (
    DATA,
    Words,
    data_file,
    fold,
    key,
    reads_toneless,
    respelled_month,
    unaccented,
    words,
)
from .eras import era_year_pattern
from .prefilter import Needs, Search, comparable, held_in, needed, search_for
from .scripts import (
    ARABIC_MARKS,
    LETTER,
    SCRIPT_DIGIT,
    own_letters,
    spaceless,
)
from .scripts import MARKS as WORD_MARKS  # every script's combining marks; Arabic's are read apart

# a year written digit by digit in characters before the word for year ("二〇一三年", "二零二四年"): its figures, one
# for one (a count, "三十年", or a month, "十一月", is no run of four such digits). Official documents often type the
# zero as a white circle ("二○○七年"); a run that opens on a zero is a form's blank ("○○○○年"), no year
IDEOGRAPHIC_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
IDEOGRAPHIC_YEAR = re.compile("(?![〇零○])[〇零○一二三四五六七八九]{4}(?=年)")


def ideographic_years(text: str) -> str:
    """`text` with each year written in characters before the word for year as figures (`IDEOGRAPHIC_YEAR`):
    "二○○七年" as "2007年", one for one (offsets hold)."""
    return IDEOGRAPHIC_YEAR.sub(lambda m: m[0].translate(IDEOGRAPHIC_DIGITS), text) if "年" in text else text


def ascii_digits(text: str) -> str:
    """`text.translate(DIGITS)`: every script's decimal digits as ASCII ones. Most texts hold none of the characters
    DIGITS changes (`SCRIPT_DIGIT`), and a search for one costs far less than translating every character."""
    return text if text.isascii() or not SCRIPT_DIGIT.search(text) else text.translate(DIGITS)


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
    if not sentence.isascii() and (plain := sentence.translate(UNICODE_HYPHENS)) != sentence:
        return _read_in_place(plain, list(range(len(sentence))), sentence, language)  # "quarta‑feira", "8‐9 марта"
    return None


# Unicode's hyphen and non-breaking hyphen, which word processors and some sites set inside words where the
# language's names have the hyphen-minus ("quarta‑feira"): read as it, one character for one
UNICODE_HYPHENS = str.maketrans("\u2010\u2011", "--")


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
    pattern = rf"(?<![\d.,/-]){LISTED_YEAR}(?:\s*,\s*{LISTED_YEAR})+\s*,?\s+(?:{words_alt(joins)})\s+{LISTED_YEAR}(?![\d.,/-]?\d)"
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
        found += filter(None, (absolute_date(form, m, sentence, g.words) for m in pattern.finditer(text)))
    if digits:
        found += bare_years(text, sentence, g)
        found = [d for d in found if not (_bare_year(d) and named_year_of_two(text, d.start, g.words))]
    for kind, pattern in relative:
        found += filter(None, (relative_date(kind, m, sentence, g.words) for m in pattern.finditer(text)))
    if spaceless(language):
        found = on_word_edges(found, sentence)
    if "年" in text and (eras := era_year_pattern(language)):
        found = with_era_years(found, text, sentence, language, eras)
    if not found:
        return []  # what follows only joins, drops or corrects the dates found (most sentences hold none)
    weekdays = sorted((d for d in found if d.relative == "weekday"), key=lambda d: d.start)
    starts = [d.start for d in weekdays]
    # a date inside a name is dropped before the longest are chosen: a bare year it held stays ("Rio de Janeiro
    # 2016"), not its other parts ("Movimento 23 de Março")
    named = [d for d in found if in_name(d, text, language)]
    in_named, named_set = _overlaps_any(named), set(named)
    unnamed = [d for d in found if d not in named_set and (_bare_year(d) or not in_named(d))]
    chosen = [with_weekday_words(c, weekdays, starts, sentence) for c in longest_readings(unnamed) if c.relative != "recurring"]
    chosen = and_months(chosen, text, sentence, g)
    periods = day_period_names(language)
    found = in_stated_month(absorbed(sorted(chosen, key=lambda d: d.start), text, sentence, g.same_day, periods), text)
    found = ended_days_of_stated_month(found, text, sentence, g.words)
    found = two_weekdays(listed_weekdays(weekday_of_week(found, text, sentence, g), text), text, sentence, language)
    found = year_in_parentheses(and_year_named(year_named_after(found, text, sentence), text, g), text, sentence)
    found = bracketed_day_then_month(found, text, sentence, g.words)
    found = eve_of_stated(found)
    found = year_beside_relative(found, text, sentence)
    found = year_after_day_word(year_after_aside(feast_beside_its_day(found, g.words), text), text, sentence, g.words)
    days = [first_day_before(day_before(d, text, sentence, g.words), text, sentence, g) for d in found]
    if days != found:  # a day read before a month named relative to now: its weekday beside it is that day too
        days = absorbed(days, text, sentence, g.same_day, periods)  # ("в понедельник 30 декабря прошлого года")
    found = lunar_as_stated(hijri_as_stated(persian_beside(days, text, sentence, g)), text, sentence, g.words)
    found = lives(joined_ranges(paired_gregorian(found), text, sentence, g), text, sentence)
    found = of_every_year(found, text, g.words)
    return [without_full_stop(d, sentence, g.words) for d in found]


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


@cache
def _bare_year(d: DateMention) -> bool:
    return d.year is not None and d.month is None and d.relative is None and d.last is None


def _overlaps_any(spans: list[DateMention]) -> Callable[[DateMention], bool]:
    """Whether a date overlaps any of `spans`, in log time: a long text full of names must not cost the square of them."""
    ordered = sorted(spans, key=lambda d: d.start)
    starts = [d.start for d in ordered]
    reach = list(itertools.accumulate((d.end for d in ordered), max))  # the furthest end among the first i spans

    def overlaps(d: DateMention) -> bool:
        i = bisect.bisect_left(starts, d.end)  # the spans that start before d ends
        return i > 0 and reach[i - 1] > d.start

    return overlaps


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


@cache
def cable_words() -> tuple[str, ...]:
    """The words after the date of a Chinese agency's dateline, "cable" or "news" (`cable` of
    data/publication.yaml: "新华社北京3月6日电", "【某某网2024年3月4日讯】"), read once (the file is large)."""
    return tuple(safeyaml.shipped(DATA.parent / "publication.yaml")["cable"])


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
        held = {y for y, day in gregorian_by_year(*pin.native).items() if day == (pin.month, pin.day)}  # type: ignore[misc]
        years = held if years is None else years & held
    out = []
    for d in found:
        if d in yearless and d not in pins and years:
            days = {gregorian_by_year(*d.native).get(y) for y in years}  # type: ignore[misc]
            if len(days) == 1 and None not in days:
                ((month, day),) = days  # type: ignore[misc]
                d = replace(d, month=month, day=day)
        out.append(d)
    return out


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
            if not (unit and is_unit_word(unit[1].lower(), w)):
                years.append((n, DateMention(start, end, m["year"], int(m["year"]))))
    return years


def _cues_before_months(text: str, dates: list[DateMention], w: Words) -> set[str]:
    """The lower-case word right before each date of the text with a month and no count of days ("in", "noong")."""
    cues = set()
    for d in dates:
        if d.relative is None and d.month and not d.invalid:
            word = TEXT_CUE.search(text[max(0, d.start - 20) : d.start])
            if word and count_in_words(word[1], w) is None:
                cues.add(word[1].lower())
    return cues


def _plain_cues(cues: set[str]) -> str:
    return "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))


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
