"""Actors in Hindi, whose script has no capitals: a person is told by the words around the name, as in Hebrew
(`data/caseless_names.yaml`): after an honorific (श्री, डॉ.) the words up to the first postposition; after a title of
office only a given name heard as one of the lists' (डोनाल्ड, Donald) or a verb of saying after the postposition ने
(ने कहा, ने बताया) tells a name; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str) -> list[str]:
    return [f.name for f in find_actors(text, "hi") if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("नगर पंचायत अध्यक्ष रमेशचंद्र गुप्ता ने बताया कि सड़क का काम जल्द पूरा होगा।", "रमेशचंद्र गुप्ता"),
        ("शिविर में डॉ. अनुपमा तिवारी मरीजों की जांच करेंगी।", "अनुपमा तिवारी"),  # Dr, its dot no stop
        ("श्रीमती कमला देवी को सम्मानित किया गया।", "कमला देवी"),  # Mrs: the name ends at the postposition
        ("श्रीमती दीक्षित आज लखनऊ में थीं।", "दीक्षित"),  # a surname alone after an honorific
        ("थाना प्रभारी विनोद कुमार चौहान मौके पर पहुंचे।", "विनोद कुमार चौहान"),  # a listed surname closes it
        ("ब्रिटिश प्रधानमंत्री मार्टिन कॉलिन्स कल दिल्ली पहुंचेंगे।", "मार्टिन कॉलिन्स"),  # a given name heard: Martin
    ],
)
def test_a_name_told_by_its_context(text: str, person: str) -> None:
    assert people(text) == [person]


@pytest.mark.parametrize(
    "text",
    [
        "प्रधानमंत्री कार्यालय ने कहा कि बैठक कल होगी।",  # the prime minister's office said: no name
        "राष्ट्रपति ने कहा कि चुनाव जल्द होंगे।",  # the president said
        "मुख्यमंत्री आवास पर बैठक बुलाई गई।",  # the chief minister's residence: no saying, no given name
        "जिला अधिकारी सड़क निर्माण कार्य का निरीक्षण करेंगे।",  # the district officer, then common nouns
    ],
)
def test_no_name_without_one(text: str) -> None:
    assert people(text) == []


def test_a_common_word_is_not_heard_as_a_state() -> None:
    """ "कराने" (karane, to have done) sounds like no "Ukraine": a name opening with a vowel is heard only in a word
    opening with one, or with a glide before it ("यूक्रेन")."""
    assert [f.name for f in find_actors("बच्चों को पढ़ाई कराने के लिए शिक्षक आए।", "hi")] == []
    assert [f.name for f in find_actors("यूक्रेन में युद्ध जारी है।", "hi")] == ["Ukraine"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("इलाहाबाद उच्च न्यायालय ने याचिका खारिज कर दी।", "इलाहाबाद उच्च न्यायालय"),  # the Allahabad High Court
        ("वहीं राज्य निर्वाचन आयोग की बैठक हुई।", "राज्य निर्वाचन आयोग"),  # "वहीं", meanwhile, is no word of it
    ],
)
def test_a_body_ends_with_its_head_word(text: str, body: str) -> None:
    assert [f.name for f in find_actors(text, "hi") if f.kind == "organisation"] == [body]


def test_a_head_word_alone_or_after_a_function_word_is_no_body() -> None:
    assert [f.name for f in find_actors("इस विभाग के अधिकारी आज आएंगे।", "hi") if f.kind == "organisation"] == []


def test_the_last_words_of_a_body_named_before_are_that_body() -> None:
    """ "उच्च न्यायालय" (the High Court) after "इलाहाबाद उच्च न्यायालय": one actor."""
    text = "इलाहाबाद उच्च न्यायालय ने सुनवाई की। उच्च न्यायालय ने आदेश दिया।"
    assert [f.name for f in find_actors(text, "hi") if f.kind == "organisation"] == ["इलाहाबाद उच्च न्यायालय"]
