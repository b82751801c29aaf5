"""Dates stated in another calendar are exported with that calendar's label, and the events export still validates
against its schema: a real `mkdocs build` over pages written for the test (a fisheries agreement signed in Lomé)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from conftest import ROOT, build_project, make_project, read_json

NEPALI = (
    "---\ntitle: माछा मार्ने सम्झौता\npublisher: समाचार सेवा\n---\n"
    "सरकारले छिमेकी देशहरूसँग लामो रातको वार्तापछि माछा मार्ने सम्झौतालाई स्वीकृति दिएको छ ।\n\n"
    "सम्झौता २०८२ फागुन ४ गते लागू भयो ।\n"
)
JAPANESE = (
    "---\ntitle: 漁業協定\npublisher: 市政だより\n---\n"
    "政府は近隣諸国との長い交渉の末、漁業協定を承認した。\n\n"
    "協定は令和6年3月8日に署名された。\n"
)


def test_dates_in_other_calendars_are_labelled_and_the_export_keeps_its_schema(tmp_path: Path) -> None:
    root = make_project(tmp_path, {"ne-fisheries.md": NEPALI, "ja-fisheries.md": JAPANESE})
    site = build_project(root, tmp_path / "site")
    events = read_json(site, "api/events.json")
    calendars = {(e["date"], e.get("calendar")) for e in events}
    assert ("2026-02-16", "bikram-sambat") in calendars  # 4 Phalgun 2082
    assert ("2024-03-08", "japanese") in calendars  # Reiwa 6
    schema = json.loads((ROOT / "hooks/briefing/schemas/events.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(events, schema)
