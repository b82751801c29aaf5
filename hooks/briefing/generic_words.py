"""Detection words for a language the package has no data file for (`data/detect/<language>.yaml`), made the
first day a source in it arrives from what ships already: its month and weekday names (CLDR and dateparser,
through `datewords`) start no name, the name particles that three or more of the covered languages list
("van", "von", "de", "bin") may stand inside one, and the head-words of a company that they list alike
("Airlines") close one. No title, head-word or verb of speech is guessed: those
need a person who reads the language, and their file, or their entry in `data/detection_words.yaml` (the head-words,
connectors, articles and titles of a language that names bodies and people as French and Spanish do).
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from . import mutations, safeyaml
from .datewords import words as date_words
from .knowledge import and_word, cldr_locale, names_in
from .registry import normalise

DATA = Path(__file__).parent / "data" / "detect"
NOUN_CAPITALS = Path(__file__).parent / "data" / "noun_capitals.yaml"
COMMON_ACRONYMS = Path(__file__).parent / "data" / "common_acronyms.yaml"
HONORIFICS = Path(__file__).parent / "data" / "honorifics.yaml"
NATIVE_TITLES = Path(__file__).parent / "data" / "native_titles.yaml"
DETECTION_WORDS = Path(__file__).parent / "data" / "detection_words.yaml"
SHARED_PARTICLES = 3  # listed by this many covered languages: a particle of names across languages
BODY_NOUN_NAMES = 3  # a word opening this many of the knowledge's names in a language is its noun for a kind of body


@cache  # asked for every paragraph; the package's data files do not change while it runs
def has_file(language: str) -> bool:
    return (DATA / f"{language.split('-')[0].lower()}.yaml").exists()


def detection_data(language: str) -> dict[str, Any] | None:
    """The words a data file would give detection, for a language with none; None for a language CLDR does not
    know. Where its script has no capitals its own names are told by words only a file can list, and detection reads
    only the capitalised runs of other scripts' letters in it (`foreign_capitals`)."""
    code = language.split("-")[0].lower()
    locale = cldr_locale(code)
    own_name = (locale.language_name or "") if locale else ""
    if not own_name[:1].isalpha():
        return None
    # a script with no capitals (Khmer, Thai, Amharic): its own words open no name, but a capitalised run of another
    # script's letters is one ("Stockton Rush", `detect_cased._foreign_name`)
    foreign = {"foreign_capitals": "yes"} if own_name[:1].upper() == own_name[:1].lower() else {}
    dates = date_words(code)
    # no title is known, so a run of capitals may open with one ("Premier Mark Rutte", "RP Lech Kaczyński"): the
    # name starts at its given name, as German's runs open with a noun (`noun_capitals`)
    stop = sorted({*dates.full_months, *dates.weekdays})
    # a shared particle that is the language's own "and" (CLDR's list pattern: Hausa "{0} da {1}") joins two
    # people before a full name ("Muhammadu Buhari da Yemi Osinbajo" is two names), and is still a name's particle
    # before its last word ("Lula da Silva", "Vasco da Gama"): `and_particles`, read by `detect_cased._classify`
    conjunction = and_word(code)
    particles = _shared("particles", lower=True)
    heads = _shared("state_first_heads")
    found = {"particles": list(particles), "state_first_heads": list(heads), "stop": stop, "noun_capitals": "yes"}
    found |= {"and_particles": [conjunction]} if conjunction in particles else {}
    # the head-words closing a body's name that three or more covered languages list alike ("Union", "University",
    # "Bank"), capitalised as names write them: "Africa University" is a body, though "Africa" is also a given name
    found |= {
        "org_heads": [h for h in _shared("org_heads") if h[:1].isupper()],
        "final_heads": [h for h in _shared("final_heads") if h[:1].isupper()],
    }
    return found | foreign | {"common_acronyms": sorted(common_acronyms(code))} | _listed_words(code, found["org_heads"], stop)


def _listed_words(code: str, heads: list[str], stop: list[str]) -> dict[str, Any]:
    """The head-words, connectors and elision of bodies' names and the titles of people a language's entry in
    `data/detection_words.yaml` lists (Occitan "Conselh", "de la", "president"), and its articles, which open no
    name, beside the `stop` words locale data gives: none is guessed, so a language with no entry gets none."""
    listed = detection_entries().get(code) or {}
    # an entry's language-detection keys alone (`extract._by_neighbour_words`) say nothing of names
    listed = {key: value for key, value in listed.items() if key not in ("function_words", "neighbours")}
    if not listed:
        return {}
    own = _mutated([str(h) for h in listed.get("heads") or []], code)
    # written capitalised only, as a name opens: in lower case they are also common words ("partit", left); an entry
    # with titles alone (Afrikaans) keeps the shared head-words as they are
    found: dict[str, Any] = {"org_heads": [*heads, *own], "capitalised_heads": own, "heads_open": "yes"} if own else {}
    found |= {"connectors": [str(c) for c in listed.get("connectors") or []]} if "connectors" in listed else {}
    found["titles"] = _mutated([str(t) for t in listed.get("titles") or []], code)
    found["stop"] = [*stop, *(str(a) for key in ("articles", "verbs") for a in listed.get(key) or [])]
    # what tells a title before one word from a name that opens with a title's word (`detect_people._title_opens_name`)
    found |= {
        key: listed[key]
        for key in ("lower_case_titles", "name_endings", "determiners_after", "and_words", "participles")
        if key in listed
    }
    # the elided words themselves are French's and Italian's (`detect_words._elided_in_any`): the entry says only that
    # the language elides too
    return found | ({"elided_words": ["l", "d"], "elided_before_names": ["l", "d"]} if listed.get("elided") == "yes" else {})


def unmutated_head(name: str, language: str) -> str:
    """A body's name with its first word, a listed head-word in a mutated form, in its own form: a name is given as
    it stands alone ("yng Nghyngor Sir Benfro", in Pembrokeshire County Council: "Cyngor Sir Benfro")."""
    first, space, rest = name.partition(" ")
    return _unmutated_heads(language.split("-")[0].lower()).get(first, first) + space + rest


@cache
def own_and_words(code: str) -> frozenset[str]:
    """A language's own words for "and", lower case: CLDR's list pattern's (`knowledge.and_word`), else those
    `data/detection_words.yaml` lists where CLDR gives none (Welsh "a", "ac"; Manx "as"; Cornish "ha", "hag")."""
    word = and_word(code)
    listed = (detection_entries().get(code) or {}).get("and_words") or []
    return frozenset([word] if word else [str(w).lower() for w in listed])


@cache
def detection_entries() -> dict[str, dict[str, Any]]:
    """`data/detection_words.yaml`, read once: each language's entry (read-only: every reader shares it)."""
    return safeyaml.shipped(DETECTION_WORDS) or {}


@cache
def _unmutated_heads(code: str) -> dict[str, str]:
    """The mutated forms of the head-words `data/detection_words.yaml` lists for a language, each to its own form."""
    heads = [str(h) for h in (detection_entries().get(code) or {}).get("heads") or []]
    return {form: head for head in heads for form in mutations.forms(head, code) if form not in heads}


def _mutated(words: list[str], code: str) -> list[str]:
    """The words and, in a language that mutates first letters (`data/mutations.yaml`), their mutated forms
    ("Plaid": "Blaid", "Comann": "Chomann")."""
    return list(dict.fromkeys([*words, *(form for w in words for form in mutations.forms(w, code))]))


@cache
def lower_case_nouns(language: str) -> bool:
    """Whether a language with no data file writes its common nouns in lower case, as all but a few do: those that
    capitalise every noun (German's neighbours, `data/noun_capitals.yaml`) do not. Where nouns are lower-case, a
    capitalised word a text also writes alone inside a sentence is a name ("… Lazarus Chakwera … a Chakwera …")."""
    code = language.split("-")[0].lower()
    listed = safeyaml.shipped(NOUN_CAPITALS) or {}
    return not has_file(code) and code not in {str(c) for c in listed.get("languages") or []}


@cache
def language_names(language: str) -> frozenset[str]:
    """The one-word names CLDR gives languages in the language, in lower case ("malagasy", "shona"): a people's or a
    language's name, which a text writes alone as often as a surname."""
    locale = cldr_locale(language.split("-")[0].lower())
    return frozenset(name.lower() for name in (locale.languages.values() if locale else ()) if name.isalpha())


@cache
def common_acronyms(language: str) -> frozenset[str]:
    """The acronyms that stand for common nouns in a language with no data file ("KTT", a summit, in Indonesian): the
    news writes them in capitals, and they name no one (`data/common_acronyms.yaml`; a data file lists its own)."""
    return frozenset(_language_list(COMMON_ACRONYMS, language))


@cache
def honorifics(language: str) -> tuple[str, ...]:
    """The words for Mr, Mrs or Dr a language with no data file writes before a person's name ("លោក", "นาย"), whose
    script has no capitals (`data/honorifics.yaml`)."""
    return _language_list(HONORIFICS, language)


@cache
def native_titles(language: str) -> tuple[str, ...]:
    """The titles of office a language with no data file writes before a person's name ("ประธานาธิบดี", President),
    whose script has no capitals (`data/native_titles.yaml`)."""
    return _language_list(NATIVE_TITLES, language)


def _language_list(path: Path, language: str) -> tuple[str, ...]:
    """The words a data file of lists by language code gives the language, none where it lists none."""
    listed = safeyaml.shipped(path) or {}
    return tuple(str(a) for a in listed.get(language.split("-")[0].lower()) or [])


@cache
def body_nouns(language: str) -> frozenset[str]:
    """The words opening three or more of the knowledge's names of states and organisations in a language, folded
    and without the Arabic article ("مجموعة", "منظمة", "جمهورية"): its nouns for kinds of bodies, which alone, as
    in "the group's presidency" ("رئاسة المجموعة"), refer to a body by its kind and name none."""
    counts: Counter[str] = Counter()
    for names in names_in(language).values():
        counts.update({normalise(n.split()[0]).removeprefix("ال") for n in names if " " in n})
    return frozenset(word for word, n in counts.items() if n >= BODY_NOUN_NAMES)


@cache
def _shared(key: str, lower: bool = False) -> tuple[str, ...]:
    """The words of `key` that three or more of the covered languages list alike: words of names across languages
    (the particles "van", "de"; the head-words of a company named by its state, "Airlines", "Airways")."""
    counts = Counter(
        str(word).lower() if lower else str(word)
        for path in sorted(DATA.glob("*.yaml"))
        for word in set(safeyaml.shipped(path).get(key) or [])
    )
    return tuple(sorted(word for word, n in counts.items() if n >= SHARED_PARTICLES))
