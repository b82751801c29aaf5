"""Raw HTML blocks of generated pages, kept out of Python-Markdown.

The big generated pages (the reliability overview, the chronology and actor pages) are mostly raw HTML
blocks, which Python-Markdown passes through unchanged, yet parses to find where each ends (md_in_html),
and MkDocs parses again for anchors: at 1,000 sources most of the time an edit's pages take to convert.
A template marks such a block, on lines of their own with a blank line around:

    <!-- briefing:html -->
    <div class="chronology">…</div>
    <!-- /briefing:html -->

`hold` swaps each marked block for a one-line comment, which Python-Markdown passes through as it would
the block (same place, same blank lines), and the HTML gets the block back: the page is byte for byte what
the conversion of the whole Markdown gives. A block marked `<!-- briefing:html unsearched -->` is a single
element with `data-search-exclude` (which Material's search skips whole): it comes back once the search
plugin has read the page, so its HTML is not parsed at all. Sources' text reaches the pages escaped by
Jinja, so no source can write a marker or a placeholder.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, field

MARKED = re.compile(r"^<!-- briefing:html( unsearched)? -->\n(.*?)\n<!-- /briefing:html -->$", re.MULTILINE | re.DOTALL)


@dataclass
class Held:
    """A page's blocks by placeholder: those the search plugin reads, and those it would skip."""

    searched: dict[str, str] = field(default_factory=dict)
    unsearched: dict[str, str] = field(default_factory=dict)


OPENING = "<!-- briefing:html"
OPENINGS = ((" -->\n", False), (" unsearched -->\n", True))  # what may follow OPENING, and whether search skips it
CLOSING = "\n<!-- /briefing:html -->"


def hold(markdown: str) -> tuple[str, Held]:
    """The Markdown with every marked block replaced by its placeholder, and the blocks: what `MARKED.sub` finds,
    found with `str.find` (the pattern's lazy `.*?` tries the closing marker at every character of a block: 1.3 ms
    for a 70 KB page, for each of the 700 pages a registry edit makes at 1,000 sources)."""
    held = Held()
    parts: list[str] = []
    done = at = 0  # the text before `done` is in parts; markers are looked for from `at`
    while (start := markdown.find(OPENING, at)) >= 0:
        at = start + 1
        block = _block_at(markdown, start)
        if block is None:
            continue
        content, end, unsearched = block
        placeholder = f"<!-- briefing:html {len(held.searched) + len(held.unsearched)} -->"
        (held.unsearched if unsearched else held.searched)[placeholder] = markdown[content:end]
        parts += [markdown[done:start], placeholder]
        done = at = end + len(CLOSING)
    if not parts:
        return markdown, held
    parts.append(markdown[done:])
    return "".join(parts), held


def _block_at(markdown: str, start: int) -> tuple[int, int, bool] | None:
    """The block whose opening marker is at `start`: where its content starts and ends, and whether search skips it;
    None when `start` is no marker's (not at a line's start, or no closing marker ends a line after it)."""
    if start and markdown[start - 1] != "\n":
        return None
    after = start + len(OPENING)
    for rest, unsearched in OPENINGS:
        if markdown.startswith(rest, after):
            content = after + len(rest)
            end = markdown.find(CLOSING, content)
            while end >= 0:
                past = end + len(CLOSING)
                if past == len(markdown) or markdown[past] == "\n":
                    return content, end, unsearched
                end = markdown.find(CLOSING, end + 1)
            return None
    return None


def restore(html: str, blocks: dict[str, str]) -> str:
    """The HTML with its placeholders replaced by their blocks."""
    for placeholder, block in blocks.items():
        html = html.replace(placeholder, block, 1)
    return html


class Aside:
    """The unsearched blocks of the pages being made, until each page is written (MkDocs converts every page
    before it writes the first): compressed on request, as the engine parks pages' HTML."""

    def __init__(self) -> None:
        self.pages: dict[str, dict[str, str] | tuple[list[str], bytes]] = {}

    def keep(self, src_uri: str, blocks: dict[str, str], compress: bool) -> int:
        """Keeps them; returns how many characters it holds uncompressed."""
        if not blocks:
            return 0
        if compress:
            self.pages[src_uri] = (list(blocks), zlib.compress(json.dumps(list(blocks.values())).encode(), 1))
            return 0
        self.pages[src_uri] = blocks
        return sum(map(len, blocks.values()))

    def restore(self, src_uri: str, html: str, keep: bool = False) -> str:
        """The page's HTML with its blocks back; `keep`: hold them still (for the page's output, later)."""
        kept = self.pages.get(src_uri) if keep else self.pages.pop(src_uri, None)
        if kept is None:
            return html
        if isinstance(kept, tuple):
            placeholders, packed = kept
            kept = dict(zip(placeholders, json.loads(zlib.decompress(packed)), strict=True))
        return restore(html, kept)

    def clear(self) -> None:
        self.pages.clear()
