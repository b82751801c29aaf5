"""A real `mkdocs serve` on 127.0.0.1, watched through its log, and full builds to compare it with.

Used by `make bench-serve` (bench/bench_serve.py) and by tests/test_preview.py.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

RELOADED = "Reloading browsers"
DETECTED = "Detected file changes"
SERVING = "Serving on "
EPOCH = "1700000000"  # SOURCE_DATE_EPOCH for both sides: the same inputs give the same bytes
FULL_BUILD = """
import sys
from mkdocs.commands.build import build
from mkdocs.config import load_config
config = load_config("mkdocs.yml", site_dir=sys.argv[1], site_url=sys.argv[2])
config.plugins.on_startup(command="build", dirty=False)
build(config)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """`mkdocs serve --livereload --dirty` (as `make serve`) in `root`; its site folder is the one
    `mkdocs_*` folder MkDocs makes in `tmp` (its TMPDIR)."""

    def __init__(self, root: Path, tmp: Path, dirty: bool = True) -> None:
        self.root, self.tmp, self.port = root, tmp, free_port()
        tmp.mkdir(parents=True, exist_ok=True)
        self.lines: list[tuple[float, str]] = []
        self.changed = threading.Condition()
        command = [sys.executable, "-m", "mkdocs", "serve", "--livereload", "-a", f"127.0.0.1:{self.port}"]
        env = {**os.environ, "TMPDIR": str(tmp), "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
        self.process = subprocess.Popen(
            command + (["--dirty"] if dirty else []),
            cwd=root,
            env=env,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
        )
        threading.Thread(target=self._read, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/briefing/"  # the path of mkdocs.yml's site_url

    @property
    def site_dir(self) -> Path:
        (found,) = self.tmp.glob("mkdocs_*")
        return found

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            with self.changed:
                self.lines.append((time.monotonic(), line.rstrip("\n")))
                self.changed.notify_all()

    def count(self, text: str) -> int:
        with self.changed:
            return sum(text in line for _, line in self.lines)

    def wait_for(self, text: str, count: int, timeout: float) -> float:
        """When the log said `text` for the `count`th time (waiting up to `timeout` seconds)."""

        def found() -> list[float]:
            return [at for at, line in self.lines if text in line][count - 1 : count]

        with self.changed:
            if not self.changed.wait_for(lambda: found() or self.process.poll() is not None, timeout):
                raise TimeoutError(f"no '{text}' (#{count}) within {timeout} s; log:\n{self.log()[-3000:]}")
            if not found():
                raise RuntimeError(f"mkdocs serve ended; log:\n{self.log()[-3000:]}")
            return found()[0]

    def settled(self, timeout: float, quiet: float = 2.0) -> None:
        """Wait until every rebuild that began has ended and the log has been quiet for `quiet` seconds."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.changed:
                last = self.lines[-1][0] if self.lines else 0.0
                busy = sum(DETECTED in line for _, line in self.lines) > sum(RELOADED in line for _, line in self.lines)
            if not busy and time.monotonic() - last >= quiet:
                return
            time.sleep(0.2)
        raise TimeoutError(f"still rebuilding after {timeout} s; log:\n{self.log()[-3000:]}")

    def started(self, timeout: float) -> None:
        self.wait_for(SERVING, 1, timeout)

    def log(self) -> str:
        with self.changed:
            return "\n".join(line for _, line in self.lines)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def full_build(root: Path, site_dir: Path, site_url: str) -> float:
    """`mkdocs build` of `root` (in its own process, with the served site's address); its wall time."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "NO_MKDOCS_2_WARNING": "1"}
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", FULL_BUILD, str(site_dir), site_url], cwd=root, env=env, capture_output=True, text=True
    )
    if done.returncode:
        raise RuntimeError(f"mkdocs build failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - started


def differences(served: Path, built: Path) -> list[str]:
    """Every file that is in one site folder and not the other, or whose bytes differ."""

    def files(folder: Path) -> dict[str, Path]:
        return {p.relative_to(folder).as_posix(): p for p in folder.rglob("*") if p.is_file()}

    a, b = files(served), files(built)
    found = [f"only served: {rel}" for rel in sorted(set(a) - set(b))] + [f"only built: {rel}" for rel in sorted(set(b) - set(a))]
    found += [f"differs: {rel}" for rel in sorted(set(a) & set(b)) if a[rel].read_bytes() != b[rel].read_bytes()]
    return found
