"""The serving process of a preview holds what it keeps, not the most it ever held: after each build the memory the
build let go is given back to the system, and the server's thread, where `mkdocs serve` makes every rebuild, reuses
the memory the first build (made in the main thread) let go instead of growing a heap of its own. The served site is
still byte for byte a full build."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from briefing.background import made_in_two
from briefing.textstore import TextStore
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log

sys.path.insert(0, str(ROOT / "bench"))
from serving import EPOCH, differences, full_build

URL = "http://127.0.0.1:8000/briefing/"
# Memory a long-lived process let go of, scattered among what it still holds (as a build leaves it): 300 MB in blocks
# of 100 KB (malloc's heap, not mmap), one in ten kept.
SCATTERED = """
import threading
from pathlib import Path

def rss_mb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024

blocks = [bytearray(100_000) for _ in range(3000)]
for block in blocks:
    block[::4096] = b"x" * len(block[::4096])  # touched: resident
kept = blocks[::10]
del blocks
"""


def _run(code: str, tmp_path: Path) -> str:
    script = tmp_path / "scattered.py"
    script.write_text(SCATTERED + textwrap.dedent(code), encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, check=True, env=env)
    return done.stdout


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc, Linux's /proc")
def test_a_preview_build_gives_back_the_memory_it_let_go(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path, copy_sources=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    served = tmp_path / "served"
    with mkdocs_log():
        dirty_rebuild(root, served, first=True)
        # what the next build lets go of, scattered among what this process holds
        blocks = [bytearray(100_000) for _ in range(3000)]
        for block in blocks:
            block[::4096] = b"x" * len(block[::4096])
        kept = blocks[::10]
        del blocks
        before = _rss_mb()
        source = sorted((root / "sources").glob("*.txt"))[0]
        with source.open("a", encoding="utf-8") as out:
            out.write("\n\nOn 4 March 2019, officials of both governments met again in Doha.\n")
        dirty_rebuild(root, served, first=False)
        after = _rss_mb()
    assert len(kept) == 300
    assert before - after > 150, (before, after)  # most of the 270 MB let go is the system's again
    built = tmp_path / "built"
    full_build(root, built, URL)
    assert differences(served, built) == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc, Linux's /proc")
def test_under_a_preview_another_thread_reuses_what_the_main_thread_let_go(tmp_path: Path) -> None:
    """As `mkdocs serve`: the first build in the main thread, the rebuilds in the server's thread."""
    code = """
    import briefing_hooks
    briefing_hooks.on_startup(command="serve", dirty=True)  # a preview: before any thread starts
    before = rss_mb()
    held = []
    thread = threading.Thread(target=lambda: held.extend(bytearray(90_000) for _ in range(2500)))
    thread.start()
    thread.join()
    for block in held:
        block[::4096] = b"x" * len(block[::4096])
    print(rss_mb() - before)
    """
    grown = float(_run(code, tmp_path))
    assert grown < 100, grown  # 225 MB allocated in the thread, mostly where the main thread's freed blocks were


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def test_pages_made_ahead_are_kept_as_each_is_made_not_all_held_together() -> None:
    makers = {f"briefings/p{i}.md": (lambda i=i: f"# Page {i}\n\n" + "Text. " * i) for i in range(60)}
    kept: list[str] = []

    def keep(text: str) -> int:  # as the preview's memo puts each text on disk and keeps where it is
        kept.append(text)
        return len(kept) - 1

    made, _ = made_in_two(makers, keep=keep)
    assert list(made) == list(makers)
    assert [kept[made[path]] for path in makers] == [make() for make in makers.values()]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux's /proc")
def test_what_a_preview_reads_back_from_disk_is_not_held_while_it_reads(tmp_path: Path) -> None:
    """The exports' kept lines and the last search index are read back through a map of their file at every edit (at
    10,000 sources 135 and 167 MB): the pages read are let go as it goes, not all counted until the end."""
    store = TextStore(tmp_path)
    lines = [store.put(f'{{"id": "event-{i}", "summary": "{"Talks in Doha. " * 40}"}}') for i in range(100_000)]
    before = _rss_mb()
    grown = 0.0
    with store.reading() as read:
        for number, stored in enumerate(lines):
            assert read(stored).startswith(b'{"id": "event-')
            if number % 10_000 == 0:
                grown = max(grown, _rss_mb() - before)
        grown = max(grown, _rss_mb() - before)
    assert store.size > 60 * (1 << 20)
    assert grown < 35, grown  # of the 60 MB read, what was read before the last 16 MB is let go
