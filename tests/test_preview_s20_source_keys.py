"""A source's cache key is read and hashed again only when its file may have changed (cache.source_key): a preview's
edit of one source no longer reads every other one, and a changed file always gets its new key."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from briefing import cache

HOUR_NS = 3600 * 10**9


def _keyed(calls: list[bytes]) -> Callable[[str, bytes], str]:
    def key(rel: str, data: bytes) -> str:
        calls.append(data)
        return f"{rel}:{data.decode()}"

    return key


def _aged(path: Path, text: str) -> None:
    """The file written, its modification time an hour ago (as a source edited earlier than this build)."""
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(time.time_ns() - HOUR_NS, time.time_ns() - HOUR_NS))


def test_an_unchanged_source_is_not_read_again(tmp_path: Path) -> None:
    source, calls = tmp_path / "a.txt", []
    _aged(source, "Talks in Doha on 4 March 2024.")
    keys = [cache.source_key(source, "sources/a.txt", _keyed(calls)) for _ in range(3)]
    assert keys == ["sources/a.txt:Talks in Doha on 4 March 2024."] * 3
    assert len(calls) == 1


def test_a_source_rewritten_with_its_size_and_modification_time_gets_its_new_key(tmp_path: Path) -> None:
    source, calls = tmp_path / "a.txt", []
    _aged(source, "Talks in Doha on 4 March 2024.")
    before = source.stat()
    assert cache.source_key(source, "sources/a.txt", _keyed(calls)).endswith("4 March 2024.")
    source.write_text("Talks in Doha on 5 March 2024.", encoding="utf-8")  # same size
    os.utime(source, ns=(before.st_atime_ns, before.st_mtime_ns))  # and the same modification time
    assert cache.source_key(source, "sources/a.txt", _keyed(calls)).endswith("5 March 2024.")


def test_a_source_changed_just_before_it_was_read_is_read_again(tmp_path: Path) -> None:
    source, calls = tmp_path / "a.txt", []
    source.write_text("Talks in Doha on 4 March 2024.", encoding="utf-8")  # now: another write may share its time
    for _ in range(2):
        cache.source_key(source, "sources/a.txt", _keyed(calls))
    assert len(calls) == 2


def test_a_key_is_of_the_running_extraction_code(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, calls = tmp_path / "a.txt", []
    _aged(source, "Talks in Doha on 4 March 2024.")
    cache.source_key(source, "sources/a.txt", _keyed(calls))
    monkeypatch.setattr(cache, "extractor_fingerprint", lambda: "other code")
    cache.source_key(source, "sources/a.txt", _keyed(calls))
    assert len(calls) == 2
