"""Facts of a writing system that CLDR does not state (`data/scripts.yaml`), for a language with no data file, and
how a word of any script sounds (its consonants as anyascii spells them), to compare names across scripts."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache, partial
from pathlib import Path
from typing import Any

import babel.dates
from anyascii import anyascii
from babel.core import Locale, UnknownLocaleError, get_global
from icu4py.breakers import WordBreaker

from . import safeyaml

SCRIPTS = Path(__file__).parent / "data" / "scripts.yaml"
# Thai and Lao, Burmese, Khmer: scripts that write no space between words, as Chinese and Japanese do not (a
# character class's ranges)
UNSPACED_SCRIPTS = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
# the middle dot between a transliterated name's parts ("弗拉基米尔·泽连斯基"), and the dots typed for it: the
# hyphenation point, the katakana middle dot (full and half width), the bullet and the bullet and dot operators
NAME_DOTS = "·‧・･•∙⋅"
SPACELESS_CODES = frozenset({"Thai", "Laoo", "Khmr", "Mymr"})  # the same scripts by their ISO 15924 codes


def _marks() -> str:
    """The combining marks of the scripts up to CJK's, as ranges of a character class: `\\w` is no mark, so it
    would end a word at each vowel sign ("সৌদি" read as "স", "দ"), at Thai's and at Arabic's short vowels."""
    ranges: list[list[int]] = []
    for code in [*range(0x300, 0x3100), *range(0xA600, 0xAC00), *range(0xFB1E, 0xFB1F), *range(0xFE00, 0xFE30)]:
        if unicodedata.category(chr(code))[0] != "M":
            continue
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


MARKS = _marks()
SCRIPT_LETTERS = {"Cyrl": "\u0400-\u04ff\u0500-\u052f"}  # the letters of the scripts `homoglyphs` is for


@cache
def _homoglyphs() -> tuple[tuple[re.Pattern[str], re.Pattern[str], dict[int, str]], ...]:
    """For each script of `homoglyphs` in `data/scripts.yaml`: its letters, the other script's letters of the same
    shape, and the table that writes them as its own."""
    listed = safeyaml.shipped(SCRIPTS).get("homoglyphs") or {}
    found = []
    for code, table in listed.items():
        letters = SCRIPT_LETTERS[code]
        found.append((re.compile(f"[{letters}]"), re.compile(f"[{''.join(table)}]"), str.maketrans(dict(table))))
    return tuple(found)


WORD = re.compile(r"\w+")


def own_letters(text: str) -> str:
    """The text with the letters of another script that a word of a script writes for its own letters of the same
    shape (`homoglyphs`: "Уæрæсейы", the Latin "æ" in a Cyrillic word) written as that script's; the same length."""
    for own, other, table in _homoglyphs():
        if other.search(text):
            text = WORD.sub(partial(_in_own_letters, own, table), text)
    return text


def _in_own_letters(own: re.Pattern[str], table: dict[int, str], m: re.Match[str]) -> str:
    """A word with letters of `own`'s script: its letters of another script's shape written as `own`'s."""
    word = m.group()
    return word.translate(table) if own.search(word) else word


# The edges of a word in a pattern, its combining marks part of it: `\w` is no mark, so `(?!\w)` would end
# "গত মাসে" (last month) before its vowel sign; a word ends after the marks written on its last letter.
WORD_START = rf"(?<![\w{MARKS}])"
# India's scripts' visarga, a mark, is typed for a colon after a dateline's date ("19 ऑक्टोबरःपुलाचे"): a word
# may end before it
VISARGAS = "".join(c for c in map(chr, range(0x900, 0xE00)) if unicodedata.name(c, "").endswith("SIGN VISARGA"))
WORD_END = rf"(?:[{MARKS}]*+(?!\w)|(?=[{VISARGAS}]))"
LETTER = rf"(?:[^\W\d_]|[{MARKS}])"  # a letter or a mark on it
# Arabic's short vowels, tatweel and Quranic marks, written or not as the writer likes: dropped before matching
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
# Persian's "ک" and "ی" are Arabic's "ك" and "ي" (texts type either); Sorani Kurdish's "ە", "ھ" and "ڕ" are written
# "ه", "ه" and "ر" on older pages and keyboards ("ڕووسیا" and "رووسیا": Russia)
ARABIC_FOLD = str.maketrans(
    {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "ё": "е"}
    | {"ک": "ك", "ی": "ي", "ە": "ه", "ھ": "ه", "ڕ": "ر"}
)


@cache
@lru_cache(maxsize=1 << 14)  # a letter's name is looked up once, not for every text it is in
def letter_script(letter: str) -> str:
    """The script a letter is written in, the first word of its Unicode name ("LATIN", "CYRILLIC", "ARABIC"), or ""
    for a letter Python's Unicode data names not."""
    return unicodedata.name(letter, "").split(" ", 1)[0]


def script_code(language: str) -> str:
    """The ISO 15924 code of the script CLDR's likely subtags give the language ("he": he_Hebr_IL: "Hebr")."""
    likely = str(get_global("likely_subtags").get(language.split("-")[0].split("_")[0].lower(), "")).split("_")
    return likely[1] if len(likely) == 3 else ""


def spaceless(language: str) -> bool:
    """A language written in Thai, Lao, Khmer or Burmese, whose words meet with no space between them."""
    return script_code(language) in SPACELESS_CODES


def dictionary_pieces(text: str) -> list[str]:
    """The text cut where ICU's dictionaries put a word's edge, spaces and punctuation kept as pieces of their own:
    a run of Thai cut into "เมื่อ", "เดือน" and "เมษายน"."""
    return list(WordBreaker(text, "und"))


def word_edges(text: str) -> frozenset[int]:
    """The offsets where ICU's dictionaries put a word's start or end (`dictionary_pieces`)."""
    edges, at = {0}, 0
    for piece in dictionary_pieces(text):
        at += len(piece)
        edges.add(at)
    return frozenset(edges)


@cache
def script_facts(language: str) -> dict[str, Any]:
    """What `data/scripts.yaml` states of the language's script."""
    return safeyaml.shipped(SCRIPTS).get(script_code(language)) or {}


def proclitics(language: str) -> frozenset[str]:
    """The one-letter words the language's script writes glued to the next word."""
    return frozenset(script_facts(language).get("proclitics") or ())


def without_marks(text: str) -> str:
    """The text without its combining marks (Unicode's categories Mn, Mc, Me): a word in Devanagari or Bengali
    ("अंकारा") is letters and vowel signs, which regular expressions' letters and `str.isalpha` leave out."""
    return "".join(c for c in text if not unicodedata.category(c).startswith("M"))


def glued_endings(language: str) -> int:
    """How many letters (as Unicode decomposes them) the case endings and particles that the language's script
    glues to a name may add ("독일의", "საქართველოში"); 0 where it writes them apart or the script is unknown."""
    return int(script_facts(language).get("glued_endings") or 0)


def glued_name_endings(language: str) -> int:
    """How many letters a script's names may take glued after them where its dates take none so counted
    (`glued_name_endings` in `data/scripts.yaml`: Ethiopic's one syllable, "ኤርትራ|ን"); 0 elsewhere."""
    return int(script_facts(language).get("glued_name_endings") or 0)


def script_adjective_endings(language: str) -> frozenset[str]:
    """The endings the script's languages add to a state's name to make its adjective (`adjective_endings` in
    `data/scripts.yaml`: Ethiopic "ኤርትራ|ዊ", Eritrean), beside those CLDR's names of languages show."""
    return frozenset(script_facts(language).get("adjective_endings") or ())


def _own_facts(code: str) -> dict[str, Any]:
    """What `languages` in `data/scripts.yaml` states of one language (its own glued endings)."""
    return (safeyaml.shipped(SCRIPTS).get("languages") or {}).get(code) or {}


def genitive_endings(language: str) -> list[str]:
    """The genitive endings a language glues to a month's name before its day (`genitive_endings` in
    `data/scripts.yaml`: Chuvash "кӑрлач|ӑн 29-мӗшӗнче", January's 29th); none where the data lists none."""
    code = language.split("-")[0].split("_")[0].lower()
    return [str(e) for e in _own_facts(code).get("genitive_endings") or []]


def short_month_endings(language: str) -> list[str]:
    """The case endings a month's name of two letters takes glued after its day (`short_month_endings` in
    `data/scripts.yaml`: Marathi "१ मे|ला", on 1 May): only those, as other words open with such a name ("मेज")."""
    code = language.split("-")[0].split("_")[0].lower()
    return [str(e) for e in _own_facts(code).get("short_month_endings") or []]


@cache  # once per block of every language without a data file: the YAML is read once per language
def own_glued_endings(language: str) -> int:
    """How many letters the case endings a language glues to a name may add where its script's other languages
    write them apart (`languages` in `data/scripts.yaml`: "Rossiya|ning", "ब्रिटन|ची"), or where CLDR's own
    relative times show it gluing a postposition (`_cldr_glued_postposition`); 0 otherwise."""
    code = language.split("-")[0].split("_")[0].lower()
    own = _own_facts(code)
    if own.get("glued_endings"):
        return int(own["glued_endings"])
    glues = _cldr_glued_postposition(code) or _cldr_glued_to_count(code)
    return CLDR_GLUED_ENDINGS if not glued_endings(code) and glues else 0


@cache  # as own_glued_endings: asked for every word of a text, the YAML read once per language
def glued_signs(language: str) -> bool:
    """Whether a vowel sign alone glued to a name is a case ending: where the script or `data/scripts.yaml` says the
    language glues them (Bengali's locative "-ে"; Marathi), not where only CLDR's relative times show a glued
    postposition, whose endings are letters ("भारत|मा"; Nepali "रूस|ी" is Russian, the adjective)."""
    code = language.split("-")[0].split("_")[0].lower()
    return bool(glued_endings(code) or _own_facts(code).get("glued_endings") or _cldr_glued_to_count(code))


CLDR_GLUED_ENDINGS = 3  # "ले", "लाई", "द्वारा": a postposition glued to a name adds up to three letters
GLUE_UNITS = ("day", "week", "month", "year")


def _cldr_glued_postposition(language: str) -> bool:
    """Whether CLDR's relative times write every unit's word "in {0} days … years" as its word "{0} days … years
    ago" with one and the same ending glued: a postposition the language glues to a noun, as it glues it to a name
    ("{0} वर्ष अघि", "{0} वर्षमा": in 0 years; "भारतमा": in India). Nepali, Gujarati and Odia; Kannada, Telugu and
    Uzbek show it too. Not a plural's ending, which differs from unit to unit, nor a case a word changes."""
    try:
        fields = Locale.parse(language)._data.get("date_fields") or {}
    except (ValueError, UnknownLocaleError):
        return False
    endings = set()
    for unit in GLUE_UNITS:
        tenses = fields.get(unit) or {}
        past, future = ((tenses.get(tense) or {}).get("other") for tense in ("past", "future"))
        if not past or not future:
            return False
        words = str(past).replace("{0}", " ").split()
        ahead = str(future).replace("{0}", " ").split()
        glued = {w[len(a) :] for a in words for w in ahead if len(a) >= 2 and w.startswith(a) and len(w) > len(a)}
        if len(glued) != 1:
            return False
        endings |= glued
    return len(endings) == 1


GLUED_TO_COUNT = re.compile(r"\{0\}[^\W\d_]")  # "{0}කට": a case ending glued to the figure itself


@cache
def _cldr_glued_to_count(language: str) -> bool:
    """Whether CLDR's relative times glue a case ending to the count itself in every unit, back and ahead ("දින
    {0}කට පෙර", "වසර {0}කින්": Sinhala), in a script that spaces its words: a language that glues its cases to
    every noun, a figure's and a name's too, a vowel sign alone among them ("ලංකාව|ේ": in Sri Lanka). Not Chinese's
    "{0}天前", a script with no spaces, whose unit's character is no ending."""
    try:
        fields = Locale.parse(language)._data.get("date_fields") or {}
    except (ValueError, UnknownLocaleError):
        return False
    patterns = [str(p) for unit in GLUE_UNITS for tense in (fields.get(unit) or {}).values() for p in tense.values()]
    return bool(patterns) and not spaceless(language) and all(GLUED_TO_COUNT.search(p) for p in patterns)


# a lower-case ending CLDR's date format glues to a month's or a year's field: "MMMM'ren'", "y('e')'ko'"
FORMAT_GLUED = re.compile(r"(?:M{3,}|L{3,}|y)(?:\('[^']*'\))?'([^\W\d_]+)'")


@cache
def format_glued_endings(language: str) -> int:
    """`CLDR_GLUED_ENDINGS` where CLDR's long date format glues a case ending to a month's or a year's field, as the
    language glues its cases to any noun and name (Basque "y('e')'ko' MMMM'ren' d('a')": "Errusia|ren", Russia's;
    "Espainia|ko", of Spain; Mongolian "MMMM'ын'"); not an ordinal's mark after a day (Gaelic "d'mh'"); else 0."""
    try:
        pattern = babel.dates.get_date_format("long", locale=language.split("-")[0].split("_")[0].lower()).pattern
    except (ValueError, UnknownLocaleError):
        return 0
    return CLDR_GLUED_ENDINGS if any(m[1].islower() for m in FORMAT_GLUED.finditer(pattern)) else 0


def glued_case_endings(language: str) -> int:
    """The case endings the language glues to a name (`own_glued_endings`), else its script's (`glued_endings`)."""
    return own_glued_endings(language) or glued_endings(language)


ARTICLE_ENDINGS = 3  # Somali "-ka", "-tii", "-dii": the article a language of capitalised names glues to a noun
WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # CLDR's date fields of the weekdays, Monday first


@cache
def glued_articles(language: str) -> int:
    """How many letters of an article or ending a language glues to a capitalised name: `ARTICLE_ENDINGS` where
    CLDR capitalises the weekdays' names and its counts of weekdays write a whole name with an ending of two
    letters or more glued to it ("{0} Isniinood kahor": Isniin|ood), as Somali glues its articles to nouns and
    names ("Isniin|tii", on Monday; "Faransiis|ka", France); not a plural's one letter ("Mondays"); else 0."""
    try:
        locale = Locale.parse(language.split("-")[0].split("_")[0].lower())
    except (ValueError, UnknownLocaleError):
        return 0
    names = locale.days["format"]["wide"]
    if not names or not all(name[:1].isupper() for name in names.values()):
        return 0
    fields = locale._data.get("date_fields") or {}  # Babel's parsed CLDR: no public accessor for these fields
    for number, name in names.items():
        for tense in (fields.get(WEEKDAY_FIELDS[number]) or {}).values():
            for pattern in tense.values():
                words = str(pattern).replace("{0}", " ").split()
                if any(w.startswith(name) and len(w) - len(name) >= 2 and w[len(name) :].isalpha() for w in words):
                    return ARTICLE_ENDINGS
    return 0


# Case endings whose consonant would stay in a word's key: Slavic instrumental ("Путиным", "Prigożynem") and
# adjective declension ("Зеленского", "Зеленскому"). Vowel endings need nothing: vowels are left out.
ENDINGS = ("ogo", "ego", "omu", "emu", "ymi", "ami", "ym", "im", "om", "em")
# One sound, many spellings; upper case marks what is done (the letters below only change lower case).
SPELLINGS = (
    ("tsch", "C"), ("tsh", "C"), ("sch", "S"), ("tch", "C"), ("sz", "S"), ("cz", "C"), ("zh", "S"), ("sh", "S"),
    ("kh", "H"), ("ch", "C"), ("ts", "C"), ("tz", "C"), ("ph", "F"), ("th", "T"), ("gh", "G"), ("ck", "K"),
)  # fmt: skip
LETTERS = str.maketrans({"z": "s", "w": "f", "v": "f", "p": "b", "q": "k", "c": "k", "x": "ks"})
SILENT = re.compile(r"[aeiouyh]")
# a script's own decimal digit, not ASCII's ("١٥", "१५"): Unicode has no decimal digit below U+0660 but ASCII's
SCRIPT_DIGIT = re.compile(r"[^\D0-9]")
HAN = re.compile(r"[\u4e00-\u9fff]")  # a Han character of the CJK Unified Ideographs block ("中", "年")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")  # a letter of the Cyrillic block (transliterated for a Latin name)


@lru_cache(maxsize=1 << 16)  # called for every uncased word without a name's match: the texts' words are unbounded
def sound_keys(word: str) -> frozenset[str]:
    """The keys a word of a name sounds like: two when it holds a j ("Jewgeni": y; "Prigojine": zh)."""
    text = re.sub(r"[^a-z]", "", anyascii(word).lower())
    text = next((text[: -len(e)] for e in ENDINGS if text.endswith(e) and len(text) - len(e) >= 4), text)
    for spelling, sound in SPELLINGS:
        text = text.replace(spelling, sound)
    text = text.translate(LETTERS)
    keys = {text.replace("j", ""), text.replace("j", "s")}
    if CYRILLIC.search(word):  # Г writes an h too ("Ибрагим": Ebrahim; Ukrainian "Гаага": Hague)
        keys |= {k.replace("g", "") for k in keys}
    return frozenset(re.sub(r"(.)\1+", r"\1", SILENT.sub("", k).lower()) for k in keys)


# Chinese, Japanese and Korean characters: anyascii's syllables say nothing of how a name sounds elsewhere
# ("薩洛梅", Salome, would read "slm" as "Islam" does)
UNSPELLED = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
