"""Chuvash pages type the Latin "ă", "ĕ", "ç", "ÿ" for the Cyrillic "ӑ", "ӗ", "ҫ", "ӳ" their older keyboards lacked,
often both in one text: inside a Cyrillic word such a letter is read as its Cyrillic twin (`homoglyphs` in
`data/scripts.yaml`), for the language's detection and for its date words ("çулта", "ҫулта": in the year). Each
sentence is written for the test."""

from __future__ import annotations

from briefing.extract import detect_language
from conftest import dates_read


def test_a_year_with_the_word_for_year_in_lookalike_letters() -> None:
    assert dates_read("Çĕнĕ шкул 2015 çулта уçăлнă.", "cv") == [("2015", (2015, None, None))]
    assert dates_read("Çĕнĕ шкул 2015 ҫулта уҫӑлнӑ.", "cv") == [("2015", (2015, None, None))]


def test_latin_words_keep_their_letters() -> None:
    assert dates_read("2015 yılında çok yağmur yağdı.", "tr") == [("2015", (2015, None, None))]


def test_a_chuvash_text_in_lookalike_letters_is_read_as_chuvash() -> None:
    text = (
        "Ĕнер Шупашкарта çамрăксен пысăк пухăвĕ иртрĕ. Унта республикăри районсенчен çитмĕл ытла çамрăк хутшăннă. "
        "Вĕсем чăваш чĕлхине аталантарас ыйтусене сÿтсе явнă, çĕнĕ проектсем çинчен калаçнă. Пухăва ертсе пыраканĕ "
        "çамрăксен ĕçне пысăк хак панă тата килес çул тепĕр пуху ирттерме сĕннĕ."
    )
    assert detect_language(text) == "cv"
