"""Konkani people's names (Devanagari, no capitals), told as Marathi's are (`data/caseless_names.yaml`): the
respectful pronoun after a name in its case forms ("X हांणी", by X; "X हांचो", X's), a title or an honorific
before one ("मुख्यमंत्री", chief minister; "डॉ.", Dr). Each sentence is written for the test."""

from __future__ import annotations

from conftest import people_in


def test_names_before_the_respectful_pronoun_or_after_a_title() -> None:
    assert people_in("संस्थेचो अध्यक्ष सुरेश नायक हांणी सगळ्यांक येवकार दिलो.", "kok") == {"सुरेश नायक"}
    assert people_in("ह्या वेळार आमदार डॉ. रमेश कामत हांणी उलो मारलो.", "kok") == {"रमेश कामत"}
    assert people_in("कवी माया देसाय हांच्या पुस्तकाचें उक्तावण जालें.", "kok") == {"माया देसाय"}


def test_no_name_in_a_title_a_body_or_a_place_s_people() -> None:
    assert people_in("ह्या वेळार अध्यक्ष हांणी सगळ्यांक येवकार दिलो.", "kok") == set()
    assert people_in("मंडळाचे अध्यक्ष हांणी उलो मारलो.", "kok") == set()
    assert people_in("वाड्यांतल्या लोकां हांणी विरोध केलो.", "kok") == set()
    assert people_in("पंचायतीचे सदस्य हांका आमंत्रण दिलें.", "kok") == set()
