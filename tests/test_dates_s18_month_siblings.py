"""The table of languages whose month names another language writes (Cebuano beside Tagalog) ships with the
package, so a build does not load every CLDR locale to compute it; it must stay what CLDR and the language model
give."""

from __future__ import annotations

import json

from briefing.extract import MONTH_SIBLINGS, computed_month_siblings


def test_the_shipped_month_siblings_are_what_cldr_gives() -> None:
    shipped = json.loads(MONTH_SIBLINGS.read_text(encoding="utf-8"))
    assert shipped == computed_month_siblings(), (
        f"{MONTH_SIBLINGS.name} is out of date: regenerate it as computed_month_siblings' docstring says"
    )


def test_tagalog_and_cebuano_are_siblings_both_ways() -> None:
    shipped = json.loads(MONTH_SIBLINGS.read_text(encoding="utf-8"))
    assert "ceb" in shipped["tl"] and "tl" not in shipped.get("en", [])
