"""Separate a scraped page's article text from its furniture and header lines.

Works line by line on any language: rules for furniture live in `data/furniture.yaml`;
the code only knows the shapes of lines (title, byline, caption, heading, sentence).
Nothing is deleted: every line ends up as header metadata, a body block or a `Removed` entry.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import regex

from . import safeyaml
from .datewords import key as name_key
from .model import Block, Removed
from .published import is_text_paragraph
from .published_header import revision_label
from .published_lines import (
    byline_stamp,
    calendar_words,
    cldr_month_names,
    credited_stamp,
    date_start,
    ends_panel_row_with_other_date,
    header_parts,
    is_date_line,
    is_glued_field,
    is_infobox_place,
    is_other_date_label,
    is_reference_work,
    is_related_items,
    is_site_address,
    is_site_chrome,
    is_stamp,
    is_table_row,
    is_today_label,
    is_top_bar_label,
    labels,
    opens_with_other_date_label,
    split_stamp,
)
from .scripts import UNSPACED_SCRIPTS, dictionary_pieces, letter_script

DATA = Path(__file__).parent / "data"
SENTENCE_END = ".!?؟…\"'”’»)。！？」』"
STERM = regex.compile(r"\p{Sentence_Terminal}")
BYLINE = re.compile(r"^(?:(?:updated|written|reported|posted)\s+)?by\s*:?\s+(?P<name>.+)$", re.I)
# "8.5 C", "-3 °C", "21°F", "0.8℃" (Unicode's one-character degrees Celsius and Fahrenheit): a temperature; or the
# degree sign alone or with its scale ("°C"), a weather widget whose figure the scraper did not keep
WEATHER = re.compile(r"[-−+]?\d{1,2}(?:[.,]\d)?\s?(?:°?\s?[CF]|[℃℉])|°\s?[CF]?|[℃℉]")
# a weather box's sky or town and its temperature in degrees ("Небольшой Дождь 7°", "Nublado 21 °C", "Sunny 18°F",
# "• -강릉 5.6℃" as a list of towns prints it, after a bullet and a dash): up to three words, then the figure with
# its degree sign, which no date, price or count carries. With Unicode's one-character "℃"/"℉" only as an item of
# the box's list, after its bullet: Korean, Japanese and Chinese papers write "℃" in a headline ("서울 낮 최고 35℃",
# "東京 最高気温 38℃"), which is no weather box
WEATHER_SKY = re.compile(
    r"[•·▪]\s*-?(?:[^\W\d_]+\.?\s+){1,3}[-−+]?\d{1,2}(?:[.,]\d)?\s?[℃℉]"
    r"|(?:[•·▪]\s*)?-?(?:[^\W\d_]+\.?\s+){1,3}[-−+]?\d{1,2}(?:[.,]\d)?\s?°\s?[CF]?"
)
DATE_LINE = re.compile(
    r"^(?:published|posted|date)\s*:\s*(?P<published>[^|]*?)\s*(?:\|\s*(?:updated|modified)\s*:?\s*(?P<updated>.*))?$",
    re.I,
)
CAPTION = re.compile(r"^(?P<text>.{10,}?)\s+[-–—]\s+(?P<credit>[^\W\d][\w.&' ]{1,40})$")
CAPTION_DASH = re.compile(r"\s[-–—]\s")  # what every match of CAPTION holds, found in one scan: its lazy start tries each space
TITLE_SUFFIX = re.compile(r"^(?P<title>.{8,}?)\s+[-–—|]\s+(?P<site>[^-–—|]{2,40})$")
DATELINE = re.compile(r"^[A-Z][A-Z .,'-]{2,40}\s*\((?P<agency>[^)]{2,40})\)\s*[—–-]")
CRUMB = re.compile(r"\s*\|\s*|\s+[»›>]\s+")  # between the sections of a breadcrumb trail
FIGURES_DATE = re.compile(r"\d{1,4}([./-])\d{1,2}\1\d{2,4}")  # "04/10/19", "2024-03-04": a date in figures alone
BULLET = re.compile(r"^[-–—•·*]\s+")  # a list item's mark before a headline or a lede
LETTER = re.compile(r"[^\W\d_]")
SENTENCE_STOP = re.compile(r"[^\W\d_]{2}[.!?؟](?:\s|$)|[。！？]")  # "… said. The", "…三天。"; not "a.m."
BYLINE_PART = re.compile(r"\s*[,|·•]\s+")  # "By A. Writer, Reuters | 5 May 2024"
CLOSING_QUOTES = "」』”’\"'»›"  # closing a quotation after its sentence's full stop
CITATIONS = re.compile(r"(?:\[(?:\d{1,3}|[a-z]|note \d{1,3})\])+$")  # reference marks ending a line: "[7][8]", "[a]"
COPYRIGHT = "photo credit or copyright line"  # the furniture rule's reason (data/furniture.yaml)
HEADLINE_WORDS = 14  # words of a headline at most: a longer line is a paragraph
MAX_LABEL_WORDS = 2  # a label over a stamp under the lede: the agency's name, an image's alt text ("Image")
INFOBOX_REACH = 4  # lines over an infobox's date that its place may stand on: its label, its value, the date's label
DATE_LINES_WITHIN = 8  # a page's own date stands among its first lines, even below the lede
INFOBOX_ROWS_WITHIN = 16  # lines where an infobox's rows stand: under the title, its image and its caption
ORGANISATION_WORDS = re.compile(r"\b(network|news|agency|editorial|staff|desk|team|media|press|times|post)\b|\([A-Z]{2,}\)", re.I)


@dataclass(frozen=True)
class FurnitureRule:
    pattern: re.Pattern[str]
    reason: str
    short: bool


@dataclass
class Cleaned:
    blocks: list[Block] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    header: dict[str, Any] = field(default_factory=dict)


@cache
def furniture_rules() -> tuple[FurnitureRule, ...]:
    raw = safeyaml.shipped(DATA / "furniture.yaml")["rules"]
    return tuple(FurnitureRule(re.compile(rf"(?:{r['pattern']})", re.I), r["reason"], bool(r.get("short"))) for r in raw)


# Chinese and Japanese write no spaces: two of their characters count as a word.
UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2}")


# Thai, Lao, Khmer and Burmese write no spaces between words either: ICU's dictionaries part their runs
SPACELESS_RUN = re.compile(f"[{UNSPACED_SCRIPTS}]+")


# Tibetan (and Dzongkha) writes no spaces between words either: a tsheg ("་") closes each syllable and a shad ("།")
# each clause, a space standing only after a shad. A syllable counts as a word, as two Chinese characters do: a
# paragraph's many syllables are no headline's few words.
TIBETAN_MARKS = re.compile("[\u0f0b\u0f0c\u0f0d\u0f0e\u0f11\u0f14]")
TIBETAN_LETTER = re.compile("[\u0f40-\u0f6c]")
# The shad, single or double, ends a Tibetan sentence; after the letters ka and ga the shad is not written
# (Tibetan orthography), so that a sentence ending in "…གནང་འདུག" stands with no mark.
TIBETAN_SHADS = "\u0f0d\u0f0e"
TIBETAN_UNMARKED_END = "\u0f40\u0f42"


def words(line: str) -> list[str]:
    return list(_words(line))


@lru_cache(maxsize=1 << 12)  # the rules ask for a line's words several times each
def _words(line: str) -> tuple[str, ...]:
    if TIBETAN_LETTER.search(line):
        line = TIBETAN_MARKS.sub(" ", line)
    runs = SPACELESS_RUN.findall(line)
    if runs:  # a Thai paragraph is a few spaced phrases, not a headline's few words
        line = SPACELESS_RUN.sub(" ", line)
    dictionary = [word for run in runs for word in dictionary_pieces(run) if not word.isspace()]
    return (*UNSPACED.findall(line), *dictionary, *UNSPACED.sub(" ", line).split())


def script_of(text: str) -> str | None:
    """The dominant writing system of `text` (LATIN, ARABIC, CYRILLIC, ...)."""
    # Each distinct character named once (a 5 KB text has ~100); letters of one script only need no counting
    scripts = {_letter_script(ch) for ch in set(text) if ch.isalpha()}
    if len(scripts) <= 1:
        return next(iter(scripts), None)
    counts: Counter[str] = Counter()
    for ch, n in Counter(text).items():  # characters counted in C
        if ch.isalpha():
            counts[_letter_script(ch)] += n
    return counts.most_common(1)[0][0] if counts else None


def _letter_script(letter: str) -> str:
    return letter_script(letter) or "UNKNOWN"


def is_substantive(line: str) -> bool:
    """A line that reads as article prose: enough words and a sentence ending."""
    if len(words(line)) < 8:  # first: a blank line has no last character
        return False
    last = _without_glued_credit(line.rstrip())[-1]
    return last in SENTENCE_END or full_stop(last) or last in TIBETAN_UNMARKED_END


def is_title_like(line: str) -> bool:
    n = len(words(line))
    if not 1 <= n <= 25:  # first: a blank line has no last character
        return False
    # "… geçti.[7][8]": an encyclopedia's sentence, its notes after it; "…明年1月。」": a quotation's last sentence
    end = _without_glued_credit(CITATIONS.sub("", line.rstrip())).rstrip(CLOSING_QUOTES) or line
    last = end.rstrip()[-1]
    return last not in ".:;,،؛。：；，" and not full_stop(last) and any(c.isalpha() for c in line)


# an agency's name in capitals glued after a sentence's full stop ("… в 2021 году.ТАСС"): the scraper lost the space
# or line between the text and its credit
GLUED_CREDIT = regex.compile(r"(?<=\p{Ll}{2}[.!?])\p{Lu}{2,}(?:\.\p{Lu}{2,})?$")


def _without_glued_credit(line: str) -> str:
    """The line without an agency's name glued after its last full stop: a sentence, no headline."""
    return GLUED_CREDIT.sub("", line) or line


@cache
def full_stop(mark: str) -> bool:
    """A script's full stop, as Unicode's Sentence_Terminal property knows it (the danda "।" of Bengali and
    Hindi, Urdu's "۔", Armenian's "։", Ethiopic's "።"): a line ending with one is a sentence, no heading. Not a
    question or exclamation mark, which a headline may end with."""
    name = unicodedata.name(mark, "")
    return mark in TIBETAN_SHADS or (bool(STERM.match(mark)) and "QUESTION" not in name and "EXCLAMATION" not in name)


def is_person_name(line: str) -> bool:
    tokens = words(line)
    return 2 <= len(tokens) <= 4 and all(re.fullmatch(r"[A-Z][a-z'’-]+|[A-Z]\.", t) for t in tokens)


def furniture_reason(line: str) -> str | None:
    long: bool | None = None  # over 14 words: counted once, when a rule for short lines first asks
    for rule in furniture_rules():
        if rule.short:
            long = len(words(line)) > 14 if long is None else long
            if long:
                continue
        if rule.pattern.fullmatch(line):
            return rule.reason
    return None


def clean_lines(lines: list[str], author: str | None = None) -> Cleaned:
    """Sort the non-empty lines of a page into header, body blocks and furniture."""
    lines = [unicodedata.normalize("NFC", ln).strip() for ln in lines]
    lines = _joined_stamps(_drop_capitals([ln for ln in lines if ln]))
    out = Cleaned()
    document_script = script_of(" ".join(lines))
    reasons = [furniture_reason(ln) for ln in lines]
    first_body = next((i for i, ln in enumerate(lines) if is_substantive(ln) and not reasons[i]), len(lines))
    previous_was_caption = False
    _mark_reference_work(lines, out)
    prose = 0  # paragraphs so far: a date line stands above the text or under its lede, not inside it
    last_dated = None  # the index of the last line read as a date line
    for index, line in enumerate(lines):
        in_header = index < first_body
        reason = reasons[index]
        _site_clock_above(line, prose, out.header)
        _event_infobox(lines[max(0, index - INFOBOX_REACH) : index], line, out.header)
        related = (lines[index:first_body], reasons[index:first_body])
        dated = len(out.header.get("date_lines", []))
        if in_header and reason is None and (_related_item_date(*related, out) or _read_header_line(line, out)):
            previous_was_caption = False
            last_dated = _note_stamp_after_stamp(out.header, index, dated, last_dated)
            continue
        if index < DATE_LINES_WITHIN and _read_first_line(line, reason, prose, out):
            continue
        line = _without_byline_stamp(line, out) if index < DATE_LINES_WITHIN else line
        caption = CAPTION.match(line) if CAPTION_DASH.search(line) else None
        if reason is None and caption and _looks_like_caption(caption):
            out.header.setdefault("captions", []).append(caption["text"])
            out.header.setdefault("credits", []).append(caption["credit"].strip())
            reason = "photo caption"
        elif reason is None and previous_was_caption and is_title_like(line):
            reason = "headline of a linked article"
        elif reason is None and (author := author or out.header.get("author")) and line.startswith(f"{author} is "):
            reason = "author biography"
        elif reason is None and len(words(line)) <= 6 and script_of(line) not in (document_script, None):
            reason = f"interface text in another script ({(script_of(line) or '').title()})"
        if reason:
            out.removed.append(Removed(line, reason))
            previous_was_caption = reason in ("photo caption", "photo credit or copyright line")
            continue
        previous_was_caption = False
        prose = _add_block(line, prose, out)
        dateline = DATELINE.match(line)
        if dateline:
            out.header.setdefault("credits", []).append(dateline["agency"].strip())
    _glued_infobox(lines[:INFOBOX_ROWS_WITHIN], out.header)
    _other_dates(lines, out.header)
    _masthead_above_headline(out.header)
    return out


def _other_dates(lines: list[str], header: dict[str, Any]) -> None:
    """A date line under a label of another date alone on its line ("注册时间" over "2010-2-9", "Deadline" over
    "01-04-2026"), or opening with one ("Joined: 2 Jan 2007"): the date a member joined or a call closes, no date of
    the page: forgotten. Lines are compared by position: a header date line is the first line that holds it, so
    the same date under a "Deadline" far below in the body leaves the header's own stamp alone. Above the
    headline, so are the date lines under "Today:", "dnes" or "zítra" alone: a masthead's clock or a weather box's
    days."""

    def position(date_line: str) -> int | None:
        # the line that is the date line, before one that merely holds it (a headline writing the same date)
        exact = next((i for i, line in enumerate(lines) if date_line.strip() == line.strip()), None)
        return exact if exact is not None else next((i for i, line in enumerate(lines) if date_line in line), None)

    other = {i for i, line in enumerate(lines) if opens_with_other_date_label(line) or ends_panel_row_with_other_date(line)}
    other |= {i + 1 for i, (above, _) in enumerate(itertools.pairwise(lines)) if is_other_date_label(above)}
    # "Today:" only above the headline, a masthead's clock; under it, the stamp of an item of the day
    title = position(header["title"]) if header.get("title") else None
    today = {i for i, line in enumerate(lines) if is_today_label(line)}
    today |= {i + 1 for i, (above, _) in enumerate(itertools.pairwise(lines)) if is_today_label(above, alone=True)}
    # the line under "Today:" marked and labelled alike gives the same day in another calendar ("• امروز : پنج شنبه -
    # ۲۰ اردیبهشت - ۱۴۰۳" over "• برابر با : Thursday - 9 May - 2024")
    pairs = enumerate(itertools.pairwise(lines))
    today |= {i + 1 for i, (above, below) in pairs if is_today_label(above) and _marked_alike(above, below)}
    other |= {i for i in today if title is None or i < title}
    if not other:
        return

    for key in ("date_lines", "above_title"):
        if key in header:
            header[key] = [d for d in header[key] if position(d) not in other]


# a list's mark and a label's colon opening a line ("• برابر با : …")
MARKED_LABEL = re.compile(r"\s*([•·*▪◦])\s*[^\d:：]{1,30}[:：]")


def _marked_alike(above: str, below: str) -> bool:
    """Two lines that open with the same list mark, each a label and its colon: one box's fields."""
    first, second = MARKED_LABEL.match(above), MARKED_LABEL.match(below)
    return bool(first and second and first[1] == second[1])


def _drop_capitals(lines: list[str]) -> list[str]:
    """A paragraph's first letter set apart as a drop capital, which a scraper keeps on a line of its own ("O" over
    "ggi, 19 dicembre 2011, …"): one capital letter alone, the next line opening in lower case, is one word."""
    out: list[str] = []
    for line in lines:
        if out and len(out[-1]) == 1 and out[-1].isupper() and line[:1].islower():
            out[-1] += line
        else:
            out.append(line)
    return out


def _joined_stamps(lines: list[str]) -> list[str]:
    """A stamp its template printed over short lines among the page's first ("Ekim 25" over "09:57 2021"), as one
    line (`split_stamp`)."""
    out: list[str] = []
    at = 0
    while at < len(lines):
        joined = split_stamp(lines[at : at + 3]) if at < DATE_LINES_WITHIN else None
        out.append(joined[0] if joined else lines[at])
        at += joined[1] if joined else 1
    return out


def _glued_infobox(lines: list[str], header: dict[str, Any]) -> None:
    """Two or more rows of an infobox whose labels the scraper glued to their values ("Tarih12 Ağustos 2000" over
    "Zaman11:29:34"): its date rows are the facts of the page's subject, no date of the page: forgotten."""
    if sum(map(is_glued_field, lines)) < 2:
        return
    for key in ("date_lines", "above_title"):
        if key in header:
            header[key] = [d for d in header[key] if not is_glued_field(d)]


def _site_clock_above(line: str, prose: int, header: dict[str, Any]) -> None:
    """The date lines read so far, above a heading of the site's furniture ("More news") and before any text,
    or above a top bar's label before the headline ("- Advertisement -", "Connect with us"), are its clock (the day the page
    was viewed): forgotten."""
    bar = "title" not in header and is_top_bar_label(line)
    if prose or not (bar or is_site_chrome(line)):
        return
    # a top bar's clock prints the day; a stamp with its hour over an advertisement ("22.03.2021, 10:46 Uhr" over
    # "Anzeige" and the text) is the page's own
    _forget_clock(header, keep_stamps=bar)


def _event_infobox(above: list[str], line: str, header: dict[str, Any]) -> None:
    """A date line beside an infobox's field of place ("Date 4 March 2018" over "Location Salisbury", or under
    "Location" and "Lomé" on lines of their own) is the date of the event the page is about: forgotten, and so
    is a "Date:" field read as the page's ("Lieu : Lomé" over "Date : 4 mars 2024")."""
    previous = above[-1] if above else ""
    if not (previous and any(is_infobox_place(near) for near in [*above[:-1], line])):
        return
    field = DATE_LINE.match(previous)
    if field and header.get("published_text") == (field["published"].strip() or None):
        header.pop("published_text")
    for key in ("date_lines", "above_title"):
        if previous in header.get(key, []):
            header[key] = [d for d in header[key] if d != previous]


UNDER_FIRST_TITLE = "_date_lines_under_first_title"  # kept while the header is read, then dropped


def _masthead_above_headline(header: dict[str, Any]) -> None:
    """Two words above a longer headline are the site's or section's name ("Весь Искитим"), not the title."""
    title, subtitle = header.get("title", ""), header.get("subtitle", "")
    under = header.pop(UNDER_FIRST_TITLE, [])
    if subtitle and len(words(title)) <= 2 < len(words(subtitle)) and "site_name" not in header:
        header.setdefault("categories", []).append(title)
        header["title"] = header.pop("subtitle")
        # the date lines read between the site's name and the headline: a masthead's, where its clock stands
        # ("بوابة الدولة" over "الإثنين … 10:26 صـ 27 رمضان 1447 هـ" over the editor's line)
        kept = [line for line in under if line in header.get("date_lines", [])]
        if kept:
            header["under_site_name"] = kept


def _add_block(line: str, prose: int, out: Cleaned) -> int:
    """Add a line of the text as a heading or a paragraph; the paragraphs of text so far, counted to tell a
    date line above the text from one inside it."""
    kind = "heading" if is_title_like(line) and len(words(line)) <= HEADLINE_WORDS else "paragraph"
    # a headline in capitals is no text, nor a line repeating the one before: an image's alt text, then its
    # caption with the credit, neither of them
    previous = out.blocks[-1] if out.blocks else None
    out.blocks.append(Block(kind, line))
    if previous and line.startswith(previous.text):  # the alt text was counted as text: it was none
        return prose - _counts(previous)
    prose += _counts(out.blocks[-1])
    if prose == 2 and kind == "paragraph":  # under a lede, the agency's dateline may open the text
        out.header.setdefault("after_lede", line)
    return prose


def _counts(block: Block) -> int:
    """1 for a paragraph of text, 0 for a heading, a headline in capitals or a line with no word ("|", a
    separator between a site's fields)."""
    return int(block.kind == "paragraph" and not block.text.isupper() and bool(LETTER.search(block.text)))


def _mark_reference_work(lines: list[str], out: Cleaned) -> None:
    """A page whose first lines say it is an encyclopedia's ("… the free encyclopedia"): its dates are its
    subject's, not its own."""
    reference = next((line for line in lines[:DATE_LINES_WITHIN] if is_reference_work(line)), None)
    if reference:
        out.header["reference_work"] = reference
        revision = next((line for line in lines[:DATE_LINES_WITHIN] if revision_label().search(line)), None)
        if revision:  # "zuletzt bearbeitet am 24. Juni 2016": the date of the text shown
            out.header["revision"] = revision


def _read_first_line(line: str, reason: str | None, prose: int, out: Cleaned) -> bool:
    """Record the page's date stated by one of its first lines, above the text or under its lede (not
    inside the text). True when the whole line was a date line, now set apart."""
    under_lede = prose == 2 and ((is_stamp(line) and not _text_above(out)) or _labelled_under_lede(line, out))
    above = prose < 2 or under_lede
    date = _date_part(line) if above and reason in (None, COPYRIGHT) else None
    if date and _under_text(date, out):
        out.removed.append(Removed(line, "date line under the text (not the page's)"))
        return True
    if date:
        _add_date_line(out.header, date)  # a date under the lede: "01.08.2022 10:00"
    if date and date == line:
        out.removed.append(Removed(line, reason or "date line (read as metadata)"))
        return True
    return False


def _without_byline_stamp(line: str, out: Cleaned) -> str:
    """The line without the byline's stamp read from it as the page's date ("… Árni Sæberg skrifar 2. mars 2026
    12:28 Héraðsdómur …"), or without the stamp's field that closes it after a labelled byline ("… Marrakech
    Rédigé par A. Writer | Samedi 9 Septembre 2023 à 07:45"): the stamp is the page's, no date of the headline or
    caption it was run into."""
    stamp = byline_stamp(line) or _stamp_after_byline(line)
    if not stamp or stamp not in out.header.get("date_lines", []):
        return line
    return " ".join(line.replace(stamp, " ").split())


def _stamp_after_byline(line: str) -> str | None:
    """The last field of a line when it is a stamp and the field before it a byline a published label opens
    ("Rédigé par A. Writer | Samedi 9 Septembre 2023 à 07:45"); None for any other field (a date opening a
    caption's text, "26/07 à 23:27 | À noter que …", or a stamp after an editor's name alone)."""
    parts = header_parts(line)
    if len(parts) < 2 or not line.rstrip().endswith(parts[-1].strip()):
        return None
    stamp = parts[-1].strip()
    if not is_date_line(stamp) or is_substantive(stamp) or not labels()[0].search(parts[-2]):
        return None
    return stamp


def _text_above(out: Cleaned) -> bool:
    """A paragraph of several sentences so far, or no label right above: the text itself has begun. Under a
    headline and a lede of a sentence or two each, a site's stamp under a label of a word or two (the agency's
    name, an image's alt text) still dates the page ("تنا" over "6 Sep 2019 ساعة 19:02", "Image" over "• 06 de
    Março de 2013")."""
    above = out.blocks[-1] if out.blocks else None
    labelled = above is not None and above.kind == "heading" and len(words(above.text)) <= MAX_LABEL_WORDS
    return not labelled or any(b.kind == "paragraph" and is_text_paragraph(b.text) for b in out.blocks)


def _labelled_under_lede(line: str, out: Cleaned) -> bool:
    """A stamp its published or updated label opens ("TARİH: 2.03.2023 11:01", "Дата: 06.09.2023 14:13") under a
    headline and a lede that the loader read as two paragraphs: the first a headline's few words, the second no
    text of several sentences. Under two longer paragraphs the text has begun."""
    paragraphs = [b.text for b in out.blocks if b.kind == "paragraph"]
    headline = bool(paragraphs) and len(words(paragraphs[0])) <= HEADLINE_WORDS
    return headline and _opens_with_label(line) and not any(map(is_text_paragraph, paragraphs))


def _under_text(date: str, out: Cleaned) -> bool:
    """A stamp with no label right under a paragraph of several sentences: that paragraph is the text, not a lede
    of a sentence or two, and a bare stamp at its foot dates what comes after it, not the page. A labelled one
    ("Giriş Tarihi 14 Ağustos 2013, 08:31") says it is the page's."""
    above = out.blocks[-1] if out.blocks else None
    if not above or above.kind != "paragraph" or not is_text_paragraph(above.text):
        return False
    return not any(label.search(date) for label in labels()[:2])


def _date_part(line: str) -> str | None:
    """The part of one of the page's first lines that states its date: the whole line when it is a date line
    and no sentence ("martes 18 de julio de 2023 | 6:02hs." is no sentence either), else a part between
    separators ("… Reuters • 10/11/2020 à 00:00"). A copyright line with a whole date states it too
    ("© A. Author, 18.03.2025")."""
    if is_table_row(line):
        return None
    parts = header_parts(line)
    if is_date_line(line) and (len(parts) > 1 or not is_substantive(line) or _opens_with_label(line)):
        return line
    part = next((p for p in parts if len(parts) > 1 and is_date_line(p) and not is_substantive(p)), None)
    return credited_stamp(part) if part else byline_stamp(line)


def _opens_with_label(line: str) -> bool:
    """A line that a published or updated label opens, in parentheses or not, or that a date line opens before
    one, and no sentence ends in ("(last modified Tue, 11 Feb 2020 12:16:44 GMT)"): a stamp, however many words
    its date and time make."""
    head = line.lstrip("([ ")
    opens = any(label.match(head) for label in labels()[:2]) or _dated_then_labelled(line)
    return opens and not SENTENCE_STOP.search(line)


def _dated_then_labelled(line: str) -> bool:
    """A date line, then a label with a capital and its date, glued by the scraper ("Środa, 4 marca 2024
    (10:16)AktualizacjaPiątek, 8 marca 2024 (09:29)"); a label in lower case may be a sentence's verb."""
    found = (m for label in labels()[:2] for m in label.finditer(line))
    return any(m.start() and m[0][:1].isupper() and is_date_line(line[: m.start()]) for m in found)


def _looks_like_caption(match: re.Match[str]) -> bool:
    """A photo's caption and its credit, a name ("… - Reuters"); a quotation and its attribution in lower case
    ("«…», - следует из сообщения.") is text."""
    text, credit = match["text"].rstrip(), match["credit"]
    if _sentence_after_dash(text, credit):
        return False
    named = not credit[:1].islower()
    return named and len(words(credit)) <= 4 and (text.endswith(".") or bool(re.search(r"\b(1[89]|20)\d\d\b", text)))


LOWER_WORD = regex.compile(r"\b\p{Ll}{4,}\b")  # a noun or verb in lower case: no word of a name ("проти", against)


def _sentence_after_dash(text: str, credit: str) -> bool:
    """A sentence whose last words follow a dash, no caption and credit: the words after the dash close the sentence
    with its full stop while the words before it end with none ("… оппозиционеров — Борис Немцов."), or hold a word
    in lower case that no name has ("… — Франція проти Хорватії")."""
    closes = credit.rstrip().endswith(".") and not text.endswith(".")
    return closes or bool(LOWER_WORD.search(credit))


def _read_header_line(line: str, out: Cleaned) -> bool:
    """Record a header line (title, byline, date line, breadcrumbs) as metadata; False if it is none."""
    for read in HEADER_READERS:
        reason = read(line, out.header)
        if reason:
            out.removed.append(Removed(line, f"{reason} (read as metadata)"))
            return True
    return False


# Each reader below takes a line and the header so far: it records what the line says and returns what the
# line was, or returns None and records nothing. They are tried in this order.
def _date_line(line: str, header: dict[str, Any]) -> str | None:
    date_line = DATE_LINE.match(line)
    if not date_line:
        return None
    header["published_text"] = date_line["published"].strip() or None
    return "date line"


def _note_stamp_after_stamp(header: dict[str, Any], index: int, dated: int, last_dated: int | None) -> int | None:
    """A date line read right under another (the one at `last_dated`), no line between (`header["stamps_in_a_row"]`):
    a page's stamps (published, then updated), not two items of a listing, which a headline parts. The index of the
    last date line, this one's if line `index` added one (`dated` were read before it)."""
    lines = header.get("date_lines", [])
    if len(lines) <= dated:
        return last_dated
    if last_dated == index - 1:
        header.setdefault("stamps_in_a_row", []).append(lines[-1])
    return index


def _add_date_line(header: dict[str, Any], line: str) -> None:
    header.setdefault("date_lines", []).append(line)
    if "title" not in header:  # above the headline: a page's own date, or the heading of what it is about
        header.setdefault("above_title", []).append(line)
    elif "subtitle" not in header:  # under a line read as the title, which may prove the site's name
        header.setdefault(UNDER_FIRST_TITLE, []).append(line)


def _byline(line: str, header: dict[str, Any]) -> str | None:
    byline = BYLINE.match(line)
    if not byline:
        return None
    name = byline["name"].strip()
    if is_date_line(name):  # "By June 3, 2024": the writer's name was a link the scraper dropped; the date is the byline's
        header.setdefault("date_lines", []).append(name)
        return "byline"
    label = labels()[0].search(name) or labels()[1].search(name)  # "By A. Writer Updated: Mar 5, 2024"
    dated = next((m for m in reversed([*BYLINE_PART.finditer(name)]) if is_date_line(name[m.end() :])), None)  # ", 5 May 2024"
    # or where the whole date starts, when a comma inside it cut it ("By A. Writer in Lomé March 4, 2024")
    starts = [start for start in (dated.end() if dated else None, date_start(name)) if start]
    cut = label.start() if label and label.start() > 0 else min(starts, default=None)
    if cut:
        header.setdefault("date_lines", []).append(name[cut:])
        name = name[:cut].strip(" |,-–—·•")
    header["credit" if ORGANISATION_WORDS.search(name) else "author"] = name
    header["byline"] = line.strip()  # the line as printed ("By Sydney"): not a name alone on its line
    return "byline"


def _weather(line: str, header: dict[str, Any]) -> str | None:
    """A temperature alone above the headline ("8.5 C", "21 °C"), or the sky and its degrees ("Небольшой Дождь
    7°"): the site's weather box, whose date line is the day the page was viewed. A date line under it is that
    clock (`_other_date_line`); so are the date lines read just above it, before any headline: a masthead prints
    the day and then the weather ("Среда, 14 мая 2025, 00:07" over "Небольшой Дождь 7°")."""
    if "title" in header or not (WEATHER.fullmatch(line.strip()) or WEATHER_SKY.fullmatch(line.strip())):
        return None
    header["weather"] = True
    clock = header.pop("date_lines", [])
    header["above_title"] = [above for above in header.get("above_title", []) if above not in clock]
    return "weather box"


def _related_items(line: str, header: dict[str, Any]) -> str | None:
    """A heading of a list of other items before any text ("Documenti analoghi", "Similar documents"): the date
    lines under it are those items', not the page's (`_other_date_line`). Its list runs to the page's headline:
    read above the headline, the heading's list ends where the headline comes, and a date line under the headline
    is the page's stamp ("Похожие статьи" over the headline and "3 апреля 2025"); read under it, it runs on."""
    if not is_related_items(line):
        return None
    header["related_items"] = "title" in header  # whether the heading stands under the page's headline
    return "heading of related items"


def _related_item_date(rest: list[str], reasons: list[str | None], out: Cleaned) -> bool:
    """Read above the page's headline, a heading of related items lists other items, each a title and its date
    line, and the page's headline is the last title before the text: a date line (`rest[0]`) that another title
    follows before the text is an item's, and the title read over it was that item's, not the page's headline:
    the date is discarded and the title forgotten, so that the next title is read as the headline."""
    header = out.header
    if header.get("related_items") is not False or "title" not in header or not is_date_line(rest[0]):
        return False
    later = [line for line, reason in zip(rest[1:], reasons[1:], strict=True) if reason is None and not is_date_line(line)]
    if not any(is_title_like(line) for line in later):
        return False
    for name in ("title", "subtitle", "site_name"):
        header.pop(name, None)
    out.removed.append(Removed(rest[0], "another item's date, under a heading of related items"))
    return True


def _other_date_line(line: str, header: dict[str, Any]) -> str | None:
    if not is_date_line(line):
        return None
    if "related_items" in header and (header["related_items"] or "title" not in header):
        return "another item's date, under a heading of related items"
    if header.pop("weather", False) and "title" not in header:
        return "the site's clock beside its weather box"
    _add_date_line(header, line)  # read once the language is known (extract)
    return "date line"


def _masthead(line: str, header: dict[str, Any]) -> str | None:
    """The site's address alone above the headline: the date lines above it are the site's clock."""
    if "title" in header or not is_site_address(line):
        return None
    # a line naming the site beside its date ("Viento Sur, 23-12-2022" over "vientosur.info") credits the article
    lines = header.pop("date_lines", [])
    clock = [d for d in lines if not _names_site(d, line)]
    if len(clock) < len(lines):
        header["date_lines"] = [d for d in lines if d not in clock]
    header["above_title"] = [line for line in header.get("above_title", []) if line not in clock]
    header.setdefault("categories", []).append(line)  # as a one-word section label was
    return "site address"


def _names_site(date_line: str, address: str) -> bool:
    """A date line whose words, run together, are the name in the site's address ("Viento Sur" in vientosur.info)."""
    name = "".join(re.findall(r"[^\W\d_]+", date_line.split(",")[0])).lower()
    return len(name) >= 4 and name in address.lower().replace("-", "")


def _breadcrumbs(line: str, header: dict[str, Any]) -> str | None:
    """A trail of sections ("News | World | Europe", "Home » Politics » Europe"); the headline under it is the title."""
    if len(CRUMB.findall(line)) < 2 or "«" in line:  # in "« a » et « b »" it separates nothing
        return None
    parts = [p.strip() for p in CRUMB.split(line) if p.strip()]
    # a title bar's date ("Headline | Site | 20.10.2011"); a table's row ("Date | 8 March 2024 |") states its subject's
    dated = [] if is_table_row(line) else [p for p in parts if is_date_line(p) and not is_substantive(p)]
    if "title" not in header:
        # the date lines above a trail of sections, before any headline ("جمعه , ۱۰ فروردین ۱۴۰۳" over "صفحه اول »
        # اجتماعی » …"): the site's clock, as above its address (`_masthead`); a page's own date stands under its trail
        _forget_clock(header, keep_stamps=True)
    for part in dated:
        _add_date_line(header, part)
    header["categories"] = [p for p in parts if p not in dated]
    return "section breadcrumbs"


def _forget_clock(header: dict[str, Any], keep_stamps: bool) -> None:
    """Forget the date lines read so far as a site's clock (the day the page was viewed), but for what only a page's
    own date line carries: a label ("Updated: Friday, 4 April 2025", "Veröffentlicht am …"), a byline ("By Jane
    Doe, 4 April 2025") and, where `keep_stamps`, a stamp with its hour ("14.10.2024, 11:13"): a clock prints the day."""
    published, updated, _ = labels()
    byline = header.get("byline", "")
    lines = header.pop("date_lines", [])
    own = [
        line
        for line in lines
        if published.search(line) or updated.search(line) or _signed(line, byline) or (keep_stamps and STAMP_CLOCK.search(line))
    ]
    if own:
        header["date_lines"] = own
    clock = [line for line in lines if line not in own]
    header["above_title"] = [line for line in header.get("above_title", []) if line not in clock]


def _signed(line: str, byline: str) -> bool:
    """A date line that is a byline's: cut from the byline read (`_byline`), or a writer's name before its date
    ("By Jane Doe, 4 April 2025", "Jane Doe, 4 April 2025" once "By" is read)."""
    return line in byline or bool(BYLINE.match(line)) or is_person_name(line.split(",", 1)[0]) is True


def _title(line: str, header: dict[str, Any]) -> str | None:
    if "title" in header or is_person_name(line) is not False or not is_title_like(line) or len(words(line)) < 2:
        return None
    button, _, rest = line.partition(" ")
    if furniture_reason(button) and len(words(rest)) >= 3 and not _day_before_month(button, rest):  # "Share …"
        line = rest
    line = BULLET.sub("", line)
    suffix = TITLE_SUFFIX.match(line)
    if suffix and _stamp_first(suffix["title"]):  # "13. lipanj 2016. | Autor: …": the page's stamp, then its byline
        _add_date_line(header, line)
        return "date line"
    if suffix and len(words(suffix["site"])) <= 4 and not _date_span(suffix["title"], suffix["site"]):
        header["title"], header["site_name"] = suffix["title"].strip(), suffix["site"].strip()
        _dated_site_name(header)
    else:
        header["title"] = line
    return "title"


def _stamp_first(title: str) -> bool:
    """A title bar's first part that is a date and nothing else, its words all names of months or weekdays ("13.
    lipanj 2016. | Autor: …"): a stamp opening the line, a byline or a section after it; no headline."""
    names = re.findall(r"[^\W\d_]{2,}", title)
    return (
        is_date_line(title)
        and bool(names)
        and all(name_key(n) in calendar_words() or n.casefold() in cldr_month_names() for n in names)
    )


STAMP_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
STAMP_CLOCK_REACH = 30  # characters after the day where a stamp's time stands: "Mart 2026 Pazar - 10:22"


def _day_before_month(word: str, rest: str) -> bool:
    """A day's number, then a month's name and, soon after, a time ("01 Mart 2026 Pazar - 10:22 Headline"): a
    site's stamp opening the line, not a counter's figure glued to it. Without a time ("7 ottobre 2023 | …") the
    date may be the headline's subject."""
    month = rest.split()[0].casefold().rstrip(".,") in cldr_month_names()
    return word.isdigit() and month and bool(STAMP_CLOCK.search(rest[:STAMP_CLOCK_REACH]))


FIGURES_DATE_CLOSING = re.compile(rf"(?<![\d.])(?:{FIGURES_DATE.pattern})$")  # a date in figures ending the words


def _date_span(title: str, site: str) -> bool:
    """Two dates in figures either side of the title bar's dash ("Concurs în perioada 27.05.2024 – 25.06.2024"):
    the period the headline names, its end neither a site's name nor the page's date."""
    return bool(FIGURES_DATE.fullmatch(site.strip()) and FIGURES_DATE_CLOSING.search(title.strip()))


def _dated_site_name(header: dict[str, Any]) -> None:
    """A title bar's last part that holds the page's date beside the site's name, a comma between ("Headline -
    06.03.2013, Site"): the date is a date line of the page, the rest the site's name."""
    parts = [p.strip() for p in BYLINE_PART.split(header["site_name"]) if p.strip()]
    dated = [
        p for p in parts if (len(parts) > 1 or FIGURES_DATE.fullmatch(p)) and is_date_line(p) and any(c.isdigit() for c in p)
    ]
    if len(dated) == 1:
        _add_date_line(header, dated[0])
        header["site_name"] = ", ".join(p for p in parts if p != dated[0])
        if not header["site_name"]:  # the date alone in figures after the headline ("Headline – 04/10/19")
            del header["site_name"]


def _author_line(line: str, header: dict[str, Any]) -> str | None:
    if "author" in header or not is_person_name(line):
        return None
    header["author"] = line
    return "author line"


def _section_label(line: str, header: dict[str, Any]) -> str | None:
    if "title" in header or len(words(line)) != 1:
        return None
    header.setdefault("categories", []).append(line)
    return "section label"


def _subtitle(line: str, header: dict[str, Any]) -> str | None:
    if "title" not in header or "subtitle" in header or not is_title_like(line) or CAPTION.match(line):
        return None
    if _repeats_title(line, header):
        return None
    if _credit_line(line):
        return None
    header["subtitle"] = line
    return "subtitle"


def _repeats_title(line: str, header: dict[str, Any]) -> bool:
    """The headline again under the title bar's (a page's <title>, then its <h1>): the text's own heading, whose
    actors are the article's, no subtitle."""
    return line == header["title"] or (line.startswith(header["title"]) and "site_name" in header)


def _credit_line(line: str) -> bool:
    """A source's name and its numeric stamp, then the agencies ("Lomé Weekly 04.03.2024 | Agency, Agency"): a
    credit line, no subtitle."""
    parts = header_parts(line)
    return len(parts) > 1 and any(credited_stamp(p) != p and is_date_line(p) for p in parts)


HEADER_READERS = (
    _date_line,
    _byline,
    _weather,
    _related_items,
    _other_date_line,
    _masthead,
    _breadcrumbs,
    _title,
    _author_line,
    _section_label,
    _subtitle,
)
