"""People and organisations that no registry lists, found by the shape of the text.

The words are data, one file per language (`data/detect/<language>.yaml`): titles ("President",
"президент", "الرئيس"), name particles, organisation head-words ("Ministry", "Министерство", "وزارة"),
verbs of speech and words that start no name. A person is a run of capitalised words after a title, before
a verb of speech or opening with a known given name (the first-name list of gender-guesser); an
organisation is a run holding a head-word, or a name defined with its acronym ("Shanghai Cooperation
Organisation (SCO)"). A surname or an acronym alone, after the full name in the same text, is the same actor.
Arabic has no capitals: a person there is the name that follows a title.

This module runs the readings in their order for each kind of script and joins what they find: runs of
capitals (`detect_cased`, read by `detect_people` and `detect_organisations`), names told by their context
(`detect_context`), Arabic and Persian (`detect_arabic`), Chinese and Japanese (`detect_unspaced`), Hebrew and
Thai (`detect_caseless`), with each language's words from `detect_words`; then the names a source repeats alone.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from . import generic_words
from .detect_arabic import detect_unscripted
from .detect_cased import capitalised_names
from .detect_caseless import caseless_people, unspaced_caseless
from .detect_context import (
    acronym_bodies,
    attributed_acronyms,
    companies_after_head,
    compound_bodies,
    division_named,
    feminine_led_names,
    initialled_people,
    leaders_of_regimes,
    lone_acronyms,
    makers_of_models,
    named_before_acronym,
    named_before_kind,
    named_before_latin_acronym,
    offices_of_places,
    outlets_named,
    participle_head,
    parties_after_people,
    party_acronyms,
    registered_here,
    set_or_genre,
    shared_surnames,
    spoken_title_case_acronyms,
    without_elided_article,
)
from .detect_unspaced import (
    katakana_people,
    limited_companies,
    periodicals,
    prefixed_bodies,
    quoted_unspaced_bodies,
    unspaced_bodies,
    unspaced_makers,
    unspaced_people,
)
from .detect_words import (
    AND_WORDS,
    APOSTROPHE_ENDING,
    ARABIC_WORD,
    DEFINED_ACRONYM,
    LATIN_ACRONYM,
    LATIN_LETTER,
    POSSESSIVE,
    READ_WORDS,
    WORD,
    WORD_BEFORE,
    Covered,
    Detected,
    Words,
    bare_word,
    data_pattern,
    word_list,
    words,
    words_in,
)
from .knowledge import (
    and_word,
)
from .registry import normalise, variants
from .scripts import CYRILLIC

KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{1,4}$")  # a given name of two syllables joined by a hyphen ("Jong-il")


def detect(
    text: str,
    language: str,
    taken: list[tuple[int, int]],
    states: dict[tuple[int, int], str],
    earlier: tuple[Detected, ...] = (),
    written_alone: frozenset[str] = frozenset(),
) -> list[Detected]:
    """Unregistered people and organisations in one text. `taken`: the spans registry names already hold;
    `states`: spans that name a state, with its English name (for "Ministry of Defence (Armenia)"); `earlier`:
    the people earlier paragraphs of the same source named in full, whose names may come back alone here;
    `written_alone`: the capitalised words the whole source also writes on their own (`lone_words`), as a surname is."""
    vocabulary = words(language)
    if vocabulary is None or (vocabulary.foreign_capitals and language.startswith("ja")):
        # Japanese has no data file: its katakana names still show, as its own rules read them
        return katakana_people(text, taken, earlier) if language.startswith("ja") else []
    if language.startswith(("ar", "fa")):
        found = detect_unscripted(text, vocabulary, taken, states, earlier)
        found = sorted(found + _dateline_bodies(text, language, taken, found), key=lambda d: d.start)  # "(وال) -"
    elif language.startswith(("zh", "ja")):
        people = unspaced_people(text, vocabulary, language, taken, earlier)
        bodies = unspaced_bodies(text, vocabulary, language, states) + periodicals(text, language, taken)
        bodies += _dateline_bodies(text, language, taken, bodies + people)
        bodies += unspaced_makers(text, vocabulary, taken, bodies + people)
        bodies += prefixed_bodies(text, vocabulary, language, taken, bodies + people)
        bodies += limited_companies(text, language, taken, states, bodies + people)
        bodies += quoted_unspaced_bodies(text, language, taken, bodies + people)
        return bodies + _dateline_bodies(text, language, taken, bodies + people, "party_names") + people
    else:
        # a name after a word for a company is the company's, also where it opens with a given name ("la empresa
        # Minerva Sur"): read first
        companies = outlets_named(text, vocabulary, vocabulary.kinds, taken, [])
        held = taken + [(d.start, d.end) for d in companies]
        found = companies + capitalised_names(text, vocabulary, held, states, written_alone)
        found = sorted(found + caseless_people(text, language, held, found), key=lambda d: d.start)  # Hebrew
        found = sorted(found + unspaced_caseless(text, language, held, found), key=lambda d: d.start)  # Thai
        found += compound_bodies(text, vocabulary, held, found, states)
        found = found + outlets_named(text, vocabulary, vocabulary.media, taken, found, states)
        found = found + named_before_kind(text, vocabulary, taken, found, states)
        found = found + companies_after_head(text, vocabulary, taken, found, states)
        found = sorted(found + attributed_acronyms(text, vocabulary, taken, found), key=lambda d: d.start)
        found = sorted(found + spoken_title_case_acronyms(text, vocabulary, taken, found), key=lambda d: d.start)
        found = sorted(found + named_before_acronym(text, vocabulary, taken, found), key=lambda d: d.start)
        found = named_before_latin_acronym(text, vocabulary, taken, found)  # "Силами швидкого реагування (RSF)"
        named = found + registered_here(text, taken, earlier)  # "Luiz Inácio Lula da Silva (PT)": a registry's person
        found = sorted(found + parties_after_people(text, vocabulary, taken, named), key=lambda d: d.start)
        found = sorted(found + lone_acronyms(text, vocabulary, taken, found, states), key=lambda d: d.start)
        found = sorted(found + acronym_bodies(text, vocabulary, taken, found, written_alone), key=lambda d: d.start)
        found = sorted(found + party_acronyms(text, vocabulary, taken, found), key=lambda d: d.start)  # "du parti FSNC"
        found = sorted(found + _dateline_bodies(text, language, taken, found), key=lambda d: d.start)  # "TAIPEI (Site) —"
        found = sorted(found + makers_of_models(text, vocabulary, taken, found), key=lambda d: d.start)  # "Boeing 737"
        found = sorted(found + offices_of_places(text, vocabulary, taken, found), key=lambda d: d.start)
        found = sorted(found + leaders_of_regimes(text, vocabulary, taken, found), key=lambda d: d.start)
        found = sorted(found + feminine_led_names(text, vocabulary, taken, found), key=lambda d: d.start)  # "la OpenAI"
        found = initialled_people(text, vocabulary, taken, found)  # "С.В.Лавров": two initials and a surname
        shared = shared_surnames(text, vocabulary, taken, found)
        renamed = {(d.start, d.end) for d in shared}  # "brothers Tamerlan": now "Tamerlan Tsarnaev"
        found = sorted([d for d in found if (d.start, d.end) not in renamed] + shared, key=lambda d: d.start)
        found = [without_elided_article(d, language) for d in found if not set_or_genre(text, d, language)]
        found = [d for d in found if not participle_head(text, d, language)]
        found = [d for d in found if not division_named(text, d, language)]
    found = _repeats(text, found, taken, language, earlier)
    return _original_spellings(text, sorted(found + _partners_of_people(text, vocabulary, taken, found), key=lambda d: d.start))


PARTNER_REACH = 120  # characters before a person where "X and" may stand: a word and the joiner


def _partners_of_people(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """One capitalised word joined by "and" to a person the text names ("Sunak and Biden", "Filippo e Matilde"): a
    person too, unless a registry name, a body's head-word, a title or a stop word, or written in lower case
    elsewhere in the text (a common noun)."""
    joiner = and_word(w.language)
    people = [d for d in found if d.kind == "person"]
    if not joiner or not people or w.noun_capitals:  # German capitalises every noun: "zwischen Putschisten und Hamdok"
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    name = r"[^\W\d_][\w'’-]*"
    partners = []
    for d in people:
        after = re.compile(rf"[ \u00a0]{re.escape(joiner)}[ \u00a0]({name})").match(text, d.end)
        # "Biden and Rishi Sunak", "Bakanı X ve Tarım ve Sulama Bakanı": a longer name, or a title's words
        after = None if after and _before_capitalised(text, after.end(), joiner) else after
        # the word before "and" is read in the last characters before the person alone, not the whole text before
        # it: one search per person over the text made long texts with many people quadratic
        before = re.compile(rf"(?<![\w'’-])({name})[ \u00a0]{re.escape(joiner)}[ \u00a0]$").search(
            text, max(0, d.start - PARTNER_REACH), d.start
        )
        before = None if before and _after_capitalised(text, before.start()) else before  # "Rishi Sunak and": a surname
        for m in (after, before):
            if m and _lone_name(text, m.group(1), w) and not held(m.start(1), m.end(1)):
                partners.append(Detected(m.group(1), "person", m.start(1), m.end(1), m.group(1)))
    return list({(d.start, d.end): d for d in partners}.values())


def _after_capitalised(text: str, at: int) -> bool:
    """The word right before `at` is capitalised. Read in the last characters before `at` alone (a word and its
    space), not the whole text before it: called once per partner, a whole-text search made long texts quadratic."""
    m = WORD_BEFORE.search(text, max(0, at - PARTNER_REACH), at)
    return bool(m and m.group(1)[:1].isupper())


def _before_capitalised(text: str, at: int, joiner: str) -> bool:
    """The word right after `at`, or after `joiner` there, is capitalised."""
    m = re.compile(rf"[ \u00a0](?:{re.escape(joiner)}[ \u00a0])?([^\W\d_])").match(text, at)
    return bool(m and m.group(1).isupper())


# Latin script only: Cyrillic inflects a place's name after "и" as a surname ends ("Крыма и Севастополя")
LATIN_CAPITAL = re.compile(r"[A-Z\u00c0-\u00de\u0100-\u017f]")


def _lone_name(text: str, word: str, w: Words) -> bool:
    """A capitalised word in Latin letters that names no body, title or stop word, and that the text never writes in
    lower case."""
    norms = [normalise(word)]
    if not LATIN_CAPITAL.match(word) or word.isupper() or len(word) < 3:  # "Santos and FARC": an acronym, a body's
        return False
    if w.heads.starts(norms, 0) or w.titles.starts(norms, 0):
        return False
    return norms[0] not in w.stop and not re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text)


def _original_spellings(text: str, found: list[Detected]) -> list[Detected]:
    """A person's name, then another in brackets: the same person's name in its original spelling ("Хорхе Маріо
    Берґольо (Jorge Mario Bergoglio)") or a pope's name at birth ("Іван Павло II (Кароль Юзеф Войтила)"), not a
    second person."""
    for k in range(1, len(found)):
        a, b = found[k - 1], found[k]
        if a.kind == b.kind == "person" and text[a.end : b.start].strip() == "(" and text[b.end : b.end + 1] == ")":
            found[k] = replace(b, name=a.name, key=a.key or a.name)
    return found


def repeated_acronyms(texts: Sequence[str], language: str) -> frozenset[str]:
    """The Latin acronyms a source writes twice or more, as written ("NDA", "EFE"), in the languages whose data asks
    for them (`repeated_acronyms`): a body the text keeps naming by its initials. Not one it defines in parentheses
    after a name ("Inteligencia militar de Ucrania (HUR)"), which names that body, nor a currency's ("US$", "R$")."""
    if word_list(language, "repeated_acronyms") != {"yes"}:
        return frozenset()
    counts = Counter(
        m.group()
        for text in texts
        for m in LATIN_ACRONYM.finditer(text)
        if "." not in m.group() and text[m.end() : m.end() + 1] != "$"
    )
    defined = {m.group(1) for text in texts for m in DEFINED_ACRONYM.finditer(text)}
    return frozenset(word for word, count in counts.items() if count > 1 and word not in defined)


def _dateline_bodies(
    text: str, language: str, taken: list[tuple[int, int]], found: list[Detected], key: str = "dateline_bodies"
) -> list[Detected]:
    """The outlet a dateline or a bracketed credit opens with (Chinese "新华网加拉加斯3月5日电", "[环球网快讯]",
    "哈通社/努尔-苏丹/"; English "TAIPEI (Site News) —"): a site, agency or station, an organisation (the pattern of
    `dateline_bodies`); with `key` "party_names", a Chinese party's short name ("民进党"), where no state's name or
    found body holds it."""
    pattern = data_pattern(language, key)
    if pattern is None:
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    w = words(language)
    chars = w.name_characters if w and key == "party_names" else frozenset()
    return [
        Detected(m.group(1), "organisation", m.start(1), m.end(1), m.group(1))
        for m in pattern.finditer(text)
        if not held(m.start(1), m.end(1)) and not _leaders_party(text, m.start(1), chars)
    ]


def _leaders_party(text: str, start: int, chars: frozenset[str]) -> bool:
    """Chinese: a party's two characters that end a transliterated name ("穆加贝党"): the party of that leader,
    not one called "加贝党"."""
    return start > 0 and bool(chars) and chars.issuperset(text[start - 1 : start + 2])


def _full_name_start(text: str, at: int, person: Detected) -> int:
    """Where the person's full name starts when the surname at `at` closes it ("Ranil Wickremesinghe" again)."""
    given = person.surface[: person.surface.rfind(" ") + 1]
    return at - len(given) if given and text[max(0, at - len(given)) : at] == given else at


def _given_after_connector(text: str, m: re.Match[str], hit: Detected, w: Words | None) -> bool:
    """A person's given name alone right after a name's connector or article ("Mercatini di Natale", "del Nilo"): a
    place's or a feast's name, not the person."""
    if w is None or normalise(m.group()) != normalise(hit.surface.split()[0]):
        return False
    before = WORD.findall(text[max(0, m.start() - 20) : m.start()])
    return bool(before) and normalise(before[-1]) in w.connectors - AND_WORDS


def _short_forms(found: list[Detected], given_alone: bool = False) -> dict[str, Detected]:
    """The surnames and acronyms that may stand alone for the detected actors, each to its actor; with
    `given_alone`, a person's given name too ("Kobe" after "Kobe Bryant"), after the surnames of all of them."""
    short: dict[str, Detected] = {}
    for d in found:
        parts = d.surface.split()
        if d.kind == "person" and len(parts) == 1 and len(d.surface) >= 4 and d.surface[:1].isupper():
            short.setdefault(normalise(d.surface), d)  # "Хасины" after "премьер-министр Шейх Хасина"
        if d.kind == "person" and len(parts) >= 2:
            short.setdefault(normalise(parts[-1]), d)
            particle, _, rest = parts[-1].partition("-")  # "Assad" after "Bashar al-Assad"
            if rest[:1].isupper() and len(particle) <= 3 and particle.islower():
                short.setdefault(normalise(rest), d)
            if CYRILLIC.search(parts[-1]):  # "Лавров" and "Лаврова", "Лаврову" differ by more than an ending
                short.setdefault(normalise(parts[-1] + "а"), d)
            if len(parts) == 2 and KOREAN_GIVEN.match(parts[1]) and 2 <= len(parts[0]) <= 4:
                short.setdefault(normalise(parts[0]), d)  # "Kim Jong-il", then "Kim": a Korean surname comes first
        if d.acronym:
            short.setdefault(d.acronym, d)
        elif d.kind == "organisation":  # "PCG" after "Philippine Coast Guard": its initials, in capitals
            initials = "".join(w[0] for w in WORD.findall(d.name) if w[:1].isupper())
            if len(initials) >= 2 and initials.isupper():
                short.setdefault(initials, Detected(d.name, d.kind, d.start, d.end, d.surface, initials, key=d.key))
    return short | {k: d for k, d in _given_forms(found).items() if k not in short} if given_alone else short


def _read_on_surnames(text: str, found: list[Detected], w: Words) -> dict[str, Detected]:
    """Arabic script has no capitals to end a name: a name of three words or more read after a title may have taken
    the next word in ("سرگئی لاوروف خبر داد", Lavrov "reported"). Its last-but-one word, then, is the surname the text
    may write alone later ("لاوروف افزود"), each to its person: a word of four letters or more that is no given
    name, particle ("بن", "ابو") or title, where the name's last word is written nowhere else in the text (a
    surname written alone, "أردوغان" after "رجب طيب أردوغان", keeps the name whole)."""
    short: dict[str, Detected] = {}
    for d in found:
        parts = d.surface.split()
        if d.kind != "person" or len(parts) < 3 or not all(ARABIC_WORD.fullmatch(p) for p in parts):
            continue
        surname, last = normalise(parts[-2]), parts[-1]
        if len(surname) < 4 or surname in w.given | w.patronymics | w.kunyas or w.titles.starts([surname], 0):
            continue
        if _word_count(text, last) > _word_count(text, d.surface):
            continue
        short.setdefault(surname, d)
    return short


def _word_count(text: str, words: str) -> int:
    """How often the text writes `words` as whole words ("خبر", not inside "خبرگزاری")."""
    return len(re.findall(rf"(?<!\w){re.escape(words)}(?!\w)", text))


CLAUSE_START = re.compile(r"(?:^|[.!?؟،,؛:«»\"\n])\s*$")


def _subject_slot(text: str, m: re.Match[str], w: Words) -> bool:
    """Arabic script: a word where a clause's subject stands, a person's surname alone may: opening a clause (after a
    stop, a comma, a colon or a quotation mark), with the conjunction "و" glued to it, or right after a verb of speech
    ("وقال مادورو")."""
    if CLAUSE_START.search(text, max(0, m.start() - 3), m.start()) or m.start() == 0 or m.group().startswith("و"):
        return True
    before = list(ARABIC_WORD.finditer(text, max(0, m.start() - 20), m.start()))
    if not before or text[before[-1].end() : m.start()].strip():
        return False
    return bool(variants(normalise(before[-1].group())) & w.speech)


def _given_forms(found: list[Detected]) -> dict[str, Detected]:
    """The given names of the people named in full, each to its person (the first one named, where two share one)."""
    given: dict[str, Detected] = {}
    for d in found:
        parts = d.surface.split()
        if d.kind == "person" and len(parts) >= 2 and len(parts[0]) >= 3 and parts[0][:1].isupper() and "." not in parts[0]:
            given.setdefault(normalise(parts[0]), d)
    return given


def lone_words(text: str, language: str) -> frozenset[str]:
    """The capitalised words a text writes on their own, inside a sentence and with no capitalised word beside them
    ("… said Georgescu, who"), folded: the surnames of people it also names in full."""
    return lone_words_in((text,), language)


def lone_words_in(texts: Sequence[str], language: str) -> frozenset[str]:
    """`lone_words` of the paragraphs written one after another with a blank line between them, each paragraph's
    words read once: detection takes them again from `READ_WORDS` (no word spans a blank line, so the words of the
    whole text are the paragraphs' words one after another)."""
    w = words(language)
    nouns = w is not None and w.noun_capitals and not generic_words.lower_case_nouns(language)
    if w is None or nouns or language.startswith(("ar", "fa", "zh", "ja")):
        return frozenset()  # German capitalises every noun; Arabic, Persian and Chinese have no capitals
    # a language with no file: words in Latin letters alone, as Cyrillic-script languages with no file capitalise the
    # words of official names and titles ("Татарстан Республикасы Президенты", "Монгол Улсын Ерөнхий сайд")
    latin_only = w.noun_capitals
    READ_WORDS.clear()
    read = []
    for text in texts:
        matches, written_here = words_in(WORD, text)
        READ_WORDS[id(text)] = (text, WORD, matches, written_here)
        read.append((matches, written_here))
    firsts = list(itertools.accumulate((len(m) for m, _ in read), initial=0))  # each paragraph's first word
    written = list(itertools.chain.from_iterable(x for _, x in read))
    found = set()
    inside = w.particles | w.connectors
    # most words are lower-case: one comprehension picks out the capitalised ones, the loop looks at those alone
    for k in [k for k, word in enumerate(written[1:-1], 1) if word[:1].isupper() and not word.isupper()]:
        word = written[k]
        before = k - 1
        while before > 0 and normalise(written[before]) in inside:
            before -= 1  # "Cour de Cassation": inside a name; "le succès de Georgescu": alone
        if not written[before][:1].islower():
            continue  # a sentence's first word, or one of a run of capitalised words
        if written[k + 1][:1].isupper() and _spaces_between(texts, read, firsts, k):
            continue
        if latin_only and (not LATIN_LETTER.match(word) or word.lower() in generic_words.language_names(language)):
            continue  # "ny Malagasy rehetra" (all Malagasy): a people's or language's name, no surname
        found.add(bare_word(word, w))
    return frozenset(found)


def _spaces_between(texts: Sequence[str], read: list[tuple[list[re.Match[str]], list[str]]], firsts: list[int], k: int) -> bool:
    """Only spaces (blank lines between paragraphs too) between word k and word k + 1 of the paragraphs' words."""
    a = bisect.bisect_right(firsts, k) - 1  # the paragraph of word k (an empty one shares the next one's first)
    b = bisect.bisect_right(firsts, k + 1) - 1
    end, start = read[a][0][k - firsts[a]].end(), read[b][0][k + 1 - firsts[b]].start()
    if a == b:
        return not texts[a][end:start].strip()
    between = [texts[a][end:], *texts[a + 1 : b], texts[b][:start]]
    return not any(part.strip() for part in between)


# the case endings of a Russian or Ukrainian name ("Уго Чавесу", "Чавеса", "Чавесом"), longest first
CASE_ENDINGS = ("ові", "еві", "ою", "ом", "ем", "ім", "ой", "ей", "ий", "ій", "им", "а", "я", "у", "ю", "і", "и", "е", "ы")


def _case_key(surface: str) -> tuple[str, ...] | None:
    """A Cyrillic full name's words without their case endings: "Уго Чавесу" and "Уго Чавесом" are one key."""
    parts = surface.split()
    if len(parts) < 2 or not all(CYRILLIC.search(p) for p in parts):
        return None
    stems = []
    for p in (normalise(p) for p in parts):
        ending = next((e for e in CASE_ENDINGS if p.endswith(e) and len(p) - len(e) >= 2), "")
        stems.append(p[: len(p) - len(ending)])
    return tuple(stems)


def _one_in_every_case(found: list[Detected], earlier: tuple[Detected, ...]) -> list[Detected]:
    """A person named in full again in another case ("Уго Чавесу", then "Уго Чавеса", "Уго Чавесом"), in this
    paragraph or an earlier one, is the person named first."""
    first: dict[tuple[str, ...], Detected] = {}
    for d in earlier:
        key = _case_key(d.surface) if d.kind == "person" else None
        if key:
            first.setdefault(key, d)
    named = []
    for d in found:
        key = _case_key(d.surface) if d.kind == "person" else None
        hit = first.setdefault(key, d) if key else d
        named.append(replace(d, name=hit.name, key=hit.key) if hit is not d else d)
    return named


def _surnames_first(found: list[Detected]) -> list[Detected]:
    """A surname found alone ("Ціпрас сказав, …") in a text that names the person in full after it ("Прем’єр-міністр
    Алексіс Ціпрас") is that person."""
    full = {normalise(d.surface.split()[-1]): d for d in found if d.kind == "person" and len(d.surface.split()) >= 2}
    named = []
    for d in found:
        word, alone = normalise(d.surface), d.kind == "person" and " " not in d.surface
        hit = next((full[k] for k in [word, *variants(word)] if k in full), None) if alone else None
        named.append(replace(d, name=hit.name, key=hit.key) if hit else d)
    return named


def _genitive_stems(word: str, language: str) -> list[str]:
    """German: a name's genitive glues an s on with no apostrophe ("Putins Krieg", "Trumps Zölle", German grammar):
    the name without it, for a capitalised word of five letters or more."""
    if not language.startswith("de") or len(word) < 5 or not word[:1].isupper() or not word.endswith("s"):
        return []
    return [word[:-1], normalise(word[:-1])]


def _repeats(
    text: str, found: list[Detected], taken: list[tuple[int, int]], language: str, earlier: tuple[Detected, ...] = ()
) -> list[Detected]:
    """A surname or an acronym alone, after the full name in the same text (or a person's name, whole or its
    surname, after an earlier paragraph named them in full), names the same actor."""
    found = _one_in_every_case(_surnames_first(found), earlier)
    w = words(language)
    given_alone = bool(w and w.given_alone)
    short = _short_forms(found, given_alone)
    before = {key: d for key, d in _short_forms(list(earlier), given_alone).items() if d.kind == "person" and key not in short}
    read_on: dict[str, Detected] = {}
    if w and language.startswith(("ar", "fa")):  # a name read one word too far: its own last word alone too
        read_on = {k: d for k, d in _read_on_surnames(text, found, w).items() if k not in short}
        short |= read_on
        ahead = {k: d for k, d in _read_on_surnames(text, list(earlier), w).items() if k not in short and k not in before}
        before |= ahead
        read_on |= ahead
    short |= before
    if not short:
        return found
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    more = []
    first_end = min((d.end for d in found), default=0)
    ending = APOSTROPHE_ENDING if language.startswith("tr") else POSSESSIVE
    for m in ARABIC_WORD.finditer(text) if language.startswith(("ar", "fa")) else words_in(WORD, text)[0]:
        word = ending.sub("", m.group().rstrip("."))  # "the CCG’s maneuvers", "Vasilescu'nun"
        # before this paragraph's first name, only an earlier paragraph's person: "Dar's announcement" too
        if (m.start() < first_end and normalise(word) not in before) or spans(m.start(), m.end()):
            continue
        keys = [word, *sorted(variants(normalise(word))), *_genitive_stems(word, language)]
        hit = next((short[k] for k in keys if k in short), None)
        if hit and w and not any(k in short and k not in read_on for k in keys) and not _subject_slot(text, m, w):
            continue  # a read-on name's surname alone only where a person stands: "لاوروف افزود", "وقال مادورو"
        if (
            hit
            and (hit.acronym == word or hit.kind == "person")
            and (word[:1].isupper() or not word[:1].isalpha() or language.startswith(("ar", "fa")))
        ):
            if hit.kind == "person" and hit.start > m.start() and hit not in before.values():
                continue
            if given_alone and _given_after_connector(text, m, hit, w):
                continue
            start = _full_name_start(text, m.start(), hit) if hit.kind == "person" else m.start()
            more.append(
                Detected(
                    hit.name, hit.kind, start, m.start() + len(word), text[start : m.start()] + word, hit.acronym, key=hit.key
                )
            )
    return sorted(found + more, key=lambda d: d.start)
