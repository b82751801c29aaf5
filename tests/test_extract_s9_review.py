"""Speed fix of review s9 (issue 15): the script data is read once per language, not once per block."""

from __future__ import annotations

import pytest
from briefing import scripts
from briefing.actors import find_actors


def test_many_blocks_of_a_language_without_a_file_read_the_script_data_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reads = []
    shipped = scripts.safeyaml.shipped

    def counted(path: object) -> object:
        reads.append(path == scripts.SCRIPTS)
        return shipped(path)

    monkeypatch.setattr(scripts.safeyaml, "shipped", counted)
    scripts.own_glued_endings.cache_clear()
    find_actors("Statek wpłynął do portu w Gdańsku.", "pl")  # the first block reads what it needs
    reads.clear()
    for n in range(20):
        find_actors(f"Statek numer {n} wpłynął do portu w Gdańsku.", "pl")
    assert not any(reads)
