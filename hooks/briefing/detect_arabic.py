"""Arabic and Persian, which have no capitals: a person is the two or three words after a title
(with its adjectives), or a name told by its parts (a kunya, a patronymic, a known given name); an organisation is
a head-word and the words with the article that complete it.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from . import generic_words
from .detect_words import ARABIC_WORD, Covered, Detected, Words, may_find, organisation_name, state_at, word_list
from .registry import normalise, variants

# Arabic-script words in quotation marks, single ones too ('رابرت موگابه' رئیس جمهوری)
OPENING_QUOTES = ('"', "«", "“", "''")
CLOSING_QUOTES = ('"', "»", "”", "'")
# a name in quotation marks, in Arabic letters, with the figures and hyphens of outlets' and movements' names
# ('قناة "غابون 24"', 'قناة "إيه بي إس - سي بي إن"', 'حركة « 23 مارس »')
QUOTED_NAME = re.compile(r"[«“\"'‘]([\u0621-\u06d3\u200c 0-9\u0660-\u0669\u06f0-\u06f9-]{3,60})[»”\"'’]")
# a preposition or "and" joined to a noun that ends with a possessive pronoun: a phrase, no word of a name
POSSESSED = re.compile(r"\w{2,}(?:ها|هما|هم|هن|كم)$")  # an Arabic noun with a plural or feminine possessive pronoun
PREPOSITION_AND_PRONOUN = re.compile(r"[بلو]\w{2,}(?:ه|ها|هم)")
# a word with its vowel marks and shadda ("سعيّد"): a mark inside a word does not end it
# The indefinite accusative's mark (tanwin fath): it makes an adverb or a noun ("شنقاً", by hanging), never a name
ACCUSATIVE = "\u064b"
FEMININE_ENDINGS = ("ة", "ى", "ا", "ات")  # an adjective agreeing with a feminine noun: "-ية", "العليا", "الكبرى"
MASCULINE_ENDINGS = ("ي", "ى")  # a relative adjective ("الوطني") or an elative ("الأعلى") after a masculine one
# an adjective of either gender or a sound plural's ("المسلمين"), after a head-word and its complement
ADJECTIVE_ENDINGS = (*FEMININE_ENDINGS, *MASCULINE_ENDINGS, "ين", "ون")
COLOUR_OR_ELATIVE = re.compile(r"الأ\w{3}")  # the masculine of a colour or an elative, af'al: "الأبيض", "الأكبر"


@dataclass(frozen=True)
class Unscripted:
    """An Arabic or Persian text as its rules read it: its words, their normal forms and the forms left once
    clitics are taken off, the language's words, and what the registry's names already hold."""

    text: str
    matches: list[re.Match[str]]
    norms: list[str]
    stems: list[set[str]]
    w: Words
    held: Covered
    earlier: tuple[Detected, ...] = ()  # the people earlier paragraphs named in full


def detect_unscripted(
    text: str, w: Words, taken: list[tuple[int, int]], states: dict[tuple[int, int], str], earlier: tuple[Detected, ...] = ()
) -> list[Detected]:
    """Arabic and Persian: a person is the two or three words after a title (and its adjectives with ال);
    an organisation is a head-word and the words with ال that follow it."""
    matches = list(ARABIC_WORD.finditer(text))
    norms = [normalise(m.group()) for m in matches]
    held = Covered(len(text), taken)
    stems = [variants(n) for n in norms]
    t = Unscripted(text, matches, norms, stems, w, held, earlier)
    found: list[Detected] = []
    i = 0
    while i < len(matches):
        head = w.heads.starts_any(stems, i)
        # "وفد برئاسة الوزير": a delegation headed by the minister; the verbal noun of leading after "by" opens no body
        head = 0 if norms[i] in word_list(w.language, "led_by") else head
        if head and not held(matches[i].start(), matches[i].end()):
            j = _arabic_body_end(t, i + head, i + 6, _agreeing_endings(t, i))
            if j == i + head and stems[i] & w.named_heads and _definite_head(t, i):
                j = _persian_named_end(t, i, j)
                j = i + head if stems[i] & w.companies and _kind_before_name(t, j) else j
            # "الجيش التركي": a body's one head-word named by the state's adjective after it (not a title's
            # complement: "رئيس أركان الجيش المصري" names the chief of staff)
            stated = j < len(matches) and _close(text, matches, j) and bool(state_at(matches[j], states))
            # (after "of the" glued to it, "للجيش الإيراني", the army is a noun of its own: "القائد العام للجيش الإيراني")
            titled = any(w.titles.starts_any(stems, m) for m in range(max(0, i - 2), i))
            stated = stated and (norms[i].startswith("لل") or not titled)
            whole = head > 1 and not _open_head(t, i, head)
            if _not_a_name(t, i, head):
                i += head
                continue
            if j > i + head or whole or (stated and any(v in w.heads.by_first and (v,) in w.org_names for v in stems[i])):
                if not stated and _common_body(t, i, j):
                    i = j
                    continue
                found.append(_arabic_organisation(t, i, j, states))
                i = j
                continue
            alone = None if stated else _arabic_body_alone(t, i, states)
            if alone:  # "تعليق أعمال البرلمان" in a paragraph on Tunisia: Tunisia's parliament
                found.append(alone)
                i = j
                continue
        title = w.titles.starts_any(stems, i)
        person = _arabic_person(t, i, title) if title else _given_first(t, i) or _kunya(t, i) or _patronymic(t, i, found)
        if person:
            found += [*_bodies_in_title(t, i + title, person[0].start, states), person[0]]
            i = person[1]
            continue
        i += 1
    spans = [(d.start, d.end) for d in found]
    quoted = _quoted_before_title(t) + _named_before_title(t) + _named_before_bare_title(t) + _reported_by(t)
    quoted += _quoted_bodies(t) + _makers(t)
    quoted += _outlets_before_adjective(t, states) + _latin_bodies(t) + _elided_ministries(t, states)
    quoted += _persian_state_bodies(t, states)
    quoted = [d for d in quoted if not any(a < d.end and d.start < b for a, b in spans)]
    return _surnames_alone(sorted(found + quoted, key=lambda d: d.start), w)


def _persian_state_bodies(t: Unscripted, states: dict[tuple[int, int], str]) -> list[Detected]:
    """Persian: a state's body named by its head-word (`org_names`), up to two words of its own, then the state
    ("پلیس فدرال برزیل", "مجلس نمایندگان آلمان", "دیوان عالی برزیل"): that state's body, as "پلیس نپال" is."""
    if t.w.language != "fa":
        return []
    found, governments = [], word_list(t.w.language, "government_heads")
    for i in range(len(t.matches)):
        head = next((n for n in (2, 1) if tuple(t.norms[i : i + n]) in t.w.org_names), 0)
        if not head or t.held(t.matches[i].start(), t.matches[i].end()) or t.norms[i] in governments:
            continue
        first = i + head + (head == 1)  # one head-word right before the state: read as "پلیس نپال" is
        end = next((k for k in range(first, i + head + 3) if k < len(t.matches) and state_at(t.matches[k], states)), 0)
        words = range(i + head, end + 1)
        if not end or not all(_close(t.text, t.matches, k) for k in words) or not all(_own_word(t, k) for k in words[:-1]):
            continue
        start, stop = t.matches[i].start(), t.matches[end].end()
        english = t.w.org_names[tuple(t.norms[i : i + head])]
        found.append(Detected(f"{state_at(t.matches[end], states)} {english}", "organisation", start, stop, t.text[start:stop]))
    return found


def _own_word(t: Unscripted, k: int) -> bool:
    """Word k may be a word of a body's own name: no state's, no function word, no plural, no head-word."""
    if t.held(t.matches[k].start(), t.matches[k].end()) or t.norms[k] in t.w.stop or t.w.heads.starts_any(t.stems, k):
        return False
    return not t.norms[k].endswith(tuple(word_list(t.w.language, "plural_endings")))


def _elided_ministries(t: Unscripted, states: dict[tuple[int, int], str]) -> list[Detected]:
    """Arabic: a ministry named by its field alone, the word for ministry left out and the state's adjective in the
    feminine that agrees with it ("وقالت الخارجية النرويجية", "بيان الخارجية المصرية", "للخارجية الهندية"): that
    state's ministry. Not a field that is an adjective of the noun with the article before it ("السياسة الخارجية
    الأمريكية"), nor one completing a title or a head-word ("وزير الخارجية", "وزارة الخارجية": read as such)."""
    fields = {key[0]: english for key, english in t.w.ministries.items() if len(key) == 1}
    found = []
    for k in range(len(t.matches) - 1):
        english = next((fields[v] for v in t.stems[k] if v in fields), None)
        after = t.matches[k + 1]
        if not english or not t.norms[k + 1].endswith("يه") or not _close(t.text, t.matches, k + 1):
            continue
        state = state_at(after, states)
        before = k > 0 and _close(t.text, t.matches, k) and _article(t.matches[k - 1].group())
        titled = any(t.w.titles.starts_any(t.stems, m) or t.w.heads.starts_any(t.stems, m) for m in range(max(0, k - 2), k))
        if state and not before and not titled and not t.held(t.matches[k].start(), t.matches[k].end()):
            first = next(v for v in t.stems[k] if v in fields)
            start = t.matches[k].end() - len(first) if len(first) < len(t.norms[k]) else t.matches[k].start()
            surface = t.text[start : after.end()]
            found.append(Detected(f"Ministry of {english} ({state})", "organisation", start, after.end(), surface))
    return found


# a name left in Latin letters inside Arabic text, not in parentheses (where a name's original spelling stands)
LATIN_IN_ARABIC = re.compile(r"(?<![\w(])[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3}(?![\w)])")


def _latin_bodies(t: Unscripted) -> list[Detected]:
    """Arabic (`latin_names`): a name left in Latin letters with a small letter and no digit ("CrowdStrike", "Red
    Eléctrica") is a company's, brand's or outlet's, as Arabic writes people's names in its own letters; not an
    acronym ("PKT", a time zone; "MAX", a model) nor a code ("F-16"), nor in parentheses ("(Donald Trump)")."""
    if not t.w.latin_names:
        return []
    found = []
    for m in LATIN_IN_ARABIC.finditer(t.text):
        name = m.group()
        if any(c.isdigit() for c in name) or name.isupper() or t.held(m.start(), m.end()):
            continue
        found.append(Detected(name, "organisation", m.start(), m.end(), name))
    return found


def _surnames_alone(found: list[Detected], w: Words) -> list[Detected]:
    """A name after a title that opens with the surname of a full name the text gives is that surname alone: with
    no capitals, the next word was read into it ("رابرت موگابه" … "آقای موگابه نامه": "موگابه")."""
    surnames: set[str] = set()
    trimmed = []
    for d in found:
        words = d.surface.split()
        if d.kind == "person" and len(words) >= 2:
            if words[0] in surnames and normalise(words[1]) not in w.particles and normalise(words[0]) not in w.given:
                d = replace(d, name=words[0], end=d.start + len(words[0]), surface=words[0])
            else:
                surnames.add(words[-1])
        trimmed.append(d)
    return trimmed


def _common_body(t: Unscripted, i: int, j: int) -> bool:
    """Words i..j are a common noun, as "security forces" is in English ("قوات الأمن"), with the nouns "and" joins
    to it ("قوات الأمن والمتظاهرين": the security forces and the protesters)."""
    words = t.norms[i + 1 : j]
    while words and words[-1].startswith("وال"):
        words = words[:-1]
    if any((v, *words) in t.w.common_bodies for v in t.stems[i]):
        return True
    # a head-word and, in construct, a noun for a kind of body with the article and no more ("رئاسة المجموعة": the
    # group's presidency; "قيادة الحزب"): a body the text named already, referred to by its kind, no name
    if len(words) == 1 and words[0].startswith("ال") and words[0][2:] in generic_words.body_nouns(t.w.language):
        return True
    # a head-word with the article and one adjective, no state named: a description ("القوات الخاصة", special
    # forces; "الجيش الموالية", the army loyal to …), where a body's name is a construct ("وزارة الخارجية") or
    # takes an institution's adjective ("المجلس العسكري", "الحرس الرئاسي")
    if len(words) != 1 or not t.norms[i].startswith("ال") or words[0] in t.w.org_adjectives:
        return False
    return not any((v, *words) in t.w.org_names for v in t.stems[i])


def _not_a_name(t: Unscripted, i: int, head: int) -> bool:
    """A head-word that is also an adjective (`adjective_heads`: "جامعة", comprehensive) after an indefinite noun
    it agrees with or before a complement with "for" ("رؤية جامعة للإصلاح", a comprehensive vision); or an open
    head-word an ordinal follows ("المركز الوطني الأول", the first national place): no body's name."""
    norms = t.norms
    after = norms[i + head] if i + head < len(norms) else ""
    if after in word_list(t.w.language, "ordinals") and _open_head(t, i, head):
        return True
    if head != 1 or not t.stems[i] & word_list(t.w.language, "adjective_heads"):
        return False
    before = norms[i - 1] if _close(t.text, t.matches, i) else ""
    return after.startswith("لل") or (before.endswith(("ة", "ه")) and not before.startswith(("ال", "لل")))


def _open_head(t: Unscripted, i: int, head: int) -> bool:
    """The head-word of several words at i names a body only with a name after it (`open_heads`: "المركز الوطني",
    the national centre, is every country's; "المركز الوطني للأرصاد" is one)."""
    opened = word_list(t.w.language, "open_heads")
    return any(" ".join((v, *t.norms[i + 1 : i + head])) in opened for v in t.stems[i])


def _bodies_in_title(t: Unscripted, k: int, name_start: int, states: dict[tuple[int, int], str]) -> list[Detected]:
    """A body named in the complement of a person's title, from word k to the name ("نائب رئيس المجلس الوطني
    الانتقالي": the council is named too), as the main loop reads bodies: a head-word and words with the article."""
    found = []
    while k < len(t.matches) and t.matches[k].end() <= name_start:
        head = t.w.heads.starts_any(t.stems, k)
        j = _arabic_body_end(t, k + head, k + 6, _agreeing_endings(t, k)) if head else k + 1
        if head and (j > k + head or head > 1) and t.matches[j - 1].end() <= name_start:
            found.append(_arabic_organisation(t, k, j, states))
        k = max(j, k + 1)
    return found


def _quoted_before_title(t: Unscripted) -> list[Detected]:
    """A name in quotation marks right before a title or a role, or a comma and one, is a person: «دیمیتری کولبا»
    وزیر خارجه اوکراین, «جوونل مویس»، رئیس‌جمهوری سابق, «…» دبیر مطبوعاتی وی."""
    text, matches, stems, w, held = t.text, t.matches, t.stems, t.w, t.held
    starts = [m.start() for m in matches]
    found = []
    for quote in QUOTED_NAME.finditer(text):
        after = bisect.bisect_left(starts, quote.end())
        inside = list(range(bisect.bisect_left(starts, quote.start()), after))
        if not 2 <= len(inside) <= 4 or after >= len(matches) or text[quote.end() : starts[after]].strip() not in ("", "،", ","):
            continue
        blocked = any(_blocked(matches[k].group(), normalise(matches[k].group()), stems[k], w) for k in inside)
        if blocked or not (w.titles.starts_any(stems, after) or w.apposed_titles.starts_any(stems, after)):
            continue
        start, end = matches[inside[0]].start(), matches[inside[-1]].end()
        if not held(start, end):
            found.append(Detected(text[start:end], "person", start, end, text[start:end]))
    return found


def _quoted_bodies(t: Unscripted) -> list[Detected]:
    """A name in quotation marks after a word for a newspaper or channel or a body's head-word, an adjective with
    the article between them or not, is that outlet's or body's: 'صحيفة «لو كورييه»', 'المجلة البلجيكية "لو
    كورييه"', 'حزب "النهضة"', 'نشریه «لو کوریه»'."""
    text, matches, w = t.text, t.matches, t.w
    starts = [m.start() for m in matches]
    found = []
    for quote in QUOTED_NAME.finditer(text):
        k = bisect.bisect_left(starts, quote.start()) - 1
        if k < 0 or text[matches[k].end() : quote.start()].strip() or not _names_a_body(t, k):
            continue
        name = quote.group(1).strip(" \u200c")
        start = quote.start(1) + quote.group(1).index(name[:1])
        inside = [normalise(n) for n in ARABIC_WORD.findall(name)]
        if 1 <= len(inside) <= 5 and not all(n in w.stop for n in inside) and not t.held(start, start + len(name)):
            found.append(Detected(name, "organisation", start, start + len(name), name))
    return found


def _outlets_before_adjective(t: Unscripted, states: dict[tuple[int, int], str]) -> list[Detected]:
    """Arabic: a state's adjective with the article after a word for an outlet agrees with that word, so the one or
    two words without the article between them are the outlet's name ("صحيفة معاريف الإسرائيلية", the Israeli
    newspaper Maariv); a number there names a channel with the word ("القناة 13 الإسرائيلية")."""
    text, matches, stems, w = t.text, t.matches, t.stems, t.w
    if not t.w.article_titles:  # Persian puts no article on the adjective: "روزنامه" reads its names otherwise
        return []
    found = []
    for k in range(len(matches) - 2):
        if not stems[k] & w.media_words:
            continue
        between = text[matches[k].end() : matches[k + 1].start()].strip()
        if between.isdigit() and state_at(matches[k + 1], states):  # "القناة 13 الإسرائيلية"
            start, end = matches[k].start(), matches[k].end() + len(text[matches[k].end() : matches[k + 1].start()].rstrip())
            found.append(Detected(text[start:end], "organisation", start, end, text[start:end]))
            continue
        if _article(matches[k].group()) or between:
            continue
        m = next((m for m in (k + 2, k + 3) if m < len(matches) and state_at(matches[m], states)), None)
        words = range(k + 1, m) if m else ()
        if not words or not _article(matches[m].group()) or not all(_spaced(text, matches, n) for n in range(k + 1, m + 1)):
            continue
        if any(_article(matches[n].group()) or not _name_like(t, n) or state_at(matches[n], states) for n in words):
            continue
        start, end = matches[k + 1].start(), matches[m - 1].end()
        found.append(Detected(text[start:end], "organisation", start, end, text[start:end]))
    return found


def _makers(t: Unscripted) -> list[Detected]:
    """The maker named between a word for an aircraft and the model's number ("طائرة بوينغ 737"): a company."""
    if t.w.aircraft is None or not may_find(t.w.aircraft, t.text):
        return []
    found = []
    for m in t.w.aircraft.finditer(t.text):
        name, start = m.group("name"), m.start("name")
        if not t.held(start, start + len(name)) and not any(normalise(n) in t.w.stop for n in name.split()):
            found.append(Detected(name, "organisation", start, start + len(name), name))
    return found


def _names_a_body(t: Unscripted, k: int) -> bool:
    """Word k, or the word before it when k is an adjective with the article, is a word for an outlet or a body."""
    for m in (k, k - 1):
        if m < 0 or (m < k and not (_article(t.matches[k].group()) and _close(t.text, t.matches, k))):
            return False
        if t.stems[m] & (t.w.media_words | t.w.companies) or t.w.heads.starts_any(t.stems, m) == k + 1 - m:
            return True
    return False


def _reported_by(t: Unscripted) -> list[Detected]:
    """Persian credits an outlet after "به گزارش" or "به نقل از" (according to), its name closed by punctuation or
    another such phrase: "به گزارش سرویس سیاسی ایصال نیوز، …" names the outlet "ایصال نیوز" (a desk or reporter
    before the name is no part of it)."""
    if t.w.report_openers is None:
        return []
    starts = [m.start() for m in t.matches]
    found = []
    for opener in t.w.report_openers.finditer(t.text):
        words = _credited(t, bisect.bisect_left(starts, opener.end()))
        if words:
            start, end = t.matches[words[0]].start(), t.matches[words[1]].end()
            found.append(Detected(t.text[start:end], "organisation", start, end, t.text[start:end]))
    return found


def _credited(t: Unscripted, first: int) -> tuple[int, int] | None:
    """The first and last word of the outlet's name from word `first` on, or None: at most five words of a name
    closed by punctuation or "به" (of another "به نقل از"), not the word for an agency alone ("خبرگزاری «…»")."""
    text, matches, norms, w = t.text, t.matches, t.norms, t.w
    while first < len(matches) and norms[first] in w.report_skip and _spaced(text, matches, first + 1):
        first += 1
    last = first
    while last + 1 < len(matches) and last - first < 4 and _spaced(text, matches, last + 1) and norms[last + 1] not in w.stop:
        last += 1
    closed = last + 1 >= len(matches) or not _spaced(text, matches, last + 1) or norms[last + 1] == normalise("به")
    if first >= len(matches) or not closed:
        return None
    # an agency's name may close with a state's name or adjective ("خبرگزاری صدای افغان": the Afghan Voice agency),
    # not an outlet a registry knows after the word for it ("خبرگزاری رویترز")
    stated = last > first + 1 and norms[first] in w.media_words and norms[last - 1] not in w.media_words
    stated = stated and t.held(matches[last].start(), matches[last].end()) and norms[last] not in w.stop
    if not all(_name_like(t, k) or w.heads.starts_any(t.stems, k) or (stated and k == last) for k in range(first, last + 1)):
        return None
    if last == first and (norms[first] in w.media_words or w.heads.starts_any(t.stems, first)):
        return None
    return first, last


def _named_before_title(t: Unscripted) -> list[Detected]:
    """Two or three words that open a clause (after punctuation or a word that starts no name) and stand before
    a comma and a title are a person: "به رانیل ویکرمسینگه، نخست وزیر", "ماهیندا یاپا آبیواردنا، رئیس پارلمان"."""
    text, matches, stems, w = t.text, t.matches, t.stems, t.w
    found = []
    for k in range(1, len(matches)):
        if text[matches[k - 1].end() : matches[k].start()].strip() not in ("،", ","):
            continue  # a comma first, as few words follow one: the titles are looked up after one alone
        if not (w.titles.starts_any(stems, k) or w.apposed_titles.starts_any(stems, k)):
            continue
        family = _family_name_with_article(t, k - 1)  # "عمر البشیر، رئیس جمهور سودان"
        first = k - 2 if family else k - 1
        while first > 0 and k - first < 4 and _spaced(text, matches, first) and _name_like(t, first - 1):
            first -= 1
        # the clause opens there, or a verb of speech stands before the name ("زعم أنجيل أسيبيس، وزير الداخلية")
        opens = (
            first == 0 or not _spaced(text, matches, first) or t.norms[first - 1] in w.stop or bool(stems[first - 1] & w.speech)
        )
        given = k - 2 if first < k - 2 and t.norms[k - 2] in w.given else None
        first, opens = (given, True) if given is not None else (first, opens)  # "مرگ جرج فلوید،": the given name opens it
        if opens and 2 <= k - first <= 3 and all(_name_like(t, m) for m in range(first, k - family)):
            start, end = matches[first].start(), matches[k - 1].end()
            found.append(Detected(text[start:end], "person", start, end, text[start:end]))
    return found


def _family_name_with_article(t: Unscripted, m: int) -> int:
    """1 where word m is a family name with the Arabic article closing a name ("عمر البشیر", "هشام المشیشی"): after
    a name's word without it, in Persian, which puts the article on no word of its own (its "ال" words are Arabic
    names, or bodies the registry holds), and in Arabic after a given name ("بشار الأسد"), as its nouns take it too."""
    word = t.matches[m].group()
    if m < 1 or not _article(word) or t.norms[m] in t.w.stop or t.held(t.matches[m].start(), t.matches[m].end()):
        return 0
    if t.w.titles.starts_any(t.stems, m) or t.w.heads.starts_any(t.stems, m) or _article(t.matches[m - 1].group()):
        return 0
    return int(_spaced(t.text, t.matches, m) and (t.w.language == "fa" or bool(t.stems[m - 1] & t.w.given)))


def _named_before_bare_title(t: Unscripted) -> list[Detected]:
    """Persian sets a title after the name with no comma ("جو بایدن رئیس جمهور آمریکا", "لیز تراس نخست‌وزیر سابق"):
    two name-like words that open a clause right before a title (not a generic apposed one: "رئیس") are a
    person."""
    text, matches, stems, w = t.text, t.matches, t.stems, t.w
    if w.language != "fa":
        return []
    found = []
    for k in range(2, len(matches)):
        title = w.titles.starts_any(stems, k)
        if not title or not _spaced(text, matches, k) or w.honorifics.starts_any(stems, k) or not _title_completed(t, k + title):
            continue
        # a given name and a surname (a third word before them is as often a noun: "دیدار"), or one name set off by
        # punctuation before a state's title ("، نارهیتو امپراتور ژاپن")
        first = k - 2 if _spaced(text, matches, k - 1) else k - 1 if _held_state_after(t, k + title) else -1
        if first < 0 or w.apposed_titles.starts_any(stems, first):  # "، معاون رئیس جمهور": the vice-president
            continue
        # the clause opens there: after punctuation or a conjunction, not a preposition ("برای بررسی ترور سفیر": to
        # investigate the ambassador's murder), or with a given name
        openers = word_list(w.language, "clause_openers")
        opens = first == 0 or not _spaced(text, matches, first) or t.norms[first - 1] in openers or t.norms[first] in w.given
        ordinal = t.norms[k - 1].endswith(normalise(PERSIAN_ORDINAL))
        if opens and not ordinal and all(_name_like(t, m) for m in range(first, k)):
            start, end = matches[first].start(), matches[k - 1].end()
            found.append(Detected(text[start:end], "person", start, end, text[start:end]))
    return found


def _held_state_after(t: Unscripted, j: int) -> bool:
    """Word j is a name the registry holds, right after the title ("امپراتور ژاپن")."""
    return j < len(t.matches) and _spaced(t.text, t.matches, j) and t.held(t.matches[j].start(), t.matches[j].end())


PERSIAN_ORDINAL = "مین"  # the ordinal's ending before a title ("نهمین صدراعظم": the ninth chancellor)


def _title_completed(t: Unscripted, j: int) -> bool:
    """The title ending before word j is completed as a person's: by its field ("وزیر دارایی"), then by a name the
    registry holds (a state's: "رئیس جمهور آمریکا") or a word of `title_completions` ("سابق", former)."""
    j += t.w.fields.starts_any(t.stems, j) if j < len(t.matches) else 0
    if j >= len(t.matches) or not _spaced(t.text, t.matches, j):
        return False
    return t.held(t.matches[j].start(), t.matches[j].end()) or t.norms[j] in word_list(t.w.language, "title_completions")


def _spaced(text: str, matches: list[re.Match[str]], k: int) -> bool:
    """Word k follows the one before it with only a space or a zero-width non-joiner between ("نیک‌پور")."""
    return k > 0 and not text[matches[k - 1].end() : matches[k].start()].strip(" \u200c")


def _name_like(t: Unscripted, m: int) -> bool:
    """Word m may be a word of a name: no word that starts none, no title, head-word or name the registry holds."""
    word, w = t.matches[m], t.w
    if _blocked(word.group(), t.norms[m], t.stems[m], w) or t.held(word.start(), word.end()):
        return False
    if _preposition_phrase(t, m):  # "لشقيقه راؤول،": to his brother, no word of the name
        return False
    return not (w.titles.starts_any(t.stems, m) or w.heads.starts_any(t.stems, m))


def _agreeing_endings(t: Unscripted, i: int) -> tuple[str, ...]:
    """Arabic: the endings of the adjectives that may follow the head-word at i when it carries the article (a
    definite noun takes no genitive after it: the words of its name are adjectives agreeing with it), or () where
    any word with the article may. Feminine or a plural of things ("المحكمة", "القوات"): "-ة", "-ى", "-ا"
    ("العليا"); masculine: the relative adjective's "-ي" and the elative's "-ى" ("الأعلى")."""
    word = t.matches[i].group()
    if t.w.language != "ar" or not _article(word):
        return ()
    return FEMININE_ENDINGS if word.endswith(("ة", "ات")) else MASCULINE_ENDINGS


def _arabic_body_end(t: Unscripted, j: int, limit: int, agreeing: tuple[str, ...] = ()) -> int:
    """Where a body's name after its head-word ends: its words with the article ("وزارة الخارجية الروسية"),
    not a verbal noun after the preposition bi- or ka- ("قوات التحالف بالدخول والعبور": allowed to enter) nor
    another body's head-word ("الجيش اللجنة الانتخابية": the army, then the electoral commission); after a head-word
    with the article, only an adjective agreeing with it (`agreeing`: "المحكمة الدستورية العليا"; not the verb's
    object in "وأيدت المحكمة الدستورية القرار", the court upheld the decision) or an institution's adjective; after a
    head-word without it and its complement, only an adjective ("حركة المقاومة الإسلامية"; not the object in "أطلقت قوات
    الأمن النار", the security forces opened fire)."""
    text, matches, norms, stems, w, held = t.text, t.matches, t.norms, t.stems, t.w, t.held
    complement = j  # the first word with the article after a head-word without it: its complement ("قوات الأمن")
    while j < min(limit, len(matches)) and _article(matches[j].group()) and _close(text, matches, j):
        if held(matches[j].start(), matches[j].end()) or matches[j].group().startswith(("بال", "كال")) or norms[j] in w.stop:
            break
        word = matches[j].group()
        after_complement = not agreeing and j > complement and w.language == "ar"
        endings = agreeing or (ADJECTIVE_ENDINGS if after_complement else ())
        adjective = word.endswith(endings) or (after_complement and COLOUR_OR_ELATIVE.fullmatch(word))
        # (a complement with "of the" glued to it is no adjective: "المركز الوطني للمخطوطات")
        if endings and not word.startswith("لل") and not adjective and norms[j] not in w.org_adjectives:
            break
        if w.heads.starts_any(stems, j) and not w.fields.starts_any(stems, j):
            break
        if w.titles.starts_any(stems, j) or len(norms[j]) <= 2:  # "الجيش الفريق أول": a rank opens a name; "ال15"
            break
        j += 1
    glued = _body_complement(t, j, min(limit, len(matches)))
    # its own word with the article, one at most: the next is the verb's object ("لإدارة الانتخابات النتائج")
    return _arabic_body_end(t, j + glued, j + glued + 1) if glued else j


def _body_complement(t: Unscripted, j: int, limit: int) -> int:
    """The words of the body that completes a body's name at word j, after an institution's adjective
    (`org_adjectives`): "of the" glued to its head-word of two words ("المجلس الأعلى للقوات المسلحة", the Supreme
    Council of the Armed Forces), or "of" ("of the") glued to a head-word its own word with the article completes
    ("الهيئة الوطنية لإدارة الكوارث", the National Disaster Management Authority). The number of its head-word's
    words, or 0: after any other word the glued preposition is the verb's ("سلمت الحكومة المؤقتة للجيش السلطة": to the army)."""
    text, matches, norms, stems, w = t.text, t.matches, t.norms, t.stems, t.w
    if not 0 < j < limit or norms[j - 1] not in w.org_adjectives or not _close(text, matches, j):
        return 0
    if t.held(matches[j].start(), matches[j].end()) or not matches[j].group().startswith("ل"):
        return 0
    head = w.heads.starts_any(stems, j)
    if not head or (head == 1 and w.titles.starts_any(stems, j)):
        return 0
    after = j + head
    completed = after < len(matches) and _article(matches[after].group()) and _close(text, matches, after)
    # "of the" with a one-word head-word and no word of its own after it is the verb's ("ووجه الجيش الوطني للشرطة
    # انتقادات": the army criticised the police)
    return head if (matches[j].group().startswith("لل") and head > 1) or completed else 0


def _persian_body_end(t: Unscripted, j: int, limit: int) -> int:
    """Persian names a body with the words after its head-word, with no article to mark them ("سازمان گولن",
    "حزب آزادی و عدالت"): words of a name up to punctuation or a word that starts none; not a plural's ending
    ("سازمان‌های"), nor the noun of a compound verb ("… گولن بازداشت شدند": arrested)."""
    text, matches, norms, w = t.text, t.matches, t.norms, t.w
    if j < len(matches) and _non_joined(text, matches, j):
        return j
    light = word_list(w.language, "light_verbs")
    k = j
    while (
        k < min(limit, len(matches))
        and _close(text, matches, k)
        and _name_like(t, k)
        and not _state_of_word(t, k)
        and norms[k] not in light
    ):
        k += 1
        if k < len(matches) and norms[k] in w.connectors and k + 1 < len(matches) and _name_like(t, k + 1):
            k += 1
    after_names = word_list(w.language, "after_noun_phrases")
    followed = k < len(matches) and _close(text, matches, k)  # (a comma ends the name before the next word)
    # "اعلام" (announce, `compound_verb_nouns`): itself the verb's noun, the word before it the name's
    not_verbs = w.connectors | w.places | after_names | word_list(w.language, "compound_verb_nouns")
    verb = followed and (norms[k] in light or (norms[k] in w.stop and norms[k] not in not_verbs))
    if k > j and verb:
        k -= 1  # a verb follows: the word before it is the verb's noun
    while k > j and norms[k - 1] in w.connectors:
        k -= 1
    return k


def _persian_named_end(t: Unscripted, i: int, j: int) -> int:
    """Where the Persian body's name after the head-word at i ends (`_persian_body_end`); j itself, the head-word
    alone, where a gathering's word follows it (`gathering_words`: "مجلس سوگواری", a mourning ceremony, no body) or
    where an assembly's head-word (`stated_heads`) runs up to a state's name ("مجلس عوام انگلیس": that state's
    assembly, read as the head-word and its state)."""
    gatherings = word_list(t.w.language, "gathering_words")
    if j < len(t.matches) and t.stems[j] & gatherings:
        return j
    k = _persian_body_end(t, j, i + 5)
    stated = t.stems[i] & word_list(t.w.language, "stated_heads") and k < len(t.matches) and _state_of_word(t, k)
    return j if stated else k


def _definite_head(t: Unscripted, i: int) -> bool:
    """The head-word at i is not counted ("یک سازمان حقوق بشری", "۵۰ حزب سیاسی": a body of a kind, no name) nor
    ranked by a superlative ("بزرگ‌ترین شرکت نفتی جهان": the world's largest oil company, `superlative_endings`)."""
    before = t.text[max(0, t.matches[i].start() - 12) : t.matches[i].start()].split()
    if not before:
        return True
    word = normalise(before[-1])
    superlative = word.endswith(tuple(word_list(t.w.language, "superlative_endings")) or ("\0",))
    return not (word.isdigit() or word in t.w.counted or superlative)


QUOTE_OR_LATIN = re.compile(r"\s*[\"'«“„A-Za-z]")


def _kind_before_name(t: Unscripted, j: int) -> bool:
    """The words after a company's head-word run up to a quoted or Latin-script name ('شرکت مشاوره سیاسی "…"', "شرکت
    هواپیمایی Ryanair"), also past a state's adjective ('شرکت امنیت دریایی بریتانیایی "…"'): they say the body's
    kind, and the name after them is the body's."""
    while j < len(t.matches) and _close(t.text, t.matches, j) and _state_of_word(t, j):
        j += 1
    return j > 0 and QUOTE_OR_LATIN.match(t.text, t.matches[j - 1].end()) is not None


def _state_of_word(t: Unscripted, k: int) -> bool:
    return t.held(t.matches[k].start(), t.matches[k].end())


def _arabic_person(t: Unscripted, i: int, title: int) -> tuple[Detected, int] | None:
    """The person named after the title at word i (`title` words long), and the word after the name; or None."""
    matches = t.matches
    j = _title_end(t, i + title)
    if t.w.article_titles and j == i + title and not _definite(matches, i, title) and t.norms[i] not in t.w.naming_verbs:
        return None  # "أول زعيم خليجي يلتقي": an indefinite title with no complement is a noun, no name follows
    # "أعلن النائب العام مقتل جمال …": a verbal noun after the title, then the name: one word read past
    skipped = int(_noun_before_given(t, j))
    j += skipped
    # a name set off by commas after its title: "رئيس الوزراء الأرميني، نيكول باشينيان، اليوم"; or by quotation
    # marks: 'الديكتاتور التونسي "زين العابدين بن علي" في'
    apposed = 0 < j < len(matches) and (_comma_before(t, j) or _quote_before(t, j))
    honorific = j - skipped == i + title and t.w.honorifics.starts_any(t.stems, i) == title
    # Arabic: a body after the title is its complement ("المدير السابق لشركة نيسان"), no name; Persian reads the
    # body's words as the name's, later told a body by its head-word ("سخنگوی وزارت امور خارجه")
    complement = t.w.article_titles and j < len(matches) and bool(t.w.heads.starts_any(t.stems, j) or t.stems[j] & t.w.companies)
    # a head-word a name follows is the body the title leads, not a name ("رهبر حزب بعث": the Ba'ath party's leader)
    complement = complement or (j < len(matches) and bool(t.stems[j] & t.w.named_heads) and _definite_head(t, j))
    # a pope's or monarch's title, also with "the late" or "the former" or the state's adjective before the name
    # ("الملكة الراحلة إليزابيث", "الملك الأردني حسين")
    between = range(i + title, j - skipped)
    regnal = t.w.regnal_titles.starts_any(t.stems, i) == title and all(
        t.norms[k] in t.w.title_adjectives or _state_of_word(t, k) for k in between
    )
    named = None if complement else _arabic_name(t, j, apposed, matches[i].start(), honorific, regnal)
    if named is None and not apposed and t.w.article_titles:
        # past a longer complement ("المتحدث باسم وزارة الداخلية الفرنسية، بيير برانت،", "المدير السابق لشركة
        # نيسان، كارلوس غصن،"): the two or three words the next two commas set off
        k = next((k for k in range(j + 1, min(j + 6, len(matches))) if _comma_before(t, k)), None)
        named = _arabic_name(t, k, True, matches[i].start()) if k and _set_off(t, k) else None
    return named


def _comma_before(t: Unscripted, k: int) -> bool:
    return t.text[t.matches[k - 1].end() : t.matches[k].start()].strip() in ("،", ",")


def _quote_before(t: Unscripted, k: int) -> bool:
    """Word k opens a quotation right after the word before it ('التونسي "زين')."""
    return t.text[t.matches[k - 1].end() : t.matches[k].start()].strip() in OPENING_QUOTES


def _set_off(t: Unscripted, k: int) -> bool:
    """Two or three words at k that a comma closes, none with the article nor held by a known name."""
    end = next((m for m in range(k + 2, min(k + 4, len(t.matches) + 1)) if m == len(t.matches) or _comma_before(t, m)), None)
    return bool(end) and not any(_article(t.matches[m].group()) or _state_of_word(t, m) for m in range(k, end or k))


def _given_first(t: Unscripted, i: int) -> tuple[Detected, int] | None:
    """A name opening with a common given name needs no title ("قال المراسل محمد شبارو", "إبراهيم عقيل وأحمد
    وهبي"): the given names are data, only those that are no common word besides."""
    if t.held(t.matches[i].start(), t.matches[i].end()):
        return None
    if t.w.given.isdisjoint(t.stems[i]) and not _particle_opened(t, i):
        return None
    # "خان يونس", "سورة يونس", "مار بولس", "سن لوئیس": a place's, a chapter's or a saint's name (`not_before_given`)
    if i > 0 and t.norms[i - 1] in word_list(t.w.language, "not_before_given"):
        return None
    return _arabic_name(t, i, False, None)


def _particle_opened(t: Unscripted, i: int) -> bool:
    """Word i is a name's particle that a word with the article completes, as a compound given name is written
    ("عبد الفتاح البرهان", "عبد الله حمدوك"): a name with no title needed (read on to three words), where no word of
    a name may stand before it ("حسن عبد الكريم نصر الله" is one name): after punctuation, a stop word or a verb of
    speech."""
    k = i + 1
    before = i - 1
    opens = before < 0 or not _close(t.text, t.matches, i) or t.norms[before] in t.w.stop or bool(t.stems[before] & t.w.speech)
    return (
        opens
        and k < len(t.matches)
        and t.norms[i].removeprefix("و") in word_list(t.w.language, "compound_particles")
        and _article(t.matches[k].group())
        and _close(t.text, t.matches, k)
        and t.norms[k] not in t.w.stop
    )


@cache
def _ordered(words: frozenset[str]) -> tuple[str, ...]:
    """A word list as a tuple, for `str.startswith`."""
    return tuple(sorted(words))


def _kunya(t: Unscripted, i: int) -> tuple[Detected, int] | None:
    """A name opening with a kunya, "father of", then a given name and a family name with the article is a person
    with no title needed ("أبو بكر البغدادي", glued: "أبوبكر البغدادي")."""
    # the word itself or after "and": "كابول" is no "ابول" after the preposition ka-
    written = {t.norms[i], t.norms[i].removeprefix("و")}
    if not any(stem.startswith(_ordered(t.w.kunyas)) for stem in written):
        return None  # every kunya the search below may find opens one of the forms
    kunya = next(
        (k for k in t.w.kunyas for stem in written if stem == k or (stem.startswith(k) and len(stem) > len(k) + 2)), None
    )
    if kunya is None:
        return None
    last = i + 2 if written & t.w.kunyas else i + 1  # "أبو بكر …" or "أبوبكر …"
    if last >= len(t.matches) or not _article(t.matches[last].group()) or t.norms[last] in t.w.stop:
        return None
    if any(not _close(t.text, t.matches, k) or t.held(t.matches[k].start(), t.matches[k].end()) for k in range(i + 1, last + 1)):
        return None
    if last == i + 2 and (_article(t.matches[i + 1].group()) or t.norms[i + 1] in t.w.stop):
        return None
    name = max((stem for stem in written if stem.startswith(kunya)), key=len)
    start = t.matches[i].start() + len(t.matches[i].group()) - len(name)  # "وأبو": not the "and"
    end = t.matches[last].end()
    return Detected(t.text[start:end], "person", start, end, t.text[start:end]), last + 1


def _patronymic(t: Unscripted, i: int, found: list[Detected]) -> tuple[Detected, int] | None:
    """A name and "son of" (or "daughter of") and a name is a person with no title needed ("أسامة بن لادن",
    "اسامه بن‌لادن"): the word joins only names. Named again, with the family name alone after a noun ("مرگ بن
    وحید"), it is the person named before."""
    text, matches, norms, w = t.text, t.matches, t.norms, t.w
    last = i + 2
    if last >= len(matches) or norms[i + 1] not in w.patronymics or not _spaced(text, matches, i + 1):
        return None
    if not (_spaced(text, matches, last) and _name_like(t, i) and (_name_like(t, last) or norms[last] in w.particles)):
        return None
    # a word that also means "was born" or "boy" ("طفل ولد ميتا": a child born dead) joins names only after a given
    # name or before the father's given name and family name ("حمادي ولد سيدي المختار")
    born = norms[i + 1] in word_list(w.language, "born_patronymics")
    if born and not (t.stems[i] & w.given or _father_goes_on(t, i, last + 1)):
        return None
    while last + 1 < len(matches) and (norms[last] in w.particles or _non_joined(text, matches, last + 1)):
        last += 1  # "بن عبد العزيز": a particle opens the father's name; "عبدالله‌زاده" is one word
    if last == i + 2 and _father_goes_on(t, i, last + 1):
        last += 1  # "حمادي ولد سيدي المختار": the father's given name, then the family name with the article
    whole, family = norms[i : last + 1], norms[i + 1 : last + 1]
    for person in reversed([*t.earlier, *found]):
        named = [normalise(m.group()) for m in ARABIC_WORD.finditer(person.name)]
        if person.kind == "person" and named[-len(family) :] == family and len(named) > len(family):
            start = matches[i].start() if named == whole else matches[i + 1].start()
            return Detected(person.name, "person", start, matches[last].end(), text[start : matches[last].end()]), last + 1
    start, end = matches[i].start(), matches[last].end()
    return Detected(text[start:end], "person", start, end, text[start:end]), last + 1


def _non_joined(text: str, matches: list[re.Match[str]], k: int) -> bool:
    """Word k is a part of the word before it, joined by a zero-width non-joiner ("بن‌لادن")."""
    return text[matches[k - 1].end() : matches[k].start()] == "\u200c"


def _arabic_name(
    t: Unscripted, j: int, apposed: bool, role_start: int | None, honorific: bool = False, regnal: bool = False
) -> tuple[Detected, int] | None:
    """The name starting at word j, and the word after it; or None. `role_start`: where its title starts. After
    "Mr." (`honorific`) a surname alone is a name, and the next word is no part of it unless a given name opens
    the name ("آقای موگابه نامه داد": Mugabe gave a letter)."""
    text, matches, norms, stems, w, held = t.text, t.matches, t.norms, t.stems, t.w, t.held
    k = j
    while k < len(matches) and (_close(text, matches, k) or (k == j and (apposed or role_start is None))) and _name_word(t, j, k):
        # "بنديكت ال16": the article of an ordinal written in figures is no word of the name
        ordinal = text[matches[k].end() : matches[k].end() + 1].isdigit()
        if (
            held(matches[k].start(), matches[k].end())
            or w.titles.starts_any(stems, k)
            or w.heads.starts_any(stems, k)  # a body's head-word is no word of a name ("بزعامة حزب المحافظين")
            or _governs(text, matches, held, k > j, k)
            or ordinal
        ):
            break
        k += 1
        # a family name with the article ends the name ("بشار الأسد"), unless "son of" goes on ("زين العابدين بن علي")
        ended = _article(matches[k - 1].group()) and norms[k - 2] not in w.particles and norms[k - 1] not in w.given
        if ended and not (k + 1 < len(matches) and norms[k] in w.patronymics and _close(text, matches, k)):
            break
        # two words make a name, more only through a particle ("محمد بن سلمان") or when a third closes the
        # phrase ("رجب طيب أردوغان،", "... أردوغان في"): not "فلاديمير بوتين بيانا مشتركا"
        compound = k - j == 2 and norms[j].removeprefix("و") in word_list(w.language, "compound_particles")
        if (
            k - j >= 2
            and norms[k - 1] not in w.particles
            and (k >= len(matches) or norms[k] not in w.particles)
            and not compound
            and not _father_goes_on(t, j, k)
        ):
            if k - j == 2 and _closes_name(t, k) and not w.titles.starts_any(stems, k):  # "چارلز سوم پادشاه شد": a title
                k += 1
            break
    if honorific and not stems[j] & w.given:
        k = min(k, j + 1)
    k = j + 1 if regnal and k > j + 1 and not _regnal_goes_on(t, j + 1) else k
    while k < len(matches) and _non_joined(text, matches, k):
        k += 1  # "نیک‌پور": one word, its parts joined by a zero-width non-joiner
    gap = "" if k >= len(matches) else text[matches[k - 1].end() : matches[k].start()].strip()
    quoted = 0 < j < len(matches) and text[matches[j - 1].end() : matches[j].start()].strip() in OPENING_QUOTES
    closed = k >= len(matches) or gap in ("،", ",", ".") or (quoted and gap[:1] in CLOSING_QUOTES)
    compound = k - j >= 3 and _article(matches[j + 1].group())  # "عبد الفتاح البرهان" opens with its particle
    # after its title a name may open with its particle ("رئيس الوزراء بن علي يلدريم", "الناطق أبو عبيدة")
    led = role_start is not None or compound
    if k - j >= (1 if honorific or regnal else 2) and (led or norms[j] not in w.particles) and (closed or not apposed):
        start, end = matches[j].start(), matches[k - 1].end()
        if role_start is None and norms[j] not in w.given:  # "وأحمد وهبي": the conjunction is no part of the name
            start += len(matches[j].group()) - len(min(stems[j] & w.given or {norms[j].removeprefix("و")}, key=len))
        role = (role_start, start) if role_start is not None else None
        return Detected(text[start:end], "person", start, end, text[start:end], role=role), k
    return None


def _father_goes_on(t: Unscripted, j: int, k: int) -> bool:
    """After "son of" (or "daughter of") and one word, the father's name goes on to a family name with the article
    ("محمد ولد الشيخ الغزواني" is not over at "الشيخ", nor "حمادي ولد سيدي المختار" at "سيدي")."""
    text, matches, norms, w = t.text, t.matches, t.norms, t.w
    if k - 2 <= j or norms[k - 2] not in w.patronymics or k >= len(matches) or not _close(text, matches, k):
        return False
    # the article itself, not a preposition's glued to it ("بن لادن للولايات المتحدة": to the United States)
    word = matches[k].group()
    if not word.startswith("ال") or t.held(matches[k].start(), matches[k].end()):
        return False
    return norms[k] not in w.stop and not w.titles.starts_any(t.stems, k)


def _regnal_goes_on(t: Unscripted, k: int) -> bool:
    """After a pope's or king's title and one name, word k is the name's too only as a given name, a particle or a
    word with the article (an ordinal, "محمد السادس"): not a verb ("البابا فرنسيس زار", Francis visited)."""
    return bool(t.stems[k] & t.w.given) or t.norms[k] in t.w.particles or _article(t.matches[k].group())


def _noun_before_given(t: Unscripted, j: int) -> bool:
    """Word j is a noun before a name that opens with a given name: no given name or particle itself, and the
    name after it two words long ("صدام حسين شنقاً" is one name: "حسين" and an adverb are none)."""
    if j + 2 >= len(t.matches) or t.stems[j] & t.w.given or t.norms[j] in t.w.particles:
        return False
    given = bool(t.stems[j + 1] & t.w.given) and _close(t.text, t.matches, j + 1) and _close(t.text, t.matches, j + 2)
    return given and _name_word(t, j + 1, j + 2)


def _title_end(t: Unscripted, j: int) -> int:
    """Where a title's adjectives and complements end ("الأذربيجاني", "الخارجية", "رئيس أذربيجان", "السابق"), read
    past a second title ("قائد الجيش الفريق أول ركن")."""
    text, matches, norms, stems, w, held = t.text, t.matches, t.norms, t.stems, t.w, t.held
    while (
        j < len(matches)
        and _close(text, matches, j)
        and (norms[j] not in w.stop or norms[j] in w.title_adjectives | w.title_places)
    ):
        if norms[j] in w.given:  # "الملكة اليزابيث": a given name that opens like a word with the article
            break
        more = w.titles.starts_any(stems, j)
        if more > 1:
            j += more
            continue
        if not (_article(matches[j].group()) or held(matches[j].start(), matches[j].end())):
            # a field and the state it is of complete the title ("وزير خارجية سلوفينيا", "رئيسة وزراء نيوزيلندا")
            state_next = (
                j + 1 < len(matches) and _close(text, matches, j + 1) and held(matches[j + 1].start(), matches[j + 1].end())
            )
            if state_next and norms[j] in w.state_complements:
                j += 1
                continue
            if (
                norms[j] in w.title_places
                and j + 1 < len(matches)
                and _close(text, matches, j + 1)
                and norms[j + 1] not in w.stop
            ):
                j += 2  # "حاكم ولاية يوتا": the state of Utah, whose name no data holds
                continue
            break
        j += 1
    return j


def _name_word(t: Unscripted, j: int, k: int) -> bool:
    """Word k may be a word of the name starting at word j: no stop word, article or verb of speech, except a given
    name folded like a stop word ("علي" beside "على") before a word without the article, the article's word
    after "عبد" ("عبد الفتاح") and a family name with the article that closes the phrase ("بشار الأسد،")."""
    text, matches, norms, stems, w, held = t.text, t.matches, t.norms, t.stems, t.w, t.held
    word = matches[k].group()
    if _preposition_phrase(t, k) or ACCUSATIVE in word:  # "لنظام بلاده", "وحمايته"; "شنقاً" (by hanging)
        return False
    if not _blocked(word, norms[k], stems[k], w):
        return True
    after = k + 1
    if k > j and norms[k - 1] in w.patronymics and not held(matches[k].start(), matches[k].end()):
        return True  # the father's name after "son of" ("بن علي": "علي", not the preposition "على")
    if word not in w.stop_written and norms[k] in w.stop and not _article(word) and not stems[k] & w.speech:
        return after < len(matches) and _close(text, matches, after) and not _article(matches[after].group())
    if k == j or not _article(word) or norms[k] in w.stop or held(matches[k].start(), matches[k].end()):
        return False
    if norms[k] in word_list(w.language, "not_family_names"):
        return False
    if norms[k - 1] in w.particles or (k - j == 2 and norms[j].removeprefix("و") in word_list(w.language, "compound_particles")):
        return True  # "عبد الفتاح البرهان": the family name after a compound given name
    if k - 2 > j and norms[k - 2] in w.patronymics:
        return True  # "محمد ولد الشيخ الغزواني": the family name after "son of" and the father's given name
    ends = after >= len(matches) or not _close(text, matches, after) or norms[after] in w.stop
    ends = ends or bool(w.titles.starts_any(stems, after))  # "أنور السادات رئيس مصر": a title in apposition follows
    patronymic = after < len(matches) and norms[after] in w.patronymics and _close(text, matches, after)
    return ends or patronymic or bool(stems[after] & w.speech)


def _governs(text: str, matches: list[re.Match[str]], held: Covered, inside: bool, k: int) -> bool:
    """Word k, inside a name, is a preposition's noun governing the name after it ("الشيخ تميم لمقر الناتو": to
    NATO's headquarters), not a word of the name."""
    if not inside or not matches[k].group().startswith(("ل", "ب")) or k + 1 >= len(matches) or not _close(text, matches, k + 1):
        return False
    return held(matches[k + 1].start(), matches[k + 1].end())


def _definite(matches: list[re.Match[str]], i: int, title: int) -> bool:
    """The title at word i carries the article or is completed by a word that does ("الزعيم", "رئيس الوزراء")."""
    return any("ال" in matches[k].group()[:4] or "لل" in matches[k].group()[:3] for k in range(i, i + title))


def _preposition_phrase(t: Unscripted, k: int) -> bool:
    """Word k is an Arabic preposition or "and" glued to a noun with a possessive pronoun, a phrase and no word of a
    name, unless it is a given name."""
    word = t.matches[k].group()
    return t.w.language == "ar" and bool(PREPOSITION_AND_PRONOUN.fullmatch(word)) and not t.stems[k] & t.w.given


AND_THEN_VERB = re.compile(r"و[يت]\w{3,}")  # "and" glued to a verb's present tense: "ويبلغ", "وتابع"


def _closes_name(t: Unscripted, k: int) -> bool:
    """Word k may end a three-word name: a name's word itself, followed by punctuation, the end, or a word that
    starts no name."""
    text, matches, norms, stems, w, held = t.text, t.matches, t.norms, t.stems, t.w, t.held
    if k >= len(matches) or not _close(text, matches, k) or held(matches[k].start(), matches[k].end()):
        return False
    if matches[k].group().startswith(("بال", "كال", "فال", "لل")):  # "بالوفد": a preposition and the article, no name
        return False
    if _preposition_phrase(t, k) or ACCUSATIVE in matches[k].group():  # "بنظيره", "لتوقيفه": to his counterpart
        return False
    if w.language == "ar" and POSSESSED.search(matches[k].group()) and not stems[k] & w.given:
        return False  # a noun with "her", "their" ("بينظير بوتو أنصارها": her supporters), no name's last word
    if _and_then_body(t, k):
        return False
    if w.language == "ar" and AND_THEN_VERB.match(matches[k].group()) and not stems[k] & w.given:
        return False  # "تايلر روبنسون ويبلغ من العمر": "and he is (aged)", a clause going on
    if _article(matches[k].group()):  # "عبد الفتاح البرهان": a family name with the article
        return _name_word(t, k - 1, k)
    if _blocked(matches[k].group(), norms[k], stems[k], w):
        return False
    after = k + 1
    return after >= len(matches) or not _close(text, matches, after) or norms[after] in w.stop or bool(stems[after] & w.speech)


def _and_then_body(t: Unscripted, k: int) -> bool:
    """Arabic: word k is "and" glued to a body's head-word or a title ("أنجيلا ميركل وحزب …": Merkel and the party):
    the next phrase, no third word of the name before it."""
    if t.w.language != "ar" or not t.matches[k].group().startswith("و"):
        return False
    return bool(t.w.heads.starts_any(t.stems, k) or t.w.titles.starts_any(t.stems, k))


def _close(text: str, matches: list[re.Match[str]], k: int) -> bool:
    """Word k follows the one before it with only a space between (no punctuation)."""
    return k > 0 and not text[matches[k - 1].end() : matches[k].start()].strip()


def _arabic_organisation(t: Unscripted, i: int, j: int, states: dict[tuple[int, int], str]) -> Detected:
    """An Arabic body from its head-word to its last word with the article, its clitics taken off the
    front ("وخفر السواحل" is "خفر السواحل"); with a state's adjective after it and an English name for its
    head-words, named in English ("خفر السواحل الصيني": "China Coast Guard")."""
    text, matches, norms, stems, w, held = t.text, t.matches, t.norms, t.stems, t.w, t.held
    first = next((v for v in sorted(stems[i], key=lambda v: (-len(v), v)) if v in w.heads.by_first), norms[i])
    elided = _elided_article(norms[i], first)
    start = matches[i].end() - len(first) + elided if len(first) - elided < len(norms[i]) else matches[i].start()
    end = matches[j - 1].end()
    surface = text[start:end]
    key = (first, *norms[i + 1 : j])
    english = w.org_names.get(key)
    state = state_at(matches[j], states) if j < len(matches) and held(matches[j].start(), matches[j].end()) else None
    if english and state:
        return Detected(f"{state} {english}", "organisation", start, end, surface)
    name = organisation_name("ا" * elided + surface, list(key), start, end, w, states)
    return Detected(name, "organisation", start, end, surface)


def _elided_article(word: str, head: str) -> int:
    """1 where the head-word read in the word carries the article whose alif the preposition li- elides ("للقوات"
    is "ل" + "القوات"): the body is named from "ل|لقوات" with the alif put back, as where the text writes it whole."""
    return int(head.startswith("ال") and word.endswith(head[1:]) and not word.endswith(head))


def _arabic_body_alone(t: Unscripted, i: int, states: dict[tuple[int, int], str]) -> Detected | None:
    """A state's legislature named by its head-word alone ("البرلمان"): the body of the one state the paragraph
    names (as `_the_states_body`), not when it completes a title before it ("رئيس البرلمان")."""
    alone = {normalise(k): v for k, v in t.w.bodies_alone.items()}
    english = next((alone[v] for v in sorted(t.stems[i]) if v in alone), None)
    named = set(states.values())
    if not english or len(named) != 1 or any(t.w.titles.starts_any(t.stems, m) for m in range(max(0, i - 2), i)):
        return None
    return replace(_arabic_organisation(t, i, i + 1, states), name=f"{named.pop()} {english}")


def _article(word: str) -> bool:
    """The word carries the Arabic article (names of people rarely do)."""
    return word.startswith(("ال", "وال", "بال", "لل"))


def _blocked(word: str, norm: str, stems: set[str], w: Words) -> bool:
    # a given name is no article's word, though it may open like one (Persian "الکسی", Alexei)
    if w.plural_endings and norm.endswith(w.plural_endings) and (norm in w.plural_endings or len(norm) > 4):
        return True  # "کاتولیک‌های", or the ending alone after a non-joiner
    return norm in w.stop or (_article(word) and norm not in w.given) or bool(stems & w.speech) or len(norm) < 2
