"""The JSON exports are written in chunks of many records (one write each, not one per record), and are the same
bytes whatever the chunk's size: one record per line, a comma between, as a JSON array."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from briefing import export, exports
from conftest import make_project


def test_records_in_chunks_make_the_same_array_as_one_record_a_line(monkeypatch: pytest.MonkeyPatch) -> None:
    records = [{"id": f"r{n}", "title": "x" * (n % 5)} for n in range(7)]
    expected = b"[\n" + b",\n".join(export.encoded(r) for r in records) + b"\n]\n"
    for size in (1, 20, 1 << 18):
        monkeypatch.setattr(export, "CHUNK", size)
        chunks = list(export.json_records(records))
        assert b"".join(chunks) == expected
        assert json.loads(b"".join(chunks)) == records
    monkeypatch.setattr(export, "CHUNK", 1 << 18)
    assert len(list(export.json_records(records))) == 3  # "[", the records in one chunk, the end
    assert b"".join(export.json_records([])) == b"[\n]\n"


def test_a_sites_exports_do_not_depend_on_the_chunk_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefing.pipeline import Project, build_site

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    site = build_site(Project(make_project(tmp_path, copy_sources=True)))
    made = {}
    for size in (1, 100, 1 << 18):
        monkeypatch.setattr(export, "CHUNK", size)
        settings = exports.ExportSettings(tmp_path / f"site{size}", "https://example.org/briefing/", "Briefing")
        written = exports.write_exports(site, settings)
        made[size] = {rel: (settings.site_dir / rel).read_bytes() for rel in written}
    assert made[1] == made[100] == made[1 << 18]
    assert json.loads(made[1]["api/briefings.json"])
