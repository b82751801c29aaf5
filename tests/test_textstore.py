"""The store a live preview keeps its pages' Markdown in (textstore.py): each text read back as it was put, also
after the file is compacted, and compacting keeps only the texts still wanted."""

from __future__ import annotations

from pathlib import Path

from briefing.textstore import TextStore, digest


def test_texts_read_back_as_put(tmp_path: Path) -> None:
    store = TextStore(tmp_path / "store")
    texts = ["", "plain", "قطر والناتو", "x" * 100_000, "emoji 🛰️ and\nlines\r\n"]
    stored = [store.put(text) for text in texts]
    assert [store.read(s) for s in reversed(stored)] == texts[::-1]
    assert stored[1].digest == digest(b"plain") != stored[0].digest
    assert list((tmp_path / "store").iterdir()) == []  # the file has no name once made


def test_compact_keeps_the_wanted_texts_only(tmp_path: Path) -> None:
    store = TextStore(tmp_path)
    page = "<p>" + "a paragraph of a page " * 1_000 + "</p>"  # 22 kB
    wanted = {}
    for round_ in range(2_000):  # each page made again and again: what was written before is no longer wanted
        wanted[f"page-{round_ % 10}"] = store.put(f"{round_}: {page}")
    before = store.size
    moved = store.compact(wanted)
    assert store.size == sum(s.size for s in wanted.values()) < before / 100
    assert {key: store.read(s) for key, s in moved.items()} == {f"page-{i}": f"{1_990 + i}: {page}" for i in range(10)}
    assert store.compact(moved) == moved  # nothing more to let go
