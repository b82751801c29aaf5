"""MkDocs hooks: a thin adapter from MkDocs events to the `briefing` package.

MkDocs imports this file once per process with `hooks/` on sys.path, so the package is
imported here at the top; `mkdocs serve` keeps module state between rebuilds, so each
build starts from `on_config`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from briefing import export, render
from briefing.pipeline import Project, Site, build_site

log = logging.getLogger("mkdocs.plugins.briefing")
_site: Site | None = None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    global _site
    _site = None
    root = Path(config.config_file_path).parent
    for folder in ("sources", "registry", "hooks"):
        path = str(root / folder)
        if path not in config.watch:
            config.watch.append(path)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _site
    _site = build_site(Project(Path(config.config_file_path).parent))
    for problem in _site.problems:
        (log.error if problem.severity == "error" else log.warning)(str(problem))
    for path, content in render.pages(_site).items():
        files.append(File.generated(config, path, content=content))
    config.nav = _expand_nav(config.nav, render.navigation(_site))
    stats = _site.stats
    log.info(f"briefing: {stats['files']} source files -> {stats['pages']} briefing pages, {stats['errors']} errors")
    return files


def _expand_nav(nav: list | None, briefings: list) -> list | None:
    """Replace the mkdocs.yml entry pointing at briefings/index.md with the generated section."""
    if nav is None:
        return None
    expanded = []
    for item in nav:
        if isinstance(item, dict) and list(item.values()) == ["briefings/index.md"]:
            expanded.append({next(iter(item)): briefings})
        else:
            expanded.append(item)
    return expanded


def on_post_build(config: MkDocsConfig) -> None:
    if _site is not None:
        export.write_exports(_site, Path(config.site_dir), config.site_url)
