"""Review faults in language detection (each text written for the test). Haitian Creole lists no neighbour, so
its function words are read over any Latin-script choice: they count only written in lower case, as function
words are (the names "Sou", "Yon", "Nan", "Gen" of an English text count none), and five kinds of them are needed
(a Catalan text writes "sou", "pou" and "nan")."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language

HAITIAN = (
    "Prezidan an di gouvènman an pral voye plis polisye nan zòn yo paske vyolans lan ap grandi anpil. "
    "Minis la te fè yon deklarasyon pou di popilasyon an li gen konfyans nan fòs lòd yo ak lajistis."
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "General Sou Rith met Colonel Yon Sam and General Nan Dara in Phnom Penh on Monday to discuss the border.",
            "en",
        ),
        (
            "Els treballadors del pou de Sallent volen que el sou pugi un 5%. Vosaltres sou els culpables, va dir el nan Pitu.",
            "ca",
        ),
        (
            "La commune a voté un budget pour la nouvelle école. Le maire a dit que les travaux commenceront "
            "en mai et que les parents seront informés par courrier.",
            "fr",
        ),
    ],
    ids=["english-names", "catalan-sou-pou-nan", "french"],
)
def test_a_few_creole_looking_words_move_no_text(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_a_creole_text_is_still_creole() -> None:
    assert detect_language(HAITIAN) == "ht"


@pytest.mark.parametrize(
    "text",
    [
        "Lui non è mai tornato a casa e non ha mai scritto ai suoi genitori e ai suoi amici, e nessuno sa dove sia.",
        "Lui dice che non si è mai sentito così bene e che il paese e la gente gli mancano molto.",
        "Ieri lui e sua sorella hanno detto che non torneranno mai e poi mai in quella città.",
    ],
    ids=["lui-mai", "lui-mai-2", "lui-mai-e-poi-mai"],
)
def test_friulian_month_words_that_are_italian_words_move_no_italian_text(text: str) -> None:
    """Friulian shares Italian's "e"; its July "Lui" and May "Mai" are Italian's "lui" (he) and "mai" (never): a name
    counts only as a date's, beside a figure or another name."""
    assert detect_language(text) == "it"
