"""Detection words for a language the package has no data file for (`data/detect/<language>.yaml`), made the
first day a source in it arrives from what ships already: its month and weekday names (CLDR and dateparser,
through `datewords`) start no name, the name particles that three or more of the covered languages list
("van", "von", "de", "bin") may stand inside one, and the head-words of a company that they list alike
("Airlines") close one. No title, head-word or verb of speech is guessed: those
need a person who reads the language, and their file.
"""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

from . import safeyaml
from .datewords import words as date_words
from .knowledge import cldr_locale

DATA = Path(__file__).parent / "data" / "detect"
SHARED_PARTICLES = 3  # listed by this many covered languages: a particle of names across languages


@cache  # asked for every paragraph; the package's data files do not change while it runs
def has_file(language: str) -> bool:
    return (DATA / f"{language.split('-')[0].lower()}.yaml").exists()


def detection_data(language: str) -> dict[str, Any] | None:
    """The words a data file would give detection, for a language with none; None for a language CLDR does not
    know or whose script has no capitals (a name is told there by words only a file can list)."""
    code = language.split("-")[0].lower()
    locale = cldr_locale(code)
    own_name = (locale.language_name or "") if locale else ""
    if not own_name[:1].isalpha() or own_name[:1].upper() == own_name[:1].lower():
        return None
    dates = date_words(code)
    # no title is known, so a run of capitals may open with one ("Premier Mark Rutte", "RP Lech Kaczyński"): the
    # name starts at its given name, as German's runs open with a noun (`noun_capitals`)
    stop = sorted({*dates.full_months, *dates.weekdays})
    particles, heads = _shared("particles", lower=True), _shared("state_first_heads")
    return {"particles": list(particles), "state_first_heads": list(heads), "stop": stop, "noun_capitals": "yes"}


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
