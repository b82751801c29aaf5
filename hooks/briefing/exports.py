"""Every file a build writes besides the pages, listed once.

An export is a path under the site directory and a function `(site, settings) -> chunks of bytes`;
a function that yields nothing writes no file (the feed without `site_url`). The build writes them
in this order (publish.py), and the outputs archive records whatever was written, so a replayed build
and the forked child see every export: adding one is one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from . import export, feed, ical
from .site import Site


@dataclass(frozen=True)
class ExportSettings:
    """The settings of mkdocs.yml the exports read, and where they go."""

    site_dir: Path
    site_url: str = ""
    site_name: str = ""
    site_description: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What of them the exports' content depends on."""
        return (self.site_url, self.site_name, self.site_description)


Export = Callable[[Site, ExportSettings], Iterable[bytes]]
EXPORTS: dict[str, Export] = {
    "api/briefings.json": export.briefings_json,
    "api/events.json": export.events_json,
    "api/actors.json": export.actors_json,
    "api/candidates.json": export.candidates_json,
    "api/chronology.json": export.chronology_json,
    "chronology.ics": ical.chronology_ics,
    feed.FEED_FILE: feed.feed_xml,
}


# Exports that say cheaply what they are made from, so a preview can leave one that would not change as it is
# (feedgen takes seconds over 1,000 briefings; an edit of an article's body leaves its item as it was).
INPUTS: dict[str, Callable[[Site], object]] = {feed.FEED_FILE: feed.feed_inputs}


def write_exports(
    site: Site, settings: ExportSettings, kept: dict[str, object] | None = None, folder: Path | None = None
) -> list[str]:
    """Every export into the site directory, one at a time (only one is in memory while it is written);
    the paths written, under the site directory. `kept` (a preview's, kept between its builds): the inputs
    of the exports in the site directory, by path; one whose inputs are unchanged is not made again, and the JSON
    exports keep their records' lines for the next build (export.kept_lines), on disk in `folder`."""
    with export.keeping(kept is not None, folder):
        return _write_all(site, settings, kept)


def _write_all(site: Site, settings: ExportSettings, kept: dict[str, object] | None) -> list[str]:
    written = []
    for rel, make in EXPORTS.items():
        path = settings.site_dir / rel
        inputs = (settings.key, INPUTS[rel](site)) if kept is not None and rel in INPUTS else None
        if inputs is not None and kept is not None and kept.get(rel) == inputs and path.exists():
            written.append(rel)
            continue
        if _write(path, make(site, settings)):
            written.append(rel)
        if inputs is not None and kept is not None:
            kept[rel] = inputs
    return written


def _write(path: Path, made: Iterable[bytes]) -> bool:
    """The chunks into `path`; False (and no file) when there are none."""
    chunks = iter(made)
    first = next(chunks, None)
    if first is None:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        out.write(first)
        for chunk in chunks:
            out.write(chunk)
    return True
