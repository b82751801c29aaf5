"""The publication date a page states about itself: a date line in its header ("Updated: Tuesday Mar 5,
2024", "3 апреля 2023, 09:40") or an agency dateline opening its text ("DOHA, Nov. 4 (QNA) —",
"Paris, 2 avril (AFP)."). Only a whole date (day, month and year) counts, and never one the page states as
the date of an event; a date that only an "updated" label gives is taken when nothing else is, and says so.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import yaml

from .dates import DIGITS, DateMention, find_dates
from .datewords import key, known_languages, words
from .model import Published

DATA = Path(__file__).parent / "data" / "publication.yaml"

WORD = re.compile(r"[^\W\d_]{3,}")  # words beside a date; "de", "le", "à" do not count
# A place of one to four words (an agency before it), then a comma, a full stop or, in Arabic, nothing:
# "DOHA, ", "Paris, ", "МОСКВА, ", "КИЕВ. ", "EREVAN/BAKOU, ", "(ANSA) – ROMA, ", "موسكو ".
DATELINE_PLACE = re.compile(r"^(?:\([^)]{2,20}\)\s*[–—-]\s*)?(?:[^\W\d_][\w.'’\-]*[\s/]?){1,4}[,،.]?\s*$")
# The agency or a dash after the date: "(QNA) —", ". /ТАСС/", " (AFP).", " -- ", " / ", ". УНН.".
DATELINE_END = re.compile(r"^\.?\s*(?:\([^)]{2,40}\)|/[^/]{2,30}/|[—–/-]{1,2}\s)|^\.?\s*[A-ZÀ-ÞА-ЯЁІЇЄҐ]{2,12}\.")


@cache
def labels() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))

    def alternation(words: list[str]) -> re.Pattern[str]:
        body = "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{body})(?:\s+(?:on|le|el|em|am|il|في|в))?\s*:?", re.I)

    return alternation(data["published"]), alternation(data["updated"]), re.compile(data["time"], re.I)


def is_date_line(line: str) -> bool:
    """A short header line that may state a date (a label, or a number that could be a year or a date):
    read once the language is known (`from_header`)."""
    published, updated, time = labels()
    line = line.translate(DIGITS)
    if published.fullmatch(line.strip()) or updated.fullmatch(line.strip()):
        return True  # "Published" alone: the date is on the next line
    if not any(c.isdigit() for c in line) or len(line.split()) > 14:
        return False
    rest = time.sub(" ", updated.sub(" ", published.sub(" ", line)))
    if not re.search(r"(?<!\d)(?:1[3-9]|20)\d\d(?!\d)|\d[./-]\d", rest):
        return False
    # a label, or a date and little else: besides month and weekday names, a place ("The Hague, 24 November
    # 2015") or a time zone; "Kuwait opened an embassy in 1950." is a sentence
    others = [w for w in re.findall(r"[^\W\d_]{2,}", rest) if key(w) not in calendar_words()]
    return rest != line or len(others) <= 3


@cache
def calendar_words() -> frozenset[str]:
    """Month and weekday names of every language with a date-words file (the header is read before the
    language is known)."""
    names: set[str] = set()
    for language in known_languages():
        names |= {*words(language).months, *words(language).weekdays}
    return frozenset(names)


def _whole(mention: DateMention) -> str | None:
    if mention.relative or mention.invalid or not (mention.year and mention.month and mention.day):
        return None
    return f"{mention.year:04d}-{mention.month:02d}-{mention.day:02d}"


def _date_alone(text: str, language: str, labelled: bool = False) -> str | None:
    """The one whole date a line states, when the rest of it is labels, times and punctuation; after a label
    ("Published Nov 17, 2022 4:21 PM by The Maritime Executive") the first whole date. Sites often write their
    own dates in English whatever the article's language ("Sat, 26 Apr 2025 22:39")."""
    _, _, time = labels()
    dates = [d for d in find_dates(text, language) if _whole(d)] or [d for d in find_dates(text, "en") if _whole(d)]
    if labelled and dates:
        return _whole(next((d for d in dates if not d.calendar), dates[0]))
    stated = [d for d in dates if not d.calendar] or dates  # the Gregorian date of "12 أغسطس 2025 … 18 صفر 1447 هـ"
    if len({_whole(d) for d in stated}) != 1:
        return None
    rest = text
    for d in sorted(dates, key=lambda d: d.start, reverse=True):
        rest = rest[: d.start] + " " + rest[d.end :]
    rest = time.sub(" ", rest)
    return _whole(dates[0]) if len(WORD.findall(rest)) <= 3 else None


def from_header(lines: list[str], language: str) -> Published | None:
    """The date the header's date lines state: a published line first, then an unlabelled one, then an
    updated one. A line with both ("Published 3 May 2024 | Updated 5 May 2024") gives the published part."""
    published, updated, _ = labels()
    found: dict[str, tuple[str, str]] = {}
    lines = _joined(lines)
    for line in lines:
        parts = [(m.start(), m.end(), "published") for m in published.finditer(line)]
        parts += [(m.start(), m.end(), "updated") for m in updated.finditer(line)]
        parts.sort()
        if not parts:
            date = _date_alone(line, language)
            if date:
                found.setdefault("unlabelled", (date, line))
            continue
        for i, (_, end, kind) in enumerate(parts):
            stop = parts[i + 1][0] if i + 1 < len(parts) else len(line)
            date = _date_alone(line[end:stop], language, labelled=True)
            if date:
                found.setdefault(kind, (date, line))
    for kind, basis in (("published", "header"), ("unlabelled", "header"), ("updated", "updated-line")):
        if kind in found:
            date, line = found[kind]
            return Published(date, basis, stated_as=line)
    return None


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
    """An agency dateline that opens the text: a place, a whole date, then the agency or a dash."""
    for mention in find_dates(paragraph[:80], language):
        date = _whole(mention)
        place = paragraph[: mention.start]
        # a capital initial where the script has case, and a comma (or a place in capitals) where it is Latin
        head = place.lstrip("(")[:1]
        cased = place.strip()[:1].isupper() or place.startswith("(")
        marked = "," in place or place.split("(")[-1].isupper() or not head.isascii()
        placed = not place.strip() or (DATELINE_PLACE.match(place) and ((cased and marked) or head.lower() == head.upper()))
        if not (placed and DATELINE_END.match(paragraph[mention.end :])):
            break  # only the first date of the paragraph can be its dateline
        stated_as = paragraph[: mention.end + 12].strip()
        if date:
            return Published(date, "dateline", stated_as=stated_as)
        if mention.month and mention.day and not mention.year and not mention.relative:
            return Published(None, "dateline", stated_as=stated_as, yearless=f"--{mention.month:02d}-{mention.day:02d}")
        break
    return None
