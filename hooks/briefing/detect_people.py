"""Whether a run of capitalised words is a person: after a title, before a verb of speech,
opening with a known given name, or a surname the text already gave in full; and the words that make it no name
(a place, a time, a title's complement, a club or a genre).
"""

from __future__ import annotations

import re
from functools import cache

from anyascii import anyascii

from .detect_words import (
    AND_WORDS,
    APOSTROPHE_ENDING,
    ROMAN_NUMERAL,
    Detected,
    Words,
    adjoins,
    bare_word,
    compound_title,
    flag,
    inside_sentence,
    is_given,
    names_first_level,
    peoples,
    person_name,
    place_endings,
    plural_like,
    state_adjective_words,
    state_nouns,
    surname_stem,
    word_list,
)
from .knowledge import (
    chinese_surnames,
    pinyin_given_name,
    surname_first_places,
)
from .registry import inside_sentence_at, normalise

ORDINAL = re.compile(r"\d{1,2}\.")  # an ordinal in figures, as Turkish writes it before a name: "16. Benediktus"
# a photographer's credit beside a picture: "REUTERS/Mehmet Emin Calsikan", "(UN Photo/Mark Garten)", "Ted Aljibe, AFP/File"
CREDIT_BEFORE = re.compile(r"/\s*$")
CREDIT_AFTER = re.compile(r"\s*/|,\s*[A-Z]{2,}\b\s*/")
QUOTED = re.compile(r"[,.!?]\s*[\"”»]\s*$")  # the end of a quotation just before a name
# a quotation's end before a verb of speech ('", a dit'); German closes „…“ and »…«
QUOTE_THEN_VERB = re.compile(r"[\"”»“«]\s*,?\s*(?:\w+\s+)?$")
APPOSITION_CLOSED = re.compile(r"[^.!?…\n,;:]{3,120},")  # a phrase a comma closes within the sentence
POSSESSIVE_WORD = re.compile(r"['’]s(?!\w)")  # the first possessive of a name: "PM Silvio Berlusconi's Forza Italia"
AGE = re.compile(r",\s*\d{1,2},")  # an age set off by commas after a name ("Jane Doe, 34, and her brother")
# a given name of two syllables joined by a hyphen, as Korean names are romanised ("Geun-hye", "Duck-soo", "Suk-yeol")
SYLLABLES = re.compile(r"^[A-Z][a-z]{1,4}-[a-z]{2,4}$")


def classify_person(
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
    title = w.titles.starts(norms, i) or int(compound_title(raw[i], norms[i], w))
    while title and i + title < j:  # "President Ilham Aliyev", "Parlamentspräsident X Y": the title opens the run
        i += title
        title = w.titles.starts(norms, i) or int(compound_title(raw[i], norms[i], w))
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
    split = split | word_list(w.language, "chaired_by")
    # a particle that is also "and" splits before two words or more, a full name, not before a name's last word
    # (Hausa "Muhammadu Buhari da Yemi Osinbajo", two people; "Lula da Silva", one)
    j = next((k for k in range(i + 1, j) if norms[k] in split or w.titles.starts(norms, k) or _and_before(norms, w, k, whole)), j)
    # the words after the split are read on their own: "Aliyev and Nikol Pashinyan", "Government of President Ruto"
    then = (j if w.titles.starts(norms, j) else j + 1) if j + 1 < whole else None
    if _named_place(text, matches, raw, norms, w, i, j):
        return then
    # Russian, Ukrainian: a sentence's capitalised first word before a name ("Двадцатидвухлетняя Махса Амини",
    # "Встреча Марии Захаровой"); not in Latin script, where a given name may stand inside one ("Aung San Suu Kyi")
    opening = w.adjective_first and not inside_sentence(text, matches, i)
    # after an article a state's demonym before a full name is a noun, the person's nationality ("l'Argentin Jorge
    # Mario Bergoglio", "the Argentine Jorge Mario Bergoglio")
    noun = (
        i > 0 and norms[i - 1] in w.articles and adjoins(text, matches, i - 1) and norms[i] in state_adjective_words(w.language)
    )
    # Russian, Ukrainian: a body in the genitive between a title and a full name ("Председатель Центризбиркома РК
    # Нурлан Абдиров"): the name opens at its given name; not without a title ("Праздником Весны Консульский")
    # a title's complement skipped ("Председатель Правительства Мишустин"): the one name after it is the title's
    complement = 0 if w.noun_capitals or opening or noun else _past_complement(raw, norms, w, opened, i, j) - i
    i += complement
    i = _from_given(raw, i, j) if w.noun_capitals or opening or noun else _past_genitive(raw, norms, w, opened, i, j)
    i = _past_place_of_title(text, matches, raw, norms, held, w, _past_club(text, matches, raw, norms, w, i, j, found), j)
    while j - i >= 3 and len(raw[i]) > 1 and raw[i].isupper() and not raw[i + 1].isupper() and is_given(raw[i + 1]):
        i += 1  # a body's acronym, then a full name ("секретарь ЦК Михаил Суслов"): the name is the person's
    names = [k for k in range(i, j) if norms[k] not in w.particles]
    # "Vali Hasan Yılmaz AFAD ekipleriyle": the person, then an acronym; not at a sentence's start ("Due Navy SEAL")
    # not after an article: "die Suu Kyis NLD" is a body, the article its ("Suu Kyi's NLD")
    inside = (
        bool(names) and (i > opened or inside_sentence(text, matches, names[0])) and (i == 0 or norms[i - 1] not in w.articles)
    )
    j = _cut_acronym_after_full_name(raw, names, j, inside, w)
    apposed = bool(names) and text[matches[names[-1]].end() :].lstrip()[:1] in ("", ",", ".", ";", ":", ")")
    if (
        not names
        or len(names) > 4
        or all(len(raw[k]) == 1 and raw[k].isupper() for k in names)  # initials alone ("une fille, T.", "41-летний М.В.")
        or (
            _holds_acronym([raw[k] for k in names])
            and not _surname_in_capitals(raw, norms, names, w, i > opened, apposed)
            and not _initials_first([raw[k] for k in names], w, i > opened)
        )
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
    speaking = j < len(matches) and norms[j] in w.speech and adjoins(text, matches, j - 1)
    given = is_given(raw[i]) or _surname_first_name(text, matches, raw, w, i, j)
    # Turkish: what an occupation serves, not its holder ("futbolcusu Manchester United ile")
    titled = 0 if titled and not given and _occupation_then_postposition(text, matches, norms, w, i - titled + 1, j) else titled
    after_connector = i > 0 and adjoins(text, matches, i - 1) and norms[i - 1] in w.connectors | w.particles
    # one word is a name right after its title ("President Aliyev", not "du Commerce") or, in mixed case and four
    # letters or more, before a verb of speech ("Небензя напомнил")
    # "Алиев подчеркнул", not "Власти заявили" (plural) nor "в Баку заявили"
    lone = w.lone_names and j < len(raw) and raw[j].lower() in w.speech_forms and not (i > 0 and norms[i - 1] in w.places)
    lone = lone and not raw[i].lower().endswith(w.not_lone_endings)  # "Республики заявил": a noun's ending
    lone = lone or bool(QUOTED.search(text, 0, matches[i].start()))  # '…," Tarriela said': who spoke the quotation
    kin = _after_kin(text, matches, norms, w, i)  # "his half-brother, Barzan al-Tikriti": kin titles a name as an office does
    alone = titled == 1 or _titled_past_genitive(raw, norms, held, w, i, titled) or kin or bool(complement)
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
    full_speaker = full_speaker and inside_sentence(text, matches, i)
    compound = compound and (inside_sentence(text, matches, i) or bare_word(raw[i], w) in written_alone)
    relative_alone = (relative or compound) and not (i > 0 and norms[i - 1] in w.articles and adjoins(text, matches, i - 1))
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
            found.append(Detected(person_name(text[start:end]), "person", start, end, text[start:end]))
    return then


def _listed_complement(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int) -> bool:
    """The words from i, right after a comma, a connector and a definite article, are one more field in a list of a
    title's fields ("le Ministre de l'Enseignement technique, de la Formation professionnelle et de l'Apprentissage"):
    a field, no name. A name after a title and a comma has no article before it ("le ministre du Commerce, Piyush
    Goyal"); one word after a particle is left to the rules of one word ("le Premier ministre, de Villepin"). The list
    opens with a preposition, not an article (a relative pronoun: "…, la cual", "…, die Élisabeth Borne"), and not in
    a language that capitalises its nouns."""
    k = i
    while k > 0 and raw[k - 1][:1].islower() and norms[k - 1] in w.connectors | w.articles and adjoins(text, matches, k - 1):
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
    if j < len(norms) and raw[j] in w.determiners_after and adjoins(text, matches, j - 1):
        return True
    if not one:
        return False
    if any(norms[i].endswith(e) and len(norms[i]) > len(e) for e in w.name_endings):
        return True
    title = i - titled
    return w.lower_case_titles and raw[title][:1].isupper() and inside_sentence(text, matches, title)


def _opens_complement_name(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int
) -> bool:
    """Russian, Ukrainian (`adjective_first`): the one capitalised word after a title opens the name of what the title
    is of, no surname: a word of a state's official name before the state's name (`state_forms`: "премьер-министром
    Республики Армения"), or a word in an adjective's case ending (`adjective_endings`) before a body's head-word or a
    region's noun (`region_nouns`) it qualifies ("губернатор Астраханской области", "директор Украинского института")."""
    if not w.adjective_first or j >= len(raw) or not adjoins(text, matches, j - 1):
        return False
    if held[j] and raw[j][:1].isupper():
        return norms[i] in word_list(w.language, "state_forms")
    word = raw[i].lower()
    if not raw[j][:1].islower() or not any(word.endswith(e) and len(word) > len(e) + 2 for e in w.adjective_endings):
        return False
    return bool(w.heads.starts(norms, j)) or norms[j] in word_list(w.language, "region_nouns")


NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _surname_first_name(text: str, matches: list[re.Match[str]], raw: list[str], w: Words, i: int, j: int) -> bool:
    """Where the language writes the family name first (`surname_first_places`: Hungarian "Bognár István"), two
    words in mixed case, the second a known given name and the first not, are a person's full name; not before a
    lower-case word that makes them a place's name ("Kossuth Lajos utca")."""
    places = surname_first_places(w.language)
    if places is None or j - i != 2 or any(word.isupper() or not word[:1].isupper() for word in raw[i:j]):
        return False
    if is_given(raw[i]) or not is_given(raw[i + 1]):
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
    postpositions = word_list(w.language, "postpositions")
    if not postpositions or j >= len(norms) or norms[j] not in postpositions or not adjoins(text, matches, j - 1):
        return False
    return bool(w.full_name_titles.ends(norms, end))


def _pinyin_name(family: str, given: str) -> bool:
    """A Chinese name in Hanyu Pinyin, family name first: a common family name (`chinese_surnames`), then a given
    name of one or two syllables written as one capitalised word ("Xi Jinping", "Wang Yi", "Li Keqiang")."""
    if family not in chinese_surnames() or not (given[:1].isupper() and given[1:].islower()):
        return False
    return bool(pinyin_given_name().fullmatch(given))


def _titled_past_genitive(raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, titled: int) -> bool:
    """Russian, Ukrainian (`adjective_first`): a title, then the state or body it belongs to in the genitive, then one
    name ("президент Турции Эрдоган", "министр иностранных дел России Лавров"): the name is the titled person's, unless
    a registry's name follows it, another part of the name the registry took for a state ("Ашраф Гані": Ghana's case);
    or a title and a ministry's field in lower case (`ministries`: "министр здравоохранения Мурашко", "міністр охорони
    здоров'я Ляшко")."""
    if not (w.adjective_first and titled >= 2 and not raw[i].isupper()):
        return False
    if raw[i - 1][:1].islower() and w.fields.starts(norms, i - titled + 1) == titled - 1:
        return True
    if not (held[i - 1] and raw[i - 1][:1].isupper()):
        return False
    return i + 1 >= len(raw) or not (held[i + 1] and raw[i + 1][:1].isupper())


def _past_field(norms: list[str], w: Words, i: int, j: int) -> int:
    """Where the title starts in a run that opens with a ministry's field before it, as a head-final language puts it
    ("Finance Minister Yanis Varoufakis", "Health Minister …"), also one that "and" joins to more of its words
    ("Health and Population Minister Pradip Poudel"); else i."""
    field = w.fields.starts(norms, i) if w.head_final else 0
    if not field:
        return i
    k = i + field
    while k < min(j, i + MAX_FIELD_WORDS) and not w.titles.starts(norms, k):
        k += 1
    joined = k == i + field or any(norms[m] in AND_WORDS for m in range(i + field, k))
    return k if k < j and joined and w.titles.starts(norms, k) else i


MAX_FIELD_WORDS = 5  # a ministry's field before its title: "Women and Child Development Minister"


SENTENCE_END = re.compile(r"[.!?…](?:\s|$)|\n")


def _speaking_subject(text: str, matches: list[re.Match[str]], raw: list[str], w: Words, i: int, j: int) -> bool:
    """Turkish: one mixed-case word opening a sentence, set off by a comma, in a sentence a verb of speech closes
    ("Ryan, … tespit edildiğini belirtti."): the sentence's subject, a surname (a plural noun is none: "Yetkililer,")."""
    if not w.subject_verbs or j != i + 1 or len(raw[i]) < 4 or raw[i].isupper() or inside_sentence(text, matches, i):
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
    verbs = word_list(w.language, "speaker_verbs")
    if not verbs or j != i + 1 or len(raw[i]) < 3 or raw[i].isupper() or norms[i] in w.stop:
        return False
    inverted = word_list(w.language, "speaker_inverted") == {"yes"}
    before = inverted and i > 0 and norms[i - 1] in verbs and adjoins(text, matches, i - 1)
    after = not w.noun_capitals and j < len(norms) and norms[j] in verbs and adjoins(text, matches, i)
    if not (before or after) or (i > 0 and raw[i - 1][:1].isupper() and adjoins(text, matches, i - 1)):
        return False
    if i > 0 and norms[i - 1] in w.articles and adjoins(text, matches, i - 1):
        return False
    if POSSESSIVE_AFTER.search(text, matches[i].start(), matches[i].end() + 2) or re.search(
        rf"(?<!\w){re.escape(raw[i].lower())}(?!\w)", text
    ):
        return False
    if norms[i] in state_adjective_words(w.language) | peoples(w.language) or plural_like(norms[i], w):
        return False
    return (
        before
        or inside_sentence(text, matches, i)
        or _written_inside_a_sentence(text, raw[i])
        or _opening_speaker(text, raw, norms, w, i)
    )


def _opening_speaker(text: str, raw: list[str], norms: list[str], w: Words, i: int) -> bool:
    """Opening a sentence, a word that is no body's head-word nor a title ("Police said", "Minister said"), no word
    for a government, no pronoun or collective noun the data lists (`not_speakers`: "Everyone said") and not ending
    as a plural of people does (`people_plural_endings`: "Witnesses said"), where the language's data says its news
    opens sentences so with who spoke (`speakers_open_sentences`: "Pinera said"), and only a surname the text names
    in full (`_surname_of_full_name`); demonyms and stop words are read above."""
    if not flag(w.language, "speakers_open_sentences"):
        return False
    if norms[i] in word_list(w.language, "not_speakers") | state_nouns(w.language):
        return False  # "Everyone said", "Government said"
    if norms[i].endswith(tuple(word_list(w.language, "people_plural_endings"))):
        return False  # "Witnesses said", "Medics said": a plural of people, though "Santos" and "Adams" end in -s too
    if w.heads.starts(norms, i) or w.titles.starts(norms, i) or w.fields.starts(norms, i):
        return False
    return _surname_of_full_name(text, raw[i])


def _surname_of_full_name(text: str, word: str) -> bool:
    """The text names someone in full with this word last, after a given name ("Juan Manuel Santos … Santos said"):
    a bare word opening a sentence may be any noun ("Experts said", "Tradition says", "Mum said"), so only a
    surname the text has introduced is who spoke."""
    return any(is_given(m[1]) for m in re.finditer(rf"(?<!\w)(\w+)\s+{re.escape(word)}(?!\w)", text) if m[1][:1].isupper())


def _written_inside_a_sentence(text: str, word: str) -> bool:
    """The paragraph writes the word, as written, inside a sentence somewhere: a name, not a noun opening one."""
    return any(inside_sentence_at(text, m.start()) for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text))


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
    given = next((m for m in range(k + 1, j - 1) if raw[m][:1].isupper() and is_given(raw[m])), None)
    if given is not None:  # "Anweisung von US-Präsident Donald Trump"
        return given, j
    noun = i > 0 and norms[i - 1] in w.articles  # "den Tod von …": a noun, though "Tod" is a given name
    if noun and k == i + 1 and j - k > 2:
        return k + 1, j  # "den Tod von Ghassem Soleimani"
    return (i, j) if k == i + 1 and is_given(raw[i]) and not noun else (i, k)


def _past_title_after_preposition(raw: list[str], norms: list[str], w: Words, run_start: int, i: int, j: int) -> int:
    """German: a title after the preposition that opened the name ("Rücktritt von Premierminister Wickremesinghe"):
    the name starts after it, as it does after a title opening the run."""
    title = (w.titles.starts(norms, i) or int(compound_title(raw[i], norms[i], w))) if i > run_start else 0
    while title and i + title < j:
        i += title
        title = w.titles.starts(norms, i) or int(compound_title(raw[i], norms[i], w))
    return i


def _after_kin(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int) -> bool:
    """Word i follows a word for kin, or one and a comma ("e della figlia Yulia", "e a filha, Yulia"), also past an
    adjective of age set after it (`kin_adjectives`: "son frère aîné Chamal", "ses frères cadets Basil"); after a
    plural kin word (`plural_kin`) only a first name of two ("les frères Kouachi" is a family's name)."""
    k = i - 1
    if k > 0 and norms[k] in word_list(w.language, "kin_adjectives") and not text[matches[k].end() : matches[i].start()].strip():
        k -= 1
    if k >= 0 and norms[k] in word_list(w.language, "plural_kin") and not _and_follows(text, matches, norms, w, i):
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
    given = [is_given(raw[k]) for k in names[:-1]]
    # without a title, a known given name then a surname in capitals of five letters or more ("Ieri Matteo SALVINI ha
    # parlato"), where a name does not qualify the noun after it unmarked (Turkish: "Murat ASELSAN hisselerini")
    named = is_given(raw[first]) and not w.apostrophe_endings and w.untitled_capital_surnames and _surname_shaped(last, w)
    return (
        (len(names) == 2 or (len(names) == 3 and titled and (all(given) or not any(given))))
        and (titled or (apposed and is_given(raw[first])) or named)
        and last.isupper()
        and len(last) >= 4
        and last.isalpha()
        and last not in w.common_acronyms
        and not any(raw[k].isupper() for k in names[:-1])
    )


INITIALS = re.compile(r"[A-Z]{2}")  # a given name's initials run together ("KP Sharma Oli", "MK Stalin")


def _initials_first(words: list[str], w: Words, titled: bool) -> bool:
    """After a title, two capitals run together and then one or two words in mixed case are a person's initials and
    name ("Prime Minister KP Sharma Oli", "Chief Minister MK Stalin"), no acronym beside a name; not an acronym the
    language's data lists ("Minister UN Affairs")."""
    first, rest = words[0], words[1:]
    mixed = all(x[:1].isupper() and not x.isupper() for x in rest)
    return titled and 1 <= len(rest) <= 2 and mixed and bool(INITIALS.fullmatch(first)) and first not in w.common_acronyms


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
    full = 2 <= len(mixed) <= 3 and is_given(mixed[0]) and not any(x.isupper() for x in mixed)  # a given name first
    # four letters after two given names, but in Turkish, whose bodies' acronyms of four letters qualify the noun after
    # them ("Vali Murat Demir AFAD ekipleriyle": Demir is a given name too)
    shortest = LONG_SURNAME if w.apostrophe_endings else SHORT_SURNAME
    if full and capitals and all(is_given(x) for x in mixed) and _surname_shaped(words[-1], w, shortest):
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
    before = i > 0 and norms[i - 1] in w.named_places and adjoins(text, matches, i - 1)
    after = j < len(norms) and norms[j] in w.named_places and adjoins(text, matches, j - 1)
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
    if not names_first_level(words):
        return False
    return not (j - i == 2 and is_given(norms[i])) or (i > 0 and norms[i - 1] in w.places)


def _after_masculine_article(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int
) -> bool:
    """A full name alone right after a masculine article the language never puts before a man's name
    (`no_person_after`: "il Roland Garros", "el Santiago Bernabéu"): what is named after the person (a tournament, a
    stadium); not "del Porto Diogo Costa", a club and then its player."""
    after = i > 0 and norms[i - 1] in word_list(w.language, "no_person_after") and adjoins(text, matches, i - 1)
    if not (after and j - i == 2 and is_given(raw[i])):
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
    phrases = sorted(word_list(language, "venue_before", normalised=False), key=len, reverse=True)
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
    phrases = sorted(word_list(language, "article_person_then", normalised=False), key=len, reverse=True)
    return re.compile(f"[ \\u00a0]+(?:{'|'.join(map(re.escape, phrases))})(?!\\w)", re.IGNORECASE) if phrases else None


def _saints_name(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> bool:
    """A saint's word before a given name names a place or a saint ("San Juan", "Santa Maria", "San Felipe Segundo",
    "Sesto San Giovanni"), opening the name or before its last word: inside one, a name's word ("Aung San Suu Kyi");
    before a word no given name, a person's ("Kelumpa San Varanatha"). Opening the name, before any word, a place's
    ("San Petersburgo", "San Marino"): no one's name opens with a saint's word."""
    if j - i >= 2 and norms[i] in w.saints:
        return True
    return any(norms[k] in w.saints and is_given(raw[k + 1]) for k in range(i + 1, j - 1) if k + 2 == j)


def _surname_known(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int, alone: frozenset[str]
) -> bool:
    """ "Calin Georgescu … Georgescu": two or three names inside a sentence, whose last the source also writes alone,
    as a surname; not words with a connector ("Casa della Libertà"), a case ending ("Michel'in Aliyev"), an
    adjective's ending ("Нагорном Карабахе") or a capitalised word after them ("Second Nagorno-Karabakh War")."""
    if not 2 <= j - i <= 3 or bare_word(raw[j - 1], w) not in alone or raw[j - 1].isupper():
        return False
    if i > 0 and norms[i - 1] in w.geographic:  # "Северный Дарфур Эль-Фашер": a place in a region
        return False
    if any(norms[k] in w.particles | w.connectors or APOSTROPHE_ENDING.search(raw[k]) for k in range(i, j - 1)):
        return False
    if place_endings(w.language).search(raw[j - 1]):  # "Husilerin Kızıldeniz'deki": a place, in the locative
        return False
    if raw[i].lower().endswith(w.adjective_endings) or (j < len(raw) and raw[j][:1].isupper() and adjoins(text, matches, j - 1)):
        return False
    # opening a sentence too where a lone capitalised word names a person (Russian and Ukrainian, `lone_names`): a
    # sentence's first two capitalised words, the second also alone, before a lower-case word ("Риши Сунак официально
    # стал … Сунак занимал")
    opening = w.lone_names and j - i == 2 and j < len(raw) and raw[j].islower()
    # not a verb or a noun before a name in the genitive ("Закінчився Євромайдан", "Падение Эль-Фашира", "Власти Нью-Йорка")
    opening = opening and raw[i] not in w.stop and not raw[i].lower().endswith(w.verb_endings)
    opening = opening and not raw[j - 1].endswith(("а", "я"))
    return opening or inside_sentence(text, matches, i)


def _apposed(text: str, matches: list[re.Match[str]], norms: list[str], held: list[bool], w: Words, i: int, j: int) -> bool:
    """Two or three names inside a sentence set off by a comma before a title or a word for a person in the news:
    "…considéré Calin Georgescu, vainqueur du premier tour", "…a favor de Dorin Vasilescu, candidato de…", before
    their state's title ("Jane Doe, Nepal's minister for …") or before an age ("Jane Doe, 34, and …")."""
    if not 2 <= j - i <= 3:
        return False
    if AGE.match(text, matches[j - 1].end()):
        return inside_sentence(text, matches, i)
    if j + 1 >= len(matches) or text[matches[j - 1].end() : matches[j].start()].strip() != ",":
        return False
    if held[j] and w.titles.starts(norms, j + 1):
        return inside_sentence(text, matches, i) or _state_titled(norms, held, w, j)
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
    return bool(described) and (bool(opening) or inside_sentence(text, matches, i))


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
        return _past_joined_fields(norms, w, i + field, j)
    # "Inspector General of Police Japhet Koome", "governador do DF Ibaneis Rocha", "of New York Jane Doe"
    return next((k for k in range(j - 2, i, -1) if is_given(raw[k])), i + 1 if j - i == 3 else i)


def _past_joined_fields(norms: list[str], w: Words, k: int, j: int) -> int:
    """Past the ministry's fields that connectors join to the one before word k ("ministro delle Infrastrutture e dei
    Trasporti Matteo Salvini"), while two words or more are left for the name."""
    while True:
        m = k
        while m < j and norms[m] in w.connectors:
            m += 1
        more = w.fields.starts(norms, m) if m > k else 0
        if not more or j - m - more < 2:
            return k
        k = m + more


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
    if i == 0 or norms[i - 1] not in w.speech or not adjoins(text, matches, i - 1):
        return False
    if _speaker_of_quote(text, matches, norms, w, i):
        return True  # '"…", a déclaré Jean Dupont': who spoke the quotation
    if j + 1 >= len(matches) or text[matches[j - 1].end() : matches[j].start()].strip() != ",":
        return False
    return bool(w.titles.starts(norms, j) or w.titles.starts(norms, j + 1))


def _speaker_of_quote(text: str, matches: list[re.Match[str]], norms: list[str], w: Words, i: int) -> bool:
    """Word i follows a verb of speech that follows a quotation's end ('"…," said Okafor', '« … », a déclaré Dupont',
    '«…», dijo García'): the name of who spoke it."""
    if i == 0 or norms[i - 1] not in w.speech or not adjoins(text, matches, i - 1):
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
    verbs = word_list(w.language, "compound_speech", normalised=False)
    after = COMPOUND_AFTER.match(text, matches[j - 1].end()) if verbs else None
    if not after or after.group(1).lower() not in verbs:
        return False
    return not (i > 0 and norms[i - 1] in w.articles | w.acronym_articles and adjoins(text, matches, i - 1))


COMPOUND_AFTER = re.compile(r" (\w+ \w+)\b")  # the two words after a name: an auxiliary and a participle
RELATIVE_AFTER = re.compile(r",\s*([^\W\d_]+)\b")


def _past_complement(raw: list[str], norms: list[str], w: Words, opened: int, i: int, j: int) -> int:
    """Where the name in the run i..j starts in Russian and Ukrainian (`adjective_first`) after a title: past a noun
    of an abstract kind in the genitive right after it, never a surname (`abstract_endings`: "Председатель
    Правительства РФ", the chairman of the government; "министр Просвещения"), and the acronyms after it, the
    title's complement; not past a given name with the same ending ("министр Евгения Смирнова", "Ксения")."""
    titled = i > opened or (i > 0 and raw[i - 1][:1].islower() and bool(w.titles.starts(norms, i - 1)))
    abstract = tuple(word_list(w.language, "abstract_endings", normalised=False))
    if not (w.adjective_first and titled and abstract):
        return i
    k = i
    while k < j and ((raw[k].lower().endswith(abstract) and not is_given(raw[k])) or (k > i and raw[k].isupper())):
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
    patronymic = tuple(word_list(w.language, "patronymic_endings", normalised=False))
    if i < given and j - given == 2 and patronymic and raw[j - 1].lower().endswith(patronymic):
        stems, surname = tuple(word_list(w.language, "surname_stems")), raw[given - 1]
        given -= surname.lower().endswith(stems) or surname_stem(surname, w) != surname
    genitive = tuple(word_list(w.language, "genitive_endings", normalised=False))
    return given if all(word.isupper() or word.lower().endswith(genitive) for word in raw[i:given]) else i


def _past_club(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int, j: int, found: list[Detected]
) -> int:
    """Italian: a member's role, a body named with its article ("del Lecce", "della Juventus": cities take none),
    then a full name opening with a given name ("il portiere del Lecce Wladimiro Falcone"): the body is read on its
    own and the name starts at the given name (`body_articles`, `member_words` or a title before the article)."""
    if not (i > 1 and norms[i - 1] in word_list(w.language, "body_articles") and adjoins(text, matches, i - 1)):
        return i
    if not (norms[i - 2] in word_list(w.language, "member_words") or w.titles.starts(norms, i - 2)):
        return i
    # the full name closes the run: a given name and a surname ("della Coppa Davis Filippo Volandri": not at "Davis")
    k = j - 2 if j - 2 > i and is_given(raw[j - 2]) and raw[j - 1][:1].isupper() else None
    if k is None or any(raw[m].isupper() or not raw[m][:1].isupper() for m in range(i, k)):
        return i
    # a region takes the article too ("il velocista del Friuli", "della Sardegna"), and so does a competition ("del
    # Tour", "della Coppa Davis"): neither is a club; the name is the member's still
    if raw[i] in _region_words() or norms[i] in word_list(w.language, "competition_words"):
        return k
    start, end = matches[i].start(), matches[k - 1].end()
    found.append(Detected(text[start:end], "organisation", start, end, text[start:end]))
    return k


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


def _past_place_of_title(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, i: int, j: int
) -> int:
    """Where the name starts in a run of three words after a title: past the place the title is of, when a known
    given name follows it ("il presidente della regione Toscana Eugenio Giani"); i otherwise, and where names are
    written surname first after a title ("адвокат Ткач Олена Петрівна", `adjective_first`)."""
    if w.noun_capitals or w.adjective_first or j - i != 3 or not is_given(raw[i + 1]):
        return i
    if not _titled(text, matches, raw, norms, held, w, i):
        return i
    return _from_given(raw, i, j)


def _from_given(raw: list[str], i: int, j: int) -> int:
    """Where the name in the run i..j starts, in a language that capitalises its nouns: at a given name followed
    by a surname when the run opens with another word ("Behördenchef Elvis Amoroso")."""
    if j - i >= 3 and not is_given(raw[i]):
        return next((k for k in range(i + 1, j - 1) if is_given(raw[k])), i)
    return i


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
    return compound_title(raw[k - 1], norms[k - 1], w)


def _in_complement(raw: list[str], norms: list[str], w: Words, k: int) -> bool:
    """Word k is one of up to three capitalised words after a connector ("du Commerce", "de Chiang Rai")."""
    start = k
    while start > 0 and k - start < 2 and raw[start - 1][:1].isupper():
        start -= 1
    return start > 0 and norms[start - 1] in w.connectors
