"""A site too large to hold every generated page's HTML (`held_html_mb`) holds none of it once every page is converted:
Material's tags plugin then makes its listings (at 10,000 sources 55 MB of HTML, held several times over while it is
joined) and MkDocs renders the pages, and the pages held until then were what that peak came on top of (the serving
process's first build peaked at 2.14 GB, issue 18's target is 2 GB). Each page's HTML comes back as it is rendered:
the served site is byte for byte a full build's, and a build that holds every page gives the same site."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from briefing.engine import Engine
from conftest import ROOT, dirty_rebuild, make_project, mkdocs_log
from mkdocs.structure.files import Files

sys.path.insert(0, str(ROOT / "bench"))
from serving import EPOCH, differences, full_build

URL = "http://127.0.0.1:8000/briefing/"
HOLD = 200_000  # characters of HTML held: the example's generated pages hold more (the test checks pages were parked)


def test_pages_held_go_to_disk_before_the_tags_listings_and_the_site_is_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_project(tmp_path, copy_sources=True)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    monkeypatch.chdir(root)
    held: list[tuple[int, int]] = []  # at the hooks' on_env, before the tags plugin's: generated pages' HTML, parked pages
    files, env = Engine.files, Engine.env

    def limited(self: Engine, found: Files, config: Any) -> Files:
        """A limit the example passes (`held_html_mb` is a whole number of MB, 1 or more; the example holds less)."""
        found = files(self, found, config)
        self.hold_limit = HOLD
        return found

    def measured(self: Engine, jinja: Any, config: Any, files: Files) -> None:
        env(self, jinja, config, files)
        pages = [file.page for file in files.documentation_pages() if file.src_uri in self.generated and file.page]
        held.append((sum(len(page.content or "") for page in pages), len(self.parked)))

    monkeypatch.setattr(Engine, "files", limited)
    monkeypatch.setattr(Engine, "env", measured)
    served = tmp_path / "served"
    with mkdocs_log():
        dirty_rebuild(root, served, first=True)
    [(in_memory, parked)] = held
    assert parked > 10  # the limit was passed: these pages wait on disk
    assert in_memory == 0  # ... and so does every page held before the limit

    built = tmp_path / "built"
    full_build(root, built, URL)  # in its own process: the default limit, every page held
    assert differences(served, built) == []
