"""Briefing: turn a folder of collected sources into an intelligence-style MkDocs site.

Stages, one module each, data flowing one way through frozen dataclasses (model.py):
load (files -> Source) -> extract (Source -> Briefing) -> link (chronology, related, actors)
-> assess (reliability notes) -> render (Markdown pages) and export (JSON, iCalendar, feed).
`pipeline.build_site` runs them; `hooks/briefing_hooks.py` adapts MkDocs events to it.
"""
