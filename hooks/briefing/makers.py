"""The maker named inside a model's name: "a Boeing 737 Max", "l'Airbus A320", "самолёт Airbus A320-211".

News writes an aircraft's or vehicle's type as its maker's name and a model's code, which is letters and figures
("A320", "C-17", "Tu-154", "S-76") or three figures ("737", "777-200ER"). The later sets' annotators mark that maker
as the company (realtext-heldout10, 12, 14, 15 and 18's READMEs: in en, fr, ar, ru, uk, tr, fa, zh, not in es, de,
it, pt), so a language's data file says whether it reads them (`model_makers`). A capitalised word before a
number is a maker only where the number is a model's code: not a year or a flight's four figures ("Paris 2024",
"Germanwings 9525"), not two figures alone ("Apollo 11"), and not after the nouns a language numbers ("Flight 302",
"Article 370": the data's `stop` and `numbered_nouns`).
"""

from __future__ import annotations

import re

# a maker's one capitalised Latin word (or its possessive), then a model's code: letters and figures, or three figures
MODEL = re.compile(
    r"(?<![\w-])(?P<maker>[A-Z][a-z]{2,})(?:['’]s)?[ -]"
    r"(?:(?P<letters>[A-Z]{1,2}|[A-Z][a-z])-?(?P<coded>\d{2,4})|(?P<plain>\d{3}))(?:-\d{1,3}[A-Z]{0,2})?(?![\w,.]?\d)"
)

# what stands before a sentence's first word: there a capitalised word before three figures is a count's adverb
# ("Approximately 300 people", "Around 150 …"), while a code with letters is still a model's ("Airbus A320, …")
OPENING = re.compile(r"(?:^|[.!?:;…]\s*|^\s*[\"«“(]\s*)$")


def model_makers(text: str, skip: frozenset[str], figures: bool = True) -> list[tuple[int, int]]:
    """The spans of the makers' names in `text`, leaving out words `skip` holds (lower-case: nouns a language numbers,
    sentence openers, states' adjectives); with `figures` False, only before a code with letters ("A320", not "737")."""
    return [
        m.span("maker")
        for m in MODEL.finditer(text)
        if m.group("maker").lower() not in skip and (m.group("letters") or (figures and not OPENING.search(text, 0, m.start())))
    ]
