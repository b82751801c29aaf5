"""Italian names a town's council as a body "il Comune di Milano" (capitalised: "comune" is also the adjective
"common") and a technical university "il Politecnico di Milano": both open a body's name as "Università" does. The
word alone, lower case or before a lower-case complement names no body ("una posizione comune", "Comune di
residenza"). Sentences written for the test (a school's closure, a call for grants)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def organisations(text: str) -> set[str]:
    return {s for a in find_actors(text, "it") if a.kind == "organisation" for s in a.surfaces}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Il sindaco ha scritto al Comune di Bologna per la chiusura della scuola.", "Comune di Bologna"),
        ("Il Comune di Lecco ha pubblicato il bando per le borse di studio.", "Comune di Lecco"),
        ("Il Politecnico di Torino ha aperto le iscrizioni ai corsi.", "Politecnico di Torino"),
    ],
)
def test_a_town_council_or_a_politecnico_with_its_place_is_a_body(text: str, body: str) -> None:
    assert body in organisations(text)


@pytest.mark.parametrize(
    "text",
    [
        "La posizione comune dei partiti è stata approvata ieri.",
        "Comune di residenza e codice fiscale vanno indicati nella domanda.",
        "Il bene comune viene prima di tutto.",
    ],
)
def test_the_common_adjective_or_a_lower_case_complement_is_no_body(text: str) -> None:
    assert not any("omune" in s for s in organisations(text))
