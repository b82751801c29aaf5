"""Checks across sources, shared by the MkDocs build and `briefing check` so both say the same thing.

Per-file problems (encoding, frontmatter, types) are raised by `load`; what only shows when sources
are compared (the same article twice, two pages wanting one address) and what an editor should
review but may publish (advisories) lives here.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

from .errors import Problem
from .load import FIELDS
from .model import Briefing, Source
from .text import safe_url

# a line of an editor's frontmatter ("title: …"), seen where no frontmatter was read
FIELD_LINE = re.compile(rf"\s*({'|'.join(FIELDS)})\s*:(\s|$)")


def text_key(source: Source) -> str:
    """The article text with case and spacing folded: re-saved or re-wrapped copies compare equal, and
    so do a .txt and a .md of the same article (its body's text blocks, header lines set apart)."""
    text = "\n".join(block.text for block in source.blocks) if source.blocks else source.body_markdown or ""
    return hashlib.sha256(" ".join(text.casefold().split()).encode("utf-8")).hexdigest()


_kept_keys: dict[int, tuple[Source, str]] = {}  # id -> each source of the last call that kept them, and its text_key


def _text_keys(sources: list[Source], keep: bool) -> list[str]:
    """Each source's `text_key`; `keep` (a preview's, which checks every source again after an edit of one): the
    last kept call's for the very same source objects (the cache's), and this call's kept for the next."""
    if not keep:
        return [text_key(s) for s in sources]
    last = _kept_keys.copy()
    keys = [kept[1] if (kept := last.get(id(s))) is not None and kept[0] is s else text_key(s) for s in sources]
    _kept_keys.clear()
    _kept_keys.update((id(s), (s, key)) for s, key in zip(sources, keys, strict=True))
    return keys


def url_key(url: str | None) -> str | None:
    """An address without the differences that do not change the page (case of host, www., trailing /, #part)."""
    if not url or not url.strip():
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return urlunsplit((parts.scheme.lower(), host, parts.path.rstrip("/"), parts.query, ""))


def cross_source_problems(briefings: Iterable[Briefing], keep: bool = False) -> list[Problem]:
    """Duplicate texts, duplicate URLs and duplicate slugs; call before slugs are numbered apart. `keep`: see
    `_text_keys`.

    The later file (in path order) gets the error and the earlier one is named, so the editor knows
    which pair to look at. Like every file with an error, the later one yields its error and no page; the
    earlier keeps its page, so no article is lost.
    """
    first_text: dict[str, Briefing] = {}
    first_url: dict[str, Briefing] = {}
    first_slug: dict[str, Briefing] = {}
    problems: list[Problem] = []
    ordered = sorted(briefings, key=lambda b: b.source.path)
    for b, text in zip(ordered, _text_keys([b.source for b in ordered], keep), strict=True):
        path, paired = b.source.path, set()
        other = first_text.setdefault(text, b)
        if other is not b:
            paired.add(other.source.path)
            fix = "keep one file and delete the other (move any frontmatter you need into the one you keep)"
            problems.append(Problem(path, f"same article text as {other.source.path}: {fix}"))
        key = url_key(b.url)
        other = first_url.setdefault(key, b) if key else b
        if other is not b:
            paired.add(other.source.path)
            fix = "the page was collected twice; keep one file, or correct `url:` if they are different articles"
            problems.append(Problem(path, f"same url as {other.source.path} ({b.url}): {fix}", b.source.field_lines.get("url")))
        other = first_slug.setdefault(b.id, b)
        if other is not b and other.source.path not in paired:
            fix = "give one of them a distinct `title:` or `slug:` in its frontmatter"
            why = "this page would get a numbered address that changes when the other file goes"
            made = "its `slug:`" if "slug" in b.source.frontmatter else "the date and title"
            message = f"duplicate slug '{b.id}' (from {made}), already taken by {other.source.path}: {why}; {fix}"
            problems.append(Problem(path, message, b.source.field_lines.get("slug") or b.source.field_lines.get("title")))
    return problems


def advisories(briefings: Iterable[Briefing]) -> list[Problem]:
    """What an editor should review but may publish: warnings, fatal only in `briefing check --strict`."""
    problems: list[Problem] = []
    for b in sorted(briefings, key=lambda b: b.source.path):
        path = b.source.path
        if b.published.date is None and "published" not in b.source.frontmatter:
            estimate = f" (the build estimates: not before {b.published.estimate})" if b.published.estimate else ""
            fix = "set `published: YYYY-MM-DD` in the frontmatter, or `published: null` to confirm it is unknown"
            problems.append(Problem(path, f"no-date: no publication date found{estimate}; {fix}", severity="warning"))
        if removed := b.source.header.get("unsafe_characters"):
            what = "control characters, lone surrogates or non-characters"
            problems.append(Problem(path, f"{removed} {what} removed: they cannot be published", severity="warning"))
        problems += _editor_slips(b)
        if b.candidates:
            names = ", ".join(f"'{c.name}'" for c in b.candidates[:8])
            names += f" and {len(b.candidates) - 8} more" if len(b.candidates) > 8 else ""
            fix = "add the ones that matter (with aliases) to the registry"
            problems.append(Problem(path, f"candidate actors not in registry/actors.yaml: {names}; {fix}", severity="warning"))
    return problems


def _editor_slips(b: Briefing) -> list[Problem]:
    """Frontmatter an editor meant but the build read otherwise: fields above a '---' line with none opening the file
    (shown as the text's own lines: the title "title: …"), a tag holding commas (one tag, where a list of several
    was meant), an address that is not http(s) (shown, never linked)."""
    source, path, found = b.source, b.source.path, []
    if source.format == "md" and not source.frontmatter:
        lines = [r.text for r in source.removed] + [line for block in source.blocks[:2] for line in block.text.splitlines()]
        fields = list(dict.fromkeys(m.group(1) for line in lines if (m := FIELD_LINE.match(line))))
        if fields and (len(fields) > 1 or any(line.strip() == "---" for line in lines)):
            named = ", ".join(f"'{name}:'" for name in fields)
            message = (
                f"frontmatter without its opening '---' line: {named} are read as lines of the text, not as fields "
                "(the title shown is that line); put a line '---' on line 1, above them"
            )
            found.append(Problem(path, message, line=1, severity="warning"))
    for tag in source.frontmatter.get("tags", []):
        if "," in tag:
            items = ", ".join(part.strip() for part in tag.split(",") if part.strip())
            message = f"field 'tags': '{tag}' is one tag; for several, write a list: tags: [{items}]"
            found.append(Problem(path, message, line=source.field_lines.get("tags"), severity="warning"))
    url = source.frontmatter.get("url")
    if url and not safe_url(str(url)):
        message = f"field 'url': '{url}' is not an http(s) address, so the page shows it without a link; write https://…"
        found.append(Problem(path, message, line=source.field_lines.get("url"), severity="warning"))
    return found


def sort_problems(problems: Iterable[Problem]) -> list[Problem]:
    """Compiler order: by file, then line (file-level first), errors before warnings."""
    return sorted(problems, key=lambda p: (p.path, p.line or 0, p.severity != "error", p.message))
