"""Actors in Marathi, Bengali, Nepali and Urdu, whose scripts have no capitals: persons told by the words around
the name (`data/caseless_names.yaml`, the rule Hebrew and Hindi use): Marathi's respectful pronoun after a name ("X
यांनी", by X), Bengali's honorifics and the case ending glued to a name's last word ("X|ের", X's; Nepali "X|ले", by
X), Urdu's titles before a listed given name; texts written for these tests."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("संजय पाटील यांनी पत्रकार परिषदेत माहिती दिली.", "mr", "संजय पाटील"),  # by Sanjay Patil (respectful)
        ("आमदार सुनील शिंदे यांच्या उपस्थितीत बैठक झाली.", "mr", "सुनील शिंदे"),  # a title stops the name
        ("অনুষ্ঠানে সভাপতিত্ব করেন জনাব রফিকুল ইসলাম।", "bn", "রফিকুল ইসলাম"),  # Mr: the name up to the stop
        ("সচিব মো. কামরুলের সঞ্চালনায় সভা হয়।", "bn", "কামরুল"),  # Md. Kamrul's: the ending closes the name
        ("وزیر داخلہ محمد سلیم نے کہا کہ امن قائم رہے گا۔", "ur", "محمد سلیم"),  # the interior minister said
        ("جسٹس عمران قریشی کل سماعت کریں گے۔", "ur", "عمران قریشی"),  # a listed given name after a title
        ("प्रवक्ता रामप्रसाद अधिकारीले भने, काम सुरु भयो ।", "ne", "रामप्रसाद अधिकारी"),  # "-ले ... भने": by, said
    ],
)
def test_a_name_told_by_its_context(text: str, language: str, person: str) -> None:
    assert people(text, language) == [person]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("शहरातील रस्त्यांच्या कामांना सुरुवात झाली.", "mr"),  # no marker, no title
        ("पुण्यातील शाळा महाविद्यालय कर्मचारी यांच्या मागण्या मान्य झाल्या.", "mr"),  # three common words before it
        ("সচিব সভায় উপস্থিত ছিলেন।", "bn"),  # the secretary, then a common noun with an ending
        ("وزیر اعظم نے کہا کہ بجٹ جلد پیش ہوگا۔", "ur"),  # the prime minister said: no name
        ("प्रवक्ताले भने, काम सुरु भयो ।", "ne"),  # the spokesman said
    ],
)
def test_no_name_without_one(text: str, language: str) -> None:
    assert people(text, language) == []
