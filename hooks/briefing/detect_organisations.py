"""Whether a run of capitalised words is an organisation: a run holding a body's head-word
("Ministry", "Министерство", "Conseil"), a state's body written without its head-word, a working group, a body
named by its acronym; and the runs that only look like one (an adjective, a place, a vessel, a model's code).
"""

from __future__ import annotations

import re

from .detect_words import (
    ACRONYM_AFTER,
    DEFINED_ACRONYM,
    POSSESSIVE,
    Detected,
    Words,
    adjoins,
    before_state,
    body_found,
    completes_title,
    flag,
    full_name_at,
    function_words,
    inside_sentence,
    institution_end,
    is_given,
    org_tail,
    past_tail_connectors,
    person_name,
    run_end,
    state_at,
    state_nouns,
    state_span,
    title_before_name,
    word_list,
)

MODEL_CODE = re.compile(r"-?\d")  # a word glued to a number is a model's code: "Su-25", "A320"
ACRONYM_DEFINED_AFTER = re.compile(r"\s*" + DEFINED_ACRONYM.pattern)  # "… et recherches (BER)"


def _with_adjectives(
    text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], held: list[bool], w: Words, end: int
) -> int:
    """Where a body's name that ends with a head-word at `end` ends with the adjectives after it and what completes
    them ("la Cour constitutionnelle", "la Corte costituzionale della Romania"): `end` when no adjective follows."""
    k = institution_end(text, matches, norms, held, w, end) if w.heads.ends(norms, end) else 0
    return org_tail(text, matches, raw, norms, held, w, k) if k else end


def _person_follows(raw: list[str], norms: list[str], w: Words, k: int, j: int) -> bool:
    """Words k..j are a person's name: two to four words, the first a given name or the last before a verb of speech."""
    speaking = j < len(norms) and norms[j] in w.speech
    return 2 <= j - k <= 4 and (is_given(raw[k]) or speaking)


def _before_joined_noun(raw: list[str], norms: list[str], w: Words, i: int, j: int) -> int:
    """Where a German run opening with a head-word ends: German capitalises every noun, so a noun "und" joins to the
    head-word ("zwischen Militär und Zivilpolitikern") is no word of a name, nor any word after a head-word that names
    a body only alone (`single_word_heads`: "das Militär", "schickte das Militär Panzer", the verb's object); j where no
    such noun follows, or where another head-word follows "und", another body read on its own ("Küstenwache und
    Marine der Philippinen")."""
    if not w.noun_capitals or w.heads.starts(norms, i) != 1 or j < i + 2:
        return j
    if norms[i] in word_list(w.language, "single_word_heads"):
        return i + 1
    # the noun right after "und", capitalised: not an article before another body ("El Consell i el Parlament")
    joined = j > i + 2 and norms[i + 1] in w.and_words and raw[i + 2][:1].isupper()
    return i + 1 if joined and not w.heads.starts(norms, i + 2) else j


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
        while j < len(matches) and norms[j] in w.connectors and adjoins(text, matches, j - 1):
            j += 1
        if j == start or j >= len(matches) or not adjoins(text, matches, j - 1):
            return _sentence_case_end(text, matches, raw, norms, held, w, i, k)
        if raw[j][:1].isupper():
            break
        if norms[j] in w.stop or norms[j] in w.speech or held[j]:
            return _sentence_case_end(text, matches, raw, norms, held, w, i, k)
        j += 1
    if j >= len(matches) or j - k < 4 or not raw[j][:1].isupper() or norms[j] in w.stop or not adjoins(text, matches, j - 1):
        # the name closes inside the phrase: not a capital after a parenthesis ("… et analyses (BEA)")
        return _sentence_case_end(text, matches, raw, norms, held, w, i, k)
    return run_end(text, matches, raw, norms, held, w, j) if not held[j] else j + 1


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
    if norms[k] not in word_list(w.language, "complement_prepositions") or not inside_sentence(text, matches, i):
        return k
    if i > 0 and norms[i - 1] in word_list(w.language, "count_determiners"):
        return k  # "un Conseil des ministres délocalisé", "les Forces de soutien": one of a kind, or several
    j = k + 1
    while j < len(matches) and norms[j] in w.articles and adjoins(text, matches, j - 1):
        j += 1  # "pour les évêques"
    if j >= len(matches) or not adjoins(text, matches, j - 1) or not raw[j][:1].islower() or held[j] or len(raw[j]) < 4:
        return k
    function_words = w.stop | w.connectors | w.articles | w.speech | word_list(w.language, "head_determiners")
    if j == k + 1 and _infinitive(norms[k], norms[j], w.language):
        return k  # "chiese alla Corte di ridurre la pena": the court asked to act, no complement of its name
    if norms[j] in function_words or not adjoins(text, matches, k) or _acronym_closes(text, matches, raw, j + 1):
        return k  # (a phrase the acronym it defines closes is read whole with it: `named_before_acronym`)
    return _spelt_out_end(text, matches, raw, i, j + 1)


def _infinitive(preposition: str, word: str, language: str) -> bool:
    """A verb's infinitive right after a bare preposition (`infinitive_prepositions`, `infinitive_endings`)."""
    if preposition not in word_list(language, "infinitive_prepositions"):
        return False
    return any(word.endswith(e) for e in word_list(language, "infinitive_endings"))


def _acronym_closes(text: str, matches: list[re.Match[str]], raw: list[str], k: int) -> bool:
    """Lower-case words from word k on, then the acronym they define in parentheses ("… d'études et recherches (BER)")."""
    while k < len(matches) and raw[k][:1].islower() and adjoins(text, matches, k - 1):
        k += 1
    return bool(ACRONYM_DEFINED_AFTER.match(text, matches[k - 1].end()))


def _spelt_out_end(text: str, matches: list[re.Match[str]], raw: list[str], i: int, end: int) -> int:
    """The end of a body's name spelt out in parentheses after its acronym, read to the parenthesis when only lower-case
    words stand before it ("du BEA (Bureau d'enquêtes et analyses)"): the whole name, which the acronym then names;
    `end` elsewhere."""
    if not ACRONYM_OPENING.search(text, max(0, matches[i].start() - 12), matches[i].start()):
        return end
    k = end
    while k < min(len(matches), end + 6) and raw[k][:1].islower() and adjoins(text, matches, k - 1):
        k += 1
    return k if PARENTHESIS_CLOSING.match(text, matches[k - 1].end()) else end


def _titled_after(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, k: int) -> int | None:
    """Where to go on after a head-word that names no body alone, when connectors and a title before a capitalised
    name follow it ("El Gobierno del Presidente Mario Abdo Benítez", official texts capitalising the title): at the
    title, so that the person is read; None (the whole run) otherwise. The name opens with a given name: a
    capitalised word after the title may be its own adjective or a second title ("la Oficina del Presidente
    Electo")."""
    at = past_tail_connectors(text, matches, raw, norms, w, k)
    if at is None or not k < at < len(matches) or not title_before_name(raw, norms, w, at):
        return None
    return at if is_given(raw[at + w.titles.starts(norms, at, raw)]) else None


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
    return last if last >= len(matches) or norms[last] not in word_list("en", "connectors") else None


def classify_organisation(
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
    person = not w.head_final and head < j and is_given(raw[head]) and _person_follows(raw, norms, w, head, min(named, head + 4))
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
            return classify_organisation(text, matches, raw, norms, held, w, i, last, found, states) or last
    j = _before_joined_noun(raw, norms, w, i, j)
    # two bodies joined by "and": "the Coast Guard and Bureau of Fisheries" (not "Bureau of Fisheries and Aquatic")
    joins = [k for k in range(i + 1, j) if norms[k] in w.connectors and norms[k] in w.and_words]
    for k in joins:
        if any(w.heads.starts(norms, m) for m in range(i, k)) and any(w.heads.starts(norms, m) for m in range(k + 1, j)):
            found.append(_with_state(body_found(text, matches, norms, i, k, w, states), matches, raw, held, text, i, states))
            return k + 1
    end = j
    # "Ministry of Foreign Affairs", "Министерство обороны"
    tail = j < len(matches) and (norms[j] in w.connectors or w.fields.starts(norms, j)) and not english
    if tail and adjoins(text, matches, j - 1):
        end = org_tail(text, matches, raw, norms, held, w, j)
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
    organisation = body_found(text, matches, norms, i, end, w, states, acronym.group(1) if acronym else None)
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
    return before_state(text, matches, norms, held, w, k, states)


def _genitive_tail(text: str, matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, end: int) -> int:
    """Where a body's name that ends with its capitalised head-word at `end` ends with the lower-case genitive words
    that complete it ("Сил народной мобилизации", "Корпуса стражей исламской революции"): the name capitalises its
    first word only; a verb, a short word or another form ends it, and so does an adjective left last."""
    if not w.complement_endings or not raw[end - 1][:1].isupper() or not w.heads.ends(norms, end):
        return end
    k = end
    while k < len(matches) and k - end < 4 and adjoins(text, matches, k - 1) and _complements(raw[k], norms[k], w):
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
    if i == 0 or not held[i - 1] or not adjoins(text, matches, i - 1) or not raw[i - 1][:1].isupper():
        return None
    span = state_span(matches[i - 1], states)
    if span is None:
        return None
    start = span[0]
    surface = text[start : organisation.end]
    return Detected(person_name(surface), "organisation", start, organisation.end, surface, organisation.acronym)


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
    named = before_state(text, matches, norms, held, w, i, states)
    if named:
        return named
    # "the Azerbaijani Army", "Philippine Navy": one head-word that names a body after its state's adjective
    stated = i > 0 and held[i - 1] and adjoins(text, matches, i - 1) and state_at(matches[i - 1], states)
    english = w.org_names.get(tuple(norms[i:end]))
    if stated and english and raw[i - 1][:1].islower():  # "die chinesische Küstenwache": its state's body
        name = f"{english} ({stated})" if english.startswith("Ministry of ") else f"{stated} {english}"
        return Detected(name, "organisation", matches[i].start(), matches[end - 1].end(), raw[i])
    company = w.state_first.starts(norms, i) == end - i  # "Malaysia Airlines": read on, the state's name opens it
    # "FIFA Congress": the head-word right after a body the registry holds names that body's organ, no state's
    organ = i > 0 and held[i - 1] and adjoins(text, matches, i - 1) and not state_at(matches[i - 1], states)
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
        and is_given(raw[i - 2])
        and adjoins(text, matches, i - 2)
        and adjoins(text, matches, i - 1)
    )
    led = (
        i > 0
        and not w.noun_capitals  # German capitalises every noun: "unter dem Kommando von General …" names no body
        and norms[i - 1] in (w.articles - w.indefinite) | w.acronym_articles  # "la", "della": Romance articles
        and end + 2 < len(raw)
        and norms[end] in w.connectors
        and adjoins(text, matches, end - 1)
        and adjoins(text, matches, end)
        and is_given(raw[end + 1])
        and not w.titles.starts(norms, end + 1)  # "General Constantino Chiwenga": a title, then the name
        and full_name_at(text, matches, raw, end + 1)
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
    if not english or len(named) > 1 or completes_title(norms, w, i):
        return False
    if not named:  # "adopté par le Sénat": the paragraph's own legislature, where the language's capital marks it
        return _unnamed_body(matches, raw, norms, w, i)
    return Detected(f"{named.pop()} {english}", "organisation", matches[i].start(), matches[i].end(), raw[i])


def _unnamed_body(matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int) -> Detected | bool:
    """A legislature's head-word alone in a paragraph that names no state (`bodies_alone_unnamed`): capitalised inside
    the sentence, the institution's proper name ("voté par le Sénat"), named by its word; not at a sentence's
    opening, where any word is capitalised, nor where the language capitalises every noun, nor after a word for its
    members ("members of Parliament": the members, people)."""
    if not flag(w.language, "bodies_alone_unnamed") or i == 0 or raw[i].isupper():
        return False
    k = i
    while k > 0 and i - k < 2 and norms[k - 1] in w.connectors:
        k -= 1
    if k < i and k > 0 and norms[k - 1] in word_list(w.language, "member_words"):
        return False
    if raw[i - 1].endswith(("'s", "’s")) or raw[i - 1] in ("s", "'s", "’s"):
        return False  # a possessor's ("the university's Senate"): its own body, no legislature
    if _qualifies_next(matches, raw, norms, w, i):
        return False
    return Detected(raw[i], "organisation", matches[i].start(), matches[i].end(), raw[i])


def _qualifies_next(matches: list[re.Match[str]], raw: list[str], norms: list[str], w: Words, i: int) -> bool:
    """Word i runs into a lower-case word that is neither a function word nor a verb the data lists, in a language
    whose nouns qualify the noun after them: it qualifies that noun ("the Parliament buildings"). Where adjectives
    follow their noun (French) the word after is a verb or an adjective, read by the rules of longer names."""
    k = i + 1
    if flag(w.language, "adjectives_follow") or k >= len(raw) or not raw[k][:1].islower():
        return False
    if matches[k].start() - matches[i].end() > 1:
        return False
    if matches[k].start() > matches[i].end() and not matches[i].string[matches[i].end()].isspace():
        return False  # punctuation between: "le Parlement, dominé par…"
    verbs = w.speech | w.body_verbs | w.acting_verbs | word_list(w.language, "acting_auxiliaries")
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
    if i == 0 or not held[i - 1] or not adjoins(text, matches, i - 1) or not raw[i - 1][:1].isupper():
        return found
    state = state_at(matches[i - 1], states)
    if found.name.startswith("Ministry of ") or not state:
        return found  # "United Nations Foreign Affairs Council" is no body of a state named "Nations"
    name, key = f"{_written_state(text, matches[i - 1], states)} {found.name}", f"{state} {found.name}"
    return Detected(name, found.kind, found.start, found.end, found.surface, found.acronym, key=key)


def _written_state(text: str, word: re.Match[str], states: dict[tuple[int, int], str]) -> str:
    """The state's name or adjective holding `word`, whole and as written: "U.S.", not the last letter of it."""
    a, b = state_span(word, states) or (word.start(), word.end())
    return text[a : b + 1] if "." in text[a:b] and text[b : b + 1] == "." else text[a:b]
