"""Initial mutations of the Celtic languages (`data/mutations.yaml`): the forms a word takes after the words that
mutate it ("Gorffennaf": "Ngorffennaf"; "Catar": "Chatar"; "Éire": "hÉire"), which no locale data lists. A name
or a date's word of CLDR is read in each of them."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from . import safeyaml

DATA = Path(__file__).parent / "data" / "mutations.yaml"
VOWELS = "aeiouáéíóúàèìòùâêîôûŵŷwy"  # Welsh writes w and y as vowels too
# a lower-case mutation prefix before a capital ("bPoblacht", "nDáil", "tSín", "hÉireann", "h-Alba")
PREFIXED = re.compile(r"[a-z]{1,2}-?[^\W\d_]")


@cache
def _rules(language: str) -> dict[str, Any]:
    return (safeyaml.shipped(DATA) or {}).get(language.split("-")[0].split("_")[0].lower()) or {}


def mutates(language: str) -> bool:
    """Whether the language mutates a word's first letters (`data/mutations.yaml`)."""
    return bool(_rules(language))


def forms(word: str, language: str) -> list[str]:
    """The word's mutated forms in the language, the word's first letter's case kept ("Catar": "Chatar") and a
    prefix written in lower case before it ("Poblacht": "bPoblacht"); none where the language has no mutations."""
    rules = _rules(language)
    if not rules or not word[:1].isalpha():
        return []
    lower = word.lower()
    found = []
    for radical, written in (rules.get("replace") or {}).items():
        if lower.startswith(radical) and lower[len(radical) : len(radical) + 1] != "h":  # "ch", "ph", "th": digraphs
            rest = word[len(radical) :]
            for letters in written:
                form = letters + rest
                found.append(form[:1].upper() + form[1:] if word[:1].isupper() else form)
    opening = "vowel" if lower[0] in VOWELS else lower[0]
    found += [prefix + word for prefix in (rules.get("prefix") or {}).get(opening, [])]
    return [form for form in dict.fromkeys(found) if form and form != word]


def prefixed(word: str, language: str) -> bool:
    """A word written with a mutation's lower-case prefix before its capital ("bPoblacht", "hÉireann"): a capitalised
    word in a language that writes its mutations so."""
    return mutates(language) and word[:1].islower() and bool(PREFIXED.match(word)) and any(c.isupper() for c in word[1:4])
