"""Facts of a writing system that CLDR does not state (`data/scripts.yaml`), for a language with no data file."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from babel.core import get_global

from . import safeyaml

SCRIPTS = Path(__file__).parent / "data" / "scripts.yaml"


@cache
def script_code(language: str) -> str:
    """The ISO 15924 code of the script CLDR's likely subtags give the language ("he": he_Hebr_IL: "Hebr")."""
    likely = str(get_global("likely_subtags").get(language.split("-")[0].split("_")[0].lower(), "")).split("_")
    return likely[1] if len(likely) == 3 else ""


@cache
def script_facts(language: str) -> dict[str, Any]:
    """What `data/scripts.yaml` states of the language's script."""
    return safeyaml.shipped(SCRIPTS).get(script_code(language)) or {}


def proclitics(language: str) -> frozenset[str]:
    """The one-letter words the language's script writes glued to the next word."""
    return frozenset(script_facts(language).get("proclitics") or ())


def glued_endings(language: str) -> int:
    """How many letters (as Unicode decomposes them) the case endings and particles that the language's script
    glues to a name may add ("독일의", "საქართველოში"); 0 where it writes them apart or the script is unknown."""
    return int(script_facts(language).get("glued_endings") or 0)
