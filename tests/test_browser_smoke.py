"""The home page and a briefing load in a real browser with no console errors."""

from __future__ import annotations

from browser import chromium, serve  # noqa: F401


def test_home_and_briefing_have_no_console_errors(chromium, serve) -> None:  # noqa: F811
    page = chromium.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(serve)
    assert "Qatar" in page.title()
    page.goto(serve + "briefings/")
    first = page.locator(".briefing-list a").first
    first.click()
    page.wait_for_selector(".source-text")
    assert errors == []
    page.close()
