"""The words' cache of `registry.normalise` (65,536 entries, meant for tokens) is not filled with whole lines and
sentences: assessing a briefing folded every line and sentence through it, each once, so that under `mkdocs serve` at
1,000 sources it held 29,000 entries and 25 MB of the serving process (issue 18: 2 GB at 10,000 sources), and pushed
out the words it is for. The assessments are the same: a translation cue and a hedged sentence are still found."""

from __future__ import annotations

from pathlib import Path

from briefing.registry import normalise
from test_assess import assessed, md, notes

HEDGED = "Ruritanian troops reportedly crossed the border at dawn near the northern lakes, officials of Borduria said."
CUE = "Translated from the French by Jean Dupont."


def test_assessing_puts_no_whole_line_in_the_words_cache(tmp_path: Path) -> None:
    normalise.cache_clear()
    found = assessed(tmp_path, {"cue.md": md(CUE + "\n\n" + HEDGED)})
    (cue,) = notes(found["cue.md"], "translated")
    assert CUE in cue.evidence
    (hedged,) = notes(found["cue.md"], "hedged")
    assert HEDGED in hedged.evidence
    hits = normalise.cache_info().hits
    for text in (CUE, HEDGED, CUE.lower(), HEDGED.lower()):
        normalise(text)
    assert normalise.cache_info().hits == hits  # none of them was in the cache
