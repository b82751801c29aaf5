"""YAML for untrusted files (frontmatter, registries): bounded nesting and alias expansion, no duplicate
keys, dates kept as strings, every string made safe text (see safetext.py).

Every refusal is a `yaml.MarkedYAMLError`, so callers report it with its line like any YAML error.

The package's own data files are read by libyaml's C parser instead (`shipped`): they are not untrusted, and
reading them is most of what a process spends before extracting its first source.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.constructor import ConstructorError

from .safetext import safe_text

MAX_DEPTH = 50  # nesting of lists and mappings: editors write 3 or 4; 1,000 overflowed Python's stack
MAX_NODES = 100_000  # values once aliases are expanded: ~700 bytes of nested aliases expand to billions


class SafeLoader(yaml.SafeLoader):
    """SafeLoader with limits; keeps `2023-02-31` a string, so it gets our message, not a traceback."""

    def __init__(self, stream: Any) -> None:
        super().__init__(stream)
        self._depth = 0
        self._sizes: dict[int, int] = {}  # id(node) -> values it stands for, aliases expanded
        self.replaced = 0  # unsafe characters replaced in strings (control characters, lone surrogates)

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if self.check_event(yaml.AliasEvent):
            mark = self.peek_event().start_mark
            node = super().compose_node(parent, index)
            self._count(node, self._sizes.get(id(node), 1), mark)
            return node
        mark = self.peek_event().start_mark
        self._depth += 1
        if self._depth > MAX_DEPTH:
            raise ComposerError(None, None, f"nested more than {MAX_DEPTH} levels deep", mark)
        try:
            node = super().compose_node(parent, index)
        finally:
            self._depth -= 1
        if isinstance(node, yaml.SequenceNode):
            size = 1 + sum(self._sizes.get(id(child), 1) for child in node.value)
        elif isinstance(node, yaml.MappingNode):
            size = 1 + sum(self._sizes.get(id(k), 1) + self._sizes.get(id(v), 1) for k, v in node.value)
        else:
            size = 1
        self._count(node, size, mark)
        return node

    def _count(self, node: yaml.Node, size: int, mark: yaml.Mark) -> None:
        self._sizes[id(node)] = size
        if size > MAX_NODES:
            why = f"more than {MAX_NODES:,} values (an alias *name counts its values again each time)"
            raise ComposerError(None, None, why, mark)

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: dict[Any, yaml.Node] = {}
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            try:
                first = seen.setdefault(key, key_node)
            except TypeError:  # a list or mapping as a key: refused by SafeLoader itself, with its line
                continue
            if first is not key_node:  # YAML would silently keep the last value
                raise ConstructorError(None, None, f"duplicate key '{key}': keep one", key_node.start_mark)
        return super().construct_mapping(node, deep=deep)

    def construct_yaml_str(self, node: yaml.ScalarNode) -> str:
        text, replaced = safe_text(super().construct_yaml_str(node))
        self.replaced += replaced
        return text


SafeLoader.add_constructor("tag:yaml.org,2002:str", SafeLoader.construct_yaml_str)
SafeLoader.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text: str, loader: type[SafeLoader] = SafeLoader) -> tuple[Any, int]:
    """One YAML document parsed with `loader`, and how many unsafe characters its strings lost.
    No RecursionError: the nesting limit comes first."""
    instance = loader(text)
    try:
        return instance.get_single_data(), instance.replaced
    finally:
        instance.dispose()


# libyaml's parser with the same resolvers as SafeLoader above (dates kept as strings); PyYAML's wheels bundle
# libyaml, and without it the pure-Python parser reads the same.
class _ShippedLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    pass


_ShippedLoader.yaml_implicit_resolvers = SafeLoader.yaml_implicit_resolvers


def shipped(path: Path) -> Any:
    """A YAML data file of the package (hooks/briefing/data/), parsed in C: about ten times faster than SafeLoader,
    whose line numbers and limits serve files editors write. tests/test_shipped_data.py reads every data file with
    both and checks they agree (no key written twice, no character safe_text would change)."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_ShippedLoader)
