"""Shared fixtures: real MkDocs builds of a project folder (the repository's or a synthetic one)."""

from __future__ import annotations

import gc
import json
import logging
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

if TYPE_CHECKING:
    from briefing.registry import Registry


def build_project(root: Path, site_dir: Path, strict: bool = True) -> Path:
    """Run the real `mkdocs build` on the project at `root` into `site_dir`."""
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site_dir), strict=strict)
    build(config)
    return site_dir


# the first paragraph under a test page's header, one per language: a fisheries agreement signed in Lomé, a topic of
# none of the evaluation sets
LEDE = {
    "ar": "وافقت الحكومة على المرسوم الخاص بالصيد البحري بعد ليلة طويلة من المفاوضات مع الشركاء.\n",
    "bn": "প্রতিবেশীদের সঙ্গে দীর্ঘ রাতের আলোচনার পর সরকার মৎস্য চুক্তি অনুমোদন করেছে।\n\n"
    "চুক্তিটি আগামী মাস থেকে উপকূলের সব বন্দরে কার্যকর হবে বলে মন্ত্রণালয় জানিয়েছে।\n",
    "de": "Die Regierung hat das Abkommen über die Fischerei nach einer langen Nacht der Verhandlungen gebilligt.\n",
    "en": "The government approved the fisheries agreement after a long night of talks with its neighbours.\n",
    "es": "El gobierno aprobó el acuerdo de pesca tras una larga noche de negociaciones con sus vecinos.\n",
    "et": "Valitsus kiitis pärast pikka läbirääkimiste ööd naabritega heaks kalanduslepingu rannikuvete kohta.\n",
    "fa": "دولت پس از یک شب طولانی مذاکره با همسایگان، توافق ماهیگیری را تصویب کرد.\n",
    "fr": "Le gouvernement a approuvé l'accord de pêche après une longue nuit de négociations avec ses voisins.\n",
    "it": "Il governo ha approvato l'accordo sulla pesca dopo una lunga notte di trattative con i vicini.\n",
    "ja": "政府は近隣諸国との長い交渉の末、漁業協定を承認した。協定は来月発効する。\n",
    "ko": "정부는 이웃 나라들과 밤새 협상한 끝에 어업 협정을 승인했다. 협정은 다음 달 발효된다.\n",
    "lt": "Vyriausybė po ilgos derybų nakties su kaimynais patvirtino žvejybos susitarimą dėl pakrančių vandenų.\n",
    "lv": "Valdība pēc garas sarunu nakts ar kaimiņiem apstiprināja zvejas līgumu par piekrastes ūdeņiem.\n",
    "mr": "शेजारी देशांशी रात्रभर झालेल्या चर्चेनंतर सरकारने मासेमारी कराराला मान्यता दिली आहे.\n",
    "ms": "Kerajaan meluluskan perjanjian perikanan selepas rundingan sepanjang malam dengan negara jiran.\n",
    "nl": "De regering keurde het visserijakkoord goed na een lange nacht van onderhandelingen met de buurlanden.\n",
    "pl": "Rząd zatwierdził umowę rybacką po długiej nocy negocjacji z sąsiadami i partnerami z regionu.\n",
    "pt": "O governo aprovou o acordo de pesca após uma longa noite de negociações com os vizinhos.\n",
    "ro": "Guvernul a aprobat acordul de pescuit după o noapte lungă de negocieri cu vecinii din regiune.\n",
    "ru": "Правительство одобрило соглашение о рыболовстве после долгой ночи переговоров с соседями.\n",
    "sl": "Vlada je po dolgi noči pogajanj s sosedi potrdila sporazum o ribolovu v obalnih vodah.\n",
    "sr": "Vlada je posle duge noći pregovora sa susedima potvrdila sporazum o ribolovu u priobalnim vodama.\n",
    "tr": "Hükümet, komşularıyla uzun bir müzakere gecesinin ardından balıkçılık anlaşmasını onayladı.\n",
    "uk": "Уряд схвалив угоду про рибальство після довгої ночі переговорів із сусідами.\n",
    "zh": "政府在经过一整夜的谈判后批准了渔业协定。该协定将于下月生效。\n",
}


def published_of(tmp_path: Path, text: str) -> tuple[str | None, str]:
    """The publication date (or year-less day) and its basis the extractor reads from a page's text."""
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    found = extract(load_source(root / "sources/page.txt", root), registry).published
    return found.date or found.yearless, found.basis


def mentions_of(tmp_path: Path, text: str) -> dict[str, str]:
    """Each actor mention the extractor reads in a page's text, by its words: {text: actor id}."""
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    root = make_project(tmp_path, {"page.txt": text})
    registry, _ = load_registry(Project(root))
    return {m.text: m.actor for m in extract(load_source(root / "sources/page.txt", root), registry).mentions}


def mentions_in_order(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    """(words, actor id) of each mention in a page of a new briefing, in order, repeats kept: no topic registry,
    base knowledge only."""
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources/page.txt").write_text(text, encoding="utf-8")
    registry, _ = load_registry(Project(tmp_path))
    return [(m.text, m.actor) for m in extract(load_source(tmp_path / "sources/page.txt", tmp_path), registry).mentions]


def opening_date(tmp_path: Path, header: str) -> str | None:
    """The date the build gives a page whose first lines are all it has (header and furniture, no paragraph of
    text), read as the evaluation reads such a page's opening."""
    from briefing.realtext import Project, load_registry, read_article

    (tmp_path / "sources").mkdir()
    registry, _ = load_registry(Project(tmp_path))
    found = read_article({"header": header, "sentences": [], "url": "x"}, "en", tmp_path, registry, 0).published
    return found.date or found.yearless


def page_or_error(name: str, data: bytes) -> str:
    """Load and extract one file as `sources/<name>`: 'page', or the problem, which must name that file. Any other
    exception, or a page with an impossible date, fails the caller's property."""
    import tempfile

    from briefing.errors import SourceError
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.realdates import is_real
    from briefing.text import markdown_to_safe_html

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sources" / name
        path.parent.mkdir()
        path.write_bytes(data)
        try:
            briefing = extract(load_source(path, Path(tmp)), example_registry())
        except SourceError as exc:
            assert exc.problem.path == f"sources/{name}", exc.problem
            assert exc.problem.message and exc.problem.severity == "error"
            assert exc.problem.line is None or exc.problem.line >= 1
            return str(exc.problem)
        if briefing.source.body_markdown is not None:  # rendered with the page: part of a source's cost
            markdown_to_safe_html(briefing.source.body_markdown)
        assert briefing.title and briefing.id
        assert briefing.source.blocks or briefing.source.body_markdown is not None
        for event in briefing.events:  # no impossible date survives, whatever its basis
            assert event.date is None or is_real(event.date), event
        return "page"


@cache
def example_registry() -> Registry:
    """The example briefing's registries (read once per test session)."""
    from briefing.pipeline import Project, load_registry

    return load_registry(Project(ROOT))[0]


def edit_file(path: Path, old: str, new: str) -> None:
    """Replace the first `old` in a file with `new`, as an editor's save would (the text must hold it)."""
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def make_project(tmp: Path, sources: dict[str, str | bytes] | None = None, copy_sources: bool = False) -> Path:
    """A copy of this project (config, docs, hooks, registries) with the given sources."""
    root = tmp / "project"
    root.mkdir()
    for name in ("mkdocs.yml", "key-judgments.md"):
        shutil.copy(ROOT / name, root / name)
    for folder in ("docs", "hooks", "registry", "overrides"):
        shutil.copytree(ROOT / folder, root / folder, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "sources").mkdir()
    if copy_sources:
        for path in (ROOT / "sources").iterdir():
            shutil.copy(path, root / "sources" / path.name)
    for name, content in (sources or {}).items():
        target = root / "sources" / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def seed_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example briefing, built once per test session with `--strict`."""
    return build_project(ROOT, tmp_path_factory.mktemp("seed") / "site")


def dates_read(sentence: str, language: str) -> list[tuple[str, object]]:
    """(text, relative kind or (year, month, day)) of each date found in a sentence, with the last day of a range."""
    from briefing.dates import find_dates

    found = []
    for d in find_dates(sentence, language):
        value = d.relative or (d.year, d.month, d.day)
        found.append((d.text, value, d.last) if d.last else (d.text, value))
    return found


def people_in(text: str, language: str) -> set[str]:
    """The surfaces of every person found in a text with the base knowledge alone."""
    from briefing.actors import find_actors

    return {surface for a in find_actors(text, language) if a.kind == "person" for surface in a.surfaces}


def read_json(site: Path, rel: str) -> object:
    return json.loads((site / rel).read_text(encoding="utf-8"))


class LogLines(logging.Handler):
    """Keeps the messages MkDocs logs, for tests that read what a rebuild reported."""

    def __init__(self, level: int = logging.INFO) -> None:
        super().__init__(level)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def cpu_seconds(call: Callable[[], object]) -> float:
    """The CPU time of one call, the garbage collector paused: after a few thousand tests a full collection of the
    suite's heap may fall inside the call, which is no cost of what the call reads."""
    gc.collect()
    gc.disable()
    try:
        started = time.process_time()
        call()
        return time.process_time() - started
    finally:
        gc.enable()


@contextmanager
def mkdocs_log() -> Iterator[LogLines]:
    """MkDocs' messages of INFO and above while the block runs; the logger is left as it was."""
    log, logger = LogLines(), logging.getLogger("mkdocs")
    level = logger.level
    logger.addHandler(log)
    logger.setLevel(logging.INFO)
    try:
        yield log
    finally:
        logger.removeHandler(log)
        logger.setLevel(level)


def assert_a_page_or_an_error_per_file(tmp: Path, sources: dict[str, str | bytes]) -> None:
    """A real build of `sources` beside one good source: each file is a briefing of api/briefings.json or an error
    that MkDocs logged and that starts with the file's path (escaped, as a name with control characters is printed)."""
    from briefing.load import printable

    sources = {**sources, "good.txt": "Talks in Doha\nQatar and NATO officials met in Doha on 4 March 2024.\n"}
    root = make_project(tmp, sources)
    errors, logger = LogLines(logging.ERROR), logging.getLogger("mkdocs")
    logger.addHandler(errors)
    try:
        site = build_project(root, tmp / "site", strict=False)
    finally:
        logger.removeHandler(errors)
    built = {r["source"] for r in read_json(site, "api/briefings.json")}  # type: ignore[union-attr]
    assert "sources/good.txt" in built
    for name in sources:
        path = f"sources/{name}"
        assert path in built or any(line.startswith(f"{printable(path)}:") for line in errors.lines), path


def dirty_rebuild(root: Path, site: Path, first: bool, url: str = "http://127.0.0.1:8000/briefing/") -> None:
    """One build as `mkdocs serve --dirty` runs it, in this process (the hooks' engine lives on between them)."""
    config = load_config(str(root / "mkdocs.yml"), site_dir=str(site))
    if first:
        config.plugins.on_startup(command="serve", dirty=True)
    config.site_url = url
    build(config, serve_url=url, dirty=True)
