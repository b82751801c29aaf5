"""Serbian as written in Serbia, in Latin letters, which the model reads as Bosnian or Croatian, told by its Ekavian
spellings (`data/detection_words.yaml` sr: "posle", "gde", "predsednik", "povređeno") where the Ijekavian standards
write "poslije", "gdje", "predsjednik", "povrijeđeno". An Ijekavian text (Bosnian, Croatian, or Serbian as written in
Montenegro) writes none of them: nothing in it tells Serbian, and it stays as the model reads it. Each text is written
for the test."""

from __future__ import annotations

import pytest
from briefing.extract import detect_language
from conftest import dates_read

SERBIAN = (
    "Predsednik opštine je posle sednice rekao da će radovi na putu početi pre kraja meseca. On je dodao da je "
    "mesto gde će biti izgrađen novi most već određeno, ali da cena još nije poznata. U nesreći na putu kod sela "
    "dve osobe su lakše povređene."
)
BOSNIAN = (
    "Načelnik općine je poslije sjednice kazao da će radovi na putu početi prije kraja sedmice. On je dodao da je "
    "mjesto gdje će biti izgrađen novi most već određeno, ali da cijena još nije poznata. Nekoliko hiljada ljudi "
    "iz Sarajeva i Tuzle dočekalo je tu vijest sa zadovoljstvom, a takmičenje u fudbalu bit će održano u augustu."
)
CROATIAN = (
    "Župan je poslije sjednice rekao da će radovi na cesti početi prije kraja tjedna, a ne tijekom zime. Dodao je da je "
    "mjesto gdje će biti izgrađen novi most već određeno, ali da cijena još nije poznata. Nekoliko tisuća ljudi iz "
    "sela dočekalo je tu vijest sa zadovoljstvom."
)


def test_an_ekavian_text_is_serbian() -> None:
    assert detect_language(SERBIAN) == "sr"


def test_two_ekavian_words_in_one_sentence_are_enough() -> None:
    """A short report: "povređeno" written twice (the page repeats its lede), no Ijekavian word at all."""
    sentence = "Najmanje dvanaest osoba je poginulo, a više od trideset je povređeno u sudaru autobusa i kamiona."
    assert detect_language(f"{sentence} {sentence}") == "sr"


@pytest.mark.parametrize(("text", "language"), [(BOSNIAN, "bs"), (CROATIAN, "hr")], ids=["bosnian", "croatian"])
def test_ijekavian_texts_stay_themselves(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert detect_language(text.split(". ")[0] + ".") == language
    assert detect_language(text * 4) == language


def test_one_ekavian_word_is_no_evidence() -> None:
    """A Bosnian text quoting one Serbian word ("vreme", the weekly's name in lower case) stays as read."""
    text = BOSNIAN + " Kako je pisalo vreme, to je bila dobra odluka."
    assert detect_language(text) == "bs"


def test_a_quote_in_ekavian_does_not_outweigh_the_text() -> None:
    """Two Ekavian words inside a text of many Ijekavian ones: not twice as many, the text stays Bosnian."""
    text = BOSNIAN + ' Gost iz Beograda je rekao: "posle toga ćemo videti".'
    assert detect_language(text) == "bs"


def test_an_ijekavian_serbian_text_is_not_guessed() -> None:
    """Serbian as written in Montenegro is Ijekavian: it writes nothing Bosnian does not, so it is not made Serbian."""
    text = "Potpredsjednik opštine je danas donio odluku da se radno vrijeme skrati zbog dvije sjednice."
    assert detect_language(text) != "sr"


@pytest.mark.parametrize(
    "text",
    [
        "Slovenska vlada je danes sprejela nov zakon o davkih, ki bo veljal od januarja.",
        "Vláda dnes schválila nový zákon o daních, který bude platit od ledna příštího roku.",
        "Rząd przyjął dziś nową ustawę podatkową, która będzie obowiązywać od stycznia.",
    ],
    ids=["slovenian", "czech", "polish"],
)
def test_other_slavic_texts_are_untouched(text: str) -> None:
    assert detect_language(text) != "sr"


def test_a_serbian_text_reads_its_latin_month() -> None:
    """What the choice gives: read as Serbian, "u februaru" is February (`additions/sr.yaml`)."""
    text = "Predsednik je posle sastanka rekao da je zakon usvojen u februaru, gde je i potpisan."
    assert detect_language(text) == "sr"
    assert dates_read(text, "sr") == [("februaru", (None, 2, None))]
