"""Text made safe once, where it enters (file contents, YAML strings, HTML extraction).

Control characters, lone surrogates and Unicode non-characters cannot be written to XML (feed,
sitemap), UTF-8 (exports) or lxml trees (print view), so each is taken out here and counted, and
Windows (CRLF) and old Mac (CR) line endings become LF. Tabs and line feeds stay.
"""

from __future__ import annotations

import re

UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
SURROGATE = re.compile("[\ud800-\udfff]")


def safe_text(text: str) -> tuple[str, int]:
    """`text` with line endings normalised and unsafe characters removed (a lone surrogate becomes
    U+FFFD, so a reader sees where one was); and how many were removed or replaced."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    found = len(UNSAFE.findall(text))
    if found:
        text = UNSAFE.sub("", SURROGATE.sub("\ufffd", text))
    return text, found


def comment_line(text: str, limit: int = 160) -> str:
    """One line of free text made safe for a YAML comment, at most `limit` characters: no line breaks, no
    characters YAML refuses."""
    line = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
