"""Turkish official texts: the bodies of local and provincial government and their offices ("Belediyesi",
"Valiliği", "Bürosu"), a joint-stock company's legal form ("AŞ"), a chief prosecutor and a chief by their titles
("Başsavcı", "Şefi"), a meeting "chaired by" an official ("X başkanlığında"), and an official's surname written in
capitals ("Vali Ad SOYAD"). Sentences written for the test, on a topic of their own (a city's parks)."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, kind: str) -> list[str]:
    return [f.name for f in find_actors(text, "tr") if f.kind == kind]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Eskişehir Büyükşehir Belediyesi yeni parkları açtı.", "Eskişehir Büyükşehir Belediyesi"),
        ("Kütahya Valiliği park saatlerini duyurdu.", "Kütahya Valiliği"),
        ("Parktaki olayı Çevre Suçları Bürosu inceliyor.", "Çevre Suçları Bürosu"),
        ("Yeşil Vadi Peyzaj AŞ parkların bakımını üstlendi.", "Yeşil Vadi Peyzaj AŞ"),
    ],
)
def test_a_local_body_or_company(text: str, body: str) -> None:
    assert body in found(text, "organisation")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Açıklamayı Başsavcı Kemal Yıldırım imzaladı.", "Kemal Yıldırım"),
        ("Park İşleri Şefi Ayşe Korkmaz sorulara yanıt verdi.", "Ayşe Korkmaz"),
    ],
)
def test_a_chief_by_title(text: str, person: str) -> None:
    assert person in found(text, "person")


def test_chaired_by_ends_the_name() -> None:
    """ "Vali X Y başkanlığında" (chaired by governor X Y): the person is X Y, no body of "Başkanlık"."""
    people = found("Park kurulu Vali Mehmet Aydın Başkanlığında toplandı.", "person")
    assert people == ["Mehmet Aydın"]


def test_a_surname_in_capitals_after_a_title() -> None:
    assert "Selim KARAKAYA" in found("Toplantıya Vali Selim KARAKAYA katıldı.", "person")


def test_an_acronym_after_a_given_name_is_no_surname() -> None:
    """A body's acronym beside a given name, with no title before it, names no person: an acronym the knowledge does
    not list ("TEDAŞ"), which no earlier match takes."""
    assert found("Toplantıya dün Ahmet TEDAŞ yetkilileriyle katıldı.", "person") == []
