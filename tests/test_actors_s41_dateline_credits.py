"""An outlet credited in parentheses in a dateline, before its dash (Italian "Roma, 17 mar. (Adnkronos) –", Spanish
and Portuguese "LONDRES, 25 de octubre (AP).—", "Bogotá (AE) –", Arabic "ليبرفيل 30 أغسطس 2023 (وال) -"), is an
organisation, as English and Turkish read it (`dateline_bodies`), also one no registry lists. Not a party or a word in
parentheses inside a sentence, nor one before no dash, nor the city an Arabic paper's name opens its line with
("الصباح (نواذيبو) -"). Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str, language: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == "organisation"}


@pytest.mark.parametrize(
    ("language", "text", "outlet"),
    [
        ("it", "Torino, 4 feb. (Lumenpress) – Il consiglio comunale ha approvato il bilancio.", "Lumenpress"),
        ("it", "(Notiziaflash) - Il governo ha convocato i sindacati per giovedì.", "Notiziaflash"),
        ("it", "Bari (ventonews) - La nave è entrata in porto nella notte.", "ventonews"),
        ("es", "QUITO, 3 de marzo (Radiopacífico).— El Gobierno anunció nuevas medidas.", "Radiopacífico"),
        ("pt", "Recife (Agência Maré) – O governo estadual anunciou novas medidas.", "Agência Maré"),
        ("ar", "نواكشوط 12 مارس 2024 (ومش) - أعلنت الحكومة اليوم عن خطة جديدة للتنمية.", "ومش"),
        ("ar", "(شبكة الفجر)-أعلنت وزارة الصحة عن حملة تطعيم جديدة في المدارس.", "شبكة الفجر"),
    ],
)
def test_an_outlet_credited_in_a_dateline(language: str, text: str, outlet: str) -> None:
    assert outlet in bodies(text, language)


@pytest.mark.parametrize(
    ("language", "text", "word"),
    [
        ("it", "Il sindaco ha parlato con Giulia (sua sorella) - e poi è partito.", "sua sorella"),
        ("it", "Torino (Lumenpress) Il consiglio comunale ha approvato il bilancio.", "Lumenpress"),  # no dash
        ("es", "El ministro se reunió ayer con los vecinos (unos cien) - dijo la alcaldía.", "unos cien"),
        ("ar", "قال الوزير إن الاجتماع (الذي عقد أمس) - كان مثمرا.", "الذي عقد أمس"),
        ("ar", "الصباح (نواذيبو) - أعلنت الحكومة اليوم عن خطة جديدة للتنمية في المدينة.", "نواذيبو"),  # the paper, then its city
    ],
)
def test_no_outlet_from_words_in_parentheses_elsewhere(language: str, text: str, word: str) -> None:
    assert word not in bodies(text, language)
