"""`mkdocs serve` starts although a source is broken, and keeps serving (and rebuilding) while one is:
a broken source is that file's error, never the end of the build (once, every request hung)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests
from conftest import make_project
from test_bad_input import ALIAS_BOMB

GOOD = "Talks in Doha\nQatar and NATO officials met in Doha on 4 March 2024 to discuss training.\n"
BROKEN = {
    "deep.md": "---\ntitle: " + "[" * 1000 + "\n---\nText.\n",
    "control.md": '---\ntitle: "a\\x07b \\ud800"\n---\nQatar and NATO met in Doha on 5 March 2024 to talk.\n',
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, seconds: float, text: str | None = None) -> requests.Response:
    """GET `url` until it answers 200 (containing `text`), for at most `seconds`."""
    deadline, last = time.monotonic() + seconds, None
    while time.monotonic() < deadline:
        try:
            last = requests.get(url, timeout=5)
            if last.status_code == 200 and (text is None or text in last.text):
                return last
        except requests.RequestException as exc:
            last = exc
        time.sleep(0.5)
    raise AssertionError(f"{url} did not answer in {seconds} s: {last}")


def test_serve_starts_and_keeps_serving_with_broken_sources(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"good.txt": GOOD, **BROKEN})
    port = free_port()
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    command = [str(mkdocs), "serve", "--livereload", "-a", f"127.0.0.1:{port}"]
    server = subprocess.Popen(command, cwd=root, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}/briefing/"  # mkdocs.yml's site_url path
    try:
        home = wait_for(base, 120)
        assert "Talks in Doha" in wait_for(base + "api/briefings.json", 10).text
        assert server.poll() is None
        # A new broken source and a new good one while serving: the rebuild keeps the good one.
        (root / "sources" / "bomb.md").write_text(f"---\n{ALIAS_BOMB}tags: *f\n---\nText.\n", encoding="utf-8")
        later = GOOD.replace("Talks in Doha", "Later talks in Doha").replace("4 March", "6 March")  # not a duplicate text
        (root / "sources" / "later.txt").write_text(later, encoding="utf-8")
        assert "Later talks in Doha" in wait_for(base + "api/briefings.json", 120, "Later talks in Doha").text
        assert wait_for(base, 10).status_code == home.status_code == 200
        assert server.poll() is None
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "sources/deep.md:2: error: malformed frontmatter: nested more than 50 levels deep" in errors
    assert "sources/bomb.md:7: error: malformed frontmatter: more than 100,000 values" in errors
    assert "Traceback" not in errors
