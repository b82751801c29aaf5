"""Headless Debian Chromium driven by Playwright, and a local static server for built sites.

Import the fixtures into a test module with `from browser import chromium, serve  # noqa: F401`.
Never downloads a browser: Playwright is pointed at /usr/bin/chromium, and a missing binary
fails the test with the command that installs it.
"""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep test output readable
        pass


def start_server(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    """A Playwright Browser on Debian's Chromium."""
    if not CHROMIUM.exists():
        pytest.fail("Chromium not found at /usr/bin/chromium: install Debian's package with `apt-get install -y chromium` (make test does this as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def serve(seed_site: Path) -> Iterator[str]:
    """Base URL of the example briefing's built site on a local server."""
    server, url = start_server(seed_site)
    yield url
    server.shutdown()
