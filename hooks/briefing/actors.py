"""The actors of a text: registry and base-knowledge names, then the people and organisations no registry
lists (detect.py), as mentions the rest of the build reads; and the same detected actor across sources.

`find_actors(text, language, registry)` is the one call an evaluation needs: the actors of one text with
their canonical English name, kind and the words the text names them with.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import ItemsView, ValuesView
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

import regex
from anyascii import anyascii
from rapidfuzz import fuzz
from slugify import slugify

from . import otherlang, safeyaml
from .detect import lone_words_in, repeated_acronyms
from .detect_unspaced import after_figure
from .detect_words import (
    ACRONYM_AFTER,
    Detected,
    adjectives_precede,
    capital_skip,
    capital_state_nouns,
    capitalised_place_words,
    city_abbreviations,
    city_words,
    clock_words,
    common_capitals,
    cyrillic_given_name,
    envoy_nouns,
    function_words,
    genitive_articles,
    geographic_words,
    paired_state_not_pairs,
    paired_state_words,
    people_words,
    place_adjective_endings,
    place_endings,
    place_prepositions,
    place_skip,
    place_words,
    state_adjective_words,
    state_nouns,
    treaty_words,
    word_list,
    words_across_names,
)
from .detect_words import words as detection_words  # `words` names many things here
from .knowledge import (
    adjective_names,
    adjectives_in,
    capital_names,
    common_given_names,
    credit_only,
    lower_case_adjectives,
    names_in,
    nation_ids,
    own_place_words,
    simplified,
    skeleton,
    state_ids,
    subdivision_names,
    subdivision_namesakes,
)
from .model import Block, Briefing, DetectedActor, Mention
from .registry import ARABIC_LETTER, TOKEN, Actor, Match, Registry, inside_sentence_at, normalise, variants, with_base
from .scripts import CYRILLIC, NAME_DOTS

# A dash, a colon or an agency in parentheses right after a name opening a paragraph, a comma and a day and month
# (with Romance "de": "Lisboa, 28 de junho"), a day, month and year or a numeric date with no comma ("بيروت 30 يونيو
# 2016 /", "Lima 15/07/2018.-"), a full stop and a day and month with their own full stop, or a full stop and the
# next sentence's capital ("Рим, 21 апреля /Синьхуа/ --", "Moscow, July 17", "Kabul: …", "Москва. 30 апреля.
# INTERFAX.RU -", "Wien. Der Kanzler …"): a dateline's place.
DATELINE_MARK = re.compile(
    r"\s*(?:[-–—:]|\([^)]{1,30}\)\s*[-–—])|,\s*(?:\d{1,2}\s+(?:de\s+)?[^\W\d_]{3,}|[^\W\d_]{3,}\.?\s+\d{1,2}\b)"
    r"|\.\s*\d{1,2}\s+[^\W\d_]{3,}\.|,?\s+\d{1,2}\s+[^\W\d_]{3,}\s+\d{4}\b|,?\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b"
    r"|\.\s+(?=[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ])"
)
# An agency in parentheses opening a paragraph, perhaps with a dash, before its dateline's place ("(Agency)
# WASHINGTON –", "(Agenzia) – ROMA, 12 LUG –")
AGENCY_FIRST = re.compile(r"\([^()]{1,30}\)\s*(?:[-–—]\s*)?")
# A Chinese dateline, anywhere after the agency's name: the place, its day and "电" or "讯" ("某网北京5月2日电")
CHINESE_DATELINE = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[电電讯訊]")


@dataclass(frozen=True)
class FoundActor:
    """One actor of a text: `name` is canonical English (Wikipedia's title where the knowledge has it),
    `surfaces` the words the text names it with, in order."""

    id: str
    name: str
    kind: str
    surfaces: tuple[str, ...]
    detected: bool


@cache
def base_registry() -> Registry:
    """The package's knowledge alone: what a briefing with an empty registry starts from."""
    return Registry(*with_base({}, {}))


def find_actors(text: str, language: str, registry: Registry | None = None) -> list[FoundActor]:
    """States, organisations and people named in `text` (written in `language`, an ISO 639-1 code), from
    `registry` (the base knowledge alone when None) and detection, in order of first mention."""
    if registry is None or not registry.actors:
        registry = base_registry()
    elif not any(a.origin == "base" for a in registry.actors.values()):  # a registry read without the base knowledge
        if "with_base" not in registry._made:  # made once: its indexes are built as texts are read
            registry._made["with_base"] = Registry(*with_base(registry.actors, registry.outlets), registry.digest)
        registry = registry._made["with_base"]
    mentions, detected = actor_mentions((Block("paragraph", text),), registry, language)
    known = {d.id: d for d in detected}
    surfaces: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        surfaces[m.actor].append(m.text)
    found = []
    for actor_id, words in surfaces.items():
        actor = registry.actors.get(actor_id)
        if actor is not None and actor.kind != "place":
            found.append(FoundActor(actor_id, actor.name, actor.kind, tuple(dict.fromkeys(words)), False))
        elif actor_id in known:
            d = known[actor_id]
            found.append(FoundActor(actor_id, d.name, d.kind, tuple(dict.fromkeys(words)), True))
    return found


def _names_bodies(actor: Actor) -> bool:
    """A state, or a base territory that is part of one (a place, as `knowledge.base_entries` makes it)."""
    return actor.kind == "state" or (actor.kind == "place" and actor.origin == "base" and actor.id in state_ids())


def find_mentions(block: str, index: int, matches: list[Match], registry: Registry, language: str | None) -> list[Mention]:
    """The mentions registry names make in one block: a capital (a base place) only through the state it
    stands for, and a state's adjective only beside a word for its government ("the Chinese government")."""
    mentions = []
    nouns = state_nouns(language or "")
    where = _where(language or "")
    agencies = [m for m in matches if m.start < 3 and m.actor in registry.outlets]  # found once: a block may hold thousands
    for match in matches:
        text = block[match.start : match.end]
        actor = registry.actors[match.actor]
        if match.adjective:
            span = _beside(block, match, nouns, adjectives_precede(language or ""), capital_state_nouns(language or ""))
            if span:
                mentions.append(Mention(match.actor, index, *span, block[span[0] : span[1]]))
            continue
        # a paired short form ("中日两国") is followed by its pair and the pair's word: no place's or craft's name
        # a body's parent named in its name ("el Consejo de Seguridad de la ONU") acts in no sentence either
        if actor.origin == "base" and (
            (not match.paired and _not_acting_here(actor, block, match, where, language or "", matches))
            or _of_another_body(actor, block, match, matches, registry, where)
        ):
            continue
        if block.startswith("$", match.end) or (actor.origin == "base" and where.across and _across(block, match, where)):
            continue  # a currency: "US$15 billion"; a name across two words: "东北约" (northeast, about)
        if actor.kind == "state" and _dateline(block, match) and _other_capital(match.actor, text, language or ""):
            continue  # "عمان- أهابت …": Amman's dateline, where the text was written, not Oman
        if _common_noun(block, match, text, language or "") or _adjective_not_state(block, match, text, language or ""):
            continue
        if not (actor.origin == "base" and actor.kind == "place"):  # a capital alone is a place, no actor
            mentions.append(Mention(match.actor, index, match.start, match.end, text))
        # a capital stands for its state unless it is the place (only worked out for a capital: a Chinese text names
        # thousands of states)
        if (
            actor.stands_for
            and not _placed(actor, block, match, where, language or "")
            and not _dateline(block, match)
            and not _after_agency(block, match, agencies)
        ):
            mentions.append(Mention(actor.stands_for, index, match.start, match.end, text, via=actor.id))
    return mentions


def _family_member(block: str, match: Match, registry: Registry, language: str) -> bool:
    """A person's surname alone right after a common given name that is none of the person's own names nor a
    spelling of one ("Эмманюэль" of "Эммануэль"): another person of that family ("Ivanka Trump", "Flávio
    Bolsonaro"), not the one the registry or the base knowledge lists. Not after a word the language's data lists
    or a short one ("Ära Merkel"), nor after a word of the language opening a sentence ("Alla Merkel …"; in
    Cyrillic any such word, whose reading as a given name is a guess: "Далі Шольц", then Scholz)."""
    actor = registry.actors[match.actor]
    if actor.kind != "person" or len(TOKEN.findall(block[match.start : match.end])) != 1:
        return False
    before = NAME_JUST_BEFORE.search(block, max(0, match.start - 40), match.start)
    word = before.group(1) if before else ""
    if len(word) < MIN_FAMILY_GIVEN or not word[:1].isupper() or _listed_word(word, language):
        return False
    opens = _opens_sentence(block, before.start(1))
    if opens and (CYRILLIC.match(word) or _a_word_of(word, block, language)):
        return False
    for part in word.split("-"):  # "Pierre-Elliott Trudeau", the father; not "Jean-Claude Juncker"
        latin = ((cyrillic_given_name(part) if CYRILLIC.match(part) else anyascii(part)) or "").lower()
        if not _own_word(latin, actor) and latin in common_given_names():
            return True
    return False


NAME_JUST_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+$")  # a word, hyphened given names whole
OWN_NAME_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]+[\"“«‘]?$")  # past a nickname's quote: Luiz Inacio "Lula"


def _right_before_person(d: Detected, text: str, matches: list[Match], registry: Registry) -> bool:
    """A capitalised word read as a person right before a registry's person written with a capital, a space between: a
    word of that name or an epithet ("le Premier ministre Canadien Justin Trudeau"), no one else. Not in a script
    without capitals, where two names follow each other ("مارغريت ثاتشر وتيريزا ماي")."""
    if d.kind != "person" or " " in d.surface or not d.surface[:1].isupper():
        return False
    after = [m for m in matches if m.start > d.end and not text[d.end : m.start].strip() and text[m.start].isupper()]
    return any(registry.actors[m.actor].kind == "person" for m in after)


def _with_own_names_before(text: str, match: Match, registry: Registry) -> Match:
    """A person's name matched short of the person's own names written before it ("Tayyip Erdoğan", "Luis Inácio
    Lula da Silva", "Еммануель Макрон", Luiz Inacio "Lula"): the match takes them in, so that no rule reads them as
    another name."""
    actor = registry.actors[match.actor]
    if actor.kind != "person" or match.adjective:
        return match
    start = match.start
    while before := OWN_NAME_BEFORE.search(text, max(0, start - 40), start):
        words = before.group(1).split("-")
        if not before.group(1)[:1].isupper() or not all(_own_word(anyascii(w).lower(), actor) for w in words):
            break
        start = before.start(1)
    return replace(match, start=start) if start != match.start else match


ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _right_after_person(d: Detected, text: str, matches: list[Match], registry: Registry) -> bool:
    """In Arabic script, words read as a person right after a registry's person, a space between: the title before
    that person read on past the name ("الفريق أول ركن عبد الفتاح البرهان توجه صباح اليوم", "headed this morning");
    two names follow each other there only joined by "و" ("مارغريت ثاتشر وتيريزا ماي")."""
    if d.kind != "person" or not ARABIC_SCRIPT.match(d.surface):
        return False
    return any(
        m.end < d.start and not text[m.end : d.start].strip() and registry.actors[m.actor].kind == "person" for m in matches
    )


def _dotted_given_names(
    found: list[Detected], text: str, matches: list[Match], registry: Registry
) -> tuple[list[Detected], list[Match]]:
    """A name read as a person right before a middle dot and a registry's person ("阿卜杜勒阿齐兹•布特弗利卡"): that
    person's own given name, which the mention takes in, no one else."""
    ending = {d.end: d for d in reversed(found) if d.kind == "person"}  # the first person ending at each place
    given = {
        i: d
        for i, m in enumerate(matches)
        if m.start and text[m.start - 1] in NAME_DOTS and registry.actors[m.actor].kind == "person"
        if (d := ending.get(m.start - 1) or ending.get(m.start)) is not None
    }
    if not given:
        return found, matches
    matches = [replace(m, start=given[i].start) if i in given else m for i, m in enumerate(matches)]
    return [d for d in found if all(d is not g for g in given.values())], matches


def _own_word(latin: str, actor: Actor) -> bool:
    """One of the person's own names, or a spelling of one ("luis" of "luiz", "emmaniuel'" of "emmanuel")."""
    return any(fuzz.ratio(latin, word) >= SAME_GIVEN_NAME for word in _own_words(actor.name, tuple(actor.all_aliases())))


@lru_cache(maxsize=4096)
def _own_words(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(anyascii(t).lower() for alias in (name, *aliases) for t in TOKEN.findall(alias) if len(t) > 1)


MIN_FAMILY_GIVEN = 4  # letters of a given name read before a surname: "Ära" (an era) is Armenian "Ara" too
SAME_GIVEN_NAME = 75  # rapidfuzz ratio of two spellings of one given name ("emmaniuel'" and "emmanuel", "luis", "luiz")


def _placed(actor: Actor, block: str, match: Match, where: Where, language: str) -> bool:
    """A capital's name that is the place where something happens, or a word of another name: no mention of its state."""
    # a built-in capital is the place after the text's own language's prepositions of place ("in Moscow")
    if actor.origin == "base":  # "the capital Damascus", "la città di Damasco", "Şam'da" too
        # past compass points too: "the southern suburbs of Beirut", "الضاحية الجنوبية لبيروت", "au sud de Moscou"
        skip = where.skip | where.geographic | capital_skip(language)  # "à la Maison Blanche"
        placed = _preceded_by(block, match.start, where.prepositions + where.cities, skip)
        placed = placed and not _government_in(block, match.start, where, language)  # "die Regierung in Quito"
        # "بالعاصمة الإيطالية روما", "la capitale italienne Rome": past the state's adjective after a word for a city
        placed = placed or _preceded_by(block, match.start, where.cities, where.adjectives)
        placed = placed or bool(where.endings.match(block, match.end)) or _followed_by(block, match.end, where.cities)
        placed = placed or _craft_named(actor, block, match, language)  # the cruiser «Москва»
        placed = placed or bool(GAMES_YEAR.match(block, match.end))  # "Tokyo 2020": the games the city held
        placed = placed or _on_clock(block, match, language)
        placed = placed or _after_city_abbreviation(block, match.start, language)
        placed = placed or _in_treaty_title(block, match, where, language)  # "the Ottawa Treaty": a title's word
    else:  # no word listed, none precedes it
        placed = bool(actor.except_after) and _preceded_by(block, match.start, actor.except_after)
    # a Cyrillic capital's stem opening a compound adjective ("Римо-католицька": Roman Catholic) names no state
    placed = placed or (
        block[match.end : match.end + 1] == "-"
        and block[match.end + 1 : match.end + 2].islower()
        and CYRILLIC.match(block, match.start, match.end) is not None
    )
    return placed


def _after_city_abbreviation(block: str, start: int, language: str) -> bool:
    """A capital right after the abbreviation of "city" (`city_abbreviations`: "в м. Римі", in the city of Rome):
    the place, as after "місто"; the abbreviation a word of its own, not a word's last letter."""
    before = block[max(0, start - 8) : start].rstrip()
    return any(before.endswith(short) and not before[: -len(short)][-1:].isalpha() for short in city_abbreviations(language))


def _government_in(block: str, start: int, where: Where, language: str) -> bool:
    """A capital right after a preposition of place that follows a word for a state's government ("the government in
    Kabul", "die Behörden in Moskau", "el gobierno en Quito"): the seat that names the state, not a place."""
    before = TOKEN.findall(NOT_IN_PHRASE.split(block[max(0, start - 60) : start])[-1])
    # "the Polish government in London": a state's adjective names another state's government, in exile there
    named = len(before) >= 3 and normalise(before[-3]) in state_adjective_words(language)
    return (
        len(before) >= 2
        and normalise(before[-1]) in _normalised(where.prepositions)
        and normalise(before[-2]) in state_nouns(language)
        and not named
    )


# A time of day ("13h40", "09:00", "9.30"), then an opening bracket right before a capital's name: "à 13h40 (Paris)"
BRACKETED_CLOCK = re.compile(r"\d{1,2}\s?[:.hH]\s?\d{2}\s*\(\s*$")
TIME_OF_DAY = re.compile(r"\d{1,2}\s?[:.hH]\s?\d{2}(?!\d)")


def _on_clock(block: str, match: Match, language: str) -> bool:
    """The capital's clock, not its state: its name alone in brackets right after a time of day ("à 13h40 (Paris)"),
    or after a preposition of the clock (`clock_words`) right after a time of day ("в 11:00 по Москве", "к
    четырем часам дня по Москве")."""
    before = block[max(0, match.start - 40) : match.start]
    if BRACKETED_CLOCK.search(before) and block.startswith(")", match.end):
        return True
    prepositions, hours = clock_words(language)
    words = TOKEN.findall(NOT_IN_PHRASE.split(before)[-1])
    if not words or normalise(words[-1]) not in prepositions:
        return False
    # right after the time or an hour's word and its part of the day, not a clause's "по" later ("В 03:00 ракеты
    # ударили по Киеву": struck Kyiv)
    right_after = re.search(rf"{TIME_OF_DAY.pattern}\s+{re.escape(words[-1])}\s*$", before)
    return bool(right_after) or any(normalise(w) in hours for w in words[-3:-1])


# A year right after a city's name, then a comma, a bracket, a quotation mark or an apostrophe: the games or event
# held there that year ("Tokyo 2020, …", "Tokyo 2020'de"); not the year of a clause ("seit Moskau 2020 einen …"); or
# hyphenated to it, as Russian names such games in any case ("чемпион Лондона-2012", "в Сочи-2014")
GAMES_YEAR = re.compile(r"[ \u00a0](?:19|20)\d\d(?=[,;:)»”\"'’](?!\d))|-(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class Where:
    """A language's words that make a state or capital named after (or before) them a place."""

    places: frozenset[str]  # words of places' names ("Sea", "Strait")
    prepositions: tuple[str, ...]  # prepositions and verbs of place ("in", "entered")
    cities: tuple[str, ...]  # words for a city or its clock ("capital", "city", "time")
    skip: frozenset[str]  # articles and "of" between such a word and the name ("to the", "control of")
    endings: re.Pattern[str]  # Turkish case endings of a place ("Haiti'de")
    geographic: frozenset[str]  # compass points and the like inside places' names ("Mar do Sul da China")
    across: frozenset[str]  # unspaced words that end inside a state's name ("拉美国家", "近海地震")
    people: tuple[str, ...]  # unspaced words after a state's name that make it its people's ("中国人")
    not_people: tuple[str, ...]  # words opening with one of those that do not ("中国人权")
    capitalised: frozenset[str]  # capitalised words after a state's name that make it a place's ("Vatican Time")
    adjectives: frozenset[str]  # states' adjectives, looked past after a word for a city ("العاصمة الإيطالية روما")
    place_words: tuple[str, ...] = ()  # `places` as a tuple, for `_preceded_by`


def _not_acting_here(actor: Actor, block: str, match: Match, where: Where, language: str, matches: list[Match]) -> bool:
    """A built-in state's name that is a word of a place's or a craft's name, or a country of the United Kingdom
    named as a place; a built-in body's name after a place's word ("شبه الجزيرة الإيبيرية": the Iberian peninsula,
    no channel Al Jazeera) or a compass point ("Doğu Anadolu"), or before a model's letter ("Sputnik V")."""
    if actor.kind == "state":
        return _no_state_here(block, match, where, language) or _nation_as_place(actor, block, match, where, matches)
    body = actor.kind == "organisation"
    if body and (_preceded_by(block, match.start, where.place_words) or _region_named(block, match, where)):
        return True
    if body and _common_word_outlet(block, match, language):
        return True
    if body and _in_treaty_title(block, match, where, language):
        return True
    return _product_named(block, match)


QUOTE_BEFORE = re.compile(r"[«\"“„']\s*$")
QUOTE_AFTER = re.compile(r"^\s*[»\"”']")


def _common_word_outlet(block: str, match: Match, language: str) -> bool:
    """An outlet's name that is a common noun of the language (`common_outlet_names`: "الجزيرة", the island or the
    peninsula) with neither a media word before it ("قناة الجزيرة") nor quotation marks around it: the noun."""
    name = normalise(block[match.start : match.end])
    if name not in word_list(language, "common_outlet_names"):
        return False
    quoted = QUOTE_BEFORE.search(block, 0, match.start) or QUOTE_AFTER.match(block[match.end :])
    w = detection_words(language)
    before = TOKEN.findall(block[max(0, match.start - 30) : match.start])
    media = bool(w and before and variants(normalise(before[-1])) & w.media_words)  # "لقناة الجزيرة": for the channel
    after = TOKEN.findall(block[match.end : match.end + 20])[:1]
    named = bool(after) and normalise(after[0]) in word_list(language, "common_outlet_after")  # "الجزيرة نت"
    return not quoted and not media and not named


def _of_another_body(actor: Actor, block: str, match: Match, matches: list[Match], registry: Registry, where: Where) -> bool:
    """A built-in body named right after another body's name and "of the" ("el Consejo de Seguridad de la ONU", "the
    Security Council of the United Nations"): a word of that body's name, its parent, and no actor of the sentence."""
    if actor.kind != "organisation":
        return False
    for other in matches:
        if other.end > match.start or other.adjective or registry.actors[other.actor].kind != "organisation":
            continue
        words = block[other.end : match.start]
        if words.strip() and not NOT_IN_PHRASE.search(words) and all(normalise(w) in where.skip for w in TOKEN.findall(words)):
            return True
    return False


def _in_treaty_title(block: str, match: Match, where: Where, language: str) -> bool:
    """A body's name that is a word of a treaty's title (`treaty_words`): right after a word for a treaty ("la
    Convention des Nations unies sur le droit de la mer"), right before one ("the UN Charter"), or inside a title
    in book-title marks that ends with one ("《联合国海洋法公约》")."""
    before, after = treaty_words(language)
    if _preceded_by(block, match.start, before, where.skip) or _followed_by(block, match.end, after):
        return True
    opened, closed = block.rfind("《", 0, match.start), block.find("》", match.end)
    if opened < 0 or closed < 0 or "》" in block[opened : match.start] or "《" in block[match.end : closed]:
        return False
    return block[match.end : closed].endswith(_unspaced(after)) if after else False


def _region_named(block: str, match: Match, where: Where) -> bool:
    """A body's one-word name right after a capitalised compass point or the like ("Doğu Anadolu", eastern Anatolia,
    no Anadolu Agency): a region's name, as a state's name is there ("Güney Amerika")."""
    if " " in block[match.start : match.end]:
        return False
    before = PREVIOUS_WORD.search(block, max(0, match.start - 30), match.start)
    return bool(before) and before.group(1)[:1].isupper() and normalise(before.group(1)) in where.geographic


# A capitalised place's name, then a comma or an opening bracket, right before a name: "Balmoral, Scotland",
# "Edimburgo (Scozia)"; the place's name is the last word before them
PLACE_THEN = re.compile(r"[^\W\d_]*[A-ZÀ-ÞА-ЯЁІЇЄҐ][^\W\d_]+(?:,|\s*\()\s*$")


def _nation_as_place(actor: Actor, block: str, match: Match, where: Where, matches: list[Match]) -> bool:
    """One of the United Kingdom's countries named as where something happened, as a capital is: after a
    preposition of place ("in Scotland", "em Inglaterra", "İskoçya'da"), or after a place of it and a comma or a
    bracket ("Balmoral, Scotland"; not after another actor's name: "Italy, Scotland and Wales"); an actor
    elsewhere ("contro l'Inghilterra")."""
    if actor.id not in nation_ids():
        return False
    if _preceded_by(block, match.start, where.prepositions, where.skip | where.geographic):
        return True
    if where.endings.match(block, match.end):
        return True
    place = PLACE_THEN.search(block, max(0, match.start - 40), match.start)
    return bool(place) and not any(place.start() <= m.start < match.start for m in matches)


# One capital letter alone after a name, a model's letter: "Sputnik V" (the vaccine), "Samsung Galaxy S"
PRODUCT_LETTER = re.compile(r"[ \u00a0-]?[A-Z](?![\w.])")


def _product_named(block: str, match: Match) -> bool:
    """A built-in body's name before a model's one capital letter is a product's ("Sputnik V", the vaccine named
    after the satellite, not the agency)."""
    return bool(PRODUCT_LETTER.match(block, match.end))


def _craft_named(actor: Actor, block: str, match: Match, language: str) -> bool:
    """A built-in capital that names a ship in quotation marks ("крейсер «Москва»"), or a seat of government's name
    quoted whole, the nickname of another state's building ("захватили «Белый дом»", Bishkek's): no government."""
    return actor.kind == "place" and (_craft_name(block, match, language) or _quoted(block, match))


def _common_noun(block: str, match: Match, text: str, language: str) -> bool:
    """A registry's name used as a common noun here: a credit's word outside a credit ("(İHA)" credits the agency;
    "bir İHA ile" is a drone), or a descriptive name in lower case after "a" ("in einer katholischen Kirche"; not
    a group's one word after French "des", also "of the": "le retour des talibans")."""
    if text in credit_only():
        return not (block[match.start - 1 : match.start] == "(" and block.startswith(")", match.end))
    if _students(block, match, text, language):
        return True
    return text[:1].islower() and " " in text and _preceded_by(block, match.start, _indefinite(language))


def _students(block: str, match: Match, text: str, language: str) -> bool:
    """A name that is also the plural of "student" right after a word for a school ("د دیني مدرسې طالبانو", the
    religious school's students: no Taliban), `data/knowledge/student_names.yaml`."""
    names, schools = _student_names(language)
    return normalise(text) in names and _preceded_by(block, match.start, schools)


@cache
def _student_names(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    entry = safeyaml.shipped(STUDENT_NAMES).get(language) or {}
    return frozenset(map(normalise, entry.get("names", []))), tuple(entry.get("schools", []))


STUDENT_NAMES = Path(__file__).parent / "data" / "knowledge" / "student_names.yaml"
ARABIC_ARTICLE = "ال"
ADJECTIVE_ENDINGS = ("ي", "ی", "ية")  # Arabic and Persian relative adjectives ("فني", "سياسي"): "و" then one more


def _adjective_not_state(block: str, match: Match, text: str, language: str) -> bool:
    """A state's name that is also the language's adjective after a noun (`adjective_names`: "دعم مالي", financial
    aid): the adjective with the article glued to it ("السلوك المالي") or after a word that is no preposition of
    place ("کمک مالی"); the state opening a phrase, after a glued preposition or conjunction ("بمالي", "ومالي"),
    right after a word of `after` ("في مالي", "شمال مالي") or with a word for a state just before ("کشور همسایه مالی")."""
    names, after, states = _adjective_names(language)
    word = normalise(text)
    name = next((n for n in names if word.endswith(n)), None)
    if name is None:
        return False
    before = [normalise(w) for w in TOKEN.findall(NOT_IN_PHRASE.split(block[max(0, match.start - 40) : match.start])[-1])]
    if word != name:
        glued = word[: len(word) - len(name)]
        if glued.endswith(ARABIC_ARTICLE) or glued == "لل":
            return True  # "المالي", "والمالي", "للمالي": the adjective with its article, behind a glued word too
        return glued == "و" and bool(before) and before[-1].endswith(ADJECTIVE_ENDINGS)  # "فني ومالي"
    return bool(before) and before[-1] not in after and before[-1] not in states  # "دولت کمک مالی": no state


@cache
def _adjective_names(language: str) -> tuple[tuple[str, ...], frozenset[str], frozenset[str]]:
    names, after, states = adjective_names(language)
    return tuple(map(normalise, names)), frozenset(map(normalise, after)), frozenset(map(normalise, states))


KATAKANA_LETTER = re.compile(r"[\u30a1-\u30fa\u30fc]")  # katakana's letters and its long vowel mark, not its middle dot


def _inside_katakana_word(block: str, match: Match) -> bool:
    """A name in katakana glued to more katakana letters is part of a longer word, unspaced ("タイ" in "タイップ", a
    name's part): Japanese writes a foreign name's parts apart with a middle dot ("レジェプ・タイップ")."""
    if not KATAKANA_LETTER.match(block, match.start):
        return False
    glued_before = match.start > 0 and bool(KATAKANA_LETTER.match(block[match.start - 1]))
    return glued_before or bool(KATAKANA_LETTER.match(block, match.end))


DAY_CHARACTER = "日"  # Chinese: the character closing a day of the month ("20日", "二十日"), also Japan's first


def _day_of_date(text: str, match: Match, language: str) -> bool:
    """Chinese: a state's name opening with the day's character right after a day in figures or numerals ("20日本届",
    "二十日本届峰会": the 20th, then "本届", this session) is no state: the character closes the date."""
    chinese = language.split("-")[0].lower() == "zh"
    return chinese and text.startswith(DAY_CHARACTER, match.start) and after_figure(text, match.start)


HYPHENED_WORD = regex.compile(r"[-‑](\p{Lu}\p{Ll}+)(?![-‑\w])")  # a hyphen, then one capitalised word: "-Britannique"


def _hyphened_place(text: str, match: Match, registry: Registry, language: str) -> bool:
    """A state's name hyphened to a state's capitalised adjective is a place's name ("Colombie-Britannique", British
    Columbia): no state, as no list or match joins a state to an adjective ("France-Allemagne", "Russia-Africa" stay)."""
    after = HYPHENED_WORD.match(text, match.end)
    if not after or registry.actors[match.actor].kind != "state":
        return False
    return normalise(after.group(1)) in state_adjective_words(language)


@cache
def _indefinite(language: str) -> tuple[str, ...]:
    """The language's indefinite articles (its detection data's)."""
    w = detection_words(language)
    return tuple(sorted(w.indefinite)) if w else ()


@cache
def _where(language: str) -> Where:
    return Where(
        place_words(language),
        tuple(place_prepositions(language)),
        tuple(city_words(language)),
        place_skip(language),
        place_endings(language),
        geographic_words(language),
        words_across_names(language),
        tuple(people_words(language)),
        tuple(people_words(language, "not_people_words")),
        capitalised_place_words(language),
        _adjectives(language),
        tuple(sorted(place_words(language))),
    )


def _adjectives(language: str) -> frozenset[str]:
    """The states' adjectives of a language as written after a noun, in Arabic also with the article ("الإيطالية")."""
    forms = [form for names in adjectives_in(language).values() for form in names] if language else []
    return frozenset(normalise(f) for form in forms for f in (form, "ال" + form if ARABIC_LETTER.match(form) else form))


def _preceded_by(text: str, start: int, words: tuple[str, ...], skip: frozenset[str] = frozenset()) -> bool:
    """The word before `start` is one of `words`, looking past articles and "of" ("para o Haiti")."""
    before = TOKEN.findall(NOT_IN_PHRASE.split(text[max(0, start - 40) : start])[-1])
    while len(before) > 1 and normalise(before[-1]) in skip:
        before.pop()
    if text.endswith(_unspaced(words), 0, start):
        return True  # unspaced: "从吉隆坡", "飞往北京"
    return bool(before) and normalise(before[-1]) in _normalised(words)


NOT_IN_PHRASE = re.compile(r"[^\w\s’'-]")  # what ends the phrase `_preceded_by` looks back into


@cache
def _unspaced(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words written in scripts without spaces (CJK): found glued to the name."""
    return tuple(w for w in words if w >= "\u2e80")


def _followed_by(text: str, end: int, words: tuple[str, ...]) -> bool:
    """The word after `end` is one of `words` ("Moscow time", "the Beirut port"); in Chinese, unspaced, the text
    after it opens with one ("北京时间")."""
    after = text[end : end + 40].lstrip()
    token = TOKEN.match(after)
    if not token:
        return False
    return normalise(token.group()) in _normalised(words) or after.startswith(_unspaced(words))


@cache
def _normalised(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalise(w) for w in words)


def _dateline(block: str, match: Match) -> bool:
    """A capital opening a paragraph in capitals ("MANILA —", "MOSCOW, July 17") or before a dash or an agency in
    parentheses ("تهران- ایرنا –", "Beirut (AFP) -") says where it was written."""
    if CHINESE_DATELINE.match(block, match.end):
        return True
    agency = AGENCY_FIRST.match(block) if match.start >= 3 else None
    if match.start >= 3 and not (agency and agency.end() == match.start):
        return False
    return (block[match.start : match.end].isupper() and match.end - match.start > 2) or bool(
        DATELINE_MARK.match(block, match.end)
    )


def _other_capital(state: str, text: str, language: str) -> bool:
    """A state's name spelled as another state's capital is written ("عمان": Oman, and Amman, Jordan's capital)."""
    word = normalise(text)
    return any(other != state and word in map(normalise, names) for other, names in capital_names(language).items())


def _after_agency(block: str, match: Match, agencies: list[Match]) -> bool:
    """A capital right after the agency that opens a paragraph (one of `agencies`) says where the agency wrote
    ("新华社开罗1月10日电", "AFP Cairo —")."""
    return any(not block[m.end : match.start].strip() for m in agencies)


def _across(block: str, match: Match, where: Where) -> bool:
    """Unspaced: the name's first characters end another word ("拉美国家", "东北约150公里": northeast, no NATO)."""
    heads = _across_heads(where.across)
    return any(
        block.startswith(w, match.start - k)
        for k in range(1, min(max(heads, default=0), match.start) + 1)
        for w in heads.get(k, {}).get(block[match.start - k : match.start], ())
    )


@cache
def _across_heads(across: frozenset[str]) -> dict[int, dict[str, tuple[str, ...]]]:
    """`Where.across` looked up by the characters before the name: k -> a word's first k characters -> the words
    (a Chinese text holds thousands of short forms, each checked against every word otherwise)."""
    heads: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for w in across:
        for k in range(1, len(w)):
            heads[k][w[:k]].append(w)
    return {k: {head: tuple(ws) for head, ws in by.items()} for k, by in heads.items()}


WORD_AFTER = re.compile(r"[\s’']*(\w+)")


def _in_place_name(block: str, match: Match, where: Where) -> bool:
    """A state's name that is a word of a geographic name ("South China Sea", "Gulf of Mexico", "Mar do Sul da
    China", "بحر الصين"): the sea names no state. A state named as the place where something happens ("in
    Yemen", "au Liban", "Haiti'de") is an actor all the same."""
    after = WORD_AFTER.match(block, match.end)  # not a copy of the rest of the block for each name
    if after and (normalise(after.group(1)) in where.places or after.group(1) in where.capitalised):
        return True
    past = match.end + (block[match.end : match.end + 1] in "”」』")  # past the quotes around a craft's name: "“哥伦比亚”号"
    if block.startswith(_unspaced(where.place_words), past):
        return True  # unspaced: "墨西哥湾", "印度洋"
    if _across(block, match, where):
        return True  # "拉美国家": the state's name is the end of another word and the start of the next
    # looking back past articles, "of" and compass points; not "в Южно-Китайском море, которую Китай"
    before = TOKEN.findall(re.split(r"[^\w\s’'-]", block[max(0, match.start - 40) : match.start])[-1])[-4:]
    while before and normalise(before[-1]) in where.skip | where.geographic:
        before.pop()
    return bool(before) and normalise(before[-1]) in where.places


def _no_state_here(block: str, match: Match, where: Where, language: str = "") -> bool:
    """The state's name is a word of a place's name or of the word for its people, or a craft's name."""
    if _after_compass_point(block, match, where, language) or _clock_or_people(block, match):
        return True
    return _in_place_name(block, match, where) or _people_of(block, match, where) or _craft_name(block, match, language)


PREVIOUS_WORD = re.compile(r"(\w+)[ \u00a0]$")
NEXT_WORD = re.compile(r"[ \u00a0](\w+)")


def _after_compass_point(block: str, match: Match, where: Where, language: str) -> bool:
    """A state's name right after a capitalised compass point or the like the registry's name does not hold
    ("South America", "Northern Ireland", "Güney Amerika"; "South Korea" is matched whole), or in Arabic right before
    one ("أمريكا الجنوبية"): a region's name. In Chinese, unspaced, a compass character glued before it ("北爱尔兰":
    Northern Ireland)."""
    if match.start and block[match.start - 1] in UNSPACED_COMPASS and block[match.start] >= "\u2e80":
        return True
    # Arabic: the adjective after the name ("أمريكا الجنوبية": South America); Persian writes a region with the ezafe
    # ("آمریکای جنوبی", no state's name), and a state's name before one is a state's ("آلمان غربی": West Germany)
    if language == "ar" and ARABIC_LETTER.match(block, match.start):
        after = NEXT_WORD.match(block, match.end)
        return bool(after) and normalise(after.group(1)) in where.geographic
    before = PREVIOUS_WORD.search(block, max(0, match.start - 30), match.start)
    return bool(before) and before.group(1)[:1].isupper() and normalise(before.group(1)) in where.geographic


def _clock_or_people(block: str, match: Match) -> bool:
    """Unspaced, a state's name before the word for time ("日本時間", "美国时间": the state's clock), or a katakana
    state's name before 人 ("ロシア人": a Russian): no state acts there."""
    if block.startswith(("时间", "時間"), match.end):
        return True
    return block.startswith("人", match.end) and bool(KATAKANA_LETTER.match(block, match.end - 1))


UNSPACED_COMPASS = "北南东西東"  # Chinese compass points, glued before a region's name ("南美", "北爱尔兰")


QUOTED_NAME = (("«", "»"), ("“", "”"), ("„", "“"), ('"', '"'))


def _quoted(block: str, match: Match) -> bool:
    """The name alone inside quotation marks, in a cased script (French spaces its guillemets: « Moscou »)."""
    first = block[match.start : match.start + 1]
    spaces = " \u00a0\u202f"
    before = block[max(0, match.start - 2) : match.start].rstrip(spaces)[-1:]
    quoted = (before, block[match.end : match.end + 2].lstrip(spaces)[:1]) in QUOTED_NAME
    return match.start > 0 and quoted and (first.isupper() or first.islower())


def _craft_name(block: str, match: Match, language: str) -> bool:
    """A state's name that names a ship, a spacecraft or anything else named after a place: alone inside quotation
    marks ("космический корабль «Колумбия»", "28-й полет “Колумбии”"), or, in a script without capitals, after a
    word for a vessel or craft and the words with the article that complete it ("مكوك الفضاء الأمريكي كولومبيا",
    the space shuttle Columbia, which Arabic and Russian spell as Colombia). Quotation marks tell it only in a cased
    script: Arabic also quotes a state's name to stress it ('احتفالات "كوبا"')."""
    first = block[match.start : match.start + 1]
    if first.isupper() or first.islower():  # one word: a self-styled state is quoted by its whole name ('"República de Artsakh"')
        return _quoted(block, match) and not re.search(r"\s", block[match.start : match.end])
    w = detection_words(language)
    if not w or not w.vessels or first >= "\u2e80":
        return False
    before = TOKEN.findall(re.split(r"[^\w\s]", block[max(0, match.start - 60) : match.start])[-1])[-3:]
    for k, word in enumerate(reversed(before)):
        if normalise(word) in w.vessels:
            return True
        if k == 2 or not word.startswith("ال"):  # past a complement or adjective with the article only
            return False
    return False


def _people_of(block: str, match: Match, where: Where) -> bool:
    """An unspaced state's name that opens a word for its people ("中国人", "60名阿富汗人"): no actor there, as
    a demonym is none; "中国人权" (China's human rights) keeps it."""
    if any(block.startswith(w, match.end) for w in where.not_people):
        return False
    return any(block.startswith(w, match.end) for w in where.people)


def _beside(
    block: str, match: Match, nouns: frozenset[str], precedes: bool = False, capitals: frozenset[str] = frozenset()
) -> tuple[int, int] | None:
    """The span of an adjective and the word for a government next to it, if there is one; where adjectives
    precede their nouns (`precedes`), only the word after it. A word of `capitals` counts only capitalised."""

    def is_noun(word: str) -> bool:
        return normalise(word) in nouns or (word[:1].isupper() and normalise(word) in capitals)

    after = re.match(r"\s+(\w+)", block[match.end :])
    if after and is_noun(after.group(1)):
        return match.start, match.end + after.end()
    if precedes:
        return None
    before = re.search(r"(\w+)\s+$", block[max(0, match.start - 40) : match.start])
    if before and is_noun(before.group(1)):
        return match.start - (len(before.group(0))), match.end
    return None


class StateNames(dict[tuple[int, int], str]):
    """A block's states by span, with their names, noting in `read` the id of each state whose name detection reads: a
    state renamed in the registry changes the extraction of only the sources that read its name (registry_edit.py)."""

    def __init__(self, states: dict[tuple[int, int], tuple[str, str]], read: set[str]) -> None:
        super().__init__({span: name for span, (_, name) in states.items()})
        self.ids, self.read = {span: actor for span, (actor, _) in states.items()}, read

    def __getitem__(self, span: tuple[int, int]) -> str:
        self.read.add(self.ids[span])
        return super().__getitem__(span)

    def get(self, span: tuple[int, int], default: str | None = None) -> str | None:  # type: ignore[override]
        return self[span] if span in self.ids else default

    def values(self) -> ValuesView[str]:  # type: ignore[override]
        self.read.update(self.ids.values())
        return super().values()

    def items(self) -> ItemsView[tuple[int, int], str]:  # type: ignore[override]
        self.read.update(self.ids.values())
        return super().items()


def actor_mentions(
    blocks: tuple[Block, ...], registry: Registry, language: str, names_read: set[str] | None = None
) -> tuple[list[Mention], list[DetectedActor]]:
    """Every mention in the blocks (registry names, capitals standing for states, detected actors) in text
    order, and the detected actors they name. `names_read` gets the id of every state whose name detection read."""
    names_read = set() if names_read is None else names_read
    mentions: list[Mention] = []
    detected: dict[str, DetectedActor] = {}
    by_key: dict[str, str] = {}
    surnames: dict[str, str] = {}  # last word of a full name -> its key
    firsts: dict[str, str] = {}  # first word of a full name -> its key ("" when two full names open with it)
    bodies: dict[str, str] = {}  # the words that named an organisation -> its key
    cased: dict[str, str] = {}  # a Cyrillic body's words without their case endings -> its key
    han_bodies: dict[str, str] = {}  # a Chinese body's characters -> its key
    kinds: dict[str, str] = {}  # each key found -> its actor's kind
    people: dict[str, Detected] = {}  # people named in full so far: their names may come back alone later
    registered: dict[str, tuple[str, Detected]] = {}  # a registry's person named in full, as written -> (id, as detected)
    defined: set[str] = set()  # acronyms the text defines for a body it names ("Armed Forces of the Philippines (AFP)")
    known_acronyms: dict[str, str] = {}  # acronyms the text defines for a registry's actor -> its id ("«ІД»" after IS)
    headed: set[str] = set()  # keys first found in a title-cased heading, whose capitals say nothing ("… Brekke Resigns")
    # as the blocks' text with blank lines; a name under a glued prefix alone too ("amin-dRajoelina": Rajoelina)
    texts = [otherlang.unglued(block.text, language) if otherlang.applies(language) else block.text for block in blocks]
    written_alone = lone_words_in(texts, language)
    written_alone |= repeated_acronyms([block.text for block in blocks], language)  # "EFE" again and again: a body's
    for index, block in enumerate(blocks):
        read = simplified(block.text, language)  # Chinese in traditional characters is read in simplified ones
        read, back = without_pronunciations(read)  # "總統(tǒng)普京" read as "总统普京"
        matches = otherlang.find(registry, read, language)  # with other forms in a language with no data file
        matches = [m for m in matches if not _capitalised_adjective(read, m, language) and not _inside_katakana_word(read, m)]
        matches = [m for m in matches if not _cyrillic_surname(read, m, registry, language)]
        matches = [m for m in matches if not _latin_surname(read, m, registry, language)]
        matches = [m for m in matches if not _given_name_of(read, m, registry, language)]
        matches = [m for m in matches if not _turkish_field(read, m, registry, language)]
        matches = [m for m in matches if not _turkish_city_body(read, m, registry, language)]
        matches = [m for m in matches if not _day_of_date(read, m, language)]
        # "Ivanka Trump": another of the family, whose own name detection reads; "Tayyip Erdoğan": the leader's
        matches = [_with_own_names_before(read, m, registry) for m in matches if not _family_member(read, m, registry, language)]
        matches = [m for m in matches if not _hyphened_place(read, m, registry, language)]
        matches = sorted(matches + _paired_short_forms(read, matches, language), key=lambda m: (m.start, m.end))
        qualified = [(m, _qualified_common_capital(read, m, matches, language)) for m in matches]
        matches = [replace(m, actor=q) if isinstance(q, str) else m for m, q in qualified if q is not True]
        taken = [(m.start, m.end) for m in matches]
        # a territory that is part of a state (a place: knowledge's `parts_of_states`) still names its bodies ("the Hong
        # Kong police")
        states = StateNames(
            {(m.start, m.end): (m.actor, a.name) for m in matches if _names_bodies(a := registry.actors[m.actor])}, names_read
        )
        known_acronyms |= _acronyms_defined(read, matches, registry)
        _note_registered_people(read, matches, registry, registered)
        # a registry's person named in full here or earlier may come back by surname alone, as a detected one does
        earlier = (*people.values(), *(d for _, d in registered.values()))
        found = otherlang.detector(language)(read, language, taken, states, earlier, written_alone)
        found = [d for d in found if not _right_before_person(d, read, matches, registry)]
        found = [d for d in found if not _right_after_person(d, read, matches, registry)]
        found, matches = _dotted_given_names(found, read, matches, registry)
        read, found, matches = _as_spanned(block.text, read, language, back, found, matches)
        if read != block.text:  # (a text simplified to itself keeps its words)
            found = [_as_written(d, read, block.text) for d in found]
        # a surname alone after the full name keeps the full name: its surname may come back alone again
        people.update((d.name, d) for d in found if d.kind == "person" and _fuller(d, people.get(d.name)))
        defined |= {d.acronym for d in found if d.acronym and d.kind == "organisation"}
        # a built-in name the text defines as another body's acronym names that body here, not the built-in actor
        found_here = find_mentions(block.text, index, matches, registry, language)
        mentions += [m for m in found_here if not (m.text in defined and registry.actors[m.actor].origin == "base")]
        roles = [d.role for d in found if d.role]
        if roles:  # "السفير الروسي بأنقرة": the capital where an office sits, no actor of its own
            mentions = [m for m in mentions if not _in_role(m, index, roles, registry)]
        named = [(d.start, d.end, d.name) for d in found if d.kind == "organisation"]
        if named:  # "China Coast Guard", "Ministry of Defence (Armenia)": the state names the body, it does not act
            after = not otherlang.names_close_with_head(language)
            mentions = [m for m in mentions if not _names_organisation(m, index, named, registry, read, after)]
        found, known = _as_known_acronyms(found, known_acronyms, index)
        mentions += known
        sentences = _sentences(block.text) if found else []  # the quotes of what was found: none to quote, none made
        for d in found:
            key = identity(d.key or d.name)
            if d.kind == "person":
                key = _person_key(d, key, surnames, firsts)
            key = _han_tail_key(d, key, han_bodies)
            words = identity(d.surface)  # the same words later in the text: "the coast guard" after "China Coast Guard"
            if d.kind == "organisation":  # bare words name the last body they named; a named body keeps its name
                key = bodies.setdefault(words, key) if key == words else key
                bodies[words] = key
            if d.kind == "organisation" and " " not in words:  # "el Congreso" after "Congreso de la República": that body
                key = next((k for k, kind in kinds.items() if kind == "organisation" and k.startswith(words + " ")), key)
            key = _head_final_key(d, key, kinds)
            key = _in_other_case(d, key, cased)
            key = _known_key(key, d.kind, kinds, headed if _latin(d.surface) else None)
            headed |= _first_in_titled_heading(key, kinds, block)
            kinds.setdefault(key, d.kind)
            actor_id = by_key.get(key) or _free_id(d.name, registry, detected)
            by_key[key] = actor_id
            quote = next((s for a, b, s in sentences if a <= d.start < b), block.text)
            previous = detected.get(actor_id)
            aliases = tuple(dict.fromkeys([*(previous.aliases if previous else ()), d.surface]))
            quotes = tuple(dict.fromkeys([*(previous.quotes if previous else ()), quote]))[:5]
            name = previous.name if previous else d.name
            detected[actor_id] = DetectedActor(
                actor_id, name, d.kind, language, aliases, quotes, d.acronym or (previous.acronym if previous else None)
            )
            mentions.append(Mention(actor_id, index, d.start, d.end, d.surface))
    _join_earlier_surnames(mentions, detected, by_key, kinds, _after_kin(mentions, blocks, language))
    _join_registered_people(mentions, detected, {identity(written): actor for written, (actor, _) in registered.items()})
    _join_names_read_on(mentions, detected)
    _cut_names_read_on(mentions, detected, registry)
    mentions, people = _outside_titled_headings(blocks, mentions, detected)
    mentions = _namesake_subdivisions(mentions, texts, language)
    mentions.sort(key=lambda m: (m.block, m.start, m.via is not None))
    return mentions, people


def _registered_as(key: str, registered: dict[str, str]) -> str | None:
    """The registry's person a detected one is: named in full the same way, in another case ("Yun Sok Elem" of "Юн
    Сок Ёлем" beside "Yun Sok El'"), or by the surname of that full name alone (first in a Korean name: "Yoon" of
    "Yoon Suk Yeol")."""
    if key in registered:
        return registered[key]
    words = key.split()
    for full, actor in registered.items():
        other = full.split()
        if len(words) == 1 and KOREAN_NAME.fullmatch(full) and words[0] == other[0]:
            return actor
        same_before = len(words) == 1 or (len(words) == len(other) and words[:-1] == other[:-1])
        if same_before and (words[-1] == other[-1] or _same_surname(words[-1], other[-1], 2 if len(words) > 1 else 4)):
            return actor
    return None


KOREAN_NAME = re.compile(r"[a-z]{2,4} [a-z]{1,5} [a-z]{1,5}")  # a surname, then a given name of two syllables


def _join_registered_people(mentions: list[Mention], detected: dict[str, DetectedActor], registered: dict[str, str]) -> None:
    """A detected person who is a registry's person the text names in full, by the surname alone (after the full
    name, or before it: "Başbakan Johnson'ın", then "Boris Johnson") or in another case: that person."""
    for actor_id, d in list(detected.items()):
        person = _registered_as(identity(d.name), registered) if d.kind == "person" else None
        if person:
            del detected[actor_id]
            mentions[:] = [replace(m, actor=person) if m.actor == actor_id else m for m in mentions]


def _note_registered_people(
    text: str, matches: list[Match], registry: Registry, registered: dict[str, tuple[str, Detected]]
) -> None:
    """The registry's people the text names in full (two words or more), by the name as written: its id, and the
    name as the detected person it would be."""
    for m in matches:
        written = text[m.start : m.end]
        if registry.actors[m.actor].kind == "person" and len(TOKEN.findall(written)) > 1 and not m.adjective:
            registered.setdefault(written, (m.actor, Detected(written, "person", m.start, m.end, written)))


def _namesake_subdivisions(mentions: list[Mention], texts: list[str], language: str) -> list[Mention]:
    """A state's name that is also the name of another state's subdivision (`subdivision_namesakes`: Georgia, the US
    state), in a text that names another subdivision of that state ("Baltimore, Maryland") and none of the namesake
    state's own places or its adjective ("Tbilisi", "Georgian"): the subdivision, a place, no actor."""
    namesakes = subdivision_namesakes()
    named = {m.actor for m in mentions if m.actor in namesakes and m.text == namesakes[m.actor][0]}
    if not named:
        return mentions
    text = "\n".join(texts)
    placed = set()
    for state in named:
        others = subdivision_names(namesakes[state][1])
        if _names_any(text, others) and not _names_any(text, own_place_words(state, language)):
            placed.add(state)
    return [m for m in mentions if not (m.actor in placed and m.text == namesakes[m.actor][0])]


def _names_any(text: str, names: frozenset[str]) -> bool:
    """Whether the text writes one of the names as a word of its own."""
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names if name in text)


HAN_BODY = re.compile(r"[\u4e00-\u9fff]{4,}")  # four characters or more: "外交部" stays apart, every state has one


def _han_tail_key(d: Detected, key: str, han: dict[str, str]) -> str:
    """Chinese: a body whose characters end those of a body the source named, or that end its own ("国家灾难管理局"
    and "巴基斯坦国家灾难管理局", in either order), is that body, where it is one body with only such names ("中央选举
    委员会" beside "俄罗斯中央选举委员会" and "乌克兰中央选举委员会" stays apart from the second)."""
    if d.kind != "organisation" or not HAN_BODY.fullmatch(d.surface):
        return key
    related = {s for s in han if s != d.surface and (s.endswith(d.surface) or d.surface.endswith(s))}
    keys = {han[s] for s in related}
    if len(keys) == 1:
        only = next(iter(keys))
        key = only if all(s == d.surface or s in related for s, k in han.items() if k == only) else key
    han.setdefault(d.surface, key)
    return key


def _head_final_key(d: Detected, key: str, kinds: dict[str, str]) -> str:
    """In a script with no capitals, whose bodies' names end with their head-word ("दिल्ली उच्च न्यायालय", the Delhi
    High Court), a body named by the last words of one body the source named before ("उच्च न्यायालय", the High
    Court) is that body."""
    if d.kind != "organisation" or d.surface.lower() != d.surface.upper() or " " not in key:
        return key
    longer = [k for k, kind in kinds.items() if kind == "organisation" and k.endswith(" " + key)]
    return longer[0] if len(longer) == 1 else key


def _person_key(d: Detected, key: str, surnames: dict[str, str], firsts: dict[str, str]) -> str:
    """The key of a person: a word alone is the full name the text gave with that surname ("President Aliyev" after
    "Ilham Aliyev") or with that first word, a surname written first ("Yoon" after "Yoon Suk Yeol") or a given name
    ("Raúl" after "Raúl Castro"), unless two full names open with it or it names a monarch ("Felipe" beside "Felipe
    VI"). A full name is noted."""
    if " " in key:
        surnames.setdefault(key.split()[-1], key)
        first = key.split()[0]
        one = first not in firsts or firsts[first] == key
        firsts[first] = key if one and not ROMAN.match(d.name.split()[-1]) else ""
        return key
    return surnames.get(key) or firsts.get(key) or _surname_like(key, surnames)


ROMAN = re.compile(r"^[IVXL]+$")  # a regnal number closing a monarch's or pope's name ("Felipe VI")


def _surname_like(key: str, surnames: dict[str, str]) -> str:
    """The full name whose surname is this word in another case ("Абдраман" after "Абдрамана"), else the word."""
    return next((full for last, full in surnames.items() if _same_surname(key, last, 4)), key)


def _in_other_case(d: Detected, key: str, cased: dict[str, str]) -> str:
    """The key of the body the text named in another case ("Консервативную партию" after "Консервативной партии"):
    a Cyrillic body's words are compared without their case endings."""
    if d.kind != "organisation" or not CYRILLIC.match(d.surface):
        return key
    return cased.setdefault(" ".join(normalise(t) for t in TOKEN.findall(d.surface)), key)


def _outside_titled_headings(
    blocks: tuple[Block, ...], mentions: list[Mention], detected: dict[str, DetectedActor]
) -> tuple[list[Mention], list[DetectedActor]]:
    """Capitals say nothing in a title-cased heading ("Executive Order Details"): a person detected only in
    such headings is left out, with their mentions; not one named by initials, which no title's casing writes (a
    signature's "Председатель Правления П.П. Прокопович")."""
    titled = {i for i, block in enumerate(blocks) if block.kind == "heading" and _title_cased(block.text)}
    if not titled:
        return mentions, list(detected.values())
    named = {m.actor for m in mentions if m.block not in titled}
    initialled = {m.actor for m in mentions if INITIALS_FIRST.match(m.text)}
    unnamed = {a for a, d in detected.items() if d.kind == "person" and a not in named and a not in initialled}
    return [m for m in mentions if m.actor not in unnamed], [d for a, d in detected.items() if a not in unnamed]


def _first_in_titled_heading(key: str, kinds: dict[str, str], block: Block) -> set[str]:
    """The key, when a title-cased heading is where the text first names it."""
    return {key} if key not in kinds and block.kind == "heading" and _title_cased(block.text) else set()


INITIALS_FIRST = regex.compile(r"(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+")  # "П.П. Прокопович", "J. R. Smith"
TITLE_WORD = re.compile(r"[^\W\d_]{4,}")  # short words ("of", "the", "to") stay lower case in a title-cased line


def _title_cased(line: str) -> bool:
    """Every longer word of the line starts with a capital, in a script that has capitals."""
    longer = TITLE_WORD.findall(line)
    return len(longer) >= 2 and all(w[0].isupper() for w in longer)


def _join_earlier_surnames(
    mentions: list[Mention],
    detected: dict[str, DetectedActor],
    by_key: dict[str, str],
    kinds: dict[str, str],
    kin: set[str],
) -> None:
    """A surname alone written before the full name (a title's "le général iranien Soleimani", then "Qassem
    Soleimani") is the one person named in full with that surname, as a given name alone after a kin word is the one
    person named in full with it ("son frère Raul", then "Raul Castro"; not a monarch's, "el príncipe Felipe" beside
    "Felipe VI"); with two such people it stays apart."""
    people = [key for key, kind in kinds.items() if kind == "person" and key in by_key]
    for key in [k for k in people if " " not in k]:
        fuller = {by_key[full] for full in people if " " in full and _fuller_name(key, full, by_key[key] in kin)}
        alone, full_id = by_key[key], next(iter(fuller), "")
        if len(fuller) != 1 or full_id == alone or alone not in detected or full_id not in detected:
            continue
        gone, kept = detected.pop(alone), detected[full_id]
        aliases = tuple(dict.fromkeys([*kept.aliases, *gone.aliases]))
        detected[full_id] = replace(kept, aliases=aliases, quotes=tuple(dict.fromkeys([*kept.quotes, *gone.quotes]))[:5])
        mentions[:] = [replace(m, actor=full_id) if m.actor == alone else m for m in mentions]
        by_key[key] = full_id


def _fuller_name(key: str, full: str, after_kin: bool) -> bool:
    """A full name with `key` as its surname, or as its given name where every mention of it follows a kin word
    ("son frère Raul"; not "King Charles" beside "Charles Michel") and it is no monarch's ("Felipe VI")."""
    words = full.split()
    given = after_kin and words[0] == key and not ROMAN.match(words[-1].upper())
    return _same_surname(key, words[-1], 4) or given


KIN_BEFORE = re.compile(r"(\w[\w-]*)\s+(?:\w+\s+)?$")  # the word before a name, past one adjective ("frère aîné")


def _after_kin(mentions: list[Mention], blocks: tuple[Block, ...], language: str) -> set[str]:
    """The actors every mention of which follows a word for kin ("his brother Raul", "son frère aîné Chamal")."""
    words_of = detection_words(language)
    if words_of is None:  # a language code nothing knows ("zz"): no kin words to follow
        return set()
    kin = words_of.kin
    follows: dict[str, bool] = {}
    for m in mentions:
        before = KIN_BEFORE.search(blocks[m.block].text[max(0, m.start - 40) : m.start])
        words = before.group(0).split() if before else []
        follows[m.actor] = follows.get(m.actor, True) and any(normalise(w) in kin for w in words)
    return {actor for actor, ok in follows.items() if ok}


TRAILING_WORD = re.compile(r"\s+\S+$")


def _join_names_read_on(mentions: list[Mention], detected: dict[str, DetectedActor]) -> None:
    """Arabic script has no capitals to end a name, so a name read after a title may take the next word in ("جمال
    خاشقجي مقطوعة", Khashoggi's news "cut off"; "ريشي سوناك رسميا", "officially"): a person the text also names in
    full without that last word is that person, and the mention keeps the name's words only."""
    people = {
        a: tuple(normalise(w) for w in d.name.split())
        for a, d in detected.items()
        if d.kind == "person" and ARABIC_LETTER.match(d.name)
    }
    by_words = {words: a for a, words in people.items() if len(words) >= 2}
    for actor, words in people.items():
        short = by_words.get(words[:-1]) if len(words) >= 3 else None
        if short is None or short not in detected or actor not in detected:
            continue
        gone, kept = detected.pop(actor), detected[short]
        cut = {a: TRAILING_WORD.sub("", a) if len(a.split()) == len(words) else a for a in gone.aliases}
        aliases = tuple(dict.fromkeys([*kept.aliases, *cut.values()]))
        detected[short] = replace(kept, aliases=aliases, quotes=tuple(dict.fromkeys([*kept.quotes, *gone.quotes]))[:5])
        mentions[:] = [_read_on(m, short, cut) if m.actor == actor else m for m in mentions]


def _cut_names_read_on(mentions: list[Mention], detected: dict[str, DetectedActor], registry: Registry) -> None:
    """A name of three words or more in Arabic script whose last-but-one word the text also writes alone for that
    person ("سرگئی لاوروف خبر", then "لاوروف") took the next word in: the name, its id and its mentions end at the
    surname."""
    for actor, d in list(detected.items()):
        words = tuple(normalise(w) for w in d.name.split())
        if d.kind != "person" or len(words) < 3 or not ARABIC_LETTER.match(d.name):
            continue
        if not any(normalise(a) == words[-2] for a in d.aliases if " " not in a):
            continue
        cut = {a: TRAILING_WORD.sub("", a) if len(a.split()) == len(words) else a for a in d.aliases}
        name = TRAILING_WORD.sub("", d.name)
        del detected[actor]
        actor_id = _free_id(name, registry, detected)
        detected[actor_id] = replace(d, id=actor_id, name=name, aliases=tuple(dict.fromkeys(cut.values())))
        mentions[:] = [_read_on(m, actor_id, cut) if m.actor == actor else m for m in mentions]


def _read_on(m: Mention, actor: str, cut: dict[str, str]) -> Mention:
    """The mention of a name that took the next word in, without that word."""
    text = cut.get(m.text, m.text)
    return replace(m, actor=actor, end=m.start + len(text), text=text)


ACRONYM_DEFINED = re.compile(r"[»”\"']?" + ACRONYM_AFTER.pattern)  # past the name's closing quote: «…» (ІД)


def _acronyms_defined(text: str, matches: list[Match], registry: Registry) -> dict[str, str]:
    """Acronyms in parentheses right after a registry's organisation ("«Ісламська держава» (ІД)"): the same actor
    wherever the text writes them alone."""
    found = {}
    for m in matches:
        acronym = ACRONYM_DEFINED.match(text, m.end) if not m.adjective else None
        if acronym and registry.actors[m.actor].kind == "organisation":
            found[acronym.group(1)] = m.actor
    return found


def _as_known_acronyms(found: list[Detected], acronyms: dict[str, str], index: int) -> tuple[list[Detected], list[Mention]]:
    """The bodies found that are only an acronym the text defined for a registry's actor ("«Ісламська держава» (ІД)" …
    "позиції ІД") are mentions of that actor; the others stay detected."""
    if not acronyms:
        return found, []
    known = [d for d in found if d.kind == "organisation" and d.surface in acronyms]
    mentions = [Mention(acronyms[d.surface], index, d.start, d.end, d.surface) for d in known]
    return [d for d in found if d not in known], mentions


WORD_BEFORE = re.compile(r"([^\W\d_]{4,})[ \u00a0]$")


def _cyrillic_surname(text: str, match: Match, registry: Registry, language: str) -> bool:
    """A Cyrillic state's name right after a common given name inside a sentence is that person's surname in some
    case: Ukrainian's "Гані" is Ghana's locative and Ashraf Ghani's name ("президент Ашраф Гані"). A given name that
    is also a word ("Слава Україні": glory to Ukraine) is rare as a name (`common_given_names`)."""
    if match.adjective or registry.actors[match.actor].kind != "state" or not CYRILLIC.match(text, match.start):
        return False
    before = WORD_BEFORE.search(text, max(0, match.start - 40), match.start)
    if not before or not before.group(1)[:1].isupper() or _opens_sentence(text, before.start(1)):
        return False
    return cyrillic_given_name(before.group(1)) in common_given_names() and not _listed_word(before.group(1), language)


LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]")
TITLE_CASED_NEXT = re.compile(r"[ \u00a0]+[A-Z\u00c0-\u00de]")


def _latin_surname(text: str, match: Match, registry: Registry, language: str) -> bool:
    """A state's name in Latin letters right after a common given name inside a sentence is that person's surname
    ("Stéphane Israël", Arianespace's head; "Michael Jordan"), as `_cyrillic_surname` reads Cyrillic ones: in English
    and the Romance languages, whose nouns are lower-case (not German's), not after a title, a body's head-word or a
    stop word their data lists, and never an acronym ("RI"). Only in the languages whose data says a name is followed
    by its verb, never by a state's name in some case (`state_name_surnames`), and at a sentence's opening only in
    those whose sentences may open with a person's full name (`given_name_opens_sentences`: the Romance ones)."""
    if match.adjective or not _names_bodies(registry.actors[match.actor]) or not LATIN_WORD.match(text, match.start):
        return False
    w = detection_words(language)
    if w is None or not w.state_name_surnames or text[match.start : match.end].isupper():
        return False
    before = WORD_BEFORE.search(text, max(0, match.start - 40), match.start)
    if not before or not before.group(1)[:1].isupper():
        return False
    opens = _opens_sentence(text, before.start(1))
    if opens and not w.given_name_opens_sentences:
        return False
    if TITLE_CASED_NEXT.match(text, match.end):  # a headline in title case ("Biden Said Russia Must Withdraw")
        return False
    word = before.group(1)
    if opens and _a_word_of(word, text, language):
        return False
    return anyascii(word).lower() in common_given_names() and not _listed_word(word, language)


# a capitalised word, then one that is not (or the sentence's end): the surname closing a two-word name
SURNAME_AFTER = re.compile(
    r"[ \u00a0]+([A-Z\u00c0-\u00de][a-z\u00df-\u024f'’-]+)(?=[ \u00a0]*[,.;:!?)»”]|[ \u00a0]+[a-z\u00df-\u024f]|$)"
)
WORD_JUST_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]+$")


def _given_name_of(text: str, match: Match, registry: Registry, language: str) -> bool:
    """A state's name (or a territory's that is part of one) in Latin letters that is also a common given name,
    right before a capitalised word that closes a two-word name, is that person's given name ("Dominique Pelicot",
    not Dominica; "Jordan Bardella", not Jordan; "Guadalupe Ramírez", not Guadeloupe): in English and the Romance
    languages, not after an article or a place preposition ("en France Macron"), nor before a title, a body's
    head-word or a stop word ("Chad President"), nor in a title-cased heading."""
    if match.adjective or not _names_bodies(registry.actors[match.actor]) or not LATIN_WORD.match(text, match.start):
        return False
    word, w = text[match.start : match.end], detection_words(language)
    if w is None or not w.state_name_surnames or not word.isalpha() or word.isupper():
        return False
    if anyascii(word).lower() not in common_given_names():
        return False
    surname = SURNAME_AFTER.match(text, match.end)
    after = normalise(surname.group(1)) if surname else ""
    if not surname or _listed_word(surname.group(1), language) or after in function_words(language):
        return False
    if after in _one_word_state_names(language):  # "from Jordan Israel Egypt": states listed, no one's name
        return False
    before = WORD_JUST_BEFORE.search(text, max(0, match.start - 30), match.start)
    if before and normalise(before.group(1)) in w.articles | w.places:
        return False  # "en France Macron", "la France Insoumise": a place preposition's or an article's noun
    return not TITLE_CASED_NEXT.match(text, surname.end())


def _a_word_of(word: str, text: str, language: str) -> bool:
    """A given name that is also a word of the language, which opens a sentence as that word ("Alla Russia non
    piace", to Russia; "Ante Israel", before Israel; "Nada Cuba puede hacer", nothing): one of the small words its
    data lists (`function_words`), or written in lower case elsewhere in the text."""
    if normalise(word) in function_words(language):
        return True
    return bool(re.search(rf"(?<![\w'’-]){re.escape(word.lower())}(?![\w'’-])", text))


def _listed_word(word: str, language: str) -> bool:
    """A word the language's detection data lists as a body's head-word, a title or a stop word ("Ради СРСР": the
    council's, though Radi is a given name)."""
    w = detection_words(language)
    norms = [normalise(word)]
    return w is not None and (bool(w.heads.starts(norms, 0) or w.titles.starts(norms, 0)) or norms[0] in w.stop)


def _opens_sentence(text: str, start: int) -> bool:
    """The word at `start` opens a sentence or a dateline's text, where a noun is capitalised too ("Прага – Влада
    Японії": the Japanese authorities, though Vlada is a given name)."""
    last = text[:start].rstrip(' \u00a0\n«„"“(')[-1:]
    return not last or last in ".!?…:–—-"


def _turkish_field(text: str, match: Match, registry: Registry, language: str) -> bool:
    """Turkish: one word read as a state with a case ending glued on, right before a title or a body's head-word, is
    the field of an office ("Maliye Bakanı", the finance minister, is no dative of Mali)."""
    word = text[match.start : match.end]
    if not language.startswith("tr") or registry.actors[match.actor].kind != "state" or not word.isalpha():
        return False
    if normalise(word) in _one_word_state_names(language):
        return False
    after = NEXT_WORD.match(text, match.end)
    w = detection_words(language)
    norms = [normalise(after.group(1))] if after else []
    return bool(w and norms and (w.titles.starts(norms, 0) or w.heads.starts(norms, 0)))


# Turkish: one or two capitalised words after a name, the last a body's head-word ("Ankara Büyükşehir Belediyesi")
NEXT_TWO_WORDS = re.compile(r"[ \u00a0]+([^\W\d_][\w'’]*)(?:[ \u00a0]+([^\W\d_][\w'’]*))?")


def _turkish_city_body(text: str, match: Match, registry: Registry, language: str) -> bool:
    """Turkish: a capital's name opening a body's name, up to its head-word one or two capitalised words on ("Ankara
    Büyükşehir Belediyesi", "Ankara Valiliği": the city's municipality and governorship, as "İstanbul Büyükşehir
    Belediyesi" is), is the body's word, not the state's government."""
    if not language.startswith("tr") or registry.actors[match.actor].kind != "place":
        return False
    after = NEXT_TWO_WORDS.match(text, match.end)
    w = detection_words(language)
    if not (w and after and after.group(1)[:1].isupper()):
        return False
    words = [x for x in after.groups() if x and x[:1].isupper()]
    return any(w.heads.starts([normalise(x)], 0) for x in words)


@cache
def _one_word_state_names(language: str) -> frozenset[str]:
    """The one-word names of states in a language as the base knowledge writes them ("rusya", "mali")."""
    registry = base_registry()
    return frozenset(
        normalise(alias)
        for actor in registry.actors.values()
        if actor.kind == "state"
        for alias in actor.aliases.get(language, ())
        if " " not in alias
    )


def _capitalised_adjective(text: str, match: Match, language: str) -> bool:
    """A state's adjective capitalised inside a sentence where the language writes it in lower case: a name's word
    ("Борис Немцов" is no "немцы")."""
    if not match.adjective or not text[match.start : match.start + 1].isupper() or not lower_case_adjectives(language):
        return False
    # official style capitalises a state's word and its adjective alike: "o Governo Português", "o Estado Português"
    before = text[: match.start].split()[-1:]
    if before and before[0][:1].isupper() and normalise(before[0]) in state_nouns(language) | capital_state_nouns(language):
        return False
    return inside_sentence_at(text, match.start)


def _paired_short_forms(text: str, matches: list[Match], language: str) -> list[Match]:
    """Chinese: two states' one-character short forms before a word of `paired_state_words` ("中日两国", the two
    countries China and Japan; "韩日外长", the foreign ministers of South Korea and Japan): each names its state."""
    short, after = paired_state_words(language)
    if not after:
        return []
    ids = state_ids()
    words = paired_state_not_pairs(language)  # "美德" (virtue) is a word, no pair
    state_of = {char: state for char, name in short.items() if (state := slugify(name)) in ids}
    taken = [(m.start, m.end) for m in matches]
    found = []
    for m in re.finditer(f"(?=([{''.join(map(re.escape, short))}]{{2}})(?:{'|'.join(map(re.escape, after))}))", text):
        at = m.start()
        pair = m[1]
        if pair[0] == pair[1] or pair in words or any(a < at + 2 and at < b for a, b in taken):
            continue
        found += [Match(state_of[char], at + k, at + k + 1, paired=True) for k, char in enumerate(pair) if char in state_of]
    return found


def _qualified_common_capital(text: str, match: Match, matches: list[Match], language: str) -> bool | str:
    """A state's common-noun capital (`common_capitals`: "Bundesregierung") that another state qualifies: a prefix
    glued to it ("US-Bundesregierung") or another state's name right before or after it ("Österreichs
    Bundesregierung", "die Bundesregierung Kanadas"), which names that state itself (True: no mention); or that
    state's id where nothing else names it: its adjective before it ("die österreichische Bundesregierung"), also a
    German place's invariable adjective in -er ("die Schweizer Bundesregierung"), or its capital after a preposition
    of place ("die Bundesregierung in Wien"). False: the capital's own state (“die deutsche Bundesregierung”)."""
    if normalise(text[match.start : match.end]) not in common_capitals(language):
        return False
    if text[match.start - 1 : match.start] == "-":
        return True
    before = text[: match.start].split()
    # another state's adjective: the state's own qualifies nothing away ("die deutsche Bundesregierung" is Germany)
    own = match.actor.removeprefix("capital-of-")  # a capital's id names its state (knowledge.base_names)
    others = {state for state in state_ids() if state != own}
    adjectives = {normalise(a): state for state, forms in adjectives_in(language).items() if state in others for a in forms}
    if before and (state := adjectives.get(normalise(before[-1])) or _place_adjective(before[-1], others, language)):
        return state
    beside = (
        m for m in matches if m.actor not in (own, match.actor) and m.actor in state_ids()
    )  # a state's name, no other actor ("EU")
    if any(0 < match.start - m.end <= 1 or 0 < m.start - match.end <= 1 for m in beside):
        return True
    if (
        len(before) > 1
        and normalise(before[-1]) in genitive_articles(language)
        and before[-2].isalpha()
        and any(normalise(before[-2]).endswith(noun) for noun in envoy_nouns(language))  # "Generalkonsul" too
    ):
        return False  # a noun's complement: "der Botschafter der Bundesregierung in Moskau" is Germany's, posted there
    return _capital_after(text[match.end : match.end + 80], others, language) or False


def _place_adjective(word: str, states: set[str], language: str) -> str | None:
    """A capitalised state's name and an ending the language makes an invariable adjective of a place's name with
    (`place_adjective_endings`: German "-er", "Schweizer", "Luxemburger"): that state's id."""
    for end in place_adjective_endings(language):
        if word[:1].isupper() and word.endswith(end) and len(word) > len(end) + 2:
            stem = normalise(word[: -len(end)])
            found = next((state for state in states if stem in _states_named(language).get(state, ())), None)
            if found:
                return found
    return None


@cache
def _states_named(language: str) -> dict[str, frozenset[str]]:
    """State id -> its names in the language, normalised."""
    ids = state_ids()
    return {a: frozenset(map(normalise, names)) for a, names in names_in(language).items() if a in ids}


def _capital_after(after: str, states: set[str], language: str) -> str | None:
    """Another state's capital right after a preposition of place ("die Bundesregierung in Wien"): that state."""
    m = re.match(r"\s+(\w+)\s+(\w+)", after)
    if not m or normalise(m[1]) not in {normalise(p) for p in place_prepositions(language)}:
        return None
    word = normalise(m[2])
    return next((s for s, names in capital_names(language).items() if s in states and word in map(normalise, names)), None)


# A pronunciation a scraped page glued after a Chinese character: pinyin with its tone mark in parentheses
# ("蘇聯(lián)", "總統(tǒng)"), the reading a font's missing glyph left in the text.
PRONUNCIATION = re.compile(r"(?<=[\u4e00-\u9fff])\([a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\)")


def without_pronunciations(text: str) -> tuple[str, list[int] | None]:
    """The text without the pronunciations glued after its characters, and where each of its characters (and its
    end) stands in the text as written; the text itself and None when it holds none."""
    if "(" not in text or not PRONUNCIATION.search(text):
        return text, None
    kept = [True] * len(text)
    for m in PRONUNCIATION.finditer(text):
        kept[m.start() : m.end()] = [False] * (m.end() - m.start())
    back = [i for i, keep in enumerate(kept) if keep]
    return "".join(text[i] for i in back), [*back, len(text)]


def _as_spanned(
    text: str, read: str, language: str, back: list[int] | None, found: list[Detected], matches: list[Match]
) -> tuple[str, list[Detected], list[Match]]:
    """The text as read (simplified, with its pronunciations), and what was found without them at its spans there:
    every span read without the pronunciations is a span of the text as written."""
    if back is None:
        return read, found, matches
    read = simplified(text, language)
    matches = [replace(m, start=back[m.start], end=back[m.end - 1] + 1) for m in matches]
    return read, [_spanned(d, back, read) for d in found], matches


def _spanned(d: Detected, back: list[int], text: str) -> Detected:
    """A detected actor read without the pronunciations, at its span of the text as written."""
    start, end = back[d.start], back[d.end - 1] + 1 if d.end > d.start else back[d.start]
    role = (back[d.role[0]], back[d.role[1] - 1] + 1) if d.role and d.role[1] > d.role[0] else d.role
    return replace(d, start=start, end=end, surface=text[start:end], role=role)  # its name read without them


def _fuller(d: Detected, before: Detected | None) -> bool:
    """Whether d names its person in as many words as the person's mention kept so far, or is the first."""
    return before is None or len(d.surface.split()) >= len(before.surface.split())


def _as_written(d: Detected, read: str, text: str) -> Detected:
    """A detected actor read in the simplified text, with the words the text writes ("讓·卡塞亞", not "让·卡塞亚")."""
    surface = text[d.start : d.end] if read[d.start : d.end] == d.surface else d.surface
    return replace(d, surface=surface, name=surface if d.name == d.surface else d.name)


def _latin(surface: str) -> bool:
    """The name is written in Latin letters."""
    return surface[:1].isalpha() and ord(surface[0]) < 0x250


def _known_key(key: str, kind: str, known: dict[str, str], headed: set[str] | None = None) -> str:
    """The key the text already gave the same actor: a person's name spelled a little differently ("Brice
    Clothaire Oligui Nguema" after "Brice Clotaire Oligui Nguema"), a body's name with more words after it
    ("Consejo Presidencial de Transición de Haití" and "Consejo Presidencial de Transición")."""
    if key in known or " " not in key:
        return key
    # a full name with one more name after it, the same person's: "Fidel Castro Ruz" (a second surname) and "Fidel
    # Castro"; only when one name the text gave extends it so ("Kim Jong" beside both "Kim Jong Il" and "Kim Jong Nam"
    # could be either), and not from a title-cased heading ("Minister Halvard Brekke Resigns"). In Latin letters only
    # (`headed` is None in other scripts): Cyrillic's case endings and Arabic's unmarked names make a longer name there
    # as often a name and the next word ("Нельсона Мандели - Зіндзісва": Mandela's daughter, not Mandela)
    latin = headed is not None
    longer = [
        o
        for o, k in known.items()
        if latin and k == kind == "person" and o not in (headed or ()) and _one_name_more(key.split(), o.split())
    ]
    if len(longer) == 1:
        return longer[0]
    for other, other_kind in known.items():
        if other_kind != kind or " " not in other:
            continue
        if kind == "person" and _same_surname(key.split()[-1], other.split()[-1]) and fuzz.ratio(key, other) >= 90:
            return other
        if kind == "person" and (other.endswith(" " + key) or key.endswith(" " + other)):
            return other  # "Suu Kyi" after "Aung San Suu Kyi": the last words of the same full name
        if kind == "person" and _with_middle_name(key.split(), other.split()):
            return other
        if kind == "organisation" and (key.startswith(other + " ") or other.startswith(key + " ") or _one_word_less(key, other)):
            return other
    return key


def _one_name_more(a: list[str], b: list[str]) -> bool:
    """One full name of two words or more is the other with one more word after it."""
    short, long = sorted((a, b), key=len)
    return len(short) >= 2 and len(long) == len(short) + 1 and long[:-1] == short


def _with_middle_name(a: list[str], b: list[str]) -> bool:
    """One full name is the other with a middle name: "Robert Gabriel Mugabe" and "Robert Mugabe"."""
    short, long = sorted((a, b), key=len)
    return len(short) == 2 and len(long) == 3 and short == [long[0], long[-1]]


def _one_word_less(a: str, b: str) -> bool:
    """One name is the other without one word inside it: "المجلس الانتخابي" after "المجلس الوطني الانتخابي"."""
    short, long = sorted((a.split(), b.split()), key=len)
    inside = range(1, len(short))  # not the first word (the head-word) nor the last
    return len(short) >= 2 and len(long) == len(short) + 1 and any(long[:k] + long[k + 1 :] == short for k in inside)


def _same_surname(a: str, b: str, shortest: int = 2) -> bool:
    """The same surname, also in another case ("Yun Sok Elya" of "Юн Сок Ёля" beside "Yun Sok El'")."""
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and len(long) - len(short) <= 2 and len(short) >= shortest


def _in_role(m: Mention, index: int, roles: list[tuple[int, int]], registry: Registry) -> bool:
    """A state's mention inside a person's title that names no state: its capital, where the office sits ("السفير
    الروسي بأنقرة", the ambassador in Ankara), or the adjective a state's name with the article glued reads as
    ("الرئيس الزيمبابوي", the Zimbabwean president). The state's name completing the title is the state, an actor
    as anywhere else ("رئيس فنزويلا نيكولاس مادورو", "الملك الحالي للسعودية")."""
    actor = registry.actors.get(m.actor)
    if actor is None or actor.kind != "state" or actor.origin != "base":
        return False
    if m.block != index or not any(a <= m.start < b for a, b in roles):
        return False
    word = m.text.removeprefix("و")
    return m.via is not None or (word.startswith("ال") and word[2:] in actor.all_aliases() and word not in actor.all_aliases())


WORD_BETWEEN = re.compile(r"\s+\w+\s+")  # a word of its own between two names, set off by spaces


def _names_organisation(
    m: Mention, index: int, named: list[tuple[int, int, str]], registry: Registry, text: str, after_too: bool = True
) -> bool:
    """A state's mention that is part of an organisation's name: inside it, just before it ("China Coast
    Guard", "Azerbaijan's armed forces"), just after it but for a comma ("ВС Армении", not "По данным УБО,
    Филиппины"; not where `after_too` is false: a language whose bodies' names close with their head-word) or,
    for a ministry named after it, close by."""
    if m.block != index:
        return False
    actor = registry.actors.get(m.actor)  # detected actors of this text are not in the registry yet
    if actor is None or actor.kind != "state" or actor.origin != "base":  # a briefing's own actors stay mentioned
        return False
    for start, end, title in named:
        # after it, with no word between ("ВС Армении"; not "法院以向卡塔尔", the court, then "to Qatar")
        after = after_too and 0 <= m.start - end <= 2 and not any(c in ",،" or c.isalpha() for c in text[end : m.start])
        # just before it, with no word of its own between ("China Coast Guard", "Azerbaijan's"; not "Britain and
        # Ryanair", "بریتانیا و شرکت …", where a conjunction joins two actors)
        before = 0 <= start - m.end <= 3 and not WORD_BETWEEN.fullmatch(text[m.end : start])
        if start <= m.start < end or before or after:
            return True
        near = 0 <= start - m.end <= 16 or 0 <= m.start - end <= 16
        if m.via is None and title.endswith(f"({actor.name})") and near:
            return True
    return False


SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+")


def _sentences(text: str) -> list[tuple[int, int, str]]:
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start(), text[start : m.start()]))
        start = m.end()
    spans.append((start, len(text), text[start:]))
    return spans


@lru_cache(maxsize=65536)  # a person named again and again in a long text: one reduction per name
def identity(name: str) -> str:
    """The same name in any script or spelling reduces to one key: "Сергей Лавров" and "Sergey Lavrov"."""
    return " ".join(normalise(t) for t in TOKEN.findall(anyascii(name).lower().replace("'", "")))


@cache
def free_id_base(name: str) -> str:
    """The id a detected actor of this name takes, or takes with a number when the registry holds it already."""
    return slugify(anyascii(name), max_length=60, word_boundary=True) or "actor"


def _free_id(name: str, registry: Registry, taken: dict[str, DetectedActor]) -> str:
    base = free_id_base(name)
    actor_id, n = base, 2
    while actor_id in registry.actors or actor_id in taken:
        actor_id, n = f"{base}-{n}", n + 1
    return actor_id


def in_language(registry: Registry, language: str) -> Registry:
    """The registry with the built-in states' and organisations' names in the site's language ("Russie" on a
    French site); the briefing's own actors keep the names its editors gave them."""

    code = language.split("-")[0].lower()
    if code == "en":
        return registry
    names = {
        actor_id: next((n for n in found if not n.isupper()), found[0]) for actor_id, found in names_in(code).items() if found
    }
    renamed = {
        a.id: replace(a, name=names[a.id])
        for a in registry.actors.values()
        if a.origin == "base" and a.kind != "place" and a.id in names and names[a.id] != a.name
    }
    return registry.with_actors(renamed) if renamed else registry


def merge_detected(briefings: list[Briefing], registry: Registry) -> tuple[list[Briefing], Registry]:
    """One actor per detected person or organisation across sources (its name in any script and close
    spellings alike: rapidfuzz on the transliterated name), added to the registry as `detected` actors."""
    chosen: dict[str, DetectedActor] = {}  # site id -> the merged actor
    keys: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)  # (kind, block) -> [(key, site id)]
    renamed: dict[tuple[int, str], str] = {}
    sounds: dict[tuple[str, str], str] = {}  # (kind, consonant skeleton) -> site id: the same name in another script
    for n, b in enumerate(briefings):
        for d in b.detected:
            key = identity(d.name)
            block = (d.kind, key.split()[-1][:3] if key else "")
            site_id = next((sid for k, sid in keys[block] if k == key or fuzz.token_sort_ratio(k, key) >= 90), None)
            sound = (d.kind, skeleton(d.name))
            if site_id is None and len(sound[1]) >= 6:
                site_id = sounds.get(sound)
            if site_id is None:
                site_id = d.id
                while site_id in chosen or site_id in registry.actors:
                    site_id = f"{d.id}-{len(chosen)}"
                keys[block].append((key, site_id))
                sounds.setdefault(sound, site_id)
                chosen[site_id] = replace(d, id=site_id, aliases_by_language={d.language: d.aliases})
            else:
                chosen[site_id] = chosen[site_id].merged(d)
            if site_id != d.id:
                renamed[(n, d.id)] = site_id
    result = [_renamed(b, {old: new for (i, old), new in renamed.items() if i == n}) for n, b in enumerate(briefings)]
    extra = {
        sid: Actor(sid, d.name, d.kind, {lang: tuple(a) for lang, a in d.aliases_by_language.items()}, origin="detected")
        for sid, d in chosen.items()
    }
    return result, registry.with_actors(extra) if extra else registry


def _renamed(b: Briefing, ids: dict[str, str]) -> Briefing:
    if not ids:
        return b
    mentions = tuple(replace(m, actor=ids.get(m.actor, m.actor)) for m in b.mentions)
    events = tuple(replace(e, actors=tuple(dict.fromkeys(ids.get(a, a) for a in e.actors))) for e in b.events)
    actors = tuple(dict.fromkeys(ids.get(a, a) for a in b.actors))
    detected = tuple(replace(d, id=ids.get(d.id, d.id)) for d in b.detected)
    return replace(b, mentions=mentions, events=events, actors=actors, detected=detected)
