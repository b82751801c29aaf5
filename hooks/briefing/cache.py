"""A content cache for extraction, so a rebuild only reads again the sources that changed.

An entry is the `Briefing` that `extract` made of one source (before ids are assigned), with the digest of
the registries it was made with, stored under `.cache/briefing/` next to mkdocs.yml (ignored by git, never
inside docs/ or site/). Its key is a hash of the file's path and bytes and a fingerprint of the extractor (its
VERSION, the code of every module that shapes a Briefing, the package's data and the versions of the libraries
they import, found by following the imports: fingerprint.py), so a changed input never meets an old result.
The key is computed from the raw bytes, before `load_source`, because loading costs time too.
An entry made with other registries still holds when the edit cannot change what extraction reads of them for
that source (registry_edit.py: a renamed actor the source never names): the registries each entry was made
with are kept beside the entries (`registries-<digest>`) until no entry refers to them. An entry that does not hold
is, when the misses are made in this process, read again from itself: only what extraction reads of the registries
is made again (`extract.rematch`).

Each file holds a header (format, key, checksum of the payload) and a gzipped pickle.
Pickle is used because the entries are written and read by this same code on this machine, with
the same trust as `hooks/`; the header makes a truncated, corrupt or mislabelled entry a miss
that is re-extracted and rewritten, never trusted. Entries a build did not use are removed at
the end of that build, so the folder holds one entry per current source. Under `mkdocs serve` the
entries also stay in memory between rebuilds, so an edit re-reads one file, not the folder.

When many sources miss (a first build, a registry edit that touches many), they are extracted in worker processes,
one per core: extraction is the one part of the build that is the same work for each source alone.
"""

from __future__ import annotations

import contextlib
import gc
import gzip
import hashlib
import io
import multiprocessing
import os
import pickle
import shutil
import sys
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TypeVar

from mkdocs.plugins import get_plugin_logger

from . import extract, fingerprint
from .background import die_with_parent
from .errors import Problem, SourceError
from .fingerprint import site_fingerprint
from .model import Briefing
from .registry import Registry
from .registry_edit import RegistryEdit

log = get_plugin_logger("briefing")
FORMAT = b"briefing-cache-3"
SUFFIX = ".entry"
# reading.read_briefing, the registries the pipeline loads for it, and what tells an entry still holds after an edit;
# and the package's __init__, which runs before any of them (it sets how Babel reads CLDR data: babelfix)
EXTRACTION = ("__init__", "reading", "registry", "registry_edit")
REGISTRIES = "registries-"  # + digest: the registries entries were made with
SITE_MEMO = "site.memo"  # the last whole site model, for a build whose sources, settings and code are all unchanged
T = TypeVar("T")


@dataclass
class Entry:
    """One source's Briefing and the registries' digest it was made with; in memory, also the last registries it
    was found to hold for."""

    briefing: Briefing
    made_with: str
    holds_for: str = ""

    def __getstate__(self) -> dict[str, object]:
        return {"briefing": self.briefing, "made_with": self.made_with, "holds_for": self.made_with}


# Entries that survive rebuilds inside one process (`mkdocs serve`): folder -> key -> Entry, folder -> digest ->
# the registries of that digest, and folder -> (key, site model) for the last site.
_memory: dict[Path, dict[str, Entry]] = {}
_registries: dict[Path, dict[str, Registry]] = {}
_sites: dict[Path, tuple[str, object]] = {}


def forget() -> None:
    """Drop the in-process entries (as a new process would start); the files stay."""
    _memory.clear()
    _registries.clear()
    _sites.clear()


@cache
def extractor_fingerprint() -> str:
    """What, besides the source and the registries, decides a Briefing: the modules that read a source, extract
    from it and read the registries, with every module of this package they import, the package's data, and
    the libraries all of these import (fingerprint.py). Computed once per process, so under `mkdocs serve`
    (which never reloads hook code) it describes the code that is running, not code edited on disk since.
    """
    return fingerprint.fingerprint(extractor_files(), salt=f"VERSION={extract.VERSION}")


RACY_NS = 2_000_000_000  # a file changed this close before it was read may change again unseen by its stat (FAT: 2 s)
Stat = tuple[int, int, int, int, int]  # what a file's stat says of its content: device, inode, size, mtime and ctime (ns)
# a source's key, by what its stat said when it was read (and the extraction code's fingerprint, part of every key)
_keys_read: dict[tuple[Path, str, str], tuple[Stat, str]] = {}


def source_key(path: Path, rel: str, key: Callable[[str, bytes], str]) -> str:
    """`key` of a source's bytes; taken again without reading the file while its stat says what it said when it was
    last read: `mkdocs serve` computes every source's key on each edit of one (at 3,000 sources, reading and hashing
    them was 0.05 s of an edit's CPU). Kept only for a file unchanged for RACY_NS before it was read: a later write in
    the same tick of the file system's clock would leave its stat as it was (git's "racy" files). Raises OSError."""
    seen, known = _stat(path), (path, rel, extractor_fingerprint())
    kept = _keys_read.get(known)
    if kept is not None and kept[0] == seen:
        return kept[1]
    read_at = time.time_ns()
    found = key(rel, path.read_bytes())
    if seen[3] < read_at - RACY_NS:
        _keys_read[known] = (seen, found)
    else:
        _keys_read.pop(known, None)
    return found


def _stat(path: Path) -> Stat:
    found = path.stat()
    return (found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def extractor_files() -> list[Path]:
    modules = [fingerprint.module_file(name) for name in fingerprint.closure(EXTRACTION)]
    # The package's data, and the registries' JSON Schemas (registry_schema.py checks each entry against them).
    read = ("data", "schemas")
    return [*modules, *(p for p in fingerprint.package_files() if p.relative_to(fingerprint.PACKAGE).parts[0] in read)]


Make = Callable[[Path], Briefing]  # one source file to its Briefing; picklable, as workers receive it
Rematch = Callable[[Briefing], Briefing]  # a source's Briefing made with other registries to today's (extract.rematch)
Job = tuple[Path, str | None, str]  # a source, its key and the registries' digest
Result = Briefing | tuple[Problem, ...]  # a page, or every problem of its file
ABANDONED_S = 3600  # a temporary file (*.part) untouched this long belongs to a build that was stopped
STATS = ("extracted", "cache_hits", "cache_rejected", "extract_ms", "registry_kept", "rematched")  # what a build counts
PARALLEL_MIN = 100  # fewer misses than this are extracted in this process: starting workers costs ~1 s
WARM_UP = 8  # misses made in this process before the workers fork, so that they inherit what it loaded


@dataclass
class ExtractionCache:
    """Look up or make the Briefing of each source with `registry` (None: only the site model is stored); counts
    what it did in `stats`."""

    folder: Path
    registry: Registry | None = None
    workers: int | None = None  # processes for many misses (mkdocs.yml extra.briefing.workers); None: one per core
    helper: KeptHelper | None = None  # a preview's: its few misses are made there, never in this process
    used: set[str] = field(default_factory=set)
    keys: dict[Path, str | None] = field(default_factory=dict)  # each source's key, computed once
    stats: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATS, 0))
    memory: dict[str, Entry] = field(init=False)
    made_with: set[str] = field(default_factory=set)  # the registries the entries used were made with
    edits: dict[str, RegistryEdit | None] = field(default_factory=dict)  # from the registries of a digest to today's
    stale: set[str] = field(default_factory=set)  # keys of the entries made with registries they no longer hold for

    def __post_init__(self) -> None:
        self.folder = self.folder.resolve()
        self.memory = _memory.setdefault(self.folder, {})

    @property
    def digest(self) -> str:
        return self.registry.digest if self.registry else ""

    def key(self, rel: str, data: bytes) -> str:
        digest = hashlib.sha256(f"{extractor_fingerprint()}\n{rel}\n".encode())
        digest.update(data)
        return digest.hexdigest()

    def briefings(self, jobs: list[tuple[Path, str]], make: Make, rematch: Rematch | None = None) -> Iterator[Result]:
        """For each (path, path relative to the project), in order: its Briefing, from the cache
        or made by `make` (in worker processes when many are missing), or the problems `make` raised. `rematch`:
        a source whose entry was made with other registries is read again from it (extract.rematch) when the
        misses are made in this process."""
        keys = [self._key_of(path, rel) for path, rel in jobs]
        found = [self._lookup(key) if key else None for key in keys]
        misses = [(path, key) for (path, _), key, hit in zip(jobs, keys, found, strict=True) if hit is None]
        todo = [(path, key, self.digest) for path, key in misses]
        workers = min(self.workers or os.cpu_count() or 1, len(misses) // PARALLEL_MIN)
        if workers > 1:
            # The first misses are made here before the workers fork: what extraction loads once per process
            # (the language model, date grammars, data files, the registry's indexes) is loaded once, not in each.
            # Not in a preview: the serving process would hold what extraction loaded for the rest of its life.
            warm = 0 if self.helper else WARM_UP
            first = [_make_one(make, self.folder, job) for job in todo[:warm]]
            made = chain(first, self._in_workers(todo[warm:], make, workers))
        else:
            made = (self._remade(make, rematch, job) for job in todo)
        for hit, key in zip(found, keys, strict=True):
            if hit is not None:
                yield hit
                continue
            result, ms = next(made)
            self.stats["extracted"] += 1
            self.stats["extract_ms"] += ms
            if key and isinstance(result, Briefing):
                self.memory[key] = Entry(result, self.digest, self.digest)
                self.made_with.add(self.digest)
            yield result

    def _remade(self, make: Make, rematch: Rematch | None, job: Job) -> tuple[Result, int]:
        """`make` of one miss, or `rematch` of the entry of the same source and code made with other registries."""
        key = job[1]
        stale = self._entry(key) if rematch is not None and key in self.stale else None
        if stale is None:
            if self.helper is not None:
                return self.helper.made(make, self.folder, self.digest, job)
            return _make_one(make, self.folder, job)
        self.stats["rematched"] += 1
        return _make_one(lambda _: rematch(stale.briefing), self.folder, job)

    def site_key(self, jobs: list[tuple[Path, str]], settings: str) -> str | None:
        """A key for the site model made of these sources with these settings; None if one cannot be read."""
        keys = [self._key_of(path, rel) for path, rel in jobs]
        if None in keys:
            return None
        return hashlib.sha256("\n".join([site_fingerprint(), settings, *map(str, keys)]).encode()).hexdigest()

    def site(self, key: str, kind: type[T]) -> T | None:
        """The site model stored under `key` (kept in memory, else on disk), or None."""
        kept = _sites.get(self.folder)
        if kept is not None and kept[0] == key and isinstance(kept[1], kind):
            return kept[1]
        return _read(self.folder / SITE_MEMO, key, {"cache_rejected": 0}, kind)  # an older site is no damage

    def keep_site(self, key: str, site: object) -> None:
        _sites[self.folder] = (key, site)
        _write(self.folder / SITE_MEMO, key, site)

    def _key_of(self, path: Path, rel: str) -> str | None:
        if path in self.keys:
            return self.keys[path]
        try:
            key = source_key(path, rel, self.key)
        except OSError:  # unreadable: `make` reports it as a problem of that source
            key = None
        self.keys[path] = key
        if key:
            self.used.add(key)
        return key

    def _entry(self, key: str) -> Entry | None:
        return self.memory.get(key) or _read(_entry_path(self.folder, key), key, self.stats, Entry)

    def _lookup(self, key: str) -> Briefing | None:
        found = self._entry(key)
        if found is None:
            return None
        if not self._holds(found):
            self.stale.add(key)  # not held: read again if it is matched again (`_remade`)
            return None
        self.stats["cache_hits"] += 1
        self.memory[key] = found
        self.made_with.add(found.made_with)
        return found.briefing

    def _holds(self, entry: Entry) -> bool:
        """Whether the entry is what extraction with today's registries gives."""
        if entry.holds_for == self.digest:
            return True
        edit = self._edit_from(entry.holds_for)
        if edit is None or edit.touches(entry.briefing):
            return False
        entry.holds_for = self.digest
        self.stats["registry_kept"] += 1
        return True

    def _edit_from(self, digest: str) -> RegistryEdit | None:
        """What changed from the registries of `digest` to today's; None when they are not kept."""
        if digest not in self.edits:
            kept = _registries.setdefault(self.folder, {})
            old = kept.get(digest) or _read(self.folder / f"{REGISTRIES}{digest}", digest, {"cache_rejected": 0}, Registry)
            if old is not None:
                kept[digest] = old
            self.edits[digest] = RegistryEdit(old, self.registry) if old is not None and self.registry else None
        return self.edits[digest]

    def _in_workers(self, misses: list[Job], make: Make, workers: int) -> Iterator[tuple[Result, int]]:
        """`make` in `workers` processes, results in order; what they could not do is done here."""
        # Forking is cheapest and re-imports nothing, but it copies other threads' locks (`mkdocs serve`
        # runs a server thread), so with other threads the workers are spawned. A spawned worker imports
        # `briefing` from sys.path as it is when it starts: this package's folder goes first meanwhile.
        method = "fork" if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1 else "spawn"
        package_parent = str(Path(__file__).resolve().parent.parent)
        done = 0
        context, start = multiprocessing.get_context(method), (make, self.folder, os.getpid())
        with ProcessPoolExecutor(workers, context, _start_worker, start) as pool:
            sys.path.insert(0, package_parent)
            try:
                results = pool.map(_work, misses, chunksize=8)  # submits every job: the workers start here
            finally:
                sys.path.remove(package_parent)
            try:
                for result in results:
                    yield result
                    done += 1
            except BrokenProcessPool as exc:  # e.g. a script without `if __name__ == "__main__":` under spawn
                log.warning("extraction workers stopped (%s); extracting the rest in this process", exc)
        for job in misses[done:]:
            yield _make_one(make, self.folder, job)

    def finish(self) -> None:
        """Forget entries this build did not use (edited, removed or renamed sources) and the registries no entry
        refers to, and remove the temporary files of builds that were stopped while writing."""
        for key in set(self.memory) - self.used:
            del self.memory[key]
        if self.registry is not None:
            self._keep_registries()
        if not self.folder.is_dir():
            return
        for path in self.folder.glob(f"*{SUFFIX}"):
            if path.name.removesuffix(SUFFIX) not in self.used:
                _remove(path)
        for path in self.folder.glob("*.part"):  # another build may be writing one: only those left long ago
            try:
                if time.time() - path.stat().st_mtime > ABANDONED_S:
                    path.unlink(missing_ok=True)
            except OSError:
                continue

    def _keep_registries(self) -> None:
        """Today's registries in memory (the next edit is told from them) and, when entries were made with them, in a
        file; older ones only while an entry in memory or in a file was last found to hold for them."""
        kept = _registries.setdefault(self.folder, {})
        kept[self.digest] = self.registry
        for digest in set(kept) - {e.holds_for for e in self.memory.values()} - {self.digest}:
            del kept[digest]
        stored = self.folder / f"{REGISTRIES}{self.digest}"
        if self.digest in self.made_with and not stored.exists():
            _write(stored, self.digest, self.registry)
        for path in self.folder.glob(f"{REGISTRIES}*"):
            if path.name.removeprefix(REGISTRIES) not in self.made_with:
                _remove(path)


def _entry_path(folder: Path, key: str) -> Path:
    return folder / f"{key}{SUFFIX}"


def _read(path: Path, key: str, stats: dict[str, int], kind: type[T]) -> T | None:
    try:
        stored = path.open("rb")
    except OSError:
        return None
    try:
        with stored:
            head, stored_key, checksum = (stored.readline().removesuffix(b"\n") for _ in range(3))
            if head != FORMAT or stored_key.decode() != key:
                raise ValueError("header does not match")
            payload_at = stored.tell()
            if hashlib.file_digest(stored, "sha256").hexdigest() != checksum.decode():
                raise ValueError("checksum does not match")
            stored.seek(payload_at)
            # Unpickled as it is inflated: the site model's pickle is a few hundred MB at 10,000 sources.
            with gzip.GzipFile(fileobj=stored, mode="rb") as payload:
                found = pickle.load(payload)
        if not isinstance(found, kind):
            raise TypeError(f"holds a {type(found).__name__}")
    except Exception as exc:  # any damage at all means: make it again
        log.debug("cache entry %s rejected (%s); making it again", path.name, exc)
        stats["cache_rejected"] += 1
        return None
    return found


def _remove(path: Path) -> None:
    """Remove what stands where an entry goes: a file, or a folder nothing of ours ever makes."""
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _write(target: Path, key: str, value: object) -> None:
    payload = _compressed_pickle(value)
    header = b"\n".join((FORMAT, key.encode(), hashlib.sha256(payload).hexdigest().encode()))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.is_dir():  # os.replace cannot put a file there; every build would miss this entry
            _remove(target)
        # Write then rename, so an interrupted build leaves no half-written entry under the key.
        partial = target.with_suffix(f".{os.getpid()}.part")
        with partial.open("wb") as out:
            out.write(header + b"\n")
            out.write(payload)
        os.replace(partial, target)
    except OSError as exc:  # a read-only checkout still builds, only slower: not a warning that fails --strict
        log.info("cannot write the cache entry %s: %s", target, exc)


def _compressed_pickle(value: object) -> memoryview:
    """The pickle, gzipped as the pickler writes it: the whole pickle is never in memory at once."""
    compressed = io.BytesIO()
    with gzip.GzipFile(fileobj=compressed, mode="wb", compresslevel=1, mtime=0) as sink:
        pickle.dump(value, sink, protocol=pickle.HIGHEST_PROTOCOL)
    return compressed.getbuffer()


def _make_one(make: Make, folder: Path, job: Job) -> tuple[Result, int]:
    """Make one Briefing and store it; (the Briefing or the source's problems, milliseconds)."""
    path, key, registries = job
    started = time.perf_counter()
    try:
        result: Result = make(path)
    except SourceError as exc:
        result = exc.problems
    ms = round((time.perf_counter() - started) * 1000)
    if key and isinstance(result, Briefing):
        _write(_entry_path(folder, key), key, Entry(result, registries))
    return result, ms


_worker: tuple[Make, Path] | None = None  # set in each worker process by _start_worker


class KeptHelper:
    """One extraction process kept for the life of a preview (`mkdocs serve`), where an edit's few misses are made:
    extraction loads its data once per process (date grammars, locale data, language models), about 130 MB that
    stayed in the serving process from its first edit on, on top of every later build's peak (issue 18: the serving
    process's peak memory). A process and a pipe, no thread here (a thread would keep the build's page maker from
    forking: background.can_fork); the registries it reads are sent again only when they changed. If it stops, the
    misses are made in this process."""

    def __init__(self) -> None:
        self.conn: Connection | None = None
        self.process: multiprocessing.process.BaseProcess | None = None
        self.installed: tuple[str, Path] | None = None  # the registries' digest and cache folder `make` has now

    def start(self) -> None:
        """Started ahead (after a preview's build), not waited for: the first edit finds its imports done."""
        if self.conn is None:
            receiving, sending = multiprocessing.Pipe()
            # spawned, not forked: the serving process runs threads (its server's), whose locks a fork would copy
            process = multiprocessing.get_context("spawn").Process(target=_helper, args=(sending, os.getpid()), daemon=True)
            with _package_on_path():  # a spawned process imports `briefing` from sys.path as it is when it starts
                process.start()
            sending.close()
            self.conn, self.process, self.installed = receiving, process, None

    def made(self, make: Make, folder: Path, registries: str, job: Job) -> tuple[Result, int]:
        """`_make_one(make, folder, job)`, in the helper."""
        try:
            self.start()
            assert self.conn is not None
            if self.installed != (registries, folder):
                self.conn.send(("use", (make, folder)))
                self.installed = (registries, folder)
            self.conn.send(("make", job))
            answer = self.conn.recv()
        except (OSError, EOFError) as exc:
            log.warning("the extraction helper stopped (%r); extracting in this process", exc)
            self.stop()
            return _make_one(make, folder, job)
        if isinstance(answer, BaseException):  # raised there as it would have been here
            raise answer
        return answer

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
        self.conn, self.process, self.installed = None, None, None


def _helper(conn: Connection, parent: int) -> None:
    """The helper's life: what to extract with ("use": `make` and the cache's folder), and sources ("make": a job),
    each answered with `_make_one`'s result or the exception it raised."""
    global _worker
    die_with_parent(parent)
    while True:
        try:
            kind, asked = conn.recv()
        except EOFError:  # the serving process ended
            return
        if kind == "use":
            _worker = asked
            continue
        try:
            answer: object = _work(asked)
        except Exception as exc:
            answer = exc
        conn.send(answer)


@contextlib.contextmanager
def _package_on_path() -> Iterator[None]:
    """This package's folder first on sys.path meanwhile."""
    package_parent = str(Path(__file__).resolve().parent.parent)
    sys.path.insert(0, package_parent)
    try:
        yield
    finally:
        sys.path.remove(package_parent)


PREVIEW_HELPER = KeptHelper()  # the one a preview's builds share


def _start_worker(make: Make, folder: Path, parent: int) -> None:
    global _worker
    die_with_parent(parent)
    gc.enable()  # a forked worker inherits the parent's paused collector (see briefing_hooks.on_files)
    _worker = (make, folder)


def _work(job: Job) -> tuple[Result, int]:
    assert _worker is not None, "_start_worker runs first in every worker"
    return _make_one(*_worker, job)
