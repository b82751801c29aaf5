"""The floor for the benchmark: the pages a hooks build generates, as a plain MkDocs project.

Runs MkDocs' own start of a build (config, pre_build, files events) on a project, then writes
every page and docs file it would publish, already rendered to Markdown, into a new project whose
mkdocs.yml inherits the original with no hooks and the navigation the hooks produced. Building
that project costs what MkDocs and Material cost for these pages; the difference is ours.

    python bench/floor.py PROJECT TARGET
"""

from __future__ import annotations

import shutil
import sys
from collections import defaultdict
from pathlib import Path

import yaml
from mkdocs.commands.build import get_files, set_exclusions
from mkdocs.config import load_config


def not_in_nav_patterns(in_nav: set[str], not_in_nav: list[str]) -> list[str]:
    """Few gitignore-style patterns for `not_in_nav` (one per folder, not one per page)."""
    by_folder: dict[str, list[str]] = defaultdict(list)
    for uri in not_in_nav:
        by_folder[uri.rpartition("/")[0]].append(uri)
    patterns = []
    for folder, uris in sorted(by_folder.items()):
        if not folder:
            patterns += [f"/{uri}" for uri in uris]
            continue
        patterns.append(f"/{folder}/*.md")
        patterns += [f"!/{uri}" for uri in sorted(in_nav) if uri.rpartition("/")[0] == folder]
    return patterns


def write_floor(project: Path, target: Path) -> int:
    """Write the plain project into `target`; the number of pages written."""
    config = load_config(str(project / "mkdocs.yml"))
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = get_files(config)
    files.add_files_from_theme(config.theme.get_env(), config)
    files = config.plugins.on_files(files, config=config)
    set_exclusions(files, config)
    docs = target / "docs"
    in_nav: set[str] = set()
    not_in_nav: list[str] = []
    pages = 0
    docs_dir = Path(config.docs_dir).resolve()
    for f in files:
        ours = f.generated_by is not None or Path(f.abs_src_path or "/").resolve().is_relative_to(docs_dir)
        if not ours or f.inclusion.is_excluded():
            continue  # theme files: the plain build adds its own
        out = docs / f.src_uri
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(f.content_bytes)
        if f.is_documentation_page():
            pages += 1
            (not_in_nav.append(f.src_uri) if f.inclusion.is_not_in_nav() else in_nav.add(f.src_uri))
    shutil.copy(project / "mkdocs.yml", target / "mkdocs.base.yml")
    theme_dir = config.theme.custom_dir
    if theme_dir:
        shutil.copytree(theme_dir, target / Path(theme_dir).relative_to(project), dirs_exist_ok=True)
    plain = {
        "INHERIT": "mkdocs.base.yml",
        "hooks": [],
        "watch": [],
        "nav": config.nav,
        "not_in_nav": "\n".join(not_in_nav_patterns(in_nav, not_in_nav)),
    }
    (target / "mkdocs.yml").write_text(yaml.safe_dump(plain, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return pages


if __name__ == "__main__":
    print(write_floor(Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()))
