"""The package's data files are parsed in C (safeyaml.shipped), without the checks the line-numbered loader makes
for files editors write: each file must read the same through both, and through yaml.safe_load, which read most
of them before."""

from __future__ import annotations

import pytest
import yaml
from briefing import safeyaml
from conftest import ROOT

DATA = ROOT / "hooks" / "briefing" / "data"
FILES = sorted(DATA.rglob("*.yaml"))


def test_every_data_file_is_covered() -> None:
    assert {p.parent.name for p in FILES} >= {"data", "dates", "detect", "knowledge", "demonyms"}
    assert len(FILES) >= 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(DATA).as_posix())
def test_a_data_file_reads_the_same_through_every_loader(path) -> None:
    text = path.read_text(encoding="utf-8")
    checked, replaced = safeyaml.load(text)  # raises on a key written twice, past the limits
    assert replaced == 0  # no control character or lone surrogate that safe_text would take out
    assert safeyaml.shipped(path) == checked == yaml.safe_load(text)


def test_a_key_written_twice_is_caught_by_the_checked_loader_only(tmp_path) -> None:
    path = tmp_path / "twice.yaml"
    path.write_text("words: [a]\nwords: [b]\n", encoding="utf-8")
    assert safeyaml.shipped(path) == {"words": ["b"]}  # why the test above reads every file with both
    with pytest.raises(yaml.MarkedYAMLError, match="duplicate key 'words'"):
        safeyaml.load(path.read_text(encoding="utf-8"))


def test_dates_stay_strings_as_the_checked_loader_keeps_them(tmp_path) -> None:
    path = tmp_path / "dated.yaml"
    path.write_text("from: 2024-03-05\n", encoding="utf-8")
    assert safeyaml.shipped(path) == safeyaml.load("from: 2024-03-05\n")[0] == {"from": "2024-03-05"}
