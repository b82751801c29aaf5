"""Actors in Gujarati, Punjabi and Odia, whose scripts have no capitals (`data/caseless_names.yaml`): a title or an
honorific opens a name, up to a function word or a case ending glued to the name's last word (Gujarati "X|ે", by X;
Odia "X|ଙ୍କୁ", to X), which is no part of the name; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("મુખ્યમંત્રી રમણીક દેસાઈએ આજે નવા પુલનું ઉદ્ઘાટન કર્યું.", "gu", "રમણીક દેસાઈ"),  # the CM, by X (ergative)
        ("શ્રીમતી નયના પારેખને એવોર્ડ મળ્યો.", "gu", "નયના પારેખ"),  # Mrs X, to X
        ("ਮੁੱਖ ਮੰਤਰੀ ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ ਨੇ ਕਿਹਾ ਕਿ ਕੰਮ ਜਲਦੀ ਪੂਰਾ ਹੋਵੇਗਾ।", "pa", "ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ"),  # the CM X said
        ("ମୁଖ୍ୟମନ୍ତ୍ରୀ ସୁରେଶ ମହାନ୍ତି ଆଜି ସେତୁ ଉଦଘାଟନ କରିଛନ୍ତି ।", "or", "ସୁରେଶ ମହାନ୍ତି"),  # the CM X
        ("ଶ୍ରୀମତୀ ଲକ୍ଷ୍ମୀ ସାହୁଙ୍କୁ ସମ୍ମାନିତ କରାଯାଇଛି ।", "or", "ଲକ୍ଷ୍ମୀ ସାହୁ"),  # to Mrs X
    ],
)
def test_a_name_after_a_title(text: str, language: str, person: str) -> None:
    assert people(text, language) == [person]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("મુખ્યમંત્રી તરીકે તેમણે શપથ લીધા.", "gu"),  # as chief minister: a function word after the title
        ("ਮੁੱਖ ਮੰਤਰੀ ਨੇ ਕਿਹਾ ਕਿ ਕੰਮ ਜਲਦੀ ਪੂਰਾ ਹੋਵੇਗਾ।", "pa"),  # the CM said
        ("ମୁଖ୍ୟମନ୍ତ୍ରୀ ଭାବେ ସେ ଶପଥ ନେଇଛନ୍ତି ।", "or"),  # as chief minister
    ],
)
def test_no_name_after_a_title_alone(text: str, language: str) -> None:
    assert people(text, language) == []
