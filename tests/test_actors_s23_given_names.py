"""People named with a given name gender-guesser's list lacks (South Asia, Myanmar, Africa, the Maghreb, Brazil,
China): a full name with no title and no other clue is a person when its first word is a given name of
`given_names.yaml` or an Arabic given name of two words written as one ("Abdelkrim", "Salaheddine"), when it is a
Chinese name in Pinyin, family name first ("Zhao Lijun"), or when a compound tense of speech follows it inside a
sentence ("…, Tariq Zamanov a déclaré")."""

from __future__ import annotations

import pytest
from briefing.actors import find_actors
from briefing.knowledge import compound_given_name, given_names


def people(text: str, language: str) -> list[str]:
    return [f.name for f in find_actors(text, language) if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Hier soir, Narendra Pawar a rencontré les syndicats à Bombay.", "fr", "Narendra Pawar"),
        ("Selon l'entourage de Shehbaz Qureshi, la réunion aura lieu mardi.", "fr", "Shehbaz Qureshi"),
        ("Mahinda Perera a quitté le ministère des Finances en avril.", "fr", "Mahinda Perera"),
        ("La fuga di Kyaw Zin Oo è stata confermata dai familiari.", "it", "Kyaw Zin Oo"),
        ("Il giornalista ha intervistato Olusegun Adeyemi a Lagos.", "it", "Olusegun Adeyemi"),
        ("El equipo de Thiago Moreira perdió el partido del domingo.", "es", "Thiago Moreira"),
        ("A deputada Dilma Ferraz votou contra o projeto ontem.", "pt", "Dilma Ferraz"),
        ("Uhuru Mwangi traf sich am Montag mit Vertretern der Opposition.", "de", "Uhuru Mwangi"),
        ("The talks were hosted by Bilawal Chaudhry in Karachi on Friday.", "en", "Bilawal Chaudhry"),
    ],
)
def test_a_full_name_opening_with_a_listed_given_name_is_a_person(text: str, language: str, name: str) -> None:
    assert name in people(text, language)


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Abdelkrim Mansouri a été élu maire de la ville dimanche.", "fr", "Abdelkrim Mansouri"),
        ("Le procès de Salaheddine Amrani s'est ouvert à Rabat.", "fr", "Salaheddine Amrani"),
        ("Abdourahmane Diallo ha vinto le elezioni comunali.", "it", "Abdourahmane Diallo"),
    ],
)
def test_an_arabic_given_name_of_two_words_written_as_one_opens_a_name(text: str, language: str, name: str) -> None:
    assert name in people(text, language)


def test_the_compound_needs_letters_of_its_own_besides_the_opener_or_closer() -> None:
    assert compound_given_name("abdelkrim") and compound_given_name("salaheddine")
    assert not compound_given_name("abdel") and not compound_given_name("eddine")
    assert not compound_given_name("abdomen")  # "Abd" alone, with no "al" after it, opens no such name


def test_the_listed_names_are_no_common_words_of_the_press() -> None:
    """Words that name a body or an office stay out of the list ("Duma", "Sheikh", "Shah")."""
    assert not {"duma", "sheikh", "shah"} & given_names()


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Gli storici del Medio Evo hanno studiato a lungo quei documenti.", "it"),
        ("Kyaw a annoncé sa démission lundi.", "fr"),
    ],
)
def test_a_listed_given_name_alone_names_no_one(text: str, language: str) -> None:
    """A given name opens a full name; alone, or after another capitalised word, it names no one."""
    assert people(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Le vice-ministre a reçu Zhao Lijun à Genève jeudi.", "fr", "Zhao Lijun"),
        ("Sun Weidong ha incontrato gli ambasciatori europei.", "it", "Sun Weidong"),
        ("Las declaraciones de Chen Xiaoming sorprendieron a los analistas.", "es", "Chen Xiaoming"),
        ("The delegation was led by Zhang Ming, who arrived on Monday.", "en", "Zhang Ming"),
    ],
)
def test_a_chinese_name_in_pinyin_family_name_first_is_a_person(text: str, language: str, name: str) -> None:
    """A common Chinese family name, then a given name of one or two Pinyin syllables written as one word."""
    assert name in people(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Les manifestants de Hong Kong ont défilé dimanche.", "fr"),
        ("Li Brown and Wang Street are two small lanes in the old town.", "en"),
    ],
)
def test_no_pinyin_given_name_after_the_family_name_names_no_chinese_person(text: str, language: str) -> None:
    assert not any(n.startswith(("Hong", "Li ", "Wang ")) for n in people(text, language))


@pytest.mark.parametrize(
    ("text", "language", "name"),
    [
        ("Selon la radio, Tariq Zamanov a déclaré que rien ne changerait avant l'été.", "fr", "Tariq Zamanov"),
        ("Dans la soirée, Oyelaran Bakare a annoncé sa candidature.", "fr", "Oyelaran Bakare"),
        ("Secondo fonti locali, Tariq Zamanov ha detto che il governo cadrà presto.", "it", "Tariq Zamanov"),
        ("En la rueda de prensa, Oyelaran Bakare ha dicho que no habrá acuerdo.", "es", "Oyelaran Bakare"),
    ],
)
def test_a_full_name_before_a_compound_tense_of_speech_is_a_person(text: str, language: str, name: str) -> None:
    """Two or three names in mixed case inside a sentence before "a déclaré", "ha detto", "ha dicho": whoever
    spoke, whatever the given name."""
    assert name in people(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("La Tramontane Rouge a annoncé sa dissolution lundi.", "fr"),
        ("Il Circolo Nautico ha detto di no alla proposta.", "it"),
        ("Ieri Zamanov ha detto che il governo cadrà presto.", "it"),
    ],
)
def test_a_name_after_an_article_or_opening_a_sentence_before_a_verb_of_speech_is_no_person(text: str, language: str) -> None:
    """A body keeps its article before the verb ("la Fiat ha detto"); a person's name has none. Opening a sentence,
    the first capitalised word may be an adverb ("Ieri"): no full name is read there."""
    assert people(text, language) == []
