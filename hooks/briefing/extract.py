"""Stage 2: infer what a source's frontmatter would say (language, date, actors, events).

The editor's frontmatter always wins; everything else is read from the text and the
registries. No knowledge of a particular source lives here.
"""

from __future__ import annotations

import bisect
import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from contextlib import suppress
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import regex
from babel import localedata
from babel.dates import get_month_names
from icu4py.breakers import SentenceBreaker
from icu4py.locale import Locale as IcuLocale
from slugify import slugify

from . import realdates, safeyaml
from .actors import actor_mentions
from .clean import BULLET, UNSPACED
from .credits import credited_outlet
from .dates import confirm, find_dates, forget_found, persian_in, persian_near, pinned_solar, solar_years, years_after_text_cues
from .dates_context import WEEKDAY_SHIFTS
from .dates_grammar import DIGITS, OTHER_YEAR, DateMention, usual_gregorian
from .datewords import cldr_code, date_word_index, date_words, dateparser_codes, fold, has_own_words, key, words
from .generic_words import detection_entries, own_and_words
from .knowledge import and_word, cldr_own_data
from .model import Block, Briefing, Candidate, Event, Mention, Published, Sentence, Source
from .published import as_the_text_dates_it, from_text, is_page_date, is_stale_update
from .registry import Registry
from .scripts import letter_script, own_letters

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

VERSION = "2"  # bump when extraction changes, so cached results are not reused
FUTURE_CUES = {
    "en": re.compile(
        r"\b(will|shall|upcoming|forthcoming|scheduled|planned|plans?|prepares?|preparations?"
        r"|ahead of|expected to|to be held|set to|due to|calls? for|calling for)\b",
        re.I,
    ),
    "ar": re.compile(r"سوف|من المقرر|المقبل|القادم|مرتقب|يستعد|الاستعدادات|ستقام|سيعقد"),
}
EN_TITLE_CUES = (
    r"President|Prime Minister|Minister|Secretary|General|Sheikh|Emir|King|Prince|Ambassador|Envoy|Chancellor"
    r"|Governor|Senator|Director|Chief|Commander|Colonel|Brigadier|Dr\.?|Mr\.?|Mrs\.?|Ms\.?"
)
# A lookahead for the titles' first letters before the word boundary: `re` then skips to those letters, instead of
# trying the boundary and every title at each character (the same matches)
EN_TITLE_FIRSTS = "".join(sorted({title[0] for title in EN_TITLE_CUES.split("|")}))
TITLE_CUES = {
    "en": re.compile(rf"(?=[{EN_TITLE_FIRSTS}])\b(?:{EN_TITLE_CUES})\s+((?:[A-Z][\w'’.-]+\s?){{1,5}})"),
    "ar": re.compile(
        r"(?:الشيخ|العميد|اللواء|الرئيس|الأمير|أمير|الوزير|وزير|السفير|الملك|الدكتور|المبعوث|مبعوث)\s+((?:[\u0621-\u064a]+\s?){2,4})"
    ),
}
# A dateline before the text's first words: a place or an agency, perhaps with the agency in brackets, then a dash
DATELINE = re.compile(r"^[^\W\d][\w .,'’/-]{0,40}?(?:\s*\([^()]{2,40}\))?\s+[–—-]\s+")
OPENING_COMMA = re.compile(r"^\s*[,،]\s*")
MONTH_FIGURES = re.compile(r"(?:0?[1-9]|1[0-2])\.(?!\d)")
LISTED_WORD = 3  # letters at most of a word between two listed weekdays or before the second: "and", "a v", ", och"
LISTED = re.compile(rf"\s*[,،]?\s*(?:[^\W\d_]{{1,{LISTED_WORD}}}\s+){{0,2}}")
# the capital first and the word's start checked behind it ("\b[A-Z]" as `re` finds it faster: it skips to capitals)
NAME_RUN = re.compile(r"[A-Z](?<!\w[A-Z])[\w'’-]+(?:\s+(?:of|the|al|Al|bin|bint|de|van|von|der|el|El)?\s*[A-Z][\w'’-]+)+")
ARABIC_STOP = {"من", "في", "على", "مع", "إلى", "الى", "لدى", "عن", "التابع", "بعد", "قبل", "خلال", "و"}


# characters of a sentence's end that tell whether its last stop ends it (`_continues`, `_unglued`): its last word,
# the figure before a month and the words after the stop; a word longer than them is no abbreviation, initial or month
# name, cut or whole
CONTINUES_TAIL = 200


def split_sentences(text: str, language: str = "en") -> list[tuple[int, int]]:
    """Character spans of the sentences of one paragraph, by ICU's sentence rules for the language. A full
    stop after an abbreviation ("Mr.", "Sept.", "janv.", "февр.", "U.S.") or a German ordinal day before its
    month ("am 22. Juli") does not end a sentence."""
    spans: list[tuple[int, int]] = []
    start = 0
    for piece in SentenceBreaker(text, _icu_locale(language)):
        stripped = piece.rstrip()
        if stripped.strip():
            first = start + len(piece) - len(piece.lstrip())
            # the sentence so far, by its end only: joined pieces grow it, and its whole text each time is quadratic
            if spans and _continues(text[max(spans[-1][0], spans[-1][1] - CONTINUES_TAIL) : spans[-1][1]], stripped, language):
                spans[-1] = (spans[-1][0], start + len(stripped))
            else:
                spans.append((first, start + len(stripped)))
        start += len(piece)
    # a cut needs a match of either pattern in the sentence, so in the paragraph: most paragraphs have none
    if not (GLUED_STOP.search(text) or STOP_FIGURE.search(text)):
        return spans
    return [part for span in spans for part in _unglued(text, span, language)]


# a full stop the scraper glued to the next sentence, where paragraphs lost their space: "económica.Esta isla"
# (the stop first, the two letters before it looked behind from there: a pattern that opens with a lookbehind is
# tried at every character of the sentence, one that opens with a character class only where that character is)
GLUED_STOP = re.compile(r"[.!?](?<=[^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]{2}[.!?])(?=[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_A-ZÀ-ÞА-ЯЁІЇЄҐ]{2})")


# a full stop, then a figure: ICU keeps the sentence going when a lower-case word follows the figure ("62-річний")
# (tried only where a word starts: from every character of a long unspaced run it would be quadratic)
STOP_THEN_FIGURE = re.compile(r"(?<!\S)(\S+)\.\s+(?=\d)")
STOP_FIGURE = re.compile(r"\.\s+\d")  # what its every match holds, found at once: where it is not, no match is


def _unglued(text: str, span: tuple[int, int], language: str) -> list[tuple[int, int]]:
    """A sentence span parted where a lower-case word's full stop touches a capitalised word, after a day and its
    full month name whose full stop a figure other than its year follows ("19 грудня. 62-річний дипломат"), and
    before a year that opens a sentence after a long word's full stop ("abgab. 1953 war")."""
    cuts = [(m.end(), m.end()) for m in GLUED_STOP.finditer(text, *span)]  # (where one ends, where the next starts)
    w = words(language)
    start, end = span
    piece = text[start:end]  # a word may start the span mid-run
    for m in STOP_THEN_FIGURE.finditer(piece) if STOP_FIGURE.search(piece) else ():
        # the text beside the stop only (`CONTINUES_TAIL`): the whole rest of a long sentence at each stop is quadratic
        before, after = piece[max(0, m.start(1) - CONTINUES_TAIL) : m.start(1)], piece[m.end() : m.end() + CONTINUES_TAIL]
        month_ends = key(m[1]) in w.full_months and not _figure_continues(before, after)
        opens = _year_opens(m[1], after, language) or _day_opens(m[1], after, language)
        if month_ends or opens:
            cuts.append((start + m.end(1) + 1, start + m.end()))
    ends, starts = zip(*sorted(cuts), strict=True) if cuts else ((), ())
    return [(a, b) for a, b in zip((span[0], *starts), (*ends, span[1]), strict=True) if text[a:b].strip()]


YEAR_THEN_WORD = re.compile(r"(?:1[5-9]|20)\d\d\s+[^\W\d_]")
# a figure with a case ending after an apostrophe, then a word ("1983'te kurulan"): the ending is the figure's
ENDED_FIGURE = re.compile(r"\d+['’][^\W\d_]+\s+[^\W\d_]")
LONG_WORD = 5  # letters at least of a word before a full stop that is no abbreviation ("abgab."; not "gegr.", "ca.")
WORD_BEFORE_ENDED = 3  # before a figure with its case ending, whose apostrophe no count or abbreviation brings: "oldu."


def _year_opens(word: str, after: str, language: str) -> bool:
    """A year and a word after the full stop of a long lower-case word, no abbreviation of the language: a
    sentence that opens with its year ("… die Macht abgab. 1953 war er …"), which ICU reads on where a lower-case
    word follows the figure; so too a figure with its case ending after a shorter word ("… iflası oldu. 1983'te
    kurulan SVB …"), whose ending ICU reads as that lower-case word."""
    ended = ENDED_FIGURE.match(after) is not None
    if len(word) < (WORD_BEFORE_ENDED if ended else LONG_WORD) or not (word.isalpha() and word.islower()):
        return False
    if word in _abbreviations(language) or key(word) in words(language).months:
        return False
    return ended or YEAR_THEN_WORD.match(after) is not None


# a day's figure, perhaps with its ordinal ending or full stop, then the next word: "21 ноября", "25 mayıs", "3-го мая"
DAY_THEN_WORD = re.compile(r"[0-3]?\d(?:-?[^\W\d_]{1,3})?\.?\s+([^\W\d_]+)")
WORD_BEFORE_DAY = 4  # letters at least of a word before a full stop that is no abbreviation ("Мосул.", "суду."; not "нар.")


def _day_opens(word: str, after: str, language: str) -> bool:
    """A day and its month's full name after the full stop of a word that is no abbreviation: a sentence that
    opens with its date ("… правления Мугабе. 21 ноября 2017 года Роберт …", "… oluyor. 25 mayıs günü …"). Where
    the language writes month names in lower case, ICU reads the month as a lower-case word going on."""
    if len(word) < WORD_BEFORE_DAY or not word.isalpha() or word in _abbreviations(language):
        return False
    w = words(language)
    day = DAY_THEN_WORD.match(after)
    return bool(day) and key(word) not in w.months and key(day[1]) in w.full_months


WORDED = re.compile(r"[^\W\d_]{2}")  # a paragraph with a word of two letters or more

# the last word before a full stop, also right after an opening bracket or quote: "(10. Oktober 2022)", "(Sept. 12)",
# read from the end of the text written backwards (a search from its start would try every character of it)
LAST_WORD_BACKWARDS = re.compile(r"\.([^\s(\[«\"“]+)")
INITIALS = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]")  # "U.S", "M"
DAY_FIGURES = re.compile(r"[0-3]?\d")


def _elided_after(word: str) -> str:
    """A word without the elided article or preposition glued before it by an apostrophe ("l'On." is "On.")."""
    return re.split(r"['’]", word)[-1]


def _continues(before: str, after: str, language: str) -> bool:
    """Whether ICU's break between `before` and `after` falls after an abbreviation, not a sentence."""
    last = LAST_WORD_BACKWARDS.match(before[::-1])  # `before` ends with no space: ICU's piece, stripped
    if not last:
        return False
    word = last.group(1)[::-1]
    word_start = len(before) - 1 - len(word)
    if INITIALS.fullmatch(word) or _elided_after(word) in _abbreviations(language):
        return True  # an initial, "U.S.", "Mr.", "l'On."
    w = words(language)
    months = w.months
    if _inside_month(word, after, months):
        return True  # Thai "เม.ย." (April): the first stop of a month's abbreviation with stops inside it
    if key(word) in months and not word.isdigit():  # "Sept. 12", "janv. 2023"; but "… on 26 July. The guard …"
        return key(word) not in w.full_months or _figure_continues(before[:word_start], after)
    if DAY_FIGURES.fullmatch(word):  # "am 22. Juli": a day before its month
        first = after.split(maxsplit=1)[0].rstrip('.,;:)]»”"') if after.split() else ""  # "(29. Dezember)"
        # or its month in figures, where the language writes a day's full stop: "v pátek 27. 1."
        return key(first) in months or ("." in w.extra.get("day_suffix", ()) and bool(MONTH_FIGURES.match(after)))
    return False


def _inside_month(word: str, after: str, months: dict[str, int]) -> bool:
    """The word before a stop and the letters after it make a month's abbreviation that has stops inside it, as CLDR
    abbreviates the Thai months ("เม.ย.", April; "มิ.ย.", June): ICU breaks at the first stop when the word before it
    has two letters or more (a single letter is an initial already)."""
    token = after.split(maxsplit=1)[0] if after.strip() else ""
    joined = f"{word}.{token}"
    return any(joined[i] == "." and key(joined[:i]) in months for i in range(len(word) + 1, len(joined)))


def _figure_continues(before_month: str, after: str) -> bool:
    """A figure after a full month name's full stop continues its date ("May. 2023"), but after a day and its
    month the date is whole: only its year may follow ("19 December. 62-year-old …" is a new sentence)."""
    if not after[:1].isdigit():
        return False
    return not re.search(r"\d\.?\s*$", before_month) or re.match(r"\d{4}(?![\w-])", after) is not None


@cache
def _abbreviations(language: str) -> frozenset[str]:
    table = safeyaml.shipped(Path(__file__).parent / "data" / "abbreviations.yaml")
    return frozenset(table.get(language) or ())


@cache
def _icu_locale(language: str) -> IcuLocale:
    # ICU's own abbreviation filter ("@ss=standard") is rebuilt for every paragraph: 500 times slower
    return IcuLocale(language)


@cache
def _language_identifier() -> LanguageIdentifier:
    """py3langid's model, choosing only among the languages whose dates can be read (dateparser's): its other
    classes are dialects, creoles and old languages ("pcm", Nigerian Pidgin, won short English news from Kenya;
    "arz", Egyptian Arabic, would lose the Arabic date words), none of which the build could read."""
    # here, not at the top: py3langid loads numpy and its model, which a build from the cache never needs
    import numpy
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    class WordWalkIdentifier(LanguageIdentifier):
        """py3langid's identifier whose walk over a text's bytes takes each word's steps from `_walked_words`."""

        def _raw_score(self, text: bytes) -> numpy.ndarray:
            visits = _visits(self, text)
            return self._sparse_score(visits, self.nb_ptc) if visits else super()._raw_score(text)

    identifier = WordWalkIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE)
    identifier.set_languages([code for code in identifier.nb_classes if _readable(code)])
    # the model's table is stored a language (column) at a time; a text's score reads the rows of its features, so
    # the same table a row at a time reads each row at once (same values and sums, 2-3 times faster, same memory).
    # Its half-precision values are made single-precision once (exactly: every float16 is a float32), not in each
    # text's product, which converted its rows first (the same product, 2.5 times faster; the table 21 MB more)
    identifier.nb_ptc = numpy.ascontiguousarray(identifier.nb_ptc, dtype=numpy.float32)
    return identifier


# py3langid counts a text's features by walking its automaton over the text's bytes, one step a byte in Python. The
# automaton is deterministic: the state it ends a word and its space in, and the features it counts on the way, depend
# only on the state it starts the word in and the word's bytes. Those are kept (`WALKS_KEPT` at most) and each word
# met again in the same state takes them at once: the same features in the same order (`visit_counts`'s), so the same
# counts and scores, to the last bit.
_walked_words: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}
WALKS_KEPT = 1 << 16


def _visits(identifier: LanguageIdentifier, text: bytes) -> Counter[int]:
    """py3langid's `visit_counts` of the text (its features and how often each comes, in the order first met)."""
    nextmove, rowbase, output = identifier.tk_nextmove, identifier._rowbase, identifier.tk_output
    words = text.split(b" ")
    state, indexes = 0, []
    for k, word in enumerate(words):
        last = k == len(words) - 1
        walked = None if last else _walked_words.get((state, word))
        if walked is None:
            start, found = state, []
            for byte in word if last else word + b" ":
                state = nextmove[rowbase[state] + byte]
                if output[state] >= 0:
                    found.append(output[state])
            if not last:
                if len(_walked_words) >= WALKS_KEPT:
                    _walked_words.clear()
                _walked_words[(start, word)] = (state, tuple(found))
            indexes += found
        else:
            state = walked[0]
            indexes += walked[1]
    return Counter(indexes)


UNSURE = 0.05  # the model's two likeliest languages this close (a share of the first's score): a close neighbour
CLOSE_SCORES = 0.01  # two languages' scores this close (a share of the first's) are one call: Croatian and Bosnian


def detect_language(text: str) -> str:
    """BCP 47 code of the text's language (py3langid; its codes are ISO 639-1). Of close languages the model can
    hardly tell apart, the first whose month names (CLDR's) the text writes, when the likeliest's it does not:
    "28. veljače" is Croatian, "28. februara" Bosnian or Serbian."""
    sample = text[:2000]  # a few hundred words decide it; more costs time
    ranked = _language_identifier().rank(sample)
    best = ranked[0][1]
    close = [language for language, score in ranked[:4] if best - score <= CLOSE_SCORES * abs(best)]
    # the first close language that writes its month names, else the likeliest: one alone is chosen either way
    chosen = next((language for language in close if _names_months(language, sample)), close[0]) if close[1:] else close[0]
    chosen = _sibling_by_and(_by_vocabulary(_by_letters(chosen, sample), sample), sample)
    unsure = len(ranked) > 1 and best - ranked[1][1] <= UNSURE * abs(best)
    return _by_neighbour_words(_by_own_words(chosen, sample, distinctive=not unsure), sample, read_as=close[0])


MIN_NEIGHBOUR_KINDS = 3  # different function words of the other language, at least: one may be a name or a loan
MIN_ANY_NEIGHBOUR_KINDS = 5  # ... of one that lists no neighbour: over any choice, a few short words match by chance
MIN_NEIGHBOUR_SHARE = 0.03  # of the text's words: a running text writes its function words again and again
MIN_SISTER_SPELLINGS = 2  # words spelt as a sister standard spells them (Ekavian "posle"), at least: one may be a quote


def _by_neighbour_words(language: str, text: str, read_as: str = "") -> str:
    """A language the model cannot choose (it was not trained on it) whose very frequent function words
    (`data/detection_words.yaml` function_words) the text writes in lower case, as function words are written:
    `MIN_NEIGHBOUR_KINDS` different ones, as a share of the text's words (`MIN_NEIGHBOUR_SHARE`), and more than
    twice as often as the choice's own listed ones. Setswana ("go", "gore", "mme"), which the model reads as Sesotho
    ("ho", "hore", "empa"); Tibetan ("ཡིན", "ཀྱི"), read as Dzongkha ("ཨིན", "གི"). Only over a choice the language
    lists as its neighbour, where it lists any: a Galician text's "dende" and "pola" make it no Asturian. One that
    lists none (Haitian Creole) needs `MIN_ANY_NEIGHBOUR_KINDS`: a Catalan "sou", "pou" and "nan" make it no Creole,
    nor do the names "Sou", "Yon", "Nan" an English text. The neighbour may be the model's own reading (`read_as`)
    where the text's letters moved the choice to a third language: a Tongan text's macrons ("Sēpitema") make the
    model's Swahili Kwasio, whose alphabet writes them. A language the model knows is chosen so only over the
    sister standards it lists: Serbian in Latin letters, which the model reads as Bosnian or Croatian, by the words
    its Ekavian spelling writes ("vreme", "posle", "predsednik") where theirs write "vrijeme", "poslije", "predsjednik":
    such a word is no function word a short text may lack, nor one a word of the choice spells by chance, so
    `MIN_SISTER_SPELLINGS` of them are enough, more than twice as many as the choice's own spellings."""
    table, known = detection_entries(), set(_language_identifier().nb_classes)
    tokens = Counter(w.lower() for w in LETTERS_AND_MARKS.findall(text) if not w[0].isupper())
    total = sum(tokens.values())
    own = sum(tokens[w] for w in _function_words(language))
    script = _text_script(Counter(fold(text.lower())))
    best = (0, language)
    for other, entry in table.items():
        neighbours = entry.get("neighbours")
        readings = {language} if other in known else {language, read_as}  # a sister standard: over the choice only
        if (
            (other in known and not neighbours)  # a standard of the model's, only over the sisters it lists
            or other == language
            or "function_words" not in entry
            or (not readings & set(neighbours) if neighbours else _alphabet_script(other) != script)
        ):
            continue
        found = [tokens[w] for w in _function_words(other) if tokens[w]]
        count, kinds = sum(found), MIN_NEIGHBOUR_KINDS if neighbours else MIN_ANY_NEIGHBOUR_KINDS
        if other in known:  # a sister standard's spellings: no word of the choice's writes one by chance
            count = _sister_spellings(other, text)
            if count >= MIN_SISTER_SPELLINGS and count > 2 * own and not _own_months_only(language, other, text):
                best = max(best, (count, other))
        elif len(found) >= kinds and count >= MIN_NEIGHBOUR_SHARE * total and count > 2 * own:
            best = max(best, (count, other))
    return best[1]


@cache
def _function_words(language: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in (detection_entries().get(language) or {}).get("function_words") or ())


@cache
def _alphabet_script(language: str) -> str:
    return _letter_script(_alphabet(cldr_code(language)))


OWN_NAMES_MANY_TIMES = 10  # the other's distinctive words beside one of the choice's, at least
MIN_OWN_NAMES = 5  # different words of the text that only the other language's CLDR names write, at least
MIN_NAMES_WORDS = 40  # different words of the text, at least: a short text of the choice writes few of its names
STANDALONE_WORD = regex.compile(r"(?<![\p{L}\p{M}-])[\p{L}\p{M}]+(?![\p{L}\p{M}]|-\p{L})")  # not "pre-order"'s "pre"


def _sister_spellings(sister: str, text: str) -> int:
    """The sister standard's listed spellings the text writes in lower case as words of their own: a piece of a
    hyphenated loan ("pre-order") is no Ekavian "pre"."""
    listed = set(_function_words(sister))
    return sum(1 for w in STANDALONE_WORD.findall(text) if not w[0].isupper() and w.lower() in listed)


def _own_months_only(language: str, sister: str, text: str) -> bool:
    """The text writes a month name of the choice's that the sister standard's CLDR data does not (Croatian
    "ožujka", "studenoga"): it keeps the choice's reading, whatever loans it writes."""
    return _sister_month_names(language, sister).search(text) is not None


@cache
def _sister_month_names(language: str, sister: str) -> re.Pattern[str]:
    names = {n.lower() for n in _wide_month_names(language)}
    for code in (sister, f"{sister}_Latn"):
        with suppress(ValueError, LookupError):
            names -= {n.lower() for n in _wide_month_names(code)}
    return _whole_words(names)


LETTERS_AND_MARKS = regex.compile(r"[\p{L}\p{M}]+")  # a word with its vowel signs ("ዓመት", "ཟླ་" less its tsheg)


def _by_vocabulary(language: str, text: str) -> str:
    """A language the model cannot choose (it was not trained on it) written in the text's script, other than
    Latin, whose CLDR names (`ALPHABET_TABLES`: states, languages, months, date fields...) the text writes more
    than the choice's: the words of the text that only one of the two languages' names writes are counted, and
    the other is chosen when it has `MIN_OWN_NAMES` of them and the choice none.
    Tigrinya ("ናይ", of; "ሃገራት", states; "መዓልቲ", day), which the model reads as Amharic, the only language it
    knows in the Ethiopic script; Chechen ("Германи", "ахча", money), which it reads as Russian, whose letters
    Chechen shares but for the palochka, typed as a Latin "I". Of the languages with no model whose dates are
    read (dateparser's). Not Tibetan beside Dzongkha: their names share most syllables, and Dzongkha has more.
    CLDR's names are a small part of a language's words, and the choice's everyday words (Amharic "ግን", but;
    "መሬት", land; Hindi "ने", "साल"; Marathi "दर", rate; Urdu "خاص طور", "کو") are often only the other's names
    (Tigrinya's, Bodo's, Konkani's, Kashmiri's): a text of fewer than `MIN_NAMES_WORDS` different words, which
    may write none of the choice's own names, is never moved, and one that writes any of them stays the choice
    (a Hindi text writing 14 of Bodo's words wrote 3 of Hindi's)."""
    tokens = {fold(w.lower()) for w in LETTERS_AND_MARKS.findall(text)}
    if len(tokens) < MIN_NAMES_WORDS:
        return language
    counted = Counter(fold(text.lower()))
    script = _text_script(counted)
    if not script:
        return language
    known = set(_language_identifier().nb_classes)
    others = [other for other in _readable_in(script) if other not in known and other != language]
    if not others:
        return language
    own = _names_words(cldr_code(language))
    scored = []
    for other in others:
        theirs = _names_words(other)
        alone, mine = len(tokens & (theirs - own)), len(tokens & (own - theirs))
        # one of the choice's names is tolerated beside many times more of the other's (a Tigrinya page naming
        # Somalia "ሶማሊያ" as Amharic's names write it); more stay the choice (a Hindi text writing 14 of Bodo's 3)
        if alone >= MIN_OWN_NAMES and (not mine or (mine == 1 and alone >= OWN_NAMES_MANY_TIMES)):
            scored.append((alone, other))
    return max(scored)[1] if scored else language


@cache
def _names_words(language: str) -> frozenset[str]:
    """The words of CLDR's names in the language (`ALPHABET_TABLES`), lower case and folded as the text is, from the
    locale's own file (`cldr_own_data`): the names a language writes itself, not those it inherits."""
    data = cldr_own_data(language)
    names = " ".join(s for table in ALPHABET_TABLES for s in _strings(data.get(table)))
    return frozenset(fold(w.lower()) for w in LETTERS_AND_MARKS.findall(names))


SHARED_MONTHS = 10  # of CLDR's twelve month names, the same in both: a sibling language the model cannot tell apart
MIN_AND = 1  # the sibling's word for "and" at least so often, and more than twice as often as the choice's


def _sibling_by_and(language: str, text: str) -> str:
    """A language the model cannot choose (it was not trained on it) that CLDR names the months of as the model's
    choice does, when the text writes its word for "and" (CLDR's list pattern) more: Cebuano ("ug") beside
    Tagalog ("at"), whose only differing month is September ("Septyembre", "Setyembre")."""
    own, siblings = and_word(cldr_code(language)), _month_siblings(language)
    counts = Counter(w.lower() for w in re.findall(r"[^\W\d_]+", text))
    for sibling in siblings if own else ():  # no words counted
        word = and_word(cldr_code(sibling))
        if word and word != own and counts[word] >= MIN_AND and counts[word] > 2 * counts[own]:
            return sibling
    return _dated_by_and(language, text, counts)


MIN_AND_DATED = 2  # the other language's "and" at least so often (a name may bring one)
MIN_NAME_LETTERS = 3  # a month's or weekday's name word this long at least
MIN_DATE_NAMES = 2  # different such words of the other's: one may be a word of the text's language ("may")


def _dated_by_and(language: str, text: str, counts: Counter[str]) -> str:
    """A Latin-script language the model cannot choose whose month and weekday names (CLDR's, wide) the text writes
    more of than the choice's, when it also writes that language's word for "and" (`own_and_words`) at least
    `MIN_AND_DATED` times and more than twice as often as the choice's: Occitan ("lo dimars 24 de mai", "e"),
    which the model reads as Catalan ("dimarts 24 de maig", "i"); Manx ("Mee Averil", "as"), read as Welsh ("a").
    Of several, the one whose names the text writes most. Catalan's "mai" (never) is Occitan's May, but a Catalan
    text writes "i", not "e". Where both write the same "and", it tells neither: the names tell alone, and none
    of the choice's may be written (`_names_alone`)."""
    if _letter_script(_alphabet(cldr_code(language))):  # a Latin-script choice only; others: `_by_vocabulary`
        return language
    words = {fold(w.lower()) for w in LETTERS_AND_MARKS.findall(text)}
    mine, own = _date_names(cldr_code(language)), own_and_words(cldr_code(language))
    best = (0, language)
    for other in _latin_unchosen():
        theirs_and = own_and_words(other)
        written_and = sum(counts[w] for w in theirs_and)
        if not theirs_and or written_and < MIN_AND_DATED:
            continue
        theirs = _date_names(other)
        written, against = len(words & (theirs - mine)), len(words & (mine - theirs))
        if theirs_and & own:
            if _names_alone(len(_names_in_dates(text, theirs - mine)), against):
                best = max(best, (written, other))
        elif written_and > 2 * sum(counts[w] for w in own) and written >= MIN_DATE_NAMES and written > against:
            best = max(best, (written, other))
    return best[1]


def _names_alone(written: int, against: int) -> bool:
    """Whether month and weekday names alone tell a language the model cannot choose from its choice, both writing
    the same "and": Sardinian ("sàbadu e domìniga", "20 de làmpadas") beside Italian ("e"), Cornish ("mis Hedra",
    "mis Kevardhu") beside Breton ("ha"). The other's names are written, `MIN_DATE_NAMES` different ones at least,
    and not one of the choice's own: an Italian text that names a day writes "sabato", "giugno"."""
    return written >= MIN_DATE_NAMES and not against


NAME_OR_FIGURE = regex.compile(r"[\p{L}\p{M}]+|\d+")
DATE_NEIGHBOURHOOD = 2  # words either side of a name where a figure or another name makes it a date's


def _names_in_dates(text: str, names: frozenset[str]) -> set[str]:
    """The month and weekday names of `names` the text writes as a date's: with a figure (a day, a year) or another
    of them within `DATE_NEIGHBOURHOOD` words ("20 de làmpadas", "sàbadu e domìniga", "mis Hedra"). Friulian's
    July "Lui" and May "Mai" are Italian's "lui" (he) and "mai" (never): "Lui non era mai stato" names no month."""
    tokens = [fold(w.lower()) for w in NAME_OR_FIGURE.findall(text)]
    found = set()
    for i, token in enumerate(tokens):
        if token not in names:
            continue
        near = tokens[max(0, i - DATE_NEIGHBOURHOOD) : i] + tokens[i + 1 : i + 1 + DATE_NEIGHBOURHOOD]
        if any(w.isdigit() or w in names for w in near):
            found.add(token)
    return found


@cache
def _latin_unchosen() -> tuple[str, ...]:
    """CLDR's base languages written in Latin letters that the model cannot choose (it was not trained on them)."""
    known = set(_language_identifier().nb_classes)
    return tuple(code for code in _written_in("") if code not in known)


@cache
def _date_names(language: str) -> frozenset[str]:
    """The words of CLDR's wide month and weekday names in the language (both contexts), lower case and folded as
    the text is, from the locale's own file: "mai", "dimars" for Occitan."""
    data = cldr_own_data(language)
    names = [
        str(name)
        for table in ("months", "days")
        for context in (data.get(table) or {}).values()
        for name in (context.get("wide") or {}).values()
    ]
    # the names' own words: their short prepositions ("de", "di", "da") are any Romance text's
    return frozenset(fold(w.lower()) for w in LETTERS_AND_MARKS.findall(" ".join(names)) if len(w) >= MIN_NAME_LETTERS)


MIN_OWN_WORDS = 2  # different words of the text that a language the model cannot choose knows, at least
OWN_WORDS_MARGIN = 2  # and (each time written) more than twice as many as the choice's data knows


def _by_own_words(language: str, text: str, distinctive: bool = False) -> str:
    """A language the model cannot choose (it was not trained on it, or its dates could not be read) whose own date
    words the text writes, where the model hesitates between two languages it knows (`UNSURE`) and its choice
    knows fewer of those words: the words each language's data knows (`date_words`: CLDR's month and weekday
    names, dateparser's words, the project's files) are counted in the text. Chichewa ("lero", today; "mawa",
    tomorrow; "Lolemba", Monday), which py3langid was not trained on, is read as Shona or Swahili by the model;
    Shona's words ("nhasi", "mangwana") are not its.
    Where the model is sure (`distinctive`), only the words no language it can choose knows are counted: a
    Kirundi text ("5 ndamukiza 1968", "uno musi"), which the model reads as Kinyarwanda, writes Kirundi's
    months; a Spanish text's "Río de Janeiro" and "Marco" are Portuguese words too, and count for no other."""
    tokens = Counter(key(word) for word in re.findall(r"[^\W\d_]+", text))
    index, choosable = date_word_index(), set(_language_identifier().nb_classes) | {language, cldr_code(language)}
    counts, distinct = Counter[str](), Counter[str]()
    for token, n in tokens.items():
        if distinctive and _choosable_word(token):
            continue
        for other in index.get(token, ()):
            counts[other] += n
            distinct[other] += 1
    known = date_words(language)
    own = sum(n for token, n in tokens.items() if token in known)
    named = set(tokens) - _choosable_names()
    ranked = [
        (n, other)
        for other, n in counts.most_common()
        if other not in choosable and _readable(other) and (not distinctive or named & _one_word_names(cldr_code(other)))
    ][:2]
    if not ranked:
        return language
    best, other = ranked[0]
    alone = len(ranked) == 1 or ranked[1][0] < best  # two languages' words as often: neither is chosen
    if distinctive:  # the choice's words that are the other's too ("gatatu", Wednesday of both) tell neither
        own = sum(n for token, n in tokens.items() if token in known and other not in index.get(token, ()))
    return other if alone and distinct[other] >= MIN_OWN_WORDS and best > OWN_WORDS_MARGIN * own else language


@cache
def _choosable_names() -> frozenset[str]:
    """The month and weekday names' words of every language the model can choose (`_date_names`)."""
    return frozenset(w for language in _language_identifier().nb_classes for w in _date_names(cldr_code(language)))


@cache
def _one_word_names(language: str) -> frozenset[str]:
    """CLDR's wide month and weekday names of the language that are one word each ("ndamukiza", "glindesdi"), as
    `_date_names` folds them: a word of a name of several ("moja" of "mweri wa ikumi na moja") is a numeral."""
    return frozenset(w for w in _date_names(language) if w in _whole_names(language))


@cache
def _whole_names(language: str) -> frozenset[str]:
    """CLDR's wide month and weekday names of the language, whole, folded as `_date_names` folds its words."""
    data = cldr_own_data(language)
    contexts = [c for table in ("months", "days") for c in (data.get(table) or {}).values()]
    names = [str(n) for c in contexts for n in (c.get("wide") or {}).values()]
    return frozenset(fold(n.lower()) for n in names if len(LETTERS_AND_MARKS.findall(n)) == 1)


@cache
def _choosable_word(token: str) -> bool:
    """Whether the data of a language the model can choose knows the date word."""
    known = set(_language_identifier().nb_classes)
    return any(language in known or cldr_code(language) in known for language in date_word_index().get(token, ()))


@cache
def _readable(code: str) -> bool:
    """Whether the build reads the language's dates: dateparser does (also under another code, "no" for Bokmål's
    "nb"), or the project's files give its date words (`datewords.has_own_words`: CLDR's names with
    `additions/<language>.yaml`; so isiXhosa, which the model tells from Zulu, is no longer read as Zulu)."""
    from dateparser.data.languages_info import language_order

    return bool(set(language_order).intersection(dateparser_codes(code))) or has_own_words(code)


# `computed_month_siblings()` written out: loading every CLDR locale to compute it costs each build a second
MONTH_SIBLINGS = Path(__file__).parent / "data" / "dates" / "month_siblings.json"


@cache
def _month_siblings(language: str) -> tuple[str, ...]:
    """CLDR's languages the model cannot choose whose wide month names are the language's but for two at most."""
    return tuple(_shipped_month_siblings().get(language, ()))


@cache
def _shipped_month_siblings() -> dict[str, list[str]]:
    return json.loads(MONTH_SIBLINGS.read_text(encoding="utf-8"))


def computed_month_siblings() -> dict[str, list[str]]:
    """`_month_siblings` of every language detection can give (the model's and CLDR's base languages), from CLDR;
    languages with none left out. Regenerate the shipped file with
    `python -c "from briefing.extract import write_month_siblings; write_month_siblings()"` (PYTHONPATH=hooks)."""
    codes = sorted({c for c in localedata.locale_identifiers() if "_" not in c} | set(_language_identifier().nb_classes))
    table = {code: list(_siblings_in_cldr(code)) for code in codes}
    return {code: siblings for code, siblings in table.items() if siblings}


def write_month_siblings() -> None:
    MONTH_SIBLINGS.write_text(json.dumps(computed_month_siblings(), indent=1, sort_keys=True) + "\n", encoding="utf-8")


def _siblings_in_cldr(language: str) -> tuple[str, ...]:
    months = _wide_months(cldr_code(language))
    if not months:
        return ()
    chosen = set(_language_identifier().nb_classes)
    chosen |= set(dateparser_codes(language))
    bases = [code for code in localedata.locale_identifiers() if "_" not in code and code not in chosen]
    return tuple(b for b in bases if sum(_wide_months(b).get(k) == v for k, v in months.items()) >= SHARED_MONTHS)


@cache
def _wide_months(code: str) -> dict[int, str]:
    with suppress(Exception):  # no CLDR data under this code
        names = (localedata.load(code).get("months") or {}).get("format", {}).get("wide") or {}
        return {number: str(name).lower() for number, name in names.items() if str(name).isalpha()}
    return {}


FOREIGN_LETTERS = 0.02  # a share of the text's letters of its script: a few loanwords' letters are not another language
MIN_FOREIGN = 8
MIN_FOREIGN_KINDS = 3  # different foreign letters that say more than a loanword does (see `_foreign_enough`)
# CLDR's tables of names, which hold most words of a language's alphabet
ALPHABET_TABLES = ("territories", "languages", "scripts", "currency_names", "months", "days", "date_fields", "unit_display_names")
MIN_COVERED = 0.8  # the share of those letters the other language must write


def _by_letters(language: str, text: str) -> str:
    """The language whose alphabet the text is written in, when the model's choice does not write a good share of
    its letters (`FOREIGN_LETTERS`): a language the model was not trained on, in a script another one it knows
    writes. Sorani Kurdish ("ڕووسیا", "ئۆکراین", "هەڵبژاردن") is no Persian, which writes none of "ڕ", "ۆ", "ە",
    "ڵ", "ێ"; of the languages in that script dateparser reads, the one whose alphabet writes most of them. The
    model knows no Tajik nor Tatar: a text that writes "ӣ", "ӯ", "ҷ" (Tajik) or "җ", "ә", "ө" (Tatar) is in the
    language of CLDR whose alphabet has them, though dateparser reads neither (CLDR's names of months and weekdays
    still give its dates). The choice's alphabet is the one it writes in the text's script ("uz": "uz_Cyrl")."""
    # each distinct character's script looked up once; a Latin "æ" typed in a Cyrillic word is Ossetic's "ӕ"
    counted = Counter(fold(own_letters(text).lower()))
    script = _text_script(counted)
    if not script:
        return _by_latin_letters(language, text, counted)
    sole = _sole_writer(script)
    if sole and not _alphabet_in(language, script):  # Thaana: Dhivehi's alone, which the model read as Korean
        return sole
    chosen = _by_spelling(language, script, counted, str.isalpha)
    return chosen if chosen != language else _by_spelling(language, script, counted, _point, unknown=True)


def _point(c: str) -> bool:
    """A mark written on a letter (Unicode's category Mn) that the letters of its script leave unwritten: Yiddish
    writes its vowels as Hebrew's points ("פֿאַראייניקטע", "אוקראַיִנע"), which CLDR's Hebrew names never carry, so
    that a Yiddish text the model reads as Hebrew is told by them where its letters do not tell it (the letters
    are asked first, and the marks alone then: two tanwins in a Persian text add nothing to its letters). Only a
    language the model was not trained on is so chosen, and only over a choice whose CLDR names carry no marks at
    all: Arabic's carry its vowel marks, and a vocalised Arabic text stays Arabic."""
    return unicodedata.category(c) == "Mn"


def _by_spelling(language: str, script: str, counted: Counter[str], spelled: Callable[[str], bool], unknown: bool = False) -> str:
    """`_by_letters` of the text's letters, or of its marks (`_point`), as `spelled` says; with `unknown`, of the
    languages the model was not trained on only."""
    own = _alphabet_in(language, script)
    if unknown and any(_point(c) for c in own):  # marks its own names carry: the text's say nothing of another language
        return language
    # a modifier letter stretches or marks a word and belongs to no alphabet: Arabic's tatweel ("ـ") is Sindhi's in CLDR
    letters = {c: n for c, n in counted.items() if spelled(c) and unicodedata.category(c) != "Lm" and letter_script(c) == script}
    foreign = {c: n for c, n in letters.items() if c not in own}
    count = sum(foreign.values())
    if not _foreign_enough(foreign, sum(letters.values())):
        return language
    known = set(_language_identifier().nb_classes) if unknown else set()
    others = [other for other in _written_in(script) if other not in known]
    covered = {other: sum(n for c, n in foreign.items() if c in _alphabet(other)) for other in others}
    best = max(covered, key=lambda other: (covered[other], other == language, other in _readable_in(script)), default=language)
    return best if covered.get(best, 0) >= MIN_COVERED * count else language


def _by_latin_letters(language: str, text: str, counted: Counter[str]) -> str:
    """A language the model cannot choose (it was not trained on it) whose Latin alphabet writes the letters of
    the text its choice does not, at least `MIN_COVERED` of them (and of such languages, the one that writes most
    of all the text's letters): Turkmen ("Türkmenistanyň", "Russiýa", "Azerbaýjan", "Ýakyn"), which the model
    reads as Turkish, writes "ý", "ň", "ä", "ž", which Turkish does not. Among Latin's many languages only those
    the model does not know are sought: one it knows it would have chosen. Names bring accented letters to any
    Latin text ("Sánchez", "Tshisékédi"), so three kinds or more in a share of `FOREIGN_LETTERS` are asked, not
    `_foreign_enough`'s half of it: an Oromo text with "á", "ú", "é" in 1% of its letters stays Oromo. And the words
    that do not begin with a capital must write `MIN_FOREIGN_KINDS` of those letters: names bring a foreign
    language's ("Vučić", "Kaczyński", "Łódź" in English), a language's own ordinary words carry its own ("düýn",
    "ýurduň")."""
    own = _alphabet(cldr_code(language))  # the model's "kik" is CLDR's "ki", "tl" its "fil"
    letters = {c: n for c, n in counted.items() if c.isalpha() and letter_script(c) == "LATIN"}
    foreign = {c: n for c, n in letters.items() if c not in own}
    lower = set(fold(" ".join(w for w in re.findall(r"\w+", text) if not w[0].isupper()).lower()))
    if len(lower & set(foreign)) < MIN_FOREIGN_KINDS:
        return language
    count = sum(foreign.values())
    if not own or _letter_script(own) or len(foreign) < MIN_FOREIGN_KINDS or count < FOREIGN_LETTERS * sum(letters.values()):
        return language
    known = set(_language_identifier().nb_classes)

    def written(other: str) -> tuple[int, int]:
        alphabet = _alphabet(other)
        return sum(n for c, n in foreign.items() if c in alphabet), sum(n for c, n in letters.items() if c in alphabet)

    scored = {other: written(other) for other in _written_in("") if other not in known}
    # of those writing enough of the letters, the one whose names the text writes: a loanword's letter ("ò" in a
    # Friulian text, which Friulian's alphabet lacks) does not make Haitian, whose names it writes none of, its
    # language; of as many names, the one writing most letters
    covering = [other for other, score in scored.items() if score[0] >= MIN_COVERED * count]
    best = max(covering, key=lambda other: (_names_written(other, text), scored[other], other), default="")
    return best if best and scored[best][1] > written(cldr_code(language))[1] else language


def _names_written(language: str, text: str) -> int:
    """How many different words of the text CLDR's names in the language write (`_names_words`): of languages
    whose alphabets write the text's letters alike, the one whose words it is. Māori ("Aotearoa", "Māori",
    "Hānuere"), Tongan and Hawaiian all write the macrons of "ā", "ē", "ō" and every letter of a Māori text."""
    return len({fold(w.lower()) for w in LETTERS_AND_MARKS.findall(text)} & _names_words(language))


def _text_script(counted: Counter[str]) -> str:
    """The script most of the text's letters are in, "" for Latin (see `_letter_script`)."""
    scripts = Counter[str]()
    for c, n in counted.items():
        if c.isalpha():
            scripts[letter_script(c)] += n
    return _main_script(scripts)


def _foreign_enough(foreign: dict[str, int], letters: int) -> bool:
    """Whether the letters the choice does not write are too many for loanwords. Three or more different ones,
    each twice on average, are no name's (a name brings one or two: "Раҳмон"), and half the share is enough:
    "ӣ", "ӯ", "ҷ" in a short Tajik text the model reads as Uzbek."""
    count = sum(foreign.values())
    if len(foreign) >= MIN_FOREIGN_KINDS:
        return count >= 2 * len(foreign) and count >= FOREIGN_LETTERS / 2 * letters
    return count >= MIN_FOREIGN and count >= FOREIGN_LETTERS * letters


@cache
def _alphabet_in(language: str, script: str) -> frozenset[str]:
    """The language's alphabet in the script: its own locale's, or else that of its locale in that script
    ("uz_Cyrl"); empty when it writes none there."""
    for locale in (language, *(i for i in localedata.locale_identifiers() if i.startswith(language + "_") and i.count("_") == 1)):
        alphabet = _alphabet(locale)
        if _letter_script(alphabet) == script:
            return alphabet
    return frozenset()


@cache
def _alphabet(language: str) -> frozenset[str]:
    """The letters CLDR's names of the language are written in (`ALPHABET_TABLES`: territories, languages,
    currencies, months, weekdays, units): its alphabet, folded as the text is (`datewords.fold`)."""
    with suppress(Exception):  # no CLDR data under this code
        data = localedata.load(language)
        names = [s for table in ALPHABET_TABLES for s in _strings(data.get(table))]
        return frozenset(c for c in fold(" ".join(names).lower()) if c.isalpha() or _point(c))
    return frozenset()


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    return [s for v in value for s in _strings(v)] if isinstance(value, tuple | list) else []


@cache
def _letter_script(alphabet: frozenset[str]) -> str:
    """The script most of an alphabet's letters are in ("ARABIC"), Latin aside (names of other scripts'
    languages are written in it too): no other language is sought among Latin's, which share their letters."""
    return _main_script(Counter(letter_script(c) for c in alphabet if c.isalpha()))


def _main_script(scripts: Counter[str]) -> str:
    """The script of most letters, "" for Latin. Of two as many, the other than Latin, then by name: Hebrew's 27
    letters in CLDR's names beside the 26 of the Latin names they hold (not `most_common`'s choice, which follows
    the order of a set, so the run's hash seed)."""
    script = max(scripts, key=lambda s: (scripts[s], s != "LATIN", s)) if scripts else ""
    return "" if script == "LATIN" else script


@cache
def _sole_writer(script: str) -> str:
    """The one CLDR language whose alphabet writes any letter of the script, when one alone does: Dhivehi for
    Thaana, whose CLDR names are mostly in Latin letters (so no language is `_written_in` it). A text in that
    script the model reads as a language that writes none of it (it was not trained on the script) is in that
    language."""
    codes = [code for code in localedata.locale_identifiers() if "_" not in code]
    writers = [code for code in codes if any(c.isalpha() and letter_script(c) == script for c in _alphabet(code))]
    return writers[0] if len(writers) == 1 else ""


@cache
def _written_in(script: str) -> tuple[str, ...]:
    """CLDR's languages whose alphabet is mostly in the script."""
    codes = [code for code in localedata.locale_identifiers() if "_" not in code]
    return tuple(code for code in codes if _letter_script(_alphabet(code)) == script)


@cache
def _readable_in(script: str) -> tuple[str, ...]:
    """CLDR's languages whose alphabet is mostly in the script and whose dates dateparser reads."""
    from dateparser.data.languages_info import language_order

    readable = set(language_order)
    return tuple(code for code in _written_in(script) if code in readable)


def _names_months(language: str, text: str) -> bool:
    return _month_names(language).search(text) is not None


@cache
def _month_names(language: str) -> re.Pattern[str]:
    """CLDR's wide month names of the language, in a date's case and alone, as whole words."""
    return _whole_words(_wide_month_names(language))


def _wide_month_names(code: str) -> set[str]:
    """CLDR's wide month names of a language, in a date's case and alone."""
    return {n for context in ("format", "stand-alone") for n in get_month_names("wide", context, code).values()}


def _whole_words(names: set[str]) -> re.Pattern[str]:
    """Any of the names as a whole word, in any case; nothing where there are none."""
    if not names:
        return re.compile(r"(?!)")
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(names, key=len, reverse=True)))})\b", re.I)


def parse_published(text: str | None, language: str) -> str | None:
    """A date from a header or metadata value such as '2024-03-05T10:00' or 'March 5, 2024'."""
    if not text:
        return None
    iso = re.match(r"(\d{4}-\d{2}-\d{2})", text.strip())
    if iso:
        return iso.group(1)
    # One whole date written as the text's own dates are ("March 5, 2024") needs no general parse: find_dates
    # has checked its day. Anything else ("05/03/2024", several dates, a year alone) is dateparser's to read.
    stated = [d for d in find_dates(text, language) if d.relative is None]
    if any(d.last for d in stated):  # "17 et 18 août 2017": the days of an event, a page is published on one
        return None
    if len(stated) == 1 and stated[0].year and stated[0].month and stated[0].day:
        return _fmt(stated[0].year, stated[0].month, stated[0].day)
    parts = confirm(text, language)
    if not parts or parts[0] is None:
        return None
    year, month, day = parts
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def find_candidates(sentences: list[Sentence], mentions: list[Mention], language: str, registry: Registry) -> list[Candidate]:
    """Names that look like actors (titles + names, capitalised runs) but are not registered."""
    found: dict[str, Candidate] = {}
    covered_in: dict[int, list[tuple[int, int]]] = {}
    for m in sorted(mentions, key=lambda m: (m.block, m.start)):
        covered_in.setdefault(m.block, []).append((m.start, m.end))

    def covered(block: int, at: int) -> bool:
        spans = covered_in.get(block, [])
        i = bisect.bisect_right(spans, (at, float("inf"))) - 1
        return i >= 0 and spans[i][0] <= at < spans[i][1]

    for sentence in sentences:
        lang = "ar" if language == "ar" else "en"
        spans = [(m.start(1), m.group(1)) for m in TITLE_CUES[lang].finditer(sentence.text)]
        if lang == "en":
            spans += [(m.start(), m.group()) for m in NAME_RUN.finditer(sentence.text) if m.start() > 0]
        for offset, name in spans:
            name = _trim_name(name, lang)
            start = sentence.start + offset
            end = start + len(name) - 1
            if not name or covered(sentence.block, start) or covered(sentence.block, end) or registry.find(name, language):
                continue
            found.setdefault(name, Candidate(name, sentence.text))
    return list(found.values())


def _trim_name(name: str, lang: str) -> str:
    tokens = name.split()
    if lang == "ar":
        kept = []
        for token in tokens:
            if token in ARABIC_STOP or (token.startswith("و") and kept):
                break
            kept.append(token)
        tokens = kept
    while tokens and tokens[-1].lower() in {"of", "the", "al", "bin"}:
        tokens.pop()
    return " ".join(tokens) if len(tokens) >= 2 else ""


def summarise(sentence: str, date: DateMention, limit: int = 18) -> str:
    """One line: the sentence, without a date phrase that opens it, cut at a word boundary."""
    text, before, after = sentence, sentence[: date.start], sentence[date.end :]
    # Only a date set apart by a comma ("In January 2018, ...", "في عام 2015 ، ...", "Напомним, 24 июня, ..."):
    # without one, the date is part of the clause ("26 сентября 2022 года взрывами ...", "Am 26. September kam
    # es ...") and cutting it out leaves a broken one.
    if len(before.split()) <= 2 and OPENING_COMMA.match(after):
        text = re.sub(r"^\W*(?:\w+\s+){0,2}?(?:عام\s+)?$", "", before) + OPENING_COMMA.sub(" ", after, count=1)
        text = re.sub(r"\s+", " ", text).strip(" ,،")
    return shorten(text[:1].upper() + text[1:], limit)


def extract(source: Source, registry: Registry) -> Briefing:
    """Everything the build infers for one source, with the frontmatter applied on top. What reads the registries is
    read again by `rematch` after a registry edit: a new reading of them belongs there too (tests/test_rematch.py)."""
    forget_found()  # the dates of another source's texts
    fm, header = source.frontmatter, source.header
    body = " ".join(b.text for b in source.blocks)
    language = fm.get("language") or detect_language(body)
    sentences = [
        Sentence(index, a, b, block.text[a:b])
        for index, block in enumerate(source.blocks)
        if block.kind == "paragraph"
        for a, b in split_sentences(block.text, language)
    ]
    names_read: set[str] = set()
    mentions, detected = actor_mentions(source.blocks, registry, language, names_read)
    # a widget's figures the loader took for a paragraph ("76 %", "31,96 -0,29%") open no text: the first with words does
    opening = next((b.text for b in source.blocks if b.kind == "paragraph" and WORDED.search(b.text)), None)
    heading = source.blocks[0].text if source.blocks and source.blocks[0].kind == "heading" else None
    head, lower = _head_headings(source.blocks), _head_headings(source.blocks, MASTHEAD_PARAGRAPHS)
    published = _published(fm, header, language, opening, heading, head, lower)
    events, estimate = _checked_events(source, sentences, mentions, published, language)
    if is_stale_update(published, events, header):  # relative dates were counted from it: count them again
        published = Published(None, "not-stated")
        events, estimate = _checked_events(source, sentences, mentions, published, language)
    if reread := as_the_text_dates_it(published, events):  # relative dates were counted from it: count them again
        published = reread
        events, estimate = _checked_events(source, sentences, mentions, published, language)
    events = [e for e in events if not is_page_date(e, published, opening)]  # a header line glued to the text
    if published.date is None and estimate:
        published = replace(published, estimate=estimate[0], estimate_reason=estimate[1])
    title, title_basis = _title(fm, header, sentences)
    lede = next((b.text for b in source.blocks if b.kind == "paragraph" and len(b.text.split()) >= 8), None)
    base = fm.get("slug") or slugify(f"{published.date or 'undated'} {title}", max_length=80, word_boundary=True) or "source"
    return Briefing(
        id=base,
        source=source,
        title=title,
        title_basis=title_basis,
        summary=fm.get("summary"),
        lede=lede,
        published=published,
        publisher=_publisher(source, registry),
        author=fm.get("author") or header.get("author"),
        language=language,
        url=fm.get("url") or header.get("url"),
        tags=tuple(fm.get("tags", ())),
        actors=_actors(fm, mentions),
        mentions=tuple(mentions),
        sentences=tuple(sentences),
        events=tuple(events),
        candidates=tuple(find_candidates(sentences, mentions, language, registry)),
        reliability=fm.get("reliability", {}),
        detected=tuple(detected),  # every detected actor a mention names, even when the frontmatter lists the actors
        state_names_read=frozenset(names_read),
    )


def rematch(made: Briefing, registry: Registry) -> Briefing:
    """`extract` of the same source with other registries, from the briefing `made` that extract gave with the old
    ones: only what reads the registries is made again (the actors' mentions, the detected actors, the candidates,
    the outlet, each event's actors); the language, sentences, dates and events read none of them. After a registry
    edit, the sources whose reading it may change are read so (the dates were half of extracting them again)."""
    source, language = made.source, made.language
    names_read: set[str] = set()
    mentions, detected = actor_mentions(source.blocks, registry, language, names_read)
    by_sentence = _actors_by_sentence([*made.sentences, *_headings(source, made.published)], mentions)
    named = {key: tuple(dict.fromkeys(actors)) for key, actors in by_sentence.items()}
    events = tuple(replace(e, actors=named[(e.sentence.block, e.sentence.start)]) for e in made.events)
    return replace(
        made,
        publisher=_publisher(source, registry),
        actors=_actors(source.frontmatter, mentions),
        mentions=tuple(mentions),
        events=events,
        candidates=tuple(find_candidates(list(made.sentences), mentions, language, registry)),
        detected=tuple(detected),
        state_names_read=frozenset(names_read),
    )


def _publisher(source: Source, registry: Registry) -> str | None:
    """The editor's publisher, else the outlet the source names, else its site's name or credit."""
    fm, header = source.frontmatter, source.header
    outlet = registry.outlet_for(*outlet_hints(source)) or credited_outlet(source, registry)
    return fm.get("publisher") or (outlet.name if outlet else header.get("site_name") or header.get("credit"))


def _actors(fm: dict, mentions: list[Mention]) -> tuple[str, ...]:
    """The editor's actors, else those the text names, in the order first named."""
    return tuple(dict.fromkeys(fm["actors"] if "actors" in fm else (m.actor for m in mentions)))


def _headings(source: Source, published: Published) -> list[Sentence]:
    """The text's headings, read for the dates they state as its sentences are: a date line inside the text
    ("13 ربیع الاول 1446") or a dated heading states a date too; not the heading the page's own date was read
    from. A weekday or "today" alone on a line is the page's furniture (beside its date), no statement."""
    own = published.stated_as or ""
    return [
        Sentence(index, 0, len(block.text), block.text)
        for index, block in enumerate(source.blocks)
        if block.kind == "heading" and not (own and own in block.text)
    ]


def outlet_hints(source: Source) -> list[str | None]:
    """What may name the source's outlet, in the order tried: the editor's publisher, the page's site name, its
    credits and host."""
    fm, header = source.frontmatter, source.header
    credits = header.get("credits", [])
    return [fm.get("publisher"), header.get("site_name"), *credits, header.get("credit"), header.get("hostname")]


def _title(fm: dict, header: dict, sentences: list[Sentence]) -> tuple[str, str]:
    if fm.get("title"):
        return fm["title"], "frontmatter"
    if header.get("title"):
        return header["title"], "header"
    first = sentences[0].text if sentences else "Untitled source"
    first = BULLET.sub("", first)
    dateline = DATELINE.match(first)  # "Doha, Qatar – ", "BERLIN/KARLSRUHE (dpa-AFX) - ", "نبأ – "
    if dateline and len(dateline[0].split()) <= 5:
        first = first[dateline.end() :]
    return shorten(first, 12).rstrip("."), "derived"


def shorten(text: str, limit: int) -> str:
    """The first `limit` words of a text, cut with an ellipsis; Chinese and Japanese, written without spaces,
    at twice as many characters."""
    if len(UNSPACED.findall(text)) > 2 * len(text.split()):  # mostly characters without spaces between them
        if len(text) <= 2 * limit + 6:
            return text
        short = text[: 2 * limit + 4]
        cut = max(short.rfind(mark) for mark in " ,，、;；(（")  # at a pause, when there is one late enough
        return (short[:cut] if cut >= limit else short).rstrip(",，、;；:：。") + "…"
    parts = text.split()
    return " ".join(parts[:limit]).rstrip(",;:،") + ("…" if len(parts) > limit else "")


def _checked_events(
    source: Source, sentences: list[Sentence], mentions: list[Mention], published: Published, language: str
) -> tuple[list[Event], tuple[str, str] | None]:
    events = _events(sentences, mentions, source.header, published, language, _headings(source, published))
    return realdates.checked(*events)


def _published(
    fm: dict,
    header: dict,
    language: str,
    opening: str | None,
    heading: str | None,
    head: list[str] | None = None,
    lower: list[str] | None = None,
) -> Published:
    """The editor's date, else the page's metadata, else a date line of its header, else its dateline."""
    if "published" in fm:
        return Published(fm["published"], "frontmatter" if fm["published"] else "not-stated")
    date = parse_published(header.get("published_text"), language)
    if date:
        return Published(date, "metadata")
    return from_text(header, opening, language, heading, head, lower) or Published(None, "not-stated")


# paragraphs a masthead's page may open with before its stamp: the site's blurb, a lede, the headline the loader
# read as a paragraph ("Site | Summary" / date / blurb / headline / "Agency | Section | date - 16:53")
MASTHEAD_PARAGRAPHS = 4


def _head_headings(blocks: list[Block], limit: int = 2) -> list[str]:
    """The short lines the loader kept as headings above the text's second paragraph (a lede's or the first's):
    the page's head, where a stamp under the headline or the lede stands; above the `limit`th paragraph."""
    out: list[str] = []
    paragraphs = 0
    for block in blocks:
        if block.kind == "heading":
            out.append(block.text)
        elif WORDED.search(block.text):
            paragraphs += 1
            if paragraphs == limit:
                break
    return out


def _fmt(year: int, month: int | None = None, day: int | None = None) -> str:
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def _events(
    sentences: list[Sentence],
    mentions: list[Mention],
    header: dict,
    published: Published,
    language: str,
    headings: list[Sentence] | None = None,
) -> tuple[list[Event], tuple[str, str] | None]:
    """Events of a source (of its headings, only the dates they state) and, when the source states no date, the
    'not before' estimate."""
    found = [(s, d) for s in sentences for d in find_dates(s.text, language) if not d.invalid]
    found += [(sentences[n], d) for n, d in years_after_text_cues([s.text for s in sentences], language)]
    stamped = [_fmt(d.year, d.month, d.day) for s, d in found if _stamp(s, d, language)]  # the site's, no event: a year still
    found = [(s, d) for s, d in found if not _stamp(s, d, language)]
    found += [pair for heading in headings or () for pair in _heading_dates(heading, language)]
    found.sort(key=lambda pair: (pair[0].block, pair[0].start, pair[1].start))  # in the text's order: a year carries on
    if any(d.native for _, d in found):  # Solar Hijri days without their year, one pinned to its Gregorian day
        found = list(zip([s for s, _ in found], pinned_solar([d for _, d in found]), strict=True))
    full_dates = [_fmt(d.year, d.month, d.day) for _, d in found if d.year and d.month and d.day and d.relative is None]
    full_dates += stamped
    years = sorted({d.year for _, d in found if d.year and d.relative is None})
    named = any(d.native and d.weekday is not None for _, d in found)  # only then are Solar Hijri years looked for
    titles = [str(header.get(k) or "") for k in ("title", "subtitle")] + list(header.get("date_lines", []))
    solar = solar_years(" ".join([*titles, *(s.text for s in [*sentences, *(headings or ())])])) if named else []
    caption_dates = [
        _fmt(d.year, d.month, d.day)
        for caption in header.get("captions", [])
        for d in find_dates(caption, language)
        if d.year and d.month and d.day
    ]
    events: list[Event] = []
    last_year: int | None = None
    by_sentence = _actors_by_sentence([*sentences, *(headings or ())], mentions)
    latest_year: dict[tuple[int, int], int] = {}
    for sentence, mention in found:
        key = (sentence.block, sentence.start)
        latest_year[key] = max(latest_year.get(key, 0), mention.year or 0)
    future = FUTURE_CUES.get(language, FUTURE_CUES["en"])
    english = future if language == "en" else None  # the cues that place a bare weekday ahead are English words
    said: tuple[tuple[int, int], int | None] = ((-1, -1), None)  # a sentence, and the last year it has stated so far
    listed: tuple[tuple[int, int], DateMention | None, str | None] = ((-1, -1), None, None)  # a sentence's last weekday
    days: dict[tuple[int, int], tuple[DateMention, str]] = {}  # a sentence's last day of the month alone, resolved
    for sentence, mention in found:
        # A future cue ("will host the 2030 Games, officials said in 2023") plans only the latest date.
        key = (sentence.block, sentence.start)
        cue = bool(future.search(sentence.text))
        planned = cue and (mention.year or 0) >= latest_year[key]
        mention = _span_to_come(mention) if cue else mention
        said = said if said[0] == key else (key, None)
        date, basis, reason, on_estimate = (
            _weekday_year(mention, published, years, solar)
            or _sentence_year(mention, said[1], published)
            or _resolve(mention, last_year, published, full_dates, caption_dates, planned)
        )
        date, reason = _day_in_sentence(mention, date, reason, (sentence.text, key), language, published.date, days)
        previous = listed[1:] if listed[0] == key else (None, None)
        date, reason = _after_listed(mention, *previous, sentence.text) or (date, reason)
        date, reason = _weekday_to_come(mention, (date, published.date), sentence.text, english) or (date, reason)
        if mention.relative == "weekday":
            listed = (key, mention, date)
        if mention.year and mention.relative is None:
            said = (key, mention.year)
        counted = date if date and date.startswith("--") else None  # a day counted from a dateline without a year
        date = None if counted else date
        if mention.year:
            last_year = mention.year
        elif date:
            last_year = int(date[:4])
        if published.date and date:
            stated = published.date[: len(date)]
            planned = date > stated or (planned and date == stated)
        if mention.calendar:
            converted = f"{mention.calendar.title()} date '{mention.text}' converted to the Gregorian calendar"
            reason = f"{converted}; {reason}" if reason else converted
        actors = tuple(dict.fromkeys(by_sentence[(sentence.block, sentence.start)]))
        events.append(
            Event(
                id="",
                briefing="",
                date=date,
                date_basis=basis,
                basis_reason=reason,
                date_text=mention.text,
                planned=planned,
                summary=summarise(sentence.text, mention),
                quote=sentence.text,
                actors=actors,
                sentence=sentence,
                anchored_on_estimate=on_estimate,
                yearless=counted or (_yearless(mention) if basis == "year-unknown" else None),
                date_end=_range_end(mention, date) or _weekend_end(mention, date) or _weekday_span_end(mention, date),
                calendar=mention.calendar,
                weekday=mention.weekday if mention.day and mention.relative is None else None,
            )
        )
    events = _over_repeated_lede(_dedupe(events), sentences, published.stated_as or "")
    return events, _estimate(events, caption_dates)


HEADLINE_WORDS = 3  # words besides its date of a heading that tells something: a headline, not a tab's "Today"
HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")


def _heading_dates(heading: Sentence, language: str) -> list[tuple[Sentence, DateMention]]:
    """The dates a heading states, each with it."""
    mentions = find_dates(heading.text, language)
    return [(heading, d) for d in mentions if _heading_states(heading.text, d, mentions)]


def _heading_states(heading: str, d: DateMention, mentions: list[DateMention]) -> bool:
    """A date a heading states: a whole one, or a relative one in a headline that tells something ("Border closed
    today: …"); a weekday or "today" with a word or two is the page's furniture, beside its date ("Today",
    "Monday, 5 May"), and a weekday alone beside another date the headline states is that date's day of the week."""
    if d.invalid:
        return False
    # a month (and day) named relative to the date of writing is stated ("امتحانات 9 أيلول المقبل": next 9 September)
    if d.relative is None or (d.relative in ("last-named-month", "next-named-month") and d.month is not None):
        return True
    rest = heading[: d.start] + " " + heading[d.end :]
    if len(HEADLINE_WORD.findall(rest)) < HEADLINE_WORDS:
        return False
    return d.relative != "weekday" or all(other == d or other.invalid for other in mentions)


# what a site prints beside its stamp of a date: a section's name ("時政", "Politik"), a separator
OTHER_YEAR_FIRST = re.compile(rf"\s*{OTHER_YEAR}(?!\d)")
# a clock time to the second right after a whole date ("2022-09-13 21:47:46"): a machine's stamp, which no one
# writing about an event states
STAMP_SECONDS = re.compile(r"[\s,T]*\d{1,2}:\d\d:\d\d(?!\d)")
# or a clock time, perhaps after the word for "hour", then the page's web address ("25 دی 1389 ساعت 1:43 https://…")
STAMP_ADDRESS = re.compile(
    r"[\s,]*(?:[^\W\d_]{1,8}\s*)?[\d۰-۹٠-٩]{1,2}[:：][\d۰-۹٠-٩]{2}(?::[\d۰-۹٠-٩]{2})?\s+(?:https?://|www\.)"
)
STAMP_LABEL = re.compile(r"^[\s|·•/-]*(?:[\u3400-\u9fff]{1,4}|[^\W\d_]{1,12})?[\s|·•/-]*$")


def _dated_in_prose(before: str, language: str) -> bool:
    """Before a date, the language's word for "on the date" or "dated" (`dated_words` of its dates file: "در
    تاریخ", "نامه مورخ") after other words of the sentence, no label's colon: the text dates a thing with it."""
    dated = words(language).extra.get("dated_words")
    # save where the sentence speaks of the page itself ("این خبر در تاریخ … منتشر شده است", `page_itself_words`):
    # the site's own stamp, written as a sentence
    itself = [fold(w) for w in words(language).extra.get("page_itself_words", [])]
    if any(w in fold(before) for w in itself):
        return False
    return bool(dated) and bool(re.search(rf"\S\s+(?:{'|'.join(map(re.escape, dated))})\s*$", fold(before)))


def _stamp(sentence: Sentence, mention: DateMention, language: str) -> bool:
    """A whole date and at most a section's name, closing a paragraph after its text ("…的音樂會。2023年08月24日
    時政"): the site's stamp the scraper glued to the lede, no statement of the text. So is a Solar Hijri or Hijri
    date written year first ("۱۳۹۹ مرداد ۳۰", "1401/11/17"): sites stamp their pages so, texts write the day first,
    save a notice's prose dating a thing with it ("در تاریخ ۱۴۰۰/۰۴/۱۵", `_dated_in_prose`). And so is a whole
    date with its time to the second, anywhere ("2022-09-13 21:47:46 作者:"), or with a clock time and the page's
    web address after it ("25 دی 1389 ساعت 1:43 https://…")."""
    if mention.calendar and mention.day and OTHER_YEAR_FIRST.match(mention.text.translate(DIGITS)):
        return not _dated_in_prose(sentence.text[: mention.start], language)
    if mention.relative or not (mention.year and mention.month and mention.day):
        return False
    if STAMP_SECONDS.match(sentence.text.translate(DIGITS), mention.end) or STAMP_ADDRESS.match(sentence.text, mention.end):
        return True
    if sentence.start == 0:
        return False
    rest = sentence.text[: mention.start] + sentence.text[mention.end :]
    return bool(STAMP_LABEL.match(rest))


def _actors_by_sentence(sentences: list[Sentence], mentions: list[Mention]) -> dict[tuple[int, int], list[str]]:
    """The actors each sentence names, grouped once rather than searched per event."""
    by_sentence: dict[tuple[int, int], list[str]] = {(s.block, s.start): [] for s in sentences}
    starts = sorted(by_sentence)
    for mention in mentions:
        index = bisect.bisect_right(starts, (mention.block, mention.start)) - 1
        if index >= 0 and starts[index][0] == mention.block:
            by_sentence[starts[index]].append(mention.actor)
    return by_sentence


def _estimate(events: list[Event], caption_dates: list[str]) -> tuple[str, str] | None:
    """The 'not before' estimate of a source that states no date: its latest past event or caption date."""
    past = [e for e in events if e.date and not e.planned]
    latest = max([e.date for e in past] + caption_dates, default=None)
    if not latest:
        return None
    if latest in caption_dates and latest not in [e.date for e in past]:
        return latest, "the date of a photo caption it carries"
    return latest, "the latest dated event it reports"


def _dedupe(events: list[Event]) -> list[Event]:
    """One event per sentence, date and calendar: a sentence that repeats a date says it once, and a date it
    also gives in another calendar ("28 July 2024 (7 Mordad 1403)") is a second, labelled statement of it. A range
    is another statement than its first day or year alone ("у 1990 році …, з 1990 до 1991 року"), and so is a
    weekday or "yesterday" apart from the date it falls on ("BUENOS AIRES, Nov. 19 … showed on Sunday"): the
    grammar has made one date of the words beside each other."""
    seen: set[tuple[int, int, str | None, str, str | None, str | None]] = set()
    repeated = _repeated(events)
    kept = []
    for index, event in enumerate(events):
        text = event.date_text if event.date is None or event.date_basis in ("relative", "inferred-year") else ""
        key = (event.sentence.block, event.sentence.start, event.date, text, event.calendar, event.date_end)
        if key not in seen and index not in repeated:
            seen.add(key)
            kept.append(event)
    return kept


DATELINE_REACH = 40  # characters at most before a dateline's date, and between it and the lede's first words
LEDE_OPENING = 30  # characters of the lede's opening that must stand right after the dateline
DASH = re.compile(r"[-–—]")


def _over_repeated_lede(events: list[Event], sentences: list[Sentence], own: str = "") -> list[Event]:
    """A date opening a sentence that the text says again later without it ("(ANSA) - LONDRA, 14 MAR - Theresa May
    annuncia …", then "Theresa May annuncia …"; "Иерусалим, 11 октября 2023 - Утро 7 октября …"): the dateline
    over a lede or teaser, the page's date (the publication date holds it), no date of the event, which the text
    tells again where it says the sentence without it. So is the date of the words the publication date was read
    from (`own`), wherever it stands in its line and whatever follows it, when the lede right after it is said
    again later without it ("【某報2019年5月3日訊】某某…", "Video … Veröffentlicht: Berlin, 03.05.19: - Der …")."""
    last_said: dict[str, tuple[int, int]] = {}  # each sentence's opening, where the text says it last
    for s in sentences:
        opening = " ".join(s.text.split())[:LEDE_OPENING]
        if len(opening) == LEDE_OPENING:
            last_said[opening] = max(last_said.get(opening, (s.block, s.start)), (s.block, s.start))
    kept = []
    for event in events:
        said = " ".join(event.quote.split())
        at = said.find(event.date_text)
        key = (event.sentence.block, event.sentence.start)
        rest = said[at + len(event.date_text) :][: DATELINE_REACH + LEDE_OPENING]
        # a lookup per place the lede may open at, not a search per sentence: a long text stays linear
        # a dateline ends with a dash before its lede ("14 MAR - Theresa", "3 gen. (askanews) - Il"): a date in the
        # sentence's own words ("Bazum, 26 Temmuz'da Cumhurbaşkanlığı …") is none, whatever the text repeats
        mine = at >= 0 and bool(own) and event.date_text in own and own in said  # the page's own date line
        over = (0 <= at <= DATELINE_REACH or mine) and any(
            (mine or DASH.search(rest, 0, i)) and last_said.get(rest[i : i + LEDE_OPENING], key) > key
            for i in range(DATELINE_REACH + 1)
        )
        if not over:
            kept.append(event)
    return kept


def _repeated(events: list[Event]) -> set[int]:
    """Events of a sentence the text says twice with the same date (a lede or a teaser cut short above the text,
    then its first paragraph): stated once, where the text says it last."""
    by_date: dict[tuple[str | None, str], list[tuple[int, str]]] = {}
    for index, event in enumerate(events):
        by_date.setdefault((event.date, event.date_text), []).append((index, " ".join(event.quote.split())))
    repeated = set()
    for group in by_date.values():
        for at, (index, said) in enumerate(group):
            # said again soon after (the next few statements of that date): a long text of one date stays linear
            if any(_same_statement(said.rstrip("…. "), again.rstrip("…. ")) for _, again in group[at + 1 : at + 9]):
                repeated.add(index)
    return repeated


def _same_statement(said: str, again: str) -> bool:
    """One text inside the other, and long enough to be a statement, not a date line or a heading: its start (a
    lede cut short), or a later sentence of a run the page's first lines did not part ("Bu gün … 28 yıl. 126
    maddelik anayasa 6 Kasım 1992'de kabul edildi." over "126 maddelik anayasa 6 Kasım 1992'de kabul edildi.")."""
    shorter, longer = sorted((said, again), key=len)
    return len(shorter) >= 30 and shorter in longer


def _yearless(m: DateMention) -> str | None:
    return f"--{m.month:02d}" + (f"-{m.day:02d}" if m.day else "") if m.month else None


def _weekend(anchor: dt.date, offset: int) -> str:
    """The Saturday of this weekend (0: the current or coming one), the last before it (-1) or the next after (1)."""
    this = anchor + dt.timedelta(days=(5 - anchor.weekday()) % 7 - (7 if anchor.weekday() == 6 else 0))
    if offset < 0:
        return (this - dt.timedelta(days=7)).isoformat()
    return (this + dt.timedelta(days=7) if offset > 0 and anchor.weekday() >= 5 else this).isoformat()


def _weekend_end(m: DateMention, date: str | None) -> str | None:
    """The Sunday of a weekend resolved to its Saturday."""
    if not date or not (m.relative or "").startswith("weekend"):
        return None
    return (dt.date.fromisoformat(date) + dt.timedelta(days=1)).isoformat()


def _span_to_come(m: DateMention) -> DateMention:
    """A span of weekdays in a sentence that tells of what is to come ("مرتقبة من الجمعة إلى الأحد", expected from
    Friday to Sunday) is the next such span, as a forecast or a notice looks ahead; a weekday alone keeps its reading."""
    return replace(m, relative="next-weekday") if m.relative == "weekday" and m.last_weekday is not None else m


def _weekday_span_end(m: DateMention, date: str | None) -> str | None:
    """The last day of a span of weekdays resolved to its first ("من الجمعة إلى الأحد": the Sunday after)."""
    if m.last_weekday is None or m.weekday is None or not date or len(date) != 10:
        return None
    days = (m.last_weekday - m.weekday) % 7
    return (dt.date.fromisoformat(date) + dt.timedelta(days=days)).isoformat() if days else None


def _range_end(m: DateMention, date: str | None) -> str | None:
    """The last day of a range, with the year the start was given (stated or inferred)."""
    if not m.last or not date:
        return None
    year, month, day = m.last
    if m.native and m.month and m.day and day:  # Solar Hijri days: the last as many days after the first, whatever the year
        span = dt.date(2001, month or m.month, day) - dt.date(2001, m.month, m.day)
        return (dt.date.fromisoformat(date) + span).isoformat() if len(date) == 10 and span.days > 0 else None
    month = month or (int(date[5:7]) if day and len(date) == 10 else None)  # "25日至26日": the first day's month
    end = _fmt(year or int(date[:4]), month, day)
    return end if len(end) == len(date) and end > date else None


def _resolve(
    m: DateMention, last_year: int | None, published: Published, full_dates: list[str], caption_dates: list[str], planned: bool
) -> tuple[str | None, str, str, bool]:
    """(date, basis, reason, anchored on an estimate) for one date expression."""
    if m.calendar == "hijri" and m.native and m.year:  # a Hijri day without its year beside the Gregorian day it is
        return (
            _fmt(m.year, m.month, m.day),
            "inferred-year",
            f"year of the Gregorian day the sentence states beside {m.text}",
            False,
        )
    if m.relative is None and m.year:
        return _fmt(m.year, m.month, m.day), "stated", "", False
    if m.relative is None:  # a day and month with no year
        if published.date and len(published.date) >= 7:
            date = _nearest(published.date, m)
            return (
                date,
                "inferred-year",
                f"year taken from the publication date ({published.date}): the nearest {m.text} to it",
                False,
            )
        if full_dates:
            anchor = max(full_dates)
            if m.native:  # a Solar Hijri day: the one nearest the stated date
                return _nearest(anchor, m), "inferred-year", f"year taken from the other date the source states ({anchor})", False
            if _exists(int(anchor[:4]), m.month, m.day):
                return (
                    _fmt(int(anchor[:4]), m.month, m.day),
                    "inferred-year",
                    f"year taken from the other date the source states ({anchor})",
                    False,
                )
        if caption_dates:
            anchor = max(caption_dates)
            year = int(anchor[:4]) + (1 if _fmt(int(anchor[:4]), m.month, m.day) < anchor else 0)
            if _exists(year, m.month, m.day):
                return (
                    _fmt(year, m.month, m.day),
                    "inferred-year",
                    f"year inferred as the first {m.text} after {anchor}, the date of a photo caption (the text states no year)",
                    True,
                )
        return None, "year-unknown", _no_year(m, full_dates or caption_dates), False
    return _relative(m, last_year, published)


def _sentence_year(m: DateMention, year: int | None, published: Published) -> Resolved | None:
    """A day and month without a year after a year the same sentence states ("2022 yılında … 16 Eylül'de"), in a
    text that states no publication date: of that year. A publication date places it nearest itself instead."""
    if year is None or m.year or m.relative is not None or m.native or not (m.month and m.day):
        return None
    if (published.date and len(published.date) >= 7) or not _exists(year, m.month, m.day):
        return None
    return _fmt(year, m.month, m.day), "inferred-year", f"year taken from {year}, stated earlier in the sentence", False


def _after_listed(m: DateMention, first: DateMention | None, on: str | None, text: str) -> tuple[str, str] | None:
    """A weekday listed right after another that comes before it in the week ("v pátek a v sobotu", "on Friday and
    Saturday"): one span, so that many days after the first's day, not the week before it."""
    if m.relative != "weekday" or first is None or on is None or m.weekday is None or first.weekday is None:
        return None
    if m.weekday <= first.weekday or not LISTED.fullmatch(text[first.end : m.start]):
        return None
    if any(len(word) > LISTED_WORD for word in m.text.split()[:-1]):  # "в понедельник, но датированном воскресеньем"
        return None  # a weekday its own words place ("dated Sunday") is no second day of a list
    day = dt.date.fromisoformat(on) + dt.timedelta(days=m.weekday - first.weekday)
    return day.isoformat(), f"'{m.text}' listed after '{first.text}' ({on}): the days after it"


WEEKDAY_CUE_WORDS = 6  # words at most from a future cue to the weekday it places: "will hold a national strike on Monday"
LAST_WEEKDAY = re.compile(r"(?:last|past)\b", re.I)


def _weekday_to_come(
    m: DateMention, dates: tuple[str | None, str | None], text: str, future: re.Pattern[str] | None
) -> tuple[str, str] | None:
    """A bare weekday that a future cue a few words before it, in its clause, tells of as to come ("the union will
    strike on Wednesday", "is calling for protests on Wednesday"): the next such day after the date of writing, not
    the one before it. A weekday before the cue ("said on Monday the talks will resume"), after a comma, called
    "last", or the very day of writing, stays as it was read; so does any where no cues are given (a language
    other than English, whose cues these are not)."""
    date, published = dates
    if future is None or m.relative != "weekday" or not date or not published or date >= published or LAST_WEEKDAY.match(m.text):
        return None
    cue = next(reversed(list(future.finditer(text, 0, m.start))), None)  # the cue nearest before the weekday
    if cue is None or re.search(r"[,;:.!?()]", text[cue.end() : m.start]):
        return None
    if len(text[cue.end() : m.start].split()) > WEEKDAY_CUE_WORDS:
        return None
    ahead = dt.date.fromisoformat(date) + dt.timedelta(days=7)
    return ahead.isoformat(), f"'{m.text}' told as to come ('{cue[0]}'): the next such weekday after the date of writing"


def _weekday_year(m: DateMention, published: Published, years: list[int], solar: list[int]) -> Resolved | None:
    """A Solar Hijri day without its year, beside its weekday ("روز دوشنبه ۱۵ مرداد"), in a text that states no
    publication date: the year, of those the text states, in which that day is that weekday, when only one is;
    else of the Solar Hijri years it names ("انتخابات ۱۴۰۳"). The nearest stated date may be a birth date decades
    before."""
    if m.year or m.relative or not (m.native and m.native[1]) or m.weekday is None or published.date:
        return None
    for stated, which in ((years, "which the text states"), (solar, "a Solar Hijri year the text names")):
        native = (
            {year: year for year in stated}
            if stated is years
            else {year + shift: year for year in stated for shift in (621, 622)}
        )
        days = {
            (d, native[year]) for year in native for d in persian_in(year, m.native[0], m.native[1]) if d.weekday() == m.weekday
        }
        if len(days) == 1:
            ((day, year),) = days
            why = f"year taken from {year}, {which}: the only year it states in which {m.text} is that weekday"
            return day.isoformat(), "inferred-year", why, False
        if days:
            return None
    return None


def _no_year(m: DateMention, anchors: list[str]) -> str:
    """Why a day and month stay without a year."""
    if anchors:
        anchor = max(anchors)
        return f"the text states no year; {m.text} is not in the calendar of {anchor[:4]}, the year of the other date it states"
    why = "the text states no year, and neither a publication date nor another full date gives one"
    if m.native and m.native[1] and (m.month, m.day) != usual_gregorian(*m.native):
        why += "; the Gregorian day is the one this Solar Hijri day falls on in the years another day of the text allows"
    elif m.native:
        why += "; the Gregorian day is the one this Solar Hijri day falls on in most years (a day off in some)"
    return why


def _exists(year: int, month: int | None, day: int | None) -> bool:
    """Whether the day exists in that year (29 February does not in a common year)."""
    try:
        dt.date(year, month or 1, day or 1)
    except ValueError:
        return False
    return True


Resolved = tuple[str | None, str, str, bool]  # (date, basis, reason, anchored on an estimate)


def _relative(m: DateMention, last_year: int | None, published: Published) -> Resolved:
    """A date stated relative to another: to a year stated earlier, or to the publication date."""
    kind = m.relative or ""
    if kind in ("same-year", "following-year"):
        return _from_stated_year(m, kind, last_year)
    if kind == "eve" or kind in WEEKDAY_SHIFTS:
        return _from_stated_day(m, kind)
    yearless = _from_yearless(m, kind, published.yearless) if not published.date and published.yearless else None
    if yearless:
        return yearless
    if not published.date or len(published.date) < 10:
        if m.month:  # "last September", "27 سبتمبر الماضي": the month (and day) are stated, the year is not
            return None, "year-unknown", f"'{m.text}' counts from the publication date, which the source does not state", False
        return None, "unresolved", f"'{m.text}' is relative to the publication date, which the source does not state", False
    anchor = dt.date.fromisoformat(published.date)
    why = f"'{m.text}' counted from the publication date ({published.date})"
    unit, sign, offset = kind.partition("+") if "+" in kind else kind.rpartition("-")
    if sign and offset.isdigit() and not kind.startswith("weekday-of-week"):
        return _counted(m, unit, int(offset) * (1 if sign == "+" else -1), anchor, why)
    if kind.endswith(("-year", "-month")) and kind != "day-of-month":
        return _month_or_year(m, kind, anchor, why)
    return _day_of(m, kind, anchor, why)


def _from_stated_day(m: DateMention, kind: str) -> Resolved:
    """ "La veille", "le vendredi précédent", "the following Tuesday": the day before a day the sentence states, or
    that weekday before or after it, which `dates` has set; else unresolved ("накануне" may count from an event)."""
    if kind == "eve" and m.month and m.day:  # "la veille" after a day the sentence states: the day before it
        why = f"'{m.text}' is the day before the day the sentence states"
        return (_fmt(m.year, m.month, m.day), "relative", why, False) if m.year else (None, "year-unknown", why, False)
    if kind == "eve":  # "накануне", "la veille": the day before the publication or before an event it names
        return None, "unresolved", f"'{m.text}' is the day before a day the text does not say", False
    if m.year and m.month and m.day:
        why = f"'{m.text}' is that weekday {'before' if WEEKDAY_SHIFTS[kind] < 0 else 'after'} the day the sentence states"
        return _fmt(m.year, m.month, m.day), "relative", why, False
    return None, "unresolved", f"'{m.text}' is a weekday before or after a day the text does not say", False


def _from_yearless(m: DateMention, kind: str, published: str) -> Resolved | None:
    """A day or month counted from a publication day without its year ("DOHA, Nov. 4"): year-less too."""
    if len(published) == 7 and _DAYS.match(kind):
        # "yesterday": the day before, unless the count crosses the end of February, whose length the year decides
        days = {
            dt.date(year, int(published[2:4]), int(published[5:])) + dt.timedelta(days=_offset(kind))
            for year in (2000, 2001)  # a leap year and a common one
            if year == 2000 or published != "--02-29"
        }
        why = f"'{m.text}' counted from the dateline's day ({published}), which states no year"
        if len({(d.month, d.day) for d in days}) > 1:
            return None, "unresolved", why + ", across the end of February", False
        (day,) = {(d.month, d.day) for d in days}
        return f"--{day[0]:02d}-{day[1]:02d}", "year-unknown", why, False
    if kind == "this-month-day" and m.day and _exists(2000, int(published[2:4]), m.day):  # "本月2日" under "10月9日电"
        why = f"'{m.text}' is a day of the dateline's month ({published}), which states no year"
        return f"{published[:4]}-{m.day:02d}", "year-unknown", why, False
    if kind == "day-of-month" and m.day and len(published) == 7 and m.day <= int(published[5:]):
        # "8日" under "中新社北京9月9日电": the 8th of the dateline's month (of the month before, the year would decide)
        why = f"'{m.text}' is a day of the dateline's month ({published}), which states no year"
        return f"{published[:4]}-{m.day:02d}", "year-unknown", why, False
    if kind.startswith("anniversary-"):  # "ровно год назад" under "17 июл": that day, in a year not stated
        why = f"'{m.text}' is the dateline's day ({published}) some years before, which states no year"
        return published, "year-unknown", why, False
    if MONTHS.match(kind):  # "il mese scorso" under "Dacca, 5 ago."
        month = (int(published[2:4]) - 1 + int(kind[5:])) % 12 + 1
        why = f"'{m.text}' counted from the publication's month ({published}), which states no year"
        return f"--{month:02d}", "year-unknown", why, False
    return None


def _from_stated_year(m: DateMention, kind: str, last_year: int | None) -> Resolved:
    """ "the same year", "March of the following year": counted from the year the text stated last."""
    if last_year is None:
        return None, "unresolved", f"'{m.text}' refers back to a year the text has not stated", False
    year = last_year + (1 if kind == "following-year" else 0)
    if kind == "same-year" and m.month:  # "26 July of the same year": a day and month, the year the text stated
        if m.day and not _exists(year, m.month, m.day):
            return None, "unresolved", f"'{m.text}' names no day of {year}", False
        return _fmt(year, m.month, m.day), "inferred-year", f"year taken from {year}, stated earlier in the text", False
    return _fmt(year, m.month), "relative", f"'{m.text}' counted from {last_year}, stated earlier in the text", False


def _counted(m: DateMention, unit: str, n: int, anchor: dt.date, why: str) -> Resolved:
    """n days, months, years or weekends from the publication date ("hier", "il y a 3 ans", "le week-end dernier")."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat(), "relative", why, False
    if unit == "month":
        month = anchor.month + n
        return _fmt(anchor.year + (month - 1) // 12, (month - 1) % 12 + 1), "relative", why, False
    if unit == "year" and m.month:  # "am 5. April vor zwei Jahren": that day of the year so many years back
        if m.day and not _exists(anchor.year + n, m.month, m.day):
            return None, "unresolved", f"'{m.text}' names no day of {anchor.year + n}", False
        return _fmt(anchor.year + n, m.month, m.day), "relative", why, False
    if unit == "year":
        return _fmt(anchor.year + n), "relative", why, False
    if unit == "anniversary":  # "exactly a year ago": the day of writing, that many years before
        if not _exists(anchor.year + n, anchor.month, anchor.day):
            return None, "unresolved", f"'{m.text}' names 29 February of a year that has none", False
        return _fmt(anchor.year + n, anchor.month, anchor.day), "relative", why, False
    if unit == "weekend":
        return _weekend(anchor, n), "relative", why + "; a weekend is its Saturday and Sunday", False
    if unit == "some-weekend":
        return None, "unresolved", f"'{m.text}' names a weekend without saying which, the one before or after", False
    return None, "unresolved", f"'{m.text}' names a {unit}, which no date precision here holds", False  # a week, a season


def _month_or_year(m: DateMention, kind: str, anchor: dt.date, why: str) -> Resolved:
    """ "this year", "this month", "March last year", "last September" from the publication date."""
    if kind in ("this-year", "last-year", "next-year"):
        return _fmt(anchor.year + {"this-year": 0, "last-year": -1, "next-year": 1}[kind]), "relative", why, False
    if kind == "this-month":
        return _fmt(anchor.year, anchor.month), "relative", why, False
    if not m.month:
        return None, "unresolved", f"'{m.text}' could not be resolved", False
    if kind in ("last-named-month", "next-named-month"):
        return _named_month(m, kind, anchor)
    year = anchor.year + {"last-year-month": -1, "this-year-month": 0, "next-year-month": 1}[kind]
    if m.day and not _exists(year, m.month, m.day):
        return None, "unresolved", f"'{m.text}' names no day of {year}", False
    return _fmt(year, m.month, m.day), "relative", why, False


def _named_month(m: DateMention, kind: str, anchor: dt.date) -> Resolved:
    """ "last September", "el pasado 15 de abril", "المقبل": the month (and day) are stated, "last" or "next"
    places them before or after the publication date, which gives the year."""
    stated, written = (m.month or 0, m.day or 0), (anchor.month, anchor.day if m.day else 0)
    last = kind == "last-named-month"  # the last such month (or day) before the date of writing, or the next after
    year = anchor.year - (stated >= written) if last else anchor.year + (stated <= written)
    if m.day and not _exists(year, m.month, m.day):
        return None, "unresolved", f"'{m.text}' names no day of {year}", False
    why = f"year taken from the publication date ({anchor}): '{m.text}' is the {'last' if last else 'next'} one"
    return _fmt(year, m.month, m.day), "inferred-year", why, False


def _day_of(m: DateMention, kind: str, anchor: dt.date, why: str) -> Resolved:
    """ "17日", "next Thursday", "lundi" from the publication date."""
    if kind == "day-of-month" and m.day and m.weekday is not None:  # "el jueves 8": the nearest 8th that is a Thursday
        return _weekday_day(m, anchor, why)
    if kind in ("day-of-month", "day-of-month-next") and m.day:
        return _day_alone(m, kind, anchor, why)
    if kind == "this-month-day" and m.day:  # "本月2日", "the 2nd of this month": of the month of writing
        if not _exists(anchor.year, anchor.month, m.day):
            return None, "unresolved", f"'{m.text}' names no day of {anchor.year}-{anchor.month:02d}", False
        return _fmt(anchor.year, anchor.month, m.day), "relative", why + "; the month of writing", False
    if kind == "last-month-day" and m.day:  # "上月28日": the 28th of the month before the month of writing
        month = anchor.replace(day=1) - dt.timedelta(days=1)
        if not _exists(month.year, month.month, m.day):
            return None, "unresolved", f"'{m.text}' names no day of {month.year}-{month.month:02d}", False
        return _fmt(month.year, month.month, m.day), "relative", why + "; the month before the month of writing", False
    if kind == "next-weekday" and m.weekday is not None:
        ahead = (m.weekday - anchor.weekday()) % 7 or 7
        return (anchor + dt.timedelta(days=ahead)).isoformat(), "relative", why + "; the next such weekday after it", False
    if kind.startswith("weekday-of-week") and m.weekday is not None:  # "Sunday of last week": weeks from Monday
        monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=int(kind[len("weekday-of-week") :]))
        return (monday + dt.timedelta(days=m.weekday)).isoformat(), "relative", why + "; that weekday of that week", False
    if kind == "weekday" and m.weekday is not None:
        back = (anchor.weekday() - m.weekday) % 7
        why += "; that weekday or the most recent one before it"
        return (anchor - dt.timedelta(days=back)).isoformat(), "relative", why, False
    return None, "unresolved", f"'{m.text}' could not be resolved", False


DAYS_TO_COME = 7  # a day of the month alone at most this many days after the date of writing is of its month


def _day_alone(m: DateMention, kind: str, anchor: dt.date, why: str) -> Resolved:
    """A day of the month alone: "17日" is of the month of writing, or of the month before; of the month of
    writing also when it falls at most a week after the date of writing ("18日告示", "23日に投開票される" under the
    16th: what a report announces), since a report names a day of the month before as of that month ("先月18日");
    a day to come ("预计16日", expected on the 16th) of the month of writing, or of the month after."""
    day = m.day or 0
    if kind == "day-of-month-next":
        month = anchor.replace(day=1) if day >= anchor.day else (anchor.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        which = "a day to come: the month of writing, or the next"
    else:
        # "23日に投開票される" under the 16th: a day to come, not last month's; a day the month of writing has not
        # ("31日" under 25 June) is of the month before
        soon = day <= anchor.day + DAYS_TO_COME and _exists(anchor.year, anchor.month, day)
        month = anchor.replace(day=1) if soon else anchor.replace(day=1) - dt.timedelta(days=1)
        which = "the month of writing (a day of it at most a week after the date of writing), or the one before"
    if not _exists(month.year, month.month, day):
        return None, "unresolved", f"'{m.text}' names no day of {month.year}-{month.month:02d}", False
    return _fmt(month.year, month.month, day), "relative", f"{why}; {which}", False


def _day_in_sentence(
    m: DateMention,
    date: str | None,
    reason: str,
    sentence: tuple[str, tuple[int, int]],
    language: str,
    published: str | None,
    days: dict[tuple[int, int], tuple[DateMention, str]],
) -> tuple[str | None, str]:
    """A day of the month alone as its sentence tells it (`_day_as_told`), each sentence's last resolved day kept
    in `days`, the first of a range the next day may close."""
    text, key = sentence
    if m.relative == "day-of-month" and date and published and m.weekday is None:
        date, reason = _day_as_told(m, date, reason, text, language, published, days.get(key))
    if (m.day or m.relative == "day+0") and date and len(date) == 10:  # "今天(2日)": the day of writing, named
        days[key] = (m, date)
    return date, reason


@cache
def _day_tense(language: str) -> dict[str, re.Pattern[str]]:
    """The language's cues of `data/day_tense.yaml`, compiled in Unicode NFD (a Hangul syllable's final
    consonant a letter of its own: the final ㅆ of the Korean past, "했다")."""
    table = safeyaml.shipped(Path(__file__).parent / "data" / "day_tense.yaml")
    entry = table.get(language) or {}
    form = entry.get("unicode", "NFD")  # ja compares in NFC: in NFD "だ" is "た" and a mark
    out = {k: re.compile(unicodedata.normalize(form, v)) for k, v in entry.items() if isinstance(v, str) and k != "unicode"}
    out["unicode"] = re.compile(form)
    if entry.get("tensed"):  # its verbs mark the past: a sentence without a past form may tell of a day to come
        out["tensed"] = re.compile("")
    if entry.get("range"):
        out["range"] = re.compile(r"\s*(?:" + "|".join(re.escape(w) for w in entry["range"]) + r")\s*")
    return out


def _day_as_told(
    m: DateMention, date: str, reason: str, text: str, language: str, published: str, before: tuple[DateMention, str] | None
) -> tuple[str, str]:
    """A day of the month alone as its sentence tells it (`data/day_tense.yaml`): the last day of a range
    ("20日から25日まで") is of its first day's month; a day after the date of writing (`_day_alone`: at most a week
    on) stays there only where the sentence says it is to come, never with a past cue before it ("지난 20일", the
    past 20th) or a past-tense sentence ("…が焼けた", "…탔다"), and, in a language whose verbs do not mark the past
    (zh), only with a future cue; otherwise it is of the month before, as a day of the month alone was until then."""
    cues = _day_tense(language)
    if before and before[1] and len(before[1]) == 10 and "range" in cues and m.day:
        first, start = before
        year, month = int(start[:4]), int(start[5:7])
        if cues["range"].fullmatch(text[first.end : m.start]) and int(start[8:]) < m.day and _exists(year, month, m.day):
            return _fmt(year, month, m.day), f"{reason}; the last day of a range, of its first day's month"
    if len(date) < 10 or date <= published:
        return date, reason
    if before and before[1] == published and before[0].relative == "day+0":
        # the sentence named the day of writing before it ("今天(2日)宣布…3日停班"): the day is told from that one
        return date, f"{reason}; after the day of writing the sentence names before it"
    after = text[m.end :]
    form = cues["unicode"].pattern
    # a range ("20日至25日举行", one mention, or a day before its range word): it stays in the month of writing,
    # as before the tense cues were read
    opens = "range" in cues and bool(re.match(cues["range"].pattern + r"\d", after) or cues["range"].search(m.text))
    if "clause" in cues:  # the cues of the day's own clause only: "12日即將登場,昨晚已抵達" (to come; arrived),
        # the clause after its comma where the day opens the sentence ("14日,灵柩将…", on the 14th the coffin will …);
        # a quotative ending closes it ("開くと発表した", "연다고 밝혔다": the reporting verb's past is not the day's)
        after = unicodedata.normalize(form, after.lstrip(" ,，"))
        end = cues["clause"].search(after)
        after = after[: end.start()] if end else after
    said = unicodedata.normalize(form, text[: m.start]), unicodedata.normalize(form, after)
    told = bool(cues.get("future_before") and cues["future_before"].search(said[0]))
    past = bool(cues.get("past_before") and cues["past_before"].search(said[0]))
    past = past or (not told and bool(cues.get("past") and cues["past"].search(said[1])))
    to_come = told or bool(cues.get("future") and cues["future"].search(said[1]))
    if not past and (to_come or "tensed" in cues or opens):
        return date, reason
    back = dt.date(int(date[:4]), int(date[5:7]), 1) - dt.timedelta(days=1)
    if not _exists(back.year, back.month, m.day or 0):
        return date, reason
    why = "past" if past else "not told to come"
    return _fmt(back.year, back.month, m.day), f"{reason}; after the date of writing, but told as {why}: the month before"


def _weekday_day(m: DateMention, anchor: dt.date, why: str) -> Resolved:
    """A weekday and a day of the month ("el jueves 8", "jeudi 1er"): of the month of writing and the months just
    before and after it, the one in which that day is that weekday, nearest the date of writing."""
    days = []
    for shift in (-1, 0, 1):
        first = dt.date(anchor.year + (anchor.month - 1 + shift) // 12, (anchor.month - 1 + shift) % 12 + 1, 1)
        if _exists(first.year, first.month, m.day or 0) and first.replace(day=m.day or 1).weekday() == m.weekday:
            days.append(first.replace(day=m.day or 1))
    if not days:
        return None, "unresolved", f"'{m.text}' is that weekday in no month near the publication date", False
    day = min(days, key=lambda d: abs((d - anchor).days))
    return day.isoformat(), "relative", why + "; the nearest month in which that day is that weekday", False


_DAYS = re.compile(r"^day[+-]\d+$")
MONTHS = re.compile(r"^month[+-]\d+$")


def _offset(kind: str) -> int:
    """The days a kind such as "day-1" or "day+2" counts."""
    return int(kind[3:])


def _nearest(anchor: str, m: DateMention) -> str:
    """The day-month in the year (anchor's, the one before or after) closest to the anchor date."""
    reference = dt.date.fromisoformat(anchor if len(anchor) == 10 else anchor + "-01")
    if m.native and m.native[1]:  # a Solar Hijri day: converted in the Solar Hijri year nearest the anchor
        near = persian_near(reference, *m.native)
        if near:
            return near.isoformat()
    month, day = m.month, m.day
    candidates = []
    for year in range(reference.year - 4, reference.year + 5):  # wide enough to hold a leap year for 29 February
        try:
            candidates.append(dt.date(year, month or 1, day or 1))
        except ValueError:  # 29 February in a common year
            continue
    best = min(candidates, key=lambda d: abs((d - reference).days))
    return _fmt(best.year, month, day)


def assign_ids(briefings: list[Briefing]) -> list[Briefing]:
    """Give each briefing a unique slug (collisions numbered in source-path order) and its events ids."""
    taken: set[str] = set()
    result = []
    for briefing in sorted(briefings, key=lambda b: b.source.path):
        slug, n = briefing.id, 2
        while slug in taken:
            slug, n = f"{briefing.id}-{n}", n + 1
        taken.add(slug)
        events = tuple(replace(e, id=f"{slug}-e{i}", briefing=slug) for i, e in enumerate(briefing.events, start=1))
        result.append(replace(briefing, id=slug, events=events))
    return result
