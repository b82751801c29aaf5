"""Untrusted text to safe HTML: every character of a source is escaped or sanitised here."""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Iterable
from functools import lru_cache

import markdown
import nh3
from babel.dates import get_month_names
from markdown.inlinepatterns import HtmlInlineProcessor

RTL_LANGUAGES = {"ar", "fa", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ku"}
RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"  # Hebrew, Arabic, Syriac, Thaana, N'Ko… and presentation forms
MONTH_NAMES = tuple(get_month_names("wide", locale="en").values())  # the site speaks English


def direction(language: str) -> str:
    return "rtl" if language.split("-")[0] in RTL_LANGUAGES else "ltr"


def display_date(value: str | None) -> str:
    """'2018' -> '2018', '2018-01' -> 'January 2018', '2018-01-05' -> '5 January 2018',
    '--01-05' -> '5 January (year not stated)'."""
    if not value:
        return "date unresolved"
    if value.startswith("--"):
        month, _, day = value[2:].partition("-")
        name = MONTH_NAMES[int(month) - 1]
        return f"{int(day)} {name} (year not stated)" if day else f"{name} (year not stated)"
    parts = value.split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTH_NAMES[int(parts[1]) - 1]
    return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"


@lru_cache(maxsize=1 << 16)  # pages link to the same few targets thousands of times; relpath is slow
def relative_url(from_page: str, to_page: str) -> str:
    """Link from one directory-style page URL ("briefings/x/") to another ("actors/y/#a")."""
    target, _, anchor = to_page.partition("#")
    link = _relpath(target or from_page, from_page or ".")
    link = "./" if link == "." else link + ("/" if target.endswith("/") and not link.endswith("/") else "")
    return link + (f"#{anchor}" if anchor else "")


def _relpath(target: str, start: str) -> str:
    """posixpath.relpath for site paths, without the os.getcwd() call it makes for every link."""
    to, at = _segments(target), _segments(start)
    common = 0
    for mine, theirs in zip(to, at, strict=False):
        if mine != theirs:
            break
        common += 1
    return "/".join([".."] * (len(at) - common) + list(to[common:])) or "."


@lru_cache(maxsize=1 << 16)  # most (page, target) pairs are new, but their paths are a few thousand pages
def _segments(path: str) -> tuple[str, ...]:
    return tuple(p for p in posixpath.normpath("/" + path).split("/") if p)


def safe_url(url: str | None) -> str | None:
    """Only web addresses may become links; anything else (javascript:, data:) stays text."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


# Raw HTML an editor may write in a Markdown body: inline formatting that loads nothing and runs nothing.
# Any other tag is shown as the text it is. Attributes are dropped but `title` on <abbr>.
INLINE_HTML = ("b", "i", "em", "strong", "u", "s", "del", "ins", "sub", "sup", "small", "mark", "kbd", "code", "abbr", "q")
INLINE_HTML += ("cite", "br")
# What Python-Markdown (with `extra`) writes for Markdown syntax, plus the inline tags above.
MARKDOWN_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "pre", "blockquote", "ul", "ol", "li", "a", "dl", "dt", "dd"}
MARKDOWN_TAGS |= {"table", "thead", "tbody", "tr", "th", "td", "div", *INLINE_HTML}
MARKDOWN_ATTRIBUTES = {
    "a": {"href", "title", "class"},  # class: footnote-ref / footnote-backref
    "abbr": {"title"},
    "th": {"style"},  # text-align only (filter_style_properties)
    "td": {"style"},
    "sup": {"id"},  # footnote anchors
    "li": {"id"},
    "div": {"class"},
}
ALLOWED_HTML = r"(</?(?:" + "|".join(INLINE_HTML) + r")(?:\s[^<>]*)?/?>)"


class _SafeMarkdown(markdown.Markdown):
    """Markdown without raw HTML blocks and with images as links to them: a body that would load a remote
    image (a request to another host from a site promised to be offline) shows a link instead."""

    def __init__(self) -> None:
        super().__init__(extensions=["extra", "sane_lists"])
        self.preprocessors.deregister("html_block")
        self.parser.blockprocessors.deregister("markdown_block")  # md_in_html: markdown inside raw HTML blocks
        for name in ("image_link", "image_reference", "short_image_ref"):  # "![alt](src)" reads as "!" + a link
            self.inlinePatterns.deregister(name)
        self.inlinePatterns.register(HtmlInlineProcessor(ALLOWED_HTML, self), "html", 90)


HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)


def markdown_to_safe_html(text: str) -> str:
    """An editor's Markdown body as HTML: Markdown syntax, the INLINE_HTML tags and nothing else (other raw
    HTML is escaped, so it shows as written), no images, only web and mail links (nh3/ammonia)."""
    rendered = _SafeMarkdown().convert(HTML_COMMENT.sub("", text))  # a comment is a note to editors: never shown
    return nh3.clean(
        rendered,
        tags=MARKDOWN_TAGS,
        attributes=MARKDOWN_ATTRIBUTES,
        filter_style_properties={"text-align"},
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def mark_up(text: str, spans: Iterable[tuple[int, int, str, str]]) -> str:
    """Escape `text`, wrapping each (start, end, open_tag, close_tag) span; spans nest, never cross."""
    tags: list[tuple[int, int, int, str]] = []
    for start, end, open_tag, close_tag in spans:
        # sort key: position, closings before openings, outer spans open first and close last
        tags.append((start, 1, -(end - start), open_tag))
        tags.append((end, 0, end - start, close_tag))
    tags.sort(key=lambda t: (t[0], t[1], t[2]))
    out, position = [], 0
    for at, _, _, tag in tags:
        out.append(html.escape(text[position:at], quote=False))
        out.append(tag)
        position = at
    out.append(html.escape(text[position:], quote=False))
    return "".join(out)
