"""Briefing: turn a folder of collected sources into an intelligence-style MkDocs site.

Stages, one module each, data flowing one way through frozen dataclasses (model.py):
load (files -> Source) -> extract (Source -> Briefing) -> link (chronology, related, actors)
-> assess (reliability notes) -> render (Markdown pages) and the exports (exports.py lists them all).
`pipeline.build_site` runs them; `hooks/briefing_hooks.py` hands MkDocs events to one `engine.Engine`,
which owns the build's state (and, under `mkdocs serve --dirty`, the preview's: preview.py).
"""

from .babelfix import isolate_locale_data

isolate_locale_data()  # before any module reads CLDR data through Babel
