"""A generated page the navigation does not list gets its MkDocs `Page` from the hooks (generated.UnlistedPage): the
page MkDocs would make, its canonical and edit URLs worked out once per process for each URL. `mkdocs serve` made
every page's `Page` again on each edit, and their URLs (`urljoin`) were a tenth of an edit at 10,000 sources."""

from __future__ import annotations

from pathlib import Path

import pytest
from briefing.generated import GeneratedPage, UnlistedPage, give_pages
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files, InclusionLevel, get_files
from mkdocs.structure.pages import Page

PATHS = ["briefings/fisheries-talks.md", "actors/norway.md", "chronology/2021.md", "index.md", "a b/é ü.md"]


def _config(tmp_path: Path, settings: str) -> MkDocsConfig:
    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Fisheries\n{settings}", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.plugins._current_plugin = None  # as MkDocs sets it in an event (File.generated reads it)
    return config


def _shown(page: Page) -> tuple[object, ...]:
    return (page.url, page.canonical_url, page.abs_url, page.edit_url, page.title)


def _file(config: MkDocsConfig, path: str, edit_uri: str | None) -> GeneratedPage:
    file = GeneratedPage.made_by(config, path, lambda: "# A page\n", InclusionLevel.NOT_IN_NAV)
    file.edit_uri = edit_uri
    return file


@pytest.mark.parametrize(
    "settings",
    [
        "site_url: https://example.org/fisheries/\nrepo_url: https://example.org/repo\nedit_uri: edit/main/docs/\n",
        "site_url: https://example.org/fisheries\nrepo_url: https://example.org/repo/\nedit_uri: blob/main/\n",
        "site_url: http://127.0.0.1:8000/\nrepo_url: https://example.org/repo\nedit_uri_template: 'src/main/{path_noext}.txt'\n",
        "use_directory_urls: false\nrepo_url: https://example.org/repo\nedit_uri: '?path=/docs/'\n",
        "site_url: https://example.org/\n",
    ],
)
def test_a_listed_page_has_the_urls_mkdocs_gives(tmp_path: Path, settings: str) -> None:
    config = _config(tmp_path, settings)
    for path in PATHS:
        for edit_uri in (path, f"../sources/{Path(path).stem}.txt", None):
            for _ in range(2):  # the second time from what the first worked out
                plain = Page(None, _file(config, path, edit_uri), config)
                listed = UnlistedPage(None, _file(config, path, edit_uri), config)
                assert _shown(listed) == _shown(plain)


def test_an_edit_url_mkdocs_warns_about_still_warns_for_every_page(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config = _config(tmp_path, "edit_uri: not-a-url/\n")  # no repo_url: MkDocs warns that it is no URL
    for _ in range(2):
        with caplog.at_level("WARNING", logger="mkdocs"):
            caplog.clear()
            plain = Page(None, _file(config, "actors/norway.md", "actors/norway.md"), config)
            warned = len(caplog.records)
            caplog.clear()
            listed = UnlistedPage(None, _file(config, "actors/norway.md", "actors/norway.md"), config)
            assert warned >= 1 and len(caplog.records) == warned
        assert _shown(listed) == _shown(plain)


def test_pages_given_only_to_generated_pages_the_navigation_does_not_list(tmp_path: Path) -> None:
    config = _config(tmp_path, "site_url: https://example.org/\nrepo_url: https://example.org/repo\nedit_uri: e/\n")
    (tmp_path / "docs" / "about.md").write_text("# About\n", encoding="utf-8")
    unlisted = _file(config, "briefings/fisheries-talks.md", "../sources/fisheries-talks.txt")
    listed = GeneratedPage.made_by(config, "chronology/index.md", lambda: "# Chronology\n", InclusionLevel.UNDEFINED)
    files = Files([*get_files(config), unlisted, listed])
    give_pages(files, config)
    assert isinstance(unlisted.page, UnlistedPage) and unlisted.page.file is unlisted
    assert listed.page is None  # the navigation may give it a title: MkDocs makes it
    assert files.get_file_from_path("about.md").page is None
