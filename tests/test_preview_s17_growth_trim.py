"""A build gives its free memory back as it converts and renders pages whenever its resident size grew by a step:
malloc otherwise keeps the large texts each page frees (its HTML, its rendered output) behind the small ones still
held, and the serving process's resident size grew by them through the rendering (issue 18: the first build's peak
at 10,000 sources, 2.28 GB, came in the rendering; the target is 2 GB)."""

from __future__ import annotations

import pytest
from briefing import background


def test_free_memory_goes_back_only_once_the_resident_size_grew_by_a_step(monkeypatch: pytest.MonkeyPatch) -> None:
    resident = [100]
    given: list[int] = []

    def give_back() -> None:
        given.append(resident[0])
        resident[0] -= 30  # what malloc held free goes back to the system

    monkeypatch.setattr(background, "resident_bytes", lambda: resident[0])
    monkeypatch.setattr(background, "give_back_free_memory", give_back)
    trim = background.GrowthTrim(step=50, every=2)
    for grown in (10, 10, 10, 10, 10, 10):  # a page each
        resident[0] += grown
        trim.check()
    assert given == [160]  # looked at every second page: 120 and 140 are within the step from 100, 160 is not
    assert trim.at == 130
    for _ in range(4):
        resident[0] += 10
        trim.check()
    assert given == [160]  # 150 and 170: within the step from 130 (after the give back)
    resident[0] += 20
    trim.check()
    resident[0] += 1
    trim.check()
    assert given == [160, 191]


def test_the_resident_size_is_read_on_linux() -> None:
    size = background.resident_bytes()
    assert size == 0 or size > 1 << 20
