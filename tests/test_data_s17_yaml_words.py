"""YAML 1.1 reads an unquoted no, on, yes, off, true or false as a boolean and an empty item or "~" as null: in
the package's data files a word written so would be lost ("No." and "On." were no abbreviations). A boolean or a
null may only be the value of a setting, never a listed word nor a key that names one."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing import safeyaml
from briefing.extract import split_sentences
from conftest import ROOT

DATA = ROOT / "hooks" / "briefing" / "data"
FILES = sorted(DATA.rglob("*.yaml"))


def _words_that_are_no_strings(value: object, where: str) -> list[str]:
    """Where a list item or a mapping key is a boolean or null, in a value read from YAML."""
    found = []
    if isinstance(value, dict):
        found += [f"{where}: key {k!r}" for k in value if k is None or isinstance(k, bool)]
        for k, v in value.items():
            found += _words_that_are_no_strings(v, f"{where}/{k}")
    elif isinstance(value, list):
        found += [f"{where}: item {v!r}" for v in value if v is None or isinstance(v, bool)]
        for v in value:
            found += _words_that_are_no_strings(v, where)
    return found


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(DATA).as_posix())
def test_no_word_of_a_data_file_is_read_as_a_boolean(path: Path) -> None:
    assert _words_that_are_no_strings(safeyaml.shipped(path), path.name) == []


def test_the_check_finds_an_unquoted_word(tmp_path: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("en: [Mr, No, Nos]\nflags: {short: true}\n", encoding="utf-8")
    assert _words_that_are_no_strings(safeyaml.shipped(path), "words") == ["words/en: item False"]


@pytest.mark.parametrize(
    ("text", "language", "sentences"),
    [
        ("The ferry left from No. 4 Pier at dawn. It reached the island by noon.", "en", 2),
        ("Ha parlato l'On. Bianchi davanti alla commissione. Poi la seduta è finita.", "it", 2),
        ("Ha parlato On. Bianchi davanti alla commissione. Poi la seduta è finita.", "it", 2),
    ],
)
def test_no_and_on_are_abbreviations(text: str, language: str, sentences: int) -> None:
    # the English "No." (number) and the Italian "On." (Onorevole) do not end a sentence
    assert len(split_sentences(text, language)) == sentences
