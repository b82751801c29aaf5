"""Headless Debian Chromium driven by Playwright, and a local static server for built sites.

Import the fixtures into a test module with `from browser import chromium, serve  # noqa: F401`.
Never downloads a browser: Playwright is pointed at /usr/bin/chromium, and a missing binary
fails the test with the command that installs it.
"""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output readable
        pass


NOT_PAGES = {"assets", "search", "api"}


def page_types(site: Path) -> dict[str, str]:
    """One URL per kind of page in a built site, found rather than listed, so that every section
    (chronology, actors, reliability...) is covered as soon as it exists: its index page and the
    first page inside it; briefings once per language."""
    found = {"home": ""}
    for b in json.loads((site / "api" / "briefings.json").read_text(encoding="utf-8")):
        found.setdefault(f"briefing ({b['language']})", b["path"])
    for index in sorted(site.glob("*/index.html")):
        section = index.parent.name
        if section in NOT_PAGES:
            continue
        found[section] = f"{section}/"
        inner = sorted(index.parent.glob("*/index.html"))
        if inner and section != "briefings":
            found[f"{section} entry"] = f"{section}/{inner[0].parent.name}/"
    return found


def start_server(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


_shared: dict[str, Any] = {}  # one Playwright and one Chromium for the whole test process


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A Playwright Browser on Debian's Chromium.

    Each test module that imports this fixture makes pytest set it up once more, but Playwright's sync
    API allows one instance per thread: every set-up shares the same browser, closed by the last."""
    if not CHROMIUM.exists():
        pytest.fail(
            "Chromium not found at /usr/bin/chromium: install Debian's package with "
            "`apt-get install -y chromium` (make test does this as root)"
        )
    from playwright.sync_api import sync_playwright

    if not _shared:
        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        _shared.update(playwright=playwright, browser=browser, users=0)
    _shared["users"] += 1
    yield _shared["browser"]
    _shared["users"] -= 1
    if _shared["users"] == 0:
        _shared["browser"].close()
        _shared["playwright"].stop()
        _shared.clear()


@pytest.fixture(scope="session")
def serve(seed_site: Path) -> Iterator[str]:
    """Base URL of the example briefing's built site on a local server."""
    server, url = start_server(seed_site)
    yield url
    server.shutdown()
