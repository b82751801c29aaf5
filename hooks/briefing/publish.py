"""What a build publishes from the site model: the generated pages' Markdown, then the exports.

They are the last build's when the model and the settings they read are unchanged (outputs.py),
and otherwise made, in a child process beside MkDocs when it can (background.py), and recorded
for next time. Nothing here knows MkDocs: the hooks pass the settings.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from . import outputs, render
from .background import PageMaker, Work
from .exports import ExportSettings as Settings
from .exports import write_exports
from .memo import PageMemo
from .pipeline import remember
from .site import Project, Site


def page_maker(
    project: Project, site: Site, settings: Settings, reload_site: Callable[[], Site], memo: PageMemo | None = None
) -> tuple[PageMaker, bool]:
    """The pages, in the order MkDocs reads them, and the exports once the last is taken; True when they are
    the last build's. Reading them back is quicker than forking, so a replay makes them in this process.
    Should the child fail, they are made again here from `reload_site()` (the caller lets the model go once
    the child has its copy).

    A preview (`mkdocs serve --dirty`: preview.py) makes them here, from its `memo` of the last build's where
    it can, and records nothing: storing the model and the pages would cost it seconds on every edit."""
    if memo is not None:
        exports = partial(write_exports, site, settings, memo.exports, memo.texts.folder)
        work = (memo.makers(site, render.page_makers(site)), exports)
        return PageMaker(work, partial(_rebuild, project, settings, None, reload_site), fork=False), False
    key = outputs.outputs_key(site.memo_key, settings.key) if site.memo_key else None
    replay = outputs.Replay.open(project.cache_dir, key) if key and site.build.reused else None
    rebuild = partial(_rebuild, project, settings, key, reload_site)
    if replay is not None:
        return PageMaker((replay.makers(), partial(replay.write_files, settings.site_dir)), rebuild, fork=False), True
    return PageMaker(_work(project, site, settings, key), rebuild), False


def _work(project: Project, site: Site, settings: Settings, key: str | None) -> Work:
    makers = render.page_makers(site)
    recorder = outputs.Recorder(project.cache_dir, key, makers) if key else None
    closing = partial(_closing, project, site, settings, recorder)
    return (recorder.makers(makers) if recorder else makers), closing


def _rebuild(project: Project, settings: Settings, key: str | None, reload_site: Callable[[], Site]) -> Work:
    """The work again, in this process (the pages' child failed)."""
    return _work(project, reload_site(), settings, key)


def _closing(project: Project, site: Site, settings: Settings, recorder: outputs.Recorder | None) -> None:
    """Once every page is made: every export, then the model and outputs kept for next time."""
    written = write_exports(site, settings)
    remember(project, site)
    if recorder is not None:
        recorder.finish(settings.site_dir, written)
