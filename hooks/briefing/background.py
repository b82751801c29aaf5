"""The second core: generated pages made in a forked process while MkDocs converts the pages before.

MkDocs reads and converts pages one after another, in one process. The Markdown of the pages this
package generates needs nothing from MkDocs, so a forked child makes it, in the order MkDocs will
ask for it, and hands each page over a pipe, at most LOOKAHEAD pages ahead, so the site's Markdown
is never held twice. Once the last page is taken the child runs the closing job (the exports), while
MkDocs writes the pages' HTML.

Without fork (Windows, or a process with other threads, such as `mkdocs serve` and its server,
where forking is unsafe), or if the child stops, the same functions run here, in the same order:
where a page was made never changes what it says, and an error is raised here, with its traceback.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import queue
import signal
import sys
import threading
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from mkdocs.plugins import get_plugin_logger

log = get_plugin_logger("briefing")
LOOKAHEAD = 200  # pages made ahead of MkDocs: seconds of its work, a few MB
DONE = b"\0done"  # the child's last message: the closing job ran
FAILED = b"\0failed"  # ... or it raised: it runs again here, where the error is reported
PR_SET_PDEATHSIG = 1  # prctl(2)
PATIENCE = 60.0  # seconds without an answer from the child of made_in_two before this process makes what it was asked
TRIM_STEP = 8 << 20  # resident bytes grown by which a build gives its free memory back (GrowthTrim)
TRIM_CHECK_EVERY = 10  # ... looked at every this many pages
M_ARENA_MAX = -8  # mallopt(3): how many heaps (arenas) the C library's malloc may make for the threads of a process


def die_with_parent(parent: int) -> None:
    """In a child process: be ended when `parent` dies (a build killed mid-way), instead of working on
    for no one. Linux's PR_SET_PDEATHSIG; elsewhere the child ends when its pipe breaks."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM)
    if os.getppid() != parent:  # the parent died before the call above
        os._exit(1)


def _libc() -> ctypes.CDLL | None:
    """The GNU C library's malloc controls (`malloc_trim`, `mallopt`), or None where there are none (not Linux, musl)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(None)
    return libc if hasattr(libc, "malloc_trim") and hasattr(libc, "mallopt") else None


def one_heap() -> None:
    """For a long-lived process whose threads take turns (Python's lock): every thread allocates from the one heap.
    glibc gives each new thread that allocates its own heap (arena), and memory freed in one is reused only by the
    threads of that one: `mkdocs serve` makes its first build in the main thread and every rebuild in its server's
    thread, so each rebuild's pages, model and search entries grew a second heap beside the first build's free
    space (and the search worker's sending threads a third). Only heaps made after the call are concerned: call it
    before any thread starts."""
    libc = _libc()
    if libc is not None:
        libc.mallopt(M_ARENA_MAX, 1)


def give_back_free_memory() -> None:
    """Return the memory malloc holds free to the system (`malloc_trim`: whole free pages, in every heap), so that a
    long-lived process's resident size is what it holds, not the most it ever held. After a build of `mkdocs serve`:
    its pages, the search plugin's index and the comparisons are let go, and the next rebuild, a few pages, needs
    little of it (a quarter of the resident size at 1,000 sources)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)


class GrowthTrim:
    """Gives the free memory back whenever the resident size grew by `step` bytes since it last did, looked at every
    `every` calls of `check`. MkDocs converts and then renders page after page, each leaving large texts freed behind
    small ones still held: malloc reuses little of that space and keeps it all, so a build's resident size grew by
    the freed texts of every page (at 1,000 sources with pages parked as at 10,000: +45 MB over the rendering, and the
    build's peak came at its end), not by what it holds."""

    def __init__(self, step: int = TRIM_STEP, every: int = TRIM_CHECK_EVERY) -> None:
        self.step, self.every, self.calls = step, every, 0
        self.at = resident_bytes()

    def check(self) -> None:
        self.calls += 1
        if self.calls % self.every:
            return
        if resident_bytes() > self.at + self.step:
            give_back_free_memory()
            self.at = resident_bytes()


def resident_bytes() -> int:
    """This process's resident size (Linux); 0 where it cannot be read."""
    try:
        with open("/proc/self/statm", "rb") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def _as_it_is(text: str) -> Any:
    return text


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1


Work = tuple[dict[str, Callable[[], str]], Callable[[], None]]  # the pages' makers, by path in order; the closing job
Kept = TypeVar("Kept")  # what made_in_two keeps of each text made


class PageMaker:
    """Pages by path, each made once, on demand, in the order of the makers; then the closing job.

    With a child, this process lets go of the makers (and so of the site model they hold: the child
    has its copy) and keeps `rebuild`, which makes them again should the child fail.
    """

    def __init__(self, work: Work, rebuild: Callable[[], Work], fork: bool | None = None) -> None:
        self.work: Work | None = work
        self.rebuild = rebuild
        self.paths = list(work[0])
        self.received: dict[str, str] = {}  # pages the child sent before they were asked for
        self.conn: Connection | None = None
        self.child: multiprocessing.process.BaseProcess | None = None
        if fork if fork is not None else can_fork():
            receiving, sending = multiprocessing.Pipe(duplex=False)
            self.child = multiprocessing.get_context("fork").Process(target=self._child, args=(sending, os.getpid()), daemon=True)
            self.child.start()
            sending.close()
            self.conn = receiving
            self.work = None

    @property
    def here(self) -> Work:
        """The makers and closing job in this process, made again if it let them go."""
        if self.work is None:
            self.work = self.rebuild()
        return self.work

    def take(self, path: str) -> str:
        """The page's Markdown, from the child if it is running, else made here."""
        while path not in self.received and self._receive() is not None:
            pass
        if path in self.received:
            return self.received.pop(path)
        return self.here[0][path]()

    def finish(self) -> None:
        """Wait for the closing job; run it here when there was no child or the child failed."""
        ran = False
        while (message := self._receive()) is not None:
            ran = message == DONE
        if self.child is not None:
            self.child.join()
            self.child = None
        if not ran:
            self.here[1]()

    def stop(self) -> None:
        """The build failed: end the child, whatever it was doing."""
        if self.child is not None:
            self.child.terminate()
            self.child.join()
            self.child = None
        if self.conn is not None:
            self.conn.close()
            self.conn = None

    def _receive(self) -> bytes | None:
        """One message from the child into `received`, or None once it has ended (or never started)."""
        if self.conn is None:
            return None
        try:
            message = self.conn.recv_bytes()
        except (EOFError, OSError):
            message = FAILED
        if message in (DONE, FAILED):
            self.conn.close()
            self.conn = None
            return message
        path, _, text = message.decode().partition("\0")
        self.received[path] = text
        return message

    def _child(self, conn: Connection, parent: int) -> None:
        die_with_parent(parent)
        # A thread sends while this one makes the next pages: up to LOOKAHEAD pages ahead of MkDocs, so
        # a slow page (the link stage makes its pages together) is ready before MkDocs asks for it.
        ready: queue.Queue[bytes | None] = queue.Queue(maxsize=LOOKAHEAD)
        sender = threading.Thread(target=_send_all, args=(ready, conn))
        sender.start()
        try:
            assert self.work is not None, "the child has the makers"
            makers, closing = self.work
            for path, make in makers.items():
                ready.put(f"{path}\0{make()}".encode())
            ready.put(None)
            sender.join()
            closing()
            conn.send_bytes(DONE)
        except Exception:  # the parent makes what is missing itself, and reports the error there
            log.debug("background work stopped:\n%s", traceback.format_exc())
            ready.put(None)
            sender.join()
            conn.send_bytes(FAILED)
        finally:
            conn.close()


def made_in_two(
    makers: dict[str, Callable[[], str]], patience: float = PATIENCE, keep: Callable[[str], Kept] = _as_it_is
) -> tuple[dict[str, Kept], int]:
    """Each maker's text, and how many of them the child made: this process and a forked child make them at once,
    the child from the end, asked one or two ahead, this process from the start, until they meet. For a live preview's
    rebuild that makes hundreds of pages (a registry edit: 700 at 1,000 sources) while MkDocs waits for their Markdown.

    `mkdocs serve` runs other threads (its server, its watcher), and a child forked from a process with threads holds
    copies of their locks, held or not: the child here takes none of them. It only runs the makers (templates and
    this package's functions, on its copy of the model) and answers on its pipe: no logging, no file, no import; it
    ends with os._exit (no interpreter teardown). Should it fail, stop or go silent for `patience` seconds, this
    process makes what it had not sent back, so the texts are the same, made where they may.

    `keep` is given each text as soon as it is made and what it returns is kept in its place: hundreds of pages made
    at once (every page in a preview's first build, 10,000 at 10,000 sources) are otherwise all held here together."""
    keys = list(makers)
    if len(keys) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return {key: keep(makers[key]()) for key in keys}, 0
    parent_end, child_end = multiprocessing.Pipe()
    pid = os.fork()
    if pid == 0:  # the child
        status = 1
        try:  # should this process die, the child's pipe ends, and so does the child
            parent_end.close()
            status = _make_asked(child_end, [makers[key] for key in keys])
        finally:
            os._exit(status)
    child_end.close()
    made: dict[str, Kept] = {}
    asked: list[int] = []  # indexes asked of the child and not answered (or failed there), in order
    front, back = 0, len(keys)  # this process makes keys[front:back] from the front; the child is asked from the end
    answering = True
    try:
        while True:
            while answering and len(asked) < 2 and front < back:  # one being made, the next waiting: it never idles
                back -= 1
                asked.append(back)
                answering = _ask(parent_end, back)
            if front < back:
                made[keys[front]] = keep(makers[keys[front]]())
                front += 1
                while answering and asked and parent_end.poll(0):
                    answering = _receive_made(parent_end, keys, asked, made, keep)
            elif answering and asked:
                # silent for `patience` seconds: stuck, and what it was asked is made here
                answering = parent_end.poll(patience) and _receive_made(parent_end, keys, asked, made, keep)
            else:
                break
    finally:
        parent_end.close()
        _end_child(pid)
    by_child = len(keys) - front - len(asked)
    for index in asked:  # what the child did not send back: made here
        made[keys[index]] = keep(makers[keys[index]]())
    return {key: made[key] for key in keys}, by_child


def _ask(conn: Connection, index: int) -> bool:
    try:
        conn.send_bytes(str(index).encode())
    except OSError:  # it ended
        return False
    return True


def _make_asked(conn: Connection, makers: list[Callable[[], str]]) -> int:
    """The child of made_in_two: each index asked, made and sent back with its text; an empty message ends it."""
    while message := conn.recv_bytes():
        index = int(message)
        try:
            text = makers[index]().encode()
        except Exception:  # sent back unmade: the parent makes it, and raises its error there
            conn.send_bytes(f"{index}\0".encode() + FAILED)
            continue
        conn.send_bytes(f"{index}\0".encode() + text)
    return 0


def _receive_made(
    conn: Connection, keys: list[str], asked: list[int], made: dict[str, Kept], keep: Callable[[str], Kept]
) -> bool:
    """One answer of the child into `made` (or, when it failed, left to be made here); False when the child ended."""
    try:
        message = conn.recv_bytes()
    except (EOFError, OSError):
        return False
    head, _, text = message.partition(b"\0")
    if text == FAILED:  # a child that failed once is asked no more; what it was asked is made here
        return False
    index = int(head)
    asked.remove(index)
    made[keys[index]] = keep(text.decode())
    return True


def _end_child(pid: int) -> None:
    """The child of made_in_two ended (it may be waiting for a question, or stuck), and reaped."""
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _send_all(ready: queue.Queue[bytes | None], conn: Connection) -> None:
    while (message := ready.get()) is not None:
        conn.send_bytes(message)
