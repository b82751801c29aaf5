"""Causes of the actors missed on the twelfth held-out set, each as a general rule on made-up sentences: Russian and
Ukrainian bodies named by a capitalised head-word and lower-case genitive words; a state's adjective capitalised
inside a sentence, which is a name's word; Arabic and Persian forces named by a state's adjective, and names opening with
a kunya; German "von" between nouns."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def named(text: str, language: str) -> list[tuple[str, str]]:
    return [(f.surfaces[0], f.kind) for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Заместитель командующего Сил народной обороны погиб вчера.", "ru", "Сил народной обороны"),
        ("Бойцы подразделения Корпуса стражей народной революции отступили.", "ru", "Корпуса стражей народной революции"),
        ("По данным Агентства ядерной безопасности, утечки нет.", "ru", "Агентства ядерной безопасности"),
        ("Командир Сил народної оборони загинув учора.", "uk", "Сил народної оборони"),
        ("Бійці Корпусу вартових народної революції відступили.", "uk", "Корпусу вартових народної революції"),
    ],
)
def test_a_capitalised_head_word_takes_the_lower_case_genitive_words_after_it(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in named(text, language)


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Вчера Служба внешней торговли заявила об этом.", "ru", "Служба внешней торговли"),
        ("Учора Служба зовнішньої торгівлі заявила про це.", "uk", "Служба зовнішньої торгівлі"),
    ],
)
def test_a_sentences_first_word_before_a_head_word_is_no_part_of_the_body(text: str, language: str, body: str) -> None:
    """The genitive words stop before the verb ("заявила"), and "Вчера" only opens the sentence."""
    assert named(text, language) == [(body, "organisation")]


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Представитель Фронта народного освобождения заявил это.", "ru", "Фронта народного освобождения"),
        ("Представник Фронту народного звільнення заявив це.", "uk", "Фронту народного звільнення"),
    ],
)
def test_a_title_before_a_head_word_is_the_bodys_officer_not_a_person(text: str, language: str, body: str) -> None:
    assert named(text, language) == [(body, "organisation")]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Вечером Борис Немцов встретился с журналистами.", "ru", "Борис Немцов"),  # "немцов": of the Germans
        ("Вечором Олена Німецька зустрілася з журналістами.", "uk", "Олена Німецька"),  # "німецька": German
        ("Hier soir, Paul Allemand a rencontré les journalistes.", "fr", "Paul Allemand"),
    ],
)
def test_a_states_adjective_capitalised_inside_a_sentence_is_a_names_word(text: str, language: str, person: str) -> None:
    assert (person, "person") in named(text, language)


def test_a_states_adjective_opening_a_sentence_still_names_the_state_beside_its_government() -> None:
    assert ("Российские власти", "state") in named("Российские власти заявили это.", "ru")


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("وذكرت المصادر أن القوات الكندية دخلت المدينة.", "ar", "Canada Armed Forces"),
        ("اقتحمت القوات البرازيلية الحي أمس.", "ar", "Brazil Armed Forces"),
        ("نیروهای روسی وارد شهر شدند.", "fa", "Russia Armed Forces"),
        ("نیروهای عراقی دیروز عقب نشستند.", "fa", "Iraq Armed Forces"),
    ],
)
def test_forces_named_by_a_states_adjective_are_that_states_armed_forces(text: str, language: str, body: str) -> None:
    assert body in [f.name for f in find_actors(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("وقتل في الغارة أبو حسن الكبيسي نائب قائد الفصيل.", "ar", "أبو حسن الكبيسي"),
        ("والتقى وأبو سمير العلواني بالوفد.", "ar", "أبو سمير العلواني"),  # the "and" is no part of the name
        ("قتل أبوحسن الكبيسي أمس.", "ar", "أبوحسن الكبيسي"),
        ("ابو سمیر العلوانی دیروز گفت.", "fa", "ابو سمیر العلوانی"),
    ],
)
def test_a_kunya_a_given_name_and_a_family_name_with_the_article_are_a_person(text: str, language: str, person: str) -> None:
    assert (person, "person") in named(text, language)


def test_abu_before_a_capitals_name_stays_the_capital() -> None:
    assert [f.kind for f in find_actors("زار الوفد أبو ظبي أمس.", "ar")] == ["state"]


def test_a_word_that_opens_like_a_kunya_after_a_preposition_is_no_name() -> None:
    assert named("وصل الوفد إلى مطار كابول الدولي أمس.", "ar") == []  # "كابول" is no "ابول" after ka-


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Die Zeitung meldete den Tod von Hassan Kaburi bei dem Angriff.", "Hassan Kaburi"),
        ("Kaburi wurde getroffen, sagte Hassan Kaburi von Tripolis.", "Hassan Kaburi"),
        ("Es geschah auf Anweisung von US-Präsident Hassan Kaburi gestern.", "Hassan Kaburi"),
        ("Mit ruhiger Stimme verkündete der Präsident den Tod von bin Kaburi.", "bin Kaburi"),
        ("Das Ministerium bestätigte den Tod von Ghassem Kaburi, dem Kommandeur der Brigaden, gestern.", "Ghassem Kaburi"),
        ("Die Rede hielt Richard von Weizsäcker im Bundestag.", "Richard von Weizsäcker"),
    ],
)
def test_german_von_joins_a_name_only_after_a_given_name(text: str, person: str) -> None:
    assert [name for name, kind in named(text, "de") if kind == "person"] == [person]


def test_german_von_between_nouns_names_no_one() -> None:
    assert named("Sie meldeten den Tod von Hunderten Amerikanern.", "de") == []


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ('Генерал погиб, глава сил "Зенит" и его охрана.', "ru", "Зенит"),
        ("Командир подразделения «Восток» заявил это.", "ru", "Восток"),
        ("Командир батальйону «Захід» загинув.", "uk", "Захід"),
        ("Бійці угруповання «Світанок» відступили.", "uk", "Світанок"),
    ],
)
def test_a_name_after_a_word_for_an_armed_unit_is_an_organisation(text: str, language: str, unit: str) -> None:
    assert (unit, "organisation") in named(text, language)


def test_a_units_word_before_a_states_name_leaves_the_state() -> None:
    assert named("Удары сил Израиля продолжаются.", "ru") == [("Израиля", "state")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("قتل قائد فيلق الشمال أمس في الغارة.", "فيلق الشمال"),
        ("وأفادت خلية الإعلام الحربي في سوريا بأن الوضع هادئ.", "خلية الإعلام الحربي"),
    ],
)
def test_arabic_corps_and_cells_are_bodies(text: str, body: str) -> None:
    assert (body, "organisation") in named(text, "ar")


@pytest.mark.parametrize(
    ("text", "language", "body"),
    [
        ("Решение Московского городского суда вступило в силу.", "ru", "Московского городского суда"),
        ("Он был депутатом Тверской областной думы.", "ru", "Тверской областной думы"),
        ("Рішення Київського міського суду набуло чинності.", "uk", "Київського міського суду"),
    ],
)
def test_a_body_named_by_its_adjectives_and_a_lower_case_head_word(text: str, language: str, body: str) -> None:
    assert (body, "organisation") in named(text, language)


def test_a_region_named_by_its_adjective_is_no_body() -> None:
    assert named("Он живёт в Тверской области с семьёй.", "ru") == []
