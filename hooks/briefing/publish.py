"""What a build publishes from the site model: the generated pages' Markdown, then the exports.

They are the last build's when the model and the settings they read are unchanged (outputs.py),
and otherwise made, in a child process beside MkDocs when it can (background.py), and recorded
for next time. Nothing here knows MkDocs: the hooks pass the settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path

from . import export, feed, outputs, render
from .background import PageMaker, Work
from .pipeline import build_site, remember
from .site import Project, Site


@dataclass(frozen=True)
class Settings:
    """The settings of mkdocs.yml the exports read, and where they go."""

    site_dir: Path
    site_url: str = ""
    site_name: str = ""
    site_description: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        """What of them the exports' content depends on."""
        return (self.site_url, self.site_name, self.site_description)


def page_maker(project: Project, site: Site, settings: Settings) -> tuple[PageMaker, bool]:
    """The pages, in the order MkDocs reads them, and the exports once the last is taken; True when they are
    the last build's. Reading them back is quicker than forking, so a replay makes them in this process."""
    key = outputs.outputs_key(site.memo_key, settings.key) if site.memo_key else None
    replay = outputs.Replay.open(project.cache_dir, key) if key and site.build.reused else None
    rebuild = partial(_rebuild, project, settings, key)
    if replay is not None:
        return PageMaker((replay.makers(), partial(replay.write_files, settings.site_dir)), rebuild, fork=False), True
    return PageMaker(_work(project, site, settings, key), rebuild), False


def _work(project: Project, site: Site, settings: Settings, key: str | None) -> Work:
    makers = render.page_makers(site)
    recorder = outputs.Recorder(project.cache_dir, key, makers) if key else None
    closing = partial(_closing, project, site, settings, recorder)
    return (recorder.makers(makers) if recorder else makers), closing


def _rebuild(project: Project, settings: Settings, key: str | None) -> Work:
    """The work again, in this process (the pages' child failed): the model from the cache, if it can."""
    return _work(project, build_site(project), settings, key)


def _closing(project: Project, site: Site, settings: Settings, recorder: outputs.Recorder | None) -> None:
    """Once every page is made: the API JSON, calendar and feed, then the model and outputs kept for next time."""
    written = export.write_exports(site, settings.site_dir, settings.site_url or None)
    if settings.site_url:
        path = feed.write_feed(site, settings.site_dir, settings.site_url, settings.site_name, settings.site_description)
        written.append(path.relative_to(settings.site_dir).as_posix())
    remember(project, site)
    if recorder is not None:
        recorder.finish(settings.site_dir, written)
