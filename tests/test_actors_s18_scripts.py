"""Actors outside European scripts, with an empty topic registry, on made-up sentences: a Cyrillic state's name in
some case right after a common given name is that person's surname ("Ашраф Гані" is no Ghana); a Turkish ministry
all in capitals; and the page's own text the cleaner no longer sets apart, so its actors count: a headline said again
under the title bar's, a sentence whose last words follow a dash (no photo's caption and credit), a sentence with an
agency's name glued after its full stop."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.clean import clean_lines


def names(text: str, language: str, kind: str) -> set[str]:
    return {f.name for f in find_actors(text, language) if f.kind == kind}


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Учора президент Ашраф Гані виїхав із країни.", "uk"),
        ("Опозиція критикувала Ашрафа Гані за втечу.", "uk"),
        ("Вчера Ашраф Гани покинул страну.", "ru"),
    ],
)
def test_cyrillic_state_name_after_a_given_name_is_a_surname(text: str, language: str) -> None:
    assert names(text, language, "state") == set()
    assert len(names(text, language, "person")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Вибори в Гані пройшли спокійно.", "uk"),
        ("Прага – Влада Японії розширила зону евакуації.", "uk"),
        ("Він був головою Президії Верховної Ради СРСР два роки.", "uk"),
        ("Влада Японії розширила зону евакуації.", "uk"),
        ("Мітингувальники вигукували «Слава Україні» біля посольства.", "uk"),
    ],
)
def test_cyrillic_state_name_after_no_given_name_stays_a_state(text: str, language: str) -> None:
    assert names(text, language, "state")


@pytest.mark.parametrize(
    ("text", "ministry"),
    [
        ("DIŞİŞLERİ BAKANLIĞI dün bir açıklama yaptı.", "Ministry of Foreign Affairs"),
        ("İÇİŞLERİ BAKANLIĞI yeni bir karar açıkladı.", "Ministry of Interior"),
    ],
)
def test_turkish_ministry_all_in_capitals_is_found(text: str, ministry: str) -> None:
    assert names(text, "tr", "organisation") == {ministry}


def test_turkish_acronym_in_capitals_keeps_its_dotted_letters() -> None:
    assert names("IŞİD bölgede yeni bir saldırı düzenledi.", "tr", "organisation") == {"Islamic State"}


def text_actors(page: str, language: str) -> set[str]:
    """The actors of the blocks the cleaner keeps as the page's text."""
    blocks = clean_lines(page.splitlines()).blocks
    return {f.name for block in blocks for f in find_actors(block.text, language)}


def test_a_headline_said_again_under_the_title_is_text() -> None:
    headline = "Авиакатастрофа во Франции: пилот разбил самолёт"
    page = f"{headline}\n{headline}\nПогибли все 150 человек, в том числе 144 пассажира и 6 членов экипажа."
    assert clean_lines(page.splitlines()).header["title"] == headline
    assert "France" in text_actors(page, "ru")


@pytest.mark.parametrize(
    ("page", "language", "actor"),
    [
        (
            "Протест\n28 февраля 2015 года в Москве был задержан один из лидеров протеста — Иван Петров.\nСуд назначил арест.",
            "ru",
            "Ivan Petrov",
        ),
        (
            "Фінал світу\nУ фіналі чемпіонату 2018 року зійдуться дві збірні — Франція проти Хорватії\nМатч почнеться ввечері.",
            "uk",
            "Croatia",
        ),
    ],
)
def test_a_sentence_ending_after_a_dash_is_no_caption(page: str, language: str, actor: str) -> None:
    assert actor in text_actors(page, language)


def test_a_photo_caption_and_its_credit_stay_furniture() -> None:
    lines = ["March in Kyiv", "Protesters march in Kyiv on 5 May 2024. - Reuters", "The march was peaceful, its organisers said."]
    assert [r.reason for r in clean_lines(lines).removed] == ["title (read as metadata)", "photo caption"]


def test_a_sentence_with_an_agency_glued_after_its_full_stop_is_text() -> None:
    page = "Австралия и Великобритания подписали новое военное соглашение в 2021 году.ТАСС"
    assert {"Australia", "United Kingdom"} <= text_actors(page, "ru")


def test_arabic_name_ends_before_and_with_a_party() -> None:
    text = 'بعد سنوات من حكم الرئيسة ماريا كوستوفا وحزب "الاتحاد المدني"، تغيرت البلاد.'
    assert names(text, "ar", "person") == {"ماريا كوستوفا"}


def test_a_head_word_acronym_before_a_full_name_is_two_actors() -> None:
    text = "Учора речник ЗСУ Михайло Коваленко повідомив про наступ."
    assert names(text, "uk", "person") == {"Mikhaylo Kovalenko"}
    assert names(text, "uk", "organisation")


def test_a_ships_prefix_before_its_name_is_no_body_nor_person() -> None:
    assert find_actors("Катер протаранил транспортное судно BRP Maria Clara у рифа.", "ru") == []
