"""A few hundred generated sources (bench/generate.py) build with `--strict`, every internal link
resolves, every briefing is reachable from the listing pages, and the navigation does not grow with
the number of sources. A correctness test: `make bench` measures the time."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlparse

import lxml.html
import pytest
from briefing import link, render
from conftest import ROOT, build_project, make_project, read_json

sys.path.insert(0, str(ROOT / "bench"))
from generate import generate

N = 300


@pytest.fixture(scope="module")
def scale_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("scale")
    root = make_project(tmp)
    generate(root / "sources", N, seed=7)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(render, "LIST_LIMIT", 40)  # per-year listing pages, and years of several pages, at this N
        patch.setattr(link, "PAGE_LIMIT", 60)  # per-year chronology pages, and years in parts
        return build_project(root, tmp / "site", strict=True)


@cache
def _html(path: Path) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(path.read_bytes())


@cache
def _ids(path: Path) -> frozenset[str]:
    return frozenset(_html(path).xpath("//@id") + _html(path).xpath("//@name"))


def _target(site: Path, page: Path, href: str) -> tuple[Path, str] | None:
    """The built file (and #anchor) an internal href points at; None for external links."""
    url = urlparse(urljoin("http://site/" + page.relative_to(site).as_posix(), href))
    if url.scheme not in ("http", "https") or url.netloc != "site":
        return None
    target = site / unquote(url.path).lstrip("/")
    if url.path.endswith("/") or target.is_dir():
        target = target / "index.html"
    return target, unquote(url.fragment)


def _links(site: Path, page: Path) -> list[tuple[str, Path, str]]:
    found = []
    for a in _html(page).iter("a"):
        href = a.get("href")
        if href and (target := _target(site, page, href)):
            found.append((href, *target))
    return found


def test_every_internal_link_resolves(scale_site: Path) -> None:
    broken = []
    pages = [p for p in scale_site.rglob("*.html") if p.name != "404.html"]  # 404.html uses absolute site_url paths
    assert len(pages) > N
    for page in pages:
        for href, target, anchor in _links(scale_site, page):
            if not target.is_file():
                broken.append(f"{page.relative_to(scale_site)}: {href} (no such file)")
            elif anchor and target.suffix == ".html" and anchor not in _ids(target):
                broken.append(f"{page.relative_to(scale_site)}: {href} (no such anchor)")
    assert broken == []


def test_every_briefing_is_reached_from_the_listing_pages(scale_site: Path) -> None:
    briefings = {scale_site / b["path"] / "index.html" for b in read_json(scale_site, "api/briefings.json")}  # type: ignore[attr-defined]
    assert len(briefings) == N
    listing, seen, reached = [scale_site / "briefings" / "index.html"], set(), set()
    while listing:  # the listing pages: the index and the pages it leads to under briefings/ that are not briefings
        page = listing.pop()
        seen.add(page)
        for _, target, _ in _links(scale_site, page):
            if target in briefings:
                reached.add(target)
            elif target.is_relative_to(scale_site / "briefings") and target.is_file() and target not in seen | set(listing):
                listing.append(target)
    assert reached == briefings
    assert len(seen) > 10  # the index and the per-year pages (several for the undated sources)


def test_chronology_pages_are_bounded(scale_site: Path) -> None:
    entries = read_json(scale_site, "api/chronology.json")
    pages = {(scale_site / e["path"].partition("#")[0] / "index.html") for e in entries}  # type: ignore[union-attr]
    assert len(entries) > 300 and len(pages) > 10  # type: ignore[arg-type]
    assert any(p.parent.name.endswith("-2") for p in pages)  # a year (or the undated) in parts
    assert all(p.is_file() for p in pages)


def test_navigation_does_not_list_every_briefing(scale_site: Path) -> None:
    some_briefing = scale_site / read_json(scale_site, "api/briefings.json")[0]["path"] / "index.html"  # type: ignore[index]
    nav_links = _html(some_briefing).xpath("//nav[contains(@class, 'md-nav--primary')]//a")
    assert 0 < len(nav_links) < 60


def test_listing_index_goes_newest_year_first_undated_last(scale_site: Path) -> None:
    index = _html(scale_site / "briefings" / "index.html")
    years = [a.text_content().split()[0] for a in index.xpath("//ul[@class='briefing-years']/li/a")]
    dated = [y for y in years if y != "Undated"]
    assert dated == sorted(dated, reverse=True) and years[-1] == "Undated"


DIGEST = """
import hashlib, json, sys
from pathlib import Path
from briefing import export
from briefing.pipeline import Project, build_site
site = build_site(Project(Path(sys.argv[1])))
records = [export.chronology_records(site), [[r.briefing for r in v] for _, v in sorted(site.links.related.items())]]
print(hashlib.sha256(json.dumps(records).encode()).hexdigest())
"""


def test_chronology_and_related_do_not_depend_on_the_hash_seed(scale_site: Path) -> None:
    """Set and dict orders change with PYTHONHASHSEED from one process to the next; the site must not."""
    root = scale_site.parent / "project"
    digests = {
        subprocess.run(
            [sys.executable, "-c", DIGEST, str(root)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT / "hooks")},
        ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(digests) == 1
