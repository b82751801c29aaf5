"""Actors outside European scripts and grammars, with an empty topic registry, on made-up sentences: a Turkish
ministry written in capitals keeps its field's name ("DIŞİŞLERİ Bakanlığı"); a people's name before a Turkish word
for an administration ("Kürt yönetimi") is no leader; a Persian compound verb's noun written apart ("کناره گیری")
opens no name before a title; Japanese names Saudi Arabia also "サウジ"."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == kind}


@pytest.mark.parametrize(
    "text",
    [
        "DIŞİŞLERİ Bakanlığı Sözcüsü dün konuştu.",
        "Dışişleri Bakanlığı dün bir açıklama yaptı.",
    ],
)
def test_turkish_ministry_in_capitals_keeps_its_field(text: str) -> None:
    assert names(text, "tr", "organisation") == {"Ministry of Foreign Affairs"}


@pytest.mark.parametrize("people_name", ["Kürt", "Katalan", "Ermeni"])
def test_turkish_people_before_an_administration_is_no_leader(people_name: str) -> None:
    text = f"Bölgede {people_name} yönetimi yeni bir karar aldı."
    assert names(text, "tr", "person") == set()


def test_turkish_leader_before_an_administration_still_found() -> None:
    assert names("Görüşmeler Smith yönetiminin baskısıyla başladı.", "tr", "person") == {"Smith"}


def test_persian_compound_verb_noun_before_a_title_names_nobody() -> None:
    text = "کناره گیری رئیس جمهور کانادا همه را شگفت‌زده کرد."
    assert names(text, "fa", "person") == set()
    assert "Canada" in names(text, "fa", "state")


def test_persian_name_before_a_title_still_found() -> None:
    assert names("جان اسمیت رئیس جمهور کانادا روز شنبه به تهران رفت.", "fa", "person") == {"جان اسمیت"}


def test_japanese_short_name_of_saudi_arabia() -> None:
    assert names("サウジ政府は声明を発表した。", "ja", "state") == {"Saudi Arabia"}
    assert names("サウジ人の男性が拘束された。", "ja", "state") == set()  # a Saudi: a person, no state


@pytest.mark.parametrize(
    ("text", "team"),
    [
        ("وفاز المنتخب الكرواتي على نظيره البلجيكي.", "Croatia National Team"),
        ("وتأهل المنتخب البرازيلي إلى الدور النهائي.", "Brazil National Team"),
    ],
)
def test_arabic_national_team_named_by_its_state_adjective(text: str, team: str) -> None:
    assert team in names(text, "ar", "organisation")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("وقال الرئيس الأمريكي جون سميث ونظيره الكندي بيتر براون إن الاتفاق مهم.", "بيتر براون"),
        ("أعلن الملياردير الأمريكي جون سميث عن صفقة جديدة.", "جون سميث"),
        ("قال اللاعب البرازيلي كارلوس سيلفا إنه سعيد.", "كارلوس سيلفا"),
    ],
)
def test_arabic_counterpart_billionaire_and_player_are_titles(text: str, person: str) -> None:
    assert person in names(text, "ar", "person")


def test_arabic_counterpart_without_a_name_names_nobody() -> None:
    assert names("والتقى وزير الخارجية بنظيره الفرنسي في باريس.", "ar", "person") == set()


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Мільярдер Джон Сміт купив компанію.", "uk", "Dzhon Smit"),
        ("Миллиардер Джон Смит купил компанию.", "ru", "Dzhon Smit"),
    ],
)
def test_cyrillic_occupation_before_a_full_name(text: str, language: str, person: str) -> None:
    assert names(text, language, "person") == {person}


@pytest.mark.parametrize(
    ("text", "language", "person"),
    [
        ("Вчера президент Белоруссии Лукашенко объявил об этом.", "ru", "Lukashenko"),
        ("Министр иностранных дел России Лавров прибыл в Анкару.", "ru", "Lavrov"),
        ("Вчора президент Білорусі Лукашенко оголосив про це.", "uk", "Lukashenko"),
    ],
)
def test_cyrillic_title_and_state_in_the_genitive_before_one_name(text: str, language: str, person: str) -> None:
    assert names(text, language, "person") == {person}


def test_cyrillic_one_name_before_a_registry_name_is_not_taken_alone() -> None:
    # "Гані" (Ghana's locative) after a common given name is the surname (test_actors_s18_scripts): the full name
    assert names("Президент Афганістану Ашраф Гані залишив країну.", "uk", "person") == {"Ashraf Gani"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("پلیس فدرال برزیل او را بازداشت کرد.", "Brazil Police"),
        ("دیوان عالی برزیل حکم را صادر کرد.", "Brazil Supreme Court"),
        ("تیم ملی فوتبال آرژانتین قهرمان شد.", "Argentina National Team"),
    ],
)
def test_persian_state_body_with_words_of_its_own_before_the_state(text: str, body: str) -> None:
    assert body in names(text, "fa", "organisation")


def test_persian_transitional_government_is_no_body_of_its_own() -> None:
    text = "دولت انتقالی سوریه تشکیل شد."
    assert names(text, "fa", "organisation") == set()
    assert names(text, "fa", "state") == {"Syria"}
