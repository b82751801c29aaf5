"""Review of fixst3: a title, one or two given names and a surname in capitals is the whole person's name; an
acronym after a full name is still cut off."""

import pytest
from briefing.actors import find_actors


def _found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        ("tr", "Toplantıya Bakan Mehmet Ali KARACA katıldı.", "Mehmet Ali KARACA"),
        ("tr", "Törene Vali Ayşe Nur KOCABAŞ katıldı.", "Ayşe Nur KOCABAŞ"),
        ("fr", "Le décret est signé par le ministre Marie Claire DUBOIS et publié hier.", "Marie Claire DUBOIS"),
    ],
)
def test_two_given_names_and_surname_in_capitals(language: str, text: str, name: str) -> None:
    found = _found(text, language)
    assert ("person", name) in found
    assert not any(kind == "person" and n != name for kind, n in found)


def test_acronym_after_full_name_still_cut() -> None:
    assert ("person", "Mansur Yavaş") in _found("Başkan Mansur Yavaş ASKİ yönetimini eleştirdi.", "tr")
    assert ("person", "Hasan Yılmaz") in _found("Vali Hasan Yılmaz AFAD ekipleriyle geldi.", "tr")
