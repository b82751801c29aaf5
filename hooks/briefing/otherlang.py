"""Actors in a language the package has no data file for, the first day a source in it arrives.

Such a language gets the names the locale data has in it (CLDR's states, the United Nations and the European
Union) and detection's language-independent rules (`generic_words`). Its nouns may inflect, and nothing lists
its endings ("Polska": "Polską", "Polski"; "România": "României"; "Stany Zjednoczone": "Stanach
Zjednoczonych"), so a capitalised word names what a name's word names when it is that word, or that word less
up to two final vowels with an ending of up to three letters: the stem shared with the longest such name wins
("Nigerii" is Nigeria's, not Niger's). A name of the knowledge in that language gives its initials too ("ONZ",
"SUA", "VS") unless they are another name's, and its organisations keep their English acronyms ("NATO").
A capital names the place only: no preposition of place is known to tell "in Paris" from "Paris said".
Where the locale writes adjectives in lower case, any short ending after a whole name is a case ending
("Görögország|ban", "Kuuba|ssa"). In a script with no capitals any word may be a name, under the one-letter
words the script glues to the next one and with its acronyms' marks (`data/scripts.yaml`: "בצרפת", "ארה"ב").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise, takewhile
from pathlib import Path
from typing import Any

from anyascii import anyascii
from babel.numbers import list_currencies
from rapidfuzz import fuzz

from . import datewords, mutations, safeyaml
from .calendars import own_calendar_months
from .detect import detect as detect_words
from .detect_words import Covered, Detected
from .detect_words import is_given as _given_name
from .generic_words import common_acronyms, has_file, language_names
from .knowledge import (
    base_names,
    city_names,
    cldr_locale,
    cldr_own_data,
    common_given_names,
    given_names,
    heard_given,
    latin_languages,
    names_in,
    skeleton,
    state_codes,
    state_ids,
    title_case_acronyms,
)
from .registry import JOINER, TOKEN, Match, Registry
from .scripts import (
    MARKS,
    UNSPELLED,
    format_glued_endings,
    glued_articles,
    glued_case_endings,
    glued_name_endings,
    glued_signs,
    own_glued_endings,
    own_letters,
    proclitics,
    script_adjective_endings,
    script_code,
    script_facts,
    sound_keys,
    spaceless,
    without_marks,
)

MIN_DAY_WORD = 2  # "zi", "día": a shorter word for "day" is an abbreviation
MAX_ADJECTIVE_ENDING = 2  # letters CLDR's name of a language adds to its state's ("जपान|ी", "독일|어")
MAX_ENDING = 3  # letters an inflected form adds to a stem ("Stan|ach", "Polsk|iej", "Român|iei")
GLUED_PREFIXES = Path(__file__).parent / "data" / "knowledge" / "glued_prefixes.yaml"
MIN_STEM = 4  # a shorter stem matches too much ("Kub|a" is also a given name); in a name of several words, 3
VOWELS = frozenset("aeiouyаеиоуыэюяіїєёαεηιουω")
SPACED_WORDS = re.compile(r"\w+(?: \w+)+")
MIN_SOUNDS = 3  # consonants of a state's name heard in another script ("trk"); "Iraq" (rk) is any short word
MAX_JOINING = 2  # letters of an article joining a name's words ("Zelanda e Re", "Zelandës së Re")
MIN_HEARD = 5  # letters of a word read as a state's name in another script
MIN_LIKENESS = 75  # rapidfuzz's ratio of a word as anyascii spells it to the Latin name ("turki", "turkiye": 83;
# "mark", a Hindi word for deadly, and "marokko": 73)
WEEKDAY_FIELDS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")  # CLDR's date fields of the weekdays, Monday first
MAX_PROCLITICS = 3  # "וכש", "ומה": and when, and from the


@cache
def declines(language: str) -> bool:
    """Whether the language declines its nouns: its month names take another case in a date than alone (CLDR's
    format and stand-alone forms: "stycznia", "styczeń"), as the locale's own file states them, or its counts of
    weekdays change a name's ending rather than add one (Serbian "пре {0} понедељка" of "понедељак", Latvian
    "pirms {0} pirmdienām" of "pirmdiena"; not "{0} Mondays ago")."""
    own = cldr_own_data(language.split("-")[0].split("_")[0].lower())
    months = own.get("months") or {}
    wide = [(months.get(context) or {}).get("wide") for context in ("format", "stand-alone")]
    return (all(isinstance(names, dict) and names for names in wide) and wide[0] != wide[1]) or _weekdays_decline(own)


def _weekdays_decline(own: dict[str, Any]) -> bool:
    """Whether CLDR's counts of weekdays back or ahead (`date_fields`: "пре {0} понедељка") change a weekday's
    ending rather than add one: a case. A plural changes it too ("domeniche", "Maandae"), so it, af, bg and mk
    count as declining (review s8 item 11, left: counting only the count of one lowers bg's actor recall)."""
    names = ((own.get("days") or {}).get("format") or {}).get("wide") or {}
    fields = own.get("date_fields") or {}
    for number, name in names.items():
        counts = (fields.get(WEEKDAY_FIELDS[number]) or {}).values()
        forms = {w.lower() for tense in counts for p in tense.values() for w in str(p).replace("{0}", " ").split()}
        stem = name.lower()[:-1]
        if len(stem) >= MIN_STEM and any(f.startswith(stem) and not f.startswith(name.lower()) for f in forms):
            return True
    return False


@lru_cache(maxsize=1 << 16)  # called for every word of a text in a script with no capitals
def readings(word: str, clitics: frozenset[str]) -> tuple[tuple[int, str], ...]:
    """The word (unmarked) and, under each of its first letters that is a proclitic, what follows, with where
    that starts: "ולטורקיה" is also "לטורקיה" and "טורקיה". Under two or more, what follows is longer than a
    short name ("מכיוון", because, is no "יוון" under "מכ")."""
    form = unmarked(word)
    found = [(0, form)]
    for k in range(1, MAX_PROCLITICS + 1):
        shortest = MIN_STEM - 1 if k == 1 else MIN_STEM + k - 1
        if form[k - 1 : k] not in clitics or len(form) - k < shortest:
            break
        found.append((k, form[k:]))
    return tuple(found)


def applies(language: str | None) -> bool:
    """Whether a text in this language is read with these rules: a language with no detection data file."""
    return bool(language) and not has_file(str(language))


@lru_cache(maxsize=1 << 16)  # called for every capitalised word; a text's words recur
def unmarked(word: str) -> str:
    """A word in lower case without its accents: names are compared so, as scraped text often drops them; a Latin
    letter typed in a Cyrillic word written as its Cyrillic twin (`own_letters`: Ossetic "æ" for "ӕ")."""
    return "".join(c for c in unicodedata.normalize("NFD", own_letters(word).lower()) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Name:
    words: tuple[str, ...]  # unmarked
    actor: str
    adjective: bool
    exact: str | None  # an acronym: matched as written, whole


def stems(word: str, shortest: int) -> list[str]:
    """The stems an inflected form of a name's word may start with: the word, then the word less one and two
    final vowels, each at least `shortest` letters long; a final "s" after a vowel, a nominative's ending, is
    cut first (Lithuanian "Irak|as", "Izrael|is": "Irako", "Izraelį")."""
    found = [word]
    nominative = word[-1:] == "s" and vowel(word[-2:-1])
    if nominative:
        found.append(word[:-1])
    while len(found) < 3 + nominative and vowel(found[-1][-1:]):
        found.append(found[-1][:-1])
    return [stem for stem in found if len(stem) >= shortest]


@lru_cache(maxsize=1024)
def vowel(letter: str) -> bool:
    """A vowel letter of any script: one anyascii spells as a vowel ("ი", "ஆ", "ᅡ", a Hangul syllable's vowel)."""
    return letter in VOWELS or (len(letter) == 1 and anyascii(letter).lower() in ("a", "e", "i", "o", "u"))


def fits(word: str, name_word: str, shortest: int, consonant_endings: bool = False, glued: int = 0, signs: bool = True) -> int:
    """How well a text's word (unmarked) is a form of a name's word: its stem's length, one more when the words
    are the same, 0 when it is no form of it. A case ending opens with a vowel ("Meksyk|u", "Român|iei");
    a consonant makes an adjective, a demonym or a compound ("Nederland|se"), and so does a long ending after
    a whole name ("Nederland|ers"); but for the genitive "s" after a whole name ending in a consonant
    ("Rysslands", "Ruslands"), and, with `consonant_endings` (a language that writes its adjectives in lower
    case), any ending of up to three letters after a whole name ("Görögország|ban", "Kuuba|ssa"); where the
    script glues a name's case endings and particles to it (`glued` letters, `scripts.glued_endings`), any such
    ending after the name or its stem ("საქართველო|ში", "თურქეთ|ის", "독일|의" as its letters decompose)."""
    if word == name_word:
        return len(word) + 1
    if word == name_word + "s" and name_word[-1:] not in VOWELS and len(name_word) >= shortest:
        return len(name_word)
    ending = word[len(name_word) :]
    free = max(MAX_ENDING if consonant_endings else 0, glued)
    # a whole name before a short glued ending may be shorter than a stem: "চীন|ের" (China's); not "চীন|াবাদাম"
    free = free if len(name_word) >= shortest or not glued else min(free, MAX_ENDING - 1)
    whole = shortest - 1 if glued else shortest
    if free and word.startswith(name_word) and len(name_word) >= whole and _ending(ending, free, glued, signs):
        return len(name_word)
    for stem in stems(name_word, shortest):
        ending = word[len(stem) :]
        longest = MAX_ENDING if stem != name_word else MAX_ENDING - 1  # "Iran|ie", not "Nederland|ers"
        if glued and _consonant_for_vowel_sign(name_word[len(stem) :], ending):
            continue
        if word.startswith(stem) and _ending(ending, max(longest, glued), glued, signs) and (glued or vowel(ending[0])):
            return len(stem)
    return 0


def _consonant_for_vowel_sign(cut: str, ending: str) -> bool:
    """Whether a word puts a consonant letter where a name's last vowel sign stands: another noun or an adjective
    (Tamil "சாம்பிய|ன்", champion, and "சாம்பிய|னான", of "சாம்பியா", Zambia), for the script's case endings keep
    the vowel ("சாம்பியா|வில்", in Zambia)."""
    signs = bool(cut) and all(unicodedata.category(c).startswith("M") for c in cut)
    return signs and bool(ending) and unicodedata.category(ending[0]) == "Lo"


def _ending(letters: str, longest: int, glued: int = 0, signs: bool = True) -> bool:
    """Letters (and the vowel signs written on them) of an ending of at most `longest` letters; where the script
    glues endings to names, a vowel sign alone too (Bengali's locative "আফগানিস্তান|ে"; Hindi's "इराक|ी" is Iraqi),
    unless `signs` says the language's endings are letters (Nepali "इराक|ी" is Iraqi too)."""
    counted = without_marks(letters)
    alone = glued and signs
    return len(counted if not alone else letters) > 0 and len(counted) <= longest and all(c.isalpha() for c in counted)


def find(registry: Registry, text: str, language: str) -> list[Match]:
    """The registry's names in `text` (`Registry.find`) and, in a language with no data file, the names it writes
    in other forms than the registry's."""
    matches = registry.find(text, language)
    found = inflected(registry, text, language, matches) if applies(language) else matches
    return [m for m in found if registry.actors[m.actor].kind != "state" or not _no_state_here(text, m, language)]


WATER_WORDS = Path(__file__).parent / "data" / "knowledge" / "water_words.yaml"


def _no_state_here(text: str, m: Match, language: str) -> bool:
    """Whether a state's name is, where it stands, no state: part of a water's name after the language's word for a
    gulf, sea or strait (`data/knowledge/water_words.yaml`: Thai "อ่าวไทย", the Gulf of Thailand), or a part of the
    day after a word for today, yesterday or tomorrow (Urdu "آج شام", this evening: "شام" is also Syria's name)."""
    before = text[max(0, m.start - 40) : m.start].rstrip()
    if any(before.endswith(w) and (spaceless(language) or not before[: -len(w)][-1:].isalpha()) for w in _waters(language)):
        return True
    return text[m.start : m.end] in _day_part_names(language) and _folded(before.split()[-1:]) in _today_words(language)


@cache
def _waters(language: str) -> tuple[str, ...]:
    """The language's words for a gulf, a sea or a strait written before a name (`data/knowledge/water_words.yaml`)."""
    return tuple((safeyaml.shipped(WATER_WORDS) or {}).get(language.split("-")[0]) or ())


@cache
def _day_part_names(language: str) -> frozenset[str]:
    """CLDR's names of the parts of a day in the language (`datewords.day_part_names`: Urdu "شام", evening)."""
    return frozenset(datewords.day_part_names(cldr_own_data(language.split("-")[0])))


@cache
def _today_words(language: str) -> frozenset[str]:
    """The words of dateparser's phrases for yesterday, today and tomorrow, folded (`_folded`)."""
    phrases = datewords.words(language).extra.get("day_phrases") or []
    return frozenset(_folded([w]) for p in phrases for w in p.split())


def _folded(words: list[str]) -> str:
    """A word with Urdu's and Persian's letters as Arabic writes them (`datewords.fold`), as dateparser's are compared."""
    return datewords.fold(unicodedata.normalize("NFC", "".join(words)))


def detector(language: str) -> Callable[..., list[Detected]]:
    """What detects unregistered actors in a text of the language: these rules with no data file, else `detect`."""
    return detect if applies(language) else detect_words


def inflected(registry: Registry, text: str, language: str, matches: list[Match]) -> list[Match]:
    """The registry's matches in `text` and the names it writes in other forms than the registry's, in order."""
    names = _names(registry, language)
    tokens = list(TOKEN.finditer(text))
    marked = _marked_acronyms(registry, text, language, Covered(len(text), [(m.start, m.end) for m in matches]))
    taken = Covered(len(text), [(m.start, m.end) for m in matches + marked])
    found = [m for m in matches if not _capital(registry, m)] + marked
    clitics = proclitics(language)
    consonant_endings = _lower_case_adjectives(language)
    # "Faransiis|ka": Somali's article; "Errusia|ren": Basque's cases, which CLDR's date format glues to a month
    glued = glued_case_endings(language) or glued_articles(language) or format_glued_endings(language)
    glued = glued or glued_name_endings(language)  # "ኤርትራ|ን": Ethiopic's syllable glued to a name
    signs = glued_signs(language)  # "আফগানিস্তান|ে" is in Afghanistan; Nepali "रूस|ी" is Russian
    own_glued = _heard_endings(language)  # a state heard with an ending cut
    adjectives = _adjective_endings(language)  # endings that make a state's name its adjective, never a case
    uncased = _writes_no_capitals(language)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        word = token.group()
        prefix = glued_prefix(word) if not uncased else 0
        if not (_may_name(word, uncased) or mutations.prefixed(word, language) or prefix) or taken(token.start(), token.end()):
            i += 1
            continue
        acronym = _transliterated_acronym(names, token.group())
        if acronym:
            found.append(Match(acronym, token.start(), token.end()))
            i += 1
            continue
        firsts = [first for first in readings(token.group(), clitics) if first[1][:3] in names]
        # a name under a noun-class, locative or possessive prefix glued to its capital ("muZimbabwe", "weAU")
        firsts += [(len(unmarked(word[:prefix])), unmarked(word[prefix:]))] if prefix else []
        read = [_best(names, tokens, text, i, first, (consonant_endings, glued, signs)) for first in firsts]
        best = max((found for found in read if found), key=lambda found: found[2], default=None)
        if best is None:
            pair = _heard_pair(tokens, text, i, own_glued, adjectives) if uncased else ""
            if pair and not taken(tokens[i + 1].start(), tokens[i + 1].end()):
                found.append(Match(pair, token.start(), tokens[i + 1].end()))
                i += 2
                continue
            heard = ""
            if uncased and not _opens_with_date_name(token.group(), language):  # "मार्च|को" (March's) is no Morocco
                heard = _heard_state(token.group()) or _heard_before_ending(token.group(), own_glued, adjectives)
            heard = heard or (_heard_organisation(token.group()) if uncased else "")
            heard = heard or _respelled_state(token.group(), language) or _english_state_by_sound(token.group(), language)
            heard = heard or _hard_c_state(token.group(), language) or _doubled_letters_state(token.group(), language)
            if heard:
                found.append(Match(heard, token.start(), token.end()))
            syllabic = _state_by_consonants(token.group(), language) if not heard else None
            if syllabic:
                found.append(Match(syllabic[0], token.start() + _letters_in(token.group(), syllabic[1]), token.end()))
            i += 1
            continue
        name, n, _, offset = best
        start = token.start() + _letters_in(token.group(), offset)
        match = Match(name.actor, start, tokens[i + n - 1].end(), name.adjective)
        # where case endings are glued to names, an inflected form is a case ("Rusiyanın Düşənbədəki": Russia's in
        # Dushanbe), no adjective opening a longer name
        adjective = not glued and _opens_longer_name(tokens, text, i + n, name)
        # in a script with no capitals the adjective's ending is the one sign of it ("इस्रायल|ी"); with capitals an
        # ending of the same letters may be a case (Estonian "Reuters|i", Reuters')
        # the last word from where the name starts in it: a proclitic glued before ("በ|እንግሊዝ|ኛ", in English)
        last = text[max(start, tokens[i + n - 1].start()) : tokens[i + n - 1].end()]
        adjective = adjective or (uncased and _adjective_ending(unmarked(last), name.words[-1], language))
        if name.actor and not adjective and not _capital(registry, match):
            found.append(match)
        i += n
    return _outside_acronymed_names(registry, text, sorted(found, key=lambda m: m.start))


SPACES = re.compile(r"\s*")
ACRONYMED_RUN = 60  # characters at most from a state's name to the parenthesis of its body's acronym
ACRONYMED = re.compile(rf"[^.,;:!?()\[\]«»\"“”।۔]{{0,{ACRONYMED_RUN}}}?\(\s*$")  # words running to an opening parenthesis


def _outside_acronymed_names(registry: Registry, text: str, found: list[Match]) -> list[Match]:
    """The matches less a state's name inside a body's name that a known organisation's acronym in parentheses
    closes ("… ऑफ इराक एंड सीरिया (ISIS)": the Islamic State of Iraq and Syria), where no capitals show where the
    body's name starts: the words from the state to the parenthesis, with no punctuation between, are that name's."""
    bodies = {m.start for m in found if registry.actors[m.actor].kind == "organisation"}
    kept = []
    for m in found:
        opening = text.find("(", m.end, m.end + ACRONYMED_RUN + 1)
        inside = opening >= 0 and ACRONYMED.fullmatch(text, m.end, opening + 1)
        after = SPACES.match(text, opening + 1).end() if inside else -1  # not a copy of the text's rest per match
        if not (inside and registry.actors[m.actor].kind == "state" and after in bodies):
            kept.append(m)
    return kept


@cache
def _latin_state_names() -> dict[str, tuple[tuple[str, str], ...]]:
    """Sound key (`scripts.sound_keys`) -> (spelling, state) of the one-word names of states in the
    covered languages written in Latin letters ("Turkey", "Türkiye", "Amerika", "Britain")."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    states = set(state_codes().values())
    for language in latin_languages():
        for actor, names in names_in(language).items():
            for name in names if actor in states else ():
                if name.isalpha() and not name.isupper():
                    for key in sound_keys(name):
                        found[key].add((unmarked(name), actor))
    return {key: tuple(sorted(pairs)) for key, pairs in found.items()}


@cache
def _latin_two_word_states() -> dict[str, tuple[tuple[str, str], ...]]:
    """As `_latin_state_names`, the names of two words, joined ("Soviet Union", "Sowjetunion": "sovietunion")."""
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for language in latin_languages():
        for actor, names in names_in(language).items():
            for words in (name.split() for name in names if actor in state_ids()):
                if len(words) == 2 and all(w.isalpha() for w in words) and not "".join(words).isupper():
                    for key in sound_keys("".join(words)):
                        found[key].add((unmarked("".join(words)), actor))
    return {key: tuple(sorted(pairs)) for key, pairs in found.items()}


MIN_RESPELLED = 6  # letters of a state's name read in another spelling of its vowels ("Mareykanka", "Maraykanka")
MIN_RESPELLED_CONSONANTS = 4  # three are too few to tell names apart
DOUBLED = re.compile(r"(.)\1+")


def _respelled_state(word: str, language: str) -> str:
    """The state whose one-word name in the language (CLDR's) a capitalised word of Latin letters writes with other
    vowels, as languages with young spellings do (Somali "Mareykanka", CLDR "Maraykanka"): the same consonants in
    the same order, four or more, the same first and last letters, as many letters give or take one, six or more."""
    if len(word) < MIN_RESPELLED or not word[:1].isupper() or not word.isascii() or not word.isalpha():
        return ""
    spelled = word.lower()
    if len(_consonants(spelled)) < MIN_RESPELLED_CONSONANTS:  # "Negara" (a state, Indonesian) is no "Nigeria"
        return ""
    found = {
        actor
        for actor, name in _respellable_states(language).get(_consonants(spelled), ())
        if name[0] == spelled[0] and name[-1] == spelled[-1] and abs(len(name) - len(spelled)) <= 1
    }
    return found.pop() if len(found) == 1 else ""


HARD_C = re.compile(r"c(?![eiyh])|ck")  # a "c" said as "k": not before e, i, y (said "s") nor in "ch"


def _hard_c_state(word: str, language: str) -> str:
    """The state whose one-word name in the language (CLDR's) writes "k" where a capitalised word writes the "c" said
    so, as the press of a language whose spelling has no "c" for it writes the name the English way (Luganda
    "America", CLDR "Amerika"; "Canada", "Kanada"; "Cuba", "Kuba"); the rest of the word as the name, one state."""
    if not word[:1].isupper() or not word.isalpha() or "c" not in word.lower() or _names_a_language(word, language):
        return ""
    spelled = HARD_C.sub("k", unmarked(word).lower())
    found = {actor for actor, name in _respellable_states(language).get(_consonants(spelled), ()) if name == spelled}
    return found.pop() if len(found) == 1 else ""


def _names_a_language(word: str, language: str) -> bool:
    """Whether a word is, letter for letter, CLDR's one-word name of a language in the text's language or in English
    ("Kannada", a language of India, which a text names as it is, never Canada's "Kanada" respelled): such a word
    names the language or its people, and is read as no state by a respelling of a state's name."""
    return word.lower() in language_names(language) or word.lower() in language_names("en")


MIN_UNDOUBLED = 5  # letters of a name read with its doubled letters once: "Mali" and "Malli" are too short to say


def _doubled_letters_state(word: str, language: str) -> str:
    """The state whose one-word name in the language (CLDR's) a capitalised word writes with a long vowel or a
    consonant once where the name doubles it, or twice where the name writes it once, as languages with young
    spellings do (Wolof "Niseer", CLDR "Niiseer"): the same letters, each run of one letter read once; one state."""
    if len(word) < MIN_UNDOUBLED or not word[:1].isupper() or not word.isalpha() or _names_a_language(word, language):
        return ""
    spelled = DOUBLED.sub(r"\1", unmarked(word).lower())
    found = {
        actor
        for actor, name in _respellable_states(language).get(_consonants(spelled), ())
        if DOUBLED.sub(r"\1", name) == spelled and name != unmarked(word).lower()
    }
    return found.pop() if len(found) == 1 else ""


MIN_SOUNDED = 5  # letters of a word read as an English name respelled ("Ijipt": Egypt); "Chad" and "Iraq" are too short
SOFT = re.compile(r"([cg])(?=[eiy])")  # English says "c" and "g" before these vowels as "s" and "j" ("France", "Egypt")
SOUNDED_LETTERS = str.maketrans({"c": "k", "q": "k", "z": "s", "v": "f", "w": "f", "y": "i"})
SOUNDED_DIGRAPHS = (("ch", "C"), ("sh", "S"), ("ph", "f"), ("th", "T"), ("kh", "k"), ("gh", "g"))  # one sound each
VOWEL_RUN = re.compile(r"[aeiou]+")


def _english_state_by_sound(word: str, language: str) -> str:
    """The state whose one-word English name a capitalised word writes as it sounds, in a language whose CLDR
    names of states are English's (`_english_named`: Igbo), as its press writes a loan ("Ijipt": Egypt; "Fransị":
    France; "Briten": Britain; "Naịjirịa": Nigeria): the same consonants as English says them, a vowel where the
    name has one, and a close spelling, five letters or more; one state alone; no given name ("George")."""
    if len(word) < MIN_SOUNDED or not word[:1].isupper() or not word.isalpha() or not _english_named(language):
        return ""
    said = _english_sounds(unmarked(word))
    found = {
        actor
        for name, actor in _english_states_by_sound().get(VOWEL_RUN.sub("V", said), ())
        if fuzz.ratio(said, name) >= MIN_LIKENESS
    }
    return found.pop() if len(found) == 1 and unmarked(word) not in given_names() else ""


ENGLISH_NAMED = 0.8  # Igbo 0.89, Cebuano 0.95; Malay 0.67, Vietnamese 0.64, Swahili 0.48 write names of their own


@cache
def _english_named(language: str) -> bool:
    """Whether CLDR's names of states in the language are English's, most of them: it has none of its own."""
    locale, english = cldr_locale(language), cldr_locale("en")
    if locale is None or english is None or not _latin(language):
        return False
    codes = [code for code in state_codes() if code in locale.territories]
    same = sum(locale.territories[code] == english.territories.get(code) for code in codes)
    return bool(codes) and same >= ENGLISH_NAMED * len(codes)


def _english_sounds(spelled: str) -> str:
    """A word in lower case Latin letters as English says it ("egypt", "ijipt": "ejipt", "ijipt"), each doubled
    letter once."""
    sounded = SOFT.sub(lambda m: "s" if m[1] == "c" else "j", spelled)
    for digraph, sound in SOUNDED_DIGRAPHS:
        sounded = sounded.replace(digraph, sound)
    return DOUBLED.sub(r"\1", sounded.translate(SOUNDED_LETTERS))


@cache
def _english_states_by_sound() -> dict[str, tuple[tuple[str, str], ...]]:
    """Consonants and vowels' places (`_english_sounds`, each run of vowels one "V") -> (sounds, state) of the
    states' one-word English names (CLDR's and the knowledge's: "Britain")."""
    states = set(state_codes().values())
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for actor, names in names_in("en").items():
        for name in names if actor in states else ():
            if name.isalpha() and name.isascii() and not name.isupper() and len(name) >= MIN_SOUNDED:
                said = _english_sounds(name.lower())
                found[VOWEL_RUN.sub("V", said)].add((said, actor))
    return {key: tuple(sorted(pairs)) for key, pairs in found.items()}


MIN_SYLLABIC_CONSONANTS = 4  # "ljry" (አልጀሪያ, Algeria); three are too few to tell names apart ("ግብጽ", gbts: Egypt)
SYLLABLE_VOWELS = re.compile(r"^['`]|[aeiou]")  # a glottal onset ("'a", "`u") and vowels; "k'" is a consonant


def _state_by_consonants(word: str, language: str) -> tuple[str, int] | None:
    """The state (and the letters before it) a word of a script of syllables (`syllables` in `data/scripts.yaml`:
    Ethiopic) names with the consonants of its one name in the language, CLDR's, its words joined, whatever the
    vowels: under the script's proclitics ("በአውስትራሊያ": in Australia; "የቡርኪናፋሶ": of Burkina Faso), and
    with one syllable glued after it ("አልጀሪያን": Algeria, the object)."""
    if word.isascii() or not script_facts(language).get("syllables"):
        return None
    states = _states_by_consonants(language)
    for offset, form in readings(word, proclitics(language)):
        for whole in (form, form[:-1]):
            actor = states.get(_syllable_consonants(whole), "")
            if actor:
                return actor, offset
    return None


def _syllable_consonants(word: str) -> str:
    """A word's consonants as anyascii spells its syllables ("አውስትራሊያ", 'awstraliya: "wstrly"), an ejective's
    mark kept ("ቀ", k'e: "k'"; "ኪ", ki: "k")."""
    return "".join(SYLLABLE_VOWELS.sub("", anyascii(letter).lower()) for letter in word)


@cache
def _states_by_consonants(language: str) -> dict[str, str]:
    """Consonants (`_syllable_consonants`) -> the state of the one name in the language so spelled, four or more."""
    states = set(state_codes().values())
    found: dict[str, set[str]] = defaultdict(set)
    for actor, names in names_in(language).items():
        for name in names if actor in states else ():
            key = _syllable_consonants(name.replace(" ", ""))
            if len(key) >= MIN_SYLLABIC_CONSONANTS:
                found[key].add(actor)
    return {key: actors.pop() for key, actors in found.items() if len(actors) == 1}


def _consonants(word: str) -> str:
    """A word's consonants in order, a doubled one once ("maraykanka": "mryknk")."""
    return DOUBLED.sub(r"\1", re.sub(r"[aeiouy]", "", word))


@cache
def _respellable_states(language: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """Consonants (`_consonants`) -> (state, name) of the states' one-word names in the language, in Latin letters."""
    states = set(state_codes().values())
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for actor, names in names_in(language).items():
        for name in names if actor in states else ():
            spelled = unmarked(name)
            if len(spelled) >= MIN_RESPELLED and spelled.isascii() and spelled.isalpha():
                found[_consonants(spelled)].add((actor, spelled))
    return {key: tuple(sorted(pairs)) for key, pairs in found.items()}


def _ends_alike(spelled: str, name: str) -> bool:
    """Five letters or more, the same last letter and about as many letters: an adjective or a demonym changes a
    name's ending ("अमेरिकी", ameriki, American); a short word sounds like too many ("मार्च", marc, March, and "Maroc"),
    and so does one of a script that writes no vowels ("שדן", sdn, is no Sudan)."""
    return len(spelled) >= MIN_HEARD and spelled[-1:] == name[-1:] and abs(len(spelled) - len(name)) <= MAX_ENDING - 1


def _heard_pair(tokens: list[re.Match[str]], text: str, i: int, glued: int, adjectives: frozenset[str]) -> str:
    """The state whose Latin name of two words ("Soviet Union") a word and the next, one space apart, sound like
    together (`_heard_state`), a case ending glued to the second cut ("సోవియట్ యూనియన్"; "സോവിയറ്റ് യൂണിയന്റെ":
    the Soviet Union's)."""
    if i + 1 >= len(tokens) or text[tokens[i].end() : tokens[i + 1].start()] != " ":
        return ""
    joined = tokens[i].group() + tokens[i + 1].group()
    return _heard_state(joined, True) or _heard_before_ending(joined, glued, adjectives, True)


@lru_cache(maxsize=1 << 14)
def _heard_state(word: str, two_words: bool = False) -> str:
    """The state a word of a script with no capitals names as a Latin name of it sounds (anyascii's reading:
    "तुर्की" turki, "Turki"; "ब्रिटेन" briten, "Britain"; CLDR gives the official name, "तुर्किये", and news the
    common one): the same consonants, three or more, and a spelling close to the name's; with `two_words`, two words
    joined heard as a name of two ("Soviet Union"). Not a script whose letters anyascii spells as syllables of
    another language (Chinese, Japanese, Korean)."""
    if word.isascii() or UNSPELLED.search(word):
        return ""
    spelled = unmarked(anyascii(word.replace(*MALAYALAM_TT)))
    names = _latin_two_word_states() if two_words else _latin_state_names()
    heard = [
        (max(fuzz.ratio(form, name) for form in _spoken_forms(said)), actor)
        for said in _with_inherent_vowel(word, spelled)
        for key in sound_keys(word.replace(*MALAYALAM_TT))
        if len(key) >= MIN_SOUNDS
        for name, actor in names.get(key, ())
        if _ends_alike(said, name) and (said == spelled or vowel(said[0]) == vowel(name[0])) and _opens_alike(said, name)
    ]
    best = max(heard, default=(0.0, ""))
    closest = {actor for likeness, actor in heard if likeness == best[0]}
    return best[1] if best[0] >= MIN_LIKENESS and len(closest) == 1 else ""  # "Amerika", not "Marokko"


GLIDES = frozenset("yvwh")  # sounds a script may write before a name's opening vowel ("यूक्रेन", yukren: Ukraine)


def _opens_alike(said: str, name: str) -> bool:
    """A name that opens with a vowel is heard only in a word that opens with a vowel or a glide before one: "कराने"
    (karane, to have done) is no "Ukraine"."""
    return not vowel(name[:1]) or vowel(said[:1]) or said[:1] in GLIDES


def _with_inherent_vowel(word: str, spelled: str) -> tuple[str, ...]:
    """A word as anyascii spells it, and, where it ends in a consonant letter of India's scripts with no vowel sign
    nor virama, with the "a" that letter says: anyascii drops it as Hindi does ("ಅಮೆರಿಕ", amerik), but Kannada,
    Telugu, Malayalam and Odia pronounce it ("amerika": America). A name so heard opens as the word does,
    with a vowel or a consonant ("മരിച്ച", mricca, died, is no "america")."""
    last = unicodedata.name(word[-1:], "") if word else ""
    inherent = " LETTER " in last and last.split(" ")[0] in FINAL_VOWEL_SAID and not vowel(word[-1])
    return (spelled, spelled + "a") if inherent and not spelled.endswith("a") else (spelled,)


# the scripts of India whose consonant letters carry an inherent "a" (Unicode's names of their letters)
BRAHMIC = frozenset({"Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym"})  # ISO 15924
# those whose languages say it at a word's end too: not Hindi's, Nepali's, Marathi's, Bengali's or Gujarati's,
# which drop it ("जमाल", jamal, a given name, is no "jamala", Jamaica), nor Tamil's, which writes a state's name
# with its long final vowel and the adjective with the short one ("அமெரிக்கா", America; "அமெரிக்க", American)
FINAL_VOWEL_SAID = frozenset({"ORIYA", "TELUGU", "KANNADA", "MALAYALAM"})
MALAYALAM_TT = ("റ്റ", "ട്ട")  # Malayalam's doubled alveolar "ṟṟ" says "tt" ("സോവിയറ്റ്": soviet), anyascii's "rr"
ASPIRATED = re.compile(r"(?<=[bcdgjkpt])h|'")  # "jh", "bh" of India's scripts; the nukta's mark, "j'" (ਜ਼: z)


def _spoken_forms(spelled: str) -> tuple[str, ...]:
    """A word as anyascii spells it, and as it sounds: India's scripts write a loan's z with their jha or a ja
    and a nukta ("ઈઝરાયેલ", ijhrayel; "ਇਜ਼ਰਾਈਲ", ij'rail: Israel), so its "j", unaspirated, is also read as "s", as
    `scripts.sound_keys` reads it."""
    plain = ASPIRATED.sub("", spelled)
    return (spelled, plain.replace("j", "s")) if "j" in plain else (spelled,)


@lru_cache(maxsize=1 << 14)
def _heard_before_ending(word: str, glued: int, adjectives: frozenset[str] = frozenset(), two_words: bool = False) -> str:
    """The state a word names as it sounds (`_heard_state`) once a case ending of up to `glued` letters is cut
    where the language glues them to names ("इस्रायल|वर": on Israel; "ब्रिटन|ची": Britain's). The cut falls before
    a letter, so the stem keeps its own vowel signs and an adjective's lone vowel sign ("इस्रायली") is no ending;
    nor is an ending of `adjectives` (`_adjective_endings`: Bengali "আমেরিকা|ন", American)."""
    letters = [k for k, c in enumerate(word) if not unicodedata.category(c).startswith("M")]
    for cut in range(1, min(glued, len(letters) - MIN_SOUNDS) + 1):
        if cut == 1 and _dead_consonant(word[letters[-1] :]):  # "അമേരിക്ക|ന്": American, the adjective
            continue
        if unmarked(word[letters[-cut] :]) in adjectives:
            continue
        heard = _heard_state(word[: letters[-cut]], two_words)
        if heard:
            return heard
    return ""


MIN_HEARD_BODY = 4  # letters of an organisation's one-word name heard in another script ("nato", "nasa")
MIN_BODY_LIKENESS = 85  # "nyato" (ন্যাটো) and "hmas" (હમાસ): 89; "deskh" (ডেস্কঃ, desk) and "daesh": 80


@lru_cache(maxsize=1 << 14)
def _heard_organisation(word: str) -> str:
    """The organisation whose one-word English name or acronym said as a word ("NATO", "NASA", "Hamas") a word of
    a script with no capitals sounds like: the same consonants, two or more, the same first and last sounds and a
    close spelling of four letters or more, as anyascii reads it (with a last consonant's vowel,
    `_with_inherent_vowel`): "ন্যাটো", "നാസ", "હમાસ"; not "जन्म" (jnm, birth) nor "ලබා" (lba): no "JNIM", "ALBA"."""
    if word.isascii() or UNSPELLED.search(word):
        return ""
    spelled = unmarked(anyascii(word))
    heard = {
        actor
        for said in _with_inherent_vowel(word, spelled)
        for name, actor in _spoken_bodies().get(skeleton(said), ())
        if len(said) >= MIN_HEARD_BODY
        and said[-1:] == name[-1:]
        and vowel(said[0]) == vowel(name[0])
        and fuzz.ratio(said, name) >= MIN_BODY_LIKENESS
    }
    return heard.pop() if len(heard) == 1 else ""


@cache
def _spoken_bodies() -> dict[str, tuple[tuple[str, str], ...]]:
    """Consonant skeleton -> (name, actor) of the organisations' one-word English names of four letters or more
    with two consonants or more, in lower case."""
    states = set(state_codes().values())
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for actor, names in names_in("en").items():
        for name in names if actor not in states else ():
            if name.isalpha() and name.isascii() and len(name) >= MIN_HEARD_BODY and len(skeleton(name)) >= 2:
                found[skeleton(name)].add((name.lower(), actor))
    return {key: tuple(sorted(pairs)) for key, pairs in found.items()}


def _dead_consonant(letters: str) -> bool:
    """One consonant letter with a virama, its vowel killed: an adjective's "-n" ("అమెరిక|న్"), no case ending."""
    return len(letters) == 2 and unicodedata.name(letters[1], "").endswith("SIGN VIRAMA")


def _heard_endings(language: str) -> int:
    """Letters of a case ending cut from a word heard as a state's name: where the language's own endings are known
    (`own_glued_endings`), or where its script of India glues them ("ಅಮೆರಿಕ|ದಲ್ಲಿ": in America; "ভারত|ের")."""
    own = own_glued_endings(language)
    return own or (glued_case_endings(language) if script_code(language) in BRAHMIC else 0)


def _transliterated_acronym(names: dict[str, tuple[Name, ...]], word: str) -> str:
    """The actor of a Latin acronym the word writes letter for letter in capitals of another script ("ΝΑΤΟ")."""
    if word.isascii() or not word.isupper() or len(word) < 3:
        return ""
    latin = anyascii(word)
    written = (unmarked(latin),)
    found = (name.actor for name in names.get(written[0][:3], ()) if name.exact == latin or name.words == written)
    return next((actor for actor in found if actor), "")


def _marked_acronyms(registry: Registry, text: str, language: str, taken: Covered) -> list[Match]:
    """The acronyms a script marks before their last letter ("ארה״ב", "האו"ם": the United Nations under the
    article) that spell a name of several words of the knowledge in the language (`_spelled_by`)."""
    marks = script_facts(language).get("acronym_marks")
    if not marks:
        return []
    found = []
    for m in re.finditer(rf"(\w+)[{re.escape(''.join(marks))}](\w)(?!\w)", text):
        if taken(m.start(), m.end()):
            continue
        for offset, letters in readings(m.group(1) + m.group(2), proclitics(language)):
            actor = _spelled_by(language, _without_final_forms(letters))
            if actor in registry.actors and registry.actors[actor].kind != "place":
                found.append(Match(actor, m.start() + _letters_in(m.group(1), offset), m.end()))
                break
    return found


@lru_cache(maxsize=1024)
def _spelled_by(language: str, letters: str) -> str | None:
    """The one actor with a name of several words in the language whose words' openings, in turn, are the
    acronym's letters: "ארהב" opens "ארצות הברית" ("אר", "הב"); a word may drop one proclitic, its article
    ("אום": "או" of "האומות", "מ" of "המאוחדות")."""
    clitics = proclitics(language)
    owners = set()
    for actor, names in base_names(language).items():
        for name in names:
            if not SPACED_WORDS.fullmatch(name):  # "מיאנמר (בורמה)": two names, not one of two words
                continue
            words = [[form for _, form in readings(_without_final_forms(w), clitics)[:2]] for w in name.split()]
            if _spells(letters, words):
                owners.add(actor)
    return owners.pop() if len(owners) == 1 else None


def _spells(letters: str, words: list[list[str]]) -> bool:
    """Whether the letters are, in turn, a non-empty opening of one reading of each word, two words or more."""
    if len(words) < 2:
        return len(words) == 1 and any(len(letters) <= len(form) and form.startswith(letters) and letters for form in words[0])
    return any(
        form[:k] == letters[:k] and _spells(letters[k:], words[1:])
        for form in words[0]
        for k in range(1, min(len(form), len(letters) - 1) + 1)
    )


@cache
def _final_forms() -> dict[str, str]:
    """Letter -> the same letter as written inside a word, for the letters a script writes otherwise at a word's
    end (Unicode names them so: HEBREW LETTER FINAL MEM, GREEK SMALL LETTER FINAL SIGMA)."""
    finals = {}
    for code in range(0x370, 0x800):
        name = unicodedata.name(chr(code), "")
        if " FINAL " in name:
            with suppress(KeyError):
                finals[chr(code)] = unicodedata.lookup(name.replace(" FINAL ", " "))
    return finals


def _without_final_forms(word: str) -> str:
    return "".join(_final_forms().get(c, c) for c in word)


def _capital(registry: Registry, match: Match) -> bool:
    """A built-in capital: with no preposition of place known to tell "in Paris" from "Paris said", the place."""
    actor = registry.actors[match.actor]
    return actor.origin == "base" and actor.kind == "place"


def _opens_longer_name(tokens: list[re.Match[str]], text: str, after: int, name: Name) -> bool:
    """An inflected form of a one-word name before another capitalised word is an adjective opening a longer
    name ("Polski Sejm": the Polish Sejm), not the state."""
    if name.exact is not None or len(name.words) > 1 or after >= len(tokens):
        return False
    word = unmarked(tokens[after - 1].group())
    joined = not text[tokens[after - 1].end() : tokens[after].start()].strip()
    return word != name.words[0] and joined and tokens[after].group()[:1].isupper()


def _best(
    names: dict[str, tuple[Name, ...]],
    tokens: list[re.Match[str]],
    text: str,
    i: int,
    first: tuple[int, str],
    endings: tuple[bool, int, bool],
) -> tuple[Name, int, int, int] | None:
    """The name the words at token i are a form of, its first word read as `first` (where it starts in the token,
    and its form): sharing the longest stems with it; with its number of words, its score and where it starts."""
    offset, form = first
    best, score = None, 0
    for name in names.get(form[:3], ()):  # a language's name (no actor) too: the closest wins
        n = len(name.words)
        if i + n > len(tokens) or not all(
            JOINER.fullmatch(text[tokens[k - 1].end() : tokens[k].start()]) for k in range(i + 1, i + n)
        ):
            continue
        if name.exact is not None:  # an acronym whole, or whole after a prefix glued to its capitals ("weAU")
            written = tokens[i].group()[_letters_in(tokens[i].group(), offset) :]
            glued = offset == 0 or glued_prefix(tokens[i].group()) == len(tokens[i].group()) - len(written)
            total = len(name.exact) + 1 if n == 1 and glued and written == name.exact else 0
        else:
            shortest = MIN_STEM if n == 1 else MIN_STEM - 1
            words = [form, *(unmarked(tokens[i + k].group()) for k in range(1, n))]
            parts = [fits(words[k], name.words[k], shortest, *endings) or _joining(words, name.words, k) for k in range(n)]
            total = sum(parts) if all(parts) else 0
        if total > score:
            best, score = name, total
    return None if best is None else (best, len(best.words), score, offset)


def _joining(words: list[str], name_words: tuple[str, ...], k: int) -> int:
    """1 where the name's word between two others is a short joining word, an article that a case changes with the
    words around it ("Zelanda e Re": "Zelandës së Re"), and the text's is one as short; else 0."""
    inside = 0 < k < len(name_words) - 1
    return int(inside and len(name_words[k]) <= MAX_JOINING and 0 < len(words[k]) <= MAX_JOINING and words[k].isalpha())


MAX_GLUED_PREFIX = 6  # letters of a prefix glued to a name's capital: Zulu "kwase|Russia", Shona "mu|Zimbabwe"
MIN_GLUED_NAME = 2  # letters of the name after it: an acronym ("we|AU") or more


@lru_cache(maxsize=1 << 16)  # called for every word of a text in a language with no data file
def glued_prefix(word: str) -> int:
    """Where a name starts inside a word that glues a lower-case prefix to its capital: a Bantu language's noun-class,
    locative or possessive prefix ("muZimbabwe", "kuChina", "weAfrican", "kwaseRussia", "eMelika") or an honorific
    joined to a name ("VaMnangagwa"); Malagasy's genitive "-d" ("dRajoelina"). 0 for a word with no capital inside,
    a capitalised word whose prefix is a surname's (`data/knowledge/glued_prefixes.yaml`: "McDonald", "DeSantis")
    or in capitals ("UNESCO")."""
    at = next((k for k in range(1, min(len(word), MAX_GLUED_PREFIX + 1)) if word[k].isupper()), 0)
    prefix = word[:at]
    if not at or len(word) - at < MIN_GLUED_NAME or not prefix.isalpha() or not (prefix[1:] or prefix).islower():
        return 0  # "UNESCO", "Zimbabwe"
    # a capitalised word: an honorific before a name ("VaMnangagwa"), not a name before an acronym ("ChatGPT")
    if word[0].isupper() and (word[:at].lower() in _surname_prefixes() or not word[at + 1 : at + 2].islower()):
        return 0
    return at


def unglued(text: str, language: str) -> str:
    """The text with the prefixes glued to names' capitals (`glued_prefix`) masked by a mark that is no letter, so
    that detection reads the name alone ("VaPaul Kagame": Paul Kagame) at the same place; the text itself where its
    script has no capitals."""
    if _writes_no_capitals(language):
        return text
    cuts = []
    for token in TOKEN.finditer(text):
        at = glued_prefix(token.group())
        if at and token.group()[at + 1 : at + 2].islower():  # a name, not an acronym ("weAU")
            cuts.append((token.start(), token.start() + at))
    for start, end in reversed(cuts):
        text = text[:start] + "·" * (end - start) + text[end:]
    return text


@cache
def _surname_prefixes() -> frozenset[str]:
    return frozenset(str(p).lower() for p in (_glued_data().get("surname_prefixes") or []))


@cache
def _glued_data() -> dict[str, Any]:
    return safeyaml.shipped(GLUED_PREFIXES) or {}


def _may_name(word: str, uncased: bool = False) -> bool:
    """A word that may open a name: capitalised, or in a script with no capitals, where any word may; so too in a
    language that writes none though its script has them (Georgian's capitals are for headings)."""
    first = word[:1]
    return first.isupper() or (first.isalpha() and (first.lower() == first.upper() or (uncased and not first.isascii())))


@cache
def _writes_no_capitals(language: str) -> bool:
    """Whether the locale writes none of its names of states with a capital ("საქართველო", "독일")."""
    locale = cldr_locale(language)
    names = [name for name in (locale.territories.values() if locale else ()) if name[:1].isalpha()]
    return bool(names) and not any(name[:1].isupper() for name in names)


def _letters_in(word: str, letters: int) -> int:
    """Where the word's text starts after its first `letters` letters, each with its marks (Hebrew points)."""
    seen = 0
    for position, char in enumerate(word):
        if not unicodedata.combining(char):
            if seen == letters:
                return position
            seen += 1
    return len(word)


def _names(registry: Registry, language: str) -> dict[str, tuple[Name, ...]]:
    """The registry's names in the language, with the initials and English acronyms of the knowledge's, by the
    first three letters of their first word (made once per registry and language)."""
    made = registry._made.setdefault("inflected", {})
    if language not in made:
        entries = [
            # the words as written, not as `Registry.find` folds them: Russian's case endings are no Kazakh's
            # ("Ресей" is no "рес" + "ей"), and an Urdu "ی" stays as the text's words write it
            Name(tuple(unmarked(t) for t in alias.written or alias.tokens), alias.actor, alias.adjective, None)
            for aliases in registry.names_by_spelling(language).values()
            for alias in aliases
        ]
        acronyms = _acronyms(registry, language)
        entries += [Name((unmarked(a),), actor, False, a) for a, actor in acronyms.items()]
        entries += [Name((unmarked(a),), actor, False, None) for a, actor in _acronyms_as_words(registry, acronyms).items()]
        entries += [Name((word,), "", False, None) for word in _language_names(language)]
        if _latin(language):
            entries += [Name(words, actor, False, None) for words, actor in _shared_latin_names(registry).items()]
            entries += [Name((unmarked(n),), actor, False, n) for n, actor in _shared_latin_states(registry).items()]
        entries += _without_article(entries, proclitics(language))
        entries += _after_article(entries, _name_articles(language))
        entries += _mutated(entries, language)
        by_key: dict[str, list[Name]] = defaultdict(list)
        for entry in entries:
            by_key[entry.words[0][:3]].append(entry)
        made[language] = {key: tuple(found) for key, found in by_key.items()}
    return made[language]


SHARED_BY = 3  # of the covered languages in Latin letters: an organisation's international spelling


def _shared_latin_names(registry: Registry) -> dict[tuple[str, ...], str]:
    """Words of a name -> actor: the built-in organisations' names that three or more of the covered languages
    in Latin letters write alike ("Hezbollah", "Hamas"): a spelling a Latin-script language with no file uses
    too, and may inflect ("Hezbollahot")."""
    made = registry._made.setdefault("shared_latin", {})
    if not made:
        counts: Counter[tuple[tuple[str, ...], str]] = Counter()
        for actor in registry.actors.values():
            if actor.origin != "base" or actor.kind in ("state", "place"):
                continue
            for name in {n for latin in latin_languages() for n in actor.aliases.get(latin, ())}:
                words = tuple(unmarked(t.group()) for t in TOKEN.finditer(name))
                counts[(words, actor.id)] += sum(name in actor.aliases.get(latin, ()) for latin in latin_languages())
        owners: dict[tuple[str, ...], set[str]] = defaultdict(set)
        for (words, actor_id), n in counts.items():
            if n >= SHARED_BY and words:
                owners[words].add(actor_id)
        made.update({words: ids.pop() for words, ids in owners.items() if len(ids) == 1})
    return made


def _shared_latin_states(registry: Registry) -> dict[str, str]:
    """One-word names of states that three or more of the covered languages in Latin letters write alike
    ("Israel", "China", "Iran") -> the state: a Latin-script language with no file writes them so too where CLDR
    has another spelling (Swahili "Uchina"); matched as written and whole, never inflected ("François" is no
    "France")."""
    made = registry._made.setdefault("shared_latin_states", {})
    if not made:
        counts: Counter[tuple[str, str]] = Counter()
        for actor in registry.actors.values():
            if actor.origin == "base" and actor.kind == "state":
                for latin in latin_languages():
                    counts.update((name, actor.id) for name in set(actor.aliases.get(latin, ())) if name.isalpha())
        owners: dict[str, set[str]] = defaultdict(set)
        for (name, actor_id), n in counts.items():
            if n >= SHARED_BY:
                owners[name].add(actor_id)
        made.update({name: ids.pop() for name, ids in owners.items() if len(ids) == 1})
    return made


@cache
def _latin(language: str) -> bool:
    """Whether CLDR's likely script of the language is the Latin one."""
    return script_code(language) == "Latn"


def _without_article(names: list[Name], clitics: frozenset[str]) -> list[Name]:
    """A name of several words whose first opens with proclitics, without them: another proclitic takes the
    article's place ("האיחוד האירופי", "באיחוד האירופי": in the European Union)."""
    return [
        Name((rest, *name.words[1:]), name.actor, name.adjective, None)
        for name in names
        if len(name.words) > 1 and name.exact is None
        for offset, rest in readings(name.words[0], clitics)
        if offset
    ]


MIN_ARTICLED = 3  # names of several words a short word opens, to be taken for an article


@cache
def _name_articles(language: str) -> frozenset[str]:
    """Short words (unmarked) that open three names or more of several words in the language and that its relative
    dates write in lower case (dateparser's, CLDR's: Welsh "yr wythnos hon", Irish "an mhí seo"): articles, which a
    text writes in lower case before the name ("yr Eidal" for CLDR's "Yr Eidal") or changes ("ón Éigipt"). Not
    "San", "De" (south) nor "Saint", which no relative date writes."""
    function_words = {w for phrase in datewords.words(language).relative for w in phrase.split() if w.islower()}
    openings = Counter(unmarked(n.split()[0]) for ns in base_names(language).values() for n in ns if " " in n)
    return frozenset(w for w, n in openings.items() if n >= MIN_ARTICLED and len(w) <= MAX_ENDING and w in function_words)


def _after_article(names: list[Name], articles: frozenset[str]) -> list[Name]:
    """A name of several words opening with an article, without it ("Yr Eidal": "Eidal"), as a text writes it after
    its own article in lower case or a preposition that has merged with one ("ón Éigipt": from Egypt)."""
    return [
        Name(name.words[1:], name.actor, name.adjective, None)
        for name in names
        if len(name.words) > 1 and name.words[0] in articles
    ]


def _mutated(names: list[Name], language: str) -> list[Name]:
    """A name with its first word in each initial mutation of the language (`mutations`: "Catar", "Chatar"), a word
    of four letters or more: an acronym's letters take none ("UA", "nUA" would be Irish "Nua", new)."""
    return [
        Name((form, *name.words[1:]), name.actor, name.adjective, None)
        for name in names
        if name.exact is None and name.actor and len(name.words[0]) >= MIN_STEM  # "UA" is no "nUA"
        for form in mutations.forms(name.words[0], language)
    ]


@cache
def _lower_case_adjectives(language: str) -> bool:
    """Whether the locale writes its names of languages, and so its adjectives, in lower case ("magyar", "suomi"):
    a capitalised form of a state's name is then the name, not an adjective ("Görögország|ban"). Not so where
    the script has no capitals: "צרפת|י" is French, "צרפת" France."""
    locale = cldr_locale(language)
    names = [name for name in (locale.languages.values() if locale else ()) if name.isalpha()]
    return sum(name[0].islower() for name in names) > len(names) / 2


def _adjective_ending(word: str, name_word: str, language: str) -> bool:
    """Whether the word is the name's word with the ending that makes a state's name an adjective in the language
    (`_adjective_endings`): Marathi "इस्रायल|ी" is Israeli, not a case of Israel."""
    return word != name_word and word.startswith(name_word) and word[len(name_word) :] in _adjective_endings(language)


@cache
def _adjective_endings(language: str) -> frozenset[str]:
    """The endings CLDR's names of languages add to its names of states in the locale, seen twice or more: an
    adjective's ending ("जपान" Japan, "जपानी" Japanese: "ी"; Korean "독일어", German, the language: "어"), which a
    script that glues case endings to names would otherwise read as a case of the state."""
    locale = cldr_locale(language)
    if not locale:
        return script_adjective_endings(language)
    states = [unmarked(name) for name in locale.territories.values()]
    endings = Counter(
        spoken[len(state) :]
        for spoken in map(unmarked, locale.languages.values())
        for state in states
        if spoken != state and spoken.startswith(state) and len(spoken) - len(state) <= MAX_ADJECTIVE_ENDING
    )
    return frozenset(ending for ending, seen in endings.items() if seen >= 2) | script_adjective_endings(language)


@cache
def _language_names(language: str) -> frozenset[str]:
    """The locale's one-word names of languages where it capitalises them ("Nederlands"), unmarked: a form that is
    one, or closer to one than to a state's name, is the language or its adjective ("het Nederlands elftal"), and
    names no actor. Where they are lower-case ("polski") a capitalised form is no adjective ("historii Polski")."""
    locale = cldr_locale(language)
    names = locale.languages.values() if locale else ()
    return frozenset(unmarked(name) for name in names if name.isalpha() and name[0].isupper())


def _acronyms_as_words(registry: Registry, acronyms: dict[str, str]) -> dict[str, str]:
    """The acronyms the knowledge writes with one capital too in a covered language that writes its acronyms in
    capitals ("Nato" beside "NATO" in English and German), which a language with no file may inflect ("Natos")."""
    return {
        acronym: actor
        for acronym, actor in acronyms.items()
        if any(
            acronym.capitalize() in registry.actors[actor].aliases.get(latin, ())
            for latin in latin_languages()
            if not title_case_acronyms(latin)
        )
    }


def _acronyms(registry: Registry, language: str) -> dict[str, str]:
    """Acronym -> actor: the acronyms the knowledge lists in the covered languages written in Latin letters
    ("NATO", "USA"), and, for an actor it names by an acronym in some language, the initials of as many
    capitalised words of its names in this one ("Organizacja Narodów Zjednoczonych": ONZ, "Statele Unite ale Americii": SUA,
    "Verenigde Staten": VS; without an article: "De Forenede Nationer": FN), written without accents ("Ευρωπαϊκή
    Ένωση": ΕΕ); each only where it is no other actor's and no name of the language's already."""
    owners: dict[str, set[str]] = defaultdict(set)
    written = set()
    articles = frozenset(map(unmarked, _articles(language))) | _name_articles(language)  # "Y Deyrnas Unedig": DU
    for actor_id, names in base_names(language).items():
        actor = registry.actors.get(actor_id)
        if actor is None or actor.origin != "base" or actor.kind == "place":
            continue
        written.update(names)
        lengths = {len(a) for found in actor.aliases.values() for a in found if len(a) >= 2 and a.isalpha() and a.isupper()}
        # a body's English name read in the language gives only the acronyms listed for it ("African Union": AU, not
        # "League of Arab States": LAS)
        english = {actor.name, *actor.aliases.get("en", ())} if actor.kind != "state" and language != "en" else set()
        listed = {a for found in actor.aliases.values() for a in found}
        for name in names:
            for words in _initialled(name, articles, actor.kind == "state"):
                initials = "".join(unmarked(w[0]).upper() for w in words)
                if len(words) >= 2 and len(words) in lengths and (name not in english or initials in listed):
                    owners[initials].add(actor_id)  # "Ηνωμένα Έθνη": ΗΕ
        for latin in latin_languages():
            for alias in actor.aliases.get(latin, ()):
                if len(alias) >= 3 and alias.isalpha() and alias.isupper():
                    owners[alias].add(actor_id)
    return {acronym: ids.pop() for acronym, ids in owners.items() if len(ids) == 1 and acronym not in written}


def _initialled(name: str, articles: frozenset[str], state: bool) -> list[list[str]]:
    """The words of a name whose initials may make its acronym: its capitalised words ("Bangsa-Bangsa": B, B),
    and without an article that opens them; an organisation's, all its words where only the first is capitalised
    ("Yhdistyneet kansakunnat": YK, "Organizace spojených národů": OSN; a state's are not: "Spojené státy")."""
    words = [w for w in re.split(r"[\s-]+", name) if w.isalpha()]
    capitals = [w for w in words if w[:1].isupper()]
    found = [capitals, capitals[1:] if capitals[:1] and unmarked(capitals[0]) in articles else []]
    return [*found, words if len(capitals) == 1 and words[:1] == capitals and not state else []]


@cache
def _articles(language: str) -> frozenset[str]:
    """The short words that open three or more of the knowledge's names of several words in the language:
    articles ("De Forenede Nationer", "Den Europæiske Union"), which an acronym leaves out ("FN")."""
    openings = Counter(name.split()[0] for names in base_names(language).values() for name in names if len(name.split()) > 1)
    return frozenset(w for w, n in openings.items() if n >= 3 and len(w) <= 3 and w.isalpha() and not w.isupper())


ACRONYM = re.compile(r"\b[A-Z](?:[a-z]?[A-Z]){2,5}\b")  # "RIVM", "UOKiK"; not "NOx", "UN"
# acronyms joined by a hyphen or a slash, two capitals or more each: one body's name ("CNDD-FDD", "RCSS/SSA")
JOINED_ACRONYMS = re.compile(r"\b[A-Z](?:[a-z]?[A-Z]){1,5}(?:[-/][A-Z](?:[a-z]?[A-Z]){1,5})+\b(?![-/]?\d)")
DEFINED = re.compile(r"\s*\((?:[^()\n]{0,24}\s)?([A-Z](?:[a-z]?[A-Z]){1,6})\)")  # "(UOKiK)", "(dalej jako: EPA)"
TIME_BEFORE = re.compile(r"\d[:.]\d\d\s*$")
FIGURE_BEFORE, FIGURE_AFTER = re.compile(r"\d[\s-]?$"), re.compile(r"[\s-]?\d")  # "737 MAX 8": a model
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def detect(
    text: str,
    language: str,
    taken: list[tuple[int, int]],
    states: dict[tuple[int, int], str],
    earlier: tuple[Detected, ...] = (),
    written_alone: frozenset[str] = frozenset(),
) -> list[Detected]:
    """`detect.detect` with the generic words, and what a language with no file needs besides: bodies named by
    the acronym the text defines for them or by an acronym alone; where nouns decline, people whose given name
    is inflected and a surname alone in another case than the full name's."""
    defined = _defined_bodies(text, Covered(len(text), taken))
    # read before runs of capitals, which would take a capitalised word before it ("Сайд Б.Очирбат", Minister B.)
    defined += _initialled_surnames(text, language, Covered(len(text), taken + [(d.start, d.end) for d in defined]))
    held = taken + [(d.start, d.end) for d in defined]
    words_in_capitals = _lower_case_words(text)
    # a body its head-word closes ("Oliy Majlis qoʻmitasi") before the run of capitals is read as a person's name
    bodies = _headed_bodies(text, Covered(len(text), held), language)
    bodies += _compound_bodies(text, Covered(len(text), held + [(d.start, d.end) for d in bodies]), language, set(states))
    defined += bodies
    held += [(d.start, d.end) for d in bodies]
    inside = Covered(len(text), [(d.start, d.end) for d in defined])
    found = [
        d
        for d in detect_words(unglued(text, language), language, taken, states, earlier, written_alone)
        if not inside(d.start, d.end) and d.surface.lower() not in words_in_capitals
    ]
    spans = Covered(len(text), held + [(d.start, d.end) for d in found])
    regnal = _regnal_people(text, spans)
    spans = Covered(len(text), held + [(d.start, d.end) for d in found + regnal])
    more = defined + regnal + _acronym_bodies(text, spans, language)
    if _hears_names(language):
        heard = _heard_people(text, spans, language)
        spans = Covered(len(text), held + [(d.start, d.end) for d in found + more + heard])
        more += heard
    if declines(language):
        people = _inflected_people(text, spans)
        spans = Covered(len(text), held + [(d.start, d.end) for d in found + more + people])
        more += people + _surnames_in_other_cases(text, spans, [*earlier, *found, *people])
    spans = Covered(len(text), held + [(d.start, d.end) for d in found + more])
    more += _honoured_people(text, spans, language)
    spans = Covered(len(text), held + [(d.start, d.end) for d in found + more])
    more += _russian_form_people(text, spans, language)
    kept = (d for d in found + more if not _ends_in_weekday(d, language) and not _names_a_day(d, language))
    return sorted(kept, key=lambda d: d.start)


MAX_HONOURED = 3  # words of a name after an honorific glued to it
MAX_HONORIFIC = 2  # letters of an honorific glued to a name (Shona "Va"); a longer prefix is a place's ("KwaZulu")


def _honoured_people(text: str, spans: Covered, language: str) -> list[Detected]:
    """A capitalised prefix glued to a name inside a sentence, where a Bantu language writes its locative and
    possessive prefixes in lower case ("muZimbabwe"): an honorific ("vanoti VaMnangagwa", "musangano, VaPedzisai
    Ruhanya,"), and the name after it, with the capitalised words that follow it, a person's; not a name the registry
    or detection holds ("VaZimbabwe"), nor a month's or weekday's."""
    stop = frozenset(w.lower() for w in (datewords.words(language).full_months | datewords.words(language).weekdays))
    tokens = list(TOKEN.finditer(text))
    found = []
    for k, token in enumerate(tokens):
        word = token.group()
        at = glued_prefix(word)
        before = text[: token.start()].rstrip()
        if not at or at > MAX_HONORIFIC or not word[0].isupper() or not (before[-1:].islower() or before[-1:] == ","):
            continue  # "KwaZulu-Natal": a place's own locative prefix
        end = k + 1
        while end < len(tokens) and end - k < MAX_HONOURED and tokens[end].group()[:1].isupper():
            if text[tokens[end - 1].end() : tokens[end].start()] != " ":
                break
            end += 1
        start, stop_at = token.start() + at, tokens[end - 1].end()
        words = text[start:stop_at].split()
        if spans(start, stop_at) or any(w.lower() in stop for w in words):
            continue
        found.append(Detected(" ".join(words), "person", start, stop_at, text[start:stop_at]))
    return found


NAME_OR_HYPHENED = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


RUSSIAN_FORM = Path(__file__).parent / "data" / "knowledge" / "russian_form_surnames.yaml"
MIN_SURNAME_STEM = 3  # letters before "-ов" in a surname ("Титов", "Попов"); "Ev|i" (a house), "Ки|ев" are none


@cache
def _russian_form(language: str) -> dict[str, Any] | None:
    """What `data/knowledge/russian_form_surnames.yaml` states of a language that writes surnames of the Russian
    form (its case endings, genitive endings and words for places), with its script's endings; None elsewhere."""
    data = safeyaml.shipped(RUSSIAN_FORM) or {}
    own = (data.get("languages") or {}).get(language.split("-")[0].split("_")[0].lower())
    table = data.get("endings") or {}
    endings = table.get(script_code(language))
    if own is None or not endings:
        return None
    # a language the file writes in two scripts (Uzbek: "komissiya", "комиссия") takes both scripts' endings: a
    # surname of the other script is one too ("Президент Мирзиёев комиссияси")
    written = {_letters_script(str(w)) for key_ in ("case", "bodies", "titles") for w in own.get(key_) or ()}
    endings = [*endings, *(e for script in sorted(written - {script_code(language), None}) for e in table.get(script, ()))]
    return {
        "endings": tuple(endings),
        "case": ("", *(own.get("case") or ())),
        "genitive": tuple(own.get("genitive") or ()),
        "places": tuple(own.get("places") or ()),
        "bodies": tuple(own.get("bodies") or ()),
        "possessive": tuple(own.get("possessive") or ()),
        "titles": tuple(str(t).lower() for t in own.get("titles") or ()),
        "openers": frozenset(w for o in own.get("openers") or () for w in str(o).lower().split()[:1]),
        "after_possessive": tuple(own.get("after_possessive") or ()),
        "adjectives": tuple(own.get("adjectives") or ()),
        "not_inside": frozenset(str(w).lower() for w in own.get("not_inside") or ()),
        "kinship": tuple(str(w).lower() for w in own.get("kinship") or ()),
        "locative": tuple(own.get("locative") or ()),
    }


def _letters_script(word: str) -> str | None:
    """The ISO 15924 code of a word's first letter, of the two scripts `russian_form_surnames.yaml` writes."""
    letter = next((c for c in word if c.isalpha()), "")
    name = unicodedata.name(letter, "") if letter else ""
    return "Cyrl" if name.startswith("CYRILLIC") else "Latn" if name.startswith("LATIN") else None


def _russian_form_surname(word: str, facts: dict[str, Any]) -> bool:
    """A surname of the Russian form, alone or with one of the language's case endings ("Жумабеков|дун"), of
    `MIN_SURNAME_STEM` letters at least before its ending."""
    lower = word.lower()
    return any(
        lower.endswith(case)
        and lower[: len(lower) - len(case)].endswith(e)
        and len(lower) - len(case) - len(e) >= MIN_SURNAME_STEM
        for case in facts["case"]
        for e in facts["endings"]
    )


def _cased_city(word: str, facts: dict[str, Any], language: str) -> bool:
    """A city's name in the language, alone or with one of its case endings ("Kiyev|də": in Kyiv): no surname, though
    its stem is long enough in Latin letters ("Kiy|ev")."""
    lower = word.lower()
    cities = {c.lower() for c in city_names(language)}
    return lower in cities or any(
        lower.endswith(case) and lower[: len(lower) - len(case)] in cities for case in facts["case"] if case
    )


def _russian_form_people(text: str, spans: Covered, language: str) -> list[Detected]:
    """Two capitalised words inside a sentence, the second a surname of the Russian form (`_russian_form`:
    "полковник Уларбек Шаршеев", "Baxtiyor Saidov"), perhaps with a case ending of the language glued to it
    ("Миңнеханов|ның"): a person, whose given name no list need hold; only in the languages of the former Soviet
    Union that name their people so. Not a pair that opens a sentence (its first word may be any word), nor one in
    capitals, nor one naming a month or weekday, nor one whose first word is in the genitive (a place's: "Казан|ның
    Киров районы"), nor one beside a word for a district, street or airport (a place named after a person)."""
    facts = _russian_form(language)
    if facts is None:
        return []
    stop = _date_names(language)
    words = list(NAME_OR_HYPHENED.finditer(text))
    found: list[Detected] = []
    for k, (a, b) in enumerate(pairwise(words)):
        first, second = a.group(), b.group()
        if text[a.end() : b.start()] != " " or not (first[1:2].islower() and second[1:].islower()):
            continue
        if not (first[:1].isupper() and second[:1].isupper()) or len(first) <= MIN_DAY_WORD:
            continue
        if not _russian_form_surname(second, facts) or _genitive_place(first, facts) or _cased_city(second, facts, language):
            continue
        before, after = (words[k - 1] if k else None), (words[k + 2] if k + 2 < len(words) else None)
        if any(w and w.group().lower().startswith(place) for w in (before, after) for place in facts["places"]):
            continue  # "Мүсірепов ауданы", "ноҳияи Бобоҷон Ғафуров": a place named after a person
        if spans(a.start(), b.end()) or _opens_sentence(text, a.start()) or (found and found[-1].end > a.start()):
            continue
        if any(_date_word(unmarked(w), stop) for w in (first, second)):
            continue
        found.append(Detected(text[a.start() : b.end()], "person", a.start(), b.end(), text[a.start() : b.end()]))
    return found


# one capital and a full stop glued to a capitalised word: a given name's initial before a surname, as the press of
# Mongolia, Central Asia and the Caucasus writes people ("Г.Занданшатар", "У.Хүрэлсүхийн", "W.Putin")
# ("M.Orazowa." ends a sentence with its full stop; "U.S.A." needs no guard, a surname has three letters)
INITIAL_SURNAME = re.compile(r"(?<![\w.])([^\W\d_])\.([^\W\d_][^\W\d_]{2,}(?:-[^\W\d_]+)?)(?![\w-])(?!\.\w)")


def _initialled_surnames(text: str, language: str, spans: Covered) -> list[Detected]:
    """A given name's initial glued by its full stop to a capitalised surname, in any case ("Г.Занданшатар",
    "Ш.Цэрэндуламтай", "G.Berdimuhamedowyň"): a person, in any cased script; not where the surname is in capitals
    or the initial part of an abbreviation ("U.S.A."), nor inside a name already read; not a word of a state's name
    CLDR gives in the language or in English, a headline's "N.Korea", "S.Africa"; nor the items of a list the text
    marks A., B., … ("Sehemu A.Uchumi na sehemu B.Elimu"). Two initials before one surname in one paragraph are two
    people (a father and his son, "S.Berdimuhamedow", "G.Berdimuhamedow"), each keyed apart."""
    people = []
    found = [m for m in INITIAL_SURNAME.finditer(text) if m.group(1).isupper()]
    listed = _listed_initials({m.group(1) for m in found})
    for m in found:
        initial, surname = m.group(1), m.group(2)
        parts = surname.split("-")  # "Оюун-Эрдэнийн": each part of a double surname capitalised
        if not all(p[:1].isupper() and p[1:].islower() for p in parts) or initial in listed:
            continue
        if spans(m.start(), m.end()) or surname.lower() in _words_of_state_names(language):
            continue
        # keyed by the surname: the full name the source gives with it ("Риши Сунак" … "Р.Сунак"), in any case;
        # by the initial and surname as one word where another initial stands before the same surname here, since
        # a name's key drops a letter alone
        shared = any(o.group(2) == surname and o.group(1) != initial for o in found)
        # as where the full name the text gives with the surname opens with a listed given name of another letter
        # ("Serdar Berdimuhamedow" … "G.Berdimuhamedow": another person)
        shared = shared or any(g[:1].upper() != initial.upper() for g in _given_before(text, surname))
        key = initial + surname if shared else surname
        people.append(Detected(anyascii(m.group()), "person", m.start(), m.end(), m.group(), key=key))
    return people


def _given_before(text: str, surname: str) -> list[str]:
    """The given names the lists know written right before `surname` in the text ("Serdar Berdimuhamedow")."""
    before = re.compile(rf"(?<![\w.'’-])([^\W\d_][\w'’-]*)[ \u00a0]{re.escape(surname)}(?![\w-])")
    return [m.group(1) for m in before.finditer(text) if m.group(1)[:1].isupper() and _given_name(m.group(1))]


WORD_WITH_APOSTROPHE = re.compile(r"[^\W\d_][\w'’ʻ-]*")  # Uzbek's letters "oʻ", "g'" hold an apostrophe


MAX_LOWER_INSIDE = 3  # lower-case words between a body's capitalised words and its head ("Tashqi ishlar vazirligi")
MAX_NAME_WORDS = 8  # words a body's name holds before its head-word at most: a walk back through a text stops there


def _headed_bodies(text: str, spans: Covered, language: str) -> list[Detected]:
    """Capitalised words right before one of the language's words for a kind of body (`bodies` of
    `data/knowledge/russian_form_surnames.yaml`) with its possessive or case ending ("Markaziy Saylov komissiyasi",
    "Oliy Majlis qoʻmitasi"): that body, head-word and all, and no person, though a word may end as a surname does
    ("Saylov", election). Words another name holds (a state's: "Oʻzbekiston") stay that name's. Such a name may
    capitalise its first word only ("Tashqi ishlar vazirligi", "Сырдария аудандық сотының"), and a capitalised
    head-word follows capitalised words ("Təhlükəsizlik Şurası")."""
    facts = _russian_form(language)
    heads = tuple(h.lower() for h in facts["bodies"]) if facts else ()
    if not facts or not heads:
        return []
    words = list(WORD_WITH_APOSTROPHE.finditer(text))
    found: list[Detected] = []
    for k, head in enumerate(words):
        # with an ending: a head-word closes its complement's name with the possessive ("komissiya|si"); bare, it
        # is a complement itself ("komissiya aʼzolari", the commission's members)
        end = _possessive_end(head.group(), heads, facts) if k and _head_case(words, k, text) else 0
        if not end:
            continue
        first, last = _name_run(text, words, k, spans, language, facts)
        # "Suv Kengashi qoʻmitasi": the head-word "Kengashi" inside a longer name, which replaces its
        inner = bool(found) and first < k and found[-1].start >= words[first].start()
        overlaps = bool(found) and not inner and found[-1].end > words[first].start()
        if first == k or spans(words[first].start(), head.end()) or overlaps:
            continue
        if _persons_words(words[first : last + 1], facts) or _titled_surname(text, words[first : last + 1], facts):
            continue  # "Shavkat Mirziyoyevning partiyasi": the person's party, the person's name read as such
        if last < k - 1 and _russian_form_surname(words[last].group(), facts):
            continue  # "Ахметов аудандық сотының шешімі": the person, subject of the sentence, and the court
        if first == last and _opens_sentence(text, words[first].start()) and not _relational(words[first].group(), facts):
            continue  # "Анын кызматы", his work: any word opens a sentence with a capital
        # named without the case ending, mentioned with it ("Басман аудандық соты", read in "… сотының")
        name, surface = text[words[first].start() : head.start() + end], text[words[first].start() : head.end()]
        found = found[:-1] if inner else found
        found.append(Detected(name, "organisation", words[first].start(), head.end(), surface))
    return found


def names_close_with_head(language: str) -> bool:
    """Whether the language closes a body's name with its head-word and the possessive ending (`_headed_bodies`):
    a state right after such a name is no part of it ("Москванинг Басманний суди Тожикистоннинг …": the court, then
    Tajikistan's citizens)."""
    facts = _russian_form(language)
    return bool(facts and facts["bodies"])


def _head_case(words: list[re.Match[str]], k: int, text: str) -> bool:
    """A head-word is written in lower case inside a name, or capitalised right after the name's capitalised words
    ("Rusiya Təhlükəsizlik Şurası"); a capitalised one opening a sentence or a run is a common noun's."""
    word = words[k].group()
    if word.islower():
        return True
    before = words[k - 1].group()
    return word[:1].isupper() and before[:1].isupper() and text[words[k - 1].end() : words[k].start()] == " "


def _name_run(
    text: str, words: list[re.Match[str]], k: int, spans: Covered, language: str, facts: dict[str, Any]
) -> tuple[int, int]:
    """The first and last capitalised words of the name the head-word `words[k]` closes: capitalised words, then up
    to `MAX_LOWER_INSIDE` lower-case ones right before the head-word; (k, k) when none."""
    first = last = k
    lower = 0
    at = k
    while at > max(0, k - MAX_NAME_WORDS) and text[words[at - 1].end() : words[at].start()] == " ":
        word = words[at - 1]
        written = word.group()
        if spans(word.start(), word.end()) or _time_word(written, language) or written.lower() in facts["openers"]:
            break  # "Kecha Suv Xoʻjaligi vazirligi", "Shuningdek Saylov komissiyasi": no part of the name
        if _outside_names(written, facts, words[at].group()):
            break  # "Ерлан өз қызметі" (his own work), "Мен Астана қаласында": no part of a body's name
        if written[:1].isupper():
            first, last = at - 1, last if first < k else at - 1
        elif first < k or not written.islower() or lower == MAX_LOWER_INSIDE:
            break
        else:
            lower += 1
        at -= 1
    return first, last


def _outside_names(word: str, facts: dict[str, Any], after: str = "") -> bool:
    """A word no body's name holds before its head-word: "own", a pronoun or a title after a given name
    (`not_inside`: "өз", "Мен", "xanım"), a kinship noun with its possessive ending (`kinship`: "апа|сы|нын") or a
    word in the locative (`locative`: "қаласында", "Toshkentda": where, not whose)."""
    lower = _turkic_lower(word)
    if lower in facts["not_inside"] or _possessive_end(word, facts["kinship"], facts):
        return True
    if word[:1].isupper() and _relational(after, facts):
        return False  # a place's name that ends as a locative does, before its relational adjective ("Қызылорда облыстық")
    return any(lower.endswith(e) and len(lower) - len(e) >= MIN_SURNAME_STEM + 1 for e in facts["locative"])


def _relational(word: str, facts: dict[str, Any]) -> bool:
    """A relational adjective of the language (`adjectives`: "Облыстық", regional), which opens a body's name."""
    return word.lower().endswith(facts["adjectives"]) if facts["adjectives"] else False


COMPOUND_HEADS = Path(__file__).parent / "data" / "knowledge" / "compound_heads.yaml"


def _compound_heads(language: str) -> dict[str, Any] | None:
    """What `data/knowledge/compound_heads.yaml` states of a language that glues a body's head-word into a compound
    ("Járásbíróság"); None elsewhere."""
    own = ((safeyaml.shipped(COMPOUND_HEADS) or {}).get("languages") or {}).get(language.split("-")[0].lower())
    if not own:
        return None
    keys = ("heads", "endings", "and", "openers", "leading", "words", "openings", "adjectives")
    return {key: tuple(str(w) for w in own.get(key) or ()) for key in keys}


def _compound_head_end(word: str, facts: dict[str, Any]) -> int:
    """Where a capitalised word ending in a head-word, perhaps with a case ending after it ("Járásbíróság|nak"),
    stops being the name; 0 for any other word."""
    if not word[:1].isupper() or word.isupper():
        return 0
    lower = word.lower()
    for ending in sorted(("", *facts["endings"]), key=len, reverse=True):
        stem = lower[: len(lower) - len(ending)] if ending and lower.endswith(ending) else lower if not ending else ""
        if stem and stem.endswith(facts["heads"]):
            return len(stem)
    return 0


def _leading_head(word: str, facts: dict[str, Any]) -> bool:
    """A capitalised head-word that opens a body's name, with its article glued after it (`leading`, `endings`:
    Romanian "Tribunal|ului", "Primări|ei")."""
    lower = word.lower()
    return (
        word[:1].isupper()
        and not word.isupper()
        and any(lower.startswith(h) and lower[len(h) :] in facts["endings"] for h in facts["leading"])
    )


def _leading_head_bodies(text: str, words: list[re.Match[str]], spans: Covered, facts: dict[str, Any]) -> list[Detected]:
    """Bodies whose name opens with a head-word and goes on with capitalised words (Romanian "Tribunalului Mureș",
    "Primăriei Ungheni"), the run as written; a head-word with no capitalised word after it is a common noun."""
    found: list[Detected] = []
    for k, head in enumerate(words):
        if not _leading_head(head.group(), facts) or spans(head.start(), head.end()):
            continue
        last = k
        while last + 1 < len(words) and text[words[last].end() : words[last + 1].start()] == " ":
            nxt = words[last + 1]
            if not nxt.group()[:1].isupper() or nxt.group().isupper() or spans(nxt.start(), nxt.end()):
                break
            last += 1
        if last == k or (found and found[-1].end > head.start()):
            continue
        surface = text[head.start() : words[last].end()]
        found.append(Detected(surface, "organisation", head.start(), words[last].end(), surface))
    return found


MAX_LOWER_BEFORE_HEAD = 2  # lower-case words between a body's capitalised words and its head ("České národní banky")
MAX_CAPITALISED = 3  # capitalised words opening such a name ("Vytauto Didžiojo universiteto")
MAX_PREPOSITION = 3  # letters of a lower-case word read as a preposition before a place ("v", "na", "pod")


def _word_head_bodies(
    text: str, words: list[re.Match[str]], spans: Covered, facts: dict[str, Any], states: set[tuple[int, int]]
) -> list[Detected]:
    """Bodies whose name capitalises its first words only and closes with a head-word of its own (`words`: Czech
    "České národní banky", Latvian "Zemgales rajona tiesas"), in any case: the capitalised words inside a sentence,
    perhaps lower-case words, then the head-word; named and mentioned as written. A state's adjective may open the
    name ("České", "Izraelska vojska"): the state names the body there. The first capitalised word ends as an
    adjective or a genitive does (`openings`), and none is a given name: "řekl Babiš policii" (Babiš told the police)
    is a person, then the police."""
    if not facts["words"]:
        return []
    found: list[Detected] = []
    for k, head in enumerate(words):
        written = head.group()
        if not k or not written.islower() or not any(fits(written, h, MIN_STEM - 1) for h in facts["words"]):
            continue
        first = _capitalised_before(text, words, k, spans, states)
        if first is None or (found and found[-1].end > words[first].start()):
            continue
        opening = words[first].group().lower()
        if not opening.endswith(facts["openings"]) or any(_common_given(w.group()) for w in words[first:k]):
            continue
        previous = words[first - 1] if first else None
        opener = previous is not None and previous.group()[:1].isupper() and _opens_sentence(text, previous.start())
        if not _names_a_body(words[first:k], facts, states, opener):
            continue
        surface = text[words[first].start() : head.end()]
        found.append(Detected(surface, "organisation", words[first].start(), head.end(), surface))
    return found


def _names_a_body(run: list[re.Match[str]], facts: dict[str, Any], states: set[tuple[int, int]], opener: bool) -> bool:
    """The words before the head-word name a body rather than a person or a place in the genitive: no conjunction or
    preposition among the lower-case words ("Novákovi auto a policie"), and a lone capitalised word right before
    the head-word is a state's, a head-word's ("Savivaldybės taryba") or an adjective (`adjectives`: "Mestna
    policija"), not after a sentence's first word ("Według Tuska policja", by Tusk the police; "Mieszkańcy Warszawy
    policji"; "Srbije veće", bigger than Serbia's)."""
    lower = [w for w in run if w.group().islower()]
    if any(len(w.group()) <= MAX_PREPOSITION for w in lower):
        return False
    if lower or len(run) > 1:
        return True
    opening = run[0]
    if (opening.start(), opening.end()) in states:
        return True
    written = opening.group().lower()
    if any(fits(written, h, MIN_STEM - 1) for h in facts["words"]):
        return True  # a body's own head-word, capitalised as a name ("Savivaldybės taryba", the Municipality's council)
    return written.endswith(facts["adjectives"]) and not opener


def _common_given(word: str) -> bool:
    """A frequent given name (`common_given_names`): the long list also holds places' and common words' forms
    ("Kauno", of Kaunas)."""
    return word[:1].isupper() and anyascii(word).lower() in common_given_names()


def _capitalised_before(
    text: str, words: list[re.Match[str]], k: int, spans: Covered, states: set[tuple[int, int]]
) -> int | None:
    """The first of the capitalised words inside a sentence that open the name the head-word `words[k]` closes
    (after up to `MAX_LOWER_BEFORE_HEAD` lower-case words); None where there are none, where another name holds one,
    or where a preposition stands before them ("v Brně policie": in Brno, the police)."""
    at, lower, capitals = k, 0, 0
    while at > 0 and text[words[at - 1].end() : words[at].start()] == " ":
        word = words[at - 1].group()
        state = (words[at - 1].start(), words[at - 1].end()) in states and word[:1].isupper()
        if (spans(words[at - 1].start(), words[at - 1].end()) and not state) or word.isupper():
            return None  # a known name other than a state's, an acronym: their own names
        if word[:1].isupper() and capitals < MAX_CAPITALISED:
            capitals += 1
            if state:  # the state's adjective opens the name ("České národní banky")
                at -= 1
                break
        elif capitals or not word.islower() or lower == MAX_LOWER_BEFORE_HEAD:
            break
        else:
            lower += 1
        at -= 1
    if not capitals:
        return None
    first = k - lower - capitals
    while first < k - lower and (_opens_sentence(text, words[first].start()) or _after_time(text, words[first].start())):
        first += 1  # any word opens a sentence with a capital ("21:40 Podľa agentúry"): the name opens after it
    if first == k - lower:
        return None
    before = words[first - 1].group() if first else ""
    joined = first and text[words[first - 1].end() : words[first].start()] == " "
    if joined and before.islower() and len(before) <= MAX_PREPOSITION:
        return None
    return first


def _after_time(text: str, start: int) -> bool:
    """The word at `start` follows a time of day, as a live report's entry opens ("21:40 Podľa agentúry …")."""
    return bool(TIME_BEFORE.search(text[max(0, start - 8) : start]))


def _compound_bodies(text: str, spans: Covered, language: str, states: set[tuple[int, int]] | None = None) -> list[Detected]:
    """Bodies whose name closes with a head-word glued into a compound (`_compound_heads`: Hungarian "Szolnoki
    Járásbíróság", "Szolnoki Járásbíróságon", at the district court): the capitalised words before the head-word
    (joined by "and": "Közigazgatási és Munkaügyi Bíróság") and the head-word, without its case ending."""
    facts = _compound_heads(language)
    if facts is None:
        return []
    words = list(WORD_WITH_APOSTROPHE.finditer(text))
    found = _leading_head_bodies(text, words, spans, facts) + _word_head_bodies(text, words, spans, facts, states or set())
    for k, head in enumerate(words):
        end = _compound_head_end(head.group(), facts)
        if not end or spans(head.start(), head.end()):
            continue
        first = k
        while first > 0 and text[words[first - 1].end() : words[first].start()] == " ":
            before = words[first - 1].group()
            joined = before in facts["and"] and first > 1 and words[first - 2].group()[:1].isupper()
            if not (before[:1].isupper() or joined) or spans(words[first - 1].start(), words[first - 1].end()):
                break
            first -= 1
        if first < k and words[first].group().lower() in facts["openers"] and _opens_sentence(text, words[first].start()):
            first += 1  # "A Szolnoki Járásbíróság": the article opening the sentence is no part of the name
        if first == k and _opens_sentence(text, head.start()):
            continue  # a common noun opening a sentence is capitalised too
        start = words[first].start()
        if found and found[-1].end > start:
            continue
        surface = text[start : head.start() + end]
        found.append(Detected(surface, "organisation", start, head.start() + end, surface))
    return found


def _turkic_lower(word: str) -> str:
    """A word in lower case, Turkic "İ" as "i" ("İdarəsi"): Python lowers it to "i" and a combining dot."""
    return word.replace("İ", "i").lower()


def _possessive_end(word: str, heads: tuple[str, ...], facts: dict[str, Any]) -> int:
    """Where a head-word with its possessive ending (`possessive`) ends in `word`, past which only a case ending may
    follow ("kengash|i|ga": the council's name, in the dative); 0 for any other word ("кеңесші|сі", an adviser;
    "partiya|nın", of the party)."""
    lower = _turkic_lower(word)
    for h in heads:
        rest = lower[len(h) :] if lower.startswith(h) else None
        for p in facts["possessive"] if rest else ():
            if rest.startswith(p) and (rest[len(p) :] in facts["case"] or rest[len(p) :] in facts["after_possessive"]):
                return len(h) + len(p)
    return 0


def _persons_words(words: list[re.Match[str]], facts: dict[str, Any]) -> bool:
    """Capitalised words before a head-word that are a person's: a common given name, then a surname of the Russian
    form ("Shavkat Mirziyoyev komissiyasi"; not "Markaziy Saylov komissiyasi", whose "Saylov", election, only ends as
    a surname does), or the last word in the genitive ("Mirziyoyev|ning partiyasi", his party)."""
    last = words[-1].group().lower()
    genitive = any(last.endswith(g) and len(last) - len(g) >= MIN_SURNAME_STEM for g in facts["genitive"])
    pairs = pairwise(words)
    return genitive or any(
        anyascii(a.group().lower()) in common_given_names() and _russian_form_surname(b.group(), facts) for a, b in pairs
    )


def _titled_surname(text: str, words: list[re.Match[str]], facts: dict[str, Any]) -> bool:
    """A title of the language (`titles`: "Prezident", "Bosh vazir") right before a surname of the Russian form among
    the capitalised words before a head-word ("Prezident Mirziyoyev komissiyasi", "Bosh vazir Aripov komissiyasi"):
    the person's commission, no body made of the title and the surname."""
    for word in words:
        before = " ".join(text[max(0, word.start() - 40) : word.start()].lower().split())
        if _russian_form_surname(word.group(), facts) and any(
            before.endswith(t) and (len(before) == len(t) or not before[-len(t) - 1].isalnum()) for t in facts["titles"]
        ):
            return True
    return False


def _time_word(word: str, language: str) -> bool:
    """A word of the language's relative dates ("kecha", yesterday; dateparser's), or its month's or weekday's name."""
    return word.lower() in _time_words(language)


@cache
def _time_words(language: str) -> frozenset[str]:
    """The language's relative date words and month and weekday names, in small letters: made once per language."""
    found = datewords.words(language)
    return frozenset(w.lower() for w in (*found.relative, *found.months, *found.weekdays))


def _listed_initials(initials: set[str]) -> set[str]:
    """The capitals a text's list marks its items by, "A." then "B." and on ("A.Uchumi", "B.Elimu"): from A, each
    letter of the Latin alphabet the text also glues to a word, two at least; else none."""
    run = list(takewhile(lambda c: c in initials, "ABCDEFGHIJ"))
    return set(run) if len(run) >= 2 else set()


@cache
def _words_of_state_names(language: str) -> frozenset[str]:
    """The words of CLDR's names of states and territories and of the data's bodies, in the language and in English,
    in small letters ("korea", "africa"): a headline's "N.Korea" names a state, not a person."""
    names = [name for lang in (language, "en") for names in names_in(lang).values() for name in names]
    return frozenset(word.lower() for name in names for word in name.split() if len(word) > 2)


def _genitive_place(word: str, facts: dict[str, Any]) -> bool:
    """A word in the language's genitive ("Казан|ның", "Бишкек|тин"), no common given name: no given name."""
    lower = word.lower()
    ends = any(lower.endswith(g) and len(lower) - len(g) >= MIN_SURNAME_STEM for g in facts["genitive"])
    return ends and anyascii(lower) not in common_given_names()


def _date_word(word: str, names: tuple[str, ...]) -> bool:
    """A month's or weekday's name, or one with a short ending ("Жума", "Жумада"; not "Жумабеков", a surname)."""
    return any(word.startswith(name) and len(word) - len(name) <= MAX_ENDING for name in names)


def _opens_sentence(text: str, start: int) -> bool:
    """The word at `start` opens a sentence, a line or a quotation, where any word is capitalised."""
    last = text[:start].rstrip(' \u00a0«„"“(').rstrip('»”"’)')[-1:]  # a sentence may end inside a quote: "?»"
    return not last or last in ".!?…:–—-\n"


def _names_a_day(found: Detected, language: str) -> bool:
    """A name of two words or more opening with the language's word for "day" (CLDR's unit, "Día da Patria Galega",
    "Dia de Sant Jordi"): a feast or a commemoration, neither person nor body; not where that word is also a common
    given name ("Hari", "Dan")."""
    first = found.surface.split(" ", 1)[0].lower()
    return " " in found.surface and first in _day_words(language) and anyascii(first) not in common_given_names()


@cache
def _day_words(language: str) -> frozenset[str]:
    """CLDR's words for one day and for days in the language (its unit's names and the words of its counts)."""
    own = cldr_own_data(language.split("-")[0].split("_")[0].lower())
    counted = {w for ws in datewords._unit_counts(own, "duration-day").values() for w in ws}
    named = ((own.get("unit_display_names") or {}).get("duration-day") or {}).values()
    return frozenset(str(w).lower() for w in (*counted, *named) if str(w).isalpha() and len(str(w)) >= MIN_DAY_WORD)


def _ends_in_weekday(found: Detected, language: str) -> bool:
    """A "person" whose last word is a weekday's name with an article of up to three letters, where the language
    glues one to it (`scripts.glued_articles`) ("Paris Sabtidii": in Paris on Saturday): a date beside a name, no surname."""
    last = unmarked(found.surface.rpartition(" ")[2])
    if found.kind != "person" or " " not in found.surface or not glued_articles(language):
        return False  # elsewhere a weekday may be a surname ("Jan Sobota")
    return any(last.startswith(day) and 0 < len(last) - len(day) <= MAX_ENDING for day in _weekday_words(language))


def _opens_with_date_name(word: str, language: str) -> bool:
    """Whether a word is a month's or a weekday's name of the language (`datewords.words`), of four letters or more,
    or one with an ending glued to it."""
    lower = word.lower()
    return any(lower.startswith(name) for name in _date_names(language))


@cache
def _date_names(language: str) -> tuple[str, ...]:
    found = datewords.words(language)
    # and the months of the calendar the language's country keeps beside it: Nepali "चैत्र" (caitr) is no Qatar
    own = own_calendar_months(language)
    kept = [n for table in ("bikram_months", "persian_months") for ns in (own.get(table) or {}).values() for n in ns]
    return tuple(sorted(n.lower() for n in (*found.months, *found.weekdays, *kept) if len(n) >= MIN_STEM))


@cache
def _weekday_words(language: str) -> tuple[str, ...]:
    """The language's weekday names and their forms (`datewords.words`), of four letters or more."""
    return tuple(sorted(unmarked(w) for w in datewords.words(language).weekdays if len(w) >= MIN_STEM))


def _surnames_in_other_cases(text: str, spans: Covered, people: list[Detected]) -> list[Detected]:
    """A capitalised word alone that is a person's surname in another case ("Kaczyński" after "Lecha
    Kaczyńskiego", "Stoltenberga" after "Jens Stoltenberg"): the two share a stem of five letters or more and
    differ by case endings opening with a vowel."""
    surnames = {unmarked(d.surface.split()[-1]): d for d in people if d.kind == "person" and " " in d.surface}
    found = []
    for m in NAME_WORD.finditer(text):
        word = m.group()
        if not word[:1].isupper() or word.isupper() or spans(m.start(), m.end()):
            continue
        person = next((d for surname, d in surnames.items() if _same_stem(unmarked(word), surname)), None)
        if person is not None:
            found.append(Detected(person.name, "person", m.start(), m.end(), word, key=person.key))
    return found


def _same_stem(a: str, b: str) -> bool:
    shared = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    rests = (a[shared:], b[shared:])
    return shared >= MIN_STEM + 1 and a != b and all(len(r) <= MAX_ENDING and (not r or r[0] in VOWELS) for r in rests)


def _defined_bodies(text: str, spans: Covered) -> list[Detected]:
    """A body's name of capitalised words and the acronym the text defines for it in parentheses, whose letters
    are the words' initials ("Urząd Ochrony Konkurencji i Konsumentów (UOKiK)"): one body, named both ways."""
    bodies = []
    for m in DEFINED.finditer(text):
        acronym = m.group(1)
        words = list(NAME_WORD.finditer(text, max(0, m.start() - 120), m.start()))
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            if not run[0].group()[:1].isupper() or text[run[-1].end() : m.start()].strip():
                continue
            if "".join(w.group()[0] for w in run).upper() == acronym.upper() and not spans(run[0].start(), m.start()):
                name = text[run[0].start() : run[-1].end()]
                start = m.start(1)
                bodies += [
                    Detected(name, "organisation", run[0].start(), run[-1].end(), name, acronym),
                    Detected(name, "organisation", start, start + len(acronym), acronym, acronym),
                ]
                break
    return bodies


@cache
def _currencies() -> frozenset[str]:
    return frozenset(list_currencies())


ROMAN_NUMBER = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")  # 1 to 39 in Roman numerals, which no body's acronym spells
REGNAL = re.compile(rf"(?<!\w)([^\W\d_]{{3,}}) ({ROMAN_NUMBER.pattern})(?!\w)")  # "Benedikto XVI", "Elísabet II"
GIVEN_OPENING = 5  # letters of a given name an inflected one keeps ("Benedikto": Benedikt; "Pauliaus": Paulius)


def _regnal_people(text: str, spans: Covered) -> list[Detected]:
    """A capitalised word opening as a given name of the list does, and a Roman number of two letters or more after
    it: a monarch or a pope, a person ("Benedikto XVI", "Elísabet II"); not "Летнія XXXIII" (the 33rd Summer
    Games) nor a chapter's number after a noun."""
    people = []
    for m in REGNAL.finditer(text):
        word, number = m.group(1), m.group(2)
        if len(number) >= 2 and word[:1].isupper() and not spans(m.start(), m.end()) and _opens_given_name(word):
            people.append(Detected(m.group(), "person", m.start(), m.end(), m.group()))
    return people


@cache
def _given_openings() -> frozenset[str]:
    return frozenset(name[:GIVEN_OPENING] for name in given_names() if len(name) >= GIVEN_OPENING - 1)


def _opens_given_name(word: str) -> bool:
    """Whether the word's first letters (unmarked) are a given name's of the list (`knowledge.given_names`)."""
    return unmarked(word)[:GIVEN_OPENING] in _given_openings()


def _acronym_bodies(text: str, spans: Covered, language: str) -> list[Detected]:
    """An acronym of three capitals or more that is no currency ("EUR") and no word of a line in capitals: a body
    ("van de SHO", "RIVM-directeur"), as are acronyms of two capitals or more joined by a hyphen or a slash, whose
    parts stand beside each other in capitals as one name ("umugambwe CNDD-FDD", "(RCSS/SSA)"), unless one part is a
    currency or a common noun's acronym (a rate, "EUR/USD": no body, nor are its parts); not a word the
    text also writes in lower case, set in capitals to open it ("JUMLAH warga …"), a time zone after a time ("15:24
    WIB"), a model's name beside a figure ("737 MAX 8"), nor the acronym of a common noun
    (`generic_words.common_acronyms`: "KTT", a summit)."""
    bodies = []
    lower_words = _lower_case_words(text)
    common = common_acronyms(language)
    joined = [m for m in JOINED_ACRONYMS.finditer(text) if not spans(m.start(), m.end()) and not _in_capitals(text, m)]
    # a currency's code or a common noun's acronym among the parts joins no body's name: a rate "EUR/USD"
    named = [m for m in joined if not any(p in _currencies() or p in common for p in re.split(r"[-/]", m.group()))]
    bodies += [Detected(m.group(), "organisation", m.start(), m.end(), m.group(), m.group()) for m in named]
    for m in ACRONYM.finditer(text):
        if any(j.start() <= m.start() < j.end() for j in joined):
            continue  # a part of acronyms joined into one name ("FDD" of "CNDD-FDD")
        if spans(m.start(), m.end()) or m.group() in _currencies() or m.group() in common or _in_capitals(text, m):
            continue
        if ROMAN_NUMBER.fullmatch(m.group()):
            continue  # an ordinal in Roman numerals ("XXXI Олимпия уеннары": the 31st Olympic Games)
        if m.group().lower() in lower_words or TIME_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # a word set in capitals ("JUMLAH warga …", then "jumlah"), a time zone ("15:24 WIB")
        if FIGURE_BEFORE.search(text, max(0, m.start() - 2), m.start()) or FIGURE_AFTER.match(text, m.end()):
            continue  # a model's name beside its number ("Boeing 737 MAX 8", "MAX 9")
        bodies.append(Detected(m.group(), "organisation", m.start(), m.end(), m.group(), m.group()))
    return bodies


def _lower_case_words(text: str) -> frozenset[str]:
    """The words the text writes in lower case: one of them in capitals is that word set so ("JUMLAH warga …")."""
    return frozenset(w for w in NAME_WORD.findall(text) if w.islower())


def _in_capitals(text: str, m: re.Match[str]) -> bool:
    """The acronym stands beside another word in capitals: a headline or a shout, not a name."""
    before = NAME_WORD.findall(text[max(0, m.start() - 30) : m.start()])[-1:]
    after = NAME_WORD.findall(text[m.end() : m.end() + 30])[:1]
    return any(len(w) > 1 and w.isupper() for w in before + after)


def _inflected_people(text: str, spans: Covered) -> list[Detected]:
    """Two or three capitalised words opening with a given name in another case ("Lecha Kaczyńskiego", "Marii
    Curie"): the list's name less a case ending that opens with a vowel, or with its "a" back ("Marii": Maria)."""
    people = []
    words = list(NAME_WORD.finditer(text))
    k = 0
    while k < len(words):
        run = [words[k]]
        while len(run) < 3 and k + len(run) < len(words) and _next_name(text, run[-1], words[k + len(run)]):
            run.append(words[k + len(run)])
        if len(run) >= 2 and not spans(run[0].start(), run[-1].end()) and _inflected_given(run[0].group()):
            name = text[run[0].start() : run[-1].end()]
            people.append(Detected(name, "person", run[0].start(), run[-1].end(), name))
            k += len(run)
            continue
        k += 1
    return people


def _next_name(text: str, word: re.Match[str], following: re.Match[str]) -> bool:
    spaced = text[word.end() : following.start()] == " "
    return spaced and word.group()[:1].isupper() and following.group()[:1].isupper() and not following.group().isupper()


def _inflected_given(word: str) -> bool:
    """A given name in another case: the list's name less an ending of one or two letters opening with a vowel."""
    if not word[:1].isupper() or word.isupper():
        return False
    folded = anyascii(word).lower()
    for cut in (1, 2):
        stem, ending = folded[:-cut], folded[-cut:]
        if len(stem) >= 3 and ending[0] in VOWELS and (stem in given_names() or stem + "a" in given_names()):
            return True
    return False


SCRIPT_WORD = re.compile(rf"(?:[^\W\d_]|[{MARKS}])+")


def _hears_names(language: str) -> bool:
    """A language whose script's facts say its people are heard by their given names (`heard_names` in
    `data/scripts.yaml`: Malayalam, Telugu, Tamil, Kannada, Georgian), written with no capitals (`_heard_people`)."""
    return bool(script_facts(language).get("heard_names")) and _writes_no_capitals(language)


@cache
def _name_openings(language: str) -> frozenset[str]:
    """The words of the language's names of states and organisations, and their stems of four letters or more,
    which may be words of their own ("భారత", Indian, of "భారతదేశం"; "अमेरिक|ी" of "अमेरिका")."""
    found = set()
    for names in names_in(language).values():
        for word in (word for name in names for word in name.split()):
            found.add(word)
            found.update(word[:k] for k in range(MIN_STEM, len(word)))
    return frozenset(found)


def _place_word(word: str, places: frozenset[str]) -> bool:
    """A word of `places`, or one with its last letter or vowel sign changed: an adjective ("अमेरिकी" of "अमेरिका")."""
    return word in places or word[:-1] in places


def _heard_people(text: str, spans: Covered, language: str) -> list[Detected]:
    """In a script with no capitals, a word that sounds like a given name (`knowledge.heard_given`) and the word after it,
    the surname with the case ending the language glues to it: a person ("ഫിഡൽ കാസ്ട്രോ", "నెల్సన్ మండేలా"). Not
    a city CLDR names in the language ("మాస్కో", Moscow, sounds like "Masako"), nor the first word of a name the
    language has for a state or an organisation ("భారత", Indian, of "భారతదేశం", India, sounds like "Bharat")."""
    people = []
    places = city_names(language) | _name_openings(language)
    words = list(SCRIPT_WORD.finditer(text))
    for k, (first, last) in enumerate(pairwise(words)):
        if text[first.end() : last.start()] != " " or spans(first.start(), last.end()):
            continue
        given = first.group()
        if len(without_marks(last.group())) >= MIN_SOUNDS and not _place_word(given, places) and heard_given(given):
            if people and people[-1].end > first.start():
                continue  # a given name's surname that is also a given name
            if k + 2 < len(words) and text[last.end() : words[k + 2].start()] == " " and heard_given(last.group()):
                continue  # a title or word before a given name that sounds like one: "পুলিশ জোসেফ ল্যাম্বার্ডো"
            name = text[first.start() : last.end()]
            people.append(Detected(name, "person", first.start(), last.end(), name))
    return people
