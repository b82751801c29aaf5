"""`briefing new`: a new project on real articles in three scripts builds with every asset its mkdocs.yml names,
its chronology filters in the browser, and search finds one word of any script typed alone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from briefing.cli import main
from briefing.realtext import source_text
from browser import chromium, start_server  # noqa: F401
from click.testing import CliRunner
from conftest import ROOT, build_project, read_json
from mkdocs.config import load_config

HELD_OUT = ROOT / "tests" / "data" / "realtext-heldout4"
# A name each article of the chosen ones holds, in its own script: Cyrillic, Han, Arabic.
WORDS = {"ru": "Пригожин", "zh": "普里戈任", "ar": "بوتين"}


def articles_naming(language: str, word: str) -> list[str]:
    """The source texts of the held-out articles in `language` that hold `word` (real texts nobody here wrote)."""
    data = yaml.safe_load((HELD_OUT / f"{language}.yaml").read_text(encoding="utf-8"))
    return [text for text in map(source_text, data["articles"]) if word in text]


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`briefing new`, two articles per script, then `mkdocs build --strict`."""
    root = tmp_path_factory.mktemp("scaffold") / "wagner"
    result = CliRunner().invoke(
        main, ["new", str(root), "--title", "The Wagner mutiny", "--language", "ru", "--site-url", "https://example.org/w/"]
    )
    assert result.exit_code == 0, result.output
    for language, word in WORDS.items():
        for n, text in enumerate(articles_naming(language, word)[:2]):
            (root / "sources" / f"{language}-{n}.txt").write_text(text, encoding="utf-8")
    build_project(root, root / "site")
    return root


@pytest.fixture(scope="module")
def url(project: Path) -> Iterator[str]:
    server, address = start_server(project / "site")
    yield address
    server.shutdown()


def test_every_asset_the_config_names_is_in_the_built_site(project: Path) -> None:
    config = load_config(str(project / "mkdocs.yml"))
    assets = [str(a) for a in (*config.extra_css, *config.extra_javascript)]
    assert "assets/chronology.js" in assets and "assets/search-input.js" in assets
    assert [a for a in assets if not (project / "site" / a).is_file()] == []
    assert len(read_json(project / "site", "api/briefings.json")) == len(list((project / "sources").glob("*.txt"))) >= 4
    assert b"https://example.org/w/briefings/" in (project / "site" / "feed.xml").read_bytes()


def test_without_a_site_url_the_scaffold_says_why_the_feed_is_missing(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["new", str(tmp_path / "b"), "--title", "B"])
    assert result.exit_code == 0 and "No --site-url: builds warn and write no feed.xml" in result.output
    assert (tmp_path / "b" / "mkdocs.yml").read_text(encoding="utf-8").startswith("# site_url: ")
    bad = CliRunner().invoke(main, ["new", str(tmp_path / "c"), "--title", "C", "--site-url", "example.org"])
    assert bad.exit_code == 1 and "--site-url 'example.org' is not an http(s) address" in bad.output


@pytest.mark.browser
def test_the_chronology_filters_work_with_no_missing_file(chromium, project: Path, url: str) -> None:  # noqa: F811
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    failed: list[str] = []
    page.on("response", lambda r: failed.append(r.url) if r.status >= 400 else None)
    page.on("pageerror", lambda exc: failed.append(str(exc)))
    page.goto(url + "chronology/")
    entries, visible = page.locator(".chronology .entry"), page.locator(".chronology .entry:visible")
    total = entries.count()
    assert total >= 2 and page.locator("form[data-filters]").is_visible()
    chinese = [b["id"] for b in read_json(project / "site", "api/briefings.json") if b["language"] == "zh"]
    sources = page.eval_on_selector_all("form[data-filters] select[name=source] option", "os => os.map(o => o.value)")
    source = next(s for s in sources if s in chinese and page.locator(f'.entry[data-source~="{s}"]').count())
    page.select_option("form[data-filters] select[name=source]", source)
    assert 0 < visible.count() < total
    assert page.inner_text("[data-filter-box] summary output") == f"{visible.count()} of {total} entries shown"
    assert failed == []
    page.close()


@pytest.mark.browser
@pytest.mark.parametrize("language", sorted(WORDS))
def test_one_word_of_any_script_typed_alone_is_searched(chromium, project: Path, url: str, language: str) -> None:  # noqa: F811
    page = chromium.new_page(viewport={"width": 1280, "height": 900})
    page.goto(url)
    page.keyboard.press("/")  # Material's shortcut to the search box
    meta = "document.querySelector('.md-search-result__meta').textContent.trim()"
    served = "fetch(location.href).then(r => r.text()).then(t => new DOMParser().parseFromString(t, 'text/html'))"
    initializing = page.evaluate(f"{served}.then(document => {meta})")  # "Initializing search", in Russian
    page.wait_for_function(f"() => {meta} !== {initializing!r}")  # a word typed before is read once it is ready
    # Playwright enters letters missing from its US layout as text with no key event, as pasting with the mouse,
    # dictation or an input method may: nothing else is pressed after the word.
    page.keyboard.type(WORDS[language])
    page.wait_for_selector(".md-search-result__item")  # the site speaks Russian: wait for results, not words
    titles = " ".join(page.locator(".md-search-result__item > a article h1").all_inner_texts())
    expected = [b["title"] for b in read_json(project / "site", "api/briefings.json") if b["language"] == language]
    assert expected and all(title.strip()[:20] in titles for title in expected), titles
    page.close()


def test_an_unknown_actor_id_is_matched_with_the_actors_the_sources_name(tmp_path: Path) -> None:
    root = tmp_path / "b"
    assert CliRunner().invoke(main, ["new", str(root), "--title", "B", "--language", "ru"]).exit_code == 0
    for n, text in enumerate(articles_naming("ru", WORDS["ru"])[:2]):
        (root / "sources" / f"ru-{n}.txt").write_text(text, encoding="utf-8")
    (root / "sources" / "typed.md").write_text(
        "---\ntitle: Typed by an editor\nactors: [prigozhin]\n---\nThe editor's own note on the mutiny.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["--root", str(root), "check"])
    line = next(line for line in result.stdout.splitlines() if line.startswith("sources/typed.md:3: error:"))
    assert "actor 'prigozhin' is not in registry/actors.yaml: the sources name" in line, line
    assert "prigozhin)" in line.split("the sources name")[1] and "briefing actors suggest" in line, line
    assert result.exit_code == 1 and "did you mean" not in line
