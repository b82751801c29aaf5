"""One actor per body among the detected organisations of a site, when their names say the same body of the
same state: "Tunisian Parliament", "Parliament of Tunisia" and "Tunisia Parliament", or "Turkey's Grand
National Assembly" and "Grand National Assembly of Turkey", are one body each. A name is read as its state
(a state's name, adjective or possessive, or the state a canonical name gives in brackets, "Ministry of Defence
(Russia)") and the words left once the state and the joining words are taken out. A body whose name says no
state ("Ministry of Defence") joins the one body of those words of a state its sources name; two ministries of
defence of two states may share the name, so with two such bodies it is left alone.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import cache

from .knowledge import adjectives_in, base_names, state_codes
from .registry import TOKEN, Actor, normalise

BRACKETED = re.compile(r"\(([^()]+)\)\s*$")
# words that only join a body's words ("Ministry of Defence", "ministère de la Défense"): not what it is
JOINING = frozenset({"of", "the", "s", "de", "la", "le", "l", "du", "des", "del", "della", "do", "da", "der", "die"})


def _words(text: str) -> list[str]:
    return [normalise(w) for w in TOKEN.findall(text.replace("’", "'").replace("'s ", " ")) if not w.isdigit()]


@cache
def _state_phrases(languages: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """The words of each state's names and adjectives in these languages -> the state's actor id."""
    states = set(state_codes().values())
    phrases: dict[tuple[str, ...], str] = {}
    for language in languages:
        for actor_id, names in [*base_names(language).items(), *adjectives_in(language).items()]:
            if actor_id in states:
                phrases.update((tuple(_words(n)), actor_id) for n in names if _words(n))
    return phrases


def body_of(name: str, languages: tuple[str, ...]) -> tuple[frozenset[str], str | None]:
    """A body's name as (its own words, its state): "Tunisian Parliament" and "Parliament of Tunisia" are both
    ({"parliament"}, "tunisia"); a name of two states' words ("Russian-Turkish Commission") names no one state."""
    phrases = _state_phrases(languages)
    longest = max(map(len, phrases), default=0)
    bracket = BRACKETED.search(name)
    words = _words(name[: bracket.start()] if bracket else name)
    found = {phrases[tuple(_words(bracket.group(1)))]} if bracket and tuple(_words(bracket.group(1))) in phrases else set()
    own: list[str] = []
    i = 0
    while i < len(words):
        n = next((n for n in range(min(longest, len(words) - i), 0, -1) if tuple(words[i : i + n]) in phrases), 0)
        if n:
            found.add(phrases[tuple(words[i : i + n])])
            i += n
            continue
        if words[i] not in JOINING:
            own.append(words[i])
        i += 1
    state = found.pop() if len(found) == 1 else None
    return frozenset(own), state


def same_bodies(
    bodies: list[Actor], languages: tuple[str, ...], mentions: Counter[str], states_named: dict[str, set[str]]
) -> dict[str, list[Actor]]:
    """The detected organisations grouped by what their names say (own words and state): the group's chosen
    actor id -> its members, for groups of two or more. A body whose name says no state ("ministère de
    l'Intérieur") joins the one body of those words whose state the sources naming it name (`states_named`:
    actor id -> the states its sources name); with two such bodies, or none, it stays apart."""
    grouped: dict[tuple[frozenset[str], str], list[Actor]] = defaultdict(list)
    stateless: list[tuple[Actor, frozenset[str]]] = []
    for actor in bodies:
        own, state = body_of(actor.name, languages)
        if own and state:
            grouped[(own, state)].append(actor)
        elif own:
            stateless.append((actor, own))
    for actor, own in stateless:
        whose = [key for key in grouped if key[0] == own and key[1] in states_named.get(actor.id, ())]
        if len(whose) == 1:
            grouped[whose[0]].append(actor)
    return {_chosen(group, mentions).id: group for group in grouped.values() if len(group) > 1}


def _chosen(group: list[Actor], mentions: Counter[str]) -> Actor:
    """The member whose name the group keeps: a canonical name with its state in brackets ("Ministry of Defence
    (Russia)"), then one in Latin letters, then the one most sources name, then the shortest."""
    return min(group, key=lambda a: (not BRACKETED.search(a.name), not a.name.isascii(), -mentions[a.id], len(a.name), a.id))
