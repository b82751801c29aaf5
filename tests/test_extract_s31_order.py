"""What a page yields does not depend on the pages the same process read before it. Babel before 2.19 stored the
month names it resolved for one locale in data its sibling locales share (python-babel #1234): after a Tatar page,
a Chuvash page read Tatar's stand-alone month names as Chuvash ones, and a Chuvash stamp written with a Russian
month's name ("12 Апрелӗн 2021") dated the page or not by the order the pages came in. Each text is written for
the test; the pages are read in fresh processes, one per order, as a build reads them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import briefing  # noqa: F401  (importing the package keeps Babel's locales apart)
from babel.dates import get_month_names

ROOT = Path(__file__).resolve().parent.parent

PAGES = {
    "tt": (
        "Казан яңалыклары\n\nКазан шәһәрендә 2021 елның 5 мартында яңа китапханә ачылды. Анда меңнән артык китап бар. "
        "Китапханә көн саен эшли, ә якшәмбе көнне ял итә.\n"
    ),
    "cv": (
        "Шупашкар хыпарӗсем\n\n12 Апрелӗн 2021, 10:00\n\nШупашкарта ҫӗнӗ библиотека уҫӑлчӗ. Унта пин ытла кӗнеке пур. "
        "Библиотека кашни кун ӗҫлет, вырсарникун канать.\n"
    ),
}

# one process: a fresh project, then each page in the order given; what the build shows of each
READ_IN_ORDER = """
import json, sys, tempfile
from pathlib import Path
from briefing.extract import extract
from briefing.load import load_source
from briefing.pipeline import Project, load_registry

pages, found = json.loads(sys.argv[1]), {}
with tempfile.TemporaryDirectory() as tmp:
    root = Path(tmp)
    (root / "sources").mkdir()
    registry, _ = load_registry(Project(root))
    for name, text in pages:
        path = root / "sources" / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        b = extract(load_source(path, root), registry)
        found[name] = [b.language, b.published.date, b.published.basis, sorted(str(e.date) for e in b.events)]
print(json.dumps(found))
"""


def read_in_order(names: list[str]) -> dict[str, list[object]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks")}
    pages = json.dumps([(name, PAGES[name]) for name in names])
    done = subprocess.run([sys.executable, "-c", READ_IN_ORDER, pages], capture_output=True, text=True, env=env, check=True)
    return json.loads(done.stdout)


def test_two_languages_pages_yield_the_same_in_either_order() -> None:
    tatar_first, chuvash_first = read_in_order(["tt", "cv"]), read_in_order(["cv", "tt"])
    assert tatar_first == chuvash_first
    assert tatar_first["tt"][0] == "tt" and tatar_first["cv"][0] == "cv"
    assert "2021-03-05" in tatar_first["tt"][3]  # the Tatar page's own date is read either way


def test_a_locale_inheriting_its_stand_alone_months_reads_its_own_names() -> None:
    get_month_names("wide", "stand-alone", "tt")  # Tatar resolves the alias first
    assert get_month_names("wide", "stand-alone", "cv") == get_month_names("wide", "format", "cv")
    assert get_month_names("wide", "stand-alone", "tt") == get_month_names("wide", "format", "tt")


def test_a_locale_with_stand_alone_months_of_its_own_keeps_them() -> None:
    get_month_names("wide", "stand-alone", "cv")
    assert get_month_names("wide", "stand-alone", "ru")[1] == "январь"  # not the format's "января"
    assert get_month_names("wide", "format", "ru")[1] == "января"
