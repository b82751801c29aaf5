"""Turkish names a court, a committee or a council by an adjective and the bare head-word, with no possessive ending
("Yüksek Mahkeme", the Supreme Court), as it writes "Kongre" and "Parti", and a national or federal assembly so ("Ulusal
Meclis", "Federal Meclis"): the capitalised run is a body, also before a case ending after an apostrophe. The
possessive form after a noun ("Anayasa Mahkemesi") stays one; the bare head-word alone opening a sentence ("Mahkeme
kararı ...", the court's ruling) names no body, nor does "Meclis" alone, also a town council's ("ilk Meclis
toplantısı"), even where a state is named. A unit of the body and a title after it ("Yüksek Mahkeme İkinci Daire Başkanı"):
the body, then the person the title names. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def bodies(text: str) -> set[str]:
    return {surface for f in find_actors(text, "tr") if f.kind == "organisation" for surface in f.surfaces}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Yüksek Mahkeme, itirazı salı günü reddetti.", "Yüksek Mahkeme"),
        ("Ulusal Meclis, bütçe yasasını gece yarısı kabul etti.", "Ulusal Meclis"),
        ("Geçici Komite, raporunu cuma günü yayımladı.", "Geçici Komite"),
        ("Askeri Konsey, yönetime el koyduğunu açıkladı.", "Askeri Konsey"),
        ("Almanya'da Federal Meclis, yasayı perşembe günü onayladı.", "Federal Meclis"),
        ("Muhalefet, Yüksek Mahkeme'nin kararına tepki gösterdi.", "Yüksek Mahkeme"),
        ("Anayasa Mahkemesi başvuruyu oy birliğiyle reddetti.", "Anayasa Mahkemesi"),
    ],
)
def test_an_adjective_and_a_bare_head_word_name_a_body(text: str, body: str) -> None:
    assert body in bodies(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mahkeme kararı dün akşam açıklandı.",
        "Komite toplantısı yarın sabah yapılacak.",
        "Konsey üyeleri öğleden sonra bir araya geldi.",
        "Türkiye'de belediyenin ilk Meclis toplantısı dün yapıldı.",
    ],
)
def test_a_bare_head_word_alone_opening_a_sentence_names_no_body(text: str) -> None:
    assert not bodies(text)


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("Karar, Yüksek Mahkeme İkinci Daire Başkanı Laura Bettini tarafından açıklandı.", "Yüksek Mahkeme", "Laura Bettini"),
        ("Karar, Anayasa Mahkemesi Birinci Daire Başkanı Marco Ferri tarafından okundu.", "Anayasa Mahkemesi", "Marco Ferri"),
    ],
)
def test_a_unit_and_a_title_after_the_body_open_a_persons_name(text: str, body: str, person: str) -> None:
    found = {(f.kind, surface) for f in find_actors(text, "tr") for surface in f.surfaces}
    assert ("organisation", body) in found and ("person", person) in found
