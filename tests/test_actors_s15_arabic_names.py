"""Arabic script has no capitals to end a name: a person's name read after a title may take the next word in, and a
title's adjective may be followed by a body's name. Made-up sentences, empty topic registry."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.name, f.kind, f.surfaces) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "name", "surface"),
    [
        # an adjective after the name ("cut off"), then the name in full alone
        (
            "لا تزال أخبار الصحفي السعودي جمال بنعلي مقطوعة.\n\nوقال المحامي إن الكاتب المغربي جمال بنعلي، الذي اختفى، بخير.",
            "جمال بنعلي",
            "جمال بنعلي",
        ),
        # an adverb after the name ("officially"), the name in full first
        (
            "فاز المرشح جورج ميلر، وزير المالية الأسبق.\n\nأعلن رئيس اللجنة عن انتخاب جورج ميلر رسميا، زعيما للحزب.",
            "جورج ميلر",
            "جورج ميلر",
        ),
    ],
)
def test_a_name_that_took_the_next_word_in_is_the_person_named_without_it(text: str, name: str, surface: str) -> None:
    people = [f for f in found(text, "ar") if f[1] == "person"]
    assert people == [(name, "person", (surface,))]


def test_a_bodys_head_word_is_no_word_of_a_persons_name() -> None:
    # "the former finance minister, at the head of the Conservative Party": the party, no person
    text = "فاز جورج ميلر، وزير المالية الأسبق بزعامة حزب المحافظين، اليوم الاثنين."
    results = found(text, "ar")
    assert ("حزب المحافظين", "organisation", ("حزب المحافظين",)) in results
    assert not [f for f in results if f[1] == "person" and "حزب" in f[0]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('وقال المتحدث على شاشة قناة "الساحل 24" التلفزيونية، إنهم يمثلون الشعب.', "الساحل 24"),
        ("اندلع القتال مع حركة « 17 أكتوبر » المتمردة.", "17 أكتوبر"),
    ],
)
def test_a_quoted_name_with_figures_after_a_word_for_an_outlet_or_a_movement_is_a_body(text: str, name: str) -> None:
    assert (name, "organisation", (name,)) in found(text, "ar")
