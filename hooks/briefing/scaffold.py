"""`briefing new DIR`: a working briefing project on a new topic, made from this repository's own files
(the hook file, theme overrides, stylesheets and the pages every briefing has), with empty sources/ and
registries: the base knowledge (knowledge.py) and detection find actors until the registry grows."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

REPOSITORY = Path(__file__).resolve().parents[2]  # hooks/briefing/ -> the repository holding mkdocs.yml
COPIED = ("hooks/briefing_hooks.py", "overrides", "docs/assets/briefing.css", "docs/assets/print.css")
COPIED += ("docs/assets/reliability.css", "docs/assets/chronology.css", "docs/assets/reliability.js", "docs/tags.md")
COPIED += ("docs/method.md", "docs/editors.md", ".gitignore")
HOME_MARKER = "<!-- briefing: home -->"  # where the hooks put the newest briefings and events
SEARCH_LANGUAGES = {
    "ar",
    "da",
    "de",
    "du",
    "en",
    "es",
    "fi",
    "fr",
    "hu",
    "it",
    "ja",
    "nl",
    "no",
    "pt",
    "ro",
    "ru",
    "sv",
    "th",
    "tr",
    "vi",
}


def new_project(target: Path, title: str, language: str) -> list[Path]:
    """Write the project; ValueError says what is wrong (a folder that is not empty, an unknown language)."""
    if target.exists() and any(target.iterdir()):
        raise ValueError(f"{target} is not empty: give a new folder")
    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"--language '{language}' is not a language code CLDR knows (try en, fr, ar, ru)") from None
    missing = [name for name in COPIED if not (REPOSITORY / name).exists()]
    if missing or not (REPOSITORY / "mkdocs.yml").exists():
        raise ValueError(f"the package is not installed from its repository ({REPOSITORY}): {', '.join(missing)} missing")
    written = []
    for name in COPIED:
        source, destination = REPOSITORY / name, target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, destination, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copyfile(source, destination)
        written.append(destination)
    for folder in ("sources", "registry"):
        (target / folder).mkdir(exist_ok=True)
    (target / "sources" / ".gitkeep").write_text("", encoding="utf-8")
    files = {
        "mkdocs.yml": _mkdocs_yml(title, language),
        "registry/actors.yaml": "# Actors of this briefing (see docs/editors.md). The package's base knowledge already knows\n"
        "# states, capitals and the main organisations; `briefing actors suggest` drafts entries for the rest.\nactors: []\n",
        "registry/outlets.yaml": "# Outlets of this briefing (see docs/editors.md); the main news agencies are built in.\n"
        "outlets: []\n",
        "docs/index.md": f"# {_markdown_text(title)}\n\nA briefing built from the sources in `sources/`.\n\n{HOME_MARKER}\n",
        "README.md": f"# {_markdown_text(title)}\n\n## Start your own briefing\n\n"
        "Drop sources into `sources/` (or `briefing add FILE`), then `mkdocs serve`. States, capitals, the main\n"
        "organisations and news agencies are known without a registry; people and organisations found in the\n"
        "text are shown as detected; `briefing actors suggest` writes registry entries for them to review.\n",
    }
    for name, text in files.items():
        (target / name).write_text(text, encoding="utf-8")
        written.append(target / name)
    return written


def _markdown_text(text: str) -> str:
    """A title as plain text in Markdown: no markup, no HTML."""
    return re.sub(r"([\\`*_{}\[\]<>#|!])", r"\\\1", " ".join(text.split()))


def _mkdocs_yml(title: str, language: str) -> str:
    config = yaml.safe_load((REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_name"] = " ".join(title.split())
    config["site_description"] = "An intelligence-style briefing built from collected sources."
    for key in ("site_url", "repo_url", "edit_uri"):
        config.pop(key, None)
    config["theme"]["language"] = language
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "search" in plugin:
            plugin["search"]["lang"] = sorted({"en", language} & SEARCH_LANGUAGES)
    return yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
