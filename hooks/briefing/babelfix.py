"""Keep one locale's CLDR data from changing another's, which Babel before 2.19 lets happen (python-babel #1234).

`localedata.load` gives a locale a shallow copy of its parent's data: a part the locale's own file does not
state (Chuvash's stand-alone month names, an alias to its format names) is the very dictionary its parent and
every sibling hold. `LocaleDataDict.__getitem__` then stores what it resolved back into that dictionary: the
first locale to read such a part resolves the alias with its own names (Tatar's "гыйнвар", "апрель"), and every
locale sharing the part reads those names from then on. What a page yields then depends on the pages the process
read before it. Resolving on every read, storing nothing, keeps each locale's data its own.
"""

from __future__ import annotations

from typing import Any

import babel
from babel import localedata

FIXED_IN = (2, 19)  # Babel's release that stopped storing resolved aliases in shared data


def _resolved(self: localedata.LocaleDataDict, key: str | int | None) -> Any:
    """Babel's `LocaleDataDict.__getitem__` without its write-back into data that other locales may share."""
    val = self._data[key]
    if isinstance(val, localedata.Alias):
        val = val.resolve(self.base)
    if isinstance(val, tuple):  # a partial dict over an alias: the alias's data with the locale's own merged in
        alias, others = val
        val = alias.resolve(self.base).copy()
        localedata.merge(val, others)
    if isinstance(val, dict):
        val = localedata.LocaleDataDict(val, base=self.base)
    return val


def _version(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(".")[:2] if part.isdigit())


def isolate_locale_data() -> None:
    """Make Babel read each locale's data without changing any other's (a no-op where Babel does so itself)."""
    if _version(babel.__version__) < FIXED_IN:
        localedata.LocaleDataDict.__getitem__ = _resolved  # type: ignore[method-assign]
