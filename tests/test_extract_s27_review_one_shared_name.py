"""A Tigrinya text that also names a state as Amharic's CLDR names write it ("ሶማሊያ", Somalia; "ኢትዮጵያ") is still
Tigrinya: one of the choice's names is tolerated beside many times more of the other language's. The Tigrinya text
is the names-vocabulary test's; the added sentences are written for this test."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language
from test_extract_s27_names_vocabulary import TIGRINYA


@pytest.mark.parametrize(
    "sentence",
    [" ፕረዚደንት ሶማሊያ ውን ኣብቲ ኣኼባ ተሳቲፉ።", " ልኡኽ ሶማሊያ ድማ ናብ ኣስመራ መጺኡ።"],
)
def test_one_amharic_spelled_name_leaves_tigrinya(sentence: str) -> None:
    assert detect_language(TIGRINYA + sentence) == "ti"
