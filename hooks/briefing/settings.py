"""The project's settings, from the MkDocs configuration as MkDocs loaded it (`-f`, `!ENV`, `INHERIT` included).

They sit under `extra.briefing` in mkdocs.yml, all optional:

    extra:
      briefing:
        sources: sources      # the folder of sources, inside the project
        registry: registry    # the folder holding actors.yaml and outlets.yaml
        workers: 2            # extraction processes when many sources changed (default: one per core)
        print_limit: 200      # briefings in the print view, newest first
        held_html_mb: 100     # generated pages' HTML held uncompressed in a build (MB); beyond, the rest
                              # waits compressed: lower it where memory is short

The site's language is `theme.language`. An invalid setting stops the build with a PluginError that names
the key and what it may be.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from mkdocs.config import base, load_config
from mkdocs.config import config_options as opt
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError, PluginError

from .site import HELD_HTML_MB, PRINT_LIMIT, Project

KEY = "extra.briefing"


class BriefingConfig(base.Config):
    sources = opt.Type(str, default="sources")
    registry = opt.Type(str, default="registry")
    workers = opt.Optional(opt.Type(int))
    print_limit = opt.Type(int, default=PRINT_LIMIT)
    held_html_mb = opt.Type(int, default=HELD_HTML_MB)


ALLOWED = {
    "sources": "a folder inside the project, relative to mkdocs.yml",
    "registry": "a folder inside the project, relative to mkdocs.yml, holding actors.yaml and outlets.yaml",
    "workers": "a whole number of processes, 1 or more",
    "print_limit": "a whole number of briefings, 1 or more",
    "held_html_mb": "a whole number of megabytes, 1 or more",
}


def project(config: MkDocsConfig) -> Project:
    """The project as `config` (a loaded MkDocs configuration) describes it."""
    root = Path(config.config_file_path).parent
    raw = config.extra.get("briefing") if isinstance(config.extra, Mapping) else None  # a Config, not a dict
    if raw is None:
        raw = {}
    if not isinstance(raw, dict):
        raise PluginError(f"{KEY} must be a mapping of settings ({', '.join(ALLOWED)}), not {type(raw).__name__}")
    settings = BriefingConfig(config_file_path=config.config_file_path)
    settings.load_dict(raw)
    failed, warnings = settings.validate()
    for key, message in [*((k, str(e)) for k, e in failed), *warnings]:
        allowed = ALLOWED.get(key)
        raise PluginError(
            f"{KEY}.{key}: {message}; " + (f"allowed: {allowed}" if allowed else f"known settings: {', '.join(ALLOWED)}")
        )
    for key in ("workers", "print_limit", "held_html_mb"):
        value = settings[key]
        if value is not None and (isinstance(value, bool) or value < 1):
            raise PluginError(f"{KEY}.{key}: {value!r}; allowed: {ALLOWED[key]}")
    sources, registry = (_folder(root, key, settings[key], key in raw) for key in ("sources", "registry"))
    language = str(config.theme.get("language") or "en") if config.theme else "en"
    return Project(root, sources, registry, language, settings.workers, settings.print_limit, settings.held_html_mb)


def load_project(config_file: Path) -> Project:
    """The project of the MkDocs configuration file `config_file`, loaded as `mkdocs build -f` loads it."""
    try:
        config = load_config(str(config_file))
    except ConfigurationError as exc:
        raise PluginError(f"{config_file}: {exc}") from None
    return project(config)


def _folder(root: Path, key: str, value: Any, given: bool) -> str:
    """`value` as a path relative to `root`; a folder named in mkdocs.yml must exist there."""
    path = (root / value).resolve()
    if not path.is_relative_to(root.resolve()) or Path(value).is_absolute():
        raise PluginError(f"{KEY}.{key}: '{value}' is outside the project; allowed: {ALLOWED[key]}")
    if given and not path.is_dir():
        raise PluginError(f"{KEY}.{key}: '{value}' is not a folder; allowed: {ALLOWED[key]}")
    return path.relative_to(root.resolve()).as_posix()
