"""Actors told by what surrounds a name rather than by the name itself, in scripts with capitals:
an outlet's credit, a kind word before or after a name ("the company X", "X Airlines"), an acronym the text defines
or repeats, a maker before a model's code, a regime's leader, initials before a surname, brothers who share a
surname; and the names a context shows are none (a set or a genre, a participle's head, an army's division).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .detect_words import (
    AND_WORDS,
    DEFINED_ACRONYM,
    GENDERED_ENDINGS,
    LATIN_ACRONYM,
    LATIN_LETTER,
    ROMAN_NUMERAL,
    WORD,
    WORD_BEFORE,
    Covered,
    Detected,
    Words,
    adjoins,
    compound_title,
    data_pattern,
    flag,
    is_given,
    may_find,
    org_tail,
    peoples,
    person_name,
    place_words,
    plural_like,
    state_adjective_words,
    state_at,
    surname_stem,
    without_case_ending,
    word_list,
    words,
)
from .makers import model_makers
from .registry import inside_sentence_at, normalise


def without_elided_article(d: Detected, language: str) -> Detected:
    """A body or person whose surface opens with an elided article glued to its first capital, as a sentence opens
    with it ("L’Agenzia delle Entrate ha…", "L'Assemblée nationale a…"), less the article: no word of the name. Only
    in the languages whose data lists such articles (`elided_before_names`: French, Italian)."""
    w = words(language)
    m = w.elided_before_names.match(d.surface) if w and w.elided_before_names else None
    if not m or not d.surface[m.end() :][:1].isupper():
        return d
    name = d.name[m.end() :] if d.name.startswith(m.group()) else d.name
    return replace(d, name=name, start=d.start + m.end(), surface=d.surface[m.end() :])


# "Tamerlan and Dzhokhar Tsarnaev": found from the joiner (a lookahead, as two such windows may overlap)
JOINERS = "|".join(map(re.escape, sorted(AND_WORDS, key=len, reverse=True)))
SHARED_SURNAME = re.compile(rf"\b(?=([^\W\d_]+) ({JOINERS}) ([^\W\d_]+) ([^\W\d_]+)\b)")
LETTER = re.compile(r"[^\W\d_]")


def _shared_surname_windows(text: str, joiners: frozenset[str]) -> list[re.Match[str]]:
    """SHARED_SURNAME's matches whose joiner is one of `joiners`, in text order: tried only at the word before each
    joiner the text writes between spaces, not at every word (the joiner decides the only word a match can open
    with: the letters right before it)."""
    before: set[int] = set()
    for joiner in joiners:
        needle = f" {joiner} "
        at = text.find(needle)
        while at >= 0:
            before.add(at)
            at = text.find(needle, at + 1)
    windows = []
    for end in sorted(before):
        start = end
        while start > 0 and LETTER.match(text, start - 1):
            start -= 1
        m = SHARED_SURNAME.match(text, start) if start < end else None
        if m:
            windows.append(m)
    return windows


def shared_surnames(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Two given names joined by "and" before one surname are two people of that family ("brothers Tamerlan and
    Dzhokhar Tsarnaev", "Cherif and Said Kouachi"): when a word for kin stands before them, or one of them is a
    known given name, each is a person of that surname."""
    # the joiner is one of the language's (the windows') and the three names capitalised, as most windows' are not
    windows = [
        m for m in _shared_surname_windows(text, AND_WORDS & w.connectors) if all(x[:1].isupper() for x in m.group(1, 3, 4))
    ]
    if not windows:
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found if d.kind != "person"])
    named = Covered(len(text), [(d.start, d.end) for d in found if d.kind == "person"])
    people = []
    for m in windows:
        first, second, surname = m.group(1, 3, 4)
        if any(normalise(x) in w.stop | w.particles for x in (first, second, surname)) or spans(m.start(1), m.end(4)):
            continue
        after = [a for a in w.word.findall(text[m.end(4) : m.end(4) + 30]) if normalise(a) not in w.connectors | w.particles]
        if after and after[0][:1].isupper() and (normalise(after[0]) not in w.stop or normalise(after[0]) in w.geographic):
            continue  # the name goes on: "Victoria y Nueva Gales del Sur" is a place's
        if any(normalise(x) in w.geographic for x in (first, second, surname)):
            continue
        before = w.word.findall(text[max(0, m.start() - 30) : m.start()])
        kin = bool(before) and normalise(before[-1]) in w.kin
        if not (kin or is_given(first) or is_given(second)) or (before and before[-1][:1].isupper() and not kin):
            continue
        people.append(Detected(f"{first} {surname}", "person", m.start(1), m.end(1), first))
        if not named(m.start(3), m.end(4)):
            people.append(Detected(f"{second} {surname}", "person", m.start(3), m.end(4), f"{second} {surname}"))
    return people


def outlets_named(
    text: str,
    w: Words,
    pattern: re.Pattern[str] | None,
    taken: list[tuple[int, int]],
    found: list[Detected],
    states: dict[tuple[int, int], str] | None = None,
) -> list[Detected]:
    """Outlets named after a word for a newspaper, channel or agency ("the channel CNN", "телеканал «Дождь»",
    "la testata locale Prothom Alo"), and companies after a word for their kind (`Words.kinds`): organisations,
    as any body."""
    if pattern is None or not may_find(pattern, text):
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    outlets = []
    for m in pattern.finditer(text):
        between = (m.groupdict().get("between") or "").split()
        if not _kind_complement(between, w, 1 if pattern is w.media else 2):  # "cadena nacional que X": one adjective
            continue
        group = next(g for g in ("quoted", "name", "v_quoted", "v_name") if g in m.re.groupindex and m.group(g))
        words = [(k.start() + m.start(group), k.group().rstrip(".’'")) for k in re.finditer(r"\S+", m.group(group))]
        while words and normalise(words[-1][1]) in w.stop | w.connectors:  # "CNN And", a sentence's next word
            words.pop()
        if not words or (len(words) == 1 and normalise(words[0][1]) in w.stop):
            continue
        after = [normalise(k.group()) for k in WORD.finditer(text, m.start(group), m.end(group) + 40)]
        if group == "name" and w.heads.starts(after, 0):
            continue  # "подразделения Корпуса стражей …", "… Вооруженных сил Украины": a body's own head-word, read later
        start, end = words[0][0], words[-1][0] + len(words[-1][1])
        # a quoted name of two words or more may hold a state's name ("партия «Братья Италии»"): the whole is the name
        quoted_state = group.endswith("quoted") and len(words) > 1 and _quoted_around_states(spans, states, start, end)
        if not spans(start, end) or quoted_state:
            surface = without_case_ending(text[start:end], w)
            outlets.append(Detected(person_name(surface), "organisation", start, start + len(surface), surface))
    return outlets


def _kind_complement(between: list[str], w: Words, most: int = 2) -> bool:
    """The words between a word for a kind (or a media word) and the name: up to two lower-case adjectives and up to
    two complements of the kind's own, a preposition and its bare noun ("la compagnie d'électricité Enel", "la
    société de transport Keolis", "le quotidien libanais de langue arabe X", "l'agence de presse d'État X"). Never a
    preposition last nor before an article ("la compagnie de Paris", "la société de l'homme d'affaires X": the name is
    a place's or a person's), nor a title ("le cabinet du ministre X": the minister), a place's word or a verb of
    speech. After a media word `most` is one adjective: a second may be a clause's first word ("informó por cadena
    nacional que X había…")."""
    norms = [normalise(b) for b in between]
    for k, b in enumerate(between):
        if not b[:1].islower() or norms[k] in w.places | w.speech | place_words(w.language) or w.titles.starts(norms, k):
            return False  # a geographic word: "catena di isole Tokara", a chain of islands, no channel
    k = complements = adjectives = 0
    while k < len(between):
        if ELIDED_COMPLEMENT.match(between[k]) and (between[k][2:3].islower() or not is_given(between[k][2:])):
            # "d'électricité", "d’État"; not "d'Alain" (Dupont), a person
            complements, k = complements + 1, k + 1
        elif norms[k] in w.connectors and k + 1 < len(between) and _bare_noun(between[k + 1], norms[k + 1], w):
            complements, k = complements + 1, k + 2  # "de transport", "de langue"
        elif norms[k] in w.connectors or "'" in between[k] or "’" in between[k]:
            return False  # a preposition before the name itself or before an article
        else:
            adjectives, k = adjectives + 1, k + 1
    return complements <= 2 and adjectives <= most


def _bare_noun(word: str, norm: str, w: Words) -> bool:
    """A complement's noun with no article of its own: no connector ("de la"), no elided article ("de l'homme")."""
    return norm not in w.connectors and "'" not in word and "’" not in word


ELIDED_COMPLEMENT = re.compile(r"^d['’][^\W\d_]+$")  # "d'électricité": an elided "de" glued to its noun


def _quoted_around_states(spans: Covered, states: dict[tuple[int, int], str] | None, start: int, end: int) -> bool:
    """What is held from start to end is states' names only: no other name or found actor."""
    inside = [(a, b) for a, b in states or {} if start <= a and b <= end]
    if not inside:
        return False
    marks = bytearray(spans.marks[start:end])
    for a, b in inside:
        marks[a - start : b - start] = bytes(b - a)
    return 1 not in marks


def named_before_kind(
    text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected], states: dict[tuple[int, int], str]
) -> list[Detected]:
    """Turkish: the capitalised words before a word for a company, newspaper or aircraft with its possessive ending
    ("Skyvale şirketine ait", "Alman Kurier gazetesine"): the company's or outlet's name, past a word that opens
    no name ("Bu", "Salı") or a state's adjective before it, or a word that makes the kind a common one
    (`generic_kind_words`: "Devlet televizyonu", the state television). Not the rest of a name the registry holds
    ("CNN International'ın haberine göre"), nor a common noun in the genitive, which takes no apostrophe
    (`common_genitive`: "Ordunun televizyon kanalında", the army's channel)."""
    if w.kinds_after is None or not may_find(w.kinds_after, text):
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    of_states = Covered(len(text), list(states))
    no_name = w.stop | word_list(w.language, "generic_kind_words")
    genitive = data_pattern(w.language, "common_genitive")
    named = []
    for m in w.kinds_after.finditer(text):
        words = list(re.finditer(r"\S+", m.group("name")))
        while words and (normalise(words[0].group()) in no_name or of_states(*(m.start() + x for x in words[0].span()))):
            words.pop(0)
        held = any(spans(*(m.start() + x for x in word.span())) for word in words)
        if held or (words and genitive and genitive.search(words[-1].group())):
            continue
        if words:
            start, end = m.start() + words[0].start(), m.start() + words[-1].end()
            if not spans(start, end):
                named.append(Detected(person_name(text[start:end]), "organisation", start, end, text[start:end]))
    return named


# also a name in CamelCase, a company's or a site's ("OceanGate", "VesselFinder"), for `acronym_articles`
ARTICLE_LED_NAME = re.compile(LATIN_ACRONYM.pattern + r"|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")


def companies_after_head(
    text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected], states: dict[tuple[int, int], str]
) -> list[Detected]:
    """A company named by a head-word and its state's name ("Air France", "Air-India"): the state names the
    company there and stands for no government, as in "Malaysia Airlines" (`state_first_heads`)."""
    if w.state_last is None:
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    out = []
    for start, end in states:
        head = w.state_last.search(text, max(0, start - 12), start)
        if head is None or held(head.start(), start - 1):  # the head-word is no part of another name
            continue
        surface = text[head.start() : end]
        out.append(Detected(surface.replace("-", " "), "organisation", head.start(), end, surface))
    return out


HOLDER_APPOSED = re.compile(r",\s*([A-Z][\w'’-]+)")  # a comma, then a capitalised word: an apposed holder's name?
PLACE_AFTER_OFFICE = r" of ((?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+){0,2})(?![\w'’-]| [A-Z])"
CUT_PLACE = re.compile(r" (?:and|&) [A-Z]")  # a place's name with "and" ("Trinidad and Tobago") read only in part


@cache
def _office_parties(language: str) -> re.Pattern[str] | None:
    """The offices of `office_parties` before "of" and a jurisdiction's one to three capitalised words."""
    offices = sorted(word_list(language, "office_parties", normalised=False), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, offices))}){PLACE_AFTER_OFFICE}") if offices else None


def offices_of_places(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """A law office of a jurisdiction that is a party in its own right (`office_parties`: "Attorney General of
    Ontario", as a court's cases and their interveners name it): the office and its place, an organisation. Not
    where a capitalised word follows or a given name stands after the place's first word (a holder's name: "Attorney
    General of Ontario Jane Roe"; "Alberta" is a given name too), nor before an apposed holder ("…of Ontario, Jane
    Roe, said"); the office alone ("Attorney General Jane Roe") is a title, read elsewhere."""
    pattern = _office_parties(w.language)
    if pattern is None or pattern.search(text) is None:
        return []
    held = Covered(len(text), [(d.start, d.end) for d in found])
    out = []
    for m in pattern.finditer(text):
        if held(m.start(), m.end()) or any(is_given(word) for word in m.group(1).split()[1:]):
            continue
        cut = CUT_PLACE.match(text, m.end())
        if (cut and not pattern.match(text, cut.end() - 1)) or (
            text.startswith(".", m.end()) and len(m.group(1).split()[-1]) <= 3
        ):
            continue  # "…of Trinidad and Tobago", "…of St. Lucia": the place goes on past the words read
        apposed = HOLDER_APPOSED.match(text, m.end())
        if apposed and is_given(apposed.group(1)):
            continue  # "the Attorney General of Ontario, Jane Roe, said": the holder speaks, not the office
        out.append(Detected(m.group(), "organisation", m.start(), m.end(), m.group()))
    return out


def makers_of_models(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """The maker inside a model's name ("a Boeing 737", "l'Airbus A320"; `makers.py`), where the language's data
    says its annotators count it (`model_makers`), past the nouns it numbers and the states' adjectives."""
    if w.model_makers not in ("yes", "coded"):
        return []
    skip = w.stop | word_list(w.language, "numbered_nouns") | state_adjective_words(w.language)
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    spans = model_makers(text, skip, figures=w.model_makers == "yes")
    return [Detected(text[a:b], "organisation", a, b, text[a:b]) for a, b in spans if not held(a, b)]


def leaders_of_regimes(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Turkish: one capitalised word no registry holds, compounded with a word for an administration or a regime in
    its possessive form (`leader_words`: "Macron yönetimine", "Esad rejiminin"), is the leader's name, a person's;
    not a plural noun ("Husilerin yönetimi") nor a word that starts no name."""
    leader_words = word_list(w.language, "leader_words")
    if not leader_words:
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    people = []
    for m in re.finditer(r"(?<![\w'’])([^\W\d_]+)(?= ([^\W\d_]+)\b)", text):
        name = m.group(1)
        if normalise(m.group(2)) not in leader_words or not name[:1].isupper() or held(m.start(1), m.end(1)):
            continue
        if normalise(name) in w.stop | state_adjective_words(w.language) | peoples(w.language) or plural_like(normalise(name), w):
            continue
        people.append(Detected(name, "person", m.start(1), m.end(1), name))
    return people


# a word whose capitalised start closes with capitals ("OpenAI"): a company's name, or a product's ("ChatGPT")
CAPITALS_ENDED = re.compile(r"\b[A-Z][a-z]{2,}[A-Z]{2,}\b")


# two initials, a given name's and a patronymic's, then a surname, spaced or glued: "С.В.Лавров", "М. В. Захаровой"
INITIALLED = re.compile(
    r"(?<![\w.])[А-ЯЁІЇЄҐ]\.[ \u00a0]?[А-ЯЁІЇЄҐ]\.[ \u00a0]?"
    r"(?P<surname>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?)(?![\w-])"
)


# a surname, then the two initials of its given name and patronymic, as official lists write a name ("Дворковича
# А.В.", "Жилкин А.А."): not initials that open the next name ("в Москве А.А. Иванов")
INITIALLED_AFTER = re.compile(
    r"(?<![\w.-])(?P<surname>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+(?:-[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+)?)[ \u00a0][А-ЯЁІЇЄҐ]\.[ \u00a0]?[А-ЯЁІЇЄҐ]\."
    # nor before a surname in capitals, as official texts write it ("Директор В.И. ИВАНОВ")
    r"(?![ \u00a0]?[А-ЯЁІЇЄҐ][а-яёіїєґ]|[ \u00a0]?[А-ЯЁІЇЄҐ]{2}|\w)"
)
# the same before any word: read where the capitalised word after the initials is a title opening the next entry
# of an official list ("Суддя у 1-й інстанції - Борис О. Н. Суддя у 2-й інстанції - …"), no surname
INITIALLED_BEFORE_WORD = re.compile(
    INITIALLED_AFTER.pattern.split("(?![")[0] + r"(?=[ \u00a0]?(?P<next>[А-ЯЁІЇЄҐ][а-яёіїєґ'’]+))"
)


def initialled_people(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Where names are written with a patronymic (Russian, Ukrainian: `patronymic_initials`), two initials and a
    capitalised word are a person's name wherever they stand, also after a long title ("Министр иностранных дел
    Российской Федерации С.В.Лавров"); not inside a name already read ("Фонд им. А.М.Горчакова"). The surname is
    its key: the person the text also names in full with it ("Сергей Лавров"), in any case ("М.В.Захаровой")."""
    if not flag(w.language, "patronymic_initials") or (INITIALLED.search(text) or INITIALLED_AFTER.search(text)) is None:
        return found
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found if d.kind != "person"])
    people = {(d.start, d.end): d for d in found if d.kind == "person"}
    out = [d for d in found if (d.start, d.end) not in people]
    # "О. Н. Суддя": initials before a title ("judge") name no one; the surname before them is the person's
    before = [m for m in INITIALLED.finditer(text) if not _title_word(m["surname"], w)]
    titled = [m for m in INITIALLED_BEFORE_WORD.finditer(text) if _title_word(m["next"], w)]
    candidates = [*INITIALLED_AFTER.finditer(text), *titled]
    after = [m for m in candidates if not any(b.start() < m.end() and m.start() < b.end() for b in before)]
    for m in sorted(before + after, key=lambda m: m.start()):
        if spans(m.start(), m.end()) or _named_after(text, m.start(), w):
            continue
        # "В А.А.": a word of the sentence; "Директор В.И.": a title
        if m.re is not INITIALLED and (normalise(m["surname"]) in w.stop or _title_word(m["surname"], w)):
            continue
        for span in [s for s in people if s[0] < m.end() and m.start() < s[1]]:
            del people[span]  # "М.В.Захаров" read as a run of capitals: the same name, now with its key
        out.append(Detected(person_name(m.group()), "person", m.start(), m.end(), m.group(), key=surname_stem(m["surname"], w)))
    return sorted(out + list(people.values()), key=lambda d: d.start)


def _title_word(word: str, w: Words) -> bool:
    """A capitalised word that is one of the language's titles ("Суддя", "Директор" opening a list's entry)."""
    return w.titles.starts([normalise(word)], 0)


def _named_after(text: str, start: int, w: Words) -> bool:
    """The name follows a word for "named after" (`named_after`: "им.", "имени"): part of a body's name."""
    before = re.search(r"(\S+)\s*$", text[max(0, start - 12) : start])
    return bool(before) and before.group(1).lower() in word_list(w.language, "named_after", normalised=False)


def feminine_led_names(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Spanish, Portuguese, Italian: a name closing with capitals right after a feminine article ("la OpenAI", "pela
    OpenAI") is a company's, as the language says "la empresa" of it; a product's takes the masculine ("o ChatGPT")."""
    articles = word_list(w.language, "feminine_articles")
    if not articles or CAPITALS_ENDED.search(text) is None:
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in CAPITALS_ENDED.finditer(text):
        before = re.search(r"(\w+)[ \u00a0]$", text[max(0, m.start() - 20) : m.start()])
        if before and normalise(before.group(1)) in articles and not spans(m.start(), m.end()):
            bodies.append(Detected(m.group(), "organisation", m.start(), m.end(), m.group()))
    return bodies


# a party's name in parentheses: capitalised words and the short lower-case words that join them, or an acronym
PARENTHESISED_PARTY = re.compile(
    r"\s*\((?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w’'-]+(?:\s+(?:[a-zà-ÿа-яёіїєґ]{1,3}|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w’'-]+)){1,5}"
    r"|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐa-z]{1,5})\)"
)


def registered_here(text: str, taken: list[tuple[int, int]], earlier: tuple[Detected, ...]) -> list[Detected]:
    """The registry's people named in full in this text: passed among `earlier` with their spans here, which their
    registry names hold."""
    spans = set(taken)
    return [e for e in earlier if (e.start, e.end) in spans and text[e.start : e.end] == e.surface]


def parties_after_people(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """A name in parentheses right after a person's is the party or body the person stands for ("Sergio Massa (Unión
    por la Patria)", "Patricia Bullrich (Juntos por el Cambio)", "Karl Lauterbach (SPD)"): two to six words that
    open and close with capitals, or an acronym; one capitalised word may be a town or a group's other name, so it
    names no body."""
    if not w.parties_after_names or "(" not in text:
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for d in found:
        m = PARENTHESISED_PARTY.match(text, d.end) if d.kind == "person" else None
        if m is None or held(m.start("name"), m.end("name")) or m.group("name").split()[-1][:1].islower():
            continue
        if " " not in m.group("name") and sum(c.isupper() for c in m.group("name")) < 2:
            continue  # one word: an acronym of two capitals or more ("PdL"), not a name ("Houthi")
        bodies.append(Detected(m.group("name"), "organisation", m.start("name"), m.end("name"), m.group("name")))
    return bodies


def attributed_acronyms(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """An acronym no registry knows that completes a title or follows a verb of speech ("secrétaire général de
    la CGT", "selon la CFDT", "the leader of the PKK"), or speaks or holds an office itself ("the FBI said", "the
    F.B.I. special agent"): a body, as only a body holds an office or speaks; an acronym elsewhere may be anything
    ("le PIB", "la TVA", "SWAT officers")."""
    pattern = LATIN_ACRONYM if not w.acronym_articles else ARTICLE_LED_NAME
    if pattern.search(text) is None:
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    defined = {d.acronym for d in found if d.acronym}  # once, not a scan of `found` per acronym
    for m in pattern.finditer(text):
        if spans(m.start(), m.end()) or normalise(m.group()) in w.stop or w.titles.starts([normalise(m.group())], 0):
            continue
        if m.group() in defined or _in_capitals(text, m):
            continue  # "the National Disaster Management Authority (NDMA) said": the body's own; "PRESIDENT OF": a line
        if m.group().replace(".", "") in w.common_acronyms:
            continue  # a common noun's ("the ICU confirmed", "le SMS a confirmé"), whatever verb follows
        before = [normalise(t) for t in w.word.findall(text[max(0, m.start() - 80) : m.start()])]
        definite = bool(before) and before[-1] in w.articles - w.indefinite
        if _article_led(text, m, before, w):
            bodies.append(Detected(m.group(), "organisation", m.start(), m.end(), m.group()))
            continue
        if not LATIN_ACRONYM.fullmatch(m.group()):
            continue  # a CamelCase name is a body only after its article
        while before and before[-1] in w.connectors:
            before.pop()
        acts = _acts(text, w, m.end(), definite)
        if (before and (before[-1] in w.speech or w.titles.ends(before, len(before)))) or acts:
            surface = m.group().replace(".", "")
            bodies.append(Detected(surface, "organisation", m.start(), m.end(), m.group()))
    return bodies


# an acronym the Italian press writes as a word with one capital ("il Cipess", "il Mit", "la Cgil"): three to seven
# letters ending in a consonant, which the language's own words do not
TITLE_CASE_ACRONYM = re.compile(r"(?<![\w'’-])[A-Z][a-z]{1,5}[bcdfghjklmnpqrstvwxz](?![\w'’-])")


def spoken_title_case_acronyms(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Italian (`consonant_final_acronyms`): an acronym written with one capital, no registry's, after its article,
    that acts or is cited as a body does ("secondo il Mit", "secondo la Fiom"): a body. A foreign place or name
    ending in a consonant after an article ("il Donbass") does neither."""
    if not flag(w.language, "consonant_final_acronyms") or not w.acronym_articles:
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in TITLE_CASE_ACRONYM.finditer(text):
        word = m.group()
        if spans(m.start(), m.end()) or is_given(word) or normalise(word) in w.stop | w.common_acronyms:
            continue
        before = [normalise(t) for t in w.word.findall(text[max(0, m.start() - 40) : m.start()])]
        if not before or before[-1] not in w.acronym_articles - w.indefinite or not text[m.start() - 1].isspace():
            continue  # (an elided article, "l'Anas", is left alone: only the spaced article was measured)
        if _acts(text, w, m.end(), True) or (len(before) > 1 and before[-2] in w.speech):
            bodies.append(Detected(word, "organisation", m.start(), m.end(), word))
    return bodies


# two to five capitals of Cyrillic script, not part of a hyphenated word nor of a line written in capitals
CYRILLIC_ACRONYM = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ]{2,5}(?![\w-])")
SPACES = re.compile(r"[ \u00a0]*")  # where the words after a point start (no copy of the rest of the text to strip)
ROMAN_LOOKALIKE = re.compile(r"^[ХІVМС]+$")  # "ХХ век": a century in Cyrillic letters that look like Roman ones


def lone_acronyms(
    text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected], states: dict[tuple[int, int], str]
) -> list[Detected]:
    """Russian, Ukrainian: an acronym in capitals that no registry knows names a body wherever it stands ("по
    информации ФСБ", "силы МВД"): the news writes bodies so, and the few common nouns written so are listed."""
    if not w.acronyms_alone:
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in CYRILLIC_ACRONYM.finditer(text):
        word = m.group()
        if spans(m.start(), m.end()) or word in w.common_acronyms or ROMAN_LOOKALIKE.match(word) or _in_capitals(text, m):
            continue
        if _not_a_body_alone(text, m, taken, states):
            continue
        bodies.append(Detected(word, "organisation", m.start(), m.end(), word))
    return bodies


ACRONYM_SPELT_OUT = re.compile(r"\s*\(")  # an acronym, then what it stands for in parentheses
DATELINE_AFTER = re.compile(r"\s*[,–—-]")  # a place in capitals opening a paragraph, before its comma or dash


def acronym_bodies(
    text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected], written_alone: frozenset[str]
) -> list[Detected]:
    """An acronym no registry knows that the source writes twice or more (`repeated_acronyms`, held as written in
    `written_alone`): a body, as the news names a body so again and again ("EFE informó", "la EFE"); not an acronym of
    a common noun the data lists ("GDP", "CEO", "UTC"), a title, a model's or a disease's code ("F-16", "COVID-19"),
    a Roman numeral, nor a word of a line in capitals."""
    if not any(word.isupper() for word in written_alone):
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    defined = {d.acronym for d in found if d.acronym}
    bodies = []
    for m in LATIN_ACRONYM.finditer(text):
        word = m.group()
        if len(word) > 4:
            continue  # five capitals or more are as often a word in capitals: a ship's name, a heading ("RAZONI", "CIUDAD")
        if word not in written_alone or word in w.common_acronyms or word in defined or spans(m.start(), m.end()):
            continue
        if normalise(word) in w.stop or w.titles.starts([normalise(word)], 0) or ROMAN_NUMERAL.match(word):
            continue
        coded = text[m.end() : m.end() + 1] in ("-", "‑") or re.match(r"\s*\d", text[m.end() : m.end() + 3])
        if coded or re.search(r"\d\s*$", text[max(0, m.start() - 3) : m.start()]) or _in_capitals(text, m):
            continue
        if ACRONYM_SPELT_OUT.match(text, m.end()) or (not text[: m.start()].strip() and DATELINE_AFTER.match(text, m.end())):
            continue  # "AUKUS (EUA, Austrália …)": what it stands for follows; "ERBIL, Kurdistan Region -": a dateline's place
        if _named_beside(text, m, w):
            continue
        bodies.append(Detected(word, "organisation", m.start(), m.end(), word))
    return bodies


PARTY_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,7}\b")  # a party's acronym of up to eight capitals: "MANIDEM"


def party_acronyms(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """An acronym no registry knows right after the language's word for a party (`party_words`: "du parti FSNC",
    "el partido PRI") or right before it (`party_words_after`: "the MANIDEM party"): that party, a body; not a common
    noun's acronym the data lists, nor a word of a line in capitals."""
    before, after = word_list(w.language, "party_words"), word_list(w.language, "party_words_after")
    if not before and not after:
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in PARTY_ACRONYM.finditer(text):
        word = m.group()
        if spans(m.start(), m.end()) or word in w.common_acronyms or _in_capitals(text, m):
            continue
        previous = re.search(r"(\w+)\s+$", text[max(0, m.start() - 30) : m.start()])
        following = re.match(r"\s+(\w+)", text[m.end() : m.end() + 30])
        if _party_word(previous, before) or _party_word(following, after):
            bodies.append(Detected(word, "organisation", m.start(), m.end(), word))
    return bodies


def _party_word(match: re.Match[str] | None, party_words: frozenset[str]) -> bool:
    """The word beside the acronym is a word for a party, not written in capitals ("THE NDP PARTY WON": a headline)."""
    return match is not None and not match.group(1).isupper() and normalise(match.group(1)) in party_words


def _named_beside(text: str, m: re.Match[str], w: Words) -> bool:
    """The acronym is part of a code or of another name: after a hyphen or an opening parenthesis ("F-BTSC", "(PHEIC,
    public health …"), after a capitalised word or a word for a ship ("Paris CDG", "le cargo RAZONI"), or before a
    capitalised word ("BRP Sierra Madre", "TQ Samsun", "FILE PHOTO")."""
    if text[m.start() - 1 : m.start()] in ("-", "‑", "("):
        return True
    before = re.search(r"(\S+) $", text[max(0, m.start() - 40) : m.start()])
    after = re.match(r" (\S+)", text[m.end() : m.end() + 40])
    if before and (
        normalise(before.group(1)) in w.vessels or (before.group(1)[:1].isupper() and normalise(before.group(1)) not in w.stop)
    ):
        return True
    return bool(after and after.group(1)[:1].isupper())


def _not_a_body_alone(text: str, match: re.Match[str], taken: list[tuple[int, int]], states: dict[tuple[int, int], str]) -> bool:
    """A model's code after its number ("Boeing 737 МАХ"); an acronym the text defines in parentheses, which stands
    for the words before it ("«Ісламська держава» (ІД)"); a body's initials before the organisation it belongs to
    ("СБ ООН", the UN's Security Council), not before a state ("ФСБ Росії")."""
    if re.search(r"\d\s*$", text[max(0, match.start() - 3) : match.start()]):
        return True
    if re.search(rf"\(\s*{match.group()}\s*\)", text):
        return True
    after = SPACES.match(text, match.end()).end()  # type: ignore[union-attr]  # it always matches, if only nothing
    return any(a == after and (a, b) not in states for a, b in taken)


def _in_capitals(text: str, match: re.Match[str]) -> bool:
    """The word stands beside another written in capitals: a headline or a shout, not an acronym."""
    before = re.search(r"(\w+)\W*$", text[max(0, match.start() - 40) : match.start()])
    after = re.match(r"\W*(\w+)", text[match.end() : match.end() + 40])
    return any(m and len(m.group(1)) > 5 and m.group(1).isupper() for m in (before, after))


NAME_BREAK = re.compile(r"\s+")  # only spaces between the words of a name


def named_before_acronym(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """A body's name right before the acronym it defines in parentheses: words whose initials spell it, a known name
    inside too ("Rundfunk Berlin-Brandenburg (RBB)"); where adjectives follow their noun, also a name opening with a
    capital after an article whatever its initials, the acronym another language's ("le Centre américain des
    ouragans (NHC)", "les Faucons de la liberté du Kurdistan (TAK)"). Not a known acronym ("Paris (AFP)"), nor a
    person's party after the name ("Jean Dupont (PS)")."""
    if "(" not in text:
        return []
    known = Covered(len(text), taken)
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    people = Covered(len(text), [(d.start, d.end) for d in found if d.kind == "person"])
    bodies = []
    for m in DEFINED_ACRONYM.finditer(text):
        if held(m.start(1), m.end(1)) or any(d.acronym == m.group(1) for d in found):
            continue
        run = _words_before(text, w, m.start())
        start = _initials_start(run, m.group(1), w) if run else None
        if start is None and w.adjectives_follow:
            start = _article_start(run, w)
        if start is None or w.titles.starts([normalise(x.group()) for x in run], start):
            continue  # "Director General of Military Operations (DGMO)": an office
        if start > 0 and known(run[start - 1].start(), run[start - 1].end()):
            continue  # "the Philippines Economic Exclusion Zone (EEZ)": a zone of the state before it
        if any(set(re.split(r"[-‐]", normalise(x.group()))) & (place_words(w.language) | w.named_places) for x in run[start:]):
            continue  # "Second Thomas Shoal (STS)", "le Musée-Mémorial (MM)": a place
        begin, end = run[start].start(), run[-1].end()
        if people(begin, end) or held(begin, run[start].end()) or known.whole(run[-1].start(), end):
            continue  # a person's party ("Jean Dupont (PS)"); a known name's ("l'État islamique (EI)", "Kata'ib Hezbollah (KH)")
        surface = text[begin:end]
        bodies.append(Detected(person_name(surface), "organisation", begin, end, surface, m.group(1)))
    return bodies


ACRONYM_SLACK = 2  # words a name may have beyond its acronym's letters: the other language's articles and complements


def named_before_latin_acronym(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """A body's name in another script than the Latin acronym it defines in parentheses ("Суданськими збройними
    силами (SAF)", "Европейское агентство авиационной безопасности (EASA)"): its initials cannot spell the acronym,
    so the name runs from the capitalised word nearest the parenthesis, no farther back than the acronym's letters
    and `ACRONYM_SLACK` words, over the lower-case words of its complement; a body read there in part ("Европейское
    агентство") gives way to it. Not one word alone ("Москве (AFP)": a dateline's place), not over a name the
    registry knows or a person's, nor a plan's or a treaty's (`document_stems`)."""
    if "(" not in text:
        return found
    known = Covered(len(text), taken)
    people = Covered(len(text), [(d.start, d.end) for d in found if d.kind == "person"])
    documents = tuple(word_list(w.language, "document_stems")) or ("\0",)
    out = list(found)
    for m in DEFINED_ACRONYM.finditer(text):
        acronym = m.group(1)
        run = _words_before(text, w, m.start())
        if not run or any(LATIN_LETTER.search(x.group()) for x in run) or any(d.acronym == acronym for d in found):
            continue
        last = max(0, len(run) - len(acronym.replace("&", "")) - ACRONYM_SLACK)
        start = next((k for k in range(len(run) - 1, last - 1, -1) if run[k].group()[:1].isupper()), None)
        if start is None or start == len(run) - 1 or normalise(run[start].group()) in w.stop:
            continue
        begin, end = run[start].start(), run[-1].end()
        if known(begin, end) or people(begin, end) or any(normalise(x.group()).startswith(documents) for x in run[start:]):
            continue  # (a plan's or a treaty's name: "Спільного всеосяжного плану дій (JCPOA)", no body)
        inside = [d for d in out if begin <= d.start and d.end <= end]
        if any(d.start < end and begin < d.end for d in out if d not in inside):
            continue  # a name read across its edge: leave it
        surface = text[begin:end]
        body = Detected(person_name(surface), "organisation", begin, end, surface, acronym)
        out = [d for d in out if d not in inside] + [body]
    return sorted(out, key=lambda d: d.start)


def _words_before(text: str, w: Words, at: int) -> list[re.Match[str]]:
    """The words before `at`, up to eight, with nothing but spaces between them and it."""
    run: list[re.Match[str]] = []
    for m in reversed(list(w.word.finditer(text, max(0, at - 120), at))):
        if not NAME_BREAK.fullmatch(text[m.end() : run[0].start() if run else at] or " ") or len(run) == 8:
            break
        run.insert(0, m)
    return run


def _initials_start(run: list[re.Match[str]], acronym: str, w: Words) -> int | None:
    """The first of the last words of `run` whose initials spell the acronym, a hyphen's parts each counted
    ("Berlin-Brandenburg": B, B), a connector not unless written with a capital, as an article opening the name is
    ("La Libertad Avanza (LLA)"); None if none do."""
    for start in range(len(run) - 1, -1, -1):
        word = run[start].group()
        article = normalise(word) in w.articles
        if not word[:1].isupper() or (normalise(word) in w.stop and not article):
            continue
        names = [m.group() for m in run[start:] if normalise(m.group()) not in w.connectors or m.group()[:1].isupper()]
        spelt = {"".join(n[0] for n in names), "".join(p[0] for n in names for p in re.split(r"[-‐]", n) if p)}
        if acronym.replace("&", "") in {s.upper() for s in spelt}:
            return start
    return None


def _article_start(run: list[re.Match[str]], w: Words) -> int | None:
    """The farthest capitalised word of `run` after an article or connector, with a lower-case word after it that
    is no connector ("le Centre américain des ouragans"); None if there is none."""
    for start, m in enumerate(run[:-1]):
        word = m.group()
        after_article = start > 0 and normalise(run[start - 1].group()) in w.connectors
        if not (word[:1].isupper() and after_article and normalise(word) not in w.stop):
            continue
        if any(x.group()[:1].islower() and normalise(x.group()) not in w.connectors for x in run[start + 1 :]):
            return start
    return None


MAX_ARTICLE_ACRONYM = 5  # letters of an acronym after an article: "du COMEX"; not "le RAZONI", a ship's name in capitals
TWO_INITIALS = re.compile(r"[A-Z]&[A-Z]")  # "R&D", "M&A", "J&K": two words abbreviated, joined by "&"


def _article_led(text: str, m: re.Match[str], before: list[str], w: Words) -> bool:
    """Spanish, Italian, Portuguese, German, French: an acronym, or a name in CamelCase ("OceanGate"), right after a
    definite article or a preposition joined to one ("la NBA", "l'FBI", "dell'OceanGate", "der NBA"): a body, as
    the language puts an article only before a body's acronym or a company's name; the acronyms of common nouns
    ("el PIB", "das BIP") are listed."""
    if not before or before[-1] not in w.acronym_articles or m.group().replace(".", "") in w.common_acronyms:
        return False
    if ROMAN_NUMERAL.match(m.group()) or re.search(rf"\(\s*{re.escape(m.group())}\s*\)", text):
        return False  # "del XXI secolo": a century; "(IDF)": the body the words before it name
    if m.group().endswith(GENDERED_ENDINGS):
        return False  # "die BürgerInnen": a German noun's gender-inclusive plural, no name
    if text[m.end() : m.end() + 1] in ("-", "‑") or re.match(r"\s*\d", text[m.end() : m.end() + 3]):
        return False  # "la COVID-19", "el A 320": a model's or a disease's code
    word = m.group()
    if normalise(word) in w.vessels or (word.isupper() and "." not in word and len(word) > MAX_ARTICLE_ACRONYM):
        return False  # "du BRP Malabrigo": a ship's prefix; "le RAZONI": six capitals are as often a ship's name
    if TWO_INITIALS.fullmatch(word):
        return False  # "la R&D", "du J&K": two words' initials, a common noun's or a place's
    article = re.search(r"(\w+)['’]?\s*$", text[max(0, m.start() - 12) : m.start()])
    if article and len(article.group(1)) > 1 and article.group(1).isupper():
        return False  # "DE LA FLAMME": a line in capitals, whose article says nothing
    gap = text[max(0, m.start() - 3) : m.start()]
    return bool(re.search(r"(?:\s|['’])$", gap))  # the article stands right before it


def _acts(text: str, w: Words, end: int, definite: bool) -> bool:
    """The words after an acronym say it speaks or holds an office ("the FBI said", "the FBI director"), or, after a
    definite article, acts as a body does ("the FBI released", "the FSB detained"), also in a compound tense past its
    auxiliary (`acting_auxiliaries`: "the FBI has released", "le FBI a confirmé")."""
    if not text[end : end + 2].strip(" \u00a0")[:1].isalpha():
        return False  # "… at 2:45 p.m. JST, Prime Minister X": a comma ends what the acronym does
    after = [normalise(t) for t in w.word.findall(text[end : end + 40])]
    verbs = w.speech | w.acting_verbs if definite else w.speech
    if definite and len(after) > 1 and after[0] in word_list(w.language, "acting_auxiliaries"):
        after = after[1:]  # a compound tense: "the IMD has issued", "le PCC a confirmé"
    if len(after) > 1 and after[0] in w.acting_verbs and after[1] in word_list(w.language, "passive_agents"):
        return False  # "the MRI ordered by his doctor": a passive participle, the acronym acted on
    return bool(after) and (after[0] in verbs or bool(w.titles.starts(after, 0)))


def compound_bodies(
    text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected], states: dict[tuple[int, int], str]
) -> list[Detected]:
    """German joins a body's head-word to what it heads in one word ("Bundeskriminalamt", "Staatsanwaltschaft",
    "Verfassungsrat"): such a word is a body, its state's when the state's adjective stands before it ("der
    senegalesische Verfassungsrat")."""
    if w.compound_search is None or not w.compound_search.search(text):
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    matches = list(w.word.finditer(text))
    raw = [m.group() for m in matches]
    norms = [normalise(t) for t in raw]
    held = [spans(m.start(), m.end()) for m in matches]
    for k in range(len(matches)):
        norm = norms[k]
        if not raw[k][:1].isupper() or held[k] or norm in w.media_words | w.stop or compound_title(raw[k], norm, w):
            continue
        ending = next((e for e in w.compound_heads if norm.endswith(e)), None)
        if ending is None or w.heads.starts(norms, k):
            continue  # a listed head-word alone ("Wahlbehörde") names no one in particular (`_head_alone`)
        # "Bundesamt für Verfassungsschutz"; not "Landeskriminalamt und Grenzpolizei", two bodies
        tailed = k + 1 < len(matches) and norms[k + 1] not in AND_WORDS
        end = org_tail(text, matches, raw, norms, held, w, k + 1) if tailed else k + 1
        acronym = raw[k + 1] if end == k + 1 and _acronym_follows(text, matches, raw, held, k) else None
        end = k + 2 if acronym else end  # "die Luftfahrtbehörde CAAC": the body, then its own acronym
        opening = k - 1 if _compound_adjective(text, matches, raw, norms, held, w, k) else k
        if end == k + 1 and opening == k and len(norm) - len(ending) < 4:
            continue  # "das Bundesamt" alone names no office in particular
        if end == k + 1 and opening == k and k > 0 and norms[k - 1] in w.indefinite:
            continue  # "ein Strafgericht": a court, not one named
        state = state_at(matches[k - 1], states) if opening == k and k > 0 and adjoins(text, matches, k - 1) else None
        start = matches[opening].start()
        surface = text[start : matches[end - 1].end()]
        name = f"{surface} ({state})" if state else surface
        bodies.append(Detected(name, "organisation", start, start + len(surface), surface, acronym))
    return bodies


def _compound_adjective(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, k: int
) -> bool:
    """A capitalised adjective with a case ending (`compound_adjective_endings`) right before the compound body k is
    the first word of its name ("der Internationale Seegerichtshof", "des Ständigen Schiedshofs"); not an article or
    another word the stop list holds ("Die Bundesanwaltschaft")."""
    if k == 0 or held[k - 1] or not raw[k - 1][:1].isupper() or norms[k - 1] in w.stop or not adjoins(text, matches, k - 1):
        return False
    if text[matches[k - 1].end() : matches[k].start()] != " ":
        return False  # "Landes- und Bundesamt", a hyphen: two words joined
    return raw[k - 1].endswith(tuple(word_list(w.language, "compound_adjective_endings", False)))


def _acronym_follows(text: str, matches: list[re.Match[str]], raw: list[str], held: list[bool], k: int) -> bool:
    """Word k is followed, after a space, by an acronym no registry holds ("Luftfahrtbehörde CAAC")."""
    j = k + 1
    if j >= len(matches) or held[j] or not LATIN_ACRONYM.fullmatch(raw[j]):
        return False
    return text[matches[k].end() : matches[j].start()] == " " and not text[matches[j].end() : matches[j].end() + 1].isalnum()


def set_or_genre(text: str, d: Detected, language: str) -> bool:
    """One capitalised word before a channel's closing word (`channel_closers`: "TV") opening a sentence ("State TV
    said", "Reality TV has") or after an article or possessive (`set_openers`: "a new Samsung TV") is a kind of
    programme or a set: no channel's name ("aired on Nile News TV", "told Almasar TV" stay)."""
    words = d.name.split()
    if d.kind != "organisation" or len(words) != 2 or words[1] not in word_list(language, "channel_closers", False):
        return False
    before = re.search(r"(\w+)\W*$", text[max(0, d.start - 20) : d.start])
    return not inside_sentence_at(text, d.start) or bool(before and normalise(before[1]) in word_list(language, "set_openers"))


PARTICIPLE_FROM = re.compile(r"\S+\s+(?:de\s+|d['’])[A-Z]")  # "parti de Tomsk", "Parti d'Odessa": from a capital


def participle_head(text: str, d: Detected, language: str) -> bool:
    """A body's head-word that is also a verb's participle (`participle_heads`: "parti", left), before "de" and a
    name, with no determiner before it (`head_determiners`): the participle and where from ("un avion parti de
    Tomsk", "Parti d'Odessa le 1er août, le cargo…"), no party. After a determiner it is the party ("le Parti de
    Gauche", "du Parti de la Justice")."""
    heads = word_list(language, "participle_heads")
    if not heads or d.kind != "organisation" or normalise(d.surface.split()[0]) not in heads:
        return False
    if not PARTICIPLE_FROM.match(d.surface):
        return False
    if d.surface[:1].isupper() and inside_sentence_at(text, d.start):
        return False  # capitalised inside a sentence ("Mélenchon (Parti de Gauche)"): the party's name, no participle
    before = WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
    return not before or normalise(before[1]) not in word_list(language, "head_determiners")


@cache
def _division_pattern(language: str) -> re.Pattern[str] | None:
    """The words for a state's divisions and "of" (`division_words`), closing the text before a name."""
    phrases = sorted(word_list(language, "division_words", normalised=False), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, phrases))})\s+$") if phrases else None


def division_named(text: str, d: Detected, language: str) -> bool:
    """A "person" named right after a word for a province, district or municipality and "of" (`division_words`:
    "la provincia de Chiang Rai", "il comune di Bagno a Ripoli"): the division's own name, a place, no one."""
    pattern = _division_pattern(language)
    return d.kind == "person" and pattern is not None and pattern.search(text, max(0, d.start - 40), d.start) is not None
