""" "The weather department" alone is any state's (Canada's, Pakistan's, the UAE's), so it is no alias of the India
Meteorological Department; the full Indian names still are. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors

IMD = "India Meteorological Department"


def names(text: str, language: str) -> set[str]:
    return {a.name for a in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ਆਸਟ੍ਰੇਲੀਆ ਦੇ ਮੌਸਮ ਵਿਭਾਗ ਨੇ ਸਿਡਨੀ ਵਿੱਚ ਗਰਮੀ ਦੀ ਚਿਤਾਵਨੀ ਦਿੱਤੀ।", "pa"),
        ("जपानच्या हवामान विभागाने वादळाचा इशारा दिला.", "mr"),
        ("ഒമാൻ കാലാവസ്ഥാ വകുപ്പ് മഴ പ്രവചിച്ചു.", "ml"),
        ("ବାଂଲାଦେଶ ପାଣିପାଗ ବିଭାଗ ସତର୍କ କରିଛି ।", "or"),
    ],
)
def test_another_states_weather_department_is_not_the_imd(text: str, language: str) -> None:
    assert IMD not in names(text, language)


def test_the_full_indian_name_is_the_imd() -> None:
    assert IMD in names("ਭਾਰਤੀ ਮੌਸਮ ਵਿਭਾਗ ਨੇ ਮੀਂਹ ਦੀ ਭਵਿੱਖਬਾਣੀ ਕੀਤੀ।", "pa")
