"""A file written again from its last version (spliced.py: the preview's search index): the same bytes as joining
every item anew, whichever items are new or kept, in whatever order, with or without the system's copy."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from briefing import spliced
from briefing.spliced import Spliced


def _last_file(path: Path, items: list[bytes]) -> list[tuple[int, int]]:
    """`items` joined by commas into `path`; where each one is."""
    where, at = [], 0
    with path.open("wb") as out:
        out.write(b"[")
        at = 1
        for n, item in enumerate(items):
            if n:
                at += out.write(b",")
            where.append((at, len(item)))
            at += out.write(item)
        out.write(b"]")
    return where


def _rewritten(path: Path, last: Path | None, plan: list[tuple[str, object]]) -> list[int | None]:
    """A new file from `plan`: ("add", bytes) or ("keep", (where, size)) items; where each starts."""
    starts = []
    with path.open("wb") as out, last.open("rb") if last else open("/dev/null", "rb") as old:
        out.write(b"[")
        joined = Spliced(out, old.fileno() if last else None, b",")
        for kind, value in plan:
            starts.append(joined.add(value) if kind == "add" else joined.keep(*value))  # type: ignore[arg-type, misc]
        joined.close()
        out.write(b"]")
    return starts


@pytest.mark.parametrize("system_copy", [True, False])
def test_a_rewritten_file_is_the_items_joined_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system_copy: bool) -> None:
    if not system_copy:  # as where the system cannot copy between the files
        monkeypatch.setattr(spliced, "_system_copy", lambda *args: 0)
    rng = random.Random(20)
    items = [f'{{"page": {n}, "text": "{"word " * rng.randint(0, 40)}"}}'.encode() for n in range(300)]
    where = _last_file(tmp_path / "last.json", items)
    for attempt in range(20):
        plan: list[tuple[str, object]] = []
        expected: list[bytes] = []
        for n, item in enumerate(items):
            roll = rng.random()
            if roll < 0.1:  # a page made again: new entries
                new = f'{{"page": {n}, "edited": {attempt}}}'.encode()
                plan.append(("add", new))
                expected.append(new)
            elif roll < 0.15:  # a page gone
                continue
            else:
                plan.append(("keep", where[n]))
                expected.append(item)
        if attempt % 2:  # pages in another order: runs broken where the last file's order is
            order = list(range(len(plan)))
            rng.shuffle(order)
            plan, expected = [plan[i] for i in order], [expected[i] for i in order]
        starts = _rewritten(tmp_path / "new.json", tmp_path / "last.json", plan)
        data = (tmp_path / "new.json").read_bytes()
        assert data == b"[" + b",".join(expected) + b"]"
        assert [data[start : start + len(item)] for start, item in zip(starts, expected, strict=True)] == expected


def test_without_a_last_file_kept_items_are_left_out(tmp_path: Path) -> None:
    starts = _rewritten(tmp_path / "new.json", None, [("keep", (1, 5)), ("add", b'{"a": 1}'), ("keep", (9, 3)), ("add", b"{}")])
    assert (tmp_path / "new.json").read_bytes() == b'[{"a": 1},{}]'
    assert starts == [None, 1, None, 10]


def test_a_last_file_shorter_than_a_kept_item_is_an_error(tmp_path: Path) -> None:
    _last_file(tmp_path / "last.json", [b"abc"])
    with pytest.raises(OSError, match="ends before"):
        _rewritten(tmp_path / "new.json", tmp_path / "last.json", [("keep", (1, 50))])
