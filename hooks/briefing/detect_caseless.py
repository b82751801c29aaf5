"""Spaced scripts with no capitals other than Arabic's (Hebrew), and unspaced ones that set names
apart with spaces (Thai): names told by the words around them, from `data/caseless_names.yaml`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field as default_field
from functools import cache
from pathlib import Path
from typing import Any

from . import safeyaml
from .detect_words import Covered, Detected
from .knowledge import (
    heard_given,
)
from .scripts import MARKS

CASELESS_NAMES = Path(__file__).parent / "data" / "caseless_names.yaml"
# a word of a script with no capitals: letters, gershayim or a geresh between them ("ד\"ר", doctor; "מת\"א") and a
# geresh closing it ("פרופ'", professor; "סמוטריץ'", a surname's "tch"); the vowel signs of India's scripts are part
# of their words ("डोनाल्ड")
CASELESS_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}]|[\"״'׳](?=[^\W\d_]))*['׳]?")


@cache
def _caseless_names(language: str) -> dict[str, Any]:
    """The words that tell a person's name in a spaced language with no capitals (`data/caseless_names.yaml`: Hebrew),
    empty for every other language."""
    listed = safeyaml.shipped(CASELESS_NAMES) or {}
    return listed.get(language.split("-")[0].lower()) or {}


@cache
def _caseless_places(language: str) -> frozenset[str]:
    """The places CLDR names in the language (Babel: territories and the time zones' exemplar cities), which no
    person's name after a title is ("ראש העיר X", the mayor of X)."""
    try:
        from babel import Locale

        locale = Locale.parse(language.split("-")[0])
    except Exception:  # no locale data for the language: no place known
        return frozenset()
    cities = (zone.get("city") for zone in locale.time_zones.values())
    return frozenset(str(p) for p in [*locale.territories.values(), *cities] if p)


@dataclass
class _Caseless:
    """A text of a spaced language with no capitals, cut into its words, and the words that tell its people's names."""

    text: str
    matches: list[re.Match[str]]
    raw: list[str]
    held: Covered
    prefixes: tuple[str, ...]
    stop: frozenset[str]
    given: frozenset[str]
    # the titles and the ministers' titles by their first word, longest first ({"ראש": [("ראש", "הממשלה"), ...]})
    titles: dict[str, list[tuple[str, ...]]]
    fields: dict[str, list[tuple[str, ...]]]
    title_words: frozenset[str]
    saying: dict[str, list[tuple[str, ...]]]  # verbs of saying, or a postposition and one ("ने कहा"), by first word
    saying_prefixes: tuple[str, ...]
    places: frozenset[str]
    place_prepositions: tuple[str, ...]
    honorifics: dict[str, list[tuple[str, ...]]]  # "श्री", "डॉ": a name follows them whatever it is
    longest: int = 2  # words of a name
    heard: bool = False  # a given name may be one the lists know in Latin letters, heard (`knowledge.heard_given`)
    dotted: bool = False  # a title's abbreviation may close with a dot before the name ("डॉ. X")
    surnames: frozenset[str] = frozenset()  # common surnames, which close a name ("X यादव")
    closing: tuple[str, ...] = ()  # case endings glued to a name's last word ("X Y|ের", X Y's), which close it
    weak: dict[str, list[tuple[str, ...]]] = default_field(default_factory=dict)  # report phrases a thing takes too
    not_name_endings: tuple[str, ...] = ()  # a common noun's case or number endings ("সংসদ|ে", in parliament)
    after_honorific: frozenset[str] = frozenset()  # a place's or event's nouns ("श्री राम मंदिर", a temple)
    titles_open: bool = False  # a title opens a name as an honorific does, up to a common noun's or verb's ending
    # the vowel sign an ending opens with that took the place of the name's closing virama ("ஸ்டாலின்|ுக்கு")
    restores: dict[str, str] = default_field(default_factory=dict)

    def bare(self, word: str) -> list[tuple[str, int]]:
        """The word and the word less one or two glued one-letter words, each with how many letters were cut."""
        forms = [(word, 0)]
        for cut in (1, 2):
            if len(word) - cut >= 2 and all(c in self.prefixes for c in word[:cut]):
                forms.append((word[cut:], cut))
        return forms

    def spaced(self, k: int, title: bool = False) -> bool:
        """Word k and the word after it stand one space apart, with no comma or stop between them (after a title, a
        dot may close its abbreviation where the data says so)."""
        if k + 1 >= len(self.matches):
            return False
        gap = self.text[self.matches[k].end() : self.matches[k + 1].start()]
        return gap in (" ", "\u00a0") or (title and self.dotted and gap in (". ", ".", ".\u00a0"))

    def opening(self, k: int, index: dict[str, list[tuple[str, ...]]]) -> int:
        """How many words the longest phrase of the index opening at word k holds (glued one-letter words before it
        allowed: "לפרופ'"), 0 for none. The phrases are looked up by the word's bare forms, not tried one by one."""
        if k >= len(self.raw):
            return 0
        for form, _ in self.bare(self.raw[k]):
            for phrase in index.get(form, ()):
                n = len(phrase)
                opens = k + n <= len(self.raw) and tuple(self.raw[k + 1 : k + n]) == phrase[1:]
                if opens and all(self.spaced(m) for m in range(k, k + n - 1)):
                    return n
        return 0

    def name_word(self, k: int) -> bool:
        """Word k may be a name's: of the language's own script, no function word, title or word already read."""
        if k >= len(self.raw):
            return False
        word = self.raw[k]
        free = not self.held(self.matches[k].start(), self.matches[k].end())
        return not word[:1].isascii() and word not in self.stop and word not in self.title_words and free

    def says(self, k: int) -> bool:
        """Word k is a verb of saying or reporting ("אמר", said; "ואמר", and said)."""
        if k >= len(self.raw):
            return False
        word = self.raw[k]
        cut = 1 if word[:1] in self.saying_prefixes and len(word) > 2 and (word[1:],) in self.saying.get(word[1:], ()) else 0
        return cut == 1 or self.opening(k, self.saying) > 0

    def place(self, a: int, b: int) -> bool:
        """Words a..b-1 name a place CLDR knows, or word a opens with a glued preposition of place ("בלונדון")."""
        words = " ".join(self.raw[a:b])
        if words in self.places or (words[:1] in self.place_prepositions and words[1:] in self.places):
            return True
        return self.raw[a][:1] in self.place_prepositions and self.raw[a] not in self.given

    def given_at(self, k: int) -> int | None:
        """How many glued one-letter words stand before the listed given name at word k (or one heard, where the
        data says so), None for no given name."""
        if k >= len(self.raw):
            return None
        listed = next((c for f, c in self.bare(self.raw[k]) if f in self.given), None)
        if listed is None and self.heard and self.name_word(k) and not self.place(k, k + 1):
            return 0 if heard_given(self.raw[k]) else None
        return listed

    def titled_name(self, k: int) -> int | None:
        """Where the name after a title opening at word k starts (after a minister's title, past its field's word)."""
        title = self.opening(k, self.titles) or self.opening(k, self.honorifics)
        if title:
            return k + title if self.spaced(k + title - 1, True) else None
        field = self.opening(k, self.fields)
        if field and self.spaced(k + field - 1) and self.spaced(k + field) and self.raw[k + field].startswith("ה"):
            return k + field + 1
        return None

    def said(self, a: int) -> int | None:
        """The end of a name of one or two name words at word a that a verb of saying follows, None for none. A
        word with a common noun's ending is where or to whom it was said, no name's; a phrase of report that a
        thing's name takes too ("के अनुसार", according to) tells a name only with a listed surname in it."""
        for width in range(self.longest, 0, -1):
            names = all(self.name_word(m) and not self.says(m) for m in range(a, a + width))
            if names and all(self.spaced(m) for m in range(a, a + width)) and self.says(a + width):
                if self.place(a, a + width) or any(self.common_noun(m) for m in range(a, a + width)):
                    return None
                weak = self.opening(a + width, self.weak) > 0
                return None if weak and not any(w in self.surnames for w in self.raw[a : a + width]) else a + width
        return None

    def common_noun(self, k: int, stem: int = 2) -> bool:
        """Word k carries a common noun's case or number ending (`not_name_endings`) after more than `stem` letters
        and is no listed surname. After a name's first word a shorter stem will do: a verb's ending glued to a
        two-letter root ("அளித்தார்", gave) ends the name."""
        word = self.raw[k]
        ends = any(word.endswith(e) and len(word) > len(e) + stem for e in self.not_name_endings)
        return ends and word not in self.surnames and word not in self.given

    def run(self, a: int) -> int:
        """The end of the name words from word a on: where a function word, a verb of saying, a place or a stop
        comes. A name holds two words, or up to the longest where a verb of saying follows them or a listed surname
        closes them: a common noun may follow a name ("डॉ. X Y मरीजों की", Dr X Y the patients'); a listed surname
        that opens them is the name alone ("श्रीमती दीक्षित", Mrs Dikshit)."""
        end = a + 1
        if self.raw[a] in self.surnames:
            return end
        while end - a < self.longest and self.spaced(end - 1) and self.name_word(end) and not self.says(end):
            if self.place(end, end + 1) or self.closed(end - 1) or (self.titles_open and self.common_noun(end, 1)):
                break
            end += 1
        if end - a <= 2 or self.says(end):
            return end
        return self.surnamed(a, end) or a + 2

    def closed(self, k: int) -> bool:
        """Word k carries a case ending glued to a name's last word ("শাহজাহান|ের", Shahjahan's): no name word follows."""
        return any(self.raw[k].endswith(e) and len(self.raw[k]) > len(e) + 2 for e in self.closing)

    def surnamed(self, a: int, end: int) -> int | None:
        """The end of the last listed surname among words a+1..end-1 ("X सिंह Y यादव"), None for none."""
        return next((m + 1 for m in range(end - 1, a, -1) if self.raw[m] in self.surnames), None)

    def after_title(self, k: int) -> tuple[int, int] | None:
        """The name after a title opening at word k (where it starts in the text, its end word), None for none."""
        start = self.titled_name(k)
        # a definite word between the title and the name is the office's attribute ("הנשיא הנבחר X Y", the
        # president-elect X Y), no name's: the name follows it
        if start is not None and self.name_word(start) and self.raw[start].startswith("ה") and self.raw[start] not in self.given:
            start = start + 1 if self.spaced(start) else None
        if start is None or not self.name_word(start) or self.place(start, start + 1):
            return None
        # an honorific, or a given name, opens the name: its surname, if any, follows; where the data says so a title
        # does too, unless a common noun's or a verb's ending tells the word after it ("முதல்வர் பதவியில்", in the
        # chief minister's post)
        honoured = self.opening(k, self.honorifics)
        if self.titles_open and not honoured and self.opening(k, self.titles):
            honoured = 0 if self.common_noun(start) else 1
        opened = honoured or self.given_at(start) == 0
        end = self.run(start) if opened else self.said(start) or self.surnamed(start, self.run(start))
        if end is None or self.place(start, end):
            return None
        # an honorific opens a temple's or a league's name too ("श्री राम मंदिर"): its noun follows the words
        if honoured and end < len(self.raw) and self.raw[end] in self.after_honorific:
            return None
        return (self.matches[start].start(), end)

    def given_before_saying(self, k: int) -> tuple[int, int] | None:
        """A listed given name at word k, and the word after it, that a verb of saying follows, None for none."""
        cut = self.given_at(k)
        if cut is None or self.held(self.matches[k].start(), self.matches[k].end()) or not self.spaced(k):
            return None
        end = self.run(k)
        return (self.matches[k].start() + cut, end) if self.says(end) else None

    def person(self, a: int, b: int) -> Detected | None:
        """The person named from character a to b, less a case ending glued to the name's last word; None where the
        last word less it is a listed common word ("பதவி|க்கு", to the post)."""
        # the longest ending first: "-দের" (plural), not its tail "-ের"
        endings = sorted(self.closing, key=len, reverse=True)
        ending = next((e for e in endings if self.text[a:b].endswith(e) and b - len(e) - 2 > a), "")
        b -= len(ending)
        name = _restored(self.text[a:b], ending, self.restores)
        if ending and name.split()[-1] in self.stop:
            return None
        return Detected(name, "person", a, b, self.text[a:b])


def _restored(name: str, ending: str, restores: dict[str, str]) -> str:
    """The name less a case ending, with the closing mark the ending's first vowel sign took the place of put back
    (`closing_restores`: Tamil "ஸ்டாலின்" + "-ுக்கு" is written "ஸ்டாலினுக்கு", to Stalin)."""
    return name + restores.get(ending[:1], "") if ending else name


def caseless_people(text: str, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """People's names in a spaced language whose script has no capitals (Hebrew, `data/caseless_names.yaml`), told
    by the language's own words around them, since no letter tells them. After a title of office or an honorific
    ("ראש הממשלה", the prime minister; "פרופ'"; a minister's title and the definite word for its field, "שר האוצר";
    an attribute of the office may stand between: "הנשיא הנבחר", the president-elect), one or two words are a name
    only when a listed given name opens them or a verb of saying follows them ("... X Y אמר", said): any other word
    may follow a title (a verb, an adverb, a place). A listed given name with no title opens a name only before a verb
    of saying ("X אמר", "X Y אמר"). A place CLDR names, or a word with a glued preposition of place ("בלונדון"), is
    no name. A title or a given name may carry the one-letter words the script glues before a word ("ובנימין", and
    Benjamin; "לפרופ'"): the name starts after them. No name holds a function word (`not_names`), a word of another
    script, or a comma or a stop between its words."""
    data = _caseless_names(language)
    if not data:
        return []
    matches = list(CASELESS_WORD.finditer(text))
    dotted = _initialled(text, data, Covered(len(text), taken + [(d.start, d.end) for d in found]))
    found = found + dotted

    def phrases(key: str) -> dict[str, list[tuple[str, ...]]]:
        index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for phrase in sorted((tuple(str(t).split()) for t in data.get(key) or []), key=len, reverse=True):
            index[phrase[0]].append(phrase)
        return dict(index)

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in data.get(key) or [])

    titles, fields, honours = phrases("titles"), phrases("field_titles"), phrases("honorifics")
    t = _Caseless(
        text,
        matches,
        [m.group() for m in matches],
        Covered(len(text), taken + [(d.start, d.end) for d in found]),
        tuple(str(p) for p in data.get("prefixes") or []),
        words("not_names"),
        words("given_names"),
        titles,
        fields,
        frozenset(w for index in (titles, fields, honours) for group in index.values() for p in group for w in p),
        phrases("saying"),
        tuple(str(p) for p in data.get("saying_prefixes") or []),
        _caseless_places(language),
        tuple(str(p) for p in data.get("place_prepositions") or []),
        honours,
        int(data.get("name_words") or 2),
        data.get("heard_given_names") == "yes",
        data.get("dotted_titles") == "yes",
        words("surnames"),
        tuple(str(e) for e in data.get("closing_endings") or []),
        phrases("weak_saying"),
        tuple(str(e) for e in data.get("not_name_endings") or []),
        words("after_honorific_nouns"),
        data.get("titles_open_names") == "yes",
        {str(k): str(v) for k, v in (data.get("closing_restores") or {}).items()},
    )

    people: list[Detected] = []
    k = 0
    while k < len(t.raw):
        span = t.after_title(k) or t.given_before_saying(k)
        person = t.person(span[0], matches[span[1] - 1].end()) if span else None
        if span and person:
            people.append(person)
            k = span[1]
            continue
        k += 1
    people += _marked_people(t, data, people)
    return sorted(dotted + people + _headed_caseless_bodies(t, data, people), key=lambda d: d.start)


# dotted initials of a script with no capitals, each a syllable of one or two letters and their vowel signs ("ஜி.",
# "ஆர்."), then glued to them the name they open or, alone, the letters of a body's acronym ("தி.மு.க.")
CASELESS_INITIALS = re.compile(
    rf"(?<![\w{MARKS}.])((?:[^\W\d_][{MARKS}]*(?:[^\W\d_][{MARKS}]*)?\.){{1,4}})((?:[^\W\d_]|[{MARKS}])*)"
)
MIN_ACRONYM_LETTERS = 3  # "தி.மு.க.": two dotted letters are as often a person's initials before a spaced name


def _initialled(text: str, data: dict[str, Any], held: Covered) -> list[Detected]:
    """Where the data says so (`initials`: India's southern languages write a person's name after the initials of
    their father's or village's name, "ஜி.ஆர்.சுவாமிநாதன்"), a word that dotted initials open is a person's name
    (less a case ending glued to it: `closing_endings`), and three or more dotted letters alone, or with a case
    ending glued after their dot (`acronym_endings`: "தி.மு.க.வின்", the DMK's), a body's acronym, unless an office's
    (`dotted_offices`: "எம்.எல்.ஏ.", MLA)."""
    if data.get("initials") != "yes":
        return []
    stop = frozenset(str(w) for w in data.get("not_names") or [])
    acronym_endings = frozenset(str(e) for e in data.get("acronym_endings") or [])
    offices = frozenset(str(w) for w in data.get("dotted_offices") or [])
    # a unit's dotted abbreviation ("கி.மீ.", km) is no one's initials and no body's acronym, nor its tail
    units = tuple(str(w) for w in data.get("dotted_units") or [])
    endings = sorted((str(e) for e in data.get("closing_endings") or []), key=len, reverse=True)
    common = tuple(str(e) for e in data.get("not_name_endings") or [])
    restores = {str(k): str(v) for k, v in (data.get("closing_restores") or {}).items()}
    found = []
    for m in CASELESS_INITIALS.finditer(text):
        initials, tail = m.group(1), m.group(2)
        letters = sum(c.isalpha() for c in tail)
        if held(m.start(), m.end()) or initials.endswith(units):
            continue
        if letters >= MIN_NAME_LETTERS and tail not in acronym_endings and tail not in stop:
            cut = next((e for e in endings if tail.endswith(e) and len(tail) - len(e) >= MIN_NAME_LETTERS), "")
            end = m.end() - len(cut)
            # a common noun's case ending ("வேகத்தில்", at a speed) or a listed word tells no name
            if tail.endswith(common) or tail[: len(tail) - len(cut)] in stop:
                continue
            name = _restored(text[m.start() : end], cut, restores)
            found.append(Detected(name, "person", m.start(), end, text[m.start() : end]))
        elif (not tail or tail in acronym_endings) and initials.count(".") >= MIN_ACRONYM_LETTERS and initials not in offices:
            end = m.start(2)
            found.append(Detected(initials, "organisation", m.start(), end, initials))
    return found


MIN_NAME_LETTERS = 3  # letters of a name the initials open (not a case ending glued to an acronym: "க.வை")


MAX_BODY_MODIFIERS = 3  # words before a body's head-word ("केंद्रीय माध्यमिक शिक्षा बोर्ड", Central Board of Secondary Education)


def _headed_caseless_bodies(t: _Caseless, data: dict[str, Any], people: list[Detected]) -> list[Detected]:
    """Bodies in a language whose names end with their kind's head-word (`body_heads`: court, board, department),
    as India's languages write them: the head-word and the one to three words before it, back to a function word,
    a title, a stop or another name ("दिल्ली उच्च न्यायालय", the Delhi High Court; "मौसम विभाग", the weather
    department). A head-word alone is no name; nor one that a listed common word stands right before."""
    heads = frozenset(str(h) for h in data.get("body_heads") or [])
    if not heads:
        return []
    held = Covered(len(t.text), [(d.start, d.end) for d in people])
    generic = frozenset(str(w) for w in data.get("generic_modifiers") or [])
    inflected = _inflected_heads(heads, data.get("head_endings") or {})
    found = []
    for m, word in enumerate(t.raw):
        head, stem = inflected.get(word, (word, len(word)))
        if head not in heads or m == 0 or held(t.matches[m].start(), t.matches[m].end()):
            continue
        first = m
        while first > 0 and m - first < MAX_BODY_MODIFIERS and t.spaced(first - 1) and _modifier(t, first - 1, heads):
            first -= 1
        start, end = t.matches[first].start(), t.matches[m].start() + stem
        # a kind's name, no body's, has only generic words before its head-word ("जांच समिति", an inquiry committee)
        named = any(w not in generic for w in t.raw[first:m])
        if first < m and named and not held(start, end):
            name = t.text[start : t.matches[m].start()] + head
            found.append(Detected(name, "organisation", start, end, t.text[start:end]))
    return found


def _inflected_heads(heads: frozenset[str], endings: dict[str, Any]) -> dict[str, tuple[str, int]]:
    """Each head-word's forms with a case ending glued (`head_endings`: the letters a head-word ends with, "" for any,
    and the endings that take their place: Tamil "நீதிமன்றம்" -> "நீதிமன்றத்தில்", in the court; "நீதிமன்ற", the
    court's), with the head-word and how many letters of the form the body's name keeps (the form less its ending)."""
    forms: dict[str, tuple[str, int]] = {}
    for head in heads:
        for final, glued in endings.items():
            if head.endswith(str(final)):
                stem = head[: len(head) - len(str(final))]
                forms.update({stem + str(e): (head, len(stem)) for e in glued or [] if stem + str(e) != head})
    return forms


def _modifier(t: _Caseless, k: int, heads: frozenset[str]) -> bool:
    """Word k may stand in a body's name before its head-word: of the script, no function word, title or head-word."""
    word = t.raw[k]
    own = not word[:1].isascii() and word not in t.stop and word not in t.title_words and word not in heads
    # a verb's or a case's ending ends a body's name (Tamil "வென்ற", that won; "இருப்பதாக", that it is)
    return own and not any(word.endswith(e) and len(word) > len(e) for e in t.not_name_endings)


def _marked_people(t: _Caseless, data: dict[str, Any], people: list[Detected]) -> list[Detected]:
    """The name words right before a word that only a person takes (`person_markers`: Marathi's respectful "यांनी",
    "यांच्या", by/of him or her, after "X Y"): back to a title, a function word or a stop, two words at most; where
    a third name word stands before them and no given name opens the two, no name is clear ("ट्विटरवर X II यांच्या":
    on Twitter, X II's)."""
    markers = frozenset(str(w) for w in data.get("person_markers") or [])
    genitive = tuple(str(w) for w in data.get("genitive_endings") or [])
    held = Covered(len(t.text), [(d.start, d.end) for d in people])
    found = []
    for m in (m for m, word in enumerate(t.raw) if word in markers and m > 0 and t.spaced(m - 1)):
        first = m - 1
        while first > m - 2 and first > 0 and t.spaced(first - 1) and t.name_word(first - 1):
            first -= 1
        if first > 0 and t.spaced(first - 1) and t.name_word(first - 1) and t.given_at(first) != 0:
            continue
        # a word with a genitive ending owns the person ("X-चे कुलगुरू यांनी", X's vice-chancellor): no name's word
        if any(t.raw[k].endswith(genitive) for k in range(first, m)):
            continue
        start, end = t.matches[first].start(), t.matches[m - 1].end()
        named = t.name_word(first) and t.name_word(m - 1) and not any(t.common_noun(k) for k in range(first, m))
        person = t.person(start, end) if named and not held(start, end) and not t.place(first, m) else None
        if person:
            found.append(person)
    return found


# a run of a script written without spaces between its words and without capitals (Thai): spaces, brackets, quotes
# and commas part the runs; a dot stays in one (an abbreviation: "พล.อ.", General)
UNSPACED_RUN = re.compile(r"[^\s()\[\]{}\"“”‘’'«»,;:!?|/]+")
MAX_GLUED_BODY = 36  # letters of a body's name glued to its head-word: longer, the run holds the sentence's verb too
MAX_GLUED_NAME = 20  # letters of a given name or surname set apart by spaces


def unspaced_caseless(text: str, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """People and bodies in a script with no capitals that writes no spaces between words but sets names apart with
    them (Thai, `data/caseless_names.yaml`): an honorific glued to a given name, then a space and the surname, a
    person ("นายสมชาย ใจดี", Mr Somchai Jaidee), unless the honorific opens a word of its own (`not_names`: "นายก",
    chief); a head-word of a kind of body (court, department, ministry, club) opening a run, or glued after a
    listed preposition ("ที่ศาล…", at the court), and the run's rest a body's name ("ศาลจังหวัด…", the provincial
    court), short enough to hold no verb, and not a word the head-word only opens (`not_bodies`: "ศาลา", a pavilion).
    A state's name inside the body's stays part of it ("ตำรวจอังกฤษ", the English police)."""
    data = _caseless_names(language)
    honorifics = sorted((str(h) for h in data.get("glued_honorifics") or []), key=len, reverse=True)
    heads = sorted((str(h) for h in data.get("body_heads") or []), key=len, reverse=True)
    # a spaced language whose head-words take glued case endings (Tamil) has its bodies read word by word
    if (not honorifics and not heads) or data.get("head_endings"):
        return []
    before = sorted((str(w) for w in data.get("glued_before") or []), key=len, reverse=True)
    not_names = tuple(str(w) for w in data.get("not_names") or [])
    not_bodies = tuple(str(w) for w in data.get("not_bodies") or [])
    verbs = tuple(str(w) for w in data.get("body_verbs") or [])
    tails = tuple(str(w) for w in data.get("body_tails") or [])
    inside = tuple(str(w) for w in data.get("not_cut_after") or [])
    headed_tails = tuple(str(w) for w in data.get("headed_tails") or [])
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    runs = list(UNSPACED_RUN.finditer(text))
    out: list[Detected] = []
    for k, run in enumerate(runs):
        word = run.group()
        person = _glued_person(text, runs, k, honorifics, not_names, held)
        if person:
            out.append(person)
            continue
        body = _glued_body(word, heads, before, not_bodies, verbs, inside)
        if body is None and word.endswith(tails) and len(word) <= MAX_GLUED_BODY:
            # a body's name with "national" opens with a kind of body's head-word ("สำนักข่าว…แห่งชาติ")
            cut = next((len(b) for b in before if word.startswith(b)), 0)
            headed = not word.endswith(headed_tails) or word.startswith(tuple(heads), cut)
            body = (cut, len(word)) if headed and len(word) - cut > max(len(t) for t in tails) + 2 else None
        if body is not None and not held(run.start() + body[0], run.start() + body[0] + 3):
            start, end = run.start() + body[0], run.start() + body[1]
            out.append(Detected(text[start:end], "organisation", start, end, text[start:end]))
    return out


def _glued_person(
    text: str, runs: list[re.Match[str]], k: int, honorifics: list[str], not_names: tuple[str, ...], held: Covered
) -> Detected | None:
    """The person an honorific glued to run k's given name and the next run, one space on, name; None for none."""
    word = runs[k].group()
    honour = next((h for h in honorifics if word.startswith(h) and len(word) - len(h) >= 2), "")
    after = runs[k + 1] if k + 1 < len(runs) else None
    if not honour or after is None or text[runs[k].end() : after.start()] != " " or word.startswith(not_names):
        return None
    start, end = runs[k].start() + len(honour), after.end()
    short = len(word) - len(honour) <= MAX_GLUED_NAME and 2 <= len(after.group()) <= MAX_GLUED_NAME
    if not short or held(start, end) or after.group()[:1].isascii():
        return None
    return Detected(text[start:end], "person", start, end, text[start:end])


def _occurrences(word: str, part: str) -> list[int]:
    """Where `part` stands in `word`, each place."""
    return [m.start() for m in re.finditer(re.escape(part), word)]


def _glued_body(
    word: str,
    heads: list[str],
    before: list[str],
    not_bodies: tuple[str, ...],
    verbs: tuple[str, ...],
    inside: tuple[str, ...] = (),
) -> tuple[int, int] | None:
    """Where a body's name opening with a head-word starts and ends in a run: at its start or right after a listed
    preposition glued before it ("…ของรัฐมนตรีว่าการ|กระทรวง…", of the minister of the ministry …), up to the run's
    end or a verb glued after it (`body_verbs`: "ศาลฎีกา|พิพากษา", the Supreme Court ruled); None for none. No cut
    falls inside a word that ends with a preposition's letters (`not_cut_after`: "เจ้าหน้า|ที่", officer). Each
    place is read only up to the longest body's name past it, so a long run costs time in proportion to it."""
    cuts = sorted({0} | {i + len(b) for b in before for i in _occurrences(word, b) if not _inside(word, i + len(b), inside)})
    for cut in cuts:
        head = next((h for h in heads if word.startswith(h, cut)), "")
        if not head or word.startswith(not_bodies, cut):
            continue
        bound = min(len(word), cut + MAX_GLUED_BODY + 1)
        found = (word.find(v, cut + len(head), bound) for v in verbs)
        end = min((i for i in found if i > 0), default=bound) - cut
        if end - len(head) >= 2 and end <= MAX_GLUED_BODY:
            return cut, cut + end
    return None


def _inside(word: str, cut: int, inside: tuple[str, ...]) -> bool:
    """The letters before place `cut` close one of the words `inside` ("เจ้าหน้าที่", officer), not a preposition."""
    return any(word.endswith(w, 0, cut) for w in inside)
