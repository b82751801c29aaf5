"""A state renamed in the registry is extracted again only from the sources whose detection read its name: a body
named after it ("Ministry of Foreign Affairs (Russia)"); a body the same paragraph names on its own keeps its
extraction, which is what extracting again gives."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.extract import extract
from briefing.load import load_source
from briefing.registry_edit import RegistryEdit
from test_registry_edit import _registry

BESIDE = "Talks in Moscow\n\nRussia and the Global Ocean Council signed an accord in Moscow on 3 March 2021.\n"
MINISTRY = "A statement\n\nThe Russian foreign ministry said on 3 March 2021 that the talks would resume in Geneva.\n"
COAST_GUARD = "A statement\n\nThe Russian coast guard said on 3 March 2021 that the patrols would resume.\n"


CASES = [  # each source, and the body detected in it once the state is renamed
    (BESIDE, "Global Ocean Council"),
    (MINISTRY, "Ministry of Foreign Affairs (Russian Federation)"),
    (COAST_GUARD, "Russian Federation Coast Guard"),
]


@pytest.mark.parametrize(("text", "named_after"), CASES)
def test_a_renamed_state_touches_only_the_sources_that_read_its_name(tmp_path: Path, text: str, named_after: str) -> None:
    path = tmp_path / "sources" / "statement.txt"
    path.parent.mkdir()
    path.write_text(text, encoding="utf-8")
    old, new = _registry(), _registry(names=(("russia", "Russian Federation"),))
    before, after = (extract(load_source(path, tmp_path), registry) for registry in (old, new))
    assert [d.name for d in after.detected] == [named_after]
    assert RegistryEdit(old, new).touches(before) == (after != before)
