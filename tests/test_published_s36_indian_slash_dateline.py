"""An Indian paper's dateline writes the day and month in figures after its place, joined by a danda or, after a
comma, by a slash ("ଭୁବନେଶ୍ବର, ୦୯/୦୬:"), and the place may stand without a comma before a danda ("କଟକ ୨୩।୧୦ :"):
that day, year-less (`published_opening.DANDA_DATELINE`). A slash after a Latin word ("Scores 3/4:") or without the comma is
none. Lines written for the test."""

from __future__ import annotations

from briefing.published_opening import from_danda_dateline


def test_a_slashed_or_spaced_danda_dateline_is_the_day() -> None:
    found = from_danda_dateline("କଟକ, ୧୪/୦୩: ସହରରେ ବର୍ଷା ହେଲା ।", "or")
    assert found is not None and found.yearless == "--03-14"
    found = from_danda_dateline("ପୁରୀ ୨୩।୧୦ : ସମୁଦ୍ର ଉତ୍ତାଳ ।", "or")
    assert found is not None and found.yearless == "--10-23"


def test_a_score_or_a_slash_without_comma_is_no_dateline() -> None:
    assert from_danda_dateline("Scores 3/4: the team won.", "en") is None
    assert from_danda_dateline("Chapter, 12/6: a note on it.", "en") is None
    assert from_danda_dateline("ମ୍ୟାଚ ୩/୪: ଓଡ଼ିଶା ଜିତିଲା ।", "or") is None
