"""Actors in Telugu, Kannada, Malayalam and Sinhala, whose scripts have no capitals (`data/caseless_names.yaml`): a
title opens a name up to a function word or a verb's ending, a case ending glued to the name's last word is no part
of it, and Sinhala's "මහතා" (Mr, after the name) tells the name before it; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("మంత్రి వెంకటరమణ నిన్న కొత్త రోడ్డును ప్రారంభించారు.", "te", "వెంకటరమణ"),  # the minister X
        ("ಸಚಿವ ನಾಗರಾಜ ಗೌಡ ಇಂದು ಸಭೆ ನಡೆಸಿದರು.", "kn", "ನಾಗರಾಜ ಗೌಡ"),  # the minister X Y
        ("മന്ത്രി സുരേന്ദ്രൻ പിള്ളയുടെ ഓഫീസ് അറിയിച്ചു.", "ml", "സുരേന്ദ്രൻ പിള്ള"),  # minister X Y's office
        ("සුනිල් පෙරේරා මහතා ඊයේ රැස්වීමට පැමිණියේය.", "si", "සුනිල් පෙරේරා"),  # X Y, Mr (after the name)
    ],
)
def test_a_name_told_by_its_context(text: str, language: str, person: str) -> None:
    assert people(text, language) == [person]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("మంత్రి నిన్న కొత్త రోడ్డును ప్రారంభించారు.", "te"),  # the minister, yesterday
        ("ಸಚಿವ ಸ್ಥಾನಕ್ಕೆ ರಾಜೀನಾಮೆ ನೀಡಿದ್ದಾರೆ.", "kn"),  # resigned the minister's post: a verb's ending
        ("മന്ത്രി ഇന്ന് യോഗത്തിൽ പറഞ്ഞു.", "ml"),  # the minister said today
        ("සභාපති ඊයේ පැවසීය.", "si"),  # the chairman said yesterday
    ],
)
def test_no_name_after_a_title_alone(text: str, language: str) -> None:
    assert people(text, language) == []
