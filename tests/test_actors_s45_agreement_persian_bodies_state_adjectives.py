"""An Arabic head-word with the article takes only agreeing adjectives into its name (the verb's object after it
is no word of it); "the country" after a title is no family name; the state's presidency is no body; an Arabic
institute; Persian central banks, cabinets and the Majlis, and given names that are rarely words; Turkey's MİT; a
Russian or Ukrainian body whose name opens with a state's adjective the registry holds; Xinhua's site; an Italian
acronym written with one capital ("il Mit") where it is cited or acts as a body. Sentences written for the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    """Each actor's kind and the words the text names it by."""
    return [(f.kind, surface) for f in find_actors(text, language) for surface in f.surfaces]


def bodies(text: str, language: str) -> list[str]:
    return [surface for kind, surface in found(text, language) if kind == "organisation"]


def test_an_arabic_feminine_body_ends_before_the_verbs_object() -> None:
    assert bodies("وأيدت المحكمة الدستورية الحكم الصادر أمس بحق المتهمين.", "ar") == ["محكمة الدستورية"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وقالت المحكمة الدستورية العليا إن النص باطل.", "محكمة الدستورية العليا"),
        ("وأعلنت الهيئة الوطنية المستقلة تأجيل الاقتراع.", "هيئة الوطنية المستقلة"),
    ],
)
def test_an_arabic_feminine_body_keeps_its_agreeing_adjectives(text: str, body: str) -> None:
    assert body in bodies(text, "ar")


def test_the_country_after_a_presidents_name_is_no_family_name() -> None:
    people = [s for k, s in found("وتحدثت تقارير عن مغادرة الرئيس كاروني البلاد على متن طائرة.", "ar") if k == "person"]
    assert not any("البلاد" in person for person in people)


def test_the_states_presidency_is_no_body() -> None:
    assert bodies("ودعا المجلس العسكري الضابط إلى تولي مهام رئاسة الدولة.", "ar") == ["مجلس العسكري"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("پیشنهاد بانک مرکزی درباره نرخ ارز در جلسه امروز بررسی شد.", "بانک مرکزی"),
        ("این لایحه در هیئت وزیران به تصویب رسید.", "هیئت وزیران"),
        ("هیات دولت در جلسه امروز لایحه بودجه را تصویب کرد.", "هیات دولت"),
    ],
)
def test_a_persian_central_bank_and_cabinet_are_bodies(text: str, body: str) -> None:
    assert body in bodies(text, "fa")


def test_the_majlis_by_its_own_name() -> None:
    ids = [f.id for f in find_actors("نمایندگان مجلس شورای اسلامی امروز درباره بودجه رأی دادند.", "fa")]
    assert ids == ["islamic-consultative-assembly"]


def test_a_persian_body_ends_before_a_light_verb() -> None:
    assert not any("کنم" in body for body in bodies("لازم می دانم از نمایندگان مجلس تشکر کنم.", "fa"))


def test_a_persian_given_name_opens_a_name() -> None:
    assert ("person", "هادی رستمی") in found("اقتصاددانانی مانند هادی رستمی این طرح را نقد کرده‌اند.", "fa")


@pytest.mark.parametrize(
    ("language", "text", "body"),
    [
        ("ru", "Об этом сообщил Норвежский нобелевский комитет.", "Норвежский нобелевский комитет"),
        ("uk", "Про це заявили Сербські збройні сили.", "Сербські збройні сили"),
    ],
)
def test_a_body_opened_by_a_states_adjective(language: str, text: str, body: str) -> None:
    assert body in bodies(text, language)


def test_a_states_adjective_before_a_common_noun_opens_no_body() -> None:
    assert bodies("Он сказал, что Российские военные корабли вошли в порт.", "ru") == []


def test_xinhuas_site_is_xinhua() -> None:
    assert [f.id for f in find_actors("新华网进行图文直播。", "zh")] == ["xinhua"]


def test_an_arabic_institute_before_its_name() -> None:
    text = "حصلت على درجة الماجستير من معهد الدراسات العليا للإدارة في المدينة."
    assert "معهد الدراسات العليا للإدارة" in bodies(text, "ar")


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        ("Komisyon toplantısında MİT Başkanı Ali Demir dinlendi.", ["national-intelligence-organization"]),
        ("Bu iddia yıllarca bir mit olarak kaldı.", []),
    ],
)
def test_turkeys_intelligence_organisation_by_its_acronym(text: str, ids: list[str]) -> None:
    assert [f.id for f in find_actors(text, "tr") if f.kind == "organisation"] == ids


def test_a_states_name_in_a_case_opens_no_body() -> None:
    text = "Переговоры с Ираном ядерной программы не касались."
    assert bodies(text, "ru") == []


def test_the_country_still_completes_a_title() -> None:
    text = "واتهمت الحكومة اليوم رئيس البلاد السابق كمال ديارا بالضلوع في المحاولة الانقلابية."
    assert ("person", "كمال ديارا") in found(text, "ar")


def test_a_name_folded_inside_a_common_word_is_no_given_name() -> None:
    text = "او با این کارش نه تنها باعث بی‌آبرویی شد، بلکه تیم حقوقی خود را مبهوت کرد."
    assert [s for k, s in found(text, "fa") if k == "person"] == []


@pytest.mark.parametrize(
    ("text", "acronyms"),
    [
        ("Si tratta di una verifica tecnica, secondo il Mef che annuncia nuovi dati.", ["Mef"]),
        ("Secondo la Fiom, lo sciopero è riuscito in tutte le fabbriche.", ["Fiom"]),
        ("Il Donbass è stato bombardato di nuovo nella notte.", []),
        ("Nel Kashmir la tensione resta alta da settimane.", []),
    ],
)
def test_an_italian_acronym_with_one_capital_cited_as_a_body(text: str, acronyms: list[str]) -> None:
    assert bodies(text, "it") == acronyms
