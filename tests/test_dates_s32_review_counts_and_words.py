"""Faults a review proved in this session's date and name rules, each with a sentence written for the test: a
head-count after "day" is no year ("14. päivänä 2000 ihmistä"), a short word for "day" opens no compound
("dagblad"), Albanian "vjet" stays last year, German "immer" before a weekday is no "every", and a Chinese given
name may hold 介 or 主 ("蒋介石", "王介民")."""

from __future__ import annotations

from briefing.actors import find_actors
from conftest import dates_read


def test_a_count_after_the_word_for_day_is_no_year() -> None:
    assert dates_read("Maaliskuun 14. päivänä 2000 ihmistä osoitti mieltään.", "fi") == [("Maaliskuun 14.", (None, 3, 14))]
    assert dates_read("Március 15. napján 2000 ember vonult az utcára.", "hu") == [("Március 15.", (None, 3, 15))]
    assert dates_read("Borgemánu 14. beaivvi 2000 olbmo bohte gávpogii.", "se") == [("Borgemánu 14.", (None, 8, 14))]


def test_a_short_word_for_day_opens_no_compound() -> None:
    assert dates_read("Op 14 maart dagblad 2019 lag in de bus.", "nl") == [("14 maart", (None, 3, 14))]


def test_a_word_for_last_year_that_is_also_the_count_s_years_is_no_date() -> None:
    """Albanian "vjet" is last year and the count's "years": read as last year, "tre vjet" would invent a date."""
    assert dates_read("Ai ka jetuar tre vjet në Itali.", "sq") == []
    assert dates_read("Ai u dënua me dhjetë vjet burg.", "sq") == []
    assert dates_read("Sivjet erdhën më shumë turistë.", "sq") == [("Sivjet", "year+0")]


def test_a_word_for_day_of_five_letters_keeps_its_case_forms() -> None:
    assert dates_read("Március 15. napján 2021 választást tartottak.", "hu") == [("Március 15. napján 2021", (2021, 3, 15))]


def test_immer_before_a_weekday_keeps_the_day() -> None:
    assert [d[0] for d in dates_read("Die Verhandlungen dauerten noch immer Montag früh an.", "de")] == ["Montag"]
    assert dates_read("Der Chor probt jeden Dienstag im Pfarrsaal.", "de") == []
    assert dates_read("Wie immer am Dienstag trifft sich der Stadtrat im Rathaus.", "de") == []


def test_a_given_name_may_hold_the_first_character_of_a_verb() -> None:
    people = [f.name for f in find_actors("国民党总裁蒋介石表示将继续抗战。", "zh") if f.kind == "person"]
    assert people == ["蒋介石"]
    people = [f.name for f in find_actors("市公安局副局长王介民表示，案件已告破。", "zh") if f.kind == "person"]
    assert people == ["王介民"]


def test_a_name_of_two_characters_before_a_verb_and_a_surname_alone() -> None:
    for text in ("外长王毅主持会议。", "外长王毅介绍了访问成果。"):
        assert [f.name for f in find_actors(text, "zh") if f.kind == "person"] == ["王毅"]
    for text in ("市长王主持会议并讲话。", "主任王介绍说，项目已完工。"):
        assert [f.name for f in find_actors(text, "zh") if f.kind == "person"] == []


def test_a_month_name_of_two_letters_takes_no_glued_ending_after_a_day() -> None:
    assert dates_read("वर्गांत 4 मेजां आनी 20 कदेलां हाडलीं.", "kok") == []
    assert dates_read("सभेत 5 मेळे जाले.", "mr") == []
    assert dates_read("हो उत्सव 4 मे 2019 दिसा जालो.", "kok") == [("4 मे 2019", (2019, 5, 4))]


def test_a_verb_after_the_year_keeps_it() -> None:
    assert dates_read("Golggotmánu 20. beaivvi 2021 dollojuvvui čoahkkin Kárášjogas.", "se") == [
        ("Golggotmánu 20. beaivvi 2021", (2021, 10, 20))
    ]


def test_a_score_joined_by_the_range_word_is_no_crash_and_no_range() -> None:
    assert dates_read("Вардар победи со 3 до 1 на 12 мај.", "mk") == [("12 мај", (None, 5, 12))]
    assert dates_read("Slovan vyhral 3 do 1 na 12. mája.", "sk") == [("12. mája", (None, 5, 12))]
    assert dates_read("Festival bude od 2. do 11. novembra.", "sk") == [("2. do 11. novembra", (None, 11, 2), (None, 11, 11))]


def test_a_month_name_of_two_letters_takes_its_listed_endings() -> None:
    assert dates_read("१ मेला महाराष्ट्र दिन साजरा केला जातो.", "mr") == [("१ मेला", (None, 5, 1))]
    assert dates_read("ही परीक्षा 4 मेयांत जातली.", "kok") == [("4 मेयांत", (None, 5, 4))]
