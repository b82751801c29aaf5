"""A person named before "of the" and the body she belongs to are two actors, not one body; a body's acronym may
spell its capitalised article ("La Libertad Avanza (LLA)"); the largest technology companies and the two makers of
large airliners by their names in every covered language (not Amazon where it also names the river), Greenpeace and
Extinction Rebellion; Turkish officers' ranks before a name and institutions named "Kurumu"; a Chinese consul
general's name, and a name ending before "奉"; Isa and Clément among the Arabic given names; the Taliban in lower
case in Russian; an Arabic body ends before the verb's object after its complement ("أطلقت قوات الأمن النار"); a Persian
institute; an acronym beside the word for a party ("du parti FSNC", "the MANIDEM party"). Sentences written for
the test."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> list[tuple[str, str]]:
    """Each actor's kind and the words the text names it by."""
    return [(f.kind, surface) for f in find_actors(text, language) for surface in f.surfaces]


def ids(text: str, language: str) -> list[str]:
    return [f.id for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "person", "body"),
    [
        ("The motion was backed by Anna Kowalczyk of the Green Alliance on Tuesday.", "Anna Kowalczyk", "Green Alliance"),
        ("He spoke to John Mbeki of the National Electoral Commission on Monday.", "John Mbeki", "National Electoral Commission"),
        ("Jean Dupont du Parti socialiste a voté contre.", "Jean Dupont", "Parti socialiste"),
    ],
)
def test_a_person_of_a_body_is_a_person_and_a_body(text: str, person: str, body: str) -> None:
    kinds = found(text, "fr" if "Parti" in text else "en")
    assert ("person", person) in kinds
    assert ("organisation", body) in kinds
    assert not any(person in surface and body in surface for _, surface in kinds)


@pytest.mark.parametrize(
    "text", ["The Bank of England raised its rate on Thursday.", "The Islamic Republic of Iran rejected the plan."]
)
def test_a_body_named_with_of_stays_whole(text: str) -> None:
    assert not any(kind == "person" for kind, _ in found(text, "en"))


def test_an_acronym_spells_the_capitalised_article_of_its_name() -> None:
    text = "En las elecciones, La Libertad Avanza (LLA) ganó en 16 provincias."
    assert ("organisation", "La Libertad Avanza") in found(text, "es")


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("it", "Il fondatore di Amazon si è sposato a Venezia.", "amazon-company"),
        ("de", "Amazon hat die Preise erhöht.", "amazon-company"),
        ("es", "Microsoft anunció nuevos despidos.", "microsoft"),
        ("tr", "Google yeni bir yapay zeka modeli tanıttı.", "google"),
        ("ru", "Самолет Boeing 737 разбился при посадке.", "boeing"),
        ("fa", "شرکت بوئینگ این هواپیما را ساخته است.", "boeing"),
        ("tr", "Airbus teslimatları erteledi.", "airbus"),
        ("zh", "空客公司表示将增加产量。", "airbus"),
        ("uk", "Компанія Apple представила новий телефон.", "apple-inc"),
    ],
)
def test_large_companies_by_name(language: str, text: str, actor: str) -> None:
    assert actor in ids(text, language)


def test_amazon_is_still_the_river_in_english() -> None:
    assert "amazon-company" not in ids("Fires spread across the Amazon this summer.", "en")


def test_a_turkish_soldiers_ranks_before_his_name() -> None:
    text = "Şehit Hava Pilot Yarbay Gökhan Korkmaz'ın cenaze töreni cumartesi günü yapılacak."
    assert ("person", "Gökhan Korkmaz") in found(text, "tr")


def test_a_turkish_institution_named_kurumu() -> None:
    text = "Cenazeler konvoy eşliğinde Adli Tıp Kurumu'na sevk edildi."
    assert ("organisation", "Adli Tıp Kurumu") in found(text, "tr")


@pytest.mark.parametrize(
    ("text", "name"),
    [("中国驻大阪总领事薛剑在社交平台上发文。", "薛剑"), ("外交部副部长孙卫东奉示召见日本驻华大使。", "孙卫东")],
)
def test_a_chinese_officials_name_after_the_title(text: str, name: str) -> None:
    assert ("person", name) in found(text, "zh")


@pytest.mark.parametrize(
    ("text", "name"),
    [("وكان عيسى تشيروما أقوى منافس للرئيس.", "عيسى تشيروما"), ("وقال كليمان أتانغانا إن النتائج نهائية.", "كليمان أتانغانا")],
)
def test_arabic_names_opening_with_isa_or_clement(text: str, name: str) -> None:
    assert ("person", name) in found(text, "ar")


@pytest.mark.parametrize("text", ["Представители талибана заявили об этом.", "Правительство талибов отвергло обвинения."])
def test_the_taliban_in_lower_case_in_russian(text: str) -> None:
    assert "taliban" in ids(text, "ru")


@pytest.mark.parametrize(
    ("language", "text", "actor"),
    [
        ("it", "Ieri in piazza si è svolta una manifestazione di Extinction Rebellion.", "extinction-rebellion"),
        ("de", "Greenpeace kritisierte den Beschluss scharf.", "greenpeace"),
        ("ru", "Активисты Гринпис вышли на акцию протеста.", "greenpeace"),
    ],
)
def test_environmental_campaigns_by_name(language: str, text: str, actor: str) -> None:
    assert actor in ids(text, language)


@pytest.mark.parametrize(
    "text", ["أطلقت قوات الأمن الغاز المسيل للدموع لتفريق المتظاهرين.", "وأطلقت قوات الأمن النار على المحتجين."]
)
def test_the_verbs_object_after_an_arabic_body_and_its_complement_is_no_word_of_it(text: str) -> None:
    assert not any(kind == "organisation" and ("الغاز" in s or "النار" in s) for kind, s in found(text, "ar"))


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("وقالت مديرية الأمن العام إن الطريق مغلق.", "مديرية الأمن العام"),
        ("وقال حزب الشعب الجمهوري إنه سيصوت ضد القانون.", "حزب الشعب الجمهوري"),
        ("وقالت هيئة الهلال الأحمر إن المساعدات وصلت.", "هيئة الهلال الأحمر"),
    ],
)
def test_an_arabic_body_keeps_the_adjective_after_its_complement(text: str, body: str) -> None:
    assert ("organisation", body) in found(text, "ar")


def test_clement_as_arabic_writes_it_in_english() -> None:
    assert ("person", "كليمنت أتانجانا") in found("وقال كليمنت أتانجانا رئيس المجلس الدستوري إن النتائج نهائية.", "ar")


def test_a_persian_institute_by_its_name() -> None:
    text = "محمدرضا کاویانپور، رئیس موسسه تحقیقات آب، گفت که بارانی ثبت نشده است."
    assert ("organisation", "موسسه تحقیقات آب") in found(text, "fa")


@pytest.mark.parametrize(
    ("language", "text", "acronym"),
    [
        ("fr", "Issa Tchiroma, du parti FSNC, a défié les autorités.", "FSNC"),
        ("en", "They detained Anicet Ekane, leader of the MANIDEM party, on Sunday.", "MANIDEM"),
        ("es", "El candidato del partido PRI reconoció su derrota.", "PRI"),
        ("de", "Die Partei BSW verpasste den Einzug.", "BSW"),
    ],
)
def test_an_acronym_beside_the_word_for_a_party_is_that_party(language: str, text: str, acronym: str) -> None:
    assert ("organisation", acronym) in found(text, language)


def test_a_party_acronym_in_a_headline_in_capitals_is_no_body() -> None:
    assert not any(kind == "organisation" for kind, _ in found("THE NDP PARTY WON THE VOTE", "en"))
