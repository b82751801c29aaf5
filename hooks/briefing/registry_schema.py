"""Registry entries checked against their JSON Schemas (schemas/registry/) before they are read, so a
type slip (`stands_for: qatar`, `aliases: {en: Qatar Airways}`) is an error naming the entry and field,
never a traceback or a silently wrong reading (a string of aliases read letter by letter)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError, best_match

SCHEMAS = Path(__file__).parent / "schemas" / "registry"
JSON_TYPES = {"string": "a text", "array": "a list", "object": "a mapping", "integer": "a number", "number": "a number"}
YAML_TYPES = {str: "a text", list: "a list", dict: "a mapping", int: "a number", float: "a number"}


@cache
def _validator(kind: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads((SCHEMAS / f"{kind}.schema.json").read_text(encoding="utf-8")))


def yaml_type(value: Any) -> str:
    """What an editor wrote, in YAML's words."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    return YAML_TYPES.get(type(value), type(value).__name__)


def describe(error: ValidationError) -> str:
    field = ".".join(str(part) for part in error.absolute_path)
    where = f"field '{field}'" if field else "the entry"
    if error.validator == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        words = " or ".join(dict.fromkeys(JSON_TYPES[t] for t in expected if t in JSON_TYPES))
        return f"{where} must be {words}, not {yaml_type(error.instance)}"
    if error.validator == "required":
        missing = next((name for name in error.validator_value if name not in error.instance), "?")
        return f"missing '{missing}'" + (f" in {where}" if field else "")
    if error.validator == "maxItems":
        return f"{where} has {len(error.instance):,} items; at most {error.validator_value:,}"
    return f"{where}: {error.message[:200]}"


def check_entry(entry: Any, kind: str) -> None:
    """Raise ValueError saying what is wrong with one registry entry (`kind`: actor or outlet)."""
    error = best_match(_validator(kind).iter_errors(entry))
    if error is not None:
        name = entry.get("id") if isinstance(entry, dict) and isinstance(entry.get("id"), str) else None
        raise ValueError(f"{describe(error)}" + (f" (entry '{name}')" if name else ""))
