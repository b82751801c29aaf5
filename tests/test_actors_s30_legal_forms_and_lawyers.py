"""A company's name closed by its legal form ("Siemens AG", "Bosch GmbH", "Norvale Holding B.V.") in a Portuguese,
Spanish or Italian text is an organisation's; the same letters with no name before them, or a common noun, are none.
And a Turkish lawyer's or professor's title ("Av.", "Avukat", "Prof.") before a name says it is a person's, as bar
associations and universities sign their statements; a city's bar association ("İstanbul Barosu") is an
organisation. Each text is written for the test."""

from __future__ import annotations

import pytest
from conftest import make_project

INTRO = {
    "pt": "Título da nota\n\nA empresa divulgou hoje um comunicado sobre a fábrica e os trabalhadores.\n\n",
    "es": "Título de la nota\n\nLa empresa publicó hoy un comunicado sobre la planta y sus trabajadores.\n\n",
    "it": "Titolo della nota\n\nIl gruppo ha diffuso oggi una nota sulla fabbrica e sui lavoratori.\n\n",
    "tr": "Başlık burada\n\nBu metin yerel bir kurumun açıklamasıdır ve bugün yayımlandı.\n\n",
}


def actors(tmp_path, language: str, sentence: str) -> dict[str, str]:
    from briefing.extract import extract
    from briefing.load import load_source
    from briefing.pipeline import Project, load_registry

    root = make_project(tmp_path, {"page.txt": INTRO[language] + sentence + "\n"})
    registry, _ = load_registry(Project(root))
    b = extract(load_source(root / "sources/page.txt", root), registry)
    kinds = {d.id: d.kind for d in b.detected}
    return {m.text: kinds.get(m.actor, "") for m in b.mentions}


@pytest.mark.parametrize(
    ("language", "sentence", "name"),
    [
        ("pt", "O contrato será assinado pela Siemens AG em Lisboa.", "Siemens AG"),
        ("pt", "A Norvale Holding B.V. comprou o armazém.", "Norvale Holding B.V"),
        ("es", "La planta de Bosch GmbH cerrará en marzo.", "Bosch GmbH"),
        ("it", "La Siemens AG ha firmato il contratto con il comune.", "Siemens AG"),
    ],
)
def test_a_legal_form_closes_a_companys_name(tmp_path, language: str, sentence: str, name: str) -> None:
    assert actors(tmp_path, language, sentence).get(name) == "organisation"


def test_a_sentence_with_no_company_names_none(tmp_path) -> None:
    assert actors(tmp_path, "pt", "A empresa anunciou lucros ontem em Lisboa.") == {}


def test_a_legal_form_a_comma_sets_apart_is_no_name_of_its_own(tmp_path) -> None:
    assert "S.A" not in actors(tmp_path, "pt", "O acordo com a Galp Energia, S.A. foi assinado ontem.")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Toplantıya Av. Metin Kaya da katıldı.", "Metin Kaya"),
        ("Toplantıya Avukat Ayşe Demir katıldı.", "Ayşe Demir"),
        ("Açılışa Prof. Dr. Hasan Yılmaz katıldı.", "Hasan Yılmaz"),
    ],
)
def test_a_turkish_lawyers_title_names_a_person(tmp_path, sentence: str, name: str) -> None:
    assert actors(tmp_path, "tr", sentence).get(name) == "person"


def test_the_plural_of_lawyer_names_nobody(tmp_path) -> None:
    assert actors(tmp_path, "tr", "Avukatlar sabah erkenden adliyeye gitti ve dosyaları inceledi.") == {}


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("İstanbul Barosu yönetimi bugün bir açıklama yaptı.", "İstanbul Barosu"),
        ("Avukatlar dün Bolu Barosu önünde toplandı.", "Bolu Barosu"),
    ],
)
def test_a_citys_bar_association_is_an_organisation(tmp_path, sentence: str, name: str) -> None:
    assert actors(tmp_path, "tr", sentence).get(name) == "organisation"


def test_the_word_alone_opening_a_sentence_names_no_bar(tmp_path) -> None:
    assert actors(tmp_path, "tr", "Barosu olmayan şehirler de var ve avukatlar komşu ile bağlı.") == {}
