"""`bench/bench_serve.py --plain`: the plain MkDocs floor of the generated pages is served, its edits reach the
served pages and are timed, and the hooks' own changes (add, delete, registry) are left out of its figures;
`bench/profile_serve.py --project` rebuilds that floor in one process, an edit of one of its pages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from bench_serve import measure, table  # noqa: E402


def test_plain_floor_is_served_profiled_and_its_edits_timed(tmp_path: Path) -> None:
    result = measure(12, 3, tmp_path, edits=2, plain=True, dirty=False, full=False)
    assert result["site"] == "plain"
    assert len(result["edits_s"]) == 2 and all(seconds > 0 for seconds in result["edits_cpu_s"])
    assert "registry_s" not in result and "full_build_s" not in result
    assert "hooks: []" in (tmp_path / "plain" / "mkdocs.yml").read_text(encoding="utf-8")
    (served,) = (tmp_path / "tmp").glob("mkdocs_*")
    edited = [page for page in served.glob("briefings/*/index.html") if "met again in Doha" in page.read_text("utf-8")]
    assert len(edited) == 1
    assert "| plain |" in table([result])

    figures = tmp_path / "profile.json"
    profile = [sys.executable, str(ROOT / "bench" / "profile_serve.py"), "--project", str(tmp_path / "plain")]
    subprocess.run([*profile, "--work", str(tmp_path / "prof"), "--changes", "edit", "--out", str(figures)], check=True)
    (rebuilt,) = json.loads(figures.read_text(encoding="utf-8"))["changes"]
    assert rebuilt["change"] == "edit" and rebuilt["cpu_s"] > 0
    pages = (tmp_path / "prof" / "site").glob("briefings/*/index.html")
    assert any("met again in Doha" in page.read_text("utf-8") for page in pages)
