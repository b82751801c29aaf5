"""Writes hooks/briefing/data/zone_names.yaml: the short names CLDR gives time zones (its metazones' "short"
names, through Babel's copy of CLDR) that are a word of three to five capitals ("WIB", "WITA", "MEZ", "HNE", "MSK"),
less those of a language none of whose names another language writes: Sardinian, Kurdish and Tarok coin their own
("OMG" for GMT, "SHA", "JCA"), which no page writes after a time. A two-letter name ("PT", "SA", "HE") is a word or
a company's prefix ("PT KAI") as often as a zone. Loading every locale takes seconds, so the build reads this file.

Run: PYTHONPATH=hooks python tools/zone_names.py"""

from __future__ import annotations

import re
from collections import defaultdict
from contextlib import suppress
from pathlib import Path

import babel
from babel import Locale, localedata

OUT = Path(__file__).resolve().parent.parent / "hooks" / "briefing" / "data" / "zone_names.yaml"


def main() -> None:
    names: dict[str, set[str]] = defaultdict(set)  # each language's names
    for locale in localedata.locale_identifiers():
        with suppress(Exception):  # a locale Babel lists and cannot load
            for zone in Locale.parse(locale).meta_zones.values():
                for name in (zone.get("short") or {}).values():
                    if re.fullmatch(r"[A-Z]{3,5}", name):
                        names[locale.split("_")[0]].add(name)
    shared = {lang: any(ns & others for other, others in names.items() if other != lang) for lang, ns in names.items()}
    kept = sorted({n for lang, ns in names.items() if shared[lang] for n in ns}, key=lambda n: (-len(n), n))
    head = (
        f"# Made by tools/zone_names.py from CLDR's metazone short names (Babel {babel.__version__}): the names of\n"
        "# three to five capitals, less those of a language that shares none with another. Run the tool again to change.\n"
    )
    OUT.write_text(head + "zones:\n" + "".join(f"  - {n}\n" for n in kept), encoding="utf-8")


if __name__ == "__main__":
    main()
