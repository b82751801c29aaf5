"""The Jinja environment the pages are rendered with, its filters, and the YAML frontmatter on top of each page.

Templates live in `templates/`; Jinja escapes every value (autoescape), and an undefined name is an error.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml
from babel import Locale
from jinja2 import Environment, FileSystemLoader, StrictUndefined

from .text import direction, display_date, relative_url, safe_url

TEMPLATES = Path(__file__).parent / "templates"
SAFE_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when built in: the same YAML, 4x faster, once per page
BASIS_LABELS = {
    "stated": "stated",
    "inferred-year": "year inferred",
    "relative": "relative date",
    "year-unknown": "year not stated",
    "unresolved": "unresolved",
}


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True
    )
    env.filters.update(
        url=relative_url,
        safe_url=safe_url,
        dir=direction,
        language_name=language_name,
        display_date=display_date,
        basis_label=lambda b: BASIS_LABELS.get(b, b),
    )
    return env


def language_name(code: str) -> str:
    try:
        return Locale("en").languages.get(code.split("-")[0], code)
    except (ValueError, TypeError):
        return code


def frontmatter(meta: dict[str, Any]) -> str:
    return "---\n" + yaml.dump(meta, Dumper=SAFE_DUMPER, allow_unicode=True, sort_keys=False) + "---\n\n"
