"""A state's army, forces and troops named by its name or adjective, in German, Spanish, Portuguese, Turkish and
Ukrainian, on made-up sentences with an empty topic registry: Turkish writes the body as one compound of the state's
name and the possessed head-word, whose case ending follows the whole ("Belçika ordusunun"), so the body is named
with the state's word; Ukrainian feminine adjectives in the genitive, dative and locative end in -ої ("перуанської
армії"); Spanish and Portuguese adjectives in -e or -a take -s in the plural ("estadounidenses", "canadenses");
German "Truppen" after a state's adjective is its armed forces, as "troops" is in English."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


@pytest.mark.parametrize(
    ("text", "body", "surface"),
    [
        ("Belçika ordusunun açıklamasına göre köprü yıkıldı.", "Belgium Army", "Belçika ordusunun"),
        ("Peru güçleri dün kente girdi.", "Peru Armed Forces", "Peru güçleri"),
        ("Kanada askerleri limana ulaştı.", "Canada Armed Forces", "Kanada askerleri"),
    ],
)
def test_turkish_bodies_are_named_with_their_states_word(text: str, body: str, surface: str) -> None:
    assert found(text, "tr")[body] == ("organisation", (surface,))


def test_turkish_forces_no_state_names_are_no_body() -> None:
    assert found("Güvenlik güçleri yolu kapattı.", "tr") == {}


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Позиції перуанської армії обстріляли вночі.", "uk", "Peru Army"),
        ("Підрозділи канадської армії прибули до порту.", "uk", "Canada Army"),
        ("Las tropas estadounidenses llegaron al puerto.", "es", "United States Armed Forces"),
        ("Die belgischen Truppen überquerten den Fluss.", "de", "Belgium Armed Forces"),
    ],
)
def test_a_states_army_and_troops_by_its_adjective(text: str, language: str, body: str) -> None:
    assert found(text, language)[body][0] == "organisation"


def test_portuguese_plural_adjective_beside_a_word_for_government_names_the_state() -> None:
    assert found("As autoridades canadenses confirmaram a notícia.", "pt") == {"Canada": ("state", ("autoridades canadenses",))}
