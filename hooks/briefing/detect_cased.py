"""Scripts with capitals (Latin, Cyrillic, Greek): the text's runs of capitalised words, where each
run ends, and what stands before and after it (a state, a title, a connector); each run is then read as a person
(`detect_people`) or an organisation (`detect_organisations`), or left alone.
"""

from __future__ import annotations

import bisect
import re
import zoneinfo
from dataclasses import replace
from functools import cache
from pathlib import Path

from anyascii import anyascii

from . import generic_words, safeyaml
from .dates_grammar import lowercase_months
from .datewords import key
from .datewords import words as date_words
from .detect_organisations import classify_organisation
from .detect_people import classify_person
from .detect_words import (
    ACRONYM_AFTER,
    AND_WORDS,
    APOSTROPHE_ENDING,
    GENDERED_ENDINGS,
    Detected,
    Words,
    adjoins,
    bare_word,
    before_state,
    body_found,
    city_words,
    completes_title,
    first_level_names,
    full_name_at,
    inside_sentence,
    institution_end,
    is_given,
    listed_place_end,
    names_first_level,
    org_tail,
    organisation_name,
    person_name,
    place_words,
    run_end,
    state_adjective_words,
    state_at,
    state_code_compound,
    state_nouns,
    word_list,
    words,
    words_in,
)
from .knowledge import (
    base_names,
    city_names,
    cldr_locale,
    common_given_names,
    names_in,
    state_ids,
)
from .registry import inside_sentence_at, normalise
from .scripts import CYRILLIC

MODEL_AFTER = re.compile(r"[\s-]*[A-Z]{0,2}\d")  # a model's code after its type's name: " 737", " A320", "-135"
DEFINED_AFTER = re.compile(r"\s*\(\s*[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ&]{1,6}\s*\)")  # a name's acronym in parentheses after it
DOMAIN_AFTER = re.compile(r"\.[a-z]{2,3}(?![\w.])")  # a site's name glued to its top-level domain: "Inbusiness.kz"

# a word of two capitalised words or more written together ("WikiLeaks", "TikTok"), each part of three letters or
# more in lower case after its capital; not a part of one or two letters ("SpaceX", a plural acronym "MoUs", a
# hashtag's "OnThisDay") nor in capitals ("OpenAI", also a product's "ChatGPT")
CAMEL_CASE = re.compile(r"[A-Z][a-zà-ÿ]{2,}(?:[A-Z][a-zà-ÿ]{2,})+")


def _held_words(matches: list[re.Match[str]], taken: list[tuple[int, int]]) -> list[bool]:
    """Whether each word shares a character with a span of `taken` (the registry's names): the few words each span
    covers are found by bisection over the words' ends, not by a look at the spans for every word."""
    held = [False] * len(matches)
    if not taken:
        return held
    ends = [m.end() for m in matches]
    for start, end in taken:
        if start >= end:
            continue  # an empty span holds no character
        k = bisect.bisect_right(ends, start)  # the first word that ends after the span starts
        while k < len(matches) and matches[k].start() < end:
            held[k] = True
            k += 1
    return held


def capitalised_names(
    text: str, w: Words, taken: list[tuple[int, int]], states: dict[tuple[int, int], str], written_alone: frozenset[str]
) -> list[Detected]:
    matches, raw = words_in(w.word, text)  # no word pattern holds a full stop: each word as written is its own
    # Turkish: a word is read without its case ending after an apostrophe ("Hava Yolları'na", "Bakanlığı'nın")
    norms = [bare_word(t, w) for t in raw] if w.apostrophe_endings else list(map(normalise, raw))
    norms = [_turkish_capitals(t, n) for t, n in zip(raw, norms, strict=True)] if w.apostrophe_endings else norms
    held = _held_words(matches, taken)
    # "Contre Toulouse FC": the club, read past the preposition; not one that is a given name too ("Ante Rebić")
    for k in range(len(raw)) if w.opening_prepositions else ():
        opening = norms[k] in w.opening_prepositions and not inside_sentence(text, matches, k) and not is_given(raw[k])
        held[k] = held[k] or opening
    found = _state_adjective_bodies(text, matches, raw, norms, held, w, states)  # holds their words
    # A lower-case word not held reads as a body below only if it opens a head-word, a ministry's field before one
    # ("Azerbaijan's foreign ministry") or is a word for a government: every rule of the lower-case branch asks one of
    # them of the word first (`_after_state`, `before_state`, `_lower_head_end`, `_territory_government`; a stopped
    # adjective is capitalised). Most words are none, and skip the rules (a capitalised stop word may still open a
    # body: "Северный флот")
    firsts, governments, fields = w.heads.by_first, state_nouns(w.language), w.fields.by_first
    # the words the loop reads, picked out in one pass: it goes from one to the next, past the words it skips
    # (held, or lower case and no head-word's, field's or government's first)
    reads = [
        k
        for k, (word, norm, here) in enumerate(zip(raw, norms, held, strict=False))
        if not here and (word[:1].isupper() or norm in firsts or norm in governments or norm in fields)
    ]
    i = 0
    while True:
        at = bisect.bisect_left(reads, i)
        if at == len(reads):
            break
        i = reads[at]
        if not raw[i][:1].isupper() or (norms[i] in w.stop and not _calendar_given_name(text, matches, raw, norms, held, w, i)):
            after_state = _after_state(text, matches, raw, norms, held, w, i, states) or before_state(
                text, matches, norms, held, w, i, states
            )
            if after_state:  # "Azerbaijan's armed forces", "the Chinese coast guard", "the Azerbaijani foreign ministry"
                found.append(after_state)
                i = next(k for k in range(i, len(matches)) if matches[k].end() >= after_state.end) + 1
                continue
            end = _lower_head_end(text, matches, raw, norms, held, w, i, states) or _territory_government(
                text, matches, norms, held, w, i
            )
            # "Северный флот", "Центральный банк": a compass or place adjective the data stops opens a body's name
            # before a lower-case head-word, where bodies capitalise their first word only
            opens = not end and _stopped_adjective(raw, norms, held, w, i)
            body_end = _adjective_first_end(text, matches, raw, norms, held, w, i, i + 1) if opens else 0
            if body_end:
                start, stop = matches[i].start(), matches[body_end - 1].end()
                name = organisation_name(text[start:stop], norms[i:body_end], start, stop, w, states)
                found.append(Detected(name, "organisation", start, stop, text[start:stop]))
                i = body_end
                continue
            if end:
                found.append(body_found(text, matches, norms, i, end, w, states))
                i = end
                continue
            found += _army_alone(text, matches, raw, norms, w, i, states)  # "destitué par l'armée": its state's army
            i += 1
            continue
        j = run_end(text, matches, raw, norms, held, w, i)
        if _acronym_before_full_name(raw, norms, w, i, j):
            # "головнокомандувач ЗСУ Валерій Залужний": the body's acronym is read alone, the name after it
            found.append(body_found(text, matches, norms, i, i + 1, w, states))
            i += 1
        elif after := _read_in_two(text, matches, raw, norms, held, w, i, j, found, states, written_alone):
            i = after  # "Administración de Sebastián Piñera", "Anna Smith of the Labour Party"
        else:
            i = _classify(text, matches, raw, norms, held, w, i, j, found, states, written_alone) or j
    return found


def _state_adjective_bodies(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    states: dict[tuple[int, int], str],
) -> list[Detected]:
    """Russian, Ukrainian: bodies whose name opens with a state's adjective the registry holds, inside a sentence
    ("сообщил Норвежский нобелевский комитет"); their words are then held, read no more."""
    found = []
    for k in range(len(raw)) if w.adjective_first else ():
        opens = held[k] and _state_adjective_opens(raw, w, k)
        end = _adjective_first_end(text, matches, raw, norms, held, w, k, k + 1) if opens else 0
        if end:
            found.append(body_found(text, matches, norms, k, end, w, states))
            held[k:end] = [True] * (end - k)
    return found


def _state_adjective_opens(raw: list[str], w: Words, k: int) -> bool:
    """Russian, Ukrainian: word k, a state's adjective the registry holds, capitalised before a lower-case adjective
    ("Норвежский нобелевский комитет"): it may open a body's name, which capitalises its first word only."""
    after = k + 1
    return (
        w.adjective_first
        and raw[k][:1].isupper()
        and raw[k].endswith(tuple(word_list(w.language, "state_adjective_endings", normalised=False)))
        and after < len(raw)
        and raw[after][:1].islower()
        and _adjective_ending(raw[after], w)
    )


def _adjective_ending(word: str, w: Words) -> bool:
    """The word ends as an adjective does, also with the endings a capitalised word may not open a name with
    (`lower_adjective_endings`: "-ий", which surnames share), as long as no surname can be meant: a lower-case word,
    or a state's adjective the registry holds."""
    lower_endings = tuple(word_list(w.language, "lower_adjective_endings", normalised=False))
    return word.endswith(w.adjective_endings) or (len(word) > 4 and word.endswith(lower_endings))


def _body_in_capitals(raw: list[str], norms: list[str], w: Words, j: int) -> bool:
    """A run of words in capitals ending at `j` with a body's head-word, in a sentence that goes on in lower case:
    a body's name set in capitals ("MİLLİ SAVUNMA BAKANLIĞI açıklama yaptı"), no line in capitals."""
    return j < len(raw) and not raw[j].isupper() and bool(w.heads.ends(norms, j))


def _in_capital_line(raw: list[str], i: int, j: int) -> bool:
    """The run i..j stands among words all in capitals, two on each side: a line in capitals cut into runs by
    a state or a title ("THE PRESIDENT OF FRANCE SPOKE"), whose words tell no name from a common word."""
    window = raw[max(0, i - 2) : j + 2]
    return len(window) >= 4 and all(len(word) > 1 and word.isupper() for word in window)


def _stopped_adjective(raw: list[str], norms: list[str], held: list[bool], w: Words, i: int) -> bool:
    """Word i is a capitalised adjective the data stops ("Северный"), in a language whose bodies open with one."""
    return (
        w.adjective_first and not held[i] and norms[i] in w.stop and raw[i][:1].isupper() and raw[i].endswith(w.adjective_endings)
    )


def _lower_head_end(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    states: dict[tuple[int, int], str],
) -> int:
    """Where a body named by a lower-case head-word at i ends, or 0: with a capitalised name after it ("ministère
    de la Défense", also past its state's adjective: "ministère libanais de la Santé"), or with the adjectives of
    an institution ("la cour constitutionnelle", "le conseil présidentiel de transition")."""
    # English writes its bodies' head-words capitalised: a lower-case "front" or "union" is the common noun ("in
    # front of Congress"), unless the data lists the head-word lower-case too ("coast guard")
    head = w.heads.starts(norms, i, raw if w.head_final else None) if not held[i] and raw[i][:1].islower() else 0
    if not head or norms[i] in w.capitalised_heads:  # "o departamento de Antioquia": a region
        return 0
    start = i + head
    if start < len(matches) and held[start] and raw[start][:1].islower() and state_at(matches[start], states):
        start += 1
    end = org_tail(text, matches, raw, norms, held, w, start, state=False)
    if (
        end == start
        and norms[i] in w.names_after_head
        and start == i + 1
        and _apposed_name(text, matches, raw, norms, held, w, start)
    ):
        end = run_end(text, matches, raw, norms, held, w, start)  # "le parti Baas", "le groupe Wagner"
    if end > start:
        return 0 if _person_after(raw, norms, held, w, start, end) else end
    return institution_end(text, matches, norms, held, w, i + head)


def _apposed_name(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, k: int
) -> bool:
    """Word k, right after a lower-case head-word, opens the body's name: capitalised inside the sentence, no stop
    word, title, head-word, acronym or name the registry holds (a state's: "l'armée Israël" is no name)."""
    if k >= len(matches) or held[k] or not raw[k][:1].isupper() or raw[k].isupper() or norms[k] in w.stop:
        return False
    return adjoins(text, matches, k - 1) and not (w.titles.starts(norms, k, raw) or w.heads.starts(norms, k, raw))


def _territory_government(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, i: int) -> int:
    """Where a word for a government before a territory the data holds as a place ends its name ("il governo di Hong
    Kong": the territory's government, a body), or 0."""
    if held[i] or norms[i] not in state_nouns(w.language):
        return 0
    j = i + 1
    while j < len(matches) and norms[j] in w.connectors and adjoins(text, matches, j - 1):
        j += 1
    if j == i + 1 or j >= len(matches) or not adjoins(text, matches, j - 1):
        return 0
    return listed_place_end(text, matches, held, w, j) if held[j] else _subdivision_end(text, matches, norms, j)


MAX_SUBDIVISION_WORDS = 4  # "Provence-Alpes-Côte d'Azur", "Newfoundland and Labrador"


def _subdivision_end(text: str, matches: list[re.Match[str]], norms: list[str], j: int) -> int:
    """The end of a state's province or region named from word j, capitalised (ISO 3166-2, first level: "Québec",
    "Ontario", "Western Australia"), after a word for a government: that territory's government ("le gouvernement du
    Québec"), a body; or 0."""
    if not text[matches[j].start()].isupper():
        return 0
    for end in range(min(len(matches), j + MAX_SUBDIVISION_WORDS), j, -1):
        words = tuple(norms[j:end])
        if all(adjoins(text, matches, k) for k in range(j, end - 1)) and names_first_level(words):
            return end if _whole_name(text, matches, words, end) else 0
    return 0


def _whole_name(text: str, matches: list[re.Match[str]], words: tuple[str, ...], end: int) -> bool:
    """Whether a subdivision's name read up to word `end` is all the capitalised run holds ("Nord" of "Nord Stream",
    "South" of "South America's" are not) and no word that opens longer names ("Western", "Central": "the
    government of Western nations")."""
    if end < len(matches) and adjoins(text, matches, end - 1) and text[matches[end].start()].isupper():
        return False
    return len(words) > 1 or words not in _name_openers()


@cache
def _name_openers() -> frozenset[tuple[str, ...]]:
    """The one-word subdivision names that also open a longer one's ("Western" of "Western Australia") and are
    compass, size or kind words (`_listed_openers`)."""
    names, listed = first_level_names(), _listed_openers()
    return frozenset(w for w in names if len(w) == 1 and w[0] in listed and any(len(x) > 1 and x[0] == w[0] for x in names))


NAME_OPENERS = Path(__file__).parent / "data" / "knowledge" / "name_openers.yaml"


@cache
def _listed_openers() -> frozenset[str]:
    """Compass, size and kind words (`data/knowledge/name_openers.yaml`): a real province's name that opens a longer
    one ("Kasai" of "Kasaï-Oriental", "Delta") stays a province."""
    return frozenset(normalise(str(w)) for w in (safeyaml.shipped(NAME_OPENERS) or {}).get("words") or ())


def _after_state(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    states: dict[tuple[int, int], str],
) -> Detected | None:
    """A lower-case organisation right after a state's name or adjective: "Azerbaijan's armed forces",
    "the Chinese coast guard", "the Azerbaijani foreign ministry" (named "Ministry of Foreign Affairs (Azerbaijan)")."""
    if i == 0 or held[i] or not held[i - 1] or not raw[i][:1].islower():
        return None
    if not raw[i - 1][:1].isupper() and not w.adjective_first:  # Russian, Ukrainian: "индийская армия"
        return None
    if not adjoins(text, matches, i - 1):
        return None
    k = i + w.fields.starts(norms, i)
    head = w.heads.starts(norms, k)
    if not head:
        return None
    english = w.org_names.get(tuple(norms[k : k + head]))
    if k == i and (not english or not state_at(matches[i - 1], states)):
        return None  # "Chinese vessels": no body of their own; "NATO forces": no state's armed forces
    if _describes(text, matches, norms, w, k, head):
        return None  # "a U.S. military base": the head-word only describes what follows
    start, end = matches[i].start(), matches[k + head - 1].end()
    surface = text[start:end]
    if k > i:
        return Detected(
            organisation_name(surface, norms[i : k + head], start, end, w, states), "organisation", start, end, surface
        )
    state = state_at(matches[i - 1], states) or re.sub(r"['’]s$", "", raw[i - 1])
    if w.state_compounds:
        start, surface = matches[i - 1].start(), text[matches[i - 1].start() : end]
    return Detected(
        f"{state} {w.org_names.get(tuple(norms[k : k + head]), surface.title())}", "organisation", start, end, surface
    )


def _coded_body_added(matches: list[re.Match[str]], w: Words, i: int, j: int, found: list[Detected]) -> bool:
    """A run of one word that is a state's body compounded with its acronym (`state_code_compound`): added to
    `found`, and nothing more to read in the run."""
    coded = state_code_compound(matches[i], w) if j == i + 1 else None
    if coded:
        found.append(coded)
    return coded is not None


def _describes(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, k: int, head: int) -> bool:
    """A head-word that is also an adjective ("military") before a lower-case word that is no verb ("a U.S.
    military base", not "the U.S. military said"), or any head-word before a word for its members (`head_people`:
    "200 Kenyan police officers arrived", the officers)."""
    after = k + head
    if after < len(norms) and norms[after] in word_list(w.language, "head_people") and adjoins(text, matches, after - 1):
        return True  # "Kenyan police officers": the people the head-word qualifies, no body
    if norms[k] not in w.adjective_heads or after >= len(norms) or not adjoins(text, matches, after - 1):
        return False
    # "Russia's military of": a connector after it is no noun it describes
    return matches[after].group()[:1].islower() and norms[after] not in w.speech | w.stop | w.body_verbs | w.connectors


def _person_after(raw: list[str], norms: list[str], held: list[bool], w: Words, k: int, end: int) -> bool:
    """The capitalised words after a lower-case head-word are a person's name ("el gobierno de Pedro Sánchez"): a
    given name and more names, so the head-word names no body of its own; not a place's ("Hong Kong")."""
    first = next((m for m in range(k, end) if raw[m][:1].isupper()), end)
    return end - first >= 2 and is_given(raw[first]) and not w.fields.starts(norms, first) and not held[first]


def _classify(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    j: int,
    found: list[Detected],
    states: dict[tuple[int, int], str],
    written_alone: frozenset[str] = frozenset(),
) -> int | None:
    """Add what the run i..j is (if anything); returns where to go on, or None for j."""
    shouted = j - i >= 3 and all(len(word) > 1 and word.isupper() for word in raw[i:j])
    # a line written in capitals ("STORM IS MOVING WEST"): its words tell no name from a common word; a region
    # named by a head-word ("Departamento de Cundinamarca") is a place
    if (
        (shouted and not _body_in_capitals(raw, norms, w, j))
        or _in_capital_line(raw, i, j)
        or _department_named(raw, norms, w, i, j)
        or _venue_named(norms, w, i, j)
        or _coded_body_added(matches, w, i, j, found)  # "US-Militär": the state's armed forces
    ):
        return j
    end = _adjective_first_end(text, matches, raw, norms, held, w, i, j) if w.adjective_first else 0
    if not end and w.adjective_first and j == i + 2 and (not inside_sentence(text, matches, i) or _noun_of_body(raw, w, i)):
        # "Позже Араканская армия"; inside a sentence, a noun of the body's ("Правление Национального банка", its board)
        end = _adjective_first_end(text, matches, raw, norms, held, w, i + 1, j)
        i = i + 1 if end else i
    if end:  # "Араканская армия", "Демократической партии": a body whose name capitalises its first word only
        found.append(body_found(text, matches, norms, i, end, w, states))
        return end
    at, (i, title) = i, _title_before_body(raw, norms, w, i, j)
    if not title and (
        _field_head_before_name(raw, norms, w, i, j)
        or _person_beside_body(text, matches, raw, norms, held, w, (at, i, j), found, states, written_alone)
    ):
        return j
    i = i if title else _head_in_complement(norms, w, i, j)
    # "Partit de Rodés, …": a verb's participle, then where from (`_participle_opens`), no body
    headed = any(w.heads.starts(norms, k) for k in range(i, j)) and not _participle_opens(text, matches, raw, norms, w, i, j)
    if not title and headed and not _given_head(raw, norms, w, i, j):
        i = _past_opening_word(text, matches, raw, norms, w, i, j)
        # "die Theater AG der Schule": a school's working group, no company
        return _working_group(norms, w, i, j) or classify_organisation(text, matches, raw, norms, held, w, i, j, found, states)
    if _place_body(text, matches, raw, norms, held, w, i, j, title, found):
        return j
    if _apposed_body(text, matches, raw, norms, w, i, j):  # "les Mossos d'Esquadra, la police catalane"
        found.append(body_found(text, matches, norms, i, j, w, states))
        return j
    acronym = _defined_acronym(text, matches, raw, norms, held, w, i, j)
    if acronym:  # "Plataforma Unitária Democrática (PUD)"
        found.append(body_found(text, matches, norms, i, j, w, states, acronym))
        return j
    camel = _camel_case_body(text, matches, raw, norms, held, w, i, j, found, states, written_alone)  # "WikiLeaks"
    # "រួមមាន Stockton Rush អាយុ 61 ឆ្នាំ": Khmer has no capitals of its own, a run of them is another script's name
    camel = camel or _foreign_name(text, matches, raw, norms, w, i, j, found, states)
    if camel or (w.latin_names and not CYRILLIC.search(raw[i]) and not (is_given(raw[i]) and j - i > 1)):
        return camel or _latin_name(text, matches, raw, norms, w, i, j, found, states)
    return classify_person(text, matches, raw, norms, held, w, i, j, found, written_alone)


def _noun_of_body(raw: list[str], w: Words, i: int) -> bool:
    """Russian, Ukrainian: a capitalised noun before a body's capitalised adjective inside a sentence ("Правление
    Национального банка", the board of the National Bank): what the body has, its name opening with the adjective."""
    return raw[i][:1].isupper() and not raw[i].endswith(w.adjective_endings) and raw[i + 1].endswith(w.adjective_endings)


def _field_head_before_name(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A head-word that names a body by its field in lower case only (`field_heads`: "Департамент здравоохранения")
    before a capitalised name: a territory's word ("Департамент Кальвадос", a French department), no body."""
    return j - i > 1 and norms[i] in word_list(w.language, "field_heads") and raw[i + 1][:1].isupper()


def _head_in_complement(norms: list[str], w: Words, i: int, j: int) -> int:
    """Where a body's name opens with its head-word (`heads_open`) and the run i..j holds its first head-word only
    after a connector, the body's name opens there: what comes before names a thing of the body ("Sede da Xunta",
    its seat) or a place in it ("Biblioteca de la Universitat de Vic", its library); else i."""
    first = next((k for k in range(i, j) if w.heads.starts(norms, k)), None) if w.heads_open else None
    return first if first is not None and any(norms[k] in w.connectors for k in range(i + 1, first)) else i


def _title_before_body(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> tuple[int, int]:
    """Where the run i..j goes on past a title it opens with, and the title's length: at a body's head-word right
    after the title ("Представитель Фронта …") or after the title and "of" when no given name follows ("il
    Presidente del Tribunale di Milano"), or at a name its head-word closes with no given name in it ("Bakan Ankara
    Kalkınma Ajansı"), the body's name, with no title; else the title's length at i."""
    title = w.titles.starts(norms, i)
    if title and i + title < j and w.heads.starts(norms, i + title):  # "Представитель Фронта …": the body, no person
        return i + title, 0
    if (
        title
        and i + title + 1 < j
        and norms[i + title] in w.particles
        and w.heads.starts(norms, i + title + 1)
        and not any(is_given(raw[k]) for k in range(i + title + 1, j))
    ):
        return i + title + 1, 0  # "il Presidente del Tribunale di Milano": the body after "of", no person named
    if (
        title
        and i + title + 1 < j
        and raw[i + title][:1].isupper()  # the name right after the title: not "Presidente de la República de la Unión"
        and w.heads.ends(norms, j)
        and not any(is_given(raw[k]) for k in range(i + title, j))
    ):
        # "Bakan Ankara Kalkınma Ajansı toplantısına": a body whose name its head-word closes after the title, no
        # given name between (the title's holder is not named)
        return i + title, 0
    return i, title


def _person_beside_body(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    run: tuple[int, int, int],
    found: list[Detected],
    states: dict[tuple[int, int], str],
    written_alone: frozenset[str],
) -> bool:
    """The run i..j names a body and a person, or a person's office: "el Presidente del Gobierno Sánchez" (the body,
    then the title's holder by surname; the title and "of" open the run at `at`, `_title_before_body`), "Yusuf Kaya
    Valiliği döneminde" (his term as governor: the person alone). Adds what it names; False when it is neither."""
    at, i, j = run
    holder = _holder_after_body(text, matches, raw, norms, held, w, i, j) if at < i else None
    if holder:
        found.append(body_found(text, matches, norms, i, holder, w, states))
        start, end = matches[holder].start(), matches[holder].end()
        found.append(Detected(person_name(raw[holder]), "person", start, end, raw[holder]))
        return True
    if _office_term(text, matches, raw, norms, w, i, j):
        classify_person(text, matches, raw, norms, held, w, i, j - 1, found, written_alone)
        return True
    return False


def _holder_after_body(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int
) -> int | None:
    """After a capitalised title and "of" (`_title_before_body`), the body's head-word and one capitalised word that
    closes the run: the surname of the title's holder, as news names an official ("el Presidente del Gobierno
    Sánchez", "il Presidente del Senato La Russa"), no word of the body's name; only after a public office's head-word
    (the language's `office_heads`; a bank or a foundation keeps its name: "del Banco Santander"); not an adjective of
    institutions (`org_adjectives`: "Banca Nazionale"), a state's name or adjective, or a word the text writes in lower case too
    ("Guardia Costiera" is a head-word of two), nor a word of a known body's name (`_body_name_words`). Returns the
    surname's word, or None."""
    k = j - 1
    if not (i >= 2 and norms[i - 1] in w.particles and w.titles.ends(norms, i - 1)):
        return None
    head = w.heads.starts(norms, i)
    if norms[i] not in word_list(w.language, "office_heads"):  # "del Banco Santander", "della Fondazione Cariplo"
        return None
    named = _body_name_words(w.language) | w.org_adjectives  # "del Banco Central Galípolo": the body's own words first
    if (
        not head
        or i + head > k
        or any(norms[m] not in named or not raw[m][:1].isupper() for m in range(i + head, k))
        or held[k]
        or not raw[k][:1].isupper()
        or raw[k].isupper()
        or len(raw[k]) < 3
    ):
        return None
    if norms[k] in w.org_adjectives or norms[k] in w.particles or norms[k] in w.stop:
        return None
    if (
        norms[k] in state_adjective_words(w.language)
        or norms[k] in _body_name_words(w.language)
        or not adjoins(text, matches, k - 1)
    ):
        return None
    return None if re.search(rf"(?<![\w'’-]){re.escape(raw[k].lower())}(?![\w'’-])", text) else k


@cache
def _body_name_words(language: str) -> frozenset[str]:
    """The words after the first of the bodies' names the base knowledge holds in the language ("Banca Centrale
    Europea": "centrale", "europea"): words of a body's name, no surname."""
    states = state_ids()
    names = base_names(language)
    return frozenset(
        normalise(x) for actor, aliases in names.items() if actor not in states for a in aliases for x in a.split()[1:]
    )


def _acronym_before_full_name(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run opens with a body's acronym the data lists as a head-word ("ЗСУ", "МЗС"), then a full name opening with
    a given name: two actors, not one body's name (a ship's prefix is none: "BRP Sierra Madre")."""
    if j - i < 3 or len(raw[i]) < 2 or not raw[i].isupper() or raw[i + 1].isupper():
        return False
    return w.heads.starts(norms, i) == 1 and is_given(raw[i + 1])


def _camel_case_body(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    j: int,
    found: list[Detected],
    states: dict[tuple[int, int], str],
    written_alone: frozenset[str],
) -> int:
    """Add the company or site the run i..j names in CamelCase ("WikiLeaks", "CrowdStrike"), alone or before a
    connector ("WikiLeaks on Monday", the rest read on its own), in German also after the noun that says what it is
    ("die Enthüllungsplattform WikiLeaks"); returns where to go on, or 0 when the run names none so."""
    if _camel_case_name(raw[i], w) and (j == i + 1 or norms[i + 1] in w.connectors):
        found.append(body_found(text, matches, norms, i, i + 1, w, states))
        return i + 1
    if j > i + 1 and w.noun_capitals and _camel_case_name(raw[j - 1], w):
        _classify(text, matches, raw, norms, held, w, i, j - 1, found, states, written_alone)
        found.append(body_found(text, matches, norms, j - 1, j, w, states))
        return j
    return 0


def _camel_case_name(word: str, w: Words) -> bool:
    """A brand's, company's or site's name in CamelCase ("WikiLeaks", "CrowdStrike", "TikTok"), in the languages whose
    data lists the prefixes a surname glues to its next capital (`glued_prefixes`: "McCain", "DeSantis", "LeBron"),
    which open no such name; nor does a German noun's gender-inclusive capital I ("BürgerInnen")."""
    prefixes = word_list(w.language, "glued_prefixes", normalised=False)
    if not prefixes or not CAMEL_CASE.fullmatch(word) or word.endswith(GENDERED_ENDINGS):
        return False
    first = re.match(r"[A-Z][a-zà-ÿ]+", word).group()  # type: ignore[union-attr]  # CAMEL_CASE matched it
    return first not in prefixes


def _person_after_connector(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    j: int,
    found: list[Detected],
    states: dict[tuple[int, int], str],
    written_alone: frozenset[str],
) -> bool:
    """A run closing with a full name after a connector ("Administración de Sebastián Piñera", "Rapid Support Forces di
    Mohamed Dagalo"): its words before the connector are read on their own, then the full name as a person's."""
    person = _full_name_after_connector(raw, norms, w, i, j)
    if not person:
        return False
    if person - 1 > i:
        _classify(text, matches, raw, norms, held, w, i, person - 1, found, states, written_alone)
    classify_person(text, matches, raw, norms, held, w, person, j, found, written_alone)
    return True


def _read_in_two(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    j: int,
    found: list[Detected],
    states: dict[tuple[int, int], str],
    written_alone: frozenset[str],
) -> int:
    """A run of two names a connector joins, each read on its own: a body and the person after it ("Administración de
    Sebastián Piñera"), or a person and the body after her ("Anna Smith of the Labour Party"). Returns where to go
    on, or 0 when the run is no such pair."""
    if _person_after_connector(text, matches, raw, norms, held, w, i, j, found, states, written_alone):
        return j
    body = _body_after_person(raw, norms, held, w, i, j)
    if not body:
        return 0
    classify_person(text, matches, raw, norms, held, w, i, body[0], found, written_alone)
    return _classify(text, matches, raw, norms, held, w, body[1], j, found, states, written_alone) or j


def _body_after_person(raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int) -> tuple[int, int] | None:
    """A run of a name, a connector and a body's name ("Anna Smith of the Labour Party", "Djeukam Tchameni of the
    Union for Change"): two to four capitalised words that are no head-word, title, field or known name, then "of"
    and a name holding a head-word. Returns where the name ends and where the body opens (past its article), or
    None; not where the words before "of" name a body themselves ("Bank of England") or one word does ("Friends of
    the Earth"), nor in a language that capitalises every noun."""
    if w.noun_capitals:
        return None
    k = next((k for k in range(i + 1, j) if norms[k] in w.connectors), j)
    if k == j or not 2 <= k - i <= 4 or norms[k] in w.particles or norms[k] in w.and_words:
        return None
    if any(held[n] or not raw[n][:1].isupper() or w.heads.starts(norms, n) or w.titles.starts(norms, n) for n in range(i, k)):
        return None
    if any(w.fields.starts(norms, n) for n in range(i, k)):
        return None
    body = k + 1
    while body < j and norms[body] in w.articles:
        body += 1
    if body >= j or not raw[body][:1].isupper() or not any(w.heads.starts(norms, n) for n in range(body, j)):
        return None
    return k, body


def _full_name_after_connector(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> int:
    """Where a full name closing the run i..j after a connector starts: a common given name and one or two more words
    after "de", "di", "of" ("la Administración de Sebastián Piñera", "Mausolée de John Garang"; not "de Nova York", a
    rare given name, nor a saint's "de San Martín"); 0 when the run opens with a given name ("Maria de Fátima
    Mendonça": one name) or where every noun is capitalised (German)."""
    if w.noun_capitals or is_given(raw[i]):
        return 0
    joining = w.connectors - AND_WORDS
    for k in range(max(i + 1, j - 4), j - 2):
        names = raw[k + 1 : j]
        common = anyascii(names[0]).lower() in common_given_names() and norms[k + 1] not in w.saints
        if norms[k] in joining and raw[k][:1].islower() and common and all(n[:1].isupper() for n in names):
            return k + 1
    return 0


def _office_term(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """Turkish: a full name opening with a given name, an office's head-word glued to it as a possessive, then a word
    for a term ("Yusuf Kaya Valiliği döneminde": during Yusuf Kaya's governorship, `term_words`): the person, whose
    office it was, not a body named after them."""
    # a given name and a surname, or two given names and a surname, right before the head-word
    if not (j - i == 3 or (j - i == 4 and is_given(raw[i + 1]))) or j >= len(matches) or not is_given(raw[i]):
        return False
    if not adjoins(text, matches, j - 1):
        return False
    if norms[j] not in word_list(w.language, "term_words") or w.heads.starts(norms, j - 1) != 1:
        return False
    return not any(w.heads.starts(norms, k) for k in range(i, j - 1))


def _given_head(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run i..j opens with a head-word that is also a given name, and capitalised words that are no head-word or
    adjective of a body follow: where a body's name capitalises its first word only, a person ("Marine Le Pen", not
    "la Marine nationale")."""
    if not w.lower_complements or j - i < 2 or not is_given(raw[i]):
        return False
    joining = w.connectors - w.particles  # "Marine de Guerre" joins a body's words; "Le Pen" is a name's particle
    return not any(w.heads.starts(norms, k) or norms[k] in w.org_adjectives | joining for k in range(i + 1, j))


def _place_body(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    j: int,
    title: int,
    found: list[Detected],
) -> bool:
    """The run i..j names a place that speaks, the body that works there ("the Central Clinical Hospital said"),
    added to `found`; or a title inside a place's name before its word for a place, which names no one ("the
    Rawalpindi General Hospital"): True for either. Not "President Park said", a title and a name."""
    in_place = title > 0 and _in_place_name(text, matches, raw, held, i)
    speaking = (in_place or not title) and _speaking_place(text, matches, norms, w, i, j)
    if not speaking:
        return in_place and i + title < j and norms[i + title] in w.named_places
    # a compass word the run left out opens the name ("Central", which the data stops as a name's first word)
    i -= int(i > 0 and raw[i - 1][:1].isupper() and norms[i - 1] in w.geographic and adjoins(text, matches, i - 1))
    surface = text[matches[i].start() : matches[j - 1].end()]
    found.append(Detected(surface, "organisation", matches[i].start(), matches[j - 1].end(), surface))
    return True


def _speaking_place(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run i..j names a building or institution by its word for a place ("Hospital", "Museum") and speaks
    ("the Central Clinical Hospital said"): the body that works there, as a capital speaking is its government."""
    if j - i < 2 or j >= len(matches) or norms[j - 1] not in w.named_places or not adjoins(text, matches, j - 1):
        return False
    return norms[j] in w.speech - {"according"}


def _apposed_body(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A name set off by a comma before a definite article and a lower-case word for a body or an outlet, an adjective
    perhaps between, names that body ("les Mossos d'Esquadra, la police catalane", "Velmar, the regional police"); not
    a person's, whose name opens with a given name or whose office follows ("…, the police chief")."""
    if j + 2 >= len(matches) or text[matches[j - 1].end() : matches[j].start()].strip() != "," or is_given(raw[i]):
        return False
    definite = norms[j] in w.articles - w.indefinite  # "un centre logistique" says what kind of thing, no name
    # ... but a newspaper or channel is an outlet whatever its article, where a complement or the apposition's end
    # follows its word: "le Herald-Leader, un quotidien du Kentucky," (not "…, a radio host")
    media = norms[j] in w.indefinite and norms[j + 1] in w.media_words and raw[j + 1][:1].islower()
    closed = norms[j + 2] in w.connectors or _closed(text, matches, raw, w, j + 2)
    if media and closed and raw[j][:1].islower() and adjoins(text, matches, j) and inside_sentence(text, matches, i):
        return True
    if not definite or not raw[j][:1].islower() or (j - i > 1 and not inside_sentence(text, matches, i)):
        return False  # a sentence's first word is capitalised whatever it is ("Officers of the Ertzaintza, …")
    for k in (j + 1, j + 2):
        head = w.heads.starts(norms, k) or int(norms[k] in w.media_words)
        if head and raw[k][:1].islower() and norms[k] not in w.adjective_heads and adjoins(text, matches, k - 1):
            after = k + head
            described = after < len(raw) and adjoins(text, matches, after - 1) and _titled_or_described(raw, norms, w, after)
            return not described and _closed(text, matches, raw, w, after)
    return False


def _closed(text: str, matches: list[re.Match[str]], raw: list[str], w: Words, k: int) -> bool:
    """An apposition closes with a comma or the sentence's end, past two adjectives after its noun where they
    follow it ("la police catalane, qui …"); not a list going on ("Djedda, l'armée soudanaise et les Forces …")."""
    last = k - 1
    limit = min(len(raw), k + 2) if w.adjectives_follow else k
    while last + 1 < limit and raw[last + 1][:1].islower() and adjoins(text, matches, last):
        last += 1
    return text[matches[last].end() :].lstrip()[:1] in ("", ",", ".", ";", ")")


def _titled_or_described(raw: list[str], norms: list[str], w: Words, k: int) -> bool:
    """Word k, after a head-word, is an office ("the police chief") or, where adjectives stand before their noun, a
    noun the head-word describes ("a military campaign")."""
    described = not w.adjectives_follow and raw[k][:1].islower() and norms[k] not in w.connectors | w.stop
    return described or bool(w.titles.starts(norms, k))


def _latin_name(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    w: Words,
    i: int,
    j: int,
    found: list[Detected],
    states: dict[tuple[int, int], str],
) -> int:
    """Cyrillic text transliterates people's names but leaves a company's, brand's or outlet's in Latin letters
    ("самолеты Skyvale", "компания Stratfor"): such a run is an organisation; not a type's name before its model's
    code ("Boeing 737", "Airbus A320", the sets disagree on whether it names the maker), a model's code ("737
    MAX"), a handle ("@BBCBreaking"), a ship's name ("судну Genco Picardy"), a word of a phrase in a Latin-script
    language ("Je suis Charlie"), nor an acronym or numeral, which may stand for anything ("UTC", "XIX")."""
    if any(len(word) > 1 and word.isupper() for word in raw[i:j]) or (i > 0 and _vessel(norms[i - 1], w)):
        return j
    last = j
    while last > i and text[matches[last - 1].end() : matches[last - 1].end() + 1].isdigit():
        last -= 1  # "Airbus A320": the maker, then the model's code
    if last == i:
        return j
    start, end = matches[i].start(), matches[last - 1].end()
    coded = text[max(0, start - 2) : start].strip()[-1:].isdigit() or text[start - 1 : start] == "@"
    coded = coded or bool(MODEL_AFTER.match(text, end))
    # "Inbusiness.kz поговорил …": a site's name with its domain, the outlet, not a word of a Latin-script phrase
    site = DOMAIN_AFTER.match(text, end) if last == j else None
    after = (i - 1,) if site else (i - 1, j)
    phrase = any(0 <= k < len(raw) and raw[k][:1].islower() and not CYRILLIC.search(raw[k]) for k in after)
    if not coded and not phrase and end - start > 1 and not all(n in w.stop for n in norms[i:last]):
        body = body_found(text, matches, norms, i, last, w, states)
        if site:
            body = replace(body, name=body.name + site[0], end=site.end(), surface=text[body.start : site.end()])
        found.append(body)
    return j


FOREIGN_PERSON_WORDS = 3  # a person's name of another script: two or three capitalised words
HONORIFIC_REACH = 12  # characters before such a name an honorific may end in ("លោក ", Mr)


def _foreign_name(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    w: Words,
    i: int,
    j: int,
    found: list[Detected],
    states: dict[tuple[int, int], str],
) -> int:
    """In a language whose own script has no capitals (`foreign_capitals`: Khmer, Thai, Amharic, Georgian, Hindi),
    a run of capitalised words is a name its text left in another script's letters ("រួមមាន Stockton Rush អាយុ 61
    ឆ្នាំ", "សារព័ត៌មាន The Irish Times"), since no word of the language's own opens with a capital: two or three
    words that each open with a capital, then small letters, are a person's when the first is a given name ("Daniel
    Webber"), a body's when an English article opens them or a body's head-word is among them ("The Irish Times",
    "Premier League") or when there are three; two with no given name first name no one the text tells ("New Zealand",
    "Manchester United", "Apple Watch", "Read More"), unless an honorific of the language's own stands before them
    ("លោក Stockton Rush", Mr; `data/honorifics.yaml`). Not a city CLDR names in English ("Phnom Penh"), a state or a
    body the data names in English ("Sri Lanka", "European Union", its names' own rules), a place, a meeting or
    games a word for them closes (English `city_words`: "The Paris Olympics", "Climate Summit"), one word alone (a month, a
    heading's word: "April", "Subscription"), nor a run holding a word in capitals, which may stand for anything.
    Returns where to go on, or 0 in a language with capitals of its own."""
    words = raw[i:j]
    if not w.foreign_capitals:
        return 0
    if j - i < 2 or any(len(word) > 1 and word.isupper() for word in words):
        return j
    start, end = matches[i].start(), matches[j - 1].end()
    if text[start:end] in _zone_cities():
        return j
    if text[start:end] in _english_actor_names():  # "United States", "Sri Lanka", "European Union": CLDR's names
        return j
    if norms[j - 1] in city_words("en"):  # "The Paris Olympics", "Climate Summit", "Heathrow Airport": no one
        return j
    english = _english()
    titled = all(word[:1].isupper() and word[1:].islower() for word in words)
    article = english is not None and norms[i] in english.articles  # "The Irish Times": a title's article
    # a body's head-word in English ("Bangkok Post", "Premier League", "Apple Inc"): its name, not a person's
    head = english is not None and any(english.heads.starts(norms, k) or norms[k] in english.final_heads for k in range(i, j))
    # a person's name opens with a given name the lists know ("Stockton Rush" does not: a state's, a team's, a
    # product's or a heading's words are capitalised alike, "New Zealand", "Manchester United", "Apple Watch", "Read
    # More"), never with a month's or a weekday's name ("June", "Monday June 12": a date)
    given = is_given(words[0]) and words[0] not in _english_calendar_words()
    # or an honorific or a title of office of the language's own right before it ("លោក Stockton Rush", Mr;
    # "ประธานาธิบดี Prabowo Subianto", President; `data/honorifics.yaml`, `data/native_titles.yaml`)
    own = generic_words.honorifics(w.language) + generic_words.native_titles(w.language)
    before = text[max(0, start - max([HONORIFIC_REACH, *(len(h) + 2 for h in own)])) : start].rstrip()
    titled_before = j - i == 2 and any(before.endswith(h) for h in own)
    # a place named after a person, an English word for a water, an island or a street last ("Jordan River", "Florence
    # Street"; `place_words`, `named_places` of the English data), no title before it: no one
    if english is not None and not titled_before and norms[j - 1] in place_words("en") | english.named_places:
        return j
    given = (given or titled_before) and not (english is not None and english.titles.starts(norms, i))  # "Prime Minister"
    if titled and not article and not head and j - i <= FOREIGN_PERSON_WORDS and given:
        found.append(Detected(" ".join(words), "person", start, end, text[start:end]))
    elif article or head or j - i > 2:  # two words with no given name: a state's, a team's, a product's or a heading's
        found.append(body_found(text, matches, norms, i, j, w, states))
    return j


def _calendar_given_name(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int
) -> bool:
    """Word i, a month's or a weekday's name the stop list holds that is also a given name ("Julio", "Abril",
    "Domingo"), right before a capitalised word in mixed case that it does not hold: a person's given name ("Julio
    Pérez", "Domingo Cavallo"), no date ("Julio de 2023", "Domingo 12"). Only where the language writes its months
    in lower case: elsewhere a capitalised month or weekday opens a term too (Turkish "Cuma Namazı", Friday prayer)."""
    k = i + 1
    if k >= len(raw) or held[k] or not raw[k][:1].isupper() or raw[k].isupper() or norms[k] in w.stop:
        return False
    if not lowercase_months(w.language):
        return False
    calendar = date_words(w.language)
    named = key(raw[i]) in calendar.full_months or key(raw[i]) in calendar.weekdays
    return named and adjoins(text, matches, i) and is_given(raw[i])


@cache
def _english_actor_names() -> frozenset[str]:
    """CLDR's English names of states and territories and the data's English names of bodies ("New Zealand", "Sri
    Lanka", "European Union"), as a text in another script leaves them in Latin letters."""
    return frozenset(name for names in names_in("en").values() for name in names)


@cache
def _english_calendar_words() -> frozenset[str]:
    """CLDR's English names of the months and weekdays ("June", "Monday"), which open a date, not a name."""
    locale = cldr_locale("en")
    if locale is None:
        return frozenset()
    tables = [locale.months["format"]["wide"], locale.days["format"]["wide"]]
    return frozenset(str(name) for table in tables for name in table.values())


@cache
def _zone_cities() -> frozenset[str]:
    """The cities the time-zone database names its zones by ("Asia/Phnom_Penh": "Phnom Penh"), with CLDR's English
    names of them: places, in the Latin letters a text in another script leaves them in."""
    zones = (zone.rsplit("/", 1)[-1].replace("_", " ") for zone in zoneinfo.available_timezones() if "/" in zone)
    return frozenset(zones) | city_names("en")


@cache
def _english() -> Words | None:
    """English's detection words: a run of Latin capitals in a text of another script is most often English."""
    return words("en")


def _vessel(norm: str, w: Words) -> bool:
    """A word for a ship in any case form: its stem, without its last two letters ("судну" of "судно", "эсминцу")."""
    return any(norm.startswith(v[: max(4, len(v) - 2)]) for v in w.vessels)


def _defined_acronym(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int
) -> str | None:
    """The acronym in parentheses after the run i..j that its words' initials spell, when the run names a body: not
    a title ("Director General of Military Operations (DGMO)") nor a zone after its state ("Philippines Economic
    Exclusion Zone (EEZ)")."""
    acronym = ACRONYM_AFTER.match(text, matches[j - 1].end())
    if not acronym or w.titles.starts(norms, i) or (i > 0 and held[i - 1] and adjoins(text, matches, i - 1)):
        return None
    return acronym.group(1) if _initials(raw[i:j], w) == acronym.group(1).upper() else None


def _initials(words: list[str], w: Words) -> str:
    """The capitals a name's acronym is made of: its words' first letters, without its connectors."""
    return "".join(word[0] for word in words if normalise(word) not in w.connectors).upper()


def _past_opening_word(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int
) -> int:
    """Where a body's name starts in a run that opens a sentence with a word, an article and the body ("Ieri il
    Parlamento", "Ayer el Senado"): the sentence's first word is capitalised whatever it is, and a body's name
    opens with its head-word there ("Banco de España" stays whole); in Russian and Ukrainian, whose bodies capitalise
    their first word only, with any word but an adjective before the head-word ("Вчера Служба …", not "Европейский
    Союз")."""
    if j - i < 2 or w.heads.starts(norms, i) or inside_sentence(text, matches, i):
        return i
    if w.adjective_first and w.heads.starts(norms, i + 1) and not raw[i].endswith(w.adjective_endings):
        return i + 1
    return i + 1 if j - i >= 3 and norms[i + 1] in w.connectors else i


def _adjective_first_end(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int
) -> int:
    """Where a body named by a capitalised adjective and a lower-case head-word ends ("Араканская армия", "армии
    Таанга" after it), or 0; not at the start of a sentence, where any word is capitalised."""
    if j != i + 1 or j >= len(matches) or not raw[j][:1].islower() or not adjoins(text, matches, i) or held[j]:
        return 0
    k = j
    while k < min(len(matches), j + 2) and _lower_adjective(raw[k], norms, w, k) and adjoins(text, matches, k):
        k += 1  # "Ярославской областной думы": more adjectives, then the head-word
    head = w.heads.starts(norms, k) if k < len(matches) and raw[k][:1].islower() and not held[k] else 0
    end = k + head
    # a sentence's first word is capitalised whatever it is, but a known name (its state's) after the head-word
    # closes a body's name there too: "Следственный комитет России возбудил"
    known = end < len(matches) and held[end] and raw[end][:1].isupper() and adjoins(text, matches, end - 1)
    # ... and so does the acronym the text defines for it: "Конституционный суд (КС) решил", "Спортивный арбитражный
    # суд (CAS) дисквалифицировал"
    defined = bool(head) and DEFINED_AFTER.match(text, matches[end - 1].end()) is not None
    known = (known or defined) and raw[i].endswith(w.adjective_endings)  # an adjective opens it ("Удары сил Израиля")
    if not head or not (known or inside_sentence_at(text, matches[i].start())):
        return 0
    while end < len(matches) and raw[end][:1].isupper() and adjoins(text, matches, end - 1):
        if full_name_at(text, matches, raw, end):  # "адміністрації Павло Кириленко": its head's person, named after it
            break
        end += 1  # a name in the genitive after the head-word: "армия Таанга"
        if held[end - 1]:  # "Конституційний суд Румунії": a known name (its state's) closes the body's
            while end < len(matches) and held[end] and adjoins(text, matches, end - 1):
                end += 1
            break
    return end


def _lower_adjective(word: str, norms: list[str], w: Words, k: int) -> bool:
    """A lower-case adjective inside a body's name that opens with its capitalised adjective ("областной")."""
    return word[:1].islower() and _adjective_ending(word, w) and not w.heads.starts(norms, k)


def _working_group(norms: list[str], w: Words, i: int, j: int) -> int | None:
    """German's "AG" closes a company's name (Aktiengesellschaft, "Siemens AG") and a school's or a club's working
    group (Arbeitsgemeinschaft, "die Theater AG", "eine Schach AG"): after nothing but the common nouns of what
    such groups do (`working_group_subjects`), a group, no company; where the run goes on after it."""
    forms = word_list(w.language, "working_group_forms")
    end = next((k for k in range(i + 1, j) if norms[k] in forms), None)
    subjects = word_list(w.language, "working_group_subjects")
    return end + 1 if end and all(norms[k] in subjects for k in range(i, end)) else None


States = dict[tuple[int, int], str]  # spans that name a state -> its English name
ARMY_COMPLEMENTS = frozenset({"air", "terre", "mer"})  # "l'armée de l'air", "de terre": a branch, or the common noun


def _army_alone(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, states: States
) -> list[Detected]:
    """A word for an army alone after the definite article, as a passive's agent (`army_agents`: "déposé par l'armée",
    "ousted by the army"): the army of the one state the paragraph names, as "l'armée soudanaise" is Sudan's. Not
    elsewhere ("the army and police withdrew", "des putschistes de l'armée": a faction, or the common noun), nor with
    two states or none (whose?), nor where a branch's name ("par l'armée de l'air"), a name ("par l'armée du
    Kremlin", read by the other rules) or a title follows ("by the army chief": a person)."""
    english = w.armies_alone.get(norms[i])
    if not english or not raw[i][:1].islower() or i == 0 or completes_title(norms, w, i):
        return []
    if norms[i - 1] not in w.articles - w.indefinite or not adjoins(text, matches, i - 1):
        return []
    if i < 2 or norms[i - 2] not in word_list(w.language, "army_agents") or not adjoins(text, matches, i - 2):
        return []  # only as a passive's agent, what it did: "after the army withdrew" may be any army's, or an annotator's noun
    k = i + 1  # the next word past "de", "du": "l'armée du Kremlin", "l'armée du général X", "the army chief"
    while k < min(len(raw), i + 3) and norms[k] in w.connectors and adjoins(text, matches, k - 1):
        k += 1
    named_after = k < len(raw) and (raw[k][:1].isupper() or norms[k] in ARMY_COMPLEMENTS or bool(w.titles.starts(norms, k)))
    if named_after and adjoins(text, matches, k - 1):
        return []  # a name of its own, a branch, or a title the word qualifies (a person)
    if _army_common_noun(text, matches, raw, norms, w, i):
        return []
    named = set(states.values())  # read last: reading a state's name makes its renaming extract the source again
    if len(named) != 1:
        return []
    return [Detected(f"{named.pop()} {english}", "organisation", matches[i].start(), matches[i].end(), raw[i])]


def _army_common_noun(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int) -> bool:
    """The army word heads a common noun's phrase: "of"/"de" and a noun with no determiner ("the army of volunteers",
    "l'armée de bénévoles": a crowd; not "l'armée de son pays", `army_noun_of`), or a noun it qualifies ("the army
    veteran"); a function word after it ("by the army in 1982", "par l'armée le 3 juillet") leaves it alone."""
    k = i + 1
    if k >= len(raw) or not adjoins(text, matches, i) or not raw[k][:1].islower():
        return False
    function_words = w.stop | w.articles | w.connectors | w.places | word_list(w.language, "head_determiners")
    if norms[k] in word_list(w.language, "army_noun_of"):
        after = k + 1
        return after < len(raw) and adjoins(text, matches, k) and raw[after][:1].islower() and norms[after] not in function_words
    return norms[k] not in function_words


def _participle_opens(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int
) -> bool:
    """A head-word that is also a verb's participle (`data/detection_words.yaml`: Occitan "Partit", left, also a
    party) opening a sentence before "of" and one word names no body: "Partit de Rodés, lo grop…" (having left
    Rodez); a party's name goes on past its place, or has no "of" ("Partit Socialista")."""
    opens = raw[i] in w.participles and not inside_sentence(text, matches, i)
    return opens and j - i == 3 and norms[i + 1] in w.connectors and adjoins(text, matches, i)


def _in_place_name(text: str, matches: list[re.Match[str]], raw: list[str], held: list[bool], i: int) -> bool:
    """Word i follows a capitalised word no known name holds, with only a space between ("Rawalpindi General")."""
    return i > 0 and raw[i - 1][:1].isupper() and not held[i - 1] and adjoins(text, matches, i - 1)


def _department_named(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A head-word that is also a region's word (`capitalised_heads`: "departamento"), capitalised as it opens a
    sentence, then "of" and a department's name (ISO 3166-2's departments: "Departamento de Cundinamarca"): the
    region, a place, no body; a ministry's department is named by its field ("Departamento de Vigilância")."""
    if j - i < 3 or norms[i] not in word_list(w.language, "capitalised_heads") or norms[i + 1] not in w.connectors:
        return False
    return " ".join(raw[i + 2 : j]) in _department_names()


def _venue_named(norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run ends with a building's kind and a head-word (`venue_heads`: "Kennedy Space Center", "the Linwood Islamic
    Centre", "the Bharat Mandapam Convention Centre"): a place where things happen, no body that acts."""
    return j - i >= 2 and " ".join(norms[j - 2 : j]) in word_list(w.language, "venue_heads")


@cache
def _department_names() -> frozenset[str]:
    """The names ISO 3166-2 gives the subdivisions it calls departments (pycountry: Colombia's "Cundinamarca",
    Uruguay's "Canelones", Paraguay's, Bolivia's, France's)."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions if s.type.lower().endswith("department"))


TURKISH_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})  # Turkish writes dotless ı under I and i under İ
SHOUTED = 5  # letters of a word in capitals that is no acronym ("MİLLİ"; acronyms are read as written: "IŞİD", "MİT")


def _turkish_capitals(word: str, norm: str) -> str:
    """A Turkish word written in capitals folded as Turkish lowers it ("DIŞİŞLERİ BAKANLIĞI" is "dışişleri
    bakanlığı", a ministry's head-word), not as the Latin "I" lowers ("bakanliği", no word)."""
    if len(word) < SHOUTED or not word.isupper() or not ("I" in word or "İ" in word):
        return norm
    return normalise(APOSTROPHE_ENDING.sub("", word).translate(TURKISH_CAPITALS))
