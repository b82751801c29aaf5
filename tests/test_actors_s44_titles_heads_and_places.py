"""People after an Arabic governor's title with its state's word and name ("حاكم ولاية أوهايو"), after the verb of
being called ("يدعى"), a name that ends before "and" glued to a verb ("ويبلغ من العمر"), and after Ukrainian
feminine offices ("міністерка"); bodies headed by a university's or an academy's word in Russian, German and Turkish,
by Spanish "Órgano", an outlet credited in a French or German dateline, a named museum; a region whose name opens with
a given name's word is a place; an Arabic outlet whose name is a common noun ("الجزيرة", the island) only where the
text names the channel; a chamber's word after a title is no person's name. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    """Each actor's kind and the words the text names it by."""
    return [(f.kind, surface) for f in find_actors(text, language) for surface in f.surfaces]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال حاكم ولاية أوهايو مايك ديواين إن المدارس ستفتح أبوابها يوم الاثنين المقبل.", "مايك ديواين"),
        ("وقال حاكم الولاية مايك ديواين إن المدارس ستفتح أبوابها يوم الاثنين المقبل.", "مايك ديواين"),
        ("وقالت الشرطة إن السائق يدعى كارل شميدت ويبلغ من العمر 40 عاما.", "كارل شميدت"),
    ],
)
def test_an_arabic_person_is_found(text: str, person: str) -> None:
    assert [name for kind, name in found(text, "ar") if kind == "person"] == [person]


def test_being_called_names_no_one_where_no_name_follows() -> None:
    assert [n for k, n in found("وهذا ما يدعى في المدينة بالسوق القديم الذي افتتح قبل قرن.", "ar") if k == "person"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Парламент підтримав відставку міністерки освіти Оксани Петренко.",
        "Прем'єр-міністерка Оксана Петренко внесла подання до парламенту.",
    ],
)
def test_a_ukrainian_feminine_office_before_a_name(text: str) -> None:
    assert any(kind == "person" and "Петренко" in name for kind, name in found(text, "uk"))


@pytest.mark.parametrize(
    ("language", "text", "words"),
    [
        ("ru", "Лекция прошла в Университете Лейк-Сити в среду вечером.", "Университете"),
        ("ru", "По данным Сибирской академии наук, лето было самым жарким.", "академии"),
        ("de", "Die Technische Universität Lindenau hat am Montag neue Zahlen veröffentlicht.", "Universität"),
        ("tr", "Karadeniz Üniversitesi yeni bir bölüm açtı.", "Üniversitesi"),
        ("es", "Los datos los publicó el Órgano Electoral Nacional el lunes.", "Órgano Electoral"),
        ("fr", "12 mars 2025 (Lumière Info) – Le conseil municipal a voté le budget.", "Lumière Info"),
        ("de", "Lindenau (lnz) - Der Stadtrat hat den Haushalt beschlossen.", "lnz"),
    ],
)
def test_a_body_is_found(language: str, text: str, words: str) -> None:
    assert any(kind == "organisation" and words in name for kind, name in found(text, language))


@pytest.mark.parametrize("text", ["Él viajó por América Latina durante tres meses.", "Asia y América Latina esperan."])
def test_latin_america_is_a_place(text: str) -> None:
    assert found(text, "es") == []


def test_a_university_word_alone_names_no_body() -> None:
    assert found("Он учился в университете и потом работал в школе на окраине города.", "ru") == []


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("ولا يزال أكثر من 70 بالمئة من الجزيرة بدون كهرباء منذ الثلاثاء.", False),  # the island
        ("امتد الانقطاع إلى شبه الجزيرة الإيبيرية وجنوب فرنسا صباح الاثنين.", False),  # the peninsula
        ("وقال المتحدث لقناة الجزيرة إن الاتفاق سيوقع غدا.", True),
        ("وقالت مصادر إن الجيش أطاح بالقيادة العسكرية، وفق” الجزيرة”.", True),
        ("وذكر موقع الجزيرة نت أن الحكومة أعلنت حالة الطوارئ.", True),
    ],
)
def test_al_jazeera_only_where_the_text_names_the_channel(text: str, outlet: bool) -> None:
    assert any(f.id == "al-jazeera" for f in find_actors(text, "ar")) is outlet


def test_a_chambers_word_after_a_title_is_no_persons_name() -> None:
    text = "Спікерка Палати представників США Ненсі Пелосі прибула на Тайвань."
    assert "Палати" not in [surface for kind, surface in found(text, "uk") if kind == "person"]


@pytest.mark.parametrize(
    ("language", "text", "museum"),
    [
        ("en", "Thieves broke into the Lindenau Museum on Sunday morning.", "Lindenau Museum"),
        ("fr", "Les voleurs sont entrés au musée du Lindenau dimanche matin.", "musée du Lindenau"),
        ("es", "El Museo del Lindenau recibió a tres millones de visitantes.", "Museo del Lindenau"),
        ("de", "Das Museum Lindenau in Köln zeigt neue Werke.", "Museum Lindenau"),
    ],
)
def test_a_named_museum_is_a_body(language: str, text: str, museum: str) -> None:
    assert ("organisation", museum) in found(text, language)


def test_a_museum_with_no_name_is_no_body() -> None:
    assert found("He visited the museum on Sunday with his family.", "en") == []
