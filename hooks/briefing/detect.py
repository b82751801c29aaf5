"""People and organisations that no registry lists, found by the shape of the text.

The words are data, one file per language (`data/detect/<language>.yaml`): titles ("President",
"президент", "الرئيس"), name particles, organisation head-words ("Ministry", "Министерство", "وزارة"),
verbs of speech and words that start no name. A person is a run of capitalised words after a title, before
a verb of speech or opening with a known given name (the first-name list of gender-guesser); an
organisation is a run holding a head-word, or a name defined with its acronym ("Shanghai Cooperation
Organisation (SCO)"). A surname or an acronym alone, after the full name in the same text, is the same actor.
Arabic has no capitals: a person there is the name that follows a title.
"""

from __future__ import annotations

import bisect
import itertools
import re
import zoneinfo
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from dataclasses import field as default_field
from functools import cache
from pathlib import Path
from typing import Any

from anyascii import anyascii

from . import generic_words, safeyaml
from .knowledge import (
    LANGUAGE_FILES,
    adjectives_in,
    and_word,
    base_names,
    canonical_name,
    chinese_surnames,
    city_names,
    cldr_locale,
    common_given_names,
    compound_given_name,
    given_names,
    heard_given,
    language_file,
    names_in,
    pinyin_given_name,
    place_names,
    state_codes,
    state_ids,
    surname_first_places,
)
from .makers import model_makers
from .native_names import name_cut, native_people
from .prefilter import Needs, comparable, may_match, needed
from .registry import inside_sentence_at, normalise, variants
from .scripts import CYRILLIC, HAN, MARKS, NAME_DOTS

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
ORDINAL = re.compile(r"\d{1,2}\.")  # an ordinal in figures, as Turkish writes it before a name: "16. Benediktus"
# an acronym in parentheses after a body's name: Turkish "(YAŞ)", "(МВС)"; with a hyphened second part, as Brazil
# writes a state's court or prosecutors after their state's initials ("(TJ-RJ)", "(MP-SP)") and Portugal a party
# of two names ("(CDS-PP)")
ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-ZÇĞİÖŞÜА-ЯЁІЇЄҐ][A-ZÇĞİÖŞÜА-ЯЁІЇЄҐa-z&]{1,7}(?:-[A-ZÇĞİÖŞÜА-ЯЁІЇЄҐ]{1,4})?)\s*\)")
AND_WORDS = frozenset({"and", "&", "et", "y", "und", "e", "ve"})
# a photographer's credit beside a picture: "REUTERS/Mehmet Emin Calsikan", "(UN Photo/Mark Garten)", "Ted Aljibe, AFP/File"
CREDIT_BEFORE = re.compile(r"/\s*$")
CREDIT_AFTER = re.compile(r"\s*/|,\s*[A-Z]{2,}\b\s*/")
QUOTED = re.compile(r"[,.!?]\s*[\"”»]\s*$")  # the end of a quotation just before a name
# a quotation's end before a verb of speech ('", a dit'); German closes „…“ and »…«
QUOTE_THEN_VERB = re.compile(r"[\"”»“«]\s*,?\s*(?:\w+\s+)?$")
POSSESSIVE = re.compile(r"['’]s$")
APPOSITION_CLOSED = re.compile(r"[^.!?…\n,;:]{3,120},")  # a phrase a comma closes within the sentence
POSSESSIVE_WORD = re.compile(r"['’]s(?!\w)")  # the first possessive of a name: "PM Silvio Berlusconi's Forza Italia"
AGE = re.compile(r",\s*\d{1,2},")  # an age set off by commas after a name ("Jane Doe, 34, and her brother")
# a given name of two syllables joined by a hyphen, as Korean names are romanised ("Geun-hye", "Duck-soo", "Suk-yeol")
SYLLABLES = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{2,4}$")
KOREAN_GIVEN = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{1,4}$")  # a given name of two syllables joined by a hyphen ("Jong-il")
APOSTROPHE_ENDING = re.compile(r"['’][^\W\d_]+$")
ROMAN_NUMERAL = re.compile(r"^[IVX]+$")
MODEL_AFTER = re.compile(r"[\s-]*[A-Z]{0,2}\d")  # a model's code after its type's name: " 737", " A320", "-135"
DEFINED_AFTER = re.compile(r"\s*\(\s*[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ&]{1,6}\s*\)")  # a name's acronym in parentheses after it
DOMAIN_AFTER = re.compile(r"\.[a-z]{2,3}(?![\w.])")  # a site's name glued to its top-level domain: "Inbusiness.kz"
MODEL_CODE = re.compile(r"-?\d")  # a word glued to a number is a model's code: "Su-25", "A320"
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
    full_name_titles: Phrases  # English: titles written lower-case only before a full name ("the prime minister X Y")
    ages: Phrases  # a person's age before the name ("19-year-old", "19-летний"): a title only right before it
    title_endings: tuple[str, ...]  # German: a word ending with one is a title ("Parlamentspräsident")
    compound_heads: tuple[str, ...]  # German: a word ending with one is a body ("Bundeskriminalamt")
    compound_search: re.Pattern[str] | None  # any word ending so: a text with none skips `_compound_bodies`
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
    return re.compile(rf"(?:(?![{other}])[\u4e00-\u9fff]){{2,8}}?(?:{_alternatives(suffixes)})(?![势勢面部限])")


def _apostrophes(listed: list[Any]) -> list[str]:
    """The words as listed and with the typographic apostrophe most texts print: "l'" and "l’"."""
    return [*map(str, listed), *(str(w).replace("'", "’") for w in listed if "'" in str(w))]


def _alternatives(phrases: list[Any]) -> str:
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
    words, verbs = (_alternatives(found) for found in (media_words, media_verbs))
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
    kinds = rf"{opening}(?i:{_alternatives(kind_words)})(?!\w){between}"
    if flights and possessives:
        of_the = rf"\s+(?i:{_alternatives(_apostrophes(possessives))})"
        kinds += rf"|(?<!\w)(?:(?i:{_alternatives(flights)})|[A-Z]{{1,2}}\d{{2,4}}(?:-\d+)?)(?!\w){of_the}"
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
    after = rf"\s+(?:{_alternatives(kind_words)})"
    if reports:
        after += rf"|['’]n?[ıiuü]n\s+(?:{_alternatives(reports)})"
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
    return re.compile(rf"(?<![\w-])(?:{_alternatives(heads)})[ -]$")


def _with_endings(heads: list[Any], endings: list[Any]) -> list[str]:
    """Head-words and, in Turkish, the same words with a case ending after their vowel ("polisi", "polisine")."""
    found = [str(h) for h in heads]
    return found + [h + str(e) for h in found if h[-1:] in "ıiuü" for e in endings]


def state_nouns(language: str) -> frozenset[str]:
    """Words for a state's government ("government", "autorités", "власти", "الحكومة"): beside a state's
    adjective they name the state ("the Chinese government")."""
    return _word_list(language, "state_nouns")


def capital_state_nouns(language: str) -> frozenset[str]:
    """Words for a state that name it beside its adjective only when capitalised ("lo Stato Italiano", "o Estado
    Português"): lower-case, the same word is a verb's form ("è stato russo", "tem estado")."""
    return _word_list(language, "state_nouns_capitalised")


def paired_state_words(language: str) -> tuple[dict[str, str], tuple[str, ...]]:
    """Chinese: the states' one-character short forms (`state_abbreviations`) and the words after which two of them
    name both states ("中日两国", China and Japan, the two countries; `paired_state_words`)."""
    w = words(language)
    return (w.abbreviations if w else {}), tuple(sorted(_word_list(language, "paired_state_words", normalised=False)))


def envoy_nouns(language: str) -> frozenset[str]:
    """Words for a government's envoy or office posted abroad (`envoy_nouns`: "Botschafter", "Konsul",
    "Vertretung"), also as a compound's last part: before the genitive of a common capital, the capital after is
    where the envoy is ("der Botschafter der Bundesregierung in Moskau"), while after any other word it is the
    government's own seat ("Ein Sprecher der Bundesregierung in Wien", "Laut der Bundesregierung in Wien")."""
    return _word_list(language, "envoy_nouns")


def genitive_articles(language: str) -> frozenset[str]:
    """Articles that after a noun make the next noun its complement in the genitive (German "der": "der Botschafter der
    Bundesregierung", the federal government's ambassador; `genitive_articles`)."""
    return _word_list(language, "genitive_articles")


def paired_state_not_pairs(language: str) -> frozenset[str]:
    """Chinese: two short forms that write a common word ("美德", virtue), no pair of states (`paired_state_not_pairs`)."""
    return _word_list(language, "paired_state_not_pairs", normalised=False)


def place_adjective_endings(language: str) -> frozenset[str]:
    """Endings the language makes an invariable adjective of a place's name with (German "-er": "Schweizer")."""
    return _word_list(language, "place_adjective_endings", normalised=False)


def place_prepositions(language: str) -> frozenset[str]:
    """Words after which a state or capital is a place ("in Ukraine", "au Liban", "в Москве")."""
    return _word_list(language, "place_prepositions")


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
    return frozenset(w for key in FUNCTION_WORD_KEYS for w in _word_list(language, key))


def place_words(language: str) -> frozenset[str]:
    """Words of geographic names ("Sea", "mer", "море"): a state's name beside one is part of a place's name."""
    return _word_list(language, "place_words")


def common_capitals(language: str) -> frozenset[str]:
    """Names a state's capitals list that are every such state's common noun ("Bundesregierung", the federal
    government): that state only where no other state qualifies them."""
    return _word_list(language, "common_capitals")


def city_words(language: str) -> frozenset[str]:
    """Words for a city, its clock, port or mayor ("capital", "ville", "столицу", "hora", "port"): a capital or
    state after one, or a capital before one, is the place ("the capital Damascus", "hora de Moscú", "the port of
    Beirut", "Moscow time", "北京时间")."""
    return _word_list(language, "city_words")


def city_abbreviations(language: str) -> tuple[str, ...]:
    """The abbreviations of "city" before a town's name ("м." in "в м. Римі", "г." in "в г. Москве"): a capital
    after one is the city, as after the full word (`city_words`)."""
    return tuple(sorted(_word_list(language, "city_abbreviations", normalised=False), key=len, reverse=True))


def clock_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions that put a time of day on a city's clock (`clock_prepositions`: Russian "по" in "в 11:00 по
    Москве") and the words for an hour that make a time of day without figures (`hour_words`: "к четырем часам дня
    по Москве")."""
    return _word_list(language, "clock_prepositions"), _word_list(language, "hour_words")


@cache
def adjectives_precede(language: str) -> bool:
    """Russian, Ukrainian (`adjective_first`): an adjective stands before its noun, so a state's adjective after a
    word for a government qualifies the next noun ("руководство российских миротворцев"), not the government."""
    w = words(language)
    return bool(w and w.adjective_first)


def capitalised_place_words(language: str) -> frozenset[str]:
    """Capitalised words that make the state's name before them a place's or a clock's ("Vatican Time", "Kuwait
    City"), as written: lower-case, the same words name what the state does ("Israel time and again")."""
    return _word_list(language, "capitalised_place_words", normalised=False)


def words_across_names(language: str) -> frozenset[str]:
    """Words of an unspaced language that end inside a state's name ("拉美国家": Latin American states, not 美国;
    "近海地震": an offshore earthquake, not 海地): the name is no state there."""
    return _word_list(language, "words_across_names")


def people_words(language: str, key: str = "people_words") -> frozenset[str]:
    """Words of an unspaced language that, right after a state's name, make it the word for its people ("中国人");
    with `key` "not_people_words", the longer words opening with one that do not ("中国人权")."""
    return _word_list(language, key)


def geographic_words(language: str) -> frozenset[str]:
    """Compass points and other words of places' names that are no place themselves ("South", "Sul", "Mount")."""
    return _word_list(language, "geographic")


def place_skip(language: str) -> frozenset[str]:
    """Articles and "of" between a preposition of place and the name ("para o Haiti", "control of Damascus")."""
    return _word_list(language, "place_skip")


@cache
def treaty_words(language: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Words for a treaty or a charter: a body named right after one (past articles and "of": "la Convention des
    Nations unies", "اتفاقية الأمم المتحدة"), or right before one where the language names it first ("the UN
    Charter"), is a word of the treaty's title, and acts in no sentence; `treaty_words`, `treaty_words_after`."""
    before, after = (_word_list(language, key, normalised=False) for key in ("treaty_words", "treaty_words_after"))
    return tuple(sorted(before)), tuple(sorted(after))  # as written: `_preceded_by` normalises them


@cache
def capital_skip(language: str) -> frozenset[str]:
    """The articles a seat of government's name takes, looked past after a preposition of place ("à la Maison
    Blanche"): no state's name, which may take them as an indirect object ("à la Turquie")."""
    return _word_list(language, "capital_skip")


def place_endings(language: str) -> re.Pattern[str]:
    """Turkish: the case endings that make a name a place ("Haiti'de", "Şam'dan"); matches nothing elsewhere."""
    endings = sorted(_word_list(language, "place_endings"), key=len, reverse=True)
    return re.compile(rf"['’](?:{'|'.join(endings)})\b" if endings else "(?!)")


def _data(language: str) -> dict[str, Any]:
    """The language's data file (`data/detect/<language>.yaml`, parsed once: `language_file`), empty if it has none."""
    return language_file(language.split("-")[0].lower()) or {}


@cache  # read per title in Chinese text
def _word_list(language: str, key: str, normalised: bool = True) -> frozenset[str]:
    data = _data(language)
    return frozenset(normalise(str(w)) if normalised else str(w) for w in data.get(key) or [])


def _flag(language: str, key: str) -> bool:
    """A yes-or-no key of the language's data file."""
    return _data(language).get(key) == "yes"


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
        return _katakana_people(text, taken, earlier) if language.startswith("ja") else []
    if language.startswith(("ar", "fa")):
        found = _detect_unscripted(text, vocabulary, taken, states, earlier)
        found = sorted(found + _dateline_bodies(text, language, taken, found), key=lambda d: d.start)  # "(وال) -"
    elif language.startswith(("zh", "ja")):
        people = _unspaced_people(text, vocabulary, language, taken, earlier)
        bodies = _unspaced_bodies(text, vocabulary, language, states) + _periodicals(text, language, taken)
        bodies += _dateline_bodies(text, language, taken, bodies + people)
        bodies += _unspaced_makers(text, vocabulary, taken, bodies + people)
        bodies += _prefixed_bodies(text, vocabulary, language, taken, bodies + people)
        bodies += _limited_companies(text, language, taken, states, bodies + people)
        bodies += _quoted_unspaced_bodies(text, language, taken, bodies + people)
        return bodies + _dateline_bodies(text, language, taken, bodies + people, "party_names") + people
    else:
        # a name after a word for a company is the company's, also where it opens with a given name ("la empresa
        # Minerva Sur"): read first
        companies = _outlets(text, vocabulary, vocabulary.kinds, taken, [])
        held = taken + [(d.start, d.end) for d in companies]
        found = companies + _detect_cased(text, vocabulary, held, states, written_alone)
        found = sorted(found + _caseless_people(text, language, held, found), key=lambda d: d.start)  # Hebrew
        found = sorted(found + _unspaced_caseless(text, language, held, found), key=lambda d: d.start)  # Thai
        found += _compound_bodies(text, vocabulary, held, found, states)
        found = found + _outlets(text, vocabulary, vocabulary.media, taken, found, states)
        found = found + _named_before_kind(text, vocabulary, taken, found, states)
        found = found + _companies_after_head(text, vocabulary, taken, found, states)
        found = sorted(found + _attributed_acronyms(text, vocabulary, taken, found), key=lambda d: d.start)
        found = sorted(found + _named_before_acronym(text, vocabulary, taken, found), key=lambda d: d.start)
        found = _named_before_latin_acronym(text, vocabulary, taken, found)  # "Силами швидкого реагування (RSF)"
        named = found + _registered_here(text, taken, earlier)  # "Luiz Inácio Lula da Silva (PT)": a registry's person
        found = sorted(found + _parties_after_names(text, vocabulary, taken, named), key=lambda d: d.start)
        found = sorted(found + _acronyms_alone(text, vocabulary, taken, found, states), key=lambda d: d.start)
        found = sorted(found + _acronym_bodies(text, vocabulary, taken, found, written_alone), key=lambda d: d.start)
        found = sorted(found + _dateline_bodies(text, language, taken, found), key=lambda d: d.start)  # "TAIPEI (Site) —"
        found = sorted(found + _makers_of_models(text, vocabulary, taken, found), key=lambda d: d.start)  # "Boeing 737"
        found = sorted(found + _offices_of_places(text, vocabulary, taken, found), key=lambda d: d.start)
        found = sorted(found + _leaders_of_regimes(text, vocabulary, taken, found), key=lambda d: d.start)
        found = sorted(found + _feminine_led_names(text, vocabulary, taken, found), key=lambda d: d.start)  # "la OpenAI"
        found = _initialled_people(text, vocabulary, taken, found)  # "С.В.Лавров": two initials and a surname
        shared = _shared_surnames(text, vocabulary, taken, found)
        renamed = {(d.start, d.end) for d in shared}  # "brothers Tamerlan": now "Tamerlan Tsarnaev"
        found = sorted([d for d in found if (d.start, d.end) not in renamed] + shared, key=lambda d: d.start)
        found = [_without_elided_article(d, language) for d in found if not _set_or_genre(text, d, language)]
        found = [d for d in found if not _participle_head(text, d, language)]
        found = [d for d in found if not _division_named(text, d, language)]
    found = _repeats(text, found, taken, language, earlier)
    return _original_spellings(text, sorted(found + _partners_of_people(text, vocabulary, taken, found), key=lambda d: d.start))


def _without_elided_article(d: Detected, language: str) -> Detected:
    """A body or person whose surface opens with an elided article glued to its first capital, as a sentence opens
    with it ("L’Agenzia delle Entrate ha…", "L'Assemblée nationale a…"), less the article: no word of the name. Only
    in the languages whose data lists such articles (`elided_before_names`: French, Italian)."""
    w = words(language)
    m = w.elided_before_names.match(d.surface) if w and w.elided_before_names else None
    if not m or not d.surface[m.end() :][:1].isupper():
        return d
    name = d.name[m.end() :] if d.name.startswith(m.group()) else d.name
    return replace(d, name=name, start=d.start + m.end(), surface=d.surface[m.end() :])


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


WORD_BEFORE = re.compile(r"([^\W\d_][\w'’-]*)[ \u00a0]$")


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


def _shared_surnames(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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
        if not (kin or _given(first) or _given(second)) or (before and before[-1][:1].isupper() and not kin):
            continue
        people.append(Detected(f"{first} {surname}", "person", m.start(1), m.end(1), first))
        if not named(m.start(3), m.end(4)):
            people.append(Detected(f"{second} {surname}", "person", m.start(3), m.end(4), f"{second} {surname}"))
    return people


_NEEDS: dict[int, tuple[re.Pattern[str], Needs | None]] = {}  # by the pattern's id: hashing one hashes its code


def _may_find(pattern: re.Pattern[str], text: str) -> bool:
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


def _outlets(
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
    if pattern is None or not _may_find(pattern, text):
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
            surface = _without_case_ending(text[start:end], w)
            outlets.append(Detected(_person_name(surface), "organisation", start, start + len(surface), surface))
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
        if ELIDED_COMPLEMENT.match(between[k]) and (between[k][2:3].islower() or not _given(between[k][2:])):
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


def _named_before_kind(
    text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected], states: dict[tuple[int, int], str]
) -> list[Detected]:
    """Turkish: the capitalised words before a word for a company, newspaper or aircraft with its possessive ending
    ("Skyvale şirketine ait", "Alman Kurier gazetesine"): the company's or outlet's name, past a word that opens
    no name ("Bu", "Salı") or a state's adjective before it, or a word that makes the kind a common one
    (`generic_kind_words`: "Devlet televizyonu", the state television). Not the rest of a name the registry holds
    ("CNN International'ın haberine göre"), nor a common noun in the genitive, which takes no apostrophe
    (`common_genitive`: "Ordunun televizyon kanalında", the army's channel)."""
    if w.kinds_after is None or not _may_find(w.kinds_after, text):
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    of_states = Covered(len(text), list(states))
    no_name = w.stop | _word_list(w.language, "generic_kind_words")
    genitive = _regex(w.language, "common_genitive")
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
                named.append(Detected(_person_name(text[start:end]), "organisation", start, end, text[start:end]))
    return named


LATIN_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,5}\b|\b[A-Z]\.(?:[A-Z]\.){1,4}(?!\w)")  # "FBI", "F.B.I."
# also a name in CamelCase, a company's or a site's ("OceanGate", "VesselFinder"), for `acronym_articles`
ARTICLE_LED_NAME = re.compile(LATIN_ACRONYM.pattern + r"|\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b")

# a word of two capitalised words or more written together ("WikiLeaks", "TikTok"), each part of three letters or
# more in lower case after its capital; not a part of one or two letters ("SpaceX", a plural acronym "MoUs", a
# hashtag's "OnThisDay") nor in capitals ("OpenAI", also a product's "ChatGPT")
CAMEL_CASE = re.compile(r"[A-Z][a-zà-ÿ]{2,}(?:[A-Z][a-zà-ÿ]{2,})+")
GENDERED_ENDINGS = ("In", "Innen")  # German's gender-inclusive capital I ("BürgerInnen"), a noun's ending


def _companies_after_head(
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
    offices = sorted(_word_list(language, "office_parties", normalised=False), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, offices))}){PLACE_AFTER_OFFICE}") if offices else None


def _offices_of_places(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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
        if held(m.start(), m.end()) or any(_given(word) for word in m.group(1).split()[1:]):
            continue
        cut = CUT_PLACE.match(text, m.end())
        if (cut and not pattern.match(text, cut.end() - 1)) or (
            text.startswith(".", m.end()) and len(m.group(1).split()[-1]) <= 3
        ):
            continue  # "…of Trinidad and Tobago", "…of St. Lucia": the place goes on past the words read
        apposed = HOLDER_APPOSED.match(text, m.end())
        if apposed and _given(apposed.group(1)):
            continue  # "the Attorney General of Ontario, Jane Roe, said": the holder speaks, not the office
        out.append(Detected(m.group(), "organisation", m.start(), m.end(), m.group()))
    return out


def _makers_of_models(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """The maker inside a model's name ("a Boeing 737", "l'Airbus A320"; `makers.py`), where the language's data
    says its annotators count it (`model_makers`), past the nouns it numbers and the states' adjectives."""
    if w.model_makers not in ("yes", "coded"):
        return []
    skip = w.stop | _word_list(w.language, "numbered_nouns") | state_adjective_words(w.language)
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    spans = model_makers(text, skip, figures=w.model_makers == "yes")
    return [Detected(text[a:b], "organisation", a, b, text[a:b]) for a, b in spans if not held(a, b)]


def _leaders_of_regimes(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Turkish: one capitalised word no registry holds, compounded with a word for an administration or a regime in
    its possessive form (`leader_words`: "Macron yönetimine", "Esad rejiminin"), is the leader's name, a person's;
    not a plural noun ("Husilerin yönetimi") nor a word that starts no name."""
    leader_words = _word_list(w.language, "leader_words")
    if not leader_words:
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    people = []
    for m in re.finditer(r"(?<![\w'’])([^\W\d_]+)(?= ([^\W\d_]+)\b)", text):
        name = m.group(1)
        if normalise(m.group(2)) not in leader_words or not name[:1].isupper() or held(m.start(1), m.end(1)):
            continue
        if normalise(name) in w.stop | state_adjective_words(w.language) | _peoples(w.language) or _plural(normalise(name), w):
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


def _initialled_people(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Where names are written with a patronymic (Russian, Ukrainian: `patronymic_initials`), two initials and a
    capitalised word are a person's name wherever they stand, also after a long title ("Министр иностранных дел
    Российской Федерации С.В.Лавров"); not inside a name already read ("Фонд им. А.М.Горчакова"). The surname is
    its key: the person the text also names in full with it ("Сергей Лавров"), in any case ("М.В.Захаровой")."""
    if not _flag(w.language, "patronymic_initials") or (INITIALLED.search(text) or INITIALLED_AFTER.search(text)) is None:
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
        out.append(Detected(_person_name(m.group()), "person", m.start(), m.end(), m.group(), key=_surname_stem(m["surname"], w)))
    return sorted(out + list(people.values()), key=lambda d: d.start)


def _title_word(word: str, w: Words) -> bool:
    """A capitalised word that is one of the language's titles ("Суддя", "Директор" opening a list's entry)."""
    return w.titles.starts([normalise(word)], 0)


def _named_after(text: str, start: int, w: Words) -> bool:
    """The name follows a word for "named after" (`named_after`: "им.", "имени"): part of a body's name."""
    before = re.search(r"(\S+)\s*$", text[max(0, start - 12) : start])
    return bool(before) and before.group(1).lower() in _word_list(w.language, "named_after", normalised=False)


def _surname_stem(surname: str, w: Words) -> str:
    """A surname of the language's common forms without its case ending (`surname_stems`, `surname_case_endings`):
    "Захаровой", "Лаврова" give "Захаров", "Лавров", the stem of the name in every case and gender."""
    stems, endings = _word_list(w.language, "surname_stems"), _word_list(w.language, "surname_case_endings")
    for ending in sorted(endings, key=len, reverse=True):
        base = surname[: -len(ending)]
        if surname.lower().endswith(ending) and base.lower().endswith(tuple(stems)):
            return base
    return surname


def _feminine_led_names(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Spanish, Portuguese, Italian: a name closing with capitals right after a feminine article ("la OpenAI", "pela
    OpenAI") is a company's, as the language says "la empresa" of it; a product's takes the masculine ("o ChatGPT")."""
    articles = _word_list(w.language, "feminine_articles")
    if not articles or CAPITALS_ENDED.search(text) is None:
        return []
    spans = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in CAPITALS_ENDED.finditer(text):
        before = re.search(r"(\w+)[ \u00a0]$", text[max(0, m.start() - 20) : m.start()])
        if before and normalise(before.group(1)) in articles and not spans(m.start(), m.end()):
            bodies.append(Detected(m.group(), "organisation", m.start(), m.end(), m.group()))
    return bodies


@cache
def _peoples(language: str) -> frozenset[str]:
    """The peoples' names a language makes its languages' names from with an ending (`language_endings`: Turkish
    "Kürtçe", "Katalanca"): CLDR's names of languages without it ("Kürt yönetimi": the Kurdish administration)."""
    endings = _word_list(language, "language_endings", normalised=False)
    locale = cldr_locale(language) if endings else None
    if locale is None:
        return frozenset()
    names = [name for name in locale.languages.values() if " " not in name]
    return frozenset(normalise(n[: -len(e)]) for n in names for e in endings if n.endswith(e) and len(n) - len(e) >= 3)


def _plural(norm: str, w: Words) -> bool:
    """The word ends as a plural noun does, also in the genitive ("Husilerin")."""
    return any(norm.endswith(e) or norm[:-2].endswith(e) for e in w.not_subject_endings)


# a party's name in parentheses: capitalised words and the short lower-case words that join them, or an acronym
PARENTHESISED_PARTY = re.compile(
    r"\s*\((?P<name>[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w’'-]+(?:\s+(?:[a-zà-ÿа-яёіїєґ]{1,3}|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w’'-]+)){1,5}"
    r"|[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐa-z]{1,5})\)"
)


def _registered_here(text: str, taken: list[tuple[int, int]], earlier: tuple[Detected, ...]) -> list[Detected]:
    """The registry's people named in full in this text: passed among `earlier` with their spans here, which their
    registry names hold."""
    spans = set(taken)
    return [e for e in earlier if (e.start, e.end) in spans and text[e.start : e.end] == e.surface]


def _parties_after_names(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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


def _attributed_acronyms(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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


# two to five capitals of Cyrillic script, not part of a hyphenated word nor of a line written in capitals
CYRILLIC_ACRONYM = re.compile(r"(?<![\w-])[А-ЯЁІЇЄҐ]{2,5}(?![\w-])")
SPACES = re.compile(r"[ \u00a0]*")  # where the words after a point start (no copy of the rest of the text to strip)
ROMAN_LOOKALIKE = re.compile(r"^[ХІVМС]+$")  # "ХХ век": a century in Cyrillic letters that look like Roman ones


def _acronyms_alone(
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


def repeated_acronyms(texts: Sequence[str], language: str) -> frozenset[str]:
    """The Latin acronyms a source writes twice or more, as written ("NDA", "EFE"), in the languages whose data asks
    for them (`repeated_acronyms`): a body the text keeps naming by its initials. Not one it defines in parentheses
    after a name ("Inteligencia militar de Ucrania (HUR)"), which names that body, nor a currency's ("US$", "R$")."""
    if _word_list(language, "repeated_acronyms") != {"yes"}:
        return frozenset()
    counts = Counter(
        m.group()
        for text in texts
        for m in LATIN_ACRONYM.finditer(text)
        if "." not in m.group() and text[m.end() : m.end() + 1] != "$"
    )
    defined = {m.group(1) for text in texts for m in DEFINED_ACRONYM.finditer(text)}
    return frozenset(word for word, count in counts.items() if count > 1 and word not in defined)


def _acronym_bodies(
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


DEFINED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z&]{1,6})\s*\)")  # "(RBB)", "(NHC)": Latin capitals in parentheses
NAME_BREAK = re.compile(r"\s+")  # only spaces between the words of a name
ACRONYM_DEFINED_AFTER = re.compile(r"\s*" + DEFINED_ACRONYM.pattern)  # "… et recherches (BER)"


def _named_before_acronym(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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
        bodies.append(Detected(_person_name(surface), "organisation", begin, end, surface, m.group(1)))
    return bodies


LATIN_LETTER = re.compile(r"[A-Za-z]")
ACRONYM_SLACK = 2  # words a name may have beyond its acronym's letters: the other language's articles and complements


def _named_before_latin_acronym(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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
    documents = tuple(_word_list(w.language, "document_stems")) or ("\0",)
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
        body = Detected(_person_name(surface), "organisation", begin, end, surface, acronym)
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
    ("Berlin-Brandenburg": B, B), a connector not; None if none do."""
    for start in range(len(run) - 1, -1, -1):
        word = run[start].group()
        if not word[:1].isupper() or normalise(word) in w.stop:
            continue
        names = [m.group() for m in run[start:] if normalise(m.group()) not in w.connectors]
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


ROMAN_NUMERAL = re.compile(r"^[IVXLCDM]+$")


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
    if definite and len(after) > 1 and after[0] in _word_list(w.language, "acting_auxiliaries"):
        after = after[1:]  # a compound tense: "the IMD has issued", "le PCC a confirmé"
    if len(after) > 1 and after[0] in w.acting_verbs and after[1] in _word_list(w.language, "passive_agents"):
        return False  # "the MRI ordered by his doctor": a passive participle, the acronym acted on
    return bool(after) and (after[0] in verbs or bool(w.titles.starts(after, 0)))


def _compound_bodies(
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
    for k, m in enumerate(matches):
        norm = norms[k]
        if not raw[k][:1].isupper() or held[k] or norm in w.media_words | w.stop or _compound_title(raw[k], norm, w):
            continue
        ending = next((e for e in w.compound_heads if norm.endswith(e)), None)
        if ending is None or w.heads.starts(norms, k):
            continue  # a listed head-word alone ("Wahlbehörde") names no one in particular (`_head_alone`)
        # "Bundesamt für Verfassungsschutz"; not "Landeskriminalamt und Grenzpolizei", two bodies
        tailed = k + 1 < len(matches) and norms[k + 1] not in AND_WORDS
        end = _org_tail(text, matches, raw, norms, held, w, k + 1) if tailed else k + 1
        acronym = raw[k + 1] if end == k + 1 and _acronym_follows(text, matches, raw, held, k) else None
        end = k + 2 if acronym else end  # "die Luftfahrtbehörde CAAC": the body, then its own acronym
        if end == k + 1 and len(norm) - len(ending) < 4:
            continue  # "das Bundesamt" alone names no office in particular
        if end == k + 1 and k > 0 and norms[k - 1] in w.indefinite:
            continue  # "ein Strafgericht": a court, not one named
        state = _state_of(matches[k - 1], states) if k > 0 and _joined(text, matches, k - 1) else None
        surface = text[m.start() : matches[end - 1].end()]
        name = f"{surface} ({state})" if state else surface
        bodies.append(Detected(name, "organisation", m.start(), m.start() + len(surface), surface, acronym))
    return bodies


def _acronym_follows(text: str, matches: list[re.Match[str]], raw: list[str], held: list[bool], k: int) -> bool:
    """Word k is followed, after a space, by an acronym no registry holds ("Luftfahrtbehörde CAAC")."""
    j = k + 1
    if j >= len(matches) or held[j] or not LATIN_ACRONYM.fullmatch(raw[j]):
        return False
    return text[matches[k].end() : matches[j].start()] == " " and not text[matches[j].end() : matches[j].end() + 1].isalnum()


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
_READ_WORDS: dict[int, tuple[str, re.Pattern[str], list[re.Match[str]], list[str]]] = {}


def _words_in(pattern: re.Pattern[str], text: str) -> tuple[list[re.Match[str]], list[str]]:
    """The words `pattern` finds in `text`, and each as written: read once for `lone_words_in` and detection."""
    kept = _READ_WORDS.get(id(text))
    if kept is not None and kept[0] is text and kept[1] is pattern:
        return kept[2], kept[3]
    matches = list(pattern.finditer(text))
    return matches, [m.group() for m in matches]


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


def _detect_cased(
    text: str, w: Words, taken: list[tuple[int, int]], states: dict[tuple[int, int], str], written_alone: frozenset[str]
) -> list[Detected]:
    matches, raw = _words_in(w.word, text)  # no word pattern holds a full stop: each word as written is its own
    # Turkish: a word is read without its case ending after an apostrophe ("Hava Yolları'na", "Bakanlığı'nın")
    norms = [_bare(t, w) for t in raw] if w.apostrophe_endings else list(map(normalise, raw))
    norms = [_turkish_capitals(t, n) for t, n in zip(raw, norms, strict=True)] if w.apostrophe_endings else norms
    held = _held_words(matches, taken)
    # "Contre Toulouse FC": the club, read past the preposition; not one that is a given name too ("Ante Rebić")
    for k in range(len(raw)) if w.opening_prepositions else ():
        opening = norms[k] in w.opening_prepositions and not _inside_sentence(text, matches, k) and not _given(raw[k])
        held[k] = held[k] or opening
    found: list[Detected] = []
    # A lower-case word not held reads as a body below only if it opens a head-word, a ministry's field before one
    # ("Azerbaijan's foreign ministry") or is a word for a government: every rule of the lower-case branch asks one of
    # them of the word first (`_after_state`, `_before_state`, `_lower_head_end`, `_territory_government`; a stopped
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
        if not raw[i][:1].isupper() or norms[i] in w.stop:
            after_state = _after_state(text, matches, raw, norms, held, w, i, states) or _before_state(
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
                name = _organisation_name(text[start:stop], norms[i:body_end], start, stop, w, states)
                found.append(Detected(name, "organisation", start, stop, text[start:stop]))
                i = body_end
                continue
            if end:
                found.append(_organisation(text, matches, norms, i, end, w, states))
                i = end
                continue
            found += _army_alone(text, matches, raw, norms, w, i, states)  # "destitué par l'armée": its state's army
            i += 1
            continue
        j = _run_end(text, matches, raw, norms, held, w, i)
        if _acronym_before_full_name(raw, norms, w, i, j):
            # "головнокомандувач ЗСУ Валерій Залужний": the body's acronym is read alone, the name after it
            found.append(_organisation(text, matches, norms, i, i + 1, w, states))
            i += 1
        elif _person_after_connector(text, matches, raw, norms, held, w, i, j, found, states, written_alone):
            i = j  # "Administración de Sebastián Piñera": read in two
        else:
            i = _classify(text, matches, raw, norms, held, w, i, j, found, states, written_alone) or j
    return found


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
    if start < len(matches) and held[start] and raw[start][:1].islower() and _state_of(matches[start], states):
        start += 1
    end = _org_tail(text, matches, raw, norms, held, w, start, state=False)
    if (
        end == start
        and norms[i] in w.names_after_head
        and start == i + 1
        and _apposed_name(text, matches, raw, norms, held, w, start)
    ):
        end = _run_end(text, matches, raw, norms, held, w, start)  # "le parti Baas", "le groupe Wagner"
    if end > start:
        return 0 if _person_after(raw, norms, held, w, start, end) else end
    return _institution_end(text, matches, norms, held, w, i + head)


def _apposed_name(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, k: int
) -> bool:
    """Word k, right after a lower-case head-word, opens the body's name: capitalised inside the sentence, no stop
    word, title, head-word, acronym or name the registry holds (a state's: "l'armée Israël" is no name)."""
    if k >= len(matches) or held[k] or not raw[k][:1].isupper() or raw[k].isupper() or norms[k] in w.stop:
        return False
    return _joined(text, matches, k - 1) and not (w.titles.starts(norms, k, raw) or w.heads.starts(norms, k, raw))


def _territory_government(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, i: int) -> int:
    """Where a word for a government before a territory the data holds as a place ends its name ("il governo di Hong
    Kong": the territory's government, a body), or 0."""
    if held[i] or norms[i] not in state_nouns(w.language):
        return 0
    j = i + 1
    while j < len(matches) and norms[j] in w.connectors and _joined(text, matches, j - 1):
        j += 1
    if j == i + 1 or j >= len(matches) or not _joined(text, matches, j - 1):
        return 0
    return _place_end(text, matches, held, w, j) if held[j] else _subdivision_end(text, matches, norms, j)


MAX_SUBDIVISION_WORDS = 4  # "Provence-Alpes-Côte d'Azur", "Newfoundland and Labrador"


def _subdivision_end(text: str, matches: list[re.Match[str]], norms: list[str], j: int) -> int:
    """The end of a state's province or region named from word j, capitalised (ISO 3166-2, first level: "Québec",
    "Ontario", "Western Australia"), after a word for a government: that territory's government ("le gouvernement du
    Québec"), a body; or 0."""
    if not text[matches[j].start()].isupper():
        return 0
    for end in range(min(len(matches), j + MAX_SUBDIVISION_WORDS), j, -1):
        words = tuple(norms[j:end])
        if all(_joined(text, matches, k) for k in range(j, end - 1)) and _names_first_level(words):
            return end if _whole_name(text, matches, words, end) else 0
    return 0


def _whole_name(text: str, matches: list[re.Match[str]], words: tuple[str, ...], end: int) -> bool:
    """Whether a subdivision's name read up to word `end` is all the capitalised run holds ("Nord" of "Nord Stream",
    "South" of "South America's" are not) and no word that opens longer names ("Western", "Central": "the
    government of Western nations")."""
    if end < len(matches) and _joined(text, matches, end - 1) and text[matches[end].start()].isupper():
        return False
    return len(words) > 1 or words not in _name_openers()


@cache
def _name_openers() -> frozenset[tuple[str, ...]]:
    """The one-word subdivision names that also open a longer one's ("Western" of "Western Australia") and are
    compass, size or kind words (`_listed_openers`)."""
    names, listed = _first_level_names(), _listed_openers()
    return frozenset(w for w in names if len(w) == 1 and w[0] in listed and any(len(x) > 1 and x[0] == w[0] for x in names))


NAME_OPENERS = Path(__file__).parent / "data" / "knowledge" / "name_openers.yaml"


@cache
def _listed_openers() -> frozenset[str]:
    """Compass, size and kind words (`data/knowledge/name_openers.yaml`): a real province's name that opens a longer
    one ("Kasai" of "Kasaï-Oriental", "Delta") stays a province."""
    return frozenset(normalise(str(w)) for w in (safeyaml.shipped(NAME_OPENERS) or {}).get("words") or ())


def _names_first_level(words: tuple[str, ...]) -> bool:
    """The normalised words, or their ASCII spelling, are a first-level subdivision's name (`_first_level_names`)."""
    return words in _first_level_names() or tuple(anyascii(x) for x in words) in _first_level_names()


@cache
def _first_level_names() -> frozenset[tuple[str, ...]]:
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


def _with_adjectives(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, end: int
) -> int:
    """Where a body's name that ends with a head-word at `end` ends with the adjectives after it and what completes
    them ("la Cour constitutionnelle", "la Corte costituzionale della Romania"): `end` when no adjective follows."""
    k = _institution_end(text, matches, norms, held, w, end) if w.heads.ends(norms, end) else 0
    return _org_tail(text, matches, raw, norms, held, w, k) if k else end


def _institution_end(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, k: int) -> int:
    """Where the adjectives that make the head-word before word k an institution end ("cour constitutionnelle",
    "Corte costituzionale", "conseil présidentiel de transition"), or 0 when none follows."""
    start = k
    while k < len(matches) and norms[k] in w.org_adjectives and _joined(text, matches, k - 1) and not held[k]:
        k += 1
    if k == start:
        return 0
    complement = w.org_complements.starts(norms, k) if k < len(matches) and _joined(text, matches, k - 1) else 0
    return k + complement


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
    if not _joined(text, matches, i - 1):
        return None
    k = i + w.fields.starts(norms, i)
    head = w.heads.starts(norms, k)
    if not head:
        return None
    english = w.org_names.get(tuple(norms[k : k + head]))
    if k == i and (not english or not _state_of(matches[i - 1], states)):
        return None  # "Chinese vessels": no body of their own; "NATO forces": no state's armed forces
    if _describes(text, matches, norms, w, k, head):
        return None  # "a U.S. military base": the head-word only describes what follows
    start, end = matches[i].start(), matches[k + head - 1].end()
    surface = text[start:end]
    if k > i:
        return Detected(
            _organisation_name(surface, norms[i : k + head], start, end, w, states), "organisation", start, end, surface
        )
    state = _state_of(matches[i - 1], states) or re.sub(r"['’]s$", "", raw[i - 1])
    if w.state_compounds:
        start, surface = matches[i - 1].start(), text[matches[i - 1].start() : end]
    return Detected(
        f"{state} {w.org_names.get(tuple(norms[k : k + head]), surface.title())}", "organisation", start, end, surface
    )


def _coded_body_added(matches: list[re.Match[str]], w: Words, i: int, j: int, found: list[Detected]) -> bool:
    """A run of one word that is a state's body compounded with its acronym (`_state_code_compound`): added to
    `found`, and nothing more to read in the run."""
    coded = _state_code_compound(matches[i], w) if j == i + 1 else None
    if coded:
        found.append(coded)
    return coded is not None


def _state_code_compound(word: re.Match[str], w: Words) -> Detected | None:
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


def _describes(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, k: int, head: int) -> bool:
    """A head-word that is also an adjective ("military") before a lower-case word that is no verb ("a U.S.
    military base", not "the U.S. military said"), or any head-word before a word for its members (`head_people`:
    "200 Kenyan police officers arrived", the officers)."""
    after = k + head
    if after < len(norms) and norms[after] in _word_list(w.language, "head_people") and _joined(text, matches, after - 1):
        return True  # "Kenyan police officers": the people the head-word qualifies, no body
    if norms[k] not in w.adjective_heads or after >= len(norms) or not _joined(text, matches, after - 1):
        return False
    # "Russia's military of": a connector after it is no noun it describes
    return matches[after].group()[:1].islower() and norms[after] not in w.speech | w.stop | w.body_verbs | w.connectors


def _before_state(
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
    if not head or held[i] or k >= len(matches) or not _joined(text, matches, k - 1):
        return None
    if held[k] and w.fields.starts(norms, i):  # "Минобороны Азербайджана": a ministry
        start, end = matches[i].start(), matches[k - 1].end()
        return Detected(
            _organisation_name(text[start:end], norms[i:k], start, end, w, states), "organisation", start, end, text[start:end]
        )
    english = w.org_names.get(tuple(norms[i:k]))
    named = _past_connectors(text, matches, norms, held, w, k)
    state = _state_of(matches[named], states) if held[named] else None
    if not state or not english:
        return None
    start, end = matches[i].start(), matches[k - 1].end()
    return Detected(f"{state} {english}", "organisation", start, end, text[start:end])


def _past_connectors(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, k: int) -> int:
    """Word k, or the word after the connectors (not "and") that open there: "the parliament of Turkey", "le
    parlement de la Turquie", "il parlamento della Turchia" name the state's body as "Turkey's parliament" does."""
    j = k
    connectors = w.connectors - AND_WORDS
    while not held[j] and j < len(matches) - 1 and j - k < 2 and norms[j] in connectors and _joined(text, matches, j):
        j += 1
    # "армия Республики Ирак", "парламент Республики Армения": a word of the state's official name before its name
    return j + 1 if not held[j] and _state_form_before_state(text, matches, norms, held, w, j) else j


def _state_of(match: re.Match[str], states: dict[tuple[int, int], str]) -> str | None:
    """The English name of the state whose name or adjective covers this word."""
    span = _state_span(match, states)
    return states[span] if span else None


def _state_span(match: re.Match[str], states: dict[tuple[int, int], str]) -> tuple[int, int] | None:
    """Where the state's name or adjective that covers this word starts and ends."""
    return next(((a, b) for a, b in states if a < match.end() and match.start() < b), None)


def _joined(text: str, matches: list[re.Match[str]], k: int) -> bool:
    """Only spaces (or a hyphen) between word k and word k+1, or the full stop of an initial ("Thomas A. Mensah"); a
    hyphen beside a space is a dash that sets words apart ("Benoît XVI -Joseph Ratzinger -")."""
    if k + 1 >= len(matches):
        return False
    written = text[matches[k].end() : matches[k + 1].start()]
    gap = written.strip(" \u00a0-")
    if not gap and "-" in written and written != "-":
        return False
    return not gap or (gap == "." and len(matches[k].group()) == 1 and matches[k].group().isupper())


def _run_end(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int
) -> int:
    """The end (exclusive) of the run of capitalised words starting at i; particles and connectors may
    stand inside it when a capitalised word follows them."""
    j = i + 1
    # "die US-Armee Soleimani": a state's body compounded with its acronym is a run of its own
    alone = _state_code_compound(matches[i], w) is not None
    # "Армия Республики Ирак": a word of the state's official name before it is the state's, no word of the body's
    while (
        not alone
        and j < len(matches)
        and _joined(text, matches, j - 1)
        and not held[j]
        and _same_script(raw[i], raw[j])
        and not _state_form_before_state(text, matches, norms, held, w, j)
    ):
        if w.apostrophe_endings and APOSTROPHE_ENDING.search(raw[j - 1]):
            break  # a case ending closes the name it follows: "Chauvin'in Afroamerikan George Floyd'u", two phrases
        if j - i >= 2 and POSSESSIVE.search(raw[j - 1]) and _given(raw[i]):
            break  # "Matteo Salvini's League": a person's full name and their possessive close the name, the body is another
        initial = len(raw[j]) == 1 and text[matches[j].end() : matches[j].end() + 1] == "."  # "Thomas A. Mensah"
        if (raw[j][:1].isupper() or _joined_particle(raw[j], w)) and (
            norms[j] not in w.stop or initial or _stop_surname(raw, norms, w, i, j)
        ):
            j += 1
            continue
        k = j
        while k < len(matches) and (norms[k] in w.particles or norms[k] in w.connectors) and _joined(text, matches, k - 1):
            k += 1
        if norms[j] in w.following_particles and raw[j - 1][:1].isupper():
            break  # "Cameron den Termin": an article, a name's particle only after another ("von der Leyen")
        if k > j and k < len(matches) and raw[k][:1].isupper() and not held[k] and _joined(text, matches, k - 1):
            if _given(raw[i]) and w.heads.starts(norms, k) and not any(w.heads.starts(norms, m) for m in range(i, j)):
                break  # "Donald Trump al Congresso": a person's name goes on into no body's name
            if j - i == 1 and w.heads.starts(norms, i) == 1 and _given(raw[k]) and _full_name_at(text, matches, raw, k):
                break  # "la Ligue de Matteo Salvini": a body named by its head-word alone, then its leader's full name
            j = k + 1
            continue
        break
    return j


def _state_form_before_state(
    text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, j: int
) -> bool:
    """Word j is a word of a state's official name (`state_forms`: "Республики") right before a state's name the
    registry holds: the two are the state's name, which no body's run reads into."""
    if j + 1 >= len(norms) or not held[j + 1] or not _joined(text, matches, j):
        return False
    return norms[j] in _word_list(w.language, "state_forms")


def _stop_surname(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """Word j, a stop word that is also a common surname of the language ("Guerra", war: `stop_surnames`), right after
    a known given name and last of the capitalised words: the person's surname ("José Guerra"), where elsewhere it
    opens no name ("Guerra Fría") and before another capital goes on into one ("la Seconda Guerra Mondiale")."""
    last = j + 1 >= len(raw) or not raw[j + 1][:1].isupper()
    return j == i + 1 and last and _given(raw[i]) and norms[j] in _word_list(w.language, "stop_surnames")


def _full_name_at(text: str, matches: list[re.Match[str]], raw: list[str], k: int) -> bool:
    """Word k, a given name, and the capitalised word right after it: a person's full name."""
    return k + 1 < len(raw) and raw[k + 1][:1].isupper() and _joined(text, matches, k)


def _same_script(a: str, b: str) -> bool:
    """Both words are Cyrillic or neither is: a name keeps to one script ("Самолет Malaysia Airlines" is a word, then
    a name), but for a Roman numeral ("Мухаммед VI")."""
    return bool(CYRILLIC.match(a)) == bool(CYRILLIC.match(b)) or bool(ROMAN_NUMERAL.match(b))


def _person_follows(raw: list[str], norms: list[str], w: Words, k: int, j: int) -> bool:
    """Words k..j are a person's name: two to four words, the first a given name or the last before a verb of speech."""
    speaking = j < len(norms) and norms[j] in w.speech
    return 2 <= j - k <= 4 and (_given(raw[k]) or speaking)


def _person_after(raw: list[str], norms: list[str], held: list[bool], w: Words, k: int, end: int) -> bool:
    """The capitalised words after a lower-case head-word are a person's name ("el gobierno de Pedro Sánchez"): a
    given name and more names, so the head-word names no body of its own; not a place's ("Hong Kong")."""
    first = next((m for m in range(k, end) if raw[m][:1].isupper()), end)
    return end - first >= 2 and _given(raw[first]) and not w.fields.starts(norms, first) and not held[first]


def _joined_particle(word: str, w: Words) -> bool:
    """A name's particle joined to a capitalised word by a hyphen ("al-Assad", "el-Sisi", "bin-Laden")."""
    particle, _, rest = word.partition("-")
    return rest[:1].isupper() and normalise(particle) in w.particles


def _org_tail(
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
    j = _past_tail_connectors(text, matches, raw, norms, w, k)
    if j is None:
        return k
    field = w.fields.starts(norms, j)
    # "ministère des affaires étrangères"; in Latin script, after another head-word only capitalised: "le forze di
    # difesa israeliane" are the army the adjective names, not a body called "forze di difesa" ("силы обороны" is one)
    lower_field = raw[j][:1].islower() and not CYRILLIC.search(raw[j]) if field else False
    if field and _joined(text, matches, j - 1) and not (lower_field and not _after_ministry(norms, w, k)):
        return j + field
    if _titled_name(raw, norms, w, j):
        return k  # "el gobierno de Sheikh Hasina": a person is named after "of", not the body
    if j > k and j < len(matches) and raw[j][:1].isupper() and norms[j] not in w.stop and _joined(text, matches, j - 1):
        joined_by_and = any(norms[m] in AND_WORDS for m in range(k, j))
        if held[j] and not joined_by_and and (place_end := _place_end(text, matches, held, w, j)):
            return place_end  # "la polizia di Hong Kong": a territory's body
        another = w.heads.starts(norms, j) or w.titles.starts(norms, j, raw)  # "the Parliament and the President"
        # "zwischen Militär und Zivilpolitikern": German capitalises every noun "und" joins to the head-word
        noun_joined = joined_by_and and j == k + 1 and w.noun_capitals
        if (held[j] and (not state or joined_by_and)) or (joined_by_and and another) or noun_joined:
            # "the Coast Guard and the Chinese …", "l'Assemblée nationale et le Conseil constitutionnel": another body
            return k
        if held[j]:  # "Armed Forces of Azerbaijan": the state's name closes the organisation's
            while j + 1 < len(matches) and held[j + 1] and _joined(text, matches, j):
                j += 1
            return j + 1
        end = _run_end(text, matches, raw, norms, held, w, j)
        # "l'agent de police de Minneapolis Derek Chauvin": a given name and a surname after the place close the
        # body's name; they are the person the body's word describes
        if _given(raw[j]):  # "el gobierno de Recep Tayyip Erdoğan": the person's name is the run's; "la Ligue de
            # Matteo Salvini": a body named by its capitalised head-word alone, then its leader
            return k if raw[k - 1][:1].isupper() and _full_name_at(text, matches, raw, j) else end
        return next((m for m in range(j + 1, end - 1) if _given(raw[m]) and not held[m]), end)
    return k


def _before_joined_noun(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> int:
    """Where a German run opening with a head-word ends: German capitalises every noun, so a noun "und" joins to the
    head-word ("zwischen Militär und Zivilpolitikern") is no word of a name, nor any word after a head-word that names
    a body only alone (`single_word_heads`: "das Militär", "schickte das Militär Panzer", the verb's object); j where no
    such noun follows, or where another head-word follows "und", another body read on its own ("Küstenwache und
    Marine der Philippinen")."""
    if not w.noun_capitals or w.heads.starts(norms, i) != 1 or j < i + 2:
        return j
    if norms[i] in _word_list(w.language, "single_word_heads"):
        return i + 1
    # the noun right after "und", capitalised: not an article before another body ("El Consell i el Parlament")
    joined = j > i + 2 and norms[i + 1] in w.and_words and raw[i + 2][:1].isupper()
    return i + 1 if joined and not w.heads.starts(norms, i + 2) else j


def _past_tail_connectors(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, k: int
) -> int | None:
    """The word after the connectors that follow a head-word at k; None after an article alone ("selon l'armée le QG
    du Hezbollah"): a body's name goes on with a preposition, never with an article."""
    # (a definite one: French "des" is also "of the"; German's genitive takes the article alone, "Partei der Arbeit")
    if not w.noun_capitals and k < len(matches) and norms[k] in w.articles - w.indefinite and raw[k][:1].islower():
        return None
    j = k
    while j < len(matches) and norms[j] in w.connectors and _joined(text, matches, j - 1):
        j += 1
    return j


def _lower_complement_end(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, k: int
) -> int:
    """Where a body named by its head-word alone (word i), then a complement of lower-case nouns that a capitalised
    name closes, ends ("la Congrégation pour la doctrine de la Foi"); k when no such complement follows."""
    if k - i >= 2 or not w.lower_complements:
        return k
    j = k
    for _ in range(2):  # connectors, one lower-case noun, connectors: "pour la doctrine de la"
        start = j
        while j < len(matches) and norms[j] in w.connectors and _joined(text, matches, j - 1):
            j += 1
        if j == start or j >= len(matches) or not _joined(text, matches, j - 1):
            return _sentence_case_end(text, matches, raw, norms, held, w, i, k)
        if raw[j][:1].isupper():
            break
        if norms[j] in w.stop or norms[j] in w.speech or held[j]:
            return _sentence_case_end(text, matches, raw, norms, held, w, i, k)
        j += 1
    if j >= len(matches) or j - k < 4 or not raw[j][:1].isupper() or norms[j] in w.stop or not _joined(text, matches, j - 1):
        # the name closes inside the phrase: not a capital after a parenthesis ("… et analyses (BEA)")
        return _sentence_case_end(text, matches, raw, norms, held, w, i, k)
    return _run_end(text, matches, raw, norms, held, w, j) if not held[j] else j + 1


def _sentence_case_end(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, k: int
) -> int:
    """Where a body named in sentence case ends (`lower_complements`): a head-word capitalised inside a sentence, then
    a preposition (`complement_prepositions`) and a lower-case noun ("le Bureau des procureurs", "du Mouvement de
    libération", "le Centre d'alerte aux tsunamis", "au Dicastère pour les évêques"), to that noun; k otherwise. Not a
    head-word that names a body alone (`bodies_alone`: "au Parlement du projet de loi"), nor one after a determiner that
    counts it (`count_determiners`: "un Conseil des ministres"), nor before a function word or a determiner ("au Conseil
    de cette ville")."""
    if k != i + 1 or k >= len(matches) or not raw[i][:1].isupper() or raw[i] in w.bodies_alone:
        return k
    if norms[k] not in _word_list(w.language, "complement_prepositions") or not _inside_sentence(text, matches, i):
        return k
    if i > 0 and norms[i - 1] in _word_list(w.language, "count_determiners"):
        return k  # "un Conseil des ministres délocalisé", "les Forces de soutien": one of a kind, or several
    j = k + 1
    while j < len(matches) and norms[j] in w.articles and _joined(text, matches, j - 1):
        j += 1  # "pour les évêques"
    if j >= len(matches) or not _joined(text, matches, j - 1) or not raw[j][:1].islower() or held[j] or len(raw[j]) < 4:
        return k
    function_words = w.stop | w.connectors | w.articles | w.speech | _word_list(w.language, "head_determiners")
    if norms[j] in function_words or not _joined(text, matches, k) or _acronym_closes(text, matches, raw, j + 1):
        return k  # (a phrase the acronym it defines closes is read whole with it: `_named_before_acronym`)
    return _spelt_out_end(text, matches, raw, i, j + 1)


def _acronym_closes(text: str, matches: list[re.Match[str]], raw: list[str], k: int) -> bool:
    """Lower-case words from word k on, then the acronym they define in parentheses ("… d'études et recherches (BER)")."""
    while k < len(matches) and raw[k][:1].islower() and _joined(text, matches, k - 1):
        k += 1
    return bool(ACRONYM_DEFINED_AFTER.match(text, matches[k - 1].end()))


def _spelt_out_end(text: str, matches: list[re.Match[str]], raw: list[str], i: int, end: int) -> int:
    """The end of a body's name spelt out in parentheses after its acronym, read to the parenthesis when only lower-case
    words stand before it ("du BEA (Bureau d'enquêtes et analyses)"): the whole name, which the acronym then names;
    `end` elsewhere."""
    if not ACRONYM_OPENING.search(text, max(0, matches[i].start() - 12), matches[i].start()):
        return end
    k = end
    while k < min(len(matches), end + 6) and raw[k][:1].islower() and _joined(text, matches, k - 1):
        k += 1
    return k if PARENTHESIS_CLOSING.match(text, matches[k - 1].end()) else end


def _after_ministry(norms: list[str], w: Words, k: int) -> bool:
    """Word k follows a ministry's head-word in any case ("ministère", "Министерства"), or the language lists none."""
    stems = (h[-1][: max(3, len(h[-1]) - 2)] for h in w.ministry_heads)
    return not w.ministry_heads or (k > 0 and any(norms[k - 1].startswith(stem) for stem in stems))


def _place_end(text: str, matches: list[re.Match[str]], held: list[bool], w: Words, j: int) -> int:
    """The end of the place's name the data holds as a place only ("Hong Kong") starting at word j, or 0."""
    end = j + 1
    while end < len(matches) and held[end] and _joined(text, matches, end - 1):
        end += 1
    return end if normalise(text[matches[j].start() : matches[end - 1].end()]) in _place_names(w.language) else 0


@cache
def _place_names(language: str) -> frozenset[str]:
    return frozenset(normalise(name) for name in place_names(language))


def _titled_after(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, k: int) -> int | None:
    """Where to go on after a head-word that names no body alone, when connectors and a title before a capitalised
    name follow it ("El Gobierno del Presidente Mario Abdo Benítez", official texts capitalising the title): at the
    title, so that the person is read; None (the whole run) otherwise. The name opens with a given name: a
    capitalised word after the title may be its own adjective or a second title ("la Oficina del Presidente
    Electo")."""
    at = _past_tail_connectors(text, matches, raw, norms, w, k)
    if at is None or not k < at < len(matches) or not _titled_name(raw, norms, w, at):
        return None
    return at if _given(raw[at + w.titles.starts(norms, at, raw)]) else None


def _titled_name(raw: list[str], norms: list[str], w: Words, j: int) -> bool:
    """A title at word j followed by a capitalised name ("Sheikh Hasina"), not by "of" ("the President of …")."""
    title = w.titles.starts(norms, j, raw) if j < len(norms) else 0
    after = j + title
    return bool(title) and after < len(raw) and raw[after][:1].isupper() and norms[after] not in w.stop | w.connectors


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
    if not end and w.adjective_first and j == i + 2 and (not _inside_sentence(text, matches, i) or _noun_of_body(raw, w, i)):
        # "Позже Араканская армия"; inside a sentence, a noun of the body's ("Правление Национального банка", its board)
        end = _adjective_first_end(text, matches, raw, norms, held, w, i + 1, j)
        i = i + 1 if end else i
    if end:  # "Араканская армия", "Демократической партии": a body whose name capitalises its first word only
        found.append(_organisation(text, matches, norms, i, end, w, states))
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
        return _working_group(norms, w, i, j) or _classify_organisation(text, matches, raw, norms, held, w, i, j, found, states)
    if _place_body(text, matches, raw, norms, held, w, i, j, title, found):
        return j
    if _apposed_body(text, matches, raw, norms, w, i, j):  # "les Mossos d'Esquadra, la police catalane"
        found.append(_organisation(text, matches, norms, i, j, w, states))
        return j
    acronym = _defined_acronym(text, matches, raw, norms, held, w, i, j)
    if acronym:  # "Plataforma Unitária Democrática (PUD)"
        found.append(_organisation(text, matches, norms, i, j, w, states, acronym))
        return j
    camel = _camel_case_body(text, matches, raw, norms, held, w, i, j, found, states, written_alone)  # "WikiLeaks"
    # "រួមមាន Stockton Rush អាយុ 61 ឆ្នាំ": Khmer has no capitals of its own, a run of them is another script's name
    camel = camel or _foreign_name(text, matches, raw, norms, w, i, j, found, states)
    if camel or (w.latin_names and not CYRILLIC.search(raw[i]) and not (_given(raw[i]) and j - i > 1)):
        return camel or _latin_name(text, matches, raw, norms, w, i, j, found, states)
    return _classify_person(text, matches, raw, norms, held, w, i, j, found, written_alone)


def _noun_of_body(raw: list[str], w: Words, i: int) -> bool:
    """Russian, Ukrainian: a capitalised noun before a body's capitalised adjective inside a sentence ("Правление
    Национального банка", the board of the National Bank): what the body has, its name opening with the adjective."""
    return raw[i][:1].isupper() and not raw[i].endswith(w.adjective_endings) and raw[i + 1].endswith(w.adjective_endings)


def _field_head_before_name(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A head-word that names a body by its field in lower case only (`field_heads`: "Департамент здравоохранения")
    before a capitalised name: a territory's word ("Департамент Кальвадос", a French department), no body."""
    return j - i > 1 and norms[i] in _word_list(w.language, "field_heads") and raw[i + 1][:1].isupper()


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
        and not any(_given(raw[k]) for k in range(i + title + 1, j))
    ):
        return i + title + 1, 0  # "il Presidente del Tribunale di Milano": the body after "of", no person named
    if (
        title
        and i + title + 1 < j
        and raw[i + title][:1].isupper()  # the name right after the title: not "Presidente de la República de la Unión"
        and w.heads.ends(norms, j)
        and not any(_given(raw[k]) for k in range(i + title, j))
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
        found.append(_organisation(text, matches, norms, i, holder, w, states))
        start, end = matches[holder].start(), matches[holder].end()
        found.append(Detected(_person_name(raw[holder]), "person", start, end, raw[holder]))
        return True
    if _office_term(text, matches, raw, norms, w, i, j):
        _classify_person(text, matches, raw, norms, held, w, i, j - 1, found, written_alone)
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
    if norms[i] not in _word_list(w.language, "office_heads"):  # "del Banco Santander", "della Fondazione Cariplo"
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
        or not _joined(text, matches, k - 1)
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
    return w.heads.starts(norms, i) == 1 and _given(raw[i + 1])


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
        found.append(_organisation(text, matches, norms, i, i + 1, w, states))
        return i + 1
    if j > i + 1 and w.noun_capitals and _camel_case_name(raw[j - 1], w):
        _classify(text, matches, raw, norms, held, w, i, j - 1, found, states, written_alone)
        found.append(_organisation(text, matches, norms, j - 1, j, w, states))
        return j
    return 0


def _camel_case_name(word: str, w: Words) -> bool:
    """A brand's, company's or site's name in CamelCase ("WikiLeaks", "CrowdStrike", "TikTok"), in the languages whose
    data lists the prefixes a surname glues to its next capital (`glued_prefixes`: "McCain", "DeSantis", "LeBron"),
    which open no such name; nor does a German noun's gender-inclusive capital I ("BürgerInnen")."""
    prefixes = _word_list(w.language, "glued_prefixes", normalised=False)
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
    _classify_person(text, matches, raw, norms, held, w, person, j, found, written_alone)
    return True


def _full_name_after_connector(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> int:
    """Where a full name closing the run i..j after a connector starts: a common given name and one or two more words
    after "de", "di", "of" ("la Administración de Sebastián Piñera", "Mausolée de John Garang"; not "de Nova York", a
    rare given name, nor a saint's "de San Martín"); 0 when the run opens with a given name ("Maria de Fátima
    Mendonça": one name) or where every noun is capitalised (German)."""
    if w.noun_capitals or _given(raw[i]):
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
    if not (j - i == 3 or (j - i == 4 and _given(raw[i + 1]))) or j >= len(matches) or not _given(raw[i]):
        return False
    if not _joined(text, matches, j - 1):
        return False
    if norms[j] not in _word_list(w.language, "term_words") or w.heads.starts(norms, j - 1) != 1:
        return False
    return not any(w.heads.starts(norms, k) for k in range(i, j - 1))


def _given_head(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run i..j opens with a head-word that is also a given name, and capitalised words that are no head-word or
    adjective of a body follow: where a body's name capitalises its first word only, a person ("Marine Le Pen", not
    "la Marine nationale")."""
    if not w.lower_complements or j - i < 2 or not _given(raw[i]):
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
    i -= int(i > 0 and raw[i - 1][:1].isupper() and norms[i - 1] in w.geographic and _joined(text, matches, i - 1))
    surface = text[matches[i].start() : matches[j - 1].end()]
    found.append(Detected(surface, "organisation", matches[i].start(), matches[j - 1].end(), surface))
    return True


def _speaking_place(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run i..j names a building or institution by its word for a place ("Hospital", "Museum") and speaks
    ("the Central Clinical Hospital said"): the body that works there, as a capital speaking is its government."""
    if j - i < 2 or j >= len(matches) or norms[j - 1] not in w.named_places or not _joined(text, matches, j - 1):
        return False
    return norms[j] in w.speech - {"according"}


def _apposed_body(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A name set off by a comma before a definite article and a lower-case word for a body or an outlet, an adjective
    perhaps between, names that body ("les Mossos d'Esquadra, la police catalane", "Velmar, the regional police"); not
    a person's, whose name opens with a given name or whose office follows ("…, the police chief")."""
    if j + 2 >= len(matches) or text[matches[j - 1].end() : matches[j].start()].strip() != "," or _given(raw[i]):
        return False
    definite = norms[j] in w.articles - w.indefinite  # "un centre logistique" says what kind of thing, no name
    # ... but a newspaper or channel is an outlet whatever its article, where a complement or the apposition's end
    # follows its word: "le Herald-Leader, un quotidien du Kentucky," (not "…, a radio host")
    media = norms[j] in w.indefinite and norms[j + 1] in w.media_words and raw[j + 1][:1].islower()
    closed = norms[j + 2] in w.connectors or _closed(text, matches, raw, w, j + 2)
    if media and closed and raw[j][:1].islower() and _joined(text, matches, j) and _inside_sentence(text, matches, i):
        return True
    if not definite or not raw[j][:1].islower() or (j - i > 1 and not _inside_sentence(text, matches, i)):
        return False  # a sentence's first word is capitalised whatever it is ("Officers of the Ertzaintza, …")
    for k in (j + 1, j + 2):
        head = w.heads.starts(norms, k) or int(norms[k] in w.media_words)
        if head and raw[k][:1].islower() and norms[k] not in w.adjective_heads and _joined(text, matches, k - 1):
            after = k + head
            described = after < len(raw) and _joined(text, matches, after - 1) and _titled_or_described(raw, norms, w, after)
            return not described and _closed(text, matches, raw, w, after)
    return False


def _closed(text: str, matches: list[re.Match[str]], raw: list[str], w: Words, k: int) -> bool:
    """An apposition closes with a comma or the sentence's end, past two adjectives after its noun where they
    follow it ("la police catalane, qui …"); not a list going on ("Djedda, l'armée soudanaise et les Forces …")."""
    last = k - 1
    limit = min(len(raw), k + 2) if w.adjectives_follow else k
    while last + 1 < limit and raw[last + 1][:1].islower() and _joined(text, matches, last):
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
        body = _organisation(text, matches, norms, i, last, w, states)
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
    given = _given(words[0]) and words[0] not in _english_calendar_words()
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
        found.append(_organisation(text, matches, norms, i, j, w, states))
    return j


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


def _caseless_people(text: str, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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


def _unspaced_caseless(text: str, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
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
    if not acronym or w.titles.starts(norms, i) or (i > 0 and held[i - 1] and _joined(text, matches, i - 1)):
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
    if j - i < 2 or w.heads.starts(norms, i) or _inside_sentence(text, matches, i):
        return i
    if w.adjective_first and w.heads.starts(norms, i + 1) and not raw[i].endswith(w.adjective_endings):
        return i + 1
    return i + 1 if j - i >= 3 and norms[i + 1] in w.connectors else i


def _adjective_first_end(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int
) -> int:
    """Where a body named by a capitalised adjective and a lower-case head-word ends ("Араканская армия", "армии
    Таанга" after it), or 0; not at the start of a sentence, where any word is capitalised."""
    if j != i + 1 or j >= len(matches) or not raw[j][:1].islower() or not _joined(text, matches, i) or held[j]:
        return 0
    k = j
    while k < min(len(matches), j + 2) and _lower_adjective(raw[k], norms, w, k) and _joined(text, matches, k):
        k += 1  # "Ярославской областной думы": more adjectives, then the head-word
    head = w.heads.starts(norms, k) if k < len(matches) and raw[k][:1].islower() and not held[k] else 0
    end = k + head
    # a sentence's first word is capitalised whatever it is, but a known name (its state's) after the head-word
    # closes a body's name there too: "Следственный комитет России возбудил"
    known = end < len(matches) and held[end] and raw[end][:1].isupper() and _joined(text, matches, end - 1)
    # ... and so does the acronym the text defines for it: "Конституционный суд (КС) решил", "Спортивный арбитражный
    # суд (CAS) дисквалифицировал"
    defined = bool(head) and DEFINED_AFTER.match(text, matches[end - 1].end()) is not None
    known = (known or defined) and raw[i].endswith(w.adjective_endings)  # an adjective opens it ("Удары сил Израиля")
    if not head or not (known or inside_sentence_at(text, matches[i].start())):
        return 0
    while end < len(matches) and raw[end][:1].isupper() and _joined(text, matches, end - 1):
        if _full_name_at(text, matches, raw, end):  # "адміністрації Павло Кириленко": its head's person, named after it
            break
        end += 1  # a name in the genitive after the head-word: "армия Таанга"
        if held[end - 1]:  # "Конституційний суд Румунії": a known name (its state's) closes the body's
            while end < len(matches) and held[end] and _joined(text, matches, end - 1):
                end += 1
            break
    return end


def _full_name_at(text: str, matches: list[re.Match[str]], raw: list[str], k: int) -> bool:
    """A given name and a capitalised word after it, at k: a person's full name ("Павло Кириленко"), as a body's
    title of its head stands before its holder's, not the genitive of a place's name."""
    nxt = k + 1
    return nxt < len(matches) and raw[nxt][:1].isupper() and _joined(text, matches, k) and _given(raw[k])


def _lower_adjective(word: str, norms: list[str], w: Words, k: int) -> bool:
    """A lower-case adjective inside a body's name that opens with its capitalised adjective ("областной")."""
    return word[:1].islower() and word.endswith(w.adjective_endings) and not w.heads.starts(norms, k)


def _before_model_code(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int, j: int) -> int:
    """Where the run i..j ends before a model's code glued to its last words ("Air Force Su-25 fighters": the
    aircraft's code is no word of the body's name)."""
    while j - 1 > i and MODEL_CODE.match(text, matches[j - 1].end()) and not w.heads.starts(norms, j - 1):
        j -= 1
    return j


def _english_end(matches: list[re.Match[str]], norms: list[str], w: Words, i: int, j: int) -> int | None:
    """Where a body's name in English inside a text of another language ends: right after its last head-word, an
    English one, unless an English connector goes on ("Lehman Brothers Gläubigerschutz", "Central Clinical Hospital
    della Russia", but "Bank of America"); None when the run's last head-word is none of those."""
    last = max(k + w.heads.starts(norms, k) for k in range(i, j) if w.heads.starts(norms, k))
    if w.head_final or norms[last - 1] not in w.final_heads:
        return None
    return last if last >= len(matches) or norms[last] not in _word_list("en", "connectors") else None


def _working_group(norms: list[str], w: Words, i: int, j: int) -> int | None:
    """German's "AG" closes a company's name (Aktiengesellschaft, "Siemens AG") and a school's or a club's working
    group (Arbeitsgemeinschaft, "die Theater AG", "eine Schach AG"): after nothing but the common nouns of what
    such groups do (`working_group_subjects`), a group, no company; where the run goes on after it."""
    forms = _word_list(w.language, "working_group_forms")
    end = next((k for k in range(i + 1, j) if norms[k] in forms), None)
    subjects = _word_list(w.language, "working_group_subjects")
    return end + 1 if end and all(norms[k] in subjects for k in range(i, end)) else None


def _classify_organisation(
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
) -> int | None:
    """The run i..j holds an organisation's head-word: add the organisation it names, if any."""
    j = _before_model_code(text, matches, norms, w, i, j)
    head = next(k + w.heads.starts(norms, k) for k in range(i, j) if w.heads.starts(norms, k))
    # the person's name ends before "and": "Cyngor Gwynedd a Heddlu …" is two bodies, though Gwynedd is a given name
    named = next((k for k in range(head, j) if norms[k] in w.and_words), j)
    person = not w.head_final and head < j and _given(raw[head]) and _person_follows(raw, norms, w, head, min(named, head + 4))
    if person:
        j = head  # "МЗС Олег Ніколенко": the body's short name, then a person's (head-final languages: below)
    english = _english_end(matches, norms, w, i, j)
    j = english or j
    if w.head_final:
        last = max(k + w.heads.starts(norms, k) for k in range(i, j) if w.heads.starts(norms, k))
        # a title further on may close a unit of the body ("Yüksek Mahkeme Birinci Daire Başkanı Cristiano Zanin":
        # the court's first chamber's president): the body, then the title and the name
        titled = any(w.titles.starts(norms, k) for k in range(last, j))
        if last < j and norms[last] not in w.connectors and not titled:
            # "Military Alliances", "Air Force One": the head-word only describes what follows; but a person's name
            # may follow a title ending in a head-word ("Inspector General of Police Japhet Koome said")
            return last if _person_follows(raw, norms, w, last, j) else None
        if last < j:  # "Foreign Ministry Spokesperson Mao Ning": the title and name after the body are read next
            return _classify_organisation(text, matches, raw, norms, held, w, i, last, found, states) or last
    j = _before_joined_noun(raw, norms, w, i, j)
    # two bodies joined by "and": "the Coast Guard and Bureau of Fisheries" (not "Bureau of Fisheries and Aquatic")
    joins = [k for k in range(i + 1, j) if norms[k] in w.connectors and norms[k] in w.and_words]
    for k in joins:
        if any(w.heads.starts(norms, m) for m in range(i, k)) and any(w.heads.starts(norms, m) for m in range(k + 1, j)):
            found.append(_with_state(_organisation(text, matches, norms, i, k, w, states), matches, raw, held, text, i, states))
            return k + 1
    end = j
    # "Ministry of Foreign Affairs", "Министерство обороны"
    tail = j < len(matches) and (norms[j] in w.connectors or w.fields.starts(norms, j)) and not english
    if tail and _joined(text, matches, j - 1):
        end = _org_tail(text, matches, raw, norms, held, w, j)
    end = _with_adjectives(text, matches, raw, norms, held, w, end)
    end = _genitive_tail(text, matches, raw, norms, w, end)
    end = _lower_complement_end(text, matches, raw, norms, held, w, i, end)
    if end - i < 2:
        alone = _head_alone(text, matches, raw, norms, held, w, i, end, states)
        if alone is not True:
            found += [alone] if alone else []
            # a head-word alone before a person's full name names no body, and the person is read next (Irish
            # "Rialtas Sheán Uí Néill", Seán Ó Néill's government)
            # ("Oficina del Presidente Electo": "del" is no given name here, and the title is read with what follows)
            return end if alone or (person and raw[head][:1].isupper()) else _titled_after(text, matches, raw, norms, w, end)
    acronym = ACRONYM_AFTER.match(text, matches[end - 1].end())  # "Philippine Coast Guard (PCG)"
    organisation = _organisation(text, matches, norms, i, end, w, states, acronym.group(1) if acronym else None)
    company = w.state_first.ends(norms, end) and _company_of_state(organisation, text, matches, raw, held, i, states)
    stated = _body_before_adjective(text, matches, raw, norms, held, w, i, end, states)  # "la Guardia Costera china"
    found.append(stated or company or _with_state(organisation, matches, raw, held, text, i, states))
    found += _acronym_spelt_out(text, found[-1])
    return end


ACRONYM_OPENING = re.compile(r"(?<![\w-])([A-Z][A-Z&]{1,6})\s*\(\s*$")  # "GEO (": an acronym, then its name spelt out
PARENTHESIS_CLOSING = re.compile(r"\s*\)")


def _acronym_spelt_out(text: str, body: Detected) -> list[Detected]:
    """The acronym before the parentheses that hold the whole of a body's name ("agents du GEO (Groupe Spécial
    d'Opérations)"): the same body, also where its initials are those of a name in another language."""
    opening = ACRONYM_OPENING.search(text, max(0, body.start - 12), body.start)
    if body.kind != "organisation" or opening is None or not PARENTHESIS_CLOSING.match(text, body.end):
        return []
    acronym = opening.group(1)
    return [Detected(body.name, "organisation", opening.start(1), opening.end(1), acronym, acronym, key=body.key)]


def _body_before_adjective(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    end: int,
    states: dict[tuple[int, int], str],
) -> Detected | None:
    """A capitalised head-word whose words run on ("la Guardia Costera", "la Guardia costiera"), then its state's
    adjective in lower case: that state's body, named as the lower-case words are ("China Coast Guard")."""
    k = next(k for k in range(i, end) if w.heads.starts(norms, k))
    after = k + w.heads.starts(norms, k)
    if k + 1 >= after or after < end or after >= len(matches) or not held[after] or not raw[after][:1].islower():
        return None
    return _before_state(text, matches, norms, held, w, k, states)


def _genitive_tail(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, end: int) -> int:
    """Where a body's name that ends with its capitalised head-word at `end` ends with the lower-case genitive words
    that complete it ("Сил народной мобилизации", "Корпуса стражей исламской революции"): the name capitalises its
    first word only; a verb, a short word or another form ends it, and so does an adjective left last."""
    if not w.complement_endings or not raw[end - 1][:1].isupper() or not w.heads.ends(norms, end):
        return end
    k = end
    while k < len(matches) and k - end < 4 and _joined(text, matches, k - 1) and _complements(raw[k], norms[k], w):
        k += 1
    while k > end and raw[k - 1].endswith(w.adjective_endings):
        k -= 1  # "Службы внешней": an adjective alone completes nothing
    return k


def _complements(word: str, norm: str, w: Words) -> bool:
    """A lower-case genitive word that may complete a body's name."""
    genitive = word.endswith(w.complement_endings) and not word.endswith(w.verb_endings)
    return word[:1].islower() and len(word) >= 4 and genitive and norm not in w.speech and norm not in w.stop


def _company_of_state(
    organisation: Detected,
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    held: list[bool],
    i: int,
    states: dict[tuple[int, int], str],
) -> Detected | None:
    """A company named by its state's name before its head-word ("Malaysia Airlines", "Malezya Hava Yolları"): the
    name opens with the state's, which names the company and stands for no government there."""
    if i == 0 or not held[i - 1] or not _joined(text, matches, i - 1) or not raw[i - 1][:1].isupper():
        return None
    span = _state_span(matches[i - 1], states)
    if span is None:
        return None
    start = span[0]
    surface = text[start : organisation.end]
    return Detected(_person_name(surface), "organisation", start, organisation.end, surface, organisation.acronym)


def _head_alone(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    end: int,
    states: dict[tuple[int, int], str],
) -> Detected | bool:
    """A head-word alone ("Alliance", "Council") names no one in particular (False), unless it is a ministry's own
    short name (True: go on), its state stands beside it (the body it names) or its leader does (`_leaders_body`)."""
    if _leaders_body(text, matches, raw, norms, w, i, end):
        return Detected(raw[i], "organisation", matches[i].start(), matches[i].end(), raw[i])
    # "Минобороны Азербайджана", "ВС Армении", "МИД"
    named = _before_state(text, matches, norms, held, w, i, states)
    if named:
        return named
    # "the Azerbaijani Army", "Philippine Navy": one head-word that names a body after its state's adjective
    stated = i > 0 and held[i - 1] and _joined(text, matches, i - 1) and _state_of(matches[i - 1], states)
    english = w.org_names.get(tuple(norms[i:end]))
    if stated and english and raw[i - 1][:1].islower():  # "die chinesische Küstenwache": its state's body
        name = f"{english} ({stated})" if english.startswith("Ministry of ") else f"{stated} {english}"
        return Detected(name, "organisation", matches[i].start(), matches[end - 1].end(), raw[i])
    company = w.state_first.starts(norms, i) == end - i  # "Malaysia Airlines": read on, the state's name opens it
    # "FIFA Congress": the head-word right after a body the registry holds names that body's organ, no state's
    organ = i > 0 and held[i - 1] and _joined(text, matches, i - 1) and not _state_of(matches[i - 1], states)
    return (
        w.fields.starts(norms, i) == 1
        or bool(stated and (english or company))
        or (not organ and _the_states_body(matches, raw, norms, w, i, end, states))
    )


def _leaders_body(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, end: int) -> bool:
    """A capitalised head-word alone that its leader's full name owns: after an article and before "of" and the full
    name ("la Ligue de Matteo Salvini", "la Liga de Matteo Salvini"), or after the full name's possessive ("Matteo
    Salvini's League"): the party or body that person leads, which the text names so. Not a state's own body named by
    its head-word ("el Gobierno de Pedro Sánchez", the state's government: `bodies_alone`, `state_nouns`)."""
    if end - i != 1 or not raw[i][:1].isupper() or raw[i] in w.bodies_alone or norms[i] in state_nouns(w.language):
        return False
    owned = (
        i >= 2
        and bool(POSSESSIVE.search(raw[i - 1]))
        and _given(raw[i - 2])
        and _joined(text, matches, i - 2)
        and _joined(text, matches, i - 1)
    )
    led = (
        i > 0
        and not w.noun_capitals  # German capitalises every noun: "unter dem Kommando von General …" names no body
        and norms[i - 1] in (w.articles - w.indefinite) | w.acronym_articles  # "la", "della": Romance articles
        and end + 2 < len(raw)
        and norms[end] in w.connectors
        and _joined(text, matches, end - 1)
        and _joined(text, matches, end)
        and _given(raw[end + 1])
        and not w.titles.starts(norms, end + 1)  # "General Constantino Chiwenga": a title, then the name
        and _full_name_at(text, matches, raw, end + 1)
    )
    return owned or led


def _the_states_body(
    matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, end: int, states: dict[tuple[int, int], str]
) -> Detected | bool:
    """A state's body named by its head-word alone, capitalised as a proper name ("le Parlement", "stormed
    Congress"): the body of the one state the paragraph names; with two states or none it names no one (False)."""
    capitalised = end - i == 1 and raw[i][:1].isupper()
    english = w.bodies_alone.get(raw[i]) or w.bodies_alone.get(norms[i]) if capitalised else None
    named = set(states.values())
    if not english or len(named) > 1 or _completes_title(norms, w, i):
        return False
    if not named:  # "adopté par le Sénat": the paragraph's own legislature, where the language's capital marks it
        return _unnamed_body(matches, raw, norms, w, i)
    return Detected(f"{named.pop()} {english}", "organisation", matches[i].start(), matches[i].end(), raw[i])


def _unnamed_body(matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int) -> Detected | bool:
    """A legislature's head-word alone in a paragraph that names no state (`bodies_alone_unnamed`): capitalised inside
    the sentence, the institution's proper name ("voté par le Sénat"), named by its word; not at a sentence's
    opening, where any word is capitalised, nor where the language capitalises every noun, nor after a word for its
    members ("members of Parliament": the members, people)."""
    if not _flag(w.language, "bodies_alone_unnamed") or i == 0 or raw[i].isupper():
        return False
    k = i
    while k > 0 and i - k < 2 and norms[k - 1] in w.connectors:
        k -= 1
    if k < i and k > 0 and norms[k - 1] in _word_list(w.language, "member_words"):
        return False
    if raw[i - 1].endswith(("'s", "’s")) or raw[i - 1] in ("s", "'s", "’s"):
        return False  # a possessor's ("the university's Senate"): its own body, no legislature
    if _qualifies_next(matches, raw, norms, w, i):
        return False
    return Detected(raw[i], "organisation", matches[i].start(), matches[i].end(), raw[i])


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
    if not english or not raw[i][:1].islower() or i == 0 or _completes_title(norms, w, i):
        return []
    if norms[i - 1] not in w.articles - w.indefinite or not _joined(text, matches, i - 1):
        return []
    if i < 2 or norms[i - 2] not in _word_list(w.language, "army_agents") or not _joined(text, matches, i - 2):
        return []  # only as a passive's agent, what it did: "after the army withdrew" may be any army's, or an annotator's noun
    k = i + 1  # the next word past "de", "du": "l'armée du Kremlin", "l'armée du général X", "the army chief"
    while k < min(len(raw), i + 3) and norms[k] in w.connectors and _joined(text, matches, k - 1):
        k += 1
    named_after = k < len(raw) and (raw[k][:1].isupper() or norms[k] in ARMY_COMPLEMENTS or bool(w.titles.starts(norms, k)))
    if named_after and _joined(text, matches, k - 1):
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
    if k >= len(raw) or not _joined(text, matches, i) or not raw[k][:1].islower():
        return False
    function_words = w.stop | w.articles | w.connectors | w.places | _word_list(w.language, "head_determiners")
    if norms[k] in _word_list(w.language, "army_noun_of"):
        after = k + 1
        return after < len(raw) and _joined(text, matches, k) and raw[after][:1].islower() and norms[after] not in function_words
    return norms[k] not in function_words


def _qualifies_next(matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int) -> bool:
    """Word i runs into a lower-case word that is neither a function word nor a verb the data lists, in a language
    whose nouns qualify the noun after them: it qualifies that noun ("the Parliament buildings"). Where adjectives
    follow their noun (French) the word after is a verb or an adjective, read by the rules of longer names."""
    k = i + 1
    if _flag(w.language, "adjectives_follow") or k >= len(raw) or not raw[k][:1].islower():
        return False
    if matches[k].start() - matches[i].end() > 1:
        return False
    if matches[k].start() > matches[i].end() and not matches[i].string[matches[i].end()].isspace():
        return False  # punctuation between: "le Parlement, dominé par…"
    verbs = w.speech | w.body_verbs | w.acting_verbs | _word_list(w.language, "acting_auxiliaries")
    return not (norms[k] in function_words(w.language) | w.connectors | verbs or _verb_shaped(norms, w, k))


def _verb_shaped(norms: list[str], w: Words, k: int) -> bool:
    """An English word after a body that reads as its verb, not a noun it qualifies: a past form ("voted",
    "adjourned", "rejected"), or a form in -s before an article ("passes the bill", where "buildings" is followed
    by none)."""
    if w.language.split("-")[0] != "en":
        return False
    if norms[k].endswith("ed"):
        return True
    return norms[k].endswith("s") and k + 1 < len(norms) and norms[k + 1] in w.articles


def _completes_title(norms: list[str], w: Words, i: int) -> bool:
    """The body completes a title before it ("portavoz del Parlamento", "Speaker of Parliament"): a person's office."""
    k = i
    while k > 0 and i - k < 2 and norms[k - 1] in w.connectors:
        k -= 1
    return k < i and bool(w.titles.ends(norms, k))


def _classify_person(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    held: list[bool],
    w: Words,
    i: int,
    j: int,
    found: list[Detected],
    written_alone: frozenset[str] = frozenset(),
) -> int | None:
    """The run i..j holds no organisation: add the person it names, if any; returns where a second name joined
    by "and" starts ("Ilham Aliyev and Nikol Pashinyan"), or None for j."""
    i = _past_field(norms, w, i, j)
    opened = i
    title = w.titles.starts(norms, i) or int(_compound_title(raw[i], norms[i], w))
    while title and i + title < j:  # "President Ilham Aliyev", "Parlamentspräsident X Y": the title opens the run
        i += title
        title = w.titles.starts(norms, i) or int(_compound_title(raw[i], norms[i], w))
    i = _past_titles_complement(raw, norms, w, i, j)
    if title or w.fields.starts(norms, i) or _title_complement(norms, w, i) or not raw[i][:1].isupper():
        # a title's complement ("Minister of Interior"), not a name; after "and", the run's next part is read on
        # its own ("Regierungschefin und Friedensnobelpreisträgerin Aung San Suu Kyi")
        return i + 1 if norms[i] in AND_WORDS & w.connectors and i + 1 < j else None
    before_particle = i
    i, j = _name_beside_particle(raw, norms, w, i, j)
    i = _past_title_after_preposition(raw, norms, w, before_particle, i, j)
    # a person's name ends where "and" or another title starts ("Nikol Pachinian et le Président russe")
    # ("Ilham Aliyev y Vladímir Putin": two people, though "y" also joins the parts of one Spanish name)
    split = (w.connectors - w.particles) | (AND_WORDS & w.connectors)
    whole = j
    # Turkish: "X başkanlığında" (chaired by X) after a name ends it (`chaired_by`)
    split = split | _word_list(w.language, "chaired_by")
    # a particle that is also "and" splits before two words or more, a full name, not before a name's last word
    # (Hausa "Muhammadu Buhari da Yemi Osinbajo", two people; "Lula da Silva", one)
    j = next((k for k in range(i + 1, j) if norms[k] in split or w.titles.starts(norms, k) or _and_before(norms, w, k, whole)), j)
    # the words after the split are read on their own: "Aliyev and Nikol Pashinyan", "Government of President Ruto"
    then = (j if w.titles.starts(norms, j) else j + 1) if j + 1 < whole else None
    if _named_place(text, matches, raw, norms, w, i, j):
        return then
    # Russian, Ukrainian: a sentence's capitalised first word before a name ("Двадцатидвухлетняя Махса Амини",
    # "Встреча Марии Захаровой"); not in Latin script, where a given name may stand inside one ("Aung San Suu Kyi")
    opening = w.adjective_first and not _inside_sentence(text, matches, i)
    # after an article a state's demonym before a full name is a noun, the person's nationality ("l'Argentin Jorge
    # Mario Bergoglio", "the Argentine Jorge Mario Bergoglio")
    noun = (
        i > 0 and norms[i - 1] in w.articles and _joined(text, matches, i - 1) and norms[i] in state_adjective_words(w.language)
    )
    # Russian, Ukrainian: a body in the genitive between a title and a full name ("Председатель Центризбиркома РК
    # Нурлан Абдиров"): the name opens at its given name; not without a title ("Праздником Весны Консульский")
    # a title's complement skipped ("Председатель Правительства Мишустин"): the one name after it is the title's
    complement = 0 if w.noun_capitals or opening or noun else _past_complement(raw, norms, w, opened, i, j) - i
    i += complement
    i = _from_given(raw, i, j) if w.noun_capitals or opening or noun else _past_genitive(raw, norms, w, opened, i, j)
    i = _past_club(text, matches, raw, norms, w, i, j, found)
    while j - i >= 3 and len(raw[i]) > 1 and raw[i].isupper() and not raw[i + 1].isupper() and _given(raw[i + 1]):
        i += 1  # a body's acronym, then a full name ("секретарь ЦК Михаил Суслов"): the name is the person's
    names = [k for k in range(i, j) if norms[k] not in w.particles]
    # "Vali Hasan Yılmaz AFAD ekipleriyle": the person, then an acronym; not at a sentence's start ("Due Navy SEAL")
    # not after an article: "die Suu Kyis NLD" is a body, the article its ("Suu Kyi's NLD")
    inside = (
        bool(names) and (i > opened or _inside_sentence(text, matches, names[0])) and (i == 0 or norms[i - 1] not in w.articles)
    )
    j = _cut_acronym_after_full_name(raw, names, j, inside, w)
    apposed = bool(names) and text[matches[names[-1]].end() :].lstrip()[:1] in ("", ",", ".", ";", ":", ")")
    if (
        not names
        or len(names) > 4
        or all(len(raw[k]) == 1 and raw[k].isupper() for k in names)  # initials alone ("une fille, T.", "41-летний М.В.")
        or (_holds_acronym([raw[k] for k in names]) and not _surname_in_capitals(raw, norms, names, w, i > opened, apposed))
        or _lone_acronym([raw[k] for k in names], w)
    ):
        return then
    if (i > 0 and norms[i - 1] in w.vessels) or any(norms[k] in w.vessels for k in range(i, j)):
        return then  # a ship's name, or a craft's with its kind's word ("Space Shuttle Columbia")
    titled = _titled(text, matches, raw, norms, held, w, i)
    # "the minister Will": a lower-case English title names a person only before a full name
    titled = 0 if len(names) == 1 and _lower_title(raw, norms, w, i - titled + 1, titled, held) else titled
    # a state's adjective after the title, where adjectives follow their noun: "il presidente russo Gorbaciov"
    titled = 1 if titled == 2 and held[i - 1] and raw[i - 1][:1].islower() else titled
    speaking = j < len(matches) and norms[j] in w.speech and _joined(text, matches, j - 1)
    given = _given(raw[i]) or _surname_first_name(text, matches, raw, w, i, j)
    # Turkish: what an occupation serves, not its holder ("futbolcusu Manchester United ile")
    titled = 0 if titled and not given and _occupation_then_postposition(text, matches, norms, w, i - titled + 1, j) else titled
    after_connector = i > 0 and _joined(text, matches, i - 1) and norms[i - 1] in w.connectors | w.particles
    # one word is a name right after its title ("President Aliyev", not "du Commerce") or, in mixed case and four
    # letters or more, before a verb of speech ("Небензя напомнил")
    # "Алиев подчеркнул", not "Власти заявили" (plural) nor "в Баку заявили"
    lone = w.lone_names and j < len(raw) and raw[j].lower() in w.speech_forms and not (i > 0 and norms[i - 1] in w.places)
    lone = lone and not raw[i].lower().endswith(w.not_lone_endings)  # "Республики заявил": a noun's ending
    lone = lone or bool(QUOTED.search(text, 0, matches[i].start()))  # '…," Tarriela said': who spoke the quotation
    kin = _after_kin(text, matches, norms, w, i)  # "his half-brother, Barzan al-Tikriti": kin titles a name as an office does
    alone = titled == 1 or _titled_past_genitive(raw, held, w, i, titled) or kin or bool(complement)
    alone = alone or (speaking and lone and len(raw[i]) >= 4 and not raw[i].isupper())
    # '"…," said Okafor', "« … », a déclaré Dupont", "ha dicho Macron, que …", "Okafor, who …": one word names a person
    relative = _relative_follows(text, matches, w, j - 1)
    spoke = _speaker_of_quote(text, matches, norms, w, i)
    # not after an article: "the Houthis, who" are a group
    # one word before a compound tense of speech ("Dupont a déclaré"), as before "who"
    # at a sentence's start only a word the source also writes alone inside one ("Come ha detto": an adverb)
    compound = _compound_speech_follows(text, matches, norms, w, i, j)
    # two or three names in mixed case inside a sentence, not after an article, before a compound tense of speech
    # ("…, Ngozi Adebayo a déclaré", "ieri Tariq Zaman ha detto"): a person's full name, whatever its given name (a
    # body's keeps its article); not opening a sentence, where an adverb may be the first word ("Ieri Zaman ha detto")
    full_speaker = compound and 2 <= len(names) <= 3 and j - i == len(names) and not any(raw[k].isupper() for k in names)
    full_speaker = full_speaker and _inside_sentence(text, matches, i)
    compound = compound and (_inside_sentence(text, matches, i) or _bare(raw[i], w) in written_alone)
    relative_alone = (relative or compound) and not (i > 0 and norms[i - 1] in w.articles and _joined(text, matches, i - 1))
    alone = alone or ((spoke or relative_alone) and len(raw[i]) >= 3 and not raw[i].isupper())
    alone = alone or _speaking_subject(text, matches, raw, w, i, j)
    alone = alone or (len(names) == 1 and _speaker_beside(text, matches, raw, norms, w, i, j))
    particle_led = raw[i][:1].islower() and norms[i] in w.particles  # "den Tod von bin Laden": a family name
    alone = alone or particle_led
    lone_word = len(names) == 1 and (not alone or (after_connector and not particle_led))
    # a title's field in a list of them after a comma: "…, de la Formation professionnelle et …"
    listed = len(names) >= 2 and _listed_complement(text, matches, raw, norms, w, i)
    opens_other = _title_opens_name(text, matches, raw, norms, w, (i, j), titled, len(names) == 1) or (
        len(names) == 1 and _opens_complement_name(text, matches, raw, norms, held, w, i, j)
    )
    if lone_word or listed or (titled and opens_other):
        return then
    attributed = _attributed(text, matches, norms, w, i, j)
    surname = _surname_known(text, matches, raw, norms, w, i, j, written_alone) or _apposed(text, matches, norms, held, w, i, j)
    surname = surname or (j - i == 2 and bool(SYLLABLES.match(raw[i + 1])) and len(raw[i]) <= 5)  # "Park Geun-hye"
    surname = surname or (j - i == 2 and _pinyin_name(raw[i], raw[i + 1]))  # "Xi Jinping", "Li Qiang"
    surname = surname or relative  # "Ngozi Adebayo, who …": a person's name, whatever its given name
    surname = surname or full_speaker
    if titled or (len(names) >= 2 and (given or speaking or attributed or surname or kin)) or (len(names) == 1 and alone):
        start, end = matches[i].start(), matches[j - 1].end()
        ending = APOSTROPHE_ENDING if w.apostrophe_endings else POSSESSIVE_WORD
        possessive = ending.search(text, start, end)  # "President Trump’s executive order": Trump; "Putin’in"
        end = possessive.start() if possessive else end
        if not CREDIT_BEFORE.search(text, 0, start) and not CREDIT_AFTER.match(text, end):
            found.append(Detected(_person_name(text[start:end]), "person", start, end, text[start:end]))
    return then


def _participle_opens(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int
) -> bool:
    """A head-word that is also a verb's participle (`data/detection_words.yaml`: Occitan "Partit", left, also a
    party) opening a sentence before "of" and one word names no body: "Partit de Rodés, lo grop…" (having left
    Rodez); a party's name goes on past its place, or has no "of" ("Partit Socialista")."""
    opens = raw[i] in w.participles and not _inside_sentence(text, matches, i)
    return opens and j - i == 3 and norms[i + 1] in w.connectors and _joined(text, matches, i)


def _and_words(language: str) -> frozenset[str]:
    """The words for "and" that join two bodies' names: the shared ones and the language's own
    (`generic_words.own_and_words`: Catalan "i", Irish "agus", Welsh "a", "ac"): "El Consell i el Parlament" are two
    bodies."""
    return AND_WORDS | {normalise(w) for w in generic_words.own_and_words(language.split("-")[0].lower())}


def _listed_complement(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int) -> bool:
    """The words from i, right after a comma, a connector and a definite article, are one more field in a list of a
    title's fields ("le Ministre de l'Enseignement technique, de la Formation professionnelle et de l'Apprentissage"):
    a field, no name. A name after a title and a comma has no article before it ("le ministre du Commerce, Piyush
    Goyal"); one word after a particle is left to the rules of one word ("le Premier ministre, de Villepin"). The list
    opens with a preposition, not an article (a relative pronoun: "…, la cual", "…, die Élisabeth Borne"), and not in
    a language that capitalises its nouns."""
    k = i
    while k > 0 and raw[k - 1][:1].islower() and norms[k - 1] in w.connectors | w.articles and _joined(text, matches, k - 1):
        k -= 1
    if w.noun_capitals or not 0 < k < i or norms[k] in w.articles:  # German "…, die Élisabeth Borne": a relative pronoun
        return False
    definite = any(norms[m] in w.articles - w.indefinite for m in range(k, i))
    return definite and text[matches[k - 1].end() : matches[k].start()].strip() == ","


def _title_opens_name(
    text: str,
    matches: list[re.Match[str]],
    raw: list[str],
    norms: list[str],
    w: Words,
    run: tuple[int, int],
    titled: int,
    one: bool,
) -> bool:
    """The title before the run's names opens the name of a place or an office, not a person's
    (`data/detection_words.yaml`): an article that follows its noun closes the run (Haitian Creole "Minis Sante
    Piblik la", the public health minister); or, before one word, that word ends as a street's or a foundation's name
    does ("Burgemeester Jansenweg"), or a language that writes its titles in lower case capitalises this one inside
    a sentence ("de Premier League")."""
    i, j = run
    if j < len(norms) and raw[j] in w.determiners_after and _joined(text, matches, j - 1):
        return True
    if not one:
        return False
    if any(norms[i].endswith(e) and len(norms[i]) > len(e) for e in w.name_endings):
        return True
    title = i - titled
    return w.lower_case_titles and raw[title][:1].isupper() and _inside_sentence(text, matches, title)


def _opens_complement_name(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int
) -> bool:
    """Russian, Ukrainian (`adjective_first`): the one capitalised word after a title opens the name of what the title
    is of, no surname: a word of a state's official name before the state's name (`state_forms`: "премьер-министром
    Республики Армения"), or a word in an adjective's case ending (`adjective_endings`) before a body's head-word or a
    region's noun (`region_nouns`) it qualifies ("губернатор Астраханской области", "директор Украинского института")."""
    if not w.adjective_first or j >= len(raw) or not _joined(text, matches, j - 1):
        return False
    if held[j] and raw[j][:1].isupper():
        return norms[i] in _word_list(w.language, "state_forms")
    word = raw[i].lower()
    if not raw[j][:1].islower() or not any(word.endswith(e) and len(word) > len(e) + 2 for e in w.adjective_endings):
        return False
    return bool(w.heads.starts(norms, j)) or norms[j] in _word_list(w.language, "region_nouns")


NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _surname_first_name(text: str, matches: list[re.Match[str]], raw: list[str], w: Words, i: int, j: int) -> bool:
    """Where the language writes the family name first (`surname_first_places`: Hungarian "Bognár István"), two
    words in mixed case, the second a known given name and the first not, are a person's full name; not before a
    lower-case word that makes them a place's name ("Kossuth Lajos utca")."""
    places = surname_first_places(w.language)
    if places is None or j - i != 2 or any(word.isupper() or not word[:1].isupper() for word in raw[i:j]):
        return False
    if _given(raw[i]) or not _given(raw[i + 1]):
        return False
    after = NEXT_WORD.match(text, matches[j - 1].end())
    return not (after and after[1].islower() and after[1].startswith(places))


def _and_before(norms: list[str], w: Words, k: int, end: int) -> bool:
    """Word k is a particle that is also the language's "and" (`and_particles`) with two words or more after it
    in the run ending at `end`: it joins two names ("Muhammadu Buhari da Yemi Osinbajo"), no name's particle."""
    return norms[k] in w.and_particles and end - k >= 3


def _occupation_then_postposition(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, end: int, j: int) -> bool:
    """Turkish: the words after an occupation word (`titles_before_full_names`, ending before word `end`) that a
    postposition the data lists follows ("futbolcusu Manchester United ile anlaştı": signed with the club; "teknik
    direktörü Avrupa Ligi için": for the league) are what the occupation serves, not the person; a run opening with a
    given name is still the person ("futbolcusu Mauro Icardi ile": the club parted with him)."""
    postpositions = _word_list(w.language, "postpositions")
    if not postpositions or j >= len(norms) or norms[j] not in postpositions or not _joined(text, matches, j - 1):
        return False
    return bool(w.full_name_titles.ends(norms, end))


def _pinyin_name(family: str, given: str) -> bool:
    """A Chinese name in Hanyu Pinyin, family name first: a common family name (`chinese_surnames`), then a given
    name of one or two syllables written as one capitalised word ("Xi Jinping", "Wang Yi", "Li Keqiang")."""
    if family not in chinese_surnames() or not (given[:1].isupper() and given[1:].islower()):
        return False
    return bool(pinyin_given_name().fullmatch(given))


def _titled_past_genitive(raw: list[str], held: list[bool], w: Words, i: int, titled: int) -> bool:
    """Russian, Ukrainian (`adjective_first`): a title, then the state or body it belongs to in the genitive, then one
    name ("президент Турции Эрдоган", "министр иностранных дел России Лавров"): the name is the titled person's, unless
    a registry's name follows it, another part of the name the registry took for a state ("Ашраф Гані": Ghana's case)."""
    if not (w.adjective_first and titled >= 2 and held[i - 1] and raw[i - 1][:1].isupper() and not raw[i].isupper()):
        return False
    return i + 1 >= len(raw) or not (held[i + 1] and raw[i + 1][:1].isupper())


def _past_field(norms: list[str], w: Words, i: int, j: int) -> int:
    """Where the title starts in a run that opens with a ministry's field before it, as a head-final language puts it
    ("Finance Minister Yanis Varoufakis", "Health Minister …"); else i."""
    field = w.fields.starts(norms, i) if w.head_final else 0
    return i + field if field and i + field < j and w.titles.starts(norms, i + field) else i


SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")


def _speaking_subject(text: str, matches: list[re.Match[str]], raw: list[str], w: Words, i: int, j: int) -> bool:
    """Turkish: one mixed-case word opening a sentence, set off by a comma, in a sentence a verb of speech closes
    ("Ryan, … tespit edildiğini belirtti."): the sentence's subject, a surname (a plural noun is none: "Yetkililer,")."""
    if not w.subject_verbs or j != i + 1 or len(raw[i]) < 4 or raw[i].isupper() or _inside_sentence(text, matches, i):
        return False
    if not text.startswith(",", matches[i].end()) or raw[i].lower().endswith(w.not_subject_endings):
        return False
    end = SENTENCE_END.search(text, matches[i].end())
    clause = text[matches[i].end() : end.start() if end else len(text)]
    return any(word.lower() in w.subject_verbs for word in w.word.findall(clause))


POSSESSIVE_AFTER = re.compile(r"['’´]s\b")  # "Santiago´s metro": the possessive, also with an acute accent


def _speaker_beside(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """One capitalised word right after or before a verb of speech (`speaker_verbs`: "sagte Erdogan weiter", "Peskov
    negó"): who spoke, a person. Not after an article or another capitalised word ("the Police said", "Nova Kakhovka
    disse"), before a possessive ("said Santiago's metro"), a people's plural, nor a word the text also writes in lower
    case ("Ele afirmou": a pronoun); opening a sentence, only a word the paragraph also writes inside one ("Officials
    said" opens one only). Right after the verb only where the language puts the subject after a verb of speech
    (`speaker_inverted`: "sagte Erdogan", not "said Okafor would"); German capitalises its nouns and puts the verb
    after its object ("seinen Rücktritt erklärt"): there only a name right after the verb."""
    verbs = _word_list(w.language, "speaker_verbs")
    if not verbs or j != i + 1 or len(raw[i]) < 3 or raw[i].isupper() or norms[i] in w.stop:
        return False
    inverted = _word_list(w.language, "speaker_inverted") == {"yes"}
    before = inverted and i > 0 and norms[i - 1] in verbs and _joined(text, matches, i - 1)
    after = not w.noun_capitals and j < len(norms) and norms[j] in verbs and _joined(text, matches, i)
    if not (before or after) or (i > 0 and raw[i - 1][:1].isupper() and _joined(text, matches, i - 1)):
        return False
    if i > 0 and norms[i - 1] in w.articles and _joined(text, matches, i - 1):
        return False
    if POSSESSIVE_AFTER.search(text, matches[i].start(), matches[i].end() + 2) or re.search(
        rf"(?<!\w){re.escape(raw[i].lower())}(?!\w)", text
    ):
        return False
    if norms[i] in state_adjective_words(w.language) | _peoples(w.language) or _plural(norms[i], w):
        return False
    return (
        before
        or _inside_sentence(text, matches, i)
        or _written_inside_a_sentence(text, raw[i])
        or _opening_speaker(text, raw, norms, w, i)
    )


def _opening_speaker(text: str, raw: list[str], norms: list[str], w: Words, i: int) -> bool:
    """Opening a sentence, a word that is no body's head-word nor a title ("Police said", "Minister said"), no word
    for a government, no pronoun or collective noun the data lists (`not_speakers`: "Everyone said") and not ending
    as a plural of people does (`people_plural_endings`: "Witnesses said"), where the language's data says its news
    opens sentences so with who spoke (`speakers_open_sentences`: "Pinera said"), and only a surname the text names
    in full (`_surname_of_full_name`); demonyms and stop words are read above."""
    if not _flag(w.language, "speakers_open_sentences"):
        return False
    if norms[i] in _word_list(w.language, "not_speakers") | state_nouns(w.language):
        return False  # "Everyone said", "Government said"
    if norms[i].endswith(tuple(_word_list(w.language, "people_plural_endings"))):
        return False  # "Witnesses said", "Medics said": a plural of people, though "Santos" and "Adams" end in -s too
    if w.heads.starts(norms, i) or w.titles.starts(norms, i) or w.fields.starts(norms, i):
        return False
    return _surname_of_full_name(text, raw[i])


def _surname_of_full_name(text: str, word: str) -> bool:
    """The text names someone in full with this word last, after a given name ("Juan Manuel Santos … Santos said"):
    a bare word opening a sentence may be any noun ("Experts said", "Tradition says", "Mum said"), so only a
    surname the text has introduced is who spoke."""
    return any(_given(m[1]) for m in re.finditer(rf"(?<!\w)(\w+)\s+{re.escape(word)}(?!\w)", text) if m[1][:1].isupper())


def _written_inside_a_sentence(text: str, word: str) -> bool:
    """The paragraph writes the word, as written, inside a sentence somewhere: a name, not a noun opening one."""
    return any(inside_sentence_at(text, m.start()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _in_place_name(text: str, matches: list[re.Match[str]], raw: list[str], held: list[bool], i: int) -> bool:
    """Word i follows a capitalised word no known name holds, with only a space between ("Rawalpindi General")."""
    return i > 0 and raw[i - 1][:1].isupper() and not held[i - 1] and _joined(text, matches, i - 1)


def _name_beside_particle(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> tuple[int, int]:
    """German capitalises every noun: "von" inside a run joins a name only after one given name ("Richard von
    Weizsäcker") and no article; else it is the preposition, and the name is the full name after it ("Tod von Hassan
    Kaburi") or the words before it ("Hassan Kaburi von Tripolis", "den Tod von Hunderten": none)."""
    if not w.noun_capitals:
        return i, j
    prepositions = (w.particles & w.connectors) - w.following_particles
    k = next((k for k in range(i + 1, j - 1) if norms[k] in prepositions), None)
    if k is None:
        return i, j
    given = next((m for m in range(k + 1, j - 1) if raw[m][:1].isupper() and _given(raw[m])), None)
    if given is not None:  # "Anweisung von US-Präsident Donald Trump"
        return given, j
    noun = i > 0 and norms[i - 1] in w.articles  # "den Tod von …": a noun, though "Tod" is a given name
    if noun and k == i + 1 and j - k > 2:
        return k + 1, j  # "den Tod von Ghassem Soleimani"
    return (i, j) if k == i + 1 and _given(raw[i]) and not noun else (i, k)


def _past_title_after_preposition(raw: list[str], norms: list[str], w: Words, run_start: int, i: int, j: int) -> int:
    """German: a title after the preposition that opened the name ("Rücktritt von Premierminister Wickremesinghe"):
    the name starts after it, as it does after a title opening the run."""
    title = (w.titles.starts(norms, i) or int(_compound_title(raw[i], norms[i], w))) if i > run_start else 0
    while title and i + title < j:
        i += title
        title = w.titles.starts(norms, i) or int(_compound_title(raw[i], norms[i], w))
    return i


def _after_kin(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int) -> bool:
    """Word i follows a word for kin, or one and a comma ("e della figlia Yulia", "e a filha, Yulia"), also past an
    adjective of age set after it (`kin_adjectives`: "son frère aîné Chamal", "ses frères cadets Basil"); after a
    plural kin word (`plural_kin`) only a first name of two ("les frères Kouachi" is a family's name)."""
    k = i - 1
    if k > 0 and norms[k] in _word_list(w.language, "kin_adjectives") and not text[matches[k].end() : matches[i].start()].strip():
        k -= 1
    if k >= 0 and norms[k] in _word_list(w.language, "plural_kin") and not _and_follows(text, matches, norms, w, i):
        return False  # "les frères Kouachi": the family's name, not one person
    return k >= 0 and norms[k] in w.kin and text[matches[k].end() : matches[k + 1].start()].strip() in ("", ",")


def _and_follows(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int) -> bool:
    """Word i is followed by "and" and a capitalised word: two names ("ses frères Basil et Shasheendra")."""
    return i + 2 < len(matches) and norms[i + 1] in AND_WORDS and matches[i + 2].group()[:1].isupper()


def _surname_in_capitals(
    raw: list[str], norms: list[str], names: list[int], w: Words, titled: bool, apposed: bool = False
) -> bool:
    """A title, one name in mixed case, then the surname in capitals, as official texts write an official's name
    ("Vali Vahdettin ÖZKAN"): a person's name, not a name beside an acronym; the surname's word has four letters or
    more and is no acronym the language's data lists. Without a title, only a given name set off by punctuation after
    it (`apposed`: "all'ex numero uno della Nissan Motor, Carlos GHOSN, di"), not before the noun an acronym qualifies
    ("Ahmet ASELSAN hisselerini": a given name and a company's shares); not after two names in mixed case, a full name
    already (`_cut_acronym_after_full_name`)."""
    last = raw[names[-1]]
    first = names[0]
    titled = titled or (first > 0 and bool(w.titles.starts(norms, first - 1)))
    # after a title, two given names or two words no list knows ("le ministre Tiémoko Meyliet KONE": names of a
    # region gender-guesser misses), not a full name already ("Mansur Yavaş ASKİ")
    given = [_given(raw[k]) for k in names[:-1]]
    # without a title, a known given name then a surname in capitals of five letters or more ("Ieri Matteo SALVINI ha
    # parlato"), where a name does not qualify the noun after it unmarked (Turkish: "Murat ASELSAN hisselerini")
    named = _given(raw[first]) and not w.apostrophe_endings and w.untitled_capital_surnames and _surname_shaped(last, w)
    return (
        (len(names) == 2 or (len(names) == 3 and titled and (all(given) or not any(given))))
        and (titled or (apposed and _given(raw[first])) or named)
        and last.isupper()
        and len(last) >= 4
        and last.isalpha()
        and last not in w.common_acronyms
        and not any(raw[k].isupper() for k in names[:-1])
    )


def _cut_acronym_after_full_name(raw: list[str], names: list[int], j: int, inside: bool, w: Words) -> int:
    """Two or three words in mixed case, a full name, then one word in capitals: the capitals are a body's acronym or
    a word in capitals after the person's name ("Mansur Yavaş ASKİ yönetimini", "Sarah Jones RSPCA"), no surname:
    the name ends before it (taken off `names`); else `j`. Only `inside` a sentence or after a title: a sentence's
    first words may be no name ("Due Navy SEAL")."""
    words = [raw[k] for k in names]
    if len(words) < 3 or not inside:
        return j
    mixed = words[:-1]
    capitals = words[-1].isupper() and len(words[-1]) >= 2 and not ROMAN_NUMERAL.match(words[-1])  # not "Carlos II"
    full = 2 <= len(mixed) <= 3 and _given(mixed[0]) and not any(x.isupper() for x in mixed)  # a given name first
    # four letters after two given names, but in Turkish, whose bodies' acronyms of four letters qualify the noun after
    # them ("Vali Murat Demir AFAD ekipleriyle": Demir is a given name too)
    shortest = LONG_SURNAME if w.apostrophe_endings else SHORT_SURNAME
    if full and capitals and all(_given(x) for x in mixed) and _surname_shaped(words[-1], w, shortest):
        return j  # "Cumhurbaşkanı Recep Tayyip ERDOĞAN", "Jean Pierre KONE": given names only, then the surname
    return names.pop() if full and capitals else j


SURNAME_VOWELS = re.compile(r"^[^aeiouyıiöüâêîôûàèéìòùäåæøœ]{0,2}[aeiouyıiöüâêîôûàèéìòùäåæøœ]", re.IGNORECASE)


SHORT_SURNAME = 4  # after two given names, a surname in capitals of four letters ("KONE", "DIOP"): no body's acronym
LONG_SURNAME = 5  # else five letters or more: "AFAD", "ASKİ" are bodies


def _surname_shaped(word: str, w: Words, shortest: int = LONG_SURNAME) -> bool:
    """A word in capitals shaped like a surname, no acronym: five letters or more ("AFAD", "ASKİ" are bodies), none the
    language's data lists as an acronym, a vowel among its first three letters, two vowels in all and no more vowels than
    consonants ("ERDOĞAN", "DUBOIS"; not "RSPCA", "TEİAŞ")."""
    lower = word.lower().replace("\u0307", "")  # "İ" lower-cased is "i" and a dot above
    vowels = sum(c in "aeiouyıiöüâêîôûàèéìòùäåæøœ" for c in lower)
    shaped = bool(SURNAME_VOWELS.match(lower)) and 2 <= vowels <= len(lower) - vowels  # not "TEİAŞ"
    return len(word) >= shortest and word.isalpha() and word not in w.common_acronyms and shaped


MAX_LONE_ACRONYM = 4  # letters of a word in capitals alone after a title: a body's acronym, shorter than a surname
# an acronym's shape, read on each letter's first Latin letter: no vowel ("МЗС"), three consonants in a row ("УГКЦ")
# or two vowels opening it ("ОАК"); a short surname in capitals is pronounced as written ("Dr KIM", "депутат ЛІ")
UNSPOKEN = re.compile(r"^[^AEIOUY]+$|[^AEIOUY]{3}|^[AEIOUY]{2}")


def _lone_acronym(words: list[str], w: Words) -> bool:
    """One word in capitals of two to four letters is a body's acronym, not a person's name, even after a title
    ("Глава УГКЦ", the head of the Church): a surname a title precedes in capitals is longer (`_surname_in_capitals`
    asks four letters or more beside a given name) or can be spoken (`UNSPOKEN`), and a regnal number is no acronym."""
    if len(words) != 1 or not words[0].isupper() or not 2 <= len(words[0]) <= MAX_LONE_ACRONYM or ROMAN_NUMERAL.match(words[0]):
        return False
    if words[0] in w.common_acronyms:  # "ПАО", a company's form
        return True
    return bool(UNSPOKEN.search("".join(anyascii(c)[:1].upper() for c in words[0] if c.isalpha())))


def _holds_acronym(words: list[str]) -> bool:
    """A word in capitals beside words in mixed case is an acronym, no part of a person's name ("Згодом ЗМІ": "later
    the media"); a name all in capitals ("ANTONY BLINKEN") or with a regnal number ("Charles III") is one."""
    words = [x for x in words if len(x) >= 2]  # not an initial ("J.")
    capitals = [x for x in words if x.isupper() and not ROMAN_NUMERAL.match(x)]
    return bool(capitals) and len(capitals) < len(words)


def _named_place(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The words i..j name a place: they hold a word of places' names ("Mare del Sud", "Sierra Madre", "Asie du
    Sud-Est", "Spratly-Inseln"), or a person's name has a word for a square, street or bridge after or before it
    ("Nelson Mandela Square", "Rabia Meydanı", "la place Nelson-Mandela", "площадь Ленина")."""
    if any(norms[k] in w.geographic or norms[k].rsplit("-", 1)[-1] in w.geographic for k in range(i, j)):
        return True
    if _subdivision_named(matches, norms, w, i, j):
        return True
    if _after_masculine_article(text, matches, raw, norms, w, i, j):
        return True
    before = i > 0 and norms[i - 1] in w.named_places and _joined(text, matches, i - 1)
    after = j < len(norms) and norms[j] in w.named_places and _joined(text, matches, j - 1)
    return before or after or any(norms[k] in w.named_places for k in range(i + 1, j)) or _saints_name(raw, norms, w, i, j)


def _subdivision_named(matches: list[re.Match[str]], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The words i..j are, all of them, the name of a state's province or region (ISO 3166-2, first level: "Rio de
    Janeiro", "Minas Gerais", "Chiang Rai"), two words or more, and no verb of speech follows them: a place, though
    its first word is a given name. A province named after a person ("Santiago Rodríguez") who speaks or has a title
    before the name stays a person; one that reads as a given name and a surname ("Diego Martin", Trinidad's) is the
    place only after a place's preposition ("in Diego Martin"): "Diego Martin scored twice" is a man."""
    if j - i < 2 or (j < len(matches) and norms[j] in w.speech) or w.titles.ends(norms, i):
        return False
    words = tuple(norms[i:j])
    if not _names_first_level(words):
        return False
    return not (j - i == 2 and _given(norms[i])) or (i > 0 and norms[i - 1] in w.places)


def _after_masculine_article(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int
) -> bool:
    """A full name alone right after a masculine article the language never puts before a man's name
    (`no_person_after`: "il Roland Garros", "el Santiago Bernabéu"): what is named after the person (a tournament, a
    stadium); not "del Porto Diogo Costa", a club and then its player."""
    after = i > 0 and norms[i - 1] in _word_list(w.language, "no_person_after") and _joined(text, matches, i - 1)
    if not (after and j - i == 2 and _given(raw[i])):
        return False
    # at a place ("en el Santiago Bernabéu que acogerá", "al Giuseppe Meazza che ospiterà"): a venue, whatever follows
    if not _person_of_a_time(text, matches[j - 1].end(), w.language):
        return True
    venue, start = _venue_before(w.language), matches[i].start()
    return bool(venue and venue.search(text, max(0, start - 20), start))  # a bounded look back: no whole-text search


@cache
def _venue_before(language: str) -> re.Pattern[str] | None:
    """A preposition of place with the masculine article, or their contraction, right before a name
    (`venue_before`: Spanish "en el", "al"; Italian "al", "nel", "sul"): the place named after a man, not the man as he
    was then, even before a relative pronoun or "of" and a word for a time."""
    phrases = sorted(_word_list(language, "venue_before", normalised=False), key=len, reverse=True)
    alternatives = "|".join("[ \\u00a0]+".join(map(re.escape, p.split())) for p in phrases)
    return re.compile(f"(?<!\\w)(?:{alternatives})[ \u00a0]+$", re.IGNORECASE) if phrases else None


def _person_of_a_time(text: str, end: int, language: str) -> bool:
    """After the name, a relative pronoun or "of" and a word for a time (`article_person_then`: "del Pedro Sánchez que
    prometió", "il Matteo Renzi di allora"): the man as he was then, a person after the article all the same. Not "of"
    and a year: "el Roland Garros de 2024" is the tournament of that year."""
    then = _article_person_then(language)
    return bool(then and then.match(text, end))


@cache
def _article_person_then(language: str) -> re.Pattern[str] | None:
    phrases = sorted(_word_list(language, "article_person_then", normalised=False), key=len, reverse=True)
    return re.compile(f"[ \\u00a0]+(?:{'|'.join(map(re.escape, phrases))})(?!\\w)", re.IGNORECASE) if phrases else None


def _saints_name(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A saint's word before a given name names a place or a saint ("San Juan", "Santa Maria", "San Felipe Segundo",
    "Sesto San Giovanni"), opening the name or before its last word: inside one, a name's word ("Aung San Suu Kyi");
    before a word no given name, a person's ("Kelumpa San Varanatha"). Opening the name, before any word, a place's
    ("San Petersburgo", "San Marino"): no one's name opens with a saint's word."""
    if j - i >= 2 and norms[i] in w.saints:
        return True
    return any(norms[k] in w.saints and _given(raw[k + 1]) for k in range(i + 1, j - 1) if k + 2 == j)


def _surname_known(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int, alone: frozenset[str]
) -> bool:
    """ "Calin Georgescu … Georgescu": two or three names inside a sentence, whose last the source also writes alone,
    as a surname; not words with a connector ("Casa della Libertà"), a case ending ("Michel'in Aliyev"), an
    adjective's ending ("Нагорном Карабахе") or a capitalised word after them ("Second Nagorno-Karabakh War")."""
    if not 2 <= j - i <= 3 or _bare(raw[j - 1], w) not in alone or raw[j - 1].isupper():
        return False
    if i > 0 and norms[i - 1] in w.geographic:  # "Северный Дарфур Эль-Фашер": a place in a region
        return False
    if any(norms[k] in w.particles | w.connectors or APOSTROPHE_ENDING.search(raw[k]) for k in range(i, j - 1)):
        return False
    if place_endings(w.language).search(raw[j - 1]):  # "Husilerin Kızıldeniz'deki": a place, in the locative
        return False
    if raw[i].lower().endswith(w.adjective_endings) or (j < len(raw) and raw[j][:1].isupper() and _joined(text, matches, j - 1)):
        return False
    # opening a sentence too where a lone capitalised word names a person (Russian and Ukrainian, `lone_names`): a
    # sentence's first two capitalised words, the second also alone, before a lower-case word ("Риши Сунак официально
    # стал … Сунак занимал")
    opening = w.lone_names and j - i == 2 and j < len(raw) and raw[j].islower()
    # not a verb or a noun before a name in the genitive ("Закінчився Євромайдан", "Падение Эль-Фашира", "Власти Нью-Йорка")
    opening = opening and raw[i] not in w.stop and not raw[i].lower().endswith(w.verb_endings)
    opening = opening and not raw[j - 1].endswith(("а", "я"))
    return opening or _inside_sentence(text, matches, i)


def _inside_sentence(text: str, matches: list[re.Match[str]], i: int) -> bool:
    """Word i is not a sentence's first word (which is capitalised whatever it is)."""
    return inside_sentence_at(text, matches[i].start())


def _set_or_genre(text: str, d: Detected, language: str) -> bool:
    """One capitalised word before a channel's closing word (`channel_closers`: "TV") opening a sentence ("State TV
    said", "Reality TV has") or after an article or possessive (`set_openers`: "a new Samsung TV") is a kind of
    programme or a set: no channel's name ("aired on Nile News TV", "told Almasar TV" stay)."""
    words = d.name.split()
    if d.kind != "organisation" or len(words) != 2 or words[1] not in _word_list(language, "channel_closers", False):
        return False
    before = re.search(r"(\w+)\W*$", text[max(0, d.start - 20) : d.start])
    return not inside_sentence_at(text, d.start) or bool(before and normalise(before[1]) in _word_list(language, "set_openers"))


PARTICIPLE_FROM = re.compile(r"\S+\s+(?:de\s+|d['’])[A-Z]")  # "parti de Tomsk", "Parti d'Odessa": from a capital


def _participle_head(text: str, d: Detected, language: str) -> bool:
    """A body's head-word that is also a verb's participle (`participle_heads`: "parti", left), before "de" and a
    name, with no determiner before it (`head_determiners`): the participle and where from ("un avion parti de
    Tomsk", "Parti d'Odessa le 1er août, le cargo…"), no party. After a determiner it is the party ("le Parti de
    Gauche", "du Parti de la Justice")."""
    heads = _word_list(language, "participle_heads")
    if not heads or d.kind != "organisation" or normalise(d.surface.split()[0]) not in heads:
        return False
    if not PARTICIPLE_FROM.match(d.surface):
        return False
    if d.surface[:1].isupper() and inside_sentence_at(text, d.start):
        return False  # capitalised inside a sentence ("Mélenchon (Parti de Gauche)"): the party's name, no participle
    before = WORD_BEFORE.search(text, max(0, d.start - 30), d.start)
    return not before or normalise(before[1]) not in _word_list(language, "head_determiners")


@cache
def _division_pattern(language: str) -> re.Pattern[str] | None:
    """The words for a state's divisions and "of" (`division_words`), closing the text before a name."""
    phrases = sorted(_word_list(language, "division_words", normalised=False), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, phrases))})\s+$") if phrases else None


def _division_named(text: str, d: Detected, language: str) -> bool:
    """A "person" named right after a word for a province, district or municipality and "of" (`division_words`:
    "la provincia de Chiang Rai", "il comune di Bagno a Ripoli"): the division's own name, a place, no one."""
    pattern = _division_pattern(language)
    return d.kind == "person" and pattern is not None and pattern.search(text, max(0, d.start - 40), d.start) is not None


def _apposed(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, i: int, j: int) -> bool:
    """Two or three names inside a sentence set off by a comma before a title or a word for a person in the news:
    "…considéré Calin Georgescu, vainqueur du premier tour", "…a favor de Dorin Vasilescu, candidato de…", before
    their state's title ("Jane Doe, Nepal's minister for …") or before an age ("Jane Doe, 34, and …")."""
    if not 2 <= j - i <= 3:
        return False
    if AGE.match(text, matches[j - 1].end()):
        return _inside_sentence(text, matches, i)
    if j + 1 >= len(matches) or text[matches[j - 1].end() : matches[j].start()].strip() != ",":
        return False
    if held[j] and w.titles.starts(norms, j + 1):
        return _inside_sentence(text, matches, i) or _state_titled(norms, held, w, j)
    if _state_titled(norms, held, w, j):
        return True
    # an article only before a title and its complement ("Evgueni Prigojine, le chef du groupe", "…, the leader of"):
    # "Depuis Villa Rosa, le candidat a parlé" is the clause's subject after a place
    title = w.titles.starts(norms, j) or (norms[j] in w.connectors | w.articles and w.titles.starts(norms, j + 1))
    described = title and (title == w.titles.starts(norms, j) or _complemented(norms, w, j + 1 + title))
    # opening a sentence too before an article, a title and its complement that a comma closes: "Taaniela Kula, le
    # chef des services …, a déclaré" (not a place before the clause: "Hong Kong, le chef de l'exécutif a parlé")
    opening = described and norms[j] in w.articles and _complemented(norms, w, j + 1 + title)
    opening = opening and bool(APPOSITION_CLOSED.match(text, matches[j].start()))
    return bool(described) and (bool(opening) or _inside_sentence(text, matches, i))


def _state_titled(norms: list[str], held: list[bool], w: Words, j: int) -> bool:
    """Word j, after a name and a comma, opens a title its state qualifies, past an article and adjectives of time
    ("Jovenel Moïse, Haiti's president", "…, the former Nigerian president"): where adjectives precede their noun a
    state's adjective or possessive before a title is a person's office, so the name is one also opening a sentence."""
    if not w.head_final:
        return False
    k = j + (norms[j] in w.articles)
    while k < len(norms) and norms[k] in w.title_adjectives:
        k += 1
    stated = k + 1 < len(norms) and (held[k] or norms[k] in state_adjective_words(w.language))
    return stated and bool(w.titles.starts(norms, k + 1))


def _past_titles_complement(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> int:
    """Where the name starts in a run i..j that opens with a title's last word ("segretario di Stato Marco Rossi") or
    its complement: past a ministry's field or one word before a given name, when two words or more follow ("ministre
    de l'Intérieur Efkan Ala", "ministro degli Esteri Teodoro Locsin"); else i, and a run that is all complement
    names no one ("el gobernador de Chiang Rai")."""
    if i + 2 < j and w.titles.ends(norms, i + 1) > 1:
        return i + 1  # the last word of a title ("segretario di Stato Marco Rossi")
    k = i
    while k < j - 1 and norms[k] in w.connectors - AND_WORDS:
        k += 1  # "Inspector General of Police Japhet Koome": the run went on past the title
    if not _title_complement(norms, w, k):
        return i
    i = k
    field = w.fields.starts(norms, i)
    if field and j - i - field >= 2:
        return i + field
    # "Inspector General of Police Japhet Koome", "governador do DF Ibaneis Rocha", "of New York Jane Doe"
    return next((k for k in range(j - 2, i, -1) if _given(raw[k])), i + 1 if j - i == 3 else i)


def _title_complement(norms: list[str], w: Words, k: int) -> bool:
    """Word k follows a title and the connectors of its complement ("ministre de l'", "Minister of", "secrétaire à
    la"), where adjectives follow their noun also past one adjective ("ministre américain de la Défense")."""
    start = k
    while k > 0 and (norms[k - 1] in w.connectors - AND_WORDS or norms[k - 1] in w.title_connectors):
        k -= 1
    if any(norms[m] in w.title_connectors for m in range(k, start)) and not w.fields.starts(norms, start):
        return False  # "le ministre à Marine Tondelier": "à" joins a title to a ministry's field only
    if k < start and w.adjectives_follow and k > 1 and not w.titles.ends(norms, k) and w.titles.ends(norms, k - 1):
        k -= 1
    return k < start and bool(w.titles.ends(norms, k))


def _complemented(norms: list[str], w: Words, k: int) -> bool:
    """Word k, after a title, opens its complement ("du groupe", "of the party")."""
    return k < len(norms) and norms[k] in w.connectors and norms[k] not in AND_WORDS


def _compound_title(word: str, norm: str, w: Words) -> bool:
    """A capitalised word that ends with a title ("Parlamentspräsident", "Regierungschef")."""
    return bool(w.title_endings) and word[:1].isupper() and norm.endswith(w.title_endings)


def _lower_title(raw: list[str], norms: list[str], w: Words, end: int, titled: int, held: list[bool] | None = None) -> bool:
    """The title ending before word `end` is one written lower-case ("president", not "President"), and no
    capitalised state or body before it makes it an office ("Russian president Medvedyev", "UN envoy Pedersen")."""
    n = w.full_name_titles.ends(norms, end) if titled else 0
    if not n or not (raw[end - 1][:1].islower() or norms[end - 1] in w.address_forms):
        return False
    before = end - n - 1
    return not (held is not None and before >= 0 and held[before] and raw[before][:1].isupper())


def _attributed(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run i..j follows a verb of speech after a quotation, or comes before a comma and a title: who spoke
    ('"…", a déclaré Jean Dupont', "…, a dit Jean Dupont, le président de la Cour", "said John Smith, the spokesman")."""
    if i == 0 or norms[i - 1] not in w.speech or not _joined(text, matches, i - 1):
        return False
    if _speaker_of_quote(text, matches, norms, w, i):
        return True  # '"…", a déclaré Jean Dupont': who spoke the quotation
    if j + 1 >= len(matches) or text[matches[j - 1].end() : matches[j].start()].strip() != ",":
        return False
    return bool(w.titles.starts(norms, j) or w.titles.starts(norms, j + 1))


def _speaker_of_quote(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int) -> bool:
    """Word i follows a verb of speech that follows a quotation's end ('"…," said Okafor', '« … », a déclaré Dupont',
    '«…», dijo García'): the name of who spoke it."""
    if i == 0 or norms[i - 1] not in w.speech or not _joined(text, matches, i - 1):
        return False
    return bool(QUOTE_THEN_VERB.search(text, max(0, matches[i - 1].start() - 12), matches[i - 1].start()))


def _relative_follows(text: str, matches: list[re.Match[str]], w: Words, k: int) -> bool:
    """Word k is followed by a comma and a relative pronoun only people take ("Okafor, who", "García, quien")."""
    after = RELATIVE_AFTER.match(text, matches[k].end()) if w.relatives else None
    return bool(after) and normalise(after.group(1)) in w.relatives


def _compound_speech_follows(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run i..j is followed by a verb of speech in a compound tense, an auxiliary and a past participle ("Dupont a
    déclaré", "Castañeda ha dicho", "Bernasconi ha detto"; `compound_speech`): the news
    writes a person's surname so, a body's with its article ("le Hamas a déclaré", "la Fiat ha detto")."""
    verbs = _word_list(w.language, "compound_speech", normalised=False)
    after = COMPOUND_AFTER.match(text, matches[j - 1].end()) if verbs else None
    if not after or after.group(1).lower() not in verbs:
        return False
    return not (i > 0 and norms[i - 1] in w.articles | w.acronym_articles and _joined(text, matches, i - 1))


COMPOUND_AFTER = re.compile(r" (\w+ \w+)\b")  # the two words after a name: an auxiliary and a participle
RELATIVE_AFTER = re.compile(r",\s*([^\W\d_]+)\b")


@cache
def state_adjective_words(language: str) -> frozenset[str]:
    """The states' adjectives and demonyms of a language, as `normalise` writes them."""
    return frozenset(normalise(form) for forms in adjectives_in(language).values() for form in forms)


def _past_complement(raw: list[str], norms: list[str], w: Words, opened: int, i: int, j: int) -> int:
    """Where the name in the run i..j starts in Russian and Ukrainian (`adjective_first`) after a title: past a noun
    of an abstract kind in the genitive right after it, never a surname (`abstract_endings`: "Председатель
    Правительства РФ", the chairman of the government; "министр Просвещения"), and the acronyms after it, the
    title's complement; not past a given name with the same ending ("министр Евгения Смирнова", "Ксения")."""
    titled = i > opened or (i > 0 and raw[i - 1][:1].islower() and bool(w.titles.starts(norms, i - 1)))
    abstract = tuple(_word_list(w.language, "abstract_endings", normalised=False))
    if not (w.adjective_first and titled and abstract):
        return i
    k = i
    while k < j and ((raw[k].lower().endswith(abstract) and not _given(raw[k])) or (k > i and raw[k].isupper())):
        k += 1
    return k


def _past_genitive(raw: list[str], norms: list[str], w: Words, opened: int, i: int, j: int) -> int:
    """Where the name in the run i..j starts in Russian and Ukrainian (`adjective_first`), after a title the run
    opened with (`opened` < i) or that stands before it: at a given name after words in the genitive or acronyms
    only ("Центризбиркома РК Нурлан Абдиров"), not past a given name the list lacks ("кардинал Хорхе Маріо")."""
    titled = i > opened or (i > 0 and raw[i - 1][:1].islower() and bool(w.titles.starts(norms, i - 1)))
    if not (w.adjective_first and titled):
        return i
    given = _from_given(raw, i, j)
    # a surname-first full name, a surname of the language's forms, a given name and a patronymic ("Захарова Мария
    # Владимировна"): the surname is no body in the genitive (`patronymic_endings`); not a genitive noun before a
    # surname that ends like a patronymic ("Офісу президента Олексій Арестович")
    patronymic = tuple(_word_list(w.language, "patronymic_endings", normalised=False))
    if i < given and j - given == 2 and patronymic and raw[j - 1].lower().endswith(patronymic):
        stems, surname = tuple(_word_list(w.language, "surname_stems")), raw[given - 1]
        given -= surname.lower().endswith(stems) or _surname_stem(surname, w) != surname
    genitive = tuple(_word_list(w.language, "genitive_endings", normalised=False))
    return given if all(word.isupper() or word.lower().endswith(genitive) for word in raw[i:given]) else i


def _past_club(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int, found: list[Detected]
) -> int:
    """Italian: a member's role, a body named with its article ("del Lecce", "della Juventus": cities take none),
    then a full name opening with a given name ("il portiere del Lecce Wladimiro Falcone"): the body is read on its
    own and the name starts at the given name (`body_articles`, `member_words` or a title before the article)."""
    if not (i > 1 and norms[i - 1] in _word_list(w.language, "body_articles") and _joined(text, matches, i - 1)):
        return i
    if not (norms[i - 2] in _word_list(w.language, "member_words") or w.titles.starts(norms, i - 2)):
        return i
    # the full name closes the run: a given name and a surname ("della Coppa Davis Filippo Volandri": not at "Davis")
    k = j - 2 if j - 2 > i and _given(raw[j - 2]) and raw[j - 1][:1].isupper() else None
    if k is None or any(raw[m].isupper() or not raw[m][:1].isupper() for m in range(i, k)):
        return i
    # a region takes the article too ("il velocista del Friuli", "della Sardegna"), and so does a competition ("del
    # Tour", "della Coppa Davis"): neither is a club; the name is the member's still
    if raw[i] in _region_words() or norms[i] in _word_list(w.language, "competition_words"):
        return k
    start, end = matches[i].start(), matches[k - 1].end()
    found.append(Detected(text[start:end], "organisation", start, end, text[start:end]))
    return k


def _department_named(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A head-word that is also a region's word (`capitalised_heads`: "departamento"), capitalised as it opens a
    sentence, then "of" and a department's name (ISO 3166-2's departments: "Departamento de Cundinamarca"): the
    region, a place, no body; a ministry's department is named by its field ("Departamento de Vigilância")."""
    if j - i < 3 or norms[i] not in _word_list(w.language, "capitalised_heads") or norms[i + 1] not in w.connectors:
        return False
    return " ".join(raw[i + 2 : j]) in _department_names()


def _venue_named(norms: list[str], w: Words, i: int, j: int) -> bool:
    """The run ends with a building's kind and a head-word (`venue_heads`: "Kennedy Space Center", "the Linwood Islamic
    Centre", "the Bharat Mandapam Convention Centre"): a place where things happen, no body that acts."""
    return j - i >= 2 and " ".join(norms[j - 2 : j]) in _word_list(w.language, "venue_heads")


@cache
def _department_names() -> frozenset[str]:
    """The names ISO 3166-2 gives the subdivisions it calls departments (pycountry: Colombia's "Cundinamarca",
    Uruguay's "Canelones", Paraguay's, Bolivia's, France's)."""
    import pycountry

    return frozenset(s.name for s in pycountry.subdivisions if s.type.lower().endswith("department"))


@cache
def _region_words() -> frozenset[str]:
    """The words of the names ISO 3166-2 gives Italy's first-level subdivisions, as written locally (pycountry:
    "Friuli Venezia Giulia", "Sardegna", "Trentino-Alto Adige"), less the lower levels' names (a province or city
    named as a club is: "del Lecce", "del Venezia")."""
    import pycountry

    def words(name: str) -> set[str]:
        return set(re.split(r"[\s/-]+", name))

    subdivisions = list(pycountry.subdivisions.get(country_code="IT"))  # not "del Bayern", "del Porto": other states'
    first = {x for s in subdivisions if s.parent_code is None for x in words(s.name)}
    lower = {s.name for s in subdivisions if s.parent_code is not None}
    return frozenset(x for x in first - lower if x[:1].isupper() and len(x) >= 4)


def _from_given(raw: list[str], i: int, j: int) -> int:
    """Where the name in the run i..j starts, in a language that capitalises its nouns: at a given name followed
    by a surname when the run opens with another word ("Behördenchef Elvis Amoroso")."""
    if j - i >= 3 and not _given(raw[i]):
        return next((k for k in range(i + 1, j - 1) if _given(raw[k])), i)
    return i


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


def _given(word: str) -> bool:
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


def _with_state(
    found: Detected,
    matches: list[re.Match[str]],
    raw: list[str],
    held: list[bool],
    text: str,
    i: int,
    states: dict[tuple[int, int], str],
) -> Detected:
    """A state's adjective opens the body's name ("Philippine Coast Guard"); the adjective stays the state's
    mention, and the body is the same as "China's coast guard" for "Chinese Coast Guard"."""
    if i == 0 or not held[i - 1] or not _joined(text, matches, i - 1) or not raw[i - 1][:1].isupper():
        return found
    state = _state_of(matches[i - 1], states)
    if found.name.startswith("Ministry of ") or not state:
        return found  # "United Nations Foreign Affairs Council" is no body of a state named "Nations"
    name, key = f"{_written_state(text, matches[i - 1], states)} {found.name}", f"{state} {found.name}"
    return Detected(name, found.kind, found.start, found.end, found.surface, found.acronym, key=key)


def _written_state(text: str, word: re.Match[str], states: dict[tuple[int, int], str]) -> str:
    """The state's name or adjective holding `word`, whole and as written: "U.S.", not the last letter of it."""
    a, b = _state_span(word, states) or (word.start(), word.end())
    return text[a : b + 1] if "." in text[a:b] and text[b : b + 1] == "." else text[a:b]


def _titled(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int) -> int:
    """How far back a title ends before word i (0: none): right before it, or a few words before with only a
    state, an organisation, the title's own complement or one comma between ("министр иностранных дел
    России Сергей Лавров", "UN Secretary-General", "le ministre indien du Commerce, Piyush Goyal")."""
    k, commas = i, 0
    for distance in range(1, 8):
        if k == 0:
            return 0
        gap = text[matches[k - 1].end() : matches[k].start()].strip(" \u00a0-")
        if gap == ",":
            commas += 1
        elif not _title_gap(gap, norms, w, k, distance):
            return 0
        if commas > 1:
            return 0
        if _title_ends(raw, norms, w, k, distance):
            return distance
        k -= 1
        if k == i - 1 and norms[k] in w.places and raw[k][:1].islower():
            return 0  # a place's name: "the special agent in charge in Las Vegas"
        complement = _in_complement(raw, norms, w, k)  # "ministre du Commerce", "gobernador de Chiang Rai"
        if not held[k] and matches[k].group()[:1].isupper() and norms[k] not in w.particles and not complement:
            return 0  # another name stands between
        if w.noun_capitals and not held[k] and matches[k].group()[:1].islower() and norms[k] not in w.connectors:
            return 0  # German puts adjectives before a title: a verb stands between ("Kandidat klagte gegen Annullierung")
    return 0


def _title_gap(gap: str, norms: list[str], w: Words, k: int, distance: int) -> bool:
    """What may stand between a title and what follows it, word k: nothing, a possessive, an abbreviated title's
    own full stop ("M. Rajoy", "Mr. Año", "Sra. Rousseff"), or the ordinal Turkish writes before a pope's or king's
    name ("Papa 16. Benediktus", not "Vali 2. Ordu")."""
    if gap in ("", "'s", "’s") or (gap == "." and norms[k - 1] in w.dotted_titles):
        return True
    return distance == 1 and bool(ORDINAL.fullmatch(gap)) and bool(w.regnal_titles.ends(norms, k))


def _title_ends(raw: list[str], norms: list[str], w: Words, k: int, distance: int) -> bool:
    """A title ends just before word k, `distance` words before the name; an age is a title only right before it
    ("the 25-year-old coach … in Tham Luang" titles nobody)."""
    if w.titles.ends(norms, k, raw) and (distance == 1 or not w.ages.ends(norms, k)):
        return True
    return _compound_title(raw[k - 1], norms[k - 1], w)


def _in_complement(raw: list[str], norms: list[str], w: Words, k: int) -> bool:
    """Word k is one of up to three capitalised words after a connector ("du Commerce", "de Chiang Rai")."""
    start = k
    while start > 0 and k - start < 2 and raw[start - 1][:1].isupper():
        start -= 1
    return start > 0 and norms[start - 1] in w.connectors


def _person_name(surface: str) -> str:
    """The English (Latin) form of a person's name: as written, transliterated when in another script."""
    return anyascii(surface) if CYRILLIC.search(surface) else surface  # Arabic script is kept as written


def _organisation(
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
    surface = _without_case_ending(text[start:end].rstrip("."), w)
    return Detected(
        generic_words.unmutated_head(_organisation_name(surface, norms[i:j], start, end, w, states), w.language),
        "organisation",
        start,
        start + len(surface),
        surface,
        acronym,
    )


def _without_case_ending(surface: str, w: Words) -> str:
    """Turkish: a name without the case ending after its apostrophe ("Sağlık Bakanlığı'nın"), or glued to its
    possessed head-word ("Dışişleri Bakanlığının", "İçişleri Bakanlığından": the ministry is "… Bakanlığı")."""
    return _without_head_ending(APOSTROPHE_ENDING.sub("", surface), w.language) if w.apostrophe_endings else surface


def _without_head_ending(surface: str, language: str) -> str:
    """The name without the case ending its last word, a head-word of the language's data, takes (`head_endings`)."""
    last = surface.rsplit(" ", 1)[-1]
    heads = _word_list(language, "org_heads", normalised=False)
    for ending in sorted(_word_list(language, "head_endings", normalised=False), key=len, reverse=True):
        if last.endswith(ending) and last[: -len(ending)] in heads:
            return surface[: -len(ending)]
    return surface


def _organisation_name(surface: str, norms: list[str], start: int, end: int, w: Words, states: dict[tuple[int, int], str]) -> str:
    """ "Ministry of Foreign Affairs (Russia)" when the text names a ministry's field and a state beside it."""
    norms = [_dotless(n) for n in norms]  # "DIŞİŞLERİ BAKANLIĞI" in capitals is "Dışişleri Bakanlığı"
    field = next((english for key, english in w.ministries.items() if _contains(norms, _dotless_all(key))), None)
    heads = [_dotless_all(head) for head in w.ministry_heads]
    if field and (not heads or any(_contains(norms, head) for head in heads)):
        near = [(a - end if a >= end else start - b if b <= start else 0, name) for (a, b), name in states.items()]
        state = min((d, name) for d, name in near if d <= 16)[1] if any(d <= 16 for d, _ in near) else None
        return f"Ministry of {field} ({state})" if state else f"Ministry of {field}"
    return _person_name(surface)


def _dotless(word: str) -> str:
    """A word folded without the dot of Turkish i: lower case turns capital "I" into "i", not "ı", and "İ" into "i"
    and a combining dot, so a Turkish word in capitals folds as written in lower case only without the dots."""
    return word.replace("\u0307", "").replace("ı", "i")


def _dotless_all(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(_dotless(word) for word in words)


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    return any(tuple(tokens[k : k + len(phrase)]) == phrase for k in range(len(tokens)))


def _unspaced_people(
    text: str, w: Words, language: str, taken: list[tuple[int, int]], earlier: tuple[Detected, ...] = ()
) -> list[Detected]:
    """Chinese: a foreign name transliterated after a title ("外长拉夫罗夫", "秘书长古特雷斯"): two to eight characters
    of those transliteration uses; a name whose parts a middle dot joins ("巴沙尔·阿萨德"); a transliteration
    followed by the name in Latin letters ("邦戈(Ali Bongo Ondimba)"). The same name elsewhere in the text, or
    the last part of a dotted name ("阿萨德"), is the same person; so is a name `earlier` paragraphs found, and a name
    that opens a clause before a verb of speech ("特拉斯表示")."""
    held = Covered(len(text), taken)
    people: dict[str, Detected] = _found_earlier(earlier, held, text)
    for name, start, end, english in _transliterated(text, w):
        if not held(start, end):
            people.setdefault(name, Detected(english or name, "person", start, end, name))
    spans = Covered(len(text), [(d.start, d.end) for d in people.values()])
    for name, start, end in _titled_people(text, w, language, held, spans):
        people.setdefault(name, Detected(name, "person", start, end, name))
    people |= {d.surface: d for d in _regnal_names(text, w, held, people) if d.surface not in people}  # "接替本笃十六世"
    for name, first in list(people.items()):
        # the last part of a dotted name; a monarch's name without the ordinal ("查理斯三世", then "查理斯的母親")
        for part in (DOT.split(name)[-1], REGNAL_ORDINAL.sub("", name)):
            if part != name and len(part) >= 2:
                people.setdefault(part, Detected(first.name, "person", first.start, first.end, part))
    for name, start, end in _led_by(text, w, language) + _reporters(text, w):  # after the names in full: "巴沙尔·阿萨德政权"
        if not held(start, end):
            people.setdefault(name, Detected(name, "person", start, end, name))
    # "王毅" … "王外长"; "王毅外长", "习近平主席"
    for d in [
        *_surnames_titled(text, w, language, held, [*people.values(), *earlier]),
        *_names_before_titles(text, w, language, held),
    ]:
        people.setdefault(d.surface, d)
    people |= _native_names(text, language, taken, people)  # "省委书记黄坤明", "王毅表示"
    return _every_mention(text, _speakers(text, w, language, held, people))


def _native_names(text: str, language: str, taken: list[tuple[int, int]], people: dict[str, Detected]) -> dict[str, Detected]:
    """Chinese names in their own characters that the rules above did not find (native_names.py), by their words."""
    found = {}
    for start, end in native_people(text, language, taken, people):
        name = text[start:end]
        if name not in people:
            found.setdefault(name, Detected(name, "person", start, end, name))
    return found


def _names_before_titles(text: str, w: Words, language: str, held: Covered) -> list[Detected]:
    """Chinese: a Chinese or Korean name in full right before a form of address or an office
    (`titles_after_surnames`: "王毅外长", "习近平主席提出"): a common family name (`native_surnames`) and one or
    two characters, where a clause or phrase opens before it (punctuation, the text's start, a word that breaks a
    phrase: `phrase_breaks`); the three characters before two ("蔡英文总统"). Not two characters of a
    transliteration ("马里总统": Mali), a name the registry holds (a state's), a place ("苏州市长"), a word of
    `not_names` ("许多议员", "曾任总统"), a word that follows a name inside it ("曾是总统"), nor a body's head-word
    inside it ("黎內政部长": Lebanon's interior minister)."""
    surnames = _word_list(language, "native_surnames", normalised=False)
    titles = _pattern(language, "titles_after_surnames")
    if not surnames or titles.pattern == "(?!)":
        return []
    breaks = _word_list(language, "phrase_breaks", normalised=False)
    after = _word_list(language, "after_names", normalised=False)
    not_names = _word_list(language, "not_names", normalised=False)
    heads = _pattern(language, "org_heads")
    title_compounds = tuple(_word_list(language, "title_compounds", normalised=False))
    found, named = [], set()
    for m in titles.finditer(text):
        for size in (3, 2):
            at = m.start() - size
            name = text[at : m.start()] if at >= 0 else ""
            if name in named:
                break  # a name found before: its other places are every mention's (`_every_mention`)
            opens = at == 0 or (at > 0 and (not HAN.match(text[at - 1]) or text[at - 1] in breaks))
            if not name or not opens or name[0] not in surnames or not all(HAN.match(c) for c in name):
                continue
            if (size == 2 and all(c in w.name_characters for c in name[1:])) or name.endswith(tuple(w.place_suffixes)):
                continue
            if size == 2 and all(c in w.abbreviations for c in name):
                break  # "韩日外长": two states' one-character names (South Korea and Japan), no person
            if m.group()[0] in w.place_suffixes or text.startswith(title_compounds, m.end() - 1):
                break  # "许昌市长": the place "许昌市"'s mayor; "学院长期": the title's last character opens a word
            body = any(heads.match(text, k) for k in range(at + 1, m.start()))  # "黎內政部长": the interior minister
            if name[:2] in not_names or name in not_names or any(c in after for c in name[1:]) or held(at, m.start()) or body:
                continue
            found.append(Detected(name, "person", at, m.start(), name))
            named.add(name)
            break
    return found


def _surnames_titled(text: str, w: Words, language: str, held: Covered, people: list[Detected]) -> list[Detected]:
    """Chinese: a Chinese or Korean name in full (a common family name, `native_surnames`, then one or two characters
    that are no transliteration's alone), then its family name alone before a form of address or an office
    (`titles_after_surnames`: "王毅" … "王外长", "习近平" … "习主席"): that person, where one person of the text has
    that family name; not where the family name's character ends or opens a common word (`not_names`: "罗马教宗")."""
    surnames = _word_list(language, "native_surnames", normalised=False)
    titles = _pattern(language, "titles_after_surnames")
    if not surnames or titles.pattern == "(?!)":
        return []
    by_family: dict[str, set[str]] = {}
    for d in people:
        name = d.surface
        native = 2 <= len(name) <= 3 and HAN.fullmatch(name[0]) and name[0] in surnames and all(HAN.match(c) for c in name)
        if native and not all(c in w.name_characters for c in name[1:]):
            by_family.setdefault(name[0], set()).add(d.name)
    not_names = _word_list(language, "not_names", normalised=False)
    found = []
    for family, names in by_family.items():
        if len(names) != 1:
            continue
        for m in re.finditer(rf"{re.escape(family)}(?:{titles.pattern})", text):
            at = m.start()
            if held(at, m.end()) or text[max(0, at - 1) : at + 1] in not_names or text[at : at + 2] in not_names:
                continue
            found.append(Detected(next(iter(names)), "person", at, m.end(), m.group()))
    return found


def _speakers(text: str, w: Words, language: str, held: Covered, people: dict[str, Detected]) -> dict[str, Detected]:
    """The people found, with the clause subjects before a verb of speech no name found or registry holds."""
    spans = Covered(len(text), [(d.start, d.end) for d in people.values()])
    subjects = [(name, a, b) for name, a, b in _clause_subjects(text, w, language) if not held(a, b) and not spans(a, b)]
    return people | {name: Detected(name, "person", a, b, name) for name, a, b in subjects if name not in people}


KATAKANA = "[\u30a1-\u30fa\u30fc]"
# Japanese grammar: the honorifics and offices written right after a person's name ("カショギ氏", "トランプ大統領"):
# 氏 and さん (Mr, Ms), 容疑者 (the suspect), and the offices president, prime minister, foreign minister, secretary,
# speaker, spokesman, king, crown prince
JAPANESE_NAME_SUFFIXES = ("氏", "さん", "容疑者", "大統領", "首相", "外相", "長官", "議長", "報道官", "国王", "皇太子")
KATAKANA_DOTTED = re.compile(rf"{KATAKANA}{{2,}}(?:・{KATAKANA}{{2,}})+")
KATAKANA_TITLED = re.compile(rf"(?<!{KATAKANA}|・){KATAKANA}{{2,}}(?=(?:{'|'.join(JAPANESE_NAME_SUFFIXES)}))")


def _katakana_people(text: str, taken: list[tuple[int, int]], earlier: tuple[Detected, ...] = ()) -> list[Detected]:
    """Japanese: a foreign name in katakana, its parts joined by a middle dot ("ジャマル・カショギ"), or one katakana
    word before an honorific or an office (`JAPANESE_NAME_SUFFIXES`: "カショギ氏"); the same name, or a dotted name's
    last part, wherever the text writes it again, also after earlier paragraphs found it."""
    held = Covered(len(text), taken)
    people = _found_earlier(earlier, held, text)
    for m in [*KATAKANA_DOTTED.finditer(text), *KATAKANA_TITLED.finditer(text)]:
        if not held(m.start(), m.end()) and not any(d.start <= m.start() < d.end for d in people.values()):
            people.setdefault(m.group(), Detected(m.group(), "person", m.start(), m.end(), m.group()))
    for name, first in list(people.items()):
        last = DOT.split(name)[-1]
        if last != name:
            people.setdefault(last, Detected(first.name, "person", first.start, first.end, last))
    return _every_mention(text, people)


def _found_earlier(earlier: tuple[Detected, ...], held: Covered, text: str) -> dict[str, Detected]:
    """Chinese: the people earlier paragraphs named (after a title, in full), by their words and a dotted name's last
    part ("弗拉基米尔·泽连斯基", then "泽连斯基"), where this paragraph writes them: found from its start."""
    people = {}
    for d in earlier:
        for part in dict.fromkeys((d.surface, DOT.split(d.surface)[-1])):
            at = text.find(part) if len(part) >= 2 and part[0] >= "\u3040" else -1  # kana and Han
            if at >= 0 and not held(at, at + len(part)):
                people.setdefault(part, Detected(d.name, "person", 0, 0, part))
    return people


def _clause_subjects(text: str, w: Words, language: str) -> list[tuple[str, int, int]]:
    """Chinese: two to eight transliteration characters opening a clause (after a stop, a comma or a quotation's end)
    right before a verb of speech (`subject_verbs`: "特拉斯宣布辞职", "，布林肯表示") or of a person's action
    (`subject_action_verbs`: "卢拉获得了"): the speaker, a person; not a place's name ("…地区表示", a city of CLDR's)
    nor a transliterated word ("伊斯兰")."""
    verbs = sorted(
        _word_list(language, "subject_verbs", normalised=False) | _word_list(language, "subject_action_verbs", normalised=False),
        key=len,
        reverse=True,
    )
    if not verbs or not w.name_characters:
        return []
    chars = re.escape("".join(sorted(w.name_characters)))
    gap = _subject_gap(language)
    pattern = rf"(?:^|(?<=[。，,；;：:！？!?」”\s]))[{chars}]{{2,8}}(?={gap}(?:{'|'.join(map(re.escape, verbs))}))"
    not_names = tuple(_word_list(language, "transliterated_words", normalised=False))
    return [
        (m.group(), m.start(), m.end())
        for m in re.finditer(pattern, text)
        if not m.group().startswith(not_names)
        and not m.group().endswith(tuple(w.place_suffixes))
        and m.group() not in city_names(language)  # "加沙获得援助": a city CLDR names
    ]


@cache
def _subject_gap(language: str) -> str:
    """Chinese: what may stand between a clause's subject and its verb: adverbials of time or frequency
    (`subject_adverbials`, a date: "马克龙周三表示", "拜登7月21日表示"), or a place after 在 up to the clause's end
    ("特朗普在“真理社交”网站上写道")."""
    adverbials = sorted(_word_list(language, "subject_adverbials", normalised=False), key=len, reverse=True)
    words = "|".join([r"(?:\d{1,2}月)?\d{1,2}日", *map(re.escape, adverbials)])
    return rf"(?:(?:{words})*|在[^。，,；;：:！？!?\n]{{1,14}}?)"


def _before_adverbial(text: str, at: int, end: int, language: str) -> int:
    """Chinese: where a run of transliteration characters from `at` to `end` stops when its last characters open an
    adverbial that a verb of speech follows ("特朗普多次表示"): that adverbial's start, else `end`."""
    opens = _adverbial_then_verb(language)
    return next((k for k in range(at + 2, end) if opens.match(text, k)), end) if opens else end


@cache
def _adverbial_then_verb(language: str) -> re.Pattern[str] | None:
    """Chinese: adverbials (`subject_adverbials`), then a verb of speech (`subject_verbs`): "多次表示"."""
    adverbials = sorted(_word_list(language, "subject_adverbials", normalised=False), key=len, reverse=True)
    verbs = sorted(_word_list(language, "subject_verbs", normalised=False), key=len, reverse=True)
    if not adverbials or not verbs:
        return None
    return re.compile(rf"(?:{'|'.join(map(re.escape, adverbials))})+(?:{'|'.join(map(re.escape, verbs))})")


def _titled_people(text: str, w: Words, language: str, held: Covered, spans: Covered) -> list[tuple[str, int, int]]:
    """Chinese: the name after a title ("外长拉夫罗夫", "总理李强说") or after a party's short name, where a Chinese
    name of three characters is read whatever follows ("民进党陈水扁执政", "国民党的侯友宜"); a second Chinese name
    after a word that joins two ("候选人赖清德与萧美琴")."""
    found = []
    parties = _regex(language, "party_names")
    for title in [*_pattern(language, "titles").finditer(text), *(parties.finditer(text) if parties else ())]:
        at = title.end()
        if title.re is parties:
            end = _native_name_end(text, at, language, at, whole=True)
            end = end if end > at else _party_member_end(text, at, w, language)
        else:
            end = _titled_name_end(text, at, w, language)
        if not 2 <= end - at <= (30 if TITLED_LATIN.fullmatch(text, at, end) else 12) or held(at, end) or spans(at, end):
            continue
        found.append((text[at:end], at, end))
        joined = end + 1 if text[end : end + 1] in w.name_joiners else end
        second = _native_name_end(text, joined, language, joined) if joined > end else end
        if second > joined and not held(joined, second):
            found.append((text[joined:second], joined, second))
    return found


def _party_member_end(text: str, at: int, w: Words, language: str) -> int:
    """Chinese: where a transliterated name after a party's name ends ("自由民主党的斯卢茨基以3.16%"): three to eight
    transliteration characters, no place ("…党的莫斯科州") nor transliterated word ("伊斯兰"); `at` when none."""
    end = at
    while end < len(text) and end - at < 8 and text[end] in w.name_characters:
        end += 1
    words = tuple(_word_list(language, "transliterated_words", normalised=False))
    if end - at < 3 or text.startswith(tuple(w.place_suffixes), end) or text[at:end].startswith(words):
        return at
    return end


def _regnal_names(text: str, w: Words, held: Covered, people: dict[str, Detected]) -> list[Detected]:
    """Chinese: a pope's or monarch's name, two to four transliteration characters, then its ordinal and 世
    ("本笃十六世", "弗朗西斯一世"), a person with no title before it; not "世纪" (a century) nor "世界"."""
    if not w.name_characters:
        return []
    chars = re.escape("".join(sorted(w.name_characters)))
    return [
        Detected(m.group(), "person", m.start(), m.end(), m.group())
        for m in re.finditer(rf"[{chars}]{{2,4}}[一二三四五六七八九十]+世(?![纪紀界])", text)
        if not held(m.start(), m.end()) and not any(d.start <= m.start() < d.end for d in people.values())
    ]


def _titled_name_end(text: str, at: int, w: Words, language: str) -> int:
    """Chinese: where the name after a title that ends at `at` ends: a dotted name, a run of transliteration
    characters, a monarch's name with its ordinal, a name in Chinese characters, or one in Latin letters
    ("樞機主教Jorge Mario Bergoglio")."""
    latin = TITLED_LATIN.match(text, at)
    if latin:
        return latin.end()
    end = _dotted_end(text, at, w)
    while end < len(text) and end - at < 9 and text[end] in w.name_characters:
        end += 1
    end = _before_adverbial(text, at, end, language)  # "特朗普多次表示": 多 opens 多次, not the name's last character
    regnal = w.regnal_name.match(text, at) if w.regnal_name else None
    end = regnal.end() if regnal else end  # "教宗本笃十六世", "女王伊丽莎白二世": a name, then its ordinal
    if end - at >= 2:
        return end
    # a Chinese name of three characters the text writes again elsewhere is read whatever follows it here
    # ("创办人黎智英触犯…", then "黎智英被捕"): the same three characters twice are a name, not a word's start
    repeated = HAN.match(text[at + 2 : at + 3]) is not None and text.count(text[at : at + 3]) > 1
    native = _native_name_end(text, at, language, end, whole=repeated)
    return native if native != end else _odd_first_end(text, at, w, language, end)


def _odd_first_end(text: str, at: int, w: Words, language: str, end: int) -> int:
    """Chinese: after a title, a transliterated name whose first character the table of transliteration characters
    lacks ("议长裴洛西2日", "发言人妙纽1日说"): that character, then transliteration characters up to a word that
    follows a name (`after_names`), a figure, punctuation or the text's end, a name of two characters only before a
    figure or a verb of speech; `end` when no such name follows."""
    if at >= len(text) or not HAN.match(text[at]) or text[at] in _word_list(language, "after_names", normalised=False):
        return end
    stop = at + 1
    while stop < len(text) and stop - at < 8 and text[stop] in w.name_characters:
        stop += 1
    closed = stop == len(text) or not HAN.match(text[stop]) or text[stop] in _word_list(language, "after_names", normalised=False)
    if stop - at == 2:  # two characters ("总统府内", in the palace) only before a figure or a verb: "妙纽1日说"
        speech = tuple(
            _word_list(language, "subject_verbs", normalised=False) | _word_list(language, "subject_adverbials", normalised=False)
        )
        closed = stop < len(text) and (text[stop].isdigit() or text.startswith(speech, stop))
    return stop if stop - at >= 2 and closed else end


def _native_name_end(text: str, at: int, language: str, end: int, whole: bool = False) -> int:
    """Chinese: after a title, a Chinese or Korean name written in its own characters ("领导人金正日", "总理李强说"):
    a common surname (`native_surnames`) and one or two characters of the given name, the second unless it is a
    word that follows a name (`after_names`: "说", "在", "表示"); only where such a word, or no Chinese character,
    follows ("记者钟忠陈俊锋": two names run together, none read), or, `whole`, a name of three characters whatever
    follows. A married woman's name in Hong Kong and Taiwan puts her husband's surname before her own and her given
    name ("特首林郑月娥"): a second common surname and two characters, four in all where such a word or no Chinese
    character closes them. `end` when no such name follows."""
    surnames = _word_list(language, "native_surnames", normalised=False)
    if at + 2 > len(text) or text[at] not in surnames or text[at : at + 2] in _word_list(language, "not_names", normalised=False):
        return end
    if _pattern(language, "titles").match(text, at):
        return end  # "总统顾问": a second title, no name
    after = _word_list(language, "after_names", normalised=False)
    verbs = tuple(_word_list(language, "subject_action_verbs", normalised=False))  # "王毅主持", "王介民主持": a verb
    married = at + 4  # "林郑月娥": two surnames and two given characters, closed by a word after a name or no Han
    closed = married == len(text) or (married < len(text) and not _opens_given(text, married, after, verbs))
    if closed and text[at + 1] in surnames and all(_opens_given(text, k, after, verbs) for k in range(at + 1, married)):
        return name_cut(text, at, married, language)
    given = 0
    while given < 2 and at + 1 + given < len(text) and _opens_given(text, at + 1 + given, after, verbs):
        given += 1
    stop = at + 1 + given
    if not given or (stop < len(text) and _opens_given(text, stop, after, verbs) and not (whole and given == 2)):
        return end
    stop = name_cut(text, at, stop, language)  # "教授张三认为": the name ends where 认为 starts
    return stop if stop - at >= 2 else end


def _opens_given(text: str, at: int, after: frozenset[str], verbs: tuple[str, ...]) -> bool:
    """A Chinese character at `at` that may belong to a given name: none of the words that follow a name, nor the
    first of an action verb ("主持", "介绍": 主 and 介 are also names' characters, "蒋介石")."""
    return bool(HAN.match(text[at])) and text[at] not in after and not text.startswith(verbs, at)


def _reporters(text: str, w: Words) -> list[tuple[str, int, int]]:
    """Chinese: a reporter's name in a dateline's credit ("（记者 马桂花）"), a Chinese name of any characters; each
    of several names the credit lists ("（记者黄恒 谭晶晶）")."""
    if not w.credited_name:
        return []
    return [
        (m.group(k), m.start(k), m.end(k))
        for m in w.credited_name.finditer(text)
        for k in range(1, len(m.groups()) + 1)
        if m.group(k)
    ]


def _led_by(text: str, w: Words, language: str) -> list[tuple[str, int, int]]:
    """Chinese: three to eight characters of those transliteration uses right before a word that names a regime or
    a rule after its leader ("萨达姆政权", "阿萨德领导下"): that leader, a person."""
    found = []
    for word in _pattern(language, "leader_words").finditer(text):
        start = word.start()
        while start > 0 and word.start() - start < 8 and text[start - 1] in w.name_characters:
            start -= 1
        name = text[start : word.start()]
        if len(name) >= 3 and not name.endswith(tuple(_word_list(language, "transliterated_words", normalised=False))):
            found.append((name, start, word.start()))
    return found


def _dotted_end(text: str, at: int, w: Words) -> int:
    """After a title, a given name of any characters that a middle dot closes ("发言人亚当·霍奇": 当 transliterates
    no name elsewhere) opens a dotted name: where its parts end, or `at` when no dot follows."""
    first = DOTTED_FIRST.match(text, at)
    if not first:
        return at
    end = first.end()
    while end < len(text) and (text[end] in w.name_characters or (DOT.match(text, end) and end + 1 < len(text))):
        end += 1
    return end if end > first.end() else at


def _every_mention(text: str, people: dict[str, Detected]) -> list[Detected]:
    """Each person at every place the text writes the words it was found with (after the first)."""
    found: list[Detected] = []
    covered = bytearray(len(text))  # the characters a mention already found covers (a look-up, not a scan of them all)
    for name, first in people.items():
        at = text.find(name, first.start if first.surface == name else first.end)
        while at >= 0:
            if not covered[at]:
                found.append(Detected(first.name, "person", at, at + len(name), name))
                covered[at : at + len(name)] = b"\x01" * len(name)
            at = text.find(name, at + len(name))
    return sorted(found, key=lambda d: d.start)


DOTS = NAME_DOTS  # "谢尔盖∙斯克里帕利"
DOT = re.compile(f"[{DOTS}]")
REGNAL_ORDINAL = re.compile(r"[一二三四五六七八九十]+世$")
TITLE_MARKS = re.compile(r"《([^《》\n]{2,12})》")
DOTTED_FIRST = re.compile(rf"(?:[\u4e00-\u9fff]{{1,4}}|[A-Z]{{1,3}})[{DOTS}]")  # "JD·万斯": initials too
TITLED_LATIN = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}(?![A-Za-z])")
LATIN_NAME = re.compile(r"\s*[(（]\s*([A-Z][a-z]+(?:[ -](?:al|el|bin|[A-Z][\w'’-]+)){1,3})\s*[)）]")


def _transliterated(text: str, w: Words) -> list[tuple[str, int, int, str | None]]:
    """Chinese transliterations of foreign names: (characters, start, end, the name in Latin letters if the text
    gives it). A dotted name ("布里斯·奥利吉·恩圭马"), or two to eight characters of those transliteration uses
    before a Latin name that opens with a given name ("阿塞德(Bashar al-Assad)")."""
    chars = "".join(sorted(w.name_characters))
    if not chars:
        return []
    found = []
    # the last part of two characters or more: "莫萨克•冯赛卡律师事务所" is a firm's name
    for m in re.finditer(
        rf"[{re.escape(chars)}]{{1,8}}(?:[{DOTS}][{re.escape(chars)}]{{1,8}})*[{DOTS}][{re.escape(chars)}]{{2,8}}", text
    ):
        if text.startswith(tuple(w.place_suffixes), m.end()):
            continue  # "納戈爾諾·卡拉巴赫地區": a place
        latin = LATIN_NAME.match(text, m.end())
        found.append((m.group(), m.start(), m.end(), latin.group(1) if latin and _given(latin.group(1).split()[0]) else None))
    for m in re.finditer(rf"[{re.escape(chars)}]{{2,8}}(?=\s*[(（])", text):
        latin = LATIN_NAME.match(text, m.end())
        if latin and _given(latin.group(1).split()[0]) and not any(a <= m.start() < b for _, a, b, _ in found):
            found.append((m.group(), m.start(), m.end(), latin.group(1)))
    return found


# a day in Chinese numerals after its month ("三月六日", "五月二十日"): the numerals, after 月 and a month's figure
DAY_IN_NUMERALS = re.compile(r"月[〇零一二三四五六七八九十廿卅]{1,3}$")
# a day in Chinese numerals with no month before it ("十日", "二十日", "廿一日", "三十一日"): two to thirty-one, not
# part of a larger number ("四十日") nor a weekday ("周二", "星期三", "礼拜六"); one (一) alone only opening a clause,
# where it is a day, not a word's end ("统一日本", "之一日本")
NUMERAL = "〇零一二三四五六七八九十廿卅百千万两"
BARE_DAY = re.compile(
    rf"(?<![{NUMERAL}周期拜])(?:[二三]十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|十[一二三四五六七八九]?"
    rf"|[二三四五六七八九])$|(?:^|(?<=[\s，。；：、！？,.;:!?（(「“]))一$"
)


def after_figure(text: str, at: int) -> bool:
    """Chinese: the character at `at` right after a figure counts or dates it, whatever state it also shortens: "8月10日警方"
    and "6日外交部" are the police and the ministry of the 10th and the 6th, "日" the day, not Japan; so after a day in
    Chinese numerals that follows its month ("五月十日警方", "三月六日外交部") or stands alone ("十日外交部", "二十日本届")."""
    if at > 0 and (text[at - 1].isdigit() or bool(DAY_IN_NUMERALS.search(text, max(0, at - 4), at))):
        return True
    return at > 0 and BARE_DAY.search(text[:at], max(0, at - 3)) is not None


CHIEF = ("长", "長")  # after a body's head-word, its chief ("内政部长", "警察局长"): a title, no body


def _unspaced_bodies(text: str, w: Words, language: str, states: dict[tuple[int, int], str]) -> list[Detected]:
    """Chinese, written without spaces or capitals: an organisation is a state's name, or its one-character short
    form, right before a body's head-word ("俄罗斯外交部", "中國海警局", "俄外交部"); named in English."""
    found = []
    state_ends = {end: (start, name) for (start, end), name in states.items()}
    # head-words after a state's full name only, its office-holders' titles not after them (`full_name_heads`):
    # "阿萨德政府" is Assad's government (no "德", Germany), "斯洛伐克政府总理" the prime minister
    full_only = frozenset(_word_list(language, "full_name_heads", normalised=False))
    titles = tuple(_word_list(language, "titles", normalised=False))
    for head in _pattern(language, "org_heads").finditer(text):
        english = w.org_names.get((normalise(head.group()),))
        at, full = head.start(), head.group() in full_only
        if not english or text.startswith(CHIEF, head.end()) or (full and text.startswith(titles, head.end())):
            continue  # "印度内政部长": the minister, a title
        if at in state_ends:
            start, state = state_ends[at]
        elif at > 0 and text[at - 1] in w.abbreviations and not full and not after_figure(text, at - 1):
            start, state = at - 1, w.abbreviations[text[at - 1]]
        elif _bare_head(text, head, language):
            found.append(Detected(english, "organisation", at, head.end(), head.group()))
            continue
        else:
            continue
        name = f"{english} ({state})" if english.startswith("Ministry of ") else f"{state} {english}"
        found.append(Detected(name, "organisation", start, head.end(), text[start : head.end()]))
    found += _described_bodies(text, w, state_ends, found)
    return found + _subdivision_bodies(text, language, found)


SUBDIVISION_KEYS = ("subdivision_units", "subdivision_heads", "place_heads")
# a title's, signature's or bracketed credit's rest ("（某某市公安局）"): no punctuation up to its end
HEADING_REST = re.compile(r"[\u4e00-\u9fff《》]*(?:\s|$|[)）])")


def _subdivision_bodies(text: str, language: str, found: list[Detected]) -> list[Detected]:
    """Chinese: a county's, city's or province's name (two to four characters and its unit, `subdivision_units`,
    one or more: "陕西省榆林市清涧县") right before a body's head-word (`subdivision_heads`: "清涧县人民政府",
    "临江市公安局"), or a place's name before a court's (`place_heads`: "臺灣士林地方法院"), as notices and judgments
    name their issuers: an organisation. Written without spaces, the name must open a clause (the text's start,
    a character not Han, or a word before a body, `subdivision_openers`: "经", "由"), and holds none of the
    characters of "this", "all" or "each" (`subdivision_not_names`: "本县人民政府" is the county's own, unnamed)."""
    units, heads, places = (_alternatives(sorted(_word_list(language, k, normalised=False))) for k in SUBDIVISION_KEYS)
    heads_of = _word_list(language, "subdivision_heads", normalised=False)
    if not heads:
        return []
    banned = "".join(_word_list(language, "subdivision_not_names", normalised=False))
    char = rf"(?![{re.escape(banned)}])[\u4e00-\u9fff]" if banned else r"[\u4e00-\u9fff]"
    # counts, quantifiers and verbs ("三个县", "部分地方法院", "建议市人民政府") are no part of a place's name
    not_words = _word_list(language, "subdivision_not_name_words", normalised=False)
    if not_words:
        char = rf"(?!{_alternatives(sorted(not_words))}){char}"
    # at most three units in a chain ("陕西省榆林市清涧县"): an unbounded chain backtracks for ever on "县县县..."
    named = rf"(?:(?:{char}){{2,4}}?(?:{units})){{1,3}}(?:{heads})"
    chained = re.compile(rf"(?:(?:{char}){{2,4}}?(?:{units})){{2,3}}(?:{heads})")
    if places:
        named += rf"|(?:{char}){{2,4}}?(?:{places})"
    openers = tuple(_word_list(language, "subdivision_openers", normalised=False))
    bodies = []
    for m in re.finditer(named, text):
        at = m.start()
        opener = text[:at].endswith(openers)
        # one unit at a clause's start may hold the words before it ("他们敦促县人民政府", "几位县人民政府"): with no
        # list of places to check it against, only after an opener ("经清涧县人民政府") or in a chain of units
        # a notice's title or signature, no sentence: Han characters alone after it up to a space or the line's end
        # ("清涧县人民政府关于…的通告", "。北岭县人民政府办公室 2020年7月9日")
        signed = HEADING_REST.match(text, m.end()) is not None
        alone = not (opener or signed) and m.group().endswith(tuple(heads_of)) and not chained.fullmatch(m.group())
        opens = (at == 0 or not HAN.match(text[at - 1]) or opener) and not alone
        if opens and not any(d.start < m.end() and m.start() < d.end for d in found + bodies):
            bodies.append(Detected(m.group(), "organisation", at, m.end(), m.group()))
    return bodies


DAY_WORDS = ("日", "号", "號")  # the words that close a day's date ("6日", "6号")
LIST_MARK = "、"  # the enumeration comma, between the items of a list


def _bare_head(text: str, head: re.Match[str], language: str) -> bool:
    """Chinese: a ministry's head-word written with no state before it (`bare_heads`: "外交部发言人", "据外交部消息"),
    the ministry of the state whose news it is, where it opens a clause (the text's start, punctuation, a date, or a
    word citing a source, `bare_head_openers`: "据") and words of its own follow, not a list's comma ("外交部、国防部")."""
    if head.group() not in _word_list(language, "bare_heads", normalised=False):
        return False
    at, end = head.start(), head.end()
    openers = tuple(_word_list(language, "bare_head_openers", normalised=False))
    dated = text[at - 1] in DAY_WORDS and after_figure(text, at - 1)  # "6日外交部": the day's 日 after its figure
    opens = at == 0 or not HAN.match(text[at - 1]) or dated or text[:at].endswith(openers)
    listed = text[at - 1 : at] == LIST_MARK or text[end : end + 1] == LIST_MARK  # "外交部、国防部": a list
    # "交通部门", "财政部分": the head-word's last character opens a longer word (`head_word_compounds`), no ministry
    inside = text[end - 1 : end + 1] in _word_list(language, "head_word_compounds", normalised=False)
    return opens and not listed and not inside and end < len(text) and HAN.match(text[end]) is not None


def _periodicals(text: str, language: str, taken: list[tuple[int, int]]) -> list[Detected]:
    """Chinese: a title in book-title marks that a word for a newspaper or magazine ends or follows ("《某某日报》",
    "《某某周刊》杂志社") is that periodical, an organisation; a law or a book in the marks ("《逃犯条例》") is none."""
    words = tuple(_word_list(language, "periodical_words"))
    found = []
    for m in TITLE_MARKS.finditer(text):
        known = any(a <= m.start(1) and m.end(1) <= b for a, b in taken)  # "《卫报》": a known outlet; not a city in it
        # "美国杂志《福布斯》": a word for a periodical of two characters or more right before the marks
        before = text[: m.start()].endswith(tuple(x for x in words if len(x) >= 2))
        if (m.group(1).endswith(words) or text.startswith(words, m.end()) or before) and not known:
            found.append(Detected(m.group(1), "organisation", m.start(1), m.end(1), m.group(1)))
    return found


QUOTED_SHORT_FORM = re.compile(r"\s*[(（]\s*[“「\"]?([\u4e00-\u9fff]{2,8})[”」\"]?\s*[)）]")
QUOTED_HAN = re.compile(r"[“「『\"]([\u4e00-\u9fff]{2,16})[”」』\"]")  # "“国家林火修复局”", "「海洋無限」"


def _quoted_unspaced_bodies(text: str, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Chinese: a name in quotation marks that ends with a body's head-word ("“国家林火修复局”", "“提格雷人民解放
    阵线”") or that a word for a kind of body follows or precedes ("“学生反歧视运动”组织", "中间派联盟“在一起”",
    "社交网站“电报”") is that body; a quoted slogan or term ("“恐怖主义威胁”") is none."""
    heads = tuple(_word_list(language, "quoted_body_heads", normalised=False))
    kinds = tuple(_word_list(language, "quoted_body_kinds", normalised=False))
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in QUOTED_HAN.finditer(text):
        name = m.group(1)
        beside = text.startswith(kinds, m.end()) or text[: m.start()].endswith(kinds)
        if ((name.endswith(heads) and len(name) > 2) or beside) and not held(m.start(1), m.end(1)):
            bodies.append(Detected(name, "organisation", m.start(1), m.end(1), name))
            short = QUOTED_SHORT_FORM.match(text, m.end())
            if short:  # "“提格雷人民解放阵线”(“提人阵”)": its short form, the same body wherever the text writes it
                bodies.append(Detected(name, "organisation", short.start(1), short.end(1), short.group(1)))
    return bodies


DEPARTMENTS = ("部门", "部門")  # "中央政府部门": the central government's departments, no one body


def _prefixed_bodies(text: str, w: Words, language: str, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Chinese: a word that opens a body's full name ("国家", "联邦", `body_prefixes`), then the words saying what it
    does and the suffix of an agency ("国家问责局", "联邦选举委员会"): a body, named as the text writes it, with no
    state before it; not its chief ("国家安全局长") nor departments in general."""
    prefixes = tuple(_word_list(language, "body_prefixes", normalised=False))
    if w.described is None or not prefixes:
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    bodies = []
    for m in re.finditer("|".join(map(re.escape, prefixes)), text):
        named = w.described.match(text, m.end())
        generic = named and named.group().endswith(DEPARTMENTS)
        if named and not generic and not text.startswith(CHIEF, named.end()) and not held(m.start(), named.end()):
            name = text[m.start() : named.end()]
            bodies.append(Detected(name, "organisation", m.start(), named.end(), name))
    return bodies


COMPANY_WORD = "公司"  # "国有公司麦德龙有限公司": the word for a company, in apposition before the company's name
MIN_COMPANY_NAME = 3  # characters before the legal form: a trade name and its trade at least ("某某龙"); "一家有限公司" is none


def _limited_companies(
    text: str, language: str, taken: list[tuple[int, int]], states: dict[tuple[int, int], str], found: list[Detected]
) -> list[Detected]:
    """Chinese: a company's registered name, closed by its legal form (`company_forms`: "有限公司", "宁夏某某矿业
    有限公司"), an organisation named as written. Its name runs back over Chinese characters that break no phrase
    (`phrase_breaks`) to where a clause opens (the text's start, a character not Han) or to a word for a company in
    apposition ("国有公司麦德龙有限公司"); a run that a word of the sentence opens ("为规范某某有限公司") or that
    holds a count or a verb (`subdivision_not_name_words`: "成立有限公司") is no name. A state's name may be in
    it ("马来西亚航空有限公司"); a body or person already found may not."""
    forms = _word_list(language, "company_forms", normalised=False)
    if not forms or not any(f in text for f in forms):
        return []
    breaks = _word_list(language, "phrase_breaks", normalised=False)
    verbs = tuple(_word_list(language, "subdivision_not_name_words", normalised=False))  # "成立有限公司": to set one up
    held = Covered(len(text), [span for span in taken if span not in states] + [(d.start, d.end) for d in found])
    companies = []
    for m in re.finditer(_alternatives(sorted(forms)), text):
        start = m.start()
        while start > 0 and HAN.match(text[start - 1]) and text[start - 1] not in breaks:
            start -= 1
        apposed = text.rfind(COMPANY_WORD, start, m.start())
        opens = start == 0 or not HAN.match(text[start - 1])
        start = apposed + len(COMPANY_WORD) if apposed >= 0 else start
        named = m.start() - start >= MIN_COMPANY_NAME and not any(v in text[start : m.start()] for v in verbs)
        if (opens or apposed >= 0) and named and not held(start, m.end()):
            companies.append(Detected(text[start : m.end()], "organisation", start, m.end(), text[start : m.end()]))
    return companies


# an aircraft's maker, two Chinese characters, before its model's code and a word for an aircraft or its type
# ("波音737 MAX 8客机", "空客330-200型客机", "空中巴士A330飛機"): no flight's number ("AF447航班")
UNSPACED_MAKER = re.compile(r"([\u4e00-\u9fff]{2})\s?(?:A\d{3}|\d{3})(?:[- ]?[\dA-Z]{1,4})*\s?(?=型|客机|客機|飞机|飛機|MAX)")


def _unspaced_makers(text: str, w: Words, taken: list[tuple[int, int]], found: list[Detected]) -> list[Detected]:
    """Chinese: the maker before an aircraft's model code (`UNSPACED_MAKER`), a company the annotators count
    (`model_makers`); not words a phrase breaks ("系列 737": a series)."""
    if w.model_makers != "yes":
        return []
    held = Covered(len(text), taken + [(d.start, d.end) for d in found])
    breaks = _word_list(w.language, "phrase_breaks", normalised=False) | _word_list(w.language, "not_makers", normalised=False)
    return [
        Detected(m.group(1), "organisation", m.start(1), m.end(1), m.group(1))
        for m in UNSPACED_MAKER.finditer(text)
        if not held(m.start(1), m.end(1)) and not breaks & set(m.group(1)) and m.group(1) not in breaks
    ]


def _dateline_bodies(
    text: str, language: str, taken: list[tuple[int, int]], found: list[Detected], key: str = "dateline_bodies"
) -> list[Detected]:
    """The outlet a dateline or a bracketed credit opens with (Chinese "新华网加拉加斯3月5日电", "[环球网快讯]",
    "哈通社/努尔-苏丹/"; English "TAIPEI (Site News) —"): a site, agency or station, an organisation (the pattern of
    `dateline_bodies`); with `key` "party_names", a Chinese party's short name ("民进党"), where no state's name or
    found body holds it."""
    pattern = _regex(language, key)
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


@cache
def _regex(language: str, key: str) -> re.Pattern[str] | None:
    """A pattern a language's data file states under `key`, or None (also for a language with no data file)."""
    value = _data(language).get(key)
    return re.compile(str(value), re.MULTILINE) if value else None


def _described_bodies(text: str, w: Words, state_ends: dict[int, tuple[int, str]], found: list[Detected]) -> list[Detected]:
    """Chinese: a state's name, then the words saying what a body does and the suffix of an agency ("土耳其灾害
    应急管理局", "土耳其统计局"): a body, named as the text writes it; words that end a noun phrase ("的",
    "和") stop it."""
    if w.described is None:
        return []
    bodies = []
    for end, (start, _) in state_ends.items():
        m = w.described.match(text, end)
        if m and (m.group(),) in w.common_bodies:
            continue  # "委內瑞拉執政黨": the ruling party, a common noun; its name follows
        if m and not any(d.start <= start < d.end for d in found):
            bodies.append(Detected(text[start : m.end()], "organisation", start, m.end(), text[start : m.end()]))
    return bodies


@cache
def _pattern(language: str, key: str) -> re.Pattern[str]:
    """The words of a list (titles, head-words) of a language written without spaces, longest first, as one pattern."""
    found = [str(h) for h in _data(language).get(key) or []]
    return re.compile("|".join(re.escape(h) for h in sorted(found, key=len, reverse=True)) or "(?!)")


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


def _detect_unscripted(
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
        head = 0 if norms[i] in _word_list(w.language, "led_by") else head
        if head and not held(matches[i].start(), matches[i].end()):
            j = _arabic_body_end(t, i + head, i + 6)
            if j == i + head and stems[i] & w.named_heads and _definite_head(t, i):
                j = _persian_named_end(t, i, j)
                j = i + head if stems[i] & w.companies and _kind_before_name(t, j) else j
            # "الجيش التركي": a body's one head-word named by the state's adjective after it (not a title's
            # complement: "رئيس أركان الجيش المصري" names the chief of staff)
            stated = j < len(matches) and _close(text, matches, j) and bool(_state_of(matches[j], states))
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
    found, governments = [], _word_list(t.w.language, "government_heads")
    for i in range(len(t.matches)):
        head = next((n for n in (2, 1) if tuple(t.norms[i : i + n]) in t.w.org_names), 0)
        if not head or t.held(t.matches[i].start(), t.matches[i].end()) or t.norms[i] in governments:
            continue
        first = i + head + (head == 1)  # one head-word right before the state: read as "پلیس نپال" is
        end = next((k for k in range(first, i + head + 3) if k < len(t.matches) and _state_of(t.matches[k], states)), 0)
        words = range(i + head, end + 1)
        if not end or not all(_close(t.text, t.matches, k) for k in words) or not all(_own_word(t, k) for k in words[:-1]):
            continue
        start, stop = t.matches[i].start(), t.matches[end].end()
        english = t.w.org_names[tuple(t.norms[i : i + head])]
        found.append(Detected(f"{_state_of(t.matches[end], states)} {english}", "organisation", start, stop, t.text[start:stop]))
    return found


def _own_word(t: Unscripted, k: int) -> bool:
    """Word k may be a word of a body's own name: no state's, no function word, no plural, no head-word."""
    if t.held(t.matches[k].start(), t.matches[k].end()) or t.norms[k] in t.w.stop or t.w.heads.starts_any(t.stems, k):
        return False
    return not t.norms[k].endswith(tuple(_word_list(t.w.language, "plural_endings")))


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
        state = _state_of(after, states)
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
    if after in _word_list(t.w.language, "ordinals") and _open_head(t, i, head):
        return True
    if head != 1 or not t.stems[i] & _word_list(t.w.language, "adjective_heads"):
        return False
    before = norms[i - 1] if _close(t.text, t.matches, i) else ""
    return after.startswith("لل") or (before.endswith(("ة", "ه")) and not before.startswith(("ال", "لل")))


def _open_head(t: Unscripted, i: int, head: int) -> bool:
    """The head-word of several words at i names a body only with a name after it (`open_heads`: "المركز الوطني",
    the national centre, is every country's; "المركز الوطني للأرصاد" is one)."""
    opened = _word_list(t.w.language, "open_heads")
    return any(" ".join((v, *t.norms[i + 1 : i + head])) in opened for v in t.stems[i])


def _bodies_in_title(t: Unscripted, k: int, name_start: int, states: dict[tuple[int, int], str]) -> list[Detected]:
    """A body named in the complement of a person's title, from word k to the name ("نائب رئيس المجلس الوطني
    الانتقالي": the council is named too), as the main loop reads bodies: a head-word and words with the article."""
    found = []
    while k < len(t.matches) and t.matches[k].end() <= name_start:
        head = t.w.heads.starts_any(t.stems, k)
        j = _arabic_body_end(t, k + head, k + 6) if head else k + 1
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
        if between.isdigit() and _state_of(matches[k + 1], states):  # "القناة 13 الإسرائيلية"
            start, end = matches[k].start(), matches[k].end() + len(text[matches[k].end() : matches[k + 1].start()].rstrip())
            found.append(Detected(text[start:end], "organisation", start, end, text[start:end]))
            continue
        if _article(matches[k].group()) or between:
            continue
        m = next((m for m in (k + 2, k + 3) if m < len(matches) and _state_of(matches[m], states)), None)
        words = range(k + 1, m) if m else ()
        if not words or not _article(matches[m].group()) or not all(_spaced(text, matches, n) for n in range(k + 1, m + 1)):
            continue
        if any(_article(matches[n].group()) or not _name_like(t, n) or _state_of(matches[n], states) for n in words):
            continue
        start, end = matches[k + 1].start(), matches[m - 1].end()
        found.append(Detected(text[start:end], "organisation", start, end, text[start:end]))
    return found


def _makers(t: Unscripted) -> list[Detected]:
    """The maker named between a word for an aircraft and the model's number ("طائرة بوينغ 737"): a company."""
    if t.w.aircraft is None or not _may_find(t.w.aircraft, t.text):
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
        openers = _word_list(w.language, "clause_openers")
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
    return t.held(t.matches[j].start(), t.matches[j].end()) or t.norms[j] in _word_list(t.w.language, "title_completions")


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


def _arabic_body_end(t: Unscripted, j: int, limit: int) -> int:
    """Where a body's name after its head-word ends: its words with the article ("وزارة الخارجية الروسية"),
    not a verbal noun after the preposition bi- or ka- ("قوات التحالف بالدخول والعبور": allowed to enter) nor
    another body's head-word ("الجيش اللجنة الانتخابية": the army, then the electoral commission)."""
    text, matches, norms, stems, w, held = t.text, t.matches, t.norms, t.stems, t.w, t.held
    while j < min(limit, len(matches)) and _article(matches[j].group()) and _close(text, matches, j):
        if held(matches[j].start(), matches[j].end()) or matches[j].group().startswith(("بال", "كال")) or norms[j] in w.stop:
            break
        if w.heads.starts_any(stems, j) and not w.fields.starts_any(stems, j):
            break
        if w.titles.starts_any(stems, j) or len(norms[j]) <= 2:  # "الجيش الفريق أول": a rank opens a name; "ال15"
            break
        j += 1
    complement = _body_complement(t, j, min(limit, len(matches)))
    # its own word with the article, one at most: the next is the verb's object ("لإدارة الانتخابات النتائج")
    return _arabic_body_end(t, j + complement, j + complement + 1) if complement else j


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
    light = _word_list(w.language, "light_verbs")
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
    after_names = _word_list(w.language, "after_noun_phrases")
    followed = k < len(matches) and _close(text, matches, k)  # (a comma ends the name before the next word)
    # "اعلام" (announce, `compound_verb_nouns`): itself the verb's noun, the word before it the name's
    not_verbs = w.connectors | w.places | after_names | _word_list(w.language, "compound_verb_nouns")
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
    gatherings = _word_list(t.w.language, "gathering_words")
    if j < len(t.matches) and t.stems[j] & gatherings:
        return j
    k = _persian_body_end(t, j, i + 5)
    stated = t.stems[i] & _word_list(t.w.language, "stated_heads") and k < len(t.matches) and _state_of_word(t, k)
    return j if stated else k


def _definite_head(t: Unscripted, i: int) -> bool:
    """The head-word at i is not counted ("یک سازمان حقوق بشری", "۵۰ حزب سیاسی": a body of a kind, no name) nor
    ranked by a superlative ("بزرگ‌ترین شرکت نفتی جهان": the world's largest oil company, `superlative_endings`)."""
    before = t.text[max(0, t.matches[i].start() - 12) : t.matches[i].start()].split()
    if not before:
        return True
    word = normalise(before[-1])
    superlative = word.endswith(tuple(_word_list(t.w.language, "superlative_endings")) or ("\0",))
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
    if t.w.article_titles and j == i + title and not _definite(matches, i, title):
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
    if i > 0 and t.norms[i - 1] in _word_list(t.w.language, "not_before_given"):
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
        and t.norms[i].removeprefix("و") in _word_list(t.w.language, "compound_particles")
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
    born = norms[i + 1] in _word_list(w.language, "born_patronymics")
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
        compound = k - j == 2 and norms[j].removeprefix("و") in _word_list(w.language, "compound_particles")
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
    while j < len(matches) and _close(text, matches, j) and (norms[j] not in w.stop or norms[j] in w.title_adjectives):
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
    if norms[k - 1] in w.particles or (k - j == 2 and norms[j].removeprefix("و") in _word_list(w.language, "compound_particles")):
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
    state = _state_of(matches[j], states) if j < len(matches) and held(matches[j].start(), matches[j].end()) else None
    if english and state:
        return Detected(f"{state} {english}", "organisation", start, end, surface)
    name = _organisation_name("ا" * elided + surface, list(key), start, end, w, states)
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


LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def lone_words_in(texts: Sequence[str], language: str) -> frozenset[str]:
    """`lone_words` of the paragraphs written one after another with a blank line between them, each paragraph's
    words read once: detection takes them again from `_READ_WORDS` (no word spans a blank line, so the words of the
    whole text are the paragraphs' words one after another)."""
    w = words(language)
    nouns = w is not None and w.noun_capitals and not generic_words.lower_case_nouns(language)
    if w is None or nouns or language.startswith(("ar", "fa", "zh", "ja")):
        return frozenset()  # German capitalises every noun; Arabic, Persian and Chinese have no capitals
    # a language with no file: words in Latin letters alone, as Cyrillic-script languages with no file capitalise the
    # words of official names and titles ("Татарстан Республикасы Президенты", "Монгол Улсын Ерөнхий сайд")
    latin_only = w.noun_capitals
    _READ_WORDS.clear()
    read = []
    for text in texts:
        matches, written_here = _words_in(WORD, text)
        _READ_WORDS[id(text)] = (text, WORD, matches, written_here)
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
        found.add(_bare(word, w))
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


TURKISH_CAPITALS = str.maketrans({"I": "ı", "İ": "i"})  # Turkish writes dotless ı under I and i under İ
SHOUTED = 5  # letters of a word in capitals that is no acronym ("MİLLİ"; acronyms are read as written: "IŞİD", "MİT")


def _turkish_capitals(word: str, norm: str) -> str:
    """A Turkish word written in capitals folded as Turkish lowers it ("DIŞİŞLERİ BAKANLIĞI" is "dışişleri
    bakanlığı", a ministry's head-word), not as the Latin "I" lowers ("bakanliği", no word)."""
    if len(word) < SHOUTED or not word.isupper() or not ("I" in word or "İ" in word):
        return norm
    return normalise(APOSTROPHE_ENDING.sub("", word).translate(TURKISH_CAPITALS))


def _bare(word: str, w: Words) -> str:
    """A word folded without its possessive or, in Turkish, its case ending ("Trump's", "Georgescu'nun")."""
    return normalise((APOSTROPHE_ENDING if w.apostrophe_endings else POSSESSIVE).sub("", word))


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
    for m in ARABIC_WORD.finditer(text) if language.startswith(("ar", "fa")) else _words_in(WORD, text)[0]:
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
