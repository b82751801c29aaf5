"""Actors with an empty topic registry, on made-up sentences (issue 15): a Turkish state's name with its case ending
glued on, no apostrophe between ("Almanyanın", "Rusyaya"); a Chinese speaker whose name an adverbial of time or
a place after 在 parts from the verb ("马克龙周三表示", "特朗普在网站上写道"); a German surname in its genitive
("Putins") after the full name; a Turkish body of three words or more set in capitals in a sentence in lower case
("MİLLİ SAVUNMA BAKANLIĞI açıklama yaptı"); one capitalised word joined by "and" to a person the text names
("Sunak and Biden")."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def names(text: str, language: str, kind: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Almanyanın dışişleri bakanı dün konuştu.", "Germany"),
        ("Heyet salı günü Rusyaya gitti.", "Russia"),
        ("Ukraynada çatışmalar sürüyor.", "Ukraine"),
        ("Bakan Fransadan döndü.", "France"),
    ],
)
def test_turkish_state_with_a_glued_case_ending(text: str, state: str) -> None:
    assert names(text, "tr", "state") == {state}


def test_turkish_word_that_only_ends_like_a_case_is_no_state() -> None:
    assert names("Toplantı yarın başlayacak ve herkes gelecek.", "tr", "state") == set()


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("报道称，马杜罗周三表示，委内瑞拉将继续支持。", "马杜罗"),
        ("会后，内塔尼亚胡3月5日表示，他对结果满意。", "内塔尼亚胡"),
        ("希奇莱马在社交媒体上写道，赞比亚不会让步。", "希奇莱马"),
        ("当天，阿尔塞在总统府会见了来访的代表团。", "阿尔塞"),
    ],
)
def test_chinese_speaker_before_an_adverbial_or_a_place(text: str, person: str) -> None:
    assert person in names(text, "zh", "person")


def test_chinese_titled_name_stops_before_an_adverbial() -> None:
    assert names("议会议长约翰逊多次表示，他反对该法案。", "zh", "person") == {"约翰逊"}


def test_chinese_place_before_a_verb_is_no_speaker() -> None:
    assert names("，阿根廷在声明中表示，将派代表出席。", "zh", "person") == set()


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Der Präsident Emmanuel Macron reiste ab. Macrons Rede war kurz.", "Macrons"),
        ("Die Kanzlerin Angela Merkel sprach lange. Danach wurde Merkels Plan diskutiert.", "Merkels"),
    ],
)
def test_german_genitive_of_a_known_surname(text: str, surface: str) -> None:
    people = [f for f in find_actors(text, "de") if f.kind == "person"]
    assert len(people) == 1
    assert surface in people[0].surfaces


def test_turkish_ministry_in_capitals_inside_a_sentence() -> None:
    assert names("Bugün MİLLİ SAVUNMA BAKANLIĞI yazılı bir açıklama yaptı.", "tr", "organisation") == {"Ministry of Defence"}


def test_a_line_in_capitals_is_still_no_name() -> None:
    assert names("SON DAKİKA HABERLERİ BURADA", "tr", "organisation") == set()


@pytest.mark.parametrize(
    ("text", "language", "partner"),
    [
        ("President Hakainde Hichilema spoke on Monday. Later he met Albanese and Hichilema at dinner.", "en", "Albanese"),
        ("Il sindaco Marco Bellandi ha parlato. Poi Bellandi e Rossetti sono partiti.", "it", "Rossetti"),
    ],
)
def test_a_word_joined_by_and_to_a_known_person_is_a_person(text: str, language: str, partner: str) -> None:
    assert partner in names(text, language, "person")


def test_a_common_noun_joined_to_a_person_is_no_person() -> None:
    text = "President Joe Biden spoke on Monday. Later, Biden and Congress agreed; the congress was pleased."
    assert names(text, "en", "person") == {"Joe Biden"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("众议院议长裴洛西2日晚间抵达。", "裴洛西"),
        ("该党发言人妙纽1日说，会议推迟。", "妙纽"),
    ],
)
def test_chinese_titled_name_opening_with_a_character_outside_the_table(text: str, person: str) -> None:
    assert names(text, "zh", "person") == {person}


@pytest.mark.parametrize("text", ["总统府发言人表示反对。", "总统夫人受了伤。", "总统特别代表抵达。"])
def test_chinese_title_before_a_common_word_names_no_one(text: str) -> None:
    assert names(text, "zh", "person") == set()


def test_chinese_title_glued_to_a_place_names_no_one() -> None:
    assert names("他被扣押在总统府内，附近道路也被封锁。", "zh", "person") == set()


def test_german_noun_joined_to_a_person_is_no_person() -> None:
    text = "Ministerpräsident Abdalla Hamdok trat zurück. Zwischen Putschisten und Hamdok gab es ein Abkommen."
    assert names(text, "de", "person") == {"Abdalla Hamdok"}


def test_turkish_office_field_that_looks_like_an_inflected_state_is_no_state() -> None:
    assert names("Almanya Maliye Bakanı dün açıklama yaptı.", "tr", "state") == {"Germany"}


def test_cyrillic_place_joined_to_a_person_is_no_person() -> None:
    text = "Глава города Алексей Чалый выступил. Договор подписали Чалый и Севастополя представители."
    assert "Севастополя" not in {s for f in find_actors(text, "ru") for s in f.surfaces}


def test_turkish_body_before_a_title_is_still_that_body() -> None:
    text = "Almanya Maliye Bakanı Hans Keller ve Eurogroup Başkanı Jan Vermeer görüştü."
    assert "Eurogroup" in names(text, "tr", "organisation")


def test_an_acronym_joined_to_a_person_is_no_person() -> None:
    text = "President Juan Santos spoke on Monday. Later, Santos and ELNQ signed the deal."
    assert names(text, "en", "person") == {"Juan Santos"}
