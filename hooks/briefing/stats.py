"""`briefing stats`: the source base at a glance (languages, years, grades, notes, actors, events)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from .model import Briefing
from .site import Site


def grade(site: Site, b: Briefing) -> str:
    """Admiralty grade such as 'B2' (the editor's, from the assessment or the frontmatter), or 'not yet graded'."""
    assessment = site.assessments.get(b.id)
    letter, number = (assessment.grade.source, assessment.grade.credibility) if assessment else (None, None)
    letter, number = letter or b.reliability.get("source"), number or b.reliability.get("credibility")
    if not letter and not number:
        return "not yet graded"
    return f"{letter or '?'}{number or '?'}"


def note_codes(site: Site, b: Briefing) -> list[str]:
    assessment = site.assessments.get(b.id)
    return [note.code for note in assessment.notes] if assessment else []


def _suggested(site: Site, b: Briefing) -> str | None:
    assessment = site.assessments.get(b.id)
    return str(assessment.suggested_credibility) if assessment else None


def summary(site: Site) -> dict[str, Any]:
    """Counts as plain data, for the text table and for `--format json`."""
    briefings = site.briefings
    events = [e for b in briefings for e in b.events]
    mentioned = Counter(a for b in briefings for a in b.actors)
    return {
        "sources": len(briefings),
        "files": site.stats.get("files", len(briefings)),
        "errors": len(site.errors),
        "by_language": dict(Counter(b.language for b in briefings).most_common()),
        "by_year": dict(sorted(Counter(b.published.date[:4] if b.published.date else "undated" for b in briefings).items())),
        "grades": dict(sorted(Counter(grade(site, b) for b in briefings).items())),
        "notes_by_code": dict(Counter(code for b in briefings for code in note_codes(site, b)).most_common()),
        "suggested_credibility": dict(sorted(Counter(s for b in briefings if (s := _suggested(site, b))).items())),
        "assessed": bool(site.assessments),
        "actors": {
            "in_registry": len(site.registry.actors),
            "mentioned": len(mentioned),
            "most_mentioned": {a: n for a, n in mentioned.most_common(10)},
        },
        "outlets_in_registry": len(site.registry.outlets),
        "candidate_actors": len({c.name for b in briefings for c in b.candidates}),
        "events": {
            "total": len(events),
            "dated": sum(e.date is not None for e in events),
            "unresolved": sum(e.date is None for e in events),
            "planned": sum(e.planned for e in events),
        },
    }


def format_text(data: dict[str, Any]) -> str:
    errors = f"{data['errors']} errors: run `briefing check`" if data["errors"] else "no errors"
    lines = [f"Sources: {data['sources']} pages from {data['files']} files ({errors})"]

    def table(title: str, counts: Mapping[str, int], empty: str = "none") -> None:
        lines.append(f"\n{title}")
        if not counts:
            lines.append(f"  {empty}")
        width = max((len(str(k)) for k in counts), default=0)
        lines.extend(f"  {str(key).ljust(width)}  {value:>5}" for key, value in counts.items())

    table("By language", data["by_language"])
    table("By year of publication", data["by_year"])
    table("Grades (source reliability A-F, information credibility 1-6)", data["grades"])
    table("Credibility the build suggests (from corroboration)", data["suggested_credibility"], "none (no assessment)")
    no_notes = "none" if data["assessed"] else "none (this build has no reliability assessment yet)"
    table("Reliability notes by code", data["notes_by_code"], no_notes)
    actors = data["actors"]
    lines.append(f"\nActors: {actors['in_registry']} in the registry, {actors['mentioned']} mentioned in sources")
    lines.append(f"Candidate actors (names not in the registry): {data['candidate_actors']}")
    table("Most mentioned actors (sources)", actors["most_mentioned"])
    events = data["events"]
    counts = f"{events['dated']} dated, {events['unresolved']} unresolved, {events['planned']} planned"
    lines.append(f"\nEvents: {events['total']} ({counts})")
    lines.append(f"Outlets in the registry: {data['outlets_in_registry']}")
    return "\n".join(lines)
