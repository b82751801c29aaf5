"""Base knowledge shipped with the package: states and territories (names from CLDR through Babel), their
adjectives, the capitals that stand for their governments, the main international organisations, the leaders of
the G20's members and the main news agencies and state media. A briefing's own registries extend it and override
it (same id wins).

Everything here is read from `data/knowledge/` and Babel's CLDR data: nothing is downloaded.
"""

from __future__ import annotations

import pickle
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from anyascii import anyascii
from babel import Locale, UnknownLocaleError, localedata
from rapidfuzz import fuzz
from slugify import slugify

from . import safeyaml
from .scripts import SPELLINGS, script_code, sound_keys

DATA = Path(__file__).parent / "data" / "knowledge"
# The languages whose names are kept on each actor (shown on pages and in api/actors.json); any other
# locale's names are still matched, read from CLDR when a text in that language is read.
MAIN_LANGUAGES = ("en", "fr", "es", "de", "it", "pt", "ru", "uk", "tr", "ar", "fa", "zh")
LANGUAGE_FILES = Path(__file__).parent / "data" / "detect"  # one per covered language: its words and rules


@cache
def language_file(language: str) -> dict[str, Any] | None:
    """A language's own data file (data/detect/<language>.yaml, `language` its code as the file is named): the words
    that detect its actors (detect.py) and the rules of its writing; None for a language with no file."""
    path = LANGUAGE_FILES / f"{language}.yaml"
    return (safeyaml.shipped(path) or {}) if language.isalpha() and path.exists() else None


def _rule(language: str, key: str) -> Any:
    """A rule of a language's data file (`language_file`), None where it has none."""
    return (language_file(language) or {}).get(key)


def _yaml(name: str) -> Any:
    """A data file, parsed in C (safeyaml.shipped); tests/test_shipped_data.py checks that no key is written twice."""
    return safeyaml.shipped(DATA / name)


@cache
def _to_simplified() -> Any:
    import opencc  # only for Chinese texts: its dictionaries take 35 ms to load

    return opencc.OpenCC("t2s")


def simplified(text: str, language: str) -> str:
    """A Chinese text in traditional characters written in simplified ones ("世界衛生組織": "世界卫生组织"), as the
    data lists names, titles and the characters of transliterations; a character for a character, so every span
    read in it is the same span of the text. Any other language's text as it is."""
    if not language.startswith("zh"):
        return text
    convert = _to_simplified().convert
    converted = convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(c if len(c) == 1 else t for t, c in ((t, convert(t)) for t in text))  # a phrase rewritten longer


@cache
def _states() -> dict[str, Any]:
    return _yaml("states.yaml")


def _unlisted_states(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The states CLDR does not list: those few states recognise, former states (ISO 3166-3), and the United
    Kingdom's four countries, which CLDR names only among its subdivisions."""
    return [*(data.get("unrecognised") or []), *(data.get("former") or []), *(data.get("nations") or [])]


def adjective_names(language: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(states' names that are also an adjective after a noun, the words right after which they are the state, the
    words for a state that make them the state among the two words before) in one language (states.yaml
    `adjective_names`: Arabic "مالي", financial, or Mali), as written."""
    entry = (_states().get("adjective_names") or {}).get(language.split("-")[0].lower()) or {}
    return tuple(frozenset(entry.get(key) or []) for key in ("names", "after", "states"))  # type: ignore[return-value]


def nation_ids() -> frozenset[str]:
    """The ids of the states that are no sovereign state's (the United Kingdom's countries): a place where news
    says something happened "in Scotland", as a capital is, and an actor elsewhere ("England beat Italy")."""
    return frozenset(state["id"] for state in _states().get("nations") or [])


@cache
def cldr_locale(language: str) -> Locale | None:
    """CLDR's data for a language code, or None for a code CLDR does not know (a source's `language` is untrusted)."""
    try:
        return Locale.parse(language)
    except (UnknownLocaleError, ValueError, TypeError):
        return None


@cache
def cldr_own_data(locale: str) -> dict[str, Any]:
    """What Babel's file for one locale states, nothing inherited, read from the file itself: `localedata.load`
    keeps one cache for merged and unmerged data and would return either (inherited data read without being
    changed by other locales: `babelfix`)."""
    if not localedata.exists(locale):
        return {}
    with open(localedata.resolve_locale_filename(locale), "rb") as data:
        return pickle.load(data)  # Babel's own file, shipped with the package


@cache
def state_codes() -> dict[str, str]:
    """ISO 3166 code -> actor id (the slug of the canonical English name) of every state and territory."""
    data, english = _states(), cldr_locale("en")
    assert english is not None
    skip = set(data["skip"])
    return {
        code: slugify(canonical_name(code))
        for code in english.territories
        if len(code) == 2 and code.isalpha() and code not in skip
    }


@cache
def state_ids() -> frozenset[str]:
    """The actor ids of every state: CLDR's (`state_codes`) and those it does not list (former states: "soviet-union")."""
    return frozenset(state_codes().values()) | {state["id"] for state in _unlisted_states(_states())}


def canonical_name(code: str) -> str:
    english = cldr_locale("en")
    assert english is not None
    return (_states()["states"].get(code) or {}).get("name") or english.territories[code]


@cache
def _demonyms(language: str) -> dict[str, list[str]]:
    path = DATA / "demonyms" / f"{language}.yaml"
    listed = _yaml(f"demonyms/{language}.yaml") if path.exists() else {}
    return _arabic_nisbas(listed) if language == "ar" else listed


def _arabic_nisbas(listed: dict[str, list[str]]) -> dict[str, list[str]]:
    """Arabic forms a state's adjective from its CLDR name by the nisba ending -ي, -ية, without the article and
    a final alef, taa marbuta or "يا" ("هولندا": "هولندي", "النرويج": "نرويجي", "ألبانيا": "ألباني"): the states
    the data does not list get these; one-word names only, and not a form that is also a ministry's field
    ("مالية": Malian, and financial)."""
    locale = cldr_locale("ar")
    fields = {"مالي"}  # "المالية", the field of the ministry of finance
    found = dict(listed)
    for code, name in locale.territories.items() if locale else ():
        if len(code) != 2 or not code.isalpha() or code in listed or " " in name or "-" in name:
            continue
        stem = name.removeprefix("ال")
        stem = stem[:-2] if stem.endswith("يا") else stem[:-1] if stem.endswith(("ا", "ة")) else stem
        stem = stem[:-1] if stem.endswith("ي") else stem  # "هايتي": "هايتي", "هايتية"
        if stem + "ي" not in fields and len(stem) >= 3:
            found[code] = [stem + "ي", stem + "ية"]
    return found


def _inflect(word: str, language: str) -> list[str]:
    """Regular feminine and plural forms of an adjective written in its base form in the data."""
    if not word[:1].islower():
        return [word]
    if language == "fr":
        forms = [word, word + "s"] if word.endswith("e") else [word, word + "e", word + "s", word + "es"]
        if word.endswith(("ien", "éen")):
            forms += [word + "ne", word + "nes"]
        return forms
    if language in ("es", "pt") and word.endswith("o"):
        return [word, word[:-1] + "a", word + "s", word[:-1] + "as"]
    if language in ("es", "pt") and word.endswith(("e", "a")):  # one form for both genders, plural in -s ("estadounidenses")
        return [word, word + "s"]
    if language == "it" and word.endswith(("co", "go")):  # "greco": "greca", "greci", "greche" (with an h: "chi", "ghi")
        return [word, word[:-1] + "a", word[:-1] + "i", word[:-1] + "hi", word[:-1] + "he"]
    if language == "it" and word.endswith("o"):
        return [word, word[:-1] + "a", word[:-1] + "i", word[:-1] + "e"]
    if language == "it" and word.endswith("e"):
        return [word, word[:-1] + "i"]
    if language == "de":
        return [word] + [word + ending for ending in ("e", "en", "er", "es", "em")]
    return [word]


def names_in(language: str) -> dict[str, list[str]]:
    """Actor id -> names of base states and organisations in one language (CLDR, the data, adjectives)."""
    return _names_in(language.split("-")[0].lower())


ZWJ = "\u200d"


def _joined_forms(name: str) -> list[str]:
    """A CLDR name without its zero-width spaces, and without its zero-width joiners too where it has any."""
    spaced = name.replace("\u200b", "")
    return [spaced, spaced.replace(ZWJ, "")] if ZWJ in spaced else [spaced]


@cache
def _names_in(language: str) -> dict[str, list[str]]:
    data, codes = _states(), state_codes()
    ambiguous = set(data.get("ambiguous", {}).get(language, []))
    locale = cldr_locale(language)
    # the language's other scripts ("zh_Hant": 俄羅斯 beside 俄罗斯), whose texts carry the same language code
    locales = [found for found in (locale, *map(cldr_locale, (data.get("scripts") or {}).get(language, []))) if found]
    found: dict[str, list[str]] = {}
    # CLDR writes a zero-width space between the words of a name in a script without spaces ("កូរ៉េ\u200bខាង\u200bត្បូង",
    # South Korea), which texts leave out
    # and a zero-width joiner inside a conjunct (Sinhala "ශ්\u200dරී", Sri), which scraped text drops as often
    cldr = {
        code: [form for each in locales if code in each.territories for form in _joined_forms(each.territories[code])]
        for code in codes
    }
    listed = {n for entry in data["states"].values() for n in ((entry or {}).get("aliases") or {}).get(language, [])}
    short = _unique_forms(cldr, listed)
    shared = _shared_latin_names() if language in latin_languages() else {}
    english = _english_names(language)
    iso = iso_names(language) if language not in MAIN_LANGUAGES else {}
    borrowed = _sibling_state_names(language) if language not in MAIN_LANGUAGES else {}
    for code, actor_id in codes.items():
        names = [form for name in cldr[code] for form in [name, *short.get(name, [])]]
        names += iso.get(code, [])
        names += borrowed.get(actor_id, [])
        names += shared.get(code, [])
        names += english.get(code, [])
        names += ((data["states"].get(code) or {}).get("aliases") or {}).get(language, [])
        names += (data.get("by_language") or {}).get(language, {}).get(code, [])
        if language == "en":
            names.append(canonical_name(code))
        found[actor_id] = [n for n in dict.fromkeys(names) if n not in ambiguous]
    for state in _unlisted_states(data):  # states CLDR does not list
        names = [state["name"]] if language == "en" else []
        names += iso.get(state["id"], [])
        found[state["id"]] = list(dict.fromkeys(names + list(state["aliases"].get(language, []))))
    found |= _organisation_names(language, locales)
    if not _latin(language):  # "WHO", "NATO" in Latin letters in a Persian or Russian text
        found = _with_english_acronyms(found)
    if language in latin_languages():  # "Rumanien" where a scraper lost the umlaut of "Rumänien"
        found = _with_unmarked(found, language)
    if title_case_acronyms(language):  # "Usa", "Oms", "Nato" in an Italian text
        found = {actor_id: list(dict.fromkeys([*names, *_title_cased(names, language)])) for actor_id, names in found.items()}
    if language == "zh":  # a text is read in simplified characters: Taiwan's and Hong Kong's names written so too
        found = {
            actor_id: list(dict.fromkeys([*names, *(simplified(n, language) for n in names)]))
            for actor_id, names in found.items()
        }
    return found


def _organisation_names(language: str, locales: list[Locale]) -> dict[str, list[str]]:
    """Organisation id -> its names in the language: CLDR's, the data's, those written alike in every language, its
    sibling languages' one-word names and acronyms, and, in Latin letters on a language's first day, its English
    names of several words ("African Union" in a Shona or Chichewa text), which are no other language's words."""
    siblings = _sibling_names(language) if language not in MAIN_LANGUAGES else {}
    first_day_latin = language not in MAIN_LANGUAGES and _latin(language)
    found: dict[str, list[str]] = {}
    for organisation in _organisations():
        aliases = organisation.get("aliases") or {}
        # `und`: names written alike in every language ("ECOWAS" in a Russian or Turkish text too)
        more = _more_names().get(organisation["id"], {}).get(language, [])
        names = [*aliases.get(language, []), *more, *aliases.get("und", []), *siblings.get(organisation["id"], [])]
        if first_day_latin:
            names += [n for n in [organisation["name"], *aliases.get("en", [])] if " " in n and n.replace(" ", "").isalpha()]
        names[:0] = [each.territories[organisation["cldr"]] for each in locales if organisation.get("cldr") in each.territories]
        if language == "en":
            names.insert(0, organisation["name"])
        found[organisation["id"]] = list(dict.fromkeys(names))
    return found


SIBLING_SCRIPTS = ("Cyrl", "Arab")  # scripts two main languages write: Russian and Ukrainian, Arabic and Persian
SHORTEST_SIBLING = 4  # letters of a one-word name borrowed from a sibling language; an acronym's, 3


def _sibling_names(language: str) -> dict[str, list[str]]:
    """Organisation id -> the one-word names and acronyms that the main languages written in the same script give it
    ("НАТО", "ООН", "Интерпол" in a Bulgarian or Tatar text; "داعش", "حماس" in an Urdu or Kurdish one)."""
    aliases = [(o["id"], o.get("aliases") or {}) for o in _organisations()]
    return _borrowed(language, lambda main: {key: names.get(main, []) for key, names in aliases}, _one_word)


def _sibling_state_names(language: str) -> dict[str, list[str]]:
    """State id -> the one-word names the main languages written in the same script give it ("آمریکا", "کانادا" in a
    Pashto or Urdu text; "Америка" in a Tajik one); not one in lower case (Ukrainian's "росія", an adjective's stem)."""
    states = set(state_codes().values())
    return _borrowed(
        language,
        lambda main: {key: names for key, names in names_in(main).items() if key in states},
        lambda name: _one_word(name) and not name[:1].islower(),
    )


def _borrowed(
    language: str, names_of: Callable[[str], dict[str, list[str]]], kept: Callable[[str], bool]
) -> dict[str, list[str]]:
    """Actor id -> the names (`kept` of `names_of` each main language) that the main languages written in the
    language's script give the actor, which a language with no names of its own borrows as they are; not a name two
    actors share there."""
    script = script_code(language)
    if script not in SIBLING_SCRIPTS:
        return {}
    found: dict[str, list[str]] = defaultdict(list)
    for main in (main for main in MAIN_LANGUAGES if script_code(main) == script):
        for key, names in names_of(main).items():
            found[key] += [n for n in names if kept(n)]
    owners = Counter(n for names in found.values() for n in set(names))
    return {key: list(dict.fromkeys(n for n in names if owners[n] == 1)) for key, names in found.items()}


def _one_word(name: str) -> bool:
    return name.isalpha() and len(name) >= (3 if name.isupper() else SHORTEST_SIBLING)


def _acronym(name: str) -> bool:
    return len(name) >= 3 and name.isalpha() and name.isupper()


def _with_english_acronyms(found: dict[str, list[str]]) -> dict[str, list[str]]:
    """Each organisation's English acronyms of three capitals or more ("WHO", "NATO"), which texts in other scripts
    also write in Latin letters, unless one names another actor there."""
    taken = {name for names in found.values() for name in names}
    english = {o["id"]: (o.get("aliases") or {}).get("en", []) for o in _organisations()}
    more = {key: [a for a in names if _acronym(a) and a not in taken] for key, names in english.items()}
    return {actor_id: [*names, *more.get(actor_id, [])] for actor_id, names in found.items()}


# how German writes its umlauts where a keyboard or a scraper has none ("Rumaenien")
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})


def _unmarked(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _with_unmarked(found: dict[str, list[str]], language: str) -> dict[str, list[str]]:
    """Each name also without its accents ("Rumanien", "Perou"; in German "Rumaenien" too), unless that spelling
    is another actor's name."""
    owners: dict[str, set[str]] = {}
    for actor_id, names in found.items():
        for name in names:
            forms = {name, _unmarked(name), *([name.translate(UMLAUTS)] if language == "de" else [])}
            for form in forms:
                owners.setdefault(form, set()).add(actor_id)
    more: dict[str, list[str]] = {actor_id: [] for actor_id in found}
    for form, ids in owners.items():
        if len(ids) == 1:
            more[next(iter(ids))].append(form)
    return {actor_id: list(dict.fromkeys([*names, *more[actor_id]])) for actor_id, names in found.items()}


def title_case_acronyms(language: str) -> int | None:
    """The fewest letters of the acronyms a language's press writes with one capital, read as words ("Usa", "Onu",
    "Oms", "Nato"): its data file's `title_case_acronyms` (Italian 3, French 4); None where it writes them in
    capitals only."""
    shortest = _rule(language, "title_case_acronyms")
    return int(shortest) if shortest else None


def _title_cased(names: list[str], language: str) -> list[str]:
    """The acronyms of three letters or more among the names (four in French), with one capital ("OMS": "Oms")."""
    shortest = title_case_acronyms(language) or 0
    # French writes given names of four letters and more that equal an acronym ("Alba"); Italian's rule predates this
    spared = common_given_names() if language == "fr" else frozenset()
    return [
        n.capitalize() for n in names if len(n) >= shortest and n.isalpha() and n.isupper() and anyascii(n).lower() not in spared
    ]


@cache
def latin_languages() -> tuple[str, ...]:
    """The covered languages written in Latin letters whose texts often keep a state's international spelling
    ("Bangladesh" in a Spanish text, whose CLDR name is "Bangladés"): those whose data file says so
    (`latin_spellings`), in the order of `MAIN_LANGUAGES`."""
    return tuple(language for language in MAIN_LANGUAGES if _rule(language, "latin_spellings") == "yes")


@cache
def _shared_latin_names() -> dict[str, list[str]]:
    """ISO code -> the names CLDR writes alike in at least three of the Latin-script main languages."""
    locales = [found for found in map(cldr_locale, latin_languages()) if found]
    shared: dict[str, list[str]] = {}
    for code in state_codes():
        spellings = Counter(each.territories[code] for each in locales if code in each.territories)
        shared[code] = [name for name, count in spellings.items() if count >= 3]
    return shared


@cache
def _english_spellings() -> dict[str, list[str]]:
    """ISO code -> the state's English name, which the press of other Latin-script languages also writes
    ("l'Azerbaijan" beside "l'Azerbaigian", "Kazakhstan"): one word of six letters or more, so that no short
    English name is another language's word."""
    english = cldr_locale("en")
    ambiguous = set(_states().get("ambiguous", {}).get("en", []))
    if english is None:
        return {}
    return {
        code: [name]
        for code in state_codes()
        if (name := english.territories.get(code, "")).isalpha() and name.isascii() and len(name) >= 6 and name not in ambiguous
    }


def _english_names(language: str) -> dict[str, list[str]]:
    """ISO code -> the English names a text in this language (not English) writes for a state, if any."""
    if language in latin_languages() and language != "en":
        return _english_spellings()
    if language not in MAIN_LANGUAGES and _latin(language):  # "United States" in a Yoruba text
        return _english_for_latin_first_day()
    return {}


@cache
def _english_for_latin_first_day() -> dict[str, list[str]]:
    """ISO code -> the state's English name for a language in Latin letters that no detection file covers, whose
    press often writes it ("United States", "South Africa"): CLDR's names of several words only, which no other
    language's words are; a one-word one ("France") is read inflected in such a language, and "François" is no
    France."""
    english = cldr_locale("en")
    names: dict[str, list[str]] = {}
    for code in state_codes():
        name = english.territories.get(code, "") if english else ""
        if " " in name and name.replace(" ", "").isalpha() and name.isascii():
            names[code] = [name]
    return names


PARENTHESISED = re.compile(r"^(.+?) \((.+)\)$")
APOSTROPHES = "ʼ’'"


def _unique_forms(cldr: dict[str, list[str]], listed: set[str]) -> dict[str, list[str]]:
    """CLDR name -> the other forms texts write it in: "Myanmar (Burma)" is "Myanmar" or "Burma", and an
    apostrophe is typed in any of its forms ("Мʼянма", "М’янма"). A form that is another territory's name or
    a form of two ("Saint-Martin (partie néerlandaise)" beside "Saint-Martin") or a name the data lists
    ("США" of "Віргінські Острови (США)") is left out."""
    full = {name for names in cldr.values() for name in names} | listed
    forms = {name: [f for f in _cldr_forms(name) if f != name and f not in full] for names in cldr.values() for name in names}
    owners: dict[str, set[str]] = {}
    for code, names in cldr.items():
        for name in names:
            for form in forms[name]:
                owners.setdefault(form, set()).add(code)
    return {name: [f for f in found if len(owners[f]) == 1] for name, found in forms.items()}


def _cldr_forms(name: str) -> list[str]:
    found = PARENTHESISED.match(name)
    names = [name, found.group(1), found.group(2)] if found else [name]
    for apostrophe in APOSTROPHES:
        names += [n.replace(apostrophe, other) for n in list(names) if apostrophe in n for other in APOSTROPHES]
    return list(dict.fromkeys(names))


SKELETON_SOUNDS = (("kh", ""), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"), ("dh", "d"), ("zh", "z"), ("ph", "f"))
SKELETON_LETTERS = str.maketrans({"v": "f", "p": "b", "q": "k", "c": "k", "j": "g", "x": "ks"})


def skeleton(name: str) -> str:
    """The consonants of a name as it sounds, in any script: "Sergey Lavrov", "Сергей Лавров" and "سيرغي
    لافروف" are all "srg lfrf" (Arabic writes few vowels, and no v or p)."""
    text = anyascii(name).lower()
    for digraph, sound in SKELETON_SOUNDS:
        text = text.replace(digraph, sound)
    text = re.sub(r"[aeiouwyh'`]", "", text.translate(SKELETON_LETTERS))
    return " ".join(re.sub(r"(.)\1+", r"\1", word) for word in re.findall(r"[a-z]+", text))


# The iso-codes locales of a language code whose own name differs: Norwegian Bokmål, Serbian in Latin letters
# beside Cyrillic, Kurdish's Sorani and Kurmanji.
ISO_LOCALES = {"no": ("nb_NO",), "sr": ("sr@latin",), "ku": ("ckb", "kmr")}
# The former states of states.yaml by their ISO 3166-3 code, whose names the ISO tables translate too.
FORMER_ISO = {"SUHH": "soviet-union", "YUCS": "yugoslavia", "CSHH": "czechoslovakia", "DDDE": "east-germany"}


def iso_names(language: str) -> dict[str, list[str]]:
    """ISO code (or a former state's id) -> its names in one language from the ISO 3166 tables' translations that
    pycountry ships (Debian's iso-codes): often the name the press writes where CLDR has the formal one
    ("Suurbritannia", "Usono", "Olanda", "АҚШ"). For languages no detection file covers, whose only names these
    and CLDR's are; a name two states share, or one left in English (untranslated), is left out."""
    return _iso_names(language.split("-")[0].lower())


@cache
def _iso_names(language: str) -> dict[str, list[str]]:
    import gettext

    import pycountry

    found: dict[str, list[str]] = {}
    tables = [("iso3166-1", pycountry.countries, "alpha_2"), ("iso3166-3", pycountry.historic_countries, "alpha_4")]
    for domain, entries, key in tables:
        for locale in (language, *ISO_LOCALES.get(language, ())):
            try:
                translate = gettext.translation(domain, pycountry.LOCALES_DIR, languages=[locale]).gettext
            except OSError:  # no translation for this language
                continue
            for entry in entries:
                code = getattr(entry, key)
                code = FORMER_ISO.get(code) if domain == "iso3166-3" else code
                english = [getattr(entry, field, None) for field in ("name", "common_name", "official_name")]
                names = [translate(n) for n in english if n]
                if code:  # "Korea, Republic of" is inverted; each part of a former state's "USSR, Union of ..." a name
                    split = re.compile("[,;]" if domain == "iso3166-3" else ";")  # "Luxembourg; Luxemburg": two names
                    parts = (p.strip() for n in names for p in split.split(n))
                    kept = [p for p in parts if p and "," not in p and not _untranslated(p, english)]
                    found[code] = list(dict.fromkeys([*found.get(code, []), *kept]))
    owners = Counter(name for names in found.values() for name in names)
    if sum(map(_punctuated, owners)) > len(owners) / 4:  # a garbled table (Amharic's: "ጐን፦ሲ"), no names
        return {}
    sounds = _english_skeletons()
    return {code: [n for n in names if owners[n] == 1 and _trusted(n, code, language, sounds)] for code, names in found.items()}


def _trusted(name: str, code: str, language: str, sounds: dict[str, set[str]]) -> bool:
    """Not a translation that sounds like another state's English name and none of this one's (Marathi's "Armenia":
    "अमेरिका", America), nor one word cut from CLDR's longer name ("Nhật" of "Nhật Bản", and "Nhật báo", a daily;
    "కాంగో" of both Congos' names)."""
    sound = skeleton(name)
    own = sounds.get(state_codes().get(code, code), set())
    if sound not in own and any(sound in others for key, others in sounds.items() if key != state_codes().get(code, code)):
        return False
    locale = cldr_locale(language)
    cldr = locale.territories.get(code, "") if locale else ""
    return not (cldr != name and cldr.startswith(name) and " " not in name and not cldr[len(name) : len(name) + 1].isalpha())


@cache
def _english_skeletons() -> dict[str, set[str]]:
    """State id -> the consonant skeletons of its English names."""
    return {actor_id: {skeleton(n) for n in names} for actor_id, names in names_in("en").items()}


def _untranslated(name: str, english: list[str | None]) -> bool:
    return any(name in (n or "") for n in english)


def _punctuated(name: str) -> bool:
    """A name with punctuation inside that no name's spelling has (not a hyphen, an apostrophe, a dot, a bracket)."""
    return any(unicodedata.category(c).startswith("P") and c not in "-–'’ʼ.()" for c in name)


@cache
def _organisations() -> list[dict[str, Any]]:
    return _yaml("organisations.yaml")["organisations"] + _yaml("parties.yaml")["parties"]


@cache
def _more_names() -> dict[str, dict[str, list[str]]]:
    """Organisation id -> its full names by language where organisations.yaml gives only an acronym."""
    return _yaml("organisation_names.yaml")


def adjectives_in(language: str) -> dict[str, list[str]]:
    """State actor id -> its adjectives and demonyms in one language, every regular form ("russe", "russes")."""
    return _adjectives_in(language.split("-")[0].lower())


@cache
def _adjectives_in(language: str) -> dict[str, list[str]]:
    codes = state_codes()
    found = {
        codes[code]: list(dict.fromkeys(form for word in words for form in _inflect(word, language)))
        for code, words in _demonyms(language).items()
        if code in codes
    }
    return _with_unmarked(found, language) if language in latin_languages() else found  # "rumanische" of "rumänische"


@cache
def lower_case_adjectives(language: str) -> bool:
    """The language writes its states' adjectives in lower case ("russe", "немецкий"): one capitalised inside a
    sentence is a name's word ("Борис Немцов"), not the adjective."""
    written = [word for words in _demonyms(language.split("-")[0].lower()).values() for word in words]
    return bool(written) and sum(word[:1].islower() for word in written) > 0.9 * len(written)


def inside_sentence_names(language: str) -> frozenset[str]:
    """States' names that are also a common word opening a sentence (`inside_sentence` of data/knowledge/states.yaml:
    Russian "Того", of that; "Чад", fumes): matched as the state only inside a sentence."""
    return frozenset(_states().get("inside_sentence", {}).get(language.split("-")[0].lower(), []))


def base_names(language: str) -> dict[str, list[str]]:
    """Base actor id -> its names in one language: states, organisations and capitals (`capital-of-<state>`)."""
    return _base_names(language.split("-")[0].lower())


@cache
def _base_names(language: str) -> dict[str, list[str]]:
    capitals = {f"capital-of-{state}": names for state, names in capital_names(language).items()}
    names = names_in(language)
    # German declines names ("Chinas", "den Vereinten Nationen"); Persian text often loses its non-joiners
    forms = {"de": _german_forms, "fa": _persian_forms, "ru": _russian_forms, "uk": _ukrainian_forms}.get(language)
    if forms:
        names = {actor_id: list(dict.fromkeys(f for n in words for f in forms(n))) for actor_id, words in names.items()}
    if language in ("ru", "uk"):  # "Кремля" of "Кремль"
        capitals = {
            actor_id: list(dict.fromkeys(f for n in words for f in (n, *_oblique_stems(n))))
            for actor_id, words in capitals.items()
        }
    places = {place["id"]: place["aliases"].get(language, []) for place in _states().get("places") or []}
    seats = {seat_id(body): body["seat"].get(language, []) for body in _organisations() if body.get("seat")}
    outlets: dict[str, list[str]] = {}
    if title_case_acronyms(language):  # "all'Afp", "dall'Irna", "la Bbc": an agency's acronym with one capital too
        outlets = {
            o["id"]: _title_cased(o.get("aliases", []), language)
            for o in _yaml("outlets.yaml")["outlets"]
            if o["id"] not in names
        }
    return {**names, **capitals, **places, **seats, **{k: v for k, v in outlets.items() if v}}


@cache
def _people() -> list[dict[str, Any]]:
    return _yaml("people.yaml")["people"]


def people_names(language: str) -> dict[str, list[str]]:
    """Base person id -> a leader's names in one language: its press's own spellings and the Latin ones every
    language shares, without their accents too, in the other cases a declining language writes them ("Merkels",
    `_base_names`' forms)."""
    return _people_names(language.split("-")[0].lower())


@cache
def _people_names(language: str) -> dict[str, list[str]]:
    forms = {"de": _german_forms, "fa": _persian_forms, "ru": _russian_forms, "uk": _ukrainian_forms}.get(language)
    found = {}
    for person in _people():
        names = [*person["aliases"].get(language, []), *person["aliases"].get("und", [])]
        names += [_unmarked(n) for n in names]  # "Luiz Inacio Lula da Silva", as a keyboard without accents types it
        found[person["id"]] = list(dict.fromkeys(f for n in names for f in (forms(n) if forms else [n])))
    return found


@cache
def place_names(language: str) -> frozenset[str]:
    """The names of the places the data holds as places only ("Hong Kong" in an Italian text)."""
    language = language.split("-")[0].lower()
    return frozenset(n for place in _states().get("places") or [] for n in place["aliases"].get(language, []))


ZWNJ = "\u200c"


ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})


def _persian_forms(name: str) -> list[str]:
    """A Persian name as scraped text also writes it: its zero-width non-joiner ("بین‌المللی") lost or a space
    instead, two words joined by one ("کره‌جنوبی" of "کره جنوبی", or with it lost), and with the Arabic forms of
    yeh and kaf ("ايران") that older sites and keyboards type."""
    spellings = [name, name.replace(ZWNJ, ""), name.replace(ZWNJ, " ")] if ZWNJ in name else [name]
    if name.count(" ") == 1 and ZWNJ not in name:  # two words: "کره جنوبی", never a longer body's name
        joined = "".join(c for c in name.replace(" ", "") if not unicodedata.combining(c))  # "کرهٔ" is two words
        spellings += [name.replace(" ", ZWNJ), joined]
    return list(dict.fromkeys([*spellings, *(s.translate(ARABIC_LETTERS) for s in spellings)]))


# Endings of German nouns that take no genitive -s (feminine, or ending in a sibilant already).
_NO_GENITIVE_S = ("ung", "ion", "heit", "keit", "schaft", "tät", "ei", "ie", "ik", "e", "s", "x", "z", "ß")


def _german_forms(name: str) -> list[str]:
    """A German name and its other cases: the adjectives' weak -en ("der Europäischen Union", "den Vereinten
    Nationen") and the genitive -s of a last noun that takes one ("Chinas", "des UN-Sicherheitsrats")."""
    words = name.split(" ")
    if not words[-1][-1:].isalpha() or words[-1].isupper():
        return [name]
    weak = [w[:-2] + "en" if w.endswith(("er", "es")) else w + "n" if w.endswith("e") else w for w in words[:-1]]
    # after "das" or "der" the adjective takes -e: "das Vereinigte Königreich" of "Vereinigtes Königreich"
    after_article = [w[:-1] if w[:1].isupper() and w.endswith(("er", "es")) else w for w in words[:-1]]
    forms = [name, " ".join([*weak, words[-1]]), " ".join([*after_article, words[-1]])]
    plural = len(words) > 1 and words[-1].endswith("en")  # "Vereinte Nationen"; not "Äthiopien", "Jemen"
    if len(words[-1]) > 3 and not words[-1].endswith(_NO_GENITIVE_S) and not plural:
        forms += [" ".join([*words[:-1], words[-1] + "s"]), " ".join([*weak, words[-1] + "s"])]
    return list(dict.fromkeys(forms))


def _russian_forms(name: str) -> list[str]:
    """A Russian name and its other cases where folding a case ending does not reach them: a neuter noun in -ие
    ("Движение", "командование") reads "-ия", "-ию", "-ием" elsewhere ("Движения 23 марта"); and a last noun's
    stem as the other cases write it (`_oblique_stems`: "Египта", "Кремля")."""
    words = name.split(" ")
    oblique = [w[:-2] + "ия" if w.endswith("ие") and len(w) > 4 else w for w in words]
    return list(dict.fromkeys([name, " ".join(oblique), *_oblique_stems(name)]))


FLEETING = re.compile(r"^(.{3,}[^аеєиіїоуюяьй])[ео]([^аеєиіїоуюяьй])$")  # "Египет", "Єгипет": "Египта", "Єгипту"


def _oblique_stems(name: str) -> list[str]:
    """A Russian or Ukrainian name whose last noun changes its stem in the other cases, which folding the case
    ending does not undo: a fleeting vowel ("Египет": "Египта"; "Єгипет": "Єгипту") or a soft sign ("Кремль":
    "Кремля"). Forms no text writes match nothing."""
    head, _, last = name.rpartition(" ")
    fleeting = FLEETING.match(last)
    stems = [fleeting.group(1) + fleeting.group(2)] if fleeting else [last[:-1]] if last.endswith("ь") else []
    return [f"{head} {stem}{ending}".strip() for stem in stems for ending in ("а", "у", "я")]


def _ukrainian_forms(name: str) -> list[str]:
    """A Ukrainian name and its genitive where folding a case ending does not reach it: a feminine adjective
    before its noun ("Саудівська Аравія": "Саудівської Аравії", "Демократичної Республіки Конго", "Нової Зеландії",
    "Великої Британії"), not a noun ("Республіка")."""
    words = name.split(" ")
    adjectives = [w[:-1] + "ої" if w.endswith(("ська", "цька", "зька", "на", "ва", "ика")) else w for w in words[:-1]]
    return list(dict.fromkeys([name, " ".join([*adjectives, words[-1]]), *_oblique_stems(name)]))


def capital_names(language: str) -> dict[str, list[str]]:
    """State actor id -> the names of its capital and seat of government in one language."""
    return _capital_names(language.split("-")[0].lower())


@cache
def _capital_names(language: str) -> dict[str, list[str]]:
    locale, codes = cldr_locale(language), state_codes()
    found: dict[str, list[str]] = {}
    for code, entry in _states()["capitals"].items():
        names = list((entry.get("names") or {}).get(language, []))
        zone = entry.get("zone")
        if zone:
            city = (locale.time_zones.get(zone) or {}).get("city") if locale else None
            if not city and _latin(language):  # CLDR leaves out a city written as in the zone's name ("Niamey")
                city = zone.split("/")[-1].replace("_", " ")
            if city:
                names.insert(0, city)
        found[codes[code]] = list(dict.fromkeys(names))
    return found


@cache
def _latin(language: str) -> bool:
    """Whether the language is written in Latin letters (its own name in CLDR is)."""
    locale = cldr_locale(language)
    name = (locale.language_name or "") if locale else ""
    return language == "en" or (bool(name) and all(unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha()))


def seat_id(body: dict[str, Any]) -> str:
    """The id of the building that stands for a body (its `seat`): a place of its own beside the body."""
    return f"seat-of-{body['id']}"


@cache
def credit_only() -> frozenset[str]:
    """Outlets' aliases that are also common words ("İHA", a drone in Turkish): the outlet only as a credit."""
    return frozenset(n for outlet in _yaml("outlets.yaml")["outlets"] for n in outlet.get("credit_only", []))


@cache
def base_entries() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(actor entries, outlet entries) in the form registry/actors.yaml and registry/outlets.yaml have,
    with the names of the main languages; `registry.py` makes them actors and outlets."""
    names = {language: names_in(language) for language in MAIN_LANGUAGES}
    kinds = {actor_id: "state" for actor_id in state_codes().values()}
    kinds |= {state_codes()[code]: "place" for code in _states().get("parts_of_states") or [] if code in state_codes()}
    canonical = {actor_id: canonical_name(code) for code, actor_id in state_codes().items()}
    canonical.update({o["id"]: o["name"] for o in _organisations()})
    actors = []
    for actor_id, name in canonical.items():
        aliases = {
            language: names[language].get(actor_id, []) + adjectives_in(language).get(actor_id, []) for language in MAIN_LANGUAGES
        }
        actors.append(
            {
                "id": actor_id,
                "name": name,
                "kind": kinds.get(actor_id, "organisation"),
                "aliases": {language: a for language, a in aliases.items() if a},
            }
        )
    for state in _unlisted_states(_states()):  # states CLDR does not list: names from names_in
        aliases = {language: names[language].get(state["id"], []) for language in MAIN_LANGUAGES}
        actors.append(
            {"id": state["id"], "name": state["name"], "kind": "state", "aliases": {k: v for k, v in aliases.items() if v}}
        )
    for state_id in dict.fromkeys(state_id for language in MAIN_LANGUAGES for state_id in capital_names(language)):
        capital = {language: capital_names(language).get(state_id, []) for language in MAIN_LANGUAGES}
        english = capital["en"][0] if capital["en"] else state_id
        actors.append(
            {
                "id": f"capital-of-{state_id}",
                "name": english,
                "kind": "place",
                "aliases": {language: a for language, a in capital.items() if a},
                "stands_for": {"actor": state_id, "except_after": place_prepositions()},
            }
        )
    for body in _organisations():  # a building that stands for the body it houses, as a capital for its government
        seat = {language: names for language, names in (body.get("seat") or {}).items() if names}
        if seat:
            actors.append(
                {
                    "id": seat_id(body),
                    "name": (seat.get("en") or seat.get("und") or [body["name"]])[0],
                    "kind": "place",
                    "aliases": seat,
                    "stands_for": {"actor": body["id"], "except_after": place_prepositions()},
                }
            )
    for person in _people():
        aliases = {language: names for language, names in person["aliases"].items() if language in (*MAIN_LANGUAGES, "und")}
        actors.append({"id": person["id"], "name": person["name"], "kind": "person", "aliases": aliases})
    for place in _states().get("places") or []:  # names held as places' only, so that no rule reads them as a person
        actors.append({"id": place["id"], "name": place["name"], "kind": "place", "aliases": place["aliases"]})
    outlets = _yaml("outlets.yaml")["outlets"]
    for outlet in outlets:  # an agency the text names ("Chinese state media outlet CGTN") is an organisation too
        names = [n for n in (outlet["name"], *outlet.get("aliases", [])) if not (n.isupper() and len(n) <= 2)]
        names = list(dict.fromkeys(f for n in names for f in (_persian_forms(n) if ZWNJ in n else [n])))  # "دویچه‌وله"
        if outlet["id"] not in canonical:
            actors.append({"id": outlet["id"], "name": outlet["name"], "kind": "organisation", "aliases": {"und": names}})
    return actors, outlets


@cache
def place_prepositions() -> list[str]:
    """Words after which a capital is the place, not its government ("in Moscow"), in every language
    the detection data covers."""
    words: list[str] = []
    for path in sorted((Path(__file__).parent / "data" / "detect").glob("*.yaml")):
        words += safeyaml.shipped(path).get("place_prepositions") or []
    return list(dict.fromkeys(words))


@cache
def given_names() -> frozenset[str]:
    """First names of many countries (gender-guesser's list, ~45,000), lower-case ASCII."""
    return _given_names_as_frequent_as(0)


def _given_names_as_frequent_as(frequency: int) -> frozenset[str]:
    """The given names of gender-guesser's list whose frequency (1 to 13) in one country at least is `frequency` or
    more, and those `data/given_names.yaml` adds, in lower-case ASCII, of three letters or more."""
    import gender_guesser

    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    names = set()
    with path.open(encoding="utf-8") as lines:  # as gender-guesser reads it
        for line in lines:
            if line[:1] in "MF?1" and not line.startswith("#"):
                frequencies = [int(c, 16) for c in line[30:-1] if c in "0123456789ABCD"] if frequency else []
                if max(frequencies, default=0) >= frequency:
                    # compared as anyascii spells a text's word: "Stéphane", "Chérif" are "stephane", "cherif"
                    names.add(anyascii(line[3:29].strip().replace("+", "-")).lower())
    names.update(anyascii(str(n)).lower() for n in _yaml("given_names.yaml").get("given_names") or [])
    return frozenset(n for n in names if len(n) > 2)


@cache
def _compound_parts() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = _yaml("given_names.yaml")
    return tuple(str(o) for o in data.get("compound_openers") or []), tuple(str(c) for c in data.get("compound_closers") or [])


def compound_given_name(latin: str) -> bool:
    """An Arabic given name of two words written as one, in lower-case ASCII ("abdelhamid", "abdourahamane",
    "noureddine"): one of `given_names.yaml`'s openers ("Abd al-", a servant of one of God's names) or closers ("ad-Din",
    of the faith), with three letters or more besides."""
    openers, closers = _compound_parts()
    opens = any(latin.startswith(o) and len(latin) - len(o) >= 3 and latin[len(o)].isalpha() for o in openers)
    return opens or any(latin.endswith(c) and len(latin) - len(c) >= 3 and latin[: -len(c)].isalpha() for c in closers)


@cache
def surname_first_places(language: str) -> tuple[str, ...] | None:
    """Where the language writes a person's family name first (`surname_first` in `given_names.yaml`: Hungarian
    "Nagy Imre"), the starts of the lower-case words after such a name that make it a place's ("utca", street);
    None where the given name comes first."""
    listed = _yaml("given_names.yaml").get("surname_first") or {}
    code = language.split("-")[0].lower()
    return tuple(str(w) for w in listed.get(code) or ()) if code in listed else None


@cache
def chinese_surnames() -> frozenset[str]:
    """Common Chinese family names in Hanyu Pinyin (`given_names.yaml`), as written: "Xi", "Wang"."""
    return frozenset(str(n) for n in _yaml("given_names.yaml").get("chinese_surnames") or [])


@cache
def pinyin_given_name() -> re.Pattern[str]:
    """A Chinese given name of one or two Pinyin syllables written as one capitalised word ("Jinping", "Qiang")."""
    data = _yaml("given_names.yaml")
    initials = "|".join(sorted((str(i) for i in data.get("pinyin_initials") or []), key=len, reverse=True))
    finals = "|".join(sorted((str(f) for f in data.get("pinyin_finals") or []), key=len, reverse=True))
    syllable = f"(?:{initials})?(?:{finals})"
    return re.compile(f"(?i:{syllable}){{1,2}}")


MIN_HEARD_GIVEN = 4  # letters of a given name heard in another script: "Fidel", "Jacob"; not "Ali", "Ram"
# rapidfuzz's ratio of the word as anyascii spells it to the given name ("phidl", "fidel": 89; "bhrntte", "brunette": 80)
MIN_GIVEN_LIKENESS = 85
MIN_GIVEN_SOUNDS = 3  # consonants of a given name heard ("nlsn")


COMMON_NAME = 4  # gender-guesser's frequency (1 to 13) in one country at least: "Fidel" 4, "Nelson" 5; not "Velin" 3


@cache
def common_given_names() -> frozenset[str]:
    """The given names of `given_names` frequent in one country of gender-guesser's list at least (`COMMON_NAME`):
    the list also holds names of one family or village, as many as a language's own words ("Servat", "Stanika")."""
    return _given_names_as_frequent_as(COMMON_NAME)


@cache
def _given_by_sound() -> dict[str, tuple[str, ...]]:
    """Sound key (`scripts.sound_keys`) -> gender-guesser's given names of four letters or more with it."""
    found: dict[str, set[str]] = defaultdict(set)
    for name in common_given_names():
        if len(name) >= MIN_HEARD_GIVEN and name.isalpha():
            for key in sound_keys(name):
                found[key].add(name)
    return {key: tuple(sorted(names)) for key, names in found.items()}


@lru_cache(maxsize=1 << 14)
def heard_given(word: str) -> bool:
    """Whether a word of a script with no capitals sounds like a given name of the list written in Latin letters
    ("ഫിഡൽ" phidl, Fidel; "నెల్సన్" nelsn, Nelson; "మిఖాయిల్" mikhayil, Mikhail): the same consonants, three or
    more, and a spelling close to the name's."""
    spelled = anyascii(word).lower()  # plain ASCII: no accents to take off
    if len(spelled) < MIN_HEARD_GIVEN or word.isascii():
        return False
    names = (name for key in sound_keys(word) if len(key) >= MIN_GIVEN_SOUNDS for name in _given_by_sound().get(key, ()))
    heard = _sounded(spelled)
    return any(fuzz.ratio(heard, _sounded(name)) >= MIN_GIVEN_LIKENESS and heard[:1] == _sounded(name)[:1] for name in names)


@lru_cache(maxsize=1 << 16)
def _sounded(spelled: str) -> str:
    """A Latin spelling with each sound's spellings made one (`scripts.SPELLINGS`: "ph" and "f", "kh" and "h")."""
    for spelling, sound in SPELLINGS:
        spelled = spelled.replace(spelling, sound)
    return spelled.lower()


@cache
def subdivision_namesakes() -> dict[str, tuple[str, str]]:
    """A state's actor id -> the name it shares with a first-level subdivision of another state, and that state's ISO
    code (ISO 3166-2, pycountry: "georgia-country" -> ("Georgia", "US"), the US state; Nigeria's Niger State)."""
    import pycountry

    codes = state_codes()
    states = {country.name: country.alpha_2 for country in pycountry.countries}
    return {
        codes[states[s.name]]: (s.name, s.country_code)
        for s in pycountry.subdivisions
        if s.parent_code is None and s.type == "State" and states.get(s.name, s.country_code) != s.country_code
    }


@cache
def subdivision_names(country: str) -> frozenset[str]:
    """The names of a state's first-level subdivisions (ISO 3166-2, pycountry), no city's namesake ("New York",
    "Washington": a city and a capital of the same name) nor a state's or territory's ("Georgia", "Guam")."""
    import pycountry
    from babel.core import get_global

    cities = {zone.rsplit("/", 1)[-1].replace("_", " ") for zones in get_global("territory_zones").values() for zone in zones}
    states = {n for names in names_in("en").values() for n in names}  # "American Samoa": a territory of its own
    taken = cities | states | {n for names in capital_names("en").values() for n in names}
    subdivisions = pycountry.subdivisions.get(country_code=country) or []
    return frozenset(s.name for s in subdivisions if s.parent_code is None and s.name not in taken)


@cache
def own_place_words(state: str, language: str) -> frozenset[str]:
    """The words that tell a state itself from a namesake: its adjective and its capital's or its cities' names
    (CLDR's time zones of the territory: "Tbilisi", "Niamey")."""
    from babel.core import get_global

    code = next((c for c, actor in state_codes().items() if actor == state), "")
    cities = {zone.rsplit("/", 1)[-1].replace("_", " ") for zone in get_global("territory_zones").get(code, [])}
    return frozenset(cities | set(adjectives_in(language).get(state, [])) | set(capital_names(language).get(state, [])))


@cache
def city_names(language: str) -> frozenset[str]:
    """CLDR's names of the cities of its time zones in one language ("మాస్కో", "ലണ്ടൻ"): places."""
    locale = cldr_locale(language.split("-")[0].lower())
    zones = locale.time_zones.values() if locale else ()
    return frozenset(str(zone["city"]) for zone in zones if zone.get("city"))


@cache
def and_word(code: str) -> str:
    """The one word CLDR's list pattern under a CLDR code joins two items with, in lower case ("{0} and {1}": "and",
    "{0} ug {1}": "ug"), else "" (no data under the code, or a pattern of more words or marks)."""
    try:
        patterns = localedata.load(code).get("list_patterns") or {}
    except (OSError, ValueError, TypeError):  # no CLDR data under this code (a source's `language` is untrusted)
        return ""
    between = str(patterns.get("standard", {}).get("2", "")).replace("{0}", " ").replace("{1}", " ").split()
    return between[0].lower() if len(between) == 1 and between[0].isalpha() else ""
