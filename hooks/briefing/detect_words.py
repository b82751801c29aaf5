"""The words detection reads by, per language (`data/detect/<language>.yaml`, `Words`), the phrase
lists it finds them with (`Phrases`), what it finds (`Detected`), and the helpers every script's rules share: given
names, a state's span, a person's and a body's name as written.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from anyascii import anyascii

from . import generic_words
from .knowledge import (
    LANGUAGE_FILES,
    adjectives_in,
    canonical_name,
    cldr_locale,
    common_given_names,
    compound_given_name,
    given_names,
    language_file,
    names_in,
    place_names,
    state_codes,
)
from .prefilter import Needs, comparable, may_match, needed
from .registry import inside_sentence_at, normalise
from .scripts import CYRILLIC

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# an acronym in parentheses after a body's name: Turkish "(YAŞ)", "(МВС)"; with a hyphened second part, as Brazil
# writes a state's court or prosecutors after their state's initials ("(TJ-RJ)", "(MP-SP)") and Portugal a party
# of two names ("(CDS-PP)")
ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÇĞİÖŞÜА-ЯЁІЇЄҐ][A-ZÇĞİÖŞÜА-ЯЁІЇЄҐa-z&]{1,7}(?:-[A-ZÇĞİÖŞÜА-ЯЁІЇЄҐ]{1,4})?)\s*\)")
AND_WORDS = frozenset({"and", "&", "et", "y", "und", "e", "ve"})
POSSESSIVE = re.compile(r"['’]s$")
APOSTROPHE_ENDING = re.compile(r"['’][^\W\d_]+$")
ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3][\u0621-\u065f\u0670-\u06d3\u0640]*")


@dataclass(frozen=True)
class Detected:
    """One mention of an actor no registry lists: its name (canonical where the text allows it), kind,
    the span in the text it was read from and, for organisations, the acronym the text defines."""

    name: str
    kind: str  # "person" | "organisation"
    start: int
    end: int
    surface: str
    acronym: str | None = None
    role: tuple[int, int] | None = None  # Arabic: a person's title and what completes it ("رئيس أذربيجان")
    key: str | None = None  # the name that identifies it when `name` keeps the text's words ("Chinese Coast Guard")


class Phrases:
    """Phrases of normalised words, found at a position by their first (or last) word: a text's every word
    is tried, so a scan of every phrase for each would cost most of the extraction."""

    def __init__(self, values: list[Any], word: re.Pattern[str] = WORD) -> None:
        values = _with_apostrophes(values)
        found = {tuple(normalise(w) for w in word.findall(str(v))) for v in values}
        phrases = sorted((p for p in found if p), key=lambda p: (-len(p), p))  # longest first, in a fixed order
        lower = {tuple(normalise(w) for w in word.findall(str(v))) for v in values if str(v)[:1].islower()}
        # written only with a capital in the data ("Major", "President"): "major events" is no title
        self.capitalised = {p for p in phrases if p not in lower}
        self.by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        self.by_last: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for phrase in phrases:
            self.by_first[phrase[0]].append(phrase)
            self.by_last[phrase[-1]].append(phrase)

    def starts(self, tokens: list[str], i: int, raw: list[str] | None = None) -> int:
        """Length of the longest phrase that starts at token i (0 when none does); with the words as written,
        a phrase the data capitalises must be capitalised in the text too."""
        for phrase in self.by_first.get(tokens[i], ()) if i < len(tokens) else ():
            if tuple(tokens[i : i + len(phrase)]) == phrase and (raw is None or self._cased(phrase, raw[i])):
                return len(phrase)
        return 0

    def ends(self, tokens: list[str], end: int, raw: list[str] | None = None) -> int:
        """Length of the longest phrase that ends just before token `end`."""
        for phrase in self.by_last.get(tokens[end - 1], ()) if end > 0 else ():
            n = len(phrase)
            if end >= n and tuple(tokens[end - n : end]) == phrase and (raw is None or self._cased(phrase, raw[end - n])):
                return n
        return 0

    def _cased(self, phrase: tuple[str, ...], word: str) -> bool:
        return phrase not in self.capitalised or word[:1].isupper()

    def starts_any(self, stems: list[set[str]], i: int) -> int:
        """As `starts`, trying the first word without its clitics ("وقال الرئيس", "لوزارة"): the longest."""
        if self.by_first.keys().isdisjoint(stems[i]):
            return 0  # most words start no phrase: one test of the word's forms, no list made
        lengths = [
            len(phrase)
            for first in stems[i]
            for phrase in self.by_first.get(first, ())
            if i + len(phrase) <= len(stems) and all(phrase[m] in stems[i + m] for m in range(1, len(phrase)))
        ]
        return max(lengths, default=0)


def _with_apostrophes(values: list[Any]) -> list[str]:
    """Each phrase also with the typographic apostrophes texts write for "'" ("прем’єр-міністр", "d’État")."""
    return [form for v in map(str, values) for form in dict.fromkeys([v, v.replace("'", "’"), v.replace("'", "ʼ")])]


@dataclass(frozen=True)
class Words:
    titles: Phrases
    dotted_titles: frozenset[str]  # titles' last words the data writes with their full stop ("M.", "Mr.", "Gen.")
    particles: frozenset[str]
    heads: Phrases
    connectors: frozenset[str]
    speech: frozenset[str]
    stop: frozenset[str]
    ministries: dict[tuple[str, ...], str]  # a ministry's field -> its English name
    fields: Phrases  # the same fields, to find them in a text
    org_names: dict[tuple[str, ...], str]  # a body's head-words -> its English name ("garde-côtes" -> "Coast Guard")
    vessels: frozenset[str]  # words before a ship's name ("the cargo ship Mehmet Bey" names no person)
    lone_names: bool  # a single capitalised word before a (singular) verb of speech is a surname
    speech_forms: frozenset[str]  # the verbs of speech exactly as listed: "заявил", not "заявили"
    places: frozenset[str]  # prepositions of place: the name after one is a place ("em Istambul")
    article_titles: bool  # Arabic: a title before a name is definite ("الزعيم") or completed; "زعيم خليجي" is a noun
    head_final: bool  # a body's name ends with its head-word ("Coast Guard"): "Air Force One" is no body
    final_heads: frozenset[str]  # head-words that end a body's name in any language: English ones ("Lehman Brothers")
    name_characters: frozenset[str]  # Chinese: the characters foreign names are transliterated with
    name_joiners: frozenset[str]  # Chinese: the characters that join two names a title holds ("与")
    regnal_name: re.Pattern[str] | None  # Chinese: a name, an ordinal and 世 ("本笃十六世"): a pope's or monarch's name
    credited_name: re.Pattern[str] | None  # Chinese: a reporter's name in a dateline's credit ("（记者刘恺）")
    abbreviations: dict[str, str]  # Chinese: a state's one-character short form before a body ("俄外交部") -> its name
    apostrophe_endings: bool  # Turkish: a case ending after an apostrophe is no part of a name ("Putin’in")
    # a known given name then a word in capitals is a person without a title ("da Giulia BERNARDINI"); not in English,
    # which writes surnames in capitals in no running text, only teams and shouted words ("Orlando MAGIC")
    untitled_capital_surnames: bool
    not_lone_endings: tuple[str, ...]  # nouns' case endings: such a word alone before a verb is no surname
    adjective_endings: tuple[str, ...]  # adjectives' case endings: a word with one opens no person's name
    geographic: frozenset[str]  # words of places' names ("Sea", "Sud", "Sierra"): no person's name holds one
    ministry_heads: tuple[tuple[str, ...], ...]  # "Ministry", "МИД": a ministry's field names no "Foreign Affairs Council"
    noun_capitals: bool  # German: every noun is capitalised, so a run of capitals may open with a noun before a name
    word: re.Pattern[str]  # a word of the text, an elided one a word of its own where words elide (`_eliding_word`)
    elided_before_names: re.Pattern[str] | None  # French, Italian: an elided article glued to a name ("L'Agenzia")
    state_name_surnames: bool  # a state's name after a common given name is a surname ("Stéphane Israël")
    given_name_opens_sentences: bool  # and so at a sentence's opening too ("Luís Montenegro espera…")
    org_adjectives: frozenset[str]  # adjectives that make a lower-case head-word an institution ("constitutionnelle")
    org_complements: Phrases  # words that may close such a name ("de transition")
    adjective_first: bool  # Russian, Ukrainian: a body's name opens with its adjective, the only capitalised word
    lower_complements: bool  # French: a body's name capitalises its first word, its complement's nouns are lower-case
    names_after_head: frozenset[str]  # French: head-words whose name follows in apposition ("le parti Baas")
    title_connectors: frozenset[str]  # French: words joining a title to its field only there ("secrétaire à la Défense")
    complement_endings: tuple[str, ...]  # Russian, Ukrainian: genitive words after a head-word complete its name
    verb_endings: tuple[str, ...]  # and a verb's ending ends it ("Служба безопасности заявила")
    place_suffixes: tuple[str, ...]  # Chinese: what follows a place's name ("地区"), not a person's
    stop_written: frozenset[str]  # Arabic: the stop words as spelled ("على"), apart from a name folded alike ("علي")
    title_adjectives: frozenset[str]  # Arabic: words of a title's complement the stop list holds ("السابق")
    kin: frozenset[str]  # "daughter", "wife": one name after one is a person
    state_complements: frozenset[str]  # Arabic: nouns that complete a title before a state's name ("وزير خارجية …")
    naming_verbs: frozenset[str]  # Arabic: "is called" ("يدعى"), a title with no article a name follows
    title_places: frozenset[str]  # Arabic: a state's word and its name complete a title ("حاكم ولاية يوتا")
    full_name_titles: Phrases  # English: titles written lower-case only before a full name ("the prime minister X Y")
    ages: Phrases  # a person's age before the name ("19-year-old", "19-летний"): a title only right before it
    title_endings: tuple[str, ...]  # German: a word ending with one is a title ("Parlamentspräsident")
    compound_heads: tuple[str, ...]  # German: a word ending with one is a body ("Bundeskriminalamt")
    compound_search: re.Pattern[str] | None  # any word ending so: a text with none skips `compound_bodies`
    media_words: frozenset[str]  # words for a newspaper, channel or agency ("Nachrichtenagentur"): no body alone
    report_openers: re.Pattern[str] | None  # Persian: "به گزارش", "according to": the outlet's name follows
    report_skip: frozenset[str]  # words between such an opener and the outlet's name ("خبرنگار", a reporter)
    adjective_heads: frozenset[str]  # head-words that are also adjectives ("military base"): a body only before a verb
    body_verbs: frozenset[str]  # verbs after a body's name besides those of speech ("has", "is")
    acting_verbs: frozenset[str]  # what a body does ("released"): after "the" and an acronym, a body's acronym
    given: frozenset[str]  # Arabic, Persian: common given names that are no other word ("محمد", "إبراهيم")
    media: re.Pattern[str] | None  # a word for a newspaper, channel or agency, then the outlet's name ("the channel CNN")
    bodies_alone: dict[str, str]  # a state's body named by its capitalised head-word alone ("le Parlement") -> English
    armies_alone: dict[str, str]  # a state's army named by its lower-case word alone ("l'armée") -> English
    described: re.Pattern[str] | None  # Chinese: what a body does, then an agency's suffix ("灾害应急管理局")
    state_first: Phrases  # head-words of bodies named by their state's name and the head-word ("Malaysia Airlines")
    state_last: re.Pattern[str] | None  # head-words of companies named by the head-word, then the state's name ("Air France")
    named_places: frozenset[str]  # words that make a person's name beside them a place's ("Nelson Mandela Square")
    saints: frozenset[str]  # "San", "Saint": before a given name, a place's or a saint's name ("San Juan"), no person's
    common_bodies: frozenset[tuple[str, ...]]  # Arabic: a head-word's phrases that name no body ("قوات الأمن")
    following_particles: frozenset[str]  # particles only after another particle ("von der Leyen"), else articles
    indefinite: frozenset[str]  # German: indefinite articles, before a body's word that names none ("ein Strafgericht")
    articles: frozenset[str]  # German: definite and indefinite articles, before a noun and no name ("den Tod")
    apposed_titles: Phrases  # Persian: titles that name a person only after the name and a comma ("…، رئیس …")
    counted: frozenset[str]  # Persian: "one", "several" before a head-word: a body of a kind, unnamed
    named_heads: frozenset[str]  # Persian: head-words whose body's name follows in words with no article ("سازمان …")
    patronymics: frozenset[str]  # Arabic, Persian: "son of", "daughter of" joining two names ("أسامة بن لادن")
    kunyas: frozenset[str]  # Arabic, Persian: "father of" opening a name ("أبو بكر البغدادي")
    honorifics: Phrases  # Arabic, Persian: "Mr.", "Mrs.": one word after one is a name ("آقای کارلسون گفت")
    # a pope's or monarch's title: Arabic names one by one name ("البابا فرنسيس") or more ("الملك عبد الله"); Turkish
    # writes the ordinal between it and the name ("Papa 16. Benediktus")
    regnal_titles: Phrases
    kinds: re.Pattern[str] | None  # a word for a company or firm, then its name ("the airline Germanwings")
    adjectives_follow: bool  # French, Spanish, Italian, Portuguese: an adjective stands after its noun
    latin_names: bool  # Cyrillic text: a name left in Latin letters is a company's, brand's or outlet's ("Boeing")
    # a language whose own script has no capitals (Khmer, Thai, Amharic): a capitalised run is another script's name
    foreign_capitals: bool
    acronyms_alone: bool  # Russian, Ukrainian: an acronym in capitals no registry knows is a body's ("ФСБ")
    common_acronyms: frozenset[str]  # and those that stand for common nouns ("СМИ", media), which name none
    acronym_articles: frozenset[str]  # an acronym or a CamelCase name after one of these is a body's ("la NBA", "l'FBI")
    plural_endings: tuple[str, ...]  # Persian: a word with a plural ending is a common noun ("کاتولیک‌های")
    given_alone: bool  # a person's given name alone after the full name is that person ("Kobe" after "Kobe Bryant")
    parties_after_names: (
        bool  # a name in parentheses after a person's is the person's party ("Javier Milei (La Libertad Avanza)")
    )
    companies: frozenset[str]  # Arabic, Persian: the same words for a company ("شركة"), before a quoted name
    kinds_after: re.Pattern[str] | None  # Turkish: a name, then a word for its kind ("Skyvale şirketine")
    aircraft: re.Pattern[str] | None  # Arabic (`aircraft_words`): a word for an aircraft, its maker's name, the model's number
    # Turkish: a state's body is one compound of the state's name and the possessed head-word ("Ukrayna ordusu"), whose
    # case ending follows the whole name ("Ukrayna ordusunun"): the name is read from the state's
    state_compounds: bool
    # Turkish: verbs of speech that close a sentence whose subject opens it, set off by a comma ("Ryan, … belirtti")
    subject_verbs: frozenset[str]
    not_subject_endings: tuple[str, ...]  # and endings of the nouns that open such a sentence (the plural "Yetkililer")
    model_makers: str  # "yes": a model's maker before its code ("Boeing 737"); "coded": only before letters ("A320")
    relatives: frozenset[str]  # relative pronouns for people alone ("who", "quien"): a name a comma and one follow is a person's
    language: str
    # French: forms of address written in full ("Madame", "Monsieur"), capitalised: titles only before a full name, as
    # one word after them is also a magazine's, film's, brand's or role's name ("Madame Figaro", "Monsieur Propre")
    address_forms: frozenset[str] = frozenset()
    # French, Spanish, Italian, Portuguese: prepositions read as no name's word where they open a sentence only,
    # as some are names inside one ("Contre Toulouse FC", but "Kevin Durant", "Ante Rebić")
    opening_prepositions: frozenset[str] = frozenset()
    # a name's particle that is also the language's "and" (Hausa "da"): it joins two names before a full name
    and_particles: frozenset[str] = frozenset()
    # head-words that open a body's name only capitalised: Portuguese "departamento" is also a region ("o departamento
    # de Antioquia"), Occitan and Catalan "partit" also a verb's participle ("es partit de Tolosa", he left Toulouse)
    capitalised_heads: frozenset[str] = frozenset()
    # a body's name opens with its head-word (`data/detection_words.yaml`): what a run holds before "of" and the
    # head-word belongs to the body ("Sede da Xunta", its seat; "Biblioteca da Universidade", its library)
    heads_open: bool = False
    # what tells a title's one word from a name opening with a title's word, and two bodies apart, for a language of
    # `data/detection_words.yaml`: its names' endings ("-weg"), its articles written after the noun (Haitian "la"),
    # whether it writes titles in lower case, its verbs' participles that are head-words too ("Partit"), and its
    # words for "and" (the shared ones, CLDR's list pattern's, the file's)
    name_endings: frozenset[str] = frozenset()
    determiners_after: frozenset[str] = frozenset()
    lower_case_titles: bool = False
    participles: frozenset[str] = frozenset()
    and_words: frozenset[str] = AND_WORDS


@cache
def _elided_in_any(key: str) -> tuple[str, ...]:
    """The elided words (`key`: elided_words or elided_before_names) of every language whose data lists them: a text
    in one such language quotes the names of another ("le siège dell'Agenzia Spaziale Italiana", "l'accordo
    qu'Amnesty…"), so each reads them all."""
    found = (language_file(path.stem) or {} for path in sorted(LANGUAGE_FILES.glob("*.yaml")))
    return tuple(sorted({str(w) for data in found for w in data.get(key) or []}))


@cache
def _eliding_word(elided: tuple[str, ...]) -> re.Pattern[str]:
    """A word of a text in a language whose words elide before a vowel (French, Italian: its data's `elided_words`):
    an elided word is a word of its own ("l'armée", "dell'Unione"), so the head-word after it is read; only there,
    as the alternative costs the other languages' texts 2 % of detection. Any case ("L'Agence", "DELL'UNIONE")."""
    first = "".join(sorted({w[0] for w in elided}))
    alternatives = "|".join(re.escape(w) for w in sorted(elided, key=lambda w: (-len(w), w)))
    # a capital "D'" glued to a capital after a word is a surname's particle ("Massimo D'Alema", "Luigi D'Angelo"),
    # no elided "di" or "de", written in lower case inside a sentence ("d'Italia"): the surname is one word; where a
    # sentence or clause opens, the capital is the sentence's ("D'Emmanuel Macron à Olaf Scholz"): the elided "de"
    # the negation "n'" elides before a verb, in lower case: a capital "N'" glued to a capital, then lower case, is
    # a name's first letters (West Africa's "N'Guessan", "N'Golo"), one word wherever it stands
    return re.compile(
        rf"(?!(?<=[^\W\d_] )D['’][A-Z\u00c0-\u00de])(?!N['’][A-Z\u00c0-\u00de][a-z\u00df-\u00ff])"
        rf"(?i:\b(?=[{first}])(?:{alternatives})['’](?=[^\W\d_]))|{WORD.pattern}"
    )


def _elided_opening(elided: tuple[str, ...]) -> re.Pattern[str] | None:
    """An elided article of the data's `elided_before_names`, as written inside a sentence or capitalised where one
    opens, then a letter: "l'", "L'", "dell'", "Dell'"."""
    if not elided:
        return None
    forms = sorted({str(w) for w in elided}, key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in forms) + r")['’](?=[^\W\d_])")


@cache
def words(language: str) -> Words | None:
    """The detection words of a language: its data file's, else the few locale data gives any language
    (`generic_words`), or None when it gives none."""
    data = language_file(language.split("-")[0].lower())
    data = generic_words.detection_data(language) if data is None else data
    if data is None:
        return None
    word = _eliding_word(_elided_in_any("elided_words")) if data.get("elided_words") else WORD
    full_name_titles = [*(data.get("titles_before_full_names") or []), *(data.get("age_words") or [])]
    state_first = data.get("state_first_heads") or []
    heads = [*(data.get("org_heads") or []), *(data.get("final_heads") or [])]  # English ones too: "Lehman Brothers"
    # the nouns of compound verbs stop a name as its other stop words do, but end a body's name without being a verb
    # whose noun is the word before them (`_persian_body_end`)
    stop = [*(data.get("stop") or []), *(data.get("compound_verb_nouns") or [])]
    return Words(
        titles=Phrases([*(data.get("titles") or []), *full_name_titles], word),
        dotted_titles=frozenset(normalise(word.findall(str(t))[-1]) for t in data.get("titles") or [] if str(t).endswith(".")),
        particles=frozenset(normalise(w) for w in _apostrophes(data.get("particles") or [])),
        heads=Phrases(_with_endings([*heads, *state_first], data.get("head_endings") or []), word),
        final_heads=frozenset(normalise(str(h)) for h in data.get("final_heads") or []),
        connectors=frozenset(normalise(w) for w in _apostrophes(data.get("connectors") or [])),
        speech=frozenset(normalise(w.split()[-1]) for w in data.get("speech_verbs") or []),
        stop=frozenset(normalise(w) for w in stop),
        ministries={tuple(normalise(w) for w in word.findall(k)): v for k, v in (data.get("ministries") or {}).items()},
        fields=Phrases(list(data.get("ministries") or {}), word),
        org_names={
            tuple(normalise(w) for w in word.findall(k)): v
            for name, v in (data.get("org_names") or {}).items()
            for k in _with_endings([name], data.get("head_endings") or [])
        },
        vessels=frozenset(normalise(str(w)) for w in data.get("vessel_words") or []),
        lone_names=data.get("lone_names") == "yes",
        speech_forms=frozenset(w.split()[-1].lower() for w in data.get("speech_verbs") or []),
        places=frozenset(normalise(str(w)) for w in data.get("place_prepositions") or []),
        article_titles=data.get("article_titles") == "yes",
        head_final=data.get("head_final") == "yes",
        name_characters=frozenset(str(data.get("name_characters") or "")),
        name_joiners=frozenset(str(data.get("name_joiners") or "")),
        regnal_name=re.compile(str(data["regnal_names"])) if data.get("regnal_names") else None,
        credited_name=re.compile(str(data["credited_names"])) if data.get("credited_names") else None,
        abbreviations={str(k): str(v) for k, v in (data.get("state_abbreviations") or {}).items()},
        apostrophe_endings=data.get("apostrophe_endings") == "yes",
        untitled_capital_surnames=data.get("untitled_capital_surnames") != "no",
        not_lone_endings=tuple(str(e) for e in data.get("not_lone_endings") or []),
        adjective_endings=tuple(str(e) for e in data.get("adjective_endings") or []),
        geographic=frozenset(normalise(str(g)) for g in [*(data.get("place_words") or []), *(data.get("geographic") or [])]),
        ministry_heads=tuple(tuple(normalise(t) for t in word.findall(str(h))) for h in data.get("ministry_heads") or []),
        noun_capitals=data.get("noun_capitals") == "yes",
        word=word,
        elided_before_names=_elided_opening(_elided_in_any("elided_before_names")) if data.get("elided_before_names") else None,
        state_name_surnames=data.get("state_name_surnames") == "yes",
        given_name_opens_sentences=data.get("given_name_opens_sentences") == "yes",
        org_adjectives=frozenset(normalise(str(a)) for a in data.get("org_adjectives") or []),
        org_complements=Phrases(data.get("org_complements") or [], word),
        adjective_first=data.get("adjective_first") == "yes",
        lower_complements=data.get("lower_complements") == "yes",
        names_after_head=frozenset(normalise(str(e)) for e in data.get("names_after_head") or []),
        title_connectors=frozenset(normalise(str(e)) for e in data.get("title_connectors") or []),
        complement_endings=tuple(str(e) for e in data.get("complement_endings") or []),
        verb_endings=tuple(str(e) for e in data.get("verb_endings") or []),
        place_suffixes=tuple(str(x) for x in data.get("place_suffixes") or []),
        stop_written=frozenset(str(w) for w in stop),
        title_adjectives=frozenset(normalise(str(w)) for w in data.get("title_adjectives") or []),
        kin=frozenset(normalise(str(w)) for w in data.get("kin") or []),
        state_complements=frozenset(normalise(str(w)) for w in data.get("state_complements") or []),
        naming_verbs=frozenset(normalise(str(w)) for w in data.get("naming_verbs") or []),
        title_places=frozenset(normalise(str(w)) for w in data.get("title_places") or []),
        full_name_titles=Phrases(full_name_titles, word),
        address_forms=frozenset(normalise(str(t)) for t in data.get("address_forms") or []),
        opening_prepositions=frozenset(normalise(str(t)) for t in data.get("opening_prepositions") or []),
        and_particles=frozenset(normalise(str(t)) for t in data.get("and_particles") or []),
        capitalised_heads=frozenset(normalise(str(h)) for h in data.get("capitalised_heads") or []),
        heads_open=data.get("heads_open") == "yes",
        name_endings=frozenset(normalise(str(e)) for e in data.get("name_endings") or []),
        determiners_after=frozenset(str(d) for d in data.get("determiners_after") or []),
        lower_case_titles=data.get("lower_case_titles") == "yes",
        participles=frozenset(str(p) for p in data.get("participles") or []),
        and_words=_and_words(language),
        ages=Phrases(data.get("age_words") or [], word),
        title_endings=tuple(normalise(str(e)) for e in data.get("title_endings") or []),
        compound_heads=tuple(normalise(str(e)) for e in data.get("compound_heads") or []),
        compound_search=_endings_pattern(data.get("compound_heads") or []),
        media_words=frozenset(normalise(str(e)) for e in data.get("media_words") or []),
        report_openers=_openers(data.get("report_openers") or []),
        report_skip=frozenset(normalise(str(e)) for e in data.get("report_skip") or []),
        adjective_heads=frozenset(normalise(str(e)) for e in data.get("adjective_heads") or []),
        body_verbs=frozenset(normalise(str(e)) for e in data.get("body_verbs") or []),
        acting_verbs=frozenset(normalise(str(e)) for e in data.get("acting_verbs") or []),
        given=frozenset(normalise(str(g)) for g in data.get("given_names") or []),
        # a party's or movement's quoted name, as after a verb of reporting: only a quoted or Latin name follows
        media=_media_pattern(
            data.get("media_words") or [],
            [*(data.get("media_verbs") or []), *(data.get("quoted_name_words") or [])],
            data.get("adjectives_follow") == "yes",
        ),
        # by the word as written and by its folded form, which a case ending leaves the same ("Конгресса")
        bodies_alone={key: str(v) for k, v in (data.get("bodies_alone") or {}).items() for key in (str(k), normalise(str(k)))},
        armies_alone={normalise(str(k)): str(v) for k, v in (data.get("armies_alone") or {}).items()},
        described=_described_pattern(data.get("agency_suffixes") or [], data.get("phrase_breaks") or []),
        state_first=Phrases(_with_endings(state_first, data.get("head_endings") or []), word),
        state_last=_state_last_pattern(data.get("state_last_heads") or []),
        named_places=frozenset(normalise(str(e)) for e in data.get("named_places") or []),
        saints=frozenset(normalise(str(e)) for e in data.get("saints") or []),
        apposed_titles=Phrases(data.get("apposed_titles") or [], word),
        honorifics=Phrases(data.get("honorifics") or [], word),
        regnal_titles=Phrases(data.get("regnal_titles") or [], word),
        patronymics=frozenset(normalise(str(e)) for e in data.get("patronymics") or []),
        kunyas=frozenset(normalise(str(e)) for e in data.get("kunyas") or []),
        named_heads=frozenset(normalise(str(e)) for e in data.get("named_heads") or []),
        counted=frozenset(normalise(str(e)) for e in data.get("counted") or []),
        indefinite=frozenset(normalise(str(e)) for e in data.get("indefinite_articles") or []),
        articles=frozenset(
            normalise(str(e)) for e in [*(data.get("definite_articles") or []), *(data.get("indefinite_articles") or [])]
        ),
        following_particles=frozenset(normalise(str(e)) for e in data.get("following_particles") or []),
        common_bodies=frozenset(tuple(normalise(x) for x in str(e).split()) for e in data.get("common_bodies") or []),
        kinds=_kind_pattern(data),
        adjectives_follow=data.get("adjectives_follow") == "yes",
        latin_names=data.get("latin_names") == "yes",
        foreign_capitals=data.get("foreign_capitals") == "yes",
        acronyms_alone=data.get("acronyms_alone") == "yes",
        common_acronyms=frozenset(str(e) for e in data.get("common_acronyms") or []),
        acronym_articles=frozenset(normalise(str(e)) for e in data.get("acronym_articles") or []),
        given_alone=data.get("given_alone") == "yes",
        plural_endings=tuple(normalise(str(e)) for e in data.get("plural_endings") or []),
        parties_after_names=data.get("parties_after_names") == "yes",
        companies=frozenset(normalise(str(e)) for e in data.get("company_words") or []),
        kinds_after=_kind_after_pattern(data.get("company_words_after") or [], data.get("reports_after") or []),
        aircraft=_aircraft_pattern(data.get("aircraft_words") or []),
        state_compounds=data.get("state_compounds") == "yes",
        subject_verbs=frozenset(str(v) for v in data.get("subject_verbs") or []),
        not_subject_endings=tuple(str(e) for e in data.get("not_subject_endings") or []),
        model_makers=str(data.get("model_makers") or ""),
        relatives=frozenset(normalise(str(e)) for e in data.get("person_relatives") or []),
        language=language.split("-")[0].lower(),
    )


MEDIA_NAME = (
    r"(?:[«\"“„](?P<quoted>[^»\"”“\n]{2,60})[»\"”“]"
    r"|(?P<name>{capital}[\w&’'.-]*(?:\s+(?:[A-ZА-ЯЁІЇЄҐ][\w&’'.-]*|\d+)){0,3}))"
)


def _described_pattern(suffixes: list[Any], breaks: list[Any]) -> re.Pattern[str] | None:
    """Two to eight characters that are no break, then an agency's suffix (see `_described_bodies`)."""
    if not suffixes:
        return None
    other = "".join(re.escape(str(b)) for b in breaks)
    # "局势", "局面": the suffix's character opening another word is no suffix
    return re.compile(rf"(?:(?![{other}])[\u4e00-\u9fff]){{2,8}}?(?:{phrase_alternation(suffixes)})(?![势勢面部限])")


def _apostrophes(listed: list[Any]) -> list[str]:
    """The words as listed and with the typographic apostrophe most texts print: "l'" and "l’"."""
    return [*map(str, listed), *(str(w).replace("'", "’") for w in listed if "'" in str(w))]


def phrase_alternation(phrases: list[Any]) -> str:
    """Phrases as a regex alternation, the longest first."""
    return "|".join(sorted(map(re.escape, map(str, phrases)), key=len, reverse=True))


def _endings_pattern(endings: list[Any]) -> re.Pattern[str] | None:
    """A word ending with one of `endings`: one search tells a text that holds none."""
    if not endings:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, endings))})\b", re.IGNORECASE)


def _openers(phrases: list[Any]) -> re.Pattern[str] | None:
    """The phrases that open a credit ("به گزارش"), each word apart by spaces or a zero-width non-joiner."""
    if not phrases:
        return None
    words = [r"[\s\u200c]+".join(re.escape(word) for word in str(p).split()) for p in phrases]
    return re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?:[\s\u200c]+|(?=[«\"“]))")  # "به گزارش«…»": glued to its quote


def _media_pattern(media_words: list[Any], media_verbs: list[Any], follow: bool = False) -> re.Pattern[str] | None:
    """A media word and an optional adjective, then the outlet's name: in quotation marks, or capitalised words (a
    number may close it: "Canal 24"); after a verb of reporting ("передает"), only a quoted or a Latin name. Where
    adjectives follow their noun (`follow`), up to four words between: adjectives and the word's complements ("l'agence
    de presse d'État NNA", "le quotidien libanais de langue arabe X"), read by `_kind_complement`."""
    if not media_words and not media_verbs:
        return None
    words, verbs = (phrase_alternation(found) for found in (media_words, media_verbs))
    between = r"(?P<between>(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){1,4}?)??" if follow else r"(?:\s+(?P<between>[^\W\d_]+))??"
    cased = rf"(?<!\w)(?i:{words})(?!\w){between}\s+" + MEDIA_NAME.replace("{capital}", "[A-ZА-ЯЁІЇЄҐ]")
    latin = rf"(?<!\w)(?i:{verbs})(?!\w)\s+" + MEDIA_NAME.replace("{capital}", "[A-Z]").replace("?P<", "?P<v_")
    return re.compile("|".join(p for p, found in ((cased, media_words), (latin, media_verbs)) if found))


def _kind_pattern(data: dict[str, Any]) -> re.Pattern[str] | None:
    """A word for a company, firm or airline, then its name, quoted or capitalised ("the airline Germanwings"): in
    German the word may close a compound ("Finanzkanzlei"); where adjectives follow their noun, one or two
    lower-case words may stand between ("la compañía alemana Germanwings"). Or the airline after a word for a
    flight or an aircraft, or a model's code, and "of the" ("avião da Skyvale", "l'A320 de la Skyvale")."""
    kind_words, flights, possessives = (data.get(k) or [] for k in ("company_words", "flight_words", "operator_connectors"))
    kind_words = _apostrophes([*kind_words, *(data.get("unit_words") or [])])  # "сил «Кудс»": an armed unit's name
    if not kind_words:
        return None
    opening = r"(?<![\w-])[^\W\d_]*-?" if data.get("noun_capitals") == "yes" else r"(?<!\w)"
    # the words between: adjectives, or a complement of the kind ("la compagnie d'électricité Enel", "le cabinet
    # d'avocats panaméen Mossack Fonseca"), an elided preposition glued to its noun
    between = r"(?P<between>(?:\s+[^\W\d_]+(?:['’][^\W\d_]+)?){1,3}?)??" if data.get("adjectives_follow") == "yes" else ""
    kinds = rf"{opening}(?i:{phrase_alternation(kind_words)})(?!\w){between}"
    if flights and possessives:
        of_the = rf"\s+(?i:{phrase_alternation(_apostrophes(possessives))})"
        kinds += rf"|(?<!\w)(?:(?i:{phrase_alternation(flights)})|[A-Z]{{1,2}}\d{{2,4}}(?:-\d+)?)(?!\w){of_the}"
    name = MEDIA_NAME.replace("{capital}", "[A-ZА-ЯЁІЇЄҐ]").replace("|\\d+", "")  # "Germanwings 9525": a flight
    return re.compile(rf"(?:{kinds})\s+{name}")


def _kind_after_pattern(kind_words: list[Any], reports: list[Any] | None = None) -> re.Pattern[str] | None:
    """One to three capitalised words, then a word for a company, newspaper or aircraft with its possessive ending
    ("Skyvale şirketine", "Kurier gazetesine", "Skyvale uçağında"): a head-final language names the kind last. Or
    the words in the genitive, then a word for a news report (`reports_after`: "Rudaw'ın haberine göre", according
    to Rudaw's report): an outlet's name."""
    if not kind_words:
        return None
    name = r"[A-ZÇĞİÖŞÜ][\w&.-]*(?:\s+[A-ZÇĞİÖŞÜ][\w&.-]*){0,2}"
    after = rf"\s+(?:{phrase_alternation(kind_words)})"
    if reports:
        after += rf"|['’]n?[ıiuü]n\s+(?:{phrase_alternation(reports)})"
    return re.compile(rf"(?<![\w'’])(?P<name>{name})(?:{after})(?!\w)")


def _aircraft_pattern(aircraft_words: list[Any]) -> re.Pattern[str] | None:
    """A word for an aircraft, then one or two words (quoted or not) and a number: the maker's name, then the model's
    ("طائرة بوينغ 737", 'طائرة "بوينغ 737 ماكس"'); only Arabic's file lists such words."""
    if not aircraft_words:
        return None
    longest_first = sorted(map(str, aircraft_words), key=len, reverse=True)
    words = "|".join(r"[\s\u200c]+".join(map(re.escape, a.split())) for a in longest_first)
    name = rf"{ARABIC_WORD.pattern}(?:\s+{ARABIC_WORD.pattern})?"
    return re.compile(rf"(?<!\w)(?:{words})[\s\u200c]+[«\"“]?(?P<name>{name})\s+[0-9٠-٩۰-۹]")


def _state_last_pattern(heads: list[Any]) -> re.Pattern[str] | None:
    """A head-word right before a state's name, joined by a space or hyphen: matched backwards from the name."""
    if not heads:
        return None
    return re.compile(rf"(?<![\w-])(?:{phrase_alternation(heads)})[ -]$")


def _with_endings(heads: list[Any], endings: list[Any]) -> list[str]:
    """Head-words and, in Turkish, the same words with a case ending after their vowel ("polisi", "polisine")."""
    found = [str(h) for h in heads]
    return found + [h + str(e) for h in found if h[-1:] in "ıiuü" for e in endings]


def state_nouns(language: str) -> frozenset[str]:
    """Words for a state's government ("government", "autorités", "власти", "الحكومة"): beside a state's
    adjective they name the state ("the Chinese government")."""
    return word_list(language, "state_nouns")


def capital_state_nouns(language: str) -> frozenset[str]:
    """Words for a state that name it beside its adjective only when capitalised ("lo Stato Italiano", "o Estado
    Português"): lower-case, the same word is a verb's form ("è stato russo", "tem estado")."""
    return word_list(language, "state_nouns_capitalised")


def paired_state_words(language: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """Chinese: the states' one-character short forms (`state_abbreviations`) and the words after which two of them
    name both states ("中日两国", China and Japan, the two countries; `paired_state_words`)."""
    w = words(language)
    return (w.abbreviations if w else {}), tuple(sorted(word_list(language, "paired_state_words", normalised=False)))


def envoy_nouns(language: str) -> frozenset[str]:
    """Words for a government's envoy or office posted abroad (`envoy_nouns`: "Botschafter", "Konsul",
    "Vertretung"), also as a compound's last part: before the genitive of a common capital, the capital after is
    where the envoy is ("der Botschafter der Bundesregierung in Moskau"), while after any other word it is the
    government's own seat ("Ein Sprecher der Bundesregierung in Wien", "Laut der Bundesregierung in Wien")."""
    return word_list(language, "envoy_nouns")


def genitive_articles(language: str) -> frozenset[str]:
    """Articles that after a noun make the next noun its complement in the genitive (German "der": "der Botschafter der
    Bundesregierung", the federal government's ambassador; `genitive_articles`)."""
    return word_list(language, "genitive_articles")


def paired_state_not_pairs(language: str) -> frozenset[str]:
    """Chinese: two short forms that write a common word ("美德", virtue), no pair of states (`paired_state_not_pairs`)."""
    return word_list(language, "paired_state_not_pairs", normalised=False)


def place_adjective_endings(language: str) -> frozenset[str]:
    """Endings the language makes an invariable adjective of a place's name with (German "-er": "Schweizer")."""
    return word_list(language, "place_adjective_endings", normalised=False)


def place_prepositions(language: str) -> frozenset[str]:
    """Words after which a state or capital is a place ("in Ukraine", "au Liban", "в Москве")."""
    return word_list(language, "place_prepositions")


# the data's lists of a language's small words: articles, prepositions, joining words, and the words that are
# given names too ("given_name_words": Spanish "Ante", before; "Nada", nothing)
FUNCTION_WORD_KEYS = (
    "particles",
    "connectors",
    "place_prepositions",
    "acronym_articles",
    "feminine_articles",
    "definite_articles",
    "indefinite_articles",
    "given_name_words",
)


@cache
def function_words(language: str) -> frozenset[str]:
    """The words of the language its data lists as articles, prepositions, joining words or given-name words."""
    return frozenset(w for key in FUNCTION_WORD_KEYS for w in word_list(language, key))


def place_words(language: str) -> frozenset[str]:
    """Words of geographic names ("Sea", "mer", "море"): a state's name beside one is part of a place's name."""
    return word_list(language, "place_words")


def common_capitals(language: str) -> frozenset[str]:
    """Names a state's capitals list that are every such state's common noun ("Bundesregierung", the federal
    government): that state only where no other state qualifies them."""
    return word_list(language, "common_capitals")


def city_words(language: str) -> frozenset[str]:
    """Words for a city, its clock, port or mayor ("capital", "ville", "столицу", "hora", "port"): a capital or
    state after one, or a capital before one, is the place ("the capital Damascus", "hora de Moscú", "the port of
    Beirut", "Moscow time", "北京时间")."""
    return word_list(language, "city_words")


def city_abbreviations(language: str) -> tuple[str, ...]:
    """The abbreviations of "city" before a town's name ("м." in "в м. Римі", "г." in "в г. Москве"): a capital
    after one is the city, as after the full word (`city_words`)."""
    return tuple(sorted(word_list(language, "city_abbreviations", normalised=False), key=len, reverse=True))


def clock_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions that put a time of day on a city's clock (`clock_prepositions`: Russian "по" in "в 11:00 по
    Москве") and the words for an hour that make a time of day without figures (`hour_words`: "к четырем часам дня
    по Москве")."""
    return word_list(language, "clock_prepositions"), word_list(language, "hour_words")


@cache
def adjectives_precede(language: str) -> bool:
    """Russian, Ukrainian (`adjective_first`): an adjective stands before its noun, so a state's adjective after a
    word for a government qualifies the next noun ("руководство российских миротворцев"), not the government."""
    w = words(language)
    return bool(w and w.adjective_first)


def capitalised_place_words(language: str) -> frozenset[str]:
    """Capitalised words that make the state's name before them a place's or a clock's ("Vatican Time", "Kuwait
    City"), as written: lower-case, the same words name what the state does ("Israel time and again")."""
    return word_list(language, "capitalised_place_words", normalised=False)


def words_across_names(language: str) -> frozenset[str]:
    """Words of an unspaced language that end inside a state's name ("拉美国家": Latin American states, not 美国;
    "近海地震": an offshore earthquake, not 海地): the name is no state there."""
    return word_list(language, "words_across_names")


def people_words(language: str, key: str = "people_words") -> frozenset[str]:
    """Words of an unspaced language that, right after a state's name, make it the word for its people ("中国人");
    with `key` "not_people_words", the longer words opening with one that do not ("中国人权")."""
    return word_list(language, key)


def geographic_words(language: str) -> frozenset[str]:
    """Compass points and other words of places' names that are no place themselves ("South", "Sul", "Mount")."""
    return word_list(language, "geographic")


def place_skip(language: str) -> frozenset[str]:
    """Articles and "of" between a preposition of place and the name ("para o Haiti", "control of Damascus")."""
    return word_list(language, "place_skip")


@cache
def treaty_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words for a treaty or a charter: a body named right after one (past articles and "of": "la Convention des
    Nations unies", "اتفاقية الأمم المتحدة"), or right before one where the language names it first ("the UN
    Charter"), is a word of the treaty's title, and acts in no sentence; `treaty_words`, `treaty_words_after`."""
    before, after = (word_list(language, key, normalised=False) for key in ("treaty_words", "treaty_words_after"))
    return tuple(sorted(before)), tuple(sorted(after))  # as written: `_preceded_by` normalises them


@cache
def capital_skip(language: str) -> frozenset[str]:
    """The articles a seat of government's name takes, looked past after a preposition of place ("à la Maison
    Blanche"): no state's name, which may take them as an indirect object ("à la Turquie")."""
    return word_list(language, "capital_skip")


def place_endings(language: str) -> re.Pattern[str]:
    """Turkish: the case endings that make a name a place ("Haiti'de", "Şam'dan"); matches nothing elsewhere."""
    endings = sorted(word_list(language, "place_endings"), key=len, reverse=True)
    return re.compile(rf"['’](?:{'|'.join(endings)})\b" if endings else "(?!)")


def language_data(language: str) -> dict[str, Any]:
    """The language's data file (`data/detect/<language>.yaml`, parsed once: `language_file`), empty if it has none."""
    return language_file(language.split("-")[0].lower()) or {}


@cache  # read per title in Chinese text
def word_list(language: str, key: str, normalised: bool = True) -> frozenset[str]:
    data = language_data(language)
    return frozenset(normalise(str(w)) if normalised else str(w) for w in data.get(key) or [])


def flag(language: str, key: str) -> bool:
    """A yes-or-no key of the language's data file."""
    return language_data(language).get(key) == "yes"


WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]$")


_NEEDS: dict[int, tuple[re.Pattern[str], Needs | None]] = {}  # by the pattern's id: hashing one hashes its code


def may_find(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a pattern of a word list may match the text (`prefilter`): such a pattern opens with a lookbehind,
    so `re` tries it at every character, and most paragraphs hold none of its words."""
    held = _NEEDS.get(id(pattern))
    if held is None or held[0] is not pattern:
        held = _NEEDS[id(pattern)] = (pattern, needed(pattern))
    return held[1] is None or may_match(held[1], _comparable(text))


_LAST_COMPARED: list[tuple[str, str | None]] = [("", "")]


def _comparable(text: str) -> str | None:
    """`comparable` of the text, kept for the last text: the rules of one paragraph ask it of the same text."""
    last = _LAST_COMPARED[0]
    if last[0] is not text:
        last = _LAST_COMPARED[0] = (text, comparable(text))
    return last[1]


LATIN_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,5}\b|\b[A-Z]\.(?:[A-Z]\.){1,4}(?!\w)")  # "FBI", "F.B.I."
GENDERED_ENDINGS = ("In", "Innen")  # German's gender-inclusive capital I ("BürgerInnen"), a noun's ending


def surname_stem(surname: str, w: Words) -> str:
    """A surname of the language's common forms without its case ending (`surname_stems`, `surname_case_endings`):
    "Захаровой", "Лаврова" give "Захаров", "Лавров", the stem of the name in every case and gender."""
    stems, endings = word_list(w.language, "surname_stems"), word_list(w.language, "surname_case_endings")
    for ending in sorted(endings, key=len, reverse=True):
        base = surname[: -len(ending)]
        if surname.lower().endswith(ending) and base.lower().endswith(tuple(stems)):
            return base
    return surname


@cache
def peoples(language: str) -> frozenset[str]:
    """The peoples' names a language makes its languages' names from with an ending (`language_endings`: Turkish
    "Kürtçe", "Katalanca"): CLDR's names of languages without it ("Kürt yönetimi": the Kurdish administration)."""
    endings = word_list(language, "language_endings", normalised=False)
    locale = cldr_locale(language) if endings else None
    if locale is None:
        return frozenset()
    names = [name for name in locale.languages.values() if " " not in name]
    return frozenset(normalise(n[: -len(e)]) for n in names for e in endings if n.endswith(e) and len(n) - len(e) >= 3)


def plural_like(norm: str, w: Words) -> bool:
    """The word ends as a plural noun does, also in the genitive ("Husilerin")."""
    return any(norm.endswith(e) or norm[:-2].endswith(e) for e in w.not_subject_endings)


DEFINED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z&]{1,6})\s*\)")  # "(RBB)", "(NHC)": Latin capitals in parentheses


ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]+$")


class Covered:
    """Which characters of a text the registry's names (or found actors) hold."""

    def __init__(self, size: int, spans: list[tuple[int, int]]) -> None:
        self.marks = bytearray(size + 1)
        for a, b in spans:
            self.marks[a:b] = b"\x01" * (b - a)

    def __call__(self, start: int, end: int) -> bool:
        return self.marks.find(1, start, end) >= 0  # no copy of the slice: called for every word

    def whole(self, start: int, end: int) -> bool:
        """Every character from start to end is held."""
        return 0 not in self.marks[start:end]


# The words of the paragraphs whose lone words were read last (`lone_words_in`), by the text's identity: detection
# reads the same paragraphs' words again, one after another, and takes them from here. Only one source's paragraphs
# are kept; the text itself is kept with them, so an identity cannot be taken by another text.
READ_WORDS: dict[int, tuple[str, re.Pattern[str], list[re.Match[str]], list[str]]] = {}


def words_in(pattern: re.Pattern[str], text: str) -> tuple[list[re.Match[str]], list[str]]:
    """The words `pattern` finds in `text`, and each as written: read once for `lone_words_in` and detection."""
    kept = READ_WORDS.get(id(text))
    if kept is not None and kept[0] is text and kept[1] is pattern:
        return kept[2], kept[3]
    matches = list(pattern.finditer(text))
    return matches, [m.group() for m in matches]


def names_first_level(words: tuple[str, ...]) -> bool:
    """The normalised words, or their ASCII spelling, are a first-level subdivision's name (`first_level_names`)."""
    return words in first_level_names() or tuple(anyascii(x) for x in words) in first_level_names()


@cache
def first_level_names() -> frozenset[tuple[str, ...]]:
    """The normalised words of every first-level subdivision's name in ISO 3166-2 (pycountry), one word or more, as
    written locally and without their marks ("Québec", "Quebec", "São Paulo", "Sao Paulo"); a name with another in
    brackets ("Illes Balears [Islas Baleares]") gives both."""
    import pycountry

    names: set[tuple[str, ...]] = set()
    for subdivision in pycountry.subdivisions:
        if subdivision.parent_code is None:
            for name in re.split(r"\s*[\[\]]\s*", subdivision.name):
                words = tuple(normalise(x) for x in WORD.findall(name))
                names |= {words, tuple(anyascii(x) for x in words)} if words else set()
    return frozenset(names)


def institution_end(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, k: int) -> int:
    """Where the adjectives that make the head-word before word k an institution end ("cour constitutionnelle",
    "Corte costituzionale", "conseil présidentiel de transition"), or 0 when none follows."""
    start = k
    while k < len(matches) and norms[k] in w.org_adjectives and adjoins(text, matches, k - 1) and not held[k]:
        k += 1
    if k == start:
        return 0
    complement = w.org_complements.starts(norms, k) if k < len(matches) and adjoins(text, matches, k - 1) else 0
    return k + complement


def state_code_compound(word: re.Match[str], w: Words) -> Detected | None:
    """German compounds a body's head-word (`org_names`) with a state's acronym before a hyphen ("US-Militär",
    "US-Armee", "UK-Marine"): that state's body, named in English ("United States Armed Forces"). Only an acronym
    the state's English or own names hold (`_state_acronyms`: "US", "UK", "VAE"), not any capitals ("KI-Modell")."""
    prefix, hyphen, head = word.group().partition("-")
    if not w.noun_capitals or not hyphen or _counted(word, w):
        return None
    state = _state_acronyms(w.language).get(prefix)
    english = w.org_names.get((normalise(head),))
    if not state or not english:
        return None
    return Detected(f"{state} {english}", "organisation", word.start(), word.end(), word.group())


PREVIOUS_WORD = re.compile(r"(\w+)\W*$")


def _counted(word: re.Match[str], w: Words) -> bool:
    """The word follows an indefinite article or a number ("ein US-Militär", a military man; "zwei US-Soldaten"):
    one of a kind's members, no body."""
    before = PREVIOUS_WORD.search(word.string, max(0, word.start() - 40), word.start())
    return bool(before) and (normalise(before[1]) in w.indefinite or before[1].isdigit())


@cache
def _state_acronyms(language: str) -> dict[str, str]:
    """A state's acronyms of two or three capitals among its English names or the language's ("US", "USA", "UK",
    "VAE") -> its English name."""
    found: dict[str, str] = {}
    for names in (names_in("en"), names_in(language)):
        for code, actor in state_codes().items():
            for name in names.get(actor, []):
                if name.isupper() and name.isalpha() and 2 <= len(name) <= 3:
                    found.setdefault(name, canonical_name(code))
    return found


def before_state(
    text: str,
    matches: list[re.Match[str]],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    states: dict[tuple[int, int], str],
) -> Detected | None:
    """A lower-case body followed by its state's adjective or name: "les garde-côtes chinois", "вооружённые
    силы Армении"; named after the state in English ("China Coast Guard"), as the same body is in every language."""
    head = w.heads.starts(norms, i)
    k = i + head
    if not head or held[i] or k >= len(matches) or not adjoins(text, matches, k - 1):
        return None
    if held[k] and w.fields.starts(norms, i):  # "Минобороны Азербайджана": a ministry
        start, end = matches[i].start(), matches[k - 1].end()
        return Detected(
            organisation_name(text[start:end], norms[i:k], start, end, w, states), "organisation", start, end, text[start:end]
        )
    english = w.org_names.get(tuple(norms[i:k]))
    named = _past_connectors(text, matches, norms, held, w, k)
    state = state_at(matches[named], states) if held[named] else None
    if not state or not english:
        return None
    start, end = matches[i].start(), matches[k - 1].end()
    return Detected(f"{state} {english}", "organisation", start, end, text[start:end])


def _past_connectors(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, k: int) -> int:
    """Word k, or the word after the connectors (not "and") that open there: "the parliament of Turkey", "le
    parlement de la Turquie", "il parlamento della Turchia" name the state's body as "Turkey's parliament" does."""
    j = k
    connectors = w.connectors - AND_WORDS
    while not held[j] and j < len(matches) - 1 and j - k < 2 and norms[j] in connectors and adjoins(text, matches, j):
        j += 1
    # "армия Республики Ирак", "парламент Республики Армения": a word of the state's official name before its name
    return j + 1 if not held[j] and _state_form_before_state(text, matches, norms, held, w, j) else j


def state_at(match: re.Match[str], states: dict[tuple[int, int], str]) -> str | None:
    """The English name of the state whose name or adjective covers this word."""
    span = state_span(match, states)
    return states[span] if span else None


def state_span(match: re.Match[str], states: dict[tuple[int, int], str]) -> tuple[int, int] | None:
    """Where the state's name or adjective that covers this word starts and ends."""
    return next(((a, b) for a, b in states if a < match.end() and match.start() < b), None)


def adjoins(text: str, matches: list[re.Match[str]], k: int) -> bool:
    """Only spaces (or a hyphen) between word k and word k+1, or the full stop of an initial ("Thomas A. Mensah"); a
    hyphen beside a space is a dash that sets words apart ("Benoît XVI -Joseph Ratzinger -")."""
    if k + 1 >= len(matches):
        return False
    written = text[matches[k].end() : matches[k + 1].start()]
    gap = written.strip(" \u00a0-")
    if not gap and "-" in written and written != "-":
        return False
    return not gap or (gap == "." and len(matches[k].group()) == 1 and matches[k].group().isupper())


def run_end(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int) -> int:
    """The end (exclusive) of the run of capitalised words starting at i; particles and connectors may
    stand inside it when a capitalised word follows them."""
    j = i + 1
    # "die US-Armee Soleimani": a state's body compounded with its acronym is a run of its own
    alone = state_code_compound(matches[i], w) is not None
    # "Армия Республики Ирак": a word of the state's official name before it is the state's, no word of the body's
    while (
        not alone
        and j < len(matches)
        and adjoins(text, matches, j - 1)
        and not held[j]
        and _same_script(raw[i], raw[j])
        and not _state_form_before_state(text, matches, norms, held, w, j)
    ):
        if w.apostrophe_endings and APOSTROPHE_ENDING.search(raw[j - 1]):
            break  # a case ending closes the name it follows: "Chauvin'in Afroamerikan George Floyd'u", two phrases
        if j - i >= 2 and POSSESSIVE.search(raw[j - 1]) and is_given(raw[i]):
            break  # "Matteo Salvini's League": a person's full name and their possessive close the name, the body is another
        initial = len(raw[j]) == 1 and text[matches[j].end() : matches[j].end() + 1] == "."  # "Thomas A. Mensah"
        if (raw[j][:1].isupper() or _joined_particle(raw[j], w)) and (
            norms[j] not in w.stop or initial or _stop_surname(raw, norms, w, i, j)
        ):
            j += 1
            continue
        k = j
        while k < len(matches) and (norms[k] in w.particles or norms[k] in w.connectors) and adjoins(text, matches, k - 1):
            k += 1
        # "Cameron den Termin": an article, a name's particle only after another ("von der Leyen")
        if (norms[j] in w.following_particles and raw[j - 1][:1].isupper()) or _articled_body_next(norms, w, j, k):
            break
        if k > j and k < len(matches) and raw[k][:1].isupper() and not held[k] and adjoins(text, matches, k - 1):
            if is_given(raw[i]) and w.heads.starts(norms, k) and not any(w.heads.starts(norms, m) for m in range(i, j)):
                break  # "Donald Trump al Congresso": a person's name goes on into no body's name
            if j - i == 1 and w.heads.starts(norms, i) == 1 and is_given(raw[k]) and full_name_at(text, matches, raw, k):
                break  # "la Ligue de Matteo Salvini": a body named by its head-word alone, then its leader's full name
            j = k + 1
            continue
        break
    return j


def _articled_body_next(norms: list[str], w: Words, j: int, k: int) -> bool:
    """Word j is "and" and an article, then a body's head-word at k: two names, each with its article ("i Carabinieri
    e la Guardia di Finanza"); not after a head-word, whose two bodies the body rules read ("la Fiscalía y la
    Asociación de Vecinos"), nor before a word that is no head-word (a title's fields go on: "Comisario para el
    Desarrollo y la Ayuda Humanitaria")."""
    joined = k == j + 2 and norms[j] in AND_WORDS and norms[j + 1] in w.articles
    return joined and bool(w.heads.starts(norms, k)) and not w.heads.starts(norms, j - 1)


def _state_form_before_state(
    text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, j: int
) -> bool:
    """Word j is a word of a state's official name (`state_forms`: "Республики") right before a state's name the
    registry holds: the two are the state's name, which no body's run reads into."""
    if j + 1 >= len(norms) or not held[j + 1] or not adjoins(text, matches, j):
        return False
    return norms[j] in word_list(w.language, "state_forms")


def _stop_surname(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """Word j, a stop word that is also a common surname of the language ("Guerra", war: `stop_surnames`), right after
    a known given name and last of the capitalised words: the person's surname ("José Guerra"), where elsewhere it
    opens no name ("Guerra Fría") and before another capital goes on into one ("la Seconda Guerra Mondiale")."""
    last = j + 1 >= len(raw) or not raw[j + 1][:1].isupper()
    return j == i + 1 and last and is_given(raw[i]) and norms[j] in word_list(w.language, "stop_surnames")


def _same_script(a: str, b: str) -> bool:
    """Both words are Cyrillic or neither is: a name keeps to one script ("Самолет Malaysia Airlines" is a word, then
    a name), but for a Roman numeral ("Мухаммед VI")."""
    return bool(CYRILLIC.match(a)) == bool(CYRILLIC.match(b)) or bool(ROMAN_NUMERAL.match(b))


def _joined_particle(word: str, w: Words) -> bool:
    """A name's particle joined to a capitalised word by a hyphen ("al-Assad", "el-Sisi", "bin-Laden")."""
    particle, _, rest = word.partition("-")
    return rest[:1].isupper() and normalise(particle) in w.particles


def org_tail(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    k: int,
    state: bool = True,
) -> int:
    """After a head-word: connectors, then a ministry's field or a capitalised run (with `state`, a state's name
    too: "Armed Forces of Azerbaijan", not "the mission of Russia"); the end, or k if none."""
    j = past_tail_connectors(text, matches, raw, norms, w, k)
    if j is None:
        return k
    field = w.fields.starts(norms, j)
    # "ministère des affaires étrangères"; in Latin script, after another head-word only capitalised: "le forze di
    # difesa israeliane" are the army the adjective names, not a body called "forze di difesa" ("силы обороны" is one)
    lower_field = raw[j][:1].islower() and not CYRILLIC.search(raw[j]) if field else False
    if field and adjoins(text, matches, j - 1) and not (lower_field and not _after_ministry(norms, w, k)):
        return j + field
    if title_before_name(raw, norms, w, j):
        return k  # "el gobierno de Sheikh Hasina": a person is named after "of", not the body
    if j > k and j < len(matches) and raw[j][:1].isupper() and norms[j] not in w.stop and adjoins(text, matches, j - 1):
        joined_by_and = any(norms[m] in AND_WORDS for m in range(k, j))
        if held[j] and not joined_by_and and (place_end := listed_place_end(text, matches, held, w, j)):
            return place_end  # "la polizia di Hong Kong": a territory's body
        another = w.heads.starts(norms, j) or w.titles.starts(norms, j, raw)  # "the Parliament and the President"
        # "zwischen Militär und Zivilpolitikern": German capitalises every noun "und" joins to the head-word
        noun_joined = joined_by_and and j == k + 1 and w.noun_capitals
        if (held[j] and (not state or joined_by_and)) or (joined_by_and and another) or noun_joined:
            # "the Coast Guard and the Chinese …", "l'Assemblée nationale et le Conseil constitutionnel": another body
            return k
        if held[j]:  # "Armed Forces of Azerbaijan": the state's name closes the organisation's
            while j + 1 < len(matches) and held[j + 1] and adjoins(text, matches, j):
                j += 1
            return j + 1
        end = run_end(text, matches, raw, norms, held, w, j)
        # "l'agent de police de Minneapolis Derek Chauvin": a given name and a surname after the place close the
        # body's name; they are the person the body's word describes
        if is_given(raw[j]):  # "el gobierno de Recep Tayyip Erdoğan": the person's name is the run's; "la Ligue de
            # Matteo Salvini": a body named by its capitalised head-word alone, then its leader
            return k if raw[k - 1][:1].isupper() and full_name_at(text, matches, raw, j) else end
        return next((m for m in range(j + 1, end - 1) if is_given(raw[m]) and not held[m]), end)
    return k


def past_tail_connectors(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, k: int
) -> int | None:
    """The word after the connectors that follow a head-word at k; None after an article alone ("selon l'armée le QG
    du Hezbollah"): a body's name goes on with a preposition, never with an article."""
    # (a definite one: French "des" is also "of the"; German's genitive takes the article alone, "Partei der Arbeit")
    if not w.noun_capitals and k < len(matches) and norms[k] in w.articles - w.indefinite and raw[k][:1].islower():
        return None
    j = k
    while j < len(matches) and norms[j] in w.connectors and adjoins(text, matches, j - 1):
        j += 1
    return j


def _after_ministry(norms: list[str], w: Words, k: int) -> bool:
    """Word k follows a ministry's head-word in any case ("ministère", "Министерства"), or the language lists none."""
    stems = (h[-1][: max(3, len(h[-1]) - 2)] for h in w.ministry_heads)
    return not w.ministry_heads or (k > 0 and any(norms[k - 1].startswith(stem) for stem in stems))


def listed_place_end(text: str, matches: list[re.Match[str]], held: list[bool], w: Words, j: int) -> int:
    """The end of the place's name the data holds as a place only ("Hong Kong") starting at word j, or 0."""
    end = j + 1
    while end < len(matches) and held[end] and adjoins(text, matches, end - 1):
        end += 1
    return end if normalise(text[matches[j].start() : matches[end - 1].end()]) in _place_names(w.language) else 0


@cache
def _place_names(language: str) -> frozenset[str]:
    return frozenset(normalise(name) for name in place_names(language))


def title_before_name(raw: list[str], norms: list[str], w: Words, j: int) -> bool:
    """A title at word j followed by a capitalised name ("Sheikh Hasina"), not by "of" ("the President of …")."""
    title = w.titles.starts(norms, j, raw) if j < len(norms) else 0
    after = j + title
    return bool(title) and after < len(raw) and raw[after][:1].isupper() and norms[after] not in w.stop | w.connectors


def full_name_at(text: str, matches: list[re.Match[str]], raw: list[str], k: int) -> bool:
    """A given name and a capitalised word after it, at k: a person's full name ("Павло Кириленко"), as a body's
    title of its head stands before its holder's, not the genitive of a place's name."""
    nxt = k + 1
    return nxt < len(matches) and raw[nxt][:1].isupper() and adjoins(text, matches, k) and is_given(raw[k])


def completes_title(norms: list[str], w: Words, i: int) -> bool:
    """The body completes a title before it ("portavoz del Parlamento", "Speaker of Parliament"): a person's office."""
    k = i
    while k > 0 and i - k < 2 and norms[k - 1] in w.connectors:
        k -= 1
    return k < i and bool(w.titles.ends(norms, k))


def _and_words(language: str) -> frozenset[str]:
    """The words for "and" that join two bodies' names: the shared ones and the language's own
    (`generic_words.own_and_words`: Catalan "i", Irish "agus", Welsh "a", "ac"): "El Consell i el Parlament" are two
    bodies."""
    return AND_WORDS | {normalise(w) for w in generic_words.own_and_words(language.split("-")[0].lower())}


def inside_sentence(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """Word i is not a sentence's first word (which is capitalised whatever it is)."""
    return inside_sentence_at(text, matches[i].start())


def compound_title(word: str, norm: str, w: Words) -> bool:
    """A capitalised word that ends with a title ("Parlamentspräsident", "Regierungschef")."""
    return bool(w.title_endings) and word[:1].isupper() and norm.endswith(w.title_endings)


@cache
def state_adjective_words(language: str) -> frozenset[str]:
    """The states' adjectives and demonyms of a language, as `normalise` writes them."""
    return frozenset(normalise(form) for forms in adjectives_in(language).values() for form in forms)


# Greek grammar: a name's genitive and accusative endings, each with the nominative the lists write (a masculine's
# "-ου", "-ο" of "-ος": "του Γιώργου", "τον Γιώργο"; "-η" of "-ης": "του Γιάννη"; "-α" of "-ας": "του Ανδρέα"; a
# feminine's "-ης" of "-η": "της Ελένης")
GREEK_WORD = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]+")
GREEK_CASE_ENDINGS = (("ου", "ος"), ("ο", "ος"), ("η", "ης"), ("α", "ας"), ("ης", "η"))


def _greek_nominatives(word: str) -> list[str]:
    """The nominatives a Greek name in another case may stand for ("Γιώργου": "Γιώργος"), in the lists' Latin letters;
    none for a word of another script or of four letters or fewer."""
    if len(word) <= 4 or not GREEK_WORD.fullmatch(word):
        return []
    lower = word.lower()
    return [anyascii(lower[: -len(ending)] + nominative) for ending, nominative in GREEK_CASE_ENDINGS if lower.endswith(ending)]


def is_given(word: str) -> bool:
    if any(form in given_names() for form in _greek_nominatives(word)):  # "του Γιώργου Φλωρίδη": Giorgos
        return True
    if not CYRILLIC.search(word):
        latin = anyascii(word).lower()
        # West Africa's "N'" glued before a given name, one word since 0bfc23f ("N'Golo", "N'Dri"): the name after it
        latin = latin[2:] if latin.startswith("n'") and len(latin) > 4 else latin
        # a compound of given names ("Anne-Charlène", "Maria-Luisa"), each part one the list has; an Arabic name of
        # two words written as one ("Abdelhamid", "Noureddine")
        return (
            latin in given_names()
            or ("-" in latin and all(p in given_names() for p in latin.split("-")))
            or compound_given_name(latin)
        )
    # the same compound in Cyrillic ("Касым-Жомарт", "Анна-Мария"), each part in any case
    lower = word.lower()
    return bool(_cyrillic_given(lower)) or ("-" in lower and all(_cyrillic_given(p) for p in lower.split("-")))


def cyrillic_given_name(word: str) -> str | None:
    """The given name a Cyrillic word is, in any case ("Ашрафа": "ashraf"), as the list spells it; or None."""
    return _cyrillic_given(word.lower()) if CYRILLIC.search(word) else None


# the endings of a man's or woman's given name in the other cases ("Мухаммеда", "Ахмедом"); not "и": "Сирии", "Армии"
NAME_ENDINGS = ("а", "я", "у", "ю", "ом", "ем", "ым", "е", "ой", "ы")
FEMININE_ENDINGS = ("ы", "ой", "ою", "е")  # not "у": "Терезу" is also a ship's name in quotes
# how Latin spellings of names write the sounds anyascii spells otherwise from Cyrillic ("Мухаммед": Muhammed)
CYRILLIC_SOUNDS = (("'", ""), ("dzh", "j"), ("kh", "h"), ("zh", "j"), ("iy", "i"), ("yu", "u"), ("ya", "ia"), ("ye", "e"))


@cache
def _cyrillic_given(word: str) -> str | None:
    """The given name a Cyrillic word is, in any case ("Мухаммеда", "Ахмедом"): the Latin spelling of its
    stems as the list writes them, or None."""
    stems = {word, *(word[: -len(e)] for e in NAME_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3)}
    # a woman's name in another case, back to its nominative's "а" ("Махсы", "Махсой": Махса)
    stems |= {word[: -len(e)] + "а" for e in FEMININE_ENDINGS if word.endswith(e) and len(word) - len(e) >= 3}
    forms = {anyascii(stem) for stem in stems}
    for sound, spelling in CYRILLIC_SOUNDS:
        forms |= {form.replace(sound, spelling) for form in forms}
    listed = next((form for form in sorted(forms) if form in given_names()), None)
    return listed or _foreign_given(forms)


# how Russian and Ukrainian write other languages' sounds, read back: Turkish "c" ("Реджеп": Recep), Spanish "g"
# ("Серхио": Sergio), English "w" ("Венди": Wendy)
FOREIGN_SOUNDS = (("h", "g"), ("dzh", "c"), ("v", "w"))
MIN_FOREIGN_GIVEN = 4  # letters of a name read so: "Вона", "Вену" (she, Vienna) read "won", "wen"


def _foreign_given(forms: set[str]) -> str | None:
    """The common given name of another language a Cyrillic word's Latin forms spell as Russian or Ukrainian write it
    (`FOREIGN_SOUNDS`, an English final "y" written "и": "Венди"; Ukrainian "Є" opening it: "Євген", Yevgen), or None.
    Only names common in a country of the list: its rare names, read this loosely, are as often a place's or a word's."""
    foreign = set(forms)
    for sound, spelling in FOREIGN_SOUNDS:
        foreign |= {form.replace(sound, spelling) for form in foreign}
    foreign |= {form[:-1] + "y" for form in foreign if form.endswith("i")}
    foreign |= {opening + form[2:] for form in foreign if form.startswith("ie") for opening in ("e", "ye")}
    names = common_given_names()
    return next((form for form in sorted(foreign - forms) if len(form) >= MIN_FOREIGN_GIVEN and form in names), None)


def person_name(surface: str) -> str:
    """The English (Latin) form of a person's name: as written, transliterated when in another script."""
    return anyascii(surface) if CYRILLIC.search(surface) else surface  # Arabic script is kept as written


def body_found(
    text: str,
    matches: list[re.Match[str]],
    norms: list[str],
    i: int,
    j: int,
    w: Words,
    states: dict[tuple[int, int], str],
    acronym: str | None = None,
) -> Detected:
    while i < j - 1 and norms[i] in w.stop | w.connectors:
        i += 1
    start, end = matches[i].start(), matches[j - 1].end()
    surface = without_case_ending(text[start:end].rstrip("."), w)
    return Detected(
        generic_words.unmutated_head(organisation_name(surface, norms[i:j], start, end, w, states), w.language),
        "organisation",
        start,
        start + len(surface),
        surface,
        acronym,
    )


def without_case_ending(surface: str, w: Words) -> str:
    """Turkish: a name without the case ending after its apostrophe ("Sağlık Bakanlığı'nın"), or glued to its
    possessed head-word ("Dışişleri Bakanlığının", "İçişleri Bakanlığından": the ministry is "… Bakanlığı")."""
    return _without_head_ending(APOSTROPHE_ENDING.sub("", surface), w.language) if w.apostrophe_endings else surface


def _without_head_ending(surface: str, language: str) -> str:
    """The name without the case ending its last word, a head-word of the language's data, takes (`head_endings`)."""
    last = surface.rsplit(" ", 1)[-1]
    heads = word_list(language, "org_heads", normalised=False)
    for ending in sorted(word_list(language, "head_endings", normalised=False), key=len, reverse=True):
        if last.endswith(ending) and last[: -len(ending)] in heads:
            return surface[: -len(ending)]
    return surface


def organisation_name(surface: str, norms: list[str], start: int, end: int, w: Words, states: dict[tuple[int, int], str]) -> str:
    """ "Ministry of Foreign Affairs (Russia)" when the text names a ministry's field and a state beside it."""
    norms = [_dotless(n) for n in norms]  # "DIŞİŞLERİ BAKANLIĞI" in capitals is "Dışişleri Bakanlığı"
    field = next((english for key, english in w.ministries.items() if _contains(norms, _dotless_all(key))), None)
    heads = [_dotless_all(head) for head in w.ministry_heads]
    if field and (not heads or any(_contains(norms, head) for head in heads)):
        near = [(a - end if a >= end else start - b if b <= start else 0, name) for (a, b), name in states.items()]
        state = min((d, name) for d, name in near if d <= 16)[1] if any(d <= 16 for d, _ in near) else None
        return f"Ministry of {field} ({state})" if state else f"Ministry of {field}"
    return person_name(surface)


def _dotless(word: str) -> str:
    """A word folded without the dot of Turkish i: lower case turns capital "I" into "i", not "ı", and "İ" into "i"
    and a combining dot, so a Turkish word in capitals folds as written in lower case only without the dots."""
    return word.replace("\u0307", "").replace("ı", "i")


def _dotless_all(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_dotless(word) for word in words)


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    return any(tuple(tokens[k : k + len(phrase)]) == phrase for k in range(len(tokens)))


@cache
def data_pattern(language: str, key: str) -> re.Pattern[str] | None:
    """A pattern a language's data file states under `key`, or None (also for a language with no data file)."""
    value = language_data(language).get(key)
    return re.compile(str(value), re.MULTILINE) if value else None


LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def bare_word(word: str, w: Words) -> str:
    """A word folded without its possessive or, in Turkish, its case ending ("Trump's", "Georgescu'nun")."""
    return normalise((APOSTROPHE_ENDING if w.apostrophe_endings else POSSESSIVE).sub("", word))
