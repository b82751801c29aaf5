"""The generated pages made in a forked process say what they say when made in this one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from briefing import render
from briefing.background import PageMaker
from briefing.pipeline import Project, build_site
from conftest import make_project


def _pages(maker: PageMaker) -> dict[str, str]:
    return {path: maker.take(path) for path in maker.paths}


@pytest.mark.parametrize("fork", [True, False])
def test_pages_and_closing_job_are_the_same_in_a_child_or_here(fork: bool, tmp_path: Path) -> None:
    site = build_site(Project(make_project(tmp_path, copy_sources=True)))
    closing = tmp_path / "closed"
    work = (render.page_makers(site), lambda: closing.write_text(str(os.getpid())))
    maker = PageMaker(work, lambda: work, fork=fork)
    assert _pages(maker) == render.pages(site)
    maker.finish()
    assert (int(closing.read_text()) != os.getpid()) is fork  # forked: the child ran it, once


def test_pages_asked_for_out_of_order_are_all_delivered() -> None:
    makers = {f"p{i}.md": (lambda i=i: f"page {i}" * 1000) for i in range(50)}
    maker = PageMaker((makers, lambda: None), lambda: (makers, lambda: None), fork=True)
    order = [*reversed(maker.paths[25:]), *maker.paths[:25]]
    assert [maker.take(path) for path in order] == [makers[path]() for path in order]
    maker.finish()


def test_an_error_in_the_child_is_raised_here_with_its_own_message() -> None:
    def broken() -> str:
        raise ValueError("page p1.md cannot be made")

    work = ({"p0.md": lambda: "fine", "p1.md": broken}, lambda: None)
    maker = PageMaker(work, lambda: work, fork=True)
    assert maker.take("p0.md") == "fine"
    with pytest.raises(ValueError, match=r"p1\.md cannot be made"):
        maker.take("p1.md")
    maker.stop()


def test_with_a_child_this_process_lets_go_of_the_work_and_makes_it_again_if_needed() -> None:
    rebuilt: list[int] = []

    def rebuild() -> tuple[dict, object]:
        rebuilt.append(1)
        return {"p0.md": lambda: "made here"}, lambda: None

    maker = PageMaker(({"p0.md": lambda: "made there"}, lambda: None), rebuild, fork=True)
    assert maker.work is None
    assert maker.take("p0.md") == "made there" and not rebuilt
    maker.stop()  # the child is gone before its closing job: it runs here, from the rebuilt work
    maker.finish()
    assert rebuilt == [1]


def test_a_failed_closing_job_runs_again_here_and_raises() -> None:
    calls: list[int] = []

    def closing() -> None:
        calls.append(os.getpid())
        raise OSError("site/ is read-only")

    work = ({"p0.md": lambda: "fine"}, closing)
    maker = PageMaker(work, lambda: work, fork=True)
    assert maker.take("p0.md") == "fine"
    with pytest.raises(OSError, match="read-only"):
        maker.finish()
    assert calls == [os.getpid()]  # the child's attempt happened in the child
