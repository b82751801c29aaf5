"""One actor per real person among the detected actors of a site, whatever the case, spelling or script its
sources name them in: "Евгением Пригожиным", "Jewgeni Prigoschin", "Yevgeny Prigojin" and "Prigozhin" alone
are one person, named "Yevgeny Prigozhin" on an English site. Words that only look like a person's name (a
state's name in another case, "Белоруссии"; an acronym, "ПВК") are no actor.

Names are compared by their sound keys: the consonants of each word as anyascii spells it, with the spellings
of one sound made one (zh, sch, sz, ż, j; w and v; kh and h; p and b for Arabic), vowels left out (ie, ye, e,
y, i) and a case ending's consonant taken off ("-ym", "-om", "-ogo"). Two full names are one person when both
their first and last words sound alike; a surname alone is the person of the one full name with that surname
(two people sharing it leave it alone), so "Dmitry Utkin" and "Ivan Utkin" stay two.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from functools import cache

from anyascii import anyascii
from rapidfuzz import fuzz, process

from .actors import free_id_base
from .detected_bodies import same_bodies
from .knowledge import cldr_locale, given_names
from .model import Briefing
from .registry import TOKEN, Actor, Registry
from .scripts import CYRILLIC, UNSPELLED, sound_keys


@dataclass(frozen=True)
class Form:
    """One way a source writes a person's name: the keys of its first and last words (no first: a surname alone)."""

    first: frozenset[str] | None
    last: frozenset[str]


def _words(name: str) -> list[str]:
    return [w for w in TOKEN.findall(name) if not w.isdigit()]


def _unprefixed(name: str, leading: frozenset[str]) -> str:
    """A name without the words before it that are a state's name or another person's surname ("Белоруссии
    Александр Лукашенко": president of Belarus; "Пригожина Дмитро Уткін": Prigozhin's Dmitry Utkin)."""
    words = _words(name)
    while len(words) > 2 and _leading(words[0], leading):
        name, words = name[name.index(words[1], len(words[0])) :], words[1:]
    return name


def _leading(word: str, leading: frozenset[str]) -> bool:
    """A word of four consonants or more (not "Lee", "Yoon") that sounds like a state or a surname and is no
    given name ("Martin Luther King" keeps "Martin" beside "Ricky Martin")."""
    keys = {k for k in sound_keys(word) if len(k) >= 4} & leading
    return bool(keys) and anyascii(word).lower() not in given_names()


def _forms(actor: Actor, leading: frozenset[str]) -> list[Form]:
    """The forms of an actor's names (see `_unprefixed`)."""
    forms = []
    for name in dict.fromkeys(a for a in actor.all_aliases() if not UNSPELLED.search(a)):
        words = _words(_unprefixed(name, leading))
        if len(words) >= 2:  # a last word of one letter is an initial ("Сергій К."): kept as a letter
            last = sound_keys(words[-1]) if len(words[-1]) > 1 else frozenset({"initial " + words[-1].lower()})
            forms.append(Form(sound_keys(words[0]), last))
        elif len(words) == 1:  # a surname alone: two consonants say too little of a short word ("Li", "Ng")
            keys = frozenset(k for k in sound_keys(words[0]) if len(k) >= 3 or (len(words[0]) >= 5 and len(k) >= 2))
            forms.append(Form(None, keys))
    return forms


@cache
def _territory_keys(languages: tuple[str, ...]) -> frozenset[str]:
    """The keys of the one-word names CLDR gives states and territories in these languages ("Беларусь"
    sounds as "Белоруссии": "blrs")."""
    keys: set[str] = set()
    for language in languages:
        locale = cldr_locale(language)
        if locale is None:
            continue
        names = locale.territories.values()
        keys |= {k for name in names if len(_words(name)) == 1 for k in sound_keys(name) if len(k) >= 3}
    return frozenset(keys)


def _acronym(actor: Actor) -> bool:
    """A "person" of one short word in capitals ("ПВК": private military company) is an organisation's acronym;
    a name in capitals ("ANTONY J. BLINKEN") is a person still."""
    return all(a.isupper() and len(_words(a)) == 1 and len(a) <= 6 for a in actor.all_aliases())


def _state_name(forms: list[Form], territories: frozenset[str]) -> bool:
    """A "person" of one word that sounds like a state's name: "Белоруссии" (of Belarus). Checked once surnames
    alone have joined their people, so that "Franco" after "Francisco Franco" stays a person."""
    return all(f.first is None for f in forms) and any(f.last & territories for f in forms)


class Groups:
    """Union-find over actor ids: each group is one person."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, a: str) -> str:
        self.parent.setdefault(a, a)
        while self.parent[a] != a:
            self.parent[a] = self.parent[self.parent[a]]
            a = self.parent[a]
        return a

    def join(self, a: str, b: str) -> None:
        self.parent[self.find(b)] = self.find(a)


def _grouped(forms: dict[str, list[Form]]) -> Groups:
    """Full names alike in first and last word are one person, also when a long surname is spelled a little
    differently; then a surname alone joins the person of that surname (see `_join_surnames_alone`)."""
    groups = Groups()
    by_last: dict[str, list[tuple[str, Form]]] = defaultdict(list)
    for actor_id, found in forms.items():
        groups.find(actor_id)
        for form in found:
            for key in form.last:
                by_last[key].append((actor_id, form))
    for actor_id, found in forms.items():
        for form in (f for f in found if f.first is not None):
            alike = {o for k in form.last for o, of in by_last[k] if of.first is not None and of.first & form.first}
            for other in alike:
                groups.join(actor_id, other)
    _join_close_spellings(forms, groups)
    _join_surnames_alone(forms, groups, by_last)
    return groups


def _join_surnames_alone(forms: dict[str, list[Form]], groups: Groups, by_last: dict[str, list[tuple[str, Form]]]) -> None:
    """A surname alone joins the one person with a full name of that surname; two such people, or another
    person of that first name, leave it alone (it could be either: "Abdurrahmane" is Abdourahamane Tchiani's
    first name and sounds as Amadou Abdramane's surname), and where no full name has it, the other sources'
    same surname alone is the same."""
    alone = {a for a, found in forms.items() if all(f.first is None for f in found)}
    firsts: dict[str, set[str]] = defaultdict(set)
    for actor_id, found in forms.items():
        for form in (f for f in found if f.first is not None):
            for key in form.first:
                firsts[key].add(actor_id)
    for actor_id in sorted(alone):
        keys = {k for f in forms[actor_id] for k in f.last}
        full = {groups.find(o) for k in keys for o, of in by_last[k] if of.first is not None}
        if {groups.find(o) for k in keys for o in firsts.get(k, ())} - full:
            continue
        if len(full) == 1:
            groups.join(full.pop(), actor_id)
        elif not full:
            for other in {o for k in keys for o, _ in by_last[k] if o in alone}:
                groups.join(other, actor_id)


def _join_close_spellings(forms: dict[str, list[Form]], groups: Groups) -> None:
    """Full names of the same first name whose long surnames differ by a sound or two but end alike ("Матс
    Люнгквист" and "Матс Юнгвіст": lngkfst, ngfst), as two sources transliterate a foreign name each their way;
    "Lukashenko" and "Lukashevich" (lksnk, lksfk) end otherwise and stay two."""
    by_first: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for actor_id, found in forms.items():
        for form in (f for f in found if f.first is not None):
            for first in form.first:
                by_first[first] += [(actor_id, last) for last in form.last if len(last) >= 5]
    for found in (f for f in by_first.values() if len(f) > 1):
        # every pair of one first name at once, in C: a common first name may have hundreds of surnames
        close = process.cdist([last for _, last in found], [last for _, last in found], scorer=fuzz.ratio, score_cutoff=80)
        for a, b in zip(*close.nonzero(), strict=True):
            if a < b and found[a][1][-3:] == found[b][1][-3:]:
                groups.join(found[a][0], found[b][0])


def _latin(name: str) -> str:
    return anyascii(name) if CYRILLIC.search(name) else name


def _sources_naming(briefings: list[Briefing]) -> dict[str, Counter[str]]:
    """Actor id -> each way the sources write its name (in Latin letters), counted once a source."""
    named: dict[str, Counter[str]] = defaultdict(Counter)
    for b in briefings:
        for d in b.detected:
            named[d.id].update({_latin(n) for n in d.aliases})
    return named


# What a Slavic case adds to a name's nominative, in Latin letters ("Putina", "Evgeniya", "Putinym", "Zelenskogo")
CASE_ADDED = ("", "a", "u", "e", "y", "ya", "yu", "om", "em", "ym", "im", "ogo", "omu", "oi", "oy", "oj", "ej", "ą", "ę")


def _inflected(name: str, others: list[str]) -> bool:
    """Whether another of the names is this one without case endings: a nominative beside its other cases
    ("Vladimir Putin" of "Vladimira Putina", "Evgeniy" of "Evgeniya"); "Tiani" is no case of "Tian"."""
    words = name.lower().split()
    for other in others:
        shorter = other.lower().split()
        if other == name or len(shorter) != len(words):
            continue
        if all(w.startswith(o) and w[len(o) :] in CASE_ADDED for w, o in zip(words, shorter, strict=True)):
            return True
    return False


POOLS = {0: (0,), 1: (1,), 2: (2, 3), 3: (2, 3), 4: (4,)}


def _name(members: list[Actor], language: str, leading: frozenset[str], named: dict[str, Counter[str]]) -> str:
    """The group's name: the site language's own spelling first, then English, then any Latin spelling or
    transliteration; of those a full name in the nominative, the one most sources write, one a source writes in
    Latin letters before a transliteration, the one of more words, then the shortest."""
    tier: dict[str, int] = {}
    count: Counter[str] = Counter()
    for a in members:
        count.update(named.get(a.id, Counter()))
        written = [(a.name, a.name if a.name.isascii() else "", 2)]
        for lang, names in a.aliases.items():
            written += [(n, n, 0) for n in names if lang == language]
            written += [(n, _latin(n), 1 if lang == "en" else 2 if n.isascii() else 3) for n in names]
        for original, latin, rank in written:
            name = _unprefixed(latin or original, leading)
            tier[name] = min(tier.get(name, 9), rank if latin.isascii() and latin else 0 if rank == 0 else 4)
    pool = POOLS[min(tier.values())]  # a Latin spelling and a transliteration compete
    top = [n for n in tier if tier[n] in pool]
    full = [n for n in top if len(n.split()) >= 2] or top
    return min(full, key=lambda n: (_inflected(n, full), -count[n], tier[n], -len(n.split()), len(n), n))


def _merged(
    members: list[Actor], taken: dict[str, Actor], language: str, leading: frozenset[str], named: dict[str, Counter[str]]
) -> Actor:
    name = _name(members, language, leading, named)
    if len(members) == 1 and name == members[0].name:
        return members[0]
    aliases: dict[str, tuple[str, ...]] = {}
    for a in members:
        for lang, names in a.aliases.items():
            aliases[lang] = tuple(dict.fromkeys([*aliases.get(lang, ()), *names]))
    actor_id = base = free_id_base(anyascii(name))
    n = 2
    while actor_id in taken:
        actor_id, n = f"{base}-{n}", n + 1
    return replace(members[0], id=actor_id, name=name, aliases=aliases)


def unify_detected(briefings: list[Briefing], registry: Registry, language: str = "en") -> tuple[list[Briefing], Registry]:
    """The detected people of a site made one actor per person, named in `language` where a source spells it so,
    and the words taken for people that name none left out (their mentions with them); then the detected
    organisations whose names say the same body of the same state made one (see `detected_bodies`)."""
    briefings, registry = _unify_people(briefings, registry, language)
    return _unify_bodies(briefings, registry, language)


def _unify_bodies(briefings: list[Briefing], registry: Registry, language: str) -> tuple[list[Briefing], Registry]:
    bodies = [a for a in registry.actors.values() if a.detected and a.kind == "organisation"]
    if len(bodies) < 2:
        return briefings, registry
    languages = tuple(sorted({b.language.split("-")[0] for b in briefings} | {"en", language}))
    states = {a.id for a in registry.actors.values() if a.kind == "state"}
    named: dict[str, set[str]] = defaultdict(set)  # body id -> the states the sources naming it name
    for b in briefings:
        for d in b.detected:
            named[d.id].update(a for a in b.actors if a in states)
    groups = same_bodies(bodies, languages, Counter(d.id for b in briefings for d in b.detected), named)
    if not groups:
        return briefings, registry
    actors = dict(registry.actors)
    ids: dict[str, str] = {}
    for chosen, members in groups.items():
        aliases: dict[str, tuple[str, ...]] = {}
        for a in members:
            for lang, names in a.aliases.items():
                aliases[lang] = tuple(dict.fromkeys([*aliases.get(lang, ()), *names]))
            if a.id != chosen:
                ids[a.id] = chosen
                del actors[a.id]
        actors[chosen] = replace(actors[chosen], aliases=aliases)
    unified = Registry(actors, registry.outlets, registry.digest)
    return [_rewritten(b, ids, set()) for b in briefings], unified


def _unify_people(briefings: list[Briefing], registry: Registry, language: str) -> tuple[list[Briefing], Registry]:
    people = {a.id: a for a in registry.actors.values() if a.detected and a.kind == "person"}
    if not people:
        return briefings, registry
    languages = tuple(sorted({b.language.split("-")[0] for b in briefings} | {"en", language}))
    territories = _territory_keys(languages)
    single = {a.id: _forms(a, frozenset()) for a in people.values()}
    leading = territories | {k for found in single.values() for f in found if f.first is not None for k in f.last}
    forms = {actor_id: _forms(people[actor_id], leading) for actor_id in people}
    dropped = {actor_id for actor_id in forms if _acronym(people[actor_id])}
    groups = _grouped({a: f for a, f in forms.items() if a not in dropped})
    members: dict[str, list[Actor]] = defaultdict(list)
    for actor_id in people:
        if actor_id not in dropped:
            members[groups.find(actor_id)].append(people[actor_id])
    for group in [g for g in members.values() if len(g) == 1 and _state_name(forms[g[0].id], territories)]:
        dropped.add(group[0].id)
        del members[group[0].id]
    actors = {k: a for k, a in registry.actors.items() if k not in people}
    named = _sources_naming(briefings)
    ids: dict[str, str] = {}
    for group in members.values():
        merged = _merged(group, actors, language, leading, named)
        actors[merged.id] = merged
        ids.update((a.id, merged.id) for a in group if a.id != merged.id)
    if not ids and not dropped:
        return briefings, registry
    unified = Registry(actors, registry.outlets, registry.digest)
    return [_rewritten(b, ids, dropped) for b in briefings], unified


def _rewritten(b: Briefing, ids: dict[str, str], dropped: set[str]) -> Briefing:
    """A briefing with merged actors under their group's id and the dropped ones left out."""
    if not any(d.id in ids or d.id in dropped for d in b.detected):
        return b

    def kept(found: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(dict.fromkeys(ids.get(a, a) for a in found if a not in dropped))

    mentions = tuple(replace(m, actor=ids.get(m.actor, m.actor)) for m in b.mentions if m.actor not in dropped)
    events = tuple(replace(e, actors=kept(e.actors)) for e in b.events)
    detected = tuple(replace(d, id=ids.get(d.id, d.id)) for d in b.detected if d.id not in dropped)
    return replace(b, mentions=mentions, events=events, actors=kept(b.actors), detected=detected)
