"""Two forms of a body no registry lists. Turkish names an outlet before the word for its channel or agency with a
possessive ending ("El Arabiya televizyonu", "FANA televizyonunun") or in the genitive before the word for its report
("Rudaw'ın haberine göre", according to Rudaw's report): the capitalised words are the outlet, an organisation; not a
word that makes the channel a common one ("Devlet televizyonu", the state television), a common noun in the genitive
("Ordunun", no apostrophe) or the rest of a registered name ("CNN International'ın"). German names a state's armed
forces by its adjective and "Militär" ("das aserbaidschanische Militär"); "Militär" alone, in a genitive without an
adjective, before a noun joined by "und" ("zwischen Militär und Zivilpolitikern"), or before its verb's object ("schickte
das Militär Panzer": it opens no name of more words) names no body. Sentences written
for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.kind, f.name) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("Kavala'nın haberine göre, limandaki yangın sabaha kadar sürdü.", "Kavala"),
        ("Körfez Ses'in haberine göre belediye meclisi toplantıyı erteledi.", "Körfez Ses"),
        ("Ufuk Haber'in haberinde, köprünün yeniden açılacağı belirtildi.", "Ufuk Haber"),
        ("Kanal Doğu televizyonu, seçim sonuçlarının gece açıklanacağını duyurdu.", "Kanal Doğu"),
        ("Kanal Ufuk televizyonunun aktardığına göre, barajdaki su seviyesi yükseldi.", "Kanal Ufuk"),
    ],
)
def test_a_turkish_outlet_before_its_channel_or_its_report(text: str, outlet: str) -> None:
    assert ("organisation", outlet) in found(text, "tr")


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Devlet televizyonu, seçim sonuçlarının gece açıklanacağını duyurdu.", "Devlet"),
        ("Kamu televizyonunun aktardığına göre, barajdaki su seviyesi yükseldi.", "Kamu"),
        ("Bakan Yıldız'ın açıklamasına göre, köprü yeniden açılacak.", "Yıldız"),  # a statement, no report
        ("Ordunun televizyon kanalında, olağanüstü hal ilan edildiği bildirildi.", "Ordunun"),  # the army's: no apostrophe
        ("CNN International'ın haberine göre, lider istifa etmeyi kabul etti.", "International"),  # a registered name's rest
    ],
)
def test_no_turkish_outlet_from_a_common_word_or_a_statement(text: str, word: str) -> None:
    assert ("organisation", word) not in found(text, "tr")


@pytest.mark.parametrize(
    ("text", "forces"),
    [
        ("Das aserbaidschanische Militär hat nach eigenen Angaben mehrere Dörfer eingenommen.", "Azerbaijan Armed Forces"),
        ("Der Präsident übergab die Regierungsgewalt dem ägyptischen Militär.", "Egypt Armed Forces"),
        ("Das sudanesische Militär und die Miliz lieferten sich schwere Gefechte.", "Sudan Armed Forces"),
    ],
)
def test_a_states_military_by_its_adjective(text: str, forces: str) -> None:
    assert ("organisation", forces) in found(text, "de")


@pytest.mark.parametrize(
    "text",
    [
        "Das Militär hat in der Nacht die Macht übernommen.",
        "Der Druck des Militärs auf die Regierung wuchs in den letzten Wochen.",
        "Ein Abkommen regelt die Machtteilung zwischen Militär und Zivilpolitikern.",
        "Die Machtteilung zwischen Armee und Zivilpolitikern wurde im Dezember vereinbart.",
        "Polizei und Feuerwehr waren die ganze Nacht im Einsatz.",
        "Am Morgen schickte das Militär Panzer an alle wichtigen Kreuzungen der Hauptstadt.",  # the verb's object
    ],
)
def test_no_german_body_from_military_alone_or_joined_to_a_noun(text: str) -> None:
    assert not [name for kind, name in found(text, "de") if kind == "organisation"]


def test_two_german_bodies_joined_by_und_are_both_read() -> None:
    names = [name for kind, name in found("Die Küstenwache und Marine der Philippinen übten gemeinsam.", "de")]
    assert "Küstenwache" in names and "Marine der Philippinen" in names
