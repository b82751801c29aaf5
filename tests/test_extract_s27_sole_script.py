"""Language on a text's first day: a script one language alone writes (Thaana, Dhivehi's) is that language's,
whatever the model likes best; a text written for this test."""

from __future__ import annotations

from briefing.extract import detect_language

DHIVEHI = "ރައީސް މިއަދު ރަސްމީ ދަތުރުފުޅެއްގައި ބޭރު ޤައުމަކަށް ވަޑައިގެންފިއެވެ. ވަޒީރުން ވެސް އެ ދަތުރުގައި ބައިވެރިވެ ވަޑައިގަންނަވައެވެ. ދެ ޤައުމުގެ ގުޅުން ވަރުގަދަކުރުމާ ބެހޭ ވާހަކަފުޅުތައް ދައްކަވާނެއެވެ."


def test_a_script_one_language_alone_writes_is_that_language() -> None:
    """Thaana is written by Dhivehi alone (CLDR's names of Dhivehi are mostly in Latin letters): a text in it is
    Dhivehi, not the language the model, never trained on the script, likes best."""
    assert detect_language(DHIVEHI) == "dv"
