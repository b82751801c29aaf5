"""Texts kept on disk instead of in memory, each read back by its place: what a live preview keeps between
rebuilds (every generated page's Markdown, a gigabyte at 10,000 sources) without holding it.

One file, appended to and never rewritten in place: a text's place stays valid until `compact` copies the
texts still wanted into a new file. The file has no name once made (POSIX), and is gone when the store is let go of
or the process ends.
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import tempfile
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import NamedTuple

RELEASE = 1 << 24  # bytes read through a map of a file after which its pages are let go (`mapped`)


class Stored(NamedTuple):
    """Where a text is in the store, and a digest of it: equal digests, equal texts."""

    at: int
    size: int
    digest: bytes


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


class TextStore:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder  # on disk, not a memory file system: None is the system's temporary folder
        self.fd: int | None = None  # the file, once a text is put
        self.closing: weakref.finalize | None = None
        self.size = 0  # bytes written so far, wanted or not

    def put(self, text: str) -> Stored:
        data = text.encode()
        return Stored(self._append(data), len(data), digest(data))

    def put_bytes(self, data: bytes) -> Stored:
        """Bytes as they are, without a digest (read back with `read_bytes`)."""
        return Stored(self._append(data), len(data), b"")

    def read(self, stored: Stored) -> str:
        return self.read_bytes(stored).decode()

    def read_bytes(self, stored: Stored) -> bytes:
        """The text as it was put, UTF-8 encoded."""
        assert self.fd is not None, "read before any text was put"
        return _read(self.fd, stored)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Callable[[Stored], bytes]]:
        """`read_bytes` through a map of the file as it is now: many small texts read back without a system call
        each. Texts put meanwhile are not in the map: read them with `read_bytes`."""
        if self.fd is None or not self.size:
            yield self.read_bytes
            return
        with mapped(self.fd, self.size) as read:
            yield lambda stored: read(stored.at, stored.size)

    def compact(self, wanted: dict[str, Stored]) -> dict[str, Stored]:
        """When most of the file is texts no longer wanted: the wanted ones alone in a new file, and their places
        there. On average a text is copied no more than once for each time it was written."""
        if self.fd is None or not self._mostly_stale(wanted):
            return wanted
        old, closing = self.fd, self.closing
        self.fd, self.closing, self.size = None, None, 0
        moved = {key: stored._replace(at=self._append(_read(old, stored))) for key, stored in wanted.items()}
        if closing is not None:
            closing()
        return moved

    def _mostly_stale(self, wanted: dict[str, Stored]) -> bool:
        return self.size > 2 * sum(stored.size for stored in wanted.values()) + (1 << 24)

    def _append(self, data: bytes) -> int:
        if self.fd is None:
            if self.folder is not None:
                self.folder.mkdir(parents=True, exist_ok=True)
            self.fd, name = tempfile.mkstemp(prefix="preview-", suffix=".md", dir=self.folder)
            self.closing = weakref.finalize(self, _close, self.fd, name)
            with contextlib.suppress(OSError):  # not while open on Windows: then when closed
                os.unlink(name)
        at = self.size
        os.lseek(self.fd, at, os.SEEK_SET)
        view = memoryview(data)
        while view:  # a write may take less than it is given
            view = view[os.write(self.fd, view) :]
        self.size += len(data)
        return at


@contextlib.contextmanager
def mapped(fd: int, size: int) -> Iterator[Callable[[int, int], bytes]]:
    """The first `size` bytes of a file, mapped: `read(at, size)` copies bytes out of it without a system call.
    A mapped file's pages count in the process's resident size while mapped: a preview's edit at 10,000 sources reads
    every page's search entries (167 MB) and every export's lines (135 MB) this way, and held them all until the end;
    the pages read are let go (the file stays in the system's cache) each time RELEASE bytes more were read."""
    with mmap.mmap(fd, size, access=mmap.ACCESS_READ) as whole:
        touched = 0

        def read(at: int, size: int) -> bytes:
            nonlocal touched
            touched += max(size, mmap.PAGESIZE)
            if touched > RELEASE and hasattr(whole, "madvise"):
                whole.madvise(mmap.MADV_DONTNEED)
                touched = 0
            return whole[at : at + size]

        yield read


def _read(fd: int, stored: Stored) -> bytes:
    chunks, left = [], stored.size
    while left:  # a read may give less than it is asked
        chunk = _read_at(fd, left, stored.at + stored.size - left)
        if not chunk:
            raise OSError(f"the preview's page store ended {left} bytes early")
        chunks.append(chunk)
        left -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)  # one chunk: no copy


def _read_at(fd: int, size: int, at: int) -> bytes:
    """One system call where there is pread, not a seek and a read."""
    if hasattr(os, "pread"):
        return os.pread(fd, size, at)
    os.lseek(fd, at, os.SEEK_SET)  # Windows
    return os.read(fd, size)


def _close(fd: int, name: str) -> None:
    os.close(fd)
    Path(name).unlink(missing_ok=True)
