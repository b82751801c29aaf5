"""Actors with no topic registry, in German, Spanish, Italian, Portuguese, Ukrainian, Persian and Chinese: English
names of companies and institutions inside another language, words of kin as titles, Persian given names and royal
titles, Spanish honorifics, and Chinese texts with pinyin glued after their characters, craft named after a state,
transliteration characters, a reporter's credit and a regime named after its leader. Each test reads a made-up text."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors


def found(text: str, language: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {f.name: (f.kind, f.surfaces) for f in find_actors(text, language)}


def surfaces(text: str, language: str, kind: str) -> set[str]:
    return {s for k, words in found(text, language).values() if k == kind for s in words}


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Il fallimento di Dillon Brothers scosse i mercati di tutto il mondo.", "it", "Dillon Brothers"),
        ("Lo ha annunciato il Central Clinical Hospital della capitale.", "it", "Central Clinical Hospital"),
        ("La Federal Reserve subió los tipos de interés el miércoles.", "es", "Federal Reserve"),
        ("O acordo com o Bank of Montreal foi assinado ontem.", "pt", "Bank of Montreal"),
        ("Die Bank of Montreal kaufte am Montag Anteile.", "de", "Bank of Montreal"),
        ("Am Morgen muss Dillon Brothers Gläubigerschutz beantragen.", "de", "Dillon Brothers"),
    ],
)
def test_an_english_name_of_a_company_ends_with_its_english_head_word(text: str, language: str, name: str) -> None:
    assert name in surfaces(text, language, "organisation")


def test_an_english_name_leaves_the_state_after_it_an_actor() -> None:
    text = "Lo ha annunciato il Central Clinical Hospital della Russia ieri sera."
    assert "Russia" in found(text, "it")
    assert "Central Clinical Hospital" in surfaces(text, "it", "organisation")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("آنگلا مرکل از برلین به پاریس سفر کرد.", "آنگلا مرکل"),
        ("او پسر جمشید کریمی نژاد، وزیر پیشین نیرو، است.", "جمشید کریمی نژاد"),
    ],
)
def test_persian_people_after_a_given_name_or_a_word_of_kin(text: str, name: str) -> None:
    assert name in surfaces(text, "fa", "person")


def test_a_persian_title_closes_a_name_and_leads_a_party() -> None:
    people = surfaces("پس از مرگ ملکه، چارلز سوم پادشاه شد.", "fa", "person")
    assert "چارلز سوم" in people
    assert not any("پادشاه" in p for p in people)
    assert not any("حزب" in p for p in surfaces("او سال‌ها رهبر حزب کارگران بود و سخنرانی کرد.", "fa", "person"))


def test_chinese_read_past_pinyin_glued_after_its_characters() -> None:
    text = "巴西總統(tǒng)盧拉當(dāng)天在巴西利亞發(fā)表講話。"
    assert "盧拉" in surfaces(text, "zh", "person")
    assert "Brazil" in found(text, "zh")


def test_a_state_s_name_before_hao_names_a_craft() -> None:
    actors = found("俄罗斯宣布,“古巴”号科考船已抵达港口。", "zh")
    assert "Russia" in actors
    assert "Cuba" not in actors


def test_chinese_transliteration_characters_and_a_reporter_s_credit() -> None:
    assert "约翰·克里" in surfaces("约翰·克里在日内瓦会见了记者。", "zh", "person")
    assert "王立新" in surfaces("新华社北京3月4日电（记者王立新）外交部4日宣布了这一消息。", "zh", "person")


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("На церемонію приїхав посол разом із дружиною Оксаною та сином.", "uk", "Оксаною"),
        ("Після відставки владу перебрав його молодший брат Тарас.", "uk", "Тарас"),
        ("Nach dem Rücktritt übergab er die Macht an seinen Bruder Anselm.", "de", "Anselm"),
        ("A la recepción asistieron doña Ximena y el embajador.", "es", "Ximena"),
    ],
)
def test_a_word_of_kin_before_a_name_is_a_title(text: str, language: str, name: str) -> None:
    assert name in surfaces(text, language, "person")


def test_a_chinese_regime_named_after_its_leader() -> None:
    text = "内战爆发后,马杜罗政权宣布进入紧急状态。"
    assert "马杜罗" in surfaces(text, "zh", "person")
    assert not surfaces("伊斯兰政权和塔利班政权都没有回应。", "zh", "person")


def test_a_person_s_name_does_not_run_into_a_body_after_a_preposition() -> None:
    text = "I sostenitori di Marco Bellini al Senato della Repubblica hanno protestato."
    assert "Marco Bellini" in surfaces(text, "it", "person")
    assert "Senato della Repubblica" in surfaces(text, "it", "organisation")
