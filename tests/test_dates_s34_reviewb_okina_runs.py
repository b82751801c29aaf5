"""A long run of quotation marks before a word in a language writing the ʻokina (Tongan) is read in one pass: the
ʻokina written for a mark is itself a letter, and reading one mark per call overflowed the stack. Sentences written
for the test."""

from __future__ import annotations

from conftest import dates_read


def test_a_long_run_of_marks_before_a_word_does_not_overflow() -> None:
    sentence = "‘" * 1000 + "Aho 3 ‘o Mē 2019 naʻe fakaava ʻa e falekoloa."
    assert dates_read(sentence, "to") == [("3 ‘o Mē 2019", (2019, 5, 3))]


def test_marks_typed_for_the_okina_are_still_read() -> None:
    assert dates_read("Naʻe fakaava ʻa e falekoloa he ‘‘aho 3 ‘o Mē 2019.", "to") == [("3 ‘o Mē 2019", (2019, 5, 3))]
    assert dates_read("Ko e fale ʻe 3 ‘‘ ʻo e kolo.", "to") == []
