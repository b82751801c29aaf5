"""`briefing new DIR`: a working briefing project on a new topic, made from this repository's own files
(the hook file, theme overrides, stylesheets and the pages every briefing has), with empty sources/ and
registries: the base knowledge (knowledge.py) and detection find actors until the registry grows."""

from __future__ import annotations

import re
import shutil
import urllib.parse
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

REPOSITORY = Path(__file__).resolve().parents[2]  # hooks/briefing/ -> the repository holding mkdocs.yml
COPIED_ALWAYS = (".gitignore",)  # every other copied file is one the generated mkdocs.yml names (`referenced`)
WRITTEN_PAGES = ("index.md",)  # written for the topic, not copied
NO_SITE_URL = (  # at the top of mkdocs.yml when `briefing new` had no --site-url
    "# site_url: https://example.org/briefing/  # the address the site is published at: until it is set, every\n"
    "# build warns and writes no feed.xml (a feed's items need absolute links)\n"
)
HOME_MARKER = "<!-- briefing: home -->"  # where the hooks put the newest briefings and events
SEARCH_LANGUAGES = {  # lunr's languages, less ja and th (they load a word segmenter, untried on other scripts)
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
    "nl",
    "no",
    "pt",
    "ro",
    "ru",
    "sv",
    "tr",
    "vi",
}


def new_project(target: Path, title: str, language: str, site_url: str | None = None) -> list[Path]:
    """Write the project; ValueError says what is wrong (a folder that is not empty, an unknown language, an
    address that is not http(s))."""
    if target.exists() and any(target.iterdir()):
        raise ValueError(f"{target} is not empty: give a new folder")
    parts = urllib.parse.urlsplit(site_url or "")
    if site_url is not None and (parts.scheme not in ("http", "https") or not parts.netloc):
        raise ValueError(f"--site-url '{site_url}' is not an http(s) address (e.g. https://example.org/briefing/)")
    try:
        Locale.parse(language)
    except (UnknownLocaleError, ValueError):
        raise ValueError(f"--language '{language}' is not a language code CLDR knows (try en, fr, ar, ru)") from None
    if not (REPOSITORY / "mkdocs.yml").exists():
        raise ValueError(f"the package is not installed from its repository ({REPOSITORY}): mkdocs.yml missing")
    config = _mkdocs_config(title, language, site_url)
    copied = [*COPIED_ALWAYS, *referenced(config)]
    missing = [name for name in copied if not (REPOSITORY / name).exists()]
    if missing:
        raise ValueError(f"the package is not installed from its repository ({REPOSITORY}): {', '.join(missing)} missing")
    written = []
    for name in copied:
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
        "mkdocs.yml": ("" if site_url else NO_SITE_URL) + yaml.safe_dump(config, allow_unicode=True, sort_keys=False),
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


def referenced(config: dict) -> list[str]:
    """The repository files a configuration loads, relative to the project: its hook files, theme overrides,
    stylesheets, scripts and the hand-written pages of its navigation (generated pages are not files). Copying
    exactly these keeps the scaffold from naming an asset it does not ship."""
    docs = config.get("docs_dir", "docs")
    names = [*config.get("hooks", []), *filter(None, [config.get("theme", {}).get("custom_dir")])]
    scripts = [s["path"] if isinstance(s, dict) else s for s in config.get("extra_javascript", [])]
    names += [f"{docs}/{asset}" for asset in (*config.get("extra_css", []), *scripts)]
    pages = [f"{docs}/{page}" for page in _nav_pages(config.get("nav", [])) if page not in WRITTEN_PAGES]
    return names + [page for page in pages if (REPOSITORY / page).is_file()]


def _nav_pages(nav: object) -> list[str]:
    """The Markdown files a `nav:` names, at any depth (addresses of other sites are not files)."""
    if isinstance(nav, str):
        return [] if "://" in nav else [nav]
    if isinstance(nav, dict):
        return [page for value in nav.values() for page in _nav_pages(value)]
    if isinstance(nav, list):
        return [page for item in nav for page in _nav_pages(item)]
    return []


def _mkdocs_config(title: str, language: str, site_url: str | None) -> dict:
    config = yaml.safe_load((REPOSITORY / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_name"] = " ".join(title.split())
    config["site_description"] = "An intelligence-style briefing built from collected sources."
    for key in ("site_url", "repo_url", "edit_uri"):
        config.pop(key, None)
    if site_url:  # placed where the example has it, after the title and description
        config = {**{k: v for k, v in config.items() if k in ("site_name", "site_description")}, "site_url": site_url, **config}
    config["theme"]["language"] = language
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "search" in plugin:
            # one language, as in the example's mkdocs.yml: two would strip other scripts from the index
            plugin["search"]["lang"] = [language if language in SEARCH_LANGUAGES else "en"]
    return config
