"""The package's modules form layers that only import downwards, with no import cycle (README: Architecture).

Every module must be placed in a layer here: a new module fails this test until it is. Imports inside a function
count as much as those at the top; those only for type checking (`if TYPE_CHECKING:`) do not, as they never run.
"""

from __future__ import annotations

import ast

from briefing import fingerprint

# Lowest first. A module may import from its own layer and the ones before it.
LAYERS: dict[str, set[str]] = {
    "foundation": {
        "errors",
        "model",
        "safetext",
        "safeyaml",
        "text",
        "fingerprint",
        "background",
        "layout",
        "prefilter",
        "textstore",
        "babelfix",
    },
    "stages": {
        "load",
        "clean",
        "dates",
        "dates_context",
        "dates_forms",
        "dates_grammar",
        "datewords",
        "calendars",
        "eras",
        "scripts",
        "mutations",
        "published",
        "published_header",
        "published_lines",
        "published_opening",
        "realdates",
        "registry",
        "registry_schema",
        "registry_edit",
        "knowledge",
        "detect",
        "detect_words",
        "detect_cased",
        "detect_people",
        "detect_organisations",
        "detect_context",
        "detect_arabic",
        "detect_unspaced",
        "detect_caseless",
        "native_names",
        "makers",
        "generic_words",
        "otherlang",
        "actors",
        "detected_identity",
        "detected_bodies",
        "credits",
        "extract",
        "reading",
        "kinds",
        "link",
        "assess",
        "validate",
    },
    "site model": {"site"},
    "build": {"settings", "cache", "pipeline"},
    "pages and exports": {
        "templates",
        "render",
        "linkpages",
        "reader",
        "timeline",
        "svg",
        "export",
        "ical",
        "feed",
        "exports",
        "stats",
    },
    "publishing": {"publish", "outputs", "generated", "memo", "preview", "rawhtml", "search_worker", "spliced", "listings"},
    "engine": {"engine"},
    "commands": {"cli", "draft", "evaluate", "realtext", "suggest", "scaffold"},
}
LAYER_OF = {module: n for n, modules in enumerate(LAYERS.values()) for module in modules}
NAMES = list(LAYERS)
SITE_TYPES = {"Site", "Project", "BuildInfo"}  # from `site`, never from the pipeline that builds them


def _modules() -> list[str]:
    return sorted(p.stem for p in fingerprint.PACKAGE.glob("*.py") if p.stem != "__init__")


def _runtime_imports(module: str) -> dict[str, set[str]]:
    """Modules of the package that `module` imports when it runs, with the names it takes from each."""
    tree = ast.parse(fingerprint.module_file(module).read_text(encoding="utf-8"))
    skipped = {
        id(node)
        for guard in ast.walk(tree)
        if isinstance(guard, ast.If) and "TYPE_CHECKING" in ast.unparse(guard.test)
        for node in ast.walk(guard)
    }
    found: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if id(node) in skipped or not isinstance(node, ast.ImportFrom) or node.level != 1:
            continue
        if node.module:
            found.setdefault(node.module.split(".")[0], set()).update(a.name for a in node.names)
        else:
            for alias in node.names:
                found.setdefault(alias.name, set())
    return {name: names for name, names in found.items() if fingerprint.module_file(name).is_file()}


def test_every_module_has_a_layer() -> None:
    assert [m for m in _modules() if m not in LAYER_OF] == []
    assert [m for m in LAYER_OF if m not in _modules()] == [], "a module listed here that no longer exists"


def test_no_module_imports_from_a_higher_layer() -> None:
    upward = [
        f"{module} ({NAMES[LAYER_OF[module]]}) imports {other} ({NAMES[LAYER_OF[other]]})"
        for module in _modules()
        for other in _runtime_imports(module)
        if LAYER_OF[other] > LAYER_OF[module]
    ]
    assert upward == []


def test_types_of_the_site_model_come_from_site_not_from_the_pipeline() -> None:
    """Pages, exports and commands take a Site; only what builds one needs the pipeline."""
    wrong = [m for m in _modules() if SITE_TYPES & _runtime_imports(m).get("pipeline", set())]
    assert wrong == []


def test_pages_and_exports_do_not_import_the_build() -> None:
    layer = LAYERS["pages and exports"]
    wrong = [f"{m} imports {o}" for m in sorted(layer) for o in _runtime_imports(m) if o in LAYERS["build"]]
    assert wrong == []


def test_no_import_cycle() -> None:
    graph = {m: set(_runtime_imports(m)) for m in _modules()}
    state: dict[str, str] = {}

    def cycle_from(module: str, path: list[str]) -> list[str] | None:
        state[module] = "open"
        for other in sorted(graph[module]):
            if state.get(other) == "open":
                return [*path, module, other]
            if other not in state and (found := cycle_from(other, [*path, module])):
                return found
        state[module] = "done"
        return None

    cycles = [c for m in sorted(graph) if m not in state and (c := cycle_from(m, []))]
    assert cycles == []
