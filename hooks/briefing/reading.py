"""One source file to what the build infers from it alone: the unit the extraction cache stores.

This module and what it imports are the extractor: cache.py fingerprints them to key its entries.
"""

from __future__ import annotations

import traceback
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from .errors import Problem, SourceError
from .extract import extract, rematch
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
        raise _failed(path.relative_to(root).as_posix(), exc) from None


def reread_briefing(made: Briefing, registry: Registry) -> Briefing:
    """What `read_briefing` gives of the source of `made` (which it gave with other registries) with `registry`."""
    try:
        return rematch(made, registry)
    except Exception as exc:
        raise _failed(made.source.path, exc) from None


def _failed(rel: str, exc: Exception) -> SourceError:
    """A failure no check foresaw is still this file's error, not the end of the build."""
    log.debug("%s:\n%s", rel, traceback.format_exc())
    message = f"the build failed on this file ({type(exc).__name__}: {str(exc)[:200]}); please report it with the file"
    return SourceError(Problem(rel, message))
