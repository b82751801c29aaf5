"""One source file to what the build infers from it alone: the unit the extraction cache stores.

This module and what it imports are the extractor: cache.py fingerprints them to key its entries.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from .errors import Problem, SourceError
from .extract import extract
from .load import load_source
from .model import Briefing
from .registry import Registry

log = get_plugin_logger("briefing")


def read_briefing(path: Path, root: Path, registry: Registry) -> Briefing:
    """One source file to what the build infers from it alone: the unit the extraction cache stores.

    A failure no check foresaw is still this file's error, not the end of the build: every other page
    is built, `briefing check` reports the same message and `--strict` fails."""
    try:
        return extract(load_source(path, root), registry)
    except SourceError:
        raise
    except Exception as exc:
        log.debug("%s:\n%s", path, traceback.format_exc())
        message = f"the build failed on this file ({type(exc).__name__}: {str(exc)[:200]}); please report it with the file"
        raise SourceError(Problem(path.relative_to(root).as_posix(), message)) from None
