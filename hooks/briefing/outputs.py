"""The last build's generated pages and exports, replayed when nothing they are made from has changed.

When a build reuses the stored site model (every source, registry, setting and file of this package
unchanged: see `pipeline.build_site`), rendering it again would give the same Markdown and the same
exports, at the cost of a second core busy for seconds beside MkDocs. So the process that makes
them also records them, in the order made, into one ZIP archive (`.cache/briefing/outputs.zip`),
and a build with the same key reads them back instead. The key covers the site model's key (which covers
every file of this package and every library it imports: fingerprint.py) and the settings the exports read.

Beside the archive, `outputs.seal` holds its key and the sha256 of its bytes: an archive that is
truncated, corrupt or made from other inputs is a miss, never read, and the pages are made again
and recorded anew (zipfile checks each member's CRC-32 on top). The archive is written to a
temporary file and renamed into place, then sealed, and only when every page was recorded.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import zipfile
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("briefing")
ARCHIVE = "outputs.zip"
SEAL = "outputs.seal"  # the archive's key and sha256, one per line
PAGES = "pages/"  # members: pages/<path under docs/>, in the order MkDocs reads them
FILES = "site/"  # ... and site/<path under the site directory> for each export
Makers = dict[str, Callable[[], str]]


def outputs_key(site_key: str, settings: Iterable[str]) -> str:
    """The key of the outputs of the site model stored under `site_key`, with these settings."""
    digest = hashlib.sha256(f"{site_key}\n".encode())
    for value in [*settings, os.environ.get("SOURCE_DATE_EPOCH", "")]:  # the calendar's stamp, when set
        digest.update(f"{value}\n".encode())
    return digest.hexdigest()


class Replay:
    """The pages and exports of an earlier build, from an archive whose bytes match its seal."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        names = archive.namelist()
        self.paths = [name.removeprefix(PAGES) for name in names if name.startswith(PAGES)]
        self.files = [name.removeprefix(FILES) for name in names if name.startswith(FILES)]

    @classmethod
    def open(cls, folder: Path, key: str) -> Replay | None:
        """The archive recorded under `key`, if it is whole; else None."""
        try:
            sealed_key, digest = (folder / SEAL).read_text(encoding="utf-8").split()
            if sealed_key != key:
                raise ValueError("made from other inputs")
            with (folder / ARCHIVE).open("rb") as stored:
                if hashlib.file_digest(stored, "sha256").hexdigest() != digest:
                    raise ValueError("its bytes are not the ones sealed")
            return cls(zipfile.ZipFile(folder / ARCHIVE))
        except FileNotFoundError:
            return None
        except Exception as exc:  # any damage at all means: make them again
            log.debug("cache: %s rejected (%s); making the pages again", ARCHIVE, exc)
            return None

    def makers(self) -> Makers:
        return {path: partial(self.page, path) for path in self.paths}

    def page(self, path: str) -> str:
        return self.archive.read(PAGES + path).decode("utf-8")

    def write_files(self, site_dir: Path) -> None:
        """The exports, as they were written, into the site directory."""
        for rel in self.files:
            target = site_dir / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            with self.archive.open(FILES + rel) as stored, target.open("wb") as out:
                shutil.copyfileobj(stored, out)
        self.archive.close()


class Recorder:
    """Records the pages as they are made, then the exports, into a new archive under `key`.

    Opened by the first page it records, in the process that makes the pages (a forked child,
    usually); kept only if every one of `paths` was recorded."""

    def __init__(self, folder: Path, key: str, paths: Iterable[str]) -> None:
        self.folder, self.key, self.missing = folder, key, set(paths)
        self.archive: zipfile.ZipFile | None = None
        self.partial: Path | None = None

    def makers(self, makers: Makers) -> Makers:
        """The same makers, each recording what it made."""
        return {path: partial(self._record, path, make) for path, make in makers.items()}

    def _record(self, path: str, make: Callable[[], str]) -> str:
        text = make()
        archive = self._archive()
        if archive is not None and path in self.missing:
            archive.writestr(PAGES + path, text.encode("utf-8"))
            self.missing.discard(path)
        return text

    def _archive(self) -> zipfile.ZipFile | None:
        if self.archive is None and self.partial is None:
            self.partial = self.folder / f"{ARCHIVE}.{os.getpid()}.part"
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                self.archive = zipfile.ZipFile(self.partial, "w", zipfile.ZIP_DEFLATED, compresslevel=1)
            except OSError as exc:  # a read-only checkout still builds, only slower next time
                log.info("cannot write the cache archive %s: %s", self.partial, exc)
        return self.archive

    def finish(self, site_dir: Path, files: Iterable[str]) -> None:
        """Record the exports just written to `site_dir`; keep the archive, sealed, if it holds every page."""
        archive = self._archive()
        if archive is None or self.partial is None:
            return
        try:
            for rel in files:
                archive.write(site_dir / rel, FILES + rel)
            archive.close()
            if self.missing:
                raise ValueError(f"{len(self.missing)} pages were made elsewhere")
            with self.partial.open("rb") as written:
                digest = hashlib.file_digest(written, "sha256").hexdigest()
            os.replace(self.partial, self.folder / ARCHIVE)
            seal = self.folder / f"{SEAL}.{os.getpid()}.part"
            seal.write_text(f"{self.key}\n{digest}\n", encoding="utf-8")
            os.replace(seal, self.folder / SEAL)
        except (OSError, ValueError) as exc:
            log.debug("cache: outputs not kept (%s)", exc)
            archive.close()
            self.partial.unlink(missing_ok=True)
        finally:
            self.archive = None
