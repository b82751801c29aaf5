"""A file written again from the last version of it: new parts written, unchanged parts copied from the last file
within the system (`os.copy_file_range`), not read into the process and written back.

A preview's edit rewrites its search index whole (52 MB at 3,000 sources, 167 MB at 10,000) though only the entries of
the pages made change: the others are runs of the last index's bytes, in the same order. Copied by the system, they
cost neither the copies into and out of Python's bytes nor the memory they pass through.
"""

from __future__ import annotations

import os
from typing import BinaryIO

CHUNK = 1 << 20  # bytes read at a time where the system cannot copy between the two files


class Spliced:
    """Items joined by a separator into `out` (a binary file open for writing), each either new bytes (`add`) or a
    range of the file `last` (a descriptor open for reading, or None: `keep` then adds nothing). Ranges of `last` that
    follow one another there with only the separator between are copied as one run. `at`: where the next byte goes."""

    def __init__(self, out: BinaryIO, last: int | None, separator: bytes) -> None:
        self.out, self.last, self.separator = out, last, separator
        self.at = out.tell()
        self.started = False  # an item was added: the separator goes before the next
        self.run: tuple[int, int, int] | None = None  # a run of `last` still to copy: its start, its end, where it goes

    def add(self, data: bytes) -> int:
        """New bytes as the next item; where they start in the file."""
        self._copy_run()
        self._separate()
        start = self.at
        self.out.write(data)
        self.at += len(data)
        return start

    def keep(self, where: int, size: int) -> int | None:
        """`size` bytes of the last file at `where` as the next item; where they start in the file (None: no last
        file, nothing added)."""
        if self.last is None:
            return None
        run = self.run
        if run is not None and where == run[1] + len(self.separator):
            # the last file held the separator between the two: one run, copied at once
            self.run = (run[0], where + size, run[2])
            start = run[2] + (where - run[0])
        else:
            self._copy_run()
            self._separate()
            self.run, start = (where, where + size, self.at), self.at
        self.at = start + size
        return start

    def close(self) -> None:
        """Everything added is in the file (the caller may write after it)."""
        self._copy_run()

    def _separate(self) -> None:
        if self.started:
            self.out.write(self.separator)
            self.at += len(self.separator)
        self.started = True

    def _copy_run(self) -> None:
        if self.run is None or self.last is None:
            return
        start, end, to = self.run
        self.run = None
        self.out.flush()
        copy_range(self.last, self.out.fileno(), start, to, end - start)
        self.out.seek(to + end - start)


def copy_range(source: int, target: int, start: int, to: int, size: int) -> None:
    """`size` bytes of `source` from `start` into `target` at `to` (both file descriptors), copied by the system where
    it can (Linux), else read and written a chunk at a time."""
    while size > 0:
        done = _system_copy(source, target, start, to, size)
        if not done:
            data = os.pread(source, min(size, CHUNK), start)
            if not data:
                raise OSError(f"the last file ends before byte {start + size}")
            done = os.pwrite(target, data, to)
        start, to, size = start + done, to + done, size - done


def _system_copy(source: int, target: int, start: int, to: int, size: int) -> int:
    """Bytes the system copied (0: it cannot here, such as across file systems or without copy_file_range)."""
    if not hasattr(os, "copy_file_range"):
        return 0
    try:
        return os.copy_file_range(source, target, size, start, to)
    except OSError:
        return 0
